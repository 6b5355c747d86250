/**
 * Held-out batch 137: personal data in home-care visit notes, ferry manifests and crew rosters,
 * fab access requests, private-bank KYC files, parking permit cases and zoo staff lists, in many
 * languages. Hand-written; identity numbers computed with the checksum helpers.
 */
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, inAadhaarSpaced, itCodiceFiscale, luhnCheckDigit, nlBsnCheckDigit, ukNhsSpaced,
} from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);
const pass = (s: string) => v('pii.passport', s);
const ip = (s: string) => amb('pii.ip_address', s);

const BSN = `27493816${nlBsnCheckDigit('27493816')}`;
const NIR_BODY = '2470375112048';
const NIR = `2 47 03 75 112 048 ${frNirKey(NIR_BODY)}`;
const STEUER = `5829163749${deSteuerIdCheckDigit('5829163749')}`;
const CF = itCodiceFiscale('FRRPLA41C18H501');
const DNI = esDni('53917284');
const NIE = esNie('Y', '4829173');
const CPF = brCpfFormatted('317482905');
const AADHAAR = inAadhaarSpaced('73918264051');
const AADHAAR_2 = inAadhaarSpaced('58204719362');
const NHS = ukNhsSpaced('612839475');
const SIN_RAW = `52817394${luhnCheckDigit('52817394')}`;
const SIN = `${SIN_RAW.slice(0, 3)} ${SIN_RAW.slice(3, 6)} ${SIN_RAW.slice(6)}`;

export const BATCH137_PII: DraftRecord[] = [
  rec('visit_note_gsw', f`Chasch mir die Notiz in es saubers Hochdüütsch für d Pflegedokumentation umschriibe?

Klientin: Frau Verena Gisler, geb. ${dob('03.11.1936')}
AHV-Nr.: ${ambCat('pii', '756.4829.1736.04')}
Tochter (Notfall): ${phone('079 418 27 63', 'CH')}
Bsuech 14:10–14:55: Blutdruck 148/86, Wunde am rächte Unterschänkel trocke, Verband gwächslet. Sie isst weniger, Tochter informiert.`, 'Swiss AHV number: no engine rule, sensitive: ambiguous pii'),

  rec('manifest_el', f`Μπορείς να ελέγξεις αν λείπει κάτι από τη λίστα επιβατών πριν τη στείλουμε στο λιμεναρχείο;

${amb('source_code.snippet', f`ΕΠΩΝΥΜΟ;ΟΝΟΜΑ;ΗΜ. ΓΕΝΝΗΣΗΣ;ΔΙΑΒΑΤΗΡΙΟ/ΤΑΥΤ.;ΥΠΗΚΟΟΤΗΤΑ
ΠΑΠΑΔΟΠΟΥΛΟΥ;ΕΛΕΝΗ;${dob('14/02/1979')};${pass('AN4829173')};GR
MÜLLER;JONAS;${dob('27/08/1991')};${pass('C7R4K92LM')};DE
HAYASHI;AOI;${dob('05/12/1988')};${pass('TK8275193')};JP
ΝΙΚΟΛΑΟΥ;ΓΙΩΡΓΟΣ;;;GR`)}

Ο τελευταίος δεν έχει στοιχεία, τι κάνουμε;`),

  rec('roster_pl', f`Grafik załogi m/f „Wawel" – zmiana od 02.12. Proszę o sformatowanie jako tabela i sprawdzenie, czy wszyscy mają ważne książeczki żeglarskie:

st. of. Marek Zieliński – tel. ${phone('512 384 927', 'PL')} – paszport ${pass('EC4829176')}, data urodzenia ${dob('19.04.1983')}
mar. Oleh Bondarenko – tel. ${phone('+380 67 482 9173')} – paszport ${pass('FT918273')}
kuch. Ewa Nowicka – tel. ${phone('+48 605 281 947')}`),

  rec('oncall_en_gb', f`Can you turn this into a laminated on-call card for the keepers' mess room?

Zoo vet on call – December
Wk 49: Dr Hannah Pryce – ${phone('07912 583406', 'GB')} – ${mail('h.pryce@zoo-vets.example.co.uk')}
Wk 50: Dr Tomasz Lewandowski – ${phone('07826 391 548', 'GB')}
Wk 51: Dr Aisha Bello – ${phone('+44 7700 182 945')}
Out of hours switchboard: ${phone('0117 928 4613', 'GB')}`),

  rec('permit_fr_ca', f`Bonjour, peux-tu m'aider à répondre à cette demande de vignette de stationnement sur rue (SRRR)?

Nom : Geneviève Lapointe
Adresse : 4821, rue De La Roche, app. 3, Montréal
Courriel : ${mail('gen.lapointe@videotron.example.ca')}
Cellulaire : ${phone('514 382-7416', 'CA')}
Véhicule : Mazda 3 2019, plaque W84 KLT

Elle dit qu'elle a déménagé dans le secteur 47 mais le système la place dans le 52. Réponse courte svp, en québécois poli.`),

  rec('kyc_ru', f`Сделай, пожалуйста, краткую выжимку для KYC-досье клиента (на английском):

ФИО: Белова Ирина Сергеевна
Дата рождения: ${dob('08.06.1971')}
Загранпаспорт: ${pass('75 4829173')}
Второе гражданство: Кипр, паспорт ${pass('K00482917')}
Телефон: ${phone('+7 916 482-91-73')}
Источник средств: продажа доли в логистической компании (2019), дивиденды.`),

  rec('kyc_ar', f`لخّص لي ملف العميل التالي في فقرة واحدة باللغة الإنجليزية لفريق الامتثال:

الاسم: سلطان بن راشد الكعبي
تاريخ الميلاد: ${dob('1968/09/22')}
رقم جواز السفر: ${pass('P7K482917')}
رقم الهوية الإماراتية: ${ambCat('pii', '784-1968-4829173-6')}
الجوال: ${phone('+971 50 482 9173')}
البريد الإلكتروني: ${mail('s.alkaabi@family-holdings.example.ae')}`, 'Emirates ID: no engine rule: ambiguous pii'),

  rec('handover_en_gb', f`Please rewrite as a clear SBAR handover for the evening carer:

Mr Derek Ashworth, DOB ${dob('17/03/1939')}, NHS ${v('pii.uk_nhs_number', NHS)}
Lives alone, 14 Kingfisher Close. Daughter Karen ${phone('07934 218 567', 'GB')}.
AM visit: refused breakfast, slightly confused (not his baseline), temp 37.9. GP surgery rang 11:20, waiting for call back. Meds given: amlodipine 5mg, donepezil 10mg.`),

  rec('zorg_nl', f`Wil je van deze intake een korte samenvatting maken voor de wijkverpleegkundige?

Cliënt: mw. A. (Annie) Verhoeven-Smits
Geboortedatum: ${dob('2 februari 1942')}
BSN: ${v('pii.nl_bsn', BSN)}
Contactpersoon: zoon Ruud, ${phone('06 4829 1736', 'NL')}
Indicatie: 6 uur per week persoonlijke verzorging, thuiszorg via Wlz.`),

  rec('alta_es', f`Alta de nueva usuaria del servicio de ayuda a domicilio — ¿me lo pasas a formato ficha?
Nombre: Remedios Castillo Rubio
DNI: ${v('pii.es_dni', DNI)}
Fecha de nacimiento: ${dob('11/05/1940')}
Teléfono fijo: ${phone('954 21 83 67', 'ES')} / móvil hija: ${phone('612 84 39 27', 'ES')}
Horario: L-M-V de 9:00 a 11:00 (aseo y comida)`),

  rec('assistenza_it', f`Mi aiuti a scrivere una mail alla ASL per il rinnovo del piano di assistenza domiciliare?
Assistito: Paolo Ferrari, nato a Roma il ${dob('18 marzo 1941')}
Codice fiscale: ${v('pii.it_codice_fiscale', CF)}
Caregiver: figlia Chiara, cell. ${phone('347 829 1643', 'IT')}
Il piano scade il 31/12, servono ancora 3 accessi infermieristici a settimana.`),

  rec('soins_fr', f`Rédige un courrier au médecin traitant pour signaler la chute de la patiente :
Patiente : Mme Odette Marchand, née le ${dob('9 mars 1947')}
N° de sécurité sociale : ${v('pii.fr_nir', NIR)}
Tél. domicile : ${phone('01 45 82 91 73', 'FR')}
Chute le 21/11 vers 7h, retrouvée par l'aide-soignante, pas de perte de connaissance, hématome hanche gauche.`),

  rec('hr_de', f`Bitte Willkommensmail für die neue Pflegefachkraft im ambulanten Dienst schreiben. Stammdaten:
Name: Svetlana Richter
Geburtsdatum: ${dob('24.10.1986')}
Steuer-ID: ${v('pii.de_steuer_id', STEUER)}
Handy: ${phone('0171 4829376', 'DE')}
E-Mail privat: ${mail('svetlana.richter86@gmx.example.de')}
Start: 06.01., Tour Nord (Pankow/Weißensee)`),

  rec('booking_pt_br', f`Oi! Preciso de um e-mail de confirmação para a reserva da travessia com carro:
Passageiro: Rafael Nogueira Lima
CPF: ${v('pii.br_cpf', CPF)}
Passaporte: ${pass('FX482917')}
Celular: ${phone('(21) 98417-2639', 'BR')}
Travessia: Lisboa (Cais do Sodré) → Cacilhas, 20/12, 18:40
Escreve em português do Brasil, mas o porto é em Portugal.`),

  rec('visa_en_in', f`Kindly draft the invitation letter for the Korean fab's visa application for our field engineer:
Name: Venkatesh Ramaswamy
Date of Birth: ${dob('14-Jul-1990')}
Passport No.: ${pass('Z4829173')}, issued Chennai, valid till 2033
Aadhaar (for internal HR only): ${v('pii.in_aadhaar', AADHAAR)}
Mobile: ${phone('+91 98450 27163')}
Purpose: installation and qualification of 2 etch chambers, 3 weeks.`),

  rec('fab_access_ko', f`고객사 팹 출입 신청서 양식에 맞게 정리해 주세요.

성명: Lukas Brenner (독일 국적)
여권번호: ${pass('C9K4R7T21')}
생년월일: ${dob('1985.02.19')}
연락처: ${phone('010-4829-1736', 'KR')}
방문 기간: 12/9 ~ 12/20, CVD 장비 PM 및 부품 교체`),

  rec('fab_access_ja', f`入構申請書の備考欄に書く文章を考えてください。申請者の情報は以下の通りです。
氏名：ジェイソン・クラーク（米国籍）
旅券番号：${pass('583829174')}
生年月日：${dob('1979年6月3日')}
携帯：${phone('090-4829-1736', 'JP')}
作業内容：露光装置のレーザーモジュール交換（クリーンルーム入室あり）`),

  rec('fab_access_zh_tw', f`幫我把這位 FSE 的資料整理成廠區門禁申請用的英文格式：
姓名：陳冠宇
護照號碼：${pass('318294751')}
出生日期：${dob('民國78年4月9日')}
手機：${phone('0912 482 917', 'TW')}
進廠期間：12/2–12/6，於 Fab 14 進行 CMP 機台保養`),

  rec('kyc_zh_hk', f`幫我將以下客戶資料整理成英文 KYC summary：
客戶：梁志恒先生
香港身份證：${ambCat('pii', 'K482917(3)')}
出生日期：${dob('1962年8月30日')}
手提電話：${phone('9482 1736', 'HK')}
資金來源：家族地產生意、上市公司股息`, 'HKID: no engine rule: ambiguous pii'),

  rec('trust_en_us', f`Draft a cover note for the trust account opening package. Grantor details:
Name: Margaret L. Whitfield
SSN: ${v('pii.us_ssn', '529-41-8736')}
DOB: ${dob('04/22/1951')}
Phone: ${phone('(813) 482-7196', 'US')}
Email: ${mail('mwhitfield51@comcast.example.net')}
Successor trustee: her son, details to follow.`),

  rec('permiso_es', f`Tengo que contestar a un vecino que pide la tarjeta de residente para aparcar en zona verde. Datos que nos mandó:
Nombre: Mohamed El Idrissi
NIE: ${v('pii.es_nie', NIE)}
Matrícula: 4821 KLT
Teléfono: ${phone('+34 631 48 29 17')}
Le falta el certificado de empadronamiento. ¿Me ayudas a redactar la respuesta?`),

  rec('complaint_en_us', f`Help me reply to this parking complaint, keep it neutral:

From: Daniel Okafor <${mail('d.okafor.home@outlook.example.com')}>
Phone: ${phone('(415) 820-3917', 'US')}
"I got a ticket on Valencia St at 8:04 am, the sign says street cleaning starts at 8. The officer was literally waiting. I have a photo of the timestamp."`),

  rec('payroll_en_ca', f`Can you check this onboarding checklist for our new home-care RN in Ottawa?
Name: Priya Nair
SIN: ${v('pii.ca_sin', SIN)}
Date of birth: ${dob('1993-01-28')}
Cell: ${phone('613-482-9173', 'CA')}
Direct deposit: void cheque received
CNO registration: verified`),

  rec('payroll_en_gb', f`Write a reply to Zofia asking for her P45 — we have everything else for payroll:
Carer: Zofia Kamińska
NI number: ${v('pii.uk_nino', 'JT 48 21 93 C')}
DOB: ${dob('30/06/1995')}
Mobile: ${phone('07723 481 902', 'GB')}`),

  rec('staff_sv', f`Kan du göra om det här till en snygg kontaktlista för djurvårdarna på akvariet?

Sofia Lindgren, avdelningsansvarig – ${phone('070-482 91 36', 'SE')} – ${mail('sofia.lindgren@akvariet.example.se')}
Erik Nyström, dykare – ${phone('073-918 27 45', 'SE')}
Amina Hassan, veterinär – ${phone('+46 76 184 29 73')}`),

  rec('incident_th', f`ช่วยเขียนรายงานเหตุการณ์ให้เป็นทางการหน่อยครับ

วันที่ 23 พ.ย. เวลา 14.30 น. เด็กชายอายุ 7 ขวบถูกนกแก้วจิกที่นิ้วบริเวณโซนสัมผัสสัตว์ ผู้ปกครองคือ คุณสมศักดิ์ วงศ์ไทย เบอร์โทร ${phone('081 482 9173', 'TH')} อีเมล ${mail('somsak.w@mail.example.co.th')} เจ้าหน้าที่ปฐมพยาบาลแล้ว ไม่มีการส่งโรงพยาบาล`),

  rec('lost_item_tr', f`Yolcu kayıp eşya için yazmış, kibar bir cevap hazırlar mısın?

"Merhaba, 19 Kasım'da Eminönü–Kadıköy seferinde siyah bir sırt çantası unuttum. İçinde laptop var. Adım Elif Yıldırım, telefonum ${phone('0532 482 91 76', 'TR')}, e-posta ${mail('elif.yildirim@posta.example.com.tr')}."`),

  rec('manifest_id', f`Tolong cek format daftar penumpang ini sebelum dikirim ke syahbandar:

${amb('source_code.snippet', f`No,Nama,NIK,Tgl Lahir,No HP
1,Budi Santoso,${ambCat('pii', '3174092108830004')},${dob('21-08-1983')},${phone('0812-4829-1736', 'ID')}
2,Siti Rahmawati,${ambCat('pii', '3578116504910002')},${dob('25-04-1991')},${phone('0857-3918-2745', 'ID')}`)}

Apakah kolom "Tgl Lahir" wajib?`, 'Indonesian NIK: no engine rule: ambiguous pii'),

  rec('yojana_hi', f`कृपया इस मरीज़ की जानकारी से आयुष्मान भारत योजना के लिए आवेदन पत्र का सारांश बना दें:
नाम: श्रीमती कमला देवी
जन्म तिथि: ${dob('12/08/1948')}
आधार संख्या: ${v('pii.in_aadhaar', AADHAAR_2)}
बेटे का मोबाइल: ${phone('+91 94441 82736')}
सेवा: घर पर नर्सिंग, सप्ताह में 3 बार`),

  rec('patient_bn', f`এই রোগীর জন্য নার্সদের ভিজিট শিডিউল বানিয়ে দিন:
নাম: অনিমা সেন
জন্ম তারিখ: ${dob('০৪/০৯/১৯৪৪')}
ফোন: ${phone('+880 1712-482917')}
ঠিকানা: বাড়ি ১২, রোড ৭, ধানমন্ডি
প্রয়োজন: ডায়াবেটিক ফুট কেয়ার, ইনসুলিন`),

  rec('kyc_hy', f`Խնդրում եմ ամփոփիր հաճախորդի տվյալները անգլերենով՝ համապատասխանության թիմի համար.
Անուն: Արամ Հովհաննիսյան
Ծննդյան ամսաթիվ: ${dob('15.03.1974')}
Անձնագիր: ${pass('AR4829173')}
Հեռախոս: ${phone('+374 91 482917')}`),

  rec('vet_contact_sw', f`Naomba uandike barua pepe rasmi kwa daktari wa mifugo wa nje anayekuja kuangalia twiga wetu:
Dkt. Wanjiru Kamau
Simu: ${phone('+254 712 482917')}
Barua pepe: ${mail('w.kamau@wildvet.example.co.ke')}
Tarehe ya ziara: 9 Desemba`),

  rec('crew_fi', f`Voitko muotoilla tämän miehistölistan siististi taulukoksi?
Kapteeni Juha Mäkelä, puh. ${phone('040 482 9173', 'FI')}, hetu ${ambCat('pii', '120378-482K')}
Perämies Laura Virtanen, puh. ${phone('050 918 2745', 'FI')}
Konemestari Antti Koskinen, puh. ${phone('+358 44 731 8264')}`, 'Finnish henkilötunnus: no engine rule: ambiguous pii'),

  rec('staff_ka', f`გთხოვ, ეს სია მოაწესრიგე ცხრილად — ზოოპარკის მომვლელების მორიგეობა:
ნინო ბერიძე — ${phone('+995 599 48 29 17')}
გიორგი ლომიძე — ${phone('+995 577 31 82 64')}`),

  rec('patient_am', f`ለነርሶቹ የጉብኝት ማስታወሻ አዘጋጅልኝ፦
ስም፦ ወ/ሮ አልማዝ ተስፋዬ
የትውልድ ቀን፦ ${dob('12/03/1950')}
ስልክ፦ ${phone('+251 91 148 2917')}
አገልግሎት፦ የደም ግፊት ክትትል፣ በሳምንት ሁለት ጊዜ`),

  rec('portal_log_en', f`Which of these permit-portal logins look like credential stuffing?

${amb('source_code.snippet', f`2024-11-25T03:11:52Z login_failed user=${mail('rkowalski@gmail.example.com')} ip=${ip('185.231.44.17')} ua="python-requests/2.31"
2024-11-25T03:11:53Z login_failed user=${mail('jmoreno77@yahoo.example.com')} ip=${ip('185.231.44.17')} ua="python-requests/2.31"
2024-11-25T03:11:55Z login_ok     user=${mail('a.nguyen@city-resident.example.org')} ip=${ip('185.231.44.17')} ua="python-requests/2.31"
2024-11-25T08:42:10Z login_ok     user=${mail('a.nguyen@city-resident.example.org')} ip=${ip('73.129.208.44')} ua="Mozilla/5.0 (iPhone)"`)}`),

  rec('kyc_fa', f`لطفاً این اطلاعات مشتری را برای پرونده KYC به انگلیسی خلاصه کن:
نام: فرهاد صدری
تاریخ تولد: ${dob('۱۳۴۹/۰۷/۱۲')}
شماره گذرنامه: ${pass('Y48291736')}
تلفن همراه: ${phone('+98 912 482 9173')}`),
];
