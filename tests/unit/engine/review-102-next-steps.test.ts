// What the hundred-and-second review left over (#6, #9, #8): next steps a user can take. The rootless daemon shown down is started
// before anything is asked of it; docker version's range over its components is read where every value's field is known; a Markdown
// table naming every version is said to be seen, and how to confirm it.
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

// /tmp/r102/37: the rootless context's daemon is down, the system-wide one is up.
const rootlessDown = `$ docker ps
Cannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?
$ docker context ls
NAME         DESCRIPTION                               DOCKER ENDPOINT                     ERROR
default      Current DOCKER_HOST based configuration   unix:///var/run/docker.sock
rootless *   Rootless mode                             unix:///run/user/1000/docker.sock
$ systemctl is-active docker
active
$ systemctl --user is-active docker
inactive`;

test('the rootless daemon shown down is started first; the network driver is asked after it, of docker version once the daemon runs', () => {
  const en = analyze(rootlessDown);
  const zh = analyzeWith(zhCn, rootlessDown);
  for (const r of [en, zh]) {
    expect(r.verdict).toBe('incomplete');
    expect(r.findings.map((f) => f.id)).toEqual(['daemon-not-running', 'need-network-driver']);
    expect(r.findings[0]!.fix).toContain('systemctl --user start docker');
    // The quick answers still answer the network driver.
    expect(r.ask).toBe('networkDriver');
  }
  expect(en.findings[1]!.detail).toMatch(/^Once the rootless daemon runs \(start it first, as above\), docker version shows it/);
  expect(zh.findings[1]!.detail).toMatch(/^先按上一条启动 rootless 守护进程；它运行之后，docker version/);
  // A daemon started by hand, whose socket is under the home directory, the same.
  const manual = analyze('Cannot connect to the Docker daemon at unix:///home/ci/.docker/run/docker.sock. Is the docker daemon running?');
  expect(manual.findings.slice(0, 2).map((f) => f.id)).toEqual(['daemon-not-running', 'need-network-driver']);
});

test('a client that asked the system-wide socket, or root\'s, has not shown the rootless daemon down: the question stays first', () => {
  for (const socket of ['/var/run/docker.sock', '/run/user/0/docker.sock']) {
    const r = analyze(`$ docker info\nCannot connect to the Docker daemon at unix://${socket}. Is the docker daemon running?`);
    expect([socket, r.findings[0]!.id]).toEqual([socket, 'need-network-driver']);
    expect(r.findings[0]!.detail).toMatch(/^docker version shows it/);
  }
});
