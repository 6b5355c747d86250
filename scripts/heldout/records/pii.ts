/** Held-out records: personal data in tickets, HR notes, exports, signatures, logs. Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

export const PII: DraftRecord[] = [
  rec('ticket', f`Ticket #88213 — Login loop on iOS app
From: ${v('pii.email', 'hannah.brennan@outlook.com')}
Phone: ${phone('(415) 826-3391', 'US')}

Hi, since the update to 6.2.0 the app logs me out every time I switch tabs. iPhone 13, iOS 18.1. Reinstalling didn't help. Please call me back after 5pm PT.`),

  rec('hr_note', f`Can you rewrite this note for the personnel file so it sounds more neutral?

"Met with Grace Murphy (SSN ${v('pii.us_ssn', '512-38-4471')}, DOB ${v('pii.date_of_birth', '04/17/1986')}) about repeated late arrivals. She mentioned childcare issues. Agreed on a flexible start between 8 and 9:30 for the next 3 months."`),

  rec('payroll_uk', f`Starter checklist – new hire
Name: Oliver Hughes
NI number: ${v('pii.uk_nino', 'JM 48 12 97 C')}
Tax code: 1257L
Start date: 02/12/2024
Student loan: Plan 2
Emergency contact: ${phone('07848 261930', 'GB')}`),

  rec('chat_hi_en', f`Bhaiya KYC pending dikha raha hai app mein. Maine Aadhaar ${v('pii.in_aadhaar', '4918 2736 4553')} upload kiya tha, aur registered mobile ${phone('+91 98765 41203')} hai. OTP bhi nahi aa raha. Please jaldi check karo.`),

  rec('csv', f`Dedupe this list by email and tell me how many unique customers we have:

${amb('source_code.snippet', f`id,name,email,phone,country,signup_ip
1042,Sofia Fernandes,${v('pii.email', 'sofia.fernandes@gmail.com')},${phone('+351 912 345 876')},PT,${amb('pii.ip_address', '85.243.17.92')}
1043,Lukas Weber,${v('pii.email', 'l.weber@web.de')},${phone('+49 151 23987456')},DE,${amb('pii.ip_address', '91.64.201.13')}
1044,Sofia Fernandes,${v('pii.email', 'Sofia.Fernandes@gmail.com')},${phone('+351 912 345 876')},PT,${amb('pii.ip_address', '85.243.17.92')}
1045,Aiko Tanaka,${v('pii.email', 'aiko.t@fernhill.io')},${phone('+81 90 4182 7365')},JP,${amb('pii.ip_address', '2400:4051:8c2:1f00::3a')}`)}`),

  rec('signature_de', f`Viele Grüße aus München

Jonas Schmidt
Teamleiter Einkauf
Fernhill Logistik GmbH | Landsberger Str. 155 | 80687 München
Tel.: ${phone('+49 89 21837465')} | Mobil: ${phone('+49 (0)171 4839271')}
${v('pii.email', 'jonas.schmidt@fernhill-logistik.de')}`),

  rec('signature_fr', f`Bien cordialement,

Camille Dubois
Responsable RH – Fernhill France
${phone('+33 1 42 68 53 07')} · ${phone('06 72 18 94 30', 'FR')}
${v('pii.email', 'camille.dubois@fernhill.fr')}`),

  rec('chat_pt', f`Oi, preciso emitir a nota fiscal para o cliente Rafael Costa, CPF ${v('pii.br_cpf', '614.038.275-08')}, e-mail ${v('pii.email', 'rafael.costa@uol.com.br')}. Pode me ajudar com o texto da descrição do serviço?`),

  rec('contract_es', f`Redacta una cláusula de confidencialidad para el contrato de Diego Alvarez (DNI ${v('pii.es_dni', '48291736Q')}) y para la consultora externa Leila Haddad (NIE ${v('pii.es_nie', 'X4829173R')}). Ambos empiezan el 1 de enero.`),

  rec('email_nl', f`Hoi Sanne,

Voor de loonadministratie heb ik nog het BSN van de nieuwe collega nodig. Zij gaf door: ${v('pii.nl_bsn', '405627130')}. Kun jij dat in AFAS zetten? Haar startdatum is 1 december.

Groet,
Pieter`),

  rec('form_it', f`Modulo iscrizione corso sicurezza
Cognome e nome: Bianchi Giulia
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCGLI92E45F205E')}
Nata a: Milano il ${v('pii.date_of_birth', '05/05/1992')}
Cellulare: ${phone('+39 347 821 6590')}`),

  rec('payroll_de', f`Hi, kannst du die Lohnabrechnung für November prüfen? Mitarbeiter: Tomasz Novak, Steuer-ID ${v('pii.de_steuer_id', '65918240570')}, Steuerklasse 1, Kirchensteuer nein. Brutto 4.250 €, das Netto kommt mir zu niedrig vor.`),

  rec('form_fr', f`Affiliation mutuelle – salarié
Nom : Moreau Hugo
N° de sécurité sociale : ${v('pii.fr_nir', '1 85 07 75 123 456 08')}
Né le ${v('pii.date_of_birth', '14 juillet 1985')} à Paris
Ayants droit : 2`),

  rec('onboarding_ca', f`New hire paperwork for the Toronto office: Amara Mensah, SIN ${v('pii.ca_sin', '728 391 046')}, start date Jan 6. TD1 forms attached. Please set up direct deposit once she sends the void cheque.`),

  rec('travel', f`Booking request: Frankfurt → Chicago, 3–7 Feb.
Traveller: Wei Chen
Passport no.: ${v('pii.passport', '548213907')} (US), expires 2031
Date of birth: ${v('pii.date_of_birth', '1990-11-23')}
Known traveler number: on file`),

  rec('medical', f`Summarise this referral letter in plain language for the patient:

Patient: Ingrid Svensson, DOB ${v('pii.date_of_birth', '12 March 1958')}, NHS No. ${v('pii.uk_nhs_number', '943 476 5919')}
Presenting complaint: exertional chest tightness for 6 weeks. ECG: sinus rhythm, no acute changes. Plan: exercise tolerance test, start aspirin 75 mg OD, review in 4 weeks.`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2024-11-21T08:12:44Z","level":"warn","msg":"password reset requested","user":{"id":88123,"email":"${v('pii.email', 'k.mensah@fernhill.io')}"},"client_ip":"${amb('pii.ip_address', '203.0.113.77')}","ua":"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6)"}
{"ts":"2024-11-21T08:12:45Z","level":"info","msg":"reset email queued","user":{"id":88123},"provider":"ses","message_id":"0102019347a1b2c3-4d5e6f70-8192-4a3b-9c8d-7e6f5a4b3c2d-000000"}`)}`),

  rec('meeting_notes', f`# Vendor sync – 19 Nov

Attendees: Ravi (us), Elena Ivanova (Baltic Freight)
- Baltic Freight switches to new TMS on 1 Dec; EDI test window 25–29 Nov
- Escalation contact for weekend shipments: Elena, ${phone('+48 512 384 291')}
- Action: Ravi to send SSCC label spec v2.3 by Friday`),

  rec('email_it', f`Buongiorno,
vi scrivo per un reclamo: l'ordine n. 44871 è arrivato danneggiato. Potete richiamarmi al ${phone('+39 02 8736 1945')} oppure scrivermi a ${v('pii.email', 'l.verdi78@libero.it')}?
Cordiali saluti, Luca Verdi`),

  rec('chat_hi_en', f`Delivery boy ko bolo ${phone('98201 45673', 'IN')} pe call kare, gate number 2 pe guard hai. Flat 1204, tower B.`),

  rec('teams', f`[14:12] Oliver Hughes
I'm off-site today, if the audit team needs anything call me on ${phone('+44 7848 261930')}
[14:13] Priya Patel
👍`),

  rec('cv', f`Please tailor my CV summary for a data engineering role:

ANYA IVANOVA
${v('pii.email', 'anya.ivanova.dev@proton.me')} | ${phone('+1 (713) 480-2267')} | Houston, TX
Born ${v('pii.date_of_birth', '2 August 1994')}

Data engineer with 6 years of experience in Spark, Airflow and dbt…`),

  rec('claim', f`Claimant: Marcus Reyes
Policy: HOM-2291-774
SSN ${v('pii.us_ssn', '231 74 9012')}
Loss date: 10/30/2024 — water damage, kitchen. Adjuster visit requested.`),

  rec('json', f`${amb('source_code.snippet', f`{
  "id": "usr_7H2kQ9",
  "name": "Kwame Mensah",
  "email": "${v('pii.email', 'kwame.mensah@yahoo.com')}",
  "phone": "${phone('+27 82 419 6038')}",
  "birthDate": "${v('pii.date_of_birth', '1988-02-29')}",
  "marketingOptIn": false
}`)}
write me a zod schema for this`),

  rec('email_thread', f`Summarise this thread in 3 bullets:

From: Fatima Haddad <${v('pii.email', 'fatima.haddad@fernhill.io')}>
To: Samir Kaur <${v('pii.email', 'samir.kaur@fernhill.io')}>
Cc: ${v('pii.email', 'warehouse-leads@fernhill.io')}
Subject: RE: Q4 peak staffing

Samir, agreed on 12 temps from 25 Nov. Agency contact is Rosa at ${phone('+1-303-716-2049')}.

> From: Samir Kaur
> Can we get the temps a week earlier than last year?`),

  rec('delivery', f`Delivery note: leave parcel with neighbour at no. 14 if not home. Contact Noah on ${phone('0412 738 925', 'AU')}.`),

  rec('chat_es', f`Necesito un mensaje de bienvenida para el nuevo proveedor en México. El contacto es Diego, su celular ${phone('+52 55 4172 3098')}.`),

  rec('access_log', f`${amb('pii.ip_address', '93.184.216.34')} - - [21/Nov/2024:10:04:12 +0000] "GET /unsubscribe?email=${v('pii.email', 'chloe.dubois%40free.fr')}&list=news HTTP/1.1" 200 512 "-" "Mozilla/5.0"
${amb('pii.ip_address', '93.184.216.34')} - - [21/Nov/2024:10:04:13 +0000] "GET /static/app.7f3c9a1e.js HTTP/1.1" 200 48211 "-" "Mozilla/5.0"`, 'URL-encoded e-mail (%40) is still an e-mail address'),

  rec('chat_nl', f`Kun je een sms-tekst maken voor klanten die hun afspraak missen? Afzender is ons servicenummer, voorbeeld-ontvanger: ${phone('06 2874 1936', 'NL')}.`),

  rec('docs', f`For testing the IVR use the fictional numbers ${amb('pii.phone', '(212) 555-0147')} and ${amb('pii.phone', '(212) 555-0183')}; they never ring a real phone.`),

  rec('hr_note', f`Reminder: Kwame's probation review is next week. Aadhaar not needed for him (not India payroll). For Arjun Singh the Aadhaar on file is ${v('pii.in_aadhaar', '630182745190')}, please verify against the scan.`),
];
