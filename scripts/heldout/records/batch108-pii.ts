/**
 * Held-out batch 108: personal data in child-protection referrals, prize-claim forms, installer
 * job sheets, cargo-claim contacts, museum courier lists and dairy-farmer registers. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const mail = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH108_PII: DraftRecord[] = [
  rec('referral_en_gb', f`Can you turn these notes into a structured safeguarding referral (MASH template)? Keep it factual.

Child: Kayden Marsh, DOB ${dob('14/02/2019')}, NHS no. ${v('pii.uk_nhs_number', '463 124 3651')}
Presented to ED 02:40 with spiral fracture L humerus, mother says fell off sofa. Delay in presentation ~14h.
Mother: Chantelle Marsh, mob ${phone('07401 657314', 'GB')}
Allocated SW: Priya Desai, ${mail('priya.desai@childrens-hosp.nhs.example.uk')}
Skeletal survey booked, police CAIT informed.`),

  rec('form_de', f`Bitte prüfe den Gewinnanspruch auf Vollständigkeit, bevor er an die Auszahlung geht:

Gewinner: Thomas Brückner
Geburtsdatum: ${dob('03.11.1968')}
Steuerliche Identifikationsnummer: ${v('pii.de_steuer_id', '16530419273')}
Anschrift: Lindenstraße 14, 09111 Chemnitz
Telefon: ${phone('01515 8454466', 'DE')}
Gewinnklasse 2, Betrag 84.112,30 €`),

  rec('form_it', f`Modulo di riscossione vincita superiore a 10.000 €. Mi aiuti a scrivere la lettera di accompagnamento?
Vincitore: Giulia Bianchi
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCGLI84C12H501M')}
Nata il ${dob('12/03/1984')} a Roma
Cellulare: ${phone('+39 312 353 1343')}
Documento: carta d'identità CA 48213 KL`),

  rec('chat_fr', f`Bonjour, un gagnant nous a envoyé son dossier par e-mail. Peux-tu vérifier qu'il ne manque rien avant la mise en paiement ?
M. Julien Perrot, né le ${dob('27 mars 1973')}
N° sécurité sociale : ${v('pii.fr_nir', '1 00 02 73 117 711 95')}
Courriel : ${mail('julien.perrot73@orange.fr')}
Tél. : ${phone('06 67 29 57 43', 'FR')}`, 'NIR written with spaces; first digit 1, year 00, month 02'),

  rec('chat_es', f`Necesito redactar la carta de aceptación del premio. Datos del ganador: Alejandro Martín Sanz, DNI ${v('pii.es_dni', '47572570Z')}, teléfono ${phone('612 25 50 63', 'ES')}. Su esposa, Ioana Popescu, figura como cotitular con NIE ${v('pii.es_nie', 'X8017748V')}.`),

  rec('chat_pt_br', f`Oi, preciso montar o termo de recebimento do prêmio. Ganhador: Rafael Nogueira, CPF ${v('pii.br_cpf', '754.164.235-52')}, nascido em ${dob('09/08/1991')}, celular ${phone('(11) 96788-0214', 'BR')}, e-mail ${mail('rafa.nogueira91@uol.com.br')}.`),

  rec('chat_hi_en', f`Sir, ek winner ka KYC pending hai. Naam: Sunita Ramesh Patil, Aadhaar ${v('pii.in_aadhaar', '4013 6779 7196')}, mobile ${phone('+91 83458 47944')}. Prize ₹5,00,000, TDS 30%. Please draft SMS in Marathi and English telling her to bring original Aadhaar to the claims office.`),

  rec('chat_nl', f`Kun je een bevestigingsbrief maken voor de prijswinnaar? Gegevens: mevrouw Fatima El Amrani, BSN ${v('pii.nl_bsn', '366226551')}, geboren ${dob('21-06-1979')}, tel. ${phone('06 12422346', 'NL')}. Prijs: € 250.000, uitbetaling in januari.`),

  rec('chat_fr_2', f`Bonjour, pourriez-vous rédiger l'avis de gain pour M. Étienne Gagnon? NAS ${v('pii.ca_sin', '388 695 710')}, courriel ${mail('etienne.gagnon@videotron.ca')}. Le lot est de 75 000 $ et il réside à Trois-Rivières.`),

  rec('chat_en_us', f`Prize claim for $1,200 requires a W-2G. Winner's details:
Name: Marisol Vega
SSN: ${v('pii.us_ssn', '582-24-6803')}
DOB: ${dob('07/19/1987')}
Phone: ${phone('(201) 415-3601', 'US')}
Please write the cover note explaining the withholding.`),

  rec('chat_en_gb_nino', f`Child protection conference invite for Tuesday — can you reword it so the father understands why he's invited? His details from the referral: Lee Hargreaves, NI number ${v('pii.uk_nino', 'JT 30 58 06 D')}, phone ${phone('07938 942345', 'GB')}, address 22 Tannery Row, Bradford.`),

  rec('chat_cy', f`Allwch chi gyfieithu'r nodyn yma i'r Saesneg? "Mae Mrs Eleri Pritchard (dyddiad geni ${dob('02/09/1955')}) yn nain i'r plentyn ac wedi cynnig gofal. Rhif ffôn: ${phone('07406 804468', 'GB')}. E-bost: ${mail('eleri.pritchard@btinternet.com')}."`),

  rec('csv_installs', f`Plan tomorrow's installer routes around Darwin by suburb please:

${cfg(f`job_id,customer,phone,address,window
SAT-40177,Brendan O'Loughlin,${phone('0412 298 261', 'AU')},14 Stuart Hwy Berrimah,08-10
SAT-40181,Leilani Tupou,${phone('0486 643 641', 'AU')},7 Kalymnos Ct Leanyer,10-12
SAT-40190,Aunty Joan Murray,${phone('+61 412 448 684')},Lot 3 Cox Peninsula Rd,13-16`)}`),

  rec('claim_contact_ja', f`貨物損害の請求者情報です。英語で確認メールを作ってください。
請求者：株式会社ミナト物産 担当 佐藤 健一
電話：${phone('090-1428-8269', 'JP')}
メール：${mail('k.sato@minato-bussan.co.jp')}
B/L番号：ONEYTYOD2291740`),

  rec('chat_ko', f`화물 손해 청구인 연락처 정리 부탁드립니다: 김민지 과장 ${phone('010-2168-0969', 'KR')}, ${mail('minji.kim@hanbada-logis.co.kr')}. 사고일 2024년 11월 28일, 부산항 하역 중 파손.`),

  rec('chat_zh_tw', f`請幫我把這段改成正式的借展聯絡人資料：押運員 林志明，護照號碼 ${v('pii.passport', '312847659')}，手機 ${phone('0912 445 810', 'TW')}，出生日期 ${dob('1982年5月17日')}。`),

  rec('courier_list', f`Museum courier roster for the Vermeer loan, please make a table (name, passport, flight):

- Dr. Annelies Vos, passport ${v('pii.passport', 'NW8K42LP1')}, KL1007 AMS–LHR 14 Jan
- Jonas Eklund, passport ${v('pii.passport', '91284736')}, SK1527 ARN–LHR 14 Jan
- Mariam Haddad, passport ${v('pii.passport', 'P2318465')}, mobile ${phone('+962 7 9015 3133')}`),

  rec('chat_tl', f`Pakisulat ng maikling mensahe sa customer na na-reschedule ang installation ng satellite dish niya. Pangalan: Ma. Cristina Dela Cruz, numero ${phone('0905 516 5026', 'PH')}, email ${mail('cristina.delacruz@yahoo.com.ph')}. Bagong schedule: Huwebes, 9-11 AM.`),

  rec('chat_sw', f`Tafadhali andika ujumbe mfupi kwa mfugaji: Bw. Juma Mwakalinga, simu ${phone('0712 801141', 'KE')}, kwamba sampuli ya maziwa yake ya tarehe 3 Desemba ilikuwa na bakteria nyingi na malipo yatapunguzwa.`),

  rec('chat_en_ng', f`Abeg help me write a warm message to the winner's family. Winner: Mr. Oluwaseun Adebayo, tel ${phone('0816 017 7220', 'NG')}, email ${mail('seun.adebayo@gmail.com')}. He won the Saturday jackpot, claim appointment Monday 10am at the Ikeja office.`),

  rec('chat_en_za', f`Hi, please draft a callback note for the NOC: customer Thandiwe Nkosi, ${phone('071 172 8692', 'ZA')}, terminal ST-51209 near Mthatha, outage since Sunday, says the dish moved in the storm.`),

  rec('chat_am', f`እባክህ ይህንን ለወተት ማህበሩ አባላት መልዕክት አስተካክልልኝ፦ አቶ ታደሰ በቀለ፣ ስልክ ${phone('091 123 0951', 'ET')}፣ የወተት ክፍያዎ ለታህሳስ ወር ዘግይቷል።`),

  rec('chat_hy', f`Բարև, կարո՞ղ ես գրել կարճ նամակ թանգարանի փոխառու կողմին։ Մեր ներկայացուցիչը՝ Անի Գրիգորյան, հեռ. ${phone('077 486737', 'AM')}, էլ. փոստ ${mail('ani.grigoryan@museum-registrar.am')}։`),

  rec('chat_ru', f`Привет, данные нового члена молочного кооператива: Дилшод Каримов, дата рождения ${dob('15.04.1977')}, телефон ${phone('+998 93 963 78 09')}. Напиши ему, пожалуйста, приветственное письмо.`),

  rec('chat_bg', f`Здравей, моля напиши писмо до собственика на пратката: г-жа Десислава Петрова, тел. ${phone('+359 43 035 283')}, имейл ${mail('d.petrova@abv.bg')}, че щетата по контейнера е приета и оценителят ще се свърже с нея.`),

  rec('chat_da', f`Hej, kan du skrive en kort besked til mælkeproducenten? Niels Kristensen, CPR ${ambCat('pii', '120376-1143')}, tlf. ${phone('34 87 90 89', 'DK')}. Hans tankprøve fra uge 49 havde for højt celletal.`, 'Danish CPR number: personal, no built-in rule claims it'),

  rec('chat_is', f`Halló, getur þú skrifað stutt skilaboð til uppsetningarmanns? Viðskiptavinur: Guðrún Sigurðardóttir, sími ${phone('613 2237', 'IS')}, kennitala ${ambCat('pii', '170465-2399')}. Diskurinn er á sveitabæ nálægt Egilsstöðum.`, 'Icelandic kennitala: no built-in rule claims it'),

  rec('log_json', f`${cfg(f`{"ts":"2024-12-10T07:22:41Z","svc":"claims-portal","event":"login_failed","user":"${mail('anna.schroeder@web.de')}","reason":"otp_mismatch","ip":"${amb('pii.ip_address', '91.64.203.17')}","ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"}`)}
Why would the OTP mismatch if she typed it right away? Time drift?`),

  rec('chat_cs', f`Ahoj, prosím tě o krátký e-mail pro zákazníka: Petr Horák, ${phone('602 279 465', 'CZ')}, ${mail('petr.horak@seznam.cz')}. Technik přijde ve čtvrtek nastavit satelitní terminál, ať je doma od 8:00.`),

  rec('chat_hi', f`नमस्ते, कृपया इस ग्राहक के लिए छोटा संदेश लिखें: राम बहादुर थापा, फ़ोन ${phone('984-3899038', 'NP')}, उनका सैटेलाइट इंटरनेट कनेक्शन गुरुवार को लगेगा।`),

  rec('chat_ta_2', f`வணக்கம், பால் கூட்டுறவுச் சங்க உறுப்பினர் சுனில் பெரேரா (தொலைபேசி ${phone('071 220 4977', 'LK')}) அவர்களுக்கு பணம் செலுத்துவது தாமதமானதைத் தெரிவிக்கும் ஒரு சிறு செய்தி எழுதுங்கள்.`),

  rec('chat', f`Salaam, please write a short letter for this prize winner: Muhammad Irfan, phone ${phone('0301 1419148', 'PK')}, email ${mail('m.irfan1984@gmail.com')}. He should collect the prize from the claims office on Monday with his original CNIC.`),

  rec('chat_sm', f`Talofa, fesoasoani mai e tusi se feʻau i le tagata faʻatau: Sione Faleolo, telefoni ${phone('72 91057', 'WS')}, o le a alu atu le tekinisia i le Aso Lua e faʻapipiʻi le ipu satelite.`),

  rec('chat_en', f`Bula! Pls help write a short SMS for the customer in Savusavu: Mere Vakaloloma, ${phone('706 8201', 'FJ')}. Tell her the installer is coming Friday and the dish needs clear view to the north-east.`),

  rec('hr_note_en_nz', f`Summarise this for the child-protection team lead — keep the DOBs, they're needed for the conference:
Siblings: Tama Ngata (DOB ${dob('03/05/2015')}) and Aroha Ngata (DOB ${dob('22/11/2017')})
Caregiver: nan, Mereana Ngata, ${phone('021 130 6389', 'NZ')}
School nurse raised concern re unexplained bruising on 6 Dec.`),

  rec('vcard', f`${cfg(f`BEGIN:VCARD
VERSION:3.0
FN:Olena Kovalchuk
ORG:Cargo Claims Desk
TEL;TYPE=CELL:${phone('+380 50 195 3644')}
EMAIL:${mail('olena.kovalchuk@cargo-claims.example')}
END:VCARD`)}
Can you convert this vCard to a CSV row for Outlook import?`),

  rec('chat_es_2', f`Hola, ¿puedes redactar un mensaje para la familia? La niña, Laia Puig, nacida el ${dob('8 de enero de 2016')}, ha sido ingresada y la trabajadora social quiere hablar con el padre, Jordi Puig, ${phone('667 07 41 56', 'ES')}.`),
];
