/** Which words of the findings' prose are code, and where it may break on a narrow screen. Plain TypeScript; Prose.tsx renders the runs. */

/** A piece of prose: code or not, and kept on one line or not (where not, a long name may break after each "_", "/" and "-"). */
export interface ProseRun {
  text: string;
  code: boolean;
  whole: boolean;
}

// A pasta release ("2024_10_30.ee7d0b6"), kept whole and not code, as the articles print versions: before the names, as it holds "_".
const RELEASE = /\d{4}_\d\d_\d\d(?:\.[0-9a-f]{4,40})?/.source;
// An option ("--host-lo-to-ns-lo", "--port-driver=implicit", "-p 8080:80"), which a browser would break after a hyphen; not one inside
// a word ("host-loopback"), nor the punctuation after it.
const OPTION = /(?<![\w.-])-{1,2}[A-Za-z][\w-]*(?:=(?:[\w.:/-]*[\w/])?| \d[\d.]*(?::\d+)+)?/.source;
// A variable, setting or path (DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS, no_new_privs, /etc/subuid, unix:///…) or a script (dockerd-rootless.sh):
// a word with a "_" between letters, a "/" not after a capital ("UID/GID" is prose), or a .sh or .conf file; without the punctuation after it.
const NAME = /(?<![\w.~$*:/=-])[\w.~$*:/=-]*?(?:[A-Za-z\d]_[A-Za-z]|(?<![A-Z])\/|\.(?:sh|conf)\b)[\w.~$*:/=-]*(?<=[\w/*=$])/.source;
const PIECES = new RegExp(`(${RELEASE}|${OPTION}|${NAME})`);
// A command the catalogue marks whole (`dpkg -l passt`): one code run, not a flag coded in the middle of plain words.
const MARKED = /`([^`]+)`/;
// Up to this many characters code never wraps, as the articles' InlineCode; a longer command wraps between its words.
const NOWRAP = 27;

/** Splits prose into code (marked commands, options, variables, paths, scripts), pasta releases kept whole, and the text between. */
export function proseRuns(text: string): ProseRun[] {
  return text.split(MARKED).flatMap((run, i): ProseRun[] => (i % 2 === 1 ? [{ text: run, code: true, whole: run.length <= NOWRAP }] : unmarkedRuns(run)));
}

/** proseRuns of prose without marked commands. */
function unmarkedRuns(text: string): ProseRun[] {
  return text.split(PIECES).flatMap((run, i): ProseRun[] => {
    if (run === '') return [];
    const code = i % 2 === 1 && !/^\d{4}_/.test(run);
    // A name longer than NOWRAP may break too: at its hyphens where it has no "_" or "/" (containerd-rootless-setuptool.sh, 32 characters,
    // is wider than a 320 px phone).
    return [{ text: run, code, whole: i % 2 === 1 && !(code && (/[_/]/.test(run) || run.length > NOWRAP)) }];
  });
}
