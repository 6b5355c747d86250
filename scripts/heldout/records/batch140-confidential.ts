/**
 * Held-out batch 140: classification and handling markings in consular cables, tender notes,
 * player-contract mails, live-ops plans and co-op board papers, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH140_CONFIDENTIAL: DraftRecord[] = [
  rec('cable', f`${mark('RESTRICTED')}

FROM: Consular Section, Embassy Tbilisi
TO: Visa Policy Unit
SUBJ: Spike in forged bank statements, Q4

1. Since October the section has refused 41 applications citing altered bank statements from two Tbilisi branches. Pattern: identical layout, mismatched IBAN check digits.
2. Recommend verification calls for all statements from these branches until further notice.

${mark('RESTRICTED')}

Turn this into a short briefing for the new visa officers (no names).`),

  rec('note_fr', f`${mark('DIFFUSION RESTREINTE')}

Note à l'attention du chef de chancellerie
Objet : réorganisation de l'accueil des demandeurs de visa

L'externalisation de la prise de rendez-vous au prestataire sera effective au 1er février. Les agents de droit local concernés (3) seront redéployés sur l'état civil.

${mark('DIFFUSION RESTREINTE')}

Peux-tu raccourcir cette note à cinq lignes ?`),

  rec('doc_de', f`Bitte ins Englische übersetzen, Kopfzeile beibehalten:

${mark('VS – NUR FÜR DEN DIENSTGEBRAUCH')}
Rechts- und Konsularreferat
Sachstand: Ausstellung von Notreiseausweisen im Krisenfall – personelle Verstärkung durch zwei Kräfte aus Ankara ab 15.01.`),

  rec('doc_ru', f`Переведи на английский только заголовок и первый абзац:

«${mark('Для служебного пользования')}»
Консульский отдел. Порядок приёма заявлений на оформление виз в период праздников: приём сокращается до трёх окон, запись только через портал.`),

  rec('memo_ar', f`${mark('سري')}
مذكرة داخلية – القسم القنصلي
الموضوع: تعليق إصدار تأشيرات الزيارة العائلية مؤقتاً لمدة أسبوعين بسبب تحديث النظام.

لخّص هذه المذكرة في جملتين باللغة الإنجليزية مع الإبقاء على التصنيف في الأعلى.`),

  rec('memo_he', f`${mark('סודי')} — הנספחות הקונסולרית
הנדון: בדיקות רקע למבקשי אשרות עבודה בענף הבנייה
החל מהחודש יועברו כל הבקשות לבדיקה נוספת לפני אישור.

תתרגם לאנגלית, בבקשה, ותשאיר את הסיווג בכותרת.`),

  rec('plan_ko', f`[${mark('대외비')}] 2025 1분기 라이브 이벤트 로드맵
- 1월: 설날 한정 스킨 (매출 목표 4.2억)
- 2월: 길드전 시즌 3
- 3월: 신규 캐릭터 '서리' 출시

이 내용을 영어로 요약해서 퍼블리셔 미팅용 슬라이드 3장으로 만들어 주세요.`),

  rec('plan_ja', f`${mark('社外秘')}${amb('confidential.marking', '（運営チーム限り）')}
年末イベント「星降る夜」売上予測：ガチャ 1.8 億円、パス 2,300 万円
課金アイテム価格改定：12 月 20 日メンテナンス後

この資料をもとに、サポート窓口向けの想定問答を作ってください（数字は伏せて）。`, 'bracketed reader restriction beside a labelled marking: ambiguous per the README'),

  rec('tender_nl', f`${mark('VERTROUWELIJK')}
Inschrijvingsnotitie dijkversterking Markermeerdijken, perceel 4
Onze richtprijs: € 18,4 mln (incl. 6% risico-opslag). Belangrijkste concurrent verwachten we rond € 19 mln.
Deze notitie is ${mark('strikt vertrouwelijk')} en alleen bestemd voor het tenderteam.

Kun je hier een strakkere samenvatting van maken voor de directie?`),

  rec('email', f`Subject: ${mark('STRICTLY PRIVATE & CONFIDENTIAL')} – revised offer, Haneul

Hi Min-jun,

As discussed, we can move the base salary to USD 14,500/month with a USD 40k signing bonus, buy-out clause USD 450k. ${amb('confidential.marking', "Please don't forward this outside management.")}

Kind regards,
Erik
General Manager, Nordlys Esports

${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')}

Make this sound warmer but keep the numbers.`, 'handling ban without a marking word: ambiguous per the README'),

  rec('doc_fr', f`Peux-tu reformuler ce paragraphe pour les opticiens du réseau ? En-tête du document : « ${mark('CONFIDENTIEL')} – usage interne Lunetterie Horizon ».
Les nouveaux tarifs de verres progressifs (gamme Horizon Pro) seront appliqués à partir du 6 janvier, avec une remise de 15 % pour les clients fidélité.`),

  rec('board_minutes', f`${mark('CONFIDENTIAL')} — EXECUTIVE SESSION
Prairie Line Electric Cooperative, Board of Directors, Nov 21
- Discussed potential acquisition of the Kettle Valley service territory (approx. 3,100 meters).
- GM to negotiate with a ceiling of $11.2M.

Please turn this into three bullet points for the GM's follow-up list.`),

  rec('advisory', f`${mark('TLP:AMBER')}
Co-op ISAC notice: a phishing campaign is targeting line crews with fake "storm overtime" pay stubs linking to a credential-harvesting page. Share with your cooperative's staff only.

Write a short internal heads-up for our linemen based on this.`),

  rec('doc_pl', f`${mark('ZASTRZEŻONE')}
Wydział Konsularny – plan ewakuacji obywateli w razie zamieszek
Punkty zbiórki: ambasada, hotel partnerski, szkoła międzynarodowa.

Przetłumacz na angielski tylko listę punktów zbiórki.`),

  rec('doc_zh', f`请把下面这段改得更简洁，标题保留：
【${mark('机密')}】2025 年春节活动收入预测与定价调整方案
春节限定礼包定价 198 元，预计首周流水 2,600 万元。`),

  rec('memo_tr', f`${mark('HİZMETE ÖZEL')}
Konsolosluk Şubesi – Vize başvurularında sahte sigorta poliçeleri hakkında bilgi notu.
Son iki ayda 17 başvuruda aynı acenteden düzenlenmiş geçersiz poliçe tespit edildi.

Bunu İngilizceye çevirir misin? Başlık kalsın.`),

  rec('doc_el', f`Μετάφρασε στα αγγλικά, κρατώντας τη διαβάθμιση:

${mark('ΑΠΟΡΡΗΤΟ')}
Προξενικό Τμήμα – Αναστολή έκδοσης θεωρήσεων εργασίας για εργαζόμενους γης στα νησιά έως την ολοκλήρωση ελέγχου.`),

  rec('doc_es_ar', f`Che, ¿me armás un resumen de esto para el staff técnico? Arriba dice "${mark('CONFIDENCIAL')} – solo cuerpo técnico".
Propuesta de renovación: Tomás "Tomi" Gauna, 2 años, USD 6.000/mes, cláusula de salida USD 120.000.`),

  rec('doc_no', f`${mark('BEGRENSET')}
Ambassadens konsulatavdeling: rutiner for utstedelse av nødpass ved tap av pass under cruiseanløp.

Kan du oversette dette til engelsk?`),
];
