import { expect, test } from 'vitest';
import { builds } from '../support/builds.ts';
import { builtPageUrls, describeInBrowser } from '../support/e2e.ts';
import { cspViolations, openWatched } from './checker/support.ts';

describeInBrowser('every page', (browser) => {
  for (const build of builds) {
    test.each(builtPageUrls(build))(
      `${build.name}: %s loads without console errors or failed requests, under a CSP without unsafe-inline scripts that nothing violates`,
      async (url) => {
        const { context, page, problems } = await openWatched(browser(), url);
        try {
          expect(await page.evaluate(() => performance.getEntriesByType('navigation').map((entry) => (entry as PerformanceNavigationTiming).responseStatus))).toEqual([200]);
          await expect(page.title()).resolves.not.toBe('');
          const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
          const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
          expect(scriptSrc).toMatch(/'sha256-/);
          expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
          expect(await cspViolations(page)).toEqual([]);
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      },
    );
  }
});
