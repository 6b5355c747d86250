/**
 * Held-out batch 47: hard negatives — device identifiers, vessel numbers, customs references,
 * placeholders, test keys, masked cards, company registration numbers and casual wording
 * (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from pasted code and
 * ambiguous spans. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b47n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b47n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const ED25519_PUB = tok('AAAAC3NzaC1lZDI1NTE5AAAAI', fill('b47n-ed', B64, 43));
const CERT = pem('CERTIFICATE', 'b47n-cert', 880);
const BCRYPT = tok('$2y$10$', fill('b47n-bcrypt', B62 + './', 53));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h${b64Bytes('b47n-png', 150)}`;
const INTEGRITY = `sha512-${b64Bytes('b47n-integ', 64)}`;

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH47_NEGATIVES: DraftRecord[] = [
  rec('lock_log', f`Lock keeps reporting "bolt jam" but works when the tech tests it. Log from the modem:

${cfg(f`2024-11-05T06:41:12Z lock=ZB-LIS-0318 imei=862072053184277 iccid=8931062400182736459 fw=3.14.2 batt=3.71V rssi=-97
2024-11-05T06:41:13Z lock=ZB-LIS-0318 event=UNLOCK_REQ ride=7f3c2a91-5d4e-4b8a-9c61-2e8f0a7b3d54
2024-11-05T06:41:15Z lock=ZB-LIS-0318 event=BOLT_JAM motor_ms=1500 hall=0
2024-11-05T06:41:21Z lock=ZB-LIS-0318 event=UNLOCK_OK motor_ms=620 hall=1`)}`, 'IMEI and ICCID are Luhn-valid device identifiers, not card numbers'),

  rec('chat', f`We're ordering 400 more LTE-M modules. The supplier's sample sheet lists IMEIs like 864031064729155 and 864031064729163. Is there a way to check an IMEI is real before we register it with the carrier?`, 'IMEIs in prose'),

  rec('vessel', f`Can you format this arrival list as a table?

MV Nordic Tern — IMO 9438215 — MMSI 276018340 — ETA 19.11 02:30
MT Aegean Star — IMO 9321483 — MMSI 240917000 — ETA 19.11 06:00
MV Lisa Marie — IMO 9702134 — MMSI 219028461 — ETA 19.11 09:45
Pilot boarding position 59°31.4'N 024°56.8'E, VHF ch 14, backup ch 16.`),

  rec('vhf_note', f`Rewrite this for the new pilots' handbook, more concise:
"On approach call Tallinn VTS on VHF channel 14 (156.700 MHz); the pilot boat answers on channel 12 (156.600 MHz). Emergency: channel 16 (156.800 MHz) or DSC 002761000. Never give the pilot ladder height in feet, always metres."`, 'MMSI of a coast station and radio frequencies'),

  rec('customs', f`Can you explain the difference between these customs numbers on the transit document? MRN 24NL0003HK2B7F1RA4, LRN KRY-241106-0042, EORI NL812394567, commodity code 3002 41 00, seal no. 0048213.`),

  rec('gs1', f`Our scanner reads the vaccine carton barcode as (01)04150123456782(17)251130(10)LOT24K117(21)SN8820341. Which part is the expiry and which is the batch? The WMS shows expiry 2025-11-30 so I think it's the 17.`),

  rec('logger_csv', f`Plot this logger export and tell me how long it was above 8 °C:

${cfg(f`logger_id,shipment,timestamp_utc,temp_c,humidity
TL-5K-004417,KRY-NL-24-118392,2024-11-06T02:40:00Z,6.9,41
TL-5K-004417,KRY-NL-24-118392,2024-11-06T02:50:00Z,8.4,42
TL-5K-004417,KRY-NL-24-118392,2024-11-06T03:00:00Z,9.1,42
TL-5K-004417,KRY-NL-24-118392,2024-11-06T03:10:00Z,8.6,41
TL-5K-004417,KRY-NL-24-118392,2024-11-06T03:20:00Z,7.2,40`)}`),

  rec('env_example', f`Write a setup section for the README of the logger-ingest service from this template:

${cfg(f`# .env.example
DB_URL=postgres://USER:PASSWORD@localhost:5432/loggers
LOGGER_VENDOR_API_KEY=<ask QA for the vendor key>
TEAMS_WEBHOOK=https://<tenant>.webhook.office.com/webhookb2/<id>
SMTP_PASSWORD=
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`)}`, 'placeholders and AWS documentation keys'),

  rec('stripe_test', f`Booking portal staging config, the Stripe checkout opens but the hut owner says it should show the real shop name:

${cfg(f`STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
CHECKOUT_SUCCESS_URL=https://staging.booking.alpina-huts.ch/ok`)}`, 'Stripe test secret and live publishable key'),

  rec('receipt_de', f`Kannst du diese Quittung für die Spesenabrechnung ins Englische übersetzen?

Cabane du Vélan-Dessus · Quittung 2024-08-0412
2 × Halbpension à CHF 98.00
1 × Lunchpaket CHF 14.00
Total CHF 210.00 inkl. MWST 8.1 %
Bezahlt mit Mastercard **** **** **** 6198 (kontaktlos)
UID CHE-318.204.117 MWST`),

  rec('qr_bill', f`Die Bank meldet, die QR-Referenz sei ungültig: 21 00000 00003 13947 14300 09017. Wir haben sie von Hand abgetippt. Wie berechnet man die Prüfziffer (Modulo 10 rekursiv)?`, 'Swiss QR reference: a payment reference, not an account'),

  rec('iban_typo', f`Een huurder zegt dat de bank zijn IBAN weigert: NL18 RABO 0382 7164 50. Is er een tikfout? Hoe controleer ik dat zelf zonder het in een website te plakken?`, 'IBAN with wrong check digits'),

  rec('card_test', f`Test fixture for the rider-app payment flow — why does Stripe reject the second card in test mode?

${code(f`export const TEST_CARDS = {
  visaOk: "${amb('financial.payment_card', '4242 4242 4242 4242')}",
  declined: "${amb('financial.payment_card', '4000 0000 0000 0002')}",
  threeDS: "${amb('financial.payment_card', '4000 0027 6000 3184')}",
  broken: "4539 1827 4610 5831",
};`)}`, 'Stripe test cards; the last one fails Luhn'),

  rec('podcast_ids', f`Please tidy this list of show identifiers for the distribution spreadsheet:
- Apple Podcasts id1598432017
- Spotify show 4rOoJ6Egrf8K2IrywzwOMk
- RSS GUID 9f2c1e7a-4b3d-4e8f-a6c2-1d0b9e8f7a63
- ISRC for the theme music: ESA012400417
- Episode 112 file checksum sha256:${SHA('b47n-ep112')}`),

  rec('ssh_pub', f`The hut's Raspberry Pi rejects my key. This is what I put in ~/.ssh/authorized_keys, is the format wrong?

ssh-ed25519 ${ED25519_PUB} marco@velan-laptop`, 'public key'),

  rec('cert', f`Is this certificate for the pilot-portal expired? I can't read the dates:

${CERT}`, 'certificate (public)'),

  rec('git', f`Podcast CMS deploy went wrong, I want to roll back. \`git log --oneline -4\` shows:
${GITSHA('b47n-g1').slice(0, 7)} fix(feed): escape ampersands in titles
${GITSHA('b47n-g2').slice(0, 7)} feat(ads): mid-roll markers from chapters
${GITSHA('b47n-g3').slice(0, 7)} chore(deps): bump next to 14.2.15
${GITSHA('b47n-g4').slice(0, 7)} docs: hosting API rate limits
Revert only the ads commit?`),

  rec('docker', f`Which of these two images is the one in production for the fleet API?

registry.zipabikes.io/fleet-api:2.8.1@sha256:${SHA('b47n-d1')}
registry.zipabikes.io/fleet-api:2.8.2@sha256:${SHA('b47n-d2')}`),

  rec('package_lock', f`Why did the lockfile change when I only ran npm install?

${cfg(f`"node_modules/mqtt": {
  "version": "5.10.1",
  "resolved": "https://registry.npmjs.org/mqtt/-/mqtt-5.10.1.tgz",
  "integrity": "${INTEGRITY}",
  "license": "MIT"
}`)}`),

  rec('bcrypt', f`Laravel: the tenant portal login always fails for users migrated from the old system. Hash stored in the DB for a test user: ${amb('credential.password_assignment', BCRYPT)}. Old system used $2y$ too, so it should be compatible?`, 'bcrypt hash: ambiguous per the conventions'),

  rec('company_ids', f`Für die Lieferantenstammdaten: bitte in eine Tabelle bringen.
Kryos Pharma Logistics B.V. — KvK 71829304, btw NL859204117B01
Kryos Lojistik A.Ş. — VKN 5820194736
Kryos Logistics ApS — CVR 41827390
Nordbalt Pilots AS — registrikood 14829305
Zipa Bikes Sdn. Bhd. — SSM 202301018274 (1502841-X)`, 'company registration and VAT numbers'),

  rec('korean_brn', f`사업자등록번호 214-87-30915 로 세금계산서를 발행했는데 광고주가 번호가 틀렸다고 해요. 법인번호 110111-7293841 도 같이 적어야 하나요?`, 'Korean business and corporate registration numbers'),

  rec('thai_vat', f`ใบกำกับภาษีของร้านซ่อมจักรยานในกรุงเทพฯ มีเลขประจำตัวผู้เสียภาษี 0105561047392 ต้องกรอกในระบบบัญชีช่องไหนครับ`, 'Thai juristic-person tax ID (starts with 0)'),

  rec('greek_afm', f`Το τιμολόγιο της εταιρείας ρυμούλκησης έχει ΑΦΜ 094827361 και ΔΟΥ ΦΑΕ Πειραιά. Πρέπει να το καταχωρίσω ως προμηθευτή εξωτερικού ή εσωτερικού;`, 'Greek company tax number'),

  rec('emergency_numbers', f`Make a multilingual sticker for the e-bikes with emergency numbers: Spain 112, Portugal 112, Israel 100/101, Thailand 191 and 1669, Malaysia 999, Korea 119, Turkey 112. Keep it under 6 lines.`),

  rec('chat', f`what does "confidential computing" mean in the offer from our cloud provider for the temperature data platform? is it worth paying extra for?`),

  rec('chat_fr_ch', f`Bonjour, un client demande si nos conditions générales de réservation sont confidentielles. Elles sont publiées sur le site, donc je pense que non. Tu peux m'aider à lui répondre poliment ?`),

  rec('chat_nl', f`Heb je een sjabloon voor een geheimhoudingsverklaring (NDA) voor aannemers die in woningen van huurders werken? Iets korts, max één pagina.`, 'confidentiality agreement template request'),

  rec('chat_pt', f`Estou confiante que o episódio de estreia vai correr bem, mas podes rever o guião? Tem 12 minutos e acho que a introdução é longa demais.`),

  rec('chat_tr', f`Kılavuz kaptan vardiya çizelgesinde "gizli" diye bir sütun var, sanırım sadece iç not için. Excel'de bu sütunu yazdırırken nasıl gizlerim?`),

  rec('code_python', f`How do I read the secret from the environment instead of hardcoding it? Current code:

${code(f`import os
from twilio.rest import Client

client = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])

def alert_rescue(hut: str, msg: str) -> None:
    client.messages.create(to=os.environ["RESCUE_ON_CALL"], from_=os.environ["TWILIO_FROM"], body=f"[{hut}] {msg}")`)}`, 'secrets read from the environment'),

  rec('ansible', f`Ansible playbook for the booking server, vault vars are not decrypted:

${cfg(f`- hosts: booking
  vars_files:
    - group_vars/booking/vault.yml
  tasks:
    - name: configure db user
      community.mysql.mysql_user:
        name: alpina_booking
        password: "{{ vault_db_password }}"
        priv: "alpina_booking.*:ALL"`)}`),

  rec('helm', f`${cfg(f`fleetApi:
  image: registry.zipabikes.io/fleet-api:2.8.2
  env:
    STRIPE_SECRET_KEY:
      valueFrom:
        secretKeyRef: { name: stripe, key: secret }
    MQTT_PASSWORD: "********"
    JWT_SIGNING_KEY: \${JWT_SIGNING_KEY}`)}

why does the pod crash with "invalid key length" for the JWT?`, 'masked and templated values'),

  rec('chat', f`Our hosting API docs say "authenticate with Authorization: Bearer YOUR_API_KEY". In Postman do I put YOUR_API_KEY literally in the auth tab or as a variable {{apiKey}}?`),

  rec('css', f`The bike icon is blurry on the map: <img src="data:image/png;base64,${PNG_B64}" width="16" height="16">. Should I use SVG?`, 'inline PNG data URI'),

  rec('hut_info', f`Make a short description for the website (EN/DE):
Cabane du Vélan-Dessus, 2 642 m, 48 places, gardée 15.6.–20.9. Coordonnées 2 581 940 / 1 084 210 (MN95). Accès depuis Bourg-Saint-Pierre 4 h 30, T3. Réservations en ligne uniquement. Tél. de la cabane en saison affiché sur place.`, 'Swiss grid coordinates'),

  rec('weather_api', f`Parse this MeteoSwiss-style forecast JSON and give me a line per day for the hut wardens:

${cfg(f`{"station":"VEL","elevation":2642,"days":[
 {"date":"2024-08-10","tmin":2.1,"tmax":11.4,"wind_kmh":35,"freezing_level":3450},
 {"date":"2024-08-11","tmin":-0.8,"tmax":7.9,"wind_kmh":60,"freezing_level":2900}
]}`)}`),

  rec('tenant_letter', f`Verbeter de spelling in deze brief:

Geachte huurder,
Op 14 november wordt de cv-ketel in uw woning (complex 0417, woning 23) vervangen tussen 8:00 en 16:00. Uw referentienummer is MT-88240. Heeft u vragen, bel dan ons algemene nummer en noem dit referentienummer.

Met vriendelijke groet,
Team Onderhoud`),

  rec('arrears_stats', f`Maak een grafiekvoorstel voor deze cijfers: huurachterstand per wijk Q3 — Centrum € 84.210 (211 contracten), Noord € 132.900 (388), Ringvaart-West € 61.045 (147). Gemiddelde achterstand per contract: € 310,42.`),

  rec('lock_protocol', f`Our lock talks AT commands to the modem. What does this sequence do? AT+CGDCONT=1,"IP","iot.1nce.net" / AT+CEREG? / AT+QMTOPEN=0,"mqtt.zipabikes.io",8883 / AT+QMTCONN=0,"lock-862072053184277"`, 'AT commands with the lock IMEI as MQTT client id'),

  rec('sql_schema', f`Is this schema OK for storing rider payment methods? We never store the full number.

${code(f`CREATE TABLE payment_methods (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  rider_id     uuid NOT NULL REFERENCES riders(id),
  psp_token    text NOT NULL,          -- e.g. pm_1Q… from Stripe
  brand        text NOT NULL,
  last4        char(4) NOT NULL,
  exp_month    smallint NOT NULL,
  exp_year     smallint NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);`)}`),

  rec('masked_export', f`Reconcile payouts with the ad marketplace statement:

${cfg(f`payout_id;date;amount_eur;card;iban
PO-1182;2024-10-15;4180,00;;PT16 **** **** **** **** 1928 7
PO-1183;2024-10-15;2240,50;;ES71 **** **** **** **** 8213
PO-1184;2024-10-16;310,00;**** 7728;`)}`, 'masked IBANs and card'),

  rec('fictional_phone', f`For the podcast's fictional radio-drama episode we need a phone number the detective calls. Is ${amb('pii.phone', '555-0147')} safe to say on air, or should we use a UK drama number like ${amb('pii.phone', '07700 900412')}?`, 'fictional numbers reserved for drama'),

  rec('uuid_log', f`Which requests were slow here?

${cfg(f`2024-11-06T09:12:44.118Z INFO hosting-api req=3b9e1f27-84c6-4d2a-b5f0-6e1c9a7d2b48 POST /v2/episodes 201 812ms
2024-11-06T09:12:45.402Z INFO hosting-api req=c7a2d4e9-1f38-4b6c-8e05-9d3f2a1b7c64 GET /v2/shows/lh-late-shift/analytics 200 4210ms
2024-11-06T09:12:47.930Z WARN hosting-api req=0e5b8c13-7a92-4f4d-a6e1-2c8d9b3f5a07 GET /v2/episodes?cursor=eyJvZmZzZXQiOjIwMH0 200 3988ms`)}`),

  rec('version', f`Welche Version ist die aktuelle? Die App zeigt 4.12.0 (build 41207), der Play Store 4.12.1, und im Changelog steht 4.12.1-hotfix.2 vom 05.11.2024.`),

  rec('ip_doc', f`In the VPN how-to for pilots I wrote: "connect to vpn.nordbalt-pilots.ee; if DNS fails, the gateway is ${amb('pii.ip_address', '192.0.2.10')}". Is it fine to publish the gateway IP in the handbook?`, 'documentation-range IP: ambiguous per the conventions'),

  rec('chat_ms', f`Kenapa nombor tempahan BKG-KUL-2024-118274 dan nombor invois INV/ZB/2024/00417 tak boleh dicari dalam sistem? Pelanggan sudah bayar RM 12.50.`),

  rec('chat_sl', f`Ali mi lahko pomagaš sestaviti seznam opreme za kočo? Rezervni generator (serijska št. GX-2024-881730), 48 odej, 12 čelnih svetilk, defibrilator (serijska št. 21K0392741).`),
];
