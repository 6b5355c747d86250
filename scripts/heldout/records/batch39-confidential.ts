/**
 * Held-out batch 39: classification markings (headers, subjects, footers, inline statements) in
 * memos, tenders, minutes and advisories of the batch's workplaces, in several languages, and
 * marking look-alikes. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH39_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_af', f`${mark('STRENG VERTROULIK')}

Aan: Direksie, Bergrivier Landgoed
Van: Bemarking & Uitvoer
Onderwerp: Pryse vir die 2025-vrystelling

Ons stel voor dat die Reserve Pinotage met 14% styg na R485 per bottel, en dat die uitvoerprys na Duitsland op EUR 11,20 (FOB) bly. Die Deense invoerder kry 'n volumekorting van 6% bo 2 400 bottels.

Maak asseblief 'n kort opsomming van hierdie memo in Engels vir die aandeelhouersvergadering.`),

  rec('email_en_nz', f`Subject: ${mark('PRIVILEGED & CONFIDENTIAL – LEGAL PROFESSIONAL PRIVILEGE')}

Kia ora Anahera,

Our advice on the s 61 request: the chance of success is moderate. The decline letter does not engage with the new evidence about the client's brother, and the risk assessment is now two years old. I recommend we file before the tribunal deadline on 20 December rather than wait for the file from INZ.

Ngā mihi,
Hemi

Can you turn this into three bullet points for the supervising lawyer?`),

  rec('letter_en_nz', f`Can you help me summarise this for the client in plain English (she reads English at a basic level)?

${mark('IN-CONFIDENCE')}
Immigration New Zealand – Refugee and Protection Unit
Re: Family reunification application – outcome pending
We have received the additional documents. A decision is expected within 12 weeks. Please do not submit further identity documents unless requested.`),

  rec('doc_de', f`${mark('STRENG VERTRAULICH')} – nur für den Lenkungskreis

Projekt "Nordlicht": Angebot 20-MW-Elektrolyseur für den Chemiepark Brunsbüttel
Zielpreis: 1.180 €/kW, Marge 14 %. Wettbewerber bieten voraussichtlich unter 1.100 €/kW an.
Risiko: Lieferzeit Iridium-Katalysator 9 Monate.

Übersetze bitte die ersten drei Zeilen ins Englische, der Rest bleibt deutsch.`),

  rec('advisory', f`${mark('TLP:AMBER')}
Advisory H2W-PSIRT-2024-07 – stack controller firmware ≤ 3.8.1

The Modbus/TCP service of the stack controller accepts write requests to holding registers 400–480 without authentication when the maintenance flag is set. Affected customers will be contacted individually. Do not forward outside your organisation.

Help me write the customer-facing notification (no technical details beyond the firmware version and the fix).`),

  rec('tender_en_wales', f`Footer on every page of our bid: "LinenWorks Cymru – ${mark('Commercial in Confidence')} – Tender ref. NWSSP-LIN-2025-03".

Section 4.2 (Decontamination): All theatre textiles are processed to HTM 01-04 with thermal disinfection at 71 °C for 3 minutes or 65 °C for 10 minutes. Please make this section clearer and shorter.`),

  rec('minutes_da', f`${mark('FORTROLIGT')} – kun til bestyrelsen

Referat, bestyrelsesmøde 28. november
1. Opkøb af vaskeriet i Næstved: bud på 42 mio. kr. godkendt, due diligence afsluttes i januar.
2. Ny kontrakt med Region Sjælland: forventet omsætning +18 %.
3. Lukning af linje 2 i Køge fra 1. april.

Lav et kort resumé til direktionen på engelsk.`),

  rec('memo_mt', f`Ittraduċi din il-memo għall-Ingliż:

${mark('KUNFIDENZJALI')}
Lil: Il-Maniġment, LinenWorks Malta
Suġġett: Tnaqqis tax-xift tal-lejl
Mill-1 ta' Frar, ix-xift tal-lejl fil-Marsa se jitnaqqas minn 14 għal 9 ħaddiema. Il-ħaddiema affettwati se jiġu offruti xift ta' filgħodu.`),

  rec('report_tr', f`Aşağıdaki raporun başlığını ve ilk paragrafını İngilizceye çevirir misin?

${mark('GİZLİ')} – Şirket İçi Kullanım
Elektrolizör Membran Tedarik Riski Değerlendirmesi – 2025
Tek tedarikçiye bağımlılık nedeniyle 2025 ikinci yarısında üretimde 6–8 haftalık gecikme riski bulunmaktadır.`),

  rec('email_en_sg', f`Hi all, pls see below for the sponsor deck notes. ${mark('This document is confidential')} and only for the organising committee, do not share with casters or teams ah.

- Title sponsor renewal: SGD 180k, 2 years
- Energy drink category still open
- Prize pool increase to SGD 60k depends on the renewal

Can help me make this into 3 slides?`),

  rec('email_en_bb', f`Subject: Editorial board – advertising rates 2025

${mark('CONFIDENTIAL – NOT FOR PUBLICATION')}

Colleagues, the board has agreed to raise classified word rates by 8% and family notices by 5% from 1 February. The competitor's rates are attached for reference. Please keep this within the management team until the rate card is printed.

Make this announcement friendlier so I can share it with the desk staff once it's public.`),

  rec('doc_de', f`Kannst du den Absatz sprachlich glätten?

Dieses Protokoll ist ${mark('streng vertraulich')} und nur für die Mitglieder des Betriebsrats bestimmt. Die Geschäftsführung plant, die Fertigung der Bipolarplatten ab Q3 an einen Zulieferer in Tschechien zu vergeben; betroffen wären etwa 35 Arbeitsplätze in Stade.`),

  rec('slide', f`Speaker notes for slide 4 — footer on each slide says "ArenaClash · ${mark('Internal Only')} · Draft v2". Explain the new anti-cheat escalation flow in 60 seconds: automated flag → referee review → 24h suspension → appeal.`),

  rec('email', f`Thanks Siân, the signed copy will follow tomorrow.

--
${amb('confidential.marking', 'This e-mail and any attachments are confidential and may be legally privileged.')} If you are not the intended recipient, please delete it and notify the sender. Cardigan Courier Ltd, registered in Wales no. 04718236.`),

  rec('chat', f`Our bid template puts "${amb('confidential.marking', 'COMMERCIAL IN CONFIDENCE')}" in the header, but the health board says Welsh public bodies can still release it under FOI. Is the marking worth anything legally or is it just decoration?`, 'a marking quoted in a question about the marking, not marking this text: ambiguous'),
];
