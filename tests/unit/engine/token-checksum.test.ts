import { describe, expect, it } from 'vitest';
import { createScanner } from '../../../src/engine';
import { crc32, tokenChecksumOk } from '../../../src/engine/validators/token-checksum';

/** A 40-character token whose last 6 characters are the base62 CRC-32 of the 30 before. */
function checksummed(prefix: string, body: string): string {
  const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let v = crc32(body);
  let out = '';
  while (v > 0) {
    out = B62[v % 62] + out;
    v = Math.floor(v / 62);
  }
  return `${prefix}${body}${out.padStart(6, '0')}`;
}

describe('GitHub / npm token checksum', () => {
  it('computes the standard CRC-32 (check value of "123456789")', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
  });

  it('verifies the published example token and rejects it with one character changed', () => {
    // Example from the public write-up of the format (prefix + 30 random + 6 checksum).
    expect(tokenChecksumOk('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')).toBe(true);
    expect(tokenChecksumOk('ghp_zQWBuTSOoRi4A9spHcVY5ncnsDkxkK0mLq17')).toBe(false);
    expect(tokenChecksumOk('ghp_zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ0mLq18')).toBe(false);
  });

  it('says nothing about other lengths', () => {
    expect(tokenChecksumOk('ghs_' + 'a'.repeat(60))).toBeUndefined();
  });

  it('scores a verified token 0.99 and still reports an unverified one at 0.7', () => {
    const scanner = createScanner();
    const good = checksummed('ghp_', 'Zr8qLm2VtW9xKp4NcB7yHd3FsJ6gQe');
    const bad = `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`;
    for (const [token, score] of [
      [good, 0.99],
      [bad, 0.7],
      [checksummed('npm_', 'a1B2c3D4e5F6g7H8i9J0kLmNoPqRsT'), 0.99],
      [checksummed('gho_', 'Q9w8E7r6T5y4U3i2O1pAsDfGhJkLzX'), 0.99],
    ] as const) {
      const [f] = scanner.scan(`token ${token} here`);
      expect(f, token).toMatchObject({ category: 'credential', start: 6, end: 46 });
      expect(f!.score, token).toBe(score);
    }
  });
});
