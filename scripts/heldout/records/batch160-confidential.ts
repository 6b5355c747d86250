/** Held-out batch 160: classification and handling markings in many languages, in memos, reports, mails and slides. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH160_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en', f`${mark('CONFIDENTIAL')} – Interpreter Services Quality Review, Q4

Three complaints this quarter concerned ad-hoc interpreting by family members in the emergency department, including one child interpreting for a parent. Telephone interpreting waits averaged 6 minutes for Arabic and 14 minutes for Tigrinya.

Proposal: a standing video-interpreting tablet in ED resus, funded from the equality budget.

${mark('CONFIDENTIAL')} – not for circulation outside the Patient Experience Committee

Can you turn this into a 150-word summary for the board, keeping the marking?`),

  rec('report_de', f`${mark('STRENG VERTRAULICH')}
Störungsbericht Drehrohrofen 2 – Ringbildung und Notabschaltung vom 17.02.

Ursache vermutlich erhöhter Schwefel-/Alkalieintrag durch den neuen Ersatzbrennstoff (Klärschlamm-Anteil 18 %). Schaden am Kühlerrost geschätzt 420 T€, Stillstand 9 Tage.

Bitte fasse den Bericht für die Geschäftsführung auf Englisch zusammen, die Einstufung soll oben bleiben.`),

  rec('report_nl', f`Kun je deze samenvatting van het screeningsrapport herschrijven in begrijpelijke taal voor de verhuurder?

Huurdersscreening – dossier HC-2025-0318
Inkomen toetsbaar: ja (3,4× kale huur)
Betalingsachterstanden: geen registraties
Vorige verhuurder: positieve referentie

${mark('VERTROUWELIJK')} – uitsluitend bestemd voor de verhuurder van het betreffende object`),

  rec('doc_ja', f`次の文書を英語に翻訳してください。見出しの区分表示はそのまま残してください。

【${mark('社外秘')}】
2025年東京湾岸マラソン 協賛契約条件の概要
・メインスポンサー協賛金：年額 8,000 万円（3 年契約）
・ゼッケン上部のロゴ掲出、スタート／フィニッシュゲートの命名権を含む`),

  rec('letter_no', f`${mark('Unntatt offentlighet, jf. offl. § 13 første ledd, jf. fvl. § 13 første ledd nr. 2')}

Til: Mattilsynet, region Nord
Sak: Avvik ved helseattest for eksport av rogn til Chile

Ved kontroll 4. mars ble det funnet at to attester manglet signatur fra ansvarlig veterinær. Forsendelsene er holdt tilbake.

Oversett brevet til engelsk for vår kunde i Puerto Montt, men ta med merkingen.`),

  rec('survey_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Έκθεση επιθεώρησης ζημιάς φορτίου – M/V "Aegean Star", λιμάνι Πειραιά
Διαπιστώθηκε εισροή θαλασσινού νερού στο κύτος Νο 3, ζημιά σε 412 σάκους καφέ. Εκτιμώμενη απώλεια: 61.800 USD.

Μετάφρασε στα αγγλικά για τον ασφαλιστή.`),

  rec('email_en', f`Subject: ${mark('PRIVILEGED & CONFIDENTIAL – PREPARED IN CONTEMPLATION OF LITIGATION')}

Dear Captain Reyes,

Further to the cargo claim on the frozen poultry shipment, our surveyor's preliminary view is that the reefer set-point was changed manually at Algeciras. Please preserve all reefer download data and do not discuss the matter with the consignee's representatives.

Please tighten up this email, it goes to the master of the vessel.`),

  rec('doc_zh', f`帮我把这份简报改写成英文，标题的密级保留：

【${mark('机密')}】2号窑燃烧系统改造方案
·计划将替代燃料比例从 12% 提高到 30%
·预计每年节约燃煤 4.2 万吨
·改造期间停窑 21 天，需提前通知主要客户`),

  rec('report_fr', f`${mark('CONFIDENTIEL')} — ${mark('Diffusion restreinte')}
Rapport d'enquête locative – dossier 25-0412

Le candidat présente deux incidents de paiement en 2023, régularisés. Revenus stables. Garant : parent, revenus 3,1 fois le loyer.

Peux-tu rédiger un avis favorable sous conditions en deux phrases ?`),

  rec('doc_ko', f`아래 문서를 영어로 번역해 주세요. 문서 등급 표시는 그대로 유지해 주세요.

${mark('대외비')}
2025 서울 하프마라톤 안전관리 계획(안)
- 구간별 의료부스 9개소, AED 24대 배치
- 출발 구역 인원 통제: 블록당 2,000명`),

  rec('memo_ar', f`${mark('سري للغاية')}
مذكرة داخلية – قسم الترجمة الطبية
الموضوع: شكوى مريض بشأن خطأ في الترجمة أثناء الحصول على الموافقة المستنيرة قبل الجراحة.

المطلوب: ترجمة المذكرة إلى الإنجليزية لعرضها على لجنة سلامة المرضى، مع الإبقاء على التصنيف.`),

  rec('report_tr', f`${mark('GİZLİ')} – ${mark('HİZMETE ÖZEL')}
Fırın 1 emisyon aşımı raporu – Şubat
NOx değerleri 11 gün boyunca 800 mg/Nm³ sınırını aştı. SNCR sisteminde amonyak dozaj pompası arızalı.

Bu raporu çevre müdürlüğüne gidecek resmi bir yazıya çevirebilir misin?`),

  rec('doc_ru', f`Переведи на английский, гриф оставь как есть:

${mark('Коммерческая тайна')}
ООО «Балтик Карго Брокер», 191186, г. Санкт-Петербург
Справка по претензии № МК-25/031: повреждение груза (бумага в рулонах) при перевалке в порту Усть-Луга. Сумма претензии 2 840 000 руб.`),

  rec('memo_es_cl', f`${mark('CONFIDENCIAL – USO INTERNO')}
Informe de brote de SRS (piscirickettsiosis) en el centro Huar 3
Mortalidad acumulada 4,8 % en 3 semanas. Se suspenden temporalmente los certificados de exportación a China del lote afectado.

Ayúdame a redactar el correo para el equipo comercial sin dar detalles sanitarios, pero manteniendo la clasificación.`),

  rec('slide_he', f`הערות לשקף 4 (בכותרת התחתונה של כל שקף: "מחלקת תרגום רפואי · ${mark('חסוי')} · טיוטה 2"):
להסביר את המעבר לתרגום בווידאו בשעות הלילה ואת הצפי לחיסכון. עד דקה וחצי.`),

  rec('email_hu', f`Tárgy: ${mark('BIZALMAS')} – bérlőszűrési eljárás felülvizsgálata

Kedves Kollégák!

A belső audit szerint a jövedelemigazolások 12%-át nem ellenőriztük a munkáltatónál. Márciustól kötelező a visszahívás.

Kérlek, fogalmazd át ezt rövidebben és barátságosabban.`),

  rec('email_footer_en', f`Thanks Aisha — I'll book the Pashto interpreter for Thursday 14:00 and confirm with the ward.

--
Interpreter Services, St Mark's University Hospital
${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')} If you have received it in error, please notify the sender.

(please fix my grammar in the first line)`),
];
