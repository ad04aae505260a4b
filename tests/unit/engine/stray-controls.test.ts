import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { looksLikeText } from '../../../src/engine/text.ts';

// Review 109 #3 and #4: text with a few control characters in it is text, and the lines around them are read.
const SERVER = [
  '$ docker version',
  'Server: Docker Engine - Community',
  ' Engine:',
  '  Version:          27.3.1',
  ' rootlesskit:',
  '  Version:          2.3.1',
  '  ApiVersion:       1.1.1',
  '  NetworkDriver:    pasta',
  '  PortDriver:       implicit',
];

describe('a paste with stray control characters', () => {
  test('smart quotes decoded as C1 controls in a short paste are text, and its reset and pasta are read', () => {
    const mojibake = '\u0093curl 127.0.0.1:8080\u0094 \u0096 \u0093Connection reset by peer\u0094\npasta 2025_01_21.4f2c8e7\n';
    expect(looksLikeText(mojibake)).toBe(true);
    const r = analyze(mojibake);
    expect(r.facts.pastaVersion).toBe('2025_01_21.4f2c8e7');
    expect(r.findings.map((f) => f.id)).toContain('connection-reset-seen');
  });

  test("docker version's Server part with a NUL ending each line is read: engine, RootlessKit and its drivers", () => {
    const r = analyze(SERVER.map((line) => `${line}\0\n`).join(''));
    expect([r.verdict, r.facts.networkDriver, r.facts.rootlesskitVersion, r.facts.dockerServerVersion, r.facts.rootless]).toEqual(['affected', 'pasta', '2.3.1', '27.3.1', true]);
  });

  test('a control character of its own around a version (SOH, STX, DEL) does not keep it from being read', () => {
    expect(analyze('\u0001pasta 2024_10_30.ee7d0b6\u0002\nrootlesskit version 2.3.1\u007f\n').facts).toMatchObject({ pastaVersion: '2024_10_30.ee7d0b6', rootlesskitVersion: '2.3.1' });
  });

  test("a typing error corrected in script(1)'s record is read as the command that ran", () => {
    const typed = [
      'Script started on 2025-03-04 10:00:00+01:00',
      '$ export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp\b \b\b \b\b \b\b \b\b \bpasta\r',
      '$ export DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin\r',
      '$ dockerd-rootless.sh\r',
    ].join('\n');
    const r = analyze(typed);
    expect([r.facts.networkDriver, r.findings[0]?.id]).toEqual(['pasta', 'pasta-port-driver-mismatch']);
  });

  test("a terminal title's BEL stays with its escape, so the prompt and command after it are read", () => {
    const r = analyze(`\u001b]0;me@box: ~\u0007$ docker version\r\n${SERVER.slice(1).join('\r\n')}\r\n`);
    expect([r.verdict, r.facts.networkDriver]).toEqual(['affected', 'pasta']);
  });
});
