import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { allFixtures } from '../../fixtures/fixtures.ts';

const log = allFixtures().find((f) => f.name.endsWith('git-log-p-drop-in-newest-first-slirp4netns-then-pasta.txt'))!.text;
/** The log's commits as `git log` prints them with `--reverse`: the oldest first. */
const reversed = (text: string): string => {
  const [command, ...rest] = text.split('\n');
  const commits = rest.join('\n').split(/\n(?=commit )/);
  return [command!.replace('git log', 'git log --reverse'), ...commits.reverse()].join('\n');
};

describe('a git log -p of a drop-in (review R143 22)', () => {
  test("the newest commit's setting is the file's, though git log shows it first", () => {
    const r = analyze(log);
    expect([r.verdict, r.facts.networkDriver, r.facts.portDriver]).toEqual(['incomplete', 'pasta', 'implicit']);
    expect(r.findings.map((f) => f.id)).not.toContain('facts-disagree');
  });
  test('with --reverse the newest commit comes last, and is read so', () => {
    const r = analyze(reversed(log));
    expect([r.facts.networkDriver, r.facts.portDriver]).toEqual(['pasta', 'implicit']);
  });
  test('a setting the newer commit leaves alone stays as the older commit set it', () => {
    const onlyNet = log.replace('+Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"\n', '');
    expect([analyze(onlyNet).facts.networkDriver, analyze(onlyNet).facts.portDriver]).toEqual(['pasta', 'builtin']);
  });
  test('one commit (git show) and settings outside a log read as before: the later line wins', () => {
    const show = log.slice(log.indexOf('commit 1a2b'));
    expect(analyze(show).facts.networkDriver).toBe('slirp4netns');
    const twice = 'Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns"\n rootless';
    expect(analyze(twice).facts.networkDriver).toBe('slirp4netns');
  });
});
