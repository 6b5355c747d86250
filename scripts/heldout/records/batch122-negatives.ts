/**
 * Held-out batch 122: hard negatives — text from the same six organisations that looks sensitive
 * and is not (tests/corpus/README.md, "Decisions on negatives"), in many languages. Unlabelled
 * apart from ambiguous spans (and pasted code, labelled as code). Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b122n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b122n-pklive', B62, 97));
const CERT = pem('CERTIFICATE', 'b122n-cert', 880);
const PUBKEY = pem('PUBLIC KEY', 'b122n-pub', 294);
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const BCRYPT = tok('$2y$10$', fill('b122n-bcrypt', B62 + './', 53));
const PNG = `iVBORw0KGgoAAAANSUhEUgAAAGQAAAAoCAYAAAAIeF9DAAAA${fill('b122n-png', B64, 160)}`;

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH122_NEGATIVES: DraftRecord[] = [
  // ── test / masked / invalid payment data ──
  rec('chat_de', f`Für die Schulung der Franchise-Kassen im Testmodus: Stripe sagt, man soll die Karte ${amb('financial.payment_card', '4242 4242 4242 4242')} mit beliebigem Datum nehmen. Im Testshop ist ${STRIPE_TEST} hinterlegt. Warum erscheint die Zahlung nicht im Live-Dashboard?`, 'Stripe test card (ambiguous) and a test-mode secret key (negative)'),

  rec('receipt_fr', f`Reçu de remboursement — Maison Iraé
Commande IR-FR-551203 · Eau de parfum Figue Noire 100 ml
Remboursé sur carte **** **** **** 4417 le 06/11/2024 : 132,00 €
Transaction 7f3c2a9e-51d4-4b8e-9a07-c2e61d8f4b30

Peux-tu traduire ce reçu en anglais pour une cliente à Londres ?`),

  rec('chat_it', f`Una cliente ha scritto il numero di carta sbagliato nel form (le manca una cifra): 4539 2718 4063 5. Il sistema lo rifiuta, ma cosa le rispondo senza chiederle il numero via email?`, 'mistyped 13-digit number that fails the Luhn check'),

  rec('chat_nl', f`Een franchisenemer uit Utrecht geeft steeds dit rekeningnummer op voor de royalty-incasso: NL42 ABNA 0417 2938 56. De bank zegt "ongeldig IBAN". Hoe leg ik vriendelijk uit dat er een tikfout in moet zitten?`, 'IBAN with wrong check digits'),

  rec('chat_ko', f`고객이 카드번호 끝자리만 보냈어요: "**** 6838 카드로 결제했는데 포인트가 안 들어왔어요". 카드 끝 4자리로 주문을 찾는 방법이 있나요?`),

  rec('invoice_footer', f`Please check the wording of our invoice footer (semiconductor packaging services):

Kestrel Microassembly Sdn. Bhd. · Bayan Lepas FIZ Phase 4, 11900 Penang
Bank: Maybank Berhad · SWIFT ${amb('financial.swift_bic', 'MBBEMYKL')}
Payment terms: 60 days net. All prices ex works, Incoterms® 2020.`),

  // ── placeholders, documentation keys, test keys ──
  rec('env_example_pt_br', f`Esse .env.example vai pro repositório do app de pedidos das franquias, tá ok?

${cfg(f`# copie para .env e preencha
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/pedidos
STRIPE_SECRET_KEY=sk_live_SUA_CHAVE_AQUI
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
SENTRY_DSN=
SMTP_PASSWORD=<sua-senha>`)}`),

  rec('tutorial', f`Writing internal docs for the archive's digitisation team. Is this example OK to publish?

${cfg(f`[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-central-1`)}

Then run aws s3 sync ./tiff s3://archive-masters/ --storage-class DEEP_ARCHIVE`),

  rec('k8s_template', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: vms-ingest
stringData:
  DB_PASSWORD: \${DB_PASSWORD}
  MAPBOX_TOKEN: {{ .Values.mapbox.token }}
  API_KEY: YOUR_API_KEY`)}

Kan du förklara skillnaden mellan envsubst och Helm-templating här? Vi använder båda i fiskerikontrollens kluster.`),

  rec('chat_fr_qc', f`Dans le guide pour les nouveaux franchisés, j'ai écrit : « Entrez votre mot de passe (ex. : ********) puis cliquez sur Connexion. » C'est assez clair ou je devrais mettre une capture d'écran?`),

  rec('chat_ko', f`비밀번호를 잊어버렸다는 고객 문의가 하루에 50건이 넘어요. 비밀번호 재설정 안내 문구를 친절하게 다시 써 주세요. (비밀번호는 절대 상담원이 물어보지 않는다는 내용 포함)`),

  rec('chat_ka', f`რა არის კარგი პაროლის პოლიტიკა არქივის თანამშრომლებისთვის? რამდენი სიმბოლო უნდა ჰქონდეს და რამდენად ხშირად უნდა შეიცვალოს?`),

  rec('chat_cs', f`Jak mám kolegům v badatelně vysvětlit, proč si nesmějí psát hesla na papírky u počítače? Napiš krátké a přátelské oznámení.`),

  // ── identifiers that are not personal data ──
  rec('deploy_log', f`Rollback needed? Deploy log from the loyalty app:

deploy 2024-11-06T07:42:10Z  commit ${GITSHA('b122n-sha1')}  image sha256:${SHA('b122n-dig1')}
deploy 2024-11-06T09:15:55Z  commit ${GITSHA('b122n-sha2')}  image sha256:${SHA('b122n-dig2')}
request_id=3e8b1f04-92c7-4a6d-b5e1-7f0a2c9d8e63 status=500 path=/api/points`),

  rec('fixity_sv', f`Fixitetskontroll av digitaliserade kyrkböcker, två filer stämmer inte. Vad betyder det?

SHA256 (SE_RA_420422_A_I_12_0001.tif) = ${SHA('b122n-fix1')}  OK
SHA256 (SE_RA_420422_A_I_12_0002.tif) = ${SHA('b122n-fix2')}  FAILED
SHA256 (SE_RA_420422_A_I_12_0003.tif) = ${SHA('b122n-fix3')}  FAILED`),

  rec('package_lock', f`${cfg(f`"node_modules/leaflet": {
  "version": "1.9.4",
  "resolved": "https://registry.npmjs.org/leaflet/-/leaflet-1.9.4.tgz",
  "integrity": "sha512-${fill('b122n-integ', B64, 86)}==",
  "license": "BSD-2-Clause"
}`)}

Why does npm ci complain the integrity doesn't match after I switched registry mirror?`),

  rec('chat_es_mx', f`Una clienta pregunta por su pedido de perfume. Número de pedido IR-MX-204918, guía de Estafeta 8055 1729 3840 2217 6601, salió de CDMX el 4/11. ¿Cómo le explico que la paquetería tiene retraso?`),

  rec('chat_zh_cn', f`帮我把这些批次信息整理成表格给客户：
批号 QF2291-A / QF2291-B，封装 QFN-48 7x7，日期码 2442，晶圆 ID W07-S14，料号 KMA-48Q-7719-R2
良率 98.6%，C-SAM 抽检 32 pcs，0 分层。`),

  rec('chat_da', f`Kan du lave en tabel over de fartøjer, vi har inspiceret i uge 44?
- "Nordstjernen" HG 214, IMO 9184732, CFR DNK000019284
- "Lise Marie" S 77, IMO 9312847, CFR DNK000024617
- "Anholt" E 12, ingen IMO, CFR DNK000031208
Tilføj en kolonne til inspektionsresultatet.`),

  rec('chat_pl', f`Potrzebuję tabelki alergenów dla perfum na stronę sklepu: linalool (CAS 78-70-6), limonene (CAS 5989-27-5), geraniol (CAS 106-24-1), citronellol (CAS 106-22-9). EAN produktów: 3614273955508, 3348901419610, 3700578502134. Dodaj kolumnę "stężenie > 0,001%".`, 'CAS numbers and EAN-13 codes (Luhn fails on all three)'),

  rec('chat_en_in', f`Espresso machine error log from the Bengaluru franchise, what does E-14 mean?
SN: LM-GS3-2019-48217
FW: 3.2.17
14:02 E-14 boiler probe out of range
14:05 E-14 boiler probe out of range
Group head temp 93.4 °C, pump pressure 9.1 bar`),

  rec('chat_nl_archive', f`Kun je een bronverwijzing maken volgens onze leeszaalrichtlijn voor: Nationaal Archief, Den Haag, Ministerie van Koloniën, toegang 2.10.36.04, inventarisnummer 1187, folio 23–27?`, 'an archive access code with four dotted number groups: a finding-aid reference, not an IP address'),

  rec('chat_es_arch', f`Tengo que redactar el nuevo horario de la sala de lectura del archivo para investigadores, en castellano y en inglés: de lunes a viernes de 9:00 a 14:00, y los jueves también de 16:00 a 19:00. ¿Me ayudas?`),

  rec('chat_pt_pt', f`Podes rever esta nota para o site do arquivo? «A sala de leitura estará encerrada de 23 de dezembro a 2 de janeiro. Os pedidos de digitalização recebidos nesses dias serão tratados a partir de 7 de janeiro.»`),

  // ── fictional / reserved numbers, example IDs ──
  rec('ad_script', f`Radio spot for the US launch of our cold-brew cans, 30 seconds:

"Cold. Smooth. Ferrowood. Find your nearest café at ferrowood-coffee.com or call ${amb('pii.phone', '(212) 555-0147')} — that's ${amb('pii.phone', '555-0147')}!"

Can you tighten it to 20 seconds?`, 'fictional 555-01xx number in an ad script'),

  rec('training', f`Role-play script for new shelter volunteers (fictional caller):

Caller "Jo" rings from ${amb('pii.phone', '07700 900461')} and says she's outside the refuge. Volunteer: "I can't confirm where we are, but I can help you. Are you safe right now?"

Please add two more turns where the volunteer explains the safety plan.`, 'Ofcom drama-range number in a training script'),

  rec('form_help', f`Our intake form's help text for US residents says: "Enter your SSN in the format ${amb('pii.us_ssn', '123-45-6789')}." Is it OK to show that, or should we use XXX-XX-XXXX?`),

  rec('test_data', f`Testdaten für das Franchise-Portal — sind die SSNs so ungültig genug?

${code(f`const FAKE_US_OWNERS = [
  { name: 'Test Owner A', ssn: '000-12-3456' },
  { name: 'Test Owner B', ssn: '666-45-1234' },
  { name: 'Test Owner C', ssn: '912-34-5678' },
];`)}`, 'SSNs with area 000, 666 and 9xx cannot be issued'),

  rec('chat_de_placeholder', f`Im Antragsformular der Beratungsstelle steht als Beispiel „Max Mustermann, geb. TT.MM.JJJJ, Musterstraße 1, 12345 Musterstadt". Sollten wir das lieber durch eine leere Zeile ersetzen?`),

  // ── public keys, certificates, hashes, images ──
  rec('cert', f`Reading-room Wi-Fi portal shows a certificate warning. This is what the portal serves:

${CERT}

Is it expired or just the wrong chain?`),

  rec('pubkey', f`Vår skannerleverandør vil ha den offentlige nøkkelen for å kryptere leveransene til oss. Er dette riktig format?

${PUBKEY}`),

  rec('db_dump', f`Volunteer portal user table (shelter), we're migrating to a new host. Are these hashes safe to move?

${cfg(f`id | username      | password_hash                                                 | role
---+---------------+---------------------------------------------------------------+----------
 7 | vol.priya     | ${ambCat('credential', BCRYPT)} | volunteer`)}`, 'bcrypt hash: ambiguous per the conventions, no rule claims it (category only)'),

  rec('html_sig', f`Why is our care team's email signature image so big in Outlook?

<img src="data:image/png;base64,${PNG}" width="100" alt="Maison Iraé">
<p>Service Client · du lundi au samedi, 9h–19h</p>`),

  rec('git_remote', f`Kloniranje repozitorija za skener ne radi s fakultetske mreže:
$ git clone ${amb('pii.email', 'git@github.com')}:arhiv-digital/scan-pipeline.git
ssh: connect to host github.com port 22: Connection timed out
Kako prebaciti na HTTPS?`),

  // ── casual confidential, templates ──
  rec('chat', f`Can you draft a mutual confidentiality agreement template for customers who send us failed units for failure analysis? Cover sample destruction, photos and how long we keep the X-ray data.`),

  rec('chat_ja', f`お客様から「秘密保持契約書（NDA）のひな形を送ってほしい」と言われました。一般的な NDA に含める項目を箇条書きで教えてください。`),

  rec('chat_es', f`Entre nosotras: la coordinadora me dijo en confianza que el ayuntamiento va a recortar la subvención del centro. ¿Cómo preparo al equipo sin generar pánico? No es nada oficial todavía.`),

  rec('chat', f`Our IT vendor keeps pitching "confidential computing" for the case management system. In plain language, what is it and do we need it as a small shelter?`),

  rec('chat_de_archive', f`Kannst du diese Verzeichnungseinheit für den Online-Katalog kürzen? „Akte des Bezirksamts Treptow über Ausreiseanträge, 1976–1983. Die Akte trägt auf dem Deckel den Stempel ‚Vertrauliche Dienstsache', wurde 1991 vom Archiv übernommen und ist seit 2014 ohne Einschränkung benutzbar."`, 'a historical stamp described in a catalogue entry: it does not mark this text'),

  rec('chat_fr', f`Je suis confiante pour le lancement du coffret de Noël, mais comment répondre aux clientes qui demandent si la recette contient du musc synthétique ? Une réponse courte et rassurante, s'il te plaît.`),

  rec('chat_th', f`ช่วยสรุปหลักการของ PDPA เรื่องการเก็บข้อมูลลูกค้าในระบบแชตของร้านเครื่องสำอางออนไลน์ให้หน่อย ไม่ต้องลงรายละเอียดกฎหมาย ขอแค่ 5 ข้อ`),

  rec('chat_en_za', f`Our fisheries inspectors in Walvis Bay and Cape Town must start using the new catch-report form. Can you write a short e-mail explaining that the old form won't be accepted from 1 December, and that they should phone the office if the tablets don't show it yet?`),

  // ── dates, timestamps, coordinates that are not personal data ──
  rec('chat_ru', f`Сделай расписание проверок на ноябрь: 12.11 — порт Мурманск, 14.11 — рыбзавод в Териберке, 19.11–21.11 — выход на патрульном судне, 26.11 — отчёт в управление. Координаты района патрулирования: 69°48′ с. ш., 35°12′ в. д.`),

  rec('chat_tr', f`Kavurma profilinin verileri: şarj sıcaklığı 205 °C, first crack 8:42, drop 10:15 @ 211 °C, gelişim süresi %17. Hafif kavrum Etiyopya için bu uygun mu?`),

  rec('chat_hi', f`हमारे अभिलेखागार की डिजिटलीकरण परियोजना की प्रगति रिपोर्ट: नवंबर तक 4,200 पन्ने स्कैन हुए, 600 पन्ने बाकी हैं। इसका अंग्रेज़ी में छोटा सारांश बना दीजिए।`),

  rec('iiif', f`${cfg(f`{
  "@context": "http://iiif.io/api/presentation/3/context.json",
  "id": "https://iiif.staatsarchiv-digital.de/manifest/d7c3e1a4-28f6-4b90-9e15-60ab2f7c3d81",
  "type": "Manifest",
  "label": { "de": ["Kirchenbuch Lindenau 1742–1789"] },
  "navDate": "1742-01-01T00:00:00Z",
  "items": [{ "id": "https://iiif.staatsarchiv-digital.de/canvas/p1", "type": "Canvas", "height": 7200, "width": 5400 }]
}`)}

Der Viewer zeigt keine Seiten an — fehlt "items" in den Canvas?`),

  rec('chat_am', f`ሰላም፣ ለቡና ፍራንቻይዝ ሰራተኞች የኤስፕሬሶ ማሽን ጽዳት መመሪያ በአማርኛ ማዘጋጀት እፈልጋለሁ። በየቀኑ፣ በየሳምንቱ እና በየወሩ የሚደረጉ ተግባራትን ዘርዝርልኝ።`),

  rec('chat_vi', f`Em cần viết email cho khách hàng giải thích về tiêu chuẩn JEDEC J-STD-020 (MSL 3, 168 giờ ở 30 °C/60 %RH) và lý do phải sấy lại linh kiện QFN trước khi hàn. Viết ngắn gọn, lịch sự.`),
];
