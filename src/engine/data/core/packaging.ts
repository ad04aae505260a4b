/** How a distribution's own Docker is upgraded: the package manager of each system that packages it, and what in a paste names it. */
import type { Source } from '../types.ts';

/** A package manager that upgrades a distribution's RootlessKit package (or, for Nix, the whole system). */
export type PackageManager = 'apt' | 'dnf' | 'zypper' | 'pacman' | 'emerge' | 'apk' | 'xbps' | 'nix';

/**
 * Each package manager with the systems that use it, as docker info or os-release names them (their first words), and the marks its
 * distribution's package versions carry (Fedora's ".fc41", RHEL's ".el9", openSUSE's docker "27.3.1_ce", Gentoo's category
 * "app-containers/", Alpine's revision "-r5", Void's "_1"). Gentoo's comes before Alpine's: its revisions are "-r1" too. Where versions
 * carry no mark, its `queries` of installed packages (pacman -Q, dpkg -l) typed at a prompt name it: their rows look alike.
 */
export const packageManagers: readonly { manager: PackageManager; systems: readonly string[]; marks: RegExp | null; queries?: RegExp; source: Source }[] = [
  { manager: 'apt', systems: ['Debian', 'Ubuntu', 'Raspbian', 'Linux Mint', 'Pop!_OS'], marks: null, queries: /^(?:dpkg(?:-query)? -|apt(?:-cache)? (?:list|policy|show)\b)/, source: 'debianDockerIo' },
  { manager: 'dnf', systems: ['Fedora', 'Red Hat Enterprise Linux', 'CentOS', 'AlmaLinux', 'Rocky Linux'], marks: /\.(?:fc|el)\d+\b/, source: 'fedoraMobyEngine' },
  { manager: 'zypper', systems: ['openSUSE', 'SUSE Linux Enterprise'], marks: /\d\.\d+\.\d+_ce\b/, source: 'opensuseDockerSpec' },
  { manager: 'pacman', systems: ['Arch Linux', 'Manjaro', 'EndeavourOS'], marks: null, queries: /^pacman -Q/, source: 'archPartialUpgrades' },
  { manager: 'emerge', systems: ['Gentoo'], marks: /\bapp-(?:containers|emulation)\/[\w+-]+-\d/, source: 'gentooEmerge' },
  { manager: 'apk', systems: ['Alpine Linux'], marks: /-\d+(?:\.\d+)+-r\d+\b/, source: 'apkUpgrade' },
  { manager: 'xbps', systems: ['Void'], marks: /-\d+(?:\.\d+)+_\d+\b/, source: 'voidPackageManagement' },
];

/**
 * The systems the checker names (in packageManagers and the other tables), by the ID their os-release gives them, as docker info names
 * them: an os-release pasted without its PRETTY_NAME (or only its ID, from a grep) names its system with its VERSION_ID after this name.
 * A system missing here is named by the first of its ID_LIKE found here, for its package manager only.
 */
export const osReleaseIds: { names: Readonly<Record<string, string>>; source: Source } = {
  names: {
    debian: 'Debian GNU/Linux',
    ubuntu: 'Ubuntu',
    raspbian: 'Raspbian GNU/Linux',
    linuxmint: 'Linux Mint',
    pop: 'Pop!_OS',
    fedora: 'Fedora Linux',
    rhel: 'Red Hat Enterprise Linux',
    centos: 'CentOS Stream',
    almalinux: 'AlmaLinux',
    rocky: 'Rocky Linux',
    opensuse: 'openSUSE',
    'opensuse-leap': 'openSUSE Leap',
    'opensuse-tumbleweed': 'openSUSE Tumbleweed',
    sles: 'SUSE Linux Enterprise Server',
    sled: 'SUSE Linux Enterprise Desktop',
    arch: 'Arch Linux',
    manjaro: 'Manjaro Linux',
    endeavouros: 'EndeavourOS',
    gentoo: 'Gentoo',
    alpine: 'Alpine Linux',
    void: 'Void Linux',
    nixos: 'NixOS',
    chimera: 'Chimera Linux',
  },
  source: 'osRelease',
};

/** Nix's store, which names every package it holds ("/nix/store/<hash>-docker-27.3.1/…"): NixOS upgrades them with its channel. */
export const nixStore = { path: '/nix/store/', source: 'nixosUpgrading' } as const satisfies { path: string; source: Source };

/** The systems (by their package manager) whose init is not systemd, so that no systemd user manager runs a rootless daemon there: Alpine's OpenRC, Void's runit. */
export const initSystems: readonly { manager: PackageManager; source: Source }[] = [
  { manager: 'apk', source: 'alpineOpenrc' },
  { manager: 'xbps', source: 'voidRunit' },
];

/**
 * The install of one package with the package managers whose systems the checker names alone (Alpine's, Gentoo's, Void's), without
 * prompts and with the package index refreshed where the manager does that itself, and the names those systems give the packages a fix
 * installs (Gentoo's with their category), each with the package's page in that system's repository.
 */
export const systemInstalls = {
  apk: {
    command: 'apk add',
    names: { slirp4netns: { name: 'slirp4netns', source: 'alpineSlirp4netns' }, rootlesskit: { name: 'rootlesskit', source: 'alpineRootlesskit' } },
    source: 'apkUpgrade',
  },
  emerge: {
    command: 'emerge --ask=n --noreplace',
    names: {
      slirp4netns: { name: 'app-containers/slirp4netns', source: 'gentooSlirp4netns' },
      rootlesskit: { name: 'app-containers/rootlesskit', source: 'gentooEmerge' },
    },
    source: 'gentooEmerge',
  },
  xbps: {
    command: 'xbps-install -Sy',
    names: { slirp4netns: { name: 'slirp4netns', source: 'voidSlirp4netns' }, rootlesskit: { name: 'rootlesskit', source: 'voidRootlesskit' } },
    source: 'voidPackageManagement',
  },
} as const satisfies Partial<Record<PackageManager, { command: string; names: Record<string, { name: string; source: Source }>; source: Source }>>;
