/**
 * Held-out batch 98: personal data in lost-baggage reports, microfinance KYC files, salon client
 * cards, grant applicant forms, vet-pharma delivery contacts and NOC access lists. Hand-written.
 */
import { ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH98_PII: DraftRecord[] = [
  rec('pir_en', f`PROPERTY IRREGULARITY REPORT — LHRBA48213
Passenger: MS CHANDRASEKARAN/PRIYA
Flight: BA0117 JFK–LHR 02MAR
Bag tag: BA 482193 · Colour/type: BK 22 (black hard-shell, 4 wheels, yellow ribbon)
Delivery address: 14 Holloway Mews, Reading RG1 4TX
Contact: ${phone('+44 7958 482305')} / ${v('pii.email', 'priya.chandra@outlook.com')}
Passport: ${v('pii.passport', '548213907')} (GBR)

Please turn this into a friendly status update for the passenger saying the bag is on BA0117 tomorrow and will be couriered the same evening.`),

  rec('kyc_hi', f`नमस्ते, हमारे माइक्रोफाइनेंस के फील्ड ऑफिसर ने नई ग्राहक का KYC भेजा है, कृपया जाँच लें कि कुछ छूटा तो नहीं:
नाम: सुनीता देवी यादव
जन्म तिथि: ${v('pii.date_of_birth', '12/08/1986')}
आधार: ${v('pii.in_aadhaar', '4918 2736 4511')}
मोबाइल: ${phone('+91 98450 27316')}
पता: ग्राम रामपुर, जिला बाराबंकी, उत्तर प्रदेश
समूह: महिला स्वयं सहायता समूह "उजाला"
ऋण राशि: ₹30,000`),

  rec('salon_card', f`Client card export from our salon software (Dublin, Grafton St) — can you turn this into a short consultation summary for the stylist?

Name: Aoife Brennan
DOB: ${v('pii.date_of_birth', '1993-11-27')}
Mobile: ${phone('+353 87 482 1936')}
Email: ${v('pii.email', 'aoife.brennan93@gmail.com')}
Allergy / patch test: PPD positive 2023 → only PPD-free colour
Last visit: 18/02/2025, cut + gloss, notes "wants to go copper, fine hair, sensitive scalp"`),

  rec('form_pt_br', f`Oi, preciso conferir o cadastro de uma pesquisadora para a bolsa do CNPq antes de enviar:
Nome: Juliana Martins Rocha
CPF: ${v('pii.br_cpf', '318.274.659-64')}
Data de nascimento: ${v('pii.date_of_birth', '05/04/1991')}
E-mail institucional: ${v('pii.email', 'juliana.rocha@vet.ufmg.br')}
Celular: ${phone('+55 31 98734-2210')}
Lattes: atualizado em 02/2025
Pode revisar se está tudo coerente e sugerir um texto curto de apresentação?`),

  rec('hr_es', f`Alta de empleada nueva en la distribuidora (almacén de Getafe). Por favor, prepara el correo de bienvenida con los datos de acceso que falten:
Nombre: Marta Quintana Ruiz
DNI: ${v('pii.es_dni', '48273916K')}
Fecha de nacimiento: ${v('pii.date_of_birth', '23/09/1995')}
Teléfono: ${phone('612 48 37 09', 'ES')}
Puesto: preparadora de pedidos — zona de frío (vacunas)
Turno: mañana, 6:00–14:00`),

  rec('hr_es_nie', f`Contrato temporal de temporada de verano en el handling de Palma: trabajador Bogdan Ionescu, NIE ${v('pii.es_nie', 'Y4829173S')}, nacido el ${v('pii.date_of_birth', '17/01/1999')}, teléfono ${phone('+40 722 481 937')}. ¿Me redactas la carta de incorporación en español y rumano?`),

  rec('nl_grant', f`Kun je dit aanvraagformulier voor de NWO-beurs nalopen op fouten?

Naam aanvrager: dr. Sanne de Vries
BSN: ${v('pii.nl_bsn', '273918461')}
Geboortedatum: ${v('pii.date_of_birth', '09-06-1984')}
E-mail: ${v('pii.email', 's.devries@uu.nl')}
Telefoon: ${phone('06 24817390', 'NL')}
Projecttitel: "Antibioticaresistentie bij gezelschapsdieren in stedelijke gebieden"`),

  rec('de_payroll', f`Für die Lohnabrechnung der neuen Mitarbeiterin im Kältelager (Tierarzneimittel) fehlt noch die Steuer-ID in DATEV. Aus dem Personalbogen:
Name: Lena Hoffmann
Geburtsdatum: ${v('pii.date_of_birth', '03.02.1990')}
Steuer-ID: ${v('pii.de_steuer_id', '38419275611')}
Krankenkasse: AOK Bayern
Handy: ${phone('0151 28473961', 'DE')}
Kannst du mir sagen, in welches Feld in DATEV das kommt?`),

  rec('fr_nir', f`Bonjour, pour le dossier de prise en charge de l'accident du travail (une employée du salon de Nantes s'est brûlée avec un fer à lisser) :
Nom : Camille Le Goff
N° de sécurité sociale : ${v('pii.fr_nir', '2 85 06 75 112 087 59')}
Date de naissance : ${v('pii.date_of_birth', '14/06/1985')}
Tél. : ${phone('06 12 48 37 90', 'FR')}
Peux-tu rédiger la déclaration des circonstances en 5 lignes ?`),

  rec('it_cf', f`Buongiorno, devo compilare il modulo di rimborso per la valigia danneggiata a Fiumicino. Mi aiuti a scrivere la descrizione del danno? I miei dati:
Giulia Bianchi, codice fiscale ${v('pii.it_codice_fiscale', 'BNCGLI84S52L219P')}, nata a Torino il ${v('pii.date_of_birth', '12/11/1984')}, cell. ${phone('+39 347 218 4471')}.
La maniglia è rotta e una ruota manca, volo AZ 611 del 4 marzo.`),

  rec('uk_nhs', f`Hi, I'm the research grants officer. One of our PhD students on a Wellcome studentship was injured at the vet school farm; occupational health need a referral letter. Details:
Name: Thomas Ashworth
DOB: ${v('pii.date_of_birth', '21 July 1998')}
NHS number: ${v('pii.uk_nhs_number', '485 193 7261')}
NI number: ${v('pii.uk_nino', 'JT 48 29 15 C')}
Phone: ${phone('07834 219 507', 'GB')}
Please draft a short, factual referral letter.`),

  rec('ca_sin', f`Onboarding a new NOC technician in our Montréal colo site. Can you check this form is complete before I send it to payroll?
Full name: Mathieu Gagnon-Tremblay
SIN: ${v('pii.ca_sin', '528 193 741')}
Date of birth: ${v('pii.date_of_birth', '1992-08-30')}
Cell: ${phone('+1 514 482 1937')}
Start date: 2025-04-07, night rotation`),

  rec('us_ssn', f`Subaward onboarding for the Kansas State co-investigator, the sponsor portal wants the PI's SSN for the conflict-of-interest check (I know...). Data from her email:
Dr. Rachel Okonkwo-Hale
SSN ${v('pii.us_ssn', '417-58-2093')}
born ${v('pii.date_of_birth', 'March 3, 1979')}
${v('pii.email', 'rokhale@vet.k-state.edu')} / ${phone('(785) 532-4819', 'US')}
Can you write her a short note explaining why we need it and that it goes through the encrypted portal only?`),

  rec('sw_kyc', f`Habari, naomba unisaidie kuandika muhtasari wa maombi ya mkopo wa kikundi:
Jina: Neema Wanjiru Kamau
Tarehe ya kuzaliwa: ${v('pii.date_of_birth', '14/02/1988')}
Simu: ${phone('+254 712 483 906')}
Kitambulisho cha taifa: ${ambCat('pii', '28471936')}
Biashara: duka la nguo za mitumba, soko la Gikomba
Kiasi kinachoombwa: KSh 45,000 kwa miezi 6`),

  rec('lg_officer', f`Nsaba onnyambe okuwandiika ebbaluwa eri omuguzi wa looni:
Erinnya: Nakato Sarah Namubiru
Essimu: ${phone('+256 772 481 936')}
Yazaalibwa: ${v('pii.date_of_birth', '02/05/1990')}
Bizinensi: okutunda emmere mu katale k'e Nakasero
Looni: UGX 1,500,000, esasulwa buli wiiki
Mmwebaze olw'okusasula mu budde.`),

  rec('rw_kyc', f`Muraho, ndashaka kwandika ubutumwa bugufi bwibutsa umukiriya kwishyura inguzanyo:
Izina: Uwimana Claudine
Telefone: ${phone('+250 788 482 193')}
Itariki y'amavuko: ${v('pii.date_of_birth', '11/09/1987')}
Amafaranga asigaye: 85,000 RWF, itariki ntarengwa 15/04/2025`),

  rec('am_form', f`እባክህ ይህንን የብድር ማመልከቻ መረጃ በእንግሊዝኛ ተርጉምልኝ:
ስም: ትዕግስት ለማ ገብሬ
የትውልድ ቀን: ${v('pii.date_of_birth', '1990-03-18')}
ስልክ: ${phone('+251 911 482 193')}
ንግድ: የቡና ቤት፣ አዲስ አበባ ቦሌ
የብድር መጠን: 20,000 ብር`),

  rec('so_note', f`Fadlan ii qor fariin gaaban oo aan u dirayo macmiilka:
Magaca: Faadumo Cabdi Warsame
Taleefan: ${phone('+252 61 5482193')}
Taariikhda dhalashada: ${v('pii.date_of_birth', '07/12/1992')}
Amaahda: $400, bixinta toddobaadka: $25
Waa inay timaado xafiiska Hargeysa Khamiista.`),

  rec('zu_salon', f`Ngicela ungisize ngibhale umyalezo wokukhumbuza ikhasimende ngesikhathi sokubhukha esalon yethu eDurban:
Igama: Nomvula Dlamini
Ucingo: ${phone('+27 82 481 3927')}
I-imeyili: ${v('pii.email', 'nomvula.dlamini@webmail.co.za')}
Usuku lokuzalwa: ${v('pii.date_of_birth', '25/06/1996')} (sinikeza isaphulelo sosuku lokuzalwa)
Isikhathi: ngoMgqibelo 10:00, ama-braids amade`),

  rec('af_vet', f`Kan jy asseblief 'n aflewering-bevestiging skryf vir die veeartsenykundige kliniek in Stellenbosch?
Kontakpersoon: Dr. Pieter van der Merwe
Selfoon: ${phone('082 739 4816', 'ZA')}
E-pos: ${v('pii.email', 'pieter@stellvetkliniek.co.za')}
Bestelling: 12× entstof (koue ketting), aflewering Donderdag voor 10:00`),

  rec('yo_loan', f`Jọ̀wọ́ bá mi kọ lẹ́tà kúkúrú sí oníbàárà wa:
Orúkọ: Adébáyọ̀ Olúwaṣeun Fọlárìn
Nọ́mbà fóònù: ${phone('+234 803 482 1937')}
Ọjọ́ ìbí: ${v('pii.date_of_birth', '19/10/1985')}
Owó ìyáwó: ₦250,000, ìsanpadà oṣooṣù ₦23,500
Ẹ ṣé fún sísan lásìkò.`),

  rec('ha_officer', f`Don Allah ka taimaka min rubuta sakon tuni ga abokin ciniki:
Suna: Hauwa Musa Abdullahi
Lambar waya: ${phone('+234 806 193 4827')}
Ranar haihuwa: ${v('pii.date_of_birth', '01/03/1991')}
Bashin da ya rage: ₦60,000 — kasuwar Kurmi, Kano`),

  rec('tl_pir', f`Pakitulungan po akong sumulat ng update para sa pasahero tungkol sa nawawalang bagahe:
Pangalan: Maria Cristina Dela Cruz
Contact: ${phone('+63 917 482 3361')}
Email: ${v('pii.email', 'mcdelacruz.ph@yahoo.com')}
Flight: PR 432 NRT–MNL, tag PR 193827
Nahanap na po ang bag sa Narita at darating bukas ng hapon.`),

  rec('id_salon', f`Tolong buatkan pesan WhatsApp untuk pelanggan salon kami di Bandung:
Nama: Siti Rahmawati
No. HP: ${phone('+62 812 4830 2719')}
Tanggal lahir: ${v('pii.date_of_birth', '28-08-1994')}
Perawatan: smoothing + creambath, Sabtu 15.00
Pesan: ingatkan datang 10 menit lebih awal dan rambut tidak boleh dicuci 2 hari sebelumnya.`),

  rec('vi_loan', f`Giúp tôi viết tin nhắn nhắc khách hàng vay vốn:
Họ tên: Nguyễn Thị Hồng Nhung
SĐT: ${phone('+84 912 483 726')}
Ngày sinh: ${v('pii.date_of_birth', '15/07/1989')}
Khoản vay: 15.000.000 đồng, kỳ trả ngày 20 hằng tháng
Địa chỉ: xã Phú Thịnh, huyện Tam Nông, Phú Thọ`),

  rec('th_noc', f`ช่วยแปลรายชื่อผู้มีสิทธิ์เข้าห้องเซิร์ฟเวอร์นี้เป็นภาษาอังกฤษหน่อยครับ:
1. นายสมชาย ใจดี — โทร ${phone('+66 81 482 3917')} — อีเมล ${v('pii.email', 'somchai.j@siamcolo.co.th')}
2. นางสาวพรทิพย์ วงศ์ทอง — โทร ${phone('+66 89 193 4827')}
สิทธิ์: Hall 2, กรง C-04 ตลอด 24 ชม.`),

  rec('mn_grant', f`Энэ судалгааны тэтгэлгийн өргөдлийн мэдээллийг англи хэл рүү орчуулна уу:
Овог нэр: Батбаярын Оюунчимэг
Төрсөн огноо: ${v('pii.date_of_birth', '1993.04.22')}
Утас: ${phone('+976 9911 4827')}
И-мэйл: ${v('pii.email', 'oyunchimeg.b@num.edu.mn')}
Сэдэв: Малын шүлхий өвчний тархалт`),

  rec('ka_pir', f`გთხოვთ დამეხმაროთ მგზავრისთვის წერილის დაწერაში დაკარგული ბარგის შესახებ:
სახელი: ნინო ბერიძე
ტელეფონი: ${phone('+995 599 48 21 73')}
ელ-ფოსტა: ${v('pii.email', 'nino.beridze88@gmail.com')}
ბარგი: შავი ჩემოდანი, რეისი A9 652 თბილისი–ამსტერდამი`),

  rec('hy_salon', f`Խնդրում եմ գրել կարճ հաղորդագրություն հաճախորդին՝
Անուն: Անի Հակոբյան
Հեռախոս: ${phone('+374 91 482193')}
Ծննդյան ամսաթիվ: ${v('pii.date_of_birth', '30.01.1997')}
Ծառայություն: մատնահարդարում, ուրբաթ 17:00`),

  rec('kk_loan', f`Сәлеметсіз бе, клиентке еске салу хатын жазуға көмектесіңізші:
Аты-жөні: Айгүл Сейітқызы Нұрланова
Телефон: ${phone('+7 701 482 1936')}
Туған күні: ${v('pii.date_of_birth', '08.11.1990')}
Несие: 500 000 теңге, төлем күні — әр айдың 10-ы`),

  rec('fa_grant', f`سلام، لطفاً این فرم درخواست کمک‌هزینه پژوهشی را بررسی کن:
نام: مریم احمدی‌نژاد
تاریخ تولد: ${v('pii.date_of_birth', '1990/05/14')}
ایمیل: ${v('pii.email', 'm.ahmadinejad@ut.ac.ir')}
تلفن همراه: ${phone('+98 912 482 1937')}
عنوان طرح: بررسی مقاومت آنتی‌بیوتیکی در دام‌های شیری`),

  rec('ur_loan', f`براہ کرم ہمارے فیلڈ آفیسر کے لیے کسٹمر کا خلاصہ اردو میں بنا دیں:
نام: رخسانہ بی بی
شناختی کارڈ: ${ambCat('pii', '35202-4829173-6')}
موبائل: ${phone('+92 300 4827193')}
تاریخ پیدائش: ${v('pii.date_of_birth', '12/03/1984')}
کاروبار: سلائی کڑھائی، لاہور
قرض: 50,000 روپے`),

  rec('ne_loan', f`कृपया यो ग्राहकको लागि सम्झना सन्देश लेखिदिनुहोस्:
नाम: सीता कुमारी थापा
मोबाइल: ${phone('+977 984 1482193')}
जन्म मिति: ${v('pii.date_of_birth', '1991-09-02')}
ऋण: रु. ६०,०००, किस्ता हरेक महिनाको १५ गते`),

  rec('mt_salon', f`Jekk jogħġbok ikteb messaġġ qasir lill-klijenta tas-salon tagħna f'Tas-Sliema:
Isem: Maria Borg
Mowbajl: ${phone('+356 7948 2193')}
Email: ${v('pii.email', 'mariaborg77@gmail.com')}
Appuntament: il-Ġimgħa 11:00, kulur u qtugħ`),

  rec('sq_pir', f`Të lutem më ndihmo të shkruaj një njoftim për pasagjerin:
Emri: Arben Hoxha
Telefoni: ${phone('+355 69 482 1937')}
E-mail: ${v('pii.email', 'arben.hoxha@gmail.com')}
Valixhja u gjet në Vjenë dhe do të mbërrijë në Rinas nesër me fluturimin OS 847.`),

  rec('ht_salon', f`Tanpri ede m ekri yon mesaj pou yon kliyan salon nou an nan Pétion-Ville:
Non: Roseline Jean-Baptiste
Telefòn: ${phone('+509 3748 2193')}
Randevou: samdi 9è, tres ak koulè
Di l pou l pote foto estil li vle a.`),
];
