/**
 * Held-out batch 122: classification and handling markings in customer-quality reports, fisheries
 * enforcement files, shelter documents, archive memos and a perfume launch plan, in many languages.
 * Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH122_CONFIDENTIAL: DraftRecord[] = [
  rec('report', f`${mark('CUSTOMER CONFIDENTIAL')}
8D Report — Halvex Automotive / QFN-48 delamination (RMA 24-0917)

D2: 37 units from lot QF2291 show delamination between die pad and mould compound after MSL3 preconditioning.
D4: root cause — plasma clean step skipped on 2 of 6 magazines after recipe change 14 Oct.
D5: recipe interlock added; all lots since 14 Oct to be re-screened by C-SAM.

Kestrel Microassembly Sdn. Bhd. — ${mark('Confidential')} — page 1 of 4

Make D4 more convincing for an automotive customer, but don't invent data.`),

  rec('doc_zh_cn', f`${mark('机密')} — 仅限客户质量部内部使用

关于 BGA-7719 批次焊线偏移（wire sweep）的初步分析：模流参数在 11 月 2 日被夜班修改，注塑压力提高 8%。目前未通知客户。

请帮我把这段改写成给客户的正式说明（不要提夜班）。`),

  rec('doc_ja', f`件名：【${mark('社外秘')}】フリップチップ不良率の月次報告（10月）

各位
10月のアンダーフィルボイド不良率は 1.8%（目標 0.5%）でした。主要顧客 2 社への影響範囲は現在調査中です。
本資料は${mark('社外秘')}のため、顧客への転送は禁止です。

この報告を英語の要約（5行）にしてください。`),

  rec('doc_ko', f`[${mark('대외비')}] 고객사 감사 대응 계획 (2024.11)

- 감사일: 11월 21일, 고객사 SQE 2명 방문
- 지적 예상 항목: ESD 관리 기록 누락, 캘리브레이션 지연 설비 3대
- 대응: 11월 15일까지 기록 보완

이 문서를 임원 보고용 한 장짜리로 줄여 주세요. 하단에 "${mark('대외비')}" 표시는 유지해 주세요.`),

  rec('letter_no', f`${mark('Unntatt offentlighet')}, jf. offl. § 13 første ledd, jf. fvl. § 13 første ledd nr. 1

Sak 24/3381 – Varsel om overtredelsesgebyr, fartøy «Havørn» M-117-HØ

Fiskeridirektoratet vurderer å ilegge overtredelsesgebyr på kr 85 000 for brudd på minstemålsbestemmelsene.

Kan du gjøre språket mer klart (klarspråk) uten å endre det juridiske innholdet?`),

  rec('memo_fi', f`${mark('SALASSA PIDETTÄVÄ')} (JulkL 24.1 § 3 k)

Muistio: laittoman kalastuksen epäilyt Saaristomerellä, syksy 2024
Valvontalentojen perusteella kolme alusta on kalastanut rauhoitusalueella. Tiedot välitetään poliisille.

Tiivistä muistio kolmeksi ranskalaiseksi viivaksi johdolle.`),

  rec('email_tlp', f`Subject: [${mark('TLP:AMBER')}] IUU vessel watchlist update — November

Colleagues,
two reefer vessels from the list shared in September have switched flags again and turned off AIS near the EEZ boundary. Port State inspectors in the region should prioritise them if they call.
Handle as ${mark('TLP:AMBER')}: share only within your inspectorate.

Help me turn this into a short briefing for our port inspectors (no vessel names in the first paragraph).`),

  rec('doc_de', f`${mark('STRENG VERTRAULICH – nur für den internen Gebrauch')}

Fallbesprechung Frauenhaus, 05.11.2024
Teilnehmende: Teamleitung, zwei Sozialarbeiterinnen, externe Kinderschutzfachkraft
Thema: Gefährdungseinschätzung nach erneutem Kontaktversuch des Ex-Partners über die Schule.

Bitte formuliere daraus ein anonymisiertes Protokoll für die Supervision.`),

  rec('email_fr', f`Objet : ${mark('CONFIDENTIEL')} – signalement au procureur

Bonjour,
${mark('Ce message est strictement confidentiel')} et ne doit pas être transféré en dehors de l'équipe d'accompagnement.
Suite à l'entretien du 4 novembre, nous estimons nécessaire un signalement pour mise en danger des enfants.

Peux-tu m'aider à rédiger le signalement de façon factuelle ?`),

  rec('doc_et', f`${mark('ASUTUSESISESEKS KASUTAMISEKS')}
Alus: AvTS § 35 lg 1 p 12, kehtib kuni 31.12.2029

Digiteerimiskava 2025: piiratud juurdepääsuga nõukogudeaegsed isikutoimikud (fond R-1, 4 800 säilikut) skaneeritakse eraldi võrgust lahutatud tööjaamas.

Tõlgi palun inglise keelde.`),

  rec('doc_nl', f`${mark('VERTROUWELIJK')}
Notitie directie Nationaal Archief — incident leeszaal 28 oktober

Een bezoeker heeft met een telefoon foto's gemaakt van stukken uit een nog niet openbaar archief (openbaarheidsbeperking tot 2030). De beelden zijn ter plaatse verwijderd.

Schrijf een korte interne mededeling voor de studiezaalmedewerkers over het fotobeleid. Zet "${mark('VERTROUWELIJK')}" bovenaan.`),

  rec('doc_it', f`${mark('RISERVATO')} – uso interno Maison Iraé Italia

Lancio "Ambra Notturna" EDP 50 ml — 3 marzo 2025
Prezzo al pubblico: 148 €. Pre-ordine per clienti VIP dal 17 febbraio. Nessuna comunicazione ai rivenditori prima del 10 febbraio.

Scrivi 3 risposte standard per il customer care se qualcuno chiede del nuovo profumo prima del lancio.`),

  rec('email_es_ar', f`Asunto: ${mark('CONFIDENCIAL')} — reformulación Jazmín Blanco

Che, te paso lo que nos mandó el laboratorio: por el nuevo límite de alérgenos de la UE hay que bajar el lilial… perdón, el hidroxicitronelal, y eso cambia un poco el aroma. Esto es ${mark('confidencial')} hasta que salga el comunicado.
¿Me armás un guion para atención al cliente por si preguntan "¿cambiaron el perfume?"?`),

  rec('doc_ar', f`${mark('سري')} — للاستخدام الداخلي فقط

خطة إطلاق مجموعة العود في السعودية والإمارات (يناير ٢٠٢٥): خصم ٢٠٪ لأعضاء برنامج الولاء في أول أسبوع، وشحن مجاني للطلبات فوق ٤٠٠ درهم.

اكتب ملخص من ٤ نقاط لفريق خدمة العملاء.`),

  rec('doc_he', f`${mark('סודי')} – לשימוש פנימי בלבד

סיכום ישיבת צוות המקלט 3.11: שתי דיירות חדשות, אחת עם צו הגנה בתוקף. מתוכננת העברה לדירת מעבר בחודש הבא.

תנסח את זה כעדכון קצר למנהלת העמותה, בלי פרטים מזהים.`),

  rec('doc_ru', f`${mark('КОММЕРЧЕСКАЯ ТАЙНА')}
ООО «Ирэ Косметикс» — отчёт по возвратам за III квартал

Доля возвратов ароматов выросла до 6,4 %, основная причина — повреждение флаконов при доставке курьерской службой в регионах.

Сделай из этого короткое письмо для партнёра по логистике, но без внутренних цифр.`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}

Έκθεση επιθεώρησης αλιευτικού σκάφους «Αγία Ειρήνη» (ΠΕ-2281), 30/10/2024
Διαπιστώθηκε χρήση μη επιτρεπόμενων διχτυών εντός προστατευόμενης περιοχής Natura.

Μπορείς να μου γράψεις περίληψη στα αγγλικά για την Ευρωπαϊκή Υπηρεσία Ελέγχου Αλιείας;`),

  rec('doc_sw', f`${mark('SIRI')} — kwa matumizi ya ndani tu

Ripoti ya ukaguzi wa mwezi Oktoba kwa franchise ya Ferrowood Nairobi (Westlands): usafi wa mashine za espresso haukufikia viwango, na rekodi za joto la maziwa hazikujazwa kwa siku 9.

Nisaidie kuandika barua rasmi kwa mmiliki wa franchise kwa Kiingereza.`),
];
