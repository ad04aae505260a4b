import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { passt, releasePasst } from '../../../src/engine/data/core/passt.ts';
import { dockerBundles } from '../../../src/engine/data/index.ts';
import { parsePastaVersion } from '../../../src/engine/version.ts';

const root = join(import.meta.dirname, '../../..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

// Versions, passt tags and dates belong in src/engine/data; code and messages read them from there.
// Comments may show example formats. Four-part numbers (127.0.0.1) are addresses, not versions.
test('no version, passt tag or date literal in src/engine (outside data/), src/cli or src/islands', () => {
  const offenders: string[] = [];
  for (const file of [...files(join(root, 'src/engine')), ...files(join(root, 'src/cli')), ...files(join(root, 'src/islands'))]) {
    if (file.includes('/src/engine/data/')) continue;
    // Imports name files (a fixture's name carries its versions), not versions.
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
      .replace(/^import .*$/gm, '');
    for (const m of code.matchAll(/\d[\d.]*\d|\d{4}_\d\d_\d\d|\b20\d\d-\d\d-\d\d\b/g)) {
      const parts = m[0].split('.');
      if (m[0].includes('_') || m[0].includes('-') || (parts.length === 3 && parts.every((p) => /^\d+$/.test(p)))) {
        offenders.push(`${relative(root, file)}: ${m[0]}`);
      }
    }
  }
  expect(offenders).toEqual([]);
});

test('the engine imports nothing from Node, Astro or the DOM', () => {
  for (const file of files(join(root, 'src/engine'))) {
    const imports = [...readFileSync(file, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
    for (const spec of imports) expect(`${relative(root, file)} → ${spec}`).toMatch(/→ \.{1,2}\//);
  }
});

test("each Docker → RootlessKit row links to where its release pins RootlessKit: the installer at that release's tag, not master's", () => {
  const installer = (tag: string) => `https://github.com/moby/moby/blob/${tag}/hack/dockerfile/install/rootlesskit.installer`;
  const sourceOf = (first: string) => dockerBundles.find((b) => b.first === first)?.source;
  expect(sourceOf('27.3.0')).toBe(installer('v27.3.0'));
  // moby tags the 29.x line docker-v29.x.y (moby#51685).
  expect(sourceOf('29.0.0')).toBe(installer('docker-v29.0.0'));
  expect(dockerBundles.filter((b) => b.source.includes('/blob/master/'))).toEqual([]);
});

test("the passt each stable release ships predates the change, as the affected finding says of it", () => {
  for (const r of releasePasst) expect([r.release, (parsePastaVersion(r.version)?.date ?? '') < passt.change.date]).toEqual([r.release, true]);
});
