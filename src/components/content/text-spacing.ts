/**
 * Puts a space after each table cell and definition-list term or description that another tag follows straight away.
 * compressHTML leaves no whitespace between them, and text extraction (Pagefind's search excerpts) does not treat them
 * as blocks, so it ran one cell's or term's last word into the next one's first ("Rootless modeRunning dockerd").
 */
export function spaceBetweenItems(html: string): string {
  return html.replace(/<\/(caption|th|td|tr|dt|dd)>(?=<)/g, '$& ');
}
