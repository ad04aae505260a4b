import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { allFixtures, fixtureSets, labelledFixtures } from '../../fixtures/fixtures.ts';
import { noise } from './noise.ts';

const fixtures = allFixtures();
const fixtureLines = fixtures.flatMap((f) => f.text.split('\n'));

/** Runs analyze and checks it returned a well-formed result quickly. */
function quick(text: string, ms = 250): void {
  const start = performance.now();
  const r = analyze(text);
  expect(performance.now() - start).toBeLessThan(ms);
  expect(typeof r.verdict).toBe('string');
  expect(Array.isArray(r.findings)).toBe(true);
}

// Sweeps over every fixture take a few seconds alone (the cut-off sweep 14 s with 560 fixtures), over 30 s beside the browser tests on
// two cores.
const SWEEP = 90_000;

describe('never throws, always finishes', () => {
  test('arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => quick(s)), { numRuns: 300 });
  });
  test('shuffled and spliced lines of real output', () => {
    const line = fc.oneof(fc.constantFrom(...fixtureLines), fc.string({ maxLength: 80 }));
    const cut = fc.tuple(fc.constantFrom(...fixtureLines), fc.nat()).map(([l, n]) => l.slice(0, n % (l.length + 1)));
    fc.assert(fc.property(fc.array(fc.oneof(line, cut), { maxLength: 200 }), (lines) => quick(lines.join('\n'))), { numRuns: 300 });
  });
  test('answers of any shape: what is not a valid answer is ignored, and a valid one beside it still counts', () => {
    const paste = labelledFixtures('synthetic').find((f) => f.file === 'docker-version-head-rootless-context.txt')!.text;
    const alone = analyze(paste).verdict;
    const pasta = analyze(paste, { answers: { networkDriver: 'pasta' } }).verdict;
    expect([alone, pasta]).toEqual(['incomplete', 'affected']);
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        expect(analyze(paste, { answers: junk as never }).verdict).toBe(alone);
        const beside = typeof junk === 'object' && junk !== null ? junk : {};
        expect(analyze(paste, { answers: { ...beside, networkDriver: 'pasta' } as never }).verdict).toBe(pasta);
      }),
      { numRuns: 200 },
    );
  });
});

describe('adversarial long lines stay linear', () => {
  const n = 60_000;
  test.each([
    ['quotes', '"'.repeat(n)],
    ['braces', '{'.repeat(n)],
    ['brackets', '['.repeat(n)],
    ['json keys', `{${'"a":1,'.repeat(n / 6)}`],
    ['backslashes', `{"a":"${'\\'.repeat(n)}`],
    // Each level a JSON string holds is read as JSON again (a log record's field holding docker version's JSON).
    ['escaped json in json', Array.from({ length: 14 }).reduce<string>((inner) => JSON.stringify({ a: inner, b: 'x'.repeat(1000) }), '{"Server":{}}')],
    ['strings opening objects', `{"a":${'"{\\"a\\":1}",'.repeat(n / 12)}`],
    ['quoted objects in logfmt', `out=${'"{\\"a\\":1}" '.repeat(n / 12)}`],
    // Ansible's result on its line is read as JSON where it holds package_facts' packages.
    ['Ansible results', 'ok: [h] => {"p": [{"source": "apt", '.repeat(n / 36)],
    ['spaces', `a${' '.repeat(n)}b`],
    ['dotted version', `rootlesskit version ${'1.'.repeat(n / 2)}`],
    ['pasta version', `pasta 2024_09_06.${'a'.repeat(n)}`],
    ['debian version', `pasta 0.0~git20240906.${'-'.repeat(n)}`],
    ['key value', `${'Key: '.repeat(n / 5)}x`],
    ['loopback', '127.0.0.1:'.repeat(n / 10)],
    ['ipv6', '[::1]:'.repeat(n / 6)],
    ['env', 'DOCKERD_ROOTLESS_ROOTLESSKIT_NET='.repeat(n / 33)],
    ['argv', `rootlesskit ${'--net '.repeat(n / 6)}`],
    ['pasta argv', `pasta ${'--ns-ifname=tap0 '.repeat(n / 17)}`],
    ['prompt', `${'user@host:~$ '.repeat(n / 13)}x`],
    ['glued headers', `Key: ${'aServer:'.repeat(n / 8)}`],
    ['journal prefix', `Jan 01 12:00:00 ${'h'.repeat(n)}`],
    ['act prefix', `[${'x'.repeat(n)}`],
    ['package', `docker-ce-rootless-extras-${'1.'.repeat(n / 2)}`],
    ['dnf', `${'a.'.repeat(n / 2)}x86_64 1`],
  ])('%s', (_name, line) => quick([line, line, line].join('\n'), 500));
});

describe('adversarial many lines stay linear', () => {
  // An argv a mail client wrapped before each flag is joined again: a paste of nothing but flags once took 26 s for 2 MB.
  test.each([
    ['flags on lines of their own', `rootlesskit --net=pasta\n${'--mtu=1500\n'.repeat(150_000)}`],
    ['flags as WordPress writes them', `pasta${' &#8211;net=pasta &#10;\n'.repeat(80_000)}`],
    ["Ansible's list, one string per line", `"stdout_lines": [\n${'  "rootlesskit:",\n'.repeat(100_000)}`],
    ['docker version components, one after another', 'rootlesskit:\n'.repeat(100_000)],
    ['settings a hard wrap joins into long lines', '\t--env DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--disable-host-loopback=false  \\\n'.repeat(15_000)],
  ])('%s', (_name, text) => quick(text, 2000));
  // Near the 2 MiB the engine reads, one part or one fact per short line once overflowed the stack (a spread of that many arguments).
  // They take about 0.6 s alone on a slow machine; the bound leaves room for the other test files beside them.
  test.each([
    ['Server: headers, one after another', 'Server:\n'.repeat(150_000)],
    ['a rootful daemon, then rootlesskit components (two daemons)', `Server:\n Server Version: 27.3.1\n Security Options:\n  seccomp\n Kernel Version: 6.8.0\n${'rootlesskit:\n'.repeat(160_000)}`],
  ])('%s', (_name, text) => quick(text, 6000));
});

describe('the same facts after the damage real pastes carry', () => {
  const damage = fc.record({
    prefix: fc.constantFrom(
      '',
      'Jan 01 12:00:00 host systemd[123]: ',
      '[2024-11-08T10:00:00.123Z] ',
      '2024-11-08T10:00:00.1234567Z ',
      '2024-11-08T10:00:00.123456Z 00O ',
      '[CI/job 1]   | ',
      '[pod/dind-0/dind] ',
      'dind-1  | ',
      '> ',
    ),
    crlf: fc.boolean(),
    blank: fc.boolean(),
    trailing: fc.constantFrom('', ' ', '   ', '\t'),
  });
  for (const f of fixtures) {
    test(f.name, () => {
      const before = analyze(f.text);
      fc.assert(
        fc.property(damage, (d) => {
          const lines = f.text.split('\n').map((l) => `${d.prefix}${l}${l ? d.trailing : ''}`);
          const text = lines.join(d.blank ? '\n\n' : '\n').replace(/\n/g, d.crlf ? '\r\n' : '\n');
          const after = analyze(text);
          expect(after.facts).toEqual(before.facts);
          expect(after.verdict).toBe(before.verdict);
        }),
        { numRuns: 20 },
      );
    });
  }
});

test('a 1 MB paste is analysed quickly, and a longer one is truncated with a finding', () => {
  const base = fixtures.map((f) => f.text).join('\n');
  const mb = base.repeat(Math.ceil(1_048_576 / base.length)).slice(0, 1_048_576);
  quick(mb, 1000);
  const huge = analyze(mb.repeat(3));
  expect(huge.findings.map((f) => f.id)).toContain('input-truncated');
});

describe('the same facts after the damage of mail, web pages, chat tools and Windows', { timeout: SWEEP }, () => {
  /** Every line through `f` (with its index). */
  const perLine = (f: (line: string, i: number) => string) => (text: string) => text.split('\n').map(f).join('\n');
  /** Every third match of `re` (counted from `seed`) replaced with `by`: damage scattered through the paste. */
  const scatter = (re: RegExp, by: (match: string, i: number) => string) => (text: string, seed: number) => {
    let i = seed;
    return text.replace(re, (m) => (i++ % 3 === 0 ? by(m, i) : m));
  };
  const entities = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  const damages: Record<string, (text: string, seed: number) => string> = {
    'cat -n': (text, seed) => perLine((l, i) => `${String(i + 1 + seed).padStart(6)}\t${l}`)(text),
    'pastebin line numbers "1 | "': (text, seed) => perLine((l, i) => `${i + 1 + seed} | ${l}`)(text),
    'editor line numbers "1: "': (text, seed) => perLine((l, i) => `${i + 1 + seed}: ${l}`)(text),
    'HTML entities': entities,
    'HTML entities and &nbsp; indentation': (text) => perLine((l) => l.replace(/^ +/, (s) => '&nbsp;'.repeat(s.length)))(entities(text)),
    'mail quotes without a space, nested': (text, seed) => perLine((l) => `${'>'.repeat(1 + (seed % 3))}${l}`)(text),
    'mail quotes nested with spaces': perLine((l) => `> > ${l}`),
    'BOM and old Mac line ends': (text) => `\ufeff${text.replace(/\n/g, '\r')}`,
    'zero-width spaces': scatter(/ |\n/g, (m) => `\u200b${m}`),
    'no-break, narrow and figure spaces': scatter(/ /g, (_m, i) => ['\u00a0', '\u202f', '\u2007'][i % 3]!),
    'smart quotes': (text) => text.replace(/"([^"\n]*)"/g, '\u201c$1\u201d').replace(/'/g, '\u2019'),
    '<pre><code> around the paste': (text) => `<details><summary>docker info</summary><pre><code>${text}</code></pre></details>`,
    'indented by four spaces': perLine((l) => `    ${l}`),
    'indented by a tab': perLine((l) => `\t${l}`),
    // cat -A: "$" at each line's end, "^M" for a carriage return (a file with CRLF line ends), "^I" for a tab.
    'cat -A': (text, seed) => perLine((l) => `${(seed && !l.endsWith('\r') ? `${l}\r` : l).replace(/\t/g, '^I').replace(/\r/g, '^M')}$`)(text),
    // Retyped with a Chinese or Japanese input method: the colons that end a key.
    'full-width colons': scatter(/(?<=[A-Za-z\d)]):(?=\s|$)/gm, () => '\uff1a'),
    'full-width colons that swallow the blank after them': scatter(/(?<=[A-Za-z\d)]): (?=\S)/gm, () => '\uff1a'),
  };
  const results = new Map(fixtures.map((f) => [f, analyze(f.text)]));
  for (const [name, damage] of Object.entries(damages)) {
    // Every fixture, with the damage scattered three ways.
    test(name, () => {
      for (const f of fixtures) {
        for (const seed of [0, 1, 2]) {
          const after = analyze(damage(f.text, seed));
          expect(after.facts, f.name).toEqual(results.get(f)!.facts);
          expect(after.verdict, f.name).toBe(results.get(f)!.verdict);
        }
      }
    });
  }

  /** fold -w: lines cut every `width` characters. */
  const fold = (width: number) => perLine((l) => l.match(new RegExp(`.{1,${width}}`, 'g'))?.join('\n') ?? '');
  // Lines joined with <br> are left out: their pieces are not joined again, and one cut in a version ("18.") reads as one. So are
  // two daemons: where a piece of the later one's lines is not joined again, the earlier one's facts are the paste's. So are a terminal's
  // rows run together with the blanks that padded them: a fold cuts them back into rows, and what it reads then is no fact made up.
  test('a hard wrap (fold -w) never makes a fact up, and the rootlesskit PR 136 paste reads as it was printed', () => {
    const twoDaemons = (f: (typeof fixtures)[number]) => results.get(f)!.findings.some((finding) => finding.id === 'two-daemons');
    const paddedRows = (f: (typeof fixtures)[number]) => f.text.split('\n').some((line) => (line.match(/ {40,}\S/g)?.length ?? 0) >= 3);
    for (const f of fixtures.filter((fixture) => !fixture.text.includes('<br') && !twoDaemons(fixture) && !paddedRows(fixture))) {
      for (const width of [72, 76, 78, 80, 120]) {
        const { facts } = analyze(fold(width)(f.text));
        for (const [key, value] of Object.entries(facts)) if (value !== null) expect(value, `${f.name} at ${width}: ${key}`).toEqual(results.get(f)!.facts[key as keyof typeof facts]);
      }
    }
    const pr136 = fixtures.find((f) => f.name.includes('rootlesskit136-error-wrapped-80col'))!;
    expect(analyze(pr136.text.replace(/\n(?=\S)(?<=^.{80}\n)/gm, '')).facts).toEqual(results.get(pr136)!.facts);
  });

  // A phone's mail or chat app wraps at 40 columns or so (review R141 07): a wrap that narrow is joined again only where most lines fill
  // it (half of them, three at least), so only such folds are swept; in a paste of short lines a fold cuts few, and those stay cut
  // (a version cut at the width reads as a shorter one there: "Ubuntu 2").
  test('a narrow hard wrap (fold -w 40, 50, 60) that most lines fill never makes a fact up, and most read the same', () => {
    const twoDaemons = (f: (typeof fixtures)[number]) => results.get(f)!.findings.some((finding) => finding.id === 'two-daemons');
    const paddedRows = (f: (typeof fixtures)[number]) => f.text.split('\n').some((line) => (line.match(/ {40,}\S/g)?.length ?? 0) >= 3);
    /** Whether half of the lines with text, and three at least, fill `width` (fold leaves a blank as a piece's last character). */
    const filled = (text: string, width: number) => {
      const lines = text.split('\n').filter((l) => l.trim());
      const full = lines.filter((l) => l.trimEnd().length + (l.length > l.trimEnd().length ? 1 : 0) === width).length;
      return full >= 3 && full * 2 >= lines.length;
    };
    let [swept, same] = [0, 0];
    for (const f of fixtures.filter((fixture) => !fixture.text.includes('<br') && !twoDaemons(fixture) && !paddedRows(fixture))) {
      for (const width of [40, 50, 60]) {
        const folded = fold(width)(f.text);
        if (!filled(folded, width)) continue;
        const { facts, verdict } = analyze(folded);
        for (const [key, value] of Object.entries(facts)) if (value !== null) expect(value, `${f.name} at ${width}: ${key}`).toEqual(results.get(f)!.facts[key as keyof typeof facts]);
        swept++;
        if (verdict === results.get(f)!.verdict && JSON.stringify(facts) === JSON.stringify(results.get(f)!.facts)) same++;
      }
    }
    expect(swept).toBeGreaterThan(1000);
    expect(same / swept).toBeGreaterThan(0.95);
  });

  // A mail client breaks at the last space before the width. The engine joins an argv's pieces that start with a flag or
  // the child (a piece that starts with a value, "65520", is left alone), so the argv lines here are broken before those. A paste that
  // lost its newlines is left out: it is looked for only in a paste of a few lines, which the wrap makes many. So is an argv a tmux pane
  // already wrapped inside a word at its own width (81 columns): the mail's wrap leaves no second piece of that width to tell the pane's.
  test('an argv of rootlesskit, pasta, slirp4netns or dockerd word-wrapped before its flags (fold -s) reads the same', () => {
    const argv = /(?:rootlesskit|pasta|slirp4netns|dockerd|vpnkit)\S* '?--[a-z]/;
    const wordWrap = (width: number) =>
      perLine((l) => (argv.test(l) ? (l.match(new RegExp(`.{1,${width - 1}}(?= '?--[a-z]| /\\S*dockerd-rootless|$)|.+?(?= '?--| /|$)`, 'g')) ?? []).map((p) => p.trim()).filter(Boolean).join('\n') : l));
    for (const f of fixtures.filter((fixture) => !fixture.name.includes('/flattened-') && !fixture.name.includes('-81-columns'))) {
      for (const width of [72, 76, 78, 80, 120]) expect(analyze(wordWrap(width)(f.text)).facts, `${f.name} at ${width}`).toEqual(results.get(f)!.facts);
    }
  });
});

test('a word wrap whose pieces happen to be as long as a hard wrap keeps the space before an option', () => {
  const argv = '    1 rootless  0:00 rootlesskit --net=pasta --mtu=65520 --disable-host-loopback\n--port-driver=implicit --copy-up=/etc --copy-up=/run --propagation=rslave docker';
  const { facts } = analyze(`${argv}\n$ rootlesskit --version\nrootlesskit version 2.3.1`);
  expect(argv.split('\n').map((l) => l.length)).toEqual([80, 80]);
  expect(facts).toMatchObject({ disableHostLoopback: true, portDriver: 'implicit', networkDriver: 'pasta' });
});

test("a hard wrap whose piece ends in fold's space is joined again, with the space", () => {
  const journal = fixtures.find((f) => f.name === 'synthetic/journal-debug-executing.txt')!;
  for (const width of [72, 76, 78, 80, 120]) {
    const folded = journal.text.split('\n').map((l) => l.match(new RegExp(`.{1,${width}}`, 'g'))?.join('\n') ?? '').join('\n');
    expect(analyze(folded).facts, `at ${width}`).toMatchObject({ hostLoToNsLo: true, networkDriver: 'pasta' });
  }
});

describe('the same facts after a paste lost its newlines, its lines joined by two blanks or by one', { timeout: SWEEP }, () => {
  const results = new Map(fixtures.map((f) => [f, analyze(f.text)]));
  /** The fixtures that read the same (facts and verdict) with their lines joined by `joint`. */
  const same = (joint: string) =>
    fixtures.filter((f) => {
      const after = analyze(f.text.split('\n').join(joint));
      const before = results.get(f)!;
      return after.verdict === before.verdict && JSON.stringify(after.facts) === JSON.stringify(before.facts);
    });
  const real = fixtures.filter((f) => f.name.startsWith('real/'));
  // Not all of them can: the lines are cut again only before the starts of lines the checker reads, so a line it does not read (a
  // table's row, a JSON document's member) stays glued to the one before, and a paste cut into pieces of the checker's own lines reads
  // them out of their order. The shares were 52% for both joints before lines were cut apart again (the real pastes: 11 of 20); with
  // two blanks, 74.9% before a Markdown fence and quote and a GitHub thread's comment header were starts to cut before, 76.3% since;
  // 75.6% with task C53's chat fixtures before a chat message's time was one, 76.2% since; 75.7% with this stop's other fixtures (1,059
  // of 1,399): pacman -Qi's and zypper info's labels in other languages, a YAML list's items and JSON in a log record are no starts; 75.6%
  // (1,064 of 1,407) with task C62's, whose zypper info in German, French, Spanish and Chinese does not read the same joined, as in English;
  // 76.4% with task C61's (1,074 of 1,406): a chat's speakers are its cleaned lines', not its paste lines', and Slack's heads are cut;
  // 76.0% (1,082 of 1,423) with task C60's tables of hosts and Podman's ports beside pasta's socket: a table's row is no start either;
  // 75.9% (1,087 of 1,432) with tasks C59's, C63's and C64's.
  test('joined by two blanks: every real paste, and 75.5% of all the fixtures', () => {
    const kept = same('  ');
    expect(real.filter((f) => !kept.includes(f)).map((f) => f.name)).toEqual([]);
    expect(kept.length / fixtures.length).toBeGreaterThan(0.755);
  });
  // A CI log's prefix before every line is cut off only after a run of blanks: after one, docker info's lines stay behind it.
  test("joined by one blank: every real paste's verdict but a CI log's, and three fifths of all the fixtures", () => {
    const kept = same(' ');
    const changed = real.filter((f) => analyze(f.text.split('\n').join(' ')).verdict !== results.get(f)!.verdict).map((f) => f.name);
    expect(changed).toEqual(['real/docker-info-rootful-29.7.2-dockerdesktop-act-logprefixed-1.txt']);
    expect(kept.length / fixtures.length).toBeGreaterThan(0.6);
  });
});

describe('unrelated output inserted between sections changes no fact', { timeout: SWEEP }, () => {
  // Left out: damage the cleaner reads over the whole paste, which the inserted output does not carry (a prefix and blank
  // line on every line; a hard wrap whose width a longer line of ip addr or ss hides, as it hides a tmux pane's 81 columns; lost
  // newlines, looked for only in a paste of a few lines).
  const wholePaste = ['damaged-docker-version.txt', 'rootlesskit136-error-wrapped-80col-privileged-port.txt', 'tmux-pane-pasta-argv-wrapped-81-columns.txt'];
  const labelled = fixtureSets.flatMap((set) => labelledFixtures(set)).filter((f) => !wholePaste.includes(f.file) && !f.file.startsWith('flattened-'));
  /**
   * Where one output may end and another begin: the start, the end, a prompt, a Client: header (not right after the command that
   * printed it), a Server: header, and a blank line before a line flush left (not one inside a JSON document or an indented block, nor
   * before a Server: header after a client part: the same command's output).
   */
  const boundaries = (lines: readonly string[]): number[] => [
    0,
    lines.length,
    ...lines.flatMap((l, i) => ((l.trim() === '' && /^[^\s}\]]/.test(lines[i + 1] ?? '') && !serverAfterClient(lines, i + 1)) || /^\S*[$#] /.test(l) || (/^Client:/.test(l.trim()) && !/^\S*[$#] /.test(lines[i - 1] ?? '')) || (/^Server:/.test(l.trim()) && !serverAfterClient(lines, i)) ? [i] : [])),
  ];
  /** Whether line `i` is a Server: header after a client part (the last line before it that is not blank is indented: that part's key). */
  const serverAfterClient = (lines: readonly string[], i: number): boolean =>
    /^Server:/.test(lines[i]?.trim() ?? '') && /^\s/.test(lines.slice(0, i).findLast((l) => l.trim() !== '') ?? '');
  const results = new Map(labelled.map((f) => [f, analyze(f.text)]));

  test('alone, each output shows only the facts it names', () => {
    for (const n of noise) {
      const shown = Object.entries(analyze(n.text).facts).filter(([key, value]) => value !== null && !n.shows?.includes(key as never));
      expect(shown, n.name).toEqual([]);
    }
  });
  // Every labelled paste with every output at its first, middle and last boundary; in four parts, so that each stays well inside the
  // time limit as fixtures are added (the whole took 50 s of 90 in CI with 1,244 fixtures).
  test.each([0, 1, 2, 3])('inserted into a labelled paste (part %i of four), it leaves its verdict and facts as they were', (part) => {
    for (const f of labelled.filter((_, i) => i % 4 === part)) {
      const lines = f.text.split('\n');
      const all = boundaries(lines).sort((a, b) => a - b);
      const before = results.get(f)!;
      for (const n of noise) {
        const kept = (facts: typeof before.facts) => Object.fromEntries(Object.entries(facts).filter(([key]) => !n.shows?.includes(key as never)));
        for (const at of new Set([all[0]!, all[all.length >> 1]!, all.at(-1)!])) {
          const after = analyze([...lines.slice(0, at), n.text, ...lines.slice(at)].join('\n'));
          expect(kept(after.facts), `${f.file} + ${n.name} at line ${at}`).toEqual(kept(before.facts));
          // The system decides no verdict.
          if (!n.shows?.some((key) => key !== 'operatingSystem')) expect(after.verdict, `${f.file} + ${n.name} at line ${at}`).toBe(before.verdict);
        }
      }
    }
  });
});

describe('a paste cut off anywhere reads as less, not as something else', { timeout: SWEEP }, () => {
  // Pastes that show a rootless daemon, cut at every fifth character.
  // Not those that show a rootful daemon too, before the rootless one: cut there, they are rootful.
  const rootless = fixtureSets.flatMap((set) => labelledFixtures(set)).filter((f) => f.labels.rootless === 'true' && !(f.labels.findings ?? '').includes('two-daemons'));
  // Where a rootful daemon's docker version ends, a rootless one's cut off looks the same: after docker-init's GitCommit (and at most the
  // start of the next line: its timestamp, or as much of the prefix the GitCommit line has, such as Terraform's "x (local-exec): ").
  const endOfRootful = /GitCommit: +[0-9a-f]{7,}[ \t\r]*(?:\n([^\n]*))?$/;
  const endsRootful = (cut: string): boolean => {
    const m = endOfRootful.exec(cut);
    if (!m) return false;
    const next = m[1] ?? '';
    return /^[[\dTZ:.\]-]*\s*$/.test(next) || cut.slice(cut.lastIndexOf('\n', m.index) + 1, m.index).startsWith(next);
  };

  // In four parts, each with its own time limit, as the one above (the whole took 116 s of 90 on a loaded machine with 1,451 fixtures).
  test.each([0, 1, 2, 3])('never rootful (except where a rootful output would end), and never a Docker or RootlessKit version of fewer than three parts (part %i of four)', (part) => {
    const wrong: string[] = [];
    for (const fixture of rootless.filter((_, i) => i % 4 === part)) {
      for (let at = 1; at < fixture.text.length; at += 5) {
        const cut = fixture.text.slice(0, at);
        const facts = analyze(cut).facts;
        if (facts.rootless === false && !endsRootful(cut)) wrong.push(`${fixture.file} cut at ${at}: rootful`);
        // A cut "27." or "2.3" is dropped; a cut "20.10.1" of "20.10.12" looks complete and cannot be told apart.
        for (const key of ['dockerServerVersion', 'rootlesskitVersion'] as const) {
          const shown = facts[key];
          if (shown !== null && /^\d[\d.]*$/.test(shown) && shown.split('.').length < 3) wrong.push(`${fixture.file} cut at ${at}: ${key} ${shown}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
