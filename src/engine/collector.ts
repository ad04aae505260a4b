/** The collector as shell commands to paste, for the checker and the diagnostics page (its commands: collector-commands.ts). */
import { collectorCommands } from './collector-commands.ts';
import { PROBE, shellCommand } from './commands.ts';

// Each command's output follows a "$ <command>" line (its argv, unquoted), which keeps the outputs apart for the engine.
const steps = collectorCommands.map((c) => (c.probe ? PROBE : `echo '$ ${c.argv.join(' ')}'; ${shellCommand(c.argv)}`));

/**
 * The commands as one compound shell command, a step per line: pasted into a terminal it runs as a whole, so the
 * output comes out in one piece, without prompts in between.
 */
export const collectorScript = ['{', ...steps, '} 2>&1'].join('\n');

/** The same compound command on one line, for places where line breaks get lost (chat, tickets, shell history). */
export const collectorLine = `{ ${steps.join('; ')}; } 2>&1`;
