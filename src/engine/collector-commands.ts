/** The diagnostic commands the collector runs (none needs root), as argv: for the collector's script, the CLI's --collect and the cleaner. */
import { mine, PASTA_NAMES } from './argv.ts';

/** A command as argv, and whether its output is replaced by the probe line ("host-lo-to-ns-lo probe: <exit status>"). */
export interface CollectorCommand {
  argv: readonly string[];
  probe?: true;
}

export const collectorCommands: readonly CollectorCommand[] = [
  { argv: ['docker', 'version'] },
  { argv: ['docker', 'info'] },
  { argv: ['rootlesskit', '--version'] },
  { argv: ['pasta', '--version'] },
  // RootlessKit's own feature probe: exit status 0 means pasta accepts --host-lo-to-ns-lo.
  { argv: ['pasta', '--host-lo-to-ns-lo', '--version'], probe: true },
  { argv: ['slirp4netns', '--version'] },
  { argv: mine('rootlesskit') },
  { argv: mine(PASTA_NAMES) },
  { argv: ['systemctl', '--user', 'show', 'docker', '--property=Environment', '--no-pager'] },
  { argv: ['systemctl', '--user', 'status', 'docker', '--no-pager', '--full'] },
];
