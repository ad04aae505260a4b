/**
 * A setup written by hand as a list ("docker 27.3.1, rootlesskit 2.3.1, pasta", "My setup: Docker 28.0.1 + RootlessKit 2.3.2"): what
 * it says, as the answers a reader would give. Never read as output: the reader chooses to use them (the widget offers it).
 */
import type { Line } from './clean.ts';
import { validAnswers } from './share.ts';
import type { Answers } from './types.ts';
import { parsePastaVersion } from './version.ts';

const ITEM = '(rootless )?(docker(?: engine)?|rootlesskit|slirp4netns|pasta|passt)(?:(?: version)?[ :]+v?(\\d[\\w.+~-]*))?';
// No version has a blank, a comma or a semicolon: splitting at these gives the items back ("2.3.1+dev" keeps its plus).
const SEPARATOR = ' *[,;] *| [+&/] | and | with ';
// The whole line is such a list of two items or more, or one tool with its version, perhaps after a short label ("My setup: "):
// a sentence that names the tools ("upgraded docker 27.3.1 to 28") is none.
const LIST = new RegExp(`^${ITEM}(?:(?:${SEPARATOR})${ITEM})*$`, 'i');
const ONE = new RegExp(`^${ITEM}$`, 'i');
const SPLIT = new RegExp(SEPARATOR, 'i');
const LABEL = /^[\p{L}\d ()-]{1,30}: +(?=[dDrRsSpP])/u;
const LONGEST = 160;

/** The answers a hand-written list of tools and versions in `lines` gives (the first list for each; none where a line is no list). */
export function writtenAnswers(lines: readonly Line[]): Answers {
  const found: Record<string, unknown> = {};
  for (const line of lines) {
    const whole = line.trimmed;
    if (whole.length > LONGEST) continue;
    const unlabelled = whole.replace(LABEL, '');
    const t = LIST.test(whole) ? whole : unlabelled !== whole && LIST.test(unlabelled) ? unlabelled : null;
    if (t === null) continue;
    const items = t.split(SPLIT).map((item) => ONE.exec(item)!);
    // A tool's name alone is no setup; one with a version is.
    if (!items.some((m) => m[3])) continue;
    const names = items.map((m) => m[2]!.toLowerCase());
    const pasta = names.includes('pasta') || names.includes('passt');
    const slirp = names.includes('slirp4netns');
    const answers: Record<string, unknown> = {};
    if (pasta !== slirp) answers.networkDriver = pasta ? 'pasta' : 'slirp4netns';
    // RootlessKit, its network drivers, or the word itself: a rootless daemon.
    if (pasta || slirp || names.includes('rootlesskit') || items.some((m) => m[1])) answers.rootless = true;
    for (const [, , name, version] of items) {
      if (!version) continue;
      const tool = name!.toLowerCase();
      if (tool.startsWith('docker')) answers.dockerServerVersion = version;
      else if (tool === 'rootlesskit') answers.rootlesskitVersion = version;
      else if (tool === 'slirp4netns') answers.slirp4netnsVersion = version;
      else {
        const build = parsePastaVersion(version);
        if (build) Object.assign(answers, { pastaVersion: version, pastaDate: build.date });
      }
    }
    for (const [key, value] of Object.entries(answers)) found[key] ??= value;
  }
  return validAnswers(found);
}
