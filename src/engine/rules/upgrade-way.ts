/** How the paste's RootlessKit is upgraded: whose packages, with which manager, and what holds them back. */
import type { UpgradeWay } from '../messages/types.ts';
import { aptHeld, dnfLocked, pacmanIgnored, zypperLocked } from './apt-hold.ts';
import { aptPinned } from './apt-pin.ts';
import type { Ctx } from './context.ts';
import { packageManager } from './package-manager.ts';

/** The way the paste's RootlessKit is upgraded; the pins, holds and locks that stop it only where `upgrades` (a fix upgrades it). */
export function upgradeWay(c: Ctx, upgrades: boolean): UpgradeWay {
  const distribution = c.f.dockerPackaging === 'distribution';
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
