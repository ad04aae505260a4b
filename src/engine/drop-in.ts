/** Where the fixes write dockerd-rootless.sh's settings: the user service's drop-ins (apart from commands.ts, which only messages load). */

export const DROP_IN = '~/.config/systemd/user/docker.service.d';
/** The drop-in `systemctl --user edit docker` edits, and the one the fixes append to unless a later one sets the same (rules/flags.ts). */
export const OVERRIDE = 'override.conf';

/** A fix whose settings go to `file` (rules/flags.ts fixDropIn) rather than override.conf. */
export const inDropIn = (fix: string, file: string): string => fix.replaceAll(`${DROP_IN}/${OVERRIDE} `, `${DROP_IN}/${file} `);
