import { proseRuns } from './prose-breaks.ts';

/** Prose with its options, variables and paths as code, as in the articles (prose-breaks.ts); long names may break after "_" and "/". */
export function Prose({ text }: { text: string }) {
  return (
    <>
      {proseRuns(text).map(({ text: run, code, whole }) => {
        const body = whole ? run : run.split(/(?<=[_/])/).flatMap((part, i) => (i ? [<wbr />, part] : [part]));
        return code ? <code class={whole ? 'nowrap' : undefined}>{body}</code> : whole ? <span class="nowrap">{body}</span> : body;
      })}
    </>
  );
}
