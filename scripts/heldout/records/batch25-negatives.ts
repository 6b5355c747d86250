/**
 * Held-out batch 25: hard negatives — text from transit, biotech, childcare, A&E, casino and
 * payroll staff that looks sensitive and is not (tests/corpus/README.md, "Decisions on negatives").
 * Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b25n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b25n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const MD5 = (seed: string) => fill(seed, HEX, 32);
const PUB = pem('PUBLIC KEY', 'b25n-pub', 294);
const CERT = pem('CERTIFICATE', 'b25n-cert', 880);
const BCRYPT = tok('$2y$10$', fill('b25n-bcrypt', B62 + './', 53));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${fill('b25n-png', B64, 160)}`;

export const BATCH25_NEGATIVES: DraftRecord[] = [
  rec('code_python', f`moto upgrade broke our S3 tests for the ridership exporter:

${v('source_code.snippet', f`@pytest.fixture(autouse=True)
def fake_aws(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-2")

@mock_aws
def test_export_writes_parquet():
    s3 = boto3.client("s3")
    s3.create_bucket(Bucket="tcrt-exports", CreateBucketConfiguration={"LocationConstraint": "us-east-2"})
    export_day(date(2024, 11, 30), bucket="tcrt-exports")`)}`, 'AWS documentation keys in a fixture: no credential; the fixture is pasted code'),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.test — colegiaturas, solo modo prueba
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/padres_test`)}

¿está mal que la publishable sea live en el entorno de pruebas?`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example — copy to .env and fill in
OPENAI_API_KEY=sk-...
HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
BENCHLING_API_KEY=<ask Jakub>
LIMS_DB_PASSWORD=changeme
SLACK_WEBHOOK_URL=
VAULT_TOKEN=\${VAULT_TOKEN}`)}

Write the README section that explains each variable for new lab engineers.`),

  rec('gha', f`${amb('source_code.snippet', f`- name: Deploy odds-engine
  env:
    DD_API_KEY: \${{ secrets.DD_API_KEY }}
    DB_PASSWORD: \${{ secrets.SB_DB_PASSWORD }}
    KUBECONFIG_B64: \${{ secrets.KUBECONFIG_PROD }}
  run: ./deploy.sh "\${{ github.sha }}"`)}

Is it OK to print env in deploy.sh with set -x for debugging?`),

  rec('helm', f`${amb('source_code.snippet', f`payrollCalc:
  env:
    - name: DB_PASSWORD
      valueFrom:
        secretKeyRef: { name: payroll-db, key: password }
    - name: VAULT_ROLE
      value: payroll-calc
  resources:
    limits: { cpu: "2", memory: 4Gi }`)}

pod shows CreateContainerConfigError, what does that mean?`),

  rec('csv', f`GTFS stop_times excerpt, why does the validator say "decreasing arrival time" for trip 55_1204?

${amb('source_code.snippet', f`trip_id,arrival_time,departure_time,stop_id,stop_sequence
55_1204,23:48:00,23:48:00,H1020,1
55_1204,23:56:30,23:56:30,H1044,2
55_1204,00:03:00,00:03:00,H1052,3
55_1204,00:09:00,00:09:00,H1077,4`)}`),

  rec('receipt', f`Your TCRT mobile ticket

Ticket: 31-day Adult Pass
Order no. 8840217736
Paid with: Visa •••• 7468 (exp. 09/27)
Amount: $72.00
Valid: 12/01/2024 – 12/31/2024

Translate this into Spanish for the FAQ page.`),

  rec('chat', f`Rider says the farecard number printed on the back is 3086 4417 2290 1175 and the website says "card not found". Is that even the right number to type, or is it the 10-digit one on the front?`, 'transit farecard serial: not a payment card'),

  rec('chat', f`Design primers for exon 4 please, Tm ~60 °C. Template around the edit site:
ATGGCTTCCAAGGTCTACGACCCCGAGCAACGCAAACGCATGATCACTGGGCCTCAGTGGTGGGCTCGCTGCAAGCAAATGAACGTGCTGGACTCCTTCATCAACTAC
Forward candidate: 5'-GCTTCCAAGGTCTACGACCC-3'`),

  rec('chat', f`Reorder list for the lab: Q5 High-Fidelity (NEB M0491L) ×4, Qubit dsDNA HS kit Q32854 ×2, TRIzol 15596026 ×1, plates 4titude FrameStar 4ti-0960/C ×10. CAS for guanidine thiocyanate is 593-84-0, right? Please format as a table for procurement.`),

  rec('checksums', f`${amb('source_code.snippet', f`${MD5('b25n-md5a')}  HX-PBMC-0412_S1_L001_R1_001.fastq.gz
${MD5('b25n-md5b')}  HX-PBMC-0412_S1_L001_R2_001.fastq.gz
${MD5('b25n-md5c')}  HX-PBMC-0413_S2_L001_R1_001.fastq.gz`)}

The CRO says one file is corrupted. How do I verify all of them in one command on Windows?`),

  rec('chat', f`Run folder 241129_A01918_0214_BHVK2TDSXC from the NovaSeq finished but demux gives 0 reads for lane 2. SampleSheet has index i7 ATTACTCG and i5 TATAGCCT for sample HX-PBMC-0413. Any obvious mistake?`),

  rec('changelog', f`Release notes for the odds-engine deploy please:

- registry.riverluck.internal/odds-engine:4.7.1@sha256:${SHA('b25n-d1')}
- registry.riverluck.internal/odds-engine:4.7.2@sha256:${SHA('b25n-d2')}

4.7.2: Go 1.22.5 → 1.23.3, pgx 5.6.0 → 5.7.1, fixed rounding of Asian handicap quarter lines (#2291).`),

  rec('chat', f`Provably fair check for a player complaint: server seed hash ${SHA('b25n-seed')}, client seed "lucky7rodel", nonce 4417. Explain to the player in plain Taglish how he can verify the roll himself.`),

  rec('bet_slip', f`Customer says this slip was settled wrong, check the maths:

Slip ID: BS-2024120188213-07
Parlay 3 legs, stake ₱500
- Ginebra −4.5 @ 1.91 (won)
- Ateneo vs La Salle over 148.5 @ 1.87 (void – postponed)
- Meralco ML @ 2.35 (won)
Paid: ₱2,244.25`),

  rec('chat_uk', f`Коефіцієнти на матч Шахтар – Динамо: П1 2.45, Х 3.20, П2 2.90. Маржа виходить 6.3%? Перевір, будь ласка, і поясни, як перерахувати на 5%.`),

  rec('chat', f`GLI certificate for the new slot cabinets says MO-140-AGS-24-07 and the machine asset tags are SL-2241 to SL-2268. What does the regulator need from us before we switch them on in Pasay?`),

  rec('chat_tl', f`Cut-off schedule for December: 1st cutoff Dec 1–15, payout Dec 20; 2nd cutoff Dec 16–31, payout Jan 5 kasi holiday. Pay period code 2024-12A at 2024-12B. Paki-gawa ng announcement para sa mga employees.`),

  rec('chat_hi_en', f`Kal ka standup 10:15 pe shift ho gaya. Payrun PR-2024-11-ACME lock karna hai by 6 pm, tickets PAY-3318 aur PAY-3324 pending hain. Build 2024.12.02.1 staging pe hai.`),

  rec('form_template', f`Make this onboarding form template accessible (labels, hints):

Full name: ____________________
Date of birth: DD/MM/YYYY
SSS No.: 00-0000000-0
TIN: 000-000-000-000
Bank account (IBAN / local): ______________________
Mobile: +63 9__ ___ ____`),

  rec('chat', f`W-2 box 12 codes confuse me. For the sample employee in the IRS instructions with SSN ${amb('pii.us_ssn', '123-45-6789')}, why is code DD reported but not taxed?`, 'the SSN 123-45-6789: ambiguous by convention'),

  rec('chat', f`Client's HR exported SSNs like 000-48-2291 and 666-20-4817 for two contractors. Our validator rejects them — are those even possible SSNs? What do I tell the client?`, 'area 000 / 666: never issued, unlabelled'),

  rec('chat_hi_en', f`Aadhaar 4839 2017 5638 daala toh portal bol raha "invalid Aadhaar". Employee bol raha hai card pe yahi likha hai. Kya typo ho sakta hai? Check digit kaise verify karte hain?`, 'Verhoeff-failing Aadhaar: unlabelled'),

  rec('chat_cs', f`Dodavatel nám poslal IBAN CZ92 0800 0000 1928 4736 1053 a banka ho odmítá. Je tam překlep? Jak se počítá kontrolní číslice?`, 'IBAN with wrong check digits: unlabelled'),

  rec('chat', f`Test cards for the tuition checkout sandbox: ${amb('financial.payment_card', '4111 1111 1111 1111')} works but ${amb('financial.payment_card', '4000 0000 0000 0002')} should decline and it doesn't. Is the sandbox broken?`, 'well-known test cards: ambiguous'),

  rec('chat', f`Card number the parent typed: 4539 8712 0461 7838 — our form says invalid but she insists. Is it a typo? How does the check digit work?`, 'Luhn-failing card number'),

  rec('chat_it', f`Riepilogo pratica: permesso di costruire n. 2024/0871, CIG Z2F3A81C04, CUP H12B24000180004, protocollo 118273 del 14/11/2024. Tavole S-101 rev.03, S-102 rev.02. Scrivimi una mail al Comune per chiedere lo stato della pratica.`),

  rec('calc', f`Check my load take-down for column C4 (kN): roof 142.5, L3 218.7, L2 218.7, L1 231.4, self-weight 38.2 → total 849.5 kN. Footing 2.4 × 2.4 m on 180 kPa allowable. Does it pass?`),

  rec('chat', f`Coordinates of the new depot site: 45.6712, 9.6648 (WGS84), elevation 248 m. Convert to Gauss-Boaga Roma40 for the cadastral drawing?`),

  rec('chat', f`Our Pequeños Pasos library order: ISBN 978-607-16-0841-3 (×10), 978-84-261-4201-4 (×6), 978-0-06-025492-6 (×4). Total with 16% IVA if each is 189 MXN?`),

  rec('chat_es_mx', f`Me ayudas con un aviso de privacidad corto para los papás? Tiene que decir que los datos de los niños se tratan con confidencialidad y que no compartimos fotos sin permiso. Nada de lenguaje legal complicado.`),

  rec('chat', f`I'm fairly confident the Route 12 detour notice went out late. Can you write an apology tweet, 240 chars max?`),

  rec('chat_fi', f`Mikä on salaisuus hyvään talvirenkaiden vaihtoaikatauluun bussivarikolla? Meillä on 240 bussia ja 6 asentajaa, kirjoita ehdotus viikkosuunnitelmaksi.`),

  rec('chat_vi', f`Mẫu hợp đồng bảo mật (NDA) cho cộng tác viên tính lương nên có những điều khoản nào? Chỉ cần dàn ý, không cần văn bản đầy đủ.`),

  rec('chat_cs', f`Jaký je rozdíl mezi obchodním tajemstvím a důvěrnou informací podle českého práva? Potřebuju to vysvětlit zakladatelům jednoduše.`),

  rec('pr_review', f`Security asked if this is a leak. It's the public key we give the odds provider to verify our signed requests, right?

${PUB}

and the cert they sent back:

${CERT}`),

  rec('minified_js', f`Sentry error points here in the parent-app bundle:

${amb('source_code.snippet', `(self.webpackChunkpadres=self.webpackChunkpadres||[]).push([[311],{5120:(e,t,n)=>{n.d(t,{A:()=>c});var a=n(6540),r=n(4848);function c(e){let{ninos:t=[],onMarcar:n}=e,[s,l]=(0,a.useState)(new Set);return(0,r.jsx)("ul",{children:t.map((e=>(0,r.jsx)("li",{onClick:()=>{l(new Set(s).add(e.id)),n&&n(e.id)},children:e.nombre},e.id)))})}}}]);`)}`),

  rec('git', f`git log --oneline for the fare app, which commit introduced the zone bug?

a91c3e2 fix(validator): handle zone list with trailing comma
7f0d4b8 feat(validator): multi-zone passes
3e28c61 chore: bump kotlinx-datetime to 0.6.1
c5b1a07 refactor: split TicketParser
Remote is ${amb('pii.email', 'git@github.com')}:tcrt/fare-app.git`),

  rec('uuid_list', f`Delete these stuck payrun jobs from the queue, give me the psql statement:
9c1e4a72-3b58-4d06-a8f1-2e7b94c05d31
4f82d1c0-7a3e-4b59-9e16-c05a8b2d7f43
e07b5c39-1d64-4a82-b3f0-6c9e2a18d475`),

  rec('chat', f`Is it bad that the old kinder attendance app stores passwords like ${ambCat('credential', BCRYPT)}? The new dev says we should rehash with argon2.`, 'a password hash: sensitive, no rule claims it (ambiguous, no rule id)'),

  rec('docs', f`## Alerts

Set \`SLACK_WEBHOOK_URL\` to your channel's incoming webhook, e.g. \`https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\`.
Database: \`postgresql://<user>:<password>@<host>:5432/<db>\`. Never commit real values; use \`password: ********\` in screenshots.`),

  rec('chat', f`Write a password policy for our childcare centres' tablets: 6-digit PIN for educators, 14+ character passphrase for directors, lock after 5 attempts, no sharing between rooms.`),

  rec('css', f`Logo is blurry on the parent portal, why?
${amb('source_code.snippet', f`.logo { width: 32px; height: 32px; background-image: url("data:image/png;base64,${PNG_B64}"); }`)}`),

  rec('log', f`${amb('source_code.snippet', f`2024-12-02T08:14:07.481+07:00 INFO  payslip-gen tenant=acme-vn payrun=2024-11 batch=7/24 generated=500 dur_ms=18422
2024-12-02T08:14:26.903+07:00 INFO  payslip-gen tenant=acme-vn payrun=2024-11 batch=8/24 generated=500 dur_ms=19481
2024-12-02T08:14:47.115+07:00 WARN  payslip-gen tenant=acme-vn payrun=2024-11 batch=9/24 font fallback for "Nguyễn" glyph ễ`)}

Vì sao batch càng về sau càng chậm?`),

  rec('chat', f`For the kids' phone-number game, we print fake numbers like ${amb('pii.phone', '(702) 555-0147')} on the pretend phones. Is that a real number? Just want to be sure nobody gets calls.`, 'fictional 555-01xx number: ambiguous by convention'),

  rec('chat_fi', f`Laskun viitenumero on 2024 11300 07 ja eräpäivä 16.12. Y-tunnus 3184729-6. Miksi pankki sanoo että viite on virheellinen?`),
];
