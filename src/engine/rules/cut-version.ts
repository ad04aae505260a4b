/** A docker version that stops at docker-init, asked through a user's own socket. */
import { rank, type Collected } from '../facts.ts';

/**
 * Drops what docker version blocks that end at docker-init say of a rootful daemon where the paste shows the client pointed at a
 * user's own socket (DOCKER_HOST, or the client's error naming it): no system-wide daemon listens there, so such a block is a rootless
 * daemon's cut before its rootlesskit component (docker version | head), as its Context (default) does not say.
 */
export function dropCutVersions(sink: Collected): void {
  const blocks = sink.signals.get('rootful-listed');
  // Beside a rootless daemon shown running, a rootful one is a second daemon (two-daemons.ts), and the verdict follows the rootless one.
  if (!blocks || !sink.signals.has('rootless-socket') || sink.observations.some((o) => o.key === 'rootless' && o.value && o.rank === rank.running)) return;
  const engines = new Set(blocks.map((e) => e.line));
  sink.observations = sink.observations.filter((o) => !(o.key === 'rootless' && o.value === false && engines.has(o.evidence.line)));
  sink.signals.delete('rootful-listed');
}
