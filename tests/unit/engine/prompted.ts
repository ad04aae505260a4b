// Commands typed at a prompt, for the tests of the prompts the cleaner knows.
import { atPrompt, clean } from '../../../src/engine/clean.ts';

const asked = ['docker context show', 'rootless', "docker version --format '{{.Server.Version}}'", '28.1.1'];

/** docker context show and docker version's server version, each typed after `prompt` (their answers left alone). */
export const typedAt = (prompt: string): string => asked.map((l, i) => (i % 2 ? l : `${prompt}${l}`)).join('\n');

/** The text of the first line of `t` as cleaned, and whether it was typed at a prompt. */
export const typed = (t: string): [string, boolean] => {
  const line = clean(t).lines[0]!;
  return [line.text, atPrompt(line)];
};
