/**
 * Where the fixes write dockerd-rootless.sh's settings: the user service's drop-ins, and what makes them take effect (apart from
 * commands.ts, which only messages load).
 */

export const DROP_IN = '~/.config/systemd/user/docker.service.d';
/** The drop-in `systemctl --user edit docker` edits, and the one the fixes append to unless a later one sets the same (rules/flags.ts). */
export const OVERRIDE = 'override.conf';
/** The rootless daemon started, as the user service. */
export const START = 'systemctl --user start docker';
/** The rootless daemon restarted, as the user service. */
export const RESTART = 'systemctl --user restart docker';
/** What makes systemd read a changed unit or drop-in. */
export const RELOAD = 'systemctl --user daemon-reload';
/** A changed drop-in read, and the rootless daemon restarted with it. */
export const RELOAD_RESTART = `${RELOAD} && ${RESTART}`;

/** A fix whose settings go to `file` (rules/flags.ts fixDropIn) rather than override.conf. */
export const inDropIn = (fix: string, file: string): string => fix.replaceAll(`${DROP_IN}/${OVERRIDE} `, `${DROP_IN}/${file} `);
