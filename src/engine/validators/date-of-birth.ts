import { escapeRe } from '../escape';
import { foldedSpellings } from '../normalize';

/**
 * Plausible dates of birth. Accepts the numeric forms 1985-03-14, 14/03/1985, 03/14/1985,
 * 14.03.85 and written months in English, German, French, Spanish, Italian, Dutch, Portuguese,
 * Swedish/Danish/Norwegian and Polish (14 March 1985, March 14, 1985, 14. März 1985, 14 mars 1985,
 * 14 de marzo de 1985, 9 mei 1988, 3 maja 1990), and year first in Hungarian and Latvian
 * (1991. június 8., 1987. gada 12. jūlijā), Cyrillic months (UK/RU/BE/BG/SR/MK: 30 квітня 1985),
 * Greek months (7 Μαρτίου 1990), Welsh months (3 Ionawr 2011), Igbo months (8 Ọktoba 1993), Shona,
 * Kinyarwanda and Zulu months (2 Gicurasi 2023, 12 Mashi 1988), Thai
 * Buddhist-era years (21/04/2541, 21 ก.พ. 2554), Solar Hijri years (1369/06/21), Taiwan's ROC
 * years (民國 84 年 5 月 9 日), Japanese era years (昭和12年4月3日), Kazakh, Kyrgyz and Mongolian year-first dates (1994 жылғы 8 наурыз,
 * 1995-жылдын 14-апрели, 1985 оны 4 сарын 17), Devanagari and Bengali month names (12 মার্চ 1980)
 * and Nepali Bikram Sambat months (2080 असार 12). Plausible = a real calendar day, not
 * in the future, at most 125 years ago. Ambiguous D/M vs M/D passes if either reading is a real day.
 */

// Prefix → month; checked in order, so longer prefixes that would clash come first.
// Also Dutch (maart, mei), Portuguese (outubro), Swedish/Danish/Norwegian (maj, des) and Polish,
// whose dates use the genitive (stycznia, lutego, …, grudnia); Catalan (maig, juliol) and
// Malay/Indonesian (Mac, Ogos, Agustus, Disember).
const MONTH_PREFIXES: readonly (readonly [string, number])[] = [
  // Somali Maajo, Juun, Luulyo, Sebtembar, Nofembar (the others share a prefix below; Maajo before
  // Dutch "maart"'s "maa").
  ['maaj', 5], ['juu', 6], ['luu', 7], ['seb', 9], ['nof', 11],
  ['juil', 7], ['juin', 6], ['juli', 7], ['juni', 6], ['jún', 6], ['júl', 7], ['jūn', 6], ['jūl', 7], ['szep', 9],
  ['jan', 1], ['jän', 1], ['ene', 1], ['gen', 1], ['sty', 1],
  ['feb', 2], ['fév', 2], ['fev', 2], ['lut', 2],
  ['mär', 3], ['mae', 3], ['maa', 3], ['mar', 3], ['mac', 3],
  ['apr', 4], ['avr', 4], ['abr', 4], ['kwi', 4],
  ['may', 5], ['mai', 5], ['mag', 5], ['mei', 5], ['maj', 5],
  ['jun', 6], ['giu', 6], ['cze', 6],
  ['jul', 7], ['lug', 7], ['lip', 7],
  ['aug', 8], ['aoû', 8], ['aou', 8], ['ago', 8], ['agu', 8], ['ogo', 8], ['sie', 8],
  ['sep', 9], ['set', 9], ['wrz', 9],
  ['oct', 10], ['okt', 10], ['ott', 10], ['out', 10], ['paź', 10], ['paz', 10],
  ['nov', 11], ['lis', 11], ['nob', 11],
  // Tagalog (Pebrero, Hunyo, Hulyo; the others share a prefix above).
  ['peb', 2], ['hun', 6], ['hul', 7],
  // Hungarian március, április, május (the accented ones; the others share a prefix above).
  ['már', 3], ['ápr', 4], ['máj', 5],
  // Welsh (Ionawr, Chwefror, Mawrth, Ebrill, Mehefin, Gorffennaf, Awst, Medi, Hydref, Tachwedd,
  // Rhagfyr; Mai above).
  ['ion', 1], ['chw', 2], ['maw', 3], ['ebr', 4], ['meh', 6], ['gor', 7], ['aws', 8], ['med', 9], ['hyd', 10], ['tach', 11], ['rhag', 12],
  ['dec', 12], ['déc', 12], ['dez', 12], ['dic', 12], ['des', 12], ['dis', 12], ['gru', 12],
  // Icelandic maí, ágúst, nóvember (the others share a prefix above).
  ['maí', 5], ['ágú', 8], ['nóv', 11],
  // Igbo Jenụwarị, Eprel, Mee, Ọgọọst, Ọktoba (the others share a prefix above).
  ['jen', 1], ['epr', 4], ['mee', 5], ['ọgọ', 8], ['ọkt', 10],
  // Shona Ndira, Kukadzi, Kurume, Kubvumbi, Chivabvu, Chikumi, Chikunguru, Nyamavhuvhu, Gunyana,
  // Gumiguru, Mbudzi, Zvita (Chikunguru before Chikumi).
  ['ndi', 1], ['kuk', 2], ['kur', 3], ['kubv', 4], ['chiv', 5], ['chikun', 7], ['chiku', 6], ['nyam', 8], ['guny', 9], ['gumi', 10], ['mbu', 11], ['zvi', 12],
  // Kinyarwanda Mutarama, Gashyantare, Werurwe, Mata, Gicurasi, Kamena, Nyakanga, Kanama, Nzeri,
  // Ukwakira, Ugushyingo, Ukuboza; Zulu Mashi, Ephreli, Meyi, Agasti (the others share a prefix above).
  ['muta', 1], ['gashy', 2], ['weru', 3], ['mata', 4], ['gicu', 5], ['kame', 6], ['nyak', 7], ['kana', 8], ['nzer', 9], ['ukwa', 10], ['ugus', 11], ['ukub', 12],
  ['mash', 3], ['ephr', 4], ['meyi', 5], ['agas', 8],
];

/**
 * Cyrillic month names, whole words only (a prefix table would read "листа" as листопада or
 * "сена" as сентября): Ukrainian, Russian and Belarusian in the nominative and the genitive that
 * dates use ("30 квітня 1985", "12 марта 1990"), Bulgarian, Serbian and Macedonian (nominative in
 * dates), and the standard abbreviations ("янв.", "сент.", "листоп."). Listed in every spelling
 * normalisation can leave: Cyrillic letters that look Latin are folded to Latin ("серпня" arrives
 * as Latin "cep" + Cyrillic "пня"), and upper case folds more of them than lower case.
 */
const CYRILLIC_MONTHS: readonly (readonly string[])[] = [
  ['січень', 'січня', 'січ', 'январь', 'января', 'янв', 'студзень', 'студзеня', 'януари', 'јануар', 'јануари', 'јан'],
  ['лютий', 'лютого', 'лют', 'февраль', 'февраля', 'фев', 'февр', 'лютага', 'февруари', 'фебруар', 'феб'],
  ['березень', 'березня', 'берез', 'март', 'марта', 'мар', 'сакавік', 'сакавіка'],
  ['квітень', 'квітня', 'квіт', 'апрель', 'апреля', 'апр', 'красавік', 'красавіка', 'април'],
  ['травень', 'травня', 'трав', 'май', 'мая', 'мај'],
  ['червень', 'червня', 'черв', 'июнь', 'июня', 'июн', 'чэрвень', 'чэрвеня', 'юни', 'јун', 'јуни'],
  ['липень', 'липня', 'лип', 'июль', 'июля', 'июл', 'ліпень', 'ліпеня', 'юли', 'јул', 'јули'],
  ['серпень', 'серпня', 'серп', 'август', 'августа', 'авг', 'жнівень', 'жніўня'],
  ['вересень', 'вересня', 'верес', 'сентябрь', 'сентября', 'сен', 'сент', 'верасень', 'верасня', 'септември', 'септембар', 'сеп', 'септ'],
  ['жовтень', 'жовтня', 'жовт', 'октябрь', 'октября', 'окт', 'кастрычнік', 'кастрычніка', 'октомври', 'октобар'],
  ['листопад', 'листопада', 'листоп', 'ноябрь', 'ноября', 'ноя', 'нояб', 'лістапад', 'лістапада', 'ноември', 'ноем', 'новембар'],
  ['грудень', 'грудня', 'груд', 'декабрь', 'декабря', 'дек', 'снежань', 'снежня', 'декември', 'децембар', 'дец'],
];
/**
 * Kazakh months ("1994 жылғы 8 наурыз") and Kyrgyz dates' possessive forms of the Russian names
 * ("1995-жылдын 14-апрели"), whole words, January first.
 */
const CENTRAL_ASIAN_MONTHS: readonly (readonly string[])[] = [
  ['қаңтар', 'қаңтардың', 'январы'],
  ['ақпан', 'ақпанның', 'февралы'],
  ['наурыз', 'наурыздың', 'марты'],
  ['сәуір', 'сәуірдің', 'апрели'],
  ['мамыр', 'мамырдың', 'майы'],
  ['маусым', 'маусымның', 'июну', 'июню'],
  ['шілде', 'шілденің', 'июлу', 'июлю'],
  ['тамыз', 'тамыздың', 'августу', 'августы'],
  ['қыркүйек', 'қыркүйектің', 'сентябры'],
  ['қазан', 'қазанның', 'октябры'],
  ['қараша', 'қарашаның', 'ноябры'],
  ['желтоқсан', 'желтоқсанның', 'декабры'],
];
/**
 * Gregorian months in Devanagari (Hindi, Marathi, Nepali) and Bengali script, whole words
 * ("१२ मार्च १९८०", "১২ মার্চ ১৯৮০": normalisation has already made the digits ASCII).
 */
const INDIC_MONTHS: readonly (readonly string[])[] = [
  ['जनवरी', 'जानेवारी', 'জানুয়ারি', 'জানুয়ারী'],
  ['फरवरी', 'फ़रवरी', 'फेब्रुवारी', 'ফেব্রুয়ারি', 'ফেব্রুয়ারী'],
  ['मार्च', 'মার্চ'],
  ['अप्रैल', 'अप्रिल', 'एप्रिल', 'এপ্রিল'],
  ['मई', 'मे', 'মে'],
  ['जून', 'जुन', 'জুন'],
  ['जुलाई', 'जुलै', 'জুলাই'],
  ['अगस्त', 'ऑगस्ट', 'अगस्ट', 'আগস্ট', 'আগষ্ট'],
  ['सितंबर', 'सितम्बर', 'सप्टेंबर', 'सेप्टेम्बर', 'সেপ্টেম্বর'],
  ['अक्टूबर', 'अक्तूबर', 'ऑक्टोबर', 'अक्टोबर', 'অক্টোবর'],
  ['नवंबर', 'नवम्बर', 'नोव्हेंबर', 'नोभेम्बर', 'নভেম্বর'],
  ['दिसंबर', 'दिसम्बर', 'डिसेंबर', 'डिसेम्बर', 'ডিসেম্বর'],
];
/** Nepali Bikram Sambat months ("२०८० असार १२": the 12th of Asar 2080 BS), Baisakh first. */
const BIKRAM_SAMBAT_MONTHS: readonly (readonly string[])[] = [
  ['बैशाख', 'वैशाख'], ['जेठ', 'जेष्ठ'], ['असार', 'आषाढ', 'असाढ'], ['साउन', 'श्रावण'], ['भदौ', 'भाद्र'], ['असोज', 'आश्विन'],
  ['कात्तिक', 'कार्तिक'], ['मंसिर', 'मङ्सिर', 'मार्ग'], ['पुस', 'पौष'], ['माघ'], ['फागुन', 'फाल्गुन'], ['चैत', 'चैत्र'],
];
const BS_MONTH = new Map<string, number>(BIKRAM_SAMBAT_MONTHS.flatMap((forms, i) => forms.map((w) => [w, i + 1] as const)));
/** Scripts whose month words the rule's pattern takes (Devanagari, Bengali), for its character class. */
export const INDIC_LETTERS = '\u0900-\u097f\u0980-\u09ff';

/**
 * Arabic months as Egypt and the Gulf write them ("5 فبراير 2011"), with the common spellings of
 * the hamza and the final yeh; and the Levantine one-word names (شباط, آذار, نيسان …).
 */
const ARABIC_MONTHS: readonly (readonly string[])[] = [
  ['يناير'],
  ['فبراير', 'شباط'],
  ['مارس', 'آذار', 'اذار'],
  ['أبريل', 'ابريل', 'إبريل', 'نيسان'],
  ['مايو', 'أيار', 'ايار'],
  ['يونيو', 'يونيه', 'حزيران'],
  ['يوليو', 'يوليه', 'تموز'],
  ['أغسطس', 'اغسطس', 'آب'],
  ['سبتمبر', 'أيلول', 'ايلول'],
  ['أكتوبر', 'اكتوبر'],
  ['نوفمبر'],
  ['ديسمبر'],
];
/** The Arabic letters of those names, as a character-class body for the rule's pattern. */
export const ARABIC_LETTERS = '\u0621-\u064a';

/** Greek months, whole words: the genitive dates use ("7 Μαρτίου 1990") and the nominative. */
const GREEK_MONTHS: readonly (readonly string[])[] = [
  ['ιανουαρίου', 'ιανουάριος', 'ιαν'],
  ['φεβρουαρίου', 'φεβρουάριος', 'φεβ'],
  ['μαρτίου', 'μάρτιος', 'μαρ'],
  ['απριλίου', 'απρίλιος', 'απρ'],
  ['μαΐου', 'μαίου', 'μάιος', 'μαΐ'],
  ['ιουνίου', 'ιούνιος', 'ιουν'],
  ['ιουλίου', 'ιούλιος', 'ιουλ'],
  ['αυγούστου', 'αύγουστος', 'αυγ'],
  ['σεπτεμβρίου', 'σεπτέμβριος', 'σεπ'],
  ['οκτωβρίου', 'οκτώβριος', 'οκτ'],
  ['νοεμβρίου', 'νοέμβριος', 'νοε'],
  ['δεκεμβρίου', 'δεκέμβριος', 'δεκ'],
];
/**
 * Thai months, full and in their standard abbreviations ("21 ก.พ. 2554"), January first; Thai
 * dates count years in the Buddhist era. Exported as a regex alternation for the rule's pattern.
 */
const THAI_MONTHS: readonly (readonly string[])[] = [
  ['มกราคม', 'ม.ค.'], ['กุมภาพันธ์', 'ก.พ.'], ['มีนาคม', 'มี.ค.'], ['เมษายน', 'เม.ย.'], ['พฤษภาคม', 'พ.ค.'], ['มิถุนายน', 'มิ.ย.'],
  ['กรกฎาคม', 'ก.ค.'], ['สิงหาคม', 'ส.ค.'], ['กันยายน', 'ก.ย.'], ['ตุลาคม', 'ต.ค.'], ['พฤศจิกายน', 'พ.ย.'], ['ธันวาคม', 'ธ.ค.'],
];
const THAI_MONTH = new Map<string, number>(THAI_MONTHS.flatMap((forms, i) => forms.map((w) => [w, i + 1] as const)));
export const THAI_MONTH_NAMES = [...THAI_MONTH.keys()].map(escapeRe).join('|');
const THAI_DATE = new RegExp(`^(\\d{1,2}) ?(${THAI_MONTH_NAMES}) ?(\\d{4})$`);

const WHOLE_WORD_MONTH = new Map<string, number>(
  [CYRILLIC_MONTHS, GREEK_MONTHS, CENTRAL_ASIAN_MONTHS, INDIC_MONTHS, ARABIC_MONTHS].flatMap((table) => table.flatMap((forms, i) => foldedSpellings(forms).map((w) => [w, i + 1] as const))),
);
/** Scripts whose month names are read as whole words only (no prefix table): Devanagari, Bengali, Greek, Cyrillic, Arabic. */
const WHOLE_WORD_SCRIPT = /[\u0900-\u09ff\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff]/;
/** The year and month words of Central Asian dates, in every spelling normalisation leaves. */
const KK_YEAR = foldedSpellings(['жылғы']).join('|');
const KY_YEAR = foldedSpellings(['жылдын', 'жылы']).join('|');
const MN_YEAR = foldedSpellings(['оны']).join('|');
const MN_ORDINAL = foldedSpellings(['дугаар']).join('|');
const MN_MONTH = foldedSpellings(['сарын']).join('|');
/** Year first with a year word: KK "1994 жылғы 8 наурыз", KY "1995-жылдын 14-апрели". */
const YEAR_WORD_FIRST = new RegExp(`^(\\d{4})(?: (?:${KK_YEAR})|-(?:${KY_YEAR})) (\\d{1,2})[ -](\\S+)$`);
/** MN "1985 оны 4 сарын 17" (the year's 4th month's 17th; "дугаар" may mark the ordinal). */
const MONGOLIAN_DATE = new RegExp(`^(\\d{4}) (?:${MN_YEAR}) (\\d{1,2}) (?:(?:${MN_ORDINAL}) )?(?:${MN_MONTH}) (\\d{1,2})$`);
/** The two forms above as a regex alternation for the rule's pattern (month words checked here). */
export const CENTRAL_ASIAN_DATE = [
  `(?:19|20)\\d{2}(?: (?:${KK_YEAR})|-(?:${KY_YEAR})) (?:0?[1-9]|[12]\\d|3[01])[ -][\\u0400-\\u04ffa-z]{3,14}`,
  `(?:19|20)\\d{2} (?:${MN_YEAR}) (?:0?[1-9]|1[0-2]) (?:(?:${MN_ORDINAL}) )?(?:${MN_MONTH}) (?:0?[1-9]|[12]\\d|3[01])`,
].join('|');
/** Year, month word, day: NE "2080 असार 12" (Bikram Sambat) or "1980 मार्च 12". */
const YEAR_MONTH_DAY = /^(\d{4}) ([\u0900-\u09ff]+) (\d{1,2})$/;

export const monthFromName = (word: string): number => {
  const w = word.toLowerCase().replace(/\.$/, '');
  const whole = WHOLE_WORD_MONTH.get(w);
  if (whole !== undefined) return whole;
  if (w.length < 3 || WHOLE_WORD_SCRIPT.test(w)) return 0;
  for (const [p, m] of MONTH_PREFIXES) if (w.startsWith(p)) return m;
  return 0;
};

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Thai dates count years in the Buddhist era (2541 BE = 1998 CE); no Gregorian birth year is that large. */
const BUDDHIST_ERA_OFFSET = 543;
/** Taiwan's Minguo (ROC) calendar: year 1 = 1912 ("民國 84 年" = 1995). */
const ROC_OFFSET = 1911;
/** Japan's era years: the Gregorian year each era's first year (元年) falls in ("昭和12年" = 1937). */
const JA_ERA_START: Readonly<Record<string, number>> = { 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019 };

/**
 * Iran's and Afghanistan's Solar Hijri calendar ("تاریخ تولد: 1369/06/21"), written year first:
 * the year starts at the March equinox (1 Farvardin ≈ 21 March of year + 621), the first six
 * months have 31 days, the next five 30 and the last 29 or 30. No Gregorian birth year is below
 * 1500, so a year-first date with such a year is read in this calendar (like the Buddhist era).
 */
const SOLAR_HIJRI_MAX = 1500;
const SOLAR_HIJRI_OFFSET = 621;
const plausibleSolarHijri = (year: number, month: number, day: number, now: Date): boolean => {
  if (month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) return false;
  const dayOfYear = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
  const g = new Date(Date.UTC(year + SOLAR_HIJRI_OFFSET, 2, 21 + dayOfYear));
  return plausibleBirthDate(g.getUTCFullYear(), g.getUTCMonth() + 1, g.getUTCDate(), now);
};

/**
 * Nepal's Bikram Sambat ("जन्म मिति: २०४८/०४/१५"), written year first, runs 56–57 years ahead of
 * the Gregorian year and has months of 29 to 32 days. A year-first date more than ten years in the
 * future is read in it (a date in the next ten years is more likely a placeholder or a typo, as in
 * a test log's "dob=2031-01-01"), so births in the last ~47 years are found.
 */
const BIKRAM_SAMBAT_OFFSET = 57;
const BIKRAM_SAMBAT_MIN_AHEAD = 10;
const plausibleBikramSambat = (year: number, month: number, day: number, now: Date): boolean => {
  if (month < 1 || month > 12 || day < 1 || day > 32 || year <= now.getUTCFullYear() + BIKRAM_SAMBAT_MIN_AHEAD) return false;
  const g = year - BIKRAM_SAMBAT_OFFSET;
  return g <= now.getUTCFullYear() && now.getUTCFullYear() - g <= 125;
};

const expandYear = (y: string, now: Date): number => {
  if (y.length === 4) return Number(y) >= 2400 ? Number(y) - BUDDHIST_ERA_OFFSET : Number(y);
  const n = Number(y);
  const cy = now.getUTCFullYear() % 100;
  return n > cy ? 1900 + n : 2000 + n;
};

export const plausibleBirthDate = (year: number, month: number, day: number, now: Date = new Date()): boolean => {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
  const t = Date.UTC(year, month - 1, day);
  if (t > now.getTime()) return false;
  return now.getUTCFullYear() - year <= 125;
};

/**
 * The lunar Hijri calendar (Saudi Arabia, the Gulf: "تاريخ الميلاد: 1425/07/11 هـ"), marked by هـ
 * after the date: the tabular calendar (months of 30 and 29 days, 11 leap years in 30), whose
 * epoch is 16 July 622 (Julian) = 19 July 622 (Gregorian). Close enough to the observed calendar
 * (a day or two) for a plausibility check.
 */
const HIJRI_MARK = /[ ]?\u0647\u0640?$/;
const HIJRI_EPOCH = Date.UTC(622, 6, 19);
const plausibleLunarHijri = (year: number, month: number, day: number, now: Date): boolean => {
  if (month < 1 || month > 12 || day < 1 || day > 30) return false;
  const days = (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + Math.ceil(29.5 * (month - 1)) + day - 1;
  const g = new Date(HIJRI_EPOCH + days * 86_400_000);
  return plausibleBirthDate(g.getUTCFullYear(), g.getUTCMonth() + 1, g.getUTCDate(), now);
};

/** True when `value` is a date in one of the accepted forms and plausible as a birth date. */
export const isPlausibleDateOfBirth = (value: string, now: Date = new Date()): boolean => {
  const v = value.trim();
  if (HIJRI_MARK.test(v)) {
    const h = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(v);
    return h !== null && plausibleLunarHijri(Number(h[1]), Number(h[2]), Number(h[3]), now);
  }
  const numeric = /^(\d{1,4})[-/.](\d{1,2})[-/.](\d{2,4})$/.exec(v);
  if (numeric) {
    const [, a, b, c] = numeric as unknown as [string, string, string, string];
    if (a.length === 4) {
      if (c.length > 2) return false;
      const y = Number(a);
      if (y < SOLAR_HIJRI_MAX) return plausibleSolarHijri(y, Number(b), Number(c), now);
      return plausibleBirthDate(y, Number(b), Number(c), now) || plausibleBikramSambat(y, Number(b), Number(c), now);
    }
    if (a.length > 2 || c.length === 3) return false;
    const y = expandYear(c, now);
    return plausibleBirthDate(y, Number(b), Number(a), now) || plausibleBirthDate(y, Number(a), Number(b), now);
  }
  // date(1984, 2, 29): a constructor's year, month and day.
  const args = /^(\d{4}), ?(\d{1,2}), ?(\d{1,2})$/.exec(v);
  if (args) return plausibleBirthDate(Number(args[1]), Number(args[2]), Number(args[3]), now);
  // 民國 84 年 5 月 9 日 (Taiwan, ROC years).
  const roc = /^民[國国]\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(v);
  if (roc) return plausibleBirthDate(Number(roc[1]) + ROC_OFFSET, Number(roc[2]), Number(roc[3]), now);
  // 昭和12年4月3日 (Japanese era years; 元年 is the first year).
  const era = /^(明治|大正|昭和|平成|令和)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(v);
  if (era) return plausibleBirthDate(JA_ERA_START[era[1]!]! + (era[2] === '元' ? 1 : Number(era[2])) - 1, Number(era[3]), Number(era[4]), now);
  // 1990年11月3日 (ZH/JA), 1990년 5월 3일 (KO).
  const cjk = /^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]$/.exec(v);
  if (cjk) return plausibleBirthDate(Number(cjk[1]), Number(cjk[2]), Number(cjk[3]), now);
  // 4. 9. 2001 / 23. 10. 1994. (CS/SK/HR/SL: day and month each followed by a dot and a space).
  const spaced = /^(\d{1,2})\. (\d{1,2})\. (\d{4})\.?$/.exec(v);
  if (spaced) return plausibleBirthDate(Number(spaced[3]), Number(spaced[2]), Number(spaced[1]), now);
  // 14MAY1969: the airline/ICAO form (day, three-letter English month, year); 14-Jul-1990, 4-Mar-1985
  // (Oracle's and many exports' DD-Mon-YYYY).
  const airline = /^(\d{2})([A-Za-z]{3})(\d{4})$/.exec(v) ?? /^(\d{1,2})-([A-Za-z]{3})-(\d{4})$/.exec(v);
  if (airline) {
    const m = monthFromName(airline[2]!);
    return m > 0 && plausibleBirthDate(Number(airline[3]), m, Number(airline[1]), now);
  }
  // 1998. 06. 14. (HU: year, month and day, each followed by a dot).
  const spacedYearFirst = /^(\d{4})\. (\d{1,2})\. (\d{1,2})\.?$/.exec(v);
  if (spacedYearFirst) return plausibleBirthDate(Number(spacedYearFirst[1]), Number(spacedYearFirst[2]), Number(spacedYearFirst[3]), now);
  // 21 ก.พ. 2554 (Thai, Buddhist-era year).
  const thai = THAI_DATE.exec(v);
  if (thai) return plausibleBirthDate(expandYear(thai[3]!, now), THAI_MONTH.get(thai[2]!)!, Number(thai[1]), now);
  const yearWord = YEAR_WORD_FIRST.exec(v);
  if (yearWord) {
    const m = monthFromName(yearWord[3]!);
    return m > 0 && plausibleBirthDate(Number(yearWord[1]), m, Number(yearWord[2]), now);
  }
  const mongolian = MONGOLIAN_DATE.exec(v);
  if (mongolian) return plausibleBirthDate(Number(mongolian[1]), Number(mongolian[2]), Number(mongolian[3]), now);
  const ymd = YEAR_MONTH_DAY.exec(v);
  if (ymd) {
    const bs = BS_MONTH.get(ymd[2]!);
    if (bs !== undefined) return plausibleBikramSambat(Number(ymd[1]), bs, Number(ymd[3]), now);
    const m = monthFromName(ymd[2]!);
    return m > 0 && plausibleBirthDate(Number(ymd[1]), m, Number(ymd[3]), now);
  }
  // BS month, day first: "12 असार 2080".
  const bsDayFirst = /^(\d{1,2}) ([\u0900-\u097f]+),? (\d{4})$/.exec(v);
  if (bsDayFirst && BS_MONTH.has(bsDayFirst[2]!)) return plausibleBikramSambat(Number(bsDayFirst[3]), BS_MONTH.get(bsDayFirst[2]!)!, Number(bsDayFirst[1]), now);
  // Written month, either order.
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:(?:of|de|ng)\s+)?([^\s\d,.]+)\.?,?\s+(?:de\s+)?(\d{4})$/i.exec(v);
  if (dayFirst) {
    const m = monthFromName(dayFirst[2]!);
    return m > 0 && plausibleBirthDate(Number(dayFirst[3]), m, Number(dayFirst[1]), now);
  }
  // Year first (HU "1991. június 8.", LV "1987. gada 12. jūlijā").
  const yearFirst = /^(\d{4})\.\s+(?:gada\s+)?(?:([^\s\d,.]+)\s+(\d{1,2})\.?|(\d{1,2})\.\s+([^\s\d,.]+))$/i.exec(v);
  if (yearFirst) {
    const m = monthFromName(yearFirst[2] ?? yearFirst[5]!);
    return m > 0 && plausibleBirthDate(Number(yearFirst[1]), m, Number(yearFirst[3] ?? yearFirst[4]), now);
  }
  const monthFirst = /^([^\s\d,.]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(v);
  if (monthFirst) {
    const m = monthFromName(monthFirst[1]!);
    return m > 0 && plausibleBirthDate(Number(monthFirst[3]), m, Number(monthFirst[2]), now);
  }
  return false;
};
