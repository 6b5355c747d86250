/**
 * Held-out batch 118: personal data in visa applications, dosimetry worker records, stadium banning
 * orders, pest-control bookings, honey-export contacts and locksmith key-holder registers. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH118_PII: DraftRecord[] = [
  rec('visa_form_en', f`Please check this Schengen C visa application summary for missing fields before I upload it:

Surname: OKAFOR   Given names: Chinonso Emmanuel
Date of birth: ${v('pii.date_of_birth', '17 August 1989')}   Place of birth: Enugu
Passport no.: ${v('pii.passport', 'A07394518')}   Issued: 02/03/2021   Expires: 01/03/2031
Mobile: ${phone('+234 803 418 2295')}
E-mail: ${v('pii.email', 'c.okafor89@gmail.com')}
Purpose: business (trade fair), 12–19 Oct`),

  rec('chat_ru', f`Помогите составить сопроводительное письмо в консульство. Данные заявителя: Смирнова Ольга Викторовна, дата рождения ${v('pii.date_of_birth', '03.11.1976')}, загранпаспорт ${v('pii.passport', '75 4821936')}, телефон ${phone('+7 916 482-17-35')}. Цель поездки — туризм, 10 дней.`),

  rec('chat_uk', f`Добрий день! Треба перекласти на англійську довідку для візи. Заявник: Коваленко Андрій Петрович, дата народження ${v('pii.date_of_birth', '21.06.1992')}, паспорт для виїзду за кордон ${v('pii.passport', 'FX482157')}, тел. ${phone('+380 67 314 2859')}.`),

  rec('chat_ar_eg', f`لو سمحت ساعدني أكتب خطاب دعوة للسفارة. المدعو: محمد عبد الرحمن السيد، تاريخ الميلاد ${v('pii.date_of_birth', '1985/04/09')}، رقم جواز السفر ${v('pii.passport', 'A23918476')}، موبايل ${phone('+20 100 482 9173')}. الزيارة لحضور معرض العسل في برلين.`),

  rec('chat_fa', f`سلام، برای وقت سفارت باید فرم را به انگلیسی پر کنم. اطلاعات: نام: سارا محمدی، تاریخ تولد: ${v('pii.date_of_birth', '1990-02-14')}، شماره گذرنامه: ${v('pii.passport', 'Z48217395')}، تلفن همراه: ${phone('+98 912 384 2716')}. لطفاً بخش «هدف سفر» را برایم بنویس.`),

  rec('chat_hi_en', f`Bhaiya, visa appointment ke liye form bhar raha hoon, ye details check kar do: Name Rahul Verma, DOB ${v('pii.date_of_birth', '11/05/1994')}, passport ${v('pii.passport', 'T4829163')}, Aadhaar ${v('pii.in_aadhaar', '2015 0211 3387')}, mobile ${phone('+91 98201 47362')}. Kuch galat to nahi?`),

  rec('chat_bn', f`আমার ভিসা আবেদনে জন্ম তারিখ ভুল এসেছে। সঠিক তথ্য: নাম তানভীর হাসান, জন্ম তারিখ ${v('pii.date_of_birth', '২৮/০২/১৯৮৭')}, পাসপোর্ট নম্বর ${v('pii.passport', 'EB0738215')}, মোবাইল ${phone('+880 1712-483916')}। দূতাবাসে সংশোধনের জন্য একটি চিঠি লিখে দিন।`),

  rec('chat_th', f`ช่วยเขียนอีเมลถึงสถานทูตเพื่อขอเลื่อนนัดยื่นวีซ่าหน่อยครับ ผู้ยื่น: นายธนากร ศรีสุข เกิดวันที่ ${v('pii.date_of_birth', '5 มีนาคม 2531')} หนังสือเดินทางเลขที่ ${v('pii.passport', 'AA4827193')} เบอร์โทร ${phone('081 482 7391', 'TH')}`),

  rec('chat_vi', f`Nhờ bạn dịch sang tiếng Anh thư xác nhận việc làm để nộp hồ sơ visa: Bà Nguyễn Thị Lan, sinh ngày ${v('pii.date_of_birth', '12/09/1983')}, hộ chiếu số ${v('pii.passport', 'C4918273')}, điện thoại ${phone('0912 483 716', 'VN')}, làm kế toán tại công ty từ 2015.`),

  rec('dose_record_fr', f`Peux-tu reformuler cette fiche pour le médecin du travail ?

Agent : M. Thierry Lambert — prestataire calorifugeage
N° de sécurité sociale : ${v('pii.fr_nir', '1 78 04 69 182 708 92')}
Date de naissance : ${v('pii.date_of_birth', '14/04/1978')}
Catégorie : A — dosimètre passif n° DP-118-0442
Dose efficace cumulée 12 mois glissants : 6,82 mSv
Tél. : ${phone('06 48 21 73 95', 'FR')}`),

  rec('dose_record_de', f`Bitte fasse für die Strahlenschutzbehörde kurz zusammen (sachlich, ohne Wertung):

Fremdfirmenmitarbeiter: Marco Heinemann, geb. ${v('pii.date_of_birth', '02.09.1981')}
Steuer-ID: ${v('pii.de_steuer_id', '90827313541')}
Strahlenpass-Nr.: SP-DE-2019-448213
Personendosis Revision 2024: Hp(10) = 3,4 mSv, Hp(0,07) Hände = 41 mSv
Mobil: ${phone('0152 37481920', 'DE')}`),

  rec('dose_csv_nl', f`Kun je uit deze export de medewerkers halen die boven 1 mSv zitten?

${amb('source_code.snippet', f`naam;bsn;geboortedatum;dosimeter;hp10_msv
J. de Vries;${v('pii.nl_bsn', '408868557')};${v('pii.date_of_birth', '1979-05-23')};TLD-5521;0,42
S. Bakker;${v('pii.nl_bsn', '835868965')};${v('pii.date_of_birth', '1990-12-02')};TLD-5522;1,37
M. El Amrani;;${v('pii.date_of_birth', '1986-07-30')};TLD-5523;0,08`)}`),

  rec('chat_it', f`Mi aiuti a compilare la richiesta di libretto personale di radioprotezione? Lavoratore: Giuseppe Bianchi, codice fiscale ${v('pii.it_codice_fiscale', 'BNCGPP82L19F205I')}, nato il ${v('pii.date_of_birth', '19/07/1982')} a Milano, cell. ${phone('+39 348 219 4573')}.`),

  rec('hr_en_gb', f`Contractor onboarding for the outage (radiation-controlled area), please turn into a checklist:
Name: Liam Fletcher
NI number: ${v('pii.uk_nino', 'JT 48 21 93 C')}
DOB: ${v('pii.date_of_birth', '08/01/1988')}
NHS number (for the occupational health referral): ${v('pii.uk_nhs_number', '354 301 6512')}
Mobile: ${phone('07823 419 562', 'GB')}`),

  rec('chat_en_us', f`Our US vendor's field engineer needs a dose history request letter. His details: Kevin Moreno, SSN ${v('pii.us_ssn', '518-42-7391')}, born ${v('pii.date_of_birth', 'March 3, 1975')}, previous NRC-licensed sites: two. Write the request to his former employer.`),

  rec('chat_fr_ca', f`Salut, peux-tu m'aider à remplir le formulaire de transfert de dose pour notre technicien? Nom : Mathieu Gagnon, NAS ${v('pii.ca_sin', '617 547 732')}, né le ${v('pii.date_of_birth', '1984-10-11')}, cell ${phone('514 829-3716', 'CA')}.`),

  rec('chat_es', f`Hola, necesito una carta para que el Consulado acepte la solicitud de mi esposa. Yo: Alberto Navarro Ruiz, DNI ${v('pii.es_dni', '54857459K')}. Ella: Daniela Cruz, NIE ${v('pii.es_nie', 'Y4817553X')}, fecha de nacimiento ${v('pii.date_of_birth', '7 de mayo de 1991')}.`),

  rec('chat_pt_br', f`Preciso de uma declaração para o visto do nosso comprador de mel. Dados: Rafael Souza Lima, CPF ${v('pii.br_cpf', '701.681.388-67')}, passaporte ${v('pii.passport', 'GK482917')}, nascido em ${v('pii.date_of_birth', '22/02/1980')}, celular ${phone('(11) 98374-2615', 'BR')}.`),

  rec('banning_order_en', f`Draft a letter to this supporter confirming the stadium banning order and the reporting conditions:

Name: Darren Pike
DOB: ${v('pii.date_of_birth', '29/11/1995')}
Address: 14 Tanner Row, Leeds LS11 5QE
Phone: ${phone('07912 483726', 'GB')}
Email: ${v('pii.email', 'dazpike95@hotmail.co.uk')}
Order: 3 years from 12/10/2024, report to police station on match days`),

  rec('security_log_es_ar', f`Che, armame un resumen del incidente de la tribuna visitante para el informe de seguridad:
Detenido: Lucas Ferreyra, DNI ${ambCat('pii', '38.417.295')} (argentino), nacido el ${v('pii.date_of_birth', '04/06/1996')}
Tel. de contacto: ${phone('+54 9 11 4827-3916')}
Hechos: ingreso de pirotecnia por el molinete 7, min 63.`, 'Argentine DNI: personal, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('csv_de', f`Welche dieser Dauerkarten-Inhaber haben noch kein Foto hochgeladen? (Spalte foto leer)

${amb('source_code.snippet', f`kd_nr,name,geburtsdatum,email,mobil,foto
DK-20418,Stefanie Krüger,${v('pii.date_of_birth', '1988-03-12')},${v('pii.email', 'steffi.krueger@web.de')},${phone('+49 160 4829173')},ok
DK-20419,Murat Yılmaz,${v('pii.date_of_birth', '1979-11-30')},${v('pii.email', 'm.yilmaz79@gmx.de')},${phone('+49 176 38201745')},
DK-20420,Johanna Brandt,${v('pii.date_of_birth', '2001-07-05')},${v('pii.email', 'jo.brandt@t-online.de')},${phone('+49 151 27493816')},`)}`),

  rec('ticket_pl', f`Zgłoszenie #4471 – wizyta deratyzacyjna
Klient: Anna Zielińska
Adres: ul. Polna 12/4, 80-243 Gdańsk
Tel.: ${phone('+48 601 482 937')}
E-mail: ${v('pii.email', 'anna.zielinska@wp.pl')}
Uwagi: szczury w piwnicy, klientka prosi o kontakt po 16:00.

Napisz krótkie potwierdzenie terminu na czwartek 10:00–12:00.`),

  rec('chat_cs', f`Ahoj, potřebuju upravit rozpis: paní Dvořáková (tel. ${phone('+420 604 281 937')}) chce přesunout postřik proti štěnicím z úterý na pátek. Adresa Vinohradská 42, Praha 2. Technik: Petr Svoboda, ${phone('+420 731 482 619')}. Napiš SMS pro oba.`),

  rec('chat_sv', f`Kan du skriva ett SMS till kunden? Det gäller saneringen av vägglöss. Kund: Erik Johansson, ${phone('070-482 19 37', 'SE')}, ${v('pii.email', 'erik.johansson@telia.com')}. Tiden flyttas till onsdag 08:00.`),

  rec('chat_fi', f`Hei, kirjoita asiakkaalle vahvistusviesti tuholaistorjunnan käynnistä. Asiakas: Mikko Virtanen, puh. ${phone('040 482 9173', 'FI')}, sähköposti ${v('pii.email', 'mikko.virtanen@elisanet.fi')}, osoite Hämeenkatu 18 B 12, Tampere.`),

  rec('keyholder_register_de_ch', f`Schlüsselquittungsliste Objekt Bahnhofstrasse 31, bitte als Tabelle formatieren:

Schlüssel-Nr. G1-07 – Frau Regula Meier, Hauswartin, ${phone('079 482 17 36', 'CH')}, ${v('pii.email', 'r.meier@hausverwaltung-limmat.ch')}
Schlüssel-Nr. G1-08 – Herr Beat Studer, Geschäftsführer Bäckerei, ${phone('044 381 72 94', 'CH')}
Schlüssel-Nr. G2-01 – Notfall-Depot Feuerwehr (kein Kontakt)`),

  rec('chat_el', f`Γεια σας, θέλω να στείλω στον πελάτη επιβεβαίωση για την αλλαγή κλειδαριάς ασφαλείας. Πελάτης: Νίκος Παπαδόπουλος, κινητό ${phone('694 821 7356', 'GR')}, email ${v('pii.email', 'n.papadopoulos@otenet.gr')}. Ραντεβού Πέμπτη 11:00.`),

  rec('chat_he', f`תכתוב לי בבקשה מייל ללקוח לגבי התקנת מערכת בקרת כניסה במשרד. הלקוח: אבי כהן, טלפון ${phone('052-481-7396', 'IL')}, מייל ${v('pii.email', 'avi.cohen@bezeqint.net')}. ההתקנה ביום ראשון בשעה 9:00.`),

  rec('chat_tr', f`Merhaba, bal ihracatında Almanya'daki alıcıyla görüşmem lazım. İletişim bilgilerini özgeçmiş formatında düzenler misin? Ad: Ayşe Demir, doğum tarihi ${v('pii.date_of_birth', '18.04.1987')}, cep: ${phone('0532 481 73 96', 'TR')}, e-posta: ${v('pii.email', 'ayse.demir@bal-koop.com.tr')}.`),

  rec('signature_ro', f`Cu stimă,

Ioana Popescu
Responsabil export – Cooperativa Apicolă Mierea Carpaților
Tel. ${phone('+40 722 481 936')}
${v('pii.email', 'ioana.popescu@mierea-carpatilor.ro')}

Poți traduce semnătura în engleză pentru clienții din UK?`),

  rec('chat_ko', f`안녕하세요, 꿀 수입 담당자에게 보낼 연락처 카드를 만들어 주세요. 이름: 김지현, 생년월일: ${v('pii.date_of_birth', '1986년 4월 12일')}, 휴대폰: ${phone('010-4827-3916', 'KR')}, 이메일: ${v('pii.email', 'jihyun.kim@naver.com')}`),

  rec('chat_zh_tw', f`請幫我把這位門禁系統客戶的資料整理成表格：王建明，出生日期 ${v('pii.date_of_birth', '1978年9月23日')}，手機 ${phone('0912-483-716', 'TW')}，電子郵件 ${v('pii.email', 'jm.wang@hinet.net')}，地址：台北市信義區松仁路 88 號 7 樓。`),

  rec('chat_ja', f`在留資格の証明書類の確認をお願いします。申請者：佐藤 健一、生年月日：${v('pii.date_of_birth', '1984年2月7日')}、旅券番号：${v('pii.passport', 'TK4829173')}、携帯：${phone('090-4827-3916', 'JP')}。大使館への提出前に不足がないか見てください。`),

  rec('chat_hy', f`Խնդրում եմ օգնել գրել նամակ հյուպատոսությանը վիզայի ժամկետը երկարացնելու համար։ Դիմող՝ Արամ Հովհաննիսյան, ծննդյան ամսաթիվ՝ ${v('pii.date_of_birth', '15.03.1991')}, անձնագիր՝ ${v('pii.passport', 'AT0482917')}, հեռախոս՝ ${phone('+374 91 482735')}։`),

  rec('chat_am', f`ሰላም፣ ለኤምባሲ የቪዛ ማመልከቻ ደብዳቤ እንድትጽፍልኝ እፈልጋለሁ። ስም፦ ሄኖክ ተስፋዬ፣ የትውልድ ቀን፦ ${v('pii.date_of_birth', '12/07/1990')}፣ የፓስፖርት ቁጥር፦ ${v('pii.passport', 'EP4829173')}፣ ስልክ፦ ${phone('+251 911 482 739')}።`),

  rec('app_log', f`${amb('source_code.snippet', f`2024-10-05T18:42:11Z WARN gate-svc entry_denied ticket=T-88213-C14 reason=banned_person match_score=0.97 holder="Darren Pike" holder_dob=${v('pii.date_of_birth', '1995-11-29')} turnstile=N4-07 client_ip=${amb('pii.ip_address', '172.20.40.57')}
2024-10-05T18:42:15Z INFO gate-svc steward_alert sent_to=${amb('pii.phone', '+447700900418')} status=queued`)}

why does the steward alert go to a 07700 number? that looks like a test number`, 'the alert number is in Ofcom\'s drama range: ambiguous'),
];
