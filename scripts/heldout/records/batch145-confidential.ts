/**
 * Held-out batch 145: classification and handling markings on memos, e-mails, audit reports,
 * disciplinary files, transfer dossiers and editorial documents, in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH145_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en', f`${mark('CONFIDENTIAL')} — STATION LEADERSHIP ONLY

Subject: Winter-over crew conduct review

Two incidents since June involving the same expeditioner (alcohol, verbal altercation in the galley). Medical officer recommends welfare check and reduced solo field duties. Decision on early return to be made when the August flight is confirmed.

Rewrite this as neutral minutes for the station leader's log.`),

  rec('audit_de', f`${mark('STRENG VERTRAULICH')} – Nur für QA-Leitung

Auditbericht Kühlkette, Standort Ludwigshafen
Feststellung 3 (kritisch): Temperaturlogger in Kühlfahrzeug KF-12 seit 6 Wochen nicht kalibriert; 2 Chargen Insulin betroffen.
Maßnahme: Chargen gesperrt, Rückrufprüfung läuft.

Fasse das in drei Sätzen für die Geschäftsführung zusammen. Die Kennzeichnung "${mark('streng vertraulich')}" muss erhalten bleiben.`),

  rec('email_fr', f`Objet : ${mark('CONFIDENTIEL')} – dossier disciplinaire arbitre n° 2024-031

Bonjour,

Suite au rapport du délégué, la commission propose une suspension de 3 matchs pour l'arbitre concerné (retard répété, communication inappropriée avec un entraîneur). Merci de ne pas diffuser avant la décision officielle.

Peux-tu reformuler ce mail de manière plus neutre ?`),

  rec('doc_es', f`Traduce al inglés el encabezado y el primer punto:

${mark('CONFIDENCIAL')} — USO INTERNO EXCLUSIVO
Negociación de traspaso: jugador juvenil, categoría sub-19
1. El club comprador ofrece 450.000 € más un 20 % de una futura venta. La federación debe validar la indemnización por formación.`),

  rec('doc_ja', f`以下の文書を英語に翻訳してください。ヘッダーもそのまま訳してください。

【${mark('社外秘')}】
新規輸出先（シンガポール）向け水耕レタスの価格交渉方針
・初回ロットは原価＋12％を下限とする
・競合（オランダ産）より1週間早い納品を強みとして打ち出す`),

  rec('doc_zh', f`${mark('机密')}文件 — 请勿外传

关于冷链运输温度偏差事件的内部调查（2024年第3季度）
结论：外包承运商在广州中转站更换了未验证的保温箱。建议暂停合作并重新审核。

请帮我把这段改写成给客户的正式说明，但不要透露内部调查的细节。`),

  rec('doc_ko', f`${mark('대외비')}

운전면허 학원 가맹점 수수료 인상안 (2025년)
- 현행 8% → 10%
- 신규 가맹점은 6개월 유예

이 내용을 가맹점주들에게 보낼 공지문 초안으로 바꿔줘. 단, 숫자는 아직 확정 아님이라고 써줘.`),

  rec('doc_ru', f`Гриф: ${mark('КОНФИДЕНЦИАЛЬНО')}

Служебная записка
Для: главного редактора
Тема: сокращение тиража печатной версии с января

Предлагается перевести два районных выпуска только в цифровой формат. Затронуты 14 сотрудников службы доставки.

Перепиши эту записку короче, сохранив гриф.`),

  rec('email_el', f`Θέμα: ${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')} – Μεταγραφή παίκτη κάτω των 18

Η ομοσπονδία ζητά πρόσθετα έγγραφα από τον αγοραστή σύλλογο πριν την έγκριση. Παρακαλώ μην προωθήσετε το μήνυμα εκτός της επιτροπής.

Μπορείς να το κάνεις πιο επίσημο;`),

  rec('doc_he', f`${mark('סודי')} – לשימוש פנימי בלבד

סיכום ישיבת הנהלה: העיתון ישנה את מחירי המנויים הדיגיטליים החל מינואר. העלייה המתוכננת: 15%.

תכתוב לי מזה הודעה קצרה לצוות שירות הלקוחות.`),

  rec('doc_ar', f`${mark('سري للغاية')}

تقرير داخلي: رفض شحنة طماطم إلى السوق السعودية بسبب بقايا مبيدات تتجاوز الحد المسموح. يجب عدم مشاركة النتائج مع المستوردين قبل إعادة التحليل.

أرجو تلخيص التقرير في فقرة واحدة باللغة الإنجليزية.`),

  rec('doc_hi', f`नीचे दिए गए नोट को अंग्रेज़ी में अनुवाद करें:

${mark('गोपनीय')}
विषय: रेफ़री चयन समिति की बैठक — अगले सीज़न के लिए पैनल से तीन रेफ़री हटाए जाएंगे। निर्णय घोषित होने तक यह जानकारी साझा न करें।`),

  rec('tlp_en', f`${mark('TLP:AMBER')}

Phishing wave targeting newspaper subscribers: fake "renew your subscription" e-mails with a payment link on a look-alike domain. Observed since 12 Aug. Share only within your organisation and with the hosting provider.

Write a short customer-facing warning without the technical indicators.`),

  rec('email_nl', f`Onderwerp: ${mark('VERTROUWELIJK')} – prijsafspraak Duitse retailketen

Hoi team,

De nieuwe jaarprijs voor cherrytomaten ligt 6% lager dan vorig jaar. Dit niet delen met andere afnemers.

Groet,
Exportkantoor Naaldwijk
${phone('+31 174 528 914')}

${amb('confidential.marking', 'Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.')}

Kun je dit in het Engels zetten?`, 'disclaimer ambiguous per README; subject marking labelled'),

  rec('doc_pl', f`Przetłumacz na angielski:

${mark('POUFNE')} – do użytku wewnętrznego działu QA
Raport z odchylenia temperatury: transport szczepionek do Gdańska, 3 godziny w 11 °C.`),

  rec('footer_sv', f`Kan du korta ner den här protokollsammanfattningen till fem punkter?

Styrelsemöte 14 augusti – körskolekedjan
1. Tre nya filialer i Norrland under 2025.
2. Prishöjning för körlektioner med 4 %.
3. Ny leverantör för simulatorer.

${mark('Konfidentiellt')} – får ej spridas utanför styrelsen`),
];
