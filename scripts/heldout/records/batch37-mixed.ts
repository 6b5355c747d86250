/**
 * Held-out batch 37: longer pastes mixing categories: postmortems, meeting notes, exports, CI files,
 * e-mail threads and chat logs from the batch's six employers. Hand-written, not measured yet.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, HEX, fill, tok } from '../tokens';

const RADIUS_SECRET = fill('b37m-radius', B62, 24);
const AKIA = tok('AKIA', fill('b37m-akia', B32, 16));
const AWS_SECRET = fill('b37m-awssec', B64, 40);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b37m-slt', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 9), '/B0', fill('b37m-slb', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 9), '/', fill('b37m-slh', B62, 24));
const SENTRY_KEY = fill('b37m-sentry', HEX, 32);

export const BATCH37_MIXED: DraftRecord[] = [
  rec('postmortem', f`# RCA: PPPoE auth outage, Cebu South, 21 Nov

**Impact:** ~3,400 broadband subscribers (Talisay, Minglanilla, Naga) offline 02:10–05:55.

**Timeline**
- 02:10 BRAS-CEB-02 rejects all Access-Requests after config push
- 02:25 NOC pages on-call (A. Bautista, ${phone('+63 947 318 2204')})
- 04:40 cause found: the push replaced the RADIUS shared secret on the BRAS with the lab value. Production line was \`${amb('source_code.snippet', f`radius-server key 0 ${v('credential.network_device_secret', RADIUS_SECRET)}`)}\`, restored from backup on ${amb('pii.ip_address', '10.142.8.20')}
- 05:55 all sessions back

**Actions:** secrets out of the templated config; staged pushes per BRAS; alert if auth failures > 20 %/min. Escalations to ${v('pii.email', 'noc-escalation@orbicom.ph')}.

Please rewrite this for the customer-facing status page, no internal details.`),

  rec('email_thread', f`Can you draft my answer? I want to confirm the container and ask for the phytosanitary certificate.

From: Hendra Siregar <${v('pii.email', 'hendra@gayohighlandexport.co.id')}>
Date: 29 Nov 2024
Subject: Re: kontrak GH-2025-04

Dear Ms. Whitfield,
Container MSKU 481927-3 booked on the 14 Dec vessel from Belawan. For the 30 % advance please remit to our USD account ${ambCat('financial', '1060019284736')} at Bank Mandiri, SWIFT ${amb('financial.swift_bic', 'BMRIIDJA')}. My WhatsApp: ${phone('+62 812 8374 2910')}.

> On 27 Nov, Sarah Whitfield wrote:
> Please confirm shipment date for the 4 containers.`, 'Indonesian bank account number: ambiguous financial span, no IBAN'),

  rec('meeting_notes', f`Team meeting — Glencoe base, 2 Dec

- New radio repeater on Bidean: web UI at http://${amb('pii.ip_address', '10.77.4.2')}, login admin, password is ${v('credential.password_in_prose', 'Buachaille-Etive-1022')} until Ally sets up proper accounts
- Winter kit check Sat 7th 09:00
- Casualty-care refresher: Dr Lorna Macrae (${phone('+44 1855 831942')}) offered two evenings in Jan
- Callout stats Nov: 9 shouts, 2 stood down

make this into a tidy email to the team, leave out the repeater bit`),

  rec('slack_export', f`Can you summarise this Slack thread for the data-protection log?

[10:02] Morag Lindsay: anyone know why the monthly-giving import failed?
[10:04] Kyle Dunn: one row had the card number in the notes field, validator choked: "${v('financial.payment_card', '5182 7304 6192 8377')} pls charge on 1st", donor ${v('pii.email', 'h.drummond57@sky.com')}
[10:05] Morag Lindsay: 😬 delete it from the sheet please
[10:09] Kyle Dunn: done, and I told the call centre not to type card numbers into notes`),

  rec('sql_dump', f`${amb('source_code.snippet', f`INSERT INTO interment_requests (id, deceased_name, deceased_dob, date_of_death, applicant, applicant_email, applicant_phone, lair_ref) VALUES
(4471, 'Margaret Anne Kerr', '${amb('pii.date_of_birth', '1936-02-11')}', '2024-11-26', 'David Kerr', '${v('pii.email', 'davidkerr.funeral@gmail.com')}', '${phone('07912 384615', 'GB')}', 'KB-C-14-07'),
(4472, 'Thomas McBride', '${amb('pii.date_of_birth', '1949-09-30')}', '2024-11-28', 'Co-op Funeralcare Perth', '${v('pii.email', 'perth.funerals@coopfuneralcare.co.uk')}', '${phone('01855 831942', 'GB')}', 'KB-D-02-11');`)}

MySQL dump, importing into Postgres for the new booking system. It fails on the first row.`, 'dates of birth of deceased persons: ambiguous'),

  rec('gha', f`${amb('source_code.snippet', f`name: deploy-dispatch-map
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: ${v('credential.aws_access_key_id', AKIA)}
      AWS_SECRET_ACCESS_KEY: ${v('credential.aws_secret_access_key', AWS_SECRET)}
      AWS_REGION: eu-west-2
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: aws s3 sync dist/ s3://summit-relay-dispatch-map --delete
      - run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"dispatch map deployed by \${{ github.actor }}"}' \\
            ${v('credential.slack_webhook_url', SLACK_HOOK)}`)}

Deploy works but I'd like the Slack message to include the commit message. Also contact ${v('pii.email', 'ally.grant@summitrelay.scot')} if you need repo access.`),

  rec('hr_tsv', f`Bitte eine Spalte mit dem Monatslohn bei 100 % ergänzen (Jahreslohn / 13):

${amb('source_code.snippet', f`Name\tAHV-Nr\tIBAN\tE-Mail\tPensum\tJahreslohn
Caduff Corsin\t${ambCat('pii', '756.3918.4720.53')}\t${v('financial.iban', 'CH62 0070 0110 0038 4729 1')}\t${v('pii.email', 'corsin.caduff@lithotrade.ch')}\t80\t96200
Riva Francesca\t${ambCat('pii', '756.4820.1937.60')}\t${v('financial.iban', 'CH93 0076 2011 6238 5295 7')}\t${v('pii.email', 'francesca.riva@lithotrade.ch')}\t100\t138500`)}`),

  rec('notebook', f`In [7]:
${v('source_code.snippet', f`import pandas as pd
from sqlalchemy import create_engine
eng = create_engine("postgresql://analyst:${v('credential.database_url_password', 'Yirgacheffe-Sidamo-9')}@lots-db.ridgelinecoffee.internal/lots")
df = pd.read_sql("select lot_code, buyer_email, score from cupping where score >= 87", eng)
df.head(3)`)}

Out[7]:
  lot_code   buyer_email                          score
0 KE-2448    ${v('pii.email', 'njeri.mwangi@ridgelinecoffee.com')}     88.25
1 ID-1193    ${v('pii.email', 'sarah.whitfield@ridgelinecoffee.com')}  87.50
2 NP-0071    ${v('pii.email', 'njeri.mwangi@ridgelinecoffee.com')}     87.00

why does score come back as a string column?`),

  rec('incident_de_it', f`Einsatzbericht Bergrettung Sand in Taufers, 1.12.
Gerufen 11:05 über Landesnotrufzentrale. Verletzte Person: Hannah Oberhofer, geb. ${v('pii.date_of_birth', '23.07.1994')}, St.-Nr. ${v('pii.it_codice_fiscale', 'BRHHNH94L63B220P')}, Tel. Begleiter ${phone('+39 348 207 1946')}.
Funkrelais Speikboden nicht erreichbar, Webinterface ${amb('pii.ip_address', '172.16.40.9')} Benutzer relais / Passwort ${v('credential.password_assignment', 'Speikboden2517!')} – bitte nach dem Einsatz ändern.

Mach daraus einen sauberen Bericht für den Landesverband und lass die Zugangsdaten weg.`),

  rec('legal_email_sr', f`Тема: ${v('confidential.marking', 'ПОВЕРЉИВО')} – споразум о реструктурирању

Поштовани,

у прилогу је нацрт споразума са закупцем из Новог Сада. Прва рата по новом плану (EUR 210.000) уплаћује се на наш рачун:
IBAN ${v('financial.iban', 'RS35 2651 1000 3847 1920 17')}
Контакт за питања: ${v('pii.email', 'n.jovanovic@lithotrade-capital.rs')}, ${phone('+381 11 3284 917')}

Преведи на немачки за централу у Цугу.`),

  rec('trace', f`${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/opt/orbicom/billing/sync.py", line 88, in <module>
    conn = psycopg2.connect("host=${amb('pii.ip_address', '10.30.1.14')} dbname=billing user=sync password=${v('credential.connection_string_password', 'Naadam-Khuree-2024')}")
  File "/usr/lib/python3/dist-packages/psycopg2/__init__.py", line 122, in connect
psycopg2.OperationalError: connection to server at "${amb('pii.ip_address', '10.30.1.14')}", port 5432 failed: FATAL: no pg_hba.conf entry for host "${amb('pii.ip_address', '10.30.2.77')}", user "sync", database "billing"
Notify: ${v('pii.email', 'billing-ops@orbicom.mn')}`)}

Энэ алдааг яаж засах вэ? pg_hba.conf-д ямар мөр нэмэх ёстой вэ?`),

  rec('runbook', f`# Cremator 2 — restart after a fault (night shift)

1. Check the HMI alarm list. If "Afterburner temp low" persists > 10 min, do not load.
2. HMI engineer login: user \`eng2\`, password \`${v('credential.password_assignment', 'Cremator2-Relines!')}\` (supervisor only!).
3. Reset interlocks in order: fan, afterburner, main chamber.
4. If it will not reach 850 °C within 45 min, phone the contractor's on-call ${phone('+44 1463 718204')} and email ${v('pii.email', 'service-scotland@thermatek-cremators.co.uk')}.

Rewrite as a laminated checklist. Leave out the password line.`),

  rec('email', f`Hi po,

Subscriber complaint forwarded from the Davao office. She was double-charged for December:

Name: Jocelyn Tan
Email: ${v('pii.email', 'jocelyn.tan@gmail.com')}
Mobile: ${phone('+63 998 402 7715')}
Card used: ${v('financial.payment_card', '5461029374850162')} (she sent the full number in the chat, not good)
Account no. 20419-DVO

Can you help me write the refund confirmation and remind her not to send card numbers?`),

  rec('csv', f`${amb('source_code.snippet', f`претплатник;е-пошта;телефон;начин_плаќање;сметка
Елена Трајковска;${v('pii.email', 'elena.trajkovska@t-home.mk')};${phone('+389 78 204 915')};трајник;${v('financial.iban', 'MK07 2100 7182 9463 187')}
Горан Стојановски;${v('pii.email', 'goran.stojanovski@yahoo.com')};${phone('+389 2 3129 447')};уплатница;-`)}

Провери кој има трајен налог и напиши им писмо за новата цена.`),

  rec('chat_log', f`WhatsApp export — Khumbu rescue coordination, 17/11/24

[06:48] Pasang: Pt at Lobuche, HAPE suspected. Sat phone of guide ${phone('+8816 3154 2719')}
[06:52] Dawa (KTM office): insurer asks passport no.
[06:53] Pasang: ${v('pii.passport', 'TR8419273')} Aiko Watanabe
[07:05] Dawa: heli ready 07:30 if weather ok, pilot number ${phone('+977 9803 482917')}
[07:31] Pasang: wheels up

यो च्याटबाट बीमा कम्पनीका लागि अंग्रेजीमा घटनाक्रम (timeline) बनाइदिनुहोस्।`),

  rec('email_to_en', f`Mālō e lelei Siosaia,

For your grandmother's funeral on Saturday the plot is ready at Mu'a, section C. The digging crew will call you on ${phone('+676 775 1183')} on Friday. The church hall keys are with 'Ana (${v('pii.email', 'ana.havili@gmail.com')}).

P.S. the wifi in the church hall is "Mua-Hall", the password is ${v('credential.password_in_prose', 'Kalia-Tonga-2024')}.

Can you remove the P.S. and make the rest more respectful, with a Tongan greeting and closing?`),

  rec('frontend_config', f`Sentry doesn't catch errors from the donation page on Safari:

${v('source_code.snippet', f`Sentry.init({
  dsn: '${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4505129.ingest.de.sentry.io/4505129460572160`)}',
  environment: 'production',
  release: 'donate@2.4.0',
  initialScope: { user: { email: '${v('pii.email', 'qa.tester@stkessogs-charity.org.uk')}' } },
});`)}`),
];
