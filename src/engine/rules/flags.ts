/** The MTU that DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS sets, which dockerd-rootless.sh passes after its own. */
import { rank, type Collected } from '../facts.ts';
import { PREFIX } from '../recognisers/env.ts';

const FLAGS_MTU = new RegExp(`${PREFIX}FLAGS=[^"']*--mtu[= ](\\d+)`);

/**
 * Drops the configured MTUs other than the one FLAGS sets, where a FLAGS setting sets one: RootlessKit takes the last --mtu, and the
 * script passes FLAGS' flags after its own --mtu (MTU=, or its default), whatever order the lines come in.
 */
export function dropMtuBeneathFlags(sink: Collected): void {
  const set = sink.observations.filter((o) => o.key === 'mtu' && o.rank === rank.config);
  const flags = set.filter((o) => FLAGS_MTU.exec(o.evidence.text)?.[1] === String(o.value));
  if (flags.length) sink.observations = sink.observations.filter((o) => !set.includes(o) || flags.includes(o));
}
