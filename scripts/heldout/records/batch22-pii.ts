/**
 * Held-out batch 22: personal data in lab requisitions, car-rental bookings, esports tickets,
 * library and museum records, export-control screening and HR forms. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH22_PII: DraftRecord[] = [
  rec('form_in', f`Home collection booking – please check if anything is missing before I confirm

Patient name: Meenakshi Raghavan
DOB: ${dob('17/03/1961')}
Aadhaar: ${v('pii.in_aadhaar', '4829 1736 5024')}
Mobile: ${phone('+91 98450 12763')}
Address: 14, 3rd Cross, Jayanagar 4th Block, Bengaluru 560011
Tests: HbA1c, lipid profile, TSH
Slot: 7:00–8:00 am, fasting`),

  rec('referral_uk', f`Can you turn this referral into a plain-English letter for the patient?

Patient: Mr Gareth Pryce
NHS No: ${v('pii.uk_nhs_number', '485 777 3457')}
D.O.B.: ${dob('02/11/1954')}
Requesting GP: Dr A. Okafor, Riverside Surgery
Test: serum protein electrophoresis, free light chains
Clinical details: raised total protein, ?paraprotein`),

  rec('billing_us', f`Patient called about a denied claim. Notes from the call:
- Name: Dolores Whitaker, DOB ${dob('08/22/1948')}
- SSN (for Medicare secondary lookup): ${v('pii.us_ssn', '521-38-4907')}
- Callback ${phone('(316) 842-7719', 'US')}
- Says Medicare card was updated in 2023

Write a short summary for the claims team.`),

  rec('onboarding_ca', f`Hi, HR question for our Mississauga lab. A new phlebotomist filled the TD1 and the onboarding form:
Name: Priya Sandhu
SIN: ${v('pii.ca_sin', '527 123 459')}
Date of birth: ${dob('1996-04-09')}
Phone: ${phone('416-739-2281', 'CA')}
She asks whether we need a copy of her SIN card — do we? Canadian rules please.`),

  rec('form_pt_br', f`Preciso montar o recibo de premiação do campeonato pra contabilidade. Dados do jogador:
Nome: Lucas Henrique Barbosa
CPF: ${v('pii.br_cpf', '418.207.396-78')}
Nascimento: ${dob('23/06/2003')}
E-mail: ${email('lucas.hbarbosa03@gmail.com')}
Celular: ${phone('(11) 98432-7160', 'BR')}
Valor: R$ 8.000,00 (2º lugar)`),

  rec('booking_es', f`Contrato de alquiler RM-MAD-2024-118263 — el cliente dice que el DNI está mal y por eso no le dejan recoger el coche:
Titular: Javier Ortega Lozano
DNI: ${v('pii.es_dni', '48273619T')}
Teléfono: ${phone('612 48 39 07', 'ES')}
Recogida: Madrid Atocha, 15/11 10:00
¿Qué le decimos y cómo lo corregimos en el sistema?`),

  rec('chat_en_ie', f`Customer in Alicante, Irish lady living in Spain, her NIE is ${v('pii.es_nie', 'X4728193Z')} but the booking was made with her passport. Can the branch accept the NIE card as ID for a one-way rental to Valencia? Draft an answer for her please.`),

  rec('hr_it', f`Mi serve una lettera di assunzione per la nuova addetta alla logistica di cantina:
Giulia Bianchi, nata a Roma il ${dob('05/04/1990')}
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCGLI90D45H501X')}
Cell. ${phone('338 472 9156', 'IT')}
Decorrenza 2 dicembre, CCNL alimentari, livello 5.`),

  rec('hr_de', f`Neue Prüftechnikerin in Hamburg-Finkenwerder, bitte Willkommensmail entwerfen. Aus dem Personalfragebogen:
Name: Svenja Albers
Geburtsdatum: ${dob('14.08.1993')}
Steuer-ID: ${v('pii.de_steuer_id', '47193058460')}
Mobil: ${phone('0171 4829375', 'DE')}
Start: 02.01.2025, Abteilung NDT (Ultraschall)`),

  rec('volunteer_fr', f`Fiche bénévole – Nuit des musées
Nom : Hélène Marchetti
Né(e) le : ${dob('11/05/1976')}
N° sécu : ${v('pii.fr_nir', '2 76 05 13 055 082 90')}
Tél : ${phone('06 47 29 18 53', 'FR')}
Mail : ${email('helene.marchetti@orange.fr')}

Est-ce qu'on a vraiment besoin du numéro de sécu pour un bénévole ? Rédige-moi un message pour lui dire qu'on le supprime.`),

  rec('hr_nl', f`Kun je een korte bevestiging schrijven aan de nieuwe collega van de bibliotheek Oost?
Naam: Daan Visser
BSN: ${v('pii.nl_bsn', '173829466')}
Geboortedatum: ${dob('30-01-1988')}
Telefoon: ${phone('06 2847 1936', 'NL')}
Start: 1 december, 24 uur per week`),

  rec('export_screening', f`End-user screening for the visit to the Toulouse facility (ITAR area tour excluded). Visitor data as received:

Name: Rahul Venkatesan
Nationality: Indian
Passport no.: ${v('pii.passport', 'T4829173')}
Date of birth: ${dob('19 Jul 1982')}
Employer: Hindustan Aeronautics Ltd (HAL), Bengaluru
E-mail: ${email('r.venkatesan@hal-india.co.in')}

Does an Indian national need an export licence just to visit the composite shop floor? List what I should check.`),

  rec('chat_ko', f`한국 손님 렌터카 예약 확인 메일을 영어로 써줘.
이름: 박지민 (PARK JIMIN)
여권번호: ${v('pii.passport', 'M48271936')}
생년월일: ${dob('1995.02.17')}
연락처: ${phone('010-4827-3916', 'KR')}
픽업: 프랑크푸르트 공항, 11월 22일 09:00`),

  rec('ticket', f`Ban appeal #TS-55102
Account: mirae_hs (${email('mirae.hs2001@naver.com')})
Banned for: ban evasion (alt account linked)
Evidence: both accounts logged in from ${ip('121.134.77.208')} within 4 min, same device fingerprint
Player says: "it's my brother, we share the PC cafe wifi"

Write a neutral reply asking for proof without promising anything.`),

  rec('csv', f`Dedupe these patron records, keep the newest:

${amb('source_code.snippet', f`card_no,name,email,phone,branch,updated
2100483921,Agnes Kowalczyk,${email('agnes.k@btinternet.com')},${phone('07912 384756', 'GB')},Central,2024-10-02
2100483921,Agnes Kowalczyk,${email('agnes.kowalczyk@gmail.com')},${phone('07912 384756', 'GB')},Central,2024-11-15
2100519044,Tom Ashworth,${email('tomash@outlook.com')},${phone('0161 832 4719', 'GB')},Levenshulme,2024-09-21
2100519044,Thomas Ashworth,${email('tomash@outlook.com')},,Levenshulme,2024-11-01`)}`),

  rec('email_signature', f`Fwd: Re: sample courier delays

---------- Forwarded message ---------
From: Thandeka Mokoena <${email('thandeka.mokoena@vitalab-dx.co.za')}>
Date: Tue, 12 Nov 2024 at 16:41

Hi Sipho, the Polokwane boxes missed the 14:00 flight again. Can we move pickup to 11:30?

Thandeka Mokoena | Regional Logistics Coordinator
Vitalab Diagnostics (Pty) Ltd
Cell: ${phone('+27 82 417 3390')} | Office: ${phone('011 482 7300', 'ZA')}

summarise and suggest a reply`),

  rec('chat_sw', f`Naomba unisaidie kuandika ujumbe kwa wasafirishaji (riders) wapya. Orodha:
- Brian Otieno ${phone('0712 483 906', 'KE')}
- Faith Wanjiru ${phone('+254 722 190 384')}
- Hassan Mwinyi ${phone('0733 582 417', 'KE')}
Wanatakiwa kuchukua sampuli Westlands saa 2 asubuhi.`),

  rec('complaint_ng', f`Please help me reply this customer well, he is very angry:

"Good afternoon. I rented a Corolla at your Lagos Ikeja office on 3rd November, booking RD-LOS-55218. Your staff charged me twice for fuel and nobody is picking my calls. My number is ${phone('0803 472 1956', 'NG')} and email ${email('chukwuemeka.obi@yahoo.com')}. If I don't hear back by Friday I will go to the consumer protection council."`),

  rec('contact_au', f`Can you tidy this into a proper contact card for our CRM? importer in Adelaide
Mick Donnelly – Barossa & Beyond Imports
mob ${phone('0412 738 295', 'AU')}  ${email('mick@barossabeyond.com.au')}
likes Nebbiolo, hates being called before 9`),

  rec('chat_ja', f`東京の輸入代理店の担当者の連絡先をまとめて英語で社内向けに紹介文を作ってください。
株式会社ヴィノ・トウキョウ 購買部 佐藤 美香様
TEL: ${phone('03-5412-7830', 'JP')}
Email: ${email('m.sato@vino-tokyo.co.jp')}`),

  rec('chat_es_mx', f`porfa redacta un whatsapp para el cliente, se le olvidó la chamarra en la camioneta que devolvió en CDMX Aeropuerto T1. Nombre: Fernanda Ríos, tel ${phone('55 4187 2936', 'MX')}. Que pase a recogerla a mostrador o se la mandamos por paquetería con costo.`),

  rec('chat_pl', f`Napisz proszę maila do nowego moderatora turniejów. Dane: Kacper Zieliński, ${email('kacper.zielinski@wp.pl')}, tel. ${phone('512 384 907', 'PL')}. Ma dostęp do panelu od poniedziałku, szkolenie w środę o 18:00.`),

  rec('chat_ar', f`اكتب رسالة اعتذار للعميلة سارة المنصوري عن تأخير تسليم السيارة في فرع أبوظبي. رقمها ${phone('+971 50 428 3917')} وإيميلها ${email('sara.almansoori@hotmail.com')}.`),

  rec('chat_taglish', f`pa-draft naman ng reply, yung player na si "ChonaSlayer" (real name Chona Dizon, ${phone('0917 482 3361', 'PH')}) nanalo ng skin giveaway pero hindi pa daw na-credit. sabihin mo within 48h`),

  rec('access_log', f`Is this someone scraping the catalogue? 20k requests overnight

${amb('source_code.snippet', f`${ip('185.107.56.214')} - - [14/Nov/2024:02:13:07 +0000] "GET /opac/search?q=isbn:978* HTTP/1.1" 200 18422 "-" "python-requests/2.31"
${ip('185.107.56.214')} - - [14/Nov/2024:02:13:07 +0000] "GET /opac/search?q=isbn:979* HTTP/1.1" 200 17310 "-" "python-requests/2.31"
${ip('2a02:8108:1cc0:3e00::4a1')} - - [14/Nov/2024:02:13:09 +0000] "GET /opac/record/884102 HTTP/1.1" 200 9921 "https://catalogue.lumen-lib.org/" "Mozilla/5.0"
${ip('185.107.56.214')} - - [14/Nov/2024:02:13:08 +0000] "GET /opac/search?q=isbn:977* HTTP/1.1" 429 312 "-" "python-requests/2.31"`)}`),

  rec('manifest_ke', f`Sample manifest – Kisumu → Nairobi central lab, 13/11/2024
Box 1 of 2
1. KSM-24-88102 Achieng Odhiambo, F, DOB ${dob('04/02/1987')}, viral load
2. KSM-24-88103 Peter Kamau, M, DOB ${dob('19/09/1972')}, CD4
3. KSM-24-88104 Mercy Atieno, F, DOB ${dob('28/12/2019')}, FBC (paeds)

check the format, the lab wants date of birth as YYYY-MM-DD`),

  rec('hr_in', f`Please convert to a table for the Bengaluru engineering centre onboarding tracker:

Ananya Iyer – Aadhaar ${v('pii.in_aadhaar', '7365 0218 4930')} – PAN ${ambCat('pii', 'AKLPI4827M')} – joining 02-Dec – Stress analysis
Karthik Reddy – Aadhaar ${v('pii.in_aadhaar', '5610 2938 4710')} – PAN ${ambCat('pii', 'BQRPR9130K')} – joining 09-Dec – Avionics V&V`, 'Indian PAN has no built-in rule: ambiguous without rule id'),

  rec('chat_tr', f`Antalya havalimanı şubesinde müşterinin TC kimlik no'su ${ambCat('pii', '28471936502')} sistemde yanlış görünüyor, telefonu ${phone('0532 418 27 39', 'TR')}. Müşteriye düzeltme için ne söyleyelim? Kısa bir SMS metni yaz.`, 'Turkish TC Kimlik number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('counter_us', f`US customer at Munich airport, the counter asked me what to enter for the licence. He gave:
Name: Bradley Kowalski
Driver license (Illinois): ${ambCat('pii', 'K420-6718-3921')}
Date of birth: ${dob('March 3, 1979')}
Passport: ${v('pii.passport', 'A03817264')}
Is an IL licence valid in Germany without an IDP? Answer in German for the counter staff.`, 'US driver licence number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('report_discord', f`User report batch from the Discord mod queue, please group by type:
1) reporter ${email('n1ghtowl.gg@proton.me')} – harassment in #lfg-eu, offender joined from ${ip('2001:16b8:4c2a:9f00:8d1e:2a4b:77c1:e091')}
2) reporter ${email('sakura.miyamoto.92@icloud.com')} – doxxing attempt in DMs
3) reporter ${email('kev.b@gmx.de')} – scam link "free skins" from new account`),

  rec('letter_sv', f`Kan du skriva ett tackbrev till donatorn? Uppgifter:
Ingrid Holmqvist, ${email('ingrid.holmqvist@telia.com')}, ${phone('070-428 39 17', 'SE')}
Donation: 14 glasnegativ från Kiruna 1930-talet, till fotosamlingen.`),

  rec('email_fr_be', f`Bonjour, je souhaiterais recevoir mes résultats d'analyse par e-mail plutôt que par courrier. Mon adresse : ${email('m.dewit@skynet.be')}. Vous pouvez aussi me joindre au ${phone('+32 478 29 14 83')}. Merci, Marc De Wit

→ réponds poliment qu'on doit d'abord vérifier son identité au guichet`),

  rec('uk_payroll', f`Quick check before payroll runs – the new museum technician's P46 info:
Name: Owen Lloyd
NI number: ${v('pii.uk_nino', 'JT 48 29 17 C')}
DOB: ${dob('21/10/1999')}
Start date: 18/11/2024
Is the NI number format right? payroll software rejected it.`),

  rec('chat_es', f`Necesito una autorización para que mi compañera recoja los resultados de mi analítica: yo soy Nuria Castell, DNI ${v('pii.es_dni', '05719382H')}; ella es Oksana Melnyk, NIE ${v('pii.es_nie', 'Z0917364Z')}. Redáctalo formal, para el laboratorio de Valencia.`),
];
