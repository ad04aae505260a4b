import { expect, test } from 'vitest';
import { decisionRowsByLang } from '../../../src/components/content/data/decision.ts';
import { outcomeLead } from '../../../src/components/content/outcome-lead.ts';

test('an outcome is split after its verdict, in English and Chinese', () => {
  expect(outcomeLead('Works: pasta is not on the path.')).toEqual({ lead: 'Works:', rest: ' pasta is not on the path.' });
  expect(outcomeLead('很可能被重置：该参数把所有宿主机回环地址都映射到 127.0.0.1。')).toEqual({ lead: '很可能被重置：', rest: '该参数把所有宿主机回环地址都映射到 127.0.0.1。' });
});

test('an outcome without a verdict before a colon is all lead: no colon, a colon late in the sentence, or one inside code', () => {
  expect(outcomeLead('Connection reset by peer (the bug).')).toEqual({ lead: 'Connection reset by peer (the bug).', rest: '' });
  expect(outcomeLead('Works, until passt is upgraded, which happens often: see below.').rest).toBe('');
  expect(outcomeLead('`host:port` stays as it was.').rest).toBe('');
});

test('the decision table splits its outcomes without losing a character, at the same rows in every language', () => {
  const split = Object.values(decisionRowsByLang).map((rows) =>
    rows.map((row) => {
      const { lead, rest } = outcomeLead(row.result);
      expect(lead + rest).toBe(row.result);
      return rest !== '';
    }),
  );
  expect(split[0]!.filter(Boolean).length).toBeGreaterThan(split[0]!.length / 2);
  for (const other of split) expect(other).toEqual(split[0]);
});
