/** Rootless BuildKit beside Docker's daemon: RootlessKit's errors are then not told apart, and stay Docker's. */
import type { Line } from '../clean.ts';
import type { Collected, Merged } from '../facts.ts';

// Docker's daemon, its scripts (dockerd-rootless.sh, dockerd-rootless-setuptool.sh), its unit, or its rootless installer, in a line or
// its prefix; not where the line says that Docker is rootful or runs it through sudo (its daemon runs in no RootlessKit), unless it names
// the rootless one ("rootless, not rootful" is not rootful; "not rootless" is).
const DOCKERD = /\bdockerd\b|\bdocker\.service\b|get\.docker\.com\/rootless/;
const ROOTFUL = /(?<!\b(?:not|isn't|never|non|no)[ -])\brootful\b|(?<!\b(?:no|without) )\bsudo\b|\b(?:not|isn't|non)[ -]rootless\b/i;
// "docker.service is rootless", but not "not rootless", nor the rootless BuildKit named after it ("rootful dockerd and rootless buildkitd").
const ROOTLESS_DOCKER =
  /dockerd-rootless|systemctl --user|get\.docker\.com\/rootless|\b(?:dockerd|docker(?:\.service)?)\b(?:(?!\b(?:not|isn't|non|never)\b)[^,;.]){0,20}\brootless\b(?![ -]?buildkit)/i;

/**
 * Removes signal buildkit where the paste shows Docker's rootless daemon too (its facts, docker:dind-rootless, or the daemon, its unit or
 * its installer named): the signal means that what stops RootlessKit stops buildkitd, only sure where nothing else runs in RootlessKit.
 */
export function dropBuildkitBesideDocker(m: Merged, sink: Collected, lines: readonly Line[]): void {
  if (!sink.signals.has('buildkit')) return;
  const docker = m.facts.rootless === true || sink.signals.has('dind-rootless');
  const named = (l: Line) =>
    (DOCKERD.test(l.text) && (!ROOTFUL.test(l.text) || ROOTLESS_DOCKER.test(l.text))) || (!!l.prefix && DOCKERD.test(l.prefix));
  if (docker || lines.some(named)) sink.signals.delete('buildkit');
}
