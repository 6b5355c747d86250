/** Held-out batch 7: personal data in tax, care, school, travel, health-record, contact-card and support text. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH7_PII: DraftRecord[] = [
  rec('chat_es_us', f`Trabajo en Houston desde marzo y el preparador de impuestos me pide mi número de seguro social por WhatsApp. Es ${v('pii.us_ssn', '512-48-3907')}. ¿Es seguro mandarlo así o debería ir a la oficina? Contéstame en español.`, 'an SSN in a Spanish-language question'),

  rec('consent_form', f`BACKGROUND CHECK AUTHORIZATION (tenant screening)
Applicant: Darnell Whitfield
SSN: ${v('pii.us_ssn', '638214470')}
DOB: ${dob('1991-07-23')}
Current phone: ${phone('+1 (713) 482-3917')}

The landlord wants this as a photo on Facebook Messenger. Red flag?`, 'an unformatted nine-digit SSN under an SSN label'),

  rec('letter_cy', f`Annwyl Mr Hughes,

Diolch am eich cais am Lwfans Gofalwr. Rhif Yswiriant Gwladol: ${v('pii.uk_nino', 'JT 48 21 93 C')}. Byddwn yn cysylltu â chi o fewn 20 diwrnod gwaith.

Can you explain this Welsh letter in English? My dad got it.`, 'Welsh DWP letter, NINO'),

  rec('care_transfer', f`Care home transfer summary — Ty Gwyn Residential → Lakeside Nursing
Resident: Mrs Gwenllian Probert
NHS number: ${v('pii.uk_nhs_number', '943 476 5919')}
D.O.B. ${dob('03/02/1941')}
Next of kin: daughter, ${phone('+44 29 2048 3917')}
Allergies: penicillin

Turn this into a short handover note for the night staff.`),

  rec('lohnsteuer', f`Mein neuer Arbeitgeber in Leipzig fragt nach der Steuer-Identifikationsnummer — auf dem alten Bescheid steht ${v('pii.de_steuer_id', '36 194 028 370')}. Ist das dieselbe Nummer wie die Steuernummer vom Finanzamt? Kurz erklären bitte.`, 'Steuer-ID in the 2-3-3-3 grouping printed on letters'),

  rec('mutuelle_fr', f`Formulaire d'adhésion mutuelle — je bloque sur la case "numéro de sécurité sociale de l'ayant droit". Pour mon conjoint c'est ${v('pii.fr_nir', '1 87 04 69 123 045 47')}. Il faut mettre la clé à la fin ou pas ?`, 'NIR with spaces, key included'),

  rec('matricula_ca', f`Full de matrícula — Escola d'Adults de Girona
Alumna: Fatima Zahra El Idrissi, NIE ${v('pii.es_nie', 'Y4830291Y')}
Tutor legal: Joan Puigdemunt Roca, DNI ${v('pii.es_dni', '48291736Q')}
Data de naixement de l'alumna: ${dob('3 de maig de 2009')}

Tradueix-ho a l'anglès per a la família, si us plau.`, 'Catalan enrolment form: NIE, DNI, Catalan written-month birth date'),

  rec('contract_ti', f`Contratto di lavoro domestico (badante) — Lugano. Lavoratrice: Giulia Bianchi, codice fiscale ${v('pii.it_codice_fiscale', 'BNCGLI88D52L219O')}, nata a Torino il ${dob('12/04/1988')}. Domanda: per una frontaliera serve anche il numero AVS svizzero? Rispondi in italiano.`, 'Italian codice fiscale and "nata … il" in a Ticino contract'),

  rec('expat_nl', f`Need help with a Dutch letter from the Belastingdienst. It says: "Uw burgerservicenummer (BSN): ${v('pii.nl_bsn', '273491052')}, geboren op ${dob('14 maart 1990')}." and then something about a voorlopige aanslag. What do they want from me?`),

  rec('chat_ta_en', f`Anna, gas cylinder booking-ku Aadhaar link pannanum nu solraanga. En Aadhaar number ${v('pii.in_aadhaar', '7382 9164 0518')}, amma number ${v('pii.in_aadhaar', '4920 5817 3644')}. OTP varala, enna pannalam? Reply in English.`, 'Tamil-English (Tanglish) chat with two Aadhaar numbers'),

  rec('telemedicina', f`Cadastro da teleconsulta — Clínica Mar Azul
Paciente: Rafael Nogueira Lima
CPF: ${v('pii.br_cpf', '384.710.295-88')}
Data de nascimento: ${dob('27/10/1983')}
Celular: ${phone('+55 21 98482-3917')}
E-mail: ${email('rafa.nlima@yahoo.com.br')}

Escreva uma mensagem de confirmação curta para o paciente.`),

  rec('form_qc', f`Formulaire d'inscription au CPE (Montréal) — on me demande le NAS du parent pour le relevé 24. Le mien : ${v('pii.ca_sin', '527 183 404')}. Téléphone : ${phone('(514) 482-3917', 'CA')}. Est-ce obligatoire de le donner à la garderie ?`, 'Québec French: NAS (= SIN)'),

  rec('chat_tl', f`Tulungan mo ako sa visa form ng Japan. Passport number ko ay ${v('pii.passport', 'P4829173B')}, ipinanganak ako noong ${dob('ika-9 ng Hunyo 1994')}. Saan ko ilalagay ang middle name? Answer in English.`, 'Tagalog: Philippine passport number and "ipinanganak … noong" birth date'),

  rec('passport_ocr', f`OCR of my passport data page for the hotel check-in app — it rejects the scan. Which field is wrong?

Surname: KARIMOVA
Given names: DILNOZA
Passport No.: ${v('pii.passport', 'FA4827391')}
Nationality: UZB
Date of birth: ${dob('21 AUG 1992')}

${ambCat('pii', `P<UZBKARIMOVA<<DILNOZA<<<<<<<<<<<<<<<<<<<<<<
FA48273913UZB9208215F3105117<<<<<<<<<<<<<<06`)}`, 'the MRZ lines repeat the passport number and birth date: ambiguous span without a rule id (no rule claims MRZ lines); the visual-zone values are labelled'),

  rec('hl7', f`Our interface engine rejects this ADT^A04 from the clinic's EHR, "PID-7 invalid". What's wrong with the segment?

${amb('source_code.snippet', f`MSH|^~\\&|MARAZUL|CLINIC|LAKESIDE|HOSP|202612031142||ADT^A04|MSG00417|P|2.5.1
PID|1||MRN448201^^^MARAZUL^MR||OYELARAN^TEMITOPE^A||${dob('19880412')}|F|||22 Harbour View^^Cardiff^^CF10 5AL^GBR||${phone('+44 7481 392716')}|||||||`)}`, 'HL7 v2 message (ambiguous source code, like a log); PID-7 is the birth date by field position'),

  rec('vcard', f`Import this contact into Outlook, it says the file is corrupt:

${amb('source_code.snippet', f`BEGIN:VCARD
VERSION:3.0
FN:Wanjiru Kamau
ORG:Saltmarsh Arena;Hospitality
TEL;TYPE=CELL:${phone('+254 712 480 391')}
EMAIL;TYPE=WORK:${email('w.kamau@saltmarsh-arena.co.uk')}
BDAY:${dob('1987-09-17')}
END:VCARD`)}`, 'a vCard (data format, ambiguous source code); BDAY is a birth date'),

  rec('school_my', f`Borang pendaftaran tadika — tolong terjemah ke bahasa Inggeris:
Nama murid: Nur Aisyah binti Hafiz
No. MyKad/MyKid: ${ambCat('pii', '190521-10-0482')}
Tarikh lahir: ${dob('21 Mei 2019')}
Telefon ibu: ${phone('012-418 3927', 'MY')}`, 'Malaysian MyKid number: no rule claims it, ambiguous without a rule id; Malay "Tarikh lahir"'),

  rec('ticket_ke', f`Ticket #88410 — refund not received
From: Brian Otieno <${email('brian.otieno@gmail.com')}>
Phone: ${phone('0712 480 391', 'KE')}
"I paid via M-Pesa on 28 Nov for 2 tickets to the Christmas gala and the event was moved. Please refund to the same number."

Draft a reply that says refunds take 5 working days.`, 'Kenyan national-format mobile number'),

  rec('signature_sr', f`Srdačan pozdrav,

Nikola Petrović
Menadžer produkcije | Saltmarsh Events d.o.o.
Bulevar oslobođenja 44, Novi Sad
tel. ${phone('064 218 3947', 'RS')} | ${email('nikola.petrovic@saltmarsh-events.rs')}

— shorten this signature for mobile.`, 'Serbian signature, national mobile format'),

  rec('chat_ko', f`비자 연장 서류에 이렇게 썼는데 영어로 번역해 주세요: "신청인: 한지우, ${dob('1990년 5월 3일')}생, 연락처 ${phone('010-4829-3716', 'KR')}, 이메일 ${email('jiwoo.han@naver.com')}"`, 'Korean: "1990년 5월 3일생" (born on) and a national-format mobile number'),

  rec('cv_lv', f`CV — Ilze Bērziņa
Dzimusi ${dob('1987. gada 12. jūlijā')}, Rīgā
Tālr.: ${phone('+371 2648 3917')} · ${email('ilze.berzina@inbox.lv')}
Pieredze: pasākumu koordinatore, 2015–2026

Translate my Latvian CV header into English, keep it one line per field.`, 'Latvian "Dzimusi …" (born, feminine) with a Latvian-style date'),

  rec('baptism_ca', f`Full parroquial de Sant Feliu — desembre

Han rebut el baptisme: Pol Ferrer i Casals, nascut el ${dob('2 de setembre de 2026')}, fill d'Albert i Montse.

Can you translate this parish notice into English for the newsletter?`, 'a private child\'s birth date in a Catalan parish notice'),

  rec('fail2ban', f`fail2ban keeps banning our own office. Excerpt from /var/log/fail2ban.log:

${amb('source_code.snippet', f`2026-12-04 07:12:09,114 fail2ban.actions [812]: NOTICE [sshd] Ban ${ip('185.44.91.27')}
2026-12-04 07:12:41,530 fail2ban.actions [812]: NOTICE [nginx-limit-req] Ban ${ip('81.19.72.140')}
2026-12-04 07:13:02,008 fail2ban.actions [812]: NOTICE [nginx-limit-req] Ban ${ip('2a02:c7c:4d12:9a00::1f')}`)}

${ip('81.19.72.140')} is the office NAT. How do I whitelist it?`, 'IP addresses ambiguous by convention, the repeated one in prose as well'),

  rec('hr_note_bg', f`Бележка от ЧР: служителката Петя Георгиева, родена на ${dob('12.03.1978')}, е в отпуск по майчинство до 30.06.2027. Телефон за връзка: ${phone('+359 88 482 3917')}.

Please translate this HR note to English.`, 'Bulgarian "родена на" (born, feminine)'),
];
