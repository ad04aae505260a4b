/**
 * A Dockerfile's ENV instruction, which sets dockerd-rootless.sh's settings in an image (a dind-rootless build): as written in the
 * Dockerfile, or as a build echoes its step. Its fix is the instruction typed again, and the image built again.
 */
import type { Line } from './clean.ts';
import { ASSIGNMENT } from './hand-run.ts';

// A build's echo before the instruction of a step: BuildKit's "#5 [2/4] " (with a stage's name: "#5 [build 2/4] "), the classic builder's "Step 3/5 : ".
const STEP = /^(?:#\d+ \[[^\]]*\] |Step \d+\/\d+ : )/;
// BuildKit's echo of an ENV step, which starts like a comment.
export const BUILD_ENV = /^#\d+ \[[^\]]*\] ENV\s/;
// The instruction: Dockerfiles write it in capitals (a lower-case "env NAME=value" is the shell's command).
const ENV = /^ENV\s+/;
// The older form, one variable and the rest of the line its value: ENV NAME value.
const ONE_PAIR = /^([A-Za-z_]\w*)\s+(\S.*)$/;
// What shows the lines are a Dockerfile's: its first instruction, or a command it runs.
const INSTRUCTION = /^(?:FROM|RUN)\s/;
const WORD = new RegExp(ASSIGNMENT, 'g');

/** The instruction of a line a build may have echoed (its step's echo left out). */
const instruction = (t: string): string => t.replace(STEP, '');

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

/** The last line setting one of dockerd-rootless.sh's settings, where it is a Dockerfile's ENV instruction (a build's step, or after FROM or RUN), with its instruction as `trimmed`; else null. */
export function dockerfileEnv(lines: readonly Line[], settings: ReadonlyMap<number, unknown>): Line | null {
  let dockerfile = false;
  let last: Line | null = null;
  for (const l of lines) {
    const i = instruction(l.trimmed);
    if (INSTRUCTION.test(i)) dockerfile = true;
    if (!settings.has(l.n)) continue;
    const env = envInstruction(l.trimmed);
    last = env && (dockerfile || i !== l.trimmed) ? { ...l, trimmed: env } : null;
  }
  return last;
}

// The instructions a fix writes before the ENV line: a package installed as root, then the image's user again.
const FIX_INSTRUCTION = /^(?:ENV|RUN|USER)\s/;
/** Whether a fix is a Dockerfile's lines (its ENV instruction typed again, a package installed before it), shown as a Dockerfile rather than as shell. */
export const dockerfileFix = (fix: string): boolean => fix.split('\n').every((l) => FIX_INSTRUCTION.test(l));
