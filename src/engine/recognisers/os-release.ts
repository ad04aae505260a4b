/**
 * The operating system as the host names it: `cat /etc/os-release` (its PRETTY_NAME, which docker info prints as Operating System),
 * `lsb_release -a` or `-d` (Description), and `hostnamectl` (Operating System, outside docker info). Not a container's or another
 * machine's: asked through a tool that runs it there, or inside a shell such a tool opened and the paste does not show left.
 */
import { unclosed } from '../brackets.ts';
import type { Line } from '../clean.ts';
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
// os-release's other keys: a PRETTY_NAME beside one of them is os-release's answer, its command pasted or not.
const OS_RELEASE_KEY = /^(?:NAME|ID|ID_LIKE|VERSION|VERSION_ID)=/;
// A line that may name a command, or open or leave a shell (a typed one is looked at anyway).
const MAY_NAME = /os-release|lsb_release|hostnamectl|exit|logout|[a-z] (?:exec|run|enter|shell|ssh)\b|^(?:ssh|nsenter|chroot|sudo) /;
/** What every line MAY_NAME finds has. */
export const osReleaseWords = ['os-release', 'lsb_release', 'hostnamectl', 'exit', 'logout', ' exec', ' run', ' enter', ' shell', ' ssh', 'ssh ', 'nsenter ', 'chroot ', 'sudo '];
/** What every line ANSWER or FIRST_KEY finds has. */
export const osReleaseKeyWords = ['PRETTY_NAME=', 'Description:', 'Operating System:', 'Distributor ID:', 'LSB Version:', 'Static hostname:'];
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
  let inside = false;
  let w = 0;
  for (const k of either(either(worded, keyed), typed.at)) {
    const line = lines[k]!;
    const t = line.trimmed;
    const prompt = typed.is(k);
    while (worded[w]! < k) w++;
    // Most of them start with none of the answers' (or first keys') letters and name none of the commands: one test spares them the
    // rest. A typed one goes on, as it ends an answer. A line that names none is neither a shell's start or end nor a command's.
    const named = worded[w] === k && MAY_NAME.test(t);
    if (!prompt && !named && !'PDOSL'.includes(t[0]!)) continue;
    if (prompt || named) {
      if (ENTER.test(t)) inside = true;
      else if (EXIT.test(t)) inside = false;
    }
    if ((named && COMMAND.test(t)) || FIRST_KEY.test(t)) {
      // The answer's first key after its command belongs to it.
      if (k - asked <= ANSWER_LINES && !prompt && /^[DLS]/.test(t)) continue;
      asked = k;
      kind = /lsb_release|^(?:Distributor ID|LSB Version):/.test(t) ? 'D' : /hostnamectl|^Static/.test(t) ? 'O' : 'P';
      elsewhere = ELSEWHERE.test(t) || (!!line.prefix && ELSEWHERE.test(line.prefix + t));
      continue;
    }
    // Another command ends the answer.
    if (prompt) asked = -Infinity;
    const m = ANSWER.exec(t);
    if (!m || inside || (elsewhere && k - asked <= ANSWER_LINES)) continue;
    const letter = m[1] ?? m[2] ?? m[3];
    const shaped = letter === 'P' && [lines[k - 1], lines[k + 1]].some((l) => l && OS_RELEASE_KEY.test(l.trimmed));
    const answers = letter === kind && k - asked <= (kind === 'D' ? LSB_LINES : ANSWER_LINES);
    // A name cut inside its parentheses ("… LTS (Hunting", a hard wrap's piece) is no name.
    if ((answers || shaped) && unclosed(m[4]!) === 0) sink.fact('operatingSystem', m[4]!, rank.hint, line);
  }
}
