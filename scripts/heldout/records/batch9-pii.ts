/** Held-out batch 9: personal data in everyday HR, payroll, support, CRM, travel and IT text of a multinational. Representative mix; hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const ip = (s: string) => amb('pii.ip_address', s);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH9_PII: DraftRecord[] = [
  rec('ticket', f`Ticket #48213 — Customer can't log in
From: ${email('jessica.moreno84@yahoo.com')}
Phone: ${phone('(512) 847-3920', 'US')}
Message: "I reset my password twice and still get 'account locked'. Please call me, I need to download my invoices today."

Write a short, empathetic first response.`),

  rec('hr_onboarding', f`New hire paperwork — please turn this into the HRIS import format (first, last, SSN, DOB, start date):

Name: Derek Whitfield
SSN: ${v('pii.us_ssn', '512-48-3917')}
Date of birth: ${dob('03/14/1991')}
Start date: 01/05/2027
Home address: 2219 Alder Creek Dr, Austin, TX 78745`, 'start date is not a birth date'),

  rec('benefits_email', f`Hi Lauren, for the dependent enrollment I need my daughter added to the dental plan. Her SSN is ${v('pii.us_ssn', '219-63-0482')} and she was born on ${dob('August 2, 2019')}. Let me know if you need the birth certificate. — Rewrite this more formally please.`),

  rec('uk_payroll', f`Can you check this starter checklist has everything for payroll?

Employee: Aisha Rahman
National Insurance number: ${v('pii.uk_nino', 'JT 48 29 17 C')}
Date of birth: ${dob('22/07/1996')}
Mobile: ${phone('07823 419 506', 'GB')}
Student loan: Plan 2`),

  rec('occ_health', f`Occupational health referral (draft) — please tidy the wording:
Employee: Gareth Pryce, warehouse operative, Coventry site
NHS number: ${v('pii.uk_nhs_number', '943 476 5919')}
Reason: recurring lower back pain, 3 absences since September
Manager contact: ${email('h.sandhu@orbis-freight.co.uk')}`),

  rec('de_onboarding', f`Personalbogen für die neue Kollegin, bitte prüfen ob was fehlt:
Name: Julia Neumann
Geburtsdatum: ${dob('11.09.1993')}
Steuer-ID: ${v('pii.de_steuer_id', '62 819 374 028')}
Krankenkasse: TK
Telefon: ${phone('+49 151 28473916')}
E-Mail privat: ${email('julia.neumann93@gmx.de')}`),

  rec('fr_mutuelle', f`Je dois remplir l'affiliation à la mutuelle pour un nouveau salarié. Numéro de sécurité sociale : ${v('pii.fr_nir', '2 88 04 69 123 045 45')}, date de naissance : ${dob('12/04/1988')}. Quels autres documents faut-il demander ? Réponds en français.`),

  rec('es_contrato', f`Datos para el alta en la Seguridad Social, ¿me los pasas a una tabla?
Nombre: Lucía Fernández Ortega — DNI ${v('pii.es_dni', '48291736Q')} — fecha de nacimiento ${dob('05/02/1995')}
Nombre: Andrei Popescu — NIE ${v('pii.es_nie', 'Y4918273J')} — fecha de nacimiento ${dob('19/10/1989')}
Centro de trabajo: Madrid, Calle de Alcalá 214`),

  rec('it_assunzione', f`Per la pratica di assunzione: Giulia Bianchi, codice fiscale ${v('pii.it_codice_fiscale', 'BNCGLI88C47H501F')}, cellulare ${phone('+39 347 281 9043')}. Mi scrivi una mail all'ufficio paghe per chiedere l'attivazione del badge?`),

  rec('nl_hr', f`Kun je deze gegevens controleren voor de salarisadministratie?
Naam: Daan de Vries
BSN: ${v('pii.nl_bsn', '284917369')}
Geboortedatum: ${dob('27-06-1990')}
IBAN volgt per mail.`),

  rec('chat_hi_en', f`Sir mera salary account update karna hai. Aadhaar number ${v('pii.in_aadhaar', '3847 1926 5040')} hai aur mobile ${phone('+91 98201 47362')}. Kya HR portal pe khud kar sakta hoon ya form bharna padega? Please reply in simple English.`, 'Hindi-English: Aadhaar and phone'),

  rec('br_cadastro', f`Preciso cadastrar um novo fornecedor pessoa física no SAP. CPF ${v('pii.br_cpf', '418.370.925-32')}, nome Rafael Azevedo Lima, data de nascimento ${dob('23/01/1987')}, telefone ${phone('+55 11 98274-3619')}. Quais campos são obrigatórios?`),

  rec('ca_payroll', f`Notre nouvelle employée de Montréal nous a envoyé son NAS par courriel : ${v('pii.ca_sin', '529 183 741')}. Peut-on garder ce courriel ou faut-il le supprimer après la saisie dans Ceridian ? Réponse courte svp.`),

  rec('travel_booking', f`Please book the flight for our visiting engineer:
Passenger: Mr Karthik Subramanian
Passport number: ${v('pii.passport', 'P4817293')} (India), expires 2031
Date of birth: ${dob('9 May 1985')}
Route: BLR → LHR, 12 Jan 2027, return 26 Jan 2027
Contact: ${email('karthik.s@northgate-systems.in')}`),

  rec('visa_letter', f`Draft an invitation letter for a US business visa. Visitor: Ana Lucía Gómez, Mexican passport no. ${v('pii.passport', 'G48172936')}, born ${dob('14 March 1992')}, mobile ${phone('+52 55 4182 9307')}. She'll attend our Chicago sales kickoff 2–4 February 2027.`),

  rec('crm_csv', f`Dedupe this export from HubSpot, same person sometimes appears twice:

${cfg(f`first_name,last_name,email,phone,company
Tom,Eriksen,${email('tom.eriksen@kaleido-retail.com')},${phone('+44 20 3847 2910')},Kaleido Retail
Thomas,Eriksen,${email('t.eriksen@kaleido-retail.com')},${phone('+44 20 3847 2910')},Kaleido Retail
Priya,Nair,${email('priya.nair@stellanpharma.com')},${phone('+1 646 291 4837')},Stellan Pharma
Marie,Dubois,${email('m.dubois@orange.fr')},${phone('+33 6 48 27 19 53')},Boulangerie Dubois`)}`, 'CRM CSV (ambiguous source code) with e-mails and phones'),

  rec('email_signature', f`Can you shorten my e-mail signature? It's too long:

Best regards,
Sofia Marchetti
Senior Account Manager, EMEA | Kaleido Retail
M: ${phone('+39 347 902 1186')}  |  ${email('sofia.marchetti@kaleido-retail.com')}
Via Tortona 27, 20144 Milano
Please consider the environment before printing this e-mail.`),

  rec('nginx_log', f`Is this a brute force? Same user, many IPs:

${cfg(f`${ip('185.220.101.47')} - - [05/Dec/2026:22:14:03 +0000] "POST /login HTTP/1.1" 401 512 "-" "python-requests/2.31.0" user=${email('a.kowalski@orbis-freight.com')}
${ip('185.220.101.52')} - - [05/Dec/2026:22:14:05 +0000] "POST /login HTTP/1.1" 401 512 "-" "python-requests/2.31.0" user=${email('a.kowalski@orbis-freight.com')}
${ip('45.134.26.19')} - - [05/Dec/2026:22:14:09 +0000] "POST /login HTTP/1.1" 401 512 "-" "python-requests/2.31.0" user=${email('a.kowalski@orbis-freight.com')}`)}`, 'access log: IPs ambiguous, e-mail labelled'),

  rec('meeting_notes', f`Notizen aus dem Kundentermin (bitte als Zusammenfassungs-Mail formulieren):
Teilnehmer: Hannah Lowe (Brightlane), ${email('m.schroeder@hofmann-verpackung.de')} (Hofmann), ich
- Hofmann möchte wöchentliche statt monatliche Lieferberichte
- Durchwahl Herr Schröder: ${phone('+49 30 28473916')}
- Nächster Review-Termin: 15. Januar 2027`, 'a review date is not a birth date'),

  rec('pl_skarga', f`Przetłumacz na angielski reklamację klienta: "Dzień dobry, zamówienie nr 5512 nie dotarło. Proszę o kontakt pod numerem ${phone('+48 512 384 907')} lub mailowo ${email('k.zielinska@wp.pl')}. Katarzyna Zielińska"`),

  rec('cv', f`Improve this CV header for a UK application:

OLUWASEUN ADEYEMI
London, UK · ${phone('07956 318 204', 'GB')} · ${email('seun.adeyemi@outlook.com')} · linkedin.com/in/seunadeyemi
Date of birth: ${dob('30/11/1994')} · Nationality: Nigerian

Data analyst with 5 years' experience in SQL, Power BI and Python.`, 'UK CVs usually omit DOB; labelled as written'),

  rec('insurance_claim', f`Claim intake notes, can you summarise for the adjuster?
Policyholder: Robert Kline, DOB ${dob('1968-02-21')}, SSN ${v('pii.us_ssn', '638-27-1940')}
Vehicle: 2021 Toyota RAV4, rear-ended on I-35 on 11/28/2026
Contact: ${phone('+1 415 839 2071')}, ${email('rkline68@comcast.net')}
Other driver's insurer: Progressive, claim 22-481937`, 'accident date is not a birth date'),

  rec('helpdesk_chat', f`Utilizador: olá, é o Mateus do escritório de Lisboa, o portátil não liga à VPN. O meu utilizador é mateus.rocha, email ${email('mateus.rocha@stellanpharma.pt')}, telemóvel ${phone('+351 912 837 465')}
Bot: …

Escreve a próxima mensagem do bot a pedir o código de erro (em português de Portugal).`),

  rec('app_log', f`${cfg(f`{"ts":"2026-12-05T08:12:44Z","level":"info","msg":"user signup","email":"${email('liam.oconnor@gmail.com')}","country":"IE","ip":"${ip('86.44.129.71')}","plan":"trial"}
{"ts":"2026-12-05T08:13:02Z","level":"error","msg":"welcome email failed","email":"${email('liam.oconnor@gmail.com')}","err":"550 mailbox unavailable"}`)}

Why would Gmail reject with 550 right after signup?`),

  rec('uk_letter', f`Reword this letter to HMRC about my tax code, keep it short:

Dear Sir/Madam,
My National Insurance number is ${v('pii.uk_nino', 'NP 83 61 27 A')}. My tax code changed to 1100L in November although I only have one job. Please review.
Yours faithfully, Emily Carter`),

  rec('us_passport', f`Filling the ESTA for a colleague... actually she's American going to the UK, does she need an ETA? Her passport number is ${v('pii.passport', '583920174')} (US), date of birth ${dob('17 October 1990')}.`),

  rec('contact_list', f`Make this a clean table: name, role, e-mail, mobile

Ravi Menon – Plant Manager Pune – ${email('ravi.menon@orbis-freight.in')} – ${phone('+91 80 4718 2936')}
Claire Dubois – HR BP Lyon – ${email('claire.dubois@orbis-freight.fr')} – ${phone('+33 6 12 84 37 59')}
Javier Ruiz – Finance Madrid – ${email('javier.ruiz@orbis-freight.es')} – ${phone('+34 612 48 39 07')}`),

  rec('sv_ticket', f`Översätt till engelska: "Hej, jag heter Elin Berg och är född ${dob('4 maj 1998')}. Jag vill ändra min adress i lönesystemet. Ring mig gärna på ${phone('+46 70 482 91 37')}."`, 'Swedish: one of the few other languages'),

  rec('debug', f`Our address validation rejects this customer, why? Postcode looks fine to me.

${cfg(f`{"customer_id": 90211, "name": "Sean Murphy", "email": "${email('sean.murphy@eircom.net')}", "phone": "${phone('+353 87 294 8173')}", "address": {"line1": "12 Grattan Street", "city": "Cork", "eircode": "T12 X2F6"}}`)}`, 'a one-line JSON object: ambiguous source code (JSON payload convention)'),

  rec('hr_note', f`Please make this note neutral and factual for the file: "Spoke with Tamara (emp. #20417) about attendance. She mentioned her son Noah was born on ${dob('3 June 2024')} and childcare is hard. Agreed flexible start 9:30 until March."`, 'a child\'s birth date (labelled)'),
];
