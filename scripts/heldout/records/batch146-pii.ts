/**
 * Held-out batch 146: personal data in transplant referrals, diver medicals and payroll, pharmacy
 * loyalty and prescription desks, creator tax forms, bonded-warehouse driver lists and water
 * billing, in many languages. Hand-written; identity numbers computed with the checksum helpers.
 */
import {
  brCpfFormatted,
  deSteuerIdCheckDigit,
  esDni,
  frNirKey,
  inAadhaarSpaced,
  itCodiceFiscale,
  luhnCheckDigit,
  nlBsnCheckDigit,
  ukNhsSpaced,
} from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const NHS = ukNhsSpaced('573920184');
const NIR_BODY = '2680375056214';
const NIR = `${NIR_BODY.slice(0, 1)} ${NIR_BODY.slice(1, 3)} ${NIR_BODY.slice(3, 5)} ${NIR_BODY.slice(5, 7)} ${NIR_BODY.slice(7, 10)} ${NIR_BODY.slice(10)} ${frNirKey(NIR_BODY)}`;
const DNI = esDni('48291736');
const BSN = `19283746${nlBsnCheckDigit('19283746')}`;
const CF = itCodiceFiscale('SPSCRM68C52A662');
const AADHAAR = inAadhaarSpaced('48291736501');
const CPF = brCpfFormatted('482917365');
const SIN_D = `48291736${luhnCheckDigit('48291736')}`;
const SIN = `${SIN_D.slice(0, 3)} ${SIN_D.slice(3, 6)} ${SIN_D.slice(6)}`;
const STEUER = `5739284156${deSteuerIdCheckDigit('5739284156')}`;

export const BATCH146_PII: DraftRecord[] = [
  rec('referral_letter', f`Can you turn this referral into a short summary for the MDT list? Keep the identifiers, it's going on the internal list.

Re: Mr Desmond Achterberg — referral for living-donor kidney transplant assessment
NHS number: ${v('pii.uk_nhs_number', NHS)}   DOB: ${v('pii.date_of_birth', '14/02/1971')}
eGFR 11, on haemodialysis since March via left brachiocephalic fistula. Blood group O+. Potential donor: wife (Mrs Lorna Achterberg), blood group O+.
Patient mobile: ${phone('07943 281 657', 'GB')}`),

  rec('letter_de', f`Bitte fasse den Brief für die Transplantationskonferenz kurz zusammen:

Empfänger: Herr Günter Wolfsberger, geb. ${v('pii.date_of_birth', '03.11.1958')}
Versichertennummer ${ambCat('pii', 'H482917365')}
Dialyse seit 06/2019, Wartelisten-Status T (transplantabel), HLA-Typisierung liegt vor.
Erreichbarkeit für Organangebote rund um die Uhr: ${phone('+49 170 3829147')}, Festnetz Ehefrau ${phone('030 48291735', 'DE')}`, 'German KVNR: personal, no built-in rule'),

  rec('form_fr', f`Peux-tu vérifier ce formulaire d'inscription sur liste d'attente de greffe rénale avant envoi ?

Nom : LEFEBVRE Martine
Date de naissance : ${v('pii.date_of_birth', '27/03/1968')}
N° de sécurité sociale : ${v('pii.fr_nir', NIR)}
Téléphone portable : ${phone('06 48 29 17 53', 'FR')}
Groupe sanguin : A+ — Dialyse péritonéale depuis 2021`),

  rec('chat_es', f`Necesito una nota para el coordinador de trasplantes de guardia: la receptora en lista es Dolores Navarro Ibáñez, DNI ${v('pii.es_dni', DNI)}, fecha de nacimiento ${v('pii.date_of_birth', '9 de julio de 1975')}. Si hay oferta esta noche, llamar a su móvil ${phone('+34 622 48 19 37')} y, si no contesta, a su hijo. Redáctala breve y clara.`),

  rec('email_nl', f`Beste collega,

Voor de crossmatch van morgen graag het bloed van de volgende ontvanger apart houden:
Naam: J.W. (Jan-Willem) de Graaf
BSN: ${v('pii.nl_bsn', BSN)}
Geboortedatum: ${v('pii.date_of_birth', '22-08-1963')}
Bloedgroep: B

Kun je dit omzetten in een korte checklist voor het lab?`),

  rec('chat_it', f`Mi aiuti a scrivere il promemoria per la visita di idoneità della potenziale donatrice vivente? Dati: Carmela Esposito, codice fiscale ${v('pii.it_codice_fiscale', CF)}, nata il ${v('pii.date_of_birth', '12/03/1968')} a Bari, sorella del ricevente. Cellulare ${phone('+39 348 291 7364')}. Appuntamento lunedì ore 8:00, a digiuno.`),

  rec('chat_mr', f`किडनी प्रत्यारोपणासाठी नोंदणीचा फॉर्म तपासून द्याल का? रुग्ण: सुनील पाटील, आधार क्रमांक ${v('pii.in_aadhaar', AADHAAR)}, जन्मतारीख ${v('pii.date_of_birth', '18/06/1979')}, मोबाईल ${phone('+91 98204 18375')}. दाता: पत्नी, रक्तगट B+. फॉर्म इंग्रजीत भरायचा आहे, मदत करा.`),

  rec('chat_pt_br', f`Oi, preciso preparar a ficha do receptor pra central de transplantes. Paciente: Antônio Carlos Ribeiro, CPF ${v('pii.br_cpf', CPF)}, data de nascimento ${v('pii.date_of_birth', '05/01/1966')}, celular ${phone('+55 21 99784-3261')}. Faz hemodiálise 3x por semana em Niterói. Pode organizar isso num parágrafo formal?`),

  rec('chat_he', f`תוכל לנסח הודעה קצרה למתאמת ההשתלות? המטופלת: רחל אברמוב, ת.ז. ${ambCat('pii', '048291736')}, תאריך לידה ${v('pii.date_of_birth', '11.04.1972')}, טלפון נייד ${phone('052-482-9173', 'IL')}. יש לה הצלבה (crossmatch) שלילית עם התורם, ומבקשים לתאם בדיקות לשבוע הבא.`, 'Israeli ID number: personal, no built-in rule'),

  rec('chat_ar_eg', f`عايز أكتب إيميل للسفارة عشان تأشيرة علاج لمريض زراعة كلى جاي من القاهرة. بياناته: محمود عبد الرحمن السيد، رقم الجواز ${v('pii.passport', 'A48291736')}، تاريخ الميلاد ${v('pii.date_of_birth', '1969/02/17')}، ومعاه مرافق (أخوه المتبرع). اكتبه بالإنجليزي بشكل رسمي.`),

  rec('diver_medical', f`Please tidy this into the client's pre-mobilisation table (one row per diver):

Diver: Callum Fraser — DOB ${v('pii.date_of_birth', '02/09/1986')} — passport ${v('pii.passport', '548291736')} (GBR, exp 2031) — HSE diving medical valid to 11/2025 — mobile ${phone('+44 7943 281 657')}
Diver: Tomasz Wróbel — DOB ${v('pii.date_of_birth', '19/12/1990')} — passport ${v('pii.passport', 'EN4829173')} (POL, exp 2029) — medical valid to 03/2025`),

  rec('chat_no', f`Kan du lage en kort liste for mannskapsendring på DSV-en? Dykker: Ingrid Haugland, fødselsdato ${v('pii.date_of_birth', '07.05.1988')}, fødselsnummer ${ambCat('pii', '07058841937')}, mobil ${phone('+47 918 42 637')}. Pårørende: Ola Haugland, ${phone('+47 22 84 19 60')}.`, 'Norwegian fødselsnummer: personal, no built-in rule'),

  rec('chat_pl', f`Przygotuj proszę listę do zgłoszenia nurków na platformę: Marek Zieliński, PESEL ${ambCat('pii', '88031204817')}, data urodzenia ${v('pii.date_of_birth', '12.03.1988')}, tel. ${phone('+48 601 482 937')}. Reszta danych jak w zeszłym tygodniu.`, 'PESEL: personal, no built-in rule'),

  rec('chat_tl', f`Pa-help naman i-format itong crew list para sa offshore job sa Malampaya. Diver: Jerome Dela Cruz, birthday ${v('pii.date_of_birth', 'March 3, 1991')}, passport no. ${v('pii.passport', 'P4829173A')}, cellphone ${phone('+63 917 482 9173')}. Seaman's book din daw kailangan, pero wala pa sa amin.`),

  rec('payroll_fr_ca', f`Peux-tu m'aider à remplir le formulaire d'embauche du nouveau scaphandrier pour la paie? Nom : Mathieu Gagnon, NAS ${v('pii.ca_sin', SIN)}, date de naissance ${v('pii.date_of_birth', '1992-10-14')}, cellulaire ${phone('(514) 872-3941', 'CA')}. Il commence le 4 novembre sur le chantier du barrage.`),

  rec('hr_de', f`Kannst du mir aus den Personaldaten eine Checkliste für den Lohnbuchhalter machen? Berufstaucher Sven Petersen, geboren am ${v('pii.date_of_birth', '21. Juli 1984')} in Kiel, Steuer-ID ${v('pii.de_steuer_id', STEUER)}, Tauchtauglichkeit G31 gültig bis 08/2025. Eintritt 01.10.`),

  rec('chat_de_ch', f`Chönd Sie mir e Nachricht a d Kundin schriibe, dass ihres Rezept parat isch? Frau Vreni Zimmermann, Geburtsdatum ${v('pii.date_of_birth', '30.01.1949')}, Tel. ${phone('044 482 19 37', 'CH')}. Si söll bis am Samschtig cho, suscht gaht s Medikament zrugg.`),

  rec('chat_el', f`Βοήθησέ με να γράψω ένα SMS υπενθύμισης για επανάληψη συνταγής. Ασθενής: Γεώργιος Παπαδόπουλος, ΑΜΚΑ ${ambCat('pii', '17034812937')}, ημερομηνία γέννησης ${v('pii.date_of_birth', '17/03/1948')}, κινητό ${phone('+30 694 829 1736')}. Η συνταγή λήγει την Παρασκευή.`, 'Greek AMKA: personal, no built-in rule'),

  rec('chat_th', f`ช่วยเขียนข้อความแจ้งลูกค้าว่ายาตามใบสั่งแพทย์พร้อมรับแล้วหน่อยค่ะ ลูกค้า: คุณสมศรี ใจดี วันเกิด ${v('pii.date_of_birth', '14 ก.พ. 2505')} เบอร์โทร ${phone('081 482 9173', 'TH')} สมาชิกบัตรสะสมแต้มระดับทอง`),

  rec('ticket', f`Loyalty desk ticket #88213 — can you draft the reply?

Member: Brenda Kowalski
Email: ${v('pii.email', 'brenda.kowalski58@gmail.com')}
Phone: ${phone('(617) 482-9173', 'US')}
Date of birth on file: ${v('pii.date_of_birth', '06/22/1958')}
Issue: "My points for the flu shot and the October prescriptions never showed up. I've been a member for 11 years."`),

  rec('chat_ko', f`단골 고객님 처방전 재조제 안내 문자를 써 주세요. 고객: 박민지, 생년월일 ${v('pii.date_of_birth', '1985년 4월 9일')}, 연락처 ${phone('010-4829-1736', 'KR')}. 멤버십 포인트 3,200점 남아 있다는 것도 넣어 주세요.`),

  rec('chat_vi', f`Giúp mình soạn tin nhắn nhắc khách đến lấy thuốc theo đơn nhé. Khách: Trần Thị Hoa, ngày sinh ${v('pii.date_of_birth', '23/08/1962')}, SĐT ${phone('+84 912 483 715')}. Thẻ thành viên hạng Bạc, được giảm 5%.`),

  rec('chat_bg', f`Помогни ми да напиша SMS до клиента, че лекарството по рецепта е пристигнало. Клиент: Иван Петров, ЕГН ${ambCat('pii', '5402174829')}, дата на раждане ${v('pii.date_of_birth', '17.02.1954')}, тел. ${phone('+359 88 482 9173')}.`, 'Bulgarian EGN: personal, no built-in rule'),

  rec('chat_es_co', f`Hola, necesito redactar el informe de un caso de acoso en la plataforma. La cuenta denunciada es de Bogotá: correo ${v('pii.email', 'sebas.ortiz.gamer@hotmail.com')}, IP de los últimos inicios de sesión ${amb('pii.ip_address', '181.49.82.17')} y ${amb('pii.ip_address', '181.49.82.203')}, teléfono verificado ${phone('+57 310 482 9173')}. Redáctalo en tono neutral para el equipo legal.`),

  rec('tax_form', f`A creator sent their W-9 info in the support chat instead of the portal. Can you write a reply telling them to re-submit through the portal and that we've deleted the message?

"Name: Tyler Brooks, SSN ${v('pii.us_ssn', '482-91-7365')}, DOB ${v('pii.date_of_birth', '08/14/1994')}, address 2210 Elm St, Apt 4, Columbus OH 43215"`),

  rec('chat_ja', f`クリエイター本人確認の件で、以下の方に折り返し電話のお願いメールを書いてください。丁寧な表現でお願いします。
氏名：佐藤 健一
電話：${phone('090-4821-7395', 'JP')}
メール：${v('pii.email', 'k.sato.channel@gmail.com')}
生年月日：${v('pii.date_of_birth', '1990年11月3日')}`),

  rec('chat_id', f`Tolong bantu bikin pesan untuk kreator yang verifikasi KTP-nya gagal. Datanya: nama Rina Wulandari, NIK ${ambCat('pii', '3174054812930002')}, tanggal lahir ${v('pii.date_of_birth', '12-09-1993')}, no HP ${phone('+62 812-4829-1736')}. Fotonya buram, minta kirim ulang.`, 'Indonesian NIK: personal, no built-in rule'),

  rec('chat_ru_kz', f`Составь, пожалуйста, список водителей для пропуска на территорию таможенного склада:
1. Ержан Нурланов — паспорт ${v('pii.passport', 'N48291736')}, тел. ${phone('+7 701 482 9173')}
2. Сергей Ковалёв — паспорт ${v('pii.passport', 'N17394820')}, тел. ${phone('+7 916 482-17-39')}
Таблицей, с колонками ФИО / паспорт / телефон / номер тягача.`),

  rec('chat_tr', f`Gümrüklü antrepoya girecek yeni forklift operatörünün giriş kartı için form doldurmam lazım: Ahmet Yılmaz, T.C. kimlik no ${ambCat('pii', '48291736502')}, doğum tarihi ${v('pii.date_of_birth', '15.06.1987')}, cep ${phone('+90 532 418 27 93')}. Resmi bir dilekçe şeklinde yazar mısın?`, 'Turkish TC kimlik: personal, no built-in rule'),

  rec('letter', f`Can you rewrite this more kindly? It's for a customer in arrears on their water bill who asked for the benefits deduction scheme.

Dear Mrs Oyelaran,
To set up Water Direct we need to confirm your National Insurance number (${v('pii.uk_nino', 'JH 48 29 17 C')}) with the DWP. Please call us on ${phone('+44 1224 358 914')} if any details are wrong. Account ref: WB-0048291.`),

  rec('chat_hu', f`Írnál egy udvarias levelet egy ügyfélnek, akinek a vízóra-leolvasás alapján túl magas lett a számlája? Ügyfél: Kovács Erzsébet, születési dátum ${v('pii.date_of_birth', '1956. március 8.')}, telefon ${phone('+36 30 482 9173')}, felhasználási hely: Debrecen, Piac u. 14.`),

  rec('chat_sk', f`Pomôž mi napísať odpoveď zákazníkovi, ktorý žiada zmenu vlastníka odberného miesta vody. Nový vlastník: Peter Horváth, dátum narodenia ${v('pii.date_of_birth', '4. 7. 1979')}, rodné číslo ${ambCat('pii', '790704/4829')}, tel. ${phone('+421 905 482 917')}.`, 'Slovak rodné číslo: personal, no built-in rule'),

  rec('chat_ur', f`براہ کرم پانی کے بل کی درستگی کے لیے صارف کو ایک مختصر پیغام لکھ دیں۔ صارف: محمد عارف، شناختی کارڈ نمبر ${ambCat('pii', '35202-4829173-5')}، موبائل ${phone('+92 300 4829173')}۔ میٹر ریڈنگ غلط درج ہوئی تھی۔`, 'Pakistani CNIC: personal, no built-in rule'),

  rec('chat_et', f`Palun aita kirjutada kliendile vastus, et veearvesti näit on parandatud. Klient: Mari Tamm, isikukood ${ambCat('pii', '47905124829')}, telefon ${phone('+372 5482 9173')}. Uus arve tuleb järgmisel nädalal.`, 'Estonian isikukood: personal, no built-in rule'),

  rec('chat_uk', f`Допоможи скласти відповідь абонентці щодо перерахунку за воду. Абонентка: Олена Коваленко, дата народження ${v('pii.date_of_birth', '21.09.1961')}, телефон ${phone('+380 67 482 1937')}, особовий рахунок 0482917. Лічильник замінили 3 вересня.`),

  rec('chat_en_au', f`Write a friendly SMS for a customer whose script is ready: Mrs Joan McAllister, DOB ${v('pii.date_of_birth', '11/05/1944')}, Medicare ${ambCat('pii', '4829 17365 1')}, mobile ${phone('0412 839 574', 'AU')}. She's a Webster-pak customer so mention the Thursday pickup.`, 'Medicare number: personal, no built-in rule'),

  rec('chat_zh_hk', f`幫我寫個 WhatsApp 訊息畀呢位創作者，佢話收唔到上個月嘅分成：陳嘉欣，電話 ${phone('+852 9482 9173')}，電郵 ${v('pii.email', 'kayan.chan.vlog@yahoo.com.hk')}。話佢知我哋會喺三個工作天內覆佢。`),
];
