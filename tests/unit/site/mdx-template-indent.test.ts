import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const contentDir = join(import.meta.dirname, '../../../content');
const pages = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));

// MDX removes up to two spaces from the start of every continuation line of a multi-line attribute expression
// (mdx-js/mdx#2574), so a code sample written flush left loses its own indentation: docker's nesting, a loop's body.
// The pages indent those lines by two extra spaces, which MDX takes away again.
test.each(pages)('%s: every continuation line of a multi-line code={`…`} or text={`…`} is indented for MDX to dedent', (file) => {
  const source = readFileSync(join(contentDir, file), 'utf8');
  const flush = [...source.matchAll(/=\{`([^`]*)`\}/g)].flatMap((m) => m[1]!.split('\n').slice(1)).filter((line) => line.trim() !== '' && !line.startsWith('  '));
  expect(flush).toEqual([]);
});
