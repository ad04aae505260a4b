import { expect, test } from 'vitest';
import { editUrl } from '../../../src/docs/edit-link.ts';
import { routeFromId } from '../../../src/docs/routes.ts';

test.each([
  ['en/problem', { lang: 'en', slug: 'problem' }],
  ['en/index', { lang: 'en', slug: '' }],
  ['en', { lang: 'en', slug: '' }],
  ['en/guides/index', { lang: 'en', slug: 'guides' }],
  ['en/guides/pasta', { lang: 'en', slug: 'guides/pasta' }],
])('routeFromId(%j)', (id, expected) => {
  expect(routeFromId(id)).toEqual(expected);
});

test('routeFromId rejects a folder that is not a published language', () => {
  expect(routeFromId('xx/problem')).toBeNull();
});

test('editUrl joins the configured base and the source path, or is null', () => {
  expect(editUrl('https://git.example/edit/main', 'content/en/problem.mdx')).toBe('https://git.example/edit/main/content/en/problem.mdx');
  expect(editUrl('https://git.example/edit/main/', './content/en/a.mdx')).toBe('https://git.example/edit/main/content/en/a.mdx');
  expect(editUrl(null, 'content/en/problem.mdx')).toBeNull();
  expect(editUrl('https://git.example/', undefined)).toBeNull();
});
