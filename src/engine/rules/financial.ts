import type { DetectedSpan, MatchContext, Rule, ScanMemo } from '../types';
import { isAbaRouting } from '../validators/aba';
import { contextNear } from '../validators/context';
import { isIban } from '../validators/iban';
import { isSwiftBic } from '../validators/bic';
import { UNUSUAL_GROUPING, inCardColumn, isLabelledUnusualGrouping, isLabelledPan16, nationalIdLabelled, isLabelledPanWithExpiry, isLabelledShortMaestro, isLabelledVisa13, isPaymentCard } from '../validators/payment-card';
import { digitRunDetector, letterDigitDetector } from '../numeric';
import { nachaEntryRoutings } from '../nacha';

/*
 * Financial detectors. Sample values are fake but checksum-valid (computed, not real accounts).
 * Regexes are linear: every quantifier is bounded and separators are fixed per alternative, and
 * each starts with a cheap lookbehind so only the first character of a digit/word run is tried.
 */

// The pipeline's context words are substrings; "BANKNOTE" would be its own context.
const BIC_WORD = /\b(?:swift|bic|banks?|banking|wire|iban|beneficiary|correspondent|intermediary)\b/i;
// "aba" is inside "database", "ach" inside "each": the routing rule wants whole words.
/** Words that name a routing number: its keywords and its context (the scanner checks the context, column headers included). */
const ABA_WORDS = ['routing', 'routed', 'aba', 'rtn', 'transit', 'ach', 'bank', 'wire'];

/**
 * A capitalised word next to an upper-case function word ('"VERIFIED BY PIN"', 'THE TRANSFER IS
 * CONFIRMED'): a word of a shouted sentence that happens to have BIC structure, not a code.
 */
const SHOUTED_BEFORE = /(?:^|[^A-Za-z])(?:BY|TO|OF|IN|ON|AT|FOR|AND|OR|THE|IS|ARE|WAS|BE|NOT|WITH|FROM|YOUR|OUR) $/;
// " by " in any case: "SUNRIDGE by SONNFIRST" is a product line and its maker, not a code.
const SHOUTED_AFTER = /^ (?:BY|TO|OF|IN|ON|AT|FOR|AND|OR|THE|IS|ARE|WAS|BE|NOT|WITH|FROM|YOUR|OUR)(?![A-Za-z0-9])|^ by /;
/**
 * Or an upper-case word on both sides ("OUTGOING DOMESTIC WIRE", "NEW SUPPLIER – US", "ENROLLMENT — HARDSHIP
 * PLAN": a dash may come between, on either side): the middle of a heading. A bank name before a code ("BNP PARIBAS BNPAFRPP") has
 * one side only; a label word is not a heading word.
 */
const CAPS_BEFORE = /(?:^|[^A-Za-z0-9])(?!(?:BIC|SWIFT|CODE|BANK) (?:- )?$)[A-Z]{2,} (?:- )?$/;
const CAPS_AFTER = /^ (?:- )?(?!(?:BIC|SWIFT|CODE|BANK)(?![A-Za-z0-9]))[A-Z]{2,}(?![A-Za-z0-9])/;
const inShoutedPhrase = (ctx: MatchContext | undefined): boolean => {
  if (ctx === undefined) return false;
  const before = ctx.text.slice(Math.max(0, ctx.start - 20), ctx.start);
  const after = ctx.text.slice(ctx.end, ctx.end + 20);
  return SHOUTED_BEFORE.test(before) || SHOUTED_AFTER.test(after) || (CAPS_BEFORE.test(before) && CAPS_AFTER.test(after));
};

const CARD_CONTEXT = ['card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'american express', 'discover', 'cvv', 'cvc', 'expiry', 'exp', 'pan', 'payment', 'kreditkarte', 'carte', 'tarjeta'];

// Card and IBAN patterns (each is its rule's `pattern`; `detect` runs it only at candidate starts).
const CARD =
  /\d{4}(?<![\w.]\d{4}|\d[ -]\d{4})(?:([ -])\d{4}\1\d{4}\1\d{4}(?!\d|\1\d{1,4}(?![\w/]))|([ -])\d{4}\2\d{4}\2\d{4}\2\d{3}(?!\d|\2\d)|([ -])\d{6}\3\d{4,5}(?!\d|\3\d{1,4}(?![\w/]))|([ -])\d{4}\4\d{4}\4\d{3}(?!\d|\4\d)|([ -])\d{4}\5\d{4}\5\d{2}(?!\d|\5\d)|\d{2}[ -]\d{10,13}(?![\d-]| \d)|([ -])\d{4}\6\d{5}(?!\d|\6\d)|([ -])\d{4}\7\d{4}\7\d(?!\d|\7\d)|\d{9,15}(?!\d))(?![A-Za-z_]|\.\d)/g;
// Hebrew glues its one-letter prepositions to the next word with a hyphen or maqaf ("העברה ל-IL67 …", transfer to).
/**
 * A payment card: a known issuer range, length and Luhn digit, or a label that says card where the
 * number alone does not (a retired 13-digit Visa, an unknown range's 16 digits, a short Maestro, an
 * expiry after it, a card column), or a grouping no issuer prints right after a card word; never a
 * number a national-identity label names.
 */
function cardValid(v: string, ctx?: MatchContext): boolean {
  if (ctx === undefined) return !UNUSUAL_GROUPING.test(v) && isPaymentCard(v);
  const before = (n: number): string => ctx.text.slice(Math.max(0, ctx.start - n), ctx.start);
  if (nationalIdLabelled(before(24))) return false;
  if (UNUSUAL_GROUPING.test(v)) return isLabelledUnusualGrouping(v, before(32));
  return (
    isPaymentCard(v) ||
    isLabelledVisa13(v, before(24)) ||
    isLabelledPan16(v, before(32)) ||
    isLabelledShortMaestro(v, before(32)) ||
    isLabelledPanWithExpiry(v, before(32), ctx.text.slice(ctx.end, ctx.end + 24)) ||
    inCardColumn(v, ctx.columnHeader)
  );
}

const IBAN =
  /(?:(?<![\w-])|(?<=(?:^|[^\w\u05d0-\u05ea])[\u05d0-\u05ea]{1,2}[-\u05be]))(?:(?:MU\d{2}(?: [A-Z0-9]{4}){6} [A-Z]{2}|SC\d{2}(?: [A-Z0-9]{4}){6} [A-Z]{3}|(?:CH|LI)\d{2}(?: [A-Z0-9]{4}){4} [A-Z]|BR\d{2}(?: [A-Z0-9]{4}){6} [A-Z0-9])(?![\w-])|[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){1,2}(?: (?:(?=[A-Z]{0,3}\d)[A-Z0-9]{4}|[A-Z]{4}(?= [A-Z]{0,3}\d))){0,6}(?: (?=[A-Z]{0,2}\d)[A-Z0-9]{1,3})?)(?![\w-]))/gi;
const ABA = /\d{9}(?<![\w.-]\d{9})(?![\w-]|\.\d)/g;
const abaRuns = digitRunDetector(ABA, 9, [9]);

/** A last group of four upper-case letters, then the end of the line or punctuation. */
const LETTER_TAIL = /^ [A-Z]{4}(?![\w-])/;
/**
 * "RO25 BTRL LDA5 SGFR 2BNX TDDS": the pattern stops before a last group of four letters, which it
 * cannot tell from a following word ("… 7034 FROM"). Where the IBAN it found does not check and
 * that group makes it check, the group belongs to it (mod-97 leaves a 1-in-97 chance of a word
 * passing, and only in upper case).
 */
/**
 * The other way round: "… SE74 8000 0832 7901 7463 5281 inom 10 bankdagar" (the pattern is
 * case-insensitive, so "inom 10", a word and a number, read as two more groups). Where the IBAN found
 * does not check, and dropping up to two trailing groups, one of them with a lower-case letter,
 * makes it check, they were the sentence's.
 */
function trimWordTail(text: string, span: DetectedSpan): void {
  let v = text.slice(span.start, span.end);
  // The cheap test first: most spans end in digits and upper case, and the validator checks them anyway.
  if (!/[a-z]/.test(v.slice(v.lastIndexOf(' ', v.lastIndexOf(' ') - 1) + 1)) || isIban(v)) return;
  let lower = false;
  for (let k = 0; k < 2; k++) {
    const i = v.lastIndexOf(' ');
    if (i < 0) return;
    lower ||= /[a-z]/.test(v.slice(i + 1));
    v = v.slice(0, i);
    if (lower && isIban(v)) {
      span.end = span.start + v.length;
      return;
    }
  }
}

function withLetterTail(detect: (text: string, memo?: ScanMemo) => DetectedSpan[]): (text: string, memo?: ScanMemo) => DetectedSpan[] {
  return (text, memo) => {
    const spans = detect(text, memo);
    for (const span of spans) {
      const tail = LETTER_TAIL.exec(text.slice(span.end, span.end + 6));
      if (tail && !isIban(text.slice(span.start, span.end)) && isIban(text.slice(span.start, span.end + 5))) span.end += 5;
      else if (!tail) trimWordTail(text, span);
    }
    return spans;
  };
}

export const FINANCIAL_RULES: Rule[] = [
  {
    id: 'financial.payment_card',
    category: 'financial',
    label: 'Payment card number',
    placeholder: 'CARD_NUMBER',
    description:
      'Payment card numbers (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro, Mir, RuPay, Elo, Troy, Uzcard, Humo) written compactly or grouped with spaces/dashes; validated by issuer range, length and Luhn (a 16-digit number right after a card word or in a card column by Luhn alone, whatever its range; a 13–15-digit Maestro number after a card word or a PAN field).',
    // Digit-only: no literal to prefilter on.
    keywords: [],
    // 4-4-4-4 (16), 4-4-4-4-3 (19: UnionPay, Maestro, Visa), 4-6-5 / 4-6-4 (Amex, Diners), 4-4-4-3
    // (an Amex typed in the usual groups of four; only issuers with 15-digit PANs pass), 4-4-4-2 (a
    // Diners card typed the same way; only Diners has 14-digit PANs) with one consistent separator,
    // or 13–19 digits compact. Never part of a longer digit run or a decimal number; a 16-digit
    // grouped number followed by one more group of the same separator ("… 3024 11", a tracking
    // number) is not a card, unless that group is an expiry ("… 0366 12/27") or starts a word
    // ("card=… 3ds=challenge"); a 3-digit group is read as the end of a 19-digit PAN. Consequence:
    // "4111 1111 1111 1111 123" (CVV right after, no label) is checked as one 19-digit number and
    // usually fails Luhn. 6-10…13 (the issuer's six digits, then the rest: "621483 0172650493814"),
    // and a retired 13-digit Visa grouped 4-4-5 or 4-4-4-1, only right after a card word.
    pattern: CARD,
    // Tried only at digit-run starts with ≥ 13 digits (see ../numeric).
    detect: digitRunDetector(CARD, 13, [4, 6, 13, 14, 15, 16, 17, 18, 19], '- '),
    validate: cardValid,
    context: { words: CARD_CONTEXT },
    // Published test PANs (4111 1111 1111 1111, 4242…, 5555 5555 5555 4444…) are valid cards
    // format-wise and are deliberately NOT allow-listed: a user pasting one is doing payment work
    // and a policy test with them must behave like a real card. See validators/payment-card.ts.
    score: 0.9,
    samples: {
      positive: [
        // A retired 13-digit Visa grouped 4-4-5 after its brand.
        'paid the lesson package with a Visa debit 4719 3820 56175 — old 13-digit card',
        // A retired 13-digit Visa after the brand's name.
        'He paid with an old 13-digit Visa 4719382056175 in 2003.',
        'Клиент пытался купить мили картой «Мир» 2208 1937 4628 1020, платёж отклонён.',
        'Uzcard 8600 8833 0769 2570 orqali to‘lov',
        'Hij betaalde met zijn Maestro 6767704928173068 en daarna met iDEAL.',
        // A short Maestro number after a POS log's PAN field.
        '2024-12-07 19:43:05 APPROVED pan=675903184620978 amt=27.80 rc=00',
        // The issuer's six digits, then the rest, after a card word.
        '中奖者想用银联卡领取奖金，卡号是 621483 0172650493814，十九位的。',
        'Un membru a plătit cu cardul Maestro 6769 3810 4726 3514 de două ori.',
        'Card: 4532 0151 1283 0366, exp 09/27',
        'mastercard 5425-2334-3010-9903 please charge it',
        'amex 3714 496353 98431',
        'Corporate Amex: 3782 8224 6310 005, expires 11/28',
        'auth ok ref=77120 pan=4222222222222 amt=12.00',
        'pay with 6011000990139424',
        'test card 4111111111111111 in staging',
        'diners 3056 930902 5904 ok',
        'tarjeta Diners 3056 9309 0259 04 a nombre de la empresa',
        'new mc range 2223000487362110',
        'UnionPay 6212 9876 5432 1098 762 declined online',
        'RuPay debit 6074 2181 9023 5560 blocked after 3 wrong PINs',
        'Cartão Elo 6363 6812 4570 3397, validade 04/28',
        'Kart ile ödeme yedeği: Troy 9792 0431 8826 5105',
        // An IIN no table lists, right after a card word: the label and the Luhn digit decide.
        'Pagamento no cartão Elo 6362 4548 5077 1948, em 3x',
        'お客様からカード番号 3505 5044 5608 5641（有効期限 09/28）をメールで受け取りました。',
        // Between a card word and an expiry date, any length the networks use.
        'του κατέγραψα την κάρτα 4539 2718 4063 523 λήξη 03/26 σε χαρτάκι',
      ],
      negative: [
        // A national identity label names the number.
        'Pak Made Suarta, lahir 17 Agustus 1968, NIK 5103041708680003, gudang Tabanan.',
        'ref 4719 3820 56175 ok',
        // Six digits then thirteen without a card word: an account or a reference.
        'Überweisung Ref. 621483 0172650493814 vom 3.12.',
        'the match scorecard 3593 5335 4512 4189 was signed',
        'card 4532 0151 1283 0367 (bad check digit)',
        'order 1234567890123456',
        'timestamp 1700000000000 ms',
        'uuid 45320151-1283-0366-a1b2-c3d4e5f60718, run 94532015112830366',
        'amount 4532015112830366.50',
        'git sha 4532015112830366abcdef0123456789abcdef01',
        'acct 4532 0151 1283 0366 7777 (20 digits)',
        'EAN 4222222222222 on the shelf label',
        'order 6362 4548 5077 1948 shipped',
      ],
    },
  },
  {
    id: 'financial.iban',
    category: 'financial',
    label: 'IBAN',
    placeholder: 'IBAN',
    description:
      'International Bank Account Numbers, compact or in groups of four (a last group of four letters included when it makes the number check), any case; validated by the per-country registry length and ISO 7064 mod-97.',
    keywords: [],
    // Compact, or space-grouped by four. In the grouped form only the first two BBAN groups may
    // be all letters (bank codes like NWBK, RABO); a later all-letter group must be followed by
    // one with a digit (MT …MTLC AST0…), and the short last group needs a digit, so a following
    // word ("… 7034 from", "… 29 at") is not swallowed. The registries whose grouped IBANs end in
    // letters have their exact shape first: MU and SC end in a currency code (… 000M UR,
    // … 1497 USD), CH and LI accounts may end in a letter (… 4756 A), and BR ends in the account
    // type and owner letters (… 098K D).
    pattern: IBAN,
    // Tried only where two letters start a token and two digits follow (see ../numeric).
    detect: withLetterTail(letterDigitDetector(IBAN, [2])),
    validate: isIban,
    context: { words: ['iban', 'account', 'bank', 'konto', 'compte', 'cuenta', 'conto', 'transfer', 'überweisung', 'virement', 'sepa'] },
    score: 0.95,
    samples: {
      positive: [
        // A Hebrew preposition glued on with a hyphen ("transfer to-IL67 …").
        'העברה ל-IL67 2535 3244 5100 4599 146 על שם המרכז הרפואי',
        // A word and a number after it are not two more groups.
        'Vi återbetalar 2 500 kr till SE74 8000 0832 7901 7463 5281 inom 10 bankdagar.',
        'Ela passou o IBAN da conta no banco: BR75 0036 0305 0000 1000 9795 493P D. A remessa aceita?',
        'IBAN: DE44 5001 0517 5407 3249 31',
        'IBAN RO25 BTRL LDA5 SGFR 2BNX TDDS\nBIC BTRLRO22',
        'please wire to FR7630006000011234567890189',
        'GB15 BARC 2003 5347 2581 29 is my account',
        'nl44rabo0123456789 (lower case)',
        'Konto NO93 8601 1117 947',
        'IBAN: MU17 BOMM 0101 1010 3030 0200 000M UR',
        'Seychelles: SC18 SSCB 1101 0000 0000 0000 1497 USD',
        'Konto CH05 0076 2011 6238 5A29 B',
      ],
      negative: [
        'IBAN: DE45 5001 0517 5407 3249 31',
        'IBAN RO26 BTRL LDA5 SGFR 2BNX TDDS',
        'DE44 5001 0517 5407 3249 3',
        'Konto CH05 0076 2011 6238 5A29 C',
        'XX44 5001 0517 5407 3249 31',
        'commit de4450010517540732493100ab12cd34ef56ab78',
        'uuid ab12cdef-1234-5678-9abc-def012345678',
      ],
    },
  },
  {
    id: 'financial.swift_bic',
    category: 'financial',
    label: 'SWIFT/BIC code',
    placeholder: 'SWIFT_BIC',
    description:
      'SWIFT/BIC codes (8 or 11 characters) next to a banking word; validated by ISO 9362 structure with a real ISO 3166 country code.',
    keywords: ['swift', 'bic', 'bank', 'wire', 'iban', 'beneficiary', 'correspondent', 'intermediary'],
    // Accented Latin letters are letters too: "DOMICILIACIÓN" holds no "DOMICILIACI".
    pattern: /[A-Z]{6}(?<![\w\u00C0-\u024F-][A-Z]{6})[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![\w\u00C0-\u024F-])/g,
    validate: (v, ctx) => isSwiftBic(v) && !inShoutedPhrase(ctx) && contextNear(ctx, BIC_WORD, 60, 60),
    context: {
      words: ['swift', 'bic', 'bank', 'wire', 'iban', 'beneficiary', 'correspondent', 'intermediary'],
      required: true,
    },
    // The banking word (it contains a keyword) must be within 60 characters of the ≤ 11-character
    // code, so no match lies further than ~85 characters from a keyword.
    reach: 100,
    score: 0.8,
    samples: {
      positive: ['SWIFT: DEUTDEFF', 'BIC COBADEFFXXX for the wire', 'beneficiary bank NWBKGB2L, London', 'Send via swift code BOFAUS3N', 'Beneficiary bank: BNP PARIBAS BNPAFRPP'],
      negative: [
        'Bankverbindung: IBAN DE00 0000 0000 0000 0000 00, BIC XXXXDEXXXXX (Platzhalter)',
        'MEMBER REQUEST — OUTGOING DOMESTIC WIRE\nABA: 101680468',
        'AUTOPAY ENROLLMENT - HARDSHIP PLAN H-20931\nBank routing number (ABA): 071904779',
        'DEUTDEFF without any financial word nearby',
        'SWIFT: DEUTXXFF (no such country)',
        'the bank CUSTOMER BUSINESS DOCUMENT',
        'Deposit by bank transfer.\n\nSUNRIDGE by SONNFIRST — ACH DEBIT AUTHORIZATION',
        'bank swift deutdeff (lower case is prose)',
        'the bank app showed "TRANSFER VERIFIED BY SMS" twice',
        'NEW SUPPLIER - US\nBank: Lone Star Commerce Bank',
        'ORDE DE DOMICILIACIÓN\nTitular: Brais Otero Lamas\nIBAN: (see the form)',
      ],
    },
  },
  {
    id: 'financial.aba_routing',
    category: 'financial',
    label: 'ABA routing number',
    placeholder: 'ROUTING_NUMBER',
    description:
      'US ABA routing transit numbers next to a routing/bank word, or at their position in a NACHA entry detail record; validated by Federal Reserve prefix ranges and the 3-7-1 checksum.',
    keywords: ABA_WORDS,
    pattern: ABA,
    // Also the routing number of a NACHA entry detail record, read from its position (../nacha.ts).
    detect: (t, memo) => [...abaRuns(t, memo), ...nachaEntryRoutings(t)],
    validate: (v) => isAbaRouting(v),
    // Near the number (60 characters either side) or as its column's header in an exported table
    // (an ACH return file's "routing" column).
    context: { words: ABA_WORDS, required: true },
    score: 0.85,
    samples: {
      positive: [
        'Routing number: 021000021',
        'ABA 111000025 for ACH',
        'bank routing 322271627, account 12345',
        'wire via RTN 026009593',
        "Member's checking routed via 101680468, acct 3380017726",
        // A NACHA entry detail record: the routing number at positions 4–12, run into the account.
        'Refund batch failed, the ACH entry:\n62212101900688104726315      0000185000STU-11820      CHLOE BRENNAN           0',
      ],
      negative: [
        'ACH entry with a wrong check digit:\n62212101900588104726315      0000185000STU-11820      CHLOE BRENNAN           0',
        'Routing number: 021000022',
        '021000021 with no financial word', 'routing 131000021 (prefix 13 unused)', 'bank ref 0210000210'],
    },
  },
];
