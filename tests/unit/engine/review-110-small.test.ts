// Review 110's small wrong answers: apt-mark's hold that the upgrade's fix stopped on, a port driver assumed beside the journal line that
// refuses the one configured, a daemon shown running on the user's socket while the client asks the system's, colour codes that lost
// their ESC, and a share link's operating system cut inside its brackets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { clean } from '../../../src/engine/clean.ts';
import { analyze } from '../../../src/engine/index.ts';
import { decodeShare, shareDamaged } from '../../../src/engine/share.ts';
import { analyzeWith } from '../../../src/engine/core.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const paste = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8');
const run = (text: string, lang: 'en' | 'zh-cn') => (lang === 'en' ? analyze(text) : analyzeWith(zhCn, text));
const finding = (text: string, id: string, lang: 'en' | 'zh-cn' = 'en') => run(text, lang).findings.find((f) => f.id === id);

describe("apt-mark's hold on Docker's packages: the upgrade's fix releases the hold first (review 110 #7)", () => {
  test.each(['en', 'zh-cn'] as const)('apt-mark showhold: the held ones are released before apt-get upgrades them, and the finding says why (%s)', (lang) => {
    const f = finding(paste('apt-mark-showhold-docker-ce-pasta-2.3.1.txt'), 'affected', lang)!;
    const fix = f.fix!;
    expect(fix).toMatch(/sudo apt-mark unhold docker-ce docker-ce-rootless-extras\n[\s\S]*--only-upgrade/);
    expect(f.detail).toMatch(lang === 'en' ? /apt-mark holds docker-ce and docker-ce-rootless-extras/ : /apt-mark 锁定（hold）了 docker-ce、docker-ce-rootless-extras/);
  });
  test("dpkg -l's hi rows are the held ones, and an ii row is not", () => {
    expect(finding(paste('dpkg-l-held-docker-ce-pasta-2.3.1.txt'), 'affected')!.fix).toContain('sudo apt-mark unhold docker-ce docker-ce-rootless-extras\n');
  });
  test("with a pin as well, the hold is released before the pinned version's install", () => {
    const pinned = paste('apt-policy-pinned-27.3.1.txt');
    const fix = finding(`$ apt-mark showhold\ndocker-ce\n${pinned}`, 'affected')!.fix!;
    expect(fix).toMatch(/sudo apt-mark unhold docker-ce\n[\s\S]*docker-ce=5:28\.0\.1/);
  });
  test('no hold shown, another package held, or the names without the command: no unhold', () => {
    for (const text of [
      paste('apt-mark-showhold-docker-ce-pasta-2.3.1.txt').replace(/^\$ apt-mark showhold\n/, ''),
      paste('apt-mark-showhold-docker-ce-pasta-2.3.1.txt').replace(/^docker-ce.*\n/gm, 'passt\n'),
      paste('dpkg-l-held-docker-ce-pasta-2.3.1.txt').replace(/^hi /gm, 'ii '),
    ]) {
      expect(finding(text, 'affected')!.fix, text).not.toContain('unhold');
    }
  });
});

describe('RootlessKit refusing the port driver set beside pasta: none is assumed (review 110 #12)', () => {
  test.each(['en', 'zh-cn'] as const)('a drop-in setting pasta alone beside the refusal: no port driver in the facts, and the finding names none (%s)', (lang) => {
    const r = run(paste('journal-pasta-port-driver-refused-drop-in-net-pasta-only.txt'), lang);
    expect(r.facts).toMatchObject({ networkDriver: 'pasta', portDriver: null });
    expect(r.findings.map((f) => f.id)).not.toContain('port-driver-assumed-implicit');
    const detail = r.findings.find((f) => f.id === 'pasta-port-driver-mismatch')!.detail;
    expect(detail).toMatch(lang === 'en' ? /^With a port driver that is neither implicit nor none, RootlessKit stops/ : /^端口驱动既不是 implicit 也不是 none 时/);
    expect(detail).not.toMatch(/builtin|port driver implicit,|端口驱动为 implicit/);
  });
  test('without the refusal, pasta set alone still gets implicit, as docker version shows it', () => {
    const text = paste('journal-pasta-port-driver-refused-drop-in-net-pasta-only.txt').replace(/^.*requires port driver.*\n/m, '');
    expect(analyze(text).facts.portDriver).toBe('implicit');
  });
});

describe("the system-wide socket asked while the user's rootless daemon runs: the client is pointed at its socket first (review 110 #9)", () => {
  const aside = paste('system-socket-asked-user-service-active-socket-listed.txt');
  test.each(['en', 'zh-cn'] as const)('the export to the socket listed leads, with no start of a service shown active, and the question after it waits for it (%s)', (lang) => {
    const r = run(aside, lang);
    expect(r.facts.rootless).toBe(true);
    expect(r.findings.map((f) => f.id)).toEqual(['daemon-not-running', 'need-network-driver']);
    const [down, question] = r.findings;
    expect(down!.fix).toBe('export DOCKER_HOST=unix:///run/user/1000/docker.sock\ndocker version');
    expect(down!.detail).toContain('/run/user/1000/docker.sock');
    expect(question!.detail).toMatch(lang === 'en' ? /^Once the client asks the rootless daemon \(as above\)/ : /^先按上一条让客户端连到 rootless 守护进程/);
    expect(JSON.stringify(r.findings)).not.toContain('systemctl --user start');
  });
  test("without ls's answer, the client is pointed at the user's own socket", () => {
    const r = analyze(aside.replace(/^\$ ls[\s\S]*$/m, ''));
    expect(r.findings[0]).toMatchObject({ id: 'daemon-not-running', fix: 'id -u\nexport DOCKER_HOST=unix:///run/user/$(id -u)/docker.sock\ndocker version' });
  });
  test('a user service not active, or is-active asked of the system-wide service: the start stays, after the question as before', () => {
    for (const text of [aside.replace(/^active$/m, 'inactive'), aside.replace('systemctl --user is-active', 'systemctl is-active')]) {
      const r = analyze(text);
      expect(r.findings.map((f) => f.id), text).toEqual(['need-network-driver', 'daemon-not-running']);
      expect(r.findings[1]!.fix, text).toContain('systemctl --user start docker');
    }
  });
});

describe('colour codes whose ESC was lost: taken out where they colour a line, kept where they may be text (review 110 #9)', () => {
  test('the RootlessKit under a coloured header is read, and the verdict with it', () => {
    const r = analyze(paste('colours-without-esc-docker-version-pasta-2.3.1-reset.txt'));
    expect(r).toMatchObject({ verdict: 'affected', facts: { rootlesskitVersion: '2.3.1', networkDriver: 'pasta' } });
    expect(r.findings.find((f) => f.id === 'connection-reset-seen')!.evidence[0]!.text).toBe('curl: (56) Recv failure: Connection reset by peer');
  });
  test('text in brackets that only looks like one stays: a time, a duration inside a line, codes after a real ESC', () => {
    const text = ['[17ms] done', 'took [5m 3s] to pull', 'timeout [10m]', '(base) [17ms][~/src]$ docker info', '\x1b[32mok\x1b[0m'].join('\n');
    expect(clean(text).lines.map((l) => `${l.prefix ?? ''}${l.text}`)).toEqual(['[17ms] done', 'took [5m 3s] to pull', 'timeout [10m]', '(base) [17ms][~/src]$ docker info', 'ok']);
  });
});

describe("a share link's operating system cut inside its brackets is no name, as os-release's recogniser holds (review 110 #9)", () => {
  const cut = 'v=1&net=pasta&os=Ubuntu%2024.04%20LTS%20(Noble%20Numbat';
  test('the cut name is left out and the link said damaged; the rest of it is read', () => {
    expect(decodeShare(cut)).toEqual({ networkDriver: 'pasta' });
    expect(shareDamaged(cut)).toBe(true);
  });
  test("the whole name stays, also with a sentence's bracket or dot after the link", () => {
    for (const whole of [`${cut})`, `${cut}).`, `${cut}))`]) {
      expect(decodeShare(whole), whole).toEqual({ networkDriver: 'pasta', operatingSystem: 'Ubuntu 24.04 LTS (Noble Numbat)' });
      expect(shareDamaged(whole), whole).toBe(false);
    }
  });
});
