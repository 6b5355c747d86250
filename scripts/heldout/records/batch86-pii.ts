/**
 * Held-out batch 86: personal data — donor screening, candidate registrations, driver accounts,
 * immigration client files, gym memberships and vessel crew lists, in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);
const pass = (s: string) => v('pii.passport', s);

export const BATCH86_PII: DraftRecord[] = [
  rec('donor_form', f`Can you turn this donor intake into a short note for the physician? Keep only what's medically relevant.

DONOR REGISTRATION – El Paso center
Name: Marisol Arredondo
DOB: ${dob('04/17/1993')}
SSN: ${v('pii.us_ssn', '527-38-1946')}
Phone: ${phone('(415) 829-3047', 'US')}
Email: ${mail('marisol.arredondo93@gmail.com')}
Last donation: 11/28/2024 · Hct 41% · Protein 6.9 g/dL · Weight 148 lb`),

  rec('chat_es_mx', f`Oye, ¿me ayudas a redactar la carta de diferimiento temporal? Donante: Juan Carlos Treviño, fecha de nacimiento ${dob('9 de marzo de 1988')}, CURP ${ambCat('pii', 'TEJJ880309HCHRNN04')}, cel. ${phone('+52 55 4183 2976')}. Motivo: tatuaje reciente (hace 2 meses), puede volver en 4 meses.`, 'Mexican CURP: a national identifier with no built-in rule (ambiguous)'),

  rec('letter_de_ch', f`Bitte in einfacheres Deutsch umschreiben:

Sehr geehrter Herr Bachmann
Aufgrund Ihres Aufenthalts in einem Malariagebiet können wir Sie bis zum 15.03.2025 nicht zur Plasmaspende zulassen.
Ihre Angaben: geboren am ${dob('22.08.1979')}, Mobile ${phone('+41 79 482 31 76')}, Spendernummer ZH-004412.
Freundliche Grüsse, Spendezentrum Zürich-Oerlikon`),

  rec('notes_pt', f`Resume estas notas da entrevista de triagem em inglês, sem nomes:

Dadora: Inês Carvalho Monteiro, n. ${dob('1996-02-11')}
Contacto: ${phone('+351 912 384 721')} / ${mail('ines.c.monteiro@sapo.pt')}
Viagem recente a Angola (out/2024). Sem febre. Toma anticoncecional oral. Hemoglobina 12,9 g/dL.`),

  rec('csv', f`Check these exam entries for duplicates before the deadline:

${amb('source_code.snippet', f`centre,candidate_no,surname,forename,dob,email
64219,0412,Ahmed,Zara,${dob('2008-03-14')},${mail('zara.ahmed08@outlook.com')}
64219,0413,Ahmed,Zara,${dob('2008-03-14')},${mail('z.ahmed@stmarks-academy.sch.uk')}
64219,0414,Byrne,Cillian,${dob('2007-11-02')},${mail('cillianbyrne07@icloud.com')}`)}`),

  rec('chat_ng', f`Good afternoon. Please help me draft a letter to the exam board about two candidates whose date of birth was entered wrongly:
1. Chukwuemeka Obi – correct DOB ${dob('12/06/2008')}, parent phone ${phone('0803 418 2296', 'NG')}
2. Aisha Bello – correct DOB ${dob('30/01/2009')}, parent phone ${phone('+234 806 291 4473')}
Both sat Paper 2 on 14 November at centre 18032.`),

  rec('chat_ur', f`براہ کرم ایک درخواست لکھ دیں۔ امیدوار کا نام: محمد حسن رضا، تاریخ پیدائش: ${dob('15-07-2007')}، شناختی کارڈ (والد): ${ambCat('pii', '35202-4817263-5')}، موبائل: ${phone('0300 4817263', 'PK')}۔ امتحانی مرکز لاہور 2، رول نمبر 508812۔`, 'Pakistani CNIC: no built-in rule (ambiguous)'),

  rec('access_arrangements', f`Summarise this access-arrangement request in two sentences for the exams officer:

Candidate: Ellie Marsh (cand. 2291, centre 31544)
Date of birth: ${dob('05/05/2008')}
NHS number: ${v('pii.uk_nhs_number', '428 743 0522')}
Diagnosis letter from CAMHS dated 02/10/2024 (ADHD, combined presentation). Requested: 25% extra time, separate room, rest breaks.`),

  rec('payroll_marker', f`New examiner contract – payroll fields to check:
Name: Rhiannon Price
NI number: ${v('pii.uk_nino', 'JT 48 21 93 C')}
Date of birth: ${dob('19 September 1971')}
Phone: ${phone('020 7946 1183', 'GB')}
Personal email: ${mail('rhiannon.price71@btinternet.com')}
Subjects: GCSE Geography (Paper 1), team leader

Does anything look missing for HMRC?`),

  rec('email_nz', f`Kia ora Mere,

Thanks for applying to mark NCEA-equivalent English this summer. Can you confirm these details are right before we issue the contract?
Phone: ${phone('021 483 9027', 'NZ')}
Alt: ${phone('+64 27 418 2937')}
Email: ${mail('mere.tawhiri@xtra.co.nz')}
IRD number: ${ambCat('pii', '049-091-850')}

Ngā mihi,
Marker Services`, 'NZ IRD number: no built-in rule (ambiguous)'),

  rec('ticket_nl', f`Ticket #VL-30918 – Laadpas werkt niet
Klant: Dirk-Jan Verhoeven
E-mail: ${mail('dj.verhoeven@ziggo.nl')}
Tel: ${phone('+31 6 41829375')}
RFID UID: 04A2F91B6C5280
Laadpas geblokkeerd na 3 mislukte sessies bij Utrecht Jaarbeurs.

Schrijf een antwoord in het Nederlands: pas is gedeblokkeerd, nieuwe pas wordt verstuurd.`),

  rec('chat_fr_be', f`Peux-tu reformuler ce message pour un client mécontent ? "Monsieur Lambrechts, votre compte conducteur (${mail('p.lambrechts@skynet.be')}, ${phone('+32 478 21 39 84')}) a été débité par erreur pour une session à Namur. Le remboursement est en cours."`),

  rec('profile_json', f`${amb('source_code.snippet', f`{
  "driverId": "drv_7Hq2kP9x",
  "name": "Mette Kjærgaard",
  "email": "${mail('mette.kjaergaard@outlook.dk')}",
  "phone": "${phone('+45 21 83 47 92')}",
  "birthDate": "${dob('1985-06-23')}",
  "vehicles": [{ "make": "Polestar", "model": "2", "plate": "EV 41 828" }],
  "tariffPlan": "HOME_PLUS"
}`)}

GDPR export request: which fields must we include, and is birthDate even necessary for an EV account?`),

  rec('intake_form', f`Immigration intake – please convert to a table:
Client: Oluwaseun Adebayo
Date of birth: ${dob('02 Feb 1990')}
Nationality: Nigerian
Passport no.: ${pass('A08471936')}, expires 2031
Phone (Lagos): ${phone('+234 809 517 3386')}
Email: ${mail('seun.adebayo@yahoo.com')}
Visa sought: UK Skilled Worker (nurse), CoS assigned 28/11/2024`),

  rec('petition_summary', f`Draft a cover letter paragraph for this I-130:
Petitioner: Daniel Kowalczyk, U.S. citizen, SSN ${v('pii.us_ssn', '418-62-0395')}, born ${dob('July 8, 1986')} in Chicago
Beneficiary: Thảo Nguyễn, born ${dob('11/23/1991')} in Đà Nẵng, passport ${pass('C4829173')}
Marriage: 14 September 2024, Cook County`),

  rec('chat_vi', f`Bạn dịch giúp mình đoạn này sang tiếng Anh cho hồ sơ visa nhé: "Tôi tên Nguyễn Thị Thảo, sinh ngày ${dob('23/11/1991')}, số hộ chiếu ${pass('C4829173')}, điện thoại ${phone('+84 912 418 293')}. Tôi kết hôn với anh Daniel vào tháng 9 năm 2024."`),

  rec('spouse_visa', f`Sponsor details for the Appendix FM application – can you check the financial requirement section reads well?
Sponsor: Hamza Qureshi, British citizen
NI number: ${v('pii.uk_nino', 'WP 73 18 46 A')}
Annual salary: £31,400 (NHS Band 5)
Applicant: Sana Qureshi, Pakistani passport ${pass('AK4918273')}, born ${dob('03/12/1996')}`),

  rec('chat_es', f`Necesito preparar el escrito de arraigo social. Datos del cliente: Youssef El Amrani, NIE ${v('pii.es_nie', 'X8477796L')}, pasaporte marroquí ${pass('UZ6183927')}, teléfono ${phone('+212 661 23 84 76')}. La empleadora, Carmen Ruiz Delgado, DNI ${v('pii.es_dni', '86796946Y')}. ¿Qué documentos faltan?`),

  rec('chat_it', f`Mi serve una bozza di lettera per la Questura per il rinnovo del permesso. Cliente: Giulia Rossi (datrice di lavoro), codice fiscale ${v('pii.it_codice_fiscale', 'RSSGLI85M62H501Z')}; lavoratore: Ravi Kumar, passaporto indiano ${pass('P4829173')}, nato il ${dob('14/04/1992')}.`),

  rec('chat_fr', f`Pour le dossier de regroupement familial, peux-tu vérifier que la liste des pièces est complète ? Demandeur : Karim Benali, NIR ${v('pii.fr_nir', '2 91 05 75 339 189 15')}, né le ${dob('21/05/1991')}. Conjointe : Amel Benali, passeport algérien ${pass('197384625')}.`, 'Algerian passport number: nine digits, labelled as the text calls it a passport'),

  rec('chat_pt_br', f`Oi! Pode escrever um e-mail pro cliente pedindo os documentos que faltam do visto EB-2? Cliente: Rafael Souza Lima, CPF ${v('pii.br_cpf', '402.158.418-83')}, passaporte ${pass('FX482917')}, nascido em ${dob('30/10/1987')}, celular ${phone('+55 21 99384-1276')}.`),

  rec('chat_hi', f`कृपया इस जानकारी से OCI आवेदन का कवर लेटर बना दीजिए: आवेदक – अनन्या शर्मा, जन्म तिथि ${dob('12-08-1994')}, आधार ${v('pii.in_aadhaar', '5740 5122 1697')}, पासपोर्ट ${pass('Z5819274')}, मोबाइल ${phone('+91 98201 47365')}।`),

  rec('work_permit_ca', f`Translate into French for the client: "Your work permit extension was submitted. We used: SIN ${v('pii.ca_sin', '174 763 185')}, UCI ${ambCat('pii', '11-4827-3916')}, date of birth ${dob('1990-01-27')}. Keep working under maintained status."`),

  rec('blue_card_de', f`Kannst du die Unterlagenliste für die Blaue Karte EU ergänzen? Mandant: Arjun Menon, Steuer-ID ${v('pii.de_steuer_id', '70036412959')}, geb. ${dob('03.03.1989')}, Reisepass ${pass('T7192846')}, Tel. ${phone('+49 1523 8471926')}.`),

  rec('chat_nl', f`Kun je de IND-brief samenvatten? Kennismigrant: Priya Raghavan, BSN ${v('pii.nl_bsn', '109444929')}, geboortedatum ${dob('7 juni 1993')}. Werkgever: VoltLane B.V. De verlenging is goedgekeurd tot 2029.`),

  rec('member_log', f`${amb('source_code.snippet', f`2024-12-04 06:02:17 DOOR=MAIN-IN  member=CRG-BRS-11873 name="Tomasz Wiśniewski" email=${mail('t.wisniewski@wp.pl')} result=GRANTED
2024-12-04 06:02:51 DOOR=MAIN-IN  member=CRG-BRS-09214 name="Hollie Green" email=${mail('holliegreen@hotmail.co.uk')} result=DENIED reason=PAYMENT_OVERDUE
2024-12-04 06:03:09 DOOR=BOULDER  member=CRG-BRS-11873 name="Tomasz Wiśniewski" email=${mail('t.wisniewski@wp.pl')} result=GRANTED`)}

Why does the controller log e-mail addresses at all? Can you write a config change request to remove them?`),

  rec('incident_af', f`Help my asseblief om hierdie beseringsverslag in Engels te vertaal:
Lid: Pieter van der Merwe, gebore ${dob('14 Oktober 1984')}
Selfoon: ${phone('+27 82 418 2937')}
Noodkontak: Sannie van der Merwe (vrou) ${phone('+27 83 591 0472')}
Voorval: gegly van die boulder-muur by Centurion, enkel verstuit, ys toegedien.`),

  rec('chat_zu', f`Ngicela ungisize ngibhale umlayezo wokuqinisekisa ubulungu: Sipho Dlamini, usuku lokuzalwa ${dob('1998-09-05')}, inombolo yocingo ${phone('+27 72 305 8146')}, i-imeyili ${mail('sipho.dlamini98@gmail.com')}. Uqala ngo-1 Januwari egimini yaseRosebank.`),

  rec('chat_sw', f`Naomba unisaidie kuandika ujumbe wa kumkaribisha mwanachama mpya: Amina Wanjiru, simu ${phone('+254 712 418293')}, barua pepe ${mail('amina.wanjiru@gmail.com')}. Amechagua mpango wa miezi 12 na madarasa ya kupanda ukuta.`),

  rec('chat_sm_to', f`Can you write a friendly welcome text in Samoan and Tongan for two new members at our Auckland gym? Sione Taufa (${phone('+676 771 8347')}) and Malia Leota (${phone('+685 72 18347')}), both on the family plan from 9 December.`),

  rec('crew_list', f`Crew list for port state control (vessel FD 417 "Norðlýsið"), please format as a table:
1. Skipper – Jógvan Joensen, b. ${dob('11.02.1972')}, tel ${phone('+298 218 347')}
2. Mate – Reynaldo Santos, b. ${dob('03.07.1985')}, passport ${pass('P3918274A')}, tel ${phone('+63 917 418 2937')}
3. Deckhand – Agus Pratama, b. ${dob('19.12.1996')}, passport ${pass('C7391842')}, tel ${phone('+62 812 4182 9376')}`),

  rec('signature_is', f`Bestu kveðjur,
Guðrún Sigurðardóttir
Löndunarstjóri – Ísfang ehf.
Sími: ${phone('+354 692 4817')}
Netfang: ${mail('gudrun@isfang.is')}

→ translate my signature block into English for the UK buyer`),

  rec('signatures', f`Make these three e-mail signatures consistent (same order, same separators):

Andreea Popescu | Coordonator centru plasmă Cluj | ${phone('+40 721 384 927')} | ${mail('andreea.popescu@plasmalux.ro')}
Мария Георгиева — Ръководител център София — тел. ${phone('+359 88 482 1937')} — ${mail('m.georgieva@plasmalux.bg')}
Marko Petrović / šef centra Beograd / ${phone('+381 64 2183947')} / ${mail('marko.petrovic@plasmalux.rs')}`),

  rec('chat_ka_hy', f`Please put these two clients' contact details into our CRM import format (name;phone;email;dob):
ნინო ბერიძე — ტელ. ${phone('+995 599 21 84 73')}, ელ-ფოსტა ${mail('nino.beridze@mail.ge')}, დაბადების თარიღი ${dob('04.11.1990')}
Արամ Հակոբյան — հեռ. ${phone('+374 91 482 173')}, էլ. փոստ ${mail('aram.hakobyan@mail.am')}, ծննդյան ամսաթիվ ${dob('17.06.1983')}`),

  rec('chat_ko_zh_tw', f`두 고객의 연락처를 정리해 주세요 / 請幫我整理：
김민준 — ${phone('+82 10 4182 9376')} — ${mail('minjun.kim@naver.com')}
陳怡君 — ${phone('+886 912 418 293')} — ${mail('yijun.chen@gmail.com')}
Both are renewing their student visas for Boston, interviews in January.`),

  rec('chat_bn_ta', f`Two new plasma donors from the community outreach day, please make a bilingual reminder SMS for each:
রফিকুল ইসলাম — ${phone('+880 1712 483927')}
முருகன் செல்வராஜ் — ${phone('+94 77 418 2937')}
Appointments: Tue 10 Dec 09:30 and 11:00, Leicester centre.`),
];
