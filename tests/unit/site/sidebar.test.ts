import { describe, expect, test } from 'vitest';
import { buildSidebar, neighbours, readingOrder, type NavItem } from '../../../src/docs/sidebar.ts';

const item = (slug: string, group: string, order: number, title = slug): NavItem => ({ slug, title, group, order });
const groups = ['Start here', 'How it works', 'Reference'] as const;

describe('buildSidebar', () => {
  test('orders groups as configured and pages by order, then title', () => {
    const sidebar = buildSidebar(
      [item('z', 'Reference', 1), item('b', 'Start here', 2), item('a', 'Start here', 2, 'A'), item('first', 'Start here', 1)],
      groups,
    );
    expect(sidebar.map((group) => [group.group, group.items.map((entry) => entry.slug)])).toEqual([
      ['Start here', ['first', 'a', 'b']],
      ['Reference', ['z']],
    ]);
  });

  test('rejects a page in a group that is not configured', () => {
    expect(() => buildSidebar([item('x', 'Elsewhere', 1)], groups)).toThrow(/unknown sidebar group "Elsewhere"/);
  });
});

describe('neighbours', () => {
  const order = readingOrder(buildSidebar([item('', 'Start here', 1), item('problem', 'Start here', 2), item('ref', 'Reference', 1)], groups));

  test('follow sidebar order across groups', () => {
    expect(neighbours(order, '')).toEqual({ prev: undefined, next: order[1] });
    expect(neighbours(order, 'problem')).toEqual({ prev: order[0], next: order[2] });
    expect(neighbours(order, 'ref')).toEqual({ prev: order[1], next: undefined });
  });

  test('are absent for a page outside the sidebar', () => {
    expect(neighbours(order, 'checker')).toEqual({});
  });
});
