/**
 * Held-out batch 108: hard negatives — ticket serials, container and accession numbers, placeholders,
 * test keys, hashes, masked cards, values that fail their checks and casual uses of "confidential"
 * and "secret" (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from
 * ambiguous spans and pasted code. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b108n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b108n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const PUB = pem('PUBLIC KEY', 'b108n-pub', 294);
const CERT = pem('CERTIFICATE', 'b108n-cert', 820);
const BCRYPT = tok('$2y$10$', fill('b108n-bcrypt', B62 + './', 53));
const INTEGRITY = (seed: string) => `sha512-${b64Bytes(seed, 64)}`;
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h${fill('b108n-png', B64, 160)}`;

export const BATCH108_NEGATIVES: DraftRecord[] = [
  rec('chat_en', f`A retailer says the terminal rejects ticket serial 5114 0087 3321 6940 as "already paid". The draw was 07/12, numbers 4 11 19 27 33 + bonus 8. How do I explain the "already validated" status to him politely?`, 'lottery ticket serial, 16 digits, fails Luhn'),

  rec('chat_de', f`Die Ziehung vom Samstag: 3 – 9 – 17 – 22 – 38 – 45, Superzahl 6. Spiel 77: 4 1 9 8 2 7 3, Super 6: 6 0 5 2 1 4. Schreib mir bitte einen kurzen Text für den Aushang in der Annahmestelle.`),

  rec('env_example', f`${cfg(f`# retailer-portal/.env.example — copy to .env and fill in
STRIPE_SECRET_KEY=sk_live_your_key_here
STRIPE_WEBHOOK_SECRET=whsec_...
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=<twilio-auth-token>
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/retail
SESSION_SECRET=\${SESSION_SECRET}`)}

Write a README section that explains every variable for the new developer.`),

  rec('test_fixture', f`${code(f`// payouts.test.ts
import Stripe from 'stripe';

const stripe = new Stripe('${STRIPE_TEST}');

it('creates a test payout to the retailer', async () => {
  const acct = await stripe.accounts.create({ type: 'custom', country: 'DE', capabilities: { transfers: { requested: true } } });
  const tr = await stripe.transfers.create({ amount: 12000, currency: 'eur', destination: acct.id });
  expect(tr.amount).toBe(12000);
});`)}

Publishable key for the retailer widget is ${PK_LIVE} — is it OK to ship that in the bundle?`, 'Stripe test secret key and a live publishable key: negatives; the test is pasted code'),

  rec('moto_fixture', f`${code(f`@pytest.fixture(autouse=True)
def fake_aws(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "ap-southeast-2")`)}

Tests for the ground-station log uploader fail with NoSuchBucket after moto 5. Do I have to create the bucket first?`),

  rec('receipt_museum', f`Gift shop receipt — the customer wants a VAT invoice instead:

Museum Shop, Receipt 2024-12-11-0093
Exhibition catalogue "Light and Linen" (ISBN 978-3-7774-4215-9)  €49.00
Poster A2 ×2  €24.00
Paid: Mastercard •••• 6758, contactless
Terminal ID 71-04418, auth code 48213Q

Can you write the invoice request reply in German?`),

  rec('chat_fr', f`Pour le conteneur MSCU 482193-0 et le connaissement MEDUQ4471903, le transitaire nous donne le numéro OMI 9839210 du navire. Peux-tu m'expliquer la différence entre le numéro OMI et l'indicatif MMSI dans une réclamation ?`),

  rec('chat_nl', f`Hoe noteer ik objectnummers netjes in de bruikleenlijst? We hebben 1987.114.3a-b, BK-1962-7 en RP-P-OB-204.561. Moet de punt blijven staan of wordt dat in de database een decimaal?`),

  rec('lab_csv', f`Which samples exceed 400 000 cells/ml?

${cfg(f`sample_id;farm;date;fat;protein;scc
MLK-24-1203-00417;F-1021;2024-12-03;4.31;3.52;212000
MLK-24-1203-00418;F-1022;2024-12-03;3.98;3.41;486000
MLK-24-1203-00421;F-1030;2024-12-03;4.12;3.47;398000
MLK-24-1204-00002;F-1041;2024-12-04;4.40;3.60;731000`)}`),

  rec('noc_log', f`${cfg(f`2024-12-09T03:10:44Z terminal=ST-60218 mac=00:1a:2b:7c:91:e4 beam=N4 snr_db=3.2 modcod=QPSK-1/2 state=DEGRADED
2024-12-09T03:10:45Z terminal=ST-60219 mac=00:1a:2b:7c:91:f0 beam=N4 snr_db=2.8 modcod=QPSK-1/4 state=DEGRADED
2024-12-09T03:11:02Z controller=gs2 event=rain_fade_mitigation enabled=true request_id=4c8e2a91-7b3f-4d10-9e65-2a1f0c8b7d43`)}

Was that rain fade or the controller? The two terminals are 5 km apart.`),

  rec('release_notes', f`Summarise for the field installers what changed in the modem firmware:

- modem-fw 5.2.0 → 5.3.1 (image sha256:${SHA('b108n-fw1')})
- provisioning app 2.18.0, build ${GITSHA('b108n-git1')}
- fixes: pointing-assist tone now audible in wind; Ka-band carrier lock faster after power loss.`),

  rec('chat_es', f`¿Qué significa exactamente "confidencialidad" en el acuerdo de préstamo tipo del ICOM? No me refiero a nuestro contrato, sino a la plantilla pública. Quiero explicarlo en una charla para estudiantes de museología.`),

  rec('chat_en_gb', f`We're running a Secret Santa for the safeguarding team this year (£10 limit). Can you write a cheerful invite that doesn't mention anyone's cases and reminds people the draw is anonymous?`),

  rec('chat_pl', f`Jaki jest sekret dobrego sera korycińskiego? Spółdzielnia chce zrobić warsztaty dla dzieci i potrzebuję prostego opisu, bez tajemnic receptury.`),

  rec('password_policy', f`Draft a password rule for the installers' field app: at least 12 characters, a passphrase is fine, no rotation unless compromised, MFA via the authenticator app. Mention that screenshots showing "Password: ••••••••" are fine to send to support but the real password never.`),

  rec('helm_values', f`${cfg(f`claimsApi:
  image: registry.example/claims-api:4.2.0
  env:
    - name: DB_PASSWORD
      valueFrom:
        secretKeyRef: { name: claims-db, key: password }
    - name: SENDGRID_API_KEY
      valueFrom:
        secretKeyRef: { name: mail, key: sendgrid }
  existingSecret: claims-db`)}

Pod crashloops with "secret claims-db not found" but it exists in the namespace. RBAC?`),

  rec('gha', f`${cfg(f`- name: Publish draw results
  env:
    DEPLOY_TOKEN: \${{ secrets.DEPLOY_TOKEN }}
    CDN_KEY: \${{ secrets.CDN_PURGE_KEY }}
  run: ./scripts/publish.sh "\${{ github.sha }}"`)}

Is it safe to run \`set -x\` in publish.sh for debugging?`),

  rec('public_key', f`This is the public key the bank gave us to verify prize-transfer confirmations — how do I use it with openssl to check a detached signature?

${PUB}`),

  rec('certificate', f`Our NOC monitoring says the certificate on the customer portal expires in 9 days. Here it is — can you tell me the issuer and SANs from it?

${CERT}`, 'a certificate is public'),

  rec('db_dump', f`${cfg(f`INSERT INTO staff_accounts (id, login, pw_hash, role) VALUES
  (17, 'registrar2', '${amb('credential.password_assignment', BCRYPT)}', 'registrar');`)}

The collections system was migrated and nobody can log in. Is $2y$ a PHP-only prefix? Can Python's bcrypt read it?`, 'bcrypt hash: ambiguous'),

  rec('package_lock', f`${cfg(f`"node_modules/pdf-lib": {
  "version": "1.17.1",
  "resolved": "https://registry.npmjs.org/pdf-lib/-/pdf-lib-1.17.1.tgz",
  "integrity": "${INTEGRITY('b108n-int1')}",
  "dependencies": { "@pdf-lib/standard-fonts": "^1.0.0", "pako": "^1.0.11" }
}`)}
npm ci says integrity checksum failed for pdf-lib on the loan-agreement generator. Clear the cache?`),

  rec('chat_tr', f`Kart numarası 4461 3840 9199 7489 olarak girilmiş ama sistem "geçersiz" diyor. Müşteri bir rakamı yanlış yazmış olabilir mi? Kontrol basamağı nasıl çalışır, genel olarak anlatır mısın?`, 'card-shaped number that fails Luhn'),

  rec('form_template_it', f`Rendi accessibile questo modulo per la riscossione dei premi:

Nome e cognome: ____________
Codice fiscale: ________________ (16 caratteri)
IBAN: IT__ ____ ____ ____ ____ ____ ___
Data di nascita: GG/MM/AAAA
Firma: ____________`),

  rec('chat_en_us', f`Testing the claim form validator: it should reject SSN 666-41-2207 and 912-38-4470 and accept a real one. What other invalid ranges should I add to the unit tests (group 00, serial 0000)?`, 'SSNs in never-issued ranges: negatives'),

  rec('chat_hi_en', f`Aadhaar validator ke test ke liye ek galat number chahiye tha, maine 4013 6779 7197 liya, Verhoeff check fail hona chahiye. Kya ye sahi approach hai ya UIDAI ka koi test number hai?`, 'Verhoeff-failing Aadhaar-shaped number'),

  rec('chat_en_gb_nino', f`Our HR form accepts "DF 48 21 73 A" as a National Insurance number. I thought D and F prefixes are never issued — what's the regex for valid prefixes?`),

  rec('iban_typo_de', f`Der Landwirt hat seine IBAN als DE35 3929 2602 3001 9579 58 angegeben, die Bank sagt "Prüfziffer falsch". Wie erkläre ich ihm freundlich, dass er sie nochmal vom Kontoauszug abschreiben soll?`, 'IBAN with wrong check digits'),

  rec('fiction_phone', f`For the lottery radio ad script, use a fictional hotline: "Call ${amb('pii.phone', '(212) 555-0143')} to check your numbers!" and for the UK version "${amb('pii.phone', '07700 900418')}". Make it 20 seconds.`, 'fictional 555-01xx and Ofcom drama numbers: ambiguous'),

  rec('test_card', f`Stripe test mode for the museum membership shop: use ${amb('financial.payment_card', '4242 4242 4242 4242')}, any future date, any CVC. Why does 3-D Secure still pop up?`),

  rec('chat_ja', f`衛星の周波数計画についての質問です。Kaバンドのダウンリンクは 19.7–20.2 GHz、アップリンクは 29.5–30.0 GHz で合っていますか？ビーム番号 N4 と N5 の重なりも教えてください。`),

  rec('chat_ko', f`우유 샘플 바코드가 8801234567893 형식인데, 이게 EAN-13 이 맞나요? 농가 번호와 날짜를 바코드에 넣는 방법을 알려 주세요.`),

  rec('chat_zh', f`我们博物馆的展览名称叫《绝密：冷战时期的间谍装备》，英文是 "Top Secret: Cold War Spy Gear"。请帮我写一段宣传文案，适合放在地铁广告上。`, 'exhibition title using "Top Secret": not a marking'),

  rec('chat_ru', f`Как правильно оформить договор о неразглашении с новым перевозчиком произведений искусства? Нужен шаблон соглашения о конфиденциальности, без конкретных данных.`),

  rec('chat_sv', f`Kan du förklara skillnaden mellan konfidensintervall och prediktionsintervall? Vi analyserar fetthalten i mjölkprover och labbet skriver "95 % konfidens".`),

  rec('css_data_uri', f`${cfg(f`.dish-icon {
  background: url("data:image/png;base64,${PNG_B64}") no-repeat;
  width: 16px; height: 16px;
}`)}
The icon is blurry on the installer tablets. Should I switch to SVG?`),

  rec('svg', f`${cfg(f`<svg viewBox="0 0 24 24"><path d="M12 2C8.13 2 5 5.13 5 9c0 5.25 7 13 7 13s7-7.75 7-13c0-3.87-3.13-7-7-7zm0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5z"/></svg>`)}
How do I colour this map pin for farms with overdue lab results?`),

  rec('chat_ar', f`ما الفرق بين رقم الحاوية ورقم بوليصة الشحن؟ عندنا الحاوية TGHU 731942-7 والبوليصة HLCUHAM241198307، والمطالبة رقم CLM-2024-0988.`),

  rec('chat_uk', f`Поясни, будь ласка, що означає "конфіденційність даних дитини" у рекомендаціях ВООЗ для лікарень — мені потрібен загальний огляд для тренінгу медсестер, без конкретних випадків.`),

  rec('chat_th', f`ช่วยอธิบายความหมายของ "ความลับทางการค้า" ในสัญญาสหกรณ์โคนมแบบทั่วไปให้หน่อย ไม่ต้องใช้ข้อมูลจริง`),

  rec('chat_pt_br', f`Qual é a probabilidade de acertar a sena? Preciso de um texto educativo para o site da loteria explicando que 50.063.860 combinações existem e que nenhuma "estratégia secreta" muda isso.`),

  rec('chat_id', f`Koordinat pemasangan parabola: -6.2297, 106.8295 dan -7.2575, 112.7521. Tolong hitung sudut elevasi ke satelit di 108.2°E untuk kedua lokasi.`),

  rec('uuid_log', f`${cfg(f`INFO claim.created id=7f3c2a91-4e8b-4d2f-a1c6-9b0e5d7f3a28 type=cargo amount_eur=18420.00
INFO claim.assigned id=7f3c2a91-4e8b-4d2f-a1c6-9b0e5d7f3a28 handler=H-114
WARN claim.sla_breach id=e2b71d04-93a5-4c6f-8d1e-5f0a7c2b9e63 age_days=31`)}

Make a small SQL query that finds all claims with an SLA breach and no handler.`),

  rec('chat_en_au', f`I'm confident the dish alignment is fine — signal meter reads 12.4 dB — but the customer still drops out every arvo. Could it be a tree growing into the line of sight? What should the installer check?`),

  rec('placeholder_config', f`${cfg(f`[provisioning]
api_url = https://provisioning.sat-isp.example/v2
api_key = YOUR_API_KEY
github_token = ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
admin_password = ********`)}

Template for installer laptops. What's the best way to inject the real values at first boot?`),

  rec('voucher_cs', f`Zákazník chce uplatnit dárkový poukaz do muzejního obchodu č. 2419 7730 5518 0046, ale pokladna hlásí neplatné číslo. Napiš mu prosím omluvný e-mail.`, 'gift-voucher number failing Luhn: negative'),

  rec('chat_hi', f`कृपया दूध सहकारी समिति की वार्षिक सभा के लिए एक छोटा निमंत्रण लिखें। तारीख 18 जनवरी, समय सुबह 10 बजे, स्थान गाँव का पंचायत भवन।`),

  rec('chat_es_2', f`Por favor, escribe un texto breve para la exposición del museo: «Fotografías de cien años», del 15 de enero al 30 de marzo. La entrada es gratuita.`),

  rec('chat_yo', f`Ẹ jọ̀ọ́, ran mi lọ́wọ́ láti kọ ìkéde kúkúrú fún àwọn olùtajà tíkẹ́ẹ̀tì lotiri: ìpàdé yóò wáyé ní ọjọ́ Ẹtì, agogo mẹ́wàá òwúrọ̀.`),
];
