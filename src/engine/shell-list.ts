/** Where a command line typed at a shell splits, as the shell reads it: its comment, and the commands of its list. */

/** One command of a list (or pipeline), by where it starts and ends in the line, and the operator after it. */
export interface ListCommand {
  start: number;
  end: number;
  /** What ends it: `;`, `&`, `&&`, `||`, `|` or `|&`; empty for the last. */
  op: string;
}

/** What a command line holds outside quotes, backslash escapes and groups (`( … )`, `$( … )`, `{ …; }`). */
export interface ListShape {
  /** Where its comment (a `#` that starts a word) begins; the line's length where it has none. */
  comment: number;
  /** Its commands before the comment, in order (a `;` or `&` that ends the line ends the last, which may then be blank). */
  commands: ListCommand[];
}

// Where a word starts: a `#` there starts a comment, a `{` there opens a group, a `}` there closes one.
const WORD_START = /[\s;&|()]/;

/** The comment and the commands of command line `line`, read outside quotes (of three kinds), backslash escapes and groups. */
export function listShape(line: string): ListShape {
  let quote = '';
  let depth = 0;
  let start = 0;
  const commands: ListCommand[] = [];
  const end = (i: number, op: string): void => {
    commands.push({ start, end: i, op });
    start = i + op.length;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    const next = line[i + 1] ?? '';
    const atWord = i === 0 || WORD_START.test(line[i - 1]!);
    if (c === '\\' && quote !== "'") i++;
    else if (quote) quote = c === quote ? '' : quote;
    else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || (c === '{' && atWord && /\s/.test(next))) depth++;
    else if (depth && (c === ')' || (c === '}' && /[\s;&]/.test(line[i - 1] ?? '')))) depth--;
    // A `#` inside a word (`a#b`, `$#`, `${#x}`) is part of it.
    else if (c === '#' && atWord && !depth) return { comment: i, commands: [...commands, { start, end: i, op: '' }] };
    else if (depth || !/[;&|]/.test(c)) continue;
    // `&` in a redirection (`2>&1`, `&>log`, `<&3`) separates nothing.
    else if (c === '&' && (/[<>]/.test(line[i - 1] ?? '') || next === '>')) continue;
    else if ((c === '&' || c === '|') && next === c) end(i++, c + c);
    else if (c === '|' && next === '&') end(i++, '|&');
    else end(i, c);
  }
  return { comment: line.length, commands: [...commands, { start, end: line.length, op: '' }] };
}
