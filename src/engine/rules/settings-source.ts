/** Where dockerd-rootless.sh takes its settings from: a shell's exports, read by a daemon started by hand, or the user service's. */
import type { Line } from '../clean.ts';
import type { Collected } from '../facts.ts';

/** Settings exported in a shell: with no user service in sight (`shell`), or beside one (`both`), which never reads them. */
export type SettingsSource = 'shell' | 'both';

// A shell's export, typed or in a file, or as `export -p` prints it.
const EXPORT = /^(?:export|declare -x) /;
// What shows a systemd user unit: systemctl or journalctl asked of the user's manager, a drop-in, a unit's Environment= line.
const UNIT = /\b(?:systemctl|journalctl)\b.*\s--user\b|docker\.service\.d\/|^Environment=/;
// The user service's journal, which names the script's process (run by hand, its lines have no such prefix).
const UNIT_LOG = 'dockerd-rootless.sh[';

/** Whether a setting is exported in a shell, and whether a systemd user unit shows beside it (not where systemd is not running). */
export function settingsSource(lines: readonly Line[], sink: Collected): SettingsSource | null {
  if (!lines.some((l) => EXPORT.test(l.trimmed) && sink.settings.has(l.n))) return null;
  const unit = !sink.signals.has('no-systemd') && lines.some((l) => UNIT.test(l.trimmed) || !!l.prefix?.includes(UNIT_LOG));
  return unit ? 'both' : 'shell';
}
