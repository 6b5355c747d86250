/**
 * Held-out batch 41: hard negatives — weather codes, chess notation, timetables, lab batch numbers,
 * hashes, placeholders, test keys and casual uses of "confidential" in the setting's languages.
 * Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b41n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b41n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const PUB_PEM = pem('PUBLIC KEY', 'b41n-pub', 294);
const CERT = pem('CERTIFICATE', 'b41n-cert', 870);
const BCRYPT = tok('$2y$10$', fill('b41n-bcrypt', B62 + './', 53));
const SHA512CRYPT = tok('$6$', fill('b41n-salt', B62, 16), '$', fill('b41n-crypt', B62 + './', 86));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAA${fill('b41n-png', B64, 220)}`;
const INTEGRITY = (seed: string) => `sha512-${b64Bytes(seed, 64)}`;

export const BATCH41_NEGATIVES: DraftRecord[] = [
  rec('chat', f`Can you decode this METAR and TAF for the helicopter briefing, plain English please:

METAR EGPD 081150Z 24018G29KT 9999 -RA FEW008 BKN014 09/07 Q0998
TAF EGPD 081100Z 0812/0912 23020G32KT 9999 BKN012 TEMPO 0812/0818 5000 RA BKN008 BECMG 0900/0903 28015KT`),

  rec('chat_is', f`Geturðu útskýrt þessi SYNOP skeyti? Þau koma frá stöðvunum okkar á Norðurlandi:

AAXX 08121 04063 46/// /2708 10034 20012 39912 40087 58014 333 55300 20004
AAXX 08121 04077 11458 72510 10011 21008 39874 40061 57009 60002`),

  rec('chat', f`Analyse this game from our club championship, where did Black go wrong?

[Event "Aberdeen Club Championship"]
[Site "Aberdeen SCO"]
[Date "2024.10.12"]
[Round "5"]
[White "Morrison, Alasdair"]
[Black "Kaur, Simran"]
[Result "1-0"]
[WhiteElo "1874"]
[BlackElo "1811"]
[ECO "C65"]

1. e4 e5 2. Nf3 Nc6 3. Bb5 Nf6 4. d3 Bc5 5. c3 O-O 6. O-O d6 7. h3 a6 8. Ba4 Ba7 9. Re1 Ne7 10. Nbd2 Ng6 11. Nf1 c6 12. Ng3 b5 13. Bc2 h6 14. d4 Re8 15. Be3 exd4 16. cxd4 Nxe4?? 17. Nxe4 Rxe4 18. Bxe4 1-0`),

  rec('chat_nl', f`Klopt deze FEN voor de stelling na 12...Dxd5? Ik wil hem op de productpagina van het tactiekboek zetten.
r1b1k2r/pp3ppp/2n5/3q4/1b1P4/2N2N2/PP3PPP/R2QKB1R w KQkq - 0 13`),

  rec('csv', f`Kun je de prijzen met 6% btw omrekenen?

${amb('source_code.snippet', f`sku;titel;isbn;prijs_excl
BK-0141;Mijn Systeem (Nimzowitsch);978-90-7439-118-4;24,50
BK-0152;Zo leer je schaken 1;978-90-5691-306-2;17,95
BK-0167;Het Middenspel;978-94-6010-228-7;29,00`)}`),

  rec('timetable_nn', f`Kan du setje opp denne ruteendringa som eit oppslag til haldeplassane?

Rute 450 Bergen busstasjon – Stord (frå 1. desember)
Avgang kvardagar: 06:05, 07:15, 08:40, 10:40, 12:40, 14:40, 15:45, 16:50, 18:40, 21:10
Laurdag: 08:10, 12:10, 16:10
Søndag: 10:10, 15:10, 20:10
Reisetid ca. 1 t 55 min.`),

  rec('gtfs', f`Why does the journey planner put this stop in the sea?

${amb('source_code.snippet', f`stop_id,stop_code,stop_name,stop_lat,stop_lon,zone_id
NSR:StopPlace:58366,12014,Os skysstasjon,60.18702,5.46915,V2
NSR:StopPlace:58401,12022,Halhjem ferjekai,60.14561,5.41038,V2
NSR:StopPlace:58419,12031,Hatvik,5.38217,60.20388,V2`)}`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example — copy to .env and fill in
STRIPE_SECRET_KEY=sk_live_your_key_here
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
SHOPIFY_ADMIN_TOKEN=<your-admin-api-token>
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/shop
SENDGRID_API_KEY=\${SENDGRID_API_KEY}`)}

Is it fine to commit this to the public theme repo?`),

  rec('env_test', f`In test mode refunds work but the webhook never fires locally. Our test env:

${amb('source_code.snippet', f`STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_WEBHOOK_SECRET=whsec_REPLACE_ME
APP_URL=http://localhost:3000`)}`),

  rec('code_python', f`${v('source_code.snippet', f`import boto3
from moto import mock_aws

@mock_aws
def test_radar_upload(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    s3 = boto3.client("s3", region_name="eu-north-1")
    s3.create_bucket(Bucket="radar-archive", CreateBucketConfiguration={"LocationConstraint": "eu-north-1"})
    upload_composite("tests/data/comp_202411081200.h5")
    assert s3.list_objects_v2(Bucket="radar-archive")["KeyCount"] == 1`)}

moto 5 says mock_aws can't be used as decorator on a fixture with monkeypatch, is that right?`),

  rec('helm', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: ticketing-db
type: Opaque
stringData:
  username: {{ .Values.db.user }}
  password: {{ .Values.db.password | quote }}`)}

helm template renders password as "" — how do I pass it at install time without putting it in values.yaml?`),

  rec('receipt_nl', f`Vertaal deze orderbevestiging naar het Frans voor een klant in Luik:

Bestelnummer: SB-2024-11-04418
Datum: 04/11/2024
1x Reisschaakspel magnetisch — € 34,95
1x DGT 2010 schaakklok — € 69,00
Betaald met: Mastercard **** **** **** 7857
Verzending: bpost, trackingnummer 323299010018471205
Totaal: € 103,95 (incl. btw)`),

  rec('chat', f`Customer says the website rejects her card, she typed 4740 9729 2063 0322. Our form says "invalid card number" straight away — is our validation broken or is the number wrong?`, 'Luhn-failing number: not a card'),

  rec('chat_pt', f`O fornecedor enviou o IBAN PT25 0035 2157 6262 6841 9293 8 mas o banco diz que é inválido. Será que se enganaram num dígito? Como posso confirmar?`, 'IBAN with a wrong check digit'),

  rec('qa_notes', f`QA checklist — checkout, release 4.3
- Visa happy path with ${amb('financial.payment_card', '4242 4242 4242 4242')}, any future expiry, CVC 123
- 3DS challenge with ${amb('financial.payment_card', '4000 0027 6000 3184')}
- Decline: ${amb('financial.payment_card', '4000 0000 0000 0002')}
- Bancontact redirect in test mode
Turn this into a Jira test plan.`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-08T07:41:12.884Z INFO  validator-gw req=5f2c8e91-7a4b-4d3e-9c16-2b8f0a7d4e53 bus=BUS-4417 route=402 status=200 dur=38ms
2024-11-08T07:41:13.102Z INFO  validator-gw req=a91d3f07-6c2e-4b58-8f41-7e9c0d2b5a16 bus=BUS-4421 route=405 status=200 dur=41ms
2024-11-08T07:41:14.557Z WARN  validator-gw req=3e7b9c24-1d8f-4a05-b6c3-9f4e2a8d1b70 bus=BUS-4417 route=402 status=409 dur=12ms msg="ticket already validated"`)}

Er 409 her normalt når folk scannar to gonger?`),

  rec('git', f`${amb('source_code.snippet', f`$ git log --oneline -4
${GITSHA('b41n-g1').slice(0, 7)} fix(fen): reject ranks with more than 8 squares
${GITSHA('b41n-g2').slice(0, 7)} feat(shop): bpost mailbox rate
${GITSHA('b41n-g3').slice(0, 7)} chore: bump stripe-node to 17.3.1
${GITSHA('b41n-g4').slice(0, 7)} Merge pull request #212 from pawnshop/fen-parser`)}

How do I revert only the bpost commit without touching the merge?`),

  rec('checksums', f`Can you write a script that verifies these before the model run picks them up?

${SHA('b41n-s1')}  ens_2024110800.grib2
${SHA('b41n-s2')}  ens_2024110806.grib2
${SHA('b41n-s3')}  ens_2024110812.grib2`),

  rec('dockerfile', f`${amb('source_code.snippet', f`FROM python:3.12-slim@sha256:${SHA('b41n-docker')}
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "-m", "nowcast.serve"]`)}

image is 1.2 GB, how do I slim it?`),

  rec('package_lock', f`${amb('source_code.snippet', f`"node_modules/chess.js": {
  "version": "1.0.0-beta.8",
  "resolved": "https://registry.npmjs.org/chess.js/-/chess.js-1.0.0-beta.8.tgz",
  "integrity": "${INTEGRITY('b41n-int1')}",
  "license": "BSD-2-Clause"
}`)}

we pinned a beta by accident, is 1.0.0 stable out?`),

  rec('chat', f`Quick one: our HPC vendor keeps pitching "confidential computing" nodes for the ensemble runs. Is that useful for weather models at all, or just marketing for banks?`),

  rec('chat_ro', f`Sunt destul de confident că meniul de Crăciun pentru platformă e prea scump. Poți să-mi propui alternative mai ieftine pentru 120 de porții, fără fructe de mare?`),

  rec('chat', f`Can you draft a confidentiality agreement template for the student ambassadors who help at open days? Nothing fancy, one page.`),

  rec('saml', f`IdP metadata for the applicant SSO, is the signing cert expired?

${CERT}

and the public key the vendor sent separately:
${PUB_PEM}`),

  rec('sql', f`${amb('source_code.snippet', f`INSERT INTO staff_users (username, role, password_hash) VALUES
  ('kiosk-fremantle', 'pos', '${amb('credential.password_assignment', BCRYPT)}');`)}

the migration runs but login says invalid password — does PHP's password_verify accept $2y$ from Laravel?`, 'bcrypt hash: ambiguous per the conventions'),

  rec('shadow', f`Una línea del /etc/shadow del servidor de la tienda, ¿qué algoritmo es?
tienda:${amb('credential.password_assignment', SHA512CRYPT)}:19876:0:99999:7:::`, 'SHA-512 crypt hash: ambiguous'),

  rec('coa', f`Summarise this certificate of analysis for the product card:

Product: Blue Mountain Kush — flower
Batch: BMK-2410-07 | Lot: 24-0917-B
Harvest: 2024-09-17 | Tested: 2024-10-03
THC 21.4% | CBD 0.3% | CBG 0.9%
Moisture 11.2% | Water activity 0.58
Microbials: pass | Heavy metals: pass | Pesticides: ND
Lab accreditation: ISO/IEC 17025, cert no. 4821.01`),

  rec('stations', f`Tolong tukar senarai stesen ini ke GeoJSON:

WMO 48647 Kuala Terengganu 5.383 103.100 elev 5 m
WMO 48657 Kuantan 3.775 103.220 elev 16 m
WMO 48650 KLIA Sepang 2.733 101.700 elev 21 m`),

  rec('training_jm', f`Role-play script for new call-centre staff, please make it sound more natural:

Agent: Good afternoon, Blue Mahoe Wellness, this is Keisha.
Caller: Hi, I need to change my pick-up time.
Agent: No problem, can I have the number on your account?
Caller: It's ${amb('pii.phone', '(876) 555-0147')}.`, 'fictional 555-01xx number: ambiguous'),

  rec('training_gb', f`For the customer-service training deck I need a fake Edinburgh number that will never ring anyone. Is ${amb('pii.phone', '0131 496 0183')} from the Ofcom drama range ok to print?`),

  rec('form_template', f`US applicant financial form template — placeholder values for the guidance PDF:
SSN: ${amb('pii.us_ssn', '123-45-6789')}
Date of birth: MM/DD/YYYY
Routing number: 9 digits
Please rewrite the guidance so students don't send us the real SSN by email.`),

  rec('qa_data', f`Test data for the validator that must be rejected: SSN 666-12-4087, 000-41-2290 and 912-07-3318. Can you write pytest cases for these?`),

  rec('recipe', f`Scale this for 140 on the rig, Sunday roast:
Beef topside 6 kg — 180°C, 20 min/kg + 20 min
Roast potatoes 5 kg, goose fat 400 g
Yorkshire pudding batter: 1.2 L milk, 12 eggs, 600 g flour
Gravy 3 L
Give me quantities and oven schedule for two combi ovens.`),

  rec('docs', f`In the README for the shop's GitHub Action we wrote:

\`\`\`
GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
\`\`\`

Is it clear enough that people must replace this, or should we use <YOUR_TOKEN>?`),

  rec('html', f`${amb('source_code.snippet', f`<img alt="Rook & Roll logo" width="120" src="data:image/png;base64,${PNG_B64}">`)}

Gmail strips this logo in our newsletter, what's the alternative to inline base64?`),

  rec('svg', f`${amb('source_code.snippet', f`<svg viewBox="0 0 45 45"><path d="M 9,39 L 36,39 L 36,36 L 9,36 L 9,39 z M 12.5,32 L 14,29.5 L 31,29.5 L 32.5,32 L 12.5,32 z M 12,36 L 12,32 L 33,32 L 33,36 L 12,36 z M 14,29.5 L 14,16.5 L 31,16.5 L 31,29.5 L 14,29.5 z" fill="#fff" stroke="#000" stroke-width="1.5"/></svg>`)}

the rook icon renders blurry at 16px, how to fix?`),

  rec('chat_nn', f`Korleis fungerer eigentleg ein Kalman-filter for å estimere bussen si posisjon mellom GPS-punkta? Eg treng ei forklaring utan kode, berre prinsippet.`),

  rec('shell', f`${amb('source_code.snippet', f`docker run -d --name grib-api -p 8080:8080 -v /data/ens:/data:ro nms/grib-api:2.7.0`)}

container exits after 2 seconds, logs say "permission denied /data". why?`),

  rec('fares_sw', f`Tengeneza tangazo la nauli mpya kuanzia 1 Januari:
Mombasa – Malindi: KSh 700 (awali 600)
Mombasa – Kilifi: KSh 400
Mombasa – Voi: KSh 900
Wanafunzi: punguzo la 20% kwa kitambulisho cha shule.`),

  rec('chat_ta', f`சேர்க்கை முடிவுகள் அறிவிப்பு: 2025 செப்டம்பர் சேர்க்கைக்கான முடிவுகள் டிசம்பர் 15 அன்று வெளியிடப்படும். விண்ணப்ப எண் A25-0412 முதல் A25-0980 வரை. இதை ஆங்கிலத்தில் சுருக்கமாக மொழிபெயர்க்கவும்.`),

  rec('forecast_ko', f`다음 예보문을 영어로 번역해 주세요:
11월 9일(토) 오후부터 강원 영동에 3~8cm 눈, 산지는 최대 15cm. 최저기온 -4~5℃, 최고기온 6~13℃. 해상 풍랑주의보 예비특보 발표.`),

  rec('chat_el', f`Χρειάζομαι ένα πρότυπο ρήτρας εμπιστευτικότητας για τους προμηθευτές μας στο ηλεκτρονικό κατάστημα. Κάτι σύντομο, στα ελληνικά.`),

  rec('chat_tr', f`Web formunda IBAN alanı için doğru maske hangisi? "TR00 0000 0000 0000 0000 0000 00" şeklinde bir örnek gösteriyoruz, kullanıcılar karıştırıyor.`),

  rec('invoice_pl', f`Sprawdź proszę, czy faktura jest poprawna formalnie:
Sprzedawca: Szachownica Sp. z o.o., NIP 6772481930, ul. Długa 14, 31-147 Kraków
Nabywca: UKS Gambit Wieliczka, NIP 6832019475
FV 2024/11/118 z dnia 08.11.2024
12x zegar szachowy Leap — 89,00 zł netto
VAT 23%`),

  rec('chat_is', f`Ég er ekki viss um að trúnaður sé rétta orðið í þessu samhengi: "Við berum traust til spálíkansins." Hvort er betra á ensku, "confidence" eða "trust"?`),

  rec('menu_ms', f`Menu minggu depan untuk pelantar, tolong kira kos untuk 85 orang:
Isnin: nasi lemak, ayam berempah
Selasa: mee kari, roti jala
Rabu: ikan bakar, sambal belacan
Kuantiti beras: 12 kg sehari.`),

  rec('chat_es_pe', f`¿Cuál es la diferencia entre el número de pedido (PED-2024-0048813) y el código de seguimiento de Olva Courier (OC48213390PE)? El cliente me manda los dos y no sé cuál buscar.`),
];
