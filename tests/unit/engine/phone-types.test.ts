import { describe, expect, it } from 'vitest';
import { getCountries, getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { internationalValid, parseDigits, phoneType, phoneValid } from '../../../src/engine/validators/phone-types';

/**
 * ./phone-types re-runs libphonenumber-js's isValid / getType decision with compiled regexes; it
 * must agree with the library on every number. Seeded random digits per country, national and
 * international, plus every example-like shape the detector hands over.
 */
describe('phone validity with compiled metadata equals libphonenumber-js', () => {
  let seed = 12345;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const digits = (n: number) => Array.from({ length: n }, () => String(rand(10))).join('');

  const inputs: { text: string; country?: CountryCode }[] = [];
  for (const country of getCountries()) {
    const cc = getCountryCallingCode(country);
    for (let i = 0; i < 25; i++) {
      const len = 6 + rand(8);
      inputs.push({ text: digits(len), country });
      inputs.push({ text: `0${digits(len)}`, country });
      inputs.push({ text: `+${cc}${digits(len)}` });
    }
  }
  // Numbers the detector sees in practice: valid ones of each common kind.
  for (const text of ['+14155552671', '+442079460958', '+33612345678', '+4915123456789', '+919876543210', '+61412345678', '+390612345678', '+34612345678', '+8613812345678', '+817012345678', '+5511987654321', '+27821234567']) inputs.push({ text });
  for (const [text, country] of [['02079460958', 'GB'], ['0612345678', 'FR'], ['015123456789', 'DE'], ['4155552671', 'US'], ['9876543210', 'IN'], ['3123456789', 'IT'], ['612345678', 'ES'], ['0412345678', 'AU']] as const) inputs.push({ text, country });

  it(`agrees on isValid() and getType() for ${inputs.length} numbers`, () => {
    let parsed = 0;
    let valid = 0;
    for (const { text, country } of inputs) {
      const p = parsePhoneNumberFromString(text, country);
      if (p === undefined) continue;
      parsed++;
      if (p.isValid()) valid++;
      expect(phoneValid(p), `${text} ${country ?? ''}`).toBe(p.isValid());
      expect(phoneType(p), `${text} ${country ?? ''}`).toBe(p.getType());
    }
    // The sample must exercise both outcomes in quantity.
    expect(parsed).toBeGreaterThan(10_000);
    expect(valid).toBeGreaterThan(500);
    expect(parsed - valid).toBeGreaterThan(500);
  });
});

describe('international validity without the parse equals libphonenumber-js', () => {
  let seed = 777;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const digits = (n: number) => Array.from({ length: n }, () => String(rand(10))).join('');
  const codes = [...new Set(getCountries().map((c) => getCountryCallingCode(c))), '800', '808', '870', '878', '881', '882', '883', '888', '979'];

  it('agrees on "+" + digits for every calling code, random national parts and trunk prefixes', () => {
    let valid = 0;
    let total = 0;
    const check = (d: string) => {
      const expected = parsePhoneNumberFromString(`+${d}`)?.isValid() === true;
      expect(internationalValid(d), d).toBe(expected);
      total++;
      if (expected) valid++;
    };
    for (const cc of codes) {
      for (let i = 0; i < 60; i++) {
        const len = 4 + rand(11);
        check(cc + digits(len));
        check(`${cc}0${digits(len)}`); // "+44 0 20…": a trunk prefix after the code
        check(`${cc}1${digits(len)}`);
      }
    }
    for (let i = 0; i < 3000; i++) check(String(1 + rand(9)) + digits(6 + rand(10)));
    for (const d of ['14155552671', '442079460958', '4402079460958', '33612345678', '4915123456789', '919876543210', '61412345678', '390612345678', '34612345678', '8613812345678', '817012345678', '5511987654321', '27821234567', '5491123456789', '525512345678', '0123', '', '7']) check(d);
    expect(total).toBeGreaterThan(40_000);
    expect(valid).toBeGreaterThan(1_000);
  });
});

describe('parsing digits without the library equals libphonenumber-js', () => {
  let seed = 4242;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const digits = (n: number) => Array.from({ length: n }, () => String(rand(10))).join('');
  // The detector's default countries first, then every other country.
  const countries: CountryCode[] = ['GB', 'DE', 'FR', 'NL', 'AU', 'IT', 'IN', 'BE', 'AT', 'CH', 'IE', 'US', 'CA', 'ES', ...getCountries()];

  it('national numbers with a default country: same country, national number, validity and type', () => {
    let total = 0;
    let valid = 0;
    for (const [i, country] of countries.entries()) {
      const cc = getCountryCallingCode(country);
      const rounds = i < 14 ? 150 : 12;
      for (let r = 0; r < rounds; r++) {
        const len = 5 + rand(9);
        for (const d of [digits(len), `0${digits(len)}`, `00${cc}${digits(len)}`, `011${cc}${digits(len)}`, `${cc}${digits(len)}`, `${cc}0${digits(len)}`, `000${digits(len)}`]) {
          const lib = parsePhoneNumberFromString(d, country);
          const ours = parseDigits(d, false, country);
          total++;
          if (lib === undefined) {
            expect(ours, `${d} ${country}`).toBeUndefined();
            continue;
          }
          expect(ours, `${d} ${country}`).toEqual({ country: lib.country, countryCallingCode: lib.countryCallingCode, nationalNumber: lib.nationalNumber });
          expect(phoneValid(ours!), `${d} ${country}`).toBe(lib.isValid());
          expect(phoneType(ours!), `${d} ${country}`).toBe(lib.getType());
          if (lib.isValid()) valid++;
        }
      }
    }
    expect(total).toBeGreaterThan(20_000);
    expect(valid).toBeGreaterThan(1_000);
  });
});
