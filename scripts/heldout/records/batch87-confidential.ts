/**
 * Held-out batch 87: classification markings on memos, audit reports, incident reviews and
 * board papers, in headers, subjects, footers and inline. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH87_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en_gb', f`${mark('STRICTLY CONFIDENTIAL')} – NICU Serious Incident Review SI-2024-07

Summary: a donor milk bottle was given to the wrong infant on 12 October. No harm identified. Root cause: two bottles labelled at the same time, barcode scan bypassed on night shift.

Can you turn this into a one-page briefing for the Board? Keep the marking.`),

  rec('email_de', f`Betreff: ${mark('VERTRAULICH')} – Preisgestaltung Ersatzteile Großkunde Bergbau 2025

Hallo zusammen,
anbei die neuen Nettopreise für die Verschleißteile (Zähne, Schneiden, Laufwerk). Bitte nicht an Außendienstpartner weitergeben.
Kannst du mir helfen, die Tabelle als Angebot zu formulieren?`),

  rec('report_fr', f`Rapport d'audit de certification – Coopérative de Soubré
Classification : ${mark('CONFIDENTIEL')}

Constats majeurs : 3 parcelles dans la zone tampon de la forêt classée ; registre du travail des enfants incomplet pour 12 ménages.
Peux-tu résumer ce rapport en anglais pour l'acheteur, en gardant la mention de classification ?`),

  rec('incident_tlp', f`${mark('TLP:AMBER')}
Subject: Phishing campaign targeting emergency dispatch staff

Since 28 Oct several dispatchers received SMS claiming to be from the CAD vendor asking them to "re-validate" their login. Share only within the regional ECC network and the CERT.

Please draft a short awareness poster text based on this.`),

  rec('chat_es', f`Tengo que mandar el acta del consejo a los socios de la cooperativa y lleva arriba "${amb('confidential.marking', 'CONFIDENCIAL')}". ¿Debo quitarla para la versión resumida que va por WhatsApp o la mantengo?

${mark('CONFIDENCIAL')} – Acta del Consejo de Administración, sesión 14/2024
Punto 3: negociación de la línea de prefinanciación con el banco para la cosecha 2024-25.`),

  rec('board_paper_en', f`Board paper 11/24 — Proposed acquisition of a competing car-sharing fleet in Lisbon
${mark('Commercial in Confidence')}

We propose to acquire 420 vehicles and ~2,100 active host relationships. Valuation range EUR 6.2–7.4m.
Help me write the executive summary in 150 words.`),

  rec('memo_it', f`${mark('RISERVATO')} — Solo per uso interno

Oggetto: proroga contratto con il fornitore di digitalizzazione (lotto 3, fondi notarili)
Il fornitore ha accumulato 9 settimane di ritardo. Proponiamo una penale del 4%.

Puoi riscrivere questo promemoria in tono più neutro?`),

  rec('email_nl', f`Onderwerp: ${mark('Strikt vertrouwelijk')}: evaluatie meldkamer-uitval 3 november

Collega's, de CAD-storing duurde 47 minuten; 18 meldingen zijn handmatig op papier uitgegeven. Dit document is ${mark('strikt vertrouwelijk')} tot de Inspectie haar rapport publiceert.

Kun je hier een tijdlijn van maken?`),

  rec('chat_en_ke', f`Please shorten this for the county committee but keep the classification:

${mark('RESTRICTED')}
Emergency Communications Centre — call-taker staffing shortfall Q4
Night shifts were below minimum (4 call-takers) on 11 of 30 nights in October.`),

  rec('memo_no', f`${mark('FORTROLIG')}
Til: styret
Emne: Forhandlinger med gruveselskapet om serviceavtale for borerigger 2025–2028

Kan du oversette dette notatet til engelsk? Vi må beholde merkingen øverst.`),

  rec('email_pl', f`Temat: ${amb('confidential.marking', 'ŚCIŚLE TAJNE')} – nie, żartuję, ale proszę traktować poufnie

Hej, w załączniku lista zmian w regulaminie wypłat dla gospodarzy, której jeszcze nie ogłosiliśmy. Możesz przygotować FAQ?`, 'a marking used jokingly in a subject line: debatable, ambiguous'),

  rec('doc_footer', f`Can you convert this footer to the new template style?

Page 3 of 11 | National Archives — Digitisation Programme | ${mark('OFFICIAL-SENSITIVE')} | Do not forward outside the project board`),

  rec('memo_pt', f`${mark('CONFIDENCIAL')} – uso interno

Relatório de verificação de motoristas, outubro: 214 pedidos rejeitados por documento adulterado, 37 contas suspensas por fraude em disputas de viagem.

Preciso de uma versão em tópicos para a reunião de segunda.`),

  rec('chat_tr', f`Bu notu İngilizceye çevirir misin? Başlıkta "${amb('confidential.marking', 'GİZLİDİR')}" yazıyor, onu da koru.

${mark('GİZLİDİR')} — Maden sahası erişim denetimi, Ekim 2024: 6 ziyaretçi refakatsiz ocak alanına girmiş.`),

  rec('email_en_us', f`Subject: ${mark('Confidential')} — milk bank donor screening results, batch 44

Team, results for the screening committee below, please don't forward.
Three donors tested positive for CMV; their milk will be pasteurised and used only for infants >32 weeks.

${amb('confidential.marking', 'This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please delete it.')}`),
];
