/**
 * Held-out batch 140: personal data in player contracts, dredging crew rosters, optician customer
 * records, consular and visa files, game-support tickets and co-op member accounts. Hand-written,
 * many languages; identity numbers computed with the checksum helpers.
 */
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, inAadhaarSpaced, itCodiceFiscale, luhnCheckDigit, nlBsnCheckDigit, ukNhsSpaced,
} from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord, type Frag } from '../dsl';

const dob = (s: string) => v('pii.date_of_birth', s);
const pp = (s: string) => v('pii.passport', s);
const em = (s: string) => v('pii.email', s);
const ip = (s: string) => amb('pii.ip_address', s);
const cfg = (b: Frag) => amb('source_code.snippet', b);

const CPF = brCpfFormatted('481739250');
const BSN1 = `31847295${nlBsnCheckDigit('31847295')}`;
const BSN2 = `20417386${nlBsnCheckDigit('20417386')}`;
const STEUER = `4718392054${deSteuerIdCheckDigit('4718392054')}`;
const AADHAAR = inAadhaarSpaced('48173925061');
const AADHAAR2 = inAadhaarSpaced('73920418563');
const NHS = ukNhsSpaced('401482739');
const NIR_BODY = '2860469123047';
const NIR = `${NIR_BODY[0]} ${NIR_BODY.slice(1, 3)} ${NIR_BODY.slice(3, 5)} ${NIR_BODY.slice(5, 7)} ${NIR_BODY.slice(7, 10)} ${NIR_BODY.slice(10)} ${frNirKey(NIR_BODY)}`;
const DNI = esDni('48173925');
const NIE = esNie('Y', '4817392');
const CF = itCodiceFiscale('BNCGLI85M52A944');
const SIN_D = `64718392${luhnCheckDigit('64718392')}`;
const SIN = `${SIN_D.slice(0, 3)} ${SIN_D.slice(3, 6)} ${SIN_D.slice(6)}`;

export const BATCH140_PII: DraftRecord[] = [
  // ——— esports ———
  rec('contract_ko', f`선수 계약서 초안 검토 부탁드립니다. 인적사항 부분만 붙여요.

성명: 박하늘 (닉네임 Haneul)
생년월일: ${dob('2003년 4월 17일')}
여권번호: ${pp('M48173926')}
연락처: ${phone('+82 10-4821-7736')}
이메일: ${em('haneul.park.gg@naver.com')}
계약기간: 2025.01.01 ~ 2026.12.31, 연봉 별도 첨부

미성년자 조항은 빼도 되는 거죠?`),

  rec('form', f`Please check this roster registration before I submit it to the league — anything missing?

Player: Jonas "Frostbyte" Lindahl
Date of birth: ${dob('14 Feb 2005')}
Nationality: Swedish
Passport no.: ${pp('AC4817392')}
Email: ${em('frostbyte.lindahl@gmail.com')}
Mobile: ${phone('+46 70 312 58 94')}
Role: AWPer (starter)`),

  rec('chat_pt_br', f`Me ajuda a montar a ficha de inscrição do nosso novo jogador pro CBLOL Academy?
Nome: Lucas Andrade Ribeiro
Data de nascimento: ${dob('09/11/2006')}
CPF: ${v('pii.br_cpf', CPF)}
Celular: ${phone('+55 61 98481-7392')}
Responsável legal: Sandra Andrade (mãe), e-mail ${em('sandra.andrade71@hotmail.com')}`),

  rec('chat_fi', f`Tarvitsen huoltajan suostumuslomakkeen alaikäiselle pelaajalle. Tiedot:
Pelaaja: Eetu Mäkelä, syntymäaika ${dob('3.8.2008')}
Huoltaja: Riikka Mäkelä, puh. ${phone('+358 40 481 7392')}
Turnaus: Assembly Winter, Helsinki
Kirjoita lomake suomeksi ja englanniksi.`),

  rec('letter_uk', f`Напиши, будь ласка, запрошення для отримання візи для нашого гравця на турнір у Кельні:
ПІБ: Ковальчук Андрій Олегович
Дата народження: ${dob('22.06.2002')}
Номер закордонного паспорта: ${pp('FT481739')}
Телефон: ${phone('+380 67 418 2953')}
Дати турніру: 12–18 травня.`),

  rec('chat_da', f`Kan du lave en kort kontaktliste til holdets bootcamp i Berlin? Manager: Mads Kjær, ${phone('+45 24 81 73 92')}, ${em('mads@vikingfront.gg')}. Coach: Sofie Holm, fødselsdato ${dob('12-03-1996')} (til forsikringen), tlf. ${phone('+47 412 81 739')}.`),

  // ——— dredging ———
  rec('csv', f`Maak van deze bemanningslijst een overzicht per ploeg voor het werk in de Westerschelde:

${cfg(f`naam;functie;geboortedatum;bsn;mobiel
Ruud van Leeuwen;kapitein;${dob('11-02-1971')};${v('pii.nl_bsn', BSN1)};${phone('+31 6 48173926')}
Sanne Kuipers;stuurman;${dob('30-09-1988')};${v('pii.nl_bsn', BSN2)};${phone('06 29481736', 'NL')}`)}`),

  rec('hr_de', f`Neuer Baggerführer für die Baustelle Hamburg-Finkenwerder, bitte Anmeldung bei der Lohnbuchhaltung vorbereiten:
Name: Dennis Hartkopf
Geburtsdatum: ${dob('07.05.1984')}
Steuer-ID: ${v('pii.de_steuer_id', STEUER)}
Handy: ${phone('0171 4817392', 'DE')}
Beginn: 01.12.`),

  rec('list_bn', f`সাইট পাসের জন্য নতুন শ্রমিকদের তালিকা (গঙ্গা তীর বাঁধ প্রকল্প):
১. মোহাম্মদ রফিকুল ইসলাম — পাসপোর্ট নং ${pp('A04817392')}, জন্ম তারিখ ${dob('১২/০৩/১৯৯০')}, মোবাইল ${phone('+880 1712-458392')}
২. সুমন দাস — পাসপোর্ট নং ${pp('B01738294')}, জন্ম তারিখ ${dob('০৫/১১/১৯৯৫')}
এটা ইংরেজিতে অনুবাদ করে দাও।`),

  rec('chat_vi', f`Viết giúp em giấy xác nhận sức khỏe cho thợ lặn của dự án kè sông Sài Gòn:
Họ tên: Trần Văn Hùng
Ngày sinh: ${dob('14/07/1987')}
Số điện thoại: ${phone('+84 912 458 731')}
Đã khám tại bệnh viện Thống Nhất ngày 02/11.`),

  rec('chat_ta', f`துறைமுக ஆழப்படுத்தும் திட்டத்தில் சேரும் பொறியாளருக்கான அனுமதி படிவம்:
பெயர்: கார்த்திக் சுப்பிரமணியன்
பிறந்த தேதி: ${dob('23-01-1992')}
ஆதார் எண்: ${v('pii.in_aadhaar', AADHAAR)}
கைபேசி: ${phone('+91 98452 17306')}
இதை ஆங்கிலத்தில் ஒரு முறையான கடிதமாக மாற்றவும்.`),

  rec('hr_uk', f`New starter for the Humber flood-wall job, can you draft the welcome pack email?
Name: Callum Briggs
NI number: ${v('pii.uk_nino', 'JT 48 17 39 C')}
DOB: ${dob('19/08/1993')}
Mobile: ${phone('+44 7458 219364')}
Reports to: site agent at Paull, Monday 07:00`),

  // ——— optician chain ———
  rec('gos_form', f`Can you check this GOS1 sight test claim before I send it?

Patient: Doreen Whitaker
NHS number: ${v('pii.uk_nhs_number', NHS)}
Date of birth: ${dob('02/04/1948')}
Eligibility: aged 60 or over
Test date: 14/11/2024, Leeds Briggate store
Phone: ${phone('0113 496 2751', 'GB')}`),

  rec('chat_fr', f`Peux-tu rédiger la demande de prise en charge pour la mutuelle ? Cliente : Mme Camille Girard, née le ${dob('18 avril 1986')}, n° de sécurité sociale ${v('pii.fr_nir', NIR)}. Équipement : monture + verres progressifs, devis 742 €.`),

  rec('ficha_es', f`Ficha de cliente — Óptica Clara, sucursal Valencia
Nombre: Ana Belén Soler Martí
DNI: ${v('pii.es_dni', DNI)}
Fecha de nacimiento: ${dob('27/10/1979')}
Teléfono: ${phone('+34 612 48 17 39')}
Graduación: OD -1,75 / OI -2,00, astig. -0,50 a 90º

¿Me redactas un SMS avisando de que sus gafas están listas?`),

  rec('chat_it', f`Mi prepari la richiesta di detrazione per la spesa sanitaria degli occhiali? Cliente: Giulia Bianchi, codice fiscale ${v('pii.it_codice_fiscale', CF)}, spesa € 389,00 del 05/11/2024, negozio di via Indipendenza.`),

  rec('chat_fr_ca', f`Une cliente de la succursale de Sherbrooke veut qu'on transfère son dossier à Trois-Rivières. Son info : Josée Tremblay, date de naissance ${dob('1974-12-03')}, cell ${phone('+1 418 482-7391')}, courriel ${em('josee.tremblay74@videotron.ca')}. Peux-tu m'écrire le courriel de transfert entre les deux succursales?`),

  rec('chat_ja', f`お客様情報をもとに、次回の検査予約の確認メールを作ってください。
氏名：佐藤 美咲 様
生年月日：${dob('1991年6月8日')}
電話番号：${phone('090-4817-3926', 'JP')}
メール：${em('misaki.sato0608@docomo.ne.jp')}
前回処方：遠近両用、加入度 +1.50`),

  rec('chat_pt', f`Podes ajudar-me a escrever uma mensagem para a cliente? Dados da ficha: Inês Carvalho, data de nascimento ${dob('30/01/1983')}, telemóvel ${phone('+351 912 481 739')}, email ${em('ines.carvalho83@sapo.pt')}. As lentes de contacto tóricas chegaram à loja do Chiado.`),

  // ——— embassy consular / visa ———
  rec('visa_summary', f`Summarise this visa file in three bullet points for the consul's morning brief:

Applicant: Oluwaseun Adebayo
DOB: ${dob('1989-03-21')}
Passport: ${pp('A11873924')} (Nigeria), expires 2031-07-04
Phone: ${phone('+234 803 481 7392')}
Email: ${em('seun.adebayo89@yahoo.com')}
Purpose: conference, 10 days; previous refusal 2022 (insufficient funds)`),

  rec('chat_ru', f`Оформи, пожалуйста, запись о постановке на консульский учёт:
ФИО: Смирнова Екатерина Дмитриевна
Дата рождения: ${dob('05.09.1990')}
Заграничный паспорт: ${pp('75 4817392')}
Телефон: ${phone('+7 916 482-17-39')}
Адрес пребывания: Тбилиси, ул. Абашидзе, 14`),

  rec('chat_ar_sa', f`أرجو تلخيص طلب التأشيرة التالي باللغة الإنجليزية:
الاسم: عبدالله بن فهد القحطاني
تاريخ الميلاد: ${dob('1985/11/02')}
رقم الجواز: ${pp('R4817392')}
رقم الجوال: ${phone('+966 55 481 7392')}
الغرض من الزيارة: علاج طبي`),

  rec('chat_hi', f`कृपया इस आवेदन का अंग्रेज़ी सारांश बना दें:
नाम: राजेश कुमार वर्मा
जन्म तिथि: ${dob('15/08/1978')}
पासपोर्ट संख्या: ${pp('K4718392')}
आधार: ${v('pii.in_aadhaar', AADHAAR2)}
मोबाइल: ${phone('+91 99721 48305')}
वीज़ा प्रकार: बिज़नेस, 90 दिन`),

  rec('chat_th', f`ช่วยเขียนอีเมลแจ้งผู้ยื่นขอวีซ่าว่าต้องส่งเอกสารเพิ่ม ข้อมูลผู้ยื่น:
ชื่อ: นางสาวพิมพ์ชนก ศรีสุข
วันเกิด: ${dob('8 มีนาคม 2537')}
หมายเลขหนังสือเดินทาง: ${pp('AC2481739')}
โทร: ${phone('+66 81 427 3958')}
เอกสารที่ขาด: หนังสือรับรองการทำงาน`),

  rec('chat_zh', f`帮我把这位签证申请人的资料整理成英文表格：
姓名：王晓燕
出生日期：${dob('1993年2月14日')}
护照号码：${pp('E48173926')}
手机：${phone('+86 139 4817 3926')}
邮箱：${em('wangxy0214@163.com')}`),

  rec('chat_es', f`Redáctame una carta de cita para el visado de residencia. Solicitante: Ahmed Benali, residente en Madrid con NIE ${v('pii.es_nie', NIE)}, fecha de nacimiento ${dob('03/03/1991')}, pasaporte marroquí ${pp('UB4817392')}.`),

  rec('chat_hy', f`Խնդրում եմ կազմել նամակ հյուպատոսական բաժնից դիմորդին՝
Անուն ազգանուն՝ Արամ Պետրոսյան
Ծննդյան ամսաթիվ՝ ${dob('11.10.1987')}
Անձնագրի համար՝ ${pp('AT0471839')}
Հեռախոս՝ ${phone('+374 91 284736')}
Վիզայի որոշումը պատրաստ է, կարող է վերցնել երկուշաբթի։`),

  rec('chat_ne', f`कृपया यो भिसा निवेदकको विवरण अंग्रेजीमा अनुवाद गरिदिनुहोस्:
नाम: सुनिता गुरुङ
जन्म मिति: ${dob('२०४८/०५/१२')}
राहदानी नम्बर: ${pp('PA4817392')}
मोबाइल: ${phone('+977 984-1481739')}`),

  // ——— mobile game studio ———
  rec('ticket_de', f`Ticket #GDPR-2211 – Auskunftsersuchen nach Art. 15 DSGVO
Spieler: Tobias Renner
E-Mail: ${em('t.renner@web.de')}
Geburtsdatum (laut Konto): ${dob('29.02.2000')}
Letzte Login-IP: ${ip('91.64.183.27')}
Bitte eine Antwortvorlage formulieren, welche Daten wir speichern (Spielstand, Käufe, Chatlogs 30 Tage).`),

  rec('ticket_id', f`Halo tim, pemain ini minta akunnya dipindahkan ke email baru:
Email lama: ${em('dimas.pratama99@gmail.com')}
Email baru: ${em('dimasp.gaming@outlook.co.id')}
No. HP: ${phone('+62 812-4739-2051')}
ID pemain: SB-8812047
Tolong buatkan balasan yang meminta bukti pembelian terakhir.`),

  rec('ticket_tr', f`Oyuncu destek kaydı: hesabı çalındığını söylüyor.
Ad: Burak Yıldırım
E-posta: ${em('burak.yldrm@hotmail.com.tr')}
Telefon: ${phone('+90 532 481 73 95')}
Doğum tarihi: ${dob('17.12.2004')}
Son giriş IP: ${ip('78.186.42.119')} (Ankara)
Kısa ve sakin bir yanıt yazar mısın?`),

  // ——— rural electricity co-op ———
  rec('member_record', f`Rewrite this as a polite letter confirming the new service connection:

Member: Harold J. Swenson
SSN (for credit check): ${v('pii.us_ssn', '518-47-2936')}
DOB: ${dob('08/22/1956')}
Phone: ${phone('(320) 482-7391', 'US')}
Service address: 18420 County Rd 12, Paynesville, MN
Deposit waived (25+ years membership).`),

  rec('member_record', f`New member application — Prairie Line Electric Co-op (Saskatchewan)
Name: Marie-Claire Dubois
SIN: ${v('pii.ca_sin', SIN)}
Date of birth: ${dob('1968-07-30')}
Phone: ${phone('+1 306 482 7391')}
Email: ${em('mcdubois@sasktel.net')}

Can you turn this into a checklist of what's still missing (proof of ownership, meter photo)?`),

  rec('table', f`Make this call-out list printable for the storm season (one page, bold names):

| Lineman | Crew | Cell | Home |
|---|---|---|---|
| Dale Kowalczyk | 3 | ${phone('(605) 274-1938', 'US')} | ${phone('(605) 482-7391', 'US')} |
| Travis Engen | 3 | ${phone('(218) 736-4102', 'US')} | — |
| Rosa Medina | 5 | ${phone('+1 937 482 7391')} | — |`),

  rec('chat_sw', f`Tafadhali andika barua ya kumkaribisha mwanachama mpya wa ushirika wa umeme:
Jina: Wanjiru Kamau
Tarehe ya kuzaliwa: ${dob('14/06/1979')}
Simu: ${phone('+254 712 483 920')}
Kijiji: Othaya, Nyeri
Mita imewekwa tarehe 3 Desemba.`),

  rec('chat_es_mx', f`Ayúdame a redactar un aviso de corte por falta de pago para este socio de la cooperativa:
Nombre: Rogelio Hernández Cruz
Fecha de nacimiento: ${dob('02/09/1962')}
Celular: ${phone('+52 55 4817 3926')}
Adeudo: $3,418.00 MXN (3 meses)
Con tono respetuoso, es adulto mayor.`),
];
