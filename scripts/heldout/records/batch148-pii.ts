/** Held-out batch 148: personal data in intake forms, rental contracts, dispute letters, crew lists and patron records. Many languages. Hand-written. */
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, inAadhaarSpaced, itCodiceFiscale, luhnWithCheck, nlBsnCheckDigit,
} from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const NIR_BODY = '2910269123054';
const NIR = `${NIR_BODY.slice(0, 1)} ${NIR_BODY.slice(1, 3)} ${NIR_BODY.slice(3, 5)} ${NIR_BODY.slice(5, 7)} ${NIR_BODY.slice(7, 10)} ${NIR_BODY.slice(10)} ${frNirKey(NIR_BODY)}`;
const BSN = `17429386${nlBsnCheckDigit('17429386')}`;
const DNI = esDni('48302917');
const NIE = esNie('Y', '4829173');
const CF = itCodiceFiscale('RSSGLI85M52H501');
const SIN = luhnWithCheck('27419385');
const SIN_SPACED = `${SIN.slice(0, 3)} ${SIN.slice(3, 6)} ${SIN.slice(6)}`;
const AADHAAR = inAadhaarSpaced('48271936502');
const CPF = brCpfFormatted('418273960');
const STEUER = `5738294163${deSteuerIdCheckDigit('5738294163')}`;
const STEUER_SPACED = `${STEUER.slice(0, 2)} ${STEUER.slice(2, 5)} ${STEUER.slice(5, 8)} ${STEUER.slice(8)}`;

export const BATCH148_PII: DraftRecord[] = [
  // ── forensic DNA laboratory ─────────────────────────────────────────────────────
  rec('intake_form', f`Please tidy this reference-sample submission into our intake template:

Submitting force: Thames Valley — OIC DC Rachel Hume, ${v('pii.email', 'rachel.hume@tvp-example.police.uk')}, ${phone('07823 419056', 'GB')}
Case ref: 43250071829 — burglary, Didcot
Reference sample (elimination): Mr Kofi Mensah-Boateng, date of birth ${v('pii.date_of_birth', '17/02/1979')}, buccal swab x2, kit FDL-RK-118204
Consent form signed 21/03/2025, witnessed by PC 4418.`),

  rec('form_sv', f`Hej, kan du göra en sammanfattning på engelska av den här beställningen av faderskapsutredning?

Barn: Elsa Lindqvist, född ${v('pii.date_of_birth', '2024-06-03')}
Mamma: Johanna Lindqvist, mobil ${phone('070-482 19 36', 'SE')}
Möjlig far: Mikael Berg, passnummer ${v('pii.passport', '91472836')}
Provtagning: vårdcentralen Kungsholmen, 2 april kl. 10.30`),

  rec('requisition_fr', f`Réquisition judiciaire — analyse d'empreintes génétiques
Victime : Mme Sandrine Lefort, née le ${v('pii.date_of_birth', '26 février 1991')} à Lyon
N° de sécurité sociale : ${v('pii.fr_nir', NIR)}
OPJ requérant : Lt. Mathieu Garnier, brigade de recherches, tél. ${phone('06 47 21 83 59', 'FR')}

Peux-tu vérifier que la réquisition contient toutes les mentions obligatoires ?`),

  rec('chat_nl', f`Hoi, kun je deze gegevens in een nette tabel zetten voor het referentiemonsterformulier?
Naam donor: Ruud van der Meer
BSN: ${v('pii.nl_bsn', BSN)}
Geboortedatum: ${v('pii.date_of_birth', '4 november 1968')}
Telefoon: ${phone('06 4821 7390', 'NL')}
Afname door: forensisch arts, 19-03-2025`),

  rec('chat_es', f`Hola, necesito redactar la hoja de cadena de custodia para la muestra de referencia. Datos del donante: Javier Moreno Ruiz, DNI ${v('pii.es_dni', DNI)}, fecha de nacimiento ${v('pii.date_of_birth', '12/09/1983')}. Su pareja, Ionela Popescu, con NIE ${v('pii.es_nie', NIE)}, también dará muestra. Teléfono de contacto: ${phone('+34 612 48 39 07')}.`),

  rec('chat_he', f`תעזור לי לנסח מכתב זימון לדגימת השוואה:
שם: אורי בן-דוד
ת.ז.: ${ambCat('pii', '038274915')}
תאריך לידה: ${v('pii.date_of_birth', '14.05.1987')}
טלפון: ${phone('052-418-3927', 'IL')}
המועד: יום שלישי, 1.4, בשעה 09:00 במעבדה בלוד.`, 'Israeli ID number: no rule claims it (ambiguous, category only)'),

  // ── car-rental franchise ───────────────────────────────────────────────────────
  rec('contract_it', f`Contratto di noleggio n. FCO-250314-0087 — addebito danni
Conducente: Giulia Rossi
Codice fiscale: ${v('pii.it_codice_fiscale', CF)}
Data di nascita: ${v('pii.date_of_birth', '12/08/1985')}
Patente n. ${ambCat('pii', 'RM5482719K')}
Cellulare: ${phone('+39 347 218 5903')}
Danno: paraurti posteriore, € 680

Scrivi una lettera di contestazione del danno, tono professionale.`),

  rec('chat_el', f`Πελάτης από Λάρισα, στοιχεία από το συμβόλαιο:
Όνομα: Κωνσταντίνος Παπαδόπουλος
Αρ. διαβατηρίου: ${v('pii.passport', 'AN4827193')}
Ημερομηνία γέννησης: ${v('pii.date_of_birth', '03/11/1976')}
Κινητό: ${phone('+30 694 812 7305')}
Χρειάζομαι επιστολή στα ελληνικά για την κλήση ΚΟΚ που ήρθε για το όχημα ΙΚΗ-4821.`),

  rec('chat_tr', f`Trafik cezası için kiracıya bildirim yazmam lazım. Bilgiler:
Ad Soyad: Emre Yıldırım
T.C. Kimlik No: ${ambCat('pii', '48271936504')}
Doğum tarihi: ${v('pii.date_of_birth', '21.07.1990')}
Telefon: ${phone('0532 418 27 93', 'TR')}
E-posta: ${v('pii.email', 'emre.yildirim90@example-posta.com.tr')}
Ceza: HGS ihlali, 07.03.2025, 34 ABC 482 plakalı araç.`, 'Turkish TC Kimlik number: no rule (ambiguous)'),

  rec('chat_th', f`ช่วยแปลเป็นภาษาอังกฤษให้หน่อยค่ะ: "ลูกค้าชื่อ นางสาวพิมพ์ชนก ศรีสุข หนังสือเดินทางเลขที่ ${v('pii.passport', 'AA4827193')} วันเกิด ${v('pii.date_of_birth', '8 มีนาคม 2535')} เบอร์โทร ${phone('081 418 2739', 'TH')} คืนรถช้ากว่ากำหนด 2 วัน มีรอยขีดข่วนที่ประตูหลังซ้าย"`),

  rec('chat_ar', f`أحتاج إلى خطاب رسمي للعميل بخصوص مخالفة السرعة. بيانات العقد:
الاسم: عبدالله بن فهد القحطاني
رقم جواز السفر: ${v('pii.passport', 'X4827193')}
تاريخ الميلاد: ${v('pii.date_of_birth', '1988/04/15')}
الجوال: ${phone('+966 55 418 2739')}
المخالفة: 2025/03/09، طريق الملك فهد، غرامة 300 ريال.`),

  rec('letter_is', f`Getur þú lagað þetta bréf?

Ágæti viðskiptavinur,
Sekt vegna hraðaksturs á Reykjanesbraut barst okkur 2. mars. Leigutaki: Sigríður Jónsdóttir, kennitala ${ambCat('pii', '140385-2739')}, sími ${phone('+354 862 4193')}, netfang ${v('pii.email', 'sigga.jons@example-postur.is')}. Sektin verður gjaldfærð á kortið sem skráð er í samningnum.`, 'Icelandic kennitala (embeds the birth date): no rule (ambiguous)'),

  rec('chat_vi', f`Giúp mình viết email tiếng Anh gửi khách về phí vệ sinh xe. Thông tin khách: Nguyễn Thị Thu Hà, hộ chiếu ${v('pii.passport', 'C4827193')}, ngày sinh ${v('pii.date_of_birth', '22/10/1995')}, số điện thoại ${phone('0912 418 273', 'VN')}. Xe trả lại có nhiều cát và mùi thuốc lá.`),

  rec('chat_ur', f`براہ کرم گاہک کو انگریزی میں ایک مختصر پیغام لکھ دیں کہ گاڑی کے نقصان کی رپورٹ تیار ہے۔ گاہک: محمد عمران، پاسپورٹ نمبر ${v('pii.passport', 'AB4827193')}، موبائل ${phone('+92 300 4182739')}۔`),

  // ── credit bureau: consumer disputes ───────────────────────────────────────────
  rec('dispute', f`Dispute intake (phone) — verify identity before opening the case:
Consumer: Latoya Jenkins
SSN: ${v('pii.us_ssn', '518-47-2936')}
DOB: ${v('pii.date_of_birth', '09/23/1984')}
Phone: ${phone('(404) 718-2936', 'US')}
Email: ${v('pii.email', 'latoya.jenkins84@example-mail.com')}
Disputed item: collection account "Meridian Recovery", $612, she says it was paid in 2021.

Write the case summary for the investigator.`),

  rec('chat_fr_ca', f`Salut! J'ai besoin d'aide pour répondre à un client qui conteste une enquête de crédit qu'il dit pas avoir autorisée. Ses infos : Jean-François Gagnon, NAS ${v('pii.ca_sin', SIN_SPACED)}, date de naissance ${v('pii.date_of_birth', '1979-05-30')}, cell ${phone('514 872-3940', 'CA')}. Faut lui expliquer c'est quoi une enquête « hard » versus « soft », en bon français québécois.`),

  rec('chat', f`Customer wrote to the UK dispute team — can you summarise what he's asking for?

"My name is Gareth Pryce, NI number ${v('pii.uk_nino', 'JM 48 27 39 C')}, born ${v('pii.date_of_birth', '02/12/1972')}. There's a CCJ on my file from 2019 that was set aside. I've attached the court order. Please remove it. You can ring me on ${phone('07412 839406', 'GB')}."`),

  rec('chat_hi', f`कृपया इस शिकायत का सारांश अंग्रेज़ी में बनाइए:
"मेरा नाम सुनीता वर्मा है। आधार संख्या ${v('pii.in_aadhaar', AADHAAR)}, जन्म तिथि ${v('pii.date_of_birth', '11-01-1989')}। मेरी क्रेडिट रिपोर्ट में एक लोन दिख रहा है जो मैंने कभी लिया ही नहीं। मोबाइल: ${phone('+91 98451 27306')}"`),

  rec('chat_pt_br', f`Oi, preciso responder uma contestação de consumidor no birô. Dados dele:
Nome: Rafael Souza Lima
CPF: ${v('pii.br_cpf', CPF)}
Data de nascimento: ${v('pii.date_of_birth', '07/03/1992')}
Celular: ${phone('+55 11 98247-3610')}
Ele diz que a dívida da operadora de telefonia já foi quitada. Monta um texto explicando o prazo de análise?`),

  rec('chat_de', f`Hallo, ein Verbraucher hat Widerspruch gegen einen Eintrag bei der Auskunftei eingelegt und uns dabei ungefragt seine Steuer-ID mitgeschickt (${v('pii.de_steuer_id', STEUER_SPACED)}), außerdem Geburtsdatum ${v('pii.date_of_birth', '18.04.1966')} und Anschrift. Wie formuliere ich, dass wir die Steuer-ID nicht brauchen und sie löschen?`),

  rec('chat_es_mx', f`Ayúdame a contestar esta reclamación de buró:
"Soy Guadalupe Hernández Ríos, mi CURP es ${ambCat('pii', 'HERG880315MDFRSD07')}, nací el ${v('pii.date_of_birth', '15 de marzo de 1988')}. Aparece un crédito automotriz que no es mío. Mi cel es ${phone('+52 55 4817 2039')} y mi correo ${v('pii.email', 'lupita.hdz88@example-correo.mx')}."`, 'Mexican CURP: no rule (ambiguous)'),

  rec('chat_uk', f`Допоможіть скласти відповідь на скаргу щодо кредитної історії. Заявник: Олександр Коваленко, дата народження ${v('pii.date_of_birth', '29.09.1981')}, РНОКПП ${ambCat('pii', '2981704519')}, тел. ${phone('+380 67 418 2937')}. Він стверджує, що кредит у мікрофінансовій компанії оформили шахраї.`),

  rec('chat_ta', f`இந்த வாடிக்கையாளர் புகாருக்கு ஆங்கிலத்தில் பதில் எழுத உதவுங்கள்: பெயர் கார்த்திகேயன் ராமசாமி, பிறந்த தேதி ${v('pii.date_of_birth', '05/06/1986')}, PAN ${ambCat('pii', 'BQKPR4827M')}, கைபேசி ${phone('+91 94431 82736')}. அவரது கடன் அறிக்கையில் தவறான கிரெடிட் கார்டு நிலுவை காட்டப்படுகிறது.`, 'Indian PAN: no rule (ambiguous)'),

  // ── offshore platform ──────────────────────────────────────────────────────────
  rec('tsv', f`Check this POB list for the helicopter manifest tomorrow, flag anyone whose survival cert is expired:

${amb('source_code.snippet', f`name	company	dob	passport	BOSIET_exp	next_of_kin_phone
Lars Eriksen	Equinor-contractor	${v('pii.date_of_birth', '1982-03-14')}	${v('pii.passport', 'FH4827193')}	2026-08-01	${phone('+47 412 83 956')}
Callum Reid	Aker	${v('pii.date_of_birth', '1990-11-02')}	${v('pii.passport', '548271936')}	2025-02-10	${phone('+44 7700 183926')}
Marta Nowak	Aker	${v('pii.date_of_birth', '1987-07-29')}	${v('pii.passport', 'EN4827193')}	2027-01-15	${phone('+48 512 834 097')}`)}`),

  rec('email', f`Hi Grace,

For the medevac paperwork: Emeka Nwosu, date of birth ${v('pii.date_of_birth', '14 January 1985')}, Nigerian passport ${v('pii.passport', 'A04827193')}. His wife is the emergency contact, ${phone('+234 803 418 2739')}. He is stable and will be flown to Aberdeen on the 14:20 flight.

Please help me make this more formal for the HR file.`),

  rec('chat_ms', f`Tolong semak borang pendaftaran pekerja pelantar ini:
Nama: Mohd Hafiz bin Ismail
No. pasport: ${v('pii.passport', 'A48271936')}
Tarikh lahir: ${v('pii.date_of_birth', '03/05/1991')}
Telefon: ${phone('+60 12-418 2739')}
Jawatan: Scaffolder, syif 14/14`),

  rec('chat_tl', f`Pa-check naman po kung kumpleto na yung details ni kuya para sa crew change: Rommel Dela Cruz, birthday ${v('pii.date_of_birth', 'Hunyo 12, 1986')}, cp ${phone('0917 418 2739', 'PH')}, email ${v('pii.email', 'rommel.dc86@example-mail.ph')}. Yung passport niya expired na daw next month, paano po ang gagawin?`),

  rec('chat_ru', f`Помоги оформить письмо в консульство для вахтовика:
ФИО: Дмитрий Сергеевич Волков
Дата рождения: ${v('pii.date_of_birth', '17.08.1979')}
Загранпаспорт: ${v('pii.passport', '75 4827193')}
Телефон: ${phone('+7 912 418-37-29')}
Цель: смена вахты на платформе, вылет из Абердина 02.04.`),

  // ── university library ─────────────────────────────────────────────────────────
  rec('chat_ko', f`상호대차 신청자에게 보낼 안내 메일을 작성해 주세요. 신청자: 김서연 (대학원생), 이메일 ${v('pii.email', 'seoyeon.kim@grad.example.ac.kr')}, 연락처 ${phone('010-4182-7395', 'KR')}. 요청 자료는 해외 학위논문이며 도착까지 약 3주 걸린다고 알려 주세요.`),

  rec('chat_ja', f`文献複写依頼者への連絡文を丁寧に直してください。
「佐藤健一様（工学研究科）、ご依頼の論文複写が到着しました。連絡先：${v('pii.email', 'k.sato@eng.example.ac.jp')}／${phone('090-4182-7395', 'JP')}。カウンターでお受け取りください。」`),

  rec('chat_zh', f`帮我写一封馆际互借逾期提醒邮件。读者：王浩然，学号 2022104839，出生日期 ${v('pii.date_of_birth', '2001年9月14日')}，邮箱 ${v('pii.email', 'wanghaoran@stu.example.edu.cn')}，手机 ${phone('138 0418 2739', 'CN')}。借的书已经逾期 21 天了。`),

  rec('chat_fi', f`Voitko kirjoittaa ystävällisen muistutuksen kaukolainan palautuksesta? Asiakas: Aino Virtanen, syntymäaika ${v('pii.date_of_birth', '3.6.1998')}, sähköposti ${v('pii.email', 'aino.virtanen@example-opiskelija.fi')}, puhelin ${phone('040 718 2936', 'FI')}. Kirja tuli Tarton yliopistosta.`),

  rec('chat_et', f`Palun tõlgi inglise keelde: "Lugeja Kristjan Tamm (e-post ${v('pii.email', 'kristjan.tamm@example-ut.ee')}, tel ${phone('+372 5418 2739')}) soovib e-ajakirja artiklit, millele meil ligipääs puudub. Tellime selle kaugteeninduse kaudu."`),

  rec('chat_am', f`እባክህ ይህን ለቤተ መጻሕፍቱ የውጭ ተመራማሪ ምዝገባ ወደ እንግሊዝኛ ተርጉምልኝ፦ ስም ሳሙኤል ተስፋዬ፣ የትውልድ ቀን ${v('pii.date_of_birth', '12/04/1990')}፣ ፓስፖርት ቁጥር ${v('pii.passport', 'EP4827193')}፣ ስልክ ${phone('+251 91 141 8273')}።`),

  // ── vineyard estate ────────────────────────────────────────────────────────────
  rec('crm_note', f`New wine club sign-up at the cellar door, needs age check before the first shipment:
Name: Chloe Anderson
Date of birth: ${v('pii.date_of_birth', '04/09/2003')}
Mobile: ${phone('0412 418 273', 'AU')}
Email: ${v('pii.email', 'chloe.anderson03@example-mail.com.au')}
Delivery: 14 Murray St, Tanunda SA 5352

Is she over 18 on the shipment date (1 April)? And draft a welcome SMS.`),

  rec('chat_hy', f`Խնդրում եմ օգնիր գրել հաստատման նամակ գինու տուրի համար։ Հյուր՝ Անի Պետրոսյան, ծննդյան ամսաթիվ ${v('pii.date_of_birth', '22.11.1993')}, հեռախոս ${phone('+374 91 418273')}, էլ. փոստ ${v('pii.email', 'ani.petrosyan@example-mail.am')}։ Տուրը՝ ապրիլի 12-ին, Արենի։`),

  rec('chat_af', f`Kan jy help om 'n bevestigingsepos vir 'n wynklublid te skryf? Lid: Pieter van Wyk, sel ${phone('082 418 2739', 'ZA')}, e-pos ${v('pii.email', 'pieter.vanwyk@example-pos.co.za')}. Sy eerste kwartaalbestelling (6 bottels Chenin Blanc) word volgende week afgelewer.`),

  rec('chat_gsw', f`Chönntsch mir hälfe, die Aamäldig für de Weinclub suuber abzschriibe?
Name: Ursula Bärtschi
Geburtsdatum: ${v('pii.date_of_birth', '09.02.1958')}
AHV-Nr.: ${ambCat('pii', '756.4827.1936.08')}
Natel: ${phone('+41 79 418 27 63')}
Lieferig: jedes Quartal 6 Fläsche Pinot Noir, Abholig im Chäller.`, 'Swiss AHV number: no rule (ambiguous)'),
];

