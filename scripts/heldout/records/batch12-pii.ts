/** Held-out batch 12 (representative mix, fourth sample): personal data in support, HR, travel, sales and ops text. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH12_PII: DraftRecord[] = [
  rec('ticket', f`Ticket #88412 — "Can't log in after password reset"
From: Marcus Bell <${v('pii.email', 'marcus.bell77@gmail.com')}>
Phone: ${phone('(617) 482-3391', 'US')}
Plan: Family (renews 03/14/2025)

Customer says the reset link "expired immediately". Tried twice, different browsers.

write a reply asking him to clear cookies and try the link within 15 min, keep it short`),

  rec('hr_checklist', f`Turn this into a clean onboarding checklist for payroll:

New hire: Danielle Ortiz
Start date: 12/02/2024
SSN: ${v('pii.us_ssn', '512-38-4907')}
DOB: ${v('pii.date_of_birth', '08/19/1994')}
Address: 2217 Alder St, Portland OR 97214
Position: Dental Hygienist, Pinecrest Dental (Hawthorne office)
Emergency contact: Luis Ortiz (brother)`),

  rec('payroll_uk', f`Can you write the email to HMRC's employer helpline about this? Our RTI submission was rejected for one employee:
Name: Gemma Whitlock
NI number: ${v('pii.uk_nino', 'JM 41 72 05 C')}
Payroll ID: KF-0192
Error: "NINO does not match records"
Her mobile if they need her: ${phone('07823 415 902', 'GB')}`),

  rec('clinic_letter', f`Please rewrite this referral in plain language for the patient:

Re: Mr Alan Pritchard, DOB ${v('pii.date_of_birth', '14/02/1958')}, NHS number ${v('pii.uk_nhs_number', '485 302 9176')}
Thank you for seeing this 66-year-old gentleman with a 3-month history of exertional chest tightness. ECG shows no acute changes. Started on aspirin 75 mg and atorvastatin 40 mg. Referred for outpatient CT coronary angiography.`),

  rec('hr_de', f`Kannst du aus diesen Angaben eine Meldung an die Lohnbuchhaltung formulieren?

Neue Mitarbeiterin: Sabine Krüger
Geburtsdatum: ${v('pii.date_of_birth', '03.05.1989')}
Steuer-ID: ${v('pii.de_steuer_id', '47159268343')}
Steuerklasse: 1
Krankenkasse: AOK Nordwest
E-Mail privat: ${v('pii.email', 'sabine.krueger89@web.de')}
Mobil: ${phone('0171 4829305', 'DE')}
Eintritt: 01.01.2025, 30 Std./Woche`),

  rec('hr_fr', f`Rédige une attestation de travail pour ce salarié, style formel :

M. Karim Haddad
Né le ${v('pii.date_of_birth', '12/04/1985')} à Marseille
N° de sécurité sociale : ${v('pii.fr_nir', '1 85 04 69 123 045 48')}
Poste : technicien de maintenance, depuis le 02/09/2019
Employeur : Lumen & Vale SAS, Villeurbanne`),

  rec('contract_es', f`Revisa este párrafo del contrato, creo que hay errores de puntuación:

De una parte, D.ª Lucía Romero Vidal, mayor de edad, con DNI ${v('pii.es_dni', '48291736Q')} y domicilio en Calle Alcalá 214, 3.º B, 28028 Madrid, teléfono ${phone('+34 612 839 475')}, en adelante "la arrendataria".`),

  rec('hr_es', f`necesito un correo para gestoría: el nuevo desarrollador es portugués, NIE ${v('pii.es_nie', 'Y2083561M')}, se llama Tiago Ferreira y empieza el lunes. Falta que le den de alta en la Seguridad Social. ¿me lo redactas?`),

  rec('form_it', f`Controlla che il modulo per la richiesta del posto auto sia compilato bene:

Nome e cognome: Giulia Bianchi
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCGLI85M52H501E')}
Targa: GF 482 KT
Reparto: Amministrazione, sede di Roma
Cellulare: ${phone('+39 335 782 4196')}`),

  rec('letter_nl', f`Kun je deze brief aan de Belastingdienst wat formeler maken?

Geachte heer, mevrouw,
Hierbij maak ik bezwaar tegen de aanslag inkomstenbelasting 2023. Mijn gegevens: Pieter de Groot, BSN ${v('pii.nl_bsn', '173649282')}, geboren op ${v('pii.date_of_birth', '21 juni 1979')}. De aftrek van de hypotheekrente is niet meegenomen.
Met vriendelijke groet, Pieter de Groot`),

  rec('chat_hi_en', f`Sir mera Aadhaar ${v('pii.in_aadhaar', '5729 3841 6202')} bank account se link nahi ho raha, branch wale bol rahe hain biometric mismatch. Kya online koi tarika hai? Please simple steps batao, Hindi mein bhi chalega.`),

  rec('form_pt', f`Preciso de uma mensagem de boas-vindas para o cliente novo, com os dados do cadastro confirmados:

Nome: Fernanda Costa Lima
CPF: ${v('pii.br_cpf', '518.273.094-23')}
Celular: ${phone('+55 21 99482-7316')}
E-mail: ${v('pii.email', 'fernanda.clima@hotmail.com')}
Plano: Empresarial 50 GB`),

  rec('payroll_ca', f`Draft a short email to the new contractor confirming we received her tax forms.
Contractor: Megan Fraser (Vancouver)
SIN: ${v('pii.ca_sin', '462 183 906')}
TD1 / TD1BC: received 11/25
Start: Dec 2`),

  rec('travel', f`Please book me on the 7:40 am flight to Chicago on Dec 9, returning Dec 11 evening. Details for the booking:
Name as on passport: DAVID A. KOWALSKI
Passport: ${v('pii.passport', '548213907')} (US), exp 2031
Known Traveler #: ${ambCat('pii', '98472615')}
Seat: aisle, United MileagePlus`, 'Known Traveler Number: a personal identifier no built-in rule claims (ambiguous, no rule id)'),

  rec('csv', f`Dedupe this export by email and keep the most recent row:

${amb('source_code.snippet', f`signup_date,email,country,last_ip
2024-10-02,${v('pii.email', 'j.nakamura@outlook.com')},US,${amb('pii.ip_address', '73.162.48.201')}
2024-10-05,${v('pii.email', 'anna.lindqvist@gmail.com')},SE,${amb('pii.ip_address', '81.234.17.92')}
2024-11-12,${v('pii.email', 'j.nakamura@outlook.com')},US,${amb('pii.ip_address', '73.162.48.201')}
2024-11-20,${v('pii.email', 'marco.ricci@libero.it')},IT,${amb('pii.ip_address', '151.43.209.18')}`)}`),

  rec('signature_de', f`Mit freundlichen Grüßen

Thomas Brenner
Leiter Einkauf
Veldmark GmbH
Hafenstraße 12, 20457 Hamburg
Tel.: ${phone('+49 40 2384 1975')}
Mobil: ${phone('+49 151 23948716')}
${v('pii.email', 't.brenner@veldmark.de')}

-> Bitte diese Signatur auf Englisch übersetzen, Adresse bleibt gleich`),

  rec('signature', f`thanks again, talk soon

—
Rachel Adeyemi | Senior Account Manager
Corvid Analytics
m: ${phone('+1 512 380 4471')}
e: ${v('pii.email', 'rachel.adeyemi@corvid-analytics.io')}

(can you shorten my email signature? it's way too long on mobile)`),

  rec('slack', f`@Dev can you call the client back at ${phone('(737) 204-9918', 'US')}? it's Greg Hollis from Lonestar Dental, he's asking about the invoice export again. I'm in workshops all afternoon`),

  rec('invite', f`Turn this into a proper meeting invite with an agenda:

Q1 planning – sales EMEA
Tue 7 Jan, 14:00–15:30 CET
Invitees: ${v('pii.email', 'h.schaefer@veldmark.de')}, ${v('pii.email', 'l.moreau@lumenvale.fr')}, ${v('pii.email', 'r.sousa@brisatelecom.pt')}
Topics: territory split, pipeline review, partner program`),

  rec('email_pl', f`Proszę o pomoc w odpowiedzi na reklamację:

Od: Agnieszka Zielińska <${v('pii.email', 'a.zielinska@wp.pl')}>
Telefon: ${phone('+48 601 384 295')}
"Zamówienie nr 55120 dotarło uszkodzone, proszę o zwrot pieniędzy albo wymianę."

Odpowiedź ma być uprzejma, proponujemy wymianę z darmową wysyłką.`),

  rec('log', f`${amb('source_code.snippet', f`${amb('pii.ip_address', '84.17.46.203')} - - [21/Nov/2024:10:12:44 +0000] "GET /unsubscribe?email=${v('pii.email', 'helen.drummond%40btinternet.com')}&list=weekly HTTP/1.1" 200 512 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)"
${amb('pii.ip_address', '84.17.46.203')} - - [21/Nov/2024:10:12:45 +0000] "POST /unsubscribe/confirm HTTP/1.1" 302 0 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)"`)}

why does the confirm step redirect instead of showing the success page?`),

  rec('json', f`Our mobile app crashes when rendering this profile response, which field could be null?

${amb('source_code.snippet', f`{
  "id": 40213,
  "name": "Olivia Grant",
  "email": "${v('pii.email', 'olivia.grant@icloud.com')}",
  "phone": "${phone('+1 (646) 829-4410')}",
  "birthDate": "${v('pii.date_of_birth', '1991-07-23')}",
  "avatarUrl": null,
  "loyaltyTier": "gold"
}`)}`),

  rec('cv_pt', f`Melhora o resumo do meu currículo, o resto deixa igual:

JOÃO PEDRO ALMEIDA
Lisboa · ${phone('+351 912 384 756')} · ${v('pii.email', 'jp.almeida.dev@gmail.com')}

Resumo: Sou engenheiro de dados com 6 anos de experiência em Python, Spark e Airflow, gosto de trabalhar em equipa e de resolver problemas.`),

  rec('claim_it', f`Riassumi questa denuncia di sinistro in tre righe per il perito:

Assicurato: Marco Rossi, nato il ${v('pii.date_of_birth', '8 marzo 1991')}, C.F. ${v('pii.it_codice_fiscale', 'RSSMRC91C08L219O')}
Data sinistro: 18/11/2024, ore 8:30 circa
Luogo: Corso Francia, Torino
Dinamica: tamponamento a bassa velocità in coda al semaforo, danni al paraurti posteriore.`),

  rec('jira', f`PAY-2291 Refund webhook not processed for some customers

Steps: customer ${v('pii.email', 'kevin.osullivan@eircom.net')} requested a refund on 19 Nov, Stripe shows refund succeeded, our DB still shows "refund_pending".
Expected: status updated within 1 min.
Env: prod, eu-west-1.

can you rewrite this ticket with proper acceptance criteria?`),

  rec('hr_nl', f`Kun je dit ziekmeldingsbericht doorsturen-klaar maken voor de leidinggevende, zonder medische details?

"Hoi Mark, Sanne van Leeuwen heeft zich vanochtend ziek gemeld (griep, verwacht 3 dagen). Ze is bereikbaar op ${phone('06-48293716', 'NL')} als er iets dringends is."`),

  rec('spreadsheet', f`Format this as a table I can print for the front desk:

${amb('source_code.snippet', f`Name\tRole\tMobile\tEmergency contact
Priya Nair\tOffice manager\t${phone('07700 183 942', 'GB')}\tArjun Nair ${phone('07912 406 583', 'GB')}
Tom Hughes\tFacilities\t${phone('07823 640 118', 'GB')}\tClaire Hughes ${phone('07452 817 306', 'GB')}
Ewa Nowak\tReception\t${phone('07384 295 170', 'GB')}\tPiotr Nowak ${phone('+48 22 583 94 10')}`)}`),

  rec('visa_de', f`Bitte formuliere ein Einladungsschreiben für die Botschaft:

Wir laden Herrn Oluwaseun Adebayo, geboren am ${v('pii.date_of_birth', '17.09.1987')}, Reisepassnummer ${v('pii.passport', 'B03948217')}, vom 10. bis 14. Februar 2025 zu Schulungen in unser Werk in Hamburg ein. Die Kosten für Unterkunft und Verpflegung übernimmt die Veldmark GmbH.`),

  rec('leads', f`clean up this lead list from the trade show, split name and company into columns:

${amb('source_code.snippet', f`Sarah Whitfield - Marlow Health - ${v('pii.email', 'swhitfield@marlowhealth.co.uk')} - ${phone('0161 834 2290', 'GB')}
Diego Herrera (Nortada) ${v('pii.email', 'diego.herrera@nortada.es')} ${phone('+34 655 218 407')}
Anke Visser, Ostara Retail, ${v('pii.email', 'a.visser@ostararetail.nl')}, ${phone('+31 6 4829 3716')}`)}`),

  rec('rental', f`Help me write a reply to the property manager. They want proof of income. My application had:
Applicant: Jordan Reyes
SSN: ${v('pii.us_ssn', '284-61-0573')}
Current employer: Quillstone Insurance, since 2021
Phone: ${phone('+1 415 738 2290')}
I'd rather send a letter from HR than my bank statements.`),

  rec('chat_hi_en', f`Bhai HR ne PAN maanga hai form 16 ke liye: mera PAN ${ambCat('pii', 'BQRPS4827K')} hai aur mobile ${phone('+91 98450 72316')}. Ek formal email bana do HR ko bhejne ke liye.`, 'Indian PAN: personal tax identifier, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('support_chat', f`Summarise this chat transcript for the escalation note:

[10:02] Customer: hi my router keeps dropping wifi every evening
[10:03] Agent: sorry to hear that! can you confirm the account holder's date of birth for security?
[10:03] Customer: ${v('pii.date_of_birth', '30/11/1976')}
[10:04] Agent: thanks Mr Hughes. I can see 14 disconnects since Monday. I'll book an engineer.
[10:05] Customer: ok, call me on ${phone('07946 201 537', 'GB')} before they come`),
];
