/**
 * Held-out batch 133: personal data in EOR onboarding forms, tour manifests and waivers, cancer
 * registry linkage requests, parts-broker signatures, music-school enrolments and emergency-housing
 * intake notes, in many languages and scripts. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH133_PII: DraftRecord[] = [
  rec('hr_de', f`Bitte prüfe, ob im Personalfragebogen für die EOR-Anstellung in Deutschland noch etwas fehlt:
Name: Miriam Okafor-Lenz
Geburtsdatum: ${dob('14.02.1991')}
Steuerliche Identifikationsnummer: ${v('pii.de_steuer_id', '87614299059')}
Krankenkasse: AOK Bayern
Mobil: ${phone('0176 48291736', 'DE')}
Eintritt: 01.04.2025, Remote (München)`),

  rec('payroll_fr', f`Peux-tu vérifier la DPAE avant envoi ? Salarié porté via notre EOR :
M. Théo Garnier, né le ${dob('05/05/1988')} à Lyon
N° de sécurité sociale : ${v('pii.fr_nir', '1 88 05 99 350 217 79')}
Tél. : ${phone('+33 6 48 27 19 35')}
Début de contrat : 14/04/2025, CDI, cadre`),

  rec('chat_es', f`Redáctame el alta en la Seguridad Social para la nueva empleada en Madrid. Datos: Lucía Navarro Pérez, DNI ${v('pii.es_dni', '73920581F')}, nacida el ${dob('22/11/1994')}, móvil ${phone('+34 622 418 937')}. Su pareja (beneficiario del seguro médico) tiene NIE ${v('pii.es_nie', 'X8273941J')}.`),

  rec('form_it', f`Scheda anagrafica nuovo assunto (EOR Italia)
Cognome e nome: Fornaciari Laura
Data di nascita: ${dob('05/04/1992')}
Codice fiscale: ${v('pii.it_codice_fiscale', 'FRNLRA92D45A944U')}
Cellulare: ${phone('+39 348 729 1846')}

Puoi tradurre i campi in inglese per il cliente americano?`),

  rec('letter_nl', f`Kun je deze bevestiging korter maken?

"Beste mevrouw De Wit, via Meridia EOR bent u per 1 mei in dienst voor onze klant. Wij hebben uw burgerservicenummer (${v('pii.nl_bsn', '172839403')}) en geboortedatum (${dob('17-08-1985')}) doorgegeven aan de Belastingdienst. Vragen? Bel ${phone('+31 6 41827365')}."`),

  rec('chat', f`UK starter checklist for our client's new hire, anything missing for HMRC? Name: Priyanka Desai, NI number ${v('pii.uk_nino', 'JT 48 29 15 C')}, date of birth ${dob('03/07/1996')}, mobile ${phone('07823 418296', 'GB')}, student loan plan 2.`),

  rec('ticket', f`EOR-US onboarding ticket #4471
Worker: Marcus Delgado (Massachusetts)
SSN: ${v('pii.us_ssn', '518-27-4493')}
DOB: ${dob('09/30/1987')}
Phone: ${phone('(617) 824-3917', 'US')}
Email: ${mail('marcus.delgado87@gmail.com')}
Issue: I-9 section 2 not completed by the remote verifier.

Write a reminder to the client's HR.`),

  rec('chat_fr_ca', f`Peux-tu m'aider à remplir le formulaire TD1 pour un employé à Québec? Nom : Gabriel Tremblay-Roy, NAS ${v('pii.ca_sin', '729 483 610')}, date de naissance ${dob('1990-06-12')}, cell ${phone('(418) 692-4817', 'CA')}. Y'a-tu d'autres cases obligatoires pour le Québec (TP-1015.3)?`),

  rec('chat_en_in', f`Need to do KYC for the Pune contractor before first payout. Aadhaar ${v('pii.in_aadhaar', '7392 8104 6558')}, DOB ${dob('12-01-1993')}, mobile ${phone('+91 98450 27381')}. Is masked Aadhaar enough for the bank or do they need full?`),

  rec('chat_pt_br', f`Me ajuda a montar a ficha de admissão do prestador no Rio? Nome: Rafael Menezes Duarte, CPF ${v('pii.br_cpf', '749.201.836-31')}, data de nascimento ${dob('28/02/1989')}, celular ${phone('+55 21 99482-7316')}. Falta o PIS, posso admitir sem?`),

  rec('manifest', f`Tomorrow's snowmobile manifest, can you sort it by pickup hotel and flag anyone missing a phone?

${amb('source_code.snippet', f`name,nationality,passport,dob,phone,hotel
Hannah Müller,DE,${v('pii.passport', 'C7K4R92LM')},${dob('1986-03-14')},${phone('+49 1523 8841927')},Fosshotel Glacier Lagoon
Oliver Grant,GB,${v('pii.passport', '548203917')},${dob('1979-10-02')},${phone('+44 7823 418296')},Hotel Skaftafell
Mei Lin Chen,TW,${v('pii.passport', '312847561')},${dob('1995-07-21')},,Hali Country Hotel
Kenji Watanabe,JP,${v('pii.passport', 'TR4827391')},${dob('1990-12-05')},${phone('+81 90-4827-1936')},Fosshotel Glacier Lagoon`)}`),

  rec('waiver_ja', f`スノーモービル参加同意書の内容を英語に訳してください。

氏名：佐藤 美咲
生年月日：${dob('1998年4月3日')}
旅券番号：${v('pii.passport', 'TK8203947')}
緊急連絡先：${phone('+81 90-4827-1936')}（母）
持病：なし`),

  rec('chat_ko', f`빙하 투어 예약 고객 정보인데 영어로 정리해 주세요. 이름: 김서연, 생년월일: ${dob('1993.08.19')}, 여권번호: ${v('pii.passport', 'M48273916')}, 연락처: ${phone('010-4827-3916', 'KR')}, 이메일: ${mail('seoyeon.kim93@naver.com')}.`),

  rec('incident_is', f`Atvikaskýrsla – snjósleðaferð 12. feb.
Þátttakandi: Lukas Hofer, fæddur ${dob('2. júní 1984')}, austurrískur
Sími (farsími): ${phone('+43 664 4827391')}
Leiðsögumaður: Sigrún Hallsdóttir, kennitala ${ambCat('pii', '120389-2749')}, sími ${phone('862 4417', 'IS')}
Lýsing: Sleðinn valt í beygju við Skálafellsjökul, grunur um brot á úlnlið. Fluttur á HSU Höfn.

Getur þú þýtt þetta á ensku fyrir tryggingafélagið?`, 'Icelandic kennitala: personal, but no built-in rule claims it'),

  rec('linkage_request', f`Data linkage request DLR-2025-031 (NHS Digital → registry), please check the cover note is clear:

Cohort: 3 patients flagged by the trust for manual review
1) NHS No ${v('pii.uk_nhs_number', '629 184 7310')}, DOB ${dob('11/03/1952')}, postcode LS6 2QF
2) NHS No ${v('pii.uk_nhs_number', '483 920 1757')}, DOB ${dob('27/09/1948')}, postcode BD9 4RL
3) NHS No ${v('pii.uk_nhs_number', '538 201 9479')}, DOB ${dob('02/01/1961')}, postcode HG1 5AS

Match on NHS number first, then DOB + postcode where NHS number is missing.`),

  rec('chat_nb', f`Kan du skrive et kort svar til pasienten som ba om innsyn i hva kreftregisteret har om henne? Opplysninger: Randi Solheim, fødselsnummer ${ambCat('pii', '15067248391')}, fødselsdato ${dob('15.06.1972')}, tlf. ${phone('+47 412 83 947')}. Hun vil ha utskrift per post.`, 'Norwegian fødselsnummer: personal, no built-in rule'),

  rec('chat_cy', f`Wnei di gyfieithu hwn i'r Saesneg? "Annwyl Mr Pritchard, rydym wedi derbyn eich cais i optio allan o'r gofrestrfa canser. Manylion: dyddiad geni ${dob('19/08/1955')}, rhif ffôn ${phone('+44 29 2048 2739')}. Byddwn yn cadarnhau o fewn 30 diwrnod."`),

  rec('tsv', f`Linkage QA: these BSNs didn't match the municipal register (BRP). Can you suggest why?

${amb('source_code.snippet', f`bsn\tgeboortedatum\tgeslacht\tpostcode
${v('pii.nl_bsn', '172839415')}\t${dob('1964-02-29')}\tV\t3584 CX
${v('pii.nl_bsn', '172839427')}\t${dob('1971-11-08')}\tM\t1017 DR`)}`),

  rec('signature', f`Best regards,

Daniel Ortega
Senior Sales Manager – Engines & APU
SkyVault Aviation Parts LLC
Miami, FL · AOG desk 24/7: ${phone('+1 305 418 2947')}
${mail('d.ortega@skyvaultparts.com')}

→ can you shorten my signature to 3 lines?`),

  rec('signature_ru', f`С уважением,
Алексей Воронцов
Менеджер по закупкам запчастей
ООО «АвиаРесурс»
Моб.: ${phone('+7 916 482-73-91')}
E-mail: ${mail('a.vorontsov@aviaresurs.ru')}

Переведи подпись на английский, пожалуйста.`),

  rec('chat_ar_ae', f`عندي عميل من دبي يريد قطع غيار لمحرك PW127. بياناته: الاسم خالد المنصوري، الجوال ${phone('+971 50 482 7391')}، البريد ${mail('k.almansouri@gulfrotables.ae')}. اكتب له رد مهذب بالإنجليزية.`),

  rec('form_pt', f`Ficha de inscrição – Escola de Música Allegretto (Porto)
Aluno: Tomás Ribeiro Carvalho
Data de nascimento: ${dob('07/09/2014')}
Encarregado de educação: Sofia Carvalho
Telemóvel: ${phone('+351 912 482 731')}
Email: ${mail('sofia.carvalho@sapo.pt')}
Instrumento: guitarra clássica, 2.º ano

Podes passar isto para uma tabela?`),

  rec('chat_hu', f`Írj egy rövid visszaigazoló e-mailt a szülőnek! Tanuló: Kovács Bence, születési dátum: ${dob('2013. 05. 22.')}, hangszer: zongora. Szülő telefonszáma: ${phone('+36 30 482 7391')}.`),

  rec('chat_ka', f`გთხოვ, ეს მონაცემები ცხრილად გადააკეთე: მოსწავლე: ნინო კაპანაძე, დაბადების თარიღი: ${dob('11.03.2012')}, მშობლის ტელეფონი: ${phone('+995 599 48 27 31')}, ინსტრუმენტი: ფორტეპიანო.`),

  rec('chat_hy', f`Գրիր կարճ նամակ ծնողին դասաժամի փոփոխության մասին։ Աշակերտ՝ Արամ Պետրոսյան, ծննդյան ամսաթիվ՝ ${dob('04.10.2011')}, ծնողի հեռախոս՝ ${phone('+374 91 482731')}։`),

  rec('intake_note', f`Outreach intake – night of 03/14
Client: "DJ" (Darnell James Whitfield)
DOB: ${dob('06/02/1979')}   SSN: ${v('pii.us_ssn', '412-73-9180')}
Phone (prepaid): ${phone('(206) 684-2719', 'US')}
Sleeping location: under I-5 overpass near Cherry St
Needs: bed tonight, diabetes meds, ID replacement (lost wallet)

Rewrite this as a handoff note for the day team, keep it factual.`),

  rec('chat_es_mx', f`Ayúdame a traducir al inglés esta nota de admisión al albergue familiar: "Señora Guadalupe Ramírez Soto, fecha de nacimiento ${dob('23/07/1988')}, con dos hijos menores. Teléfono de contacto ${phone('+1 (773) 482-9163')}. Llegó de Michoacán hace tres semanas, dormían en el carro."`),

  rec('chat_so', f`Fadlan u turjun Ingiriis: "Magaca: Faadumo Cali Warsame, taariikhda dhalashada: ${dob('01/01/1990')}, telefoonka: ${phone('(617) 552-8194', 'US')}. Waxay u baahan tahay hoy degdeg ah iyada iyo saddex carruur ah."`),

  rec('chat_fa', f`لطفاً این را به انگلیسی ترجمه کن: «نام: مریم احمدی، تاریخ تولد: ${dob('1986/04/12')}، شماره تماس: ${phone('+98 912 482 7391')} (شماره خواهرش در ایران). امشب در پناهگاه زنان پذیرش شد.»`),

  rec('chat_ht', f`Tradui sa an anglè silvouplè: "Non: Jean-Baptiste Pierre-Louis, dat nesans: ${dob('15/08/1975')}, telefòn: ${phone('+509 34 48 2739')} (nimewo fanmi li an Ayiti). Li bezwen yon kabann pou aswè a."`),

  rec('chat_tl', f`Pakisalin sa Ingles: "Pangalan: Maria Luisa Bautista, petsa ng kapanganakan: ${dob('March 3, 1969')}, numero ng telepono: ${phone('+63 917 482 7391')}. Kailangan niya ng pansamantalang tirahan at gamot para sa altapresyon."`),

  rec('chat_ur', f`براہ کرم انگریزی میں ترجمہ کریں: "نام: محمد عارف، تاریخ پیدائش: ${dob('10-05-1982')}، فون: ${phone('+92 300 4827391')}۔ کل رات سے پناہ گاہ میں ہیں، انہیں ترجمان کی ضرورت ہے۔"`),

  rec('chat_kk', f`Ағылшын тіліне аударып беріңізші: "Қызметкер: Айгерім Сейтқали, туған күні: ${dob('18.09.1994')}, телефон: ${phone('+7 701 482 7391')}. Алматыдағы EOR келісімшарты 1 мамырдан басталады."`),

  rec('chat_bg', f`Преведи на английски, моля: "Служител: Петя Иванова, ЕГН ${ambCat('pii', '9402184737')}, дата на раждане ${dob('18.02.1994')}, тел. ${phone('+359 88 482 7391')}. Договорът чрез EOR започва на 01.05.2025."`, 'Bulgarian EGN: personal, no built-in rule'),

  rec('chat_cs', f`Můžeš z toho udělat e-mail pro klienta? Nový zaměstnanec v Brně: Tomáš Dvořák, datum narození ${dob('21. 7. 1990')}, rodné číslo ${ambCat('pii', '900721/4829')}, telefon ${phone('+420 604 827 391')}. Nástup 1. 6. přes naše EOR.`, 'Czech rodné číslo: personal, no built-in rule'),

  rec('chat_sw', f`Tafadhali tafsiri kwa Kiingereza: "Mfanyakazi mpya Nairobi: Wanjiru Kamau, tarehe ya kuzaliwa ${dob('09/12/1992')}, simu ${phone('+254 712 482 731')}, barua pepe ${mail('wanjiru.kamau@gmail.com')}. Anaanza kazi tarehe 1 Juni."`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2025-03-19T22:04:11Z","svc":"booking-web","event":"login_failed","email":"${mail('t.nakamura.travel@yahoo.co.jp')}","ip":"${ip('126.74.18.203')}","attempt":5,"locked":true}
{"ts":"2025-03-19T22:06:40Z","svc":"booking-web","event":"password_reset_sent","email":"${mail('t.nakamura.travel@yahoo.co.jp')}","ip":"${ip('126.74.18.203')}"}`)}
Is this a guest who forgot the password or credential stuffing?`),
];
