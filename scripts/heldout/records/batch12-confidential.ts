/** Held-out batch 12 (representative mix, fourth sample): classification markings in memos, mails, slides and banners. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH12_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('CONFIDENTIAL')}

MEMO
To: Leadership Team
From: CFO
Date: 22 November 2024
Re: FY25 cost programme

We need to take £2.4m out of the run-rate by Q2. Proposed levers: consolidate the two Midlands depots, renegotiate the fleet lease, and pause backfills for non-customer-facing roles until April.

turn this into 3 bullet points for the all-hands, softer tone, no numbers`),

  rec('email', f`Subject: ${mark('Confidential')}: proposed changes to the sales commission plan

Hi all,

Ahead of Thursday, please review the attached draft. Main changes: quarterly instead of monthly accelerators, and a cap at 200% of target.

Thanks,
Helen

can you make this email clearer? people misread it last time`),

  rec('doc_de', f`${mark('Vertraulich – nur für den internen Gebrauch')}

Protokoll Geschäftsführungssitzung vom 19.11.2024
1. Standort Bremen: Verlagerung der Kommissionierung nach Hamburg bis Q3 2025
2. Preiserhöhung für Bestandskunden um 4,5 % zum 1. März

Bitte fasse das Protokoll in drei Sätzen für die Abteilungsleiter zusammen.`),

  rec('doc_fr', f`Traduis en anglais l'en-tête et le premier paragraphe :

${mark('CONFIDENTIEL – Ne pas diffuser')}
Projet Orion – rapprochement avec un distributeur régional
Les discussions préliminaires ont commencé en octobre. Une lettre d'intention non engageante pourrait être signée avant la fin de l'année.`),

  rec('doc_es', f`Resume este informe en cinco puntos para el comité:

Informe de auditoría interna – Compras 2024
Se detectaron 14 pedidos sin aprobación previa por un total de 186.000 €. Se recomienda reforzar el flujo de aprobación en el ERP.

${mark('Documento confidencial – uso exclusivo del Comité de Auditoría')}`),

  rec('slide', f`Write speaker notes for this slide (footer on every slide: "Corvid Analytics — ${mark('Company Confidential — Do not distribute')}"):
Slide 4: Churn by segment. SMB churn rose from 2.1% to 3.4% monthly after the price change; mid-market stable.`),

  rec('email', f`Hi team,

Attached is the draft org chart for January. ${mark('This document is confidential and intended only for the leadership team')}, please don't forward it or discuss it with your reports until the announcement on the 9th.

Best,
Marta

→ can you rephrase so it sounds less stern?`),

  rec('doc', f`Classification: ${mark('Internal Use Only')}

IT Security Standard – Laptop Encryption v2.1
All company laptops must use full-disk encryption (BitLocker or FileVault). Recovery keys are escrowed in Intune/Jamf. Exceptions require CISO approval.

simplify this for non-technical staff`),

  rec('legal_email', f`${mark('PRIVILEGED & CONFIDENTIAL')}
${mark('ATTORNEY-CLIENT COMMUNICATION')}

Dear Mr Patel,

As discussed, we believe the former distributor's claim for lost profits is weak given the termination clause. We recommend declining the settlement offer and preparing a short response by 6 December.

Regards,
Laura Chen, Whitmore & Shaw LLP

Summarise this in two sentences for my boss.`),

  rec('doc_nl', f`${mark('Strikt vertrouwelijk')}

Salarisherziening 2025 – voorstel HR
Gemiddelde verhoging 3,2 %, met extra budget voor schaal 6–8. Bonuspot gelijk aan 2024.

Kun je hier een korte toelichting van maken voor de OR, zonder percentages per schaal?`),

  rec('doc_it', f`Correggi la grammatica di questa intestazione:

${mark('Documento riservato – vietata la divulgazione')}
Piano industriale 2025–2027 Tessaro S.p.A.`),

  rec('email_pt', f`Assunto: ${mark('CONFIDENCIAL')} – proposta de aquisição

Bom dia Miguel,
Segue em anexo a proposta revista. ${amb('confidential.marking', 'Pedimos que a informação não seja partilhada fora do grupo de trabalho')}.

Pode traduzir para inglês?`),

  rec('header', f`Document properties pasted from Word:
Sensitivity: ${mark('Highly Confidential')}
Title: Board pack – December 2024
Author: Company Secretary

How do I remove the sensitivity label so I can share the agenda page with the external facilitator? The rest stays as is.`),

  rec('email_footer', f`Sounds good, see you at 3.

Kind regards,
Owen Price
Kestrel Foods Ltd

${amb('confidential.marking', 'This email and any attachments are confidential and intended solely for the use of the individual to whom they are addressed.')} If you are not the intended recipient, please delete it.

→ reply to Owen saying 3pm works but we'll be 10 min late`),

  rec('chat', f`We're drafting a mutual NDA with a new logistics partner. What should the definition of "Confidential Information" include, and how long should the confidentiality obligations last after termination? Standard for a mid-size company in the UK.`),

  rec('chat', f`In Microsoft Purview, what's the difference between the sensitivity labels "General", "Confidential" and "Highly Confidential", and can users downgrade a label themselves?`),
];
