import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const content = join(import.meta.dirname, '../../../content');
// Interactive zsh treats "#" as a comment only with interactivecomments, which is off by default: a comment line copied there runs
// as a command, where a quote swallows the lines after it, ";" or "&" starts another command, and a glob or "(" aborts the line.
const UNSAFE = /[;'"()*?&|<>`$[\]{}!\\]/;

test('comments in the pages\' shell blocks are safe to paste into zsh, which runs them as commands', () => {
  const unsafe: string[] = [];
  for (const lang of readdirSync(content)) {
    for (const file of readdirSync(join(content, lang)).filter((f) => f.endsWith('.mdx'))) {
      const text = readFileSync(join(content, lang, file), 'utf8');
      for (const block of text.matchAll(/```sh\n([\s\S]*?)```/g)) {
        for (const line of block[1]!.split('\n')) {
          // A comment of its own, or one after a command.
          const t = line.trim();
          const at = t.startsWith('#') ? 0 : t.indexOf(' #');
          if (at >= 0 && UNSAFE.test(t.slice(at + 1))) unsafe.push(`${lang}/${file}: ${t}`);
        }
      }
    }
  }
  expect(unsafe).toEqual([]);
});
