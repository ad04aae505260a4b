// Three small wrong answers left at the closing note of stop 41: review 106's "cannot assign requested address" dropped beside a port
// manager inferred from another line, a user's "[Warning]" log line taken for a finding quoted alone, and a Dockerfile's ENV line given
// the user service's drop-in as its fix.
import { describe, expect, test } from 'vitest';
import { formatHuman } from '../../../src/cli/format.ts';
import { guideAddress } from '../../../src/cli/main.ts';
import { words } from '../../../src/cli/words.ts';
import { analyze } from '../../../src/engine/index.ts';
import { reportWords } from '../../../src/engine/messages/report-words.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

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
