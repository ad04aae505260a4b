/** Which JSON objects cut out of docker version's components (jq '.Server.Components[]') are shown to be Docker's. */
import { atPrompt } from './clean.ts';
import type { Section } from './sections.ts';

// The command that printed them: docker's (docker version -f json | jq …), or any other at a prompt or piped into jq (nerdctl, podman, curl).
const DOCKER_COMMAND = /^(?:sudo )?docker\s/;
const COMMAND = /^(?:sudo )?[\w.-]+\s[^|]*\|\s*jq\b/;

/**
 * The indices of the JSON sections whose object alone is Docker's: after a docker command, or, with no command before them, beside
 * the Engine component in the same run of objects. nerdctl and other tools print the same components (rootlesskit among them) for
 * daemons that are not Docker's.
 */
export function dockerComponents(all: readonly Section[]): Set<number> {
  const out = new Set<number>();
  for (let s = 0; s < all.length; ) {
    if (all[s]!.kind !== 'json') {
      s++;
      continue;
    }
    let end = s;
    while (all[end]?.kind === 'json') end++;
    const before = s > 0 ? all[s - 1]!.lines.findLast((line) => line.trimmed) : undefined;
    const command = before?.trimmed ?? '';
    const engine = all.slice(s, end).some((section) => section.kind === 'json' && section.json.values.get('Name')?.value === 'Engine');
    const shown = DOCKER_COMMAND.test(command) || (engine && !(before && atPrompt(before)) && !COMMAND.test(command));
    if (shown) for (let k = s; k < end; k++) out.add(k);
    s = end;
  }
  return out;
}
