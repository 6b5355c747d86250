/**
 * Held-out batch 10: confidentiality markings as real companies write them, second representative
 * sample. Measured once on the frozen engine (README, "Tenth batch").
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH10_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('CONFIDENTIAL')}
To: Executive Committee
Re: FY27 headcount plan

We propose reducing contractor spend by 18% and freezing two open roles in Marketing. Can you turn this into three bullet points?`),

  rec('slide_footer', f`Rewrite this slide text to be punchier. Footer: "Tallis Energy | ${mark('Internal Use Only')} | Q4 Business Review"
Title: Customer churn fell to 4.1% after the loyalty relaunch.`),

  rec('strictly', f`${mark('STRICTLY CONFIDENTIAL')} – BOARD PAPER
Project Heron: proposed acquisition of a regional solar installer. Summarise the risks section below in plain English.`),

  rec('de_vertraulich', f`${mark('VERTRAULICH')} – nur für den Betriebsrat
Entwurf: Betriebsvereinbarung zur mobilen Arbeit ab 2027. Bitte fasse die Änderungen gegenüber 2024 zusammen.`),

  rec('fr_confidentiel', f`Document ${mark('CONFIDENTIEL')} – diffusion restreinte
Plan de réorganisation du service client de Lyon. Peux-tu en faire un résumé pour les managers ?`),

  rec('es_confidencial', f`${mark('CONFIDENCIAL')}: propuesta de precios 2027 para Grupo Altamira. ¿Puedes revisar el tono del correo de presentación?`),

  rec('classification', f`Header of our policy doc reads "Classification: ${mark('Restricted')}". Can you proofread the intro paragraph about supplier due diligence?`),

  rec('company_confidential', f`This report is ${mark('Company Confidential')}. Please shorten the executive summary of the data-centre migration review to 120 words.`),

  rec('legal_privilege', f`${mark('PRIVILEGED & CONFIDENTIAL – ATTORNEY-CLIENT COMMUNICATION')}
Draft response to the employment tribunal claim; check grammar only.`, 'the whole privilege line as one label (batch 2)'),

  rec('disclaimer', f`Can you shorten our e-mail footer? "${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee. If you received it in error, please notify the sender and delete it.')}"`, 'disclaimer: ambiguous (batch 9)'),

  rec('nda_question', f`What's the difference between a mutual NDA and a one-way NDA, and which should we use with a new logistics vendor?`, 'negative: a question about NDAs'),
];
