// A Dockerfile whose driver contradicts the daemon's running one, which no docker run's -e sets again, is not that daemon's image: its
// FROM names no release of it.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

const P = 'DOCKERD_ROOTLESS_ROOTLESSKIT_';
const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/synthetic/${name}`, import.meta.url), 'utf8');

describe("a Dockerfile whose driver contradicts the daemon's running one, with no docker run's -e to explain it", () => {
  test("its FROM's tag is not the daemon's release", () => {
    const r = analyze(fixture('dockerfile-dind-rootless-pasta-beside-running-slirp4netns.txt'));
    expect(r.facts).toMatchObject({ networkDriver: 'slirp4netns', dockerServerVersion: null });
  });
  test("a docker run's -e that sets the driver again leaves the image the daemon's: its FROM's release stays", () => {
    const paste = [
      'FROM docker:27.3.1-dind-rootless',
      `ENV ${P}NET=pasta ${P}PORT_DRIVER=implicit`,
      `$ docker run -d --name ci --privileged -e ${P}NET=slirp4netns -e ${P}PORT_DRIVER=builtin ci-dind`,
      '$ docker exec ci ps -o args | grep [r]ootlesskit',
      'rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=slirp4netns --mtu=65520 --disable-host-loopback --port-driver=builtin --copy-up=/etc --copy-up=/run --propagation=rslave dockerd-rootless.sh',
    ].join('\n');
    expect(analyze(paste).facts).toMatchObject({ networkDriver: 'slirp4netns', dockerServerVersion: '27.3.1' });
  });
});
