/**
 * Held-out batch 123: classification and handling markings in many languages, in memos, mails,
 * board papers, outage reports and embargoed think-tank drafts. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH123_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en', f`${mark('CONFIDENTIAL – BOARD OF DIRECTORS ONLY')}

Cityline Taxi Cooperative – proposal to merge dispatch with Northstar Cabs
Members affected: 212 owner-drivers. Estimated saving on radio licences and call-centre staff: £310k/yr. Vote at the extraordinary general meeting on 28 March.

${mark('CONFIDENTIAL')}

Can you turn this into talking points for the chair, without the savings figure?`),

  rec('email_de', f`Betreff: ${mark('VERTRAULICH')}: Beschwerde Angehörige Zimmer 118

Liebe Frau Dr. Wendt,

anbei die Stellungnahme der Pflegedienstleitung zum Sturzereignis vom 04.02. Bitte nicht an die Wohnbereiche weitergeben.

Kannst du mir helfen, eine sachliche Antwort an die Tochter zu entwerfen, ohne Schuld einzuräumen?`),

  rec('report_fr', f`Classification : ${mark('DIFFUSION RESTREINTE')}

Rapport d'incident – fuite sur conduite MPB, rue des Tanneurs, 9 février
Durée de coupure : 6 h 40, 418 clients impactés. Cause probable : travaux de tiers non déclarés (DT-DICT absente).

Rédige un résumé pour le comité de direction, 10 lignes max.`),

  rec('doc_ja', f`${mark('社外秘')}
2025年度 会員権価格改定案（理事会資料）
正会員：入会金 350万円 → 420万円
平日会員：据え置き

この資料を英語に翻訳してください。冒頭の区分表示はそのまま残してください。`),

  rec('doc_ko', f`${mark('대외비')}
2025 요양원 증축 계획 (이사회 보고용)
- 신관 40병상 추가, 착공 7월 예정
- 사업비 62억 원, 도비 지원 30%

이 내용을 직원 공지용으로 바꿔 주세요. 예산은 빼고요.`),

  rec('draft_en', f`${mark('EMBARGOED UNTIL 00:01 GMT, 6 MARCH 2025 – NOT FOR PUBLICATION')}

Draft report: "Heat Networks and the Gas Transition"
Key finding: a third of district gas networks could be decommissioned by 2040 without raising bills, if heat networks are prioritised in dense urban areas.

Please tighten this summary to 120 words for the press release.`, 'press embargo line marks the document like a classification'),

  rec('email_es', f`Asunto: Propuesta de cuotas 2026 – ${mark('CONFIDENCIAL')}

Hola Marta,
te paso el borrador que irá a la Junta Directiva. Subida del 4 % para socios de golf, congelación para tenis. Por favor, que no circule hasta la asamblea.

¿Me ayudas a redactar la carta a los socios?`),

  rec('memo_ru', f`${mark('Для служебного пользования')}

Служебная записка: перечень ГРП с истекшим сроком экспертизы промышленной безопасности — 17 объектов, из них 4 в жилой застройке.

Составь на основе этого план-график проверок на второй квартал.`),

  rec('doc_ar', f`${mark('سري')}
مذكرة داخلية – قائمة المرشحين لمنح الزمالة البحثية ٢٠٢٥
تم اختيار ستة مرشحين من أصل ١٤٢ طلباً. لا يجوز إبلاغ المرشحين قبل موافقة مجلس الأمناء.

ساعدني في كتابة رسالة اعتذار عامة للمتقدمين غير المقبولين.`),

  rec('doc_pl', f`${mark('ŚCIŚLE POUFNE')}
Notatka dla zarządu: negocjacje z ubezpieczycielem w sprawie szkody po zalaniu w budynku przy ul. Długiej 12 (awaria zaworu po naszej wymianie).

Przeredaguj to na krótką informację dla klienta, bez przyznawania się do winy.`),

  rec('slide_it', f`Note relatore per la slide 4 (piè di pagina: "Cooperativa Radiotaxi Milano · ${mark('Riservato')} · bozza 2"):
Spiegare la nuova tariffa notturna e l'impatto sul fatturato dei soci. Max 60 secondi.`),

  rec('doc_he', f`${mark('חסוי – לשימוש פנימי בלבד')}
סיכום ישיבת הנהלה: מחירי אחזקה לשנה הבאה עולים ב-6% לדיירים חדשים בלבד.

תנסח לי בבקשה הודעה קצרה למשפחות על שינוי המחירים.`),

  rec('email_en_tlp', f`Subject: ${mark('TLP:AMBER')} – phishing wave targeting gas utility field staff

Sharing from the sector ISAC: SMS messages pretending to be from the meter-reading contractor, asking field staff to "re-authenticate" their handheld. ${mark('TLP:AMBER')} — share within your organisation only.

Can you write a short staff warning, plain language, without the ISAC details?`),

  rec('doc_zh', f`${mark('内部资料 注意保密')}
基金会2025年资助计划草案：青年学者项目 12 项，每项 30 万元；政策对话活动 6 场。

请把这份草案改写成对外发布的征集公告（不含金额）。`),

  rec('doc_nl', f`Dit stuk is ${mark('vertrouwelijk')} en alleen bestemd voor de leden van de raad van toezicht.

Begroting 2025 zorglocatie De Linde: tekort € 412.000, voorstel om de dagbesteding te verkleinen.

Kun je dit samenvatten in drie punten?`, 'inline statement marks the document'),

  rec('email_tr', f`Konu: ${mark('GİZLİ')} – Kulüp yönetim kurulu kararı

Yeni üyelik giriş aidatının 2025 itibarıyla 180.000 TL olması kararlaştırıldı. Karar genel kurul öncesi duyurulmayacak.

Bu metni üyelere gidecek resmi bir duyuruya çevirir misin (tarih vermeden)?`),

  rec('email_en_disclaimer', f`Hi, can you shorten our email footer? It's longer than most emails we send.

--
Harbourside Heating & Plumbing Ltd · Gas Safe reg. 604182
${amb('confidential.marking', 'This email and any attachments are confidential and intended solely for the addressee.')} If you have received it in error please notify the sender and delete it.`),
];
