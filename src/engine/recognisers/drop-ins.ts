/**
 * systemctl status's Drop-In: list, each directory and then the names of its drop-ins ("└─overrides.conf", "├─10-a.conf, 50-b.conf"):
 * those of another directory than the user's own, which the fixes do not write to (NixOS's generated overrides.conf, review R161 H1).
 */
import type { Recogniser } from '../facts.ts';

/** What a section it reports from has in a line. */
export const dropInWords = ['Drop-In: '];

const HEAD = /^Drop-In: (\/\S+\.d)$/;
const DIRECTORY = /^\/\S+\.d$/;
// A directory's drop-ins, after systemd's tree mark ("`-" and "|-" where the terminal has no line drawing).
const NAMES = /^(?:[└├]─|[`|]-)([\w.@-]+\.conf(?:, [\w.@-]+\.conf)*)$/;
// The user's own drop-ins, where the fixes write (~/.config/systemd/user/…, written out).
const OWN = /\/\.config\/systemd\/user\//;

/** Reports each line that names drop-ins in a directory other than the user's own as drop-in-listed. */
export const dropInsListed: Recogniser = (lines, sink) => {
  let directory: string | null = null;
  for (const line of lines) {
    const t = line.trimmed;
    const head = t.startsWith('Drop-In: ') ? HEAD.exec(t) : null;
    if (head || (directory !== null && DIRECTORY.test(t))) directory = head ? head[1]! : t;
    else if (directory !== null && NAMES.test(t)) {
      if (!OWN.test(directory)) sink.signal('drop-in-listed', line);
    } else directory = null;
  }
};

/** The drop-ins' names a drop-in-listed line names. */
export const listedNames = (text: string): string[] => NAMES.exec(text.trim())?.[1]!.split(', ') ?? [];
