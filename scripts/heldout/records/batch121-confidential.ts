/**
 * Held-out batch 121: classification markings in many languages on packaging briefs, AML memos,
 * fire-service documents, tannery pricing and admissions papers. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH121_CONFIDENTIAL: DraftRecord[] = [
  rec('brief_de', f`${mark('STRENG VERTRAULICH')} – Sperrfrist bis Produktlaunch 15.05.2025

Kunde: Brauerei Lindenhof
Projekt: Neue Faltschachtel 6er-Träger „Lindenhof Alkoholfrei“
Druck: 5c + Drip-Off-Lack, Karton GC1 350 g/m²
Bitte Dateien nicht an Dritte (auch nicht an Lieferanten für Stanzformen) ohne Rücksprache weitergeben.

Formuliere daraus bitte eine kurze Arbeitsanweisung für die Druckvorstufe.`),

  rec('memo', f`Subject: ${mark('CONFIDENTIAL – AML INVESTIGATION')} – client file AX-2291

Team,

Three consignments of polished stones from the same counterparty were paid by unrelated third parties in two jurisdictions within 10 days. The MLRO has opened an internal review; do not discuss with the client or the broker. A decision on filing will be taken on Friday.

${mark('Confidential – Compliance only')}

Can you restructure this into a timeline for the MLRO's file note?`),

  rec('memo_nl', f`${mark('STRIKT VERTROUWELIJK')}

Notitie aan de directie – uitkomst interne audit Kimberley-procedure
- 4 van de 62 gecontroleerde zendingen misten het originele KP-certificaat bij ontvangst;
- geen aanwijzingen voor conflictdiamanten, wel een procesfout bij de invoerbalie.

Maak hier een samenvatting van in drie zinnen voor de raad van bestuur.`),

  rec('email_fr', f`Objet : ${mark('CONFIDENTIEL')} – révision des limites de crédit négociants

Bonjour à tous,

Suite au comité de risque du 4 mars, les limites de crédit de cinq négociants de la bourse sont réduites de 30 % à compter du 1er avril. La liste est en pièce jointe.

${mark('Ce message est confidentiel')} et destiné uniquement aux membres du comité.

Peux-tu reformuler ce mail de façon plus diplomatique ?`),

  rec('brief_ja', f`次のパッケージ仕様書を英語に翻訳してください。

【${mark('社外秘')}】新商品「抹茶ラテ スティック」個包装パッケージ
発売日：2025年4月（情報解禁日まで${mark('極秘')}扱い）
印刷：グラビア 7色、アルミ蒸着フィルム
※${mark('本資料の社外への持ち出しを禁止します')}。`),

  rec('doc_ko', f`${mark('대외비')}

2025학년도 외국인 특별전형 합격선 조정안
- 어학 점수 기준: TOPIK 4급 → 3급으로 완화 (공학계열 한정)
- 기숙사 우선 배정 대상 확대

이 내용을 영어로 요약해서 국제처장님 보고용으로 만들어 주세요.`),

  rec('doc_zh', f`${mark('机密')} · ${mark('内部资料 严禁外传')}

2025年欧洲客户报价调整方案（牛皮鞋面革）
- 植鞣革：上调 6%
- 铬鞣革：维持不变
- 付款条件：预付 30%，见提单副本付尾款

请帮我把这份方案翻译成英文，格式保持不变。`),

  rec('doc_ru', f`${mark('ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ')}

План проведения пожарно-тактических учений на объекте «Химкомбинат-Север», 18 апреля
Привлекаемые силы: 3 АЦ, 1 АЛ-30, 1 АСА
Вводная: утечка аммиака в цехе № 2, пострадавшие на 3 этаже.

Сократи до одной страницы, сохрани все силы и средства.`),

  rec('doc_he', f`${mark('סודי ביותר')}

סיכום ישיבת ועדת ציות – 12.03
הוחלט להקפיא את פעילות המסחר מול שני לקוחות עד להשלמת בדיקת מקור הכספים.

תרגם לאנגלית עבור המשרד הראשי באנטוורפן.`),

  rec('doc_ar', f`${mark('سري للغاية')}

مذكرة داخلية – قسم الامتثال، فرع دبي
الموضوع: مراجعة المعاملات النقدية التي تتجاوز 55,000 درهم خلال الربع الأول.
تم رصد 7 معاملات لم تُستكمل فيها وثائق العناية الواجبة.

اكتب ملخصاً باللغة الإنجليزية لا يتجاوز خمسة أسطر.`),

  rec('doc_tr', f`${mark('GİZLİDİR')} – ${mark('HİZMETE ÖZEL')}

2025 Avrupa fuarı için yeni koleksiyon fiyat listesi (deri ceket ve bot)
Distribütör iskontosu %18 → %22

Bunu bayilere gönderilecek İngilizce bir duyuruya çevir ama iskonto oranlarını çıkar.`),

  rec('email_it', f`Oggetto: ${mark('RISERVATO E CONFIDENZIALE')} – trattativa con il gruppo calzaturiero

Buongiorno,

il cliente ha chiesto l'esclusiva sulla nuova concia "Nappa Oliva" per 24 mesi in cambio di un volume minimo di 40.000 m². Non condividete queste informazioni con gli agenti.

Mi riassumi i punti principali in un elenco?`),

  rec('doc_es', f`${mark('CONFIDENCIAL – USO INTERNO')}
Calzados Levante S.L. — Plan de deslocalización parcial del aparado a Marruecos (borrador 3)

${mark('Este documento es confidencial')} y no debe enviarse a proveedores ni al comité de empresa hasta su aprobación.

Hazme un resumen ejecutivo de media página.`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}

Έκθεση συμβάντος – ατύχημα οχήματος 2ας Πυροσβεστικής Μονάδας κατά την επιστροφή από συμβάν, 03/03.
Ζημιές στο όχημα: δεξιά πλευρά, σκάλα εκτός λειτουργίας.

Γράψε το σε πιο επίσημο ύφος για την Περιφερειακή Διοίκηση.`),

  rec('report', f`Header on every page: "${mark('OFFICIAL-SENSITIVE')}"

Fleet resilience review – aerial ladder platforms
Two of our three ALPs are beyond their 15-year design life; if either fails during the summer wildfire period, cover for the north of the county relies on a neighbouring service with a 35-minute response.

Rewrite the paragraph for the Fire Authority committee, keep the marking.`),

  rec('advisory', f`${mark('TLP:AMBER')}

University IT security notice: a phishing campaign impersonating the international admissions office is asking offer-holders to pay a "housing deposit" via a fake portal. Share with staff who handle applicant queries; do not post publicly.

Make a short, friendly version for the admissions call-centre script.`),

  rec('doc_th', f`${mark('ลับมาก')}

รายงานการตรวจสอบสต็อกเพชรประจำไตรมาส 1/2568
พบความคลาดเคลื่อนของน้ำหนักรวม 0.84 กะรัต ในล็อต BKK-25-017

ช่วยแปลเป็นภาษาอังกฤษสำหรับส่งสำนักงานใหญ่`),

  rec('email_pl', f`Temat: ${mark('POUFNE')} – wycena dla nowego klienta (opakowania farmaceutyczne)

Proszę nie przekazywać handlowcom zewnętrznym. Cena za 1000 szt. kartoników z Braille'em: 182 zł przy nakładzie 200 tys.

Napisz mi z tego krótką notatkę do prezesa po angielsku.`),

  rec('chat', f`Our printing plant got a brief from a cosmetics brand and they want every proof PDF stamped "${amb('confidential.marking', 'CONFIDENTIAL – DO NOT FORWARD')}" diagonally. How do I add that watermark in Acrobat as an action for a batch of files?`, 'marking quoted in a how-to question, not marking this text: ambiguous'),
];
