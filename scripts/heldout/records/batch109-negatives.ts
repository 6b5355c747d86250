/**
 * Held-out batch 109: hard negatives — bond identifiers, VINs, blood-unit numbers, register maps,
 * placeholders, test keys, masked or check-digit-failing numbers, hashes, public keys and casual
 * uses of "confidential", from the same six workplaces. Unlabelled apart from ambiguous spans and
 * pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b109n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b109n-pklive', B62, 97));
const PUB_PEM = pem('PUBLIC KEY', 'b109n-pub', 294);
const CERT = pem('CERTIFICATE', 'b109n-cert', 880);
const SHA = (seed: string) => fill(seed, HEX, 64);
const BCRYPT = tok('$2y$10$', fill('b109n-bcrypt', B62 + './', 53));
const SSH_PUB = tok('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI', fill('b109n-sshpub', B64, 43));
const PNG_B64 = b64Bytes('b109n-png', 96);

export const BATCH109_NEGATIVES: DraftRecord[] = [
  rec('bond_list', f`Sort these by maturity and compute the average coupon:

ISIN          Issuer   Coupon  Maturity    Price
DE000BU2Z015  Germany  2.600   15/08/2034  101.42
FR001400QMF9  France   3.000   25/11/2034   98.77
IT0005584849  Italy    3.850   01/09/2049   94.10
ES0000012M51  Spain    3.450   31/07/2043   97.35
NL0015001XZ6  NL       2.500   15/07/2034  100.06`),

  rec('damage_report_ca', f`Tradueix al castellà aquest informe de danys: Vehicle SEAT León, bastidor VSSZZZKLZPR027415, matrícula 4817 LKT, quilometratge 23.418 km. Ratllada de 18 cm a la porta posterior dreta i impacte al para-xocs. Número d'expedient DC-2024-11-00482.`),

  rec('isbt_labels', f`Explain what each part of these ISBT 128 labels means for our new lab techs:

DIN: W0417 24 318406 7   Product: E0336V00 (Red Blood Cells, Leukocytes Reduced)
DIN: W0417 24 318407 5   Product: E4553V00 (Apheresis Platelets)
Expiry: 0240182359 (Julian date format)
ABO/Rh: 5100 (O Rh+)`),

  rec('modbus_map_is', f`Geturðu útskýrt þessa Modbus-töflu fyrir nýjan starfsmann í gróðurhúsinu?

Register  Type   Description             Unit
40001     UINT16 Valve A1 state          0/1
40002     UINT16 Valve A2 state          0/1
40101     INT16  Drain EC                0.01 mS/cm
40102     INT16  Drain pH                0.01
40201     UINT32 Water meter total       L`),

  rec('env_example', f`${cfg(f`# fleet-ingest/.env.example — copy to .env and fill in
MQTT_URL=mqtts://telematics.example.com:8883
MQTT_USER=<ingest-user>
MQTT_PASSWORD=<your-password>
GOOGLE_MAPS_KEY=YOUR_API_KEY
SENTRY_DSN=
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/fleet`)}

Is this example file safe to commit? Anything I should add?`),

  rec('helm_values', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: donor-portal-db
type: Opaque
stringData:
  DB_USER: {{ .Values.db.user | quote }}
  DB_PASSWORD: {{ .Values.db.password | quote }}
  SENDGRID_API_KEY: \${SENDGRID_API_KEY}`)}

helm template renders DB_PASSWORD empty — where does .Values.db.password come from?`),

  rec('env_test', f`${cfg(f`# .env.test for the winter-appeal donation page
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_WEBHOOK_SECRET=whsec_placeholder`)}

Bu test ortamı, canlı publishable key burada olabilir mi?`),

  rec('code_fixture', f`Моки AWS перестали работать после обновления moto:

${code(f`@pytest.fixture
def s3(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    with mock_aws():
        yield boto3.client("s3", region_name="eu-central-1")`)}`),

  rec('receipt_en_ie', f`Can you translate this rental receipt into Irish for the customer? (Yes, she asked for it in Irish.)

Agreement: RA-778231   Dublin Airport → Galway
Vehicle: Skoda Octavia 241-D-48273
Paid: Visa **** **** **** 7316   €412.60
Excess hold released: €1,500.00 on 04/11/2024`),

  rec('chat_ga', f`An féidir leat an t-admháil seo a aistriú go Béarla? Íocadh le cárta •••• 0921, uimhir an chonartha RA-778231, €412.60, 04/11/2024.`),

  rec('card_typo', f`Customer says our booking page rejects her card. She read it to me over the phone as 4929 1873 0458 2216 — the form says "invalid card number". Is that just a typo on her side? What's the quickest way to tell?`, 'Luhn-failing number: not a card'),

  rec('iban_typo_lv', f`Banka atgriež maksājumu: "Nederīgs IBAN". Saņēmējs norādīja LV13 HABA 0521 5654 7919 9. Vai kontrolcipari ir nepareizi? Kā to pārbaudīt?`, 'IBAN with wrong check digits'),

  rec('qa_cards', f`QA checklist for the new damage-payment page:
- Visa ${amb('financial.payment_card', '4111 1111 1111 1111')} → approved
- Mastercard ${amb('financial.payment_card', '5555 5555 5555 4444')} → approved
- 3DS challenge card ${amb('financial.payment_card', '4000 0000 0000 3220')} → challenge
Expiry any future date, CVC 123.

Turn this into a Gherkin feature file.`),

  rec('training_script_en_us', f`Role-play script for new rental agents (use the fictional number): "Thanks for calling RentWheel roadside help, you can also text us at ${amb('pii.phone', '(555) 010-4477')}."

Make it friendlier and shorter.`),

  rec('form_example', f`Our benefits form has "SSN: ${amb('pii.us_ssn', '123-45-6789')}" as the example placeholder — legal says that number has been misused for decades. What should we show instead?`),

  rec('log_uuid', f`${cfg(f`2024-11-04T08:12:01.334Z INFO claims-api claim_id=3f1c9b27-8e4d-4a6f-b2d0-7c5e1a9f4b83 status=OPEN photos=6
2024-11-04T08:12:03.902Z INFO claims-api claim_id=3f1c9b27-8e4d-4a6f-b2d0-7c5e1a9f4b83 estimate_requested vendor=expertise-nord
2024-11-04T08:14:47.118Z WARN claims-api claim_id=a08d2e5f-14c3-4b79-9e61-5f2b7d3c8a40 photo_upload_timeout ms=30000`)}

Why does the photo upload time out only for some claims?`),

  rec('firmware_hashes', f`Na kontrolerima za navodnjavanje treba provjeriti firmware. Proizvođač je objavio:

drip-ctl-fw-4.12.1.bin  sha256: ${SHA('b109n-fw1')}
drip-ctl-fw-4.12.2.bin  sha256: ${SHA('b109n-fw2')}

Kako provjerim hash na Linuxu i Windowsu?`),

  rec('changelog_sl', f`Prevedi spremembe v angleščino:

a3f9e21 popravek izračuna vrednosti kupona (ACT/ACT)
7c04d5b dodan izvoz MT535 v CSV
e19b88f posodobitev odvisnosti (pandas 2.2.3)
Docker image: registry.example/bo-recon@sha256:${SHA('b109n-digest')}`),

  rec('package_lock', f`${cfg(f`"node_modules/libphonenumber-js": {
  "version": "1.11.12",
  "resolved": "https://registry.npmjs.org/libphonenumber-js/-/libphonenumber-js-1.11.12.tgz",
  "integrity": "sha512-${fill('b109n-integ', B64, 86)}==",
  "license": "MIT"
}`)}

Hangi paket libphonenumber-js'i çekiyor, nasıl bulurum?`),

  rec('public_key', f`Our custodian asked for our SFTP public key. Is this the right file to send them?

${SSH_PUB} bo-settlement@batch01`),

  rec('pem_public', f`Դիտեք, խնդրում եմ, սա ճիշտ հանրային բանալի՞ է, որը պետք է ուղարկենք վճարային գործընկերոջը ստորագրությունները ստուգելու համար․

${PUB_PEM}`),

  rec('cert', f`Ο πάροχος SMS μάς έστειλε αυτό το πιστοποιητικό για pinning. Πώς βλέπω την ημερομηνία λήξης;

${CERT}`),

  rec('chat_casual_conf', f`How do other newsrooms keep sources confidential when reporters use their personal phones? Looking for practical policies, not legal theory.`),

  rec('chat_nda_template_bn', f`আমাদের অনুসন্ধানী দলের জন্য একটি confidentiality agreement template দরকার, যেটা ফ্রিল্যান্স অনুবাদকরা সই করবেন। বাংলা ও ইংরেজিতে খসড়া করে দিন।`),

  rec('chat_conf_computing', f`Is "confidential computing" on Azure worth it for the beneficiary database, or is disk encryption enough? We store names and phone numbers of displaced families.`),

  rec('hash_db', f`Старая система пожертвований хранит пароли так: ${ambCat('credential', BCRYPT)}. Это нормально или надо мигрировать на argon2?`, 'a password hash: ambiguous, no rule claims it'),

  rec('network_plan', f`Network plan for the new greenhouse compartment, please check for overlaps:

VLAN 20 irrigation PLCs  ${amb('pii.ip_address', '10.20.0.0/24')}   gw ${amb('pii.ip_address', '10.20.0.1')}
VLAN 30 climate sensors  ${amb('pii.ip_address', '10.30.0.0/24')}   gw ${amb('pii.ip_address', '10.30.0.1')}
VLAN 40 cameras          ${amb('pii.ip_address', '10.30.0.128/25')} gw ${amb('pii.ip_address', '10.30.0.129')}
Mask ${amb('pii.ip_address', '255.255.255.0')} on VLAN 20/30.`),

  rec('bic_list', f`Sıralayıp ülkeye göre gruplar mısın?
${amb('financial.swift_bic', 'DEUTDEFF')}, ${amb('financial.swift_bic', 'BNPAFRPP')}, ${amb('financial.swift_bic', 'TCZBTR2A')}, ${amb('financial.swift_bic', 'COBADEFF')}, ${amb('financial.swift_bic', 'ISBKTRIS')}`),

  rec('gps_mi', f`Tēnā koe, whakamāoritia tēnei: Ko ngā whare kōmata hou kei 38.1368° S, 176.2497° E me 38.1402° S, 176.2511° E. He 2.4 heketea te rahi, ā, ka tīmata te whakamākūkū aunoa hei te 1 o Hakihea.`),

  rec('bond_calendar_ms', f`Tolong ringkaskan jadual ini: lelong Sukuk Prihatin siri 2 pada 12/11/2024, tarikh penyelesaian 14/11/2024, matang 14/11/2029, kupon 2.75% setahun, saiz terbitan RM500 juta.`),

  rec('password_prose_tl', f`Paano ko ipapaliwanag sa mga field officer na kailangang palitan ang password tuwing 90 araw at dapat may 12 na karakter ito? Gawin mong simpleng Tagalog at Ingles.`),

  rec('placeholder_git', f`Step 3 of our onboarding doc says: git clone https://ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx@github.com/kaswest/irrigation-plc-export.git — is there a nicer way to write that for new staff?`),

  rec('svg_path', f`${cfg(f`<svg viewBox="0 0 120 40" xmlns="http://www.w3.org/2000/svg">
  <path d="M4 32 L18 12 L32 26 L46 8 L60 20 L74 14 L88 30 L102 6 L116 18" fill="none" stroke="#c0392b" stroke-width="2"/>
</svg>`)}

Sparkline for the investigations newsletter. Can you make the line smoother?`),

  rec('data_image', f`Mail template for donors shows a broken image: <img src="data:image/png;base64,${PNG_B64}" alt="drop">. Is the base64 truncated?`),

  rec('imei_list_km', f`សូមរៀបចំតារាងនេះ: ឧបករណ៍តាមដានរថយន្ត IMEI 862104058273614, 862104058273622, ICCID 8985501204827361549 — ត្រូវដំឡើងក្នុងរថយន្តជួល ១២ គ្រឿង។`),

  rec('uti_lei', f`Check the format of these trade reporting fields:
UTI: 5493001KJTIIGC8Y1R12SOV20241104T000918
LEI: 5493001KJTIIGC8Y1R12
Trade ref: BO-2024-11-04-000918
Settlement date: 06/11/2024`),

  rec('price_table_zh_tw', f`請幫我把以下殖利率表翻成英文：
期別    票面利率  殖利率   價格
5年期   1.500%   1.612%   99.472
10年期  1.625%   1.701%   99.318
20年期  1.750%   1.812%   98.960`),

  rec('fert_recipe_af', f`Kan jy hierdie bemestingsresep in 'n tabel sit? Tamatie, week 6: EC 2.6 mS/cm, pH 5.8, N 210 ppm, K 340 ppm, Ca 180 ppm, druppelaars 2 L/h, 8 pulse per dag, dreinasie teiken 25–30%.`),

  rec('yoruba_notice', f`Jọ̀wọ́ tú ìkéde yìí sí Gẹ̀ẹ́sì: Ìpàdé fún àwọn olùfúnni ẹ̀jẹ̀ yóò wáyé ní ọjọ́ 16 oṣù kọkànlá 2024, aago mẹ́wàá òwúrọ̀, ní gbọ̀ngàn ilé-ìwòsàn. Ẹ mú káàdì olùfúnni yín wá.`),

  rec('ofcom_drama', f`For the podcast re-enactment of the tip-off call we need a fake UK number that can never ring — is ${amb('pii.phone', '07700 900418')} safe to say on air?`),

  rec('hausa_sms', f`Don Allah ka fassara wannan saƙon SMS zuwa Turanci: "Za a biya tallafin kuɗi na watan Nuwamba a ranar Litinin. Ku zo da katin rajista. Lambar taimako: 3312 (kyauta)."`, 'a four-digit short code is not a phone number'),

  rec('excel_formula', f`${cfg(f`=IF(AND(D2>=DATE(2024,11,1),E2="DVP"),WORKDAY(D2,2,Holidays!A:A),"")`)}

Formule werkt niet voor trades op vrijdag, waarom?`),

  rec('pseudonym_hash', f`Pseudonymised donor key in the research extract: donor_hash=${SHA('b109n-dhash')} (SHA-256 of the internal id + pepper). Is this enough for GDPR pseudonymisation?`),

  rec('tracking_ne', f`पार्सल ट्र्याकिङ नम्बर 1Z 4F8 72A 03 9182 7461 र अर्डर नम्बर ORD-2024-118273 — ग्रीनहाउस सेन्सरहरू कहिले आइपुग्छन् भनेर आपूर्तिकर्तालाई सोध्ने इमेल लेखिदिनुहोस्।`),

  rec('cidr_mn', f`Эдгээр сүлжээг firewall дүрэмд нэмэх үү? ${amb('pii.ip_address', '10.40.0.0/16')}, ${amb('pii.ip_address', '172.21.40.0/24')}, ${amb('pii.ip_address', '192.168.50.0/24')} — бүгд дотоод сүлжээ.`),

  rec('version_te', f`మా డ్రిప్ కంట్రోలర్ ఫర్మ్‌వేర్ 4.12.1 నుండి 4.12.2కి అప్‌డేట్ చేయాలా? విడుదల గమనికలు: Modbus timeout సరిచేయబడింది, node-red 3.1.9 మద్దతు.`),

  rec('age_public', f`Reporters should encrypt files to our desk's age recipient: age1${fill('b109n-agepub', 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)} — write a one-paragraph how-to for Windows users.`, 'an age recipient is a public key'),

  rec('samoan_notice', f`Fa'amolemole fa'aliliu i le Igilisi: "O le a tatala le fale tioata fou o fualaau faisua i le Aso Gafua 2 Tesema. E le mana'omia ni pepa, na'o lou tino mai i le 9 i le taeao."`),

  rec('quechua_notice', f`Kay willakuyta castellanoman tikray: "Qullqi yanapakuyqa hamuq killa p'unchaw 5 kanqa. Qillqasqa kartaykichikta apamuychik. Tapukuykunapaq: municipio wasipi."`),
];
