/**
 * Held-out batch 85: hard negatives — lot and wafer ids, claim and policy numbers, P-codes, wallet
 * receipts, MMSI/IMO numbers, METARs, ISBNs, library barcodes, placeholders, test keys, masked and
 * check-failing numbers (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from
 * ambiguous spans and pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b85n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b85n-pklive', B62, 97));
const BCRYPT = tok('$2y$10$', fill('b85n-bcrypt', B62 + './', 53));
const SHA512CRYPT = tok('$6$', fill('b85n-salt', B62, 16), '$', fill('b85n-crypt', B62 + './', 86));
const PUB = pem('PUBLIC KEY', 'b85n-pub', 294);
const CERT = pem('CERTIFICATE', 'b85n-cert', 820);
const ED_PUB = tok('AAAAC3NzaC1lZDI1NTE5AAAAI', fill('b85n-ed', B64, 43));

export const BATCH85_NEGATIVES: DraftRecord[] = [
  rec('lot_summary', f`Can you turn this final-test summary into a short table sorted by yield?

Lot KD24-1183  wafers 01–25  tested 24  yield 91.4 %  top fail bin 7 (IDDQ)  tester T93K-11  program KD_FT_v4.2.7
Lot KD24-1184  wafers 01–25  tested 25  yield 95.1 %  top fail bin 3 (Vmin)  tester T93K-12  program KD_FT_v4.2.7
Lot KD24-1190  wafers 01–13  tested 13  yield 88.9 %  top fail bin 7 (IDDQ)  tester J750-03  program KD_FT_v4.2.6
Die size 4.12 × 3.87 mm, gross die per wafer 1 874, notch at 270°.`),

  rec('tester_inventory', f`Which of these testers are due for calibration this quarter?

${amb('source_code.snippet', `asset_tag,model,serial,firmware,last_cal,site
PL-ATE-0041,V93000 SmartScale,DE48213077,8.3.5.1,2024-04-11,DRS
PL-ATE-0042,V93000 SmartScale,DE48213112,8.3.5.1,2024-10-02,DRS
PL-ATE-0107,J750Ex-HD,US7710394,5.20.10,2024-02-27,PNG
PL-HDL-0019,Delta Eclipse,SG03318,3.4,2024-07-15,PNG`)}`),

  rec('chat_de', f`Wir brauchen eine Vorlage für eine Geheimhaltungsvereinbarung (NDA) mit einem neuen Kunden aus der Automobilbranche. Welche Klauseln sind bei Testdaten und Wafermaps üblich? Bitte nur allgemein, ohne konkrete Firma.`),

  rec('release_notes', f`Summarise the changes between these two test-program releases for the customer's PCN:

KD_FT_v4.2.6  sha256 ${SHA('b85n-rel1')}
KD_FT_v4.2.7  sha256 ${SHA('b85n-rel2')}
Changes: IDDQ limit 180 → 165 µA (per customer request 2025-02-11), added retest on bin 3, fixed datalog overflow above 65 535 parts.
Commit ${GITSHA('b85n-commit')} in limits-db.`),

  rec('chat_ko', f`프로브카드 접촉 저항을 낮추는 비법이 있을까요? 선배는 "클리닝 주기가 비밀"이라고만 하네요. 보통 몇 터치다운마다 클리닝하는지 일반적인 기준이 궁금합니다.`),

  rec('claims_stats_de', f`Bitte erstelle aus diesen Fallzahlen eine Grafik-Beschreibung für den Quartalsbericht:

Leistungsfälle Q1: 4 812 (Pflegegrad 2: 1 904, PG 3: 1 611, PG 4: 902, PG 5: 395)
Durchschnittliche Bearbeitungsdauer: 23,4 Tage
Häufigste Diagnosen: F03 (Demenz), I63.9 (Hirninfarkt), M80.08 (Osteoporose mit Fraktur)
Tarif PZ-Plus, Vertragsnummern LZ-200000 bis LZ-249999.`),

  rec('form_template', f`Mach dieses Formular barrierefrei (Beschriftungen, Fehlermeldungen):

Name, Vorname: ______________________
Geburtsdatum: TT.MM.JJJJ
Versichertennummer: __________
IBAN: DE__ ____ ____ ____ ____ __
Telefon: +49 (___) _________
Unterschrift: ______________________`),

  rec('chat_nl', f`In ons systeem staat voor de thuiszorgorganisatie "NL** RABO **** **** 19" en op de factuur "NL99 RABO 2166 7441 19". De bank weigert de betaling met "ongeldig IBAN". Kan een controlegetal van 99 eigenlijk wel bestaan?`, 'IBAN with a wrong check digit (fails mod 97) and a masked one: unlabelled'),

  rec('product_list', f`Maak een bestellijst per leverancier:

PZN 08433527 – Inkontinenzslip Gr. L – 4 × 14 st.
PZN 11052986 – Rollator Lichtgewicht – 1
GTIN 4049500931824 – Bettschutzeinlage 60×90 – 3 × 25 st.
Hulpmiddelenposition 50.45.01.0012 – Badewannenlifter`),

  rec('chat_en', f`Our claims portal should enforce a sensible password policy for policyholders (many are over 80 and use a family member's tablet). What would you recommend? Length vs. complexity, and whether to allow passkeys.`),

  rec('actuarial', f`Explain this decrement table to a non-actuary:

age  q_x(active)  i_x(claim incidence)  mean claim duration (yrs)
70   0.0142       0.0081                3.1
75   0.0231       0.0163                2.8
80   0.0405       0.0337                2.4
85   0.0718       0.0652                2.0`),

  rec('pcodes', f`Merge these admin boundaries with the distribution plan and tell me which districts have no partner:

SO2201 Baidoa – partner: Tadamun, 1 840 HH
SO2202 Burhakaba – none
SO2203 Diinsoor – partner: consortium B, 620 HH
SO2204 Qansax Dheere – none
Centroid of Baidoa: 3.1139, 43.6498`),

  rec('mpesa_receipts', f`Angalia kama malipo haya yote yamekamilika, halafu niandikie muhtasari kwa Kiingereza:

SFK3H7QX2M Confirmed. Ksh4,500.00 sent to HH-GRS-0412 on 3/4/25 at 10:12 AM. Transaction cost Ksh0.00.
SFK3H7QY8P Confirmed. Ksh4,500.00 sent to HH-GRS-0413 on 3/4/25 at 10:12 AM.
SFK3H7R01C Failed. Recipient not registered. Ref 77314.`),

  rec('voucher', f`Beneficiary says her e-voucher card is rejected at the shop in Kakuma. Card number on the back: 6063 9026 3094 8082, top-up 3 200 KES on 1 March. The shop's POS shows "card unknown". What should the field officer check?`, 'an e-voucher number that fails the Luhn check: a negative (checked)'),

  rec('sim_list', f`Kwa ajili ya orodha ya simu za timu za uwanjani, je hizi SIM zimesajiliwa zote? ICCID 89254021084173925617 (Garissa 1), 89254021084173925625 (Garissa 2), zote kifurushi cha data 10GB.`),

  rec('ussd', f`Write an SMS (max 160 chars, English and Somali) telling beneficiaries to dial *712# to check their balance, and that the helpline 339 is free. Never ask for the PIN.`),

  rec('vessel_info', f`Fill the marina arrival form for me from this:

M/Y Aurelia – flag Malta – LOA 48.7 m – GT 499
IMO 9841276 · MMSI 256012340 · call sign 9HB7731
Engines: 2 × MTU 16V 2000 M96L
ETA Portisco 14/06, 11:30, berth request 48–52 m, draft 3.1 m`),

  rec('nmea', f`Our tender tracker sends these, why is the speed zero?

${amb('source_code.snippet', `$GPRMC,101512.00,A,4102.7712,N,00931.4408,E,0.0,231.4,140625,,,A*6C
$GPVTG,231.4,T,,M,0.0,N,0.0,K,A*3B
$GPGGA,101513.00,4102.7713,N,00931.4409,E,1,09,0.9,2.1,M,48.3,M,,*5F`)}`),

  rec('chat_el', f`Ποιο είναι το μυστικό για να μη ζαλίζονται οι επισκέπτες σε ανοιχτή θάλασσα; Γράψε 5 συμβουλές για το καλωσόρισμα στο σκάφος, με χιούμορ.`),

  rec('charter_terms', f`Explain MYBA clause 7 (cancellation) in plain English for a first-time charterer. Also: is the charter agreement itself confidential, or can the guest show it to their lawyer?`),

  rec('booking_refs', f`Flights for the crew change: FR 2847 Stansted–Split 14/06 06:25, booking ref K7QXMT; OS 744 Vienna–Split 14/06 09:10, ref 6H2PLW. Transfer booked with Split Taxi, job 25-0614-113. Make an itinerary.`),

  rec('metar', f`Explain this for the presenter in simple words, she wants to mention it in the late bulletin:

METAR ENBR 061750Z 16028G41KT 4000 -RA BKN012 OVC025 07/05 Q0987 TEMPO 2000 RA
TAF ENBR 061700Z 0618/0718 17030G45KT 5000 -RA BKN010 BECMG 0703/0705 24020KT`),

  rec('grib', f`Which of these model runs should the graphics pull for the 19:00 bulletin?

${amb('source_code.snippet', `meps_det_2_5km_20250206T12Z.nc   2025-02-06 14:41  2.1G
meps_det_2_5km_20250206T15Z.nc   2025-02-06 17:38  2.1G
ecmwf_0p1_20250206T12Z.grib2     2025-02-06 19:02  860M`)}`),

  rec('timecode', f`Rundown for the 19:00 weather block:
10:00:00:00 open – studio wide
10:00:12:05 radar loop (TC in 10:00:12:05, out 10:00:31:20)
10:00:31:21 5-day strip
10:00:58:00 out to sport
Colours: rain #1E88E5, snow #E3F2FD, warning amber #FFB300. Font: Nordlys Sans Bold 64 px.`),

  rec('ptp_config', f`${amb('source_code.snippet', f`# /etc/ptp4l.conf on gfx-render nodes
[global]
domainNumber 127
priority1 128
logSyncInterval -3
[eno2]
network_transport UDPv4
# grandmaster: ${amb('pii.ip_address', '172.20.1.10')}`)}

Render nodes drift by 2 frames after a few hours, is PTP set up right?`),

  rec('compose_digest', f`${amb('source_code.snippet', f`services:
  wx-renderer:
    image: registry.nordlys-tv.no/wx/renderer@sha256:${SHA('b85n-dig1')}
    deploy:
      resources:
        reservations:
          devices: [{ driver: nvidia, count: 1, capabilities: [gpu] }]
  feed-ingest:
    image: registry.nordlys-tv.no/wx/feed-ingest:3.8.1
    environment:
      FEED_API_KEY: \${FEED_API_KEY}
      LOG_LEVEL: info`)}

Is it fine to pin one image by digest and the other by tag?`),

  rec('svg_icon', f`Make this weather icon thinner:

${amb('source_code.snippet', `<svg viewBox="0 0 64 64"><path d="M46.5 31.8a11.6 11.6 0 0 0-22.4-3.9A9 9 0 1 0 21 46h25.5a7.1 7.1 0 0 0 0-14.2z" fill="none" stroke="#1E88E5" stroke-width="4"/><path d="M24 52l-3 6M34 52l-3 6M44 52l-3 6" stroke="#1E88E5" stroke-width="3"/></svg>`)}`),

  rec('chat_nn', f`Kan du skrive eit forslag til kontraktsmal for gjesteprogramleiarar på vêret? Berre struktur og vanlege klausular (honorar, rettar, konfidensialitet), ingen namn eller tal.`),

  rec('books_csv', f`${amb('source_code.snippet', `isbn,tittel,hylle,strekkode
978-82-03-36591-4,Reparer det selv,643.7 REP,31847200093516
978-0-06-231609-7,The Maker's Manual,745.5 MAK,31847200093524
978-91-7424-882-0,Sy dina egna kläder,646.4 SYD,31847200093532`)}
Which of these are overdue if the loan period is 21 days from 2025-01-20?`, 'library item barcodes (14 digits, not card-shaped in an issuer range; checked to fail Luhn)'),

  rec('gcode', f`The Prusa in the maker space stops after the first layer. Start of the G-code:

${amb('source_code.snippet', `M73 P0 R47
M201 X1000 Y1000 Z200 E5000
M104 S215
M140 S60
M190 S60
M109 S215
G28 W
G80
G1 Z0.2 F720
G1 X60 Y-3 E9 F1000`)}`),

  rec('arduino', f`Our door-sensor sketch won't connect to Wi-Fi, serial just prints dots:

${v('source_code.snippet', f`#include <WiFi.h>

const char* ssid = "Bibliotek-Maker";
const char* password = "<wifi-password-here>";

void setup() {
  Serial.begin(115200);
  WiFi.begin(ssid, password);
  while (WiFi.status() != WL_CONNECTED) {
    delay(500);
    Serial.print(".");
  }
  Serial.println(WiFi.localIP());
}

void loop() {}`)}

(I replaced the real password before pasting.)`),

  rec('env_example', f`${amb('source_code.snippet', `# .env.example – booking app for the tool library
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/tools
STRIPE_SECRET_KEY=sk_live_REPLACE_ME
SENDGRID_API_KEY=
DOOR_CONTROLLER_TOKEN=<ask-IT>
ADMIN_PASSWORD=********`)}

Write the README section explaining each variable, in Danish.`),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.development – charter deposit flow, Stripe test mode
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
DEPOSIT_PERCENT=50`)}

The test key works, but Checkout shows "live mode" — is it because the publishable key is live?`),

  rec('gha_secrets', f`${amb('source_code.snippet', `- name: Deploy claims portal
  env:
    AZURE_CLIENT_ID: \${{ secrets.AZURE_CLIENT_ID }}
    AZURE_CLIENT_SECRET: \${{ secrets.AZURE_CLIENT_SECRET }}
    DB_PASSWORD: \${{ secrets.CLAIMS_DB_PASSWORD }}
  run: ./deploy.sh --slot staging`)}

Kann ich die Secrets im Log maskieren, falls deploy.sh sie ausgibt?`),

  rec('hashes', f`The old library member DB stores passwords like ${ambCat('credential', BCRYPT)} and the Linux door controller has ${ambCat('credential', SHA512CRYPT)} in /etc/shadow. Which one should we migrate first to Argon2?`, 'password hashes: ambiguous credential, no rule id'),

  rec('pubkeys', f`Is it safe to put these in the public repo of the kiosk project? The public key for JWT verification:

${PUB}

and the TLS certificate of kiosk.ravenhill-library.gov.uk:

${CERT}

plus the deploy key's public half: ssh-ed25519 ${ED_PUB} deploy@kiosk-03`),

  rec('test_cards', f`For the staging checkout of the charter deposits I want to test declines. Is ${amb('financial.payment_card', '4000 0000 0000 0002')} the generic decline and ${amb('financial.payment_card', '4242 4242 4242 4242')} the success card?`, 'well-known test card numbers: ambiguous'),

  rec('masked_card', f`Kunde schreibt: "Abbuchung von 18.500 € auf meiner Amex ****-******-*7526 am 12.06. war doppelt." Bitte formuliere eine Antwort, dass wir die Doppelbuchung prüfen.`),

  rec('bad_card', f`A guest typed his card as 4692 4905 3884 2767 in the booking form and it was rejected instantly. Is that a typo? I don't want to call him at 2 am.`, 'card-shaped number that fails the Luhn check: a negative (checked)'),

  rec('ssn_placeholder', f`The LTC claim form template says "SSN: 000-00-0000" as an example and some agents actually submit it. How do I validate SSNs in the form so 000 and 666 areas and 9xx are rejected?`),

  rec('uuid_list', f`Delete these duplicate care-assessment uploads from blob storage, give me the az CLI loop:
assessments/0f8c2d31-7a4e-4b19-9c60-2e8d1f7a3b54.pdf
assessments/6b1e9a47-2c58-4d03-8f71-5a9c0e3d2b86.pdf
assessments/c4d7e2a9-81f3-4e6b-a205-9d3c7b1f0e48.pdf`),

  rec('aadhaar_bad', f`Library staff keyed this Aadhaar as 9845 6399 2435 and the form rejects it. Is there a checksum we can show them so they catch typos at the desk?`, 'an Aadhaar-shaped number that fails the Verhoeff check: a negative (checked)'),

  rec('birthday_event', f`Lag en plakat for barnebursdag-verkstaden i makerspacet: laurdag 14. juni kl. 12–15, for born 8–12 år, vi byggjer små robotar. Påmelding på biblioteket, 120 kr per barn.`),

  rec('fictional_phone', f`For the charter app screenshots in the App Store, use a fake support number — is ${amb('pii.phone', '+1 202 555 0143')} okay, or do we need a real one?`, 'fictional 555-01xx number: ambiguous'),

  rec('windows_versions', f`The graphics PCs report OS build 10.0.19045.4291 and the render nodes 10.0.22631.4602. Vizrt says only 22H2 and newer are supported for Engine 5.2.1. Which machines need upgrading?`),

  rec('chat_ja', f`社内で「コンフィデンシャル・コンピューティング」を検討しています。テストデータの解析をクラウドでやる場合、Azureの機密VMとAWS Nitro Enclavesの違いを簡単に説明してください。`),

  rec('chat_ar', f`نحتاج نص توعية للمستفيدين: "لا تشارك الرقم السري لمحفظتك مع أي شخص، حتى موظفي البرنامج." اكتبه بالعربية والإنجليزية والصومالية، وبطريقة بسيطة.`),

  rec('maker_tokens', f`Hvordan laver vi et simpelt system med "maker-tokens" (klippekort) til laserskæreren? Hvert medlem får 10 tokens pr. måned, et job koster 1–3 tokens. Kode: MKR-TOK-2025-03. Skal det være i Excel eller i bookingsystemet?`),
];
