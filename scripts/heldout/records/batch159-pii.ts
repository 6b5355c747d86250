/**
 * Held-out batch 159: personal data at a plasma donor desk, a zoo membership desk, a crane operator
 * certification team, a student loan servicer, a cargo ground-handling office and a mountain
 * railway's ticket office, in many languages. Hand-written; ids computed with checksums.ts.
 */
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, inAadhaarSpaced, itCodiceFiscale, luhnWithCheck, nlBsnCheckDigit, ukNhsSpaced,
} from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);
const pass = (s: string) => v('pii.passport', s);

const CPF = brCpfFormatted('418273905');
const CPF2 = brCpfFormatted('207394815');
const CF = itCodiceFiscale('BRTGPP85M12L219');
const DNI = esDni('48392017');
const NIE = esNie('Y', '4729183');
const BSN = `27384019${nlBsnCheckDigit('27384019')}`;
const NIR_BODY = '1920369123045';
const NIR = `${NIR_BODY.slice(0, 1)} ${NIR_BODY.slice(1, 3)} ${NIR_BODY.slice(3, 5)} ${NIR_BODY.slice(5, 7)} ${NIR_BODY.slice(7, 10)} ${NIR_BODY.slice(10)} ${frNirKey(NIR_BODY)}`;
const STEUER = `4718293561${deSteuerIdCheckDigit('4718293561')}`;
const AADHAAR = inAadhaarSpaced('58274019362');
const AADHAAR2 = inAadhaarSpaced('73918204657');
const NHS = ukNhsSpaced('485293017');
const SIN_RAW = luhnWithCheck('27391846');
const SIN = `${SIN_RAW.slice(0, 3)} ${SIN_RAW.slice(3, 6)} ${SIN_RAW.slice(6)}`;

export const BATCH159_PII: DraftRecord[] = [
  rec('intake_en', f`Can you turn this donor intake note into a clean summary for the medical screener?

Donor: Marcus Delgado
DOB: ${dob('07/22/1991')}
SSN: ${v('pii.us_ssn', '412-68-3097')}
Cell: ${phone('(303) 418-5521', 'US')}
Email: ${mail('mdelgado91@outlook.com')}
Notes: first-time donor, hematocrit borderline at 38%, asked about compensation schedule.`),

  rec('chat_es_mx', f`Oye, ¿me ayudas a redactar un mensaje de bienvenida para un donador nuevo del centro de plasma? Datos: Jorge Alberto Ramírez Soto, fecha de nacimiento ${dob('03/11/1994')}, celular ${phone('55 3318 2946', 'MX')}, correo ${mail('jorge.ramirez.soto@gmail.com')}. Que suene cálido y que mencione que la segunda donación es en 48 horas mínimo.`),

  rec('form_de', f`Bitte prüfe den Antrag auf Verlängerung des Kranführerscheins auf Vollständigkeit:

Name: Dennis Kowalczyk
Geburtsdatum: ${dob('14.03.1987')}
Steuer-ID: ${v('pii.de_steuer_id', STEUER)}
Mobil: ${phone('0172 4419 382', 'DE')}
Kranart: Turmdrehkran, Mobilkran bis 60 t
Letzte G25-Untersuchung: 02.05.2024`),

  rec('chat_fr', f`Peux-tu m'aider à compléter l'attestation de formation CACES R487 pour ce grutier ? Nom : Karim Belhadj, né le ${dob('9 mars 1992')} à Lyon, n° de sécurité sociale ${v('pii.fr_nir', NIR)}, téléphone ${phone('06 41 28 93 57', 'FR')}. Date de l'examen pratique : 18 novembre 2024.`),

  rec('chat_it', f`Mi prepari il riepilogo per il rinnovo del patentino gruista? Operatore: Giuseppe Bertolini, codice fiscale ${v('pii.it_codice_fiscale', CF)}, nato il ${dob('12/08/1985')}, cellulare ${phone('338 417 2956', 'IT')}. Ha completato l'aggiornamento di 4 ore il 7 novembre.`),

  rec('list_es', f`Necesito una tabla con los operadores que caducan el carné de operador de grúa torre en enero:
- Andrés Molina Pérez, DNI ${v('pii.es_dni', DNI)}, caduca 12/01/2025
- Ionuț Vasilescu, NIE ${v('pii.es_nie', NIE)}, caduca 28/01/2025, tel. ${phone('612 48 93 07', 'ES')}
Ordénalos por fecha y añade una columna "aviso enviado".`),

  rec('email_nl', f`Kun je deze gegevens overnemen in het certificeringsformulier voor de nieuwe machinist?

Naam: Thijs van Bommel
Geboortedatum: ${dob('23-06-1990')}
BSN: ${v('pii.nl_bsn', BSN)}
Telefoonnummer: ${phone('06 4183 2975', 'NL')}
E-mail: ${mail('t.vanbommel@ziggo.nl')}`),

  rec('chat_pt_br', f`Preciso de uma mensagem pra doadora que faltou na segunda doação. Nome: Luana Ferreira Campos, CPF ${v('pii.br_cpf', CPF)}, data de nascimento ${dob('02/04/1998')}, celular ${phone('(21) 99284-3317', 'BR')}. Quero lembrar que o intervalo máximo pra manter o bônus é de 7 dias.`),

  rec('chat_hi_en', f`Crane operator certification ke liye ye details verify karni hain, form mein kuch galat to nahi? Naam: Ramesh Yadav, Aadhaar ${v('pii.in_aadhaar', AADHAAR)}, DOB ${dob('15-08-1988')}, mobile ${phone('+91 98418 29375')}. Training site: Chakan, Pune.`),

  rec('form_en_gb', f`Can you check this CPCS renewal application for anything missing before I send it off?

Operator: Liam Brennan
National Insurance No: ${v('pii.uk_nino', 'JT 48 29 31 C')}
Date of birth: ${dob('21/01/1983')}
NHS number (for the medical): ${v('pii.uk_nhs_number', NHS)}
Mobile: ${phone('+44 7418 293751')}
Categories: A04 Crawler Crane, A40 Slinger/Signaller`),

  rec('chat_fr_qc', f`Salut! Faut que je remplisse la demande de carte de compétence CCQ pour un nouveau grutier pis je veux être sûr que j'ai toute. Nom : Maxime Tremblay-Gagnon, NAS ${v('pii.ca_sin', SIN)}, date de naissance ${dob('1993-05-30')}, cell ${phone('(514) 872-3914', 'CA')}. Y manque-tu de quoi?`),

  rec('crew_ja', f`明日の成田→アンカレッジ便の貨物便クルーの入国書類を作成します。以下の情報で下書きをお願いします。

氏名：高橋 健一
生年月日：${dob('1979年11月4日')}
旅券番号：${pass('TR4829173')}
連絡先：${phone('090-4182-9375', 'JP')}`),

  rec('chat_ko', f`동물원 가족 연간회원 신청서 내용 정리 부탁드려요.
보호자: 김지은 / 전화번호 ${phone('010-4182-9375', 'KR')} / 이메일 ${mail('jieun.kim.0312@naver.com')}
자녀: 박서준, 생년월일 ${dob('2017.06.21')}
주소는 생략하고, 회원카드 이름 표기만 확인해 주세요.`),

  rec('chat_zh', f`帮我写一封邮件给广州的货代联系人，确认周五装板时间。联系人：陈志强，手机 ${phone('+86 138 4182 9375')}，邮箱 ${mail('chen.zhiqiang@hy-logistics.cn')}。语气正式一点。`),

  rec('chat_ru', f`Помоги составить письмо пассажиру, который оформил годовой абонемент на горную железную дорогу. ФИО: Смирнова Ольга Викторовна, дата рождения ${dob('17.02.1976')}, паспорт ${pass('45 18 372915')}, телефон ${phone('+7 916 384-27-19')}. Нужно сообщить, что абонемент готов к выдаче в кассе на нижней станции.`),

  rec('chat_uk', f`Допоможи, будь ласка, заповнити анкету донора плазми німецькою. Мої дані: Коваленко Ірина Олександрівна, дата народження ${dob('05.09.1995')}, закордонний паспорт ${pass('FK482917')}, телефон ${phone('+380 67 418 2936')}. Я тут за тимчасовим захистом.`),

  rec('chat_pl', f`Mama zapisała syna na urodziny w zoo (pakiet "Safari", sobota 14:00). Kontakt: Agnieszka Wróblewska, tel. ${phone('+48 512 384 927')}, e-mail ${mail('a.wroblewska@wp.pl')}. Napisz potwierdzenie rezerwacji z informacją o zadatku.`),

  rec('chat_ar', f`أرجو كتابة خطاب تعريف لموظف المناولة الجديد في دبي لتقديمه لسلطة المطار:
الاسم: محمد عارف خان
رقم جواز السفر: ${pass('Z4829173')}
تاريخ الميلاد: ${dob('12/06/1990')}
رقم الجوال: ${phone('+971 50 418 2937')}
الوظيفة: مشرف تحميل الطائرات`),

  rec('chat_he', f`תנסח בבקשה מייל לחברת מועדון של גן החיות שהכרטיס שלה הונפק מחדש:
שם: נועה לוי
טלפון: ${phone('052-418-2937', 'IL')}
דוא"ל: ${mail('noa.levi84@walla.co.il')}
תאריך לידה: ${dob('03.08.1984')}
היא ביקשה לשנות את התמונה בכרטיס.`),

  rec('chat_th', f`ช่วยเขียนข้อความยืนยันการสมัครอาสาสมัครสวนสัตว์ให้หน่อยครับ ชื่อ นางสาวพิมพ์ชนก ศรีสุข วันเกิด ${dob('12 มี.ค. 2538')} เบอร์โทร ${phone('081-418-2937', 'TH')} เริ่มงานวันเสาร์ที่ 7 ธันวาคม`),

  rec('chat_vi', f`Giúp mình soạn email trả lời người vay đang xin hoãn trả nợ vì mất việc. Thông tin: Nguyễn Thị Mai Anh, ngày sinh ${dob('19/10/1997')}, số điện thoại ${phone('+84 912 418 293')}, email ${mail('maianh.nguyen97@yahoo.com.vn')}. Nhắc chị ấy gửi thêm giấy xác nhận thôi việc.`),

  rec('chat_id', f`Tolong buatkan pesan WhatsApp untuk pendonor plasma yang jadwalnya diubah. Nama: Dewi Lestari, tanggal lahir ${dob('28-02-1993')}, no. HP ${phone('+62 812-4183-2937')}. Jadwal baru Selasa jam 10.00.`),

  rec('chat_tl', f`Pa-check naman kung kumpleto yung hardship application ni borrower bago ko i-submit: Maria Clarissa Dela Cruz, SSN ${v('pii.us_ssn', '538-27-4190')}, birthday ${dob('April 2, 1996')}, phone ${phone('+1 (720) 418-2937')}. Nurse siya sa Denver, nawalan ng overtime kaya humihingi ng income-driven repayment.`),

  rec('log_sv', f`Vad betyder det här felet i loggen från medlemsregistreringen? Kunden säger att hon aldrig fick bekräftelsen.

${amb('source_code.snippet', f`2024-11-19 08:41:12 WARN  member-signup mail bounce: recipient=${mail('elin.sandberg@telia.se')} reason="550 5.1.1 user unknown" client_ip=${amb('pii.ip_address', '81.227.40.19')}
2024-11-19 08:41:12 INFO  member-signup retry scheduled in 15m for member_id=ZM-44820`)}`),

  rec('chat_no', f`Kan du skrive en kort melding til en passasjer som mistet ryggsekken på tannhjulsbanen i går? Navn: Sigrid Haugland, telefon ${phone('+47 412 83 917')}, fødselsdato ${dob('11.04.1969')} (hun oppga den for å bekrefte honnørbilletten). Sekken ligger på toppstasjonen.`),

  rec('chat_fi', f`Kirjoita ystävällinen muistutus eläintarhan kummijäsenelle, jonka jäsenyys päättyy. Tiedot: Aino Virtanen, syntymäaika ${dob('30.12.2011')} (lapsijäsen, huoltaja Pekka Virtanen), puhelin ${phone('+358 40 738 2914')}.`),

  rec('chat_ka', f`გთხოვთ, დამეხმარეთ სატვირთო რეისის ეკიპაჟის წევრის მონაცემების ინგლისურად თარგმნაში: სახელი — გიორგი ბერიძე, პასპორტის ნომერი ${pass('13IC48291')}, დაბადების თარიღი ${dob('04.07.1986')}, ტელეფონი ${phone('+995 599 41 82 93')}.`),

  rec('chat_hy', f`Խնդրում եմ օգնել պատասխան գրել կենդանաբանական այգու անդամին, որը ցանկանում է փոխել իր հեռախոսահամարը։ Անուն՝ Անի Հովհաննիսյան, հին հեռախոս՝ ${phone('+374 91 418293')}, էլ. փոստ՝ ${mail('ani.hovhannisyan@mail.am')}։`),

  rec('chat_am', f`ለፕላዝማ ለጋሽ የማስታወሻ መልእክት እንድጽፍ እርዳኝ። ስም፦ ሰላማዊት ተስፋዬ፣ የትውልድ ቀን ${dob('15/05/1992')}፣ ስልክ ${phone('+251 911 418 293')}። ቀጠሮዋ ሐሙስ ጠዋት 3 ሰዓት ነው።`),

  rec('chat_bn', f`কার্গো হ্যান্ডলিং-এর নতুন কর্মীর আইডি কার্ডের জন্য তথ্যগুলো ইংরেজিতে সাজিয়ে দাও: নাম মোঃ রফিকুল ইসলাম, জন্ম তারিখ ${dob('০৩/০১/১৯৯১')}, মোবাইল ${phone('+880 1712-418293')}, পদ: র‍্যাম্প এজেন্ট।`),

  rec('chat_ta', f`கல்விக் கடன் திருப்பிச் செலுத்தும் திட்டம் மாற்றக் கோரிய வாடிக்கையாளருக்கு பதில் எழுத உதவுங்கள். பெயர்: கார்த்திக் சுப்பிரமணியன், பிறந்த தேதி ${dob('22-09-1996')}, தொலைபேசி ${phone('+91 94431 82736')}, மின்னஞ்சல் ${mail('karthik.subra96@gmail.com')}.`),

  rec('chat_sw', f`Nisaidie kuandika barua kwa mkopaji anayeomba kusitishwa kwa malipo kwa miezi mitatu. Jina: Amina Wanjiru Mwangi, tarehe ya kuzaliwa ${dob('14/02/1999')}, simu ${phone('+254 712 418293')}, barua pepe ${mail('amina.mwangi99@gmail.com')}.`),

  rec('json_en', f`Why does the hardship-intake endpoint reject this payload with 422?

${amb('source_code.snippet', f`{
  "borrower": {
    "first_name": "Kayla",
    "last_name": "Whitfield",
    "ssn": "${v('pii.us_ssn', '261-49-8305')}",
    "date_of_birth": "${dob('1998-12-03')}",
    "email": "${mail('kayla.whitfield@icloud.com')}",
    "phone": "${phone('+1 604 418 2937')}"
  },
  "reason": "unemployment",
  "requested_months": 6
}`)}`, 'the phone is a Canadian number (the borrower moved to Vancouver)'),

  rec('chat_mr', f`क्रेन ऑपरेटर प्रमाणपत्रासाठी ही माहिती इंग्रजीत फॉर्ममध्ये भरायची आहे: नाव संदीप पाटील, आधार क्रमांक ${v('pii.in_aadhaar', AADHAAR2)}, जन्मतारीख ${dob('08/10/1989')}, मोबाईल ${phone('+91 90218 47365')}.`),

  rec('chat_ro', f`Ajută-mă să scriu un SMS pentru un donator de plasmă care și-a schimbat numărul. Nume: Andrei Popescu, data nașterii ${dob('27.01.1994')}, telefon nou ${phone('+40 723 418 592')}. Să fie scurt și politicos.`),

  rec('list_lt_lv_et', f`Surikiuok šiuos Baltijos šalių keleivius, kurie užsisakė panoraminį traukinį į kalną gruodžio 28 d., pagal šalį:
- Rūta Kazlauskienė, ${mail('ruta.kazlauskiene@gmail.com')}, ${phone('+370 612 41829')}
- Jānis Ozoliņš, ${mail('janis.ozolins@inbox.lv')}, ${phone('+371 2941 8293')}
- Kadri Tamm, ${mail('kadri.tamm@hot.ee')}, ${phone('+372 5418 2937')}`),

  rec('chat_pt_br2', f`Preciso cadastrar um doador no sistema novo, mas o campo do CPF dá erro. Dados: Rafael Nogueira, CPF ${v('pii.br_cpf', CPF2)}, nasc. ${dob('11/11/1989')}. Pode ser o formato com pontos?`),
];
