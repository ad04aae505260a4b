// What review R162 (a daemon in a CI job's service) found.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { fixOf, HOST, serverVersion } from './ci-pastes.ts';

test('a service given by a YAML anchor, its map holding the image, is the daemon\'s: no host command (R162 H2)', () => {
  const paste = `$ cat .gitlab-ci.yml
.dind: &dind
  name: docker:27.3.1-dind-rootless
  alias: docker
.docker-job:
  image: docker:27.3.1
  services:
    - *dind
test:
  extends: .docker-job
  script:
    - docker version
${serverVersion}`;
  for (const f of analyze(paste).findings) if (f.fix) expect(f.fix, f.id).not.toMatch(HOST);
  expect(fixOf(paste, 'affected')).toContain("# the service's image docker:27.5.1-dind-rootless or later");
  // The job's own image named so is no service.
  expect(fixOf(`$ cat .gitlab-ci.yml\ntest:\n  image:\n    name: docker:27.3.1-dind-rootless\n${serverVersion}`, 'affected')).toContain('systemctl --user restart docker');
});

test("a service that did not start is asked for its driver through the job's docker version alone (R162 H4)", () => {
  const failed = `*** WARNING: Service runner-xz3k9p2a-project-42-concurrent-0-docker-0 probably didn't start properly.
$ docker version
Client:
 Version:           27.3.1
Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?`;
  // An image built on docker:dind-rootless, pasta's port driver in its variables: which network driver its image sets is not shown.
  const built = `test:
  services:
    - name: registry.example.com/ci/dind-pasta:1
      variables:
        DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS: "--port-driver=implicit"
Starting service registry.example.com/ci/dind-pasta:1 ...
${failed}`;
  expect(fixOf(built, 'need-network-driver')).toBe('docker version');
  expect(fixOf(built, 'daemon-not-running')).toContain('DOCKER_HOST=$DOCKER_HOST');
  // The official image with no settings: its entrypoint runs its own driver with port driver builtin, never pasta.
  const r = analyze(`Starting service docker:27.3.1-dind-rootless ...\n${failed}`);
  expect([r.verdict, r.certainty, r.findings.map((f) => f.id)]).toEqual(['not-affected', 'inferred', ['port-driver-excludes-pasta', 'daemon-not-running']]);
});

test("a service's image named with its registry keeps it in the upgrade; the fixed verdict's check gives the probe it names (R162 M4, L2)", () => {
  const paste = `Starting service registry.example.com/mirror/docker:27.3.1-dind-rootless ...\n${serverVersion}`;
  expect(fixOf(paste, 'affected')).toContain("# the service's image registry.example.com/mirror/docker:27.5.1-dind-rootless or later");
  const fixed = fixOf(`Starting service docker:27.5.1-dind-rootless ...\n${serverVersion.replace('27.3.1', '27.5.1').replace('2.3.1', '2.3.2')}`, 'fixed-rootlesskit');
  expect(fixed.split('\n')).toEqual([expect.stringContaining("the job cannot list its service's processes"), expect.stringMatching(/^docker run --rm --entrypoint sh docker:27\.5\.1-dind-rootless -c 'pasta --host-lo-to-ns-lo --version/)]);
  // Where the probe comes first, it is not run twice.
  expect(fixOf(paste, 'affected').match(/--entrypoint sh/g)).toHaveLength(1);
});

test("a bare word in another file's services: list is no CI job's service (R162 L1)", () => {
  expect(analyze(`$ cat compose.yaml\nservices:\n  - web\n${serverVersion}`).signals).not.toContain('ci-service');
  expect(analyze(`$ cat .gitlab-ci.yml\ntest:\n  services:\n    - postgres:16\n${serverVersion}`).signals).toContain('ci-service');
});

test("under GitLab's Docker executor, a reset the job meets is not put on the service's daemon; under the Kubernetes executor it may be (R162 M2)", () => {
  const job = (executor: string) => `${executor} with image docker:27.3.1 ...
Starting service docker:27.3.1-dind-rootless ...
${serverVersion}
$ docker run -d -p 127.0.0.1:8080:80 nginx
$ curl -sS http://127.0.0.1:8080/
curl: (56) Recv failure: Connection reset by peer`;
  const note = (paste: string) => analyze(paste).findings.find((f) => f.id === 'connection-reset-seen')!.detail;
  expect(note(job('Using Docker executor'))).toMatch(/^Under GitLab's Docker executor, the job and its services are containers apart/);
  expect(note(job('Using Kubernetes executor'))).toMatch(/^What a port on 127\.0\.0\.1 returns/);
  // The daemon's settings are affected either way.
  expect(analyze(job('Using Docker executor')).verdict).toBe('affected');
});
