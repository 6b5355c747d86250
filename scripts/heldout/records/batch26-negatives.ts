/**
 * Held-out batch 26: hard negatives — text from an education platform, a food-delivery app, a
 * fitness chain, an asset manager, a music label and a car dealer network that looks sensitive and
 * is not (tests/corpus/README.md, "Decisions on negatives"): ISINs, LEIs, FIX messages, ISRCs,
 * VINs, M-Pesa receipts, placeholders, test keys, masked cards, public keys. Unlabelled apart from
 * ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b26n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b26n-pklive', B62, 97));
const PUB_PEM = pem('PUBLIC KEY', 'b26n-pub', 294);
const CERT = pem('CERTIFICATE', 'b26n-cert', 720);
const SHA = (seed: string) => fill(seed, HEX, 64);
const SSH_PUB = tok('AAAAC3NzaC1lZDI1NTE5AAAAI', fill('b26n-sshpub', B64, 43));
const BCRYPT = tok('$2y$10$', fill('b26n-bcrypt', B62 + './', 53));

export const BATCH26_NEGATIVES: DraftRecord[] = [
  // ── asset manager ────────────────────────────────────────────────────────
  rec('chat', f`Can you map these ISINs to their tickers and tell me which ones are Oslo Børs listings?
NO0010096985, NO0003054108, NO0010208051, SE0000108656, DE0007164600
We need it for the monthly factsheet of the Nordic fund.`),

  rec('fix_log', f`Why is the broker rejecting our orders? FIX log:

8=FIX.4.4|9=178|35=D|34=412|49=FJORDLIGHT|56=PBX|52=20241128-08:31:07.221|11=FJL-ORD-20241128-0093|21=1|55=EQNR|48=NO0010096985|22=4|54=1|60=20241128-08:31:07|38=25000|40=2|44=281.40|59=0|10=072|
8=FIX.4.4|9=142|35=8|34=501|49=PBX|56=FJORDLIGHT|11=FJL-ORD-20241128-0093|17=EXEC-88412|150=8|39=8|58=Price outside collar|10=219|`),

  rec('chat', f`Our LEI renewal is due. Current LEI 549300FJ4KQ83ZT7RH12, parent's LEI 5493008LW2M1YC9NQ470. Which documents does GLEIF need for a Norwegian AS, and can the renewal be done in Oslo?`),

  rec('chat_no', f`Kan du forklare forskjellen på CUSIP, SEDOL og FIGI? I dataleverandørens fil står det for eksempel CUSIP 38141G104, SEDOL B0YBKJ7 og FIGI BBG000C6CFJ5 for samme papir.`),

  rec('memo', f`Performance note, November:
Global Macro B-NOK +1.84% MTD, +11.2% YTD; Sharpe (36m) 1.31; max drawdown -6.9% (Mar 2023).
Risk: VaR 99%/1d 1.12% of NAV, gross 312%, net 41%.
Rewrite this for the investor letter, friendlier tone, no Greek letters.`),

  rec('chat', f`Which confidence interval should I report for the backtest Sharpe, 90% or 95%? The reviewer said our confidence in the out-of-sample result is too high for a 4-year window.`),

  // ── music label / streaming ─────────────────────────────────────────────
  rec('chat', f`Can you check the ISRCs on this release sheet? The distributor says two are duplicates:
BE-S7R-24-00127 "Zomerregen"
BE-S7R-24-00128 "Noorderlicht"
BE-S7R-24-00128 "Haven"
UPC 5400863141872, catalogue SON-0412`),

  rec('chat_nl_be', f`Allee, wat is het verschil tussen ISWC en ISRC? Bij de SABAM-registratie staat T-931.482.705-3 en bij de master BE-S7R-23-00841. Moet ik die allebei in de metadata zetten?`),

  rec('chat', f`Why does the Spotify API return 404 for spotify:track:6Yq3zN8bLw2KvR1tXe9pMc while the same ID works as https://open.spotify.com/track/6Yq3zN8bLw2KvR1tXe9pMc in the browser?`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-29T03:12:44.118Z INFO  transcoder job=7f3c9a21-5e8d-4b2f-a106-9d4e7c2b8f31 track=trk_8H2kQ9 in=master.wav sha256=${SHA('b26n-wav')} out=aac_256 dur_ms=18422
2024-11-29T03:12:46.904Z INFO  transcoder job=7f3c9a21-5e8d-4b2f-a106-9d4e7c2b8f31 loudness=-13.8 LUFS true_peak=-0.9 dBTP`)}

Is -13.8 LUFS okay for Spotify or will they turn it down?`),

  rec('chat_sw', f`Naomba unisaidie kuandika ujumbe kwa wasanii: takwimu za streaming za Novemba zitatumwa tarehe 10 Desemba. Nambari ya katalogi ni SON-KE-2024-117 na UPC ni 5400863140899.`),

  // ── car dealer network ───────────────────────────────────────────────────
  rec('chat_de_at', f`Servus, kannst du mir sagen, was die Fehlercodes bedeuten? Fahrzeug VIN WVWZZZCDZPW048213, Kilometerstand 48.213, Codes P0420 und U0100. Kunde sagt, die Motorkontrollleuchte geht nach dem Service wieder an.`),

  rec('csv', f`${amb('source_code.snippet', f`vin;marke;modell;ez;km;preis_eur
TMBJJ7NX4PY048213;Skoda;Octavia Combi;03/2023;28410;27490
WBA11AA0X0CM29471;BMW;118i;11/2022;31205;26900
VF1RJA00967382041;Renault;Clio;06/2021;44870;14990`)}

Mach mir daraus bitte Inseratstexte für willhaben, je max. 300 Zeichen.`),

  rec('chat_sk', f`Aký je rozdiel medzi EČV BA-482KT a TT-913AB pri prepise vozidla? Zákazník sa sťahuje z Bratislavy do Trnavy, číslo objednávky OBJ-2024-11-0417.`),

  rec('chat_hu', f`A szervizben a gyári alkatrészszám 5Q0 615 301 H, a helyettesítő 1K0 615 301 AA. Kompatibilisek egymással egy 2018-as Octaviánál? A munkalap száma ML-2024/11872.`),

  rec('form_template', f`Mach das Formular barrierefrei (Labels, Fehlermeldungen):

Name: ____________________
Geburtsdatum: TT.MM.JJJJ
IBAN: AT00 0000 0000 0000 0000
SV-Nummer: ____ ______
Telefon: +43 (0) ___ _______`),

  // ── fitness chain ────────────────────────────────────────────────────────
  rec('chat_de_ch', f`Chasch mer es Trainingsprogramm für 3 Täg pro Wuche mache? Ziel: 5 kg abnäh, Ruhepuls 58, Maximalpuls ca. 182. Ich trainier im Studio Oerlikon, Mitgliedernummer PH-20481, Locker meistens Nr. 114.`),

  rec('chat_hu', f`Elfelejtettem a jelszavamat a PulseHall appban, és a "jelszó visszaállítása" link nem jön meg. Mit tegyek? Androidot használok.`),

  rec('receipt', f`Deine Zahlung ist eingegangen!

Rechnungsnummer: PH-INV-2024-118273
Datum: 01.12.2024
Bezahlt mit: Mastercard •••• 9012 (gültig bis 07/27)
Betrag: CHF 89.00 (inkl. MWST 8,1 %)

Kannst du mir das auf Englisch übersetzen?`),

  rec('config', f`${amb('source_code.snippet', f`# access-control/config.yaml
readers:
  - id: door-main
    mac: 00:1B:44:11:3A:B7
    rfid_format: MIFARE_DESFIRE_EV3
  - id: door-staff
    mac: 00:1B:44:11:3A:C2
member_card:
  uid_example: 04:A2:3F:1B:6C:80:00
  pin_required: false`)}

Die Tür im Studio Bern lässt Karten mit 7-Byte-UID nicht rein. Muss ich das Format ändern?`),

  rec('chat', f`Write a password policy paragraph for our gym staff: at least 12 characters, no reuse of the last 5, MFA for the booking admin, and never write the password on the reception monitor. Mention that "Passwort: ******" in screenshots is fine.`),

  // ── food delivery ────────────────────────────────────────────────────────
  rec('chat_sw', f`Mteja ametuma ujumbe huu wa M-Pesa kama ushahidi wa malipo: "SKL7H2QX9B Confirmed. Ksh1,250.00 sent to SNACKR KENYA LTD for account 88213 on 30/11/24 at 12:41 PM. New M-PESA balance is Ksh3,402.50." Je, tunaweza kuthibitisha kwa nambari ya muamala pekee? Paybill yetu ni 4018273.`),

  rec('chat_th', f`ออเดอร์หมายเลข SN-TH-20241130-88213 ของร้านก๋วยเตี๋ยวเรือสาขาอารีย์ ไรเดอร์รับของเวลา 12:41 พิกัด 13.7797, 100.5446 แต่ลูกค้าบอกว่ายังไม่ได้ของ ช่วยร่างข้อความตอบลูกค้าหน่อยครับ`),

  rec('chat_pt', f`O cupão BOASVINDAS10 não está a funcionar na app. O cliente tem a encomenda n.º 4471-2024-LX e o código de seguimento CTT RR482917365PT. Consegues ver o que falha?`),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.test — committed on purpose, Stripe test mode only
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
MPESA_CONSUMER_KEY=<sandbox consumer key>
MPESA_CONSUMER_SECRET=<sandbox consumer secret>
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/orders_test`)}

Is it a problem that the publishable key in the test env is a live one?`),

  rec('chat', f`Stripe docs say to use ${amb('financial.payment_card', '4242 4242 4242 4242')} for a successful payment and ${amb('financial.payment_card', '4000 0000 0000 9995')} for insufficient funds. Which one should our tip-flow tests use for the rider payout?`, 'well-known test cards: ambiguous'),

  rec('chat', f`Voucher card from the partner restaurant doesn't redeem: number 6035 7724 1938 0047, scratch PIN underneath. Who issues these?`, 'Luhn-failing gift-card number'),

  rec('masked', f`Bank app shows the direct debit as "PT21 **** **** **** **** 4 3, SNACKR UNIPESSOAL" and my card as "Visa ****7319". Which subscription is that?`),

  rec('chat_pt', f`Este IBAN está certo? PT21 0035 0697 0063 8259 1744 4 — o banco diz que não é válido e eu copiei do PDF.`, 'IBAN with a wrong check digit'),

  // ── education platform ──────────────────────────────────────────────────
  rec('chat_zh_tw', f`請問這張結業證書的驗證碼 KUR-TW-2024-58213-C 要怎麼在網站上查？學員說輸入後顯示「查無資料」。課程代碼是 DS-101-2024Q4。`),

  rec('chat', f`Can you format these references in APA 7? doi:10.1080/00220485.2023.2198472, ISBN 978-3-658-41827-3, and the course handbook v2.3.1 (Kursio, 2024).`),

  rec('lti', f`${amb('source_code.snippet', f`{
  "iss": "https://lernen.kursio.at",
  "client_id": "kursio-lti-prod",
  "deployment_id": "1:8f3a2c91d7e64b05",
  "auth_login_url": "https://lernen.kursio.at/mod/lti/auth.php",
  "key_set_url": "https://lernen.kursio.at/mod/lti/certs.php",
  "private_key_file": "/etc/kursio/lti/private.key"
}`)}

LTI 1.3 launch fails with "invalid kid" — where does Moodle publish the key set?`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example — copy to .env and fill in
OPENAI_API_KEY=sk-...
ANTHROPIC_API_KEY=<your key>
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
MOODLE_DB_PASSWORD=changeme
HF_TOKEN=\${HF_TOKEN}`)}

Schreib bitte einen README-Abschnitt, der jede Variable erklärt.`),

  rec('helm', f`${amb('source_code.snippet', f`tutor:
  env:
    - name: OPENAI_API_KEY
      valueFrom:
        secretKeyRef: { name: tutor-secrets, key: openai }
    - name: DB_PASSWORD
      valueFrom:
        secretKeyRef: { name: {{ .Values.db.secretName }}, key: password }`)}

Warum findet der Pod das Secret nicht, obwohl es im Namespace existiert?`),

  rec('chat_th', f`ลืมรหัสผ่านเข้าระบบเรียนออนไลน์ค่ะ กดลืมรหัสผ่านแล้วไม่มีอีเมลมา ต้องทำยังไงคะ`),

  // ── mixed technical look-alikes ─────────────────────────────────────────
  rec('changelog', f`Summarise the differences between these images for the release notes:

- registry.snackr.io/orders-api:3.40.2@sha256:${SHA('b26n-d1')}
- registry.snackr.io/orders-api:3.41.0@sha256:${SHA('b26n-d2')}

3.41.0: Node 22.11.0, pg 8.13.1, new /healthz/ready, fixed double refund on partial cancellations (#2291).`),

  rec('git', f`Mid-rebase and confused. git status:

interactive rebase in progress; onto 9c4e2a7
Last commands done (2 commands done):
   pick 3f81b0d feat(waitlist): promote in a transaction
   pick e7a2c94 fix(waitlist): notify in German
Next commands to do (1 remaining command):
   pick 5b09d3e chore: bump django to 5.1.3

How do I drop the chore commit?`),

  rec('pr_review', f`The reviewer asks whether this is a leak. It's the public half of the SFTP key and our JWKS public key, right?

ssh-ed25519 ${SSH_PUB} deploy@sftp-gw01

${PUB_PEM}`),

  rec('cert', f`Welches Ablaufdatum hat dieses Zertifikat? Der Browser meckert bei shop.pulsehall.ch.

${CERT}`),

  rec('chat', f`Our old PHP member portal stores ${ambCat('credential', BCRYPT)} in the password column. Is bcrypt cost 10 still acceptable or should we rehash on login?`, 'a password hash: sensitive but no rule claims it (ambiguous, no rule id)'),

  rec('docs', f`## Notifications

Set \`SLACK_WEBHOOK_URL\` to your channel's incoming webhook, e.g.
\`https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\`.
For local development any URL works; messages are only logged.
Database: \`postgresql://<user>:<password>@<host>:5432/<db>\`.`),

  rec('chat_sk', f`Aké sú rozdiely medzi verziou 4.2.1 a 4.3.0 nášho DMS? Build 2024.11.28.3, ticket BRN-4821. Servisné okno je v sobotu 06:00–08:00.`),

  rec('chat', f`Our analytics show sessions from ${amb('pii.ip_address', '2a03:2880:f12f:83:face:b00c:0:25de')} and user agent "Mozilla/5.0 (Linux; Android 14) Chrome/131.0.6778.81". Is that the Facebook crawler hitting our course pages?`, 'a crawler IP address: ambiguous like every IP'),

  rec('chat_no', f`Hemmeligheten bak god fiskesuppe? Mormor sverger til fløte og en skvett hvitvin. Kan du skrive en oppskrift til julebordet for 40 personer?`),

  rec('uuid_list', f`Delete these orphaned Redis sessions, give me the redis-cli loop:
sess:3b9e1c07-4f2a-4d86-b5e3-0c7a9d1f2e48
sess:a81f4d2c-6e93-4b07-8c15-2d9f0b7e3a61
sess:5c2e8b14-9d07-4a3f-a6e1-7b4d2c9f0e85`),

  rec('chat_de_at', f`Wir haben im Team-Meeting über die Mitarbeiterbefragung geredet, es ist kein Geheimnis, dass die Kantine am schlechtesten abgeschnitten hat. Kannst du die Kommentare in fünf Themen zusammenfassen?`),
];
