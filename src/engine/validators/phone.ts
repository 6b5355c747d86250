import type { CountryCode } from 'libphonenumber-js/max';
import type { MatchContext } from '../types';
import { CJK_REFERENCE_LABELS, contextNear } from './context';
import { foldedSpellings } from '../normalize';
import { ALL_COUNTRIES, internationalValid, parseDigits, phoneType, phoneValid } from './phone-types';
import { lineEndWithin, lineStartWithin, windowEnd, windowStart } from '../lines';
import { inHl7Field } from '../hl7';

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

/**
 * Three phone vocabularies answer three questions, so they stay three lists: PHONE_WORD (here)
 * must stand next to an ambiguous shape for it to count as a phone (whole words); PHONE_HEADER
 * names a table column (substrings, for compound headers like "Handynummer", and without "text",
 * "ring" or "call", which head other columns); PHONE_CONTEXT (rules/pii.ts) only moves the score
 * (it adds "contact", "number", "reach"). A word added to one usually belongs in the others.
 * "contact" counts here only as a label the number directly follows (CONTACT_LABEL).
 */
const PHONE_WORD = new RegExp(
  // SG/MY/ID "handphone", written "hp" or "h/p": only as a label ("HP: …", "(hp)", "hp no.") or
  // right before a 0-led number ("HP 0852-…"), since HP is also a brand; MSISDN (the GSM term, a
  // key in mobile-money payloads); EU mugikorra (the mobile); CA mòbil. A radio "call sign" is no phone.
  String.raw`\b(?:helpline|hotline|toll[ -]free|caller|cep|tlf|puhelin|kom[oó]rka|kom|telem[oó]vel|phone|t[eé]l|t[eé]l[eé]phone|(?:fast|mobil)?telefon[a-z]*|mobiln[iíy]|mobitel|fastnett|tel[eé]fono|tel[eè]fon|truca|trucar|m[oò]bile?|mob|cel|cell|cellphone|call(?![ \t_-]*signs?\b)|whats ?app|fax|sms|text|ph|handy|handphone|h\/p|hp(?=[ \t]*[:.)\]]|[ \t]+(?:no|number)\b|[ \t]+(?:0\d|$))|msisdn|telepon|portable|m[oó]vil|celular[a-z]{0,4}|cellulare|ring|gsm|s[ií]mi|t[aā]lr(?:unis|uni)?|ll[aá]m(?:as?|ame|enme|eme|ennos|anos|adme|adnos|ando|ar(?:me|nos|le)?)|avis(?:ar|ame|adme|enme)|mugikor[a-z]{0,4})\b|ტელ|ტელეფონი|მობ|手机|手機|电话|電話|携帯|휴대폰|전화` +
    // HI/NE मोबाइल, फोन (also with the nukta, as NFKC leaves it decomposed), BN মোবাইল, ফোন.
    '|मोबाइल|फोन|फ\u093Cोन|মোবাইল|ফোন' +
    // KM ទូរស័ព្ទ (telephone).
    '|ទូរស័ព្ទ' +
    // "Su número es …", "my number is …": a person's number, stated.
    // (The possessive as a lookbehind: the regex is tried at every word of a window, "number" is rarer.)
    String.raw`|(?<=\b(?:su|mi|tu|seu|meu|son|mon|my|his|her|their|our)\s+)(?:n[uú]mero|numéro|number)\s+(?:es|é|est|is)\b` +
    // PT "estou ao dispor pelo …", "à disposição pelo …" (available on …): offered for a call.
    String.raw`|\bao dispor pel[oa]\b|(?:\b|(?<=\s))[àa] disposi[çc][ãa]o pel[oa]\b` +
    // Cyrillic and Greek (no \b: not word characters without the u flag), in every folded spelling
    // (EL τηλέφωνο, τηλ., κινητό: telephone, mobile).
    `|${foldedSpellings(['телефон', 'тел.', 'моб.', 'мобильный', 'мобільний', 'τηλέφωνο', 'τηλεφωνο', 'τηλ.', 'κινητό', 'κινητο'])
      .map((w) => w.replace(/\./g, '\\.'))
      .join('|')}`,
  'i',
);

const VERSION_WORD = /\b(?:v|ver|version|build|release|rel|rev|revision|update|patch)\W{0,3}$/i;

/**
 * Numbers that name a parcel, an order, an invoice, a statement or claim, an account or a
 * subscriber, a ship (MMSI, IMO), or a person's id: "tracking 7741 0293 85", "order no. …", "re: statement 88-412-0173",
 * "abone no 4018293377", "Bancolombia ahorros 091-482736-15", "Rechnung Nr. …", "NHS 655 096 7601", a
 * company register number ("cégjegyzékszám 09-02-004172", "registration no. …", "КПП 770401001", India's
 * importer-exporter code "IEC: 3114008172" and GSTIN), a
 * standard ("ГОСТ Р 58367-2019"), a gas or power supply point ("odjemno mesto 7712-0481", MPRN, Zählpunkt); "number" may be followed by where it stands ("NHS number in the referral: …")
 * and by "as / is" ("typed her NHS number as 401 928 3759").
 * Customer, subscriber and account only with "no/number/id" ("Customer: 07700 183426" is a phone); a
 * student's number ("failed for student 2025-0481").
 */
const REFERENCE_WORD = new RegExp(
  String.raw`\b(?:(?:nhs|ssn|bsn|nino|sin|aadhaar|cpf|nss|curp|rfc|pesel|dni|nif|iban|passport|steuer-id|iec|gstin|serial|s\/n|serie|série|seriennummer|serienummer|dhl|ups|fedex|tnt|dpd|gls|aramex|usps|postnl|colissimo|correos|tracking|tracking (?:no|number|id|code)|mmsi|imo|shipment|parcel|package|consignment|waybill|awb|order|invoice|reference|ref|statement|claim|ticket|case|policy|abone|savings|checking|cuenta|ahorros|corriente|sendung(?:snummer)?|paket|colis|suivi|commande|facture|pedido|seguimiento|factura|ordine|spedizione|fattura|zending|bestelling|factuur|encomenda|rastreio|fatura|rechnung|rechnungsnummer|rechnungs-nr|beleg|belegnummer|poziv na broj|sklic|viitenumber|cégjegyzékszám|adószám|registration|handelsregister|odjemno mesto|merilno mesto|supply point|meter point|mprn|mpan|zählpunkt|zaehlpunkt)\b(?:\W{0,3}(?:nr|no|num|nummer|number)\b(?:\s+(?:in|on|from|of|for)\s+(?:the\s+|a\s+|this\s+|that\s+|our\s+|your\s+)?[a-z-]{2,20})?(?:\s+(?:as|is|was|reads))?)?|(?:subscriber|customer|account|müşteri)\W{0,3}(?:nr|no|num|number|numaras[ıi]|id)\b|\bstudent(?:\W{0,3}(?:nr|no|num|number|id))?)\W{0,12}$` +
    // RU/UA/KZ tax, company and standards registers (ИНН, РНОКПП, ЄДРПОУ, КПП, ОГРН, БИН, ГОСТ …) and
    // Greece's social-security and tax numbers (ΑΜΚΑ, ΑΦΜ), as
    // normalisation leaves them (look-alike letters folded to Latin), after no letter (\b does not
    // see Cyrillic without the u flag).
    `|(?<![A-Za-z\u0400-\u04ff])(?:${foldedSpellings(['инн', 'рнокпп', 'кпп', 'огрн', 'огрнип', 'окпо', 'бин', 'иин', 'гост', 'гост р', 'егрюл', 'снилс', 'єдрпоу', 'едрпоу', 'αμκα', 'αφμ', 'amka', 'afm']).join('|')})\\W{0,12}$` +
    // CJK reference labels (予約番号 …): a reservation number is no phone.
    `|(?:${CJK_REFERENCE_LABELS})\\W{0,12}$` +
    // An Indonesian bank account: "rekening BCA 0841 927 365", "BCA 0841…", "no. rek 123…".
    String.raw`|\b(?:rekening|no\.? ?rek|norek|bca|bni|bri|mandiri|cimb niaga)\W{0,6}$` +
    // A German "…nummer" that is no phone number, stated: "Meine Versicherungsnummer bei Ihnen ist
    // 0418-22731", "Ihre Kundennummer lautet …" (Telefon-, Handy-, Ruf-, Fax-, Mobil- and Notrufnummer are phones).
    String.raw`|(?<=[a-zäöüß]{3})(?<!telefon|handy|ruf|fax|mobil|mobilfunk|notruf|durchwahl|kontakt|whatsapp|festnetz)nummer(?:\s+(?:bei|von)\s+[a-zäöüß]{2,12})?\s+(?:ist|lautet)\W{0,3}$` +
    // Airline bag tags, also the range's second number ("SI BAG TAGS 0232 418 776 TO 0232 418 801").
    String.raw`|\bbag[ -]?tags?\W{0,12}(?:\d[\d ]{5,16}\d\W{1,3}(?:to|thru|through|-)\W{1,3})?$`,
  'i',
);

/** A label that names the number as something else: "Meeting ID: 482 917 365", "PIN 5512 0931". */
const ID_LABEL = /\b(?:(?:meeting|conference|webinar|dial-in|zoom|teams)\s+)?(?:id|pin|passcode|access code)\b\W{0,6}$/i;

/**
 * A phone word near the number (40 characters before or 20 after), and no other label right
 * before it: "phone … Order 4471-0098" and "Phone conference ID: 482 917 365" name an order and a
 * meeting. What a national number without a distinctive shape needs. `wide`: a list's caption and
 * a name right before the brackets count too (not for 8 digits, which dates and accounts share).
 */
const phoneLabelled = (ctx: MatchContext | undefined, after = 20, before = 40, wide = true): boolean =>
  ((phoneWordNear(ctx, before, after) || besideEmail(ctx) || contactLabel(ctx) || (wide && (listCaption(ctx) || nameBracket(ctx, NAME_BRACKET)))) &&
    !contextNear(ctx, REFERENCE_WORD, 30) &&
    !contextNear(ctx, ID_LABEL, 30)) ||
  inPhoneColumn(ctx);

/**
 * "contact 8234 5716", "Kontakt w biurze: 58 341 22 90": "contact" is too general a word to make
 * a number nearby a phone ("contact us about order 4471 0098"), but as the label the number
 * directly follows (at most two words and a ":" between: "Contacto da transportadora: …"), it names one, as
 * an on-call label does ("Dyżur techniczny autoklawów: …", on-call, Bereitschaft, astreinte); so does a sentence that
 * states it ("El contacto de soporte de la clínica es 55 4183 2906").
 */
const CONTACT_NOUNS = 'contact|kontakt|kontak|contacto|contato|contatto|contactez|on-call|dyżur|dyzur|bereitschaft(?:sdienst)?|astreinte|päivystys';
/**
 * "Hans telefon til opfølgning er 28 41 93 07" (his phone for the follow-up is …): a phone noun, up to
 * four words and the copula, the number right after; a sentence that states it, as for "contact".
 */
const PHONE_NOUNS = 'phone|telephone|mobile|cell|telefon|telefonnummer|mobil|mobilnummer|handy|handynummer|tlf|puhelin|téléphone|portable|teléfono|celular|telefone|telemóvel|telefono|cellulare';
const STATED_COPULAS = 'is|es|est|é|è|ist|är|er|lautet|on|jest|je';
const statedAfter = (nouns: string, words: number, wordLength: number): string =>
  String.raw`(?:${nouns})(?:[ \t]+[^\s:\d]{1,${wordLength}}){0,${words}}[ \t]+(?:${STATED_COPULAS})`;
const CONTACT_LABEL = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}_])(?:(?:${CONTACT_NOUNS})(?:[ \t]+[^\s:]{1,16}){0,2}[ \t]*:?|${statedAfter(CONTACT_NOUNS, 5, 12)}|${statedAfter(PHONE_NOUNS, 4, 14)})[ \t]*$`,
  'iu',
);
/** "Queries: 061 471 902", "Enquiries: …" closing a letter or an invoice: a label, with its colon. */
const COLON_LAST = /:[ \t]*$/;
const QUERIES_LABEL = /(?:^|[^\p{L}\p{N}_])(?:enquiries|inquiries|queries|rückfragen)[ \t]*:[ \t]*$/iu;
const contactLabel = (ctx: MatchContext | undefined): boolean => {
  if (ctx === undefined) return false;
  const before = ctx.text.slice(Math.max(0, ctx.start - 48), ctx.start);
  return CONTACT_LABEL.test(before) || (COLON_LAST.test(before) && QUERIES_LABEL.test(before));
};

/**
 * A phone word within `before` characters before the number or `after` after it. In a row of a
 * delimited table, only on the row itself: the header line's other cells name other columns
 * (`INSERT INTO kunder (cvr, navn, telefon, iban) VALUES` puts "telefon" 17 characters before the
 * first row's CVR number), and other rows are other records. The number's own header cell is `inPhoneColumn`'s.
 */
/**
 * `formatPhoneForSms('33 1482 9173')`, `send(mobile_no="…")`: an identifier in code that names a
 * phone (camelCase or snake_case; PHONE_WORD wants whole words), called with or assigned the
 * number right after it. Case-sensitive: "smartphone(" and "iPhone" name no number.
 */
const QUOTES = '"\'`';
const PHONE_IDENTIFIER = /(?:[a-z](?:Phone|Mobile|Msisdn|Tel)(?:[A-Z]\w*)?|(?:^|[^A-Za-z])(?:phone|mobile|msisdn|tel)_\w*|[a-z]_(?:phone|mobile|msisdn|tel)(?:_\w*)?)[ \t]*(?:\([ \t]*|={1,2}[ \t]*|:[ \t]*)["'`]$/;
const phoneWordNear = (ctx: MatchContext | undefined, before: number, after: number): boolean => {
  // Only a quoted value can be an identifier's argument: the quote is checked before the regex runs.
  if (ctx !== undefined && QUOTES.includes(ctx.text[ctx.start - 1] ?? ' ') && PHONE_IDENTIFIER.test(ctx.text.slice(Math.max(0, ctx.start - 48), ctx.start))) return true;
  if (!ctx || !contextNear(ctx, PHONE_WORD, before, after)) return false;
  if (!ctx.inTableRow?.()) return true;
  // The same test, with the window cut at the row's ends.
  const t = ctx.text;
  return contextNear(ctx, PHONE_WORD, ctx.start - windowStart(t, ctx.start, before), windowEnd(t, ctx.end, after) - ctx.end);
};

/** How many lines of a list a caption reaches down. */
const CAPTION_REACH = 30;
const CAPTION_LINE = 400;
/**
 * A list under a caption that names phone numbers: "Nombre – DNI – celular:" or "Telefon
 * raqamlarini … bering:" and then one record per line (after at most one blank line). The caption
 * ends with ":" and names phones as a column header would (PHONE_HEADER: not "call" or "text",
 * which ask for something); the number's line belongs to the unbroken run of lines under it.
 */
const listCaption = (ctx: MatchContext | undefined): boolean => {
  if (!ctx) return false;
  const t = ctx.text;
  // Lines of a list are short: a line longer than CAPTION_LINE ends the search (and keeps it linear).
  let ls = lineStartWithin(t, ctx.start, CAPTION_LINE);
  if (ls < 0) return false;
  let blankSeen = false;
  for (let n = 0; n < CAPTION_REACH && ls > 0; n++) {
    const ps = lineStartWithin(t, ls - 1, CAPTION_LINE);
    if (ps < 0) return false;
    const line = t.slice(ps, ls - 1).trim();
    if (line === '') {
      // One blank line may separate the caption from the list.
      if (blankSeen) return false;
      blankSeen = true;
    } else if (line.endsWith(':')) {
      return line.length <= 200 && PHONE_HEADER.test(line);
    } else if (blankSeen) return false;
    ls = ps;
  }
  return false;
};

/** An e-mail address: enough to tell a contact entry, not a validation. */
const EMAIL_LIKE = /[\w.+-]@[\w-]+\.[a-z]{2,}/i;
/** How far along its line a number and an e-mail address count as one contact entry. */
const CONTACT_REACH = 60;
/**
 * A contact entry: the number and an e-mail address on one line, close together ("Luka Perić,
 * 098 412 736, luka.peric@…", "ondrej.marek@… · 731 284 590 · Brno"). People list a phone
 * number next to the address without naming it; an id or an amount rarely sits there unnamed
 * (and a reference label before it still names it: `phoneLabelled`).
 */
const besideEmail = (ctx: MatchContext | undefined): boolean => {
  // In a table row the columns say what each value is (`inPhoneColumn`): a member number is not a
  // phone because the row also holds an e-mail address.
  if (!ctx || ctx.inTableRow?.()) return false;
  const t = ctx.text;
  return (
    EMAIL_LIKE.test(t.slice(Math.max(0, windowStart(t, ctx.start, CONTACT_REACH)), ctx.start)) || EMAIL_LIKE.test(t.slice(ctx.end, windowEnd(t, ctx.end, CONTACT_REACH)))
  );
};

/**
 * "8236 1947 (hp)", "9123 4567 [mobile]", "22 48 17 30 (fasttelefon, ring etter kl. 17)": a
 * bracket right after the number that opens with a phone word labels it too.
 */
const BRACKET_AFTER = /^[ \t]*[([][ \t]*([^\s,;:()[\]]{1,20}[\s,;:)\]]?)/;
const labelledAfter = (ctx: MatchContext | undefined): boolean => {
  if (!ctx) return false;
  const m = BRACKET_AFTER.exec(ctx.text.slice(ctx.end, ctx.end + 28));
  return m !== null && PHONE_WORD.test(m[1]!) && !contextNear(ctx, REFERENCE_WORD, 30) && !contextNear(ctx, ID_LABEL, 30);
};
/** "the outlet owner Mr Tan Wei Ming (8194 4699)": a number in brackets right after a titled name is how to reach that person. */
const TITLED_NAME_BRACKET = /\b(?:Mr|Mrs|Ms|Mdm|Miss|Dr|Encik|Puan|Cik|Tuan|Madam)\.?[ \t]+(?:\p{Lu}[\p{L}'-]+[ \t]+){0,3}\p{Lu}[\p{L}'-]+[ \t]*\($/u;
/**
 * "řidič Pavel Novotný (602 384 917)": a number in brackets right after a name of two or three
 * capitalised words, for the numbers that need a phone word anyway (9 digits and more); 8 digits
 * (dates, accounts) need the title.
 */
const NAME_BRACKET = /(?:^|[^\p{L}\p{N}_])\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'-]*){1,2}[ \t]*\($/u;
const nameBracket = (ctx: MatchContext | undefined, name: RegExp): boolean => {
  if (ctx === undefined) return false;
  // The candidate may hold its brackets ("(8194 4699)") or stand inside them.
  const t = ctx.text;
  const open = t[ctx.start] === '(' ? ctx.start + 1 : ctx.start;
  const close = t[ctx.end - 1] === ')' ? ctx.end - 1 : ctx.end;
  return t[close] === ')' && name.test(t.slice(Math.max(0, open - 60), open));
};
/**
 * What an 8-digit number (Nordic, Singapore, Hong Kong) needs: a phone word just before it, as a label, or in brackets just after,
 * or brackets after a titled name.
 */
// A list's caption is not close enough: an 8-digit id (a Peruvian DNI) sits in the same lists.
const eightDigitLabelled = (ctx: MatchContext | undefined): boolean => phoneLabelled(ctx, 0, 24, false) || labelledAfter(ctx) || nameBracket(ctx, TITLED_NAME_BRACKET);

/**
 * A phone column's header cell ("tel", "phone_number", "Handynummer", "móvil"), or a list's
 * caption (`listCaption`): a substring test, since the cell holds little else; "tel" only as a
 * word of its own (not "hotel").
 */
const PHONE_HEADER = /phone|helpline|hotline|m[oò]bil|m[oó]vil|mugikor|cell|handy|fax|whats|celular|puhelin|tlf|tel[eè]f|telepon|msisdn|telem[oó]vel|gsm|s[ií]mi|t[aā]lr|(?:^|[^a-z])(?:tel|cel|hp|h\/p)(?:[^a-z]|$)|手机|手機|电话|電話|携帯|휴대폰|전화|ტელ|मोबाइल|फोन|फ\u093Cोन|মোবাইল|ফোন/i;
/**
 * The HL7 v2 fields that hold phone numbers (XTN): the patient's home and business phones (PID-13,
 * PID-14), the next of kin's (NK1-5, NK1-6), the guarantor's (GT1-6, GT1-7) and the order's
 * call-back numbers (ORC-14, OBR-17).
 */
const HL7_PHONE_FIELDS = { PID: [13, 14], NK1: [5, 6], GT1: [6, 7], ORC: [14], OBR: [17] };
/**
 * In a column headed as phone numbers, or an HL7 phone field (also used by digit-only id rules, BSN,
 * NHS, Steuer-ID, to leave the value to this one).
 */
export const inPhoneColumn = (ctx: MatchContext | undefined): boolean =>
  ctx !== undefined && ((ctx.columnHeader?.(PHONE_HEADER) ?? false) || inHl7Field(ctx.text, ctx.start, HL7_PHONE_FIELDS));

/**
 * Pieces of timestamps: the seconds of a time and the date after it ("05:40:03 2024-11-28", a
 * log's two columns), or any run holding an ISO date.
 */
const ISO_DATE = /(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])/;
const inTimestamp = (value: string, ctx: MatchContext | undefined): boolean =>
  ISO_DATE.test(value) || (ctx !== undefined && ctx.start >= 2 && ctx.text[ctx.start - 1] === ':' && /\d/.test(ctx.text[ctx.start - 2]!));

/**
 * A postal item id in the UPU S10 form: two letters, nine digits, a country code ("RL 203844175 PK",
 * "ER441702835MY"), which tracking numbers of every post use. Its ninth digit is a check digit,
 * but the shape alone already rules out a phone number, so it is not checked (a mistyped id is
 * still not a phone).
 */
const S10_BEFORE = /(?:^|[^A-Za-z0-9])[A-Z]{2} ?$/;
const S10_AFTER = /^ ?[A-Z]{2}(?![A-Za-z0-9])/;
const upuItemId = (value: string, ctx: MatchContext | undefined): boolean =>
  ctx !== undefined && /^\d{9}$/.test(value) && S10_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 4), ctx.start)) && S10_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 4));

/**
 * An air waybill number: the airline's three-digit prefix, a dash or a space, an eight-digit
 * serial (IATA Resolution 600a; its last digit is the first seven mod 7, not checked: a mistyped
 * AWB is still no phone). "020-83746115" also reads as a London number, so the shape counts only
 * with an AWB word in the 300 characters before it ("which of these AWBs …: 176-12345675,
 * 020-83746115, …").
 */
const AWB_SHAPE = /^\d{3}[- ]\d{8}$/;
const AWB_WORD = /(?:^|[^\p{L}\p{N}])(?:[mh]?awbs?|air[ \t-]?waybills?|airway[ \t-]?bills?|lettres? de transport a[ée]rien|luftfrachtbriefe?)(?![\p{L}\p{N}])/iu;
const awbNumber = (value: string, ctx: MatchContext | undefined): boolean =>
  ctx !== undefined && AWB_SHAPE.test(value) && AWB_WORD.test(ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start));

/**
 * The group just before the candidate mixes letters and digits ("UPS 1Z 7A9 38F 03 4821 9065"):
 * the candidate is the tail of a longer code, not a phone number on its own.
 */
const afterCodeGroup = (ctx: MatchContext | undefined): boolean => {
  if (!ctx) return false;
  const t = ctx.text;
  // A "+" opens a number of its own ("24h +372 640 8215"): no code goes on with one.
  if (t.charCodeAt(ctx.start) === 43 /* + */) return false;
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
 * A line of coded five-character groups, as weather reports (SYNOP "AAXX 08121 04063 46/// …"),
 * CLIMAT and other telegraph codes are written: the groups are fields of a code, so two or three
 * of them that happen to read as a landline are not one. A line counts when it has at least six
 * groups and three in four are five digits or slashes (a list of phone numbers, "01632 960123 /
 * 01632 960456", has as many six-digit groups as five-digit ones).
 */
const CODE_GROUP = /^[\d/]{5}$/;
const inCodeGroups = (ctx: MatchContext | undefined): boolean => {
  if (!ctx) return false;
  const t = ctx.text;
  // A line of code groups is short: longer lines are not looked at (and the look stays bounded).
  const ls = lineStartWithin(t, ctx.start, 400);
  if (ls < 0 || ctx.end - ls > 400) return false;
  const le = lineEndWithin(t, ctx.end, 400 - (ctx.end - ls));
  if (le < 0) return false;
  const groups = t.slice(ls, le).split(/\s+/).filter((g) => g !== '');
  if (groups.length < 6) return false;
  let coded = 0;
  for (const g of groups) if (CODE_GROUP.test(g)) coded++;
  return coded * 4 >= groups.length * 3;
};

/** A part number with its revision ("0190-34127 Rev B  O-ring kit"): parts lists, BOMs, drawings. */
const REVISION_AFTER = /^[ \t]+(?:[Rr]ev(?:ision)?|REV)\.?[ \t]?(?:[A-Z]{1,2}|\d{1,2})(?![\p{L}\p{N}])/u;
const partRevision = (ctx: MatchContext | undefined): boolean => ctx !== undefined && REVISION_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 16));

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

/** "(11) 97384-1265": a Brazilian mobile as Brazilians write it, distinctive without a phone word. */
const BR_MOBILE = /^\([1-9][1-9]\) ?9\d{4}-\d{4}$/;
/**
 * "612 48 39 27": a Spanish mobile in the 3-2-2-2 grouping Spain writes them in (one separator
 * throughout); the trunk-less 9 digits in other groupings need a phone word.
 */
const ES_MOBILE = /^[67]\d\d([ .])\d\d\1\d\d\1\d\d$/;

/** "1300 418 273", "1800 642 019": Australian local-rate and free-call numbers, 4-3-3. */
const AU_LOCAL_RATE = /^1[38]00([ -])\d{3}\1\d{3}$/;
/** "599 28 47 39": a Georgian mobile, 3-2-2-2 from 5 with one separator. */
const GE_MOBILE = /^5\d\d([ -])\d\d\1\d\d\1\d\d$/;
/** "138 1048 2736": a Chinese mobile, 3-4-4 with one separator. */
const CN_MOBILE = /^1[3-9]\d([ -])\d{4}\1\d{4}$/;

/**
 * Countries whose national numbers start with a trunk 0 but are rarer in this product's traffic:
 * a 0-led number is tried there only next to a phone word.
 */
const ZERO_LEAD_WITH_WORD: readonly CountryCode[] = ['NZ', 'SE', 'FI', 'ZA', 'JP', 'KR', 'TR', 'TH', 'ID', 'AR'];

/**
 * Countries whose national numbers have no trunk prefix (NANP aside), one row each. A number
 * counts for a row when its digits have one of the row's lengths and leading digits, its grouping
 * fits (`groups`, when given), a phone word is near (unless `word` is false, or `distinct` matches
 * the written value), and it is valid there (a mobile, with `mobile`). The shapes overlap with
 * ids, amounts and order numbers (9 digits 3-3-3 is also a SIN or a BSN), so only Indian and
 * Italian mobiles, whose ranges are narrow, count without a word.
 */
interface NoTrunk {
  readonly country: CountryCode;
  readonly lengths: readonly number[];
  readonly lead: RegExp;
  readonly mobile?: boolean;
  readonly word: boolean;
  /** A written form distinctive enough to need no word. */
  readonly distinct?: RegExp;
  readonly groups?: (g: readonly number[], digits: string) => boolean;
}
const NO_TRUNK: readonly NoTrunk[] = [
  // Indian mobiles as India writes them (compact, 5-5, 3-3-4) need no word; other groupings do
  // ("Konto … Nr. 8003 294 715" is an account).
  { country: 'IN', lengths: [10], lead: /^[6-9]/, mobile: true, word: false, groups: (g) => g.length <= 1 || (g.length === 2 && g[0] === 5) || g.join(',') === '3,3,4' },
  { country: 'IN', lengths: [10], lead: /^[6-9]/, mobile: true, word: true },
  // India's toll-free numbers, 1800 XXX XXXX ("our helpline 1800 425 8812").
  { country: 'IN', lengths: [11], lead: /^1800/, word: true },
  // Australia's local-rate and free-call numbers as Australians write them, 1300 XXX XXX and
  // 1800 XXX XXX ("After-hours dispatch: 1300 418 273"): distinctive in that grouping.
  { country: 'AU', lengths: [10], lead: /^1[38]00/, word: true, distinct: AU_LOCAL_RATE },
  // Italian mobiles start with a 3-digit prefix written as a group of its own ("340 122 9845",
  // "340 1229845"); "3401 2298 45" is an account number.
  { country: 'IT', lengths: [10], lead: /^3/, mobile: true, word: false, groups: (g) => g.length <= 1 || g[0] === 3 },
  // (11) 98472-3015: a 2-digit area code first, so a NANP 555-123-4567 stays NANP.
  { country: 'BR', lengths: [10, 11], lead: /^[1-9][1-9]/, word: true, distinct: BR_MOBILE, groups: (g) => g.length === 3 && g[0] === 2 && (g[1] === 4 || g[1] === 5) && g[2] === 4 },
  // China's mobiles in their usual 3-4-4 grouping ("联系人王丽 138 1048 2736") need no word.
  { country: 'CN', lengths: [11], lead: /^1[3-9]/, mobile: true, word: true, distinct: CN_MOBILE },
  // Mexico: 10 digits as written, 2-4-4 with the 2-digit area codes of Mexico City, Guadalajara
  // and Monterrey ("81 1829 3047"), 3-3-4 with the 3-digit ones ("646 178 2290", Ensenada; a
  // NANP-valid 3-3-4 is taken as NANP before). Not 3-3-4 from 55/33/81: "555-123-4567" is a
  // fictional US number, and those cities write 2-4-4.
  {
    country: 'MX',
    lengths: [10],
    lead: /^[2-9]/,
    word: true,
    groups: (g, digits) => g.length === 3 && g[2] === 4 && ((g[0] === 2 && g[1] === 4) || (g[0] === 3 && g[1] === 3 && !/^(?:55|33|81)/.test(digits))),
  },
  { country: 'ES', lengths: [9], lead: /^[6-9]/, word: true, distinct: ES_MOBILE },
  { country: 'PT', lengths: [9], lead: /^[29]/, word: true },
  { country: 'PL', lengths: [9], lead: /^[1-9]/, word: true },
  { country: 'CZ', lengths: [9], lead: /^[2-9]/, word: true },
  // Greek mobiles only: landlines (2…) and Mexican numbers share the NANP's 10 digits and 3-3-4.
  { country: 'GR', lengths: [10], lead: /^69/, mobile: true, word: true },
  // Greek landlines ("Τηλέφωνο επικοινωνίας 2310 555 214"): the area code (3 or 4 digits) first, no
  // trunk prefix; not a Danish CPR number's 6-4 ("281001-4172").
  { country: 'GR', lengths: [10], lead: /^2/, word: true, groups: (g) => g.length <= 1 || g[0] === 3 || g[0] === 4 },
  { country: 'DK', lengths: [8], lead: /^[2-9]/, word: true },
  { country: 'NO', lengths: [8], lead: /^[2-9]/, word: true },
  { country: 'SG', lengths: [8], lead: /^[689]/, word: true },
  { country: 'HK', lengths: [8], lead: /^[2-9]/, word: true },
  // Iceland writes 7 digits, 3-4 ("GSM 661 3058"); only right after a phone word (phoneShaped's 7-digit case).
  { country: 'IS', lengths: [7], lead: /^[4-8]/, word: true },
  // Pacific seven-digit numbers (Samoa "72 91057", Fiji "706 8201", Tonga), next to a phone word.
  { country: 'WS', lengths: [7], lead: /^[78]/, word: true },
  { country: 'FJ', lengths: [7], lead: /^[2-9]/, word: true },
  { country: 'TO', lengths: [7], lead: /^[78]/, word: true },
  { country: 'LV', lengths: [8], lead: /^[26]/, word: true },
  // Bolivian mobiles: 8 digits from 6 or 7, with a phone word ("celular: 76184920").
  { country: 'BO', lengths: [8], lead: /^[67]/, mobile: true, word: true },
  // Central America writes 8 digits, no trunk prefix ("Su número es 5512 4837", Guatemala); like every
  // 8-digit number, only with the phone word just before.
  { country: 'GT', lengths: [8], lead: /^[2-7]/, word: true },
  { country: 'SV', lengths: [8], lead: /^[267]/, word: true },
  { country: 'HN', lengths: [8], lead: /^[2389]/, word: true },
  { country: 'CR', lengths: [8], lead: /^[245678]/, word: true },
  { country: 'NI', lengths: [8], lead: /^[2578]/, word: true },
  { country: 'PA', lengths: [8], lead: /^6/, mobile: true, word: true },
  // Georgian mobiles: 9 digits from 5, with a phone word ("ტელ. 577 20 43 18"), or written 3-2-2-2 as Georgians do ("ნომერი 599 28 47 39").
  { country: 'GE', lengths: [9], lead: /^5/, mobile: true, word: true, distinct: GE_MOBILE },
  // Chile's mobiles, "cel. 9 6128 4037": 9, then 4-4, with a phone word.
  { country: 'CL', lengths: [9], lead: /^9/, mobile: true, word: true, groups: (g) => g.length === 3 && g[0] === 1 },
];

/**
 * National number without the plus: is it a number of one of the countries above, in its own
 * national shape? Called only for 7–12 digits; 7 and 8 digits only next to a phone word.
 */
const validNational = (value: string, digits: string, groups: readonly number[], wordTest: () => boolean): boolean => {
  // Asked once at most (three context regexes and maybe a column lookup), however many rows fit.
  let word: boolean | undefined;
  const hasWord = (): boolean => (word ??= wordTest());
  if (digits.startsWith('0')) {
    if (ukDrama(digits)) return true;
    if (memo.get(digits) ?? remember(digits, ZERO_LEAD.some((c) => validIn(digits, c)))) return true;
    return hasWord() && ZERO_LEAD_WITH_WORD.some((c) => validIn(digits, c));
  }
  // NANP: 10 digits, or 11 with the leading 1 standing alone.
  // In NANP grouping only (3-3-4, 3-7, 1-3-3-4; compact): "214-86-48217" is a Korean business number.
  const nanpGroups = groups.length <= 1 || NANP_GROUPS.has(groups.join(','));
  const nanpShape = nanpGroups && (digits.length === 10 || (digits.length === 11 && digits[0] === '1' && (groups.length === 0 || groups[0] === 1)));
  if (nanpShape && (validIn(digits, 'US') || validIn(digits, 'CA'))) return true;
  for (const row of NO_TRUNK) {
    if (!row.lengths.includes(digits.length) || !row.lead.test(digits)) continue;
    if (row.groups && !row.groups(groups, digits)) continue;
    if (row.word && !(row.distinct?.test(value) ?? false) && !hasWord()) continue;
    const parsed = parseDigits(digits, false, row.country);
    if (row.mobile ? isMobile(parsed) : isValid(parsed)) return true;
  }
  // "8 (495) 638-41-27", "8 686 21937": the trunk prefix 8 (Russia, Kazakhstan, Belarus,
  // Lithuania), next to a phone word.
  if (digits[0] === '8' && hasWord()) return TRUNK_8.some((c) => validIn(digits, c));
  return false;
};

const TRUNK_8: readonly CountryCode[] = ['RU', 'KZ', 'BY', 'LT'];

/**
 * A national number in a list whose other numbers carry their country code: "+221 77 483 29 15"
 * on one line, "77 640 19 52" on the next. Such a number counts when it is valid in the country
 * of an international number nearby that writes its national part the same way (2-3-2-2 with spaces here):
 * the writer dropped the code, not the format. Only the few candidates that failed the other
 * checks get here, and only a "+" in the window starts a regex.
 */
const SIBLING_REACH = 300;
const SIBLING = /\+(\d{1,3})[ .-]((?:\d{1,5}[ .-]){1,5}\d{1,5})(?![\d.-]?\d)/g;
const DIGIT = /\d/g;
const siblingCountry = (v: string, digits: string, ctx: MatchContext | undefined): boolean => {
  if (!ctx) return false;
  const t = ctx.text;
  const lo = Math.max(0, ctx.start - SIBLING_REACH);
  const hi = Math.min(t.length, ctx.end + SIBLING_REACH);
  const window = t.slice(lo, hi);
  if (!window.includes('+')) return false;
  // The same format: digit groups and separators ("77 483 29 15" and "77 640 19 52", not "2015-2026"),
  // or with the trunk 0 before it ("041 395 812" under "+386 41 728 305"), or without the lone 9
  // Argentina's international form puts before a mobile ("11 5829-4173" beside "+54 9 11 4872-3916").
  const format = v.replace(DIGIT, '9');
  const trunked = v[0] === '0' ? format.slice(1) : null;
  for (const m of window.matchAll(SIBLING)) {
    const national = m[2]!;
    const f = national.replace(DIGIT, '9');
    if (f !== format && f !== trunked && !(/^9[ .-]/.test(f) && f.slice(2) === format)) continue;
    const country = parseDigits(m[1]! + national.replace(NON_DIGITS, ''), true)?.country;
    if (country !== undefined && validIn(digits, country)) return true;
  }
  return false;
};

const PLACEHOLDER_TAIL = /(\d)\1{6}$/;
const YEAR_RANGE = /^(?:19|20)\d\d ?[-–] ?(?:19|20)\d\d$/;
const EXTENSION_RANGE = /^(\d\d)\d\d ?- ?\1\d\d$/;
const EXTENSION_WORD = /\b(?:ext(?:ension)?s?|extensi[oó]n(?:es)?|durchwahl(?:en)?|nebenstellen?|poste|postes|interno|interni|anexos?|toestel(?:len)?)\b|内線|内线|分機|内線番号/i;
const COUNTING_GROUPS = /(?:^|[^\d])123[ .-]456$/;
const NANP_GROUPS = new Set(['3,3,4', '3,7', '1,3,3,4', '1,3,7', '1,10']);

/**
 * Day/month/year or year/month/day shapes: 2024-01-15, 15-01-2024, 01 15 2024 (three digit
 * groups: their lengths and values).
 */
const looksLikeDate = (len: readonly number[], val: readonly number[]): boolean => {
  if (len.length !== 3) return false;
  const [a, b, c] = val as [number, number, number];
  if (len[0] === 4) return a >= 1900 && a <= 2099 && b >= 1 && b <= 12 && c >= 1 && c <= 31;
  if (len[2] !== 4 && len[2] !== 2) return false;
  if (len[0]! > 2 || len[1]! > 2) return false;
  return a >= 1 && a <= 31 && b >= 1 && b <= 31 && (a <= 12 || b <= 12);
};

/**
 * The digit groups of a candidate, read in one pass (this validator sees every number-shaped run
 * of the text; the split/replace/match version allocated a handful of strings and arrays for each).
 */
interface Shape {
  digits: string;
  /** Length and value of each maximal run of digits ("+44 (20) 7946" → 2, 2, 4); values cap at 1e9. */
  readonly len: number[];
  readonly val: number[];
  opens: number;
  closes: number;
  dots: boolean;
}
/** Reused from call to call: validation is synchronous and nothing below calls back into it. */
const SHAPE: Shape = { digits: '', len: [], val: [], opens: 0, closes: 0, dots: false };
const NON_DIGITS = /\D/g;

function shapeOf(v: string): Shape {
  const sh = SHAPE;
  sh.len.length = 0;
  sh.val.length = 0;
  sh.opens = sh.closes = 0;
  sh.dots = false;
  let run = 0;
  let value = 0;
  let total = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      run++;
      if (value < 1e9) value = value * 10 + (c - 48);
      continue;
    }
    if (run > 0) {
      sh.len.push(run);
      sh.val.push(value);
      total += run;
      run = value = 0;
    }
    if (c === 40) sh.opens++;
    else if (c === 41) sh.closes++;
    else if (c === 46) sh.dots = true;
  }
  if (run > 0) {
    sh.len.push(run);
    sh.val.push(value);
    total += run;
  }
  sh.digits = total === v.length ? v : v.replace(NON_DIGITS, '');
  return sh;
}

/**
 * Validates a phone candidate produced by the `pii.phone` regex (see above for the three kinds).
 */
/** An EU tender notice number, "2024/S 087-261934" (Official Journal S series): the part after "/S ". */
const OJS_BEFORE = /(?:19|20)\d\d\/S $/;
const ojsNotice = (ctx: MatchContext | undefined): boolean => ctx !== undefined && OJS_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start));

/**
 * A list of contacts, one per line, whose numbers carry no phone word and no country code: "王丽 138
 * 0482 7316", "Moussa Diop (Dakar) 77 482 73 19", "Norge: Ola Haugen, 412 83 957, ola.haugen@…".
 * A number alone on its line counts when at least two other lines of the same list (no blank line
 * between, each at most LIST_LINE characters, LIST_REACH lines away at most) hold one number each
 * that is a phone on its own evidence (its country code, or a national number beside an e-mail
 * address or with a trunk 0 in groups); it is then taken if it is valid in any country, as such
 * lists gather people from anywhere. The number must close its line (or be followed only by an e-mail address) after a name,
 * not a field label. A list of ids with one phone line does not qualify, nor a line with two
 * numbers ("41827365 – 964 218 573": a DNI and a phone).
 */
const LIST_REACH = 8;
const LIST_LINE = 160;
const LIST_NUMBER = /(?:\+|(?<![\w+.-]))\(?\d[\d ().-]{5,22}\d(?![\w.-]?\d)/g;
const LIST_LETTER = /\p{L}/u;
const LIST_TAIL = /^[ \t]*(?:[,;|·–—-][ \t]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?[ \t.,;]*$/;
/** Per text (the last one asked about): line start → -1 (not one number), 0 (one number, no phone on its own), 1 (one phone). */
let listText: string | undefined;
const listLines = new Map<number, number>();

const listLineKind = (t: string, ls: number, le: number): number => {
  const known = listLines.get(ls);
  if (known !== undefined) return known;
  const line = t.slice(ls, le);
  let kind = -1;
  let only: string | undefined;
  let n = 0;
  for (const m of line.matchAll(LIST_NUMBER)) {
    // Runs of 7+ digits only: "(Dakar)", "U15", a year in a name do not count as a second number.
    if (m[0].replace(NON_DIGITS, '').length < 7) continue;
    only = m[0];
    if (++n > 1) break;
  }
  if (n === 1 && only !== undefined) {
    const v = only.trim();
    const international = v[0] === '+' || v.startsWith('(+');
    const sh = shapeOf(v);
    // On its own evidence: a country code; or, for a national number, an e-mail address on its line or
    // a trunk 0 and 9+ digits in groups (never bare 8-digit runs, which ids share), valid where such numbers are.
    const national = !international && sh.digits.length >= 7 && (EMAIL_LIKE.test(line) || (sh.digits[0] === '0' && sh.digits.length >= 9 && sh.len.length >= 2));
    kind = (international && validInternational(sh.digits)) || (national && validNational(v, sh.digits, sh.len, () => true)) ? 1 : 0;
  }
  listLines.set(ls, kind);
  return kind;
};

const listedPhone = (value: string, ctx: MatchContext | undefined): boolean => {
  // Called for every number-shaped run the other checks refused: the cheap tests first.
  if (!ctx || value.includes('.')) return false;
  const t = ctx.text;
  // The number closes its entry: nothing after it but an e-mail address ("Bestellung 4500219837 vom
  // 11.03." is an order), and a name before it (no field label: "Kundennr.: 4471-883920").
  const le = lineEndWithin(t, ctx.end, LIST_LINE);
  if (le < 0 || !LIST_TAIL.test(t.slice(ctx.end, le))) return false;
  const ls = lineStartWithin(t, ctx.start, LIST_LINE);
  if (ls < 0 || le - ls > LIST_LINE || (ls === 0 && le === t.length)) return false;
  const lead = t.slice(ls, ctx.start);
  if (!LIST_LETTER.test(lead) || /:[ \t]*$/.test(lead)) return false;
  const v = value.trim();
  const sh = shapeOf(v);
  if (sh.digits.length < 7 || sh.digits.length > 13 || looksLikeDate(sh.len, sh.val) || PLACEHOLDER_TAIL.test(sh.digits)) return false;
  if (listText !== t) {
    listText = t;
    listLines.clear();
  }
  if (listLineKind(t, ls, le) === -1) return false;
  let phones = 0;
  // Up the list, then down, stopping at a blank line or a long line.
  for (let dir = -1; dir <= 1 && phones < 2; dir += 2) {
    let a = ls;
    let b = le;
    for (let k = 0; k < LIST_REACH && phones < 2; k++) {
      if (dir < 0) {
        if (a === 0) break;
        b = a - 1;
        a = lineStartWithin(t, b, LIST_LINE);
        if (a < 0) break;
      } else {
        if (b >= t.length) break;
        a = b + 1;
        b = lineEndWithin(t, a, LIST_LINE);
        if (b < 0) break;
      }
      if (t.slice(a, b).trim() === '') break;
      if (listLineKind(t, a, b) === 1) phones++;
    }
  }
  if (phones < 2) return false;
  const key = `list:${sh.digits}`;
  return memo.get(key) ?? remember(key, ALL_COUNTRIES.some((c) => validIn(sh.digits, c)));
};

/** `"POST /login HTTP/1.1" 200 1871`: an access log's status and response size after the request's closing quote. */
const ACCESS_LOG_BEFORE = /HTTP\/\d(?:\.\d)?"[ \t]$/;
const inAccessLog = (ctx: MatchContext | undefined): boolean => ctx !== undefined && ACCESS_LOG_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start));

export const isPhoneNumber = (value: string, ctx?: MatchContext): boolean => {
  if (inAccessLog(ctx) || afterCodeGroup(ctx) || afterIbanHead(ctx) || upuItemId(value, ctx) || awbNumber(value.trim(), ctx) || inTimestamp(value, ctx) || partRevision(ctx) || ojsNotice(ctx) || (!phoneShaped(value, ctx) && !listedPhone(value, ctx)) || inCodeGroups(ctx)) return false;
  // Last, on the few candidates that pass: a reference label right before a national number names
  // it, whatever phone word stands nearby ("abone no 4018293377\nTelefon: +90 …"); an
  // international one next to a phone word stays a phone ("Mobile linked to Aadhaar: +91 …").
  if (numeroBefore(value, ctx)) return false;
  if (!contextNear(ctx, REFERENCE_WORD, 30)) return true;
  return /^(?:\(?\+|00)/.test(value.trim()) && contextNear(ctx, PHONE_WORD, 40, 20);
};

/**
 * "est n° FR 0417 29183" (a pet passport's number), "nº 0412 889 301": a national number right after
 * the number sign (and maybe a country's two letters) is a document's or a file's number, unless a
 * phone word stands near ("Tél. n° 04 72 18 93 40").
 */
const NUMERO_BEFORE = /(?:^|[^\p{L}])(?:n°|nº|n\.º)[ \t]*(?:[A-Z]{2}[ \t]+)?$/u;
const numeroBefore = (value: string, ctx: MatchContext | undefined): boolean =>
  ctx !== undefined &&
  !/^(?:\(?\+|00)/.test(value.trim()) &&
  NUMERO_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start)) &&
  !contextNear(ctx, PHONE_WORD, 40, 20);

/** The number checks of `isPhoneNumber`. */
const phoneShaped = (value: string, ctx?: MatchContext): boolean => {
  const v = value.trim();
  const sh = shapeOf(v);
  const digits = sh.digits;
  if (digits.length < 7 || digits.length > 17) return false;
  const international = v[0] === '+' || (v[0] === '(' && v[1] === '+') || /^00[1-9]\d*[ .(-]/.test(v);
  // A form's placeholder ("+49 (0) 170 000 0000", "0123 456789") or a test input ("955 123 456"):
  // the subscriber part is one digit repeated, or the digits count up (in "123 456" as its own
  // groups: "+48 22 512 34 56" and "07911 123456" are real numbers).
  if (PLACEHOLDER_TAIL.test(digits) || digits.includes('23456789') || COUNTING_GROUPS.test(v)) return false;
  // "worked with us 2019–2024": a range of years, the second later, is no number.
  if (YEAR_RANGE.test(v) && v.slice(-4) > v.slice(0, 4)) return false;
  // "the extension list is 2201–2245": a range of extensions (same first two digits, the second higher).
  if (EXTENSION_RANGE.test(v) && v.slice(-4) > v.slice(0, 4) && contextNear(ctx, EXTENSION_WORD, 40, 0)) return false;
  if (international) return validInternational(v[0] === '+' || v[1] === '+' ? digits : digits.slice(2));

  // Compact digit run: an order number or timestamp unless a phone word is next to it.
  if (digits === v) {
    if (!phoneWordNear(ctx, 40, 20) && !inPhoneColumn(ctx)) return false;
    if (/^00[1-9]/.test(v)) return validInternational(digits.slice(2));
    if (digits.length === 8) return eightDigitLabelled(ctx) && validNational(v, digits, [], () => true);
    if (digits.length >= 9 && digits.length <= 12 && validNational(v, digits, [], () => phoneLabelled(ctx))) return true;
    // E.164 without its "+", as messaging APIs take it (`"to": "639178423310"` next to "whatsapp").
    return digits.length >= 11 && digits.length <= 15 && phoneLabelled(ctx) && validInternational(digits);
  }

  // Seven digits in two groups (Iceland's "661 3058", Samoa's "72 91057"): as for eight, the phone word just before.
  if (digits.length === 7) return sh.len.length === 2 && (sh.len[0] === 3 || sh.len[0] === 2) && eightDigitLabelled(ctx) && validNational(v, digits, sh.len, () => true);
  const groups = sh.len;
  // Argentina's mobiles in the national format keep the "15" after the area code: "011 15-4827-3915"
  // (13 digits; libphonenumber maps it to +54 9 11 …).
  const arMobile = digits.length === 13 && digits[0] === '0' && groups.length >= 3 && groups[1] === 2 && digits.slice(groups[0]!, groups[0]! + 2) === '15';
  if (digits.length < 8 || (digits.length > 12 && !arMobile)) return false;
  if (sh.opens > 1 || sh.closes > 1) return false;
  if (groups.length < 2) return false;
  // Lists of small numbers (1 000 000, 1 2 3 4 5 6 7 8) are not phone numbers; a lone leading
  // "1" is the NANP trunk prefix, a lone "8" the Russian one (TRUNK_8).
  // Chile writes its mobiles 9 XXXX XXXX (NO_TRUNK's CL row checks the rest).
  const clMobile = groups.length === 3 && groups[0] === 1 && groups[1] === 4 && groups[2] === 4 && sh.val[0] === 9;
  // A lone "0", the trunk prefix set apart ("tel 0 544 817 36 20", as Turkish numbers are often
  // written), counts next to a phone word.
  // A lone first digit as a sibling number writes it ("+237 6 94 12 83 57" above "6 77 48 21 93").
  for (let i = 0; i < groups.length; i++) if (groups[i]! < 2 && !(i === 0 && (sh.val[0] === 1 || sh.val[0] === 8 || clMobile || (sh.val[0] === 0 && phoneLabelled(ctx))))) return i === 0 && siblingCountry(v, digits, ctx);
  if (looksLikeDate(groups, sh.val)) return false;
  // Six or more pairs ("02 17 19 28 33 44"): lottery draws and tables of small numbers; national
  // numbers written in pairs have five at most ("06 12 34 56 78").
  if (groups.length >= 6 && groups.every((n) => n === 2)) return false;
  // SSN shape 123-45-6789.
  if (/^\d{3}-\d{2}-\d{4}$/.test(v)) return false;
  if (sh.dots) {
    // Dots: only 415.555.2671 (NANP) or 06.12.34.56.78 (FR), never 4 short groups (IPv4), and
    // not right after a version word ("build 263.712.3611").
    const shape = groups.join(',');
    const nanp = (shape === '3,3,4' && /^[2-9]/.test(v)) || (shape === '1,3,3,4' && v[0] === '1');
    const fr = shape === '2,2,2,2,2' && v[0] === '0';
    if (!(nanp || fr) || /[ (-]/.test(v)) return false;
    if (contextNear(ctx, VERSION_WORD, 16)) return false;
  }
  // 0-led 3-3-3 is an id or a code more often than a phone, unless labelled (an NZ mobile "021 483 917")
  // or written like an international number nearby with its trunk 0 (siblingCountry).
  if (digits.startsWith('0') && groups.length === 3 && groups.every((n) => n === 3) && !phoneLabelled(ctx)) return siblingCountry(v, digits, ctx);
  // 0-led 4-4-2 ("0172-1048-93") is how bank accounts are written, and no trunk-0 country groups
  // its numbers so: only with a phone word.
  if (digits.startsWith('0') && groups.length === 3 && groups[0] === 4 && groups[1] === 4 && groups[2] === 2 && !phoneLabelled(ctx)) return false;
  // Eight digits (Nordic, Singapore, Hong Kong numbers) are as often a date, an amount or an
  // account: the phone word must come just before, as a label ("tlf. 22 33 44 55"), or in brackets
  // just after ("8236 1947 (hp)").
  if (digits.length === 8) return (eightDigitLabelled(ctx) && validNational(v, digits, groups, () => true)) || siblingCountry(v, digits, ctx);
  return validNational(v, digits, groups, () => phoneLabelled(ctx)) || siblingCountry(v, digits, ctx);
};
