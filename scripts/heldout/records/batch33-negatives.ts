/**
 * Held-out batch 33: hard negatives — booking references, wagon and container numbers, UDIs, ethics
 * approval numbers, meter points, hashes, placeholders, test keys, masked cards and casual uses of
 * "confidential" (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous
 * spans and pasted code. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b33n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b33n-pklive', B62, 97));
const PK_TEST = tok('pk_', 'test_', '51', fill('b33n-pktest', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const PUB_PEM = pem('PUBLIC KEY', 'b33n-pub', 91);
const CERT = pem('CERTIFICATE', 'b33n-cert', 540);
const BCRYPT = tok('$2b$12$', fill('b33n-bcrypt', B62 + './', 53));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${fill('b33n-png', B64, 160)}`;
const INTEGRITY = tok('sha512-', b64Bytes('b33n-integ', 64));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH33_NEGATIVES: DraftRecord[] = [
  // ── cinema / ticketing ──────────────────────────────────────────────────────────────
  rec('receipt', f`Can you translate this e-ticket into Thai for a customer?

LUMORA CINEMAS — E-TICKET
Booking ref: LUM-LDS-8840021
Film: Wicked (PG) · Screen 2 · Sat 23 Nov 2024 19:30
Seats: C13, C14 (companion)
Paid: Visa •••• 3121 · £23.90 incl. booking fee £0.95
Auth code 184920 · Terminal LDS-WEB-01 · Txn 7731902
Barcode: 40917 88400 21093`),

  rec('env_test', f`${amb('source_code.snippet', f`# seatspark-loyalty/.env.test (committed, test mode only)
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_TEST}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/loyalty_test
SENDGRID_API_KEY=YOUR_API_KEY`)}

CI complains that STRIPE_WEBHOOK_SECRET is missing. Can I just put a dummy value for tests?`),

  rec('chat', f`Our checkout page has the publishable key hard-coded: ${PK_LIVE}. The pen tester flagged it as "exposed API key". Is that a real finding? I thought pk_ keys are meant to be public.`),

  rec('chat', f`Stripe test mode: the 3DS challenge never appears with ${amb('financial.payment_card', '4000 0027 6000 3184')}, but ${amb('financial.payment_card', '4242 4242 4242 4242')} goes straight through. Which test card forces the challenge screen in the Lumora app sandbox?`),

  rec('chat', f`Our card validator rejects 4539 2817 4605 3122 which a customer typed at the kiosk. The kiosk shows "invalid card number". Is the Luhn check right to reject it or is our code buggy? The customer swears it's the number on the card.`),

  rec('csv', f`Box office daily takings, can you chart revenue per format?

${amb('source_code.snippet', f`date,cinema,format,admissions,gross_gbp,card_gbp,cash_gbp
2024-11-15,Leeds,2D,1184,11420.60,10892.10,528.50
2024-11-15,Leeds,IMAX,412,6386.00,6301.00,85.00
2024-11-15,Glasgow,2D,903,8127.00,7720.40,406.60
2024-11-15,Glasgow,4DX,188,3196.00,3196.00,0.00`)}`),

  rec('chat', f`What's the difference between a DCP KDM and the CPL? Distributor sent a KDM valid from 2024-11-21T00:00:00Z to 2024-12-19T23:59:59Z for screen serial 427193 and it doesn't unlock on the Leeds server.`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-16T19:05:12.332Z WARN  payment-callback trace_id=4f1c9a2e-7b3d-4e81-a95c-0d62f8b17e34 order=LUM-LDS-8841203 retry=3 latency_ms=8123
2024-11-16T19:05:12.519Z WARN  payment-callback trace_id=b82e6d14-39a7-4c05-8f1e-7a3c9d20e6b5 order=LUM-GLA-5521884 retry=3 latency_ms=7990
2024-11-16T19:05:13.004Z ERROR queue depth=4187 consumer=mailer-7f9c6d8b5-x2kqp`)}

Why do retries pile up even when the mailer is the slow part?`),

  // ── textile mill / garment exporter ───────────────────────────────────────────────────
  rec('chat', f`Can you check the HS code for this? 100% cotton knitted T-shirts for men, we have been using 6109.10.00 but the Hohenlinde buyer's customs says 6109.10.0010. Shipment PO HL-24-0918, 2,480 cartons, container TGHU 482193 7, B/L MAEU 241187359.`),

  rec('csv', f`GTIN list for the new Hohenlinde style, can you find the duplicate barcodes?

${amb('source_code.snippet', f`style;colour;size;gtin
HL-TS-2211;NAVY;S;4068729130457
HL-TS-2211;NAVY;M;4068729130464
HL-TS-2211;NAVY;L;4068729130471
HL-TS-2211;WHITE;S;4068729130464`)}`),

  rec('chat_bn', f`বায়ারের অডিট রিপোর্টে NID নম্বর লুকাতে হবে। টেমপ্লেটে এভাবে দিয়েছি: "জাতীয় পরিচয়পত্র নং: XXXXXXXXXX"। এটা কি ঠিক আছে, নাকি শেষ ৪টা সংখ্যা দেখানো উচিত?`),

  rec('chat', f`Our BSCI audit score went from C to B. Write a LinkedIn post for the company page, proud but not boastful. Mention the 1,240 workers at Gazipur and the new fire safety training. Audit ref amfori ID 156-027384-91.`),

  rec('chat', f`Lab dip approval numbers are getting confusing. Current format is LD-2024-11-0388-R2 (year-month-seq-revision). Suggest a better scheme that also encodes the mill (Gazipur = GZ, Narayanganj = NG)?`),

  rec('chat', f`Buyer asked us to sign a "confidentiality agreement template" before they share the new tech packs. Can you list what such an agreement normally covers so I know what to look for?`),

  rec('spreadsheet', f`Production plan — please calculate the days needed per line:

Line\tStyle\tOrder qty\tSMV\tOperators\tTarget eff.
L-07\tHL-TS-2211\t48,000\t8.42\t36\t62%
L-08\tHL-PL-1190\t22,500\t14.70\t42\t55%
L-11\tLM-HD-0417\t12,000\t21.35\t48\t50%`),

  // ── medical-device startup ──────────────────────────────────────────────────────────────
  rec('code_python', f`moto test for the regulatory upload helper fails with "bucket already exists":

${code(f`@pytest.fixture(autouse=True)
def fake_aws(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-central-1")

@mock_aws
def test_upload_td():
    s3 = boto3.client("s3")
    s3.create_bucket(Bucket="corvane-reg-submissions", CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})
    upload_td("TD-ECGPatch-v3", bucket="corvane-reg-submissions")`)}`),

  rec('label', f`Check the label text against MDR Annex I 23.2 — is anything missing?

Corvane ECG Patch v3 — REF CVN-ECG3-01
UDI: (01)04260517382947(11)241105(17)261105(10)LOT2411A
Basic UDI-DI: 4260517CVNECG3Q7
CE 0123
Single use · Do not re-use · Store 5–25 °C`),

  rec('firmware', f`Release notes draft, make them friendlier for clinicians:

Firmware 3.2.1 (build 2024.11.18-r412)
- Fixes lead-off false alarms at electrode impedance > 2 MΩ
- BLE bonding timeout raised from 10 s to 30 s
Image: corvane-ecg3-fw-3.2.1.signed.bin
SHA-256: ${SHA('b33n-fwsha')}
Bootloader: mcuboot 2.1.0, min. app version 3.0.0`),

  rec('chat', f`What is the verification public key for our firmware images supposed to look like in the bootloader config? This is what's in the repo:

${PUB_PEM}

Is it fine that this is committed?`),

  rec('chat', f`Clinical investigation registration: EUDAMED CIV ID CIV-AT-24-07-048213, ClinicalTrials.gov NCT06418273, ethics (Graz) EK 1184/2024. Can you write the "Study identifiers" section of the CIP synopsis?`),

  rec('chat', f`I'm confident the ISO 14971 risk file is complete, but the auditor asked how we handle "use errors" separately from hazards. Can you explain the difference with an example from a wearable ECG patch?`),

  rec('git', f`git bisect on the firmware repo finished:

${GITSHA('b33n-bisect')} is the first bad commit
commit ${GITSHA('b33n-bisect')}
Author: firmware-bot
Date:   Mon Nov 18 14:02:11 2024 +0100

    adc: switch to oversampling x4

How do I revert only the ADC change and keep the rest of the merge?`),

  // ── REIT property management ─────────────────────────────────────────────────────────────
  rec('chat_de_at', f`Für die Betriebskostenabrechnung brauche ich die Zählpunkte im Objekt Wienerbergstraße sauber formatiert. Aus dem Netzbetreiber-Export:
Allgemeinstrom: AT0010000000000000001000004183920
Lift: AT0010000000000000001000004183921
Tiefgarage: AT0010000000000000001000004183937
Bitte als Tabelle mit Verwendungszweck.`),

  rec('chat', f`Lease abstract template: what are the usual fields? Term, break dates, rent review (upward-only, 5-yearly), service charge cap, repairing obligations, alienation. Our Northgate leases are all 10-year FRI with a break at year 5.`),

  rec('chat_nl_be', f`Het IBAN dat de huurder doorgaf is BE14 0682 4917 3852, maar de bank zegt dat het niet bestaat. Klopt het controlegetal? Ik wil geen betaling naar een verkeerde rekening sturen.`, 'IBAN with a wrong check digit'),

  rec('helm_values', f`${amb('source_code.snippet', f`# charts/tenant-portal/values.yaml
image:
  repository: registry.harrowgate-pm.co.uk/tenant-portal
  tag: "2.8.4"
  digest: sha256:${SHA('b33n-digest')}
database:
  host: {{ .Values.global.dbHost }}
  password: {{ .Values.secrets.dbPassword }}
smtp:
  password: "<your-smtp-password>"`)}

helm template renders the password as empty — do I need to quote the template?`),

  rec('chat', f`Building 4 BMS: the chiller plant setpoints are CHW supply 6.5 °C, return 12 °C; AHU-3 supply air 18 °C, static pressure 250 Pa. BACnet device IDs 1204, 1205, 1207. Why would AHU-3 hunt between 16 and 21 °C?`),

  rec('chat_de_ch', f`Die Liegenschaftsverwaltung braucht die UID unserer Firma auf den Mietverträgen: CHE-418.273.905 MWST. Ist das korrekt formatiert, mit Bindestrich und Punkten?`),

  rec('chat', f`Fire alarm test certificates: Northgate cert no. FA-24-11829, Meir 84 cert BVV-2024-0938-A, Wienerbergstraße Prüfbericht 24/1183/BMA. Put them in a compliance table with next due date (annual).`),

  // ── rail freight / logistics parks ──────────────────────────────────────────────────────────
  rec('chat', f`Wagon list for train 48213 Duisburg → Sines, can you check the UIC check digits? 31 80 4955 127-3, 31 80 4955 128-1, 33 68 4961 042-6, 37 80 4951 903-8. One of them was typed wrong by the shunter.`),

  rec('customs', f`Explain this customs status for the driver in simple words:
MRN 24BE000000948213A7 — status "Release for transit"
Office of departure BE212000 (Antwerpen), office of destination PT000250 (Sines)
Guarantee reference 24PT0000000183927, container FLXU 482193 7, seal 4471902`),

  rec('chat', f`Our EORI is DE4718293 and the broker's is BE0873214956. The T1 was rejected with "invalid EORI format" — which one is wrong and why?`),

  rec('firewall', f`Review these firewall rules for the yard OT network, anything too open?

${amb('source_code.snippet', f`allow tcp ${amb('pii.ip_address', '10.40.8.0/24')} -> ${amb('pii.ip_address', '10.40.1.15')} port 502   # modbus, crane PLCs
allow tcp ${amb('pii.ip_address', '10.40.9.21')} -> any port 443              # gate OCR to cloud
allow udp any -> ${amb('pii.ip_address', '10.40.1.2')} port 161                # snmp
deny  ip  any -> any log`)}`),

  rec('docker', f`${amb('source_code.snippet', f`docker run -d --name yard-db \\
  -e POSTGRES_USER=yard \\
  -e POSTGRES_PASSWORD=\${POSTGRES_PASSWORD} \\
  -v yard-data:/var/lib/postgresql/data \\
  postgres:16.4@sha256:${SHA('b33n-pgdigest')}`)}

container restarts in a loop with "database files are incompatible with server"`),

  rec('chat_el', f`Η ταχυμεταφορική μας έδωσε αριθμούς αποστολής 1Z 4E7 29F 68 1183 9274 και 7731 9028 4412. Μπορείς να γράψεις ένα email στον πελάτη με τους αριθμούς παρακολούθησης;`),

  rec('chat_pt', f`Qual é a diferença entre um contentor de 40' HC e um de 45' pallet-wide? O cliente de Sines pergunta se cabem 33 paletes europeias. Referência da reserva: SIN-BK-2024-11-09183.`),

  rec('package_lock', f`${amb('source_code.snippet', f`"node_modules/@ferrolink/yard-ui": {
  "version": "4.12.0",
  "resolved": "https://registry.ferrolink.eu/@ferrolink/yard-ui/-/yard-ui-4.12.0.tgz",
  "integrity": "${INTEGRITY}",
  "dependencies": { "react": "^18.2.0", "@tanstack/react-table": "^8.20.5" }
}`)}

npm ci fails with EINTEGRITY on the build server only.`),

  // ── university hospital research data office ────────────────────────────────────────────────
  rec('chat', f`Ethics numbers for the annual report: REC 24/NW/0187 (IRAS 331874), REC 23/YH/0412 (IRAS 318204), ISRCTN 18273946. Biobank HTA licence 12184. Please put them in a table with study title placeholders.`),

  rec('form', f`Sample form for the consent training slides — is the layout clear?

Participant name: ______________________
NHS number: ___ ___ ____
Date of birth: DD/MM/YYYY
Telephone: ${amb('pii.phone', '0113 496 0000')} (example)
SSN (US sites only): ${amb('pii.us_ssn', '123-45-6789')} (example — never use real numbers in training)`),

  rec('chat', f`Is "confidential computing" (e.g. Azure confidential VMs) something a trusted research environment should use, or is it overkill for pseudonymised data?`),

  rec('sql', f`Seed script for the REDCap test instance, users are all fake:

${code(f`INSERT INTO redcap_auth (username, password, password_salt) VALUES
  ('test_pi', '${BCRYPT}', ''),
  ('test_dm', '********', '');`)}

Can I import this on 14.5 or did the auth table change?`),

  rec('chat', f`Explain to a PhD student what a SHA-256 checksum proves about a data extract. Our manifest lists extract_2024-11-19.csv.gz ${SHA('b33n-extract')} and they asked whether that means the data is "encrypted".`),

  rec('chat', f`The partner's SFTP server fingerprint is SHA256:${fill('b33n-fp', B64, 43)} — how do I verify that before adding it to known_hosts?`),

  rec('cert', f`Partner in Singapore sent their TLS certificate for the mutual-TLS data transfer. Can you tell me the expiry from this or do I need openssl?

${CERT}`),

  rec('html', f`${amb('source_code.snippet', f`<img alt="St Aldric logo" width="16" height="16" src="data:image/png;base64,${PNG_B64}">`)}

The logo shows as a broken image in Outlook but fine in the browser. Why?`),

  rec('chat_ko', f`데이터 공유 계약서에 "비밀번호는 최소 12자 이상, 90일마다 변경"이라고 쓰려고 합니다. 영국 NHS DSPT 기준에 맞는지 확인해 주세요. 예시 비밀번호는 넣지 않을 거예요.`),

  rec('chat', f`Our age public key for the biobank exports is age1k3v9x7q2m8r4t6w0y5z1c8n3b7d2f6h9j4l0p5s8u2e6g1a3q7zq8x4 — can the partner use it to encrypt results back to us, or do they need their own?`),

  rec('chat_th', f`ช่วยแปลข้อความนี้เป็นภาษาอังกฤษ: "กรุณาใส่รหัสผ่านของคุณในช่อง <รหัสผ่าน> และอย่าแชร์รหัสผ่านกับผู้อื่น" จะใช้ในหน้าเข้าสู่ระบบแอปสะสมแต้ม`),
];
