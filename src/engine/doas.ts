/** doas instead of sudo (Alpine's usual way to run a command as root): where the paste shows it (recognisers/doas.ts), the fixes use it too. */

// sudo where it runs a command as root, or as the user -u names; not sudo's -i or -E, which doas lacks, nor the word in prose.
const SUDO = /(^|[\s;&|(!]|\$\()sudo (?=-u |[^-\s])/gm;

/** Fix `fix` with doas wherever sudo runs a command as root or as another user with -u (doas(1) takes the same -u). */
export const withDoas = (fix: string): string => fix.replace(SUDO, '$1doas ');
