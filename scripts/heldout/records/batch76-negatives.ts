/**
 * Held-out batch 76: hard negatives — lot numbers, declaration and donation ids, test keys,
 * placeholders, failing check digits, masked cards, hashes and casual uses of "confidential" from
 * the six organisations of this batch (tests/corpus/README.md, "Decisions on negatives").
 * Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b76n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b76n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 40);
const PUB_PEM = pem('PUBLIC KEY', 'b76n-pub', 294);
const CERT = pem('CERTIFICATE', 'b76n-cert', 820);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${fill('b76n-png', B64, 200)}`;
const BCRYPT = tok('$2y$10$', fill('b76n-bcrypt', B62 + './', 53));
const INTEGRITY = `sha512-${b64Bytes('b76n-integ', 64)}`;

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH76_NEGATIVES: DraftRecord[] = [
  rec('chat_en', f`Seed lot traceability question: our lot codes look like AV-MZ-24-0118-B and the germination certificates carry ISTA numbers like OIV-2024-118734. The retailer's system wants a GTIN too. Can a lot code be part of a GTIN or do I need GS1 application identifiers (01)(10)?`),

  rec('chat_es', f`¿Me ayudas a ordenar esta lista de parcelas por rendimiento? Parcela 12: 11,4 t/ha; parcela 13: 9,8 t/ha; parcela 14: 12,1 t/ha; parcela 15: 10,7 t/ha. Ensayo MZ-2024-ALB-03, siembra 14/04/2024, cosecha 02/10/2024.`),

  rec('csv_de', f`${cfg(f`Parzelle;Sorte;Aussaat;Feldaufgang_%;TKG_g;Ertrag_dt_ha
A-01;AV-7734;2024-04-18;94;312;118,4
A-02;AV-7734;2024-04-18;91;309;121,0
A-03;KWS-Check;2024-04-18;93;298;106,2
A-04;AV-7121;2024-04-18;88;301;109,7`)}

Berechne bitte Mittelwert und Standardabweichung pro Sorte.`),

  rec('chat_pt_br', f`Os pacotes de semente têm código de barras 7891234567895 e 7891234567901 — o sistema do varejista diz que o segundo é inválido. Como calculo o dígito verificador do EAN-13?`, 'EAN-13 barcodes starting with 7: not card-shaped ranges; product codes'),

  rec('donation_ids', f`ISBT 128 question: our donation identification numbers look like W1234 25 418273 and the product codes E0336V00 / E4561V00. How do I parse the flag characters at the end of the DIN on the label?`),

  rec('chat_nl', f`Bloedbank-rooster: afname-units Zwolle (ma, wo), Deventer (di, do), Kampen (vr). Openingstijden 08:00–19:30. Kun je dit in een nette tabel zetten voor de website?`),

  rec('log_fridge', f`${cfg(f`2025-02-18T02:14:07Z fridge=CR3 probe=A temp=6.4 status=HIGH seq=88213
2025-02-18T02:14:07Z fridge=CR3 probe=B temp=6.1 status=HIGH seq=88214
2025-02-18T03:05:41Z fridge=CR3 probe=A temp=4.2 status=OK seq=88402
2025-02-18T03:05:41Z fridge=CR3 probe=B temp=4.0 status=OK seq=88403`)}

How long was each probe out of range?`),

  rec('chat_sv', f`Hur skriver jag ett policydokument om att blodgivares uppgifter aldrig ska klistras in i AI-verktyg? Det ska vara konfidentiellt hanterat enligt GDPR men dokumentet i sig är offentligt.`),

  rec('stripe_test', f`${cfg(f`# nightjar-shop/.env.test
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_WEBHOOK_SECRET=whsec_REPLACE_ME
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/shop_test`)}

Test checkout on staging uses ${amb('financial.payment_card', '4000 0000 0000 3220')} for 3DS — but should the publishable key really be live in the test env?`, 'Stripe test key and publishable key; a well-known 3DS test card: ambiguous'),

  rec('chat_pl', f`Karta testowa ${amb('financial.payment_card', '4242 4242 4242 4242')} przechodzi w sandboxie, ale na produkcji klient dostaje "do_not_honor". Co oznacza ten kod?`),

  rec('masked_receipt', f`Potwierdzenie opłaty wpisowej — turniej online
Drużyna: Tatra Wolves
Karta: **** **** **** 8217 (Mastercard)
Kwota: 60,00 PLN
Nr transakcji: TX-20250302-0041873

Przetłumacz na angielski dla kapitana drużyny.`),

  rec('chat_fr', f`Quelle est la différence entre un constat d'état et un rapport de condition pour un prêt d'œuvre ? On me demande aussi si l'assurance « clou à clou » couvre le transport. Numéro d'inventaire de l'œuvre : OM-1911-007.`),

  rec('chat_it', f`La temperatura della sala prestiti deve restare a 20 ± 1 °C con UR 50 ± 5 %. Il datalogger registra ogni 15 minuti. Quanti punti dati ho in un prestito di 184 giorni?`),

  rec('customs_mrn', f`MRN 25NL000000123456789 ve 25DE123456789012A1 numaralı beyannamelerin durumu "Released" görünüyor ama antrepodan çıkış yapılmadı. MRN'nin son hanesi kontrol karakteri mi?`),

  rec('hs_codes', f`Classify these seeds for export: sweet corn seed for sowing (HS 1005.10), sunflower seed for sowing (1206.00.10), tomato seed (1209.91.80). Are the 10-digit TARIC codes 1209918010 and 1209918090 right for EU?`),

  rec('eori_list', f`Importer list for the bonded warehouse audit — which EORI formats are wrong?
NL812736495
DE4729183650000
GB847291036000
FR3829104756
PL5271038264001`),

  rec('chat_ru', f`Номер контейнера MSKU 418273-6 и коносамент MAEU 241873650. Таможня просит ещё номер пломбы — где его найти в документах перевозчика?`),

  rec('iban_bad', f`The payment to the Dutch grower bounced — the bank says the IBAN check digits are wrong: NL17 RABO 1709 9083 75. Can you explain how the check digits work so I can ask him for the right number?`, 'IBAN with wrong check digits'),

  rec('card_bad_hu', f`A játékos szerint a nevezési díjat ezzel a kártyával fizette: 5412 3380 9177 2045, de a rendszer "invalid card number" hibát ad. Elírta?`, 'Luhn-failing card number'),

  rec('gift_voucher', f`Sponsor gave us merch-store vouchers, code 6037 9951 2084 4173, and the webshop rejects it. Is it a gift card or did they send a wrong code?`, 'voucher number that fails the Luhn check'),

  rec('ssn_bad', f`W-9 from our new coach has SSN 912-48-3371 — payroll says it can't be valid. Is a 9xx area number always an ITIN?`, 'SSN with area 9xx: invalid'),

  rec('nino_bad', f`Form for the UK customs intermediary lists NI number DA 41 82 73 C for the director. HMRC says the prefix isn't issued — what should we ask the client?`, 'NINO with an unissued prefix'),

  rec('aadhaar_bad', f`किसान के फ़ॉर्म में आधार 4829 1736 5027 लिखा है, पोर्टल "invalid Aadhaar" बता रहा है। क्या कोई अंक गलत है? किसान से दोबारा कैसे पूछें?`, 'Verhoeff-failing Aadhaar number'),

  rec('cpf_bad', f`O sistema recusou o CPF 482.917.365-38 do produtor. Como funciona o dígito verificador do CPF? Quero explicar para ele.`, 'CPF with a wrong check digit'),

  rec('bsn_bad', f`Het salarispakket accepteert BSN 273849154 niet ("elfproef mislukt"). Wat is de elfproef en hoe leg ik dat uit aan de teler?`, 'BSN failing the 11-check'),

  rec('placeholder_env', f`${cfg(f`# .env.example — agrovela LIMS
LIMS_DB_URL=postgresql://<user>:<password>@<host>:5432/lims
OPENAI_API_KEY=sk-proj-XXXXXXXXXXXXXXXXXXXXXXXX
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
SMTP_PASSWORD=
SESSION_SECRET=\${SESSION_SECRET}`)}

Write a short README section explaining each variable for new developers.`),

  rec('helm_values', f`${cfg(f`donorPortal:
  image: registry.sanguis-rbb.org/donor-portal:3.8.2
  env:
    - name: DB_PASSWORD
      valueFrom:
        secretKeyRef:
          name: donor-db
          key: password
    - name: KEYCLOAK_CLIENT_SECRET
      value: "{{ .Values.keycloak.clientSecret }}"`)}

Helm renders an empty client secret — where does .Values.keycloak come from?`),

  rec('gha_secrets', f`${cfg(f`- name: Upload overlays
  env:
    CF_API_TOKEN: \${{ secrets.CF_API_TOKEN }}
    DISCORD_WEBHOOK: \${{ secrets.DISCORD_WEBHOOK }}
  run: ./scripts/upload.sh "\${{ github.sha }}"`)}

Is it OK to print the env vars in upload.sh for debugging? They show as *** in the log.`),

  rec('docker_digest', f`Which of these images should the stream relay run? 
nightjar/obs-relay:1.14.2@sha256:${SHA('b76n-dig1')}
nightjar/obs-relay:1.15.0-rc.1@sha256:${SHA('b76n-dig2')}
Release notes for 1.15 mention a fix for audio drift at 60 fps.`),

  rec('git_log_paste', f`I reverted the wrong commit. \`git reflog\` shows:
${GIT('b76n-g1').slice(0, 7)} HEAD@{0}: revert: "feat(bracket): double elimination"
${GIT('b76n-g2').slice(0, 7)} HEAD@{1}: commit: fix(seed): byes for 12 teams
${GIT('b76n-g3').slice(0, 7)} HEAD@{2}: commit: feat(bracket): double elimination
How do I undo the revert but keep the seed fix?`),

  rec('lockfile', f`${cfg(f`"node_modules/chart.js": {
  "version": "4.4.7",
  "resolved": "https://registry.npmjs.org/chart.js/-/chart.js-4.4.7.tgz",
  "integrity": "${INTEGRITY}",
  "dependencies": { "@kurkle/color": "^0.3.0" }
}`)}

Dashboard fiyataları grafiği chart.js 4.4.7 ile bozuldu — sürümü sabitlemem yeterli mi?`),

  rec('pubkey', f`The lender's registrar sent their public key and certificate for signing the loan agreement electronically. Is this what we import into Adobe?

${PUB_PEM}

${CERT}`),

  rec('bcrypt_hash', f`Our old loan-portal stores passwords as ${ambCat('credential', BCRYPT)} — is $2y$ with cost 10 still acceptable or should we migrate to argon2id?`, 'a password hash: ambiguous, no rule id'),

  rec('data_uri', f`${cfg(f`.lender-logo {
  width: 32px;
  height: 32px;
  background-image: url("data:image/png;base64,${PNG_B64}");
}`)}

Why does the logo look blurry on the loan certificate PDF?`),

  rec('ip_only', f`Stream keeps dropping for our player in Manila — traceroute stops at ${amb('pii.ip_address', '203.177.42.9')} and the relay is at ${amb('pii.ip_address', '172.31.40.17')}. ISP problem or ours?`),

  rec('uuid_list', f`Borrar estas sesiones de la app de campo que quedaron colgadas:
sess:4f7a2c91-8e3b-4d60-b1a5-9c2e7f0d3b84
sess:b2d9e061-3c7f-4a8e-9f15-60a4c8e2d7b3
sess:7c1e5a98-0f2d-4b3c-8e61-d4a9b07f25c6
Dame el bucle con redis-cli.`),

  rec('casual_conf_en', f`I'm confident the audit team will finish fieldwork by Friday. Can you write an upbeat note to the client CFO thanking them for the quick turnaround on the PBC list?`),

  rec('casual_conf_de', f`Wir brauchen eine Vorlage für eine Vertraulichkeitsvereinbarung (NDA) mit einem Saatgut-Vermehrer. Welche Klauseln sind üblich? Bitte nur eine Gliederung.`),

  rec('casual_secret_ja', f`eスポーツチームの「秘密兵器」というタイトルで新メンバー紹介動画の台本を書いてください。明るいトーンで、60秒くらい。`),

  rec('prog_question', f`In Python, what's the safest way to store a database password for a cron script on a Linux server — environment variable, keyring, or a file with 600 permissions? No code needed, just pros and cons.`),

  rec('phone_fake_uk', f`Example for the donor SMS template: "Your appointment at Leeds Centre is confirmed. Reply STOP to opt out or call ${amb('pii.phone', '07700 900418')}." Make it shorter than 160 characters.`, 'Ofcom drama range: ambiguous'),

  rec('ssn_example', f`For the W-9 training slide I want a sample SSN field filled with ${amb('pii.us_ssn', '123-45-6789')}. Is that OK to show or should I use XXX-XX-XXXX?`),

  rec('version_dates', f`Ürün sürümleri: LIMS 7.3.12 (2024-11-04), mobil uygulama 2.18.0 build 20250211.3, barkod kütüphanesi zxing 3.5.3. Hangi sürüm ISTA sertifika şablonunu destekliyor?`),

  rec('accession_ko', f`소장품 번호 체계를 설명해 주세요: 1911.007.a-b, L2025.017.001(대여품), OM-1654-003. 대여품 번호에 L을 붙이는 게 국제 표준인가요?`),

  rec('audit_numbers', f`Reconcile: trial balance total 48,218,733.19; GL detail 48,218,733.91. Difference 0.72 — probably a transposition? Account 4010-200-18 and 4010-200-81 both exist.`),

  rec('chat_ar_neg', f`ما الفرق بين "سري" و"سري للغاية" في تصنيف الوثائق الحكومية؟ أحتاج شرحاً عاماً لدورة تدريبية عن أمن المعلومات لموظفي التخليص الجمركي.`),

  rec('insurance_val', f`Insurance valuation schedule for the spring loan (values in EUR, agreed with lenders):
Cat. 1 — oil on panel, 1620s: 1,250,000
Cat. 2 — pastel on paper: 180,000
Cat. 3 — illuminated leaf: 95,000
Total nail-to-nail: 1,525,000. Can you add a 10% uplift column?`),

  rec('stream_keys_placeholder', f`Para o OBS: Servidor rtmp://live.twitch.tv/app e chave de transmissão "live_XXXXXXXX_YYYYYYYYYYYYYYYY" (a real está no cofre). Como configuro saída dupla para Twitch e YouTube?`),

  rec('steam_ids', f`Players' Steam IDs for the roster page: 76561198284173650, 76561198047182936, 76561199018273645. Can you make a markdown table with nickname and role placeholders?`, 'Steam64 ids: 17 digits starting with 7, no card range'),
];
