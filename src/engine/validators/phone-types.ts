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
import { Metadata, type NumberType, type PhoneNumber } from 'libphonenumber-js/core';
// The same module the `libphonenumber-js/max` entry point parses with (bundled once).
import metadataJson from 'libphonenumber-js/metadata.max.json';

/** Types tried after FIXED_LINE, in the library's order. */
const NON_FIXED_LINE: readonly NonNullable<NumberType>[] = ['MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

interface TypeTest {
  readonly re: RegExp;
  /** Allowed national-number lengths, or null when the metadata gives none. */
  readonly lengths: readonly number[] | null;
}

interface Plan {
  readonly general: RegExp;
  readonly hasTypes: boolean;
  /** Per type: null when the type is absent or its pattern is empty (never equal). */
  readonly types: ReadonlyMap<string, TypeTest | null>;
  /** MOBILE is defined with an empty pattern, or not defined at all. */
  readonly mobileMissingOrEmpty: boolean;
}

const entire = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`);

let meta: Metadata | null = null;
const plans = new Map<string, Plan>();

function planFor(key: string): Plan {
  const hit = plans.get(key);
  if (hit !== undefined) return hit;
  meta ??= new Metadata(metadataJson);
  const m = meta as Metadata & {
    numberingPlan: {
      nationalNumberPattern(): string;
      type(t: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
    };
    hasTypes(): boolean;
  };
  m.selectNumberingPlan(key as never);
  const np = m.numberingPlan;
  const types = new Map<string, TypeTest | null>();
  for (const t of ['FIXED_LINE', ...NON_FIXED_LINE]) {
    const def = np.type(t);
    const pattern = def?.pattern();
    types.set(t, def && pattern ? { re: entire(pattern), lengths: def.possibleLengths() ?? null } : null);
  }
  const mobile = np.type('MOBILE');
  const plan: Plan = {
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

interface ParsePlan {
  readonly prefixForParsing: RegExp | null;
  readonly transformRule: string | undefined;
  readonly possibleLengths: readonly number[] | undefined;
  readonly leadingDigits: RegExp | null;
  readonly general: RegExp;
}

const parsePlans = new Map<string, ParsePlan>();

function parsePlanFor(key: string): ParsePlan {
  const hit = parsePlans.get(key);
  if (hit !== undefined) return hit;
  meta ??= new Metadata(metadataJson);
  const m = meta as unknown as {
    selectNumberingPlan(k: string): void;
    numberingPlan: {
      nationalPrefixForParsing(): string | undefined;
      nationalPrefixTransformRule(): string | undefined;
      possibleLengths(): number[] | undefined;
      leadingDigits(): string | undefined;
      nationalNumberPattern(): string;
    };
  };
  m.selectNumberingPlan(key);
  const np = m.numberingPlan;
  const npfp = np.nationalPrefixForParsing();
  const ld = np.leadingDigits();
  const plan: ParsePlan = {
    prefixForParsing: npfp ? new RegExp(`^(?:${npfp})`) : null,
    transformRule: np.nationalPrefixTransformRule() || undefined,
    possibleLengths: np.possibleLengths(),
    // `nationalNumber.search(leadingDigits) === 0` in the library: a match at position 0.
    leadingDigits: ld ? new RegExp(`^(?:${ld})`) : null,
    general: entire(np.nationalNumberPattern()),
  };
  parsePlans.set(key, plan);
  return plan;
}

interface CallingCodes {
  hasCallingCode(cc: string): boolean | undefined;
  getCountryCodesForCallingCode(cc: string): string[] | undefined;
}
const codes = (): CallingCodes => (meta ??= new Metadata(metadataJson)) as unknown as CallingCodes;

/** helpers/getCountryByCallingCode.js + getCountryByNationalNumber.js */
function countryByCallingCode(cc: string, national: string): string | undefined {
  const countries = codes().getCountryCodesForCallingCode(cc);
  if (!countries) return undefined;
  if (countries.length === 1) return countries[0];
  for (const country of countries) {
    const plan = parsePlanFor(country);
    if (plan.leadingDigits !== null) {
      if (national && plan.leadingDigits.test(national)) return country;
    } else if (phoneType({ country: country as PhoneNumber['country'], countryCallingCode: cc as PhoneNumber['countryCallingCode'], nationalNumber: national as PhoneNumber['nationalNumber'] })) {
      return country;
    }
  }
  return undefined;
}

/** helpers/checkNumberLength.js for "TOO_SHORT" / "INVALID_LENGTH" (no type). */
function impossibleLength(national: string, lengths: readonly number[] | undefined): boolean {
  if (!lengths) return false;
  const n = national.length;
  if (lengths[0] === n) return false;
  if (lengths[0]! > n) return true;
  if (lengths[lengths.length - 1]! < n) return false; // TOO_LONG counts as possible here
  return lengths.indexOf(n, 1) < 0;
}

/** helpers/extractNationalNumber.js (with …FromPossiblyIncompleteNumber.js), for a calling code's main plan. */
function extractNational(number: string, cc: string): string {
  const main = parsePlanFor(cc);
  if (main.prefixForParsing === null) return number;
  const m = main.prefixForParsing.exec(number);
  if (m === null) return number;
  const groups = m.length - 1;
  const hasGroups = groups > 0 && Boolean(m[groups]);
  const after = main.transformRule && hasGroups ? number.replace(main.prefixForParsing, main.transformRule) : number.slice(m[0].length);
  if (after === number) return number;
  if (main.general.test(number) && !main.general.test(after)) return number;
  if (main.possibleLengths) {
    const country = countryByCallingCode(cc, after);
    const lengths = country ? parsePlanFor(country).possibleLengths : main.possibleLengths;
    if (impossibleLength(after, lengths)) return number;
  }
  return after;
}

/**
 * Same as `parsePhoneNumberFromString('+' + digits)?.isValid() === true` for a string of digits,
 * without the parse: the library's steps for that input (calling code, national prefix, country
 * by leading digits or type) on cached, compiled metadata.
 */
export function internationalValid(digits: string): boolean {
  if (digits.length === 0 || digits[0] === '0') return false;
  let cc: string | undefined;
  for (let i = 1; i <= 3 && i <= digits.length; i++) {
    if (codes().hasCallingCode(digits.slice(0, i))) {
      cc = digits.slice(0, i);
      break;
    }
  }
  if (cc === undefined) return false;
  const rest = digits.slice(cc.length);
  if (rest.length === 0) return false;
  const national = extractNational(rest, cc);
  if (national.length < 2 || national.length > 17) return false;
  const country = countryByCallingCode(cc, national);
  return phoneValid({ country: country as PhoneNumber['country'], countryCallingCode: cc as PhoneNumber['countryCallingCode'], nationalNumber: national as PhoneNumber['nationalNumber'] });
}
