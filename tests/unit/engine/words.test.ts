import { expect, test } from 'vitest';
import { clean } from '../../../src/engine/clean.ts';
import { collect, type Recogniser } from '../../../src/engine/facts.ts';
import { dockerJava, dockerJavaWords } from '../../../src/engine/recognisers/docker-java.ts';
import { environment, environmentWords } from '../../../src/engine/recognisers/env.ts';
import { processes, processWords } from '../../../src/engine/recognisers/process.ts';
import { staticBuilds, staticBuildWords } from '../../../src/engine/recognisers/static-builds.ts';
import { symptoms, symptomWords } from '../../../src/engine/recognisers/symptoms.ts';
import { allFixtures } from '../../fixtures/fixtures.ts';

// core.ts gives these recognisers only the lines with one of their words: a line one reports from without any would be lost.
const worded: [string, Recogniser, readonly string[]][] = [
  ['processes', processes, processWords],
  ['environment', environment, environmentWords],
  ['staticBuilds', staticBuilds, staticBuildWords],
  ['symptoms', symptoms, symptomWords],
  ['dockerJava', dockerJava, dockerJavaWords],
];
// Every fixture's lines, also as a journal logged by dockerd-rootless.sh (whose name is in the prefix).
const lines = allFixtures().flatMap((f) => [f.text, f.text.replace(/^/gm, 'Jan 01 12:00:00 host dockerd-rootless.sh[1]: ')].flatMap((t) => clean(t).lines));

test.each(worded)('%s reports only from lines with one of its words, in the text or the prefix', (_, recognise, words) => {
  let reported = 0;
  for (const line of lines) {
    const sink = collect();
    recognise([line], sink);
    if (!sink.observations.length && !sink.signals.size && !sink.portDriverUnread) continue;
    reported++;
    const named = words.some((w) => line.text.includes(w) || !!line.prefix?.includes(w));
    expect(named, line.text).toBe(true);
  }
  expect(reported).toBeGreaterThan(0);
});
