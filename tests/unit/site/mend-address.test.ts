import { describe, expect, test } from 'vitest';
import { mendAddress } from '../../../src/docs/mend-address.ts';

describe('mendAddress: the page a damaged link meant', () => {
  test.each([
    ['/troubleshooting/%23connection-reset', '', '', '/troubleshooting/#connection-reset'],
    ['/kb/troubleshooting/%23connection-reset', '', '', '/kb/troubleshooting/#connection-reset'],
    ['/zh-cn/troubleshooting/%23%E8%BF%9E%E6%8E%A5', '', '', '/zh-cn/troubleshooting/#连接'],
    ['/checker/%23v=1', '?x=1', '', '/checker/?x=1#v=1'],
    ['/checker/).', '', '', '/checker/'],
    ['/compatibility/%29', '', '', '/compatibility/'],
    ['/compatibility/%23releases).', '', '', '/compatibility/#releases'],
    ['/problem/%3E', '', '', '/problem/'],
    ['/%23', '', '', '/'],
  ])('%s%s%s → %s', (pathname, search, hash, meant) => {
    expect(mendAddress(pathname, search, hash)).toBe(meant);
  });

  test.each([['/no-such-page/'], ['/checker/'], ['/troubleshooting'], ['/a/%ZZ']])('%s has no such damage: null, so the 404 page stays', (pathname) => {
    expect(mendAddress(pathname, '', '')).toBeNull();
  });

  test('a mended address is not mended again (the 404 page that redirects by it cannot loop)', () => {
    for (const [pathname, hash] of [['/a/%23b).', ''], ['/a/%23%ZZ', ''], ['/a/b/).', '#c']] as const) {
      const once = new URL(mendAddress(pathname, '', hash)!, 'http://site.invalid');
      expect(mendAddress(once.pathname, once.search, once.hash)).toBeNull();
    }
  });
});
