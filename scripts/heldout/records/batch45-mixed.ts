/** Held-out batch 45: longer texts mixing personal data, payment data, credentials, code and markings. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, jwt, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '5829173064', '2-', '8204719365018-', fill('b45m-xoxb', B62, 24));
const SENDGRID = tok('SG.', fill('b45m-sg1', B64URL, 22), '.', fill('b45m-sg2', B64URL, 43));
const SHOP_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'cust_48213', email_verified: true, iat: 1733300000, exp: 1733386400 }, 'b45m-jwt');
const DD_KEY = fill('b45m-dd', HEX, 32);

export const BATCH45_MIXED: DraftRecord[] = [
  rec('incident', f`# Incident 2024-12-03: missed downlink window, Santa Maria antenna 2

**Impact:** two SAR collects for customer "Harbour" delivered 5 h late. ${v('confidential.marking', 'COMMERCIAL IN CONFIDENCE')}.

**Timeline (UTC)**
- 02:14 scheduler fails to SSH to the antenna controller ${amb('pii.ip_address', '10.44.2.21')}
- 02:20 on-call (Marta Sousa, ${phone('+351 912 483 726')}) paged
- 03:05 found: controller was re-imaged, local admin reset to the vendor default; re-set to \`gsadmin / ${v('credential.password_in_prose', 'SantaMaria#Ant2-991')}\`
- 07:30 backlog downlinked via Svalbard

**Actions:** move controller credentials into Vault, alert on SSH failures.

Please rewrite this for the customer-facing RFO — no internal IPs, names or passwords.`),

  rec('email_thread', f`Can you draft a polite answer to Dimitrios in English?

From: Dimitrios Karalis <${v('pii.email', 'd.karalis@thessfreight.gr')}>
Subject: Πληρωμή – CMR PL-2024-118374

Dear colleagues, the payment for the Łódź–Thessaloniki run is still missing. Our bank details again:
IBAN ${v('financial.iban', 'GR16 0140 7820 0000 0042 8193 705')}
BIC ${amb('financial.swift_bic', 'ERBKGRAA')}
For urgent matters my mobile is ${phone('+30 694 827 3915')}.

> On 28 Nov, Anna (Vistula Cargo) wrote:
> Payment run is next Tuesday.`),

  rec('slack_export', f`our customs-alert bot posts twice. Event sample and config:

${amb('source_code.snippet', f`{
  "type": "message",
  "user": "U06LK2P9M4X",
  "text": "MRN 24RO22010000183920 held at Giurgiu, driver Popescu (${phone('+40 721 384 926')}) waiting, can someone call the broker?",
  "ts": "1733218842.118402",
  "channel": "C05QH8R2N1T"
}`)}

${amb('source_code.snippet', f`slack:
  bot_token: ${v('credential.slack_bot_token', SLACK_BOT)}
  channel: customs-alerts
dedupe_window_s: 30`)}`),

  rec('sql_dump', f`${amb('source_code.snippet', f`INSERT INTO patienten (id, name, geburtsdatum, telefon, email, iban) VALUES
(4812, 'Huber, Franz', '${v('pii.date_of_birth', '1949-10-02')}', '${phone('+43 5372 62847')}', NULL, '${v('financial.iban', 'AT88 1400 0048 2917 3650')}'),
(4813, 'Moser, Elisabeth', '${v('pii.date_of_birth', '1963-01-27')}', '${phone('+43 1 40400 31827')}', '${v('pii.email', 'e.moser@aon.at')}', NULL);`)}

Beim Import in die neue Filialsoftware kommt "invalid date format". Muss ich das Datum umdrehen?`),

  rec('meeting_notes_es', f`Acta reunión semanal CTU – 04/12

- Ensayo HUM-CARD-1903: 14/40 incluidos. Pune va bien; Mombasa con retrasos en el transporte de muestras.
- Nueva monitora: acceso EDC enviado (usuario m.sole.monitor, clave temporal ${v('credential.password_in_prose', 'Ensayo*Fase2_0913')}).
- Paciente 1903-014 (Josep Vidal, tel. ${phone('654 28 71 39', 'ES')}) pide cambiar la visita V5.
- Informe DSMB: ${v('confidential.marking', 'CONFIDENCIAL')}, solo para el estadístico independiente.

Pásalo a lista de acciones con responsables.`),

  rec('gha', f`${amb('source_code.snippet', f`name: order-mails
on:
  workflow_dispatch:
jobs:
  send:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: node scripts/resend-confirmations.js --since 2024-11-29
        env:
          SENDGRID_API_KEY: ${v('credential.sendgrid_api_key', SENDGRID)}
          REPLY_TO: ${v('pii.email', 'service@alpenkante.com')}
          TEST_RECIPIENT: ${v('pii.email', 'markus.leitner@alpenkante.com')}`)}

the job resent 1,200 Black Friday confirmations to real customers instead of the test recipient. How do I make TEST_RECIPIENT mandatory?`),

  rec('chat_de', f`Kunde beschwert sich, hier der Verlauf aus dem Shop-Chat. Bitte schreib eine Antwort:

Kunde (Thomas Egger, ${v('pii.email', 'thomas.egger@bluewin.ch')}): "Ich habe zweimal bezahlt! Karte ${v('financial.payment_card', '4557 0391 8264 7302')}, zweimal 529 CHF am 01.12."
Agent: "Ich prüfe das."
Kunde: "Ruft mich an: ${phone('+41 76 384 29 17')}"

Interne Notiz: Doppelbuchung bestätigt, Storno der zweiten Zahlung ausgelöst.`),

  rec('trace', f`${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/shop/app/checkout.py", line 214, in confirm
    session = verify_token(request.headers["Authorization"][7:])
  File "/srv/shop/app/auth.py", line 58, in verify_token
    raise TokenExpired(token)
app.auth.TokenExpired: ${v('credential.jwt', SHOP_JWT)}
  customer=${v('pii.email', 'ines.fontana@gmail.com')} ip=${amb('pii.ip_address', '93.41.118.27')}`)}

Why does the exception message contain the whole token? Should we log only the jti?`),

  rec('call_notes_ro', f`Notițe apel 04.12, agent Ioana:
Client: Mihai Constantinescu, CNP ${ambCat('pii', '1790823125806')}, tel. ${phone('0744 582 319', 'RO')}
Vrea să plătească restanța 412 lei cu cardul: ${v('financial.payment_card', '5351 0827 4619 3020')} — card refuzat, am cerut alt card.
Email pentru factura electronică: ${v('pii.email', 'mihai.constantinescu@yahoo.ro')}

Fă-mi un rezumat în engleză pentru supervizor, fără date personale.`, 'Romanian CNP: personal, no built-in rule (ambiguous, no rule id)'),

  rec('docker_compose', f`${amb('source_code.snippet', f`services:
  ivr-bridge:
    image: helion/ivr-bridge:3.2.0
    environment:
      CRM_DB: postgresql://ivr:${v('credential.database_url_password', 'Kalamaria_Ivr-58')}@crm-db.helion.local:5432/crm
      DD_API_KEY: ${v('credential.datadog_api_key', DD_KEY)}
      FALLBACK_AGENT_PHONE: "${phone('+30 210 748 3926')}"
      ALERT_MAIL: ${v('pii.email', 'cc-oncall@helion-energeia.gr')}`)}

ο bridge πέφτει κάθε βράδυ στις 00:00 — μήπως είναι το log rotation;`),

  rec('chat_pl', f`Sprawdź proszę, czy ten mail do klienta jest OK:

"Szanowny Panie Kowalski, w załączeniu korekta faktury FV/11/2024/0412. Różnicę 1 240,00 zł zwrócimy na konto ${v('financial.iban', 'PL58 2410 2010 0000 9202 7183 6491')} w ciągu 7 dni. W razie pytań proszę o kontakt z Martą: ${phone('+48 601 284 739')}, ${v('pii.email', 'marta.zielinska@vistulacargo.pl')}."`),

  rec('chat_hi', f`यह WhatsApp मेसेज ट्रायल टीम के लिए इंग्लिश में लिखो:
"सर, पार्टिसिपेंट 1903-052 (नाम: अनिल जोशी, आधार ${v('pii.in_aadhaar', '6392 0148 3713')}, मोबाइल ${phone('+91 22 6184 2937')}) की V4 विज़िट छूट गई। उनका ईमेल ${v('pii.email', 'anil.joshi1968@rediffmail.com')} है, रिमाइंडर भेज दिया है।"`),

  rec('notebook', f`In [7]:
${v('source_code.snippet', f`import pandas as pd
import sqlalchemy as sa

eng = sa.create_engine("postgresql://analyst:${v('credential.database_url_password', 'Cloudfree-Tile_2024')}@catalog-db.nimbra.internal:5432/catalog")
scenes = pd.read_sql("select scene_id, acquired_at, cloud_pct from scenes where acquired_at >= now() - interval '7 days'", eng)
scenes.groupby(scenes.acquired_at.dt.date).cloud_pct.mean().plot()`)}

Out[7]: <Axes: xlabel='acquired_at'>

The line stops on Dec 2 although we had acquisitions after that. Timezone?`),

  rec('email_fr_ch', f`Objet : ${v('confidential.marking', 'Confidentiel')} – reprise de la clientèle de l'opticien Favre, Nyon

Bonjour Nathalie,

Comme convenu, voici la liste des clients à recontacter en priorité (extrait) :
- Mme Sophie Dubois, ${phone('+41 22 379 48 21')}, ${v('pii.email', 'sophie.dubois@bluewin.ch')} – progressifs, contrôle en retard
- M. Luc Perret, ${phone('+41 61 265 38 47')} – lentilles mensuelles

Merci de ne pas transmettre cette liste.

→ peux-tu reformuler pour que ce soit plus court ?`),

  rec('runbook', f`## Runbook: rotate the Shopify webhook secret

1. In Shopify admin → Notifications → Webhooks, regenerate the signing secret.
2. Update \`SHOPIFY_WEBHOOK_SECRET\` in the shop backend. Current value (revoke after rotation): ${v('credential.shopify_shared_secret', tok('shpss_', fill('b45m-shpss', HEX, 32)))}
3. Redeploy and place a test order (use Stripe test card ${amb('financial.payment_card', '4242 4242 4242 4242')}).
4. Check that the "orders/paid" webhook returns 200.

Make this runbook clearer and add a rollback step.`),
];
