/** DOCKERD_ROOTLESS_ROOTLESSKIT_* settings from override.conf, `systemctl --user show`, or the shell environment. */
import { rank, type Recogniser } from '../facts.ts';

const PREFIX = 'DOCKERD_ROOTLESS_ROOTLESSKIT_';
// One or more NAME=value pairs per line: Environment="A=b" "C=d", export A=b, A='b'.
const SETTING = /DOCKERD_ROOTLESS_ROOTLESSKIT_([A-Z_]+)=(?:"([^"]*)"|'([^']*)'|([^\s"';]*))/g;
const ROOTLESS_SOCKET = /DOCKER_HOST=["']?unix:\/\/\/run\/user\/\d+\/docker\.sock/;

/** Reads the configuration dockerd-rootless.sh will use (configuration, not necessarily what is running). */
export const environment: Recogniser = (lines, sink) => {
  for (const line of lines) {
    const t = line.trimmed;
    if (t.startsWith('#') || t.startsWith(';')) continue;
    if (t.includes('DOCKER_HOST=') && ROOTLESS_SOCKET.test(t)) sink.fact('rootless', true, rank.hint, line);
    if (!t.includes(PREFIX)) continue;
    sink.fact('rootless', true, rank.hint, line);
    for (const m of t.matchAll(SETTING)) {
      const value = m[2] ?? m[3] ?? m[4] ?? '';
      switch (m[1]) {
        case 'NET':
          sink.driver('networkDriver', value, rank.config, line);
          break;
        case 'PORT_DRIVER':
          sink.driver('portDriver', value, rank.config, line);
          break;
        case 'MTU':
          if (Number(value) > 0) sink.fact('mtu', Number(value), rank.config, line);
          break;
        case 'DISABLE_HOST_LOOPBACK':
          // dockerd-rootless.sh removes --disable-host-loopback only for the literal "false".
          sink.fact('disableHostLoopback', value !== 'false', rank.config, line);
          break;
        case 'DETACH_NETNS':
          if (value === 'true' || value === 'false') sink.fact('detachNetns', value === 'true', rank.config, line);
          break;
      }
    }
  }
};
