// Review 110 #9 and review 109 #10: the fixes for a daemon in a docker:<release>-dind-rootless container are the container's. Docker's
// regressions with the slirp4netns port driver are fixed by another tag (docker run again, docker compose up -d, kubectl apply), not by the
// host's packages; what the image lacks is added by an image built FROM it; a privileged port is the container's own --sysctl; every fix
// of the settings gives the docker run with the tag the upgrade gives; a Dockerfile's rebuild pulls its base again; a Dockerfile beside
// the host's user service names no Docker release of the host's daemon.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { toMarkdown } from '../../../src/islands/checker/markdown.ts';
import { words } from '../../../src/cli/words.ts';

const both = [undefined, { messages: zhCn }];
const P = 'DOCKERD_ROOTLESS_ROOTLESSKIT_';
const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/synthetic/${name}`, import.meta.url), 'utf8');
const finding = (paste: string, id: string, options?: { messages: typeof zhCn }) => analyze(paste, options).findings.find((f) => f.id === id);
const fixOf = (paste: string, id: string, options?: { messages: typeof zhCn }): string => finding(paste, id, options)?.fix ?? '';
const allFixes = (paste: string, options?: { messages: typeof zhCn }): string => analyze(paste, options).findings.map((f) => f.fix ?? '').join('\n');
const HOST_SIDE = /apt-get|dnf |systemctl --user|docker\.service\.d|override\.conf|setcap|sysctl --system|pgrep/;
// What interactive zsh, which reads a comment's words, would choke on (tests/unit/engine/fixes.test.ts).
const ZSH_UNSAFE = /[;'"()*?&|<>`$[\]{}!\\]/;
const VERSION_IN = (name: string) => `docker exec -e DOCKER_HOST=unix:///run/user/1000/docker.sock ${name} docker version`;

describe("Docker's slirp4netns port driver regressions in a container: the upgrade is the image's tag", () => {
  test('docker run of docker:28.0.0-dind-rootless: the container made again with 28.0.1, and docker version asked in it', () => {
    const paste = fixture('dind-rootless-run-slirp4netns-28.0.0-tcp-not-supported.txt');
    for (const options of both) {
      const fix = fixOf(paste, 'slirp4netns-port-driver-tcp', options);
      expect(fix).toMatch(/^# .*docker:28\.0\.1-dind-rootless.*\ndocker rm -f dind\ndocker run -d --name dind --privileged .* docker:28\.0\.1-dind-rootless\n/);
      expect(fix.endsWith(VERSION_IN('dind'))).toBe(true);
      expect(allFixes(paste, options)).not.toMatch(HOST_SIDE);
    }
  });
  test("the MTU fix's docker run keeps the tag the upgrade gives: run after it, it does not bring the affected release back", () => {
    const paste = fixture('dind-rootless-run-slirp4netns-28.0.0-tcp-not-supported.txt');
    for (const options of both) expect(fixOf(paste, 'mtu-1500', options)).toMatch(/ -e DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=65520 docker:28\.0\.1-dind-rootless$/);
  });
  test('a Compose service of docker:29.0.1-dind-rootless: its image: line named, then docker compose up -d, which makes the container again', () => {
    const paste = fixture('dind-rootless-compose-slirp4netns-29.0.1-bind-in-use.txt');
    for (const options of both) {
      const fix = fixOf(paste, 'bind-address-in-use', options);
      expect(fix).toMatch(/^# .*docker:29\.1\.2-dind-rootless.*\ndocker compose up -d\n/);
      expect(fix.endsWith(VERSION_IN('CONTAINER'))).toBe(true);
      expect(allFixes(paste, options)).not.toMatch(HOST_SIDE);
    }
  });
  test('a Kubernetes container: kubectl apply of its manifest, the placeholder explained', () => {
    const paste = fixture('dind-rootless-k8s-env-pasta-27.4.1.txt');
    for (const options of both) expect(fixOf(paste, 'affected', options)).toMatch(/docker:27\.5\.1-dind-rootless.*\n# MANIFEST.*\nkubectl apply -f MANIFEST\n/);
  });
});

describe('every fix of the settings gives the docker run with the tag the upgrade gives; the workaround instead of it keeps the old tag', () => {
  const paste = fixture('dind-rootless-run-env-pasta-27.3.1.txt');
  test('the MTU fix after the upgrade: the same container, 27.5.1, with the MTU', () => {
    for (const options of both) {
      expect(fixOf(paste, 'mtu-1500', options)).toBe(
        `docker rm -f dind\ndocker run -d --name dind --privileged -e ${P}NET=pasta -e ${P}PORT_DRIVER=implicit -e ${P}MTU=65520 docker:27.5.1-dind-rootless`,
      );
      expect(finding(paste, 'mtu-1500', options)?.detail).toMatch(options ? /镜像标签/ : /image's tag/);
    }
  });
  test('switching to slirp4netns, if the upgrade cannot be, stays on the tag typed', () => {
    expect(fixOf(paste, 'workaround-slirp4netns')).toMatch(/-e DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin -e DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=65520 -e DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS='' docker:27\.3\.1-dind-rootless$/);
  });
});

describe('a privileged port refused in a container is the container\'s own setting, not the host\'s', () => {
  const paste = fixture('dind-rootless-run-privileged-port-80.txt');
  test("its docker run again with --sysctl net.ipv4.ip_unprivileged_port_start=80; no setcap of the host's rootlesskit, no host sysctl", () => {
    for (const options of both) {
      const f = finding(paste, 'privileged-port', options);
      expect(f?.fix).toBe(
        `docker rm -f dind\ndocker run --sysctl net.ipv4.ip_unprivileged_port_start=80 -d --name dind --privileged -p 80:80 -e ${P}PORT_DRIVER=builtin docker:27.5.1-dind-rootless`,
      );
      expect(f?.detail).toContain('securityContext.sysctls');
      expect(allFixes(paste, options)).not.toMatch(HOST_SIDE);
    }
  });
});

describe('what the image lacks is added by an image built FROM it, not by the host\'s package manager', () => {
  const pastaMissing = '[rootlesskit:parent] error: failed to setup network &{pasta}: exec: "pasta": executable file not found in $PATH';
  test('a container: docker build --pull of an image FROM its own, passt added as root', () => {
    const paste = [`$ docker run -d --name dind --privileged -e ${P}NET=pasta -e ${P}PORT_DRIVER=implicit docker:27.5.1-dind-rootless`, '$ docker logs dind', pastaMissing].join('\n');
    for (const options of both) {
      expect(fixOf(paste, 'pasta-not-found', options)).toMatch(
        /^# .*IMAGE.*\ndocker build --pull -t IMAGE - <<'EOF'\nFROM docker:27\.5\.1-dind-rootless\nUSER root\nRUN apk add --no-cache passt\nUSER rootless\nEOF$/,
      );
      expect(allFixes(paste, options)).not.toMatch(HOST_SIDE);
      for (const f of analyze(paste, options).findings) if (f.fix) expect(spawnSync('bash', ['-n'], { input: f.fix }).status, f.fix).toBe(0);
      for (const comment of allFixes(paste, options).split('\n').filter((l) => l.startsWith('#'))) expect(comment).not.toMatch(ZSH_UNSAFE);
    }
  });
  test("a Dockerfile: its lines as root, then the rebuild, fenced as a Dockerfile in the Markdown export", () => {
    const paste = ['FROM docker:27.5.1-dind-rootless', `ENV ${P}NET=pasta ${P}PORT_DRIVER=implicit`, pastaMissing].join('\n');
    const fix = fixOf(paste, 'pasta-not-found');
    expect(fix).toBe('USER root\nRUN apk add --no-cache passt\nUSER rootless\n# build the image again with docker build --pull and recreate its container');
    const md = toMarkdown({ result: analyze(paste), messages: words.en.messages, strings: words.en.s, docsUrl: (p) => p, link: 'https://example.org/checker/' });
    expect(md).toContain(`\`\`\`dockerfile\n${fix}\n\`\`\``);
  });
});

describe("a Dockerfile FROM docker:27-dind-rootless, a tag of no one release", () => {
  const paste = fixture('dockerfile-dind-rootless-27-floating-tag-pasta-builtin.txt');
  test('the rebuild pulls the base again (docker build --pull): a cached 27.x may predate the fix that makes implicit safe', () => {
    for (const options of both) {
      const f = finding(paste, 'pasta-port-driver-mismatch', options);
      // The image's entrypoint takes the port driver from FLAGS alone, and the image has no passt (dind-entrypoint.test.ts).
      expect(f?.fix).toBe(`USER root\nRUN apk add --no-cache passt\nUSER rootless\nENV ${P}PORT_DRIVER="builtin" ${P}NET=pasta ${P}MTU=65520 ${P}FLAGS="--port-driver=implicit"`);
      expect(f?.detail).toContain('`docker build --pull`');
    }
  });
});

describe("a Dockerfile beside the host's user service", () => {
  test("systemctl --user asked about another unit is not docker's service: the Dockerfile's settings stay the image's daemon's", () => {
    const paste = ['$ systemctl --user status pipewire', '● pipewire.service - PipeWire Multimedia Service', fixture('dockerfile-dind-rootless-27-floating-tag-pasta-builtin.txt')].join('\n');
    expect(analyze(paste).facts).toMatchObject({ networkDriver: 'pasta', portDriver: 'builtin' });
    expect(fixOf(paste, 'pasta-port-driver-mismatch')).toMatch(new RegExp(`^USER root\n.*\nENV ${P}PORT_DRIVER="builtin" ${P}NET=pasta ${P}MTU=65520 ${P}FLAGS="--port-driver=implicit"$`, 's'));
  });
  test("its FROM's tag is the image's daemon's release, not the service's: no Docker version, no packaging", () => {
    const r = analyze(fixture('dockerfile-dind-rootless-beside-drop-in-pasta-2.3.1.txt'));
    expect(r.facts).toMatchObject({ dockerServerVersion: null, dockerPackaging: null, rootlesskitVersion: '2.3.1' });
  });
});
