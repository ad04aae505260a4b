// What the tests of a daemon in a CI job's service share (reviews R161 and R162).
import { analyze } from '../../../src/engine/index.ts';

/** docker version of a rootless daemon with pasta and RootlessKit 2.3.1, as a job's client asks its service's. */
export const serverVersion = `$ docker version
Server: Docker Engine - Community
 Engine:
  Version:          27.3.1
 rootlesskit:
  Version:          2.3.1
  ApiVersion:       1.1.1
  NetworkDriver:    pasta
  StateDir:         /run/user/1000/dockerd-rootless`;
/** The fix of finding `id` for `paste`. */
export const fixOf = (paste: string, id: string): string => analyze(paste).findings.find((f) => f.id === id)!.fix!;
/** What only a host runs: a user service, a package manager, a process list of its own, a shell's exports, nftables. */
export const HOST = /systemctl|apt-get|dnf |pgrep|^export |~\/\.config|\bnft\b/m;
