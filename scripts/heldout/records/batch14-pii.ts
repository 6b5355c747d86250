/** Held-out batch 14: personal data in support tickets, HR and payroll text, forms, exports, logs and signatures. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH14_PII: DraftRecord[] = [
  rec('ticket', f`Ticket #88213 – Late delivery
From: Brenda Kowalczyk <${v('pii.email', 'brenda.kowalczyk62@gmail.com')}>
Phone: ${phone('(617) 284-3906', 'US')}
Order: KB-559014 (placed Nov 21)

"Your tracking page has said 'out for delivery' for 4 days. I needed this for my daughter's birthday. I want a refund of the shipping at least."

pls draft a reply, offer free shipping refund + 10% voucher`),

  rec('hr', f`Can you turn this into the welcome email for our new hire? Don't include the SSN or DOB in the email obviously.

Name: Marcus Delaney
Start date: Jan 6, 2025 – Warehouse Supervisor, Reno site
SSN: ${v('pii.us_ssn', '512-38-4097')}
DOB: ${v('pii.date_of_birth', '04/17/1989')}
Cell: ${phone('(775) 318-2046', 'US')}
Manager: Tanya Brooks`),

  rec('chat', f`our payroll software rejects the NI number for a new starter, it's ${v('pii.uk_nino', 'JM 47 20 91 C')} — she says that's what's on her letter from HMRC. is there a format thing I'm missing? we're using Sage 50.`),

  rec('letter', f`Please simplify this referral letter so the patient can understand it:

Re: Mr Geoffrey Hale, DOB ${v('pii.date_of_birth', '22/08/1954')}, NHS No. ${v('pii.uk_nhs_number', '402 817 3655')}
Dear Dr Osei,
Thank you for seeing this gentleman with a 3-month history of exertional chest tightness. ECG shows non-specific T-wave changes. I would be grateful for an outpatient cardiology assessment.
Contact number (daughter): ${phone('07911 284 613', 'GB')}`),

  rec('chat_de', f`Ich habe eine Frage zur Lohnsteuer: Unsere neue Mitarbeiterin (Jana Hoffmann, geb. ${v('pii.date_of_birth', '03.11.1996')}) hat uns ihre Steuer-ID ${v('pii.de_steuer_id', '47309182676')} gegeben, aber ELStAM liefert keine Merkmale. Woran kann das liegen? Sie war vorher Studentin.`),

  rec('email_fr', f`Bonjour,

Je vous transmets les informations pour l'affiliation de Mme Claire Dumont à la mutuelle d'entreprise :
Date de naissance : ${v('pii.date_of_birth', '14/03/1992')}
N° de sécurité sociale : ${v('pii.fr_nir', '2 92 03 75 056 117 57')}
Date d'effet souhaitée : 01/01/2025

Cordialement,
Service RH

-> tu peux corriger les fautes et rendre ça plus formel ?`),

  rec('contract_es', f`Revisa este párrafo del contrato de arrendamiento, que suene más formal:

"De una parte, D. Javier Morales Ortega, mayor de edad, con DNI ${v('pii.es_dni', '48273915C')} y domicilio en Calle Alcalá 214, 3ºB, Madrid, en adelante el arrendador. Y de otra, Dña. Sara Ibáñez Ruiz, con DNI ${v('pii.es_dni', '05917382B')}, en adelante la arrendataria."`),

  rec('chat_es', f`Tengo que dar de alta en la Seguridad Social a un trabajador nuevo, Andrei Popescu, que tiene NIE ${v('pii.es_nie', 'X4829173R')}. ¿Qué documentos necesito además del contrato? Empieza el lunes en el almacén de Zaragoza.`),

  rec('form_it', f`Controlla se il modulo è completo prima che lo mandi al commercialista:

MODULO DETRAZIONI 2025
Cognome e nome: Bianchi Giulia
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCGLI84C52H501Q')}
Data di nascita: ${v('pii.date_of_birth', '12/03/1984')}
Familiari a carico: 1 figlio
Cellulare: ${phone('+39 335 718 4296')}`),

  rec('chat_nl', f`Kun je een mail opstellen naar de zorgverzekeraar? Mijn zoon (BSN ${v('pii.nl_bsn', '284619371')}, geboren ${v('pii.date_of_birth', '9 juni 2012')}) staat nog op de polis van mijn ex en moet per 1 januari bij mij worden bijgeschreven.`),

  rec('chat_hi_en', f`Sir ek customer ka KYC stuck hai. Naam: Ramesh Kumar Yadav, Aadhaar ${v('pii.in_aadhaar', '4821 7365 0919')}, mobile ${phone('+91 98205 41763')}. OTP nahi aa raha kyunki number Aadhaar se link nahi hai. Customer ko kya bolun? ek polite Hindi + English message bana do.`),

  rec('chat_pt', f`Oi! Preciso emitir uma nota fiscal de serviço para uma pessoa física. Dados: Mariana Souza Lima, CPF ${v('pii.br_cpf', '472.918.305-32')}, e-mail ${v('pii.email', 'mariana.slima@uol.com.br')}. Serviço: consultoria de marketing, R$ 3.800,00. Que código de serviço eu uso em São Paulo?`),

  rec('chat', f`Contractor in Calgary says his T4A is wrong. His SIN is ${v('pii.ca_sin', '527 381 040')} and the slip shows a different one ending in 118. How do I issue an amended slip?`),

  rec('travel', f`Need to add a passenger to our group booking, can you format this for the travel agent?
Name as in passport: OKONJO-HART, Daniel James
Passport no: ${v('pii.passport', '548207193')} (GBR), expiry 11/2031
Date of birth: ${v('pii.date_of_birth', '30 Sep 1987')}
Flight: BA 0117 LHR–JFK, 12 Feb`),

  rec('csv', f`Dedupe this signup export — some people registered twice with upper/lower case emails:

${amb('source_code.snippet', f`signup_date,first_name,email,source
2024-11-18,Harriet,${v('pii.email', 'harriet.vos@gmail.com')},webinar
2024-11-18,Tom,${v('pii.email', 'tom.quayle@btinternet.com')},webinar
2024-11-19,harriet,${v('pii.email', 'Harriet.Vos@gmail.com')},newsletter
2024-11-20,Aditi,${v('pii.email', 'aditi.rao@fernhill.io')},trial
2024-11-21,Tom,${v('pii.email', 'TOM.QUAYLE@btinternet.com')},trial`)}`),

  rec('signature', f`can you make my email signature look cleaner? current one:

Best regards,
Ollie Franklin | Key Account Manager – Retail
Calloway Retail Group
M: ${phone('+44 7823 410 962')} | T: ${phone('+44 20 7946 0321')}
${v('pii.email', 'oliver.franklin@callowayretail.co.uk')}
"Making shopping simple since 1987"`),

  rec('spreadsheet', f`Leads from the trade show, write a personalised follow-up for each:

${amb('source_code.snippet', f`Name\tCompany\tEmail\tPhone\tInterest
Priya Nair\tNorthgate Foods\t${v('pii.email', 'p.nair@northgatefoods.com')}\t${phone('+1 415 839 2074')}\tcold chain tracking
Stefan Weiss\tAlpenholz Handels GmbH\t${v('pii.email', 'stefan.weiss@alpenholz.at')}\t${phone('+43 664 2918374')}\tpallet pooling
Chloé Marchand\tMaison Vernet\t${v('pii.email', 'c.marchand@maisonvernet.fr')}\t${phone('+33 1 42 68 53 17')}\tdemo next month`)}`),

  rec('log', f`Someone is hammering our password reset endpoint. What rate limit would you set in nginx?

${amb('source_code.snippet', f`${amb('pii.ip_address', '203.0.113.77')} - - [02/Dec/2024:03:12:44 +0000] "POST /account/reset?email=${amb('pii.email', 'j.whitaker%40kestrelbay.com')} HTTP/1.1" 200 312 "-" "python-requests/2.31.0"
${amb('pii.ip_address', '203.0.113.77')} - - [02/Dec/2024:03:12:44 +0000] "POST /account/reset?email=${amb('pii.email', 'l.ng%40kestrelbay.com')} HTTP/1.1" 200 312 "-" "python-requests/2.31.0"
${amb('pii.ip_address', '198.51.100.23')} - - [02/Dec/2024:03:12:45 +0000] "POST /account/reset?email=${amb('pii.email', 'r.patel%40kestrelbay.com')} HTTP/1.1" 429 162 "-" "python-requests/2.31.0"`)}`, 'URL-encoded e-mail addresses in a query string: ambiguous, as batch 2 did for a %40 address'),

  rec('cv', f`Make my CV header more modern, keep all info:

DANIELA ROJAS PEREIRA
Data Analyst
${v('pii.email', 'daniela.rojas.p@gmail.com')} | ${phone('+34 612 48 93 17')} | Valencia, Spain
Born ${v('pii.date_of_birth', '21 May 1995')} · Spanish & Chilean nationality · Driving licence B`),

  rec('chat_pl', f`Pomóż mi napisać zaświadczenie o zatrudnieniu dla banku. Pracownik: Tomasz Zieliński, PESEL ${ambCat('pii', '88071204613')}, zatrudniony od 01.03.2019 na stanowisku kierownika magazynu, umowa na czas nieokreślony. Kontakt do kadr: ${phone('+48 22 519 38 40')}, ${v('pii.email', 'kadry@kaszuby.pl')}.`, 'Polish PESEL: personal identifier without a rule id (ambiguous, category only)'),

  rec('invite', f`Write an agenda for this meeting based on the notes below, 45 min:

Q1 pricing review with Northgate Foods
Attendees: ${v('pii.email', 'p.nair@northgatefoods.com')}, ${v('pii.email', 'mark.ellison@northgatefoods.com')}, ${v('pii.email', 'ollie.franklin@callowayretail.co.uk')}, ${v('pii.email', 'r.singh@callowayretail.co.uk')}
Notes: they want 3% off for a 2-year commitment, we can do 2% + free onboarding`),

  rec('email_thread', f`Can you draft a reply to the customer below? We'll refund the difference.

---------- Forwarded message ---------
From: Gareth Lloyd <${v('pii.email', 'gareth.lloyd1974@hotmail.co.uk')}>
Date: Mon, 2 Dec 2024 at 08:41
Subject: Price dropped a day after I bought it
To: ${v('pii.email', 'customercare@callowayretail.co.uk')}

I bought the Dyson on Friday for £429 and now it's £349. Can I get the difference back or do I have to return it? Call me on ${phone('0113 496 0127', 'GB')} if easier.`),

  rec('claim', f`Summarise this claim note for the adjuster in 3 bullet points:

Claimant: Louise Tran, DOB ${v('pii.date_of_birth', '1979-02-11')}, SSN ${v('pii.us_ssn', '268-71-3350')}
Policy: HO-3 #TWI-4471920
Loss: water damage from burst pipe, 11/29/2024, kitchen + basement
Best contact: ${phone('(404) 917-6623', 'US')} after 5pm`),

  rec('teams', f`can someone call Mrs Patel back today? she rang about her prescription delivery, number is ${phone('07384 512 907', 'GB')}… actually wait she said mobile is better: ${phone('07911 284 613', 'GB')}`),

  rec('chat_de', f`Schreib bitte eine kurze Antwort an diese Kundin, dass wir den Rückruf für morgen Vormittag eingeplant haben:

"Guten Tag, ich warte seit zwei Wochen auf die Gutschrift für die zurückgeschickte Jacke (Bestellung 300418827). Bitte rufen Sie mich an: ${phone('0171 3948572', 'DE')}. Mit freundlichen Grüßen, Renate Sommer, ${v('pii.email', 'renate.sommer@web.de')}"`),

  rec('email_fr', f`Peux-tu répondre poliment à cette candidature pour dire qu'on garde son CV pour un futur poste ?

"Bonjour, je me permets de vous adresser ma candidature spontanée pour un poste de comptable. Vous pouvez me joindre au ${phone('06 48 27 19 53', 'FR')} ou par mail à ${v('pii.email', 'theo.laurent.compta@free.fr')}. Cordialement, Théo Laurent"`),

  rec('signature_it', f`Distinti saluti,

Marco Rossi
Responsabile Acquisti
Tessaro S.p.A. – Via dell'Industria 8, 35129 Padova
Tel. ${phone('049 827 3916', 'IT')} | Cell. ${phone('+39 347 218 5073')}
${v('pii.email', 'marco.rossi@tessaro.it')}`),

  rec('hr', f`Help me write a return-to-work note. Employee: Natalie Brooks (DOB ${v('pii.date_of_birth', '07/05/1983')}), off sick 18 Nov – 29 Nov with a back injury, fit note says phased return, 4 hours/day for 2 weeks. Keep medical detail minimal.`),

  rec('letter', f`Please proofread this invitation letter for the visa application:

To the Visa Officer, British High Commission, New Delhi

We are pleased to invite Mr. Arjun Mehta (date of birth ${v('pii.date_of_birth', '15 January 1990')}, Indian passport number ${v('pii.passport', 'T4829173')}) to attend the Kestrelbay Partner Summit in London from 10 to 14 March 2025. All travel and accommodation costs will be borne by Kestrelbay Ltd.`),

  rec('json', f`${amb('source_code.snippet', f`{
  "id": 40917,
  "firstName": "Hannah",
  "lastName": "Whitcombe",
  "email": "${v('pii.email', 'hannah.whitcombe@yahoo.com')}",
  "phone": "${phone('+1 (416) 728-3915')}",
  "dateOfBirth": "${v('pii.date_of_birth', '1991-06-23')}",
  "loyaltyTier": "gold",
  "marketingOptIn": false
}`)}

why does our TypeScript type say dateOfBirth is a Date but this comes back as a string?`),

  rec('chat_pt', f`Me ajuda a responder esse cliente no WhatsApp? Ele mandou: "Boa tarde, comprei um sofá dia 20/11 e até agora nada. Meu CPF é ${v('pii.br_cpf', '105.384.926-51')}, pedido 7781204. Meu número é ${phone('(11) 97384-1265', 'BR')}." Quero dizer que a entrega está agendada para sexta.`),

  rec('email_nl', f`Kun je deze klacht samenvatten in twee zinnen voor het ticket?

"Geachte heer/mevrouw, de monteur zou op 28 november tussen 8 en 12 komen voor de cv-ketel maar is niet verschenen. Ik heb een dag vrij genomen. Bel mij a.u.b. op ${phone('06-28473915', 'NL')} of mail naar ${v('pii.email', 'g.vanderberg@ziggo.nl')}. Met vriendelijke groet, Gerrit van der Berg"`),

  rec('slack', f`@channel please welcome Lena Fischer who joins the design team on Monday 🎉 IT: her personal email for the laptop shipping notification is ${v('pii.email', 'lena.fischer.design@gmx.de')} and mobile ${phone('+49 152 28937461')}, she'll pick up the laptop in Hamburg`),

  rec('background_check', f`Format this as a table for the background check vendor:

Candidate: Raymond Ochoa
SSN: ${v('pii.us_ssn', '431-09-8826')}
DOB: ${v('pii.date_of_birth', 'March 3, 1985')}
Previous addresses: 118 Birch Ln, Tulsa OK (2016–2021); 4402 E 51st St Apt 7, Tulsa OK (2021–now)
Position: Forklift operator, consent form signed 12/01/2024`),

  rec('chat_hi_en', f`HR team ke liye ek message likh do: new joinee Sneha Kulkarni ka Aadhaar ${v('pii.in_aadhaar', '6392 0481 7353')} aur PAN verify ho gaya hai, date of birth ${v('pii.date_of_birth', '02-09-1998')} hai, bas bank details pending hain. Joining 16 Dec ko hai Pune office mein.`),
];
