import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '../../..');

/** An entry as the browser gets it (bundled, minified, ES module): its gzip size, its text and the files it pulls in. */
async function bundle(entry: string): Promise<{ gzip: number; text: string; inputs: string[] }> {
  const out = await build({ entryPoints: [join(root, entry)], absWorkingDir: root, bundle: true, minify: true, format: 'esm', write: false, metafile: true, logLevel: 'silent' });
  const file = out.outputFiles[0]!;
  return { gzip: gzipSync(file.contents, { level: 9 }).length, text: file.text, inputs: Object.keys(out.metafile.inputs) };
}

// The targets are 8 KB for the engine and 20 KB of JavaScript for the whole /checker/ page: Preact (~4.5 KB), the
// widget (~4 KB) and the engine with one catalogue (so about 11.5 KB). The engine does not meet them yet: it reads
// every input form and checks every neighbouring problem (12.0 KB without a catalogue, 16.5 KB with English when these
// were set). The ceilings sit just above those figures, so that it can only shrink.
const budgets = { core: 12_300, withEnglish: 16_800 };

test('engine without a catalogue (what a page in another language loads with its own)', async () => {
  expect((await bundle('src/engine/core.ts')).gzip).toBeLessThanOrEqual(budgets.core);
});

test('engine with the English catalogue (src/engine/index.ts)', async () => {
  expect((await bundle('src/engine/index.ts')).gzip).toBeLessThanOrEqual(budgets.withEnglish);
});

test('the engine reads only the lean data (data/core): no page prose and no source URL reach the browser', async () => {
  const { text, inputs } = await bundle('src/engine/index.ts');
  expect(inputs.filter((f) => f.startsWith('src/engine/data/') && !f.startsWith('src/engine/data/core/'))).toEqual([]);
  expect(text).not.toContain('https://');
});

test('the CLI stays out of the engine bundle', async () => {
  const out = await build({ entryPoints: [join(root, 'src/engine/index.ts')], bundle: true, write: false, metafile: true, logLevel: 'silent' });
  expect(Object.keys(out.metafile.inputs).filter((f) => !f.startsWith('src/engine/'))).toEqual([]);
});
