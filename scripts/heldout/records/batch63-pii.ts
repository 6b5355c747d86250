/**
 * Held-out batch 63: personal data in referral letters, intake forms, KYC checks, crew records,
 * volunteer applications, phishing-victim lists and signatures from a zoo, a crowdfunding
 * platform, an optics maker, a prison health service, an airline and an IR consultancy. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH63_PII: DraftRecord[] = [
  rec('letter', f`Please tidy up this referral so it reads better, keep all the identifiers:

Referral to Community Mental Health – on release
Patient: Mr Liam Catterall   Prison no. ${ambCat('pii', 'A4821CK')}
NHS number: ${v('pii.uk_nhs_number', '485 488 9535')}   DOB: ${v('pii.date_of_birth', '14/03/1979')}
Release date: 09/12/2024 to approved premises in Stockport
Current meds: sertraline 100 mg OD, mirtazapine 15 mg ON
Probation officer: J. Okafor, ${phone('0161 496 0732', 'GB')}`, 'prison number: a personal identifier no rule claims'),

  rec('intake', f`Can you turn this jail medical intake into a SOAP note?

Name: Travis Delacroix
SSN: ${v('pii.us_ssn', '508-01-7634')}
DOB: ${v('pii.date_of_birth', '06/22/1990')}
Booking date: 11/27/2024
Reports: insulin-dependent diabetes, last dose yesterday evening; penicillin allergy (rash)
Emergency contact: Monique Delacroix (sister) ${phone('(504) 827-3190', 'US')}`),

  rec('form_de', f`Bitte fasse die Bewerbung für die Freiwilligenarbeit im Tierpark in drei Sätzen zusammen, für die Leiterin Zoopädagogik:

Name: Corinne Wälti
Geburtsdatum: ${v('pii.date_of_birth', '03.08.1996')}
AHV-Nr.: ${ambCat('pii', '756.9182.7364.57')}
Natel: ${phone('+41 79 318 42 67')}
E-Mail: ${v('pii.email', 'corinne.waelti@bluewin.ch')}
Verfügbarkeit: Mittwoch und Samstag, ab März
Erfahrung: 2 Jahre Tierheim Bern, Biologiestudium (Bachelor)`, 'Swiss AHV number: personal, no rule claims it'),

  rec('chat', f`Hola, ¿me ayudas a rellenar el formulario de la autoridad aeroportuaria para la tarjeta de acceso de la nueva TCP?
Nombre: Marta Iriarte Sanz
DNI: ${v('pii.es_dni', '96984296N')}
Pasaporte: ${v('pii.passport', 'XDB482917')}
Fecha de nacimiento: ${v('pii.date_of_birth', '17/05/1998')}
Base: Bilbao, incorporación 16 de diciembre
Necesito que me digas qué campos van en la sección B.`),

  rec('payroll_fr', f`Peux-tu préparer l'attestation d'employeur pour le chef de cabine principal que nous recrutons ?
M. Olivier Garnier, né le ${v('pii.date_of_birth', '12 janvier 1956')} — oui, il reprend du service après sa retraite d'une autre compagnie
N° de sécurité sociale : ${v('pii.fr_nir', '1 56 01 75 921 560 84')}
Entrée prévue : 06/01/2025, base Nantes, ATR 72-600`),

  rec('kyc', f`Pode revisar se falta algum documento na verificação da criadora?
Nome completo: Beatriz Lemos Cardoso
CPF: ${v('pii.br_cpf', '345.845.167-66')}
Data de nascimento: ${v('pii.date_of_birth', '02/11/1987')}
Celular: ${phone('(21) 99482-3017', 'BR')}
E-mail: ${v('pii.email', 'bia.lemos.cardoso@gmail.com')}
Documento enviado: CNH (frente), falta o verso e o comprovante de residência.`),

  rec('kyc_it', f`Verifica per favore questa richiesta di payout, il sistema segnala "nome non corrispondente":
Titolare campagna: Giulia Bruni
Codice fiscale: ${v('pii.it_codice_fiscale', 'BRNGLI88D52F205S')}
Data di nascita: ${v('pii.date_of_birth', '12/04/1988')}
Conto intestato a: Bruni Giulia & Ferri Marco (cointestato)
Cosa le scrivo?`),

  rec('hr_nl', f`Maak van deze gegevens een korte welkomstmail voor de nieuwe operator op de polijstafdeling (zonder BSN in de mail natuurlijk):
Naam: Sander Hoekstra
BSN: ${v('pii.nl_bsn', '491362262')}
Geboortedatum: ${v('pii.date_of_birth', '23-09-2001')}
Mobiel: ${phone('06-48273915', 'NL')}
Startdatum: maandag 2 december, ploegendienst vroeg`),

  rec('hr_de', f`Kannst du die Daten für die Anmeldung bei der Krankenkasse in eine Tabelle bringen?
Neue Mitarbeiterin Qualitätssicherung: Dr. Jana Pfeiffer
Geburtsdatum: ${v('pii.date_of_birth', '29.02.1988')}
Steuer-ID: ${v('pii.de_steuer_id', '79463102824')}
Handy: ${phone('0176 48392715', 'DE')}
Adresse: Am Brühl 7, 07743 Jena`),

  rec('ir_list', f`Here's the list of staff at the client whose O365 credentials were entered on the phishing page. Write the notification email they'll each get (one template), and a short cover note to their CISO.

1. Thandiwe Mokoena – ${v('pii.email', 'thandiwe.mokoena@karoo-freight.co.za')} – ${phone('082 417 3958', 'ZA')} – ID ${ambCat('pii', '8503125087085')}
2. Pieter van Wyk – ${v('pii.email', 'pieter.vanwyk@karoo-freight.co.za')} – ${phone('+27 73 482 9163')}
3. Ayesha Patel – ${v('pii.email', 'ayesha.patel@karoo-freight.co.za')} – ${phone('+27 82 651 0374')} – ID ${ambCat('pii', '9107270141082')}`, 'South African ID numbers: no rule claims them'),

  rec('chat_hi', f`कृपया जेल अस्पताल के लिए यह रेफ़रल पत्र हिंदी में साफ़-सुथरा लिख दें:
बंदी का नाम: रमेश कुमार यादव
आधार संख्या: ${v('pii.in_aadhaar', '7422 4349 5090')}
जन्म तिथि: ${v('pii.date_of_birth', '15/08/1982')}
परिवार का संपर्क: ${phone('+91 98201 48273')}
कारण: सीने में दर्द, ईसीजी असामान्य, ज़िला अस्पताल के हृदय रोग विभाग में भेजना है।`),

  rec('csv', f`Sort these by passport expiry and tell me who can't operate to Fiji next month (need 6 months validity):

${amb('source_code.snippet', f`crew_id,name,rank,passport_no,passport_expiry,dob,email
C2041,Hannah Rowe,FO,${v('pii.passport', 'PA4827391')},2025-03-14,${v('pii.date_of_birth', '1991-07-02')},${v('pii.email', 'hannah.rowe@skerryair.com.au')}
C2077,Jake Nguyen,CPT,${v('pii.passport', 'PB0938216')},2029-11-30,${v('pii.date_of_birth', '1983-12-19')},${v('pii.email', 'jake.nguyen@skerryair.com.au')}
C2102,Mele Tupou,CC,${v('pii.passport', 'PE7710452')},2025-05-08,${v('pii.date_of_birth', '1995-04-27')},${v('pii.email', 'mele.tupou@skerryair.com.au')}`)}`),

  rec('signature_da', f`Kan du skrive et kort svar til skolen om rundvisningen den 12. december og sætte min signatur under?

Med venlig hilsen
Mads Kjærgaard
Dyrepasser, Savannen
Harrowmere Dyrepark
Mobil: ${phone('+45 21 48 93 72')}
${v('pii.email', 'mads.kjaergaard@harrowmere-zoo.dk')}`),

  rec('report_ja', f`以下の通報内容を英語に翻訳して、審査チームに共有できる形にまとめてください。

通報者: 佐藤 美咲
メール: ${v('pii.email', 'misaki.sato.0917@docomo.ne.jp')}
電話: ${phone('090-4827-3915', 'JP')}
内容: 「子ども食堂支援」というプロジェクトの写真が、別の団体のウェブサイトから無断で転載されている。実在する団体かどうか確認してほしい。`),

  rec('log', f`고객사 웹메일 접근 로그입니다. 같은 IP에서 여러 계정으로 로그인 성공한 건만 추려서 표로 정리해 주세요.

${amb('source_code.snippet', f`2024-11-30T02:11:42+09:00 login ok user=${v('pii.email', 'jh.kim@hanbit-med.co.kr')} src=${amb('pii.ip_address', '45.137.21.9')} ua="Mozilla/5.0"
2024-11-30T02:12:05+09:00 login ok user=${v('pii.email', 'sy.park@hanbit-med.co.kr')} src=${amb('pii.ip_address', '45.137.21.9')} ua="Mozilla/5.0"
2024-11-30T02:14:51+09:00 login fail user=${v('pii.email', 'admin@hanbit-med.co.kr')} src=${amb('pii.ip_address', '45.137.21.9')} ua="python-requests/2.31"
2024-11-30T08:57:20+09:00 login ok user=${v('pii.email', 'jh.kim@hanbit-med.co.kr')} src=${amb('pii.ip_address', '211.36.142.77')} ua="Mozilla/5.0 (iPhone)"`)}`),

  rec('chat_ar', f`السلام عليكم، بغيت نكتب تقرير طبي مختصر على واحد النزيل اللي غادي يتنقل للسبيطار:
الاسم: يوسف الإدريسي
تاريخ الازدياد: ${v('pii.date_of_birth', '1993/04/11')}
رقم جواز السفر: ${v('pii.passport', 'UZ4718293')}
رقم العائلة (الأخ): ${phone('+212 661 73 05 48')}
الحالة: ضيق التنفس منذ يومين، تاريخ مرضي بالربو. عافاك صيغو بالعربية الفصحى.`),

  rec('chat_is', f`Gætirðu sett þessar upplýsingar í töflu fyrir nýja flugfreyju í Keflavík?
Nafn: Katrín Sigurðardóttir
Kennitala: ${ambCat('pii', '150385-2379')}
Sími: ${phone('+354 862 4719')}
Netfang: ${v('pii.email', 'katrin.sigurdar@simnet.is')}
Byrjar: 15. janúar, þjálfun á Dash 8`, 'Icelandic kennitala: personal, no rule claims it'),

  rec('hr_pl', f`Przygotuj proszę maila powitalnego dla nowego technologa z działu powłok optycznych. Dane z kwestionariusza:
Imię i nazwisko: Tomasz Wróblewski
PESEL: ${ambCat('pii', '87071503821')}
Data urodzenia: ${v('pii.date_of_birth', '15.07.1987')}
Telefon: ${phone('+48 601 482 739')}
E-mail prywatny: ${v('pii.email', 't.wroblewski87@wp.pl')}
W mailu bez PESEL-u.`, 'PESEL: no rule claims it'),

  rec('kyc_tr', f`Kampanya sahibinin kimlik doğrulaması takıldı, sistem "doğum tarihi uyuşmuyor" diyor. Bilgiler:
Ad Soyad: Elif Kaya Demirtaş
T.C. Kimlik No: ${ambCat('pii', '38472059110')}
Doğum tarihi (formda): ${v('pii.date_of_birth', '07.03.1994')}
Doğum tarihi (kimlik kartında): ${v('pii.date_of_birth', '03.07.1994')}
Telefon: ${phone('+90 532 417 26 08')}
Gün ve ay yer değiştirmiş gibi. Kullanıcıya ne yazalım?`, 'Turkish identity number: no rule claims it'),

  rec('incident_es', f`Necesito un informe de incidente para el seguro, redáctalo formal:
Fecha: 23/11/2024, 15:40, zona de primates
Visitante afectada: Laura Camila Restrepo, cédula ${ambCat('pii', '1020745318')}
Teléfono: ${phone('+57 310 482 7391')}
Correo: ${v('pii.email', 'lauracrestrepo@hotmail.com')}
Descripción: un mono capuchino le arrebató las gafas a través de la malla; rasguño superficial en la mano derecha, atendida en enfermería.`, 'Colombian cédula: no rule claims it'),

  rec('chat_sv', f`Skriv ett kort intyg om att patienten har fått sin vaccination mot hepatit B på anstaltens hälsocentral:
Patient: Ahmed Yusuf Warsame
Personnummer: ${ambCat('pii', '900614-7718')}
Dos 3 given 2024-11-28
Kontakt anhörig: ${phone('+46 70 482 39 17')}`, 'Swedish personnummer: no rule claims it'),

  rec('ir_list', f`Составь, пожалуйста, письмо сотрудникам, которые ввели пароль на фишинговой странице. Список от клиента:

- Ирина Кузнецова, ${v('pii.email', 'i.kuznetsova@volga-agro.ru')}, ${phone('+7 916 482-73-91')}
- Дмитрий Соколов, ${v('pii.email', 'd.sokolov@volga-agro.ru')}, ${phone('8 (916) 305-18-62', 'RU')}
- Олег Мартынов, ${v('pii.email', 'o.martynov@volga-agro.ru')}

Тон спокойный, без паники, с инструкцией сменить пароль и включить MFA.`),

  rec('crew_kk', f`Жаңа бортсерік туралы деректерді кесте түрінде жаса:
Аты-жөні: Айгерім Сейітқали
ЖСН: ${ambCat('pii', '950718450327')}
Төлқұжат: ${v('pii.passport', 'N14827391')}
Туған күні: ${v('pii.date_of_birth', '18.07.1995')}
Телефон: ${phone('+7 701 482 7391')}
Базасы: Алматы`, 'Kazakh IIN: no rule claims it'),

  rec('kyc_ka', f`გთხოვ, დამეხმარე კამპანიის ავტორისთვის წერილის დაწერაში, ვერიფიკაცია ვერ გაიარა:
სახელი: ნინო ბერიძე
პირადი ნომერი: ${ambCat('pii', '01024057319')}
ტელეფონი: ${phone('+995 599 48 27 39')}
ელფოსტა: ${v('pii.email', 'nino.beridze@mail.ge')}
პრობლემა: პირადობის მოწმობის ფოტო ბუნდოვანია.`, 'Georgian personal number: no rule claims it'),

  rec('form_hy', f`Խնդրում եմ կամավորի հայտը ամփոփիր անգլերենով՝ կենդանաբանական այգու ղեկավարության համար.
Անուն: Արմինե Հակոբյան
Ծննդյան ամսաթիվ: ${v('pii.date_of_birth', '21.09.2000')}
Հեռախոս: ${phone('+374 91 482739')}
Էլ. փոստ: ${v('pii.email', 'armine.hakobyan@gmail.com')}
Նախընտրած բաժին: սողունների տաղավար`),

  rec('hr_az', f`Yeni optik mühəndis üçün ezamiyyət sənədlərini hazırlamaq lazımdır, Almaniyaya təlimə gedir:
Ad, soyad: Rəşad Məmmədov
Pasport: ${v('pii.passport', 'C02748193')}
Doğum tarixi: ${v('pii.date_of_birth', '04.12.1990')}
Mobil: ${phone('+994 50 482 73 91')}
Viza müraciəti üçün dəvət məktubunun mətnini ingiliscə yaz.`),

  rec('chat_fa', f`لطفاً این یادداشت را برای پرونده‌ی پزشکی زندانی به شکل رسمی بازنویسی کن:
نام: علی رضایی
تاریخ تولد: ${v('pii.date_of_birth', '1365/06/21')}
شماره تماس خانواده (همسر): ${phone('+98 912 407 3815')}
شرح: درد دندان شدید از سه روز پیش، نیاز به ارجاع به دندانپزشک بیرون از زندان.`, 'Solar Hijri date of birth'),

  rec('chat_vi', f`Nhờ bạn soạn thư trả lời người ủng hộ này, giọng lịch sự:
"Tôi là Trần Thị Hồng Nhung, email ${v('pii.email', 'hongnhung.tran88@gmail.com')}, số điện thoại ${phone('+84 912 482 739')}. Tôi đã ủng hộ 2 triệu đồng cho dự án xây cầu ở Hà Giang nhưng dự án bị khóa, tôi muốn biết khi nào được hoàn tiền."`),

  rec('crew_id', f`Tolong buatkan surat pengantar untuk pengurusan ID bandara bagi pramugari baru:
Nama: Putri Ayu Lestari
Nomor paspor: ${v('pii.passport', 'C4827391')}
Tanggal lahir: ${v('pii.date_of_birth', '9 Agustus 1999')}
No. HP: ${phone('+62 812-4827-3915')}
Penempatan: Denpasar, mulai 2 Januari`),

  rec('ir_list', f`请把下面这些员工整理成表格，并写一封通知邮件，告诉他们邮箱密码已被重置：

王磊 ${v('pii.email', 'wanglei@jinghua-tech.cn')} ${phone('+86 139 4827 3915')}
刘芳 ${v('pii.email', 'liufang@jinghua-tech.cn')} ${phone('+86 138 0573 2216')}
陈志强 ${v('pii.email', 'chenzq@jinghua-tech.cn')}

邮件用中文，语气正式。`),

  rec('chat_yo', f`Ẹ jọ̀wọ́ ẹ bá mi ṣe àkópọ̀ ìbéèrè olùyọ̀ǹda ara ẹni yìí ní èdè Gẹ̀ẹ́sì:
Orúkọ: Adébáyọ̀ Ọlálékan
Nọ́mbà fóònù: ${phone('+234 803 482 7391')}
Ímeèlì: ${v('pii.email', 'adebayo.olalekan@yahoo.com')}
Ó fẹ́ ṣiṣẹ́ ní ibi ìtọ́jú àwọn ẹyẹ ní ọjọ́ Àbámẹ́ta.`),

  rec('hr_lt', f`Paruošk trumpą pristatymą naujam kokybės kontrolės inžinieriui komandai (be asmens kodo):
Vardas, pavardė: Mantas Petrauskas
Asmens kodas: ${ambCat('pii', '38906120411')}
Telefonas: ${phone('+370 612 48391')}
Pradeda: gruodžio 9 d., interferometrijos laboratorija`, 'Lithuanian personal code: no rule claims it'),

  rec('payroll', f`Hi, can you check the new starter form for the mental health nurse before I send it to payroll?

Name: Bethany Ashworth
National Insurance: ${v('pii.uk_nino', 'WS 09 23 22 D')}
Date of birth: ${v('pii.date_of_birth', '30 June 1992')}
Mobile: ${phone('07823 419 562', 'GB')}
Start: HMP Ashdown healthcare, 6 January, band 6`),

  rec('crew_pt', f`Preciso de uma carta para a embaixada para o visto de trânsito do comissário:
Nome: Edson Machava
Passaporte: ${v('pii.passport', 'AB0482917')}
Data de nascimento: ${v('pii.date_of_birth', '25/10/1993')}
Contacto: ${phone('+258 84 327 4519')}
Rota: Maputo – Joanesburgo – Lisboa, 14 de dezembro`),

  rec('kyc_gu', f`આ અભિયાન નિર્માતાનું KYC અટકી ગયું છે, કૃપા કરીને તેમને મોકલવા માટે ગુજરાતીમાં સંદેશ લખો:
નામ: હિરલ પટેલ
આધાર: ${v('pii.in_aadhaar', '4162 0798 6248')}
મોબાઇલ: ${phone('+91 99140 27365')}
ઈમેલ: ${v('pii.email', 'hiral.patel.amd@gmail.com')}
સમસ્યા: પાન કાર્ડ પરનું નામ આધાર સાથે મેળ ખાતું નથી.`),

  rec('form_sl', f`Prosim, povzemi prijavo prostovoljke za program hranjenja pingvinov:
Ime in priimek: Nika Zupančič
EMŠO: ${ambCat('pii', '1503985505129')}
Telefon: ${phone('+386 41 482 739')}
E-pošta: ${v('pii.email', 'nika.zupancic@siol.net')}
Razpoložljivost: vikendi`, 'Slovenian EMŠO: no rule claims it'),

  rec('intake', f`Correct this sentence in the nurse's note and make it a proper chart entry: "Pt states DOB as ${v('pii.date_of_birth', '11/02/1986')} (typo on the booking sheet, ID card says ${v('pii.date_of_birth', '11/20/1986')}). Denies SI/HI. BP 148/92, recheck in AM." — patient Rafael Quintero, housing unit C-4.`, 'a date under a DOB label stays a date of birth even when the text calls it a typo'),

  rec('chat_es', f`¿Me revisas este mensaje para el creador de la campaña? "Hola Iván, para completar la verificación necesitamos que nos envíes una foto de tu NIE (${v('pii.es_nie', 'X8810552B')}) por las dos caras y un justificante de domicilio. Si tienes dudas llámanos al ${phone('+34 612 48 93 07')}."`),

  rec('email_thread', f`Can you write a friendlier reply than mine?

> From: Hollie Brennan <${v('pii.email', 'hollie.brennan@outlook.com')}>
> My daughter left her backpack at the Meerkat Café yesterday, blue, with a koala keyring. My number is ${phone('0412 738 905', 'AU')}.

Hi Hollie, the backpack is at guest services. Bring ID.`),
];

