/** Held-out batch 5: classification markings in public-sector, tender, legal, finance and HR text, and look-alikes. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH5_CONFIDENTIAL: DraftRecord[] = [
  rec('council_report', f`${mark('OFFICIAL-SENSITIVE')}
Brackenfell Borough Council — Cabinet briefing
Subject: Options for the Larchmere leisure centre (closure / transfer to trust)
Author: Head of Property Services · 7 January 2025

1. Running deficit 2024/25 forecast at £412k.
2. Two community groups have expressed interest.

Summarise the two options in plain English for ward councillors.`, 'a UK government classification used as a document header (batch 2 had a quoted one in a formatting question, ambiguous; here it marks the document)'),

  rec('tender', f`Can you shorten section 3 of our tender response? It's 900 words, the limit is 600.

Quarrystone Builders Ltd — Response to ITT RBW/2024/117 (Reservoir access road)
Section 3: Methodology and programme
[… 900 words …]

Page 7 of 22 · ${mark('COMMERCIAL IN CONFIDENCE')}`, 'UK/AU procurement marking in a page footer'),

  rec('doc_de', f`${mark('VS – NUR FÜR DEN DIENSTGEBRAUCH')}
Landratsamt — Vermerk zur Hochwasserlage an der Iller, Stand 08.01.2025
Pegel Kempten: 3,41 m, Tendenz fallend. Evakuierung Ortsteil Au aufgehoben.

Bitte in drei Sätzen für die Pressestelle zusammenfassen (ohne interne Details).`, 'German public-sector classification (VS-NfD) as a header: one label for the whole marking'),

  rec('doc_hu', f`${mark('BIZALMAS')}
Ostara Seeds Kft. — Igazgatósági feljegyzés, 2025. január 6.
Tárgy: a szegedi üzem bővítése, beruházási keret 1,9 milliárd Ft.

Fordítsd le angolra, a fejlécet is.`, 'Hungarian marking "BIZALMAS" (confidential): labelled like the other non-English markings of batches 1–4'),

  rec('doc_ro', f`${mark('CONFIDENȚIAL')} — Proces-verbal ședință Consiliu de Administrație
Punctul 3: aprobarea împrumutului de 2,4 milioane EUR pentru linia de ambalare.

Tradu în engleză, păstrează antetul.`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Halcyon Vet Group Hellas — Σημείωμα προς τη Διοίκηση
Θέμα: εξαγορά κλινικής στο Ηράκλειο, τίμημα 640.000 €.

Translate this into English for the UK board, keep the header.`, 'Greek marking in Greek script (confidential): labelled; a user expects it flagged'),

  rec('email_subject', f`Subject: [${mark('INTERNAL ONLY')}] Q4 claims leakage review — draft findings

Team,
draft attached. Two themes: duplicate invoices from one repair network, and reserves not released after settlement. Please don't forward to the network managers yet.

Rewrite as three bullet points for the exec summary.`),

  rec('inline', f`Note for the audit committee pre-read: the restated Q3 figures below are ${mark('strictly confidential')} until the results announcement on 6 March; please do not discuss them with the auditors' wider team.

Revenue £18.4m (was £19.1m), EBITDA £2.2m (was £2.6m).

Make this note more formal.`, 'an inline statement marking the note (tests/corpus convention), in lower case'),

  rec('legal', f`${mark('PRIVILEGED & CONFIDENTIAL – PREPARED AT THE REQUEST OF COUNSEL')}

Kittiwake Mutual — internal review of the Harbourside flood claims (14 policies)
Preliminary view: cover position defensible for 11; three need re-inspection.

Turn this into an agenda for Thursday's call with external counsel.`, 'a two-part privilege line: one label, as batch 2 decided'),

  rec('disclaimer', f`Can you shorten our e-mail footer? It's longer than most e-mails.

--
Pinecrest Credit Union · 2200 Alder Street, Portland OR
${amb('confidential.marking', 'This communication may contain confidential or privileged information intended solely for the named recipient.')} If you received it in error, notify the sender and delete it. Pinecrest will never ask for your PIN by e-mail.`, 'e-mail disclaimer: ambiguous (tests/corpus convention)'),

  rec('tlp_clear', f`Please reformat this advisory for our newsletter:

TLP:CLEAR
Advisory 2025-003 — Phishing campaign impersonating water utilities
Customers receive SMS messages claiming a refund is due. Ravensburn Water never sends refund links by text.`, 'TLP:CLEAR means "may be shared publicly": not a confidentiality marking, unlabelled'),

  rec('crypto', f`What are Confidential Transactions on the Liquid sidechain, and do they hide the asset type as well as the amount? Explain like I'm a finance person, not a cryptographer.`, 'a technical term: negative'),

  rec('film', f`Film club poll: "Top Secret!" (1984) or "Tinker Tailor Soldier Spy" for the February screening? Write a fun two-line pitch for each.`, 'a film title: negative'),

  rec('jobs', f`Draft a classified ad for the local paper: Marlowe Street Books is hiring a part-time bookseller, 16 hours a week, weekends essential. Keep it under 50 words.`, '"classified ad": negative'),
];
