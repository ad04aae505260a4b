/** Reads the text to check from a file or standard input: as much as the engine reads, decoded as text. */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { limits } from '../engine/index.ts';
import { countOdd, decodeBytes, looksLikeText, type OddCount } from '../engine/text.ts';

// UTF-8 spends at most three bytes on a character the engine counts as one (four on two): this many bytes hold more than
// the engine reads, so a longer input is still reported as cut, and /dev/zero cannot fill the memory.
const MAX_BYTES = limits.maxChars * 3 + 1;

const reasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
};

/**
 * The text of `file` ("-" or null: standard input), or why it cannot be used. A relative path is taken from `cwd`: the
 * directory npm was started in (INIT_CWD), not the project root that `npm run` changes to.
 */
export async function readInput(file: string | null, cwd = process.env.INIT_CWD ?? process.cwd()): Promise<{ text: string } | { error: string }> {
  const stdin = file === null || file === '-';
  const name = stdin ? 'standard input' : resolve(cwd, file);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    // A stream, not readFileSync(0): standard input left non-blocking (as some CI runners do) would fail with EAGAIN.
    for await (const chunk of stdin ? process.stdin : createReadStream(name)) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size >= MAX_BYTES) break;
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    return { error: `cannot read ${name}: ${reasons[code] ?? (e as Error).message}` };
  }
  const text = decodeBytes(Buffer.concat(chunks).subarray(0, MAX_BYTES));
  return looksLikeText(text) ? { text } : { error: `cannot read ${name}: not text (${notText(countOdd(text))}; save the output as text)` };
}

/** What made input binary data, as counted: NUL bytes only where there are some, so that the reason given is the one found. */
function notText({ chars, nul, other }: OddCount): string {
  const found = [nul && counted(nul, 'NUL byte'), other && counted(other, `${nul ? 'other ' : ''}control or unassigned character`)];
  return `${found.filter(Boolean).join(' and ')} in its first ${counted(chars, 'character')}`;
}

/** "1 NUL byte", "3 NUL bytes". */
function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
