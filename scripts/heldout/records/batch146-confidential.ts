/**
 * Held-out batch 146: classification markings in transplant-unit minutes, trust-and-safety
 * memos, bonded-warehouse audits, diving incident reports, pharmacy and water-utility documents,
 * in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH146_CONFIDENTIAL: DraftRecord[] = [
  rec('minutes', f`${mark('CONFIDENTIAL')} – contains patient-identifiable information

Renal Transplant MDT – minutes, 17 October
1. Recipient R-2231 (67 y, blood group A): positive virtual crossmatch against the offered donor; offer declined.
2. Living-donor pair LD-118: donor GFR 72 after split function scan; proceed to surgery date in December.
3. Paired-exchange run: two of our pairs matched in the national scheme.

${mark('CONFIDENTIAL')} – ${amb('confidential.marking', 'do not forward outside the MDT')}

Can you turn this into an action list with owners (Dr Okafor, Sister Hughes, coordinator team)?`),

  rec('doc_de', f`${mark('VERTRAULICH')} – ${amb('confidential.marking', 'nur für die Transplantationskonferenz')}

Protokoll der Sitzung vom 24.10.
TOP 1: Aufnahme von zwei Patienten auf die Warteliste (Status T).
TOP 2: Ablehnung eines Organangebots wegen verlängerter kalter Ischämiezeit (21 h).

Bitte formuliere daraus eine kurze Zusammenfassung für die Stationsleitung, ohne Patientendetails.

Fußzeile: Universitätsklinikum – Transplantationszentrum – ${mark('Vertraulich')}`),

  rec('memo', f`Subject: ${mark('RESTRICTED')} – T&S escalation: coordinated harassment campaign

Team,
Between 2 and 5 October around 140 accounts posted near-identical comments targeting a mid-size creator. We have linked them to 3 operators via device fingerprints. Enforcement: suspend 137 accounts, preserve evidence for law enforcement. ${amb('confidential.marking', 'Do not discuss on public channels.')}

— Trust & Safety, Investigations

Please summarise this for the weekly leadership update in three bullets.`),

  rec('doc_ja', f`${mark('社外秘')}
2024年度 クリエイター収益分配率 見直し案（ドラフト）
・広告収益の分配率を55%から60%へ引き上げ
・メンバーシップ手数料は据え置き
・開始時期：2025年4月

この資料を英語に翻訳してください。見出しの「${mark('社外秘')}」もそのまま残してください。`),

  rec('doc_ko', f`${mark('대외비')}
크리에이터 정산 정책 변경안 (2025년 1분기)
1. 최소 정산 금액 5만 원 → 3만 원으로 하향
2. 해외 송금 수수료 플랫폼 부담

위 내용을 팀 공지용으로 짧게 요약해 주세요. ${amb('confidential.marking', '외부 공유 금지입니다')}.`),

  rec('audit_zh', f`请帮我把这份保税仓库盘点审计摘要翻译成英文：

【${mark('机密')}】保税仓库第三季度盘点审计摘要
一、账实不符品项共 14 项，主要集中在电子元器件类。
二、2 票货物超期存放，需向海关申请延期。
三、建议增加月度循环盘点。

（${amb('confidential.marking', '本文件仅限审计委员会成员阅读')}）`),

  rec('email_fr', f`Objet : ${mark('CONFIDENTIEL')} – Contrôle douanier de l'entrepôt sous douane (site de Roissy)

Bonjour à tous,

Suite au contrôle de la douane du 8 octobre, deux écarts ont été relevés sur le stock sous régime d'entrepôt douanier. Un plan d'action doit être remis sous 30 jours. ${amb('confidential.marking', 'Merci de ne pas diffuser ce message en dehors du comité de direction.')}

Peux-tu reformuler ce mail pour qu'il soit plus factuel ?`),

  rec('report_no', f`${mark('KONFIDENSIELT')}
Hendelsesrapport – dykkeoperasjon Troll B, 12.09.
Under metningsdykk ble det registrert tap av varmtvannsforsyning til dykker 2 i 4 minutter. Dykkeren ble trukket tilbake til klokken uten skade.

Kan du oversette sammendraget til engelsk for kunden?`),

  rec('tender', f`Header for every page of our tender response: "${mark('COMMERCIAL IN CONFIDENCE')}". Can you check the exec summary below reads well?

Executive summary: Southern Cross Subsea proposes a 21-day campaign of ROV and diver inspection of the Port Hedland wharf piles, including CP surveys and marine growth removal, with a single mobilisation from Dampier.`),

  rec('doc_es', f`${mark('CONFIDENCIAL')} — ${mark('USO INTERNO')}
Plan de cierre de farmacias 2025 (borrador)
Se propone el cierre de 6 farmacias con margen negativo en la zona centro y la reubicación del personal.

Resume esto en 3 puntos para la reunión con los farmacéuticos titulares.`),

  rec('doc_pt_br', f`Documento ${mark('CONFIDENCIAL')}
Programa de fidelidade — nova régua de pontos (proposta)
Clientes com receita de uso contínuo passam a ganhar pontos em dobro. Impacto estimado: R$ 1,2 mi/ano.

Pode revisar o texto e deixar mais claro? É pra diretoria.`),

  rec('doc_ru', f`Переведи, пожалуйста, на английский шапку и первый абзац:

${mark('Для служебного пользования')}
Схема магистральных водоводов и насосных станций, Северный район. Документ содержит сведения о критически важных объектах водоснабжения.`),

  rec('doc_he', f`${mark('סודי')} — ${mark('לשימוש פנימי בלבד')}
תוכנית החלפת מדי מים חכמים, שלב ב' (2025)
העלות המשוערת: 18 מיליון ש"ח. הספק הנבחר ייקבע במכרז.

תוכל לתרגם לאנגלית?`),

  rec('doc_ar', f`ترجم هذه الفقرة إلى الإنجليزية من فضلك:

${mark('سري للغاية')}
تقرير الاستجابة لحادثة اختراق نظام قراءة العدادات الذكية في شبكة المياه — تم عزل ثلاث بوابات اتصال، ولا يوجد دليل على تسريب بيانات المشتركين.`),

  rec('doc_th', f`ช่วยแปลหัวเรื่องและย่อหน้านี้เป็นภาษาอังกฤษหน่อยค่ะ

${mark('ลับ')} — ${amb('confidential.marking', 'เฉพาะคณะกรรมการ')}
รายงานการตรวจสอบคลังสินค้าทัณฑ์บน ไตรมาส 3: พบสินค้าไม่ตรงกับบัญชี 9 รายการ`),

  rec('email_it', f`Buongiorno,
in allegato il verbale della riunione del centro trapianti. ${mark('Il presente documento è strettamente riservato')} e destinato ai soli membri del comitato.

Cordiali saluti,
Dott. Ferraro
${phone('+39 348 291 7364')}

Mi correggi l'italiano? Vorrei che suonasse più professionale.`),

  rec('email_footer', f`Thanks Siobhán — the meter exchange on Harbour Rd is booked for Tuesday 08:00.

--
Metro Water · Customer Operations
${amb('confidential.marking', 'This email and any attachments are confidential and intended solely for the addressee.')} If you received it in error, please delete it and let us know.`),
];
