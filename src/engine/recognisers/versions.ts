/** `rootlesskit --version`, `slirp4netns --version`, `docker --version`, `podman --version` and dockerd's start-up log line. */
import { rank, type Recogniser } from '../facts.ts';

const TOOL = /^(rootlesskit|slirp4netns|podman) version (\S+)$/;
const DOCKER = /^Docker version ([^,\s]+)/;
const DAEMON_LOG = / version=v?(\d[\w.+~-]*)/;

/** Reads the version lines the tools print about themselves. */
export const versions: Recogniser = (lines, sink) => {
  for (const line of lines) {
    const t = line.trimmed;
    const tool = TOOL.exec(t);
    if (tool) {
      const key = tool[1] === 'rootlesskit' ? 'rootlesskitVersion' : tool[1] === 'podman' ? 'podmanVersion' : 'slirp4netnsVersion';
      sink.fact(key, tool[2]!, rank.binary, line);
      continue;
    }
    const docker = DOCKER.exec(t);
    if (docker) sink.fact('dockerClientVersion', docker[1]!, rank.binary, line);
    // dockerd logs msg="Docker daemon" commit=… version=27.3.1 when it starts.
    else if (t.includes('msg="Docker daemon"')) {
      const v = DAEMON_LOG.exec(t);
      if (v) sink.fact('dockerServerVersion', v[1]!, rank.binary, line);
    }
  }
};
