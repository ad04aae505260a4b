/**
 * apt-mark's holds, dnf's versionlocks, zypper's locks and pacman's IgnorePkg on the packages the upgrade installs, which its fix releases before it upgrades
 * them; none that the paste shows released after it.
 */
import { upgradedPackages } from '../data/core/diagnostics.ts';
import type { Evidence, Signal } from '../types.ts';
import type { Ctx } from './context.ts';

// The packages a line names: a list's name alone, a dpkg -l row's first, dnf's before its version ("docker-ce-3:27.3.1-1.fc41.*"), each
// name a command gives (zypper addlock), a sentence's ("Canceled hold on docker-ce.", 'Adding versionlock on "docker-ce = …".').
const NAME = new RegExp(`(?:^|[\\s:"])(${[...upgradedPackages].sort((a, b) => b.length - a.length).join('|')})(?=$|[\\s:."]|-\\d)`, 'g');

/** The packages a line names. */
const named = (e: Evidence): string[] => [...e.text.matchAll(NAME)].map((m) => m[1]!);

/** The names of the packages the paste shows held by one tool and not released on a later line, each once in the order shown; null where none is. */
function heldBy(c: Ctx, signal: Signal): string[] | null {
  const released = new Map<string, number>();
  for (const e of c.signals.get('lock-released') ?? []) for (const name of named(e)) released.set(name, Math.max(e.line, released.get(name) ?? 0));
  const names = (c.signals.get(signal) ?? []).flatMap((e) => named(e).filter((name) => (released.get(name) ?? 0) < e.line));
  return names.length ? [...new Set(names)] : null;
}

/** The packages apt-mark holds (showhold, hold's answer, dpkg -l's hi, dpkg --get-selections), or null. */
export const aptHeld = (c: Ctx): string[] | null => heldBy(c, 'apt-hold');
/** The packages dnf's versionlock locks, or null. */
export const dnfLocked = (c: Ctx): string[] | null => heldBy(c, 'dnf-lock');
/** The packages pacman.conf's IgnorePkg names, or that pacman -Syu said it skipped, or null. */
export const pacmanIgnored = (c: Ctx): string[] | null => heldBy(c, 'pacman-ignore');
/** The packages zypper locks (its locks table, addlock answered), or null. */
export const zypperLocked = (c: Ctx): string[] | null => heldBy(c, 'zypper-lock');
