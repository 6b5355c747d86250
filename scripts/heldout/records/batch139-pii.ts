/**
 * Held-out batch 139: personal data from dialysis nursing handovers, ski-school rosters, library
 * patron records, ship crew lists, forensic interview files and beekeeper registers, in many
 * languages. Hand-written; identity numbers built with the checksum helpers.
 */
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, inAadhaarSpaced, itCodiceFiscale, luhnCheckDigit, nlBsnCheckDigit, ukNhsSpaced,
} from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const STEUER = `4739158203${deSteuerIdCheckDigit('4739158203')}`;
const NIR_BODY = '2910575056218';
const NIR = `${NIR_BODY[0]} ${NIR_BODY.slice(1, 3)} ${NIR_BODY.slice(3, 5)} ${NIR_BODY.slice(5, 7)} ${NIR_BODY.slice(7, 10)} ${NIR_BODY.slice(10)} ${frNirKey(NIR_BODY)}`;
const CF = itCodiceFiscale('BNCGLI72D48L219');
const BSN = `27461938${nlBsnCheckDigit('27461938')}`;
const DNI = esDni('48291736');
const NIE = esNie('Y', '4827193');
const CPF = brCpfFormatted('472918365');
const CPF2 = brCpfFormatted('815263047');
const AADHAAR = inAadhaarSpaced('58392017463');
const NHS = ukNhsSpaced('482917365');
const NHS2 = ukNhsSpaced('593018274');
const SIN = `274 839 15${luhnCheckDigit('27483915')}`;

export const BATCH139_PII: DraftRecord[] = [
  // --- dialysis nursing ---
  rec('handover_de', f`Übergabe Spätdienst Dialyse Nord, Platz 4:
Pat. Herr Gerhard Lindemann, geb. ${v('pii.date_of_birth', '17.03.1948')}, Shunt li. Unterarm, Trockengewicht 71,5 kg
Heute +3,4 kg, K+ 6,1 → Arzt informiert. Ehefrau erreichbar unter ${phone('0151 23847196', 'DE')}.
Bitte mach daraus eine saubere Übergabenotiz in Stichpunkten.`),

  rec('letter_en_gb', f`Can you tidy up this transfer note for the satellite unit?

Patient: Mrs Doreen Ashby   NHS number: ${v('pii.uk_nhs_number', NHS)}   DOB: ${v('pii.date_of_birth', '02/11/1951')}
Haemodialysis Mon/Wed/Fri, 4 h, AVF right arm. Hep B immune. Transport booked via PTS.
Daughter: ${phone('07823 415609', 'GB')}`),

  rec('chat_ar_eg', f`عايزة أكتب ملخص للدكتور عن مريض الغسيل الكلوي: الاسم محمود عبد الرحمن، تاريخ الميلاد ${v('pii.date_of_birth', '1959/06/22')}، رقم تليفون ابنه ${phone('+20 100 384 2715')}. الضغط بينزل في آخر ساعة من الجلسة. اكتبه بالإنجليزي بشكل مختصر.`),

  rec('chat_ur', f`ڈائیلیسس یونٹ سے: مریض کی بیٹی کا فون نمبر ${phone('+92 300 3842715')} ہے، وہ ہر سیشن کے بعد رپورٹ مانگتی ہیں۔ ان کے لیے ایک مختصر انگریزی پیغام کا نمونہ لکھ دیں جس میں ذاتی تفصیلات نہ ہوں۔`),

  rec('chat_th', f`ช่วยเขียนสรุปผู้ป่วยฟอกไตเป็นภาษาอังกฤษให้หน่อยค่ะ: คุณสมศักดิ์ แก้วมณี วันเกิด ${v('pii.date_of_birth', '4 ก.ย. 2496')} เบอร์โทรญาติ ${phone('081 384 2715', 'TH')} ความดันต่ำระหว่างฟอกไต 2 ครั้งในสัปดาห์นี้`),

  rec('roster_fi', f`Dialyysiyksikön päivystyslista, viikko 7 — tee tästä siisti taulukko:
ma  Sairaanhoitaja Aino Lehtinen  ${phone('040 718 2394', 'FI')}
ti  Sairaanhoitaja Jussi Karvonen  ${phone('+358 50 384 2715')}
ke  Aino Lehtinen  ${phone('040 718 2394', 'FI')}`),

  rec('chat_da', f`Hej, kan du hjælpe med en besked til taxaselskabet? Dialysepatient Bent Sørensen (født ${v('pii.date_of_birth', '08-01-1944')}) skal hentes kl. 6.45 mandag, onsdag og fredag. Hans telefon: ${phone('+45 28 41 73 96')}. Han bruger rollator.`),

  rec('chat_tl', f`Pakisulat po ng maikling endorsement sa English: Pasyente si Lourdes Bautista, kaarawan ${v('pii.date_of_birth', 'Marso 3, 1962')}, numero ng anak ${phone('0917 384 2715', 'PH')}. Nagkaroon ng cramps sa huling 30 minuto ng dialysis.`),

  // --- ski resort ---
  rec('csv_fr', f`Liste des enfants du Club Piou-Piou pour demain, tu peux la trier par groupe de niveau ?

${amb('source_code.snippet', f`nom;prénom;date de naissance;groupe;téléphone parent
Moreau;Léa;${v('pii.date_of_birth', '12/05/2019')};Piou 1;${phone('06 48 27 19 53', 'FR')}
Fischer;Jonas;${v('pii.date_of_birth', '28/11/2018')};Piou 2;${phone('+41 79 412 58 36')}
Rossi;Giulia;${v('pii.date_of_birth', '03/02/2020')};Piou 1;${phone('338 412 7795', 'IT')}`)}`),

  rec('hr_es', f`Necesito el contrato de temporada para un monitor nuevo de la escuela de esquí. Datos:
Nombre: Álvaro Castaño Ruiz
DNI: ${v('pii.es_dni', DNI)}
Fecha de nacimiento: ${v('pii.date_of_birth', '14/09/1997')}
Móvil: ${phone('612 48 39 57', 'ES')}
Titulación: TD1 esquí alpino`),

  rec('chat_sk', f`Ahoj, potrebujem vyplniť formulár pre sezónneho lanovkára zo Slovenska. Meno: Marek Hudák, dátum narodenia ${v('pii.date_of_birth', '21. 7. 2001')}, číslo pasu ${v('pii.passport', 'PA4827193')}, telefón ${phone('+421 905 384 127')}. Prelož mi prosím tie kolónky do nemčiny.`),

  rec('chat_is', f`Hópur frá Reykjavík kemur í skíðaskólann í febrúar. Fararstjóri: Guðrún Einarsdóttir, sími ${phone('+354 862 4173')}, netfang ${v('pii.email', 'gudrun.einars@simnet.is')}. Geturðu skrifað staðfestingarpóst á ensku?`),

  rec('chat_nb', f`Kunde klager på at sesongkortet ikke virker i heisen. Navn: Ola Haugen, e-post ${v('pii.email', 'ola.haugen@online.no')}, mobil ${phone('+47 912 48 375')}. Skriv et svar på engelsk der vi ber ham om kortnummeret.`),

  rec('chat_cs', f`Prosím přelož do angličtiny: Dobrý den, posílám údaje pro permanentku: Jana Dvořáková, datum narození ${v('pii.date_of_birth', '9. 4. 1986')}, e-mail ${v('pii.email', 'jana.dvorakova@seznam.cz')}, tel. ${phone('+420 603 184 927')}.`),

  // --- library consortium ---
  rec('ticket_en_us', f`Patron account merge request #8812
Two records for the same person:
 - P1002847: Darnell Whitaker, ${v('pii.email', 'dwhitaker77@gmail.com')}, ${phone('(970) 754-3318', 'US')}, birth date ${v('pii.date_of_birth', '1977-08-30')}
 - P1019354: Darnell Whitaker, ${v('pii.email', 'darnell.whitaker@outlook.com')}, same phone
Write the staff note explaining which record we keep (the one with checkouts).`),

  rec('chat_nl_be', f`Een lezer van de bib in Gent wil dat we zijn gegevens aanpassen. Nieuw e-mailadres: ${v('pii.email', 'pieter.devos@telenet.be')}, gsm ${phone('0476 58 21 93', 'BE')}, geboortedatum ${v('pii.date_of_birth', '15/03/1990')}. Kan je een bevestigingsmail opstellen?`),

  rec('form_ca', f`Inscripció al carnet de biblioteca (tradueix-ho a l'anglès per a la nova bibliotecària):
Nom: Núria Puigdemont Serra
Data de naixement: ${v('pii.date_of_birth', '27/06/2008')}
Correu electrònic: ${v('pii.email', 'nuria.puigserra@gmail.com')}
Telèfon del tutor: ${phone('+34 639 184 275')}`),

  rec('chat_et', f`Lugeja kaebab, et viivisetasude meeldetuletused lähevad vanale aadressile. Uus e-post: ${v('pii.email', 'kadri.tamm@hot.ee')}, telefon ${phone('+372 5384 2917')}. Koosta talle lühike vastus eesti keeles.`),

  rec('chat_lt', f`Bibliotekos skaitytojas prašo ištrinti jo paskyrą. Vardas: Tomas Petrauskas, tel. ${phone('+370 612 48375')}, el. paštas ${v('pii.email', 'tomas.petrauskas@gmail.com')}. Kaip atsakyti pagal BDAR?`),

  rec('log', f`Which of these failed OPAC logins look like credential stuffing?

${amb('source_code.snippet', f`2025-01-22T03:14:07Z login_failed patron=${v('pii.email', 'm.kowalczyk@wp.pl')} src=${amb('pii.ip_address', '185.193.88.41')}
2025-01-22T03:14:08Z login_failed patron=${v('pii.email', 'janet.obi@yahoo.co.uk')} src=${amb('pii.ip_address', '185.193.88.41')}
2025-01-22T03:14:09Z login_failed patron=${v('pii.email', 'lib.user2291@gmail.com')} src=${amb('pii.ip_address', '185.193.88.42')}
2025-01-22T08:02:44Z login_ok patron=${v('pii.email', 'm.kowalczyk@wp.pl')} src=${amb('pii.ip_address', '83.24.117.9')}`)}`),

  // --- container shipping ---
  rec('crew_list', f`Crew change at Singapore, please check the list is complete for the agent (ICS format):

${amb('source_code.snippet', f`RANK | NAME | NATIONALITY | DATE OF BIRTH | PASSPORT
Master | Viktor Hrytsenko | UKR | ${v('pii.date_of_birth', '11.02.1971')} | ${v('pii.passport', 'FT482719')}
2/O | Ramon Villanueva | PHL | ${v('pii.date_of_birth', '05.09.1988')} | ${v('pii.passport', 'P4827193B')}
AB | Nguyen Van Hieu | VNM | ${v('pii.date_of_birth', '23.12.1993')} | ${v('pii.passport', 'C7284015')}`)}`),

  rec('chat_ru', f`Нужно письмо агенту в Новороссийске: капитан Сергей Волков, дата рождения ${v('pii.date_of_birth', '04.05.1968')}, загранпаспорт ${v('pii.passport', '75 8294017')}, прибывает 12 марта. Телефон для связи ${phone('+7 912 384-27-15')}. По-английски, пожалуйста.`),

  rec('chat_ja', f`危険物申告の件で荷主の担当者に確認したいです。担当：佐藤 健一さん、電話 ${phone('090-3842-7159', 'JP')}、メール ${v('pii.email', 'k.sato@nishiki-chem.co.jp')}。UN1993 の容器等級について英語と日本語で問い合わせ文を作ってください。`),

  rec('chat_ko', f`부산 지점 부킹 담당자 연락처를 정리해 주세요: 김민지 과장 ${phone('010-3842-7159', 'KR')}, ${v('pii.email', 'minji.kim@omcl-shipping.com')} / 이준호 대리 ${phone('+82 51 384 2715')}. 표로 만들어 주시고 영어 직함도 붙여 주세요.`),

  rec('chat_id', f`Tolong buatkan email ke consignee di Surabaya, kontainer reefer tertahan di bea cukai. Kontak: Bapak Hendra Wijaya, HP ${phone('0812-3842-7159', 'ID')}, email ${v('pii.email', 'hendra.w@sinarlautfood.co.id')}. Bahasa Inggris yang sopan.`),

  rec('chat_ms', f`Boleh tolong terjemah ke bahasa Inggeris? "Pemandu trak Encik Azlan, nombor telefon ${phone('+60 12-384 2715')}, akan ambil kontena di Westport jam 9 pagi."`),

  // --- forensic accounting ---
  rec('interview_en_us', f`Turn these notes into a formal interview summary for the file:

Interviewee: Gregory T. Malloy (former AP supervisor)
SSN: ${v('pii.us_ssn', '518-47-3902')}   DOB: ${v('pii.date_of_birth', '07/19/1969')}
Cell: ${phone('(312) 684-2071', 'US')}
Stated he approved vendor "Lakeview Supply" without a W-9 because his manager told him to. Denied knowing the vendor's owner.`),

  rec('case_en_gb', f`Background check summary for the subject, Mr Callum Fraser: NI number ${v('pii.uk_nino', 'JT 48 27 19 C')}, date of birth ${v('pii.date_of_birth', '23 April 1979')}, director of three dormant companies. Draft the paragraph for the report.`),

  rec('case_fr_ca', f`Peux-tu résumer ces infos pour le dossier de fraude (en anglais) ? Sujet : Luc Bérubé, NAS ${v('pii.ca_sin', SIN)}, né le ${v('pii.date_of_birth', '30 janvier 1975')}, ancien contrôleur chez Laurentides Matériaux. Il aurait créé deux faux fournisseurs.`),

  rec('case_fr', f`Note de synthèse – dossier Vertbois
Personne concernée : Mme Sandrine Leclerc, n° de sécurité sociale ${v('pii.fr_nir', NIR)}, comptable fournisseurs depuis 2016.
Constat : 14 virements vers un compte ouvert à son nom de jeune fille.
Reformule pour le rapport d'expertise, ton neutre.`),

  rec('case_it', f`Riassumi in inglese per il partner: la dipendente sotto indagine è Giulia Bianchi, codice fiscale ${v('pii.it_codice_fiscale', CF)}, responsabile tesoreria della filiale di Torino. Ha autorizzato 9 pagamenti a un fornitore registrato a nome del cognato.`),

  rec('case_nl', f`Kun je dit omzetten in een nette bevindingenparagraaf? Betrokkene: dhr. R. van Dijk, BSN ${v('pii.nl_bsn', BSN)}, crediteurenadministratie. Hij heeft 23 facturen dubbel geboekt tussen maart en augustus.`),

  rec('case_de', f`Für das Gutachten: Die Lohnabrechnung von Frau Petra Wendt (Steuer-ID ${v('pii.de_steuer_id', STEUER)}, geboren am ${v('pii.date_of_birth', '12.10.1982')}) enthält ab Juli eine zweite Auszahlung auf ein anderes Konto. Bitte neutral formulieren.`),

  rec('case_es', f`Redacta el párrafo del informe pericial: el administrador de hecho, Sr. Dragoș Ionescu, con NIE ${v('pii.es_nie', NIE)}, firmó los contratos ficticios con la sociedad pantalla.`),

  // --- honey cooperative ---
  rec('register_pt_br', f`Cadastro de novos cooperados (confere se falta algum dado para a certificação orgânica):
1. Sebastião Ferreira Lima – CPF ${v('pii.br_cpf', CPF)} – Tel. ${phone('+55 47 99813-2046')} – 120 colmeias, Urubici/SC
2. Rosângela Moreira – CPF ${v('pii.br_cpf', CPF2)} – 45 colmeias, Bom Retiro/SC`),

  rec('chat_ta', f`தேனீ வளர்ப்பவர் பதிவு படிவம் – இதை ஆங்கிலத்தில் மொழிபெயர்க்கவும்:
பெயர்: முருகன் செல்வராஜ்
ஆதார் எண்: ${v('pii.in_aadhaar', AADHAAR)}
கைபேசி: ${phone('+91 94431 28475')}
தேன் பெட்டிகள்: 60`),

  rec('chat_lv', f`Sveiki! Jaunais biedrs biškopības kooperatīvā: Jānis Ozoliņš, dzimšanas datums ${v('pii.date_of_birth', '02.08.1964')}, tālrunis ${phone('+371 26 184 735')}, e-pasts ${v('pii.email', 'janis.ozolins@inbox.lv')}. Lūdzu, uzraksti viņam apsveikuma vēstuli latviski.`),

  rec('chat_sl', f`Pozdravljeni, prosim za prevod v angleščino: "Čebelar Marko Novak, tel. ${phone('+386 41 384 275')}, e-pošta ${v('pii.email', 'marko.novak.cebelar@siol.net')}, dobavi 800 kg kranjskega medu do konca junija."`),

  rec('chat_bg', f`Здравей, трябва ми имейл на английски до купувача в Хамбург. Нашият контакт за доставката на липов мед е Иван Петров, тел. ${phone('+359 88 384 2751')}, имейл ${v('pii.email', 'ivan.petrov@medopro.bg')}.`),

  rec('chat_ro', f`Bună, poți să scrii un e-mail în engleză către laboratorul din Bremen? Persoana de contact pentru probele de miere de salcâm este dna Elena Popescu, telefon ${phone('0722 384 175', 'RO')}, e-mail ${v('pii.email', 'elena.popescu@apicoop.ro')}.`),

  rec('letter_en_gb_nhs', f`Please rewrite this as a short, friendly appointment letter:

Renal unit, Wrexham. Patient Mr Emrys Pritchard, NHS No ${v('pii.uk_nhs_number', NHS2.replace(/ /g, ''))}, date of birth ${v('pii.date_of_birth', '14/02/1956')}. Access clinic 3 March 10:20, fistula assessment. Contact the unit on ${phone('01248 713520', 'GB')} if you cannot attend.`),
];
