/** Held-out batch 9: confidentiality markings as ordinary companies write them, plus everyday non-marking uses. Representative mix; hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH9_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('CONFIDENTIAL')}
To: Executive Leadership Team
From: Finance
Re: FY2027 budget assumptions

Revenue growth is planned at 6%, with hiring frozen in Q1 except for engineering. Please turn this into three bullet points for the board deck.`),

  rec('email', f`Subject: ${mark('Confidential')} – proposed restructuring of the Leeds site

Hi Priya, attached are the draft headcount numbers. Can you help me write a short cover note to the HR director asking for feedback by Friday?`, 'marking in a subject line'),

  rec('slide_footer', f`Copied from our QBR deck, can you make these speaker notes shorter?

"Q3 churn was 2.1%, down from 2.6%. Main driver: onboarding calls for enterprise accounts."
Kaleido Retail | ${mark('Internal Use Only')} | Slide 7`, 'a title-case footer field'),

  rec('doc_header', f`${mark('STRICTLY CONFIDENTIAL')} – NOT FOR DISTRIBUTION
Project Falcon: acquisition of a logistics start-up in Rotterdam

Summarise the risks section in 5 bullets for the CFO.`),

  rec('de_memo', f`${mark('VERTRAULICH')}
Protokoll der Geschäftsführungssitzung vom 3. Dezember 2026
TOP 2: Standortentscheidung Lager Süd

Bitte fasse TOP 2 in drei Sätzen auf Englisch zusammen.`),

  rec('fr_email', f`Objet : ${mark('CONFIDENTIEL')} – projet de réorganisation du service client

Pouvez-vous reformuler ce paragraphe pour qu'il soit plus clair pour les managers ?`),

  rec('es_doc', f`${mark('CONFIDENCIAL')} — Uso interno
Plan comercial 2027, región LATAM

Traduce al inglés el apartado de objetivos: crecer un 12 % en México y abrir oficina en Bogotá.`),

  rec('legal', f`${mark('PRIVILEGED & CONFIDENTIAL – ATTORNEY-CLIENT COMMUNICATION')}

Re: supplier dispute with Crescent Ridge Logistics — can you simplify the second paragraph for the business team?`, 'one label for the privilege line (batch 2 convention)'),

  rec('inline', f`Draft an e-mail to the sales team: the new pricing below is ${mark('confidential')} and must not be shared with customers or partners until the official launch on 12 January. List prices go up 4%, discounts above 20% need VP approval.`, 'an inline marking statement (batch 7/8 convention)'),

  rec('classification', f`Classification: ${mark('Internal')}
Document owner: IT Security
Title: Acceptable Use Policy v3.2

Can you write a one-paragraph summary of this policy for the intranet?`, 'batch 1 labelled "Classification: Internal"'),

  rec('disclaimer', f`Please shorten my e-mail footer:

Stellan Pharma GmbH · Sitz Hamburg · HRB 184729
${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')} If you have received it in error, please notify the sender and delete it.`, 'e-mail disclaimer: ambiguous'),

  rec('nda_question', f`What's the difference between a mutual NDA and a one-way NDA? Our supplier sent a "Confidentiality Agreement" template and asks us to sign it before sharing specs.`, 'casual: negative'),

  rec('casual', f`Write a friendly reminder that the staff engagement survey closes Friday and that answers are anonymous and handled by an external provider.`, 'no marking: negative'),

  rec('it_footer', f`${mark('RISERVATO')} – Solo per uso interno
Verbale riunione commerciale, novembre 2026

Traduci in inglese il punto 3 sulle nuove provvigioni.`),

  rec('nl_header', f`${mark('VERTROUWELIJK')}
Notitie aan de directie: salarisherziening 2027

Kun je de notitie inkorten tot een halve pagina?`),
];
