/**
 * A Dockerfile's ENV instruction, which sets dockerd-rootless.sh's settings in an image (a dind-rootless build): as written in the
 * Dockerfile, or as a build echoes its step. Its fix is the instruction typed again, and the image built again.
 */
import type { Line } from './clean.ts';
import { ASSIGNMENT, runs } from './hand-run.ts';
import { indicesNumbered } from './numbered.ts';

// A build's echo before the instruction of a step: BuildKit's "#5 [2/4] " (with a stage's name: "#5 [build 2/4] "), the classic builder's "Step 3/5 : ".
const STEP = /^(?:#\d+ \[[^\]]*\] |Step \d+\/\d+ : )/;
// BuildKit's echo of an ENV step, which starts like a comment.
export const BUILD_ENV = /^#\d+ \[[^\]]*\] ENV\s/;
// The instruction as Dockerfiles mostly write it, in capitals.
const ENV = /^ENV\s+/;
// The older form, one variable and the rest of the line its value: ENV NAME value.
const ONE_PAIR = /^([A-Za-z_]\w*)\s+(\S.*)$/;
// What shows the lines are a Dockerfile's: its first instruction, or a command it runs, in capitals or (as Docker also reads them) lower case.
const INSTRUCTION = /^(?:FROM|RUN|from|run)\s/;
// The instruction in lower case, which is also the shell's env command (`env NAME=value dockerd-rootless.sh`): one only after FROM or RUN.
const LOWER_ENV = /^env\s+(?=[A-Za-z_]\w*[=\s])/;
const WORD = new RegExp(ASSIGNMENT, 'g');

/** The instruction of a line a build may have echoed (its step's echo left out). Only "#" and "Step " start an echo: the rest is kept as is, unscanned. */
const instruction = (t: string): string => (t.charCodeAt(0) === 35 || t.startsWith('Step ') ? t.replace(STEP, '') : t);

/** Whether text `t` starts with one of `letters` or as a build's step echo does (STEP): no other is an instruction of theirs, and most lines are spared the patterns. */
const mayInstruct = (t: string, letters: string): boolean => t !== '' && (letters.includes(t[0]!) || (t[0] === '#' && t.charCodeAt(1) >= 48 && t.charCodeAt(1) <= 57) || t.startsWith('Step '));

/** Whether a line is a Dockerfile's FROM instruction (a build's step echo of one too): the image it builds on. */
export const fromLine = (t: string): boolean => mayInstruct(t, 'Ff') && /^(?:FROM|from)\s/.test(instruction(t));

/** Whether a line is a Dockerfile's FROM or RUN instruction (a build's step echo of one too): a command in it runs in the image. */
export const instructionLine = (t: string): boolean => mayInstruct(t, 'FfRr') && INSTRUCTION.test(instruction(t));

/** The ENV instruction a line holds ("ENV …", a build's step echo of one left out), or null. */
export const envInstruction = (t: string): string | null => {
  const i = instruction(t);
  return ENV.test(i) ? i : null;
};

/** The older form's one pair (ENV NAME value: no "=" in its first word), or null for the form that sets several (ENV NAME=value …). */
const onePair = (env: string): RegExpExecArray | null => ONE_PAIR.exec(env.replace(ENV, ''));

/** The NAME=value words an ENV instruction sets: several pairs as written, or the older form's one pair (its value quoted where it holds blanks). */
export const envWords = (env: string): string[] => {
  const one = onePair(env);
  if (one) return [`${one[1]}=${/\s/.test(one[2]!) ? `"${one[2]}"` : one[2]}`];
  return env.replace(ENV, '').match(WORD) ?? [];
};

/** A line with an ENV instruction of the older form read as one that sets a pair (ENV NAME=value), its step's echo kept; else `t` as it is. */
export const envAsPairs = (t: string): string => {
  const env = envInstruction(t);
  return env && onePair(env) ? `${t.slice(0, t.length - env.length)}ENV ${envWords(env)[0]}` : t;
};

// Where each paste's first FROM or RUN instruction is, by its lines: five rules ask for its ENV lines, each with the settings as it finds
// them, and a search through every line of a long paste is the cost.
const froms = new WeakMap<readonly Line[], number>();

/** The index of the first line that shows `lines` are a Dockerfile's (a FROM or RUN instruction), else their length; found once for each array. */
function dockerfileFrom(lines: readonly Line[]): number {
  const known = froms.get(lines);
  if (known !== undefined) return known;
  const at = lines.findIndex((l) => instructionLine(instruction(l.trimmed)));
  const from = at < 0 ? lines.length : at;
  froms.set(lines, from);
  return from;
}

/** For each line setting one of dockerd-rootless.sh's settings, in order: that line where it is a Dockerfile's ENV instruction (a build's step, or after FROM or RUN), with its instruction, in capitals, as `trimmed`; else null. */
function settingLines(lines: readonly Line[], settings: ReadonlyMap<number, unknown>): (Line | null)[] {
  if (!settings.size) return [];
  const from = dockerfileFrom(lines);
  return indicesNumbered(lines, settings).map((k) => {
    const l = lines[k]!;
    const dockerfile = k >= from;
    const i = instruction(l.trimmed);
    const env = envInstruction(l.trimmed) ?? (dockerfile && LOWER_ENV.test(i) && !runs(i) ? i.replace(LOWER_ENV, 'ENV ') : null);
    return env && (dockerfile || i !== l.trimmed) ? { ...l, trimmed: env } : null;
  });
}

/** The last line setting one of dockerd-rootless.sh's settings, where it is a Dockerfile's ENV instruction, with its instruction as `trimmed`; else null. */
export const dockerfileEnv = (lines: readonly Line[], settings: ReadonlyMap<number, unknown>): Line | null => settingLines(lines, settings).at(-1) ?? null;

/** Every Dockerfile's ENV instruction that sets one of dockerd-rootless.sh's settings, in order. */
export const dockerfileEnvs = (lines: readonly Line[], settings: ReadonlyMap<number, unknown>): Line[] => settingLines(lines, settings).filter((l) => l !== null);

// The instructions a fix writes before the ENV line: a package installed as root, then the image's user again.
const FIX_INSTRUCTION = /^(?:ENV|RUN|USER)\s/;
/**
 * Whether a fix is a Dockerfile's lines (its ENV instruction typed again, a package installed before it, a comment such as the rebuild's
 * after them), shown as a Dockerfile rather than as shell.
 */
export const dockerfileFix = (fix: string): boolean => {
  const lines = fix.split('\n');
  return lines.some((l) => FIX_INSTRUCTION.test(l)) && lines.every((l) => FIX_INSTRUCTION.test(l) || l.startsWith('# '));
};
