/**
 * Held-out batch 124: classification and handling markings (many languages) in lobbying strategy papers,
 * union legal-aid files, bids, board minutes and bus-operator tenders. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH124_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('CONFIDENTIAL – CLIENT USE ONLY')}

Kestrel Public Affairs · Strategy note for Nordhavn Packaging
Re: Packaging and Packaging Waste Regulation – trilogue positioning

1. Council text on reuse targets is closer to our client's position than Parliament's.
2. Two rapporteur-group members are open to a 2032 phase-in; approach via their national associations.
3. Avoid public statements before the 12 March COREPER meeting.

Turn this into three bullet points for the client's CEO.`),

  rec('email_fr', f`Objet : ${mark('CONFIDENTIEL')} – note de positionnement tarification carbone

Bonjour Claire,

Ci-joint la note pour le comité de direction de notre client. Merci de ne pas la transmettre en dehors de l'équipe projet.

Peux-tu m'aider à en faire une version courte (une demi-page) pour le point de lundi ?`),

  rec('doc_de', f`Bitte übersetze die Zusammenfassung ins Englische:

${mark('STRENG VERTRAULICH')} – nur für die Geschäftsleitung
Angebot Ausschreibung „Solarpflicht Schulgebäude Kreis Nordfriesland“, Los 2
Kalkulierter Preis: 1,84 Mio. € netto, Marge 11 %. Wettbewerber vermutlich 5–8 % darunter.
Empfehlung: Preis halten, bei Wartungsvertrag nachgeben.`),

  rec('legal_en', f`${mark('PRIVILEGED & CONFIDENTIAL – PREPARED FOR LEGAL ADVICE')}

FWU Legal Aid Desk – case note LA-2025-0092
Member: depot engineer, unfair dismissal after raising safety concerns (whistleblowing).
Assessment: good prospects under s.103A ERA 1996; ACAS early conciliation certificate received 14 Feb.

Summarise the assessment in plain language for the branch secretary.`),

  rec('minutes_es', f`Actas de la junta directiva del sindicato – ${mark('CONFIDENCIAL')}

1. Estrategia de negociación del convenio: no aceptar menos del 4,5 % en 2025.
2. Caja de resistencia: disponible para 21 días de huelga.
3. Próxima reunión: 6 de marzo.

Resúmelo en tres frases para el boletín interno (sin el punto 2).`),

  rec('doc_ar', f`ترجم هذا المقطع إلى الإنجليزية من فضلك:

${mark('سري للغاية')}
محضر اجتماع مجلس أمناء المركز – خطة شراء المبنى المجاور
السعر المعروض: 1.2 مليون جنيه إسترليني، والتمويل من صندوق الوقف وقرض حسن من أحد المحسنين.`),

  rec('doc_ja', f`この文書の見出しと要点を英語にしてください。

【${mark('社外秘')}】
株式会社ソンファースト 住宅用太陽光 2025年度 販売戦略
・蓄電池セット販売比率を40%へ
・自治体補助金の申請代行を無償化`),

  rec('doc_ko', f`이 문서 요약해 주세요.

${mark('대외비')}
2025 상반기 인테리어 스튜디오 가격 정책 변경안
- 설계비 평당 12만원 → 15만원
- 시공 관리 수수료 8% 유지`),

  rec('doc_ru', f`Переведи, пожалуйста, на английский шапку и первый абзац:

${mark('Конфиденциально')}
Предложение по тендеру на обслуживание пригородных маршрутов 101–118 на 2025–2030 гг.
Планируемая ставка: 182 руб. за км пробега, парк 46 автобусов, из них 12 электробусов.`),

  rec('doc_tr', f`Bu metni İngilizceye çevirir misin?

${mark('GİZLİDİR')} – Yönetim Kurulu Üyelerine Özeldir
Dernek binası tadilat ihalesi: teklifler 20 Mart'a kadar kapalı zarfla alınacaktır. Tahmini bütçe 4,2 milyon TL.`),

  rec('doc_pl', f`Streść w trzech punktach:

${mark('POUFNE')} – tylko dla zarządu związku
Stanowisko w sporze zbiorowym z PKS Region Sp. z o.o.: żądanie podwyżki 900 zł brutto, gotowość do mediacji do 15 kwietnia, referendum strajkowe w maju.`),

  rec('doc_el', f`Μετάφρασε στα αγγλικά:

${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Σημείωμα προς τον πελάτη: εκτίμηση για την τροπολογία του Υπουργείου Μεταφορών σχετικά με τις άδειες ΚΤΕΛ. Προτείνουμε συνάντηση με τον εισηγητή πριν από την ψηφοφορία.`),

  rec('doc_nl', f`Kun je dit samenvatten voor de klant? Let op de markering bovenaan.

${mark('VERTROUWELIJK')} – niet verspreiden
Ontwerpvoorstel interieur hoofdkantoor Van Rijn Logistiek, fase 2: open werkplekken naar 60 %, budget € 410.000 excl. btw.

Onderaan: ${mark('Vertrouwelijk')} – Studio Ombre & Lin`),

  rec('email', f`Subject: ${mark('TLP:AMBER')} – phishing wave against union branch secretaries

Colleagues, please share only within your branch committees. Since Monday several branch secretaries received fake "ballot portal" e-mails with a login page on a look-alike domain. Do not click; forward to IT.

Can you turn this into a short WhatsApp message for branch secretaries that keeps the sharing restriction?`),

  rec('doc_he', f`תרגם לאנגלית בבקשה:

${mark('סודי')} – להפצה פנימית בלבד
טיוטת נייר עמדה עבור הלקוח בנושא רפורמת התחבורה הציבורית; אין להעביר לגורמים חיצוניים לפני אישור השותף האחראי.`),

  rec('doc_sv', f`Kan du korta ner det här till ett mejl?

${mark('KONFIDENTIELLT')}
Förhandlingsunderlag – kollektivavtal bussförare 2025. Vår smärtgräns: 3,8 % löneökning och ett lokalt tillägg för delade turer.

Dokumentet är ${mark('konfidentiellt')} och endast avsett för förhandlingsdelegationen.`),
];
