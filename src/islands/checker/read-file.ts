/** Reading a dropped file: text only, read as far as the engine reads, as a paste is. */
import { limits } from '../../engine/limits.ts';
import { decodeText } from '../../engine/text.ts';

export type FileProblem = 'too-big' | 'not-text' | 'unreadable';

/**
 * Largest file accepted, in bytes: the most the characters the engine reads can take (four bytes each in UTF-8, two in UTF-16). A bigger
 * one is not read at all, so that the tab does not hold it; one within is cut past what the engine reads, which then says so.
 */
export const maxFileBytes = 4 * limits.maxChars;

// Binary media a drop may carry by mistake (a screenshot, an archive of logs). Any other type is judged by its contents (decodeText
// refuses binary data): saved output arrives as text/plain, a log type, YAML (podman info), a shell script, or with no type at all.
const BINARY_TYPE = /^(?:image|audio|video|font)\/|^application\/(?:pdf|zip|gzip|x-(?:tar|gzip|bzip2|xz|7z-compressed|rar-compressed))$/;

/** Why a file with this size and type is refused before reading it; null when it may be read. */
export function fileProblem(size: number, type: string): FileProblem | null {
  if (size > maxFileBytes) return 'too-big';
  return BINARY_TYPE.test(type) ? 'not-text' : null;
}

/** The text of a dropped file (cut one character past what the engine reads, so that it says it read the first part), or why it cannot be used. */
export async function readTextFile(file: Blob): Promise<{ text: string } | { problem: FileProblem }> {
  const problem = fileProblem(file.size, file.type);
  if (problem) return { problem };
  try {
    const text = decodeText(new Uint8Array(await file.arrayBuffer()));
    return text === null ? { problem: 'not-text' } : { text: text.slice(0, limits.maxChars + 1) };
  } catch {
    return { problem: 'unreadable' };
  }
}
