/**
 * Token assembly for the held-out corpus.
 *
 * Convention (as in scripts/corpus): no literal in the repository's source looks like an issued
 * token. A token is written as prefix + body in separate literals (`tok('xoxb-', '…')`), checksums
 * are computed (`gh('ghp', body30)`), and long random bodies come from a seeded filler
 * (`fill('seed', B62, 40)`) rather than being pasted. The generated jsonl, like tests/corpus/*.jsonl,
 * does contain the assembled fake values.
 */
import { base62, crc32 } from '../corpus/checksums';
import { Rng } from '../corpus/prng';
import { ALNUM, B64, B64URL, BASE32, DIGITS, HEX, LOWER, UPPER } from '../corpus/values';

// The generated corpus's alphabets, under the names the records use.
export { B64, B64URL, DIGITS, HEX, LOWER, UPPER };
export const B62 = ALNUM;
export const B32 = BASE32;
/** Lower-case base32 (age keys, some service ids). */
export const B32LOWER = BASE32.toLowerCase();
/** Bech32's data alphabet (age secret keys). */
export const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';

/** Prefix + body, kept apart in the source. */
export function tok(prefix: string, ...body: string[]): string {
  return prefix + body.join('');
}

/** Deterministic random characters (seeded by a label), always mixing character classes. */
export function fill(seed: string, alphabet: string, n: number): string {
  const rng = new Rng(`heldout:${seed}`);
  for (;;) {
    const s = rng.chars(alphabet, n);
    const classes = [/[A-Z]/, /[a-z]/, /[0-9]/];
    const need = classes.filter((r) => r.test(alphabet)).length;
    if (classes.filter((r) => r.test(s)).length >= Math.min(need, 3) && !/(.)\1\1/.test(s)) return s;
  }
}

/** Checksummed GitHub / npm token: prefix_ + 30 base62 + base62(CRC-32(body), 6). */
export function gh(prefix: 'ghp' | 'gho' | 'ghu' | 'ghs' | 'ghr' | 'npm', body30: string): string {
  if (body30.length !== 30 || !/^[A-Za-z0-9]+$/.test(body30)) throw new Error(`gh body must be 30 base62 chars: ${body30}`);
  return `${prefix}_${body30}${base62(crc32(body30), 6)}`;
}

function b64url(s: string | Buffer): string {
  return Buffer.from(s).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** Signed-looking JWT from a header and payload written by hand; signature from the filler. */
export function jwt(header: object, payload: object, sigSeed: string): string {
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${fill(sigSeed, B64URL, 43)}`;
}

export function b64(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

function bytes(seed: string, n: number): Buffer {
  const rng = new Rng(`heldout-bytes:${seed}`);
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = rng.int(0, 255);
  return b;
}

export function b64Bytes(seed: string, n: number): string {
  return bytes(seed, n).toString('base64');
}

/** PEM block with seeded random key material. */
export function pem(kind: string, seed: string, nBytes: number, eol = '\n', prefixB64 = ''): string {
  let body = bytes(seed, nBytes).toString('base64');
  if (prefixB64) body = prefixB64 + body.slice(prefixB64.length);
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${kind}-----${eol}${lines.join(eol)}${eol}-----END ${kind}-----`;
}
