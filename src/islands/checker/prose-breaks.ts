/** Where the findings' prose may break on a narrow screen. Plain TypeScript; Findings.tsx renders the runs. */

/** A piece of prose: kept on one line or not, and whether a line may break after it. */
export interface ProseRun {
  text: string;
  whole: boolean;
  breakAfter: boolean;
}

// An option in running text ("-p 8080:80", "--host-lo-to-ns-lo"): a browser would break it after a hyphen.
const OPTION = /(?<![^\s(])(-{1,2}[A-Za-z][\w-]*)/;

/** Splits prose so that options stay whole and long names (DOCKERD_ROOTLESS_ROOTLESSKIT_NET, paths) may break after "_" and "/". */
export function proseRuns(text: string): ProseRun[] {
  return text.split(OPTION).flatMap((run, i): ProseRun[] => {
    if (run === '') return [];
    if (i % 2) return [{ text: run, whole: true, breakAfter: false }];
    const parts = run.split(/(?<=[_/])/);
    return parts.map((part, j) => ({ text: part, whole: false, breakAfter: j < parts.length - 1 }));
  });
}
