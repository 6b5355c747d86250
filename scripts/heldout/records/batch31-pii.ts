/**
 * Held-out batch 31: personal data in permit forms, rosters, loyalty exports, HR mails, translation
 * requests and tickets from an airport, a waste company, a broadcaster, pharmacies, a ski resort and
 * a translation agency. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH31_PII: DraftRecord[] = [
  rec('form', f`Please check this airside permit application is complete before I send it to the Airport Security Committee:

AIRSIDE ACCESS PERMIT – NEW APPLICATION
Surname: Mokoena          First names: Thabo Sipho
SA ID no.: ${ambCat('pii', '8706145123083')}
Date of birth: ${v('pii.date_of_birth', '14/06/1987')}
Employer: SwiftTurn Ground Services (Pty) Ltd
Position: Ramp agent, Shift B
Cell: ${phone('082 743 1196', 'ZA')}
Email: ${v('pii.email', 'thabo.mokoena87@gmail.com')}
Zones requested: A (apron), B (baggage make-up)
Criminal record check: submitted 25/11/2024`, 'South African ID number: personal, but no built-in rule (ambiguous, no rule id)'),

  rec('ticket', f`Lost & Found #LF-2024-1193
Item: black Samsonite cabin bag, name tag missing
Found: Arrivals hall carousel 2, 30 Nov 18:40 (flight BZ 214 from JNB)
Claimed by: Mrs Anneke van Wyk
Contact: ${phone('+27 82 514 3907')} / ${v('pii.email', 'anneke.vanwyk@telkomsa.net')}
Delivery: courier to 14 Bosbok St, White River

Write her a short SMS that the bag is ready and the courier fee is R 180.`),

  rec('csv', f`Roster for the ramp team next week, please find double shifts (someone on both B and C on the same day):

${amb('source_code.snippet', f`staff_no,name,cell,mon,tue,wed,thu,fri
SG1042,Sipho Ndlovu,${phone('071 482 3390', 'ZA')},B,B,C,off,B
SG1057,Lerato Khumalo,${phone('083 219 6647', 'ZA')},C,C,off,B,B
SG1063,Pieter Botha,${phone('072 905 1184', 'ZA')},B,C,B,B,off
SG1071,Naledi Mahlangu,${phone('060 318 7725', 'ZA')},off,B,B,C,C`)}`),

  rec('chat', f`Security vetting for the contractor fixing the baggage screening machines. He's a German national, passport number ${v('pii.passport', 'C7LP2R4K9')}, arriving 9 Dec, staying 5 days. What do I need to put in the temporary permit request to the CAA?`),

  rec('hr_ca', f`Can you draft a welcome email for our new producer? Details from the onboarding form (don't put the SIN in the email obviously):

Name: Priya Raman-Chen
SIN: ${v('pii.ca_sin', '527 193 841')}
Date of birth: ${v('pii.date_of_birth', '1990-08-23')}
Home: 2204 - 1250 Burrard St, Vancouver BC V6Z 1Z1
Mobile: ${phone('+1 604 718 2934')}
Start date: Jan 6, 2025 — The North Desk (morning show)`),

  rec('csv', f`Contest winners for the "Northern Lights Weekend" giveaway, please write a congratulations email template and check for duplicate entries:

${amb('source_code.snippet', f`entry_id,name,email,phone,city
NL-0412,Marcus Lavoie,${v('pii.email', 'mlavoie@shaw.ca')},${phone('(780) 492-1847', 'CA')},Edmonton
NL-0877,Janet Whitehorse,${v('pii.email', 'j.whitehorse@sasktel.net')},${phone('(306) 761-2290', 'CA')},Regina
NL-1033,Marcus Lavoie,${v('pii.email', 'marcus.lavoie82@gmail.com')},${phone('(780) 492-1847', 'CA')},Edmonton
NL-1190,Aisha Farouk,${v('pii.email', 'aisha.farouk@rogers.com')},${phone('(416) 827-3391', 'CA')},Toronto`)}`),

  rec('notes', f`Call-in log, "Ask the Vet" segment, Thursday. Producer needs a summary of which callers to call back off-air:

- Dennis (Kamloops) ${phone('250-342-6617', 'CA')} — dog ate grapes, told to go to ER, wants follow-up
- Marie-Claude (Gatineau) ${phone('819-778-4152', 'CA')} — barn cats, vaccine question, cut off by news break
- Tom (Halifax) ${phone('902-481-3376', 'CA')} — complaint about previous guest, do NOT call back on air`),

  rec('signature', f`Thanks so much, I'll get the clip to you by 3.

—
Rebecca Osei-Mensah
Senior Reporter, Investigations | NLBC News
Desk: ${phone('+1 403 762 1193')}  Signal: ${phone('+1 587 943 2210')}
${v('pii.email', 'rebecca.osei-mensah@nlbc.ca')}
Secure tips: tips.nlbc.ca

→ Shorten my signature, it's too long for mobile.`),

  rec('register_in', f`Help me make this Schedule H1 register entry legible for the drug inspector visit (copied from the handwritten book):

Date: 28/11/2024  Bill no: MLN/0412/24-25/017726
Patient: Mr. Venkatesh Iyer, age 64, Ph ${phone('98450 31267', 'IN')}
Prescriber: Dr. S. Nair, Reg. KMC 48217
Drug: Levofloxacin 500 mg tab × 10
Aadhaar (for Rx home delivery KYC): ${v('pii.in_aadhaar', '4839 1027 4654')}`),

  rec('csv', f`Loyalty members who haven't purchased in 6 months. Write a WhatsApp win-back message in English and Hindi (short):

${amb('source_code.snippet', f`member_id|name|mobile|email|dob|last_visit|points
ML00831|Anjali Deshpande|${phone('+91 98201 47733')}|${v('pii.email', 'anjali.d1978@yahoo.co.in')}|${v('pii.date_of_birth', '1978-02-11')}|2024-04-19|1140
ML01207|Farhan Qureshi|${phone('+91 99860 21457')}|${v('pii.email', 'farhanq@rediffmail.com')}|${v('pii.date_of_birth', '1985-11-30')}|2024-05-02|320
ML01566|Lakshmi Narayanan|${phone('+91 94431 80276')}||${v('pii.date_of_birth', '1952-07-07')}|2024-03-27|2875`)}`),

  rec('hr_in', f`Joining formalities checklist for the new pharmacist at Whitefield, please check what's missing:

Name: Meera Krishnamurthy
Father's name: K. Krishnamurthy
DOB: ${v('pii.date_of_birth', '17-09-1996')}
PAN: ${ambCat('pii', 'BKRPK4821M')}
Aadhaar: ${v('pii.in_aadhaar', '7385 0162 9438')}
Pharmacy Council Reg.: KSPC/2019/11843
Mobile: ${phone('+91 97412 58830')}
Bank details: pending`, 'Indian PAN: personal tax id, no built-in rule (ambiguous, no rule id)'),

  rec('chat', f`Customer messaged the store WhatsApp: "Hi this is Rashmi, my mother's BP tablets (Telma 40) not delivered since 2 days, her number is ${phone('080 4127 3390', 'IN')} please call her not me". Can you draft a polite reply in English with an apology and ETA tomorrow by 11?`),

  rec('form_id', f`Tolong rapikan data pendaftaran member Apotek Sehat ini jadi tabel:

Nama: Siti Rahmawati
NIK: ${ambCat('pii', '3174054803910002')}
Tanggal lahir: ${v('pii.date_of_birth', '08-03-1991')}
No. HP: ${phone('0813 2947 6610', 'ID')}
Email: ${v('pii.email', 'siti.rahma91@yahoo.co.id')}
Alamat: Jl. Tebet Barat Dalam II No. 14, Jakarta Selatan
Alergi obat: penisilin`, 'Indonesian NIK: personal, no built-in rule (ambiguous, no rule id)'),

  rec('translation_request', f`Certified translation job FI>EN for an insurance claim. Please do a first draft, we will review:

EPIKRIISI – Kuopion yliopistollinen sairaala, ortopedia
Potilas: Heikkinen, Aino Maria
Henkilötunnus: ${ambCat('pii', '140389-214A')}
Syntymäaika: ${v('pii.date_of_birth', '14.3.1989')}
Puhelin: ${phone('050 463 9182', 'FI')}
Tulosyy: vasemman nilkan murtuma (S82.6), liukastuminen 19.11.2024
Hoito: avoreponointi ja levykiinnitys 20.11.2024. Kotiutus 22.11.2024, kontrolli 6 viikon kuluttua.`, 'Finnish henkilötunnus: personal, no built-in rule (ambiguous, no rule id)'),

  rec('email_fi', f`Hei,

tervetuloa LingvaMedin kääntäjäverkostoon! Tarvitsemme vielä seuraavat tiedot palkkioiden maksua varten. Olet lähettänyt jo nämä:

Nimi: Jussi Heikkinen
Henkilötunnus: ${ambCat('pii', '070795-3864')}
Sähköposti: ${v('pii.email', 'jussi.heikkinen@elisanet.fi')}
Puhelin: ${phone('+358 40 718 2296')}

Puuttuu: verokortti 2025.

→ Voitko kääntää tämän englanniksi? Lähetän saman pohjan myös ulkomaisille kääntäjille.`),

  rec('csv_da', f`Chaufførliste til vinterberedskab – kan du sortere efter kørekortstype og lave en SMS-liste?

${amb('source_code.snippet', f`Navn;CPR;Mobil;Kørekort;Rute
Kasper Lund;${ambCat('pii', '120388-1457')};${phone('28 61 47 93', 'DK')};C/CE;Holstebro Nord
Mette Sørensen;${ambCat('pii', '030791-2284')};${phone('31 74 58 20', 'DK')};C;Struer
Ahmad Rahimi;${ambCat('pii', '250985-3019')};${phone('42 18 96 35', 'DK')};CE;Lemvig`)}`, 'Danish CPR numbers: personal, no built-in rule (ambiguous, no rule id)'),

  rec('complaint_da', f`Hjælp mig med at svare denne borger høfligt:

"Min skraldespand er ikke blevet tømt i 3 uger på Fjordvej 22, 7500 Holstebro. Jeg har ringet 4 gange. Ring til mig på ${phone('+45 51 27 84 36')} eller skriv til ${v('pii.email', 'bente.kjaer@live.dk')}. Ellers går jeg til kommunen. Bente Kjær"

Årsag: vejen var spærret pga. vejarbejde, ny tømning torsdag.`),

  rec('contract_cs', f`Prosím zkontroluj, jestli jsou v pracovní smlouvě na sezónu všechny údaje:

Zaměstnanec: Pavel Novák
Rodné číslo: ${ambCat('pii', '910302/4480')}
Datum narození: ${v('pii.date_of_birth', '2. 3. 1991')}
Číslo pasu: ${v('pii.passport', '43817265')}
Telefon: ${phone('+420 603 418 927')}
Pozice: obsluha lanovky, Pic Blanc (Španělsko), 14. 12. 2024 – 6. 4. 2025`, 'Czech rodné číslo: personal, no built-in rule (ambiguous, no rule id)'),

  rec('contacts_cs', f`Kontakty na městě pro novou smlouvu na svoz, udělej z toho prosím tabulku:
- Ing. Martin Dvořák, odbor životního prostředí, ${v('pii.email', 'dvorak.martin@brno-sever.cz')}, ${phone('+420 545 217 338')}
- Bc. Jana Procházková, ekonomický odbor, ${v('pii.email', 'prochazkova.jana@brno-sever.cz')}, tel. ${phone('777 281 394', 'CZ')}
- p. Horák (dispečink technických služeb) ${phone('605 218 774', 'CZ')}`),

  rec('form_ca', f`Revisa aquesta fitxa d'alta d'un monitor de l'escola d'esquí, falta res?

Nom i cognoms: Arnau Vilaró Casals
DNI: ${v('pii.es_dni', '47821936Z')}
Data de naixement: ${v('pii.date_of_birth', '11/04/1998')}
Telèfon: ${phone('+34 654 29 87 13')}
Correu: ${v('pii.email', 'arnau.vilaro@gmail.com')}
Titulació: TD2 esquí alpí
Talla d'uniforme: M`),

  rec('complaint_ca', f`Ajuda'm a respondre aquesta queixa en català, to amable:

"Vam comprar 4 forfets online (comanda PB24-109283) i a la taquilla ens van dir que no constaven. Vam perdre una hora de cua amb dos nens. Vull una explicació. Glòria Roca – ${v('pii.email', 'gloria.roca.m@hotmail.com')} – ${phone('611 42 87 90', 'ES')}"`),

  rec('incident', f`Ski patrol incident report, I need it in English for the insurer:

INFORME D'ACCIDENT – Pista Coll Roig, 15/12/2024 11:20
Lesionat: Tran Van Minh, treballador temporer (telecadira 3)
NIE: ${v('pii.es_nie', 'Y2917384D')}
Data de naixement: ${v('pii.date_of_birth', '05/01/1996')}
Telèfon contacte emergència (germana): ${phone('+84 903 418 276')}
Lesió: possible fractura de canell dret. Traslladat en ambulància a l'Hospital de Puigcerdà.`),

  rec('translation_request', f`Dịch giúp tôi giấy khai sinh này sang tiếng Anh (bản dịch công chứng cho hồ sơ định cư Canada):

GIẤY KHAI SINH
Họ và tên: NGUYỄN MINH ANH
Ngày, tháng, năm sinh: ${v('pii.date_of_birth', '21/09/2015')}
Nơi sinh: Bệnh viện Từ Dũ, TP. Hồ Chí Minh
Họ và tên mẹ: Trần Thị Lan — Số CCCD: ${ambCat('pii', '079189004217')}
Họ và tên cha: Nguyễn Văn Hùng
Số điện thoại liên hệ: ${phone('0912 847 365', 'VN')}`, 'Vietnamese CCCD: personal, no built-in rule (ambiguous, no rule id)'),

  rec('signature_vi', f`Cảm ơn chị, em sẽ gửi bản dịch trước 17h thứ Sáu.

--
Nguyễn Thu Hà
Biên dịch viên Y khoa (EN–VI) | ATA member
${v('pii.email', 'thuha.translate@gmail.com')} · Zalo: ${phone('+84 912 847 365')}

(viết lại chữ ký này bằng tiếng Anh cho chuyên nghiệp hơn)`),

  rec('translation_request', f`Please translate the cover page of this medical report from Indonesian, for a travel insurance claim:

SURAT KETERANGAN MEDIS
RS Siloam Denpasar
Nama pasien: Emma Lindqvist
Nomor paspor: ${v('pii.passport', 'AB4928371')}
Tanggal lahir: ${v('pii.date_of_birth', '30 Mei 1993')}
No. telepon: ${phone('+62 812-3871-4492')}
Diagnosis: demam berdarah dengue (A91), dirawat 3 hari.`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2024-12-14T08:02:17.551Z","level":"warn","svc":"booking-engine","msg":"pass activation failed","order":"PB24-118021","customer_email":"${v('pii.email', 'jakub.cerny@seznam.cz')}","ip":"${amb('pii.ip_address', '89.24.181.72')}","reason":"keycard_not_found","keycard":"01-1614-7265-3421"}`)}
Why would keycard_not_found happen if the customer typed the number from the card? Is the format with dashes the problem?`),

  rec('trace', f`${amb('source_code.snippet', f`org.springframework.dao.DuplicateKeyException: PreparedStatementCallback; SQL [INSERT INTO loyalty_member (mobile, email, store_id) VALUES (?, ?, ?)];
ERROR: duplicate key value violates unique constraint "uq_loyalty_mobile"
  Detail: Key (mobile)=(${phone('+919845031267')}) already exists.
	at com.medlane.loyalty.MemberRepository.insert(MemberRepository.java:61)`)}

The same customer signed up at two stores. Should mobile be unique per store or global?`),

  rec('invite', f`Turn this into an Outlook invite text, please:

Contract kick-off — Aarhus Kommune organic waste collection 2025
Tue 10 Dec, 13:00–14:30, Genvinding HQ, room "Kompost"
Attendees: ${v('pii.email', 'lone.frandsen@genvinding.dk')}; ${v('pii.email', 'soren.bach@genvinding.dk')}; ${v('pii.email', 'tereza.vesela@ekosvoz.cz')}; ${v('pii.email', 'mkr@aarhus.dk')}
Agenda: route changes, new 140 L bins, reporting format`),

  rec('prm_request', f`PRM assistance request received from the airline, please turn into the handling agent's job sheet:

Flight: BZ 215 KGA→JNB, 06 Dec, STD 14:35
Passenger: Mr Johannes Pretorius, 81
SSR: WCHC (cannot walk, needs aisle chair), travelling with oxygen concentrator (approved)
Contact on the day: daughter Elsa ${phone('+27 11 883 4172')}
Arrival at airport: 12:30 by private car, drop-off zone B`),

  rec('email', f`Dear Dr. Nair,

Re: prescription transfer for Mrs. Geeta Menon (DOB ${v('pii.date_of_birth', '02/05/1949')}). She has moved to Jayanagar and will collect from our Jayanagar 4th Block store. Kindly send the updated prescription to ${v('pii.email', 'jayanagar4@medlane.in')} or call ${phone('+91 80 4127 3390')}.

Regards,
Pharmacist in charge, MedLane Jayanagar

→ Shorten this and make it sound less formal.`),

  rec('letter_da', f`Kan du oversætte denne anbefaling til engelsk?

"Hermed bekræftes, at Mette Sørensen, født ${v('pii.date_of_birth', '3. juli 1991')}, har været ansat hos Genvinding Nord A/S som renovationschauffør fra 1. april 2018 til 30. november 2024. Mette har altid været pålidelig og vellidt af kolleger og borgere."`),

  rec('sick_leave', f`Medical leave form for our Ottawa bureau camera op, can you fill the summary box?

Employee: Kevin Tremblay, emp #40172
Ontario Health card: ${ambCat('pii', '4827 193 546 KT')}
Leave: 09 Dec 2024 – 03 Jan 2025 (surgery)
Manager: Sandra Ng, ${v('pii.email', 'sandra.ng@nlbc.ca')}
Personal phone for HR only: ${phone('(613) 724-8815', 'CA')}`, 'Ontario health card number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_id', f`Bu, paspor saya habis bulan Maret, sementara saya dijadwalkan training POS di Bangalore bulan Februari. Nomor paspor lama ${v('pii.passport', 'C2871946')}. Apakah bisa tetap berangkat atau harus perpanjang dulu? Tanggal lahir saya ${v('pii.date_of_birth', '17 Agustus 1988')} kalau perlu untuk formulir.`),

  rec('chat', f`My colleague's email bounced, is the address maybe wrong? I sent the Finnish court summons translation to ${v('pii.email', 'k.vaisanen@asianajotoimisto-vaisanen.fi')} and got "550 5.1.1 user unknown". Their phone is ${phone('09 4257 1830', 'FI')}, should I just call?`),

  rec('hr_za', f`Can you turn this into a formal letter confirming employment (for her home loan application)?

Employee: Zanele Dlamini
ID: ${ambCat('pii', '9203280124083')}
Position: Aviation Security Officer Grade 2 since 01/03/2019
Basic salary: R 18 450 per month
Contact at HR for verification: ${phone('013 753 9120', 'ZA')}`),

  rec('chat_ca', f`Necessito fer una carta per a l'Oficina d'Estrangeria per renovar el permís d'un temporer: Oleksandr Kovalenko, NIE ${v('pii.es_nie', 'X4829163Z')}, passaport ucraïnès ${v('pii.passport', 'FT482917')}, contracte de desembre a abril. Pots fer un esborrany formal?`),
];
