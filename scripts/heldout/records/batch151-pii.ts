/**
 * Held-out batch 151: personal data in CPAP rental agreements, resettlement intake notes, artist
 * visa files, dental prescriptions, toll disputes and weighbridge driver lists, in many languages.
 * Hand-written; national ids computed with scripts/corpus/checksums.ts.
 */
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, groupedAs, inAadhaarSpaced, itCodiceFiscale, luhnWithCheck,
  nlBsnCheckDigit, ukNhsSpaced,
} from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);
const pass = (s: string) => v('pii.passport', s);

const NHS = ukNhsSpaced('482917365');
const NIR_BODY = '1850369123045';
const NIR = `${NIR_BODY.slice(0, 1)} ${NIR_BODY.slice(1, 3)} ${NIR_BODY.slice(3, 5)} ${NIR_BODY.slice(5, 7)} ${NIR_BODY.slice(7, 10)} ${NIR_BODY.slice(10)} ${frNirKey(NIR_BODY)}`;
const DNI = esDni('48273915');
const NIE = esNie('Y', '3928174');
const CF = itCodiceFiscale('BNCGLI79D52F205');
const BSN_P = '31847295';
const BSN = BSN_P + String(nlBsnCheckDigit(BSN_P));
const STEUER_P = '2951736482';
const STEUER = STEUER_P + String(deSteuerIdCheckDigit(STEUER_P));
const CPF = brCpfFormatted('318604927');
const AADHAAR = inAadhaarSpaced('48392017563');
const SIN = groupedAs(luhnWithCheck('54720391'), [3, 3, 3]);

export const BATCH151_PII: DraftRecord[] = [
  rec('form_en_gb', f`Can you tidy this CPAP loan agreement into a letter the patient can sign?

Sleep Apnoea Service – Equipment Loan
Patient: Mr Graham Ashdown
NHS number: ${v('pii.uk_nhs_number', NHS)}
DOB: ${dob('17/03/1958')}
Address: 14 Millbrook Close, Stockport SK4 3RT
Mobile: ${phone('07911 284503', 'GB')}
Email: ${mail('g.ashdown58@btinternet.com')}
Device: AirSense 11 AutoSet, serial 23184729104, humidifier + ResMed F20 mask (M)
Loan start: 02/12/2024 – review at 3 months (AHI target < 5)`),

  rec('intake_en_us', f`Summarise this intake for the employment specialist, leave out anything she doesn't need:

Arrival date: 10/22/2024 (JFK → MSP)
Principal applicant: Faduma Abdullahi Nur
A-Number: ${ambCat('pii', 'A218493017')}
SSN (card received 11/19): ${v('pii.us_ssn', '512-84-7391')}
DOB: ${dob('03/14/1986')}
Phone: ${phone('(206) 482-9173', 'US')}
Languages: Somali, Arabic (some), English (basic)
Previous work: tailoring, market stall`, 'the A-number is a personal identifier with no built-in rule: ambiguous pii'),

  rec('chat_so', f`Fadlan ii turjun qoraalkan ingiriis:
"Magaca: Hodan Cali Maxamed
Taariikhda dhalashada: ${dob('12 Luulyo 1991')}
Telefoon: ${phone('+252 61 5482917')}
Carruurta: 3 (da'da 9, 6 iyo 2)
Waxay u baahan tahay turjumaan afka Soomaaliga ah ballanta dhakhtarka."`),

  rec('chat_ti', f`ነዚ ሓበሬታ ናብ እንግሊዝኛ ተርጉመለይ በጃኻ፦
ስም፦ ዮናስ ተስፋይ ገብረሚካኤል
ዕለተ ልደት፦ ${dob('05/09/1994')}
ስልኪ፦ ${phone('+291 7 482917')}
ዝረኸቦ ሰነድ፦ ናይ ስደተኛ ወረቐት (UNHCR)`),

  rec('chat_prs', f`لطفاً این اطلاعات را برای فرم سفارت به انگلیسی بنویس:
نام: احمد شاه رسولی
تاریخ تولد: ${dob('۱۳۶۸/۰۴/۲۱')} (${dob('12 July 1989')})
شماره پاسپورت: ${pass('P01482917')}
شماره تماس: ${phone('+93 70 482 9173')}
همراهان: همسر و دو فرزند`),

  rec('note_ps', f`دا یادښت په انګلیسي وژباړه مهرباني وکړه:
"د کورنۍ مشر: ګل احمد زازی، د زیږیدو نېټه ${dob('1985/03/02')}، د تلیفون شمېره ${phone('+93 70 482 9173')}. دوی سبا د ډاکټر سره ملاقات لري او ژباړونکي ته اړتیا لري."`),

  rec('chat_ku', f`Ji kerema xwe vê yekê wergerîne îngilîzî ji bo dosyaya malbatê:
Nav: Rojda Xelîl
Dîroka jidayikbûnê: ${dob('21.03.1997')}
Telefon: ${phone('+964 750 482 9173')}
Zarok: 2 (Berfîn, 4 salî; Azad, 1 salî)`),

  rec('list_ar_sy', f`بدي ساعدني رتّب هالجدول للملف، ونترجمه للإنكليزي:
رب الأسرة: محمود الحلبي – مواليد ${dob('1979/08/04')} – موبايل ${phone('+963 944 829 173')}
الزوجة: رنا الحلبي – مواليد ${dob('1984/11/17')}
الأولاد: سامي (${dob('2010/02/09')})، ليان (${dob('2015/06/30')})
ملاحظة: الأب عنده سكري ولازم موعد طبيب خلال أسبوعين`),

  rec('form_fr', f`Bonjour, peux-tu vérifier que la fiche de location de PPC est complète avant envoi à la CPAM ?

Patient : M. Thierry Lemoine
N° de sécurité sociale : ${v('pii.fr_nir', NIR)}
Né le : ${dob('14/03/1985')}
Tél. : ${phone('06 71 38 29 46', 'FR')}
Appareil : PPC autopilotée + humidificateur, masque nasal taille M
Prescripteur : Dr Sabatier, service de pneumologie`),

  rec('chat_es', f`Hola, ¿me ayudas a redactar la confirmación de entrega del equipo CPAP?
Paciente: Rosa María Jiménez Ortega
DNI: ${v('pii.es_dni', DNI)}
Teléfono: ${phone('612 48 39 27', 'ES')}
Correo: ${mail('rosamaria.jimenez@telefonica.net')}
Entrega a domicilio el martes entre las 9 y las 13 h.`),

  rec('chat_es_nie', f`Necesito un correo para la gestora de la cuenta bancaria: la familia Haidari ya tiene NIE. El titular es Karim Haidari, NIE ${v('pii.es_nie', NIE)}, nacido el ${dob('9 de mayo de 1988')}. Que se indique que la cita es el jueves a las 10:30 y que acompañará una trabajadora social.`),

  rec('prescription_it', f`Mi correggi l'italiano di questa scheda di lavorazione prima di mandarla al laboratorio?

Paziente: Giulia Bianchi
Codice fiscale: ${v('pii.it_codice_fiscale', CF)}
Elementi: 14, 15 – corone in zirconia monolitica, colore A2
Impronta digitale inviata via portale il 03/12
Consegna richiesta entro il 13/12 (la paziente parte per lavoro)`),

  rec('letter_nl', f`Kun je deze brief wat vriendelijker maken?

Geachte mevrouw Van Dijk,
Wij hebben uw CPAP-apparaat (huur) geregistreerd op uw naam.
BSN: ${v('pii.nl_bsn', BSN)}
Geboortedatum: ${dob('22-08-1963')}
Wij verzoeken u het apparaat na de proefperiode van 6 weken terug te brengen naar de balie van de longafdeling.`),

  rec('artist_de', f`Für den Gastvertrag des Tenors brauche ich eine Checkliste, was noch fehlt:

Name: Matthias Reinholt
Geburtsdatum: ${dob('04.11.1982')}
Steuer-ID: ${v('pii.de_steuer_id', STEUER)}
Reisepass: ${pass('C4RJ7XK21')} (gültig bis 2029)
Mobil: ${phone('0171 4829375', 'DE')}
Agentur: Hartwig Artists, Berlin
Proben ab 6. Januar, Premiere Fidelio 1. Februar`),

  rec('chat_pt_br', f`Oi, me ajuda a responder esse cliente que contestou a multa por evasão de pedágio?
Nome: Renata Souza Lima
CPF: ${v('pii.br_cpf', CPF)}
Celular: ${phone('+55 41 99827-3614')}
E-mail: ${mail('renata.slima@uol.com.br')}
Placa: QTP-3H82 · passagem 04/11 às 18:22, pórtico km 112
Ela diz que a tag estava ativa e tem saldo.`),

  rec('chat_hi_en', f`Bhai courier partner ke liye KYC form bharna hai, lab ke delivery boy ka data ye hai: naam Suresh Yadav, Aadhaar ${v('pii.in_aadhaar', AADHAAR)}, mobile ${phone('+91 98452 71836')}, DOB ${dob('11-02-1996')}. Isko ek proper English format me likh do please.`),

  rec('payroll_fr_ca', f`Salut, peux-tu préparer le courriel de bienvenue pour la nouvelle danseuse du corps de ballet?
Nom : Maëlle Gagnon
NAS : ${v('pii.ca_sin', SIN)}
Date de naissance : ${dob('2001-06-18')}
Cell. : ${phone('(418) 692-4183', 'CA')}
Premier jour : 6 janvier, studio B, 9 h 30`),

  rec('visa_ja', f`ビザ申請用に、来日するバレエダンサーの情報を英語の表にしてください。
氏名：Anna Sokolova
生年月日：${dob('1998年2月27日')}
旅券番号：${pass('75 4829173')}
滞在予定：2025年1月10日〜2月2日（東京・大阪公演）
連絡先：${mail('a.sokolova.ballet@gmail.com')}`),

  rec('chat_ko', f`치과기공소인데 환자 정보 들어간 의뢰서를 영어로 번역해 주세요.
환자명: 김서연
생년월일: ${dob('1990.05.12')}
연락처: ${phone('010-4829-1736', 'KR')}
보철: #36 지르코니아 크라운, 쉐이드 A3
납기: 12월 18일`),

  rec('driver_zh_cn', f`帮我把今天的司机联系表整理成Excel格式：
鲁B·7K392 王建国 ${phone('138 2947 1836', 'CN')} 小麦 31.42吨
鲁B·5M118 刘海涛 ${phone('+86 139 4826 1753')} 玉米 29.86吨
冀C·2P907 张磊 ${phone('186 3749 2815', 'CN')} 大豆 33.10吨`),

  rec('chat_th', f`ช่วยเขียนอีเมลตอบลูกค้าที่ร้องเรียนค่าผ่านทางซ้ำซ้อนหน่อย
ชื่อ: คุณสมชาย วงศ์สวัสดิ์
โทร: ${phone('081 482 9173', 'TH')}
อีเมล: ${mail('somchai.w@hotmail.co.th')}
ทะเบียนรถ: 7กข 4821 กรุงเทพมหานคร
ผ่านด่านวันที่ 3 พ.ย. เวลา 17:45 ถูกหักเงินสองครั้ง`),

  rec('chat_vi', f`Nhờ bạn soạn tin nhắn nhắc tài xế xe tải đến cân đúng giờ:
Tài xế: Nguyễn Văn Hùng, SĐT ${phone('090 482 91 73', 'VN')}
Biển số: 51C-482.17, hàng: ngô 32 tấn
Giờ hẹn cân: 06:30 sáng thứ Năm, cổng số 2`),

  rec('visa_ru', f`Составь, пожалуйста, список документов для приглашения солистки балета на гастроли:
ФИО: Власова Дарья Игоревна
Дата рождения: ${dob('23.09.1996')}
Загранпаспорт: ${pass('75 4918273')}
Телефон: ${phone('+7 916 482-39-17')}
Почта: ${mail('d.vlasova.ballet@yandex.ru')}`),

  rec('case_uk', f`Перекладіть, будь ласка, англійською для кейс-менеджерки:
ПІБ: Шевченко Оксана Василівна
Дата народження: ${dob('14.07.1983')}
Закордонний паспорт: ${pass('FT482917')}
Телефон: ${phone('+380 67 482 9173')}
Діти: Марко (${dob('02.05.2012')}), Соломія (${dob('19.10.2016')})
Потрібна допомога з пошуком школи.`),

  rec('chat_pl', f`Przygotuj odpowiedź dla klienta, który kwestionuje opłatę za przejazd:
Klient: Tomasz Wiśniewski
Tel.: ${phone('601 482 937', 'PL')}
E-mail: ${mail('t.wisniewski@wp.pl')}
Nr rej.: KR 4821C, przejazd 09.11.2024, 16:12, bramka Balice
Twierdzi, że miał aktywny e-TOLL.`),

  rec('chat_cs', f`Ahoj, napiš prosím SMS pacientovi, že si může vyzvednout CPAP přístroj:
Pacient: Jan Dvořák, nar. ${dob('8. 4. 1961')}
Tel.: ${phone('+420 602 481 937')}
Výdej: ambulance spánkové medicíny, úterý 13:00–15:00`),

  rec('chat_tr', f`Kantar için şoför listesi, bunu tablo yap lütfen:
Mehmet Yıldız – ${phone('0532 482 91 73', 'TR')} – 34 KLM 482 – arpa 27,3 t
Hasan Demir – ${phone('+90 533 718 24 96')} – 06 BRT 917 – buğday 30,1 t`),

  rec('chat_el', f`Γράψε ένα μήνυμα στην ασθενή ότι τα νάρθηκες (aligners) είναι έτοιμα:
Ασθενής: Ελένη Παπαδοπούλου, γεν. ${dob('12/06/1992')}
Κινητό: ${phone('+30 694 829 1736')}
Παραλαβή από το ιατρείο την Πέμπτη.`),

  rec('chat_he', f`תכתוב בבקשה סיכום קצר למתנדבת שתלווה את המשפחה:
שם: מרים טספאי
תאריך לידה: ${dob('03.02.1990')}
טלפון: ${phone('052-482-9173', 'IL')}
מייל: ${mail('miriam.tesfay@walla.co.il')}
צריכה ליווי לקופת חולים ביום ראשון`),

  rec('chat_bn', f`এই তথ্যগুলো দিয়ে ইংরেজিতে একটা রেফারেল লেটার লিখে দাও:
নাম: মোহাম্মদ নূর আলম
জন্ম তারিখ: ${dob('১৫/০৮/১৯৮৭')}
মোবাইল: ${phone('+880 1712-482917')}
পরিবারের সদস্য: ৫ জন, দুই সন্তান স্কুলে ভর্তি হবে`),

  rec('chat_ta', f`இந்த நோயாளிக்கு CPAP கருவி வாடகை ஒப்பந்தக் கடிதம் தமிழில் எழுதித் தாருங்கள்:
பெயர்: கே. சுப்பிரமணியம்
பிறந்த தேதி: ${dob('04-10-1966')}
தொலைபேசி: ${phone('+94 77 482 9173')}
வாடகை காலம்: 3 மாதங்கள்`),

  rec('chat_id', f`Tolong buatkan pesan WhatsApp ke pasien bahwa aligner tahap 2 sudah jadi:
Nama: Dewi Lestari
No. HP: ${phone('0812-4829-1736', 'ID')}
Email: ${mail('dewi.lestari88@yahoo.co.id')}
Bisa diambil di klinik mulai Senin.`),

  rec('chat_sw', f`Tafadhali andika ujumbe mfupi kwa Kiingereza kwa shule:
Jina la mtoto: Amani Juma Baraka
Tarehe ya kuzaliwa: ${dob('14/02/2014')}
Mzazi: Juma Baraka, simu ${phone('+254 712 482917')}
Familia imehamia wiki iliyopita; mtoto anahitaji nafasi darasa la nne.`),

  rec('chat_lt', f`Prašau parašyti atsakymą klientui dėl ginčo dėl kelių mokesčio:
Klientas: Jonas Petrauskas
Tel.: ${phone('+370 612 48291')}
El. paštas: ${mail('jonas.petrauskas@gmail.com')}
Vinjetė galiojo, bet sistema jos neatpažino lapkričio 14 d.`),

  rec('log_en', f`Our toll dispute portal logged this during a login loop, what's going on?

${amb('source_code.snippet', f`2024-11-29T07:14:22Z INFO  auth  login ok user=${mail('k.mensah@outlook.com')} ip=${amb('pii.ip_address', '81.174.29.143')}
2024-11-29T07:14:23Z WARN  session cookie rejected (SameSite=None without Secure) user=${mail('k.mensah@outlook.com')}
2024-11-29T07:14:23Z INFO  auth  redirect /login?next=/disputes/TD-24-11952 ip=${amb('pii.ip_address', '81.174.29.143')}`)}`),

  rec('signature_en_au', f`Can you shorten my email signature? It's way too long:

--
Bronwyn Keating
Weighbridge & Export Documentation Supervisor
Port Lincoln Grain Terminal
P: ${phone('+61 2 9482 9173')} | M: ${phone('0412 482 917', 'AU')}
E: ${mail('b.keating@plgt-terminal.com.au')}
Weighbridge hours 5am–9pm during harvest (Nov–Jan)`),

  rec('chat_hu', f`Írj egy rövid, kedves e-mailt a szülőnek a balettiskolai felvételiről:
Növendék: Kiss Lili, szül. ${dob('2014. március 9.')}
Szülő: Kiss Andrea, ${phone('+36 30 482 9173')}, ${mail('kiss.andrea@freemail.hu')}
Felvételi: január 11., 10:00, nagy próbaterem`),

  rec('chat_es_coro', f`¿Me redactas un correo de bienvenida para la nueva integrante del coro?
Nombre: Núria Puig Soler
Fecha de nacimiento: ${dob('27/11/1993')}
Móvil: ${phone('+34 612 48 39 27')}
Correo: ${mail('nuria.puigsoler@gmail.com')}
Primer ensayo: lunes 13 de enero, sala 2`),
];
