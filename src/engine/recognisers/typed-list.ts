/** A setup typed by hand as a list: "docker 27.3.1, rootlesskit 2.3.1, pasta", "Docker 28.0.1 + RootlessKit 2.3.2 and slirp4netns". */
import { rank, type Recogniser } from '../facts.ts';
import { reportPastaVersion } from './pasta-version.ts';

const ITEM = '(rootless )?(docker(?: engine)?|rootlesskit|slirp4netns|pasta|passt)(?:[ :]+v?(\\d[\\w.+~-]*))?';
// No version has a blank, a comma or a semicolon: splitting at these gives the items back ("2.3.1+dev" keeps its plus).
const SEPARATOR = ' *[,;] *| [+&/] | and | with ';
const LABEL_CHARS = 30;
const TOOL_START = 'dDrRsSpP';
// The whole line is such a list, of two items or more, perhaps after a label ("My setup: "): a sentence that names the tools
// ("upgraded docker 27.3.1 to 28") is none.
const LIST = new RegExp(`^${ITEM}(?:(?:${SEPARATOR})${ITEM})+$`, 'i');
const ONE = new RegExp(`^${ITEM}$`, 'i');
const SPLIT = new RegExp(SEPARATOR, 'i');
const LONGEST = 160;

/** Whether a line is such a list (a first letter of a tool's spares most lines the pattern). */
const listed = (t: string): boolean => TOOL_START.includes(t[0]!) && LIST.test(t);

/** Reads each tool's version as a hint, and the network driver the list names (pasta or slirp4netns, not both). */
export const typedList: Recogniser = (lines, sink) => {
  for (const line of lines) {
    const whole = line.trimmed;
    if (whole.length > LONGEST) continue;
    // A label is tried last: "rootlesskit: 2.3.1, docker: 27.3.1" starts with an item.
    const colon = whole.indexOf(': ');
    const rest = colon > 0 && colon <= LABEL_CHARS && TOOL_START.includes(whole[colon + 2]!) ? whole.slice(colon + 2) : '';
    const t = listed(whole) ? whole : rest && listed(rest) ? rest : null;
    if (t === null) continue;
    const items = t.split(SPLIT).map((item) => ONE.exec(item));
    if (!items.every((m) => m !== null)) continue;
    // Names alone are no setup: at least one version.
    if (!items.some((m) => m[3])) continue;
    sink.signal('typed-versions', line);
    const names = items.map((m) => m[2]!.toLowerCase());
    const pasta = names.includes('pasta') || names.includes('passt');
    const slirp = names.includes('slirp4netns');
    if (pasta !== slirp) sink.driver('networkDriver', pasta ? 'pasta' : 'slirp4netns', rank.hint, line);
    if (pasta || slirp || names.includes('rootlesskit') || items.some((m) => m[1])) sink.fact('rootless', true, rank.hint, line);
    for (const [, , name, version] of items) {
      if (!version) continue;
      const tool = name!.toLowerCase();
      if (tool.startsWith('docker')) sink.fact('dockerServerVersion', version, rank.hint, line);
      else if (tool === 'rootlesskit') sink.fact('rootlesskitVersion', version, rank.hint, line);
      else if (tool === 'slirp4netns') sink.fact('slirp4netnsVersion', version, rank.hint, line);
      else reportPastaVersion(version, rank.hint, line, sink);
    }
  }
};
