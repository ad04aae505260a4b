import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const content = join(import.meta.dirname, '../../../content');
// Interactive zsh treats "#" as a comment only with interactivecomments, which is off by default: a comment line copied there runs
// as a command, where a quote swallows the lines after it, ";" or "&" starts another command, and a glob or "(" aborts the line.
const UNSAFE = /[;'"()*?&|<>`$[\]{}!\\]/;

test('comments in the pages\' shell blocks are safe to paste into zsh, which runs them as commands: on lines of their own, with no quote, separator, glob or bracket', () => {
  const unsafe: string[] = [];
  for (const lang of readdirSync(content)) {
    for (const file of readdirSync(join(content, lang)).filter((f) => f.endsWith('.mdx'))) {
      const text = readFileSync(join(content, lang, file), 'utf8');
      for (const block of text.matchAll(/```sh\n([\s\S]*?)```/g)) {
        for (const line of block[1]!.split('\n')) {
          // Comments stand on lines of their own: after a command, zsh passes their words to it.
          const t = line.trim();
          if (t.startsWith('#') ? UNSAFE.test(t.slice(1)) : /\s#\s/.test(t.replace(/'[^']*'|"[^"]*"/g, ''))) unsafe.push(`${lang}/${file}: ${t}`);
        }
      }
    }
  }
  expect(unsafe).toEqual([]);
});
