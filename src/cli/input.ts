/** Reads the text to check from a file or standard input. */
import { readFileSync } from 'node:fs';

/** The file's text ("-" or null: standard input), or an error message for an unreadable input. */
export function readInput(file: string | null): { text: string } | { error: string } {
  try {
    return { text: readFileSync(file === null || file === '-' ? 0 : file, 'utf8') };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { error: `cannot read ${file === null || file === '-' ? 'standard input' : file}: ${err.code ?? err.message}` };
  }
}
