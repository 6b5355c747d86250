/**
 * Held-out batch 44: personal data in ward notes, parents' messages, research exports, driver
 * registrations, artist contracts, member onboarding and door/Wi-Fi logs. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH44_PII: DraftRecord[] = [
  // --- children's hospital (UK) ---
  rec('handover', f`Make this handover note tidier for the SBAR template:

Ward 4 (Paddington) — bed 12
Child: Aiden Mulholland, NHS ${v('pii.uk_nhs_number', '943 817 2653')}, DOB ${v('pii.date_of_birth', '14/02/2019')}
Adm 02:40 with bronchiolitis, O2 via nasal cannula 1L, feeding NG. Sats 94-96%.
Mum staying overnight, mobile ${phone('07911 284736', 'GB')}. Dad works nights, call mum first.`),

  rec('ticket', f`Parents' portal — ticket #PP-7716
From: ${v('pii.email', 'rashida.begum84@gmail.com')}
Child: Yusuf Rahman, NHS no. ${v('pii.uk_nhs_number', '4850271936')}
"I can't see my son's appointment letter for the cardiology clinic on 21 Oct, the portal says 'no documents'. His date of birth is ${v('pii.date_of_birth', '3 June 2016')} if that helps."

Write a friendly reply explaining that letters appear 48h after they are typed.`),

  rec('chat_ur', f`یہ والدہ کا پیغام انگریزی میں ترجمہ کر دیں اور جواب کا مسودہ بھی بنا دیں:
"السلام علیکم، میری بیٹی عائشہ کا کل صبح 10 بجے الرجی کلینک میں اپوائنٹمنٹ ہے۔ میں وقت پر نہیں پہنچ سکوں گی کیونکہ میرے شوہر کے پاس گاڑی ہے۔ براہ کرم مجھے اس نمبر پر کال کریں: ${phone('07700 382915', 'GB')}۔ شکریہ، نسرین"`),

  rec('chat_bn', f`এই বার্তাটা ইংরেজিতে অনুবাদ করে দিন, ওয়ার্ডের নার্সদের জন্য:
"আমার ছেলে তানভীর (জন্ম ${v('pii.date_of_birth', '১২/০৮/২০১৮')}) গতকাল থেকে জ্বরে আছে, ডিসচার্জের পর আবার কাশি শুরু হয়েছে। আমাকে এই নম্বরে ফোন করুন: ${phone('+44 7911 284736')}। — রুমানা আক্তার"`, 'date of birth written in Bengali digits'),

  rec('chat_fa', f`لطفا این پیام را به انگلیسی ترجمه کنید تا برای تیم دیابت کودکان بفرستم:
«سلام، من مادر آرین کریمی هستم. قند خون آرین دیشب دو بار زیر ۴ بود. لطفا با ایمیل ${v('pii.email', 'mina.karimi.1987@yahoo.com')} یا تلفن ${phone('+44 7452 918364')} با من تماس بگیرید.»`),

  rec('csv', f`Research nurses — asthma trial. Which participants are missing the 6-week visit?

${amb('source_code.snippet', f`study_id,initials,dob,guardian_email,visit_0,visit_6w
AST-0141,L.M.,${v('pii.date_of_birth', '2015-03-22')},${v('pii.email', 'k.morrison@btinternet.com')},2024-07-02,2024-08-13
AST-0142,O.P.,${v('pii.date_of_birth', '2017-11-09')},${v('pii.email', 'pateldad1980@outlook.com')},2024-07-04,
AST-0147,S.A.,${v('pii.date_of_birth', '2013-06-30')},${v('pii.email', 'sadia.ahmed@hotmail.co.uk')},2024-07-11,2024-08-22
AST-0150,F.O.,${v('pii.date_of_birth', '2016-01-17')},${v('pii.email', 'folu.oyelaran@gmail.com')},2024-07-15,`)}`),

  rec('letter', f`Proofread this GP referral before I upload it:

Dear Dr Chaudhry,
Re: Evie Lawson, DOB ${v('pii.date_of_birth', '27.09.2020')}, NHS No ${v('pii.uk_nhs_number', '612 849 3076')}
Address: 14 Larch Close, Erdington, B24 9QT
Thank you for referring Evie with recurrent UTIs. Renal ultrasound was normal…`),

  rec('hr', f`Research nurse payroll change — please make it a short email to HR:
Name: Bethany Cole, Band 6 Research Nurse
NI number: ${v('pii.uk_nino', 'JH 48 27 15 C')}
Moving from 0.8 to 1.0 WTE from 1 November. Personal email for the letter: ${v('pii.email', 'beth.cole.rn@gmail.com')}.`),

  // --- container terminal ---
  rec('form_lt', f`Vairuotojo registracija vartų sistemai (Klaipėda)
Vardas, pavardė: Tomas Jankauskas
Paso Nr.: ${v('pii.passport', '23817465')}
Gimimo data: ${v('pii.date_of_birth', '1984-05-19')}
Telefonas: ${phone('+370 612 48 395')}
Vilkikas: KLP 482 / priekaba AB 9173

Can you check this form is complete for a first-time driver registration?`),

  rec('csv', f`Driver pre-advice list from the haulier, please dedupe by phone number:

${amb('source_code.snippet', f`driver;phone;email;truck
Kazlauskas Andrius;${phone('+370 687 21 935')};${v('pii.email', 'andrius.kaz@gmail.com')};LKX 218
Petrauskas Mindaugas;${phone('+370 652 84 713')};;HBN 904
Kazlauskas A.;${phone('+370 687 21 935')};${v('pii.email', 'andrius.kaz@gmail.com')};LKX 218
Volkov Sergej;${phone('+370 618 39 276')};${v('pii.email', 's.volkov.trans@mail.ru')};GTR 330`)}`),

  rec('hr_de', f`Bitte formuliere eine Willkommensmail für unseren neuen Kranfahrer. Daten aus dem Personalbogen:
Name: Dennis Hollmann
Geburtsdatum: ${v('pii.date_of_birth', '07.11.1991')}
Steuer-ID: ${v('pii.de_steuer_id', '62839104713')}
Mobil: ${phone('0171 4829371', 'DE')}
Start: 04.11.2024, Schicht C, CTA Altenwerder`),

  rec('signature_ru', f`С уважением,
Игорь Савельев
Таможенный представитель, ООО «БалтБрокер»
Тел.: ${phone('+7 916 482-37-19')}
Эл. почта: ${v('pii.email', 'i.saveliev@baltbroker.ru')}

→ can you make an English version of this signature block for our vendor list?`),

  rec('signature_th', f`ขอบคุณครับ
สมชาย วงศ์สวัสดิ์
หัวหน้าแผนกปฏิบัติการท่าเทียบเรือ C1
โทร ${phone('081 492 7365', 'TH')}
อีเมล ${v('pii.email', 'somchai.w@harbourgate-lcb.co.th')}`),

  rec('chat_bg', f`Моля, напиши кратко съобщение до новия диспечер: „Добре дошъл, Николай! Ако имаш въпроси за графика, звънни на Петя на ${phone('088 742 1936', 'BG')} или пиши на ${v('pii.email', 'petya.dimova@varnaterminal.bg')}.“ Искам да е по-топло.`),

  rec('travel', f`Visa invitation letter for the crane technician from Kaohsiung:
Name: Lin Chih-Hao (林志豪)
Passport no.: ${v('pii.passport', '318204756')} (Taiwan)
Date of birth: ${v('pii.date_of_birth', '1979-12-02')}
Purpose: commissioning of STS cranes 9 and 10, Hamburg, 11–29 Nov

Please write a formal invitation in English.`),

  // --- record label / publisher ---
  rec('contract_es_ar', f`Revisá por favor la cláusula de datos personales del contrato de artista:

ENTRE Marea Alta Discos S.R.L. y Lucía Brandt, DNI ${ambCat('pii', '35.184.920')}, con domicilio en Av. Corrientes 4821, 3° B, CABA, teléfono ${phone('+54 9 11 4827-3915')}, correo ${v('pii.email', 'luciabrandt.musica@gmail.com')}, en adelante "LA ARTISTA"…`, 'Argentine DNI: personal, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('contract_es', f`Necesito que me pongas esto en formato de anexo al contrato editorial:
Autor: Pablo Ruiz Ortega
DNI: ${v('pii.es_dni', '48291736Q')}
Fecha de nacimiento: ${v('pii.date_of_birth', '19/04/1988')}
Domicilio: C/ de la Palma 22, 28004 Madrid
Socio SGAE nº 118374`),

  rec('chat_pt_br', f`Pode montar a ficha cadastral do compositor para a editora? Nome: Tiago Nascimento Lopes, CPF ${v('pii.br_cpf', '284.719.305-79')}, nascido em ${v('pii.date_of_birth', '02/08/1990')}, celular ${phone('(11) 98472-3916', 'BR')}, e-mail ${v('pii.email', 'tiago.nlopes@uol.com.br')}.`),

  rec('form_fr', f`Fiche d'adhésion auteur-compositeur — à vérifier avant envoi :
Nom : Manon Delacroix
N° de sécurité sociale : ${v('pii.fr_nir', '2 92 06 69 123 045 75')}
Né(e) le : ${v('pii.date_of_birth', '18/06/1992')} à Lyon
Tél. : ${phone('06 48 27 19 35', 'FR')}
Courriel : ${v('pii.email', 'manon.delacroix.music@free.fr')}`),

  rec('chat_it', f`Mi prepari la lettera d'incarico per il turnista? Dati: Francesca Galli, codice fiscale ${v('pii.it_codice_fiscale', 'GLLFNC90C47F205X')}, cellulare ${phone('+39 347 281 9406')}, sessioni 4–6 novembre a Milano, compenso 450 € a giornata.`),

  rec('tour', f`Rooming list for the Madrid–Lisbon run, hotel needs passport numbers by tomorrow:
1. Lucía Brandt — AR passport ${v('pii.passport', 'AAE482913')}
2. Diego Ferraro — AR passport ${v('pii.passport', 'AAF173920')}
3. Tiago Lopes — BR passport ${v('pii.passport', 'FY418273')}
Check-in 12 Nov, 3 singles. Can you format this as a table?`),

  // --- forestry ---
  rec('chat_no', f`Kan du lage en kort kontaktliste for hogstlaget i Trysil? Ola Haugen, mobil ${phone('924 81 536', 'NO')}, fødselsnummer ${ambCat('pii', '140285 49372')} (trengs for HMS-kortet). Kari Bråten, mobil ${phone('+47 412 83 946')}.`, 'Norwegian fødselsnummer: personal id without a built-in rule (ambiguous, no rule id)'),

  rec('form_sk', f`Prosím skontroluj údaje nového lesného robotníka:
Meno: Marek Kováčik
Rodné číslo: ${ambCat('pii', '880517/4129')}
Dátum narodenia: ${v('pii.date_of_birth', '17. 5. 1988')}
Telefón: ${phone('0905 284 713', 'SK')}
E-mail: ${v('pii.email', 'marek.kovacik@centrum.sk')}`, 'Slovak rodné číslo: no built-in rule (ambiguous, no rule id)'),

  rec('audit_sr', f`Преведи на енглески, ово иде у извештај FSC ревизије:
„Контакт особа шумског газдинства: Милан Јовановић, телефон ${phone('+381 64 2817 394')}, е-пошта ${v('pii.email', 'milan.jovanovic@sumesrem.rs')}. Ревизија на терену 22–24. октобра.“`),

  rec('chat_lt', f`Parašyk trumpą padėkos laišką miškininkui: Vytautas Paulauskas, tel. ${phone('8 612 48395', 'LT')}, el. paštas ${v('pii.email', 'v.paulauskas@miskai.lt')}. Jis padėjo su PEFC auditu Dzūkijoje.`),

  // --- credit union ---
  rec('onboarding_fr_ca', f`Ouverture de compte — peux-tu vérifier que le dossier est complet?
Nom : Geneviève Tremblay-Roy
NAS : ${v('pii.ca_sin', '527 391 841')}
Date de naissance : ${v('pii.date_of_birth', '1986-03-11')}
Téléphone : ${phone('+1 438 926 1847')}
Courriel : ${v('pii.email', 'gen.tremblayroy@videotron.ca')}
Pièce d'identité : permis de conduire QC`),

  rec('onboarding', f`New member file from the Ottawa branch, draft the welcome letter:
Name: Owen MacPherson
SIN: ${v('pii.ca_sin', '273-819-466')}
DOB: ${v('pii.date_of_birth', 'July 9, 1974')}
Phone: ${phone('(416) 829-4731', 'CA')}
Joint with spouse, products: chequing + TFSA`),

  rec('fatca', f`FATCA self-certification — member says she's a dual citizen. Does this form look complete?
Member: Claire Dubois-Hart
US TIN (SSN): ${v('pii.us_ssn', '412-68-3097')}
Date of birth: ${v('pii.date_of_birth', '1969-10-23')}
Country of tax residence: Canada, United States`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2024-10-08T13:22:41.118Z","svc":"online-banking","event":"login_failed","member":"10955","email":"${v('pii.email', 'jp.gauthier@sympatico.ca')}","reason":"otp_expired","ip":"${amb('pii.ip_address', '142.118.42.77')}","ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)"}`)}
Why would the OTP expire in under 60 seconds? The member says it happens every time.`),

  // --- co-working ---
  rec('door_log', f`Which members entered the Chamberí site after 23:00 last week? Export from the door system:

${amb('source_code.snippet', f`2024-10-01 23:14:02  MAD-CHA  main-door  GRANTED  badge=40117  ${v('pii.email', 'alvaro.pena@protonmail.com')}
2024-10-02 08:02:55  MAD-CHA  main-door  GRANTED  badge=40233  ${v('pii.email', 'ines.vidal@gmail.com')}
2024-10-03 23:41:10  MAD-CHA  main-door  GRANTED  badge=40117  ${v('pii.email', 'alvaro.pena@protonmail.com')}
2024-10-04 23:58:37  MAD-CHA  storage    DENIED   badge=40089  ${v('pii.email', 'jorge.marin@estudiomarin.es')}`)}`),

  rec('radius_log', f`${amb('source_code.snippet', f`Oct  7 09:12:41 radius01 radiusd[1184]: Login OK: [${v('pii.email', 'sofie.lund@gmail.com')}] (from client ap-cph-2f port 0 cli 3C-22-FB-91-4A-07) framed-ip ${amb('pii.ip_address', '10.20.2.118')}
Oct  7 09:13:05 radius01 radiusd[1184]: Login incorrect (mschap: MS-CHAP2-Response is incorrect): [${v('pii.email', 'kasper.holm@hive.dk')}] (from client ap-cph-1f port 0 cli A4-83-E7-12-9C-55)`)}

Kasper says his password is right. Could his laptop be using the old saved profile?`),

  rec('chat_da', f`Kan du skrive en venlig påmindelse til et medlem om manglende betaling? Navn: Mads Kjærgaard, CPR ${ambCat('pii', '120390-4817')}, tlf. ${phone('22 48 19 37', 'DK')}. Han skylder for september og oktober.`, 'Danish CPR number: no built-in rule claims it (ambiguous, no rule id)'),

  rec('form_it', f`Dati per la fattura elettronica del nuovo socio (postazione fissa, Isola):
Ragione sociale: Studio Colombo Design
Titolare: Paolo Colombo
Codice fiscale: ${v('pii.it_codice_fiscale', 'CLMPLA88D21F205I')}
PEC: ${v('pii.email', 'studiocolombo@pec.it')}
Cellulare: ${phone('+39 333 918 2746')}

Puoi controllare che il codice destinatario non serva se c'è la PEC?`),

  rec('signup_zh_tw', f`新會員資料，請幫我整理成表格：
姓名：陳怡君
手機：${phone('0912 384 726', 'TW')}
電子郵件：${v('pii.email', 'yijun.chen@gmail.com')}
方案：信義館 固定座位 (月租)
開始日期：2024/11/01`),

  rec('contract_es', f`Redacta el contrato de puesto fijo para esta socia de Chamberí:
Nombre: Ioana Popescu
NIE: ${v('pii.es_nie', 'Y2947106S')}
Teléfono: ${phone('+34 612 847 391')}
Inicio: 1 de noviembre, cuota 280 €/mes + IVA`),

  rec('chat_th', f`ช่วยเขียนอีเมลต้อนรับสมาชิกใหม่ที่สาขาอารีย์ครับ ชื่อคุณพิมพ์ชนก ศรีสุข เบอร์ ${phone('+66 81 492 7365')} อีเมล ${v('pii.email', 'pimchanok.s@hotmail.com')} เริ่มใช้ห้องทำงานส่วนตัววันที่ 1 พฤศจิกายน`),
];
