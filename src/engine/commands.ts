/** Shell commands the engine hands out: in findings' fixes (the same in every language) and in the collector. */

export const FLAG = '--host-lo-to-ns-lo';
export const RESTART = 'systemctl --user restart docker';
/** The pasta processes: on x86-64 with AVX2 pasta runs itself again as <binary>.avx2 (passt's arch.c), so ps -C must name those too. */
export const PASTA_NAMES = 'pasta,pasta.avx2,passt.avx2';
export const PS = `ps -o args= -C ${PASTA_NAMES}`;
/** RootlessKit's feature probe, printing the line the engine reads ("host-lo-to-ns-lo probe: 0" = pasta accepts the flag). */
export const PROBE = `pasta ${FLAG} --version >/dev/null 2>&1; echo "host-lo-to-ns-lo probe: $?"`;

/** A `docker run` that publishes `ports`, with the placeholder image the guide's pages use, so the line runs as copied. */
export const run = (ports: string): string => `docker run -d -p ${ports} nginx:alpine`;

const DROP_IN = '~/.config/systemd/user/docker.service.d';

/**
 * Shell lines that append the given DOCKERD_ROOTLESS_ROOTLESSKIT_* settings to the user's drop-in (creating it if need be),
 * then reload and restart. Appending keeps the settings already there; for the same variable, systemd applies the later
 * Environment= line, so the appended value wins. The empty first line keeps [Service] off a last line without a newline.
 */
export const override = (...settings: string[]): string =>
  [
    `mkdir -p ${DROP_IN}`,
    `cat >> ${DROP_IN}/override.conf <<'EOF'`,
    '',
    '[Service]',
    ...settings.map((s) => `Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_${s}"`),
    'EOF',
    `systemctl --user daemon-reload && ${RESTART}`,
  ].join('\n');

const PACKAGES = 'docker-ce docker-ce-cli docker-ce-rootless-extras';
export const UPGRADE_APT = `sudo apt-get update && sudo apt-get install -y --only-upgrade ${PACKAGES}`;
export const UPGRADE_DNF = `sudo dnf upgrade -y ${PACKAGES}`;
/**
 * The upgrade of Docker's own packages (the three the remediation page upgrades, #dockers-deb-and-rpm-packages) as one
 * line that works pasted on either family: without prompts, which would swallow the next pasted line.
 */
export const UPGRADE = `if command -v apt-get >/dev/null; then ${UPGRADE_APT}; else ${UPGRADE_DNF}; fi`;
