/**
 * Held-out batch 43: hard negatives — meter and part numbers, register maps, placeholders, test keys,
 * masked cards, business ids, checksums, casual "secret"/"confidential" and look-alike numbers from the
 * newspaper, greenhouse, ambulance, parts, school and water settings (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b43n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b43n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const PUB = pem('PUBLIC KEY', 'b43n-pub', 294);
const CERT = pem('CERTIFICATE', 'b43n-cert', 820);
const PNG_B64 = b64Bytes('b43n-png', 300);
const BCRYPT = tok('$2y$10$', fill('b43n-bcrypt', B62 + './', 53));
const CRYPT6 = tok('$6$', fill('b43n-salt', B62, 16), '$', fill('b43n-crypt', B62 + './', 86));
const SRI = tok('sha384-', fill('b43n-sri', B64, 64));

export const BATCH43_NEGATIVES: DraftRecord[] = [
  // ── newspaper ──
  rec('env_example', f`${amb('source_code.snippet', f`# abo-service/.env.example — kopieren nach .env und ausfüllen
STRIPE_SECRET_KEY=sk_live_DEIN_KEY_HIER
STRIPE_WEBHOOK_SECRET=whsec_...
ABO_DB_URL=postgres://USER:PASSWORD@localhost:5432/abo
SENDGRID_API_KEY=<aus 1Password>
MAILCHIMP_API_KEY=`)}

Schreib mir bitte eine README-Sektion, die jede Variable erklärt.`),

  rec('env_dev', f`${amb('source_code.snippet', f`# .env.development (absichtlich eingecheckt, nur Testmodus)
STRIPE_SECRET_KEY=${STRIPE_TEST}
NEXT_PUBLIC_STRIPE_KEY=${PK_LIVE}`)}
Ist es schlimm, dass der publishable Key ein Live-Key ist?`),

  rec('receipt_de', f`Ihre Zahlung für das Digitalabo Plus

Rechnungsnummer: EK-R-2025-0048127
Zeitraum: 01.02.2025 – 28.02.2025
Betrag: 14,90 € (inkl. 7 % MwSt.)
Bezahlt mit: Mastercard •••• •••• •••• 6640
Mandatsreferenz: EK-700112-01

Kannst du den Text ins Englische übersetzen?`),

  rec('chat', f`The subscription form validation rejects "DE00 1234 5678 9012 3456 78" which a tester typed — good, but also rejects real IBANs with lowercase letters. Which regex should I use before the mod-97 check?`, 'a test IBAN with check digits 00: invalid, unlabelled'),

  rec('chat_de', f`Wie schreibe ich einen Kommentar über Quellenschutz? Es geht um das Zeugnisverweigerungsrecht und warum wir die Identität unserer Informanten vertraulich behandeln, auch gegenüber der Polizei. 3000 Zeichen, sachlich.`),

  rec('print_order', f`Druckauftrag Montag: Auflage 31.400, ISSN 0943-8214, ISBN Jahreschronik 978-3-9817204-3-6, Druckplatten-Job 2025-02-10-HA-03, Papier 45 g/m², Farbprofil ISOnewspaper26v4. Kannst du die Zahlen in eine Tabelle für die Druckerei bringen?`),

  rec('html_newsletter', f`Outlook zeigt das Logo im Newsletter nicht an:

${amb('source_code.snippet', f`<td align="center"><img src="data:image/png;base64,${PNG_B64}" width="180" alt="Elbe-Kurier"></td>
<script src="https://cdn.elbe-kurier.de/nl/track.js" integrity="${SRI}" crossorigin="anonymous"></script>`)}`),

  rec('chat', f`Für die Wahlberichterstattung brauche ich Zahlen: Wahlkreis 37, 14 Gemeinden, 98.412 Wahlberechtigte, Wahlbeteiligung 2021 78,3 %. Mach mir eine Grafik-Idee.`),

  // ── greenhouse ──
  rec('modbus_map', f`Registerkaart klimaatcomputer (Modbus holding registers), kun je hier een JSON-config van maken voor de poller?

adres | naam | type | eenheid
40101 | temp_kas | float32 | °C
40103 | rv | float32 | %
40105 | co2 | float32 | ppm
40111 | raamstand_lij | int16 | %
40112 | raamstand_wind | int16 | %
40201 | ec_giet | float32 | mS/cm`),

  rec('firmware', f`Welke firmware moet ik flashen op de irrigatiecomputer? Leverancier geeft:
gietunit-fw-3.14.2.bin  sha256:${SHA('b43n-fw1')}
gietunit-fw-3.15.0.bin  sha256:${SHA('b43n-fw2')}
Release notes 3.15.0: fix voor EC-sensor drift, nieuwe Modbus-registers 40201-40210.`),

  rec('harvest_csv', f`${amb('source_code.snippet', f`week;kas;ras;kg;trossen;gem_trosgewicht
5;4;Merlice;18412;31904;0,577
5;6;Brioso;9214;38720;0,238
6;4;Merlice;19880;33140;0,600
6;6;Brioso;10057;41230;0,244`)}
Bereken de groei per week per ras.`),

  rec('chat_es_mx', f`¿Cuál es la diferencia entre los códigos de lote 24-TLJ-0612-B y 24-TLJ-0612-C en las cajas de jitomate? El cliente en Guadalajara dice que recibió 1,840 cajas con el código de empaque 7501234 y etiqueta GTIN 17501234000128.`),

  rec('chat_nl', f`Het wachtwoord van de klimaatcomputer staat in de kluis onder "Priva kas 1-8", niet in dit document. Kun je een werkinstructie schrijven voor hoe nieuwe teeltmedewerkers toegang aanvragen?`),

  rec('chat_uk', f`Допоможіть скласти оголошення для гуртожитку: прибирання кухні щочетверга, ключ від пральні у бригадира, зміна починається о 6:30. Пароль від Wi-Fi на дверях кухні не публікувати в чаті.`),

  rec('chat_hu', f`Mit jelent az, hogy a paradicsom "titkos receptje" a magas EC érték? A kolléga szerint 6,5 mS/cm felett édesebb lesz a Merlice. Igaz ez?`),

  rec('gps', f`Brix-metingen per vak, plot dit op een kaart: 52.0094, 4.2213 (vak A); 52.0101, 4.2229 (vak B); 52.0088, 4.2247 (vak C). Gemiddelde Brix 5,8 / 6,1 / 5,4.`),

  // ── ambulance ──
  rec('dispatch_uuid', f`${amb('source_code.snippet', f`2025-01-14T07:52:18.441+02:00 INFO  dispatch incident=INC-25-01142 correlation=3f8b2c71-9d04-4a6e-b815-c27e09a4d3f6 unit=EH-231 prio=B
2025-01-14T07:52:40.019+02:00 INFO  dispatch incident=INC-25-01142 correlation=3f8b2c71-9d04-4a6e-b815-c27e09a4d3f6 action=ASSIGN eta_min=11
2025-01-14T08:03:11.902+02:00 WARN  avl      unit=EH-231 gps_fix=lost duration_s=42`)}
Miksi GPS-signaali katoaa aina samassa kohdassa Vaasan keskustassa?`),

  rec('chat_fi', f`Miten hätänumero 112 ja päivystysapu 116 117 eroavat toisistaan? Teen potilasohjetta kotiutuville.`),

  rec('medical_codes', f`Tehtäväkoodit ja ICD-10: 703 rintakipu → I20.0, 745 aivohalvaus → I63.9, 773 myrkytys → T51.0. Tee taulukko koulutusmateriaaliin, kolme saraketta.`),

  rec('vehicle', f`Fleet list for the insurance renewal: EH-231 VIN WDB9066331S842917, km 284,110; EH-232 VIN WDB9066351S790324, km 198,402; reg. plates ZKP-231, ZKP-232. Summarise by mileage band.`),

  rec('chat_sv', f`Vad betyder "sekretess" i patientjournaler i Finland jämfört med Sverige? Jag ska förklara det för nya ambulansvårdare, ingen juristtext tack.`),

  rec('cert', f`VPN concentrator for the ambulances: is it safe to send this to the vendor? It's the server certificate and the public key they asked for.

${CERT}

${PUB}`),

  // ── parts distributor ──
  rec('parts_list', f`Kitting list for the PM kit, please sort by bin and dedupe:
0190-34127 Rev B  O-ring kit, chamber lid   qty 4  bin KR-A12
839-015732-001    Bellows assy              qty 1  bin KR-C03
0021-78814        Heater jacket, foreline   qty 2  bin KR-A12
715-203418-004    RF match PCB              qty 1  bin VN-B07`),

  rec('shipping', f`Where is our shipment? DHL Express AWB 4829173605, UPS 1Z 9W8 4V7 04 1839 2175, HS code 8486.90.0000, commercial invoice KWP-INV-2025-0312, Incoterm DAP Hwaseong. The customer says customs is holding it.`),

  rec('chat_ko', f`사업자등록번호 214-87-39105 형식이 맞는지 확인해 주세요. 세금계산서 발행하려는데 홈택스에서 오류가 납니다.`, 'Korean business registration number: a company id, not personal'),

  rec('chat_vi', f`Mã số thuế công ty 0315829417 và mã số thuế chi nhánh 0315829417-001 khác nhau thế nào khi xuất hóa đơn điện tử? Giải thích ngắn gọn giúp mình.`),

  rec('docker', f`Our parts-portal image got two different digests on the same tag, which one is running?
ghcr.io/kestrel-parts/portal:2.8.1@sha256:${SHA('b43n-dg1')}
ghcr.io/kestrel-parts/portal:2.8.1@sha256:${SHA('b43n-dg2')}
And git says the release commit is 9c41e07b2fd8a63e15c0d94f7a28e6b301dc5f47.`),

  rec('aws_test', f`${v('source_code.snippet', f`import boto3
from moto import mock_aws

@mock_aws
def test_stock_export(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    s3 = boto3.client("s3", region_name="ap-northeast-2")
    s3.create_bucket(Bucket="kestrel-stock", CreateBucketConfiguration={"LocationConstraint": "ap-northeast-2"})
    export_stock("kestrel-stock")
    assert s3.list_objects_v2(Bucket="kestrel-stock")["KeyCount"] == 1`)}
Test passes locally, fails in CI with NoRegionError.`, 'AWS documentation keys in a moto fixture: no credential; the test itself is code'),

  rec('gha', f`${amb('source_code.snippet', f`- name: Publish catalog
  env:
    NPM_TOKEN: \${{ secrets.NPM_TOKEN }}
    JF_ACCESS_TOKEN: \${{ secrets.ARTIFACTORY_TOKEN }}
  run: |
    echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > .npmrc
    npm publish --access restricted`)}
Is writing the .npmrc like this leaking the token into the logs?`),

  rec('chat_he', f`איך מסבירים ללקוח את ההבדל בין "חלק מקורי" ל"חלק משופץ" בהצעת מחיר? אני רוצה פסקה קצרה באנגלית, בלי סודות מסחריים.`),

  rec('chat_id', f`Tolong jelaskan beda nomor PO 4500218377 dan nomor GR 5000418273 di SAP untuk staf gudang baru. Singkat saja.`),

  rec('luhn_fail', f`A customer in Daegu sent a card number for the deposit by e-mail, 4893 9704 5432 5481 — our payment portal says invalid. I told him to use the payment link instead. Is there anything else I should tell him about sending card numbers by e-mail?`, 'Luhn-failing card number, unlabelled'),

  // ── language school ──
  rec('form_template', f`Melhora este formulário de inscrição para ser mais claro para alunos com pouco português:

Nome completo: ______________________
Data de nascimento: DD/MM/AAAA
N.º de passaporte ou título de residência: ______________
NIF: _ _ _ _ _ _ _ _ _
Telemóvel: +351 ___ ___ ___
E-mail: ____________@__________`),

  rec('chat_pt', f`A palavra "segredo" em "o segredo é praticar todos os dias" — como explico a diferença entre "segredo" e "confidencial" aos alunos de nível A2? Dá exemplos simples.`),

  rec('chat_hi', f`क्या आप पुर्तगाली में "मेरा नाम ... है" और "मेरा फ़ोन नंबर ... है" जैसे वाक्य सिखाने के लिए एक अभ्यास बना सकते हैं? नंबर की जगह खाली जगह छोड़ दें।`),

  rec('chat_el', f`Θέλω μια άσκηση για τους αριθμούς στα πορτογαλικά: 17, 28, 96, 1.250, 2025. Οι μαθητές πρέπει να τους γράψουν ολογράφως.`),

  rec('exam_schedule', f`Calendário de exames CIPLE, 2025: 14 de março (sala 3, 09:30), 23 de maio (sala 1, 14:00), código de centro LX-0417, inscrições até 28/02. Faz um cartaz simples em português e ucraniano.`),

  rec('chat', f`For the phone-call role play I want a fake number on the worksheet. Is ${amb('pii.phone', '(555) 010-0147')} OK for a US-style one, or should I use a Portuguese format like "912 000 000"?`, 'fictional 555-01xx number in a teaching exercise: ambiguous'),

  rec('password_hash', f`The old school website (PHP) stored passwords like ${ambCat('credential', BCRYPT)} and the even older Linux box had ${ambCat('credential', CRYPT6)} in /etc/shadow. Are these safe to keep in the backup we're archiving?`, 'password hashes: ambiguous, no rule id'),

  // ── water utility ──
  rec('meter_csv', f`${amb('source_code.snippet', f`cislo_vodomeru;om;datum;stav_m3;typ
VM-21048377215;40218733;2025-01-31;1284,417;Q3=4
VM-21048377309;40219011;2025-01-31;312,008;Q3=2,5
VM-19037718422;40219260;2025-01-31;5417,920;Q3=10`)}
Spočítej spotřebu za leden, prosinec máš v minulém exportu.`),

  rec('lab_results', f`Rozbor pitné vody, vzorek 2025/0211-07 (VDJ Kopec): E. coli 0 KTJ/100 ml, dusičnany 18,4 mg/l, tvrdost 2,41 mmol/l, pH 7,6, volný chlor 0,12 mg/l. Napiš srozumitelné shrnutí pro web.`),

  rec('scada_tags', f`Tag list z WinCC pro novou čerpací stanici, uděl z toho tabulku pro dokumentaci:
CS_Lipova.P1.Run, CS_Lipova.P1.Fault, CS_Lipova.LT101.Level_m, CS_Lipova.FT201.Flow_lps, CS_Lipova.PLC.IP = ${amb('pii.ip_address', '10.50.1.21')}, Modbus unit 1, port 502.`),

  rec('conn_placeholder', f`Jak správně zapsat connection string pro historian, když heslo obsahuje středník?
Server=hist01;Database=WinCC_Hist;User Id=hist_reader;Password=<heslo>;Encrypt=True
Potřebuju příklad s uvozovkami.`),

  rec('business_ids', f`Na fakturu pro město potřebuju správné údaje: Městská vodárna Třebovice, s. r. o., IČO 27418935, DIČ CZ27418935, spisová značka C 48217 vedená u KS v Brně. Zkontroluj formát.`),

  rec('chat', f`Our password policy for the SCADA engineering workstations: 16+ characters, no rotation unless compromised, separate admin accounts, and "Heslo: ********" on screenshots only. Can you turn that into a one-page policy in Czech?`),

  rec('helm', f`${amb('source_code.snippet', f`selfservice:
  db:
    host: pg-portal.vodarna.local
    existingSecret: portal-db
    passwordKey: password
  smtp:
    password: "{{ .Values.global.smtpPassword }}"`)}
Helm ignoruje existingSecret a hledá heslo v values. Proč?`),

  rec('hu_chat', f`Vízóra-leolvasóknak írok útmutatót: a mérőóra sorozatszáma 11 jegyű, pl. 21048377215, az ügyfélszám 8 jegyű, pl. 40219011. Hogyan magyarázzam el, melyiket hova kell írni az appban?`),

  rec('git_remote', f`New laptop, cloning the SCADA docs repo fails: git clone ${amb('pii.email', 'git@github.com')}:vodarna-trebovice/scada-docs.git → "Permission denied (publickey)". I generated a key with ssh-keygen -t ed25519, what's next?`),
];
