/**
 * Held-out batch 126: classification markings in underwriting memos, claims reviews, council
 * papers, product plans and incident reports, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH126_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en_uk', f`${mark('STRICTLY CONFIDENTIAL')} – UNDERWRITING COMMITTEE ONLY

Re: Harwell Logistics – cyber renewal 2025
The insured suffered a ransomware event in Oct 2024 (unpaid, restored from immutable backups in 6 days). Incumbent market proposes +38% rate and a 72h waiting period on BI. We recommend placing the primary £5m with a new lead and keeping the incumbent on the excess layer.

${mark('STRICTLY CONFIDENTIAL')}

Turn this into three bullet points for the client call, no numbers.`),

  rec('advisory_en', f`${mark('TLP:AMBER+STRICT')}
Kestrel Cyber – Claims intelligence bulletin 07/2025
Three insureds in the dental-practice segment reported the same initial access vector (exposed RDP on a practice-management server) in June. Share only within your organisation.

Help me turn this into a questionnaire item for our SME proposal form, without referencing the incidents.`),

  rec('email_de', f`Betreff: ${mark('VERTRAULICH')} – Schadenquote Sterbegeldtarif ST-60

Liebe Kolleginnen und Kollegen,
die Schadenquote im Tarif ST-60 liegt für 2024 bei 118 %. Der Vorstand prüft eine Beitragsanpassung um 9 % zum 1.7. Bitte bis zur Entscheidung keine Aussagen gegenüber Vermittlern.

Diese E-Mail ist ${mark('streng vertraulich')} und nur für den Verteiler bestimmt.

Kannst du das in eine kurze Notiz für den Aufsichtsrat umformulieren?`),

  rec('note_fr', f`${mark('CONFIDENTIEL')} – ${mark('Diffusion restreinte')}
Comité produits – Mutuelle Ultima
Projet « Sérénité+ » : lancement d'une garantie obsèques sans questionnaire médical pour les 50–80 ans, capital plafonné à 5 000 €, délai de carence 12 mois.

Peux-tu en faire un résumé d'une demi-page pour le conseil d'administration ?`),

  rec('slide_es', f`Notas del orador para la diapositiva 4 (pie de página en todas: "Leafstack · ${mark('CONFIDENCIAL')} · No distribuir"):
Explicar el paso de torres de 6 a 9 niveles y por qué el consumo por kg de lechuga baja un 14 %. Máximo 1 minuto.`),

  rec('doc_it', f`Traduci in inglese solo il titolo e il primo paragrafo:

${mark('RISERVATO')} – uso interno
Maison Aurèle Italia – Politica di sostituzione in garanzia 2025
In caso di ritardo superiore a 60 giorni nella revisione, il cliente può richiedere un orologio di cortesia di pari fascia.`),

  rec('email_pt_br', f`Assunto: [${mark('CONFIDENCIAL')}] Ajuste de comissão – carteira cyber PME

Pessoal, a partir de julho a comissão das seguradoras parceiras cai de 17,5% para 15% na carteira PME. Não comentar com corretores parceiros até o comunicado oficial.

Pode me ajudar a escrever o comunicado oficial de forma positiva?`),

  rec('ja_shagai', f`以下の資料を要約してください。

【${mark('社外秘')}】2025年度 栽培ライン増設計画（大阪第2工場）
・9段タワーを48基追加、稼働開始は10月予定
・初期投資 3.2億円、回収期間 4.5年

表紙と各ページのフッターに「${mark('社外秘')}」と入っています。`),

  rec('doc_zh', f`帮我把下面这段改成给员工的通知，语气温和一点：

${mark('机密 · 内部资料 严禁外传')}
关于上海门店售后维修外包的决定：自2025年9月起，非保修期内的机芯维修交由第三方合作工坊处理，门店仅负责收件和交付。`),

  rec('memo_ko', f`${mark('대외비')}
사이버보험 인수 가이드라인 개정안 (2025년 3분기)
- 연매출 500억 원 이상 제조업: 오프라인 백업 증빙 필수
- MFA 미적용 시 랜섬웨어 담보 제외

이 내용을 영업팀용 한 페이지 요약으로 만들어 주세요.`),

  rec('doc_ru', f`Переведи на английский шапку и первый абзац:

${mark('Для служебного пользования')}
Отдел жилищных субсидий городской администрации
Проект решения о повышении предельной стоимости жилищно-коммунальных услуг на 6 % с 1 июля.`),

  rec('doc_no', f`Kan du gjøre dette om til et kort sammendrag for bystyret?

${mark('Unntatt offentlighet')} jf. offl. § 14
Notat: Bostøtte – forslag til kommunal tilleggsordning 2026
Anslått kostnad: 14,2 mill. kr. Målgruppe: husstander med inntekt under 1,5 G.`),

  rec('report_tr', f`${mark('GİZLİ')} – Yönetim Kurulu Sunumu
Bisiklet parkı 2024 sezonu kaza istatistikleri: 312 ilk yardım müdahalesi, 41 hastaneye sevk. Siyah pistlerde kaza oranı kırmızıya göre 2,3 kat.

Bu özeti İngilizceye çevirir misin? Başlıktaki "${mark('GİZLİ')}" ibaresini de koru.`),

  rec('email_he', f`נושא: ${mark('סודי')} – הצעת חידוש פוליסת סייבר ללקוח גליל סופט

שלום רב,
מצורפת הצעת החידוש. הפרמיה עולה ב-22% בעקבות אירוע הכופרה בשנה שעברה.

תעזור לי לנסח את זה בצורה רכה יותר ללקוח?`),

  rec('doc_pl', f`${mark('POUFNE')}
Raport z audytu wypożyczalni – sezon 2025
Stwierdzono 7 rowerów z przeterminowanym serwisem amortyzatora. Rekomendacja: wycofać do czasu przeglądu.

Napisz na tej podstawie krótkie polecenie dla mechaników.`),

  rec('footer_el', f`Μετάφρασε στα αγγλικά το παρακάτω υπόμνημα:

Εσωτερικό υπόμνημα – Αμοιβαίο Ταμείο Ταφής Ultima
Προτείνεται η κατάργηση του ανώτατου ορίου ηλικίας εισόδου από 1/1/2026.

${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')} – Μόνο για το Διοικητικό Συμβούλιο`),

  rec('disclaimer_en', f`Please shorten my email; the client says it's too long.

Hi Marcus, following up on the cyber proposal form: we still need the completed ransomware supplement and the latest pen-test summary before we can approach markets. Could you send them by Friday?

Best, Priya

${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')} Kestrel Cyber Risk Brokers Ltd is authorised and regulated by the Financial Conduct Authority.`),
];
