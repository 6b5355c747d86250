/** Held-out batch 47: classification markings in board papers, tenders, contracts and incident notes of the six organisations. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH47_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_de', f`${mark('VERTRAULICH')} – nur für den Vorstand

Traktandum 4: Sanierung Cabane du Vélan-Dessus
Kostenschätzung Dach und Abwasser: CHF 1,86 Mio. Die Gemeinde Bourg-Saint-Pierre beteiligt sich mit max. 15 %. Wir schlagen vor, die Saison 2026 auszusetzen.

Bitte fasse das in drei Sätzen für die Generalversammlung zusammen, ohne Zahlen.`),

  rec('doc_fr', f`Peux-tu traduire ce paragraphe en allemand ?

${mark('CONFIDENTIEL')} — Convention de gardiennage 2025
Le gardien perçoit une rémunération forfaitaire de 4 % du chiffre d'affaires des nuitées, plafonnée à CHF 38 000 par saison. Les conditions ne doivent pas être communiquées aux autres gardiens.`),

  rec('email', f`Subject: ${mark('CONFIDENTIAL')} – tender for Nordic vaccine distribution 2025–2027

Team,

Our bid price for the Danish regional lot is DKK 14.2m per year, 6% under last cycle. Do not discuss with the subcontracted hauliers until the award.

Thanks,
Henrik

→ help me write a one-paragraph summary for the CEO`),

  rec('sop', f`Rewrite this SOP header so it fits on one line in our QMS template:

Document: SOP-CC-041 "Handling of temperature excursions during customs hold"
Classification: ${mark('Company Confidential')}
Version 3.2 · Owner: Quality Assurance Venlo · GDP reference 9.2`),

  rec('doc_nl', f`${mark('Strikt vertrouwelijk')}

Notitie aan de directie: mogelijke overname van de koelopslag in Born. Vraagprijs € 7,4 mln; due diligence loopt tot 15 januari.

Kun je hier een neutrale agenda-omschrijving van maken voor de openbare vergadering, zonder het onderwerp te verraden?`),

  rec('contract', f`Podcast network – talent agreement draft. Footer on every page: "Loudhouse Audio · ${mark('Confidential – Do Not Distribute')} · Draft v4".

Please check clause 7 (exclusivity) for anything unusual: Host may not appear as guest on any competing network podcast with more than 10k monthly downloads during the Term.`),

  rec('deck_es', f`${mark('CONFIDENCIAL')} – Plan de ventas publicitarias 2025
Objetivo: 2,1 M€ en ingresos (+28 %), con un CPM medio de 24 € en los programas de true crime.

Conviérteme esto en tres diapositivas en inglés para la reunión con inversores.`),

  rec('email_ca', f`Assumpte: Renovació contracte presentadora

${mark('Aquest missatge és confidencial')} i només per a la direcció. Proposem pujar el percentatge de la Núria al 38 % si renova per dos anys.

→ Pots fer-ne una versió més curta?`),

  rec('report_nl', f`Rubricering: ${mark('Intern – vertrouwelijk')}

Rapportage onderhoud Q3: 412 meldingen schimmel/vocht, waarvan 96 in het complex Plantsoenstraat. Aanbesteding renovatie wordt voorbereid.

Maak hier een korte tekst van voor de huurdersvereniging (zonder de aanbesteding te noemen).`),

  rec('incident', f`${mark('TLP:AMBER')}

Incident note – pilot dispatch system, 06 Nov: unauthorised login attempts on the roster portal from a hosting provider, 1,200 attempts in 20 min. No successful login. MFA enforced since 22:10.

Can you turn this into a short notice to the port authority's IT team?`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Έκθεση συμβάντος: επαφή ρυμουλκού με το δεξαμενόπλοιο "Aegean Star" κατά την πρόσδεση, 02/11. Καμία διαρροή. Ο πλοηγός υπηρεσίας έχει ζητήσει εσωτερική έρευνα.

Μετέφρασέ το στα αγγλικά για τον ασφαλιστή.`),

  rec('doc_sv', f`Översätt till engelska:

${mark('SEKRETESS')} enligt avtal med Sjöfartsverket. Lotsningsstatistik för Öresund 2024, uppdelad per rederi, får inte spridas utanför arbetsgruppen.`),

  rec('slide', f`Speaker notes for the investor update (cover slide says "Zipa Bikes — ${mark('PRIVATE & CONFIDENTIAL')}"):
We lost 18% of the Bangkok fleet to theft in Q3; insurance covers 60%. Plan: GPS tamper alerts and night geofences.`),

  rec('doc_ko', f`${mark('대외비')}
2025년 서울 사업 계획: 전기자전거 1,200대 추가 배치, 강남·마포 우선. 시 보조금 신청 결과는 12월 발표.

이 내용을 영어 이메일로 요약해 주세요.`),

  rec('doc_it', f`Per favore riscrivi in modo più formale:

${mark('RISERVATO')} – Verbale riunione soci cooperativa rifugi
Si propone l'aumento delle tariffe di pernottamento del 9 % per la stagione 2025 e la chiusura anticipata del Rifugio Sasso Nero il 15 settembre.`),

  rec('email', f`Hi Sam, quick one — the tender portal asks whether our proposal documents should be marked "${amb('confidential.marking', 'Commercial in Confidence')}". Is that a standard phrase in EU public procurement, or just an Australian thing?`, 'marking quoted in a question about wording'),
];
