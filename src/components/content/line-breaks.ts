/**
 * The longest code, or word of code, kept on one line: a flag, a file name, a version, a variable name, a short command. It is the most
 * inline code that fits the narrowest column it appears in, a list item on a 320 px screen (248 px: 27 characters and the code's
 * padding); a longer unbreakable run would make the page scroll sideways.
 */
export const unbrokenLength = 27;

/**
 * The longest code that fits that list item with a reader's text spacing (WCAG 1.4.12 widens each character by 0.12em). Longer code kept
 * whole becomes an inline block on a phone's width (article.css .long), which breaks inside when wider than the column; shorter code stays
 * inline, since a block lets the punctuation after it start a line.
 */
export const narrowUnbrokenLength = 22;

/** A piece of inline code: its text, whether it stays on one line, and whether a line may break after it. */
export interface CodeRun {
  text: string;
  /** Kept on one line: left alone, a browser breaks "--ipv6" after a hyphen, and any overlong word anywhere (.doc's overflow-wrap). */
  whole: boolean;
  /** A line may break after it (<wbr>): it ends in "/", "_" or "=" inside a word too long to keep whole. */
  breakAfter: boolean;
}

/**
 * Where inline code may break: nowhere when it is short (a flag, a name, "dpkg -s passt"); otherwise between words, and inside a word
 * longer than unbrokenLength only after "/", "_" or "=" (a path, a variable assignment), never right after a leading one ("/run/…") nor
 * before a digit ("x86_64"). A piece still longer than that (nothing to break at) is left to the browser rather than run off the screen.
 */
export function codeRuns(code: string): CodeRun[] {
  if (code.length <= unbrokenLength) return [{ text: code, whole: true, breakAfter: false }];
  return code
    .split(/(\s+)/)
    .filter((word) => word !== '')
    .flatMap((word) => {
      if (/^\s/.test(word)) return [{ text: word, whole: false, breakAfter: false }];
      const pieces = word.length <= unbrokenLength ? [word] : word.split(/(?<=[^/_=][/=]+|[^/_=]_)(?=[^/_=\d])/);
      return pieces.map((piece, index) => ({ text: piece, whole: piece.length <= unbrokenLength, breakAfter: index < pieces.length - 1 }));
    });
}

/** Link text naming a path or a repository ("moby hack/dockerfile/install/rootlesskit.installer"), split after each "/" inside a word. */
export function slashPieces(text: string): string[] {
  return text.split(/(?<=\S\/)(?=\S)/);
}
