/** Held-out batch 33: classification markings in memos, board papers, audit reports and e-mails, in several languages. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH33_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('STRICTLY CONFIDENTIAL')} — BOARD ONLY

Lumora Cinemas: proposed closure of the Bradford and Wakefield sites
Both sites have run at under 18% occupancy for 14 months. Lease breaks fall in June 2025. Staff affected: 37. Consultation to begin after the Q4 trading update.

Can you turn this into a 6-slide outline for Thursday?`),

  rec('email', f`Subject: ${mark('COMMERCIAL IN CONFIDENCE')} – distributor terms for the summer slate

Hi Ravi,

Attached the revised film rental terms: 55/45 for the first two weeks, sliding to 40% from week 5, with a house nut of £1,150 per screen per week. Please don't forward outside the programming team.

Ravi → can you summarise the difference to last year's terms in three bullets?`),

  rec('report', f`Rewrite the executive summary more concisely:

Classification: ${mark('Internal Use Only')}
Buyer social audit – corrective action status, Gazipur Unit 2
Of 23 non-conformities, 17 are closed. Open: fire-exit obstruction in Finishing (re-trained, awaiting verification), overtime >60 h/week in peak (policy change pending), two minor housekeeping items.`),

  rec('doc_bn', f`${mark('গোপনীয়')} — শুধুমাত্র ব্যবস্থাপনা পরিষদের জন্য
২০২৫ সালের মজুরি সমন্বয় প্রস্তাব: সেলাই অপারেটর গ্রেড ৩–৪ এর জন্য ৯% বৃদ্ধি।

এই অনুচ্ছেদটি ইংরেজিতে অনুবাদ করে দিন, বায়ারের সাথে শেয়ার করা হবে না।`),

  rec('regulatory', f`Please tighten the wording of this cover letter paragraph:

${mark('CONFIDENTIAL – CONTAINS TRADE SECRETS')}
Technical Documentation, Annex II/III MDR — Corvane ECG Patch v3 (Class IIa)
Section 6.1 summarises the pre-clinical bench testing of the electrode adhesive (ISO 10993-10) and the arrhythmia detection algorithm performance on the internal test database.`),

  rec('doc_de', f`${mark('STRENG VERTRAULICH')}
Vorstandsvorlage – Finanzierungsrunde Serie B (Corvane Medical GmbH)
Pre-Money-Bewertung 48 Mio. €, Lead-Investor: noch offen; Term Sheet bis 15.01.

Fasse das bitte in drei Sätzen auf Englisch für den US-Beirat zusammen.`),

  rec('email', f`Hi team,

Before the notified body call: ${mark('this memo is confidential')} and must not be uploaded to the shared drive. The auditor raised a major NC on our post-market clinical follow-up plan; we have 30 days to respond.

Can you help me draft the CAPA plan headings?`),

  rec('doc_nl_be', f`${mark('VERTROUWELIJK')} – niet verspreiden
Huurdersanalyse Kantoorgebouw Meir 84, Antwerpen
Twee huurders (samen 31% van de huurinkomsten) hebben aangegeven hun break-optie in 2026 te overwegen.

Maak hiervan een korte Engelstalige samenvatting voor het investeringscomité.`),

  rec('doc_pt', f`Traduz para inglês o cabeçalho e o primeiro parágrafo:

${mark('CONFIDENCIAL')}
Avaliação de ativos – Parque Logístico de Sines, Fase 2
A taxa de capitalização proposta é de 5,75%, com uma ocupação estabilizada de 94% prevista para 2027.`),

  rec('advisory', f`${mark('TLP:AMBER')}

Sector alert (rail freight): phishing campaign impersonating customs brokers, lures with fake "T1 discrepancy" PDFs. Observed against two European operators in November.

Write a short awareness note for our yard and customs staff based on this, no technical indicators.`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Σχέδιο αναδιάρθρωσης βαρδιών – Σταθμός Θριασίου
Προτείνεται μετάβαση σε 12ωρες βάρδιες από τον Μάρτιο 2025.

Μπορείς να το μεταφράσεις στα αγγλικά για τη διοίκηση στη Βιέννη;`),

  rec('doc_ko', f`${mark('대외비')}
바이오뱅크 공동연구 협약(안) – 검체 제공 범위 및 비용 분담

위 문서의 핵심 조항을 영어로 요약해 주세요. 특히 2차 활용 제한 조항.`),

  rec('slide', f`Speaker notes for slide 4 — footer on every slide reads "St Aldric Research Data Office · ${mark('OFFICIAL-SENSITIVE')} · v2":
Explain how the trusted research environment approves exports, in under a minute, for the new PhD students.`),

  rec('email_th', f`${mark('ลับ')} – เฉพาะผู้บริหาร
แผนเปิดสาขาใหม่ Lumora Bangkok 2 แห่งในปี 2026 งบลงทุน 420 ล้านบาท

ช่วยสรุปเป็นภาษาอังกฤษ 3 ข้อสำหรับส่งให้สำนักงานใหญ่`),

  rec('email_footer', f`Thanks Jonas, signed DSA attached.

--
Research Data Office, St Aldric University Hospital
${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')} If you have received it in error, please notify the sender and delete it.`),

  rec('chat', f`Our ethics committee asked how we protect "confidentiality of participants" in the biobank. Can you give me a plain-English paragraph on pseudonymisation vs anonymisation for the lay summary?`),
];
