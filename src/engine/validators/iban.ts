/**
 * IBAN length per country, from the SWIFT IBAN registry (ISO 13616), including the countries
 * added up to 2024. A candidate from any other country code is not an IBAN.
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29,
  BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29,
  ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28,
  HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20,
  LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19,
  MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29,
  PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24,
  SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
  YE: 30,
};

/** Value 0..35 of an IBAN character (0-9, A-Z case-insensitive), or -1. */
const charValue = (c: number): number => {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  if (c >= 97 && c <= 122) return c - 87;
  return -1;
};

/**
 * ISO 7064 MOD 97-10 over an IBAN written compactly: the first four characters move to the end,
 * letters count as 10..35, and the remainder must be 1. Computed digit by digit, no big numbers.
 */
export const ibanMod97 = (compact: string): number => {
  let r = 0;
  const n = compact.length;
  for (let k = 0; k < n; k++) {
    const v = charValue(compact.charCodeAt((k + 4) % n));
    if (v < 0) return -1;
    r = v < 10 ? (r * 10 + v) % 97 : (r * 100 + v) % 97;
  }
  return r;
};

/** Two check digits that make `country + ?? + bban` a valid IBAN (for building test data). */
export const ibanCheckDigits = (country: string, bban: string): string => {
  const r = ibanMod97(`${country}00${bban}`);
  return String(98 - r).padStart(2, '0');
};

/** An IBAN: known country, the registry length for it, numeric check digits, mod-97 = 1. */
export const isIban = (value: string): boolean => {
  const compact = value.replace(/ /g, '').toUpperCase();
  const len = IBAN_LENGTHS[compact.slice(0, 2)];
  if (len === undefined || compact.length !== len) return false;
  const c2 = compact.charCodeAt(2);
  const c3 = compact.charCodeAt(3);
  if (c2 < 48 || c2 > 57 || c3 < 48 || c3 > 57) return false;
  return ibanMod97(compact) === 1;
};
