// What the hundred-and-third review found in this round's engine changes: sudo's docker read as the rootless daemon's answer, a user's
// lower-cased "[warning]" log line taken for the checker's own finding, a port refused on an address that only ends in the namespace's,
// a port-manager hint beside a driver without one, and pasta's option in FLAGS quoted without the FLAGS name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

const paste = (name: string): string => readFileSync(join(import.meta.dirname, 'review-103', name), 'utf8');

describe("sudo's docker asks the system-wide daemon (sudo resets DOCKER_HOST): its formatted answer is not the rootless daemon's", () => {
  test('sudo docker info -f after a rootless drop-in gives no version, so no RootlessKit inferred from it', () => {
    expect(analyze(paste('f12-sudo-only-security.txt'))).toMatchObject({ verdict: 'incomplete', facts: { dockerServerVersion: null, rootlesskitVersion: null } });
  });
  test("sudo docker version -f beside pasta's argv: pasta's own version still decides, not a RootlessKit inferred from Docker 28.0.1", () => {
    expect(analyze(paste('f01-sudo-format.txt'))).toMatchObject({ verdict: 'affected', facts: { dockerServerVersion: null } });
    // The guide's own check asked with sudo is the same question to the same other daemon.
    const guide = paste('f01-sudo-format.txt').replace("sudo docker version -f '{{.Server.Version}}'", "sudo docker version --format '{{.Server.Version}}'");
    expect(analyze(guide).facts.dockerServerVersion).toBeNull();
  });
  test("after the rootless docker version, sudo docker info's version is no second value of the same daemon", () => {
    const r = analyze(paste('f11-sudo-info-after-rootless.txt'));
    expect(r.facts.dockerServerVersion).toBe('27.3.1');
    expect(r.findings.map((f) => f.id)).not.toContain('facts-disagree');
  });
});

describe("a log line with a severity word in brackets is the user's, not a finding of the checker's quoted alone", () => {
  const outcome = (name: string) => {
    const r = analyze(paste(name));
    return { verdict: r.verdict, networkDriver: r.facts.networkDriver, rootlesskitVersion: r.facts.rootlesskitVersion };
  };
  const read = { verdict: 'affected', networkDriver: 'pasta', rootlesskitVersion: '2.3.1' };
  test("Elixir Logger's lower-cased [warning] before docker version: the version is read, with or without a finding quoted after it", () => {
    expect(outcome('r06-elixir-warning-then-version.txt')).toEqual(read);
    expect(outcome('r09-elixir-then-capital-finding.txt')).toEqual(read);
  });
  test("MySQL's capitalised [Warning] before docker version: the finding quoted after it ends at its own guide line, not at the log line", () => {
    expect(outcome('r10-mysql-capital-then-finding.txt')).toEqual(read);
  });
  test('a finding lower-cased whole, quoted alone, is still the report: its commands are not the settings', () => {
    expect(analyze(paste('r05-finding-alone-lower.txt')).facts).toMatchObject({ networkDriver: 'slirp4netns', portDriver: 'builtin' });
  });
});

describe("a port refused on the namespace's own address hints at RootlessKit's port manager only for the daemon that refused it", () => {
  test('110.0.2.100 is not the namespace address', () => {
    expect(analyze(paste('b-pasta-110.0.2.100.txt')).facts.portManager).toBeNull();
  });
  test("docker version's PortDriver implicit has no port manager: the hint does not stand beside it", () => {
    expect(analyze(paste('b-pasta-10.0.2.100.txt'))).toMatchObject({ verdict: 'affected', facts: { portDriver: 'implicit', portManager: null } });
  });
  test('a refused bind before the restart the paste shows is the earlier daemon\'s', () => {
    expect(analyze(paste('b-switch-config-only.txt'))).toMatchObject({ verdict: 'affected', facts: { portManager: null } });
  });
});

test("pasta's option in FLAGS on a long line is quoted with the FLAGS name it is in", () => {
  const [evidence] = analyze(paste('l11-flags-option-long.txt')).findings.find((f) => f.id === 'flags-pasta-option')!.evidence;
  expect(evidence!.text).toMatch(/^…DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=.*--host-lo-to-ns-lo/);
});
