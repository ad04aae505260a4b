import { expect, test } from 'vitest';
import { htmlToText } from '../../../src/docs/html-text.ts';

test('drops tags and decodes character references', () => {
  expect(htmlToText(' Why <code>127.0.0.1</code> &amp; &lt;pasta&gt; &#39;reset&#x27; &quot;x&quot; ')).toBe(`Why 127.0.0.1 & <pasta> 'reset' "x"`);
});

test('leaves unknown references as written', () => {
  expect(htmlToText('a &bogus; b')).toBe('a &bogus; b');
});
