/**
 * Settings another suggests in a thread (an answer's "Try adding `Environment=…NET=slirp4netns` to your override.conf", "Go back to
 * slirp4netns:" over them, "\u53ef\u4ee5\u8bbe\u7f6e …" in Chinese): what the reader may do, never the setup the reader runs.
 */
import type { Line } from './clean.ts';

// The sentence a setting is in ends at a full stop, a question or exclamation mark or a semicolon (with a blank after it in English, as a
// file's name has none: "override.conf"), or the line's end. Chinese punctuation is escaped, so that English pages load no Chinese.
const END = /[.!?;](?=\s)|[\u3002\uff01\uff1f\uff1b]/g;
// A suggestion in English: "try", "switch to", "go back to", "revert to" opening the sentence (after a list's number or bullet, perhaps
// after "just", "then", "or", "or just"); "you can/could/should … " (not "as you can see") or "I'd suggest" anywhere in it. A bare
// "Set …" or "Add …" is no suggestion by itself: the reader's past tense ("Set … as the issue says, restarted:") and steps to reproduce
// read the same.
const ENGLISH =
  /^(?:(?:\d+[.)]|[-*•]) +)?(?:(?:just|then|or|so|maybe|alternatively|otherwise),? +){0,2}(?:try|switch(?: back)? to|go back to|revert to)\b|\byou(?:'d| would)? (?:can|could|should|might|may|need to|have to|want to|must)\b(?! see\b)|\bI(?:'d| would)? (?:suggest|recommend)\b/i;
// "Add …" or "set …" addressed to the reader: "to your override.conf".
const ADDRESSED = /^(?:(?:\d+[.)]|[-*•]) +)?(?:(?:just|then|or|so),? +){0,2}(?:add|set|put|use|change)\b.*\byour\b/i;
// The reader's own doing, which no suggestion has: "I tried adding …", "we set …", "my override.conf" (not "I'd suggest").
const OWN = /\b(?:I(?!'d\b| would\b)|we|my|our)\b/;
// In Chinese: try it (\u8bd5\u8bd5, \u8bd5\u4e00\u4e0b, \u8bd5\u7740), "you can" (\u53ef\u4ee5\u8bbe\u7f6e, \u4f60\u53ef\u4ee5), "I suggest"
// (\u5efa\u8bae), "change it to" (\u6539\u6210, \u6362\u6210); never where the sentence says it was done (\u4e86, \u8fc7, \u4e4b\u540e,
// \u4ee5\u540e: "\u6309\u6587\u6863\u5efa\u8bae\uff0c\u8bbe\u7f6e\u4e86 \u2026") or has "I" (\u6211): the reader's own.
const CHINESE = /\u8bd5\u8bd5|\u8bd5\u4e00\u4e0b|\u8bd5\u7740|\u53ef\u4ee5\u8bbe\u7f6e|\u4f60\u53ef\u4ee5|\u5efa\u8bae|\u6539\u6210|\u6362\u6210/;
const CHINESE_OWN = /[\u6211\u4e86\u8fc7]|[\u4e4b\u4ee5]\u540e/;
// A line that ends a sentence introducing what follows ("Go back to slirp4netns:", "\u8bd5\u8bd5\u8fd9\u4e2a\uff1a").
const INTRO_END = /[:\uff1a]$/;
// What each of the scripts' settings has (DOCKERD_ROOTLESS_ROOTLESSKIT_NET, CONTAINERD_ROOTLESS_ROOTLESSKIT_NET): the lines of a block of
// settings under such an introduction have it, or are a unit's section header.
export const SETTINGS_WORD = 'ROOTLESSKIT_';

/** Whether a sentence suggests what it names to another, in English or Chinese, and does not say the writer did it. */
function suggests(sentence: string): boolean {
  const s = sentence.trim();
  if (ENGLISH.test(s) || ADDRESSED.test(s)) return !OWN.test(s);
  return CHINESE.test(s) && !CHINESE_OWN.test(s);
}

/** The sentence of `t` around index `at`: from the end of the one before to the end of its own. */
function sentenceAt(t: string, at: number): string {
  let from = 0;
  let to = t.length;
  for (const m of t.matchAll(END)) {
    if (m.index < at) from = m.index + m[0].length;
    else {
      to = m.index;
      break;
    }
  }
  return t.slice(from, to);
}

/**
 * The indexes of `lines` that set one of the scripts' settings as another's suggestion: the sentence of the first setting suggests it, or
 * the block of settings the line is in comes right under a line whose last sentence suggests what follows. None in most pastes.
 */
export function suggestedLines(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  // Whether the block of settings line i is in comes under a suggestion, decided at its first line (once a block: a long one is no slower).
  let under = false;
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trimmed;
    const at = t.indexOf(SETTINGS_WORD);
    if (at < 0 && t !== '[Service]') {
      inBlock = false;
      continue;
    }
    if (!inBlock) {
      const intro = lines[i - 1]?.trimmed;
      under = !!intro && INTRO_END.test(intro) && suggests(sentenceAt(intro, intro.length - 1));
      inBlock = true;
    }
    if (at >= 0 && (under || (at > 0 && suggests(sentenceAt(t, at))))) out.add(i);
  }
  return out;
}
