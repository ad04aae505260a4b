/** Reading a dropped file: text only, and no bigger than the engine reads. */
import { limits } from '../../engine/clean.ts';
import { decodeText } from '../../engine/text.ts';

export type FileProblem = 'too-big' | 'not-text' | 'unreadable';

/** Largest file accepted, in bytes: what the engine reads at most (UTF-8 never has fewer bytes than characters). */
export const maxFileBytes = limits.maxChars;

// Saved command output arrives as text/plain, a log type, JSON or with no type at all.
const TEXT_TYPE = /^(?:text\/|application\/(?:json|x-log|x-ndjson)$|$)/;

/** Why a file with this size and type is refused before reading it; null when it may be read. */
export function fileProblem(size: number, type: string): FileProblem | null {
  if (size > maxFileBytes) return 'too-big';
  return TEXT_TYPE.test(type) ? null : 'not-text';
}

/** The text of a dropped file, or why it cannot be used. */
export async function readTextFile(file: Blob): Promise<{ text: string } | { problem: FileProblem }> {
  const problem = fileProblem(file.size, file.type);
  if (problem) return { problem };
  try {
    const text = decodeText(new Uint8Array(await file.arrayBuffer()));
    return text === null ? { problem: 'not-text' } : { text };
  } catch {
    return { problem: 'unreadable' };
  }
}
