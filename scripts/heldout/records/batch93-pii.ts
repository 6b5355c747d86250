/**
 * Held-out batch 93: personal data in SIM-registration KYC forms, paediatric oncology notes, LP
 * onboarding files, library patron exports and driver-onboarding tickets, in many languages.
 * Check characters are completed against the independent validators in checks.ts.
 */
import { nhsCheckDigit, verhoeffCheckDigit } from '../../corpus/checksums';
import { bsnValid, codiceFiscaleValid, cpfValid, dniValid, nieValid, ninoValid, nirValid, sinValid, ssnValid, steuerIdValid } from '../checks';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

/** Completes `prefix` with the first suffix from `options` that the check accepts. */
function complete(prefix: string, options: readonly string[], ok: (s: string) => boolean): string {
  for (const o of options) if (ok(prefix + o)) return prefix + o;
  throw new Error(`no valid completion for ${prefix}`);
}
const D10 = '0123456789'.split('');
const D100 = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const AZ26 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

const NHS1 = '485 720 193'.replace(/ /g, '') + String(nhsCheckDigit('485720193'));
const NHS2 = '638 104 927'.replace(/ /g, '') + String(nhsCheckDigit('638104927'));
const AADHAAR = '73918264051' + String(verhoeffCheckDigit('73918264051'));
const CPF = complete('482917365', D100, cpfValid);
const CPF2 = complete('193746285', D100, cpfValid);
const DNI = complete('48271936', AZ26, dniValid);
const NIE = complete('Y4829173', AZ26, nieValid);
const BSN = complete('27384915', D10, bsnValid);
const NIR = complete('2110775120057', D100, nirValid);
const CF = complete('BNCGLI12R45F205', AZ26, codiceFiscaleValid);
const STEUER = complete('5718293746', D10, steuerIdValid);
const SIN = complete('54638291', D10, sinValid);
const NINO = 'JT482916C';
const SSN = '529-38-4710';

const fmtCpf = (s: string): string => `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
const fmt3 = (s: string): string => `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
if (!ninoValid(NINO) || !ssnValid(SSN)) throw new Error('bad fixed id');

export const BATCH93_PII: DraftRecord[] = [
  rec('form', f`SIM REGISTRATION – NEW LINE (Store: Ikeja City Mall)
Surname: Okonkwo
First name: Chidinma
Date of birth: ${v('pii.date_of_birth', '14/03/1994')}
NIN: ${ambCat('pii', '48291736502')}
Phone (alternate): ${phone('+234 803 517 2294')}
Email: ${v('pii.email', 'chidinma.okonkwo94@gmail.com')}
Address: 12 Adeniyi Jones Ave, Ikeja, Lagos

Please help me check: the NIMC verification says "Name mismatch". Could it be the Igbo diacritics?`, 'NIN is an 11-digit Nigerian identity number with no engine rule and no checksum; left unlabelled'),

  rec('chat', f`Morning! Customer in the Osu store wants to port her number. Her details: Akosua Mensah, born ${v('pii.date_of_birth', '2 August 1988')}, current number ${phone('024 417 3385', 'GH')}, Ghana Card ${ambCat('pii', 'GHA-718293645-2')}. The porting form keeps failing at "ID verification". What can I tell her?`),

  rec('note', f`Ward 4B (paediatric oncology) – handover note, night shift

Bed 7 – Oliver H., NHS ${v('pii.uk_nhs_number', fmt3(NHS1))}, DOB ${v('pii.date_of_birth', '09/11/2017')}
 - cycle 3 of induction, neutropenic, obs 4-hourly
 - mum (Sarah) staying overnight, mobile ${phone('07946 318207', 'GB')}
Bed 9 – Aisha K., NHS ${v('pii.uk_nhs_number', NHS2)}, DOB ${v('pii.date_of_birth', '23/05/2014')}
 - post-LP, lying flat till 02:00

Can you turn this into SBAR format for the morning huddle?`),

  rec('email', f`Subject: Ward school liaison – Ewan

Hiya,

Just a wee note for the hospital school team. Ewan Mackay (age 9) is back in for his next block on Monday. His dad, Iain, is happy to be contacted on ${phone('07700 318 442', 'GB')} or ${v('pii.email', 'iain.mackay@btinternet.com')} about lesson plans.

Cheers,
Fiona (ward nurse, Glasgow)`),

  rec('form', f`Formulario de alta de conductor – Buenos Aires

Nombre: Martina Gómez
DNI: ${ambCat('pii', '38.472.915')}
Fecha de nacimiento: ${v('pii.date_of_birth', '27/06/1991')}
Celular: ${phone('+54 9 11 4823-1975')}
Mail: ${v('pii.email', 'martu.gomez91@hotmail.com')}
Licencia: B1, vence 2028

¿Me redactás un mail de bienvenida con los próximos pasos?`, 'Argentine DNI has no engine rule or checksum; left unlabelled'),

  rec('form', f`Cadastro de motorista parceiro – Rio de Janeiro
Nome: Rafael Nascimento Souza
CPF: ${v('pii.br_cpf', fmtCpf(CPF))}
Nascimento: ${v('pii.date_of_birth', '05/01/1989')}
Celular: ${phone('(21) 99834-2715', 'BR')}
E-mail: ${v('pii.email', 'rafa.nsouza@yahoo.com.br')}
CNH categoria B

O sistema diz "CPF já cadastrado". Pode ser duplicidade de conta antiga?`),

  rec('chat', f`नमस्ते, ड्राइवर ऑनबोर्डिंग में ये KYC रिजेक्ट हो गया: नाम रमेश यादव, आधार ${v('pii.in_aadhaar', `${AADHAAR.slice(0, 4)} ${AADHAAR.slice(4, 8)} ${AADHAAR.slice(8)}`)}, जन्म तिथि ${v('pii.date_of_birth', '12-08-1992')}, मोबाइल ${phone('+91 98201 47362')}. Reason में "photo mismatch" लिखा है। ड्राइवर को क्या मैसेज भेजूँ?`),

  rec('ticket', f`Ticket ONB-22817 – Madrid
Conductor: Javier Ruiz Herrera
DNI: ${v('pii.es_dni', DNI)}
Teléfono: ${phone('654 218 397', 'ES')}
Correo: ${v('pii.email', 'jruizherrera@gmail.com')}
Incidencia: el antecedente penal caducó el 30/11. Hay que pedirle uno nuevo antes del viernes.`),

  rec('ticket', f`Ticket ONB-22840 – Barcelona
Conductora: Ana-Maria Ionescu (nacionalidad rumana)
NIE: ${v('pii.es_nie', NIE)}
Fecha de nacimiento: ${v('pii.date_of_birth', '19/02/1996')}
Móvil: ${phone('+34 671 204 836')}
Estado: pendiente de foto del permiso de conducir (cara trasera ilegible).`),

  rec('chat', f`Hoi, een chauffeur uit Rotterdam vraagt waarom zijn account geblokkeerd is. Gegevens: Yusuf Demir, BSN ${v('pii.nl_bsn', BSN)}, geboren op ${v('pii.date_of_birth', '3 april 1990')}, telefoon ${phone('06 48271953', 'NL')}. Kun je een nette uitleg in het Nederlands schrijven dat de VOG nog ontbreekt?`),

  rec('form', f`Dossier chauffeur – Lyon
Nom : Camille Durand
N° de sécurité sociale : ${v('pii.fr_nir', `${NIR.slice(0, 1)} ${NIR.slice(1, 3)} ${NIR.slice(3, 5)} ${NIR.slice(5, 7)} ${NIR.slice(7, 10)} ${NIR.slice(10, 13)} ${NIR.slice(13)}`)}
Née le : ${v('pii.date_of_birth', '17/07/1991')}
Portable : ${phone('06 48 27 19 53', 'FR')}
Courriel : ${v('pii.email', 'camille.durand.ly@orange.fr')}

Merci de reformuler le refus (casier judiciaire non conforme) de manière bienveillante.`),

  rec('chat', f`Ciao, mi serve una mail per un autista di Milano: Giulia Bianco, codice fiscale ${v('pii.it_codice_fiscale', CF)}, cell. ${phone('347 829 1063', 'IT')}. Deve ricaricare il certificato medico per la patente, quello caricato è scaduto.`),

  rec('hr', f`Onboarding neuer Fahrerinnen – Berlin, Lohnabrechnung (Minijob Dispatch)
Name: Lena Hoffmann
Steuer-ID: ${v('pii.de_steuer_id', STEUER)}
Geburtsdatum: ${v('pii.date_of_birth', '30.09.1993')}
Mobil: ${phone('0171 4829371', 'DE')}
E-Mail: ${v('pii.email', 'lena.hoffmann93@web.de')}

Bitte prüfen, ob die Steuerklasse im Formular fehlt.`),

  rec('chat', f`Hi, Toronto onboarding here. Driver Priya Sharma sent her SIN for the tax slip: ${v('pii.ca_sin', fmt3(SIN))}, DOB ${v('pii.date_of_birth', '1990-12-04')}. Can you write her a short note explaining why we need it for the T4A?`),

  rec('chat', f`Need help drafting a message to a driver in Houston about his background check. Name: Marcus Reed, SSN ${v('pii.us_ssn', SSN)}, date of birth ${v('pii.date_of_birth', '08/21/1987')}, phone ${phone('(713) 482-1967', 'US')}. Checkr flagged a name/SSN mismatch.`),

  rec('chat', f`Hiya, London driver onboarding. Driver Tom Ellis gave NI number ${v('pii.uk_nino', 'JT 48 29 16 C')} and phone ${phone('07412 482 036', 'GB')} — the HMRC check says invalid. Is the format with spaces the problem?`),

  rec('kyc', f`LP onboarding – KYC pack (Fund III)
Investor: Dr. Henrik Åberg (natural person)
Nationality: Swedish
Passport no.: ${v('pii.passport', 'AA4829173')}, expires 2031-05-14
Date of birth: ${v('pii.date_of_birth', '1968-02-11')}
E-mail: ${v('pii.email', 'henrik.aberg@aberginvest.se')}
Phone: ${phone('+46 70 482 19 36')}

Please list what's still missing for the AML file.`),

  rec('email', f`Subject: Re: Side letter – contact for notices

Hi Rebecca,

Please update the notices address for the Al-Hashimi Family Office. The new contact is Mr. Faisal Al-Hashimi, ${v('pii.email', 'f.alhashimi@alhashimi-fo.ae')}, mobile ${phone('+971 50 482 1937')}. His passport copy (no. ${v('pii.passport', 'P48291736')}) is in the data room.

Thanks,
Investor Relations`),

  rec('csv', f`Patron export from the old ILS (branch: Dundee). Can you dedupe by email?

patron_id,name,email,phone,branch
P0019283,Morag Stewart,${v('pii.email', 'morag.stewart@gmail.com')},${phone('07825 193847', 'GB')},Central
P0019377,Morag Stewart,${v('pii.email', 'MORAG.STEWART@GMAIL.COM')},${phone('+44 7825 193847')},Broughty Ferry
P0020114,Callum Reid,${v('pii.email', 'c.reid@dundee-uni.example.ac.uk')},,Central
P0020561,Isla Fraser,${v('pii.email', 'isla.fraser82@outlook.com')},${phone('01382 418 273', 'GB')},Lochee`),

  rec('log', f`Biblioteksportalen – feillogg (innlogging)
2025-11-27T08:14:22Z WARN login failed user=${v('pii.email', 'ingrid.solberg@online.no')} ip=${amb('pii.ip_address', '84.208.117.42')} reason=bad_password attempts=5
2025-11-27T08:14:31Z WARN account locked user=${v('pii.email', 'ingrid.solberg@online.no')} ip=${amb('pii.ip_address', '84.208.117.42')}
2025-11-27T08:20:02Z INFO password reset sent to ${v('pii.email', 'ingrid.solberg@online.no')}

Kan du forklare hva som skjedde her?`),

  rec('chat', f`Здравствуйте! В салоне связи на Тверской клиент хочет переоформить номер на дочь. Данные: Иванова Анна Сергеевна, дата рождения ${v('pii.date_of_birth', '15.10.2005')}, паспорт РФ ${v('pii.passport', '45 19 482917')}, номер ${phone('+7 916 482-37-15')}. Какие документы ещё нужны для несовершеннолетней? Ой, ей уже 20.`),

  rec('chat', f`Сәлем! Дүкенге келген клиенттің нөмірін қалпына келтіру керек: Айгерім Нұрланқызы, туған күні ${v('pii.date_of_birth', '22.01.1998')}, телефон ${phone('+7 701 482 1937')}. Жеке куәлік нөмірі бар, бірақ жүйе оны қабылдамайды.`),

  rec('chat', f`Merhaba, Kadıköy mağazasında hat sahibi değişikliği yapıyoruz. Müşteri: Zeynep Arslan, doğum tarihi ${v('pii.date_of_birth', '07.05.1985')}, yeni hat ${phone('0532 418 27 93', 'TR')}, e-posta ${v('pii.email', 'zeynep.arslan85@hotmail.com')}. Sözleşme metnini Türkçe sade bir dille yazar mısın?`),

  rec('chat', f`Habari, dereva mpya Nairobi: Brian Otieno, simu ${phone('0722 418 903', 'KE')}, barua pepe ${v('pii.email', 'brian.otieno@gmail.com')}, alizaliwa ${v('pii.date_of_birth', '11/09/1995')}. Tafadhali niandikie ujumbe wa kumkaribisha kwa Kiswahili.`),

  rec('chat', f`Halo, pengemudi baru di Surabaya: Dewi Lestari, HP ${phone('0813-8472-1956', 'ID')}, email ${v('pii.email', 'dewi.lestari.sby@gmail.com')}, tanggal lahir ${v('pii.date_of_birth', '28-03-1997')}. Tolong buatkan pesan WhatsApp pengingat pelatihan keselamatan hari Sabtu.`),

  rec('chat', f`Chào anh, khách hàng ở cửa hàng Quận 1 muốn đăng ký lại SIM: Nguyễn Thị Hoa, sinh ngày ${v('pii.date_of_birth', '12/06/1990')}, số điện thoại ${phone('0903 481 276', 'VN')}. Hệ thống báo CCCD không khớp ảnh chân dung. Em nên hướng dẫn khách thế nào?`),

  rec('chat', f`สวัสดีค่ะ ลูกค้าที่สาขาสยามขอย้ายค่ายเบอร์ ${phone('089 417 2856', 'TH')} ชื่อ สมศรี ใจดี เกิดวันที่ ${v('pii.date_of_birth', '3 มีนาคม 2535')} ระบบแจ้งว่าบัตรประชาชนหมดอายุ ต้องทำอย่างไรคะ`),

  rec('chat', f`Kumusta, bagong driver sa Makati: Jerome Santos, cell ${phone('0917 482 3916', 'PH')}, email ${v('pii.email', 'jerome.santos.mnl@gmail.com')}. Pakigawa ng Tagalog na paalala tungkol sa NBI clearance na kulang pa.`),

  rec('chat', f`お世話になっております。ドライバー登録の件で、山田健太さん(生年月日 ${v('pii.date_of_birth', '1992年4月18日')}、携帯 ${phone('090-4827-3915', 'JP')})の免許証の裏面画像が不鮮明です。再提出依頼のメール文を作ってください。`),

  rec('chat', f`안녕하세요, 판교 매장에서 유심 재발급 건입니다. 고객 김민지님, 생년월일 ${v('pii.date_of_birth', '1999년 11월 2일')}, 연락처 ${phone('010-4827-3915', 'KR')}, 이메일 ${v('pii.email', 'minji.kim99@naver.com')}. 본인인증이 계속 실패하는데 안내 문구 좀 부탁드려요.`),

  rec('chat', f`您好，门店有位客户要办理实名补登记：王磊，出生日期 ${v('pii.date_of_birth', '1987年9月23日')}，手机号 ${phone('138 2749 1065', 'CN')}，邮箱 ${v('pii.email', 'wanglei1987@163.com')}。系统提示"人证不符"，我该怎么跟他解释？`),

  rec('chat', f`Dobrý den, řidič z Brna hlásí, že mu nechodí SMS kód. Jméno Petr Novák, telefon ${phone('+420 602 481 937')}, e-mail ${v('pii.email', 'petr.novak@seznam.cz')}. Můžeš mi napsat odpověď, že číslo ověříme znovu?`),

  rec('note', f`Onkologie pro děti – zpráva pro sociální pracovnici
Pacientka: Eliška M., 6 let, narozena ${v('pii.date_of_birth', '14. 2. 2019')}
Matka: Jana M., tel. ${phone('+420 731 482 905')}
Rodina žádá o příspěvek na ubytování v Ronald McDonald House během radioterapie.`),

  rec('chat', f`Szia! A könyvtári olvasójegy-megújításnál ez az olvasó nem kapja meg az e-mailt: Tóth Réka, ${v('pii.email', 'toth.reka@freemail.hu')}, tel. ${phone('+36 30 482 1937')}. Lehet spam szűrő?`),

  rec('chat', f`Sveiki, šoferio paraiškoje Vilniuje: Tomas Kazlauskas, gim. ${v('pii.date_of_birth', '1993-07-08')}, tel. ${phone('+370 612 48293')}, el. paštas ${v('pii.email', 'tomas.kazlauskas@gmail.com')}. Parašyk trumpą priminimą dėl medicininės pažymos.`),

  rec('chat', f`Hej, en förare i Malmö har bytt nummer men appen skickar fortfarande koden till det gamla. Nytt nummer ${phone('070-482 19 36', 'SE')}, e-post ${v('pii.email', 'ahmed.yusuf.malmo@gmail.com')}. Hur byter jag i adminpanelen?`),
  rec('chat', f`Oi, na loja do Shopping Iguatemi a cliente quer transferir a titularidade da linha para o filho. Dados do novo titular: Lucas Ferreira Lima, CPF ${v('pii.br_cpf', CPF2)}, nascido em ${v('pii.date_of_birth', '30/08/2003')}, celular ${phone('(11) 97482-1936', 'BR')}. Quais documentos eu peço?`),
];

