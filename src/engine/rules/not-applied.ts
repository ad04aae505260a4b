/** Unit lines systemd never applies to the rootless daemon (recognisers/unit-place.ts): their settings set aside, and the finding on them. */
import type { Line } from '../clean.ts';
import { wholeLine, type Collected } from '../facts.ts';
import { spec, type FindingSpec } from '../messages/types.ts';
import { unitSettings, unitWords } from '../recognisers/unit-line.ts';
import { unappliedLines, type Unapplied } from '../recognisers/unit-place.ts';
import type { Signal } from '../types.ts';
import type { Ctx } from './context.ts';
import { setAsideLines } from './set-aside.ts';

// The signal that says why, for each reason.
const SIGNALS = { section: 'setting-outside-service', discarded: 'setting-discarded', system: 'setting-system-unit', unit: 'setting-other-unit' } as const satisfies Record<Unapplied, Signal>;

/**
 * Sets aside what the settings of unit lines systemd never applies were read as (all but the rootless hint: they still name the rootless
 * daemon's settings), and signals each line with why. The lines are found across the whole paste: a section's header or the file shown
 * may stand in another section of it.
 */
export function setAsideUnapplied(lines: readonly Line[], sink: Collected): void {
  if (!sink.settings.size) return;
  const gone = new Set<number>();
  for (const [n, why] of unappliedLines(lines)) {
    if (!sink.settings.has(n) || gone.has(n)) continue;
    gone.add(n);
    sink.signal(SIGNALS[why], lines.find((l) => l.n === n)!);
  }
  setAsideLines(sink, gone);
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
