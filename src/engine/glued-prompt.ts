/** The commands a diagnosis runs, as typed at a prompt. */
export const DIAGNOSIS_COMMANDS = 'docker|podman|nerdctl|rootlesskit|pasta|passt|pgrep|ps|ss|netstat|lsof|curl|wget|nc|systemctl|journalctl|cat|grep|uname|id|ip|dpkg|rpm';

/**
 * A shell's prompt glued onto the output before it, where that output ended without a newline ("rootlesskit version 2.3.1$ pgrep -a
 * pasta"): "$ " or "# " right after a character that is no blank, before a command a diagnosis runs. A variable ("$HOME"), a command
 * substitution ("$(id -u)"), a comment after a blank ("foo # docker") and a line after an escaped newline (JSON's "…\\n# docker …") have no
 * such prompt. (The pattern finds the prompt's character first and only then looks behind it: a lookbehind first is tried at every
 * position of the line.)
 */
const GLUED = new RegExp(`[$#](?<=[^\\s$#][$#])(?<!\\\\[nrt][$#]) (?=(?:sudo )?(?:${DIAGNOSIS_COMMANDS})(?: |$))`, 'g');

// A shell's default prompt, its name and version ("bash-5.2$ "): the line's own, before a command.
const SHELL_PROMPT = /^\s*(?:ba|da|k|z)?sh-\d[\d.]*[$#] $/;
// A prompt of one's own making: one word naming a place (~, a path, user@host), after a conda environment ("(base) [17ms][~/src]$ ").
const OWN_PROMPT = /^\s*(?:\([\w.-]+\) )?\S*[~/@]\S*[$#] $/;

/**
 * The line cut before each glued prompt (the prompt starts the next piece); a prompt that is all the line has before it ("user@host:~$ docker
 * ps", whose prefix `bare` removes entirely, a shell's default "bash-5.2$ ", or one's own "[~/src]$ ") is the line's own, and stays.
 */
export function atGluedPrompts(t: string, bare: (head: string) => string): string[] {
  const pieces: string[] = [];
  let from = 0;
  // An exec loop rather than matchAll, which copies the pattern for each line.
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(t); m; m = GLUED.exec(t)) {
    const head = t.slice(from, m.index + 2);
    if (!bare(head).trim() || SHELL_PROMPT.test(head) || OWN_PROMPT.test(head)) continue;
    pieces.push(t.slice(from, m.index));
    from = m.index;
  }
  pieces.push(t.slice(from));
  return pieces;
}
