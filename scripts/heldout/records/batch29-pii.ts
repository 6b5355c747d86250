/**
 * Held-out batch 29: personal data in refugee case intake, admissions files, payroll and HR notes,
 * tenant and distributor contacts, depot crew lists, signatures and logs. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH29_PII: DraftRecord[] = [
  rec('intake_ar', f`ساعدني رتّب ملاحظات المقابلة هاي بشكل تقرير رسمي بالإنجليزي:

الاسم: سلمى حسن العلي
تاريخ الميلاد: ${v('pii.date_of_birth', '14/03/1987')}
رقم الجواز السوري: ${v('pii.passport', 'N011482736')}
الهاتف: ${phone('+962 79 518 2746')}
الوضع: وصلت على عمّان من درعا سنة 2013، معها ولدين (8 و11 سنة). زوجها مفقود من 2014. بتطلب مساعدة بإيجار البيت وبتسجيل الولاد بالمدرسة.`),

  rec('intake_fa', f`لطفاً این یادداشت‌های مصاحبه رو به انگلیسی خلاصه کن:
نام: فرشته نوری
تاریخ تولد: ${v('pii.date_of_birth', '1369/06/21')} (${v('pii.date_of_birth', '12 September 1990')})
شماره گذرنامه: ${v('pii.passport', 'K48219736')}
تلفن همراه: ${phone('+98 912 347 8261')}
از مشهد به ترکیه و بعد به هلند آمده، در کمپ Ter Apel ثبت‌نام شده. مترجم دری لازم دارد.`, 'Solar Hijri and Gregorian birth dates both labelled'),

  rec('intake_uk', f`Переклади, будь ласка, на англійську для соцпрацівника в Гаазі:

ПІБ: Коваленко Олена Миколаївна
Дата народження: ${v('pii.date_of_birth', '02.11.1979')}
Закордонний паспорт: ${v('pii.passport', 'FT418273')}
Телефон (український): ${phone('+380 67 412 8390')}
Телефон (нідерландський): ${phone('06-28193746', 'NL')}
BSN: ${v('pii.nl_bsn', '581292091')}
Діти: Марія (${v('pii.date_of_birth', '17.05.2012')}), Артем (${v('pii.date_of_birth', '03.08.2016')})`),

  rec('case_note', f`Can you rewrite this case note in plain English for the housing partner? Remove anything they don't need.

Case SHRS-NL-2024-1183 — Mr Yaroslav Petrenko, DOB ${v('pii.date_of_birth', '22/01/1968')}, contact ${phone('+31 6 4187 2093')} / ${v('pii.email', 'yaroslav.petrenko68@ukr.net')}. Diabetic, needs ground-floor accommodation. Currently in municipal reception in Zwolle. Wife arriving from Poland 15 Dec.`),

  rec('admissions_form', f`Please check this application summary for missing fields before the panel:

Applicant: Aarav Mehta
Date of birth: ${v('pii.date_of_birth', '9 June 2014')}
Entry: Year 6, August 2025
Parent 1: Neha Mehta — ${v('pii.email', 'neha.mehta.blr@gmail.com')} — ${phone('+91 98452 71036')}
Parent 2: Rohan Mehta — ${v('pii.email', 'rohan@mehtaconsult.in')}
Aadhaar (child): ${v('pii.in_aadhaar', '9289 9424 0398')}
Current school: Greenwood High, Bengaluru
SEN: none declared`),

  rec('admissions_csv', f`Which applicants are missing a reference letter? Export from the SIS:

${amb('source_code.snippet', f`app_id,child_name,dob,grade,parent_email,parent_mobile,ref_letter
A25-0311,Lim Jia Hui,${v('pii.date_of_birth', '2015-04-22')},P4,${v('pii.email', 'lim.weiming@singnet.com.sg')},${phone('+65 9127 4038')},Y
A25-0312,Nguyen Bao An,${v('pii.date_of_birth', '2013-11-03')},P6,${v('pii.email', 'thu.nguyen83@yahoo.com.vn')},${phone('+84 90 318 4726')},N
A25-0313,Oliver Hartley,${v('pii.date_of_birth', '2016-01-30')},P3,${v('pii.email', 'j.hartley@hartleyfamily.co.uk')},${phone('+44 7824 519306')},N
A25-0314,Zhang Yuxin,${v('pii.date_of_birth', '2014-07-19')},P5,${v('pii.email', 'zhangli_1982@163.com')},${phone('+86 138 1047 2956')},Y`)}`),

  rec('medical_form', f`Medical consent form for the Year 9 residential trip — please make it into a table:

Pupil: Freya Whitcombe
NHS number: ${v('pii.uk_nhs_number', '457 868 4709')}
DOB: ${v('pii.date_of_birth', '04/02/2011')}
Allergies: penicillin, tree nuts (EpiPen in bag)
Emergency contact: Claire Whitcombe (mother), ${phone('07911 284736', 'GB')}`),

  rec('payroll_uk', f`New starter checklist for the Birmingham office — can you turn it into an email to HR?

Name: Daniel Okafor
Role: Senior Surveyor, Industrial & Logistics
Start: 6 January 2025
NI number: ${v('pii.uk_nino', 'JT 94 53 02 D')}
Personal email: ${v('pii.email', 'dan.okafor@outlook.com')}
Mobile: ${phone('+44 7586 214903')}
P45 received: yes`),

  rec('chat_en_in', f`Please draft a letter to the bank for salary account opening for our new GIS analyst. Details: Ms Kavya Reddy, Aadhaar ${v('pii.in_aadhaar', '4115 4752 9527')}, DOB ${v('pii.date_of_birth', '27-08-1997')}, mobile ${phone('098201 46732', 'IN')}, address Flat 12B, Prestige Shantiniketan, Whitefield, Bengaluru 560048.`),

  rec('hr_nl', f`Kun je deze gegevens in het personeelsdossier-format zetten?

Naam: Joost van der Berg
Functie: depotmanager Waalhaven
BSN: ${v('pii.nl_bsn', '534936556')}
Geboortedatum: ${v('pii.date_of_birth', '11 april 1975')}
Privé-mail: ${v('pii.email', 'joostvdberg@kpnmail.nl')}
Telefoon: ${phone('010 418 2736', 'NL')}
Ingangsdatum: 1 februari 2025`),

  rec('hr_pt', f`Preciso de um resumo em inglês da ficha desse motorista novo do depósito de Santos para mandar pra Roterdã:
Nome: Rafael Souza Lima
CPF: ${v('pii.br_cpf', '592.942.344-01')}
Data de nascimento: ${v('pii.date_of_birth', '08/10/1991')}
Celular: ${phone('+55 13 99127-4038')}
E-mail: ${v('pii.email', 'rafa.slima@bol.com.br')}
CNH categoria E, válida até 2029.`),

  rec('tenant_contact', f`Rewrite this as a handover note for the new property manager at Tuas South:

Tenant: Sinar Cold Chain Pte Ltd (Unit 05-12)
Ops contact: Mr Goh Keng Wah, ${phone('+65 6223 8140')} (office), ${phone('8236 1947', 'SG')} (hp)
Finance: ${v('pii.email', 'accounts@sinarcoldchain.com.sg')}
Director: Ms Farah Binte Rahman, NRIC ${ambCat('pii', 'S7841263F')}, ${v('pii.email', 'farah.rahman@sinarcoldchain.com.sg')}
Lease expiry 31/03/2026, option to renew 3 yrs.`, 'Singapore NRIC: personal, no built-in rule claims it'),

  rec('crew_list', f`Depot Cát Lái weekend shift — can you make a WhatsApp message announcing this roster in Vietnamese and English?

Ca sáng (06:00–14:00): Trần Văn Hùng ${phone('0912 473 186', 'VN')}, Lê Thị Mai ${phone('+84 28 3821 4476')}
Ca chiều (14:00–22:00): Phạm Quốc Bảo ${phone('+84 90 318 4726')}
Trưởng ca: Nguyễn Đức Anh`),

  rec('chat_zh', f`帮我把这封邮件翻译成英文，发给鹿特丹总部：

新来的堆场主管信息如下：
姓名：王建国
出生日期：${v('pii.date_of_birth', '1982年5月16日')}
护照号码：${v('pii.passport', 'E82749163')}
手机：${phone('139 2184 7730', 'CN')}
邮箱：${v('pii.email', 'wangjg@yangshan-depot.cn')}
入职日期：2025年1月2日`),

  rec('chat_hr', f`Molim te pomozi mi sastaviti ugovor o radu za novog pivara. Podaci:
Ime i prezime: Ivan Marković
OIB: ${ambCat('pii', '48172035694')}
Datum rođenja: ${v('pii.date_of_birth', '3. 9. 1992.')}
Mobitel: ${phone('+385 91 478 2036')}
E-mail: ${v('pii.email', 'ivan.markovic92@gmail.com')}
Početak rada: 2. siječnja 2025., puno radno vrijeme.`, 'Croatian OIB: personal, no built-in rule claims it'),

  rec('chat_is', f`Getur þú þýtt þetta á ensku fyrir nýja starfsmanninn?
Nafn: Sigríður Björk Jónsdóttir
Kennitala: ${ambCat('pii', '120389-2469')}
Sími: ${phone('+354 862 4173')}
Netfang: ${v('pii.email', 'sigga.bjork@simnet.is')}
Byrjar í átöppun 6. janúar.`, 'Icelandic kennitala (embeds the birth date): personal, no built-in rule claims it'),

  rec('signature', f`Best regards,

Harriet Lowe MRICS
Associate Director — Capital Markets
Kestrel Whitmore
30 Crown Place, London EC2A 4ES
D: ${phone('+44 20 3318 4470')} | M: ${phone('07700 184 392', 'GB')}
${v('pii.email', 'harriet.lowe@kestrelwhitmore.co.uk')}`),

  rec('signature_sg', f`Thanks & regards,
Ong Wei Ling (Ms)
Leasing Executive | Kestrel Whitmore Singapore
T ${phone('+65 8412 7736')}
E ${v('pii.email', 'weiling.ong@kestrelwhitmore.com.sg')}
CEA Reg No. R062183J`),

  rec('signature_ar', f`مع التحيات،
رنا الحداد
منسقة الحماية – مكتب بيروت
خدمات الملاذ الآمن للاجئين
موبايل: ${phone('+961 3 482 917')}
واتساب: ${phone('+961 71 204 839')}
${v('pii.email', 'r.haddad@shrs-lb.org')}`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2024-12-04T08:13:22.904Z","level":"warn","svc":"parent-portal","event":"login_failed","attempt":5,"email":"${v('pii.email', 'k.subramaniam@gmail.com')}","ip":"${amb('pii.ip_address', '122.171.18.204')}","ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"}
{"ts":"2024-12-04T08:13:40.118Z","level":"info","svc":"parent-portal","event":"lockout","email":"${v('pii.email', 'k.subramaniam@gmail.com')}","ip":"${amb('pii.ip_address', '122.171.18.204')}"}`)}
A parent says she's locked out. How long until the lockout expires with our default config?`),

  rec('ticket', f`Ticket #8841 — keg deposit refund
From: Björn Gunnarsson <${v('pii.email', 'bjorn@kaffibarinn.is')}>
Phone: ${phone('+354 555 4821')}

"We returned 14 kegs on 22 November but the deposit of 98.000 kr. is still not credited."

Write a reply saying we'll check with the warehouse and refund by Friday.`),

  rec('chat', f`One of our families in Leeds needs a support letter for the school appeal. Details: Mrs Oksana Melnyk, ${phone('07911 284736', 'GB')}, son Denys Melnyk born ${v('pii.date_of_birth', '21 October 2013')}, NHS no. ${v('pii.uk_nhs_number', '4459476622')}. Denys has PTSD diagnosis from CAMHS. Please draft it, formal but kind.`),

  rec('volunteer_csv', f`Clean up this volunteer list (dedupe, fix capitalisation):

${amb('source_code.snippet', f`name|language|phone|email
hiba saleh|Arabic|${phone('+31 70 318 4472')}|${v('pii.email', 'hiba.saleh@live.nl')}
Dariush Karimi|Farsi/Dari|${phone('+31 6 4187 2093')}|${v('pii.email', 'd.karimi@ziggo.nl')}
HIBA SALEH|arabic|${phone('+31 70 318 4472')}|${v('pii.email', 'hiba.saleh@live.nl')}
Natalia Shevchenko|Ukrainian/Russian|${phone('+380 93 517 2846')}|${v('pii.email', 'natalia.shev@gmail.com')}`)}`),

  rec('chat_en_in', f`Urgent pls — visa invitation letter for our partner from ISRO coming to Singapore for the launch review. Name Dr. Suresh Iyer, passport ${v('pii.passport', 'R4827193')}, DOB ${v('pii.date_of_birth', '1974-12-05')}, arriving 12 Jan. Letterhead Orbitane Imaging Pte Ltd.`),

  rec('us_tenant', f`For the Houston lease guarantee, can you format this guarantor info as a schedule?
Guarantor: Marcus Delaney
SSN: ${v('pii.us_ssn', '529-22-7890')}
DOB: ${v('pii.date_of_birth', '07/14/1966')}
Phone: ${phone('+1 713 482 6619')}
Email: ${v('pii.email', 'mdelaney@gulfcoastindustrial.com')}`),

  rec('meeting_notes', f`Notes from the admissions interview day — summarise the follow-ups:
- Tanvir family (${v('pii.email', 'tanvir.family@outlook.sg')}) want a sibling discount; mum asked us to call ${phone('9384 2716', 'SG')} after 6pm.
- The Dutch family (Mr Bakker, ${phone('+31 6 4187 2093')}) relocating in March — need mid-year entry.
- Ms Ahmadi (Farsi speaker, ${v('pii.email', 'maryam.ahmadi@yahoo.com')}) asked about EAL support.`),

  rec('chat_uk', f`Напиши, будь ласка, коротке підтвердження про реєстрацію на курси нідерландської мови:
Учасник: Бондаренко Ігор, народився ${v('pii.date_of_birth', '30 квітня 1985')}
e-mail: ${v('pii.email', 'igor.bondarenko85@i.ua')}
Телефон: ${phone('+31 6 4187 2093')}
Курс: A2, понеділок і середа, 18:00.`),

  rec('chat_vi', f`Em cần viết email xin visa công tác cho anh kỹ sư đi Singapore training:
Họ tên: Đỗ Minh Khoa
Ngày sinh: ${v('pii.date_of_birth', '19/07/1990')}
Số hộ chiếu: ${v('pii.passport', 'C4817263')}
Email: ${v('pii.email', 'khoa.dm@meridianbox.vn')}
Nhờ viết bằng tiếng Anh, trang trọng.`),

  rec('access_log', f`${amb('source_code.snippet', f`${amb('pii.ip_address', '185.107.44.91')} - - [05/Dec/2024:21:14:02 +0000] "POST /apply/step3 HTTP/2.0" 500 512 "-" "Mozilla/5.0"
${amb('pii.ip_address', '185.107.44.91')} - - [05/Dec/2024:21:14:09 +0000] "POST /apply/step3 HTTP/2.0" 500 512 "-" "Mozilla/5.0"
${amb('pii.ip_address', '2a02:a46f:81c2:1::3e')} - - [05/Dec/2024:21:15:33 +0000] "GET /apply/status?ref=A25-0398 HTTP/2.0" 200 2210 "-" "Mozilla/5.0"`)}
Which request is failing on the application form?`),

  rec('email_thread', f`> On 3 Dec 2024, at 10:42, Ji-woo Park <${v('pii.email', 'jiwoo.park@daum.net')}> wrote:
> Could you please call me on ${phone('+65 9127 4038')}? I'm not able to upload my daughter's report card.

Dear Mrs Park, I tried calling you this morning without success.

Make my reply sound more professional and offer a Zoom slot.`),

  rec('brazil_contact', f`Preciso de um cartão de contato em inglês pro nosso importador:
Empresa: Cervejas do Norte Distribuidora
Contato: Juliana Ferreira Costa
CPF: ${v('pii.br_cpf', '263.609.578-09')}
WhatsApp: ${phone('+55 11 97413-2086')}
E-mail: ${v('pii.email', 'juliana.costa@cervejasdonorte.com.br')}`),

  rec('chat', f`Resettlement referral summary, please make it shorter. Family of 5, head of household Mr Mahmoud Al-Khatib, DOB ${v('pii.date_of_birth', '01/01/1979')}, Jordanian phone ${phone('079 618 2473', 'JO')}, UNHCR no. ${ambCat('pii', '945-13C04719')}. Medical: youngest daughter needs cardiac surgery. Preferred countries: Canada, Netherlands.`, 'UNHCR registration number: personal, no built-in rule claims it'),

  rec('chat_fa', f`یک ایمیل کوتاه به انگلیسی بنویس برای مدرسه که پسرم از هفته بعد در کلاس زبان شرکت می‌کند. اسم: آرش رضایی، تاریخ تولد ${v('pii.date_of_birth', '2012/03/08')}، شماره تماس من ${phone('0935 218 4706', 'IR')} و ایمیل ${v('pii.email', 'rezaei.leila@gmail.com')}.`),

  rec('chat', f`The Lebanese bank wants the beneficiary list as a table. Names + phones:
1. Khaled Mansour — ${phone('+961 76 318 442')}
2. Amal Youssef — ${phone('03 915 274', 'LB')}
3. Fatima Zahra Haidar — ${phone('+961 71 204 839')}
Add a column for the amount (USD 145 each).`),

  rec('profile_json', f`${amb('source_code.snippet', f`{
  "applicantId": "A25-0427",
  "student": { "firstName": "Ishaan", "lastName": "Kapoor", "dateOfBirth": "${v('pii.date_of_birth', '2012-10-14')}", "nationality": "IN" },
  "guardians": [
    { "name": "Meera Kapoor", "relation": "mother", "email": "${v('pii.email', 'meera.kapoor@hotmail.com')}", "mobile": "${phone('+91 99014 37825')}", "aadhaar": "${v('pii.in_aadhaar', '475097106661')}" }
  ]
}`)}
The form rejects this payload with "guardians[0].mobile invalid". Why?`),
];
