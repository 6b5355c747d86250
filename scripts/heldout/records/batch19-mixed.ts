/**
 * Held-out batch 19: longer documents mixing several categories — forwarded chains, handover
 * notes, postmortems, compose files, reports and spreadsheets. Hand-written; not measured yet.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, HEX, fill, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b19m-akia', B32, 16));
const AWS_SECRET = fill('b19m-awssec', B64, 40);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b19m-slt', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 7), '/B08', fill('b19m-slb', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8), '/', fill('b19m-slh', B62, 24));
const DJANGO_SECRET = fill('b19m-django', B62 + '!#%^&*(-_=+)', 50);
const APP_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'mm-2231984', tier: 'GOLD', iat: 1733190000, exp: 1733193600 }, 'b19m-jwt');
const AS2_KEY = pem('PRIVATE KEY', 'b19m-as2', 1217);
const SENDGRID = tok('SG.', fill('b19m-sg1', B64URL, 22), '.', fill('b19m-sg2', B64URL, 43));
const GA_SECRET = fill('b19m-ga', HEX, 40);

export const BATCH19_MIXED: DraftRecord[] = [
  rec('email_thread', f`Can you draft a reply to the pharmacist acknowledging the report and asking for the follow-up info (lot number, outcome)? Keep it short.

---------- Forwarded message ---------
From: Pharmacovigilance Inbox <${v('pii.email', 'drug.safety@veradis-tx.com')}>
Date: Tue, 3 Dec 2024 at 09:12
Subject: FW: Nebenwirkungsmeldung Veradinib

---------- Original message ---------
From: Jonas Albrecht <${v('pii.email', 'j.albrecht@stadtapotheke-fulda.de')}>
Tel.: ${phone('+49 661 2904 4173')}

Sehr geehrte Damen und Herren,
eine Patientin (geb. ${v('pii.date_of_birth', '04.09.1958')}) berichtet seit Einnahme von Veradinib 40 mg über starke Kopfschmerzen und Sehstörungen (seit ca. 25.11.). Sie hat das Präparat selbst abgesetzt. Hausarzt ist informiert.

Mit freundlichen Grüßen
J. Albrecht

${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')} If you are not the intended recipient, please delete it.`),

  rec('onboarding_email', f`Rewrite this site onboarding email as a checklist for our CRA:

Dear Dr. Mwangi,

Welcome to study VRD-207. Below are the practical details for your site (Site 31, Nairobi):
• eCRF: Medidata Rave, accounts will come from ${v('pii.email', 'rave-support@veradis-tx.com')}
• Source document upload: sftp.veradis-tx.com, user site31_nbo, temporary password ${v('credential.password_in_prose', 'Jacaranda!31nbo')} (change at first login)
• Investigator payments will be made quarterly in USD to the institution's account:
  ${v('financial.iban', 'GB40NWBK60730128493716')} (correspondent bank: NatWest London, SWIFT ${amb('financial.swift_bic', 'NWBKGB2L')})
• Your CRA is Grace Njoroge, ${phone('+254 722 418390')}, ${v('pii.email', 'grace.njoroge@cro-eastafrica.com')}

Kind regards,
Clinical Operations, Veradis Therapeutics`),

  rec('incident_report', f`Turn this into a formal Mandatory Occurrence Report narrative (no personal details in the narrative, keep them for the annex):

Date/time: 02 Dec 2024, 06:48 UTC, stand 214, LIS
Event: baggage tug made contact with the aft cargo door of CS-TKW during loading. Door seal damaged, aircraft AOG 4h.
Driver: ramp agent Tiago Ferreira (staff no. 40817), ${phone('912 483 706', 'PT')}
Supervisor on duty: Ana Lopes, ${v('pii.email', 'ana.lopes@groundlink-lis.pt')}
Follow-up: our alerting script posted it to Slack, here it is if useful:

${v('source_code.snippet', f`import requests, sys
HOOK = "${v('credential.slack_webhook_url', SLACK_HOOK)}"
requests.post(HOOK, json={"text": f"GROUND DAMAGE {sys.argv[1]} stand {sys.argv[2]} - see MOR"})`)}`),

  rec('booking_confirmation', f`Translate this booking confirmation into Spanish for the clients:

RUTA VIAJES — ITINERARY / E-TICKET RECEIPT
Booking ref (PNR): ZQ4MRT     Issued: 02DEC24  Agent: LIM03/KP
Passenger 1: MR GARCIA/FERNANDO   DOB ${v('pii.date_of_birth', '14MAY1969')}   Passport ${v('pii.passport', '119384726')}
Passenger 2: MRS GARCIA/ELENA     DOB ${v('pii.date_of_birth', '30JAN1972')}   Passport ${v('pii.passport', '120573948')}
Contact: ${v('pii.email', 'fgarcia.arq@gmail.com')} / ${phone('+51 987 412 356')}
  LA 2047  LIM–CUZ  20DEC  06:05 07:30  OK  Y
  LA 2078  CUZ–LIM  27DEC  16:40 18:05  OK  Y
Ticket numbers: 045-2193847561, 045-2193847562
Form of payment: CC VI XXXXXXXXXXXX4417  USD 612.40`, 'PNR, flight and ticket numbers and the masked card are not labelled'),

  rec('it_ticket', f`Help me write the response for this ticket and tell me if we did anything wrong:

Ticket #CV-20417 — Parent cannot access ParentVue
Parent: Ms. Rosa Delgado <${v('pii.email', 'rosadelgado77@outlook.com')}>, ${phone('+1 (559) 417-2083')}
Student: Mateo Delgado, Gr. 7, DOB ${v('pii.date_of_birth', '08/21/2012')}, student ID 3048821
Notes (tech J. Park): reset the parent account, temp password set to ${v('credential.password_in_prose', 'Welcome-Mateo7')} and read it out over the phone. Last failed login came from ${amb('pii.ip_address', '76.91.204.18')}, 14 attempts in 3 min. Account was locked automatically.`),

  rec('handover', f`Site handover notes — Block B, Riverside Quarter (for the incoming site manager). Please make it into a one-page brief with headings.

Key contacts
- Client PM: Helen Ashworth, ${phone('+44 1865 482739')}, ${v('pii.email', 'h.ashworth@riversidequarter-dev.co.uk')}
- M&E sub: Dalton Services, foreman Gary, ${phone('07412 839577', 'GB')}
- Out-of-hours security: ${phone('0161 482 7391', 'GB')}

Site office IT
- Wi-Fi "KB-SITE-B", password ${v('credential.password_in_prose', 'Scaffold&Tea4everyone')}
- Plotter admin page http://${amb('pii.ip_address', '192.168.40.20')} (admin / ${v('credential.password_in_prose', 'plotter2024')})

Payments
- Scaffold hire (Apex Access) still owed £18,400 for October — bank details changed last month, new account: ${v('financial.iban', 'GB60 BARC 2004 1573 9284 61')}. Please verify by phone before paying!

Outstanding: fire-stopping sign-off L3–L5, snag list from client walk 28/11.`),

  rec('freelance_contract', f`Check this contributor agreement annex for missing fields before I send it:

ANNEX A — CONTRIBUTOR DETAILS
Name: Inès Benali
Address: 14 rue des Tanneurs, 13001 Marseille
E-mail: ${v('pii.email', 'ines.benali.photo@gmail.com')}   Mobile: ${phone('+33 6 71 48 29 05')}
N° de sécurité sociale (for French payroll): ${v('pii.fr_nir', '2 01 02 75 056 241 11')}
Bank: ${v('financial.iban', 'FR13 3000 4008 1900 0193 7162 J48')} / BNP Paribas
Commission: photo essay "Les derniers pêcheurs de l'Estaque", 12 images, €1,450 flat fee.
Publication under embargo until the print edition of 21 December.`, 'the last sentence mentions an embargo in passing, not a marking of this text'),

  rec('finance_report', f`${v('confidential.marking', 'CONFIDENTIAL')} — Monthly cash position, East Africa region, November 2024

Country office | Bank | IBAN / account | Balance USD
Kenya (Nairobi) | Stanbic | acct ${ambCat('financial', '0100004829173')} | 212,480
Uganda (Gulu) | Centenary | acct ${ambCat('financial', '3100048291')} | 48,913
Regional treasury (Brussels) | BNP Paribas Fortis | ${v('financial.iban', 'BE20 3100 0847 2916')} | 1,204,377
Regional FX reserve (Amsterdam) | ING | ${v('financial.iban', 'NL42RABO1540424968')} | 300,000

Questions to ${v('pii.email', 'treasury.ea@wellspring-relief.org')}. Can you write the narrative paragraph for the board pack? Main point: Gulu is below the 6-week threshold.`),

  rec('compose', f`${amb('source_code.snippet', f`# docker-compose.yml — beneficiary registration portal (field server, Gulu)
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: benreg
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Nile-Field-2024!')}
    volumes: [ "pgdata:/var/lib/postgresql/data" ]
  web:
    image: registry.wellspring-relief.org/benreg:1.8.2
    environment:
      DJANGO_SECRET_KEY: "${v('credential.generic_secret_assignment', DJANGO_SECRET)}"
      DATABASE_URL: postgres://benreg:${v('credential.database_url_password', 'Nile-Field-2024!')}@db:5432/benreg
      ALLOWED_HOSTS: "benreg.gulu.local,${amb('pii.ip_address', '10.30.1.12')}"
      ADMIN_EMAIL: ${v('pii.email', 'it.uganda@wellspring-relief.org')}
    ports: [ "443:8443" ]
volumes:
  pgdata: {}`)}

The web container restarts in a loop with "FATAL: password authentication failed". Same password in both places, no?`),

  rec('postmortem', f`# Postmortem: AWS key exposed in public theme repo (draft)

**Summary.** On 29 Nov a developer pushed \`config/deploy.env\` to the public repo harbour-ledger/cms-theme. It contained:

${amb('source_code.snippet', f`AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AWS_SECRET)}
S3_BUCKET=hl-newsletter-exports`)}

GitHub secret scanning alerted at 14:02; the key was deactivated at 14:37. CloudTrail shows \`ListBuckets\` calls from ${amb('pii.ip_address', '45.134.26.81')} at 14:19.

**Impact.** The bucket holds newsletter subscriber exports (about 48,000 addresses). Two subscribers already reported spam: ${v('pii.email', 'p.hendricks@btinternet.com')} and ${v('pii.email', 'sallyann.k@gmail.com')}.

Please rewrite the summary for the data protection officer, plain English, 150 words.`),

  rec('spreadsheet', f`Ordena esto por fecha de alta y dime quién no tiene teléfono:

${amb('source_code.snippet', f`Nombre\tDNI/NIE\tAlta\tIBAN nómina\tTeléfono
Rubén Castillo Vega\t${v('pii.es_dni', '97118954M')}\t04/11/2024\t${v('financial.iban', 'ES5321005731840200098347')}\t${phone('612 48 37 91', 'ES')}
Mihai Ionescu\t${v('pii.es_nie', 'Y4132194M')}\t18/11/2024\t${v('financial.iban', 'ES9121000418450200051332')}\t
Abdelkader Benali\t${v('pii.es_dni', '48291736Q')}\t25/11/2024\t${v('financial.iban', 'ES4571952135671227941783')}\t${phone('+34 915 48 27 39')}`)}`),

  rec('crash_log', f`iOS app crash right after login for some Gold members. Log from one user's device:

${amb('source_code.snippet', f`2024-12-03 06:41:18.204 MeridianMiles[3312:88120] [Auth] token refreshed for ${v('pii.email', 'tkowalczyk.travel@gmail.com')}
2024-12-03 06:41:18.377 MeridianMiles[3312:88120] [API] GET /v3/members/me/tier Authorization: Bearer ${v('credential.jwt', APP_JWT)}
2024-12-03 06:41:18.912 MeridianMiles[3312:88137] [API] 200 from ${amb('pii.ip_address', '52.214.88.17')} (412 ms)
2024-12-03 06:41:19.006 MeridianMiles[3312:88120] *** Terminating app due to uncaught exception 'NSInvalidArgumentException', reason: '-[NSNull integerValue]: unrecognized selector sent to instance 0x1e8f2c0a8'`)}

Probably the tierExpiry field is null for lifetime members?`),

  rec('grant_form', f`Please proofread this reimbursement request to the state grant office:

CEDAR VALLEY UNIFIED SCHOOL DISTRICT — Title IV-A Reimbursement Request #3
Program: STEM after-school robotics, 6 sites
Amount requested: $42,318.77 (Sept–Nov)
District contact: Linda Okafor, Grants Manager, ${v('pii.email', 'lokafor@cvusd.org')}, ${phone('(559) 482-3170', 'US')}
Remit to: Cedar Valley USD General Fund — routing ${v('financial.aba_routing', '322294002')}, account ${ambCat('financial', '1048827730')}
Certification: I certify that the expenditures are allowable under 2 CFR 200.`),

  rec('esg_config', f`FDA ESG test submission fails at the AS2 handshake. This is our gateway config (I know, the key shouldn't be in there, it's the test box):

${amb('source_code.snippet', f`[as2]
local_id = VERADIS-RA-TEST
partner_id = ZZFDATST
partner_url = https://esgtest.fda.gov/as2
mdn_mode = sync
notify = ${v('pii.email', 'regulatory.ops@veradis-tx.com')}

[signing]
cert = /opt/esg/certs/veradis_test_2024.pem
key_password = ${v('credential.password_assignment', 'Gateway-Test#0412')}
key = """
${v('credential.private_key', AS2_KEY)}
"""`)}

Error: "MDN signature verification failed". Which side is wrong?`),

  rec('meeting_notes_pt', f`Notas da reunião de coordenação – Huambo, 02/12 (revê e passa a limpo em português, por favor)

Presentes: Joana Tchipilica (coord.), Edson Kalunga (logística), Marta Sousa (M&A)
1. Distribuição de sementes atrasada: camião retido em Caála. Edson liga ao transportador (${phone('+244 923 418 275')}).
2. Novo email partilhado da equipa: ${v('pii.email', 'huambo.campo@wellspring-relief.org')}, senha ${v('credential.password_in_prose', 'Girassol@Huambo2024')} — só para a equipa, não reencaminhar.
3. Relatório ao doador até 15/12 — Marta.
4. Envio de newsletter aos parceiros via SendGrid: chave antiga ainda no script (${v('credential.sendgrid_api_key', SENDGRID)}), Edson vai revogar.`),

  rec('chat_in', f`Please draft a WhatsApp reply to this customer, polite Indian English. Her message:

"Hi, I booked the Kerala backwaters package (3N/4D) for 2 adults. Payment failed twice on your site so I'm sending card details here: ${v('financial.payment_card', '5248 3710 9263 5412')} exp 09/27. For the hotel check-in they also asked ID, my Aadhaar is ${v('pii.in_aadhaar', '2193 1739 8099')}. Please confirm on ${phone('+91 98201 47365')} or ${v('pii.email', 'kavya.menon.blr@gmail.com')}. Thanks, Kavya"

Also tell me what I should do with the card number she sent.`),

  rec('analytics_config', f`${amb('source_code.snippet', f`// gtm-server/config.js (newsroom analytics proxy)
module.exports = {
  measurementId: "G-7QK2M4XZ1R",
  apiSecret: "${v('credential.generic_secret_assignment', GA_SECRET)}",
  forwardIp: false,
  allowlist: ["${amb('pii.ip_address', '203.0.113.0/24')}"],
  alertEmail: "${v('pii.email', 'web-team@harbourledger.com')}",
};`)}

Is it OK to forward the client IP to GA4 if we anonymise it first? What does GDPR say for a news site?`),
];
