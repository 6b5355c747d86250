/**
 * Held-out batch 31: hard negatives — flight data, weighbridge tickets, drug codes, lift-pass numbers,
 * word-count reports, placeholders, test keys, masked values and casual "secret" / "confidential"
 * prose from the batch's six employers (tests/corpus/README.md, "Decisions on negatives").
 * Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b31n-sktest', B62, 97));
const STRIPE_PK = tok('pk_', 'live_', '51', fill('b31n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 7);
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b31n-sshpub', B64, 43)} jussi@lingvamed-lt07`;
const CERT = pem('CERTIFICATE', 'b31n-cert', 880);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAAGQAAAAoCAYAAAA${fill('b31n-png', B64, 300)}`;
const BCRYPT = tok('$2y$10$', fill('b31n-bcrypt', B62 + './', 53));

export const BATCH31_NEGATIVES: DraftRecord[] = [
  rec('schedule', f`Can you turn this into a table for the info screens? Tuesday departures:

BZ 215  KGA→JNB  STD 14:35  ATR72  Stand 3  Gate A2
SA 1284 KGA→CPT  STD 15:10  E190   Stand 1  Gate A1
4Z 8012 KGA→DUR  STD 16:45  CRJ9   Stand 4  Gate A3
BZ 219  KGA→JNB  STD 18:20  ATR72  Stand 3  Gate A2
PNR for the crew positioning: K7QX2M, tickets 083 2417 390 118 and 083 2417 390 119`),

  rec('metar', f`Explain this METAR/TAF to the new ramp supervisors in plain English:

METAR FAKN 021300Z 08012KT 9999 SCT035 BKN080 29/17 Q1014 NOSIG=
TAF FAKN 021100Z 0212/0312 07010KT 9999 SCT030 TEMPO 0214/0218 4000 TSRA BKN025CB=`),

  rec('baggage', f`Mishandled bag report, please write the customer an update:

File reference: KGABZ41187
Bag tag: 0083 BZ 419277 (1 of 2 checked, the second arrived)
Description: grey hard-shell, 23 kg, ribbon on handle
Last seen: JNB transfer, 30 Nov 16:02
Status: traced to CPT, forwarding on BZ 214 tomorrow`),

  rec('receipt', f`Customer says this parking receipt is wrong. What do you see?

KGA PARKING — LONG STAY P2
Entry: 22/11/2024 05:41   Exit: 30/11/2024 19:03
Duration: 8 d 13 h 22 min
Amount: R 1 240.00 (VAT incl. R 161.74)
Paid: VISA **** **** **** 3418  Auth 047731  RRN 433512098817
Machine: PS-03   Trans. 2024-11-30-0418`),

  rec('company_ids', f`Fill in the supplier form for us as the customer, these are our company details:

Lowveld Airports Company (SOC) Ltd
Reg. no.: 2009/018274/30
VAT no.: 4820193746
B-BBEE level 2, certificate no. BEE-VA-24-118273, valid to 31/08/2025
Physical address: Airport Road, Mbombela, 1200`),

  rec('weighbridge', f`Oversæt denne vejeseddel til engelsk til en kunde i Tyskland:

VEJESEDDEL nr. 2024-118734
Dato: 02.12.2024  Kl.: 10:42
Køretøj: CX 41 882 (Holstebro Vognmandsforretning)
Fraktion: Haveaffald (EAK 20 02 01)
Brutto: 24 380 kg   Tara: 11 920 kg   Netto: 12 460 kg
Vejer: Vejebod 2, Genbrugsplads Nord`),

  rec('telematics_csv', f`${amb('source_code.snippet', f`vehicle;imei;timestamp;lat;lon;rfid;weight_kg
HOL-07;862104052918379;2024-12-02T07:14:22;56.36012;8.61587;E2801160600002073E7A1B9C;38
HOL-07;862104052918379;2024-12-02T07:15:05;56.36044;8.61622;E2801160600002073E7A1C04;41
STR-02;869382041172653;2024-12-02T07:15:31;56.48851;8.59110;E2801160600002073E7A2F33;17`)}

Why are two lifts 43 seconds apart on the same street counted as one container?`),

  rec('ean_invoice', f`Fakturaen til kommunen blev afvist i NemHandel. Kan det være EAN-nummeret?

Kunde: Holstebro Kommune, Teknik og Miljø
EAN-nr.: 5798000182738
Ordrenr.: 4500192837
CVR: 29189919
Vores CVR: 38472915
Beløb: 214.380,00 DKK`, 'GS1 location number (EAN) for Danish public e-invoicing: not an account or a card'),

  rec('chat_cs', f`Jak správně napsat tyto údaje do zahlavi faktury? IČO 27183946, DIČ CZ27183946, spisová značka C 48213 vedená u Krajského soudu v Brně, variabilní symbol 2024110187, konstantní symbol 0308.`),

  rec('ewc_list', f`Make a bilingual (Czech/English) list for the driver cards:

20 01 01 – papír a lepenka / paper and cardboard
20 01 02 – sklo / glass
20 01 08 – biologicky rozložitelný odpad z kuchyní / biodegradable kitchen waste
20 02 01 – biologicky rozložitelný odpad / biodegradable waste
20 03 01 – směsný komunální odpad / mixed municipal waste`),

  rec('cue_sheet', f`Can you check the cue sheet totals before we send it to the rights society? Total music should be 41:12.

Seq | Title | Composer | ISRC | Duration
1 | Aurora Intro | K. Whitford | CA-N7L-24-00113 | 0:42
2 | Prairie Wind | M. Lavallée | CA-N7L-23-00871 | 3:58
3 | Revontulet (theme) | J. Rantanen | FI-R4M-24-00021 | 2:30
4 | Ice Road | D. Crowchild | CA-N7L-24-00214 | 34:02`),

  rec('env_example', f`${amb('source_code.snippet', f`# streaming/.env.example – copy to .env and fill in
ICECAST_SOURCE_PASSWORD=\${ICECAST_SOURCE_PASSWORD}
ICECAST_ADMIN_PASSWORD=changeme
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
SENTRY_DSN=<your-dsn>`)}

Write the README section explaining each variable for new devs.`),

  rec('hls_manifest', f`Playlist from the encoder, why does the player skip segment 1843?

${amb('source_code.snippet', f`#EXTM3U
#EXT-X-VERSION:6
#EXT-X-TARGETDURATION:6
#EXT-X-MEDIA-SEQUENCE:1841
#EXT-X-PROGRAM-DATE-TIME:2024-12-02T13:00:00.000Z
#EXTINF:6.000,
radio1_128k_1841.aac
#EXTINF:6.000,
radio1_128k_1842.aac
#EXT-X-DISCONTINUITY
#EXTINF:6.000,
radio1_128k_1844.aac`)}`),

  rec('git', f`I messed up the release branch of the player. git log --oneline:

${GIT('b31n-g1')} (HEAD -> release/3.8) fix: stall counter reset on visibilitychange
${GIT('b31n-g2')} chore: bump hls.js to 1.5.17
${GIT('b31n-g3')} Revert "feat: low-latency mode default on"
${GIT('b31n-g4')} feat: low-latency mode default on

I want to drop the revert and the feature commit both. Rebase or reset?`),

  rec('game_show', f`Write a fun 30-second script for the afternoon show's "Secret Word" call-in game. Today's secret word is "chinook" — callers who say it on air win two tickets to the Folk Fest. Keep it upbeat, mention the sponsor once.`, 'a radio game "secret word": not a credential'),

  rec('radio_script', f`Promo script for the traffic line, check the timing (should be 15 s):

"Stuck on the Deerfoot? Call the NLBC traffic tip line at ${amb('pii.phone', '403-555-0147')} or text us — we'll get it on air within minutes."`, 'fictional 555-01xx number'),

  rec('drug_table', f`Pharmacist wants this reformatted for the shelf labels:

Product | Batch | Mfg | Exp | HSN | MRP
Telma 40 tab (10) | TLM4B2409 | 09/2024 | 08/2026 | 30049099 | ₹ 248.00
Dolo 650 tab (15) | DOA4K1187 | 10/2024 | 09/2027 | 30049063 | ₹ 33.60
Augmentin 625 Duo (10) | AGD24113 | 08/2024 | 07/2026 | 30041010 | ₹ 223.42`),

  rec('gstin', f`Please check if this tax invoice header is complete for GST:

MedLane Pharmacies Pvt Ltd
GSTIN: 29AAKCM4821R1Z3
Drug Licence No.: KA-B41-20B-118273 / KA-B41-21B-118273
FSSAI: 11224333000871
Invoice: MLN/0412/24-25/018833, 02-12-2024`, 'company GSTIN and licence numbers: public business identifiers'),

  rec('masked_aadhaar', f`Customer shared masked Aadhaar for delivery KYC: XXXX XXXX 4654, name matches. Is masked Aadhaar enough for Schedule H1 home delivery or do we need the full number? Please answer with the rule reference if you know it.`),

  rec('chat', f`Loyalty scheme rule question: 1 point per ₹ 100, double on Wednesdays for senior citizens, points expire after 18 months, max 500 points redeemable per bill. A customer with 2 875 points wants to pay a ₹ 1 140 bill fully with points. How much can he redeem?`),

  rec('chat_id', f`Tolong terjemahkan ke bahasa Inggris label obat ini: "Nomor izin edar BPOM DKL2032716510A1, No. Batch 40921B, Exp. 11/2026, simpan di bawah suhu 30°C, jauhkan dari jangkauan anak-anak."`),

  rec('snow_report', f`Escriu el parte de neu per a la web en català, castellà i anglès:

Data: 14/12/2024 08:00
Gruix: 85–140 cm, neu pols
Pistes obertes: 38/52 (74 km)
Remuntadors: 15/19
Temperatura cota 2 400 m: -9 °C
Allaus: risc 2 (limitat)`),

  rec('chat', f`Keycard number printed on the pass is 01-1614-7265-3421-0 and the Axess reader shows "WTP 2B7F 9C31 0044". Which one do I type into the booking engine to link the pass to an order?`),

  rec('env_test', f`${amb('source_code.snippet', f`# booking-engine/.env.staging
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${STRIPE_PK}
STRIPE_WEBHOOK_SECRET=whsec_your_staging_secret
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/reserves_staging`)}

Staging checkout loads Stripe Elements but never creates the PaymentIntent. Does the live publishable key clash with the test secret?`),

  rec('qa_notes', f`Test plan for the new checkout, please add edge cases:

1. Happy path with ${amb('financial.payment_card', '4242 4242 4242 4242')}, any future expiry, any CVC
2. 3-D Secure challenge with ${amb('financial.payment_card', '4000 0027 6000 3184')}
3. Declined card ${amb('financial.payment_card', '4000 0000 0000 0002')} → expect "card_declined"
4. Voucher "NADAL24" + 6-day pass`, 'Stripe test cards: ambiguous like other well-known test cards'),

  rec('voucher', f`Client says the gift voucher doesn't work online: code printed on the card is 5412 7500 1827 3645, value 120 €, bought at the tourism office in Puigcerdà. The booking engine says "invalid voucher". Is it maybe the wrong field?`, 'Luhn-failing voucher number'),

  rec('policy_ca', f`Revisa la redacció d'aquesta política de contrasenyes per als temporers: "La contrasenya ha de tenir com a mínim 12 caràcters, no pot contenir el teu nom ni 'picblanc', i no s'ha de compartir mai, ni amb companys ni amb encarregats. Si creus que algú la coneix, canvia-la a portal.picblanc.cat."`),

  rec('wordcount', f`Trados analysis for project LM-2024-1187 (EN>FI, medical device IFU). Please calculate the price at 0.11 €/word with our fuzzy grid:

Match type | Segments | Words
Context Match | 118 | 1 204
Repetitions | 342 | 4 871
100% | 96 | 1 633
95–99% | 41 | 872
85–94% | 77 | 1 940
75–84% | 29 | 688
No match | 812 | 14 317
Total | 1 515 | 25 525`),

  rec('xliff', f`Our CAT tool rejects this file, says "invalid inline tag". Which segment is wrong?

${amb('source_code.snippet', f`<trans-unit id="a3f1c2d4-77b0-4e1a-9c22-5d8e31b7f904" translate="yes">
  <source>Store below <g id="1">25 °C</g>. Do not freeze.</source>
  <target state="translated">Säilytä alle <g id="1">25 °C</g>:ssa. Ei saa jäätyä.</target>
</trans-unit>
<trans-unit id="c81e0b95-3d62-4f07-a1b4-e7290d6c5a13" translate="yes">
  <source>Keep out of the sight and reach of children.</source>
  <target state="translated">Ei lasten ulottuville eikä näkyville.<x id="2"/></target>
</trans-unit>`)}`),

  rec('chat', f`Translate "confidentiality clause" and "non-disclosure agreement" into Finnish, Danish and Czech legal register. It's for our glossary, not a specific contract.`),

  rec('chat_fi', f`Tarvitsen laskulle viitenumeron. Asiakasnumero 10427 ja lasku 2024-118 — miten lasken tarkisteen? Käytämmekö mieluummin RF-viitettä kun asiakas on Kanadasta?`),

  rec('form_template', f`Make this freelancer onboarding form accessible (labels, hints, error messages):

Full name: ____________________
Date of birth: DD.MM.YYYY
Finnish personal identity code: DDMMYY-XXXX
IBAN: FI00 0000 0000 0000 00
Phone: +358 __ ___ ____
VAT/Y-tunnus: 0000000-0`),

  rec('chat_vi', f`Giúp mình ghi phần thông tin bên mua trên hóa đơn cho đúng: Công ty TNHH Dịch thuật Sao Việt, mã số thuế 0316829471, địa chỉ 142 Nguyễn Đình Chiểu, Q.3, TP.HCM. Số hóa đơn 00001287, ký hiệu 1C24TSV.`, 'Vietnamese company tax code: a public business identifier'),

  rec('checksums', f`The weighbridge terminal firmware download page lists these. Which one do I compare the .bin against?

WT-4200_fw_3.2.1.bin  sha256 ${SHA('b31n-fw1')}
WT-4200_fw_3.2.1.sig  sha256 ${SHA('b31n-fw2')}
release-notes-3.2.1.pdf  sha256 ${SHA('b31n-fw3')}`),

  rec('docker', f`Two images deployed in the route-planner namespace, which one is running the fix?

registry.genvinding.dk/ruter/optimiser:2.4.0@sha256:${SHA('b31n-d1')}
registry.genvinding.dk/ruter/optimiser:2.4.1@sha256:${SHA('b31n-d2')}

Changelog 2.4.1: fix capacity dimension when vehicle has 2 compartments (#318).`),

  rec('pr_review', f`Is it OK that these are in the repo? Reviewer flagged them.

authorized_keys for the SFTP jump host:
${SSH_PUB}

and the client TLS certificate the law firm's portal gave us:
${CERT}`),

  rec('html_signature', f`Our email signature image breaks in Outlook. Signature HTML:

${amb('source_code.snippet', f`<table><tr><td><img width="100" height="40" alt="LingvaMed" src="data:image/png;base64,${PNG_B64}"></td>
<td style="font:12px Arial">LingvaMed Oy · Legal &amp; Medical Translations · Helsinki</td></tr></table>`)}`),

  rec('chat', f`What's the secret to faster aircraft turnarounds on a regional airport with only 4 stands? Our average is 38 min for an ATR72, the airline wants 30.`),

  rec('chat_da', f`Det er ingen hemmelighed, at kunderne hader de nye 2-kammer spande. Kan du lave 5 spørgsmål til en borgerundersøgelse om affaldssortering, neutralt formuleret?`),

  rec('chat_cs', f`Napiš prosím ceduli k recepci ubytovny pro sezónní pracovníky: "Wi-Fi heslo najdete na recepci. Nesdílejte ho s hosty hotelu." Česky a anglicky.`),

  rec('uuid_list', f`These booking IDs are stuck in "pending_payment" in Redis, give me a redis-cli loop to delete them:
booking:5d7c0a31-8e24-4b9f-a6d1-2f9e47c8b013
booking:e19b4f62-07ad-4c35-9b8e-d3a61f20c7e4
booking:0a4f8d27-c6b1-49e3-8f52-71b9e0d4a6c8`),

  rec('chat', f`Version mess in the pharmacy app: Play Console shows 4.12.0 (41200), the API says min supported 4.11.3, and the crash is only on Android 14 (API 34) with WebView 131.0.6778.135. Which of these should I check first?`),

  rec('chat', f`I'm confident the new route plan saves 11% fuel, but the ops manager wants proof. How do I set up an A/B comparison between two depots with different truck ages?`),

  rec('bn_ca', f`For the vendor form: our business number is 872019346 RT0001 (GST/HST) and the CRTC licence for the Winnipeg FM is 2019-0418. Do I put both or only the BN?`, 'Canadian business number: a public business identifier, not a SIN'),

  rec('db_column', f`Legacy freelancer portal stores passwords like ${ambCat('credential', BCRYPT)} in the users table. Is bcrypt with cost 10 still acceptable or should we migrate before the ISO 17100 audit?`, 'a password hash: sensitive, but no rule claims it (ambiguous, no rule id)'),

  rec('coords', f`Geofence for the new recycling station isn't triggering. Polygon corners: 56.3712, 8.6021 / 56.3718, 8.6054 / 56.3697, 8.6059 / 56.3691, 8.6027. Is the order of points the problem (clockwise vs counter)?`),

  rec('za_id_format', f`How is a South African ID number structured? I know it's 13 digits, YYMMDD then gender digits, citizenship and a checksum, but what does the "8" in the 12th position mean on older IDs? Just asking for the permit form validation.`),

  rec('b64_minified', f`Sentry points to this line in the booking widget bundle:

${amb('source_code.snippet', `!function(){"use strict";var e=document.querySelector("[data-pb-widget]");if(e){var t=e.dataset.lang||"ca",n=new URL("https://reserves.picblanc.cat/widget/v2");n.searchParams.set("lang",t),fetch(n).then(function(e){return e.json()}).then(function(n){e.innerHTML=n.html}).catch(function(){e.textContent="Error"})}}();`)}`),
];
