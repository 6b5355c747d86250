/** Held-out batch 4: classification markings in memos, legal and HR text, decks and tickets, and look-alikes. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH4_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('COMPANY CONFIDENTIAL')}
MEMO — Pellucid Freight B.V.
To: Management team · From: CFO · Date: 2 December 2024
Re: Closure of the Venlo cross-dock by Q2 2025

Headcount affected: 38 FTE; consultation with the works council starts 6 January.

Please turn this into talking points for the team leads (don't mention numbers).`),

  rec('legal', f`Subject: ${mark('PRIVILEGED AND CONFIDENTIAL')} — Morrow & Vance / settlement options

Anna, per our call the client would accept a structured payment over 18 months. I've outlined three options in the attached note. Let's not circulate beyond the core team.

Could you make this e-mail more concise?`),

  rec('doc_it', f`${mark('DOCUMENTO RISERVATO')} – uso interno
Verbale riunione commerciale, 28/11/2024: nuovo listino agenti Nord-Est, provvigione base 6%, bonus trimestrale legato al margine.

Traducilo in inglese mantenendo l'intestazione.`),

  rec('doc_nl', f`${mark('STRIKT VERTROUWELIJK')}
Notitie aan de raad van bestuur – overname Van Dalen Koeltransport, due diligence fase 2.
Indicatieve waardering: 7,5–8,2 × EBITDA.

Maak hiervan een korte Engelse samenvatting voor de bank.`),

  rec('doc_cs', f`${mark('DŮVĚRNÉ')}
Zápis z porady vedení, Ashgrove Robotics s.r.o., 29. 11. 2024
Bod 2: převod výroby motorů do Brna od 1. 4. 2025.

Přelož do angličtiny, prosím.`, 'Czech marking "DŮVĚRNÉ" (confidential): labelled, like the other non-English markings of batches 1-3'),

  rec('doc_tr', f`${mark('GİZLİ')} — Yönetim Kurulu Sunumu
Anadolu Deri Tekstil A.Ş. 2025 bütçe taslağı: ihracat hedefi 14,2 milyon EUR.

Bu başlığı ve ilk satırı İngilizceye çevir.`, 'Turkish marking "GİZLİ" (confidential) as a document header: labelled'),

  rec('hr_letter', f`${mark('PRIVATE AND CONFIDENTIAL')}
Addressee only

Dear Mr Abernethy,
Following the disciplinary hearing on 26 November, I am writing to confirm the outcome: a first written warning, which will remain on file for 12 months.

Check the tone — is this too harsh?`),

  rec('slides', f`Speaker notes please. Footer on every slide: "Glenrock University | ${mark('Confidential')} | Draft v3". Slide 4 is the 2025 tuition proposal (+4.1% for international students) and slide 5 the bursary fund.`),

  rec('ticket', f`Jira LIT-2291 · Label: ${mark('NEED-TO-KNOW')}
Summary: Prepare disclosure bundle for the Harrow warehouse claim
Description: Collect CCTV retention logs and shift rota for 14–16 Oct.

Break this into subtasks.`, 'a "NEED-TO-KNOW" handling label on a ticket: a marking'),

  rec('email_footer', f`Thanks, the revised timetable is attached.

Best,
Morag Kerr | Timetabling Office | Glenrock University
${amb('confidential.marking', 'The information in this e-mail is confidential and may be legally privileged.')} It is intended solely for the addressee.`, 'e-mail disclaimer: ambiguous (tests/corpus convention)'),

  rec('chat', f`HR asked me to write a job ad for a "Confidential Assistant to the CEO". Is that a normal title or does it sound weird? Draft a short ad.`),

  rec('chat', f`We're choosing between AWS Nitro Enclaves and Azure confidential VMs for the payroll batch. Which one is easier to attest from a Python service?`),

  rec('chat', f`My grandmother's secret recipe for kanelbullar uses cardamom in the dough and the filling. How can I make it vegan without losing the texture?`),

  rec('chat', f`Q for the team: in our Purview setup, should "Highly Confidential" be applied automatically to anything containing IBANs, or should users choose the label themselves?`, 'a label name discussed in a policy question, not a marking (batch 2: Purview label names are negatives)'),
];
