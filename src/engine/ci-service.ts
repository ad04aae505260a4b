/**
 * A CI job's service, which GitLab starts beside the job from .gitlab-ci.yml's services: and no one reaches but by the job's client: its
 * image as GitLab Runner's log names it ("Starting service docker:27.3.1-dind-rootless ...") or as the file's services: item does.
 */
import type { Line } from './clean.ts';
import { dindRootlessImage } from './data/core/docker.ts';

// GitLab Runner's line as it starts a service.
const STARTING = /^Starting service (\S+) \.\.\.$/;
// A services: item with its image: "- name: REF", or "- REF" right under services:; a reference with a tag or a path (a Kubernetes
// container's name has neither, nor has a bare word in another file's services: list).
const NAMED = /^- +name: +["']?([^\s"'#]*[:/][^\s"'#]*)/;
const ITEM = /^- +["']?([^\s"'#]*[:/][^\s"'#]*?)["']?(?:\s+#.*)?$/;
// A service's map by its own, as a YAML anchor or a job that extends: holds it ("name: REF", the item "- *dind"): only the image of
// docker:dind-rootless's variant is taken for one there, and not the job's own image (its image: key on the line before).
const MAP_NAMED = new RegExp(String.raw`^name: +["']?([^\s"'#]*${dindRootlessImage.variant}[^\s"'#]*)`);

/** A line that names a CI service, and the image it names. */
export interface ServiceLine {
  line: Line;
  reference: string;
}

/** The lines of `lines` that name a GitLab CI service's image (Runner's log, a services: item), with that image's reference, in order. */
export function serviceLines(lines: readonly Line[]): ServiceLine[] {
  const named: ServiceLine[] = [];
  // The indentation of the services: key whose list the lines are in, or -1 outside one: the list ends at a key indented no deeper. Its
  // items are those of its first line's indentation (a Compose file's services: holds keys, and their own lists are no services).
  let list = -1;
  let items = -1;
  let before = '';
  for (const line of lines) {
    const t = line.trimmed;
    const indent = line.text.length - line.text.trimStart().length;
    const item = t.startsWith('- ');
    if (list >= 0 && items < 0) items = item ? indent : -1;
    if (list >= 0 && ((indent <= list && !item) || items < 0)) list = -1;
    // (Each pattern only where the line starts as it does: most lines of a long paste are searched by none.)
    const m = t.startsWith('Starting service ')
      ? STARTING.exec(t)
      : item
        ? (NAMED.exec(t) ?? (list >= 0 && indent === items ? ITEM.exec(t) : null))
        : t.startsWith('name: ') && before !== 'image:'
          ? MAP_NAMED.exec(t)
          : null;
    if (m) named.push({ line, reference: m[1]! });
    before = t;
    if (t === 'services:') [list, items] = [indent, -1];
  }
  return named;
}
