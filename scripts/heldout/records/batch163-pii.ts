/**
 * Held-out batch 163: personal data in lost-property claims, patient delivery lists, blasting-permit
 * applications, visa-letter requests, importer contacts and coastguard incident logs, in many
 * languages. Hand-written.
 */
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, inAadhaarSpaced, itCodiceFiscale, luhnWithCheck, nlBsnCheckDigit, ukNhsSpaced,
} from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const pass = (s: string) => v('pii.passport', s);

const NHS = ukNhsSpaced('485201937');
const BSN = `23719485${String(nlBsnCheckDigit('23719485'))}`;
const STEUER = `4718294036${String(deSteuerIdCheckDigit('4718294036'))}`;
const NIR = `2860675112047${frNirKey('2860675112047')}`;
const SIN = luhnWithCheck('46281937');
const CF = itCodiceFiscale('BNCLCU92E54F205');
const CF_2 = itCodiceFiscale('FRRGPP51C03L219');
const CPF = brCpfFormatted('384927150');
const DNI = esDni('48273915');
const NIE = esNie('Y', '4820193');
const AADHAAR = inAadhaarSpaced('73918402615');

export const BATCH163_PII: DraftRecord[] = [
  rec('ticket', f`Lost property claim #LP-2025-06-3391
Item: black Samsonite cabin case, found gate 4 after flight WM 212 from Alicante
Claimant: Gareth Pryce-Jones
Email: ${email('gareth.pryce.jones@btinternet.com')}
Mobile: ${phone('07823 416 905', 'GB')}
Proof of ownership: photo of luggage tag + boarding pass

Draft a reply telling him the case is at the lost-property desk and the collection hours.`),

  rec('chat_pt_br', f`Me ajuda a preencher o pedido de carta de visto pro curso de inglês? Dados da aluna:
Nome: Larissa Figueiredo Campos
Data de nascimento: ${dob('17/03/2001')}
CPF: ${v('pii.br_cpf', CPF)}
Passaporte: ${pass('GK482915')}
Celular: ${phone('(11) 98734-2615', 'BR')}
E-mail: ${email('larissa.fcampos@gmail.com')}
Curso: General English, 25 semanas, início 08/09/2025`),

  rec('list_de', f`Kannst du die Tourenliste für morgen nach PLZ sortieren? Heimdialyse-Lieferungen Region Franken:

1. Renate Wöhrle, Hornschuchpromenade 14, 90762 Fürth, Tel. ${phone('0911 7481236', 'DE')}, 6 Kartons Dialysat
2. Klaus Ebenhöch, Am Stadtpark 3, 91052 Erlangen, Tel. ${phone('09131 528417', 'DE')}, Cycler-Kassetten
3. Ayşe Demirtaş, Gostenhofer Hauptstr. 61, 90443 Nürnberg, Tel. ${phone('0176 38492105', 'DE')}, Beutel 2,27 %
Steuer-ID der Fahrerin für die Abrechnung: ${v('pii.de_steuer_id', STEUER)}`),

  rec('form_en', f`Please check this blasting-permit shotfirer application for missing fields before I send it to the regulator:

Applicant: Callum Fraser
Date of birth: ${dob('04/11/1979')}
National Insurance no.: ${v('pii.uk_nino', 'JT 48 27 19 C')}
Home address: 12 Braeside Road, Tain IV19 1AB
Phone: ${phone('01862 894317', 'GB')}
Shotfirer certificate: SF-SCO-2291 (expires 30/09/2026)
Previous convictions: none declared`),

  rec('chat_ko', f`비자 초청장에 들어갈 학생 정보예요. 영어로 정리해 주세요.
이름: 박서연 (PARK SEOYEON)
생년월일: ${dob('2002년 5월 9일')}
여권번호: ${pass('M58274913')}
연락처: ${phone('010-4827-3916', 'KR')}
이메일: ${email('seoyeon.park02@naver.com')}
과정: 일반 영어 24주`),

  rec('log_en', f`Coastguard incident log extract, please turn into a short summary for the morning briefing:

${amb('source_code.snippet', f`2025-06-11 21:42Z  CALL  999 transfer, caller Mrs Eilidh MacLeod, mob ${phone('07917 284 351', 'GB')}, husband overdue in kayak, left Gairloch 16:00
2025-06-11 21:47Z  TASK  Gairloch CRT + lifeboat ALB launched
2025-06-11 22:31Z  INFO  kayaker located Longa Island, cold but uninjured; DOB per wife ${dob('22/08/1961')}
2025-06-11 23:05Z  CLOSE returned to station, NOK informed`)}`),

  rec('chat_fr', f`Bonjour, peux-tu rédiger une attestation d'hébergement pour un étudiant ? Infos :
Nom : Théo Marchand
Né le ${dob('14 février 2003')} à Rennes
N° de sécurité sociale : ${v('pii.fr_nir', `${NIR.slice(0, 1)} ${NIR.slice(1, 3)} ${NIR.slice(3, 5)} ${NIR.slice(5, 7)} ${NIR.slice(7, 10)} ${NIR.slice(10, 13)} ${NIR.slice(13)}`)}
Passeport : ${pass('21CK48193')}
Tél. : ${phone('06 42 81 73 95', 'FR')}`),

  rec('csv_it', f`Puoi trovare i duplicati in questo elenco di pazienti per la consegna del materiale per dialisi peritoneale?

${amb('source_code.snippet', f`cognome;nome;codice_fiscale;telefono;data_nascita
Bianchi;Lucia;${v('pii.it_codice_fiscale', CF)};${phone('348 217 4965', 'IT')};${dob('14/05/1992')}
Ferraro;Giuseppe;${v('pii.it_codice_fiscale', CF_2)};${phone('011 562 3187', 'IT')};${dob('03/03/1951')}
Bianchi;Lucia;${v('pii.it_codice_fiscale', CF)};${phone('348 217 4965', 'IT')};${dob('14/05/1992')}`)}`),

  rec('chat_es', f`Necesito una carta para el consulado. Alumno: Javier Ortega Ruiz, DNI ${v('pii.es_dni', DNI)}, fecha de nacimiento ${dob('28/10/1998')}, pasaporte ${pass('PAB481927')}. Inscrito en el curso intensivo de inglés del 1 de septiembre al 19 de diciembre. Que suene oficial.`),

  rec('chat_es_nie', f`Oye, un trabajador del polvorín es extranjero y en el permiso de manipulador de explosivos hay que poner su NIE: ${v('pii.es_nie', NIE)}. Teléfono ${phone('612 48 39 27', 'ES')}. ¿Cómo redacto el párrafo de la solicitud a la Guardia Civil?`),

  rec('chat_nl', f`Schrijf een korte bevestigingsmail aan de patiënt. Gegevens: mevrouw A. Hoekstra, BSN ${v('pii.nl_bsn', BSN)}, geboren ${dob('02-07-1957')}, tel. ${phone('06 41827395', 'NL')}. Levering thuisdialyse-pakket op donderdag tussen 9 en 12 uur.`),

  rec('chat_hi', f`कृपया इस छात्र के वीज़ा पत्र के लिए अंग्रेज़ी में एक पैराग्राफ़ लिखें:
नाम: अनन्या शर्मा
जन्म तिथि: ${dob('11/01/2000')}
पासपोर्ट संख्या: ${pass('V4829173')}
आधार: ${v('pii.in_aadhaar', AADHAAR)}
फ़ोन: ${phone('+91 98201 47365')}`),

  rec('chat_ar_eg', f`لو سمحت عايز أكتب إيميل بالإنجليزي للراكب ده إن الشنطة بتاعته اتلقت في المطار:
الاسم: محمد عبد الرحمن
رقم الموبايل: ${phone('+20 100 482 7193')}
الإيميل: ${email('m.abdelrahman88@yahoo.com')}
رقم الباسبور: ${pass('A28491736')}
الشنطة: زرقاء، فيها لابتوب`),

  rec('chat_ru', f`Переведи на английский для заявки на визу: «Иванова Мария Сергеевна, дата рождения ${dob('03.09.1999')}, загранпаспорт ${pass('75 4829163')}, телефон ${phone('+7 916 482-19-37')}, почта ${email('maria.ivanova99@mail.ru')}. Курс английского языка, 12 недель».`),

  rec('chat_ja', f`英国の語学学校向けに、ビザ用の在籍証明書の依頼メールを英語で書いてください。
氏名：佐藤 健太（SATO KENTA）
生年月日：${dob('1998年7月21日')}
旅券番号：${pass('TR4829173')}
電話：${phone('090-4827-3915', 'JP')}
メール：${email('kenta.sato.uk@gmail.com')}`),

  rec('chat_zh', f`帮我把这个失物登记翻译成英文：旅客王丽，手机 ${phone('138 2047 9153', 'CN')}，护照号 ${pass('E48291736')}，在候机楼二层遗失一个灰色双肩包，内有平板电脑和充电器。联系邮箱 ${email('wangli_travel@163.com')}。`),

  rec('chat_tr', f`Öğrencinin vize mektubu için bilgileri İngilizce bir paragrafa çevirir misin? Ad soyad: Elif Yıldırım, doğum tarihi ${dob('06.12.2001')}, pasaport no ${pass('U18294736')}, telefon ${phone('0532 481 27 93', 'TR')}.`),

  rec('chat_pl', f`Pomóż mi napisać krótki e-mail do pacjenta, że kurier z płynami do dializy przyjedzie w piątek. Pan Tadeusz Wróblewski, ur. ${dob('19.04.1954')}, tel. ${phone('601 482 739', 'PL')}, e-mail ${email('t.wroblewski54@wp.pl')}.`),

  rec('csv_en_us', f`Clean this up into a table for the mine's US magazine permit renewal (ATF responsible persons):

${amb('source_code.snippet', f`name,role,dob,ssn,phone
Dale Hutchins,Magazine keeper,${dob('1974-02-11')},${v('pii.us_ssn', '412-73-9085')},${phone('(307) 682-4417', 'US')}
Rosa Villanueva,Blaster in charge,${dob('1986-09-30')},${v('pii.us_ssn', '529-41-8836')},${phone('(307) 687-2903', 'US')}`)}`),

  rec('form_fr_ca', f`Peux-tu traduire ce formulaire d'inscription en anglais? C'est pour une étudiante de Québec qui veut une lettre pour son permis d'études.
Nom : Gabrielle Tremblay
Date de naissance : ${dob('1999-11-23')}
NAS : ${v('pii.ca_sin', `${SIN.slice(0, 3)} ${SIN.slice(3, 6)} ${SIN.slice(6)}`)}
Téléphone : ${phone('(418) 692-3841', 'CA')}
Courriel : ${email('gab.tremblay@videotron.ca')}`),

  rec('ticket_en_gb', f`Patient on home haemodialysis says last week's delivery left 2 boxes at the wrong door. Details from the referral:
Name: Mr Derek Ashworth
NHS number: ${v('pii.uk_nhs_number', NHS)}
DOB: ${dob('07/05/1949')}
Tel: ${phone('01254 671 892', 'GB')}
Renal unit: Royal Blackburn
Write an apology and confirm the replacement delivery for Tuesday.`),

  rec('chat_vi', f`Giúp tôi viết thư xác nhận nhập học bằng tiếng Anh cho học viên: Nguyễn Thị Thu Hà, sinh ngày ${dob('25/08/2002')}, hộ chiếu số ${pass('C4829173')}, điện thoại ${phone('0912 483 726', 'VN')}, email ${email('thuha.nguyen2002@gmail.com')}.`),

  rec('chat_th', f`ช่วยแปลเป็นภาษาอังกฤษหน่อยค่ะ: "ผู้โดยสารชื่อ นายสมชาย ใจดี ลืมกระเป๋าสตางค์ไว้ที่จุดตรวจค้น หมายเลขโทรศัพท์ ${phone('081 482 7391', 'TH')} หนังสือเดินทางเลขที่ ${pass('AA4829173')} กรุณาติดต่อกลับ"`),

  rec('chat_el', f`Γράψε μου στα αγγλικά μια βεβαίωση εγγραφής για τη σπουδάστρια: Κατερίνα Παπαδοπούλου, ημ. γέννησης ${dob('12/06/2000')}, αρ. διαβατηρίου ${pass('AN4829173')}, τηλ. ${phone('694 812 7359', 'GR')}, email ${email('k.papadopoulou@otenet.gr')}.`),

  rec('chat_uk', f`Склади коротке повідомлення англійською для берегової охорони Ірландії: свідок події, пан Олег Коваленко, телефон ${phone('+353 86 724 1958')}, пошта ${email('oleg.kovalenko.ie@gmail.com')}, бачив перевернутий човен біля мису о 18:20.`),

  rec('signature_sv', f`Kan du korta ner mitt mejl till leverantören? Här är signaturen jag vill ha kvar:

Med vänlig hälsning
Ingrid Bergqvist
Exportansvarig, Orchard Vale Nordic AB
Mobil: ${phone('070-482 19 37', 'SE')}
${email('ingrid.bergqvist@orchardvale-nordic.se')}`),

  rec('log_json', f`Why does our lost-property app log this on every claim? Should it?

${amb('source_code.snippet', f`{"ts":"2025-06-14T10:22:41Z","level":"info","msg":"claim created","claim":"LP-2025-06-3412","claimant_email":"${email('h.okonkwo@outlook.com')}","claimant_phone":"${phone('+44 7931 528 406')}","client_ip":"${amb('pii.ip_address', '82.14.201.77')}"}`)}`),

  rec('chat_ka', f`გთხოვთ, ინგლისურად დაწერეთ სავიზო წერილის ტექსტი: სტუდენტი ნინო ბერიძე, დაბადების თარიღი ${dob('15.04.2003')}, პასპორტის ნომერი ${pass('18AB48291')}, ტელეფონი ${phone('+995 599 48 27 13')}.`),

  rec('chat_bn', f`এই রোগীর ঠিকানায় ডায়ালাইসিস সামগ্রী পৌঁছানোর জন্য ইংরেজিতে একটা নোট লিখে দিন: রোগী রহিমা খাতুন, জন্ম তারিখ ${dob('০৩/০২/১৯৬৮')}, মোবাইল ${phone('+880 1712-483915')}, ইমেইল ${email('rahima.khatun68@gmail.com')}।`, 'date of birth in Bengali digits'),

  rec('chat_da', f`Kan du oversætte til engelsk? "Vidne til hændelsen ved Skagen Havn: Mads Kjærgaard, fødselsdato ${dob('23.10.1983')}, tlf. ${phone('21 48 27 39', 'DK')}, e-mail ${email('mads.kjaergaard@outlook.dk')}."`),

  rec('chat_sw', f`Naomba uniandikie barua pepe kwa Kiingereza kwa mteja wa kampuni yetu ya sida huko Nairobi: Bw. Peter Mwangi, simu ${phone('0722 481 937', 'KE')}, barua pepe ${email('peter.mwangi@safaricom.co.ke')}. Tunataka kuthibitisha oda ya chupa 600.`),

  rec('chat_he', f`תנסח בבקשה מכתב באנגלית לשגרירות: התלמידה נועה כהן, תאריך לידה ${dob('09.03.2001')}, מספר דרכון ${pass('32819476')}, טלפון ${phone('052-481-2739', 'IL')}, לומדת אצלנו אנגלית אינטנסיבית עד דצמבר.`),

  rec('note_ro', f`Fă-mi te rog un rezumat în engleză pentru raportul de incident: martor dl. Andrei Popescu, născut la ${dob('11.07.1975')}, telefon ${phone('0722 481 937', 'RO')}, a observat o rachetă de semnalizare roșie la 21:05, la sud de far.`),

  rec('chat_en', f`Can you format these importer contacts as a table? Keep only name, company, email and phone.

- Tomasz Nowicki, Cydr Import Sp. z o.o. — ${email('t.nowicki@cydrimport.pl')}, ${phone('+48 22 481 73 95')}
- Fiona Gallagher, Celtic Orchard Drinks — ${email('fiona@celticorchard.ie')}, ${phone('+353 1 482 7391')}
- Kenji Watanabe, Ringo Trading KK — ${email('k.watanabe@ringo-trading.co.jp')}, ${phone('+81 3-4827-3915')}`),

  rec('chat_ga', f`An féidir leat é seo a aistriú go Béarla? "Ghlaoigh Seán Ó Murchú ón mbád iascaireachta ar ${phone('087 482 1937', 'IE')} ag 19:40; dúirt sé go raibh fear sa bhfarraige gar do Ros an Mhíl. Tá a sheoladh ríomhphoist ${email('sean.omurchu@eircom.net')}."`),

  rec('chat_de_at', f`Bitte formulier eine Zutrittsgenehmigung fürs Sprengmittellager: Hr. Florian Gruber, geb. ${dob('08.03.1988')}, Sprengbefugter, Tel. ${phone('0664 4829173', 'AT')}, Mail ${email('f.gruber@carrowridge-mining.at')}. Gültig ab 1. Juli.`),
];
