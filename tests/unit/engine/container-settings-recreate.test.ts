// A docker:dind-rootless container whose settings a Compose or Kubernetes file holds: every fix of its settings ends by making the
// container again from the file (the upgrade did already), and the nftables workaround is shaped for the container's network namespace,
// where pasta listens, with the port published by the daemon in it.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const both = [undefined, { messages: zhCn }];
const P = 'DOCKERD_ROOTLESS_ROOTLESSKIT_';
const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/synthetic/${name}`, import.meta.url), 'utf8');
const fixOf = (paste: string, id: string, options?: { messages: typeof zhCn }): string => analyze(paste, options).findings.find((f) => f.id === id)?.fix ?? '';
// What interactive zsh, which reads a comment's words, would choke on (tests/unit/engine/fixes.test.ts).
const ZSH_UNSAFE = /[;'"()*?&|<>`$[\]{}!\\]/;

describe("a Compose file's environment: each settings fix ends with docker compose up -d", () => {
  test("the port driver's fix (a list's entries) and the MTU's", () => {
    const paste = fixture('dind-rootless-compose-list-pasta-builtin-28.1.1.txt');
    for (const options of both) {
      // The image's entrypoint reads no PORT_DRIVER: the port driver goes in FLAGS, and passt, which the image lacks, into an image built on it.
      expect(fixOf(paste, 'pasta-port-driver-mismatch', options)).toMatch(new RegExp(`\nRUN apk add --no-cache passt\n.*\nEOF\n- ${P}NET=pasta\n- ${P}FLAGS=--port-driver=implicit\ndocker compose up -d$`, 's'));
      expect(fixOf(paste, 'mtu-1500', options)).toBe(`- ${P}MTU=65520\ndocker compose up -d`);
    }
  });
  test("a map's entries: the MTU, and the switch to slirp4netns", () => {
    const paste = fixture('dind-rootless-compose-map-pasta-27.3.1.txt');
    for (const options of both) {
      expect(fixOf(paste, 'mtu-1500', options)).toBe(`${P}MTU: "65520"\ndocker compose up -d`);
      // pasta with the entrypoint's port driver does not start: RootlessKit 2.3.1 predates the fix, so the way out is slirp4netns.
      expect(fixOf(paste, 'pasta-port-driver-mismatch', options)).toMatch(new RegExp(`\n${P}NET: "slirp4netns"\n${P}PORT_DRIVER: "builtin"\n${P}MTU: "65520"\ndocker compose up -d$`));
    }
  });
});

describe("a Kubernetes container's env: each settings fix ends with kubectl apply of its manifest, the placeholder explained", () => {
  const paste = fixture('dind-rootless-k8s-env-pasta-27.4.1.txt');
  test('the MTU and the switch to slirp4netns', () => {
    for (const options of both) {
      expect(fixOf(paste, 'mtu-1500', options)).toMatch(/\n {2}value: "65520"\n# MANIFEST.*env:.*\nkubectl apply -f MANIFEST$/);
      // FLAGS set its port driver, implicit, which slirp4netns refuses: set empty, the flag gone.
      expect(fixOf(paste, 'workaround-slirp4netns', options)).toMatch(/\n {2}value: "65520"\n- name: DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS\n {2}value: ""\n# MANIFEST.*env:.*\nkubectl apply -f MANIFEST$/);
    }
  });
});

describe("the nftables workaround for a daemon in a docker:dind-rootless container", () => {
  test("its table sought in the container's network namespace, and the port published by the daemon there", () => {
    const paste = fixture('dind-rootless-run-env-pasta-27.3.1.txt');
    for (const options of both) {
      const fix = fixOf(paste, 'workaround-nftables', options);
      const [comment, command] = fix.split('\n');
      expect(comment!.slice(2)).not.toMatch(ZSH_UNSAFE);
      expect(command).toBe(
        `sudo nsenter -n -t "$(docker inspect -f '{{.State.Pid}}' dind)" nft list table inet rootless_ports > /dev/null && docker exec -e DOCKER_HOST=unix:///run/user/1000/docker.sock dind docker run -d -p 0.0.0.0:8080:80 nginx:alpine`,
      );
    }
  });
  test("on the host, the host's table and docker run as before", () => {
    expect(fixOf(fixture('docker-version-pasta-27.3.1.txt'), 'workaround-nftables')).toMatch(/\nsudo nft list table inet rootless_ports > \/dev\/null && docker run -d -p 0\.0\.0\.0:8080:80 nginx:alpine$/);
  });
});
