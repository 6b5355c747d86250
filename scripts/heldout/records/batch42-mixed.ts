/**
 * Held-out batch 42: longer texts mixing categories — incident notes, stack traces, exports, e-mail
 * threads and fixtures from the ferry, lab, studio, hydropower, microfinance and perfume settings.
 * Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, jwt, tok } from '../tokens';

const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04K8Q2LM', '/', 'B07R3N9XW2P', '/', fill('b42m-slhook', B62, 24));
const SENDGRID = tok('SG.', fill('b42m-sg1', B64URL, 22), '.', fill('b42m-sg2', B64URL, 43));
const GHP = gh('ghp', 'Vb8Nc3Xz6Lk1Jh4Gf9Ds2Pa7Qw5Er0');
const SESSION_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'officer:PH-0417', branch: 'TAR', role: 'loan_officer', iat: 1732690000, exp: 1732776400 }, 'b42m-jwt');
const DD_KEY = fill('b42m-dd', HEX, 32);
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b42m-stripe', B62, 97));

export const BATCH42_MIXED: DraftRecord[] = [
  rec('incident_note', f`Incident KVA-INC-0312 — online check-in down, 26 Nov

07:10 check-in page returns 500 for all Split–Ancona bookings
07:18 on-call (${v('pii.email', 'ops-oncall@kvarnera-ferries.hr')}) paged, phone bridge ${phone('+385 1 4829 371')}
07:35 cause: booking-api pod restarted with an old secret; log shows it connecting as postgresql://booking_app:${v('credential.database_url_password', 'Lastovo#Pier6-2023')}@pg-prod-01.kvarnera.internal/booking (last year's password)
07:52 secret re-applied, pods restarted from ${amb('pii.ip_address', '10.12.4.31')}
08:05 check-in working, 214 passengers checked in manually at the port

Write a customer-facing status update (EN + HR), no technical details.`),

  rec('stack_trace', f`Crew portal throws this when the purser uploads the crew list for MV Naissaar:

${amb('source_code.snippet', f`org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [crew_member_email_key]
  Detail: Key (email)=(${v('pii.email', 'kadri.lepp@kvarnera.ee')}) already exists.
	at org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290)
	at com.kvarnera.crewportal.import.CrewListImporter.persist(CrewListImporter.java:118)
	at com.kvarnera.crewportal.import.CrewListImporter.importCsv(CrewListImporter.java:74)
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "crew_member_email_key"`)}

She's on both the A and B rotation this month, that's legit. How should the import handle it?`),

  rec('email_thread_de', f`Bitte fasse diesen Mailverlauf für die Geschäftsführung zusammen (3 Sätze):

Von: Dr. Martin Kessler <${v('pii.email', 'praxis@dr-kessler-zahnarzt.de')}>
Betreff: AW: Reklamation Krone 36 – Patientin Huber

Sehr geehrte Damen und Herren,
die Krone passt nach der dritten Anprobe immer noch nicht. Die Patientin (Renate Huber, geb. ${v('pii.date_of_birth', '23.04.1958')}) ist verständlicherweise verärgert. Ich erwarte eine Gutschrift auf Rechnung 2024-11-0388. Für Rückfragen: ${phone('0941 5829 1740', 'DE')}.

> Von: Dentaform Labor, Qualitätssicherung
> Wir bedauern die Umstände und fertigen die Krone kostenlos neu an.`),

  rec('support_ticket', f`Lab order portal, ticket #4471 — translate to German and suggest a fix:

Reporter: Pieter Janssen (${v('pii.email', 'p.janssen@tandartspraktijk-janssen.nl')}, ${phone('+31 6 48291735')})
"When I upload a scan the portal shows 'Payment method required' although we pay by invoice. Our IBAN ${v('financial.iban', 'NL33 RABO 0318 4729 65')} is already in our account settings."
Browser: Chrome 131, Windows 11, IP ${amb('pii.ip_address', '84.27.193.46')}`),

  rec('ci_log', f`GitHub Actions for the subtitle QC tool: the deploy step prints things it shouldn't. Log excerpt:

${amb('source_code.snippet', f`Run ./scripts/deploy.sh
+ echo 'Deploying qc-tool 2.3.0 to prod'
Deploying qc-tool 2.3.0 to prod
+ git remote set-url origin https://x-access-token:${v('credential.github_pat', GHP)}@github.com/sousvoix/qc-tool.git
+ curl -s -X POST -H 'Content-type: application/json' --data '{"text":"qc-tool deployed"}' ${v('credential.slack_webhook_url', SLACK_HOOK)}
ok`)}

how do I stop set -x from echoing these and which ones do I need to rotate?`),

  rec('vendor_csv', f`Freelance translators sheet for the Q1 payment run — check the IBANs look complete and make a summary per language:

${amb('source_code.snippet', f`name;lang;email;iban;rate_per_min
Marta Kowalczyk;PL;${v('pii.email', 'marta.kowalczyk.tlumacz@gmail.com')};${v('financial.iban', 'PL76 2490 1014 0000 0018 4736 2051')};4,20
Ahmet Demir;TR;${v('pii.email', 'ahmetdemir.ceviri@hotmail.com')};${v('financial.iban', 'TR70 0001 0004 1829 3746 1058 27')};3,80
Beatriz Souza;PT-BR;${v('pii.email', 'bia.souza.legendas@gmail.com')};PIX;3,50
Luca Moretti;IT;${v('pii.email', 'luca.moretti.sub@gmail.com')};${v('financial.iban', 'IT49 Y020 0801 6330 0010 4857 362')};4,50`)}`),

  rec('scada_event', f`Unit 2 tripped last night. Here's what the shift engineer sent on Telegram plus the event list. Can you write the trip report draft?

"Trip at 23:47, vibration high on guide bearing. I reset after 20 min, ran fine. Call me if needed — Rajesh ${phone('+977 9841827364')}"

${amb('source_code.snippet', f`2081-08-12 23:46:58.412  U2  GB_VIB_X      ALARM   7.9 mm/s  (H 7.1)
2081-08-12 23:47:01.090  U2  GB_VIB_X      TRIP    11.4 mm/s (HH 11.0)
2081-08-12 23:47:01.120  U2  GCB           OPEN
2081-08-12 23:47:03.551  U2  GOV_MODE      STOP
2081-08-13 00:07:44.203  U2  RESET         by r.shrestha @ HMI-02 (${amb('pii.ip_address', '10.20.1.52')})`)}`),

  rec('handover_ta', f`ஷிஃப்ட் ஹேண்ட்ஓவர் குறிப்பை ஆங்கிலத்தில் சுருக்கமாக எழுதவும்:

- யூனிட் 1 முழு லோடு 11.2 MW, யூனிட் 2 நிறுத்தம் (பேரிங் வைப்ரேஷன்)
- இன்டேக் கேட் ஆட்டோ மோடில், ஃபோர்பே லெவல் 384 செ.மீ
- SCADA admin பாஸ்வேர்ட் மாற்றப்பட்டது, புதியது: ${v('credential.password_in_prose', 'Bhote#Koshi2081')} (சுனிதாவிடம் கேட்கவும்)
- அவசரம் என்றால் சரவணன்: ${phone('+91 94431 82736')}`),

  rec('api_debug', f`The field app's sync call fails with 403 for one officer only. Request/response from Charles proxy:

${amb('source_code.snippet', f`POST /api/v2/repayments/batch HTTP/1.1
Host: mis.bayanihanmf.org
Authorization: Bearer ${v('credential.jwt', SESSION_JWT)}
Content-Type: application/json

{"officer":"PH-0417","items":[{"loan_id":"BMF-PH-24-11873","borrower":"Rosalinda Macaraeg","mobile":"${phone('+63 917 482 3015')}","amount":1250.00,"collected_at":"2024-11-27T10:42:00+08:00"}]}

HTTP/1.1 403 Forbidden
{"error":"branch_mismatch","detail":"officer branch TAR, loan branch PAM"}`)}`),

  rec('audit_finding', f`Summarise this internal audit finding for the board in plain language:

Finding 4 (high): In the Kota Kinabalu branch, borrower files were stored in a shared Google Drive folder accessible by link. Sample file "Siti_Nurhaliza_KYC.pdf" contained MyKad ${ambCat('pii', '790312-12-5482')}, phone ${phone('+60 12-483 9271')} and bank account ${ambCat('financial', '1620 4829 1735')}. The folder owner was a former staff member (${v('pii.email', 'azlan.r@bayanihanmf.org')}).
Recommendation: move to the MIS document store, revoke link sharing.`),

  rec('test_fixture', f`My test for the e-shop order export fails because the phone formatting changed. The fixture:

\`\`\`python
${v('source_code.snippet', f`ORDER = {
    "id": "OR-FR-558201",
    "customer": {
        "name": "Amélie Roussel",
        "email": "${v('pii.email', 'amelie.roussel@laposte.net')}",
        "phone": "${phone('+33 6 71 28 49 30')}",
    },
    "lines": [{"sku": "NB-EDP-100", "qty": 1, "price": 148.00}],
}

def test_export_row():
    row = export_row(ORDER)
    assert row[3] == "${phone('+33 6 71 28 49 30')}"`)}
\`\`\``),

  rec('env_and_mail', f`Our transactional mails for sample orders go out with the wrong sender. Config + a bounced example:

${amb('source_code.snippet', f`SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
MAIL_FROM_NAME="Maison Orlène"`)}

Bounce: "550 5.7.1 Sender not authorised" for mail to ${v('pii.email', 'khalid.alsaadi@gmail.com')} (order from Riyadh, tel ${phone('+966 55 482 9371')}).`),

  rec('meeting_notes_fr', f`Compte rendu — comité qualité Grasse, 28/11 — peux-tu en faire une liste d'actions ?

${v('confidential.marking', 'DIFFUSION RESTREINTE')}
1. Réclamation cliente (Chiara Bianchi, ${v('pii.email', 'chiara.bianchi82@gmail.com')}) : réaction cutanée, lot L24312-03. Analyse allergènes demandée au labo.
2. Fournisseur de néroli : retard de 3 semaines, pénalités à discuter.
3. Accès au coffre des formules : le mot de passe du poste de pesée a été affiché sur l'écran (${v('credential.password_in_prose', 'Bergamote!2024')}), à changer immédiatement.`),

  rec('monitoring_config', f`Datadog agent on the ferry's onboard server doesn't report and the booking terminal shows a card decline we can't reproduce. Both pasted from the purser's laptop:

${amb('source_code.snippet', f`api_key: ${v('credential.datadog_api_key', DD_KEY)}
site: datadoghq.eu
hostname: mv-cres-onboard-01
proxy:
  https: http://satproxy.kvarnera.internal:3128`)}

Terminal receipt: DECLINED 05 — card ${v('financial.payment_card', '5158 7390 4265 1184')}, cabin upgrade €85.00, passenger Jonas Müller.`),

  rec('chat_ms_mixed', f`Boleh tolong semak mesej ini sebelum saya hantar kepada peminjam? "Puan Siti, ansuran bulan ini RM 285 belum diterima. Sila bayar ke akaun ${ambCat('financial', '1620 4829 1735')} atau hubungi pegawai anda di ${phone('+60 12-483 9271')}." Saya risau nombor akaun salah, sepatutnya akaun organisasi bukan akaun peribadi.`),
];
