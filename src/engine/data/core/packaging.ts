/** How a distribution's own Docker is upgraded: the package manager of each system that packages it, and what in a paste names it. */
import type { Source } from '../types.ts';

/** A package manager that upgrades a distribution's RootlessKit package (or, for Nix, the whole system). */
export type PackageManager = 'apt' | 'dnf' | 'zypper' | 'pacman' | 'nix';

/**
 * Each package manager with the systems that use it, as docker info or os-release names them (their first words), and the marks its
 * distribution's package versions carry (Fedora's ".fc41", RHEL's ".el9", openSUSE's docker "27.3.1_ce").
 */
export const packageManagers: readonly { manager: PackageManager; systems: readonly string[]; marks: RegExp | null; source: Source }[] = [
  { manager: 'apt', systems: ['Debian', 'Ubuntu', 'Raspbian', 'Linux Mint', 'Pop!_OS'], marks: null, source: 'debianDockerIo' },
  { manager: 'dnf', systems: ['Fedora', 'Red Hat Enterprise Linux', 'CentOS', 'AlmaLinux', 'Rocky Linux'], marks: /\.(?:fc|el)\d+\b/, source: 'fedoraMobyEngine' },
  { manager: 'zypper', systems: ['openSUSE', 'SUSE Linux Enterprise'], marks: /\d\.\d+\.\d+_ce\b/, source: 'opensuseDockerSpec' },
  { manager: 'pacman', systems: ['Arch Linux', 'Manjaro', 'EndeavourOS'], marks: null, source: 'archPartialUpgrades' },
];

/** Nix's store, which names every package it holds ("/nix/store/<hash>-docker-27.3.1/…"): NixOS upgrades them with its channel. */
export const nixStore = { path: '/nix/store/', source: 'nixosUpgrading' } as const satisfies { path: string; source: Source };
