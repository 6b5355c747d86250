/**
 * Held-out batch 83: hard negatives — vessel and container identifiers, device serials, billing
 * codes, loyalty and ticket numbers, placeholders, test keys, masked or check-failing numbers and
 * casual uses of "password" or "confidential" (tests/corpus/README.md, "Decisions on negatives").
 * Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec } from '../dsl';
import type { DraftRecord } from '../dsl';
import { B62, B64, HEX, b64, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b83n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b83n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const PUB = pem('PUBLIC KEY', 'b83n-pub', 294);
const CERT = pem('CERTIFICATE', 'b83n-cert', 820);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${fill('b83n-png', B64, 220)}`;
const INTEGRITY = `sha512-${b64Bytes('b83n-integ', 64)}`;
const MISSION_B64 = b64(JSON.stringify({ field: 'NV-12', alt_m: 35, speed_ms: 6, overlap: 0.75, sensor: 'MS600' }));
const SHA_CRYPT = tok('$6$', fill('b83n-salt', B62, 16), '$', fill('b83n-crypt', B62 + './', 86));

export const BATCH83_NEGATIVES: DraftRecord[] = [
  rec('vessel_calls', f`Can you sort these expected calls by ETA and flag the ones that need a pilot (LOA > 120 m)?

IMO 9412375 | MMSI 231482000 | CALYPSO STAR   | LOA 142 m | ETA 03/12 05:30 | berth 3
IMO 9705081 | MMSI 257904300 | NORDIC TERN    | LOA  89 m | ETA 03/12 07:10 | berth 1
IMO 9321483 | MMSI 636019284 | ATLANTIC VESTA | LOA 229 m | ETA 03/12 11:45 | berth 5 (tanker)
IMO 9188430 | MMSI 538007261 | SKARV          | LOA  74 m | ETA 03/12 16:00 | fish quay`),

  rec('containers_es', f`¿Puedes comprobar si falta algún contenedor en la lista de descarga?
MSKU 4827193-6, precinto 004418273
TGHU 8830147-2, precinto 004418274
CMAU 5091826-0, precinto 004418275
Buque: ATLANTIC VESTA, viaje 448E, muelle 5.`),

  rec('imei_list', f`Which of these dialysis-machine modems haven't reported in 48 h? Last-seen export:
modem_imei,machine_serial,last_seen
867281049372616,AQ-HD-20417,2024-11-30T22:10Z
867281049372624,AQ-HD-20418,2024-12-02T05:41Z
867281049372632,AQ-HD-20431,2024-12-02T05:43Z`, 'IMEIs are Luhn-valid by design but start with 86 (no card issuer range)'),

  rec('hcpcs', f`For the monthly rental claims we bill E1590 (hemodialysis machine), E1632 (wearable artificial kidney – not ours) and A4820 (supplies). The payer now asks for ICD-10 N18.6 on every line. Our NPI is on the header. Can you explain what modifiers RR and KX mean on a DME rental claim?`),

  rec('npi_chat', f`Is NPI 1487293650 the organisational (type 2) or an individual provider? The insurer says claims from it are rejected with "billing provider not enrolled".`),

  rec('loyalty_en', f`A member complains their miles didn't post. Polaris Miles number PM-48271936, flights NV1182 DUB–BCN on 14 Nov (ticket 618 2401938475) and NV1183 back on 18 Nov. Booking reference K7Q2ZD. Write a reply saying we'll credit them within 5 days.`),

  rec('env_example', f`${amb('source_code.snippet', f`# crew-portal/.env.example — copy to .env and fill in
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/crew
OKTA_API_TOKEN=<your-okta-token>
SLACK_BOT_TOKEN=xoxb-your-bot-token
OPENAI_API_KEY=sk-...
SENTRY_DSN=
SESSION_SECRET=\${SESSION_SECRET}`)}

Write the README section that explains each variable.`),

  rec('stripe_test', f`${amb('source_code.snippet', f`# auction-payments/config/test.yml (committed, test mode only)
stripe:
  secret_key: ${STRIPE_TEST}
  publishable_key: ${PK_LIVE}
  webhook_secret: whsec_REPLACE_ME`)}

Reviewer flagged this file. Test key and a publishable key — is there any real risk?`),

  rec('aws_docs', f`${amb('source_code.snippet', f`[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-north-1`)}

This is from the onboarding wiki for the drone imagery team. Should we replace it with SSO instructions instead?`),

  rec('receipt_de', f`Kannst du das für meine Spesenabrechnung auf Englisch übersetzen?

Zahlungsbeleg – Auktionshaus Verhaegen-Lind
Lot 114, Käuferaufgeld 5.400,00 €
Bezahlt mit: Mastercard **** **** **** 8127
Autorisierungscode: 0Q41B7
Transaktion: 2024-11-28 16:42:09`),

  rec('voucher_nl', f`Een huurder probeert een cadeaubon van de bouwmarkt te gebruiken voor de borg: bonnummer 6011 9284 7710 3346, pincode onder de kraslaag. Kunnen we dit accepteren? Ik denk het niet.`, 'gift-voucher number that fails the Luhn check'),

  rec('iban_training', f`In onze cursus "Betalingen controleren" gebruiken we dit voorbeeld van een foute IBAN: NL47 INGB 0006 8421 19 — de controlegetallen kloppen niet. Kun je uitleggen hoe de mod-97 check werkt, stap voor stap?`, 'IBAN with wrong check digits'),

  rec('form_template', f`Make this tenancy application form accessible (labels, hints, error text):

Full name: ______________________
Date of birth: DD / MM / YYYY
National Insurance number: QQ 12 34 56 C
Bank IBAN: GB00 XXXX 0000 0000 0000 00
Phone: 07XXX XXXXXX`),

  rec('itin_chat', f`Our insurer billing form rejects the patient's taxpayer number 912-83-4471 in the SSN field. It's an ITIN, not an SSN. Where does an ITIN go on the CMS-1500?`, 'ITIN (area 9xx) is not a valid SSN'),

  rec('test_cards', f`Checkout QA for the loyalty shop: use ${amb('financial.payment_card', '4242 4242 4242 4242')} for success and ${amb('financial.payment_card', '4000 0000 0000 0002')} for a decline. Write test cases for both, plus 3-D Secure.`),

  rec('fictional_phone', f`For the crew-app screenshots in the App Store, put a fake phone in the profile, something like ${amb('pii.phone', '(212) 555-0147')}, and the name "Alex Sample". Is that OK for Apple's review?`),

  rec('drama_phone', f`Script for the housing-office training video: the caller reads her number as ${amb('pii.phone', '07700 900417')} (Ofcom drama range). Can you tighten the dialogue?`),

  rec('hash_question', f`Old allocation portal stored passwords like this: ${ambCat('credential', SHA_CRYPT)} — is SHA-512 crypt with 5000 rounds acceptable, or do we have to migrate to argon2id?`, 'a password hash: ambiguous'),

  rec('flightplan', f`${amb('source_code.snippet', f`# mission NV-12 (maize, 38 ha)
waypoints:
  - [-0.71482, 36.43019, 35]
  - [-0.71501, 36.43344, 35]
  - [-0.71795, 36.43351, 35]
  - [-0.71776, 36.43027, 35]
speed_ms: 6
overlap: 0.75
rtl_battery_pct: 25`)}

Can you estimate the flight time with a 6 m/s speed and 20 m line spacing?`),

  rec('sensor_sw', f`Takwimu za unyevu wa udongo kutoka kwa vitambuzi vya shamba la Naivasha: 22.4, 21.9, 19.8, 18.7, 24.1 (asilimia). Kifaa RF-SM-0419, firmware 4.12.7-rc2. Je, tunapaswa kumwagilia leo?`),

  rec('docker_digest', f`Summarise the difference between these gateway images for the change log:
- ghcr.io/rainfield/field-gw:3.8.1@sha256:${SHA('b83n-d1')}
- ghcr.io/rainfield/field-gw:3.9.0@sha256:${SHA('b83n-d2')}
3.9.0 adds LoRaWAN class C support and fixes the valve timeout.`),

  rec('package_lock', f`${amb('source_code.snippet', f`"node_modules/@turf/area": {
  "version": "7.1.0",
  "resolved": "https://registry.npmjs.org/@turf/area/-/area-7.1.0.tgz",
  "integrity": "${INTEGRITY}",
  "license": "MIT"
}`)}
npm ci fails with EINTEGRITY on this package. Cache problem?`),

  rec('git_log_de', f`Welche dieser Commits sollte ich für den Hotfix cherry-picken?
${GITSHA('b83n-g1').slice(0, 10)} fix(roster): Ruhezeit über Mitternacht
${GITSHA('b83n-g2').slice(0, 10)} feat(miles): Statusmeilen-Export
${GITSHA('b83n-g3').slice(0, 10)} chore: bump kotlin 2.0.21`),

  rec('uuid_cleanup', f`Delete these stale allocation offers, give me the SQL:
offer 3f8c2a91-47d0-4e6b-9b15-c02e7d4a8f36
offer a71d94e0-2c58-4f3a-8e61-5b9c0d7f2e14
offer 0e5b7c32-9d41-4a86-b2f7-1c3e8a6d9f50`),

  rec('pubkey', f`Partner wants our public key for encrypting the claims files. This is the one to send, right? It's not secret?

${PUB}

And the server certificate they asked for:
${CERT}`),

  rec('css_b64', f`Logo on the bidder portal looks blurry on retina: ${amb('source_code.snippet', f`.brand { background: url("data:image/png;base64,${PNG_B64}") no-repeat; width: 16px; height: 16px; }`)}`),

  rec('mission_b64', f`The ground station sends the mission as base64 in the MQTT payload: ${MISSION_B64} — can you decode it and tell me if the overlap is too low for orthomosaics?`, 'base64 of a non-secret mission config'),

  rec('chat_nn', f`Kva er eit godt passord for dei nye nettbretta til losane? Skal vi bruke ei passordfrase eller PIN? Vi vil ikkje at dei skal skrive det på ein lapp.`),

  rec('chat_fo', f`Eg havi gloymt loyniorðið til teldupostin. Hvussu fái eg nýtt, tá ið eg ikki havi atgongd til telefonina?`),

  rec('chat_en_confident', f`I'm fairly confident berth 5 will be free by 14:00 — the tanker finished discharging early. Can you draft a message to the agent proposing an earlier slot?`),

  rec('chat_secret_santa', f`Crew room is doing Secret Santa this year, budget 15 €. Write a cheerful notice in English and Irish for the Dublin base noticeboard.`),

  rec('chat_pt', f`O segredo de um bom catálogo de leilão é a fotografia. Podes sugerir 5 dicas para fotografar joias com reflexos?`),

  rec('metar', f`Explain this to a new crew scheduler, why would the afternoon rotation be delayed?
METAR ENTC 021150Z 24032G45KT 9999 -SHSN FEW012 BKN025 M02/M05 Q0987
TAF ENTC 021100Z 0212/0312 25035G50KT 3000 SHSN BKN010 TEMPO 0212/0218 0800 +SHSN VV005`),

  rec('notam', f`Summarise for the drone pilots: NOTAM A2417/24 – UAS operations prohibited within 5 NM of the port approach, SFC–400 FT AGL, 04 DEC 0600–1800 UTC, due to naval exercise.`),

  rec('water_quality', f`Water test results from the patient's home before installing the machine: conductivity 4.8 µS/cm, chlorine < 0.1 mg/L, chloramine < 0.1 mg/L, TOC 0.3 mg/L, endotoxin < 0.03 EU/mL, bacteria 12 CFU/mL. Does this meet ISO 23500 for home haemodialysis?`),

  rec('catalogue_it', f`Correggi la scheda del lotto, per favore:
Lotto 57 – Giorgio Morandi, Natura morta, 1956, olio su tela, cm 30,5 × 40
Stima € 450.000 – 650.000
Bibliografia: L. Vitali, Morandi. Catalogo generale, Milano 1977, n. 1012 (ISBN 978-88-435-0218-7)
Provenienza: collezione privata, Bologna; acquistato dall'attuale proprietario nel 1988.`),

  rec('stats_ro', f`Poți transforma aceste cifre într-un grafic? Lista de așteptare locuințe sociale: 2021 – 4.812 cereri, 2022 – 5.103, 2023 – 5.640, 2024 (până în noiembrie) – 5.977. Timp mediu de așteptare: 31 de luni.`),

  rec('cron_k8s', f`${amb('source_code.snippet', f`apiVersion: batch/v1
kind: CronJob
metadata:
  name: miles-expiry
spec:
  schedule: "0 2 1 * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: expiry
              image: registry.norrvindair.internal/miles-expiry:1.4.2
              env:
                - name: DB_PASSWORD
                  valueFrom:
                    secretKeyRef: { name: miles-db, key: password }`)}

Will this run at 02:00 local or UTC?`),

  rec('helm_placeholder', f`${amb('source_code.snippet', f`berthPlanner:
  db:
    host: {{ .Values.global.dbHost }}
    password: {{ .Values.berthPlanner.dbPassword | quote }}
  maps:
    apiKey: "{{ required "set maps.apiKey" .Values.maps.apiKey }}"`)}

helm template complains "set maps.apiKey" even though I pass --set maps.apiKey. Why?`),

  rec('chat_tr_dates', f`Mürettebat planı: 4 Aralık 06:15 IST–ADB, 5 Aralık 19:40 ADB–IST, 7 Aralık izin. Uçuş numaraları NV2204 ve NV2205. Dinlenme süresi kurallara uygun mu?`),

  rec('chat_ug', f`ئېتىز ھۆل-يېغىنلىقى: 18.2٪، 19.7٪، 21.0٪. بۈگۈن سۇغىرىش كېرەكمۇ؟ ئۇچقۇچ نومۇرى RF-17، يۇمشاق دېتال نەشرى 3.9.0.`),

  rec('chat_zu_xh', f`Ndicela undincedise ndibhale isaziso: intlanganiso yabafama iya kuba ngoLwesithathu ngo-10:00 eholweni, kuza kuboniswa i-drone entsha yokunkcenkceshela. Nceda uzise incwadi yakho yefama.`),

  rec('chat_am_ti', f`ናይ ሰሙን ኣኼባ ሰራሕተኛታት ወደብ ረቡዕ ሰዓት 9:00 ክኸውን እዩ። ኣጀንዳ፡ ሓድሽ መደብ መዕረፊ መራኽብ፣ ናይ ድሕንነት ስልጠና። በጃኻ ብእንግሊዝኛ ጽሓፎ።`),

  rec('disclaimer_only', f`Hi Sipho, thanks — the tyre kit for the ground-station trailer arrives Thursday.

${amb('confidential.marking', 'The contents of this e-mail are confidential and intended for the named recipient only.')} Rainfield Agritech (Pty) Ltd.

Can you make my reply sound more upbeat?`),

  rec('svg_icon', f`${amb('source_code.snippet', f`<svg viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M12 2C8.13 2 5 5.13 5 9c0 5.25 7 13 7 13s7-7.75 7-13c0-3.87-3.13-7-7-7zm0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5z"/></svg>`)}
Use this berth marker in the Leaflet map — how do I colour it per berth status?`),

  rec('chat_hi_en', f`Bhai kal ka crew briefing 6:30 baje shift ho gaya hai, flight NV4471 aur NV4472. Gate B14. Roster version 2024.12.03-2 final hai, usme changes mat karna.`),

  rec('chat_confidential_q', f`What's the difference between "confidential computing" and just encrypting the dialysis telemetry at rest? A vendor keeps pushing confidential VMs.`),

  rec('invalid_cards_fi', f`Testaamme kortinnumeron tarkistusta lomakkeella. Näiden pitäisi kaikki hylkäytyä: 4716 2093 8471 6625, 5412 7519 0384 2266 ja 4929 1830 5527 4415. Kirjoita yksikkötesti, joka varmistaa sen.`, 'three Luhn-failing card-shaped numbers'),

  rec('nino_invalid', f`Our housing intake form accepted "QD 12 48 73 A" as a National Insurance number. QD can't be a real prefix, can it? Which prefixes should the validator reject?`, 'NINO with an unissued prefix'),
];
