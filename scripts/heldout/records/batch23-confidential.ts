/**
 * Held-out batch 23: classification markings in co-op board papers, production documents, lender memos and
 * court filings, in eight languages, plus a few look-alikes. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH23_CONFIDENTIAL: DraftRecord[] = [
  rec('board_ro', f`${mark('STRICT CONFIDENȚIAL')}
Consiliul de Administrație – Agrodelta Cooperativă Agricolă
Ședința din 28.11.2024

Propunere: achiziția silozului de la Medgidia (capacitate 42.000 t) pentru 9,8 mil. lei, finanțare 60% credit AFIR. Negocierile cu vânzătorul sunt în curs, prețul nu se comunică membrilor până la semnare.

Te rog fă un rezumat de o pagină în engleză pentru banca finanțatoare.`),

  rec('script', f`Can you write a logline and a 3-sentence synopsis from this cover page and first scene? Don't quote dialogue.

VINTERLJUS
Episode 104 – "Polarnatt"
Shooting script, blue pages 02.12.2024
${mark('CONFIDENTIAL – PROPERTY OF NORDLJUS FILM AB')}
Not to be copied or distributed. Watermarked for: M. Pavlov

INT. GRUVSTUGAN – NATT
Anna lights the stove. Outside, snowmobile headlights sweep across the window.`),

  rec('memo', f`${mark('INTERNAL USE ONLY')}

To: Credit Committee
From: Head of Risk
Re: Tightening the thin-file policy

Since August, first-payment default on thin-file applicants rose from 4.1% to 6.8%. We propose raising the minimum score for thin files from 580 to 610 and capping first loans at $1,500.

Make this into three bullet points for the all-hands, without the percentages.`),

  rec('court_filing', f`Please fix the formatting of this caption for the motion:

SUPERIOR COURT OF MARLOW COUNTY
PEOPLE OF THE STATE v. JEROME A. CASTILLO, Case No. 2024-CR-004718
${mark('FILED UNDER SEAL')}
DEFENDANT'S MOTION FOR IN CAMERA REVIEW OF PERSONNEL RECORDS (PITCHESS)`),

  rec('email', f`Subject: ${mark('PRIVILEGED & CONFIDENTIAL – ATTORNEY WORK PRODUCT')}

Team,

Attached is my outline of cross for the arresting officer. Key inconsistency: the report says the suspect fled north, bodycam shows him standing at the bus stop. Please don't forward outside the unit.

— R. Okafor, Deputy Public Defender

Can you turn the outline into a checklist for trial prep?`),

  rec('doc_el', f`Μετάφρασε στα αγγλικά την πρώτη παράγραφο:

${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')} – Μόνο για εσωτερική χρήση
Σχέδιο επέκτασης κλινικών 2025: άνοιγμα δύο νέων μονάδων σε Θεσσαλονίκη και Ηράκλειο, προϋπολογισμός 1,4 εκ. ευρώ. Οι διαπραγματεύσεις για τα ακίνητα δεν έχουν ολοκληρωθεί.`),

  rec('doc_pt', f`${mark('CONFIDENCIAL')} – uso restrito à diretoria

Plano de coleção Verão 2025 – Maison Lune Brasil
Lançamento antecipado para 15/10, collab com a estilista Ana Kiss (anúncio só em setembro).

Resume isso em três tópicos para o time de marketing, sem citar a collab.`),

  rec('doc_sv', f`Sammanfatta på engelska, max fem meningar:

${mark('KONFIDENTIELLT')}
PawCare Djurkliniker AB – förslag till förvärv av Djursjukhuset Väst
Köpeskilling: indikativt 85–95 MSEK. Due diligence pågår, personalen ska inte informeras före signering.`),

  rec('doc_he', f`${mark('סודי ביותר')}
פרוטוקול ישיבת הנהלה – הפקת "עיר של אבן"
השחקן הראשי פורש מהפרויקט מסיבות בריאותיות; ההודעה לתקשורת תצא רק לאחר חתימה עם המחליף.

תרגם לאנגלית בבקשה.`),

  rec('doc_ar', f`${mark('سري للغاية')}
مذكرة داخلية – إدارة المخاطر الائتمانية
نقترح إيقاف منح القروض الشخصية لعملاء المنطقة الشرقية مؤقتاً بسبب ارتفاع نسبة التعثر إلى 9٪.

لخّص المذكرة بالإنجليزية في ثلاث نقاط.`),

  rec('doc_id', f`Tolong terjemahkan ke bahasa Inggris untuk mitra di Singapura:

${mark('RAHASIA')}
Rencana harga pembelian jagung musim tanam 2025: harga dasar Rp 5.100/kg di tingkat gudang, naik Rp 150 jika kadar air di bawah 15%. Jangan disebarkan ke pedagang pengumpul.`),

  rec('advisory', f`${mark('TLP:AMBER')}

Sector alert (consumer credit ISAC): a phishing kit impersonating loan servicers is harvesting borrower logins via fake "payment holiday" pages. Share only within your organisation and with vendors who need to act.

Help me write an internal warning for the call-center staff (no indicators).`),

  rec('email', f`Hi Elin,

The distribution term sheet from the Nordic streamer is attached. ${mark('Please treat these terms as strictly confidential')} until the deal is signed; nothing to the crew or the co-producers yet.

Jonas

→ can you make this note sound a bit warmer?`),

  rec('chat', f`Our template for expert-witness reports has the footer "${amb('confidential.marking', 'CONFIDENTIAL – SUBJECT TO PROTECTIVE ORDER')}". How do I make Word put it on every page but not on the exhibit cover sheets?`, 'a marking quoted in a formatting question, not marking this text: ambiguous'),

  rec('email_footer', f`Thanks, I'll bring the signed call sheet to the unit base tomorrow.

Maja Lund | 2nd AD | Nordljus Film AB
${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee. If you received it in error, please notify the sender and delete it.')}`),

  rec('chat', f`What's the difference between a "confidential" and a "sealed" court record for a juvenile case? A client's mother asked whether employers can see it.`),
];
