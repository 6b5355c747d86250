/**
 * Held-out batch 145: personal data — expeditioner medical and travel records, learner-driver
 * bookings, player registrations and referee rosters, subscriber accounts, export contacts and
 * cold-chain QA staff. Hand-written, many languages.
 */
import { brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, inAadhaarSpaced, itCodiceFiscale, luhnCheckDigit, nlBsnCheckDigit, ukNhsSpaced } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);
const pp = (s: string) => v('pii.passport', s);
const ip = (s: string) => amb('pii.ip_address', s);

const NHS1 = ukNhsSpaced('485093271');
const NHS2 = ukNhsSpaced('612408395');
const STEUER = `5739281645${deSteuerIdCheckDigit('5739281645')}`;
const NIR_BODY = '1920831055147';
const NIR = `${NIR_BODY.slice(0, 1)} ${NIR_BODY.slice(1, 3)} ${NIR_BODY.slice(3, 5)} ${NIR_BODY.slice(5, 7)} ${NIR_BODY.slice(7, 10)} ${NIR_BODY.slice(10)} ${frNirKey(NIR_BODY)}`;
const BSN = `28471935${nlBsnCheckDigit('28471935')}`;
const CPF = brCpfFormatted('582047193');
const CPF2 = brCpfFormatted('731904826');
const CF = itCodiceFiscale('BNCGLI88H52F839');
const DNI = esDni('47392816');
const NIE = esNie('Y', '2847193');
const AADHAAR = inAadhaarSpaced('58203719462');
const AADHAAR2 = inAadhaarSpaced('73910482657');
const SIN_P = '52847193';
const SIN = `${SIN_P.slice(0, 3)} ${SIN_P.slice(3, 6)} ${SIN_P.slice(6)}${luhnCheckDigit(SIN_P)}`;

export const BATCH145_PII: DraftRecord[] = [
  rec('medical_en_nz', f`Can you turn this into a handover note for the incoming winter doctor? Keep it short.

Expeditioner: Aroha Ngata   DOB: ${dob('14/02/1987')}   NHI: ${ambCat('pii', 'ZKT4829')}
Next of kin: Tama Ngata ${phone('021 284 7193', 'NZ')}
Hx: mild asthma, Ventolin PRN. Pre-deployment bloods normal. Dental check done 02/08.
Flagged: needs repeat spirometry at mid-winter.`),

  rec('travel_en_gb', f`Please check this crew list for the ice flight before I send it to the airline — any missing fields?

Surname | Given names | DOB | Passport | Nationality
Fairweather | Oliver James | ${dob('03/11/1979')} | ${pp('548201937')} | GBR
Kowalczyk | Marta | ${dob('21/06/1990')} | ${pp('EK4829173')} | POL
Thorsen | Eirik | ${dob('09/09/1984')} | ${pp('FM8302719')} | NOR`),

  rec('medical_en_gb', f`Summarise for the evacuation request (keep clinical detail):

Patient: Callum Reid, winter plumber   NHS No: ${v('pii.uk_nhs_number', NHS1)}   DOB ${dob('28.05.1992')}
Presentation: RUQ pain 36h, febrile 38.6, Murphy's positive. Ultrasound (portable): thickened GB wall.
Plan: IV abx started, request medevac when weather window opens. GP at home: Dr S. Hughes.`),

  rec('form_de', f`Bitte prüf die Anmeldung zur Fahrschule auf Vollständigkeit:

Name: Lena Brandauer
Geburtsdatum: ${dob('17.03.2007')}
Adresse: Kirchgasse 4, 37073 Göttingen
Handy: ${phone('0171 4829375', 'DE')}
E-Mail: ${mail('lena.brandauer07@web.de')}
Führerscheinklasse: B (begleitetes Fahren ab 17)
Sehtest: liegt vor, Erste-Hilfe-Kurs: 02.03.`),

  rec('payroll_de', f`Für den neuen Prüfer in unserer Fahrschule brauch ich eine kurze Begrüßungsmail. Personalbogen:
Name: Tobias Wendler, geb. ${dob('04.10.1981')}
Steuer-Identifikationsnummer: ${v('pii.de_steuer_id', STEUER)}
Krankenkasse: AOK Niedersachsen
Start: 01.09.`),

  rec('form_fr', f`Aide-moi à compléter l'attestation pour l'inscription d'une candidate au permis :
Nom : Chloé Marchand — née le ${dob('12 janvier 2006')} à Toulouse
N° de sécurité sociale du parent : ${v('pii.fr_nir', NIR)}
Portable : ${phone('06 48 27 93 15', 'FR')}
Courriel : ${mail('chloe.marchand06@orange.fr')}`),

  rec('chat_fr_qc', f`Peux-tu écrire un courriel de bienvenue pour notre nouveau livreur de journaux? Il faut juste confirmer ses infos pour la paie : Jean-Sébastien Tremblay, NAS ${v('pii.ca_sin', SIN)}, cell ${phone('(514) 287-4419', 'CA')}. Il commence lundi sur la route de Sherbrooke.`),

  rec('registration_es', f`Hola, necesito preparar la ficha de inscripción de un árbitro asistente para la temporada 24/25:
Nombre: Javier Ortega Ruiz
DNI: ${v('pii.es_dni', DNI)}
Fecha de nacimiento: ${dob('02/07/1995')}
Móvil: ${phone('+34 622 918 473')}
Correo: ${mail('javier.ortega.arbitro@gmail.com')}
¿Me ayudas a redactar el correo de confirmación al comité?`),

  rec('chat_es', f`El nuevo mozo de almacén de la cámara fría es extranjero; en el alta puse NIE ${v('pii.es_nie', NIE)}. ¿Cuál es el plazo para darle de alta en la Seguridad Social?`),

  rec('registration_pt_br', f`Oi, preciso conferir o cadastro de transferência do atleta antes de mandar para a CBF:
Atleta: Gabriel Henrique dos Santos
CPF: ${v('pii.br_cpf', CPF)}
Data de nascimento: ${dob('19/04/2005')}
Passaporte: ${pp('FZ482719')}
Responsável: Cláudia dos Santos, ${phone('(11) 98274-3615', 'BR')}
Tá faltando algum documento pra transferência internacional de menor?`),

  rec('chat_pt_br', f`Pode revisar esse e-mail pra aluna da autoescola? "Olá Fernanda, seu exame prático foi remarcado para 22/08 às 9h. Confirme seus dados: CPF ${v('pii.br_cpf', CPF2)}, celular ${phone('+55 21 99184-7302')}." Quero que fique mais simpático.`),

  rec('form_it', f`Controlla questo modulo di tesseramento arbitri, è completo?
Cognome e nome: Bianchi Giulia
Codice fiscale: ${v('pii.it_codice_fiscale', CF)}
Nata a Napoli il ${dob('12/06/1988')}
Cellulare: ${phone('+39 340 829 1746')}
Email: ${mail('giulia.bianchi88@libero.it')}`),

  rec('hr_nl', f`Kun je een bevestigingsmail opstellen voor onze nieuwe kasmedewerker?
Naam: Sanne de Groot
BSN: ${v('pii.nl_bsn', BSN)}
Geboortedatum: ${dob('8 mei 1999')}
Telefoon: ${phone('06 28491736', 'NL')}
Startdatum: maandag 2 september, kas 5 (tomaten)`),

  rec('chat_hi', f`नमस्ते, हमारे ग्रीनहाउस में नए मज़दूर का KYC करना है। नाम: रमेश कुमार, आधार नंबर ${v('pii.in_aadhaar', AADHAAR)}, जन्म तिथि ${dob('05/08/1993')}, मोबाइल ${phone('+91 98201 47382')}। क्या पीएफ खाते के लिए यह काफ़ी है?`),

  rec('chat_ta', f`வணக்கம், ஓட்டுநர் பள்ளி மாணவியின் ஆதார் எண் ${v('pii.in_aadhaar', AADHAAR2)}, பிறந்த தேதி ${dob('11-03-2006')}. LLR விண்ணப்பத்துக்கு வேறு என்ன ஆவணம் தேவை?`),

  rec('chat_en_us', f`Need a polite rejection letter for a driving examiner applicant — background check flagged something. His details for the letter: Darnell Hughes, SSN ${v('pii.us_ssn', '518-42-7309')}, DOB ${dob('07/22/1983')}, ${mail('dhughes83@outlook.com')}. Don't mention the reason explicitly.`),

  rec('chat_en_gb', f`Could you draft the P45 cover note for our classifieds sales rep who's leaving? Name: Priya Chauhan, NI number ${v('pii.uk_nino', 'JT 58 29 04 C')}, last day 30 August. Personal email for the P45: ${mail('priya.chauhan@btinternet.com')}.`),

  rec('medical_en', f`Pre-deployment medical summary for the summer field team (please format as a table):
- Liam O'Connell, b. ${dob('1991-02-13')}, NHS ${v('pii.uk_nhs_number', NHS2)}, penicillin allergy
- Hana Takeda, b. ${dob('1988-09-30')}, no known allergies, contact ${mail('hana.takeda@polar-field.org')}
- Mateo Gutiérrez, b. ${dob('1995-12-04')}, wears contact lenses`),

  rec('chat_ja', f`来月の南極観測隊の渡航手続きです。以下の情報で査証申請の添付書類リストを作ってください。
氏名：佐藤 悠真
生年月日：${dob('1990年4月18日')}
旅券番号：${pp('TZ1847293')}
連絡先：${phone('090-2847-1935', 'JP')}`),

  rec('chat_ko', f`운전면허 시험 접수 확인 문자를 만들어 주세요. 응시자: 김민지, 생년월일 ${dob('2004.05.21')}, 휴대폰 ${phone('010-2847-1935', 'KR')}, 시험일 8월 19일 오전 10시 (강남 시험장).`),

  rec('chat_zh', f`请帮我把这段球员注册信息翻译成英文，发给国际足联TMS：
姓名：王浩然
出生日期：${dob('2003年7月9日')}
护照号码：${pp('E84719352')}
联系电话：${phone('+86 138 2847 1935')}`),

  rec('chat_ru', f`Нужно оформить приглашение для судьи из Казахстана на международный турнир. Данные: Ержан Сапаров, дата рождения ${dob('15.11.1986')}, заграничный паспорт ${pp('N12847193')}, тел. ${phone('+7 701 284 7193')}. Составь письмо на русском и английском.`),

  rec('chat_uk', f`Допоможи скласти заяву на відновлення підписки на газету. Дані передплатника: Олена Коваленко, ${mail('o.kovalenko@ukr.net')}, тел. ${phone('+380 67 284 7193')}, адреса: вул. Шевченка 12, кв. 8, Полтава.`),

  rec('chat_ar_eg', f`عايز أكتب رسالة لعميل في القاهرة بخصوص شحنة الخس المتأخرة. بياناته: المهندس كريم عبد الرحمن، موبايل ${phone('+20 100 284 7193')}، إيميل ${mail('karim.abdelrahman@hydrogreen-eg.com')}. اكتبها بالعامية المصرية بس مؤدبة.`),

  rec('chat_he', f`תכין לי בבקשה טופס רישום שחקן לעונה החדשה עם הפרטים: שם: נועם לוי, תאריך לידה ${dob('03.02.2008')}, טלפון של ההורה ${phone('+972 52-284-7193')}, מייל ${mail('noam.levi.parents@gmail.com')}. צריך גם חתימת הורה כי הוא קטין.`),

  rec('chat_tr', f`Antrenör ehliyet sınavı için öğrencinin bilgilerini kontrol eder misin? Ad Soyad: Elif Yıldız, doğum tarihi ${dob('28.08.2006')}, cep: ${phone('+90 532 418 27 93')}, e-posta: ${mail('elifyildiz06@hotmail.com')}.`),

  rec('chat_el', f`Θέλω να γράψω μια απάντηση σε συνδρομητή που ζητά να αλλάξουμε τη διεύθυνση αποστολής της εφημερίδας. Στοιχεία: Γιώργος Παπαδόπουλος, τηλ. ${phone('+30 694 284 7193')}, ${mail('g.papadopoulos@otenet.gr')}.`),

  rec('log_en', f`Why is the subscriber login failing for this user? From the auth log:

${amb('source_code.snippet', f`2024-08-14T06:12:44Z WARN auth login_failed user=${mail('m.whitcombe@courier-reader.co.uk')} ip=${ip('81.174.239.18')} reason=mfa_timeout
2024-08-14T06:13:20Z WARN auth login_failed user=${mail('m.whitcombe@courier-reader.co.uk')} ip=${ip('81.174.239.18')} reason=mfa_timeout
2024-08-14T06:15:02Z INFO auth password_reset_sent user=${mail('m.whitcombe@courier-reader.co.uk')}`)}`),

  rec('csv_pl', f`Posortuj kursantów według daty egzaminu i zaznacz niepełnoletnich:

${amb('source_code.snippet', f`imie_nazwisko;data_urodzenia;telefon;egzamin
Kacper Nowak;${dob('2007-01-14')};${phone('+48 601 284 739')};2024-09-03
Zuzanna Wiśniewska;${dob('2005-11-30')};${phone('+48 512 847 193')};2024-08-27
Oliwer Kamiński;${dob('2006-06-02')};${phone('+48 698 271 405')};2024-09-10`)}`, 'the data_urodzenia column makes each date a birth date'),

  rec('chat_hu', f`Szia, egy játékvezető jelentkezett a megyei keretbe: Nagy Bence, született ${dob('1998. március 3.')}, telefon ${phone('+36 30 284 7195')}. Írnál neki egy visszaigazoló e-mailt?`),

  rec('chat_th', f`ช่วยร่างข้อความยืนยันการสมัครสมาชิกหนังสือพิมพ์ให้หน่อย ชื่อ สมชาย ใจดี เบอร์ ${phone('+66 81 284 7193')} อีเมล ${mail('somchai.jaidee@gmail.com')} เริ่มส่งวันที่ 1 กันยายน`),

  rec('chat_vi', f`Nhờ bạn viết email chào mừng kỹ sư nông nghiệp mới của nhà kính: Nguyễn Thị Lan, sinh ngày ${dob('23/03/1994')}, điện thoại ${phone('+84 90 284 71 93')}, email ${mail('lan.nguyen.agri@gmail.com')}.`),

  rec('chat_am', f`ሰላም፣ ለአዲሱ የግሪንሃውስ ሰራተኛ የስራ ውል ረቂቅ እፈልጋለሁ። ስም፡ ሰላማዊት ታደሰ፣ የትውልድ ቀን ${dob('12/05/1996')}፣ ስልክ ${phone('+251 91 128 4719')}።`),

  rec('chat_ka', f`დამეხმარე მოსამართლის რეგისტრაციის ფორმის შევსებაში: გიორგი ბერიძე, დაბადების თარიღი ${dob('07.04.1989')}, ტელეფონი ${phone('+995 599 28 47 19')}, ელფოსტა ${mail('g.beridze.referee@gmail.com')}.`),

  rec('chat_hy', f`Օգնիր բաժանորդին նամակ գրել․ Արամ Պետրոսյան, հեռ. ${phone('+374 91 284719')}, էլ․ փոստ ${mail('aram.petrosyan@mail.am')}։ Նա ուզում է դադարեցնել բաժանորդագրությունը։`),

  rec('chat_sw', f`Naomba unisaidie kuandika barua ya kumkaribisha mwanafunzi mpya wa udereva: Amina Hassan, tarehe ya kuzaliwa ${dob('14/02/2004')}, simu ${phone('+254 712 847193')}.`),

  rec('chat_id', f`Tolong buatkan surat konfirmasi pemesanan sayur hidroponik untuk pembeli: Budi Santoso, HP ${phone('+62 812-8471-9302')}, email ${mail('budi.santoso@tokosegar.co.id')}, alamat pengiriman Jl. Kemang Raya 14, Jakarta Selatan.`),
];
