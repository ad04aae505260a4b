/** Where a unit's Environment= line stands, as the user manager reads the rootless daemon's unit: lines it never applies, and why. */
import type { Line } from '../clean.ts';
import { rootlessContainerd } from '../data/core/containerd.ts';
import { typedIn, type Typed } from '../prompts.ts';

/**
 * Why systemd never applies a line: under a section other than [Service] (`section`), below `systemctl edit`'s discard marker
 * (`discarded`), in the system manager's docker.service, the rootful daemon's (`system`), or in a drop-in of a user unit that is not the
 * rootless daemon's (`unit`).
 */
export type Unapplied = 'section' | 'discarded' | 'system' | 'unit';

// A unit's file or drop-in by its path: the manager whose directory it is in, the unit's name, and whether it is a drop-in.
const UNIT_PATH = /\/systemd\/(user|system)\/([\w@.-]+?)\.service(\.d\b)?/;
// systemctl acting on a unit (the user manager's with --user anywhere): editing its drop-in, or running it.
const SYSTEMCTL = /^(?:sudo +)?systemctl\b.*?\s(edit|start|restart|status|enable)\s+(?:-\S+\s+)*([\w@.-]+?)(?:\.service)?(?:\s|$)/;
// systemctl edit's buffer: its header naming the file, and the marker below which nothing is saved; systemctl cat's header before each file.
const EDITING = /^### Editing (\S+)$/;
const DISCARDED = '### Edits below this comment will be discarded';
const HEADER = /^#+ (\S+)$/;
const SECTION = /^\[([A-Z]\w*)\]$/;
// grep -r's quote of a file's line, after the file's name.
const QUOTED_FROM = /^(\S+\.conf):Environment=/;

/**
 * The unit lines (Environment=) that systemd never applies to the rootless daemon's docker.service, by line number, among the lines at
 * indices `asked` (ascending), or all (`typed`: those of `lines` typed at a prompt). What a typed command shows (cat, systemctl edit or
 * cat) starts a file; a line with no file or section in sight is read as before, as a paste may leave them out.
 */
export function unappliedLines(lines: readonly Line[], typed: Typed = typedIn(lines), asked?: readonly number[]): Map<number, Unapplied> {
  // The units the rootless daemon is shown to run as: docker.service, and any the user manager is told to run (after those asked too).
  const units = new Set(['docker']);
  for (const i of typed.at) {
    const t = lines[i]!.trimmed;
    const m = SYSTEMCTL.exec(t);
    if (m && m[1] !== 'edit' && / --user\b/.test(t)) units.add(m[2]!);
  }
  /** Why a manager's unit file or drop-in never reaches the rootless daemon, if it does not. */
  const misplaced = (manager: string, unit: string, dropIn: boolean): Unapplied | null =>
    manager === 'system' ? (unit === 'docker' ? 'system' : null) : dropIn && !units.has(unit) ? 'unit' : null;
  const placeOf = (path: string): Unapplied | null | undefined => {
    const m = UNIT_PATH.exec(path);
    return m ? misplaced(m[1]!, m[2]!, !!m[3]) : undefined;
  };
  const out = new Map<number, Unapplied>();
  let file: Unapplied | null | undefined = null;
  let section = '';
  let discarded = false;
  // The lines after the last asked change nothing before it; of the others, only the commands, comments and sections are read.
  const end = asked ? asked.at(-1)! + 1 : lines.length;
  let next = 0;
  for (let i = 0; i < end; i++) {
    const l = lines[i]!;
    const t = l.trimmed;
    if (typed.is(i)) {
      const m = SYSTEMCTL.exec(t);
      file = m?.[1] === 'edit' ? misplaced(/ --user\b/.test(t) ? 'user' : 'system', m[2]!, true) : placeOf(t);
      section = '';
      discarded = false;
    } else if (t[0] === '#') {
      const editing = EDITING.exec(t);
      if (editing) discarded = false;
      if (t.startsWith(DISCARDED)) discarded = true;
      const named = placeOf((editing ?? HEADER.exec(t))?.[1] ?? '');
      if (named !== undefined) [file, section] = [named, ''];
    } else if (t[0] === '[') {
      section = SECTION.exec(t)?.[1] ?? section;
    } else {
      while (asked && asked[next]! < i) next++;
      if ((asked && asked[next] !== i) || !t.includes('Environment=')) continue;
      const quoted = QUOTED_FROM.exec(t);
      const own = quoted ? placeOf(quoted[1]!) : undefined;
      // Rootless containerd's settings belong in its own unit's drop-in (containerd.service.d), which this reader does not tell from another.
      const place = t.includes(rootlessContainerd.prefix) ? null : own === undefined ? file : own;
      const why = discarded ? 'discarded' : section && section !== 'Service' ? 'section' : place;
      if (why && (t.startsWith('Environment=') || quoted)) out.set(l.n, why);
    }
  }
  return out;
}

// A command that prints the rootless daemon's unit whole: systemctl --user cat (not piped: a grep or head after it leaves lines out), or
// cat of every drop-in at once; or grep -r through its drop-ins for a word every port driver's setting holds. Not cat of one file (the
// unit's or a drop-in): the unit's other files, unseen, may set what that one leaves out.
const CAT_FILE = /^cat +(\S+)$/;
const EVERY_DROP_IN = /\.d\/\*(?:\.conf)?$/;
const SYSTEMCTL_CAT = /^systemctl +--user +cat +docker(?:\.service)?$/;
const GREP_DIR = /^grep +((?:-\w+ +)*)(['"]?)([\w="-]+)\2 +(\S+)$/;
const PORT_DRIVER_LINE = 'Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=';
const OPENERS = ['cat ', 'systemctl ', 'grep ', '# '];

/** Whether a typed command prints every setting of the rootless daemon's unit, or every port driver's of its drop-ins. */
function printsWhole(t: string): boolean {
  const path = CAT_FILE.exec(t)?.[1];
  const unit = path === undefined ? null : UNIT_PATH.exec(path);
  if (SYSTEMCTL_CAT.test(t) || (unit?.[1] === 'user' && unit[2] === 'docker' && EVERY_DROP_IN.test(path!))) return true;
  const grep = GREP_DIR.exec(t);
  const dir = grep && UNIT_PATH.exec(grep[4]!);
  const word = (s: string): string => (grep?.[1]!.includes('i') ? s.toLowerCase() : s);
  return !!dir && dir[1] === 'user' && dir[2] === 'docker' && !!dir[3] && /r/i.test(grep![1]!) && word(PORT_DRIVER_LINE).includes(word(grep![3]!));
}

/**
 * The lines of the [Service] section of the user's docker.service or a drop-in of it shown whole, by line number (a setting a wrap cut
 * in two stands on either): in the output of a command that prints the unit unfiltered, or every drop-in (or every port driver set in
 * them), or after the header systemctl cat prints before each file, with nothing cut out (`typed`: the lines typed at a prompt).
 */
export function wholeFileLines(lines: readonly Line[], typed: Typed = typedIn(lines)): Set<number> {
  const whole = new Set<number>();
  let block: number[] | null = null;
  let section = '';
  const close = (): void => {
    for (const n of block ?? []) whole.add(n);
    block = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const t = l.trimmed;
    // Outside such an output, only the commands that print one matter.
    if (!block && !OPENERS.some((word) => t.startsWith(word))) continue;
    if (typed.is(i)) {
      close();
      block = printsWhole(t) ? [] : null;
      // (grep's quotes of its files show no section: they count as the [Service] lines they mostly are.)
      section = t.startsWith('grep') ? 'Service' : '';
    } else if (t[0] === '#' && UNIT_PATH.test(t)) {
      // systemctl cat's header before a file: the file follows whole, whether or not the command is shown above it.
      close();
      const unit = UNIT_PATH.exec(HEADER.exec(t)?.[1] ?? '');
      block = unit?.[1] === 'user' && unit[2] === 'docker' ? [] : null;
      section = '';
    } else if (block && l.cut) block = null;
    else if (block && t[0] === '[') section = SECTION.exec(t)?.[1] ?? section;
    else if (block && section === 'Service') block.push(l.n);
  }
  close();
  return whole;
}
