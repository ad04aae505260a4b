// Review 107 #3 and #4: pstree -a's process lines, and JSON cut out with jq (one docker version component, podman info's pasta alone),
// were not read, so pastes that show the drivers and pasta's version were left INCOMPLETE or wrongly AFFECTED.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import type { Facts } from '../../../src/engine/types.ts';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8');

// What a running RootlessKit's and pasta's argv say (the argv as ps shows it).
const ARGV_FACTS = ['rootless', 'networkDriver', 'portDriver', 'hostLoToNsLo', 'mtu', 'disableHostLoopback', 'detachNetns', 'ipv4Only'] as const;
const argvFacts = (text: string): Partial<Facts> => Object.fromEntries(ARGV_FACTS.map((key) => [key, analyze(text).facts[key]]));

const RK = 'rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --disable-host-loopback --port-driver=implicit --copy-up=/etc --copy-up=/run --propagation=rslave /usr/bin/dockerd-rootless.sh';
const PASTA = 'pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto 1852';
const PS = `$ ps -o pid,args -u $USER\n 1841 ${RK}\n 1862 ${PASTA}`;

test("pstree -a's lines (Unicode or ASCII branches, with or without PIDs) give what ps's give", () => {
  const ps = argvFacts(PS);
  expect(ps).toMatchObject({ networkDriver: 'pasta', portDriver: 'implicit', hostLoToNsLo: false, mtu: 65520 });
  const trees = {
    pids: `$ pstree -a -p 1841\n${RK.replace('rootlesskit', 'rootlesskit,1841')}\n  ├─dockerd,1880\n  ├─${PASTA.replace('pasta', 'pasta,1862')}\n  └─{rootlesskit},1843`,
    noPids: `$ pstree -a\nsystemd --user\n  ├─${RK}\n  │   ├─dockerd\n  │   └─${PASTA}`,
    ascii: `$ pstree -A -a -p\nsystemd,1100 --user\n  |-${RK.replace('rootlesskit', 'rootlesskit,1841')}\n  |   |-dockerd,1880\n  |   \`-${PASTA.replace('pasta', 'pasta,1862')}\n  \`-2*[{rootlesskit},1843]`,
    user: `$ pstree -a -p -u\nsystemd,1100 --user\n  ├─${RK.replace('rootlesskit', 'rootlesskit,1841,alice')}\n  │   └─${PASTA.replace('pasta', 'pasta,1862')}`,
  };
  for (const [form, text] of Object.entries(trees)) expect(argvFacts(text), form).toEqual(ps);
  // Behind kubectl logs --prefix, ASCII's "|-" is a branch, not the bar after act's "[job/step]   | ".
  const prefixed = trees.ascii.split('\n').map((line) => `[pod/dind-0/dind] ${line}`).join('\n');
  expect(argvFacts(prefixed)).toEqual(ps);
});

test('pstree -a -p with pasta 2025_01_21 without the flag: affected, confirmed, in both languages (13-pstree)', () => {
  const text = fixture('pstree-a-p-rootlesskit-pasta-2025-01-21.txt');
  expect(analyze(text)).toMatchObject({ verdict: 'affected', certainty: 'confirmed' });
  expect(analyze(text).findings[0]!.evidence.map((e) => e.line)).toContain(8);
  expect(analyzeWith(zhCn, text)).toMatchObject({ verdict: 'affected', certainty: 'confirmed' });
  expect(analyzeWith(zhCn, text).findings[0]!.title).toBe('pasta 把宿主机的回环连接转到了错误的地址');
});

test("pstree's lines without argv, compressed runs, threads and lines cut at its width give no wrong fact", () => {
  const none = [
    // No -a: one line per branch, no argv.
    '$ pstree -A\nsystemd-+-rootlesskit-+-exe-+-dockerd-+-containerd---7*[{containerd}]\n        |             |-pasta\n        |             `-9*[{rootlesskit}]',
    '$ pstree -p\nsystemd(1)─┬─rootlesskit(1841)─┬─exe(1852)─┬─dockerd(1880)\n           │                 ├─pasta(1862)\n           │                 └─2*[{rootlesskit}(1843)]',
    '$ pstree -a\nsystemd --user\n  ├─2*[{rootlesskit}]\n  └─{pasta},1863',
  ];
  for (const text of none) for (const key of ARGV_FACTS) expect(analyze(text).facts[key], `${key} in ${text}`).toBeNull();
  // pstree ends a line cut at its width with "+": the piece before it is no value, and a cut argv proves no flag missing.
  const cut = `$ pstree -a\nsystemd --user\n  |-rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pas+\n  |-rootlesskit --port-driver=impl+\n  \`-pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --no-map-gw --tcp-ports=au+`;
  const r = analyze(cut);
  expect([r.facts.networkDriver, r.facts.hostLoToNsLo, r.facts.ipv4Only]).toEqual(['pasta', null, null]);
  // The port driver only assumed, as for any pasta whose driver is not shown.
  expect(r.findings.map((f) => f.id)).toContain('port-driver-assumed-implicit');
});

// docker version's rootlesskit component, as jq prints it alone (pretty and -c) after the docker command, and podman info's pasta alone.
const COMPONENT = fixture('jq-select-rootlesskit-component-pasta-2025-01-21.txt').split('\n').slice(0, 10).join('\n');
const COMPACT = fixture('jq-c-rootlesskit-component-pasta.txt');
// Review 107's own paste: Fedora 40's pasta names itself "…-pasta" in a line a hard wrap would cut, so it is not among the fixtures.
const REVIEW_51 = readFileSync(join(import.meta.dirname, 'review-107/51-podman-info-json-old-pasta.txt'), 'utf8');
const PODMAN_PASTA = REVIEW_51.split('\n').slice(1, 6).join('\n');
const ENGINE = '{"Name":"Engine","Version":"27.4.1","Details":{"ApiVersion":"1.47","MinAPIVersion":"1.24","Os":"linux"}}';

test('one docker version component cut out with jq is read as that component, pretty or on one line (59, 59b)', () => {
  for (const text of [COMPONENT, COMPACT]) {
    expect(analyze(text).facts, text).toMatchObject({ rootless: true, rootlesskitVersion: '2.3.1', networkDriver: 'pasta', portDriver: 'implicit' });
    expect(analyze(text).verdict).toBe('affected');
    expect(analyzeWith(zhCn, text).verdict).toBe('affected');
  }
  // The engine alone names the server's version, and says nothing of the components it was cut from.
  expect(analyze(ENGINE).facts).toMatchObject({ dockerServerVersion: '27.4.1', rootless: null });
});

test("podman info's pasta cut out alone (jq .host.pasta) gives its version: pasta 2024-09-06 is not affected (51)", () => {
  for (const text of [REVIEW_51, fixture('jq-podman-host-pasta-2024-09-06-fc41.txt')]) {
    for (const r of [analyze(text), analyzeWith(zhCn, text)]) {
      expect(r).toMatchObject({ verdict: 'not-affected', certainty: 'confirmed' });
      expect(r.facts.pastaDate).toBe('2024-09-06');
    }
  }
  expect(analyze(PODMAN_PASTA).facts.pastaDate).toBe('2024-09-06');
});

test('other JSON with some of these keys is not read as a component or as pasta', () => {
  const others = [
    '{"Name":"rootlesskit","Version":"2.3.1"}',
    '{"Name":"rootlesskit","Version":"2.3.1","Details":{"GitCommit":"abc"}}',
    '{"Name":"Engine","Version":"27.4.1"}',
    '{"Name":"constructor","Version":"1","Details":{"ApiVersion":"1"}}',
    '{"executable":"/usr/bin/pasta"}',
    '{"executable":"/usr/bin/slirp4netns","package":"passt-0^20240906.g6b38f07-1.fc40.x86_64","version":"pasta 0^20240906.g6b38f07"}',
    '{"Settings":{"Name":"rootlesskit","Version":"2.3.1","Details":{"NetworkDriver":"pasta"}}}',
  ];
  for (const text of others) expect(analyze(text).verdict === 'incomplete' && analyze(text).facts.networkDriver === null && analyze(text).facts.pastaDate === null, text).toBe(true);
});

test('JSON cut anywhere gives no fact the whole does not give', () => {
  // Every cut, not a sample of them: a sample found the one below about one run in six. pasta's version is compared by its release:
  // cut before podman's "version" line, the package's name tells the same release without the "-pasta" that line adds.
  for (const doc of [COMPONENT, COMPACT, PODMAN_PASTA, ENGINE]) {
    const whole = analyze(doc).facts;
    for (let at = 0; at <= doc.length; at++) {
      const facts = analyze(doc.slice(0, at)).facts;
      for (const [key, value] of Object.entries(facts)) {
        if (value !== null && key !== 'pastaVersion') expect(value, `${key} at ${at}`).toEqual(whole[key as keyof Facts]);
      }
      if (facts.pastaVersion !== null) expect(facts.pastaDate, `pastaDate at ${at}`).toBe(whole.pastaDate);
    }
  }
});
