/** A terminal's stray control characters taken out of a paste, so that the lines around them are read. */

// The controls looksLikeText lets through, a few to a paste (a NUL ending each line, DEL), save those clean() reads: tab, line ends,
// backspace (unbackspace), form feed and vertical tab (blanks at a line's edge), and ESC with the BEL that ends a title a prompt
// sets ("\x1b]0;user@host: ~\x07"), which clean() removes with its escape. A BEL of its own goes.
const CONTROL = /[\0-\x06\x0e-\x1a\x1c-\x1f\x7f]|(?<!\x1b\][^\x07\x1b\n]*)\x07/g;
const CONTROL_ONE = /[\0-\x07\x0e-\x1a\x1c-\x1f\x7f]/;

/** The text without stray controls (CONTROL), each backspace having taken back the character before it on its line. */
export function withoutControls(text: string): string {
  // One search over the whole text spares a paste without any (nearly all) the replace's new copy of it.
  const t = CONTROL_ONE.test(text) ? text.replace(CONTROL, '') : text;
  return t.includes('\b') ? unbackspace(t) : t;
}

/**
 * The text as a terminal showed it, each backspace having taken back the character before it on its line: a man page's bold
 * ("N\bNe\beT\bT"), a typing error corrected in script(1)'s record ("dokc\b \b\b \bcker").
 */
function unbackspace(text: string): string {
  const kept: string[] = [];
  let from = 0;
  for (let at = text.indexOf('\b'); at >= 0; at = text.indexOf('\b', from)) {
    kept.push(text.slice(from, at));
    takeBack(kept);
    from = at + 1;
  }
  kept.push(text.slice(from));
  return kept.join('');
}

/** Drops the last character of the text kept so far, unless it ends a line (a backspace does not go up a line). */
function takeBack(kept: string[]): void {
  while (kept.length && !kept.at(-1)) kept.pop();
  const last = kept.at(-1);
  if (last === undefined || last.endsWith('\n') || last.endsWith('\r')) return;
  // A character outside the BMP is two code units.
  kept[kept.length - 1] = last.slice(0, /[\udc00-\udfff]$/.test(last) && last.length > 1 ? -2 : -1);
}
