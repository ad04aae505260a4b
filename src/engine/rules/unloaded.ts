/** Settings in a drop-in that systemd has not loaded. */
import { rank, wholeLine, type Collected } from '../facts.ts';

// Where a unit's variables come from besides its Environment= lines, which systemctl show's Environment does not list.
const ELSEWHERE = /^EnvironmentFiles?=|environment/;

/**
 * Where the paste last shows the unit's environment as systemd loaded it (systemctl --user show docker -p Environment) without
 * dockerd-rootless.sh's settings, and shows no daemon-reload after it, drops the settings a drop-in's Environment= lines set: the daemon
 * did not start with them, as systemd reads a changed drop-in only on daemon-reload. The signal then names those lines too. Without
 * any, beside the drivers the daemon runs with (which decide anyway), with an EnvironmentFile= or the user manager's environment
 * (whose variables that line does not list), or with that line's settings on the next line (a hard wrap), it goes.
 */
export function dropUnloadedSettings(sink: Collected): void {
  const shown = sink.signals.get('drop-in-not-loaded');
  if (!shown) return;
  const set = sink.observations.filter((o) => o.rank === rank.config && sink.settings.has(o.evidence.line));
  const unloaded = set.filter((o) => wholeLine(o.evidence).startsWith('Environment='));
  const wrapped = set.some((o) => !wholeLine(o.evidence).startsWith('Environment=') && shown.some((e) => e.line + 1 === o.evidence.line));
  const running = sink.observations.some((o) => (o.key === 'networkDriver' || o.key === 'portDriver') && o.rank === rank.running);
  const loaded = sink.signals.get('drop-in-loaded') ?? [];
  const last = sink.lastSeen.get('drop-in-not-loaded')!;
  if (!unloaded.length || wrapped || running || (sink.lastSeen.get('drop-in-loaded') ?? 0) > last || loaded.some((e) => ELSEWHERE.test(e.text))) {
    sink.signals.delete('drop-in-not-loaded');
    return;
  }
  sink.observations = sink.observations.filter((o) => !unloaded.includes(o));
  const lines = unloaded.map((o) => o.evidence).filter((e, i, all) => all.findIndex((x) => x.line === e.line) === i);
  sink.signals.set('drop-in-not-loaded', [...shown, ...lines]);
}
