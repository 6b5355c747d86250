/**
 * Held-out batch 77: hard negatives — survey and certificate numbers, de-identified sleep data,
 * mobile-money receipts, ISBNs and MARC, timecodes and DCP hashes, plant readings, placeholders,
 * invalid check digits and casual "confidential" (tests/corpus/README.md, "Decisions on negatives").
 * Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b77n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b77n-pklive', B62, 97));
const DCP_CERT = pem('CERTIFICATE', 'b77n-dcpcert', 960);
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b77n-sshpub', B64, 43)} render@node-114`;
const BCRYPT = tok('$2b$', '10$', fill('b77n-bcrypt', B62 + './', 53));
const TYPE9 = tok('$9$', fill('b77n-t9salt', B62, 14), '$', fill('b77n-t9', B62 + './', 43));
const TYPE8 = tok('$8$', fill('b77n-t8salt', B62, 14), '$', fill('b77n-t8', B62 + './', 43));
const SHA = (seed: string) => fill(seed, HEX, 40);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${b64Bytes('b77n-png', 180)}`;

export const BATCH77_NEGATIVES: DraftRecord[] = [
  rec('table', f`Sort these vessels by next survey due date and flag anything within 60 days:

IMO      | Name              | Flag | Class notation                | Next due
9487216  | Hanne Kristin     | NO   | +1A General Cargo Carrier     | 2025-04-02 (AS)
9632418  | Mljet             | HR   | +1A Tanker for Oil ESP        | 2025-03-18 (IS)
9328174  | Nordkyn           | NO   | +1A Fishing Vessel ICE-1B     | 2025-09-30 (IS)
9715402  | Aurora Spirit     | MT   | +1A Bulk Carrier ESP CSR      | 2025-03-01 (CoC)
MMSI for the last one is 248391000, call sign 9HA4821.`),

  rec('chat_de', f`Wie formuliere ich eine Anfrage an die Werft, dass für Neubau NB-S.724 noch drei Zeichnungsprüfberichte fehlen? Es geht um die Berichte DAR-2025-01187, DAR-2025-01192 und DAR-2025-01203 sowie das vorläufige Klassenzertifikat Nr. IC/PB/25/0418.`),

  rec('chat', f`Can you help me describe this anonymised cohort for the ethics committee? n = 214, median age 57 (IQR 46–66), 71% male, median AHI 24.8/h, ESS 11 (IQR 7–15), median CPAP use 5.2 h/night at 3 months, 38 participants lost to follow-up. No identifiers are included.`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.staging – repayment service (test mode only)
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
MPESA_CONSUMER_KEY=<from-daraja-portal>
MPESA_CONSUMER_SECRET=<from-daraja-portal>
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/repay_test`)}

Is it a problem that the publishable key is live in staging?`),

  rec('hcl', f`Terraform plan for the render-farm bucket fails with "No valid credential sources found". I copied the provider block from a tutorial:

${amb('source_code.snippet', f`provider "aws" {
  region     = "eu-west-3"
  access_key = "AKIAIOSFODNN7EXAMPLE"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}

resource "aws_s3_bucket" "dailies" {
  bucket = "lumen-dailies-archive"
}`)}

Should I use a profile instead?`),

  rec('env_example_es', f`¿Puedes documentar cada variable de este fichero de ejemplo para el repositorio de los puestos de autopréstamo?

${amb('source_code.snippet', f`SIP2_HOST=ils.example.local
SIP2_PORT=6001
SIP2_LOGIN=<usuario-sip2>
SIP2_PASSWORD=<tu-contraseña>
OVERDRIVE_CLIENT_SECRET=\${OVERDRIVE_CLIENT_SECRET}
SMTP_PASSWORD=********`)}`),

  rec('helm', f`${amb('source_code.snippet', f`scada-gateway:
  image: registry.plant.local/scada-gw:3.4.0
  opcua:
    username: {{ .Values.opcua.user }}
    password: {{ .Values.opcua.password }}
  influx:
    token: {{ .Values.influx.token | quote }}`)}

Helm renders the password as empty. Where do values from a secret go in this chart?`),

  rec('sms_sw_en', f`Customers keep forwarding us receipts like these, can you write a short FAQ about what the masked numbers mean?

"SBK4X7QZ2M Confirmed. Ksh2,400.00 paid to JAMII MICRO LOANS for account GRP-0417 on 14/2/25 at 9:12 AM. New M-PESA balance is Ksh318.50."
"Card payment **** **** **** 4821 approved, KES 1,200.00, ref 803418. Thank you for repaying on time."`),

  rec('csv_acq', f`Group these acquisitions by publisher and total the price:

ISBN,Title,Publisher,Price
978-82-05-58391-4,Fjellet og folket,Gyldendal Norsk,349
978-91-0-019274-2,Vintervägen,Bonnier,289
978-0-14-310627-1,The Shipping News,Penguin,14.99
978-84-339-0824-1,La ciudad y los perros,Anagrama,19.90
978-3-446-27819-3,Die Mittagsfrau,Hanser,24.00`),

  rec('marc', f`Why does the MARC import drop the 020 field for this record?

=LDR  01142cam  2200301 a 4500
=001  ocm48217390
=010  \\\\$a  2001041827
=020  \\\\$a9780143106272
=100  1\\$aProulx, Annie.
=245  14$aThe shipping news /$cAnnie Proulx.
=260  \\\\$aNew York :$bScribner,$c1993.
=650  \\0$aFishing villages$zNewfoundland and Labrador$vFiction.`),

  rec('chat_fi', f`Uusien kirjastokorttien viivakoodit tulostuvat väärin: kortin 22184001937462 tarrassa lukee 22184001937463. Onko tarkistusmerkki laskettu väärin vai onko tulostimessa vika?`, 'library barcodes that fail the Luhn check'),

  rec('edl', f`Conform fails on event 003, the source in-point looks wrong. EDL excerpt:

TITLE: SALT_ROAD_R2_LOCK_v07
FCM: NON-DROP FRAME
001  A012C004 V     C        14:22:10:03 14:22:16:11 01:00:00:00 01:00:06:08
002  A014C011 V     C        15:03:41:19 15:03:45:02 01:00:06:08 01:00:09:15
003  B007C002 V     C        11:58:02:00 11:57:59:12 01:00:09:15 01:00:12:03
* FROM CLIP NAME: B007C002_250118_R2KD.MXF`),

  rec('xml', f`QC says the CPL hash doesn't match the MXF. Extract from the CPL:

<Reel>
  <Id>urn:uuid:8c1e9a47-2b35-4f60-9d18-7ae04c2b5f91</Id>
  <MainPicture>
    <Id>urn:uuid:f04b7d21-6c8e-4a39-b512-0e93d7a6c148</Id>
    <EditRate>24 1</EditRate>
    <Duration>18240</Duration>
    <Hash>${b64Bytes('b77n-cplhash', 20)}</Hash>
  </MainPicture>
</Reel>

Which tool recomputes the SHA-1 for the PKL?`),

  rec('cert', f`The cinema server rejects our KDM. This is the certificate the exhibitor sent us for the projector, does it look valid (expiry, chain)?

${DCP_CERT}`),

  rec('chat', f`Adding a new render node to the farm, is this the right line for authorized_keys on the wrangler box?

${SSH_PUB}`),

  rec('notes', f`Deploy notes render-farm tools v2.8.1:
- merged ${SHA('b77n-sha1')} (fix frame double assignment)
- image registry.lumen.local/farm-scheduler@sha256:${fill('b77n-digest', HEX, 64)}
- rollback target: ${SHA('b77n-sha2')}
Summarise for the producers in plain words.`),

  rec('table_de', f`Kannst du mir eine kurze Interpretation der CEMS-Tagesmittel schreiben?

Datum       NOx [mg/Nm³]  SO2 [mg/Nm³]  Staub [mg/Nm³]  O2 [%]
2025-02-18  412           38            4,1             10,2
2025-02-19  455           41            5,8             10,6
2025-02-20  398           35            3,9             10,1
Grenzwerte: NOx 500, SO2 400, Staub 10 (Tagesmittel, bezogen auf 10 % O2).`),

  rec('modbus', f`Mapping for the new kiln inlet analyser, please turn it into a JSON config for our collector:

register 40001  O2 %        float32  scale 1
register 40003  CO ppm      float32  scale 1
register 40005  NOx ppm     float32  scale 1
unit id 7, device at ${amb('pii.ip_address', '10.20.6.41')} port 502, poll 1000 ms`),

  rec('chat_it', f`Mi spieghi la differenza tra CEM II/A-LL 42,5 R e CEM II/B-M (S-LL) 32,5 N secondo la EN 197-1? Il cliente chiede quale usare per un massetto, lotto di produzione 25-0214-K2.`),

  rec('policy_sl', f`Prevedi v angleščino: "Gesla za knjižnični sistem morajo imeti vsaj 12 znakov, vključno z vsaj eno številko in enim posebnim znakom. Gesla se menjajo vsakih 180 dni in jih ne smete deliti s sodelavci."`),

  rec('chat', f`Our film club at the central library is screening "L.A. Confidential" on Friday. Can you write a 60-word blurb for the newsletter? Mention that entry is free and seats are limited to 80.`),

  rec('chat_eu', f`Idatzi paragrafo bat langileentzako prestakuntzari buruz: pazienteen konfidentzialtasuna, datu pertsonalen babesa eta lo-unitateko txostenak nola gorde. Ez dut izenik edo daturik sartu nahi.`),

  rec('chat', f`I'm fairly confident the clinker cooler upgrade pays back in under three years. Can you check my assumptions: 85 kJ/kg clinker saved, 1.3 Mt clinker/year, coal at 140 €/t with 26.5 GJ/t?`),

  rec('chat_de', f`Die Bank meldet "IBAN ungültig" für die Überweisung an die Werft: DE47370502990001284736. Ich habe sie aus der Rechnung abgetippt, wo könnte der Tippfehler sein?`, 'IBAN with wrong check digits'),

  rec('chat_en_gb', f`A patron wants to pay fines with a gift voucher from the council, number 6035 2840 1937 4412. The till says "invalid card". Is that because it's a voucher and not a bank card? How should staff process these?`, 'voucher number that fails the Luhn check'),

  rec('chat', f`Our test data generator for the US sleep-clinic billing sandbox produces SSNs like 000-48-2193 and 921-48-2193 on purpose so they can never be real. Is that enough to satisfy the payer's sandbox rules?`, 'SSNs with area 000 / 9xx'),

  rec('chat', f`In the UK payroll export the NI number field shows DQ 48 21 93 A for a temp — HMRC says the prefix doesn't exist. Is that a data-entry error on our side?`, 'NINO with an unissued prefix'),

  rec('chat_mr', f`मायक्रोफायनान्स अ‍ॅपमधील आधार व्हॅलिडेशन 4827 3916 2056 हा नंबर नाकारतो. चेक डिजिट चुकीचा असल्यामुळे असे होते का? व्हेरहॉफ अल्गोरिदम सोप्या भाषेत समजावून सांगा.`, 'Aadhaar number that fails the Verhoeff check'),

  rec('script', f`Check the formatting of this scene for our subtitle vendor:

INT. HARBOUR OFFICE – NIGHT
ELENA dials the number on the card.
ELENA: Is this ${amb('pii.phone', '555-0147')}? I need the harbour master.
VOICE (V.O.): He left an hour ago. Try his mobile, ${amb('pii.phone', '07700 900412')}.`),

  rec('readme', f`Please rewrite this setup section of our internal README so it's clearer:

1. Create a token at Settings → Developer settings and put it in \`.env\` as \`GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\`.
2. Set \`SENTRY_DSN=https://<key>@o0.ingest.sentry.io/0\` or leave it empty locally.
3. Run \`npm run sync:catalogue\`.`),

  rec('sql_dump', f`Koha upgrade: is this hash format still supported or do patrons have to reset?

borrowernumber | userid      | password
118204         | patron118204 | ${amb('credential.password_assignment', BCRYPT)}`),

  rec('cisco', f`Auditor says these switches in the packing plant are fine now, can you confirm the password types are the strong ones?

${amb('source_code.snippet', f`hostname SW-PACK-01
enable secret 9 ${amb('credential.network_device_secret', TYPE9)}
username ops privilege 15 secret 8 ${amb('credential.network_device_secret', TYPE8)}
ip ssh version 2
line vty 0 4
 transport input ssh`)}`),

  rec('package_lock', f`npm ci fails on the catalogue front-end with an integrity mismatch:

${amb('source_code.snippet', f`"node_modules/react-query": {
  "version": "3.39.3",
  "resolved": "https://registry.npmjs.org/react-query/-/react-query-3.39.3.tgz",
  "integrity": "sha512-${fill('b77n-integrity', B64, 86)}==",
  "license": "MIT"
}`)}`),

  rec('chat_pt_br', f`Me ajuda a conferir essa conta? Empréstimo em grupo de R$ 12.000, 6 parcelas mensais, taxa de 3,9% a.m. pela Tabela Price. A parcela que o sistema gerou foi R$ 2.282,14, vencimentos de 10/03/2025 a 10/08/2025.`),

  rec('diary', f`Turn this sleep diary into a table please:
Mon 17/02 – bed 23:40, asleep ~00:30, woke 03:10 and 05:50, up 06:45
Tue 18/02 – bed 23:05, asleep ~23:30, woke 04:20, up 06:40
Wed 19/02 – bed 00:15, asleep ~01:00, up 07:10, nap 14:00–14:40`),

  rec('api_question', f`The telemonitoring API returns device ids like 7b3e91c0-4f2a-4d85-9c17-e2a60f83b4d5 and therapy ids like 0d94c2f1-6a37-4e8b-b1c0-5f72e9a13d68. Can I safely use them as primary keys in our database or should I map them?`),

  rec('html', f`The library logo doesn't render in Outlook newsletters. I inline it like this: <img src="data:image/png;base64,${PNG_B64}" width="16" height="16" alt="Bibliotek">. Is base64 blocked?`),

  rec('chat', f`Which of these BIC codes belong to banks we can use for the disbursement pilot in Kosovo and Albania? ${amb('financial.swift_bic', 'RBKOXKPR')}, ${amb('financial.swift_bic', 'TEBKXKPR')}, ${amb('financial.swift_bic', 'NCBAALTX')}, ${amb('financial.swift_bic', 'STANALTR')}.`),

  rec('chat', f`How should we store patron passwords in our homegrown reading-challenge app? We use Django 5. Should I use Argon2 or is PBKDF2 fine?`),

  rec('tracking', f`Write an SMS template telling patients their CPAP mask has shipped. Example shipment: DHL Express 4827391065, UPS 1Z 7W4 892 03 1847 2961, delivery window 25–26 Feb.`),

  rec('chat_rw', f`Ndashaka ibisobanuro by'ibicuruzwa by'inguzanyo zacu mu Cyongereza: "Inguzanyo y'itsinda: 50,000–500,000 RWF, inyungu 2% ku kwezi, amezi 6–12, ingwate y'itsinda. Inguzanyo y'ubuhinzi: kwishyura nyuma y'isarura."`),

  rec('stats_uz_tg', f`Ushbu filial statistikasini inglizchaga o'giring: Samarqand filiali – 1 248 ta faol qarzdor, 86 ta guruh, o'rtacha qarz 4,2 mln so'm, PAR30 3,1%. Хуҷанд – 932 қарзгиранда, 61 гурӯҳ, PAR30 4,7%.`),

  rec('chat_ja', f`病院のITポリシーの文章を英訳してください：「パスワードは12文字以上とし、英大文字・小文字・数字・記号を含めること。90日ごとに変更し、他人と共有しないこと。」`),

  rec('chat_cy', f`Cyfieithwch i'r Saesneg os gwelwch yn dda: "Bydd Llyfrgell Aberystwyth ar gau ddydd Llun 3 Mawrth ar gyfer hyfforddiant staff. Gallwch ddychwelyd llyfrau drwy'r blwch y tu allan."`),

  rec('cement_batch', f`Lab results for dispatch, please produce a short certificate text: cement CEM I 52,5 R, silo 4, batch 25-0219-S4, 28-day strength 61,3 MPa, Blaine 4 120 cm²/g, SO3 3,2 %, Cl 0,04 %, initial set 145 min. Truck plates are in the dispatch system, not needed here.`),

  rec('hull_numbers', f`Translate into Korean for the yard: "Hull No. 3312 and 3313 (sister ships, 174,000 m³ LNG carriers) – plan approval package rev. C received 20.02.2025, comments to follow within 10 working days. Reference ICS-PA-25-0883."`),

  rec('chat_ko', f`수면 클리닉 환자 만족도 설문 결과 요약해줘: 응답 312명, 전반적 만족 4.3/5, 대기시간 불만 27%, CPAP 교육 만족 4.6/5. 개인 정보는 없음.`),

  rec('chat_ar_gulf', f`ترجم للإنجليزي: "نسبة الكلنكر في الأسمنت البورتلاندي المركب 78%، واستهلاك الطاقة الحرارية 3,350 كيلوجول لكل كيلوجرام كلنكر، وانبعاثات ثاني أكسيد الكربون 812 كجم لكل طن كلنكر حسب تقرير 2024."`),

  rec('log_redacted', f`Is our log redaction working? Sample from today:

2025-02-23T10:41:07Z INFO  auth  login ok user=[REDACTED] token=[REDACTED] ip=[REDACTED]
2025-02-23T10:41:09Z INFO  loans GET /groups/KIG-0417/schedule 200 38ms
2025-02-23T10:41:12Z WARN  loans repayment pending ref=MM-250223-88417 amount=25000 RWF`),
];
