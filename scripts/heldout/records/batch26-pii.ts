/**
 * Held-out batch 26: personal data in support tickets, membership and onboarding forms, HR notes,
 * KYC files, exports, logs and signatures of an education platform, a food-delivery app, a fitness
 * chain, an asset manager, a music label and a car dealer network. National identifiers without a
 * built-in rule (Austrian SV-Nummer, Swiss AHV, Belgian rijksregisternummer, Portuguese NIF,
 * Norwegian fødselsnummer, Slovak rodné číslo, Hungarian TAJ, Thai and Taiwanese ID numbers, Kenyan
 * ID) are ambiguous spans without a rule id. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH26_PII: DraftRecord[] = [
  rec('ticket', f`Ticket #KUR-40912 — Certificate shows wrong name
From: Hannah Whitlock <${v('pii.email', 'hannah.whitlock@btinternet.com')}>
Phone: ${phone('+44 20 3318 4527')}
Course: Data Analysis with Python (cohort Oct-24)

"My certificate says Hanna Whitlok. I need it for my employer by Friday."

Draft a reply promising a corrected certificate within 24 hours.`),

  rec('form_de_at', f`Mitgliedsantrag PulseHall Wien-Mariahilf

Vorname / Nachname: Lukas Gruber
Geburtsdatum: ${v('pii.date_of_birth', '12.03.1988')}
SV-Nummer: ${ambCat('pii', '4728 120388')}
Handy: ${phone('0664 2918374', 'AT')}
E-Mail: ${v('pii.email', 'lukas.gruber88@gmx.at')}
Tarif: Flex 12 Monate

Bitte prüf, ob die Felder für den Lastschriftauftrag reichen oder ob noch was fehlt.`),

  rec('form_de_ch', f`Kannst du mir die Angaben in eine saubere Tabelle bringen? Neue Trainerin ab 1. März:

Name: Seraina Caflisch
AHV-Nr.: ${ambCat('pii', '756.4829.1736.02')}
Geburtsdatum: ${v('pii.date_of_birth', '07.11.1994')}
Natel: ${phone('079 538 21 47', 'CH')}
Adresse: Badenerstrasse 412, 8004 Zürich
Pensum: 60 %, Studio Altstetten`),

  rec('chat_nl_be', f`Maak eens een contractbijlage op voor onze nieuwe artiest:
Naam: Jana Claeys
Rijksregisternummer: ${ambCat('pii', '91.03.14-287.61')}
Geboortedatum: ${v('pii.date_of_birth', '14 maart 1991')}
Gsm: ${phone('0486 21 93 58', 'BE')}
E-mail: ${v('pii.email', 'jana.claeys.music@telenet.be')}
Label: Sonaro Records, Antwerpen`),

  rec('form_pt', f`Ficha de estafeta — revisão antes de ativar a conta
Nome completo: Inês Carvalho Barros
NIF: ${ambCat('pii', '238417956')}
Data de nascimento: ${v('pii.date_of_birth', '02/09/1999')}
Telemóvel: ${phone('936 482 715', 'PT')}
Email: ${v('pii.email', 'ines.cbarros@sapo.pt')}
Carta de condução: categoria A1

Falta algum documento obrigatório para estafetas em Portugal?`),

  rec('kyc_no', f`Kan du oversette dette til engelsk for compliance i London?

Investor: Eirik Solheim
Fødselsnummer: ${ambCat('pii', '140387 48387')}
Fødselsdato: ${v('pii.date_of_birth', '14.03.1987')}
Mobil: ${phone('+47 912 84 735')}
E-post: ${v('pii.email', 'eirik.solheim@online.no')}
Kilde til midler: salg av eiendom i Bergen (dokumentasjon vedlagt)`),

  rec('chat_sk', f`Pomôž mi napísať kúpnu zmluvu na jazdenú Škodu Superb. Kupujúca: Mgr. Zuzana Hrušková, rodné číslo ${ambCat('pii', '855614/2914')}, tel. ${phone('0918 473 925', 'SK')}, trvalý pobyt Hlavná 27, 917 01 Trnava. Cena 18 900 €.`),

  rec('form_hu', f`Kérlek, nézd át ezt a regisztrációs lapot, hiányzik-e valami a GDPR miatt:

Név: Kovács Bence
Születési dátum: ${v('pii.date_of_birth', '1992. 06. 18.')}
TAJ szám: ${ambCat('pii', '038 472 613')}
Telefon: ${phone('06 20 518 3947', 'HU')}
E-mail: ${v('pii.email', 'kovacs.bence92@freemail.hu')}
Bérlet: Prémium, Budaörs`),

  rec('chat_th', f`ช่วยตรวจเอกสารไรเดอร์ใหม่ให้หน่อยครับ
ชื่อ: นายธนากร ศรีสุข
เลขบัตรประชาชน: ${ambCat('pii', '1-1037-00482-91-1')}
วันเกิด: ${v('pii.date_of_birth', '21/04/2541')}
เบอร์โทร: ${phone('081-734-2956', 'TH')}
เขตที่วิ่ง: ห้วยขวาง / ดินแดง
ยังขาดเอกสารอะไรอีกไหมครับ`, 'Thai Buddhist-era birth date (2541 = 1998)'),

  rec('contract_zh_tw', f`請幫我把這份家教老師合約的個人資料欄位整理成表格：
姓名：林怡君
身分證字號：${ambCat('pii', 'F228417396')}
出生日期：${v('pii.date_of_birth', '民國 84 年 5 月 9 日')}
手機：${phone('0912-483-706', 'TW')}
電子郵件：${v('pii.email', 'yichun.lin.tutor@gmail.com')}
授課科目：高中數學、物理`, 'ROC-calendar birth date'),

  rec('chat_sw', f`Naomba uandike ujumbe mfupi wa kumkaribisha msafirishaji mpya:
Jina: Brian Otieno Ochieng
Nambari ya kitambulisho: ${ambCat('pii', '31847265')}
Simu: ${phone('0722 483 915', 'KE')}
Barua pepe: ${v('pii.email', 'brian.otieno@gmail.com')}
Eneo: Westlands na Kilimani, Nairobi`),

  rec('kyc', f`Summarise the open KYC points for this US investor in one paragraph:

Name: Daniel R. Kessler
SSN: ${v('pii.us_ssn', '481-27-3956')}
Date of birth: ${v('pii.date_of_birth', 'April 2, 1971')}
Passport: ${v('pii.passport', '563829147')} (USA), expires 2029
Phone: ${phone('(646) 372-9184', 'US')}
Accreditation: letter from CPA dated 09/30/2024, W-9 received, source-of-wealth memo missing.`),

  rec('hr', f`Please draft the payroll set-up email for our new London analyst:

Name: Priya Ramanathan
NI number: ${v('pii.uk_nino', 'JT 48 29 61 D')}
DOB: ${v('pii.date_of_birth', '23/08/1996')}
Personal email: ${v('pii.email', 'priya.ramanathan96@outlook.com')}
Start date: 6 January 2025, Fixed Income Research`),

  rec('travel', f`Hotel and flight booking for the band's Oslo gig — can you fill in the form text?
Passenger 1: Jonas Verbeke, Belgian passport ${v('pii.passport', 'EN482917')}, born ${v('pii.date_of_birth', '30/01/1993')}
Passenger 2: Amani Wanjiru, Kenyan passport ${v('pii.passport', 'AK0382917')}
Flight: BRU–OSL, 12 Feb, returning 14 Feb`),

  rec('csv', f`Which students haven't logged in for 30 days? Export from the LMS:

${amb('source_code.snippet', f`student_id,name,email,last_login,country
S-10482,Chen Wei-Ting,${v('pii.email', 'weiting.chen@ntu.edu.tw')},2024-10-02,TW
S-10519,Mariana Lopes,${v('pii.email', 'mariana.lopes@campus.ul.pt')},2024-11-27,PT
S-10533,Ole Martin Berg,${v('pii.email', 'olemartin.berg@uio.no')},2024-09-18,NO
S-10541,Wanjiku Kamau,${v('pii.email', 'wanjiku.kamau@students.uonbi.ac.ke')},2024-11-29,KE`)}`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2024-11-30T21:14:52.118Z","level":"warn","svc":"auth","msg":"too many failed logins","member_id":"PH-20517","email":"${v('pii.email', 'r.brunner@bluewin.ch')}","ip":"${amb('pii.ip_address', '178.197.228.41')}","attempts":7}`)}
Is 7 attempts in 2 minutes enough to lock the account, or should we just add a captcha?`),

  rec('signature_de_at', f`Mit freundlichen Grüßen

Ing. Markus Steinbauer
Verkaufsleiter Neuwagen
Brenner Auto Gruppe – Filiale Linz
Tel.: ${phone('+43 732 784512')}
Mobil: ${phone('+43 676 4829103')}
${v('pii.email', 'm.steinbauer@brenner-auto.at')}`),

  rec('signature_sk', f`S pozdravom

Peter Baláž
vedúci servisu | Brenner Auto Slovensko s.r.o.
Mlynské nivy 48, 821 09 Bratislava
tel.: ${phone('+421 2 5293 8416')} | mobil: ${phone('+421 905 382 614')}
${v('pii.email', 'peter.balaz@brenner-auto.sk')}`),

  rec('signature_hu', f`Üdvözlettel:

Nagy Réka
klubmenedzser – PulseHall Budapest Váci út
Tel.: ${phone('+36 1 382 4719')}
Mobil: ${phone('+36 30 481 2739')}
E-mail: ${v('pii.email', 'reka.nagy@pulsehall.hu')}`),

  rec('signature_pt', f`Com os melhores cumprimentos,

Rita Gouveia
Gestora de Parcerias com Restaurantes — Snackr Portugal
Tel.: ${phone('+351 213 847 265')} · Telemóvel: ${phone('+351 912 384 756')}
${v('pii.email', 'rita.gouveia@snackr.pt')}`),

  rec('form', f`Parental consent form — teen membership (16–17)
Member: Mia Hofer, date of birth ${v('pii.date_of_birth', '04/05/2008')}
Parent/guardian: Sabine Hofer
Guardian phone: ${phone('+43 664 3827461')}
Guardian email: ${v('pii.email', 'sabine.hofer@aon.at')}

Rewrite this form so it complies with Austrian rules for minors, keep the fields.`),

  rec('form_de_at', f`Probefahrtvereinbarung – bitte in ein PDF-Formular umbauen:

Fahrer: DI Florian Wimmer
Geburtsdatum: ${v('pii.date_of_birth', '19.10.1979')}
Führerschein-Nr.: ${ambCat('pii', '18204739')}
Telefon: ${phone('+43 1 5872934')}
Fahrzeug: BMW iX1 xDrive30, Kennzeichen W-PROBE 3
Dauer: 24 h`, 'Austrian driving licence number: personal, no built-in rule'),

  rec('email_thread', f`> Am 28.11.2024 um 18:02 schrieb Claudia Aigner <${v('pii.email', 'claudia.aigner@a1.net')}>:
> Mein Auto ist seit 3 Tagen in der Werkstatt und niemand ruft zurück. Bitte unter ${phone('+43 664 5102938')} melden.

Liebe Frau Aigner, wir entschuldigen uns …

→ Formulier meine Antwort bitte fertig, Ersatzwagen ist ab morgen da.`),

  rec('hr_de', f`Bitte eine Gehaltsbestätigung formulieren für unseren deutschen Mitarbeiter in der Filiale Salzburg (wohnt in Freilassing):
Name: Tobias Reindl
Steuer-ID: ${v('pii.de_steuer_id', '57382941636')}
Geburtsdatum: ${v('pii.date_of_birth', '08.02.1990')}
Bruttogehalt: € 3.940,– (14×)`),

  rec('tsv', f`${amb('source_code.snippet', f`Mitglied\tStudio\tTelefon\tE-Mail\tGeburtstag
Reto Brunner\tOerlikon\t${phone('+41 79 412 38 56')}\t${v('pii.email', 'r.brunner@bluewin.ch')}\t${v('pii.date_of_birth', '1985-07-22')}
Nadine Keller\tAltstetten\t${phone('+41 44 268 41 90')}\t${v('pii.email', 'nadine.keller@sunrise.ch')}\t${v('pii.date_of_birth', '1991-12-03')}`)}

Mach mir daraus eine Geburtstags-Mail-Liste für Dezember (nur Vorname + E-Mail).`),

  rec('chat_zh_tw', f`請幫我回覆這位家長：他說孩子的帳號被鎖住了。家長 email：${v('pii.email', 'chang.mingjie@yahoo.com.tw')}，電話 ${phone('02-2718-3946', 'TW')}。學生帳號 kursio-tw-58213。語氣要客氣。`),

  rec('chat_th', f`ลูกค้าร้องเรียนว่าไรเดอร์ไม่โทรมาก่อนส่งอาหาร ลูกค้าชื่อคุณพิมพ์ชนก อีเมล ${v('pii.email', 'pimchanok.w@hotmail.com')} เบอร์ ${phone('+66 81 734 2956')} ช่วยเขียนอีเมลขอโทษพร้อมให้คูปองส่วนลด 100 บาท`),

  rec('sms_log', f`${amb('source_code.snippet', f`2024-11-30 12:41:07 OUT ${phone('+254 712 384 907')} "Oda yako SNK-4471 iko njiani. Msafirishaji: Kevin, simu ${phone('+254 20 271 8394')}"
2024-11-30 12:58:33 IN  ${phone('+254 712 384 907')} "Sijapokea bado, nipo gate ya pili"
2024-11-30 13:02:10 OUT ${phone('+254 712 384 907')} "Samahani! Atafika ndani ya dakika 5."`)}

Translate this SMS thread to English for the complaint review.`),

  rec('cv', f`Verbeter de samenvatting van mijn cv, de contactgegevens laat ge staan:

ELKE VERMEULEN
${v('pii.email', 'elke.vermeulen@proximus.be')} · ${phone('+32 475 38 29 17')} · Mechelen
Geboren: ${v('pii.date_of_birth', '22/06/1990')}

Profiel: ik werk al 9 jaar in de muziekindustrie als A&R en ik ben heel gemotiveerd en werk graag in team.`),

  rec('chat_hu', f`Írj egy udvarias e-mailt Szabó Attilának, hogy a szervizidőpontja csütörtök 9:00-ra módosult. Címe ${v('pii.email', 'szabo.attila@t-online.hu')}, mobil ${phone('+36 20 417 8253')}. Az autó: Škoda Kamiq, rendszám AB-CD-123.`),

  rec('chat_no', f`Lag en kort bio til konsertprogrammet: Ingrid Haugen, født ${v('pii.date_of_birth', '3. juni 1989')} i Tromsø, låtskriver og produsent, signert på Sonaro siden 2021. Maks 50 ord, og dropp fødselsdatoen i den ferdige teksten.`),

  rec('trace', f`${amb('source_code.snippet', f`psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "riders_phone_key"
DETAIL:  Key (phone)=(${phone('+351 936 482 715')}) already exists.
  File "/app/riders/onboarding.py", line 142, in create_rider
    cur.execute(INSERT_RIDER, params)`)}

The same rider signed up twice with different emails. Merge or reject?`),

  rec('invite', f`Turn this into an Outlook invite text:

Q4 investor update – Nordic family offices
Thu 12 Dec, 14:00–15:00 CET, Teams
Attendees: ${v('pii.email', 'k.lindstad@lindstad-familiekontor.no')}; ${v('pii.email', 'm.aasen@fjordlight.no')}; ${v('pii.email', 't.halvorsen@fjordlight.no')}
Agenda: performance, risk budget 2025, fee changes`),

  rec('chat_pt', f`Podes rever esta mensagem para um cliente que se queixou? "Caro Sr. Duarte Pires, recebemos a sua reclamação enviada de ${v('pii.email', 'duarte.pires@netcabo.pt')}. O nosso apoio vai ligar-lhe para o ${phone('+351 213 847 266')} ainda hoje." Está demasiado formal?`),

  rec('log', f`${amb('source_code.snippet', f`Nov 29 03:12:44 stream-edge-07 nginx: ${amb('pii.ip_address', '84.194.27.103')} - ${v('pii.email', 'dries.peeters@skynet.be')} [29/Nov/2024:03:12:44 +0100] "GET /v1/streams/trk_8H2kQ9/hls/master.m3u8 HTTP/2.0" 403 162
Nov 29 03:12:45 stream-edge-07 nginx: ${amb('pii.ip_address', '84.194.27.103')} - ${v('pii.email', 'dries.peeters@skynet.be')} [29/Nov/2024:03:12:45 +0100] "GET /v1/streams/trk_8H2kQ9/hls/master.m3u8 HTTP/2.0" 403 162`)}

Why would a premium subscriber get 403 on HLS? Geo-block?`),

  rec('chat_sk', f`Prosím preveď na tabuľku kontakty na vedúcich pobočiek: Košice — Ján Tkáč, ${phone('+421 905 214 873')}, ${v('pii.email', 'jan.tkac@brenner-auto.sk')}; Žilina — Lucia Horváthová, ${phone('+421 911 382 047')}, ${v('pii.email', 'lucia.horvathova@brenner-auto.sk')}.`),
];
