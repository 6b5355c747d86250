/**
 * Held-out batch 117: classification and privilege markings in memos, invention disclosures, court
 * reports, incident reports and mails of this batch's six organisations, in many languages and
 * scripts. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH117_CONFIDENTIAL: DraftRecord[] = [
  rec('email', f`Subject: ${mark('PRIVILEGED & CONFIDENTIAL – ATTORNEY-CLIENT COMMUNICATION')} – NordLift / freedom to operate

Dear Hannah,

Having reviewed Liftronic's granted EP 3 712 118 against your door-coupler design, we consider claims 1–4 not infringed because your coupler has no rotating cam. Claim 7 is closer; we recommend a design-around before the Hannover trade fair.

Best regards,
Eleanor Whitmore

${mark('CONFIDENTIAL – attorney work product')}

Can you turn this into three bullet points for the client's board, still keeping the privilege header?`),

  rec('disclosure_de', f`${mark('STRENG VERTRAULICH')} – Erfindungsmeldung Nr. EM-2024-037

Titel: Seilschlupf-Erkennung über Motorstromanalyse
Erfinder: Dr. Brandl, M. Huber
Kurzbeschreibung: Aus dem Oberwellenanteil des Motorstroms wird der Schlupf zwischen Treibscheibe und Tragseil geschätzt, ohne zusätzlichen Sensor.

Bitte formuliere daraus einen ersten Anspruch 1 im EPA-Stil. (Fußzeile jeder Seite: ${mark('Streng vertraulich')} – nicht vor Einreichung veröffentlichen)`),

  rec('doc_ja', f`以下の文書の冒頭を英訳してください。

${mark('社外秘')}
発明提案書 No. 2024-118
発明の名称：エスカレーター踏段の欠落検知装置
要約：踏段の通過タイミングを光電センサで検出し、欠落時に即時停止信号を出力する。
出願前のため、${mark('取扱注意')}でお願いします。`),

  rec('email', f`Subject: ${mark('CONFIDENTIAL — DO NOT FORWARD')}: suspected wire fraud, escrow 24-08817

Team,

The buyer on 24-08817 received a spoofed e-mail with changed wiring instructions. No funds were sent. IT is reviewing the mailbox rules. Do not discuss with the parties until legal has spoken to them.

Please write a calm two-paragraph note I can send to the branch managers, keeping the marking.`),

  rec('report_fr', f`Traduire en anglais, en conservant l'en-tête :

${mark('CONFIDENTIEL')} — ${mark('Diffusion restreinte')}
Rapport d'incident — audience du 12 novembre, TJ de Lyon
L'interprète a signalé un conflit d'intérêts (lien de parenté éloigné avec un témoin). Le juge a ordonné son remplacement ; l'audience a été renvoyée au 3 décembre.`),

  rec('note_de_at', f`Kannst du diese Aktennotiz sachlicher formulieren?

${mark('VERTRAULICH – nur für die Leitung')}
Gruppe Marienkäfer, Beobachtung vom 28.11.: Kind wirkte mehrfach verängstigt beim Abholen durch den Lebensgefährten der Mutter. Gespräch mit der Mutter für 05.12. vereinbart, Kinderschutzfachkraft informiert.`),

  rec('report_ko', f`아래 보고서를 영어로 번역해 주세요. 머리말은 그대로 두고요.

${mark('대외비')}
승강기 사고 조사 보고서 — 부산 해운대 A빌딩 2호기
11월 22일 14시 10분 층간 정지 발생, 승객 3명 27분 후 구출. 원인: 브레이크 라이닝 마모 및 원격감시 경보 누락.`),

  rec('memo_ru', f`${mark('КОММЕРЧЕСКАЯ ТАЙНА')}
Служебная записка: условия для ключевых клиентов по шинам на 2025 год
Скидка для «СеверТранс» увеличивается до 14%, для «ВолгаЛогистик» остаётся 11%. Отсрочка платежа — 45 дней.

Сделай из этого краткую таблицу для отдела продаж, гриф оставь.`),

  rec('email_he', f`נושא: ${mark('סודי ביותר')} – הסכם נאמנות, עסקת רחוב הרצל 18

שלום עו"ד כהן,
מצורפת טיוטת הסכם הנאמנות. סכום הנאמנות: 1.2 מיליון ש"ח, שחרור לאחר רישום הערת אזהרה.

תוכל לקצר את המייל ולהשאיר את הסיווג?`),

  rec('memo_ar', f`${mark('سري للغاية')}
مذكرة داخلية: خطة توسيع شبكة الروضات إلى جدة والدمام في ٢٠٢٥، بما في ذلك استحواذ محتمل على روضة "أزهار".
يرجى تلخيص المذكرة في خمس نقاط باللغة الإنجليزية مع الإبقاء على التصنيف.`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Προσφορά για τη σύμβαση διερμηνείας με το Πρωτοδικείο Αθηνών 2025–2027
Ωριαία χρέωση: 38 € (αγγλικά), 52 € (αραβικά, φαρσί)

Μετάφρασε στα αγγλικά για τον διευθυντή μας, κράτα τη σήμανση.`),

  rec('report_zh', f`${mark('内部资料 严禁外传')}
2024 年第四季度电梯远程监控平台故障分析：误报率 6.8%，主要来自 GSM 模块掉线。
请帮我把这段总结成英文邮件发给总部，页眉保留"${mark('机密')}"字样。`),

  rec('email_es', f`Asunto: ${mark('CONFIDENCIAL')} – oferta de compra cartera neumáticos flotas

Hola Javier,
Te adjunto la propuesta para la compra de la cartera de clientes de flota de Neumáticos Levante: 2,1 M€ con pago aplazado en tres años. ${mark('Uso interno')} hasta la firma del NDA.

¿Me ayudas a redactar la respuesta al vendedor?`),

  rec('memo_da', f`${mark('FORTROLIGT')}
Notat til direktionen: Forhandling om overtagelse af elevatorserviceaftalerne fra LiftPartner ApS. Pris ca. 8,5 mio. kr.

Kan du lave en kort engelsk version til bestyrelsen?`),

  rec('letter_tr', f`Aşağıdaki yazıyı İngilizceye çevirir misin? Başlıkları koru.

${mark('GİZLİ')}
Konu: Avrupa patent başvurusu EP 24 187 316.2 – rakip firmanın itiraz stratejisi
Müvekkilin itiraz süresi 9 ay; itiraz gerekçesi olarak yenilik eksikliği ileri sürülecek.`),

  rec('email', f`Hi both, quick follow-up from the interpreters' quality review. ${mark('This report is strictly confidential')} and must not be shared with the interpreters concerned before HR has seen it.

Two interpreters scored below threshold on legal terminology; we propose refresher training in January.

→ Rewrite more diplomatically, please.`),

  rec('email_footer', f`Obrigado pelo envio da certidão de matrícula, seguimos com a escritura na sexta.

--
Ana Ribeiro | Harborline Title Lisboa
${amb('confidential.marking', 'Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao destinatário.')} Se a recebeu por engano, por favor apague-a e avise o remetente.

→ Tradução para inglês, por favor.`, 'e-mail confidentiality disclaimer: ambiguous'),
];
