// Review 109 #2 and #10: a Dockerfile's ENV instruction is the settings source only of the daemon its image runs. Beside the host's user
// service (its drop-in, systemctl --user, its journal), or against what the daemon's own errors show, it is another daemon's, and the
// fixes are the host's drop-in and systemctl lines; a Dockerfile's instructions in lower case are read as a Dockerfile; a setting whose
// value is an ARG's reference is unknown, so what the line's other settings say is not confirmed.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const both = [undefined, { messages: zhCn }];
const P = 'DOCKERD_ROOTLESS_ROOTLESSKIT_';
const fixes = (paste: string, options?: { messages: typeof zhCn }): string => analyze(paste, options).findings.map((f) => f.fix ?? '').join('\n');

const hostService = [
  '$ cat ~/.config/systemd/user/docker.service.d/override.conf',
  '[Service]',
  `Environment="${P}NET=pasta"`,
  `Environment="${P}PORT_DRIVER=builtin"`,
  '$ systemctl --user restart docker',
  'Job for docker.service failed because the control process exited with error code.',
  '$ journalctl --user -u docker | tail -2',
  'dockerd-rootless.sh[4122]: [rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"',
];
const ciDockerfile = ['$ cat ci/Dockerfile', 'FROM docker:27-dind-rootless', `ENV ${P}NET=slirp4netns`];

describe("a CI image's Dockerfile shown beside the host's user service is not that service's settings", () => {
  const paste = [...hostService, ...ciDockerfile].join('\n');
  test('the failed service is fixed in its drop-in and restarted, and the Dockerfile is left as it is', () => {
    for (const options of both) {
      const r = analyze(paste, options);
      const fix = r.findings.find((f) => f.id === 'pasta-port-driver-mismatch')?.fix ?? '';
      expect(fix).toContain(`Environment="${P}PORT_DRIVER=implicit"`);
      expect(fix).toContain('systemctl --user daemon-reload && systemctl --user restart docker');
      expect(fixes(paste, options)).not.toMatch(/^ENV /m);
    }
  });
  test("the image's slirp4netns is not the host daemon's network driver: no not-affected verdict on it", () => {
    const r = analyze(paste);
    expect(r.facts).toMatchObject({ networkDriver: 'pasta', portDriver: 'builtin' });
    expect(r.verdict).not.toBe('not-affected');
    expect(r.findings.some((f) => f.id === 'facts-disagree')).toBe(false);
  });
  test("without the user service in sight, a Dockerfile saying slirp4netns is not the source of pasta's refusal either", () => {
    const paste = ['[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"', ...ciDockerfile].join('\n');
    const r = analyze(paste);
    expect(r.facts.networkDriver).not.toBe('slirp4netns');
    expect(r.verdict).not.toBe('not-affected');
    expect(fixes(paste)).not.toContain(`ENV ${P}NET=pasta`);
  });
  test("a Dockerfile whose settings the refusal matches is still the image's daemon's: its ENV line is retyped", () => {
    const paste = ['FROM docker:27.5.1-dind-rootless', `ENV ${P}NET=pasta ${P}PORT_DRIVER=builtin`, '[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"'].join('\n');
    expect(analyze(paste).findings.find((f) => f.id === 'pasta-port-driver-mismatch')?.fix).toMatch(new RegExp(`^ENV ${P}NET=pasta ${P}PORT_DRIVER=builtin ${P}MTU=65520 ${P}FLAGS="--port-driver=implicit"$`, 'm'));
  });
});

describe("a Dockerfile's instructions in lower case", () => {
  const paste = ['from docker:27.3.1-dind-rootless', 'run apk add --no-cache passt', `env ${P}NET=pasta ${P}PORT_DRIVER=builtin`].join('\n');
  test('are read as a Dockerfile: its ENV line is typed again, with no drop-in or systemctl for a host', () => {
    for (const options of both) {
      const all = fixes(paste, options);
      expect(all).toMatch(new RegExp(`^ENV ${P}NET=`, 'm'));
      expect(all).not.toMatch(/systemctl --user|docker\.service\.d/);
    }
  });
  test("but the shell's env command running the script after them is a run typed by hand, not an ENV instruction", () => {
    const run = ['from docker:27.3.1-dind-rootless', `$ env ${P}NET=pasta ${P}PORT_DRIVER=builtin dockerd-rootless.sh`].join('\n');
    expect(fixes(run)).not.toMatch(/^ENV /m);
  });
});

describe("a setting whose value is an ARG's reference (ENV …NET=${NET})", () => {
  // The port driver in FLAGS, where the image's entrypoint reads it (it reads no PORT_DRIVER).
  const paste = ['FROM docker:27.3.1-dind-rootless', 'ARG NET=pasta', `ENV ${P}NET=\${NET} ${P}FLAGS=--port-driver=builtin`].join('\n');
  test('is no value: the network driver stays unknown, and the verdict resting on the port driver beside it is not confirmed', () => {
    const r = analyze(paste);
    expect(r.facts.networkDriver).toBeNull();
    expect(r.certainty).not.toBe('confirmed');
  });
  test('the same line with its value written out still confirms it', () => {
    expect(analyze(paste.replace('${NET}', 'slirp4netns')).certainty).toBe('confirmed');
  });
});

describe("a Dockerfile's ENV setting that docker run's -e sets again for a container of its image", () => {
  // The port driver in FLAGS, where the image's entrypoint reads it.
  const dockerfile = ['FROM docker:27.3.1-dind-rootless', `ENV ${P}NET=pasta ${P}FLAGS=--port-driver=implicit`];
  const run = `$ docker run --rm --privileged -e ${P}NET=slirp4netns -p 127.0.0.1:2376:2376 ci-dind`;
  for (const [order, paste] of [
    ['the run after the Dockerfile', [...dockerfile, run].join('\n')],
    ['the run before the Dockerfile', [run, '$ cat Dockerfile', ...dockerfile].join('\n')],
  ]) {
    test(`${order}: the run's value is the one in force, with no disagreement to restart a user service for`, () => {
      const r = analyze(paste!);
      expect(r.facts).toMatchObject({ networkDriver: 'slirp4netns', portDriver: 'implicit' });
      expect(r.findings.some((f) => f.id === 'facts-disagree')).toBe(false);
    });
    test(`${order}: the fix recreates the container with its docker run's -e changed, not a drop-in or the image's ENV`, () => {
      for (const options of both) {
        const fix = analyze(paste!, options).findings.find((f) => f.id === 'implicit-without-pasta')?.fix ?? '';
        // FLAGS set empty, as the image's ENV sets it (its PORT_DRIVER is read by nothing there, but says no other).
        expect(fix).toContain(`docker run --rm --privileged -e ${P}NET=slirp4netns -e ${P}PORT_DRIVER=builtin -e ${P}MTU=65520 -e ${P}FLAGS='' `);
        expect(fixes(paste!, options)).not.toMatch(/systemctl --user|docker\.service\.d|^ENV /m);
      }
    });
  }
  test("the upgrade of an image built on docker:dind-rootless is its FROM's tag: its own docker run is not given again unchanged", () => {
    const paste = [...dockerfile, `$ docker run -d --name ci --privileged -e ${P}MTU=65520 -p 127.0.0.1:2376:2376 ci-dind`, 'curl: (56) Recv failure: Connection reset by peer'].join('\n');
    for (const options of both) {
      const fix = analyze(paste, options).findings.find((f) => f.id === 'affected')?.fix ?? '';
      expect(fix).toContain('docker exec ci ');
      expect(fix).not.toContain('ci-dind');
    }
  });
});
