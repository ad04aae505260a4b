/** The command typed before dockerd-rootless.sh (source 'run') as every fix gives it: with the changes of all the paste's fixes at once. */
import type { Apply } from './apply.ts';
import { retyped } from './retyped.ts';
import { workaround } from './findings.ts';
import type { FindingSpec, MessageId } from './messages/types.ts';

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
 * The command typed in `a` with every change the fixes of `findings` (in the order shown) make to its settings, found by building each
 * (`build`) with that command collecting them; a workaround's left out, being a fix instead of the others' (ownFix). The line unchanged
 * where no fix changes a setting; null where `a` writes the settings elsewhere than a command typed.
 */
export function everyChange(a: Apply, findings: readonly FindingSpec[], build: (s: FindingSpec, a: Apply) => unknown): string | null {
  if (typeof a.settingsIn !== 'object') return null;
  const { line } = a.settingsIn;
  const changes: string[] = [];
  const collecting: Apply = { ...a, settingsIn: { line, changes } };
  for (const s of findings) if (!workaround(s.id)) build(s, collecting);
  return changes.length ? retyped(line, merged(changes)) : line;
}

/** How finding `id`'s fix applies as `a` says: a workaround's command typed with its own changes set in it as well. */
export const ownFix = (a: Apply, id: MessageId): Apply =>
  typeof a.settingsIn === 'object' && workaround(id) ? { ...a, settingsIn: { ...a.settingsIn, own: true } } : a;
