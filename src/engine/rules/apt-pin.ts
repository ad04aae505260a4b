/** An apt pin that holds Docker's packages below the first stock release with the fix, and the version with the fix to install instead. */
import { docker } from '../data/core/docker.ts';
import type { Evidence } from '../types.ts';
import { atLeast } from '../version.ts';
import type { Ctx } from './context.ts';

// The version a line names: the candidate's, the pin's (its glob left out) or a table row's.
const VERSION = /^(?:Candidate: +|Pin: +version +|\*\*\* +)?(\d[^\s*]*)/;
const version = (e: Evidence): string | null => VERSION.exec(e.text.trim())?.[1] ?? null;

/**
 * Where apt holds Docker below the fixed release (a held candidate, or a pin on such a version): the full apt version to install, the
 * first that apt-cache policy lists at or after that release for every Docker package shown (null where none is listed).
 */
export function aptPinned(c: Ctx): { install: string | null } | null {
  const held = c.signals.get('apt-pin')?.some((e) => atLeast(version(e), docker.fixed.version) === false);
  if (!held) return null;
  const listed = (c.signals.get('apt-version-listed') ?? []).map(version).find((v) => atLeast(v, docker.fixed.version) === true);
  return { install: listed ?? null };
}
