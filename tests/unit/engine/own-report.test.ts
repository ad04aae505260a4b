import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatHuman, formatJson } from '../../../src/cli/format.ts';
import { guideAddress } from '../../../src/cli/main.ts';
import { words } from '../../../src/cli/words.ts';
import { SERVICE } from '../../../src/engine/apply.ts';
import { analyze, type Result } from '../../../src/engine/index.ts';
import { en } from '../../../src/engine/messages/en.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { toMarkdown } from '../../../src/islands/checker/markdown.ts';
import { samples } from '../../../src/islands/checker/samples.ts';
import { asRendered, outcome } from '../../support/report-copies.ts';

// Review 97 #1: the checker's report pasted back (a forum post quoting the result) was read as the machine's output: the here-document
// of the slirp4netns fix as configuration in force, and the affected finding's prose ("Connection reset by peer") as the symptom seen.
const own = (name: string): string => readFileSync(join(import.meta.dirname, 'own-report', name), 'utf8');
const pastes = { 'Fedora with rpm -q passt': own('fedora-rpm-paste.txt'), 'the collector (island sample)': samples.find((s) => s.id === 'affected')!.text };
const site = 'https://guide.example.org';

/** Every form of the checker's report on `paste`, as its own renderers write it. */
function reports(paste: string): Record<string, string> {
  const result = analyze(paste);
  const zh = analyze(paste, { messages: zhCn });
  const md = (r: Result, lang: 'en' | 'zh-cn') =>
    toMarkdown({ result: r, messages: words[lang].messages, strings: words[lang].s, docsUrl: (p) => site + p, link: `${site}/checker/#v=1` });
  return {
    'netcheck in English': formatHuman(result, guideAddress({}), words.en),
    'netcheck in Chinese': formatHuman(zh, guideAddress({}, 'zh-cn'), words['zh-cn']),
    'netcheck --collect (no line numbers)': formatHuman(result, guideAddress({}), words.en, true),
    'netcheck --json': formatJson(result),
    'the Markdown export in English': md(result, 'en'),
    'the Markdown export in Chinese': md(zh, 'zh-cn'),
  };
}


describe('the checker’s own report pasted back is not read as the machine’s output', () => {
  for (const [what, paste] of Object.entries(pastes)) {
    for (const [form, report] of Object.entries(reports(paste))) {
      test(`${what}, ${form}, alone: no verdict, no fact, no symptom, and a note asking for the commands' output`, () => {
        const r = analyze(report);
        expect(r.verdict).toBe('incomplete');
        expect(Object.values(r.facts).filter((v) => v !== null)).toEqual([]);
        expect(r.signals).toEqual([]);
        expect(r.findings.map((f) => f.id)).toEqual(['own-report']);
        expect(analyze(report, { messages: zhCn }).findings[0]!.title).toBe(zhCn.findings['own-report']({}, SERVICE).title);
      });
      test(`${what}, ${form}, beside the paste (either order): the paste's own result, no disagreeing values, no symptom`, () => {
        const alone = outcome(analyze(paste));
        // The report holds the slirp4netns fix's here-document, which its own reader would take for configuration.
        expect(alone.verdict).toBe('affected');
        expect(alone.findings).not.toContain('own-report');
        expect(report).toContain('DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns');
        expect(outcome(analyze(`${paste}\n${report}`))).toEqual(alone);
        expect(outcome(analyze(`${report}\n\n${paste}`))).toEqual(alone);
      });
    }
  }

  test('a real report copied from a terminal (netcheck on the Fedora paste), alone and beside that paste', () => {
    const report = own('netcheck-report-en.txt');
    const paste = pastes['Fedora with rpm -q passt'];
    expect(outcome(analyze(report))).toMatchObject({ verdict: 'incomplete', findings: ['own-report'], signals: [] });
    expect(analyze(report).facts.networkDriver).toBeNull();
    expect(outcome(analyze(`${paste}\n${report}`))).toEqual(outcome(analyze(paste)));
  });

  test('a real report whose blank lines a forum dropped, alone and beside its paste', () => {
    const report = own('netcheck-report-en.txt').replace(/\n{2,}/g, '\n');
    const paste = pastes['Fedora with rpm -q passt'];
    expect(outcome(analyze(report))).toMatchObject({ verdict: 'incomplete', findings: ['own-report'], signals: [] });
    expect(outcome(analyze(`${report}\n${paste}`))).toEqual(outcome(analyze(paste)));
  });

  test('a report cut before its findings leaves out only its verdict lines', () => {
    const paste = pastes['Fedora with rpm -q passt'];
    const head = own('netcheck-report-en.txt').split('\n').slice(0, 3).join('\n');
    expect(outcome(analyze(`${head}\n\n${paste}`))).toEqual(outcome(analyze(paste)));
    expect(analyze(head).findings.map((f) => f.id)).toEqual(['own-report']);
  });
});

// RS 4: where nothing is decided but the daemon cannot start, the headline says so; every form of the report with it is still known as the report.
describe('a report whose headline says the daemon cannot start is the checker’s', () => {
  const paste = readFileSync(join(import.meta.dirname, '../../fixtures/real/error-journal-rootlesskit-pasta-autoscan-29.5.0-arch-1.txt'), 'utf8');
  for (const [form, report] of Object.entries(reports(paste))) {
    test(`${form}, as written and lower-cased: only the note, no fact, no symptom`, () => {
      for (const text of [report, report.toLowerCase()]) {
        const r = analyze(text);
        expect([r.findings.map((f) => f.id), r.signals]).toEqual([['own-report'], []]);
        expect(Object.values(r.facts).filter((v) => v !== null)).toEqual([]);
      }
    });
  }
});

// A report lower-cased whole (by hand, or by a chat tool) is still the checker's: read as output, its lower-cased fix and evidence lines
// gave the island sample's report a verdict of its own. A user's line in another case than the report's (setuptool's "[WARNING]") is read.
describe('the checker’s report pasted back lower-cased is not read as the machine’s output', () => {
  for (const [what, paste] of Object.entries(pastes)) {
    for (const [form, report] of Object.entries(reports(paste))) {
      const lower = report.toLowerCase();
      test(`${what}, ${form}, lower-cased: alone, only the note; beside the paste (either order), the paste's own result`, () => {
        expect(outcome(analyze(lower))).toMatchObject({ verdict: 'incomplete', findings: ['own-report'], signals: [] });
        expect(Object.values(analyze(lower).facts).filter((v) => v !== null)).toEqual([]);
        expect(outcome(analyze(`${paste}\n${lower}`))).toEqual(outcome(analyze(paste)));
        expect(outcome(analyze(`${lower}\n\n${paste}`))).toEqual(outcome(analyze(paste)));
      });
    }
  }

  test('a lower-cased copy of the rendered result, alone and before the paste', () => {
    const paste = pastes['the collector (island sample)'];
    const [md] = Object.values(reports(paste)).filter((r) => r.startsWith('## '));
    const copy = asRendered(md!).toLowerCase();
    expect(outcome(analyze(copy))).toMatchObject({ verdict: 'incomplete', findings: ['own-report'], signals: [] });
    expect(outcome(analyze(`${copy}\n\n${paste}`))).toEqual(outcome(analyze(paste)));
  });
});

// The result copied as rendered text has none of the markup above: the verdict sentence and the certainty sentence under it are all
// that is the engine's. The island's selections were rendered from its components (Verdict, Facts, Findings, ShareBar) on the Fedora paste.
describe('the checker’s result copied as rendered text is not read as the machine’s output', () => {
  const catalogues = { en: undefined, zh: { messages: zhCn } };
  const fedora = pastes['Fedora with rpm -q passt'];

  const copies: Record<string, { lang: 'en' | 'zh'; paste: string; report: string }> = {
    'the checker page selected, English': { lang: 'en', paste: fedora, report: own('island-selection-en.txt') },
    'the checker page selected, Chinese': { lang: 'zh', paste: fedora, report: own('island-selection-zh.txt') },
  };
  // RootlessKit's version left out: the verdict rests on the one Docker bundles, and the certainty sentence names it.
  const inferred = { ...pastes, 'Fedora without RootlessKit’s version (inferred)': fedora.replace(/^ {2}Version: +2\.3\.1\n/m, '') };
  for (const [what, paste] of Object.entries(inferred)) {
    const all = reports(paste);
    copies[`${what}, the Markdown export rendered, English`] = { lang: 'en', paste, report: asRendered(all['the Markdown export in English']!) };
    copies[`${what}, the Markdown export rendered, Chinese`] = { lang: 'zh', paste, report: asRendered(all['the Markdown export in Chinese']!) };
  }

  // Review 100 #5: a copy is known whatever the checker's language, as the other forms are.
  for (const [what, { lang, paste, report }] of Object.entries(copies)) for (const [reader, options] of Object.entries(catalogues)) {
    const other = reader === lang ? '' : ` (read by the ${reader} checker)`;
    test(`${what}${other}, alone: no verdict, no fact, no symptom, and the note asking for the commands' output`, () => {
      // Still rendered text: the slirp4netns fix's here-document is in it, and none of netcheck's or Markdown's marks.
      expect(report).toContain('DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns');
      expect(report).not.toMatch(/^(?:Verdict|结论)[:：]|^##|\*\*/m);
      const r = analyze(report, options);
      expect(r.verdict).toBe('incomplete');
      expect(r.facts.networkDriver).toBeNull();
      expect(Object.values(r.facts).filter((v) => v !== null)).toEqual([]);
      expect(r.signals).not.toContain('connection-reset');
      expect(r.findings.map((f) => f.id)).toEqual(['own-report']);
    });
    test(`${what}${other}, beside the paste (either order): the paste's own result`, () => {
      const alone = outcome(analyze(paste, options));
      expect(alone.verdict).toBe('affected');
      // (rpm -q passt shows the pasta installed, not the one that runs: inferred.)
      expect(alone.certainty).toBe(what.includes('inferred') || paste.includes('rpm -q passt') ? 'inferred' : 'confirmed');
      expect(outcome(analyze(`${paste}\n${report}`, options))).toEqual(alone);
      expect(outcome(analyze(`${report}\n\n${paste}`, options))).toEqual(alone);
    });
  }

  test('the paste after a copied result is read from its prompt on', () => {
    const report = own('island-selection-en.txt');
    const typed = fedora.replace(/^Client:/m, '$ docker version\nClient:');
    expect(outcome(analyze(`${report}\n${typed}`))).toEqual(outcome(analyze(typed)));
  });

  test('lines of the paste that only resemble the verdict and certainty sentences are read as output', () => {
    // A journal's lines carry their prefix, and a verdict sentence without the certainty one under it is the reader's own words.
    const journal = `Dec 04 10:00:00 host notify[812]: ${en.verdict['not-affected']}\nDec 04 10:00:00 host notify[812]: ${en.certainty.confirmed({} as never)}`;
    for (const paste of [`${journal}\n${fedora}`, `${en.verdict['not-affected']}\n\n${fedora}`, `${fedora}\n${journal}`]) {
      expect(outcome(analyze(paste))).toEqual(outcome(analyze(fedora)));
    }
    expect(analyze(`${fedora}\n${en.verdict.affected}\nDOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns`).findings.map((f) => f.id)).not.toContain('own-report');
  });
});

// Review 99 #1 and #7: a report ran from its verdict line to any later line ending in a "/#anchor" address, and a Markdown document
// with a heading over any bold line was taken for the export, so the user's own output between was dropped ("paste the output instead").
describe('a user’s output around the checker’s report is read', () => {
  const upgraded = own('report-then-upgrade-and-link.txt');
  // The user's own docker version after the upgrade, as pasted under the report: RootlessKit 2.3.2.
  const dockerVersion = upgraded.slice(upgraded.indexOf('\nClient:') + 1, upgraded.indexOf('\nbut it still resets'));
  const byItself = (options?: { messages: typeof zhCn }) => outcome(analyze(dockerVersion, options));

  test('a report, then the user’s docker version, then a link of their own: the docker version read (fixed)', () => {
    expect(byItself()).toMatchObject({ verdict: 'fixed', certainty: 'confirmed' });
    expect(byItself().facts.rootlesskitVersion).toBe('2.3.2');
    expect(outcome(analyze(upgraded))).toEqual(byItself());
  });

  test('every netcheck form, in either catalogue, followed by the user’s prose, output and a link: the output read', () => {
    const tail = `So I upgraded rootless extras. docker version now:\n${dockerVersion}\nbut it still resets. I followed https://rootless-networking.example.org/fix/#the-flag`;
    const all = reports(pastes['Fedora with rpm -q passt']);
    for (const form of ['netcheck in English', 'netcheck in Chinese', 'netcheck --collect (no line numbers)']) {
      for (const options of [undefined, { messages: zhCn }]) {
        expect(outcome(analyze(`${all[form]}\n\n${tail}`, options))).toEqual(byItself(options));
      }
    }
  });

  test('a verdict line with nothing of the report under it is left out alone; another label (Result:) is the user’s', () => {
    for (const name of ['verdict-alone-then-docker-version.txt', 'result-label-then-docker-version.txt']) {
      const r = analyze(own(name));
      expect(r.verdict).toBe('fixed');
      expect(r.facts.rootlesskitVersion).toBe('2.3.2');
      expect(r.findings.map((f) => f.id)).not.toContain('own-report');
    }
  });

  test('an issue written in Markdown (a heading, a bold label, a labelled link) is the user’s: its docker version is read', () => {
    const r = analyze(own('issue-in-markdown.txt'));
    expect([r.verdict, r.certainty, r.facts.rootlesskitVersion]).toEqual(['affected', 'inferred', '2.3.1']);
    expect(r.findings.map((f) => f.id)).not.toContain('own-report');
  });

  test('after a copied result, a line of output without a prompt is read: rootlesskit’s version, and docker version', () => {
    const selected = own('island-selection-en.txt');
    const exported = asRendered(reports(pastes['Fedora with rpm -q passt'])['the Markdown export in English']!);
    for (const report of [selected, exported]) {
      expect(analyze(`${report}\nrootlesskit version 2.3.1`).facts.rootlesskitVersion).toBe('2.3.1');
      expect(outcome(analyze(`${report}\n${dockerVersion}`))).toEqual(byItself());
    }
  });
});

// Review 100 #1: the top of a report quoted, or a copy of the result cut short, then the user's own lines without a prompt (a unit
// file, rootlesskit's and pasta's versions): the copy ran to the next prompt, so the user's lines were dropped as the report's.
describe('the user’s lines after a report cut short are read', () => {
  const both = [undefined, { messages: zhCn }];

  test('netcheck’s first three lines, then the user’s unit and rootlesskit version (English and Chinese): the port driver mismatch', () => {
    for (const name of ['report-top-then-unit-en.txt', 'report-top-then-unit-zh.txt']) {
      const paste = own(name);
      const users = paste.slice(paste.indexOf('[Service]'));
      for (const options of both) {
        const r = analyze(paste, options);
        expect(r.findings.map((f) => f.id)).toContain('pasta-port-driver-mismatch');
        expect(outcome(r)).toEqual(outcome(analyze(users, options)));
      }
    }
  });

  test('netcheck’s verdict and summary, then the user’s rootlesskit version: 2.3.4 read', () => {
    for (const options of both) expect(analyze(own('report-summary-then-version.txt'), options).facts.rootlesskitVersion).toBe('2.3.4');
  });

  test('the checker page’s copy cut after a row (English, Chinese), then rootlesskit’s and pasta’s versions: both read', () => {
    for (const name of ['island-cut-then-versions-en.txt', 'island-cut-then-versions-zh.txt']) {
      for (const options of both) {
        const { facts } = analyze(own(name), options);
        expect([facts.rootlesskitVersion, facts.pastaVersion]).toEqual(['2.3.4', '2025_01_21.4f2c8e7']);
      }
    }
  });
});

// Review 100 #2: a forum strips the report's indentation outside a code block; the finding's slirp4netns fix was then read as the
// machine's configuration ("not affected, slirp4netns"). A translation of the report (German) is not known: its words are not ours.
describe('netcheck’s report without its indentation is not read as the machine’s output', () => {
  const paste = pastes['Fedora with rpm -q passt'];
  const all = reports(paste);
  const flattened = {
    ...Object.fromEntries(['netcheck in English', 'netcheck in Chinese', 'netcheck --collect (no line numbers)'].map((form) => [form, all[form]!.replace(/^[ \t]+/gm, '')])),
    'a real Chinese report from a forum': own('netcheck-flattened-zh.txt'),
  };
  for (const [form, report] of Object.entries(flattened)) {
    test(`${form}, flattened, alone and beside the paste, in either catalogue`, () => {
      expect(report).toMatch(/^Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns"$/m);
      for (const options of [undefined, { messages: zhCn }]) {
        const r = analyze(report, options);
        expect([r.verdict, r.facts.networkDriver, r.findings.map((f) => f.id)]).toEqual(['incomplete', null, ['own-report']]);
        expect(outcome(analyze(`${report}\n\n${paste}`, options))).toEqual(outcome(analyze(paste, options)));
      }
    });
  }
});

// Review 101 #1: a copied result's top, the user's unit and rootlesskit version, then a finding the user quotes: the copy ran to the
// finding's guide label, so the user's lines between were dropped as the copy's. The copy ends at its last own part before a gap.
describe('the user’s lines between a copied result’s top and a quoted finding are read', () => {
  test('the copy’s two sentences, the user’s override.conf and rootlesskit version, a finding (English, Chinese): the mismatch', () => {
    for (const name of ['copy-top-unit-then-finding-en.txt', 'copy-top-unit-then-finding-zh.txt']) {
      for (const options of [undefined, { messages: zhCn }]) {
        const r = analyze(own(name), options);
        expect([r.facts.networkDriver, r.facts.portDriver, r.facts.rootlesskitVersion]).toEqual(['pasta', 'builtin', '2.3.1']);
        expect(r.findings.map((f) => f.id)).toContain('pasta-port-driver-mismatch');
      }
    }
  });
});

// Review 101 #2: every indented line right under netcheck's verdict line was the report's, so docker's nested rootlesskit section
// (or the user's own notes) pasted under the report's top without a blank line was dropped.
describe('the user’s indented lines right under netcheck’s top are read', () => {
  const both = [undefined, { messages: zhCn }];

  test('the top, then docker version’s rootlesskit section (English): affected, from RootlessKit 2.3.1 with pasta', () => {
    for (const options of both) {
      const r = analyze(own('report-top-then-rootlesskit-en.txt'), options);
      expect([r.verdict, r.facts.rootlesskitVersion, r.facts.networkDriver, r.facts.portDriver]).toEqual(['affected', '2.3.1', 'pasta', 'implicit']);
    }
  });

  test('the Chinese top (with the stopped daemon’s note, or the certainty sentence), then the rootlesskit section: the mismatch', () => {
    for (const name of ['report-top-stopped-then-rootlesskit-zh.txt', 'report-top-then-rootlesskit-zh.txt']) {
      for (const options of both) {
        const r = analyze(own(name), options);
        expect(r.facts.portDriver).toBe('builtin');
        expect(r.findings.map((f) => f.id)).toContain('pasta-port-driver-mismatch');
      }
    }
  });

  test('the user’s own notes indented under a verdict line: the connection reset they saw is kept', () => {
    for (const options of both) expect(analyze(own('verdict-then-own-notes-zh.txt'), options).findings.map((f) => f.id)).toContain('connection-reset-seen');
  });
});

// Review 101 #3: a finding of netcheck's quoted alone (its severity word is the report's) was read as the machine's configuration:
// the slirp4netns fix's exports as the driver in force, its MTU, or a disagreement with the user's own docker version.
describe('a finding of netcheck’s report quoted alone is the report’s', () => {
  const both = [undefined, { messages: zhCn }];

  test('the slirp4netns finding alone: no driver, no MTU, nothing decided', () => {
    for (const options of both) {
      const r = analyze(own('finding-alone-slirp4netns.txt'), options);
      expect([r.verdict, r.facts.networkDriver, r.facts.mtu, r.findings.map((f) => f.id)]).toEqual(['incomplete', null, null, ['own-report']]);
    }
  });

  test('a quoted finding, then the user’s docker version: read alone, no disagreement, no MTU and no evidence from the finding', () => {
    for (const name of ['finding-then-docker-version.txt', 'findings-then-docker-version.txt', 'finding-only-then-docker-version.txt']) {
      const paste = own(name);
      const users = paste.slice(paste.indexOf('Server:'));
      for (const options of both) {
        const r = analyze(paste, options);
        expect(r.findings.map((f) => f.id)).not.toContain('facts-disagree');
        expect(r.facts.mtu).toBeNull();
        expect([r.verdict, r.facts.networkDriver, r.facts.portDriver]).toEqual([analyze(users, options).verdict, 'pasta', analyze(users, options).facts.portDriver]);
        expect(r.findings.flatMap((f) => f.evidence.map((e) => e.text)).join('\n')).not.toContain('Environment=');
      }
    }
  });
});
