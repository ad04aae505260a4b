/**
 * An outcome sentence split after its verdict ("Works:", "很可能被重置："), so that only the verdict is set in bold; a sentence
 * without one (a colon in its first 30 characters, outside code) is all lead.
 */
export function outcomeLead(text: string): { lead: string; rest: string } {
  const colon = text.search(/[:：]/);
  if (colon < 0 || colon > 30 || text.slice(0, colon).includes('`')) return { lead: text, rest: '' };
  return { lead: text.slice(0, colon + 1), rest: text.slice(colon + 1) };
}
