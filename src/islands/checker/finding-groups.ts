/** How findings are grouped under the verdict, the same in the widget and in the Markdown export. */
import type { Finding, Messages, Result } from '../../engine/index.ts';

/**
 * The headline of the verdict: its title (a fixed one that pasta's argv alone decides says so), or where nothing is decided but a
 * finding keeps the daemon from running, that the daemon cannot start as set up (a verdict still to come reads as the checker failing,
 * while its fix is known).
 */
export function headline(r: Result, messages: Messages): string {
  if (r.byArgv) return messages.flagSeen;
  return r.verdict === 'incomplete' && r.stops ? messages.blocked(r.signals.includes('buildkit'), r.containerd) : messages.verdict[r.verdict];
}

/**
 * The line under the verdict that names the first finding keeping the daemon from running (right after a decided verdict's own, or the
 * next step itself, under the headline that names its daemon): of Docker, of BuildKit where RootlessKit runs it, or rootless containerd
 * where the paste shows it. None without such a finding.
 */
export function stoppedLine(r: Result, messages: Messages): string | undefined {
  const undecided = r.verdict === 'incomplete';
  const stop = r.stops ? r.findings[undecided ? 0 : 1] : undefined;
  return stop && messages.stopped(stop.title, r.signals.includes('buildkit'), r.containerd, undecided);
}

/**
 * An undecided verdict's next step, shown apart: its first finding, unless that is what stops the daemon (a problem like any other).
 * Then the findings under the verdict, and those under "Also worth knowing": a decided verdict's own finding leads, alone but for
 * the `stops` that keep the daemon from starting (Result['stops']) and the other errors (what the reader pasted failing: a "not affected"
 * says nothing of them), so the notes do not dilute it; an undecided verdict's are all steps to take.
 */
export function findingGroups(r: Result): { step: Finding | undefined; main: Finding[]; also: Finding[] } {
  const decided = r.verdict !== 'incomplete';
  const step = !decided && !r.stops ? r.findings[0] : undefined;
  const findings = step ? r.findings.slice(1) : r.findings;
  // Errors come right after the stops (the engine's order).
  const errors = findings.slice(1 + r.stops).findIndex((f) => f.severity !== 'error');
  const split = decided ? 1 + r.stops + (errors < 0 ? findings.length - 1 - r.stops : errors) : findings.length;
  return { step, main: findings.slice(0, split), also: findings.slice(split) };
}

// The findings that ask the question the quick answers answer; any other step (nothing recognised, a setup written by hand) asks it itself.
const QUESTIONS: readonly string[] = ['need-network-driver', 'need-rootlesskit-version', 'need-pasta-argv'];

/**
 * The id of the finding the quick answers stand beside: the one that asks `r.ask`, wherever it is (after the daemon's start when the
 * rootless daemon is shown down), or else the next step. None when nothing is asked.
 */
export function askedBy(r: Result): string | undefined {
  if (!r.ask) return undefined;
  return r.findings.find((f) => QUESTIONS.includes(f.id))?.id ?? findingGroups(r).step?.id;
}
