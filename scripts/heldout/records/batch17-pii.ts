/** Held-out batch 17: personal data in patient intake, HR, driver rosters, customs paperwork, store and city work. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH17_PII: DraftRecord[] = [
  rec('intake', f`Can you turn this phone intake into a clean note for the chart?

pt Gloria Ramirez-Beltran, DOB ${dob('04/17/1962')}, SSN ${v('pii.us_ssn', '547-82-1093')}, cell ${phone('(617) 482-9031', 'US')}, email ${email('gloria.rb62@comcast.net')}
c/o dizziness x3 days, worse standing, on lisinopril 20mg, no falls. Daughter Ana drives her. Ins: BCBS PPO, member id on file. Wants Tues AM appt.`),

  rec('letter', f`Please make this referral letter shorter and clearer for the GP:

Re: Mr Kwame Asante   NHS number: ${v('pii.uk_nhs_number', '485 103 9271')}   DOB: ${dob('22/08/1957')}
Address on file. Mobile: ${phone('07824 193056', 'GB')}

Seen in the falls clinic on 28/11. Two falls in October, orthostatic drop of 28 mmHg. Suggest medication review (doxazosin) and physio referral.`),

  rec('hr_de', f`Hallo, bitte schreib mir eine Checkliste für den ersten Arbeitstag von unserer neuen Pflegekraft:
Name: Jana Krüger
Geb.: ${dob('12.03.1994')}
Steuer-ID: ${v('pii.de_steuer_id', '84639172534')}
Handy: ${phone('0176 48213907', 'DE')}
Mail privat: ${email('jana.krueger94@web.de')}
Start 01.01., Station 3 (Innere), Einarbeitung mit Schwester Petra.`),

  rec('hr_fr', f`Bonjour, peux-tu vérifier que la DPAE est complète avant que je l'envoie ?
Salariée : Mme Inès Bouzid, aide-soignante
Née le ${dob('13/02/1991')} à Marseille
N° de sécurité sociale : ${v('pii.fr_nir', '2 91 02 13 055 112 53')}
Date d'embauche : 06/01/2025 – CDI temps plein – clinique du Parc
Téléphone : ${phone('06 12 48 93 70', 'FR')}`),

  rec('csv', f`Ordena este listado de conductores por fecha de caducidad del carnet y dime quién tiene que renovar antes de marzo:

${amb('source_code.snippet', f`nombre;documento;tel;carnet_C_caduca
Jorge Molina Sáez;${v('pii.es_dni', '48291037F')};${phone('+34 611 482 937')};2025-02-14
Ionut Dragomir;${v('pii.es_nie', 'X4820931Q')};${phone('+40 721 482 937')};2026-07-30
Rachid El Idrissi;${v('pii.es_nie', 'Y1938472T')};${phone('+212 661 48 29 37')};2025-03-02
Alba Ferrer Puig;${v('pii.es_dni', '73920418M')};${phone('963 41 28 75', 'ES')};2027-11-09`)}`),

  rec('form_it', f`Mi aiuti a compilare la richiesta di rimborso alla farmacia ospedaliera?
Paziente: Giulia Rossi
Codice fiscale: ${v('pii.it_codice_fiscale', 'RSSGLI85M52L219Q')}
Nata a Torino il ${dob('12/08/1985')}
Farmaco: enoxaparina 4000 UI, 10 fiale, ricetta n. 0900A4821937
Cell. ${phone('+39 333 481 2097')}`),

  rec('chat_nl', f`Kun je deze overdracht netjes maken voor de thuiszorg?
Mevr. A. Visser-de Boer, BSN ${v('pii.nl_bsn', '219573049')}, geb. ${dob('03-11-1939')}, woont alleen, dochter bereikbaar op ${phone('06-41839275', 'NL')}. Ontslag morgen na heupoperatie, 2x per dag wondzorg, valrisico hoog.`),

  rec('chat_hi_en', f`Sir new joinee ka onboarding form check kar lo please, warehouse Bhiwandi:
Name: Ramesh Yadav
Aadhaar: ${v('pii.in_aadhaar', '6384 0912 7525')}
Mobile: ${phone('98201 47362', 'IN')}
DOB ${dob('15-06-1996')}
Bank details alag se bhejunga. Shift B se start karega Monday.`),

  rec('chat_pt_br', f`Oi, preciso responder essa cliente da loja do Shopping Iguatemi. Ela diz que o cadastro no programa de fidelidade está com CPF errado. Dados que ela mandou: Fernanda Lopes Cardoso, CPF ${v('pii.br_cpf', '529.184.370-50')}, celular ${phone('+55 21 98731-2046')}, e-mail ${email('fe.lcardoso@uol.com.br')}. Escreve uma resposta educada dizendo que corrigimos.`),

  rec('payroll', f`Contractor onboarding for the Brookhaven (Ontario office) stormwater survey:
Name: Mathieu Gagnon
SIN: ${v('pii.ca_sin', '529 183 741')}
Phone: ${phone('(416) 482-9173', 'CA')}
Start: Jan 6, hourly, T4A at year end

Draft the welcome email in English and French.`),

  rec('chat', f`New environment artist starting Monday at the Leeds studio — can you draft the HMRC starter checklist answers? Name Chloe Barnes, NI number ${v('pii.uk_nino', 'JT 48 29 17 C')}, this is her first job since uni, student loan plan 2, postgraduate loan no.`),

  rec('customs_pl', f`Potrzebuję listu do brytyjskiej straży granicznej. Nasz kierowca został zatrzymany w Dover:
Kierowca: Krzysztof Wójcik
Paszport nr ${v('pii.passport', 'EN4829173')}, data urodzenia ${dob('07.05.1979')}
Ciągnik: WGM 48291, naczepa: WGM 7713P
Ładunek: meble, deklaracja 24PL44301000173829
Telefon do kierowcy: ${phone('+48 601 283 947')}
Napisz po angielsku, grzecznie i krótko.`),

  rec('chat_ja', f`GDC出張のESTA申請を代わりにやります。情報に間違いがないか確認してください。
氏名：佐藤 健太
パスポート番号：${v('pii.passport', 'TR4829173')}
生年月日：${dob('1990年5月21日')}
電話：${phone('090-4821-3397', 'JP')}
メール：${email('k.sato@hollowfen-games.jp')}`),

  rec('csv', f`Can you make a rota email from this? Only first names in the email please.

${amb('source_code.snippet', f`name,email,ward,shift_dec_24
Ngozi Eze,${email('ngozi.eze@meridian-health.org')},ICU,N
Patrick Doyle,${email('p.doyle@meridian-health.org')},ICU,L
Marta Kowalczyk,${email('marta.kowalczyk@meridian-health.org')},ICU,E
Sunil Menon,${email('sunil.menon@meridian-health.org')},ICU,N`)}`),

  rec('chat_tr', f`Yarınki İzmir sevkiyatı için şoför listesini SMS'e çevirir misin?
1) Mehmet Arslan – ${phone('+90 532 418 27 93')} – 34 KLM 482
2) Hasan Çelik – ${phone('0212 384 27 91', 'TR')} (depo sabit hattı) – 35 ABC 19
Yükleme saat 05:30, geç kalan olmasın.`),

  rec('log', f`VPN concentrator complains about brute force, which of these look suspicious?

${amb('source_code.snippet', f`Dec 03 02:14:07 vpn01 ocserv[2211]: main: ${ip('185.213.154.77')}:51822 user ${email('a.lindqvist@meridian-group.example')} failed authentication
Dec 03 02:14:09 vpn01 ocserv[2211]: main: ${ip('185.213.154.77')}:51830 user ${email('b.olsen@meridian-group.example')} failed authentication
Dec 03 02:14:11 vpn01 ocserv[2211]: main: ${ip('185.213.154.77')}:51841 user ${email('c.moreau@meridian-group.example')} failed authentication
Dec 03 07:58:43 vpn01 ocserv[2211]: main: ${ip('94.254.17.203')}:60112 user ${email('d.ahmed@meridian-group.example')} authenticated`)}`),

  rec('signature_pt', f`Podes traduzir para inglês o meu e-mail e manter a assinatura?

"Informo que a descarga do contentor foi adiada para quinta-feira por falta de pessoal no cais."

--
Sofia Marques
Coordenadora de Armazém · Alverca
Tlm. ${phone('+351 912 384 756')} | Tel. ${phone('21 384 2917', 'PT')}
${email('sofia.marques@tejolog.pt')}`),

  rec('email_thread', f`Peux-tu résumer cet échange en 3 lignes pour mon chef ?

De : Karim Haddad <${email('k.haddad@transports-haddad.fr')}>
Envoyé : mardi 3 décembre 2024 08:12
Objet : RE: Retard livraison Lyon

Le camion est bloqué à Mâcon, panne de frein. Mon chauffeur vous rappelle depuis le ${phone('+33 7 81 42 93 06')}.

> De : Élise Martin <${email('elise.martin@pinewick-stores.example')}>
> La livraison de 40 palettes était prévue hier 14h, le magasin est vide.`),

  rec('chat_ar', f`ساعدني في كتابة خطاب تجديد الإقامة للموظف:
الاسم: يوسف عبد الله الحمادي
رقم الجواز: ${v('pii.passport', 'N48291730')}
تاريخ الميلاد: ${dob('14/03/1985')}
الهاتف: ${phone('+971 50 482 9173')}
الوظيفة: مشرف مستودع – جبل علي`),

  rec('hr_da', f`Kan du skrive en kort bekræftelse på ansættelse til banken?
Medarbejder: Mette Kjær Nielsen
CPR-nr.: ${ambCat('pii', '140391-2846')}
Ansat siden: 1. marts 2019 som butikschef i Aarhus
Tlf.: ${phone('28 41 93 76', 'DK')}`, 'Danish CPR number: personal, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('complaint', f`Rewrite this citizen complaint summary for the council's monthly report (no names):

Caller: Denise Walker, 1184 Fernhill Rd
Phone: ${phone('(312) 748-2619', 'US')}  Email: ${email('dwalker.fernhill@gmail.com')}
Issue: pothole outside driveway reported 3x since Sept (tickets 24-08812, 24-09177, 24-10433), damaged tire 11/14, asking about reimbursement.`),

  rec('sms_log', f`¿Cuántos pacientes no confirmaron la cita? Exporte de recordatorios de la clínica de Monterrey:

${amb('source_code.snippet', f`fecha_envio,telefono,paciente,respuesta
2024-12-02 09:00,${phone('+52 55 4821 9037')},L. Hernández,SI
2024-12-02 09:00,${phone('+52 81 8374 2916')},R. Treviño,
2024-12-02 09:01,${phone('+52 33 3817 4620')},M. Guzmán,NO`)}`),

  rec('contract', f`QA tester contract — fix the English only, do not change the numbers:

Contractor: Park Ji-hoon
Contact: ${phone('+82 10-4821-9370')}, ${email('jihoon.park.qa@naver.com')}
Scope: compatibility testing of Lantern Moss v0.9 on 12 Android devices, 80 hours, KRW 3,200,000.`),

  rec('form', f`Next-of-kin form — is anything missing?
Employee: Harriet Gill (Store 22, Manchester)
Date of birth: ${dob('9 October 1988')}
NI number: ${v('pii.uk_nino', 'SK 73 92 04 A')}
Emergency contact: Simon Gill (husband) ${phone('+44 161 718 2943')}`),

  rec('email_fr_be', f`Bonjour,

Suite à l'accident de travail du 26/11 au dépôt de Liège, voici les coordonnées du collaborateur pour l'assureur :
Thomas Lambert – ${phone('+32 470 48 29 13')} – ${email('thomas.lambert.lg@skynet.be')}
Date de naissance : ${dob('02/04/1983')}

Pouvez-vous rédiger la déclaration en français simple ?`),

  rec('customs', f`Draft a reminder to our supplier contact about the missing commercial invoice:

Shipper: Ningbo Brightsail Housewares Co.
Contact: Ms. Chen Lu, ${phone('+86 138 2194 7360')}, ${email('chenlu@brightsail-nb.cn')}
B/L: MEDUNB4829173 · HS 7323.93 · 1x40HC`),

  rec('chat', f`driver Emeka from the Lagos partner keeps missing the 6am slot. his number ${phone('+234 803 482 9173')}, can you write a firm but friendly whatsapp msg in simple english`),

  rec('hr_de', f`Für die Betriebsärztin – bitte diese Notiz sachlich umformulieren:
Mitarbeiter: Stefan Maier, geb. ${dob('30.01.1972')}, Lager Kassel
Krankenversichertennr.: ${ambCat('pii', 'M482917364')}
Rückenbeschwerden seit Umstellung auf Nachtschicht, bittet um Arbeitsplatzbegehung.`, 'German health-insurance number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_id', f`Tolong buatkan pengumuman untuk staf gudang Cikarang: mulai Senin, laporan kerusakan barang langsung ke Pak Budi (${phone('+62 812-4829-3710')}), bukan ke supervisor shift.`),

  rec('chat', f`Store manager for the new Perth shop: Olivia Tran, mobile ${phone('0412 938 475', 'AU')}, ${email('olivia.tran@pinewick-stores.com.au')}. Write her an intro paragraph for the franchise newsletter.`),

  rec('w4', f`HR question: employee wants to change withholding. Her SSN on the old W-4 was ${v('pii.us_ssn', '318-40-7265')}, new one she wrote is ${v('pii.us_ssn', '318-40-7256')}? Which is likely the typo? Also her DOB is ${dob('11/02/1990')} in payroll but ${dob('11/20/1990')} on the I-9.`),

  rec('chat_es', f`Redacta un contrato sencillo para la cuidadora interna de mi madre: Milagros Quispe, NIE ${v('pii.es_nie', 'Z0748213M')}, teléfono ${phone('+34 622 318 407')}, 40 h semanales, empieza el 7 de enero.`),

  rec('form_it', f`Correggi l'italiano di questa domanda al Comune per il passo carrabile del magazzino:
Il sottoscritto Marco Bianchi, C.F. ${v('pii.it_codice_fiscale', 'BNCMRC71C14H501P')}, nato a Roma il ${dob('14/03/1971')}, legale rappresentante della Logistica Tiburtina S.r.l., chiede...`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2024-12-03T10:22:41Z","app":"patient-portal","event":"login_failed","reason":"mfa_timeout","user":"${email('olga.petrova@yandex.ru')}","ip":"${ip('91.207.183.44')}","ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)"}
{"ts":"2024-12-03T10:23:05Z","app":"patient-portal","event":"login_ok","user":"${email('olga.petrova@yandex.ru')}","ip":"${ip('2a02:6b8:c0e:500:1::1f')}"}`)}

same user, different IPs within 30s — is that an account takeover or just wifi → 4G?`),

  rec('chat_no', f`Kan du skrive en vennlig velkomstmelding til ny butikkmedarbeider i Bergen? Info: Ingrid Haugland, mobil ${phone('+47 412 83 957')}, e-post ${email('ingrid.haugland@online.no')}, starter 2. januar, jobber lør/søn.`),

  rec('clinic_list', f`Tidy this clinic list into a table and flag anyone over 80:

09:00  Eileen Marsh      NHS ${v('pii.uk_nhs_number', '604 728 1931')}   DOB ${dob('02/02/1941')}   diabetic review
09:20  Tariq Hussain     NHS ${v('pii.uk_nhs_number', '710 394 2854')}   DOB ${dob('17/09/1966')}   BP check
09:40  Lily-Mae Porter   NHS ${v('pii.uk_nhs_number', '392 018 4750')}   DOB ${dob('30/06/2019')}   asthma, with mum`),
];
