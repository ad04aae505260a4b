/** Settings in a drop-in that systemd has not loaded. */
import { rank, type Collected } from '../facts.ts';
import { PREFIX } from '../recognisers/env.ts';

/**
 * Where the paste last shows the unit's environment as systemd loaded it (systemctl --user show docker -p Environment) without
 * dockerd-rootless.sh's settings, and shows no daemon-reload after it, drops the settings it shows elsewhere (a drop-in's lines,
 * exports): the daemon did not start with them, as systemd reads a changed drop-in only on daemon-reload. The signal then names those
 * lines too. Without any, or beside the drivers the daemon runs with (which decide anyway), or with an EnvironmentFile= or the user
 * manager's environment (whose variables that line does not list), it goes.
 */
export function dropUnloadedSettings(sink: Collected): void {
  const shown = sink.signals.get('drop-in-not-loaded');
  if (!shown) return;
  const unloaded = sink.observations.filter((o) => o.rank === rank.config && o.evidence.text.includes(PREFIX));
  const running = sink.observations.some((o) => (o.key === 'networkDriver' || o.key === 'portDriver') && o.rank === rank.running);
  const loaded = sink.signals.get('drop-in-loaded') ?? [];
  const reloaded = (sink.lastSeen.get('drop-in-loaded') ?? 0) > sink.lastSeen.get('drop-in-not-loaded')!;
  const elsewhere = loaded.some((e) => e.text.startsWith('EnvironmentFile=') || e.text.includes('show-environment'));
  if (!unloaded.length || running || reloaded || elsewhere) {
    sink.signals.delete('drop-in-not-loaded');
    return;
  }
  sink.observations = sink.observations.filter((o) => !unloaded.includes(o));
  const lines = unloaded.map((o) => o.evidence).filter((e, i, all) => all.findIndex((x) => x.line === e.line) === i);
  sink.signals.set('drop-in-not-loaded', [...shown, ...lines]);
}
