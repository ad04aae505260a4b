/**
 * Where the fixes write the rootless script's settings: the user service's drop-ins, and what makes them take effect (apart from
 * commands.ts, which only messages load).
 */

/** A rootless daemon's user service: its drop-ins' directory, its start and restart, its status with every process's whole argv, and its last log lines. */
export interface UserService {
  dropIn: string;
  start: string;
  restart: string;
  status: string;
  log: string;
  /** Its environment as systemd loaded it from the unit and its drop-ins, each line whole (no pager to cut it). */
  environment: string;
}

/** User service `unit`'s drop-in directory and its systemctl lines. */
export const userService = (unit: string): UserService => ({
  dropIn: `~/.config/systemd/user/${unit}.service.d`,
  start: `systemctl --user start ${unit}`,
  restart: `systemctl --user restart ${unit}`,
  status: `systemctl --user status ${unit} --no-pager --full`,
  log: `journalctl --user -u ${unit} --no-pager -n 50`,
  environment: `systemctl --user show ${unit} --property=Environment --no-pager`,
});

/** Rootless Docker's user service. */
export const DOCKER_SERVICE = userService('docker');
export const DROP_IN = DOCKER_SERVICE.dropIn;
/** The drop-in `systemctl --user edit docker` edits, and the one the fixes append to unless a later one sets the same (rules/flags.ts). */
export const OVERRIDE = 'override.conf';
/** The rootless daemon restarted, as the user service. */
export const RESTART = DOCKER_SERVICE.restart;
/** What makes systemd read a changed unit or drop-in. */
export const RELOAD = 'systemctl --user daemon-reload';
/** A changed drop-in read, and the rootless daemon restarted with it. */
export const RELOAD_RESTART = `${RELOAD} && ${RESTART}`;

/** A fix whose settings go to `file` (rules/flags.ts fixDropIn) rather than override.conf. */
export const inDropIn = (fix: string, file: string): string => fix.replaceAll(`${DROP_IN}/${OVERRIDE} `, `${DROP_IN}/${file} `);
