/** sudo's and su's refusals: the command they were to run never ran (not their warnings, as "sudo: unable to resolve host …"). */
export const REFUSAL =
  /^(?:(?:\S+: )?sudo: (?:a password is required|\d+ incorrect password attempts?|a terminal is required|no tty present|sorry, you must have a tty|command not found|account validation failure|unknown user|you do not exist)|(?:sudo: )?\S+ is not in the sudoers file|Sorry, user \S+ (?:is not allowed|may not run)|su: (?:Authentication failure|user \S+ does not exist|Permission denied))/;

/** What every refusal has, for the recognisers' words. */
export const refusalWords = ['sudo: ', 'sudoers file', 'Sorry, user ', 'su: '];
