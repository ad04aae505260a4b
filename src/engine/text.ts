/** Saved command output as bytes → text, for the faces that read files (the widget's dropped file, netcheck's FILE). */

/** Whether decoded contents look like text: binary files decode with NUL characters. */
function looksLikeText(text: string): boolean {
  return !text.slice(0, 4096).includes('\0');
}

/**
 * The text of saved output: UTF-8, or UTF-16 when it starts with a byte-order mark (Windows PowerShell's `>` writes
 * UTF-16LE); null for binary data.
 */
export function decodeText(bytes: Uint8Array): string | null {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  const text = new TextDecoder(encoding).decode(bytes);
  return looksLikeText(text) ? text : null;
}
