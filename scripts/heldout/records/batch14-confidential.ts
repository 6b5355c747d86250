/** Held-out batch 14: classification markings in documents, mail subjects, footers and chats. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH14_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('CONFIDENTIAL')}

Board memo – Proposed acquisition of Brightline Staffing Inc.
Prepared by: Corporate Development, 29 Nov 2024

Summary: Brightline (FY24 revenue $41.2m, EBITDA $5.8m) would add ~1,900 placements per year in the Midwest. Indicative offer range 6.5–7.2x EBITDA. Exclusivity requested until 31 Jan.

Can you turn this into 5 bullet points for the CEO's pre-read?`),

  rec('email', f`Subject: ${mark('Confidential')}: Q1 restructuring – Customer Service

Hi Priya,

As discussed, the plan is to merge the Leeds and Bristol customer service teams into one hub by end of March. 11 roles are at risk. Please don't share this with team leads until the consultation pack is ready.

Thanks,
Martin

Help me write the talking points for Priya's call with HR tomorrow.`),

  rec('doc_footer', f`Proofread this section of the product roadmap, fix grammar only:

"In H1 we will sunset the legacy mobile app and migrate all users to the new app. Offline mode and multi-warehouse support are the two must-haves for the enterprise tier."

Footer of every page: Kestrelbay Ltd · ${mark('Company Confidential – Do Not Distribute')} · Page 3 of 12`),

  rec('doc_de', f`Bitte übersetze die folgende Einleitung ins Englische:

${mark('Vertraulich – nur für den internen Gebrauch')}
Ergebnisse der Mitarbeiterbefragung 2024
Die Teilnahmequote lag bei 71 %. Besonders kritisch bewertet wurden die Themen Arbeitsbelastung im Lager und interne Kommunikation.`),

  rec('doc_fr', f`${mark('CONFIDENTIEL')} – Ne pas diffuser
Comité de direction du 25 novembre
Point 3 : projet de fermeture du dépôt de Nantes au 30 juin 2025. Reclassement proposé pour 18 salariés sur 24.

Peux-tu rédiger un résumé de ce point en trois phrases, sans les chiffres ?`),

  rec('doc_es', f`Resume este informe en un párrafo para el comité:

${mark('CONFIDENCIAL')}
Informe de auditoría interna – Compras 2024
Se detectaron 14 pedidos fraccionados para evitar el umbral de aprobación de 15.000 €. Se recomienda revisar los permisos en el ERP y formar a los responsables de compra.`),

  rec('email', f`Rewrite this email so it's shorter:

"Hi all, attached are the Q4 sales figures by region. ${mark('This information is confidential and must not be shared outside the leadership team')} until the results are announced on 28 January. Please let me know if you spot any errors before Friday. Thanks, Helen"`),

  rec('slide', f`Write speaker notes for this slide, about 1 minute:

[Banner: ${mark('INTERNAL USE ONLY')}]
2025 Pricing Changes
• List prices +4% from 1 March
• Volume discount tiers reduced from 5 to 3
• Legacy contracts honoured until renewal`),

  rec('chat', f`I'm sending the draft partnership proposal to Northgate Foods. The first page says "${mark('Shared under NDA – do not forward')}". Can you write a short cover email that reminds them of the NDA without sounding rude?`),

  rec('email_legal', f`Subject: ${mark('Privileged & Confidential – Legal Advice')}

Dear Helen,

Regarding the employment tribunal claim brought by the former warehouse supervisor: in our view the dismissal procedure was followed correctly, but the lack of written warnings before March weakens our position. We recommend exploring settlement in the range of £8,000–£12,000.

Kind regards,
Marwood & Pike LLP

Can you explain in simple terms what the lawyer is recommending?`),

  rec('doc_nl', f`Maak hier een korte samenvatting van voor het MT:

${mark('STRIKT VERTROUWELIJK')}
Voorstel reorganisatie afdeling Inkoop
De afdeling wordt per 1 april opgesplitst in Strategische Inkoop en Operationele Inkoop. Twee teamleidersfuncties vervallen.`),

  rec('doc_pt', f`Traduz para inglês o cabeçalho e o primeiro parágrafo, por favor:

${mark('Confidencial – Uso interno')}
Plano de expansão 2025 – Verdera Seguros
Pretendemos abrir duas novas agências no Porto e em Braga até ao final do segundo trimestre, com investimento estimado de 1,2 milhões de euros.`),

  rec('doc_it', f`${mark('RISERVATO E CONFIDENZIALE')}
Verbale del consiglio di amministrazione – 22 novembre 2024
Il consiglio approva l'avvio delle trattative per l'acquisizione del 60% di Alpenholz Handels GmbH.

Riassumi il verbale in inglese, massimo 80 parole.`),

  rec('email_pl', f`Przetłumacz na angielski:

Temat: ${mark('Informacja poufna')} – wyniki finansowe za III kwartał
Dzień dobry, przesyłam wstępne wyniki za III kwartał. Prosimy nie przekazywać tych danych poza zarząd do czasu publikacji raportu.`),

  rec('ticket', f`Jira: SEC-2291
Labels: security, ${mark('confidential')}
Summary: Customer export endpoint returns other tenants' invoices when page size > 500
Steps: call /api/v2/invoices/export?page_size=1000 as tenant A → rows from tenant B appear.

Write a short incident summary for the CTO (no customer names).`, 'Jira issue label marking the ticket confidential'),

  rec('email_footer', f`Thanks Kevin, the signed SOW is attached. Invoices will follow monthly.

Best,
Aoife

${amb('confidential.marking', 'This email and any attachments are confidential and intended solely for the use of the addressee.')} If you are not the intended recipient, please delete it and notify the sender.

-> is this disclaimer even legally needed in Ireland?`, 'boilerplate disclaimer: ambiguous, as batch 2'),
];
