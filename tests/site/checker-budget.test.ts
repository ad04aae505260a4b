import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { assertBuilt, builds } from '../support/builds.ts';
import { parseHtml } from '../support/html.ts';
import { fileForPath } from '../support/server.ts';
import { gzipSize, pageScripts, staticImports, total } from '../support/weight.ts';

/** Everything the checker page may load as JavaScript, gzip: Preact, the engine and the widget together. */
const budget = 20 * 1024;
const build = builds[0]!;

/** Adds a module and what it imports statically, in gzip bytes per URL. */
function addModule(url: string, sizes: Map<string, number>): void {
  if (sizes.has(url)) return;
  const file = fileForPath(build.dir, build.base, url);
  if (file === null) throw new Error(`${url} is outside the base`);
  const code = readFileSync(file);
  sizes.set(url, gzipSize(code));
  for (const specifier of staticImports(code.toString('utf8'))) addModule(new URL(specifier, new URL(url, 'http://site.invalid')).pathname, sizes);
}

/** The page's scripts plus its islands' component and renderer modules, which Astro loads from attributes rather than <script>. */
function checkerScripts(path: string): Map<string, number> {
  const root = parseHtml(readFileSync(`${build.dir}/${path}index.html`, 'utf8'));
  const sizes = pageScripts(build, root);
  for (const island of root.querySelectorAll('astro-island')) {
    for (const attribute of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = island.getAttributeValue(attribute);
      if (url) addModule(url, sizes);
    }
  }
  return sizes;
}

describe('checker JavaScript budget (gzip)', () => {
  assertBuilt(build);

  test.each(['checker/', 'embed/checker/'])(`%s loads at most ${budget} B of JavaScript`, (path) => {
    const sizes = checkerScripts(path);
    console.log(`${path}: ${total(sizes)} B gzip`, Object.fromEntries(sizes));
    expect([...sizes.keys()].some((url) => url.includes('Checker'))).toBe(true);
    expect(total(sizes), JSON.stringify(Object.fromEntries(sizes))).toBeLessThanOrEqual(budget);
  });
});
