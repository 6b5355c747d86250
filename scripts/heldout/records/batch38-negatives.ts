/**
 * Held-out batch 38: hard negatives — booking references, rosters, log tallies, case numbers,
 * agent transaction ids, catalogue numbers, dairy batch codes, placeholders, test keys, hashes and
 * casual uses of "secret" and "confidential" from the batch's settings and languages
 * (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous spans and
 * pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b38n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b38n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 40);
const SSH_PUB = `AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b38n-sshpub', B64, 43)}`;
const CERT = pem('CERTIFICATE', 'b38n-cert', 870);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h${b64Bytes('b38n-png', 240)}`;
const INTEGRITY = (seed: string) => `sha512-${fill(seed, B64, 86)}==`;
const SHADOW = tok('$6$', fill('b38n-salt', B62, 16), '$', fill('b38n-shadow', B62 + './', 86));

export const BATCH38_NEGATIVES: DraftRecord[] = [
  rec('booking', f`Your Corella Air booking is confirmed!

Booking reference: QX7K2M
Flight CR417 SYD → OOL, Fri 23 Aug, dep 06:05 arr 07:20, seat 14A
E-ticket: 081 2418273645
Corella Rewards: CR71044290 (you'll earn 620 points)
Paid: Visa •••• 6122, AUD 149.00

Can you translate this for my dad into Vietnamese?`),

  rec('roster', f`Can you check whether this roster breaks the 10 h rest rule? Times are local.

21/08 P4417 MEL 05:40 → SYD → MEL → ADL (D/O ADL 14:55)
22/08 P4418 ADL 06:10 → MEL → HBA → MEL 13:40
23/08 OFF
24/08 RSV3 MEL 04:00–16:00
25/08 P4502 MEL 15:20 → PER (D/O PER 20:55 AWST)

Aircraft VH-CRQ and VH-CRT, A321neo.`),

  rec('bcbp', f`The gate scanner rejects this boarding pass barcode, what is the field layout?

M1BRENNAN/TAHLIA      EQX7K2M SYDOOLCR 0417 236Y014A0041 100

I think the Julian date (236) is wrong because the flight was moved to the next day.`),

  rec('chat', f`For our loyalty FAQ: why do Rewards numbers start with CR and have 8 digits, and how is the check digit calculated? Example from the website: CR 0000 0000 (placeholder). Members keep typing the booking reference instead.`),

  rec('log_report', f`Tukkimittausraportti — Kokkolan saha, vuoro 2, 12.9.2024

Erä        Puulaji  Kpl   m³      Keskiläpimitta
TK-24-1187 kuusi    412   96,8    24,1 cm
TK-24-1188 mänty    318   81,2    26,7 cm
TK-24-1189 koivu     44    7,9    19,3 cm
Yhteensä            774  185,9

Mittari: Finscan BoardMaster 4.2.17, kalibroitu 02.09.2024. PEFC/02-31-04, FSC-C048217.

Tee tästä lyhyt yhteenveto englanniksi.`),

  rec('chat_sv', f`Hur räknar man om fastkubikmeter under bark (m³fub) till travad mängd (m³stjäll) för massaved? Vi har 185,9 m³fub tall från leverans 2024-0917 och köparen vill ha det i stjälpt mått.`),

  rec('dossier_fr', f`Peux-tu m'expliquer la différence entre ces références qui apparaissent sur le même dossier ?

- N° parquet : 24/118/00392
- N° instruction : JI 24/00017
- N° PV : 2024/004187 (commissariat de Villefranche)
- Audience : TJ Villefranche-sur-Saône, 3e chambre correctionnelle, 14/11/2024 à 13 h 30
- Qualification : violences volontaires ayant entraîné une ITT > 8 jours (art. 222-12 du code pénal)`),

  rec('chat_fr', f`Question de procédure : qu'est-ce que le secret de l'instruction couvre exactement, et est-ce qu'un avocat de partie civile peut transmettre une copie du dossier à son client ?`),

  rec('chat_es_ar', f`Che, ¿me explicás qué significa "secreto de sumario" en una causa penal y cuánto puede durar según el Código Procesal de Santa Fe? Lo necesito para una charla a estudiantes.`),

  rec('ussd_menu', f`Please improve the wording of our USSD menu for agents, it must stay under 160 characters per screen:

*7070#
1. Cash-in
2. Cash-out
3. Float balance
4. Mini statement (last 5)
5. Change PIN
0. Exit

Screen after cash-in: "Txn KDL240903.1047.A7731 OK. NGN 15,000.00 to 0803***2957. Fee NGN 50. Float NGN 412,300.00"`),

  rec('chat_ha', f`Ka taimaka min in lissafa kwamitin wakilai na watan Agusta: cash-in 1,284 sau (₦50 kowanne), cash-out 2,017 sau (₦75 kowanne), biyan kudin wuta 318 sau (₦100 kowanne). Jimilla nawa ne?`),

  rec('chat_yo', f`Kí ni ìtumọ̀ òwe yìí: "Àṣírí ẹni kì í tú lójú ẹni"? Mo fẹ́ lò ó nínú ọ̀rọ̀ ìkíni fún àwọn agent wa ní ìpàdé ọdọọdún.`),

  rec('statement_ao', f`Extrato do agente — Kumbu Móvel, setembro
Agente: AGT-LDA-00388 · Terminal: TPA-55012
Operações: 1 842 · Volume: 61 480 000 Kz · Comissão: 307 400 Kz
Ref. liquidação: LIQ-2024-09-00388
Conta de destino: AO06 •••• •••• •••• •••• 5834 2

Pode explicar ao agente porque a comissão foi menor que em agosto?`),

  rec('specimen_list', f`Translate the column headers to English and keep the rest:

Kat. nr.        Taksonas                                 Surinkta           Koordinatės
LTM-ENT-004812  Carabus (Procrustes) coriaceus L., 1758  Kuršių nerija     55.5031, 21.1142
LTM-ENT-004813  Lucanus cervus (Linnaeus, 1758)          Žuvintas          54.4527, 23.6189
LTM-ENT-004814  Parnassius mnemosyne (L., 1758)          Verkiai, Vilnius  54.7418, 25.2903`),

  rec('chat', f`Citing our specimens in a paper: GBIF occurrence 4418273960, dataset DOI 10.15468/dl.7k2xqm, collector ORCID 0000-0003-4182-7395. Is that enough or do I also need the catalogue number NHM-ENT-2024-0311?`),

  rec('chat_hy', f`Թարգմանիր անգլերեն այս պիտակը՝ «Պարնասիուս Ապոլլոն (Parnassius apollo), Արագածոտն, 2150 մ, 14.07.1978, հավաքող՝ Ս. Մկրտչյան, գույքահամար ԲՊԹ-Լ-01874»։`),

  rec('chat_ka', f`გთხოვ, ამიხსენი რას ნიშნავს ეს ჩანაწერი სასამართლოს განრიგში: "საქმე №1/2418-24, სხდომა 14:00, დარბაზი №7, მოსამართლე: ჩხეიძე". ეს არის წინასასამართლო სხდომა თუ არსებითი განხილვა?`),

  rec('lab_report', f`Milk quality results for supplier 40177, August (Lagan Valley Dairies lab)

Sample   Date    Fat %  Protein %  SCC (000/ml)  TBC (000/ml)  Inhibitors
A-88412  05/08   4.21   3.38       182           14            neg
A-88961  12/08   4.18   3.35       241           22            neg
A-89507  19/08   4.09   3.31       263           19            neg

Health mark: UK NI 3218 EC. Can you write a short note to the farmer explaining the SCC trend?`),

  rec('chat_pa_latn', f`Bhaji fat-SNF rate chart samjhao: fat 6.5 te SNF 9.0 lai ₹ 52.80 prati litre, har 0.1 fat vadh te 80 paise. Je kisan da doodh fat 7.2, SNF 8.8 hove te kinna rate banega?`),

  rec('chat_pa', f`ਮੱਖਣ ਬਣਾਉਣ ਦਾ ਰਾਜ਼ ਕੀ ਹੈ ਕਿ ਉਹ ਜ਼ਿਆਦਾ ਦਾਣੇਦਾਰ ਬਣੇ? ਸਾਡੀ ਦਾਦੀ ਕਹਿੰਦੀ ਸੀ ਕਿ ਲੱਸੀ ਠੰਢੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।`),

  rec('chat_kk', f`Қымыздың құпиясы неде? Әжем бие сүтін күбіде 3 күн пісетін. Зауытта қалай сол дәмді сақтауға болады? Технологтарға арналған қысқа түсініктеме жазып берші.`),

  rec('batch_label', f`Label text check for the new 500 g cheddar (typo or missing info?):

Mature Cheddar 500 g — Best before 14/03/2025 — Batch L24258-2 — Keep refrigerated 0–5 °C
EAN 5018241827364 — Produced in Northern Ireland for Lagan Valley Dairies, Dungannon BT71
UK NI 3218 EC`),

  rec('aws_docs', f`Our wiki page for the crew-app developers says to test with these, is that OK?

${amb('source_code.snippet', f`export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_DEFAULT_REGION=ap-southeast-2
aws --endpoint-url http://localhost:4566 s3 ls`)}`, 'AWS documentation keys against LocalStack: shell commands, ambiguous code'),

  rec('env_test', f`${amb('source_code.snippet', f`# rewards-api/.env.test — committed on purpose
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/rewards_test
POINTS_EXPIRY_MONTHS=24`)}

Is a live publishable key in the test env a problem?`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example — kopioi tiedostoon .env ja täytä
MITTARI_API_KEY=<oma-avain-tähän>
DB_PASSWORD=changeme
OPENAI_API_KEY=sk-...
GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SMTP_PASSWORD=`)}

Kirjoita README-osio, joka selittää nämä muuttujat suomeksi.`),

  rec('gha', f`${amb('source_code.snippet', f`- name: Publish roster
  env:
    ROSTER_DB_URL: \${{ secrets.ROSTER_DB_URL }}
    SLACK_WEBHOOK_URL: \${{ secrets.SLACK_WEBHOOK_URL }}
    AEROCREW_TOKEN: \${{ secrets.AEROCREW_TOKEN }}
  run: python tools/publish_roster.py --base \${{ matrix.base }}`)}

Can the matrix base be passed to the secret name, like secrets.ROSTER_DB_URL_MEL?`),

  rec('helm', f`${amb('source_code.snippet', f`specimenApi:
  image: nhm/specimen-api:2.8.1
  env:
    - name: DB_PASSWORD
      valueFrom:
        secretKeyRef:
          name: specimen-db
          key: password
    - name: IIIF_BASE
      value: "{{ .Values.iiif.baseUrl }}"`)}

Helm renders the IIIF_BASE value literally with the braces, why?`),

  rec('receipt_masked', f`Reçu — Boutique du Muséum
Carte : **** **** **** 5600  Mastercard
Autorisation : 084127
Montant : 217,30 $ (TPS 9,45 $, TVQ 18,85 $)
Transaction : 2024-09-14 15:42  Terminal 03

Un client veut une facture au nom de son entreprise, quels champs dois-je ajouter ?`),

  rec('chat', f`Card number 4532 3826 7513 6123 keeps being rejected on the Rewards "buy points" page with "invalid card". The customer insists she typed it from the card. Is the form doing a checksum?`, 'Luhn-failing card number'),

  rec('chat_fi', f`Pankki sanoo että tilinumero FI87 4912 7050 6492 49 on virheellinen. Metsänomistaja luki sen puhelimessa. Mistä näkee, mikä numero on väärin?`, 'IBAN with wrong check digits'),

  rec('chat_en_in', f`The UIDAI portal rejects the Aadhaar 8621 3629 1292 for our ramp agent's verification with "invalid number". Is there a checksum? He might have misread a digit.`, 'Verhoeff-failing Aadhaar number'),

  rec('chat', f`Old payroll file for the Dungannon site has people with NI numbers like TN 07 08 92 M. What are those, and do we need to chase real numbers for them?`, 'HMRC temporary reference (TN + date of birth + M/F): not an issued NINO'),

  rec('deploy_log', f`${amb('source_code.snippet', f`2024-09-18T02:14:07Z deploy crew-app-api build=4418 commit=${GIT('b38n-c1')}
2024-09-18T02:14:19Z pulled registry.corella-air.com.au/crew-app-api@sha256:${SHA('b38n-d1')}
2024-09-18T02:15:02Z migration 20240917_add_split_duty_flag applied (412 ms)
2024-09-18T02:15:40Z health check ok request_id=3f8c1a72-9e4d-4b60-a2f7-5d18c0e94b3a`)}

Why does the migration run before the health check passes?`),

  rec('package_lock', f`${amb('source_code.snippet', f`"node_modules/date-fns": {
  "version": "3.6.0",
  "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
  "integrity": "${INTEGRITY('b38n-int1')}"
},
"node_modules/date-fns-tz": {
  "version": "3.1.3",
  "resolved": "https://registry.npmjs.org/date-fns-tz/-/date-fns-tz-3.1.3.tgz",
  "integrity": "${INTEGRITY('b38n-int2')}"
}`)}

Which of these handles AWST vs AEST for crew report times?`),

  rec('authorized_keys', f`Is it safe to paste this into the sawmill Pi's authorized_keys? It's the public key from the contractor:

ssh-ed25519 ${SSH_PUB} karl@mattek-laptop`),

  rec('cert', f`The museum web shop cert expires next week. Is this the right file to upload to the load balancer, or do I need the chain too?

${CERT}`),

  rec('html', f`Why is the logo blurry in the ticket confirmation email?

${amb('source_code.snippet', f`<img src="data:image/png;base64,${PNG_B64}" width="16" height="16" alt="Muséum">`)}`),

  rec('chat', f`Is it bad that the old ticket booking server has lines like this in /etc/shadow? admin:${ambCat('credential', SHADOW)}:19602:0:99999:7:::`, 'a crypt password hash: ambiguous, no rule id'),

  rec('qa_ticket', f`QA-3318 Rewards "buy points" — 3DS challenge never shown
Steps: log in as test member, buy 5,000 points, pay with ${amb('financial.payment_card', '4111 1111 1111 1111')} exp 12/30 CVV 123
Expected: 3DS challenge. Actual: straight to success page.
Env: staging, build 5.4.1-rc2`, 'well-known test card: ambiguous'),

  rec('firewall', f`Can you explain what these rules allow? Museum collection storage network.

${amb('source_code.snippet', f`allow tcp from ${amb('pii.ip_address', '10.30.0.0/24')} to ${amb('pii.ip_address', '10.30.5.12')} port 5432
allow tcp from ${amb('pii.ip_address', '192.168.40.0/22')} to any port 443
deny  ip  from any to ${amb('pii.ip_address', '10.30.5.0/24')}`)}`),

  rec('loan_shipment', f`Specimen loan L-2024-031 to the Lyon museum: DHL waybill 4418273905, insured value €12,000, 3 crates (Lepidoptera, 1,204 specimens). CITES not needed. ISBN of the catalogue we're sending with it: 978-9939-0-4182-7. Can you draft the cover letter in French?`),

  rec('chat', f`We're confident the new sawmill line will pay back in 4 years. Can you help me phrase that for the co-op members without sounding like a sales pitch?`),

  rec('chat_lt', f`Koks turėtų būti slaptažodžių reikalavimas mūsų lentpjūvės darbuotojams? Galvoju apie bent 12 simbolių, be privalomo keitimo kas 90 dienų ir su dviejų veiksnių autentifikacija. Parašyk trumpą taisyklę.`),

  rec('chat_sv', f`Vad gäller för sekretess kring donatorers namn när museet tar emot gåvor? Är det offentlig handling i Finland om museet ägs av en stiftelse?`),

  rec('chat', f`Writing an exhibition label about how Victorian collectors kept the locations of rare orchids secret. Can you suggest a catchy title? Something like "The Secret Gardens of the Collectors".`),

  rec('chat_en_ng', f`Abeg how do I explain to new agents that they must never ask customers for their PIN or OTP? Write it in simple English and pidgin, short like a poster.`),

  rec('chat_es_do', f`¿Cuál es la diferencia entre la "cédula de identidad y electoral" y el pasaporte para abrir una cuenta de subagente? Un señor vino solo con el pasaporte y no sé si aceptarlo.`),

  rec('chat_kk', f`Агенттерге арналған нұсқаулықта "PIN-кодты ешкімге айтпаңыз" деген сөйлемді қалай жақсырақ жазуға болады? Қазақ және орыс тілдерінде қысқа нұсқасы керек.`),

  rec('confidentiality_clause', f`Can you simplify this clause from our crew union agreement?

"Each party shall keep the terms of this Enterprise Agreement negotiation confidential until the ballot closes, except as required by the Fair Work Commission."

Is that normal in Australia?`),

  rec('chat_fr_sn', f`Pouvez-vous m'aider à écrire une affiche pour nos points Xaalis : "Ne communiquez jamais votre code secret, même à un agent. Xaalis ne vous appellera jamais pour vous demander votre code." En français et en wolof, s'il vous plaît.`),

  rec('code_python', f`Unit test for the fat-bonus calculation, why does it pass locally but fail on CI?

${v('source_code.snippet', f`def test_bonus_rounding():
    receipt = Receipt(litres=1000, fat_pct=Decimal("4.21"), protein_pct=Decimal("3.38"), scc=182_000)
    assert calc_price(receipt) == Decimal("391.45")`)}`, 'pasted code without any sensitive value'),
];
