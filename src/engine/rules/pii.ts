import type { MatchContext, Rule } from '../types';
import { escapeRe } from '../escape';
import { isBrCpf } from '../validators/br-cpf';
import { isCaSin } from '../validators/ca-sin';
import { CJK_REFERENCE_LABELS, contextNear } from '../validators/context';
import { ARABIC_LETTERS, CENTRAL_ASIAN_DATE, INDIC_LETTERS, isPlausibleDateOfBirth, THAI_MONTH_NAMES } from '../validators/date-of-birth';
import { isDeSteuerId } from '../validators/de-steuer-id';
import { isEmailAddress } from '../validators/email';
import { isEsDni, isEsNie } from '../validators/es-id';
import { isFrNir } from '../validators/fr-nir';
import { isPersonalIp, VERSION_WORDS_CYRILLIC } from '../validators/ip';
import { isItCodiceFiscale } from '../validators/it-codice-fiscale';
import { isNlBsn } from '../validators/nl-bsn';
import { isPassportNumber } from '../validators/passport';
import { inPhoneColumn, isPhoneNumber } from '../validators/phone';
import { isUkNhsNumber } from '../validators/uk-nhs';
import { isUkNino } from '../validators/uk-nino';
import { isUsSsn } from '../validators/us-ssn';
import { scanEmails, scanIps } from '../validators/scanners';
import { isAadhaar } from '../validators/verhoeff';
import { digitRunDetector, letterDigitDetector } from '../numeric';
import { foldedSpellings } from '../normalize';
import { lineStartWithin, windowEnd, windowStart } from '../lines';
import { inHl7Field } from '../hl7';
import { mrzDocumentNumbers } from '../mrz';

/*
 * Personal-data detectors. All sample values are invented and only checksum-valid.
 *
 * Linear-time rules of thumb used throughout: every quantifier is bounded; digit groups are
 * separated by fixed separators (no optional separator between two digit classes of variable
 * length); each pattern opens with a lookbehind so that only the first character of a run is a
 * start position. Where a bare digit run needs a context word and the grouped form does not, the
 * validator checks it (contextNear) so the regex stays a plain digit matcher.
 */

// Where an address may start: text start, or after a character that cannot be part of a token
// (not a word char, dot, backslash, slash or dash; for IPv6 not a colon either), or after a "/"
// that does not follow a word ("http://10.0.0.1" yes, "Chrome/1.2.3.4" no). Used in lookbehinds
// placed after the first group, so they only run where the text already looks like an address.
const IP4_START = String.raw`(?:^|[^\w.\\/-]|(?:^|[^\w.])/)`;
const IP6_START = String.raw`(?:^|[^\w.:\\/-]|(?:^|[^\w.])/)`;

const IP_VERSION_WORDS_CYRILLIC = VERSION_WORDS_CYRILLIC.join('|');
// IPv4: not part of a longer dotted run or a word/path ("Chrome/1.2.3.4"), and not right after a
// version word (that lookbehind sits after the match, so it only runs for candidates).
const IPV4 = new RegExp(
  String.raw`\d{1,3}\.(?<=${IP4_START}\d{1,3}\.)\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w-]|\.\d)` +
    String.raw`(?<!\b(?:v|ver|version|release|rel|build|rev|revision|firmware(?: is| was| now)?|fw|update|patch|(?:up|down)grade(?:d)?(?: to)?|update(?:d)? to|sdk|api|driver|kernel|section|chapter|step|oid|versi[oó]n[ea]?|vers[aã]o|versione|versio|versie|wersj[aię]|verz[ei]|verzia|utgave|utg[aå]va|udgave)\.?[ :=]{0,2}\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})` +
    // Words that start with a letter \b does not see (no u flag): Faroese/Icelandic útgáva, Turkish sürüm,
    // RU/UK версия / прошивка (version, firmware) in their case forms, as normalisation leaves Cyrillic.
    String.raw`(?<!(?:^|[\s(])(?:[uú]tg[aá]f?v[au]|s[uü]r[uü]m(?:[uü])?|${IP_VERSION_WORDS_CYRILLIC})[ :=]{0,2}\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})`,
  'gi',
);
// IPv6: 3–8 colon-separated hex groups starting with a hex digit ("::" gives an empty group).
// Forms that begin with "::" are skipped: ::, ::1 identify nobody.
const IPV6_SOURCE = String.raw`[0-9a-f]{1,4}:(?<=${IP6_START}[0-9a-f]{1,4}:)(?:[0-9a-f]{0,4}:){1,6}[0-9a-f]{0,4}(?![\w:.])`;

/** Score context for phones; kept in step with PHONE_WORD and PHONE_HEADER (validators/phone.ts, which says why they differ). */
const PHONE_CONTEXT = ['helpline', 'hotline', 'toll-free', 'toll free', 'phone', 'tel', 'tél', 'mobile', 'mob', 'cell', 'call', 'whatsapp', 'fax', 'sms', 'contact', 'handy', '(hp)', 'hp:', 'h/p', 'portable', 'móvil', 'movil', 'celular', 'cellulare', 'telèfon', 'mòbil', 'truca', 'mugikor', 'number', 'reach', 'gsm', 'sími', 'tālr', 'ტელ', 'telepon', 'msisdn', 'cep', 'मोबाइल', 'फोन', 'फ\u093Cोन', 'মোবাইল', 'ফোন', ...foldedSpellings(['τηλέφωνο', 'τηλεφωνο', 'τηλ.', 'κινητό', 'κινητο'])];

// Whole-word context a bare digit run needs (the grouped forms are distinctive on their own).
// "nhsNumber" (camel case, glued: "nhs" alone counts as a whole word only).
const NHS_WORDS = ['nhs', 'nhsnumber', 'nhsno', 'national health', 'chi number', 'chi no', 'chi:', 'h&c', 'health and care number', 'rhif gig', 'rhif y gig'];
const SSN_WORD = /\b(?:ssn|ss#|ss no|social security|soc\.? ?sec|social(?! media| network))/i;
// "Aadhaar" in the scripts of India's languages: HI/MR आधार, BN আধার, TA ஆதார், TE ఆధార్, KN ಆಧಾರ್,
// ML ആധാർ, GU આધાર, PA ਆਧਾਰ, OR ଆଧାର, UR آدھار (no \b: it does not see these scripts).
const AADHAAR_SCRIPT_WORDS = ['आधार', 'আধার', 'ஆதார்', 'ఆధార్', 'ಆಧಾರ್', 'ആധാർ', 'આધાર', 'ਆਧਾਰ', 'ଆଧାର', 'آدھار'];
const AADHAAR_WORD = new RegExp(`\\b(?:aadhaa?r|adhaar|uidai|uid)\\b|${AADHAAR_SCRIPT_WORDS.join('|')}`, 'i');
const HL7_UIDAI_AFTER = /^\^{1,3}UIDAI\b/i;
const CPF_WORD = /\bcpf\b/i;
/** A header cell naming a CPF, also in a snake_case name ("cpf_responsavel"). */
const CPF_COLUMN = /(?:^|[^a-z])cpf(?:[^a-z]|$)/i;
const SIN_WORD = /\b(?:sin|nas)\b|social insurance|assurance sociale/i;

/** A date an event word labels: "Account opened 2024-09-03", "issued on …", "Konto eröffnet am …", "enrolled 02-Sep-2024". */
const EVENT_WORD = /\b(?:opened|created|joined|registered|enrolled|admitted|discharged|randomi[sz]ed|screened|consented|issued|signed|submitted|closed|started|hired|expires|expired|renewed|received|paid|updated|modified|collected|sampled|taken|võetud|kogutud|eröffnet|angelegt|erstellt|ouvert|créée?|abiert[oa]|cread[oa]|apert[oa]|creat[oa])(?:\s+(?:on|am|le|el|il))?[\s:]+$/i;
const RANGE_WORD = /\b(?:vom|von|seit|bis|ab|from|since|until|till|to|du|au|depuis|desde|hasta|dal|al|fino al|van|tot|sinds|od|do)\s+(?:the\s+|dem\s+)?$/i;
/**
 * Birth words that are their own keyword (no shorter stem to prefilter on), listed once for both
 * lists: Thai "birthday / date of birth", Korean "birthday", Russian "05.06.1962 г.р." (year of
 * birth, after the date), Japanese "（1986年9月2日生）" (born, right after the date's 日).
 */
const DOB_WORDS_AS_KEYWORDS = ['วันเกิด', 'วันเดือนปีเกิด', 'เกิดวันที่', 'เกิดเมื่อ', '생일', ...foldedSpellings(['г.р.', 'г. р.', 'года рождения']), '日生)', '日生,', '日生、'];
/**
 * Norwegian and Danish "f." (født) right before the date: "Ingrid Solheim, f. 12.03.1941",
 * "(f. 5. mai 1941)". Only as "f. " and the date's first digit after a space or a bracket: a bare
 * "f." is also "folgende" (s. 12 f.) and ends "ref." and "of.".
 */
const BORN_ABBREVIATION = [' ', '('].flatMap((before) => ['0', '1', '2', '3'].map((day) => `${before}f. ${day}`));
/** Thai เกิด and Chinese 出生 (born), only right before a date's first digit (see DOB_WORDS); NFKC makes "：" a ":". */
const BORN_BEFORE_DIGIT = ['เกิด ', '出生 ', '出生', '出生:', '出生於', '出生于'].flatMap((word) => ['0', '1', '2', '3'].map((digit) => `${word}${digit}`));
/**
 * The birth sign of Belgian and French usage, "°" before the date ("Lotte Peeters (°02/03/1984)",
 * "° 12.05.1971"), as "†" marks a death; only right before a day, never after a number ("22°C").
 */
const BORN_SIGN = [' ', '('].flatMap((before) => ['', ' '].flatMap((gap) => ['0', '1', '2', '3'].map((day) => `${before}°${gap}${day}`)));
const DOB_WORDS = ['dob', 'd.o.b', 'date of birth', 'birth', 'born', 'birthday', 'geb.', 'geboren', 'geburtsdatum', 'geburtstag', 'geburi', 'né le', 'née le', 'date de naissance', 'fecha de nacimiento', 'nacido', 'nacida', 'data di nascita', 'nato il', 'nata il', "nato l'", "nata l'", 'nato a', 'nata a', 'nascido', 'nascida', 'data de nascimento', 'geboortedatum', 'födelsedatum', 'född', 'fodd', 'fodelsedatum', 'fødselsdato', 'født', ...BORN_ABBREVIATION, ...BORN_SIGN, 'data urodzenia', 'urodzony', 'urodzona', 'urodził', 'născut', 'nascut', 'data nașterii', 'data nasterii', 'data naşterii', 'nasc.', 'syntynyt', 'syntymäaika', 'narozen', 'datum narození', 'doğum tarihi', 'doğum',
  // CA, MS/ID, LV, BG (as normalised), KA, BN (also romanised), HI, TL; vCard BDAY.
  'data de naixement', 'naixement', 'nascut', 'nascuda', 'tarikh lahir', 'tanggal lahir', 'tgl lahir', 'lahir', 'dzimusi', 'dzimis', 'dzimšanas',
  ...foldedSpellings(['роден', 'родена', 'дата на раждане', 'дата рождения', 'дата народження', 'народилася', 'народилась', 'народився']),
  // RU "родился / родилась", BE "нарадзіўся / дата нараджэння", SR "рођен / датум рођења".
  ...foldedSpellings(['родился', 'родилась', 'нарадзіўся', 'нарадзілася', 'дата нараджэння', 'рођен', 'рођена', 'датум рођења']),
  // KA "დაბ. თარიღი" (abbreviated date of birth).
  'დაბადების', 'დაბ. თარიღი', 'დაბ.', 'জন্ম তারিখ', 'জন্ম', 'jonmo tarikh', 'जन्म तिथि', 'जन्मतिथि', 'ipinanganak', 'kapanganakan', 'bday',
  // NE/HI, IS, HE, AR, VI, JA/ZH, AF, SK/CS, HR/SR/SL, HU.
  'जन्म मिति', 'जन्म', 'janam tithi', 'janm tithi', 'fædd', 'fæddur', 'fæðingardagur', 'נולדה', 'נולד', 'תאריך לידה', 'תאריך הלידה', 'تاريخ الميلاد', 'مواليد', 'sinh ngày', 'ngày sinh', 'năm sinh', 'sinh năm',
  '生年月日', '出生日期', '出生年月日', '생년월일', 'gebore', 'geboortedatum', 'narodená', 'narodený', 'dátum narodenia', 'rođena', 'rođen', 'rođ.', 'datum rođenja',
  'rojena', 'rojen', 'datum rojstva', 'datumom rojstva', 'datuma rojstva', 'datumu rojstva', 'született', 'születési', '일생', 'nar.',
  // UK "нар." (народився / народилася, born); Levantine Arabic "مواليد 1979/08/04" (born in).
  ...foldedSpellings(['нар.']),
  // SW, EL (as normalised), FA, UR, FR (a birthday: not "l'anniversaire de la société le …").
  'تاریخ تولد', 'متولد', 'تاریخ پیدائش', 'پیدائش', 'anniversaire le', 'anniversaire :', 'anniversaire:', "date d'anniversaire", 'kuzaliwa', 'alizaliwa', 'aliyezaliwa', 'waliozaliwa', ...foldedSpellings(['γέννησης', 'γεννήσεως', 'γεννήθηκε', 'γεννημένη', 'γεννημένος', 'γεννημένο']),
  ...DOB_WORDS_AS_KEYWORDS,
  // Lithuanian.
  'gimimo data', 'gimęs', 'gimusi', 'gimimo',
  // GL, EU, AM (የትውልድ ቀን date of birth, የተወለደ… born), and Chilean ", nac. 03-08-1976" and
  // Polish ", ur. 07.04.1985" and Haitian Creole ", fèt 02/03/1994" (after a comma, a bracket or a
  // spaced dash, "— nac. 23/06/1990", or at a line's start, and before a day: "Univ. Nac. 23/05/2024" is "national", "ur." also "urząd", "fèt" also a feast).
  'data de nacemento', 'nacemento', 'jaiotze data', 'jaiotze', 'የትውልድ ቀን', 'የተወለደ',
  // GA dáta breithe (date of birth), rugadh (was born); IG ụbọchị ọmụmụ (day of birth), amụrụ (was born);
  // OR ଜନ୍ମ ତାରିଖ (date of birth); HT dat nesans; GN onase (was born); SO dhalasho (birth); SN musi
  // wekuzvarwa (day of birth); Levantine تاريخ الولادة; SD ڄمڻ جي تاريخ; TK doglan senesi; RM naschientscha.
  'dáta breithe', 'data breithe', 'rugadh', 'ụbọchị ọmụmụ', 'ọmụmụ', 'amụrụ', 'ଜନ୍ମ ତାରିଖ', 'ଜନ୍ମ', 'dat nesans', 'onase',
  'dhalasho', 'dhalashada', 'musi wekuzvarwa', 'kuzvarwa', 'تاريخ الولادة', 'ڄمڻ جي تاريخ', 'ڄمڻ', 'doglan senesi', 'doglan', 'naschientscha',
  ...[', ', '(', '- ', '\n'].flatMap((before) => ['0', '1', '2', '3'].flatMap((day) => [`${before}nac. ${day}`, `${before}ur. ${day}`, `${before}fèt ${day}`])),
  // EN/PT "b." (born), "n." (nascido/nascida) and FI "s." (syntynyt: "Aune Heikkilä, s. 8.9.1935") after a
  // comma before the date ("Jógvan Joensen, b. 11.02.1972",
  // "Wayne Pardy, cell …, b. March 3, 1971"); HU "szül." (született).
  ...['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].flatMap((day) => [`, b. ${day}`, `, n. ${day}`, `, s. ${day}`]),
  ...['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((month) => `, b. ${month}`),
  'szül.', 'szül:',
  // PL "urodzenia" alone, as in field names (dataUrodzenia, data_urodzenia).
  'urodzenia',
  // ES nació / nací (was born), PT nasceu / nasci, FR "est né(e)", IT "è nato / nata"; EL γεν. (born, abbreviated,
  // as normalised). With the space after them: "donación" and "internacional" hold "nació" and "nacio".
  'nació ', 'nacio ', 'nací ', 'nasceu ', 'nasci ', 'est né', 'est née', 'è nato', 'è nata', ...foldedSpellings(['γεν.']),
  // LG yazaalibwa / nazaalibwa (he / I was born), olunaku lw'okuzaalibwa (day of birth).
  'yazaalibwa', 'nazaalibwa', 'okuzaalibwa',
  // SO dhashay (was born); ZU wazalwa / wazalelwa / uzalwe (was born), "ngomhla ka-12 Mashi 1988",
  // "ngo-21 Juni 1990" (on the day of).
  'dhashay', 'wazalwa', 'wazalelwa', 'ngazalwa', 'uzalwe', 'wazalwe',
  // VI "– sinh 14/02/1984 –" (born), between a list item's dashes or after a comma or a bracket; LV
  // "Jānis Bērziņš, dzim. 23.08.1977" (dzimis: born) and LT "Tomas Kazlauskas, gim. 1993-07-08" (gimęs) in the same places,
  // SL "Matej Kovačič, roj. 14. 9. 1975" (rojen) and SM "Losa Leiataua, fanau 07/03/1979" (born; alone also "children").
  ...[', ', '(', '- '].flatMap((before) => ['0', '1', '2', '3'].flatMap((day) => [`${before}sinh ${day}`, `${before}dzim. ${day}`, `${before}gim. ${day}`, `${before}roj. ${day}`, `${before}fanau ${day}`])),
  // UK "11.04.1990 р.н." (року народження: year of birth), RU "1990 г.р." (года рождения), after the date;
  // RU "д.р. 03.05.1977" (дата рождения) before it.
  ...foldedSpellings(['р.н.', 'р. н.', 'г.р.', 'г. р.', 'д.р.', 'д. р.']),
  // TH เกิด (born) and ZH 出生 right before a date's first digit ("เกิด 14 มีนาคม 2531", "出生 1936/09/03"):
  // alone, เกิด is also "to occur" and 出生 starts 出生地 (birthplace) and 出生率 (birth rate).
  ...BORN_BEFORE_DIGIT,
  // SQ (datëlindja: date of birth; i/e lindur: born).
  'datëlindja', 'datelindja', 'datëlindjes', 'i lindur', 'e lindur', 'data e lindjes', 'datës së lindjes',
  // CKB ڕێکەوتی لەدایکبوون (date of birth), لەدایکبوو (born).
  'ڕێکەوتی لەدایکبوون', 'لەدایکبوون', 'لەدایکبوو',
  // HY ծննդյան (of birth), ծնված / ծնվել (born), PA ਜਨਮ ਮਿਤੀ, YO ọjọ́ ìbí (as normalisation leaves it, and without marks),
  // HA ranar haihuwa, KK туған күні (folded).
  'ծննդյան', 'ծնված', 'ծնվել', 'ਜਨਮ ਮਿਤੀ', 'ਜਨਮ', 'ọjọ́ ìbí', 'ọjọ ibi', 'ojo ibi', 'ranar haihuwa', 'haihuwa', ...foldedSpellings(['туған күні', 'туған']),
  // KU roja bûyînê, MT data tat-twelid, FO føðingardagur / føddur, TI ዕለት ልደት, MY မွေးသက္ကရာဇ်, PS د زیږیدو نیټه.
  'roja bûyînê', 'bûyînê', 'tat-twelid', 'twelid', 'føðingardagur', 'føddur', 'fødd', 'ዕለት ልደት', 'ልደት', 'မွေးသက္ကရာဇ်', 'မွေး', 'زیږیدو', 'زېږېدو', 'زیږون', 'زېږون',
  // French forms: "Né(e) le : 11/05/1976" (both genders in one word).
  'né(e) le', 'ne(e) le',
  // TL kaarawan (birthday), TA பிறந்த தேதி (date of birth), பிறந்த (born).
  'kaarawan', 'பிறந்த தேதி', 'பிறந்த',
  // TE పుట్టిన తేదీ / జన్మ తేదీ (date of birth), పుట్టిన (born), పుట్టినరోజు (birthday).
  'పుట్టిన తేదీ', 'జన్మ తేదీ', 'పుట్టినరోజు', 'పుట్టిన',
  // KN ಜನ್ಮ ದಿನಾಂಕ / ಹುಟ್ಟಿದ ದಿನಾಂಕ (date of birth).
  'ಜನ್ಮ ದಿನಾಂಕ', 'ಜನ್ಮದಿನಾಂಕ', 'ಹುಟ್ಟಿದ ದಿನಾಂಕ', 'ಹುಟ್ಟಿದ',
  // GU જન્મ તારીખ, ML ജനനത്തീയതി / ജനന തീയതി, ZU usuku lokuzalwa, Gulf Arabic تاريخ ميلادي / ميلاده /
  // ميلادها (my / his / her birth date; with the article, التاريخ الميلادي is "the Gregorian date").
  'જન્મ તારીખ', 'જન્મતારીખ', 'ജനനത്തീയതി', 'ജനന തീയതി', 'usuku lokuzalwa', 'lokuzalwa', 'تاريخ ميلادي', 'تاريخ ميلاده', 'تاريخ ميلادها',
  // ET sünniaeg / sünnikuupäev (date of birth), sündinud (born).
  'sünniaeg', 'sünnikuupäev', 'sündinud',
  // SO taariikhda dhalashada (date of birth); ES "fecha de nac." (abbreviated).
  'taariikhda dhalashada', 'dhalashada', 'fecha de nac.', 'fecha nac.', 'fec. nac.', 'f. de nac.',
  // KU (Kurmanji) dîroka jidayikbûnê, KM ថ្ងៃខែឆ្នាំកំណើត (day month year of birth), LO ວັນເດືອນປີເກີດ, MN төрсөн огноо.
  'dîroka jidayikbûnê', 'jidayikbûnê', 'jidayikbûn', 'ថ្ងៃខែឆ្នាំកំណើត', 'ថ្ងៃកំណើត', 'ວັນເດືອນປີເກີດ', 'ວັນເກີດ', ...foldedSpellings(['төрсөн огноо', 'төрсөн']),
  // MK датум на раѓање, UZ tug'ilgan sana / tug'ilgan (born), in their apostrophe spellings.
  ...foldedSpellings(['датум на раѓање', "tug'ilgan sana", 'tugʻilgan sana', 'tug‘ilgan sana', 'tug’ilgan sana', "tug'ilgan", 'tugʻilgan', 'tug‘ilgan', 'tug’ilgan']),
  // CY dyddiad geni (date of birth), ganwyd (was born); Moroccan Arabic تاريخ الازدياد (date of birth);
  // GD ceann-latha breith; SI උපන් දිනය; JA 生まれ (born, after the date: "2011年7月14日生まれ").
  // Cantonese 出世 (born) right after the date's 日 ("1988年9月2日出世"; JA 出世 alone is a promotion).
  'dyddiad geni', 'ganwyd', 'تاريخ الازدياد', 'الازدياد', 'ceann-latha breith', 'උපන් දිනය', '生まれ', '出世日期', '出世紙', '日出世', '生日是', '生日为', '生日為', '生日:', '誕生日:',
  // RW itariki y'amavuko (date of birth), yavutse (was born); KY туулган күнү (birthday, date of birth);
  // TG санаи таваллуд (date of birth); CEB petsa sa pagkatawo (date of birth), natawo (was born).
  'amavuko', 'yavutse', ...foldedSpellings(['туулган күнү', 'туулган', 'санаи таваллуд', 'таваллуд']), 'petsa sa pagkatawo', 'pagkatawo', 'natawo',
  // SE (Northern Sami) riegádan (born), riegádanbeaivi (birthday, date of birth); NL/DE column
  // abbreviations "geb.datum", "gebdatum", "Geb.-Datum" ("geb." alone is a word of its own).
  'riegádanbeaivi', 'riegádan', 'geb.datum', 'gebdatum', 'geb.-datum',
  // JV "lair tanggal" (born on), BO སྐྱེས་ཚེས (date of birth), OM guyyaa dhalootaa, SN akazvarwa (was
  // born), TW "wɔwoo no" (he was born), AY yuriwipa / yuriwi (birth), GN anase (I was born).
  'lair tanggal', 'སྐྱེས་ཚེས', 'སྐྱེས་', 'guyyaa dhalootaa', 'dhalootaa', 'akazvarwa', 'wakazvarwa', 'wɔwoo', 'yuriwipa', 'yuriwi', 'anase',
  // FF jibinannde (birth), NY tsiku lobadwa (day of birth), LN mokolo ya mbotama, HT "mwen / li fèt"
  // (I was / he was born), IS faedingardagur (fæðingardagur in ASCII, as export headers write it).
  'jibinannde', 'tsiku lobadwa', 'lobadwa', 'mbotama', 'mwen fèt', 'li fèt', 'faedingardag',
  // EO naskiĝdato / naskiĝtago / naskiĝis (date of birth, birthday, was born); MI rā whānau (birthday);
  // BR deiziad ganedigezh; OC data de naissença; ST/TN letsatsi la (ma)tsalo; SM aso fanau; TO ʻaho
  // fāʻeleʻi; MG daty nahaterahana; GD là breith; LB Gebuertsdatum; RO zi(ua) de naștere (birthday);
  // HR/BS rođendan (birthday); UZ туғилган сана (Cyrillic); TT туган көне; MK дата на раѓање.
  'naskiĝdato', 'naskiĝtago', 'naskiĝis', 'naskiĝo', 'rā whānau', 'ra whanau', 'i whānau', 'ganedigezh', 'naissença', 'letsatsi la tsalo',
  'letsatsi la matsalo', 'aso fanau', 'fāʻeleʻi', 'faʻeleʻi', 'nahaterahana', 'là breith', 'gebuertsdatum', 'gebuertsdag',
  'zi de naștere', 'ziua de naștere', 'zi de nastere', 'ziua de nastere', 'rođendan', 'rodjendan', 'datë lindje',
  ...foldedSpellings(['туғилган сана', 'туғилган', 'туган көне', 'туган көн', 'дата на раѓање', 'раѓање']),
  // The noun alone, as in column names (fecha_nacimiento, data_nascita, date_naissance).
  'nacimiento', 'nascita', 'naissance', 'nascimento'];
/** Birth words as one case-insensitive test (for "is the label on the date's line a birth word?"). */
const DOB_WORD_RE = new RegExp(DOB_WORDS.map(escapeRe).join('|'), 'i');
/**
 * "Eintritt: 01.01.2025", `"last_purchase": "2024-06-02"`, `hired_on = 2019-04-01`, Sinhala "මරණ දිනය:"
 * (date of death; its vowel signs are marks): the date's own line starts with a label or a record key
 * (that is not a birth word).
 */
const LINE_LABEL = /(?:^|\n)[^\S\n]*(?:\p{L}[\p{L}\p{M} .'-]{0,30}:|["']?\p{L}[\p{L}\p{M}\p{N}_.-]{0,30}["']?[^\S\n]*[:=][^\S\n]*["']?)[^\S\n]*$/u;

/**
 * "Termin: Di, 17.06.2025" under "Patientin: …, geb. 03.11.1987", "航班：CV 2817 深圳—曼谷 2025-04-18"
 * under "出生日期：1988年5月12日": the date's own line opens with another label, a few words before
 * the date, no birth word of its own (up to the date's first digit: " f. 1"), and the line above
 * already gave a birth word its date. (Not a children line: "Діти: Марко (02.05.2012)".)
 */
const LABEL_THEN_WORDS = /(?:^|\n)[^\S\n]*\p{L}[\p{L}\p{M} .'-]{0,30}:[^\n]{0,30}$/u;
const DATE_SOON = /^[^\n]{0,30}?\d{1,4}(?:[./-]|年)\d{1,2}/;
function labelUnderBirthDate(t: string, lineStart: number, prefix: string, start: number): boolean {
  if (!LABEL_THEN_WORDS.test(prefix) || CHILDREN_LINE.test(prefix) || DOB_WORD_RE.test(t.slice(lineStart, start + 1)) || lineStart === 0) return false;
  const ps = lineStartWithin(t, lineStart - 1, LABEL_TAKEN_REACH);
  const prev = t.slice(ps < 0 ? Math.max(0, lineStart - 1 - LABEL_TAKEN_REACH) : ps, lineStart - 1);
  const m = DOB_WORD_RE.exec(prev);
  return m !== null && DATE_SOON.test(prev.slice(m.index + m[0].length));
}

/** A field's label right before the value, after a wide gap or a separator on a form line ("   Booking date: "). */
const FIELD_LABEL = /(?:[ \t]{2,}|\t|[|;·][ \t]*)(\p{L}[\p{L}\p{M} .'-]{0,30}):[^\S\n]*$/u;

/**
 * "дата народження 5 травня 2001, хрещена 20 травня 2001" (… baptised …): a baptism's date in a parish
 * register, right after the word, is not the birth's.
 */
const BAPTISED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:baptized|baptised|christened|getauft|baptisée?|bautizad[oa]|battezzat[oa]|batizad[oa]|ochrzczon[ya]|gedoopt|døbt|döpt|kastettu|pokřtěn[aý]?|${foldedSpellings(['хрещений', 'хрещена', 'хрещено', 'крещён', 'крещен', 'крещена', 'кръстен', 'кръстена']).join('|')})(?:[ \t]+(?:on|am|le|el|il|em|w|op|в|у))?[ \t:,]+$`,
  'iu',
);
/** "passed away on 2 February 2025": a date of death (the birth word may follow in the next sentence), unless a birth word comes between. */
const DEATH_BEFORE = /\b(?:passed\s+away|died|death|deceased|verstorben|gestorben|décédée?|fallecid[oa]|falleció|murió|morto|morta|deceduto|deceduta|overleden|zmarła?|døde|död|kuoli)\b([^.!?\n]{0,25})$/i;
/**
 * A death date's abbreviation right before it, as death notices write the pair ("s. 8.9.1935
 * Kemijärvellä, k. 14.11.2024", "geb. 02.08.1936, verst. 29.10.2024"): FI k. (kuollut), SV/NO/DA d.
 * (död / død), DE gest. and verst., NL overl., FR déc., Latin ob.
 */
const DEATH_ABBREVIATION = /(?:^|[\s,;(])(?:k|d|gest|verst|overl|déc|ob)\.[ \t]?$/i;
/** "délivrée à Bafoussam le 03/02/2019", "выдан 12.03.2022": the date a document was issued, unless a birth word comes between. */
const ISSUED_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:issued|d[ée]livr[ée]e?s?|ausgestellt|expedid[oa]|emitid[oa]|rilasciat[oa]|wydan[ya]|${foldedSpellings(['выдан', 'выдана', 'видано', 'видан']).join('|')})(?!\\p{L})([^.!?\\n]{0,30})$`,
  'iu',
);
/** "Quay Market was born on …", "… born on 14 June 2016 as a Saturday stall": a business, not a person. */
const BUSINESS = '(?:market|company|ltd|gmbh|inc|llc|bakery|caf[eé]|studio|labs?|podcast|brand|shop|store|startup|project|band|blog|newsletter|restaurant|business|firm|idea|club|festival|agency|stall|pop-up|app|starter|dog|cat|puppy|kitten|pet|horse|foal|calf|tree)';
/** 'the car on the cover was "born" on 3 March 1967': a birth word in quotes is a figure of speech. */
const QUOTED_BORN = /["“‘'](?:born|geboren|née?|nato|nata|nacid[oa]|nascid[oa])["”’'][^.!?\n]{0,20}$/i;
const BUSINESS_BORN = new RegExp(`\\b${BUSINESS}\\s+(?:was|were|is)\\s+born\\b[^.!?\\n]{0,12}$`, 'i');
const BORN_AS_BUSINESS = new RegExp(`^[^.!?\\n]{0,12}?\\bas\\s+an?\\s+(?:[\\w'-]+\\s+){0,3}?${BUSINESS}\\b`, 'i');

/**
 * Genealogical signs, as German, Dutch and Scandinavian death notices write them: "Wilhelm Harms,
 * * 12. April 1938 † 9. Februar 2025". The dagger is a keyword and a context word of the birth
 * rule; a date right after it is the death, and when it is the only evidence, only the date
 * right after the star counts.
 */
const DAGGER = '†';
const DAGGER_NEAR = /†/;
const STAR_BEFORE = /(?:^|[\s(,;])\*[ \t]?$/;
const AFTER_DAGGER = /†[ \t]*$/;
/**
 * Identity numbers that spell their holder's birth date as YYMMDD: Mexico's CURP and RFC
 * (AAAA + YYMMDD + …), Sweden's personnummer ((YY)YYMMDD-NNNN), Korea's resident registration
 * number (YYMMDD-NNNNNNN). Their names are words that bring a date near them to the rule.
 */
const ENCODED_BIRTH_ID_WORDS = ['curp', 'rfc', 'personnummer', 'personnr', '주민등록번호', '주민번호', 'pesel'];
// CURP/RFC, personnummer, Korean RRN; a Polish PESEL after its name (YYMMDD, the month plus 20 for
// births from 2000).
const ENCODED_BIRTH_ID = /(?<![A-Za-z0-9])(?:[A-Z]{4}(\d{6})[A-Z0-9]{3,8}|(?:19|20)?(\d{6})[-+]\d{4}|(\d{6})-[1-8]\d{6}|(?<=(?:PESEL|Pesel|pesel)[ \t:]{0,3})(\d{6})\d{5})(?![A-Za-z0-9])/g;
const pad2 = (n: string): string => (n.length === 1 ? `0${n}` : n);
/**
 * "Finada: Guadalupe Torres Medina, 02/11/1939, CURP TOMG391102…": a numeric date that an identity
 * number on its line spells as YYMMDD is that person's birth date, without a birth word.
 */
function spelledByBirthId(v: string, ctx: MatchContext): boolean {
  const d = /^(\d{1,4})[-/.](\d{1,2})[-/.](\d{2,4})$/.exec(v);
  if (!d) return false;
  const [, a, b, c] = d as unknown as [string, string, string, string];
  const forms = a.length === 4 ? [a.slice(2) + pad2(b) + pad2(c)] : [c.slice(-2) + pad2(b) + pad2(a), c.slice(-2) + pad2(a) + pad2(b)];
  // PESEL's 2000s months (a four-digit year first: "2003-04-17" is 034417…).
  if (a.length === 4 && a.startsWith('20')) forms.push(a.slice(2) + String(Number(b) + 20) + pad2(c));
  for (const m of ctx.text.slice(windowStart(ctx.text, ctx.start, 120), windowEnd(ctx.text, ctx.end, 120)).matchAll(ENCODED_BIRTH_ID)) if (forms.includes(m[1] ?? m[2] ?? m[3] ?? m[4]!)) return true;
  return false;
}

/**
 * "Діти: Марко (02.05.2012), Соломія (19.10.2016)", "الأولاد: سامي (2010/02/09)، ليان (…)": a
 * line listing a family's children, each name with a date in brackets, gives their birth dates
 * (the labels are context words too, so the line's label lets the dates through the gate).
 */
const CHILDREN_WORDS = [
  'children', 'kids', 'kinder', 'enfants', 'hijos', 'hijas', 'filhos', 'figli', 'kinderen', 'barn', 'børn', 'dzieci', 'děti', 'deti', 'gyerekek', 'copii',
  'çocuklar', 'الأولاد', 'الأطفال', 'أولاد', 'ילדים', 'فرزندان', 'بچے', 'बच्चे', '子供', '子女', '孩子', '자녀', 'anak', 'watoto', 'carruurta', 'con cái',
  ...foldedSpellings(['діти', 'дети', 'деца', 'παιδιά']),
];
/** As labels ("Діти:"): context words and keywords only with the colon ("children in this group" is none; "anak" is in "Tanaka"). */
const CHILDREN_LABELS = CHILDREN_WORDS.map((w) => `${w}:`);
const CHILDREN_RE = new RegExp(CHILDREN_LABELS.map(escapeRe).join('|'), 'i');
const CHILDREN_LINE = new RegExp(`^[ \\t*•-]*(?:${CHILDREN_WORDS.map(escapeRe).join('|')})[ \\t]*[:：]`, 'iu');
const childrenListDate = (ctx: MatchContext): boolean => {
  const t = ctx.text;
  if (!/\([ \t]?$/.test(t.slice(Math.max(0, ctx.start - 2), ctx.start)) || !/^[ \t]?\)/.test(t.slice(ctx.end, ctx.end + 2))) return false;
  const ls = lineStartWithin(t, ctx.start, 200);
  return ls >= 0 && CHILDREN_LINE.test(t.slice(ls, ctx.start));
};

const ENCODED_BIRTH_ID_WORD_RE = new RegExp(ENCODED_BIRTH_ID_WORDS.join('|'), 'i');
/**
 * The birth word, the star of a death notice or a birth-date column; or, where the only word near
 * the date names an identity number (CURP, personnummer), that number spelling the date.
 */
// The word checks first: an id spelling the date is looked for (a regex over the date's line) only
// when they fail, which a date next to a birth word never does.
const birthEvidence = (v: string, ctx: MatchContext): boolean =>
  (birthWordEvidence(ctx) && !idWordOnly(ctx) && !childrenWordOnly(ctx)) || childrenListDate(ctx) || spelledByBirthId(v, ctx);
/** Near the date only a children word ("the kids start school on 02/09/2024"): no birth date unless listed (childrenListDate). */
const childrenWordOnly = (ctx: MatchContext): boolean =>
  contextNear(ctx, CHILDREN_RE, 40, 40) && !contextNear(ctx, DOB_WORD_RE, 40, 40) && !contextNear(ctx, ENCODED_BIRTH_ID_WORD_RE, 40, 40) && !(ctx.columnHeader?.(DOB_WORD_RE) ?? false);
const idWordOnly = (ctx: MatchContext): boolean =>
  contextNear(ctx, ENCODED_BIRTH_ID_WORD_RE, 40, 40) && !contextNear(ctx, DOB_WORD_RE, 40, 40) && !contextNear(ctx, DAGGER_NEAR, 40, 40) && !(ctx.columnHeader?.(DOB_WORD_RE) ?? false);
const birthWordEvidence = (ctx: MatchContext): boolean =>
  !contextNear(ctx, DAGGER_NEAR, 40, 40) ||
  STAR_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 4), ctx.start)) ||
  contextNear(ctx, DOB_WORD_RE, 40, 40) ||
  (ctx.columnHeader?.(DOB_WORD_RE) ?? false);

/**
 * A pet's record (a veterinary file, a pet-passport reminder): its microchip or its pet passport
 * near the date says the birth date is an animal's, not a person's.
 */
const ANIMAL_RECORD = /\b(?:microchip|mikrochip|micropuce|chipnummer|transpondernummer|transponder|studbook|pet passport|heimtierausweis|dierenpaspoort|passeport (?:européen )?pour animaux|pasaporte (?:para|de) mascotas?|passaporto per animali|chip(?:-?nr\.?)?:? ?\d{15}\b)/i;
/**
 * An animal names the birth on its own line: "Mèo "Mochi" sinh ngày 03/05/2019", "Tier: "Bruno",
 * Labrador, geb. …" (the species word, or the German "Tier" as a field, before the birth word);
 * not a person named by the animal ("the dog walker, Jan Novak, born …").
 */
const ANIMAL_SUBJECT = /(?<![\p{L}\p{M}])(?:cat|dog|kitten|puppy|horse|pony|rabbit|mèo|chó|ngựa|thỏ|katze|kater|hund|hündin|welpe|tier|pferd|kaninchen|chat|chatte|chien|chienne|chiot|cheval|lapin|gato|gata|perro|perra|cachorro|cane|gatto|cavallo|coniglio|hond|kat|paard|konijn|kot|kotka|pies|suka|koń|кот|кошка|собака|пёс|щенок|猫|犬|狗|고양이|강아지|แมว|สุนัข|kucing|anjing)(?![\p{L}\p{M}])(?![ \t-]*(?:sitters?|walkers?|owners?|groomers?|trainers?|lovers?|breeders?|handlers?|besitzer(?:in)?|halter(?:in)?)(?![\p{L}]))[^\n]{0,40}$/iu;

/** A person's identity number on the date's line, before it: the birth date is that person's. */
const PERSON_ID_BEFORE = /(?:^|[^\p{L}])(?:cpf|rg|dni|nie|nif|ssn|nino|pesel|cnp|aadhaar|curp|rut|cuil|cuit|passport|pasaporte|passaporte|reisepass|passeport)(?![\p{L}])[^\n]{0,50}$/iu;

/** "chip 276…": the word right before a number names an animal's transponder. */
const CHIP_BEFORE = /(?:^|[^a-z])chip\W{0,3}$/i;

/** A time of day right after a date: " 08:15:02", "T08:15". */
const TIME_AFTER = /^[ T]\d{1,2}:\d{2}(?::\d{2})?(?![\d:])/;

/**
 * `age(member["birth_date"], date(2025, 4, 1))`: a date constructor passed as the argument after the
 * birth one is the reference date an age is computed at, not the birth date (the birth key names
 * the argument before it; `birth_date=date(…)` still assigns one).
 */
/**
 * PHP `$hoje = new DateTime('2025-06-01');` a line below `$nascimento = …`: a date literal assigned
 * to a variable (maybe through a constructor) is named by that variable, here "today"; only a
 * birth name (dob, birth_date, nascimento, geburtsdatum …) makes it a birth date.
 */
const ASSIGNED_TO = /(?:^|[\s;{(,])\$?([A-Za-z_][\w.]*)[ \t]*=[ \t]*(?:new[ \t]+)?(?:[\w.:\\]+[ \t]*\([ \t]*)?["'`]$/;
const BIRTH_NAME = /dob|birth|born|bday|nasc|naci|nac(?:_|$)|naiss|geb|f(?:ø|o)d|syntym|urodz|narod|d[_.]?o[_.]?b/i;
const LATER_ARGUMENT = /[(,]([^(),\n]{1,40}),[ \t]*(?:[\w.]+\.)?(?:date|datetime|LocalDate\.of|DateOnly|DateTime)\($/;

/**
 * The date sits under a label of its own that is not a birth word, starts/ends a period, is a
 * date of death or of issue, is the founding date of a business, or is a pet's.
 */
function notABirthDate(ctx: MatchContext | undefined): boolean {
  if (!ctx) return false;
  if (contextNear(ctx, RANGE_WORD, 12) || contextNear(ctx, EVENT_WORD, 30)) return true;
  const before = ctx.text.slice(Math.max(0, ctx.start - 60), ctx.start);
  // An animal's record near the date, or heading its table (a studbook's "microchip" column, however
  // many rows down); not when a person's identity number stands just before the date ("Dados do
  // adotante: …, CPF 482.913.607-31, nascido em …" above "… o número do microchip").
  if ((contextNear(ctx, ANIMAL_RECORD, 200, 200) || (ctx.tableHeader?.(ANIMAL_RECORD) ?? false)) && !PERSON_ID_BEFORE.test(before)) return true;
  if (ANIMAL_SUBJECT.test(before)) return true;
  const death = DEATH_BEFORE.exec(before);
  const issued = ISSUED_BEFORE.exec(before);
  if (BAPTISED_BEFORE.test(before)) return true;
  const argBefore = LATER_ARGUMENT.exec(before);
  if (argBefore && DOB_WORD_RE.test(argBefore[1]!)) return true;
  const assignedTo = ASSIGNED_TO.exec(before)?.[1];
  if (assignedTo !== undefined && !BIRTH_NAME.test(assignedTo) && !DOB_WORD_RE.test(assignedTo.replace(/[_.]+/g, ' '))) return true;
  if (AFTER_DAGGER.test(before) || DEATH_ABBREVIATION.test(before) || (death && !DOB_WORD_RE.test(death[1]!)) || (issued && !DOB_WORD_RE.test(issued[1]!)) || BUSINESS_BORN.test(before) || QUOTED_BORN.test(before) || BORN_AS_BUSINESS.test(ctx.text.slice(ctx.end, ctx.end + 80))) return true;
  const lineStart = lineStartWithin(ctx.text, ctx.start, 40);
  // A log line's timestamp ("2024-10-21 08:15:02.117 I/Cart …" under a "dob:" value): a time of
  // day right after the date, and no birth word before it on its line.
  // (The line's start looked for within 60 characters only: lastIndexOf would walk a long line back to its start per date.)
  if (TIME_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 10)) && !DOB_WORD_RE.test(ctx.text.slice(Math.max(0, lineStartWithin(ctx.text, ctx.start, 60), ctx.start - 60), ctx.start))) return true;
  if (birthLabelTaken(ctx) && !childrenListDate(ctx)) return true;
  if (lineStart < 0) return false;
  const prefix = ctx.text.slice(lineStart, ctx.start);
  // A later field of a form line names the date: "Name: … Booking date: 11/24/2024" above "DOB: …".
  const field = FIELD_LABEL.exec(prefix);
  if (field && field.index > 0 && !DOB_WORD_RE.test(field[1]!)) return true;
  if (DOB_WORD_RE.test(prefix)) return false;
  if (!LINE_LABEL.test(prefix)) return labelUnderBirthDate(ctx.text, lineStart, prefix, ctx.start);
  // "Agent: … confirm your date of birth?" then "Guest: 4 July 1983": a speaker label, and the
  // question on the line before asks for the birth date.
  let prevStart = lineStart - 1;
  const lim = Math.max(0, lineStart - 200);
  while (prevStart > lim && ctx.text.charCodeAt(prevStart - 1) !== 10) prevStart--;
  const prev = ctx.text.slice(Math.max(0, prevStart), lineStart);
  return !(prev.trimEnd().endsWith('?') && DOB_WORD_RE.test(prev));
}

/**
 * "Date of birth: 04/11/1968" above "Seen in A&E on 2 March 2024 …": a birth field on the line above
 * already holds its date, so a date on the next line (with no birth word of its own) is another one.
 * Only a field ("…birth: <date>"): a list's lines each name their own date ("1. Eirik Haugland, f.
 * 14.07.1985" over "2. Jakub …, f. 02.02.1993"). A bounded look (the previous line's last 200
 * characters), for the few dates that reach here. Some birth words end in the date's first digit
 * (" f. 1"), so the date's own line is tested up to that digit.
 */
const LABEL_TAKEN_REACH = 200;
const BIRTH_FIELD_DATE = /^[ \t]*[:：][ \t]*(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.? \p{L}{3,12}\.? \d{4})/u;
function birthLabelTaken(ctx: MatchContext): boolean {
  const t = ctx.text;
  // Bounded line starts (a long single line must not be searched back to its start per date).
  const ls = lineStartWithin(t, ctx.start, LABEL_TAKEN_REACH);
  if (ls <= 0 || DOB_WORD_RE.test(t.slice(ls, ctx.start + 1))) return false;
  const ps = lineStartWithin(t, ls - 1, LABEL_TAKEN_REACH);
  const prev = t.slice(ps < 0 ? ls - 1 - LABEL_TAKEN_REACH : ps, ls - 1);
  const m = DOB_WORD_RE.exec(prev);
  return m !== null && BIRTH_FIELD_DATE.test(prev.slice(m.index + m[0].length));
}

/** A label naming a booking, order, ticket or other reference number, right before a number. */
// Order words in the product's languages too: TR sipariş, ES/PT pedido, FR commande, DE Bestellung, NL bestelling, IT ordine, PL zamówienie.
const OTHER_NUMBER_LABEL = new RegExp(String.raw`(?:${CJK_REFERENCE_LABELS}|\b(?:booking|reservation|order|invoice|ticket|confirmation|tracking|ref(?:erence)?|sipari[sş]|pedido|commande|bestellung|bestelling|ordine|zam[oó]wienie|fatura|factura|facture|rechnung)(?:\W{0,3}(?:no|nr|n[º°o]|number|numaras[ıi]|id|#))?)\W{0,6}$`, 'i');

const PASSPORT_WORDS = [
  'passport', 'reisepass', 'passeport', 'pasaporte', 'passaporto', 'paspoort', 'passnummer', 'passaporte', 'passaport', 'paszport',
  'cestovní pas', 'cestovný pas', 'útlevél', 'vegabréf', 'pașaport', 'pasaport', 'passi', 'putovnica', 'putovnice', 'putovnicu', 'putovnici', 'potni list', 'potnega lista', 'hộ chiếu', 'pasipoti',
  'पासपोर्ट', 'राहदानी', 'パスポート', '旅券', '护照', '護照', '여권', 'جواز السفر', 'جواز سفر', 'جواز', 'گذرنامه', 'דרכון', 'pass-nr', 'passnr', 'pass.-nr', 'číslo pasu', 'ppt',
  // SR/BS "pasoš", LT "pasas / paso Nr.".
  'pasoš', 'pasoša', 'pasos', 'pasosa', 'pasas', 'paso nr', 'paso numeris',
  // ID/MS "nomor paspor", "no. pasport".
  'paspor', 'pasport',
  // DA "pas nr.", "pasnummer" ("pas" alone is also "pass", "watch out").
  'pas nr', 'pas. nr', 'pas-nr', 'pasnr', 'pasnummer',
  // KK төлқұжат (passport; also as normalisation folds its look-alike letters). A seafarer's identity
  // document stands in for the passport on crew lists: UK/RU "посвідчення особи моряка", "паспорт моряка".
  ...foldedSpellings(['төлқұжат', 'посвідчення особи моряка', 'паспорт моряка']), "seaman's book", "seafarer's identity document",
  // BN পাসপোর্ট; KM លិខិតឆ្លងដែន; UR پاسپورٹ (PS پاسپورټ); PA ਪਾਸਪੋਰਟ; KA პასპორტი; SI ගමන් බලපත්‍ර
  // (travel permit) and ගුවන් බලපත්‍ර (air permit, as people also call it), as normalisation leaves
  // them, without the joiner; HY անձնագր- (the stem of its case forms: "Անձնագրիս").
  'পাসপোর্ট', 'លិខិតឆ្លងដែន', 'پاسپورٹ', 'پاسپورټ', 'ਪਾਸਪੋਰਟ', 'პასპორტი', 'ගමන් බලපත්ර', 'ගුවන් බලපත්ර', 'անձնագր',
  // HY; FA/PRS پاسپورت; Egyptian/Levantine Arabic باسبور / باسبورت (the Arabic script has no "p").
  'անձնագիր', 'پاسپورت', 'باسبور', 'باسبورت',
  // AM ፓስፖርት (also with the genitive የ-: "የፓስፖርት ቁጥር", passport number); BE пашпарт.
  'ፓስፖርት', ...foldedSpellings(['пашпарт']),
  // LO ໜັງສືຜ່ານແດນ, as NFKC leaves it (ໜ decomposes to ຫນ).
  'ຫນັງສືຜ່ານແດນ',
  // SO baasaboor (passport), baasaboorka (the passport); TH หนังสือเดินทาง (glued to เลขที่, "number")
  // and the loanword พาสปอร์ต.
  'baasaboor', 'baasaboorka', 'หนังสือเดินทาง', 'พาสปอร์ต',
  // Greek in its case forms (the stress moves: διαβατήριο, genitive διαβατηρίου), folded like all Greek;
  // MK пасош (SR pasoš in Cyrillic).
  ...foldedSpellings(['паспорт', 'διαβατήριο', 'διαβατηρίου', 'διαβατήρια', 'διαβατηρίων', 'пасош']),
  // ML പാസ്‌പോർട്ട് as normalisation leaves it (without the zero-width non-joiner after the virama);
  // GU પાસપોર્ટ; TA பாஸ்போர்ட்; TE పాస్పోర్ట్ and KN ಪಾಸ್ಪೋರ್ಟ್ (without the joiner, as for ML); MY ပတ်စ်ပို့ (the loanword) and နိုင်ငံကူးလက်မှတ်; IG akwụkwọ ngafe; NO/SV "pass" after a
  // comma in a list ("…, NOR, pass FK4829173": "pass" alone is too common a word).
  'പാസ്പോർട്ട്', 'પાસપોર્ટ', 'பாஸ்போர்ட்', 'పాస్పోర్ట్', 'ಪಾಸ್ಪೋರ್ಟ್', 'ပတ်စ်ပို့', 'နိုင်ငံကူးလက်မှတ်', 'akwụkwọ ngafe', ', pass ',
  // MI uruwhenua, ST phasepoto, SM tusi folau, ZU iphasiphothi, HA fasfo, YO ìwé ìrìnnà (also without
  // marks), MG pasipaoro; NO/SV "pass nr" (spaced).
  'uruwhenua', 'phasepoto', 'tusi folau', 'tusifolau', 'iphasiphothi', 'ipasipoti', 'fasfo', 'ìwé ìrìnnà', 'iwe irinna', 'pasipaoro', 'pass nr',
  // LV pase (passport), with its number ("pazaudēja pasi Nr. LV4817263": lost the passport no.).
  'pasi nr', 'pase nr', 'pases nr', 'pases numurs',
  // LV "pase LV4827193" (the passport word right before a Latvian number; "pase" alone is also Spanish).
  'pase lv',
  // CS/SK "č. pasu" (passport no., the genitive).
  'č. pasu', 'č.pasu', 'číslo pasu', 'čísla pasu',
];

/**
 * The document-type cell of a passenger manifest ("KOVAČ,Ivana,1987-03-22,HRV,P,118374652"):
 * "P" is ICAO Doc 9303's code for a passport, which API/PAXLST exports of airlines, ferries and
 * cruise lines write before the document number, often with no passport word in the file. The
 * cells are keywords and context words, so the rule runs on such rows. When such a cell is the
 * context, the validator takes only the value right after it (a "P" elsewhere in the row is some
 * other code); other context (a passport word, a column header) is the pipeline's, as before.
 */
const PASSPORT_TYPE_CELLS = [',p,', ';p;', '\tp\t', '|p|'];
/**
 * NO/SV/DA/DE "Pass" as a table's column name ("Navn | Født | Pass | Telefon", a helicopter's POB
 * list): the word alone is too common in prose, a whole header cell is not (a context cell word).
 * Its written forms are keywords, so the rule runs on such tables. A password column so named
 * holds values a passport's shape rarely fits.
 */
const PASS_HEADER_CELLS = ['| pass |', '|pass|', ',pass,', ';pass;', '\tpass\t', '| pass\n', '|pass\n', ',pass\n', ';pass\n', '\tpass\n'];
const PASSPORT_TYPE_BEFORE = /(?:^|[,;\t|])P[,;\t|]$/;
const PASSPORT_TYPE_NEAR = /[,;\t|]p[,;\t|]/i;
const PASSPORT_WORD_RE = new RegExp(PASSPORT_WORDS.map(escapeRe).join('|'), 'i');
const AFTER_COUNTRY_CODE = /\+\d{1,4}[ .-]?$/;
const SERIES_SIX = /^[A-Z]{2} \d{6}$/;
/**
 * "رقم جواز السفر: P7K482917": letters and digits mixed in a shape no format above names (issuers
 * keep changing theirs), only right after the passport word, with five digits or more.
 */
const LETTER_AFTER_DIGIT = /\d[A-Z]/;
const KNOWN_MIXED = /^(?:[A-Z]\d{7}[A-Z]|\d{2}[A-Z]{2}\d{5}|[CFGHJK][0-9CFGHJKLMNPRTVWXYZ]{8}|[A-NP-Z]{2}[A-NP-Z0-9]{6}\d)$/;
const mixedAfterPassportWord = (v: string, ctx: MatchContext): boolean =>
  v.replace(/\D/g, '').length >= 5 && PASSPORT_WORD_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start));
const PASSPORT_WORD_BEFORE = new RegExp(`(?:${PASSPORT_WORDS.map(escapeRe).join('|')})[\\s:.№#-]{0,6}$`, 'i');
/**
 * `"student_id": "NG2411873"` above `"passport_no": "T8274619"`: a value assigned to a key (JSON, YAML,
 * key=value) that names no passport (nor a travel document: "document_number" beside "document_type":
 * "passport") is that key's, whatever passport word is near.
 */
const KEY_BEFORE = /(?:^|[\n{,])[ \t]*["']?([\p{L}_][\p{L}\p{N}_.-]{0,40})["']?[ \t]*[:=][ \t]*["']?$/u;
const otherKeysValue = (ctx: MatchContext): boolean => {
  const key = KEY_BEFORE.exec(ctx.text.slice(Math.max(0, ctx.start - 48), ctx.start))?.[1];
  // An identifier (snake_case, camelCase, dotted), not a prose label ("Passport no.: …" is no key here).
  return key !== undefined && (/[_.-]/.test(key) || /^[a-z]+[A-Z]/.test(key)) && !PASSPORT_WORD_RE.test(key.replace(/[_.-]+/g, ' ')) && !/doc|travel/i.test(key);
};
const passportEvidence = (ctx: MatchContext): boolean =>
  PASSPORT_TYPE_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 3), ctx.start)) ||
  !contextNear(ctx, PASSPORT_TYPE_NEAR, 50, 50) ||
  contextNear(ctx, PASSPORT_WORD_RE, 50, 50) ||
  (ctx.columnHeader?.(PASSPORT_WORD_RE) ?? false);

// Digit-rule patterns (each is the rule's `pattern`; `detect` tries it only where ../numeric
// finds a token start that can begin it: enough digits, and a first group of a length the
// pattern allows — the `leads` list next to each `digitRunDetector`).
// A spaced dash before a short group separates fields ("Mehmet – +90 532 418 27 93 – 34 KLM 482"),
// so the body continues over " - " only into a group of 5+ digits ("0151 - 12345678") or one followed by
// another ("0151 - 1234 5678"): "(614) 827-3950 – 1503 Oak St" ends before the house number.
// A run of spaces separates columns, not groups ("WEA 03    1004827" in a fixed-width log), and a
// number glued to a further hyphenated part is an id ("cluster_id = 0912-034518-k7x2m9q4"). A dot
// before a space ends the sentence, not a group ("연락처 010-7741-2093. 12월 3일").
// A spaced dash goes on into five or more digits ("612 - 48291"), not into a trunk 0, which opens a
// number of its own ("NHS 412 839 5706 — 07402 918374": dashes are folded to "-").
// A bracket opens the number only around its area code ("(020) 7946 0958"); a whole number in
// brackets ("… a su comercial (612 847 293)") starts at its first digit.
// A slash before the number is a path's ("/api/v2/0904182739"), except right after an e-mail
// address, where it separates the contact's two ways ("連絡先：k.sato@…ac.jp／090-4182-7395", NFKC's "/").
const PHONE = /[+(\d](?<![\w+#$€£¥@.-].|(?<!@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24})\/.|\d[ .-].)(?:(?<=\+)\d(?:[\d()-]|\.(?! )| (?! |- 0|- \d{0,4}(?!\d| \d))){5,21}\d|(?<=\()(?=\+?\d{1,5}\))\+?\d(?:[\d()-]|\.(?! )| (?! |- 0|- \d{0,4}(?!\d| \d))){5,21}\d|(?<=\d)(?:(?=\d{0,5}[ .(-])(?:[\d()-]|\.(?! )| (?! |- 0|- \d{0,4}(?!\d| \d))){6,22}\d|\d{6,14}))(?![\w@]|[.:/-]?\d|-[A-Za-z])/g;
const US_SSN = /\d{3}(?<![\w.-]\d{3})(?:-\d{2}-\d{4}| \d{2} \d{4}|\d{6})(?![\w-]|[. ]\d)/g;
const UK_NINO = /[A-CEGHJ-PR-TW-Z](?<!\w.)[A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?!\w)/g;
// 3-3-4 or compact; Scotland's CHI number (same check digit) is written date first, 6-4.
const UK_NHS = /\d{3}(?<![\w.-]\d{3})(?:([ -])\d{3}\1\d{4}|\d{7}|\d{3} \d{4})(?![\w-]|[. -]\d)/g;
const STEUER_ID = /[1-9](?<![\w.-].)\d ?\d{3} ?\d{3} ?\d{3}(?![\w-]|[. ]\d)/g;
const FR_NIR = /[1-478](?<![\w.-].) ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\w-]|[. ]\d)/gi;
const ES_DNI = /\d{2}(?<![\w.-]\d\d)(?:\d{6}|\.\d{3}\.\d{3})-?[A-HJ-NP-TV-Z](?![\w-])/g;
const IT_CF = /[A-Z](?<![\w-].)[A-Z]{5}[\dLMNP-V]{2}[ABCDEHLMPRST][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z](?![\w-])/g;
const ES_NIE = /[XYZ](?<![\w.-].)-?\d{7}-?[A-HJ-NP-TV-Z](?![\w-])/g;
const NL_BSN = /\d{3}(?<![\w.-]\d{3})(?:\d{6}|\d\.\d{2}\.\d{3}| \d{3} \d{3})(?![\w-]|[. ]\d)/g;
const IN_AADHAAR = /[2-9]\d{3}(?<![\w.-]\d{4}|\d[ -]\d{4})(?:([ -])\d{4}\1\d{4}|\d{8})(?![\w-]|[. -]\d)/g;
const BR_CPF = /\d{3}(?<![\w.-]\d{3})(?:\.\d{3}\.\d{3}-\d{2}|\d{8})(?![\w-]|\.\d)/g;
const CA_SIN = /\d{3}(?<![\w.-]\d{3})(?:([ -])\d{3}\1\d{3}|\d{6})(?![\w-]|[. -]\d)/g;

export const PII_RULES: Rule[] = [
  {
    id: 'pii.email',
    category: 'pii',
    label: 'Email address',
    placeholder: 'EMAIL',
    description:
      'Email addresses (RFC 5321 length limits, dotted domain with alphabetic TLD), also URL-encoded in links (name%40example.com); asset names like icon@2x.png and git@host SSH remotes are excluded.',
    keywords: ['@', '%40'],
    // Starts only at the beginning of a local-part run; local ≤ 64, labels ≤ 63, ≤ 8 labels.
    // Character classes of local part, "@", labels and "." do not overlap, so no backtracking
    // blow-up.
    // "%40": an address URL-encoded in a link or log line (?email=jane.doe%40example.com).
    pattern: /[\w.%+-](?<![\w.%+-].)[\w.%+-]{0,63}(?:@|%40)(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}\b(?![-@])/gi,
    // Same matches, found from each "@" instead of trying every word start (~20× faster).
    detect: scanEmails,
    validate: isEmailAddress,
    context: { words: ['email', 'e-mail', 'mail', 'contact', 'address', 'courriel', 'correo'] },
    score: 0.9,
    samples: {
      positive: ['contact jane.doe@example.com today', 'Mail: J.Smith+news@mail.acme-corp.co.uk', 'mailto:max.mustermann@firma.de', 'ping OPS_TEAM@Example.ORG', 'GET /reset?user=m.rossi%40azienda.it&step=2'],
      negative: ['see icon@2x.png and logo@1.5x.webp', 'git clone git@github.com:org/repo.git', 'npm i lodash@4.17.21', 'user@localhost is not routable', 'twitter @handle', 'upload to sftp://partner:Zq7!pass@files.example-partner.com/in'],
    },
  },
  {
    id: 'pii.phone',
    category: 'pii',
    label: 'Phone number',
    placeholder: 'PHONE',
    description:
      'Phone numbers: international (+CC / 00CC) in any grouping, national numbers in phone-like grouping, bare digit runs only after a phone word, in a phone column or in an HL7 v2 phone field (PID-13/14, NK1-5/6, …); a number closing a line of a contact list whose other lines hold phones, valid in any country; validated with libphonenumber-js (max metadata; its parse and validity steps on compiled metadata, tested equal to the library).',
    keywords: [],
    // Alt 1: starts with "+", "(" or a short digit group followed by a separator, then a bounded
    // run of digits/separators/parentheses ending in a digit. Alt 2: a bare 7–15 digit run (the
    // validator wants a phone word next to it). Never starts or ends inside a longer digit run.
    pattern: PHONE,
    // The validator wants ≥ 7 digits: only starts with that many are tried (see ../numeric).
    detect: digitRunDetector(PHONE, 7),
    validate: isPhoneNumber,
    context: { words: PHONE_CONTEXT },
    score: 0.75,
    samples: {
      positive: [
        // After an e-mail address and a (full-width) slash.
        '連絡先：k.sato@eng.example.ac.jp／090-4182-7395。',
        // A national number after another number and a spaced dash opens with its trunk 0.
        '1. Aisha Rahman — NHS 412 839 5706 — 07402 918374\n2. Aisha Rahman — +44 7402 918374',
        // An on-call label.
        'Dyżur techniczny autoklawów: 22 482 73 91',
        // A whole number in brackets after a calling verb; it starts at its first digit.
        'El cliente pide confirmar el cambio llamando a su comercial (612 847 293), por si es fraude.',
        // An 8-digit number with the phone word a few words back.
        'Hans telefon til opfølgning er 28 41 93 07 og e-mail kommer senere.',
        'Tél. n° 04 72 18 93 40',
        // A contact label of two words before its colon.
        'Certificado submetido. Contacto da transportadora: 912 384 756',
        // An identifier in code naming a phone, called with the number.
        "// prueba\necho formatPhoneForSms('33 1482 9173');",
        // An en dash (folded to a hyphen) and a house number after the number are no part of it.
        'Stop 3 – Sofia Ramirez (K) – guardian (614) 827-3950 – 1503 Oak St',
        // PT "ao dispor pelo" (available on): a mobile offered for a call, no phone word.
        'Qualquer dúvida, estou ao dispor pelo 912 384 719.',
        '고객: 박영자 님, 생년월일 1948.05.17, 연락처 010-7741-2093. 12월 3일 오후 2시 강남점.',
        'Izena: Maialen Etxeberria\nMugikorra: 688 41 27 95\nKontsulta-arrazoia: orbain',
        'Quiero la devolución YA. Llamadme al 622 418 739.',
        '1) Lucía Navarro Peña — DNI 48203917B — nacida el 11/06/1997 — 612 48 39 27',
        'IBAN IE29 AIBK 9311 5212 3456 78\nBIC AIBKIE2D\nQueries: 061 471 902\n\nKind regards',
        '- Jean-Paul Mbarga — 6 77 48 21 93 — jp.mbarga@yahoo.fr\n- Aïssatou Bello — +237 6 94 12 83 57',
        'Also the outlet owner Mr Tan Wei Ming (8194 4699) complains his app freezes',
        'Qué onda. El contacto de soporte de la clínica es 55 4183 2906.',
        'fesoasoani mai: Sione Faleolo, telefoni 72 91057, o le a alu atu',
        'Avisar a la hermana al 011 15-4827-3915, mail',
        'Para cualquier duda, puede llamarnos al 913 482 719.',
        'tej.kovacic@example.si\nMobilni: 031 382 917',
        'ឪពុក៖ សុខ វណ្ណា ទូរស័ព្ទ 012 735 904',
        '- Aïssatou Sow, +221 77 483 29 15\n- Mamadou Ba, 77 640 19 52',
        'राम बहादुर थापा, जुम्ला, मोबाइल 9851072836',
        '- Siti Aminah, HP 0852-1937-4408, Desa Sukamaju',
        "payload={'msisdn': '03335172840', 'amount': 12500}",
        'Agent: Baltic Shipping Agency, ops@example-agency.ee, 24h +372 640 8215',
        'José Meza, NSS 02169247381, cel 646 178 2290',
        'Call me on +1 415 555 2671',
        'UK office: +44 (0)20 7946 0958',
        'celular: 81 1829 3047',
        "Si hi ha cap problema, truca'ns al 93 318 45 72.",
        'Мой телефон 8 (495) 638-41-27, почта o.smirnova62@yandex.ru',
        'Handy: +49 151 12345678',
        'mobile 0151 12345678',
        '(415) 555-2671 is the front desk',
        'my number is 06 12 34 56 78',
        'phone: 4155552671',
        'PID|1||78031405820^^^PESEL^NI||Wrona^Halina||19780314|F|||ul. Polna 3^^Lublin^^20-418^PL||608174293\rPV1|1|O',
        'NK1|1|OKAFOR^NGOZI|SPO^Spouse|12 Marina Rd^^Lagos||08031827465^PRN^CP|',
        'WhatsApp +91 98765 43210',
        'tel. 0044 20 7946 0958',
        '联系人：王芳，手机：139 1045 8826',
        'Meu telefone: (21) 99734-5120, pode ligar depois das 18h.',
        'Ops contact: Mr Goh Keng Wah, 8236 1947 (hp)',
        'HP: 9123 4567',
        'Contact Mdm Lim at 91234567 (handphone) after 6pm',
        'Ondřej Marek · ondrej.marek@example.cz · 731 284 590 · Brno',
        'Buyer: Luka Perić, 098 412 736, luka.peric@example.hr',
        'Kone: Randi Haugland, 22 48 17 30 (fasttelefon, ring etter kl. 17)',
        'Name Nur Aisyah, NRIC on file, contact 8234 5716. Please SMS her.',
        'Kontakt w biurze: 58 341 22 90',
        'Bastián Paredes, nac. 22-11-1968, cel. 9 6128 4037',
        'Iveta Ozola, tālr. 2647 1938',
        'Nombre – DNI – celular:\nWilmer Chunga Purizaca – 41827365 – 964 218 573\nJhon Eca Querevalú – 46093718 – sin celular',
        '{"messaging_product":"whatsapp","to":"639178423310","type":"template"}',
        'Llámenme al 655 20 41 87, por favor.',
        'Jupan celularapa: 76184920.',
        'Sími +354 562 4180 · GSM 661 3058',
        'Τηλέφωνο επικοινωνίας 2310 555 214.',
        'Reversal takes 5–7 working days; call our helpline 1800 425 8812.',
        // Distinctive groupings: an Australian local-rate number, a Chinese mobile 3-4-4; a number in brackets after a name.
        'After-hours dispatch: 1300 418 273',
        'ნინო ბერიძე, ნომერი 599 28 47 39, ითხოვს ნომრის გადატანას',
        'Dades: Matteo Rinaldi, NIE Y4829173S, mòbil 93 482 39 17.',
        'Cualquier cosa me llamas al 965 48 27 31.\nUn saludo,\nMarisa',
        '- Turnos de sábado: Vale y Nico (Vale: +54 9 11 4872-3916, Nico: 11 5829-4173)',
        '已升级给法务，联系人王丽 138 1048 2736',
        'Dobrý den, řidič Pavel Novotný (602 384 917) měl včera nehodu při couvání.',
        // A national number with its trunk 0 under an international one written the same way.
        '- Matej Kralj, +386 41 728 305, matej.kralj@siol.net\n- Urška Zupan, 041 395 812, EMŠO 2306988505123',
        // A sentence with as many commas as the contact line under it is no table header.
        'Živjo, v skupnem dokumentu za pravice smo pozabili odstraniti osebne podatke. Preveri, kaj moram zbrisati:\nPrevajalka: Maja Kranjc, maja.kranjc@siol.net, 041 482 193',
        'La señora puede recoger su pedido el jueves. Su número es 5512 4837.',
        // A contact list without phone words: two other lines carry a country code (listedPhone).
        'Regional coordinators:\nAmina Njoroge (Nairobi) +254 712 482 731\nMoussa Diop (Dakar) 77 482 73 19\nAbebe Tesfaye (Addis) +251 91 148 2731',
      ],
      negative: [
        // A student's number.
        '2025-03-02 08:14:09 ERROR sms: providers.send failed for student 2025-0481 (retry 3)',
        // A number named as an NHS number.
        'Locum orthodontist typed her NHS number as 401 928 3759 on the onboarding form.',
        // A slash before the number is a path's.
        'GET https://files.example.com/archive/0904182739',
        // A number after the number sign is a document's.
        'Le passeport de l\'animal de compagnie est n° FR 0417 29183, vaccin antirabique fait le 1er mars.',
        // "smartphone" names no number (the identifier check is case-sensitive).
        "smartphone('33 1482 9173')",
        // A range of extensions.
        'Our radio callsigns are CR1–CR4 and the site phone extension list is 2201–2245.',
        // Spain's 3-2-2-2 grouping names a mobile (6, 7) without a phone word; other leads need one.
        'Lote 812 48 39 27, caja 3',
        'Queries about order 061 471 902 go to the shop.',
        'The family contact on file for room 12 is 087 214 906 — it is missing a digit.',
        'Invoice (8194 4699) paid in full', 'Chapter 72 91057 of the code',
        'Invoice 1300 418 273 is overdue', 'Zákazník Jan Dvořák (IČO 602 384 917)',
        '185.191.171.13 - - [12/Feb/2025:03:14:08 +0000] "POST /members/login?user=d.fitzgerald@eircom.net HTTP/1.1" 200 1871 "-"',
        'Mojca Zupančič, odjemno mesto 7712-0481, želi samoodčitek',
        'Chinedu Okafor, email chinedu.okafor@yahoo.com, worked with us 2019–2024 on the drip irrigation',
        'Meine Versicherungsnummer bei Ihnen ist 0418-22731, geboren bin ich 1959.',
        '[DEFAULT]\ncluster_id = 0912-034518-k7x2m9q4\n',
        'Wrong NHS number on the form: 943 476 5812 (the system rejects it)',
        "console.log(normalizeMsisdn('955 123 456'));",
        'Draw #2842: 02 17 19 28 33 44, bonus 31.',
        'ΑΜΚΑ 18075203817 (το τηλέφωνο είναι στον φάκελο)',
        '用户投诉水费异常，户号 31-0288174，请安排上门检查。',
        // PID-18, the patient's account number, is not a phone field.
        'PID|1||78031405820^^^PESEL^NI||Wrona^Halina||19780314|F|||ul. Polna 3^^Lublin^^20-418^PL||||||608174293|',
        'WEA 03    1004827      2024-11-18 03:12:44  312',
        'kalau ke rekening aja kak, BCA 0841 927 365 a.n. Dewi Anggraini',
        'LDM\nSI BAG TAGS 0232 418 776 TO 0232 418 801, ULD AKE 81426 W6',
        'MMSI for the last one is 215483000, call sign 9HB3317.',
        'Which of these AWBs fail the check digit? 176-12345675, 020-83746115, 157-48213376',
        'Kft., adószám 24817390-2-09, cégjegyzékszám 09-02-004172, székhely Debrecen',
        'PAN: BQKPP4172L\nIEC: 3114008172\nGST registered',
        'jackpot of ₦50,000,000 (ticket serial 08-0417-2281-33), call the office',
        'Tarjeta inteligente: serie 0412-7731-0058, CAID 0x0500',
        '電話の予約番号 03-1234-5678 です',
        // A part number and its revision in a parts list.
        '0190-34127 Rev B  O-ring kit, chamber lid',
        // A SYNOP weather report: five-character code groups, not a landline.
        'AAXX 12061 06131 07315 24/// /1903 10082 20041 39958 40113 52006 333 55411',
        'her BPI savings 3189-0462-77 instead until the card is replaced',
        'NSS 02169247381, alta en el IMSS',
        'released 2024-01-15 at 10:30:00',
        'version 10.0.19041.1234',
        'order #123-456-7890',
        'server 192.168.100.200 is down',
        'card 4111 1111 1111 1111',
        'uuid 550e8400-e29b-41d4-a716-446655440000',
        'timestamp 1700000000 and invoice 2024-58213-77',
        'population 1 234 567 890',
        'SSN 123-45-6789',
        'call 555-123-4567',
        'ts 1700000000',
        'Sendung mit DHL, Sendungsnummer 6623 1094 77',
        'return label: FedEx 7R2 55K 06 1234 5678',
        'the portal says "invalid IBAN" for NL12 RABO 0417 1643 97',
        'order 139 1045 8826 shipped yesterday',
        'Rechnung Nr. 2024-118273 vom 14.11.2024',
        'Call w/ patient re: statement 88-412-0173, balance $184.20',
        'Abone: Selin Aksoy, abone no 4018293377\nAdres: Kadıköy',
        'Cuenta para el retiro: Bancolombia ahorros 091-482736-15, titular Julián Restrepo',
        'HP EliteBook 840 serial 8236 1947, asset tag 55120',
        'Invoice 8236 1947 (paid), due 30 days',
        'Order 8236 1947 (hp) shipped',
        'Order 731 284 590 confirmed for ondrej.marek@example.cz',
        'Beløp 22 48 17 30 (betalt, ring meg ved spørsmål)',
        'ondrej.marek@example.cz\n731 284 590 units shipped in 2024',
        'contact us about order 4471 0098 if it is late',
        'Contact ID: 8234 5716',
        'F/V "Nova Ondiña" IMO 9384712, MMSI 224318000, call sign EADQ',
        'Tracking number RL 203844175 PK hai.',
        'we counted 9 1234 5678 units',
        'Please call me about these:\n- order 4471 0098\n- 612 345 678 units',
        'ASML-1100   2024-11-28 05:40:03 2024-11-28 07:15:33 PASS',
        'Nombre – DNI – celular:\nJhon Eca Querevalú – 46093718 – sin celular',
        'het rekeningnummer bij de DSB is 3401 2298 45',
      ],
    },
  },
  {
    id: 'pii.us_ssn',
    category: 'pii',
    label: 'US Social Security number',
    placeholder: 'SSN',
    description:
      'US Social Security numbers as AAA-GG-SSSS, or spaced/compact right after an SSN word or in HL7 PID-19; validated by SSA area/group/serial ranges (no 000, 666, 9xx, 00, 0000).',
    keywords: [],
    pattern: US_SSN,
    detect: digitRunDetector(US_SSN, 9, [3, 9], '- '),
    // PID-19 is the patient's SSN in an HL7 v2 message.
    validate: (v, ctx) => isUsSsn(v) && (v[3] === '-' || contextNear(ctx, SSN_WORD, 40) || (ctx !== undefined && inHl7Field(ctx.text, ctx.start, { PID: [19] }))),
    context: { words: ['ssn', 'social security', 'ss#', 'taxpayer'] },
    score: 0.9,
    samples: {
      positive: [
        'SSN: 536-22-1947',
        'her social security number is 536 22 1947',
        'ssn 536221947',
        'employee 412-71-3389 on file',
        'PID|1||88213^^^MERCY^MR||HALE^DORIS||19560302|F||||||||||ACC4471|536221947|',
      ],
      negative: [
        'SSN: 666-22-1947',
        'SSN: 900-22-1947',
        'SSN 536-00-1947',
        'SSN 536-22-0000',
        'order 536221947',
        'date 2024-01-15',
        'part 123-45-67890',
        // PID-18 is the patient's account number.
        'PID|1||88213^^^MERCY^MR||HALE^DORIS||19560302|F|||||||||536221947|',
      ],
    },
  },
  {
    id: 'pii.uk_nino',
    category: 'pii',
    label: 'UK National Insurance number',
    placeholder: 'NINO',
    description:
      'UK National Insurance numbers (AB 12 34 56 C); validated by HMRC prefix rules (excluded letters and unallocated prefixes such as the QQ placeholder).',
    keywords: [],
    pattern: UK_NINO,
    detect: letterDigitDetector(UK_NINO, [2], { spaced: [3], spacedDigits: 6, first: 'ABCEGHJKLMNOPRSTWXYZ' }),
    validate: isUkNino,
    context: { words: ['national insurance', 'nino', 'ni number', 'ni no', 'ni#'] },
    score: 0.85,
    samples: {
      positive: ['NI number: AB 12 34 56 C', 'nino JG103759A', 'National Insurance PX 40 21 87 B'],
      negative: ['QQ 12 34 56 C (HMRC placeholder)', 'GB 12 34 56 A', 'AB 12 34 56 E', 'DA123456A'],
    },
  },
  {
    id: 'pii.uk_nhs_number',
    category: 'pii',
    label: 'UK NHS number',
    placeholder: 'NHS_NUMBER',
    description:
      'UK NHS numbers (10 digits, grouped 3-3-4 or compact) next to an NHS word, Northern Ireland H&C numbers, and Scottish CHI numbers (also 6-4, date first) next to "CHI"; validated by the mod-11 check digit.',
    // "CHI" only as a label ("CHI number", "CHI no", "CHI:"): "chi" is in names and words.
    // Northern Ireland's Health and Care (H&C) numbers use the same check digit. Welsh "rhif GIG"
    // (Gwasanaeth Iechyd Gwladol: NHS number), only with "rhif" ("gig" alone is a word).
    keywords: NHS_WORDS,
    pattern: UK_NHS,
    detect: digitRunDetector(UK_NHS, 10, [3, 6, 10], '- '),
    validate: (v, ctx) => isUkNhsNumber(v) && !inPhoneColumn(ctx),
    context: { words: NHS_WORDS, window: 60, required: true },
    score: 0.85,
    samples: {
      positive: ['{ "nhsNumber": "9714093058" }', 'NHS number: 943 476 5919', 'nhs no 9434765919', 'National Health Service number 401-023-2137', 'CHI number: 140316 4827', 'H&C number: 369 283 8492', 'Annwyl Mr Parry,\nRhif GIG: 9434765919\nDyddiad geni: 3 Mawrth 1956'],
      negative: ['NHS number: 943 476 5918', 'NHS 000 000 0000', '943 476 5919 without context', 'NHS ref 94347659190', 'the machine ran 140316 4827 cycles', 'mã số thuế 0316829471, địa chỉ 142 Nguyễn Đình Chiểu'],
    },
  },
  {
    id: 'pii.de_steuer_id',
    category: 'pii',
    label: 'German tax ID (Steuer-ID)',
    placeholder: 'STEUER_ID',
    description:
      'German tax identification numbers (11 digits) next to a tax-ID word; validated by the digit-repetition rule and the ISO 7064 MOD 11,10 check digit.',
    keywords: ['steuer', 'idnr', 'identifikationsnummer', 'tax id', 'tax-id', 'taxid', 'tax identification'],
    pattern: STEUER_ID,
    detect: digitRunDetector(STEUER_ID, 11, [2, 5, 8, 11], ' '),
    validate: (v, ctx) => isDeSteuerId(v) && !inPhoneColumn(ctx),
    // The tax-ID word named earlier in the sentence ("brauche ich die Steuer-ID im Formular, damit die Uni
    // das Stipendium korrekt meldet: 4918…"): a wider window than the default (the check digit and the
    // digit-repetition rule keep it narrow).
    context: {
      words: ['steuer', 'idnr', 'identifikationsnummer', 'tax id', 'tax-id', 'taxid', 'tax identification'],
      window: 100,
      required: true,
    },
    score: 0.85,
    samples: {
      positive: [
        // The tax-ID word earlier in the sentence.
        'für meine Doktorandenstelle brauche ich die Steuer-ID im Formular, damit die Uni das Stipendium korrekt meldet: 49182736540. Reicht das?',
        'Steuer-ID: 86095742719', 'Meine Steueridentifikationsnummer ist 47 036 892 816', 'IdNr 65929970489', 'German tax ID 57549285017'],
      negative: ['Steuer-ID: 86095742718', 'Steuer-ID: 11111111111', 'Steuer-ID: 12345678901', '86095742719 ohne Kontext'],
    },
  },
  {
    id: 'pii.fr_nir',
    category: 'pii',
    label: 'French social security number (NIR)',
    placeholder: 'NIR',
    description:
      'French NIR / INSEE numbers (15 characters, Corsica 2A/2B), compact or spaced; validated by sex/month fields and the key 97 − (n mod 97).',
    keywords: [],
    pattern: FR_NIR,
    detect: digitRunDetector(FR_NIR, 12, [1, 3, 5, 6, 7, 10, 13, 15], ' ABab'),
    // An animal's ISO 11784 transponder (15 digits, a country code first: "Transponder 276098106482719",
    // "· chip 276098106482917 (registered in Germany)") is no person's number.
    validate: (v, ctx) => isFrNir(v) && !contextNear(ctx, ANIMAL_RECORD, 40, 20) && !CHIP_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start)),
    context: { words: ['sécurité sociale', 'securite sociale', 'sécu', 'nir', 'insee', 'carte vitale', 'social security'] },
    score: 0.85,
    samples: {
      positive: ['NIR : 1 85 05 78 006 084 91', 'n° sécu 285072A00400262', 'numéro INSEE 2 69 05 49 588 157 80'],
      negative: ['Zuchtbuch: Schneeleopard „Tashi“, Transponder 276098106482719, Impfung 03.10.2024', 'NIR : 1 85 05 78 006 084 92', 'NIR 5 85 05 78 006 084 91', 'Rufus · dog · M · ~7 y · 2025-02-06 · chip 276098106482917 (registered in Germany)', 'ref 185137800608491', 'id 123456789012345'],
    },
  },
  {
    id: 'pii.es_dni',
    category: 'pii',
    label: 'Spanish DNI',
    placeholder: 'DNI',
    description: 'Spanish DNI/NIF numbers (8 digits + control letter); validated by the mod-23 letter table.',
    keywords: [],
    pattern: ES_DNI,
    detect: digitRunDetector(ES_DNI, 8, [2, 8], '.'),
    validate: isEsDni,
    context: { words: ['dni', 'nif', 'documento nacional', 'd.n.i'] },
    score: 0.85,
    samples: {
      positive: ['DNI: 12345678Z', 'mi NIF es 48291034-G', 'DNI 12.345.678-Z'],
      negative: ['DNI: 12345678A', 'ref 00000000T', 'code 48291034G1', 'id 1234567Z'],
    },
  },
  {
    id: 'pii.es_nie',
    category: 'pii',
    label: 'Spanish NIE',
    placeholder: 'NIE',
    description: 'Spanish foreigner numbers (X/Y/Z + 7 digits + control letter); validated by the mod-23 letter table.',
    keywords: [],
    pattern: ES_NIE,
    detect: letterDigitDetector(ES_NIE, [1], { spaced: [2], spacedDigits: 7, first: 'XYZ' }),
    validate: isEsNie,
    context: { words: ['nie', 'extranjero', 'foreigner', 'nif'] },
    score: 0.85,
    samples: {
      positive: ['NIE: X1234567L', 'mi NIE es Y-7654321-G', 'nie Z0245813V'],
      negative: ['NIE: X1234567A', 'model X12345678', 'part Y1234567', 'sku XYZ1234567L'],
    },
  },
  {
    id: 'pii.it_codice_fiscale',
    category: 'pii',
    label: 'Italian codice fiscale',
    placeholder: 'CODICE_FISCALE',
    description:
      'Italian codice fiscale (16 upper-case characters, omocodia letters allowed); validated by month letter, day range and the odd/even-table check character.',
    keywords: [],
    // Upper case only, as printed on the tessera sanitaria: a case-insensitive class would make
    // every letter of prose a start candidate (5× slower on plain text).
    pattern: IT_CF,
    // Tried only at its first letter-digit joint (every character before it is a letter), at the
    // offsets a CF can have one; a code whose seven digit positions are all omocodia letters has
    // no joint and is not found.
    detect: letterDigitDetector(IT_CF, [6, 7, 9, 10, 12, 13, 14]),
    validate: isItCodiceFiscale,
    context: { words: ['codice fiscale', 'cod. fisc', 'c.f.', 'cf', 'tax code', 'fiscal code'] },
    score: 0.9,
    samples: {
      positive: ['Codice fiscale: RSSMRA85T10A562S', 'CF BNCHLR90A41F205R', 'tax code VRDGPP80E15H501Q'],
      negative: ['Codice fiscale: RSSMRA85T10A562T', 'RSSMRA85Z10A562S (bad month)', 'ABCDEFGHIJKLMNOP', 'RSSMRA85T10A56'],
    },
  },
  {
    id: 'pii.nl_bsn',
    category: 'pii',
    label: 'Dutch BSN',
    placeholder: 'BSN',
    description: 'Dutch citizen service numbers (9 digits) next to a BSN word, or in an HL7 identifier typed NNNLD (or assigned by NLMINBIZA); validated by the 11-proef.',
    // HL7 v2 (Dutch profile): PID-3 "317294805^^^NLMINBIZA^NNNLD", the identifier type NN + NLD
    // (national person identifier, HL7 table 0203) issued by the ministry of the interior.
    keywords: ['bsn', 'burgerservicenummer', 'sofinummer', 'sofi', 'citizen service', 'nnnld', 'nlminbiza'],
    pattern: NL_BSN,
    detect: digitRunDetector(NL_BSN, 9, [3, 4, 9], ' .'),
    validate: (v, ctx) => isNlBsn(v) && !inPhoneColumn(ctx),
    context: { words: ['bsn', 'burgerservicenummer', 'sofinummer', 'sofi', 'citizen service', 'nnnld', 'nlminbiza'], required: true },
    score: 0.85,
    samples: {
      positive: ['PID|1||7402918^^^HELIXUH^PI~317294805^^^NLMINBIZA^NNNLD||Visser^Anke^^^^^L||19640722|F', 'BSN: 111222333', 'burgerservicenummer 1234.56.782', 'mijn BSN is 745 102 931'],
      negative: ['BSN: 111222334', 'BSN 000000000', '123456782 zonder context', 'BSN 1234567820'],
    },
  },
  {
    id: 'pii.in_aadhaar',
    category: 'pii',
    label: 'Indian Aadhaar number',
    placeholder: 'AADHAAR',
    description:
      'Indian Aadhaar numbers (12 digits, first 2–9) grouped 4-4-4, or compact after an Aadhaar word; validated by the Verhoeff check digit.',
    keywords: [],
    pattern: IN_AADHAAR,
    detect: digitRunDetector(IN_AADHAAR, 12, [4, 12], '- '),
    // Grouped, it needs no word, unless the label right before names another number ("予約番号
    // 2412-0087-4431": a reservation number that happens to pass Verhoeff, as one in ten do).
    validate: (v, ctx) =>
      // After the number only its HL7 assigning authority: `…~482917356207^^^UIDAI^NI`.
      isAadhaar(v) && (contextNear(ctx, AADHAAR_WORD, 40) || HL7_UIDAI_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 10)) || (v.length === 14 && !OTHER_NUMBER_LABEL.test(ctx.text.slice(Math.max(0, ctx.start - 30), ctx.start)))),
    context: { words: ['aadhaar', 'aadhar', 'adhaar', 'uidai', 'uid', ...AADHAAR_SCRIPT_WORDS] },
    score: 0.85,
    samples: {
      positive: [
        'PID|1||UHID0048291^^^AIIMSND^MR~482917356207^^^UIDAI^NI||VERMA^REKHA||19750812|F',
        'Aadhaar: 2345 6789 0124',
        'my aadhaar no 234567890124',
        'UID 4983-2718-3365',
        'நோயாளி முருகன், ஆதார் 234567890124, தொலைபேசி',
      ],
      negative: [
        // A parcel tracking number that passes Verhoeff.
        '荷物の追跡番号は 4829-1735-0624 です（ヤマト運輸）。',
        '予約番号 2412-0087-4431 のお客様から', 'Fatura 2024/TR/000418273, sipariş no 7719-4820-1136.', 'Aadhaar: 2345 6789 0125', 'Aadhaar 1345 6789 0124', 'order 234567890124', 'card 2345 6789 0124 5678'],
    },
  },
  {
    id: 'pii.br_cpf',
    category: 'pii',
    label: 'Brazilian CPF',
    placeholder: 'CPF',
    description:
      'Brazilian CPF numbers as 000.000.000-00, or compact after "CPF" or in a column headed by it; validated by the two mod-11 check digits, repeated-digit numbers rejected.',
    keywords: [],
    pattern: BR_CPF,
    detect: digitRunDetector(BR_CPF, 11, [3, 11], '.'),
    // Compact: after "CPF", or in a column headed by it ("cpf_responsavel").
    validate: (v, ctx) => isBrCpf(v) && (v.length === 14 || contextNear(ctx, CPF_WORD, 40) || (ctx?.columnHeader?.(CPF_COLUMN) ?? false)),
    context: { words: ['cpf', 'cadastro de pessoas'] },
    score: 0.9,
    samples: {
      positive: ['CPF: 529.982.247-25', 'meu cpf 52998224725', 'titular 111.444.777-35'],
      negative: ['CPF: 529.982.247-26', 'CPF 111.111.111-11', 'pedido 52998224725', 'version 529.982.247.25'],
    },
  },
  {
    id: 'pii.ca_sin',
    category: 'pii',
    label: 'Canadian Social Insurance Number',
    placeholder: 'SIN',
    description: 'Canadian Social Insurance Numbers (9 digits, grouped 3-3-3 or compact) next to a SIN word; validated by Luhn and the first digit (never 0 or 8).',
    keywords: ['sin', 'social insurance', 'nas', 'assurance sociale'],
    pattern: CA_SIN,
    detect: digitRunDetector(CA_SIN, 9, [3, 9], '- '),
    // The pipeline's substring check would take "using" for "sin": insist on the whole word.
    // Or in a column headed SIN / NAS (a contractor or payroll export).
    // The word may close the sentence before: "… renvoie son NAS pour le feuillet T4A. Il nous l'a
    // déjà donné une fois, c'est 527 491 831" (80 characters).
    validate: (v, ctx) => isCaSin(v) && (contextNear(ctx, SIN_WORD, 80, 60) || (ctx?.columnHeader?.(SIN_WORD) ?? false)),
    context: { words: ['sin', 'social insurance', 'nas', 'assurance sociale'], window: 80, required: true },
    score: 0.8,
    samples: {
      positive: [
        // The word closing the sentence before.
        'Il faut qu\'il nous renvoie son NAS pour le feuillet T4A. Il nous l\'a déjà donné une fois, c\'est 527 491 831, mais le formulaire est pas signé.',
        'SIN: 527 193 841', 'social insurance number 130-692-544', 'my SIN is 193456787'],
      negative: ['SIN: 527 193 842', 'SIN: 846 454 283', '527 193 841 without any context', 'SIN 000 000 000', 'SIN 046 454 286 (the documentation example: 0 is never issued)'],
    },
  },
  {
    id: 'pii.passport',
    category: 'pii',
    label: 'Passport number',
    placeholder: 'PASSPORT',
    description:
      'Passport numbers in common national formats (9 digits, 1–3 letters + 6–8 digits, SY letter + 9 digits, PH letter + 7 digits + letter, FR 2+2+5, DE and NL 9-character, RU internal 4+6 spaced) only next to a passport word or under a passport column header (also a header cell that says only "Pass", as NO/SV/DE tables name it); no checksum, dates and repeated characters rejected.',
    keywords: [...PASSPORT_WORDS, ...PASSPORT_TYPE_CELLS, ...PASS_HEADER_CELLS],
    // "серия и номер 45 17 318274": Russia's internal passport, a 4-digit series (spaced 2 + 2 or
    // not) and a 6-digit number; never compact, where ten digits would be a phone's.
    // P1234567A: the Philippine format (letter, 7 digits, letter); N012345678: the Syrian one
    // (letter, 9 digits); NXK8R4L27: the Dutch one since 2014 (two letters, six letters or digits,
    // a digit; never the letter O).
    pattern: /[A-Z\d](?<![\w-].)(?:(?<=[A-Z])(?:[A-Z]{0,2}\d{6,8}|\d{9}|[A-Z]? \d{7,8}|[A-Z] \d{6}(?!\d))|(?<=\d)\d \d{7}(?!\d)|(?<=\d)(?:\d \d{2}|\d{3}) \d{6}(?!\d)|(?<=[A-Z])\d{7}[A-Z]|(?<=\d)\d[A-Z]{2}\d{5}|(?<=\d)\d{7,8}|(?<=[CFGHJK])[0-9CFGHJKLMNPRTVWXYZ]{8}|(?<=[A-NP-Z])[A-NP-Z][A-NP-Z0-9]{6}\d|(?<=[A-Z])[A-Z\d]{7,8})(?![\w-])/g,
    // Not the rest of a phone number after its country code ("+252 61 5482739" above "Baasaboor: …").
    // Two letters, a space and six digits ("паспорт FT 482017", Ukraine's booklets) is also an airline's
    // bag tag ("étiquette SN 294817"): only right after the passport word.
    validate: (v, ctx) =>
      isPassportNumber(v) &&
      !AFTER_COUNTRY_CODE.test(ctx.text.slice(Math.max(0, ctx.start - 6), ctx.start)) &&
      passportEvidence(ctx) &&
      !otherKeysValue(ctx) &&
      (!SERIES_SIX.test(v) || PASSPORT_WORD_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))) &&
      (!LETTER_AFTER_DIGIT.test(v) || KNOWN_MIXED.test(v) || mixedAfterPassportWord(v, ctx)),
    context: { words: [...PASSPORT_WORDS, ...PASSPORT_TYPE_CELLS], cells: ['pass'], window: 50, required: true },
    score: 0.75,
    samples: {
      positive: [
        // Icelandic.
        'Jón Sigurðsson, vegabréfsnúmer A3829174, sími +354 661 8294.',
        // Tamil.
        'பிறந்த தேதி 22-09-1989, பாஸ்போர்ட் எண் M8273916, தொலைபேசி',
        // A seafarer's identity document on a crew list.
        'Бондаренко Олег, дата народження 14.02.1990, посвідчення особи моряка AB 482917, дружина: +380 67 482 9153.',
        // Letters and digits mixed, right after the passport word.
        'الاسم: سلطان\nرقم جواز السفر: P7K482917\nالجوال: متوفر',
        'POB-liste NV-214\nNavn | Født | Pass | Telefon\nØyvind Hals | 11.04.1979 | FH4827391 | +47 926 41 083', 'તેનો પાસપોર્ટ નંબર W4827193 છે અને', '1. Eirik Haugland, f. 14.07.1985, NOR, pass FK4829173', 'အမည်: မောင်ဇော်မင်းထွဋ်\nပတ်စ်ပို့နံပါတ်: MH482719', 'Chukwuemeka Nwosu, akwụkwọ ngafe A11837294, ekwentị', 'Emily Carter (สัญชาติอังกฤษ) พาสปอร์ต 538174920 โทร +66 89 214 7730', 'نوم: احمد شاه نوري\nد پاسپورټ شمېره: P04718293', 'ຊື່: Daniel Kowalski\nເລກຫນັງສືຜ່ານແດນ: EK4819273', 'Passport number: 533380006', 'Kurjers Jānis Bērziņš, pase LV4827193, tālrunis', 'pre pani Zuzanu Horvátovú, nar. 11. 7. 1988, č. pasu EK4827361, tel.', 'උපන් දිනය: 1992.04.18\nගුවන් බලපත්ර අංකය: N7392184', 'passport no. X4827193', 'Malika Tursunova — pasport AB 9036172, tel. +998 93 517 20 84', 'Заграничный паспорт № 75 1839274, выдан 12.03.2022', 'PH passport P6281937B, valid to 2031', 'Reisepass C01X00T47', 'paspoortnummer NWR7K2P48', 'numéro de passeport 09AA12345', 'pasaporte PAA123456',
        'Paszport nr ZK4821937, ważny do 2030', 'Uruwhenua: LA4827193', 'Lambar fasfo: A04817263', 'Pasažieris pazaudēja pasi Nr. LV4817263 tramvajā', 'Клієнт обмінника, паспорт FT 482017, тел. уточнити', 'Паспорт: серия и номер 45 17 318274, выдан ОВД', 'Sofia Mancini – إيطاليا – باسبور YA4182739', 'የፓስፖርት ቁጥር፦ EP4817362', 'Імя: Андрэй Кавалёў\nПашпарт: MP3829174', 'aan Maxamed Jaamac, baasaboor P01938274, taariikhda', 'หนังสือเดินทางเลขที่: PY4829173\nวันเกิด', 'Αριθμός διαβατηρίου: AN4827193', 'Nomor paspor: AB4928371, berlaku sampai 2031', 'パスポート番号：TK5820194', 'رقم جواز السفر: N58201947', 'Номер паспорта: 753920184',
        'رقم الجواز السوري: N011482736', 'case_id;name;nationality;passport\nNL-1203;Yusuf Darwish;SY;N009273841',
        'surname,given_name,nationality,doc_type,doc_no\nNOVAK,Petra,SVN,P,PB0482716', 'پاسپورٹ نمبر: AB4827391', 'ਪਾਸਪੋਰਟ: P4829173', 'პასპორტი: 17AB48291', 'Անձնագրիս համարն է AU0391827։', '- Rasmus Holm, pas nr. 211930584, 84 kg + 5 kg bagage', 'Број на пасош: MK2918374', 'പാസ്പോർട്ട് നമ്പർ: N3829174'],
      negative: [
        // A value under another identifier key, a passport key below.
        '{\n  "student_id": "NG2411873",\n  "full_name": "Rohan Mehta",\n  "passport_type": "ordinary"\n}',
        'order P7K482917 shipped (passport photo pending)',
        'Did he pass FH4827391 to you?', 'Passeport vérifié au comptoir. Valise bleue, étiquette SN 294817, vol SN 371', 'Tel: +252 61 5482739 (baasaboor to follow)', 'паспорт 4517318274', 'passport issued 20190314', 'passport 000000000', 'order X4827193 shipped', 'passport photo is blurry, try again', 'passport 1234567890 (ten digits)', 'passport AB123456789', 'passport N000000000'],
    },
  },
  {
    id: 'pii.date_of_birth',
    category: 'pii',
    label: 'Date of birth',
    placeholder: 'DOB',
    description:
      'Dates (numeric, also in Thai Buddhist-era, Taiwan ROC, Japanese era, Iranian Solar Hijri and Nepali Bikram Sambat years, or with a written month in EN/DE/FR/ES/IT/NL/PT/SV/DA/NO/PL/CA/MS/CY/UK/RU/BE/BG/SR/MK/EL/TH/KK/KY/MN/HI/MR/NE/BN/AR) next to a birth word such as DOB, born, geb., né le, geboren, född, urodzony, after the star of a death notice (* 12. April 1938 † …), or in a CSV/TSV column (or a SQL INSERT column) headed by one, or as a date constructor\'s arguments after one (Python date(1984, 2, 29), Java LocalDate.of), or spelled as YYMMDD by an identity number on its line (CURP, RFC, personnummer, Korean RRN); validated as a real, past date within 125 years.',
    keywords: [', b. ', ', n. ', ', s. ', 'dhashay', 'zalwa', 'zalwe', 'zalelwa', 'dzim. ', 'gim. ', 'roj. ', 'fanau ', ...foldedSpellings(['р.н.', 'р. н.', 'г.р.', 'г. р.', 'д.р.', 'д. р.']), 'szül', 'zaalibwa', 'nació ', 'nacio ', 'nací ', 'nasceu ', 'nasci ', 'est né', 'è nat', ...foldedSpellings(['γεν.']), 'เกิด ', 'naskiĝ', 'whānau', 'whanau', 'ganedigezh', 'naissença', 'tsalo', 'aso fanau', 'fāʻeleʻi', 'faʻeleʻi', 'nahaterahana', 'là breith', 'gebuerts', 'lindje', 'de naștere', 'de nastere', 'de naştere', 'naşterii', 'rođendan', 'rodjendan', ...foldedSpellings(['туғилган', 'туган', 'раѓање']), 'زیږون', 'زېږون', 'jibinannde', 'lobadwa', 'mbotama', 'mwen fèt', 'li fèt', 'faedingardag', 'lair tanggal', 'སྐྱེས་', 'dhaloota', 'zvarwa', 'wɔwoo', 'yuriwi', 'anase', ...BORN_SIGN, 'fodd', 'fodelse', 'dob', 'd.o.b', 'birth', 'born', 'geb', 'naissance', 'né le', 'née le', 'nacimiento', 'nacido', 'nacida', 'nascita', 'nato il', 'nata il', "nato l'", "nata l'", 'nato a', 'nata a', 'nascid', 'nascimento', 'geboorte', 'födelse', 'född', 'fødsel', 'født', ...BORN_ABBREVIATION, 'urodz', 'născut', 'nascut', 'nașterii', 'nasterii', 'naşterii', 'syntyn', 'syntymä', 'narozen', 'doğum', 'naixement', 'nascut', 'nascud', 'lahir', 'breithe', 'rugadh', 'ọmụmụ', 'amụrụ', 'ଜନ୍ମ', 'nesans', 'onase', 'dhalasho', 'kuzvarwa', 'الولادة', 'ڄمڻ', 'doglan', 'naschientscha', 'dzimusi', 'dzimis', 'dzimšanas', 'जन्म', 'janam', 'janm', 'fædd', 'fæðingar', 'נולד', 'תאריך לידה', 'תאריך הלידה', 'الميلاد', 'sinh ngày', 'ngày sinh', 'năm sinh', 'sinh năm', 'dyddiad geni', 'ganwyd', 'الازدياد', 'ceann-latha breith', 'උපන් දිනය', '生まれ', '出世日期', '出世紙', '日出世', '生日是', '生日为', '生日為', '生日:', '誕生日:',
      '生年月日', '出生', '생년월일', '일생', 'gebore', 'narodená', 'narodený', 'narodenia', 'rođen', 'rođenja', 'rođ.', 'rojen', 'rojstv', 'született', 'születési',
      ...foldedSpellings(['роден', 'дата на раждане', 'дата рождения', 'дата народження', 'народжен', 'рождени', 'народил', 'народив', 'родил', 'нарадзі', 'нараджэння', 'рођен', 'рођења']), 'დაბადების', 'জন্ম', 'jonmo', 'जन्म', 'ipinanganak', 'kapanganakan', 'bday', 'nar.', ...foldedSpellings(['нар.']), 'مواليد', 'تاریخ تولد', 'متولد', 'پیدائش', 'anniversaire', 'nacemento', 'jaiotze', 'የትውልድ', 'የተወለደ', ', nac. ', '(nac. ', '- nac. ', '\nnac. ', ', sinh ', '(sinh ', '- sinh ', ', ur. ', '(ur. ', '- ur. ', '\nur. ', ', fèt ', '(fèt ', '- fèt ', '\nfèt ', 'datëlindj', 'datelindj', 'lindur', 'lindjes', 'لەدایکبوو', 'ծննդյան', 'ծնված', 'ծնվել', 'ਜਨਮ', 'ọjọ́ ìbí', 'ọjọ ibi', 'ojo ibi', 'haihuwa', ...foldedSpellings(['туған']), 'bûyîn', 'twelid', 'føðingar', 'føddur', 'fødd', 'ልደት', 'မွေး', 'زیږیدو', 'زېږېدو', 'زیږون', 'زېږون', 'kuzaliwa', 'alizaliwa', 'aliyezaliwa', 'waliozaliwa', ...foldedSpellings(['γέννησης', 'γεννήσεως', 'γεννήθηκε', 'γεννημέν']), 'né(e)', 'ne(e)', 'gimim', 'gimęs', 'gimusi', 'kaarawan', 'பிறந்த', 'పుట్టిన', 'జన్మ తేదీ', 'ಜನ್ಮ', 'ಹುಟ್ಟಿದ', 'જન્મ', 'ജനന', 'lokuzalwa', 'تاريخ ميلاد', 'jidayikbûn', 'dhalashada', 'sünniaeg', 'sünnikuupäev', 'sündinud', 'fecha de nac', 'fecha nac', 'fec. nac', 'f. de nac', 'កំណើត', 'ເກີດ', ...foldedSpellings(['төрсөн']), ...foldedSpellings(['раѓање', "tug'ilgan", 'tugʻilgan', 'tug‘ilgan', 'tug’ilgan']), 'amavuko', 'yavutse', ...foldedSpellings(['туулган', 'таваллуд']), 'pagkatawo', 'natawo', 'riegádan', 'დაბ.', 'nasc.', ...ENCODED_BIRTH_ID_WORDS, DAGGER, ...DOB_WORDS_AS_KEYWORDS, ...CHILDREN_LABELS],
    // A constructor's arguments, year first and months counted from 1: Python's date(1984, 2, 29),
    // Java's LocalDate.of(…), C#'s DateOnly(…) (not JavaScript's Date, whose months start at 0).
    // A year-first date with the lunar Hijri era mark after it ("1425/07/11 هـ") is in that calendar.
    // A Thai date's Buddhist-era year runs 2450–2599 (1907–2056): "วันเกิด: 14 ก.พ. 2490". A short
    // case suffix may follow after a hyphen (Guarani "1992-02-14-pe", in 1992-02-14), a longer part not.
    pattern:
      new RegExp(String.raw`(?<![\w./]|(?<![\u0590-\u05ff]|\bi?ka|\bngo)-)(?:(?<=(?:\bdate|\bdatetime|LocalDate\.of|DateOnly|DateTime)\()(?<!\bnew Date\()(?:19|20)\d{2}, ?(?:0?[1-9]|1[0-2]), ?(?:0?[1-9]|[12]\d|3[01])(?=\))|民[國国] ?\d{2,3} ?年 ?(?:0?[1-9]|1[0-2]) ?月 ?(?:0?[1-9]|[12]\d|3[01]) ?日|(?:明治|大正|昭和|平成|令和) ?(?:元|\d{1,2}) ?年 ?(?:0?[1-9]|1[0-2]) ?月 ?(?:0?[1-9]|[12]\d|3[01]) ?日|(?:19|20)\d{2}(?:年 ?(?:0?[1-9]|1[0-2])月 ?(?:0?[1-9]|[12]\d|3[01])日|년 ?(?:0?[1-9]|1[0-2])월 ?(?:0?[1-9]|[12]\d|3[01])일)|(?:0?[1-9]|[12]\d|3[01])\. (?:0?[1-9]|1[0-2])\. (?:19|20)\d{2}\.?|(?:19|20|13|14)\d{2}([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?: ?\u0647\u0640?(?![\u0600-\u06ff]))?|(?:19|20)\d{2}\. (?:0?[1-9]|1[0-2])\. (?:0?[1-9]|[12]\d|3[01])\.?|(?:(?:0[1-9]|[12]\d|3[01])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:0?[1-9]|[12]\d|3[01])-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-)(?:19|20)\d{2}|(?:0?[1-9]|[12]\d|3[01])([-/.])(?:0?[1-9]|[12]\d|3[01])\2(?:(?:19|20|25)\d{2}|\d{2})|(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er)?\.? (?:of |de |ng )?[a-zäéûçźśíáóúýðþæö\u0370-\u03ff\u0400-\u04ff\u1ea0-\u1ef9${ARABIC_LETTERS}]{2,12}\.?,? (?:de )?(?:19|20)\d{2}|[a-zäéûçźś]{3,12}\.? (?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,? (?:19|20)\d{2}|(?:19|20)\d{2}\. (?:gada )?(?:[a-záéíóöőúüűāēīūļņšž]{3,12} (?:0?[1-9]|[12]\d|3[01])\.?|(?:0?[1-9]|[12]\d|3[01])\. [a-záéíóöőúüűāēīūļņšž]{3,12})|(?:0?[1-9]|[12]\d|3[01]) ?(?:${THAI_MONTH_NAMES}) ?(?:25\d{2}|24[5-9]\d|19\d{2}|20\d{2})|${CENTRAL_ASIAN_DATE}|(?:19|20)\d{2} [${INDIC_LETTERS}]{2,12} (?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01]) [${INDIC_LETTERS}]{2,12},? (?:19|20)\d{2})(?![\w/]|-(?![a-z]{1,4}(?![\w-]))|\.\d)`, 'gi'),
    // A date after vom/bis/since/until… starts or ends a period (employment, validity), even
    // next to a birth word: "geb. 04.11.1962, war vom 01.03.2011 bis …".
    validate: (v, ctx) => isPlausibleDateOfBirth(v) && !notABirthDate(ctx) && birthEvidence(v, ctx),
    context: { words: [...DOB_WORDS, ...ENCODED_BIRTH_ID_WORDS, DAGGER, ...CHILDREN_LABELS], window: 40, required: true },
    // Every birth word contains a keyword and must be within 40 characters of the ≤ 30-character
    // date: no match lies further than ~90 characters from a keyword.
    reach: 120,
    score: 0.8,
    samples: {
      positive: [
        // Swiss German Geburi.
        'Name: Reto Aebischer, Geburi 12.05.1979, Natel 079 412 36 58',
        // PT nasc.
        'Dados: Rafael Nogueira, CPF 207.394.815-41, nasc. 11/11/1989. Pode ser?',
        // Romanian with the cedilla ş.
        'Pacientă: Ioana Popescu, data naşterii 30.01.1985, telefon',
        // Georgian abbreviated date of birth.
        '1. გიორგი ბაქრაძე — დაბ. თარიღი 14.02.1987 — ტელ. +995 599 41 82 37',
        // UK нар.; Somali month; Levantine مواليد; a children line with dates in brackets.
        'перша родина: Петренко Ірина, нар. 30.01.1979, тел.',
        'Taariikhda dhalashada: 12 Luulyo 1991',
        'رب الأسرة: محمود الحلبي – مواليد 1979/08/04 – موبايل',
        'Дата народження: 14.07.1983\nДіти: Марко (02.05.2012), Соломія (19.10.2016)',
        // A lunar Hijri date, marked هـ.
        'تاريخ الميلاد: 1425/07/11 هـ',
        // A roster aligned with spaces: the column header names the second row's date too.
        'Kan du lage en vaktliste av dette?\n\nPilot        Født          Mobil\nOla Haugen   14.06.1984    412 83 907\nSiri Dahl    02.11.1991    928 41 375',
        'Коваленко Ірина, дата народження 5 травня 2001, хрещена 20 травня 2001 р.',
        // DD-Mon-YYYY.
        'Name: Ritesh Ramaswamy\nDate of Birth: 14-Jul-1990',
        '病人陳太（1988年9月2日出世）下星期覆診。', '帮我写一条短信给骑手：王磊，身份证上生日是1995年7月12日，手机 138 2947 6153。', 'تاريخ الميلاد: 5 فبراير 2011', '我個仔陳浩然（出世日期 2011年1月15日）下學期會入寄宿。', 'Kowalewska | Marta | +48 601 283 947 | 1983-06-14 | PESEL 83061412748 | Warszawa', 'patient = Patient(name="Ana Lima", birth_date=date(1984, 2, 29), mrn="A-2231")', '1. Nguyễn Thị Hoa - sinh 14/02/1984 - ĐT 0912 482 917', 'Pacients: Ilze Kalniņa, dzim. 04.11.1962, Rīga', 'Naskiĝdato: 02.07.1979, Johano Verda', 'Rā whānau: 21/09/1988 — Hemi Tāwhiri', 'Ziua de naștere: 03.05.1971', 'תאריך הלידה של הבת שלי: 11/06/2014', 'Vairuotojas: Jonas Petraitis, gim. 1988-02-14, Kaunas', 'Skipper: Wayne Pardy, cell 709-555-0100, b. March 3, 1971', 'Erinnya: Nakato Sarah\nYazaalibwa: 02/05/1990', 'Mi hijo es Daniel Pérez, nació el 3 de julio de 2007', 'Umwana: Ishimwe Gisele, yavutse ku wa 2 Gicurasi 2023', 'Cabdi Xasan, dhashay 03/07/2023, hooyadiis Faadumo', 'uNomvula Mkhize, wazalwa ngomhla ka-12 Mashi 1988', 'Rakkaamme Aune Heikkilä, s. 8.9.1935 Kemijärvellä', 'Objavljeno z napačnim datumom rojstva (pravilno: 12. 5. 1939).', 'Ναυτικός: Νίκος Δημητρίου, γεν. 14/02/1985, Πειραιάς', 'Nagy Éva (szül. 1979. május 4.) bejelentette', "const klient = { dataUrodzenia: '1985-04-17' };", 'ผู้ป่วย: นายสมชาย ใจดี เกิด 3 ตุลาคม 2509', '病人：陳大文先生，出生 1948/02/17，住址台中', 'Ime in priimek: Fatima Hadžić\nDatum rojstva: 12. 3. 1985\nTelefon: +386 41 528 374', 'Emri: Arben Hoxha\nData e lindjes: 11.02.1975\nNumri i pasaportës: BA4827391', 'ناو: ئاراس\nڕێکەوتی لەدایکبوون: 1992/08/14', '氏名: 山本 彩花(1986年9月2日生)\n連絡先: 090-4417-2963', '1. Xasan, baasaboor P02918374 — dhalasho 1962-04-09 — tel +252 61 5482937', 'Musi wekuzvarwa: 09/08/1992', 'الاسم: جورج إلياس حداد\nتاريخ الولادة: 1964/02/19', 'ڄمڻ جي تاريخ: 12-06-1990', 'Doglan senesi: 11.09.1959\nPasport belgisi: A1837294', 'Naschientscha: 02-03-1979', 'ନାମ: ସୁଭାଷ ମହାପାତ୍ର\nଜନ୍ମ ତାରିଖ: 03-01-1972', 'Non: Robert Pierre-Louis\nDat nesans: 08/11/1983', 'Téra: Lourdes Benítez\nOnase: 23/07/1979\nCelular: 0981 418 273', 'Siobhán Ní Bhriain\nDáta breithe: 17/05/1971\nPPSN: 8473926EA', 'Aha: Chinedu Okafor\nỤbọchị ọmụmụ: 8 Ọktoba 1993\nEkwentị: +234 803 418 2736', 'పిల్లవాడి పేరు: సాయి కిరణ్\nపుట్టిన తేదీ: 22-01-2017', 'ಜನ್ಮ ದಿನಾಂಕ: 11-01-2002', 'Fæðingardagur: 27. apríl 1991', 'Dîroka jidayikbûnê: 03.04.1994', 'ថ្ងៃខែឆ្នាំកំណើត៖ 15/06/2016', 'ວັນເດືອນປີເກີດ: 07/10/1989', 'Төрсөн огноо: 1988.11.14', 'जन्म मिति: 2048/04/15', 'Taariikhda dhalashada: 03/09/2000', 'DNI 31.482.907 – fecha de nac. 14/02/1985. Ingresó', 'proband 48507140278, sünniaeg 14.07.1985, proov võetud', 'ชื่อ: คุณสมชาย ใจดี\nวันเกิด: 14 ก.พ. 2490\nโทร', 'જન્મ તારીખ: 21-07-1987', 'ജനനത്തീയതി: 08/11/1984', 'Usuku lokuzalwa: 12 April 1987', "Tug'ilgan sana: 12.03.2003", 'Датум на раѓање: 14.07.1989', "Amazina: Mukamana Jeanne\nItariki y'amavuko: 03/11/1991", 'Аты-жөнү: Токтосунова Бермет\nТуулган күнү: 19.04.1990', 'Ному насаб: Каримов Далер\nСанаи таваллуд: 02.09.1983', 'Ngalan: Rowena Abellana\nPetsa sa pagkatawo: 03/22/1979', 'Namma: Máret Sara, riegádan 21.03.1972, telefovdna', '1. Quispe Mamani, Edwin - pasaporte 118274930 - nac. 23/06/1990 - cel. +51 987 431 206', 'Gunnar Sveinsson, fæddur 18. maí 1958, sími +354 694 1827', 'Mgonjwa ni Juma Mwinyi, aliyezaliwa 14/07/1980; mawasiliano ya dada yake', 'het verslag van patiënt Lotte Peeters (°02/03/1984) werd verstuurd', 'Orukọ: Adebayo Oluwaseun\nỌjọ ibi: 23/05/1999\nFoonu', 'Pak Slamet Riyadi, lair tanggal 17 Agustus 1969, nomer HP', 'Murimi Tendai Moyo, akazvarwa musi wa 8 Kurume 1979, nhamba', 'Kwame Asante, wɔwoo no 1975-09-04, ne telefon', 'Juana Quispe Mamani, yuriwipa uruxa 30/11/1983, telefonopa', 'Che réra Rosa Benítez, anase 1992-02-14-pe, che pumbyry', 'བཀྲ་ཤིས་དོན་གྲུབ། སྐྱེས་ཚེས་ 1984-05-12། ཁ་པར་', 'Gammachuu, guyyaa dhalootaa 22/06/1987, bilbila', 'Ñalnde jibinannde: 22-01-1995', 'Tsiku lobadwa: 03/03/1986', 'Mokolo ya mbotama: 19/09/1991', 'Mwen se Marie Pierre, mwen fèt 8 out 1984. Mwen pa', 'مسافر: احمد ولي، د زیږون نیټه 1992-04-01، پاسپورټ', 'Doente: Inês Carvalho Monteiro, n. 1996-02-11', '1. Skipper - Jógvan Joensen, b. 11.02.1972, tel +298 218 347', 'TOMASZ WRÓBEL\nur. 19.06.1990 · +48 604 283 917', 'The cat sitter, Jan Novak, born 12.03.1985, called.', 'Delavec: Matej Kovačič, roj. 14. 9. 1975', 'Видана: Шевченко Олені Вікторівні, 11.04.1990 р.н.', 'Tagata na laveaiina: Losa Leiataua, fanau 07/03/1979', 'isiguli uSipho Ndlovu, uzalwe ngo-21 Juni 1990, inombolo', 'Сорокина Ирина Павловна, д.р. 03.05.1977', 'Դիմող՝ Արմեն Սարգսյան, ծնված 12.03.1987, հեռ.', 'Baby Kowalski   NHS No: 485 920 3712   DOB: 09/02/2025 04:12   Weight 3.41 kg', 'Нұрлан Сейітов, туған күні 1994 жылғы 8 наурыз, тел.', 'Оюунчимэг, төрсөн огноо 1985 оны 4 сарын 17, утас', 'Токтогулова, туулган күнү 1995-жылдын 14-апрели, телефону', 'आयुष थापा, जन्म मिति: 2080 असार 12', 'রহিম উদ্দিনের (জন্ম 12 মার্চ 1980) ব্রোকারেজ', 'Tierhalterin: Sabine Kröger, geb. 03.05.1979', 'Dados do adotante: Rafael Nogueira Lima, CPF 482.913.607-31, nascido em 03/11/1994. Pode deixar espaço para o número do microchip?', '入居予定の山本和子様（生年月日：昭和12年4月3日）のご家族への連絡文', 
        'رقم جوازي R4817203 وتاريخ ميلادي 14/08/1985 عشان التسجيل', 'Finada: Guadalupe Torres Medina, 02/11/1939, CURP TOMG391102MJCRDD05',
        'Anna Berg, 1985-04-12, personnummer 19850412-2384', 'DOB: 1985-03-14', 'date of birth 14/03/1985', 'born on March 14, 1985', 'geb. 14.03.1985', 'née le 14 mars 1985', 'Birthday: 03/14/85', 'nato a Torino il 21/09/1979', 'Data de nascimento: 02/11/1990', 'geboortedatum 17-06-1988', 'Geboortedatum: 12 maart 1987', 'data urodzenia: 3 października 1990', 'född 4 maj 1983', 'Córka urodziła się 7 stycznia 2025', 'născut la 21.05.1979 în Cluj', 'Data de naixement: 3 de maig de 2009', 'Tarikh lahir: 21 Mac 2019', '生年月日：1990年11月3日', '생년월일: 1990년 5월 3일', 'Zuzana Hrušková, narodená 4. 9. 2001 v Žiline', 'Ivana Perić, rođena 23. 10. 1994. u Splitu', 'Agent: Could you confirm your date of birth?\nGuest: 4 July 1983', 'родена на 12.03.1978 в Пловдив', 'РОДЕНА НА 12.03.1978', 'BEGIN:VCARD\nFN:Fake Person\nBDAY:1987-09-17\nEND:VCARD', 'died on 2 May 2020; born on 14 March 1931 in Cork', 'She was born on 3 May 1980 and opened her shop in 2010.', 'Maria Puig, nascuda el 3 de maig de 1990 a Girona', 'נועה ברק, נולדה ב-14.02.1992', 'Kovács Eszter (született: 1991. június 8., Budapest)', 'Dzimusi 1987. gada 12. jūlijā, Rīgā', 'ipinanganak ako noong ika-9 ng Hunyo 1994 sa Cebu', '신청인: 한지우, 1990년 5월 3일생', 'id;nombre;fecha_nacimiento;ciudad\n1;Ana;1990-03-17;Madrid\n2;Luis;1985-10-02;Sevilla', 'Іван Петренко, народився 12.03.1985 у Києві', 'Születési idő: 2001. 11. 05.', 'Tarehe ya kuzaliwa: 03/09/1992', 'Ημερομηνία γέννησης: 21/02/1984', 'Κατερίνα Βλάχου, τηλ. +30 694 718 2935, γεννημένη 23/10/1995.', 'Ελένη Μαυρίδη, γεννημένη 14 Οκτωβρίου 1988, τηλ.', 'Wir nehmen Abschied von Gerda Lührs, * 3. Mai 1931 † 2. März 2025', 'जन्मतारीख: 18/07/1975', 'Születési idő: 2009. április 23.', 'knjižnica: iskaznica za Anu Babić, rođ. 05.09.2009, roditelj Marko', "nel documento c'è scritto nato l'8 febbraio 1976", 'วันเกิด: 21/04/2541', '出生日期：民國 84 年 5 月 9 日', '생일: 1983년 7월 22일 — 생일 주간에 방문 예정', 'Я, Смирнова Ольга Павловна, 05.06.1962 г.р., проживаю по адресу', 'Vardenis Pavardenis | Gimimo data | Paso Nr.\nTomas Rimkus | 1990-08-14 | 24891736', 'Nom : Durand Claire\nNé(e) le : 11/05/1976\nÀ : Lyon', 'PAX 3: MS OKORO/ADA   DOB 07MAR1990   PP A12345678', 'pan Petr Novák, nar. 3. 7. 1981, Brno', 'Beboer: Ingrid Solheim, f. 12.03.1941, rom 14', 'Ngày, tháng, năm sinh: 21/09/2015', 'Ceann-latha breith: 12/03/1941\nFòn an nighinn: 01851 703 418', '保護者の方からのメール：「娘（2011年7月14日生まれ）のアカウントで」', 'උපන් දිනය: 1988-06-21\nගමන් බලපත්‍ර අංකය: N8274913', 'anh Hùng, sinh năm 03/07/1979, ở Long An', 'Gethin Rhys Jones, dyddiad geni 3 Ionawr 2011, rhif GIG', 'วันเกิด: 21 ก.พ. 2554\nผู้ปกครอง: นางวรรณา', 'تاریخ تولد: 1365/07/01 (شمسی) یا 1986/09/23',
        'Заявник: Бондаренко Ігор, народився 30 квітня 1985', 'Дата рождения: 12 марта 1990 г.', 'ДАТА НАРОДЖЕННЯ: 05 СЕРПНЯ 1979', 'Петров Иван, родился 7 нояб. 1968 в Твери', 'роден на 5 декември 1980 г. в Русе', 'Петар Јовановић, рођен 3. јануар 1988.',
        'تاریخ تولد: 1369/06/21', 'متولد 1362-11-05 در تبریز', 'تاریخ پیدائش: 12-03-1991', 'Maître Dubois, anniversaire le 2 mars 1966 (on lui offre des fleurs)', 'Data de nacemento: 11/04/1990', 'Jaiotze data: 1985-09-30', 'የትውልድ ቀን፦ 03/05/1950', 'Jorge Garzún, RUT 14.823.917-7, nac. 03-08-1976, cel. +56 9 8473 2916', 'Olena Kowalenko, paszport FE381927, ur. 07.04.1985, tel. +48 601 284 377', 'Datëlindja: 15.02.2006', 'Ծննդյան ամսաթիվ՝ 11.02.1983', 'ਜਨਮ ਮਿਤੀ: 15-08-1974', 'Ọjọ́ ìbí: 06/12/1987', 'Ranar haihuwa: 01/01/1983', 'Туған күні: 21.03.1994', 'Roja bûyînê: 03.04.1990', '1. Roseline Pierre-Louis, fèt 02/03/1994, telefòn +509 3681 2047', 'Data tat-twelid: 19/01/1985', 'Føðingardagur: 4. mai 2003', 'ዕለት ልደት፡ 02/09/1995', 'မွေးသက္ကရာဇ် - 23 July 1989', 'لومړی ماشوم: احمد شاه، د زیږیدو نیټه: 2015-08-21'],
      negative: [
        // A date literal assigned to a variable named otherwise.
        '$nascimento = DateTime::createFromFormat(\'d/m/Y\', $_POST[\'nascimento\']);\n$hoje = new DateTime(\'2025-06-01\');\n$idade = $hoje->diff($nascimento)->y;',
        // A birth word in quotes.
        'The Lamborghini on the cover was "born" on 3 March 1967 at Sant\'Agata according to the factory.',
        // A children word near a date that is no birth date; a name holding a children word.
        'Kids: drop-off moves to 02/09/2024 at the north gate.',
        '92876,Anya Tanaka,tanaka.anya@example.fr,2026-11-06',
        // A death date after verst.
        'Verstorbene: Hildegard Sommer, verst. 29.10.2024, Urnenwahlgrab UG-14-07',
        // A lunar Hijri date in the future.
        'تاريخ الميلاد: 1475/07/11 هـ',
        // A constructor passed after the birth argument is the reference date.
        'assert is_of_age(member["birth_date"], date(2025, 4, 1))',
        // A baptism's date in a parish register.
        'Коваленко Ірина, хрещена 20 травня 2001 р., парафія св. Миколая',
        // A trial enrolment's date after the birth date.
        'Birth cohort study, participant 0142: enrolled 02-Sep-2024 at site 01 (Barcelona).',
        // JA 出世 (a promotion) after a date is no birth.
        '2019年4月1日に出世して部長になった。',
        // "Happy birthday! See you on …": 生日 alone names no birth date.
        '祝你生日快乐！我们2024年5月3日见。',
        // JavaScript's Date counts months from 0: its arguments are no calendar date.
        'const birth = new Date(1984, 1, 29);',
        // The birth word above already has its date (here an impossible one): a date on the next line is another event.
        'Patient: Mr Andrzej Wójcik   Date of birth: 31/02/1968\nSeen in A&E on 2 March 2024 following a fall at work.',
        'sinh 14/02/1984 tôi đi học',
        'เกิดข้อผิดพลาด 14 มีนาคม 2567 ตอนปิดระบบ',
        '出生率 2023/12/31 統計，出生地：台北',
        'الولادة المتوقعة 2025/03/14',
        'Factura 02/11/2023, RFC TOMG391102MJ8', 'Fecha 03/11/1939, CURP TOMG391102MJCRDD05',
        'DOB: 2031-01-01 (test placeholder)',
        'Patient: Mochi, Shiba Inu, female\nDate of birth: 02.04.2021\nMicrochip: 756098100482719\nEU pet passport: CH-098-1004827',
        'Mèo "Mochi" sinh ngày 03/05/2019, nặng 4,2 kg. Liều Bravecto cho mèo là bao nhiêu?',
        'profile saved, dob field hashed\n2024-10-21 08:15:02.117 I/Cart: add sku=VIT-D3 qty=2',
        'जन्म मिति: 2090 असार 12 (a Bikram Sambat date years ahead)', 'туған күні 1994 жылғы 31 ақпан',
        'Tier: "Bruno", Labrador, geb. 03.05.2019, Chip 276098106472931',
        'DOB: 2099-03-14', 'date of birth 31/02/1985', 'meeting on 2024-03-14', 'born in 1985', 'DOB: 1850-01-01',
        'He passed away on 3 March 2024, aged 88. Born in Leeds, he taught for decades.',
        'Harbour Bakery was born on 2 May 2019 in a shipping container.',
        'The idea was born on 12/09/2021 as a weekend side project.',
        'Our sourdough starter was born on 14 February 2012 and still bubbles.',
        'Release 2.0 shipped on 4. 9. 2021 to all customers.',
        'Se s. 12 f. og møtet 12.03.2024 om budsjettet.',
        'Faktura ref. 12.03.2024, forfall 30 dager',
        // Cyrillic months are whole words: "листа" (a letter's) is not листопада; 31 September does not exist.
        'народився 12 листа 1985', 'Дата рождения: 31 сентября 1990',
        // Solar Hijri: Esfand has at most 30 days; 1410 is still to come.
        'تاریخ تولد: 1369/12/31', 'تاریخ تولد: 1410/01/01',
        "l'anniversaire de la société le 2 mars 1996, avec un apéro",
        // A later field of a form line names its date; the birth word is the next line's label.
        'Name: Raymond Oakes   Booking date: 11/24/2024\nDOB on file, SSN pending',
        'het was 22°C op 12/03/1984 in Gent',
        'CNI n° 112429307 délivrée à Bafoussam le 03/02/2019',
        'Заграничный паспорт № 75 1839274, выдан 12.03.2022',
      ],
    },
  },
  {
    // HL7 v2, the messages hospital systems exchange: PID-7 is the patient's date/time of birth,
    // a TS value (YYYYMMDD, maybe a time after it). The segment's structure is the context: the
    // seventh field after "PID", whatever the fields before it hold.
    id: 'pii.hl7_birth_date',
    category: 'pii',
    label: 'Date of birth (HL7 PID-7)',
    placeholder: 'DOB',
    description: 'Dates of birth in HL7 v2 messages: the seventh field of a PID segment (PID-7, YYYYMMDD with an optional time); validated as a real, past date within 125 years.',
    keywords: ['pid|'],
    pattern: /(?<=(?:^|[\r\n])[ \t]*PID\|(?:[^|\r\n]*\|){6})(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?=\d{0,6}(?:\.\d{1,4})?(?:[+-]\d{4})?(?:[|^\r\n]|$))/g,
    validate: (v) => isPlausibleDateOfBirth(`${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`),
    // A PID segment's first seven fields (ids, names) stay well within this.
    reach: 400,
    score: 0.85,
    samples: {
      positive: [
        'MSH|^~\\&|LAB|HOSP|||202411201200||ADT^A01|123|P|2.5\rPID|1||4829173^^^HOSP^MR||AZUL^MR||19880412|F|||22 Harbour View^^Cardiff',
        'PID|1|12345|67890^^^MRN^MR~123-45-6789^^^SSA^SS||DOE^JOHN^Q^JR^^L||198001011230|M',
        'ADT message:\nPID|||A-20931||NOWAK^ANNA||19620715|F|||ul. Długa 4^^Gdańsk',
      ],
      negative: ['PID|1||4829173^^^HOSP^MR||AZUL^MR||20991231|F', 'PV1|1|I|W1^1^1||||||||||||||||19880412', 'ps -o pid|grep 19880412'],
    },
  },
  {
    // A passport's machine-readable zone (ICAO 9303 TD3): the document number read by its position
    // on line 2 (../mrz.ts), where no passport word stands.
    id: 'pii.passport_mrz',
    category: 'pii',
    label: 'Passport number (MRZ)',
    placeholder: 'PASSPORT',
    description: "Passport numbers in a machine-readable zone (ICAO 9303 TD3 line 2, read by position); validated by the document number's and the birth date's check digits, or by line 1 right above it.",
    // MRZ lines pad with "<<"; a line 2 without any is all but impossible.
    keywords: ['<<'],
    pattern: /[A-Z0-9][A-Z0-9<]{8}\d[A-Z<]{3}\d{7}[MFX<]\d{7}[A-Z0-9<]{14}[\d<]\d/g,
    detect: mrzDocumentNumbers,
    score: 0.9,
    samples: {
      positive: [
        'MRZ:\nP<GBRHOLLOWAY<<ANNA<MARIE<<<<<<<<<<<<<<<<<<<\n5318702648GBR8504124F3009222<<<<<<<<<<<<<<06',
        // Line 2 alone, its check digits holding.
        'Does this MRZ line parse? 5318702648GBR8504124F3009222<<<<<<<<<<<<<<06',
        // A typed zone whose check digits do not hold, under its line 1.
        'MRZ line 1: P<VNMTRAN<<THI<MAI<<<<<<<<<<<<<<<<<<<<<<<<<\nMRZ line 2: B5297314<1VNM9105083F3012126<<<<<<<<<<<<<<04',
      ],
      negative: [
        // A wrong check digit on line 2 alone.
        'Does this MRZ line parse? 5318702649GBR8504124F3009222<<<<<<<<<<<<<<06',
        'template: <<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<',
        'a Java generic Map<String, List<Integer>> and a shift x << 2',
      ],
    },
  },
  {
    id: 'pii.ip_address',
    category: 'pii',
    label: 'IP address',
    placeholder: 'IP_ADDRESS',
    description:
      'IPv4 and IPv6 addresses (public and private); loopback, unspecified, link-local, multicast/netmask, public DNS resolvers and version strings (v1.2.3.4, "version 1.2.3.4", a quad listed among x.y.z versions with no address word on the line, a quad in a firmware/version column) excluded.',
    keywords: [],
    // Documentation form; `detect` runs the IPv4 half as a regex and finds IPv6 from each ":".
    pattern: new RegExp(`${IPV4.source}|${IPV6_SOURCE}`, 'gi'),
    detect: scanIps(IPV4),
    validate: isPersonalIp,
    allow: ['8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '9.9.9.9', '149.112.112.112', '208.67.222.222', '208.67.220.220', '2001:4860:4860::8888', '2001:4860:4860::8844', '2606:4700:4700::1111'],
    context: { words: ['ip', 'address', 'host', 'server', 'client', 'remote', 'login from', 'ipv4', 'ipv6'] },
    score: 0.7,
    samples: {
      positive: [
        'NAT 10.0.0.1 to 192.0.2.7 on the edge router',
        'the db server 10.20.4.17 (firmware upgrade pending) is down', 'NAT 10.0.0.1 -> 192.0.2.7 for the lab', 'login from 203.0.113.42 at midnight', 'ssh admin@10.20.30.40', 'db host 192.168.1.25:5432', 'client 2001:db8:85a3::8a2e:370:7334', 'via fe80::1ff:fe23:4567:890a', 'nginx 1.25.3 proxying to upstream server 10.4.7.21', 'eth0 has 10.1.2.3/24'],
      negative: [
        // An upgrade from one firmware release to the next, "from … to".
        'После обновления прошивки контроллера ворот склада с 4.12.1.3 до 4.13.0.7 перестали приходить события.',
        'firmware upgrade from 4.12.1.3 to 4.13.0.7 failed on two gates',
        // A software version word the IPv4 pattern does not drop.
        'Teilenummer A 628 401 07 71, Steuergerät-SW 4.12.1.3. Im Handbuch steht 450 Nm.',
        // VI version noun, words and a colon before the quad.
        'Phiên bản phần mềm đo sâu: Qinsy 9.6.4.1.',
        // JA version and firmware nouns before the quad.
        '1. 現行バージョン(4.12.1.3)を確認\n2. ロボットコントローラのファームウェアを 4.13.0.0 に更新',
        // An upgrade from a firmware release to the next.
        'Firmware frequentieregelaar 4.12.1.3 → 4.14.0.2 gepland voor zaterdag.',
        // Versions in a sentence that ends with one ("… 2.8.17.").
        'Сейчас стоит 4.12.1.3, вендор рекомендует 4.14.0.2, а для модема — 2.8.17.',
        // A version noun right after the quad; a quad in a list of names and versions.
        '- acu-controller 4.12.1.3 (firmware)',
        '- libiio 0.25, gnuradio 3.10.9.2',
        // A firmware word, then words naming what runs it, then the quad: a release.
        'Давление по ГОСТ, прошивка контроллера насосной станции 4.12.1.3.',
        'The firmware of the controller 4.12.1.3 is current.',
        '- PLC-FW 4.13.0.7 (2025-02)\nImage checksum (4.13.0.7): sha256:b24b','Emberfall 7.4.2 (build 2024.11.27.1183)\n- Fixed: quest not completing on PS5 (client 7.4.1.9)', 'is 192.168.0.0/16 or 10.0.0.0/8 better for the new office?', 'version 1.2.3.4', 'v10.0.0.1', 'listen on 127.0.0.1 and 0.0.0.0', 'netmask 255.255.255.0', 'oid 1.3.6.1.4.1.311', 'time 12:30:45', 'std::vector<int>', 'dns 8.8.8.8', 'bad 300.1.2.3', 'we run Envoy 1.31.2 with Consul 1.19.2.4 on the edge', 'the vendor says to upgrade to 12.1.4.9 first', 'После обновления до прошивки 4.12.1.3 перестал работать режим. На версии 4.11.0.9 всё было нормально.'],
    },
  },
];
