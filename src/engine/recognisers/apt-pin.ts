/**
 * apt holding Docker's packages at a version: apt-cache policy whose candidate is the installed version while its table lists a later
 * one, and a preferences stanza that pins a Docker package's version above the repository's priority (500).
 */
import type { Recogniser, Sink } from '../facts.ts';
import { atPrompt, type Line } from '../clean.ts';
import { compareParts, parseVersion } from '../version.ts';

const DOCKER_PACKAGE = /^(docker-ce|docker-ce-cli|docker-ce-rootless-extras):$/;
const FIELD = /^(Installed|Candidate): +(\S+)$/;
// A row of the version table: the version (*** marks the installed one) and its priority; the rows under it name their sources.
const ROW = /^(\*\*\* +)?(\d\S*) +(-?\d+)$/;
const PIN = /^Pin: +version +\S+$/;
const PRIORITY = /^Pin-Priority: +(-?\d+)$/;
// The repository's own priority: a pin above it wins over a later version.
const REPOSITORY_PRIORITY = 500;

interface Block {
  installed: string | null;
  candidate: Line | null;
  /** The installed row's priority: above the repository's, a pin's. */
  priority: number;
  rows: { version: string; line: Line }[];
}

const later = (a: string, b: string): boolean => {
  const [pa, pb] = [parseVersion(a), parseVersion(b)];
  return !!pa && !!pb && compareParts(pa.parts, pb.parts) > 0;
};

/**
 * Signals a policy block's candidate line where a pin holds it at the installed version (apt-pin), and then the table rows of the
 * versions every Docker block shown lists (apt-version-listed), which only a fix past that pin reads.
 */
function reportBlocks(blocks: readonly Block[], sink: Sink): void {
  let held = false;
  for (const b of blocks) {
    const candidate = b.candidate && FIELD.exec(b.candidate.trimmed)![2]!;
    if (!b.candidate || !candidate || candidate !== b.installed || b.priority <= REPOSITORY_PRIORITY || !b.rows.some((r) => later(r.version, candidate))) continue;
    sink.signal('apt-pin', b.candidate);
    held = true;
  }
  if (!held) return;
  const [first, ...rest] = blocks;
  for (const row of first?.rows ?? []) if (rest.every((b) => b.rows.some((r) => r.version === row.version))) sink.signal('apt-version-listed', row.line);
}

/** Reports apt's pins of Docker's packages as the signal apt-pin, and the versions apt-cache policy lists for them. */
export const aptPin: Recogniser = (lines, sink) => {
  const blocks: Block[] = [];
  let block: Block | null = null;
  let stanzaDocker = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const t = line.trimmed;
    if (t.startsWith('Package:')) stanzaDocker = /\bdocker-ce/.test(t);
    if (stanzaDocker && PIN.test(t) && Number(PRIORITY.exec(lines[k + 1]?.trimmed ?? '')?.[1]) > REPOSITORY_PRIORITY) sink.signal('apt-pin', line);
    if (t.startsWith('docker-ce') && DOCKER_PACKAGE.test(t)) blocks.push((block = { installed: null, candidate: null, priority: 0, rows: [] }));
    else if (block && ((t.endsWith(':') && t !== 'Version table:') || atPrompt(line))) block = null;
    if (!block) continue;
    const field = FIELD.exec(t);
    if (field?.[1] === 'Installed') block.installed = field[2]!;
    else if (field) block.candidate = line;
    const row = ROW.exec(t);
    if (row?.[1]) block.priority = Number(row[3]);
    else if (row) block.rows.push({ version: row[2]!, line });
  }
  reportBlocks(blocks, sink);
};
