/**
 * A long command typed at a prompt that a hard wrap cut (`fold -w 80`, a terminal, a mail client), alone in its paste: no second line of
 * the wrap's width tells the wrap (clean.ts's unwrap), so what tells it is the cut itself, inside one word of the command that rootless
 * Docker's start reads ("…-u ci X" / "DG_RUNTIME_DIR=/run/user/1001 dockerd-rootless.sh"). Read alone, the rest would be a command of its
 * own (a start without the sudo that drops the exports before it); a prompt line of that width followed by output is left alone.
 */

/** What clean.ts lends: a line without its prefixes, whether a length is a wrap's width, how a joined piece is noted, and a line's limit. */
export interface PromptWrap {
  strip: (line: string) => string;
  wraps: (width: number) => boolean;
  join: (i: number, j: number, at: number) => void;
  maxLineChars: number;
}

// A prefix that ends in a shell's prompt ("user@host:~$ ", "[me@box src]# ", "me@mac dir % ", "me@host:~> "; not a quote's "> ", nor a
// chat's speaker, "<alice> ").
const PROMPT = /(?:[$#%❯]|[^\s>]>(?<!<[^\s<>]*>)) *$/;
// The words a cut may fall inside, as they stand once joined: a variable set for the start (XDG_RUNTIME_DIR, DOCKERD_ROOTLESS_…) and its
// value, an option's value ("--preserve-env=DOCKERD_ROOTLESS_ROOTLESSKIT_NET"), or a program of rootless Docker's start.
const SETTING = /^(?:--?[a-z][\w-]*=|[A-Z][A-Z\d]*(?:_[A-Z\d]+)+=)[\w.,/:=-]*$/;
const PROGRAM = /dockerd-rootless(?:-setuptool)?\.sh|rootlesskit|slirp4netns|pasta/g;
// What a piece after fold's space starts with, a word complete in itself: a setting, an option or the start's program.
const AFTER_SPACE = /^(?:--?[a-z][\w-]*(?:=\S*)?|[A-Z][A-Z\d]*(?:_[A-Z\d]+)+=\S*|\S*dockerd-rootless(?:-setuptool)?\.sh)(?: |$)/;

/** Joins each prompt line of a wrap's width onto the pieces the wrap cut from it (their places left blank); changes nothing else. */
export function unwrapPrompts(raw: string[], wrap: PromptWrap): void {
  for (let i = 0; i + 1 < raw.length; i++) {
    const width = raw[i]!.length;
    if (!wrap.wraps(width) || !raw[i + 1] || !atPrompt(raw[i]!, wrap.strip)) continue;
    // Pieces joined once, up to a line's limit: joining them one by one grows quadratically with a long line.
    const pieces = [raw[i]!.trimEnd()];
    let at = pieces[0]!.length;
    for (let j = i + 1, last = raw[i]!; j < raw.length && last.length === width && at < wrap.maxLineChars; j++) {
      const next = raw[j]!;
      // A piece of its own prefix (set -x's "+ ", a prompt, a log's time) is a line of its own.
      const space = wrap.strip(next) === next ? cutAtSpace(last, next) : null;
      if (space === null) break;
      const piece = space ? next.trim() : next.trimEnd();
      at += space ? 1 : 0;
      wrap.join(i, j, at);
      pieces.push(space ? ` ${piece}` : piece);
      at += piece.length;
      last = next;
      raw[j] = '';
    }
    if (pieces.length > 1) raw[i] = pieces.join('');
  }
}

/** Whether a line's prefixes end in a shell's prompt and a command follows it. */
function atPrompt(line: string, strip: (line: string) => string): boolean {
  const rest = strip(line);
  return rest.length < line.length && rest.trim() !== '' && PROMPT.test(line.slice(0, line.length - rest.length));
}

/**
 * How a wrap cut `next` from the piece before it: inside a word (false) or at fold's space, which ends that piece or starts this one (true);
 * null when nothing shows a cut there (a command's last word, then its output).
 */
function cutAtSpace(piece: string, next: string): boolean | null {
  if (!next.trim() || /^\s\s|^\t/.test(next)) return null;
  if (piece.endsWith(' ') !== next.startsWith(' ')) return AFTER_SPACE.test(next.trim()) ? true : null;
  if (piece.endsWith(' ') || next.startsWith(' ')) return null;
  const blank = next.indexOf(' ');
  return cutInside(piece.slice(piece.lastIndexOf(' ') + 1), blank < 0 ? next : next.slice(0, blank)) ? false : null;
}

/** Whether the word `tail` + `head` is one the start reads, with the cut between them inside it (not at its start or end). */
function cutInside(tail: string, head: string): boolean {
  // Output's first word after a command's last value: "Error", "docker:".
  if (/^[A-Z][a-z]|:$/.test(head)) return false;
  const word = tail + head;
  if (tail === '-' || tail === '--' || (/^--?[a-z][\w-]*$/.test(tail) && /^[-=]/.test(head))) return /^--?[a-z][\w-]*(?:=\S*)?$/.test(word);
  if (SETTING.test(word) && word.indexOf('=') < word.length - 1) return true;
  for (const m of word.matchAll(PROGRAM)) if (m.index < tail.length && m.index + m[0].length > tail.length) return true;
  return false;
}
