/** Shell commands the engine hands out: in findings' fixes (the same in every language) and in the collector. */

export const FLAG = '--host-lo-to-ns-lo';
export const RESTART = 'systemctl --user restart docker';
export const PS = 'ps -o args= -C pasta';
/** RootlessKit's feature probe, printing the line the engine reads ("host-lo-to-ns-lo probe: 0" = pasta accepts the flag). */
export const PROBE = `pasta ${FLAG} --version >/dev/null 2>&1; echo "host-lo-to-ns-lo probe: $?"`;

/** A drop-in with the given DOCKERD_ROOTLESS_ROOTLESSKIT_* settings, and the restart that applies it. */
export const override = (...settings: string[]): string =>
  [
    '# ~/.config/systemd/user/docker.service.d/override.conf',
    '[Service]',
    ...settings.map((s) => `Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_${s}"`),
    '',
    `systemctl --user daemon-reload && ${RESTART}`,
  ].join('\n');
