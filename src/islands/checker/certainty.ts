/** The certainty line of a decided verdict, in words that say what decided it: the paste, the reader's answers or a shared link. */
import type { FactKey, Messages, Result } from '../../engine/index.ts';
import type { CheckerStrings } from './strings.ts';

/**
 * The catalogue's words when the paste alone decided (or something was inferred, which they name); otherwise they name the answers or the
 * shared link, since "confirmed by what you pasted" would be untrue (also where the paste gave no fact). `linked`: the answers that came from
 * a shared link.
 */
export function certaintyLine(result: Result, messages: Messages, s: CheckerStrings, linked: ReadonlySet<FactKey>, pasted: boolean): string {
  if (result.certainty === 'inferred' || result.answered.length === 0) return messages.certainty[result.certainty](result);
  const by = result.answered.every((key) => linked.has(key)) ? s.certaintyBy.link : s.certaintyBy.answers;
  // A paste that gave no fact (a setup written by hand, taken as answers) decided nothing.
  return pasted && Object.keys(result.evidence).length > 0 ? by.withPaste : by.alone;
}
