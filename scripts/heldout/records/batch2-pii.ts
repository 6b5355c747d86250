/** Held-out batch 2: personal data in tickets, HR and payroll text, forms, exports, logs and signatures. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH2_PII: DraftRecord[] = [
  rec('ticket', f`#51027 Refund not received
Requester: Dwayne Holloway <${v('pii.email', 'dholloway82@yahoo.com')}>
Callback: ${phone('(503) 418-2957', 'US')}
Order: BW-2024-118374 · placed 10/30/2024 · $64.18

"I returned the blender on Nov 4 (UPS 1Z 7A9 38F 03 4821 9065) and still have no refund. This is my third email."

Write a reply that apologises and promises a refund within 3 business days.`),

  rec('hr_de', f`Bitte formuliere eine kurze Willkommensmail für unseren neuen Werkstudenten. Daten aus dem Personalbogen:
Name: Felix Brandstätter
Geburtsdatum: ${v('pii.date_of_birth', '22.07.2001')}
Steuer-ID: ${v('pii.de_steuer_id', '57382941636')}
Krankenkasse: TK
Mobil: ${phone('0151 28473960', 'DE')}
Start: 02.12.2024, Team Data Engineering`),

  rec('payroll_fr', f`Peux-tu me rédiger l'attestation employeur pour Mme Nadia Benali ?
N° de sécurité sociale : ${v('pii.fr_nir', '2 87 06 75 112 034 14')}
Date d'entrée : 04/03/2019 — poste : assistante de direction
Salaire brut mensuel : 2 940 €`),

  rec('chat_es', f`Necesito un modelo de autorización para que mi hermano recoja un paquete en Correos. Mis datos: Lucía Ferrer Gil, DNI ${v('pii.es_dni', '71930482Y')}. Él: Marc Ferrer Gil, con NIE ${v('pii.es_nie', 'Y3851207D')} porque todavía no tiene el DNI.`),

  rec('form_it', f`Richiesta rimborso spese mediche
Dipendente: Luca Ferrari
Codice fiscale: ${v('pii.it_codice_fiscale', 'FRRLCU79E14F205M')}
Telefono: ${phone('+39 347 218 5903')}
Importo: € 184,00 (visita specialistica 12/11/2024)

Puoi controllare che il modulo sia completo?`),

  rec('letter_nl', f`Geachte heer Jansen,

Hierbij bevestigen wij uw inschrijving bij de salarisadministratie. Wij hebben de volgende gegevens geregistreerd:
Burgerservicenummer: ${v('pii.nl_bsn', '236174058')}
Geboortedatum: ${v('pii.date_of_birth', '9 mei 1988')}
Loonheffingskorting: ja

Met vriendelijke groet,
P&O Brightwater Nederland`),

  rec('chat_hi_en', f`Didi mera PAN-Aadhaar link nahi ho raha. Aadhaar number ${v('pii.in_aadhaar', '7395 0284 6133')} daala, error aa raha hai "name mismatch". PAN pe naam Priya Sharma hai, Aadhaar pe Priya S. Kya karun?`),

  rec('chat_pt', f`Olá, pode me ajudar a preencher o contrato de aluguel? Locatário: Thiago Almeida, CPF ${v('pii.br_cpf', '381.946.027-69')}, telefone ${phone('+55 11 98247-3610')}. O início é 1º de janeiro.`),

  rec('onboarding_ca', f`Payroll setup for the Montreal contractor:
Name: Élodie Tremblay
SIN: ${v('pii.ca_sin', '581 930 468')}
Email: ${v('pii.email', 'elodie.tremblay@videotron.ca')}
Direct deposit form attached separately.

Draft the welcome email in French and English.`),

  rec('clinic_letter', f`Simplify this discharge letter for the patient's family:

Patient: Margaret Ellis   NHS No: ${v('pii.uk_nhs_number', '401 023 2137')}   DOB: ${v('pii.date_of_birth', '03/09/1941')}
Admitted 18/11 with community-acquired pneumonia, treated with IV co-amoxiclav, switched to oral on day 3. Discharged 24/11. GP to review in 2 weeks. Daughter (next of kin): ${phone('07412 839406', 'GB')}`),

  rec('chat', f`Can you check my P45 details before I send them to the new employer? National Insurance number ${v('pii.uk_nino', 'PW 51 83 20 B')}, tax code 1257L, leaving date 29/11/2024.`),

  rec('benefits_form', f`Rewrite this benefits enrollment note as a checklist:

Employee: Andre Wilkins (ID 20417), SSN ${v('pii.us_ssn', '409-52-7318')}
Dependents: spouse Tasha Wilkins (SSN ${v('pii.us_ssn', '231-70-5546')}), son Marcus, DOB ${v('pii.date_of_birth', '06/14/2016')}
Plan: PPO Gold, effective 01/01/2025. Missing: marriage certificate.`),

  rec('travel', f`Online check-in keeps failing for my colleague. Passenger: Jonas Lindqvist, passport number ${v('pii.passport', 'C4HK7R29N')} (German), expires 2032. Flight LH 2037 MUC–ARN on 9 Dec. What else could be wrong?`),

  rec('travel', f`Visa letter template please. Invitee: Adaeze Okonkwo, Nigerian passport no. ${v('pii.passport', 'A08317264')}, arriving 14 Jan for the Lagos–London partner workshop.`),

  rec('csv', f`Which of these newsletter signups look like bots?

${amb('source_code.snippet', f`created_at,email,country,ip
2024-11-28T02:11:04Z,${v('pii.email', 'kj3h2k1@mailinator.com')},RU,${amb('pii.ip_address', '185.220.101.47')}
2024-11-28T02:11:05Z,${v('pii.email', 'kj3h2k2@mailinator.com')},RU,${amb('pii.ip_address', '185.220.101.47')}
2024-11-28T08:42:51Z,${v('pii.email', 'sven.aberg@telia.se')},SE,${amb('pii.ip_address', '81.229.84.12')}
2024-11-28T09:03:37Z,${v('pii.email', 'claire.moreau@free.fr')},FR,${amb('pii.ip_address', '2a01:e0a:b41:5c70::1f')}`)}`),

  rec('log_json', f`${amb('source_code.snippet', f`{"level":"error","time":"2024-11-29T11:47:02.339Z","service":"accounts","msg":"password reset mail bounced","user_id":88213,"email":"${v('pii.email', 'm.kowalski@onet.pl')}","smtp_code":550,"remote_addr":"${amb('pii.ip_address', '89.64.17.203')}","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736"}`)}
what does 550 5.1.1 mean here, is the address wrong?`),

  rec('signature_it', f`Cordiali saluti,

Dott.ssa Francesca Moretti
Ufficio Acquisti – Brightwater Italia S.r.l.
Via Tortona 31, 20144 Milano
Tel. ${phone('+39 02 8734 1920')}
${v('pii.email', 'f.moretti@brightwater.it')}`),

  rec('signature_pl', f`Z poważaniem
Katarzyna Wiśniewska
Specjalista ds. logistyki
tel. kom. ${phone('+48 512 384 927')}
tel. stacjonarny ${phone('+48 22 418 37 92')}
e-mail: ${v('pii.email', 'k.wisniewska@brightwater.pl')}`),

  rec('signature_sv', f`Med vänliga hälsningar

Erik Sandberg
Driftchef, Nordvik Marine AB
Direkt: ${phone('+46 8 505 283 17')}
Mobil: ${phone('070-218 43 95', 'SE')}`),

  rec('chat', f`Write a short bio for the conference program: Dr. Imani Clarke, born ${v('pii.date_of_birth', '12 March 1979')} in Kingston, Jamaica; epidemiologist at Oakmere Health since 2015; PhD LSHTM. Keep it under 60 words and leave out the birth date.`),

  rec('invite', f`Can you turn this into a calendar invite text?

Steering group – data retention policy
Thu 5 Dec, 10:00–11:00 CET, Teams
Attendees: ${v('pii.email', 'h.vandenberg@oakmerehealth.nl')}; ${v('pii.email', 'ruth.adeyemi@oakmerehealth.co.uk')}; ${v('pii.email', 'p.nowak@oakmerehealth.pl')}
Agenda: retention periods for HR files, CCTV, call recordings`),

  rec('trace', f`${amb('source_code.snippet', f`Exception in thread "main" java.lang.IllegalStateException: duplicate customer key
	at com.oakmere.crm.Importer.upsert(Importer.java:142)
	at com.oakmere.crm.Importer.run(Importer.java:77)
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "customers_email_key"
  Detail: Key (email)=(${v('pii.email', 'ahmed.elsayed@hotmail.com')}) already exists.`)}

The import should update, not insert. Where's the bug?`),

  rec('chat_sv', f`Hjälp mig skriva ett intyg för föräldraledighet. Anställd: Sara Lindgren, personnummer ${ambCat('pii', '890412-3946')}, anställd sedan 2017.`, 'Swedish personnummer: personal, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_hi_en', f`Bhai courier wale ko bol do ki ${phone('+91 98114 27365')} pe call kare, main office mein hoon. Address: Flat 402, Sai Residency, Baner, Pune 411045. Landmark Balewadi phata.`),

  rec('cv', f`Improve the summary section of my CV, keep the contact block as is:

ROSA MÉNDEZ
${v('pii.email', 'rosa.mendez.dev@gmail.com')} · ${phone('+34 934 827 106')} · linkedin.com/in/rosamendez
Date of birth: ${v('pii.date_of_birth', '1990-11-02')}

Summary: I am a backend developer with 8 years experience in Java and Kotlin and I like to work in teams and I am very motivated.`),

  rec('email_thread', f`> On Tue, 26 Nov 2024 at 16:05, Liam O'Connor <${v('pii.email', 'liam.oconnor@eircom.net')}> wrote:
> Hi, my new mobile is ${phone('+353 87 421 9036')}, please update it for the delivery.

Hi Liam, updated — the driver will call before arriving.

Rewrite my reply so it sounds warmer.`),
];
