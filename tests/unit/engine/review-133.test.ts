// Review R133: two regressions of review R132's fixes. A page's <blockquote> holds another's output, which only its tag tells: split at it,
// another's docker version became the reader's running daemon. A daemon that answered with pasta before a restart or an upgrade says
// nothing of the pasta that failed after: the AppArmor finding stays where pasta, RootlessKit, the unit or the daemon failed since, or
// where the kernel logged AppArmor denying pasta.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import type { Result } from '../../../src/engine/types.ts';

const both = (text: string): Result[] => [analyze(text), analyzeWith(zhCn, text)];
const fixture = (file: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', file), 'utf8');
const apparmor = (r: Result) => r.findings.find((f) => f.id === 'ubuntu-apparmor');

// Page source: another's docker version on one line in a <blockquote> (RootlessKit 2.3.2, pasta), then the reader's rootlesskit 2.3.1 and a
// reset (review R133 v14c; not a fixture: folded at 80 columns, as property.test.ts folds every fixture, the quote's lines lose its tag).
const QUOTED = [
  '<p>@bob wrote:</p><blockquote>Client: Docker Engine - Community Version: 28.0.1 Server: Docker Engine - Community Engine: Version: 28.0.1 rootlesskit: Version: 2.3.2 ApiVersion: 1.1.1 NetworkDriver: pasta StateDir: /run/user/1000/dockerd-rootless</blockquote><p>Mine:</p><pre><code>$ rootlesskit --version\n',
  'rootlesskit version 2.3.1\n',
  '$ curl http://127.0.0.1:8080\n',
  'curl: (56) Recv failure: Connection reset by peer</code></pre>\n',
].join('');

test("another's docker version in a page's <blockquote> is not the reader's daemon: the reader's RootlessKit 2.3.1 is not fixed", () => {
  for (const r of both(QUOTED)) {
    expect(r.verdict).not.toBe('fixed');
    expect(r.facts.rootlesskitVersion).toBe('2.3.1');
  }
});

test('AppArmor denying pasta in the kernel log keeps the finding beside a daemon that answered with pasta, and is its evidence', () => {
  for (const r of both(fixture('ubuntu-2404-docker-version-pasta-dmesg-apparmor-denied-pasta.txt'))) {
    expect(apparmor(r)?.evidence.map((e) => e.text).join('\n')).toContain('apparmor="DENIED"');
  }
});

test('a unit that failed after an upgrade keeps the AppArmor finding beside the docker version from before it', () => {
  for (const r of both(fixture('ubuntu-2404-docker-version-pasta-upgrade-restart-failed.txt'))) expect(apparmor(r)).toBeDefined();
});

test("another's docker version in a <blockquote> with <br> line ends, after \"@bob wrote:\", is his quote: the reader's RootlessKit 2.3.1 is not fixed", () => {
  for (const r of both(fixture('html-blockquote-others-docker-version-br-own-rootlesskit-2.3.1-reset.txt'))) {
    expect(r.verdict).toBe('incomplete');
    expect(r.facts.rootlesskitVersion).toBe('2.3.1');
    expect(r.findings.map((f) => f.id)).not.toContain('facts-disagree');
  }
});

test("the reader's own docker version in a <blockquote>, with no one's name before it, is read as a \"> \" quote of one's own is", () => {
  const own = 'Fixed it by upgrading to docker-ce 29.1.3. Output:';
  const version = 'Client: Docker Engine - Community Version: 29.1.3 Server: Docker Engine - Community Engine: Version: 29.1.3 rootlesskit: Version: 2.3.5 ApiVersion: 1.1.1 NetworkDriver: pasta';
  const [r, quoted] = [analyze(`<div><p>${own}</p><blockquote>${version}</blockquote></div>`), analyze(`${own}\n> ${version}`)];
  expect(r.verdict).toBe('fixed');
  expect([r.verdict, r.certainty, r.facts.rootlesskitVersion]).toEqual([quoted.verdict, quoted.certainty, quoted.facts.rootlesskitVersion]);
});
