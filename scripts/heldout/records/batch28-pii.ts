/**
 * Held-out batch 28: personal data in passenger lists, HR files, player tickets, subscriber exports,
 * credit-union member records and parking appeals, in English, Spanish, German, Russian, Romanian,
 * Tamil, Indonesian, Japanese and Estonian. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH28_PII: DraftRecord[] = [
  // ——— travel agency ———
  rec('manifest', f`Group booking for the Uluru tour, need the names in the airline's upload format (SURNAME/GIVEN MR|MS, DOB ddMMMyy, passport, expiry):

${amb('source_code.snippet', f`Name\tDOB\tPassport\tNationality\tExpiry
Harriet Collins\t${v('pii.date_of_birth', '14/02/1958')}\t${v('pii.passport', 'PA7391046')}\tAUS\t2029-06-11
Desmond Collins\t${v('pii.date_of_birth', '30/09/1955')}\t${v('pii.passport', 'PA7391052')}\tAUS\t2029-06-11
Yuki Tanabe\t${v('pii.date_of_birth', '07/07/1991')}\t${v('pii.passport', 'TK4820917')}\tJPN\t2031-01-23
Adebola Martins\t${v('pii.date_of_birth', '22/11/1987')}\t${v('pii.passport', 'B02847615')}\tNGA\t2027-09-30`)}`),

  rec('chat_es', f`Hola! Un cliente perdió el vuelo de vuelta desde Buenos Aires y hay que reemitir. Datos del pasajero: Sergio Blanco Ortega, DNI ${v('pii.es_dni', '84202078K')}, nacido el ${v('pii.date_of_birth', '3 de abril de 1979')}, móvil ${phone('+34 612 447 903')}. Redáctame el mail a la aerolínea pidiendo la exención de la penalización por causa médica.`),

  rec('chat_es_ar', f`Necesito armar la lista para el seguro de viaje del grupo de egresados. Te paso los datos de la coordinadora: Florencia Gauna, DNI ${ambCat('pii', '34.518.207')}, CUIL ${ambCat('pii', '27-34518207-4')}, cel ${phone('+54 9 11 4387-2261')}, mail ${v('pii.email', 'flor.gauna@hotmail.com.ar')}. Los chicos los cargo después.`, 'Argentine DNI and CUIL: national ids with no built-in rule (ambiguous, no rule id)'),

  rec('ticket', f`Ticket WV-551092 — name correction
From: ${v('pii.email', 'chiamaka.eze@yahoo.com')}
Phone: ${phone('0803 412 7765', 'NG')}

"Good afternoon. My name on the booking is spelt CHIAMAKA EZEH but my passport (${v('pii.passport', 'A09172845')}) says EZE. Flight LOS–DXB on 19 Dec. Please correct it, I don't want to be denied boarding."

Write a reply: one free name correction, need a scan of the passport bio page via the secure upload link (not email).`),

  rec('chat_de', f`Kannst du mir helfen, eine Vollmacht zu formulieren? Frau Ingrid Häusler (geb. ${v('pii.date_of_birth', '12.08.1949')}) möchte, dass ihre Tochter die Kreuzfahrtbuchung ändern darf. Tochter: Sabine Häusler, Tel. ${phone('0171 4839261', 'DE')}, E-Mail ${v('pii.email', 'sabine.haeusler@web.de')}.`),

  rec('chat_ja', f`ツアー参加者の名簿を英語に直してください。
氏名: 佐藤 美咲（サトウ ミサキ）
生年月日: ${v('pii.date_of_birth', '1988年5月19日')}
旅券番号: ${v('pii.passport', 'TR7730152')}
携帯: ${phone('090-4829-1736', 'JP')}
メール: ${v('pii.email', 'misaki.sato88@docomo.ne.jp')}`),

  // ——— pharmaceutical wholesaler ———
  rec('hr_de', f`Bitte erstelle aus diesen Daten die Meldung an die Krankenkasse (Anmeldung neuer Lagermitarbeiter):

Name: Murat Yıldırım
Geburtsdatum: ${v('pii.date_of_birth', '04.03.1996')}
Steuer-ID: ${v('pii.de_steuer_id', '67303498523')}
Sozialversicherungsnr.: ${ambCat('pii', '65 040396 Y 517')}
Anschrift: Venloer Str. 311, 50823 Köln
Eintritt: 01.12.2024, Kommissionierung Kühlware`, 'German social insurance number: no built-in rule (ambiguous, no rule id)'),

  rec('hr_ro', f`Te rog să-mi faci un contract de muncă pe baza datelor de mai jos (depozit Cluj, gestionar):
Nume: Andreea Popescu
CNP: ${ambCat('pii', '2960827125780')}
Data nașterii: ${v('pii.date_of_birth', '27.08.1996')}
Telefon: ${phone('0744 518 203', 'RO')}
Adresă: Str. Fabricii nr. 14, Cluj-Napoca
Salariu brut: 5.200 lei`, 'Romanian CNP: national id with no built-in rule (ambiguous, no rule id)'),

  rec('chat_ru', f`Помоги составить приказ о приёме на работу водителя-экспедитора. Данные: Кузнецов Алексей Викторович, дата рождения ${v('pii.date_of_birth', '17.01.1990')}, паспорт ${ambCat('pii', '45 14 728391')}, СНИЛС ${ambCat('pii', '128-473-902 56')}, телефон ${phone('+7 916 482-37-15')}. Приступает с 2 декабря.`, 'Russian internal passport and SNILS: no built-in rule for these forms (ambiguous, no rule id)'),

  rec('recall', f`Product recall — pharmacies that received batch LX-2291 (Amoxicillin 500 mg). Please draft a phone script for the call team.

Apotheke am Dom, Köln — contact: PTA Jana Roth, ${phone('+49 221 2577 4190')}
Löwen-Apotheke, Bonn — Apotheker Dr. Frank Weiß, ${phone('0228 698 3342', 'DE')}, ${v('pii.email', 'f.weiss@loewen-apotheke-bonn.de')}
Farmacia Sf. Luca, Cluj — farm. Ioana Mureșan, ${phone('+40 264 597 310')}`),

  rec('signature', f`Mulțumesc,

Radu Ionescu
Coordonator logistică – Medisfera Distribuție SRL
Mobil: ${phone('+40 722 381 904')}
Fix: ${phone('021 318 4472', 'RO')}
${v('pii.email', 'radu.ionescu@medisfera.ro')}

(can you translate my signature to English for the German partners?)`),

  // ——— mobile game studio ———
  rec('gdpr_request', f`GDPR access request from a player, help me answer within the 30 days:

"Hello, under Article 15 I'd like all data you hold on me. Account: otterfan_lina, email ${v('pii.email', 'lina.kask@gmail.com')}, I played from Tartu. My phone number linked to the account is ${phone('+372 5384 2917')}."

Our export shows: device id, IP history (last: ${amb('pii.ip_address', '90.190.37.118')}), 14 purchases, chat logs.`),

  rec('hr_et', f`Palun koosta töölepingu lisa meie uuele QA testijale:
Nimi: Kristjan Tamm
Isikukood: ${ambCat('pii', '39203140271')}
Telefon: ${phone('5129 4406', 'EE')}
E-post: ${v('pii.email', 'kristjan.tamm@pixelotter.ee')}
Ametikoht: QA tester, osaline koormus 0,5`, 'Estonian isikukood: national id with no built-in rule (ambiguous, no rule id)'),

  rec('hr_ja', f`新入社員の入社手続き書類のチェックをお願いします。
氏名: 中村 大輔
生年月日: ${v('pii.date_of_birth', '1994年11月2日')}
マイナンバー: ${ambCat('pii', '4829 1736 5502')}
住所: 東京都渋谷区神南1-12-8
電話: ${phone('080-3321-7745', 'JP')}
不足している項目はありますか？`, 'Japanese My Number: national id with no built-in rule (ambiguous, no rule id)'),

  rec('chat_id', f`Tolong bikin template surat kontrak freelance untuk tester di Jakarta. Contoh datanya:
Nama: Dewi Lestari
NIK: ${ambCat('pii', '3174055208930004')}
Tanggal lahir: ${v('pii.date_of_birth', '12 Agustus 1993')}
No. HP: ${phone('0813 1947 2286', 'ID')}
Email: ${v('pii.email', 'dewi.lestari93@gmail.com')}`, 'Indonesian NIK: national id with no built-in rule (ambiguous, no rule id)'),

  rec('log', f`Why are so many logins from the same IP? Possible account sharing / bot farm:

${amb('source_code.snippet', f`2024-11-12T03:14:22Z login ok player=kenji_run email=${v('pii.email', 'kenji.run@icloud.com')} ip=${amb('pii.ip_address', '126.74.211.9')} device=iPhone15,2
2024-11-12T03:14:25Z login ok player=otter9981 email=${v('pii.email', 'otter9981@mail.ru')} ip=${amb('pii.ip_address', '126.74.211.9')} device=SM-A546E
2024-11-12T03:14:31Z login ok player=zz_rush email=${v('pii.email', 'zzrush.acc@yandex.ru')} ip=${amb('pii.ip_address', '126.74.211.9')} device=SM-A546E`)}`),

  // ——— newspaper subscriptions desk ———
  rec('csv', f`Can you split these by delivery run and flag the ones with no phone?

${amb('source_code.snippet', f`sub_id,name,address,suburb,phone,email,product
RH-0041187,Patricia Nolan,14 Fitzmaurice St,Wagga Wagga,${phone('(02) 6921 4478', 'AU')},${v('pii.email', 'pat.nolan@bigpond.com')},7-day print
RH-0041203,Bruce Kaminski,2/88 Baylis St,Wagga Wagga,,${v('pii.email', 'bkaminski@outlook.com.au')},weekend
RH-0041219,Tran Thi Mai,7 Lake Albert Rd,Kooringal,${phone('0412 583 906', 'AU')},,digital+sat`)}`),

  rec('chat', f`Reader called in about a death notice for her father. Please help me write it nicely: "KELLY, Raymond John. Born ${v('pii.date_of_birth', '3 May 1938')} at Junee, passed peacefully 9 November 2024. Loved husband of Joan. Contact daughter Leanne on ${phone('+61 411 902 386')} for funeral details."`),

  rec('email', f`Hi subs team,

I'm moving from Griffith to Albury on the 30th, please redirect my paper. New address: Unit 4, 512 Kiewa Street, Albury NSW 2640. My mobile is still ${phone('0412 583 906', 'AU')} if the driver can't find it.

Cheers,
Col Hennessy
subscriber no. RH-0039911

→ reply confirming, and tell him delivery to Albury starts the Monday after.`),

  rec('chat_ng', f`Please help me reply this subscriber of our Lagos e-paper partnership, she's angry: "I have paid for 3 months and still can't login. My email is ${v('pii.email', 'funmilayo.adeyemi@gmail.com')}, phone ${phone('+234 809 553 1204')}. Una dey try o!" Keep it polite, tell her we reset the login.`),

  // ——— credit union ———
  rec('loan_app', f`Summarize this loan application for the credit committee, remove anything they don't need:

Applicant: Dale R. Whitaker   SSN: ${v('pii.us_ssn', '485-54-8144')}   DOB: ${v('pii.date_of_birth', '06/21/1974')}
Co-applicant: Sherry L. Whitaker   SSN: ${v('pii.us_ssn', '480-57-1414')}   DOB: ${v('pii.date_of_birth', '01/09/1977')}
Address: 2210 N Redbud Ln, Edmond OK 73034
Phone: ${phone('(405) 628-3917', 'US')}   Email: ${v('pii.email', 'dwhitaker74@cox.net')}
Request: $38,500 auto loan, 72 mo, 2023 F-150. Gross monthly income $7,840. Credit score 712.`),

  rec('chat', f`Member came in to add her son as joint owner. Can you draft the checklist for the MSR? Son: Tyler Begay, SSN ${v('pii.us_ssn', '035-06-2219')}, born ${v('pii.date_of_birth', 'March 14, 2002')}, OK driver's license ${ambCat('pii', 'D084172935')}.`, 'US driver licence number: no built-in rule (ambiguous, no rule id)'),

  rec('csv', f`${amb('source_code.snippet', f`member_no|last|first|ssn|dob|email|phone
0039912|HOLLOWAY|TRENT|${v('pii.us_ssn', '265-31-2135')}|${v('pii.date_of_birth', '1983-10-02')}|${v('pii.email', 'trent.holloway@gmail.com')}|${phone('918-724-5503', 'US')}
0041877|NGUYEN|LINH|${v('pii.us_ssn', '618-88-6631')}|${v('pii.date_of_birth', '1992-04-27')}|${v('pii.email', 'linh.nguyen92@yahoo.com')}|${phone('(651) 298-4470', 'US')}`)}

This came from the core as pipe-delimited. Convert it to the format the 1099-INT vendor wants (fixed width).`),

  rec('email', f`Hi,

I need to update my address and beneficiary on my IRA. My SSN is ${v('pii.us_ssn', '703 41 9807')}, member since 1998. New beneficiary is my granddaughter Kaylee Rhodes, date of birth ${v('pii.date_of_birth', '08/30/2009')}.

Thank you,
Barbara Rhodes
${phone('817.463.2295', 'US')}

→ write a response telling her to come in or use the secure message center, we can't change beneficiaries by email.`),

  rec('chat_es', f`Tenemos socios hispanohablantes en la sucursal de Tulsa. Tradúceme al español esta carta: "Dear Mr. Hernández, we received your application for membership. To complete it we need a copy of your ITIN letter (ITIN ${ambCat('pii', '912-73-4410')}) and proof of address. Please call us at ${phone('+1 918 724 5503')}."`, 'US ITIN: 9xx area, not an SSN; personal, no built-in rule (ambiguous, no rule id)'),

  // ——— city parking & traffic ———
  rec('appeal', f`Please summarise this parking fine appeal for the review officer:

PCN: KC-2024-118734   Vehicle: YKN-42T (Mazda CX-5)
Appellant: Siobhan Gallagher
Address: 17 Ferntree Ave, Kelston
Phone: ${phone('0438 117 264', 'AU')}
Email: ${v('pii.email', 'siobhan.g@iinet.net.au')}

"I was parked in the disabled bay with my permit displayed on the dashboard (permit DP-7731). The permit had slipped under the sunvisor. Photos attached. I am the carer for my mother, born ${v('pii.date_of_birth', '11/06/1936')}, who was with me."`, 'number plate left unlabelled (no built-in rule; treated like an order number)'),

  rec('roster_ta', f`இந்த வார கள அலுவலர் பட்டியலை ஆங்கில அட்டவணையாக மாற்றவும்:
1. ராஜேஷ் குமார் — மண்டலம் 4 (தி. நகர்) — கைபேசி ${phone('98401 27736', 'IN')} — ஆதார் ${v('pii.in_aadhaar', '2275 4700 0097')}
2. பிரியா சுப்பிரமணியம் — மண்டலம் 9 (மயிலாப்பூர்) — கைபேசி ${phone('+91 94432 18765')} — ஆதார் ${v('pii.in_aadhaar', '9223 6833 3484')}`),

  rec('chat_ta_en', f`Sir, resident parking permit application pending — applicant Karthik Venkatesan, DOB ${v('pii.date_of_birth', '19-09-1985')}, Aadhaar ${v('pii.in_aadhaar', '729986909270')}, address 12 Pillaiyar Koil St, Mylapore. Office landline ${phone('044 2815 3364', 'IN')}. Documents okay-va nu check panni approve letter draft pannunga.`),

  rec('complaint', f`Complaint to the traffic department, needs a reply:

From: Marcus Oyelaran <${v('pii.email', 'm.oyelaran@outlook.com')}>
"The new speed hump outside 44 Harbour Rd is too high, my car scraped twice. I've lived here 20 years. Call me: ${phone('+61 3 9421 6650')}."

Tone: empathetic, explain the 6-week review process.`),

  rec('chat_et', f`Palun vasta elanikule, kes taotleb elanikuparkimise luba Kalamajas. Taotleja: Mari-Liis Saar, isikukood ${ambCat('pii', '48805120214')}, telefon ${phone('+372 640 8871')}, e-post ${v('pii.email', 'mariliis.saar@mail.ee')}. Luba kehtib 12 kuud, tasu 60 €.`, 'Estonian isikukood: no built-in rule (ambiguous, no rule id)'),

  rec('cctv_request', f`Police request for CCTV footage near the Ferry St car park — please draft the log entry:
Requesting officer: Det. Sgt. Paul Rennie, badge 4471, ${phone('0412 583 906', 'AU')}
Subject vehicle registered to: Darren Fitzgerald, DOB ${v('pii.date_of_birth', '02/12/1979')}, licence ${ambCat('pii', '042 817 339')}
Time window: 8 Nov 2024, 22:00–23:30
Cameras: FS-03, FS-04`, 'Australian driver licence number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_de', f`Ein Bürger aus Berlin beschwert sich über einen Strafzettel aus seinem Urlaub bei uns. Kannst du eine höfliche Antwort auf Deutsch schreiben? Er heißt Jürgen Bachmann, Tel. ${phone('+49 30 2291 8874')}, E-Mail ${v('pii.email', 'j.bachmann@gmx.de')}, Kennzeichen B-JB 4412.`),

  rec('chat_ru', f`Переведи на английский, пожалуйста, заявление жителя: «Прошу отменить штраф за парковку. Я, Смирнова Ольга Павловна, ${v('pii.date_of_birth', '05.06.1962')} г.р., проживаю по адресу ул. Садовая, 12, кв. 7. Мой телефон ${phone('8 (495) 638-41-27', 'RU')}, почта ${v('pii.email', 'o.smirnova62@yandex.ru')}.»`),

  rec('vcard', f`${amb('source_code.snippet', f`BEGIN:VCARD
VERSION:3.0
FN:Emeka Obi
ORG:Kelston Council;Parking Services
TEL;TYPE=CELL:${phone('+234 809 553 1204')}
TEL;TYPE=WORK:${phone('+61 3 9421 6650')}
EMAIL:${v('pii.email', 'emeka.obi@kelston.vic.gov.au')}
END:VCARD`)}
Outlook imports the name but not the phone numbers, why?`),

  rec('chat_es', f`Necesito cambiar el titular de un NIE en la reserva del apartamento en Málaga. El nuevo titular es Oleksandr Kovalenko, NIE ${v('pii.es_nie', 'Y7772111B')}, teléfono ${phone('915 238 447', 'ES')}. ¿Qué le digo al propietario?`),
];
