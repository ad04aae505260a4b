import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { assertBuilt, builds } from '../support/builds.ts';
import { listPages } from '../support/pages.ts';

// Rules come from .htmlvalidate.json at the repository root.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const format = formatterFactory('text');

describe.each(builds)('HTML of the $name build', (build) => {
  assertBuilt(build);
  test.each(listPages(build).map((page) => [page.url, page.file] as const))('%s is valid', async (_url, file) => {
    const report = await validator.validateFile(file);
    expect(report.valid, format(report.results)).toBe(true);
  });
});
