/**
 * Held-out batch 147: hard negatives — placeholders, documentation keys, test-mode keys, masked or
 * check-failing numbers, instrument and donation barcodes, vessel identifiers, permit and order
 * numbers, casual uses of "confidential" — from the six organisations of the batch, in many
 * languages. Unlabelled apart from ambiguous spans (tests/corpus/README.md). Hand-written.
 */
import { ibanWithCheck, luhnValid, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

/** A card-shaped number whose Luhn check fails (last digit bumped). */
function luhnFail(payload: string): string {
  const good = luhnWithCheck(payload);
  const bad = good.slice(0, -1) + String((Number(good.slice(-1)) + 1) % 10);
  if (luhnValid(bad)) throw new Error(`still Luhn-valid: ${bad}`);
  return bad;
}
/** An IBAN with its check digits bumped by one: mod 97 fails. */
function ibanFail(country: string, bban: string): string {
  const good = ibanWithCheck(country, bban);
  const cd = (Number(good.slice(2, 4)) % 97) + 1;
  return good.slice(0, 2) + String(cd).padStart(2, '0') + good.slice(4);
}

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b147n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b147n-pklive', B62, 97));
const BAD_CARD = luhnFail('453987201648372');
const BAD_FUEL = luhnFail('700012849302718');
const BAD_IBAN = ibanFail('NL', 'INGB0007284193');
const BAD_IBAN_DE = ibanFail('DE', '921458371379768952');
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT_SHA = fill('b147n-git', HEX, 40);
const BCRYPT = tok('$2b$12$', fill('b147n-bcrypt', B62 + './', 53));
const CERT = pem('CERTIFICATE', 'b147n-cert', 720);
const PUBKEY = pem('PUBLIC KEY', 'b147n-pub', 294);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${b64Bytes('b147n-png', 180)}`;
const INTEGRITY = `sha512-${fill('b147n-integ', B64, 86)}==`;
const DIGEST = `sha256:${SHA('b147n-digest')}`;

export const BATCH147_NEGATIVES: DraftRecord[] = [
  rec('code_python', f`Unsere Tests für den Upload der Sterilisationsprotokolle laufen lokal, aber in CI kommt "NoSuchBucket". Fixture:

${code(f`@pytest.fixture(autouse=True)
def fake_aws(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-central-1")`)}`, 'AWS documentation keys only'),

  rec('env_test', f`${cfg(f`# .env.test for the parent app (test mode, committed)
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`)}

Is it fine that the publishable key is the live one?`),

  rec('howto_gsw', f`Chasch mer die Aaleitig für d'Hüttewärt chli verständlicher mache?

1. Uf https://portal.huettenbuchung.ch iiloge
2. Benutzername: <eui-hütte>, Passwort: <eues-passwort>
3. Under "Belegig" s'Datum wähle und d'Bettezahl aapasse
4. Bi Problem: Support-Formular bruuche, nöd per Telefon`),

  rec('k8s_yaml', f`Warum wird die Variable nicht ersetzt? Im Pod steht wörtlich \${DB_PASSWORD}.

${cfg(f`env:
  - name: TRACKING_DB_URL
    value: "postgres://cssd_app:\${DB_PASSWORD}@tracking-db:5432/instrumente"
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: tracking-db
        key: password`)}`),

  rec('receipt_es', f`¿Me traduces este recibo al inglés para la compradora?

Pedido RQ-2025-381744 · Bolso Loewe Puzzle (autenticado)
Pagado con Visa •••• 8127 — caduca 04/28
Importe: 1.390,00 € (IVA incl.)
Envío: SEUR 24, seguimiento 7391 8204 5527
Fecha: 18/03/2025`),

  rec('chat_en', f`A parent typed her card number wrong in the support chat: ${BAD_CARD}. Our form says "invalid card". Can you write a friendly message asking her to re-enter it in the secure payment page instead of the chat?`, 'the number fails the Luhn check'),

  rec('chat_nl', f`Een rederij heeft dit IBAN op de factuur gezet: ${spacedFours(BAD_IBAN)}. Onze bank weigert het als ongeldig. Kun je een korte mail schrijven waarin we om het juiste rekeningnummer vragen?`, 'check digits bumped: mod-97 fails'),

  rec('qa_note', f`QA note for the new checkout in the tutoring app: use ${amb('financial.payment_card', '4242 4242 4242 4242')} with any future expiry and CVC 123 for the happy path, and ${amb('financial.payment_card', '4000 0000 0000 9995')} for "insufficient funds". Please write the test steps as a checklist.`, 'well-known Stripe test numbers: ambiguous'),

  rec('deploy_log', f`Explain this deploy output from the pilot-dispatch service, is anything failing?

${cfg(f`deploy id 7c1e4a90-2f6b-4d83-9a57-e3b0d81c6f24
commit ${GIT_SHA}
image registry.kestrelport.com/dispatch@${DIGEST}
migrations: 0042_add_tug_bollard_pull ... ok
healthcheck: 200 in 84 ms`)}`),

  rec('boarding_ru', f`Сделай, пожалуйста, сводку по судам на завтрашнюю лоцманскую проводку:

1. т/х «Арктик Сан», IMO 9482731, MMSI 273418920, осадка 11,2 м, посадка лоцмана 04:30
2. т/х «Nordic Tern», IMO 9391824, MMSI 257093000, осадка 8,7 м, посадка 06:10
3. буксир «Кестрел 4» — сопровождение обоих`),

  rec('donation_ids', f`Pls check these ISBT 128 donation numbers are in the right format for the label printer:
W0412 25 348271 Y
W0412 25 348272 K
W0412 25 348273 3
Product code E0336V00, expiry 2025-04-12`),

  rec('udi_de', f`Kannst du mir erklären, was die einzelnen Teile dieses UDI-Codes auf der Pinzette bedeuten?
(01)04046963482719(17)290331(10)L2503118(21)SN00427`),

  rec('tracking_fr', f`Réponds à l'acheteuse que son sac est en route : authentifié le 14/03, expédié par Colissimo 6A28473916520, livraison prévue sous 48 h. Référence annonce RQ-LST-884120.`),

  rec('autoclave_fw', f`Firmware-Update für Autoklav 3: Stimmt die Prüfsumme?
Datei: stericlave_fw_4.12.1.3.bin
SHA-256: ${SHA('b147n-fw')}
Laut Hersteller: ${SHA('b147n-fw')}`),

  rec('chat_en_casual', f`I'm fairly confident the tug will be alongside by 05:00, but can you draft a message to the master saying we'll confirm the exact time on VHF 12? Keep it short.`),

  rec('chat_en_nda', f`Can you give me a confidentiality agreement template for freelance tutors? It should cover not sharing children's progress reports and not contacting families outside the platform.`),

  rec('copy_us', f`Write three variants of the "Call us" banner for the parent app. Use our sample number ${amb('pii.phone', '(208) 555-0143')} in the mockups only.`, 'fictional 555-01xx'),

  rec('copy_uk', f`For the donor-app screenshots, replace real numbers with ${amb('pii.phone', '07700 900418')} and the Leeds centre with ${amb('pii.phone', '0113 496 0729')} (drama ranges). Write the alt text for each screenshot.`),

  rec('w9_example', f`In our tutor onboarding guide we show a W-9 example with SSN ${amb('pii.us_ssn', '123-45-6789')}. Is it OK to keep that in the PDF or should we blur it?`),

  rec('ssn_invalid', f`The form validator should reject SSNs like 000-12-3456, 666-40-1234 and 912-45-0000. Write the regex + a short explanation.`),

  rec('hash_db', f`¿Este hash de contraseña de la tabla de operadores del call center es bcrypt con costo 12? ${ambCat('credential', BCRYPT)}`),

  rec('cert', f`Is this the certificate the pilot tablets need for the dispatch API? It expires next month.

${CERT}`),

  rec('pubkey', f`Dodaj proszę ten klucz publiczny do serwera trasowania instrumentów (authorized_keys wymaga innego formatu?):

${PUBKEY}`),

  rec('html_newsletter', f`Warum wird das Logo im Spender-Newsletter in Outlook nicht angezeigt?

${cfg(f`<img src="data:image/png;base64,${PNG_B64}" alt="Blutspendedienst Nordost" width="120">`)}`),

  rec('package_lock', f`npm ci schlägt bei uns fehl: "integrity checksum failed". Auszug aus package-lock.json:

${cfg(f`"node_modules/date-fns": {
  "version": "3.6.0",
  "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
  "integrity": "${INTEGRITY}"
}`)}`),

  rec('docs_ja', f`社内向けのAPI利用手順書を英訳してください。

1. 管理画面から API キーを発行します（例: YOUR_API_KEY）。
2. リクエストヘッダーに Authorization: Bearer <YOUR_API_KEY> を付けます。
3. キーは絶対に Slack やチャットに貼らないでください。`),

  rec('ui_de', f`Übersetze diese UI-Texte der Spender-App ins Englische:
- "Passwort vergessen?"
- "Bitte gib dein Geburtsdatum ein"
- "Telefonnummer bestätigen"
- "Dein Passwort muss mindestens 12 Zeichen lang sein"`),

  rec('ui_ko', f`학부모 앱 회원가입 화면 문구 번역해 주세요: "비밀번호", "비밀번호 확인", "자녀 생년월일", "보호자 휴대폰 번호", "여권 정보는 수집하지 않습니다".`),

  rec('chat_ja_question', f`Pythonで、日付の文字列「2025/03/14」を datetime に変換するとき、strptime と dateutil のどちらを使うべきですか？理由も教えてください。`),

  rec('permit_ne', f`यो परमिट सूचीलाई अंग्रेजीमा तालिका बनाइदिनुहोस्:
TIMS कार्ड: TIMS-2025-048273, वैधता 2025-04-02 देखि 2025-04-30 सम्म
ACAP परमिट: ACAP-88214, शुल्क NPR 3,000
MCAP परमिट: MCAP-2025-1182`),

  rec('hut_info_it', f`Puoi tradurre in inglese questa scheda del rifugio?
Rifugio Vittorio Sella, 2.584 m s.l.m.
Posti letto: 64 (di cui 12 nel locale invernale)
Apertura: 14/06–20/09
Coordinate: 45.5472 N, 7.2736 E
Prenotazione obbligatoria, caparra 20 € a persona`),

  rec('fuel_card', f`Bunker-Tankkarte der Schlepper: ${BAD_FUEL} – die Tankstelle im Hafen akzeptiert sie nicht mehr. Schreib bitte eine kurze Mail an den Kartenanbieter.`, 'a fuel card number that fails the Luhn check'),

  rec('chat_pt_pt', f`Podes resumir estas métricas do centro de chamadas para dadores? Chamadas feitas: 4 812; atendidas: 1 903 (39,6 %); marcações: 744; faltas: 61. Tempo médio de chamada: 2 min 41 s.`),

  rec('cycle_log_sv', f`Tolka den här cykelrapporten från autoklav 2, är den godkänd?

${cfg(f`Cykel: 004821  Program: 134C-18min  Start: 2025-03-18 06:12:40
Max temp: 135.2 C  Tryck: 3.12 bar  Steriliseringstid: 18:04
Bowie-Dick: OK   Kemisk indikator: OK
Batch: L-2503-118   Operatör: AN`)}`),

  rec('tide_el', f`Με βάση αυτά τα στοιχεία, μπορεί το πλοίο να μπει χωρίς ρυμουλκό; Βύθισμα 9,4 m, βάθος διαύλου 11,0 m, παλίρροια +0,3 m στις 14:20, άνεμος ΒΔ 22 κόμβοι.`),

  rec('email_disclaimer', f`Can you shorten our e-mail footer? It's longer than most e-mails we send.

--
Port of Kestrelmouth · Pilotage & Towage
${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')} If you have received it in error, please notify the sender and delete it. Port of Kestrelmouth accepts no liability for viruses.`),

  rec('placeholder_conn', f`Nach welchem Muster schreiben wir die Verbindungszeichenkette ins Wiki? Ich dachte an postgres://USER:PASSWORD@HOST:5432/DBNAME und daneben den Hinweis, dass das echte Passwort im Vault liegt.`),

  rec('ghp_placeholder', f`Im Runbook der Hütten-Website steht "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" als Beispiel. Reicht das, oder sollen wir "<token>" schreiben?`),

  rec('seller_ids_pl', f`Połącz te dwie listy sprzedawców po ID i pokaż, kto ma więcej niż 3 odrzucone autentykacje:
S-20381: 5, S-20417: 1, S-20502: 4, S-20611: 0, S-20733: 7`),

  rec('chat_ar', f`ما الفرق بين رقم IMO ورقم MMSI للسفينة؟ وأيهما نستخدم في طلب الإرشاد البحري؟`),

  rec('svg_th', f`ช่วยทำให้ไอคอนภูเขานี้เล็กลงหน่อย

${cfg(f`<svg viewBox="0 0 24 24"><path d="M3 20 L9.5 8.2 L13.1 14.6 L15.8 10.4 L21 20 Z" fill="#2F6B4F"/></svg>`)}`),

  rec('iban_typo_de', f`Im Verkäuferprofil steht ${BAD_IBAN_DE}, unser System sagt "Prüfziffer falsch". Formuliere bitte eine Nachricht, dass der Verkäufer die IBAN neu eingeben soll.`, 'check digits bumped: mod-97 fails'),

  rec('chat_hi_en', f`Donor camp ka summary bana do: total registrations 214, deferred 37 (low Hb 22, travel 9, medication 6), units collected 171. Next camp 12 April ko Lucknow mein.`),

  rec('chat_tl', f`Pa-translate naman sa English itong paalala sa mga magulang: "Ang susunod na session ni Junjun ay sa Sabado, 9:00 AM. Pakisiguradong naka-charge ang tablet."`),

  rec('chat_ka', f`როგორ დავწერო მოკლე ინსტრუქცია ტურისტებისთვის, რომ ქოხში ჯავშნის დადასტურების კოდი (მაგ. KZB-2025-0713) ყოველთვის თან იქონიონ?`),

  rec('chat_sw', f`Tafadhali andika tangazo fupi la kambi ya kuchangia damu: Jumamosi tarehe 12, saa 2 asubuhi hadi saa 10 jioni, Uwanja wa Uhuru. Lete kitambulisho. Kunywa maji mengi kabla.`),

  rec('vault_placeholder', f`Наш Terraform модуль для сервиса виплат: \`vault_token = var.vault_token\` і в README написано "hvs.XXXXXXXXXXXXXXXXXXXXXXXX" як приклад. Це нормально?`),
];
