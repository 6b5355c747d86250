/** Held-out batch 15: personal data in HR, support, sales, travel and admin text. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH15_PII: DraftRecord[] = [
  rec('ticket', f`Ticket #48213 – can't log in after password reset
From: Rachel Dunmore <${v('pii.email', 'rachel.dunmore@outlook.com')}>
Phone: ${phone('(312) 847-2290', 'US')}

"I reset my password twice and the link says expired every time. I need to download my invoices today."

write a friendly reply with the steps to clear the cache and try again`),

  rec('hr', f`Please draft an offer letter based on these details:

Candidate: Marcus Feldman
Address: 18 Pembroke Road, Leeds LS6 2RT
Email: ${v('pii.email', 'marcus.feldman91@gmail.com')}
Mobile: ${phone('07823 419 506', 'GB')}
Role: Senior Data Analyst, £58,000, start 6 January 2025
Manager: Sophie Lang`),

  rec('payroll', f`New hire paperwork for the US entity, can you list what's still missing?

Name: Jordan T. Alvarez
SSN: ${v('pii.us_ssn', '524-71-3389')}
DOB: ${v('pii.date_of_birth', '04/17/1992')}
W-4: received
I-9: List A document pending
Start date: 12/02/2024`),

  rec('hr_de', f`Kannst du mir eine Checkliste für das Onboarding machen? Daten der neuen Kollegin:
Name: Lena Hoffmann
Geburtsdatum: ${v('pii.date_of_birth', '03.11.1996')}
Steuer-ID: ${v('pii.de_steuer_id', '35596751846')}
Handy: ${phone('+49 171 4829305')}
E-Mail privat: ${v('pii.email', 'lena.hoffmann96@web.de')}
Eintritt: 01.12.2024, Abteilung Controlling`),

  rec('chat_fr', f`Tu peux m'aider à remplir la déclaration d'accident du travail ? Salarié : Julien Marchand, n° de sécurité sociale ${v('pii.fr_nir', '1 84 03 69 837 762 60')}, accident le 7 novembre sur le quai de chargement (entorse cheville). Téléphone : ${phone('06 12 45 78 93', 'FR')}.`),

  rec('chat_es', f`Necesito redactar un contrato de prácticas. Datos del estudiante: Pablo Navarro Ruiz, DNI ${v('pii.es_dni', '04541823J')}, fecha de nacimiento ${v('pii.date_of_birth', '22/05/2003')}, correo ${v('pii.email', 'pablo.navarro.r@gmail.com')}. Duración: 6 meses desde el 13 de enero.`),

  rec('chat_es', f`Mi compañera es de Rumanía y tiene NIE ${v('pii.es_nie', 'X8762866G')}. ¿Qué documentos necesita para darse de alta en la Seguridad Social? Escríbeme la lista.`),

  rec('form_it', f`Controlla se il modulo per l'assegno unico è compilato bene:
Richiedente: Giulia Bianchi
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCGLI85T52H501A')}
Cellulare: ${phone('+39 333 481 2760')}
Figli a carico: 2`),

  rec('letter_nl', f`Maak deze brief wat vriendelijker:

Beste meneer De Groot,

Wij hebben uw gegevens ontvangen. Om uw salaris te kunnen uitbetalen hebben wij uw BSN (${v('pii.nl_bsn', '235943344')}) en een kopie van uw ID nodig. Zonder deze gegevens kunnen wij de betaling niet verwerken.

Met vriendelijke groet,
Personeelszaken`),

  rec('chat_hi_en', f`Sir mera Aadhaar ${v('pii.in_aadhaar', '2877 3457 0008')} aur mobile ${phone('+91 98450 31762')} link hai, lekin OTP nahi aa raha bank KYC ke time. Bank ko email likhna hai English mein, help kar do please`),

  rec('chat_pt', f`Pode revisar esse cadastro de cliente antes de eu mandar pro financeiro? Nome: Fernanda Lima Costa, CPF ${v('pii.br_cpf', '160.104.309-09')}, celular ${phone('+55 21 99384-2716')}, e-mail ${v('pii.email', 'fernanda.lcosta@uol.com.br')}.`),

  rec('onboarding', f`Payroll setup for the Vancouver office, new contractor:
Name: Kevin Tran
SIN: ${v('pii.ca_sin', '740 862 636')}
Phone: ${phone('+1 604 829 3174')}
Start: Dec 9

Please write the welcome email, don't include the SIN`),

  rec('clinic', f`Can you rewrite this referral note in plain language for the patient?

Patient: Deborah Akers, NHS number ${v('pii.uk_nhs_number', '722 987 5390')}, DOB ${v('pii.date_of_birth', '14/08/1958')}
Referred to cardiology for intermittent palpitations, ECG shows occasional ectopics. Bloods normal. Please see within 6 weeks.`),

  rec('chat', f`Filling out the HMRC form for my new job, is ${v('pii.uk_nino', 'JM 40 21 77 C')} in the right format or do they want it without spaces?`),

  rec('travel', f`Please book the Frankfurt trip for our new engineer. Traveller: Aisha Bello, Nigerian passport ${v('pii.passport', 'B50382917')}, date of birth ${v('pii.date_of_birth', '9 February 1994')}. Flight out Monday 2 Dec, back Thursday. Aisle seat.`),

  rec('chat', f`visa invitation letter for a customer visit — guest is Mr. Rahul Iyer, Indian passport number ${v('pii.passport', 'Z4728391')}, visiting our Munich office 10–14 February. can you write it on our letterhead style?`),

  rec('crm_export', f`dedupe this list, some customers signed up twice:

${amb('source_code.snippet', f`name,email,phone,city
Tom Becker,${v('pii.email', 'tom.becker@t-online.de')},${phone('+49 89 21093847')},München
Tom Becker,${v('pii.email', 'tbecker@t-online.de')},${phone('+49 89 21093847')},Munich
Sarah Quinn,${v('pii.email', 'sarah.quinn@icloud.com')},${phone('+353 86 214 9873')},Dublin
Sara Quinn,${v('pii.email', 'sarah.quinn@icloud.com')},${phone('+353 86 214 9873')},Dublin`)}`),

  rec('email_thread', f`can you write a reply saying we'll ship the replacement tomorrow?

On Mon, Nov 18, 2024 at 3:41 PM Greg Mathis <${v('pii.email', 'gmathis@comcast.net')}> wrote:
> The coffee grinder I received (order 77120) is broken. Please call me at ${phone('(646) 270-1184', 'US')}, I'm home after 5.`),

  rec('signature', f`Best regards,

Natalia Kowalska
Key Account Manager – Central Europe
Brixwell Packaging
M: ${phone('+48 601 284 739')}
T: ${phone('+48 22 584 13 70')}
${v('pii.email', 'n.kowalska@brixwell.eu')}`),

  rec('signature_fr', f`Bien à vous,

Claire Fontaine
Responsable RH – Castellane Logistique
Tél. : ${phone('+33 1 42 68 53 10')}
Port. : ${phone('+33 6 47 82 19 35')}
${v('pii.email', 'c.fontaine@castellane-logistique.fr')}`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-20T08:12:44Z WARN auth login failed user=${v('pii.email', 'j.oconnell@pinecrest-ins.com')} ip=${amb('pii.ip_address', '84.203.117.41')} reason=bad_password attempt=4
2024-11-20T08:12:51Z WARN auth login failed user=${v('pii.email', 'j.oconnell@pinecrest-ins.com')} ip=${amb('pii.ip_address', '84.203.117.41')} reason=bad_password attempt=5
2024-11-20T08:12:51Z INFO auth account locked user=${v('pii.email', 'j.oconnell@pinecrest-ins.com')} until=2024-11-20T08:42:51Z`)}

is this a brute force or just the user forgetting the password?`),

  rec('hr', f`Summarise this sick leave note for the manager without medical details:

Employee: Oliver Grant (emp. 40917), DOB ${v('pii.date_of_birth', '21 June 1987')}
Absent 11–22 Nov, back-to-work interview on 25 Nov. GP fit note says reduced hours for two weeks due to back injury.
Contact during absence: ${phone('07384 562910', 'GB')}`),

  rec('chat', f`My landlord wants a reference from my employer. Can you write a short letter confirming that Emily Carter, born ${v('pii.date_of_birth', 'March 3, 1990')}, has worked at Pinecrest Insurance as a claims handler since 2019 on a permanent contract?`),

  rec('chat_nl', f`Hoi, kun je deze tekst naar het Engels vertalen? "Mijn nieuwe telefoonnummer is ${phone('06-28471935', 'NL')}, mijn adres blijft hetzelfde: Kerkstraat 14, 3511 LX Utrecht. Mail gerust naar ${v('pii.email', 'annewillem.bos@ziggo.nl')}."`),

  rec('chat_pl', f`Napisz proszę krótkiego maila do klienta, że kurier zadzwoni przed dostawą na numer ${phone('+48 512 093 847')}. Klient: Piotr Mazur, ${v('pii.email', 'piotr.mazur@wp.pl')}.`),

  rec('benefits', f`Can you check this dependent list for the health plan enrollment?

Employee: Angela Ruiz, SSN ${v('pii.us_ssn', '318-46-2097')}
Spouse: Daniel Ruiz, DOB ${v('pii.date_of_birth', '11/30/1985')}
Child: Sofia Ruiz, DOB ${v('pii.date_of_birth', '07/08/2015')}
Plan: HDHP + HSA`),

  rec('sales', f`prep me for tomorrow's call: contact is Linnea Berg (${v('pii.email', 'linnea.berg@kvarnholm.se')}, ${phone('+46 70 412 83 95')}), procurement lead at Kvarnholm Foods. They're evaluating us vs two competitors for warehouse scanners. what questions should I ask?`),

  rec('chat_it', f`Mi aiuti a scrivere il messaggio di benvenuto per il nuovo collega? Si chiama Marco Rossi, codice fiscale ${v('pii.it_codice_fiscale', 'RSSMRC78B14L219D')} (mi serve solo per il badge, non metterlo nel messaggio), inizia lunedì in magazzino.`),

  rec('meeting', f`turn this into a calendar invite:

Quarterly review – EMEA partners
Wed 11 Dec, 14:00–15:30 CET
Invitees: ${v('pii.email', 'f.weber@brixwell.eu')}, ${v('pii.email', 'giulia.conti@tessaro.it')}, ${v('pii.email', 'h.marsh@quillfield.co.uk')}
Agenda: volumes 2025, price index, logistics`),

  rec('chat', f`Our new hire in Mumbai: Sneha Kulkarni, Aadhaar ${v('pii.in_aadhaar', '7085 6330 0865')}, PAN on file. What do we need from her for the PF registration? Make me a list.`),

  rec('cv', f`Please shorten my CV summary, keep the header:

DANIELA MOREIRA
${v('pii.email', 'daniela.moreira.pm@gmail.com')} | ${phone('+351 912 384 765')} | Porto, Portugal
Born: ${v('pii.date_of_birth', '1989-06-24')}

Project manager with 10 years in logistics and e-commerce, PMP certified, led the rollout of a WMS across 4 warehouses...`),

  rec('support', f`customer says she never got the verification sms. number on the account: ${phone('+1 (206) 419-8832')}, email ${v('pii.email', 'kimberly.nash@yahoo.com')}. write her a reply explaining we resent it and what to do if it still doesn't arrive`),

  rec('chat_sv', f`Kan du skriva ett intyg om anställning? Anställd: Johan Nilsson, personnummer ${ambCat('pii', '880315-4872')}, anställd sedan 2016 som lagerchef.`, 'Swedish personnummer has no built-in rule: ambiguous, no rule id'),
];
