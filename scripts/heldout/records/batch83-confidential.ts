/**
 * Held-out batch 83: classification markings on harbour security plans, auction estimates, board
 * papers, insurer tenders and crew negotiations, in many languages, and a few look-alikes. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH83_CONFIDENTIAL: DraftRecord[] = [
  rec('doc_en', f`${mark('RESTRICTED – SECURITY SENSITIVE')}
Port Facility Security Plan – Annex C (access control), revision 7

Changes: the north gate moves to card + PIN from 6 January; contractor passes limited to 12 hours; the ferry terminal restricted area extends to berth 4 during cruise calls.

Summarise the changes in plain English for the gate staff briefing, without the camera positions.`),

  rec('advisory', f`${mark('TLP:AMBER')}
Two harbour authorities in the region received spoofed AIS positions near the approach channel on 27–28 Nov. Share within your organisation only.

Draft a short internal note telling the VTS operators what to watch for.`),

  rec('email_en', f`Subject: ${mark('CONFIDENTIAL')} – estimate for the Halloran estate, sale of 5 March

James,

Our working estimate for the Turner watercolour is £180,000–£240,000, with a guarantee from a third party at £160,000. Please do not discuss the guarantee with the family's advisers yet.

Can you rewrite this as a shorter note to the head of department?`),

  rec('doc_de', f`${mark('STRENG VERTRAULICH')} – nur für den Aufsichtsrat

Übernahme des Heimdialyse-Geschäfts der NordMed Service GmbH
Kaufpreis indikativ: 14,5–16 Mio. €, Earn-out abhängig von der Zahl der Heimpatienten 2025.

Bitte fasse die Risiken in fünf Stichpunkten zusammen.`),

  rec('doc_fr', f`Peux-tu traduire en anglais le titre et le premier paragraphe ?

${mark('DIFFUSION RESTREINTE')}
Négociation de la convention collective du personnel navigant commercial – position de la direction
Proposition : passage à 12 h de repos minimum en base, prime de nuit portée à 18 €.`),

  rec('doc_es', f`${mark('CONFIDENCIAL')} – Uso interno
Licitación de la aseguradora regional para el alquiler de equipos de diálisis domiciliaria 2025–2027
Nuestro precio objetivo: 38,40 € por día y paciente (margen 11 %).

¿Puedes redactar un resumen ejecutivo de media página?`),

  rec('doc_it', f`${mark('RISERVATO')}
Verbale del comitato prezzi – asta di arte moderna del 14 febbraio
Riserva concordata per il lotto 22: 95.000 €; il mandante accetta di scendere a 85.000 € solo dopo consultazione.

Traduci in inglese per il collega di Londra.`),

  rec('doc_ja', f`${mark('社外秘')}
2025年度 地域航空会社 運航乗務員採用計画（案）
採用予定：副操縦士 24名、訓練生 12名。初任給は据え置き。

この内容を英語で3行にまとめてください。`),

  rec('doc_ko', f`${mark('대외비')}
농업용 드론 스타트업 시리즈 A 투자 조건 요약
투자 전 기업가치 180억 원, 청산 우선권 1배.

영어로 번역해 주세요.`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Σχέδιο ανακατανομής θέσεων πρόσδεσης για την τουριστική περίοδο 2025 – Λιμεναρχείο
Τα κρουαζιερόπλοια άνω των 300 μ. μεταφέρονται στην προβλήτα Β.

Γράψε μια σύντομη περίληψη για τους πράκτορες, χωρίς τις ημερομηνίες.`),

  rec('email_nl', f`Beste collega's,

In de bijlage de conceptlijst met woningen die in 2025 worden gesloopt. ${mark('Deze informatie is strikt vertrouwelijk')} en mag niet met huurders of de pers worden gedeeld tot het college heeft besloten.

Groet,
Afdeling Wonen

Kun je dit korter maken?`),

  rec('doc_tr', f`${mark('GİZLİ')}
Sadakat programı ortaklık görüşmesi – otel zinciri ile mil başına fiyat teklifi: 0,011 €.

Bunu İngilizce bir e-posta taslağına çevirir misin?`),

  rec('chat_sv', f`Vad betyder egentligen "${amb('confidential.marking', 'HEMLIG')}" jämfört med "begränsat hemlig" i svensk säkerhetsskydd? Vi ska märka hamnens skyddsplan och vet inte vilken nivå som gäller.`, 'a marking quoted in a question about marking levels, not marking this text: ambiguous'),

  rec('email_footer_en', f`Thanks Priya, the revised pickup slots for the dialysis consumables are fine for us.

Best,
Tom
--
${amb('confidential.marking', 'This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.')} If you have received this email in error please notify the sender.

Please make my reply a bit friendlier.`),

  rec('chat_en', f`We need a confidentiality clause for the drone-imagery data-sharing agreement with the cooperative. Farmers want their yield maps kept private. Can you draft one paragraph?`),
];
