/** Where dockerd-rootless.sh takes its settings from: a shell's exports, read by a daemon started by hand, or the user service's. */
import { atPrompt, type Line } from '../clean.ts';
import { rootlessSettings } from '../data/core/docker.ts';
import type { Collected } from '../facts.ts';

/** Settings exported in a shell: with no user service in sight (`shell`), or beside one (`both`), which never reads them. */
export type SettingsSource = 'shell' | 'both';

// A shell's export, typed or in a file, or as `export -p` prints it.
const EXPORT = /^(?:export|declare -x) /;
// A command typed that prints the shell's environment, whose NAME=value lines are its exports (`env | grep DOCKERD`).
const PRINTS_ENV = /^(?:env|printenv)(?:\s|$)/;
// What shows a systemd user unit: systemctl or journalctl asked of the user's manager, a drop-in, a unit's Environment= line, the user
// unit's file (systemctl status's Loaded: line, systemctl cat's header).
const UNIT = /\b(?:systemctl|journalctl)\b.*\s--user\b|docker\.service\.d\/|^Environment=|\/systemd\/user\/docker\.service\b/;
// The user service's journal, which names the script's process (run by hand, its lines have no such prefix).
const UNIT_LOG = 'dockerd-rootless.sh[';
// The user service stopped, or started again; the script run by hand.
const STOP = /^systemctl --user (?:stop|disable --now) docker(?:\.service)?$/;
const START = /^systemctl --user (?:start|restart|try-restart|reload-or-restart) docker\b/;
const RUN = /^(?:nohup +)?(?:\S*\/)?dockerd-rootless\.sh(?:\s|$)/;

/**
 * Whether a setting is exported in a shell (or shown by env in one), and whether a systemd user unit shows beside it (not where systemd is
 * not running, nor where the paste stops the service and then runs the script by hand: that daemon is the one in question).
 */
export function settingsSource(lines: readonly Line[], sink: Collected): SettingsSource | null {
  let command = '';
  let exported = false;
  // The user service stopped and not started again, then the script run by hand.
  let stopped = false;
  let handedOver = false;
  for (const l of lines) {
    const t = l.trimmed;
    if (atPrompt(l) || PRINTS_ENV.test(t)) command = t;
    if (sink.settings.has(l.n) && (EXPORT.test(t) || (t.startsWith(rootlessSettings.prefix) && PRINTS_ENV.test(command)))) exported = true;
    if (STOP.test(t)) stopped = true;
    else if (START.test(t)) stopped = handedOver = false;
    else if (stopped && RUN.test(t)) handedOver = true;
  }
  if (!exported) return null;
  const unit = !handedOver && !sink.signals.has('no-systemd') && lines.some((l) => UNIT.test(l.trimmed) || !!l.prefix?.includes(UNIT_LOG));
  return unit ? 'both' : 'shell';
}
