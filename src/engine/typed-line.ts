/** The command typed before dockerd-rootless.sh (source 'run') as every fix gives it: with the changes of all the paste's fixes at once. */
import type { Apply } from './apply.ts';
import { withOption, withRelease } from './container.ts';
import { retyped } from './retyped.ts';
import { atLeast } from './version.ts';
import { stopping, workaround } from './findings.ts';
import type { FindingSpec } from './messages/types.ts';

/** The flags of FLAGS value `a` that `b` has too, in `a`'s order. */
const common = (a: string, b: string): string => {
  const other = new Set(b.split(/\s+/));
  return a.split(/\s+/).filter((f) => f && other.has(f)).join(' ');
};

/**
 * The settings `changes` (NAME=value without the prefix, in the fixes' order) as one list, each variable once where it first comes: a later
 * value replaces an earlier one, but FLAGS keeps only the flags every fix that sets it keeps (each fix writes the FLAGS in force without
 * what it changes, so one fix's kept flag may be another's removed).
 */
export function merged(changes: readonly string[]): string[] {
  const byName = new Map<string, string>();
  for (const s of changes) {
    const name = s.slice(0, s.indexOf('='));
    const before = byName.get(name);
    byName.set(name, name === 'FLAGS' && before !== undefined ? `FLAGS=${common(before.slice('FLAGS='.length), s.slice('FLAGS='.length))}` : s);
  }
  return [...byName.values()];
}

/**
 * Whether finding `s`'s fix stands apart from the changes every fix shares in the command typed at line `n`: a workaround (a fix instead of
 * the others'), or what stopped an earlier run (every line it cites comes before `n`), whose change the daemon now typed may not want.
 * (A warning about an earlier run, such as its MTU, holds for the later one too where its settings do: it stays in the shared line.)
 */
export const apart = (s: FindingSpec, n: number): boolean =>
  workaround(s.id) || (stopping(s) && s.evidence.length > 0 && s.evidence.every((e) => e.line < n));

/**
 * The command typed in `a` with every change the fixes of `findings` (in the order shown) make to it, found by building each (`build`) with
 * that command collecting them; those `alone` says stand apart left out (ownFix): their settings, the options they add to a container's
 * docker run, and the newest tag they upgrade its image to (`line`), the tag as typed (`asTyped`). The line unchanged where no fix changes
 * it; null where `a` writes the settings elsewhere than a command typed.
 */
export function everyChange(a: Apply, findings: readonly FindingSpec[], build: (s: FindingSpec, a: Apply) => unknown, alone: (s: FindingSpec) => boolean): { line: string; asTyped: string } | null {
  if (typeof a.settingsIn !== 'object') return null;
  const { line, stop } = a.settingsIn;
  const [changes, releases, options]: string[][] = [[], [], []];
  const collecting: Apply = { ...a, settingsIn: { line, stop, changes, releases, options } };
  for (const s of findings) if (!alone(s)) build(s, collecting);
  const asTyped = options.reduce(withOption, changes.length ? retyped(line, merged(changes)) : line);
  const newest = releases.reduce<string | null>((n, r) => (n === null || atLeast(r, n) ? r : n), null);
  return { line: newest === null ? asTyped : withRelease(asTyped, newest), asTyped };
}

/** `a` with `every` (everyChange) as its command typed: the line every fix gives, and the one a fix standing apart starts from. */
export const withEveryChange = (a: Apply, every: { line: string; asTyped: string }): Apply =>
  typeof a.settingsIn === 'object' && every.asTyped !== every.line ? { ...a, settingsIn: { ...a.settingsIn, asTyped: every.asTyped } } : a;

/** How a fix applies as `a` says: one that stands apart (`alone`) with its own changes set in the command typed as well. */
export const ownFix = (a: Apply, alone: boolean): Apply => (typeof a.settingsIn === 'object' && alone ? { ...a, settingsIn: { ...a.settingsIn, own: true } } : a);
