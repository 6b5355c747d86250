import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex, utf8 } from '../../../src/engine/sha256';

const node = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('sha256', () => {
  it('matches the FIPS test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('matches node:crypto for many lengths and unicode', () => {
    for (let n = 0; n < 300; n++) {
      const s = 'a1😀é'.repeat(Math.ceil(n / 4)).slice(0, n);
      expect(sha256Hex(s), `len ${n}`).toBe(node(s));
    }
    expect(sha256Hex('x'.repeat(100_000))).toBe(node('x'.repeat(100_000)));
  });

  it('encodes UTF-8 like TextEncoder (lone surrogates → U+FFFD)', () => {
    for (const s of ['héllo', '日本語', '😀', 'a\uD800b', '\uDC00']) {
      expect(Array.from(utf8(s))).toEqual(Array.from(new TextEncoder().encode(s)));
    }
  });
});
