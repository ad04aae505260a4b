/** The diagnostic commands the collector runs (none needs root), for the CLI's --collect and the diagnostics page. */

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
  { argv: ['ps', '-o', 'args=', '-C', 'rootlesskit'] },
  { argv: ['ps', '-o', 'args=', '-C', 'pasta'] },
  { argv: ['systemctl', '--user', 'show', 'docker', '--property=Environment'] },
  { argv: ['systemctl', '--user', 'status', 'docker', '--no-pager', '--full'] },
];

/** The same commands as a POSIX shell script whose output the checker reads. */
export const collectorScript = collectorCommands
  .map((c) =>
    c.probe
      ? `${c.argv.join(' ')} >/dev/null 2>&1; echo "host-lo-to-ns-lo probe: $?"`
      : `echo '$ ${c.argv.join(' ')}'; ${c.argv.join(' ')} 2>&1`,
  )
  .join('\n');
