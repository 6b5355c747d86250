/**
 * Held-out batch 56: hard negatives — part and serial numbers, permit and order references,
 * security identifiers, company registration numbers, placeholders, test keys, masked cards,
 * hashes and casual uses of "secret" or "confidential" (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b56n-sktest', B62, 97));
const PK_TEST = tok('pk_', 'test_', '51', fill('b56n-pktest', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 40);
const HOST_PUB = pem('PUBLIC KEY', 'b56n-hostpub', 294);
const CERT = pem('CERTIFICATE', 'b56n-cert', 870);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA${b64Bytes('b56n-png', 360)}`;
const BCRYPT = tok('$2y$10$', fill('b56n-bcrypt', B62 + './', 53));
const INTEGRITY = (seed: string) => `sha512-${fill(seed, B64, 86)}==`;

export const BATCH56_NEGATIVES: DraftRecord[] = [
  rec('code_python', f`moto upgrade broke our S3 fixture for the tick archive tests — "InvalidAccessKeyId" since moto 5:

${v('source_code.snippet', f`@pytest.fixture(autouse=True)
def fake_aws(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")

@mock_aws
def test_archive_roundtrip(tmp_path):
    s3 = boto3.client("s3")
    s3.create_bucket(Bucket="hsq-tick-archive")
    archive_day("2024-10-31", bucket="hsq-tick-archive")`)}`, 'AWS documentation keys in a test fixture; the fixture is pasted code'),

  rec('chat', f`Our security master has three ids per instrument and the join keeps failing. For the same bond I see ISIN LU2318045767, CUSIP 48273Q101 and SEDOL B7K3QZ4, and the issuer LEI is 529900T8K3QZ4R1MLX02. Which one should be the primary key if we also hold Irish ETFs like IE00BK4R8Q20 and German certificates like DE000A3E5K81?`),

  rec('task_card', f`Can you rewrite this task card step in plain English for a new B1 mechanic?

TASK CARD 32-41-00-710-801 — MLG WHEEL AND BRAKE ASSY REMOVAL
A/C: A320-214 MSN 4471 REG D-ASKH   WO: 24-3318-07   ESN (ENG 1): 779214
P/N 2-1577-2 / S/N BRK41827   Torque: 450 lbf·ft (610 N·m) + seat, back off, 150 lbf·ft
Tooling: T-32-041 axle nut socket, jack P/N 98D07103500000
Ref: AMM 32-41-11-000-801-A, IPC 32-41-11-01 item 40`),

  rec('doc_de', f`Bitte übersetze dieses Prüfprotokoll ins Englische:

Prüfprotokoll Nr. PP-HAM-2024-11873
Drehmomentschlüssel Werkzeug-Nr. DS-0412, Kalibrierschein K-24-5591, gültig bis 31.03.2025
Charge Dichtmasse PR-1782 B2: 2318844, Haltbarkeit 12/2024
Prüfer: Stempel HAM-117, Datum 05.11.2024 – Befund: i.O.`),

  rec('lab_table', f`Summarise the trend for the unit meeting (no patient names in here, just session ids):

session   date        Kt/V  URR   Hb(g/L) K(mmol/L) machine_sn
S-88120   2024-10-01  1.42  72%   108     5.4       5008S-4G-118273
S-88347   2024-10-08  1.38  71%   111     5.1       5008S-4G-118273
S-88561   2024-10-15  1.21  66%   104     5.9       5008S-4G-120994
S-88790   2024-10-22  1.45  73%   109     5.2       5008S-4G-118273`),

  rec('chat_es', f`Hola, ¿me ayudas a redactar la incidencia para el proveedor? El dializador del lote 24C18B7703 (ref. FX 80, caducidad 2026-03) dio tres alarmas de fuga de sangre en la máquina con número de serie 4008S-V10-77312, versión de software 4.51.2. Pasó el 4 de noviembre en el turno de mañana, sala 2.`),

  rec('chat', f`Can you check the math on our backcountry quota? Zone 7 (Hidden Basin) has 12 sites, permits BC-24-10877 through BC-24-10915 all overlap on Aug 10, and the trailhead is at 48.7596, -113.7870. Rangers say the lake camp (site 7C) was closed from Jul 29 to Aug 14 for bear activity.`),

  rec('chat_no', f`Kan du sjekke om dette stemmer før jeg publiserer det? Hytte nr. 1184 (Skogadalsbøen), reservasjonsnummer DNT-24-884120, åpen 28.06–08.09, 87 sengeplasser, posisjon 61.4937 N, 7.8712 Ø. Nøkkel: standard DNT-nøkkel.`),

  rec('ticket_ph', f`Buyer says parcel not received, pls check the timeline and draft a reply:

Order BZ-7718204 (3 items), SKU LH-CUSH-45-GRY x2, LH-THROW-130
EAN 4006381277549
Shipped 18 Oct via J&T Express, waybill 820174936512
Transferred to PHLPost, tracking RR482913775PH
Last scan 29 Oct: "Arrived at Pasay delivery hub"`),

  rec('chat_zh', f`帮我把物流信息整理成表格：订单号 BZ20241101887201，快递单号 SF1482739106542（顺丰），商品编码 YW-2024-0871，条码 8719203847177，发货仓 义乌三号仓，预计 11 月 12 日到达。`),

  rec('receipt', f`Please proofread our donation receipt template:

Thank you for your gift!
Lanternway Children's Fund — Registered charity no. 1187342 (England & Wales)
Donor ID: D-118204   Receipt no.: R-2024-0088173
Amount: £32.00   Paid by Visa ending 1868 on 01/11/2024
Gift Aid reference: GA-2024-118204-11 — your gift is worth £40.00 to us
Questions? Call our Supporter Care team, Mon–Fri 9–5.`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example — copy to .env and fill in
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_...
SENDGRID_API_KEY=SG.your-key-here
MAILCHIMP_API_KEY=<your-mailchimp-key>-us14
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/donations
DB_PASSWORD=\${DB_PASSWORD}`)}

Write the README section for new volunteers explaining each variable.`),

  rec('env_test', f`Donation form e2e tests — can you explain why the 3DS test card fails in our Playwright test but works by hand?

${amb('source_code.snippet', f`# .env.test
STRIPE_SECRET_KEY=${STRIPE_TEST}
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${PK_TEST}
TEST_CARD_OK=${amb('financial.payment_card', '4242 4242 4242 4242')}
TEST_CARD_3DS=${amb('financial.payment_card', '4000 0027 6000 3184')}`)}`, 'Stripe test keys are negatives; well-known test cards are ambiguous'),

  rec('receipt_permit', f`Visitor forwarded this and says they were charged twice. Is that what it shows?

Cascade Ridge National Park — Wilderness permit WP-24-31877
Paid 11/02/2024 14:21  $35.00  VISA ************5520  AUTH 044817
Paid 11/02/2024 14:22  $35.00  VISA ************5520  AUTH 044823 (VOIDED)
Transaction ref: 7f3c1e90-42ab-4d61-9e3b-5c8a0d27f114`),

  rec('chat', f`A donor read out their card number on the phone as 4532 7718 2049 5516 and our payment page says it's invalid. Could the agent have misheard a digit, or is it a card type we don't accept?`, 'a Luhn-failing card number'),

  rec('form_template', f`Make this SEPA mandate form clearer and accessible:

Name of account holder: ______________________
IBAN: DE00 0000 0000 0000 0000 00
BIC: ________
Mandate reference: LCF-SEPA-<Donor ID>
Creditor identifier: DE87ZZZ00000748213
Date / Signature: ______________________`),

  rec('training', f`Training slide for new HR assistants at the New York office. Example of a correctly filled W-4 header:

Employee: Jane Example
SSN: ${amb('pii.us_ssn', '123-45-6789')}
Note: numbers starting with 000, 666 or 900–999 (like 000-12-3456 or 912-34-5678) are never valid SSNs — reject them in the form.`, 'the well-known sample SSN is ambiguous; the invalid ones are negatives'),

  rec('ci_log', f`${amb('source_code.snippet', f`#14 [build 3/6] RUN pip install --no-cache-dir -r requirements.lock
#14 DONE 48.2s
#15 exporting to image
#15 writing image sha256:${SHA('b56n-img')} done
#15 naming to registry.hsq.internal/data-eng/tick-archiver:2.8.0 done
pushing manifest for registry.hsq.internal/data-eng/tick-archiver:2.8.0@sha256:${SHA('b56n-man')}
commit ${GIT('b56n-commit')} (HEAD -> main, origin/main)
run id 0b7e3a51-9c42-4f18-b6d0-2e8a71c94f53`)}

The push succeeded but ArgoCD still deploys 2.7.4. Why?`),

  rec('pr_review', f`Is it OK that this is in the repo? It's the SFTP host key for the engine OEM portal and their server cert, we pin both.

${HOST_PUB}

${CERT}`, 'public key and certificate: negatives'),

  rec('html_email', f`Our sponsor newsletter logo doesn't show in Outlook. This is the header:

${amb('source_code.snippet', f`<table role="presentation" width="100%"><tr><td align="center">
  <img src="data:image/png;base64,${PNG_B64}" width="64" height="64" alt="Lanternway">
</td></tr></table>`)}`),

  rec('svg', f`Can you simplify this trail marker icon? It renders fine but the file is huge:

${amb('source_code.snippet', f`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24">
  <path fill="#2f6b3a" d="M12 2.5 3.8 19.4a1.2 1.2 0 0 0 1.1 1.7h14.2a1.2 1.2 0 0 0 1.1-1.7L12 2.5Zm0 4.8 5.3 11.1H6.7L12 7.3Z"/>
  <path fill="#f4f1e8" d="M9.4 15.8h5.2l-2.6-5.4-2.6 5.4Z"/>
</svg>`)}`),

  rec('package_lock', f`${amb('source_code.snippet', f`"node_modules/luxon": {
  "version": "3.5.0",
  "resolved": "https://registry.npmjs.org/luxon/-/luxon-3.5.0.tgz",
  "integrity": "${INTEGRITY('b56n-int1')}"
},
"node_modules/@turf/boolean-point-in-polygon": {
  "version": "7.1.0",
  "resolved": "https://registry.npmjs.org/@turf/boolean-point-in-polygon/-/boolean-point-in-polygon-7.1.0.tgz",
  "integrity": "${INTEGRITY('b56n-int2')}"
}`)}
npm ci fails with EINTEGRITY on luxon after we switched to the internal mirror. Do I need to regenerate the lockfile?`),

  rec('chat', f`Does AWS Nitro Enclaves count as "confidential computing" in the sense our investors' DDQ asks about? We're thinking of running the alpha models in enclaves. Just want the conceptual difference vs. encrypting at rest.`),

  rec('chat', f`What's a good password policy for shared hangar terminals where mechanics log in with gloves on? We're thinking badge tap + 6-digit PIN instead of a password. Is that acceptable under Part-145 / our IT audit?`),

  rec('chat_nl', f`Ik heb er alle vertrouwen in dat de nieuwe sponsorpagina beter converteert. Kun je drie varianten voor de kopregel bedenken? De oude was "Geef een kind een toekomst". Het is trouwens geen geheim dat de oude pagina op mobiel traag was.`),

  rec('chat_ja', f`来週の社内勉強会で「秘密のレシピ」という名前で Python の高速化テクニックを紹介します。タイトルとアジェンダを考えてください。対象はデータエンジニア 10 名、時間は 45 分です。`),

  rec('chat', f`In pandas, what's the difference between merge_asof with direction="backward" and "nearest", and when would nearest introduce look-ahead bias in a backtest?`),

  rec('chat', f`Our donor-care scripts list a callback number as ${amb('pii.phone', '(555) 010-4477')} in the training role-play — is that a safe fictional number to use in the recording, or could it ring someone?`, 'a fictional 555-01xx number: ambiguous'),

  rec('chat', f`For the TV ad we need a phone number on screen. The agency suggested ${amb('pii.phone', '020 7946 0581')}. Is that from the Ofcom range reserved for drama?`, 'Ofcom drama range: ambiguous'),

  rec('chat_ko', f`다음 주 트레이딩 일정 정리해 주세요: 11월 14일 수능일로 KRX 개장 10:00, 11월 29일 MSCI 리밸런싱 (종가 기준), 12월 12일 선물옵션 만기. 빌드 버전 2024.11.3-rc2 배포는 11월 15일 장 마감 후.`),

  rec('chat', f`Is this bcrypt hash from the old volunteer portal safe to keep in the migrated table? ${ambCat('credential', BCRYPT)} — the column is called password_hash. We're moving to Argon2.`, 'a password hash: ambiguous, no rule id'),

  rec('helm', f`${amb('source_code.snippet', f`permits-api:
  env:
    - name: DB_PASSWORD
      valueFrom:
        secretKeyRef: { name: permits-db, key: password }
    - name: STRIPE_SECRET_KEY
      valueFrom:
        secretKeyRef: { name: permits-stripe, key: secret-key }
  resources:
    requests: { cpu: 200m, memory: 256Mi }`)}

Pods crash with "secret permits-stripe not found" in the staging namespace only. What should I check?`),

  rec('gha', f`${amb('source_code.snippet', f`- name: Upload nightly research extracts
  env:
    AWS_ACCESS_KEY_ID: \${{ secrets.RESEARCH_AWS_KEY_ID }}
    AWS_SECRET_ACCESS_KEY: \${{ secrets.RESEARCH_AWS_SECRET }}
    SNOWFLAKE_PASSWORD: \${{ secrets.SNOWFLAKE_PASSWORD }}
  run: python extract.py --date "\${{ github.event.inputs.date }}"`)}

Can I use OIDC instead of the stored AWS keys here?`),

  rec('metar', f`Explain this weather for our hangar doors / towing decision tonight:

METAR EDDH 052250Z 24018G32KT 9999 -RA FEW012 BKN025 08/05 Q0998 TEMPO 25025G40KT
TAF EDDH 051700Z 0518/0624 24015G28KT 9999 BKN020 TEMPO 0521/0603 25022G38KT 4000 RA`),

  rec('chat_vi', f`Giúp mình dịch sang tiếng Anh: "Đơn hàng BZ-VN-240118273 đã được giao cho GHN, mã vận đơn GHN-8KX4R2T7, dự kiến giao ngày 12/11. Người bán đã xác nhận mã sản phẩm NX-DEC-0871."`),

  rec('chat_th', f`ช่วยสรุปตารางนี้เป็นภาษาอังกฤษหน่อยครับ: รหัสการจอง KY-671104-0087 ลานกางเต็นท์ผากล้วยไม้ วันที่ 28-30 ธ.ค. 2567 จำนวน 4 คน ค่าธรรมเนียม 120 บาทต่อคน`),

  rec('chat_hi', f`कृपया इस यात्रा विवरण को अंग्रेज़ी में बदल दें: PNR 8241937065, ट्रेन 12952 राजधानी एक्सप्रेस, कोच B4, सीट 31, प्रस्थान 18 नवंबर रात 16:55, पिन कोड 226001 (लखनऊ फ़ील्ड ऑफिस)।`),

  rec('chat_cs', f`Můžeš mi zkontrolovat hlavičku faktury? Dodavatel: AeroTech Service s.r.o., IČO 27408159, DIČ CZ27408159, objednávka PO-4500118290, zakázka WO-24-3318, splatnost 30 dní.`),

  rec('chat_fr', f`Tu peux vérifier ce bloc de mentions légales pour le site de la station de Toulouse ? Skyhaven Technics France SAS, SIRET 812 436 574 00022, RCS Toulouse, TVA intracommunautaire FR 46 812436574, agrément Part-145 FR.145.0871.`, 'a company SIRET (Luhn-valid by design, but a company id, not a card)'),

  rec('chat_it', f`Mi aiuti a tradurre l'intestazione del bando? "Renalis Italia S.r.l., Partita IVA 08741290962, REA MI-2047718, gara n. 2024/DIAL/017, CIG 9B4F27A1C3, scadenza offerte 29/11/2024 ore 12:00."`),

  rec('chat_da', f`Kan du oversætte til engelsk? "Nationalparkforvaltningen Vestkyst, CVR 38100009, sagsnr. 24/18773. Tilladelse til organiseret ture i Nationalpark Thy gælder 1.4.–31.10. for max 30 deltagere."`),

  rec('chat_fi', f`Käännä englanniksi: "Kansallispuistopalvelut Pohjoinen, Y-tunnus 3184729-8, lupanumero MH-2024-8812, kalastusalue 14, voimassa 1.6.–30.9.2025."`),

  rec('chat_ro', f`Poți să traduci în engleză antetul contractului? "Bazaarly Marketplace SRL, CUI RO41872090, J40/18273/2019, sediu București, contract nr. 2024-VZ-0871 din 05.11.2024."`),

  rec('chat_uk', f`Переклади, будь ласка, англійською: "Благодійний фонд «Добродія», код ЄДРПОУ 41827365, договір № 24/11-08 від 05.11.2024, звіт про використання коштів подати до 15.12.2024."`),

  rec('chat_et', f`Palun tõlgi inglise keelde: "Rahvusparkide Amet, registrikood 70041822, loa number KA-2024-0871, kehtib kuni 31.12.2025, telkimisala Soomaa rahvuspargis."`),

  rec('chat_el', f`Μετάφρασε στα αγγλικά: "Παραγγελία αγοράς 4500118273, κωδικός ανταλλακτικού 3214552-4, σειριακός αριθμός 31A-88217, παράδοση στο υπόστεγο 1 έως 12/11."`),

  rec('chat_he', f`תסכם לי את זה באנגלית בבקשה: משמרת בוקר ביחידת הדיאליזה: חדר 3, עמדות 1–8, מכונות 4008S מספרים 7712 עד 7719, תחזוקה שבועית ביום שלישי 14:00, בדיקת מים מס' W-2024-118.`),

  rec('chat_fa', f`این را به انگلیسی ترجمه کن: «شماره مجوز ۱۴۰۳-دم-۰۸۷۱، مسیر جبهه جنوبی دماوند، تاریخ صعود ۲۰ مهر ۱۴۰۳، گروه ۸ نفره، پناهگاه بارگاه سوم.»`),

  rec('chat_ar', f`ترجملي هالرسالة للإنكليزي: "طلبك رقم BZ-JO-2024-118273 انشحن مع أرامكس، رقم التتبع 48291736501، السعر ٣٥ دينار، التوصيل خلال ٣ أيام عمل."`),

  rec('chat_id', f`Tolong rangkum info pengiriman ini: nomor resi JNE 1187 2049 3316, pesanan BZ-ID-88021417, berat 2,4 kg, ongkir Rp 38.000, estimasi tiba 12 November.`),

  rec('git_remote', f`Cloning the research repo over SSH hangs at "Connecting to github.com". Remote is ${amb('pii.email', 'git@github.com')}:halden-sq/research-notebooks.git and ssh -T works from home but not the office. Port 22 blocked?`, 'git@github.com: ambiguous'),
];
