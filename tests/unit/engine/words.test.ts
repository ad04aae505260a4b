import { expect, test } from 'vitest';
import { clean, type Line } from '../../../src/engine/clean.ts';
import { collect, type Recogniser } from '../../../src/engine/facts.ts';
import { dockerJava, dockerJavaWords } from '../../../src/engine/recognisers/docker-java.ts';
import { environment, environmentWords } from '../../../src/engine/recognisers/env.ts';
import { processes, processWords } from '../../../src/engine/recognisers/process.ts';
import { staticBuild, staticBuildWords } from '../../../src/engine/recognisers/static-build.ts';
import { symptoms, symptomWords } from '../../../src/engine/recognisers/symptoms.ts';
import { allFixtures } from '../../fixtures/fixtures.ts';

// core.ts gives these recognisers only the lines with one of their words: a line one reports from without any would be lost.
const worded: [string, Recogniser, readonly string[]][] = [
  ['processes', processes, processWords],
  ['environment', environment, environmentWords],
  ['staticBuild', staticBuild, staticBuildWords],
  ['symptoms', symptoms, symptomWords],
  ['dockerJava', dockerJava, dockerJavaWords],
];
// Every fixture's lines, also as a journal logged by dockerd-rootless.sh (whose name is in the prefix).
const pastes = allFixtures().flatMap((f) => [f.text, f.text.replace(/^/gm, 'Jan 01 12:00:00 host dockerd-rootless.sh[1]: ')].map((t) => clean(t).lines));

test.each(worded)('%s reports the same from the lines with one of its words, in the text or the prefix, as from all', (_, recognise, words) => {
  const named = (line: Line) => words.some((w) => line.text.includes(w) || !!line.prefix?.includes(w));
  let reported = 0;
  for (const lines of pastes) {
    const [all, some] = [collect(), collect()];
    recognise(lines, all);
    recognise(lines.filter(named), some);
    expect(some.observations).toEqual(all.observations);
    expect(some.signals).toEqual(all.signals);
    reported += all.observations.length + all.signals.size;
  }
  expect(reported).toBeGreaterThan(0);
});
