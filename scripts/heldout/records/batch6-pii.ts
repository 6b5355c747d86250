/** Held-out batch 6: personal data in mortgage, benefits, pharmacy, school, court, travel and support text. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);

export const BATCH6_PII: DraftRecord[] = [
  rec('mortgage_chat', f`Loan officer wants "all borrowers' SSNs" by e-mail before Friday. Mine is ${v('pii.us_ssn', '431-72-0958')}, my wife's ${v('pii.us_ssn', '284-19-6037')}. Is plain e-mail normal for a mortgage application or should I push for their upload portal?`),

  rec('uc_journal', f`Universal Credit journal message, can you make it clearer before I send it?

"Hello, I started part-time work at Harbourline on 27 January. My National Insurance number is ${v('pii.uk_nino', 'PW 73 18 42 B')}. My first payslip will be on 28 February. Do I report the earnings now or after I'm paid?"`),

  rec('pharmacy', f`Repeat prescription request — Bridgefoot Pharmacy
Patient: Mrs Olwen Pritchard
NHS no. ${v('pii.uk_nhs_number', '6120483977')}
Date of birth: ${dob('4 October 1952')}
Items: amlodipine 5mg × 28, atorvastatin 20mg × 28

Reword this as a polite message to the GP surgery.`),

  rec('kindergeld', f`Die Familienkasse will für das Kindergeld die Steuer-ID des Kindes. Unsere Tochter Mila, geboren am ${dob('19.11.2024')}, hat die Identifikationsnummer ${v('pii.de_steuer_id', '58172931149')}. Reicht es, die Nummer ins Online-Formular einzutragen, oder muss ich den Brief vom BZSt mitschicken?`),

  rec('carte_vitale', f`Ma fille vient d'avoir 16 ans et doit avoir sa propre carte Vitale. Son numéro de sécu : ${v('pii.fr_nir', '295081305521841')}. Comment faire la demande sur ameli ? Réponds en français, en 3 étapes.`),

  rec('tfg_es', f`Hola, necesito ayuda con el formulario de depósito del TFG de la Universidad de Granada. Datos del alumno: Javier Olmedo Ruiz, DNI ${v('pii.es_dni', '71940285B')}. Cotutor externo: Lukas Meyer, NIE ${v('pii.es_nie', 'X3918204Q')}. ¿El cotutor externo tiene que firmar digitalmente también?`),

  rec('730_it', f`Mi aiuti a compilare il 730 precompilato? Il mio codice fiscale è ${v('pii.it_codice_fiscale', 'FRRLSS92H61F205S')}; quest'anno ho spese mediche per 2.340 € e un figlio a carico (${v('pii.it_codice_fiscale', 'MNCDVD79C14H501J')} è il codice del padre, serve anche il suo?).`),

  rec('gemeente_nl', f`Vraag aan de gemeente Zaanstad (graag netjes herschrijven):

"Beste medewerker, mijn BSN is ${v('pii.nl_bsn', '218493009')}. Ik ben op 1 februari verhuisd binnen de gemeente maar de adreswijziging staat nog niet in MijnOverheid. Kunt u dit controleren?"`),

  rec('chat_hi_en', f`Bhai ration card ke liye Aadhaar link karna hai, mera Aadhaar ${v('pii.in_aadhaar', '7381 9204 6513')} hai aur mummy ka ${v('pii.in_aadhaar', '5204 9183 7625')}. CSC wale bol rahe hain biometric fail ho raha hai mummy ka. Koi aur tareeka hai?`),

  rec('chat_pt_br', f`O app do banco pede o CPF do dependente pra declaração do IR. Meu filho: ${v('pii.br_cpf', '741.830.269-03')}, nascido em ${dob('02/07/2012')}. Ele precisa ter CPF próprio mesmo sendo menor? Responde curto.`),

  rec('daycare_ca', f`Our daycare needs my SIN for the childcare expense receipt (line 21400). SIN: ${v('pii.ca_sin', '638 145 276')}. Is it actually required on the receipt or only the daycare's business number?`),

  rec('visa_th', f`Thai e-visa form — "Passport number" field rejects my input. I type ${v('pii.passport', 'X72619458')} exactly as printed (Dutch passport, issued 2021). Does it want the letters in lowercase or without the X?`),

  rec('court_en', f`Witness summons — County Court at Milton Keynes, claim K4QZ7291
Witness: Mr Babatunde Olaleye, born ${dob('22 March 1987')}
Address: 14 Wolverton Road, Stony Stratford
Contact: ${phone('07700 183 422', 'GB')}, ${email('b.olaleye@outlook.com')}

Please explain in plain words what the witness has to do and by when.`, 'a UK mobile number outside the Ofcom drama range (07700 900xxx)'),

  rec('signature_sl', f`Lep pozdrav,

Tjaša Kranjc
vodja nabave | Fjordlight Labs d.o.o., Ljubljana
${phone('+386 41 728 394')} · ${email('tjasa.kranjc@fjordlight.si')}

— prevedi podpis v angleščino, prosim.`),

  rec('signature_ja', f`お世話になっております。
株式会社ハーバーライン 物流部 佐藤 美咲
TEL: ${phone('+81 3-5412-8837')}
Mail: ${email('m.sato@harbourline.co.jp')}

Please translate this signature block into English for our overseas partner.`),

  rec('ticket_za', f`Ticket #58213 — customer Thandeka Mokoena (${email('thandeka.m@webmail.co.za')}, ${phone('+27 82 931 4470')}) says her parcel was "delivered" to a neighbour she doesn't know. Draft a reply promising a trace within 48 hours.`),

  rec('mx_chat', f`¿Me ayudas a escribir un mensaje para mi casero? Mi número es ${phone('+52 55 4182 9063')} y mi correo ${email('fernanda.ochoa@prodigy.net.mx')}. Quiero pedirle que arregle el calentador antes del viernes.`),

  rec('school_letter', f`Letter to parents (make it friendlier, please):

Dear parent/guardian of Aarav Sharma (Year 8, DOB ${dob('14/05/2012')}),
your child has 11 unauthorised absences this term. Please contact the attendance officer, Ms Kowalczyk, on ${phone('01908 612 473', 'GB')}.`),

  rec('dob_de_form', f`Anmeldung Sportverein TSV Kirchberg — kannst du die Pflichtfelder prüfen?
Name: Jonas Wiedemann
Geburtsdatum: ${dob('08.09.2011')}
Erziehungsberechtigte: Petra Wiedemann, ${email('petra.wiedemann@t-online.de')}
Abteilung: Leichtathletik`),

  rec('auth_log', f`Is this brute force? Lines from our VPN portal log:

${amb('source_code.snippet', f`2025-02-06T02:14:51Z auth fail user=${email('k.nakamura@harbourline.co.jp')} src=${amb('pii.ip_address', '185.220.101.47')} reason=bad_password
2025-02-06T02:14:53Z auth fail user=${email('k.nakamura@harbourline.co.jp')} src=${amb('pii.ip_address', '185.220.101.47')} reason=bad_password
2025-02-06T02:15:02Z auth ok   user=${email('svc-backup@harbourline.co.jp')} src=${amb('pii.ip_address', '10.44.0.12')}`)}`),

  rec('kyc_ro', f`Traduceți în engleză, vă rog: „Subsemnata Ioana Dumitrescu, născută la ${dob('11.06.1990')} în Brașov, CNP ${ambCat('pii', '2900611080017')}, declar pe propria răspundere că datele sunt corecte."`, 'a Romanian CNP: sensitive, no rule claims it (ambiguous without a rule id); Romanian birth word as in batch 5'),

  rec('obit_neg_like', f`Please shorten this notice for the parish newsletter:

"Margaret 'Peggy' Doyle, of Ballyfermot, passed away peacefully on 2 February 2025, aged 91. Born on ${dob('17 August 1933')} in Inchicore, she worked for forty years at the Jacob's factory."`, 'a private person, died recently, born within 125 years: the date is labelled (batch 3 obituary)'),
];
