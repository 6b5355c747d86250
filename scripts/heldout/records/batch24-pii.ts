/**
 * Held-out batch 24: personal data from passenger manifests, dental records, energy-retail call
 * notes, voter and donor files, fab HR and a security consultancy's investigations, in English,
 * Japanese, French (FR/QC), Polish, Turkish, Malay, Danish and Afrikaans. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH24_PII: DraftRecord[] = [
  // --- cruise line ---
  rec('manifest_tsv', f`Port authority in Kuşadası wants the APIS list in their template (Surname;Given;DOB;Nationality;Passport). Convert:

${amb('source_code.snippet', f`cabin\tsurname\tgiven\tdob\tnationality\tpassport_no\tpassport_exp
8142\tTANAKA\tHIROSHI\t${v('pii.date_of_birth', '1958-03-22')}\tJPN\t${v('pii.passport', 'TR4829173')}\t2031-07-14
8142\tTANAKA\tKEIKO\t${v('pii.date_of_birth', '1961-10-05')}\tJPN\t${v('pii.passport', 'TS0374182')}\t2029-02-02
9218\tDELACROIX\tANNE\t${v('pii.date_of_birth', '1972-06-30')}\tFRA\t${v('pii.passport', '21CK48293')}\t2030-11-19
10411\tHOLM\tBIRGITTE\t${v('pii.date_of_birth', '1966-01-17')}\tDNK\t${v('pii.passport', '208371946')}\t2028-05-08`)}`),

  rec('email', f`From: Chidi Okafor <${v('pii.email', 'chidi.okafor@btinternet.com')}>
Subject: Wheelchair assistance — booking AVX7K9

Hello, my mother (Grace Okafor, 81) needs wheelchair assistance at embarkation in Miami on 21 Dec and at every tender port. Please call me on ${phone('07412 583920', 'GB')} if you need her medical form. We are in cabin 6030.

→ Please write a reply confirming the assistance and listing what documents we need.`),

  rec('chat_ja', f`乗船前のお客様からの問い合わせです。英語で返信文を作ってください。

お名前：佐々木 美穂 様
パスポート番号：${v('pii.passport', 'TK7301928')}
生年月日：${v('pii.date_of_birth', '1984年9月12日')}
携帯：${phone('090-3841-2276', 'JP')}
内容：パスポートの有効期限が下船日の5か月後に切れますが、乗船できますか？`),

  rec('crew_record', f`Crew HR record for the contract renewal letter, please draft the letter:

Name: Ramon D. Villanueva
Position: Assistant Waiter, MS Aurora Vale
Date of birth: ${v('pii.date_of_birth', '14 Feb 1993')}
Seaman's book / passport: ${v('pii.passport', 'P4817263B')}
Home contact (Cebu): ${phone('+63 917 482 0931')}
Email: ${v('pii.email', 'ramon.villanueva93@gmail.com')}
Contract ends 28/02/2025, renewal 9 months.`),

  rec('form_fr', f`Formulaire d'assistance spéciale – croisière AV250110MRS
Passager : M. Gérard Fontaine
Né le : ${v('pii.date_of_birth', '03/04/1949')}
Téléphone : ${phone('06 12 48 73 95', 'FR')}
Courriel : ${v('pii.email', 'gerard.fontaine49@orange.fr')}
Besoin : concentrateur d'oxygène en cabine, régime sans sel

Peux-tu résumer ça en anglais pour l'équipe à bord ?`),

  rec('chat_tr', f`Acente şu yolcu listesini gönderdi, eksik bilgi var mı kontrol eder misin?

1) Ayşe Demir — TC Kimlik No ${ambCat('pii', '38291047562')} — doğum tarihi ${v('pii.date_of_birth', '11.08.1979')} — tel ${phone('0532 418 27 39', 'TR')}
2) Emre Demir — TC Kimlik No ${ambCat('pii', '41920385716')} — doğum tarihi ${v('pii.date_of_birth', '02.12.2006')}
Kabin: 7204, çıkış limanı İstanbul Galataport.`, 'Turkish TC Kimlik number: personal, no built-in rule (ambiguous, no rule id)'),

  // --- dental clinic group ---
  rec('referral_letter', f`Please shorten this referral for the oral surgeon, keep the identifiers:

Re: Mrs Eileen Crowther   DOB ${v('pii.date_of_birth', '22/09/1957')}   NHS No. ${v('pii.uk_nhs_number', '401 827 3657')}
Address: 14 Harewood Close, Leeds LS17 8QT   Tel: ${phone('0113 268 0725', 'GB')}
Referred for surgical extraction of LR8 (impacted, recurrent pericoronitis). Patient on apixaban — please liaise with GP.
Dr S. Patel, Smileline Leeds Roundhay`),

  rec('registration_pl', f`Karta rejestracyjna pacjenta — przepisz proszę do tabeli:

Imię i nazwisko: Zofia Kamińska
PESEL: ${ambCat('pii', '85071203468')}
Data urodzenia: ${v('pii.date_of_birth', '12.07.1985')}
Telefon: ${phone('601 283 947', 'PL')}
E-mail: ${v('pii.email', 'zofia.kaminska@wp.pl')}
Uczulenia: penicylina, lateks`, 'Polish PESEL: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_da', f`Kan du skrive en påmindelses-sms til patienten? Oplysninger fra journalen:
Navn: Lars Thygesen, CPR ${ambCat('pii', '140389-2417')}
Tlf: ${phone('28 41 93 06', 'DK')}
Tid: tandrensning tirsdag 10/12 kl. 08.30, Smileline Aarhus C
Skal ikke nævne CPR i beskeden selvfølgelig.`, 'Danish CPR number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_fr', f`Peux-tu rédiger le devis pour la mutuelle ? Patiente : Mme Sophie Marchand, n° de sécurité sociale ${v('pii.fr_nir', '2 79 11 69 123 045 16')}, mutuelle Harmonie, traitement : couronne céramo-métallique sur 46, base de remboursement 120 €.`),

  rec('chat_fr_qc', f`Peux-tu m'aider à écrire une note pour le dossier? La patiente Nathalie Gagnon (RAMQ ${ambCat('pii', 'GAGN 7852 1419')}, née le ${v('pii.date_of_birth', '14 février 1978')}) a appelé au ${phone('(514) 382-7719', 'CA')} pour dire qu'elle a des douleurs après son traitement de canal. Elle veut un rendez-vous avant vendredi.`, 'Québec health insurance (RAMQ) number: no built-in rule, ambiguous'),

  rec('sms_batch', f`These are tomorrow's reminder SMS, please check the Polish grammar:

${phone('+48 512 094 731')} — Pani Agnieszko, przypominamy o wizycie jutro o 9:00 w klinice Poznań Jeżyce.
${phone('+48 698 271 440')} — Panie Tomaszu, przypominamy o wizycie jutro o 11:30 (higienizacja).
${phone('+48 723 905 118')} — Pani Ewo, przypominamy o kontroli ortodontycznej jutro o 15:15.`),

  rec('xray_request', f`CBCT request form — the fields overflow the PDF, can you abbreviate the clinical indication?

Patient: Thomas Reilly · DOB ${v('pii.date_of_birth', '1990-05-28')} · NHS ${v('pii.uk_nhs_number', '6120938478')}
Referring dentist: Dr A. Kowal (GDC 281734)
Indication: assessment of bone volume in the LL6 region prior to implant placement following extraction 4 months ago; exclude proximity of the inferior alveolar canal.`),

  // --- energy retailer call centre ---
  rec('call_summary', f`Summarise this call note into the CRM format (Reason / Action / Follow-up):

Caller: Mrs Patricia Nwosu, account holder, passed DPA with DOB ${v('pii.date_of_birth', '07/11/1962')} and postcode.
Email on file updated to ${v('pii.email', 'pat.nwosu62@outlook.com')}, mobile ${phone('07923 418 562', 'GB')}.
Disputes estimated bill Oct–Nov, reads given: elec 41827, gas 09213. Customer is on oxygen at home — added to PSR.`),

  rec('psr_csv', f`${amb('source_code.snippet', f`account_id,name,dob,phone,psr_needs
VX-1182043,Harold Pike,${v('pii.date_of_birth', '1939-12-02')},${phone('01482 418 902', 'GB')},"dementia; nominee: daughter"
VX-1182197,Maureen O'Sullivan,${v('pii.date_of_birth', '1944-06-19')},${phone('0161 832 0382', 'GB')},"blind/partially sighted; large print"
VX-1183350,Kwame Asante,${v('pii.date_of_birth', '1958-03-08')},${phone('07700 183 944', 'GB')},"medical equipment (dialysis)"`)}

Which of these need a proactive call before the planned outage on 12 Dec?`),

  rec('ticket_af', f`Kan jy hierdie klagte in Engels opsom vir die span leier?

Kliënt: Mnr. Pieter Botha
ID-nommer: ${ambCat('pii', '7910230145081')}
Selfoon: ${phone('082 419 3381', 'ZA')}
E-pos: ${v('pii.email', 'pieter.botha@mweb.co.za')}
Klagte: voorafbetaalde meter aanvaar nie die token nie, al drie dae sonder krag in Bellville.`, 'South African ID number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('ticket_tr', f`Müşteri şikayeti, İngilizce özet lazım:

Abone: Selin Aksoy, abone no 4018293377
Telefon: ${phone('+90 532 741 09 26')}
E-posta: ${v('pii.email', 'selin.aksoy@hotmail.com.tr')}
Doğum tarihi: ${v('pii.date_of_birth', '23.05.1991')}
Şikayet: Kasım faturası tahmini okumaya göre kesilmiş, sayaç fotoğrafı ekte.`),

  rec('chat_da', f`Skriv venligst et svar til kunden på dansk, kort:
"Hej, jeg flytter fra Vesterbrogade 41, 1620 Kbh V til Østerbro 1. januar. Min mail er ${v('pii.email', 'sofie.lund@gmail.com')} og mit nummer ${phone('+45 31 72 48 05')}. Kan elaftalen flyttes med?" — Sofie Lund`),

  rec('crm_export', f`Dedupe this export by email, keep the newest row:

${amb('source_code.snippet', f`created,account,email,mobile
2024-11-02,VX-1190233,${v('pii.email', 'd.hargreaves@sky.com')},${phone('07811 204 936', 'GB')}
2024-11-19,VX-1190233,${v('pii.email', 'd.hargreaves@sky.com')},${phone('07811 204 936', 'GB')}
2024-11-21,VX-1190874,${v('pii.email', 'amira.haddad@yahoo.co.uk')},${phone('07534 881 207', 'GB')}
2024-12-01,VX-1191002,${v('pii.email', 'j.mcallister@talktalk.net')},${phone('07960 315 482', 'GB')}`)}`),

  rec('agent_note', f`Vulnerable customer note for the collections team, rewrite it so it's factual and kind:
Mr Brian Kettle (NINO given for the Warm Home Discount check: ${v('pii.uk_nino', 'JH 48 27 93 C')}) says he lost his job in October, lives alone, has a pacemaker. Wants a payment plan of £20/week. Callback on ${phone('07456 902 318', 'GB')} after 2pm.`),

  // --- polling / campaign ---
  rec('voter_file', f`Make a walk list sorted by street and house number from this voter file extract:

${amb('source_code.snippet', f`voter_id|last|first|dob|address|phone|party|vh2022
OH-0418820|MILLER|DENISE|${v('pii.date_of_birth', '1971-04-09')}|1184 Maple Ridge Dr, Dublin OH|${phone('(614) 283-9920', 'US')}|D|Y
OH-0418911|KOWALSKI|STEVEN|${v('pii.date_of_birth', '1988-11-23')}|1190 Maple Ridge Dr, Dublin OH|${phone('(614) 557-0148', 'US')}|R|N
OH-0420037|NGUYEN|LINH|${v('pii.date_of_birth', '1995-07-02')}|32 Ashbury Ct, Dublin OH||U|Y`)}`),

  rec('donor_record', f`Donor needs an FEC "best efforts" follow-up letter (occupation missing):

Donor: Margaret A. Lindqvist
Address: 77 Harbor View Rd, Portland ME 04103
Email: ${v('pii.email', 'mlindqvist@maine.rr.com')}
Phone: ${phone('207-871-3390', 'US')}
Total YTD: $2,900 (3 contributions)
Employer: Retired? Occupation: (blank)`),

  rec('panel_recruit', f`Online panel recruits that failed the attention check, write a polite decline email template (no names needed):

${v('pii.email', 'tyrone.b.1990@gmail.com')} — age 34, Columbus
${v('pii.email', 'kellyanne.r@aol.com')} — age 61, Toledo
${v('pii.email', 'sam.okoro@protonmail.com')} — age 27, Akron`),

  rec('volunteers_qc', f`Peux-tu faire un horaire de porte-à-porte pour samedi avec ces bénévoles?

- Marie-Ève Tremblay, ${phone('418 641-2290', 'CA')}, ${v('pii.email', 'metremblay@videotron.ca')} — dispo 9h-12h
- Kevin Bouchard, ${phone('581 992-3014', 'CA')} — dispo toute la journée
- Josée Lavoie, ${v('pii.email', 'josee.lavoie@hotmail.ca')} — dispo 13h-17h`),

  rec('staff_onboarding', f`New field organizer paperwork, is anything missing for the W-4 / I-9 step?

Name: Jordan Ellis
SSN: ${v('pii.us_ssn', '512-48-7391')}
DOB: ${v('pii.date_of_birth', '08/19/1998')}
Personal email: ${v('pii.email', 'jordan.ellis98@icloud.com')}
Start: 12/09, Franklin County office`),

  rec('canvasser_af', f`Help my asseblief om hierdie registrasie in 'n tabel te sit:

Naam: Thandi Mokoena · ID ${ambCat('pii', '8804125120086')} · sel ${phone('+27 72 318 4409')} · wyk 57
Naam: Johan du Plessis · ID ${ambCat('pii', '9201155081087')} · sel ${phone('+27 83 904 1126')} · wyk 57
Naam: Ayesha Daniels · sel ${phone('+27 61 220 7751')} · wyk 59`, 'South African ID numbers: no built-in rule, ambiguous'),

  // --- semiconductor fab ---
  rec('hr_ja', f`人事システムへの登録内容を確認してください。不足があれば教えてください。

氏名：山本 健太
生年月日：${v('pii.date_of_birth', '1992年4月3日')}
マイナンバー：${ambCat('pii', '4127 3901 8826')}
住所：熊本県菊池郡菊陽町原水 1182-5
電話：${phone('096-232-4418', 'JP')}
メール：${v('pii.email', 'k.yamamoto.92@docomo.ne.jp')}
配属：熊本第二工場 エッチング課`, 'Japanese My Number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('hr_ms', f`Tolong semak borang pekerja baru operator syif C:

Nama: Siti Nurhaliza binti Osman
No. MyKad: ${ambCat('pii', '950714-07-5526')}
Tarikh lahir: ${v('pii.date_of_birth', '14 Julai 1995')}
Telefon: ${phone('012-384 7719', 'MY')}
Emel: ${v('pii.email', 'siti.osman95@yahoo.com.my')}
Jabatan: Photolithography, Fab 2 Kulim`, 'Malaysian MyKad number: no built-in rule, ambiguous'),

  rec('visa_letter', f`Invitation letter for a Japanese process engineer coming to Kulim for the tool qualification, please draft it:

Name: Mr. Daisuke Morita
Passport: ${v('pii.passport', 'TZ0918273')}
Nationality: Japan
Visit: 6 Jan – 21 Feb 2025, Professional Visit Pass
Contact in Japan: ${phone('+81 3-5812-4937')}`),

  rec('access_log', f`Cleanroom badge log, who entered Bay 14 during the excursion window (02:10–02:50)?

${amb('source_code.snippet', f`2024-12-03 02:07:41 IN  BAY14-A badge=KLM2-20914 name="Lim Chee Keong" email=${v('pii.email', 'ck.lim@klm2fab.com.my')}
2024-12-03 02:19:08 IN  BAY14-A badge=KLM2-18833 name="Aminah Yusof" email=${v('pii.email', 'aminah.yusof@klm2fab.com.my')}
2024-12-03 02:44:52 OUT BAY14-A badge=KLM2-20914 name="Lim Chee Keong" email=${v('pii.email', 'ck.lim@klm2fab.com.my')}`)}`),

  // --- cybersecurity consultancy ---
  rec('phishing_headers', f`Is this phishing? Headers from the mail our client's CFO received:

${amb('source_code.snippet', f`Return-Path: <${v('pii.email', 'invoices@tally-retaill.com')}>
Received: from mail.tally-retaill.com (${amb('pii.ip_address', '185.117.90.14')}) by mx1.tallyretail.com
From: "Karen Ashdown" <${v('pii.email', 'karen.ashdown@tally-retaill.com')}>
To: ${v('pii.email', 'm.forsythe@tallyretail.com')}
Reply-To: ${v('pii.email', 'karen.ashdown.finance@gmail.com')}
Subject: Updated remittance details – urgent`)}`),

  rec('ir_user_list', f`Accounts that authenticated from the malicious IP, I need a table for the client report (name, email, first/last seen):

${v('pii.email', 'h.brennan@tallyretail.com')} — first 02/12 21:14, last 03/12 06:02
${v('pii.email', 'priya.nair@tallyretail.com')} — first 02/12 21:40, last 02/12 21:41
${v('pii.email', 'svc-sharepoint@tallyretail.com')} — first 02/12 22:03, last 03/12 07:55
Source: ${amb('pii.ip_address', '45.153.160.2')}`),

  rec('background_check', f`Vetting form for our new consultant (client requires BPSS) — can you list what's still missing?

Full name: Oliver James Whitlock
Date of birth: ${v('pii.date_of_birth', '3 March 1994')}
National Insurance: ${v('pii.uk_nino', 'SK 72 40 19 A')}
Passport: ${v('pii.passport', '547829163')} (UK)
Mobile: ${phone('07845 293 018', 'GB')}
Addresses last 3 years: 2 provided, gap Jun–Sep 2022`),

  rec('osint', f`Social engineering engagement — OSINT summary on the target's IT helpdesk lead (authorised in the SoW). Can you structure this as a pretext plan?

Name: Marek Nowicki
Work email: ${v('pii.email', 'marek.nowicki@baltrans.pl')}
Mobile (from a conference badge photo): ${phone('+48 604 117 392')}
LinkedIn: 9 years at Baltrans, posts about Formula 1 and his dog.`),

  rec('chat_fr_qc', f`Un client nous a envoyé la liste des employés à inclure dans la campagne d'hameçonnage simulée, peux-tu la mettre en CSV?
Louise Bergeron — ${v('pii.email', 'lbergeron@assurancesboreal.qc.ca')} — NAS au dossier RH ${v('pii.ca_sin', '461 938 276')} (je sais, je l'ai pas demandé!)
Martin Pelletier — ${v('pii.email', 'mpelletier@assurancesboreal.qc.ca')}`),
];
