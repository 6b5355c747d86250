/**
 * Held-out batch 35: hard negatives from the same six employers — test keys, placeholders, masked
 * and checksum-failing numbers, vessel, meter, lot and catalogue identifiers, hashes, public keys,
 * casual "confidential"/"secret"/"password" prose in the batch's languages (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b35n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b35n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const PUB = pem('PUBLIC KEY', 'b35n-pub', 294);
const CERT = pem('CERTIFICATE', 'b35n-cert', 870);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAAEAAAAAw${b64Bytes('b35n-png', 300)}`;
const INTEGRITY = (seed: string) => `sha512-${fill(seed, B64, 86)}==`;

export const BATCH35_NEGATIVES: DraftRecord[] = [
  // ── test keys, placeholders, templated secrets ────────────────────────────────────────────
  rec('env_file', f`Staging box office is on Stripe test mode, is this right? The publishable key is live by mistake I think.

${amb('source_code.snippet', f`# glanmor-tickets / .env.staging
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_WEBHOOK_SECRET=
SEAT_HOLD_MINUTES=2`)}`, 'Stripe test secret key and a publishable key: not credentials'),

  rec('env_example', f`Write a README section for new developers explaining each variable of the outage-map app:

${amb('source_code.snippet', f`# .env.example — copy to .env and fill in
MAPBOX_PUBLIC_TOKEN=pk.your-public-token
OUTAGE_API_URL=https://outage-api.example.internal
OUTAGE_API_KEY=<ask the SCADA team>
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/outages
TWILIO_AUTH_TOKEN=
SENTRY_DSN=\${SENTRY_DSN}`)}`),

  rec('code_python', f`moto tests for the VMS uploader fail on the new runner with "NoSuchBucket":

${v('source_code.snippet', f`@pytest.fixture(autouse=True)
def fake_aws(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "sa-east-1")

@mock_aws
def test_upload_positions(tmp_path):
    s3 = boto3.client("s3", region_name="sa-east-1")
    upload_positions(tmp_path / "pos.csv", bucket="austral-sur-vms-raw")`)}`, 'AWS documentation keys in a test fixture'),

  rec('gha', f`${amb('source_code.snippet', f`- name: Deploy outage map
  env:
    MAPBOX_TOKEN: \${{ secrets.MAPBOX_SECRET_TOKEN }}
    AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}
    AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
  run: npm run build && aws s3 sync dist/ s3://outage-map-prod --delete`)}

Is it safe to add "set -x" to debug the sync?`),

  rec('helm', f`${amb('source_code.snippet', f`lims:
  db:
    host: db-gmp01.vetrion.local
    user: lims_app
    passwordSecret:
      name: lims-db
      key: password
  env:
    - name: LIMS_DB_PASSWORD
      valueFrom:
        secretKeyRef: { name: lims-db, key: password }
    - name: AZURE_STORAGE_CONNECTION_STRING
      value: "{{ .Values.storage.connectionString }}"`)}

The pod starts but the storage env var is empty. Where does .Values.storage come from?`),

  rec('shell', f`vault shows the values masked, how do I get the real one for the historian migration?

${amb('source_code.snippet', f`$ vault kv get secret/scada/historian
====== Data ======
Key         Value
---         -----
password    ********
username    hmi_runtime`)}`),

  rec('config', f`${amb('source_code.snippet', f`<connectionStrings>
  <add name="Poxas" connectionString="Data Source=SRV-LONXA02\\SQLEXPRESS;Initial Catalog=PoxasDiarias;User Id=informes;Password=<from KeyVault: poxas-informes>;TrustServerCertificate=True" />
</connectionStrings>`)}

Como fago para que o IIS lea o contrasinal do Key Vault en vez de poñelo no ficheiro?`),

  rec('chat', f`The Stripe docs say use ${amb('financial.payment_card', '4242 4242 4242 4242')} for a successful payment and ${amb('financial.payment_card', '4000 0000 0000 0002')} for a decline. On our staging ticket page the decline card still goes through — is Radar doing something in test mode?`, 'published Stripe test cards: ambiguous'),

  // ── masked / invalid numbers ──────────────────────────────────────────────────────────────
  rec('receipt', f`Can you translate this receipt into Welsh for the bilingual template?

GLANMOR HALL – BOX OFFICE
Order 2024-118437 · 29 Nov 2024 19:02
2 × Stalls K14–K15, Handel: Messiah (Sat 14 Dec 19:30)   £68.00
Booking fee                                               £2.50
Paid: VISA **** **** **** 2064   Auth 083917
Thank you for supporting live music!`),

  rec('chat', f`A patron says her card was charged twice but the number she gave me, 4929 6017 3845 2065, doesn't come up in the payment search. Is she misreading it? What do I ask her to check on her statement?`, 'Luhn-failing card number (one digit off)'),

  rec('chat_gl', f`O banco devolveu a transferencia da liquidación porque di que o IBAN ES09 2080 3751 9201 0048 2617 non é válido. O mariñeiro xura que o copiou ben. Como lle explico que revise os díxitos de control?`, 'IBAN with wrong check digits'),

  rec('masked_bank', f`Tak sam kot na izpisku: "SEPA bremepis, prejemnik HR12 **** **** **** 4761, sklic HR00 2024-1187". Na katero dobavnico se to nanaša? Imamo tri odprte račune pri Farmakemu.`),

  rec('form_template', f`Make this crew registration form more readable for the tablet (big fields, Spanish labels):

Nombre completo: ____________________
RUT: __.___.___-_
Fecha de nacimiento: DD/MM/AAAA
Teléfono: +56 9 ____ ____
Cuenta bancaria: ______________`),

  rec('chat', f`Callback numbers in the outage IVR training script — can you make them sound natural? We use the fictional ${amb('pii.phone', '(604) 555-0199')} and ${amb('pii.phone', '+1 416 555 0137')} so trainees never dial a real customer.`, 'fictional 555-01xx numbers: ambiguous'),

  // ── identifiers that are not personal or secret ───────────────────────────────────────────
  rec('chat', f`Can you fill in the fleet table for the annual report? Vessels: "Nova Ondiña" IMO 9384712, MMSI 224318000, call sign EADQ, CFR ESP000024817, 38.4 m, built 2006 in Vigo; "Itsaso Berria" IMO 9571934, MMSI 224706000, call sign EBXV, CFR ESP000027302, 26.1 m.`),

  rec('tsv', f`${amb('source_code.snippet', f`lote\tespecie\tkg\tcaixas\tprezo_saida\tprezo_adx\tbarco
PN-1128-001\tPOLBO\t412,5\t27\t6,80\t8,35\tNova Ondiña
PN-1128-002\tXURELO\t1830,0\t122\t1,10\t1,42\tVirxe do Carme
PN-1128-003\tPESCADA\t96,2\t8\t7,50\t9,10\tNova Ondiña`)}
Fai un resumo do prezo medio por especie, en galego.`),

  rec('chat_es_pe', f`¿Me ayudas a ordenar estas facturas electrónicas por fecha? F001-00004821 del 12/11 (RUC 20481736529, S/ 18,420.00), F001-00004833 del 15/11 (RUC 20603918475, S/ 9,310.50) y la boleta B002-00017730 del 16/11. Todas son de la subasta de pota en Paita.`),

  rec('program_notes', f`Proofread the programme listing please:

Bach – Brandenburg Concerto No. 3 in G, BWV 1048
Mozart – Symphony No. 40 in G minor, K. 550
Grace Williams – Sea Sketches (1944)
Beethoven – Symphony No. 5 in C minor, Op. 67
Score: Bärenreiter BA 9005, ISMN 979-0-006-47318-2
Running time c. 1 h 55 min incl. interval. Doors 18:45, Row A–T stalls, Boxes 1–12.`),

  rec('chat', f`Which relays do we still need to patch? From the asset list: SEL-751 firmware R412-V3 (needs R416), SEL-351S R516-V0, GE Multilin F35 v7.41, ABB REF615 5.0 FP1. CVE-2023-31173 and CVE-2024-2087 are the ones mentioned in the vendor bulletin.`),

  rec('scada_points', f`${amb('source_code.snippet', f`point_name,dnp3_addr,type,iec61850_ref,scale
SXC_69_CB101_POS,0,DBI,SXC69/XCBR1.Pos.stVal,1
SXC_69_CB101_TRIP,12,BI,SXC69/PTRC1.Tr.general,1
SXC_T2_MW,3,AI,SXC69/MMXU1.TotW.mag.f,0.001
SXC_T2_TAP,7,AI,SXC69/ATCC1.TapChg.valWTr.posVal,1`)}

Convert this point list to the vendor's XML import format.`),

  rec('chat_et', f`Kirjuta katkestuste kokkuvõte nädala kohta: fiider F-214 (Tõrvandi) väljas 26.11 kell 06:20–09:05, 412 klienti; fiider F-118 (Ülenurme) 27.11 kell 14:10–14:48, 96 klienti; 10 kV liin L-3312 vigastatud puu tõttu. SAIDI nädala panus 1,8 min.`),

  rec('chat_lv', f`Lūdzu, izveido tabulu no šiem datiem: apakšstacija "Kuldīga-2", transformators T1 25 MVA, 110/20 kV, izgatavots 1987; T2 16 MVA, 2011. Pēdējā eļļas analīze 14.10.2024, nākamā 2025. gada oktobrī.`),

  rec('gs1', f`Pozdravljeni, preverite, ali je ta podatek s škatle pravilen: (01)03859014726317(17)260331(10)24K117(21)8FQ2K7XR. Pri skeniranju na liniji 3 javi "invalid AI". Je morda problem v (21)?`),

  rec('chat_hr', f`Trebam popis odobrenja za stavljanje u promet za izvješće: VETOXY 200 LA – UP/I-322-05/19-01/214, Meloksikam 1,5 mg/ml – EU/2/19/245/001, Ivermektin 1 % – UP/I-322-05/21-01/087. Složi po datumu isteka, molim.`),

  rec('batch_record', f`Summarise the deviation in two sentences for the batch record:
Batch 24K117, Meloxicam 1.5 mg/ml oral suspension, 500 L, manufactured 14.11.2024 on line 2.
Deviation DEV-2024-0412: homogeniser speed 2,850 rpm for 6 min instead of 3,000 rpm. Viscosity and assay within spec (99.1 %). Impact: none. CAPA-2024-077 opened.`),

  rec('chat_hi_en', f`Standup notes bana do: VAPI-2291 aur VAPI-2304 close, line 3 ka OEE 71.4% tha kal, build 2024.11.28.2 QA pe deploy hua, stability pull T+6M 2 Dec ko hai. Sprint 19 demo Friday 3:30 baje.`),

  rec('chat_hi', f`कृपया कर्मचारियों के लिए एक सुरक्षा संदेश लिखो: कोई भी व्यक्ति फ़ोन पर OTP या पासवर्ड माँगे तो न बताएं, चाहे वह खुद को IT विभाग का बताए। संदेश छोटा और सरल हिंदी में हो।`),

  rec('chat_km', f`សូមរៀបចំកាលវិភាគប្រជុំក្រុមលក់៖ ថ្ងៃអង្គារ ទី៣ ខែធ្នូ ម៉ោង ៩:០០ បន្ទប់ ២០៤ ពិនិត្យស្តុកវ៉ាក់សាំង និងថ្ងៃព្រហស្បតិ៍ ទី៥ ម៉ោង ១៤:៣០ ជាមួយដៃគូខេត្តសៀមរាប។ សូមបកប្រែជាភាសាអង់គ្លេសផង។`),

  rec('chat_am', f`ለሚቀጥለው ሳምንት የነርሶች የሥራ ፈረቃ ሰንጠረዥ አዘጋጅልኝ፦ ሰኞ እና ረቡዕ ጠዋት ሦስት ነርሶች፣ ማክሰኞ እና ሐሙስ ከሰዓት ሁለት፣ ቅዳሜ አንድ ብቻ። ፈረቃ አንድ ከ2፡00 እስከ 8፡00 ሰዓት ነው።`),

  rec('chat_jm', f`Wah yuh think, is it ok if di nurses use di same password for di rota app and dem email? Mi seh no but di supervisor seh it easier. Give mi three reasons mi can tell her.`),

  // ── hashes, digests, keys that are public ─────────────────────────────────────────────────
  rec('checksums', f`Firmware for the RTUs — which file failed verification?

${SHA('b35n-fw1')}  rtu-fw-4.12.3.bin
${SHA('b35n-fw2')}  rtu-fw-4.12.3.bin.sig
${SHA('b35n-fw3')}  rtu-bootloader-1.9.0.bin

sha256sum -c says the second one is "FAILED".`),

  rec('git', f`Rebase on the catch-logbook app went weird:

${amb('source_code.snippet', f`$ git log --oneline -4
${GITSHA('b35n-g1').slice(0, 7)} (HEAD -> main) fix(bitacora): round kg to one decimal
${GITSHA('b35n-g2').slice(0, 7)} feat(bitacora): horas de arrastre por especie
${GITSHA('b35n-g3').slice(0, 7)} chore: bump kotlin to 2.0.21
${GITSHA('b35n-g4').slice(0, 7)} Merge branch 'release/3.4'`)}

How do I squash the last two into one?`),

  rec('changelog', f`Release notes please, between these two images of the rota service:
- ghcr.io/carenest/rota-api:2.7.4@sha256:${SHA('b35n-d1')}
- ghcr.io/carenest/rota-api:2.8.0@sha256:${SHA('b35n-d2')}
2.8.0: Python 3.12, Django 5.1.3, new "double-up" visit type, fixed timezone bug in the Halifax region (#412).`),

  rec('package_lock', f`${amb('source_code.snippet', f`"node_modules/@turf/distance": {
  "version": "7.1.0",
  "resolved": "https://registry.npmjs.org/@turf/distance/-/distance-7.1.0.tgz",
  "integrity": "${INTEGRITY('b35n-int1')}"
},
"node_modules/mapbox-gl": {
  "version": "3.8.0",
  "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.8.0.tgz",
  "integrity": "${INTEGRITY('b35n-int2')}"
}`)}
npm ci fails with EINTEGRITY on mapbox-gl only. Cache issue?`),

  rec('pr_review', f`Security asked whether committing this is a leak. It's the public half for verifying signed e-leaflets, plus the CA cert, both published on our website anyway:

${PUB}

${CERT}`),

  rec('html', f`The newsletter logo shows as a broken image in Outlook:

${amb('source_code.snippet', f`<td align="center"><img width="64" height="48" alt="Glanmor Sinfonia" src="data:image/png;base64,${PNG_B64}"></td>`)}`),

  rec('svg', f`${amb('source_code.snippet', `<svg viewBox="0 0 24 24"><path d="M13 2L3 14h7l-1 8 10-12h-7l1-8z" fill="#f5b700"/><path d="M4.93 4.93l1.41 1.41M2 12h2m16 0h2M17.66 6.34l1.41-1.41" stroke="#333" stroke-width="2"/></svg>`)}
This is the outage-map "power restored" icon — can you make the bolt thinner?`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-28T05:12:44.218Z INFO  auction-clock lot=PN-1128-001 event=start price=8.80 step=0.05 session=4c2e9a71-8b3d-4f05-a1e6-7d92c0b85f34
2024-11-28T05:12:51.903Z INFO  auction-clock lot=PN-1128-001 event=bid buyer=C-0112 price=8.35 session=4c2e9a71-8b3d-4f05-a1e6-7d92c0b85f34
2024-11-28T05:12:51.911Z WARN  auction-clock lot=PN-1128-001 event=late_bid buyer=C-0147 price=8.35 delta_ms=8`)}

Two buyers pressed within 8 ms. Who should win according to the log?`),

  // ── casual "confidential", "secret", "password" ───────────────────────────────────────────
  rec('chat', f`Our guest conductors keep asking for a confidentiality agreement template before they see the season plans. Can you draft a simple one-page NDA for artists, UK law?`),

  rec('chat', f`I'm confident the brass section will manage the Mahler offstage band from the foyer, but the timing with the main orchestra worries me. Any tips from other halls on video monitors or click tracks?`),

  rec('chat_es_cl', f`¿Cuál es el secreto para que la merluza no se desarme en la plancha? Mi suegra dice que es la sal gruesa y dejarla quieta, mi cuñado que es harina. Zanja la discusión, por favor.`),

  rec('chat_sl', f`Kakšna je razlika med "zaupnimi podatki" in "poslovno skrivnostjo" po slovenskem zakonu? Sprašujem, ker pripravljamo interni pravilnik za laboratorij.`),

  rec('chat_eu', f`Pasahitz-politika berria idatzi behar dut kooperatibarako: gutxienez 12 karaktere, ez da derrigorrezkoa 90 egunean behin aldatzea, eta MFA administratzaileentzat. Lagunduko didazu euskaraz eta gaztelaniaz?`),

  rec('chat', f`PE question for the portfolio ops onboarding deck: what's the difference between an LP's "side letter" and the LPA, and why do people keep calling our MFN elections "the secret sauce"? Keep it to 5 bullets.`),

  rec('chat_ms_en', f`Our IT said the password for the new SCADA training laptop will be given in person only, not by email. Can you write a short notice for the trainees explaining why, in English and BM?`),

  rec('chat_es_uy', f`Che, ¿me armás la tabla de capturas por especie? Corvina 184,2 t, pescadilla 96,7 t, merluza 412,0 t, brótola 38,5 t. Zona común de pesca, noviembre 2024, puertos Montevideo y La Paloma. RUT de la empresa 217845930012 para el encabezado.`, 'a company tax id in a header: not personal data'),

  rec('chat_hr', f`Koordinate lovišta za izvještaj: 43°31'12" N 16°02'48" E (Kaštelanski zaljev) i 42°58'30" N 17°10'05" E (Korčulanski kanal). Pretvori u decimalne stupnjeve, molim.`),

  rec('ip_note', f`The outage-desk softphones register to ${amb('pii.ip_address', '10.118.7.5')} and fail over to ${amb('pii.ip_address', '10.118.7.6')}. Since Tuesday they bounce between the two every few minutes — could it be the SIP keepalive interval (currently 30 s)?`),

  rec('chat', f`Portfolio company Bayview Dental uses ISBN-style codes for its patient leaflets, e.g. 978-1-9161-4720-3 — nothing to do with patients, just print codes. Can the print shop reuse them for the Welsh versions or do we need new ones?`),
];
