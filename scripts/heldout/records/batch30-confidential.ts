/**
 * Held-out batch 30: classification markings in refinery advisories and contracts, club transfer
 * memos, funeral-group board papers, tender strategies, R&D notes and care-home reports — English,
 * Norwegian, pt-BR, Romanian, Slovak, Hebrew and Taglish — plus quoted markings. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH30_CONFIDENTIAL: DraftRecord[] = [
  rec('advisory', f`${mark('TLP:AMBER')}
OT security advisory — sector sharing group, 26 Nov 2024

A member site reported unauthorised remote sessions to an engineering workstation through a vendor support tool left in unattended mode. No process impact. Members should review remote-access tools on Level 2/3 assets and disable unattended access.

Can you turn this into a one-page checklist for our control-room leads at Kwinana? Don't copy the advisory text itself.`),

  rec('contract_summary', f`${mark('COMMERCIAL-IN-CONFIDENCE')}
Crude supply term sheet — summary for the Brenmar executive committee

Supplier offers 2 cargoes/month of a medium sour grade, pricing Dubai + US$1.35/bbl, 12-month term with a 6-month extension option. Demurrage US$38k/day. Our current slate would need 15% less heavy crude in the blend to stay within the CDU sulphur limit.

Rewrite this in bullet points for the board pack, keep the numbers.`),

  rec('doc_no', f`Oversett til engelsk, det skal sendes til partneren i Dublin:

${mark('Unntatt offentlighet')}, jf. offl. § 23 første ledd
Anbudsstrategi – Ny barneskole Sagene
Vi foreslår å prise prosjekteringen 8 % under estimatet for å vinne rammeavtalen, og hente inn marginen i fase 3 gjennom endringsmeldinger.`, 'Norwegian public-sector marking ("exempt from public disclosure"): the phrase, not the statute reference'),

  rec('memo', f`${mark('PRIVATE & CONFIDENTIAL')}
To: Board of Directors, Kilbarrow Rovers FC
From: Director of Football
Re: Proposed sale — first-team midfielder

An English Championship club has tabled €650k + 20% sell-on. Player's contract runs to Nov 2025. Recommendation: accept if we can add a €100k appearance clause. Do not discuss outside this group until the player has been informed.

Shorten this to 5 lines for the WhatsApp board group, but keep the marking.`),

  rec('memo_pt', f`${mark('CONFIDENCIAL – USO RESTRITO À DIRETORIA')}
Assunto: Aquisição da Funerária São Judas (Ribeirão Preto)

Proposta: R$ 6,2 milhões, sendo 60% à vista e 40% em 24 meses, condicionada à due diligence trabalhista. A carteira de planos tem 4.800 titulares ativos.

Me ajuda a resumir isso pra apresentação do conselho? 3 tópicos.`),

  rec('doc_ro', f`Te rog rezumă în engleză pentru partenerii din Oslo:

${mark('STRICT CONFIDENȚIAL')}
Strategie de ofertare – Concurs de soluții „Parcul Feroviarilor”, Cluj-Napoca
Echipa propune asocierea cu un birou local de peisagistică și un onorariu de 4,8% din valoarea de investiție. Nu se discută cu alți ofertanți.`),

  rec('doc_sk', f`${mark('PRÍSNE DÔVERNÉ')}
Návrh úpravy miezd – BIM tím Bratislava, 2025
Senior BIM koordinátor: +9 %, BIM modelár: +6 %, junior: +4 %. Rozpočet celkovo +112 000 EUR ročne.

Môžeš mi z toho spraviť krátku prezentáciu pre vedenie v Osle? Po anglicky.`),

  rec('doc_he', f`${mark('סודי – לשימוש פנימי בלבד')}
פורמולה: סרום ויטמין C 15%, גרסה 7
שינויים מגרסה 6: הורדת אחוז ה-ethyl ascorbic acid ל-12%, הוספת ferulic acid 0.5%, pH יעד 4.2–4.5.

תוכל לכתוב לי סיכום באנגלית לצוות בפרת' בלי האחוזים המדויקים?`),

  rec('email', f`Subject: Q1 launch — ${mark('Internal Only')} — do not forward

Team,

The Barrier Repair range relaunches 3 Feb with new packaging and a price rise of $4–6 per SKU. Wholesale accounts are told on 20 Jan, not before. Influencer seeding starts 13 Jan under embargo.

Can you rewrite this as a short Slack post for the customer-care team in Manila? They need to know what to say if customers ask about price changes before 3 Feb.`),

  rec('report', f`${mark('Confidential – Not for Circulation')}
DRAFT — Internal review ahead of HIQA inspection, Ashgrove Unit

Staffing on nights fell below the agreed ratio on 9 occasions in October. Two medication errors (no harm) were not escalated to the PIC within 24 hours. Falls risk assessments were overdue for 6 of 28 residents.

Turn this into an action plan with owners and dates. Keep it factual.`),

  rec('board_pack', f`Review of bereavement-care pricing — Serenitas Funeral Group

${mark('This paper is confidential and is intended for members of the Board only.')} It should not be copied or shared with branch managers before the Board has decided.

We propose a single "simple funeral" package at €3,450 across all Irish branches, replacing 11 local price lists.

Can you check the grammar and make the intro paragraph shorter?`, 'inline statement that marks the paper, labelled'),

  rec('chat_tl', f`Pakisummarize naman 'to in 3 bullets, ise-share ko lang sa team leads (hindi sa agents):

${mark('CONFIDENTIAL')}
Customer Care Staffing Plan – Manila, Dec 2024
- Reduce night shift from 14 to 9 agents after 15 Dec; move 5 to the Melbourne day queue
- Trial AI-drafted replies on 30% of email tickets
- Headcount freeze until March`),

  rec('email', f`Subject: [${mark('RESTRICTED')}] Unit 2 turnaround — revised critical path

All,

Revised critical path attached. FCC reactor cyclone replacement now drives the schedule (+6 days). Start-up moves to 19 April. Please don't share the date with contractors until the commercial team has spoken to the main contractor.

Regards,
Turnaround Manager

→ summarise for the site leadership meeting, 3 bullets`),

  rec('letter', f`${mark('PRIVATE AND CONFIDENTIAL')}
Ms Mary Twomey
14 Strand Road
Tralee, Co. Kerry

Dear Ms Twomey,

Re: Your complaint of 18 November

Thank you for taking the time to write to us. I am sorry that the arrangements for your brother's funeral fell short of what you expected...

Please help me finish this letter — apologise for the delay at the crematorium and offer a refund of the limousine charge.`),

  rec('doc_no', f`${mark('KONFIDENSIELT')}
Styresak 14/2024 – Salg av sykehjemmet på Nordstrand

Styret anbefales å akseptere bud fra Omsorgsbygg Øst AS på 84 MNOK, forutsatt at alle ansatte tilbys videre ansettelse.

Lag et kort sammendrag på engelsk for eierne i Irland.`),

  rec('chat', f`The FAI compliance form asks us to mark any medical report we send as "${amb('confidential.marking', 'MEDICAL-IN-CONFIDENCE')}" in the header. How do I add a header like that to every page of a PDF exported from our physio software? We use Adobe Acrobat Standard.`, 'a marking quoted in a formatting question, not marking this text: ambiguous'),
];
