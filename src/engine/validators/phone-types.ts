/*
 * `PhoneNumber.isValid()` / `getType()` of libphonenumber-js, with the metadata's regexes compiled
 * once per numbering plan.
 *
 * The library builds `new RegExp('^(?:' + pattern + ')$')` for every pattern it tests, on every
 * call (helpers/matchesEntirely.js), so a validity check costs ~4.5 µs, about a third of the
 * whole cost of a phone candidate. This module runs the same decision (isValid.js →
 * helpers/getNumberType.js, libphonenumber-js 1.13) on the number the library parsed, reading
 * patterns and possible lengths through the library's own `Metadata` API, and caches the compiled
 * plan. tests/unit/engine/phone-types.test.ts checks it against the library on thousands of
 * numbers.
 */
import { Metadata, type CountryCode, type NumberType, type PhoneNumber } from 'libphonenumber-js/core';
// The same module the `libphonenumber-js/max` entry point parses with (bundled once).
import metadataJson from 'libphonenumber-js/metadata.max.json';

/** Types tried after FIXED_LINE, in the library's order. */
const NON_FIXED_LINE: readonly NonNullable<NumberType>[] = ['MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

interface TypeTest {
  readonly re: RegExp;
  /** Allowed national-number lengths, or null when the metadata gives none. */
  readonly lengths: readonly number[] | null;
}

/** One numbering plan (a country, or a calling code's main country), compiled once. */
interface Plan {
  readonly callingCode: string;
  /** The IDD prefix, anchored (the library tests `number.search(IDDPrefix) === 0`). */
  readonly idd: RegExp | null;
  readonly prefixForParsing: RegExp | null;
  readonly transformRule: string | undefined;
  readonly possibleLengths: readonly number[] | undefined;
  readonly leadingDigits: RegExp | null;
  readonly general: RegExp;
  readonly hasTypes: boolean;
  /** Per type: null when the type is absent or its pattern is empty (never equal). */
  readonly types: ReadonlyMap<string, TypeTest | null>;
  /** MOBILE is defined with an empty pattern, or not defined at all. */
  readonly mobileMissingOrEmpty: boolean;
}

const entire = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`);

/** Every region the metadata describes (for `parseDigits`' default country). */
export const ALL_COUNTRIES = Object.keys((metadataJson as { countries: Record<string, unknown> }).countries) as CountryCode[];

let meta: Metadata | null = null;
const plans = new Map<string, Plan>();

function planFor(key: string): Plan {
  const hit = plans.get(key);
  if (hit !== undefined) return hit;
  meta ??= new Metadata(metadataJson);
  const m = meta as unknown as {
    selectNumberingPlan(k: string): void;
    hasTypes(): boolean;
    numberingPlan: {
      callingCode(): string;
      IDDPrefix(): string | undefined;
      nationalPrefixForParsing(): string | undefined;
      nationalPrefixTransformRule(): string | undefined;
      possibleLengths(): number[] | undefined;
      leadingDigits(): string | undefined;
      nationalNumberPattern(): string;
      type(t: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
    };
  };
  m.selectNumberingPlan(key);
  const np = m.numberingPlan;
  const npfp = np.nationalPrefixForParsing();
  const ld = np.leadingDigits();
  const idd = np.IDDPrefix();
  const types = new Map<string, TypeTest | null>();
  for (const t of ['FIXED_LINE', ...NON_FIXED_LINE]) {
    const def = np.type(t);
    const pattern = def?.pattern();
    types.set(t, def && pattern ? { re: entire(pattern), lengths: def.possibleLengths() ?? null } : null);
  }
  const mobile = np.type('MOBILE');
  const plan: Plan = {
    callingCode: np.callingCode(),
    idd: idd ? new RegExp(`^(?:${idd})`) : null,
    prefixForParsing: npfp ? new RegExp(`^(?:${npfp})`) : null,
    transformRule: np.nationalPrefixTransformRule() || undefined,
    possibleLengths: np.possibleLengths(),
    // `nationalNumber.search(leadingDigits) === 0` in the library: a match at position 0.
    leadingDigits: ld ? new RegExp(`^(?:${ld})`) : null,
    general: entire(np.nationalNumberPattern()),
    hasTypes: m.hasTypes(),
    types,
    mobileMissingOrEmpty: !mobile || mobile.pattern() === '',
  };
  plans.set(key, plan);
  return plan;
}

function typeEqual(plan: Plan, n: string, type: string): boolean {
  const t = plan.types.get(type);
  if (!t) return false;
  if (t.lengths !== null && !t.lengths.includes(n.length)) return false;
  return t.re.test(n);
}

type Parsed = Pick<PhoneNumber, 'country' | 'countryCallingCode' | 'nationalNumber'>;

/** Same as `phoneNumber.getType()`. */
export function phoneType(p: Parsed): NumberType {
  const plan = planFor(p.country || p.countryCallingCode);
  const n = p.nationalNumber || '';
  if (!plan.general.test(n)) return undefined;
  if (typeEqual(plan, n, 'FIXED_LINE')) {
    if (plan.mobileMissingOrEmpty) return 'FIXED_LINE_OR_MOBILE';
    return typeEqual(plan, n, 'MOBILE') ? 'FIXED_LINE_OR_MOBILE' : 'FIXED_LINE';
  }
  for (const t of NON_FIXED_LINE) if (typeEqual(plan, n, t)) return t;
  return undefined;
}

/** Same as `phoneNumber.isValid()`. */
export function phoneValid(p: Parsed): boolean {
  const plan = planFor(p.country || p.countryCallingCode);
  if (plan.hasTypes) return phoneType(p) !== undefined;
  return plan.general.test(p.nationalNumber || '');
}

interface CallingCodes {
  hasCallingCode(cc: string): boolean | undefined;
  getCountryCodesForCallingCode(cc: string): string[] | undefined;
}
const codes = (): CallingCodes => (meta ??= new Metadata(metadataJson)) as unknown as CallingCodes;

type Fields = Pick<PhoneNumber, 'country' | 'countryCallingCode' | 'nationalNumber'>;
const fields = (country: string | undefined, cc: string, national: string): Fields => ({
  country: country as PhoneNumber['country'],
  countryCallingCode: cc as PhoneNumber['countryCallingCode'],
  nationalNumber: national as PhoneNumber['nationalNumber'],
});

/** helpers/getCountryByCallingCode.js + getCountryByNationalNumber.js */
function countryByCallingCode(cc: string, national: string): string | undefined {
  const countries = codes().getCountryCodesForCallingCode(cc);
  if (!countries) return undefined;
  if (countries.length === 1) return countries[0];
  for (const country of countries) {
    const plan = planFor(country);
    if (plan.leadingDigits !== null) {
      if (national && plan.leadingDigits.test(national)) return country;
    } else if (phoneType(fields(country, cc, national))) {
      return country;
    }
  }
  return undefined;
}

/** helpers/checkNumberLength.js without a type. */
function lengthStatus(national: string, lengths: readonly number[] | undefined): 'possible' | 'short' | 'long' | 'invalid' {
  if (!lengths) return 'possible';
  const n = national.length;
  if (lengths[0] === n) return 'possible';
  if (lengths[0]! > n) return 'short';
  if (lengths[lengths.length - 1]! < n) return 'long';
  return lengths.indexOf(n, 1) >= 0 ? 'possible' : 'invalid';
}

/**
 * helpers/extractNationalNumber.js (with …FromPossiblyIncompleteNumber.js) under the numbering
 * plan `planKey` (a country, or a calling code for its main country).
 */
function extractNational(number: string, planKey: string): string {
  if (number === '') return number;
  const plan = planFor(planKey);
  if (plan.prefixForParsing === null) return number;
  const m = plan.prefixForParsing.exec(number);
  if (m === null) return number;
  const groups = m.length - 1;
  const hasGroups = groups > 0 && Boolean(m[groups]);
  const after = plan.transformRule && hasGroups ? number.replace(plan.prefixForParsing, plan.transformRule) : number.slice(m[0].length);
  if (after === number) return number;
  if (plan.general.test(number) && !plan.general.test(after)) return number;
  if (plan.possibleLengths) {
    const country = countryByCallingCode(plan.callingCode, after);
    const status = lengthStatus(after, country ? planFor(country).possibleLengths : plan.possibleLengths);
    if (status === 'short' || status === 'invalid') return number;
  }
  return after;
}

/** The end of parse.js `parsePhoneNumber` + the NSN length checks of `parse`. */
function finish(cc: string, national: string, defaultCountry: string | undefined): Fields | undefined {
  const country = countryByCallingCode(cc, national) ?? defaultCountry;
  if (national.length < 2 || national.length > 17) return undefined;
  return fields(country, cc, national);
}

/** After a "+" (or an IDD prefix): calling code, then the national number under its main plan. */
function fromCallingCode(digits: string): Fields | undefined {
  if (digits.length === 0 || digits[0] === '0') return undefined;
  let cc: string | undefined;
  for (let i = 1; i <= 3 && i <= digits.length; i++) {
    if (codes().hasCallingCode(digits.slice(0, i))) {
      cc = digits.slice(0, i);
      break;
    }
  }
  if (cc === undefined) return undefined;
  return finish(cc, extractNational(digits.slice(cc.length), cc), undefined);
}

/**
 * What `parsePhoneNumberFromString(input, defaultCountry)` finds for a string of ASCII digits
 * (`international`: the string had a leading "+"), without the library's per-call regex
 * building: the same steps (IDD prefix, calling code with or without "+", national prefix for
 * parsing and its transform rule, country by leading digits or type, length checks) on cached,
 * compiled metadata. undefined where the library returns undefined.
 */
export function parseDigits(digits: string, international: boolean, defaultCountry?: CountryCode): Fields | undefined {
  if (international) return fromCallingCode(digits);
  if (defaultCountry === undefined) return undefined;
  const home = planFor(defaultCountry);
  // helpers/stripIddPrefix.js: "00 44 …" from a country whose IDD prefix is 00.
  const idd = home.idd?.exec(digits);
  if (idd && digits.length > idd[0].length && digits[idd[0].length] !== '0') return fromCallingCode(digits.slice(idd[0].length));
  // helpers/extractCountryCallingCodeFromInternationalNumberWithoutPlusSign.js: "44 20 …" from GB.
  const cc = home.callingCode;
  if (digits.startsWith(cc)) {
    const shorter = digits.slice(cc.length);
    const nationalShort = extractNational(shorter, defaultCountry);
    const nationalLong = extractNational(digits, defaultCountry);
    if ((!home.general.test(nationalLong) && home.general.test(nationalShort)) || lengthStatus(nationalLong, home.possibleLengths) === 'long') {
      if (shorter === '') return undefined;
      return finish(cc, extractNational(shorter, cc), undefined);
    }
  }
  return finish(cc, extractNational(digits, defaultCountry), defaultCountry);
}

/** Same as `parsePhoneNumberFromString('+' + digits)?.isValid() === true`. */
export function internationalValid(digits: string): boolean {
  const p = parseDigits(digits, true);
  return p !== undefined && phoneValid(p);
}
