/** npm run bench: median analyze() time per fixture and for two 1 MB pastes, and the engine's browser bundle size. */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { analyze } from '../src/engine/index.ts';
import { allFixtures } from '../tests/fixtures/fixtures.ts';

const root = join(import.meta.dirname, '..');

/** Median and fastest wall time of `runs` calls, in milliseconds (after a warm-up). */
function time(fn: () => unknown, runs: number): { median: number; min: number } {
  for (let i = 0; i < Math.min(runs, 20); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]! };
}

const fixtures = allFixtures();

// On a shared machine the median suffers from other load; the fastest run shows what the code itself costs.
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs`);
console.log('median analyze() time per fixture (ms)');
const medians = fixtures.map((f) => ({ ...f, ms: time(() => analyze(f.text), 200).median }));
for (const f of medians) console.log(`  ${f.ms.toFixed(3).padStart(7)}  ${f.name}  (${f.text.length} chars)`);
const sorted = medians.map((f) => f.ms).sort((a, b) => a - b);
console.log(`  median over fixtures: ${sorted[Math.floor(sorted.length / 2)]!.toFixed(3)} ms, slowest: ${sorted.at(-1)!.toFixed(3)} ms`);

const all = fixtures.map((f) => f.text).join('\n');
const mb = all.repeat(Math.ceil(1_048_576 / all.length)).slice(0, 1_048_576);
const big = time(() => analyze(mb), 25);
console.log(`1 MB paste (fixtures repeated, ${mb.split('\n').length} lines): ${big.median.toFixed(1)} ms median, ${big.min.toFixed(1)} ms fastest`);

// A long paste as people post one: the daemon's journal, where few lines say anything the checker reads (the fixtures, repeated, are
// nothing but such lines: the worst case).
const journalLine = (i: number): string =>
  `Dec 03 12:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} host dockerd-rootless.sh[1234]: ` +
  `time="2026-12-03T12:00:00.${String(i).padStart(9, '0')}Z" level=info msg="ignoring event" container=${i.toString(16).padStart(12, '0')} ` +
  'module=libcontainerd namespace=moby topic=/tasks/delete type="*events.TaskDelete"';
const journal = Array.from({ length: Math.ceil(1_048_576 / 190) }, (_, i) => journalLine(i)).join('\n').slice(0, 1_048_576);
const log = time(() => analyze(journal), 25);
console.log(`1 MB of a daemon's journal (${journal.split('\n').length} lines): ${log.median.toFixed(1)} ms median, ${log.min.toFixed(1)} ms fastest`);

for (const entry of ['src/engine/core.ts', 'src/engine/index.ts']) {
  const out = await build({ entryPoints: [join(root, entry)], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' });
  const bytes = out.outputFiles[0]!.contents;
  console.log(`bundle ${entry}: ${bytes.length} B minified, ${gzipSync(bytes, { level: 9 }).length} B gzip`);
}
