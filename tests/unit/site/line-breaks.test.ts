import fc from 'fast-check';
import { expect, test } from 'vitest';
import { codeRuns, slashPieces, unbrokenLength } from '../../../src/components/content/line-breaks.ts';

/** The runs as InlineCode marks them up: "[kept whole]", "|" for a <wbr>. */
const shown = (code: string) => codeRuns(code).map((run) => (run.whole ? `[${run.text}]` : run.text) + (run.breakAfter ? '|' : '')).join('');

test('short code stays whole, spaces and all', () => {
  expect(shown('--ipv6')).toBe('[--ipv6]');
  expect(shown('dpkg -s passt')).toBe('[dpkg -s passt]');
  expect(shown('--disable-host-loopback')).toBe('[--disable-host-loopback]');
});

test('longer code breaks between words, each word kept whole', () => {
  expect(shown('systemctl --user daemon-reload && systemctl --user restart docker')).toBe(
    '[systemctl] [--user] [daemon-reload] [&&] [systemctl] [--user] [restart] [docker]',
  );
});

test('a long word breaks after "/", "_" or "=", not after a leading "/" nor before a digit', () => {
  expect(shown('DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta')).toBe('[DOCKERD_]|[ROOTLESS_]|[ROOTLESSKIT_]|[NET=]|[pasta]');
  expect(shown('/home/user/.config/systemd/user/docker.service')).toBe('[/home/]|[user/]|[.config/]|[systemd/]|[user/]|[docker.service]');
  expect(shown('--userns=/proc/PID/ns/user/and/more/parts')).toBe('[--userns=/]|[proc/]|[PID/]|[ns/]|[user/]|[and/]|[more/]|[parts]');
  expect(shown('passt-0^20240906.g6b38f07-1.fc40.x86_64')).toBe('passt-0^20240906.g6b38f07-1.fc40.x86_64');
});

test('a long word with nowhere to break is left to the browser', () => {
  expect(shown('docker-rootless-extras-<version>.tgz')).toBe('docker-rootless-extras-<version>.tgz');
});

test('the runs spell the code exactly, so copying it gives the original characters', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', '-', '/', '_', '=', ' ', '.', '1'), maxLength: 80 }), (code) => {
      const runs = codeRuns(code);
      expect(runs.map((run) => run.text).join('')).toBe(code);
      for (const run of runs) if (run.whole) expect(run.text.length).toBeLessThanOrEqual(unbrokenLength);
    }),
  );
});

test('link text breaks after each "/" inside a word', () => {
  expect(slashPieces('moby hack/dockerfile/install/rootlesskit.installer')).toEqual(['moby hack/', 'dockerfile/', 'install/', 'rootlesskit.installer']);
  expect(slashPieces('passt(1) / pasta(1) manual page')).toEqual(['passt(1) / pasta(1) manual page']);
});
