/** Unit lines systemd never applies to the rootless daemon (recognisers/unit-place.ts): their settings set aside, and the finding on them. */
import type { Line } from '../clean.ts';
import { wholeLine, type Collected } from '../facts.ts';
import { indicesNumbered, linesNumbered } from '../numbered.ts';
import { spec, type FindingSpec } from '../messages/types.ts';
import { unitSettings, unitWords } from '../recognisers/unit-line.ts';
import { unappliedLines, type Unapplied } from '../recognisers/unit-place.ts';
import { typedIn, type Typed } from '../prompts.ts';
import type { Signal } from '../types.ts';
import type { Ctx } from './context.ts';
import { setAsideLines } from './set-aside.ts';

// The signal that says why, for each reason.
const SIGNALS = { section: 'setting-outside-service', discarded: 'setting-discarded', system: 'setting-system-unit', unit: 'setting-other-unit' } as const satisfies Record<Unapplied, Signal>;

/**
 * Sets aside what the settings of unit lines systemd never applies were read as (all but the rootless hint: they still name the rootless
 * daemon's settings), and signals each line with why. The lines are found across the whole paste: a section's header or the file shown
 * may stand in another section of it. `typed`: the lines typed at a prompt.
 */
export function setAsideUnapplied(lines: readonly Line[], sink: Collected, typed: Typed = typedIn(lines)): void {
  // Only a setting's Environment= line can be one: no other is asked about.
  const asked = indicesNumbered(lines, sink.settings).filter((k) => lines[k]!.trimmed.includes('Environment='));
  if (!asked.length) return;
  const unapplied = new Map([...unappliedLines(lines, typed, asked)].filter(([n]) => sink.settings.has(n)));
  if (!unapplied.size) return;
  // Each one's first line, found without reading every line: a long paste may show a unit's lines many times.
  const first = new Map<number, Line>();
  for (const l of linesNumbered(lines, unapplied)) if (!first.has(l.n)) first.set(l.n, l);
  for (const [n, why] of unapplied) sink.signal(SIGNALS[why], first.get(n)!);
  setAsideLines(sink, new Set(unapplied.keys()));
}

/** The setting-not-applied finding where the paste shows such lines, with each reason shown and the settings they set, in order. */
export function notApplied(c: Ctx): FindingSpec | null {
  const [section, discarded, system, unit] = Object.values(SIGNALS).map((id) => c.signals.get(id));
  if (!section && !discarded && !system && !unit) return null;
  // A shared link's signals have no lines: the fix then shows where systemd reads the unit's settings.
  const seen = [section, discarded, system, unit].flatMap((s) => s ?? []).sort((a, b) => a.line - b.line);
  const settings = seen.flatMap((e) => unitSettings(unitWords(wholeLine(e)), false, false)).map((s) => `${s.name}=${s.value}`);
  return spec('setting-not-applied', { section: !!section, discarded: !!discarded, system: !!system, unit: !!unit, settings }, seen);
}
