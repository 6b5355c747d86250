/**
 * Held-out batch 11: personal data, third representative sample (HR, payroll, benefits, travel,
 * CRM, customer service, logs) in the countries of a typical multinational. Hand-written; not
 * measured yet (README).
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const ip = (s: string) => amb('pii.ip_address', s);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH11_PII: DraftRecord[] = [
  rec('hr_ticket', f`HR case #7712: Brianna Solis (employee ID 30418) says her 2026 W-2 shows the wrong SSN. Correct SSN per her card: ${v('pii.us_ssn', '464-23-3983')}. DOB on file ${dob('09/27/1990')}. Draft a reply explaining we'll issue a W-2c within 10 business days.`),

  rec('i9_question', f`For the I-9, our new warehouse associate wrote his SSN on the form as ${v('pii.us_ssn', '400-44-3057')} but his Social Security card isn't with him yet. Can he start on Monday, or do we have to wait? Keep it short.`),

  rec('benefits', f`Please rewrite this so it fits the carrier's dependent form:

Employee: Marcus Greene
Spouse: Alicia Greene, DOB ${dob('1988-04-16')}, SSN ${v('pii.us_ssn', '604-44-5023')}
Child: Jordan Greene, DOB ${dob('2021-11-02')}
Coverage effective 02/01/2027`, 'coverage date is not a birth date; the child has no SSN given'),

  rec('uk_payroll', f`Can you check this new starter form before it goes to payroll?

Name: Callum Whitaker
NI number: ${v('pii.uk_nino', 'PX 71 38 52 B')}
Date of birth: ${dob('03/08/1997')}
Mobile: ${phone('07825 613 447', 'GB')}
Start date: 1 February 2027
P45: yes, tax code 1257L`),

  rec('fit_note', f`Write a neutral note for the absence record: Rachel Dunmore, NHS number ${v('pii.uk_nhs_number', '810 982 5583')}, fit note from her GP covers 13–27 January (post-operative recovery). Phased return to be discussed with her line manager.`),

  rec('de_personal', f`Kannst du prüfen, ob für die Anmeldung bei der Krankenkasse noch etwas fehlt?

Name: Felix Hartmann
Geburtsdatum: ${dob('14.02.1994')}
Steuer-ID: ${v('pii.de_steuer_id', '62 985 571 450')}
Anschrift: Lindenstraße 12, 01277 Dresden
Telefon: ${phone('0351 4820 117', 'DE')}`),

  rec('fr_secu', f`Peux-tu rédiger un mail à la CPAM ? Notre salariée Émilie Roussel (n° de sécurité sociale ${v('pii.fr_nir', '2 91 11 33 868 846 44')}) n'a pas reçu ses indemnités journalières de décembre. Ton poli mais ferme.`),

  rec('es_nomina', f`Tengo que dar de alta a dos personas en la nómina de enero, ¿me preparas la tabla?
- Sergio Navarro Gil, DNI ${v('pii.es_dni', '53593575X')}, nacido el ${dob('22/06/1992')}
- Oksana Melnyk, NIE ${v('pii.es_nie', 'Y3270823F')}, móvil ${phone('+34 622 18 47 93')}`),

  rec('it_cf', f`Mi prepari una mail per il consulente del lavoro? Nuova assunzione dal 1° febbraio: Francesco Galli, codice fiscale ${v('pii.it_codice_fiscale', 'GLLFNC86B14A944W')}, contratto a tempo indeterminato, livello 4 CCNL commercio.`),

  rec('nl_bsn', f`Klopt dit formulier voor de salarisadministratie? Naam: Lotte Bakker, BSN ${v('pii.nl_bsn', '588036511')}, geboortedatum ${dob('11-03-1995')}, e-mail ${email('lotte.bakker@verhoevenbouw.nl')}. Startdatum 1 februari.`),

  rec('in_aadhaar', f`Bhai mera PF transfer atak gaya hai. Aadhaar ${v('pii.in_aadhaar', '4358 0348 8689')} aur UAN sab sahi hai, phir bhi "details mismatch" aa raha hai. HR ko kya likhun? Ek short mail English mein bana do.`),

  rec('br_cpf', f`Preciso emitir a nota para um prestador autônomo: Lucas Pereira, CPF ${v('pii.br_cpf', '356.903.940-41')}, e-mail ${email('lucas.pereira.design@gmail.com')}. Quais dados ainda faltam para o RPA?`),

  rec('ca_sin', f`Our new hire in Calgary, Megan Fraser, sent her SIN by e-mail: ${v('pii.ca_sin', '651 522 476')}. Can payroll keep that e-mail on file, or should we delete it after entering it in ADP?`),

  rec('travel_in', f`Please book a hotel and flight for our visiting engineer and draft the request to the travel agency:
Name: Vikram Nair
Passport: ${v('pii.passport', 'R7394516')} (Republic of India), valid until 2032
Date of birth: ${dob('5 October 1987')}
Dates: 8–19 February 2027, Frankfurt`),

  rec('visa_letter', f`Draft a business visa invitation for our Shanghai supplier visit. Traveller: Daniel Osei, British passport no. ${v('pii.passport', '537218946')}, born ${dob('21 July 1983')}, Head of Sourcing. Visit dates 3–7 March 2027.`),

  rec('crm_csv', f`Merge duplicates in this Salesforce export (same e-mail = same contact):

${cfg(f`FirstName,LastName,Email,Phone,Account
Hannah,Cho,${email('hannah.cho@bayline-pkg.com')},${phone('+1 617 482 3391')},Bayline Packaging
Hannah,Cho,${email('hannah.cho@bayline-pkg.com')},${phone('+1 617 482 3391')},Bayline Packaging Inc.
Graham,Reid,${email('g.reid@northmoor-supply.co.uk')},${phone('+44 161 832 4410')},Northmoor Supply
Inès,Lefebvre,${email('ines.lefebvre@clairmont-conseil.fr')},${phone('+33 6 71 24 38 95')},Clairmont Conseil`)}`),

  rec('signature', f`Make this signature shorter and cleaner:

Kind regards,
Priyanka Desai
Regional Sales Manager – Benelux | Fernlea Bio
T ${phone('+31 20 794 3318')} | M ${phone('+31 6 4129 8835')}
${email('priyanka.desai@fernlea-bio.com')}
Herengracht 420, 1017 BZ Amsterdam`),

  rec('zendesk', f`Summarise this ticket for the handover:

Requester: Owen Blackwood <${email('owen.blackwood@btinternet.com')}>
Phone: ${phone('+44 7834 216 590')}
Subject: Tent pole snapped on first use
"Bought the Ridgeline 3 in November, one pole snapped on the first trip. I'd like a replacement pole rather than a refund."`),

  rec('app_log', f`What does this warning mean and is it safe to ignore?

${cfg(f`{"time":"2027-01-15T07:41:09Z","level":"WARN","svc":"auth","msg":"login from new device","user":"${email('s.kaminski@arkwright-freight.com')}","ip":"${ip('88.214.57.103')}","ua":"Mozilla/5.0 (Windows NT 10.0; Win64; x64)"}`)}`),

  rec('access_log', f`These requests hammered our login endpoint overnight. Can you tell if it's one attacker?

${cfg(f`${ip('45.155.205.233')} - - [15/Jan/2027:02:14:07 +0000] "POST /account/login HTTP/1.1" 401 188 "-" "curl/8.5.0"
${ip('45.155.205.233')} - - [15/Jan/2027:02:14:08 +0000] "POST /account/login HTTP/1.1" 401 188 "-" "curl/8.5.0"
${ip('193.42.33.17')} - - [15/Jan/2027:02:14:11 +0000] "POST /account/login HTTP/1.1" 401 188 "-" "curl/8.5.0"`)}`, 'access log: IPs ambiguous, log ambiguous source code'),

  rec('cv', f`Can you tighten the profile section of my CV?

SOFIA RIBEIRO
Lisbon · ${phone('+351 913 482 207')} · ${email('sofia.ribeiro.pm@gmail.com')}
Date of birth: ${dob('18/12/1992')}

Product manager with 6 years in logistics SaaS; led the launch of a carrier marketplace used by 900 shippers.`),

  rec('meeting_notes_de', f`Bitte fasse die Notizen als kurze Mail an das Team zusammen:
Kundentermin Ostwald Maschinenbau, 14.01.
- Ansprechpartner: Herr Jürgen Pohl, ${email('j.pohl@ostwald-maschinenbau.de')}, ${phone('+49 40 3861 2047')}
- Wartungsvertrag soll auf 3 Jahre verlängert werden
- Angebot bis Ende Januar`),

  rec('pl_complaint', f`Przetłumacz na angielski i zaproponuj odpowiedź: "Dzień dobry, od dwóch tygodni czekam na zwrot za zamówienie 88123. Proszę o kontakt: ${phone('+48 603 219 448')}, ${email('marta.wojcik@interia.pl')}. Marta Wójcik"`),

  rec('fr_client', f`Traduis en anglais pour le support de niveau 2 : « Madame Aurélie Fontaine (${email('aurelie.fontaine@laposte.net')}, ${phone('01 44 82 36 10', 'FR')}) signale que sa facture de décembre a été envoyée à une ancienne adresse. »`),

  rec('ja_inquiry', f`次の問い合わせに英語で返信する案を作ってください。
「株式会社ミナト精工の佐藤です。先月注文した部品がまだ届いていません。連絡先: ${email('k.sato@minato-seiko.co.jp')}、電話 ${phone('090-4218-7351', 'JP')}」`),

  rec('teams_message', f`Turn this Teams message into a polite out-of-hours escalation policy note:
"If the freezer alarm at the Leeds depot goes off at night, call Dave Mercer on his personal mobile ${phone('+44 117 946 3385')} — he's the only one with keys."`),

  rec('es_delivery', f`Redacta un SMS de confirmación de entrega para este cliente: Javier Montoya, Calle de Toledo 88, 3ºB, 28005 Madrid, teléfono ${phone('915 23 48 71', 'ES')}, entrega el jueves entre 9 y 14 h.`),

  rec('nl_contacts', f`Zet deze noodcontacten in een tabel (naam, relatie, telefoon):
- Sanne Visser – partner van Ruud – ${phone('+31 10 714 2260')}
- Kees de Jong – vader van Femke – ${phone('+31 6 2874 1196')}`),

  rec('background_check', f`Our background-check vendor needs these fields in a CSV. Can you format them?
Candidate: Tyrone Mitchell
DOB: ${dob('02/14/1985')}
SSN: ${v('pii.us_ssn', '360-58-5837')}
Phone: ${phone('(312) 649-2270', 'US')}
Email: ${email('tyrone.mitchell85@outlook.com')}`),

  rec('uk_hmrc', f`Help me reply to HMRC. Letter reference PAYE/7733. They say my NI number ${v('pii.uk_nino', 'SK 40 96 27 A')} has two employments recorded for November, but I only had one job.`),

  rec('kyc_hinglish', f`Customer ka KYC form check kar do, kuch missing to nahi? Naam: Ritu Agarwal, DOB ${dob('30/04/1991')}, Aadhaar ${v('pii.in_aadhaar', '4428 2868 9380')}, PAN ${ambCat('pii', 'BQRPA4821K')}, mobile ${phone('+91 98450 31276')}.`, 'Indian PAN: ambiguous pii without a rule id (batch 9)'),

  rec('hr_note_child', f`Please reword for the personnel file: "Kevin asked to move to a 4-day week from March because his daughter Amelia, born ${dob('12 September 2025')}, starts nursery only three days a week."`, 'a child\'s birth date (batch 9 convention)'),
];
