/**
 * Held-out batch 37: hard negatives from the same six employers: grid references, frequencies,
 * lot / container / lair / serial numbers, placeholders, test keys, public keys, invalid look-alikes
 * and casual uses of "secret" / "confidential" in the batch's languages (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans. Hand-written, not measured yet.
 */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b37n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b37n-pklive', B62, 97));
const PUB_PEM = pem('PUBLIC KEY', 'b37n-pub', 294);
const CERT = pem('CERTIFICATE', 'b37n-cert', 820);
const SSH_PUB = tok('ssh-ed25519 ', 'AAAAC3NzaC1lZDI1NTE5AAAAI', fill('b37n-sshpub', B64, 43));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${b64Bytes('b37n-png', 180)}`;
const INTEGRITY = `sha512-${b64Bytes('b37n-integrity', 64)}`;

export const BATCH37_NEGATIVES: DraftRecord[] = [
  rec('callout_log', f`Shout 24/121, 4 Dec. Two walkers benighted on the CMD arête. Last position from their phone: NN 17452 71003, later what3words ///crumbs.lifted.parade. Team on channel 2 (MR2), Rescue 951 from Prestwick stood by, not needed. Walked off by 23:40.

turn this into the monthly summary line format we use: date / location / type / outcome / hours`),

  rec('chat_de_ch', f`Was isch de Unterschied zwüsche 144 und 1414 i de Schwiiz? Mir händ e Diskussion im Team, wänn mer d'Rega direkt alüüte sötted und wänn d'Sanitätsnotrufzentrale. Und 112 gaht jo au.`),

  rec('chat_it', f`Per il cartello all'ingresso della base: "Parcheggio riservato ai mezzi di soccorso – rimozione forzata". Mi suggerisci una versione in tedesco e ladino? Il posto riservato è quello vicino al garage dell'elicottero.`),

  rec('radio_plan', f`Frequency plan for the Khumbu relay (for the new coordinators' handbook):
- Base Pheriche ↔ Namche: 148.250 MHz simplex, CTCSS 88.5
- Namche ↔ Lukla repeater: TX 151.675 / RX 156.275
- Heli ops: 122.900 MHz
Callsigns: KRC-1 (Pheriche), KRC-2 (Namche), HELI-9N

Can you make this a clean table, English and Nepali headers?`),

  rec('chat', f`Elevation check: base camp at 27.9881, 86.9250 is obviously wrong in our map, it shows the summit. What are the usual coordinates people use for EBC, roughly 28.00, 86.85?`),

  rec('cupping_form', f`Cupping session 2 Dec — Nyeri & Gayo arrivals
Lot KE-2448 Gikanda AA  · ICO 010/0837/0412 · screen 17/18 · moisture 10.8 % · score 88.25
Lot ID-1193 Gayo G1 wet-hulled · ICO 024/1029/0177 · moisture 12.1 % · score 86.50
Lot NP-0071 Gulmi washed · score 85.75
Lot TO-0003 Vava'u natural · score 83.00

write tasting notes in the style of our website, one paragraph each`),

  rec('shipping', f`Container status please, in simple English for our café customers newsletter:
Container MSKU 481927-3, B/L MAEU 239184477, vessel MAERSK KENTON 448W
ETD Mombasa 18 Nov, ETA Savannah 29 Dec, then truck to Chattanooga
HS code 0901.11.0015, 320 bags × 60 kg, gross 19,840 kg`),

  rec('chat_id', f`Kak, resep rahasia blend "Senja Gayo" kita itu sebenarnya cuma 70 % Gayo wet-hulled dan 30 % Toraja, roast medium-dark. Tolong buatkan deskripsi produk yang menarik tanpa menyebut persentasenya ya.`),

  rec('receipt', f`Donation receipt — thank you!

Receipt no.: SKC-R-2024-118274
Date: 3 December 2024
Amount: £150.00 (Gift Aid claimed: £37.50)
Paid by: Visa ending 5190
St Kessog's Children's Hospital Charity, Scottish Charity No. SC048213

Can you translate this into Slovak and Serbian for our overseas supporters page?`),

  rec('chat', f`Our "Text HEART to 70085 to give £5" campaign: the SMS provider says the shortcode is shared. Does that mean other charities see our donors? Also how do I word the "standard network rate" line?`),

  rec('env_example', f`${amb('source_code.snippet', f`# donate/.env.example — copy to .env.local
STRIPE_SECRET_KEY=sk_live_YOUR_KEY_HERE
STRIPE_WEBHOOK_SECRET=whsec_...
SENDGRID_API_KEY=<your SendGrid key>
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/donate
GIFT_AID_HMRC_PASSWORD=\${HMRC_PASSWORD}`)}

Write the README section explaining each variable for new volunteers.`),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.test (committed on purpose)
STRIPE_SECRET_KEY=${STRIPE_TEST}
NEXT_PUBLIC_STRIPE_PK=${PK_LIVE}
TEST_CARD=${amb('financial.payment_card', '4242424242424242')}`)}

Is it a problem that the publishable key in the test env is the live one? And the test card: ${amb('financial.payment_card', '4242 4242 4242 4242')} is the one that always succeeds, right?`),

  rec('chat', f`Donor says her card was rejected on the donate page: she typed 4539 1728 4630 5191 (she read it to me on the phone). Our form says "invalid card number" instantly, before Stripe. Is that the Luhn check? What should I tell her?`, 'Luhn-failing card number'),

  rec('chat_sk', f`Banka mi vrátila platbu, že IBAN SK58 0900 0000 0050 1238 4914 je neplatný. Asi som sa preklepla pri poslednej číslici. Ako si overím IBAN, kým to pošlem znova?`, 'IBAN with a wrong check digit'),

  rec('form_template', f`Make this form accessible and add Slovak translations of the labels:

Meno a priezvisko: ______________
Dátum narodenia: DD.MM.RRRR
IBAN: SK00 0000 0000 0000 0000 0000
Telefón: +421 ___ ___ ___
Suma daru: ______ €`),

  rec('install_sheet', f`Dish pointing sheet for Ulaanbaatar installs:
Satellite: 76.5°E, Ku-band
Azimuth 208.3° (true), elevation 38.9°, LNB skew −11.2°
Transponder: 12.620 GHz H, SR 30000, FEC 3/4
LNB LO 9750 / 10600 MHz universal
Expected quality ≥ 72 %, SNR ≥ 11 dB

Монгол хэл рүү орчуулаад, хүснэгт болгоод өгөөч.`),

  rec('ticket', f`CPE swap, ticket CEB-44902
Old modem: ORB-CPE-4, SN OC4B2291847, MAC 3C:84:6A:1F:92:0D, fw 4.2.7
New modem: ORB-CPE-4, SN OC4B2310562, MAC 3C:84:6A:20:17:B4, fw 4.3.1
SIM (LTE backup) ICCID 8963020412093847566
Signal after swap: RSRP −94 dBm, SINR 11

pls summarise in 2 lines for the daily report`),

  rec('chat', f`Firmware 10.4.2.118 on the ONTs is the one with the DHCP bug, right? Or was it 10.4.2.96? Vendor release notes are a mess. Need to tell the Cebu team which version to roll back to.`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-30T22:14:07Z ota[2211]: download ok orb-cpe-4.3.1.bin sha256=${SHA('b37n-fw')}
2024-11-30T22:14:09Z ota[2211]: verifying signature key_id=${fill('b37n-keyid', HEX, 16)} ... ok
2024-11-30T22:14:41Z ota[2211]: flash complete, rebooting (job 7f3c2a90-1b4e-4d87-a6f2-9c0e5b18d374)`)}

Why does the modem take 6 minutes after this to come back? Normal?`),

  rec('chat_mk', f`Корисникот прашува зошто на екранот пишува "Грешка E-48-32-02" и дали треба да го ресетира ресиверот. Напиши кратко упатство на македонски: исклучи од струја 30 секунди, провери кабел, пребарај канали.`),

  rec('chat_mn', f`Амжилтын нууц гэж юу вэ гэдэг сэдвээр шинэ инженерүүдэд зориулж урам өгөх богино илтгэл бичээд өгөөч. Хөдөө орон нутагт ажиллах хэцүү гэдгийг дурдаарай.`),

  rec('register', f`Summarise these register entries for the family who asked about their great-grandparents:

Lair 14, Row C, Section 7 — purchased 1924, register no. 1924/381
Interment 1: John Hendry, d. 12 Feb 1931, aged 67
Interment 2: Agnes Hendry (née Ross), d. 3 Aug 1948, aged 81
Headstone: red granite, inscription legible, condition fair`),

  rec('chat', f`Our crematorium's Garden of Remembrance has a "secret garden" corner the children's hospice uses for memorial events. Can you write a gentle sign for it, 2 sentences, not too twee?`),

  rec('chat_si', f`ආදාහනාගාරයේ කාලසටහන: සඳුදා සිට සිකුරාදා දක්වා පෙ.ව. 8.00 සිට ප.ව. 4.00 දක්වා, සෙනසුරාදා පෙ.ව. 8.00 – ප.ව. 12.00. ඉරිදා වසා ඇත. කරුණාකර මෙය ඉංග්‍රීසියට පරිවර්තනය කර දැන්වීම් පුවරුවට සුදුසු ආකාරයට සකසන්න.`),

  rec('chat_ta', f`மயானத்தில் புதிய நினைவுத் தோட்டம் திறப்பு விழா டிசம்பர் 14 காலை 9.30க்கு. அழைப்பிதழ் ஒன்றை தமிழிலும் ஆங்கிலத்திலும் எழுதவும். மேயர் கலந்துகொள்வார்.`),

  rec('chat_to_en', f`Can you help me explain the putu (funeral) customs to our new pālangi staff at the cemetery office? Like why families bring mats and tapa, the 10-night period, and why the graves are decorated with sand and bottles. Keep it respectful, half a page.`),

  rec('lease_schedule', f`Equipment schedule no. 7 to master lease LT-ML-2019-004
1× ASML PAS 5500/1100, SN 4471, year 2003
1× TEL ACT 8 track, SN 8T-20931
2× KLA 2139 inspection, SN 88213 / 88217
Term 36 months from 1 Feb 2025, monthly rent EUR 186,400, residual 11 %
Lessee: Mikrotec Fertigung GmbH, CHE-109.322.551 MWST

Please check the schedule numbering and tell me if anything looks inconsistent.`),

  rec('chat', f`Quick one: is a reconditioned KrF scanner still under ECCN 3B001 for export to Serbia, or does it drop to EAR99 after refurbishment? We have a buyer in Novi Sad for the 2003 PAS 5500.`),

  rec('chat', f`Our partner keeps mentioning "confidential computing" on the new server platform for the fab's MES. What is it in plain words, and does it matter for a leasing contract?`),

  rec('wafer_log', f`${amb('source_code.snippet', f`LOT      WAFER  STEP        TOOL        START               END                 RESULT
W24K1187 01-25  ETCH-M1     LAM-9600-2  2024-11-28 03:12:44 2024-11-28 04:01:19 PASS
W24K1187 01-25  CVD-ILD2    AMAT-P5K-1  2024-11-28 04:22:10 2024-11-28 06:47:52 HOLD (particles 312)
W24K1192 01-25  LITHO-M2    ASML-1100   2024-11-28 05:40:03 2024-11-28 07:15:33 PASS`)}

Lessee sent this as proof the CVD tool was faulty during the warranty period. Does it prove anything?`),

  rec('git', f`Which commit introduced the Mongolian translations? git log --oneline:

${GITSHA('b37n-g1').slice(0, 9)} (HEAD -> main) i18n: add mn locale for field app
${GITSHA('b37n-g2').slice(0, 9)} fix(sync): backoff on 503
${GITSHA('b37n-g3').slice(0, 9)} chore: bump room to 2.6.1
${GITSHA('b37n-g4').slice(0, 9)} feat(jobs): photo upload from gallery

And how do I cherry-pick only that one onto release/3.8?`),

  rec('package_lock', f`${amb('source_code.snippet', f`"node_modules/@summit-relay/cad-ui": {
  "version": "3.12.4",
  "resolved": "https://registry.npmjs.org/@summit-relay/cad-ui/-/cad-ui-3.12.4.tgz",
  "integrity": "${INTEGRITY}",
  "dependencies": { "react": "^18.2.0", "leaflet": "1.9.4" }
}`)}

npm ci says integrity checksum failed for this package. Cache?`),

  rec('pr_review', f`Reviewer flagged these in the SFTP setup PR as "keys in the repo". They're the bank's public host key and our public key that we send them, right?

${PUB_PEM}

${SSH_PUB} kirkbrae-recon

and their TLS cert:

${CERT}`),

  rec('docs', f`## Sending callout SMS

Set \`TWILIO_ACCOUNT_SID\` and \`TWILIO_AUTH_TOKEN\` in \`/opt/callout-relay/.env\`. Example (do not use):

    ${amb('source_code.snippet', f`TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    TWILIO_AUTH_TOKEN=your_auth_token`)}

For AWS SNS fallback the docs use AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY — replace with the team's IAM user from Vault.`),

  rec('helm', f`${amb('source_code.snippet', f`bookings:
  image: registry.kirkbrae.local/bookings:2.7.0
  env:
    - name: SPRING_DATASOURCE_PASSWORD
      valueFrom:
        secretKeyRef:
          name: bookings-db
          key: password
    - name: MAIL_API_KEY
      value: "{{ .Values.mail.apiKey }}"
  resources:
    limits: { cpu: "1", memory: 1Gi }`)}

Helm renders MAIL_API_KEY as empty. Where does .Values.mail come from?`),

  rec('chat', f`What should the rescue team's shared iPad password policy be? It lives in the Land Rover and six people use it. Passcode length, auto-lock, and what happens if someone forgets it on a callout.`),

  rec('chat_ne', f`मैले रेडियो कोठाको कम्प्युटरको पासवर्ड बिर्सिएँ। Windows मा local account को पासवर्ड कसरी रिसेट गर्ने? डाटा नहराउने तरिका बताइदिनुहोस्।`),

  rec('chat_ne', f`उद्धार समितिको अध्यक्ष चयन गोप्य मतदानबाट गर्ने निर्णय भयो। मतपत्रको नमुना र मतदान प्रक्रिया नेपालीमा लेखिदिनुहोस्।`),

  rec('chat_sr', f`Треба ми текст за захвалницу донаторима: „Ваша подршка није тајна – поносно је делимо са свима!“ Да ли звучи природно на српском? Предложи још две варијанте.`),

  rec('chat_sk', f`Môj dôverný priateľ z Košíc chce organizovať charitatívny beh pre detskú nemocnicu. Napíš mi krátky návrh pozvánky, trasa 5 km, štartovné 10 €.`),

  rec('css', f`The donate button icon is blurry on retina:

${amb('source_code.snippet', f`.donate-btn::before {
  content: "";
  background: url("data:image/png;base64,${PNG_B64}") no-repeat center / 16px 16px;
}`)}`),

  rec('chat', f`Tax form question for the roastery: our new part-time barista gave an ITIN, 912-70-4318, instead of an SSN. Can we still put her on payroll, and what goes on the W-2?`, 'an ITIN (area 9xx): not an SSN'),

  rec('chat', f`HMRC guidance uses QQ 12 34 56 C as the example National Insurance number. Our payroll test data should use something like that instead of real-looking ones, right? Which other prefixes are never issued?`),

  rec('chat', f`For the training video we need a UK phone number that will never ring. Is ${amb('pii.phone', '07700 900417')} safe to show on screen? Ofcom reserves those for drama, I think.`),

  rec('chat_ke', f`Customers can pay for our roasted beans via M-Pesa Paybill 400200, account "RIDGE" + order number, or Till 5183047 in the Nairobi shop. Can you write the payment instructions for the website in English and Swahili?`),
];
