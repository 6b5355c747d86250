/** Held-out batch 13: personal data in support tickets, HR and payroll text, forms, exports and signatures. Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH13_PII: DraftRecord[] = [
  rec('ticket', f`Ticket #72931 — Delivery missed twice
From: Karen Whitlock <${v('pii.email', 'karen.whitlock71@gmail.com')}>
Phone: ${phone('(312) 847-2903', 'US')}
Order HB-4471920, shipped 03/10

"This is the second time the driver marked it as 'customer not home'. I was home ALL DAY. I want a refund for the shipping fee."

Write a reply, apologetic but don't promise the refund yet.`),

  rec('hr_de', f`Bitte erstell mir eine Checkliste fürs Onboarding von unserem neuen Azubi:
Name: Tim Oberländer
Geb.-Datum: ${v('pii.date_of_birth', '17.03.2007')}
Steuer-ID: ${v('pii.de_steuer_id', '86219470381')}
Handy: ${phone('0171 4839275', 'DE')}
Start: 01.08.2025, Lager Hamburg
Noch offen: Sozialversicherungsausweis, Bankverbindung`),

  rec('chat', f`Can you write a short email to our background check vendor? Candidate: Jordan Ellis, DOB ${v('pii.date_of_birth', '08/22/1993')}, SSN ${v('pii.us_ssn', '472-81-3906')}. We need the criminal + employment verification by next Wednesday.`),

  rec('clinic_letter', f`Summarise this referral in plain language for the patient:

Re: Mr Derek Holt, DOB ${v('pii.date_of_birth', '14/02/1958')}, NHS number ${v('pii.uk_nhs_number', '943 476 5919')}
Thank you for seeing this 67-year-old gentleman with a 3-month history of exertional chest tightness. ECG shows no acute changes. Please assess for stable angina. He is on amlodipine 5 mg and atorvastatin 20 mg.`),

  rec('chat', f`new starter's P46 info, can you check it's complete before I upload to payroll? Name: Chloe Barnes, NI number ${v('pii.uk_nino', 'JK 48 29 15 B')}, start date 7 April 2025, student loan plan 2, no other job.`),

  rec('payroll_fr', f`Rédige-moi un courrier pour la CPAM concernant l'arrêt maladie de notre salarié :
M. Julien Roche, né le ${v('pii.date_of_birth', '23/07/1985')}
N° de sécurité sociale : ${v('pii.fr_nir', '1 85 07 69 123 045 96')}
Arrêt du 10/03/2025 au 28/03/2025, attestation de salaire envoyée le 12/03.`),

  rec('chat_es', f`Necesito un contrato de alquiler de plaza de garaje sencillo. Arrendador: Pedro Navarro Ruiz, DNI ${v('pii.es_dni', '48291573Z')}, tel. ${phone('634 19 82 07', 'ES')}. Arrendatario: Lucía Gómez, DNI ${v('pii.es_dni', '20937461D')}. 60 €/mes desde el 1 de abril.`),

  rec('hr_es', f`Hola, ¿me ayudas a preparar el correo de bienvenida para la nueva compañera? Se llama Ana Sofía Pereira, es portuguesa, su NIE es ${v('pii.es_nie', 'Y6039182V')} y empieza el lunes en el equipo de atención al cliente. Su correo personal: ${v('pii.email', 'anasofia.pereira@sapo.pt')}`),

  rec('form_it', f`Controlla se questo modulo di iscrizione al corso di formazione è completo:
Nome: Giulia Bianchi
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCGLI86H52L219W')}
Data di nascita: ${v('pii.date_of_birth', '12/06/1986')}
Telefono: ${phone('+39 333 481 2075')}
Email: ${v('pii.email', 'giulia.bianchi86@libero.it')}
Corso: Excel avanzato, 14-15 maggio`),

  rec('letter_nl', f`Kun je deze brief iets vriendelijker maken?

Beste mevrouw De Boer,

Wij hebben uw aanvraag voor ouderschapsverlof ontvangen. Voor de verwerking hebben wij uw burgerservicenummer ${v('pii.nl_bsn', '173849271')} en de geboortedatum van uw kind nodig. Graag ontvangen wij deze gegevens vóór 1 april.

Met vriendelijke groet,
Afdeling HR`),

  rec('chat_hi_en', f`Bhai meri mummy ka Aadhaar ${v('pii.in_aadhaar', '5281 3704 6928')} hai, bank KYC ke liye form bharna hai. Form mein "Father's/Husband's name" bhi maang rahe hain, wahan kya likhun? Papa ka naam Suresh Kumar Gupta hai.`),

  rec('chat_pt', f`Pode revisar esse cadastro de cliente antes de eu salvar no sistema? Nome: Rafael Souza Lima, CPF ${v('pii.br_cpf', '529.837.146-91')}, celular ${phone('+55 21 99734-2816')}, e-mail ${v('pii.email', 'rafael.slima@uol.com.br')}. Endereço: Rua das Laranjeiras 312, apto 804, Rio de Janeiro.`),

  rec('onboarding_ca', f`Set-up for our new Toronto hire, please draft the payroll notification:
Employee: Priya Natarajan
SIN: ${v('pii.ca_sin', '446 192 734')}
Date of birth: ${v('pii.date_of_birth', 'June 3, 1990')}
Phone: ${phone('(416) 938-2754', 'CA')}
Start: April 14`),

  rec('travel', f`booking flights for the Singapore offsite, can you put this in a table for the travel agent?
- Megan Foster, US passport ${v('pii.passport', '567204183')}, exp 2031
- Tom Aldridge, UK passport ${v('pii.passport', '538172946')}, exp 2029
- Sanjay Mehta, Indian passport ${v('pii.passport', 'N4827153')}, exp 2033`),

  rec('csv', f`Dedupe this list of webinar signups and tell me how many unique companies:

${amb('source_code.snippet', f`first_name,last_name,email,company,phone
Laura,Kim,${v('pii.email', 'laura.kim@northgate-consult.com')},Northgate Consulting,${phone('+1 646 382 9107')}
Marcus,Reid,${v('pii.email', 'mreid@fieldpoint.io')},Fieldpoint,${phone('+1 415 738 2946')}
laura,kim,${v('pii.email', 'Laura.Kim@northgate-consult.com')},Northgate Consulting,
Sophie,Laurent,${v('pii.email', 'sophie.laurent@vialis.fr')},Vialis,${phone('+33 6 48 27 39 15')}`)}`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2025-03-18T09:41:27.551Z","level":"warn","svc":"auth","event":"login_failed","reason":"bad_password","attempt":5,"user":"${v('pii.email', 'b.oyelaran@tidewell-insurance.com')}","ip":"${amb('pii.ip_address', '81.144.208.37')}","ua":"Mozilla/5.0 (Windows NT 10.0; Win64; x64)"}`)}
is this a brute force or just someone who forgot their password? there are 40 of these in 10 min`),

  rec('signature', f`Can you make my email signature look more professional?

Daniel Osei
Senior Account Manager | Hollowbrook Logistics
M: ${phone('+44 7824 613950')}
T: ${phone('+44 20 7946 1183')}
${v('pii.email', 'daniel.osei@hollowbrook-logistics.com')}`),

  rec('cv', f`Please improve the wording of my CV header and profile:

MARIA KOWALCZYK
${v('pii.email', 'maria.kowalczyk.pl@gmail.com')} | ${phone('+48 601 238 947')} | Kraków
Date of birth: ${v('pii.date_of_birth', '4 November 1994')}

Profile: I am accountant with 6 years of experience in IFRS and I like numbers and team work.`),

  rec('sales_list', f`Write a personalised cold email for each of these leads from the trade fair:

1. Oliver Grant, Head of Procurement, Westmoor Foods — ${v('pii.email', 'o.grant@westmoorfoods.co.uk')}
2. Hannah Fischer, Operations Director, Fischer Kühltransporte — ${v('pii.email', 'h.fischer@fischer-kuehltransporte.de')}
3. Luca Romano, Supply Chain Manager, Romano Distribuzione — ${v('pii.email', 'l.romano@romanodistribuzione.it')}`),

  rec('teams', f`can you remind me in the summary to call the claimant back? Mrs. Angela Brooks, ${phone('07912 384 615', 'GB')}, about claim CLM-2025-03311, she prefers mornings`),

  rec('email_thread', f`Please draft a reply confirming the new delivery address.

---------- Forwarded message ---------
From: Peter Vogel <${v('pii.email', 'peter.vogel@t-online.de')}>
Date: Mon, 17 Mar 2025 at 14:02
Subject: Lieferadresse geändert

Hallo, bitte ab sofort an die neue Adresse liefern: Lindenstraße 14, 50674 Köln. Bei Fragen: ${phone('+49 221 48273910')}

Gruß Peter Vogel`),

  rec('rental_application', f`Help me write a landlord reference request for this applicant:

Applicant: Marcus Webb
SSN: ${v('pii.us_ssn', '318-64-2750')}
DOB: ${v('pii.date_of_birth', '11/05/1988')}
Current landlord: Parkside Apartments, ${phone('(214) 730-4891', 'US')}
Email: ${v('pii.email', 'marcuswebb88@outlook.com')}
Monthly income: $6,200`),

  rec('claim_note', f`Turn these call notes into a proper claim summary:
policyholder Sarah Quinn, born ${v('pii.date_of_birth', '02/09/1979')}, rang at 10:15. rear-ended at traffic lights on 14/03 on the A34. other driver admitted fault. no injuries. wants a courtesy car. mob ${phone('07539 201 846', 'GB')}, email ${v('pii.email', 'sarahquinn79@btinternet.com')}.`),

  rec('visa_letter', f`Draft an invitation letter for the visa application: Mr. Arjun Reddy, Indian passport no. ${v('pii.passport', 'P7391046')}, visiting our Munich office 12–23 May for product training. We cover hotel and flights.`),

  rec('chat_pl', f`Pomóż mi napisać maila do nowego pracownika z informacjami na pierwszy dzień. Dane: Tomasz Zieliński, tel. ${phone('+48 512 907 318')}, e-mail prywatny ${v('pii.email', 'tomek.zielinski@wp.pl')}, data urodzenia ${v('pii.date_of_birth', '30.01.1997')}. Zaczyna 1 kwietnia o 9:00.`),

  rec('chat_fr', f`Tu peux reformuler ma lettre de motivation ? Je mets mes coordonnées en haut : Camille Dubois, ${phone('06 71 28 49 30', 'FR')}, ${v('pii.email', 'camille.dubois@laposte.net')}. Le poste est chargée de communication chez Vialis.`),

  rec('letter_nl', f`Maak deze sollicitatiebevestiging iets persoonlijker:

Beste Sven,
Bedankt voor je sollicitatie. We nemen contact op via ${phone('06 48291736', 'NL')} of ${v('pii.email', 'sven.jacobs@ziggo.nl')} voor een eerste gesprek.`),

  rec('hr_it', f`Mi scrivi una mail per l'ufficio paghe? Il nuovo dipendente è Francesco Conti, nato a Firenze il ${v('pii.date_of_birth', '14/12/1977')}, codice fiscale ${v('pii.it_codice_fiscale', 'CNTFNC77T14D612B')}. Assunto dal 1° aprile, contratto a tempo indeterminato.`),

  rec('support_export', f`Summarise the top complaints from these chat transcripts (first lines only):

[10:02] Visitor (${amb('pii.ip_address', '92.40.177.13')}) ${v('pii.email', 'jenny.h@yahoo.co.uk')}: my discount code doesn't work
[10:05] Visitor (${amb('pii.ip_address', '2a00:23c6:4e18:9201::7b')}) ${v('pii.email', 'rpatel@hotmail.com')}: where is my order?? it's been 9 days
[10:11] Visitor (${amb('pii.ip_address', '86.12.54.201')}) ${v('pii.email', 'dmcgrath@gmail.com')}: can I change the size after ordering`),

  rec('hr_uk', f`Please tidy this into a table for the payroll provider:

New joiners April
- Aisha Khan, NI ${v('pii.uk_nino', 'JT582017C')}, DOB ${v('pii.date_of_birth', '19/09/1998')}, start 01/04
- Callum Fraser, NI ${v('pii.uk_nino', 'NP739104A')}, DOB ${v('pii.date_of_birth', '03/12/2001')}, start 07/04`),

  rec('chat', f`Dad's hospital appointment letter says NHS no. ${v('pii.uk_nhs_number', '485 777 3457')} but his card says something different. Which one is right? Can you help me write to the GP surgery asking them to check?`),

  rec('chat_pt', f`Me ajuda a escrever uma procuração simples? Eu, Beatriz Costa, CPF ${v('pii.br_cpf', '740.185.263-26')}, autorizo minha irmã a retirar meu passaporte na Polícia Federal. Meu telefone: ${phone('(11) 98472-3015', 'BR')}.`),

  rec('hr_de', f`Kannst du mir bei der Geburtstagsliste helfen? Ich will nur Tag und Monat im Teamkalender haben, nicht das Jahr:
Lena Hartmann – ${v('pii.date_of_birth', '05.04.1991')}
Mehmet Yıldız – ${v('pii.date_of_birth', '22.09.1986')}
Jonas Petersen – ${v('pii.date_of_birth', '11.11.1979')}`),

  rec('chat_hi_en', f`Sir ne bola hai client ko call karke meeting confirm karo — Mr. Vikram Shah, ${phone('+91 98201 47365')}, email ${v('pii.email', 'vikram.shah@shahtextiles.in')}. Ek polite WhatsApp message likh do Hinglish mein.`),

  rec('nl_bsn', f`Check even of dit formulier compleet is voor de belastingaangifte van mijn vader: naam J. van Dijk, BSN ${v('pii.nl_bsn', '620481730')}, geboren ${v('pii.date_of_birth', '7 augustus 1952')}, AOW sinds 2019.`),
];
