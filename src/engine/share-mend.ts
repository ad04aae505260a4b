/** Undoes what wikis, mail and chat do to a pasted share link: HTML or Markdown escapes, and the sentence's punctuation after it. */
import { unclosed } from './brackets.ts';

// "&amp;" (Confluence storage format, mail, RSS) and its numeric forms, once or escaped again ("&amp;amp;").
const HTML_AMP = /&(?:amp|#38|#x26);/gi;
// A Markdown escape ("\&", "\_"), raw or percent-escaped by a browser: a link's own values never hold a backslash (encodeURIComponent writes %5C).
const MD_ESCAPE = /(?:\\|%5C)(?=[!-/:-@[-`{-~])/gi;
// What a sentence leaves at a link's end: punctuation, closing quotes and brackets, raw or as a browser percent-escapes them in a fragment
// ("”" as %E2%80%9D, "。" as %E3%80%82). No value a link carries ends in one of these, and encodeURIComponent escapes the rest of them.
const TAIL = /(?:[.,;:!?'"\]>»”’。，）]|%(?:22|27|3E|5D|C2%BB|E2%80%9[89CD]|E3%80%82|EF%BC%8[9C]))$/i;

/**
 * A fragment as its sharer meant it: HTML and Markdown escapes undone, trailing sentence punctuation dropped; anything else unchanged. A dot
 * after what `cutVersion` matches (a version of fewer parts than any has: "docker=27.") is where the link was cut, so it stays.
 */
export function mendFragment(fragment: string, cutVersion?: RegExp): string {
  let text = String(fragment);
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(HTML_AMP, '&');
  }
  text = text.replace(MD_ESCAPE, '');
  for (;;) {
    const tail = TAIL.exec(text);
    if (tail?.[0] === '.' && cutVersion?.test(text.slice(0, tail.index))) return text;
    if (tail) text = text.slice(0, tail.index);
    // A link's operating system keeps its brackets ("(bookworm)"); a sentence's ")" is left over.
    else if (text.endsWith(')') && unclosed(text) < 0) text = text.slice(0, -1);
    else return text;
  }
}
