/** A daemon started by hand from a shell: what its fixes say instead of starting, reloading or restarting the user service, which is not it. */
import { RELOAD, RELOAD_RESTART, RESTART, START } from './drop-in.ts';
import type { ByHand } from './messages/types.ts';

/**
 * The fix with each line that restarts the user service replaced by the words for that as a comment (`down`: the paste shows no
 * daemon running, so there is none to stop), one that starts it by the words for starting, and one that only reloads it left out.
 */
export const byHand = (fix: string, words: ByHand, down: boolean): string =>
  fix
    .split('\n')
    .flatMap((l) => (l === RELOAD ? [] : l === RESTART || l === RELOAD_RESTART ? [`# ${down ? words.again : words.restart}`] : l === START ? [`# ${words.start}`] : [l]))
    .join('\n');
