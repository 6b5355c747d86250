/**
 * Held-out batch 149: personal data in rescue reports, audiology referrals, truck-driver and
 * festival-guest records, crop-insurance claims and cemetery files, in many languages and scripts.
 * Hand-written; identity numbers built with the checksum helpers.
 */
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, groupedAs, inAadhaarSpaced, itCodiceFiscale, luhnWithCheck,
  nlBsnCheckDigit, ukNhsSpaced,
} from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const CF = itCodiceFiscale('BRTLCU68M22L378');
const NIR_BODY = '2581174281046';
const NIR = `${NIR_BODY[0]} ${NIR_BODY.slice(1, 3)} ${NIR_BODY.slice(3, 5)} ${NIR_BODY.slice(5, 7)} ${NIR_BODY.slice(7, 10)} ${NIR_BODY.slice(10)} ${frNirKey(NIR_BODY)}`;
const NHS = ukNhsSpaced('485927316');
const BSN = `27481935${nlBsnCheckDigit('27481935')}`;
const DNI = esDni('50827394');
const NIE = esNie('X', '4827163');
const CPF = brCpfFormatted('482719360');
const AADHAAR = inAadhaarSpaced('73920485162');
const AADHAAR_TN = inAadhaarSpaced('58203917468');
const STEUER = `47591830${'46'}${deSteuerIdCheckDigit('4759183046')}`;
const SIN = groupedAs(luhnWithCheck('52739184'), [3, 3, 3]);

export const BATCH149_PII: DraftRecord[] = [
  rec('report_de-CH', f`Chasch mer de Iisatzrapport i es sauber's Hochdütsch umschriibe?

Lawineniisatz Piz Varuna, 14.02., 11:40
Verschüttete Person: Reto Caduff, Geburtsdatum ${v('pii.date_of_birth', '03.09.1987')}, wohnhaft in Scuol
AHV-Nr.: ${ambCat('pii', '756.4829.3071.52')}
Aagherige: Partnerin Seraina, Natel ${phone('+41 79 418 27 53')}
Nach 18 Min. mit LVS gortet, bi Bewusstsii, mit Rega uusgfloge.`, 'Swiss AHV number: personal, no built-in rule claims it (ambiguous, no rule id)'),

  rec('report_it', f`Mi aiuti a scrivere la relazione per l'assicurazione? Dati dell'infortunato:
Luca Bertolini, nato a Trento il ${v('pii.date_of_birth', '22/08/1968')}
Codice fiscale: ${v('pii.it_codice_fiscale', CF)}
Cellulare: ${phone('+39 347 862 1940')}
Scivolata su nevaio a quota 2.650 m, sospetta frattura di tibia, recuperato con elicottero alle 14:10.`),

  rec('referral_fr', f`Peux-tu reformuler ce courrier d'adressage pour l'ORL ?

Patiente : Mme Jeanne Perrillat, née le ${v('pii.date_of_birth', '17 novembre 1958')}
N° de sécurité sociale : ${v('pii.fr_nir', NIR)}
Tél. : ${phone('04 50 53 82 17', 'FR')}
Audiogramme : perte neurosensorielle bilatérale, 55 dB à 2 kHz. Demande d'avis avant appareillage.`),

  rec('referral_en-GB', f`Tidy this GP referral into our intake template please:

Patient: Mr Dennis Aldridge   DOB: ${v('pii.date_of_birth', '21/04/1949')}   NHS No: ${v('pii.uk_nhs_number', NHS)}
Tel: ${phone('01223 482739', 'GB')}
Reason: gradual hearing loss, worse on the left, tinnitus for 6 months. Wife reports TV volume complaints. No ear surgery history.`),

  rec('intake_nl', f`Kun je dit intakeformulier omzetten naar een korte samenvatting voor de audicien?

Naam: dhr. Gerrit Molenaar
Geboortedatum: ${v('pii.date_of_birth', '4 maart 1952')}
BSN: ${v('pii.nl_bsn', BSN)}
Telefoon: ${phone('+31 6 48273915')}
Klacht: verstaat gesprekken in restaurants slecht, hoortoestel links van 2017.`),

  rec('cemetery_es', f`Redacta la carta de renovación de la concesión del nicho:
Titular: Dña. Encarnación Robles Medina, DNI ${v('pii.es_dni', DNI)}
Nicho 418, Patio San José, concesión vence el 30/06/2025
Teléfono de contacto: ${phone('+34 612 48 27 39')}
Tono respetuoso, que venga a la oficina con el título de la concesión.`),

  rec('cemetery_es-2', f`Un hijo del difunto vive en España con NIE ${v('pii.es_nie', NIE)} y quiere ser el nuevo titular del nicho de su padre. ¿Qué documentos le tengo que pedir para el cambio de titularidad? Hazme una lista.`),

  rec('claim_pt-BR', f`Me ajuda a montar o laudo de vistoria resumido?

Segurado: Valdir Antônio Schneider
CPF: ${v('pii.br_cpf', CPF)}
Celular: ${phone('(54) 99482-7316', 'BR')}
E-mail: ${v('pii.email', 'valdir.schneider.agro@gmail.com')}
Cultura: soja, 212 ha em Passo Fundo/RS. Perda estimada por estiagem: 47%.`),

  rec('claim_hi-en', f`Surveyor ne yeh details WhatsApp pe bheje hain, inko claim form format mein daal do:
Kisan: Ramesh Kushwaha, gaon Sironj
Aadhaar: ${v('pii.in_aadhaar', AADHAAR)}
Mobile: ${phone('+91 98452 38716')}
Fasal: soybean, 3.2 hectare, ati-varsha se 60% nuksaan.`),

  rec('staff_de', f`Für die Lohnabrechnung der neuen Krematoriumsmitarbeiterin brauche ich eine Checkliste. Vorliegende Daten:
Name: Svetlana Weber
Geburtsdatum: ${v('pii.date_of_birth', '11.06.1979')}
Steuer-ID: ${v('pii.de_steuer_id', STEUER)}
Mobil: ${phone('0171 4829375', 'DE')}
Eintritt: 01.03.2025, Teilzeit 30 Std.
Was fehlt noch (SV-Ausweis, Krankenkasse …)?`),

  rec('juror_fr-CA', f`Peux-tu m'aider à remplir le formulaire d'honoraires pour un membre du jury? Infos reçues:
Nom: Mathieu Gagnon-Ouellet
NAS: ${v('pii.ca_sin', SIN)}
Cell: ${phone('(418) 682-3947', 'CA')}
Courriel: ${v('pii.email', 'mathieu.gagnon.ouellet@videotron.ca')}
Montant: 1 500 $ pour 10 jours de jury.`),

  rec('claim_en-US', f`Summarize this loss notice for the adjuster's worksheet:

Insured: Harold J. Brenneman
SSN: ${v('pii.us_ssn', '518-42-7391')}
DOB: ${v('pii.date_of_birth', '02/27/1961')}
Phone: ${phone('(319) 482-7391', 'US')}
Crop: corn, 640 acres, Benton County IA — derecho 08/10, green snap across ~70% of the field.`),

  rec('driver_en-GB', f`Agency sent over a new relief driver for the gate-to-rail shuttle. Put this into our onboarding sheet:
Name: Kieran Doyle
NI number: ${v('pii.uk_nino', 'WP 73 84 19 B')}
Mobile: ${phone('+44 7825 482739')}
Licence: C+E, CPC valid to 2027. Starts Monday on nights.`),

  rec('guest_ja', f`映画祭の招待ゲストのビザ申請書類を作ります。以下を英語の招へい状に入れてください。
氏名：高橋 美咲（TAKAHASHI MISAKI）
生年月日：${v('pii.date_of_birth', '1990年5月14日')}
旅券番号：${v('pii.passport', 'TZ1048273')}
携帯：${phone('+81 90-4827-3916')}
滞在予定：10月8日〜10月15日`),

  rec('guest_ko', f`영화제 초청 감독 숙소 예약용 정보예요. 호텔에 보낼 영문 메일로 정리해 주세요.
이름: 박준혁 (PARK JUNHYUK)
생년월일: ${v('pii.date_of_birth', '1983년 11월 2일')}
여권번호: ${v('pii.passport', 'M48273916')}
연락처: ${phone('010-3827-4915', 'KR')}
체크인 10/7, 체크아웃 10/12`),

  rec('driver_zh-CN', f`帮我把这个司机登记信息整理成表格：
姓名：王建国
手机：${phone('+86 138 2749 5138')}
身份证号：${ambCat('pii', '44030519780612407X')}
车牌：粤B·7K29X，拖车公司：深港联运
预约时段：11月13日 06:00–07:00，提柜`, 'Chinese resident identity number: personal, no built-in rule claims it'),

  rec('guest_ru', f`Нужно письмо-приглашение для оформления визы гостю фестиваля:
ФИО: Соколова Анна Дмитриевна
Дата рождения: ${v('pii.date_of_birth', '08.12.1986')}
Загранпаспорт: ${v('pii.passport', '75 4827391')}
Телефон: ${phone('+7 916 482-73-91')}
Даты: 6–14 октября. Составь на английском.`),

  rec('rescue_uk', f`Перепиши, будь ласка, повідомлення про зниклого туриста для рятувальників:
Ім'я: Остап Ковальчук, дата народження ${v('pii.date_of_birth', '19.03.1995')}
Телефон (вимкнений з учора): ${phone('+380 67 482 7391')}
Маршрут: Заросляк — Говерла — Петрос, вийшов 12.01 о 7:30, мав повернутися до 18:00.`),

  rec('driver_ar', f`رتّب لي بيانات السائق هذه في جدول بالإنجليزية:
الاسم: محمود عبد الرحمن السيد
تاريخ الميلاد: ${v('pii.date_of_birth', '1978/04/15')}
رقم جواز السفر: ${v('pii.passport', 'A28473916')}
رقم الجوال: ${phone('+20 100 482 7391')}
شركة النقل: النيل للشحن، رقم الشاحنة ٤٨٢٧ ط ب`),

  rec('patient_he', f`תסכם לי את הפנייה של המטופלת לקלינאית התקשורת:
שם: רחל אברמוב
ת.ז.: ${ambCat('pii', '038472916')}
תאריך לידה: ${v('pii.date_of_birth', '23.07.1955')}
טלפון: ${phone('+972 52-482-7391')}
מייל: ${v('pii.email', 'rachel.abramov55@walla.co.il')}
תלונה: טנטון באוזן ימין, ירידה בשמיעה אחרי דלקת.`, 'Israeli ID number: personal, no built-in rule claims it'),

  rec('guest_tr', f`Festival konuğu için otel rezervasyon formunu doldurmam lazım. Bilgiler:
Ad Soyad: Elif Karakaya
Doğum tarihi: ${v('pii.date_of_birth', '30.01.1992')}
Pasaport no: ${v('pii.passport', 'U48273916')}
Telefon: ${phone('+90 532 482 73 95')}
Bunu İngilizce bir e-postaya çevirir misin?`),

  rec('cemetery_el', f`Γράψε μου μια ευγενική επιστολή προς τον συγγενή για την εκταφή:
Εκλιπών: Γεώργιος Αναστασίου, ημερομηνία γέννησης ${v('pii.date_of_birth', '12/05/1938')}, ταφή 2021
Συγγενής: Μαρία Αναστασίου, τηλ. ${phone('+30 694 827 3916')}
Η εκταφή προγραμματίζεται για τον Μάρτιο.`),

  rec('driver_th', f`ช่วยจัดข้อมูลคนขับรถบรรทุกใหม่ให้เป็นตารางภาษาอังกฤษหน่อย
ชื่อ: สมชาย ใจดี
วันเกิด: ${v('pii.date_of_birth', '5 มิถุนายน 2528')}
เบอร์โทร: ${phone('081-482-7395', 'TH')}
ทะเบียนรถ: 70-4827 ชลบุรี`, 'Thai Buddhist-era year in a birth date'),

  rec('claim_bn', f`ফসল বিমার দাবির জন্য কৃষকের তথ্য গুছিয়ে দাও:
নাম: মোঃ আব্দুল করিম
জন্ম তারিখ: ${v('pii.date_of_birth', '১২/০৩/১৯৭৬')}
মোবাইল: ${phone('+880 1712-384927')}
ক্ষতি: বন্যায় ২ একর আমন ধান নষ্ট, সুনামগঞ্জ।`, 'Bengali digits in a birth date'),

  rec('claim_ta', f`பயிர் காப்பீட்டு கோரிக்கைக்கான விவரங்கள், இதை ஆங்கிலப் படிவமாக மாற்றித் தாருங்கள்:
விவசாயி: க. முருகேசன், திருவாரூர்
ஆதார் எண்: ${v('pii.in_aadhaar', AADHAAR_TN)}
கைபேசி: ${phone('+91 94432 18756')}
சேதம்: புயல் மழையால் 4 ஏக்கர் சம்பா நெல் சேதம்.`),

  rec('rescue_ka', f`გადაწერე, გთხოვ, ეს შეტყობინება ინგლისურად მაშველებისთვის:
დაკარგული ალპინისტი: ნიკა ბერიძე, დაბადების თარიღი ${v('pii.date_of_birth', '14.09.1998')}
ტელეფონი: ${phone('+995 599 48 27 39')}
ბოლო კონტაქტი: მყინვარწვერის მეტეოსადგური, 3650 მ, 16:20.`),

  rec('cemetery_hy', f`Խնդրում եմ, կազմիր պաշտոնական պատասխան ընտանիքին՝ թաղման վայրի վերաբերյալ։
Հանգուցյալ՝ Արամ Պետրոսյան, ծննդյան ամսաթիվ՝ ${v('pii.date_of_birth', '07.02.1941')}
Կոնտակտային անձ՝ Լիլիթ Պետրոսյան, հեռախոս՝ ${phone('+374 91 482739')}
Հատված 14, շարք 3։`),

  rec('claim_am', f`እባክህ ይህን የገበሬ መረጃ ለካሳ ጥያቄ ቅጽ በእንግሊዝኛ አዘጋጅልኝ፡
ስም፡ አበበ ከበደ
የትውልድ ቀን፡ ${v('pii.date_of_birth', '12/04/1975')}
ስልክ፡ ${phone('+251 91 148 2739')}
ጉዳት፡ በበረዶ ምክንያት 2 ሄክታር ጤፍ ተጎድቷል።`),

  rec('claim_sw', f`Naomba uniandikie barua pepe ya kuthibitisha madai ya bima ya mazao:
Mkulima: Grace Wanjiku Mwangi
Simu: ${phone('+254 712 482739')}
Barua pepe: ${v('pii.email', 'grace.wanjiku.mwangi@gmail.com')}
Hasara: ukame, ekari 5 za mahindi, Nakuru.`),

  rec('rescue_ne', f`यो उद्धार अनुरोध अंग्रेजीमा मिलाएर लेखिदिनुस्:
पदयात्री: Jonas Bergmann (जर्मन), राहदानी नम्बर ${v('pii.passport', 'C01X7RK49')}
गाइडको मोबाइल: ${phone('+977 980-1234567')}
स्थान: लोबुचे, ४९४० मिटर, उच्च उचाइ रोगका लक्षण, हेलिकप्टर आवश्यक।`),

  rec('cemetery_pl', f`Przygotuj proszę pismo do rodziny w sprawie przedłużenia opłaty za grób:
Zmarły: Stanisław Nowicki, data urodzenia ${v('pii.date_of_birth', '14.11.1940')}
Dysponent grobu: Barbara Nowicka, PESEL ${ambCat('pii', '58031204817')}
Telefon: ${phone('+48 601 827 394')}
Kwatera 14, rząd 3, miejsce 7. Opłata wygasa 31.12.2025.`, 'Polish PESEL: personal, no built-in rule claims it'),

  rec('patient_cs', f`Potřebuju shrnutí pro ORL lékaře:
Pacient: Jaroslav Dvořák, r. č. ${ambCat('pii', '480512/3927')}
Telefon: ${phone('+420 602 482 739')}
E-mail: ${v('pii.email', 'jaroslav.dvorak48@seznam.cz')}
Nosí sluchadla od 2019, teď si stěžuje na pískání pravého přístroje.`, 'Czech birth number: personal, no built-in rule claims it'),

  rec('patient_sv', f`Kan du skriva om anteckningen till ett kort brev till patienten om återbesöket?
Patient: Birgitta Lindholm, personnummer ${ambCat('pii', '19470312-4826')}
Mobil: ${phone('+46 70 482 73 91')}
Hörapparaterna justerade 12/11, återbesök om 6 veckor.`, 'Swedish personnummer: personal, no built-in rule claims it'),

  rec('csv_accred', f`Which of these press accreditation requests are missing a media outlet letter? (column "letter" empty)

${amb('source_code.snippet', f`req_id,name,outlet,email,phone,letter
PR-2291,Camille Rousseau,Le Petit Écran,${v('pii.email', 'c.rousseau@lepetitecran.fr')},${phone('+33 6 47 28 91 53')},yes
PR-2292,Tomasz Zieliński,Kino Polska Online,${v('pii.email', 't.zielinski@kinopolska.pl')},${phone('+48 512 384 927')},
PR-2293,Aiko Mori,Eiga Weekly,${v('pii.email', 'mori.aiko@eigaweekly.jp')},${phone('+81 3-5827-4913')},yes
PR-2294,Lucas Oliveira,Cine Brasil Hoje,${v('pii.email', 'lucas.oliveira@cinebrasilhoje.com.br')},${phone('+55 11 98482-7391')},`)}`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2024-11-14T08:12:44.210Z","level":"warn","svc":"hearing-app-api","msg":"pairing failed","user":"${v('pii.email', 'k.mueller.hoergeraet@web.de')}","device":"AUD-R5-SN48273","client_ip":"${amb('pii.ip_address', '91.64.183.27')}","err":"BLE_BOND_LOST"}`)}

Kommt bei dieser Kundin jeden Tag. Was heißt BLE_BOND_LOST?`),

  rec('cemetery_es-CL', f`Ayúdame a redactar el correo para la familia sobre la fecha de la sepultación:
Fallecido: don Hernán Sepúlveda Rojas, RUT ${ambCat('pii', '4.827.391-6')}
Contacto: su hija Carolina, celular ${phone('+56 9 4827 3916')}
Sepultación el jueves a las 11:00 en el Patio 8.`, 'Chilean RUT: personal, no built-in rule claims it'),

  rec('patient_fi', f`Voitko muotoilla tästä tekstiviestin potilaalle?
Potilas: Pirkko Heikkinen, henkilötunnus ${ambCat('pii', '120552-417N')}
Puh: ${phone('+358 40 482 7391')}
Kuulokojeen huolto valmis, noudettavissa Tampereen liikkeestä maanantaista alkaen.`, 'Finnish personal identity code: personal, no built-in rule claims it'),
];
