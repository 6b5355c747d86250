/**
 * Held-out batch 21: longer documents mixing categories — postmortems, crew-change chains,
 * tenancy agreements, HSE reports, call transcripts, change requests, KYC escalations. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, B64URL, HEX, fill, jwt, tok } from '../tokens';

const AWS_ID = tok('AKIA', fill('b21-m-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AWS_SECRET = fill('b21-m-awssec', B64.replace('=', ''), 40);
const SLACK_BOT = tok('xoxb-', '4471938205', '6-', '8120473916258-', fill('b21-m-xoxb', B62, 24));
const SESSION_JWT = jwt(
  { alg: 'HS256', typ: 'JWT' },
  { uid: 'cust_7731904', brand: 'northstar-uk', role: 'customer', iat: 1733213411, exp: 1733299811 },
  'b21-m-sessjwt',
);
const MAILGUN = tok('key-', fill('b21-m-mailgun', HEX, 32));
const TV_PW = 'Sag-Mill#Remote24';
const SF_TOKEN = fill('b21-m-sftoken', B64URL, 24);

export const BATCH21_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Incident 2024-12-02 – withdrawals paused 47 min

**Summary.** At 09:12 UTC the withdrawal signer stopped processing because the KMS call from the hot-wallet service started failing with AccessDenied. Withdrawals were paused automatically; no funds at risk.

**Timeline (UTC)**
- 09:12 first AccessDenied in signer logs (pod signer-7c9d, node ${amb('pii.ip_address', '10.31.6.44')})
- 09:15 PagerDuty → on-call Min-jun Park (${v('pii.email', 'minjun.park@korvex.io')}, ${phone('+82 10-4728-1937')})
- 09:31 found: someone had hard-coded a personal key pair in the signer's config map during debugging last week:
  \`AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AWS_ID)}\` / \`AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AWS_SECRET)}\`
  The user was offboarded on 2 Dec, so the key was disabled.
- 09:59 config map fixed to use the IRSA role, withdrawals resumed.

**Action items**
1. Block static keys in config maps (OPA policy).
2. Alert on AccessDenied > 5/min in signer.

Rewrite this as a customer-facing status page update. No internal details.`),

  rec('email_chain', f`Can you summarise this chain and tell me what's still open for the crew change?

---------- Forwarded message ---------
From: Ops Manila <${v('pii.email', 'crewing.mnl@meridiantide.com')}>
Date: Tue, 3 Dec 2024 at 16:40
Subject: RE: Crew change MV Tideline Aurora – Singapore 12 Dec

Hi Marcus,
On-signers confirmed. Flights PR 501 MNL–SIN 11 Dec.
1) Capt. Ramon Dela Cruz Jr. – PPT ${v('pii.passport', 'P4827193A')}, DOB ${v('pii.date_of_birth', '18 Mar 1974')}
2) AB Mark Anthony Villanueva – PPT ${v('pii.passport', 'P7730418B')}
Off-signer 2/O Rizal Bautista to fly back 13 Dec.
Agency fee to the usual account please: ${v('financial.iban', 'GB04NWBK77162211071272')} (ref CC-AUR-1212).
Contact on the day: Jessa, ${phone('+63 917 824 3361')}

> From: Marcus Lee <${v('pii.email', 'marcus.lee@meridiantide.com')}>
> Did we get the OK-to-board from the Singapore agent? Also pls resend passports for the visa check.

${amb('confidential.marking', 'This message is confidential and intended solely for the addressee. If received in error please notify the sender and delete.')}`),

  rec('tenancy_agreement', f`Please check this residential tenancy agreement summary against WA law and flag anything unusual:

RESIDENTIAL TENANCY AGREEMENT – SUMMARY
Premises: 12 Quarry Street, Fremantle WA 6160
Lessor: Harbourstone Property Management Pty Ltd on behalf of D & L Marsh
Tenant 1: Chloe Whitcombe, DOB ${v('pii.date_of_birth', '14/06/1992')}, ${v('pii.email', 'chloe.whitcombe92@gmail.com')}, ${phone('0438 291 067', 'AU')}
Tenant 2: Arjun Mehta, DOB ${v('pii.date_of_birth', '30/01/1990')}, ${v('pii.email', 'arjun.mehta.perth@outlook.com')}, ${phone('+61 412 738 905')}
Term: 12 months from 15/12/2024
Rent: $780 per week, payable fortnightly in advance to:
  BSB ${ambCat('financial', '066-128')}  Account ${ambCat('financial', '10473829')}  (Harbourstone Trust Account)
Bond: $3,120 lodged with the Bond Administrator
Special conditions:
 - Tenant to maintain garden; landlord pays for gutter cleaning annually.
 - One cat permitted. Professional carpet clean at end of tenancy.
 - The parties agree the terms of this agreement are confidential between them.`, 'the last clause is a contract term, not a document marking: unlabelled'),

  rec('hse_report_es', f`Informe de incidente de alto potencial – ${v('confidential.marking', 'CONFIDENCIAL')}
Faena: Sierra Alta (Antofagasta)   Fecha: 29/11/2024   Turno: B (noche)

Descripción: camión CAEX 793F N°41 perdió frenos de servicio en rampa 4 (pendiente 9%). Operador activó freno de emergencia y detuvo el equipo contra pretil. Sin lesionados.
Operador: Jorge Andrés Salinas Rojas, RUT ${ambCat('pii', '13.274.918-6')}, teléfono ${phone('+56 9 8734 2156')}
Supervisor de turno: ${v('pii.email', 'p.contreras@karrawong.cl')}
Telemetría: acceso remoto al VIMS vía ${amb('pii.ip_address', '10.55.40.17')}, usuario vims_read / clave ${v('credential.password_in_prose', 'Caex793#Rampa4')} (pedir a TI que la cambie)

Acciones: inspección de frenos de toda la flota 793F en 72 h, revisión de pretiles en rampas > 8%.

Por favor, tradúcelo al inglés para el reporte a Perth, sin el usuario y clave.`),

  rec('call_transcript', f`QA calibration – transcript excerpt, LOB Northstar UK billing. Score it against the rubric (greeting, verification, resolution, PCI):

[00:00:04] AGENT: Thank you for calling Northstar, this is Paolo, may I have your full name?
[00:00:08] CUSTOMER: It's Helen Marsh.
[00:00:11] AGENT: Thanks Helen, can you confirm the email on the account?
[00:00:14] CUSTOMER: ${v('pii.email', 'helen.marsh64@btinternet.com')}
[00:00:21] AGENT: And your date of birth please?
[00:00:23] CUSTOMER: ${v('pii.date_of_birth', 'fourth of May 1964')}.
[00:01:40] CUSTOMER: I want to pay the overdue balance now, my card is ${v('financial.payment_card', '4809 0721 7199 4977')}, expiry 08/26.
[00:01:52] AGENT: Thank you, I've taken the payment of £84.20.
[00:02:05] AGENT: Is ${phone('07723 418 506', 'GB')} still the best number for you?

(Note: agent did not transfer to the IVR payment line — PCI issue.)`),

  rec('change_request', f`CHANGE REQUEST CR-2024-1187 – ${v('confidential.marking', 'RESTRICTED')}
System: Axle counter evaluator network, section Km 112–147
Requested by: Signalling IT (${v('pii.email', 'sig-it@railnational-ops.eu')})
Window: Sun 15 Dec 01:00–04:30 (possession P-4471)

Change: replace core switch at Km 128 equipment room. New config excerpt:

${amb('source_code.snippet', f`interface Vlan310
 description AXLE-COUNTER-EVAL
 ip address ${amb('pii.ip_address', '10.88.31.1')} 255.255.255.0
!
radius server NPS-SIG
 address ipv4 ${amb('pii.ip_address', '10.88.1.10')} auth-port 1812 acct-port 1813
 key ${v('credential.generic_secret_assignment', 'AxleCnt-Radius#2291')}
!
username sigadm privilege 15 secret 0 ${v('credential.password_assignment', 'Balise!Km128-Eval')}`)}

Rollback: reinstall old switch (kept in rack, powered off).

Make this into the CAB summary, one paragraph.`),

  rec('kyc_escalation', f`Escalation to MLRO – customer ID 5510394

Name: Dieter Albrecht Kühn
DOB: ${v('pii.date_of_birth', '1961-09-04')}
Passport (DE): ${v('pii.passport', 'C7H4K9R21')}
Steuer-ID (self-declared): ${v('pii.de_steuer_id', '92484370615')}
Email: ${v('pii.email', 'd.kuehn@t-online.de')}   Phone: ${phone('+49 40 3087 2214')}
Fiat withdrawals to: ${v('financial.iban', 'DE63 1943 8045 4424 2855 64')}

Red flags: 14 deposits of €9,800–€9,950 over 3 weeks from 6 different IBANs; crypto bought and sent to a mixer-adjacent cluster within hours. Customer's stated occupation: retired.

Draft the escalation memo in English, factual, no conclusions.`),

  rec('contractor_onboarding', f`Here's the onboarding sheet for the shutdown contractors at Sudbury next week. Can you check for missing fields and make a list of who still needs the site induction?

${amb('source_code.snippet', f`name,company,trade,SIN,mobile,email,induction_done
Tyler Beaulieu,NorthShore Mechanical,millwright,${v('pii.ca_sin', '106 995 749')},${phone('+1 705 682 4417')},${v('pii.email', 'tbeaulieu@northshoremech.ca')},Y
Amélie Roy,NorthShore Mechanical,welder,${v('pii.ca_sin', '193 868 163')},${phone('(705) 523-8841', 'CA')},,N
Kwame Asante,Boreal Electric,electrician,${v('pii.ca_sin', '579 210 519')},${phone('+1 514 382 9947')},${v('pii.email', 'k.asante@borealelectric.ca')},N`)}`),

  rec('customs_email', f`Please translate into English and list the actions for our side:

Von: Zollabwicklung Hamburg
Betreff: Zollanmeldung MRN 24DE480915672031E4 – Sendung MTLU4418270

Sehr geehrte Damen und Herren,
für die Sendung (Container MTLU 441827 0, 40' HC, Maschinenteile) fehlt noch die Handelsrechnung im Original. Die Einfuhrabgaben in Höhe von 14.382,17 EUR bitten wir auf folgendes Konto zu überweisen:
IBAN ${v('financial.iban', 'DE63194380454424285564')}, BIC ${amb('financial.swift_bic', 'HASPDEHHXXX')}
Rückfragen an Frau Petersen, ${phone('+49 40 3087 2219')}, ${v('pii.email', 'k.petersen@zoll-hafen-hh.de')}

Mit freundlichen Grüßen`),

  rec('code_fixture', f`Our unit test for the passenger refund service fails on CI only, can you spot why?

${v('source_code.snippet', f`import os
import psycopg2
import pytest

DB = os.getenv("TEST_DB", "dbname=refunds_test user=refunds password=${v('credential.password_assignment', 'Regionale-Treno-55')} host=ci-pg-02")

@pytest.fixture
def passenger():
    return {
        "name": "Giulia Rossi",
        "email": "${v('pii.email', 'giulia.rossi.1990@libero.it')}",
        "cf": "${v('pii.it_codice_fiscale', 'RSSGLI90T52F205U')}",
        "iban": "${v('financial.iban', 'IT14X4773610349150949089037')}",
    }

def test_refund_full(passenger):
    conn = psycopg2.connect(DB)
    r = request_refund(conn, passenger, train="9541", date="2024-11-29")
    assert r.status == "APPROVED"
    assert r.amount == pytest.approx(89.90)`)}`),

  rec('treasury_report', f`${v('confidential.marking', 'CONFIDENTIAL')} – Treasury daily position 04/12/2024

| Account | Bank | IBAN | Balance |
|---|---|---|---|
| EUR operating | Banco Atlántico | ${v('financial.iban', 'ES4274203665359012712697')} | € 18.42M |
| CHF custody fees | Alpine Custody | ${v('financial.iban', 'CH42 9975 8792 8585 6801 3')} | CHF 0.61M |
| PLN payouts | Bank Wisła | ${v('financial.iban', 'PL90124349329699382363612919')} | PLN 4.07M |

Correspondent BIC for EUR: ${amb('financial.swift_bic', 'BATLESMMXXX')}
Notes: USDC redemption of 12M settles T+1. Daily report bot posts to #treasury with ${v('credential.slack_bot_token', SLACK_BOT)}.

Write the 3-line summary for the CFO.`),

  rec('ot_handover', f`Handover notes – SAG mill vendor remote support (Chile)

Vendor engineer: Henrik Lund (${v('pii.email', 'henrik.lund@millserv.se')}, ${phone('+46 70 284 17 35')})
Remote session: TeamViewer ID 1 482 917 305 – password ${v('credential.password_in_prose', TV_PW)}
Target: SAG mill drive HMI ${amb('pii.ip_address', '10.55.12.40')}, engineering station ${amb('pii.ip_address', '10.55.12.41')}
Window: 06/12 08:00–12:00 CLT, plant in stop for liner change

Reminder: disable the TeamViewer password after the session and log the work in the OT change register.

Tidy this up as an email to the OT supervisor.`),

  rec('rimborso_email_it', f`Gentile Cliente,
abbiamo ricevuto la Sua richiesta di rimborso per il treno 9541 del 29/11. Il pagamento era stato effettuato con carta **** **** **** 4977. Per i rimborsi superiori a 50 € procediamo con bonifico: ci ha indicato l'IBAN ${v('financial.iban', 'IT14 X477 3610 3491 5094 9089 037')}.
La contatteremo al numero ${phone('+39 338 472 9106')} in caso di necessità.
Cordiali saluti, Assistenza Clienti

---
Puoi accorciare questa mail e renderla più cordiale?`),

  rec('support_macro_tl', f`pa-check naman po itong macro bago ko i-save sa Zendesk, tapos may tanong din ako sa dulo:

"Hi {{ticket.requester.first_name}}, salamat sa paghihintay! Na-reset na namin ang password reset link mo. Kung hindi mo pa rin ma-access, reply ka lang dito."

yung customer pala (${v('pii.email', 'j.delarosa.shop@gmail.com')}) nag-send ng screenshot ng browser console niya, andun yung session token: ${v('credential.jwt', SESSION_JWT)}
ok lang ba na naka-paste yun sa ticket?? dapat ba i-redact ko`),

  rec('newsletter_config', f`Monthly owner newsletter keeps landing in spam. Our sending setup:

${amb('source_code.snippet', f`MAILGUN_DOMAIN=mg.harbourstone.co.nz
MAILGUN_API_KEY=${v('credential.mailgun_api_key', MAILGUN)}
FROM="Harbourstone Owners <${v('pii.email', 'owners@harbourstone.co.nz')}>"
REPLY_TO=${v('pii.email', 'accounts@harbourstone.co.nz')}
SALESFORCE_TOKEN=${v('credential.generic_secret_assignment', SF_TOKEN)}`)}

SPF record is "v=spf1 include:mailgun.org ~all", DKIM set. Test list: ${v('pii.email', 'r.hollis@xtra.co.nz')}, ${v('pii.email', 'megan.tuhoe@gmail.com')}. What else should we check?`),
];
