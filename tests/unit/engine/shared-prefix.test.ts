import { describe, expect, test } from 'vitest';
import { clean } from '../../../src/engine/clean.ts';
import { analyze } from '../../../src/engine/index.ts';

const texts = (input: string): string[] => clean(input).lines.map((l) => l.text);

// Review 113 #1: old pasta, its argv without the flag, and RootlessKit 2.3.1 with pasta.
const OUTPUT = [
  '$ pasta --version',
  'pasta 2024_09_06.6b38f07',
  '$ ps -o args= -C pasta',
  'pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --tcp-ports=auto --udp-ports=auto 3311',
  '$ docker version | grep -A4 rootlesskit:',
  ' rootlesskit:',
  '  Version:          2.3.1',
  '  NetworkDriver:    pasta',
];

describe('a prefix no pattern knows, repeated on every line of a block, is stripped', () => {
  test.each([
    ['Jenkins Timestamper', (i: number) => `10:22:3${i % 10}  `],
    ["moreutils ts's default", (i: number) => `Dec 05 10:22:3${i % 10} `],
    ["ts '%H:%M:%.S'", (i: number) => `10:22:31.00000${i % 10} `],
    ['TeamCity', () => '[10:22:31]i:\t [Step 2/3] '],
    ['pdsh', () => 'web01: '],
    ['stern', () => 'dind-0 dind '],
    ["a tmux pane's border", () => '│ '],
    ['a service before a bar', () => 'builder  | '],
    ['a log level', () => 'INFO  '],
  ])('%s: pasta 2024_09_06 is read, so the paste is not affected, and the prefix stays known', (_name, prefix) => {
    const paste = OUTPUT.map((l, i) => prefix(i) + l).join('\n');
    const r = analyze(paste);
    expect(r.facts.pastaVersion).toBe('2024_09_06.6b38f07');
    expect(r.facts.rootlesskitVersion).toBe('2.3.1');
    expect(r.verdict).toBe('not-affected');
    const lines = clean(paste).lines;
    // docker's nesting kept, the prompt still a prompt.
    expect(lines.map((l) => l.text)).toEqual(['pasta --version', ...OUTPUT.slice(1, 2), 'ps -o args= -C pasta', OUTPUT[3], 'docker version | grep -A4 rootlesskit:', ...OUTPUT.slice(5)]);
    expect(lines[0]!.prefix).toBe(`${prefix(0)}$ `);
    expect(lines[1]!.prefix).toBe(prefix(1));
  });

  test("a CI log's time in colour: the colour goes first, then the time", () => {
    const paste = OUTPUT.map((l, i) => `\x1b[36m10:22:3${i}\x1b[0m  ${l}`).join('\n');
    const r = analyze(paste);
    expect(r.facts.pastaVersion).toBe('2024_09_06.6b38f07');
    expect(r.verdict).toBe('not-affected');
    const lines = clean(paste).lines;
    expect(lines[1]).toMatchObject({ text: OUTPUT[1], prefix: '10:22:31  ' });
    expect(lines.at(-1)!.text).toBe('  NetworkDriver:    pasta');
  });

  test("a pane's right border, padded to one column, goes with the left one", () => {
    const paste = OUTPUT.map((l) => `│ ${l.padEnd(100)}│`).join('\n');
    expect(texts(paste).at(-1)).toBe('  NetworkDriver:    pasta');
    expect(analyze(paste).verdict).toBe('not-affected');
    const right = OUTPUT.map((l) => `${l.padEnd(100)}│`).join('\n');
    expect(analyze(right).facts.pastaVersion).toBe('2024_09_06.6b38f07');
  });
});

describe('lines that start alike in the output itself keep their start', () => {
  test.each([
    ['ps listing pastas', 'pasta --config-net --pid /run/a\npasta --stderr --ns-ifname=tap0\npasta --config-net --pid /run/b'],
    ["docker info's warnings", 'WARNING: bridge-nf-call-iptables is disabled\nWARNING: bridge-nf-call-ip6tables is disabled'],
    ["RootlessKit's log", '[rootlesskit:parent] error: failed to setup network\n[rootlesskit:parent] error: exit status 1'],
    ['a Markdown table', '| Setting | Value |\n| --- | --- |\n| RootlessKit | 2.3.1 |'],
    ["zypper's table", 'i+ | docker        | package | 27.3.1_ce-1.1 | x86_64\ni  | passt         | package | 20250217 | x86_64\ni  | rootlesskit   | package | 2.3.4-1.1 | x86_64'],
    ['uptimes', '10:22:31 up 3 days\n'],
    ["a script's messages after a log level, no command shown", 'INFO  checking rootless docker\nINFO  rootlesskit version 2.3.1'],
  ])('%s', (_name, paste) => {
    expect(texts(paste)).toEqual(paste.split('\n').filter((l) => l.trim()));
  });

  test("a script's own version message is no program's output, so no disagreement with the running daemon's", () => {
    const paste = ['INFO  checking rootless docker', 'INFO  rootlesskit version 2.3.1', '$ docker version | grep -A4 rootlesskit:', ' rootlesskit:', '  Version:          2.3.4', '  NetworkDriver:    pasta'].join('\n');
    const r = analyze(paste);
    expect(r.facts.rootlesskitVersion).toBe('2.3.4');
    expect(r.findings.map((f) => f.id)).not.toContain('facts-disagree');
  });

  test("a pastebin's numbers count up from 1 past 9", () => {
    const paste = Array.from({ length: 12 }, (_, i) => `${i + 1} | line ${i + 1}`).join('\n');
    expect(texts(paste)).toEqual(Array.from({ length: 12 }, (_, i) => `line ${i + 1}`));
  });
});
