/**
 * Held-out batch 144: personal data in poison-centre call notes, passenger manifests, storage
 * tenancy files, shipyard HR, parish registers and safeguarding, and seller-verification (KYC)
 * cases. Hand-written, many languages.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH144_PII: DraftRecord[] = [
  rec('call_note_fr', f`Fiche d'appel – Centre antipoison
Appelant : M. Kévin Laurent (père), tél. ${phone('06 42 18 73 95', 'FR')}
Patient : Léa Laurent, née le ${v('pii.date_of_birth', '03/09/2021')}, 14 kg
Exposition : ingestion de 2 à 3 pastilles de lave-vaisselle, vers 18h10
Conduite : rinçage bouche, surveillance à domicile, rappel à 20h

Peux-tu reformuler la conduite à tenir en termes simples pour un SMS aux parents ?`),

  rec('protokoll_de', f`Bitte fasse dieses Giftnotruf-Protokoll für die Übergabe an die Spätschicht zusammen:
Anrufer: Hausarzt Dr. Peters, Rückruf ${phone('030 61284793', 'DE')}
Patientin: Helga Brandt, geb. ${v('pii.date_of_birth', '17.11.1943')}, 58 kg
Verdacht: Digitoxin-Überdosierung (Tabletten doppelt eingenommen seit ca. 5 Tagen)
Symptome: Übelkeit, Gelbsehen, HF 48/min
Empfehlung: Einweisung, Spiegel, EKG`),

  rec('scheda_it', f`Scheda consulenza Centro Antiveleni
Paziente: Giulia Bianchi, nata il ${v('pii.date_of_birth', '7 dicembre 1982')} a Roma
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCGLI82T47H501I')}
Recapito: ${phone('+39 347 218 5903')}
Esposizione: inalazione vapori candeggina + acido muriatico, pulizie domestiche

Mi scrivi la lettera di dimissione per il medico curante, tono professionale?`),

  rec('contrato_es', f`Hola, revisa que no falte nada en la ficha del nuevo inquilino antes de imprimir el contrato del trastero:
Nombre: Sergio Navarro Pons
DNI: ${v('pii.es_dni', '48271936L')}
Teléfono: ${phone('612 48 37 91', 'ES')}
Correo: ${v('pii.email', 'sergio.navarro.pons@correo.example.es')}
Trastero: 3,5 m² (planta -1, nº 118), desde el 01/04/2025`),

  rec('kyc_es_mx', f`Caso de verificación de vendedor MX-20418
Nombre: Adriana Fuentes Salgado
Fecha de nacimiento: ${v('pii.date_of_birth', '22/05/1990')}
Pasaporte: ${v('pii.passport', 'G48271936')}
Celular: ${phone('+52 55 4183 2796')}
El nombre en el pasaporte trae "Adriana F. Salgado" y en la cuenta bancaria "Adriana Fuentes S.". ¿Lo apruebo o pido otro documento? Dame criterios.`),

  rec('kyc_nl', f`Een verkoper heeft een scan van zijn paspoort gestuurd voor de verificatie. Op de scan staat ook zijn BSN. Moeten we dat zwartmaken voordat we het opslaan?
Naam: Thijs van den Berg
Paspoortnummer: ${v('pii.passport', 'NP4K82JT1')}
BSN: ${v('pii.nl_bsn', '274193802')}
Geboortedatum: ${v('pii.date_of_birth', '11-02-1987')}`),

  rec('kyc_pt_br', f`Me ajuda a escrever a resposta pro vendedor? Os dados que ele mandou:
Nome: Camila Rocha Teixeira
CPF: ${v('pii.br_cpf', '730.194.862-03')}
Data de nascimento: ${v('pii.date_of_birth', '04/08/1995')}
Celular/WhatsApp: ${phone('(11) 98247-3610', 'BR')}
O CPF tá como "pendente de regularização" na Receita, então não dá pra liberar os repasses ainda.`),

  rec('kyc_en_in', f`Seller KYC escalation — please draft a polite rejection mail.
Seller: Sri Lakshmi Handlooms (Ms. R. Venkatesan)
Aadhaar: ${v('pii.in_aadhaar', '5827 4619 3088')}
DOB: ${v('pii.date_of_birth', '19-06-1978')}
Mobile: ${phone('+91 98204 18273')}
Reason: PAN name doesn't match Aadhaar name, GSTIN belongs to a different proprietor.`),

  rec('safeguarding_en_gb', f`Safeguarding office — new volunteer (youth choir, St Anne's). Please check the form is complete before I start the DBS application:
Full name: Rebecca Louise Hartley
Date of birth: ${v('pii.date_of_birth', '23 March 1991')}
NI number: ${v('pii.uk_nino', 'JT 48 27 19 C')}
Address: 14 Chapel Lane, Ludlow SY8 1DX
Mobile: ${phone('07818 482730', 'GB')}
Email: ${v('pii.email', 'becky.hartley91@mailbox.example.co.uk')}
Role: choir assistant (regulated activity with children)`),

  rec('referral_en_gb', f`Can you tidy this referral into a proper letter to the toxicology clinic?

Re: Mr Daniel Okafor, NHS no. ${v('pii.uk_nhs_number', '482 719 3053')}, DOB ${v('pii.date_of_birth', '02/10/1969')}
Chronic lead exposure suspected (hobby: casting fishing weights at home). Blood lead 1.9 µmol/L. GP: Dr A. Shah, tel ${phone('020 3874 1192', 'GB')}.`),

  rec('rental_app_en_us', f`A tenant applying for a climate-controlled unit filled out the old credit-check form. Do we even need all this? Here's what she gave:
Name: Tamika Johnson
SSN: ${v('pii.us_ssn', '512-48-7391')}
Date of birth: ${v('pii.date_of_birth', '08/14/1986')}
Phone: ${phone('(707) 418-2957', 'US')}
Write a note for the manager explaining why we should stop collecting SSNs for storage rentals.`),

  rec('bapteme_fr_ca', f`Bonjour, une paroissienne demande un extrait de baptême pour son mariage. Peux-tu rédiger le certificat à partir du registre?
Nom : Marie-Ève Gagnon
Née le ${v('pii.date_of_birth', '12 juillet 1994')} à Trois-Rivières
Baptisée le 28 août 1994, paroisse Sainte-Marguerite
Parents : Luc Gagnon et Chantal Bélanger
Elle a laissé son numéro pour qu'on la rappelle : ${phone('819 372-4418', 'CA')}`),

  rec('waiver_de_at', f`Haftungsverzicht Tandemflug Gaisberg – bitte Felder prüfen:
Passagier: Lukas Hofer
Geburtsdatum: ${v('pii.date_of_birth', '30.01.2004')}
Gewicht: 82 kg
Notfallkontakt: Mutter, ${phone('+43 664 4182735')}
Vorerkrankungen: keine angegeben
Passt das so, oder fehlt bei Minderjährigen noch was? (Er ist 21, glaube ich.)`),

  rec('travel_ja', f`海上試運転（韓国・巨済）への出張者リストです。ビザ不要か確認したいので、韓国入国の要件をまとめてください。
氏名：佐藤 健一（船舶設計課）
旅券番号：${v('pii.passport', 'TK4827193')}
生年月日：${v('pii.date_of_birth', '1985年4月18日')}
携帯：${phone('090-4182-7363', 'JP')}`),

  rec('seller_ko', f`판매자 본인확인 자료인데, 생년월일이 신분증이랑 달라요. 판매자에게 보낼 안내문 써 주세요.
이름: 김서연
생년월일: ${v('pii.date_of_birth', '1992년 9월 3일')}
연락처: ${phone('010-4182-7363', 'KR')}
이메일: ${v('pii.email', 'seoyeon.kim92@mail.example.kr')}`),

  rec('manifest_zh', f`帮我把这份热气球乘客名单整理成表格，按航班分组：
1. 王磊 护照号 ${v('pii.passport', 'E48271936')} 出生日期 ${v('pii.date_of_birth', '1988-03-15')} 体重 75kg
2. 刘芳 护照号 ${v('pii.passport', 'E73019485')} 出生日期 ${v('pii.date_of_birth', '1990-11-02')} 体重 52kg
联系人电话：${phone('138 1048 2736', 'CN')}`),

  rec('manifest_ar_eg', f`محتاج أعمل جدول للركاب في رحلة البالون بكرة الصبح في الأقصر:
- محمد عبد الرحمن – جواز سفر ${v('pii.passport', 'A28374615')} – موبايل ${phone('010 0418 2736', 'EG')}
- سارة إبراهيم – جواز سفر ${v('pii.passport', 'A31947268')} – موبايل ${phone('0122 418 2739', 'EG')}
رتبهم حسب الوزن عشان توزيع السلة.`),

  rec('hr_ru', f`Нужно оформить командировку инженера-конструктора на приёмку судна. Составь служебную записку:
ФИО: Смирнов Андрей Викторович
Дата рождения: ${v('pii.date_of_birth', '14.02.1980')}
Загранпаспорт: ${v('pii.passport', '75 4827193')}
Телефон: ${phone('+7 916 418-27-63')}`),

  rec('register_uk', f`Допоможіть скласти довідку з метричної книги парафії:
Хрещення: Ковальчук Оксана Петрівна, дата народження ${v('pii.date_of_birth', '5 травня 2001')}, хрещена 20 травня 2001 р.
Батьки: Петро та Марія Ковальчук
Контакт для зв'язку: ${phone('+380 67 418 2736')}`),

  rec('tenant_pl', f`Napisz proszę przypomnienie o zaległej płatności do najemcy boksu 42 w Gdańsku:
Najemca: Tomasz Wiśniewski
Tel.: ${phone('512 483 719', 'PL')}
E-mail: ${v('pii.email', 'tomasz.wisniewski@poczta.example.pl')}
Data urodzenia: ${v('pii.date_of_birth', '9.06.1975')} (z umowy)
Zaległość: 2 miesiące, 780 zł`),

  rec('poison_cs', f`Zápis z toxikologické linky, potřebuji z toho stručnou zprávu pro pediatra:
Dítě: Matyáš Novák, datum narození ${v('pii.date_of_birth', '18. 2. 2022')}
Volající: matka, tel. ${phone('603 418 275', 'CZ')}
Požito: asi 5 tablet paracetamolu 500 mg, 13 kg, před 40 min`),

  rec('pilot_tr', f`Yeni balon pilotunun SHGM lisans başvuru dosyasını kontrol eder misin?
Ad Soyad: Emre Kaya
Doğum tarihi: ${v('pii.date_of_birth', '21.08.1989')}
Pasaport no: ${v('pii.passport', 'U48271936')}
Cep: ${phone('0532 418 27 63', 'TR')}
E-posta: ${v('pii.email', 'emre.kaya@balon.example.com.tr')}`),

  rec('paraglide_el', f`Στοιχεία επιβάτη για πτήση διθέσιου αλεξίπτωτου – χρειάζομαι να τα περάσω στο ασφαλιστικό:
Όνομα: Νίκος Παπαδόπουλος
Ημερομηνία γέννησης: ${v('pii.date_of_birth', '12/04/1996')}
Αριθμός διαβατηρίου: ${v('pii.passport', 'AK4827193')}
Κινητό: ${phone('694 418 2736', 'GR')}`),

  rec('poison_he', f`תסכם לי את השיחה למוקד הרעלות בשביל הרופא התורן:
המטופל: יונתן לוי, תאריך לידה ${v('pii.date_of_birth', '3.7.2019')}
ההורה בטלפון: ${phone('052-418-2736', 'IL')}
בלע כמות לא ידועה של שמן אקליפטוס לפני כחצי שעה, משתעל.`),

  rec('kyc_hi', f`विक्रेता सत्यापन: नीचे दी गई जानकारी से सत्यापन ईमेल का ड्राफ़्ट बनाइए।
नाम: अमित कुमार वर्मा
आधार संख्या: ${v('pii.in_aadhaar', '7392 0481 6573')}
जन्म तिथि: ${v('pii.date_of_birth', '15/01/1984')}
मोबाइल: ${phone('98765 41823', 'IN')}`),

  rec('poison_bn', f`বিষক্রিয়া তথ্যকেন্দ্রের কল নোট থেকে একটা সংক্ষিপ্ত রিপোর্ট বানিয়ে দাও:
রোগী: রাকিব হাসান, বয়স ৩৪
কীটনাশক (অর্গানোফসফেট) খাওয়ার সন্দেহ
ফোন: ${phone('01712-418273', 'BD')}
জন্ম তারিখ: ${v('pii.date_of_birth', '১২/০৩/১৯৯১')}`, 'Bengali-digit birth date next to জন্ম তারিখ: labelled as a DOB'),

  rec('tenant_th', f`ช่วยร่างอีเมลต้อนรับลูกค้าใหม่ที่เช่าห้องเก็บของสาขาลาดพร้าวหน่อยค่ะ
ชื่อ: คุณพิมพ์ชนก ศรีสุข
วันเกิด: ${v('pii.date_of_birth', '8 มีนาคม 2533')}
โทร: ${phone('081 418 2736', 'TH')}
อีเมล: ${v('pii.email', 'pimchanok.s@mail.example.co.th')}`, 'Thai Buddhist-era birth date next to วันเกิด'),

  rec('seller_vi', f`Người bán gửi thông tin để xác minh, em tóm tắt giúp chị và chỉ ra chỗ nào thiếu nhé:
Họ tên: Trần Thị Mai
Ngày sinh: ${v('pii.date_of_birth', '27/10/1993')}
Số điện thoại: ${phone('091 418 27 36', 'VN')}
Email: ${v('pii.email', 'tranthimai.shop@mail.example.vn')}`),

  rec('seller_id', f`Tolong buatkan balasan untuk penjual yang dokumennya ditolak:
Nama: Dewi Lestari
No. HP: ${phone('0812-4182-7363', 'ID')}
Email: ${v('pii.email', 'dewi.lestari.batik@mail.example.co.id')}
Alasan: foto KTP buram, selfie tidak cocok.`),

  rec('hr_fa', f`لطفاً از این اطلاعات یک نامهٔ معرفی برای دورهٔ آموزشی طراحی بدنه بنویس:
نام: مریم احمدی
تاریخ تولد: ${v('pii.date_of_birth', '۱۳۶۹/۰۵/۲۱')}
تلفن همراه: ${phone('0912 418 2736', 'IR')}
سمت: کارشناس ارشد معماری دریایی`, 'Solar Hijri birth date in Persian digits next to تاریخ تولد'),

  rec('seller_am', f`ለሻጩ የማረጋገጫ ሰነድ እንዲልክ የሚጠይቅ መልእክት ጻፍልኝ።
ስም: ሰላም ተስፋዬ
ስልክ: ${phone('+251 91 141 8273')}
ኢሜል: ${v('pii.email', 'selam.tesfaye@mail.example.et')}`),

  rec('instructor_ka', f`პარაპლანის ინსტრუქტორის ანკეტა, დაზღვევისთვის უნდა გადავამოწმოთ:
სახელი, გვარი: გიორგი ბერიძე
დაბადების თარიღი: ${v('pii.date_of_birth', '14.09.1987')}
პასპორტის ნომერი: ${v('pii.passport', '18AB48271')}
ტელეფონი: ${phone('+995 599 41 82 73')}`),

  rec('nir_fr', f`Déclaration d'accident du travail à préparer (exposition professionnelle, appel reçu au centre antipoison) :
Salarié : Mme Sophie Marchand, née le ${v('pii.date_of_birth', '14/06/1985')}
N° de sécurité sociale : ${v('pii.fr_nir', '2 85 06 75 118 042 21')}
Employeur : blanchisserie industrielle, exposition au chlore gazeux le 3 mars
Peux-tu me dire quelles rubriques du Cerfa correspondent ?`),

  rec('personalbogen_de', f`Personalbogen Minijob (Fluglehrer Gleitschirm, Saison 2025) – bitte auf Vollständigkeit prüfen:
Name: Jonas Wagner
Geburtsdatum: ${v('pii.date_of_birth', '02.05.1998')}
Steuer-ID: ${v('pii.de_steuer_id', '47281930466')}
Mobil: ${phone('0151 23847561', 'DE')}
Krankenkasse: AOK Bayern`),

  rec('contractor_es', f`Alta de subcontrata en el astillero — soldador de la empresa Naval Sur:
Nombre: Mihai Popescu
NIE: ${v('pii.es_nie', 'Y4827193J')}
Fecha de nacimiento: ${v('pii.date_of_birth', '19/03/1983')}
Móvil: ${phone('+34 655 41 82 73')}
¿Qué documentación de PRL le tengo que pedir antes de que entre en el dique?`),

  rec('payroll_en_ca', f`Payroll setup for our new balloon pilot in the Eastern Townships:
Name: Olivier Bouchard
SIN: ${v('pii.ca_sin', '527 183 941')}
DOB: ${v('pii.date_of_birth', '1990-07-22')}
Phone: ${phone('(450) 372-8814', 'CA')}
Please draft the welcome letter in both English and French.`),

  rec('json_export', f`Why does the seller profile API return the birth date as a string? Sample response:

${amb('source_code.snippet', f`{
  "seller_id": "DE-44120",
  "display_name": "Holzwerkstatt Keller",
  "owner": {
    "name": "Markus Keller",
    "email": "${v('pii.email', 'markus.keller@holzwerkstatt.example.de')}",
    "phone": "${phone('+49 171 4827193')}",
    "date_of_birth": "${v('pii.date_of_birth', '1979-12-05')}"
  },
  "kyc": { "status": "verified", "last_login_ip": "${amb('pii.ip_address', '91.48.207.33')}" }
}`)}`),

  rec('csv_tenants', f`Dedupe this tenant export from the old billing system (same person, different units):

${amb('source_code.snippet', f`unit,tenant,phone,email
A-101,Grace Miller,${phone('(503) 482-1937', 'US')},${v('pii.email', 'grace.miller@inbox.example.com')}
B-220,Grace Miller,${phone('503-482-1937', 'US')},${v('pii.email', 'gmiller.pdx@inbox.example.com')}
C-014,Owen Price,${phone('(971) 318-2746', 'US')},${v('pii.email', 'owen.price@inbox.example.com')}`)}`),

  rec('signature_nb', f`Kan du oversette e-posten min til engelsk? Den skal til rederiet.

"Hei, vedlagt er oppdaterte linjetegninger og stabilitetsberegning for nybygg 118. Gi beskjed om dere har kommentarer før fredag.

Med vennlig hilsen
Ingrid Solheim
Skipsdesigner, Prosjektavdelingen
Tlf: ${phone('+47 412 83 947')}
E-post: ${v('pii.email', 'ingrid.solheim@verft.example.no')}"`),
];
