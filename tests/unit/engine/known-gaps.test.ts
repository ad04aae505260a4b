/** Gaps that earlier stops' closing notes listed, closed since. */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { labelledFixtures } from '../../fixtures/fixtures.ts';

const dv = 'Server: Docker Engine - Community\n Engine:\n  Version:          27.3.1\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta';
const verdict = (text: string) => [analyze(text).verdict, analyze(text).certainty];

test("oh-my-zsh's prompts are prompts: the pasta shown through ssh is the server's, not this machine's", () => {
  for (const prompt of ['➜  ~ ', '➜  app git:(main) ✗ ', '> ➜  ~ ']) {
    const text = `${prompt}pasta --version\npasta 2024_09_06.6b38f07\n${prompt}ssh server\nalice@server:~$ pasta --version\npasta 2025_03_20.32f6212\nalice@server:~$ exit\nlogout\n${prompt}docker version\n${dv}`;
    expect([prompt, ...verdict(text)]).toEqual([prompt, 'not-affected', 'confirmed']);
  }
});

test("docker --version alone is said to be the client's, with the RootlessKit Docker's own packages of that version bundle", () => {
  const step = (text: string) => analyze(text).findings[0]!;
  expect(step('Docker version 28.0.1, build 068a01e').detail).toContain(
    "Docker 28.0.1 is the client's version (docker --version), which need not be the daemon's: docker version shows the daemon's under Server. Docker's own packages of 28.0.1 bundle RootlessKit 2.3.2, which has the fix.",
  );
  expect(step('Docker version 27.3.1, build ce12230').detail).toContain("Docker's own packages of 27.3.1 bundle RootlessKit 2.3.1, which lacks the fix.");
  // With the daemon's version shown, its client's says nothing more.
  expect(step(`Docker version 27.3.1, build ce12230\n${'Server: Docker Engine - Community\n Engine:\n  Version:          27.3.1'}`).detail).not.toContain("client's version");
});

describe('versions written by hand as a list', () => {
  const read = (text: string) => {
    const r = analyze(text);
    return { verdict: r.verdict, docker: r.facts.dockerServerVersion, rk: r.facts.rootlesskitVersion, net: r.facts.networkDriver, typed: r.findings.some((f) => f.id === 'typed-versions') };
  };
  test('are read as the setup they name, with a note that docker version shows what runs', () => {
    expect(read('docker 27.3.1, rootlesskit 2.3.1, pasta')).toEqual({ verdict: 'affected', docker: '27.3.1', rk: '2.3.1', net: 'pasta', typed: true });
    expect(read('My setup: Docker 28.0.1 + RootlessKit 2.3.2 and pasta')).toEqual({ verdict: 'fixed', docker: '28.0.1', rk: '2.3.2', net: 'pasta', typed: true });
    expect(read('rootlesskit: 2.3.1, docker: 27.3.1; slirp4netns')).toEqual({ verdict: 'not-affected', docker: '27.3.1', rk: '2.3.1', net: 'slirp4netns', typed: true });
    expect(read('rootless docker 27.3.1 with pasta 2024_09_06.6b38f07').verdict).toBe('not-affected');
    // A development build keeps its plus.
    expect(read('docker 27.3.1, rootlesskit 2.3.1+dev, pasta').rk).toBe('2.3.1+dev');
  });
  test('are not read from a sentence, from names without versions, or where both drivers are named', () => {
    for (const text of ['I upgraded docker 27.3.1 to 28 and pasta broke', 'docker, rootlesskit, pasta', 'docker 27.3.1']) {
      expect([text, read(text).typed, read(text).net]).toEqual([text, false, null]);
    }
    expect(read('docker 27.3.1, pasta, slirp4netns').net).toBe(null);
  });
  test("a command's own output beats them", () => {
    const dv = 'Server: Docker Engine - Community\n Engine:\n  Version:          28.0.1\n rootlesskit:\n  Version:          2.3.2\n  NetworkDriver:    pasta';
    expect(read(`docker 27.3.1, rootlesskit 2.3.1, pasta\n${dv}`)).toMatchObject({ verdict: 'fixed', docker: '28.0.1', rk: '2.3.2' });
  });
});

test('a docker info cut off before its Security Options says so, at its last line, while whether the daemon is rootless is unknown', () => {
  const info = labelledFixtures('real').find((f) => f.file.startsWith('docker-info-rootless-27.3.1'))!.text.split('\n');
  const cut = info.slice(0, info.findIndex((line) => line.includes('Security Options'))).join('\n');
  const step = analyze(cut).findings[0]!;
  expect(step.id).toBe('need-network-driver');
  expect(step.detail).toContain('The docker info stops at the line below, before its Security Options');
  expect(step.evidence.map((e) => e.text)).toEqual([cut.trimEnd().split('\n').at(-1)!.trim()]);
  // Whole, it says rootless; with docker version's rootlesskit beside it, the cut says nothing more.
  expect(analyze(info.join('\n')).findings.some((f) => f.detail.includes('stops at the line below'))).toBe(false);
  expect(analyze(`${cut}\n${dv}`).findings.some((f) => f.detail.includes('stops at the line below'))).toBe(false);
});

test('ssh with a quoted option value that has a blank (-o "ProxyJump bastion") opens a session like any other', () => {
  for (const ssh of ['ssh -o "ProxyJump bastion" server', "ssh -o 'ProxyJump bastion' -p 2222 server"]) {
    const text = `$ pasta --version\npasta 2024_09_06.6b38f07\n$ ${ssh}\n$ pasta --version\npasta 2025_03_20.32f6212\n$ exit\nlogout\n$ docker version\n${dv}`;
    expect([ssh, ...verdict(text)]).toEqual([ssh, 'not-affected', 'confirmed']);
  }
});
