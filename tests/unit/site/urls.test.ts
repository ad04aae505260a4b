import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultLang } from '../../../src/i18n/languages.ts';
import { docPath, normalizeBase, parseDocPath, withBase, withoutBase } from '../../../src/i18n/urls.ts';

const segment = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,11}$/);
const slug = fc.array(segment, { maxLength: 3 }).map((parts) => parts.join('/'));
const base = fc.oneof(fc.constant('/'), segment.map((part) => `/${part}/`));

describe('normalizeBase', () => {
  test.each([
    ['', '/'],
    ['/', '/'],
    ['kb', '/kb/'],
    ['/kb', '/kb/'],
    ['//docs/kb//', '/docs/kb/'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });
});

describe('withBase', () => {
  test('puts site-absolute paths under the base', () => {
    expect(withBase('/problem/', '/kb/')).toBe('/kb/problem/');
    expect(withBase('/', '/kb')).toBe('/kb/');
    expect(withBase('/problem/#symptom', '/')).toBe('/problem/#symptom');
  });

  test.each(['https://example.org/x', '//cdn.example.org/x', '#symptom', 'relative/', 'mailto:a@b.c'])('leaves %s alone', (url) => {
    expect(withBase(url, '/kb/')).toBe(url);
  });

  test('withoutBase undoes it', () => {
    fc.assert(fc.property(base, slug, (b, s) => withoutBase(withBase(`/${s}`, b), b) === `/${s}`));
  });
});

describe('docPath', () => {
  test('the default language lives at the root', () => {
    expect(docPath(defaultLang, '')).toBe('/');
    expect(docPath(defaultLang, 'problem')).toBe('/problem/');
    expect(docPath(defaultLang, 'a/b')).toBe('/a/b/');
  });

  test('parseDocPath reads back language and slug under any base', () => {
    fc.assert(
      fc.property(base, slug, (b, s) => {
        expect(parseDocPath(withBase(docPath(defaultLang, s), b), b)).toEqual({ lang: defaultLang, slug: s });
      }),
    );
  });
});
