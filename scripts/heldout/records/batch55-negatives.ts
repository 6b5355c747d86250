/**
 * Held-out batch 55: hard negatives — snow reports, keycard and GS1 serials, NDC and lot numbers,
 * business registration numbers, LOAs and firmware hashes, run sheets, tariff tables, masked and
 * checksum-failing numbers, placeholders, test keys and casual "secret" / "confidential" prose, in
 * the batch's languages (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from
 * ambiguous spans. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const SHA = (seed: string) => fill(seed, HEX, 64);
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b55n-sshpub', B64, 43)} noc@tll1-jump`;
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b55n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b55n-pklive', B62, 97));
const CERT = pem('CERTIFICATE', 'b55n-cert', 720);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHe${b64Bytes('b55n-png', 240)}`;

export const BATCH55_NEGATIVES: DraftRecord[] = [
  // ── ski resort ──────────────────────────────────────────────────────────────
  rec('snow_report', f`Can you make this morning's snow report sound a bit more exciting for Instagram (keep the numbers)?

MT KAREELA SNOW REPORT — Sat 12 July, 6:45 am
Natural base: 68 cm upper / 31 cm lower. New snow 24 h: 14 cm. Temp at summit: -6.2 °C, wind NW 25 km/h gusting 45.
Lifts: 11 of 14 open. Summit Quad on wind hold until 9:30. Terrain park: Stage 1 & 2 open.
Roads: chains required above Rennix Gap (1,480 m). Car park P3 full by 8:15 yesterday.`),

  rec('chat_de_ch', f`Eine Kundin hat uns die Nummer ihrer Keycard geschickt: 01-1614 9385 2291-7. Wie kann sie das Saisonabo online auf diese Karte laden, ohne an die Kasse zu kommen? Die Kartengebühr von CHF 5.– hat sie schon bezahlt. Bitte eine kurze Antwort formulieren.`),

  rec('din_chart', f`Make this binding release chart readable for the tune shop poster (keep metric, add lb in brackets):

Weight (kg) | Height (cm) | Code | BSL 251-270 | 271-290 | 291-310 | 311-330
48-56       | 149-157     | H    | 4.5         | 4.0     | 3.5     | 3.5
57-66       | 158-166     | I    | 5.5         | 5.0     | 4.5     | 4.0
67-78       | 167-178     | J    | 6.5         | 6.0     | 5.5     | 5.0
Type II: +1 row · Type III: +2 rows · age 50+: -1 row`),

  rec('chat_ja', f`ゴンドラの運行時間を英語と中国語に訳してください。
・白樺ゴンドラ：8:30〜16:30（最終乗車 16:15）、キャビン番号 1〜62
・第3クワッド：8:45〜16:00、強風時運休
・ナイター：17:00〜20:30（1月4日〜3月15日）
リフト券番号（例：JP-HKB-250112-0082）は改札で読み取れなかった場合に係員へお伝えください。`),

  rec('chat', f`Marketing wants to name the new glade run "Secret Stash" and the après bar special "the Confidential Cocoa". Any trademark issues with those names in Colorado, or are they too generic?`),

  // ── pharmaceutical wholesaler ───────────────────────────────────────────────
  rec('scan_log', f`Our Dutch warehouse gets "verification failed" from the NMVS on some returned packs. Three scans below — do you see a pattern?

(01)08714729159032(17)260930(10)24B117(21)7KQ2M9X4T1PZ
(01)08714729159032(17)260930(10)24B117(21)R8WD3N6YH2CB
(01)05412873004416(17)251231(10)L7731A(21)9FZ2QK84MXT7
ZI-nummer 16038431, PZN 04114918`),

  rec('chat', f`Recall desk question: we got a Class II notice for NDC 0781-5180-31, lots 24B117 and 24B118 (exp 09/2026). Our RA for the pharmacy returns is RA-2025-004417 and the return shipment went out UPS 1Z 9W8 47X 03 2281 6649. Do we need to notify the state board too, or only the manufacturer?`),

  rec('chat_he', f`מה ההבדל בין ריקול Class I ל-Class II, ומי מחליט על הסיווג? זה לא סוד שאצלנו כולם מתבלבלים בזה, אז אני רוצה להכין דף הסבר קצר לצוות ההחזרות.`),

  rec('form_hi', f`आधार वेरिफिकेशन के लिए डिलीवरी पार्टनर सिर्फ़ मास्क्ड आधार भेज रहे हैं, जैसे "XXXX XXXX 4821"। क्या KYC के लिए इतना काफ़ी है, या पूरा नंबर चाहिए? नियम क्या कहते हैं?`),

  rec('chat_mr', f`आमच्या कंपनीच्या इनव्हॉइसवर GSTIN 27AAFCV4821K1Z3 आणि CIN U51397PN2009PTC134872 छापले आहेत. नवीन टेम्पलेटमध्ये ते कुठे ठेवावेत? आणि HSN कोड 3004 प्रत्येक ओळीत हवा का?`),

  rec('chat_ar_ma', f`شنو الفرق بين ICE و IF فالفاكتورة؟ الشركة ديالنا عندها ICE 001528374000019 و IF 40218736 و RC 318274. بغيت نعرف شنو خاصو يبان فالفاكتورة ديال الإرجاعات للصيدليات.`),

  rec('chat_pt_br', f`A nota fiscal de devolução precisa do CNPJ das duas partes? O nosso é 12.418.937/0001-52 e o da drogaria é 08.371.264/0003-90. O CFOP que usamos é 5.202. Está certo pra devolução de mercadoria vencida?`),

  // ── colocation NOC ──────────────────────────────────────────────────────────
  rec('mac_table', f`Which port is the customer's new firewall on? They say its MAC ends in 3f:a1.

${amb('source_code.snippet', f`ash1-acc-sw14# show mac address-table vlan 2140
          Mac Address Table
-------------------------------------------
Vlan    Mac Address       Type        Ports
----    -----------       --------    -----
2140    0c42.a1b7.3fa1    DYNAMIC     Gi1/0/17
2140    3c8c.f81e.90d2    DYNAMIC     Gi1/0/18
2140    f4ee.0817.c25b    DYNAMIC     Te1/1/1
Total Mac Addresses for this criterion: 3`)}`),

  rec('loa', f`Please summarise this LOA for the field tech — what does he actually need to patch?

LETTER OF AUTHORISATION — Cross-connect order XC-JNB1-25-00871
A-side: Cage B12, Rack 04, Panel PP-B12-04, ports 13/14 (LC duplex, SMF)
Z-side: Meet-me room MMR-1, Panel MMR1-PP07, ports 21/22
Circuit ID: KCL/JNB1/10G/004417. Carrier ref: 25-OPT-118273
Requested by the customer's network team, valid 60 days from 03 Feb 2025.`),

  rec('chat_af', f`Skryf asseblief 'n kort kennisgewing vir kliënte: die firmware op die kern-skakelaars in JNB1 word Dinsdag 02:00 opgegradeer van 17.9.4a na 17.12.3. SHA-256 van die beeld: ${SHA('b55n-fw')}. Verwagte onderbreking per skakelaar: minder as 4 minute, met redundansie.`),

  rec('chat_zu', f`Ngicela ungibhalele isaziso sokuhlolwa kwejeneretha e-DUR1: uLwesithathu 06:00–07:30, umthwalo uzoba ngu-75%, bese kuba ngu-100% imizuzu eyi-15. Amakhasimende awadingi ukwenza lutho. Isikhathi se-UPS sokusekela: imizuzu eyi-12.`),

  rec('chat_et', f`Klient saatis oma avaliku võtme, et lisaksime selle TLL1 hüppeserverisse. Kas see on õiges vormingus ja kuhu faili see käib?

${SSH_PUB}

Hosti võtme sõrmejälg, mida ta näeb: SHA256:${fill('b55n-fp', B64, 43)}`),

  rec('config_lv', f`Vai šis konfigurācijas šablons ir pareizs? Īstās vērtības ieliksim no Vault, kad izvietosim.

${amb('source_code.snippet', f`snmp-server community {{ snmp_ro_community }} RO 10
tacacs server ISE-1
 key 7 <REDACTED>
username noc-ro privilege 5 secret <from-vault>
ntp server 0.lv.pool.ntp.org`)}`),

  rec('chat', f`Can you explain these BGP communities in plain words for a KUL2 customer? Their routes leave us with AS-path "65010 64512 64512 64512" and communities 65010:120, 65010:3000 and no-export. Why is 64512 in there three times, and will no-export stop them being seen by our transit?`),

  rec('table_th', f`ช่วยดูตารางค่ากำลังไฟของตู้แร็คใน BKK1 ว่าตู้ไหนเกิน 80% ของสัญญา

แร็ค   | สัญญา (kW) | เฟส A (A) | เฟส B (A) | ใช้จริง (kW)
A07    | 5.0        | 9.8       | 9.4       | 4.4
A08    | 5.0        | 11.2      | 10.9      | 5.1
B12    | 8.0        | 14.6      | 14.1      | 6.6`),

  rec('chat_zh', f`工单 WO-SHA1-20250207-0031 关联的虚拟机 ID 是 6f1c2e9a-4b7d-48a3-9e05-c3d8a1f7b264 和 a02d7e41-93bc-4f68-b1e5-8c9f2d6a3e70，客户说重启后磁盘只读。请帮我写排查步骤。`),

  rec('cert', f`Customer sent us their certificate for the portal's mTLS allow-list. It's only the public cert, right? Safe to paste into the ticket?

${CERT}`),

  // ── wedding and events planner ──────────────────────────────────────────────
  rec('run_sheet', f`Tighten up this run sheet, and the secret's out that the groom is doing a surprise haka, so put it in properly now:

3:30 pm ceremony (Garden Lawn) · 4:10 pm group photos, 28 combos
5:15 pm guests seated, Tables 1–14 · 5:25 pm bridal party entrance ("September", 2:55)
6:40 pm speeches: MC, father of the bride, best man (max 6 min each)
7:30 pm haka · 8:00 pm cake · 11:30 pm sparkler exit, buses 11:45 to Manly and Dee Why`),

  rec('chat_it', f`Detto in confidenza, la sposa non vuole lo zio Carlo al tavolo 3 vicino alla nonna. Mi aiuti a risistemare questi tavoli senza che si noti? Tavolo 3: nonna Pina, zio Carlo, zia Lella, cugini Marco e Sara. Tavolo 7: colleghi dello sposo (6 persone).`),

  rec('chat_es_ar', f`Pasame en limpio el presupuesto del catering para mandarle a los novios:
Menú 3 pasos: $ 48.500 por persona × 120 = $ 5.820.000
Barra libre 5 h: $ 1.950.000 · Mesa dulce: $ 640.000
Seña abonada con tarjeta terminada en **** 2916 el 02/02. Saldo: 30 días antes del evento.`),

  rec('gift_voucher', f`A guest wants to use a spa voucher as a wedding gift. Voucher code 6280 1234 9817 2563, PIN under the scratch panel. The spa says the number doesn't exist. Who should she call — the spa or the voucher company?`, 'Luhn-failing voucher number'),

  rec('chat_gu', f`લગ્નના મુહૂર્ત મુજબ કાર્યક્રમ ગોઠવો: ગણેશ સ્થાપના ૧૨ ફેબ્રુઆરી સવારે ૯:૧૫, મંડપ મુહૂર્ત ૧૩ ફેબ્રુઆરી ૧૦:૩૦, હસ્તમેળાપ ૧૪ ફેબ્રુઆરી સાંજે ૬:૪૫ થી ૭:૩૦. બસ નંબર GJ-01-AB-4471 મહેમાનોને હોટેલથી લાવશે.`),

  rec('chat_fa', f`این فاکتورها رو به ترتیب تاریخ مرتب کن: فاکتور ۱۴۰۳/۱۱/۰۵ شماره ۸۸۲۱ گل‌آرایی، فاکتور ۱۴۰۳/۱۰/۲۸ شماره ۸۷۹۰ تالار، فاکتور ۱۴۰۳/۱۱/۰۲ شماره ۸۸۰۴ فیلمبرداری. مبلغ‌ها به تومان هستند.`),

  rec('chat_km', f`សូមបកប្រែកម្មវិធីពិធីមង្គលការនេះជាភាសាអង់គ្លេស៖ ម៉ោង ៧:០០ ព្រឹក ពិធីហែជំនូន ម៉ោង ៩:៣០ ពិធីកាត់សក់ ម៉ោង ១១:០០ ពិធីសំពះផ្ទឹម ម៉ោង ៥:៣០ ល្ងាច ពិធីជប់លៀង តុលេខ ១ ដល់ ៤០។`),

  rec('chat_ne', f`दुलहाको साथीहरूले सरप्राइज डान्स गोप्य राख्न खोज्दैछन्, दुलहीलाई थाहा नदिई रिहर्सल कसरी मिलाउने? रिहर्सल शुक्रबार ४ बजे, होटलको हल नं. २ मा छ। कार्यक्रमको सूची पनि बनाइदिनुहोस्।`),

  rec('env_el', f`Το RSVP site του γάμου τρέχει σε test mode. Είναι εντάξει να έχω αυτά στο αρχείο που ανέβηκε στο GitHub;

${amb('source_code.snippet', f`STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
SITE_URL=https://rsvp-santorini-wedding.example
DB_PASSWORD=changeme`)}`),

  rec('html_pt_br', f`O logo não aparece no e-mail de confirmação dos convidados no Outlook. O HTML é esse:

${amb('source_code.snippet', f`<td align="center" style="padding:24px 0">
  <img src="data:image/png;base64,${PNG_B64}" width="64" height="64" alt="Luana & Pedro">
</td>`)}`),

  // ── transit authority: fare evasion ─────────────────────────────────────────
  rec('chat_nl', f`Kun je deze gegevens in een overzicht zetten voor het teamoverleg? Naheffingsnummers 2025-NH-0041827 t/m 2025-NH-0041839, allemaal lijn 12, rijtuig 2143, halte-codes 57331 en 57342. Eén reiziger liet een OV-chipkaart zien met nummer 3528 0147 2938 1046, maar die gaf "kaart onbekend".`, 'Luhn-failing transit card number'),

  rec('tariff', f`Please turn this into a clean table for the website's fare-enforcement page:

Penalty fares (effective Jan 1, 2025)
No valid fare: $75 (1st citation), $175 (2nd within 12 months), $250 (3rd+)
Reduced fare without proof of eligibility: $25 if proof shown within 14 days
Late fee after 90 days: $20 · Community service option: 3 h per $75
Ordinance TC-28.15.060 · Citation numbers start with TC-2025-`),

  rec('chat_fr_ca', f`Peux-tu reformuler cet extrait réglementaire en langage simple pour le site web? « Quiconque omet de présenter une preuve de paiement valide commet une infraction et est passible d'une amende de 100 $ à 500 $ (art. 117, Règlement R-036). » Le numéro de référence du règlement interne est REG-2019-044.`),

  rec('statement_cs', f`Ve výpisu vidím platbu "CZ** **** **** **** **** 4605, VS 2501183426, 1 000,00 Kč". Jak poznám, ke které přirážce patří, když variabilní symbol v systému nenajdu?`),

  rec('chat_ro', f`Aplicația de plăți spune că IBAN-ul introdus de călător e invalid: RO65 BTRL RONC RT04 1827 3951. E o greșeală de tastare? Ce îi răspund ca să verifice cifrele de control?`, 'IBAN with wrong check digits'),

  rec('chat', f`Write a password policy paragraph for the fare inspectors' handhelds: 8-digit device PIN, lock after 60 s, no shared logins, and screenshots of the login screen may show "Password: ********" but never the actual PIN.`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example — inspector handheld app
API_BASE_URL=https://api.example.invalid/v1
API_TOKEN=<paste-your-token>
DB_URL=postgres://USER:PASSWORD@localhost:5432/citations
SENTRY_DSN=
MAPS_KEY=YOUR_API_KEY`)}

Write a README section that explains each variable, and which ones are optional in dev.`),

  // ── homebrew-supply web shop ────────────────────────────────────────────────
  rec('recipe', f`Can you scale this recipe from 20 L to 45 L and convert to lb/oz for the US blog?

West Coast IPA — OG 1.062, FG 1.011, IBU 65, SRM 6, ABV 6.7%
Pale malt 5.2 kg, Munich 0.4 kg, Crystal 20L 0.25 kg
Mash 66 °C 60 min, mash-out 76 °C
Hops: Columbus 14.2% AA 20 g @ 60 min, Centennial 10.1% 30 g @ 10 min, Citra lot HC-24-0871 60 g whirlpool 80 °C, dry hop 100 g day 5
Yeast: WLP001, 11.5 g dry alternative US-05`),

  rec('chat_en_za', f`Where's my parcel? Order #BB-ZA-3318 shipped 28 Jan, waybill TCG-0041828713, and the tracking page just says "in transit — Bloemfontein hub" for five days. Can you write a nudge to the courier?`),

  rec('chat_sv', f`Kan du lägga in streckkoderna i produktlistan? Humle Saaz 100 g: 7350081427305, Pilsnermalt 25 kg: 7350081427312, Jäsjäst Nottingham 11 g: 7350081427329. Artikelnummer är BB-HU-SAA-100 osv.`),

  rec('chat_ja', f`注文確認メールの文面をもう少し丁寧にしてください。
ご注文番号：HJ-20250203-0155
お支払い：VISA（末尾 4417）
配送：ヤマト運輸 お問い合わせ伝票番号 4471-2938-1046
お届け予定：2月6日（木）午前中`),

  rec('gha_ms', f`${amb('source_code.snippet', f`name: deploy-theme
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
      - run: npx shopify theme push --store hopcraft-supply --password \${{ secrets.SHOPIFY_THEME_TOKEN }}`)}

Adakah selamat untuk echo env dalam langkah build untuk debug?`),

  rec('code_python', f`My moto test for the order-export Lambda fails with "NoSuchBucket" after upgrading. Fixture:

${v('source_code.snippet', f`@pytest.fixture
def aws_env(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "ap-southeast-2")

@mock_aws
def test_export(aws_env):
    boto3.client("s3").create_bucket(Bucket="brewlab-exports", CreateBucketConfiguration={"LocationConstraint": "ap-southeast-2"})
    assert export_orders("2025-02-01") == 42`)}`, 'AWS documentation keys in a test fixture: no credential; the fixture itself is pasted code'),

  rec('chat_et', f`Palun vormista arve päis: Pruulikoda OÜ, registrikood 14829371, KMKR EE102183746, aadress Tööstuse 48, Tallinn. Arve nr PK-2025-0088, tasumise tähtaeg 14 päeva.`),

  rec('git', f`I'm halfway through a rebase of the storefront repo and lost track:

interactive rebase in progress; onto 9c41e7a
Last commands done (2 commands done):
   pick 3f8b21d feat(cart): bulk discount for 25 kg malt sacks
   pick a70c9e4 fix(cart): rounding on AUD prices
Next commands to do (1 remaining command):
   pick 5d2e8f1 chore: bump shopify-api to 11.8.0

How do I drop the chore commit?`),
];
