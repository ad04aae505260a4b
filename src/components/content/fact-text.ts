import { facts, type FactKey } from './facts.ts';
import { displayFact } from './display-fact.ts';

/** A fact as text for use inside data strings (tables, diagram labels); same options as <V>. */
export function fact(key: FactKey, options: { v?: boolean; short?: boolean } = {}): string {
  return displayFact(facts[key], options);
}
