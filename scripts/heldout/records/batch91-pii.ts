/**
 * Held-out batch 91: personal data in funeral arrangement forms, radiology referrals, borrower files,
 * ski-rental waivers, poll-worker rosters and dispatch crew lists, in many languages.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH91_PII: DraftRecord[] = [
  rec('form_en_ie', f`Please tidy this arrangement sheet into a paragraph for the death notice draft (don't include the PPS or phone in the notice!):

Deceased: Bridget (Bridie) Keane, née Mulcahy
Date of birth: ${v('pii.date_of_birth', '14/03/1938')}
Date of death: 09/01/2025
Next of kin: Declan Keane (son) — ${phone('087 412 6638', 'IE')}, ${v('pii.email', 'declan.keane@eircom.example.ie')}
Removal: Thursday 6pm, reposing at Keane's Funeral Home, Listowel`),

  rec('radiology_referral_de', f`Bitte fasse die Zuweisung kurz für die MTRA zusammen:

Patientin: Hannelore Brückner, geb. ${v('pii.date_of_birth', '02.11.1961')}
Versichertennr. extern, Steuer-ID (aus Beihilfe-Formular): ${v('pii.de_steuer_id', '39451620585')}
Rückruf: ${phone('0172 4839207', 'DE')}
Fragestellung: MRT LWS nativ, V.a. Bandscheibenvorfall L4/5, Schrittmacher: nein, Klaustrophobie: ja`),

  rec('borrower_es', f`Hola, ¿me ayudas a redactar una carta de requerimiento de pago amistosa? Datos del prestatario:
Nombre: Javier Ortega Ruiz
DNI: ${v('pii.es_dni', '38528452W')}
Teléfono: ${phone('+34 612 48 31 97')}
Email: ${v('pii.email', 'javi.ortega.r@gmail.com')}
Importe vencido: 1.245,30 € (3 cuotas)`),

  rec('borrower_nie', f`Segundo prestatario, residente extranjero: Ioana Munteanu, NIE ${v('pii.es_nie', 'Y5906689G')}, nacida el ${v('pii.date_of_birth', '27/08/1990')}. Tiene un plan de pagos desde octubre. Escribe un resumen de su situación para el comité.`),

  rec('waiver_en_ca', f`Ski rental waiver — scanned, please extract to JSON:
Name: Owen Kowalchuk
DOB: ${v('pii.date_of_birth', '1987-06-22')}
Address: 118 Larch Cres, Revelstoke BC V0E 2S0
Phone: ${phone('(250) 837-4416', 'CA')}
SIN (for staff discount payroll deduction): ${v('pii.ca_sin', '352 445 977')}
Height 183 cm, weight 86 kg, skier type III, boot sole 315 mm`),

  rec('pollworker_csv_fi', f`Tee tästä vaalitoimitsijoiden listasta sähköpostikutsu jokaiselle:

nimi,sähköposti,puhelin,äänestyspaikka
Aino Virtanen,${v('pii.email', 'aino.virtanen@kunta-example.fi')},${phone('040 718 2293', 'FI')},Kallion kirjasto
Juha Mäkelä,${v('pii.email', 'juha.makela74@suomi24.example.fi')},${phone('050 339 8412', 'FI')},Vallilan koulu
Leena Heikkinen,${v('pii.email', 'leena.h@kunta-example.fi')},${phone('+358 44 762 1180')},Pasilan kirjasto`),

  rec('uk_nhs', f`Hi, I'm a radiographer on exchange in Dublin from Leeds. Can you help me write a short handover note for a patient transferred from the UK?

Patient: Mr Gareth Pryce
NHS number: ${v('pii.uk_nhs_number', '426 761 7929')}
NI number (for travel reimbursement): ${v('pii.uk_nino', 'JT 41 82 67 C')}
Study: CT pulmonary angiogram, contrast allergy: none known`),

  rec('aadhaar_hi', f`कृपया इस ऋण आवेदक की KYC जानकारी से एक सारांश बनाइए:
नाम: सुनीता राठौड़
आधार: ${v('pii.in_aadhaar', '3092 6608 3643')}
मोबाइल: ${phone('+91 98204 37615')}
जन्मतिथि: ${v('pii.date_of_birth', '05-09-1984')}
बकाया राशि: ₹48,200`),

  rec('cpf_pt_br', f`Preciso de um resumo para o jurídico sobre o devedor abaixo (não enviar para terceiros):
Nome: Rafael Nogueira Lins
CPF: ${v('pii.br_cpf', '314.320.122-31')}
Nascimento: ${v('pii.date_of_birth', '19/02/1979')}
E-mail: ${v('pii.email', 'rafa.lins@uol.example.com.br')}
Situação: 4 parcelas em atraso, última promessa não cumprida`),

  rec('bsn_nl', f`Kun je dit intakeformulier van het uitvaartcentrum omzetten naar een nette tabel?
Overledene: Hendrik Jan de Vries
BSN: ${v('pii.nl_bsn', '299179515')}
Geboortedatum: ${v('pii.date_of_birth', '30-04-1942')}
Contactpersoon: Ellen de Vries — ${phone('06 41 82 77 39', 'NL')}`),

  rec('nir_fr_ci', f`Bonjour, je dois remplir le dossier de rapatriement du corps de M. Kouassi Yao vers Abidjan. Pouvez-vous m'aider à rédiger la lettre au consulat ?
Né le ${v('pii.date_of_birth', '11 avril 1978')} à Bouaké
N° de sécurité sociale (France) : ${v('pii.fr_nir', '1 78 04 99 312 866 74')}
Passeport ivoirien : ${v('pii.passport', '19AB48271')}
Contact famille : ${phone('+225 07 48 21 93 36')}`),

  rec('cf_it', f`Mi prepari un modulo di consenso per la TAC con mezzo di contrasto? Dati della paziente:
Lucia Bernardini, codice fiscale ${v('pii.it_codice_fiscale', 'BRNLCU86H14Z133E')}
Telefono: ${phone('+39 347 218 4490')}
Allergie: iodio (lieve, 2019)`),

  rec('ssn_us', f`New hire paperwork for the overnight CT tech — can you check I've filled it in the right order?
Name: Marcus Delacroix-Bell
SSN: ${v('pii.us_ssn', '516-94-7551')}
DOB: ${v('pii.date_of_birth', '08/17/1993')}
Cell: ${phone('(612) 748-3309', 'US')}
Email: ${v('pii.email', 'mdbell93@outlook.com')}`),

  rec('chat_pl_dispatch', f`Proszę o przygotowanie grafiku dyżurów dyspozytorów na luty. Kontakty:
- Tomasz Wróbel, ${phone('+48 601 234 587')}, ${v('pii.email', 't.wrobel@cargo-dyspozycja.example.pl')}
- Katarzyna Nowicka, ${phone('+48 512 903 118')}
- Paweł Zieliński, ${phone('+48 698 447 210')}, urodzony ${v('pii.date_of_birth', '03.05.1969')} (prosi o brak nocek po 55. roku życia)`),

  rec('chat_uk_voter', f`Допоможіть скласти відповідь виборцю, який скаржиться, що його немає у списку. Дані з заяви:
ПІБ: Ковальчук Олег Петрович
Дата народження: ${v('pii.date_of_birth', '21.06.1975')}
Телефон: ${phone('+380 67 318 4526')}
Е-пошта: ${v('pii.email', 'oleg.kovalchuk75@ukr.net')}
Адреса: вул. Січових Стрільців 14, кв. 7`),

  rec('chat_ja_patient', f`放射線科の予約確認メールを作ってください。
患者名：佐藤 恵美 様
生年月日：${v('pii.date_of_birth', '1982年7月3日')}
電話：${phone('090-4182-3377', 'JP')}
メール：${v('pii.email', 'emi.sato82@docomo.example.ne.jp')}
検査：乳房MRI（造影）、2月12日 9:30`),

  rec('chat_ko_rental', f`스키 렌탈 고객 분실물 안내 문자를 써 주세요.
고객: 김민준
연락처: ${phone('010-4827-3391', 'KR')}
분실물: 고글(오클리), 2월 3일 리프트 3번 하차장
여권번호(외국인 등록 확인용): ${v('pii.passport', 'M48217736')}`),

  rec('chat_zh_sg', f`帮我把这位殡仪服务客户的资料整理成表格：
逝者：林亚华
出生日期：${v('pii.date_of_birth', '1949年10月2日')}
联系人：林伟强（儿子）${phone('+65 9734 2218')}
电邮：${v('pii.email', 'weiqiang.lim@singnet.example.com.sg')}
仪式：道教，三天守灵，Mandai 火化`),

  rec('chat_th_patient', f`ช่วยเขียนข้อความแจ้งเลื่อนนัด CT ให้คนไข้หน่อยครับ
ชื่อ: นางสาวพิมพ์ชนก ศรีสวัสดิ์
วันเกิด: ${v('pii.date_of_birth', '12/01/2530')}
โทร: ${phone('081 734 2290', 'TH')}
นัดเดิม: 14 ก.พ. 10:00 น.`),

  rec('chat_vi_borrower', f`Viết giúp tôi tin nhắn nhắc nợ lịch sự cho khách hàng:
Họ tên: Trần Thị Thu Hà
SĐT: ${phone('+84 903 418 227')}
Email: ${v('pii.email', 'thuha.tran90@gmail.com')}
Số tiền quá hạn: 7.450.000 VND, hạn cuối 28/02`),

  rec('chat_sw_ke', f`Please help me write a condolence SMS in Kiswahili for a family whose mother we are cremating on Friday. Contact: Wanjiru Kamau, ${phone('+254 722 481 093')}. Cremation at Kariokor, 10am.`),

  rec('chat_lg_ug', f`Mpandiikira obubaka obw'okujjukiza omuntu eyeewola: Ssalongo Mukasa Joseph, essimu ${phone('+256 772 418 339')}, ebbanja lya UGX 1,200,000 lyakyali. Obubaka bubeere bwa kisa.`),

  rec('chat_rw', f`Nyandikira ubutumwa bwo kwibutsa umukozi w'amatora ko amahugurwa ari ku wa gatatu. Izina: Uwase Claudine, telefoni ${phone('+250 788 312 447')}, imeyili ${v('pii.email', 'claudine.uwase@nec-example.rw')}.`),

  rec('chat_zu_za', f`Ngicela ungibhalele umlayezo wokuqinisekisa ukubhukha kwengubo yokushuthwa (ski rental) kaSipho Dlamini, inombolo yocingo ${phone('082 417 3390', 'ZA')}, usuku lokuzalwa ${v('pii.date_of_birth', '1996-11-04')} (udinga ukuthola isaphulelo sabafundi).`),

  rec('chat_tr_patient', f`MR randevusu için hasta bilgilendirme metni hazırlar mısın?
Hasta: Elif Yıldırım, doğum tarihi ${v('pii.date_of_birth', '23.09.1988')}
Telefon: ${phone('0532 418 27 63', 'TR')}
Kalp pili yok, 2. trimester gebelik — kontrastsız çekim.`),

  rec('chat_fa_family', f`لطفاً برای خانواده‌ی مرحوم یک پیام تسلیت و اطلاع‌رسانی زمان مراسم بنویس:
نام متوفی: حسین رضایی
تاریخ تولد: ${v('pii.date_of_birth', '1331/04/12')}
تماس: خانم مریم رضایی ${phone('+98 912 418 3376')}`),

  rec('chat_ar_sd', f`أرجو كتابة رسالة لتذكير موظفي الاقتراع بموعد التدريب. الأسماء:
- محمد عثمان الطيب ${phone('+249 91 234 8876')} ${v('pii.email', 'm.altayeb@elections-example.sd')}
- آمنة حسن إبراهيم ${phone('+249 92 771 4302')}`),

  rec('chat_id_borrower', f`Tolong rangkum profil peminjam ini untuk rapat penagihan:
Nama: Dewi Kartikasari
Lahir: ${v('pii.date_of_birth', '17 Agustus 1991')}
HP: ${phone('0812-4183-3927', 'ID')}
Email: ${v('pii.email', 'dewi.kartika91@yahoo.example.co.id')}
Tunggakan: Rp 6.750.000`),

  rec('chat_tl_ph', f`Pakigawa ng maikling text para sa pamilya ni Lola Remedios tungkol sa schedule ng cremation. Contact: Rowena Bautista, ${phone('0917 418 2233', 'PH')}. Sabado, 2pm, sa Loyola Memorial.`),

  rec('log_json', f`{"ts":"2025-01-19T08:44:10Z","svc":"ticketing","event":"season_pass_issued","customer":{"name":"Sigrún Jóhannsdóttir","email":"${v('pii.email', 'sigrun.j@simnet.example.is')}","dob":"${v('pii.date_of_birth', '1999-02-28')}","phone":"${phone('+354 862 4417')}"},"pass":"SP-25-004812","client_ip":"${amb('pii.ip_address', '85.220.41.17')}"}
^ why is the "dob" being logged in plaintext? how do I mask it in logback?`),

  rec('chat_ne', f`कृपया यो मतदाता सहायता कर्मचारीको सम्पर्क विवरणबाट परिचय पत्र बनाइदिनुहोस्:
नाम: सरिता थापा
फोन: ${phone('+977 984 1234 567')}
इमेल: ${v('pii.email', 'sarita.thapa@election-example.np')}`),

  rec('chat_am', f`እባክዎ ለቤተሰቡ የቀብር ሥነ ሥርዓት ማሳወቂያ ጽሑፍ ያዘጋጁ። ተጠሪ፡ አቶ ዳዊት ተስፋዬ፣ ስልክ ${phone('+251 911 48 2277')}። ሥነ ሥርዓቱ ቅዳሜ በቅድስት ሥላሴ ይካሄዳል።`),

  rec('chat_ro_passport', f`Ajută-mă să completez formularul pentru transportul urnei în Republica Moldova.
Decedat: Vasile Rusu, născut la ${v('pii.date_of_birth', '03.02.1951')}
Însoțitor: Elena Rusu, pașaport nr. ${v('pii.passport', 'AB0482713')}, tel. ${phone('+373 69 418 233')}`),

  rec('chat_et_worker', f`Palun koosta valimisjaoskonna töötajatele meeldetuletus:
Kersti Tamm — ${phone('+372 5341 8822')} — ${v('pii.email', 'kersti.tamm@valla-example.ee')}
Mart Kask — ${phone('+372 5629 1047')}`),

  rec('chat_ko_patient2', f`판독 결과 설명서를 환자용으로 쉽게 써 주세요. 환자 정보: 박서연, 생년월일 ${v('pii.date_of_birth', '1975.04.18')}, 연락처 ${phone('010-2278-9314', 'KR')}. 소견: 우측 폐 상엽 6mm 간유리 결절, 12개월 추적 권고.`),
];
