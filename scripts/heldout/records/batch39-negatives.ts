/**
 * Held-out batch 39: hard negatives from the batch's workplaces — barcodes, lot and serial numbers,
 * register maps, RFID EPCs, Steam and Discord ids, statute citations, placeholders, test keys,
 * masked cards, hashes and casual "confidential"/"secret" in many languages (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const SHA = (seed: string) => fill(seed, HEX, 64);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b39n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b39n-pklive', B62, 97));
const CERT = pem('CERTIFICATE', 'b39n-cert', 720);
const BCRYPT = tok('$2y$10$', fill('b39n-bcrypt', B62 + './', 53));
const LOGO_B64 = b64Bytes('b39n-logo', 360);
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b39n-sshpub', B64, 43)} tunnel-plc@koege`;

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH39_NEGATIVES: DraftRecord[] = [
  rec('csv', f`Kan jy die pryslys vir die kelderdeur opdateer met 6% verhoging, afgerond na die naaste R5?

${cfg(f`sku,beskrywing,ean,oesjaar,prys_r
PIN-RES-21,Reserve Pinotage,6009872011347,2021,455
CHE-OUD-23,Ou Stok Chenin Blanc,6009872011415,2023,215
MCC-BRUT-NV,Kaapse Vonkel Brut,6001234001874,NV,260
DES-SL-22,Strooiwyn (375 ml),6001234002628,2022,310`)}`),

  rec('lab_report', f`Translate the lab results into a short note for the export certificate:

Sample: Chenin Blanc 2023, tank T07, lot L23-0714
Alcohol 13.48 % vol · Residual sugar 2.1 g/L · Titratable acidity 6.2 g/L · pH 3.41
Free SO2 32 mg/L · Total SO2 118 mg/L · Volatile acidity 0.38 g/L
Analysis certificate no. WL-2024-118374, Vinlab Stellenbosch, 27/11/2024`),

  rec('chat_af', f`Wat is die geheim van 'n goeie Pinotage? My skoonpa sê dis die koue maserasie, maar die wynmaker hier sê dis eerder die eikehout. Gee my 'n kort antwoord wat ek by die proeery vir toeriste kan gebruik.`),

  rec('shipping', f`Can you check the shipping docs for consistency before I send them to the forwarder?

Container: MSKU 482917 3 (20' dry, reefer liner)
Seal: ML-ZA 0914472
B/L: MAEU 241839027
HS code: 2204.21 (wine of fresh grapes, ≤ 2 L containers)
Gross weight: 18 640 kg · 1 800 cases × 12 × 750 ml
Port of loading: Cape Town · Port of discharge: Hamburg · ETD 10/12/2024`),

  rec('chat_en_nz', f`Kia ora, can you check my citations are formatted right for the tribunal submissions?

Immigration Act 2009, ss 129 and 131; AC (Afghanistan) [2023] NZIPT 802013; BG (Fiji) [2012] NZIPT 800091; Refugee Convention art 1A(2). Legal aid grant ref LA-24-071893, tribunal file no. 2024/0418.`),

  rec('template', f`Make this letter template accessible and easier to read for clients with limited English:

[Client full name]
Date of birth: [DD/MM/YYYY]
Passport no.: [XXXXXXXXX]
Phone: [+64 ...]

Dear [Client first name],
Your appointment with [Lawyer name] is on [date] at [time]. Please bring your passport and any letters from Immigration New Zealand.`),

  rec('chat_fa_af', f`لطفاً این متن را برای صفحه اول وب‌سایت کلینیک به انگلیسی ترجمه کنید:
«تمام معلومات شما محرمانه نگه داشته می‌شود. خدمات ما رایگان است و ترجمان دری و پشتو در دسترس است. ساعات کاری: دوشنبه تا پنجشنبه، ۹ صبح تا ۴ بعد از ظهر.»`, 'a website promise of confidentiality, not a marking of this text'),

  rec('chat', f`Can you draft a confidentiality agreement template for our volunteer interpreters? Plain English, one page, covering client information, social media and what to do if they recognise a client from their community.`),

  rec('release_notes', f`Summarise these release notes for the customer newsletter:

stack-controller firmware 3.8.2 (build 2024.12.03.1)
- commit 7c41e09b2a, tag v3.8.2
- fixes unauthenticated Modbus writes in maintenance mode (H2W-PSIRT-2024-07)
- image sha256:${SHA('b39n-fw1')}
- bootloader unchanged (1.4.0), sha256:${SHA('b39n-fw2')}
Upgrade path: 3.6.x → 3.7.4 → 3.8.2`),

  rec('register_map', f`Kannst du aus der Registertabelle eine Markdown-Tabelle machen?

${cfg(f`Adresse  Name                      Typ     Einheit  Skalierung
0x0064   Zellspannung_Mittel       UINT16  mV       0.001
0x0065   Zellspannung_Max          UINT16  mV       0.001
0x00C8   Stackstrom                INT32   A        0.1
0x012C   Druck_Kathode             UINT16  bar      0.01
0x0190   H2_Reinheit_O2            FLOAT   ppm      1
OPC UA: ns=3;s="DB_Stack".Zellspannung_Mittel, ns=3;i=600118`)}`),

  rec('chat_tr', f`Stack seri numarası H2W-PEM-2024-00417 olan ünitenin garanti süresi ne zaman bitiyor? Devreye alma tarihi 14.03.2024, garanti 24 ay veya 16.000 çalışma saati, hangisi önce dolarsa. Şu an sayaç 7.412 saat gösteriyor.`),

  rec('env_example', f`${cfg(f`# .env.example – nach .env kopieren und ausfüllen
INFLUX_URL=http://influx.local:8086
INFLUX_TOKEN=<influx-token-hier-eintragen>
MQTT_USER=leitstand
MQTT_PASSWORD=changeme
AWS_ACCESS_KEY_ID=\${AWS_ACCESS_KEY_ID}
AWS_SECRET_ACCESS_KEY=\${AWS_SECRET_ACCESS_KEY}
OPCUA_PASSWORD=`)}

Schreib mir bitte eine README-Sektion, die jede Variable erklärt.`),

  rec('code_python', f`moto tests fail after upgrading, fixture looks like this:

${code(f`@pytest.fixture(autouse=True)
def fake_aws(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-central-1")

@mock_aws
def test_upload_telemetry():
    s3 = boto3.client("s3", region_name="eu-central-1")
    s3.create_bucket(Bucket="stack-telemetry", CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})
    upload_batch(s3, "stack-telemetry", sample_rows())`)}`, 'AWS documentation keys in a test fixture: no credential; the fixture is pasted code'),

  rec('chat', f`Is it OK to send this to the customer? It's our device CA certificate so their firewall can do TLS inspection exceptions:

${CERT}`),

  rec('ci_yaml', f`${cfg(f`- name: Upload firmware to S3
  env:
    AWS_ACCESS_KEY_ID: \${{ secrets.FW_AWS_KEY_ID }}
    AWS_SECRET_ACCESS_KEY: \${{ secrets.FW_AWS_SECRET }}
  run: aws s3 cp build/stack-controller-\${{ github.ref_name }}.bin s3://h2w-firmware/releases/`)}

Can I restrict the key to this one prefix in IAM?`),

  rec('obituary', f`Please tidy this notice for Thursday's paper (house style: no "passed away", use "died"):

JENKINS, William Henry (Bill), of Penparcau, passed away peacefully at Bronglais Hospital on 1 December 2024, aged 87. Beloved husband of the late Margaret, dad of Huw and Carys, taid to five. Funeral service at Seion Chapel, Aberystwyth, on Friday 13 December at 1pm, followed by burial at Llanbadarn Fawr. Family flowers only; donations if desired to the RNLI Aberystwyth.`),

  rec('classifieds', f`Count the words in each ad and price them at $1.10 per word (min 15 words):

FOR SALE – Yamaha keyboard PSR-E373, barely used, $480. Reply Box 4471, c/o the Gazette.
WANTED – second-hand school books, Harrison College 3rd form, ISBN 978-976-8254-31-7 and 978-0-19-836482-5.
LOST – brown pothound answering to "Biscuit", Black Rock area, reward. Box 4479.`),

  rec('invoice_ref', f`Customer says she was billed twice for the anniversary ad. Our system shows booking ADB-2024-118374 (ins. 1 of 2, 24 Nov) and ADB-2024-118397 (ins. 2 of 2, 1 Dec), invoice INV-24-30917, receipt RCPT-0091842. Was she actually double-charged or are those two insertions?`),

  rec('chat_en_bb', f`The food editor wants a headline for the Sunday column on Bajan conkies. She says the secret is the pumpkin-to-coconut ratio and lots of nutmeg. Give me five headlines, nothing too cheesy.`),

  rec('chat_en_wales', f`Journalism ethics question for the trainee session: when a source asks to stay confidential, what are our obligations under the IPSO Editors' Code, and does that change if the police ask for the notes?`),

  rec('epc_list', f`Which of these tags were scanned at the Holbæk dock but never at the Køge wash-in? Give me a SQL query for it.

E2801190200052A41C7D03F1
E2801190200052A41C7D0412
E2801190200052A41C7D0588
E2801190200071BB39F00A6C
E2801190200071BB39F00B04`),

  rec('wash_program', f`Translate this wash programme sheet into Danish for the night shift:

Programme 14 – Theatre gowns (HTM 01-04 / EN 14065)
Pre-wash 40 °C 4 min → Main wash 75 °C 10 min (thermal disinfection) → Rinse ×3 → Neutralise pH 6.0–6.5
Batch size 60 kg · Chemical dosing: alkali 8 mL/kg, detergent 6 mL/kg, peracetic 3 mL/kg
Batch log ref: T2-241205-0347`),

  rec('receipt', f`Our fuel card receipt from the Marsa station — can you tell me which VAT rate was applied?

SHELL MARSA · 05/12/2024 06:41
Diesel 84.20 L × 1.21 = EUR 101.88
Card: MASTERCARD ************4417
Auth code 0A3F91 · Terminal 00418273
VAT 18% incl.`),

  rec('job_ad_da', f`Kan du stramme den her jobannonce op? Den er for lang.

"Vaskeriet søger chauffør til hospitalsruten Køge–Holbæk. Du møder kl. 05.30, har kørekort kat. C og er god til at tale med mennesker. Du behandler hospitalernes oplysninger med fortrolighed og følger vores hygiejneregler. Løn efter overenskomst."`, 'casual "fortrolighed" in a job ad, not a marking'),

  rec('invoice_mt', f`Ittraduċi din il-fattura għall-Ingliż:

Fattura LNW-24-1193 · Numru tal-VAT MT 2418-3917
Servizz tal-londri, Novembru 2024: 3 840 biċċa (lożor, xugamani, ħwejjeġ tal-pazjenti)
Total: EUR 4 218,60 (VAT inkluż)
Ħlas bi trasferiment bankarju lil IBAN MT** VALL **** **** **** **** **** ***

Skadenza: 30 jum.`),

  rec('chat', f`Fuel card from the old supplier doesn't scan at the new pump: 7001 4418 2935 0173 on the front, valid to 06/25. Is it the magnetic stripe or did they switch to chip-only? It's not a bank card, just the fleet card.`, 'a fleet fuel-card number: not a payment card under the conventions (Luhn-failing too)'),

  rec('chat_en_sg', f`For the stats overlay I need to map these Steam IDs to team names. Can write me a Python dict?

76561198043827165 → Lion City Raptors
76561198112043957 → Lion City Raptors
76561198277916304 → Merlion Esports
76561198390518276 → Merlion Esports
Discord server id 1239047718263519402, channel 1241876093518274650`),

  rec('docs', f`## Running the check-in bot locally

1. Copy \`config.example.json\` to \`config.json\`.
2. Set \`"token": "YOUR_BOT_TOKEN"\` to the token from the Discord developer portal.
3. For GitHub sync, create a token and paste it as \`GH_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\` in \`.env\`.
4. Webhook URLs look like \`https://discord.com/api/webhooks/<id>/<token>\`.

Can you make this README section friendlier?`),

  rec('env_test', f`${cfg(f`# .env.test – ticketing, Stripe test mode only
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
TICKET_PRICE_SGD=25
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/tickets_test`)}

Is it a problem that the publishable key in the test env is the live one?`),

  rec('qa_notes', f`QA notes for the finals ticket checkout:
- ${amb('financial.payment_card', '4242 4242 4242 4242')} → success
- ${amb('financial.payment_card', '4000 0000 0000 9995')} → insufficient funds, message shows OK
- ${amb('financial.payment_card', '4000 0027 6000 3184')} → 3DS challenge, popup blocked on Safari iOS
Make this into a bug report for the 3DS popup.`, 'Stripe test cards: ambiguous'),

  rec('log', f`${cfg(f`2024-12-07T10:02:14.118Z INFO match-svc match=9f3b2c71-5e48-4a0d-b6c3-81e27d4f09a5 state=LIVE map=de_ancient round=14 score=8-5
2024-12-07T10:02:44.902Z WARN match-svc match=9f3b2c71-5e48-4a0d-b6c3-81e27d4f09a5 tick_drop=3.2% server=srv-b14 build=2024.11.28-7c41e09
2024-12-07T10:03:01.337Z INFO match-svc match=0d81a6e4-7c2f-4b95-a3d1-5e90c8b7f264 state=WARMUP map=de_mirage`)}

why would tick drops only happen on srv-b14?`),

  rec('seeding', f`Seed these 8 teams for a double-elim bracket by Elo, highest first, and show the first-round pairings:

Fjord Wolves 1834 · Kuzey Kartalları 1811 · Dragons of Gwent 1790 · Valletta Vipers 1702 · Lion City Raptors 1768 · Merlion Esports 1655 · Windhoek Wildcats 1611 · Kaapse Kraaie 1587`),

  rec('chat_en_sg', f`Eh what's the secret to clutching 1v3 on Ascent ah? My team keep telling me just play time but I always die at B main. Give me 5 tips can?`),

  rec('chat_tr', f`Hastaneye gönderilen çamaşır kargosunun durumunu özetler misin? Sipariş no: SP-2024-008471, irsaliye no: IRS-0091847, kargo takip: 7281 0394 8812, fatura: LWI2024000417. Teslim tarihi 06.12.2024 olarak görünüyor.`),

  rec('chat_ku', f`Ji kerema xwe vê peyamê wergerîne îngilîzî: "Randevûya te bi parêzer re roja Sêşemê, 10ê Kanûnê, saet 10:30 e, li odeya 3. Wergêrê Kurmancî dê li wir be. Ji kerema xwe nameya ku ji Koçberiyê hatiye bi xwe re bîne."`),

  rec('chat_ti', f`በጃኹም ነዚ ናብ እንግሊዝኛ ተርጉምዎ፦ "ቆጸራኹም ምስ ጠበቓ ሰሉስ 10 ታሕሳስ ሰዓት 10:30 ኣብ ክፍሊ 3 እዩ። ተርጓሚ ትግርኛ ክህሉ እዩ። ቁጽሪ ፋይልኩም 2024/0418 እዩ።"`),

  rec('chat_my', f`ဒီအချိန်ဇယားကို အင်္ဂလိပ်လို ဘာသာပြန်ပေးပါ။
တနင်္လာ ၁၀:၀၀ - အခန်း ၂ - ဗမာစကားပြန်
ဗုဒ္ဓဟူး ၁၄:၃၀ - အခန်း ၅ - ရှေ့နေ တွေ့ဆုံခြင်း
ကြာသပတေး ၉:၀၀ - Zoom ဖြင့် Tribunal ပြင်ဆင်မှု`),

  rec('chat_ps', f`مهرباني وکړئ دا په انګلیسي وژباړئ: "د غوښتنلیک فیس ۱۶۵۰ ډالره دی. د کډوالۍ قانون ۲۰۰۹ د ۱۹۸ مادې له مخې تاسو ۲۸ ورځې وخت لرئ چې اپیل وکړئ. زموږ د دفتر ساعتونه د دوشنبې څخه تر پنجشنبې پورې دي."`),

  rec('chat_xh', f`Ndicela undincede ndiguqulele esi saziso esiNgesini: "Igumbi lokungcamla livuliwe ngoLwesibini ukuya ngeCawa, 10:00 ukuya ku-17:00. Ukungcamla iwayini ezintlanu: R120 umntu ngamnye. Amaqela angaphezu kwesi-8 mawabhukishe kwangaphambili."`),

  rec('chat_st', f`Ke kopa o fetolele tlaleho ena ea kotulo ho Senyesemane: "Kotulo ea selemo sena e qalile ka la 20 Pherekhong. Re kotutse lithane tse 148 tsa Chenin le lithane tse 96 tsa Pinotage. Tsoekere e ne e le 23.5 °Balling, 'me pH e le 3.38."`),

  rec('chat_fo', f`Kanst tú gera ein tíðarskrá til kappingina? Byrjan kl. 10:00, hvør dystur 45 min, 15 min millum. Dystir: Fjord Wolves–Valletta Vipers, Kuzey Kartalları–Merlion Esports, Dragons of Gwent–Windhoek Wildcats. Serverurin koyrir útgávu 1.40.2.15 og klienturin 2024.11.28.`),

  rec('form_template', f`Make this SEPA mandate form template clearer (German and English side by side):

Kontoinhaber / Account holder: ______________________
IBAN: DE00 0000 0000 0000 0000 00
BIC: ___________
Mandatsreferenz / Mandate ref.: wird separat mitgeteilt
Gläubiger-ID / Creditor ID: wird separat mitgeteilt`),

  rec('chat_de_na', f`Kannst du die Anzeigenpreise für die Weihnachtsausgabe zusammenfassen? Kleinanzeige bis 20 Wörter N$ 95, jedes weitere Wort N$ 4,50, Familienanzeige 2-spaltig 60 mm N$ 780, Anzeigenschluss Mittwoch 12 Uhr. Postfach 2418, Windhoek. Is alles klar so, oder fehlt was?`),

  rec('db_export', f`The old WooCommerce users table for the wine club — is it safe to import these password hashes into the new platform or do members have to reset?

user_login | user_pass | user_registered
cellar_hine | ${ambCat('credential', BCRYPT)} | 2019-03-11 10:22:09
bax_g | ${ambCat('credential', `$P$B${fill('b39n-phpass', B62 + './', 30)}`)} | 2017-08-02 16:40:51`, 'password hashes (bcrypt, phpass): ambiguous, no rule id'),

  rec('html', f`Email template for the obituary confirmation shows a broken logo in Outlook:

${cfg(f`<table role="presentation" width="100%"><tr><td align="center">
  <img src="data:image/png;base64,${LOGO_B64}" width="180" alt="Cardigan Courier">
</td></tr></table>`)}`),

  rec('authorized_keys', f`Is it a problem that this is in the repo? It's the authorized_keys line for the PLC backup user:

${SSH_PUB}`),

  rec('lockfile', f`${cfg(f`"node_modules/discord.js": {
  "version": "14.16.3",
  "resolved": "https://registry.npmjs.org/discord.js/-/discord.js-14.16.3.tgz",
  "integrity": "sha512-${fill('b39n-integrity', B64, 86)}==",
  "license": "Apache-2.0"
}`)}
Why does npm ci fail with EINTEGRITY on the stream PC only?`),

  rec('chat_en_nz', f`Kia ora, quick one — what's a sensible password policy for our volunteer laptops? We've got 12 volunteers, some share a machine. I was thinking 14 characters minimum, a password manager, and no rotation unless there's a breach. Is that enough for a legal clinic?`),
];
