import { expect, test } from 'vitest';
import { atPrompt, clean } from '../../../src/engine/clean.ts';
import { collect } from '../../../src/engine/facts.ts';
import { analyze } from '../../../src/engine/index.ts';
import { ownReportLines } from '../../../src/engine/own-report.ts';
import { packages } from '../../../src/engine/recognisers/packages.ts';
import { pastaVersion } from '../../../src/engine/recognisers/pasta-version.ts';
import { processes } from '../../../src/engine/recognisers/process.ts';
import { versions } from '../../../src/engine/recognisers/versions.ts';
import { sections } from '../../../src/engine/sections.ts';

// Work counted, not timed, which a shared machine does not change: the searches `run` makes, of a pattern (every test() and replace()
// goes through exec()) or, unless `strings` is false, of a string (includes(), several times quicker than a pattern). Its own file:
// once exec() is replaced, patterns take V8's slow path in this file.
function searches(run: () => unknown, strings = true): number {
  const { exec } = RegExp.prototype;
  const { includes } = String.prototype;
  let count = 0;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    count++;
    return exec.call(this, s);
  };
  if (strings) {
    String.prototype.includes = function (this: string, s: string, from?: number) {
      count++;
      return includes.call(this, s, from);
    };
  }
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
    String.prototype.includes = includes;
  }
  return count;
}

/**
 * A daemon's journal of `lines` lines, each logged by `program`, none saying anything the checker reads: all of one length, or with
 * `distinct`, each of its own (the container's id longer in each).
 */
const journal = (program: string, lines: number, distinct = false): string =>
  Array.from(
    { length: lines },
    (_, i) =>
      `Dec 03 12:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} host ${program}[1234]: ` +
      `time="2026-12-03T12:00:00.${String(i).padStart(9, '0')}Z" level=info msg="ignoring event" container=${i.toString(16).padStart(distinct ? 12 + i : 12, '0')}`,
  ).join('\n');

test("rootless Docker's journal, every line logged by dockerd-rootless.sh, is read at about the cost of another program's", () => {
  // The long paste people post most: the name in each line's prefix is a word of processes alone, which reads each line (75 searches a
  // line, 51 for containerd's); environment and symptoms, which read only lines with their own words, read none of it (given the lines
  // with a word of any of them, they read every line: 121 searches a line).
  const rootless = searches(() => analyze(journal('dockerd-rootless.sh', 500)));
  const other = searches(() => analyze(journal('containerd', 500)));
  expect(rootless).toBeLessThan(other * 1.75);
});

test('versions searches a line that names none of the tools, commands or log lines it reads once for all of them', () => {
  // Most lines of a long paste: before, each of its four phrases (RootlessKit, docker version's format, the guide's case, the daemon's
  // start) was searched for on its own: six searches a line with the test of its first letter, now two.
  const lines = clean(Array.from({ length: 200 }, (_, i) => `level=info msg="ignoring event" container=${i}`).join('\n')).lines;
  expect(searches(() => versions(lines, collect()))).toBeLessThan(3 * lines.length);
});

test("a journal whose lines are all of one length, no wrap's, is cleaned at about the cost of one whose lengths differ", () => {
  // Lines of one length longer than 72 look like a hard wrap's pieces at that width; with a wrap's words (dockerd-rootless.sh in every
  // prefix) each was stripped of its prefix twice to see whether the next went on: 25 searches a line, 19 where lengths differ. A prefix
  // whose removal leaves no wrap's width is now enough to see that none goes on: 21.
  const same = searches(() => clean(journal('dockerd-rootless.sh', 500)));
  const distinct = searches(() => clean(journal('dockerd-rootless.sh', 500, true)));
  expect(same).toBeLessThan(distinct * 1.2);
});

test("whether a journal's line was typed at a prompt is told with one pattern, not two", () => {
  // Every line of a journal has a long prefix, which pastaVersion, packages and osRelease each look at: the pattern for a prompt's
  // character at its end was tried at every position of it. It is now read from the end; the pattern left is oh-my-zsh's arrow.
  const lines = clean(journal('containerd', 200)).lines;
  expect(lines.every((l) => l.prefix)).toBe(true);
  expect(searches(() => lines.filter(atPrompt))).toBeLessThan(1.5 * lines.length);
});

test('packages tries at most four patterns on a line that lists no package', () => {
  // Five before: the fifth sought a Nix store path or Ansible's results, which two searches for a string find in a fraction of its time.
  const lines = clean(Array.from({ length: 200 }, (_, i) => `level=info msg="ignoring event" container=${i}`).join('\n')).lines;
  expect(searches(() => packages(lines, collect()), false)).toBeLessThanOrEqual(4 * lines.length);
});

test("a line that opens none of the checker's own reports is searched once for one, not four times", () => {
  // The report's verdict line and the Markdown export's heading are one pattern each; a finding quoted alone starts with its severity's
  // "[" or after a quote's markers, and only such a line is now tried for its two patterns (twice a line then). The heading's pattern
  // is now tried only after "## ": once.
  const lines = clean(Array.from({ length: 200 }, (_, i) => `level=info msg="ignoring event" container=${i}`).join('\n')).lines;
  expect(searches(() => ownReportLines(lines))).toBeLessThanOrEqual(lines.length);
});

test("a line without a prompt is searched once, not twice, for the collector's steps its lost newlines may have joined", () => {
  // A prompt ("$ ") and the probe's answer were two searches for a string on every line; one pattern finds either. (9 searches a line
  // before its prefixes were looked for once, 8 now.)
  const text = Array.from({ length: 200 }, (_, i) => `level=info msg="ignoring event" container=${i}`).join('\n');
  expect(searches(() => clean(text))).toBeLessThan(8.5 * 200);
});

test('a line that names nothing the readers look for is searched by none of those that carry what they read from line to line', () => {
  // One search of each line finds the words of every reader's list: versions, pasta's, packages', docker info's format, the system's,
  // the daemon's start and other clients' resets skip their own searches of a line without theirs, and dnf's and apt's holds do not read
  // a section that names neither. 62 searches a line before, 43 then, 37 then: a line's prefixes looked for once, sections' patterns
  // spared a line that starts no docker output, and the readers across sections given only the lines with their words (formatFields,
  // formatRange) or the prompts found once (the line after a command's). 34 now: the patterns of a line's start (a Markdown
  // heading, a Docker package's policy, another tool's command, zypper's locks header, a unit's LoadState) tried only after its letter.
  const text = Array.from({ length: 500 }, (_, i) => `level=info msg="ignoring event" container=${i}`).join('\n');
  expect(searches(() => analyze(text))).toBeLessThan(35 * 500);
});

test("a journal's lines that name nothing the readers look for are searched about a quarter less", () => {
  // containerd's journal: 85 searches a line before, 69 then (its prefix is searched with the line, once for every reader's words), 56
  // then: its prefix stripped once, the readers across sections read no line without their words, and a journal's time is looked for only
  // where one starts. 53 now: the patterns of a line's start tried only after its letter.
  expect(searches(() => analyze(journal('containerd', 500)))).toBeLessThan(54 * 500);
});

test("a journal's line is stripped of its prefix once, not again after unshare has stripped it to compare it with its neighbours'", () => {
  // unshare strips every line to find a prefix a block of them repeats; cleaning the line stripped it again (23 searches a line), unless a
  // pass has changed it since: 20.
  expect(searches(() => clean(journal('containerd', 200)))).toBeLessThan(21 * 200);
});

test("docker's indented output is not tried for a prefix that a block of lines shares", () => {
  // No shape of such a prefix (a time, a host, a bar, a pod, a level) starts with a blank: 11 searches a line before, 9 now (one of them
  // the prefixes looked for once).
  const text = Array.from({ length: 200 }, (_, i) => `  Key ${i}: value ${i}`).join('\n');
  expect(searches(() => clean(text))).toBeLessThan(9.5 * 200);
});

test('sections tries none of its patterns on a line that starts no docker output', () => {
  // Every line was tried for docker version's driver line and docker info's Server Version: two searches a line before, none now.
  const lines = clean(Array.from({ length: 200 }, (_, i) => `level=info msg="ignoring event" container=${i}`).join('\n')).lines;
  expect(searches(() => sections(lines), false)).toBe(0);
});

test("a shell session's commands and what they print are searched less by the readers across sections", () => {
  // The readers of the line after a command (docker context show's, echo $DOCKER_HOST's, systemctl is-active's) read every line to find
  // the commands, and searched each line after one for an address; they now start from the lines typed at a prompt, found once. A line
  // that starts with an S (as lsb_release's and hostnamectl's first keys do) was searched four times for the system, and one with a
  // capital for a journal's time: 66 searches a line before, 57 then, 55 now (the patterns of a line's start tried only after its letter).
  const session = Array.from({ length: 250 }, (_, i) => `user@host:~$ ./build.sh --step ${i}\nStarted step ${i} at 10:${String(i % 60).padStart(2, '0')}`).join('\n');
  expect(searches(() => analyze(session))).toBeLessThan(56 * 500);
});

test("a line with one of symptoms' words but no error message's is searched for neither the messages nor ports published on all addresses", () => {
  // Most lines symptoms reads have another of its words ("Network", an address): one search of each line, with every reader's words,
  // tells whether it may have a message's first part, and a port published on all addresses has an arrow or "-p". 29 patterns a line
  // before, 27 then, 22 at the last count, 18 now: the patterns of a line's start tried only after its letter.
  const text = Array.from({ length: 400 }, (_, i) => `time="2026-12-03T12:00:00Z" level=info msg="Network controller started ${i}"`).join('\n');
  expect(searches(() => analyze(text), false)).toBeLessThan(19 * 400);
});

test("a line with one of environment's words but none its commands, addresses or settings need is searched for none of them", () => {
  // Most lines environment reads have another of its words ("bash", "sudo ", "exit"): one search of each line, with every reader's words,
  // tells whether it may have systemctl's, a socket's or endpoint's, a drop-in's or a setting's name. 44 patterns a line before, 36 then,
  // 33 at the last count, 29 now: the patterns of a line's start tried only after its letter.
  const text = Array.from({ length: 400 }, (_, i) => `time="2026-12-03T12:00:00Z" level=info msg="starting bash session ${i}"`).join('\n');
  expect(searches(() => analyze(text), false)).toBeLessThan(30 * 400);
});

test("pastaVersion tries on a line only the patterns whose matches start with the line's first character", () => {
  // A line starting with "h" or "-" was tried for pasta's version, its probe (both forms) and getopt's error: 6 patterns a line before, 3
  // now (the probe's, and where the command before ran pasta).
  const lines = clean(Array.from({ length: 200 }, (_, i) => `host ${i} answered`).join('\n')).lines;
  expect(searches(() => pastaVersion(lines, collect()), false)).toBeLessThanOrEqual(3 * lines.length);
});

test("processes tries the launcher's pattern only on a line naming docker, and a socket's owner only on a line starting as a socket's", () => {
  // A log line naming RootlessKit was tried for dockerd-rootless.sh typed and for ss's, netstat's or lsof's row: 7 patterns a line
  // before, 5 now.
  const lines = clean(Array.from({ length: 200 }, (_, i) => `level=info msg="rootlesskit ready ${i}"`).join('\n')).lines;
  expect(searches(() => processes(lines, collect()), false)).toBeLessThanOrEqual(5 * lines.length);
});

test("another's quote that shows no fact costs no second reading of the paste", () => {
  // Such a quote is kept as the reader's own: the paste was read without it, found to share no fact with it, and read again whole.
  const log = journal('containerd', 400);
  const quoted = `Quote from @jdoe:\n\n> Same here, it started after the upgrade.\n\n${log}`;
  expect(searches(() => analyze(quoted))).toBeLessThan(1.2 * searches(() => analyze(log)));
});
