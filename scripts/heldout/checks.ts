/**
 * Independent validity checks for labelled values in the held-out corpus.
 *
 * Like scripts/corpus/checksums.ts (reused here), these are written apart from
 * src/engine/validators on purpose: a label must not be valid "because the engine says so".
 * Phone numbers are checked with libphonenumber-js itself (max metadata).
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { abaCheckDigit, base62, crc32, ibanValid, luhnValid, nhsCheckDigit, verhoeffValid } from '../corpus/checksums';

const digitsOf = (s: string): string => s.replace(/[\s.-]/g, '');

export function ssnValid(s: string): boolean {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s);
  if (!m) return false;
  const [, a, g, n] = m as unknown as [string, string, string, string];
  return a !== '000' && a !== '666' && a[0] !== '9' && g !== '00' && n !== '0000';
}

const NINO_BAD_FIRST = new Set(['D', 'F', 'I', 'Q', 'U', 'V']);
const NINO_BAD_SECOND = new Set(['D', 'F', 'I', 'O', 'Q', 'U', 'V']);
const NINO_BAD_PAIRS = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
export function ninoValid(s: string): boolean {
  const c = s.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{6}[A-D]$/.test(c)) return false;
  return !NINO_BAD_FIRST.has(c[0] as string) && !NINO_BAD_SECOND.has(c[1] as string) && !NINO_BAD_PAIRS.has(c.slice(0, 2));
}

export function nhsValid(s: string): boolean {
  const d = digitsOf(s);
  return /^\d{10}$/.test(d) && nhsCheckDigit(d.slice(0, 9)) === Number(d[9]);
}

export function abaValid(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const p = Number(s.slice(0, 2));
  const prefixOk = (p >= 0 && p <= 12) || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80;
  return prefixOk && abaCheckDigit(s.slice(0, 8)) === Number(s[8]);
}

export function aadhaarValid(s: string): boolean {
  const d = digitsOf(s);
  return /^[2-9]\d{11}$/.test(d) && verhoeffValid(d);
}

export function cpfValid(s: string): boolean {
  const d = digitsOf(s);
  if (!/^\d{11}$/.test(d) || /^(\d)\1+$/.test(d)) return false;
  const check = (n: number): number => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += Number(d[i]) * (n + 1 - i);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  return check(9) === Number(d[9]) && check(10) === Number(d[10]);
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function dniValid(s: string): boolean {
  const m = /^(\d{8})-?([A-Z])$/.exec(s.toUpperCase());
  return !!m && DNI_LETTERS[Number(m[1]) % 23] === m[2];
}
export function nieValid(s: string): boolean {
  const m = /^([XYZ])-?(\d{7})-?([A-Z])$/.exec(s.toUpperCase());
  return !!m && DNI_LETTERS[Number('XYZ'.indexOf(m[1] as string) + (m[2] as string)) % 23] === m[3];
}

export function bsnValid(s: string): boolean {
  const d = digitsOf(s);
  if (!/^\d{9}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
  sum -= Number(d[8]);
  return sum % 11 === 0;
}

export function sinValid(s: string): boolean {
  const d = digitsOf(s);
  return /^[1-79]\d{8}$/.test(d) && luhnValid(d);
}

/**
 * German Steuer-ID: 11 digits, no leading 0, one digit repeated 2–3 times in the first 10 (three
 * times never in a row, § 139b AO as the BZSt describes it), ISO 7064 MOD 11,10.
 */
export function steuerIdValid(s: string): boolean {
  const d = digitsOf(s);
  if (!/^[1-9]\d{10}$/.test(d)) return false;
  const counts = new Map<string, number>();
  for (const ch of d.slice(0, 10)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const repeated = [...counts.entries()].filter(([, n]) => n > 1);
  if (repeated.length !== 1 || repeated[0]![1] > 3) return false;
  if (repeated[0]![1] === 3 && d.slice(0, 10).includes(repeated[0]![0].repeat(3))) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (Number(d[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return check === Number(d[10]);
}

/** French NIR: 13 characters (Corsica 2A→19, 2B→18 for the key) + key 97 − (n mod 97). */
export function nirValid(s: string): boolean {
  const c = s.replace(/\s/g, '').toUpperCase();
  const m = /^([12])(\d{2})(0[1-9]|1[0-2]|[2-9]\d)(\d{2}|2A|2B)(\d{3})(\d{3})(\d{2})$/.exec(c);
  if (!m) return false;
  const body = c.slice(0, 13);
  const num = BigInt(body.replace('2A', '19').replace('2B', '18'));
  return Number(97n - (num % 97n)) === Number(m[7]);
}

const CF_ODD: Record<string, number> = {
  0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};
/** Italian codice fiscale check character (odd/even tables). */
export function codiceFiscaleValid(s: string): boolean {
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = s[i] as string;
    if (i % 2 === 0) sum += CF_ODD[ch] as number;
    else sum += /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  }
  return String.fromCharCode(65 + (sum % 26)) === s[15];
}

/** ISO 13616 lengths of the countries the held-out set uses. */
const IBAN_LENGTH: Record<string, number> = {
  AE: 23, AT: 20, BE: 16, BG: 22, CH: 21, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FR: 27, GB: 22, GR: 27, HR: 21, HU: 28, IE: 22, IT: 27,
  LT: 20, LU: 20, LV: 21, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, TR: 26,
  // batch 6
  CY: 28, IL: 23, IS: 26, LI: 21, MC: 27, MT: 31, QA: 29, SA: 24,
  // batch 7
  AD: 24, AL: 28, AZ: 28, BA: 20, BH: 22, BR: 29, EG: 29, FO: 18, GE: 22, GL: 18, JO: 30, KW: 30, KZ: 20, MD: 24, ME: 22, MK: 19,
  PK: 24, RS: 22, SM: 27, UA: 29, XK: 20,
  // batch 8
  BY: 28, CR: 22, DO: 28, GT: 28, IQ: 23, LB: 28, MR: 27, MU: 30, PS: 29, SC: 31, TL: 23, TN: 24, VA: 22,
};
export function ibanFullyValid(s: string): boolean {
  const c = s.replace(/\s+/g, '').toUpperCase();
  return IBAN_LENGTH[c.slice(0, 2)] === c.length && /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c) && ibanValid(c);
}

export function phoneValid(s: string, region?: CountryCode): boolean {
  const p = parsePhoneNumberFromString(s, region);
  return !!p && p.isValid();
}

/** GitHub-style checksummed token (ghp_/gho_/…/npm_): last 6 = base62 CRC-32 of the 30 before. */
export function ghChecksumValid(token: string): boolean {
  const body = token.slice(token.indexOf('_') + 1);
  return body.length === 36 && base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}

export { ibanValid, luhnValid };

/** Validity check per rule id; rules without an entry have no checksum to honour. */
export const CHECKS: Partial<Record<string, (value: string, region?: CountryCode) => boolean>> = {
  'financial.payment_card': (v) => luhnValid(v.replace(/[ -]/g, '')),
  'financial.iban': ibanFullyValid,
  'financial.aba_routing': abaValid,
  'pii.us_ssn': ssnValid,
  'pii.uk_nino': ninoValid,
  'pii.uk_nhs_number': nhsValid,
  'pii.in_aadhaar': aadhaarValid,
  'pii.br_cpf': cpfValid,
  'pii.es_dni': dniValid,
  'pii.es_nie': nieValid,
  'pii.nl_bsn': bsnValid,
  'pii.ca_sin': sinValid,
  'pii.de_steuer_id': steuerIdValid,
  'pii.fr_nir': nirValid,
  'pii.it_codice_fiscale': codiceFiscaleValid,
  'pii.phone': phoneValid,
  'credential.github_pat': ghChecksumValid,
  'credential.github_oauth_token': ghChecksumValid,
  'credential.github_user_to_server_token': ghChecksumValid,
  'credential.github_server_to_server_token': ghChecksumValid,
  'credential.github_refresh_token': ghChecksumValid,
  'credential.npm_token': ghChecksumValid,
  // AWS key ids are a 4-letter prefix and 16 base32 characters (A–Z, 2–7): a body with 0, 1, 8
  // or 9 cannot be an issued key.
  'credential.aws_access_key_id': (v) => /^(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA|ASCA)[A-Z2-7]{16}$/.test(v),
};
