import { describe, expect, test } from 'vitest';
import { clean } from '../../../src/engine/clean.ts';

const texts = (input: string): string[] => clean(input).lines.map((l) => l.text);

// clean's searches of the whole text and its fast path for plain lines must find what its searches of each line found.
describe('clean: searches of the whole text and plain lines', () => {
  test('entities and odd characters are made plain on the right lines after every kind of line end', () => {
    const { lines } = clean('a\r\n\r\nb&gt;\rc\u2019s\n\nd\r\r\ne &amp; f\rlast\u00a0one&lt;');
    expect(lines.map((l) => [l.n, l.text])).toEqual([
      [1, 'a'],
      [3, 'b>'],
      [4, "c's"],
      [6, 'd'],
      [8, 'e & f'],
      [9, 'last one<'],
    ]);
  });

  test('a line with several entities is made plain once, whole', () => {
    expect(texts('plain\nx &lt;b&gt; &amp;&amp; “x”\nplain')).toEqual(['plain', 'x <b> && "x"', 'plain']);
  });

  test('a prefix inside a plain-looking line is still stripped, and a plain line keeps its text', () => {
    expect(texts('Jan 01 12:00:00 host dockerd-rootless.sh[1]: rootlesskit version 2.3.1\nrootlesskit version 2.3.1')).toEqual([
      'rootlesskit version 2.3.1',
      'rootlesskit version 2.3.1',
    ]);
  });

  test('a glued prompt, a glued header and a reader\'s note are still found', () => {
    expect(texts('rootlesskit version 2.3.1$ pgrep -a pasta')).toEqual(['rootlesskit version 2.3.1', 'pgrep -a pasta']);
    expect(texts(' Experimental: trueServer: Docker Engine')).toEqual([' Experimental: true', 'Server: Docker Engine']);
    expect(texts('Version:   28.1.1   <-- this one')).toEqual(['Version:   28.1.1']);
    expect(texts('{"log":"hello\\n","stream":"stdout"}')).toEqual(['hello']);
  });

  test('an escaped newline before "# docker" glues no prompt', () => {
    expect(texts('"msg": "done\\n# docker ps"')).toEqual(['"msg": "done\\n# docker ps"']);
  });
});
