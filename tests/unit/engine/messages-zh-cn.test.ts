import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findingMeta } from '../../../src/engine/findings.ts';
import { analyze, limits, type Answers, type Finding } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { allFixtures } from '../../fixtures/fixtures.ts';

/** Every fixture paste, plus inputs for the few findings no fixture produces and answers that reach the other branches. */
const cases: { name: string; text: string; answers?: Answers }[] = [
  ...allFixtures(),
  { name: 'port driver none', text: 'rootlesskit --net=pasta --port-driver=none dockerd' },
  { name: 'pasta with builtin', text: ' rootlesskit:\n  Version: 2.3.1\n  NetworkDriver: pasta\n  PortDriver: builtin' },
  { name: 'too long', text: 'x'.repeat(limits.maxChars + 1) },
  { name: 'too long, in lines', text: 'x\n'.repeat(limits.maxChars / 2 + 1) },
  { name: "pacman.conf's IgnorePkg", text: 'IgnorePkg = rootlesskit\n$ pacman -Q rootlesskit\nrootlesskit 2.3.1-1\n rootlesskit:\n  Version: 2.3.1\n  NetworkDriver: pasta' },
  { name: 'answer contradicted', text: ' rootlesskit:\n  Version: 2.3.1\n  NetworkDriver: slirp4netns\n  PortDriver: builtin', answers: { networkDriver: 'pasta' } },
  { name: 'answer beside a rootful daemon', text: 'Server:\n Security Options:\n  seccomp\n   Profile: builtin\n  cgroupns\n Kernel Version: 6.8.0', answers: { networkDriver: 'pasta' } },
  { name: 'nothing', text: '' },
  { name: 'written by hand', text: 'docker 27.3.1, rootlesskit 2.3.1, pasta 2025_01_21' },
  { name: "the checker's own report", text: readFileSync(join(import.meta.dirname, 'own-report/netcheck-report-en.txt'), 'utf8') },
  { name: 'FLAGS cut by a pager', text: '$ systemctl --user show docker -p Environment\nEnvironment=DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta "DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--copy-up=/opt --port-dri' },
  { name: 'unclosed quote', text: '$ cat override.conf\n[Service]\nEnvironment=DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS="--net=pasta' },
  { name: 'answers only', text: '', answers: { networkDriver: 'pasta', rootlesskitVersion: '2.3.1' } },
  { name: "a setting docker:dind-rootless's entrypoint does not read", text: 'docker run -d --privileged -e DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=slirp4netns docker:27.5.1-dind-rootless' },
  { name: 'pasta set for docker:dind-rootless, which has no passt', text: `docker run -d --privileged -e DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta -e 'DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--port-driver=implicit' docker:27.5.1-dind-rootless` },
  { name: 'dev build', text: '', answers: { networkDriver: 'pasta', rootlesskitVersion: '2.3.1+dev' } },
];

const results = cases.map((c) => ({ ...c, en: analyze(c.text, { answers: c.answers }), zh: analyze(c.text, { answers: c.answers, messages: zhCn }) }));
const pairs: [string, Finding, Finding][] = results.flatMap((r) => r.en.findings.map((f, i): [string, Finding, Finding] => [`${r.name} ${f.id}`, f, r.zh.findings[i]!]));

const text = (f: Finding): string => `${f.title}\n${f.detail}\n${f.fix ?? ''}`;
// Words a fix echoes in double quotes (no variable in them): shell quoting around each language's words, not a quoted message.
const ECHOED = /echo "[^"$\n]*"/g;
/** A finding's text with the words its fix echoes in double quotes left out. */
const quoting = (f: Finding): string => text(f).replace(ECHOED, 'echo "…"');
/** Versions, passt tags and dates in a text (four-part numbers are addresses). */
const versions = (s: string): string[] =>
  [...s.matchAll(/\d{4}_\d\d_\d\d\.[\w.+~-]*\w|\b20\d\d-\d\d-\d\d\b|\d+(?:\.\d+)+(?:[-+~][\w.+~-]*\w)?/g)].map((m) => m[0]).filter((v) => v.split('.').length !== 4).sort();
/** A fix with its comments and the words it echoes to the reader removed: the commands themselves. */
const commands = (fix: string | undefined): string[] | undefined =>
  fix?.split('\n').map((line) => line.replace(/(^|\s+)#.*$/, '').replace(/echo '[^']*'/g, "echo '…'").replace(ECHOED, 'echo "…"'));

describe('the Simplified Chinese catalogue', () => {
  test('the cases reach every finding', () => {
    expect(new Set(pairs.map(([, f]) => f.id))).toEqual(new Set(Object.keys(findingMeta)));
  });

  test('changes the words only: verdicts, facts and finding ids are the same in both languages', () => {
    for (const r of results) {
      expect({ ...r.zh, findings: r.zh.findings.map((f) => f.id) }, r.name).toEqual({ ...r.en, findings: r.en.findings.map((f) => f.id) });
    }
  });

  test.each(pairs)('%s: renders in Chinese, with nothing left unrendered', (_name, _en, zh) => {
    expect(zh.detail).toMatch(/[\u4e00-\u9fff]/);
    expect(text(zh)).not.toMatch(/\bundefined\b|(?<!\/dev\/)\bnull\b|\bNaN\b|\[object/);
  });

  test.each(pairs)('%s: Chinese punctuation and quotes next to Chinese text, also in the comments of commands', (_name, _en, zh) => {
    // Full-width ，；：（）, no ASCII , ; : ( ) beside a Chinese character (English quoted inside stays as printed).
    expect(text(zh)).not.toMatch(/[\u4e00-\u9fff][,;:()]|[,;:()][\u4e00-\u9fff]/);
    // Quotes beside Chinese text are full-width too.
    expect(quoting(zh)).not.toMatch(/[\u4e00-\u9fff] ?"|" ?[\u4e00-\u9fff]/);
    // Full-width quotes carry their own spacing: no half-width space on either side (结果就是“Connection reset by peer”。).
    expect(text(zh)).not.toMatch(/ [“”]|[“”] /);
    // No half-width space between two Chinese words, as a template that spaces a Chinese fact name like an English one would leave.
    expect(text(zh)).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/);
  });

  test.each(pairs)('%s: a title has no full-width colon, since the checker writes one after the severity that precedes it', (_name, _en, zh) => {
    expect(zh.title).not.toContain('：');
  });

  test.each(pairs)('%s: the same versions, quoted messages and commands as English', (_name, english, zh) => {
    expect(versions(text(zh))).toEqual(versions(text(english)));
    // Chinese quotes an English message with “…”; a message that itself holds quotes keeps them as printed.
    for (const [, quoted] of quoting(english).matchAll(/"([^"\n]+)"/g)) expect([`"${quoted}"`, `“${quoted}”`].some((form) => quoting(zh).includes(form)), quoted).toBe(true);
    expect(commands(zh.fix)).toEqual(commands(english.fix));
  });

  test('has no version, passt tag or date literal: they come from the data module and the parameters', () => {
    const code = readFileSync(join(import.meta.dirname, '../../../src/engine/messages/zh-cn.ts'), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    expect(versions(code)).toEqual([]);
  });
});
