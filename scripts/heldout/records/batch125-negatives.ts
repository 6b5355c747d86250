/**
 * Held-out batch 125: hard negatives from the six teams — placeholders, documentation and test
 * values, hashes and ids, vehicle, vessel, lot and customs references, failing check digits,
 * public keys and casual uses of "confidential"/"secret"/"password", in many languages
 * (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, b64, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b125n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b125n-pklive', B62, 97));
const PUB_PEM = pem('PUBLIC KEY', 'b125n-pub', 294);
const CERT = pem('CERTIFICATE', 'b125n-cert', 780);
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 40);
const BCRYPT = tok('$2b$12$', fill('b125n-bcrypt', B62 + './', 53));
const SHADOW = tok('$6$', fill('b125n-s6salt', B62, 16), '$', fill('b125n-s6hash', B62 + './', 86));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAADAAAAAw${b64Bytes('b125n-png', 360)}`;

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH125_NEGATIVES: DraftRecord[] = [
  rec('env_template', f`Ist diese .env.example so okay zum Einchecken? Die echten Werte kommen aus dem Secret Store.

${cfg(f`# fines-importer/.env.example
APP_ENV=dev
AWS_ACCESS_KEY_ID=<your-access-key-id>
AWS_SECRET_ACCESS_KEY=<your-secret-access-key>
FINES_BUCKET=mobilo-bussgeld-scans-dev
TWILIO_AUTH_TOKEN=\${TWILIO_AUTH_TOKEN}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/fines`)}`),

  rec('code_python', f`moto fixture for the fines S3 upload test, it fails after upgrading boto3:

${code(f`@pytest.fixture
def s3(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    with mock_aws():
        client = boto3.client("s3", region_name="eu-central-1")
        client.create_bucket(Bucket="fines-test", CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})
        yield client`)}`, 'AWS documentation keys in a test fixture; the fixture is pasted code'),

  rec('chat_de', f`Welche Angaben aus diesem Bußgeldbescheid brauche ich für die Zuordnung zur Miete? "Aktenzeichen 545.12.204719.3, Kennzeichen B-MO 4821E, Tatzeit 03.02.2025 08:14 Uhr, Tatort Berlin, Torstraße 140, Tatbestandsnummer 141312, Verwarnungsgeld 55,00 €, FIN WMWXR31090TZ48217"`),

  rec('receipt_fr', f`Reçu de caution – Mobilo Carsharing
Location R-88140 · 05/02/2025 14:10 → 16:55
Caution préautorisée : 300,00 € sur VISA **** **** **** 4621
Caution libérée le 06/02/2025
N° d'autorisation : 084213

Le client demande pourquoi la caution apparaît encore sur son relevé, tu peux expliquer le délai bancaire ?`),

  rec('chat_es', f`¿Cómo leo este número de bastidor? VSSZZZKJZRR048217. El cliente dice que el coche que le multaron no era el suyo; la matrícula de la multa es 4821 KMB y la nuestra 4821 KMD.`),

  rec('chat_en', f`Damage-desk question: is it legal to keep dashcam footage of a renter for 90 days after a claim is closed? No specific case, just want to understand the GDPR angle before we write the retention policy.`),

  rec('chat_it', f`Il cliente dice che ha pagato con la carta regalo Mobilo, numero 5018 2947 3618 2943, ma il credito non risulta. Come funziona il saldo delle gift card nel nostro backoffice?`, 'gift-card number the text calls a voucher; fails the Luhn check'),

  rec('docs_en', f`For the payment sandbox, use the card ${amb('financial.payment_card', '4242 4242 4242 4242')} with any future expiry and any CVC. Declines can be simulated with ${amb('financial.payment_card', '4000 0000 0000 0002')}. Write this up as a one-pager for the new damage-desk staff who test the deposit flow.`),

  // hearing lab
  rec('chat_en_gb', f`Can you help me describe our audiogram thresholds table in plain English for a lay summary? Right ear: 250 Hz 15 dB HL, 500 Hz 20, 1000 Hz 25, 2000 Hz 40, 4000 Hz 55, 8000 Hz 65. Left roughly symmetrical, 5 dB better at 4 kHz.`),

  rec('chat_da', f`Hvordan skal vi pseudonymisere deltagerne i høreforsøget? Lige nu bruger vi koder som HL-0412, HL-0415 osv. og gemmer nøglen i et separat, låst Excel-ark. Er det nok ifølge GDPR?`),

  rec('chat_de', f`Wie schreibe ich in der Einverständniserklärung verständlich, dass die Audiodaten pseudonymisiert gespeichert werden und ein Widerruf jederzeit möglich ist? Die Ethikkommission möchte weniger Fachbegriffe.`),

  rec('log', f`Nach dem Update des Audiometrie-PCs kommen diese Meldungen, ist das kritisch?

${cfg(f`2025-03-10T08:02:14Z INFO  AudioStar-Sync v4.12.1.3 started
2025-03-10T08:02:15Z INFO  device AS-PRO serial 2048-1193-7751 calibrated 2025-01-22
2025-03-10T08:02:15Z WARN  sync target ${ip('10.40.2.15')} responded slowly (1840 ms)
2025-03-10T08:02:16Z INFO  session 6f1c2a93-4d7b-4e58-9a02-3b7d5c8e1f46 uploaded (hash ${SHA('b125n-sess')})`)}`),

  rec('chat_ko', f`청력 검사 결과지에 있는 "SRT 24 dB, WRS 88% @ 65 dB HL" 이런 표현을 참가자에게 쉽게 설명하는 문장을 만들어 주세요.`),

  rec('chat_he', f`אני צריך לכתוב לנבדקים שהמידע שלהם נשמר באופן אנונימי. איך לנסח את זה בעברית פשוטה בלי להבטיח יותר ממה שאנחנו יכולים?`),

  rec('chat_nl', f`Iemand in het lab vraagt of ons Wi-Fi-wachtwoord sterk genoeg is, ons beleid zegt "minimaal 14 tekens, geen woordenboekwoorden". Kun je uitleggen waarom lengte belangrijker is dan speciale tekens?`),

  // spice importer
  rec('chat_en', f`Help me fill the customs entry: MRN 25NL7Q8R4W2K9T3M61, container MSKU 482917-3, B/L MAEU 248173956, HS 0910 20 00 (saffron), EORI NL812734916, net mass 42.6 kg. Which box does the CN code go in on the H1 declaration?`),

  rec('chat_tr', f`Sumak için gümrük tarife pozisyonu 0910 99 ve lot numarası SMK-2025-0118. Analiz sertifikasında "Ochratoxin A < 2 µg/kg" yazıyor; AB limiti nedir?`),

  rec('chat_fr', f`Notre recette de ras el hanout a un ingrédient secret (la rose de Damas), est-ce qu'on est obligés de le déclarer sur l'étiquette en tant qu'allergène ou simplement dans la liste des ingrédients ?`),

  rec('chat_vi', f`Số lô hàng quế: CIN-YB-2504-017, ngày đóng gói 04/2025, hạn dùng 04/2027. Nhãn tiếng Anh của mình ghi "Best before end 04/2027" có đúng chuẩn EU không?`),

  rec('lab_csv_ml', f`കീടനാശിനി അവശിഷ്ട പരിശോധനാ ഫലങ്ങൾ ആണ്, EU MRL-നേക്കാൾ കൂടുതലുള്ളവ അടയാളപ്പെടുത്താമോ?

${cfg(f`lot;product;analyte;result_mg_kg;mrl_mg_kg
CUM-2025-031;cumin ground;ethylene oxide;0.08;0.05
PAP-25-017;paprika smoked;chlorpyrifos;<0.01;0.01
TUR-0425;turmeric;lead;1.9;1.5
CIN-YB-2504-017;cinnamon;coumarin;2950;n/a`)}`),

  rec('chat_hi', f`हल्दी के सैंपल की जांच में "लेड क्रोमेट" की बात आई है। यह क्या होता है और इसे मिलावट क्यों माना जाता है? आसान भाषा में समझाइए।`),

  rec('chat_ar', f`ما هي شروط استيراد الزعفران إلى الاتحاد الأوروبي من حيث شهادة المنشأ والفحوصات المخبرية؟ لا أحتاج إلى تفاصيل شحنة معينة.`),

  rec('chat_nl_be', f`Moeten we een geheimhoudingsovereenkomst (NDA) laten tekenen door de externe labo's? Heb je een template van een vertrouwelijkheidsovereenkomst in het Nederlands?`),

  // theatre
  rec('env_file', f`Staging config for the box office — I know these are test keys, but is a live publishable key okay here?

${cfg(f`STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_WEBHOOK_SECRET=whsec_REPLACE_ME
SEATS_API=https://staging.boxoffice.lanterna-theatre.org/api`)}`),

  rec('chat_it', f`Lo spettacolo di aprile si intitola "Top Secret: l'Agente Topolino" — mi aiuti con un testo per la locandina che piaccia a bambini di 6-9 anni?`),

  rec('chat_pt_pt', f`Na bilheteira temos os lugares numerados assim: Plateia fila C lugares 11-18, Balcão fila A 1-6 (cadeira de rodas). Como explico isto num e-mail às escolas sem parecer confuso?`),

  rec('html_pt_br', f`O logo aparece quebrado no Outlook no e-mail de confirmação dos ingressos. Trecho do template:

${cfg(f`<td align="center">
  <img src="data:image/png;base64,${PNG_B64}" width="48" height="48" alt="Lanterna">
  <p style="font:14px Arial">Booking LNT-2025-04412 · 3 × Kind, 1 × Erwachsene</p>
</td>`)}`),

  rec('chat_es_mx', f`Estoy confiada en que la función para kínder va a ser un éxito, pero ¿cómo le decimos a las maestras que no se permite grabar con el celular sin sonar regañones?`),

  rec('chat_pl', f`Kod biletu na bramce to EAN 5903847291638 — czy czytnik może mieć problem z biletami drukowanymi w domu na słabej drukarce?`),

  rec('svg_fr', f`L'icône du siège s'affiche à l'envers dans Safari, vous auriez une idée ?

${cfg(f`<svg viewBox="0 0 24 24" width="24" height="24"><path d="M4 18v3h3v-3h10v3h3v-6H4v3zm15-8h3v3h-3zM2 10h3v3H2zm15 3H7V5c0-1.1.9-2 2-2h6c1.1 0 2 .9 2 2v8z"/></svg>`)}`),

  // data broker
  rec('csv', f`Suppression list sample (SHA-256 of normalised emails). Does our matching need a salt? Partner asks.

${cfg(f`sha256_email,added,reason
${SHA('b125n-h1')},2025-02-03,art17
${SHA('b125n-h2')},2025-02-03,ccpa_delete
${SHA('b125n-h3')},2025-02-04,art21_objection`)}`),

  rec('chat_en_us', f`Our opt-out form has a help text "Enter your SSN in the format ${amb('pii.us_ssn', '123-45-6789')}". Legal says we shouldn't ask for SSN at all for deletion requests. Can you rewrite the help text for a form that only asks for name, email and state?`),

  rec('chat_de', f`Gibt es eine Vorlage für eine Vertraulichkeitsvereinbarung mit einem Dienstleister, der Löschanfragen für uns bearbeitet? Oder reicht der AV-Vertrag nach Art. 28 DSGVO?`),

  rec('fixture_py', f`Test data for the identity-verification step, all fake — the validator should reject them. Does the test cover everything?

${code(f`INVALID_IDS = [
    ("us_ssn", "666-41-7386"),      # area 666 never issued
    ("us_ssn", "529-00-7386"),      # group 00
    ("in_aadhaar", "7392 0481 5639"),  # bad Verhoeff digit
    ("uk_nhs", "485 921 7366"),     # bad mod-11
    ("br_cpf", "529.384.017-78"),   # bad check digits
]

@pytest.mark.parametrize("kind,value", INVALID_IDS)
def test_rejects(kind, value):
    assert not validate(kind, value)`)}`),

  rec('db_dump', f`Found this in an old export of the opt-out portal's user table (staff accounts). Are the hashes a problem if the file leaked?

${cfg(f`id | username        | password_hash
 1 | compliance_lead | ${amb('credential.password_assignment', BCRYPT)}
 2 | ops_readonly    | ${amb('credential.password_assignment', tok('$2b$12$', fill('b125n-bcrypt2', B62 + './', 53)))}`)}`),

  rec('chat_ja', f`GDPR の「忘れられる権利」と CCPA の削除権の違いを、データブローカーの立場から表にまとめてください。具体的な事例は不要です。`),

  rec('chat_ru', f`Я уверен, что наш процесс удаления соответствует закону, но юрист хочет аудит. Какие вопросы обычно задаёт внешний аудитор по запросам на удаление данных?`),

  rec('deploy_log', f`Deploy of the deletion-sweep worker — which image actually ran?

${cfg(f`Step 4/9 : FROM python:3.12-slim@sha256:${SHA('b125n-digest')}
 ---> 3f9a1c7e2b48
Successfully built 8d2e4b91c0f7
commit ${GIT('b125n-git1')} (HEAD -> main, tag: v2.8.3)
request_id=c1f07e92-8b3d-4a56-9e14-72d5b0a3f8c6 status=deployed`)}`),

  rec('pem', f`Partner sent us their public key to encrypt the deletion-confirmation files. Is this the right format for gpg --import, or do I need to convert it?

${PUB_PEM}`),

  rec('stripe_ids', f`Refund for a duplicated opt-out processing fee — which of these IDs do I give to Stripe support? payment_intent pi_3QxR7mLk4TnB9wHd0s5JcV2p, charge ch_3QxR7mLk4TnB9wHd0gK8yPq1, customer cus_QhT4m9XbL2vR8d`),

  // shipyard
  rec('chat_en', f`Draft an email to the class society about MV Nordlys, IMO 9482172, MMSI 257482910, call sign LAXY7. Hull blasting on dock 2 from 17 to 28 March, thickness measurements by subcontractor Baltic Hull Services.`),

  rec('chat_no', f`Hvordan regner jeg ut dokkleie for et skip på 142 m LOA, 21 dager, når satsen er 38 NOK per meter per døgn pluss 12 500 NOK i fast gebyr? Vis utregningen.`),

  rec('chat_pl', f`Podwykonawca pyta, czy jego spawacze muszą mieć certyfikaty wg ISO 9606-1, czy wystarczy EN 287. Numer zlecenia WO-2025-0317, blok 14B. Jak to ładnie sformułować po angielsku?`),

  rec('netplan_cs', f`Wi-Fi pro subdodavatele v loděnici: dává tenhle plán VLAN smysl?

${cfg(f`vlan 30  name SUBCON-WIFI   gateway ${ip('10.30.0.1')}/22   dhcp ${ip('10.30.0.50')}-${ip('10.30.3.200')}
vlan 40  name YARD-OFFICE   gateway ${ip('192.168.40.1')}/24
vlan 99  name MGMT          gateway ${ip('10.99.0.1')}/24`)}`),

  rec('email_en', f`Please shorten this footer for the subcontractor newsletter:

"Kestrel Drydock Ltd · Registered in Scotland SC482917 · VAT GB 482 9173 65
${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')} If you received it in error, please delete it."`),

  rec('chat_el', f`Είμαι σίγουρος ότι ο υπεργολάβος θα ζητήσει παράταση. Πώς γράφουμε μια ευγενική αλλά σταθερή απάντηση για τη σύμβαση εργασιών ΣΒ-2025/041;`),

  rec('chat_tr', f`Tersanede taşeron çalışanları için güvenlik brifingi hazırlıyorum: kişisel koruyucu donanım, sıcak iş izni, kapalı alan girişi. Maddeler halinde Türkçe bir taslak yazar mısın?`),

  rec('chat_zh', f`我们船厂的分包合同里有一条"保密条款"，能帮我用中文解释一下一般包括哪些内容吗？不需要具体案例。`),

  rec('shadow', f`Old Linux box in the yard office, we want to check if the accounts of the ex-subcontractor are still active. /etc/shadow lines:

${cfg(f`subcon1:${amb('credential.password_assignment', SHADOW)}:19745:0:99999:7:::
subcon2:!:19745:0:99999:7:::
backup:*:19000:0:99999:7:::`)}`),

  rec('cert', f`The crane vendor's server certificate, does the CN match crane-monitor.kestrel-drydock.com?

${CERT}`),

  rec('json_cfg', f`Is this config for the gate-pass printer valid JSON? It's the base64 of the label layout, nothing secret:

${cfg(f`{"printer":"Zebra ZD421","layout":"${b64('{"w":54,"h":86,"fields":["name","company","valid_until","qr"]}')}","dpi":300}`)}`),

  rec('chat_ka', f`როგორ ვთარგმნო ინგლისურად "ქვეკონტრაქტორის სამუშაოს მიღება-ჩაბარების აქტი"? ოფიციალური დოკუმენტისთვის მჭირდება.`),

  rec('chat_sv', f`Varvets polska underleverantör fakturerar utan moms och skriver "odwrotne obciążenie". Hur ska vi bokföra det i Sverige, och vad ska det stå på fakturan för att omvänd skattskyldighet ska gälla?`),
];
