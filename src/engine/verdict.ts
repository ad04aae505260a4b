/** Merged facts → verdict, certainty and the findings that explain them. */
import { factsEvidence, rank, type Merged } from './facts.ts';
import { stopping } from './findings.ts';
import { spec, type FindingSpec } from './messages/types.ts';
import { context, scriptsRelease, type Ctx } from './rules/context.ts';
import { neighbourFindings } from './rules/findings.ts';
import { cutFlags } from './rules/flags-cut.ts';
import { infer } from './rules/infer.ts';
import { unreadExport } from './rules/settings-source.ts';
import { nextStep, type Evaluate } from './rules/next-step.ts';
import { askedAside, downFirst } from './rules/down-first.ts';
import { carriesFlag } from './rules/flag-place.ts';
import { verdictRules } from './rules/verdict-rules.ts';
import type { Certainty, Evidence, FactKey, Facts, Signal, Verdict } from './types.ts';

export interface Decision {
  verdict: Verdict;
  certainty: Certainty;
  /** See Result['unseen']. */
  unseen: FactKey[];
  /** The finding that explains the verdict (for incomplete: what to run next). */
  main: FindingSpec | null;
}

/** Applies the verdict rules in order; none applying means incomplete. */
export function decide(c: Ctx): Decision {
  for (const rule of verdictRules) {
    const main = rule.when(c);
    if (!main) continue;
    const keys = rule.deciding(c);
    // An argv with the flag is no evidence of being affected (another machine's, or from before a restart).
    const shown = rule.verdict === 'affected' ? Object.fromEntries(keys.map((k) => [k, c.evidence[k]?.filter((e) => !carriesFlag(e))])) : c.evidence;
    // (A rule that rests on no fact quotes its own lines.)
    if (keys.length) main.evidence = factsEvidence(shown, keys);
    // A package shows what is installed, which the daemon runs only if it started since: never confirmed. (The Docker release that a
    // RootlessKit from the table rests on is named with it already.)
    const packaged = (k: FactKey): boolean => c.packaged.has(k) && !(k === scriptsRelease(c.f) && c.inferred.has('rootlesskitVersion'));
    const unseen = keys.filter((k) => c.inferred.has(k) || packaged(k) || unreadExport(c, k));
    // Which of two running argvs, one with the flag and one without, runs now, taken from their order in the paste alone (no time), is
    // not sure: an answer's example below the question's own argv reads the same. Never confirmed.
    if (c.flagDisputed && keys.includes('hostLoToNsLo') && !unseen.includes('hostLoToNsLo')) unseen.push('hostLoToNsLo');
    const assumed = rule.assumed?.(c);
    if (assumed) unseen.push(assumed);
    return { verdict: rule.verdict, certainty: unseen.length ? 'inferred' : 'confirmed', unseen, main };
  }
  // Nothing decided: there is no deciding fact to be sure of.
  return { verdict: 'incomplete', certainty: 'inferred', unseen: [], main: null };
}

export interface Assessment extends Decision {
  findings: FindingSpec[];
  ask: FactKey | null;
}

/** The machines of a paste disagreeing on what decides (machines.ts machinesApart): that step, and those machines that do not show fact `key` at rank `least` or above. */
export interface Apart {
  step: FindingSpec;
  unshown(key: FactKey, least: number): string[];
}

/**
 * The fact a next step asks for, and the least rank that answers it: that of its question, or for the step asking for docker version
 * itself, the RootlessKit it shows; else null. What runs answers it (rank.running), and where the step asks for the RootlessKit installed
 * too (rootlesskit --version, none installed with the fix shown), that binary's own version.
 */
function askedBy(step: { step: FindingSpec; ask: FactKey | null }): { key: FactKey; least: number } | null {
  const key = step.ask ?? (step.step.id === 'need-docker-output' ? 'rootlesskitVersion' : null);
  const binary = step.step.id === 'need-rootlesskit-version' && !step.step.params.installed;
  return key && { key, least: binary ? rank.binary : rank.running };
}

/**
 * Runs inference, the verdict rules, the next step (if incomplete) and the neighbouring findings. Mutates `m`. `apart`: the paste's
 * machines disagree on what decides, which is then the first step, and nothing is decided; the next step is for the machines that do not
 * show what it asks (and names them), or left out where every one does.
 */
export function assess(m: Merged, signals: ReadonlyMap<Signal, Evidence[]>, recognised: boolean, apart: Apart | null = null): Assessment {
  const notes = [...infer(m, signals), ...cutFlags(m)];
  const c = context(m, signals);
  const decision: Decision = apart ? { verdict: 'incomplete', certainty: 'inferred', unseen: [], main: null } : decide(c);
  const findings = neighbourFindings(c, decision.verdict);
  let ask: FactKey | null = null;
  // A daemon that does not start decides nothing yet: fixing what stops it is the next step, before any question.
  const stop = findings.findIndex(stopping);
  if (decision.verdict === 'incomplete' && stop >= 0) decision.main = findings.splice(stop, 1)[0]!;
  else if (decision.verdict === 'incomplete') {
    // The rootless daemon shown down: starting it comes first (after the login session it needs), and the question, which its commands
    // would fail to answer, after it.
    const { first, rest } = downFirst(findings);
    const step = nextStep(c, recognised, hypothetical(m, signals), first.length > 0, first.some(askedAside));
    const asked = apart ? askedBy(step) : null;
    const unshown = apart && asked ? apart.unshown(asked.key, asked.least) : null;
    const steps = unshown?.length === 0 ? [] : [step.step];
    decision.main = first[0] ?? steps[0] ?? null;
    if (first.length) findings.splice(0, findings.length, ...first.slice(1), ...steps, ...rest);
    ask = steps.length ? step.ask : null;
    if (apart && unshown?.length && apart.step.id === 'machines-apart' && unshown.length < apart.step.params.values.length) {
      apart = { ...apart, step: spec('machines-apart', { ...apart.step.params, stepFor: unshown }, apart.step.evidence) };
    }
  }
  // The machines first: what else to paste comes after (for each machine, one at a time).
  if (apart && decision.main) findings.unshift(decision.main);
  if (apart) decision.main = apart.step;
  return { ...decision, findings: [...notes, ...findings], ask };
}

/**
 * Whether the configuration that a running daemon's network or port driver contradicts would make it affected once a restart applies it
 * (a port driver the configuration leaves unset then takes its default).
 */
export function affectedAfterRestart(m: Merged, signals: ReadonlyMap<Signal, Evidence[]>): boolean {
  const patch: Partial<Facts> = {};
  for (const { key, values } of m.conflicts) {
    const set = values.find((v) => v.source === 'config');
    // A driver's value as the merge saw it (a string: facts.ts merge).
    if ((key === 'networkDriver' || key === 'portDriver') && values[0]!.source === 'running' && set) (patch as Record<FactKey, unknown>)[key] = set.value;
  }
  if (!patch.networkDriver) return false;
  return hypothetical(m, signals)({ portDriver: null, ...patch }).verdict === 'affected';
}

/** Evaluates the rules again with some facts filled in, for "if your daemon uses pasta, …" outcomes. */
function hypothetical(m: Merged, signals: ReadonlyMap<Signal, Evidence[]>): Evaluate {
  return (patch: Partial<Facts>) => {
    const copy: Merged = { ...m, facts: { ...m.facts, ...patch }, inferred: new Set(m.inferred) };
    infer(copy, signals);
    const c = context(copy, signals);
    const verdict = decide(c).verdict;
    return { verdict, facts: copy.facts, inferred: copy.inferred, stops: () => neighbourFindings(c, verdict).some(stopping) };
  };
}
