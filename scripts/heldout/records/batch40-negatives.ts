/**
 * Held-out batch 40: hard negatives — LC templates, MARC records, microchip and work-order numbers,
 * clinical codes, media hashes, placeholders, test keys, public keys, masked and checksum-failing
 * numbers and casual uses of "secret" / "confidential" from the batch's six organisations, in many
 * languages (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous
 * spans. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b40n-sktest', B62, 97));
const STRIPE_PK = tok('pk_', 'live_', '51', fill('b40n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const CERT = pem('CERTIFICATE', 'b40n-cert', 720);
const PUBKEY = pem('PUBLIC KEY', 'b40n-pub', 294);
const ED_PUB = `AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b40n-edpub', B64, 43)}`;
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${b64Bytes('b40n-png', 180)}`;

export const BATCH40_NEGATIVES: DraftRecord[] = [
  rec('lc_template', f`Can you explain to a new joiner what each field in our MT700 template means? Template as stored in the desk's shared drive:

${amb('source_code.snippet', f`:27:1/1
:40A:IRREVOCABLE
:20:[LC REFERENCE]
:31C:[ISSUE DATE YYMMDD]
:31D:[EXPIRY DATE + PLACE]
:50:[APPLICANT NAME AND ADDRESS]
:59:/[BENEFICIARY ACCOUNT / IBAN]
[BENEFICIARY NAME AND ADDRESS]
:32B:[CCY][AMOUNT]
:39A:10/10
:41A:${amb('financial.swift_bic', 'HCBKGB2L')}
BY NEGOTIATION
:43P:NOT ALLOWED
:44E:[PORT OF LOADING]
:46A:+SIGNED COMMERCIAL INVOICE IN 3 ORIGINALS`)}`),

  rec('chat', f`Under UCP 600, if the LC says "presentation within 21 days after the date of shipment" and the B/L is dated 8 November, with expiry 5 December, what's the last day for presentation? And does Article 29 extend it if the 29th is a bank holiday?`),

  rec('marc', f`Why does this MARC record fail validation in our union catalogue? I think it's the 020 field.

${amb('source_code.snippet', f`=LDR  01142cam a2200301 a 4500
=001  ocm1298374651
=005  20240917103512.0
=008  220314s2022\\\\\\\\nyua\\\\\\\\\\b\\\\\\\\001\\0\\eng\\d
=010  \\\\$a  2021048273
=020  \\\\$a9780593318171$q(hardcover)
=020  \\\\$a059331817X
=050  00$aQH541.5.F6$bP67 2022
=082  00$a577.3$223
=100  1\\$aPorter, Imani,$eauthor.
=245  10$aUnderstory :$bthe hidden life of forest floors /$cImani Porter.
=264  \\1$aNew York :$bRiverhead Books,$c2022.`)}`),

  rec('chat_es_co', f`Hola, ¿me ayudas a ordenar por clasificación Dewey estos libros que llegaron por canje a la Biblioteca Pública Piloto?

- 863.64 G216c — Cien años de soledad (ISBN 978-84-376-0494-7)
- 986.106 M152h — Historia mínima de Colombia (ISBN 978-607-462-614-1)
- 581.9861 F563 — Flora de los páramos (ISBN 978-958-775-312-0)
- 028.5 R696p — Promoción de lectura en bibliotecas públicas (ISBN 978-958-8870-47-3)`),

  rec('sip2', f`Our self-check kiosks log the SIP2 login like this, with the values pulled from the config. Is the message format right? The vendor says field CP is missing.

${amb('source_code.snippet', f`9300CN{SIP_USER}|CO{SIP_PASSWORD}|
941
9900302.00
98YYYYNN10000320241206    1014102.00AOTVLC|AMTri-Valley Library Consortium|BXYYYYYYYYYYYNNYYY|AF|`)}

Config: sip_user and sip_password are read from the kiosk's encrypted store at boot.`),

  rec('chat_pt', f`Oi, pode montar uma tabela com esses dados de microchip dos pets da apólice coletiva do canil? Só pra conferência:

- Apólice BP-BR-20931 — Bela, SRD, microchip 985 141 002 847 193, clínica CRMV-SP 48213
- Apólice BP-BR-20932 — Zeus, pastor alemão, microchip 900 164 001 392 804
- Apólice BP-BR-20933 — Nina, poodle, microchip 981 020 000 518 627
Sinistros abertos: SIN-2024-118273, SIN-2024-118301.`),

  rec('code_python', f`Aquest test de la integració de pagaments passa en local però falla al CI amb "No such customer". És correcte fer servir la clau de proves aquí?

${v('source_code.snippet', f`import stripe
import pytest

stripe.api_key = "${STRIPE_TEST}"

@pytest.fixture
def client_prova():
    return stripe.Customer.create(description="Client de proves CI")

def test_pagament_poliza(client_prova):
    pm = stripe.PaymentMethod.create(type="card", card={"number": "${amb('financial.payment_card', '4242424242424242')}", "exp_month": 12, "exp_year": 2030, "cvc": "123"})
    stripe.PaymentMethod.attach(pm.id, customer=client_prova.id)
    assert pm.card.last4 == "4242"`)}`, 'Stripe test key and the well-known test card'),

  rec('work_orders', f`Please group these PM work orders by functional location and estimate total labour hours:

Order 4000918273 | ZM01-CON-CV07-DRV | Replace gearbox oil CV-07 | 6 h | Fitter x2
Order 4000918291 | ZM01-CON-ML02-MTR | Bearing vibration check BM2 DE/NDE | 2 h | Vibration tech
Order 4000918302 | ZM01-SH3-HST-BRK | Winder brake caliper inspection | 8 h | Fitter x2, Electrician
Order 4000918315 | ZM01-CON-CR01-LNR | Crusher liner change (Part no. 2281-4473-00) | 36 h | Boilermaker x3
Torque spec for liner bolts: 2,450 Nm, sequence per drawing MW-CR01-D-0173 rev C.`),

  rec('modbus_map', f`Can you turn this Modbus register map into a Python dict for pymodbus?

${amb('source_code.snippet', f`device,ip,unit,register,type,scale,description
P12 dewatering pump,${amb('pii.ip_address', '10.31.7.42')},1,40001,UINT16,0.1,motor current A
P12 dewatering pump,${amb('pii.ip_address', '10.31.7.42')},1,40003,UINT16,0.01,discharge pressure bar
P14 dewatering pump,${amb('pii.ip_address', '10.31.7.44')},1,40001,UINT16,0.1,motor current A
Sump level,${amb('pii.ip_address', '10.31.7.50')},2,30001,INT16,1,level mm`)}`),

  rec('firmware_fr_cm', f`Bonjour, le fournisseur des variateurs nous a envoyé le nouveau firmware. Comment vérifier l'intégrité avant de flasher les 12 variateurs du concentrateur ?

Fichier : ACS880_fw_3.41.0.2.bin
SHA-256 : ${SHA('b40n-fw')}
N° de série des variateurs concernés : 1N3A291847, 1N3A291853, 1N3A301102
Bon de livraison : BL-2024-11-0573`),

  rec('chat_ru', f`Помоги составить перечень нормативов для ремонта шаровой мельницы: ГОСТ 10905-86 (плиты поверочные), ГОСТ 24643-81 (допуски формы), чертёж МЛ-3200х4500-00.000 СБ, редуктор Ц2Н-450, подшипник 3003792 (СОБ). Даты ремонта: 14.01.2025–02.02.2025.`),

  rec('coding_note', f`Help me write a superbill note. Visit coded as CPT 58300 (IUD insertion) with 99213-25, ICD-10 Z30.430 and N92.0. Labs: LOINC 2106-3 (hCG, urine). Rendering provider NPI 1437285960, place of service 11. Is the -25 modifier justified?`),

  rec('chat_fr', f`Bonjour, pour le dossier d'accréditation, peux-tu mettre ces identifiants de l'établissement au propre ? FINESS 750057826, SIRET 812 437 190 00024, codes CCAM JKFA015 et JKQE001, 14 gynécologues inscrits (RPPS en annexe). Version du logiciel de dossier patient : 8.4.12.`),

  rec('chat_he', f`תעזור לי לבנות טבלת משמרות למרפאה בתל אביב? שעות פעילות 08:00–19:30, ימי שישי עד 13:00. שלוחות פנימיות: קבלה 201, אחיות 214, אולטרסאונד 230. תאריך התחלה 05/01/2025.`),

  rec('chat_ar', f`أبغى جدول يوضح عمولات الاعتمادات المستندية عندنا للعملاء: فتح الاعتماد 0.125% بحد أدنى 500 درهم، التعديل 250 درهم، رسائل MT700 و MT707 و MT799 برسوم سويفت 150 درهم لكل رسالة، والتعزيز حسب مخاطر البلد. السر في التسعير إنه يكون بسيط وواضح للعميل.`),

  rec('moderation_log_vi', f`Em tổng hợp giúp anh log kiểm duyệt này thành bảng nhé:

${amb('source_code.snippet', f`video_id=v_8Zq2kL4m   action=REMOVE   policy=spam.scam   reviewer=mod_vn_114   ts=2024-12-05T14:22:07+07:00
video_id=v_3Tn7wXb2   action=AGE_GATE policy=violence.graphic   reviewer=mod_vn_087   ts=2024-12-05T14:25:41+07:00
video_id=v_9Kp1rMz8   action=NO_ACTION policy=none   reviewer=mod_vn_114   ts=2024-12-05T14:31:09+07:00
case_id=5c1e8a70-2f93-4b6d-a184-9e07d3c52f61`)}`),

  rec('hash_list', f`These are the media hashes from the hash-sharing consortium batch we ingested; can you write a SQL query that finds uploads whose pdq hash is within Hamming distance 31 of any of them?

pdq: ${fill('b40n-pdq1', HEX, 64)}  quality=100
pdq: ${fill('b40n-pdq2', HEX, 64)}  quality=92
md5: ${fill('b40n-md5', HEX, 32)}
sha256: ${SHA('b40n-media')}`),

  rec('chat_uk', f`Допоможи сформулювати парольну політику для бібліотечних терміналів: мінімум 12 символів, без примусової зміни кожні 90 днів, блокування після 5 невдалих спроб. І поясни, чому не варто писати пароль на стікері під клавіатурою.`),

  rec('chat_ca', f`Escriu-me una invitació divertida per al sopar de Nadal del consorci de biblioteques. El menú és secret fins al dia, però sí que podem dir que hi haurà canelons de la iaia de la Montse. Pressupost: 35 € per persona.`),

  rec('form_cs', f`Uprav prosím tento formulář pro nové čtenáře, aby byl přehlednější:

Jméno a příjmení: ______________________
Rodné číslo: XXXXXX/XXXX
Číslo účtu pro vratku kauce: CZ00 0000 0000 0000 0000 0000
Telefon: +420 ___ ___ ___
E-mail: ______________@________`),

  rec('chat_es_bo', f`Hola, una paciente me manda foto de su comprobante y dice "pagué con tarjeta terminada en 5519". El comprobante muestra **** **** **** 5519, autorización 084712, 06/12/2024 10:41, monto Bs 350,00. ¿Cómo busco el pago en el sistema si solo tengo los últimos 4 dígitos?`),

  rec('chat_ht', f`Bonjou, mwen bliye modpas mwen pou sistèm dosye pasyan yo nan klinik la. Kisa m dwe fè? Èske se IT ki pou reyinisyalize l oswa mwen ka fè l pou kont mwen sou paj koneksyon an?`),

  rec('chat_qu', f`Kay willakuyta castellanoman tikraykuy, ama hina: "Bibliotecaqa kichasqa kanqa lunesmanta viernes kama, 8 horamanta 18 horakama. Sabado p'unchawqa 9 horamanta 13 horakama. 2025 watapi musuq librokuna chayamunqa."`),

  rec('chat_ay', f`Aka aymara arut qillqt'ata, castellano aruru jaqukipt'ita: "Chachanakasa warminakasa, qullirinakasa jutapxani lunes 9 de diciembre, alwa 8 horasa. Centro de salud ukan jikisiñani."`),

  rec('pki', f`SWIFT service bureau asked us to confirm these are the public parts they should whitelist for the SFTP channel. It's fine to send them by e-mail, right?

ssh-ed25519 ${ED_PUB} tf-sftp@hcb-ldn

Server host key (known_hosts):
sftp.bureau-tf.net,${amb('pii.ip_address', '194.42.18.77')} ssh-ed25519 ${`AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b40n-hostkey', B64, 43)}`}

Client certificate:
${CERT}`),

  rec('env_example', f`Write a README section explaining each of these, for new devs on the claims service:

${amb('source_code.snippet', f`# .env.example — copy to .env and fill in
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_...
OPENAI_API_KEY=<your OpenAI key>
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/claims
TWILIO_AUTH_TOKEN=
SENTRY_DSN=\${SENTRY_DSN}`)}`),

  rec('gitlab_ci', f`${amb('source_code.snippet', f`deploy_opac:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache openssh-client rsync
    - echo "$SSH_DEPLOY_KEY" | tr -d '\\r' > ~/.ssh/id_ed25519 && chmod 600 ~/.ssh/id_ed25519
    - rsync -az --delete public/ ${amb('pii.email', 'deploy@opac.tvlc.org')}:/var/www/opac/
  variables:
    GIT_DEPTH: "1"
  only:
    - main`)}

The variable SSH_DEPLOY_KEY is protected and masked in the project settings. Is that enough or should I use a file-type variable?`),

  rec('chat_pt', f`Cliente diz que o cartão 5502 3318 4471 2297 "não passa de jeito nenhum" no app. Eu testei o número aqui e o próprio formulário diz que é inválido — acho que ela digitou errado. Como explico isso sem ser grosseiro?`, 'Luhn-failing card number'),

  rec('package_lock', f`${amb('source_code.snippet', f`"node_modules/@orbita/ui-kit": {
  "version": "4.12.3",
  "resolved": "https://registry.npmjs.org/@orbita/ui-kit/-/ui-kit-4.12.3.tgz",
  "integrity": "sha512-${fill('b40n-integ', B64, 86)}==",
  "dependencies": { "react": "^18.3.1", "clsx": "^2.1.1" }
}`)}
npm ci says "integrity checksum failed" for this package only. Clear cache?`),

  rec('chat', f`Evergreen upgrade planning: we're on 3.11.4 with OpenSRF 3.3.1 and PostgreSQL 13.16. Target is 3.13.4 on PostgreSQL 15.8. Ubuntu 22.04.5 → 24.04.1. Can you list the upgrade SQL scripts we'd run in order and the ones that are slow on 4M-row tables?`),

  rec('k8s_ru', f`Почему этот Deployment не подхватывает пароль из секрета?

${amb('source_code.snippet', f`apiVersion: apps/v1
kind: Deployment
metadata:
  name: ts-appeals
  uid: 9e2c7a41-5b8d-4f13-a6e0-c38d17f2b594
spec:
  template:
    spec:
      containers:
        - name: api
          image: registry.orbita.internal/ts/appeals@sha256:${SHA('b40n-digest')}
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: appeals-db
                  key: password`)}`),

  rec('chat_vi', f`Anh viết giúp em một đoạn hướng dẫn đặt mật khẩu cho nhân viên kiểm duyệt: tối thiểu 14 ký tự, bật xác thực hai lớp, không chia sẻ tài khoản. Trong ảnh chụp màn hình hướng dẫn thì để "Mật khẩu: ********" thôi nhé.`),

  rec('chat_fr_ht', f`Bonjour, je prépare un modèle de lettre pour les virements vers nos fournisseurs en France. Dans le modèle j'ai mis « IBAN : FR00 1234 5678 9012 3456 7890 123 » comme exemple à remplacer. Est-ce que c'est clair pour les comptables, ou vaut-il mieux écrire FRxx suivi de blancs ?`),

  rec('survey_zm', f`Summarise these drill-hole collars for the pit expansion plan and tell me which ones are inside the 200 m buffer from the tailings dam:

DDH-24-031  X 384215.4  Y 8578320.7  Z 1248.3  depth 412.5 m  best Cu 2.84% over 14.0 m
DDH-24-032  X 384402.1  Y 8578107.2  Z 1251.9  depth 380.0 m  best Cu 1.97% over 9.5 m
DDH-24-035  X 384780.6  Y 8577941.0  Z 1246.4  depth 455.2 m  best Cu 3.12% over 21.0 m
Datum: Arc 1950 / UTM zone 35S. Tailings dam crest at Y 8577800.`),

  rec('chat_es_co', f`Parce, ¿me ayudas a escribirle al proveedor? El pedido de material didáctico para la biblioteca no ha llegado. Guía de Servientrega 2048 3918 2746, orden de compra OC-2024-00871, factura FE-118273. Llevamos 12 días esperando.`),

  rec('chat_he', f`כתבתי סקריפט שמוריד את הגרסה החדשה של אפליקציית המטופלות. איך בודקים שהקובץ לא השתנה בדרך? ה-checksum שפורסם: ${SHA('b40n-apk')} והגרסה 5.2.1 (build 20241204.3).`),

  rec('chat', f`For the T&S newsletter: summarise the trend of "credential stuffing" attacks on streaming platforms this year — password dumps being replayed against login pages, and how rate limiting and breached-password checks help. No need to cite specific incidents.`),

  rec('chat', f`Our bank's SWIFT code is ${amb('financial.swift_bic', 'HCBKGB2LXXX')} and the sort code for the trade finance operations account is 20-47-61. A customer asks whether they need both for an incoming USD payment from Lusaka. What do I tell them?`),

  rec('js_config', f`Is it OK to ship this in the front-end bundle? The pet-insurance quote page needs Stripe Elements:

${v('source_code.snippet', f`export const config = {
  stripePublishableKey: '${STRIPE_PK}',
  quoteApi: 'https://api.bramblepaw.com/v1/quotes',
  supportedCountries: ['US', 'CA', 'GB'],
};`)}`, 'publishable key: public by design'),

  rec('helm_uk', f`Чому helm не підставляє пароль? values.yaml і шаблон:

${amb('source_code.snippet', f`# values.yaml
db:
  host: pg-library.internal
  user: koha
  existingSecret: koha-db

# templates/deployment.yaml
        - name: KOHA_DB_PASS
          valueFrom:
            secretKeyRef:
              name: {{ .Values.db.existingSecret }}
              key: {{ .Values.db.passwordKey | default "password" }}`)}`),

  rec('html_email', f`Our appointment confirmation e-mail shows the logo as a broken image in Outlook. Template snippet:

${amb('source_code.snippet', f`<td align="center" style="padding:24px 0">
  <img src="data:image/png;base64,${PNG_B64}" width="140" alt="Marigold Women's Health">
</td>
<td><svg width="16" height="16" viewBox="0 0 24 24"><path d="M12 2C8.13 2 5 5.13 5 9c0 5.25 7 13 7 13s7-7.75 7-13c0-3.87-3.13-7-7-7zm0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5z"/></svg></td>`)}`),

  rec('jwks', f`Security review asks whether publishing this on /.well-known is a leak. It's the public key the patient app uses to verify our tokens:

${PUBKEY}`),

  rec('chat_es', f`¿Me ayudas con el texto para la web? Queremos explicar que el número de póliza (formato BP-ES-000000) y el número de microchip del animal (15 dígitos, p. ej. 941 000 024 118 273) son distintos y que para dar un parte solo hace falta el de la póliza.`),

  rec('chat', f`Quick sanity check on a test phone number for the SMS reminder sandbox: we use ${amb('pii.phone', '(312) 555-0147')} in staging. Twilio says it's not a valid mobile — is there a better fictional number?`, 'fictional 555-01xx number: ambiguous'),

  rec('chat_cs', f`Kolegyně říkala, že recept na vánočku je rodinné tajemství, ale že nám ho na vánoční večírek knihovny prozradí. Napiš mi prosím krátkou pozvánku, začátek v 17:00, sraz ve studovně.`),

];
