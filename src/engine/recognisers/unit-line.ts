/** A unit's Environment= line read as systemd reads it: its words, and dockerd-rootless.sh's settings among them. */
import { rootlessSettings } from '../data/core/docker.ts';
import type { Setting } from '../facts.ts';
import { UNIT_LINE } from './flags-value.ts';

// A setting of the script whose variables `prefix` names, by its name less the prefix.
const settingOf = (prefix: string): RegExp => new RegExp(`^${prefix}([A-Z_]+)=([^]*)$`);
const SETTING = settingOf(rootlessSettings.prefix);
// A word that starts an assignment of its own; another (--port-driver=builtin, /opt) cannot.
const ASSIGNMENT = /^[A-Za-z_]\w*=/;

/** A unit line's words, and whether it ends inside a quote (which systemd rejects). */
export interface UnitWords {
  words: string[];
  open: boolean;
}

/** A setting of dockerd-rootless.sh's, by its name without the prefix. */
export type NamedSetting = Setting & { name: string };

/**
 * The words after `Environment=` as systemd's extract_first_word (unquote, unescape) splits them: blanks between words, a quote of
 * either kind opening anywhere in a word (Environment="NAME=…, NAME="…) until its match, the other kind inside it plain, a backslash
 * keeping the next character.
 */
export function unitWords(t: string): UnitWords {
  const words: string[] = [];
  let word: string | null = null;
  let open = '';
  for (let i = t.match(UNIT_LINE)?.[0].length ?? t.length; i < t.length; i++) {
    const ch = t[i]!;
    if (!open && (ch === ' ' || ch === '\t')) {
      if (word !== null) words.push(word);
      word = null;
      continue;
    }
    word ??= '';
    if (ch === '\\') word += t[++i] ?? '';
    else if (ch === open) open = '';
    else if (!open && (ch === '"' || ch === "'")) open = ch;
    else word += ch;
  }
  if (word !== null) words.push(word);
  return { words, open: !!open };
}

/**
 * dockerd-rootless.sh's settings among a unit line's words (or those `prefix` names: containerd-rootless.sh's), each with its value. In
 * systemctl show's answer (`shown`), a word that is no assignment is the rest of the value before it, which an old systemd printed unquoted
 * (…FLAGS=--mtu=65520 --port-driver=builtin). The last value may go on: where the line ends inside its quote (a pager cut it: a line
 * systemd rejects sets nothing), or where such an unquoted rest runs to the end of a line a pager could have cut (`cuttable`).
 */
export function unitSettings({ words, open }: UnitWords, shown: boolean, cuttable: boolean, prefix: string = rootlessSettings.prefix): NamedSetting[] {
  const setting = prefix === rootlessSettings.prefix ? SETTING : settingOf(prefix);
  const settings: (NamedSetting | null)[] = [];
  for (const w of words) {
    const prev = settings.at(-1);
    if (shown && settings.length && !ASSIGNMENT.test(w)) {
      if (prev) settings[settings.length - 1] = { ...prev, value: `${prev.value} ${w}`, unquoted: true };
      continue;
    }
    const m = setting.exec(w);
    settings.push(m ? { name: m[1]!, value: m[2]!, cut: false } : null);
  }
  const last = settings.at(-1);
  if (last && (open || (last.unquoted && cuttable))) last.cut = true;
  return settings.filter((s) => s !== null);
}
