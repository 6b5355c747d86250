/** Held-out batch 88: classification markings on shipping, hospice, municipal, interpreting, lab and pawnshop documents. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH88_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${v('confidential.marking', 'CONFIDENTIAL')} — Bookings desk
Subject: rate changes for reefer slots Q3, not to be shared with agents before 1 July.
Please rewrite this as a short internal announcement.`),

  rec('memo_de', f`${v('confidential.marking', 'VERTRAULICH')} – nur für das Leitungsteam
Betreff: Schließung der Zweigstelle Chemnitz (Pfandleihhaus) zum 30.09.
Kannst du daraus eine neutrale Mitteilung an die Belegschaft machen?`),

  rec('email_fr', f`Objet : Réorganisation du service de stationnement
Ce document est ${v('confidential.marking', 'strictement confidentiel')} et ne doit pas être transmis aux prestataires.
Peux-tu le résumer en cinq points ?`),

  rec('report', f`LIMS migration — vendor shortlist
Classification: ${v('confidential.marking', 'INTERNAL ONLY')}
Three vendors remain; pricing attached. Summarise pros and cons.`),

  rec('memo_es', f`${v('confidential.marking', 'CONFIDENCIAL')}
Asunto: auditoría de tasaciones en la sucursal de Rosario. Se detectaron discrepancias en 14 lotes de oro.
Redacta un resumen para el directorio.`),

  rec('tlp', f`${v('confidential.marking', 'TLP:AMBER')}
Phishing campaign targeting container line agent portals — indicators shared with the port community system operators. Please turn into an advisory for our booking agents.`),

  rec('memo_it', f`${v('confidential.marking', 'RISERVATO')} — Direzione cure palliative domiciliari
Oggetto: revisione dei carichi di lavoro infermieristici. Riassumi in tono neutro.`),

  rec('memo_sv', f`${v('confidential.marking', 'KONFIDENTIELLT')}
Ämne: Upphandling av tolktjänster för Göteborgs tingsrätt — vårt anbudspris. Skriv om till en intern sammanfattning.`),

  rec('doc_pl', f`Dokument ${v('confidential.marking', 'POUFNE')} – wyniki kontroli wewnętrznej w lombardach (region mazowiecki). Przygotuj skrót dla zarządu.`),

  rec('footer', f`Draft press statement about the ANPR camera outage — please improve the wording.

"The council apologises for the incorrect penalty notices issued between 3 and 7 March..."

${v('confidential.marking', 'OFFICIAL-SENSITIVE')}`),

  rec('memo_nl', f`${v('confidential.marking', 'STRIKT VERTROUWELIJK')}
Onderwerp: overname van twee goudopkopers in Rotterdam. Maak hier een tijdlijn van.`),

  rec('memo_pt', f`Nota ${v('confidential.marking', 'CONFIDENCIAL')}: aumento de tarifas de demurrage no terminal de Sines a partir de maio. Resumir para a equipa de reservas.`),

  rec('email_en', f`Subject: Q2 seed-round data room
This memo is ${v('confidential.marking', 'strictly confidential')}; do not forward outside the lab-automation leadership.
Can you turn the headcount plan below into a table?`),

  rec('memo_ja', f`【${v('confidential.marking', '社外秘')}】通訳者単価改定のお知らせ（案）。やわらかい文面に直してください。`),

  rec('email_disclaimer', f`Please summarise this reply from the hospital about interpreter availability.

"We can offer Tigrinya on Tuesdays only..."

${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')}`),
];
