import { describe, expect, test, vi } from 'vitest';
import { mtu } from '../../../src/engine/data/core/docker.ts';
import { limits } from '../../../src/engine/limits.ts';
import { analyze } from '../../../src/engine/index.ts';
import { proseRuns } from '../../../src/islands/checker/prose-breaks.ts';
import { parseAnswer, typedVersion, withAnswer } from '../../../src/islands/checker/answers.ts';
import { debounce } from '../../../src/islands/checker/debounce.ts';
import { factRows, factValue } from '../../../src/islands/checker/facts-view.ts';
import { docsHref, shareUrl } from '../../../src/islands/checker/links.ts';
import { fileProblem, maxFileBytes, readTextFile } from '../../../src/islands/checker/read-file.ts';
import { samples } from '../../../src/islands/checker/samples.ts';
import { en as s } from '../../../src/islands/checker/strings-en.ts';
import { zhCn } from '../../../src/islands/checker/strings-zh-cn.ts';

const languages = [['en', s], ['zh-cn', zhCn]] as const;

describe('samples', () => {
  test.each(samples.map((sample) => [sample.id, sample.text] as const))('the %s example gets that verdict', (id, text) => {
    expect(analyze(text).verdict).toBe(id);
  });

  // Docker up to 28.5.1 gives pasta set by hand the MTU of 1500 (moby#47765): a reader comparing the example with their machine sees the same.
  test.each(['affected', 'fixed'])('the composed %s example runs pasta with the MTU its Docker gives it, and is warned of it', (id) => {
    const result = analyze(samples.find((sample) => sample.id === id)!.text);
    expect(result.facts.mtu).toBe(mtu.explicitNetLegacy.value);
    expect(result.findings.map((finding) => finding.id)).toContain('mtu-1500');
  });

  test.each(languages)('every example has a label (%s)', (_lang, strings) => {
    for (const sample of samples) expect(strings.samples[sample.id]).toBeTruthy();
  });
});

describe('factRows', () => {
  test('lists known facts in the order of the fact names, with their lines', () => {
    const rows = factRows(analyze(samples.find((x) => x.id === 'affected')!.text), s);
    const order = Object.keys(s.facts);
    expect(rows.map((row) => order.indexOf(row.key))).toEqual(rows.map((row) => order.indexOf(row.key)).toSorted((a, b) => a - b));
    const driver = rows.find((row) => row.key === 'networkDriver')!;
    expect(driver.value).toBe('pasta');
    expect(driver.spots.length).toBeGreaterThan(0);
    expect(driver.answered).toBe(false);
  });

  test('marks answered facts', () => {
    const rows = factRows(analyze('', { answers: { networkDriver: 'pasta' } }), s);
    expect(rows.find((row) => row.key === 'networkDriver')).toMatchObject({ answered: true, spots: [] });
  });

  test('words flags and the packager', () => {
    expect(factValue('rootless', true, s)).toBe(s.yes);
    expect(factValue('hostLoToNsLo', false, s)).toBe(s.no);
    expect(factValue('dockerPackaging', 'distribution', s)).toBe(s.packaging.distribution);
    expect(factValue('mtu', 1500, s)).toBe('1500');
  });

  test.each(languages)('the accessible names contain the visible labels (%s)', (_lang, strings) => {
    expect(strings.showLineLabel(12)).toContain(strings.showLine(12));
    expect(strings.forgetLabel('RootlessKit')).toContain(strings.answered);
  });
});

describe('proseRuns', () => {
  test('shows options, variables, paths and scripts as code: options whole, long names breakable', () => {
    expect(proseRuns('published on all addresses (-p 8080:80) with DOCKERD_ROOTLESS_NET')).toEqual([
      { text: 'published on all addresses (', code: false, whole: false },
      { text: '-p 8080:80', code: true, whole: true },
      { text: ') with ', code: false, whole: false },
      { text: 'DOCKERD_ROOTLESS_NET', code: true, whole: false },
    ]);
    const code = (text: string) => proseRuns(text).filter((run) => run.code).map((run) => run.text);
    expect(code('run dockerd-rootless.sh from that shell, without --host-lo-to-ns-lo.')).toEqual(['dockerd-rootless.sh', '--host-lo-to-ns-lo']);
    expect(code('the process line (--port-driver=) tells them apart; add it to /etc/subgid.')).toEqual(['--port-driver=', '/etc/subgid']);
    expect(code('pasta 运行时没有带 --host-lo-to-ns-lo，于是（--net=host、network_mode: host）')).toEqual(['--host-lo-to-ns-lo', '--net=host', 'network_mode']);
    // Prose: a hyphen inside a word, a pair of capitals, a version with a digit after its "_".
    expect(code('host-loopback UID/GID x86_64 127.0.0.1')).toEqual([]);
  });

  test('a script name wider than a phone may break at its hyphens; a shorter one stays whole', () => {
    const whole = (text: string) => proseRuns(text).filter((run) => run.code).map((run) => [run.text, run.whole]);
    expect(whole('containerd-rootless-setuptool.sh stops, as dockerd-rootless.sh does')).toEqual([
      ['containerd-rootless-setuptool.sh', false],
      ['dockerd-rootless.sh', true],
    ]);
  });

  test('keeps a pasta release whole, and not as code, in English and in Chinese prose', () => {
    expect(proseRuns('pasta is 2024_10_30.ee7d0b6 or later')).toEqual([
      { text: 'pasta is ', code: false, whole: false },
      { text: '2024_10_30.ee7d0b6', code: false, whole: true },
      { text: ' or later', code: false, whole: false },
    ]);
    expect(proseRuns('pasta 是 2024_10_30.ee7d0b6 或更新的版本').filter((run) => run.whole).map((run) => run.text)).toEqual(['2024_10_30.ee7d0b6']);
    expect(proseRuns('passt 2026_05_07').filter((run) => run.whole).map((run) => run.text)).toEqual(['2026_05_07']);
  });
});

describe('answers', () => {
  test('parseAnswer turns "true"/"false" into flags and trims text', () => {
    expect(parseAnswer('true')).toBe(true);
    expect(parseAnswer('false')).toBe(false);
    expect(parseAnswer(' 2.3.1 ')).toBe('2.3.1');
  });

  test.each([
    ['2.3.1', '2.3.1'],
    [' v2.3.1 ', '2.3.1'],
    ['rootlesskit version 2.3.1', '2.3.1'],
    ['rootlesskit version 2.3.1+dev', '2.3.1+dev'],
    ['I think 3.0.0-rc.1', '3.0.0-rc.1'],
    ['no idea', 'no idea'],
  ])('typedVersion(%j) keeps %j, as rootlesskit --version prints it or as typed', (typed, kept) => expect(typedVersion(typed)).toBe(kept));

  test('withAnswer sets and removes without touching the original', () => {
    const first = withAnswer({}, 'networkDriver', 'pasta');
    expect(first).toEqual({ networkDriver: 'pasta' });
    expect(withAnswer(first, 'networkDriver', undefined)).toEqual({});
    expect(withAnswer(first, 'rootlesskitVersion', '')).toEqual({ networkDriver: 'pasta' });
    expect(first).toEqual({ networkDriver: 'pasta' });
  });

  test.each(languages)('every choice a question offers is an answer the engine accepts (%s)', (_lang, strings) => {
    expect(Object.keys(strings.questions)).toEqual(Object.keys(s.questions));
    for (const [key, question] of Object.entries(strings.questions)) {
      if (!('choices' in question)) continue;
      for (const value of Object.keys(question.choices)) {
        const result = analyze('', { answers: { [key]: parseAnswer(value) } });
        expect(result.answered, `${key}=${value}`).toContain(key);
      }
    }
  });
});

describe('links', () => {
  test('docsHref puts a guide path under the root and keeps the anchor', () => {
    expect(docsHref('/remediation/#upgrade', '/')).toBe('/remediation/#upgrade');
    expect(docsHref('/remediation/#upgrade', '/kb/')).toBe('/kb/remediation/#upgrade');
    expect(docsHref('/checker/', '/kb/zh-cn/')).toBe('/kb/zh-cn/checker/');
  });

  test('shareUrl points at the full checker on the current origin, whatever page it is built on', () => {
    expect(shareUrl('v=1&net=pasta', '/kb/', 'http://127.0.0.1:9/kb/embed/checker/#old')).toBe('http://127.0.0.1:9/kb/checker/#v=1&net=pasta');
    expect(shareUrl('v=1', '/zh-cn/', 'http://127.0.0.1:9/zh-cn/embed/checker/')).toBe('http://127.0.0.1:9/zh-cn/checker/#v=1');
  });
});

describe('dropped files', () => {
  test('refuses big and non-text files before reading them', () => {
    expect(fileProblem(maxFileBytes + 1, 'text/plain')).toBe('too-big');
    expect(fileProblem(10, 'image/png')).toBe('not-text');
    expect(fileProblem(10, 'text/plain')).toBeNull();
    expect(fileProblem(10, '')).toBeNull();
    expect(fileProblem(10, 'application/json')).toBeNull();
    // Saved as podman info's YAML or beside a script: its contents decide.
    expect(fileProblem(10, 'application/yaml')).toBeNull();
    expect(fileProblem(10, 'application/x-sh')).toBeNull();
    expect(fileProblem(10, 'application/zip')).toBe('not-text');
  });

  test('reads a file as far as a paste is read, in any encoding: a UTF-16 file of many characters, and one past the limit, cut there', async () => {
    const chars = limits.maxChars - 10;
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('x'.repeat(chars), 'utf16le')]);
    expect(utf16.length).toBeGreaterThan(limits.maxChars);
    const read = await readTextFile(new Blob([utf16], { type: 'text/plain' }));
    expect('text' in read && read.text.length).toBe(chars);
    const long = await readTextFile(new Blob(['a'.repeat(limits.maxChars + 500)], { type: 'text/plain' }));
    expect('text' in long && analyze(long.text).findings.map((f) => f.id)).toContain('input-truncated');
  });

  test('reads a text file, and refuses binary contents under a text type', async () => {
    await expect(readTextFile(new Blob(['docker version'], { type: 'text/plain' }))).resolves.toEqual({ text: 'docker version' });
    await expect(readTextFile(new Blob(['\u0000\u0001'], { type: 'text/plain' }))).resolves.toEqual({ problem: 'not-text' });
  });

  test("reads output Windows PowerShell saved with '>' (UTF-16 with a byte-order mark)", async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('Client: Docker Engine', 'utf16le')]);
    await expect(readTextFile(new Blob([utf16], { type: 'text/plain' }))).resolves.toEqual({ text: 'Client: Docker Engine' });
  });
});

describe('debounce', () => {
  test('calls once, with the last arguments, after the pause; cancel drops the call', () => {
    vi.useFakeTimers();
    try {
      const fn = vi.fn();
      const later = debounce(fn, 100);
      later('a');
      later('b');
      vi.advanceTimersByTime(99);
      expect(fn).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(fn).toHaveBeenCalledExactlyOnceWith('b');
      later('c');
      later.cancel();
      vi.advanceTimersByTime(200);
      expect(fn).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('punctuation of the strings', () => {
  /** Every text of a strings object, with sample arguments for the functions. */
  const texts = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : typeof value === 'function'
        ? [String(value(12))]
        : Array.isArray(value)
          ? [value.join('')]
          : Object.values(value as object).flatMap(texts);

  test('Chinese: full-width punctuation beside Chinese text, and no space after it', () => {
    for (const text of texts(zhCn)) {
      expect(text).not.toMatch(/[\u4e00-\u9fff][,;:()!?]|[,;:()!?][\u4e00-\u9fff]/);
      expect(text).not.toMatch(/[。，：；！？）]\s/);
    }
    expect(zhCn.colon).toBe('：');
    expect(zhCn.brackets).toEqual(['（', '）']);
  });

  test.each(languages)('the labels before a colon carry none of their own (%s)', (_lang, strings) => {
    for (const label of Object.values(strings.severity)) expect(label).not.toMatch(/[:：]\s*$/);
  });
});
