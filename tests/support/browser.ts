import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags that keep headless Chromium off the network and free of first-run work; --no-sandbox because CI runs as root. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium to drive: $CHROME_PATH when set, else /usr/bin/chromium; null when neither exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidate = env.CHROME_PATH || '/usr/bin/chromium';
  return existsSync(candidate) ? candidate : null;
}

/** How to get a browser for the tests. */
export const installHint = 'install it with `apt-get install -y chromium` or set CHROME_PATH to a Chromium binary';

/**
 * Launches the system Chromium headless. Playwright turns the back/forward cache off; `backForwardCache` keeps it, as browsers have it,
 * for a test of what Back brings back.
 */
export function launchChromium(executablePath: string, { backForwardCache = false } = {}): Promise<Browser> {
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true, ...(backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}) });
}
