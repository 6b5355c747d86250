/*
 * The checksum in GitHub's token format (and npm's, which adopted it): a 40-character token is a
 * 4-character prefix (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`, `npm_`), 30 random base62
 * characters, and 6 characters holding the CRC-32 (IEEE 802.3 polynomial, as in zlib) of those
 * 30, written in base62 (0-9A-Za-z) and left-padded with "0".
 * https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/ announces the
 * 32-bit checksum; its encoding is the one verified on issued tokens.
 */

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 of an ASCII string (IEEE polynomial, reflected, as zlib's crc32). */
export function crc32(s: string): number {
  let c = -1;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Value of a base62 string, or -1 if it has another character. */
function base62Value(s: string): number {
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const d = B62.indexOf(s[i]!);
    if (d < 0) return -1;
    v = v * 62 + d;
  }
  return v;
}

/** The 6-character checksum for a 30-character random part (used to build sample tokens). */
export function tokenChecksum(random: string): string {
  let v = crc32(random);
  let out = '';
  while (v > 0) {
    out = B62[v % 62] + out;
    v = Math.floor(v / 62);
  }
  return out.padStart(CHECK, '0');
}

const PREFIX = 4;
const ENTROPY = 30;
const CHECK = 6;

/**
 * For a 40-character checksummed token: true if its last 6 characters are the CRC-32 of the 30
 * before them, false if not; undefined for any other length (longer formats carry no such check).
 */
export function tokenChecksumOk(token: string): boolean | undefined {
  if (token.length !== PREFIX + ENTROPY + CHECK) return undefined;
  return base62Value(token.slice(PREFIX + ENTROPY)) === crc32(token.slice(PREFIX, PREFIX + ENTROPY));
}
