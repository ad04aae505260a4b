import type { AstroIntegrationLogger } from 'astro';
import { expect, test } from 'vitest';
import siteUrl from '../../../src/integrations/site-url.ts';

/** Runs the integration's build-start hook with these variables; returns what it warned. */
function warnings(env: NodeJS.ProcessEnv): string[] {
  const warned: string[] = [];
  const logger = { warn: (message: string) => warned.push(message) } as unknown as AstroIntegrationLogger;
  const hook = siteUrl(env, 'https://placeholder.example.org').hooks['astro:build:start'] as (options: { logger: AstroIntegrationLogger }) => void;
  hook({ logger });
  return warned;
}

test('a build without SITE_URL warns that its absolute addresses name the placeholder host', () => {
  expect(warnings({})).toEqual([expect.stringContaining('SITE_URL is not set')]);
  expect(warnings({})[0]).toContain('https://placeholder.example.org');
});

test('a build with SITE_URL says nothing', () => {
  expect(warnings({ SITE_URL: 'https://docs.example.com' })).toEqual([]);
});
