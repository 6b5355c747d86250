/** Held-out batch 16: classification markings on memos, e-mails, slides and board papers. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH16_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('CONFIDENTIAL')} – INTERNAL USE ONLY

Subject: Q4 pricing adjustment
From: Commercial Director

Effective 1 December, list prices for the Pro range increase by 7.5%. Key accounts keep current pricing until contract renewal. Sales team to be briefed on 18 Nov; customers notified from 25 Nov.

Turn this into talking points for the sales team briefing.`),

  rec('email', f`Subject: ${mark('Confidential')}: proposed restructuring of the customer service team

Hi Priya,

Before the announcement next week, I'd like your view on merging the Tier 1 teams in Leeds and Glasgow. We expect to reduce 11 roles, mostly through not filling vacancies.

Thanks,
Mark

-> can you help me write a careful reply with my concerns about the Glasgow team morale`),

  rec('doc_de', f`${mark('VERTRAULICH')} – Nur für den internen Gebrauch

Protokoll Geschäftsleitung 08.10.2024
TOP 1: Standortverlagerung Produktion Linie 3 nach Tschechien, Entscheidung bis Ende Q1.
TOP 2: Einstellungsstopp Verwaltung ab sofort.

Fasse das bitte in drei Stichpunkten auf Englisch zusammen.`),

  rec('doc_fr', f`${mark('CONFIDENTIEL')} – Ne pas diffuser

Projet Hermine : acquisition potentielle de la société Lumitex (Lyon). Valorisation indicative entre 18 et 22 M€. Due diligence prévue en janvier.

Peux-tu rédiger un résumé d'une demi-page pour le comité de direction ?`),

  rec('slide', f`Help me tighten the wording on this slide. Footer says "Kestrel Dynamics – ${mark('Company Confidential')}".

Slide 4: Roadmap 2025
- H1: launch of fleet telematics v3 in DACH
- H2: entry into Nordics via reseller partnership
- Sunset of legacy tracker hardware end of 2025`),

  rec('report', f`${mark('INTERNAL – CONFIDENTIAL')}
Incident summary IR-2024-031

On 2 Oct a misconfigured storage bucket exposed product images and internal price lists for ~9 hours. No customer data was involved. Access logs show 3 external downloads.

Make this readable for non-technical managers.`),

  rec('doc_es', f`${mark('CONFIDENCIAL')}
Plan de incentivos comerciales 2025 – Dirección Comercial Iberia
Objetivo de crecimiento: +9 % en cuentas clave. Bonus máximo: 25 % del salario fijo.

Tradúcelo al inglés manteniendo el formato.`),

  rec('email', f`Hi all,

Please find attached the draft Q3 results. ${mark('These figures are confidential and must not be shared outside the finance leadership team')} until the earnings release on 30 October.

Regards,
Anna

can you shorten this email and make it sound less stiff?`),

  rec('legal', f`${mark('PRIVILEGED AND CONFIDENTIAL')}
Prepared at the request of counsel

Summary of the warehouse accident on 19 September: an employee was injured by a reversing forklift. Preliminary findings point to a missing reversing alarm. The insurer has been notified.

Rewrite as a neutral timeline.`),

  rec('doc_it', f`${mark('Documento riservato')} – uso interno

Piano ferie reparto produzione, dicembre 2024. Chiusura stabilimento dal 23/12 al 06/01.

Puoi trasformarlo in un avviso per la bacheca, senza la dicitura riservato?`),

  rec('doc_nl', f`${mark('Strikt vertrouwelijk')}

Conceptadvies ondernemingsraad: de directie stelt voor de locatie Eindhoven per 1 juli te sluiten. 23 medewerkers krijgen een aanbod in Tilburg.

Maak een korte samenvatting in het Engels.`),

  rec('doc_pl', f`${mark('Ściśle poufne')}

Wyniki audytu wewnętrznego magazynu w Poznaniu: różnice inwentaryzacyjne 2,3% wartości zapasów. Rekomendacja: wdrożenie skanowania przy wydaniu.

Przetłumacz na angielski.`),

  rec('chat', f`Our template has "${amb('confidential.marking', 'CONFIDENTIAL')}" in the header of every page, even the public brochure. How do I remove it only from the brochure in Word without breaking the other sections?`, 'marking quoted in a formatting question about a public document: ambiguous'),

  rec('email_footer', f`Thanks, I'll have the revised quote to you by Friday.

Best regards,
Tom

${amb('confidential.marking', 'CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended only for the named recipient.')} If you are not the intended recipient, please delete it.

^ write a reply thanking Tom`),

  rec('doc', f`Document classification: ${mark('Internal Only')}
Onboarding guide for the warehouse team – version 2.1

Turn the section headings below into a one-page checklist:
1. Safety shoes & hi-vis
2. Scanner login
3. Break rooms and shift swaps`),
];
