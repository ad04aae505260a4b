import type { Answers, FactKey } from '../../engine/index.ts';
import { factValue } from './facts-view.ts';
import type { CheckerStrings } from './strings.ts';

interface Props {
  /** What a setup written by hand says (the engine's `written`), for facts not answered yet. */
  written: Answers;
  onUse: (answers: Answers) => void;
  s: CheckerStrings;
}

/** Offers what the reader wrote by hand as their answers: the values it would give, and one button that gives them. */
export function WrittenAnswers({ written, onUse, s }: Props) {
  return (
    <div class="chk-quick chk-written">
      <p>{s.writtenLead}</p>
      <ul>
        {(Object.entries(written) as [FactKey, NonNullable<Answers[FactKey]>][]).map(([key, value]) => (
          <li key={key}>
            {s.facts[key]}
            {s.colon}
            <code>{factValue(key, value, s)}</code>
          </li>
        ))}
      </ul>
      <button type="button" class="chk-button" onClick={() => onUse(written)}>
        {s.useWritten}
      </button>
    </div>
  );
}
