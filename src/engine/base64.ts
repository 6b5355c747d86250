/** Lenient base64 / base64url decoding to a binary (latin-1) string; null if not base64. */
const MAP = new Int16Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((c, i) => (MAP[c.charCodeAt(0)] = i));
MAP['-'.charCodeAt(0)] = 62;
MAP['_'.charCodeAt(0)] = 63;

export function decodeBase64(input: string, maxChars = 20_000): string | null {
  let s = input.length > maxChars ? input.slice(0, maxChars) : input;
  s = s.replace(/\s+|\\n/g, '');
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 61) end--;
  if (s.length - end > 2) return null;
  let out = '';
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? MAP[c]! : -1;
    if (v < 0) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 0xff);
    }
  }
  return out;
}

/** True if every character is printable ASCII (or tab/newline). */
export function isPrintable(s: string): boolean {
  return /^[\x20-\x7e\t\r\n]*$/.test(s);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of a latin-1 / ASCII string (used to build format-valid samples). */
export function encodeBase64(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i += 3) {
    const a = s.charCodeAt(i) & 0xff;
    const b = i + 1 < s.length ? s.charCodeAt(i + 1) & 0xff : 0;
    const c = i + 2 < s.length ? s.charCodeAt(i + 2) & 0xff : 0;
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < s.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < s.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}
