import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Repository root, for resolving build output and content. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A production build the checks run against: its output folder and the base path it was built for. */
export interface Build {
  name: 'root' | 'kb';
  dir: string;
  base: string;
}

/** The two builds `npm test` makes: at the site root (dist/) and under a sub-path (dist-kb/, BASE_PATH=/kb/). */
export const builds: readonly Build[] = [
  { name: 'root', dir: `${repoRoot}dist`, base: '/' },
  { name: 'kb', dir: `${repoRoot}dist-kb`, base: '/kb/' },
];

/** Throws with the command to run when a build's output is missing, instead of letting every check fail obscurely. */
export function assertBuilt(build: Build): void {
  if (!existsSync(`${build.dir}/index.html`)) {
    const env = build.base === '/' ? '' : `BASE_PATH=${build.base} OUT_DIR=${build.dir.slice(repoRoot.length)} `;
    throw new Error(`No build in ${build.dir}; run \`${env}npx astro build\` (or \`npm test\`, which builds both).`);
  }
}
