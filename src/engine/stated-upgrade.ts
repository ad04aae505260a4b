/**
 * The reader's own word that they have upgraded since the output they paste ("I have since upgraded to 27.5.1 and restarted, still same
 * error", "我已经升级到 27.5.1 并重启了"): the tool and release they say runs now. A statement, never output: it decides no fact.
 */
import type { Line } from './clean.ts';
import { docker } from './data/core/docker.ts';
import { parseVersion } from './version.ts';

/** What the reader says they upgraded to, and on which line. */
export interface StatedUpgrade {
  tool: 'docker' | 'rootlesskit';
  version: string;
  line: number;
}

const TOOL = '(?:(docker(?: engine)?|rootlesskit) )?';
const VERSION = 'v?(\\d+\\.\\d+\\.\\d+)';
// Done, in the first person: "I (have|'ve) (since|already|now) upgraded|updated (docker) to (docker) 27.5.1"; a plan ("I will upgrade",
// "should I upgrade") is none. Chinese: 已(经) … 升级/更新 到/至, or 升级到了 (escaped, so that English pages load no Chinese).
const EN = new RegExp(`\\b(?:i|we)(?:'ve| have)?(?: (?:since|already|now|just))? (?:upgraded|updated) ${TOOL}to ${TOOL}${VERSION}`, 'i');
const ZH = new RegExp(`(?:\\u5df2\\u7ecf?|\\u6211)(?:\\u628a ?)?${TOOL}(?:\\u5347\\u7ea7|\\u66f4\\u65b0)(?:\\u5230|\\u81f3)\\u4e86? ?${TOOL}${VERSION}`, 'i');

// The verb either statement needs, looked for before them.
const UPGRADE_WORD = /upgraded|updated|\u5347\u7ea7|\u66f4\u65b0/i;

/**
 * The last upgrade the lines state as done, not by another speaker of a chat log (`spoken`: their lines; a helper's "I upgraded
 * to 2.3.2" is their machine's); a release without a tool named is Docker's from its calendar numbering on, else RootlessKit's.
 */
export function statedUpgrade(lines: readonly Line[], spoken: ReadonlySet<Line>): StatedUpgrade | null {
  for (let k = lines.length - 1; k >= 0; k--) {
    const t = lines[k]!.trimmed;
    if (spoken.has(lines[k]!) || !UPGRADE_WORD.test(t)) continue;
    const m = EN.exec(t) ?? ZH.exec(t);
    if (!m) continue;
    const version = m[3]!;
    const named = (m[1] ?? m[2])?.toLowerCase();
    const calendar = parseVersion(version)!.parts[0]! >= parseVersion(docker.calendarVersions.version)!.parts[0]!;
    const tool = named === 'rootlesskit' || (!named && !calendar) ? 'rootlesskit' : 'docker';
    return { tool, version, line: lines[k]!.n };
  }
  return null;
}
