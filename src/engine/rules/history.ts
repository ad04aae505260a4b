/** Values that a paste shows one after the other in time: the daemon then and now, for which no restart is to be advised. */
import type { Conflict } from '../facts.ts';

/**
 * Whether the values of `c` are shown in turn in time (`when`: chronology.ts): the one picked last, every other before it (review R158
 * M2: a journal's starts before and after an upgrade, with the Docker version each logged).
 */
export function inTurn(c: Conflict, when: ReadonlyMap<number, number>): boolean {
  const [picked, ...others] = c.evidence;
  const at = when.get(picked!.line);
  return at !== undefined && others.every((e) => (when.get(e.line) ?? Infinity) < at);
}
