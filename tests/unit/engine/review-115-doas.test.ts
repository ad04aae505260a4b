// Review 115 #2: doas in the fixes only where the reader's own doas ran. Not where the shell or doas answered that it cannot (not
// installed, not permitted), nor where doas stands only in a quote (another's post, the guide's example), nor beside sudo that ran.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import type { Result } from '../../../src/engine/types.ts';
import { fixturesDir } from '../../fixtures/fixtures.ts';

const both = (text: string): Result[] => [analyze(text), analyzeWith(zhCn, text)];
const allFixes = (r: Result): string => r.findings.map((f) => f.fix ?? '').join('\n');
const paste = (name: string): string => readFileSync(join(fixturesDir, 'synthetic', name), 'utf8');
// RootlessKit 2.3.1 on pasta and a reset: the fixes install slirp4netns and run nft as root.
const AFFECTED = ' rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta\n  PortDriver:       implicit\n$ curl http://127.0.0.1:8080\ncurl: (56) Recv failure: Connection reset by peer\n';
const session = (before: string): string => `${before}$ docker version | grep -A4 rootlesskit\n${AFFECTED}`;

/** Asserts that every root command of the fixes for `text` (in both languages) runs with `tool`, and none with the other. */
function rootWith(text: string, tool: 'sudo' | 'doas'): void {
  for (const r of both(text)) {
    expect(allFixes(r)).toMatch(new RegExp(`^${tool} nft `, 'm'));
    expect(allFixes(r)).not.toMatch(tool === 'sudo' ? /\bdoas\b/ : /\bsudo\b/);
  }
}

test.each([
  ['doas-not-found-then-sudo-pasta-rootlesskit-2.3.1-reset.txt'],
  ['quoted-others-doas-reader-ubuntu-pasta-rootlesskit-2.3.1-reset.txt'],
  ['guide-example-doas-quoted-reader-debian-pasta-rootlesskit-2.3.1-reset.txt'],
  ['alpine-prompt-doas-not-permitted-then-sudo-pasta-rootlesskit-2.3.1-reset.txt'],
])('%s: the fixes run their root commands with sudo, not doas', (name) => rootWith(paste(name), 'sudo'));

test.each([
  ['not installed (ash)', '$ doas apk add slirp4netns\n-ash: doas: not found\n'],
  ['not installed (zsh)', '$ doas apk add slirp4netns\nzsh: command not found: doas\n'],
  ['not permitted', '$ doas apk add slirp4netns\ndoas: Operation not permitted\n'],
  ['a wrong password', '$ doas apk add slirp4netns\ndoas (alice@alpine) password:\ndoas: Authentication failed\n'],
  ['sudo ran after it', '$ doas apk add slirp4netns\n$ sudo apk add slirp4netns\nOK: 214 MiB in 92 packages\n'],
])('doas that did not run, %s: sudo stays', (_, before) => rootWith(session(before), 'sudo'));

test("Alpine's ash prompt (\"alpine:~$ \") before doas that ran: read as typed, so the fixes use doas", () =>
  rootWith(paste('alpine-prompt-doas-typed-pasta-rootlesskit-2.3.1-reset.txt'), 'doas'));

test.each([
  ['typed and run', '$ doas apk add slirp4netns\nOK: 214 MiB in 92 packages\n'],
  ['its password prompt', '$ doas apk add slirp4netns\ndoas (alice@alpine) password:\nOK: 214 MiB in 92 packages\n'],
  ['beside sudo that was refused', '$ sudo apk add slirp4netns\nalice is not in the sudoers file.  This incident will be reported.\n$ doas apk add slirp4netns\nOK: 214 MiB in 92 packages\n'],
  ['beside sudo refused after its password', '$ sudo apk add slirp4netns\n[sudo] password for alice:\nalice is not in the sudoers file.\n$ doas apk add slirp4netns\nOK: 214 MiB in 92 packages\n'],
])('doas that ran, %s: the fixes use doas', (_, before) => rootWith(session(before), 'doas'));
