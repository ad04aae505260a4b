// Three small wrong answers left at the closing note of stop 41: review 106's "cannot assign requested address" dropped beside a port
// manager inferred from another line, a user's "[Warning]" log line taken for a finding quoted alone, and a Dockerfile's ENV line given
// the user service's drop-in as its fix.
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { formatHuman } from '../../../src/cli/format.ts';
import { guideAddress } from '../../../src/cli/main.ts';
import { words } from '../../../src/cli/words.ts';
import { analyze } from '../../../src/engine/index.ts';
import { reportWords } from '../../../src/engine/messages/report-words.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { toMarkdown } from '../../../src/islands/checker/markdown.ts';

const both = [undefined, { messages: zhCn }];

describe("review 106: a specific host IP refused by the implicit port driver's userland proxy beside a port refused on the namespace's address", () => {
  // The first infers RootlessKit's port manager (a hint from moby's code); the second is implicit's own error, of the daemon that printed it.
  const paste = [
    'docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint web (3f2c): failed to bind host port 10.0.2.100:3000/tcp: address already in use',
    'docker: Error response from daemon: driver failed programming external connectivity on endpoint web: Error starting userland proxy: listen tcp4 192.168.1.10:8080: bind: cannot assign requested address.',
  ].join('\n');
  test('the finding stays, quoting its line, in either language, while the port manager stays inferred', () => {
    for (const options of both) {
      const r = analyze(paste, options);
      expect(r.facts.portManager).toBe(true);
      expect(r.findings.find((f) => f.id === 'cannot-assign-address')?.evidence.map((e) => e.line)).toEqual([2]);
    }
  });
  test('a port driver with the port manager shown running (docker version) still rules it out', () => {
    const shown = `${paste}\nServer: Docker Engine - Community\n Engine:\n  Version:          27.3.1\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    slirp4netns\n  PortDriver:       builtin`;
    expect(analyze(shown).findings.map((f) => f.id)).not.toContain('cannot-assign-address');
  });
});

describe("the lone-finding rule: a user's [Warning] log line, their output, then a guide line copied without its title", () => {
  const langs = [
    { lang: 'en', options: undefined },
    { lang: 'zh-cn', options: { messages: zhCn } },
  ] as const;
  // RootlessKit's refusal: the user's own output, whose finding has the severity Problem, not Warning.
  const refusal = '[rootlesskit:parent] error: failed to setup network &{}: network "pasta" requires port driver "none" or "implicit"';
  for (const { lang, options } of langs) {
    const w = reportWords[lang];
    const colon = lang === 'en' ? ': ' : '：';
    const guide = `${w.guide}${colon}${guideAddress({}, lang)}troubleshooting/#pasta-port-driver-mismatch`;
    test(`${lang}: the output between them is read again (RootlessKit's refusal is found, not the checker's report)`, () => {
      const paste = [`[${w.severity.warning}] dockerd-rootless.sh exited, restarting in 5 s`, refusal, 'rootlesskit: the child exited', 'dockerd-rootless.sh: exit 1', guide].join('\n');
      const ids = analyze(paste, options).findings.map((f) => f.id);
      expect(ids).toContain('pasta-port-driver-mismatch');
      expect(ids).not.toContain('own-report');
    });

    // The finding as netcheck prints it: title, detail, "> line N:" evidence, its commands under their label, its guide line.
    const report = formatHuman(analyze(`${refusal}\n`, options), guideAddress({}, lang), words[lang]);
    const finding = report.slice(report.indexOf(`  [${w.severity.error}] `)).trimEnd().split('\n');
    const forms = { 'flush left': finding.map((l) => l.trimStart()), 'in a forum quote': finding.map((l) => `> ${l}`) };
    for (const [form, lines] of Object.entries(forms)) {
      test(`${lang}: a real finding quoted alone, ${form}, is still the report's: nothing read from it`, () => {
        expect(lines.some((l) => /> (?:line |第 )\d+/.test(l))).toBe(true);
        const r = analyze(lines.join('\n'), options);
        expect([r.verdict, r.facts.networkDriver, r.facts.portDriver, r.findings.map((f) => f.id)]).toEqual(['incomplete', null, null, ['own-report']]);
      });
    }
  }
});

describe("a Dockerfile's ENV instruction (a dind-rootless image build) sets the settings: its fix is that line typed again, not a drop-in", () => {
  const P = 'DOCKERD_ROOTLESS_ROOTLESSKIT_';
  const image = ['FROM docker:27-dind-rootless', 'USER root', 'RUN apk add --no-cache passt', 'USER rootless'];
  const fixOf = (paste: string, id: string, options?: { messages: typeof zhCn }) => analyze(paste, options).findings.find((f) => f.id === id)!;
  const mismatch = `ENV ${P}NET=pasta ${P}PORT_DRIVER=implicit`;
  // FROM docker:*-dind-rootless: its entrypoint reads the port driver from FLAGS alone, and passes MTU 1500 (dind-entrypoint.test.ts).
  const viaFlags = `ENV ${P}NET=pasta ${P}PORT_DRIVER=builtin ${P}MTU=65520 ${P}FLAGS="--port-driver=implicit"`;

  test('several pairs on one line, after FROM and RUN: the ENV line with port driver implicit, and the Dockerfile named, in either language', () => {
    const paste = [...image, `ENV ${P}NET=pasta ${P}PORT_DRIVER=builtin`].join('\n');
    for (const options of both) {
      const f = fixOf(paste, 'pasta-port-driver-mismatch', options);
      expect(f.fix).toBe(viaFlags);
      expect(f.detail).toMatch(/Dockerfile.*ENV/);
      expect(analyze(paste, options).findings.map((x) => x.fix ?? '').join('\n')).not.toMatch(/systemctl|docker\.service\.d/);
    }
  });
  test('the older form (ENV NAME value), one per line: read, and the last line typed again as pairs', () => {
    const paste = [...image, `ENV ${P}NET pasta`, `ENV ${P}PORT_DRIVER builtin`].join('\n');
    expect(analyze(paste).facts).toMatchObject({ networkDriver: 'pasta', portDriver: 'builtin' });
    expect(fixOf(paste, 'pasta-port-driver-mismatch').fix).toBe(`ENV ${P}PORT_DRIVER=builtin ${P}MTU=65520 ${P}NET=pasta ${P}FLAGS="--port-driver=implicit"`);
  });
  // (No FROM shown: the image's script is dockerd-rootless.sh, which reads PORT_DRIVER.)
  test("a build's echo of the step (BuildKit's #5 [2/4], the classic builder's Step 3/5 :): the instruction typed again without the echo", () => {
    for (const step of ['#5 [2/4] ', 'Step 3/5 : ']) {
      expect(fixOf(`${step}ENV ${P}NET=pasta ${P}PORT_DRIVER=builtin`, 'pasta-port-driver-mismatch').fix).toBe(mismatch);
    }
  });
  test('the MTU changed in place, FLAGS kept whole in double quotes', () => {
    const paste = [...image, `ENV ${P}NET=slirp4netns ${P}MTU=1500 ${P}FLAGS="--disable-host-loopback --port-driver=builtin"`].join('\n');
    expect(fixOf(paste, 'mtu-1500').fix).toBe(`ENV ${P}NET=slirp4netns ${P}MTU=65520 ${P}FLAGS="--disable-host-loopback --port-driver=builtin"`);
  });
  test('the Markdown export shows it as a Dockerfile; every other fix printed is shell that bash reads', () => {
    const paste = [...image, `ENV ${P}NET=pasta ${P}PORT_DRIVER=builtin`, 'Cannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?'].join('\n');
    const result = analyze(paste);
    const md = toMarkdown({ result, messages: words.en.messages, strings: words.en.s, docsUrl: (p) => p, link: 'https://example.org/checker/' });
    expect(md).toContain(`\`\`\`dockerfile\n${viaFlags}\n\`\`\``);
    const shell = result.findings.flatMap((f) => (f.fix && !f.fix.startsWith('ENV ') ? [f.fix] : []));
    expect(shell.length).toBeGreaterThan(0);
    for (const fix of shell) expect(spawnSync('bash', ['-n'], { input: fix }).status).toBe(0);
  });
});
