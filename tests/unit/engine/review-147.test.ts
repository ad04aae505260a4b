// What review R147 found.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

const component = (version: string, quote = ''): string => [' rootlesskit:', `  Version:          ${version}`, '  NetworkDriver:    pasta'].map((l) => quote + l).join('\n');

test("Terraform's provisioner prefix is taken off every line, as a shared prefix (R147 08)", () => {
  const prefixed = (address: string): string =>
    [component('2.0.2'), 'pasta 2024_08_21.1d6142f', 'Copyright Red Hat'].join('\n').split('\n').map((l) => `${address} (local-exec): ${l}`).join('\n');
  for (const address of ['null_resource.x', 'module.ci["a"].null_resource.check[0]']) {
    const r = analyze(prefixed(address));
    expect([r.verdict, r.facts.pastaDate], address).toEqual(['not-affected', '2024-08-21']);
  }
});

test("a mail's quote of the message it answers is another's, under a client's line in another language or none (R147 10)", () => {
  const reply = (header: string): string => `${component('2.3.2')}\n\n${header}${component('2.3.1', '> ')}\n`;
  for (const header of [
    'Den tirs. 11. feb. 2025 kl. 14.03 skrev Mette Holm <mette.holm@example.dk>:\n',
    'Am Di., 11. Feb. 2025 um 14:03 Uhr schrieb Mette Holm <mette@example.de>:\n',
    'Le mar. 11 févr. 2025 à 14:03, Mette Holm <mette@example.fr> a écrit :\n',
    '',
  ]) {
    const r = analyze(reply(header));
    expect([r.verdict, r.facts.rootlesskitVersion], header).toEqual(['fixed', '2.3.2']);
  }
  // A quote that shows the fact more directly than the reader's lines above is the state after, quoted back in an answer.
  const after = analyze('passt-0^20230818.g0af928e-4.el9.x86_64\n\nnow green\n\n> passt 0^20240405.g954589b-1\n');
  expect(after.facts.pastaDate).toBe('2024-04-05');
});

test('a port published on all addresses that the line says works is the contrast, not the port that reset (R147 11)', () => {
  const r = analyze('curl http://127.0.0.1:9000 gives "Connection reset by peer", same container with -p 9000:9000 works\n');
  expect(r.findings.find((f) => f.id === 'connection-reset-seen')!.detail).not.toContain('all addresses');
  expect(analyze('docker run -d -p 9000:9000 app\ncurl http://127.0.0.1:9000: Connection reset by peer\n').findings.find((f) => f.id === 'connection-reset-seen')!.detail).toContain('all addresses');
});

test("dpkg-query's answer that no slirp4netns package is installed is read as slirp4netns missing (R147 09)", () => {
  const r = analyze('Server Version: 29.1.3\nSecurity Options:\n  rootless\n$ dpkg -l slirp4netns\ndpkg-query: no packages found matching slirp4netns\n');
  expect(r.findings.find((f) => f.id === 'need-network-driver')!.detail).toContain('No slirp4netns was found');
});
