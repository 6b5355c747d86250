/**
 * Checksum algorithms the generator uses to build valid (and deliberately invalid) values.
 * Written apart from src/engine/validators on purpose: the corpus labels must not share code
 * with the engine they measure, or a checksum bug would be invisible to `npm run eval`.
 */

/** Luhn check digit for a digit string (the payload without its check digit). */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  let double = true;
  for (let i = payload.length - 1; i >= 0; i--) {
    let d = payload.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return (10 - (sum % 10)) % 10;
}

export function luhnValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  return luhnCheckDigit(digits.slice(0, -1)) === Number(digits[digits.length - 1]);
}

/** ISO 7064 mod 97-10 remainder of an IBAN-style alphanumeric string (letters → 10..35). */
export function mod97(s: string): number {
  let rem = 0;
  for (const ch of s.toUpperCase()) {
    const code = ch.charCodeAt(0);
    const v = code >= 65 && code <= 90 ? String(code - 55) : ch;
    for (const digit of v) rem = (rem * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return rem;
}

/** IBAN check digits for country + BBAN. */
export function ibanCheckDigits(country: string, bban: string): string {
  const r = mod97(bban + country + '00');
  return String(98 - r).padStart(2, '0');
}

export function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s+/g, '');
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

// Verhoeff tables (Aadhaar check digit).
const VD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
const row = <T>(rows: readonly (readonly T[])[], i: number): readonly T[] => rows[i] as readonly T[];

export function verhoeffCheckDigit(payload: string): number {
  let c = 0;
  const digits = payload.split('').reverse();
  for (let i = 0; i < digits.length; i++) {
    const p = row(VP, (i + 1) % 8)[Number(digits[i])] as number;
    c = row(VD, c)[p] as number;
  }
  return VINV[c] as number;
}

export function verhoeffValid(digits: string): boolean {
  let c = 0;
  const rev = digits.split('').reverse();
  for (let i = 0; i < rev.length; i++) {
    const p = row(VP, i % 8)[Number(rev[i])] as number;
    c = row(VD, c)[p] as number;
  }
  return c === 0;
}

/** NHS number (UK) mod-11 check digit, or -1 when the payload has no valid check digit (10). */
export function nhsCheckDigit(payload9: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(payload9[i]) * (10 - i);
  const c = 11 - (sum % 11);
  if (c === 11) return 0;
  if (c === 10) return -1;
  return c;
}

/** ABA routing number check digit (3-7-1 weights). */
export function abaCheckDigit(payload8: string): number {
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(payload8[i]) * (w[i] as number);
  return (10 - (sum % 10)) % 10;
}

// CRC-32 (IEEE), for GitHub / npm token checksums.
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = (CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function base62(n: number, width: number): string {
  let out = '';
  let v = n;
  while (v > 0) {
    out = B62[v % 62] + out;
    v = Math.floor(v / 62);
  }
  return out.padStart(width, '0');
}

/**
 * A Brazilian CPF with its two mod-11 check digits, formatted "123.456.789-09" (the payload is
 * the first nine digits). Held-out authors had each written their own copy.
 */
export function brCpfFormatted(payload9: string): string {
  const d = payload9.split('').map(Number);
  const check = (len: number): number => {
    let s = 0;
    for (let i = 0; i < len; i++) s += (d[i] as number) * (len + 1 - i);
    const r = (s * 10) % 11;
    return r === 10 ? 0 : r;
  };
  d.push(check(9));
  d.push(check(10));
  const x = d.join('');
  return `${x.slice(0, 3)}.${x.slice(3, 6)}.${x.slice(6, 9)}-${x.slice(9)}`;
}

/** Odd-position values of the Italian codice fiscale's check character (digits and letters). */
const CF_ODD: Record<string, number> = {
  0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};

/** An Italian codice fiscale: the 15-character payload and its check letter. */
export function itCodiceFiscale(payload15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = payload15[i] as string;
    sum += i % 2 === 0 ? (CF_ODD[ch] as number) : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  }
  return payload15 + String.fromCharCode(65 + (sum % 26));
}

/**
 * The national ids whose check digits held-out authors kept writing themselves (every batch of
 * sessions 17 and 18 had its own copies): Spain's DNI / NIE letter, the Dutch BSN's 11-proef digit,
 * France's NIR key and Germany's Steuer-ID digit. Unformatted; a record groups them as its text does.
 */
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
/** A Spanish DNI: eight digits and the letter of their value mod 23. */
export function esDni(n8: string): string {
  return n8 + DNI_LETTERS[Number(n8) % 23];
}
/** A Spanish NIE: X / Y / Z (read as 0 / 1 / 2 for the letter), seven digits and the DNI letter. */
export function esNie(prefix: 'X' | 'Y' | 'Z', n7: string): string {
  return prefix + n7 + DNI_LETTERS[Number(String('XYZ'.indexOf(prefix)) + n7) % 23];
}
/** The Dutch BSN's ninth digit (11-proef: 9·d1 + … + 2·d8 − d9 ≡ 0 mod 11), or −1 when none fits. */
export function nlBsnCheckDigit(p8: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(p8[i]) * (9 - i);
  for (let d = 0; d <= 9; d++) if ((sum - d) % 11 === 0) return d;
  return -1;
}
/** The French NIR's key: 97 minus the 13-digit body mod 97, two digits (Corsica's 2A / 2B not handled). */
export function frNirKey(body13: string): string {
  return String(97n - (BigInt(body13) % 97n)).padStart(2, '0');
}
/** The German Steuer-ID's eleventh digit (ISO 7064 MOD 11,10 over the first ten). */
export function deSteuerIdCheckDigit(p10: string): number {
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (Number(p10[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** An Aadhaar number as people write it, "XXXX XXXX XXXX": eleven digits and the Verhoeff check digit. */
export function inAadhaarSpaced(p11: string): string {
  const d = p11 + String(verhoeffCheckDigit(p11));
  return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`;
}
/** An NHS number as people write it, "XXX XXX XXXX" (throws for a payload no check digit fits). */
export function ukNhsSpaced(p9: string): string {
  const c = nhsCheckDigit(p9);
  if (c < 0) throw new Error(`no NHS check digit for ${p9}`);
  const d = p9 + String(c);
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
}

/** A card number: the payload and its Luhn check digit. */
export function luhnWithCheck(payload: string): string {
  return payload + String(luhnCheckDigit(payload));
}
/** An IBAN, compact: country, check digits, BBAN. */
export function ibanWithCheck(country: string, bban: string): string {
  return country + ibanCheckDigits(country, bban) + bban;
}
/** An ABA routing number: eight digits and the 3-7-1 check digit. */
export function abaWithCheck(payload8: string): string {
  return payload8 + String(abaCheckDigit(payload8));
}
/** Groups of four separated by spaces, as cards and IBANs are printed ("DE89 3704 …"). */
export function spacedFours(s: string): string {
  return s.replace(/(.{4})(?=.)/g, '$1 ');
}
/** Digits cut into groups of the given sizes ("4-6-5" for an Amex), joined by `sep`. */
export function groupedAs(s: string, sizes: readonly number[], sep = ' '): string {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(s.slice(i, i + n));
    i += n;
  }
  return out.join(sep);
}
