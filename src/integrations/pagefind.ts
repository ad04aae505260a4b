import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Throws when a Pagefind call reported any error, so a broken index can never ship. */
export function assertNoPagefindErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
  }
}

/** Builds the Pagefind search index into <outDir>/pagefind/ after every production build. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const created = await pagefind.createIndex({});
          assertNoPagefindErrors('createIndex', created.errors);
          if (!created.index) throw new Error('Pagefind createIndex returned no index');
          const added = await created.index.addDirectory({ path: outDir });
          assertNoPagefindErrors('addDirectory', added.errors);
          if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${outDir}`);
          const written = await created.index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          assertNoPagefindErrors('writeFiles', written.errors);
          logger.info(`indexed ${added.page_count} pages into ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
