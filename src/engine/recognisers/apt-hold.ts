/**
 * apt-mark's holds on the packages the upgrade installs: the names `apt-mark showhold` lists, apt-mark hold's "… set on hold.", dpkg -l's
 * rows of held, installed packages and dpkg --get-selections' rows of held ones; and apt-mark unhold's answers, which release them.
 */
import { literal } from '../any-of.ts';
import { aptHold as hold, upgradedPackages } from '../data/core/diagnostics.ts';
import { atPrompt } from '../clean.ts';
import type { Recogniser } from '../facts.ts';

// One of those packages, with apt's architecture where it prints one.
const HELD = `(?:${upgradedPackages.join('|')})(?::[a-z0-9]+)?`;
const LISTED = new RegExp(`^${HELD}$`);
const DPKG_ROW = new RegExp(`^${hold.dpkgRow.state} +${HELD} `);
const SELECTION = new RegExp(`^${HELD}\\s+${hold.selection.state}$`);
const SET_ON_HOLD = new RegExp(`^${HELD} (?:was already )?${literal(hold.setOnHold.text)}$`);
const UNHOLD = new RegExp(`^(?:${hold.unhold.canceled}${HELD}\\.|${HELD}${literal(hold.unhold.notHeld)})$`);
// What showhold prints: package names; any other line ends its list.
const PACKAGE = /^[a-z0-9][a-z0-9+.-]*(?::[a-z0-9]+)?$/;
/** What a section it reports from has in a line: showhold's command (its list is what follows) or each held form's words. */
export const aptHoldWords = [hold.showhold.command, `${hold.dpkgRow.state} `, hold.selection.state, hold.setOnHold.text];

/**
 * Reports each line that shows one of the packages the upgrade installs held by apt-mark as the signal apt-hold, and each that shows its
 * hold released as lock-released.
 */
export const aptHolds: Recogniser = (lines, sink) => {
  let listing = false;
  for (const line of lines) {
    const t = line.trimmed;
    // (The command typed without a prompt starts a list too: pastes often leave the prompt out.)
    const showhold = t.includes(hold.showhold.command);
    if (showhold || atPrompt(line)) listing = showhold;
    else if (listing ? LISTED.test(t) : DPKG_ROW.test(t) || SELECTION.test(t) || SET_ON_HOLD.test(t)) sink.signal('apt-hold', line);
    else if (listing && !PACKAGE.test(t)) listing = false;
    if (!listing && UNHOLD.test(t)) sink.signal('lock-released', line);
  }
};
