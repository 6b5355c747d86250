/**
 * Held-out batch 114: personal data — dealer KYC files, IVF patient and donor records, export-credit
 * due-diligence on company directors, cable-car staff rosters, e-discovery custodian lists and
 * special-education case files. Hand-written; IP addresses are ambiguous.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH114_PII: DraftRecord[] = [
  rec('iep_en_us', f`Can you rewrite this referral summary in plain language for the parents? Keep the legal timelines.

Student: Jaylen M. Brooks   DOB: ${dob('03/14/2016')}   Grade 3, Whitman Elementary
Parent/guardian: Keisha Brooks, ${phone('(973) 482-1937', 'US')}, ${email('keisha.brooks77@gmail.com')}
Medicaid billing: parent SSN on consent form ${v('pii.us_ssn', '412-83-9174')}
Area of suspected disability: Specific Learning Disability (reading), ADHD (outside dx)
Consent for evaluation signed 11/18/2024 → 60-day timeline ends 01/17/2025`),

  rec('mail_es_mx', f`Asunto: Junta de IEP de Sofía – cambio de fecha

Sra. Hernández, le escribimos de la oficina de Educación Especial. La junta anual del IEP de su hija Sofía Hernández Ruiz (fecha de nacimiento ${dob('22/07/2014')}) se movió al 9 de enero a las 3:30 p.m. Si no puede asistir, llámenos al ${phone('(312) 482-9163', 'US')} o responda a ${email('educacion.especial@d214.k12.il.us')}.

¿Me ayudas a que suene más cálido y menos burocrático?`),

  rec('csv_caseload', f`Sort this caseload export by annual review date and tell me who's overdue:

student_id,student_name,dob,disability,case_manager,parent_phone,annual_review
S-204118,Mateo Alvarez,${dob('2013-05-02')},Autism,R. Okafor,${phone('+1 617 394 2817', 'US')},2024-11-20
S-204231,Ava Lindqvist,${dob('2015-09-17')},Speech/Language,R. Okafor,${amb('pii.phone', '(617) 555-0148')},2025-02-03
S-205007,Noah Pereira,${dob('2011-12-30')},Other Health Impairment,J. Tran,${phone('(508) 394-7721', 'US')},2024-10-14`, '(617) 555-0148 is in the fictional 555-01xx range: ambiguous'),

  rec('ticket_vi', f`Phụ huynh gọi báo không đăng nhập được cổng thông tin giáo dục đặc biệt.
Học sinh: Nguyễn Minh Khoa, sinh ngày ${dob('05/02/2015')}
Phụ huynh: Trần Thị Lan — ${phone('+84 912 384 719', 'VN')} — ${email('lan.tran.hcm@yahoo.com.vn')}
Nhật ký đăng nhập: lỗi từ ${ip('73.162.48.201')} lúc 19:42
Nhờ viết giúp email hướng dẫn đặt lại mật khẩu bằng tiếng Việt đơn giản.`),

  rec('kyc_de', f`Prüf bitte, ob für die Händlerakte alles da ist, und formulier eine Nachforderung für das, was fehlt:

Inhaber: Markus Feldhaus, geb. ${dob('11.04.1978')}
Steuer-ID: ${v('pii.de_steuer_id', '57383203464')}
Handelsregister: HRB 18472, AG Bielefeld
Mobil: ${phone('+49 151 28473961', 'DE')}
E-Mail: ${email('m.feldhaus@autohaus-feldhaus.de')}
Personalausweis: liegt vor (Vorder- und Rückseite)`),

  rec('kyc_nl', f`Nieuwe dealer, kun je checken of de KYC compleet is?
Naam: Joost van Rijswijk
BSN: ${v('pii.nl_bsn', '519283740')}
Geboortedatum: ${dob('23-08-1983')}
Telefoon: ${phone('+31 6 38271946', 'NL')}
KvK-uittreksel: ontbreekt nog`),

  rec('kyc_br', f`Me ajuda a escrever a mensagem pedindo os documentos que faltam para o cadastro da revenda?
Responsável: Thiago Moura Albuquerque
CPF: ${v('pii.br_cpf', '384.920.175-97')}
Nascimento: ${dob('19/06/1986')}
WhatsApp: ${phone('(11) 98273-4616', 'BR')}
E-mail: ${email('thiago@mouraveiculos.com.br')}
Faltam: comprovante de endereço e contrato social.`),

  rec('kyc_in', f`Dealer KYC from the Jaipur lot, please check if the details match and write a short approval note:
Name: Rakesh Kumar Meena
Aadhaar: ${v('pii.in_aadhaar', '4837 2915 6041')}
DOB: ${dob('02-01-1981')}
Mobile: ${phone('+91 98273 46150', 'IN')}
Email: ${email('rk.meena.motors@gmail.com')}
GSTIN: 08AABCM4821K1Z3`),

  rec('kyc_ca', f`Dealer onboarding (Burnaby). Can you list what's still missing from this file?
Owner: Priya Sandhu
SIN: ${v('pii.ca_sin', '463 819 276')}
Date of birth: ${dob('1979-10-04')}
Phone: ${phone('(604) 382-4719', 'CA')}
Business number: pending`),

  rec('donor_es', f`Resume en una tabla los datos de la donante para el comité (sin el nombre):
Donante: Lucía Ortega Navarro
DNI: ${v('pii.es_dni', '48291736Q')}
Fecha de nacimiento: ${dob('14/02/1998')}
Grupo sanguíneo: A+ · Cariotipo 46,XX normal · AMH 3,4 ng/ml
Teléfono: ${phone('+34 612 384 927', 'ES')}
Ciclos previos: 1 (2023, 14 ovocitos MII)`),

  rec('donor_nie', f`Necesito una carta de agradecimiento para un donante de semen extranjero residente, sin datos clínicos:
Nombre: Andrei Popescu
NIE: ${v('pii.es_nie', 'X4827163S')}
Correo: ${email('andrei.popescu.bcn@outlook.es')}`),

  rec('patient_fr', f`Rédige un courrier de prise en charge pour la CPAM (FIV, 3e tentative) :
Patiente : Mme Claire Dubois-Martin, née le ${dob('06/11/1988')}
NIR : ${v('pii.fr_nir', '2 88 06 75 112 034 62')}
Conjoint : M. Julien Martin
Tél. : ${phone('06 71 38 29 46', 'FR')}
Protocole antagoniste, transfert prévu le 17/12.`),

  rec('patient_uk', f`Can you draft a letter to the GP summarising the outcome of the frozen embryo transfer? Patient details:
Name: Hannah Whitcombe
DOB: ${dob('29/09/1987')}
NHS number: ${v('pii.uk_nhs_number', '943 857 1620')}
NI number (for the funding form): ${v('pii.uk_nino', 'JT 48 27 19 C')}
Mobile: ${phone('+44 7456 382471', 'GB')}
Result: positive hCG 14 days post-transfer (412 IU/L).`),

  rec('staff_it', f`Turni manutenzione funivia – settimana 50. Controlla che nessuno superi le 48 ore:
Nome | Codice fiscale | Cell.
Giulia Bernardi | ${v('pii.it_codice_fiscale', 'BRNGLI85M41L219J')} | ${phone('+39 347 218 5904', 'IT')}
Marco Rossi | ${v('pii.it_codice_fiscale', 'RSSMRC79D12H501P')} | ${phone('347 382 4719', 'IT')}
Giovanna Ferrari | ${v('pii.it_codice_fiscale', 'FRRGNN92T58A662I')} | ${phone('+39 333 918 2746', 'IT')}`),

  rec('roster_de_at', f`Rufbereitschaft Seilbahntechnik Jänner – bitte als Tabelle fürs Schwarze Brett aufbereiten:
KW 1: Florian Gruber, ${phone('+43 664 3827194', 'AT')}
KW 2: Stefan Huber, ${phone('0664 918 2746', 'AT')}
KW 3: Lena Mayr, ${phone('+43 676 482 1935', 'AT')}
Leitstand Talstation: ${phone('+43 512 382471', 'AT')}`),

  rec('roster_fr_ch', f`Mets en forme la liste d'astreinte du téléphérique pour l'affichage au poste de commande :
Lundi–mardi : Nicolas Favre, ${phone('+41 79 382 41 67', 'CH')}
Mercredi–jeudi : Céline Roduit, ${phone('079 481 27 36', 'CH')}
Vendredi–dimanche : Yannick Zufferey, ${phone('+41 78 913 42 85', 'CH')}
Central d'exploitation : ${phone('027 966 38 22', 'CH')}`),

  rec('custodians_en_gb', f`Can you turn this custodian list into a legal hold notice distribution list, grouped by department?

Custodian | Role | Email | Mobile
Oliver Pratt | Head of Procurement | ${email('oliver.pratt@harrowfield-group.co.uk')} | ${phone('07823 194 562', 'GB')}
Amira Haddad | Finance Controller | ${email('amira.haddad@harrowfield-group.co.uk')} | ${phone('+44 7911 123847', 'GB')}
Daniel Okoye | Regional Sales Director | ${email('d.okoye@harrowfield-group.co.uk')} | ${phone('+44 7712 918432', 'GB')}`),

  rec('custodian_pl', f`Przygotuj proszę wiadomość do kustosza danych o zachowaniu dokumentów (legal hold):
Adresat: Katarzyna Wiśniewska, ${email('k.wisniewska@metalpol-sa.pl')}, tel. ${phone('+48 601 284 937', 'PL')}
Zakres: korespondencja z dostawcą stali 2021–2023, kanały Teams i skrzynka pocztowa.`),

  rec('ediscovery_log', f`Why did the collection from this laptop only pick up 40% of the mailbox? Log excerpt:

${amb('source_code.snippet', f`2024-12-03 10:14:07 INFO  collector custodian=${email('m.santoro@vitalia-pharma.it')} device=LT-4471 src=${ip('192.168.1.37')}
2024-12-03 10:14:09 WARN  pst_reader skipped=ArchiveMailbox reason="cached mode off"
2024-12-03 10:52:40 INFO  collector items=18422 size_gb=9.7 hash=md5`)}`),

  rec('passport_en_ng', f`Please help me format the directors' due-diligence sheet for the export-credit application from our Lagos buyer:
1. Chukwuemeka Obi — passport ${v('pii.passport', 'A07381946')}, DOB ${dob('12 March 1971')}, ${phone('+234 803 382 4719', 'NG')}
2. Folake Adeyemi — passport ${v('pii.passport', 'B04819273')}, DOB ${dob('5 July 1980')}, ${email('folake@adeyemi-agro.ng')}
Please flag that we still need proof of address for both.`),

  rec('ubo_ar', f`أحتاج جدولاً بالمستفيدين الحقيقيين لطلب ضمان التصدير:
الاسم: خالد بن سعيد العتيبي — رقم الجواز: ${v('pii.passport', 'N0482917')} — تاريخ الميلاد: ${dob('1975/03/08')} — الجوال: ${phone('+966 50 382 4719', 'SA')}
الاسم: نورة عبد الله القحطاني — البريد: ${email('noura.q@gulf-agri.sa')}`),

  rec('ubo_tr', f`İhracat kredi sigortası başvurusu için alıcı firma yöneticilerini özetler misin?
Ad: Emre Yıldırım — Doğum tarihi: ${dob('17.09.1972')} — Cep: ${phone('0532 418 27 94', 'TR')}
Ad: Selin Aksoy — E-posta: ${email('selin.aksoy@anadolumakine.com.tr')} — Cep: ${phone('+90 532 418 27 93', 'TR')}`),

  rec('donor_uk_ua', f`Підготуй, будь ласка, коротке резюме анкети донорки для клініки (без прізвища):
ПІБ: Олена Коваленко
Дата народження: ${dob('03.05.1996')}
Паспорт: ${v('pii.passport', 'FE382917')}
Телефон: ${phone('+380 67 382 4719', 'UA')}
Пошта: ${email('olena.kovalenko96@ukr.net')}`),

  rec('patient_he', f`תכתוב בבקשה מכתב הפניה לבדיקה גנטית טרום השרשה (PGT-M):
מטופלת: מיכל לוי, ת.ז. ${ambCat('pii', '318274956')}
תאריך לידה: ${dob('21/01/1990')}
טלפון: ${phone('+972 52 382 4719', 'IL')}
מוטציה: BRCA1 185delAG (האב)`, 'Israeli ID number: personal, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('patient_ko', f`시험관 시술 환자 안내문을 부드럽게 다듬어 주세요.
환자: 김지현 (생년월일 ${dob('1989.04.12')})
연락처: ${phone('+82 10 3824 7191', 'KR')}
이메일: ${email('jihyun.kim89@naver.com')}
다음 내원: 12월 16일 오전 8시 (채혈 및 초음파)`),

  rec('patient_ja', f`以下の患者情報から、胚移植後の説明書を作成してください。
氏名：佐藤 美咲（${dob('1986年7月3日')}生）
電話：${phone('+81 90 3824 7191', 'JP')}
メール：${email('misaki.sato.0703@docomo.ne.jp')}
移植日：12月9日、胚盤胞グレード4AA`),

  rec('patient_zh', f`请把这份取卵手术通知翻译成英文，给外籍患者用：
患者：王丽娜，出生日期 ${dob('1991年10月28日')}
手机：${phone('+86 138 2473 9106', 'CN')}
邮箱：${email('wanglina1028@163.com')}
取卵时间：12月11日上午7:30，术前禁食8小时。`),

  rec('staff_th', f`ช่วยทำตารางเวรช่างซ่อมบำรุงกระเช้าไฟฟ้าเดือนธันวาคมให้หน่อย
สมชาย ใจดี — ${phone('+66 81 382 4719', 'TH')}
วิไล ศรีสุข — ${phone('081 938 2746', 'TH')}
อีเมลหัวหน้างาน: ${email('supervisor.maint@cablecar-samui.co.th')}`),

  rec('form_id', f`Tolong cek formulir pendaftaran dealer ini, ada yang kurang?
Nama pemilik: Budi Santoso
Tanggal lahir: ${dob('17-08-1979')}
NIK: ${ambCat('pii', '3174051708790003')}
HP: ${phone('+62 812 3824 7192', 'ID')}
Email: ${email('budi.santoso@mobilbekasmaju.co.id')}`, 'Indonesian NIK: personal, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('sms_tl', f`Pakisalin sa English itong text ng magulang para sa IEP file:
"Good pm po, si Aling Rosa po ito, nanay ni Miguel dela Cruz (birthday po niya ${dob('June 4, 2014')}). Hindi po kami makakapunta sa meeting sa Huwebes, pwede po bang i-resched? Ito po number ko ${phone('0917 382 4719', 'PH')}."`),

  rec('chat_hi', f`कृपया इस अभिभावक के लिए एक विनम्र ईमेल लिखें कि बच्चे का मूल्यांकन अगले सप्ताह होगा:
अभिभावक: सुनीता शर्मा, ${phone('+91 98273 46150', 'IN')}, ${email('sunita.sharma.nj@gmail.com')}
छात्र: आरव शर्मा, जन्मतिथि ${dob('09/11/2017')}`),

  rec('form_fa', f`لطفاً این فرم ثبت‌نام کارکنان نگهداری تله‌کابین را مرتب کنید:
نام: رضا محمدی
تاریخ تولد: ${dob('۱۳۶۴/۰۵/۱۲')}
تلفن همراه: ${phone('+98 912 382 4719', 'IR')}
ایمیل: ${email('reza.mohammadi@tochal-telecabin.ir')}`),

  rec('signature_sv', f`Kan du korta ner mitt svar till leverantören? Signaturen ska vara kvar som den är:

Med vänliga hälsningar
Johan Lindqvist
Underhållschef, Åre Bergbana
${phone('+46 70 382 47 19', 'SE')} | ${email('johan.lindqvist@arebergbana.se')}`),

  rec('signature_fi', f`Tee tästä ystävällisempi viesti vanhemmille. Allekirjoitus:

Terveisin
Aino Virtanen
Erityisopettaja, Kaarinan koulutoimi
puh. ${phone('+358 40 382 4719', 'FI')}
${email('aino.virtanen@kaarina.fi')}`),

  rec('json_profile_cz', f`Máme chybu v API pro profil prodejce, pole phone se neukládá. Odpověď:

${amb('source_code.snippet', f`{
  "dealerId": "CZ-3382",
  "contact": {
    "name": "Petr Dvořák",
    "email": "${email('petr.dvorak@autobazar-brno.cz')}",
    "phone": "${phone('+420 603 284 917', 'CZ')}",
    "birthDate": "${dob('1982-02-14')}"
  },
  "lastLoginIp": "${ip('89.24.117.63')}"
}`)}`),

  rec('mail_en_za', f`Please tidy up this note to the learner's parents before I send it:

Dear Mr and Mrs Naidoo,
Thank you for coming in. As discussed, Kiara (born ${dob('2015/08/21')}) will get a scribe for the June assessments. Please contact the SNE coordinator, Mrs Botha, on ${phone('+27 82 382 4719', 'ZA')} or ${email('l.botha@eduplace.org.za')}.`),

  rec('ticket_sw', f`Tiketi #8841: Mzazi analalamika hajapata ripoti ya tathmini ya mtoto wake.
Mzazi: Amina Juma — ${phone('+254 712 384719', 'KE')} — ${email('amina.juma@gmail.com')}
Mtoto: Baraka Otieno, alizaliwa ${dob('14/03/2016')}
Tafadhali andika jibu fupi la kuomba radhi.`),
];
