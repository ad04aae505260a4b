import type { Verdict as VerdictValue } from '../../engine/index.ts';
import { Prose } from './Prose.tsx';

/** Icon strokes per verdict, drawn inside a circle: cross, tick, tick, dash, question mark. */
const icons: Record<VerdictValue, string> = {
  affected: 'M8 8l8 8M16 8l-8 8',
  fixed: 'M7 12.5l3.5 3.5L17 9',
  'not-affected': 'M7 12.5l3.5 3.5L17 9',
  'not-rootless': 'M7 12h10',
  incomplete: 'M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5v.7M12 17v.5',
};

interface Props {
  verdict: VerdictValue;
  /** The verdict in words, or before there is one the prompt (or that the engine is loading, or failed to). */
  headline: string;
  /** The certainty line (certainty.ts), and the line naming what keeps the daemon from running (finding-groups.ts); none without the engine. */
  certainty: string | undefined;
  stopped: string | undefined;
  /** Whether findings show that the daemon cannot start (Result['stops']): an undecided verdict then looks like the problem it is. */
  blocked: boolean;
  /** Nothing pasted or answered yet: a neutral prompt instead of a verdict (data-verdict stays "incomplete"). */
  empty: boolean;
}

/**
 * The verdict in words, icon and colour, with its certainty; a polite live region, so changes are announced. Focusable from script only.
 * An incomplete verdict has no certainty line (nothing is decided, as in the CLI), and where the daemon cannot start the look of a
 * problem (its headline says so); before any input the box is a prompt.
 */
export function Verdict({ verdict, headline, certainty, stopped, blocked, empty }: Props) {
  const look = blocked && verdict === 'incomplete' ? 'affected' : verdict;
  return (
    <div class={`chk-verdict chk-v-${empty ? 'empty' : look}`} data-verdict={verdict} role="status" tabIndex={-1}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="28" height="28">
        <circle cx="12" cy="12" r="10" />
        <path d={icons[look]} />
      </svg>
      <p>
        <strong>
          <Prose text={headline} />
        </strong>
        {verdict !== 'incomplete' && certainty && <Prose text={certainty} />}
        {stopped && <span class="chk-stops">{stopped}</span>}
      </p>
    </div>
  );
}
