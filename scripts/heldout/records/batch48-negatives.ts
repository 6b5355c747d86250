/**
 * Held-out batch 48: hard negatives — lab results, tender references, flight plans, IOC lists,
 * placeholders, test keys, masked cards, company numbers and casual uses of "confidential" from the
 * same six workplaces. Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const SHA = (seed: string) => fill(seed, HEX, 64);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b48n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b48n-pklive', B62, 97));
const CERT = pem('CERTIFICATE', 'b48n-cert', 880);
const SSH_PUB = tok('ssh-ed25519 ', 'AAAAC3NzaC1lZDI1NTE5AAAAI', fill('b48n-sshpub', B64, 43), ' soc-jump@vigilcore');
const BCRYPT = tok('$2y$10$', fill('b48n-bcrypt', B62 + './', 53));
const INTEGRITY = tok('sha512-', fill('b48n-integ', B64, 86), '==');

export const BATCH48_NEGATIVES: DraftRecord[] = [
  // --- dairy cooperative ---
  rec('csv', f`Kannst du mir sagen, welche Proben über dem Grenzwert liegen (Zellzahl > 400, Keimzahl > 100)?

${amb('source_code.snippet', f`Proben-Nr;LiefNr;Datum;Fett;Eiweiß;Laktose;Zellzahl_tsd;Keimzahl_tsd;Gefrierpunkt
2024-11-0417-03;10417;04.11.2024;4,12;3,48;4,81;186;12;-0,524
2024-11-0422-03;10422;04.11.2024;4,05;3,41;4,77;412;38;-0,519
2024-11-0430-03;10430;04.11.2024;4,21;3,52;4,84;239;104;-0,527`)}`),

  rec('chat_nl', f`Maak een rooster voor de melkophaalroutes in week 49. Route R12: start 05:30 vanaf Heerenveen, wagen BX-482-K, 14 adressen, ca. 62.000 liter. Route R15: start 06:00, wagen 83-BLT-7, 11 adressen. Chauffeurs wisselen op woensdag.`),

  rec('json_config', f`Node-RED in Docker: wie kriege ich das Passwort aus der Umgebungsvariable in den MQTT-Broker-Node?

${amb('source_code.snippet', f`{
  "type": "mqtt-broker",
  "broker": "mqtt.melkcoop-noord.nl",
  "port": "8883",
  "credentials": { "user": "\${MQTT_USER}", "password": "\${MQTT_PASSWORD}" }
}`)}`),

  rec('chat_hu', f`Milyen legyen a számla fejléce? Cégadatok: Bihari Tejszövetkezet, adószám 24817390-2-09, cégjegyzékszám 09-02-004172, székhely Berettyóújfalu. Számlaszám: 2024/0932, teljesítés 2024.11.15.`),

  rec('chat_ro', f`Scrie-mi, te rog, antetul facturii pentru cooperativă: Cooperativa Agricolă Lapte Bihor, CUI RO41872093, Nr. Reg. Com. J05/1184/2019, sediul în Oradea. Factura nr. CLB-2024-0711 din 15.11.2024.`),

  rec('chat_pl', f`Jak napisać klauzulę poufności do umowy z dostawcą paszy? Chodzi o wzór, ogólny — nie mamy jeszcze żadnych konkretnych danych. Firma: Spółdzielnia Mleczarska „Mazowsze”, NIP 722-16-04-918, REGON 450281736.`),

  rec('chat_de', f`Ich bin ziemlich zuversichtlich, dass das neue Analysegerät die Zellzahl genauer misst. Kannst du mir helfen, die Abweichung zur Referenzmethode statistisch zu bewerten? Wir haben 120 Doppelbestimmungen, mittlere Differenz 8.000 Zellen/ml, SD 21.000.`),

  rec('email_it', f`Buongiorno, vi ricordo che il campione di riferimento per il ring test è il lotto RT-2024-11-B, scadenza 12/2024. Per l'ordine dei nuovi kit: codice articolo 710-4182-03, quantità 4. Partita IVA della cooperativa: 04187290158.`),

  // --- architecture & engineering ---
  rec('chat', f`Why do these IFC GlobalIds differ between the Revit export and the Archicad export of the same wall? Revit: 2Nq4Yr8$v9A8xQ1z$0kLm7, Archicad: 1fE3K7w$D4BwS9n0mPq2xT. Element ID in Revit is 482193, the family instance UUID is 7c1e2a94-58d3-4b0f-a6e1-93d2f7b4c815-000759f1.`),

  rec('tender', f`Bitte fasse die Bekanntmachung zusammen: TED 2024/S 218-672391, Vergabenummer VgV-MM-2024-031, Objektplanung Gebäude LPH 2–8 (HOAI 2021), Schlusstermin 09.12.2024, 12:00 Uhr. Geschätzter Auftragswert 2,1 Mio. € netto. CPV 71221000-3.`),

  rec('chat_zh', f`请解释一下 GB 50016-2014（2018年版）第 5.5.17 条关于疏散距离的规定，我们的教学楼 4 层，每层 2,400 ㎡，两部疏散楼梯间距 62 m，是否满足？`),

  rec('svg', f`Unser Logo im Plankopf wird in der PDF-Ausgabe verzerrt. Das SVG:

${amb('source_code.snippet', f`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 32">
  <path d="M4.2 28.1L12.9 3.6h4.3l8.7 24.5h-4.1l-2.1-6.1H10.3l-2.1 6.1H4.2zm7.3-9.4h7.2L15.1 8.2l-3.6 10.5zM34 3.6h9.8c5.1 0 8.3 2.6 8.3 6.7 0 2.9-1.7 5-4.4 5.9l5.3 11.9h-4.5l-4.8-11.1H38v11.1h-4V3.6z"/>
</svg>`)}`),

  rec('git', f`I merged the wrong branch into the Dynamo scripts repo. Here's what I see:

commit 9e4c17b2a8d05f3c61e7b94a20d8f51c3a6e7b90 (HEAD -> main)
Merge: 3f8a1c2 b72e0d9
    Merge branch 'feature/room-tags' into main

commit b72e0d94c1a3f8e25d70b6a9c48e13f2d5a7c061
    room tags: use shared parameter GUID 4f1a8c2e-93d7-4b50-a1e6-2c8f7d9b3e04

How do I undo just the merge?`),

  rec('docker', f`Speckle server update: which of these images should we pin?

speckle/speckle-server:2.21.3@sha256:${SHA('b48n-d1')}
speckle/speckle-frontend-2:2.21.3@sha256:${SHA('b48n-d2')}

The changelog mentions a Postgres 14 → 16 migration.`),

  rec('chat_nl', f`Hebben jullie een standaard geheimhoudingsverklaring (NDA) voor onderaannemers? Ik zoek alleen een sjabloon, er hoeft nog niets ingevuld. Het gaat om de tender voor het zorgcentrum, KvK-nummer van ons bureau is 68421937, btw NL857302416B01.`),

  rec('chat_es', f`¿Cómo calculo la carga muerta de una losa aligerada de 20 cm según la E.020? Tengo ladrillo de techo de 30×30×15, vigueta cada 40 cm, acabado de piso 100 kg/m². El plano es el E-04 rev. 3, expediente 2024-0187-MPA.`),

  // --- humanitarian cash transfer ---
  rec('report', f`Please turn these figures into three sentences for the donor update:

Round 3 (Oct 2024), Bay region: 4,812 households reached of 5,000 targeted (96.2%); transfer value USD 70 per household; 118 failed transactions (wrong SIM registration 74, inactive wallet 44); 31 complaints via hotline, 29 resolved. Average time from registration to first payment: 11 days.`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example – copy to .env and fill in
KOBO_TOKEN=your-kobo-api-token-here
MPESA_API_KEY=<ask finance for the key>
RAPIDPRO_TOKEN=
DATABASE_URL=postgresql://USER:PASSWORD@localhost:5432/cashprog`)}

Can you write a README section explaining each variable for new data officers?`),

  rec('xlsform', f`Das Constraint für die Telefonnummer im XLSForm greift nicht. Zeile aus dem survey-Sheet:

${amb('source_code.snippet', f`type	name	label::English (en)	label::Somali (so)	constraint	constraint_message::English (en)
text	phone	Mobile number	Lambarka taleefanka	regex(., '^(61|62|63|65|66|68|69|77|90)[0-9]{7}$')	Enter 9 digits without the leading 0
integer	hh_size	Household size	Tirada qoyska	. > 0 and . < 30	Check household size`)}`),

  rec('chat_pt', f`Os recibos M-Pesa da distribuição de ontem: SKL4H7Q2PZ, SKL4H7R8TD, SKL4H7S1MW (código de serviço 900417). Como explico ao auditor que o código de serviço não é número de telefone?`),

  rec('chat_uk', f`Напиши, будь ласка, коротку інструкцію для отримувачів: кошти надійдуть на картку, зазначену при реєстрації (у повідомленні буде видно лише останні цифри, наприклад **** 4821). Якщо картку заблоковано, зателефонуйте на гарячу лінію 1545 або напишіть у чат-бот.`),

  rec('radio_so', f`Fadlan u tarjun ogeysiiskan raadiyaha Ingiriisi: "Qoysaska ka diiwaan gashan barnaamijka lacagta caawimada, wareegga 4aad wuxuu bilaabanayaa 2da Diseembar. Haddii aad qabtid cabasho, wac lambarka bilaashka ah 339 ama u dir SMS 33900."`),

  rec('chat_ur', f`BISP کی طرح ہمارے پروگرام کا SMS کوڈ 8171 نہیں ہے، ہمارا شارٹ کوڈ 9080 ہے۔ لوگوں کو یہ سمجھانے کے لیے ایک سادہ اردو پیغام لکھ دیں کہ اصلی پیغام صرف اسی کوڈ سے آئے گا اور کوئی PIN نہ بتائیں۔`),

  rec('chat_fil', f`Pakigawa naman ng announcement para sa barangay: "Ang payout ng ikatlong tranche ay sa Sabado, 8:00 AM, sa covered court. Magdala ng valid ID at claim stub. Para sa tanong, i-text ang AYUDA sa 2346." Gawing Waray din kung kaya.`),

  rec('chat_ar', f`بدي جدول بالأرقام الإجمالية بس: المفرق ١,٢٤٠ أسرة، إربد ٢,٠١٥ أسرة، الزرقاء ٩٨٠ أسرة. قيمة الدفعة ١٢٠ دينار شهرياً، عدد الدفعات ٣، التاريخ ١٥ جمادى الأولى ١٤٤٦ هـ.`),

  // --- private-jet charter ---
  rec('flight_plan', f`Explain this routing to the client in simple words, and why it's 20 minutes longer than last time:

(FPL-AJB611-IN
-C56X/M-SDE2E3FGHIJ1RWY/LB1
-LFMN1130
-N0430F370 NIZ1A NIZ UM984 DIVUL UL126 ELB DCT
-LIEO0052 LIRA
-PBN/A1B1C1D1 DOF/241221 REG/9HVFE RMK/TCAS)`),

  rec('json_config', f`Frontend config for the deposit page, is it a problem that the publishable key is live?

${amb('source_code.snippet', f`{
  "stripe": {
    "publishableKey": "${PK_LIVE}",
    "testSecretKey": "${STRIPE_TEST}"
  },
  "currency": "EUR"
}`)}`),

  rec('receipt', f`Translate into Italian for the client please:

Charter receipt AJB-24-0611
Paid: EUR 38,750.00 on 20 Nov 2024
Card: Visa •••• 1930, auth code 084417
Aircraft: Citation XLS+, 9H-VFE
Route: Nice (LFMN) → Olbia (LIEO), 21 Dec 2024, ETD 11:30`),

  rec('docs', f`The Avinode API docs show this — what goes in the placeholder, the API token or the bearer from login?

${amb('source_code.snippet', f`curl -X GET "https://sandbox.avinode.com/api/trips/{tripId}" \\
  -H "Authorization: Bearer <YOUR_ACCESS_TOKEN>" \\
  -H "X-Avinode-ApiToken: <API_TOKEN>"`)}`),

  rec('chat_zh', f`帮我把这条行程确认翻译成英文：航班号 AJB702，北京首都机场（ZBAA）→ 日内瓦（LSGG），12月28日 09:40 起飞，机型 Gulfstream G650ER，注册号 B-8326，订单号 AJB-24-0702，乘客 4 位。`),

  rec('chat', f`We're drafting a confidentiality clause for our brokerage agreements: the operator should not contact our clients directly for 24 months. Can you suggest wording? No names or numbers yet, just the template.`),

  // --- secondary school ---
  rec('timetable', f`Make this exam timetable into a one-page poster:

GCSE Maths 8300/1H – Thu 16 May, 09:00, Sports Hall, 1h30
GCSE Biology 8461/1H – Mon 13 May, 13:30, Sports Hall, 1h45
Centre number 38217 · candidate numbers 4001–4186
Late arrivals report to the exams office, room B12.`),

  rec('booklist', f`Year 10 English booklist – check the ISBNs are for the right editions:
An Inspector Calls (Heinemann Plays), ISBN 978-0-435-23282-3
A Christmas Carol (Collins Classroom Classics), ISBN 978-0-00-824888-6
Poetry anthology: AQA Power and Conflict, ISBN 978-1-78294-517-0`),

  rec('worksheet', f`I'm making a Year 9 worksheet about scams. Is this example realistic enough?

"Hi Mum, I dropped my phone down the loo, this is my new number: ${amb('pii.phone', '07700 900417')}. Can you pay my mate's bill? Sort code 00-00-00, account 12345678."`, 'Ofcom drama-range number: ambiguous; sort code and account are obvious placeholders'),

  rec('handout', f`For the US exchange-student handout: "Your Social Security number looks like this: ${amb('pii.us_ssn', '123-45-6789')}. Never write yours on school forms." Can you simplify the rest of the text for EAL learners?`, 'the well-known example SSN: ambiguous per the conventions'),

  rec('maths', f`Year 8 maths challenge: "Which of these 16-digit numbers is divisible by 9? 4539 1488 0343 6468, 1234 5678 9012 3456, 9999 0000 1111 2223." Please write the answer key with the digit-sum method.`),

  rec('chat', f`A pupil asked whether what they tell the school counsellor stays confidential. Can you help me write a short, honest answer for Year 7s about confidentiality and when we have to share things to keep them safe?`),

  rec('chat_hu', f`A KRÉTA rendszerben az osztálynapló export fájlneve: naplo_2024_10B_20241120.xlsx, a tanuló azonosító szám formátuma 72 + 9 számjegy. Hogyan tudok Excelben szűrni arra, akinek 10-nél több hiányzása van? Konkrét adatot nem küldök, csak a képletet kérem.`),

  // --- cybersecurity MSP ---
  rec('ioc_list', f`Convert this IOC list to a Defender for Endpoint indicator CSV (block, severity high):

SHA256:
${SHA('b48n-ioc1')}
${SHA('b48n-ioc2')}
Domains: login-microsoftonline[.]co-hgfm[.]com, secure-invoice-view[.]net
IPs: ${amb('pii.ip_address', '185.225.17.92')}, ${amb('pii.ip_address', '102.89.34.17')}`),

  rec('training', f`For the new-analyst training deck: explain why this AWS key pair from the docs shows up in so many GitHub scans and is harmless:

aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`),

  rec('leak_analysis', f`We found this row in a breach dump advertised on a forum, claiming to be from a customer's web shop. Is the hash crackable offline, and what should we tell the customer?

user_id=44871, hash=${amb('credential.password_assignment', BCRYPT)}, created=2021-06-14`, 'bcrypt hash: ambiguous per the conventions'),

  rec('cert', f`Customer sent their public cert for the SAML app, can you tell me the expiry and whether it's SHA-1?

${CERT}

and the jump-host key we should add to authorized_keys: ${SSH_PUB}`),

  rec('eventlog', f`Explain this 4769 event, is it Kerberoasting?

${amb('source_code.snippet', f`EventID: 4769
TargetUserName: svc-sql01$
ServiceName: MSSQLSvc/sql01.agrilogix.local:1433
TicketEncryptionType: 0x17
TargetSid: S-1-5-21-3871920466-2049817736-1184926503-1147
LogonGuid: {8a4f1c2e-93d7-4b50-a1e6-2c8f7d9b3e04}
IpAddress: ::ffff:${amb('pii.ip_address', '10.20.4.51')}`)}`),

  rec('chat', f`Our password policy draft says: minimum 14 characters, passphrases encouraged (e.g. three random words), no forced rotation unless compromise is suspected, MFA everywhere. Is that in line with NCSC and NIST 800-63B? Please suggest wording for the customer policy pack.`),

  rec('shell', f`vault kv get output, why are the values masked? I need to see the field names only anyway:

${amb('source_code.snippet', f`$ vault kv get -format=table soc/tenants/harrowgate/defender
====== Data ======
Key              Value
---              -----
client_id        ********
client_secret    ********
tenant_id        ********`)}`),

  rec('advisory', f`Summarise for customers: CVE-2024-47575 (FortiManager, "FortiJump"), CVSS 9.8 AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, exploited in the wild since June. Affected 7.4.0–7.4.4, 7.2.0–7.2.7, 7.0.0–7.0.12. Fixed in 7.4.5 / 7.2.8 / 7.0.13.`),

  rec('package_lock', f`Dependabot flagged this, is the integrity hash mismatch a supply-chain issue?

${amb('source_code.snippet', f`"node_modules/axios": {
  "version": "1.7.4",
  "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.4.tgz",
  "integrity": "${INTEGRITY}"
}`)}`),

  rec('chat', f`Ticket volume last month per tenant: Harrowgate 412, Nordmarin 287, AgriLogix 655 (ransomware week), Brightline 94. Mean time to acknowledge 6m 40s, to resolve P2 3h 12m. Make a short chart description for the QBR deck.`),
];
