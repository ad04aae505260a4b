import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, builds, repoRoot } from '../support/builds.ts';

/** A port nobody listens on now, for the preview server. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

// `npm start` and `npm run preview` serve a build with `astro preview`, the README's way to read the site offline. A reader who types or
// is sent /checker without its slash gets the page, and a mistyped path the site's bilingual 404, not a bare error text (review 108 #10).
describe.each(builds)('astro preview of the $name build', (build) => {
  assertBuilt(build);
  let preview: ChildProcess;
  let origin: string;

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    preview = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: repoRoot,
      env: { ...process.env, BASE_PATH: build.base, OUT_DIR: build.dir },
      detached: true,
      stdio: 'ignore',
    });
    // Ready once it answers at all.
    for (let tries = 0; ; tries++) {
      try {
        await fetch(`${origin}${build.base}`);
        return;
      } catch (error) {
        if (tries > 150) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }, 30_000);

  afterAll(() => {
    // The preview command and the server it starts, as one process group.
    if (preview?.pid) process.kill(-preview.pid);
  });

  test.each(['checker', 'zh-cn/checker', 'troubleshooting'])('/%s without its trailing slash opens the page, whose canonical URL keeps it', async (path) => {
    const response = await fetch(`${origin}${build.base}${path}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(new RegExp(`<link rel="canonical" href="https?://[^/"]+${build.base}${path}/"`));
  });

  test('a path that names no page gets the site’s 404 page', async () => {
    const response = await fetch(`${origin}${build.base}Checker`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('页面不存在');
  });
});
