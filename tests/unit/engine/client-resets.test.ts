// Other clients' words for the reset (Go's, Node.js's, Chromium's): the symptom's note where the user's client reset on a loopback port,
// and never anything else. Review 105 found them read in the daemon's and containers' own output, turning verdicts into INCOMPLETE.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const dir = join(import.meta.dirname, 'review-105');
const paste = (name: string): string => readFileSync(join(dir, name), 'utf8');

/** Whether the paste shows the symptom's note, and the lines it quotes. */
const note = (text: string) => {
  const finding = analyze(text).findings.find((f) => f.id === 'connection-reset-seen');
  return { seen: !!finding, lines: finding?.evidence.map((e) => e.line) ?? [] };
};

/** What decides: the verdict, its certainty, the facts, the question and the main finding. */
const decided = (text: string) => {
  const r = analyze(text);
  return { verdict: r.verdict, certainty: r.certainty, facts: r.facts, ask: r.ask, main: r.findings[0]?.id };
};

test("a reset from a port on loopback, in the words of Go, Node.js and Chromium, shows the symptom's note in both languages", () => {
  const pastes = {
    // /tmp/r102/42.
    go: '$ ./healthcheck http://127.0.0.1:9090/healthz\n2025/06/01 12:00:01 Get "http://127.0.0.1:9090/healthz": read tcp 127.0.0.1:51512->127.0.0.1:9090: read: connection reset by peer',
    goIpv6: '$ ./probe\nread tcp [::1]:40112->[::1]:8080: read: connection reset by peer',
    // Node.js's stack and fields after its message: the address is in the command that ran it.
    nodeRead: "$ node fetch.mjs http://127.0.0.1:8080\nError: read ECONNRESET\n    at TCP.onStreamRead (node:internal/stream_base_commons:216:20) {\n  errno: -104,\n  code: 'ECONNRESET',\n  syscall: 'read'\n}",
    nodeConnect: '$ npm run smoke\nError: connect ECONNRESET 127.0.0.1:8080\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)',
    // /tmp/r102/45: the address in the same sentence.
    chromium: 'Chrome shows ERR_CONNECTION_RESET for http://localhost:3000, Firefox says "The connection was reset".',
  };
  for (const [client, text] of Object.entries(pastes)) {
    const lastError = text.split('\n').findIndex((l) => /reset by peer|ECONNRESET|ERR_CONNECTION_RESET/.test(l)) + 1;
    expect(note(text), client).toEqual({ seen: true, lines: [lastError] });
    expect(analyze(text).findings.find((f) => f.id === 'connection-reset-seen')?.title, client).toBe('The symptom: "Connection reset by peer"');
    expect(analyzeWith(zhCn, text).findings.find((f) => f.id === 'connection-reset-seen')?.title, client).toBe('出现了“Connection reset by peer”症状');
  }
});

test("Go's, Node.js's and Chromium's words show nothing without a loopback port nearby, nor where the daemon reset", () => {
  const pastes = {
    // Another machine's port, or none named.
    remote: '$ ./sync\nGet "https://10.0.0.5:443/api": read tcp 10.0.0.2:51512->10.0.0.5:443: read: connection reset by peer',
    chromiumNoPort: 'Chrome shows ERR_CONNECTION_RESET on our intranet page.',
    // /tmp/r102/41: Node.js names no address, and neither does its command.
    nodeNoAddress: "$ node check.js\nError: read ECONNRESET\n    at TCP.onStreamRead (node:internal/stream_base_commons:216:20) {\n  errno: -104,\n  code: 'ECONNRESET',\n  syscall: 'read'\n}",
    // The daemon pushes from inside RootlessKit's namespace, whose loopback is its own: the client only relays the error.
    push: '$ docker push localhost:5000/app:1\nThe push refers to repository [localhost:5000/app]\nGet "http://localhost:5000/v2/": read tcp 127.0.0.1:41234->127.0.0.1:5000: read: connection reset by peer',
    pullAnswer: 'Error response from daemon: Get "http://127.0.0.1:5000/v2/": read tcp 127.0.0.1:41234->127.0.0.1:5000: read: connection reset by peer',
    journal:
      'Dec 04 12:00:00 host dockerd[1234]: time="2025-12-04T12:00:00Z" level=error msg="Handler for POST /v1.47/images/create returned error: Get \\"http://localhost:5000/v2/\\": read tcp 127.0.0.1:41234->127.0.0.1:5000: read: connection reset by peer"',
    containerd: 'Dec 04 12:00:00 host containerd[987]: error pulling localhost:5000/app: read tcp 127.0.0.1:41234->127.0.0.1:5000: read: connection reset by peer',
    // The daemon started in the foreground: what follows is its log.
    foreground: 'rootlesskit --net=pasta --port-driver=implicit dockerd\nError: read tcp 127.0.0.1:43828->127.0.0.1:33380: read: connection reset by peer',
    // Settings and sudo's options before the command typed, and a just recipe that prints docker's command.
    settings: '$ DOCKER_BUILDKIT=1 sudo -E -u bob docker push localhost:5000/app\ndial tcp 127.0.0.1:5000: connect: connection reset by peer',
    recipe: '$ just push\ndocker push localhost:5000/app\ndial tcp 127.0.0.1:5000: connect: connection reset by peer',
  };
  for (const [what, text] of Object.entries(pastes)) expect(note(text), what).toEqual({ seen: false, lines: [] });
});

test("review 105's pastes of the daemon's, containers' and builds' own resets keep their verdict, facts and findings, and show no note", () => {
  // What the checker answered before it read other clients' words (verdict, certainty): the facts are those of the paste without its reset.
  const before: Record<string, [string, string]> = {
    'c07-push-noprompt-mirror.txt': ['affected', 'confirmed'],
    'c08-buildkit-npm-noprompt.txt': ['affected', 'confirmed'],
    'c09-compose-svc-noprompt.txt': ['affected', 'confirmed'],
    'c10-journal-cat.txt': ['affected', 'confirmed'],
    'c11-slirp-rootlesskit-parent-log.txt': ['not-affected', 'confirmed'],
    'c12-buildx-push-mirror.txt': ['incomplete', 'inferred'],
    'c13-kubectl-pf.txt': ['affected', 'confirmed'],
    'c14-docker-logs-noprompt.txt': ['affected', 'confirmed'],
    'c24-docker-compose-v1.txt': ['affected', 'confirmed'],
    'c25-pasta-missing-buildkit-npm.txt': ['not-affected', 'inferred'],
    'c26-pasta-missing-push-noprompt.txt': ['not-affected', 'inferred'],
    'c32-fixed-restart-published-then-compose-log.txt': ['fixed', 'confirmed'],
    'c33-rk-only-published-compose-log.txt': ['incomplete', 'inferred'],
    'c34-fixed-rk-push-noprompt.txt': ['fixed', 'confirmed'],
    'c36-make-push.txt': ['fixed', 'confirmed'],
    'c37-sudo-E-docker-push.txt': ['fixed', 'confirmed'],
  };
  expect(readdirSync(dir).sort()).toEqual(Object.keys(before).sort());
  for (const [name, [verdict, certainty]] of Object.entries(before)) {
    const text = paste(name);
    const r = analyze(text);
    expect([r.verdict, r.certainty], name).toEqual([verdict, certainty]);
    expect(note(text).seen, name).toBe(false);
    const quiet = analyze(text.replace(/connection reset by peer|ECONNRESET/g, 'i/o timeout'));
    const ids = (findings: { id: string }[]) => findings.map((f) => f.id);
    expect({ facts: r.facts, findings: ids(r.findings) }, name).toEqual({ facts: quiet.facts, findings: ids(quiet.findings) });
  }
});

test("another client's reset decides nothing: a verdict, its facts and its question stay those of the paste without it", () => {
  const genuine = '$ go run ./probe\nGet "http://127.0.0.1:5000/": read tcp 127.0.0.1:51512->127.0.0.1:5000: read: connection reset by peer';
  // Pasta missing (not affected), a fixed RootlessKit beside a port published on loopback, and a RootlessKit shown alone (a question).
  for (const name of ['c25-pasta-missing-buildkit-npm.txt', 'c26-pasta-missing-push-noprompt.txt', 'c34-fixed-rk-push-noprompt.txt', 'c33-rk-only-published-compose-log.txt']) {
    const text = paste(name);
    expect(decided(`${text.trimEnd()}\n${genuine}`), name).toEqual(decided(text));
    expect(note(`${text.trimEnd()}\n${genuine}`).seen, name).toBe(true);
  }
  // Alone it is no setup recognised: nothing else shows Docker.
  expect(decided(genuine).main).toBe(decided('$ go run ./probe').main);
});
