import type { CountryCode } from 'libphonenumber-js/max';
import type { MatchContext } from '../types';
import { contextNear } from './context';
import { internationalValid, parseDigits, phoneType, phoneValid } from './phone-types';

/*
 * Phone numbers are validated with libphonenumber-js and its `max` metadata (~145 kB, vs ~80 kB
 * for `min`). `min` checks only possible lengths, so 8–12 digit order numbers, timestamps and
 * amounts would pass for permissive plans (DE, FR); `max` checks each country's number-range
 * patterns. Precision on digit runs is this detector's whole problem, so the bytes are worth it.
 * The library's parse/isValid steps run in ./phone-types on its metadata, compiled once (tests
 * check they give the library's answer on tens of thousands of numbers).
 *
 * The rule's regex hands over three kinds of candidate:
 *  - international: starts with `+` or `00` → must be valid for the country it names;
 *  - national, written with separators/parentheses → must fit a phone-like grouping AND be valid
 *    in one of a few common countries, with the trunk-prefix discipline those countries use
 *    (GB/DE/FR/… national numbers start with 0; NANP, Indian and Italian mobiles, Spain do not);
 *  - a compact digit run → only next to a phone word (phone, tel, mobile, call…: 40 characters
 *    before or 20 after, whole words), then the same country check applies.
 */

const PHONE_WORD =
  /\b(?:phone|tel|t[eé]l[eé]phone|telefon[a-z]*|tel[eé]fono|mobile?|mob|cell|cellphone|call|whats ?app|fax|sms|text|ph|handy|portable|m[oó]vil|celular|cellulare|ring)\b|手机|手機|电话|電話|携帯|휴대폰|전화/i;

const VERSION_WORD = /\b(?:v|ver|version|build|release|rel|rev|revision|update|patch)\W{0,3}$/i;

/** Numbers that name a parcel, an order or an invoice: "tracking 7741 0293 85", "order no. …", "Rechnung Nr. …". */
const REFERENCE_WORD =
  /\b(?:tracking|tracking (?:no|number|id|code)|shipment|parcel|package|consignment|waybill|awb|order|invoice|reference|ref|sendung(?:snummer)?|paket|colis|suivi|commande|facture|pedido|seguimiento|factura|ordine|spedizione|fattura|zending|bestelling|factuur|encomenda|rastreio|fatura|rechnung|rechnungsnummer|rechnungs-nr|beleg|belegnummer|poziv na broj|sklic|viitenumber)\b(?:\W{0,3}(?:nr|no|num|nummer|number)\b)?\W{0,12}$/i;

/**
 * The group just before the candidate mixes letters and digits ("UPS 1Z 7A9 38F 03 4821 9065"):
 * the candidate is the tail of a longer code, not a phone number on its own.
 */
const afterCodeGroup = (ctx: MatchContext | undefined): boolean => {
  if (!ctx) return false;
  const t = ctx.text;
  let i = ctx.start - 1;
  if (i < 1 || (t[i] !== ' ' && t[i] !== '-')) return false;
  let letters = 0;
  let digits = 0;
  for (i--; i >= 0; i--) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
    else break;
  }
  return letters > 0 && digits > 0;
};

/**
 * Just after the start of an IBAN ("NL12 RABO 9455 4869 68", "DE44 5001 0517 …"): the
 * candidate is the account part of an IBAN (a mistyped one, when the IBAN rule refused it).
 */
const IBAN_HEAD = /(?:^|[^A-Za-z0-9])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){0,2}[ -]$/;
const afterIbanHead = (ctx: MatchContext | undefined): boolean => ctx !== undefined && IBAN_HEAD.test(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start));

/** Countries whose national format starts with a trunk 0 (or, for IT, whose landlines do). */
const ZERO_LEAD: readonly CountryCode[] = ['GB', 'DE', 'FR', 'NL', 'AU', 'IT', 'IN', 'BE', 'AT', 'CH', 'IE'];


// libphonenumber-js's own parse costs ~7 µs and its validity check ~4 µs (it rebuilds a RegExp
// per pattern per call); ./phone-types runs the same steps on compiled metadata, tested equal.
// A text often repeats the same number (signatures, quoted threads): results are remembered.
const memo = new Map<string, boolean>();
const MEMO_MAX = 512;
const remember = (key: string, value: boolean): boolean => {
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(key, value);
  return value;
};

type Parsed = ReturnType<typeof parseDigits>;
const isValid = (p: Parsed): boolean => p !== undefined && phoneValid(p);
const isMobile = (p: Parsed): boolean => p !== undefined && phoneType(p) === 'MOBILE';
/** `parsePhoneNumberFromString(digits, country)?.isValid()`, for a string of digits. */
const validIn = (digits: string, country: CountryCode): boolean => isValid(parseDigits(digits, false, country));

/** Ofcom's drama mobile range 07700 900000–900999: libphonenumber rejects it, it is a UK mobile. */
const ukDrama = (nationalDigits: string): boolean => /^07700900\d{3}$/.test(nationalDigits);

const validInternational = (digits: string): boolean => {
  if (digits.length < 8 || digits.length > 15) return false;
  if (digits.startsWith('44') && ukDrama(`0${digits.slice(2)}`)) return true;
  const key = `+${digits}`;
  return memo.get(key) ?? remember(key, internationalValid(digits));
};

/**
 * National number without the plus: is it a number of one of the default countries? Spanish
 * 9-digit numbers (612 345 678) look like Canadian SINs and Dutch BSNs written 3-3-3, so they
 * need a phone word nearby (`hasWord`).
 */
/** "(11) 97384-1265": a Brazilian mobile as Brazilians write it, distinctive without a phone word. */
const BR_MOBILE = /^\([1-9][1-9]\) ?9\d{4}-\d{4}$/;

const validNational = (value: string, digits: string, groups: readonly number[], hasWord: () => boolean): boolean => {
  if (digits.startsWith('0')) {
    if (ukDrama(digits)) return true;
    return memo.get(digits) ?? remember(digits, ZERO_LEAD.some((c) => validIn(digits, c)));
  }
  // NANP: 10 digits, or 11 with the leading 1 standing alone.
  const nanpShape = digits.length === 10 || (digits.length === 11 && digits[0] === '1' && (groups.length === 0 || groups[0] === 1));
  if (nanpShape && (validIn(digits, 'US') || validIn(digits, 'CA'))) return true;
  if (digits.length === 10 && /^[6-9]/.test(digits) && isMobile(parseDigits(digits, false, 'IN'))) return true;
  if (digits.length === 10 && digits[0] === '3' && isMobile(parseDigits(digits, false, 'IT'))) return true;
  // Brazilian numbers ((11) 98472-3015): area code and 8–9 digits, next to a phone word (telefone).
  // Only in the Brazilian grouping (a 2-digit area code first), so a NANP 555-123-4567 stays NANP.
  const brShape = groups.length === 3 && groups[0] === 2 && (groups[1] === 4 || groups[1] === 5) && groups[2] === 4;
  if (brShape && /^[1-9][1-9]/.test(digits) && (hasWord() || BR_MOBILE.test(value)) && validIn(digits, 'BR')) return true;
  // Chinese mobiles (138 2947 3816): 11 digits from 13–19, next to a phone word (手机, mobile).
  if (digits.length === 11 && /^1[3-9]/.test(digits) && hasWord() && isMobile(parseDigits(digits, false, 'CN'))) return true;
  return digits.length === 9 && /^[6-9]/.test(digits) && hasWord() && validIn(digits, 'ES');
};

/** Day/month/year or year/month/day shapes: 2024-01-15, 15-01-2024, 01 15 2024. */
const looksLikeDate = (g: readonly string[]): boolean => {
  if (g.length !== 3) return false;
  const [a, b, c] = g.map(Number) as [number, number, number];
  if (g[0]!.length === 4) return a >= 1900 && a <= 2099 && b >= 1 && b <= 12 && c >= 1 && c <= 31;
  if (g[2]!.length !== 4 && g[2]!.length !== 2) return false;
  if (g[0]!.length > 2 || g[1]!.length > 2) return false;
  return a >= 1 && a <= 31 && b >= 1 && b <= 31 && (a <= 12 || b <= 12);
};

/**
 * Validates a phone candidate produced by the `pii.phone` regex (see above for the three kinds).
 */
export const isPhoneNumber = (value: string, ctx?: MatchContext): boolean => {
  if (afterCodeGroup(ctx) || afterIbanHead(ctx) || !phoneShaped(value, ctx)) return false;
  // Last, on the few candidates that pass (two regexes over the surroundings).
  return !(contextNear(ctx, REFERENCE_WORD, 30) && !contextNear(ctx, PHONE_WORD, 40, 20));
};

/** The number checks of `isPhoneNumber`. */
const phoneShaped = (value: string, ctx?: MatchContext): boolean => {
  const v = value.trim();
  const international = v[0] === '+' || /^\(\+/.test(v) || /^00[1-9]\d*[ .(-]/.test(v);
  const digits = v.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 17) return false;
  if (international) return validInternational(v[0] === '+' || v[1] === '+' ? digits : digits.slice(2));

  // Compact digit run: an order number or timestamp unless a phone word is next to it.
  if (/^\d+$/.test(v)) {
    if (!contextNear(ctx, PHONE_WORD, 40, 20)) return false;
    if (/^00[1-9]/.test(v)) return validInternational(digits.slice(2));
    return digits.length >= 9 && digits.length <= 12 && validNational(v, digits, [], () => true);
  }

  if (digits.length < 9 || digits.length > 12) return false;
  if ((v.match(/\(/g)?.length ?? 0) > 1 || (v.match(/\)/g)?.length ?? 0) > 1) return false;
  const groupStrings = v.split(/[^\d]+/).filter((s) => s.length > 0);
  const groups = groupStrings.map((s) => s.length);
  if (groups.length < 2) return false;
  // Lists of small numbers (1 000 000, 1 2 3 4 5 6 7 8) are not phone numbers; a lone leading
  // "1" is the NANP trunk prefix.
  if (groups.some((n, i) => n < 2 && !(i === 0 && groupStrings[0] === '1'))) return false;
  if (looksLikeDate(groupStrings)) return false;
  // SSN shape 123-45-6789.
  if (/^\d{3}-\d{2}-\d{4}$/.test(v)) return false;
  if (v.includes('.')) {
    // Dots: only 415.555.2671 (NANP) or 06.12.34.56.78 (FR), never 4 short groups (IPv4), and
    // not right after a version word ("build 263.712.3611").
    const shape = groups.join(',');
    const nanp = (shape === '3,3,4' && /^[2-9]/.test(v)) || (shape === '1,3,3,4' && v[0] === '1');
    const fr = shape === '2,2,2,2,2' && v[0] === '0';
    if (!(nanp || fr) || /[ (-]/.test(v)) return false;
    if (contextNear(ctx, VERSION_WORD, 16)) return false;
  }
  if (digits.startsWith('0') && groups.length === 3 && groups.every((n) => n === 3)) return false;
  return validNational(v, digits, groups, () => contextNear(ctx, PHONE_WORD, 40, 20));
};
