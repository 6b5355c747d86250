/** Held-out batch 106: personal data in badge applications, health-surveillance records, payroll, translations and rescue logs. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);

export const BATCH106_PII: DraftRecord[] = [
  rec('form', f`Airside ID pass application – please check it's complete before I send it to vetting:

Surname: OKAFOR   Forenames: Chinedu Emmanuel
Date of birth: ${dob('17/08/1991')}
Nationality: British
Passport no.: ${v('pii.passport', '538271946')}  expiry 02/2031
National Insurance no.: ${v('pii.uk_nino', 'JT 48 21 93 C')}
Home phone: ${phone('0161 496 2381', 'GB')}  Mobile: ${phone('07823 415906', 'GB')}
Employer: SkyServe Catering Ltd – role: high loader driver
5-year history: gaps Jan–Apr 2022 (travelling, references attached)`),

  rec('chat_de', f`Bitte formuliere eine freundliche Ablehnung für den Antrag auf Flughafenausweis. Der Bewerber ist durch die Zuverlässigkeitsüberprüfung nach § 7 LuftSiG gefallen.
Name: Dragan Marković, geb. ${dob('03.11.1984')}
Reisepass: ${v('pii.passport', 'C9FK71LM2')}
Anschrift: Mörfelder Landstraße 212, 60598 Frankfurt
E-Mail: ${mail('d.markovic84@gmx.de')}
Keine Gründe im Schreiben nennen, nur auf das Widerspruchsrecht hinweisen.`),

  rec('csv', f`Badge holders expiring in April – can you sort by employer and draft the reminder e-mails?

${cfg(f`badge_no,name,employer,email,mobile,expires
A-20417,Priya Raman,Swissport,${mail('priya.raman@swissport-staff.example.com')},${phone('+44 7700 318 442')},2025-04-03
A-20533,Tomasz Wrona,Menzies,${mail('t.wrona@menzies-ops.example.co.uk')},${phone('+48 601 882 417')},2025-04-11
A-21098,Aisha Bello,Airport Fire Service,${mail('aisha.bello@fire.lhx-airport.example')},${phone('+44 7956 204 871')},2025-04-19`)}`),

  rec('chat_pl', f`Proszę o pomoc w napisaniu maila do Straży Granicznej z prośbą o potwierdzenie tożsamości kandydata do przepustki stałej:
Imię i nazwisko: Krzysztof Lewandowski
Data urodzenia: ${dob('22.05.1979')}
PESEL: ${ambCat('pii', '79052207318')}
Nr paszportu: ${v('pii.passport', 'EH4281937')}
Telefon: ${phone('+48 512 339 806')}`, 'PESEL has no rule in the DSL list: ambiguous PII span'),

  rec('log', f`Access control rejected a badge at gate B7, what does the error mean?

${cfg(f`2025-03-12 05:41:17.203 WARN  pacs.gate[B7] badge=A-19822 holder="Mehmet Demir" result=DENIED reason=ZONE_NOT_AUTHORISED zone=CSA-2 reader=${ip('10.44.17.88')}
2025-03-12 05:41:19.011 INFO  pacs.audit  operator=${mail('j.hartley@lhx-airport.example')} action=manual_override badge=A-19822 ws=${ip('10.44.3.12')}
2025-03-12 05:41:19.420 INFO  pacs.gate[B7] badge=A-19822 result=GRANTED override=true`)}`),

  rec('chat_ur', f`السلام علیکم، ایئرپورٹ سیکیورٹی پاس آفس سے۔ ایک درخواست گزار کی تفصیلات انگریزی میں ترجمہ کر دیں:
نام: عمران اختر
تاریخ پیدائش: ${dob('09-02-1988')}
پاسپورٹ نمبر: ${v('pii.passport', 'AB4917263')}
موبائل: ${phone('+92 301 4827 519')}`),

  rec('record', f`Health surveillance summary – noise exposure (please rewrite in plain English for the employee letter)

Employee: Gareth Pryce   DOB: ${dob('28/02/1969')}
NHS no.: ${v('pii.uk_nhs_number', '482 378 4529')}
Employer: Tŷ Gwyn Metal Pressings, press shop
Audiometry 11/03/2025: HSE category 2 (warning) – L 4 kHz 45 dB, R 4 kHz 40 dB
Outcome: inform employee, refer to GP, review hearing protection, re-test in 12 months
Contact: ${phone('01633 812745', 'GB')}`),

  rec('chat_nl', f`Kun je een uitnodiging schrijven voor het periodiek arbeidsgezondheidskundig onderzoek (PAGO)?
Werknemer: Sanne Verhoeven, geboren ${dob('12-06-1990')}
BSN: ${v('pii.nl_bsn', '201279058')}
Afdeling: lakstraat, ploegendienst B
Telefoon: ${phone('06 41825379', 'NL')}
Datum onderzoek: dinsdag 8 april, 07:30 uur, locatie bedrijfsarts Tilburg.`),

  rec('ticket', f`OH-3318 | Pre-placement medical – forklift operator
Candidate: Rahul Nair, DOB ${dob('1993-10-04')}
Aadhaar (for contractor ID): ${v('pii.in_aadhaar', '4826 0546 8914')}
Email: ${mail('rahul.nair93@rediffmail.com')}  Mobile: ${phone('+91 98451 27736')}
Vision: 6/6 both eyes, colour vision normal. BP 132/84.
Please draft the fitness certificate for the factory HR (no clinical details, just "fit"/"fit with restrictions").`),

  rec('chat_it', f`Mi scrivi una lettera per il medico competente? Dobbiamo programmare la visita periodica per un operaio esposto a solventi.
Lavoratore: Marco Rossi
Codice fiscale: ${v('pii.it_codice_fiscale', 'RSSMRC79T12F839Y')}
Nato il ${dob('12/12/1979')} a Napoli
Reparto: verniciatura, turno notte
Cell. ${phone('347 862 1904', 'IT')}`),

  rec('email_fr', f`Objet : Visite de reprise – M. Karim Haddad

Bonjour Docteur,
M. Haddad (né le ${dob('05/07/1982')}, n° de sécurité sociale ${v('pii.fr_nir', '1 82 07 75 114 218 81')}) reprend le travail le 2 avril après un arrêt de 3 mois (lombalgie). L'employeur demande une visite de reprise avant cette date.
Vous pouvez le joindre au ${phone('06 72 41 93 58', 'FR')}.

Cordialement,
Service de santé au travail interentreprises

Peux-tu raccourcir ce mail ?`),

  rec('chat_es', f`Hola, servicio de prevención ajeno. Necesito un certificado de aptitud para un trabajador de la fábrica de envases:
Nombre: Javier Moreno Díaz
DNI: ${v('pii.es_dni', '93873132N')}
Fecha de nacimiento: ${dob('19/01/1986')}
Resultado: apto con restricciones (no trabajos en altura)
¿Me lo redactas en formato carta?`),

  rec('chat_sl', f`Pozdravljeni! Sem v službi medicine dela. Prosim pomagajte mi napisati opomnik za zdravniški pregled:
Delavec: Matej Kovačič, roj. ${dob('14. 9. 1975')}
E-pošta: ${mail('matej.kovacic@siol.net')}
Tel.: ${phone('041 582 374', 'SI')}
Pregled: 15. april, ob 8:00, ambulanta v Celju.`),

  rec('spreadsheet', f`Pasted from the lung-function register, which of these are overdue (>12 months since last test)?

${cfg(f`Name\tDOB\tSite\tLast spirometry\tPhone
Liam O'Connor\t${dob('03/03/1971')}\tFoundry\t2024-01-18\t${phone('+353 87 412 9034')}
Niamh Byrne\t${dob('21/11/1988')}\tFoundry\t2024-06-02\t${phone('+353 86 230 7781')}
Tadhg Murphy\t${dob('30/07/1965')}\tSandblasting\t2023-12-11\t${phone('+353 85 917 4402')}`)}`),

  rec('payroll_us', f`New hire for one of our small clients (landscaping, 6 employees). Fill out the W-4 summary for the file:
Name: Daniel Ortiz
SSN: ${v('pii.us_ssn', '567-65-6915')}
DOB: ${dob('04/22/1996')}
Address: 1418 Mesquite Ln, El Paso, TX 79936
Phone: ${phone('(915) 482-3071', 'US')}
Filing status: single, no dependents.`),

  rec('payroll_uk', f`Starter checklist received for client Hollow Oak Joinery – please turn into the P45/starter notes:
Employee: Megan Lloyd
NI number: ${v('pii.uk_nino', 'PZ 71 40 28 B')}
DOB: ${dob('15 June 2001')}
Email: ${mail('megan.lloyd01@outlook.com')}
Statement B, student loan plan 2.`),

  rec('chat_de', f`Lohnbüro: Neuer Minijobber bei unserem Mandanten (Eiscafé). Bitte prüf, ob alles für die Anmeldung da ist:
Name: Luca Bertoni
Geburtsdatum: ${dob('08.08.2004')}
Steuer-ID: ${v('pii.de_steuer_id', '35326831071')}
Krankenkasse: AOK Bayern
Tel: ${phone('0176 48213907', 'DE')}`),

  rec('chat_pt', f`Olá! Trabalho num escritório de folha de pagamento. Um cliente contratou uma assistente:
Nome: Fernanda Souza Lima
CPF: ${v('pii.br_cpf', '837.499.567-07')}
Data de nascimento: ${dob('27/03/1994')}
E-mail: ${mail('fernanda.slima@uol.com.br')}
Celular: ${phone('(11) 98432-5176', 'BR')}
Pode montar o checklist do eSocial para a admissão?`),

  rec('chat', f`Payroll bureau in Toronto – new employee at a client's bakery, I need the TD1 reminder e-mail:
Employee: Marie-Ève Gagnon
SIN: ${v('pii.ca_sin', '616 233 128')}
DOB: ${dob('1992-02-09')}
Phone: ${phone('(416) 483-2817', 'CA')}
Personal email: ${mail('megagnon92@videotron.ca')}`),

  rec('chat_es', f`Nóminas: el cliente (una pastelería) ha contratado a una trabajadora extranjera.
Nombre: Oksana Melnyk
NIE: ${v('pii.es_nie', 'Y2350362Y')}
Nº afiliación SS: ${ambCat('pii', '28/10482937/15')}
Teléfono: ${phone('612 48 93 07', 'ES')}
Redacta el contrato de trabajo a tiempo parcial (20 h/semana) en castellano y ucraniano.`, 'Spanish social security number has no rule: ambiguous PII'),

  rec('translation', f`Please translate this Vietnamese birth certificate extract into English (certified translation order TR-5521):

GIẤY KHAI SINH
Họ và tên: NGUYỄN THỊ MAI ANH
Ngày sinh: ${dob('24/12/1998')}
Nơi sinh: Bệnh viện Phụ sản Hà Nội
Số định danh cá nhân: ${ambCat('pii', '001198014729')}
Họ tên cha: Nguyễn Văn Hùng
Họ tên mẹ: Trần Thị Lan`, 'Vietnamese personal ID number: no rule, ambiguous PII'),

  rec('translation_uk', f`Перекладіть, будь ласка, англійською для апостиля:

ДОВІДКА про несудимість
Видана: Шевченко Олені Вікторівні, ${dob('11.04.1990')} р.н.
Паспорт громадянина України для виїзду за кордон: ${v('pii.passport', 'FT482917')}
РНОКПП: ${ambCat('pii', '3291407628')}
Адреса: м. Львів, вул. Городоцька, 174, кв. 12`),

  rec('translation_fr', f`Traduction assermentée – extrait d'acte de naissance (commande 2025-0412)
Nom : BENSAÏD
Prénoms : Yasmine Nour
Née le : ${dob('2 février 1995')} à Marseille (13)
N° de sécurité sociale : ${v('pii.fr_nir', '2 95 02 13 055 184 76')}
Merci de vérifier que ma traduction anglaise ci-dessous reprend bien tous les champs.`),

  rec('chat', f`Interpreting booking for a hospital appointment, can you turn this into a confirmation SMS (Tigrinya interpreter, 30 min)?
Patient: Senait Gebremedhin, DOB ${dob('06/09/1987')}
Mobile: ${phone('07405 318 927', 'GB')}
Appointment: Thu 10 April 14:20, Fracture Clinic, Royal Gwent
Interpreter: Dawit H. (${phone('07833 604 215', 'GB')})`),

  rec('email_sq', f`Përshëndetje,
Ju lutem përktheni në anglisht të dhënat e përkthyeses së re:
Emri: Elira Hoxha
Datëlindja: ${dob('18.10.1992')}
Email: ${mail('elira.hoxha@abissnet.al')}
Tel: ${phone('+355 69 482 7315')}
Gjuhët: shqip, italisht, anglisht`),

  rec('chat_id', f`Halo, agensi penerjemah kami butuh daftar juru bahasa untuk konferensi di Jakarta. Bisa rapikan data ini jadi tabel?
- Dewi Kartika, ${mail('dewi.kartika@yahoo.co.id')}, ${phone('+62 812-7741-3098')}
- Bayu Prasetyo, ${mail('bayu.p.interpreter@gmail.com')}, ${phone('+62 813-2290-4175')}
- Rina Wulandari, ${mail('rina.wulan@penerjemah.example.id')}, ${phone('+62 857-1834-6620')}`),

  rec('chat', f`Cellar door booking list for Saturday's barrel tasting, can you make name cards? Only first names please.
Sophie Laurent – ${mail('sophie.laurent@orange.fr')} – ${phone('+33 6 48 21 93 07')}
James McAllister – ${mail('jmcallister@btinternet.com')} – ${phone('+44 7712 409 318')}
Yuki Tanaka – ${mail('yuki.tanaka.wine@docomo.ne.jp')} – ${phone('+81 90-4821-7736')}`),

  rec('crm', f`Wine club member record, he wants to cancel – write a polite retention e-mail offering a free 6-pack:

Member: Hendrik van der Merwe
Since: 2019 · Tier: Reserve
Email: ${mail('hendrik.vdm@telkomsa.net')}
Phone: ${phone('082 418 3306', 'ZA')}
DOB: ${dob('1961-11-30')} (birthday discount applied)
Last order: 2024-11-18, 12 x Chenin Blanc`),

  rec('chat_ja', f`ワイナリーの輸出担当です。日本のインポーターの担当者情報を英語の連絡先リストにしてください。
氏名：佐藤 健一
メール：${mail('k.sato@vinimport.example.co.jp')}
電話：${phone('03-6821-4397', 'JP')}
携帯：${phone('090-3418-2276', 'JP')}`),

  rec('sar_log', f`Please tidy this into a proper incident log entry for the SAR report (times UTC):

0412 Call from skipper of FV "Morning Star" (MMSI 235098761) via ${phone('+44 7801 229 413')}: taking water 12 nm W of Lundy, 4 POB.
0415 Skipper: Ian Trevelyan, DOB ${dob('02/05/1958')}, next of kin wife Carol ${phone('01271 862 304', 'GB')}.
0418 RNLI Appledore tasked, R924 Rescue helicopter tasked.
0502 Lifeboat on scene, pump transferred.
0547 Vessel under tow to Appledore.`),

  rec('chat_da', f`Hej, jeg sidder i redningskoordinationscentret. Kan du lave en kort pressemeddelelse uden personoplysninger ud fra dette?
Savnet: Mads Kjærgaard, f. ${dob('14.07.2001')}, kajakroer
Pårørende: Lone Kjærgaard, tlf. ${phone('28 41 63 97', 'DK')}
Sidst set: Hvide Sande, 16:30, grøn kajak.
Fundet i live kl. 21:12 ved Nymindegab.`),

  rec('chat_el', f`Από το κέντρο συντονισμού έρευνας και διάσωσης. Μετάφρασε στα αγγλικά για την αναφορά:
Διασωθείς: Νικόλαος Παπαδάκης, γεν. ${dob('23/03/1970')}
Τηλ. συγγενούς: ${phone('+30 694 281 7735')}
Σκάφος αναψυχής «Ευδοκία», εντοπίστηκε 6 ν.μ. νότια της Σύρου.`),

  rec('json', f`The SAR app's volunteer-callout API returns this for one volunteer, can you write a TypeScript type for it?

${cfg(f`{
  "volunteer_id": 4471,
  "name": "Tama Faleolo",
  "station": "Apia coastal rescue",
  "mobile": "${phone('+685 77 21468')}",
  "email": "${mail('tama.faleolo@samoarescue.example.ws')}",
  "dob": "${dob('1985-08-19')}",
  "qualifications": ["coxswain", "first-aid-L3"],
  "last_login_ip": "${ip('202.4.48.117')}"
}`)}`),

  rec('chat_tl', f`Hi po, taga-coast guard sub-station kami. Pakisulat ng maikling ulat sa English:
Nasagip: Rodel Santos, ${dob('12/01/1990')}, mangingisda
Contact ng pamilya: ${phone('0917 482 3591', 'PH')}
Lokasyon: 3 nm hilaga ng Batangas Port, 0640H.`),

  rec('chat_bn', f`নমস্কার, আমি একটি ছোট কোম্পানির বেতন ব্যুরোতে কাজ করি। নতুন কর্মচারীর তথ্য ইংরেজিতে অনুবাদ করে দিন:
নাম: সুমাইয়া রহমান
জন্ম তারিখ: ${dob('০৩/০৬/১৯৯৫')}
মোবাইল: ${phone('+880 1712-483906')}
ইমেইল: ${mail('sumaiya.rahman95@gmail.com')}`, 'date of birth in Bengali digits'),

  rec('chat_ta', f`வணக்கம், தொழிற்சாலை தொழில்சார் சுகாதார சேவையிலிருந்து எழுதுகிறேன். இந்த ஊழியரின் விவரங்களை ஆங்கிலத்தில் மருத்துவ சான்றிதழ் கடிதமாக மாற்றவும்:
பெயர்: முருகன் செல்வராஜ்
பிறந்த தேதி: ${dob('21/04/1983')}
ஆதார்: ${v('pii.in_aadhaar', '9715 0382 0726')}
கைபேசி: ${phone('+91 94432 18657')}
முடிவு: பணிக்கு தகுதியானவர் (உயரத்தில் வேலை தவிர)`),

  rec('chat_th', f`สวัสดีค่ะ ฝ่ายส่งออกของไร่องุ่นต้องการส่งตัวอย่างไวน์ให้ผู้นำเข้าที่กรุงเทพฯ ช่วยเขียนอีเมลภาษาอังกฤษถึงคุณสมชาย วงศ์ใหญ่ อีเมล ${mail('somchai.w@bkkwineimport.example.co.th')} โทร ${phone('+66 81 734 2956')} เรื่องวันจัดส่งให้หน่อยค่ะ`),

  rec('chat_sm', f`Talofa, o a'u o le ofisa o le laveai i le sami. Faamolemole fesoasoani e tusi se lipoti i le Igilisi:
Tagata na laveaiina: Losa Leiataua, fanau ${dob('07/03/1979')}
Telefoni a le aiga: ${phone('+685 72 48317')}
Vaa faigafaiva na mafatia i le afā i sisifo o Upolu.`),
];
