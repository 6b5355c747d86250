/**
 * Held-out batch 38: personal data in crew HR and loyalty tickets, forest-owner and sawmill staff
 * records, prosecution files, mobile-money agent KYC, museum volunteer and visitor records and dairy
 * farmer registrations, in the batch's twenty language variants. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH38_PII: DraftRecord[] = [
  rec('hr_onboarding', f`New cabin crew — MEL base, course 24-07. Can you make a welcome checklist from this?

Name: Tahlia Brennan
DOB: ${v('pii.date_of_birth', '17/03/2001')}
Passport: ${v('pii.passport', 'PB4187293')} (AUS, exp 2031)
TFN: ${ambCat('pii', '418 273 659')}
Mobile: ${phone('0412 738 905', 'AU')}
Personal email: ${v('pii.email', 'tahlia.b01@bigpond.com')}
Uniform: 10, shoes 38
Start: Mon 12 Aug, 07:30, Building 3 training centre`, 'Australian tax file number: no built-in rule (ambiguous)'),

  rec('ticket', f`Loyalty case #CR-558103
Member: Mr Dean Kowalczyk, Gold since 2019
Contact: ${phone('+61 423 918 074')} / ${v('pii.email', 'deankowalczyk@outlook.com.au')}
Verified with DOB ${v('pii.date_of_birth', '04-11-1978')} and last flight CR417 SYD–OOL.
Issue: 18,000 points from the Bali trip not credited, boarding passes attached.

Write a reply saying the points will be manually credited within 48 hours.`),

  rec('chat_en_in', f`Hi, I am from the ground staff vendor in Bengaluru. For the airport pass of our new ramp agent I need to fill the background verification form. His details: Santosh Kumar Reddy, Aadhaar ${v('pii.in_aadhaar', '8621 3629 1291')}, DOB ${v('pii.date_of_birth', '09/06/1996')}, mobile ${phone('+91 98154 27360')}. Please make it in the format "Field: value" so I can copy to the portal.`),

  rec('witness_list', f`Could you turn this into a table for the witness care unit? Case ref 24/031877, listed Belfast Crown Court w/c 21 Oct.

1. Aoife McCann (injured party) — ${phone('07821 463509', 'GB')} — prefers text, no calls during school hours
2. Ciarán Doherty (eyewitness) — ${phone('028 9024 8137', 'GB')} (work) — ${v('pii.email', 'ciaran.doherty77@gmail.com')}
3. PC R. Gillespie 4471 (OIC) — via station, no personal contact
4. Dr Hannah Quinn (A&E, RVH) — ${v('pii.email', 'hannah.quinn@belfasttrust.hscni.net')}`),

  rec('medical_summary', f`Please simplify this medical summary for the victim personal statement we attach to the prosecution file:

Patient: Aoife McCann   H&C No: ${v('pii.uk_nhs_number', '325 050 8691')}   DOB: ${v('pii.date_of_birth', '22/01/1989')}
Attended ED 02/06 03:40 with facial lacerations and a fractured left zygoma following an assault. Sutured, referred to maxillofacial, ORIF 05/06. Discharged 07/06, outpatient review 6 weeks.`, 'Northern Ireland Health and Care number: same mod-11 scheme as the NHS number'),

  rec('payroll', f`Lagan Valley Dairies — new starters for September payroll, please check nothing is missing:

Emma Thompson, Intake operator, Dungannon — NI no ${v('pii.uk_nino', 'JM 21 84 07 C')}, start 02/09
Stephen Rafferty, Tanker driver — NI no ${v('pii.uk_nino', 'SN482915A')}, start 09/09, P45 to follow
Marek Zieliński, Cheese plant — NI no pending (applied 20/08), start 16/09`),

  rec('form_fr', f`Bonjour, pouvez-vous m'aider à compléter la requête en indemnisation (CIVI) pour la victime ? Voici ce que j'ai :

Nom : Mme Céline Rousset, née le ${v('pii.date_of_birth', '12 mars 1984')} à Lyon 3e
N° de sécurité sociale : ${v('pii.fr_nir', '2 84 03 69 381 773 02')}
Téléphone : ${phone('06 42 18 73 95', 'FR')}
Adresse : 14 rue Duguesclin, 69006 Lyon
Procédure : parquet de Villefranche-sur-Saône, n° 24/118/00392

Quelles pièces manquent d'après vous ?`),

  rec('kyc_sn', f`Fiche d'ouverture agent — Xaalis Express
Nom : Mamadou Lamine Ndiaye
Commerce : Boutique Keur Serigne, Pikine
CNI : ${ambCat('pii', '1 751 1994 00418')}
Téléphone : ${phone('+221 77 418 32 61')}
Téléphone secondaire : ${phone('78 204 17 93', 'SN')}
E-mail : ${v('pii.email', 'mlndiaye.pikine@gmail.com')}

Peux-tu rédiger le SMS de bienvenue en français et en wolof ?`, 'Senegalese national ID card number: no built-in rule (ambiguous)'),

  rec('volunteer_qc', f`Inscription bénévoles — Muséum Boréal, été 2024
Peux-tu mettre ces fiches dans un tableau pour la paie des honoraires (feuillets T4A) ?

- Gabrielle Lavoie, NAS ${v('pii.ca_sin', '219 665 262')}, ${phone('(514) 872-3916', 'CA')}, ${v('pii.email', 'gab.lavoie@videotron.ca')}
- Étienne Bouchard, NAS ${v('pii.ca_sin', '217-352-061')}, ${phone('418 694-2207', 'CA')}, ${v('pii.email', 'etienne.bouchard@hotmail.com')}`),

  rec('expediente_ar', f`Necesito un resumen de estos datos para el requerimiento de elevación a juicio, en prosa:

IMPUTADO: Walter Hernán Sosa
DNI: ${ambCat('pii', '31.482.705')}
Fecha de nacimiento: ${v('pii.date_of_birth', '02/08/1985')}
Domicilio: Pasaje Los Ceibos 1420, Rosario
Teléfono: ${phone('+54 9 11 4827-3915')}
Defensor: Dra. Paula Iturbe (Defensoría General)`, 'Argentine DNI: no built-in rule (ambiguous)'),

  rec('chat_es_do', f`Buenas, ¿me ayudas a redactar la citación para la víctima? Datos: Yomaira Altagracia Peña Rosario, cédula ${ambCat('pii', '031-0418273-2')}, nacida el ${v('pii.date_of_birth', '14 de mayo de 1992')}, residente en Los Jardines, Santiago. Teléfono ${phone('829-318-4406', 'DO')}. La audiencia es el 7 de noviembre a las 9:00 a.m.`, 'Dominican cédula: no built-in rule (ambiguous)'),

  rec('kyc_ao', f`Registo de novo agente Kumbu — pode verificar se falta algum campo obrigatório?

Nome: Domingos Kiala Manuel
BI: ${ambCat('pii', '004187263LA042')}
Data de nascimento: ${v('pii.date_of_birth', '23/09/1990')}
Telemóvel: ${phone('+244 923 418 572')}
Telemóvel alternativo: ${phone('912 307 448', 'AO')}
Localização: Mercado do Kikolo, Cacuaco
NIF: ${ambCat('pii', '004187263LA042')}`, 'Angolan BI number (also used as NIF for individuals): no built-in rule (ambiguous)'),

  rec('hr_fi', f`Tee tästä lyhyt perehdytyssuunnitelma uudelle sahurille, jätä henkilötiedot pois lopullisesta versiosta:

Nimi: Joonas Mäkelä
Henkilötunnus: ${ambCat('pii', '140395-2191')}
Puhelin: ${phone('040 728 3916', 'FI')}
Sähköposti: ${v('pii.email', 'joonas.makela95@luukku.com')}
Aloitus: 7.10.2024, kolmivuorotyö, Kokkolan saha
Trukkikortti: on, hygieniapassi: ei tarvita`, 'Finnish henkilötunnus: no built-in rule (ambiguous)'),

  rec('hr_sv_fi', f`Hej! Kan du skriva ett välkomstmejl till vår nya museiguide? Uppgifter från anställningsblanketten:

Namn: Linnea Björkqvist
Personbeteckning: ${ambCat('pii', '280702A914P')}
Mobil: ${phone('+358 50 418 2273')}
E-post: ${v('pii.email', 'linnea.bjorkqvist@gmail.com')}
Arbetstid: lör–sön 10–17, från 5 oktober
Språk: svenska, finska, engelska`, 'Finnish personal identity code written in a Swedish-language form: no built-in rule (ambiguous)'),

  rec('hr_lt', f`Prašau parašyti trumpą sutikimo tekstą dėl asmens duomenų tvarkymo naujam darbuotojui. Duomenys:
Vardas, pavardė: Mindaugas Petrauskas
Asmens kodas: ${ambCat('pii', '38805121542')}
Tel.: ${phone('+370 612 48391')}
El. paštas: ${v('pii.email', 'm.petrauskas88@gmail.com')}
Pareigos: lentpjūvės operatorius, Joniškis`, 'Lithuanian asmens kodas: no built-in rule (ambiguous)'),

  rec('visa_hy', f`Խնդրում եմ պատրաստիր հրավերի նամակ անգլերենով՝ մեր թանգարանի հետազոտողի համար, ով մեկնում է Լիոն՝ միջատաբանական հավաքածուի հետ աշխատելու։
Անուն, ազգանուն՝ Վարդան Պետրոսյան
Ծննդյան ամսաթիվ՝ ${v('pii.date_of_birth', '11.02.1983')}
Անձնագիր՝ ${v('pii.passport', 'AN0418273')}
Հեռախոս՝ ${phone('+374 91 418273')}
Էլ. փոստ՝ ${v('pii.email', 'v.petrosyan@nhm-yerevan.am')}
Այցի ժամկետները՝ 2024 թ. նոյեմբերի 4–22`),

  rec('case_ka', f`გთხოვ, ეს მონაცემები ჩამოაყალიბე ბრალდების მხარის მოწმეთა სიის ფორმატში:
მოწმე: გიორგი ბერიძე
პირადი ნომერი: ${ambCat('pii', '01024058317')}
დაბადების თარიღი: ${v('pii.date_of_birth', '03.07.1979')}
ტელეფონი: ${phone('+995 599 41 82 73')}
მისამართი: თბილისი, ვაჟა-ფშაველას გამზ. 41`, 'Georgian personal number: no built-in rule (ambiguous)'),

  rec('farmer_kk', f`Сүт тапсырушы фермерлерді тіркеу тізімін кестеге айналдырып берші:
1. Ерлан Жұмабаев — ЖСН ${ambCat('pii', '850412300918')} — тел. ${phone('+7 701 418 2739')} — Талғар ауданы
2. Гүлнар Сейітова — ЖСН ${ambCat('pii', '910228401533')} — тел. ${phone('8 777 204 58 13', 'KZ')} — Есік қаласы`, 'Kazakh IIN: twelve digits like an Aadhaar number, but no built-in rule claims it (ambiguous)'),

  rec('farmer_pa', f`ਨਵੇਂ ਦੁੱਧ ਉਤਪਾਦਕ ਦੀ ਰਜਿਸਟ੍ਰੇਸ਼ਨ — ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਅੰਗਰੇਜ਼ੀ ਫਾਰਮ ਵਿੱਚ ਭਰ ਦਿਓ:
ਨਾਮ: ਬਲਵਿੰਦਰ ਸਿੰਘ ਸੰਧੂ
ਪਿੰਡ: ਮਲਸੀਆਂ, ਜ਼ਿਲ੍ਹਾ ਜਲੰਧਰ
ਆਧਾਰ ਨੰਬਰ: ${v('pii.in_aadhaar', '4774 8837 7013')}
ਜਨਮ ਮਿਤੀ: ${v('pii.date_of_birth', '15-08-1974')}
ਮੋਬਾਈਲ: ${phone('98722 41903', 'IN')}
ਪਸ਼ੂ: 14 ਮੱਝਾਂ, 6 ਗਾਵਾਂ`),

  rec('chat_pa_latn', f`Veer ji, tanker driver di detail bhejo transport contractor nu: naam Jaspreet Singh Gill, license PB08 20190041827, Aadhaar ${v('pii.in_aadhaar', '353789585595')}, phone ${phone('+91 94172 58310')}. Eh Phillaur route te Monday ton lagega. Ek formal English email bana do.`),

  rec('kyc_yo', f`Ẹ jọ̀ọ́ ẹ bá mi ṣètò àwọn ìwífún yìí sí fọ́ọ̀mù KYC ní èdè Gẹ̀ẹ́sì fún agent tuntun wa ní Ọ̀yọ́:
Orúkọ: Adéwálé Ọláwálé Adébáyọ̀
BVN: ${ambCat('pii', '22184736190')}
NIN: ${ambCat('pii', '41827360519')}
Nọ́mbà fóònù: ${phone('0803 418 2957', 'NG')}
Ọjọ́ ìbí: ${v('pii.date_of_birth', '06/12/1987')}
Ṣọ́ọ̀bù: Ọjà Ọba, Ọ̀yọ́`, 'Nigerian BVN and NIN: no built-in rule (ambiguous)'),

  rec('kyc_ha', f`Ka taimaka min in cike wannan fom din KYC na sabon wakili a Kano cikin Turanci:
Suna: Aminu Sani Bello
NIN: ${ambCat('pii', '70218463952')}
Lambar waya: ${phone('0812 904 3371', 'NG')}
Lambar waya ta biyu: ${phone('+234 703 558 2014')}
Wurin kasuwanci: Kasuwar Kantin Kwari, shago na 47
Ranar haihuwa: ${v('pii.date_of_birth', '01/01/1983')}`, 'Nigerian NIN: no built-in rule (ambiguous)'),

  rec('signature', f`Warm regards,

Chiamaka Eze
Regional Agent Network Manager — South-West
KudiLink Agent Services Ltd
14 Adeola Odeku Street, Victoria Island, Lagos
M: ${phone('+234 806 213 7749')} | O: ${phone('0906 127 4483', 'NG')}
${v('pii.email', 'chiamaka.eze@kudilink.ng')}`),

  rec('csv', f`Which of these Rewards members should get the "lapsed" campaign (no flight in 18 months)?

${amb('source_code.snippet', f`member_id,first_name,last_name,email,mobile,dob,last_flight
CR40918273,Jess,Nguyen,${v('pii.email', 'jess.nguyen92@gmail.com')},${phone('+61438712095')},${v('pii.date_of_birth', '1992-05-30')},2022-11-04
CR41022518,Mitchell,O'Brien,${v('pii.email', 'mitch.obrien@icloud.com')},${phone('+61402931874')},${v('pii.date_of_birth', '1986-12-01')},2024-06-18
CR41184420,Priya,Raman,${v('pii.email', 'priya.raman@yahoo.com')},${phone('+61418273390')},${v('pii.date_of_birth', '1979-09-14')},2023-01-27`)}`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2024-08-21T19:42:11.093+10:00","level":"WARN","svc":"crew-app-auth","event":"login_failed","reason":"mfa_timeout","user":"${v('pii.email', 'liam.fitzgerald@corella-air.com.au')}","staff_no":"C40871","ip":"${amb('pii.ip_address', '203.45.118.72')}","ua":"CrewApp/5.4.1 (iPad; iPadOS 17.5)"}`)}
Crew keep getting mfa_timeout on hotel wifi. Is it the push notification or the clock?`),

  rec('signature', f`Kind regards

Niamh Corrigan
Senior Public Prosecutor — Belfast Chambers
Tel: ${phone('+44 28 7134 2258')} | Mob: ${phone('+44 7917 204 683')}
${v('pii.email', 'niamh.corrigan@prosecution-ni.gov.uk')}

Please make this signature shorter and drop the mobile.`),

  rec('apis', f`Charter flight CR9011 BNE–POM (mining crew change) — APIS list. Can you check the format for the Papua New Guinea authority, they want SURNAME/GIVEN;DOB;PASSPORT;NAT?

MORRISON/JAKE;${v('pii.date_of_birth', '1988-02-19')};${v('pii.passport', 'PA7302841')};AUS
SINGH/HARPREET;${v('pii.date_of_birth', '1991-10-07')};${v('pii.passport', 'M4829163')};IND
OKONKWO/EMEKA;${v('pii.date_of_birth', '1983-04-25')};${v('pii.passport', 'B04718263')};NGA
CAMPBELL/RUTH;${v('pii.date_of_birth', '1975-12-30')};${v('pii.passport', '548217396')};GBR`),

  rec('email_qc', f`Bonjour Me Tremblay,

Le témoin M. Olivier Gauthier (né le ${v('pii.date_of_birth', '8 octobre 1969')}) a changé de numéro : il est maintenant joignable au ${phone('+1 438 291 5074')} ou par courriel à ${v('pii.email', 'o.gauthier69@sympatico.ca')}. Il demande à témoigner par visioconférence à cause de son emploi à Rouyn-Noranda.

Pouvez-vous reformuler ce message pour le greffe, de façon plus formelle ?`),

  rec('letter_fr', f`Rédige une lettre d'invitation pour le chercheur sénégalais qui vient étudier notre collection de reptiles :
M. Ousmane Diallo, né le ${v('pii.date_of_birth', '30/06/1981')} à Thiès, passeport sénégalais n° ${v('pii.passport', 'A02418736')}, ${v('pii.email', 'ousmane.diallo@ucad.edu.sn')}. Séjour du 13 au 31 janvier 2025 au Muséum, laboratoire d'herpétologie.`),

  rec('email_fi', f`Hei, voitko muotoilla tämän viestin kohteliaammaksi?

"Metsänomistaja Raili Koskinen soitti taas numerosta ${phone('044 912 4085', 'FI')} ja vaatii että leimikon hakkuu siirretään kevääseen. Hänen poikansa (${v('pii.email', 'timo.koskinen@elisanet.fi')}) hoitaa nykyään asioita, soittakaa mieluummin hänelle: ${phone('+358 6 318 4420')}."`),

  rec('chat_en_in', f`Our scheduling vendor's new analyst in Hyderabad needs VPN access. HR sent: Sneha Iyer, PAN ${ambCat('pii', 'BKRPI4827L')}, Aadhaar ${v('pii.in_aadhaar', '4773 2174 6413')}, personal mobile ${phone('+91 90452 18736')}. Can you draft the access request email to Corella IT without the PAN and Aadhaar?`, 'Indian PAN: no built-in rule (ambiguous)'),

  rec('incident_report', f`Rewrite this cabin incident report in neutral language for the police referral:

Flight CR622 OOL–MEL, 19 July, seat 23C
Passenger: Bradley James Hocking, DOB ${v('pii.date_of_birth', '11/09/1990')}, contact on booking ${phone('0439 218 604', 'AU')}
At approx 20:15 the passenger became verbally abusive towards CSM after being refused a third alcoholic drink, pushed the cart into FA2. Restrained with assistance of two passengers. AFP met the aircraft at MEL gate 11.`),

  rec('accident_ni', f`Please turn this into an HSENI RIDDOR-style summary:

Injured person: Pádraig Morgan, farm hand (contractor), DOB ${v('pii.date_of_birth', '02/05/1998')}
H&C number: ${v('pii.uk_nhs_number', '3692838492')}
Date: 28/08/2024, 06:10, Intake bay 2, Dungannon site
Slipped on wet grating while connecting tanker hose, fractured right wrist. Taken to Craigavon Area Hospital. Next of kin (mother): ${amb('pii.phone', '07700 900418')}`, 'next-of-kin number in the Ofcom drama range: ambiguous by convention'),

  rec('chat_lt', f`Parašyk, prašau, padėkos laišką savanoriui, kuris padėjo inventorizuoti drugelių kolekciją: Tomas Kazlauskas, ${v('pii.email', 'tomas.kazlauskas@inbox.lt')}, tel. ${phone('8 698 27 415', 'LT')}. Jis dirbo 6 savaitgalius, sutvarkė apie 4 000 egzempliorių.`),

  rec('chat_kk', f`Агенттер желісіндегі жаңа аға агенттің байланыс деректерін CRM-ге енгізу үшін JSON форматына айналдыр:
Аты-жөні: Айгерім Нұрланқызы Омарова
Телефон: ${phone('+7 705 312 94 60')}
Эл. пошта: ${v('pii.email', 'aigerim.omarova@mail.kz')}
Мекенжай: Шымкент, Тәуке хан даңғылы 17
Туған күні: ${v('pii.date_of_birth', '21.03.1994')}`),

  rec('chat_es_do', f`Necesito que me pongas esto en una tabla. Son los subagentes bancarios nuevos de Santiago:
- Colmado Hermanos Taveras — Juan Carlos Taveras — ${phone('+1 849 207 3158')}
- Farmacia La Fe — Rosanna Jiménez — ${phone('(809) 582-4410', 'DO')} — ${v('pii.email', 'rosannajimenez.farmalafe@gmail.com')}`),
];
