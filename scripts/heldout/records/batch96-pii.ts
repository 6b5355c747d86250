/**
 * Held-out batch 96: personal data — fertility clinic intake, student-housing applications, water
 * billing accounts, equipment-rental customers, fund KYC and staff records. Hand-written.
 */
import { luhnCheckDigit, verhoeffCheckDigit } from '../../corpus/checksums';
import { CHECKS } from '../checks';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

/** Completes a value with the one suffix character its checker accepts. */
function fix(rule: string, prefix: string, tail = '', alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'): string {
  const check = CHECKS[rule];
  for (const ch of alphabet) {
    const s = prefix + ch + tail;
    if (check?.(s)) return s;
  }
  throw new Error(`no valid completion for ${rule} ${prefix}`);
}
function cpf(nine: string): string {
  for (let a = 0; a < 100; a++) {
    const s = nine + String(a).padStart(2, '0');
    if (CHECKS['pii.br_cpf']?.(s)) return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
  }
  throw new Error('cpf');
}
const aadhaar = (p11: string): string => {
  const d = p11 + String(verhoeffCheckDigit(p11));
  return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`;
};
const nirKey = (body13: string): string => `${body13}${String(97n - (BigInt(body13) % 97n)).padStart(2, '0')}`;

const AADHAAR = aadhaar('73918264051');
const NHS = fix('pii.uk_nhs_number', '485 720 316', '', '0123456789');
const SSN = '529-41-8736';
const CPF = cpf('318472960');
const DNI = fix('pii.es_dni', '48213976', '', 'TRWAGMYFPDXBNJZSQVHLCKE');
const NIE = fix('pii.es_nie', 'Y4827163', '', 'TRWAGMYFPDXBNJZSQVHLCKE');
const BSN = fix('pii.nl_bsn', '31846205', '', '0123456789');
const SIN_RAW = '52718394' + String(luhnCheckDigit('52718394'));
const SIN = `${SIN_RAW.slice(0, 3)} ${SIN_RAW.slice(3, 6)} ${SIN_RAW.slice(6)}`;
const STEUER = fix('pii.de_steuer_id', '5729183654', '', '0123456789');
const NIR = nirKey('2880375113042');
const NIR_SPACED = `${NIR.slice(0, 1)} ${NIR.slice(1, 3)} ${NIR.slice(3, 5)} ${NIR.slice(5, 7)} ${NIR.slice(7, 10)} ${NIR.slice(10, 13)} ${NIR.slice(13)}`;
const CF = fix('pii.it_codice_fiscale', 'RSSGLI01E52F205', '', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
const NINO = 'JT 48 29 17 C';

export const BATCH96_PII: DraftRecord[] = [
  rec('form', f`Please convert this intake form into a neat summary for the embryologist. Patient is from Pune, first IVF cycle.

Name: Priyanka Deshmukh
Date of birth: ${v('pii.date_of_birth', '17/08/1991')}
Aadhaar: ${v('pii.in_aadhaar', AADHAAR)}
Mobile: ${phone('+91 98221 47305')}
Email: ${v('pii.email', 'priyanka.deshmukh91@gmail.com')}
Partner: Rohan Deshmukh, DOB ${v('pii.date_of_birth', '02/11/1988')}
AMH: 2.1 ng/mL, AFC 14
Referred by: Dr. S. Kulkarni`),

  rec('email', f`Subject: Room offer — Pollock Halls, session 2025/26

Hi there,

Could you tidy this up into a proper offer letter? Applicant details below, she's a mature student so the council-tax exemption needs her NI number.

Name: Morag Fraser
Born: ${v('pii.date_of_birth', '23 March 1996')}
National Insurance no.: ${v('pii.uk_nino', NINO)}
Mobile: ${phone('07834 219 604', 'GB')}
Email: ${v('pii.email', 'm.fraser96@outlook.com')}
Room: en-suite, Block D, 41 weeks

Cheers,
Accommodation Services`),

  rec('letter', f`Can you shorten this GP referral to the fertility unit into bullet points?

Dear colleague,
Re: Ms Aisha Rahman, DOB ${v('pii.date_of_birth', '04/06/1989')}, NHS No. ${v('pii.uk_nhs_number', NHS)}
I would be grateful if you could see this 35-year-old lady with 3 years of primary subfertility. BMI 24, regular cycles, partner's semen analysis normal. Day-21 progesterone suggests ovulation. Please consider referral for tubal patency testing.
Contact: ${phone('0121 496 2875', 'GB')}`),

  rec('form', f`Guarantor form — student housing, fall 2025 (please check the fields are complete)

Student: Tyler Brooks
Guarantor: Linda Brooks (mother)
Guarantor SSN: ${v('pii.us_ssn', SSN)}
Guarantor DOB: ${v('pii.date_of_birth', '1968-12-09')}
Phone: ${phone('(512) 748-3029', 'US')}
Employer: Travis County ISD, annual income $64,500`),

  rec('form', f`Oi, preciso transformar esse cadastro da clínica em um JSON pro sistema novo. Dados:

Paciente: Juliana Alves Cardoso
CPF: ${v('pii.br_cpf', CPF)}
Data de nascimento: ${v('pii.date_of_birth', '11/02/1990')}
Celular: ${phone('(81) 99847-2316', 'BR')}
E-mail: ${v('pii.email', 'juliana.cardoso@uol.com.br')}
Convênio: Hapvida, plano 7712`),

  rec('email', f`Asunto: Cambio de titularidad del contrato de suministro

Buenos días,

Adjunto los datos del nuevo titular del contrato 0041-228917 (calle Arzobispo Mayoral 14, 3.º B, Valencia):

Nombre: Sergio Navarro Gil
DNI: ${v('pii.es_dni', DNI)}
Teléfono: ${phone('612 48 37 90', 'ES')}
Correo: ${v('pii.email', 'sergio.navarro.gil@gmail.com')}

El anterior titular (su padre) ha fallecido; aportamos certificado de defunción. ¿Me redactáis la respuesta formal?`),

  rec('chat', f`Hola, un cliente británico alquila una miniexcavadora en Málaga. Nos ha dado su NIE ${v('pii.es_nie', NIE)} y el móvil ${phone('+34 655 219 847')}. ¿Podemos aceptar el NIE sin pasaporte para el contrato de alquiler?`),

  rec('form', f`Kun je deze inschrijving voor de studentenkamer omzetten naar een tabel?

Naam: Femke de Boer
Geboortedatum: ${v('pii.date_of_birth', '29-09-2004')}
BSN: ${v('pii.nl_bsn', BSN)}
Telefoon: ${phone('06 41 28 73 95', 'NL')}
E-mail: ${v('pii.email', 'femke.deboer04@hotmail.nl')}
Studie: Bouwkunde, jaar 2`),

  rec('hr_record', f`New hire onboarding — SCADA technician, Winnipeg pumping station. Please draft the welcome email from this record.

Employee: Marc-André Tremblay
SIN: ${v('pii.ca_sin', SIN)}
Date of birth: ${v('pii.date_of_birth', 'July 14, 1993')}
Cell: ${phone('204-318-4720', 'CA')}
Start date: May 5, 2025`),

  rec('hr_record', f`Hallo, bitte aus diesen Stammdaten eine Checkliste für die Lohnbuchhaltung machen:

Mitarbeiter: Lukas Brandstätter, Leitwarte Trinkwasser
Geburtsdatum: ${v('pii.date_of_birth', '08.01.1987')}
Steuer-ID: ${v('pii.de_steuer_id', STEUER)}
Handy: ${phone('0171 4829 376', 'DE')}
Eintritt: 01.04.2025, Schichtdienst`),

  rec('chat', f`Bonjour, pour le dossier de prise en charge FIV de Mme Claire Dubois (née le ${v('pii.date_of_birth', '12/03/1988')}), la CPAM demande le numéro de sécu : ${v('pii.fr_nir', NIR_SPACED)}. Pouvez-vous rédiger le courrier d'accompagnement ?`),

  rec('form', f`Ciao, mi aiuti a scrivere la mail di conferma per l'assegnazione dell'alloggio?

Studentessa: Giulia Rossi
Codice fiscale: ${v('pii.it_codice_fiscale', CF)}
Nata il ${v('pii.date_of_birth', '12/05/2001')} a Milano
Cellulare: ${phone('347 218 6094', 'IT')}
Email: ${v('pii.email', 'giulia.rossi01@libero.it')}`),

  rec('kyc', f`KYC checklist — authorised signatory for the co-investment SPV. Can you flag anything missing?

Name: Hamad Khalifa Al-Marri
Nationality: Qatari
Passport no.: ${v('pii.passport', '03847291')}
Date of birth: ${v('pii.date_of_birth', '1979-04-22')}
Mobile: ${phone('+974 5517 8243')}
Email: ${v('pii.email', 'h.almarri@arsh-holdings.qa')}
Role: Director, Investment Operations`),

  rec('chat', f`Habari, mwanafunzi kutoka Kenya anaomba chumba katika hosteli yetu. Pasipoti yake ni ${v('pii.passport', 'AK0472915')}, alizaliwa tarehe ${v('pii.date_of_birth', '03/09/2003')}, simu ${phone('+254 712 480 395')}. Naomba uandike barua ya kumkaribisha.`),

  rec('csv', f`Moi! Voitko muuttaa tämän vuokralaislistan Excel-kaavaksi, joka laskee vuokrarästit?

nimi;huone;puhelin;sähköposti;rästi_eur
Aino Virtanen;A203;${phone('040 718 2946', 'FI')};${v('pii.email', 'aino.virtanen@student.oulu.fi')};0
Mikko Laine;A207;${phone('050 362 8814', 'FI')};${v('pii.email', 'mikko.laine@student.oulu.fi')};312,50
Sanna Heikkinen;B110;${phone('044 590 1273', 'FI')};${v('pii.email', 's.heikkinen@student.oulu.fi')};88,00`),

  rec('ticket', f`고객 문의 #58213 (장비 렌탈)
이름: 박지훈
연락처: ${phone('010-4827-3196', 'KR')}
이메일: ${v('pii.email', 'jihoon.park@naver.com')}
내용: 지난주 빌린 미니 굴착기의 보증금이 아직 환불되지 않았습니다. 확인 부탁드립니다.

이 문의에 대한 정중한 답변을 작성해 주세요.`),

  rec('chat', f`你好，有位用户投诉水费账单异常，上个月用水量是平时的三倍。用户：王丽娟，电话 ${phone('139 1047 2853', 'CN')}，户号 31-0288174。请帮我写一封回复，说明我们会安排上门检查水表。`),

  rec('chat', f`こんにちは。不妊治療クリニックの受付です。患者様（田中美咲様、生年月日 ${v('pii.date_of_birth', '1990年5月18日')}、電話 ${phone('090-3827-1465', 'JP')}）への採卵日変更のご案内メールを作成してください。`),

  rec('chat', f`สวัสดีค่ะ ช่วยเขียนข้อความแจ้งผู้เช่าหอพักเรื่องค่าน้ำค้างชำระให้หน่อยค่ะ ผู้เช่า: นางสาวสุภาพร แก้วมณี ห้อง 512 โทร ${phone('081 492 7365', 'TH')}`),

  rec('chat', f`Chào bạn, khách thuê xe nâng ở Bình Dương để lại thông tin: anh Nguyễn Văn Hùng, SĐT ${phone('0912 483 706', 'VN')}, email ${v('pii.email', 'hung.nguyen.bd@gmail.com')}. Soạn giúp mình tin nhắn nhắc trả xe đúng hạn nhé.`),

  rec('chat', f`السلام عليكم، زبون ديال الماء فالدار البيضاء كيشكي من فاتورة غالية. الاسم: يوسف بنعلي، الهاتف ${phone('0661-482937', 'MA')}. عاوني نكتب ليه جواب بالدارجة وبالفرنسية.`),

  rec('chat', f`Merhaba, doğurganlık kliniğimize randevu iptali için arayan hasta: Elif Kaya, doğum tarihi ${v('pii.date_of_birth', '21.07.1992')}, telefon ${phone('0532 481 27 39', 'TR')}. Ona kibar bir SMS metni yazar mısın?`),

  rec('chat', f`Nnọọ, onye ahịa gbazitere crane n'Enugu nyere anyị nọmba ekwentị ya ${phone('0803 417 2958', 'NG')} na email ${v('pii.email', 'chinedu.okafor@yahoo.com')}. Biko dee ozi ncheta maka ụgwọ ọ ka na-eji.`),

  rec('chat', f`Dumela, moithuti wa ntlo ya baithuti o kopa go busediwa madi a gagwe. Leina: Kagiso Molefe, founo ${phone('+27 72 491 3806')}. Ke kopa o nkwalele lekwalo ka Setswana le Sekgoa.`),

  rec('chat', f`Oli otya, omukozesa w'amazzi e Kampala yatuwandiikira nti mita ye eyonoonese. Erinnya: Nakato Sarah, essimu ${phone('0772 418 396', 'UG')}. Nnyamba okuwandiika ebbaluwa ey'okumuddamu.`),

  rec('chat', f`Akkam, maamilli tajaajila bishaanii Adaamaa irraa bilbilee komii dhiyeesse. Maqaa: Caaltuu Gammachuu, bilbila ${phone('0911 482 730', 'ET')}. Deebii gabaabaa Afaan Oromootiin naaf barreessi.`),

  rec('chat', f`سلام، زموږ د کرایې شرکت یو پیرودونکی چې په پېښور کې دی، د ډیپازټ بېرته ورکولو غوښتنه کړې. نوم: احمد خان، ټیلیفون ${phone('0300 4827391', 'PK')}. مهرباني وکړئ یو رسمي ځواب ولیکئ.`),

  rec('chat', f`Maayong buntag, usa ka estudyante sa dormitoryo sa Cebu ang nangayo og extension sa bayad. Ngalan: Kristine Mae Alcantara, numero ${phone('0917 482 3961', 'PH')}, email ${v('pii.email', 'kmalcantara@usc.edu.ph')}. Palihug himoa ko og tubag.`),

  rec('chat', f`Hola, en la clínica de fertilidad de Lima necesito confirmar la cita de la paciente Rosa Quispe Mamani, nacida el ${v('pii.date_of_birth', '30/10/1987')}, celular ${phone('987 412 365', 'PE')}. ¿Me ayudas con un mensaje de WhatsApp corto y cálido?`),

  rec('chat', f`Jó napot, a vízmű ügyfélszolgálatán egy idős ügyfél kérte, hogy a számlát a fiának küldjük. Ügyfél: Kovács Ilona, született ${v('pii.date_of_birth', '1941. március 3.')}, fia telefonszáma ${phone('+36 30 482 7195')}. Kell ehhez meghatalmazás?`),

  rec('app_log', f`Can you tell me why the tenant portal logs this warning every few minutes?

2025-03-18T08:41:12Z WARN  auth.login  failed login for ${v('pii.email', 'nikos.papadopoulos@uoa.gr')} from ${amb('pii.ip_address', '85.74.192.36')} (reason=locked, attempts=6)
2025-03-18T08:44:37Z WARN  auth.login  failed login for ${v('pii.email', 'nikos.papadopoulos@uoa.gr')} from ${amb('pii.ip_address', '85.74.192.36')} (reason=locked, attempts=7)`),

  rec('chat', f`Γεια σας, ο φοιτητής Νίκος Παπαδόπουλος (γεννημένος ${v('pii.date_of_birth', '14/02/2005')}, κινητό ${phone('694 827 3105', 'GR')}) ζητά αλλαγή δωματίου λόγω θορύβου. Γράψτε μου μια ευγενική απάντηση.`),

  rec('chat', f`Здравствуйте! Арендатор экскаватора в Казани просит перенести срок возврата. Контакт: Ильдар Сафин, ${phone('+7 917 284-36-19')}, ${v('pii.email', 'ildar.safin@mail.ru')}. Напиши вежливый ответ с условиями продления.`),
];
