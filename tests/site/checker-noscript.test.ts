import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { assertBuilt, builds } from '../support/builds.ts';
import { langs, routeUrl } from '../support/pages.ts';

/** The HTML a browser without JavaScript shows in place of the island: the page's <noscript> contents. */
const noscript = (html: string): string => /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';

describe.each(builds)('the checker pages without JavaScript, $name build', (build) => {
  assertBuilt(build);
  const html = (url: string): string => readFileSync(join(build.dir, url.slice(build.base.length), 'index.html'), 'utf8');

  test.each(langs)('%s: the full page says how to decide by hand, with commands as code, above its decision table', (lang) => {
    const page = html(routeUrl(build, lang, 'checker'));
    expect(noscript(page)).toContain('<code');
    expect(noscript(page)).not.toContain('`');
    expect(page.indexOf('<table', page.indexOf('<noscript>'))).toBeGreaterThan(0);
  });

  test.each(langs)('%s: the embed, which has no decision table, points to the full page for it', (lang) => {
    const page = html(routeUrl(build, lang, 'embed/checker'));
    expect(page).not.toContain('<table');
    expect(noscript(page)).toContain('<code');
    expect(noscript(page)).not.toContain('`');
    expect(noscript(page)).not.toMatch(/below|下面/);
    expect(page).toContain(`href="${routeUrl(build, lang, 'checker')}"`);
  });

  test.each(langs)('%s: the embed links to the notes on embedding it (size, sandbox, clipboard)', (lang) => {
    expect(html(routeUrl(build, lang, 'embed/checker'))).toContain(`href="${routeUrl(build, lang, 'checker')}#embedding"`);
  });
});
