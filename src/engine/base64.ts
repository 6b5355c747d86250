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

/**
 * A binary (latin-1) string read as UTF-8, or null when the bytes are not well-formed UTF-8
 * (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF). Basic credentials carry
 * UTF-8 when a user name or password has a letter outside ASCII (RFC 7617's charset="UTF-8").
 */
export function utf8FromBinary(bin: string): string | null {
  let out = '';
  for (let i = 0; i < bin.length; ) {
    const b = bin.charCodeAt(i);
    if (b < 0x80) {
      out += bin[i++];
      continue;
    }
    const n = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? (b <= 0xef ? 2 : -1) : b >= 0xc2 ? 1 : -1;
    if (n < 0 || i + n >= bin.length) return null;
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = bin.charCodeAt(i + k);
      if ((c & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    if ((n === 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (n === 3 && (cp < 0x10000 || cp > 0x10ffff))) return null;
    out += String.fromCodePoint(cp);
    i += n + 1;
  }
  return out;
}

/** True if no character is a control character (tab, CR and LF aside): printable text in any script. */
export function isPrintableText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f)) return false;
  }
  return true;
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
