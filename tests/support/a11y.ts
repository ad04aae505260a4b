import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG 2.2 AA rule set the site is held to. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The rules of that set whose outcome depends on colours alone: all a change of theme can change. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/** axe violations on the page (of `rules` only, if given) as one readable line each ("rule: help (n nodes: selector, …)"); empty means none. */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // Legacy mode runs axe in the page itself, with no second page to merge frames in (the site has no frames), and only violations come
  // back: each page checks in half the time, which CI needs.
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  const results = await (rules ? builder.withRules(rules) : builder.withTags(wcagTags)).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.length} nodes: ${violation.nodes
        .slice(0, 5)
        .map((node) => node.target.join(' '))
        .join(', ')})`,
  );
}
