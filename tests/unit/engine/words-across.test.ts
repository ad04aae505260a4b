import { expect, test } from 'vitest';
import { clean, type Line } from '../../../src/engine/clean.ts';
import { collect, type Collected } from '../../../src/engine/facts.ts';
import { typedIn } from '../../../src/engine/prompts.ts';
import { clientReset, clientResetWords } from '../../../src/engine/recognisers/client-resets.ts';
import { daemonStart, daemonStartWords } from '../../../src/engine/recognisers/daemon-start.ts';
import { formatFields, formatFieldsWords } from '../../../src/engine/recognisers/format-fields.ts';
import { formatRange, formatRangeWords } from '../../../src/engine/recognisers/format-range.ts';
import { osRelease, osReleaseKeyWords, osReleaseWords } from '../../../src/engine/recognisers/os-release.ts';
import { allFixtures } from '../../fixtures/fixtures.ts';

// core.ts gives these readers across sections the indices of the lines with one of their words (and the prompts): a line one reports
// from, or that changes what it reads after, without any would be lost.
const readers: [string, (lines: readonly Line[], sink: Collected, at: readonly number[]) => void][] = [
  // (Its answers' and first keys' lines by their own words, given every line where `at` is every line.)
  ['osRelease', (lines, sink, at) => osRelease(lines, sink, at, typedIn(lines), at.length === lines.length ? at : wordedAt(lines, osReleaseKeyWords))],
  ['formatFields', formatFields],
  ['formatRange', formatRange],
  ['daemonStart', (lines, sink, at) => daemonStart(lines, sink, at, typedIn(lines))],
  ['clientReset', (lines, sink, at) => clientReset(lines, sink, at, typedIn(lines))],
];
const words: Record<string, readonly string[]> = {
  osRelease: osReleaseWords,
  formatFields: formatFieldsWords,
  formatRange: formatRangeWords,
  daemonStart: daemonStartWords,
  clientReset: clientResetWords,
};
// Every fixture's lines, also as a journal logged by dockerd-rootless.sh (whose name is in the prefix).
const pastes = allFixtures().flatMap((f) => [f.text, f.text.replace(/^/gm, 'Jan 01 12:00:00 host dockerd-rootless.sh[1]: ')].map((t) => clean(t).lines));

/** The indices of the lines with one of `list`'s words, in the text or the prefix. */
function wordedAt(lines: readonly Line[], list: readonly string[]): number[] {
  return [...lines.keys()].filter((k) => list.some((w) => lines[k]!.text.includes(w) || !!lines[k]!.prefix?.includes(w)));
}

test.each(readers)('%s reports the same from the lines with one of its words, in the text or the prefix, as from all', (name, read) => {
  let reported = 0;
  for (const lines of pastes) {
    const [all, some] = [collect(), collect()];
    read(lines, all, [...lines.keys()]);
    read(lines, some, wordedAt(lines, words[name]!));
    expect(some.observations).toEqual(all.observations);
    expect(some.signals).toEqual(all.signals);
    expect(some.starts).toEqual(all.starts);
    reported += all.observations.length + all.signals.size + all.starts.length;
  }
  expect(reported).toBeGreaterThan(0);
});
