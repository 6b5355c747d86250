import { digitsOf } from './digits';
import { luhnValid } from './luhn';
import { foldedSpellings } from '../normalize';

export type CardNetwork =
  | 'visa'
  | 'mastercard'
  | 'amex'
  | 'discover'
  | 'jcb'
  | 'diners'
  | 'unionpay'
  | 'maestro'
  | 'mir'
  | 'rupay'
  | 'elo'
  | 'troy'
  | 'uzcard'
  | 'humo';

/** [network, first prefix, last prefix (same number of digits), min length, max length]. */
type Range = readonly [CardNetwork, number, number, number, number];

// Issuer identification number ranges as published by the networks (ISO/IEC 7812 IINs).
// Order matters only for the returned label: the first matching range wins.
const RANGES: readonly Range[] = [
  ['amex', 34, 34, 15, 15],
  ['amex', 37, 37, 15, 15],
  // 13-digit Visa is long retired, and 13 digits starting 40–44 are German EAN barcodes.
  ['visa', 4, 4, 16, 19],
  ['mastercard', 51, 55, 16, 16],
  ['mastercard', 2221, 2720, 16, 16],
  ['mir', 2200, 2204, 16, 19],
  ['discover', 6011, 6011, 16, 19],
  ['discover', 644, 649, 16, 19],
  ['discover', 65, 65, 16, 19],
  ['jcb', 3528, 3589, 16, 19],
  ['diners', 300, 305, 14, 19],
  ['diners', 3095, 3095, 14, 19],
  ['diners', 36, 36, 14, 19],
  ['diners', 38, 39, 14, 19],
  ['unionpay', 62, 62, 16, 19],
  ['unionpay', 81, 81, 16, 19],
  // Maestro allows 12–19 but issues 16–19 in practice; shorter runs are mostly EAN/UPC codes.
  ['maestro', 50, 50, 16, 19],
  ['maestro', 56, 58, 16, 19],
  ['maestro', 6304, 6304, 16, 19],
  ['maestro', 6759, 6759, 16, 19],
  ['maestro', 6761, 6763, 16, 19],
  // Maestro UK (formerly Switch): 676770 and 676774.
  ['maestro', 676770, 676770, 16, 19],
  ['maestro', 676774, 676774, 16, 19],
  // RuPay (India, NPCI): 60, 65, 81, 82, 508 and 353/356; 65, 81, 508 and 35x are already
  // covered above under the network they share.
  ['rupay', 60, 60, 16, 16],
  ['rupay', 82, 82, 16, 16],
  // Elo (Brazil): most Elo BINs sit inside Visa/Maestro/Discover/UnionPay ranges; these do not.
  ['elo', 636297, 636297, 16, 16],
  ['elo', 636368, 636369, 16, 16],
  // Troy (Türkiye): 9792.
  ['troy', 9792, 9792, 16, 16],
  // Uzbekistan's domestic schemes: Uzcard 8600, Humo 9860.
  ['uzcard', 8600, 8600, 16, 16],
  ['humo', 9860, 9860, 16, 16],
];

const prefixOf = (digits: string, len: number): number => {
  let v = 0;
  for (let i = 0; i < len; i++) v = v * 10 + (digits.charCodeAt(i) - 48);
  return v;
};

/** Card network of a digit string by IIN range and length, or undefined. Does not check Luhn. */
export const cardNetwork = (digits: string): CardNetwork | undefined => {
  for (const [network, lo, hi, min, max] of RANGES) {
    if (digits.length < min || digits.length > max) continue;
    const p = prefixOf(digits, String(lo).length);
    if (p >= lo && p <= hi) return network;
  }
  return undefined;
};

/**
 * Well-known test PANs published by the networks and payment providers. They are valid cards
 * format-wise and stay detected (see the payment-card rule); exported for documentation/tests.
 */
export const TEST_PANS: readonly string[] = [
  '4111111111111111',
  '4242424242424242',
  '4012888888881881',
  '4000056655665556',
  '5555555555554444',
  '5105105105105100',
  '2223003122003222',
  '378282246310005',
  '371449635398431',
  '6011111111111117',
  '6011000990139424',
  '3530111333300000',
  '3566002020360505',
  '30569309025904',
  '38520000023237',
  '6200000000000005',
];

/** A payment card number: 12–19 digits, a known issuer range with a valid length, Luhn. */
export const isPaymentCard = (value: string): boolean => {
  const digits = digitsOf(value);
  if (digits.length < 12 || digits.length > 19) return false;
  if (cardNetwork(digits) === undefined) return false;
  return luhnValid(digits);
};

/**
 * A retired 13-digit Visa PAN ("4…", 13 digits, Luhn): only when a card label stands right before
 * it ("pan=", "card no.", "Visa"), since 13 digits starting 40–44 are also German EAN barcodes.
 */
export const isLabelledVisa13 = (value: string, labelBefore: string): boolean =>
  value.length === 13 && value[0] === '4' && /^\d{13}$/.test(value) && luhnValid(value) && PAN_LABEL.test(labelBefore);
const PAN_LABEL = /(?:^|[^A-Za-z])(?:pan|card|visa|card[ _-]?(?:no|num|number)|cc|cc[ _-]?num|kartennummer|num[ée]ro de carte|n[uú]mero de tarjeta)\W{0,3}$/i;

/**
 * A 16-digit number with a valid Luhn digit right after a card word ("cartão Elo 6362 4548 5077
 * 1948", "card no. …", "Karte: …"): a card, whatever its IIN. Networks keep adding ranges (Elo,
 * RuPay and the Mastercard 2-series were each unknown to someone once), and the label plus the
 * check digit say enough; unlabelled, an unknown range stays a number.
 */
/**
 * "APPROVED pan=675903184620978": a POS log's PAN field, or a card word, right before 12–15 digits in
 * a Maestro range with a valid Luhn digit. Maestro allows 12–19 digits; unlabelled, the short ones are
 * left to the EAN/UPC codes they mostly are (the issuer table wants 16–19).
 */
const PAN_FIELD_BEFORE = /(?:^|[^\p{L}\p{N}_])pan[ \t]*[:=][ \t]*$/iu;
const MAESTRO_SHORT = /^(?:5[06-8]|6304|6759|676[1-3]|67677[04])/;
export const isLabelledShortMaestro = (value: string, labelBefore: string): boolean => {
  const digits = digitsOf(value);
  return digits.length >= 12 && digits.length <= 15 && MAESTRO_SHORT.test(digits) && luhnValid(digits) && (PAN_FIELD_BEFORE.test(labelBefore) || CARD_WORD_BEFORE.test(labelBefore));
};
/**
 * "NIK 5103041708680003" (Indonesia's 16-digit resident number), "CNIC …", "NRIC …": a national
 * identity label right before the number names it, whatever card range and check digit it happens to
 * fit (one in ten 16-digit ids passes Luhn).
 */
const NATIONAL_ID_BEFORE = /(?:^|[^\p{L}])(?:nik|ktp|e-ktp|nin|nida|cnic|nric|nicn|emirates[ \t]+id|national[ \t]+id(?:[ \t]+(?:no\.?|number))?)[ \t]*[:#.=-]?[ \t]*$/iu;
export const nationalIdLabelled = (labelBefore: string): boolean => NATIONAL_ID_BEFORE.test(labelBefore);
export const isLabelledPan16 = (value: string, labelBefore: string): boolean => luhnPan16(value) && CARD_WORD_BEFORE.test(labelBefore);
/**
 * Groupings no issuer prints, as people type them: "银联卡，卡号是 621483 0172650493814" (the issuer's six
 * digits, then the rest: 16–19 digits, a known issuer range, Luhn), "Visa debit 4218 7365 91029" (a
 * retired 13-digit Visa, 4-4-5 or 4-4-4-1, Luhn). Only right after a card word: unlabelled, such a
 * number is as often an account or a reference.
 */
export const UNUSUAL_GROUPING = /^(?:\d{6}[ -]\d{10,13}|\d{4}([ -])\d{4}\1\d{5}|\d{4}([ -])\d{4}\2\d{4}\2\d)$/;
export const isLabelledUnusualGrouping = (value: string, labelBefore: string): boolean => {
  const digits = digitsOf(value);
  const card = digits.length === 13 ? digits[0] === '4' && luhnValid(digits) : digits.length >= 16 && isPaymentCard(value);
  return UNUSUAL_GROUPING.test(value) && card && CARD_WORD_BEFORE.test(labelBefore);
};
/**
 * "την κάρτα 4539 2718 4063 523 λήξη 03/26": 13–19 digits with a valid Luhn digit between a card
 * word and an expiry date (MM/YY or MM/YYYY, a word between at most): the label on both sides says
 * card, whatever the length (a digit dropped or added while copying is still the card's data).
 */
export const isLabelledPanWithExpiry = (value: string, labelBefore: string, after: string): boolean => {
  const digits = digitsOf(value);
  return digits.length >= 13 && digits.length <= 19 && !/^(\d)\1+$/.test(digits) && luhnValid(digits) && CARD_WORD_BEFORE.test(labelBefore) && EXPIRY_AFTER.test(after);
};
const EXPIRY_AFTER = /^[ \t,;(]*(?:[^\s\d]{1,12}[ \t:.]*)?(?:0[1-9]|1[0-2])\/(?:\d{2}|20\d{2})(?!\d)/;
/** 16 digits (not one repeated) with a valid Luhn digit: what a card label, before it or above it, needs. */
const luhnPan16 = (value: string): boolean => {
  const digits = digitsOf(value);
  return digits.length === 16 && !/^(\d)\1+$/.test(digits) && luhnValid(digits);
};
/**
 * The same in a table's card column (a header cell "card", "pan", "カード番号", "kartennummer"): the
 * header is the label. Not a gift-card, voucher, loyalty or membership column, whose numbers are
 * often Luhn-checked too.
 */
export const inCardColumn = (value: string, columnHeader: ((re: RegExp) => boolean) | undefined): boolean =>
  columnHeader !== undefined && luhnPan16(value) && columnHeader(CARD_HEADER) && !columnHeader(NOT_A_PAYMENT_CARD_HEADER);
const CARD_HEADER = /card|(?:^|[^a-z])pan(?:[^a-z]|$)|karte|kart[ıy]|carte|carta|cart[ãa]o|tarjeta|カード|卡号|卡號|카드/i;
const NOT_A_PAYMENT_CARD_HEADER = /gift|voucher|loyalty|member|reward|bonus|library|id[ _-]?card|gutschein|cadeau|regalo|fidelidad|fidelit/i;
// RU/UK/BG card words (карта, картой, картка, …) and EL κάρτα as normalisation leaves Cyrillic and Greek; a brand may follow
// in quotes ("картой «Мир» 2208 …"); JA カード (番号: number), glued to the brand before it ("JCBカード 3593-…"); ZH 卡号, KO 카드번호. A
// Latin card word starts its word ("scorecard", "keycard" are no card label).
const FOLDED_CARD_WORDS = foldedSpellings(['карта', 'карты', 'карту', 'картой', 'карте', 'картка', 'картки', 'карткою', 'картою', 'κάρτα', 'κάρτας', 'καρτα']).join('|');
// A card's brand names it as well ("cu cardul Maestro 6769 …", "paid with Maestro 6769 …"); RO cardul
// (the card), CS kartou, PL kartą, HU kártya, FI kortti, Nordic kortet in their case forms.
const CARD_BRANDS = 'visa|mastercard|maestro|amex|american express|discover|jcb|diners(?: club)?|unionpay|rupay|elo';
const CARD_WORD_BEFORE = new RegExp(
  `(?:(?:^|[^\\p{L}])(?:card|cardul|cardului|credit card|debit card|kart[ea]?|kartı|karty|kartou|kartą|kártya|kártyával|kortti|kortilla|kortet|carte|carta|cartão|cartao|tarjeta|${FOLDED_CARD_WORDS}|${CARD_BRANDS})|カード(?:番号)?|(?:信用)?卡[号號](?:是|为|為)?|카드[ \\t]?번호)(?:[ \\t]+(?:no\\.?|nr\\.?|number|num[ée]ro|n[uú]mero|de[ \\t]+cr[ée]dito|[«"“]?\\p{Lu}[\\p{L}]{1,11}[»"”]?))?[ \\t]*[:#=]?[ \\t]*$`,
  'iu',
);

