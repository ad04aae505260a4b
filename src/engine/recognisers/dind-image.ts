/** The official docker:<release>-dind-rootless image named (docker run, a Dockerfile's FROM, a Compose or Kubernetes image:): the Docker release inside. */
import type { Line } from '../clean.ts';
import { dindRootlessImage as image } from '../data/core/docker.ts';
import { literal } from '../any-of.ts';
import { quoting, rank, type Recogniser } from '../facts.ts';

// The image's reference, where it starts a word: its registry and namespace optional, a release for its tag (not dind-rootless alone,
// latest, nor a line's tag such as 27-dind-rootless, which name no one release), a digest after it optional. Another registry's or
// namespace's docker image (registry.example.org/docker:…) is not the official one.
const REFERENCE = new RegExp(
  String.raw`(?:^|[\s"'=])((?:${literal(image.registry)}/)?(?:${literal(image.namespace)}/)?${literal(image.repository)}:(\d+\.\d+\.\d+)${literal(image.variant)})(?:@sha256:[0-9a-f]{64})?(?=$|[\s"'])`,
);

/** What every line `dindImage` reads has (core.ts gives it no other line). */
export const dindImageWords = [image.variant];

/** The official image's reference on a line, and the Docker release its tag names; null where it names none. */
export const dindTag = (line: Line): { reference: string; release: string } | null => {
  const m = REFERENCE.exec(line.trimmed);
  return m ? { reference: m[1]!, release: m[2]! } : null;
};

/** Reads the Docker release a docker:<release>-dind-rootless image holds, as installed: Docker's own build, which docker version would name. */
export const dindImage: Recogniser = (lines, sink) => {
  for (const line of lines) {
    const tag = dindTag(line);
    if (!tag) continue;
    const shown = quoting(line, tag.reference);
    sink.fact('dockerPackaging', 'docker', rank.package, shown);
    sink.fact('dockerServerVersion', tag.release, rank.package, shown);
  }
};
