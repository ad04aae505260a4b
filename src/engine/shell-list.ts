/** Where a command line typed at a shell splits, as the shell reads it: its comment, and whether it holds more than one command. */

/** What a command line holds outside quotes (and backslash escapes). */
export interface ListShape {
  /** Where its comment (a `#` that starts a word) begins; the line's length where it has none. */
  comment: number;
  /** Whether a `;` separates commands in it before the comment (one that ends it counted too). */
  semicolon: boolean;
}

/** The comment and `;` of command line `line`, read outside single quotes, double quotes and backslash escapes. */
export function listShape(line: string): ListShape {
  let quote = '';
  let semicolon = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && quote !== "'") i++;
    else if (quote) quote = c === quote ? '' : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === ';') semicolon = true;
    // A `#` inside a word (`a#b`, `$#`, `${#x}`) is part of it.
    else if (c === '#' && (i === 0 || /[\s;&|()]/.test(line[i - 1]!))) return { comment: i, semicolon };
  }
  return { comment: line.length, semicolon };
}
