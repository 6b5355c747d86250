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
