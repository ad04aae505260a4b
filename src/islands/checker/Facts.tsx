import type { FactKey } from '../../engine/index.ts';
import type { FactRow } from './facts-view.ts';
import type { Spot } from './spots.ts';
import { LineButtons } from './LineButtons.tsx';
import { Prose } from './Prose.tsx';
import type { CheckerStrings } from './strings.ts';

interface Props {
  rows: FactRow[];
  onShow: (spot: Spot, from: HTMLElement) => void;
  onForget: (key: FactKey) => void;
  s: CheckerStrings;
}

/**
 * The facts behind the verdict, each with the lines it was read from, or marked as an answer or a shared link's (removable),
 * or as an inference. No facts, no section: the verdict and the next step already say that nothing was read. A label names its
 * options as code kept whole (Prose), as the findings do: the label column would break "--host-lo-to-ns-lo" after a hyphen.
 */
export function Facts({ rows, onShow, onForget, s }: Props) {
  if (rows.length === 0) return null;
  return (
    <section class="chk-facts" aria-labelledby="chk-facts">
      <h2 id="chk-facts">{s.factsHeading}</h2>
      <dl>
        {rows.map((row) => (
          <div key={row.key}>
            <dt>
              <Prose text={row.label} />
            </dt>
            <dd>
              <code>{row.value}</code>
              <LineButtons spots={row.spots} onShow={onShow} s={s} />
              {row.inferred && <span class="chk-note">{s.inferred}</span>}
              {row.answered && (
                <button
                  type="button"
                  class="chk-line"
                  aria-label={row.linked ? s.forgetLinkedLabel(row.label) : s.forgetLabel(row.label)}
                  onClick={() => onForget(row.key)}
                >
                  {row.linked ? s.linked : s.answered} <span aria-hidden="true">×</span>
                </button>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
