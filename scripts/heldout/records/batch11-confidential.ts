/**
 * Held-out batch 11: confidentiality markings as ordinary companies write them (memo headers,
 * subjects, footers, letters, inline statements), plus everyday non-marking uses. Third
 * representative sample; hand-written; not measured yet (README).
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH11_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('CONFIDENTIAL')}
MEMORANDUM
To: Senior Leadership Team
From: COO
Date: 13 January 2027
Subject: Consolidation of the Bristol and Swindon distribution centres

Please rewrite the first paragraph so it's less technical — it goes to the regional managers next.`),

  rec('email_subject', f`Subject: [${mark('CONFIDENTIAL')}] Project Kestrel – term sheet v3

Hi all, attached is the latest version after Tuesday's call with the investors. Can you help me write a two-line summary of what changed since v2?`),

  rec('slide_footer', f`Shorten the bullet points on this slide, keep the numbers:
• Online revenue +14% YoY, stores −3%
• Returns rate down to 8.2% after size-guide update
Footer: Quayside Outdoor – ${mark('Internal Use Only')} – Slide 4 of 18`),

  rec('hr_letter', f`${mark('PRIVATE & CONFIDENTIAL')}
Addressee only

Dear Mr Holloway,
Following our meeting on 9 January, I am writing to confirm the outcome of the disciplinary hearing…

Can you check the tone of this letter? It should be firm but respectful.`),

  rec('inline', f`Please write a short note to the regional managers: the 2027 salary bands in the attached file are ${mark('confidential')} and must not be shared with employees before the individual review conversations in March.`, 'an inline statement marking the attachment (batch 7/8/9 convention)'),

  rec('de_betreff', f`Betreff: ${mark('Vertraulich')} – Nachfolgeplanung Vertriebsleitung Süd

Hallo Frau Krüger, anbei der Entwurf. Können Sie mir helfen, den zweiten Absatz klarer zu formulieren?`, 'title-case marking at the start of a German subject line'),

  rec('fr_header', f`Document interne – ${mark('CONFIDENTIEL')}
Projet de fermeture de l'agence de Nantes

Peux-tu résumer les conséquences pour les équipes commerciales en cinq points ?`),

  rec('es_asunto', f`Asunto: ${mark('CONFIDENCIAL')} – cierre de la tienda de Valencia

Necesito una versión más corta de este correo para los encargados de tienda, sin dar fechas todavía.`),

  rec('pt_assunto', f`Assunto: ${mark('Confidencial')} – proposta de aquisição da Ribeira Têxteis

Pode revisar o português deste e-mail antes de eu enviar para o conselho?`),

  rec('nl_header', f`${mark('VERTROUWELIJK')}
Notitie aan de raad van bestuur – herziening bonusregeling 2027

Kun je hier een samenvatting van één alinea van maken?`),

  rec('it_header', f`${mark('STRETTAMENTE RISERVATO')}
Verbale del comitato prezzi – 11 gennaio 2027

Mi traduci in inglese la parte sulle nuove soglie di sconto?`),

  rec('classification', f`Document control
Owner: Group Finance
Classification: ${mark('Confidential')}
Version: 2.1

Please proofread the introduction of our treasury policy below for grammar only.`, '"Classification: X" labels X (batch 1/9 convention)'),

  rec('ja_header', f`${mark('社外秘')}
2027年度 営業戦略（案）

この資料の要点を英語で3行にまとめてください。`),

  rec('legal', f`${mark('PRIVILEGED & CONFIDENTIAL')}
Prepared at the request of counsel

Re: termination of the Bayline Packaging supply agreement — please simplify the second paragraph for the operations team.`, 'privilege marking line (batch 2 convention: the marking phrase)'),

  rec('disclaimer', f`Can you shorten our e-mail footer a bit?

Arkwright Freight Ltd · Registered in England No. 04418273
${amb('confidential.marking', 'This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.')}`, 'e-mail disclaimer: ambiguous (batch 9/10)'),

  rec('casual', f`How should I handle a customer who asks us to sign their confidentiality agreement before they send the RFP? Is that normal for a logistics tender?`, 'casual use: negative'),
];
