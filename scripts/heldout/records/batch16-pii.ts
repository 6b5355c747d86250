/** Held-out batch 16: personal data in HR, support, sales, travel and IT text. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH16_PII: DraftRecord[] = [
  rec('hr', f`Can you turn this into a friendly onboarding email for our new hire?

Name: Tyrone Mitchell
Start date: Nov 4, 2024
Title: Warehouse Supervisor, Columbus DC
SSN: ${v('pii.us_ssn', '518-42-7093')}
DOB: ${v('pii.date_of_birth', '07/19/1991')}
Personal email: ${v('pii.email', 'tyrone.mitchell91@gmail.com')}
Cell: ${phone('(614) 927-3081', 'US')}

Leave out the SSN and DOB obviously, just welcome + first-day info.`),

  rec('ticket', f`Customer complaint #55102
From: Harriet Quinn <${v('pii.email', 'hquinn.home@btinternet.com')}>
Phone: ${phone('020 8419 2736', 'GB')}
"My parcel was left outside in the rain and everything is ruined. Order PCR-UK-20931."

Draft an apology and offer a replacement.`),

  rec('chat', f`I need to fill in the HMRC starter checklist for a new employee, which box does the student loan go in? Her details: Aisha Rahman, NI number ${v('pii.uk_nino', 'JT 48 27 61 C')}, started 1 October, previously a full-time student.`),

  rec('clinic', f`Rewrite this referral note in plain language for the patient:

Patient: Gordon Fairweather, NHS number ${v('pii.uk_nhs_number', '943 476 5919')}, DOB ${v('pii.date_of_birth', '14/02/1958')}
Referred to cardiology for exertional chest pain, ECG shows non-specific ST changes. Please arrange exercise tolerance test within 2 weeks.`),

  rec('hr_de', f`Hilf mir bitte, eine Bescheinigung für die Elternzeit zu formulieren.
Mitarbeiterin: Sabine Krüger
Geburtsdatum: ${v('pii.date_of_birth', '03.05.1989')}
Steuer-ID: ${v('pii.de_steuer_id', '46821937514')}
Elternzeit vom 01.01.2025 bis 30.06.2025, Teilzeit 20 Std./Woche.`),

  rec('chat_fr', f`Peux-tu vérifier que ce formulaire de mutuelle est complet avant que je l'envoie ?
Nom : Julien Petit
N° sécu : ${v('pii.fr_nir', '1 85 03 75 056 024 58')}
Adresse : 14 rue des Tanneurs, 67000 Strasbourg
Tél : ${phone('06 12 48 93 70', 'FR')}
Ayants droit : aucun`),

  rec('chat_es', f`¿Me ayudas a redactar una carta de recomendación para mi antigua compañera? Los de RRHH me piden que ponga su DNI: Carmen Ortega Ruiz, DNI ${v('pii.es_dni', '48291736Q')}. Trabajó con nosotros de 2019 a 2023 como responsable de compras.`),

  rec('chat_es', f`Mi compañero de piso necesita empadronarse y me pide ayuda con el formulario. Es Andrei Popescu, NIE ${v('pii.es_nie', 'X4827163S')}, teléfono ${phone('+34 655 218 437')}. ¿Qué documentos tiene que llevar al ayuntamiento?`),

  rec('form_it', f`Mi correggi l'italiano di questa email al CAF?

Buongiorno, vi scrivo per conto di mia madre, Laura Cantoni, codice fiscale ${v('pii.it_codice_fiscale', 'CNTLRA77A41L219O')}, per prenotare un appuntamento per il 730. Il suo numero è ${phone('+39 335 714 2869')}. Grazie`),

  rec('hr_nl', f`Kun je dit omzetten naar een nette bevestigingsmail?

nieuwe medewerker: Daan Visser
BSN ${v('pii.nl_bsn', '172649304')}
geboortedatum ${v('pii.date_of_birth', '22-08-1996')}
startdatum 1 november, contract 32 uur
mobiel ${phone('06-41827395', 'NL')}`),

  rec('chat_hi_en', f`Bhaiya ek help chahiye, mujhe bank KYC ke liye form bharna hai. Aadhaar ${v('pii.in_aadhaar', '4918 2736 4507')} hai aur mobile ${phone('+91 98204 61735')}. Form mein "address as per Aadhaar" aur "current address" alag hai toh kya likhun? Main abhi Gurgaon mein rent pe hoon.`),

  rec('chat_pt', f`Preciso mandar um e-mail para o RH com meus dados para o cadastro do plano de saúde. Pode deixar mais formal? "oi, segue: Renata Souza Lima, CPF ${v('pii.br_cpf', '529.384.716-37')}, nascida em ${v('pii.date_of_birth', '11/06/1993')}, celular ${phone('+55 21 99184-3027')}"`),

  rec('hr_ca', f`Draft the offer letter for our Vancouver hire, keep the standard template language:
Candidate: Priya Nair
SIN: ${v('pii.ca_sin', '504 629 189')}
Phone: ${phone('+1 604 832 1975')}
Email: ${v('pii.email', 'priya.nair.van@outlook.com')}
Salary: CAD 84,000, start Jan 6`),

  rec('travel', f`Please book a hotel near the Frankfurt trade fair for 3 nights (12–15 Nov) for our sales guy. Guest: Marcus Brennan, passport ${v('pii.passport', '548127394')} (US), mobile ${phone('+1 415 829 3047')}. Budget max €220/night.`),

  rec('travel', f`Can you write the visa invitation letter for our partner from India? Name: Rohit Malhotra, passport no. ${v('pii.passport', 'Z4827163')}, DOB ${v('pii.date_of_birth', '02 September 1987')}, visiting our Munich office 18–22 November for the ERP rollout workshop.`),

  rec('csv', f`dedupe this contact list and tell me which rows are the same person:

${amb('source_code.snippet', f`first_name,last_name,email,phone,company
Liam,Walsh,${v('pii.email', 'liam.walsh@corrigan-build.ie')},${phone('+353 86 219 4837')},Corrigan Build
Liam,Walsh,${v('pii.email', 'lwalsh@corrigan-build.ie')},${phone('+353 86 219 4837')},Corrigan Building Ltd
Sophie,Gruber,${v('pii.email', 'sophie.gruber@alpenholz.at')},${phone('+43 664 2847193')},Alpenholz GmbH
Nina,Keller,${v('pii.email', 'n.keller@bluewin.ch')},${phone('+41 79 482 13 67')},`)}`),

  rec('log', f`${amb('source_code.snippet', f`Oct 09 08:14:22 vpn-gw01 ocserv[2214]: worker[jkowalski]: ${amb('pii.ip_address', '83.24.117.9')} user logged in
Oct 09 08:14:23 vpn-gw01 ocserv[2214]: worker[jkowalski]: ${amb('pii.ip_address', '83.24.117.9')} assigned IP ${amb('pii.ip_address', '10.99.0.42')}
Oct 09 09:51:07 vpn-gw01 ocserv[2214]: worker[jkowalski]: ${amb('pii.ip_address', '83.24.117.9')} user disconnected (reason: idle timeout)`)}

user says vpn drops every hour, does this log show why?`),

  rec('email_thread', f`can you summarise this thread for my manager?

From: Greg Lawson <${v('pii.email', 'greg.lawson@harborview-mfg.com')}>
To: ${v('pii.email', 'support@pinecrest-retail.com')}
Subject: RE: Bulk order 3 pallets

Hi, following up on my call with Sam yesterday. We still haven't received the quote. You can reach me directly on ${phone('(312) 555-0148', 'US')} or my cell ${phone('(617) 394-2875', 'US')}.

> On Oct 7, Sam Ortiz <${v('pii.email', 's.ortiz@pinecrest-retail.com')}> wrote:
> Thanks Greg, I'll get the quote to you by Wednesday.`),

  rec('signature_de', f`Bitte kürze diese Signatur, sie ist zu lang:

Mit freundlichen Grüßen

Katrin Hoffmann
Teamleitung Einkauf
Nordhaus Maschinenbau GmbH
Industriestraße 12, 33602 Bielefeld
Tel.: ${phone('+49 30 2847 1956')}
Mobil: ${phone('0171 4829305', 'DE')}
E-Mail: ${v('pii.email', 'k.hoffmann@nordhaus-mb.de')}
Geschäftsführer: Dr. Jens Nordhaus · Amtsgericht Bielefeld HRB 40219`),

  rec('chat', f`Write a short happy-birthday message for the team channel for Olivia. Her birthday is ${v('pii.date_of_birth', 'October 14, 1990')} so she's turning 34 — don't mention the age though 😄`),

  rec('sales', f`Summarise this lead for the CRM note:

Met Fernando Alves at the Lisbon logistics expo. Head of procurement at TransLusa. Interested in 40 handheld scanners, decision in Q1. Mobile ${phone('+351 912 483 706')}, email ${v('pii.email', 'fernando.alves@translusa.pt')}. Wants a demo in Porto.`),

  rec('chat', f`My landlord wants my SSN for the rental application, is that normal? he asked me to text it to him. it's ${v('pii.us_ssn', '287-61-4420')}, should I just send it or ask for a secure form?`),

  rec('chat_pl', f`Pomóż mi napisać maila do działu kadr. Chcę zaktualizować numer telefonu na ${phone('+48 601 284 937')} i adres e-mail na ${v('pii.email', 'tomasz.zielinski84@wp.pl')}. Ton uprzejmy, krótko.`),

  rec('ticket', f`JIRA HR-412: Update emergency contact
Employee: Ben Carter (ID 30418)
New emergency contact: Lucy Carter (wife), ${phone('+44 7911 248603')}
Old contact to remove: Mark Carter
Requested by: ${v('pii.email', 'ben.carter@halvorsen-logistics.co.uk')}

write the confirmation message back to Ben`),

  rec('letter_nl', f`Corrigeer mijn Nederlands aub:

Beste meneer de Boer,
Uw aanvraag voor de parkeervergunning is ontvangen. Wij hebben uw gegevens genoteerd: telefoon ${phone('+31 6 24819375')}, e-mail ${v('pii.email', 'r.deboer@kpnmail.nl')}. U ontvangt binnen 5 werkdagen bericht.`),

  rec('hr', f`compare these two candidates for the analyst role, just based on the notes:

1) Emily Zhang – 3 yrs SQL/Tableau, strong stakeholder skills. ${v('pii.email', 'emily.zhang.data@gmail.com')}
2) Kwame Asante – 5 yrs Python, weaker on presentation. ${v('pii.email', 'kwame.asante@protonmail.com')}, ${phone('+44 20 7946 0381')}`),

  rec('chat', f`ugh our web server logs are full of requests from ${amb('pii.ip_address', '185.199.64.23')} hitting /wp-login.php every second. we don't even run wordpress. how do I block it in nginx?`),

  rec('payroll', f`Payroll correction needed – please write the note to the employee:
Employee: Daniel Reyes, SSN ${v('pii.us_ssn', '624-19-8305')}
Pay period 09/16–09/30: overtime 6.5 h not paid
Correction on next check (10/15)`),

  rec('chat_it', f`Devo compilare la delega per ritirare il pacco alle Poste per mio padre. Lui è Roberto Bianchi, codice fiscale ${v('pii.it_codice_fiscale', 'BNCGLI84C52H501Q')}... aspetta no, quello è di mia sorella Giulia. Puoi scrivermi un modello di delega generico?`),

  rec('chat_fr', f`Aide-moi à écrire un mail de relance à la CPAM. Je n'ai pas reçu le remboursement de ma consultation du 12/09. Mon numéro de sécurité sociale : ${v('pii.fr_nir', '292086912308765')}. Merci !`),

  rec('chat', f`My NHS number is ${v('pii.uk_nhs_number', '637 284 9100')} — the GP surgery says they can't find me when I register online. Can you write a short message to the practice manager?`),

  rec('chat_de', f`Wie formuliere ich eine Abwesenheitsnotiz? Ich bin vom 21. bis 25. Oktober weg, Vertretung ist Herr Yilmaz (${v('pii.email', 'e.yilmaz@nordhaus-mb.de')}, ${phone('+49 30 2847 1977')}).`),

  rec('chat', f`Can you make this bio sound more professional for our website? "Hi I'm Jess, I've been doing bookkeeping for 12 yrs, reach me at ${v('pii.email', 'jess.okafor.books@gmail.com')} or ${phone('+44 7842 319 604')}"`),

  rec('hr_sv', f`Översätt till engelska: "Ny anställd: Elin Berg, personnummer ${ambCat('pii', '930617-2384')}, börjar 4 november på kundtjänst."`, 'Swedish personnummer: personal, but no rule id for it'),
];
