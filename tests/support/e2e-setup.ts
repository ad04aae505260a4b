import type { TestProject } from 'vitest/node';
import { findChromium, installHint } from './browser.ts';
import { assertBuilt, builds } from './builds.ts';
import { startStaticServer, type StaticServer } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of the Chromium binary, or null when browser tests are skipped. */
    chromiumPath: string | null;
    /** Site root URL of each build ("http://127.0.0.1:<port>/" and "…/kb/"). */
    siteUrls: Record<'root' | 'kb', string>;
  }
}

/** Global setup of the e2e project: finds Chromium (a missing one fails under CI=true) and serves both builds once for all browser tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium();
  if (chromiumPath === null) {
    if (process.env.CI === 'true') throw new Error(`CI=true but no Chromium found: ${installHint}.`);
    console.log(`SKIPPED: browser tests need Chromium; ${installHint}.`);
  }
  const servers: StaticServer[] = [];
  const siteUrls = { root: '', kb: '' };
  for (const build of builds) {
    assertBuilt(build);
    const server = await startStaticServer(build.dir, build.base);
    servers.push(server);
    siteUrls[build.name] = server.origin + build.base;
  }
  project.provide('chromiumPath', chromiumPath);
  project.provide('siteUrls', siteUrls);
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
