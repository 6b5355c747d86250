/** Held-out batch 3: personal data in tickets, tax/HR/medical-admin text, forms, logs, exports and signatures. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH3_PII: DraftRecord[] = [
  rec('ticket', f`Ticket QF-88213 · Priority: normal
From: Tamara Whitcomb <${v('pii.email', 'tamara.whitcomb@outlook.com')}>
Phone on file: ${phone('(646) 382-9147', 'US')}
Subject: pallet delivered to wrong dock

"Driver left 6 pallets at dock C instead of dock A on Tuesday. Signed POD says 'T. Whitcomb' but that's not my signature."

Draft a reply asking for photos and the POD copy.`),

  rec('chat', f`Help me fill out the dependent section of a W-4 / 1040 worksheet. Me: Jordan Reyes, SSN ${v('pii.us_ssn', '521-38-9047')}. Wife: Carla Reyes, SSN ${v('pii.us_ssn', '318-64-2091')}. Two kids, ages 4 and 7, both with SSNs. Do the kids count for the child tax credit if one was born in December?`),

  rec('letter_uk', f`Dear Mr Oyelaran,

Thank you for your enquiry. Our records show your National Insurance number as ${v('pii.uk_nino', 'JM 38 52 71 C')} and your state pension age as 67. A forecast has been posted to your address.

Yours sincerely,
Pension Service

→ what does "contracted out" mean in this context?`),

  rec('referral', f`Please shorten this referral to 100 words:

Re: Mr Alan Pritchard, DOB ${v('pii.date_of_birth', '17/08/1956')}, NHS number ${v('pii.uk_nhs_number', '485 702 9138')}
Thank you for seeing this 68-year-old retired joiner with a 4-month history of exertional chest tightness, relieved by rest. ECG: sinus rhythm, no acute changes. Started on bisoprolol 2.5 mg and GTN spray. I'd be grateful for your assessment in the rapid-access chest pain clinic.`),

  rec('chat_de', f`Ich habe zwei Arbeitgeber und bekomme für den Minijob eine Nachzahlung. Die Lohnabrechnung zeigt meine Steuer-ID ${v('pii.de_steuer_id', '64928173547')} und Steuerklasse VI. Ist das richtig so, oder muss ich dem Finanzamt etwas melden?`),

  rec('form_fr', f`Peux-tu vérifier que ce formulaire d'arrêt de travail est complet ?

Assurée : Mme Camille Girard, née le ${v('pii.date_of_birth', '23 mars 1987')}
N° d'immatriculation : ${v('pii.fr_nir', '2 87 03 13 055 218 62')}
Employeur : Vallée Verte Coopérative, Montpellier
Arrêt du 18/11/2024 au 29/11/2024`),

  rec('contract_es', f`Revisa esta cláusula del contrato de alquiler, por favor:

"De una parte, D. Álvaro Castillo Ruiz, mayor de edad, con DNI ${v('pii.es_dni', '48271935H')}, fecha de nacimiento ${v('pii.date_of_birth', '3 de julio de 1979')}, en calidad de arrendador; y de otra, Dña. Sofia Lindqvist, con NIE ${v('pii.es_nie', 'X4829173R')}, en calidad de arrendataria."

¿Está bien redactado?`),

  rec('form_es', f`Apertura de cuenta – datos del titular
Nombre: Mehmet Yıldız
NIE: ${v('pii.es_nie', 'Z2718395F')}
Teléfono: ${phone('+34 655 318 274')}
Correo: ${v('pii.email', 'm.yildiz@gmx.es')}

El banco dice que falta el certificado de empadronamiento. ¿Qué es eso?`),

  rec('chat_it', f`Devo prenotare una visita al CUP per mia madre. Dati: Giulia Bianchi, codice fiscale ${v('pii.it_codice_fiscale', 'BNCGLI88C52H501U')}, cellulare ${phone('+39 333 481 2976')}. Scrivimi un messaggio da mandare al medico di base per la ricetta dematerializzata.`),

  rec('letter_nl', f`Kun je deze huurovereenkomst-bijlage controleren op tikfouten?

Huurder: Daan de Groot
Burgerservicenummer (BSN): ${v('pii.nl_bsn', '184726396')}
Telefoon: ${phone('+31 6 2847 3916')}
Ingangsdatum huur: 1 januari 2025, kale huur € 1.245,00 per maand`),

  rec('chat_hi_en', f`Sir mera scholarship form reject ho gaya, reason "Aadhaar seeding pending". Aadhaar ${v('pii.in_aadhaar', '4827 3916 0520')} hai, bank account SBI mein hai. Ab NPCI mapper mein kaise check karun? Hindi mein step by step batao.`),

  rec('chat_pt_br', f`Me ajuda a responder esse e-mail do contador? Ele pediu meus dados para a declaração: nome completo Rafael Souza Lima, CPF ${v('pii.br_cpf', '718.402.395-14')}, nascido em ${v('pii.date_of_birth', '09/04/1992')}. Quero confirmar e perguntar o prazo.`, 'Portuguese birth word "nascido em" with a numeric date: labelled (Portuguese birth words were added after batch 1)'),

  rec('onboarding_ca', f`New hire checklist — Kestrel Ridge Software (Vancouver)
Name: Priya Natarajan
SIN: ${v('pii.ca_sin', '728 103 946')}
Personal email: ${v('pii.email', 'priya.n.dev@shaw.ca')}
Mobile: ${phone('+1 604 829 3741')}
TD1 forms: federal ✔ provincial ✘

What's missing before first payroll?`),

  rec('booking_ja', f`ホテルの予約確認メールを英語で書いてください。Guest: Haruto Sato, passport no. ${v('pii.passport', 'TK4829173')}, e-mail ${v('pii.email', 'haruto.sato@docomo.ne.jp')}, check-in 12/14, 3 nights, non-smoking twin.`),

  rec('chat', f`My US passport expires in April and I fly to Chile in March. Passport number ${v('pii.passport', '583920174')}. Is the 6-month rule a thing for Chile or can I travel?`),

  rec('chat_fr', f`Rendez-vous VFS pour le visa : ils demandent le numéro de passeport ${v('pii.passport', '19AB48271')} et la date de délivrance. C'est le numéro en haut à droite ? Aide-moi à remplir la case.`),

  rec('signature_fi', f`Ystävällisin terveisin

Aino Korhonen
Henkilöstöpäällikkö, Tidewell Energy Oy
puh. ${phone('+358 40 739 2841')}
${v('pii.email', 'aino.korhonen@tidewell.fi')}`),

  rec('signature_da', f`Venlig hilsen / Kind regards

Rasmus Kjær
Indkøb · Hallström & Vik
Mobil: ${phone('+45 28 39 47 16')}
Mail: ${v('pii.email', 'rkj@hallstromvik.dk')}`),

  rec('hr_no', f`Skriv et kort svar på engelsk til denne meldingen:

"Hei! Jeg har flyttet. Ny adresse: Storgata 41B, 0182 Oslo. Nytt mobilnummer ${phone('+47 482 93 175')}. Kan dere oppdatere det i lønnssystemet før desember-lønna? Mvh Ingrid"`),

  rec('access_log', f`Who is hammering the unsubscribe endpoint?

${amb('source_code.snippet', f`${amb('pii.ip_address', '203.0.113.58')} - - [20/Nov/2024:21:14:02 +0100] "GET /newsletter/unsubscribe?email=${v('pii.email', 'lotte.vermeulen@ziggo.nl')}&t=8f2a HTTP/1.1" 200 512 "-" "Mozilla/5.0"
${amb('pii.ip_address', '198.51.100.203')} - - [20/Nov/2024:21:14:02 +0100] "GET /newsletter/unsubscribe?email=test HTTP/1.1" 400 87 "-" "python-requests/2.32.3"
${amb('pii.ip_address', '198.51.100.203')} - - [20/Nov/2024:21:14:03 +0100] "GET /newsletter/unsubscribe?email=test2 HTTP/1.1" 400 87 "-" "python-requests/2.32.3"`)}`),

  rec('csv', f`Dedupe this CRM export by e-mail, keep the newest row:

${amb('source_code.snippet', f`contact_id;name;email;phone;updated
C-4410;Björn Åkesson;${v('pii.email', 'bjorn.akesson@bredband.net')};${phone('+46 73 482 19 06')};2024-10-02
C-4411;Björn Åkesson;${v('pii.email', 'bjorn.akesson@bredband.net')};;2024-11-15
C-4412;Annika Holm;${v('pii.email', 'annika.holm@hallstromvik.se')};${phone('+46 8 720 418 36')};2024-09-28`)}`),

  rec('chat_pl', f`Napisz proszę odpowiedź na reklamację: klient Tomasz Zieliński (${v('pii.email', 'tomasz.zielinski@wp.pl')}, tel. ${phone('+48 601 283 947')}) twierdzi, że kurier nie dostarczył paczki nr 00340434182739461028, ale w systemie jest status "doręczono".`),

  rec('chat_de_ch', f`Kannst du mir einen Brief an die Ausgleichskasse aufsetzen? Meine AHV-Nummer ist ${ambCat('pii', '756.3047.5921.08')}, ich bin seit Oktober selbständig und möchte mich anmelden. Tel. ${phone('+41 79 382 47 16')}.`, 'Swiss AHV number: personal, no rule claims it (ambiguous, no rule id)'),

  rec('reference_de', f`Bitte mach aus diesen Stichpunkten ein wohlwollendes Arbeitszeugnis:

Herr Konstantin Wendler, geb. am ${v('pii.date_of_birth', '04.11.1962')} in Chemnitz, war vom 01.03.2011 bis 30.11.2024 als Schichtleiter in unserer Fertigung tätig. Stärken: Zuverlässigkeit, Einarbeitung neuer Kollegen, Arbeitssicherheit.`),

  rec('invite_zh', f`请帮我把邀请函翻译成英文。Invitee: Dr. Chen Wei, Tongji University, e-mail ${v('pii.email', 'chenwei.tj@163.com')}, mobile ${phone('+86 139 2847 3619')}. Visit dates 10–14 March 2025, Kestrel Ridge Vancouver office.`),

  rec('chat_hi_en', f`Bhaiya mera UPI payment fail ho gaya, customer care ko call kiya toh bola email karo. Mera registered number ${phone('+91 98450 21736')} hai aur email ${v('pii.email', 'ankit.verma1994@rediffmail.com')}. English mein formal complaint likh do please.`),

  rec('chat', f`Write a short obituary notice for our staff newsletter: Harold "Hal" Benning, born ${v('pii.date_of_birth', 'February 2, 1949')}, joined the warehouse team in 1987 and retired in 2014. Funeral details to follow.`),
];
