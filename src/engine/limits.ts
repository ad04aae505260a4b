/** How much of a paste the engine reads, in a module of its own so that the island can size a dropped file without loading the engine. */

/** Input past `maxChars` is ignored (a finding says so); longer lines are cut to `maxLineChars`. */
export const limits = { maxChars: 2 * 1024 * 1024, maxLineChars: 64 * 1024 } as const;
