// What review R148 found.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

const component = (version: string): string => ` rootlesskit:\n  Version:          ${version}\n  NetworkDriver:    pasta\n`;

test('headings and banners that name both states order them with no prompt after them, the state after shown first (R148 02)', () => {
  for (const [after, before] of [
    ['=== AFTER (today, after apt upgrade + systemctl --user restart docker) ===', '=== BEFORE (yesterday) ==='],
    ['## Now', '## Before'],
    ['Now:', 'Before:'],
  ]) {
    const r = analyze(`${after}\n${component('2.3.2')}\n${before}\n${component('2.3.1')}`);
    expect([r.verdict, r.facts.rootlesskitVersion], after).toEqual(['fixed', '2.3.2']);
  }
  // One state named alone orders nothing: the later output is the one now.
  expect(analyze(`## Now\n${component('2.3.2')}\n${component('2.3.1')}`).facts.rootlesskitVersion).toBe('2.3.1');
});

test("docker version's components ranged for a context named before the command are read (R148 22)", () => {
  const format = `'{{range .Server.Components}}{{.Name}}={{.Version}} {{.Details.NetworkDriver}}{{"\\n"}}{{end}}'`;
  for (const option of ['--context rootless', '-c rootless', '--context=rootless']) {
    const r = analyze(`$ docker ${option} version --format ${format}\nEngine=27.3.1 \nrootlesskit=2.3.1 pasta\n`);
    expect([r.facts.rootless, r.facts.rootlesskitVersion, r.facts.networkDriver], option).toEqual([true, '2.3.1', 'pasta']);
  }
});

test("tmux's rule over panes side by side, with their titles and a crossing at the border, leaves them panes (R148 11)", () => {
  const row = (left: string, right: string): string => `${left.padEnd(40)}│${right}`;
  const panes = [
    `─ 0:zsh ${'─'.repeat(32)}┬─ 1:zsh ${'─'.repeat(20)}`,
    row('$ docker version | tail -3', '$ pasta --version'),
    row(' rootlesskit:', 'pasta 2025_02_17.a1e48a0'),
    row('  Version:          2.3.1', '$'),
    row('  NetworkDriver:    pasta', ''),
  ].join('\n');
  const r = analyze(panes);
  expect([r.facts.rootlesskitVersion, r.facts.pastaDate]).toEqual(['2.3.1', '2025-02-17']);
  // A table's rule crosses between its rows: no panes.
  expect(analyze(panes.replace('┬', '┼')).facts.pastaDate).not.toBe('2025-02-17');
});
