import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn as zhCnMessages } from '../../../src/engine/messages/zh-cn.ts';
import { Findings } from '../../../src/islands/checker/Findings.tsx';
import { samples } from '../../../src/islands/checker/samples.ts';
import { en } from '../../../src/islands/checker/strings-en.ts';
import { zhCn } from '../../../src/islands/checker/strings-zh-cn.ts';

const affected = samples.find((sample) => sample.id === 'affected')!.text;

// Review 98 #6(a): the articles show flags, scripts, variables and paths as code; the checker's findings, in both languages, too.
test.each([
  ['en', analyze(affected), en],
  ['zh-cn', analyzeWith(zhCnMessages, affected), zhCn],
] as const)('%s: a finding shows its flags and variables as code, and a pasta release as a version, not code', (_lang, result, s) => {
  /** The rendered detail of one finding. */
  const detail = (id: string) => {
    const main = result.findings.filter((f) => f.id === id);
    const html = renderToString(h(Findings, { main, also: [], docs: (path: string) => path, onShow: () => {}, s }));
    return /<\/h3><p>(.*?)<\/p>/.exec(html)?.[1] ?? '';
  };
  expect(detail('affected')).toContain('<code class="nowrap">--host-lo-to-ns-lo</code>');
  // A pasta release is a version, kept whole but not code.
  expect(detail('affected')).toMatch(/<span class="nowrap">\d{4}_\d\d_\d\d\.[0-9a-f]+<\/span>/);
  // A long variable is code that may still break after each "_" on a phone.
  expect(detail('mtu-1500')).toContain('<code>DOCKERD_<wbr/>ROOTLESS_<wbr/>ROOTLESSKIT_<wbr/>NET</code>');
  expect(detail('workaround-nftables')).toContain('<code class="nowrap">-p 0.0.0.0:8080:80</code>');
});
