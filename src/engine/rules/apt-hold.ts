/** apt-mark's hold on Docker's packages, which the upgrade's fix releases before it upgrades them. */
import type { Ctx } from './context.ts';

// The package a line names: a showhold line is the name alone, a dpkg -l row's first name is its package.
const NAME = /docker-ce(?:-cli|-rootless-extras)?(?![\w-])/;

/** The names of Docker's packages the paste shows held (apt-mark showhold, dpkg -l's hi), each once in the order shown; null where none is. */
export function aptHeld(c: Ctx): string[] | null {
  const names = (c.signals.get('apt-hold') ?? []).map((e) => NAME.exec(e.text)?.[0]).filter((name) => name !== undefined);
  return names.length ? [...new Set(names)] : null;
}
