/** Held-out records: classification markings (and the phrases that only look like them). Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('CONFIDENTIAL')} — BOARD PRE-READ

Project Lighthouse: proposed acquisition of Baltic Freight Sp. z o.o.
Indicative valuation: 6.5–7.2× EBITDA. Financing via existing RCF plus €40m term loan.
Please do not share outside the board and the deal team.

Summarise the risks section in five bullets.`),

  rec('email', f`Subject: [${mark('INTERNAL USE ONLY')}] Q4 reorg – draft comms

Team leads,
attached is the draft for Thursday. Two warehouse shifts will be merged; no redundancies planned. Please give feedback by Wednesday noon.
Fatima`),

  rec('email', f`Subject: RE: Settlement talks – Alvarez Produce
${mark('PRIVILEGED & CONFIDENTIAL – ATTORNEY-CLIENT COMMUNICATION')}

Samir, our counsel recommends accepting up to $180k. Let's not put numbers in Slack.`),

  rec('advisory', f`${mark('TLP:AMBER')}
Security advisory FH-SA-2024-07
A deserialisation flaw in the label-printer gateway (versions < 3.2.1) allows remote code execution from the warehouse VLAN. Patch available; rotate gateway credentials after upgrading.`),

  rec('doc_de', f`${mark('VERTRAULICH')} – Nur für den internen Gebrauch

Gehaltsbänder 2025 (Entwurf)
Band C: 52.000–61.000 €
Band D: 60.000–72.000 €
Bitte fasse die Änderungen gegenüber 2024 zusammen.`),

  rec('doc_fr', f`Document ${mark('CONFIDENTIEL')} – diffusion restreinte
Plan social – site de Lyon
Calendrier prévisionnel : information CSE le 9 décembre.`),

  rec('doc_es', f`Traduce al inglés este párrafo del informe (${mark('CONFIDENCIAL')}): "La auditoría detectó diferencias de inventario del 3,2 % en el almacén de Zaragoza, concentradas en productos de alto valor."`),

  rec('slide_notes', f`Slide 14 footer: "Fernhill ${mark('Company Confidential')} · Do not distribute"
Can you make the chart on this slide less cluttered? It compares on-time delivery by carrier (DHL 94%, UPS 91%, DPD 88%).`),

  rec('email', f`Hi all,

${mark('This document is strictly confidential')} and intended only for the pricing committee. The proposed list-price increase for 2025 is 4.5% across categories A and B.

Regards, Lars`),

  rec('report', f`${mark('RESTRICTED')}
Penetration test report – customer portal
Finding 3 (high): IDOR on /api/invoices/{id} lets any logged-in user read other customers' invoices.
Rewrite the executive summary so non-technical managers understand it.`),

  rec('email_footer', f`Thanks, see you at the offsite!

--
Ravi Patel | Fernhill Logistics
${amb('confidential.marking', 'This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.')}`),

  rec('chat', f`We're drafting the employee handbook. What should the section on handling confidential customer information say? Keep it to one page.`),

  rec('chat', f`Is "confidential" the right classification level for payroll files, or should it be "restricted"? What do ISO 27001 companies usually use?`, 'talking about classification levels is not marking a document'),

  rec('memo', f`Meeting minutes – Ops steering, 20 Nov
Classification: ${mark('Internal')}
1. Peak readiness: green.
2. Dock 4 conveyor replacement slipped to January.`, 'a "Classification: Internal" header marks the document'),

  rec('chat', f`Our NDA says the agreement itself is confidential. Can I still mention to a recruiter that I worked on a project for a bank?`),
];
