/** The diagnostic commands the collector runs (none needs root), for the CLI's --collect, the checker and the diagnostics page. */
import { mine, PASTA_NAMES, PROBE, shellCommand } from './commands.ts';

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

// Each command's output follows a "$ <command>" line (its argv, unquoted), which keeps the outputs apart for the engine.
const steps = collectorCommands.map((c) => (c.probe ? PROBE : `echo '$ ${c.argv.join(' ')}'; ${shellCommand(c.argv)}`));

/**
 * The commands as one compound shell command, a step per line: pasted into a terminal it runs as a whole, so the
 * output comes out in one piece, without prompts in between.
 */
export const collectorScript = ['{', ...steps, '} 2>&1'].join('\n');

/** The same compound command on one line, for places where line breaks get lost (chat, tickets, shell history). */
export const collectorLine = `{ ${steps.join('; ')}; } 2>&1`;
