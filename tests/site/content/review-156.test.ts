import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlElement } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { rootlesskit } from '../../../src/engine/data/core/rootlesskit.ts';
import { assertBuilt, builds } from '../../support/builds.ts';
import { parseHtml } from '../../support/html.ts';
import { langs, routeUrl } from '../../support/pages.ts';

const build = builds[0]!;

/** A page of the root build, parsed. */
const page = (lang: (typeof langs)[number], slug: string): HtmlElement =>
  parseHtml(readFileSync(join(build.dir, routeUrl(build, lang, slug).slice(build.base.length), 'index.html'), 'utf8'));

/** The text of a section: what follows its heading's wrapper (AnchoredHeading) up to the next heading's. */
function section(root: HtmlElement, id: string): string {
  const texts: string[] = [];
  for (let node = root.querySelector(`[id="${id}"]`)?.parent?.nextSibling; node; node = node.nextSibling) {
    if (node.querySelector('h2[id], h3[id]')) break;
    texts.push(node.textContent);
  }
  return texts.join('\n');
}

// Review R156 of the articles against the vetted facts.
describe.each(langs)('%s', (lang) => {
  assertBuilt(build);

  test('the fix for --host-lo-to-ns-lo in FLAGS takes the option out, and keeps the other flags (R156 MED 1)', () => {
    const text = section(page(lang, 'troubleshooting'), 'flags-pasta-option');
    expect(text).toContain("sed -i 's/ *--host-lo-to-ns-lo//g' ~/.config/systemd/user/docker.service.d/*.conf");
    // Set again to nothing, it would drop every other flag it held.
    expect(text).not.toContain('DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS="\n');
  });

  test('the firewall unit loads after nftables.service, again when it restarts, and the page says what flushes it (R156 MED 2)', () => {
    const text = section(page(lang, 'security'), 'nftables');
    expect(text).toContain('After=local-fs.target nftables.service');
    expect(text).toContain('PartOf=nftables.service');
    expect(section(page(lang, 'security'), 'what-it-protects-and-what-it-does-not')).toContain('systemctl restart rootless-ports-firewall');
  });

  test('whether RootlessKit\'s IPv6 fix reaches Docker is not verified, as every page says (R156 LOW 3)', () => {
    const row = page(lang, 'compatibility').querySelectorAll('tr').find((tr) => tr.textContent.includes('::1'));
    expect(row?.textContent).toMatch(/not verified|尚未核实/);
  });

  test('the probe\'s 126 says nothing of pasta\'s release (R156 LOW 7)', () => {
    expect(section(page(lang, 'diagnostics'), 'probe')).toMatch(/`?126`?[:：]/);
  });
});

describe.each(langs)('%s: /problem/', (lang) => {
  assertBuilt(build);

  test('says in its lead which release fixed it, and links to the remediation and the checker (R156 LOW 5)', () => {
    const html = readFileSync(join(build.dir, routeUrl(build, lang, 'problem').slice(build.base.length), 'index.html'), 'utf8');
    const article = html.slice(html.indexOf('<article'));
    const lead = article.slice(0, article.indexOf('id="symptom"'));
    expect(lead).toContain(`RootlessKit v${rootlesskit.hostLoToNsLo.version}`);
    expect(lead).toContain(`href="${routeUrl(build, lang, 'remediation')}"`);
    expect(lead).toContain(`href="${routeUrl(build, lang, 'checker')}"`);
  });
});
