import type { Messages, Result, Verdict as VerdictValue } from '../../engine/index.ts';

/** Icon strokes per verdict, drawn inside a circle: cross, tick, tick, dash, question mark. */
const icons: Record<VerdictValue, string> = {
  affected: 'M8 8l8 8M16 8l-8 8',
  fixed: 'M7 12.5l3.5 3.5L17 9',
  'not-affected': 'M7 12.5l3.5 3.5L17 9',
  'not-rootless': 'M7 12h10',
  incomplete: 'M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5v.7M12 17v.5',
};

interface Props {
  result: Result;
  messages: Messages;
}

/** The verdict in words, icon and colour, with its certainty; a polite live region, so changes are announced. Focusable from script only. */
export function Verdict({ result, messages }: Props) {
  return (
    <div class={`chk-verdict chk-v-${result.verdict}`} data-verdict={result.verdict} role="status" tabIndex={-1}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="28" height="28">
        <circle cx="12" cy="12" r="10" />
        <path d={icons[result.verdict]} />
      </svg>
      <p>
        <strong>{messages.verdict[result.verdict]}</strong>
        <span>{messages.certainty[result.certainty]}</span>
      </p>
    </div>
  );
}
