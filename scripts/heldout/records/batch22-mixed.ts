/**
 * Held-out batch 22: longer realistic pastes mixing personal data, payment data, credentials,
 * code and markings. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, jwt, tok } from '../tokens';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const ip = (s: string) => amb('pii.ip_address', s);
const iban = (s: string) => v('financial.iban', s);
const bic = (s: string) => amb('financial.swift_bic', s);
const card = (s: string) => v('financial.payment_card', s);
const mark = (s: string) => v('confidential.marking', s);

const SK_LIVE = tok('sk_', 'live_', '51', fill('b22m-sklive', B62, 97));
const SENDGRID = tok('SG.', fill('b22m-sg1', B64URL, 22), '.', fill('b22m-sg2', B64URL, 43));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b22m-slt', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8), '/B0', fill('b22m-slb', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9), '/', fill('b22m-slh', B62, 24));
const OPENAI = tok('sk-proj-', fill('b22m-oa1', B64URL, 74), 'T3BlbkFJ', fill('b22m-oa2', B64URL, 74));
const APP_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'cus_5518203', email_verified: true, tier: 'gold', iat: 1731420112, exp: 1731423712 }, 'b22m-jwt');
const DD_KEY = fill('b22m-dd', HEX, 32);

export const BATCH22_MIXED: DraftRecord[] = [
  rec('email_chain_de', f`Kannst du aus diesem Verlauf eine Antwort an den Kunden machen? Wir erstatten die Kaution abzüglich 180 € für den Kratzer.

-------- Weitergeleitete Nachricht --------
Von: Jörg Lindemann <${email('joerg.lindemann@web.de')}>
Datum: 12.11.2024, 21:14
Betreff: Schaden Mietvertrag RD-HAM-2024-77310

Sehr geehrte Damen und Herren,

der Kratzer an der Stoßstange war bei Übernahme schon da, ich habe Fotos. Bitte überweisen Sie die Kaution (800 €) zurück auf:
IBAN ${iban('DE25 7015 0000 0082 7364 51')}
Kontoinhaber: Jörg Lindemann
Telefonisch bin ich unter ${phone('0151 23948176', 'DE')} erreichbar.

-------- Interne Notiz (Filiale Hamburg Hbf) --------
Kunde hat mit Kreditkarte ${card('4716 2093 8475 5124')} bezahlt, Kaution wurde auf die Karte geblockt, nicht überwiesen! Erstattung muss auf die Karte zurück.
Geburtsdatum laut Führerschein: ${dob('07.06.1967')}`),

  rec('incident_note', f`INC-4471 — secrets pushed to public repo (nexarena/overlay-widgets), found by GitGuardian 14 Nov 09:12 UTC

What leaked (file: .env.backup, commit 9f3c1e2):
${amb('source_code.snippet', f`STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', SK_LIVE)}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
ADMIN_ALERT_EMAIL=${email('ops-alerts@nexarena.gg')}`)}

Repo was cloned by 3 unknown IPs before we made it private: ${ip('45.148.10.92')}, ${ip('103.214.68.7')}, ${ip('2a0d:5600:24:19::8b')}.
Also in the same commit: seed file with 2 real player emails (${email('lunaraim.br@gmail.com')}, ${email('d.kovacs92@freemail.hu')}).

Write the timeline + remediation checklist for the post-mortem.`),

  rec('ticket_lis', f`JIRA LIS-2291 Results not flowing to GP portal for one patient

Reporter: Aisha Bello (${email('aisha.bello@vitalab-dx.co.uk')})
Patient: Mrs Eileen Fairweather, NHS ${v('pii.uk_nhs_number', '636 472 8197')}, DOB ${dob('14/02/1939')}
Order: VLX-24-3318204 (U&E, LFT)

Portal sync job config (from the server):
${amb('source_code.snippet', f`[portal_sync]
source_dsn = Driver={ODBC Driver 18 for SQL Server};Server=lis-sql02;Database=LIS;Uid=portal_sync;Pwd=${v('credential.connection_string_password', 'Sync!Portal#2291')};
target_url = https://gp-portal.vitalab-dx.co.uk/api/results
batch_size = 200`)}

Log says "duplicate key" for this NHS number only. Ideas?`),

  rec('supplier_onboarding', f`${mark('COMPANY CONFIDENTIAL')}

Supplier onboarding – Aerovance Systems
Supplier: Precisión Aeronáutica del Bajío S.A. de C.V. (Querétaro, MX)
Contact: Ing. Alejandra Vargas, Quality Manager
E-mail: ${email('avargas@pab-aero.com.mx')} · Tel. ${phone('+52 442 218 4097')}
Bank (USD payments): Citibank N.A., New York, ABA ${v('financial.aba_routing', '021000089')}, SWIFT ${bic('CITIUS33')}, account ${ambCat('financial', '36819204')}
Bank (EUR payments, via correspondent): ${iban('ES91 2100 0418 4502 0005 1332')}
Certifications: AS9100D (exp. 03/2026), NADCAP heat treat
ITAR registered: no

Check the form for missing fields before it goes to procurement.`),

  rec('code_test_fixture', f`These tests started failing after the refactor, and also — is it OK that the fixture has real-looking data?

${v('source_code.snippet', f`import pytest
from billing.claims import build_837

@pytest.fixture
def patient():
    return {
        "first": "Marisol",
        "last": "Quintero",
        "dob": "${dob('1983-09-30')}",
        "ssn": "${v('pii.us_ssn', '408-77-2194')}",
        "email": "${email('marisol.quintero83@aol.com')}",
        "payer_id": "60054",
    }

def test_837_has_subscriber_segment(patient):
    edi = build_837(patient, cpt=["80053", "83036"])
    assert "NM1*IL*1*Quintero*Marisol" in edi`)}`),

  rec('email_customs', f`Re: Re: Container MSCU 718204-6 held at Yokohama

Hi Kenji-san,

Customs needs the phytosanitary certificate for the olive oil pallets – attached. Our broker in Genova is Dott. Paolo Ferri (${email('p.ferri@ferri-doganali.it')}, ${phone('010 246 8135', 'IT')}).

For the storage fees (JPY 184,000), please charge our card ${card('5371 0429 8816 3509')} exp 06/26 or invoice us — our bank details:
${iban('IT49 X020 0802 4350 0010 4392 815')} / ${bic('UNCRITMM')}

Best regards,
Federica Lodi – Export Logistics, Terrabella

> On 13 Nov 2024, Kenji Watanabe <${email('k.watanabe@vino-tokyo.co.jp')}> wrote:
> The container is on hold, customs asks for document 3. Please send today.

Draft a short reply confirming we sent the certificate and asking which payment they prefer.`),

  rec('handover_doc', f`IT handover – Lumen Museums, West Wing branch (Piotr leaving Friday)

- Ticketing kiosk admin: user kioskadmin, password ${v('credential.password_in_prose', 'Mus3um!Kiosk24')}
- Collections DB server: ${ip('10.50.12.7')} (SQL), backup at ${ip('10.50.12.9')}
- Datadog API key for the climate sensors: ${v('credential.datadog_api_key', DD_KEY)}
- Vendor contact for the climate control: Sven Eriksson, ${email('sven.eriksson@nordklima.se')}, ${phone('+46 70 318 42 96')}
- Door access system: badge admin is Maria in facilities

Turn this into a handover checklist and tell me what should not be in a Word doc.`),

  rec('crash_log', f`${amb('source_code.snippet', f`2024-11-12 14:21:55.912 E/BookingRepository: submit failed
com.rodamo.app.net.ApiException: 422 {"error":"card_invalid","field":"payment.pan"}
    at com.rodamo.app.net.ApiClient.post(ApiClient.kt:88)
    at com.rodamo.app.booking.BookingRepository.submit(BookingRepository.kt:141)
Request body: {"customer":{"email":"${email('tanvir.ahmed.uk@gmail.com')}","phone":"${phone('+44 7700 183 462')}"},"payment":{"pan":"${card('5182736400194823')}","exp":"11/27","cvc":"***"},"pickup":"LHR-T5"}
Headers: Authorization=Bearer ${v('credential.jwt', APP_JWT)}`)}

Our Android app logs the whole request body on error?? Write a Jira ticket for the fix.`),

  rec('hr_sheet_es', f`Hazme una tabla con estos datos para la gestoría (nóminas de noviembre, nuevas altas en la sucursal de Barcelona):

1. Marc Puig Serra — DNI ${v('pii.es_dni', '39184726V')} — IBAN ${iban('ES20 0182 5941 4702 0150 3926')} — ${phone('622 19 48 73', 'ES')} — ${email('marc.puig.serra@gmail.com')}
2. Yasmina El Idrissi — NIE ${v('pii.es_nie', 'Y6281937F')} — IBAN ${iban('ES8300491500060518273645')} — ${phone('644 82 07 31', 'ES')}
Fecha de alta: 18/11/2024. Jornada completa.`),

  rec('chat_en_ke', f`Sample tracking alerts stopped going to Slack and some patients didn't get their SMS. Config and the affected patients:

${amb('source_code.snippet', f`alerts:
  slack_webhook: ${v('credential.slack_webhook_url', SLACK_HOOK)}
  sms_sender: VITALAB
  threshold_minutes: 90`)}

- Grace Njeri, DOB ${dob('11/07/1990')}, ${phone('+254 711 306 842')}
- Daniel Mutua, DOB ${dob('02/03/1958')}, ${phone('0720 584 113', 'KE')}

which part is broken?`),

  rec('visitor_list', f`${mark('CONFIDENTIAL')} – Visitor request, Toulouse composite plant, 21 Nov 2024

| Name | Nationality | Passport | Date of birth | E-mail |
|---|---|---|---|---|
| Oliver Grant | British | ${v('pii.passport', '548127390')} | ${dob('12/09/1975')} | ${email('o.grant@skyliftaero.co.uk')} |
| Lena Hoffmann | German | ${v('pii.passport', 'C4F7K2M91')} | ${dob('03/01/1988')} | ${email('lena.hoffmann@hoffmann-cfk.de')} |
| Zhang Wei | Chinese | ${v('pii.passport', 'E72918364')} | ${dob('28/05/1980')} | ${email('zhangwei@cnaero-trading.cn')} |

Security asks: which visitors need an export-control pre-screen and why? Make a checklist.`),

  rec('csv_payout', f`Payout file for the Season 5 prize pool is being rejected by the bank. Can you spot the bad rows?

${amb('source_code.snippet', f`team,player,email,country,iban,amount_eur
Nordic Wolves,fjordr,${email('fjordr.gg@gmail.com')},DK,${iban('DK1530000018273645')},2500.00
Nordic Wolves,ylvie,${email('ylvie.s@hotmail.com')},FI,${iban('FI1442900500173846')},2500.00
Atlas Five,kemalx,${email('kemal.yurt@outlook.com')},TR,${iban('TR560001000201538274910050')},1250.00
Atlas Five,rosa.t,${email('rosa.tavares@sapo.pt')},PT,PT50003300004531820194743,1250.00`)}

The last one, Rosa's, is that IBAN valid?`, 'the last IBAN has a wrong check digit on purpose: unlabelled'),

  rec('library_complaint', f`Patron complaint forwarded from the front desk — can you draft a reply and tell me if the SQL I wrote to check her loans is right?

From: ${email('beatrice.oyelaran@gmail.com')}
Tel: ${phone('0117 928 4603', 'GB')}
Card: ${ambCat('pii', '21004871935')}
"I was charged £24 for a book I returned in September. I have the receipt."

${v('source_code.snippet', f`SELECT l.item_barcode, l.due_date, l.returned_at, f.amount
FROM loans l
LEFT JOIN fines f ON f.loan_id = l.id
WHERE l.patron_card = '21004871935'
  AND l.due_date >= DATE '2024-08-01'
ORDER BY l.due_date;`)}`, 'library card number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('meeting_notes_fr', f`Notes réunion projet "Guide audio IA" – ${mark('DIFFUSION RESTREINTE')}

Présents : Camille (médiation), Youssef (IT), Inès (prestataire)
- Le prototype utilise l'API OpenAI, clé de test collée par Inès dans le chat Teams : ${v('credential.openai_api_key', OPENAI)} (à révoquer !)
- Budget 2025 : 45 k€, arbitrage en janvier
- Contact prestataire : Inès Haddad, ${email('ines.haddad@audiolab-studio.fr')}, ${phone('07 82 41 93 26', 'FR')}

Mets ça au propre en compte rendu, sans la clé.`),

  rec('franchise_contract', f`Extract the key terms from this franchise agreement page into a table (parties, fees, bank, signatory):

FRANCHISE AGREEMENT – RODAMO MOBILITY / ATLAS DRIVE SARL (Tunis)
${mark('Confidential')} – not to be disclosed without written consent

5.2 Monthly franchise fee of 4.5% of gross rental revenue, payable by the 10th of each month to the Franchisor's account:
IBAN ${iban('LU24 0141 7382 9011 6000')}, BIC ${bic('CELLLULL')}
5.3 Local deposits to be held at the Franchisee's account ${iban('TN66 0702 1000 0147 8293 0614')}.

Signed for the Franchisee by Mr Karim Ben Salah, born ${dob('22 August 1971')}, passport no. ${v('pii.passport', 'W948271')}, ${email('k.bensalah@atlasdrive.tn')}`),
];
