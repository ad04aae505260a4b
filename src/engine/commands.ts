/** Shell commands the engine hands out: in findings' fixes (the same in every language) and in the collector. */

export const FLAG = '--host-lo-to-ns-lo';
export const RESTART = 'systemctl --user restart docker';
export const PS = 'ps -o args= -C pasta';
/** RootlessKit's feature probe, printing the line the engine reads ("host-lo-to-ns-lo probe: 0" = pasta accepts the flag). */
export const PROBE = `pasta ${FLAG} --version >/dev/null 2>&1; echo "host-lo-to-ns-lo probe: $?"`;

const DROP_IN = '~/.config/systemd/user/docker.service.d';

/**
 * Shell lines that append the given DOCKERD_ROOTLESS_ROOTLESSKIT_* settings to the user's drop-in (creating it if need be),
 * then reload and restart. Appending keeps the settings already there; for the same variable, systemd applies the later
 * Environment= line, so the appended value wins.
 */
export const override = (...settings: string[]): string =>
  [
    `mkdir -p ${DROP_IN}`,
    `cat >> ${DROP_IN}/override.conf <<'EOF'`,
    '[Service]',
    ...settings.map((s) => `Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_${s}"`),
    'EOF',
    `systemctl --user daemon-reload && ${RESTART}`,
  ].join('\n');

/** The upgrade of Docker's own packages, as the remediation page gives it (#dockers-deb-and-rpm-packages). */
const PACKAGES = 'docker-ce docker-ce-cli docker-ce-rootless-extras';
export const UPGRADE_APT = `sudo apt-get update && sudo apt-get install --only-upgrade ${PACKAGES}`;
export const UPGRADE_DNF = `sudo dnf upgrade ${PACKAGES}`;
