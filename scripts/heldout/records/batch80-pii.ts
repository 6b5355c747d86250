/**
 * Held-out batch 80: personal data in hearing-aid fitting notes and claims, transit staff rosters and
 * passenger complaints, custody KYC and travel-rule messages, wedding bookings, weather-observer lists
 * and prison-healthcare records. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH80_PII: DraftRecord[] = [
  rec('fitting_note', f`Can you tidy this fitting note into our standard template?

Patient: Mr Derek Whitlow   NHS No: ${v('pii.uk_nhs_number', '176 052 6681')}   DOB: ${v('pii.date_of_birth', '14/02/1946')}
Referral: GP, bilateral moderate SNHL. Fitted Phonak-type RIC both ears, domes 8mm open. REM done, gain target met to 4 kHz.
Contact: ${phone('0113 322 8741', 'GB')} (landline, hard of hearing: text the daughter on ${phone('07723 418592', 'GB')} first)
Follow-up 6 weeks, Headingley branch.`),

  rec('intake_us', f`Please rewrite this intake summary for the receiving facility's nurse, plain language:

INMATE HEALTH INTAKE — Custodia Health Partners / County Detention Center
Name: Raymond T. Oakes   Booking date: 11/24/2024
DOB: ${v('pii.date_of_birth', '07/19/1983')}   SSN: ${v('pii.us_ssn', '532-70-4462')}
Meds on arrival: metformin 500 mg BID, lisinopril 10 mg daily (verified with outside pharmacy)
Allergies: penicillin (rash). Withdrawal screening: CIWA 4.`),

  rec('claim_ca', f`Help me fill the cover note for the hearing-aid claim to the provincial plan:
Client: Marie-Ève Gagnon
SIN: ${v('pii.ca_sin', '408 693 208')}
Date of birth: ${v('pii.date_of_birth', '1952-10-03')}
Phone: ${phone('(416) 739-2058', 'CA')}
Devices: 2 × BTE, serials on the invoice. Audiogram dated Nov 12 attached.`),

  rec('booking_es', f`¿Me ayudas a redactar la confirmación de la reserva? Datos del contrato:
Novios: Andrea Molina Ruiz (DNI ${v('pii.es_dni', '48392716A')}) y Pablo Esteve Soler
Teléfono: ${phone('655 31 72 09', 'ES')}
Correo: ${v('pii.email', 'andrea.molina.ruiz@gmail.com')}
Fecha del evento: 27/09/2025, Finca Bellhaven (Sant Cugat), 140 invitados.`),

  rec('hr_es', f`Alta de nuevo conductor de autobús, línea 23 (Valencia–Sagunto). Revisa que no falte nada:
Nombre: Mihai Popescu
NIE: ${v('pii.es_nie', 'Y2093841G')}
Fecha de nacimiento: ${v('pii.date_of_birth', '03-05-1990')}
Permiso D vigente hasta 2029. Móvil: ${phone('+34 612 907 438')}`),

  rec('claim_fr', f`Peux-tu reformuler ce courrier pour la mutuelle ?

Objet : prise en charge appareillage auditif – Mme Odette Lefranc
N° de sécurité sociale : ${v('pii.fr_nir', '2 85 03 75 056 123 06')}
Née le : ${v('pii.date_of_birth', '12 mars 1985')}
Devis n° D-2024-3381 : deux aides auditives classe II, 1 998 €.
Merci de nous retourner l'accord de prise en charge.`),

  rec('hr_de', f`Bitte erstelle aus diesen Stammdaten eine Checkliste für die Einstellung im Wetterdienst (Messnetz Nord):
Name: Jannik Oltmanns
Geburtsdatum: ${v('pii.date_of_birth', '02.11.1994')}
Steuer-ID: ${v('pii.de_steuer_id', '49617302481')}
Mobil: ${phone('0171 4839201', 'DE')}
E-Mail privat: ${v('pii.email', 'j.oltmanns@posteo.de')}
Einsatz: Wartung automatischer Wetterstationen, Rufbereitschaft ab Januar.`),

  rec('record_it', f`Riassumi in inglese per il medico di turno:
Detenuta: Giulia Bianchi — C.F. ${v('pii.it_codice_fiscale', 'BNCGLI85M52L219W')}
Nata il ${v('pii.date_of_birth', '12/08/1985')} a Torino
Terapia: sertralina 50 mg, levotiroxina 75 mcg. Ultima visita psichiatrica 18/11.`),

  rec('hr_nl', f`Kun je een bevestigingsmail schrijven voor de nieuwe buschauffeur?
Naam: Sven Hofstede
BSN: ${v('pii.nl_bsn', '195063053')}
Geboortedatum: ${v('pii.date_of_birth', '21-06-1979')}
Telefoon: ${phone('06 41829375', 'NL')}
Start: 6 januari, standplaats Leeuwarden.`),

  rec('chat_hi', f`नमस्ते, मरीज़ का हियरिंग एड बीमा क्लेम रिजेक्ट हो गया। ये डिटेल्स भेजी थीं: नाम सुनीता देवी, आधार ${v('pii.in_aadhaar', '2384 0244 4197')}, मोबाइल ${phone('+91 98470 31562')}। कृपया बीमा कंपनी को अपील का पत्र लिखने में मदद करें।`),

  rec('kyc_br', f`Confere se esse cadastro de cliente pessoa física para custódia está completo antes de mandar para compliance:
Nome: Gustavo Henrique Lima
CPF: ${v('pii.br_cpf', '277.133.987-08')}
Data de nascimento: ${v('pii.date_of_birth', '30/01/1988')}
Passaporte: ${v('pii.passport', 'GF482917')}
Celular: ${phone('(21) 99841-2736', 'BR')}
Origem dos recursos: venda de imóvel em Niterói (escritura anexa).`),

  rec('kyc_ng', f`Please draft a request for additional KYC documents. Current file:
Client: Chukwuemeka Obi
Nigerian passport no.: ${v('pii.passport', 'B09381726')}
Date of birth: ${v('pii.date_of_birth', '9 April 1991')}
Phone: ${phone('+234 809 552 1874')}
Email: ${v('pii.email', 'emeka.obi91@yahoo.com')}
Missing: proof of address less than 3 months old; source-of-wealth letter.`),

  rec('csv', f`Can you turn our volunteer rainfall observers into a mail-merge for the annual thank-you letter?

${amb('source_code.snippet', f`station,observer,phone,email
Ōtaki Forks,Hemi Walker,${phone('021 384 2917', 'NZ')},${v('pii.email', 'hemi.walker@xtra.co.nz')}
Hanmer Springs,Lorraine Tipene,${phone('+64 3 315 7742')},${v('pii.email', 'l.tipene@gmail.com')}
Makarora,Barry O'Neill,${phone('+64 27 418 3390')},${v('pii.email', 'barryoneill.mak@outlook.com')}`)}`),

  rec('roster_nn', f`Kan du lage ein oversikt over kven som har vakt på ferja i jula? Frå mannskapslista:
- Kaptein Ingrid Myklebust, ${phone('412 38 917', 'NO')}, fødd ${v('pii.date_of_birth', '04.07.1971')}
- Matros Eirik Vassbotn, ${phone('+47 936 12 408')}
- Maskinist Liv Aarsheim, ${phone('+47 481 05 372')}`),

  rec('chat_is', f`Geturðu skrifað stutt þakkarbréf til veðurathugunarmannsins okkar á Hveravöllum? Hann heitir Gunnar Sveinsson, fæddur ${v('pii.date_of_birth', '18. maí 1958')}, sími ${phone('+354 694 1827')}, netfang ${v('pii.email', 'gunnar.sv@simnet.is')}. Hann hefur skráð veður í 30 ár.`),

  rec('chat_fi', f`Voitko kirjoittaa kuulokojeasiakkaalle muistutuksen säätökäynnistä? Asiakas: Aino Rautiainen, syntynyt ${v('pii.date_of_birth', '6.9.1949')}, puh. ${phone('040 718 2934', 'FI')}, sähköposti ${v('pii.email', 'aino.rautiainen@kolumbus.fi')}. Aika on ti 10.12. klo 13.30, Tampereen liike.`),

  rec('complaint_et', f`Palun tõlgi see kaebus inglise keelde ja tee sellest lühike kokkuvõte:
"Tere! Buss nr 4 Tartust ei peatunud 26.11 kell 7.42 Ülenurme peatuses, kuigi andsin märku. Jäin tööle hiljaks. Palun võtke minuga ühendust: Kadri Tamm, ${phone('+372 5381 2946')}, ${v('pii.email', 'kadri.tamm@online.ee')}."`),

  rec('record_pl', f`Przygotuj notatkę przekazania dla pielęgniarki na zmianę nocną:
Osadzony: Tomasz Wróblewski, ur. ${v('pii.date_of_birth', '15.01.1987')}, PESEL ${ambCat('pii', '87011508273')}
Cela 214, pawilon B. Insulina: glargina 18 j. o 21:00. Ostatni pomiar glikemii 162 mg/dl.`, 'PESEL: a national ID with no built-in rule (ambiguous, no rule id)'),

  rec('booking_cs', f`Prosím o kontrolu smlouvy na svatbu, hlavně kontaktní údaje:
Nevěsta: Tereza Horáková, nar. ${v('pii.date_of_birth', '22. 4. 1996')}, tel. ${phone('731 482 915', 'CZ')}, ${v('pii.email', 'tereza.horakova@seznam.cz')}
Ženich: Ondřej Kratochvíl, tel. ${phone('+420 605 218 734')}
Termín: 6. 9. 2025, zámek Bellhaven u Mělníka.`),

  rec('roster_el', f`Μπορείς να κάνεις πίνακα με τις βάρδιες των οδηγών για την Κυριακή; 
Παπαδάκης Γιώργος – ${phone('694 183 2947', 'GR')} – 05:30–13:30 γραμμή 8
Κωνσταντίνου Ελένη – ${phone('+30 697 204 8815')} – 13:30–21:30 γραμμή 8
Ρήγας Σταύρος – ${phone('+30 693 711 0462')} – ρεζέρβα`),

  rec('chat_tr', f`İşitme cihazı müşterisi için SGK ödeme yazısı hazırlar mısın? Ad Soyad: Fatma Yıldırım, T.C. Kimlik No: ${ambCat('pii', '38217460952')}, doğum tarihi ${v('pii.date_of_birth', '11.03.1955')}, telefon ${phone('0532 418 29 37', 'TR')}.`, 'Turkish national ID: no built-in rule (ambiguous, no rule id)'),

  rec('access_ru', f`Оформи, пожалуйста, заявку на доступ в хранилище холодных кошельков для нового сотрудника:
ФИО: Смирнова Дарья Алексеевна
Дата рождения: ${v('pii.date_of_birth', '27.08.1993')}
Телефон: ${phone('+7 916 418-29-37')}
Почта: ${v('pii.email', 'd.smirnova@tessellate-custody.com')}
Уровень доступа: наблюдатель (без права подписи).`),

  rec('chat_uk', f`Напиши подяку водієві поромної переправи, якого хвалила пасажирка. Водій: Остап Гнатюк, телефон ${phone('067 418 2937', 'UA')}. Пасажирка: Ірина Коваль, ${v('pii.email', 'iryna.koval@ukr.net')}.`),

  rec('chat_ka', f`დამეხმარე ქორწილის კოორდინატორისთვის კონტაქტების სია გავაკეთო: პატარძალი — ნინო ბერიძე, ${phone('+995 599 41 82 93')}; სიძე — ლევან ჯაფარიძე, ${phone('+995 577 20 31 64')}; დედოფლის მამა — ${v('pii.email', 'g.beridze@mail.ge')}.`),

  rec('travel_rule', f`Սա travel-rule հաղորդագրություն է, որը ստացել ենք, կարող ես ստուգել, արդյոք բոլոր պարտադիր դաշտերը կան?

${amb('source_code.snippet', f`{
  "originator": {
    "name": "Arman Petrosyan",
    "dateOfBirth": "${v('pii.date_of_birth', '1987-06-02')}",
    "nationalIdentification": { "type": "PASSPORT", "value": "${v('pii.passport', 'AT0482917')}", "country": "AM" },
    "address": "Tumanyan 21, Yerevan 0001"
  },
  "beneficiary": { "name": "Tessellate Custody AG / client 88213" },
  "asset": "USDC", "amount": "18250.00"
}`)}`),

  rec('chat_ar_lev', f`مرحبا، بدي رسالة تذكير للمريضة بموعد فحص السمع. الاسم: ريم الخطيب، تاريخ الميلاد ${v('pii.date_of_birth', '03/11/1962')}، الجوال ${phone('079 418 2937', 'JO')}. الموعد يوم الأحد الساعة 11 بفرع عبدون.`),

  rec('chat_fa', f`سلام، لطفاً یک ایمیل رسمی برای مشتری بنویس که مدارک احراز هویتش ناقص است. نام: مهسا کریمی، تلفن ${phone('+98 935 218 4470')}، ایمیل ${v('pii.email', 'mahsa.karimi88@gmail.com')}. فقط تصویر پشت کارت ملی را نفرستاده.`),

  rec('chat_ur', f`براہ کرم مسافر کو معذرت کا پیغام لکھ دیں۔ بس 12 ساہیوال سے لیٹ تھی۔ مسافر: عائشہ رحمان، فون ${phone('0300 4182937', 'PK')}، ای میل ${v('pii.email', 'ayesha.rehman@hotmail.com')}۔`),

  rec('chat_bn', f`আমাদের বৃষ্টিমাপক স্বেচ্ছাসেবকের জন্য একটি ধন্যবাদ চিঠি লিখে দিন: রফিকুল ইসলাম, সুনামগঞ্জ, মোবাইল ${phone('+880 1819-552730')}, জন্ম ${v('pii.date_of_birth', '01/01/1968')}.`),

  rec('chat_ta', f`வாடிக்கையாளருக்கு கேட்கும் கருவி சேவை நினைவூட்டல் அனுப்ப வேண்டும்: பெயர் முருகன் செல்வராஜ், ஆதார் ${v('pii.in_aadhaar', '284129085484')}, தொலைபேசி ${phone('+91 94471 28356')}. தமிழிலும் ஆங்கிலத்திலும் எழுதவும்.`),

  rec('staff_ml', f`ജയിൽ ക്ലിനിക്കിലെ നഴ്സുമാരുടെ ഈ ആഴ്ചത്തെ ഡ്യൂട്ടി ലിസ്റ്റ് ഒരു ടേബിളാക്കാമോ?
അനു മാത്യു – ${phone('+91 94470 82135')} – ${v('pii.email', 'anu.mathew@custodiahealth.in')} – രാത്രി
ബിന്ദു രാജൻ – ${phone('+91 98461 30572')} – പകൽ`),

  rec('booking_th', f`ช่วยเขียนอีเมลยืนยันการจองสถานที่จัดงานแต่งงานให้หน่อยค่ะ เจ้าสาว: Emily Carter (สัญชาติอังกฤษ) พาสปอร์ต ${v('pii.passport', '538174920')} โทร ${phone('+66 89 214 7730')} อีเมล ${v('pii.email', 'emily.carter.wed@gmail.com')} งานวันที่ 15 กุมภาพันธ์ 2568 ที่หัวหิน`),

  rec('chat_vi', f`Giúp mình viết tin nhắn xác nhận tiệc cưới: Cô dâu Nguyễn Thị Lan, SĐT ${phone('+84 903 418 572')}, chú rể Trần Minh Khoa, SĐT ${phone('091 418 29 37', 'VN')}. Tiệc ngày 12/01/2025 tại sảnh Hoa Sen.`),

  rec('kyc_id', f`Tolong cek kelengkapan data nasabah kustodian ini:
Nama: Rizky Pratama
NIK: ${ambCat('pii', '3174052809900003')}
Tanggal lahir: ${v('pii.date_of_birth', '28-09-1990')}
HP: ${phone('+62 811 2094 7731')}
Email: ${v('pii.email', 'rizky.pratama@gmail.com')}`, 'Indonesian NIK: no built-in rule (ambiguous, no rule id)'),

  rec('chat_tl', f`Paki-summarize ang reklamo ng pasahero sa English: "Naiwan ko po ang bag ko sa ferry papuntang Bacolod noong Nob. 23. Ako po si Maricel Santos, ${phone('+63 918 552 7730')}, ${v('pii.email', 'maricel.santos23@yahoo.com')}. Kulay asul po ang bag."`),

  rec('chat_ko', f`보청기 피팅 예약 확인 문자를 만들어 주세요. 고객: 박영자 님, 생년월일 ${v('pii.date_of_birth', '1948.05.17')}, 연락처 ${phone('010-7741-2093', 'KR')}. 12월 3일 오후 2시 강남점.`),

  rec('chat_zh_tw', f`請幫我把這份雨量站志工名單整理成表格：
陳志明，嘉義縣阿里山站，${phone('0912 418 293', 'TW')}，${v('pii.email', 'chenzm@gmail.com')}
林美玲，花蓮縣玉里站，${phone('+886 922 418 735')}`),

  rec('chat_sw', f`Tafadhali andika ujumbe kwa familia ya mfungwa kuhusu ratiba ya matibabu: mgonjwa ni Juma Mwinyi, aliyezaliwa ${v('pii.date_of_birth', '14/07/1980')}; mawasiliano ya dada yake ni ${phone('+255 754 418 293')}.`),

  rec('chat_am', f`ለሙሽሮቹ የቦታ ማስያዣ ማረጋገጫ ጻፍልኝ፦ ሙሽሪት ሄለን ተስፋዬ ስልክ ${phone('091 141 8293', 'ET')}፣ ኢሜል ${v('pii.email', 'helen.tesfaye@gmail.com')}፣ ቀን ጥር 10።`),

  rec('chat_so', f`Fadlan u qor fariin raaligelin ah rakaabka: Cabdi Xasan Warsame, taleefan ${phone('+252 61 5418293')}. Basku wuu daahay 40 daqiiqo.`),

  rec('payroll_uk', f`Can you check this starter form for the new prison healthcare nurse before I send it to payroll?
Name: Olusola Adeyemi
NI number: ${v('pii.uk_nino', 'JT 48 29 17 C')}
DOB: ${v('pii.date_of_birth', '23/10/1988')}
Personal email: ${v('pii.email', 'sola.adeyemi@btinternet.com')}
Start: HMP site, 6 Jan, band 5.`),

  rec('chat_pt_mz', f`Pode ajudar-me a escrever uma mensagem ao passageiro? O ferry Maputo–Catembe foi cancelado pelo mau tempo e o reembolso vai por M-Pesa para o número ${phone('+258 84 318 2295')}. Passageiro: Armando Cossa.`),

  rec('chat_fr_sn', f`Peux-tu rédiger une lettre de bienvenue pour l'observateur météo bénévole de Kédougou ? M. Mamadou Diallo, né le ${v('pii.date_of_birth', '05/02/1975')}, téléphone ${phone('+221 77 418 23 90')}.`),
];
