/**
 * A setup written by hand as a list ("docker 27.3.1, rootlesskit 2.3.1, pasta", "My setup: Docker 28.0.1 + RootlessKit 2.3.2"): what
 * it says, as the answers a reader would give. Never read as output: the reader chooses to use them (the widget offers it).
 */
import type { Line } from './clean.ts';
import { validAnswers } from './share.ts';
import type { Answers } from './types.ts';
import { parsePastaVersion } from './version.ts';

// A tool, and its version after a blank (not a colon: "docker: 27.3.1" is YAML's, "docker:27.3.1-dind" an image's). Docker's and
// RootlessKit's versions whole, with their patch: "2.3" or "27.5" spans releases with and without the fix. pasta's as it prints it,
// or as Fedora's package names it ("0^20240906.g6b38f07").
const ITEM =
  '(rootless )?(?:(docker(?: engine)?|rootlesskit|slirp4netns)(?: version)? v?(\\d+\\.\\d+\\.\\d+(?:[-+~][\\w.+~-]*)?)|(docker(?: engine)?|rootlesskit|slirp4netns|pasta|passt)(?:(?: version)? (\\d[\\w.+~^-]*))?)';
// No version has a blank, a comma or a semicolon: splitting at these gives the items back ("2.3.1+dev" keeps its plus).
const SEPARATOR = ' *[,;] *| [+&/] | and | with ';
// The whole line is such a list of two items or more, or one tool with its version, perhaps after a list's bullet, with a full stop, or
// after a label that names the reader's own setup ("My setup: ", "Versions: "; not "Required: " or "Fixed in: "): a sentence that
// names the tools ("upgraded docker 27.3.1 to 28") is none.
const LIST = new RegExp(`^${ITEM}(?:(?:${SEPARATOR})${ITEM})*$`, 'i');
const ONE = new RegExp(`^${ITEM}$`, 'i');
const SPLIT = new RegExp(SEPARATOR, 'i');
const BULLET = /^(?:[-*•] |\d+\. )/;
// A label that says the list is the reader's own, alone (not "Versions required:", "Setup that works:"), in English or Chinese (环境,
// 版本, 配置, 我的环境, with a full-width colon too; escaped, so that English pages load no Chinese).
const LABEL = /^(?:(?:my|our|the) )?(?:setup|versions?|environment|env|system|stack|config(?:uration)?|specs|\u73af\u5883|\u7248\u672c|\u914d\u7f6e|\u6211\u7684\u73af\u5883)[:\uff1a] */i;
// A line that heads what follows it ("Required:", "To fix it, upgrade to:"): bullets under it are not the reader's setup unless it is one
// of those labels.
const HEADING = /[:\uff1a]$/;
const LONGEST = 160;

/**
 * The answers hand-written lists of tools and versions in `lines` give: Docker's version is the client's (as `docker -v` prints it), passt
 * named says which pasta is installed but not that it is the driver. Lists that disagree give none.
 */
export function writtenAnswers(lines: readonly Line[]): Answers {
  const found = new Map<string, unknown>();
  // Under a heading that is no setup's label, bullets are someone else's list.
  let headed = false;
  for (const line of lines) {
    const bulleted = BULLET.test(line.trimmed);
    if (!bulleted) headed = HEADING.test(line.trimmed) && !LABEL.test(line.trimmed);
    if (bulleted && headed) continue;
    const whole = line.trimmed.replace(BULLET, '').replace(/\.$/, '');
    if (whole.length > LONGEST) continue;
    const unlabelled = whole.replace(LABEL, '');
    const t = LIST.test(whole) ? whole : unlabelled !== whole && LIST.test(unlabelled) ? unlabelled : null;
    if (t === null) continue;
    const items = t.split(SPLIT).map((item) => ONE.exec(item)!);
    // A tool's name alone is no setup; one with a version is.
    if (!items.some((m) => m[3] ?? m[5])) continue;
    const names = items.map((m) => (m[2] ?? m[4])!.toLowerCase());
    const pasta = names.includes('pasta');
    const slirp = names.includes('slirp4netns');
    const answers: Record<string, unknown> = {};
    // One driver named alone; passt beside slirp4netns is two installed, either of which may run.
    if (pasta !== slirp && !(slirp && names.includes('passt'))) answers.networkDriver = pasta ? 'pasta' : 'slirp4netns';
    // RootlessKit, its network drivers, or the word itself: a rootless daemon.
    if (pasta || slirp || names.includes('rootlesskit') || items.some((m) => m[1])) answers.rootless = true;
    for (const m of items) {
      const tool = (m[2] ?? m[4])!.toLowerCase();
      const version = m[3] ?? m[5];
      if (!version) continue;
      if (tool.startsWith('docker') && m[3]) answers.dockerClientVersion = version;
      else if (tool === 'rootlesskit' && m[3]) answers.rootlesskitVersion = version;
      else if (tool === 'slirp4netns' && m[3]) answers.slirp4netnsVersion = version;
      else if (tool === 'pasta' || tool === 'passt') {
        const build = parsePastaVersion(version);
        if (build) Object.assign(answers, { pastaVersion: version, pastaDate: build.date });
      }
    }
    // Lists that disagree describe two setups (before and after, one that works and one that does not): none is offered.
    for (const [key, value] of Object.entries(answers)) {
      if (found.has(key) && found.get(key) !== value) return {};
      found.set(key, value);
    }
  }
  return validAnswers(Object.fromEntries(found));
}
