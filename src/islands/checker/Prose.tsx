import { proseRuns } from './prose-breaks.ts';

/** Prose with its options kept whole and a break opportunity after each "_" and "/" of long names (prose-breaks.ts). */
export function Prose({ text }: { text: string }) {
  return <>{proseRuns(text).flatMap((run) => (run.whole ? <span class="nowrap">{run.text}</span> : run.breakAfter ? [run.text, <wbr />] : run.text))}</>;
}
