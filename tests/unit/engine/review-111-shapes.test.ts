// Review 111 #7, #8, #11 and #12: facts missed in the journal's JSON and verbose forms, RFC 5424 syslog and -o with-unit; pasta holding
// a port Docker published; a prompt glued onto output; redacted process ids; a written list with arrows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8');
const both = (text: string) => [analyze(text), analyzeWith(zhCn, text)];

const ARGV =
  '[rootlesskit:parent] [pasta.go:127] Executing [pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto 2220]';
const DAEMON = 'time="2025-01-13T09:02:11.600+01:00" level=info msg="Docker daemon" commit=41ca978 storage-driver=overlay2 version=27.3.1';

test("the journal's entries read the same in every form it prints them: short, json, json-pretty, verbose, RFC 5424, with-unit", () => {
  const json = (pid: number, message: string) => JSON.stringify({ __CURSOR: 's=1', _PID: `${pid}`, SYSLOG_IDENTIFIER: 'dockerd-rootless.sh', MESSAGE: message, _COMM: 'rootlesskit' });
  const pretty = (pid: number, message: string) =>
    `{\n\t"_PID" : "${pid}",\n\t"SYSLOG_IDENTIFIER" : "dockerd-rootless.sh",\n\t"MESSAGE" : ${JSON.stringify(message)},\n\t"_COMM" : "rootlesskit"\n}`;
  const verbose = (pid: number, message: string) => `Mon 2025-01-13 09:02:11.519000 CET [s=5e1;i=1a3]\n    _PID=${pid}\n    SYSLOG_IDENTIFIER=dockerd-rootless.sh\n    MESSAGE=${message}`;
  const forms = [
    (pid: number, message: string) => `Jan 13 09:02:11 tp dockerd-rootless.sh[${pid}]: ${message}`,
    json,
    pretty,
    verbose,
    (pid: number, message: string) => `<30>1 2025-01-13T09:02:11.512+01:00 tp dockerd-rootless.sh ${pid} - - ${message}`,
    (pid: number, message: string) => `Mon 2025-01-13 09:02:11 CET tp docker.service[${pid}]: ${message}`,
  ];
  for (const form of forms) {
    const text = `${form(2211, ARGV)}\n${form(2251, DAEMON)}`;
    for (const r of both(text)) {
      expect(r.facts, text).toMatchObject({ rootless: true, dockerServerVersion: '27.3.1', rootlesskitVersion: '2.3.1', networkDriver: 'pasta', hostLoToNsLo: false });
      expect(r.verdict, text).toBe('affected');
    }
  }
});

test('pasta holding a port gives the drivers only where Docker shows that port published, quoting the socket', () => {
  const ss = 'LISTEN 0      128        127.0.0.1:8080       0.0.0.0:*    users:(("pasta",pid=2236,fd=121))';
  for (const r of both(fixture('ss-pasta-holds-published-port.txt'))) {
    expect(r.facts).toMatchObject({ networkDriver: 'pasta', portDriver: 'implicit' });
    expect(r.findings[0]!.evidence.map((e) => e.text)).toContain(ss);
  }
  // Another port published, or none: the pasta may be another's (Podman's).
  for (const text of [fixture('ss-pasta-holds-published-port.txt').replace('127.0.0.1:8080\n', '127.0.0.1:9090\n'), fixture('lsof-pasta-listen-no-publication.txt')]) {
    for (const r of both(text)) {
      expect(r.facts, text).toMatchObject({ networkDriver: null, portDriver: null });
      expect(r.findings[0]!.id, text).toBe('need-network-driver');
    }
  }
  // A driver the paste shows is not replaced.
  const shown = `${fixture('ss-pasta-holds-published-port.txt')}\n$ docker info -f '{{.SecurityOptions}}'\n  NetworkDriver: slirp4netns`;
  expect(analyze(shown).facts.networkDriver).not.toBe('pasta');
});

test('a prompt glued onto the output before it starts a command of its own, and the paste reads as with the newline', () => {
  const glued = fixture('glued-prompt-rootlesskit-2.3.1-pgrep.txt');
  const apart = glued.replace('2.3.1$ ', '2.3.1\n$ ').replace('2220$ ', '2220\n$ ');
  const { facts, verdict } = analyze(apart);
  for (const r of both(glued)) {
    expect(r.facts).toEqual(facts);
    expect(r.verdict).toBe(verdict);
    expect(r.facts).toMatchObject({ rootlesskitVersion: '2.3.1', hostLoToNsLo: false });
  }
});

test("pasta's argv under systemctl status with its process ids redacted is whole: it runs without the flag", () => {
  for (const r of both(fixture('systemctl-status-redacted-pids.txt'))) {
    expect(r.facts).toMatchObject({ hostLoToNsLo: false, networkDriver: 'pasta' });
    expect(r.verdict).toBe('affected');
  }
});

test('a setup written as a list with arrows is offered as answers, never read as output', () => {
  for (const name of ['written-list-arrows.txt', 'written-list-arrows-reset.txt']) {
    for (const r of both(fixture(name))) {
      expect(r.written, name).toEqual({ dockerClientVersion: '27.3.1', rootlesskitVersion: '2.3.1', networkDriver: 'pasta', rootless: true });
      expect(r.facts.rootlesskitVersion, name).toBeNull();
      expect(r.verdict, name).toBe('incomplete');
    }
  }
});
