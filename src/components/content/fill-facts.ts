import { facts, type FactKey } from './facts.ts';
import { displayFact } from './display-fact.ts';

/** Replaces {{key}}, {{v:key}} (with "v") and {{short:key}} (passt tag date) with facts; an unknown key throws so a typo fails the build. */
export function fillFacts(template: string): string {
  return template.replace(/\{\{(?:(v|short):)?([A-Za-z0-9]+)\}\}/g, (_, mode: string | undefined, key: string) => {
    if (!Object.hasOwn(facts, key)) throw new Error(`Unknown fact "${key}" in a code block`);
    return displayFact(facts[key as FactKey], { v: mode === 'v', short: mode === 'short' });
  });
}
