/**
 * The operating system as the host names it: `cat /etc/os-release` (its PRETTY_NAME, which docker info prints as Operating System),
 * `lsb_release -a` or `-d` (Description), and `hostnamectl` (Operating System, outside docker info). Not a container's or another
 * machine's: asked through a tool that runs it there, or inside a shell such a tool opened and the paste does not show left.
 */
import { unclosed } from '../brackets.ts';
import type { Line } from '../clean.ts';
import { osReleaseIds } from '../data/core/packaging.ts';
import { rank, type Sink } from '../facts.ts';
import { typedIn, type Typed } from '../prompts.ts';
import { either, everyIndex, type WordedAt } from './worded-at.ts';

// Each command's answer: os-release's PRETTY_NAME, lsb_release's Description, hostnamectl's Operating System.
const ANSWER = /^(?:(P)RETTY_NAME=["']?|(D)escription:\s+|(O)perating System: +)([^"'\s][^"']*?)["']?$/;
// The commands that print them, and the first key of lsb_release's and hostnamectl's answers.
const COMMAND = /\b(?:os-release|lsb_release|hostnamectl)\b/;
const FIRST_KEY = /^(?:Distributor ID|LSB Version|Static hostname):/;
// lsb_release prints its Description within three lines of its command (after "LSB Version:" and "Distributor ID:").
const LSB_LINES = 3;
// Asked elsewhere: through a tool that runs the command in a container, a build or on another machine, or at a container's prompt
// (busybox's "/ # ", a shell whose host name is a container's id).
const ELSEWHERE = /\b(?:docker|podman|nerdctl|kubectl|oc|lxc|incus|toolbox|distrobox|vagrant|ssh|machinectl|nsenter|chroot|RUN)\b|^\/\S* # |@[\da-f]{12}:\S* ?# /;
// A shell opened there (interactive, or a tool's own way in), and the line that leaves it.
const ENTER = /\b(?:(?:docker|podman|nerdctl)(?: container)? (?:exec|run)\b.*\s(?:-\w*[it]\b|--interactive|--tty)|kubectl exec\b.*\s-\w*[it]\b|(?:lxc|incus) (?:exec|shell)\b|(?:toolbox|distrobox) enter\b|vagrant ssh\b|machinectl shell\b)|^(?:ssh|sudo nsenter|nsenter|sudo chroot|chroot)\s+\S+$/;
const EXIT = /(?:^|[$#%>] )(?:exit|logout)(?: \d+)?$/;
// A command that writes the file (a here-document, a redirection to it), whose lines are no answer.
const WRITES = /<<|>\s*\S*os-release/;
// A command that prints the file: a line that only names it (a question, prose) does not make a lone ID line its answer.
const PRINTS = /(?:^|[$#%>] |sudo |doas )(?:cat|grep|egrep|head|tail|less|more|awk|sed)\s/;
// os-release's other keys: a PRETTY_NAME beside one of them is os-release's answer, its command pasted or not.
const OS_RELEASE_KEY = /^(?:NAME|ID|ID_LIKE|VERSION|VERSION_ID)=/;
// A line that may name a command, or open or leave a shell (a typed one is looked at anyway).
const MAY_NAME = /os-release|lsb_release|hostnamectl|exit|logout|[a-z] (?:exec|run|enter|shell|ssh)\b|^(?:ssh|nsenter|chroot|sudo) /;
/** What every line MAY_NAME finds has. */
export const osReleaseWords = ['os-release', 'lsb_release', 'hostnamectl', 'exit', 'logout', ' exec', ' run', ' enter', ' shell', ' ssh', 'ssh ', 'nsenter ', 'chroot ', 'sudo '];
/** What every line ANSWER or FIRST_KEY finds has. */
export const osReleaseKeyWords = ['PRETTY_NAME=', 'Description:', 'Operating System:', 'Distributor ID:', 'LSB Version:', 'Static hostname:', 'ID=', 'ID_LIKE='];
// The ID and ID_LIKE of os-release, which name the system where its PRETTY_NAME is not shown; any key of it, with its value unquoted.
const ID = /^ID(?:_LIKE)?=/;
const KEY = /^([A-Z][A-Z\d_]*)=(["']?)(.*)\2$/;
// How far the answer runs after its command: os-release has about twenty lines, hostnamectl a dozen.
const ANSWER_LINES = 25;

/**
 * Reports the host's operating system named by os-release, lsb_release or hostnamectl, as a hint (docker info's own line wins). Only the
 * lines `worded` (with one of osReleaseWords), `keyed` (with one of osReleaseKeyWords) and `typed` can change what it reads: no other is
 * looked at.
 */
export function osRelease(lines: readonly Line[], sink: Sink, worded: WordedAt = everyIndex(lines), typed: Typed = typedIn(lines), keyed: WordedAt = worded): void {
  let asked = -Infinity;
  // The answer's letter in ANSWER of the command asked.
  let kind = '';
  let elsewhere = false;
  let prints = false;
  let inside = false;
  // The last line of the os-release answer whose ID was read.
  let read = -1;
  let w = 0;
  for (const k of either(either(worded, keyed), typed.at)) {
    const line = lines[k]!;
    const t = line.trimmed;
    const prompt = typed.is(k);
    while (worded[w]! < k) w++;
    // Most of them start with none of the answers' (or first keys') letters and name none of the commands: one test spares them the
    // rest. A typed one goes on, as it ends an answer. A line that names none is neither a shell's start or end nor a command's.
    const named = worded[w] === k && MAY_NAME.test(t);
    if (!prompt && !named && !'PDOSLI'.includes(t[0]!)) continue;
    if (prompt || named) {
      if (ENTER.test(t)) inside = true;
      else if (EXIT.test(t)) inside = false;
    }
    if ((named && COMMAND.test(t)) || FIRST_KEY.test(t)) {
      // The answer's first key after its command belongs to it.
      if (k - asked <= ANSWER_LINES && !prompt && /^[DLS]/.test(t)) continue;
      asked = k;
      kind = /lsb_release|^(?:Distributor ID|LSB Version):/.test(t) ? 'D' : /hostnamectl|^Static/.test(t) ? 'O' : 'P';
      elsewhere = ELSEWHERE.test(t) || (!!line.prefix && ELSEWHERE.test(line.prefix + t)) || WRITES.test(t);
      prints = PRINTS.test(t);
      continue;
    }
    // Another command ends the answer.
    if (prompt) asked = -Infinity;
    const m = ANSWER.exec(t) ?? (t[0] === 'I' && k > read ? ID.exec(t) : null);
    if (!m || inside || (elsewhere && k - asked <= ANSWER_LINES)) continue;
    const letter = m[1] ?? m[2] ?? m[3] ?? 'P';
    const shaped = letter === 'P' && [lines[k - 1], lines[k + 1]].some((l) => l && OS_RELEASE_KEY.test(l.trimmed));
    const answers = letter === kind && k - asked <= (kind === 'D' ? LSB_LINES : ANSWER_LINES);
    if (!m[4]) {
      if ((answers && prints) || shaped) read = idName(lines, k, sink, shaped ? -1 : asked);
      continue;
    }
    // A name cut inside its parentheses ("… LTS (Hunting", a hard wrap's piece) is no name.
    if ((answers || shaped) && unclosed(m[4]!) === 0) sink.fact('operatingSystem', m[4]!, rank.hint, line);
  }
}

/**
 * Reads the os-release answer around its ID or ID_LIKE line `k` (the keys on the lines next to each other), which starts right after
 * the line of its command, `command`, where it has no other key to show its shape (-1), and where it has no PRETTY_NAME, reports the
 * system its ID names (or, for another system, its NAME beside the first of its ID_LIKE the checker names, on that line: its package
 * manager) with its VERSION_ID; a system named by neither is not reported. Returns the last line of the answer.
 */
function idName(lines: readonly Line[], k: number, sink: Sink, command: number): number {
  let [first, last] = [k, k];
  while (first > 0 && KEY.test(lines[first - 1]!.trimmed)) first--;
  while (last + 1 < lines.length && KEY.test(lines[last + 1]!.trimmed)) last++;
  if (command >= 0 && first !== command + 1) return last;
  const keys = new Map<string, [string, Line]>();
  for (let i = first; i <= last; i++) {
    const [, key, , value] = KEY.exec(lines[i]!.trimmed)!;
    if (!keys.has(key!)) keys.set(key!, [value!, lines[i]!]);
  }
  const [id, idLine] = keys.get('ID') ?? [];
  const [like, likeLine] = keys.get('ID_LIKE') ?? [];
  const known = id !== undefined && Object.hasOwn(osReleaseIds.names, id);
  const line = known ? idLine : like?.split(' ').some((l) => Object.hasOwn(osReleaseIds.names, l)) ? likeLine : undefined;
  // A PRETTY_NAME names the system itself (read where it stands); its ID_LIKE line is told too, as where the name came from.
  const pretty = keys.get('PRETTY_NAME')?.[0];
  if (!line || (pretty !== undefined && (known || unclosed(pretty) !== 0))) return last;
  const name = known ? osReleaseIds.names[id]! : (keys.get('NAME')?.[0] ?? id ?? '');
  const version = keys.get('VERSION_ID')?.[0];
  const named = pretty ?? (version ? `${name} ${version}` : name);
  if (named) sink.fact('operatingSystem', named, rank.hint, line);
  return last;
}
