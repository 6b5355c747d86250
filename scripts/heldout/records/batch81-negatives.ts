/**
 * Held-out batch 81: hard negatives — container numbers, HLA typings, meter serials, booking
 * references, placeholders, documentation and test keys, check-failing numbers, hashes, public
 * keys and casual "confidential" prose from this batch's six settings. Unlabelled apart from
 * ambiguous spans (and pasted code, which is source code). Hand-written, many languages.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b81n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b81n-pklive', B62, 97));
const CERT = pem('CERTIFICATE', 'b81n-cert', 820);
const PUB = pem('PUBLIC KEY', 'b81n-pub', 294);
const SHA = (seed: string) => fill(seed, HEX.toLowerCase(), 64);
const GITSHA = (seed: string) => fill(seed, HEX.toLowerCase(), 40);
const BCRYPT = tok('$2y$10$', fill('b81n-bcrypt', B62 + './', 53));
const SHA512CRYPT = tok('$6$', fill('b81n-salt', B62, 16), '$', fill('b81n-crypt', B62 + './', 86));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA${fill('b81n-png', B64, 220)}`;
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b81n-sshpub', B64, 43)}`;

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH81_NEGATIVES: DraftRecord[] = [
  rec('code_python', f`Moto test for our damage-claims photo uploader fails after upgrading boto3. Any idea?

${v('source_code.snippet', f`import boto3, pytest
from moto import mock_aws

@pytest.fixture(autouse=True)
def fake_env(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

@mock_aws
def test_upload_photo():
    s3 = boto3.client("s3", region_name="eu-central-1")
    s3.create_bucket(Bucket="claims-photos", CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})
    upload_photo(s3, "MRDU4421873", b"\\xff\\xd8")`)}`, 'AWS documentation keys in a test fixture; the fixture is pasted code'),

  rec('env_test_es', f`¿Está bien que tengamos esto en el repositorio del bootcamp? Es solo para las prácticas de pagos:

${cfg(f`# .env.example — entorno de prácticas
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_WEBHOOK_SECRET=whsec_REEMPLAZAR
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/bootcamp_dev`)}

Los alumnos lo copian a .env el primer día.`),

  rec('compose_de', f`Unser GeoServer-Stack startet nicht, PostGIS meldet "password authentication failed". docker-compose.yml:

${cfg(f`services:
  postgis:
    image: postgis/postgis:16-3.4@sha256:${SHA('b81n-digest1')}
    environment:
      POSTGRES_USER: gis
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD}
      POSTGRES_DB: survey
  geoserver:
    image: docker.osgeo.org/geoserver:2.26.1
    environment:
      GEOSERVER_ADMIN_PASSWORD: \${GEOSERVER_ADMIN_PASSWORD:?set in .env}
    ports: ["8080:8080"]`)}

Die .env liegt im selben Ordner.`),

  rec('helm_en', f`Values template for the offer-bridge chart, does the secretKeyRef look right?

${cfg(f`env:
  - name: DATABASE_PASSWORD
    valueFrom:
      secretKeyRef:
        name: {{ .Values.db.secretName }}
        key: password
  - name: FHIR_CLIENT_SECRET
    value: {{ .Values.fhir.clientSecret | quote }}
  - name: OFFER_TIMEOUT_MIN
    value: "45"`)}`),

  rec('chat_it', f`Il cliente dell'hotel ci ha dettato al telefono la carta 4319 5181 5142 4993 ma il POS la rifiuta subito come "numero non valido". Probabilmente ha sbagliato una cifra. Come glielo chiedo di nuovo in modo cortese via email?`, 'the card number fails the Luhn check'),

  rec('folio_en', f`Can you explain the charges on this folio to the guest in simpler words?

HARBOURSTAY EDINBURGH — GUEST FOLIO 771204
Room 318  Arr 22 Nov 2024  Dep 25 Nov 2024
22/11  Room charge BAR-FLEX          £189.00
23/11  Room charge BAR-FLEX          £189.00
23/11  Restaurant (Table 14)          £62.40
24/11  Room charge BAR-FLEX          £189.00
25/11  Payment VISA **** **** **** 7319   -£629.40
Balance                               £0.00
Loyalty: HS-GOLD 8800 4412 9031 7765 — 1,260 points earned`),

  rec('chat_de_iban', f`Ein Kunde der Stadtwerke hat uns für das SEPA-Lastschriftmandat die IBAN DE47 1582 3400 8608 3438 66 angegeben, das Portal sagt "Prüfziffer ungültig". Kannst du eine kurze Mail formulieren, in der wir ihn bitten, die IBAN noch einmal vom Kontoauszug abzuschreiben?`, 'IBAN with wrong check digits'),

  rec('form_en_us', f`We got this on a bootcamp scholarship application. The applicant wrote "ITIN 912-74-3381" in the SSN box. Can we accept an ITIN for the scholarship tax form, or do we need to ask for something else?`, 'area 9xx: not an SSN'),

  rec('chat_en_gb', f`A new starter in the billing office gave NI number DA 48 29 17 B but payroll software rejects it. Is there a pattern that NI numbers can't start with? Draft a polite email asking her to check her payslip.`, 'NINO with an unissued prefix'),

  rec('chat_hi', f`छात्र ने स्कॉलरशिप फॉर्म में आधार 5891 1682 6762 लिखा है पर UIDAI वेरिफिकेशन "invalid Aadhaar" बता रहा है। उसको क्या मैसेज भेजें कि दोबारा जाँच ले?`, 'Verhoeff-failing Aadhaar number'),

  rec('gatein_tr', f`Bu gate-in raporunu İngilizce tabloya çevirir misin?

Depo: Mersin MRS-02   Tarih: 26.11.2024
Konteyner No      Tip    Durum     Mühür No    Rezervasyon
MRDU 442187-3     45G1   Hasarlı   TR8841027   MRS2411-0093
MRDU 551902-0     22G1   Temiz     TR8841033   MRS2411-0093
TGHU 884120-7     45R1   Temiz     TR8841040   MRS2411-0101
Not: MRDU 442187-3 sol kapı menteşesi kırık, EIR 2024-11-26-118.`),

  rec('edi_en', f`Why does the depot's system reject this CODECO? It says "segment count mismatch".

${cfg(f`UNB+UNOA:2+MERIDLEASE+PIRDEPOT01+241126:0412+4471'
UNH+1+CODECO:D:95B:UN:ITG14'
BGM+34+CDC2411260412+9'
EQD+CN+MRDU5519020:6346:5+22G1:6346:5++2+4'
DTM+7:202411260355:203'
LOC+165+GRPIR:139:6+PIRDEPOT01:TER:ZZZ'
CNT+16:1'
UNT+6+1'
UNZ+1+4471'`)}`),

  rec('hla_report_nl', f`Kun je dit typeringsresultaat omzetten naar een overzichtelijke tabel voor het matchingsoverleg? (geanonimiseerd, alleen monsternummer)

Monster: LAB-24-08812 (donor)
HLA-A*02:01, A*24:02
HLA-B*44:02, B*51:01
HLA-C*05:01, C*15:02
HLA-DRB1*04:01, DRB1*15:01
HLA-DQB1*03:02, DQB1*06:02
Methode: NGS, resolutie 2-veld, rapport 2024-11-25`),

  rec('crossmatch_en', f`Explain this crossmatch summary to a new coordinator:

Sample ID X-24-5531 / Offer 24-3391
CDC T-cell: negative   CDC B-cell: negative
Flow XM T: 38 MCS (cut-off 50)   Flow XM B: 112 MCS (cut-off 150)
DSA screen: anti-DQ7 MFI 1,850 (below 2,000 threshold)
Interpretation: compatible, proceed.`),

  rec('meter_csv_cs', f`Spočítej průměrnou spotřebu na odběrné místo z tohoto exportu:

${cfg(f`vodomer;odberne_misto;odecet_od;odecet_do;stav_od;stav_do
18-447215;OM-0048120;2024-07-01;2024-10-01;1184;1262
18-447216;OM-0048121;2024-07-01;2024-10-01;40211;40288
19-002981;OM-0050033;2024-07-03;2024-10-02;912;1004`)}`),

  rec('water_bill_pl', f`Wyjaśnij mieszkańcowi w prostych słowach, z czego składa się ten rachunek:

Faktura VAT nr WK/2024/11/048812
Nr klienta: 7714-0088-21
Okres: 01.09.2024 – 31.10.2024
Woda: 14,2 m³ × 6,48 zł = 92,02 zł
Ścieki: 14,2 m³ × 9,71 zł = 137,88 zł
Opłata abonamentowa: 2 × 7,90 zł = 15,80 zł
Termin płatności: 29.11.2024`),

  rec('drone_log_en', f`Can you summarise this flight log header for the client report?

Aircraft: Matrice 350 RTK  S/N 1581F5FJD228400A77Q2
Firmware: 09.01.0308
Flight ID: 20241122-1431-ABJ12
Take-off: 9.05712 N, 7.48921 E, alt 482 m AMSL
Max altitude AGL: 118 m   Distance: 14.6 km   Duration: 00:38:12
Battery pack: TB65 #B07729, cycles 142
Airspace authorisation: NCAA/UAS/2024/1188`),

  rec('sha_ru', f`Проверь, пожалуйста, совпадают ли контрольные суммы прошивки, которую мы скачали для дронов, с опубликованными:

скачанный файл: ${SHA('b81n-fw1')}  M350_FW_v09.01.0308.bin
на сайте:       ${SHA('b81n-fw1')}
второй файл:    ${SHA('b81n-fw2')}  RC_Plus_FW_v01.02.0512.bin
на сайте:       ${SHA('b81n-fw3')}`),

  rec('deploy_log_ko', f`LMS 연동 서비스 배포 로그인데, 롤백된 커밋이 뭔지 알려주세요:

${cfg(f`[deploy] service=lms-sync env=prod
[deploy] previous=${GITSHA('b81n-git1')} target=${GITSHA('b81n-git2')}
[deploy] request_id=3f9a1c72-5e48-4b0d-9a61-c27e8d4b1f05
[deploy] healthcheck failed (3/3) — rolling back to ${GITSHA('b81n-git1')}
[deploy] done in 184s`)}`),

  rec('lockfile_en', f`npm ci fails on the hotel loyalty front-end with EINTEGRITY, here's the lock entry:

${cfg(f`"node_modules/@harbourstay/ui-kit": {
  "version": "4.12.0",
  "resolved": "https://npm.pkg.github.com/download/@harbourstay/ui-kit/4.12.0/${fill('b81n-res', HEX.toLowerCase(), 40)}",
  "integrity": "sha512-${fill('b81n-integ', B64, 86)}==",
  "peerDependencies": { "react": "^18.2.0" }
}`)}`),

  rec('as2_cert_fr', f`Le dépôt d'Anvers nous a envoyé son certificat AS2 public pour le chiffrement. Peux-tu me dire jusqu'à quand il est valide si je le colle dans openssl ? Voilà :

${CERT}`, 'public certificate: not a secret'),

  rec('pubkey_da', f`Her er den offentlige nøgle til SFTP-kontoen for dronebilleder, kan du tilføje den til authorized_keys-eksemplet i vores guide?

${SSH_PUB} drone-upload@basestation-02

Og her er den fra HLA-laboratoriets signering:
${PUB}`),

  rec('email_template_ms', f`Betulkan HTML templat e-mel ucapan hari jadi ahli loyalti ini, logo tak keluar dalam Outlook:

${v('source_code.snippet', f`<table width="600" cellpadding="0" cellspacing="0">
  <tr><td><img src="data:image/png;base64,${PNG_B64}" alt="HarbourStay" width="64"></td></tr>
  <tr><td style="font-family:Arial">Selamat hari jadi, {{first_name}}! Nikmati 500 mata bonus.</td></tr>
</table>`)}`),

  rec('prose_en', f`We're evaluating confidential computing (AMD SEV-SNP) for the HLA matching service so that genotype data stays encrypted in memory. Which cloud providers support it in the EU today, and what's the performance overhead?`),

  rec('prose_de', f`Kannst du mir eine Vorlage für eine Vertraulichkeitsvereinbarung (NDA) mit einem Drohnen-Subunternehmer erstellen? Wichtig: Luftbilder der Kläranlage dürfen nicht veröffentlicht werden.`),

  rec('prose_sv', f`Jag är ganska säker på att prognosen för beläggningen i mars är för låg, men revenue-chefen är mer confident än jag. Hur kan jag visa osäkerheten i en graf?`),

  rec('prose_es_do', f`En la coordinación de trasplantes, la identidad del donante es confidencial por ley y la familia receptora nunca recibe su nombre. ¿Cómo redacto una carta de agradecimiento anónima que la familia del receptor pueda enviar a través de nosotros?`, 'describes a confidentiality rule; it does not mark this text'),

  rec('policy_nb', f`Kan du gjøre denne passordregelen enklere å lese for ansatte på hotellet?

"Passord må ha minst 14 tegn, inneholde store og små bokstaver, tall og spesialtegn, og kan ikke være et av de 12 siste passordene dine. Passordet byttes hver 180. dag. Del aldri passordet ditt med kolleger, heller ikke på vakt."`),

  rec('redacted_fi', f`Poistin salasanat ennen kuin liitin tämän, riittääkö?

${cfg(f`[billing-db]
host=db-vesi-01
user=laskutus
password=********
[sms]
api_key=<REDACTED>
sender=TREVESI`)}`),

  rec('shadow_en', f`After restoring the bootcamp lab VM from backup, student logins fail. Did the restore mangle /etc/shadow? One line:

student07:${amb('credential.password_assignment', SHA512CRYPT)}:19998:0:99999:7:::

And from the LMS users table: password_hash = ${amb('credential.password_assignment', BCRYPT)}`),

  rec('stripe_docs_pt', f`No módulo de pagamentos do bootcamp ensinamos os alunos a usar o cartão de teste ${amb('financial.payment_card', '4242 4242 4242 4242')} com qualquer CVC. Existe um cartão de teste que simule "saldo insuficiente"?`),

  rec('form_template_en_us', f`Here's the mock data for the bootcamp's form-validation exercise. Is there anything that could be mistaken for real data?

Name: Jane Example
SSN: ${amb('pii.us_ssn', '123-45-6789')}
Phone: ${amb('pii.phone', '(212) 555-0147')}
ZIP: 90210`),

  rec('git_remote_vi', f`Học viên clone repo bài tập bằng SSH bị "Permission denied (publickey)". Remote là ${amb('pii.email', 'git@github.com')}:fullstack-k12/week3.git. Hướng dẫn giúp mình tạo SSH key trên Windows.`),

  rec('firewall_hr', f`Treba mi pravilo za vatrozid: samo GIS server smije pristupiti bazi očitanja.

GIS server: ${amb('pii.ip_address', '10.14.2.25')}
Baza: ${amb('pii.ip_address', '10.14.3.8')}, port 5432
Uprava (VPN raspon): ${amb('pii.ip_address', '172.20.0.0')}/16
Napiši iptables pravila.`),

  rec('placeholder_ja', f`このREADMEの手順、分かりやすく直してもらえますか？

1. \`cp .env.sample .env\`
2. \`.env\` の OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxx を自分のキーに置き換える
3. HF_TOKEN=hf_YOUR_TOKEN_HERE も同様
4. \`npm run dev\` で口コミ要約ツールを起動`),

  rec('booking_ar_sa', f`ترجم تأكيد الحجز هذا إلى الإنجليزية:

رقم التأكيد: NKH-RUH-2411-88412
الفندق: نخلة الرياض
تاريخ الوصول: 14/02/2025 — المغادرة: 16/02/2025
نوع الغرفة: ديلوكس كينج
رمز السعر: BAR-FLEX / LOY-GOLD
رقم العضوية: 7740 1822 9104 5538`),

  rec('voucher_el', f`Ο πελάτης έχει δωροεπιταγή ξενοδοχείου με αριθμό 6280 1144 7730 2291 και το σύστημα λέει "μη έγκυρος αριθμός". Γράψε του ένα ευγενικό μήνυμα να μας στείλει φωτογραφία της επιταγής.`, 'card-shaped voucher number that fails the Luhn check'),

  rec('isbn_sw', f`Tunahitaji vitabu hivi kwa maktaba ya bootcamp ya Mombasa, niandikie barua ya kuagiza: "Clean Code" ISBN 978-0-13-235088-4 (nakala 5) na "Designing Data-Intensive Applications" ISBN 978-1-4493-7332-0 (nakala 3).`),

  rec('tracking_pt_br', f`O kit de drones para o curso de mapeamento chegou? Rastreio dos Correios: QB418220715BR e da DHL 4471028365. Pedido no fornecedor: PO-2024-11-0884.`),

  rec('coords_kk', f`Ұшу жоспары үшін мына нүктелерді WGS84-тен UTM 43N (EPSG:32643) жүйесіне айналдырып бер:
P1 43.23891, 76.88942
P2 43.24117, 76.90215
P3 43.23560, 76.91033`),

  rec('versions_zh', f`升级依赖后会员小程序白屏，package.json 里改了这些：react@18.3.1 → react@19.0.0，@tarojs/taro 3.6.32 → 4.0.7，@harbourstay/points-sdk 2.1.0 → 2.4.0。哪个最可能导致问题？`),

  rec('uuid_pl', f`Każdy uczestnik bootcampu ma w systemie identyfikator, np. 7d3e9a10-4c2b-4f8e-91a6-5b0f2d8c7e41. Czy mogę go bezpiecznie używać w linkach do certyfikatów, czy lepiej generować osobny token?`),

  rec('masked_fr_be', f`Un client conteste le prélèvement de sa facture d'eau. Sur son relevé il voit "DOM SEPA BE** **** **** 4471" et référence de mandat MND-2023-004871. Comment lui expliquer d'où vient ce prélèvement ?`),

  rec('notam_en_in', f`Rewrite this NOTAM-style restriction for our drone pilots' briefing in simple English:

A1184/24 NOTAMN
Q) VABF/QRTCA/IV/BO/W/000/004/1901N07252E005
A) VABF B) 2412010030 C) 2412152330
E) TEMPORARY RESTRICTED AREA FOR UAS OPS 5NM RADIUS OF 190100N 0725200E SFC-400FT AGL.`),

  rec('rate_grid_en', f`Help me spot inconsistencies in this rate grid (GBP, per night):

Rate code   Mon-Thu  Fri-Sat  Sun
BAR-FLEX    189      229      169
BAR-NRF     161      195      144
LOY-GOLD    179      217      160
CORP-NHS    142      142      142
Group block ref GRP-2501-TCC (transplant conference, 40 rooms)`),

  rec('invalid_phone_nl', f`In het piketrooster staat voor Jeroen het nummer +31 6 1234 — dat klopt natuurlijk niet, er missen cijfers. Kun je een herinnering opstellen voor alle coördinatoren om hun mobiele nummer te controleren?`, 'phone-shaped number libphonenumber rejects'),

  rec('container_csv_ro', f`Fă-mi un rezumat pe tipuri de container din lista de returnări:

${cfg(f`container,tip,data_retur,depou,observatii
MRDU4421873,45G1,2024-11-18,CND01,usa stanga
MRDU5519020,22G1,2024-11-19,CND01,
TGHU8841207,45R1,2024-11-21,CND02,unitate frigorifica verificata
MRDU6630415,40HC,2024-11-22,CND01,podea`)}`),

  rec('tariff_hu', f`A vízdíj tarifatáblát írd át angol nyelvű táblázatba:

Tarifakód: VZ-LAK-2025
Alapdíj: 1 184 Ft/hó (DN20 mérő)
Vízdíj: 348,20 Ft/m³
Csatornadíj: 412,90 Ft/m³
Hatályos: 2025.01.01-től, KSH-szám: 15731486-3600-321-01`),

  rec('chat_guarani_es', f`Che ra'a, ¿cómo se calcula el "cold ischaemia time" en el informe? Ejemplo: clampaje 02:10, llegada al centro receptor 09:45, reperfusión 11:20. ¿Son 9 h 10 min?`),

  rec('chat_sinhala', f`අපේ ජල බිල්පත් පද්ධතියේ ගිණුම් අංක ආකෘතිය ගැන ප්‍රශ්නයක්: 04-118-22017-6 වගේ අංකවල අන්තිම ඉලක්කම check digit එකක්ද? එය ගණනය කරන්නේ කොහොමද?`),
];
