/** Held-out batch 13: classification markings in document headers, mail subjects, footers, banners and inline statements. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH13_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('CONFIDENTIAL')}

MEMORANDUM
To: Leadership Team
From: CFO
Date: 14 March 2025
Re: FY26 cost programme

We need to take $4.2M out of the run-rate by Q2 FY26. Proposed levers: consolidate the two Ohio warehouses (~$1.6M), renegotiate carrier contracts (~$1.1M), freeze backfills in G&A (~$0.9M), and cut external consultants (~$0.6M).

Can you turn this into 4 bullet points for a board slide?`),

  rec('email', f`Subject: ${mark('Confidential')} – Org changes in Customer Success

Hi all,

Before the announcement on Monday: the EMEA and APAC CS teams will merge under Rebecca. Two team lead roles will be removed; both people have been spoken to. Please do not discuss this with your teams until after the all-hands.

Thanks,
Mark

-> rewrite this so it sounds less cold`),

  rec('slides', f`Here are my speaker notes, can you shorten them to about 1 minute? The footer on the slides says "Marrowfield Software – ${mark('Internal Use Only')} – Do not forward".

Slide 4: Our churn went from 6.1% to 4.8% after we launched the onboarding programme. Most of the gain was in the SMB segment.`),

  rec('doc_de', f`Übersetze bitte den folgenden Abschnitt ins Englische:

${mark('VERTRAULICH – Nur für den internen Gebrauch')}
Preisanpassung 2025: Ab dem 1. Juli erhöhen wir die Listenpreise im Segment Gewerbekunden um durchschnittlich 4,5 %. Bestandskunden mit Rahmenvertrag erhalten eine Übergangsfrist von drei Monaten.`),

  rec('doc_fr', f`${mark('CONFIDENTIEL')}
Compte rendu du comité de direction – 11 mars 2025

1. Projet d'acquisition « Héron » : la due diligence financière est terminée, aucune anomalie majeure.
2. Recrutement : gel des embauches au siège jusqu'en juin.

Peux-tu résumer ce compte rendu en trois phrases ?`),

  rec('doc_es', f`Resume este informe en 5 puntos para el comité:

${mark('CONFIDENCIAL')} — Informe de auditoría interna Q1 2025
Se detectaron 14 pagos a proveedores sin orden de compra aprobada, por un total de 186.400 €. Recomendamos bloquear el alta de proveedores sin doble validación.`),

  rec('slack', f`hey, quick heads-up before tomorrow's meeting — ${mark('this is strictly confidential')} — we're going to announce the Lisbon office closure on the 28th. can you help me write talking points for my 1:1s that don't give away the date?`),

  rec('legal', f`${mark('PRIVILEGED & CONFIDENTIAL')}
${mark('ATTORNEY-CLIENT COMMUNICATION')}

Jessica,

Regarding the former employee's claim: based on the documents we reviewed, the termination was consistent with the handbook, but the missing written warning from October is a weakness. I'd recommend we explore settlement below $40k.

Please explain this to me like I'm not a lawyer.`, 'two marking lines, labelled separately'),

  rec('jira', f`SEC-2291: Review of vendor pen test findings
Labels: security, ${amb('confidential.marking', 'confidential')}
Description: ${mark('Confidential - do not share outside the security team')}. The external pen test found 2 high findings in the customer portal (IDOR on /api/documents, missing rate limit on password reset). Fix deadline 30 days.

Write acceptance criteria for the two fixes.`, 'a Jira tag "confidential" is a weaker signal than the statement in the description: ambiguous'),

  rec('pdf_paste', f`Summarise the key terms from this contract excerpt:

8. TERM AND TERMINATION
8.1 This Agreement shall commence on the Effective Date and continue for an initial term of thirty-six (36) months.
8.2 Either party may terminate for convenience upon ninety (90) days' written notice.

Page 7 of 22                    Quillon Retail GmbH – ${mark('Company Confidential')}`),

  rec('doc_it', f`${mark('Documento riservato')} – solo per il Consiglio di Amministrazione

Budget 2025-2026: si prevede un investimento di 3,2 milioni di euro nel nuovo magazzino di Piacenza.

Puoi tradurlo in inglese mantenendo il tono formale?`),

  rec('doc_nl', f`Kun je dit samenvatten in twee zinnen?

${mark('VERTROUWELIJK')} – Concept
Voorstel herindeling regio's: de regio's Noord en Oost worden samengevoegd per 1 september. Er vervallen drie managementfuncties.`),

  rec('doc_pt', f`${mark('CONFIDENCIAL')} – Uso interno
Plano de expansão 2025: abertura de 3 novas lojas em Porto, Braga e Coimbra até dezembro, investimento estimado de 1,8 M€.

Pode transformar isto num e-mail curto para os gerentes regionais?`),

  rec('banner', f`[${mark('CONFIDENTIAL')}] DRAFT v3 – Q2 pricing proposal

Enterprise tier: from $48 to $54 per seat/month. Volume discount starts at 500 seats instead of 250.

Can you list the risks of this change for existing customers?`),

  rec('email_footer', f`Thanks Priya, see you Thursday.

Best regards,
Liam Carter
Tidewell Insurance plc

${amb('confidential.marking', 'This email and any attachments are confidential and intended solely for the use of the individual to whom it is addressed.')} If you are not the intended recipient, please delete it and notify the sender.

→ translate just my two lines into German please`, 'standard mail disclaimer: ambiguous, as in batch 2'),

  rec('doc', f`Classification: ${mark('Internal – Restricted')}
Incident report INC-4412 (draft)

On 12 March a misconfigured sharing link exposed a folder of marketing assets to anyone with the link for ~6 hours. No customer data was in the folder.

Please make this sound more formal for the risk committee.`),
];
