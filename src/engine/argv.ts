/** The argv pieces that the collector's commands and the fixes share: the current user's id, pasta's names, the user's own processes. */

/** The pasta processes' names: on x86-64 with AVX2 pasta runs itself again as <binary>.avx2 (passt's arch.c), under that name. */
export const PASTA_NAMES = 'pasta|pasta\\.avx2|passt\\.avx2';
/** Stands for the current user's id in an argv: the shell forms write "$(id -u)", netcheck the number. */
export const CURRENT_UID = '$(id -u)';

/**
 * The current user's processes with one of `names` (pgrep's extended regular expression), each as "PID argv". `ps -C`
 * lists every user's: on a shared host another user's pasta would answer for this user's.
 */
export const mine = (names: string): string[] => ['pgrep', '-a', '-u', CURRENT_UID, '-x', names];
