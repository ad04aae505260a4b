import { describe, expect, test } from 'vitest';
import { analyzeWith } from '../../../src/engine/core.ts';
import { en } from '../../../src/engine/messages/en.ts';
import type { Messages } from '../../../src/engine/messages/types.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { allFixtures } from '../../fixtures/fixtures.ts';

/** What is wrong with a fix as a copyable box: an elision the shell would take literally, or nothing but comments. */
function problems(fix: string): string[] {
  const found: string[] = [];
  if (/…|\.\.\./.test(fix)) found.push('holds "…" or "...", which fails when run');
  if (fix.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('#'))) found.push('holds only comments');
  return found;
}

describe.each([
  ['en', en],
  ['zh-cn', zhCn],
] as const)('every fix in the %s catalogue runs as copied', (_, messages: Messages) => {
  const findings = allFixtures().flatMap((fixture) => analyzeWith(messages, fixture.text).findings.map((finding) => ({ fixture: fixture.name, finding })));

  test('no fix over every fixture holds an elision or only comments', () => {
    const bad = findings.flatMap(({ fixture, finding }) => (finding.fix ? problems(finding.fix).map((p) => `${fixture} ${finding.id}: ${p}`) : []));
    expect([...new Set(bad)]).toEqual([]);
  });

  test('comments in fixes are safe in interactive zsh, which reads them as words: on lines of their own, with no quote, separator, glob or bracket', () => {
    // Without interactivecomments (zsh's default) "#" starts no comment: a quote swallows the lines after it, ";" runs the rest.
    const unsafe = findings.flatMap(({ finding }) =>
      (finding.fix ?? '').split('\n').flatMap((line) => {
        // A comment after a command would pass its words to the command: comments stand on lines of their own.
        if (!line.startsWith('#')) return /\s#\s/.test(line.replace(/'[^']*'|"[^"]*"/g, '')) ? [`${finding.id}: ${line}`] : [];
        return /[;'"()*?&|<>`$[\]{}!\\]/.test(line) ? [`${finding.id}: ${line}`] : [];
      }),
    );
    expect([...new Set(unsafe)]).toEqual([]);
  });

  test('the fixtures reach the findings whose fixes once failed this', () => {
    const seen = new Set(findings.map(({ finding }) => finding.id));
    for (const id of ['host-loopback-leak', 'ipv6-loopback-not-forwarded', 'secondary-loopback', 'workaround-nftables']) expect(seen).toContain(id);
  });
});
