/**
 * The operating system as the host names it: `cat /etc/os-release` (its PRETTY_NAME, which docker info prints as Operating System),
 * `lsb_release -a` or `-d` (Description), and `hostnamectl` (Operating System, outside docker info).
 */
import { rank, type Recogniser } from '../facts.ts';

// The three answers' lines; a Description is lsb_release's only right after its command or its first key (not a package's, a unit's).
const ANSWER = /^(?:PRETTY_NAME=["']?|(Description): +|Operating System: +)([^"'\s][^"']*?)["']?$/;
// The commands that print them, and the first key of lsb_release's and hostnamectl's answers.
const ASKED = /\b(?:os-release|lsb_release|hostnamectl)\b|^(?:Distributor ID|Static hostname):/;
// Asked of a container, not the host: through docker or podman, or at a container's prompt (busybox's "/ # ", a shell in a container
// whose host name is its id).
const CONTAINER = /\b(?:docker|podman|nerdctl)\b.*\b(?:run|exec)\b|^\/\S* # |@[\da-f]{12}:\S* ?# /;
// How far the answer runs after its command: os-release has about twenty lines, hostnamectl a dozen.
const ANSWER_LINES = 25;

/** Reports the host's operating system named by os-release, lsb_release or hostnamectl, as a hint (docker info's own line wins). */
export const osRelease: Recogniser = (lines, sink) => {
  let asked = -Infinity;
  let container = false;
  let lsb = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const t = line.trimmed;
    // The answers start with one of these letters, and most lines name none of the commands: one test spares them the rest.
    if (!'PDOS'.includes(t[0]!) && !/os-release|lsb_release|hostnamectl/.test(t)) continue;
    if (ASKED.test(t)) {
      // The answer's first key after its command belongs to it.
      if (k - asked <= ANSWER_LINES && /^[DS]/.test(t)) continue;
      asked = k;
      lsb = !/os-release|hostnamectl/.test(t);
      container = CONTAINER.test(t) || (!!line.prefix && CONTAINER.test(line.prefix + t));
      continue;
    }
    const m = k - asked <= ANSWER_LINES && !container ? ANSWER.exec(t) : null;
    // A name cut inside its parentheses ("… LTS (Hunting", a hard wrap's piece) is no name.
    if (m && (lsb || !m[1]) && m[2]!.split('(').length === m[2]!.split(')').length) sink.fact('operatingSystem', m[2]!, rank.hint, line);
  }
};
