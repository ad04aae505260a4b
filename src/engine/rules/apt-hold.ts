/** apt-mark's holds and dnf's versionlocks on the packages the upgrade installs, which its fix releases before it upgrades them. */
import { upgradedPackages } from '../data/core/diagnostics.ts';
import type { Signal } from '../types.ts';
import type { Ctx } from './context.ts';

// The package a line names: a list's name alone, a dpkg -l row's first, dnf's before its version ("docker-ce-3:27.3.1-1.fc41.*").
const NAME = new RegExp(`(?:^|[\\s:])(${[...upgradedPackages].sort((a, b) => b.length - a.length).join('|')})(?=$|[\\s:]|-\\d)`);

/** The names of the packages the paste shows held by one tool, each once in the order shown; null where none is. */
function heldBy(c: Ctx, signal: Signal): string[] | null {
  const names = (c.signals.get(signal) ?? []).map((e) => NAME.exec(e.text)?.[1]).filter((name) => name !== undefined);
  return names.length ? [...new Set(names)] : null;
}

/** The packages apt-mark holds (showhold, hold's answer, dpkg -l's hi, dpkg --get-selections), or null. */
export const aptHeld = (c: Ctx): string[] | null => heldBy(c, 'apt-hold');
/** The packages dnf's versionlock locks, or null. */
export const dnfLocked = (c: Ctx): string[] | null => heldBy(c, 'dnf-lock');
