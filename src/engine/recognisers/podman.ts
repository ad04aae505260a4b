/** `podman info` as YAML: marks the paste as Podman's and reads Podman's version (its pasta lines are read as lines). */
import { rank, type Recogniser } from '../facts.ts';

const TOP = /^([a-zA-Z]+):$/;
const VERSION = /^ +Version: +(\S+)$/;

/** Reads a podman section: the `host:` line is the signal, `version:` → `Version:` the version. */
export const podmanInfo: Recogniser = (lines, sink) => {
  const first = lines[0];
  if (first) sink.signal('podman-info', first);
  let top = '';
  for (const line of lines) {
    top = TOP.exec(line.text)?.[1] ?? top;
    const v = top === 'version' ? VERSION.exec(line.text) : null;
    if (v) sink.fact('podmanVersion', v[1]!, rank.running, line);
  }
};
