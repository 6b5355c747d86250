/**
 * Held-out batch 103: personal data in crew files, pet-owner records, crypto-tax client intake,
 * ticket buyers, lab staff lists and migrant workers' case files, in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH103_PII: DraftRecord[] = [
  rec('crew_file_en_ph', f`Please turn this into a neat crew profile card for the new First Officer:

Name: Joaquin Miguel R. Dizon
Date of birth: ${v('pii.date_of_birth', '14 March 1991')}
Passport no.: ${v('pii.passport', 'P4829173B')} (PHL, exp. 2031)
Mobile: ${phone('+63 917 482 3915')}
Personal email: ${v('pii.email', 'jm.dizon91@gmail.com')}
Base: MNL · Type rating: ATR 72-600 · Medical Class 1 valid until 30 Nov 2025`),

  rec('legal_aid_bn', f`আমাদের আইনি সহায়তা কেন্দ্রে একজন প্রবাসী শ্রমিক এসেছেন। তাঁর তথ্য দিয়ে মালিকের কাছে একটি অভিযোগপত্র লিখে দিন:
নাম: মোঃ রফিকুল ইসলাম
জন্ম তারিখ: ${v('pii.date_of_birth', '02/11/1988')}
পাসপোর্ট নম্বর: ${v('pii.passport', 'EB0917342')}
মোবাইল (দেশে): ${phone('+880 1712-846203')}
নিয়োগকর্তা: Al Noor Facility Services LLC, শারজাহ
সমস্যা: ৪ মাসের বেতন বকেয়া, পাসপোর্ট আটকে রাখা হয়েছে।`),

  rec('legal_aid_ne', f`कानुनी सहायता केन्द्रका लागि: यो कामदारको विवरण मलेसियाको रोजगारदातालाई पठाउने पत्रमा राख्नुहोस्।
नाम: सुनिता तामाङ
जन्म मिति: ${v('pii.date_of_birth', '1995-07-23')}
राहदानी नं.: ${v('pii.passport', '10482913')}
फोन: ${phone('+977 984-1527390')}
इमेल: ${v('pii.email', 'sunita.tmg95@yahoo.com')}`),

  rec('vet_owner_de', f`Kannst du aus diesen Angaben eine Erinnerung zur Tollwut-Auffrischung schreiben?
Tierhalterin: Sabine Kröger
Adresse: Lindenstraße 14, 24103 Kiel
Telefon: ${phone('0431 5839204', 'DE')}
Mobil: ${phone('0171 4928376', 'DE')}
E-Mail: ${v('pii.email', 'sabine.kroeger@t-online.de')}
Tier: "Bruno", Labrador, geb. 03.05.2019, Chip 276098106472931`, 'the dog\'s birth date is not a person\'s date of birth: unlabelled'),

  rec('crypto_intake_de', f`Mandantenaufnahme Krypto-Steuer – bitte in eine Tabelle umwandeln:
Name: Dr. Tobias Albrecht
Geburtsdatum: ${v('pii.date_of_birth', '19.09.1984')}
Steuer-ID: ${v('pii.de_steuer_id', '58291407356')}
Börsen: Binance, Kraken, Bitpanda; DeFi über MetaMask
Kontakt: ${v('pii.email', 't.albrecht@posteo.de')}, ${phone('+49 160 92847315')}`),

  rec('crypto_intake_fr', f`Fiche client — déclaration des plus-values sur actifs numériques (formulaire 2086)
Nom : Camille Fournier
Née le ${v('pii.date_of_birth', '7 mars 1989')} à Lyon
N° de sécurité sociale : ${v('pii.fr_nir', '2 89 03 75 120 143 04')}
Téléphone : ${phone('06 48 27 19 53', 'FR')}
Courriel : ${v('pii.email', 'camille.fournier89@orange.fr')}
Merci de rédiger la lettre de mission.`),

  rec('crew_es_dni', f`Hola, tengo que dar de alta a dos TCP nuevos en el sistema de rostering. ¿Me ayudas a redactar el correo a RRHH?
1) Lucía Navarro Peña — DNI ${v('pii.es_dni', '48203917B')} — nacida el ${v('pii.date_of_birth', '11/06/1997')} — ${phone('612 48 39 27', 'ES')}
2) Andrei Popescu — NIE ${v('pii.es_nie', 'X4829173R')} — nacido el ${v('pii.date_of_birth', '28/01/1993')} — ${v('pii.email', 'andrei.popescu93@gmail.com')}`),

  rec('vet_pharm_it', f`Ciao, ricetta veterinaria elettronica: il sistema mi chiede il codice fiscale del proprietario. Ho scritto ${v('pii.it_codice_fiscale', 'RSSGLI88C52F205R')} (Giulia Rossi, ${phone('347 829 1046', 'IT')}). Il farmaco è per il suo gatto. Perché la REV viene rifiutata?`),

  rec('glass_lab_nl', f`Personeelslijst kwaliteitslab glasfabriek — kun je er een ploegenrooster van maken?
- Pieter van Dijk, BSN ${v('pii.nl_bsn', '238471056')}, ${phone('06 41827395', 'NL')}, vroege dienst
- Fatima El Amrani, BSN ${v('pii.nl_bsn', '619028373')}, ${phone('06 28374916', 'NL')}, late dienst
- Jeroen Smit (uitzendkracht), geen BSN bekend, nachtdienst`),

  rec('theatre_uk_payroll', f`Festival payroll query — visiting stage manager from Leeds:
Name: Owen Pritchard
NI number: ${v('pii.uk_nino', 'JT 48 29 17 C')}
Address: 22 Harehills Lane, Leeds LS8 4HS
Phone: ${phone('07842 391605', 'GB')}
He says his tax code should be 1257L but we have him on emergency code. What do I tell him?`),

  rec('crew_medical_uk', f`Cabin crew occupational health referral (draft):
Patient: Leanne Whitaker, DOB ${v('pii.date_of_birth', '09/12/1986')}
NHS number: ${v('pii.uk_nhs_number', '485 213 9075')}
GP phone: ${phone('0113 496 2817', 'GB')}
Reason: recurring barotrauma after short-haul sectors. Please rewrite this in plain English for her manager without medical detail.`),

  rec('us_ssn_crew', f`Our US-based dispatcher needs a W-4 correction letter. Employee: Marcus Bell, SSN ${v('pii.us_ssn', '417-38-2905')}, born ${v('pii.date_of_birth', 'August 2, 1979')}, cell ${phone('(617) 482-3910', 'US')}. Please keep it short.`),

  rec('ca_sin_festival', f`Touring actor from Toronto needs a T4A slip for the festival fee. SIN ${v('pii.ca_sin', '518 439 021')}, email ${v('pii.email', 'noor.haddad.acts@outlook.com')}. How do we report a non-resident artist fee?`),

  rec('br_cpf_vet', f`Oi! Cadastro de cliente na farmácia veterinária — a nota fiscal está dando erro de CPF:
Cliente: Rodrigo Albuquerque Lins
CPF: ${v('pii.br_cpf', '472.910.385-88')}
Celular: ${phone('(11) 98347-2615', 'BR')}
E-mail: ${v('pii.email', 'rodrigo.lins@uol.com.br')}
O sistema diz "CPF inválido". Está certo?`),

  rec('aadhaar_crew', f`हमारे नए ग्राउंड इंजीनियर का KYC अधूरा है। विवरण:
नाम: प्रवीण कुमार यादव
आधार: ${v('pii.in_aadhaar', '7391 8204 6528')}
जन्म तिथि: ${v('pii.date_of_birth', '15-08-1990')}
मोबाइल: ${phone('+91 98450 37261')}
कृपया HR को भेजने के लिए एक औपचारिक ईमेल बनाइए।`),

  rec('legal_aid_si', f`නීති ආධාර මධ්‍යස්ථානයට පැමිණි සේවිකාවගේ විස්තර:
නම: කුමාරි හේරත්
උපන් දිනය: ${v('pii.date_of_birth', '1992.04.18')}
ගුවන් බලපත්‍ර අංකය: ${v('pii.passport', 'N7392184')}
දුරකථන: ${phone('+94 77 318 4926')}
සේවා යෝජකයාට යවන ලිපියක් සකසන්න.`),

  rec('legal_aid_ta', f`புலம்பெயர் தொழிலாளர் சட்ட உதவி மையம் — வழக்கு குறிப்பு:
பெயர்: செல்வராஜ் முருகன்
பிறந்த தேதி: ${v('pii.date_of_birth', '21/10/1985')}
கைபேசி: ${phone('+91 94431 82704')}
மின்னஞ்சல்: ${v('pii.email', 'selvaraj.murugan85@gmail.com')}
சிங்கப்பூரில் வேலை விபத்து இழப்பீடு பற்றி ஒரு கடிதம் எழுதவும்.`),

  rec('box_office_th', f`ช่วยเขียนอีเมลยืนยันการเปลี่ยนที่นั่งให้ลูกค้าหน่อยค่ะ
ชื่อ: คุณพิมพ์ชนก ศรีสวัสดิ์
โทร: ${phone('+66 81 927 4036')}
อีเมล: ${v('pii.email', 'pimchanok.s@hotmail.com')}
เดิม: แถว F ที่ 12–13 → ใหม่: แถว C ที่ 7–8 (รอบ 20:00 วันศุกร์)`),

  rec('legal_aid_my', f`မြန်မာ အလုပ်သမား အမှုတွဲ — ထိုင်းနိုင်ငံ၊ မဟာချိုင် ပင်လယ်စာ စက်ရုံ
အမည်: မောင်ဇော်မင်းထွန်း
မွေးသက္ကရာဇ်: ${v('pii.date_of_birth', '1998-02-09')}
ဖုန်း: ${phone('+66 92 483 1675')}
အလုပ်ရှင်ထံ လစာ တောင်းဆိုစာ ရေးပေးပါ။`),

  rec('legal_aid_km', f`សូមជួយសរសេរលិខិតទៅក្រុមហ៊ុនជ្រើសរើសពលករ៖
ឈ្មោះ៖ សុខ ចាន់ថា
ថ្ងៃខែឆ្នាំកំណើត៖ ${v('pii.date_of_birth', '05/06/1996')}
លេខទូរស័ព្ទ៖ ${phone('+855 12 384 917')}
បញ្ហា៖ ក្រុមហ៊ុនកាត់ប្រាក់ខែ ៣ ខែ ដោយគ្មានមូលហេតុ។`),

  rec('legal_aid_am', f`የሕግ ድጋፍ ማዕከል — የቤት ሰራተኛ ጉዳይ
ስም: ሔለን ታደሰ
የትውልድ ቀን: ${v('pii.date_of_birth', '12/03/1994')}
ፓስፖርት ቁጥር: ${v('pii.passport', 'EP4827391')}
ስልክ (ኢትዮጵያ): ${phone('+251 911 482 736')}
ለአሰሪው የሚላክ ደብዳቤ አዘጋጅልኝ።`),

  rec('legal_aid_sw', f`Tafadhali niandikie barua kwa wakala wa ajira. Mteja wetu:
Jina: Amina Wanjiru Kamau
Tarehe ya kuzaliwa: ${v('pii.date_of_birth', '30/09/1993')}
Simu: ${phone('+254 712 846 391')}
Barua pepe: ${v('pii.email', 'aminawanjiru93@gmail.com')}
Tatizo: hati ya kusafiria imechukuliwa na mwajiri Saudi Arabia.`),

  rec('vet_zu', f`Sicela ungibhalele umlayezo wokukhumbuza umnikazi wenja ukuthi umuthi wayo usulungile:
Igama: Thandeka Mkhize
Ucingo: ${phone('+27 82 739 4015')}
Inja: "Shaka", iminyaka emi-5`),

  rec('festival_yo', f`Ẹ jọ̀wọ́, ẹ kọ lẹ́tà ìfiwéwe fún òṣèré wa láti Èkó:
Orúkọ: Adebayo Ogunleye
Ọjọ́ ìbí: ${v('pii.date_of_birth', '17/04/1987')}
Fóònù: ${phone('+234 803 482 9175')}
Ímeèlì: ${v('pii.email', 'adebayo.ogunleye@yahoo.co.uk')}
Ìwé ìrìnnà: ${v('pii.passport', 'A07391846')}`),

  rec('crew_ko', f`신규 객실승무원 입사 서류 정리 부탁드립니다.
성명: 김서연
생년월일: ${v('pii.date_of_birth', '1996년 5월 21일')}
휴대전화: ${phone('010-4827-3916', 'KR')}
이메일: ${v('pii.email', 'seoyeon.kim96@naver.com')}
여권번호: ${v('pii.passport', 'M48291736')}`),

  rec('box_office_zh', f`帮我把这位观众的退票申请整理成正式回复：
姓名：陈嘉怡
电话：${phone('+86 139 4827 3615')}
邮箱：${v('pii.email', 'chenjiayi88@163.com')}
订单：FF-SH-20240823-117，两张，因航班取消无法到场。`),

  rec('box_office_hk', f`唔該幫我寫封電郵回覆呢位客人：
姓名：黃志明
電話：${phone('+852 9184 2736')}
電郵：${v('pii.email', 'wongchiming.hk@gmail.com')}
佢想將門票轉俾朋友，問使唔使手續費。`),

  rec('glass_ja', f`品質管理ラボの新しいパート職員の情報です。入社案内メールを作ってください。
氏名：佐藤 美咲
生年月日：${v('pii.date_of_birth', '1990年11月3日')}
電話：${phone('090-4827-3165', 'JP')}
メール：${v('pii.email', 'misaki.sato1103@docomo.ne.jp')}`),

  rec('crew_mn', f`Шинэ нислэгийн үйлчлэгчийн мэдээлэл:
Нэр: Батбаяр Энхжаргал
Төрсөн огноо: ${v('pii.date_of_birth', '1997.08.14')}
Утас: ${phone('+976 8814 2739')}
Имэйл: ${v('pii.email', 'enkhjargal.b97@gmail.com')}
Ажилд орох тушаалын төсөл бичиж өгнө үү.`),

  rec('legal_aid_uz', f`Rossiyadagi mehnat muhojiri uchun ariza tayyorlang:
F.I.Sh.: Sherzod Rustamovich Karimov
Tug'ilgan sana: ${v('pii.date_of_birth', '04.01.1992')}
Pasport: ${v('pii.passport', 'AB4829173')}
Telefon: ${phone('+998 90 482 73 16')}
Muammo: ish beruvchi 2 oylik maoshni bermayapti.`),

  rec('app_log', f`Our box-office app logs this on each login; is it OK under GDPR or should I mask it?
${code(f`2024-08-17T19:02:44.118Z INFO  auth.login ok user=${v('pii.email', 'm.kowalczyk@wp.pl')} ip=${amb('pii.ip_address', '83.24.191.207')} ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"
2024-08-17T19:03:10.502Z INFO  cart.add user=${v('pii.email', 'm.kowalczyk@wp.pl')} event=FF24-SALT-0816 seats=F12,F13
2024-08-17T19:03:58.931Z WARN  payment.3ds challenge user=${v('pii.email', 'm.kowalczyk@wp.pl')} phone=${phone('+48 601 827 394')}`)}`),

  rec('csv_export', f`Dedupe this vet-pharmacy customer export by e-mail (case-insensitive) and keep the newest row:

${code(f`customer_id;name;email;phone;last_order
VP-10482;Jana Nováková;${v('pii.email', 'jana.novakova@seznam.cz')};${phone('+420 731 482 916')};2024-06-02
VP-10517;JANA NOVÁKOVÁ;${v('pii.email', 'Jana.Novakova@Seznam.cz')};${phone('+420 731 482 916')};2024-09-11
VP-10533;Tomáš Dvořák;${v('pii.email', 'tomas.dvorak@email.cz')};${phone('+420 604 183 927')};2024-08-30`)}`),

  rec('signature_en_bd', f`Can you shorten my mail signature? It's too long for mobile.

Best regards,
Tanvir Ahmed Chowdhury
Senior Caseworker, Migrant Workers' Legal Aid Centre
Direct: ${phone('+880 2-55012874')} | Mobile: ${phone('+880 1819-473625')}
${v('pii.email', 'tanvir.chowdhury@mwlac.org.bd')}
House 14, Road 7, Dhanmondi, Dhaka 1205`),

  rec('crew_so', f`Fadlan u qor warqad shaqo-bixiye: shaqaale soomaali ah oo ka shaqeeya garoonka diyaaradaha ee Dubai.
Magaca: Cabdiraxmaan Xasan Maxamed
Taariikhda dhalashada: ${v('pii.date_of_birth', '03/07/1990')}
Telefoon: ${phone('+971 50 482 7316')}
Email: ${v('pii.email', 'c.xasan90@hotmail.com')}`),

  rec('profile_json', f`Why does our rostering import reject this crew record?
${code(f`{
  "crewId": "FA-3391",
  "name": { "first": "Nomvula", "last": "Dlamini" },
  "dateOfBirth": "1994-02-30",
  "email": "${v('pii.email', 'nomvula.dlamini@skybridge-air.example')}",
  "phone": "${phone('+27 71 483 2960')}",
  "base": "JNB"
}`)}`, 'the DOB 1994-02-30 is an impossible date (the import rejects it): unlabelled'),

  rec('legal_aid_rw', f`Nyamuneka, nyandikira ibaruwa y'umukoresha w'umukozi wo mu rugo uri i Doha:
Amazina: Uwimana Claudine
Itariki y'amavuko: ${v('pii.date_of_birth', '22/05/1995')}
Telefoni: ${phone('+250 788 417 293')}
Ikibazo: ntiyahembwe amezi abiri.`),
];
