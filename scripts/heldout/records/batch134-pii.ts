/**
 * Held-out batch 134: personal data in athlete whereabouts and testing forms, towing call notes,
 * atelier client cards, HPC account requests and feed-mill HR and supplier records, in many
 * languages. Hand-written; identity numbers get their check digits computed below.
 */
import { brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, inAadhaarSpaced, itCodiceFiscale, luhnCheckDigit, nlBsnCheckDigit, ukNhsSpaced } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const dni = esDni;
const nie = esNie;
const bsn = (p8: string): string => {
  const c = nlBsnCheckDigit(p8);
  if (c < 0) throw new Error(`no BSN check digit for ${p8}`);
  return p8 + String(c);
};
const nir = (body13: string, sep = ' '): string => {
  const key = frNirKey(body13);
  const b = body13;
  return [b.slice(0, 1), b.slice(1, 3), b.slice(3, 5), b.slice(5, 7), b.slice(7, 10), b.slice(10, 13), key].join(sep);
};
const steuerId = (p10: string): string => p10 + String(deSteuerIdCheckDigit(p10));
const luhn = (payload: string): string => payload + String(luhnCheckDigit(payload.replace(/\s/g, '')));
const aadhaar = inAadhaarSpaced;
const nhs = ukNhsSpaced;
const em = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const pp = (s: string) => v('pii.passport', s);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH134_PII: DraftRecord[] = [
  rec('form_de', f`Bitte prüf die Whereabouts-Meldung auf Vollständigkeit, bevor ich sie einreiche:

Athletin: Lea Hoffmann (Rudern, Nationalkader)
Geburtsdatum: ${dob('14.06.2001')}
Mobil: ${phone('+49 151 23984716')}
Übernachtungsadresse Q1: Trainingszentrum Ratzeburg, Zimmer 12
60-Minuten-Zeitfenster: täglich 06:00–07:00
Reisepass-Nr.: ${pp('C4F7H2KR9')}`),

  rec('form_fr', f`Peux-tu reformuler ce compte rendu de contrôle inopiné pour le rapport officiel ?

Sportif contrôlé : M. Karim Belkacem, né le ${dob('3 février 1998')} à Lyon
N° de sécurité sociale : ${v('pii.fr_nir', nir('1980269123456'))}
Téléphone : ${phone('+33 6 47 28 19 53')}
Le contrôle a eu lieu à 06h10 au domicile déclaré. Échantillon urinaire A/B scellé, réf. 4127563.`),

  rec('chat_es', f`Redáctame un correo para la atleta informándole del control fuera de competición:
Nombre: Marta Iglesias Soto
DNI: ${v('pii.es_dni', dni('53928174'))}
Pasaporte: ${pp('PAK482917')}
Móvil: ${phone('+34 634 821 759')}
Fecha de nacimiento: ${dob('22/11/1999')}
Su entrenador, Luca Moretti (NIE ${v('pii.es_nie', nie('Y', '4829173'))}), puede estar presente.
Que sea cordial pero que quede claro que el no presentarse cuenta como "missed test".`),

  rec('form_it', f`Richiesta di esenzione a fini terapeutici (TUE) — controlla se manca qualcosa:
Atleta: Giulia Bianchi, ciclismo su pista
Codice fiscale: ${v('pii.it_codice_fiscale', itCodiceFiscale('BNCGLI96C62H501'))}
Data di nascita: ${dob('22/03/1996')}
Cellulare: ${phone('+39 338 412 7093')}
Medico: dott. R. Conti. Farmaco: salbutamolo per via inalatoria.`),

  rec('hr_nl', f`Maak van deze gegevens een nette bevestigingsbrief voor de nieuwe operator van de mengvoederfabriek in Veghel:
Naam: Sanne van Dijk
BSN: ${v('pii.nl_bsn', bsn('27481930'))}
Geboortedatum: ${dob('7 september 1993')}
Telefoon: ${phone('+31 6 4829 1735')}
Startdatum: 3 maart, ploegendienst.`),

  rec('chat_pt_br', f`Me ajuda a registrar o atendimento? Cliente ligou, carro quebrou na Via Dutra sentido SP, km 148.
Nome: Rafael Moreira Lima
CPF: ${v('pii.br_cpf', brCpfFormatted('427193058'))}
Celular: ${phone('+55 21 99734-8216')}
Placa: RIO2A19, Fiat Argo prata. Guincho previsto em 50 min.`),

  rec('onboarding_us', f`New tow driver onboarding, help me turn this into the HR checklist:
Name: Tyler Brooks
SSN: ${v('pii.us_ssn', '524-71-3908')}
DOB: ${dob('04/19/1990')}
Cell: ${phone('(406) 382-7194', 'US')}
CDL class A, TWIC card pending. Start Monday at the Billings yard.`),

  rec('tue_en_gb', f`Please draft a reply to the athlete's GP confirming we received the TUE paperwork:

Athlete: Hannah Price (triathlon)
NHS number: ${v('pii.uk_nhs_number', nhs('485021937'))}
Date of birth: ${dob('30/08/2000')}
National Insurance no.: ${v('pii.uk_nino', 'JK 82 47 19 C')}
Condition: type 1 diabetes (insulin). Renewal due May.`),

  rec('chat_hi_en', f`Bhaiya, naye makka supplier ka KYC complete karna hai. Kisan ka naam Ramesh Patil, Aadhaar ${v('pii.in_aadhaar', aadhaar('52847193062'))}, mobile ${phone('+91 98450 27391')}. Payment ke liye bank details kal bhejega. Ek short confirmation message likh do Marathi aur English mein.`),

  rec('hr_fr_ca', f`Peux-tu m'aider à remplir le formulaire d'embauche pour le nouveau remorqueur de nuit à Laval?
Nom : Maxime Gagnon
NAS : ${v('pii.ca_sin', luhn('739 284 15'))}
Date de naissance : ${dob('1994-12-02')}
Cell : ${phone('(514) 382-7461', 'CA')}
Permis classe 3, début le 17 mars.`),

  rec('hr_de', f`Kannst du die Daten für die Lohnabrechnung vom neuen Techniker (H2-Station München-Nord) in eine Tabelle bringen?
Name: Stefan Gruber
Steuer-ID: ${v('pii.de_steuer_id', steuerId('4918273640'))}
Geboren am ${dob('11.01.1987')}
Telefon: ${phone('+49 89 21873645')}
Krankenkasse: AOK Bayern`),

  rec('client_card_ja', f`顧客カードを英語に翻訳してください（パリ本店のフィッティング担当者向け）：
お名前：佐藤 美咲 様
生年月日：${dob('1988年4月12日')}
携帯：${phone('090-4827-3915', 'JP')}
メール：${em('misaki.sato88@docomo.ne.jp')}
サイズ：バスト 82 / ウエスト 61 / ヒップ 88、肩幅 37
ご要望：ウエディングドレスのお色直し用に淡いピンク。`),

  rec('travel_ko', f`파리 트렁크쇼 출장 항공권 발권용 정보입니다. 항공사에 보낼 영문 메일로 정리해 주세요.
성명: 김지현 (KIM JIHYUN)
여권번호: ${pp('M48291735')}
생년월일: ${dob('1991.07.25')}
연락처: ${phone('010-4827-3915', 'KR')}`),

  rec('chat_zh_tw', f`請幫我把這位選手的資料整理成英文，寄給國外的檢測機構：
姓名：陳怡君（舉重）
護照號碼：${pp('312948572')}
出生日期：${dob('2002年5月9日')}
手機：${phone('0912 482 739', 'TW')}
賽外檢測地點：左營國家運動訓練中心`),

  rec('chat_ru', f`Помоги составить письмо спортсмену о внесоревновательном тестировании во время сборов в Турции:
ФИО: Смирнов Артём Игоревич
Дата рождения: ${dob('17.03.1997')}
Загранпаспорт: ${pp('75 4829173')}
Телефон: ${phone('+7 916 482-73-91')}
Место сборов: Белек, отель Regnum, с 3 по 21 марта.`),

  rec('call_ar', f`لخّص هذه المكالمة لسجل الإرسال:
العميل: أحمد الزهراني، سيارة تويوتا كامري بيضاء
الجوال: ${phone('+966 55 482 7391')}
الموقع: طريق الملك فهد، قرب مخرج 5، الرياض
المشكلة: إطار مثقوب ولا يوجد إطار احتياطي. الوقت المتوقع للوصول 35 دقيقة.`),

  rec('ticket_he', f`פנייה לדסק ה-HPC — תעזור לי לנסח תשובה:
שם: נועה כהן, דוקטורנטית במחלקה לכימיה
מייל: ${em('noa.cohen@mail.huji-research.ac.il')}
טלפון: ${phone('052-482-7391', 'IL')}
"ה-job שלי נתקע ב-PENDING כבר יומיים עם Reason=QOSMaxGRESPerUser."`),

  rec('signature_tr', f`Bu imzayı kurumsal şablona göre düzenler misin?

Saygılarımla,
Emre Yıldız
Kalite Kontrol Sorumlusu – Granvia Yem Fabrikası, Bandırma
Tel: ${phone('+90 532 482 73 91')}
E-posta: ${em('emre.yildiz@granvia-feed.com.tr')}`),

  rec('ticket_el', f`Γράψε μια ευγενική απάντηση στον πελάτη:
Όνομα: Νίκος Παπαδόπουλος
Κινητό: ${phone('+30 694 382 7165')}
Email: ${em('n.papadopoulos@otenet.gr')}
Παράπονο: το γερανοφόρο άργησε 2 ώρες στην Εθνική Οδό Αθηνών–Λαμίας.`),

  rec('client_card_th', f`ช่วยจัดข้อมูลลูกค้า VIP นี้เป็นตารางภาษาอังกฤษให้ทีมช่างตัดเสื้อที่ปารีสหน่อยค่ะ
ชื่อ: คุณพิมพ์ชนก วงศ์สวัสดิ์
วันเกิด: ${dob('15 สิงหาคม 2533')}
โทร: ${phone('081 482 7391', 'TH')}
อีเมล: ${em('pimchanok.w@gmail.com')}
ไซซ์: อก 84 เอว 64 สะโพก 90`),

  rec('call_vi', f`Tóm tắt cuộc gọi cứu hộ này giúp mình:
Khách: anh Trần Minh Đức, SĐT ${phone('+84 912 482 739')}
Xe: Honda CR-V, biển 51G-482.19, chết máy trên cao tốc Long Thành, km 23.
Yêu cầu: xe kéo về gara Honda Quận 2.`),

  rec('ticket_id', f`Tolong buatkan balasan untuk tiket helpdesk HPC ini:
Nama: Dewi Lestari (mahasiswa S3, Fisika)
Email: ${em('dewi.lestari@students.itb-research.ac.id')}
HP: ${phone('+62 812-4827-3915')}
"Kuota /home saya penuh, tidak bisa submit job. Bisa ditambah jadi 200 GB?"`),

  rec('form_sw', f`Tafadhali tafsiri fomu hii kwa Kiingereza kwa ajili ya maabara:
Jina la mwanariadha: Faith Chebet
Tarehe ya kuzaliwa: ${dob('12/04/1998')}
Namba ya pasipoti: ${pp('AK0482917')}
Simu: ${phone('+254 712 482739')}
Mahali pa mazoezi: Iten, kambi ya Kerio View`),

  rec('form_am', f`ይህንን የአትሌት መረጃ ወደ እንግሊዝኛ ተርጉምልኝ፦
ስም፦ ሰለሞን ተክሌ
የትውልድ ቀን፦ ${dob('05/09/1996')}
የፓስፖርት ቁጥር፦ ${pp('EP4829173')}
ስልክ፦ ${phone('+251 91 148 2739')}
የልምምድ ቦታ፦ ሰንዳፋ`),

  rec('form_ka', f`გთხოვ, ეს მონაცემები ინგლისურად თარგმნე სინჯის აღების ოქმისთვის:
სპორტსმენი: გიორგი ბერიძე (ჭიდაობა)
დაბადების თარიღი: ${dob('21.10.1999')}
პასპორტის ნომერი: ${pp('19KA48271')}
ტელეფონი: ${phone('+995 599 48 27 39')}`),

  rec('client_hy', f`Պատրաստիր կարճ նամակ հաճախորդին՝ հաստատելու համար հարսանյաց զգեստի վերջին փորձը.
Հաճախորդ՝ Անի Պետրոսյան
Հեռախոս՝ ${phone('+374 91 482739')}
Էլ. փոստ՝ ${em('ani.petrosyan@mail.am')}
Փորձը՝ մարտի 14-ին, ժամը 15:00-ին, Երևանի սրահում։`),

  rec('supplier_bn', f`এই সরবরাহকারীর তথ্যটা ইংরেজিতে সাজিয়ে দাও, ক্রয় বিভাগে পাঠাব:
নাম: মোঃ রফিকুল ইসলাম, ভুট্টা সরবরাহকারী, দিনাজপুর
মোবাইল: ${phone('+880 1712-482739')}
ইমেইল: ${em('rafiqul.corn@yahoo.com')}`),

  rec('ticket_ta', f`இந்த HPC கணக்கு கோரிக்கைக்கு ஆங்கிலத்தில் பதில் எழுதுங்கள்:
பெயர்: ப. சுரேஷ்குமார்
மின்னஞ்சல்: ${em('p.sureshkumar@iitm-research.ac.in')}
கைபேசி: ${phone('+91 94440 28173')}
தேவை: GPU பகிர்வில் 4 × A100, 3 மாதங்கள்.`),

  rec('log_json_fi', f`Mikä tässä kirjautumislokissa on vialla? Käyttäjä väittää, ettei ole kirjautunut Helsingistä.

${amb('source_code.snippet', f`{"ts":"2025-02-10T22:14:08Z","event":"ssh_login","user":"virtanen_m","email":"${em('mikko.virtanen@helsinki-hpc.fi')}","src_ip":"${ip('91.152.204.77')}","node":"login2","mfa":"totp","result":"success"}
{"ts":"2025-02-10T22:31:45Z","event":"ssh_login","user":"virtanen_m","email":"${em('mikko.virtanen@helsinki-hpc.fi')}","src_ip":"${ip('45.138.16.201')}","node":"login1","mfa":"totp","result":"success"}`)}`),

  rec('chat_pl', f`Pomóż mi napisać SMS do klienta, że laweta przyjedzie za 40 minut. Dane z systemu: Tomasz Wójcik, PESEL ${ambCat('pii', '90071204873')}, tel. ${phone('+48 603 284 917')}, auto: Skoda Octavia, A4 w stronę Wrocławia, km 152.`, 'Polish PESEL: personal, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_sv', f`Skriv ett kort sms till idrottaren om att dopingkontrollanten väntar i receptionen:
Namn: Elin Johansson, personnummer ${ambCat('pii', '20010318-4826')}
Mobil: ${phone('070-384 21 96', 'SE')}`, 'Swedish personnummer: no built-in rule (ambiguous, no rule id)'),

  rec('hr_cs', f`Přelož prosím do angličtiny údaje o novém mistrovi směny v krmivárně:
Jméno: Petr Dvořák
Datum narození: ${dob('5. 8. 1985')}
Telefon: ${phone('+420 603 728 415')}
E-mail: ${em('petr.dvorak@granvia-krmiva.cz')}`),

  rec('client_es_ar', f`Armame una ficha de clienta para el atelier de Buenos Aires:
Nombre: Valentina Rodríguez
DNI: ${ambCat('pii', '38.472.915')}
Cel: ${phone('+54 9 11 4827-3915')}
Mail: ${em('vale.rodriguez@hotmail.com.ar')}
Medidas: busto 86, cintura 66, cadera 94. Vestido de fiesta para el 15 de marzo.`, 'Argentine DNI: no built-in rule (ambiguous, no rule id)'),

  rec('member_en_au', f`Can you write up this roadside membership renewal note?
Member: Chloe Nguyen
DOB: ${dob('09/02/1995')}
Mobile: ${phone('0412 482 739', 'AU')}
Email: ${em('chloe.nguyen95@bigpond.com')}
Vehicle: 2019 Mazda CX-5, rego CXN-48K (NSW). Premium cover, renews 1 March.`),

  rec('chat_uk', f`Склади, будь ласка, лист спортсменці про необхідність оновити дані місцеперебування на квітень:
Оксана Коваленко, дата народження ${dob('28.06.2000')}
тел. ${phone('+380 67 482 7391')}
e-mail: ${em('o.kovalenko.athlete@ukr.net')}`),

  rec('ticket_fa', f`لطفاً جواب این تیکت را به انگلیسی بنویس:
نام: سارا احمدی، دانشجوی دکتری مهندسی مکانیک
ایمیل: ${em('sara.ahmadi@ut-research.ac.ir')}
تلفن: ${phone('+98 912 482 7391')}
«اسکریپت OpenFOAM من روی ۶۴ هسته بیش از حد کند اجرا می‌شود.»`),

  rec('client_yue', f`幫我將呢個客人資料整理好，傳俾巴黎嘅師傅：
陳嘉欣小姐
電話：${phone('+852 9482 7391')}
電郵：${em('kayan.chan@netvigator.com')}
出生日期：${dob('1992年11月3日')}
身高 165cm，晚裝裙，3月底要。`),
];
