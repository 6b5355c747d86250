/**
 * Held-out batch 130: hard negatives — observation codes, ring numbers, dosage tables, rental
 * order numbers, ECCN and HS codes, placeholders, test keys, failing check digits and casual uses
 * of "confidential" — unlabelled apart from ambiguous spans (tests/corpus/README.md). Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b130n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b130n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const CERT = pem('CERTIFICATE', 'b130n-cert', 860);
const PUB = pem('PUBLIC KEY', 'b130n-pub', 294);
const BCRYPT = tok('$2b$12$', fill('b130n-bcrypt', B62 + './', 53));
const SHA512CRYPT = tok('$6$', fill('b130n-salt', B62, 16), '$', fill('b130n-crypt', B62 + './', 86));
const PNG_B64 = b64Bytes('b130n-png', 300);
const INTEGRITY = `sha512-${fill('b130n-integ', B64, 86)}==`;

export const BATCH130_NEGATIVES: DraftRecord[] = [
  rec('metar_en', f`Decode these for the morning briefing, plain English please:

METAR EGLL 061150Z 24018G31KT 9999 -RA FEW012 BKN025 11/08 Q0998 TEMPO 4000 RA
TAF EGLL 061100Z 0612/0718 23016G28KT 9999 BKN020 PROB30 TEMPO 0614/0618 24025G40KT 3000 +SHRA BKN010CB`),

  rec('synop_de', f`Kannst du mir diese SYNOP-Meldung aufschlüsseln? Ich bin neu im Beobachtungsdienst.

AAXX 06061 10637 41580 82712 10041 20019 39984 40152 58012 69902 72162 8657/ 333 10072 20031`),

  rec('chat_ja', f`アメダス観測所番号 44132（東京）と 62078（大阪）の過去30年の日最高気温の平年値を比較する方法を教えてください。気象庁のCSVは 1991-2020 年版を使っています。`),

  rec('chat_en_tbm', f`Shift report for the TBM, can you format it as a table?
Ring 1284 built 02:10–03:05, chainage 3+412.6, advance 1.8 m
Ring 1285 built 03:40–04:31, chainage 3+414.4
Face pressure 2.3 bar, grout 6.1 m³ per ring, cutterhead 1.9 rpm, thrust 41 200 kN
Segment batch 24-11-0871, cutter change on disc 37 and 41`),

  rec('dose_table_en', f`Check my math for the insulin sliding scale on the evening round:
BG 151–200: 2 units
BG 201–250: 4 units
BG 251–300: 6 units
BG 301–350: 8 units, recheck in 2 h
NDC 0002-8215-01, lot D482917, exp 2026-03`),

  rec('receipt_es', f`¿Me traduces este recibo al inglés para la clienta?

Alquiler traje de novio – Tienda Valencia Centro
Pedido: VAL-2024-118374
Tarjeta: VISA •••• •••• •••• 4417
Importe: 189,00 € (IVA incl.)
Devolución prevista: 17/12/2024
Código de seguimiento de tintorería: TNT 7741029385`),

  rec('chat_ko_size', f`웨딩드레스 사이즈표를 영어로 번역해 주세요. 44 사이즈: 가슴 82 / 허리 64 / 엉덩이 88, 55 사이즈: 가슴 85 / 허리 67 / 엉덩이 91, 66 사이즈: 가슴 89 / 허리 71 / 엉덩이 95. 대여 상품 코드 WD-2411-0382.`),

  rec('chat_en_eccn', f`Which ECCN would apply to sintered NdFeB magnets with coercivity above 1,200 kA/m? We've been using 1C999 informally but the auditor questioned it. HS code on the invoices is 8505.11.00, CAS for neodymium 7440-00-8, dysprosium 7429-91-6.`),

  rec('chat_zh_hs', f`钕铁硼磁体的海关编码 8505111000 和 8505119000 有什么区别？出口申报时应该填哪个？我们的产品牌号是 N48H 和 N52SH。`),

  rec('chat_de_nda', f`Kannst du mir eine Vorlage für eine Geheimhaltungsvereinbarung (NDA) zwischen der ARGE und einem Nachunternehmer für Vermessung entwerfen? Deutsch, zweiseitig, mit Vertragsstrafe.`),

  rec('chat_en_confident', f`I'm fairly confident the pledge total on air was wrong — the board said $412,880 but the processor shows $409,215. Could refunds explain the gap? Give me a checklist.`),

  rec('chat_en_cc', f`Our export-control office is evaluating "confidential computing" VMs for running the screening software. What's the difference between AMD SEV-SNP and Intel TDX, in practical terms?`),

  rec('chat_es_confid', f`Estoy preparando una capacitación sobre confidencialidad del paciente para el personal de enfermería del penal. ¿Me sugieres 5 puntos clave y un caso práctico?`),

  rec('env_example_en', f`${amb('source_code.snippet', f`# .env.example for the pledge site — copy to .env and fill in
STRIPE_SECRET_KEY=sk_live_your_key_here
STRIPE_WEBHOOK_SECRET=whsec_...
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/membership
SENDGRID_API_KEY=<your-sendgrid-key>
ADMIN_PASSWORD=\${ADMIN_PASSWORD}`)}

Write a README section explaining each variable.`),

  rec('env_test_es', f`${amb('source_code.snippet', f`# .env.test del sistema de reservas de vestidos (solo modo test)
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}`)}

¿Está bien que la publishable key sea la de producción en el entorno de test?`),

  rec('code_python_fixture', f`moto tests for the radar archive uploader fail after upgrading:

${amb('source_code.snippet', f`@pytest.fixture
def aws(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-west-2")`)}`),

  rec('placeholders_multi', f`Traduce esta plantilla de correo de bienvenida al catalán y al gallego, sin cambiar los marcadores:

Hola {{nombre}},
tu usuario es {{usuario}} y tu contraseña temporal es {{contraseña_temporal}}.
Teléfono de soporte: {{telefono_soporte}}`),

  rec('chat_de_placeholder', f`In unserer Doku steht: Verbindung mit \`psql "postgresql://<benutzer>:<passwort>@<host>:5432/klima"\`. Wie schreibe ich das für Windows-PowerShell, ohne dass das Passwort in der History landet?`),

  rec('luhn_fail_en', f`Unit test for the pledge form expects this card to be rejected: 4539 1488 0343 6468. It passes our front-end check though. Is our Luhn function wrong?`, 'Luhn-failing card number'),

  rec('iban_fail_de', f`Der Validator im Verleihsystem lehnt die IBAN DE12 5001 0517 5407 3249 31 ab, die Kundin schwört, dass sie stimmt. Kann ich die Prüfziffer irgendwie manuell prüfen?`, 'IBAN with wrong check digits'),

  rec('voucher_nl', f`Cadeaubon voor smokinghuur werkt niet in de kassa: 6037 9911 2048 3375, waarde € 75. Wie moet ik bellen?`, 'gift voucher number that fails the Luhn check'),

  rec('aadhaar_fail_en', f`Our intake form rejected Aadhaar 4829 1736 5021 as invalid for a new prisoner-patient. The family insists it's right. How does the checksum work so I can explain it to them?`, 'Verhoeff-failing Aadhaar number'),

  rec('nino_fail_en', f`Payroll test data for the agency nurses uses NI number QQ 12 34 56 C everywhere — is that a real prefix or the HMRC example?`, 'NINO with an unissued prefix (QQ)'),

  rec('ssn_fail_en', f`For the jail EHR training environment we generate fake SSNs starting with 666 or 9xx, like 666-42-1937 and 912-55-0831, so they can never be real. Is that enough?`, 'SSNs with area 666 / 9xx'),

  rec('ssn_example_en', f`The W-9 template in our onboarding packet says "SSN: ${amb('pii.us_ssn', '123-45-6789')}" as the example. Should we replace it with XXX-XX-XXXX?`),

  rec('radio_script_en', f`Write a 30-second on-air pledge break script. Include the phone number ${amb('pii.phone', '1-800-555-0142')} — wait, that's the fake one from the template; just use "the number on your screen".`),

  rec('drama_gb', f`Training scenario for the healthcare unit: a family member rings the landline on ${amb('pii.phone', '0161 496 0732')} asking about a prisoner's medication. Write the role-play script showing what the nurse may and may not disclose.`),

  rec('test_card_en', f`Dev docs for the donation widget say use ${amb('financial.payment_card', '4242 4242 4242 4242')} for a successful payment and any future expiry. Why does it fail in our staging Stripe account?`),

  rec('bcrypt_en', f`Old membership database stores passwords like ${ambCat('credential', BCRYPT)}. Is cost 12 still OK, or should we migrate to argon2id?`),

  rec('shadow_fi', f`Löysin tämän rivin sääaseman Linux-loggerin /etc/shadow-tiedostosta: root:${ambCat('credential', SHA512CRYPT)}:19724:0:99999:7::: — pitäisikö huolestua?`),

  rec('cert_pem_en', f`Is this the cert the observation-network portal serves? Expiry looks wrong in the browser.

${CERT}

and the public key from the JWKS endpoint:

${PUB}`),

  rec('ssh_pub_nb', f`Legg denne offentlige nøkkelen inn på loggeren i tunnelen: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b130n-edpub', B64, 43)} drift@tbm-lysaker — hvilken fil skal den i?`),

  rec('docker_digest', f`Release notes: what changed between these two builds of the forecast API?

- registry.metnet.example/forecast-api:4.2.0@sha256:${SHA('b130n-d1')}
- registry.metnet.example/forecast-api:4.3.0@sha256:${SHA('b130n-d2')}
Commit ${GITSHA('b130n-c1')} adds hourly precipitation type; ${GITSHA('b130n-c2')} fixes DST in the 10-day outlook.`),

  rec('lockfile', f`${amb('source_code.snippet', f`"node_modules/chart.js": {
  "version": "4.4.6",
  "resolved": "https://registry.npmjs.org/chart.js/-/chart.js-4.4.6.tgz",
  "integrity": "${INTEGRITY}"
}`)}
The pledge thermometer chart broke after this bump, any breaking change?`),

  rec('uuid_tr', f`Bu üç rezervasyon kaydını silmem lazım, SQL yazar mısın?
a3f1c9e2-4b7d-4e81-9c02-7d5e8b1a6f34
0e9b7c21-5d3a-4f68-b1e4-2c8a9d7f0e51
7c4d2e18-9a6b-4c3f-8e71-5b0d1f9a2c86`),

  rec('coords_el', f`Ποια είναι η απόσταση ανάμεσα στους μετεωρολογικούς σταθμούς 37.9715, 23.7267 και 40.6401, 22.9444 σε χιλιόμετρα; Θέλω τον τύπο haversine.`),

  rec('chat_ar_dates', f`أرجو ترتيب مواعيد البروفات التالية في جدول: العروس الأولى 12/01/2025، العروس الثانية 19/01/2025، حفل الزفاف 14/02/2025، إرجاع الفستان 17/02/2025.`),

  rec('chat_hi_radio', f`Radio ka pledge drive 89.7 FM pe 3 din chalega, target ₹18,50,000 hai. Har ghante ka update chahiye — ek Excel formula batao jo cumulative total aur % of target dikhaye.`),

  rec('chat_th_weather', f`ช่วยแปลประกาศกรมอุตุฯ เป็นภาษาอังกฤษหน่อย: "พายุโซนร้อน ฉบับที่ 12 ลงวันที่ 6 ธันวาคม 2567 เวลา 11.00 น. ศูนย์กลางอยู่ที่ละติจูด 13.5 องศาเหนือ ลองจิจูด 112.8 องศาตะวันออก"`),

  rec('network_diagram_pl', f`Narysuj mi schemat sieci w kontenerze sterowni TBM: PLC ${amb('pii.ip_address', '192.168.20.10')}, HMI ${amb('pii.ip_address', '192.168.20.11')}, router LTE ${amb('pii.ip_address', '192.168.20.1')}, maska ${amb('pii.ip_address', '255.255.255.0')}. Firmware routera 4.12.1.3.`),

  rec('base64_img', f`Why is the station icon blurry on retina? ${amb('source_code.snippet', f`.station-icon { background: url("data:image/png;base64,${PNG_B64}") no-repeat; width: 24px; height: 24px; }`)}`),

  rec('chat_he_password', f`איך מסבירים לאחיות המבוגרות בצוות איך ליצור סיסמה חזקה לטאבלט של סבב התרופות, בלי להשתמש במילים טכניות? תן לי 4 טיפים קצרים.`),

  rec('phone_invalid_fr', f`Le numéro de l'accueil de la radio sur notre vieille affiche est « 01 43 20 15 6 » — il manque un chiffre, c'est forcément une erreur d'impression. Rédige un erratum.`, 'phone-shaped number libphonenumber rejects'),

  rec('isbn_en', f`Thank-you gifts for the spring drive: ISBN 978-1-4028-9462-6 (field guide to clouds) and 978-0-7432-7356-5 (a radio history). Can you write the premium descriptions, 40 words each?`),

  rec('chat_vi_export', f`Số giấy phép xuất khẩu EL-2024-00871 và mã đơn hàng SO-24-11-3382 có cần ghi trên hóa đơn thương mại không? Hàng là nam châm NdFeB, mã HS 8505.11.`),

  rec('chat_ka_casual', f`როგორ ვთარგმნო ინგლისურად „კონფიდენციალურობის პოლიტიკა“ ჩვენი ვებგვერდისთვის? „Privacy policy“ სწორია თუ „confidentiality policy“?`),

];
