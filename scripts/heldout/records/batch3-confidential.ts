/** Held-out batch 3: classification markings in documents, e-mails, wikis and slides, and look-alikes. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH3_CONFIDENTIAL: DraftRecord[] = [
  rec('board_paper', f`${mark('CONFIDENTIAL')} — DRAFT FOR BOARD DISCUSSION

Paper 7: Tidewell Energy – disposal of the Humber wind portfolio
Indicative offers received from three bidders; preferred bidder range £310–340m. Recommendation: enter exclusivity with Bidder B for six weeks.

Rewrite the recommendation as two bullet points.`),

  rec('wiki', f`Page: Incident response – escalation contacts
Last edited 14 Nov 2024 by platform-team

1. Page the on-call SRE via PagerDuty.
2. If customer data may be affected, add the DPO to the bridge.
3. Do not post details in public channels.

Footer: ${mark('Internal Use Only')} – Kestrel Ridge Software

Turn this into a one-page checklist with boxes.`),

  rec('doc_de', f`${mark('STRENG VERTRAULICH')}

Gesprächsnotiz Aufsichtsrat, 19.11.2024
Thema: Nachfolge Geschäftsführung Klingbeil Hydraulik GmbH
Favorisierte Kandidatin: externe Besetzung, Entscheidung bis Ende Januar.

Fasse das in zwei Sätzen auf Englisch zusammen.`),

  rec('doc_fr', f`${mark('CONFIDENTIEL – DIFFUSION RESTREINTE')}

Compte rendu du comité de direction – Vallée Verte Coopérative
Point 3 : projet de rapprochement avec la coopérative du Gard, lettre d'intention à signer avant le 15 décembre.

Traduis ce compte rendu en anglais, ton neutre.`, 'one marking line ("confidential – restricted distribution"), one label, as batch 2 did for a two-part marking line'),

  rec('doc_pt_br', f`Traduza para o inglês:

${mark('DOCUMENTO CONFIDENCIAL')}
Proposta comercial nº 2024/118 – Saffron Mile Hospitality
Desconto negociado: 14% sobre a tabela para contratos acima de 36 meses.`),

  rec('doc_fi', f`${mark('LUOTTAMUKSELLINEN')}
Hallituksen kokous 5/2024 – pöytäkirjaluonnos
Kohta 4: toimitusjohtajan palkkiot 2025.

Käännä otsikot englanniksi.`, 'Finnish marking: labelled, as batch 2 labelled Polish/Swedish markings'),

  rec('doc_da', f`${mark('FORTROLIGT')} – kun til bestyrelsen
Budget 2025, Hallström & Vik A/S: omsætning 412 mio. DKK, EBITDA-margin 11,8 %.

Lav en kort engelsk opsummering til revisoren.`),

  rec('advisory', f`${mark('TLP:AMBER+STRICT')}
Sector alert 2024-11-22: phishing wave impersonating grid-balancing platforms, lure "updated settlement statement".

Write a short internal awareness note (no indicators) for our finance team.`),

  rec('legal_email', f`Subject: ${mark('ATTORNEY WORK PRODUCT')} – draft chronology (Bramblecote v. Northbeam)

Team,
attached the draft chronology for the warranty claim. Please add anything missing from your files by Wednesday.

Can you tidy up this e-mail, keep the subject line?`),

  rec('email', f`Hi Priya,

Before tomorrow's call: the revised rate card is attached. ${mark('Please treat this document as strictly confidential')}; it has not been shared with the other bidders.

Regards,
Owen

Make this warmer and shorter.`, 'an inline statement that marks the document (tests/corpus convention)'),

  rec('slide', f`Slide footer reads "Copperleaf Studios · ${mark('Confidential')} · Do not forward" — can you write speaker notes for the "pipeline 2025" slide? Three titles in pre-production, one co-production with a Nordic broadcaster.`),

  rec('email_footer', f`Thanks, I'll confirm the dates with the venue.

--
Owen Price | Saffron Mile Hospitality
${amb('confidential.marking', 'This message and any attachment are confidential and intended only for the named recipient.')} If you are not the intended recipient, please delete it.`, 'e-mail disclaimer: ambiguous (tests/corpus convention)'),

  rec('chat', f`Our Azure VMs support confidential computing (DCasv5). Does that protect data from the cloud operator or only from other tenants? Also does it slow down Postgres?`),

  rec('chat', f`The statistician wrote "95% confidence interval 0.82–1.14, not significant". How do I explain that to the board without sounding like I'm hiding something?`),

  rec('chat', f`Writing a short story where the hero finds a file stamped top secret in her grandfather's attic. Can you suggest three plot twists? Keep it light, for 12-year-olds.`),

  rec('chat', f`The vendor asks us to sign their mutual NDA. Clause 3 defines "Confidential Information" very broadly (anything disclosed orally). Is that normal? What should I push back on?`),
];
