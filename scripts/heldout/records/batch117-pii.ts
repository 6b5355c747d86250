/**
 * Held-out batch 117: personal data at a court-interpreting agency, a kindergarten network's parent
 * office, a lift contractor's monitoring centre, a tyre fleet desk, an escrow and title company and a
 * patent firm — booking forms, enrolment sheets, call logs, tax forms and inventor data, in many
 * languages. Hand-written.
 */
import { brCpfFormatted, itCodiceFiscale, luhnCheckDigit, nhsCheckDigit, verhoeffCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const cpf = brCpfFormatted;
const codiceFiscale = itCodiceFiscale;

const digits = (s: string): string => s.replace(/\D/g, '');
/** Appends a check digit to a grouped payload (written as the text shows it). */
const withCheck = (payload: string, check: (d: string) => number): string => {
  const c = check(digits(payload));
  if (c < 0 || c > 9) throw new Error(`no check digit for ${payload}`);
  return payload + String(c);
};
const aadhaar = (p: string): string => withCheck(p, verhoeffCheckDigit);
const nhs = (p: string): string => withCheck(p, nhsCheckDigit);
const sin = (p: string): string => withCheck(p, luhnCheckDigit);
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const dni = (n8: string): string => n8 + DNI_LETTERS[Number(n8) % 23];
const nie = (l: 'X' | 'Y' | 'Z', n7: string): string => l + n7 + DNI_LETTERS[Number(String('XYZ'.indexOf(l)) + n7) % 23];
const bsn = (p8: string): string => {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(p8[i]) * (9 - i);
  const c = sum % 11;
  if (c > 9) throw new Error(`no BSN check digit for ${p8}`);
  return p8 + String(c);
};
const nir = (body13: string, spaced: string): string => {
  const key = String(97 - Number(BigInt(body13) % 97n)).padStart(2, '0');
  return `${spaced} ${key}`;
};
const steuerId = (p10: string): string => {
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (Number(p10[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return p10 + String(check === 10 ? 0 : check);
};

export const BATCH117_PII: DraftRecord[] = [
  rec('booking_de', f`Bitte mach aus diesem Dolmetscherauftrag eine kurze Bestätigungsmail an die Dolmetscherin:

Amtsgericht Neukölln, Strafsache 241 Ds 318/24, Hauptverhandlung 16.01.2025, 09:30, Saal 2/104
Sprache: Georgisch
Angeklagter: Lascha Beridse, geb. ${v('pii.date_of_birth', '14.03.1991')}, Reisepass-Nr. ${v('pii.passport', '19AC48273')}
Dolmetscherin: Nino Kapanadse, mobil ${phone('0171 4829375', 'DE')}
Ladung liegt bei.`),

  rec('chat_fr', f`Tu peux relire ma traduction certifiée de l'acte de naissance ? Le client m'a juste envoyé ses infos par mail :
Nom : Oumar Diallo
Né le ${v('pii.date_of_birth', '2 février 1987')} à Kindia (Guinée)
Tél. : ${phone('06 48 27 39 15', 'FR')}
Courriel : ${v('pii.email', 'oumar.diallo87@laposte.net')}
Je veux vérifier que j'ai bien respecté le format de la mention marginale.`),

  rec('chat_es', f`Necesito citar a un testigo para la vista del lunes con intérprete de rumano. Datos: Ionuț Popescu, NIE ${v('pii.es_nie', nie('Y', '4829173'))}, teléfono ${phone('634 82 17 59', 'ES')}. La intérprete asignada es Ana Ruiz, DNI ${v('pii.es_dni', dni('48291736'))}. Redáctame la citación, por favor.`),

  rec('invoice_it', f`Prepara la fattura per la traduzione asseverata del contratto (12 cartelle, 28 € a cartella):
Cliente: Giulia Romano
Codice fiscale: ${v('pii.it_codice_fiscale', codiceFiscale('RMNGLI85T52L219'))}
Indirizzo: Via Nizza 54, 10126 Torino
Cell. ${phone('333 481 2975', 'IT')}`),

  rec('chat_pt_br', f`Oi! Preciso fazer a tradução juramentada do diploma e o cliente mandou os dados pelo WhatsApp. Pode montar a ficha de pedido?
Nome: Letícia Moura Santos
CPF: ${v('pii.br_cpf', cpf('482913076'))}
Nascimento: ${v('pii.date_of_birth', '23/08/1996')}
WhatsApp: ${phone('(21) 99834-2716', 'BR')}
Idioma: português → alemão`),

  rec('chat_ru', f`Проверь, пожалуйста, перевод загранпаспорта на английский, особенно транслитерацию:
Фамилия: Кузнецова / KUZNETSOVA
Имя: Дарья / DARIA
Дата рождения: ${v('pii.date_of_birth', '11.06.1993')}
Номер паспорта: ${v('pii.passport', '75 4829173')}
Телефон клиентки для связи: ${phone('+7 916 482-37-15')}`),

  rec('chat_zh', f`客户需要把护照信息页翻译成德语公证件，帮我核对一下：
姓名：王晓雨
出生日期：${v('pii.date_of_birth', '1994年7月19日')}
护照号码：${v('pii.passport', 'E82917364')}
联系电话：${phone('138 1048 2739', 'CN')}
邮箱：${v('pii.email', 'wangxiaoyu_de@163.com')}`),

  rec('chat_fa', f`لطفاً این درخواست مترجم شفاهی را به انگلیسی ترجمه کن:
«برای جلسه پناهندگی آقای رضا محمدی، متولد ${v('pii.date_of_birth', '۱۳۶۹/۰۴/۱۲')}، به مترجم فارسی نیاز داریم. شماره تماس ایشان ${phone('0912 482 7316', 'IR')} است.»`),

  rec('form_de', f`Kannst du aus dem Anmeldebogen eine Checkliste machen, was noch fehlt?

Kita Sonnenblume – Anmeldung Krippe
Kind: Mila Jovanović, geboren am ${v('pii.date_of_birth', '07.05.2023')}
Mutter: Jelena Jovanović, Tel. ${phone('+49 711 4829 3716')}, ${v('pii.email', 'j.jovanovic@web.de')}
Vater: Marko Jovanović, Steuer-ID ${v('pii.de_steuer_id', steuerId('4729105846'))} (für Beitragsberechnung)
Impfnachweis Masern: fehlt`),

  rec('chat_nl', f`Voor de kinderopvangtoeslag moet ik de gegevens in het plaatsingscontract zetten. Kun je controleren of alles compleet is?
Kind: Noor el Amrani, geboortedatum ${v('pii.date_of_birth', '18-09-2022')}, BSN ${v('pii.nl_bsn', bsn('23147587'))}
Ouder/aanvrager: Samira el Amrani, BSN ${v('pii.nl_bsn', bsn('17293648'))}
Opvang: 3 dagen per week, groep Dolfijnen`),

  rec('chat_fr_ca', f`Bonjour! Pour le Relevé 24 des frais de garde, j'ai besoin du NAS d'un des parents. Le papa m'a écrit ça : « mon NAS c'est ${v('pii.ca_sin', sin('482 917 36'))}, pis mon cell ${phone('(514) 382-7416', 'CA')} si vous avez des questions ». Peux-tu m'aider à écrire un courriel pour lui confirmer que c'est reçu, sans répéter le numéro?`),

  rec('email', f`Hi, could you tidy up this email to the council about 30-hours funding?

"Child: Isla McKenzie, DOB ${v('pii.date_of_birth', '12/10/2021')}. Parent 1: Fiona McKenzie, NI number ${v('pii.uk_nino', 'JR 47 19 28 C')}. Parent 2: Callum McKenzie, NI number ${v('pii.uk_nino', 'SW 82 36 41 A')}. Eligibility code 5092 8811 740 — please confirm it's valid for the spring term."`),

  rec('chat_ko', f`원아 등록 서류 정리 좀 도와주세요.
원아: 김서윤 (생년월일 ${v('pii.date_of_birth', '2021.04.17')})
주민등록번호: ${ambCat('pii', '210417-4829173')}
보호자: 이지은, 연락처 ${phone('010-4827-3916', 'KR')}
알레르기: 땅콩
표로 만들어 주세요.`, 'Korean resident registration number: personal, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_ja', f`新入園児の緊急連絡先リストを作っています。この形式でいいか見てください。
佐藤 陽向（ひなた）くん 生年月日：${v('pii.date_of_birth', '2020年11月3日')}
母：佐藤 美咲 携帯 ${phone('090-4827-3916', 'JP')}
父：佐藤 健太 勤務先 ${phone('03-5482-7391', 'JP')}
お迎え代理：祖母 佐藤 和子`),

  rec('form_ar', f`هل يمكنك تلخيص استمارة الحساسية هذه للمعلمات؟
اسم الطفل: يوسف الخطيب
تاريخ الميلاد: ${v('pii.date_of_birth', '2020/02/09')}
الحساسية: البيض والحليب
هاتف ولي الأمر: ${phone('+971 50 382 7164')}
في حال الطوارئ يُعطى الدواء حسب وصفة الطبيب المرفقة.`),

  rec('chat_es_mx', f`Oye, ¿me ayudas a pasar esta ficha de inscripción a una tabla? Niña: Valeria Hernández Ruiz, fecha de nacimiento ${v('pii.date_of_birth', '05/03/2021')}, CURP ${ambCat('pii', 'HERV210305MDFRZLA7')}. Mamá: Daniela Ruiz, cel. ${phone('55 1938 4726', 'MX')}, correo ${v('pii.email', 'dani.ruiz.mx@gmail.com')}.`, 'Mexican CURP: personal, no built-in rule (ambiguous, no rule id)'),

  rec('call_log', f`Entrapment log, please turn into the incident summary format:

21:47 alarm button car 2, 88 Riverside Plaza, Chicago
21:48 voice link: passenger Mr. Tom Okafor, alone, calm, no medical issue
21:49 callback number given: ${phone('(312) 847-2916', 'US')}
21:52 tech J. Alvarez dispatched, ETA 25 min, tech mobile ${phone('(214) 738-4102', 'US')}
22:19 passenger released, car left out of service (door operator fault)`),

  rec('protocol_de', f`Notrufprotokoll Aufzug, bitte ins Englische übersetzen für den Eigentümer:
Objekt: Bürohaus Weißenseer Weg 12, Aufzug 1
Uhrzeit: 07:12 Notruf, eingeschlossene Person: Frau Sabine Lorenz
Rückrufnummer: ${phone('089 23884716', 'DE')}
07:40 Befreiung durch Monteur, keine Verletzungen.`),

  rec('roster_pl', f`Zrób mi z tego grafik dyżurów na grudzień w tabeli:
Kowalski Piotr – ${phone('601 482 397', 'PL')}, ${v('pii.email', 'p.kowalski@dzwigserwis.pl')} – Warszawa-Mokotów
Nowak Agnieszka – ${phone('+48 512 384 927')}, ${v('pii.email', 'a.nowak@dzwigserwis.pl')} – Warszawa-Wola
Wiśniewski Tomasz – ${phone('+48 22 418 37 92')} (stacjonarny) – centrala`),

  rec('chat_tr', f`Asansörde mahsur kalan kişiyi geri aramamız gerekiyor ama numarayı sisteme yanlış yazmışlar. Çağrı merkezi notu: "Ayşe Demir, ${phone('0532 481 27 36', 'TR')}, Kadıköy Moda Cad. 44, 3. kat arası." Müşteriye özür SMS'i yazar mısın?`),

  rec('ticket', f`Roadside ticket #RS-77104 (I-10 EB mile 147)
Driver: Marcus Bell, Desert Line Freight
Mobile: ${phone('503-291-6684', 'US')}
Email: ${v('pii.email', 'mbell.dlf@outlook.com')}
Issue: steer tyre blowout, trailer tyres OK
Please draft a text message telling him the tech is 40 minutes out.`),

  rec('chat_it', f`Mi scrivi un messaggio gentile all'autista? Si chiama Davide Conti, cellulare ${phone('+39 347 218 5903')}, ha forato sulla A1 all'altezza di Fidenza. Il furgone dell'assistenza arriva tra mezz'ora.`),

  rec('chat_sv', f`Kan du skriva ett sms till föraren? Han heter Anders Nilsson, personnummer ${ambCat('pii', '850612-4937')} (behövs för försäkringen), mobil ${phone('070-482 73 91', 'SE')}. Däckbytet på E4 vid Gävle är klart kl 14.`, 'Swedish personnummer: no built-in rule (ambiguous, no rule id)'),

  rec('chat_hi', f`नए रोडसाइड पार्टनर मैकेनिक का KYC करना है। डिटेल्स: नाम सुरेश यादव, आधार ${v('pii.in_aadhaar', aadhaar('4829 1736 502'))}, मोबाइल ${phone('98452 17396', 'IN')}। इनसे बैंक डिटेल्स माँगने के लिए एक मैसेज लिखो।`),

  rec('form', f`Seller 1099-S information — can you check nothing is missing before closing?

Escrow No.: 24-09132-RB
Seller: Gregory T. Whitfield
SSN: ${v('pii.us_ssn', '518-42-7731')}
Forwarding address: 4410 E Camelback Rd #12, Phoenix AZ 85018
Phone: ${phone('(602) 418-3927', 'US')}
Gross proceeds: $612,500.00`),

  rec('statement_of_information', f`Turn this statement of information into a clean summary for the title officer:

Name: Priya Raman (formerly Priya Subramanian)
Date of birth: ${v('pii.date_of_birth', '09/22/1984')}
SSN: ${v('pii.us_ssn', '602-18-4457')}
Spouse: none
Residences last 10 yrs: Tempe AZ (2016–now), Fremont CA (2011–2016)
Email: ${v('pii.email', 'priya.raman84@yahoo.com')}`),

  rec('chat_zh', f`外国卖家需要办 FIRPTA 预扣税，帮我把客户资料整理成英文表格：
卖方：陈志明，中国国籍
护照号：${v('pii.passport', 'EJ4829173')}
出生日期：${v('pii.date_of_birth', '1972-08-30')}
美国联系电话：${phone('(214) 738-4102', 'US')}
卖出物业：Plano, TX`),

  rec('inventor_sheet', f`Please format the inventor data for the ADS:

Inventor 1: Dr. Hannah Lindqvist — residence: Lund, Sweden — citizenship: SE — ${v('pii.email', 'hannah.lindqvist@nordlift-tech.se')}
Inventor 2: Kenji Watanabe — residence: Yokohama, Japan — citizenship: JP — ${phone('+81 45 482 7391')}
Inventor 3: Miguel Ángel Serrano — residence: Bilbao, Spain — citizenship: ES
Applicant: NordLift Technologies AB`),

  rec('chat_ja', f`PCT出願の発明者情報を英語表記にしてください。
発明者：高橋 誠
住所：神奈川県川崎市中原区小杉町3-264
電話：${phone('044-482-7391', 'JP')}
メール：${v('pii.email', 'm.takahashi@shoko-denki.co.jp')}`),

  rec('email_de', f`Kannst du die Mail an den Erfinder umformulieren, damit sie weniger bürokratisch klingt?

"Sehr geehrter Herr Dr. Brandl, für die Erfinderbenennung zur EP-Anmeldung benötigen wir Ihre aktuelle Privatanschrift. Bitte melden Sie sich unter ${phone('+49 30 8847 2916')} oder per E-Mail an ${v('pii.email', 'fristen@kanzlei-brandl-partner.de')}."`),

  rec('chat_fr', f`Pour la rémunération supplémentaire d'invention de M. Thibault Marchand, la paie me demande son numéro de sécurité sociale. Il m'a répondu : ${v('pii.fr_nir', nir('1840775114028', '1 84 07 75 114 028'))}. Tu peux rédiger la note interne à la paie en reprenant la prime de 3 500 € ?`),

  rec('medical_report', f`Translate this extract of the medical report into Polish for the court bundle:

Patient: Mr Andrzej Wójcik   NHS number: ${v('pii.uk_nhs_number', nhs('485 291 736'))}   Date of birth: ${v('pii.date_of_birth', '04/11/1968')}
Seen in A&E on 2 March 2024 following a fall at work. X-ray: undisplaced fracture of the left radius. Discharged with a backslab and fracture clinic follow-up.`),

  rec('chat_ur', f`براہ کرم ڈرائیور کو یہ پیغام اردو میں لکھ دیں: "آپ کی گاڑی کے ٹائر کل صبح نو بجے تبدیل ہوں گے۔" ڈرائیور کا نام عمران علی ہے اور اس کا نمبر ${phone('0300 4827391', 'PK')} ہے۔`),

  rec('chat_uk', f`Перевірте, будь ласка, мій переклад паспорта громадянина України для посольства:
Прізвище: Шевченко / SHEVCHENKO
Дата народження: ${v('pii.date_of_birth', '27.01.1990')}
Номер документа: ${v('pii.passport', 'FX482917')}
Контактний телефон: ${phone('+380 67 482 3917')}`),

  rec('chat_vi', f`Giúp mình viết tin nhắn nhắc phụ huynh đóng học phí nhé. Phụ huynh: chị Nguyễn Thị Lan, số điện thoại ${phone('0912 482 739', 'VN')}, bé Minh Anh lớp Mầm 2.`),

  rec('audit_log', f`${amb('source_code.snippet', f`2024-12-04T16:02:11Z esign.completed envelope=HT-24-09132 signer="${v('pii.email', 'g.whitfield@cox.net')}" ip=${amb('pii.ip_address', '68.104.37.219')} ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"
2024-12-04T16:05:48Z esign.completed envelope=HT-24-09132 signer="${v('pii.email', 'priya.raman84@yahoo.com')}" ip=${amb('pii.ip_address', '98.167.52.14')} ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`)}

Summarise who signed when for the escrow file note.`),
];
