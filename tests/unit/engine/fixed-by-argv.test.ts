import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatHuman } from '../../../src/cli/format.ts';
import { guideAddress } from '../../../src/cli/main.ts';
import { words } from '../../../src/cli/words.ts';
import { analyze, decodeShare, decodeSignals, encodeShare, type Result } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { headline } from '../../../src/islands/checker/finding-groups.ts';
import { toMarkdown } from '../../../src/islands/checker/markdown.ts';
import { asRendered, outcome } from '../../support/report-copies.ts';

// Review R139 10: RootlessKit 2.3.1 with a wrapper of pasta that adds --host-lo-to-ns-lo is fixed from pasta's argv, but the headline
// said "RootlessKit passes --host-lo-to-ns-lo to pasta", which 2.3.1 never does. The headline says what decided it.
const wrapper = readFileSync(join(import.meta.dirname, '../../fixtures/synthetic/pasta-wrapper-script-adds-flag-rootlesskit-2.3.1-systemd-path.txt'), 'utf8');
// What RootlessKit passes, the flag last, as from 2.3.2 on.
const ARGV = '$ ps -o args= -C pasta\npasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto --host-lo-to-ns-lo 2777069';
const BY_ARGV = { en: 'Fixed: pasta runs with --host-lo-to-ns-lo', zh: '已修复：pasta 运行时带有 --host-lo-to-ns-lo' };
const BY_RK = { en: 'Fixed: RootlessKit passes --host-lo-to-ns-lo to pasta', zh: '已修复：RootlessKit 会给 pasta 传 --host-lo-to-ns-lo' };
const site = 'https://guide.example.org';

/** netcheck's headline (its second line), in English and in Chinese. */
const netcheck = (paste: string) => ({
  en: formatHuman(analyze(paste), guideAddress({}), words.en).split('\n')[1]!.trim(),
  zh: formatHuman(analyze(paste, { messages: zhCn }), guideAddress({}, 'zh-cn'), words['zh-cn']).split('\n')[1]!.trim(),
});

describe('the headline of a fixed verdict that pasta’s argv decides', () => {
  test('RootlessKit 2.3.1 with a wrapper adding the flag: fixed, confirmed, and the headline names pasta’s argv (netcheck, both languages)', () => {
    const r = analyze(wrapper);
    expect([r.verdict, r.certainty, r.facts.rootlesskitVersion, r.findings[0]!.id]).toEqual(['fixed', 'confirmed', '2.3.1', 'fixed-flag-seen']);
    expect(netcheck(wrapper)).toEqual(BY_ARGV);
  });

  test('no RootlessKit version shown: the argv is what decides, so it is named too', () => {
    expect(netcheck(ARGV)).toEqual(BY_ARGV);
  });

  test('RootlessKit 2.3.2 or later beside the same argv: RootlessKit passes the flag, as the headline says', () => {
    for (const rk of ['2.3.2', '3.0.1']) expect(netcheck(`$ rootlesskit --version\nrootlesskit version ${rk}\n${ARGV}`)).toEqual(BY_RK);
  });

  test('a fix from RootlessKit’s version alone keeps its headline', () => {
    expect(netcheck('$ rootlesskit --version\nrootlesskit version 2.3.4\n$ systemctl --user show docker -p Environment\nEnvironment=DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit')).toEqual(BY_RK);
  });

  test('the widget’s headline and the Markdown export’s, and the shared link’s result gives the same headline', () => {
    for (const [lang, options, title] of [['en', undefined, BY_ARGV.en], ['zh-cn', { messages: zhCn }, BY_ARGV.zh]] as const) {
      const r = analyze(wrapper, options);
      const m = words[lang].messages;
      expect(headline(r, m)).toBe(title);
      const md = toMarkdown({ result: r, messages: m, strings: words[lang].s, docsUrl: (p) => site + p, link: `${site}/checker/#v=1` });
      expect(md.split('\n')).toContain(`**${title}**`);
      const fragment = encodeShare(r.facts, r.inferred, r.signals);
      const shared: Result = analyze('', { ...options, answers: decodeShare(fragment), signals: decodeSignals(fragment) });
      expect([shared.verdict, headline(shared, m)]).toEqual(['fixed', title]);
    }
  });
});


describe('a report with that headline pasted back is the checker’s own', () => {
  const zh = { messages: zhCn };
  const reports: Record<string, string> = {
    'netcheck in English': formatHuman(analyze(wrapper), guideAddress({}), words.en),
    'netcheck in Chinese': formatHuman(analyze(wrapper, zh), guideAddress({}, 'zh-cn'), words['zh-cn']),
    'the Markdown export in English': toMarkdown({ result: analyze(wrapper), messages: words.en.messages, strings: words.en.s, docsUrl: (p) => site + p, link: `${site}/checker/#v=1` }),
    'the Markdown export in Chinese': toMarkdown({ result: analyze(wrapper, zh), messages: words['zh-cn'].messages, strings: words['zh-cn'].s, docsUrl: (p) => site + p, link: `${site}/checker/#v=1` }),
  };
  for (const [form, report] of Object.entries(reports)) {
    test(`${form}, as written and lower-cased: alone, only the note; before the paste, the paste's own result`, () => {
      for (const text of [report, report.toLowerCase()]) {
        expect(outcome(analyze(text))).toMatchObject({ verdict: 'incomplete', findings: ['own-report'], signals: [] });
        expect(outcome(analyze(`${text}\n\n${wrapper}`))).toEqual(outcome(analyze(wrapper)));
      }
    });
  }
  test('the Markdown export as rendered text copied from the page (either language), alone: only the note', () => {
    for (const form of ['the Markdown export in English', 'the Markdown export in Chinese']) {
      const copy = asRendered(reports[form]!);
      expect(copy.split('\n')).toContain(form.endsWith('English') ? BY_ARGV.en : BY_ARGV.zh);
      expect(outcome(analyze(copy))).toMatchObject({ verdict: 'incomplete', findings: ['own-report'], signals: [] });
    }
  });
});
