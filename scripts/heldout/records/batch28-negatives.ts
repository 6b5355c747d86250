/**
 * Held-out batch 28: hard negatives — booking references, pharma codes, game build ids, subscriber
 * numbers, loan tables, parking tickets, placeholders, test keys, public keys and casual uses of
 * "confidential" / "password" (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart
 * from ambiguous spans (and pasted code). Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b28n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b28n-pklive', B62, 97));
const RK_TEST = tok('rk_', 'test_', '51', fill('b28n-rktest', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const CERT = pem('CERTIFICATE', 'b28n-cert', 780);
const PUB = pem('PUBLIC KEY', 'b28n-pub', 91);
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b28n-sshpub', B64, 43)} ci-deploy@otter-build-02`;
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${b64Bytes('b28n-png', 240)}`;
const ARGON = tok('$argon2id$v=19$m=65536,t=3,p=4$', fill('b28n-arg1', B62, 22), '$', fill('b28n-arg2', B62, 43));
const INTEGRITY = `sha512-${b64Bytes('b28n-integ', 64)}`;

export const BATCH28_NEGATIVES: DraftRecord[] = [
  // ——— travel agency ———
  rec('booking', f`Translate this booking confirmation into Spanish for the customer:

Booking ref: WV-7Q4K2M   Airline PNR: K7QX2M
E-ticket: 081-2401837465 (Qantas)
QF 27  SYD → SCL  Tue 14 Jan 2025  10:55 → 10:35  Economy (Y)  Seat 43C
LA 1449 SCL → EZE  Tue 14 Jan 2025  13:40 → 18:10
Hotel: Palermo Soho Suites, confirmation 58291047, 5 nights
Paid: Visa ending 6596 — AUD 3,912.40`),

  rec('chat_es', f`¿Me explicas la diferencia entre el código IATA de agencia (el nuestro es 02-3 8471 6) y el número de ARC? El proveedor de Argentina me pide uno de los dos para emitir.`),

  rec('env_example', f`${amb('source_code.snippet', f`# booking-svc/.env.example — copy to .env and fill in
STRIPE_SECRET=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SIGNING=whsec_...
AMADEUS_CLIENT_SECRET=<ask-in-#fares-oncall>
GOOGLE_MAPS_KEY=YOUR_API_KEY
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/booking`)}

Can you write the README section explaining each variable?`),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.test (committed, CI only)
STRIPE_SECRET=${STRIPE_TEST}
STRIPE_RESTRICTED=${RK_TEST}
STRIPE_PUBLISHABLE=${PK_LIVE}
CURRENCY_DEFAULT=AUD`)}

Our security scanner flags this file. Are any of these actually dangerous?`),

  rec('chat', f`Stripe says test card ${amb('financial.payment_card', '4000 0003 6000 0006')} should succeed for Australian cards but our checkout declines it in test mode. And ${amb('financial.payment_card', '4242 4242 4242 4242')} works fine. What's the difference?`, 'Stripe test cards: ambiguous (well-known test numbers)'),

  rec('chat_de', f`Kunde schreibt, seine Karte "4892 8024 0716 6597" wurde abgelehnt — ich glaube, er hat sich vertippt, unser Formular sagt "ungültige Kartennummer". Wie erkläre ich ihm das freundlich, ohne nach der Nummer zu fragen?`, 'Luhn-failing card number'),

  rec('log', f`${amb('source_code.snippet', f`2024-11-18T09:41:07.221Z INFO payments booking=WV-7Q4K2M intent=pi_3QMx8sKl2Ab9Xy01 amount=241840 currency=aud card=visa****6596 status=succeeded
2024-11-18T09:41:07.489Z WARN payments booking=WV-7Q4K2M retry=1 idempotency_key=7f3c2a91-0d5e-4b8a-9c16-e2f04b7a8d35
2024-11-18T09:41:09.002Z INFO payments booking=WV-7Q4K2M intent=pi_3QMx8sKl2Ab9Xy02 amount=241840 currency=aud card=visa****6596 status=succeeded`)}

Why did the retry create a second PaymentIntent if we send an idempotency key?`),

  rec('chat', f`What's a good password policy for our agents' GDS logins? The GDS forces 8 characters max and rotation every 90 days, which contradicts NIST. Write a short note I can send to IT.`),

  rec('chat_es_ar', f`Che, ¿cómo se dice "confidencial" de forma menos dura en un mail comercial? Quiero decirle al hotel que las tarifas netas no se publican, pero sin sonar a amenaza.`),

  // ——— pharmaceutical wholesaler ———
  rec('datamatrix', f`Der Scanner liest den securPharm-Code, aber das WWS lehnt ab. Rohdaten:
(01)04150123456782(17)261130(10)LX2291(21)7KQ2M9XW4T
PZN 12345678? Laut Packung PZN 18273645. Ist das Verfallsdatum-Format falsch (JJMMTT)?`),

  rec('csv', f`${amb('source_code.snippet', f`PZN;Artikel;Charge;Verfall;Menge;GTIN
18273645;Amoxicillin 500 mg 20 St.;LX2291;30.11.2026;480;04150182736454
09283746;Ibuprofen 400 mg 50 St.;IB7730;31.05.2026;1200;04150092837461
11928374;Insulin glargin 100 E/ml;IG0412;15.03.2025;96;04150119283745`)}

Sortiere nach Verfall und markiere alles unter 6 Monaten Restlaufzeit.`),

  rec('chat_ro', f`Ce înseamnă codul de eroare "NMVS A7" la decomisionarea unui pachet? Seria pachetului este 7KQ2M9XW4T, lotul LX2291, GTIN 04150123456782.`),

  rec('chat_ru', f`Подскажи, как правильно считать срок годности после вскрытия для инсулина? В накладной № 4471-П от 12.11.2024 указано 28 дней, а в инструкции 4 недели — это одно и то же?`),

  rec('vat', f`Rechnungsprüfung: Der Lieferant aus Rumänien hat als USt-IdNr. RO18547290 angegeben, wir haben DE287461935. Reicht das für die innergemeinschaftliche Lieferung oder brauchen wir noch die EORI-Nummer?`),

  rec('chat_de', f`Kannst du erklären, was "Confidential Computing" in Azure bedeutet? Unser Hersteller will Sendungsdaten nur noch so mit uns teilen.`),

  rec('iban_template', f`Formular für neue Apothekenkunden — bitte Barrierefreiheit prüfen:

Name der Apotheke: __________________
IBAN: DE__ ____ ____ ____ ____ __
Beispiel: DE00 1234 5678 9012 3456 78
BIC: ___________
Steuer-ID des Inhabers: ___________`),

  rec('chat_de', f`Die Bank meldet "IBAN ungültig" für DE05 3704 0044 2513 1912 69 — ich habe sie aus dem Fax abgetippt. Welche Stelle ist wahrscheinlich falsch? Prüfziffer vielleicht?`, 'IBAN with wrong check digits'),

  // ——— mobile game studio ———
  rec('git', f`Which of these commits broke the Android build? CI went red after the merge.

${GITSHA('b28n-g1').slice(0, 9)} feat(shop): seasonal bundle UI
${GITSHA('b28n-g2').slice(0, 9)} fix(ads): null check on rewarded callback
${GITSHA('b28n-g3').slice(0, 9)} chore(deps): bump com.google.firebase:firebase-bom to 33.5.1
${GITSHA('b28n-g4').slice(0, 9)} build: Unity 2022.3.51f1, Gradle 8.4

Merge commit ${GITSHA('b28n-g5')}`),

  rec('unity_meta', f`${amb('source_code.snippet', f`fileFormatVersion: 2
guid: 4b9e2c7a1f3d48e6a0c5b7d912e3f804
TextureImporter:
  internalIDToNameTable: []
  mipmaps:
    enableMipMap: 0
  spriteMode: 2
  spritePixelsToUnits: 100
  assetBundleName: otters_ui
  assetBundleVariant: hd`)}

Sprites look blurry on iPad. Which import setting?`),

  rec('receipt', f`Google Play order GPA.3316-4829-1736-55028 and Apple transaction 2000000812374561 both show up for the same player. Is that a cross-platform double purchase or one is a restore? Player id p_8Kq2Mz71.`),

  rec('chat_ja', f`リリースノートを英語にしてください。
バージョン 2.14.3（ビルド 21403）
・イベント報酬が付与されない不具合を修正
・Android 15 での起動時クラッシュを修正
・アセットバンドル CRC: 3849201765`),

  rec('chat_et', f`Kas saad selgitada, mis vahe on "confidential" ja "secret" Unity Cloud Build'i keskkonnamuutujatel? Dokumentatsioonis on mõlemad, aga arusaamatu.`),

  rec('ssh_pub', f`Add this deploy key to the build server's authorized_keys, is the format right?

${SSH_PUB}

And the CA cert the store SDK wants:
${CERT}`),

  rec('package_lock', f`${amb('source_code.snippet', f`"node_modules/@pixelotter/analytics": {
  "version": "3.2.0",
  "resolved": "https://npm.pkg.github.com/download/@pixelotter/analytics/3.2.0/${GITSHA('b28n-tar')}",
  "integrity": "${INTEGRITY}",
  "license": "UNLICENSED"
}`)}

npm ci fails with EINTEGRITY on this package only. Cache?`),

  rec('chat_id', f`Bang, rahasia biar game nggak lag di HP kentang apa ya? Sudah pakai object pooling tapi di Redmi 9A masih drop ke 20 fps.`),

  rec('chat', f`Our game has a "Secret Level" unlocked by a code the players share on Discord (OTTER-RUSH-2024). Is there a way to make the code per-player without a server?`),

  rec('jwt_docs', f`From our internal API docs: "Send the token as \`Authorization: Bearer <access_token>\`. Tokens look like \`eyJhbGciOi...\` and expire after 15 minutes." Is "…" notation okay in docs, or should I show a full example token?`),

  // ——— newspaper subscriptions desk ———
  rec('chat', f`Reader asks why her bank statement shows "RIVHERALD*SUBS 0041187 WAGGA WAGGA AU" twice this month — is the number her account with us? What do I tell her?`),

  rec('csv', f`${amb('source_code.snippet', f`run_id,suburb,postcode,copies_mon_fri,copies_sat,driver_code
WW-01,Wagga Wagga,2650,412,655,D17
WW-02,Kooringal,2650,288,390,D04
GR-01,Griffith,2680,301,447,D22
JU-01,Junee,2663,96,141,D09`)}

Which runs should we merge if we drop below 100 copies on weekdays?`),

  rec('chat', f`ISSN for the print edition is 1447-2384 and the digital edition 2209-7715. Which one goes on the subscription invoice, and do I need the ISBN for the annual?`),

  rec('chat', f`Can you write a short "Contact us" block? Use the fictional number ${amb('pii.phone', '0491 570 156')} for the mock-up, we'll add the real subs line later.`, 'ACMA drama-reserved Australian number: ambiguous like 555-01xx'),

  rec('chat', f`Our subscriber numbers look like RH-0041187. A reader thinks it's her account number at the bank and is worried. How do I explain it's only our internal reference?`),

  rec('chat', f`Write 3 headline options for a story about a local school's "Secret Garden" program — confidential sources told our reporter the council will fund it. Keep them under 70 characters.`),

  // ——— credit union ———
  rec('amortization', f`Check this amortization table, the last payment looks wrong:

Loan 2024-AUTO-118734   Principal $38,500.00   APR 6.49%   72 months
Pmt  Date        Payment   Interest  Principal  Balance
1    12/15/2024  647.46    208.22    439.24     38,060.76
2    01/15/2025  647.46    205.85    441.61     37,619.15
...
72   11/15/2030  647.61    3.48      644.13     0.00`),

  rec('form_template', f`Make this new-member form screen-reader friendly:

Full name: ____________
Date of birth: MM/DD/YYYY
SSN: ___-__-____   (example: ${amb('pii.us_ssn', '123-45-6789')})
Mobile: (___) ___-____
Account no.: xxxx-xxxx-4471 (shown masked)`, 'the well-known example SSN: ambiguous'),

  rec('chat', f`Member asked why her statement shows "ACH DEBIT SHARE DRAFT xxxxxx4471 CHK# 1187". Is the check number related to her card? Write a 2-sentence answer.`),

  rec('chat', f`We're writing a blog post "5 signs a call from 'your credit union' is a scam". Point 3 is "we will never ask for your password or one-time code". Make it friendlier for seniors.`),

  rec('chat', f`Examiner asked for our "confidentiality agreement template" for vendors. Can you draft one for a small credit union, 1 page?`),

  rec('hash', f`Our old online banking stored member passwords like ${ambCat('credential', ARGON)} — is argon2id with these parameters OK for 2024 or do we need to rehash?`, 'a password hash: sensitive, but no rule claims it (ambiguous, no rule id)'),

  rec('ssn_bad', f`Our core rejected SSN "666-41-2290" on a new account. The member insists it's correct, it's on his card. Is 666 really never issued?`, 'SSN with area 666'),

  // ——— city parking & traffic ———
  rec('pcn', f`Translate this penalty notice into Tamil for our multilingual mailout:

PENALTY NOTICE KC-2024-118734
Vehicle: YKN-42T   Location: Bay 0417, Foreshore Rd   Meter: M-2291
Offence: Stopped in loading zone (code 207)   Date/time: 12/11/2024 14:32
Penalty: $96.00   Pay by: 10/12/2024
Pay online at kelston.vic.gov.au/pay quoting the notice number.`),

  rec('signal_timing', f`${amb('source_code.snippet', f`site_id,approach,green_s,amber_s,all_red_s,cycle_s,offset_s
TS-0412,N,38,4,2,110,0
TS-0412,E,52,4,2,110,44
TS-0415,N,41,4,2,110,17
TS-0415,E,49,4,2,110,63`)}

Morning peak queue on the east approach of TS-0415 reaches 200 m. Suggest a new green split.`),

  rec('chat_et', f`Parkimisautomaadi seerianumber on PA-2019-004471 ja tarkvara versioon 5.12.3. Automaat näitab viga E-207. Mida see tähendab ja kuidas seda lähtestada?`),

  rec('chat_ta', f`இந்த போக்குவரத்து எண்ணிக்கை தரவை சுருக்கவும்: சந்திப்பு J-114, காலை 8–9 மணி: 2,418 வாகனங்கள்; மாலை 6–7 மணி: 2,977 வாகனங்கள். ஜிபிஎஸ்: 13.0418, 80.2341.`),

  rec('chat', f`Coordinates for the new loading zones: -35.1082, 147.3598 and -35.1129, 147.3671. Can you generate a GeoJSON FeatureCollection with two points named LZ-01 and LZ-02?`),

  rec('kiosk_img', f`The kiosk screen shows a broken image, CSS is:

${amb('source_code.snippet', f`.pay-logo { background-image: url("data:image/png;base64,${PNG_B64}"); width: 48px; height: 48px; }`)}

is the base64 truncated?`),

  rec('pub_key', f`The meter vendor sent their public key for verifying signed transaction files. Can I store it in the repo?

${PUB}`),

  rec('docker', f`Which image is the one running in prod? Kiosk backend tags:
ghcr.io/kelston/kiosk-api:5.12.3@sha256:${SHA('b28n-d1')}
ghcr.io/kelston/kiosk-api:5.12.2@sha256:${SHA('b28n-d2')}`),

  rec('code_python', f`${v('source_code.snippet', f`# tests/test_meter_client.py
import os
import pytest

@pytest.fixture(autouse=True)
def fake_env(monkeypatch):
    monkeypatch.setenv("METER_API_USER", "test-user")
    monkeypatch.setenv("METER_API_PASSWORD", os.environ.get("METER_API_PASSWORD", "<set-in-ci>"))
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")`)}

The fixture runs but boto still tries real credentials. Why?`, 'placeholder password and AWS documentation key in a fixture; the fixture itself is pasted code'),

  rec('chat_ru', f`Сделай, пожалуйста, памятку для сотрудников: «Никогда не сообщайте пароль по телефону, даже если звонящий представляется службой поддержки». Нужно три коротких пункта.`),
];
