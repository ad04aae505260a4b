/** Round brackets left open: how an operating system's name cut inside its own ("… LTS (Noble Numbat") is told from a whole one. */

/** How many more "(" than ")" a text has (negative where a sentence's ")" is left over). */
export function unclosed(text: string): number {
  return (text.match(/\(/g)?.length ?? 0) - (text.match(/\)/g)?.length ?? 0);
}
