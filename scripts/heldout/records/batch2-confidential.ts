/** Held-out batch 2: classification markings in documents, e-mails and slides, and look-alikes. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH2_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('STRICTLY CONFIDENTIAL')} – NOT FOR DISTRIBUTION

To: Executive Committee
Re: Project Tern – site consolidation

We propose closing the Leeds packing site by Q3 2025 and moving volume to Doncaster. Headcount impact: 64 roles, of which ~40 redeployable. Works council consultation to start 13 January.

Turn this into a 5-slide outline.`),

  rec('email', f`Subject: ${mark('PRIVILEGED & CONFIDENTIAL – ATTORNEY-CLIENT COMMUNICATION')}

Sarah,

Following our call: the supplier's termination notice arrived two days late under clause 14.2, so in our view it is not effective before 31 March. I would not respond in writing until we have reviewed the correspondence from August.

Kind regards,
Tom Whitfield
Calder & Finch LLP

Can you summarise the legal position in plain English?`, 'one marking line, one label (as tests/corpus labels "PRIVILEGED AND CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION")'),

  rec('advisory', f`${mark('TLP:RED')} — for named recipients only

Indicators from the 27 Nov intrusion at a logistics peer: the actor used a signed RMM binary and exfiltrated via a rented VPS. Do not share beyond the recipients of this message.

Help me write detection ideas for our SIEM based on this (generic, no indicators).`),

  rec('doc_it', f`Traduci in inglese il titolo e il primo paragrafo:

${mark('RISERVATO')} – Solo per uso interno
Piano commerciale 2025 – Brightwater Italia
Obiettivo: +12% sul canale GDO, ingresso in due nuove catene entro giugno.`),

  rec('doc_nl', f`${mark('VERTROUWELIJK')}

Notulen MT-overleg 21 november
1. Reorganisatie klantenservice: voorstel gaat naar de OR in januari.
2. Budget 2025: marketing -8%, IT +5%.

Maak hier een korte samenvatting van voor de teamleiders, zonder de budgetcijfers.`),

  rec('doc_pl', f`Przetłumacz na angielski nagłówek i pierwszy akapit:

${mark('POUFNE')} – wyłącznie do użytku wewnętrznego
Strategia cenowa na 2025 r. dla segmentu B2B. Proponujemy podwyżkę cen katalogowych o 6% od 1 marca.`),

  rec('doc_sv', f`${mark('KONFIDENTIELLT')}
Styrelsematerial – förvärv av Hallberg Rederi AB
Indikativt värde: 180–210 MSEK.

Sammanfatta riskerna i tre punkter på engelska.`),

  rec('slide', f`Speaker notes for slide 7 (footer on every slide: "Oakmere Health · ${mark('Internal Only')} · v3"):
Explain the new triage pathway and the 18-week target. Keep it under 90 seconds.`),

  rec('report', f`Classification: ${mark('Restricted')}
Quarterly vendor risk review – Q3 2024

Three critical suppliers have no tested exit plan. Recommend a tabletop exercise per supplier in Q1.

Rewrite this paragraph for the audit committee, more formal.`),

  rec('email', f`Hi both,

Attaching the draft term sheet. ${mark('This document is strictly confidential')} and is shared for the purpose of the Series B discussions only.

Best,
Nadia

→ can you make this intro shorter and friendlier?`),

  rec('gov', f`Formatting question for our proposal: the customer wants every page headed "${amb('confidential.marking', 'OFFICIAL-SENSITIVE')}" in the UK government style. How do I add that as a header in Word on every page except the cover?`, 'a marking quoted in a question about formatting, not marking this text: ambiguous'),

  rec('email_footer', f`Thanks Jonas, I'll send the signed copy tomorrow.

--
${amb('confidential.marking', 'The information in this e-mail is confidential and may be legally privileged. It is intended solely for the addressee.')} If you have received it in error, please notify the sender and delete it.`),

  rec('chat', f`We keep our recipes as a trade secret and the investor asked whether that's "confidential information" under the NDA. Is a recipe confidential information by default, or does it have to be marked?`),

  rec('chat', f`Game night idea: a "Secret Santa" where everyone brings a book. Write a fun invite, keep the budget at 20 €.`),

  rec('chat', f`What's the difference between "Confidential" and "Highly confidential" sensitivity labels in Microsoft Purview, and which one encrypts by default?`),
];
