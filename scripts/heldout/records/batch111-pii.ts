/**
 * Held-out batch 111: personal data in adoption and fostering referrals, speech-therapy and
 * audiology intake forms, tow-yard and parking-appeal correspondence, driver rosters, tester
 * exports and app logs. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH111_PII: DraftRecord[] = [
  rec('assessment_en_gb', f`Can you turn these notes into the "applicant details" section of the Form F (prospective adopters)? Keep it formal.

Applicant 1: Daniel James Whitcombe, DOB ${dob('14/03/1986')}, NI number ${v('pii.uk_nino', 'JT 48 29 17 C')}, mob ${phone('07468 219374', 'GB')}
Applicant 2: Priya Whitcombe (née Raval), DOB ${dob('02/11/1988')}, NI number ${v('pii.uk_nino', 'PR 38 29 17 B')}, mob ${phone('07583 920461', 'GB')}
Email (joint): ${email('whitcombe.family@btinternet.com')}
Both employed (teacher / pharmacist), owner-occupiers, no previous applications.`),

  rec('referral_en_gb', f`Placement referral – please summarise for the matching panel (first names only in the summary):

Child: Kayden M., born ${dob('07.06.2019')}
NHS number: ${v('pii.uk_nhs_number', '485 317 2092')}
Current placement: emergency foster carers since 19/08/2024
Health: speech delay, referred to SLT; glue ear, grommets fitted 2023
Social worker: Anna Kowalczyk, ${phone('0113 328 4719', 'GB')}`),

  rec('form_de', f`Bitte prüfe das Anmeldeformular für die Logopädie auf Vollständigkeit:

Patient: Jonas Albrecht
Geburtsdatum: ${dob('23.05.2017')}
Erziehungsberechtigte: Sabine Albrecht, Tel. ${phone('0171 4839207', 'DE')}, E-Mail ${email('sabine.albrecht@gmx.de')}
Krankenkasse: AOK Bayern, Verordnung vom 02.10.2024 (10 × Sprachtherapie, 45 min)
Diagnose: SP1 – Störungen der Sprachentwicklung`),

  rec('payroll_de', f`Neue Logopädin in Teilzeit, bitte eine Checkliste für die Lohnbuchhaltung aus diesen Angaben machen:
Name: Lea Marie Yilmaz
Steuer-ID: ${v('pii.de_steuer_id', '47392150848')}
Geb.: ${dob('9. Januar 1995')}
Steuerklasse I, 25 Std./Woche, Beginn 01.12.2024`),

  rec('chat_fr', f`Bonjour, je dois envoyer la demande d'entente préalable pour les séances d'orthophonie de M. Rémi Castagné (aphasie post-AVC). Numéro de sécurité sociale : ${v('pii.fr_nir', '1 84 07 69 123 045 48')}, né le ${dob('12/07/1984')}, téléphone de son épouse ${phone('06 48 27 19 53', 'FR')}. Peux-tu rédiger le courrier d'accompagnement pour la CPAM ?`),

  rec('chat_it', f`Ciao, devo preparare la richiesta all'ASL per il ciclo di logopedia di una bambina. Dati:
Giulia Bianchi, codice fiscale ${v('pii.it_codice_fiscale', 'BNCGLI85T52H501A')}
telefono della madre ${phone('+39 347 902 6185')}
Scrivimi la lettera di accompagnamento con tono formale.`),

  rec('chat_es', f`Hola, tengo que dar de alta a un paciente nuevo en la unidad de audiología para adaptación de audífonos:
Nombre: Tomás Ibarra Ruiz
DNI: ${v('pii.es_dni', '48291736Q')}
Fecha de nacimiento: ${dob('3 de febrero de 1951')}
Teléfono: ${phone('+34 612 48 39 27')}
Su cuidadora habitual tiene NIE ${v('pii.es_nie', 'Y6140382V')}. ¿Me redactas el consentimiento para que ella pueda recoger los resultados?`),

  rec('chat_nl', f`Kun je een korte samenvatting maken voor het plaatsingsoverleg? Pleegkind: Noor (roepnaam), BSN ${v('pii.nl_bsn', '273819409')}, geboren ${dob('18 april 2014')}. Pleegouders: fam. De Vries, ${phone('+31 6 4827 1935')}. Noor heeft stottertherapie nodig; wachtlijst logopedie is 12 weken.`),

  rec('chat_hi_en', f`Hearing screening camp ke liye registration list banana hai. Ye 3 log phone pe aaye the:
1. Ramesh Kumar, Aadhaar ${v('pii.in_aadhaar', '7394 1058 2639')}, mob ${phone('+91 98470 21936')}
2. Savitri Devi, Aadhaar ${v('pii.in_aadhaar', '4826 1739 0510')}, age 71
3. Mohd. Irfan, mob ${phone('+91 80 4821 9370')}
Excel format me table bana do, columns: naam, Aadhaar, mobile, camp date (16 Nov).`),

  rec('chat_pt_br', f`Oi! Preciso fazer a ficha de anamnese de fonoaudiologia para um paciente novo:
Nome: Enzo Gabriel Moreira
Responsável: Juliana Moreira, CPF ${v('pii.br_cpf', '528.173.940-97')}
Data de nascimento da criança: ${dob('05/09/2020')}
Celular: ${phone('+55 11 94821-9370')}
Queixa: troca de fonemas (r/l), respiração oral.
Monta a ficha em tópicos pra eu imprimir?`),

  rec('onboarding_en_ca', f`Please draft the welcome email for our new speech-language pathologist in Vancouver. HR data:
Name: Chloé Nakamura-Bélanger
SIN: ${v('pii.ca_sin', '527 183 040')}
Phone: ${phone('+1 604 482 1937')}
Personal email: ${email('chloe.nb@shaw.ca')}
Start date: Jan 6, 2025 — pediatric caseload, two schools`),

  rec('hr_en_us', f`I-9 / W-4 checklist for the new night-shift tow operator, tell me what's missing:
Name: Marcus T. Delgado
SSN: ${v('pii.us_ssn', '412-83-9027')}
DOB: ${dob('08/22/1991')}
Cell: ${phone('(617) 482-1937', 'US')}
CDL Class B, expires 2027
Emergency contact: Rosa Delgado (mother), ${phone('+1 312 482 1937')}`),

  rec('email_en_us', f`Rewrite this complaint reply so it sounds less defensive:

"Dear Ms. Harrington, we have reviewed your dispute regarding citation PE-2024-118734 (Lot C, expired meter). Our officer's photos show the vehicle present at 2:47 PM. Since you provided your contact info (${email('l.harrington77@outlook.com')}, ${phone('312-482-1937', 'US')}), a supervisor will call you within 5 business days to discuss the hardship waiver."`),

  rec('csv_testers', f`Dedupe this TestFlight tester export and tell me who's in both groups:

${amb('source_code.snippet', f`First Name,Last Name,Email,Group,Status
Maja,Lindqvist,${email('maja.lindqvist@pixelfjord.io')},Internal,Accepted
Oskar,Berg,${email('oskar.berg@icloud.com')},Client – Apotek,Invited
Henrik,Solheim,${email('henrik.s@apotekgruppen.no')},Client – Apotek,Accepted
Maja,Lindqvist,${email('maja.lindqvist@pixelfjord.io')},Client – Apotek,Accepted
Ingrid,Aas,${email('ingrid.aas@gmail.com')},Beta public,Installed`)}`),

  rec('log_app', f`Our client's Android app logs too much in production, what should we strip?

${amb('source_code.snippet', f`2024-10-21 08:14:55.302 I/AuthRepo: login ok user=${email('svetlana.mirkovic@yahoo.com')} id=8812 ip=${ip('89.216.44.173')}
2024-10-21 08:14:55.890 D/ProfileVM: profile={name:"Svetlana Mirković", phone:"${phone('+381 64 4821937')}", dob:"${dob('1979-04-30')}"}
2024-10-21 08:15:02.117 I/Cart: add sku=VIT-D3-2000 qty=2`)}`),

  rec('chat_ko', f`주차 단속 이의신청 답변서를 다듬어 주세요.
"신청인 박지훈 님(연락처 ${phone('010-4821-9370', 'KR')}, 이메일 ${email('jihoon.park82@naver.com')})께서 제기하신 견인 이의신청(견인번호 TW-24-0931)에 대해, 현장 사진 확인 결과 소방차 전용구역 주차로 확인되어 기각되었음을 알려드립니다."
좀 더 정중하게 바꿔 주세요.`),

  rec('chat_ja', f`里親登録の面談記録を要約してください（名前はイニシャルに）。
申請者：佐藤 健一（生年月日 ${dob('1980年6月14日')}）、佐藤 美咲（生年月日 ${dob('1983年1月3日')}）
連絡先：${phone('090-4821-9370', 'JP')} / ${email('k.sato.family@docomo.ne.jp')}
住所：神奈川県藤沢市
面談日：2024年10月18日、児童相談所にて`),

  rec('chat_zh', f`帮我给伦敦的再保险会议填出差申请表，信息如下：
姓名：王晓峰
护照号：${v('pii.passport', 'E48219370')}
出生日期：${dob('1987年9月21日')}
手机：${phone('+86 138 4821 9370')}
出发日期：2024年11月24日（上海—伦敦）`),

  rec('roster_ru', f`Сделай из этого аккуратную таблицу для диспетчеров доставки удобрений (водители на ноябрь):
Кузнецов А. — КамАЗ А482ВС 36 — ${phone('+7 916 482-19-37')}
Петренко В. — MAN Р193ОК 36 — ${phone('+7 903 418 27 56')}
Гасанов Р. — КамАЗ Е771МН 36 — ${phone('8 (920) 482-19-37', 'RU')}
Смена с 6:00, склад в Лисках.`),

  rec('chat_uk', f`Допоможи скласти супровідний лист до служби у справах дітей щодо усиновлення:
Кандидати: Олена та Тарас Бондаренко
Дата народження Олени: ${dob('11.02.1985')}, Тараса: ${dob('30.07.1983')}
Контактний телефон: ${phone('+380 67 482 1937')}
Ел. пошта: ${email('bondarenko.olena@ukr.net')}`),

  rec('chat_tr', f`Merhaba, işitme cihazı deneme formu için hasta bilgilerini düzenler misin?
Hasta: Hüseyin Aksoy, doğum tarihi ${dob('17.08.1948')}
Yakını: kızı Elif Aksoy, tel ${phone('+90 532 482 19 37')}
Sağ kulak: orta-ileri sensörinöral kayıp. 14 gün deneme, iade tarihi 02.12.2024.`),

  rec('chat_vi', f`Mình cần gửi email cho tài xế giao phân bón về lịch giao hàng tuần sau. Thông tin tài xế: anh Nguyễn Văn Hùng, SĐT ${phone('+84 912 482 193')}, email ${email('hung.nv.taixe@gmail.com')}. Viết giúp mình email ngắn, lịch sự, nhắc anh ấy có mặt ở kho Bình Dương lúc 5h30.`),

  rec('chat_th', f`ช่วยเขียนจดหมายตอบคำร้องขอคืนค่าลากรถให้หน่อยครับ ผู้ร้องชื่อคุณสมชาย ใจดี เบอร์โทร ${phone('081 482 1937', 'TH')} อีเมล ${email('somchai.j@hotmail.co.th')} รถถูกลากเมื่อ 12 ต.ค. เพราะจอดขวางทางเข้าโรงพยาบาล`),

  rec('chat_id', f`Tolong buatkan balasan email untuk calon orang tua asuh yang bertanya soal syarat adopsi. Nama: Ibu Ratna Sari, telp ${phone('+62 812-4821-9370')}, email ${email('ratna.sari.83@yahoo.co.id')}. Ia ingin tahu apakah pasangan yang sudah 4 tahun menikah boleh mendaftar.`),

  rec('chat_sw', f`Naomba uniandikie ujumbe mfupi wa SMS kwa mlezi wa kambo, Bi. Amina Mwakyusa (${phone('+255 754 482 193')}), kumkumbusha kuhusu mafunzo ya Jumamosi saa 3 asubuhi ofisini Arusha.`),

  rec('chat_am', f`እባክህ ይህንን የጉዲፈቻ ማመልከቻ መረጃ በእንግሊዝኛ ሰንጠረዥ አድርግልኝ፡
ስም፡ ሄኖክ ተስፋዬ
የትውልድ ቀን፡ ${dob('12/04/1990')}
ፓስፖርት ቁጥር፡ ${v('pii.passport', 'EP4821937')}
ስልክ፡ ${phone('+251 91 148 2193')}`),

  rec('chat_fa', f`لطفاً این اطلاعات بیمار ادیولوژی را به صورت یک فرم مرتب بنویس:
نام: مریم رضایی
تاریخ تولد: ${dob('1362/05/14')}
تلفن همراه: ${phone('+98 912 482 1937')}
نتیجه: کاهش شنوایی خفیف در گوش چپ، نیاز به ارزیابی مجدد بعد از ۶ ماه`),

  rec('chat_he', f`תכתוב בבקשה מייל קצר למשפחת האומנה לוי שמאשר את הביקור של העובדת הסוציאלית ביום שלישי ב-16:00. הטלפון של האם: ${phone('052-482-1937', 'IL')}, מייל: ${email('levi.family.omna@gmail.com')}.`),

  rec('chat_sl', f`Prosim, pomagaj mi napisati vabilo na prvo logopedsko obravnavo. Deček: Luka Novak, rojen ${dob('3. 3. 2019')}. Mama: Petra Novak, tel. ${phone('+386 41 482 193')}. Termin: 21. 11. ob 9.00, Ljubljana.`),

  rec('chat_hr', f`Trebam ljubaznu poruku vlasniku vozila koje je premješteno pauk-službom: g. Ivan Horvat, mob. ${phone('+385 91 482 1937')}. Vozilo je na odlagalištu u Sesvetama, može se preuzeti 0–24 uz osobnu iskaznicu.`),

  rec('chat_bg', f`Моля, напиши имейл до кандидат-приемния родител Десислава Петрова (${email('d.petrova@abv.bg')}, ${phone('+359 88 482 1937')}), с който я каним на обучение за приемни родители на 30 ноември.`),

  rec('chat_my', f`ကျေးဇူးပြု၍ ဓာတ်မြေဩဇာ ပို့ဆောင်ရေး ယာဉ်မောင်း ကိုအောင်ကိုကို (ဖုန်း ${phone('+95 9 450 482 193')}) ထံ မနက်ဖြန် မန္တလေး ဂိုဒေါင်မှ ထွက်ခွာချိန် ၆ နာရီ ဖြစ်ကြောင်း အကြောင်းကြားစာ ရေးပေးပါ။`),

  rec('chat_sm', f`Talofa! Fesoasoani mai e tusi se imeli i le aiga o Tuilagi o loʻo tausia se tamaitiiti (foster). Numera telefoni: ${phone('+685 72 48193')}. Faʻamalo i le latou tausiga, ma faʻamanatu le asiasiga i le Aso Faraile.`),

  rec('signature_en_gb', f`Can you make my email signature shorter and tidier?

Fiona McAllister
Highly Specialist Speech & Language Therapist (Dysphagia)
ClearTone Speech & Hearing – Glasgow West
Direct: ${phone('0141 482 1937', 'GB')} | Mobile: ${phone('+44 7583 920461')}
Clinic reception: ${phone('0141 496 2187', 'GB')}
${email('fiona.mcallister@cleartone-health.co.uk')}
Working days: Mon–Thu`),

  rec('chat_so', f`Fadlan ii qor fariin gaaban oo loogu talagalay Ibraahim Cali (${phone('+252 61 5482193')}) oo ah waalidka ilmo loo qabtay ballan daaweynta hadalka, ballanta waa Arbacada 10:30.`),

  rec('chat_te', f`దయచేసి ఈ ఆడియాలజీ రోగి వివరాలతో ఒక అపాయింట్‌మెంట్ SMS రాయండి: పేరు వెంకట రమణ, ఆధార్ ${v('pii.in_aadhaar', '9203 5718 4466')}, మొబైల్ ${phone('+91 98470 21936')}, తేదీ 22 నవంబర్ ఉదయం 11 గంటలు.`),

  rec('chat_lt', f`Sveiki, parašykite trumpą laišką ūkininkui Jonui Petrauskui (${email('jonas.petrauskas@ukis.lt')}, tel. ${phone('+370 612 48193')}) apie tai, kad karbamido pristatymas perkeltas į ketvirtadienį.`),
];
