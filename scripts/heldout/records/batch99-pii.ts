/** Held-out batch 99: personal data — learner drivers, biobank donors, seafarers, esports players, mill staff and survey respondents. Hand-written. */
import { luhnCheckDigit, nhsCheckDigit, verhoeffCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const aadhaar = (p11: string): string => {
  const d = p11 + String(verhoeffCheckDigit(p11));
  return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`;
};
const nhs = (p9: string): string => {
  const d = p9 + String(nhsCheckDigit(p9));
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
};
const cpf = (p9: string): string => {
  const ds = p9.split('').map(Number);
  for (const n of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += (ds[i] as number) * (n + 1 - i);
    const r = (sum * 10) % 11;
    ds.push(r === 10 ? 0 : r);
  }
  const s = ds.join('');
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
};
const DNI_L = 'TRWAGMYFPDXBNJZSQVHLCKE';
const dni = (n8: string): string => n8 + DNI_L[Number(n8) % 23];
const nie = (x: 'X' | 'Y' | 'Z', n7: string): string => `${x}${n7}${DNI_L[Number(String('XYZ'.indexOf(x)) + n7) % 23]}`;
const nir = (body13: string): string => {
  const key = String(97n - (BigInt(body13) % 97n)).padStart(2, '0');
  return `${body13[0]} ${body13.slice(1, 3)} ${body13.slice(3, 5)} ${body13.slice(5, 7)} ${body13.slice(7, 10)} ${body13.slice(10, 13)} ${key}`;
};
const bsn = (p8: string): string => {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(p8[i]) * (9 - i);
  return p8 + String(sum % 11);
};
const sin = (p8: string): string => {
  const d = p8 + String(luhnCheckDigit(p8));
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
};

export const BATCH99_PII: DraftRecord[] = [
  rec('ticket_en_cy', f`Ticket #DS-20931 — Theory test booking failed
Pupil: Rhys Pritchard
Email: ${v('pii.email', 'rhys.pritchard07@btinternet.com')}
Mobile: ${phone('07831 462918', 'GB')}
Provisional licence no.: ${ambCat('pii', 'PRITC803157RJ9XY')}
DOB: ${v('pii.date_of_birth', '15/03/2007')}
National Insurance: ${v('pii.uk_nino', 'JT 48 21 93 C')}

"I tried to book my theory test and it says my details don't match DVLA. Can someone ring me after 4pm?"

Draft a reply in English and Welsh.`),

  rec('biobank_consent', f`Biobank consent log (extract) — please check which donors withdrew and summarise:

donor_id | name | NHS no. | DOB | status
BB-22814 | Margaret Oyelaran | ${v('pii.uk_nhs_number', nhs('943476512'))} | ${v('pii.date_of_birth', '1951-09-02')} | consented
BB-22815 | Dilip Chauhan | ${v('pii.uk_nhs_number', nhs('485777303'))} | ${v('pii.date_of_birth', '1967-01-28')} | withdrawn 2025-01-14
BB-22816 | Fiona McAllister | ${v('pii.uk_nhs_number', nhs('401023218'))} | ${v('pii.date_of_birth', '1979-12-11')} | consented (no genomic)`),

  rec('chat_es_es', f`Hola, tengo que dar de alta a un nuevo profesor de la autoescuela en la Seguridad Social. Datos:
Nombre: Álvaro Quintana Ruiz
DNI: ${v('pii.es_dni', dni('48213975'))}
Fecha de nacimiento: ${v('pii.date_of_birth', '4 de junio de 1988')}
Teléfono: ${phone('612 48 93 27', 'ES')}
Correo: ${v('pii.email', 'alvaro.quintana.ruiz@gmail.com')}
Y una alumna extranjera con NIE ${v('pii.es_nie', nie('Y', '4827163'))}. ¿Qué documentos necesito de cada uno?`),

  rec('crew_list', f`P&I claim PI-2025-0391 — crew list for the injury report (MV Santa Teresa, Manila crewing agency). Please format as a table:

1. Capt. Ramon Dela Cruz — passport ${v('pii.passport', 'P4827193A')} — born ${v('pii.date_of_birth', '1972-05-19')} — ${phone('+63 917 482 3916')}
2. 2/O Jomar Villanueva — passport ${v('pii.passport', 'P6103847B')} — born ${v('pii.date_of_birth', '1990-11-03')} — injured, hospitalised in Santos
3. AB Vasyl Kovalenko — passport ${v('pii.passport', 'FE482917')} — born ${v('pii.date_of_birth', '1985-02-27')} — ${phone('+380 67 482 1937')}`),

  rec('chat_pt_br', f`Oi! Um jogador do nosso campeonato de Valorant precisa ser cadastrado para receber o prêmio. Dados que ele mandou:
Nome: Lucas Henrique Farias
CPF: ${v('pii.br_cpf', cpf('529817346'))}
Nascimento: ${v('pii.date_of_birth', '22/08/2004')}
WhatsApp: ${phone('+55 21 98734-6120')}
E-mail: ${v('pii.email', 'lucas.hfarias@outlook.com.br')}
Ele é maior de idade? Preciso de autorização dos pais?`),

  rec('survey_form_hi', f`राष्ट्रीय सांख्यिकी कार्यालय – घरेलू सर्वेक्षण, फॉर्म HH-2
उत्तरदाता: सुनीता देवी
आधार: ${v('pii.in_aadhaar', aadhaar('48271936501'))}
मोबाइल: ${phone('+91 98371 46205')}
जन्म तिथि: ${v('pii.date_of_birth', '12-07-1983')}
परिवार के सदस्य: 5

कृपया इस प्रविष्टि को अंग्रेज़ी में सारांशित करें और जाँचें कि कोई फ़ील्ड छूटा तो नहीं।`),

  rec('chat_fr_fr', f`Bonjour, pouvez-vous rédiger une attestation de formation pour un élève de notre auto-école ? Informations :
M. Kevin Lemaire, né le ${v('pii.date_of_birth', '9 février 2005')} à Lille
N° de sécurité sociale : ${v('pii.fr_nir', nir('1050259350123'))}
Numéro NEPH : 250459012345
Téléphone : ${phone('06 47 82 19 36', 'FR')}
Formation : 20 h de conduite, examen le 18 mars.`),

  rec('hr_nl', f`Onboarding nieuwe laborant biobank – graag een welkomstmail opstellen.
Naam: Sanne de Vries
BSN: ${v('pii.nl_bsn', bsn('23794015'))}
Geboortedatum: ${v('pii.date_of_birth', '03-10-1996')}
Telefoon: ${phone('+31 6 38472915')}
Privé-e-mail: ${v('pii.email', 'sanne.devries96@ziggo.nl')}
Startdatum: 1 april, afdeling Biobank & Weefselopslag`),

  rec('chat_en_us', f`Hey, can you help me write an email to a player whose W-9 we need for the $5,000 prize? Here's what he sent us:
Name: Tyler Brooks
SSN: ${v('pii.us_ssn', '412-68-3091')}
Address: 2214 Maple Ridge Dr, Columbus, OH 43215
Phone: ${phone('(614) 382-7745', 'US')}
He typed it in the Discord DM which I know is bad. Also tell him we'll delete the message.`),

  rec('chat_en_ca', f`Quick one: the paper mill's new shift lead in Thunder Bay needs to be set up in payroll. Name: Marc-André Tremblay, SIN ${v('pii.ca_sin', sin('13627485'))}, DOB ${v('pii.date_of_birth', '1984-06-30')}, cell ${phone('(807) 624-3918', 'CA')}. Write the HR welcome note, don't repeat the SIN in it.`),

  rec('csv_learners', f`Driving school export (Auckland branch) — please dedupe by email:

first,last,email,phone,licence_stage
Aroha,Ngata,${v('pii.email', 'aroha.ngata@xtra.co.nz')},${phone('021 483 9172', 'NZ')},learner
Liam,Fong,${v('pii.email', 'liamfong2008@gmail.com')},${phone('022 194 8376', 'NZ')},restricted
Aroha,Ngata,${v('pii.email', 'aroha.ngata@xtra.co.nz')},${phone('021 483 9172', 'NZ')},learner
Sione,Taufa,${v('pii.email', 'sione.t@hotmail.co.nz')},${phone('027 348 1927', 'NZ')},learner`),

  rec('chat_de', f`Kannst du mir helfen, eine Antwort an einen Biobank-Spender zu schreiben? Er fragt, ob seine Proben gelöscht wurden.
Spender: Herr Wolfgang Reuter, geb. ${v('pii.date_of_birth', '17.04.1958')}
Tel.: ${phone('0171 4839275', 'DE')}
E-Mail: ${v('pii.email', 'w.reuter58@t-online.de')}
Probe-IDs: SR-1048-A bis SR-1048-F`),

  rec('chat_it', f`Ciao, un allievo della scuola guida mi ha mandato i suoi dati per l'iscrizione all'esame di teoria:
Giulia Marchetti, nata il ${v('pii.date_of_birth', '30/01/2007')} a Bologna
cellulare ${phone('+39 347 829 1643')}
email ${v('pii.email', 'giuli.marchetti07@libero.it')}
Mi prepari la lista dei documenti mancanti?`),

  rec('chat_tr', f`Merhaba, sürücü kursuna yeni kayıt. Kursiyer: Elif Yıldırım, doğum tarihi ${v('pii.date_of_birth', '14.09.2006')}, telefon ${phone('+90 532 418 27 93')}, e-posta ${v('pii.email', 'elifyildirim06@gmail.com')}. 18 yaşını doldurmadan B sınıfı sınavına girebilir mi?`),

  rec('chat_pl', f`Cześć, ankieter z terenu zgłosił, że respondentka prosi o kontakt w sprawie usunięcia danych z badania budżetów gospodarstw domowych. Jej dane: Halina Wiśniewska, tel. ${phone('+48 512 384 917')}, mail ${v('pii.email', 'h.wisniewska@wp.pl')}. Napisz odpowiedź zgodną z RODO.`),

  rec('chat_ru_kz', f`Здравствуйте! Участник нашего турнира по Dota 2 из Алматы просит визовое приглашение на финал в Варшаве. Данные: Ержан Нурланов, дата рождения ${v('pii.date_of_birth', '03.05.2001')}, паспорт ${v('pii.passport', 'N14829371')}, телефон ${phone('+7 701 482 9316')}. Составьте письмо-приглашение на английском.`),

  rec('chat_ko', f`e스포츠 대회 선수 등록 확인 부탁드립니다. 선수: 김민준, 생년월일 ${v('pii.date_of_birth', '2003년 11월 7일')}, 연락처 ${phone('010-4827-3916', 'KR')}, 이메일 ${v('pii.email', 'minjun.kim03@naver.com')}. 미성년자인지 확인하고 안내 메일을 써 주세요.`),

  rec('chat_ja', f`アンケート調査員からの報告です。回答者の連絡先を整理してください。
山田 花子 電話 ${phone('090-4827-1936', 'JP')} メール ${v('pii.email', 'hanako.yamada@docomo.ne.jp')}
佐藤 健一 電話 ${phone('080-3917-2846', 'JP')} 生年月日 ${v('pii.date_of_birth', '1962年4月18日')}`),

  rec('log_line', f`Esports platform auth log — why is this user locked out?

2025-03-14T19:42:11Z WARN login_failed user=${v('pii.email', 'kaito.speedrun@protonmail.com')} ip=${amb('pii.ip_address', '203.0.113.77')} attempts=5
2025-03-14T19:42:58Z WARN account_locked user=${v('pii.email', 'kaito.speedrun@protonmail.com')} ip=${amb('pii.ip_address', '203.0.113.77')} reason=too_many_attempts
2025-03-14T19:45:03Z INFO password_reset_requested user=${v('pii.email', 'kaito.speedrun@protonmail.com')}`),

  rec('signature_sw', f`Tafadhali nisaidie kujibu barua hii kwa Kiingereza:

"Habari, mimi ni mhojaji wa utafiti wa kaya, Kaunti ya Kisumu. Kompyuta kibao yangu imeibiwa pamoja na majibu ya kaya 14. Nifanye nini?

Asante,
Achieng Otieno
Mhojaji, Ofisi ya Takwimu
Simu: ${phone('+254 712 483 916')}
Barua pepe: ${v('pii.email', 'achieng.otieno@takwimu-field.go.ke')}"`),

  rec('chat_el', f`Γεια, για την ασφαλιστική απαίτηση P&I χρειάζομαι τα στοιχεία του τραυματισμένου ναυτικού: Γιώργος Παπαδάκης, γεν. ${v('pii.date_of_birth', '21/06/1987')}, κινητό ${phone('+30 694 827 1936')}, διαβατήριο ${v('pii.passport', 'AK4829173')}. Γράψε μια περίληψη για τον ανταποκριτή στη Ρότερνταμ.`),

  rec('chat_uk', f`Доброго дня! Пишу від імені автошколи у Львові. Учениця Олена Бондаренко (тел. ${phone('+380 93 482 1679')}, ел. пошта ${v('pii.email', 'olena.bondarenko@ukr.net')}) просить перенести практичне заняття. Складіть, будь ласка, ввічливу відповідь.`),

  rec('chat_ro', f`Bună, un angajat nou la fabrica de hârtie din Piatra Neamț: Andrei Munteanu, născut pe ${v('pii.date_of_birth', '8 martie 1993')}, telefon ${phone('0745 382 917', 'RO')}. Fă-mi te rog o fișă de instruire SSM.`),

  rec('chat_vi', f`Chào, nhờ bạn soạn tin nhắn nhắc lịch thi sát hạch cho học viên: Nguyễn Thị Lan, SĐT ${phone('091 234 8765', 'VN')}, email ${v('pii.email', 'lan.nguyen2005@gmail.com')}, ngày sinh ${v('pii.date_of_birth', '02/09/2005')}. Thi ngày 20/4 lúc 7 giờ sáng.`),

  rec('chat_id', f`Tolong buatkan surat keterangan untuk enumerator sensus: Budi Santoso, lahir ${v('pii.date_of_birth', '17 Agustus 1991')}, HP ${phone('0812-4839-2716', 'ID')}, email ${v('pii.email', 'budi.santoso91@yahoo.co.id')}. Wilayah tugas: Kecamatan Ngaglik, Sleman.`),

  rec('chat_th', f`ช่วยเขียนอีเมลยืนยันการลงทะเบียนทีมแข่ง eSports ให้หน่อย ผู้จัดการทีม: นายธนกร ศรีสุข โทร ${phone('081 482 9136', 'TH')} อีเมล ${v('pii.email', 'thanakorn.s@hotmail.com')}`),

  rec('chat_he', f`שלום, תורם בביובנק ביקש עותק של טופס ההסכמה שלו. פרטים: משה לוי, תאריך לידה ${v('pii.date_of_birth', '11.02.1964')}, טלפון ${phone('052-482-9163', 'IL')}. תנסח לי מכתב תשובה קצר.`),

  rec('chat_ar_dz', f`السلام عليكم، مدرسة تعليم السياقة في وهران. عندنا مترشح جديد: ياسين بن علي، تاريخ الميلاد ${v('pii.date_of_birth', '05/12/2006')}، الهاتف ${phone('0551 48 29 37', 'DZ')}. اكتب لي رسالة تأكيد التسجيل بالفرنسية.`),

  rec('chat_cs', f`Dobrý den, pro statistické šetření potřebuji napsat dopis respondentovi, který si stěžoval na tazatele. Respondent: Jan Novák, tel. ${phone('+420 604 827 193')}, e-mail ${v('pii.email', 'jan.novak1958@seznam.cz')}. Prosím o omluvný dopis.`),

  rec('chat_fi', f`Hei, paperitehtaan ympäristötarkastaja soitti. Hänen yhteystietonsa: Mikko Korhonen, puh. ${phone('040 482 9317', 'FI')}, sähköposti ${v('pii.email', 'mikko.korhonen@ely-keskus.fi')}. Laadi vastausviesti, jossa vahvistetaan tarkastuskäynti 12.5.`),

  rec('chat_en_ng_pii', f`Please help me draft a message for a biobank participant in Ibadan asking her to come for a follow-up blood draw. Her details: Mrs Folake Adeyemi, ${phone('0803 482 9167', 'NG')}, ${v('pii.email', 'folake.adeyemi@yahoo.com')}, born ${v('pii.date_of_birth', '23 October 1975')}.`),

  rec('chat_hr', f`Bok, natjecatelj u našem esports turniru traži potvrdu o sudjelovanju za fakultet. Ivan Horvat, rođen ${v('pii.date_of_birth', '19. 2. 2003.')}, mob. ${phone('091 482 7163', 'HR')}. Napiši potvrdu.`),

  rec('profile_json', f`Debugging the driving school app — why does the profile endpoint return the wrong age?

${amb('source_code.snippet', f`{
  "id": "stu_48291",
  "name": "Chloé Bernard",
  "email": "${v('pii.email', 'chloe.bernard@bluewin.ch')}",
  "phone": "${phone('+41 79 482 91 63')}",
  "birthDate": "${v('pii.date_of_birth', '2006-11-29')}",
  "category": "B",
  "lessonsTaken": 14
}`)}

She's 18 but the UI says 17.`),

  rec('chat_sv', f`Hej, kan du skriva ett sms till eleven Oskar Nilsson (${phone('070-482 91 36', 'SE')}) om att körlektionen flyttas till torsdag kl 15? Hans mamma har mejl ${v('pii.email', 'annika.nilsson@telia.com')} om du vill cc:a.`),

  rec('chat_mixed_pa', f`Sat Sri Akal ji, survey supervisor here from Ludhiana. Respondent wants data correction: Gurpreet Kaur, Aadhaar ${v('pii.in_aadhaar', aadhaar('72918364051'))}, phone ${phone('+91 94172 38461')}. Please write a short correction request in English for the HQ.`),
];
