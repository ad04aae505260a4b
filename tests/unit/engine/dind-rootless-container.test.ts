// Review 107 #6 and #9: a daemon in a docker:<release>-dind-rootless container. The image's tag names the Docker release inside (so the
// RootlessKit it bundles), and the settings passed to the container (docker run -e, a Compose or Kubernetes environment) are that
// daemon's: its fixes recreate the container, with another tag for the upgrade, and run their checks in it with docker exec.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { docker } from '../../../src/engine/data/core/docker.ts';
import { analyze } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { toMarkdown } from '../../../src/islands/checker/markdown.ts';
import { words } from '../../../src/cli/words.ts';

const both = [undefined, { messages: zhCn }];
const P = 'DOCKERD_ROOTLESS_ROOTLESSKIT_';
const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/synthetic/${name}`, import.meta.url), 'utf8');
const fixed = `docker:${docker.fixed.version}-dind-rootless`;
const fixOf = (paste: string, id: string, options?: { messages: typeof zhCn }): string => analyze(paste, options).findings.find((f) => f.id === id)?.fix ?? '';
/** Every fix of a paste, joined: what the reader would be told to run. */
const allFixes = (paste: string, options?: { messages: typeof zhCn }): string => analyze(paste, options).findings.map((f) => f.fix ?? '').join('\n');
const HOST_SIDE = /apt-get|dnf |systemctl --user|docker\.service\.d|override\.conf/;

describe("the image's tag tells the Docker release in the container, and so its RootlessKit, as docker version would", () => {
  const where = {
    'docker run': (image: string) => `$ docker run -d --name dind --privileged ${image}`,
    "a Dockerfile's FROM": (image: string) => `FROM ${image}`,
    "a Compose service's image:": (image: string) => `services:\n  dind:\n    image: ${image}`,
    "a Kubernetes container's image:": (image: string) => `containers:\n  - name: dind\n    image: ${image}`,
  };
  for (const [place, paste] of Object.entries(where)) {
    test(`${place}: Docker 27.3.1, Docker's own build, whose RootlessKit 2.3.1 the next step names`, () => {
      for (const options of both) {
        const r = analyze(paste('docker:27.3.1-dind-rootless'), options);
        expect(r.facts).toMatchObject({ dockerServerVersion: '27.3.1', dockerPackaging: 'docker' });
        expect(r.findings.find((f) => f.id === 'need-network-driver')?.detail).toMatch(/Docker 27\.3\.1 .*RootlessKit 2\.3\.1/);
      }
    });
  }
  test("with Docker Hub's registry and namespace written out, and a digest after the tag", () => {
    for (const image of ['docker.io/library/docker:27.5.1-dind-rootless', `docker:27.5.1-dind-rootless@sha256:${'a'.repeat(64)}`]) {
      expect(analyze(where['docker run'](image)).facts.dockerServerVersion).toBe('27.5.1');
    }
  });
  test('no release in the tag (dind-rootless, a line such as 27-dind-rootless, latest), or not the official image: the release stays unknown', () => {
    for (const image of ['docker:dind-rootless', 'docker:27-dind-rootless', 'docker:latest', 'registry.example.org/docker:27.3.1-dind-rootless', 'docker:27.3.1-dind']) {
      expect(analyze(where['docker run'](image)).facts.dockerServerVersion, image).toBeNull();
    }
  });
});

describe('docker run -e passes the settings to a docker:dind-rootless container: its fixes are the container recreated', () => {
  const paste = fixture('dind-rootless-run-env-pasta-27.3.1.txt');
  const run = (env: string, image: string) => `docker run -d --name dind --privileged ${env} ${image}`;
  // With the tag the upgrade gives: the MTU's fix, run after it, keeps the fixed release.
  const typed = run(`-e ${P}NET=pasta -e ${P}PORT_DRIVER=implicit -e ${P}MTU=65520`, fixed);

  test('the upgrade is the tag of the first release whose RootlessKit has the fix, the container removed and run again; the checks run in it', () => {
    for (const options of both) {
      const fix = fixOf(paste, 'affected', options);
      expect(fix).toContain(`docker exec dind sh -c 'pasta --host-lo-to-ns-lo --version`);
      expect(fix).toContain(`docker rm -f dind\n${run(`-e ${P}NET=pasta -e ${P}PORT_DRIVER=implicit -e ${P}MTU=65520`, fixed)}`);
      expect(fix).toContain('docker exec -e DOCKER_HOST=unix:///run/user/1000/docker.sock dind docker version');
      expect(fix).toContain('docker exec dind ps -o args');
    }
  });
  test("the MTU is the run's -e, the container recreated; no fix writes a host drop-in, restarts the user service or upgrades host packages", () => {
    for (const options of both) {
      expect(fixOf(paste, 'mtu-1500', options)).toBe(`docker rm -f dind\n${typed}`);
      expect(allFixes(paste, options)).not.toMatch(HOST_SIDE);
    }
  });
  test('switching to slirp4netns changes the -e options in place and checks the image has slirp4netns, installing nothing on the host', () => {
    const fix = fixOf(paste, 'workaround-slirp4netns');
    expect(fix).toMatch(/^# .*\ndocker exec dind slirp4netns --version\n/);
    // pasta runs with a port driver the image's entrypoint never passes: a FLAGS not shown sets it, which the fix sets empty.
    expect(fix).toContain(run(`-e ${P}NET=slirp4netns -e ${P}PORT_DRIVER=builtin -e ${P}MTU=65520 -e ${P}FLAGS=''`, 'docker:27.3.1-dind-rootless'));
  });
  test('--env and --env= read as -e; without --name the fixes name the container CONTAINER', () => {
    const other = `$ docker run -d --privileged --env ${P}NET=pasta --env=${P}PORT_DRIVER=implicit docker:27.3.1-dind-rootless\n$ curl http://127.0.0.1:8080\ncurl: (56) Recv failure: Connection reset by peer\n$ docker ps\nCONTAINER ID   IMAGE   PORTS\n3b1c   nginx   127.0.0.1:8080->80/tcp`;
    // The image's entrypoint reads no PORT_DRIVER: it passes builtin, which RootlessKit refuses with pasta (dind-entrypoint.test.ts).
    expect(analyze(other).facts).toMatchObject({ networkDriver: 'pasta', portDriver: 'builtin', rootlesskitVersion: '2.3.1' });
    const typed = `docker run -d --privileged -e ${P}NET=slirp4netns -e ${P}PORT_DRIVER=builtin -e ${P}MTU=65520 docker:27.3.1-dind-rootless`;
    expect(fixOf(other, 'mtu-1500')).toBe(`docker rm -f CONTAINER\n${typed}`);
    expect(fixOf(other, 'pasta-port-driver-mismatch')).toContain('docker exec CONTAINER slirp4netns --version');
  });
});

describe("a Compose or Kubernetes file's environment passes them: its fixes are entries in that form, and the image's tag", () => {
  test("Kubernetes env items (name, then value) are read, and the MTU fix is such an item, its value a string as Kubernetes requires, then the manifest applied", () => {
    const paste = fixture('dind-rootless-k8s-env-pasta-27.4.1.txt');
    expect(analyze(paste)).toMatchObject({ verdict: 'affected', facts: { networkDriver: 'pasta', portDriver: 'implicit', rootlesskitVersion: '2.3.1' } });
    for (const options of both) {
      expect(fixOf(paste, 'mtu-1500', options)).toMatch(new RegExp(`^- name: ${P}MTU\n  value: "65520"\n# MANIFEST.*\nkubectl apply -f MANIFEST$`));
      expect(fixOf(paste, 'affected', options)).toContain(fixed);
      expect(allFixes(paste, options)).not.toMatch(HOST_SIDE);
    }
  });
  test("a Compose map's entries are read, and its fix is such an entry, then docker compose up -d", () => {
    const paste = fixture('dind-rootless-compose-map-pasta-27.3.1.txt');
    // Its PORT_DRIVER entry is one the image's entrypoint never reads.
    expect(analyze(paste).facts).toMatchObject({ networkDriver: 'pasta', portDriver: 'builtin' });
    expect(fixOf(paste, 'mtu-1500')).toBe(`${P}MTU: "65520"\ndocker compose up -d`);
    expect(allFixes(paste)).not.toMatch(HOST_SIDE);
  });
});

describe("a Dockerfile FROM docker:<release>-dind-rootless that switches to slirp4netns installs it in the image, as the image's own Dockerfile does", () => {
  // The port driver in FLAGS, the one place the image's entrypoint takes it from.
  const paste = ['FROM docker:27.3.1-dind-rootless', `ENV ${P}NET=pasta ${P}FLAGS=--port-driver=implicit`, '$ curl http://127.0.0.1:8080', 'curl: (56) Recv failure: Connection reset by peer'].join('\n');
  test('RUN as root, then the image user again, before the ENV line; the Markdown export fences it as a Dockerfile', () => {
    const fix = fixOf(paste, 'workaround-slirp4netns');
    expect(fix).toBe(`USER root\nRUN apk add --no-cache slirp4netns\nUSER rootless\nENV ${P}NET=slirp4netns ${P}MTU=65520 ${P}PORT_DRIVER=builtin`);
    const md = toMarkdown({ result: analyze(paste), messages: words.en.messages, strings: words.en.s, docsUrl: (p) => p, link: 'https://example.org/checker/' });
    expect(md).toContain(`\`\`\`dockerfile\n${fix}\n\`\`\``);
  });
  test("the upgrade is the image's tag, and the probe runs in its container", () => {
    expect(fixOf(paste, 'affected')).toContain(fixed);
    expect(fixOf(paste, 'affected')).toContain(`docker exec CONTAINER sh -c 'pasta`);
    expect(allFixes(paste)).not.toMatch(HOST_SIDE);
  });
});

test('every fix printed for these pastes is shell that bash reads, in either language', () => {
  const pastes = ['dind-rootless-run-env-pasta-27.3.1.txt', 'dind-rootless-k8s-env-pasta-27.4.1.txt', 'dind-rootless-compose-map-pasta-27.3.1.txt'].map(fixture);
  for (const paste of pastes) for (const options of both) for (const f of analyze(paste, options).findings) if (f.fix) expect(spawnSync('bash', ['-n'], { input: f.fix }).status, f.fix).toBe(0);
});
