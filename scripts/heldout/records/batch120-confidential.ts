/**
 * Held-out batch 120: classification markings in memos, e-mails, minutes and slides, in many
 * languages and scripts. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH120_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_de', f`${mark('STRENG VERTRAULICH')} – nur für Partner

Aktennotiz: Kündigung des Payroll-Mandats Hollerbach Logistik zum 30.06. Grund: wiederholt verspätete Stammdaten, Honorarrückstand 18.400 €. Übergabe an Nachfolgekanzlei nur nach Ausgleich.

Bitte formuliere daraus ein höfliches, aber klares Kündigungsschreiben.`),

  rec('email_en', f`Subject: ${mark('CONFIDENTIAL')} – gas release near-miss, Skarvbakken Alpha, 11 March

All,
Preliminary findings: a flange on the test separator outlet leaked during restart; detectors in module M3 went to 20% LEL for 40 s. No injuries. Root cause investigation led by HSE, interviews on Monday.

Please turn this into a one-page summary for the operations committee, keeping the marking.`),

  rec('doc_nb', f`${mark('FORTROLIG')}
Referat – ledermøte logistikk 14.03
1. Ny kontrakt med forsyningsskip fra 1. mai, 12 % høyere dagrate.
2. Helikopterleverandør vurderes byttet etter to forsinkelser.

Oppsummer i tre punkter på engelsk.`),

  rec('email_fr', f`Objet : ${mark('CONFIDENTIEL – DIFFUSION RESTREINTE')} – réorganisation du pôle paie

Bonjour à tous,
Le regroupement des équipes paie de Lyon et Grenoble est prévu pour septembre. Merci de ne pas en parler avant l'annonce officielle du 15 avril.

Peux-tu me proposer un plan de communication en 5 étapes ?`),

  rec('doc_ja', f`【${mark('社外秘')}】番号ポータビリティ不正対策 四半期報告（案）
・SIMスワップ起点の不正MNPは前期比 +38%
・本人確認強化（eKYC）の導入は7月予定

この報告を英語で3行に要約してください。`),

  rec('doc_zh', f`${mark('机密')}·仅限内部
生物样本库二期建设方案（征求意见稿）
新增 -150℃ 液氮罐 6 台，预算 420 万元，2025 年第三季度完成验收。

请帮我把这段改写成给医院领导的汇报要点。`),

  rec('doc_ko', f`${mark('대외비')}
인력파견 단가 조정안 (2025년 하반기)
- 물류센터 야간조 시급 +7%
- 주요 고객사 3곳 계약 갱신 협상 중

이 내용을 영업팀 공유용 이메일로 정리해 주세요. 단, 고객사명은 빼고요.`),

  rec('slide_es', f`Notas del orador, diapositiva 4 (pie de página: "Grupo Tilos Eventos · ${mark('CONFIDENCIAL')} · Uso interno"):
Explicar el nuevo modelo de precios por invitado y por qué eliminamos el menú infantil gratuito. Máximo un minuto.`),

  rec('doc_ru', f`${mark('Для служебного пользования')}
Отчёт о мошеннических переносах номеров за февраль: 214 заявок отклонено, 37 подтверждённых случаев, ущерб абонентам ~1,9 млн ₽.

Составь по этому отчёту краткую справку для руководства в 5 пунктах.`),

  rec('email_ar', f`الموضوع: ${mark('سري للغاية')} – نتائج التدقيق الداخلي لقسم الرواتب

الزملاء الأعزاء،
أظهر التدقيق وجود 3 حالات صرف مكرر لبدل السكن خلال الربع الأول. يرجى عدم تداول هذه المعلومات خارج لجنة التدقيق.

لخص هذه الرسالة بالإنجليزية في فقرة واحدة.`),

  rec('doc_he', f`${mark('סודי')} – לשימוש ועדת ההיגוי בלבד
סטטוס פרויקט ביובנק גנומי: 12,400 דגימות עברו ריצוף, עיכוב של חודשיים בהעברת הנתונים לשותף האירופי.

תנסח עדכון קצר לצוות בלי הפרטים על השותף.`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Πρακτικά συνάντησης με τον προμηθευτή catering – αναθεώρηση τιμών για γάμους 2026 (+9%), αποκλειστικότητα για 3 χρόνια.

Κάνε μου μια περίληψη στα αγγλικά.`),

  rec('doc_tr', f`${mark('GİZLİDİR')} – Sadece İK ve Yönetim
Taşeron personel sözleşmelerinde yapılacak değişiklikler: yemek ücreti artışı, servis güzergâhı değişikliği. Sendika ile görüşme 2 Nisan'da.

Bu notu personel bilgilendirme duyurusuna çevir (gizli kısımlar hariç).`),

  rec('doc_hi', f`${mark('गोपनीय')} – केवल आंतरिक उपयोग हेतु
प्लेसमेंट टीम की तिमाही समीक्षा: 3 बड़े क्लाइंट्स के साथ अनुबंध नवीनीकरण लंबित, मार्जिन 11% से घटकर 8%।

इसे अंग्रेज़ी में 4 बुलेट पॉइंट्स में लिखो।`),

  rec('email_en', f`Subject: Tender for supply-vessel charter – ${mark('COMMERCIAL IN CONFIDENCE')}

Hi Jon,
Attached is our draft response. Day-rate assumptions are in tab 3. ${mark('This document is commercial in confidence')} and must not be shared with other bidders.

Can you check the executive summary for tone?`, 'subject-line marking and the inline statement both mark the document'),

  rec('doc_th', f`${mark('ลับ')} – เฉพาะผู้บริหาร
สรุปผลการตรวจสอบบัญชีเงินเดือนลูกค้า 5 ราย พบการคำนวณประกันสังคมผิดพลาด 2 ราย

ช่วยเขียนอีเมลแจ้งลูกค้าทั้ง 2 รายอย่างสุภาพ`),

  rec('doc_pl', f`${mark('ŚCIŚLE POUFNE')}
Notatka z audytu biobanku: w dwóch zamrażarkach stwierdzono przerwy w zasilaniu bez alarmu (łącznie 3 h). Próbki z regałów R3–R5 do oceny jakości.

Napisz na tej podstawie plan działań naprawczych (CAPA).`),

  rec('footer_de_ch', f`Kannst du den Text unten kürzen? Er geht an alle Brautpaare.

---
Liebi Brautpaar, mir freued üs uf eues Fäscht …
---
Fusszeile vom Vertrag, die muss aber bleiben: "Hochzeitsvertrag – ${mark('Vertraulich')} – Seite 2 von 6"`),
];
