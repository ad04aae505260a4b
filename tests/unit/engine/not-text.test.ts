import { describe, expect, test } from 'vitest';
import { decodeText, looksLikeText } from '../../../src/engine/text.ts';
import { allFixtures, labelledFixtures } from '../../fixtures/fixtures.ts';

/** 200,000 random UTF-16 code units, the same each run (a linear congruential generator). */
function randomUtf16(): string {
  let seed = 108;
  let out = '';
  for (let i = 0; i < 200_000; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    out += String.fromCharCode(seed >>> 15);
  }
  return out;
}

// Review 108 #12: random binary pasted was answered "not enough to decide"; a dropped file of it is refused. One rule for both.
describe('what is not text, pasted or dropped', () => {
  const junk = randomUtf16();
  const info = labelledFixtures('real').find((f) => f.file === 'docker-info-rootless-27.3.1-ubuntu24.04-tls-warnings-1.txt')!.text;

  test('random UTF-16 is not text, pasted or saved as a UTF-16 file with its byte-order mark', () => {
    expect(looksLikeText(junk)).toBe(false);
    const bytes = new Uint8Array(2 + junk.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < junk.length; i++) bytes.set([junk.charCodeAt(i) & 0xff, junk.charCodeAt(i) >> 8], 2 + i * 2);
    expect(decodeText(bytes)).toBeNull();
  });

  test('every fixture is text, and so are a terminal\'s stray NULs and a Latin-1 file\'s accents', () => {
    expect(allFixtures().filter((f) => !looksLikeText(f.text)).map((f) => f.name)).toEqual([]);
    expect(looksLikeText(info.replace(/\n/g, '\n\u0000'))).toBe(true);
    const latin1 = Uint8Array.from(Buffer.from('Déc 04 21:11:03 hôte dockerd-rootless.sh: échec, réessai à été où\n'.repeat(60), 'latin1'));
    expect(decodeText(latin1)).not.toBeNull();
  });

  test('an executable or a UTF-16 file without its byte-order mark is not text', () => {
    expect(decodeText(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]))).toBeNull();
    expect(decodeText(Uint8Array.from(Buffer.from(info, 'utf16le')))).toBeNull();
  });
});
