/** The MTU that DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS sets, which dockerd-rootless.sh passes after its own. */
import { rank, type Collected, type Observation } from '../facts.ts';
import { PREFIX } from '../recognisers/env.ts';

const FLAGS_MTU = new RegExp(`${PREFIX}FLAGS=[^"']*--mtu[= ](\\d+)`);

/**
 * Drops each configured MTU that a FLAGS setting's --mtu in the same showing of the settings overrides: RootlessKit takes the last --mtu,
 * and the script passes FLAGS' flags after its own (MTU=, or its default), whatever order the lines come in. A command typed to show the
 * settings between the two lines, or a network or port driver set again there (set before the first too), starts another showing: the
 * file shown again after an edit, where the later line stands as usual. Removes the marker of those commands.
 */
export function dropMtuBeneathFlags(sink: Collected): void {
  const shown = [...(sink.signals.get('settings-shown') ?? []).map((e) => e.line), sink.lastSeen.get('settings-shown') ?? 0];
  sink.signals.delete('settings-shown');
  const set = sink.observations.filter((o) => o.key === 'mtu' && o.rank === rank.config);
  const flags = set.filter((o) => FLAGS_MTU.exec(o.evidence.text)?.[1] === String(o.value));
  if (!flags.length) return;
  const drivers = sink.observations.filter((o) => (o.key === 'networkDriver' || o.key === 'portDriver') && o.rank === rank.config);
  const apart = (a: Observation, b: Observation): boolean => {
    const [from, to] = [Math.min(a.evidence.line, b.evidence.line), Math.max(a.evidence.line, b.evidence.line)];
    const again = (d: Observation): boolean => drivers.some((e) => e.key === d.key && e.evidence.line < from);
    return shown.some((line) => line > from && line < to) || drivers.some((d) => d.evidence.line > from && d.evidence.line < to && again(d));
  };
  const beneath = set.filter((o) => !flags.includes(o) && flags.some((f) => !apart(f, o)));
  if (beneath.length) sink.observations = sink.observations.filter((o) => !beneath.includes(o));
}
