/**
 * Classification markings (`confidential.marking`). Case-aware, because the same words are
 * everyday prose ("keep this confidential between us"):
 *
 * - strong markings (CONFIDENTIAL, STRICTLY CONFIDENTIAL, INTERNAL USE ONLY, ATTORNEY-CLIENT
 *   PRIVILEGED, TOP SECRET, NOT FOR DISTRIBUTION, …) count when written in upper case anywhere,
 *   or in any case when used as a label: at the start of a line (after markup such as `#`, `*`,
 *   `>`, `[`) and followed by the end of the line or a separator (`:`, `-`, `]`, `)`, `|`, …), or
 *   enclosed in brackets: `[Internal Use Only]`;
 * - weak markings (SECRET, RESTRICTED, CLASSIFIED, PROPRIETARY, INTERNAL, SENSITIVE) count
 *   only in upper case AND as a label or in brackets ("RESTRICTED" alone on a line);
 * - banner forms are always markings: `SECRET//NOFORN`, `TLP:RED`, `Classification: Internal`;
 * - policy `custom.markings` extend the list as strong markings (the exact configured spelling
 *   also counts anywhere).
 */
import { CJK_LETTERS } from '../letters';
import type { MatchContext, Rule } from '../types';
import { escapeRe } from '../escape';
import { lineEndWithin, lineStartWithin } from '../lines';
import { foldedSpellings, normalizeString } from '../normalize';

const SEP = '[\\s_\\-]+';
/** ΕΜΠΙΣΤΕΥΤΙΚΟ / εμπιστευτικό in every spelling normalisation can leave (look-alike Greek letters become Latin). */
const GREEK = foldedSpellings(
  // Longer forms first (the regex takes the first alternative that matches): the adjective agrees
  // with its noun in a declared statement ("Οι διαπραγματεύσεις … είναι απόρρητες").
  ['εμπιστευτικές', 'εμπιστευτικός', 'εμπιστευτικοί', 'εμπιστευτική', 'εμπιστευτικά', 'εμπιστευτικό', 'απόρρητες', 'απόρρητος', 'απόρρητοι', 'απόρρητη', 'απόρρητα', 'απόρρητο'].flatMap((w) => [
    w,
    w.normalize('NFD').replace(/\u0301/g, '').normalize('NFC'),
  ]),
);
const AND = '\\s*(?:&|and|\\+)\\s*';
/** Markings in scripts without case (CJK, Devanagari): they count only as a label. */
const CASELESS = [
  // JA 機密情報 (confidential information), ZH 机密信息 / 機密資訊, before 機密 / 机密 alone.
  '機密情報', '机密信息', '機密資訊',
  // JA "本資料の社外への持ち出しを禁止します" (taking this material outside the company is prohibited), 社外持出禁止.
  '社外への持ち出しを禁止', '社外への持出しを禁止', '社外持ち出し禁止', '社外持出禁止',
  // ZH 注意保密 (keep it confidential), as a handling note: "（本文件注意保密，请勿外传）".
  '请注意保密', '請注意保密', '注意保密',
  // ZH 商业机密 / 商業機密 (trade secret), before 机密 alone.
  '商业机密', '商業機密', '商业秘密', '商業秘密',
  '社外秘', '部外秘', '社内限り', '関係者外秘', '極秘', '厳秘', '機密文件', '机密文件', '機密', '机密', '绝密', '内部资料', '内部資料', '请勿外传', '請勿外傳', '注意保密', '严格保密', '嚴格保密', '保密文件', '秘密', '严禁外传', '嚴禁外傳', '仅限管理层传阅', '僅限管理層傳閱', '仅限管理层', '僅限管理層',
  '仅限内部使用', '內部使用', '僅供內部使用', '내부용', '대외비', '극비', '기밀', 'गोपनीय', 'গোপনীয়', 'অভ্যন্তরীণ ব্যবহারের জন্য', 'ரகசியமானது', 'இரகசியமானது', 'ரகசியம்', 'இரகசியம்', 'अति गोपनीय', 'केवल आंतरिक उपयोग हेतु',
  // HE, AR, TH: no case either (HE חסוי: classified; "for internal use only"; AR سرية, the
  // feminine: "هذه الوثيقة سرية").
  'סודי ביותר', 'סודית', 'סודיים', 'סודי', 'חסויה', 'חסויים', 'חסויות', 'חסוי', 'לשימוש פנימי בלבד', 'سري للغاية', 'سرية', 'سري', 'ความลับ', 'ลับที่สุด', 'ลับมาก', 'ลับเฉพาะ', 'ลับ',
  // FA: محرمانه (confidential), خیلی / کاملاً محرمانه (highly / strictly), بکلی سری (top secret);
  // also typed with the Arabic yeh and kaf (ي, ك). Bare سری is also "a series", so not alone.
  'خیلی محرمانه', 'خيلي محرمانه', 'کاملاً محرمانه', 'کاملا محرمانه', 'كاملاً محرمانه', 'كاملا محرمانه', 'بکلی سری', 'بكلي سري', 'به کلی سری', 'محرمانه',
  // UR: خفیہ (secret, confidential), انتہائی خفیہ (top secret); the heh-goal ending also as the Arabic heh.
  'انتہائی خفیہ', 'انتہائی خفيه', 'خفیہ', 'خفيه',
  // KM សម្ងាត់ (secret, confidential); AM ሚስጥራዊ / ምስጢራዊ (confidential, both spellings), ጥብቅ ሚስጥር
  // (strictly secret), ሚስጥር (secret).
  'សម្ងាត់', 'ሚስጥራዊ', 'ምስጢራዊ', 'ጥብቅ ሚስጥር', 'ሚስጥር',
  // NE गोप्य (confidential); SI රහසිගතයි / රහස්යයි / රහස්ය (confidential, it is secret, secret) and
  // අභ්යන්තර භාවිතය සඳහා පමණි (for internal use only), written as normalisation leaves them, without
  // the zero-width joiner.
  'गोप्य', 'රහසිගතයි', 'රහසිගත', 'රහස්යයි', 'රහස්ය', 'අභ්යන්තර භාවිතය සඳහා පමණි',
  // KA კონფიდენციალური / საიდუმლო (confidential, secret: Georgian has no case); PA ਗੁਪਤ (secret); TE
  // గోప్యం (confidential), అంతర్గత వినియోగానికి మాత్రమే (for internal use only).
  'კონფიდენციალური', 'საიდუმლო', 'ਗੁਪਤ', 'గోప్యం', 'అంతర్గత వినియోగానికి మాత్రమే',
  // ML രഹസ്യം (secret), അതീവ രഹസ്യം (top secret), ആന്തരിക ഉപയോഗത്തിന് മാത്രം (for internal use only);
  // TH ใช้ภายในเท่านั้น / สำหรับใช้ภายในเท่านั้น (for internal use only).
  'അതീവ രഹസ്യം', 'രഹസ്യം', 'ആന്തരിക ഉപയോഗത്തിന് മാത്രം', 'สำหรับใช้ภายในเท่านั้น', 'ใช้ภายในเท่านั้น',
  // ZH (Taiwan) 限閱 / 限阅 (restricted reading), 僅限內部使用 (internal use only); UR صرف اندرونی
  // استعمال کے لیے (for internal use only).
  '限閱', '限阅', '僅限內部使用', '内部技术资料', '內部技術資料', 'صرف اندرونی استعمال کے لیے', 'صرف اندرونی استعمال کے لئے',
  // JA 取扱注意 (handle with care), BN অত্যন্ত গোপনীয় (highly confidential), TA உள் பயன்பாட்டிற்கு
  // மட்டும் (for internal use only).
  '取扱注意', '取り扱い注意', '取扱い注意', 'অত্যন্ত গোপনীয়', 'உள் பயன்பாட்டிற்கு மட்டும்',
];
/** Cyrillic markings (BG/SR/MK/UK/RU/UZ), in every spelling normalisation can leave. */
const CYRILLIC = foldedSpellings([
  'поверително', 'строго поверително', 'поверљиво', 'строго поверљиво', 'доверливо', 'строго доверливо', 'конфіденційно', 'конфиденциально',
  'строго конфиденциально', 'для служебного пользования', 'для службового користування', 'коммерческая тайна', 'комерційна таємниця',
  // UZ in Cyrillic (махфий; in Latin script maxfiy, in STRONG); MN нууц (secret); KK "for official
  // use", құпия (secret).
  'махфий', 'нууц', 'қызмет бабында пайдалану үшін', 'құпия',
  // BG "for internal / official use"; BE "for official use"; UK/RU "confidential information".
  'за вътрешно ползване', 'за служебно ползване', 'для службовага карыстання', 'конфіденційна інформація', 'конфиденциальная информация',
  // RU/UK short adjectives ("Информация конфиденциальна до …"), after the compounds that start with them
  // (the regex takes the first alternative that matches).
  // The instrumental after "является / є" ("Этот документ является конфиденциальным"), before the
  // short forms it starts with; BG, SR and MK adjectives in their masculine, feminine and plural forms.
  'конфиденциальными', 'конфиденциальным', 'конфиденциальной', 'конфіденційними', 'конфіденційним', 'конфіденційною',
  'конфиденциальна', 'конфиденциальны', 'конфиденциален', 'конфіденційна',
  'поверителен', 'поверителна', 'поверителни', 'поверљив', 'поверљива', 'поверљиви', 'доверлив', 'доверлива',
]);


const STRONG = [
  // Compound markings first: the regex takes the first alternative that matches, not the longest.
  // Swahili "… ni ya siri" / "ni za siri" (is confidential): a marking only in a declared statement (the Swahili row of DECLARED_STATEMENTS).
  `(?:ya|za)${SEP}siri`,
  // HE "המסמך מיועד לצוות ההנהלה בלבד" (the document is intended for the management team only): a
  // marking only in a declared statement (the Hebrew row of DECLARED_STATEMENTS); "for reference /
  // information / illustration only" (לעיון, למידע, להמחשה …) says how to read it, not who may.
  `מיועד(?:ת|ים|ות)?\\s+(?!לעיון|למידע|להמחשה|לדוגמה|להתרשמות)ל[^\\s.,;:!?]{1,20}(?:\\s+[^\\s.,;:!?]{1,20}){0,3}\\s+בלבד`,
  // UK negotiations: "Subject to contract and strictly confidential", "Without prejudice and
  // confidential", "Confidential – subject to contract" (the legal status joined to the marking).
  `(?:subject${SEP}to${SEP}contract|without${SEP}prejudice)(?:\\s*[,&+]\\s*|${SEP}and${SEP}|\\s*,\\s*and${SEP}|\\s*[-/|:]\\s*)(?:strictly${SEP}|highly${SEP}|private${AND})?confidential`,
  `(?:(?:strictly|highly)${SEP}|private${AND})?confidential(?:\\s*[,&+]\\s*|${SEP}and${SEP}|\\s*,\\s*and${SEP}|\\s*[-/|:]\\s*)(?:subject${SEP}to${SEP}contract|without${SEP}prejudice)`,
  // A compound ends the phrase: "CONFIDENTIAL – internal postmortem" is CONFIDENTIAL and prose.
  `(?:restricted|internal|confidential)\\s*[-/|:]\\s*(?:internal|restricted|confidential)(?:${SEP}only)?(?![ \\t]*[A-Za-z])`,
  `(?:strictly${SEP}confidential|confidential|internal(?:${SEP}(?:use${SEP})?only)?|restricted|(?:shared${SEP})?under${SEP}(?:an?${SEP})?nda)\\s*[-/|:]\\s*(?:do${SEP}not${SEP}(?:distribute|forward|share|copy)|not${SEP}for${SEP}distribution)`,
  `strictly${SEP}confidential`,
  `highly${SEP}confidential`,
  `company${SEP}confidential`,
  // A maker's proprietary-information footer ("AeroTech Engine Services · COMPANY PROPRIETARY · …").
  `company${SEP}proprietary`,
  `business${SEP}confidential`,
  // A board's papers ("Board Confidential" in a slide footer); "the board confidential session" is
  // lower case, which STRONG markings need a label for.
  `board${SEP}confidential`,
  // A clinical-trial sponsor's documents (protocols, investigator brochures): "Sponsor Confidential".
  `sponsor${SEP}confidential`,
  // "Strictly private & confidential – do not forward.": with its instruction, a marking wherever it stands.
  `(?:strictly${SEP})?private${AND}confidential(?:\\s*[-/|:]\\s*(?:do${SEP}not${SEP}(?:distribute|forward|share|copy)|not${SEP}for${SEP}distribution))?`,
  `privileged${AND}confidential`,
  `proprietary${AND}confidential`,
  `confidential${AND}proprietary`,
  `confidential${AND}privileged`,
  `attorney${SEP}client${SEP}(?:privileged?|communication)`,
  // The same privilege in ES/PT/IT/FR ("Privilegio abogado-cliente", "sigilo advogado-cliente",
  // "privilège avocat-client" in Canada), as a marking like the English one.
  `(?:privilegio|privilégio|privilège|privilege|sigilo|secreto)${SEP}(?:abogado|advogado|avvocato|avocat)${SEP}clien(?:te|t)`,
  // US bank and credit-union examiners' reports; UK government OFFICIAL-SENSITIVE.
  `confidential${SEP}supervisory${SEP}information`,
  `official[\\s:_-]+sensitive`,
  // The same UK government marking in Welsh: SWYDDOGOL-SENSITIF (OFFICIAL-SENSITIVE), SWYDDOGOL (OFFICIAL).
  `swyddogol[\\s:_-]+sensitif`,
  // New Zealand government: IN-CONFIDENCE (hyphenated: "in confidence" is also prose).
  `in[-_]confidence`,
  // "Documento confidencial – uso exclusivo del Comité": the document word and the marking.
  `(?:document|documento|dokument|doc)${SEP}(?:confidential|confidencial|confidentiel|vertraulich|vertrouwelijk|poufny|konfidentiellt)`,
  `attorney${SEP}work${SEP}product`,
  `privileged${SEP}communication`,
  `(?:for${SEP})?internal${SEP}(?:use${SEP})?only`,
  `(?:for${SEP})?official${SEP}use${SEP}only`,
  // US energy regulation (FERC): Critical Energy/Electric Infrastructure Information.
  `critical${SEP}energy\\s*/\\s*electric${SEP}infrastructure${SEP}information`,
  `not${SEP}for${SEP}(?:public${SEP}|external${SEP})?(?:distribution|release)`,
  `do${SEP}not${SEP}(?:distribute|forward|share|copy|release)`,
  `eyes${SEP}only`,
  `sensitive${SEP}but${SEP}unclassified`,
  `controlled${SEP}unclassified${SEP}information`,
  `top${SEP}secret`,
  // A court filing's caption: "FILED UNDER SEAL" (upper case or as a label, like the others).
  `(?:filed${SEP})?under${SEP}seal`,
  `confidential`,
  // The same markings in the other languages the product ships to (DE, FR, ES/PT, IT, NL).
  `streng${SEP}vertraulich`,
  `vertraulich`,
  // "Nur für den internen Gebrauch (der Redaktion / des Vorstands)": whose internal use, in the genitive.
  `nur${SEP}f(?:ü|ue)r${SEP}den${SEP}(?:internen${SEP}gebrauch|dienstgebrauch)(?:${SEP}(?:der|des)${SEP}[a-zäöüß]{3,30})?`,
  `strictement${SEP}confidentiel(?:le)?`,
  `confidentiel(?:le)?`,
  `diffusion${SEP}restreinte`,
  `(?:estrictamente|estritamente)${SEP}confidencial`,
  `confidencial`,
  // PT (BR): "SIGILOSO" (the public administration's and courts' marking), "segredo de justiça" (sealed case).
  `sigilos[oa]`,
  `segredo${SEP}de${SEP}justi(?:ç|c)a`,
  `(?:s[oó]lo${SEP}|somente${SEP}|apenas${SEP})?(?:para${SEP})?uso${SEP}interno`,
  // ES/PT "(Documento de) uso restringido / restrito" (restricted use); ES "Información reservada" (a class
  // of Latin American access-to-information laws).
  `informaci[oó]n${SEP}reservada`,
  `(?:documento${SEP}de${SEP})?uso${SEP}restri(?:ngido|to)`,
  `strettamente${SEP}riservat[oa]`,
  // IT "SOLO PER IL CDA" (for the board only), as a second marking after RISERVATO.
  `solo${SEP}per${SEP}il${SEP}(?:cda|consiglio(?:${SEP}di${SEP}amministrazione)?)`,
  `riservat[oa]${SEP}e${SEP}confidenziale`,
  `(?:strettamente${SEP})?confidenziale`,
  // IT "(atto coperto da) segreto investigativo / istruttorio" (investigative secrecy).
  `(?:atto${SEP}coperto${SEP}da${SEP})?segreto${SEP}(?:investigativo|istruttorio)`,
  `strikt${SEP}vertrouwelijk`,
  `vertrouwelijk`,
  `(?:alleen${SEP})?voor${SEP}intern${SEP}gebruik`,
  // PL, SV, DA/NO, FI.
  `(?:informacja${SEP}|dokument${SEP})?(?:ściśle${SEP})?poufn[aey]`,
  `ściśle${SEP}tajne`,
  // "Tajemnica przedsiębiorstwa" (trade secret, art. 11 of the Polish unfair-competition act).
  `tajemnic[ayę]${SEP}przedsiębiorstwa`,
  `(?:wyłącznie${SEP})?do${SEP}użytku${SEP}wewnętrznego`,
  `(?:strikt${SEP})?konfidentiellt?`,
  `endast${SEP}för${SEP}internt${SEP}bruk`,
  // SV handling instruction "Får ej / inte spridas (utanför …)" (must not be spread).
  `får${SEP}(?:ej|inte)${SEP}spridas(?:${SEP}(?:utanför|till|externt)(?:${SEP}[a-zåäö]{2,30})?)?`,
  // US export control (ITAR, 22 CFR 120–130; EAR): "EXPORT CONTROLLED", "ITAR-controlled technical data".
  `(?:itar${SEP}|ear${SEP})?export${SEP}controlled`,
  `itar${SEP}controlled`,
  // A press release held back: "EMBARGOED UNTIL 00:01 GMT …" (upper case or as a label).
  `embargoed${SEP}(?:until|till)`,
  // Swedish public-sector secrecy: "Sekretessbelagd" (the OSL reference form is a BANNER).
  `sekretessbelagd`,
  `(?:strengt${SEP})?fortroligt?`,
  // Nynorsk "fortruleg" (confidential), also spelled "fortroleg".
  `(?:strengt${SEP})?fort(?:ru|ro)leg`,
  `konfidensielt?`,
  `kun${SEP}til${SEP}intern(?:t)?${SEP}br(?:ug|uk)`,
  `luottamuksellinen`,
  // FI "Salassa pidettävä" (to be kept secret).
  `salassa${SEP}pidettävä`,
  // IT header form (and the ES/PT "documento reservado"), CS/SK, TR.
  `documento${SEP}riservato`,
  `documento${SEP}reservado`,
  `comunicazione${SEP}riservata`,
  `(?:přísně${SEP})?důvěrn[éýá]`,
  `dôvern[éýá]`,
  `pouze${SEP}pro${SEP}interní${SEP}potřebu`,
  `çok${SEP}gizli`,
  // TR "Hizmete Özeldir" (with the copula suffix).
  `hizmete${SEP}özel(?:dir)?`,
  `kişiye${SEP}özel`,
  // TR "(Yalnızca) kurum içi kullanım içindir" (for internal use only), as normalisation leaves it (dotless ı folded to i).
  `(?:yalnizca${SEP})?kurum${SEP}i[çc]i${SEP}kullanim${SEP}i[çc]in(?:dir)?`,
  // UK government and procurement markings; HU, RO; Greek (written as normalisation leaves it:
  // the Greek capitals that look Latin are folded to Latin).
  `official${SEP}sensitive`,
  `(?:commercial|medical|staff|personal|management)${SEP}in${SEP}confidence`,
  `(?:szigorúan${SEP})?bizalmas(?:ak)?`,
  `(?:strict${SEP})?confiden[țţt]ial[ăe]?`,
  ...GREEK.map(escapeRe),
  // Hyphenated only: "THINGS YOU NEED TO KNOW" is a headline, "NEED-TO-KNOW" a caveat.
  `need[-_]to[-_]know`,
  // LT/LV/ET, SL/HR/SR/BS, ID/MS. As everyday words ("zaupno" = in confidence) they count, like
  // the others, only in upper case or as a label.
  `(?:griežtai${SEP})?konfidencial(?:us|ūs|ios|i|u)`,
  `tik${SEP}vidaus${SEP}naudojimui`,
  `(?:stingri${SEP})?konfidenciāl(?:i|s|a)`,
  `konfidentsiaalne`,
  `asutusesiseseks${SEP}kasutamiseks`,
  `(?:strogo${SEP})?(?:zaupn[oa]|zaupen|povjerljiv[oa]?|poverljiv[oa]?)`,
  `(?:sangat${SEP})?rahasia`,
  // MS "SULIT DAN PERSENDIRIAN" (classified and private), the heading of a confidential letter.
  `sulit${SEP}dan${SEP}persendirian`,
  // SW: "kwa matumizi ya ndani (tu)" = for internal use (only); SIRI (secret) is a weak word.
  `kwa${SEP}matumizi${SEP}ya${SEP}ndani(?:${SEP}tu)?`,
  // IS, AF, CY, AZ, VI; Canada's PROTECTED A/B/C (PROTÉGÉ in French).
  `trúnaðarmál`,
  `(?:streng${SEP})?vertroulik`,
  `cyfrinachol`,
  // TL kumpidensyal (confidential).
  `kumpidensyal`,
  `məxfi`,
  // EU (Basque; Galician shares "confidencial", above), SQ (Albanian), UZ (Latin script; the
  // Cyrillic spelling is in CYRILLIC).
  `konfidentziala`,
  `konfidenciale`,
  // GA (Irish) rúnda (secret, confidential).
  `r(?:ú|u)nda`,
  // LB vertraulech; UZ "xizmat doirasida foydalanish uchun" (for official use); ZU okuyimfihlo
  // (confidential), okwangaphakathi (kuphela) (internal (only)); IMFIHLO (secret) is a weak word.
  `vertraulech`,
  `xizmat${SEP}doirasida${SEP}foydalanish${SEP}uchun`,
  `okuyimfihlo`,
  `okwangaphakathi(?:${SEP}kuphela)?`,
  // RM (Romansh), MT (Maltese).
  `confidenzial`,
  `kunfidenzjali`,
  // HY (Armenian): "for official use", "secret" (a case script: upper case or a label, like the others).
  `ծառայողական${SEP}օգտագործման${SEP}համար`,
  `(?:խիստ${SEP})?գաղտնի`,
  `maxfiy`,
  `(?:tối|tuyệt)${SEP}mật`,
  // VI "tài liệu mật" (secret document), "lưu hành nội bộ" (internal circulation).
  `tài${SEP}liệu${SEP}mật`,
  `tài${SEP}liệu${SEP}nội${SEP}bộ`,
  `(?:chỉ${SEP})?lưu${SEP}hành${SEP}nội${SEP}bộ`,
  `(?:protected|prot[ée]g[ée])${SEP}[abc]`,
  // CJK and Devanagari markings (社外秘 "not for outside the company", 極秘, 機密/机密, 绝密, 대외비,
  // गोपनीय): no case and no word boundaries, so they count only as a label (a line of their own,
  // or 【社外秘】); several in a row ("内部资料 请勿外传", "機密文件，僅限內部使用") are one marking.
  `(?:${CASELESS.join('|')})(?:[\\s・·|,、]{0,3}(?:${CASELESS.join('|')}))*`,
  ...CYRILLIC.map((w) => w.split(' ').map(escapeRe).join(SEP)),
  // England & Wales / Australia: legal advice privilege.
  `(?:subject${SEP}to${SEP})?legal(?:ly)?${SEP}(?:professional${SEP})?privileged?`,
];
// "sulit" is Malay for classified but Indonesian for "difficult": upper case and a label only.
// SV "INTERNT" (neuter of intern), FI "SISÄINEN" (internal).
// PL "ZASTRZEŻONE" (restricted, the lowest Polish classification level; also "prawa zastrzeżone", rights reserved).
// NO "BEGRENSET" (restricted) and NO/DA "HEMMELIG" (secret), classification levels (and everyday words: "begrenset tilgang").
// Words that mark a text only in upper case as a label. "RESERVADO" (ES/PT: a classification level
// in Latin America and Portugal) is also a reserved table; New Zealand's "IN CONFIDENCE" (also
// written without the hyphen) also prose ("In confidence, she told me …").
// Trade-secret markings as a document's heading ("SECRET COMMERCIAL" FR/RO, "SECRETO COMERCIAL",
// "SEGREDO COMERCIAL", "SEGRETO COMMERCIALE", "GESCHÄFTSGEHEIMNIS", "BEDRIJFSGEHEIM"), before "secret".
const WEAK = [`secret${SEP}comm?ercial`, `secreto${SEP}comercial`, `segredo${SEP}comercial`, `segreto${SEP}commerciale`, 'geschäftsgeheimnis', 'bedrijfsgeheim', 'itar', 'privileged', 'secret', 'restricted', 'classified', 'proprietary', 'internal', 'sensitive', 'noforn', 'fouo', 'riservat[oaei]', 'reservad[oa]', `in${SEP}confidence`, 'intern', 'geheim', 'tajne', 'hemlig', 'salainen', 'tajné', 'interní', 'gizli(?:dir)?', 'sekretess', 'sulit', 'mật', 'cui', 'siri', 'internt', 'sisäinen', 'imfihlo', 'zastrzeżone', 'begrenset', 'hemmelig'];
/** Banner forms that are markings in any case. */
const BANNER = [
  `(?:top${SEP}secret|secret|confidential|unclassified|restricted|cui)(?:\\s*//\\s*[A-Za-z][A-Za-z0-9 ,\\-]{0,40}){1,4}`,
  // TLP:GREEN limits sharing to the recipient's community, a handling marking too (TLP:CLEAR is public).
  `tlp\\s*:\\s*(?:red|amber(?:\\+strict)?|green)`,
  // US Sensitive Security Information (49 CFR 15/1520) and press embargoes, in any case.
  `sensitive${SEP}security${SEP}information`,
  // Swedish: secrecy under the Public Access to Information and Secrecy Act, "Sekretess enligt OSL 25 kap. 1 §".
  `sekretess${SEP}enligt${SEP}(?:osl|offentlighets-${SEP}och${SEP}sekretesslagen)`,
  // Norwegian: exempt from public access under the Freedom of Information Act, "Unntatt offentlighet, jf. offl. § 13".
  `unntatt${SEP}(?:fra${SEP})?offentlighet`,
  // Norwegian: subject to the duty of confidentiality, with its legal basis ("Taushetsbelagt jf. offentleglova § 13").
  `taushetsbelagt${SEP}(?:jf|jfr|etter|iht)\\.?`,
  `(?:data\\s+)?(?:classification|sensitivity|security\\s+classification)\\s*:\\s*(?:strictly\\s+confidential|highly\\s+confidential|confidential|internal(?:\\s+only)?|restricted|secret|top\\s+secret|private)`,
];

/**
 * Where a marking can start (the first word, or the first two when the first is an everyday
 * word like "for"/"do"/"not"): the rule is anchored (tried only where one of these starts), so
 * it costs little on long texts. A marking typed with unusual spacing ("DO  NOT DISTRIBUTE") can
 * be missed.
 */
const KEYWORDS = [
  'solo per il', 'מיועד', 'zastrzeżone', 'privilegio', 'privilégio', 'privilège', 'sigilo',
  'secreto', 'segredo', 'segreto', 'geschäftsgeheimnis', 'bedrijfsgeheim',
  'sigilos', 'segredo de justi', 'taushetsbelagt',
  'top secret', 'top-secret', 'top_secret', 'secret', 'confidential', 'unclassified', 'restricted', 'cui', 'tlp',
  'data classification', 'data sensitivity', 'classification', 'sensitivity', 'security classification', 'strictly',
  'highly', 'company confidential', 'company-confidential', 'company proprietary', 'company-proprietary', 'business confidential', 'board confidential', 'sponsor confidential', 'private', 'privileged',
  'proprietary', 'attorney', 'document', 'documento', 'dokument', 'doc', 'internal', 'for internal', 'for-internal', 'official', 'for official', 'not for',
  'not-for', 'do not', 'do-not', 'eyes only', 'eyes-only', 'sensitive', 'controlled', 'classified', 'noforn', 'fouo',
  'streng', 'vertraulich', 'nur f', 'strictement', 'confidentiel', 'diffusion', 'estrictamente', 'estritamente', 'confidencial',
  'solo', 'sólo', 'somente', 'apenas', 'para uso', 'uso interno', 'uso restri', 'documento de uso', 'información reservada', 'informacion reservada', 'strettamente', 'atto coperto', 'segreto investigativo', 'segreto istruttorio', 'riservat', 'strikt', 'vertrouwelijk', 'alleen', 'confidenziale', 'poufn', 'informacja', 'shared under', 'under nda', 'under an nda', 'under a nda',
  'voor intern', 'intern', 'geheim', 'ściśle', 'poufne', 'tajemnica', 'tajemnicy', 'tajemnicę', 'tajne', 'wyłącznie', 'do użytku', 'konfidentiell', 'endast',
  'får ej', 'får inte', 'strengt', 'fortrolig', 'fortruleg', 'fortroleg', 'konfidensiel', 'unntatt', 'kun til', 'luottamuksellinen', 'salassa', 'hemlig', 'hemmelig', 'begrenset', 'salainen', 'documento riservato', 'documento reservado', 'comunicazione riservat',
  'přísně', 'důvěrn', 'dôvern', 'pouze pro', 'tajné', 'interní', 'çok gizli', 'hizmete', 'kişiye', 'kurum içi', 'kurum ici', 'yalnizca kurum', 'gizli', 'sekretess', 'commercial-in', 'commercial_in', 'embargoed', 'sensitive security', 'need-to-know', 'need_to_know',
  'official', 'commercial in', 'medical in', 'staff in', 'personal in', 'management in', 'szigorúan', 'bizalmas', 'strict', 'confidențial', 'confidenţial', 'confidential',
  'griežtai', 'konfidencial', 'tik vidaus', 'stingri', 'konfidenciāl', 'konfidentsiaalne', 'strogo', 'zaupno', 'povjerljivo',
  'poverljivo', 'sangat', 'rahasia', 'sulit', 'subject to', 'without prejudice', 'legal', 'legally', 'trúnaðarmál', 'vertroulik', 'cyfrinachol', 'kumpidensyal', 'məxfi',
  'sulit dan', 'swyddogol', 'internt', 'sisäinen', 'vertraulech', 'xizmat doirasida', 'okuyimfihlo', 'okwangaphakathi', 'imfihlo', 'tối mật', 'tuyệt mật', 'mật', 'tài liệu', 'lưu hành', 'chỉ lưu', 'protected', 'protégé', 'protege', 'siri', 'asutusesiseseks', 'official:', 'official-', 'official_', 'kwa matumizi', 'ya siri', 'za siri', 'filed under', 'filed-under', 'filed_under', 'under seal', 'under-seal', 'under_seal', 'in-confidence', 'in_confidence', 'konfidentziala', 'konfidenciale', 'rúnda', 'runda', 'confidenzial', 'kunfidenzjali', 'in confidence', 'ծառայողական', 'գաղտնի', 'խիստ', 'reservad', 'maxfiy', 'critical energy', 'critical-energy', 'critical_energy', 'export controlled', 'export-controlled', 'export_controlled', 'itar', 'ear export', 'ear-export', ...CASELESS,
  ...CYRILLIC.map((w) => w.split(' ')[0]!),
  ...GREEK,
];

const phrase = (s: string) => s.trim().split(/\s+/).map(escapeRe).join('\\s+');

const full = (alts: readonly string[]) => new RegExp(`^(?:${alts.join('|')})$`, 'i');
const STRONG_RE = full(STRONG);
const WEAK_RE = full(WEAK);
const BANNER_RE = full(BANNER);

// Rules see normalised text (normalize.ts): Unicode dashes are '-' and smart quotes '"' or "'"
// here, so only the ASCII forms are listed.
// Quotes too: a quoted message that opens with its marking ('"Strictly confidential — …').
// Bullets too: '・社外秘：…', '• CONFIDENTIAL'.
const LABEL_BEFORE = ' \t#*_>-=[(|~`:"«・•※';
const LABEL_AFTER = ':-|])*_/.,;·•©';
/** Quotation marks that open and close a quoted marking or field value (a German „…“ closes with “). */
const QUOTE_OPEN = '"“«„';
const QUOTE_CLOSE = '"”»“';
/**
 * "This document is <marking>": a statement that the text is classified, one row per language
 * group. Languages differ in word order, so a row says where its words go: the demonstrative
 * before the noun ("este documento é …") or after it (Swahili "taarifa hii ni …"), the copula before
 * the marking, or after it (Farsi, subject – marking – verb: "این یادداشت محرمانه است"). A new
 * language is a new row, not a new pattern. Each row becomes one regex on the text before the marking.
 */
interface DeclaredStatement {
  /** "this" words. Omitted: the noun alone counts (English "the notes below are …"). */
  readonly these?: readonly string[];
  /** The demonstrative follows the noun. */
  readonly theseAfter?: boolean;
  /** What the text is called: document, message, note… */
  readonly nouns: readonly string[];
  /** Regex source right after the noun: a plural ending, pointing words ("below", "attached"). */
  readonly nounTail?: string;
  /** The copula before the marking; omitted when it comes after it (`verbAfter`) or there is none (Arabic). */
  readonly is?: readonly string[];
  /** The copula may be left out ("Dokumen ini SULIT …": Malay and Indonesian drop it). */
  readonly isOptional?: boolean;
  /** Words between the copula and the marking ("marked as", "strictly"). */
  readonly qualifiers?: readonly string[];
  /** The nouns carry their article as a suffix ("informationen"): as pointed as "this information". */
  readonly definite?: boolean;
  /** The copula after the marking (tested on the text after it). */
  readonly verbAfter?: RegExp;
  /** Text before the marking that makes the sentence a question, not a statement. */
  readonly question?: RegExp;
  /** Written without spaces between words (Chinese, Japanese): the parts may touch. */
  readonly unspaced?: boolean;
  /** The copula comes first, then the subject (the Germanic verb-second order after a fronted clause). */
  readonly verbFirst?: boolean;
}

/** The text's nouns in the Romance and Germanic languages (the demonstrative or article rows). */
const EU_NOUNS = [
  'documento', 'document', 'fichier', 'archivo', 'arquivo', 'email', 'e-mail', 'correo', 'mensaje', 'mensagem', 'message', 'messaggio', 'comunicazione', 'comunicación',
  'comunicação', 'communication', 'lettera', 'carta', 'informação', 'información', 'information', 'informations', 'informazioni', 'dokument', 'bericht', 'nachricht',
  // DE letters and notices: "Dieses Schreiben ist streng vertraulich", "Diese Mitteilung / Unterlage / Liste …".
  'schreiben', 'mitteilung', 'unterlage', 'unterlagen', 'liste', 'anlage', 'notiz', 'aktennotiz', 'daten', 'angaben', 'auswertung',
  // FR courriel (e-mail: "Ce courriel est strictement confidentiel").
  'courriel', 'courrier',
  // NL: "Deze informatie is strikt vertrouwelijk", "Dit stuk is …" (this paper).
  'informatie', 'gegevens', 'stukken', 'stuk', 'bijlage', 'notitie', 'mail', 'rapport', 'bestand', 'dossier', 'overzicht', 'samenvatting', 'notities', 'cijfers', 'resultaten', 'presentatie', 'offerte', 'evaluatie',
  // CA: missatge, correu, informació, fitxer, arxiu, informe.
  'missatge', 'correu', 'informació', 'fitxer', 'arxiu', 'informe',
  // Minutes: "Dieses Protokoll ist streng vertraulich", "este acta es confidencial".
  'protokoll', 'protocolo', 'acta', 'verbale', 'procès-verbal', 'ata', 'notulen', 'verslag',
  // Agreements: "O presente acordo é confidencial", "Dieser Vertrag ist vertraulich".
  'acordo', 'acuerdo', 'accord', 'accordo', 'contrato', 'contrat', 'contratto', 'vertrag', 'vereinbarung', 'overeenkomst',
  // An item of the text: "3. Este ponto é confidencial: …", "Dieser Punkt ist vertraulich".
  'ponto', 'punto', 'point', 'punkt', 'assunto', 'asunto', 'argomento', 'sujet', 'thema', 'tema',
  // The material itself: "Lembrando que este material é confidencial", "questa presentazione è riservata".
  'material', 'materiale', 'relatório', 'relatorio', 'apresentação', 'presentación', 'presentazione', 'présentation', 'präsentation', 'planilha', 'tabela', 'tabla',
  // Offers: "Esta proposta é confidencial", "Dieses Angebot ist vertraulich".
  'proposta', 'propuesta', 'proposition', 'oferta', 'offerta', 'angebot', 'voorstel',
];

const DECLARED_STATEMENTS: readonly DeclaredStatement[] = [
  {
    // English: "This document is confidential", "the figures below are strictly confidential".
    nouns: ['document', 'memo', 'email', 'e-mail', 'message', 'deck', 'presentation', 'file', 'report', 'attachment', 'page', 'material', 'slide', 'slides', 'spreadsheet', 'information', 'data', 'content', 'contents', 'thread', 'note', 'notes', 'figures', 'numbers', 'results', 'details', 'terms', 'minutes', 'plan', 'plans', 'paper', 'papers', 'briefing', 'letter', 'proposal', 'submission', 'record', 'records', 'entry', 'log'],
    nounTail: '(?:\\s+(?:below|above|here|attached|enclosed|herein))?',
    is: ['is', 'are'],
    qualifiers: ['marked', 'marked as', 'classified', 'classified as', 'considered'],
    // "… asking whether their data is confidential", "if the file is confidential, …": a question or a condition.
    question: /\b(?:whether|if)\b[^.!?\n]{0,60}$/i,
  },
  {
    // PT/ES/CA/FR/IT/DE/NL: "Este documento é confidencial", "Ce message est strictement confidentiel".
    // The definite article states it as well: "Il documento è riservato e confidenziale".
    these: [
      'este', 'esta', 'ce', 'cet', 'cette', 'questo', 'questa', 'dieses', 'diese', 'dieser', 'dit', 'deze', 'aquest', 'aquesta', 'la presente', 'il presente', 'el presente', 'a presente', 'o presente',
      'il', 'lo', 'la', 'le', 'el', 'o', 'a', 'der', 'die', 'das', 'het', 'de',
      // SV/NO/DA demonstratives: "Detta dokument är konfidentiellt".
      'detta', 'denna', 'dessa', 'dette', 'denne', 'disse',
    ],
    nouns: EU_NOUNS,
    // "Le informazioni contenute in questa email sono riservate", "la información contenida en este
    // correo es confidencial", "as informações contidas neste e-mail são confidenciais".
    nounTail: '(?:\\s+(?:contenut[aoei]|contenid[oa]s?|contid[oa]s?|contenue?s?|incluse?|inclus|incluid[oa]s?|inclu[ií]d[oa]s?)\\s+(?:in|en|em|nel|nella|nello|nei|nelle|dans|no|na|nos|nas|neste|nesta|nestes|nestas)(?:\\s+\\p{L}{1,12}){1,2})?',
    // Plurals and "stays": "De gegevens zijn vertrouwelijk", "ook de samenvatting blijft vertrouwelijk", "Das Protokoll bleibt vertraulich".
    is: ['é', 'es', 'és', 'est', 'è', 'ist', 'is', 'är', 'er', 'são', 'son', 'sont', 'sono', 'sind', 'zijn', 'blijft', 'blijven', 'bleibt', 'bleiben', 'reste', 'restent', 'rimane', 'rimangono'],
    // "… es de carácter confidencial" (of a confidential nature).
    qualifiers: ['estritamente', 'estrictamente', 'strictement', 'strettamente', 'streng', 'strikt', 'de carácter', 'de caracter', 'de caráter', 'de caractère', 'di carattere'],
  },
  {
    // DE/NL/SV/DA/NO put the verb second, so after a fronted clause or adverb it comes before the
    // subject: "Tot de audit is afgerond is deze informatie strikt vertrouwelijk", "Bis zur Freigabe
    // ist dieses Protokoll streng vertraulich". A question ends in "?" (QUESTION_AFTER).
    these: ['dieses', 'diese', 'dieser', 'das', 'die', 'der', 'dit', 'deze', 'het', 'de', 'detta', 'denna', 'dessa', 'dette', 'denne', 'disse'],
    nouns: EU_NOUNS,
    is: ['ist', 'sind', 'bleibt', 'bleiben', 'is', 'zijn', 'blijft', 'blijven', 'är', 'er'],
    verbFirst: true,
    qualifiers: ['streng', 'strikt', 'strengt', 'absolut', 'absoluut'],
  },
  {
    // Romanian: the article is a suffix ("Documentul este strict confidențial", "Informațiile
    // sunt confidențiale"), so the noun alone counts, as in English; or "acest/prezentul document".
    // Comma-below ț/ș and the older cedilla ţ/ş are both in use.
    nouns: [
      'documentul', 'documentele', 'acest document', 'prezentul document', 'mesajul', 'acest mesaj', 'e-mailul', 'emailul', 'raportul', 'fișierul', 'fişierul',
      'informația', 'informaţia', 'informațiile', 'informaţiile', 'datele', 'materialul', 'materialele', 'prezentarea', 'procesul-verbal', 'anexa', 'oferta', 'scrisoarea',
    ],
    is: ['este', 'e', 'sunt'],
    qualifiers: ['strict', 'considerat', 'considerată', 'considerate', 'clasificat ca', 'clasificată ca'],
  },
  {
    // Vietnamese: "Tài liệu đính kèm là tài liệu mật" (the attached document is a secret document),
    // "Thông tin này là tuyệt mật": the noun, maybe "this" or "attached" after it, then "là".
    nouns: ['tài liệu', 'tệp', 'tập tin', 'văn bản', 'thông tin', 'email', 'thư', 'báo cáo', 'biên bản', 'hợp đồng', 'dữ liệu', 'nội dung'],
    nounTail: '(?:\\s+(?:đính\\s+kèm|này|dưới\\s+đây|sau\\s+đây))*',
    is: ['là'],
  },
  {
    // Farsi: "این یادداشت محرمانه است" (this note is confidential); the noun may take the plural
    // (یادداشت‌ها: the joiner is removed by normalisation); "آیا … ؟" asks, it does not state.
    these: ['این', 'اين'],
    nouns: ['سند', 'اسناد', 'یادداشت', 'يادداشت', 'نامه', 'ایمیل', 'ايميل', 'پیام', 'پيام', 'گزارش', 'فایل', 'فايل', 'اطلاعات', 'مدرک', 'مدارک', 'مدرك', 'صورتجلسه', 'صورت جلسه', 'متن', 'مطلب', 'مطالب', 'پرونده', 'قرارداد', 'پیوست', 'پيوست', 'جدول', 'ارائه'],
    nounTail: '(?:ها|های|هاي)?',
    verbAfter: /^\s*(?:است|هست|هستند|میباشد|ميباشد|می\s+باشد|مي\s+باشد|میباشند|بوده\s+است)(?!\p{L})(?!\s*[؟?])/u,
    question: /(?:^|[^\p{L}])(?:آیا|آيا)(?!\p{L})/u,
  },
  {
    // SV/NO/DA: the article is a suffix ("Informationen är konfidentiell", "Dokumentet er fortroligt").
    nouns: [
      'informationen', 'dokumentet', 'meddelandet', 'mejlet', 'mailet', 'rapporten', 'bilagan', 'bilagorna', 'uppgifterna', 'protokollet', 'avtalet', 'innehållet', 'underlaget', 'utkastet', 'materialet',
      'innholdet', 'indholdet', 'utkastet', 'materialet',
      'informasjonen', 'meldingen', 'e-posten', 'vedlegget', 'opplysningene', 'referatet', 'avtalen', 'oplysningerne', 'beskeden', 'bilaget', 'aftalen',
    ],
    definite: true,
    is: ['är', 'er'],
    qualifiers: ['strikt', 'strengt', 'helt'],
  },
  {
    // Turkish: "bu yazı ve ekleri gizlidir" (this letter and its attachments are confidential); the
    // copula is the suffix of "gizlidir". Dotless ı as normalisation leaves it (folded to i).
    these: ['bu', 'işbu', 'isbu'],
    nouns: ['yazi', 'belge', 'doküman', 'döküman', 'e-posta', 'eposta', 'mesaj', 'bilgi', 'bilgiler', 'rapor', 'tutanak', 'sözleşme', 'dosya', 'sunum', 'not'],
    nounTail: '(?:\\s+ve\\s+ekleri)?',
  },
  {
    // Swahili: "Taarifa hii ni ya siri" (this information is confidential), "Hati hizi ni za siri".
    these: ['hii', 'hizi', 'huu', 'hizo'],
    theseAfter: true,
    nouns: ['taarifa', 'hati', 'barua', 'ripoti', 'nyaraka', 'waraka', 'ujumbe', 'habari', 'data', 'takwimu'],
    is: ['ni'],
  },
  {
    // Malay/Indonesian: "Dokumen ini adalah SULIT" (this document is classified), "Informasi ini
    // bersifat rahasia" (is of a confidential nature): the demonstrative after the noun.
    these: ['ini', 'tersebut'],
    theseAfter: true,
    nouns: ['dokumen', 'maklumat', 'informasi', 'surat', 'e-mel', 'emel', 'email', 'e-mail', 'mesej', 'pesan', 'laporan', 'data', 'lampiran', 'memo', 'fail', 'berkas', 'notulen', 'minit mesyuarat', 'perjanjian', 'kontrak', 'bahan'],
    is: ['adalah', 'ialah', 'bersifat'],
    isOptional: true,
    qualifiers: ['sangat', 'amat'],
    // "Apakah dokumen ini bersifat rahasia?" asks.
    question: /(?:^|[^\p{L}])apakah(?!\p{L})/iu,
  },
  {
    // SL/HR/SR/BS: "Dokument je strogo zaupen", "Ovaj izvještaj je povjerljiv" (the demonstrative
    // is optional: the languages have no article).
    nouns: ['dokument', 'sporočilo', 'gradivo', 'poročilo', 'e-pošta', 'poruka', 'izvještaj', 'izveštaj', 'materijal', 'podatki', 'podaci', 'informacije', 'zapisnik', 'pogodba', 'ugovor', 'dopis'],
    is: ['je', 'so', 'su'],
    qualifiers: ['strogo'],
  },
  {
    // MR/HI: "हा दस्तऐवज गोपनीय असून …" (this document is confidential and …), "यह रिपोर्ट गोपनीय है":
    // the copula after the marking (ज़ as NFKC leaves it, decomposed, and without its dot).
    these: ['हा', 'ही', 'हे', 'यह', 'ये'],
    nouns: ['दस्तऐवज', 'अहवाल', 'माहिती', 'ईमेल', 'संदेश', 'पत्र', 'दस्तावेज़', 'दस्तावेज', 'रिपोर्ट', 'जानकारी', 'सूचना'],
    verbAfter: /^\s*(?:आहे|आहेत|असून|है|हैं)(?!\p{L})/u,
  },
  {
    // PL: "Dokument stanowi tajemnicę przedsiębiorstwa" (constitutes a trade secret), "Niniejsza
    // informacja jest poufna".
    nouns: ['dokument', 'niniejszy dokument', 'informacja', 'niniejsza informacja', 'informacje', 'wiadomość', 'korespondencja', 'materiał', 'materiały', 'raport', 'notatka', 'oferta', 'umowa'],
    is: ['stanowi', 'stanowią', 'jest', 'są'],
    qualifiers: ['ściśle'],
  },
  {
    // FI: "Tieto on luottamuksellinen, kunnes …" (the information is confidential until …), "Tämä
    // asiakirja on salainen". Finnish has no articles: a noun that names the text is as pointed as
    // "this information" (the Scandinavian rows' suffixed article), so it counts as `definite`.
    nouns: ['tieto', 'tiedot', 'asiakirja', 'asiakirjat', 'dokumentti', 'viesti', 'sähköposti', 'raportti', 'liite', 'liitteet', 'muistio', 'pöytäkirja', 'sopimus', 'aineisto', 'materiaali', 'esitys', 'tiedote'],
    definite: true,
    is: ['on', 'ovat'],
    qualifiers: ['ehdottomasti', 'erittäin', 'tiukasti'],
  },
  {
    // LV: "Dokuments ir konfidenciāls līdz …".
    nouns: ['dokuments', 'šis dokuments', 'informācija', 'šī informācija', 'ziņojums', 'vēstule', 'materiāls', 'materiāli', 'e-pasts', 'līgums'],
    is: ['ir'],
    qualifiers: ['stingri'],
  },
  {
    // KO: "본 문서는 대외비로 분류되며 …" (this document is classified as internal), "이 자료는
    // 대외비입니다": the topic particle on the noun, the copula or "classified as" after the marking.
    these: ['본', '이', '해당'],
    nouns: ['문서', '자료', '보고서', '메일', '이메일', '내용', '정보', '파일', '회의록', '계약서'],
    nounTail: '(?:는|은)',
    verbAfter: /^\s*(?:(?:으로|로)\s*(?:분류|지정|취급)|입니다|이다|임(?!\p{L})|이며|이므로)/u,
  },
  {
    // JA: "本資料は社外秘のため、顧客への転送は禁止です" (this material is confidential, so …), "このメールは
    // 社外秘です": the topic particle on the noun, then the marking and a copula, a reason or a stop.
    these: ['本', 'この', '当'],
    nouns: ['資料', '文書', 'メール', '報告書', '報告', '内容', '情報', 'ファイル', '議事録', '契約書', '件'],
    nounTail: '(?:は|も)',
    verbAfter: /^\s*(?:です|である|であり|となります|とします|扱い|のため|につき|[。、]|$)/u,
    unspaced: true,
  },
  {
    // A pronoun as the subject: "Esto es confidencial hasta que salga el comunicado", "Isto é
    // confidencial.", "Das ist vertraulich, …", "This is confidential until …": only when the
    // statement ends with the marking ("this is confidential computing" names a field).
    nouns: ['esto', 'eso', 'isto', 'isso', 'ceci', 'cela', 'questo', 'ciò', 'das', 'dies', 'dit', 'this'],
    is: ['es', 'é', 'est', 'è', 'ist', 'is'],
    qualifiers: ['estrictamente', 'estritamente', 'strictement', 'strettamente', 'streng', 'strikt', 'strictly'],
    definite: true,
    verbAfter: /^\s*(?:$|[.!;:,\n\r(]|[-–—]\s|(?:and|until|unless|till|y|e|et|und|en|hasta|até|jusqu|fino|bis|tot)(?![\p{L}]))/iu,
    question: /(?:^|[^\p{L}])(?:whether|if|si|se|ob|of)(?![\p{L}])[^.!?\n]{0,60}$/iu,
  },
  {
    // ZH: "本报告为公司内部技术资料" (this report is the company's internal technical material), "本文件属于
    // 机密": no spaces between the words.
    // "这份记录属于内部机密" (this record is internal-confidential): 这份 (this copy of), 内部 (internal).
    these: ['本', '此', '该', '該', '这份', '這份', '这个', '這個', '这些', '這些'],
    nouns: ['报告', '報告', '文件', '资料', '資料', '邮件', '郵件', '文档', '文檔', '方案', '合同', '纪要', '紀要', '记录', '記錄', '内容', '內容', '数据', '數據', '信息'],
    is: ['为', '為', '是', '属于', '屬於', '系'],
    // "（本文件注意保密，请勿外传）" (this document: keep it confidential, …): a handling phrase after
    // the noun needs no copula.
    isOptional: true,
    qualifiers: ['公司', '本公司', '集团', '集團', '内部', '內部', '公司内部', '公司內部'],
    unspaced: true,
  },
  {
    // HU: "Az adatok bizalmasak" (the data are confidential), "Ez a dokumentum bizalmas": Hungarian has
    // no copula in the third person.
    these: ['az', 'a', 'ez', 'ezek', 'ez a', 'ezek az'],
    nouns: ['adatok', 'dokumentum', 'dokumentumok', 'információ', 'információk', 'levél', 'e-mail', 'anyag', 'anyagok', 'jelentés', 'táblázat', 'melléklet', 'jegyzőkönyv'],
    qualifiers: ['szigorúan'],
  },
  {
    // RU/UK: "Информация конфиденциальна до …" (the information is confidential until …), a short
    // adjective with no copula; as normalisation leaves Cyrillic.
    nouns: foldedSpellings(['информация', 'документ', 'письмо', 'данные', 'сведения', 'материалы', 'отчёт', 'отчет', 'сообщение', 'інформація', 'дані', 'лист']),
    definite: true,
    qualifiers: foldedSpellings(['строго']),
  },
  {
    // EL: "Το έγγραφο είναι εμπιστευτικό", "Οι διαπραγματεύσεις με τους πλοιοκτήτες είναι απόρρητες"
    // (the negotiations with the shipowners are secret): an article first, and a short phrase may
    // follow the noun; as normalisation leaves Greek (look-alike letters folded to Latin).
    these: foldedSpellings(['ο', 'η', 'το', 'οι', 'τα', 'αυτό', 'αυτή', 'αυτά', 'αυτές', 'αυτοί']),
    nouns: foldedSpellings(['έγγραφο', 'έγγραφα', 'σημείωμα', 'πληροφορίες', 'πληροφορία', 'διαπραγματεύσεις', 'συζητήσεις', 'στοιχεία', 'δεδομένα', 'μήνυμα', 'αναφορά', 'έκθεση', 'συμφωνία', 'σύμβαση', 'πρακτικά', 'υλικό', 'αρχείο', 'email']),
    nounTail: `(?:\\s+(?:${foldedSpellings(['με', 'για', 'του', 'της', 'των', 'στο', 'στη', 'στην', 'στους', 'στις', 'σε', 'προς']).map(escapeRe).join('|')})(?:\\s+\\p{L}{1,20}){1,2})?`,
    is: foldedSpellings(['είναι', 'ειναι']),
    qualifiers: foldedSpellings(['αυστηρά', 'απολύτως']),
  },
  {
    // TR: "Ekteki rapor gizli olarak sınıflandırılmıştır" (the attached report is classified as
    // secret), "Bu belge gizlidir", "Ekteki sözleşme taslağı gizlidir; …": the copula or "classified
    // as" after the marking, or the clause ends with it (the marking "gizlidir" holds its copula; as
    // normalisation leaves Turkish: the dotless ı folded to i).
    these: ['bu', 'ekteki', 'ilgili', 'söz konusu'],
    nouns: ['rapor', 'belge', 'doküman', 'dokuman', 'e-posta', 'eposta', 'bilgi', 'bilgiler', 'dosya', 'tutanak', 'sözleşme', 'veriler', 'mesaj', 'teklif', 'teklifi', 'fiyat teklifi', 'sunum', 'tablo'],
    verbAfter: /^\s*(?:olarak\s+s[iı]n[iı]fland[iı]r[iı]l|(?:d[iı]r|t[iı]r)(?![\p{L}])|[.;,!:]|$|ve(?![\p{L}]))/u,
  },
  {
    // HE: "המסמך הזה חסוי", "מידע זה סודי" (this document is classified, this information is
    // secret): the demonstrative after the noun, no copula.
    these: ['הזה', 'הזאת', 'הזו', 'האלה', 'זה', 'זו', 'זאת', 'אלה'],
    theseAfter: true,
    nouns: ['המסמך', 'מסמך', 'המידע', 'מידע', 'הדוח', 'דוח', 'הדו"ח', 'ההודעה', 'הודעה', 'המייל', 'מייל', 'הקובץ', 'הנתונים', 'נתונים', 'החומר', 'חומר', 'המכתב', 'הפרוטוקול'],
  },
  {
    // VI: "Thông tin này là mật" (this information is secret), "Tài liệu này là tài liệu mật".
    these: ['này', 'đó'],
    theseAfter: true,
    nouns: ['tài liệu', 'thông tin', 'văn bản', 'email', 'báo cáo', 'dữ liệu', 'nội dung', 'hồ sơ', 'biên bản', 'hợp đồng'],
    is: ['là'],
    isOptional: true,
    qualifiers: ['tuyệt đối', 'hoàn toàn'],
  },
  {
    // TH: "เอกสารนี้เป็นความลับ" (this document is a secret): no spaces.
    these: ['นี้'],
    theseAfter: true,
    nouns: ['เอกสาร', 'ข้อมูล', 'อีเมล', 'รายงาน', 'ไฟล์', 'สัญญา', 'บันทึก'],
    is: ['เป็น', 'ถือเป็น'],
    unspaced: true,
  },
  {
    // BN: "এই নথিটি গোপনীয়" (this document is confidential): no copula.
    these: ['এই'],
    nouns: ['নথি', 'নথিটি', 'তথ্য', 'তথ্যগুলো', 'প্রতিবেদন', 'প্রতিবেদনটি', 'ইমেল', 'ইমেইল', 'দলিল', 'ফাইল', 'ফাইলটি', 'চিঠি', 'চিঠিটি'],
  },
  {
    // TA: "இந்த ஆவணம் ரகசியமானது" (this document is secret).
    these: ['இந்த'],
    nouns: ['ஆவணம்', 'தகவல்', 'அறிக்கை', 'மின்னஞ்சல்', 'கோப்பு', 'கடிதம்', 'தரவு'],
  },
  {
    // AM: "ይህ ሰነድ ሚስጥራዊ ነው" (this document is confidential): the copula after the marking.
    these: ['ይህ', 'ይህን', 'እነዚህ'],
    nouns: ['ሰነድ', 'መረጃ', 'ሪፖርት', 'ደብዳቤ', 'ኢሜይል', 'ፋይል'],
    verbAfter: /^\s*(?:ነው|ናቸው)(?!\p{L})/u,
  },
  {
    // LT "Šis dokumentas yra konfidencialus"; ET "See dokument on konfidentsiaalne".
    these: ['šis', 'ši', 'šie', 'see', 'need'],
    nouns: ['dokumentas', 'informacija', 'laiškas', 'ataskaita', 'pranešimas', 'duomenys', 'dokument', 'teave', 'info', 'kiri', 'aruanne', 'andmed', 'fail'],
    is: ['yra', 'on'],
    isOptional: true,
    qualifiers: ['griežtai', 'rangelt'],
  },
  {
    // RO: "Documentul este confidențial" (the article is a suffix: as pointed as "this document").
    nouns: ['documentul', 'informația', 'informatia', 'informațiile', 'e-mailul', 'emailul', 'mesajul', 'raportul', 'datele', 'materialul', 'contractul', 'acest document', 'această informație', 'acest mesaj'],
    definite: true,
    is: ['este', 'sunt'],
    qualifiers: ['strict'],
  },
  {
    // BG "Този документ е поверителен", SR "Овај документ је поверљив", UK "Цей документ є
    // конфіденційним", RU "Этот документ является конфиденциальным"; as normalisation leaves Cyrillic.
    these: foldedSpellings(['този', 'тази', 'това', 'тези', 'овај', 'ова', 'ово', 'ови', 'цей', 'ця', 'це', 'ці', 'этот', 'эта', 'это', 'эти', 'данный', 'данная', 'данные']),
    nouns: foldedSpellings(['документ', 'информация', 'информације', 'інформація', 'писмо', 'письмо', 'лист', 'доклад', 'извештај', 'извјештај', 'звіт', 'отчёт', 'отчет', 'съобщение', 'порука', 'повідомлення', 'сообщение', 'данни', 'подаци', 'дані', 'материал', 'материјал', 'матеріал', 'допис']),
    is: foldedSpellings(['е', 'са', 'је', 'су', 'є', 'является', 'являются']),
    isOptional: true,
    qualifiers: foldedSpellings(['строго']),
  },
  {
    // IS: "Þetta skjal er trúnaðarmál" (this document is confidential).
    these: ['þetta', 'þessi', 'þessar', 'þessa'],
    nouns: ['skjal', 'bréf', 'skýrsla', 'gögn', 'upplýsingar', 'tölvupóstur', 'minnisblað'],
    is: ['er', 'eru'],
  },
  {
    // TL: "Ang dokumentong ito ay kumpidensyal" (this document is confidential).
    these: ['ang'],
    nouns: ['dokumentong ito', 'impormasyong ito', 'email na ito', 'ulat na ito', 'dokumento', 'impormasyon', 'ulat', 'mensahe', 'datos'],
    is: ['ay'],
  },
  {
    // UZ: "Bu ma'lumot maxfiy" (this information is confidential): no copula.
    these: ['bu', 'ushbu'],
    nouns: ["ma'lumot", 'ma’lumot', "ma'lumotlar", 'hujjat', 'hujjatlar', 'xat', 'hisobot'],
  },
  {
    // HE: "המסמך לשימוש פנימי בלבד" (the document [is] for internal use only): the copula is
    // usually left out; the article ה- is the noun's prefix.
    nouns: ['המסמך', 'המידע', 'ההודעה', 'המייל', 'הדוח', 'הדו"ח', 'הקובץ', 'המצגת', 'הנתונים', 'התוכן', 'המכתב', 'הסיכום', 'הפרוטוקול', 'החומר'],
    is: ['הוא', 'היא', 'הם', 'הן'],
    isOptional: true,
    definite: true,
  },
  {
    // AR: "هذه الوثيقة سرية" (this document is secret): a nominal sentence, no copula.
    these: ['هذه', 'هذا'],
    nouns: ['الوثيقة', 'الرسالة', 'المعلومات', 'المستند', 'الملف', 'التقرير', 'البيانات', 'المذكرة', 'المراسلة', 'الوثائق'],
  },
];

const anyOf = (words: readonly string[]) => `(?:${words.map(phrase).join('|')})`;
const DECLARED = DECLARED_STATEMENTS.map((d) => {
  const gap = d.unspaced ? '\\s*' : '\\s+';
  const noun = anyOf(d.nouns) + (d.nounTail ?? '');
  // One word may qualify the noun before the verb: "O relatório final é confidencial", "Das Protokoll
  // selbst ist vertraulich" (spaced scripts, an article or demonstrative first).
  const qualified = d.these && !d.theseAfter && !d.unspaced ? `${noun}(?:${gap}\\p{L}{3,15})?` : noun;
  const subject = !d.these ? noun : d.theseAfter ? `${noun}${gap}${anyOf(d.these)}` : `${anyOf(d.these)}${gap}${d.verbFirst ? noun : qualified}`;
  const verb = d.is ? `(?:${gap}${anyOf(d.is)})${d.isOptional ? '?' : ''}` : '';
  const qualifier = d.qualifiers ? `(?:${gap}${anyOf(d.qualifiers)})?` : '';
  if (d.verbFirst) {
    return {
      before: new RegExp(`(?:^|[^\\p{L}])${anyOf(d.is!)}${gap}${subject}${qualifier}${gap}$`, 'iu'),
      last: new Set([...(d.qualifiers ?? []), ...d.nouns].map((w) => w.split(/\s+/).pop()!.toLowerCase())),
      after: d.verbAfter,
      question: d.question,
      pointed: true,
    };
  }
  // A demonstrative starts a word, and so does a definite noun (Finnish "potilastieto", the patient
  // information, is not this text); an English noun may end a compound ("the addendum document").
  const boundary = (d.these || d.definite) && !d.unspaced ? '(?:^|[^\\p{L}])' : '';
  return {
    before: new RegExp(`${boundary}${subject}${verb}${qualifier}${gap}$`, 'iu'),
    last: lastWords(d),
    after: d.verbAfter,
    question: d.question,
    pointed: d.these !== undefined || d.definite === true,
  };
});
/**
 * The words a row's subject phrase can end with, right before the marking (the copula, a
 * qualifier, or the noun or demonstrative when the copula may be missing), lower-cased; null when
 * any word can (an unspaced script, a noun tail, a qualifying word after the noun). `declared`
 * tests a row's regex only when the word before the marking is one of them: most rows never run.
 */
function lastWords(d: DeclaredStatement): ReadonlySet<string> | null {
  if (d.unspaced) return null;
  const tokens = (words: readonly string[]) => words.map((w) => w.trim().split(/\s+/).pop()!.toLowerCase());
  const out = new Set<string>(tokens(d.qualifiers ?? []));
  if (d.is) for (const w of tokens(d.is)) out.add(w);
  if (!d.is || d.isOptional) {
    if (d.nounTail || (d.these && !d.theseAfter)) return null;
    for (const w of tokens(d.theseAfter ? d.these! : d.nouns)) out.add(w);
  }
  return out;
}
const TRAILING_WORD = /(\S+)\s*$/;
/**
 * `before` (the text before a marking) and `after` (the text after it) make a declared statement;
 * `pointed`: only one whose subject has a demonstrative or an article ("Il presente documento è
 * riservato", not "the security plan is restricted", which tells how a document is handled).
 */
const declared = (before: string, after: string, pointed = false): boolean => {
  if (QUESTION_AFTER.test(after) || LEGAL_STATUS_AFTER.test(after)) return false;
  const last = TRAILING_WORD.exec(before)?.[1]?.toLowerCase() ?? '';
  return DECLARED.some(
    (d) => (!pointed || d.pointed) && (d.last === null || d.last.has(last)) && d.before.test(before) && (!d.after || d.after.test(after)) && !d.question?.test(before),
  );
};
/** "O material é confidencial?": a question mark right after the marking asks, it does not state. */
const QUESTION_AFTER = /^[ \t]*[?？؟]/;
/**
 * "patron borrowing records are confidential under state law": a legal status of a kind of record
 * (a privacy notice's text), not a marking of this text.
 */
const LEGAL_STATUS_AFTER = /^[ \t]+(?:under|by|pursuant[ \t]+to|according[ \t]+to)[ \t]+(?:[\w.'-]+[ \t]+){0,3}(?:law|laws|act|statute|regulations?|gdpr|hipaa|ferpa|code)\b/i;

/**
 * "The new pricing below is confidential": whatever the noun, "below"/"above"/"attached" points at
 * the text itself, so the statement marks it.
 */
const DEICTIC = /\b(?:below|above|herein|in\s+this\s+(?:email|e-mail|message|thread|document)|(?:attached|enclosed)(?:\s+[A-Za-z-]+){0,3}?)\s+(?:is|are)\s+$/i;
/** The statement ends with the marking ("… below is confidential." / "… and …" / "… until …"), not "… is confidential depends on …". */
const STATEMENT_ENDS = /^\s*(?:$|[.!;:,\n\r(-]|(?:and|until|unless|till)\b)/i;
/** "… is confidential and must not be shared", "… is commercial in confidence, please don't forward it": the statement comes with a handling instruction. */
const NOT_TO_SHARE =
  /^\s*(?:(?:,\s*)?(?:and|&)\s+(?:(?:must|should|may|can|is|are)\s*(?:not|n't)\s+(?:to\s+)?(?:be\s+)?(?:shared|forwarded|distributed|disclosed|circulated|copied|share|forward|distribute|disclose)\b|(?:is|are)\s+(?:intended|meant)\s+(?:solely\s+|only\s+)?for\b)|[,;.]\s*(?:so\s+)?(?:please\s+)?(?:do\s+not|don't|never)\s+(?:share|forward|distribute|disclose|circulate|copy|send)\b)/i;
/**
 * A mail header before the marking: "Subject: Confidential – proposed restructuring",
 * "Betreff: AW: Vertraulich – …", also after a sentence ("… para RRHH. Asunto: Confidencial – …").
 * The marking opens the subject, as it would open a line.
 */
/** A mail's subject line, in the languages the markings are listed in (Cyrillic and Greek as normalisation leaves them). */
const SUBJECT_WORDS = [
  'subject', 'betreff', 'objet', 'asunto', 'oggetto', 'assunto', 'onderwerp', 'temat', 'ämne', 'emne', 'aihe', 'předmět', 'tárgy', 'konu', 'perihal',
  // SW "Kichwa:" / "Mada:" (heading, topic), RO "Subiect:".
  'kichwa', 'mada', 'subiect',
  // A note field heading a line ("ملاحظة: سري – لا يُشارك …", "Note: Confidential – …"): AR, HE, EN, FR, ES/IT/PT, DE.
  'ملاحظة', 'הערה', 'note', 'remarque', 'nota', 'hinweis',
  'الموضوع', 'موضوع', 'נושא', '件名', '主题', '主旨', '제목', 'თემა', 'թեմա', 'विषय', ...foldedSpellings(['тема', 'тақырып', 'θέμα', 'θεμα']),
];
/**
 * A page's header or footer named as a field, which a marking opens as it opens a subject ("Footer:
 * Confidential – …", UR "ہیڈر: خفیہ"); up to four words may say which pages ("Pied de page de chaque
 * diapositive : « Document confidentiel … »"), and the marking may open a quotation. NL "Onderaan:" /
 * "Bovenaan:" (at the bottom / top) name where on the page.
 */
const PAGE_FIELD_WORDS = [
  'header', 'footer', 'kopfzeile', 'fußzeile', 'fusszeile', 'en-tête', 'pied de page', 'encabezado', 'pie de página', 'intestazione', 'piè di pagina', 'cabeçalho', 'rodapé',
  'koptekst', 'voettekst', 'onderaan', 'bovenaan', 'onderin', 'bovenin', 'nagłówek', 'stopka', 'ہیڈر', 'فوٹر', 'التذييل', 'الترويسة', 'ヘッダー', 'フッター', '页眉', '页脚', '頁首', '頁尾',
  // TR başlık (heading), üstbilgi / altbilgi (header, footer), as normalisation leaves them (dotless ı folded to i).
  'başlik', 'başliği', 'baslik', 'üstbilgi', 'altbilgi',
  // RU/UK шапка (a document's header), колонтитул (running head), as normalisation leaves them.
  ...foldedSpellings(['шапка', 'шапке', 'шапці', 'колонтитул']),
  // PL case forms (w nagłówku, w stopce), ES "el pie" (the footer), JA 表紙 (cover), AR رأس (head of a
  // document), TR üstünde / altında (on top of, at the bottom of), KO 상단 / 하단 / 표지 (top, bottom, cover).
  'nagłówku', 'nagłówka', 'stopce', 'stopki', 'el pie', '表紙', 'رأس', 'üstünde', 'altinda', 'altında', '상단', '하단', '표지',
  // HI शीर्षक (heading), हेडर / फ़ुटर; UK/RU заголовок (heading) in its case forms.
  'शीर्षक', 'हेडर', ...foldedSpellings(['заголовок', 'заголовку', 'заголовке']),
  // JA 見出し (heading): "見出しの「社外秘」もそのまま残して" (keep the heading's … as it is).
  '見出し',
];
/** A page-field word in the same sentence, shortly before a quotation (`bracketed`). */
const PAGE_FIELD_NEAR = new RegExp(`(?:${PAGE_FIELD_WORDS.join('|')})[^。！？.!?\\n]*$`, 'i');
const MAIL_HEADER = new RegExp(
  `(?:^|[\\n\\r]|[.!?][ \\t]+)[ \\t>"«]*(?:${SUBJECT_WORDS.join('|')}|(?:${PAGE_FIELD_WORDS.join('|')})(?:[ \\t]+[^\\s:]{1,20}){0,4}?)[ \\t]*:[ \\t]*(?:(?:re|fw|fwd|aw|wg|tr|rv|sv|vs|odp|ynt)[ \\t]*:[ \\t]*)*[[(«"“„]?[ \\t]*$`,
  'i',
);
/** A form row's next field after a wide gap: "密级：机密  保密期限：一年" (classification … term of secrecy: …). */
const NEXT_FORM_FIELD = /^[ \t]{2,}[^\s:]{1,20}:/;
/** "Marked Confidential – Supplier Sensitive as usual", "stamped CONFIDENTIAL": the marking a document carries, named. */
const MARKED_AS = /\b(?:marked|stamped|label(?:l)?ed)(?:\s+as)?\s+["'“«]?$/i;
/** "Please treat this document / these terms as strictly confidential", "Please treat as privileged and confidential": an instruction that marks the text. */
const TREAT_AS = /\b(?:treat|handle|keep)\s+(?:this|these|the|all)\s+(?:[a-z-]+\s+){0,2}(?:document|memo|email|e-mail|message|deck|presentation|file|report|attachment|page|material|slides?|spreadsheet|information|data|contents?|thread|notes?|terms|figures|numbers|details|results|plans?|minutes|proposal|offer|pricing|discussion)\s+as\s+$|\b(?:please\s+)?treat\s+(?:it\s+|them\s+)?as\s+$/i;
/** "Please treat this as confidential until …": the bare pronoun, when the marking ends the instruction ("treat this as confidential advice" calls it advice). */
/**
 * The same request in the other languages: "Bitte behandeln Sie diese Nachricht vertraulich", "behandel
 * dit bericht als vertrouwelijk", "trate este correo como confidencial", "traitez ce message comme
 * confidentiel", "tratti questa email come riservata" (a demonstrative, the text's noun, maybe "as").
 */
const TREAT_AS_EU = /(?:^|[^\p{L}])(?:behandeln|behandle|behandelt|behandel|behandelen|trate|tratar|tratem|traitez|traiter|tratti|trattare|trattate)(?:[ \t]+(?:sie|u|bitte|por favor|s'il vous plaît))*[ \t]+(?:diese|dieses|diesen|die|das|den|dit|deze|het|este|esta|estos|estas|esto|ce|cet|cette|ces|questa|questo|queste|questi|isto|isso|a|o)[ \t]+\p{L}{3,20}(?:[ \t]+(?:bitte|streng|strikt))?[ \t]+(?:(?:als|como|comme|come)[ \t]+)?$/iu;
const TREAT_THIS_AS = /\b(?:please\s+)?treat\s+(?:this|these)\s+as\s+$/i;
/**
 * A classification field: "Klassifizierung: intern", "分類：社外秘", "보안등급: 대외비". The field
 * name says the value is a marking, so a marking word after it counts whatever its case (Latin
 * "Classification: …" with the English levels is a BANNER; this covers the other languages and
 * the caseless scripts). The field opens its line or a footer part ("… · Sekretessklass: Intern ·"),
 * after at most two words ("Document classification:"); CJK names end in the field word (機密区分,
 * 情報区分, 保密等级). The value may be quoted ("Гриф: «Для служебного пользования»").
 */
const CLASS_WORDS = [
  'classification', 'sensitivity', 'sensitivity label', 'klassifizierung', 'klassifikation', 'einstufung', 'schutzstufe', 'schutzklasse', 'vertraulichkeit',
  'vertraulichkeitsstufe', 'classificação', 'classificacao', 'clasificación', 'clasificacion', 'classificazione', 'classificatie', 'rubricering', 'klasyfikacja',
  'klassificering', 'klassifisering', 'luokitus', 'klasifikace', 'sınıflandırma', 'gizlilik derecesi', 'niveau de confidentialité', 'nivel de confidencialidad', 'sensibilité',
  // FA طبقه‌بندی (classification), as normalisation leaves it (without the zero-width non-joiner) and spaced;
  // BN শ্রেণিবিভাগ.
  'طبقهبندی', 'طبقه بندی', 'শ্রেণিবিভাগ', 'শ্রেণীবিভাগ',
  // PL "Klauzula: ZASTRZEŻONE" (the classification clause, klauzula tajności in full).
  'klauzula', 'klauzula tajności',
  // SV "Sekretessklass: Intern" (secrecy class), informationsklass.
  'sekretessklass', 'sekretessnivå', 'informationsklass', 'informationsklassning',
  // NO "Gradering: Fortruleg" (grading, the security-act word), sikkerhetsgradering / tryggleiksgradering.
  'gradering', 'sikkerhetsgradering', 'tryggleiksgradering',
  // RU/UK/BG "Гриф (секретности):" (the grade stamp), as normalisation leaves Cyrillic.
  ...foldedSpellings(['гриф', 'гриф секретности', 'гриф обмеження доступу']),
];
const CLASS_LABEL = new RegExp(
  `(?:^|\\n|[·•][ \\t]*)[ \\t>*#|-]*(?:(?:[\\p{L}-]+[ \\t]+){0,2}(?:${CLASS_WORDS.map(phrase).join('|')})|\\p{L}{0,6}(?:区分|分類|分类|等级|等級|密级|密級|등급|분류))[ \\t]*:[ \\t]*[«"„“]?$`,
  'iu',
);
/**
 * "The attached dataset is strictly confidential until …": with "strictly"/"highly", a statement
 * about any subject marks it ("is confidential" alone is too common in questions and prose); so
 * does the legal compound ("This offer is subject to contract and confidential").
 */
const INTENSIFIED = /^(?:strictly|highly)[\s_-]+confidential$|subject[\s_-]+to[\s_-]+contract|without[\s_-]+prejudice/i;
const STATED = /\b(?:is|are|remains?|stays?)\s+$/i;
/**
 * Separators of a footer or header line: "Acme · Confidential · Do not forward". A dash counts
 * when spaced ("Kestrel – Company Confidential"; en and em dashes arrive here as '-'), so
 * "non-confidential" and "re-internal" do not.
 */
const FOOTER_SEP = '·|•';
const OPEN = '[(<{【「『';
const CLOSE = '])>}】」』';

function atLineStart(t: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = t[i]!;
    if (c === '\n' || c === '\r') return true;
    if (!LABEL_BEFORE.includes(c)) return false;
  }
  return true;
}

/** At the start of a line, or of a mail subject (MAIL_HEADER). */
function labelStart(t: string, start: number): boolean {
  return atLineStart(t, start) || MAIL_HEADER.test(t.slice(Math.max(0, start - 60), start));
}

/**
 * "… negalės dalyvauti. Konfidencialu: bylos medžiaga …": a marking that opens a sentence and is
 * followed by a colon labels what follows, as it would at the start of a line (so does one that
 * opens a quotation: "questa nota? «Documento riservato: elenco …»"); one that is the
 * line's last sentence ("… Barbera2024. Comunicazione riservata.", "КОНФИДЕНЦИАЛЬНО. Коммерческая
 * тайна") closes the text as a footer does.
 */
const SENTENCE_START = /(?:[.!?]["')\]]?[ \t]+|[ \t:][«„])$/;
/**
 * After the marking: a colon, a spaced dash ("… 11 dni. Dokument poufny – proszę nie przekazywać",
 * a handling note after it), or the end of its line (maybe after a full stop and a quote).
 */
const SENTENCE_LABEL_AFTER = /^[ \t]*(?::|-[ \t]|(?:[.!]["')»”]?[ \t]*)?(?:[\r\n]|$))/;
/**
 * Or it opens a sentence or a line and says until when: "… en tres años. Uso interno hasta la firma
 * del NDA.", "Confidential until the launch." (in a sentence, "the file is internal until Friday"
 * only describes it).
 */
const UNTIL_AFTER = /^[ \t]+(?:until|till|hasta|bis|jusqu['’][ \t]?(?:à|au)|fino[ \t]+a|finché|até|tot|aż[ \t]+do)[ \t]/i;
/**
 * "Nota interna: RISERVATO – scoring bancario 712": the marking as the value of a short field at the
 * start of a line (one to three words and a colon), closing the line or before a spaced dash.
 */
const SHORT_FIELD_BEFORE = /(?:^|\n)[ \t]*\p{L}[\p{L}\p{M}.'-]*(?:[ \t]+[\p{L}\p{M}.'-]+){0,2}[ \t]*:[ \t]*$/u;
const fieldValue = (t: string, start: number, end: number): boolean =>
  SHORT_FIELD_BEFORE.test(t.slice(Math.max(0, start - 48), start)) && SENTENCE_LABEL_AFTER.test(t.slice(end, end + 6));
/**
 * "… dla motocykli. Dokument poufny, do użytku wyłącznie zarządu.": the document word and its marking
 * opening a sentence or a line declare the text's class, whatever follows.
 */
const DOCUMENT_MARKING = /^(?:document|documento|dokument|doc)[\s_-]/i;
/** "… na cały sezon. Tekst poufny, nie przesyłaj dalej.": the text's noun opening the sentence before the marking does the same. */
const TEXT_NOUN_OPENS = /(?:^|\n|[.!?]["')\]]?[ \t]+)(?:tekst|text|texte|texto|testo|notatka|wiadomość|wiadomosc|zpráva|správa|üzenet|mesaj)[ \t]+$/i;
const sentenceLabel = (t: string, start: number, end: number, v: string): boolean => {
  const opens = SENTENCE_START.test(t.slice(Math.max(0, start - 4), start));
  return (
    (opens && SENTENCE_LABEL_AFTER.test(t.slice(end, end + 6))) ||
    ((opens || atLineStart(t, start)) && (UNTIL_AFTER.test(t.slice(end, end + 14)) || DOCUMENT_MARKING.test(v))) ||
    (TEXT_NOUN_OPENS.test(t.slice(Math.max(0, start - 16), start)) && /^[ \t]*[,.;:]/.test(t.slice(end, end + 3)))
  );
};

/**
 * 'Şu notu İngilizceye çevir: "GİZLİDİR – Kooperatif …"', 'ترجم …: "سري للغاية — تقرير …"': a text
 * quoted after a colon (to translate, to shorten) that opens with its marking and a separator
 * carries the marking as its header.
 */
const QUOTED_TEXT_OPEN = /:[ \t]*["“«„][ \t]?$/;
const QUOTED_TEXT_SEPARATOR = /^[ \t]*[-:|][ \t]/;
const opensQuotedText = (t: string, start: number, end: number): boolean =>
  QUOTED_TEXT_OPEN.test(t.slice(Math.max(0, start - 4), start)) && QUOTED_TEXT_SEPARATOR.test(t.slice(end, end + 4));

/**
 * "機密 僅限專案成員閱覽": a CJK marking that opens a line and is followed, after a space, by more
 * CJK text (a heading with its handling note); Chinese and Japanese prose does not space its words.
 * Or the marking is the line's first clause ("机密文件，请勿外传。").
 */
const CJK_START = new RegExp(`^[${CJK_LETTERS}]`);
const CJK_AFTER_SPACE = new RegExp(`^[ \\t\u3000]+[${CJK_LETTERS}]`);
/**
 * "机密文件，请勿外传。", "機密情報 / CONFIDENTIAL", "机密（仅限管理层）": a marking that opens a line and a
 * clause, then a comma, a stop, a separator or a bracketed note (NFKC makes "（" a "(").
 */
// A star after the level, as Chinese documents print it ("机密★ 国际学生…", confidential ★ …).
const CJK_AFTER_CLAUSE = /^(?:[，、。；！(]|[ \t]*[/|｜·・★☆][ \t]*\S)/;
const cjkHeading = (t: string, v: string, start: number, end: number): boolean =>
  CJK_START.test(v) && atLineStart(t, start) && (CJK_AFTER_SPACE.test(t.slice(end, end + 4)) || CJK_AFTER_CLAUSE.test(t.slice(end, end + 4)));

/**
 * "…組合への説明前のため取り扱い注意。": a Japanese handling marking as the predicate that closes a
 * sentence (after a kana or kanji, before 。/！ or the end of the line, a copula between) marks
 * what the sentence says; in the middle of a sentence ("社外秘の資料を…") it is a noun talked about.
 * So does a ban on taking the material outside ("※本資料の社外への持ち出しを禁止します。").
 */
const JA_PREDICATE_MARKING = /^(?:取扱注意|取り扱い注意|取扱い注意|社外秘|部外秘|関係者外秘|社内限り|極秘|社外への持ち出しを禁止|社外への持出しを禁止|社外持ち出し禁止|社外持出禁止)$/;
// After a kana, a kanji or a comma (、): "出願前のため、取扱注意でお願いします。" (before filing, please handle with care);
// closed by a stop or a bracket ("（情報解禁日まで極秘扱い）", top secret until the announcement).
const JA_SENTENCE_BEFORE = /[\u3001\u3040-\u30ff\u3400-\u9fff]$/;
// "…契約締結まで社外秘扱いとしてください。" (treat it as confidential until …): 扱いとして + a request.
const JA_SENTENCE_END = /^(?:です|します|とします|となります|扱い|(?:扱い)?(?:で|にて)(?:お願い(?:します|いたします|致します)|願います)|(?:扱い)?と(?:して|し)(?:ください|下さい|お願いします|おいてください))?(?:[。！）)]|[ \t]*(?:\n|$))/;
/**
 * ZH stamp phrases closing a clause: "名单严禁外传，不要转发" (the list: strictly no passing on, …).
 * Not the polite 请勿外传 ("please do not pass on", as "please do not forward" in English prose).
 */
const ZH_PREDICATE_MARKING = /^(?:严禁外传|嚴禁外傳|严格保密|嚴格保密)$/;
const ZH_CLAUSE_END = /^(?:[，。！；,;!]|[ \t]*(?:\n|$))/;
/**
 * KO "보고서는 … 대외비로 분류했습니다" (the report … I classified as confidential): the marking, then
 * "(으)로 분류 / 지정 / 취급" (classified / designated / handled as), or a noun and a copula, not in a
 * question.
 */
const KO_PREDICATE_MARKING = /^(?:대외비|기밀|극비|내부용)$/;
// Or a noun and the copula: "첨부한 변경안은 대외비 자료이니 …" (… is confidential material, so …).
const KO_CLASSIFIED_AS = /^(?:(?:으로|로)[ \t]*(?:분류|지정|취급)|[ \t]*(?:자료|문서|보고서|정보|사항|내용)?(?:이니|이므로|이니까|입니다|이에요|예요|이며|임(?![\p{L}])))(?![^.!?\n]{0,30}[?？])/u;
/**
 * ZH "（注意这是客户机密环境）" (note: this is a client-confidential environment), "此为公司机密": "this
 * is", a qualifier, the marking and maybe a noun, closing the clause.
 */
const ZH_THIS_IS_BEFORE = /(?:这是|這是|此为|此為|此乃)(?:客户|客戶|公司|内部|內部|集团|集團)?$/;
const ZH_THIS_IS_AFTER = /^(?:环境|環境|信息|資訊|数据|數據|文件|资料|資料|内容|內容)?(?:[，。！；）),;!]|[ \t]*(?:\n|$))/;
const cjkSentencePredicate = (t: string, v: string, start: number, end: number): boolean =>
  (KO_PREDICATE_MARKING.test(v) && KO_CLASSIFIED_AS.test(t.slice(end, end + 48))) ||
  (/^(?:机密|機密)$/.test(v) && ZH_THIS_IS_BEFORE.test(t.slice(Math.max(0, start - 6), start)) && ZH_THIS_IS_AFTER.test(t.slice(end, end + 4))) ||
  (JA_SENTENCE_BEFORE.test(t.slice(Math.max(0, start - 1), start)) &&
    ((JA_PREDICATE_MARKING.test(v) && JA_SENTENCE_END.test(t.slice(end, end + 12))) || (ZH_PREDICATE_MARKING.test(v) && ZH_CLAUSE_END.test(t.slice(end, end + 2)))));

/**
 * "- Documento interno RISERVATO: piano di sostituzione …": an upper-case marking closing a short
 * heading that names a document (a bullet, a document word and up to two more) before its colon
 * labels the item, as at a line's start.
 */
const SHORT_HEADING_BEFORE = /(?:^|\n)[ \t]*(?:[-*•·]|\d{1,2}[.)])?[ \t]*(?:\p{L}[\p{L}'-]*[ \t]+){0,2}(?:documento|document|dokument|doc|memo|nota|note|notiz|report|rapport|relatório|informe|bericht|file|fichier|archivo|allegato|anexo|annexe|anlage|attachment)(?:[ \t]+\p{L}[\p{L}'-]*){0,2}[ \t]+$/iu;
const upperHeading = (t: string, v: string, start: number, end: number): boolean =>
  isUpper(v) && /^[ \t]*:/.test(t.slice(end, end + 3)) && SHORT_HEADING_BEFORE.test(t.slice(Math.max(0, start - 50), start));

/** "חסוי (להנהלה בלבד)" opening a line: the marking with a bracketed note closing the line is a heading. */
const HEADING_NOTE_AFTER = /^[ \t]*\([^()\n]{1,60}\)[ \t]*(?:\r?\n|$)/;

/**
 * "Коммерческая тайна ООО «Карьер Восток»": the Russian trade-secret marking (98-FZ art. 10; UK
 * "Комерційна таємниця") opening its line with the owner's name after it, as the law has it written.
 */
const TRADE_SECRET = new RegExp(`^(?:${foldedSpellings(['коммерческая тайна', 'комерційна таємниця']).join('|')})$`, 'i');
const OWNER_AFTER = new RegExp(`^[ \\t]+(?:${foldedSpellings(['ООО', 'АО', 'ПАО', 'ЗАО', 'ОАО', 'ИП', 'ТОВ', 'ПАТ', 'ПрАТ', 'АТ']).join('|')})(?![\\p{L}])`, 'iu');
const tradeSecretOwner = (t: string, v: string, start: number, end: number): boolean =>
  TRADE_SECRET.test(v) && atLineStart(t, start) && OWNER_AFTER.test(t.slice(end, end + 8));

/**
 * "CONFIDENTIEL — Diffusion restreinte au comité de direction": a marking right after an upper-case
 * marking that opens the line, past a spaced separator, is the heading's second marking (France's
 * DR level, a handling line) whatever its case; "CONFIDENTIAL - the restricted list" is prose (a
 * STRONG marking only: a weak one still needs upper case).
 */
const HEADING_MARKING_BEFORE = /(?:^|\n)[ \t#*>]*(\p{Lu}[\p{Lu}\p{M} _-]{2,38}?)[ \t]+[-|/:][ \t]+$/u;
function secondHeadingMarking(t: string, start: number): boolean {
  const first = HEADING_MARKING_BEFORE.exec(t.slice(Math.max(0, start - 48), start))?.[1];
  return first !== undefined && (STRONG_RE.test(first) || BANNER_RE.test(first));
}

/**
 * "Información reservada conforme a la normativa de transparencia …": a marking opening its line
 * with the legal basis of the classification after it labels the text (in a sentence, "… are
 * confidential under state law" only describes a kind of record: LEGAL_STATUS_AFTER).
 */
const LEGAL_BASIS_AFTER = /^[ \t]+(?:conforme|de[ \t]+acuerdo[ \t]+con|en[ \t]+t[eé]rminos|con[ \t]+fundamento|nos[ \t]+termos|ai[ \t]+sensi|gem(?:ä|ae)(?:ß|ss)|pursuant[ \t]+to|under[ \t]+(?:section|article|s\.|art\.))(?![\p{L}])/iu;
const legalHeading = (t: string, start: number, end: number): boolean => atLineStart(t, start) && LEGAL_BASIS_AFTER.test(t.slice(end, end + 24));

/**
 * "（机密，客户要求签保密协议）", 页眉 "机密 · 仅限内部使用": a CJK (or Thai) marking that opens a bracket or a
 * quotation and is closed by punctuation or a separator is an annotation, not a word of a sentence.
 */
const CJK_OPENERS = '（(【「『"“';
// A spaced dash separates too: "(ลับ — ใช้ภายในเท่านั้น)" (secret — internal use only; dashes are
// folded to "-"). Thai, which does not space its words either, is read as CJK here.
const CJK_ANNOTATION_AFTER = /^[ \t\u3000]*(?:[）)】」』"”，,、·|｜:：]|-[ \t])/;
const CJK_OR_THAI_START = new RegExp(`^[\u0e00-\u0e7f${CJK_LETTERS}]`);
/**
 * A closing quotation mark right after one word: the word quoted ('"대외비"와 "기밀" 등급'), talked
 * about, not used; a quoted header of several parts ('"机密 · 仅限内部使用"') is the header itself.
 */
const CLOSES_QUOTE = /^[ \t\u3000]*["”」』]/;
const cjkAnnotation = (t: string, v: string, start: number, end: number): boolean => {
  if (!CJK_OR_THAI_START.test(v) || start === 0 || !CJK_OPENERS.includes(t[start - 1]!)) return false;
  const after = t.slice(end, end + 3);
  return CJK_ANNOTATION_AFTER.test(after) && !(CLOSES_QUOTE.test(after) && !/[\s·|｜]/.test(v));
};

/**
 * A term list: "důvěrné — confidential" among "obžalovaný — defendant" lines (a glossary, a
 * translation table). A lower-case marking there is the word being translated or defined, not
 * a label: its line is "term – term" and so is a line next to it.
 */
const TERM_LINE = /^[ \t*-]*\p{L}[\p{L}\p{M} '.]{0,40}? - \p{L}[\p{L}\p{M} '/.,()-]{0,60}$/u;
/** A term line is short: look no further than this for its ends (linear on one long line). */
const TERM_LINE_MAX = 120;
/** Bounds of the line holding t[i] (`[start, end)`), or null when it is longer than TERM_LINE_MAX. */
function shortLineAt(t: string, i: number): [number, number] | null {
  const ls = lineStartWithin(t, i, TERM_LINE_MAX);
  const le = ls < 0 ? -1 : lineEndWithin(t, i, TERM_LINE_MAX - (i - ls));
  return le < 0 ? null : [ls, le];
}
const termLineAt = (t: string, i: number): boolean => {
  const b = shortLineAt(t, i);
  return b !== null && TERM_LINE.test(t.slice(b[0], b[1]));
};
function inTermList(t: string, start: number): boolean {
  const line = shortLineAt(t, start);
  if (line === null || !TERM_LINE.test(t.slice(line[0], line[1]))) return false;
  return (line[0] > 0 && termLineAt(t, line[0] - 1)) || (line[1] < t.length && termLineAt(t, line[1] + 1));
}

function labelEnd(t: string, end: number): boolean {
  let i = end;
  while (i < t.length && (t[i] === ' ' || t[i] === '\t')) i++;
  if (i >= t.length) return true;
  const c = t[i]!;
  return c === '\n' || c === '\r' || LABEL_AFTER.includes(c);
}

/**
 * "(Internal)", "【社外秘】": the marking alone in brackets. Japanese corner quotes 「」『』 are
 * quotation marks: a word in them is talked about ("「部外秘」と「取扱注意」の違い", the difference
 * between …) unless a page's header or footer was named just before ("フッターには「社外秘」と入っています",
 * the footer says …).
 */
function bracketed(t: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && (t[i] === ' ' || t[i] === '*' || t[i] === '_')) i--;
  let j = end;
  while (j < t.length && (t[j] === ' ' || t[j] === '*' || t[j] === '_')) j++;
  if (i < 0 || j >= t.length) return false;
  // Quotation marks, as the corner quotes: only where a header or footer was named ("the footer on
  // every slide says "Board Confidential"", Turkish 'başlık "GİZLİ"').
  if (QUOTE_OPEN.includes(t[i]!) && QUOTE_CLOSE.includes(t[j]!)) return PAGE_FIELD_NEAR.test(t.slice(Math.max(0, i - 40), i));
  if (!OPEN.includes(t[i]!) || !CLOSE.includes(t[j]!)) return false;
  return !(t[i] === '「' || t[i] === '『') || PAGE_FIELD_NEAR.test(t.slice(Math.max(0, i - 30), i));
}

/**
 * "Proszę o odpowiedź (dokument poufny, nie przesyłać dalej).": a marking opening a bracket, then a
 * comma or semicolon and a short note up to the closing bracket, which ends the sentence or the
 * line: the annotation that marks the text, as the marking alone in brackets does. In the middle
 * of a sentence ("the NDA (confidential, signed) is attached") it describes something named.
 */
const ANNOTATION_NOTE_AFTER = /^[ \t]*[,;][^()[\]\n]{1,60}[)\]][ \t]*(?:[.:;!]|\r?\n|$)/;
function bracketedWithNote(t: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && t[i] === ' ') i--;
  // Not a call's or an index's first argument: "hmac.new(SECRET, request.data, …)".
  return i >= 0 && (t[i] === '(' || t[i] === '[') && (i === 0 || !/[\w$\])]/.test(t[i - 1]!)) && ANNOTATION_NOTE_AFTER.test(t.slice(end, end + 64));
}

/**
 * «Для служебного пользования» on a line of its own: a quoted marking that is the whole line is the
 * stamp, copied with its quotation marks (a word talked about stands inside a sentence).
 */
function quotedLine(t: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && (t[i] === ' ' || t[i] === '\t')) i--;
  let j = end;
  while (j < t.length && (t[j] === ' ' || t[j] === '\t')) j++;
  if (i < 0 || j >= t.length || !QUOTE_OPEN.includes(t[i]!) || !QUOTE_CLOSE.includes(t[j]!)) return false;
  return atLineStart(t, i) && labelEnd(t, j + 1) && !/^[ \t]*[:：,;]/.test(t.slice(j + 1, j + 4));
}

/** Two or more `<NAME>` placeholders: the text is a template. */
const PLACEHOLDER_TAG = /<[A-Z][A-Z0-9_]{1,30}>/g;
const templatePlaceholders = (t: string): boolean => (t.match(PLACEHOLDER_TAG)?.length ?? 0) >= 2;

/**
 * "E no rodapé também vem escrito Documento confidencial", "शीर्षक में गोपनीय रहने दें": a marking
 * shortly after a named page part, unquoted, is what that part says (capitalised, as a citation, in
 * a cased script); "Позначку конфіденційно залиш" names it as the marking.
 */
const PAGE_FIELD_CLOSE = new RegExp(`(?:${PAGE_FIELD_WORDS.join('|')})[^。！？.!?\\n"“«„]{0,22}$`, 'i');
// DE "Die Kennzeichnung \"streng vertraulich\" muss erhalten bleiben" (the marking … must stay): the noun, maybe a quote;
// HE "ותשאיר את הסימון \"סודי\" בראש המסמך" (keep the marking "secret" at the top), AR العلامة / التصنيف.
const MARKING_NOUN_BEFORE = new RegExp(`(?:${foldedSpellings(['позначку', 'позначка', 'гриф', 'пометку', 'пометка']).join('|')}|marking|marcação|oznaczenie|označení|kennzeichnung|vermerk|הסימון|סימון|العلامة|علامة|التصنيف)[ \\t]+["“„«]?$`, 'i');
function namedOnPage(t: string, v: string, start: number): boolean {
  const before = t.slice(Math.max(0, start - 40), start);
  // Quoted after the noun, in a question, the marking is asked about ("Was bedeutet die Kennzeichnung "vertraulich"?").
  if (MARKING_NOUN_BEFORE.test(before)) return !/["“„«]$/.test(before) || !/^[^.!?\n]*\?/.test(t.slice(start + v.length, start + v.length + 80));
  return PAGE_FIELD_CLOSE.test(before) && (!/\p{L}/u.test(v) || /^\p{Lu}/u.test(v) || v.toLowerCase() === v.toUpperCase());
}

/**
 * 'a w stopce „Poufne – tylko do użytku wewnętrznego"': a marking opening a quotation right after a
 * named header or footer is what that page part says, whatever follows it inside the quotes.
 */
function opensPageFieldQuote(t: string, start: number): boolean {
  const q = start - 1;
  return q > 0 && (QUOTE_OPEN.includes(t[q]!) || t[q] === '「') && PAGE_FIELD_NEAR.test(t.slice(Math.max(0, q - 40), q));
}

const TLP_LEVEL = /tlp\s*:/gi;
function tlpLevelsListed(t: string, start: number, end: number): boolean {
  return (t.slice(Math.max(0, start - 80), end + 80).match(TLP_LEVEL)?.length ?? 0) >= 2;
}

function isUpper(v: string): boolean {
  return /[A-Z]/.test(v) && v === v.toUpperCase();
}

/**
 * After a footer separator, and before another one or the end of the footer (end of line, a
 * closing quote): "Acme · Confidential · Do not forward", '"Marrowfield – Internal Use Only"'.
 */
function betweenSeparators(t: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && t[i] === ' ') i--;
  let j = end;
  while (j < t.length && t[j] === ' ') j++;
  if (i < 0 || !footerSep(t, i, i < start - 1)) return false;
  if (j < t.length && footerSep(t, j, j > end)) return true;
  // At the footer's end, only a marking: a trailing "Do not forward" belongs to the one before it.
  return (j >= t.length || '\n\r"'.includes(t[j]!)) && !/^(?:do|not)[\s_-]/i.test(t.slice(start, end));
}

/**
 * "Lantern Walk volunteer rota – Internal (please don't share outside the events team)": a capitalised
 * marking after a spaced dash closing a title line (the text's first, or one after a blank line),
 * or before a bracketed handling note there; "Support – Internal" in a list is a department's name.
 */
const TITLE_NOTE_AFTER = /^[ \t]*(?:\r?\n|$|\([^()\n]{0,60}\b(?:share|forward|distribute|circulate|teilen|weitergeben|partager|diffuser|compartir|difundir)\b[^()\n]{0,60}\)[ \t]*(?:\r?\n|$))/i;
function titleAfterDash(t: string, start: number, end: number): boolean {
  if (!/[^\s] - $/.test(t.slice(Math.max(0, start - 4), start))) return false;
  // A title line: the text's first, or after a blank line (a paragraph's head).
  const lineStart = t.lastIndexOf('\n', start) + 1;
  return (lineStart === 0 || /\n[ \t]*\r?\n$/.test(t.slice(Math.max(0, lineStart - 8), lineStart))) && TITLE_NOTE_AFTER.test(t.slice(end, end + 130));
}

/** Whether t[i] separates footer parts; a '-' only with a space on both sides (`spaced`: on the marking's side). */
function footerSep(t: string, i: number, spaced: boolean): boolean {
  const c = t[i]!;
  if (FOOTER_SEP.includes(c)) return true;
  return c === '-' && spaced && (t[i - 1] === ' ' || t[i + 1] === ' ');
}

/**
 * '"Confidential – Investor Materials"': a capitalised marking that opens a quotation and is followed
 * by a footer separator quotes a header or footer ("the footer on every slide reads …"); a quoted
 * marking alone ('the word "Confidential" is bold') is a mention.
 */
function opensQuotedFooter(t: string, v: string, start: number, end: number): boolean {
  if (start === 0 || !'"«„'.includes(t[start - 1]!) || !/^\p{Lu}/u.test(v)) return false;
  let j = end;
  while (j < t.length && t[j] === ' ') j++;
  return j < t.length && footerSep(t, j, j > end) && QUOTED_FOOTER_REST.test(t.slice(j + 1, j + 60));
}
/** The rest of a quoted footer: a capitalised part up to the closing quote, no sentence in it. */
const QUOTED_FOOTER_REST = /^[ \t]*\p{Lu}[^"»“”\n.!?]{0,48}["»“”]/u;

/** A marking with its handling instruction ("Confidential - do not share"): a marking wherever it stands. */
const WITH_INSTRUCTION = /[-/|:]\s*(?:do[\s_-]+not[\s_-]+(?:distribute|forward|share|copy)|not[\s_-]+for[\s_-]+distribution)$/i;

/**
 * "Company Confidential", "Internal Use Only": two or more words, each capitalised, except the
 * small words title case leaves in lower case ("Commercial in Confidence").
 */
const TITLE_SMALL_WORDS = new Set(['in', 'of', 'and', 'for', 'to', 'the', 'a', 'an']);
function isTitleCase(v: string): boolean {
  const words = v.split(/[\s_-]+/).filter((w) => w.length > 0);
  return words.length >= 2 && words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && i < words.length - 1 && TITLE_SMALL_WORDS.has(w)));
}

/** After the closing bracket of "(Internal)": a ":" or "-" separator, or the end of the line. */
function closesHeading(t: string, end: number): boolean {
  let j = end;
  while (j < t.length && (t[j] === ' ' || t[j] === '*' || t[j] === '_')) j++;
  j++; // the closing bracket (bracketed() checked it)
  while (j < t.length && (t[j] === ' ' || t[j] === '\t')) j++;
  return j >= t.length || '\n\r:-|'.includes(t[j]!);
}

/** `CONFIDENTIAL = 'confidential'`: a name being assigned to (an enum member, a constant). */
function assigned(t: string, end: number): boolean {
  let i = end;
  while (i < t.length && (t[i] === ' ' || t[i] === '\t')) i++;
  return t[i] === '=' && t[i + 1] !== '=';
}

/**
 * 'lo spettacolo si intitola "Top Secret: l'Agente Topolino"', '展览名称叫《…》，英文是 "Top Secret: …"':
 * a marking in title case opening a quotation that a naming word earlier in the sentence
 * introduces is a show's, a book's, an exhibition's title, not a header (an upper-case
 * "CONFIDENTIAL: …" in quotes still is).
 */
const TITLE_QUOTE_OPEN = /["“«„'‘《「][ \t]?$/;
const TITLE_NAMED_BEFORE = /(?:titled|entitled|called|named|title|intitola|intitolat[oa]|s['’]intitule|intitul[ée]e?|titulad[oa]|se titula|se llama|llamad[oa]|chiamat[oa]|heißt|heisst|Titel|getiteld|genaamd|heet|tytułem|zatytułowan|названием|называется|名称|名稱|标题|標題|题为|題為|題名|タイトル|제목)[^.!?。\n]{0,40}$/i;
const quotedTitle = (t: string, v: string, start: number): boolean =>
  !isUpper(v) && TITLE_QUOTE_OPEN.test(t.slice(Math.max(0, start - 2), start)) && TITLE_NAMED_BEFORE.test(t.slice(Math.max(0, start - 80), start));

function makeValidator(custom: readonly string[]) {
  const exact = new Set(custom.map((m) => m.trim()));
  const customRe = custom.length > 0 ? full(custom.map(phrase)) : null;
  return (v: string, ctx: MatchContext): boolean => {
    const t = ctx.text;
    const prev = t[ctx.start - 1];
    const next = t[ctx.end];
    // Identifiers in code: Classification.CONFIDENTIAL, CONFIDENTIAL( …
    // (A CJK marking before a bracket is a heading with its note: "机密（仅限管理层）", NFKC's "(".)
    if (prev === '.' || prev === '_' || next === '_' || (next === '(' && !CJK_START.test(v)) || assigned(t, ctx.end)) return false;
    // A template's placeholder: "secret <SECRET>" beside "<COMMUNITY>", "<GATEWAY>".
    if (prev === '<' && next === '>' && templatePlaceholders(t)) return false;
    // "the difference between TLP:CLEAR, TLP:GREEN, TLP:AMBER and TLP:RED", "τι σημαίνει TLP:CLEAR και
    // TLP:GREEN" (two or more within 80 characters): the scheme's levels
    // listed are talked about; a document carries one.
    if (/^tlp/i.test(v) && tlpLevelsListed(t, ctx.start, ctx.end)) return false;
    if (BANNER_RE.test(v)) return true;
    if (quotedTitle(t, v, ctx.start)) return false;
    // Only a cased word written in lower case: a caseless marking (חסוי, 機密) is the same in both,
    // and "חסוי – לשימוש פנימי בלבד" above "סיכום ישיבה – סניף חיפה" is a banner over a title.
    if (v === v.toLowerCase() && v !== v.toUpperCase() && inTermList(t, ctx.start)) return false;
    const before = t.slice(Math.max(0, ctx.start - 60), ctx.start);
    const stated = STATED.test(before);
    // A quoted value ends at its closing quote ("Гриф: «Для служебного пользования»").
    const valueEnd = QUOTE_CLOSE.includes(t[ctx.end] ?? '\n') ? ctx.end + 1 : ctx.end;
    const classField = CLASS_LABEL.test(before) && (labelEnd(t, valueEnd) || NEXT_FORM_FIELD.test(t.slice(valueEnd, valueEnd + 24)));
    const label =
      (WITH_INSTRUCTION.test(v) && next !== '?') ||
      classField ||
      (labelStart(t, ctx.start) && labelEnd(t, ctx.end)) ||
      sentenceLabel(t, ctx.start, ctx.end, v) ||
      fieldValue(t, ctx.start, ctx.end) ||
      opensQuotedText(t, ctx.start, ctx.end) ||
      cjkHeading(t, v, ctx.start, ctx.end) ||
      cjkAnnotation(t, v, ctx.start, ctx.end) ||
      cjkSentencePredicate(t, v, ctx.start, ctx.end) ||
      upperHeading(t, v, ctx.start, ctx.end) ||
      legalHeading(t, ctx.start, ctx.end) ||
      (atLineStart(t, ctx.start) && HEADING_NOTE_AFTER.test(t.slice(ctx.end, ctx.end + 64))) ||
      tradeSecretOwner(t, v, ctx.start, ctx.end) ||
      secondHeadingMarking(t, ctx.start) ||
      bracketed(t, ctx.start, ctx.end) ||
      bracketedWithNote(t, ctx.start, ctx.end) ||
      quotedLine(t, ctx.start, ctx.end) ||
      opensPageFieldQuote(t, ctx.start) ||
      namedOnPage(t, v, ctx.start) ||
      betweenSeparators(t, ctx.start, ctx.end) ||
      opensQuotedFooter(t, v, ctx.start, ctx.end) ||
      declared(before, t.slice(ctx.end, ctx.end + 24)) ||
      (DEICTIC.test(before) && STATEMENT_ENDS.test(t.slice(ctx.end, ctx.end + 12))) ||
      TREAT_AS.test(before) ||
      (TREAT_AS_EU.test(before) && STATEMENT_ENDS.test(t.slice(ctx.end, ctx.end + 12))) ||
      (TREAT_THIS_AS.test(before) && STATEMENT_ENDS.test(t.slice(ctx.end, ctx.end + 12))) ||
      (MARKED_AS.test(before) && /^\p{Lu}/u.test(v)) ||
      (stated && next !== '?' && (INTENSIFIED.test(v) || NOT_TO_SHARE.test(t.slice(ctx.end, ctx.end + 60))));
    if (customRe && customRe.test(v)) return exact.has(v) || isUpper(v) || label;
    // A capitalised multi-word marking followed by a separator is a footer or header:
    // 'Fernhill Company Confidential · Do not distribute'.
    if (STRONG_RE.test(v)) return isUpper(v) || label || (isTitleCase(v) && labelEnd(t, ctx.end));
    // "Incident INC-3310 (Internal): …": a capitalised weak marking in brackets that close a
    // heading (a separator or the end of the line follows) labels the text; "(internal)" in a
    // sentence does not.
    // "Il presente documento è riservato …": a declared statement with a demonstrative or an
    // article marks the text in lower case too ("the information is sensitive" only describes it;
    // Indonesian "sulit" is "difficult", Malay's SULIT counts in upper case).
    // A capitalised weak marking between a named footer's separators is one of its parts:
    // 'piè di pagina: "Cooperativa Radiotaxi Milano · Riservato · bozza 2"'.
    if (WEAK_RE.test(v))
      return (
        classField ||
        (isUpper(v) && label) ||
        (!/^(?:sensitive|sulit)$/i.test(v) && declared(before, t.slice(ctx.end, ctx.end + 24), true)) ||
        (/^\p{Lu}/u.test(v) && ((bracketed(t, ctx.start, ctx.end) && closesHeading(t, ctx.end)) || (betweenSeparators(t, ctx.start, ctx.end) && PAGE_FIELD_NEAR.test(before)) || titleAfterDash(t, ctx.start, ctx.end)))
      );
    return false;
  };
}

/** The marking rule, optionally extended with policy markings (`custom.markings`). */
export function makeConfidentialRule(customMarkings: readonly string[] = []): Rule {
  const custom = customMarkings.map((m) => m.trim()).filter((m) => m.length >= 3);
  const customKeywords = custom.map((m) => normalizeString(m).toLowerCase().split(/\s+/)[0]!);
  // Longest alternatives first so "STRICTLY CONFIDENTIAL" wins over "CONFIDENTIAL".
  const alts = [...BANNER, ...custom.map(phrase), ...STRONG, ...WEAK];
  return {
    id: 'confidential.marking',
    category: 'confidential',
    label: 'Confidentiality marking',
    placeholder: 'MARKING',
    description:
      'Classification markings (CONFIDENTIAL, INTERNAL USE ONLY, ATTORNEY-CLIENT PRIVILEGED, TOP SECRET, SECRET//NOFORN, TLP:RED, …) in upper case or used as a label; policy markings extend the list.',
    keywords: [...new Set([...KEYWORDS, ...customKeywords])],
    pattern: new RegExp(`(?<![A-Za-z0-9])(?:${alts.join('|')})(?![A-Za-z0-9])`, 'gi'),
    validate: makeValidator(custom),
    // "VERTROUWELIJK — PRIVILEGED", "VERTRAULICH – nur für den internen Gebrauch": one marking.
    joinGap: /^[ \t]{0,3}(?:[-/|:·•][ \t]{0,3})?$/,
    anchored: true,
    score: 0.8,
    samples: {
      positive: [
        // Welsh OFFICIAL-SENSITIVE; ZH trade secret on its own line; TLP:GREEN in a chat.
        'SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE\n\nNodyn i\'r tîm',
        '帮我翻成英文：\n\n商业机密\n海藻粉采购框架协议',
        'Linh: mình tag TLP:GREEN rồi, đừng share ra ngoài kênh nha',
        // A Hebrew marking noun before the quoted marking; a TR offer noun.
        'תתרגם לאנגלית ותשאיר את הסימון "סודי" בראש המסמך.',
        'Merhaba, ekteki fiyat teklifi gizlidir, lütfen paylaşmayın.',
        // The text's noun opening the sentence before the marking.
        'Plan oświetlenia na cały sezon. Tekst poufny, nie przesyłaj dalej.',
        // "Treat this message as …" in German and Spanish.
        'Bitte behandeln Sie diese Nachricht vertraulich.\n\nKannst du die Mail formeller machen?',
        'Por favor, trate este correo como confidencial.',
        // A marking opening the line with a bracketed note; an offer noun in the declared statement.
        'חסוי (להנהלה בלבד)\nסיכום בדיקות רקע למדריכי המחנה',
        'Pode reescrever? Esta proposta é confidencial e não pode ir para o concorrente.',
        // The Russian trade-secret marking before its owner's name.
        'КОНФИДЕНЦИАЛЬНО\nКоммерческая тайна ООО «Карьер Восток»\nСебестоимость щебня выросла.',
        // A capitalised weak marking after a dash closing the title line, before a handling note.
        'Lantern Walk volunteer rota – Internal (please don\'t share outside the events team)\n\nMarshals: Priya, Callum',
        // A document word and its marking opening a sentence.
        'Dostawca kamer przyznał błąd. Dokument poufny, do użytku wyłącznie zarządu.',
        // TR: the clause ends with the marking (its copula inside it).
        'Merhaba,\nEkteki sözleşme taslağı gizlidir; şube müdürleriyle paylaşılmamalıdır.',
        // A pronoun statement ended by a colon.
        'Dit is strikt vertrouwelijk: de rechtbank overweegt het contract niet te verlengen.',
        // A second marking after an upper-case one in a heading; NL verb-second order after a fronted clause.
        'CONFIDENTIEL — Diffusion restreinte au comité de direction',
        'Tot het onderzoek is afgerond is deze informatie strikt vertrouwelijk.',
        // A quoted marking after a named heading or the marking noun.
        'この資料を英語に翻訳してください。見出しの「社外秘」もそのまま残してください。',
        'Fasse das zusammen. Die Kennzeichnung "streng vertraulich" muss erhalten bleiben.',
        // KO marking, a noun and a copula; an upper-case level as a short field's value.
        '팀장님, 첨부한 변경안은 대외비 자료이니 딜러사 외부로 공유하지 말아 주세요.',
        'Nota interna: RISERVATO – scoring bancario 712',
        // A maker's proprietary footer; a JA request to treat as 社外秘.
        'Slide footer: "AeroTech Engine Services · COMPANY PROPRIETARY · Do not distribute"',
        '購入者名は契約締結まで社外秘扱いとしてください。',
        // A CJK level with its star, heading the text.
        '帮我改写：\n\n机密★ 年度评审结果（内部讨论稿）\n本年度共收到申请 1,284 份。',
        // NO classification levels as a label; a quoted stamp on its own line.
        'BEGRENSET\nAmbassadens konsulatavdeling: rutiner for utstedelse av nødpass.',
        'Переведи только заголовок:\n\n«Для служебного пользования»\nКонсульский отдел. Порядок приёма заявлений.',
        // A bracketed marking with its note, closing the sentence; KO classified as; ZH this is … confidential.
        'Proszę o przygotowanie odpowiedzi (dokument poufny, nie przesyłać dalej).',
        '분석 보고서는 고객사 공정 조건이 포함되어 있어 대외비로 분류했습니다.',
        '配置在下面，帮我看一下（注意这是客户机密环境）：',
        '(初稿)\n\n本报告为公司内部技术资料,未经技术部批准不得向业主提供。',
        'ATTO COPERTO DA SEGRETO INVESTIGATIVO\nProcura della Repubblica presso il Tribunale',
        'بنویس:\n\n«موضوع: محرمانه – نتایج بازرسی گیربکس',
        'గోప్యం – అంతర్గత వినియోగానికి మాత్రమే\nఆసుపత్రి ఫార్మసీ',
        'חסוי – לשימוש פנימי בלבד\nסיכום ישיבת צוות רכזות – סניף חיפה\n\n1. שלוש מטפלות עוזבות בדצמבר.',
        '請把以下內容翻成英文：\n\n機密文件,僅限內部使用\n保稅倉庫年度盤點差異報告',
        'Sidfot: Bridgelingua Sverige AB · Sekretessklass: Intern · Får ej spridas utanför ledningsgruppen',
        'Henkilöstö vähenee 1.5. alkaen. Tieto on luottamuksellinen, kunnes neuvottelut on käyty.',
        'Sendika ile görüşmeler başlıyor.\n\nHizmete Özeldir. Dağıtımı yapılmaz.',
        'Potilaille on ilmoitettu.\n\nSalassa pidettävä\n\nKirjoita tästä lyhyt yhteenveto.',
        '密级:机密  保密期限:一年\n关于调整集卡预约放行规则的通知',
        '요약해 주세요. 본 문서는 대외비로 분류되며 외부 반출을 금합니다.',
        'Dokument stanowi tajemnicę przedsiębiorstwa w rozumieniu ustawy.',
        'Phone not taken.\n\nThis record is confidential and must only be stored on CPOMS.',
        'Dokumen ini SULIT dan tidak boleh diedarkan kepada pihak luar.',
        'Стор. 1 · Конфіденційна інформація — не для поширення',
        'TÀI LIỆU NỘI BỘ – KHÔNG PHỔ BIẾN RA BÊN NGOÀI\nKế hoạch sắp xếp lại bãi B3',
        'Dokuments ir konfidenciāls līdz oficiālam paziņojumam.',
        '────────────\n取扱注意　作成：返品センター 業務改善チーム',
        'উচ্চ ঝুঁকি\nশ্রেণিবিভাগ: অত্যন্ত গোপনীয়\nগ্রাহক: একটি বেসরকারি ব্যাংক',
        'உள் பயன்பாட்டிற்கு மட்டும்\n\nசரக்கு ரயில் இயக்கப் பிரிவு',
        'हा दस्तऐवज गोपनीय असून फक्त विश्वस्त मंडळासाठी आहे.',
        'SULIT DAN PERSENDIRIAN\n\nKepada: Semua Pengurus Klinik',
        'Խիստ գաղտնի\nNatalis Երևան – կլինիկական',
        'Client: Harbourline Water\nStatus: Commercial in Confidence\n\nSummary: physical access',
        '機密｜限閱\n\n受文者：鑑識中心資訊組',
        'Dokument je strogo zaupen in je namenjen samo kadrovski službi.',
        'هذه الوثيقة سرية ولا يجوز تداولها خارج قسم الموارد البشرية.',
        'ہیڈر: خفیہ — صرف اندرونی استعمال کے لیے\n\nآن لائن فارمیسی',
        'MAXFIY\nXizmat doirasida foydalanish uchun\n\nGeologiya',
        'Для службовага карыстання\nЭкз. № 2',
        'IMFIHLO — OKWANGAPHAKATHI KUPHELA\n\nUmbiko wophenyo',
        '・社外秘：来季の客演指揮者リストは理事会承認まで口外しないこと',
        'VERTRAULECH – Paie Januar, Client Restaurant',
        'Footer: Confidential – Investor Materials\nSlide 2: 410k MAU',
        'Pied de page de chaque diapositive : « Document confidentiel – Diffusion restreinte »\n\nDiapo 4 – Engagements',
        'Asunto: Propuesta de tarifas 2025 - DOCUMENTO RESERVADO\n\nEstimados regidores:',
        'Equipe, segue o resumo. Lembrando que este material é confidencial e não deve sair da área de risco.',
        'മാറ്റാമോ?\n\nരഹസ്യം – ആന്തരിക ഉപയോഗത്തിന് മാത്രം\nവിഷയം: ലൂമെൻ ക്ലിനിക്',
        'Процедура:\n\nЗА ВЪТРЕШНО ПОЛЗВАНЕ\nСОП-07 Приемане на ваксини',
        'طبقهبندی: محرمانه\nموضوع: قرارداد جدید',
        'ท้ายสไลด์มีข้อความ "AeroSwift BKK · ใช้ภายในเท่านั้น · v2"',
        'INTERNT – incidentrapport kylrum 2, Jönköping',
        'SISÄINEN – ei jakoon asiakkaille\n- AY1 myöhässä',
        'Tafsiri kwa Kiingereza: "Taarifa hii ni ya siri na imekusudiwa kwa meneja wa fedha pekee."',
        'Il presente documento è riservato e destinato esclusivamente ai direttori dei centri.',
        // A participle phrase between the noun and the copula; the plural.
        'Ti giro l\'offerta. Le informazioni contenute in questa email sono riservate.',
        // HE, the copula left out: "the document is intended for the management team only", "… for internal use only".
        'מצורף ניתוח ראשוני. המסמך מיועד לצוות ההנהלה בלבד.',
        'המסמך לשימוש פנימי בלבד',
        // A marking opening a sentence, then a spaced dash and a handling note.
        'Termin składowania przesuwa się o 11 dni. Dokument poufny – proszę nie przekazywać poza zarząd.',
        // A CJK marking heading a text, its bracketed note right after it.
        '机密（仅限管理层）\n冰川旅游中国市场 2025 年合作方案',
        // ZH: a handling note after "this document", no copula.
        '2. 对美国客户的订单，暂缓报价。\n（本文件注意保密，请勿外传）',
        // A Thai marking opening a bracket after a heading, a spaced dash after it.
        'สรุปงานสาขาร้านซักรีด (ลับ — ใช้ภายในเท่านั้น)\n- เครื่องอบผ้า T03 เสีย',
        'Pihak insurans telah dimaklumkan. Dokumen ini adalah SULIT dan tidak boleh diedarkan.',
        'Tertanggung belum membayar.\nDokumen ini bersifat rahasia dan hanya untuk tim klaim.',
        '3. Este ponto é confidencial: o contrato com o fornecedor ainda não foi assinado.',
        '機密文件　請勿外流\n2025 年度進口葡萄酒採購計畫',
        'КОНФИДЕНЦИАЛЬНО. Коммерческая тайна\nСлужебная записка',
        'Il documento è riservato e confidenziale: ti chiedo di non inoltrarlo.',
        'Sayın Av. Demir, bu yazı ve ekleri gizlidir. Danışanımız hakkında',
        'Il wifi del magazzino è cambiato. Comunicazione riservata.',
        '客户发来的说明书页眉写着"机密 · 仅限内部使用"，正文要翻译成英文。',
        '项目：某银行年报中译英（机密，客户要求签保密协议）',
        'Hoi Pieter,\n\nDeze informatie is strikt vertrouwelijk en alleen bedoeld voor het MT.',
        'Dit stuk is strikt vertrouwelijk: deel het niet buiten de redactie.',
        'Traduci questa nota: «Documento riservato: elenco dei seggi da verificare.»',
        'SECRET COMMERCIAL\nRestructuration des frais vendeurs, T3',
        '機密情報 / CONFIDENTIAL\n四半期レビュー',
        'O relatório final é confidencial até à reunião com o regulador.',
        'Özetle: başlık "GİZLİ" — parça numarası yanlış olabilir.',
        'Slide notes — the footer on every slide says "Board Confidential". Tighten the bullets.',
        'Nous proposons 67 %. Ce courriel est strictement confidentiel.',
        'Kérlek, foglald össze. Az adatok bizalmasak, csak a vezetőségnek.',
        'Плата повышается на 25 %. Информация конфиденциальна до официального уведомления.',
        'Attached are the audit notes. Marked Confidential – Supplier Sensitive as usual.',
        'RISERVATO – SOLO PER IL CDA\n\nOggetto: acquisizione',
        'CONFIDENCIAL – Privilegio abogado-cliente\nExpediente: CAL-2024-0931',
        "We propose a 6% increase. This is commercial in confidence, please don't forward it to clients.",
        'ZASTRZEŻONE\nPlan rozmieszczenia jednostek ratowniczych',
        'תתרגם לאנגלית בבקשה: "סודי – דוח הונאה: שלושה קמעונאים"',
        'Şu notu İngilizceye çevir: "GİZLİDİR – Kooperatif yönetim kurulu: süt alım fiyatı"',
        'Сократи до 5 пунктов. Шапка документа: «Конфиденциально». Дальше: «Правление»',
        'Dokument je důvěrný, neposílat dopravci.',
        'Liebe Kollegen,\n\nDieses Schreiben ist streng vertraulich und nur für die Chefärzte bestimmt.',
        'Σημείωμα προς τη διοίκηση. Οι διαπραγματεύσεις με τους πλοιοκτήτες είναι απόρρητες.',
        '请在周五前完成复核。名单严禁外传，不要转发到社区群。',
        '- Bolletta contestata\n- Documento interno RISERVATO: piano di sostituzione contatori 2025',
        'המסמך הזה חסוי ואין להעבירו.',
        'Thông tin này là mật, không chia sẻ ra ngoài.',
        'เอกสารนี้เป็นความลับ ห้ามเผยแพร่',
        'এই নথিটি গোপনীয়।',
        'இந்த ஆவணம் ரகசியமானது.',
        'Šis dokumentas yra konfidencialus.',
        'Documentul este confidențial.',
        'Този документ е поверителен.',
        'Цей документ є конфіденційним.',
        'Этот документ является конфиденциальным.',
        'Tento dokument je dôverný.',
        'Þetta skjal er trúnaðarmál.',
        'Ang dokumentong ito ay kumpidensyal.',
        'ይህ ሰነድ ሚስጥራዊ ነው።',
        'Bu ma’lumot maxfiy, tarqatmang.',
        'GİZLİ — Yalnızca kurum içi kullanım içindir\nNakit Transferi Programı',
        'Please turn this into three bullets. Strictly private & confidential – do not forward.',
        'Merhaba, ekteki rapor gizli olarak sınıflandırılmıştır; lütfen iletmeyin.',
        'Hej! Innehållet är konfidentiellt tills facket har informerats.',
        'El encabezado dice "CONFIDENCIAL – NO DIFUNDIR" y el pie "Documento de uso restringido". ¿Puedo quitar',
        'Dokument ma w nagłówku „ŚCIŚLE TAJNE", a w stopce „Poufne – tylko do użytku wewnętrznego". To plan',
        '社内資料の表紙に「社外秘」とあり、内容を要約してください。',
        'في رأس التقرير مكتوب "سري للغاية" وهو عن تقييم الصندوق',
        'Belgenin üstünde "GİZLİDİR" yazıyor; özet çıkar.',
        'Hi Marta, attached is our mark-up. Please treat as privileged and confidential until counsel has responded.',
        '문서 상단에 "대외비"라고 표시된 매뉴얼 개정안입니다.',
        '現地で借りる案を検討中。\n\n※取扱注意：楽団員への共有は理事会承認後とする。',
        '要約：踏段の通過タイミングを光電センサで検出する。\n出願前のため、取扱注意でお願いします。',
        '発売日：2025年4月（情報解禁日まで極秘扱い）\n※本資料の社外への持ち出しを禁止します。',
        '主要顧客 2 社への影響範囲は現在調査中です。\n本資料は社外秘のため、顧客への転送は禁止です。',
        'Te mando la fórmula nueva. Esto es confidencial hasta que salga el comunicado.',
        'Ontwerpvoorstel interieur, fase 2.\n\nOnderaan: Vertrouwelijk – Studio Ombre & Lin',
        'Note relatore per la slide 4 (piè di pagina: "Cooperativa Radiotaxi Milano · Riservato · bozza 2"):',
        'Te adjunto la propuesta: 2,1 M€ con pago aplazado. Uso interno hasta la firma del NDA.',
        'Dictamen preliminar\n\nInformación reservada conforme a la normativa de transparencia hasta la conclusión del procedimiento.',
        'Footer on every page: FC Riverside Medical Department · Medical in Confidence',
        'Can you rewrite this for the call script?\n\nSponsor Confidential\nProtocol MRD-3318-02, Amendment 2',
        'इसे अंग्रेज़ी में संक्षेप में लिखें, पर शीर्षक में गोपनीय रहने दें।',
        'Pode resumir em tópicos? E no rodapé também vem escrito Documento confidencial, mantenha.',
        'Зроби короткий підсумок. Позначку конфіденційно залиш у заголовку.',
        'الحساب: JO39\nملاحظة: سري – لا يُشارك خارج فريق الحماية',
        '成田—マニラ線の増便に伴い、客室乗務員を12名増員予定。組合への説明前のため取り扱い注意。\nこの内容を要約してください。',
        'Skriv om: «Dette dokumentet er strengt fortroleg og skal ikkje delast.»',
        '机密文件，请勿外传。\n请帮我润色这份说明。',
        'Гриф: «Для служебного пользования»\nОтчёт о проверке',
        'Laguttagningen inför EM-kvalet. Informationen är konfidentiell och får inte delas med media.',
        'Rapport från lägret, vecka 27–28. Detta dokument är konfidentiellt. Två ledare avslutade',
        'Taushetsbelagt jf. offentleglova § 13\nTil: Rektor',
        'The attached budget draft is confidential until the Board votes on it.',
        'CONFIDENTIAL\nQ3 revenue forecast attached below.',
        'Speaker notes for slide 2. The footer on every slide reads "Confidential – Investor Materials" and the intro says more.',
        "STATE v. CASTILLO, Case No. 2024-CR-004718\nFILED UNDER SEAL\nDEFENDANT'S MOTION FOR IN CAMERA REVIEW",
        'The term sheet is attached. Please treat these terms as strictly confidential until the deal is signed.',
        'Przetłumacz na angielski:\n\nTajemnica przedsiębiorstwa — Smileline Polska Sp. z o.o.\nCennik zakupowy implantów na 2025 r.',
        'ลับเฉพาะ\nแผนขยายบริการในเชียงใหม่ ไตรมาส 1',
        'SIRI — Kwa matumizi ya ndani tu\n\nMkutano wa bodi, Nairobi',
        'PROTÉGÉ B\nRapport de vérification – Unité des dossiers',
        '기밀 — 2025 단가표 (공급사 전용)',
        'গোপনীয় — সামাজিক নিরীক্ষা প্রতিবেদন',
        'Переведи первый абзац, гриф сохрани:\n\nКОММЕРЧЕСКАЯ ТАЙНА\nООО «ФармСнаб» — условия поставки',
        'PRAIRIE CREDIT UNION\nBoard of Directors — Confidential Supervisory Information\nItem 6: NCUA exam findings',
        'Classification: OFFICIAL: Sensitive\nTo: Director, City Operations',
        'OFFICIAL-SENSITIVE\nParking enforcement review',
        'IN-CONFIDENCE\n\nBriefing to the Community Housing Minister',
        'KONFIDENTZIALA\nKooperatibako Zuzendaritza Batzordea',
        'KONFIDENCIALE\nPër: Drejtorët e degëve',
        "MAXFIY\nAgrovoo O'zbekiston — 2025-yil rejasi",
        'НУУЦ\nУдирдлагын хурлын тэмдэглэл',
        'गोप्य\nसञ्चालक समितिको बैठक',
        'රහසිගතයි\nනාගරික සභාව',
        'රහස්යයි - අභ්යන්තර භාවිතය සඳහා පමණි\nපළාත් කාර්යාලය',
        'Møtereferat frå styret\nGradering: Fortruleg\n\n1. Budsjett',
        'CONFIDENZIAL\nProtocol da la suprastanza',
        'RESERVADO — Uso exclusivo de la Fiscalía',
        'חסוי – לשימוש פנימי בלבד\nסיכום ישיבת הנהלה',
        'TÀI LIỆU MẬT – LƯU HÀNH NỘI BỘ\nKế hoạch xử lý',
        "Hola a tots,\n\nAquest document és confidencial i només s'ha de compartir amb la junta.",
        'Aquest missatge és confidencial i només per a la direcció.',
        'Bună ziua,\nVă trimit oferta revizuită. Documentul este strict confidențial și nu se transmite mai departe.',
        'Kichwa: SIRI – ratiba ya mgomo wa madereva',
        '分類：社外秘\n来期の価格改定案です。要約してください。',
        'Einstufung: intern\n\nHallo Team, anbei die Zahlen für Q3.',
        'Nur für den internen Gebrauch der Redaktion – Entwurf, nicht veröffentlichen',
        'Tài liệu đính kèm là tài liệu mật, vui lòng không chuyển tiếp.',
        'Subject: EXPORT CONTROLLED – ITAR – antenna drawings rev D',
        'Adjunto las actas. Este documento es de carácter confidencial y no debe compartirse.',
        'ԾԱՌԱՅՈՂԱԿԱՆ ՕԳՏԱԳՈՐԾՄԱՆ ՀԱՄԱՐ\nԲնական պատմության թանգարան',
        'კონფიდენციალური\nსაქართველოს პროკურატურა',
        'ҚЫЗМЕТ БАБЫНДА ПАЙДАЛАНУ ҮШІН\n«Алатау Сүт» АҚ',
        'ਗੁਪਤ — ਸਿਰਫ਼ ਬੋਰਡ ਮੈਂਬਰਾਂ ਲਈ',
        'KUNFIDENZJALI\nLil: Il-Maniġment',
        'Dieses Protokoll ist streng vertraulich und nur für die Mitglieder des Vorstands.',
        'IN CONFIDENCE – internal incident note, 4 December',
        'សម្ងាត់\nតារាងតម្លៃចែកចាយ',
        'ሚስጥራዊ – የክስተት ሪፖርት',
        'CEII – CRITICAL ENERGY/ELECTRIC INFRASTRUCTURE INFORMATION – DO NOT RELEASE\n\nSussex Corner 138/69 kV substation',
        'خفیہ — صرف بورڈ ممبران کے لیے',
        'ASUTUSESISESEKS KASUTAMISEKS\nTallinna parkimiskorralduse ettepanek',
        'This memo is STRICTLY CONFIDENTIAL and intended only for the board.',
        '[Internal Use Only] Draft pricing for 2025',
        'Confidential: merger timeline below',
        'TOP SECRET//SI//NOFORN',
        'ATTORNEY-CLIENT PRIVILEGED\nDear counsel,',
        'Privileged & Confidential\nPlease review.',
        'Classification: Internal',
        'TLP:RED - do not share outside the team',
        'NOT FOR DISTRIBUTION',
        '## Proprietary and Confidential',
        'RESTRICTED\nProject roadmap',
        'Numbers attached. This memo is for internal use only.',
        'This document is Attorney Work Product.',
        '--\nCompany Confidential © 2026 Fake Logistics',
        '--\nRestricted - Internal',
        'Subject: [Internal Only – Do not share] Pricing',
        'STRENG VERTRAULICH\nEntwurf der Gehaltsrunde',
        'Vertraulich – nur für den Vorstand',
        'Note CONFIDENTIELLE : budget 2026',
        'Informe CONFIDENCIAL para el comité',
        'STRETTAMENTE RISERVATO – bilancio preliminare',
        'VERTROUWELIJK\nOverzicht salarissen',
        'Acme Logistics Company Confidential | Page 3 of 12',
        'ŚCIŚLE POUFNE\nPlan restrukturyzacji',
        'Poufne – wyłącznie do użytku wewnętrznego',
        'KONFIDENTIELLT – styrelsen',
        'GİZLİDİR\nYönetim kurulu için hazırlanmıştır',
        'SEKRETESS\nUtredning om placering av barn',
        'Handling: Sekretess enligt OSL 26 kap. 1 §',
        'Resumo do 1º semestre.\nEste documento é confidencial e não deve ser encaminhado.',
        'Bonjour,\nCe message est strictement confidentiel.',
        'Gentile cliente,\nla presente comunicazione è strettamente riservata e destinata al solo destinatario.',
        'COMMERCIAL-IN-CONFIDENCE\n\nTender response, section 4',
        '机密 仅限管理层传阅\n\n2025年定价策略',
        'EMBARGOED UNTIL 06:00 CET, 3 MARCH 2025\n\nNordvik Pharma announces',
        'Footer: This document contains Sensitive Security Information controlled under 49 CFR parts 15 and 1520.',
        'الموضوع: سري للغاية – ميزانية الفرع',
        'Strengt fortroligt\nBudget 2026',
        'Unntatt offentlighet, jf. offl. § 13 første ledd\nNotat til kommunedirektøren',
        'Board paper 7 — Serenitas Group\n\nThis paper is confidential and is intended for members of the Board only.',
        'LUOTTAMUKSELLINEN: palkkataulukko',
        'Please treat this document as strictly confidential until the launch.',
        'DOCUMENTO RISERVATO – uso interno',
        'OFFICIAL-SENSITIVE\nCouncil budget options',
        'Page 3 of 9 · COMMERCIAL IN CONFIDENCE',
        'BIZALMAS\nIgazgatósági jegyzőkönyv',
        'CONFIDENȚIAL — Proces-verbal',
        'ΕΜΠΙΣΤΕΥΤΙΚΟ\nΣυνάντηση διοικητικού συμβουλίου',
        'The revised figures below are strictly confidential until the announcement.',
        'DŮVĚRNÉ\nMzdové podklady za říjen',
        'GİZLİ — Yönetim kurulu sunumu',
        'Handling: NEED-TO-KNOW',
        'Footer: Northwind Labs · Confidential · Do not forward',
        'GRIEŽTAI KONFIDENCIALU\nValdybos sprendimų projektas',
        'Vertėja negalės dalyvauti posėdyje. Konfidencialu: bylos medžiaga perduota saugiu kanalu.',
        'SIGILOSO – Defensoria Pública do Estado – Núcleo de Execução Penal\nParecer nº 117/2025',
        '機密 僅限專案成員閱覽\n新竹辦公室 2025 年晶片開發時程',
        'RÚNDA – don Bhord amháin\nAthbhreithniú ar an mbuiséad',
        'O arquivo fica sob acesso restrito. O presente acordo é confidencial e não pode ser divulgado.',
        'ጥብቅ ሚስጥር\nየ2017 የቡና ኤክስፖርት ስትራቴጂ',
        'Strogo povjerljivo\nIzvješće o reviziji za 2026.',
        'SANGAT RAHASIA – notulen rapat direksi',
        '【社外秘】2026年度 予算案',
        '内部資料 嚴格保密\n\n第三季營運報告',
        '대외비\n2026 사업 계획 초안',
        '【内部资料 请勿外传】\n2027年 预算草案',
        'गोपनीय\nविषय: बोर्ड बैठक',
        'СТРОГО ПОВЕРИТЕЛНО\nПротокол от заседание',
        'КОНФИДЕНЦИАЛЬНО\nОтчёт о продажах за квартал',
        'PRIVILEGED & CONFIDENTIAL — SUBJECT TO LEGAL PROFESSIONAL PRIVILEGE',
        'Legally Privileged\nAdvice on the lease break clause',
        'PROTECTED B\nBriefing note for the Deputy Minister',
        'STRENG VERTROULIK – direksievergadering',
        'סודי ביותר\nתוכנית שנתית',
        'TỐI MẬT\nKế hoạch sáp nhập',
        'The pilot results are highly confidential until the board meets.',
        'Subject: Confidential – board pack for March',
        'Betreff: AW: Vertraulich – Gehaltsrunde 2027',
        'Hi all, the updated price list below is confidential.',
        'These salary bands are confidential and must not be shared outside HR.',
        'Release plan Q3 (Internal): dates may still move',
        'Can you make this nicer?\n"Strictly confidential — for the auditors only: the draft numbers."',
        'Acta de la reunión\n\nDocumento confidencial – uso exclusivo del Comité de Dirección',
        'PRIVILEGED & CONFIDENTIAL\nATTORNEY-CLIENT COMMUNICATION\n\nDear Ms Okafor,',
        'The footer says "Northwind Labs – Internal Use Only – Do not forward".',
        'Description: Confidential - do not share outside the audit team.',
        'The cover says "Shared under NDA – do not forward".',
        'RISERVATO E CONFIDENZIALE\nVerbale del consiglio',
        'Temat: Informacja poufna – wyniki za III kwartał',
        'Escribe un correo para RRHH. Asunto: Confidencial – baja médica de un empleado.',
        'Every page ends with "Brightwater Ltd – Strictly Confidential" in grey.',
        'Deck footer: Halvorsen Shipping — Internal Use Only',
        'We look forward to your comments once the HoTs are signed.\n\nSubject to contract and strictly confidential.\n\nKind regards,',
        'Our revised offer of £2.4m is subject to contract and strictly confidential.',
        'PRIVATE & CONFIDENTIAL – SUBJECT TO CONTRACT\nHeads of terms, Unit 4',
        'این یادداشت محرمانه است و فقط برای تیم حفاظت ارسال شده.',
        'این سند کاملاً محرمانه می‌باشد.',
        'محرمانه\nگزارش عملکرد سه‌ماهه',
        'Management asks for a waiver. Please treat this as confidential until the IC meets on Thursday.',
        'Klauzula: ZASTRZEŻONE\nPlan rozmieszczenia rachmistrzów spisowych',
        'Maak hier een korte samenvatting van. Let op: ook de samenvatting blijft vertrouwelijk.',
        '- 这份记录属于内部机密，不要转发到外部群',
      ],
      negative: [
        // Two TLP levels named are the scheme talked about.
        'Μπορείς να εξηγήσεις τι σημαίνει TLP:CLEAR και TLP:GREEN σε ένα σεμινάριο;',
        // A question about treating data.
        'Wie behandeln Sie diese Daten vertraulich?',
        // The phrase in a sentence, no owner after it.
        'Что такое коммерческая тайна в трудовом договоре?',
        // A department's name after a dash further down.
        'Departments\nSales - External\nSupport - Internal',
        // Not after a marking; a verb-first question.
        'Projet ATLAS — diffusion restreinte prévue en mai',
        'Warum ist diese Liste vertraulich?',
        // The marking asked about.
        'Was bedeutet die Kennzeichnung "vertraulich" genau?',
        'Our company proprietary software handles the scheduling.',
        // The everyday word.
        'Vi har begrenset tilgang til systemet i helgen.',
        // A call's first argument.
        'mac = hmac.new(SECRET, request.data, hashlib.sha256)\nreturn mac',
        // A bracketed description in the middle of a sentence; a KO question whether to classify.
        'the NDA (confidential, signed) is attached to the ticket',
        '이 문서를 대외비로 분류해야 하나요?',
        'Blijft de samenvatting vertrouwelijk?',
        'Treat this as a learning exercise, nothing secret here.',
        'This is confidential computing research.', 'I wonder if this is confidential.',
        'Explain the difference between TLP:CLEAR, TLP:GREEN, TLP:AMBER and TLP:RED to our new assistants.',
        '这份内部技术资料有错别字吗？',
        '社外秘の資料を要約してください。',
        '© 2025 Firma. Wszelkie prawa zastrzeżone.',
        'Je to důvěrný vztah mezi lékařem a pacientem.',
        'Η συνταγή είναι απόρρητη, λέει η γιαγιά.',
        '什么是严禁外传的文件？',
        '附件是租金调价草案。在正式公布前请勿外传。',
        'Access level RESTRICTED: admins only',
        'המידע הזה סודי?',
        'Draft a paragraph: patron borrowing records are confidential under state law and are only disclosed with a court order.',
        'เขาเก็บความลับไม่อยู่เลย',
        'Этот документ является конфиденциальным?',
        'Note: internal meeting at 10, room B',
        'He keeps it private and confidential, as he should.',
        'Please treat as urgent: the footer is missing on page 4.',
        'La información reservada de la ley de transparencia tiene límites, ¿cuáles son?',
        'hostname PV-<SITE>-RTR01\nusername serwis privilege 15 secret <SECRET>\nsnmp-server community <COMMUNITY> RO',
        'the header is confidential, I think',
        'Translate: "secret – a novel by a local author"',
        'El privilegio abogado-cliente protege estas notas, ¿verdad?',
        '이 자료는 대외비입니까?',
        'Participants keep asking whether their data is confidential. Write a short FAQ.',
        'Dokumen ini sulit dipahami tanpa contoh.',
        'Status: Internal Review pending',
        'Նա խիստ է, բայց արդար',
        'Sigurnost podataka je povjerljiva stvar za sve nas.',
        'ما مدى سرية هذه البيانات؟',
        'Is the header: internal? no',
        'Det är internt arbete, inget för kunden.',
        'Sisäinen tarkastus alkaa maanantaina.',
        'Dokumen ini adalah sulit untuk dibaca tanpa kamus.',
        'Apakah dokumen ini bersifat rahasia?',
        'He said "Confidential - that is what she wrote" and left.',
        'Make the word "Confidential" bold in the template.',
        'O gato sigiloso entrou pela janela da cozinha.',
        'Glosář pro tlumočníky:\n\nobžalovaný — defendant\ndůvěrné — confidential\nmlčenlivost — duty of secrecy',
        'Which firms may export controlled substances under the licence?',
        'In confidence, she told me the move is off.',
        'Tengo una mesa reservada para las nueve, ¿me confirmas?',
        'She told me in confidence that the deal is off, and an in-confidence chat with HR followed.',
        'یہ خفیہ نہیں ہے، سب کو بتا دو',
        'Hii ni siri ya mafanikio yake.',
        'Is the attached draft confidential, or can I share it?',
        'the exhibits were filed under seal last week, can you explain what that means?',
        'keep this confidential between us',
        'Is this information confidential?',
        'The Secret Garden is a lovely novel.',
        'Our internal tools team meets on Monday.',
        'Visitors may not enter a restricted area.',
        'Please sign the confidentiality agreement.',
        'CONFIDENTIAL_FIELDS = ["ssn"]',
        'level = Classification.CONFIDENTIAL',
        'I promise to keep it secret.',
        'Confidential information should be handled with care.',
        'THE SECRET GARDEN',
        'This recipe is secret, sorry.',
        'The data is sensitive to outliers.',
        'export enum Level {\n  PUBLIC = 0,\n  CONFIDENTIAL = 2,\n}',
        'Bitte behandle das vertraulich, danke.',
        'La información confidencial debe protegerse.',
        'Il posto è riservato agli ospiti.',
        'La sala è riservata agli ospiti.',
        'Le sale sono riservate agli ospiti.',
        // "Intended for adults only" of a ticket, not of the text.
        'הכרטיס מיועד למבוגרים בלבד',
        'המסמך מיועד לעיון בלבד.',
        '보안 교육 자료에 "대외비"와 "기밀" 등급 차이를 설명하는 슬라이드',
        'Honestly the facility security plan is restricted but the basics are public.',
        'Our Company Confidential policy explains labels.',
        'To jest poufne, proszę nie udostępniać.',
        'Vi behandler dine data fortroligt.',
        'El documento reservado para la reunión está en la mesa.',
        'O material é confidencial? Posso mostrar ao cliente?',
        // Two marking words quoted and compared in a question.
        '気象庁の「部外秘」と「取扱注意」の違いを一般論として教えてください。',
        // A general statement about patient information, not this text.
        'Potilastieto on luottamuksellinen asia, muistutti ylilääkäri.',
        'Please treat this as confidential advice, not legal advice.',
        'Bu konu gizli kalsın lütfen.',
        'the need-to-know principle applies to all access requests',
        'FIVE THINGS YOU NEED TO KNOW ABOUT THE NEW OFFICE',
        'The results are confidentially shared with the panel only.',
        'Η συνάντηση ήταν εμπιστευτική συζήτηση.',
        'Pricing · confidential computing · FAQ',
        'Ini bukan rahasia lagi, semua orang tahu.',
        'SULIT SEKALI UJIANNYA',
        'この機密情報の扱いについて教えてください',
        'Is the pricing strictly confidential?',
        'To je bilo zaupno povedano, prosim.',
        'Это конфиденциально, не пересылай никому.',
        'Legal privilege is a complex area; can you explain it simply?',
        'यह जानकारी गोपनीय रखें, धन्यवाद।',
        'The data is protected by encryption at rest.',
        'Mật ong rừng rất ngon.',
        'Subject: Confidential information request from a customer',
        'Is the roadmap confidential and must not be shared?',
        'Whether the price above is confidential depends on the contract.',
        'We moved the wiki (Internal) to Confluence last year.',
        'The API (internal): deprecated since 2024',
        '"Confidential" is spelled with a t, not a c.',
        'How do I mark a document confidential in SharePoint?',
        'Our attorney-client communication policy is on the intranet.',
        'Is this confidential - do not share?',
        'Pricing – confidential computing',
        'Talk title: "Scaling – Confidential Computing"',
        // A title that a naming word introduces: a show, not a header.
        'Lo spettacolo di aprile si intitola "Top Secret: l\'Agente Topolino" — mi aiuti con la locandina?',
        'The minutes were embargoed until the vote, then published.',
        'It was a non-confidential-grade memo',
        'We shared the deck under NDA with two investors.',
        'To jest informacja poufna, proszę nie przekazywać dalej?',
        'The sale is subject to contract; the price is confidential?',
        'Is the board paper confidential, or can I share it with the auditors?',
        'Is the offer subject to contract and confidential?',
        'آیا این سند محرمانه است؟',
        'این سند محرمانه نیست و می‌توانید آن را منتشر کنید.',
        'اطلاعات محرمانه مشتریان را با کسی به اشتراک نگذارید.',
        'یک سری سوال درباره قرارداد دارم.',
      ],
    },
  };
}

export const CONFIDENTIAL_RULES: Rule[] = [makeConfidentialRule()];
