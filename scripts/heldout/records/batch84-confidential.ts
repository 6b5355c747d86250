/**
 * Held-out batch 84: classification markings on forensic reports, signalling design documents,
 * localisation NDAs, clinic board papers and zoo incident notes, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH84_CONFIDENTIAL: DraftRecord[] = [
  rec('report_en_gb', f`${mark('STRICTLY PRIVATE AND CONFIDENTIAL')}
Prepared for: Board of Directors, Harlow Freight Holdings plc
Forensic review of intercompany recharges FY2021–FY2023 — draft findings

1. Recharges from the Dutch subsidiary rose 340% in FY2022 without a matching increase in headcount.
2. Three invoices (total £1.84m) reference a services agreement we have not been able to locate.

Rewrite these two findings so they read less accusatory, as this is still a draft.`),

  rec('memo_en_us', f`Subject: ${mark('PRIVILEGED & CONFIDENTIAL — ATTORNEY WORK PRODUCT')}

Team — per outside counsel's request, our damages model for the Brennan Logistics matter must not be shared with the client's finance staff until the expert report is filed. Please keep drafts on the litigation share only.

Can you turn this into a polite but firm reminder for the engagement team?`),

  rec('doc_en_gb_rail', f`Summarise the key risks from this extract in five bullets for the weekly call:

${mark('OFFICIAL-SENSITIVE')}
Network Rail — Western Route
Interlocking data change request ICR-2024-117 (Reading station area)
The revised route-setting tables remove flank protection for routes R14A and R14B during the stage 3 possession. Independent checking (IDC) is outstanding; the tester-in-charge has not yet been appointed.`),

  rec('nda_ja', f`以下のメールを英語に翻訳してください。

件名：【${mark('社外秘')}】新作タイトルのローカライズ範囲について

翻訳会社各位
本メールおよび添付の企画書は未発表タイトルに関するものです。発表日（11月予定）まで第三者への共有はお控えください。対象言語は12言語、テキスト量は約48万ワードを見込んでいます。`),

  rec('email_ko', f`이 메일을 좀 더 정중하게 다듬어 주세요.

[${mark('대외비')}] 신규 확장팩 현지화 일정 공유

번역 파트너 여러분, 확장팩 공개 전까지 스토리 스크립트와 캐릭터 이름은 외부에 유출되지 않도록 주의 부탁드립니다. 빌드 서버 접근 권한은 10월 2일에 드립니다.`),

  rec('doc_zh_cn', f`请把下面这段翻译成英文，保留标题格式：

${mark('机密')}  仅限内部使用
2025年海洋馆扩建项目预算初稿
鲨鱼隧道改造预计投入 2,300 万元，资金来源包括市财政拨款与企业捐赠。`),

  rec('doc_de', f`${mark('VERTRAULICH – NUR FÜR DEN INTERNEN GEBRAUCH')}

Protokoll der Lenkungskreissitzung ESTW Hagen, 19.09.2024
- Verzögerung der Inbetriebnahme um 6 Wochen wegen fehlender Freigabe der Ausführungsplanung
- Vertragsstrafe laut Bauvertrag: 0,2 % pro Werktag, max. 5 %

Formuliere daraus eine kurze Statusmeldung an den Auftraggeber ohne die Vertragsstrafe zu erwähnen.`),

  rec('doc_fr', f`Peux-tu reformuler ce paragraphe pour le conseil d'administration ?

${mark('CONFIDENTIEL')} — Ne pas diffuser
Projet d'acquisition de la clinique ophtalmologique Saint-Roch (Lyon) : valorisation indicative de 14 à 16 M€, soit 7,5 fois l'EBITDA retraité. Due diligence prévue en novembre.`),

  rec('doc_es_co', f`${mark('CONFIDENCIAL')}
Informe preliminar — auditoría forense Cooperativa Agrícola del Huila
Se identificaron 23 préstamos a asociados inexistentes por un total de COP 412 millones, aprobados por el mismo comité entre 2021 y 2023.

Necesito una versión resumida de tres líneas para el correo al gerente.`),

  rec('doc_ru', f`Помоги сократить этот текст до одного абзаца для презентации.

${mark('Конфиденциально')}
Отчёт о проверке поставщиков релейной аппаратуры, сентябрь 2024
Два поставщика используют один и тот же юридический адрес и одного бухгалтера; цены на блоки реле завышены на 18–22 % относительно рынка.`),

  rec('email_tr', f`Konu: ${mark('GİZLİDİR')} – Bağışçı kampanyası ön sonuçları

Değerli yönetim kurulu üyeleri,
Deniz kaplumbağası rehabilitasyon merkezi için yürütülen kampanyada hedefin %64'üne ulaşıldı. Büyük bağışçıların isimleri kamuoyuyla paylaşılmadan önce onayları alınacaktır.

Bunu İngilizceye çevirir misin?`),

  rec('advisory_en', f`${mark('TLP:AMBER')}

Incident note — zoo ticketing platform, 16 Sept
Credential-stuffing attempts against the membership portal from a residential proxy network; ~3,100 accounts targeted, 41 successful logins, all forced to reset. No payment data stored on the portal.

Write a short, calm notice for members who had to reset their password.`),

  rec('memo_pt_mz', f`Pode melhorar a redacção deste aviso interno?

${mark('CONFIDENCIAL')}
Cooperativa de Poupança Kukula — Maputo
A auditoria às reconciliações M-Pesa de Agosto detectou uma diferença de 1,2 milhões de meticais no agente de Xipamanine. O caso foi comunicado ao Conselho Fiscal.`),

  rec('email_ar', f`الموضوع: ${mark('سري للغاية')} – نتائج الفحص الأولي لحسابات الموردين

الزملاء الكرام، نرجو عدم مشاركة هذا الملخص خارج فريق التدقيق الجنائي حتى اجتماع اللجنة يوم الأحد. تم رصد ١٤ مورداً بنفس رقم الحساب البنكي.

من فضلك ترجم هذه الرسالة إلى الإنجليزية.`),

  rec('email_inline_en', f`Hi, can you tighten the wording of this note to our Kampala branch managers?

"Colleagues — ${mark('this memo is strictly confidential')} and should not be forwarded. From 1 November, loan officers will no longer be able to approve top-up loans above UGX 3m without a second signature from head office. Please brief your teams in person."`),

  rec('doc_sv', f`${mark('KONFIDENTIELLT')}
Styrgruppsmöte ögonkliniken Göteborg, 24 september
Förslag: lägga ned laserverksamheten i Borås och flytta all refraktiv kirurgi till Göteborg från Q2 2025. Berör 9 tjänster.

Gör en kort sammanfattning på engelska till koncernledningen.`),

  rec('email_disclaimer_en', f`Please shorten this email signature, it's longer than the message:

Kind regards,
Aoife Brennan
Senior Manager, Forensic Services

${amb('confidential.marking', 'This email and any attachments are confidential and may be legally privileged.')} If you are not the intended recipient, please notify the sender and delete it. Any unauthorised use is prohibited.`),
];
