/**
 * Held-out batch 42: hard negatives from the six settings — timetables, vessel ids, tooth charts,
 * timecodes, SCADA tags, loan schedules, CAS numbers, placeholders, test keys, masked values, public
 * keys and casual uses of "confidential" (tests/corpus/README.md, "Decisions on negatives").
 * Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b42n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b42n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const CERT = pem('CERTIFICATE', 'b42n-cert', 820);
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b42n-edpub', B64, 43)} fieldeng-laptop-07`;
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h${b64Bytes('b42n-png', 240)}`;
const SHA512_INTEGRITY = `sha512-${fill('b42n-integrity', B64, 86)}==`;

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH42_NEGATIVES: DraftRecord[] = [
  rec('timetable_hr', f`Napravi mi tablicu zimskog reda plovidbe za web, po danima:

Linija 332 Split – Supetar: 05:15, 07:30, 09:45, 12:00, 15:00, 17:30, 20:30
Linija 9602 Zadar – Preko: svakih 60 min od 05:30 do 22:30
Katamaran 9141 Split – Hvar – Korčula: 07:00 (pon–sub), 16:00 (ned)
Brod MV Cres, IMO 9483726, kapacitet 600 putnika / 138 vozila`),

  rec('vessel_ais', f`Why does MarineTraffic show our ferry with the wrong name? AIS config on the bridge:

MMSI: 238104920
Call sign: 9A2571
IMO: 9483726
Ship type: 60 (passenger)
Draught: 4.2 m, destination HRSPU`, 'MMSI, IMO and call sign identify a ship, not a person'),

  rec('booking_confirmation', f`Translate this booking confirmation into German for a customer:

Booking reference: KVA-7HX2Q9
Route: Ancona → Split, 14 Dec 2024, 20:45
Cabin: B2 outside, 2 berths · Vehicle: car ≤ 5 m (ZG 4821-KT)
Paid with Mastercard •••• 0466
Total: €412.00 incl. port taxes €18.40
Check-in closes 90 minutes before departure.`),

  rec('env_example', f`Is this .env.example good enough for new developers on the booking API?

${cfg(f`DATABASE_URL=postgresql://USER:PASSWORD@localhost:5432/booking_dev
STRIPE_SECRET_KEY=sk_live_REPLACE_ME
SENDGRID_API_KEY=<your-sendgrid-key>
ROSTER_API_TOKEN=\${ROSTER_API_TOKEN}
PORTGATE_PASSWORD=   # ask ops, never commit`)}`),

  rec('stripe_test', f`Our integration tests for the onboard shop pass locally but fail in CI. Test config:

${cfg(f`STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
TEST_CARD=${amb('financial.payment_card', '4242 4242 4242 4242')}`)}

Is the live publishable key a problem here?`),

  rec('aws_docs', f`The subtitle pipeline README tells people to configure AWS like this — is it clear that these are the sample values from the AWS docs?

${cfg(f`aws configure
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: eu-west-3`)}`),

  rec('srt', f`Fix the line breaks in these subtitles so no line is longer than 42 characters:

412
00:31:07,240 --> 00:31:09,880
Capitaine, le port de Saint-Malo ne répond plus depuis ce matin.

413
00:31:10,120 --> 00:31:12,400
Alors on change de cap. Cap sur Jersey.`),

  rec('edl', f`Can you explain what the columns in this EDL mean? The dubbing mixer sent it.

TITLE: LES_MAREES_S02E03_VF
FCM: NON-DROP FRAME
001  AX       AA/V  C        01:00:00:00 01:00:42:12 00:00:00:00 00:00:42:12
002  AX       AA    C        01:02:13:05 01:02:58:20 00:00:42:12 00:01:27:27
* FROM CLIP NAME: S02E03_M&E_STEM_v4.wav`),

  rec('qc_report_ja', f`このQCレポートを英語に訳してください。

エピソード: S02E05
総キュー数: 684 / CPS超過: 12 / 最小ギャップ違反: 3
ファイルハッシュ (SHA-256): ${SHA('b42n-srtsha')}
納品日: 2024年12月6日`),

  rec('tooth_chart_de', f`Kannst du diesen Laborauftrag in eine Tabelle bringen?

Auftrag LAB-204871, Praxis ZA-0412
Zähne 14–16 Brücke, Zirkon, Farbe A2 (VITA classical), Stumpffarbe ND3
Zahn 21 Einzelkrone Lithiumdisilikat, Farbe BL3
Implantat regio 36: Straumann BLT Ø4,1 RC, Abutment individuell
Lieferung: 17.12.2024`),

  rec('material_lot', f`Track these zirconia discs in the inventory sheet, one row each:

REF 5411-98 A2 HT 98.5 × 18 mm — LOT W2410-0831 — EXP 2029-09
REF 5411-98 A3 HT 98.5 × 14 mm — LOT W2410-1127 — EXP 2029-10
UDI (01)04047859012348(17)291031(10)W24101127
CE 0123`),

  rec('udi_nl', f`Moeten we voor maatwerk-kronen een UDI op de verklaring zetten? Onze verklaring van overeenstemming bevat nu: productnaam, ordernummer LAB-204871, materiaal-LOT W2410-0831 en CE-markering. Bedrijfs-KvK 61482937, btw NL861482937B01.`, 'company registration and VAT numbers: a business, not a person'),

  rec('password_policy', f`Rewrite our lab password policy so technicians actually read it:

- Passwords must be at least 14 characters and must not contain the lab name
- Do not reuse the last 5 passwords
- CAD workstations lock after 10 minutes
- Never write your password on the scanner or on a sticky note
- Shared accounts (e.g. "mill01") are being removed by 31 January`),

  rec('scada_tags', f`Help me document this SCADA tag list for the new operators (what each signal means):

${cfg(f`Tag,Address,Type,Unit,Scale
U1_P_ACT,30001,FLOAT,MW,1
U1_GV_POS,30005,FLOAT,%,1
U1_GB_VIB_X,30021,FLOAT,mm/s,1
INT_FOREBAY_LVL,40110,UINT16,cm,0.1
INT_GATE_POS,40112,UINT16,%,0.1
GRID_FREQ,30101,FLOAT,Hz,1`)}`),

  rec('plant_data_ne', f`यो महिनाको उत्पादन तथ्यांकको छोटो सारांश अंग्रेजीमा लेखिदिनुहोस्:

मिति: २०८१-०८-०१ देखि २०८१-०८-३०
युनिट १: ७,८४२ MWh, उपलब्धता ९८.२%
युनिट २: ६,११५ MWh, उपलब्धता ८१.४% (बेयरिङ समस्या)
औसत नदी बहाव: २३.७ m³/s, डिजाइन बहाव: २७.० m³/s`),

  rec('network_inventory', f`Turn this into a table with columns device / MAC / VLAN:

RTU-INTAKE-01  MAC 00:1D:9C:4A:72:E1  VLAN 20
PLC-UNIT1      MAC 00:0E:8C:B3:19:5F  VLAN 20
HMI-02         MAC 3C:52:82:0F:A4:D6  VLAN 30
RTR-INTAKE-01  serial FGL2241A0QX, IOS XE 17.9.4a`),

  rec('router_placeholder', f`Template for the field routers that the integrator gave us — which lines do I need to fill?

${cfg(f`hostname RTR-<SITE>-01
enable secret <ENABLE_SECRET>
username fieldeng privilege 15 secret <FIELDENG_SECRET>
crypto isakmp key <PSK_FROM_VAULT> address <CONTROL_ROOM_IP>
snmp-server community <RO_COMMUNITY> RO 99`)}`),

  rec('ssh_pub', f`Add my new laptop key to the jump host, authorized_keys line is:

${SSH_PUB}

Do I also need to restart sshd?`, 'an SSH public key'),

  rec('cert', f`Is this the right certificate for the historian's HTTPS endpoint? It says issued by our internal CA.

${CERT}`),

  rec('geo', f`Coordinates for the site map on our website: intake weir 27.9412° N, 85.1836° E; powerhouse 27.9218° N, 85.1574° E; switchyard 500 m south of the powerhouse. Elevation intake 1,232 m asl. Can you write a short "how to get there" paragraph?`),

  rec('nepal_ids', f`For the tender documents, what does each of these company registration numbers mean? Company reg. no. 184729/074/075, PAN/VAT 609482173, Department of Electricity Development licence no. 2078/79 (Ga) 41.`),

  rec('loan_schedule_tl', f`Pakigawan ng amortization schedule ito sa Tagalog para maintindihan ng borrower:

Loan: ₱15,000 · 6 buwan · flat 2.5% kada buwan
Buwanang hulog: ₱2,875.00
Hulog 1: 27 Dis 2024 · Hulog 2: 27 Ene 2025 · … · Hulog 6: 27 Mayo 2025
Loan ID BMF-PH-24-11873, Group TAR-G12, Center 04`),

  rec('loan_calc', f`Is the effective interest rate right? 20,000 PHP loan, 12 weekly payments of 1,850, plus 2% processing fee deducted upfront. I get EIR ≈ 71% p.a. Show the formula.`),

  rec('par_report_ms', f`Terjemahkan laporan ringkas ini ke Bahasa Inggeris:

Cawangan Kota Kinabalu — November 2024
Jumlah peminjam aktif: 1,284
Portfolio: RM 2,417,800
PAR30: 3.8% (Oktober: 4.4%)
No. pendaftaran SSM organisasi: 201901018472 (1330571-T)`, 'an organisation registration number'),

  rec('sms_template_ta', f`இந்த SMS டெம்ப்ளேட்டை சரிபார்க்கவும்: "வணக்கம் {name}, உங்கள் கடன் தவணை ₹{amount} {due_date} அன்று செலுத்த வேண்டும். கேள்விகளுக்கு உங்கள் கள அலுவலரை {officer_phone} இல் அழைக்கவும்." எழுத்து எண்ணிக்கை 160-க்குள் இருக்கிறதா?`),

  rec('masked_export', f`Is this export OK to send to the donor for the impact report? We masked what we think is personal:

${cfg(f`borrower_id,gender,age_band,sector,loan_php,mobile,status
B-104871,F,35-44,retail,15000,+63 917 *** **15,active
B-104872,F,25-34,food,8000,+63 920 *** **48,closed
B-104873,M,45-54,farming,20000,+63 935 *** **02,active`)}`),

  rec('cas_numbers', f`Check the CAS numbers in this allergen list for our IFRA certificate:

Linalool — 78-70-6
Limonene — 5989-27-5
Geraniol — 106-24-1
Citral — 5392-40-5
Coumarin — 91-64-5
Benzyl salicylate — 118-58-1`),

  rec('ean_list', f`Make a clean product table from this (name / size / EAN):

Néroli Blanc EDP 50 ml — EAN 3760184720147
Néroli Blanc EDP 100 ml — EAN 3760184720154
Oud Nocturne EDP 100 ml — EAN 3760184720215
Coffret découverte 5 × 2 ml — EAN 3760184720291`),

  rec('batch_label_it', f`Traduci l'etichetta del lotto in inglese per il cliente USA:

Eau de Parfum 100 ml — Lotto L24312-03 — Prodotto il 07/11/2024 — Scadenza 11/2027
Ingredienti: Alcohol denat., Parfum, Aqua, Limonene, Linalool, Citral, Coumarin
PAO 36M · Made in France`),

  rec('inci_ar', f`اكتب وصفاً تسويقياً قصيراً بالعربية لعطر "عود نوكتورن" بناءً على هذه المكونات: عود، زعفران، ورد طائفي، عنبر، مسك أبيض. التركيز 20٪، الحجم 100 مل، رقم الدفعة L24298-01.`),

  rec('confidential_prose', f`Our perfumers ask whether they need to sign a new confidentiality agreement when we move formula storage to the cloud. Can you write a template clause that covers formula access, and explain the difference between trade secret protection and a patent in simple terms?`),

  rec('confidence', f`I'm fairly confident the new filling line is faster, but the sample is small: 14 shifts before, 11 after, mean 3,120 vs 3,410 bottles/shift. How do I compute a 95% confidence interval for the difference?`),

  rec('classification_question', f`We're writing our ISO 27001 information classification policy for the ferry company. What's a sensible set of levels (public / internal / confidential / restricted?) and who decides which level a crew roster or a passenger manifest gets?`),

  rec('git_log', f`I messed up a rebase on the timetable-export repo, what do I do now?

interactive rebase in progress; onto ${GITSHA('b42n-onto').slice(0, 7)}
Last commands done (2 commands done):
   pick ${GITSHA('b42n-c1').slice(0, 7)} fix(export): winter timetable for line 332
   pick ${GITSHA('b42n-c2').slice(0, 7)} feat: add Hvar catamaran
Next command to do (1 remaining command):
   pick ${GITSHA('b42n-c3').slice(0, 7)} chore: bump deps`),

  rec('docker_digest', f`Which image is actually running on the onboard server? docker ps says crewplan@sha256:${SHA('b42n-digest')} but the tag 3.4.1 on the registry shows a different digest.`),

  rec('lockfile', f`npm ci fails with EINTEGRITY on the subtitle editor build:

${cfg(f`"node_modules/subtitle": {
  "version": "4.2.1",
  "resolved": "https://registry.npmjs.org/subtitle/-/subtitle-4.2.1.tgz",
  "integrity": "${SHA512_INTEGRITY}",
  "license": "MIT"
}`)}`),

  rec('uuid_log', f`Why are there two uploads for the same asset?

${cfg(f`2024-11-28T09:12:44Z INFO ingest asset=9c1f4e27-3a6b-4d18-8f02-7e5b1c9a4d36 file=S02E05_VF_v3.mxf size=41.2GB
2024-11-28T09:12:46Z INFO ingest asset=9c1f4e27-3a6b-4d18-8f02-7e5b1c9a4d36 file=S02E05_VF_v3.mxf size=41.2GB retry=1
2024-11-28T09:40:03Z INFO ingest asset=9c1f4e27-3a6b-4d18-8f02-7e5b1c9a4d36 status=complete checksum=md5:${fill('b42n-md5', HEX, 32)}`)}`),

  rec('data_uri', f`The boutique newsletter shows a broken image in Outlook. The template uses an inline logo: <img src="data:image/png;base64,${PNG_B64}" width="16">. Should we host it instead?`),

  rec('helm_values', f`Which of these values must be set per environment for the loan MIS chart?

${cfg(f`db:
  host: {{ .Values.db.host }}
  user: mis_app
  password: {{ .Values.db.password }}
sms:
  apiKey: "\${SEMAPHORE_API_KEY}"
logLevel: info`)}`),

  rec('masked_log', f`The login audit for the field app looks fine to me, am I missing anything?

${cfg(f`2024-11-27 10:02:11 INFO auth officer=PH-0417 password=******** result=ok device=TAB-TAR-12
2024-11-27 10:05:40 WARN auth officer=PH-0422 password=******** result=fail reason=expired
2024-11-27 10:06:02 INFO auth officer=PH-0422 action=password_reset_requested`)}`),

  rec('iban_validator_test', f`My IBAN validator test expects these to fail — they do, but one fails for the wrong reason (length instead of checksum). Which?

${code(f`@pytest.mark.parametrize("iban", [
    "HR12 2484 0081 1387 4652 1",
    "SI56 0561 0000 1937 241",
    "EE38 1010 2202 8374 6152",
])
def test_rejects_bad_checksum(iban):
    assert not is_valid_iban(iban)`)}`, 'IBANs with wrong check digits inside pasted test code'),

  rec('card_luhn_test', f`Card input on the booking page: it accepts 4532 1876 4019 2832 — that's a typo of a real card number, last digit wrong, so Luhn should reject it. Is the check running on blur only?`),

  rec('fictional_phone', f`For the dubbing script of the US series, the characters read out a phone number on screen. The script has "Call us at ${amb('pii.phone', '(555) 010-4477')}" — is that a safe fictional number for the French version too, or do we need a French fictional one?`),

  rec('certificate_text_et', f`Tõlgi see sertifikaadi kirjeldus inglise keelde: "Laeva ohutuse juhtimise sertifikaat (SMC) nr EE-SMC-2024-118, välja antud 12.03.2024, kehtib kuni 11.03.2029. Ettevõtte IMO number 6048271."`),

  rec('pl_company', f`Sprawdź, czy dane firmy na fakturze dla studia są kompletne: Napisy24 Sp. z o.o., ul. Święty Marcin 29, 61-806 Poznań, NIP 7822948173, REGON 384729105, KRS 0000918274.`, 'company tax and registry numbers'),

  rec('sl_company', f`Preveri podatke dobavitelja na naročilnici: Zirkon Trade d.o.o., Tržaška cesta 118, 1000 Ljubljana, ID za DDV SI48271936, matična številka 8472913000. Rok dobave 10 delovnih dni.`),

  rec('hr_oib_company', f`Kako napisati zaglavlje računa za Kvarnera Ferries d.o.o.? Podaci: Riva 16, 51000 Rijeka, OIB 48291736502, MBS 040482917, temeljni kapital 2.654.400,00 EUR.`, 'the OIB of a company, not a person'),

  rec('windows_event', f`What does this Windows event on the lab's CAD workstation mean?

Event ID 4625 — An account failed to log on.
Security ID: S-1-5-21-3482917365-1048271936-2917364820-1107
Account Name: mill01
Failure Reason: Unknown user name or bad password.
Workstation: CAD-MUC-02
Logon Process: NtLmSsp`),

  rec('tr_port', f`Liman kodlarını ve gemi bilgilerini içeren bu tabloyu İngilizce'ye çevir:

UN/LOCODE TRTUZ (Tuzla), TRIST (İstanbul), HRSPU (Split)
Gemi: MV Krk, bayrak Hırvatistan, GT 6.832, yapım 2009
Havuzlama: 02.12.2024 – 20.12.2024, Tuzla tersanesi dok no. 3`),

  rec('bcrypt_question', f`Our subtitle portal migrated users from the old system. Old hashes look like ${ambCat('credential', tok('$2a$10$', fill('b42n-bcrypt', B62 + './', 53)))} — can Laravel verify those directly or do we force a reset?`, 'a password hash: ambiguous'),
];
