/** How the paste's RootlessKit is upgraded: whose packages, with which manager, and what holds them back. */
import { unpackagedSystems } from '../data/core/docker.ts';
import type { UpgradeWay } from '../messages/types.ts';
import type { Facts } from '../types.ts';
import { aptHeld, dnfLocked, pacmanIgnored, zypperLocked } from './apt-hold.ts';
import { aptPinned } from './apt-pin.ts';
import type { Ctx } from './context.ts';
import { packageManager } from './package-manager.ts';

/** Whether facts `f` show a system Docker publishes no packages for, with no package nor static install (`staticInstall`) that says whose Docker it is. */
export const unpackagedSystem = (f: Facts, staticInstall: boolean | undefined): boolean =>
  f.dockerPackaging === null && !staticInstall && unpackagedSystems.names.some((name) => f.operatingSystem?.startsWith(name));

/**
 * The way the paste's RootlessKit is upgraded; the pins, holds and locks that stop it only where `upgrades` (a fix upgrades it). On a
 * system Docker publishes no packages for, with no static install shown, the distribution's: Docker's packages are not there to upgrade
 * (review R161 MED-5).
 */
export function upgradeWay(c: Ctx, upgrades: boolean): UpgradeWay {
  const distribution = c.f.dockerPackaging === 'distribution' || unpackagedSystem(c.f, c.staticInstall);
  return {
    distribution,
    manager: distribution ? packageManager(c) : null,
    staticInstall: c.staticInstall,
    pinned: upgrades ? aptPinned(c) : null,
    held: upgrades ? aptHeld(c) : null,
    locked: upgrades ? dnfLocked(c) : null,
    zypperLocked: upgrades ? zypperLocked(c) : null,
    ignored: upgrades ? pacmanIgnored(c) : null,
  };
}
