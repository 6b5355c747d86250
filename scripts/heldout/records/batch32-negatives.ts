/**
 * Held-out batch 32: hard negatives from the six workplaces — serials, UDI barcodes, draw
 * results, container and certificate numbers, register maps, meter reads, placeholders, test
 * keys and cards, masked values, hashes, public keys, and casual uses of "secret", "password",
 * "clave", "hasło", "şifre", "nenosiri" and "confidential" (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 40);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b32n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b32n-pklive', B62, 97));
const PGP_PUB = `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGb${fill('b32n-pgppub0', B64, 57)}\n${(fill('b32n-pgppub', B64, 640).match(/.{1,64}/g) ?? []).join('\n')}\n=${fill('b32n-pgpcrc', B64, 4)}\n-----END PGP PUBLIC KEY BLOCK-----`;
const CERT = pem('CERTIFICATE', 'b32n-cert', 910);
const TYPE9 = tok('$9$', fill('b32n-t9a', B62 + './', 14), '$', fill('b32n-t9b', B62 + './', 43));

export const BATCH32_NEGATIVES: DraftRecord[] = [
  // ---------------------------------------------------------------- Kestrel
  rec('chat', f`The customer's asset register wants the UDI split into fields. Can you parse these GS1 strings into GTIN, expiry, lot and serial?

(01)04987542118203(17)270331(10)24K118(21)AU58-041877
(01)04987542118203(17)270331(10)24K118(21)AU58-041902
(01)05060418227745(11)240915(21)ULT80-SN41877`),

  rec('pm_checklist', f`Turn this PM record into a customer-facing service report:

Asset: ULT-80 freezer, S/N ULT80-SN41877, site HRMC Biobank
Firmware before: 3.8.2 (build 20240611.1427) → after: 3.9.0 (build 20250204.0918)
Firmware image sha256: ${SHA('b32n-fw')}
Parts used: KLS-PN 7710-0042 door gasket ×1, KLS-PN 7720-0318 condenser filter ×1
Readings: -80.4 °C setpoint -80, door open recovery 11 min, alarm test OK (local + remote)
Next PM due: 09/2025`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example — kestrel-dispatch
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token_here
TWILIO_MESSAGING_SERVICE_SID=
DATADOG_API_KEY=<datadog-api-key>
SERVICENOW_PASSWORD=\${SNOW_PASSWORD}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/dispatch`)}

Write a README table explaining each variable and where new engineers get the values.`),

  rec('chat', f`Proposed MQTT topic layout for the telemetry fleet, does it scale to ~4,000 devices?

kestrel/{country}/{site_id}/{device_class}/{serial}/telemetry
kestrel/{country}/{site_id}/{device_class}/{serial}/alarm
kestrel/{country}/{site_id}/{device_class}/{serial}/cmd

e.g. kestrel/ke/akuh-nbo/ult80/ULT80-SN41877/telemetry, broker cluster at ${amb('pii.ip_address', '10.8.0.20')}–22, QoS 1 for alarms, 0 for telemetry.`),

  rec('ini', f`LocalStack for the IoT integration tests — is this enough or does the SDK still try real AWS?

${amb('source_code.snippet', f`[localstack]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-west-1
endpoint_url = http://localhost:4566`)}`, 'AWS documentation keys'),

  rec('json', f`Why does the dashboard show this device twice? Two payloads from the same freezer:

${amb('source_code.snippet', f`{"device_id":"6f0d2a91-3c7e-4b58-a1d4-92e8c07b5f13","serial":"ULT80-SN41877","ts":"2025-03-12T08:00:00Z","temp_c":-80.2,"door":0,"fw":"3.9.0"}
{"device_id":"d41b7e08-95a2-4c63-8f1e-3a07c29d6b84","serial":"ULT80-SN41877","ts":"2025-03-12T08:00:00Z","temp_c":-80.2,"door":0,"fw":"3.9.0"}`)}`),

  rec('doc_ja', f`以下の手順書を英語に翻訳してください。

【サービスモードのパスワードを忘れた場合】
1. 装置の電源を切り、メインボードのDIPスイッチ4をONにします。
2. 電源を入れ、画面の指示に従って新しいパスワードを設定します。
3. 設定後、DIPスイッチ4をOFFに戻します。
※パスワードはお客様ご自身で管理してください。弊社からお伝えすることはできません。`),

  rec('git', f`Which of these commits should I cherry-pick into the 3.9 hotfix branch? Only the alarm fix.

${GIT('b32n-g1').slice(0, 7)} (HEAD -> main) feat(telemetry): batch uploads when offline
${GIT('b32n-g2').slice(0, 7)} fix(alarm): door-open alarm not cleared after recovery
${GIT('b32n-g3').slice(0, 7)} chore(deps): bump paho-mqtt to 2.1.0
${GIT('b32n-g4').slice(0, 7)} (tag: v3.9.0) release 3.9.0`),

  // ---------------------------------------------------------------- LottoVia
  rec('press_it', f`Riscrivi questo comunicato in inglese per il sito corporate:

Estrazione del Lotto n. 31 di sabato 8 marzo 2025
Bari 12 – 47 – 63 – 8 – 71 | Cagliari 5 – 29 – 34 – 77 – 88 | Firenze 14 – 22 – 58 – 60 – 81
10eLotto: numero oro 47, doppio oro 47–12
SuperEnalotto concorso n. 31: 7 – 19 – 33 – 52 – 68 – 84, Jolly 41, SuperStar 9
Jackpot per il prossimo concorso: 42.700.000 €`),

  rec('chat_it', f`Un tabaccaio chiede se questo biglietto è vincente. Mi scrivi la risposta standard (il controllo si fa solo al terminale)?

"Gratta e Vinci 'Il Miliardario', gioco n. 1042, pacco 0048213, biglietto 117, comprato il 2/3 a Lecce. Ho trovato due simboli uguali ma il terminale dice 'biglietto non vincente'."`),

  rec('chat', f`Draft the briefing for the mystery shopper programme: secret shoppers aged 18–19 try to buy scratch cards at 300 retailers per quarter to test age checks. Retailers fail if they don't ask for ID. Keep the tone constructive, it's for the area managers.`),

  rec('doc_it', f`Compila la tabella con i dati dei punti vendita, ti passo l'estratto:

Ragione sociale: Tabacchi Centrale Sas — P.IVA 04871260752
Codice concessione ADM: 15214 — Codice esercizio: 60455
Indirizzo: Via Palmieri 18, 73100 Lecce
Categoria: tabaccheria con Lotto, 10eLotto, Gratta e Vinci`),

  rec('chat_it', f`Ho bisogno di una chiave di lettura per i dati di febbraio: il codice prodotto GV-1042 scende del 12% ma il GV-1038 cresce. Secondo te dipende dal payout o dal prezzo (5 € vs 10 €)? Dammi tre ipotesi da verificare.`),

  rec('chat', f`For the responsible gaming page: the odds of the SuperEnalotto "6" are 1 in 622,614,630. Express that in a way normal people understand, e.g. compared with something everyday. No exaggeration.`),

  // ---------------------------------------------------------------- Crestview
  rec('schedule', f`Make this bell schedule into a table for the parent handbook:

Crestview Round Rock — 2025-26
Arrival / breakfast 7:20–7:45
1st period 7:50–8:40 (Rm 104, 106, 110)
2nd period 8:45–9:35
Lunch K–2 10:55–11:25, 3–5 11:30–12:00
Dismissal 3:05 (early release Wednesdays 1:35)
Campus ID 227-816-104, course codes per TEA PEIMS (e.g. 02070000 ELAR Grade 3)`),

  rec('env_example', f`${amb('source_code.snippet', f`# sis-integration/.env.sample — copy to .env and fill in
POWERSCHOOL_URL=https://<district>.powerschool.com
POWERSCHOOL_CLIENT_ID=
POWERSCHOOL_CLIENT_SECRET=
CLEVER_TOKEN=changeme
GOOGLE_SA_KEY_FILE=/run/secrets/google-sa.json
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`)}

Can you add comments saying which are required in dev vs prod?`),

  rec('chat', f`Our K–2 students can't type passwords, so the tech team wants picture passwords on the Chromebooks (Clever Badges). Write a short note for parents explaining what Clever Badges are and why kids shouldn't take the badge home.`),

  rec('newsletter_es', f`Corrige la ortografía de este aviso para el boletín:

"¡Sorpresa para el Día del Maestro! Es un secreto, así que no le digan nada a los maestros 🤫. Estamos juntando cartas y dibujos de los alumnos hasta el viernes 2 de mayo en la dirección. ¡Gracias familias!"`),

  rec('handbook', f`Rewrite this handbook paragraph at a 6th-grade reading level:

"Counseling services. Students may speak with the campus counselor about personal, academic or family concerns. Conversations are kept confidential except where the counselor believes a student may be at risk of harm, in which case parents and, where required, authorities will be informed."`),

  rec('chat', f`Parent portal shows student ID 2025-00417 and lunch number 41877 for my kid, are those something I should keep private or is it fine to write on her lunchbox? Asking as a parent, not staff.`),

  // ---------------------------------------------------------------- Pelagia
  rec('shipping', f`Check these shipping docs are consistent (container numbers, seals, weights) before I send them to the broker:

B/L: MAEU 248817305
Containers: MSKU 721844-3 (seal ML-ES 4418207), TRIU 540218-9 (seal ML-ES 4418211)
HS code 0304.87 — frozen fillets of tuna (Thunnus albacares)
Net weight 2 × 21,600 kg; gross 2 × 23,150 kg
Export health certificate ES/VGO/2025/EXP/001842; catch certificate ES/2025/CC/004718`),

  rec('csv', f`${amb('source_code.snippet', f`lot,room,ts,core_temp_c,operator_initials,corrective_action
24K118,CR-3,2025-03-12 06:00,-21.4,IL,
24K118,CR-3,2025-03-12 12:00,-20.9,IL,
24K118,CR-3,2025-03-12 18:00,-17.6,XP,door seal checked; product re-probed -19.8 at 18:40
24K119,CR-4,2025-03-12 06:00,-22.0,IL,`)}
Is the 18:00 reading a HACCP deviation if the re-probe is back under -18? What should the record say?`),

  rec('order_ja', f`この発注表を英語に訳して、合計数量を出してください。

品名／JANコード／数量(kg)
キハダマグロロイン（冷凍）／4963814902211／2,400
メバチマグロロイン（冷凍）／4963814902228／1,200
アカイカ（冷凍）／4963814903140／800
希望納期：2025年4月21日\u3000東京港着`),

  rec('cfdi', f`¿Por qué el SAT rechaza esta factura de venta al público en general? Extracto del XML:

${amb('source_code.snippet', f`<cfdi:Receptor Rfc="XAXX010101000" Nombre="PUBLICO EN GENERAL" DomicilioFiscalReceptor="22800" RegimenFiscalReceptor="616" UsoCFDI="S01"/>
<cfdi:Concepto ClaveProdServ="50121500" Cantidad="120" ClaveUnidad="KGM" Descripcion="Pescado fresco entero" ValorUnitario="95.00" Importe="11400.00" ObjetoImp="02"/>
<tfd:TimbreFiscalDigital UUID="7A3F20C1-94BE-4D28-B6E5-0C81D47F93A2" FechaTimbrado="2025-03-11T10:42:18"/>`)}`),

  rec('notice_tr', f`Şu bilgilendirme metnini İngilizceye çevirir misin? Müşteri portalımızın giriş sayfasına koyacağız.

"Şifrenizi kimseyle paylaşmayın. Pelagia çalışanları sizden hiçbir zaman telefonla veya e-postayla şifre istemez. Şifrenizi unuttuysanız giriş ekranındaki 'Şifremi unuttum' bağlantısını kullanın."`),

  rec('chat_pl', f`Potrzebuję hasła reklamowego na targi w Gdańsku, coś krótkiego po polsku i po angielsku. Obecne hasło kampanii to „Prosto z oceanu”, ale szef chce coś o łańcuchu chłodniczym. Daj 5 propozycji.`),

  rec('notice_sw', f`Tafsiri tangazo hili kwa English kwa ajili ya wavuvi wanaolipwa na kiwanda:

"TANGAZO: Malipo ya samaki sasa yanafanywa kupitia M-Pesa kila Ijumaa. Usimpe mtu yeyote nenosiri lako la M-Pesa, hata kama anasema ni mfanyakazi wa Pelagia. Kwa maswali fika ofisini kiwandani, Shimoni, saa 2 asubuhi hadi saa 10 jioni."`),

  rec('chat_es', f`Para la presentación a los compradores italianos: la clave está en la cadena de frío desde el barco. Escríbeme un párrafo que explique la congelación a bordo a -35 °C y el almacenamiento a -25 °C en Vigo, sin tecnicismos.`),

  rec('chat', f`Is our catch certificate number format OK for the EU IUU system? We use ES/2025/CC/004718 and the Italian importer's system wants something like "IT-IUU-25-00047". Which do I put in the CATCH portal?`),

  // ---------------------------------------------------------------- Fundara
  rec('qa_doc', f`Clean up this QA note for the test plan:

Use the processor's sandbox cards only: ${amb('financial.payment_card', '4111 1111 1111 1111')} (approve), ${amb('financial.payment_card', '4000 0000 0000 0002')} (decline). Our payroll BIN in sandbox is 485932, cards display as 4859 32** **** 1093. Never test with a real employee card.`, 'well-known test cards: ambiguous'),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.test — test mode keys only, checked into the repo on purpose
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
PROCESSOR_BASE_URL=https://sandbox.processor.example
KYC_VENDOR_MODE=mock`)}

Reviewer flagged this file. Test key plus publishable key — fine to keep in git?`),

  rec('chat', f`Customer support macro: when someone says "my card ending 4417 was declined", what are the five most likely reasons on a payroll card? Keep it short and in plain English and Spanish.`),

  rec('chat', f`The onboarding form rejects "900-70-4410" as an SSN. The applicant says it's his ITIN, he doesn't have an SSN. Can we accept ITINs for payroll cards, and how should the form validate them?`, 'a 9xx number: not an SSN (README: area 9xx unlabelled)'),

  rec('receipt', f`Translate this ATM receipt into Spanish for a cardholder who disputes it:

FUNDARA PAYROLL CARD
ATM: CARDTRONICS 77120  HOUSTON TX
DATE 03/09/25  TIME 19:42
CARD XXXX XXXX XXXX 1093
WITHDRAWAL  $200.00
SURCHARGE   $3.50
SEQ 4471  AUTH 882014
AVAILABLE BALANCE $41.27`),

  rec('chat', f`Card number 4907 9709 4940 5881 keeps failing the Luhn check in our form but the cardholder swears it's right. Could our validation be wrong, or did she mistype?`, 'Luhn-failing card number'),

  rec('pr_review', f`Is it OK to commit the bank's public key into the repo for encrypting ACH files? This is what they sent:

${PGP_PUB}

And their TLS cert for the SFTP host pinning:

${CERT}`),

  rec('k8s', f`${amb('source_code.snippet', f`env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: funding-db
        key: password
  - name: STRIPE_API_KEY
    valueFrom:
      secretKeyRef: { name: stripe, key: secret-key }
image: ghcr.io/fundara/funding-worker@sha256:${SHA('b32n-digest')}`)}
Why does the pod start before the secret exists and crash-loop instead of waiting?`),

  rec('chat', f`Explain to a new support agent what's inside a JWT like the ones in our app logs. Header is {"alg":"RS256","typ":"JWT"} and the payload has sub, exp, scope. Why is it not encrypted, and why is it still OK to log only the "jti" claim?`),

  // ---------------------------------------------------------------- Millbrook
  rec('register_map', f`Turn this Modbus register map into a tag import CSV for Ignition (tag name, address, data type, scaling):

40001  WetWell_Level        INT   0–32767 = 0–20.0 ft
40002  P1_Run_Status        BOOL
40003  P2_Run_Status        BOOL
40011  P1_Amps              INT   x0.1
40012  P2_Amps              INT   x0.1
40021  Discharge_Pressure   REAL  (2 regs, CDAB)
PLC at ${amb('pii.ip_address', '10.20.7.10')}, unit id 1`),

  rec('csv', f`Flag any meters where this month's read is lower than last month's (possible rollover or swap):

${amb('source_code.snippet', f`meter_id,account,route,prev_read,curr_read,read_date
MWS-24-018842,30118-02,R07,184220,186915,2025-03-03
MWS-19-004417,30562-01,R07,902344,003120,2025-03-03
MWS-22-011093,31007-04,R08,55210,54987,2025-03-04
MWS-24-020116,31290-01,R08,7716,9044,2025-03-04`)}`),

  rec('lab_results', f`Write a plain-language summary of this week's results for the website:

Sample ID   Site              pH    Free Cl2 (mg/L)  Turbidity (NTU)  Coliform
WQ-250310-04  Res. 2 outlet     7.6   0.82             0.11             Absent
WQ-250310-07  Ridgeview Terr.   7.4   0.41             0.20             Absent
WQ-250311-02  Hollis Rd hydrant 7.5   0.23             0.35             Absent`),

  rec('cisco_config', f`Redacted switch config from the old plant, what does "secret 9" mean vs "secret 5"? Should we move everything to 9?

${amb('source_code.snippet', f`hostname WTP-CORE1
!
enable secret 9 ${ambCat('credential', TYPE9)}
username netadmin privilege 15 secret 9 <removed>
!
snmp-server community ******** RO 10
ntp server ${amb('pii.ip_address', '10.40.0.5')}`)}`, 'a type-9 password hash: sensitive, but no rule claims it (ambiguous, no rule id)'),

  rec('chat', f`Valve exercising route for April: V-0418, V-0421, V-0433, V-0502 on Ridgeview Terrace, hydrants H-1187 to H-1192. GPS of V-0418 is 42.31804, -72.62911. Can you order them for the shortest drive starting from the Mill St yard?`),

  rec('notice', f`Please make this boil-water notice template clearer and translate it into Spanish and Portuguese:

"BOIL WATER NOTICE — [DATE]. Due to [REASON], customers in [AREA] should bring tap water to a rolling boil for one minute before drinking. This notice remains in effect until further notice. Questions: call Customer Service at [PHONE]."`),

  // ---------------------------------------------------------------- general
  rec('chat', f`HR training slide: what does a National Insurance number look like? The HMRC guidance uses "QQ 12 34 56 C" as the example, is it safe to put that on the slide?`, 'QQ prefix is never issued'),

  rec('chat', f`The winner typed IBAN IT37X0306909606100000083715 on the claim form and our payout system says "IBAN non valido". I think two digits are swapped. What's the quickest way to explain the check digits to the winner?`, 'IBAN with wrong check digits'),

  rec('doc_ja', f`秘密保持契約書（NDA）のひな形を英語版と日本語版の対訳で作りたいです。買付先との初回商談前に交わすもので、2ページ程度。主要な条項だけ挙げてください。`),

  rec('chat_it', f`Ci serve un modello di informativa privacy per il modulo vincite, con i campi da compilare tipo [NOME], [CODICE FISCALE], [IBAN] lasciati vuoti. Deve citare GDPR art. 13 e la normativa antiriciclaggio. Me lo scrivi?`),
];
