// docker:dind-rootless's entrypoint starts RootlessKit itself: it reads only NET, MTU and FLAGS, and passes --port-driver=builtin before
// FLAGS (review R162 H1, M1).
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { fixOf, serverVersion } from './ci-pastes.ts';

const ids = (paste: string): string[] => analyze(paste).findings.map((f) => f.id);

test('pasta set alone for a service of the official image: the port driver goes in FLAGS, and passt into an image pushed for the service (R162 H1)', () => {
  const paste = `test:
  image: docker:27.5.1
  services:
    - name: docker:27.5.1-dind-rootless
      alias: docker
      variables:
        DOCKERD_ROOTLESS_ROOTLESSKIT_NET: pasta
  script:
    - docker version`;
  const r = analyze(paste);
  expect([r.facts.portDriver, r.facts.disableHostLoopback]).toEqual(['builtin', true]);
  const mismatch = r.findings.find((f) => f.id === 'pasta-port-driver-mismatch')!;
  expect(mismatch.detail).toContain("docker:dind-rootless's entrypoint passes --port-driver=builtin");
  expect(mismatch.detail).toContain('Or remove DOCKERD_ROOTLESS_ROOTLESSKIT_NET');
  expect(mismatch.fix!.split('\n')).toEqual([
    expect.stringContaining('the image has no passt, and no command of the job adds it there'),
    "docker build --pull -t IMAGE - <<'EOF'",
    'FROM docker:27.5.1-dind-rootless',
    'USER root',
    'RUN apk add --no-cache passt',
    'USER rootless',
    'EOF',
    'docker push IMAGE',
    expect.stringContaining("in .gitlab-ci.yml, these variables in the service's item of services:"),
    'services:',
    '  - name: IMAGE',
    '    variables:',
    '      DOCKERD_ROOTLESS_ROOTLESSKIT_NET: "pasta"',
    '      DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS: "--port-driver=implicit"',
  ]);
  expect(fixOf(paste, 'mtu-1500')).not.toContain('PORT_DRIVER');
});

test("PORT_DRIVER passed to the container is read as the entrypoint's builtin, and said to be unread; FLAGS's own port driver wins", () => {
  const run = (env: string): string => `$ docker run -d --name dind --privileged ${env} docker:27.5.1-dind-rootless`;
  const unread = analyze(run('-e DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta -e DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit'));
  expect(unread.facts.portDriver).toBe('builtin');
  expect(unread.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['pasta-port-driver-mismatch', 'entrypoint-unread']));
  // The fix types docker run again with the port driver in FLAGS, where the entrypoint's own comes first.
  expect(fixOf(run(`-e DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta -e 'DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--copy-up=/opt'`), 'pasta-port-driver-mismatch')).toContain(
    "-e DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta -e DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS='--copy-up=/opt --port-driver=implicit' -e DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=65520 IMAGE",
  );
  const flagged = analyze(run('-e DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta -e DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--port-driver=implicit'));
  expect(flagged.facts.portDriver).toBe('implicit');
  expect(flagged.findings.map((f) => f.id)).not.toContain('pasta-port-driver-mismatch');
  expect(flagged.findings.map((f) => f.id)).not.toContain('entrypoint-unread');
});

test("MTU 1500 is the entrypoint's in every release, 29 too; a host's Docker 29 with NET set gets 65520", () => {
  const compose = `services:\n  dind:\n    image: docker:29.1.3-dind-rootless\n    privileged: true\n    environment:\n      DOCKERD_ROOTLESS_ROOTLESSKIT_NET: slirp4netns`;
  const mtu = analyze(compose).findings.find((f) => f.id === 'mtu-1500')!;
  expect(mtu.detail).toContain("DOCKERD_ROOTLESS_ROOTLESSKIT_MTU is not set, so docker:dind-rootless's entrypoint passes --mtu=1500");
  expect(mtu.fix).toContain('DOCKERD_ROOTLESS_ROOTLESSKIT_MTU: "65520"');
  expect(ids(`$ cat ~/.config/systemd/user/docker.service.d/override.conf\n[Service]\nEnvironment=DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns\n Engine:\n  Version:          29.1.3`)).not.toContain('mtu-1500');
});

test("dockerd-rootless.sh's own daemon still reads PORT_DRIVER: no entrypoint there", () => {
  const r = analyze('$ cat ~/.config/systemd/user/docker.service.d/override.conf\n[Service]\nEnvironment=DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\nEnvironment=DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit');
  expect(r.facts.portDriver).toBe('implicit');
  expect(r.signals).not.toContain('dind-entrypoint');
  expect(r.findings.map((f) => f.id)).not.toContain('entrypoint-unread');
});

test("a Kubernetes container's PORT_DRIVER (its value on a line of its own) is unread too; an image that adds passt gets none added", () => {
  const k8s = `        - name: dind
          image: docker:27.5.1-dind-rootless
          env:
            - name: DOCKERD_ROOTLESS_ROOTLESSKIT_NET
              value: pasta
            - name: DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER
              value: implicit`;
  expect(analyze(k8s).facts.portDriver).toBe('builtin');
  expect(fixOf(k8s, 'pasta-port-driver-mismatch')).toContain('RUN apk add --no-cache passt');
  const built = `FROM docker:27.5.1-dind-rootless\nUSER root\nRUN apk add --no-cache passt\nUSER rootless\nENV DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta`;
  expect(fixOf(built, 'pasta-port-driver-mismatch')).toBe('ENV DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=65520 DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS="--port-driver=implicit"');
});

test("docker run's -e quoted whole is changed in place, and a FLAGS the image's ENV sets is set empty where the fix drops its flags", () => {
  const quoted = `$ docker run -d --name dind --privileged -e DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta -e 'DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--copy-up=/opt' docker:27.5.1-dind-rootless`;
  expect(fixOf(quoted, 'pasta-port-driver-mismatch').match(/FLAGS=/g)).toHaveLength(1);
  const env = `FROM docker:27.3.1-dind-rootless\nENV DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--port-driver=implicit\n$ docker run --rm --privileged -e DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns ci-dind`;
  expect(fixOf(env, 'implicit-without-pasta')).toContain("-e DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS='' ci-dind");
});

test('docker run split over lines, each with a log\'s timestamp, is still the image\'s: its facts are those of the line joined', () => {
  const lines = ['docker run -it --rm \\', '  --privileged \\', '  --env DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=slirp4netns \\', '  docker:29.5.2-dind-rootless'];
  const joined = analyze(lines.join('\n'));
  const stamped = analyze(lines.map((l) => `[2024-11-08T10:00:00.123Z] ${l}`).join('\n'));
  expect([joined.facts.portDriver, stamped.facts.portDriver]).toEqual(['builtin', 'builtin']);
  expect(stamped.findings.map((f) => f.id)).toContain('entrypoint-unread');
});

test("docker run's -e FLAGS unquoted ends at a blank: the image after it is no flag, and the port driver joins FLAGS's own", () => {
  const run = '$ docker run -d --name dind --privileged -e DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta -e DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--copy-up=/opt docker:27.5.1-dind-rootless';
  expect(fixOf(run, 'pasta-port-driver-mismatch')).toContain(
    "-e DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS='--copy-up=/opt --port-driver=implicit' -e DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=65520 IMAGE",
  );
});

test("the nftables workaround is left out for a CI job's service, not for a docker run shown beside another service", () => {
  const run = '$ docker run -d --name dind --privileged -e DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta -e DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--port-driver=implicit docker:27.3.1-dind-rootless';
  const beside = `Starting service postgres:16 ...\n${run}\n${serverVersion}`;
  expect(ids(beside)).toContain('workaround-nftables');
  expect(ids(`Starting service docker:27.3.1-dind-rootless ...\n${serverVersion}`)).not.toContain('workaround-nftables');
});

test("pasta with its port driver in FLAGS, for the official image: the daemon cannot start, as the image has no passt; the fix runs one built with it", () => {
  const run = `$ docker run -d --name dind --privileged -e DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta -e 'DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--port-driver=implicit' docker:27.5.1-dind-rootless`;
  const r = analyze(run);
  const f = r.findings.find((x) => x.id === 'image-without-passt')!;
  expect(f.severity).toBe('error');
  expect(f.fix!.split('\n').slice(-2)).toEqual(['docker rm -f dind', expect.stringMatching(/^docker run -d --name dind .* IMAGE$/)]);
  // Not where the Dockerfile shown adds passt, nor where pasta is shown running, nor for an image of another name.
  expect(ids(`FROM docker:27.5.1-dind-rootless\nUSER root\nRUN apk add --no-cache passt\nUSER rootless\nENV DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--port-driver=implicit`)).not.toContain('image-without-passt');
  expect(ids(run.replace('docker:27.5.1-dind-rootless', 'registry.example.com/ci/dind-pasta:1'))).not.toContain('image-without-passt');
});

test('a service whose docker version shows a port driver its entrypoint never passes goes back to builtin with FLAGS set empty (review R163 4)', () => {
  const log = `Using Docker executor with image docker:27.3.1 ...\nStarting service docker:27.3.1-dind-rootless ...\n${serverVersion}\n PortDriver:       implicit\n$ curl http://127.0.0.1:8080\ncurl: (56) Recv failure: Connection reset by peer`;
  expect(fixOf(log, 'workaround-slirp4netns')).toContain('      DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS: ""');
});
