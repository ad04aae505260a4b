// What sweeps 44 to 46 of public pastes found the engine misreading or misadvising.
import { describe, expect, test } from 'vitest';
import { clean } from '../../../src/engine/clean.ts';
import { analyze } from '../../../src/engine/index.ts';

describe('prompts of other shells and setups (sweep 45)', () => {
  const stripped = (input: string) => clean(input).lines.map((l) => [l.prefix ?? '', l.text]);
  test('the directory alone, macOS zsh and oh-my-zsh go, and what follows is the command', () => {
    expect(stripped('~ $ podman ps\n~/src$ docker version\nexamples % curl localhost:8080\nme@MacBook-Pro examples % docker info\n➜  ~ sudo lsof -i:8080\n➜  app git:(main) ✗ docker ps')).toEqual([
      ['~ $ ', 'podman ps'],
      ['~/src$ ', 'docker version'],
      ['examples % ', 'curl localhost:8080'],
      ['me@MacBook-Pro examples % ', 'docker info'],
      ['➜  ~ ', 'sudo lsof -i:8080'],
      ['➜  app git:(main) ✗ ', 'docker ps'],
    ]);
  });
  test('a share of something, or a path in the home directory, is no prompt', () => {
    expect(stripped('50 % done\n~/.docker/run/docker.sock')).toEqual([['', '50 % done'], ['', '~/.docker/run/docker.sock']]);
  });
  test("Podman's commands at such a prompt make the paste Podman's, and the reset is not called pasta's (meshtastic/web#368)", () => {
    const result = analyze('~ $ podman run -dt --name web -p 8888:80/tcp ghcr.io/meshtastic/web\nbc0a7ba476c8\n\n~ $ curl 127.0.0.1:8888\ncurl: (56) Recv failure: Connection reset by peer');
    expect(result.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['podman-not-docker', 'connection-reset-seen']));
    expect(result.findings.map((f) => f.id)).not.toContain('need-network-driver');
  });
  test("grep's answer after a macOS prompt is read, and the next prompt ends it", () => {
    expect(analyze('examples % docker info | grep rootless\n  rootless\nexamples % ').facts.rootless).toBe(true);
  });
});

describe('docker info as other tools print it (sweep 46)', () => {
  const act = (options: string) =>
    ['Docker Engine:', '        Engine version:        28.0.4', '        Engine runtime:        runc', '        Security options:', ...options.split(' ').map((o) => `                ${o}`)].join('\n');
  test("act --bug-report's block: its engine version and security options (nektos/act#1056, #1756)", () => {
    expect(analyze(act('name=seccomp,profile=builtin name=rootless name=cgroupns')).facts).toMatchObject({ rootless: true, dockerServerVersion: '28.0.4' });
    const old = analyze(act('name=seccomp,profile=default').replace('28.0.4', '20.10.9'));
    expect(old.facts.dockerServerVersion).toBe('20.10.9');
    expect(old.findings[0]!.id).toBe('docker-without-pasta');
  });
  test("tilt doctor's list: its server version (tilt-dev/tilt#4695)", () => {
    expect(analyze('Docker\n- Host: [default]\n- Server Version: 20.10.2\n- API Version: 1.41\n- Builder: 2').facts.dockerServerVersion).toBe('20.10.2');
  });
});
