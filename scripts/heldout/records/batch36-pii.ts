/**
 * Held-out batch 36: personal data from a theme park and resort operator, a precision-farming
 * startup, a blood and organ donation service, a market-surveillance desk (insider lists), a ferry
 * shipyard and a driving-school chain — incident reports, donor records, rosters, registrations,
 * exports and signatures in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH36_PII: DraftRecord[] = [
  // ── theme park and resort ──
  rec('incident_report', f`Can you tidy this first-aid incident report before it goes to the insurer? Keep all the facts.

INCIDENT REPORT — Marivale Kildare, Log Flume queue
Date/time: 15/02/2025 14:35
Injured party: Cian Brennan (child), DOB ${v('pii.date_of_birth', '03/07/2016')}
Parent/guardian: Aoife Brennan, mobile ${phone('086 391 2750', 'IE')}, email ${v('pii.email', 'aoife.brennan77@gmail.com')}
What happened: child slipped on wet steps at the queue exit, graze to left knee, cleaned and dressed by first aider (R. Doyle). No hospital visit.
Witness: staff member Conor Walsh, ext. 2214`),

  rec('onboarding', f`Seasonal staff onboarding — Gqeberha park. Please create the welcome e-mail and the locker allocation from this:

Name: Thandeka Mokoena
SA ID number: ${ambCat('pii', '8806145284081')}
Cell: ${phone('072 903 5518', 'ZA')}
Personal email: ${v('pii.email', 'thandi.mokoena@webmail.co.za')}
Role: Ride operator (Splash Canyon), start 1 March
Emergency contact: Sipho Mokoena ${phone('+27 82 447 1936')}`, 'South African ID number: no engine rule, ambiguous pii span'),

  rec('lost_property', f`Lost property log — Lantau park, please draft a message to the owner that we found her bag:

Item: black backpack, Canon camera, HK permanent ID card inside
Name on ID: CHAN Wing-sze
HKID: ${ambCat('pii', 'Y167424(0)')}
Phone (from booking): ${phone('+852 9187 4402')}
Booking e-mail: ${v('pii.email', 'wingsze.chan@netvigator.com')}
Found: Dragon Coaster exit, 16 Feb 17:20`, 'HKID: no engine rule, ambiguous pii span'),

  rec('reservation_ja', f`以下の予約情報をもとに、チェックイン前日のご案内メールを英語で作成してください。

予約番号：OSK-250318-0442
宿泊者：Ms. Grace Tan（シンガポール）
パスポート番号：${v('pii.passport', 'K1837294B')}
生年月日：${v('pii.date_of_birth', '1988年11月4日')}
連絡先：${phone('+65 9123 4578')} / ${v('pii.email', 'grace.tan.sg@outlook.com')}
プラン：パーク2日券付き・オーシャンビュー`),

  rec('hr_fr_be', f`Bonjour, peux-tu préparer le contrat saisonnier pour l'été (parc de Wavre) avec ces infos ?

Nom : Lucas Vandenberghe
Numéro de registre national : ${ambCat('pii', '90.01.02-529.47')}
Né le ${v('pii.date_of_birth', '2 janvier 1990')}
GSM : ${phone('0495 38 71 20', 'BE')}
E-mail : ${v('pii.email', 'lucas.vdb@skynet.be')}
Poste : animation — zone enfants, du 1/07 au 31/08`, 'Belgian national register number: no engine rule, ambiguous pii span'),

  rec('log_json', f`Why does our loyalty app log the whole profile on a failed login? Example line:

${amb('source_code.snippet', f`{"ts":"2025-02-17T09:12:44.118Z","lvl":"warn","svc":"loyalty-api","msg":"login failed","attempt":3,"profile":{"member_no":"MV-IE-0048812","email":"${v('pii.email', 'declan.fitz@eircom.net')}","mobile":"${phone('+353 85 740 3321')}","dob":"${v('pii.date_of_birth', '1979-05-22')}"},"ip":"${amb('pii.ip_address', '86.41.203.17')}"}`)}`),

  // ── precision farming ──
  rec('csv_pt_mz', f`Preciso de agrupar estes agricultores por distrito para o plano de voos de março. Podes fazer uma tabela?

${amb('source_code.snippet', f`nome;distrito;telefone;BI;area_ha;cultura
Maria Cossa;Chókwè;${phone('+258 86 204 1173')};${ambCat('pii', '110102483921B')};3.5;arroz
Armando Sitoe;Chókwè;${phone('82 451 7736', 'MZ')};${ambCat('pii', '110304729185M')};6.0;arroz
Fátima Nhantumbo;Guijá;${phone('+258 87 330 5519')};${ambCat('pii', '100207361842Q')};2.2;milho`)}`, 'Mozambican BI numbers: no engine rule, ambiguous pii spans'),

  rec('licence_pt', f`Olá, podes preencher o requerimento de certificado de piloto remoto (ANAC) com os dados do nosso novo piloto? Campos:

Nome: Gonçalo Martins Ferreira
NIF: ${ambCat('pii', '207953686')}
Passaporte: ${v('pii.passport', 'CB482917')}
Data de nascimento: ${v('pii.date_of_birth', '14-09-1994')}
E-mail: ${v('pii.email', 'goncalo.ferreira@agrovoo.io')}
Telemóvel: ${phone('+351 912 408 771')}`, 'Portuguese NIF: no engine rule, ambiguous pii span'),

  rec('chat_uz', f`Paxta dalalarini dron bilan ishlash uchun fermerlar ro'yxati. Telefon raqamlarini bitta formatga keltirib bering:

1. Rustam Karimov — ${phone('+998 93 517 20 84')}, JShShIR ${ambCat('pii', '31507915780027')}
2. Dilnoza Yusupova — ${phone('97 441 62 18', 'UZ')}
3. Shavkat Ergashev — ${phone('+998 71 238 41 90')} (ish joyi, Qashqadaryo)`, 'Uzbek PINFL: no engine rule, ambiguous pii span'),

  rec('chat_tl', f`Gawan mo nga ng text blast para sa mga farmer sa Nueva Ecija na may drone spraying sa Sabado. Eto yung listahan:
- Mang Ernesto Dizon ${phone('+63 917 842 3310')}
- Aling Rosalinda Pascual ${phone('0918 227 4416', 'PH')}, ${v('pii.email', 'rosalinda.pascual1965@yahoo.com')}
- Jun-jun Manalo (anak ni Mang Berto) ${phone('0995 318 2207', 'PH')}
Tagalog sana, maikli lang.`),

  rec('signature', f`Cheers,

Pieter van der Merwe
Head of Field Operations — Agrovoo South Africa
Unit 4, Technopark, Stellenbosch 7600
M ${phone('+27 11 326 7740')}  |  ${v('pii.email', 'pieter.vdm@agrovoo.io')}

(can you make my signature look more modern? keep the details)`),

  // ── blood and organ donation ──
  rec('donor_record_pl', f`Napisz, proszę, uprzejmy SMS i e-mail do dawczyni, że jej wyniki są w porządku i może oddać krew ponownie po 8 tygodniach:

Dawca: Katarzyna Lewandowska
PESEL: ${ambCat('pii', '88051284042')}
Data urodzenia: ${v('pii.date_of_birth', '12.05.1988')}
Grupa krwi: A Rh+
Tel.: ${phone('+48 601 284 377')}
E-mail: ${v('pii.email', 'k.lewandowska88@wp.pl')}
Ostatnia donacja: 06.02.2025, RCKiK Lublin`, 'PESEL: no engine rule, ambiguous pii span'),

  rec('donor_bg', f`Помогни ми да напиша благодарствено писмо до кръводарител, който дари за 50-и път. Данни:
Име: Николай Георгиев Димитров
ЕГН: ${ambCat('pii', '8607248340')}
Тел.: ${phone('0897 205 318', 'BG')}
Кръвна група: 0 Rh−
Пункт: НЦТХ София, мобилен екип`, 'Bulgarian EGN: no engine rule, ambiguous pii span'),

  rec('csv', f`Blood drive at the Chaguanas mall on Saturday — dedupe this sign-up sheet and tell me who's under 18 (they need a parent form):

${amb('source_code.snippet', f`name,dob,phone,email
Kerry-Ann Ramdial,${v('pii.date_of_birth', '2008-04-19')},${phone('868-482-1170', 'TT')},${v('pii.email', 'kerryann.r@gmail.com')}
Marlon Joseph,${v('pii.date_of_birth', '1991-11-02')},${phone('+1 868 763 2291')},${v('pii.email', 'marlonj868@hotmail.com')}
Kerry Ann Ramdial,${v('pii.date_of_birth', '2008-04-19')},${phone('868-482-1170', 'TT')},
Anjali Persad,${v('pii.date_of_birth', '1985-06-30')},${phone('+1 868 339 0425')},${v('pii.email', 'anjali.persad@tstt.net.tt')}`)}`),

  rec('email_fr_ci', f`Bonjour,

Peux-tu reformuler ce message pour un donneur qui a été ajourné (taux d'hémoglobine bas), avec tact ?

Donneur : M. Koné Ibrahim
Né le : ${v('pii.date_of_birth', '17/08/1996')}
Contact : ${phone('+225 07 48 21 93 60')} — ${v('pii.email', 'ibrahim.kone96@yahoo.fr')}
Collecte : Université Félix Houphouët-Boigny, 12 février
Motif d'ajournement : Hb 11,8 g/dl, revenir dans 3 mois`),

  rec('organ_registry_pt', f`Preciso de uma carta para a família de um dador registado no RENNDA a confirmar a receção do pedido de esclarecimento. Dados do processo:

Nome: Joaquim Alberto Sousa
N.º de utente SNS: ${ambCat('pii', '294 817 365')}
Cartão de Cidadão: ${ambCat('pii', '12837491 4 ZY7')}
Data de nascimento: ${v('pii.date_of_birth', '02/03/1957')}
Contacto da filha (Ana Sousa): ${phone('+351 936 117 402')}`, 'Portuguese SNS user number and Citizen Card number: no engine rules, ambiguous pii spans'),

  rec('haemovigilance', f`Rewrite this look-back notification so it's clear for the hospital blood bank, no jargon:

Donor: Fionnuala Keane, DOB ${v('pii.date_of_birth', '21 Oct 1983')}, PPSN ${ambCat('pii', '1936730R')}
Donation: 12/12/2024 at the D'Olier St clinic
Issue: post-donation illness reported, components recalled
Contact (donor): ${phone('+353 87 214 6693')}
Hospital contact: ${v('pii.email', 'bloodbank.lab@stjohns-hosp.ie')}`, 'Irish PPSN: no engine rule, ambiguous pii span'),

  rec('organ_transport', f`Urgent: organ retrieval team travel — please turn into a short briefing for the pilots.
Coordinator on call: Dr. Ravi Maharaj ${phone('(868) 625-4417', 'TT')}
Retrieval surgeon: Dr. Sasha Ali, mobile ${phone('+1 868 339 0425')}
Donor hospital: San Fernando General, ICU bed 4
Recipient centre: Eric Williams Medical Sciences Complex`),

  // ── market surveillance ──
  rec('insider_list', f`Insider list for project "KINGFISHER" (proposed acquisition). Can you check it has every field the exchange template needs and list what's missing?

${amb('source_code.snippet', f`Surname,First name,Birth surname,DOB,National ID,Personal mobile,Personal email,Role,Added
Leung,Ka-ming,,${v('pii.date_of_birth', '1976-02-14')},${ambCat('pii', 'K567789(0)')},${phone('+852 6421 8857')},${v('pii.email', 'leungkm.home@gmail.com')},CFO,2025-02-03 09:14
Ho,Mei-ling,Ng,${v('pii.date_of_birth', '1984-09-30')},,${phone('5174 2290', 'HK')},,Legal counsel,2025-02-03 09:20
Whitmore,James,,${v('pii.date_of_birth', '1969-12-05')},${v('pii.passport', '533918264')},${phone('+44 7824 361 509')},${v('pii.email', 'j.whitmore.ext@protonmail.com')},Adviser (M&A),2025-02-04 16:02`)}`, 'HKID: ambiguous pii; a UK passport number: pii.passport'),

  rec('insider_list_pl', f`Lista osób mających dostęp do informacji poufnych (art. 18 MAR) — sprawdź, czy kolumny są zgodne z rozporządzeniem 2022/1210 i czego brakuje:

${amb('source_code.snippet', f`Nazwisko;Imię;PESEL;Data urodzenia;Telefon prywatny;Adres e-mail;Funkcja
Nowak;Piotr;${ambCat('pii', '79090392036')};${v('pii.date_of_birth', '1979-09-03')};${phone('+48 12 421 73 05')};${v('pii.email', 'piotr.nowak79@onet.pl')};Członek zarządu
Zając;Ewa;${ambCat('pii', '92031463099')};${v('pii.date_of_birth', '1992-03-14')};${phone('512 093 446', 'PL')};${v('pii.email', 'ewa.zajac@interia.pl')};Analityk`)}`, 'PESEL: no engine rule, ambiguous pii spans'),

  rec('case_note_fr', f`Peux-tu résumer cette note d'enquête en 5 points pour le comité ?

Dossier SM-2025-031 — personne concernée : M. Youssef El Amrani
CIN : ${ambCat('pii', 'BE918273')}
Né le ${v('pii.date_of_birth', '11 juin 1981')} à Fès
Tél. : ${phone('+212 661-427385')} / ${phone('0522 47 81 93', 'MA')}
E-mail : ${v('pii.email', 'y.elamrani81@gmail.com')}
Faits : achats répétés du titre avant l'annonce de l'OPA, via deux sociétés de bourse.`, 'Moroccan CIN: no engine rule, ambiguous pii span'),

  rec('interview_ja', f`以下のメモを、売買審査部の面談記録として整った日本語の文章にしてください。

対象者：佐藤 健一（トレーダー、○○証券）
生年月日：${v('pii.date_of_birth', '1987年3月22日')}
携帯：${phone('080-2291-4406', 'JP')}
メール：${v('pii.email', 'k.sato.trader@ezweb.ne.jp')}
マイナンバー：${ambCat('pii', '499730789712')}（※提出書類より）
面談日：2月18日 15:00〜16:10、内容：2/5の大口注文の意図について`, 'Japanese My Number: no engine rule, ambiguous pii span'),

  rec('email', f`Hi team, please set up the trader interviews for next week and send invites:

- Darryl Mohammed (Broker 07) — ${v('pii.email', 'darryl.mohammed@caribsec.tt')}, cell ${phone('868-482-1170', 'TT')}
- Natalie Chin (Broker 11) — ${v('pii.email', 'nchin@westindiesbrokers.com')}
- Compliance officer, Broker 07: ${phone('(868) 625-4417', 'TT')}

Draft a neutral invitation (no mention of which trades we're looking at).`),

  // ── ferry shipyard ──
  rec('roster_ceb', f`Palihog himoa ni og table para sa payroll. Mga welder sa Block 7, Mactan yard:

Ramon Abellana — SSS ${ambCat('pii', '34-5821907-3')} — birthday ${v('pii.date_of_birth', 'March 3, 1990')} — cp ${phone('0918 227 4416', 'PH')}
Jessa Mae Cabahug — SSS ${ambCat('pii', '06-3319482-5')} — birthday ${v('pii.date_of_birth', 'Nov 21, 1995')} — cp ${phone('+63 917 842 3310')}
Dodong Lapitan — wala pa SSS, apply pa — cp ${phone('(032) 412 8870', 'PH')} (sa balay)`, 'Philippine SSS numbers: no engine rule, ambiguous pii spans'),

  rec('contractor_pl', f`Przygotuj, proszę, listę do przepustek dla podwykonawcy (malarze z Ukrainy) na stocznię:

1. Ołeh Kowalenko, paszport ${v('pii.passport', 'FE381927')}, ur. ${v('pii.date_of_birth', '07.04.1985')}, tel. ${phone('+48 601 284 377')}
2. Andrij Melnyk, paszport ${v('pii.passport', 'FT204816')}, ur. ${v('pii.date_of_birth', '23.10.1991')}
Kierownik brygady: ${phone('22 628 41 90', 'PL')}, ${v('pii.email', 'brygada.malarze@fastmail.com')}`),

  rec('crew_bg', f`Направи ми списък за обучението по безопасност на новия ферибот, подреден по азбучен ред:

Стоян Колев — тел. ${phone('+359 88 412 7763')}, ${v('pii.email', 'stoyan.kolev@abv.bg')}, роден ${v('pii.date_of_birth', '14.11.1978')}
Галина Петрова — тел. ${phone('02 981 4420', 'BG')} (офис), ${v('pii.email', 'g.petrova@korabostroene-varna.bg')}
Ивайло Маринов — ЕГН ${ambCat('pii', '9302117307')}, тел. ${phone('0897 205 318', 'BG')}`, 'Bulgarian EGN: no engine rule, ambiguous pii span'),

  rec('trainee_ja', f`技能実習生の在留資格更新のため、次の情報で入管提出用の一覧表を作ってください。

1. REYES, Mark Anthony（フィリピン）旅券番号 ${v('pii.passport', 'P4719203B')}、生年月日 ${v('pii.date_of_birth', '1997/06/12')}
2. NGUYEN Van Hai（ベトナム）旅券番号 ${v('pii.passport', 'C8391047')}、生年月日 ${v('pii.date_of_birth', '1999/01/28')}
所属：船殻課 溶接班、寮連絡先 ${phone('070-3318-2045', 'JP')}`),

  // ── driving schools ──
  rec('registration_sq', f`Ndihmë: më duhet një e-mail konfirmimi për kandidatin e ri në autoshkollë.

Emri: Klea Shehu
Nr. personal (ID): ${ambCat('pii', 'J85215073N')}
Datëlindja: ${v('pii.date_of_birth', '15.02.2006')}
Tel: ${phone('067 412 9983', 'AL')}
E-mail: ${v('pii.email', 'klea.shehu06@gmail.com')}
Kategoria: B, fillon më 3 mars, dega Tiranë-Qendër`, 'Albanian personal number: no engine rule, ambiguous pii span'),

  rec('registration_az', f`Bu tələbə üçün müqavilə mətnini hazırla:

Ad, soyad: Nigar Məmmədova
FİN: ${ambCat('pii', '5HK2R9T')}
Doğum tarixi: ${v('pii.date_of_birth', '09.07.2004')}
Mobil: ${phone('055 318 42 07', 'AZ')}
Valideyn: Elçin Məmmədov, ${phone('+994 50 412 73 88')}
Kurs: B kateqoriyası, Bakı — Nərimanov filialı`, 'Azerbaijani FIN: no engine rule, ambiguous pii span'),

  rec('list_uz', f`Imtihonga yozilgan o'quvchilar ro'yxati. Pasport seriyasini tekshirib, xatolarini ko'rsating:

1. Aziz Rahimov — pasport ${v('pii.passport', 'AD4718293')}, tel. ${phone('+998 90 714 28 53')}
2. Malika Tursunova — pasport ${v('pii.passport', 'AB 9036172')}, tel. ${phone('+998 93 517 20 84')}
3. Bekzod Olimov — pasport AA12345 (raqam to'liq emas), tel. ${phone('97 441 62 18', 'UZ')}`),

  rec('candidate_fr_ma', f`Prépare la fiche du candidat pour le dépôt du dossier de permis B (auto-école, agence Rabat-Agdal) :

Nom : Salma Bennani
CIN : ${ambCat('pii', 'AB 482913')}
Date de naissance : ${v('pii.date_of_birth', '14/03/1991')}
Téléphone : ${phone('+212 6 78 30 21 55')}
Ancien numéro de sécurité sociale française (a vécu à Paris) : ${v('pii.fr_nir', '2 91 03 75 113 226 33')}`, 'Moroccan CIN: ambiguous pii; a French NIR: pii.fr_nir'),

  rec('chat_fr_ci', f`Aide-moi à écrire un SMS de rappel pour la leçon de conduite de demain à 7 h (agence Yopougon) :
Élève : Aya Traoré, ${phone('05 54 91 27 33', 'CI')}
Moniteur : M. Diabaté, ${phone('+225 01 02 39 47 18')}
Si besoin de déplacer : ${v('pii.email', 'planning@autoecole-lagunes.ci')}`),

  rec('student_nl_sr', f`Maak een overzicht voor de rij-instructeur van deze leerlingen (rijschool, vestiging Paramaribo-Noord):

- Sharida Ramdin, geb. ${v('pii.date_of_birth', '04-09-2006')}, tel. ${phone('+597 852-4417')}, ${v('pii.email', 'sharida.ramdin@gmail.com')}
- Kevin Pinas, geb. ${v('pii.date_of_birth', '17-12-2005')}, tel. ${phone('872-9031', 'SR')}, ID-nr. ${ambCat('pii', 'FK023817')}
- Jayden de Vries (woont in Rotterdam, volgt zomercursus), BSN ${v('pii.nl_bsn', '919306226')}, tel. ${phone('+31 6 41827395')}`, 'Surinamese ID number: no engine rule, ambiguous pii span'),

  rec('candidate_fr_be', f`Bonjour, peux-tu vérifier que la demande de permis provisoire est complète ?

Candidat : Mehdi Lambrechts
Registre national : ${ambCat('pii', '85041766556')}
Date de naissance : ${v('pii.date_of_birth', '17/04/1985')}
Adresse e-mail : ${v('pii.email', 'mehdi.lambrechts@proximus.be')}
Téléphone : ${phone('+32 478 21 36 90')}
Examen théorique réussi le 04/02/2025 (Namur)`, 'Belgian national register number: no engine rule, ambiguous pii span'),

  rec('signature_nl', f`Met vriendelijke groet,

Rachelle Amatsaleh
Planning & Administratie — Rijschool Zonnebloem
Kernkampweg 112, Paramaribo
Tel. ${phone('+597 471 233')} | WhatsApp ${phone('+597 7254418')}
${v('pii.email', 'r.amatsaleh@rijschool-zonnebloem.sr')}

Kun je dit korter maken voor op mobiel?`),

  rec('access_log', f`${amb('source_code.snippet', f`${amb('pii.ip_address', '197.159.217.42')} - - [18/Feb/2025:07:02:19 +0000] "POST /inscription HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Linux; Android 13)"
${amb('pii.ip_address', '197.159.217.42')} - - [18/Feb/2025:07:02:20 +0000] "GET /merci?email=${v('pii.email', 'yao.kouassi%40gmail.com')}&tel=${phone('0748219360', 'CI')} HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Linux; Android 13)"`)}

Notre site d'inscription met l'e-mail et le téléphone dans l'URL de la page de remerciement — c'est grave ? Comment corriger côté PHP ?`, 'URL-encoded e-mail and phone in a query string'),
];
