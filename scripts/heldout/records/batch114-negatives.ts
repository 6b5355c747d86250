/**
 * Held-out batch 114: hard negatives — VINs, embryo and straw codes, Bates numbers, policy and asset
 * references, placeholders, test keys, masked or check-digit-failing numbers, hashes, public keys and
 * casual uses of "confidential", from the six workplaces of this batch. Unlabelled apart from
 * ambiguous spans and pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const ip = (s: string) => amb('pii.ip_address', s);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b114n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b114n-pklive', B62, 97));
const PK_TEST = tok('pk_', 'test_', '51', fill('b114n-pktest', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const MD5 = (seed: string) => fill(seed, HEX, 32);
const BCRYPT = tok('$2b$12$', fill('b114n-bcrypt', B62 + './', 53));
const MD5CRYPT = tok('$1$', fill('b114n-md5s', B62, 8), '$', fill('b114n-md5h', B62 + './', 22));
const PUB_PEM = pem('PUBLIC KEY', 'b114n-pub', 294);
const CERT = pem('CERTIFICATE', 'b114n-cert', 880);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${fill('b114n-png', B64, 160)}`;
const INTEGRITY = `sha512-${b64Bytes('b114n-integ', 64)}`;

export const BATCH114_NEGATIVES: DraftRecord[] = [
  rec('chat_en_us', f`Can you decode these VINs for the listing import and tell me model year and plant? WVWZZZ1KZ8W386512, 1FTFW1E50MFA41873, JTMBFREV0JD129384. The importer keeps rejecting the Ford one.`),

  rec('receipt_en_us', f`Translate this deposit receipt into Spanish for the buyer:

Holding deposit received – 2019 Toyota Tacoma SR5
Stock #: TX-8831-U
Paid with: Visa •••• 0924 (exp. 09/27)
Amount: $1,500.00
Reference: DEP-2024-118302
Date: 12/04/2024 10:42 CST`),

  rec('bug_de', f`Bug-Report aus dem Zahlungsformular für Händlergebühren: Bei der Eingabe 4532 0187 4561 0935 kommt "Kartennummer ungültig", obwohl der Tester sagt, die Nummer sei korrekt abgetippt. Ist die Luhn-Prüfung im Frontend vielleicht zu streng? Wie erkläre ich dem Tester, was die Prüfziffer ist?`, 'Luhn-failing card number (checked): negative'),

  rec('chat_nl', f`Een dealer meldt dat zijn IBAN NL98 INGB 5009 6149 75 niet geaccepteerd wordt in het portaal. Volgens hem klopt het. Hoe leg ik uit dat het controlegetal niet overeenkomt en dat hij het moet nakijken bij zijn bank?`, 'IBAN with wrong check digits (checked): negative'),

  rec('env_test', f`${cfg(f`# dealer-portal/.env.test — committed, test mode only
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_TEST}
NEXT_PUBLIC_STRIPE_KEY=${PK_LIVE}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/dealers_test
TWILIO_AUTH_TOKEN=your_twilio_auth_token_here`)}

Is it a problem that the NEXT_PUBLIC key is a live publishable key?`),

  rec('env_example_fr', f`Peux-tu compléter ce fichier d'exemple avec des commentaires en français pour les nouveaux développeurs du LIMS ?

${cfg(f`# .env.example
LIMS_DB_PASSWORD=<mot-de-passe>
OPENAI_API_KEY=sk-...
SLACK_BOT_TOKEN=xoxb-your-token
SMTP_PASSWORD=\${SMTP_PASSWORD}
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`)}`),

  rec('helm_values', f`${cfg(f`lims:
  db:
    host: postgres.lims.svc
    user: lims
    password: {{ .Values.secrets.dbPassword }}
  smtp:
    password: "********"`)}

Why does helm template render the password line empty?`),

  rec('embryo_sheet_en', f`Can you reformat this culture sheet as a table? Dish barcodes and straw IDs must stay exactly as they are.

Dish ICSI-241202-07 | embryo 1: D3 8c G1 → D5 4AA, straw VS-0412-A-07-1
Dish ICSI-241202-07 | embryo 2: D3 6c G2 → D5 3BB, straw VS-0412-A-07-2
Dish ICSI-241202-07 | embryo 3: D3 4c G3 → arrested
Culture medium: G-2 PLUS lot 241107, exp 2025-05-31
Incubator: EmbryoScope+ #2, slide 3, wells 1–3`),

  rec('cryo_es', f`Ordena por tanque esta lista de ubicaciones de pajuelas (no hay datos de pacientes, solo códigos):
T03-C2-G5-P11 · T03-C2-G5-P12 · T01-C4-G1-P03 · T05-C1-G2-P07
Código ISBT 128 de la última donación: W1234 24 418273 J.
¿Cuántas posiciones libres quedan en T03 si cada canister tiene 6 goblets de 12 pajuelas?`),

  rec('policy_refs_fr', f`Classe ces polices par échéance :
EXP-2021-0931 (échéance 31/03/2025, pays acheteur : Kenya, catégorie OCDE 6)
EXP-2022-1184 (échéance 15/07/2026, pays acheteur : Viet Nam, catégorie 4)
EXP-2023-0077 (échéance 30/11/2027, pays acheteur : Chili, catégorie 2)
Montants couverts : 12,4 M€, 8,75 M€ et 31 M€.`),

  rec('cirr_en', f`Explain the difference between CIRR and the market rate in plain words. Our indicative terms: tenor 8.5 years, CIRR USD 4.67%, premium 3.1% upfront, repayment in 17 semi-annual instalments starting 6 months after the starting point of credit.`),

  rec('rope_data_de', f`Rechne bitte nach, ob die Seilzugkraft plausibel ist:
Tragseil Ø 52 mm, Bruchkraft 2 460 kN, Sicherheitsfaktor 3,15
Zugseil Ø 38 mm, Spannung 112 kN
Fahrgeschwindigkeit 10 m/s, 2 Kabinen à 80 Personen
Stützen: S1 (Höhe 48,2 m), S2 (61,7 m)
Letzte MRT-Prüfung: 03.10.2024, Prüfbericht PB-2024-0187`),

  rec('firmware_it', f`Qual è la differenza tra queste versioni firmware del PLC della cabinovia? In stazione a monte abbiamo la 4.12.1 (build 3), a valle la 4.12.2, e il fornitore consiglia la 4.13.0-r7. Il changelog dice solo "fix watchdog".`),

  rec('git_log_en', f`I'm halfway through a rebase on the review-platform repo. git status says:

interactive rebase in progress; onto 9c1e7b2
Last commands done (2 commands done):
   pick 4a8d31f feat(review): batch tagging shortcut
   pick e27b90c fix(review): keep highlights after reload
Next commands to do (1 remaining command):
   pick 7f03c5d chore: bump pdfjs-dist to 4.8.69

How do I drop the last one?`),

  rec('loadfile_en', f`Our vendor's load file has the Bates ranges shifted by one. Can you spot where?

${cfg(f`þBEGBATESþ|þENDBATESþ|þCUSTODIANþ|þMD5HASHþ|þDOCIDþ
þHARR-00012840þ|þHARR-00012843þ|þPratt, Oliverþ|þ${MD5('b114n-md5a')}þ|þ6f1c2e84-93d7-4b0a-8e25-1d7f4c9a3b60þ
þHARR-00012844þ|þHARR-00012844þ|þHaddad, Amiraþ|þ${MD5('b114n-md5b')}þ|þa04e7b19-2c58-4f31-9d6e-8b2a7c0f5e13þ
þHARR-00012846þ|þHARR-00012851þ|þOkoye, Danielþ|þ${MD5('b114n-md5c')}þ|þ3d9b6f20-7e14-48ac-b5c3-92e0a1d8f476þ`)}`),

  rec('hashes_pl', f`Sprawdź, czy sumy kontrolne z zabezpieczenia dysku się zgadzają:
Obraz: LT-4471.E01
SHA-256 (pozyskanie): ${SHA('b114n-img')}
SHA-256 (weryfikacja): ${SHA('b114n-img')}
Narzędzie: FTK Imager 4.7.1, czas: 2024-12-03 11:02:17`),

  rec('changelog_en', f`Summarise these image changes for the release notes:
- ghcr.io/lexsift/review-api:3.8.2@sha256:${SHA('b114n-d1')}
- ghcr.io/lexsift/review-api:3.9.0@sha256:${SHA('b114n-d2')}
3.9.0: Node 20.18.1 → 22.12.0, tika 2.9.2 → 3.0.0, OCR queue retries, new /healthz/ready.`),

  rec('package_lock', f`${cfg(f`"node_modules/pdfjs-dist": {
  "version": "4.8.69",
  "resolved": "https://registry.npmjs.org/pdfjs-dist/-/pdfjs-dist-4.8.69.tgz",
  "integrity": "${INTEGRITY}",
  "engines": { "node": ">=18" }
}`)}

Why does npm ci say the integrity check failed after I changed the registry mirror?`),

  rec('pubkey_en', f`Vendor sent us their public key and certificate for the SFTP exchange of production sets. Which one goes into known_hosts and which into our trust store?

${PUB_PEM}

${CERT}`),

  rec('hash_chat', f`The old dealer portal stores hashes like ${ambCat('credential', BCRYPT)} in the users table. Is bcrypt cost 12 still acceptable or should we migrate to argon2id?`, 'a password hash: ambiguous, no rule id'),

  rec('cisco_hash', f`Auditor flagged this line in the valley-station switch config as weak: "enable secret 5 ${ambCat('credential', MD5CRYPT)}". What type should we use instead, 8 or 9?`, 'a Cisco type 5 hash: ambiguous, no rule id'),

  rec('test_card_en_gb', f`For the QA of the new deposit flow, which Stripe test cards simulate a decline? I only know ${amb('financial.payment_card', '4242 4242 4242 4242')} for success.`),

  rec('form_template_en', f`Please proofread our Medicaid consent form template. The example field shows SSN: ${amb('pii.us_ssn', '123-45-6789')} and phone ${amb('pii.phone', '(202) 555-0147')} so parents see the format.`),

  rec('invalid_ssn', f`Our SIS import rejects SSNs like 000-48-2913 and 666-41-2290. Is that correct behaviour? I thought only the format was checked.`, 'SSNs with area 000/666 cannot be issued: negative'),

  rec('aadhaar_fail', f`Dealer KYC form says "Aadhaar invalid" for 4837 2915 6042. Dealer insists it's right. How does the checksum work and what should I tell him?`, 'Verhoeff-failing Aadhaar number (checked): negative'),

  rec('nino_example', f`What is the format of a UK National Insurance number for the donor reimbursement form? HMRC's leaflet uses QQ 12 34 56 C as the example, is that a real one?`),

  rec('firewall_en', f`Please review our firewall request for the ropeway telemetry: allow TCP 502 from ${ip('172.20.20.0')}/24 to ${ip('172.20.30.15')}, and TCP 443 from the SCADA server to ${ip('52.29.118.44')}. Anything too broad?`),

  rec('bic_list_de', f`Welche dieser BICs gehören zu Banken in Österreich? ${amb('financial.swift_bic', 'RZOOAT2L')}, ${amb('financial.swift_bic', 'BKAUATWW')}, ${amb('financial.swift_bic', 'HELADEF1822')}. Ich brauche das für die Länderzuordnung der Händlerkonten.`),

  rec('confidential_casual_en', f`Can you draft a confidentiality agreement template for the contract reviewers we're bringing on for the Harrowfield matter? Two pages, governed by English law.`),

  rec('confident_es', f`Estoy bastante confiada en que la paciente entendió el protocolo, pero ¿me ayudas a hacer un folleto más visual sobre la estimulación ovárica? Lo confidencial lo dejamos fuera, solo información general.`),

  rec('vertraulich_casual_de', f`Wie erkläre ich Eltern in einfachen Worten, dass wir Förderpläne vertraulich behandeln und nur mit ihrer Zustimmung weitergeben? Bitte zwei Sätze für den Elternbrief.`),

  rec('confidential_computing', f`Does Azure confidential computing make sense for hosting the review platform, or is it overkill compared to customer-managed keys?`),

  rec('password_policy_tr', f`Bayi portalı için şifre politikası yazar mısın? En az 12 karakter, büyük/küçük harf, rakam ve özel karakter; son 5 şifre tekrar kullanılamaz; 90 günde bir değişim zorunlu değil.`),

  rec('sql_schema', f`Is this schema OK for storing reviewer accounts?

${code(f`CREATE TABLE reviewers (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email        citext UNIQUE NOT NULL,
  password_hash text NOT NULL,
  mfa_secret   bytea,
  created_at   timestamptz NOT NULL DEFAULT now()
);`)}`),

  rec('iban_placeholder_pl', f`W szablonie umowy z komisem mamy pole "Numer rachunku: PL00 0000 0000 0000 0000 0000 0000". Czy lepiej zostawić puste miejsce zamiast zer?`),

  rec('tracking_en_au', f`Can you chase the courier? The replacement cassette for the document scanner is on consignment 6QZ8412793 (StarTrack), order PO-2024-11873, dispatched 2 Dec. ETA was 4 Dec.`),

  rec('isbn_en', f`Our special-ed library wants these three books: ISBN 978-0-13-468599-1, 978-1-4625-4262-5 and 978-0-7619-7852-0. Can you draft the purchase request with a one-line justification each?`),

  rec('svg_en', f`The lift icon on the status page looks blurry. Here is the SVG path:
<path d="M12 2L2 7l10 5 10-5-10-5zm0 13.5L4.2 11.6 2 12.7l10 5 10-5-2.2-1.1L12 15.5z" fill="#1a4d8f"/>
Should I set shape-rendering?`),

  rec('data_uri', f`Why doesn't this inline logo show in the Outlook version of our dealer newsletter?
<img src="data:image/png;base64,${PNG_B64}" width="120" alt="Autohof">`),

  rec('uuid_ja', f`審査システムのログに出る request_id（例：7d3b1c9e-42a8-4f16-b0e5-9c2a6d8f1e34）と案件ID（UW-2024-00391）を紐づけたいです。どのようなテーブル設計がよいですか？`),

  rec('dates_ko', f`특수교육 대상 학생 재평가 일정표를 만들어 주세요. 기준일: 2024-03-04, 2024-09-02, 2025-03-03. 각 재평가는 기준일로부터 3년 후입니다.`),

  rec('asset_ids_zh_tw', f`請幫我把纜車設備編號整理成表：GB-SEK2-MOT-01、GB-SEK2-BRK-03、GB-SEK1-CAB-12，每個設備下次保養日期分別是 2025-01-15、2025-02-01、2025-03-20。`),

  rec('order_ar', f`اكتب رسالة للعميل بأن طلب فحص السيارة رقم INS-2024-77183 تم تأكيده، والموعد يوم الأحد 8 ديسمبر الساعة 10:30 صباحاً في فرع الدمام.`),

  rec('case_numbers_ru', f`Помоги составить таблицу по делам для e-discovery: дело № А40-218374/2024, дело № А56-99102/2023, запрос на раскрытие от 14.11.2024, объём 1,2 ТБ, 418 000 документов.`),

  rec('bad_card_hi', f`डीलर ने कहा कि उसका कार्ड 4917 6103 8294 7563 भुगतान पेज पर "अमान्य" दिखा रहा है। मैं उसे कैसे समझाऊँ कि शायद उसने एक अंक गलत लिखा है?`, 'Luhn-failing card number (checked): negative'),

  rec('ip_docs_th', f`ช่วยอธิบายความต่างระหว่าง subnet ${ip('10.60.2.0')}/24 กับ ${ip('10.60.0.0')}/16 ให้ทีมซ่อมบำรุงเข้าใจง่าย ๆ หน่อย ว่าทำไมกล้องที่สถานีบนใช้ ${ip('10.60.2.41')} แต่ไม่เห็นจาก NVR`),

  rec('confidential_word_sv', f`Vi behöver en mall för sekretessförbindelse för nya embryologer. Kan du ge ett förslag på en halv sida, utan juridiska termer som är svåra att förstå?`),

  rec('tok_placeholder_id', f`Di dokumentasi internal kami tertulis: "Set HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx sebelum menjalankan skrip". Apakah ini cukup jelas untuk tim review yang bukan programmer?`),

  rec('gh_placeholder', f`Our onboarding doc for the forms repo says:
\`\`\`
${cfg(f`export GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
gh auth status`)}
\`\`\`
Is there a way to make people use gh auth login instead?`),
];
