/** Where the findings' prose may break on a narrow screen. Plain TypeScript; Findings.tsx renders the runs. */

/** A piece of prose: kept on one line or not, and whether a line may break after it. */
export interface ProseRun {
  text: string;
  whole: boolean;
  breakAfter: boolean;
}

// Kept on one line: an option in running text ("-p 8080:80", "--host-lo-to-ns-lo"), which a browser would break after a hyphen,
// and a pasta release ("2024_10_30.ee7d0b6"), which would otherwise break after an "_" as long names may.
const WHOLE = /((?<![^\s(])-{1,2}[A-Za-z][\w-]*|\d{4}_\d\d_\d\d(?:\.[0-9a-f]{4,40})?)/;

/** Splits prose so that options and pasta releases stay whole and long names (DOCKERD_ROOTLESS_ROOTLESSKIT_NET, paths) may break after "_" and "/". */
export function proseRuns(text: string): ProseRun[] {
  return text.split(WHOLE).flatMap((run, i): ProseRun[] => {
    if (run === '') return [];
    if (i % 2) return [{ text: run, whole: true, breakAfter: false }];
    const parts = run.split(/(?<=[_/])/);
    return parts.map((part, j) => ({ text: part, whole: false, breakAfter: j < parts.length - 1 }));
  });
}
