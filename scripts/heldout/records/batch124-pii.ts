/**
 * Held-out batch 124: personal data in permit and financing forms, client files, mosque registrations and
 * trip lists, union legal-aid cases, lobbying contact lists and bus lost-and-found logs. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH124_PII: DraftRecord[] = [
  rec('form', f`Can you turn this into a clean summary for the financing partner? Don't change the numbers.

SOLAR LOAN PRE-QUALIFICATION — SunRidge by Sonnfirst
Applicant: Dale R. Whitaker
SSN: ${v('pii.us_ssn', '412-73-9581')}
Date of birth: ${v('pii.date_of_birth', '03/17/1971')}
Email: ${v('pii.email', 'dale.whitaker71@gmail.com')}
Cell: ${phone('(614) 382-7195', 'US')}
Annual household income: $118,400
System: 9.46 kW, 22 panels, est. $27,300`),

  rec('form_de', f`Bitte prüfe, ob die Angaben für die Anmeldung im Marktstammdatenregister vollständig sind:

Anlagenbetreiberin: Sabine Kröger
Geburtsdatum: ${v('pii.date_of_birth', '14.06.1979')}
Steuerliche Identifikationsnummer: ${v('pii.de_steuer_id', '47192358610')}
Anschrift: Lindenweg 7, 25813 Husum
Telefon: ${phone('04841 8293716', 'DE')}
E-Mail: ${v('pii.email', 's.kroeger@t-online.de')}
Inbetriebnahme: 21.02.2025, 8,8 kWp, Speicher 10 kWh`),

  rec('chat_nl', f`Klant belde over de subsidieaanvraag voor zijn thuisbatterij. Kun je een korte bevestiging opstellen? Gegevens: Pieter van Dalen, BSN ${v('pii.nl_bsn', '284719365')}, geboren ${v('pii.date_of_birth', '2 september 1968')}, tel. ${phone('06 48291736', 'NL')}.`),

  rec('crm_export', f`Merge duplicates in this permit-contact export please (same person, different spellings):

${amb('source_code.snippet', f`contact_id;name;email;phone;municipality
C-2201;Joanne McAllister;${v('pii.email', 'jo.mcallister@btinternet.com')};${phone('07823 614902', 'GB')};Stockport
C-2245;Jo McAllister;${v('pii.email', 'jo.mcallister@btinternet.com')};${phone('+44 7823 614902')};Stockport MBC
C-2307;Graham Peel;${v('pii.email', 'g.peel@stockport-planning.gov.uk')};${phone('0161 496 2283', 'GB')};Stockport`)}`),

  rec('ticket_es_mx', f`Ticket #8812 — Reagendar visita de instalación
Cliente: Rosa Elena Villarreal
Correo: ${v('pii.email', 'rosaelena.villarreal@hotmail.com')}
Tel: ${phone('33 1827 4916', 'MX')}
Dirección: Av. Chapultepec 1280, Guadalajara

"Buenas tardes, el martes no voy a estar, ¿pueden venir el jueves en la mañana? Gracias."

Redacta una respuesta confirmando jueves 9:00–11:00.`),

  rec('client_file_fr', f`Peux-tu faire une fiche client propre à partir de ces notes en vrac ?

Mme Hélène Marchetti — appart. haussmannien, bd Voltaire, 4e étage sans ascenseur
port. ${phone('06 71 48 29 35', 'FR')} / ${v('pii.email', 'helene.marchetti@orange.fr')}
budget salon + bureau : 25–30 k€, aime le vert sauge, allergique à la laine
chantier possible à partir du 10 mars`),

  rec('chat_ko', f`고객 정보 정리 좀 부탁드려요. 카톡으로 받은 거라 엉망이에요.
이름: 박서연 / 연락처 ${phone('010-4829-1736', 'KR')} / 이메일 ${v('pii.email', 'seoyeon.park@naver.com')}
현장: 성수동 아파트 32평, 거실+주방 리모델링
희망 일정: 4월 말 착공
표 형식으로 만들어 주세요.`),

  rec('chat_ja', f`以下の内容で、お客様への打ち合わせ確認メールを作成してください。
お名前：佐藤 美咲 様
電話：${phone('090-4829-1736', 'JP')}
メール：${v('pii.email', 'misaki.sato@docomo.ne.jp')}
日時：3月8日（土）14:00、ショールームにて
内容：ダイニングの照明とカーテンの最終確認`),

  rec('form_ur', f`براہ کرم نکاح رجسٹریشن فارم کا انگریزی ترجمہ کر دیں:
دولہا: محمد عمران خان، تاریخ پیدائش ${v('pii.date_of_birth', '12-04-1994')}، پاسپورٹ نمبر ${v('pii.passport', 'AB4829173')}
دلہن: عائشہ بی بی، تاریخ پیدائش ${v('pii.date_of_birth', '27-09-1997')}
رابطہ نمبر: ${phone('+92 321 4829173')}
گواہان: حافظ عبدالرحمٰن، جناب طارق محمود
نکاح کی تاریخ: 15 مارچ 2025، بعد نماز عصر`),

  rec('trip_list_id', f`Tolong rapikan daftar jamaah umrah rombongan Maret ini jadi tabel, urut berdasarkan nama:

1. Siti Nurhaliza binti Ahmad — paspor ${v('pii.passport', 'C1847293')} — lahir ${v('pii.date_of_birth', '05-11-1962')} — HP ${phone('0812-4829-1736', 'ID')}
2. Bambang Sutrisno — paspor ${v('pii.passport', 'C2938475')} — lahir ${v('pii.date_of_birth', '19-02-1958')} — HP ${phone('+62 812-4829-1736')}
3. Dewi Rahmawati — paspor ${v('pii.passport', 'C3049182')} — lahir ${v('pii.date_of_birth', '30-07-1975')}

Catatan: no. 1 dan 2 suami istri, satu HP.`),

  rec('form_bn', f`আসসালামু আলাইকুম, হজ্জ নিবন্ধনের এই তথ্যগুলো ইংরেজিতে একটা ফর্মের মতো সাজিয়ে দিন:
নাম: মোঃ রফিকুল ইসলাম
জন্ম তারিখ: ${v('pii.date_of_birth', '০৮/০৩/১৯৬৫')}
পাসপোর্ট নম্বর: ${v('pii.passport', 'EB0482917')}
মোবাইল: ${phone('+880 1712-482917')}
নমিনি: ছেলে, মোঃ সাকিব ইসলাম`, 'date of birth written in Bengali digits'),

  rec('chat_tr', f`Cami derneği üyelik formundaki bilgileri e-postaya dönüştürür müsün?
Ad Soyad: Emine Yıldırım
Doğum tarihi: ${v('pii.date_of_birth', '22.01.1983')}
Telefon: ${phone('0532 482 91 73', 'TR')}
E-posta: ${v('pii.email', 'emine.yildirim83@gmail.com')}
Kurs: Kadınlar Kur'an kursu (Salı akşamları)`),

  rec('chat_so', f`Fadlan ii turjun warqaddan af Ingiriis:
"Magaca ardayga: Cabdiraxmaan Maxamed Cali. Taariikhda dhalashada: ${v('pii.date_of_birth', '14/08/2013')}. Waalidka: Hodan Cali, taleefan ${phone('+252 61 5482917')}. Fasalka Quraanka ee Sabtida."`),

  rec('email', f`Hi, can you help me reply to this? It's from a member asking about legal-aid cover.

From: Kieran Doyle <${v('pii.email', 'kieran.doyle@outlook.com')}>
Subject: Injury at the depot – union support?

Hi, I'm member 481-207. I slipped on the ramp at Stoke depot on 3 Feb and I've been signed off. My NI number is ${v('pii.uk_nino', 'JT 48 27 19 C')} and NHS number ${v('pii.uk_nhs_number', '943 817 2653')} in case you need them for the claim. Best number is ${phone('07823 614902', 'GB')}.
Thanks, Kieran`),

  rec('legal_fr', f`Peux-tu résumer ce dossier d'accident du travail pour l'avocate du syndicat ?

Adhérent : M. Karim Benhaddou
N° de sécurité sociale : ${v('pii.fr_nir', '1 84 08 69 123 047 62')}
Né le ${v('pii.date_of_birth', '11/08/1984')} à Lyon
Employeur : TransLyon Services, conducteur receveur
Accident : 27/01/2025, chute dans la cabine lors d'un freinage d'urgence
Arrêt de travail : jusqu'au 28/03/2025`),

  rec('caf_it', f`Mi aiuti a preparare la lista dei documenti per la pratica al patronato? Iscritta: Giulia Bianchi, codice fiscale ${v('pii.it_codice_fiscale', 'BNCGLI82T52H501X')}, nata a Roma il ${v('pii.date_of_birth', '12/12/1982')}, cell. ${phone('347 829 1635', 'IT')}. Richiesta: NASpI dopo licenziamento per chiusura del magazzino.`),

  rec('chat_es', f`Necesito una carta para la asesoría jurídica del sindicato. Afiliados afectados por el ERE:
- Laura Gómez Ortega, DNI ${v('pii.es_dni', '48392716A')}
- Andrei Popescu, NIE ${v('pii.es_nie', 'Y4827163Y')}
Ambos en el centro de Getafe. Que la carta solicite cita con la abogada antes del 15.`),

  rec('chat_pt_br', f`Oi, me ajuda a montar a procuração para o advogado do sindicato? Filiado: João Victor Nascimento, CPF ${v('pii.br_cpf', '529.184.370-50')}, nascido em ${v('pii.date_of_birth', '04/10/1990')}, celular ${phone('(11) 98472-3615', 'BR')}. Ação trabalhista contra a Transportes Paulista, horas extras não pagas.`),

  rec('chat_en_in', f`Please draft a reply to this union member, he wants to update his details for the welfare fund:
"Sir, my Aadhaar is ${v('pii.in_aadhaar', '7392 0481 5629')} and my new mobile is ${phone('98482 91736', 'IN')}. Kindly update before the March disbursement. — Suresh Kumar, Ambattur depot"`),

  rec('form_fr_ca', f`Peux-tu vérifier que le formulaire d'adhésion est complet avant que je l'envoie au local 417?
Nom : Gabriel Lévesque-Roy
NAS : ${v('pii.ca_sin', '528 193 741')}
Date de naissance : ${v('pii.date_of_birth', '1988-05-23')}
Cell : ${phone('(438) 271-4096', 'CA')}
Courriel : ${v('pii.email', 'gab.levesqueroy@videotron.ca')}
Employeur : Autobus Laurentides inc.`),

  rec('csv', f`Dedupe this list of MEP office contacts and tell me which committees we have nobody in:

${amb('source_code.snippet', f`name,role,committee,email,phone
Anneke Vermeulen,APA,ENVI,${v('pii.email', 'anneke.vermeulen@europarl.europa.eu')},${phone('+32 2 284 71 93')}
Tomasz Wróbel,Policy advisor,ITRE,${v('pii.email', 'tomasz.wrobel@europarl.europa.eu')},${phone('+32 475 38 29 16')}
Lucía Serrano,APA,IMCO,${v('pii.email', 'lucia.serrano@europarl.europa.eu')},${phone('+33 3 88 17 42 96')}
Anneke Vermeulen,APA,ENVI,${v('pii.email', 'a.vermeulen@europarl.europa.eu')},`)}`),

  rec('chat_de', f`Kannst du mir aus der Visitenkarte einen Kontakt im vCard-Format machen?
Dr. Friederike Albrecht
Referentin Energiepolitik, Bundesverband Wärme
Mobil ${phone('+49 176 38291745')}
${v('pii.email', 'f.albrecht@bv-waerme.de')}`),

  rec('chat_sv', f`Kan du göra ett snyggt jourschema för vecka 9 av det här? Förarna som kan ta extrapass:
Mikael Holm ${phone('070-482 91 73', 'SE')}
Fatima Said ${phone('+46 70 482 91 73')}
Jonas Ek — har inte lämnat nummer, sms:a via gruppen`),

  rec('lostfound_ru', f`Переведи, пожалуйста, на английский запись из журнала находок, иностранец спрашивал:

Находка № 2025-0219: загранпаспорт РФ ${v('pii.passport', '75 4829173')} на имя Соколова Анна Игоревна, дата рождения ${v('pii.date_of_birth', '09.03.1991')}. Найден в автобусе № 117, 19.02.2025. Владелица оставила телефон: ${phone('+7 925 382-17-46')}.`),

  rec('lostfound_de', f`Fundsache Bus 42 (Depot Husum), bitte als kurze SMS an den Eigentümer formulieren:
Personalausweis + Reisepass (Nr. ${v('pii.passport', 'C4J8X2R71')}), Inhaber Tobias Hansen, geb. ${v('pii.date_of_birth', '30.11.1996')}
Handy laut Fundbericht: ${phone('0171 4829 3715', 'DE')}
Abholung im Kundencenter Mo–Fr 7–18 Uhr`),

  rec('log', f`Why did this customer get two ticket receipts? Log from the web shop:

${amb('source_code.snippet', f`2025-02-11T07:42:19Z INFO  checkout  order=CL-8842913 email=${v('pii.email', 'maria.oconnell@eircom.net')} product=weekly-zone-AB ip=${amb('pii.ip_address', '86.43.117.209')}
2025-02-11T07:42:21Z INFO  receipt   order=CL-8842913 sent_to=${v('pii.email', 'maria.oconnell@eircom.net')}
2025-02-11T07:42:58Z INFO  checkout  order=CL-8842927 email=${v('pii.email', 'maria.oconnell@eircom.net')} product=weekly-zone-AB ip=${amb('pii.ip_address', '86.43.117.209')}`)}`),

  rec('chat_ka', f`გთხოვ, ეს ინფორმაცია ინგლისურად თარგმნე, დაკარგული ნივთის შესახებ:
"ავტობუს 37-ში დამრჩა შავი ზურგჩანთა ლეპტოპით. სახელი: ნინო ბერიძე, ტელეფონი ${phone('+995 555 48 29 17')}, ელფოსტა ${v('pii.email', 'nino.beridze@gmail.com')}."`),

  rec('chat_hy', f`Խնդրում եմ, կազմիր կարճ պատասխան այս ուղևորին․ «Բարև Ձեզ, երեկ 14 երթուղու ավտոբուսում մոռացել եմ հովանոցս։ Իմ անունը Անի Պետրոսյան է, հեռախոսս՝ ${phone('+374 91 482917')}»։ Ասա, որ կարող է վերցնել գրասենյակից։`),

  rec('chat_am', f`እባክህ ይህንን የአባል መረጃ በእንግሊዝኛ ቅጽ አዘጋጅልኝ፦
ስም፦ ሰላማዊት ተስፋዬ
የትውልድ ቀን፦ ${v('pii.date_of_birth', '12/05/1990')}
ስልክ፦ ${phone('+251 91 148 2917')}
ኢሜይል፦ ${v('pii.email', 'selamawit.tesfaye@yahoo.com')}
የሥራ ቦታ፦ ቦሌ የአውቶቡስ ዴፖ`),

  rec('chat_sw', f`Tafadhali andika barua pepe fupi ya kumkaribisha mwanachama mpya: Bw. Juma Mwinyi, simu ${phone('0754 482 917', 'TZ')}, barua pepe ${v('pii.email', 'juma.mwinyi@gmail.com')}. Ameajiriwa kama dereva wa basi Dar es Salaam.`),

  rec('chat_th', f`ช่วยสรุปข้อมูลลูกค้ารายนี้เป็นตารางหน่อยค่ะ คุณวรรณา ศรีสุข วันเกิด ${v('pii.date_of_birth', '17 ก.ค. 2528')} เบอร์โทร ${phone('081 482 9173', 'TH')} อีเมล ${v('pii.email', 'wanna.srisuk@hotmail.co.th')} งานตกแต่งคอนโดย่านอารีย์ 2 ห้องนอน`, 'Thai Buddhist-era birth year (2528 = 1985)'),

  rec('chat_he', f`תוכל לסדר לי את פרטי הקשר של העוזרת הפרלמנטרית לטבלה? שירה כהן, טלפון ${phone('052-482-9173', 'IL')}, מייל ${v('pii.email', 'shira.cohen@knesset.gov.il')}, ועדת הכלכלה. היא ביקשה שנתאם פגישה לפני הדיון על תחבורה ציבורית.`),

  rec('chat_fa', f`لطفاً این مشخصات مشتری را به صورت جدول دربیاور: خانم مریم احمدی، تلفن همراه ${phone('0912 482 9173', 'IR')}، ایمیل ${v('pii.email', 'maryam.ahmadi@yahoo.com')}، پروژه: طراحی داخلی آپارتمان در زعفرانیه، بودجه حدود ۹۰۰ میلیون تومان.`),

  rec('chat_vi', f`Bạn tóm tắt giúp mình thông tin khách hàng này thành một đoạn ngắn để gửi đội khảo sát mái nhà nhé: anh Nguyễn Văn Hùng, SĐT ${phone('0912 482 917', 'VN')}, email ${v('pii.email', 'hung.nguyen@gmail.com')}, nhà 3 tầng ở Thủ Đức, muốn lắp 6 kWp.`),

  rec('chat_hr', f`Možeš li mi ovo složiti kao službeni zapis za pravnu službu sindikata? Član: Ivana Kovačević, datum rođenja ${v('pii.date_of_birth', '03.05.1987')}, mob. ${phone('091 482 9173', 'HR')}, e-mail ${v('pii.email', 'ivana.kovacevic@net.hr')}. Prijavljuje neisplaćene prekovremene sate za siječanj.`),

  rec('chat_sr', f`Преведи на енглески, молим те: „Изгубљена торба у аутобусу линије 26, власник Марко Петровић, телефон ${phone('064 4829173', 'RS')}. Торба садржи лаптоп и личну карту.“`),

  rec('chat_uk', f`Склади, будь ласка, лист для юридичного відділу профспілки: член профспілки Олена Ковальчук, дата народження ${v('pii.date_of_birth', '21.08.1985')}, телефон ${phone('067 482 9173', 'UA')}, звільнена без попередження 10.02.2025.`),
];
