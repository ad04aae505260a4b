/** Escapes text for an HTML text node or a double-quoted attribute value. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
}

/**
 * The "#" link to an element's own id, as the headings have (AnchoredHeading): a visible "#" hidden from screen readers and a name that
 * says what it links to. Built as a string so that components which rewrite rendered HTML (Definitions) write the same markup as SelfLink.
 */
export function selfLinkHtml(id: string, name: string): string {
  return `<a class="anchor self-link" href="#${escapeHtml(id)}" data-pagefind-ignore><span aria-hidden="true">#</span><span class="sr-only">${escapeHtml(name)}</span></a>`;
}
