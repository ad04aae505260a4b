/** doas instead of sudo (Alpine's usual way to run a command as root): typed at a prompt, or its password prompt, shown in the paste. */
import { atPrompt, type Line } from '../clean.ts';
import type { Recogniser } from '../facts.ts';
import { quoted } from '../others-quote.ts';
import { REFUSAL, refusalWords } from './refusals.ts';

// doas typed at a prompt, and OpenDoas's password prompt ("doas (alice@alpine) password:").
const TYPED = /^doas(?:\s|$)/;
const ASKED = /^doas \([^()\s]+@[^()\s]+\) password:/;
const SUDO = /^sudo(?:\s|$)/;
// sudo's password prompt ("[sudo] password for alice:", its tag a prefix clean.ts strips), as OpenDoas's, comes before what it says.
const sudoAsked = (line: Line): boolean => !!line.prefix?.endsWith('[sudo] ') && line.trimmed.startsWith('password for ');
const doasAsked = (line: Line): boolean => ASKED.test(line.trimmed);
// The shell's or doas's answer that doas cannot run here: not installed ("-bash: doas: command not found", ash's "-ash: doas: not
// found", zsh's), or not allowed ("doas: Operation not permitted", a wrong password).
const DOAS_FAILED = /\bdoas: (?:command )?not found$|command not found: doas$|^Command 'doas' not found|^doas: (?:Operation )?not permitted|^doas: Authentication failed/i;

/** What every line `doasShown` reads has (core.ts gives it no other line): doas, and sudo and its refusals, which outweigh it. */
export const doasWords = ['doas', 'sudo', ...refusalWords];

/** Whether `lines[j]` is the paste's line right after `lines[i]`. */
const follows = (lines: readonly Line[], i: number, j: number): boolean => lines[j]?.n === (lines[i]!.pieces?.at(-1)?.n ?? lines[i]!.n) + 1;

/** Whether what the paste prints right after `lines[i]`, past password prompts `asked` (one attempt with it), says `failed`. */
function answered(lines: readonly Line[], i: number, asked: (line: Line) => boolean, failed: RegExp): boolean {
  let j = i;
  while (follows(lines, j, j + 1) && asked(lines[j + 1]!)) j++;
  return follows(lines, j, j + 1) && failed.test(lines[j + 1]!.trimmed);
}

/**
 * Reports doas typed at a prompt, or its password prompt, where doas then ran: not where the shell or doas said it could not, nor in a
 * quote (another's post, the guide's example), nor where sudo typed at a prompt ran too (the reader has both; sudo is the fixes' default).
 */
export const doasShown: Recogniser = (lines, sink) => {
  const shown: Line[] = [];
  let sudo = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (quoted(line)) continue;
    const t = line.trimmed;
    if (((TYPED.test(t) && atPrompt(line)) || ASKED.test(t)) && !answered(lines, i, doasAsked, DOAS_FAILED)) shown.push(line);
    else if (SUDO.test(t) && atPrompt(line) && !answered(lines, i, sudoAsked, REFUSAL)) sudo = true;
  }
  if (!sudo) for (const line of shown) sink.signal('doas-shown', line);
};
