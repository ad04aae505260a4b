import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { HtmlElement } from 'html-validate';
import type { Build } from './builds.ts';
import { fileForPath } from './server.ts';

/** Gzipped size of a string or file contents, as a static host with compression would send it. */
export function gzipSize(content: string | Buffer): number {
  return gzipSync(content).length;
}

/** Bytes of one built asset named by a site-absolute URL; throws when it is not in the build. */
function assetBytes(build: Build, url: string): Buffer {
  const file = fileForPath(build.dir, build.base, new URL(url, 'http://site.invalid').pathname);
  if (file === null) throw new Error(`${url} is outside the base ${build.base}`);
  return readFileSync(file);
}

/** Specifiers of the static imports of an ES module (`import … from "x"`, `import "x"`, `export … from "x"`); dynamic import() is not followed. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)].map((match) => match[1]!);
}

/** Specifiers of the dynamic imports of an ES module (`import("x")`, with any quotes: Vite writes backticks), which load later, on demand. */
export function dynamicImports(code: string): string[] {
  return [...code.matchAll(/\bimport\(\s*[`"']([^`"']+)[`"']\s*\)/g)].map((match) => match[1]!);
}

/** Adds a module and, transitively, everything it imports statically (all of it loads before the page can react). */
function addModule(build: Build, url: string, sizes: Map<string, number>): void {
  if (sizes.has(url)) return;
  const bytes = assetBytes(build, url);
  sizes.set(url, gzipSize(bytes));
  for (const specifier of staticImports(bytes.toString('utf8'))) addModule(build, new URL(specifier, new URL(url, 'http://site.invalid')).pathname, sizes);
}

/** JavaScript a page loads before interaction, in gzip bytes per piece: inline scripts, script src and module preloads with their static imports. */
export function pageScripts(build: Build, root: HtmlElement): Map<string, number> {
  const sizes = new Map<string, number>();
  let inline = 0;
  for (const script of root.querySelectorAll('script')) {
    const type = script.getAttributeValue('type');
    if (type !== null && type !== 'module' && !type.includes('javascript')) continue;
    const src = script.getAttributeValue('src');
    if (src !== null) {
      addModule(build, src, sizes);
      continue;
    }
    sizes.set(`inline script ${(inline += 1)}`, gzipSize(script.textContent));
    if (type === 'module') {
      for (const specifier of staticImports(script.textContent)) addModule(build, specifier, sizes);
    }
  }
  for (const link of root.querySelectorAll('link[rel="modulepreload"]')) {
    const href = link.getAttributeValue('href');
    if (href !== null) addModule(build, href, sizes);
  }
  return sizes;
}

/** CSS a page loads, in gzip bytes per piece: inline <style> and linked stylesheets. */
export function pageStyles(build: Build, root: HtmlElement): Map<string, number> {
  const sizes = new Map<string, number>();
  root.querySelectorAll('style').forEach((style, index) => sizes.set(`inline style ${index + 1}`, gzipSize(style.textContent)));
  for (const link of root.querySelectorAll('link[rel="stylesheet"]')) {
    const href = link.getAttributeValue('href');
    if (href !== null) sizes.set(href, gzipSize(assetBytes(build, href)));
  }
  return sizes;
}

/** Sum of a size map. */
export function total(sizes: ReadonlyMap<string, number>): number {
  return [...sizes.values()].reduce((sum, size) => sum + size, 0);
}
