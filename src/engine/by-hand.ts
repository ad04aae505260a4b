/** A daemon started by hand from a shell: what its fixes say instead of reloading or restarting the user service, which is not it. */
import { RELOAD, RELOAD_RESTART, RESTART } from './drop-in.ts';

/** The fix with each line that restarts the user service replaced by `again` as a comment, and one that only reloads it left out. */
export const byHand = (fix: string, again: string): string =>
  fix
    .split('\n')
    .flatMap((l) => (l === RELOAD ? [] : l === RESTART || l === RELOAD_RESTART ? [`# ${again}`] : [l]))
    .join('\n');
