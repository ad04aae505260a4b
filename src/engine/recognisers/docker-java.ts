/** `docker version` as docker-java prints it, one line in the debug log of Testcontainers and other Java tools. */
import { quoting, rank, type Recogniser } from '../facts.ts';
import { componentFact, reportRootful } from './docker-version.ts';

// "Docker version: {Components=[{Name=Engine, Version=26.0.1, Details={…}}, {Name=rootlesskit, Version=2.0.2,
// Details={ApiVersion=1.1.1, NetworkDriver=slirp4netns, PortDriver=builtin, StateDir=…}}, …], …}"
const COMPONENT = /\{Name=([\w-]+), Version=(\d[^\s,{}]*)(?:, Details=\{([^{}]*)\})?/g;
const DETAIL = /(\w+)=([^\s,]+)/g;
/** What every line `dockerJava` reads has (core.ts gives it no other line). */
export const dockerJavaWords = ['Components=[{Name='];

/** Reads the components of docker-java's docker version as docker version's text shows them; a whole list without rootlesskit is rootful. */
export const dockerJava: Recogniser = (lines, sink) => {
  for (const line of lines) {
    const t = line.text;
    if (!t.includes('Components=[{Name=')) continue;
    // Podman's API answers with its own engine as the component (pkg/api/handlers/compat/version.go).
    if (t.includes('{Name=Podman Engine, ')) sink.signal('podman-info', line);
    let engine: string | null = null;
    let rootlesskit = false;
    for (const [part, name, version, details = ''] of t.matchAll(COMPONENT)) {
      const quoted = quoting(line, part);
      if (name === 'Engine') engine = version!;
      if (name === 'rootlesskit') {
        rootlesskit = true;
        sink.fact('rootless', true, rank.running, quoted);
      }
      componentFact(`${name}.Version`, version!, quoted, sink);
      for (const [, key, value] of details.matchAll(DETAIL)) componentFact(`${name}.${key}`, value!, quoted, sink);
    }
    // The list is whole when it reaches docker-init, the last component every engine lists before rootlesskit, and closes: a log line
    // cut short may have lost the rootlesskit component, and a sentence may quote a component or two.
    reportRootful(engine, rootlesskit, t.includes('{Name=docker-init, ') && t.includes('}]'), line, sink);
  }
};
