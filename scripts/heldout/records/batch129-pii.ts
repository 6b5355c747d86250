/**
 * Held-out batch 129: personal data — insider lists, gamete-donor files, tutor KYC, ringer rosters,
 * laundry tickets and plant shift rosters, in many languages and scripts. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);
const pass = (s: string) => v('pii.passport', s);

export const BATCH129_PII: DraftRecord[] = [
  // exchange — insider lists
  rec('insider_list', f`Please convert this insider-list extract into the ESMA template column order (first name, surname, birth surname, professional phone, personal phones, personal address, DOB, national ID):

${amb('source_code.snippet', f`Kowalewska | Marta | — | ${phone('+48 601 283 947')} | ${dob('1983-06-14')} | PESEL ${ambCat('pii', '83061412748')} | ul. Dobra 18/4, 00-344 Warszawa
Lindgren | Per | — | ${phone('+46 70 318 42 96')} | ${dob('1971-11-02')} | pnr ${ambCat('pii', '711102-4517')} | Strandvägen 7, 114 56 Stockholm
Rautio | Aino | Mäkelä | ${phone('+358 40 718 2934')} | ${dob('1990-01-27')} | HETU ${ambCat('pii', '270190-512T')} | Mannerheimintie 40 B 12, Helsinki`)}`, 'PESEL, Swedish personnummer and Finnish HETU: personal identifiers with no built-in rule (ambiguous, no rule id)'),

  rec('chat_de', f`Für die Insiderliste brauche ich noch die Daten des neuen externen Beraters. Kannst du mir eine kurze Mail an ihn formulieren? Was ich schon habe: Dr. Henrik Vogt, Geburtsdatum ${dob('03.09.1968')}, Steuer-ID ${v('pii.de_steuer_id', '48003207195')}, privat mobil ${phone('0176 29384715', 'DE')}. Es fehlen noch Privatadresse und Geburtsname.`),

  rec('chat_lv', f`Lūdzu, palīdzi uzrakstīt e-pastu biržas biedram: mums vajag tirgotāja kontaktinformāciju izmeklēšanai. Mums ir: Jānis Ozoliņš, dzimšanas datums ${dob('1986. gada 19. augusts')}, tālrunis ${phone('+371 2948 3716')}, e-pasts ${mail('janis.ozolins@inbox.lv')}. Trūkst personas kods.`),

  rec('chat_bg', f`Здравей, трябва ми помощ да подготвя писмо до инвестиционен посредник за клиент, когото разследваме за манипулация. Данни: Стоян Петров Илиев, дата на раждане ${dob('22.04.1979')}, тел. ${phone('+359 88 729 4183')}, имейл ${mail('s.iliev79@abv.bg')}. Искаме извлечение от сметката му за януари.`),

  // gamete bank
  rec('donor_record', f`Bitte fasse diese Spenderakte für die Freigabekonferenz in drei Sätzen zusammen (ohne Identifikationsdaten):

Spender-Code: SB-D-2291
Name: Jonas Albrecht
Geburtsdatum: ${dob('11.02.1996')}
Mobil: ${phone('+49 171 4829375')}
E-Mail: ${mail('jonas.albrecht96@web.de')}
Blutgruppe: A Rh+, CMV IgG negativ
Infektionsserologie (HIV, HBV, HCV, Syphilis): negativ, Quarantäne abgeschlossen 14.01.2025
Spermiogramm: Konzentration 68 Mio/ml, progressive Motilität 52 %`),

  rec('chat_fr', f`Peux-tu reformuler ce message pour une donneuse d'ovocytes ? « Madame Léa Moreau (née le ${dob('7 mars 1994')}, n° de sécurité sociale ${v('pii.fr_nir', '2 91 03 75 056 123 03')}), votre ponction est confirmée le 18 février à 8 h. Merci d'être à jeun. » Je veux que ce soit plus chaleureux.`),

  rec('chat_it', f`Ciao, mi aiuti a compilare il modulo per il registro donatori? Donatrice: Giulia Bianchi, codice fiscale ${v('pii.it_codice_fiscale', 'BNCGLI88M52H501H')}, nata il ${dob('12/08/1988')} a Roma, cellulare ${phone('+39 338 419 2765')}. Manca solo la firma del consenso.`),

  rec('chat_es', f`Necesito redactar el consentimiento informado para un donante de semen. Datos: Alejandro Ruiz Campos, DNI ${v('pii.es_dni', '48271936L')}, fecha de nacimiento ${dob('30/05/1997')}, teléfono ${phone('+34 622 418 937')}. ¿Puedes revisar que el texto cumpla con la Ley 14/2006?`),

  rec('chat_nl', f`Kun je deze intakegegevens van een spermadonor omzetten naar een tabel voor het donorregister? Naam: Daan Visser, BSN ${v('pii.nl_bsn', '193847796')}, geboortedatum ${dob('14-10-1992')}, mobiel ${phone('+31 6 4829 1736')}, e-mail ${mail('daan.visser92@ziggo.nl')}.`),

  rec('chat_he', f`תוכלי לנסח הודעה לתורמת ביציות שהתור שלה נדחה? הפרטים: נועה כהן, תאריך לידה ${dob('03/11/1995')}, טלפון ${phone('054-7293814', 'IL')}, מייל ${mail('noa.cohen95@gmail.com')}. התור החדש ב-24 לחודש.`),

  rec('chat_ko', f`정자은행 기증자 면담 일정 안내 문자를 써 주세요. 기증자: 김민준, 생년월일 ${dob('1995년 3월 8일')}, 연락처 ${phone('010-4829-3716', 'KR')}. 면담은 다음 주 화요일 오후 2시입니다.`),

  rec('chat_zh', f`请帮我把这段捐精者信息翻译成英文，供合作实验室使用：姓名：王磊，出生日期：${dob('1993年7月21日')}，手机：${phone('+86 138 2947 3816')}，护照号：${pass('E48291736')}。血型O型，精液检查合格。`),

  // tutoring marketplace — KYC
  rec('kyc_ticket', f`VERIFY-88412 — tutor identity check
Applicant: Priya Raghunathan
Aadhaar: ${v('pii.in_aadhaar', '4827 1936 0531')}
DOB: ${dob('09/04/1991')}
Mobile: ${phone('+91 98204 17365')}
Issue: name on degree certificate is "Priya R." — Aadhaar shows full name.

Write the note to the tutor asking for a gazette/affidavit for the name difference.`),

  rec('chat_pt_br', f`Oi! Preciso validar o cadastro de um professor novo. Nome: Rafael Souza Lima, CPF ${v('pii.br_cpf', '284.719.305-79')}, nascido em ${dob('17/09/1989')}, celular ${phone('(11) 97452-1863', 'BR')}. Escreve pra mim uma mensagem pedindo o comprovante de residência?`),

  rec('w9_note', f`US tutor onboarding — W-9 received for Jasmine Carter, SSN ${v('pii.us_ssn', '527-38-4916')}, DOB ${dob('02/23/1994')}. She asks whether she'll get a 1099-NEC or 1099-K. Draft a short answer.`),

  rec('chat_fr_ca', f`Peux-tu m'aider à écrire un courriel à une tutrice de Québec? On a besoin de son NAS pour le relevé 1. Elle nous l'a envoyé par clavardage: ${v('pii.ca_sin', '472 918 366')}. Je veux lui dire qu'on l'a bien reçu, mais que la prochaine fois il faut passer par le portail sécurisé.`),

  rec('chat_en_gb', f`Tutor wants to change her payout name after marriage. Old: Emily Hart. New: Emily Okafor. NI number ${v('pii.uk_nino', 'JH 48 27 19 C')}, DOB ${dob('21 June 1990')}. What documents do we need and how do I explain it kindly?`),

  rec('chat_ur', f`السلام علیکم، ایک نئے ٹیوٹر کی تصدیق کرنی ہے۔ نام: عائشہ ملک، پاسپورٹ نمبر ${pass('AB4829371')}، تاریخ پیدائش ${dob('14-02-1996')}، موبائل ${phone('+92 300 4182937')}۔ براہ کرم انگریزی میں ای میل لکھ دیں کہ ڈگری کی تصدیق باقی ہے۔`),

  rec('chat_tl', f`Pa-translate naman sa English para sa verification team: "Ang tutor ay si Maria Santos, ipinanganak noong ${dob('Marso 5, 1993')}, passport no. ${pass('P4829371A')}, cellphone ${phone('+63 917 482 9371')}. Kulang pa ang NBI clearance."`),

  rec('chat_ta', f`வணக்கம், புதிய ஆசிரியரின் சரிபார்ப்புக்கு மின்னஞ்சல் எழுத உதவுங்கள். பெயர்: கார்த்திக் சுப்பிரமணியன், பிறந்த தேதி: ${dob('12-06-1990')}, கைபேசி: ${phone('+91 94431 82746')}, மின்னஞ்சல்: ${mail('karthik.subbu90@gmail.com')}. சான்றிதழ் நகல் இன்னும் வரவில்லை.`),

  rec('chat_vi', f`Bạn ơi, giúp mình viết email xác nhận cho gia sư mới: Nguyễn Thị Lan, ngày sinh ${dob('25/12/1996')}, số điện thoại ${phone('+84 91 482 73 95')}, số hộ chiếu ${pass('C4829173')}. Hồ sơ đã đầy đủ, buổi dạy thử vào thứ Bảy.`),

  // bird-ringing network
  rec('csv', f`Can you find duplicate ringers in this export (same person, two licence numbers)?

${amb('source_code.snippet', f`licence,name,email,phone,region
NL-R-0471,Sanne de Groot,${mail('sanne.degroot@kpnmail.nl')},${phone('+31 6 4829 1736')},Flevoland
NL-R-0533,Sanne de Groot,${mail('s.degroot.vogels@gmail.com')},${phone('+31 6 4829 1736')},Flevoland
BE-R-0219,Wout Peeters,${mail('wout.peeters@telenet.be')},${phone('+32 478 29 18 36')},Antwerpen`)}`),

  rec('chat_ro', f`Bună, te rog să mă ajuți cu un e-mail de bun venit pentru un voluntar nou la stația de inelare din Delta Dunării: Andrei Popescu, data nașterii ${dob('08.11.2001')}, telefon ${phone('+40 722 918 374')}, e-mail ${mail('andrei.popescu01@yahoo.ro')}. Prima tură e pe 1 mai.`),

  rec('chat_ka', f`გამარჯობა, დამეხმარე რგოლვის ბანაკის მოხალისეების სიის ინგლისურად თარგმნაში: გიორგი ბერიძე, დაბადების თარიღი ${dob('15.03.1998')}, ტელ. ${phone('+995 599 48 27 36')}, ელფოსტა ${mail('g.beridze98@gmail.com')}.`),

  rec('chat_hy', f`Բարև, օգնիր գրել նամակ թռչունների օղակավորման ճամբարի մասնակցին։ Անուն՝ Արամ Հակոբյան, ծննդյան ամսաթիվ՝ ${dob('04.07.2000')}, հեռախոս՝ ${phone('+374 91 482937')}, էլ. փոստ՝ ${mail('aram.hakobyan@mail.am')}։ Պետք է հաստատի մասնակցությունը մինչև ապրիլի 10-ը։`),

  rec('chat_am', f`ሰላም፣ ለወፍ ቀለበት ማድረጊያ ፕሮጀክት አዲስ በጎ ፈቃደኛ ምዝገባ እንግሊዝኛ ትርጉም ይፈልጋል፦ ስም፡ ሰላም ተስፋዬ፣ የትውልድ ቀን፡ ${dob('12/05/1997')}፣ ስልክ፡ ${phone('+251 91 148 2937')}፣ ኢሜይል፡ ${mail('selam.tesfaye@gmail.com')}።`),

  // laundromat chain
  rec('ticket_de_ch', f`Reklamation Filiale Zürich-Oerlikon
Kundin: Frau Seraina Caflisch
Natel: ${phone('+41 79 318 42 67')}
Mail: ${mail('seraina.caflisch@bluewin.ch')}
Artikel: Seidenbluse, Ticket 4471-0928, Flecken nach Reinigung

Chönntsch mir e fründlichi Antwort formuliere, mir offeriered e Gutschrift vo 40 Franke.`),

  rec('chat_ar', f`أرجو مساعدتي في كتابة رسالة اعتذار لعميل في مغسلة فرع جدة: الاسم خالد العتيبي، الجوال ${phone('+966 55 418 2937')}، البريد ${mail('khalid.otaibi@outlook.sa')}. ضاع قميصه بعد الكي ونريد تعويضه بمبلغ 150 ريال.`),

  rec('sms_log', f`${amb('source_code.snippet', f`2025-02-12 08:14:03 SMS OK to=${phone('+43 664 318 2947')} tpl=READY ticket=W-88213 branch=Graz-Lend
2025-02-12 08:14:05 SMS FAIL to=${phone('+43 660 4829371')} tpl=READY ticket=W-88219 branch=Graz-Lend err=30006
2025-02-12 08:15:41 SMS OK to=${phone('+386 41 382 917')} tpl=READY ticket=W-88220 branch=Graz-Lend`)}

Was bedeutet Twilio-Fehler 30006? Die Nummer ist doch richtig.`),

  rec('chat_el', f`Γεια, θέλω να γράψω μήνυμα σε πελάτη του καθαριστηρίου ότι το παλτό του είναι έτοιμο: κ. Νίκος Παπαδόπουλος, κινητό ${phone('+30 694 182 7359')}, email ${mail('npapadopoulos@otenet.gr')}. Να είναι σύντομο και ευγενικό.`),

  // geothermal plant
  rec('roster', f`Translate this contractor access list to English for the site security team:

Kontratista / erişim listesi — Santral giriş, Şubat 2025
1. Mehmet Yılmaz — pasaport no: ${pass('U28471936')} — doğum tarihi: ${dob('19.05.1982')} — tel: ${phone('+90 532 418 27 93')}
2. Eduardo Gómez — pasaporte: ${pass('PAE482917')} — fecha de nacimiento: ${dob('02/12/1977')} — tel: ${phone('+52 55 3184 2971')}`),

  rec('chat_mn', f`Сайн байна уу, геотермал станцын шинэ ажилтны мэдээллийг англи хэл рүү орчуулж өгнө үү: Нэр: Батбаяр Ганбат, төрсөн огноо: ${dob('1992.08.14')}, утас: ${phone('+976 9918 2746')}, и-мэйл: ${mail('batbayar.g@thermaridge.energy')}.`),

  rec('chat_ne', f`नमस्ते, भू-तापीय प्लान्टमा तालिमको लागि आउने इन्जिनियरको भिसा पत्र लेख्न सहयोग चाहियो। नाम: सुमन श्रेष्ठ, राहदानी नम्बर: ${pass('PA4829173')}, जन्म मिति: ${dob('1990-11-03')}, फोन: ${phone('+977 984-1827364')}।`),

  rec('chat_en', f`Can you write a welcome message for our new control-room operator at the Wairakei site? Details from HR: Aroha Ngata, DOB ${dob('18/07/1995')}, mobile ${phone('+64 21 482 9371')}, personal email ${mail('aroha.ngata95@xtra.co.nz')}. Starts nights on the 3rd.`),

  rec('chat_id', f`Tolong bantu tulis email kepada insinyur kontrak di PLTP: Bapak Ahmad Faizal, tanggal lahir ${dob('05/09/1987')}, nomor paspor ${pass('A48291736')}, telepon ${phone('+62 812-4829-3716')}. Dia harus mengirim sertifikat K3 sebelum mulai bekerja.`),
];
