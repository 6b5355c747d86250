/**
 * Held-out batch 142: personal data at vet ER front desks, an orchestra's visa and payroll office,
 * a microfinance lender's field officers, a colocation visitor desk, a carbon registry and an MRO
 * shop, in many languages and scripts. Hand-written; national ids built with the checksum helpers.
 */
import { luhnCheckDigit, brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, inAadhaarSpaced, itCodiceFiscale, nlBsnCheckDigit, ukNhsSpaced } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const dob = (s: string) => v('pii.date_of_birth', s);
const pass = (s: string) => v('pii.passport', s);
const mail = (s: string) => v('pii.email', s);
const ip = (s: string) => amb('pii.ip_address', s);

const AADHAAR_1 = inAadhaarSpaced('58271930462');
const AADHAAR_2 = inAadhaarSpaced('73948210536');
const CPF = brCpfFormatted('418275936');
const DNI = esDni('48291736');
const NIE = esNie('Y', '4827193');
const CF = itCodiceFiscale('BNCMRA79D47F205');
const BSN = `27419365${nlBsnCheckDigit('27419365')}`;
const NIR_BODY = '2870692412037';
const NIR = `2 87 06 92 412 037 ${frNirKey(NIR_BODY)}`;
const STEUER = `4719358264${deSteuerIdCheckDigit('4719358264')}`;
const NHS = ukNhsSpaced('485217390');
const SIN_D = `52719384${luhnCheckDigit('52719384')}`;
const SIN = `${SIN_D.slice(0, 3)} ${SIN_D.slice(3, 6)} ${SIN_D.slice(6)}`;

export const BATCH142_PII: DraftRecord[] = [
  rec('intake', f`Clean up this ER intake so the vet on shift can read it fast:

Pet: "Biscuit", 4y F/S beagle, ate ~20 ibuprofen tabs around 9pm
Owner: Danielle Okafor, ${phone('+1 (737) 412-8806')}, ${mail('dani.okafor88@gmail.com')}
Alt contact: husband Marcus ${phone('(415) 926-3071', 'US')}
Address: 2210 Riverside Dr, Austin TX 78741
Previous vet: Barton Creek Animal Clinic`),

  rec('ficha_es', f`¿Me ayudas a redactar el presupuesto para la cirugía del perro? Datos de la ficha:
Propietaria: Lucía Navarro Pérez — DNI ${v('pii.es_dni', DNI)}
Tel.: ${phone('612 847 309', 'ES')} · correo ${mail('lucia.navarro.p@hotmail.es')}
Paciente: Coco, bulldog francés, 6 años, obstrucción intestinal
Presupuesto estimado: 1.850–2.300 €`),

  rec('chat_it', f`Mi prepari la ricevuta per la detrazione delle spese veterinarie? La proprietaria ha chiesto che ci sia il suo codice fiscale: ${v('pii.it_codice_fiscale', CF)}, Maria Bianchi, via Padova 118, Milano. Prestazione: visita urgente notturna + ecografia addominale, 265,00 €. Cellulare ${phone('+39 338 471 2265')}.`),

  rec('email_fr', f`Bonjour,

Merci de rappeler Mme Garnier dès que les résultats de la prise de sang de son chat (Pistache) sont arrivés. Portable : ${phone('06 48 21 73 95', 'FR')}, e-mail : ${mail('c.garnier.lyon@orange.fr')}. Elle préfère être appelée après 18 h.

Rédige-moi un SMS court pour la prévenir que les résultats sont normaux.`),

  rec('chat_de_ch', f`Chasch mer es SMS schriibe für d Frau Brunner? Ihre Hund isch uf de Intensivstation, mer bruuched no ihr Iiverständnis für d Transfusion. Natel ${phone('+41 79 318 42 67')}. Bitte uf Hochdütsch, aber nöd z förmlich.`),

  rec('chat_ca', f`Pots escriure un missatge per a la propietària del gos que vam atendre d'urgència aquesta nit? Es diu Montse Puig, telèfon ${phone('+34 933 184 726')}, correu ${mail('montse.puig@gmail.com')}. Cal que vingui a recollir la medicació abans de dissabte.`),

  rec('tsv_visa', f`Japan tour, visa applications due Friday. Please sort by section and tell me whose passport expires within 6 months of 20 March:

${amb('source_code.snippet', f`name\tsection\tnationality\tpassport_no\tdate_of_birth\texpiry
Hannah Lindqvist\tViolin I\tSE\t${pass('91482736')}\t${dob('1990-03-14')}\t2029-06-02
Tomás Ferreira\tCello\tPT\t${pass('CB482719')}\t${dob('1986-11-02')}\t2025-08-30
Aiyana Brooks\tHorn\tUS\t${pass('583920174')}\t${dob('1994-07-21')}\t2031-01-15
Jakub Novák\tViola\tCZ\t${pass('45829173')}\t${dob('1979-05-09')}\t2026-12-11`)}`),

  rec('chat_ko', f`서울 공연 초청장 영문으로 작성해 주세요. 초청 대상: 지휘자 박서연, 여권번호 ${pass('M48271936')}, 생년월일 ${dob('1981년 4월 17일')}, 연락처 ${phone('+82 10-4182-7365')}. 체류 기간은 3월 2일부터 9일까지입니다.`),

  rec('chat_zh', f`帮我写一封邀请函给上海的演出方，用于办理签证：
客座独奏家：Elena Vasquez（西班牙籍）
护照号码：${pass('PAB482719')}
出生日期：${dob('1988年9月23日')}
演出日期：2025年4月12日，上海交响乐团音乐厅`),

  rec('rooming_ja', f`ホテルに送る宿泊者リストを英語の表にしてください。

・佐藤 健一（首席クラリネット）旅券番号 ${pass('TK4827193')} 生年月日 ${dob('1975年2月8日')}
・高橋 美咲（ハープ）旅券番号 ${pass('TZ1938274')} 生年月日 ${dob('1992年12月30日')}
・緊急連絡先：ツアーマネージャー 携帯 ${phone('+81 90-4182-7365')}`),

  rec('hr_de', f`Bitte formuliere eine kurze Bestätigung für die Gastmusikerin, dass wir ihre Daten für die Abrechnung haben:
Name: Johanna Reiter, Fagott (Aushilfe)
Geburtsdatum: ${dob('03.08.1991')}
Steuer-ID: ${v('pii.de_steuer_id', STEUER)}
Reisepass: ${pass('C4RT7XH29')} (für die Asien-Tournee)
Mobil: ${phone('030 4418 2276', 'DE')}`),

  rec('guso_fr', f`Peux-tu vérifier que la déclaration GUSO est complète pour le percussionniste remplaçant ?
Nom : Julien Morel
N° de sécurité sociale : ${v('pii.fr_nir', NIR)}
Date de naissance : ${dob('24/06/1987')}
Cachets : 3 (répétition générale + 2 concerts), 210 € brut chacun`),

  rec('payroll_en_gb', f`Freelance extra for the Edinburgh dates — can you write the payroll onboarding email?
Name: Callum Fraser (double bass)
NI number: ${v('pii.uk_nino', 'JK 48 27 19 C')}
Mobile: ${phone('07912 448 306', 'GB')}
Email: ${mail('callum.fraser.bass@outlook.com')}
Rate: £185 per session, 4 sessions`),

  rec('chat_es', f`Necesito la carta para la gestoría sobre el contrato del trompetista italiano para la gira por Andalucía. Datos: Paolo Greco, NIE ${v('pii.es_nie', NIE)}, fecha de nacimiento ${dob('12 de enero de 1984')}. Alta en la Seguridad Social desde el 3 de marzo.`),

  rec('chat_nl_bsn', f`Kun je deze gegevens in een nette opdrachtbevestiging verwerken voor de invalkracht? Naam: Femke de Boer (altviool), BSN ${v('pii.nl_bsn', BSN)}, geboortedatum ${dob('17-05-1993')}, honorarium € 1.450 voor de tournee door Vlaanderen.`),

  rec('chat_uk', f`Підготуй, будь ласка, англійською лист до посольства для гастролей. Артистка: Олена Ковальчук, закордонний паспорт ${pass('FX482719')}, дата народження ${dob('05.11.1989')}, телефон ${phone('+380 67 418 2293')}.`),

  rec('kyc_hi', f`इस loan applicant का KYC summary बना दो, branch manager को भेजना है:
नाम: सुनीता देवी
आधार नंबर: ${v('pii.in_aadhaar', AADHAAR_1)}
मोबाइल: ${phone('+91 98450 31827')}
जन्म तिथि: ${dob('12/03/1984')}
ग्रुप: महिला स्वयं सहायता समूह "उजाला", गाँव रामपुर`),

  rec('kyc_bn', f`এই ঋণগ্রহীতার তথ্য দিয়ে একটা সংক্ষিপ্ত প্রোফাইল লিখে দাও:
নাম: রহিমা খাতুন
জাতীয় পরিচয়পত্র নং: ${ambCat('pii', '4182739506')}
জন্ম তারিখ: ${dob('১৫/০৭/১৯৮৮')}
মোবাইল: ${phone('+880 1711-438290')}
কেন্দ্র: সিরাজগঞ্জ-৭, সাপ্তাহিক কিস্তি ৫৫০ টাকা`, 'Bangladeshi NID: personal, no built-in rule (ambiguous, no rule id); DOB in Bengali digits'),

  rec('cadastro_pt_br', f`Me ajuda a resumir o cadastro dessa cliente pro comitê de crédito?
Nome: Francisca das Chagas Silva
CPF: ${v('pii.br_cpf', CPF)}
Data de nascimento: ${dob('08/10/1979')}
Celular: ${phone('(21) 99471-3058', 'BR')}
Atividade: venda de salgados na feira, 6 anos
Valor solicitado: R$ 3.500,00 em 12 parcelas`),

  rec('chat_sw', f`Nisaidie kuandika muhtasari wa mteja huyu kwa kamati ya mikopo:
Jina: Grace Wanjiru Kamau
Namba ya kitambulisho: ${ambCat('pii', '28471936')}
Tarehe ya kuzaliwa: ${dob('14/02/1990')}
Simu: ${phone('0712 418 273', 'KE')}
Biashara: duka la mboga, Githurai 45. Kikundi: Tumaini Women Group`, 'Kenyan national ID number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_tl', f`Pa-summarize naman itong loan application para sa credit committee:
Pangalan: Maricel Dela Cruz
Petsa ng kapanganakan: ${dob('Marso 3, 1985')}
Cellphone: ${phone('+63 917 418 2736')}
Negosyo: sari-sari store sa Brgy. Tabuc Suba, Jaro
Loan: ₱25,000, 6 months, weekly`),

  rec('chat_es_mx', f`Ayúdame a llenar la solicitud de crédito grupal. Acreditada: Guadalupe Hernández Ruiz, CURP ${ambCat('pii', 'HERG870412MOCRZD04')}, fecha de nacimiento ${dob('12/04/1987')}, cel. ${phone('55 4821 7736', 'MX')}. Grupo "Mujeres de Tlacolula", ciclo 4.`, 'CURP: no built-in rule (ambiguous, no rule id)'),

  rec('chat_ta', f`இந்த கடன் விண்ணப்பதாரரின் விவரங்களை ஆங்கிலத்தில் சுருக்கமாக எழுதுங்கள்:
பெயர்: செல்வி முருகன்
ஆதார் எண்: ${v('pii.in_aadhaar', AADHAAR_2)}
கைபேசி: ${phone('+91 94441 28376')}
பிறந்த தேதி: ${dob('22-08-1986')}
தொழில்: பூ வியாபாரம், மதுரை`),

  rec('chat_am', f`ይህን የብድር ጠያቂ መረጃ በእንግሊዝኛ አጭር ማጠቃለያ አድርግልኝ፦
ስም፦ አልማዝ ተስፋዬ
የትውልድ ቀን፦ ${dob('12/05/1982')}
ስልክ፦ ${phone('+251 91 141 8273')}
ንግድ፦ የእንጀራ ሽያጭ፣ ባሕር ዳር`),

  rec('chat_id', f`Tolong bikinkan ringkasan profil nasabah untuk komite kredit:
Nama: Siti Rahmawati
NIK: ${ambCat('pii', '3374054708880002')}
Tanggal lahir: ${dob('7 Agustus 1988')}
No. HP: ${phone('+62 812-4183-2769')}
Usaha: warung makan, Semarang. Pinjaman Rp 5.000.000, tenor 12 bulan`, 'Indonesian NIK: no built-in rule (ambiguous, no rule id)'),

  rec('visitor_csv', f`Pre-register these visitors for the LON2 data hall tomorrow, and tell me who is missing an ID number:

${amb('source_code.snippet', f`name,company,email,mobile,id_type,id_number
Ravi Menon,Northwind Cloud,${mail('ravi.menon@northwind-cloud.co.uk')},${phone('+44 7912 448306')},passport,${pass('548201937')}
Claire Dubois,Northwind Cloud,${mail('c.dubois@northwind-cloud.co.uk')},${phone('+33 6 48 21 73 95')},passport,${pass('19AB48273')}
Sam Whitaker,FibreLink Ltd,${mail('s.whitaker@fibrelink.net')},${phone('07912 448 307', 'GB')},driving licence,`)}`),

  rec('besuch_de', f`Kannst du aus dieser Besucheranmeldung eine Mail an den Wachdienst machen?
Besucher: Tobias Engel, Firma NetzWerk Süd GmbH
Personalausweis-Nr.: ${ambCat('pii', 'L01X00T47')}
Geburtsdatum: ${dob('29.01.1985')}
Mobil: ${phone('+49 171 4482 936')}
Termin: 05.12., 09:00–13:00, Käfig F-08, Austausch Linecards`, 'German ID card number: no built-in rule (ambiguous, no rule id)'),

  rec('badge_fr_be', f`Peux-tu rédiger la demande de badge temporaire pour le technicien du client ? Nom : Kevin Lambert, société BeNet Services, GSM ${phone('+32 478 39 21 64')}, e-mail ${mail('kevin.lambert@benet-services.be')}. Accès salle 2, rack 14, du 9 au 13 décembre.`),

  rec('chat_zh_hk', f`幫我寫封英文 email 俾保安部，聽日有個客戶工程師嚟機房換硬碟：
姓名：陳志明
護照號碼：${pass('K48271936')}
電話：${phone('+852 9418 2736')}
時間：朝早 10 點到下晝 3 點，TKO-1 機房 C 區`),

  rec('chat_ar_sa', f`أحتاج رسالة بالإنجليزية لقسم الأمن في مركز البيانات بالرياض لتسجيل زائر:
الاسم: فيصل العتيبي
رقم جواز السفر: ${pass('X4827193')}
الجوال: ${phone('+966 55 318 4927')}
الموعد: الأحد ٨ ديسمبر، ١٠ صباحًا، القاعة B`),

  rec('chat_fa', f`لطفاً این درخواست ورود بازدیدکننده را به انگلیسی بنویس:
نام: مریم احمدی
شماره پاسپورت: ${pass('Y48271936')}
تاریخ تولد: ${dob('۱۳۶۸/۰۴/۱۲')}
تلفن همراه: ${phone('+98 912 418 2736')}
بازدید از اتاق سرور شماره ۳`, 'Solar Hijri birth date in Persian digits'),

  rec('chat_es_co', f`Ayúdame a redactar el correo de bienvenida al propietario del predio que entra al proyecto de restauración de bosque seco: Don Jairo Restrepo, cédula ${ambCat('pii', '71.482.936')}, celular ${phone('+57 312 846 0923')}, correo ${mail('jairo.restrepo.finca@gmail.com')}. Vereda La Esperanza, Santa Fe de Antioquia.`, 'Colombian cédula: no built-in rule (ambiguous, no rule id)'),

  rec('w9_us', f`A landowner in our improved forest management project sent his W-9 by email (I know). Can you draft a reply telling him we've recorded it and asking him to use the secure portal next time?

Name: Dale R. Huffman
SSN: ${v('pii.us_ssn', '524-71-8836')}
Address: 1187 County Rd 14, Wilkes County, NC
Phone: ${phone('+1 (737) 412-8806')}`),

  rec('chat_en_ca', f`Our Alberta grassland project pays an annual stewardship fee to the rancher. For the T4A we have: Wade Kowalski, SIN ${v('pii.ca_sin', SIN)}, born ${dob('June 4, 1968')}. Can you write a short note explaining why we need the SIN?`),

  rec('sick_note', f`One of our engine-shop technicians in Belfast is off sick. Rewrite this for the planning board, but remove anything medical:

Technician: Niall Gallagher (B1 licence), staff no. 4471
NHS no. ${v('pii.uk_nhs_number', NHS)}, DOB ${dob('11/09/1982')}
GP fit note: 2 weeks, back injury lifting a fan blade case
Mobile ${phone('07912 448 306', 'GB')}`),

  rec('log', f`Who keeps failing logins on the planning portal? Log excerpt:

${amb('source_code.snippet', f`2024-12-03T06:41:17Z WARN auth login_failed user=${mail('r.popescu@mro-cluj.ro')} src=${ip('10.30.4.118')} reason=bad_password
2024-12-03T06:41:52Z WARN auth login_failed user=${mail('r.popescu@mro-cluj.ro')} src=${ip('10.30.4.118')} reason=bad_password
2024-12-03T06:42:30Z INFO auth account_locked user=${mail('r.popescu@mro-cluj.ro')} src=${ip('10.30.4.118')}`)}`),

  rec('chat_ro', f`Te rog scrie un e-mail către aeroportul din Otopeni pentru permisul de acces al tehnicianului nostru:
Nume: Andrei Ionescu
Data nașterii: ${dob('14.03.1990')}
CNP: ${ambCat('pii', '1900314400238')}
Telefon: ${phone('+40 722 318 406')}
Motiv: inspecție boroscopică motor CFM56, hangar 2`, 'Romanian CNP: no built-in rule (ambiguous, no rule id)'),
];
