/**
 * Held-out batch 25: personal data in enrolment forms, KYC tickets, payroll and HR records,
 * signatures, exports and logs — transit, biotech, childcare, A&E, casino and payroll staff, in
 * English, Mexican / Colombian Spanish, Italian, Czech, Vietnamese, Hinglish, Ukrainian, Taglish
 * and Finnish. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH25_PII: DraftRecord[] = [
  rec('form_es_mx', f`Ayúdame a pasar esta ficha de inscripción a una tabla bonita para el expediente:

FICHA DE INSCRIPCIÓN – Pequeños Pasos, campus Providencia
Nombre del niño(a): Santiago Ramírez Ortega
Fecha de nacimiento: ${v('pii.date_of_birth', '14/03/2021')}
CURP: ${ambCat('pii', 'RAOS210314HJCMRNA7')}
Alergias: cacahuate (anafilaxia), trae EpiPen
Mamá: Daniela Ortega – cel. ${phone('33 3817 2094', 'MX')} – ${v('pii.email', 'dani.ortega.mx@gmail.com')}
Papá: Luis Ramírez – cel. ${phone('+52 55 4172 8390')}
Personas autorizadas para recoger: abuela Rosa Ortega`, 'CURP: national id with no built-in rule (ambiguous, no rule id)'),

  rec('incident_report', f`Please make this incident report more neutral and factual before it goes to the parents:

Child: Ava Mitchell, DOB ${v('pii.date_of_birth', '07/22/2022')}, Toddler Room B
Time: 10:40 am, 11/26. Ava bit Liam on the arm during block play. Skin not broken, ice applied.
Parent contacted: Jessica Mitchell ${phone('(702) 839-4172', 'US')}, left voicemail, email sent to ${v('pii.email', 'jess.mitchell88@yahoo.com')}.
Staff: Ms. Carla (lead), Ms. Tanya`),

  rec('kyc_ticket', f`KYC escalation #K-30412
Player: Rodel Santos Dizon, DOB ${v('pii.date_of_birth', '1989-05-17')}
Document: Philippine passport ${v('pii.passport', 'P4827193B')}, exp 2031-02-08
Mobile: ${phone('+63 917 482 9031')} · email ${v('pii.email', 'rodel.dizon89@gmail.com')}
Flag: name on e-wallet (GCash) differs – "Rodel S. Diz0n"

Pakisummarize para sa compliance team, in English, and tell me if we need a selfie re-check.`),

  rec('chat_es_co', f`Un jugador pidió autoexclusión por 12 meses. Datos: Andrés Felipe Cárdenas, C.C. ${ambCat('pii', '1.020.738.415')}, celular ${phone('+57 310 482 7391')}, correo ${v('pii.email', 'afcardenas@hotmail.com')}. Redáctame la confirmación que le mandamos, en tono respetuoso y con la línea de ayuda.`),

  rec('chat_hi_en', f`Bhai ye naye employee ka onboarding data check kar lo, payroll mein daalna hai:
Name: Sneha Kulkarni
Aadhaar: ${v('pii.in_aadhaar', '4839 2017 5637')}
PAN: ${ambCat('pii', 'BQKPK4821L')}
Mobile: ${phone('+91 98203 41756')}
Personal email: ${v('pii.email', 'sneha.kulkarni94@gmail.com')}
UAN abhi generate nahi hua. Sab fields theek hain na?`, 'Indian PAN: no built-in rule (ambiguous, no rule id)'),

  rec('chat_tl', f`Pa-check naman kung kumpleto na yung 201 file ng new hire bago ko i-encode sa payroll:
Name: Maria Kristina B. Villanueva
Birthday: ${v('pii.date_of_birth', 'June 3, 1996')}
SSS: ${ambCat('pii', '34-8172930-4')}
PhilHealth: ${ambCat('pii', '12-050381927-6')}
TIN: ${ambCat('pii', '482-193-706-000')}
Pag-IBIG: ${ambCat('pii', '1211-4820-3917')}
Contact: ${phone('0918 273 4650', 'PH')}
Kulang pa ba?`, 'Philippine SSS / PhilHealth / TIN / Pag-IBIG numbers: no built-in rule (ambiguous, no rule id)'),

  rec('chat_vi', f`Kiểm tra giúp mình thông tin nhân viên mới trước khi nhập vào hệ thống lương:
Họ tên: Trần Minh Khôi
Ngày sinh: ${v('pii.date_of_birth', '12/08/1995')}
Số CCCD: ${ambCat('pii', '079095012384')}
SĐT: ${phone('0903 817 264', 'VN')}
Email: ${v('pii.email', 'khoi.tranminh@gmail.com')}
Mã số thuế cá nhân: ${ambCat('pii', '8427193650')}`, 'Vietnamese CCCD and personal tax code: no built-in rule (ambiguous, no rule id)'),

  rec('payroll_us', f`Year-end W-2 correction request, please draft the note to the client:

Employee: Darnell Brooks, SSN ${v('pii.us_ssn', '521-84-3907')}
Box 1 reported $48,210.55, should be $46,910.55 (401k deferral not deducted for Oct)
Employee DOB ${v('pii.date_of_birth', '02/11/1987')}, address on file: 2241 Sunset Ridge Dr, Henderson NV 89052`),

  rec('form_it', f`Controlla questo modulo per la pratica edilizia, mancano dati?

PROGETTISTA STRUTTURALE
Ing. Giulia Bianchi
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCGLI85M52F205H')}
Iscrizione Ordine Ingegneri di Milano n. A28417
PEC: ${v('pii.email', 'g.bianchi@pec.ardesia-ing.it')}
Cellulare: ${phone('+39 347 829 1046')}

DIRETTORE LAVORI
Arch. Marco Rossi – C.F. ${v('pii.it_codice_fiscale', 'RSSMRC78T10H501R')}`),

  rec('hr_fi', f`Kirjoita tästä lyhyt tervetuloviesti uudelle kuljettajalle (älä laita henkilötunnusta viestiin):

Nimi: Jussi Heikkinen
Henkilötunnus: ${ambCat('pii', '140389-217K')}
Puhelin: ${phone('+358 40 718 2934')}
Sähköposti: ${v('pii.email', 'jussi.heikkinen@luukku.com')}
Aloitus: 2.12.2024, varikko Itä, linjat 55 ja 58`, 'Finnish henkilötunnus: no built-in rule (ambiguous, no rule id)'),

  rec('hr_cs', f`Prosím zkontroluj, jestli mi v tom nástupním formuláři něco nechybí:

Jméno: Tereza Dvořáková
Rodné číslo: ${ambCat('pii', '955218/4127')}
Datum narození: ${v('pii.date_of_birth', '18. 2. 1995')}
Telefon: ${phone('+420 776 218 903')}
E-mail: ${v('pii.email', 'tereza.dvorakova@seznam.cz')}
Pozice: laboratorní technik, genomika`, 'Czech rodné číslo: no built-in rule (ambiguous, no rule id)'),

  rec('chat_uk', f`Склади, будь ласка, лист-запрошення для візи нашому новому трейдеру:
Прізвище, ім'я: Шевченко Дмитро
Дата народження: ${v('pii.date_of_birth', '23.09.1991')}
Закордонний паспорт: ${v('pii.passport', 'FX482917')}
Телефон: ${phone('+380 67 482 9173')}
Приїзд до Маніли 15 січня, робота в офісі трейдингу.`),

  rec('chat', f`Rider left a complaint about driver conduct on route 7. Please draft a reply:
Name: Patricia Gomez
Email: ${v('pii.email', 'pgomez.reno@outlook.com')}
Phone: ${phone('(213) 847-2091', 'US')}
"The driver closed the doors on my walker at the 4th St stop on Nov 29 around 5:15pm. Nobody helped me."`),

  rec('cctv_request', f`Police request for CCTV footage, summarise what we need to release:

Requesting officer: Det. R. Alvarez, badge 4471
Subject: Kevin T. Marsh, DOB ${v('pii.date_of_birth', '04/30/1998')}
Incident: assault at Central Transit Center platform 3, 11/30/2024 approx. 22:10
Contact: ${v('pii.email', 'r.alvarez@renopd.example')} / ${phone('+1 702 418 3926')}`),

  rec('csv', f`Merge these two parent contact lists and remove duplicates:

${amb('source_code.snippet', f`nino,sala,tutor,telefono,correo
Valentina Cruz,Maternal 2,Mariana López,${phone('33 1829 4710', 'MX')},${v('pii.email', 'mariana.lopez.c@gmail.com')}
Emiliano Torres,Lactantes,Ricardo Torres,${phone('81 1829 3047', 'MX')},${v('pii.email', 'rtorres@prodigy.net.mx')}
Regina Sánchez,Maternal 1,Paola Méndez,${phone('55 3829 1047', 'MX')},${v('pii.email', 'paomendez@hotmail.com')}`)}`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2024-12-01T03:12:44.208Z","lvl":"warn","svc":"auth","event":"login_velocity","player_id":7730192,"email":"${v('pii.email', 'rodel.dizon89@gmail.com')}","ip":"${amb('pii.ip_address', '112.204.18.77')}","country":"PH","attempts_10m":14}
{"ts":"2024-12-01T03:12:51.930Z","lvl":"warn","svc":"auth","event":"login_velocity","player_id":7730192,"email":"${v('pii.email', 'rodel.dizon89@gmail.com')}","ip":"${amb('pii.ip_address', '185.107.56.201')}","country":"NL","attempts_10m":15}`)}

same player from PH and NL within 7 seconds — VPN or account takeover? what would you check?`),

  rec('trace', f`${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/payslip/send.py", line 88, in send_batch
    smtp.send_message(msg)
  File "/usr/lib/python3.11/smtplib.py", line 986, in send_message
    return self.sendmail(from_addr, to_addrs, flattened_msg, mail_options, rcpt_options)
smtplib.SMTPRecipientsRefused: {'${v('pii.email', 'nguyen.thao@acmemfg.com.vn')}': (550, b'5.1.1 User unknown')}`)}

one bad address kills the whole batch of 1,200 payslips. how do I skip and continue?`),

  rec('signature_it', f`Cordiali saluti,

Ing. Davide Ferrara
Responsabile Strutture – Studio Ardesia Ingegneria
Via Pietro Custodi 14, 20136 Milano
T. ${phone('02 4827 3910', 'IT')} · M. ${phone('+39 335 718 2046')}
${v('pii.email', 'd.ferrara@ardesia-ing.it')}`),

  rec('signature_cs', f`S pozdravem

Mgr. Jakub Novák, Ph.D.
Head of Molecular Biology | Helixa Bio s.r.o.
Kamenice 771/34, 625 00 Brno
${phone('+420 602 318 947')} | ${v('pii.email', 'jakub.novak@helixa.bio')}`),

  rec('signature_fi', f`Ystävällisin terveisin

Anna-Kaisa Lehtonen
Liikennesuunnittelija, joukkoliikenneyksikkö
puh. ${phone('050 391 8274', 'FI')}
${v('pii.email', 'anna-kaisa.lehtonen@seutuliikenne.fi')}`),

  rec('signature_vi', f`Trân trọng,

Phạm Thu Trang
Chuyên viên tính lương – PayNest Việt Nam
Tầng 9, 35 Nguyễn Huệ, Q.1, TP.HCM
ĐT: ${phone('+84 28 3827 4916')} – DĐ: ${phone('0977 283 415', 'VN')}
Email: ${v('pii.email', 'trang.pham@paynest.vn')}`),

  rec('invite', f`Turn this into a Teams invite, 45 min, next Tuesday:

Site walk-through debrief — Querétaro bus depot
${v('pii.email', 'tomas.herrera@ardesia-eng.com')}; ${v('pii.email', 'l.moretti@ardesia-ing.it')}; ${v('pii.email', 'e.virtanen@ardesia.fi')}; ${v('pii.email', 'jgarcia@transporteqro.gob.mx')}
Topics: slab cracks at bay 4, charging canopy loads, fire egress`),

  rec('sample_manifest', f`Can you reformat this donor manifest into the CRO's template (sample_id, sex, age band only)?

${amb('source_code.snippet', f`sample_id\tdonor\tdob\tsex\tconsent_email
HX-PBMC-0412\tDonor 17\t${v('pii.date_of_birth', '1979-10-02')}\tF\t${v('pii.email', 'm.horakova@email.cz')}
HX-PBMC-0413\tDonor 18\t${v('pii.date_of_birth', '1992-01-26')}\tM\t${v('pii.email', 'pavel.kriz@centrum.cz')}
HX-PBMC-0414\tDonor 19\t${v('pii.date_of_birth', '1985-07-11')}\tF\t${v('pii.email', 'lenka.svobodova@gmail.com')}`)}`),

  rec('chat', f`Responsible gambling flag — write an internal note for the host team:
VIP: Ethan Cole (player 5501287), born ${v('pii.date_of_birth', 'March 9, 1976')}
Lost $84,000 over 3 weeks, asked for credit line increase twice. Wife called the hotline from ${phone('+1 415 902 3847')} worried about him.
Do NOT contact her back from casino numbers.`),

  rec('tsv', f`Aadhaar seeding failed for two employees, which ones have the wrong format?

${amb('source_code.snippet', f`emp_code\tname\taadhaar\tmobile
PN-1041\tRahul Kapoor\t${v('pii.in_aadhaar', '729103846523')}\t${phone('98110 73425', 'IN')}
PN-1042\tAnjali Menon\t${v('pii.in_aadhaar', '3658 2901 7469')}\t${phone('+91 70218 39456')}
PN-1043\tVikram Iyer\t${v('pii.in_aadhaar', '5910-3827-4613')}\t-`)}`, 'PN-1043: an Aadhaar written with dashes is still an Aadhaar: labelled'),

  rec('chat', f`UK client of ours, new starter forms. Can you check the NI number format before we submit the FPS? Olivia Grant, NI ${v('pii.uk_nino', 'JK 62 91 37 C')}, start date 02/12/2024, tax code 1257L W1.`),

  rec('chat_es_mx', f`Necesito pedirle su constancia de situación fiscal a una maestra para darla de alta. RFC que nos dio: ${ambCat('pii', 'MECK900412T83')}, correo ${v('pii.email', 'karla.medina.c@outlook.com')}. Redáctame el correo, bien cordial.`, 'Mexican RFC: no built-in rule (ambiguous, no rule id)'),

  rec('access_log', f`${amb('source_code.snippet', f`${amb('pii.ip_address', '203.177.42.19')} - j.delosreyes [02/Dec/2024:08:41:07 +0800] "POST /portal/payslips/export HTTP/2.0" 200 1842210 "-" "Mozilla/5.0"
${amb('pii.ip_address', '203.177.42.19')} - j.delosreyes [02/Dec/2024:08:41:55 +0800] "POST /portal/payslips/export HTTP/2.0" 200 1843007 "-" "Mozilla/5.0"
${amb('pii.ip_address', '49.145.201.8')} - m.villanueva [02/Dec/2024:08:44:12 +0800] "GET /portal/employees?page=14 HTTP/2.0" 200 88112 "-" "python-requests/2.31.0"`)}

is the python-requests user scraping the employee list? how do I confirm?`),

  rec('cv_cs', f`Zlepši mi prosím anglický souhrn v CV, kontakty nech být:

ONDŘEJ MAREK
${v('pii.email', 'ondrej.marek.eng@gmail.com')} · ${phone('731 284 590', 'CZ')} · Brno
Born: ${v('pii.date_of_birth', '4 May 1993')}

Summary: Structural engineer with 6 years in prefabricated concrete, I did bridges and also parking houses and I know Scia and Revit.`),

  rec('email_it', f`Buongiorno,

vi segnalo che il cantiere di via Moroni è raggiungibile solo da via Zanica per i lavori stradali. Per l'accesso chiamate il capocantiere Sig. Fabio Conti al ${phone('+39 06 9182 7345')} oppure scrivete a ${v('pii.email', 'fabio.conti@edilconti.it')}.

→ traducilo in inglese per i consulenti finlandesi`),

  rec('chat_fi', f`Löytötavaratoimistoon tuli lompakko linjalta 550. Sisällä ajokortti: Mikko Salonen, syntynyt ${v('pii.date_of_birth', '11.6.1982')}. Kirjoita asiakkaalle viesti, että lompakko on noudettavissa Itäkeskuksen palvelupisteestä. Hänen puhelinnumeronsa lompakon lapulla: ${phone('044 817 2930', 'FI')}.`),

  rec('chat_uk', f`Гравець просить змінити номер телефону в акаунті. Старий: ${phone('095 318 2746', 'UA')}, новий: ${phone('+380 50 917 3284')}. Email акаунта ${v('pii.email', 'o.bondar.kv@ukr.net')}. Напиши шаблон відповіді з проханням підтвердити зміну через селфі з паспортом.`),

  rec('visa_letter', f`Invitation letter for our visiting scientist please, formal tone:
Dr. Nguyen Van Phuc, Vietnamese passport no. ${v('pii.passport', 'C2918473')}, born ${v('pii.date_of_birth', '21/01/1988')} in Hue. Visiting Helixa Bio Brno 13–31 January for the base-editing collaboration.`),

  rec('chat_tl', f`Hi! Pwede pa-draft ng reply kay Ms. Reyes? Tanong niya kung bakit kulang yung 13th month niya. Details: Liza Reyes, emp no. 20931, email ${v('pii.email', 'liza.reyes.ph@yahoo.com')}, mobile ${phone('+63 928 517 3046')}. Na-compute kasi based on basic pay lang, hindi kasama allowances.`),

  rec('chat', f`Write a reminder to parents that the Reno center closes early on Dec 24. Include the director's direct line ${phone('+1 702 418 3926')} and email ${v('pii.email', 'director.reno@littleacorns-el.com')} for questions.`),
];
