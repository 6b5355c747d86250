/**
 * Held-out batch 66: personal data — subscriber tickets, wholesaler staff files, tunnel-crew
 * onboarding, fertility-app support and data requests, library patron records and shipbroker
 * travel papers — in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH66_PII: DraftRecord[] = [
  rec('ticket_us', f`Case 20931 – Senior rate request
Subscriber: Harold Kettering
Email: ${v('pii.email', 'hkettering47@comcast.net')}
Phone: ${phone('(614) 382-9057', 'US')}
Date of birth: ${v('pii.date_of_birth', '04/17/1958')}
Address: 1184 Orchard Ln, Zanesville, OH 43701
Note: wants the 65+ print + digital rate from next billing cycle.

Write a friendly reply confirming the senior rate and that we verified his age.`),

  rec('ticket_de', f`Hallo, kannst du mir eine kurze Bestätigung für diese Adressänderung formulieren? Leserin hat angerufen:

Name: Brigitte Hollerbach
Abo-Nr.: 2209417 (Talbote Print)
Neue Anschrift ab 15.03.: Am Mühlbach 7, 79108 Freiburg
Telefon: ${phone('0761 48273915', 'DE')}
E-Mail: ${v('pii.email', 'b.hollerbach@web.de')}
Zustellung bitte vor 6 Uhr, Briefkasten links neben der Garage.`),

  rec('chat_es', f`Hola, para el pedido de ketamina de la clínica de Getafe el sistema me pide los datos del veterinario responsable. Me ha mandado esto por WhatsApp: Dr. Álvaro Gutiérrez Pons, colegiado 28-4417, DNI ${v('pii.es_dni', '53705192P')}, móvil ${phone('622 418 937', 'ES')}. ¿Me redactas el correo de confirmación del pedido a su nombre?`),

  rec('form_fr', f`Fiche d'embauche – chauffeur-livreur (dépôt de Lyon Saint-Priest)
Nom : Karim Haddad
Date de naissance : ${v('pii.date_of_birth', '21 juillet 1990')}
N° de sécurité sociale : ${v('pii.fr_nir', '1 85 07 75 108 032 09')}
Téléphone : ${phone('06 47 28 19 53', 'FR')}
Permis C : oui, valable jusqu'au 03/2029

Peux-tu me dire s'il manque une information obligatoire pour la DPAE ?`),

  rec('hr_it', f`Ciao, puoi preparare la lettera di benvenuto per la nuova farmacista del magazzino di Parma?
Nome: Giulia Bianchi
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCGLI88C52F205X')}
Data di nascita: ${v('pii.date_of_birth', '12/03/1988')}
Cellulare: ${phone('+39 338 471 2956')}
Inizio: 3 marzo, turno mattina (ricevimento merce e controllo lotti).`),

  rec('onboarding_nl', f`Kun je dit omzetten in een nette welkomstmail voor de nieuwe ringbouwer op de boortunnel in Rotterdam?

Naam: Sander de Wit
BSN: ${v('pii.nl_bsn', '353552616')}
Geboortedatum: ${v('pii.date_of_birth', '09-11-1994')}
Mobiel: ${phone('06 28473916', 'NL')}
VCA-VOL geldig tot: 2027
Start: maandag 06:00, melden bij de portier van de startschacht.`),

  rec('chat_pl', f`Przetłumacz proszę na niemiecki dane naszego nowego operatora maszyny TBM dla biura budowy w Innsbrucku:
Imię i nazwisko: Tomasz Wróblewski
Nr paszportu: ${v('pii.passport', 'EJ4827193')}
Data urodzenia: ${v('pii.date_of_birth', '02.05.1986')}
Telefon: ${phone('+48 601 382 947')}
Zakwaterowanie: kontener nr 14, od 10 marca.`),

  rec('chat_pt_br', f`Oi, uma usuária pediu exclusão dos dados pela LGPD. Ela mandou: Camila Rocha Nogueira, CPF ${v('pii.br_cpf', '065.974.962-99')}, e-mail ${v('pii.email', 'camila.rnogueira@gmail.com')}. Me ajuda a escrever a resposta confirmando o prazo de 15 dias e explicando que o histórico do ciclo também será apagado?`),

  rec('form_scot', f`New starter – Caledon Tunnelling, Craigmill shaft
Name: Fraser McAllister
NI number: ${v('pii.uk_nino', 'SH739104B')}
Date of birth: ${v('pii.date_of_birth', '28/06/1991')}
Emergency contact (partner, Eilidh): ${phone('0141 332 4817', 'GB')}
CSCS card: blue, expires 11/2026

Can ye tidy this into the format the agency wants? One line per field, no abbreviations.`),

  rec('support_uk', f`A user wrote this to support, can you help me reply without repeating her details back?

"Hi, I'm trying to link my fertility app account to my NHS record for my IVF clinic. My NHS number is ${v('pii.uk_nhs_number', '494 913 6690')} and my date of birth is ${v('pii.date_of_birth', '3 September 1989')}. The app keeps saying 'details don't match'. — Priya"`),

  rec('chat_mr', f`नमस्कार, मेट्रोच्या बोगद्याच्या कामावर नवीन कामगार रुजू झाला आहे. त्याची माहिती:
नाव: संदीप पाटील
आधार क्रमांक: ${v('pii.in_aadhaar', '5440 6280 7803')}
जन्मतारीख: ${v('pii.date_of_birth', '14/08/1993')}
मोबाईल: ${phone('+91 98201 73648')}
कृपया यावरून कंत्राटदाराला इंग्रजीत एक छोटा ईमेल तयार करा.`),

  rec('chat_gu', f`નમસ્તે, અમદાવાદના પશુ દવાખાનાના નવા ડિસ્ટ્રિબ્યુટરની વિગતો:
નામ: હિરેન શાહ
જન્મ તારીખ: ${v('pii.date_of_birth', '22-01-1984')}
મોબાઇલ: ${phone('+91 98250 41736')}
ઈમેલ: ${v('pii.email', 'hiren.shah.vetdist@gmail.com')}
આ માહિતી પરથી અંગ્રેજીમાં સ્વાગત ઈમેલ લખી આપો.`),

  rec('hr_fr_qc', f`Bonjour, peux-tu m'aider à rédiger le courriel d'accueil pour notre nouvelle préposée au service des abonnés?
Nom : Geneviève Tremblay-Simard
NAS : ${v('pii.ca_sin', '265 222 877')}
Courriel : ${v('pii.email', 'gen.tremblaysimard@videotron.ca')}
Cellulaire : ${phone('(418) 693-2871', 'CA')}
Début : lundi 8 h, au bureau de Chicoutimi.`),

  rec('letter_fr_sn', f`Bonjour, j'ai besoin d'une lettre d'invitation pour le visa Schengen de notre agent à Dakar, pour la réunion des courtiers à Oslo:
M. Mamadou Lamine Diop
Passeport n° ${v('pii.passport', 'A02847193')}
Né le ${v('pii.date_of_birth', '11 avril 1982')} à Thiès
Tél. ${phone('+221 77 438 21 96')}
Séjour du 2 au 6 juin, frais pris en charge par Halvorsen & Quist.`),

  rec('chat_da', f`Hej, en låner har skrevet til biblioteket, at hendes lånerkort er blevet misbrugt. Hun oplyser CPR-nr. ${ambCat('pii', '070489-1136')} og mail ${v('pii.email', 'mette.kjaergaard@mail.dk')}. Kan du skrive et svar om, at vi har spærret kortet og udsteder et nyt?`, 'Danish CPR number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_nb', f`Kan du sette opp en reiseforsikringsmelding for den nye befrakteren vår? Navn: Ingrid Solheim, fødselsnummer ${ambCat('pii', '12038847193')}, fødselsdato ${v('pii.date_of_birth', '12.03.1988')}, mobil ${phone('+47 917 38 254')}. Hun reiser til Singapore 14.–20. april.`, 'Norwegian fødselsnummer: no built-in rule (ambiguous, no rule id)'),

  rec('gdpr_sv', f`Hjälp mig svara på den här begäran om registerutdrag, kortfattat och på svenska:

"Hej, jag vill ha ut all data ni har om mig i appen enligt GDPR. Mitt namn är Sofia Lindqvist, personnummer ${ambCat('pii', '900214-2386')}, e-post ${v('pii.email', 'sofia.lindqvist@outlook.se')}. Jag vill också att ni raderar mina cykeldata efteråt."`),

  rec('chat_et', f`Tere! Lugeja helistas, tema raamatukogukaart on kadunud. Andmed: Kadri Tamm, sünniaeg ${v('pii.date_of_birth', '05.10.1979')}, telefon ${phone('+372 5384 6172')}. Kirjuta palun lühike kinnitus, et vana kaart on suletud ja uue saab kätte Tartu keskraamatukogust.`),

  rec('chat_cs', f`Ahoj, potřebuju pro subdodavatele seznam lidí na ražbu v Brně. Můžeš z toho udělat tabulku?
Petr Dvořák, datum narození ${v('pii.date_of_birth', '17. 2. 1985')}, tel. ${phone('+420 603 184 729')}
Jan Novotný, datum narození ${v('pii.date_of_birth', '30. 9. 1992')}, tel. ${phone('+420 737 402 615')}
Lukáš Horák, datum narození ${v('pii.date_of_birth', '8. 12. 1978')}, tel. ${phone('+420 608 215 394')}`),

  rec('chat_hr', f`Bok, trebam potvrdu o zaposlenju za našeg djelatnika na tunelu Učka. Podaci: Ivan Kovačević, OIB ${ambCat('pii', '48291736502')}, datum rođenja ${v('pii.date_of_birth', '19.06.1987')}, zaposlen od 1. rujna 2022. kao strojar TBM-a. Napiši službeno.`, 'Croatian OIB: no built-in rule (ambiguous, no rule id)'),

  rec('chat_mk', f`Здраво, ми треба писмо за работна дозвола во Австрија за нашиот работник:
Име и презиме: Горан Трајковски
Број на пасош: ${v('pii.passport', 'B1847293')}
Датум на раѓање: ${v('pii.date_of_birth', '23.04.1990')}
Телефон: ${phone('+389 70 384 291')}
Напиши го на германски, формално.`),

  rec('chat_sq', f`Përshëndetje, më duhet një email për agjencinë e punësimit me të dhënat e punëtorit të ri në tunel:
Emri: Arben Hoxha
Nr. i pasaportës: ${v('pii.passport', 'BD4817293')}
Datëlindja: ${v('pii.date_of_birth', '07.01.1995')}
Tel: ${phone('+355 69 284 7315')}
Të lutem shkruaje në anglisht.`),

  rec('chat_uk', f`Привіт! Допоможи скласти лист роботодавцю в Австрії для нашого проходчика:
ПІБ: Олександр Мельник
Закордонний паспорт: ${v('pii.passport', 'FK482719')}
Дата народження: ${v('pii.date_of_birth', '15.11.1988')}
Телефон: ${phone('+380 67 482 9316')}
Лист потрібен німецькою, коротко і офіційно.`),

  rec('ticket_ru', f`Пользовательница пишет в поддержку, помоги ответить вежливо и без её данных в ответе:

«Здравствуйте! После обновления приложение показывает неправильный день овуляции. Мой аккаунт: ${v('pii.email', 'anna.sokolova.88@mail.ru')}, телефон ${phone('+7 916 304-27-58')}, дата рождения ${v('pii.date_of_birth', '22.08.1988')}. Я отмечала все циклы с января, пожалуйста, проверьте.»`),

  rec('chat_tr', f`Merhaba, Kayseri'deki veteriner kliniğinin yeni sorumlusunun bilgileri geldi, müşteri kartını açmam lazım:
Ad Soyad: Dr. Elif Yıldırım
T.C. Kimlik No: ${ambCat('pii', '38249107532')}
Doğum tarihi: ${v('pii.date_of_birth', '03.02.1983')}
Cep: ${phone('0532 417 29 68', 'TR')}
Hoş geldiniz e-postası yazar mısın?`, 'Turkish T.C. Kimlik number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_ar_ma', f`السلام عليكم، عندي زبون جديد فالدار البيضاء، بغيت نكتب ليه ميساج ديال الترحيب بالعربية والفرنسية. المعلومات: د. يوسف العلوي، الهاتف ${phone('+212 661-395204')}، الإيميل ${v('pii.email', 'y.alaoui.vet@gmail.com')}. عيادة بيطرية فحي المعاريف.`),

  rec('chat_fa', f`سلام، برای دعوت‌نامه‌ی ویزای همکارمان به جلسه‌ی دلالان کشتیرانی در لندن این اطلاعات را دارم:
نام: رضا محمدی
شماره گذرنامه: ${v('pii.passport', 'K48271935')}
تاریخ تولد: ${v('pii.date_of_birth', '1985/06/14')}
لطفاً یک نامه‌ی رسمی به انگلیسی بنویس.`),

  rec('chat_pa', f`ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਲੁਧਿਆਣਾ ਵਾਲੇ ਨਵੇਂ ਗਾਹਕ ਦਾ ਪਤਾ ਅਤੇ ਫ਼ੋਨ ਅਖ਼ਬਾਰ ਦੀ ਡਿਲੀਵਰੀ ਲਈ:
ਨਾਮ: ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਗਿੱਲ
ਫ਼ੋਨ: ${phone('+91 98140 27365')}
ਪਤਾ: ਮਕਾਨ 214, ਮਾਡਲ ਟਾਊਨ, ਲੁਧਿਆਣਾ
ਇਸਨੂੰ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਡਿਲੀਵਰੀ ਟੀਮ ਲਈ ਇੱਕ ਛੋਟੇ ਨੋਟ ਵਿੱਚ ਬਦਲ ਦਿਓ।`),

  rec('chat_ml', f`നമസ്കാരം, സിംഗപ്പൂരിലെ ചാർട്ടറിങ് മീറ്റിങ്ങിന് ടിക്കറ്റ് ബുക്ക് ചെയ്യാൻ ട്രാവൽ ഏജന്റിന് അയക്കാൻ ഒരു ഇമെയിൽ വേണം:
പേര്: അനിൽ കുമാർ നായർ
പാസ്‌പോർട്ട് നമ്പർ: ${v('pii.passport', 'T4827193')}
ജനന തീയതി: ${v('pii.date_of_birth', '09/05/1981')}
ഇംഗ്ലീഷിൽ എഴുതണം.`),

  rec('chat_ta', f`வணக்கம், சென்னை மெட்ரோ சுரங்கப்பாதை தளத்தில் புதிய தொழிலாளியின் விவரங்கள்:
பெயர்: முருகன் செல்வராஜ்
ஆதார் எண்: ${v('pii.in_aadhaar', '4538 2976 7854')}
பிறந்த தேதி: ${v('pii.date_of_birth', '25.12.1990')}
இதை ஆங்கிலத்தில் HR-க்கு ஒரு சிறிய குறிப்பாக மாற்றவும்.`),

  rec('csv_ko', f`앱 탈퇴 요청자 목록인데, 이메일 도메인별로 몇 명인지 세 줘:

${cfg(f`user_id,email,phone,birth
81203,${v('pii.email', 'jiyoon.park@naver.com')},${phone('010-4821-7390', 'KR')},${v('pii.date_of_birth', '1991-04-02')}
81219,${v('pii.email', 'minseo_k@daum.net')},${phone('010-3918-2045', 'KR')},${v('pii.date_of_birth', '1995-10-27')}
81240,${v('pii.email', 'hyejin.lee@gmail.com')},${phone('010-7305-1842', 'KR')},${v('pii.date_of_birth', '1988-01-15')}`)}`),

  rec('chat_ja', f`図書館の利用者から住所変更の連絡がありました。登録内容を更新したので、確認メールの文面を作ってください。
氏名：佐藤 美咲
生年月日：${v('pii.date_of_birth', '1992年7月21日')}
電話：${phone('090-4821-6637', 'JP')}
メール：${v('pii.email', 'misaki.sato92@docomo.ne.jp')}`),

  rec('chat_am', f`ሰላም፣ ለአዲሱ የእንስሳት ሕክምና ደንበኛችን የእንኳን ደህና መጡ ኢሜይል በእንግሊዝኛ ጻፍልኝ። ዝርዝሩ፦ ዶ/ር ሄኖክ ተስፋዬ፣ ስልክ ${phone('+251 91 148 3726')}፣ ኢሜይል ${v('pii.email', 'henok.tesfaye.vet@gmail.com')}፣ አዲስ አበባ።`),

  rec('chat_yo', f`Ẹ káàárọ̀, jọ̀wọ́ bá mi kọ lẹ́tà kúkúrú sí oníbàárà tuntun wa ní Ìbàdàn. Orúkọ: Adébáyọ̀ Ọlálékan, fóònù ${phone('+234 803 518 2749')}, ímeèlì ${v('pii.email', 'adebayo.olalekan@yahoo.com')}. Ó fẹ́ gba ìwé ìròyìn ní gbogbo ọjọ́ Àìkú.`),

  rec('chat_zu', f`Sawubona, ngicela ungisize ngibhale i-imeyili yokwamukela umsebenzi omusha wethu ku-call centre yohlelo lokusebenza. Igama: Thandiwe Mthembu, inombolo kamazisi ${ambCat('pii', '8503155148088')}, ucingo ${phone('+27 82 519 4306')}. Uqala ngoMsombuluko.`, 'South African ID number: Luhn-checked, no built-in rule (ambiguous, no rule id)'),

  rec('ticket_sw', f`Tiketi #4471 – Mtumiaji hawezi kuingia kwenye programu
Jina: Neema Mwakyusa
Simu: ${phone('+255 754 318 207')}
Barua pepe: ${v('pii.email', 'neema.mwakyusa@gmail.com')}
Tarehe ya kuzaliwa: ${v('pii.date_of_birth', '17/09/1996')}
Tafadhali niandikie jibu fupi kwa Kiswahili kumweleza jinsi ya kuweka upya nenosiri.`),

  rec('chat_si', f`ආයුබෝවන්, පුස්තකාලයේ නව සාමාජිකයෙකුගේ විස්තර: නම – නිමාලි පෙරේරා, උපන් දිනය – ${v('pii.date_of_birth', '1999-03-08')}, දුරකථනය – ${phone('+94 77 318 2946')}. සාමාජික කාඩ්පත සූදානම් බව දැනුම් දීමට කෙටි SMS එකක් ලියන්න.`),

  rec('chat_my', f`မင်္ဂလာပါ၊ ရန်ကုန်ရုံးက သင်္ဘောအေးဂျင့်အသစ်ရဲ့ အချက်အလက်တွေပါ။ အမည် – ကိုအောင်ကျော်မိုး၊ မွေးသက္ကရာဇ် – ${v('pii.date_of_birth', '12.08.1987')}၊ ဖုန်း – ${phone('+95 9 450 482 193')}။ ဒါကို အင်္ဂလိပ်လို အီးမေးလ်တိုလေး ရေးပေးပါ။`),

  rec('form_lt', f`Sveiki, vaiko skaitytojo kortelės anketoje tėvai įrašė klaidingą datą. Anketa:
Vaikas: Emilija Petrauskaitė
Gimimo data: ${v('pii.date_of_birth', '2011-07-14')} (klaida, turėtų būti ${v('pii.date_of_birth', '2011-04-17')})
Tėvų el. paštas: ${v('pii.email', 'r.petrauskiene@gmail.com')}
Tel.: ${phone('+370 612 73958')}
Parašyk trumpą laišką tėvams, kad duomenis pataisėme.`, 'a valid date under a date-of-birth label that the text calls a mistake: still a date of birth'),
];
