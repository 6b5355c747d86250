/**
 * Held-out batch 120: personal data in payroll onboarding, candidate files, crew-change lists,
 * porting requests, wedding bookings and biobank consent records, in many languages. Hand-written.
 */
import { f, phone, rec, v, type DraftRecord } from '../dsl';

const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);
const pass = (s: string) => v('pii.passport', s);

export const BATCH120_PII: DraftRecord[] = [
  // de — tax payroll onboarding
  rec('form_de', f`Personalfragebogen (Auszug) – Mandant Bäckerei Holzner GmbH
Name: Lukas Brandl
Geburtsdatum: ${dob('17.08.1994')}
Steuer-ID: ${v('pii.de_steuer_id', '78156234300')}
Steuerklasse: I
Handy: ${phone('0152 28473910', 'DE')}
E-Mail: ${mail('lukas.brandl94@gmx.de')}

Bitte prüf, ob für die Anmeldung bei der Krankenkasse noch etwas fehlt.`),

  // fr — payroll: NIR
  rec('chat_fr', f`Peux-tu me rédiger la DPAE pour la nouvelle aide-comptable ? Infos : Claire Vasseur, née le ${dob('23/11/1991')} à Châteauroux, n° de sécu ${v('pii.fr_nir', '2 91 11 36 291 133 41')}, embauche en CDI le 3 mars, 35 h.`, 'NIR written in the usual grouped form'),

  // it — CF for payroll
  rec('email_it', f`Buongiorno dott. Ferri,
le invio i dati della nuova dipendente per l'assunzione:
Giulia Marino, codice fiscale ${v('pii.it_codice_fiscale', 'MRNGLI85T52H501L')}, nata a Roma il ${dob('12/12/1985')}, cell. ${phone('338 274 1956', 'IT')}.
Contratto commercio, livello 4, part-time 30 ore.
Cordiali saluti

Riassumimi i dati in una tabella per il gestionale.`),

  // es — DNI for staffing contract
  rec('chat_es', f`Necesito el contrato de puesta a disposición para un mozo de almacén: Javier Ortega Ruiz, DNI ${v('pii.es_dni', '25135825E')}, teléfono ${phone('612 847 309', 'ES')}, incorporación lunes en la plataforma logística de Getafe.`),

  // es — NIE for foreign worker
  rec('chat_es', f`Hola, la trabajadora rumana que ponemos en la campaña de la fresa tiene NIE ${v('pii.es_nie', 'Y4902678N')}. ¿Qué documentos le tengo que pedir además para darla de alta en la Seguridad Social?`),

  // pt-BR — staffing: CPF
  rec('chat_pt_br', f`Preciso de uma ficha de admissão pro temporário do Natal: Rafael Souza Lima, CPF ${v('pii.br_cpf', '354.301.651-23')}, nascido em ${dob('04/06/2001')}, celular ${phone('(21) 98734-2615', 'BR')}. Vai trabalhar no CD de Duque de Caxias.`),

  // nl — biobank: BSN on consent
  rec('form_nl', f`Toestemmingsformulier Biobank Lindenhof – overname in EPD
Naam deelnemer: mevr. A. de Groot-Visser
BSN: ${v('pii.nl_bsn', '656812965')}
Geboortedatum: ${dob('02-03-1958')}
Toestemming: opslag lichaamsmateriaal ja / hergebruik voor ander onderzoek ja / terugkoppeling toevalsbevindingen nee

Kun je hier een korte samenvatting van maken voor de onderzoeksverpleegkundige?`),

  // fr-QC — staffing: SIN
  rec('chat_fr_qc', f`Allô, j'ai besoin d'une lettre d'embauche pour un travailleur temporaire à l'entrepôt de Laval. Nom : Kevin Gagnon, NAS ${v('pii.ca_sin', '433 478 377')}, cell ${phone('514 827-4402', 'CA')}. Il commence lundi de nuit.`),

  // en-US — staffing I-9
  rec('email', f`Hi team,
For the I-9 audit, Dana Whitfield's file is missing page 2. Details we have on record:
DOB ${dob('09/14/1989')}, SSN ${v('pii.us_ssn', '512-38-4067')}, cell ${phone('(614) 382-7190', 'US')}, ${mail('dana.whitfield89@outlook.com')}.
Can someone at the Dublin branch re-scan?

Rewrite this as a checklist for the branch managers.`),

  // en-GB — payroll NINO
  rec('chat', f`Starter checklist for a new client employee, please double check I've got everything for the FPS: Priya Chandran, NI number ${v('pii.uk_nino', 'JR 41 72 93 C')}, DOB ${dob('30/01/1997')}, starter declaration B, student loan plan 2.`),

  // en-GB — biobank: NHS number
  rec('email', f`Subject: Sample withdrawal request

Dear Biobank team,
Participant BB-UK-004187 (NHS no. ${v('pii.uk_nhs_number', '812 645 1432')}) has asked for her samples to be destroyed and her data removed. She called on ${phone('07911 238504', 'GB')}.
Please confirm the procedure.

Help me draft the acknowledgement letter to the participant.`),

  // hi-en — staffing Aadhaar
  rec('chat_hi_en', f`Candidate ka Aadhaar ${v('pii.in_aadhaar', '8782 7259 1725')} hai aur mobile ${phone('98284 73916', 'IN')}. Offer letter mein address Pune wala daalna hai. Ek formal offer letter bana do warehouse associate ke liye, joining 1 April.`),

  // nb — platform: POB list
  rec('table_nb', f`POB-liste helikopter NV-214, Flesland → Skarvbakken Alpha, 18.03
Navn | Født | Pass | Telefon
Øyvind Hals | ${dob('11.04.1979')} | ${pass('FH4827391')} | ${phone('+47 926 41 083')}
Marit Lunde | ${dob('27.09.1990')} | ${pass('FJ1938462')} | ${phone('+47 481 20 377')}
Tomasz Wróbel | ${dob('05.02.1985')} | ${pass('EY7310294')} | ${phone('+48 512 384 927')}

Lag en kort melding til kateringen om antall personer og spesialkost (1 glutenfri).`),

  // pl — staffing CV
  rec('cv_pl', f`CV – Agnieszka Wójcik
Data urodzenia: ${dob('14.07.1992')}
Tel.: ${phone('+48 601 284 739')}
E-mail: ${mail('a.wojcik.logistyka@wp.pl')}
Doświadczenie: 6 lat jako kierownik zmiany w magazynie wysokiego składowania

Zrób z tego anonimowy profil kandydata dla klienta (bez danych kontaktowych).`),

  // ru — platform crew change: passport
  rec('chat_ru', f`Нужно письмо в агентство для оформления визы на смену экипажа. Данные: Сергей Викторович Мельников, дата рождения ${dob('21.05.1983')}, загранпаспорт ${pass('75 2847391')}, вылет из Мурманска 02.04. Напиши по-английски, официально.`),

  // ar — telecom porting request
  rec('ticket_ar', f`طلب نقل رقم #MNP-55102
الاسم: خالد عبد الرحمن الدوسري
الرقم المراد نقله: ${phone('+966 55 284 7391')}
رقم التواصل البديل: ${phone('+966 50 731 9024')}
البريد الإلكتروني: ${mail('k.aldosari@hotmail.com')}
الحالة: مرفوض – اسم صاحب الرقم لا يطابق

اكتب رداً مهذباً للعميل يشرح سبب الرفض.`),

  // fa — wedding: bride contact
  rec('chat_fa', f`لطفاً یک پیام تأیید رزرو تالار برای عروس خانم بنویس: نام: نگار رحیمی، تلفن همراه ${phone('+98 912 284 7391')}، ایمیل ${mail('negar.rahimi.wed@gmail.com')}، تاریخ مراسم ۲۵ خرداد، تعداد مهمان ۱۸۰ نفر.`),

  // th — wedding couple
  rec('chat_th', f`ช่วยร่างอีเมลยืนยันการจองงานแต่งให้คุณปิยะพงษ์และคุณวรรณิศาหน่อยค่ะ เบอร์ติดต่อ ${phone('081 284 7391', 'TH')} อีเมล ${mail('piyapong.w@hotmail.co.th')} งานวันที่ 14 กุมภาพันธ์ 2569 แขก 250 ท่าน`),

  // vi — wedding
  rec('chat_vi', f`Soạn giúp mình tin nhắn xác nhận thực đơn cho cô dâu Trần Ngọc Anh, SĐT ${phone('0912 847 391', 'VN')}, tiệc cưới 30 bàn ngày 12/10, có 2 bàn chay.`),

  // ko — telecom porting
  rec('chat_ko', f`번호이동 신청이 계속 반려돼서 고객 응대 문구가 필요해요. 고객: 박지훈, 이동 번호 ${phone('010-2847-3916', 'KR')}, 생년월일 ${dob('1988.03.17')}, 기존 통신사 미납요금 때문에 반려된 상황입니다.`),

  // ja — biobank donor contact
  rec('chat_ja', f`バイオバンクの検体提供者への再同意の案内状を作ってください。宛先：佐藤 恵美 様、生年月日 ${dob('1966年9月3日')}、電話 ${phone('090-2847-3916', 'JP')}。前回の同意は2015年です。`),

  // zh-TW — staffing candidate
  rec('chat_zh_tw', f`幫我把這位應徵者的資料整理成推薦信：林怡君，出生日期 ${dob('1993/08/21')}，手機 ${phone('0912 847 391', 'TW')}，Email ${mail('yichun.lin93@gmail.com')}，應徵物流中心主管。`),

  // tr — SIM swap fraud
  rec('ticket_tr', f`SIM değişikliği şüphesi – vaka 2025/0412
Abone: Emre Yıldız, doğum tarihi ${dob('08.12.1990')}
Hat: ${phone('0532 284 73 91', 'TR')}
Bildirim e-postası: ${mail('emre.yildiz90@gmail.com')}
Bayide kimlik fotokopisiyle yeni SIM alınmış, abone bilgisi yok diyor.

Aboneye gönderilecek bilgilendirme metnini yazar mısın?`),

  // el — biobank participant
  rec('chat_el', f`Γράψε μου μια ευγενική υπενθύμιση για αιμοληψία παρακολούθησης στον συμμετέχοντα της βιοτράπεζας: Νικόλαος Παπαδάκης, ημ. γέννησης ${dob('19/02/1961')}, κινητό ${phone('694 284 7391', 'GR')}, ραντεβού Τρίτη 9:00.`),

  // he — tax advisory client
  rec('chat_he', f`תנסח בבקשה מייל ללקוח חדש של מחלקת השכר: משה לוי, טלפון ${phone('052-284-7391', 'IL')}, מייל ${mail('moshe.levi.biz@gmail.com')}. צריך לבקש ממנו טופס 101 חתום לכל עובד עד ה-10 לחודש.`),

  // bn — staffing overseas worker
  rec('chat_bn', f`একজন প্রার্থীর জন্য ভিসা প্রসেসিং এর চেকলিস্ট বানাও: নাম মোঃ রফিকুল ইসলাম, পাসপোর্ট নম্বর ${pass('EB0284739')}, জন্ম তারিখ ${dob('15/03/1995')}, মোবাইল ${phone('01712-847391', 'BD')}।`),

  // ta — staffing candidate
  rec('chat_ta', f`இந்த வேட்பாளருக்கு நேர்காணல் அழைப்பு மின்னஞ்சல் எழுதவும்: பெயர் கார்த்திக் சுப்பிரமணியன், மொபைல் ${phone('+91 94440 28473')}, மின்னஞ்சல் ${mail('karthik.subbu@yahoo.co.in')}, பிறந்த தேதி ${dob('22-07-1996')}.`),

  // ur — platform: passport for visa letter
  rec('chat_ur', f`آف شور پلیٹ فارم پر نئے ویلڈر کے لیے ویزا سپورٹ لیٹر لکھ دیں۔ نام: عمران احمد، پاسپورٹ نمبر ${pass('AB4827391')}، تاریخ پیدائش ${dob('03-10-1987')}، موبائل ${phone('0300 2847391', 'PK')}۔`),

  // ka — telecom customer
  rec('chat_ka', f`დამეხმარე მომხმარებლისთვის პასუხის დაწერაში: ნინო ბერიძე, ნომერი ${phone('599 28 47 39', 'GE')}, ითხოვს ნომრის გადატანას სხვა ოპერატორთან, მაგრამ ხელშეკრულება ჯერ არ ამოწურულა.`),

  // hy — wedding
  rec('chat_hy', f`Խնդրում եմ գրել հաստատման նամակ հարսանեկան սրահի ամրագրման համար։ Փեսա՝ Արամ Հովհաննիսյան, հեռ. ${phone('+374 91 284739')}, էլ. փոստ ${mail('aram.hovh@mail.ru')}, միջոցառումը՝ հունիսի 21-ին, 120 հյուր։`),

  // am — staffing worker
  rec('chat_am', f`ለዚህ ሰራተኛ የስራ ውል ረቂቅ አዘጋጅልኝ፦ ስም ሰላማዊት ታደሰ፣ የትውልድ ቀን ${dob('12/05/1998')}፣ ስልክ ${phone('+251 91 128 4739')}፣ ፓስፖርት ቁጥር ${pass('EP4827391')}።`),

  // sw — platform Kenyan contractor
  rec('chat_sw', f`Naomba uandike barua ya kumkaribisha fundi mpya kwenye jukwaa la mafuta: Juma Otieno, simu ${phone('0722 847 391', 'KE')}, barua pepe ${mail('juma.otieno@gmail.com')}, anaanza zamu ya wiki mbili tarehe 5 Mei.`),

  // uk — staffing Ukrainian worker
  rec('chat_uk', f`Потрібно заповнити анкету для працевлаштування в Польщі: Олена Коваленко, дата народження ${dob('09.11.1991')}, закордонний паспорт ${pass('FX482739')}, телефон ${phone('+380 67 284 7391')}. Переклади, будь ласка, поля анкети польською.`),

  // sr — telecom porting (Cyrillic)
  rec('chat_sr', f`Напиши одговор кориснику да је пренос броја ${phone('064 2847391', 'RS')} заказан за петак између 01 и 05 часова и да ће током тог времена бити без сигнала. Корисник: Марко Јовановић, ${mail('marko.jovanovic@gmail.com')}.`),

  // id — staffing
  rec('chat_id', f`Tolong buatkan surat penempatan kerja untuk: Dewi Lestari, tanggal lahir ${dob('17-08-1995')}, HP ${phone('0812-8473-9160', 'ID')}, email ${mail('dewi.lestari95@yahoo.co.id')}, penempatan di gudang Cikarang mulai 1 Juni.`),

  // fi — biobank
  rec('chat_fi', f`Kirjoita lyhyt kutsu biopankin näytteenantajalle jatkotutkimukseen: Matti Virtanen, syntynyt ${dob('14.6.1972')}, puh. ${phone('040 284 7391', 'FI')}. Käynti kestää noin 30 min.`),

  // en — telecom: account holder verification (US)
  rec('chat', f`Port-out request flagged: the requester gave DOB ${dob('1984-02-29')} and the last 4 of the account PIN, but the email on file is ${mail('gwen.harlow@icloud.com')} and the request came from ${mail('gwen.harlow84@proton.me')}. Number being ported: ${phone('(617) 284-7391', 'US')}. Draft the "we need to verify your identity" message.`),

  // lt — wedding
  rec('chat_lt', f`Parašyk patvirtinimą jaunavedžiams dėl degustacijos: Rūta ir Mantas Petrauskai, tel. ${phone('+370 612 84739')}, el. paštas ${mail('ruta.petrauske@gmail.com')}, degustacija balandžio 12 d. 15 val.`),
];
