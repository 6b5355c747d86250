/**
 * Held-out batch 82: hard negatives — tooth charts, procedure codes, SCADA alarm lists, vessel
 * identifiers, transfer references, masked and check-failing numbers, archive identifiers, brew
 * logs, placeholders, hashes and casual uses of "secret" / "confidential" (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b82n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b82n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 7);
const CERT = pem('CERTIFICATE', 'b82n-cert', 820);
const PUB = pem('PUBLIC KEY', 'b82n-pub', 294);
const BCRYPT = tok('$2y$10$', fill('b82n-bcrypt', B62 + './', 53));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAYAAADgdz34AAAA${fill('b82n-png', B64, 220)}`;
const INTEGRITY = (seed: string) => `sha512-${b64Bytes(seed, 64)}`;

export const BATCH82_NEGATIVES: DraftRecord[] = [
  rec('chart_au', f`Can you explain this chart to a parent in plain language? Charlie, 6 yo. Caries: 54 (occlusal), 65 (DO). Sealants planned on 16 and 26 once fully erupted. 51 and 61 mobile, exfoliating normally. Recall 6 months, next visit Tue 14 Jan 3:30 pm.`),

  rec('preauth_codes', f`Which of these CDT codes usually need a narrative for pre-auth with pediatric patients? D1120, D1206, D1351 x4, D2930 x2, D3220, D9230. Our reference for the batch is PA-2024-118273 and the claim numbers are 24-337-009182 and 24-337-009183.`),

  rec('alarm_list_da', f`Kan du gruppere alarmerne efter komponent og sige, hvilke der gentager sig?

${amb('source_code.snippet', f`2024-12-02 03:14:07  WTG-B07  Alarm 1402  Gear oil temp high          88.4 °C
2024-12-02 03:18:52  WTG-B07  Alarm 1402  Gear oil temp high          89.1 °C
2024-12-02 05:40:13  WTG-C11  Alarm 3110  Pitch axis 2 deviation      2.7°
2024-12-02 06:02:44  WTG-A03  Alarm 0207  Grid voltage dip            0.82 pu
2024-12-02 07:55:01  WTG-B07  Alarm 1410  Gear oil pressure low       1.1 bar`)}`),

  rec('vessel', f`For the marine coordination log: CTV Skerrow Tern, MMSI 235118407, IMO 9871263, call sign 2HKB7. Departed Grimsby 06:10, arrived WTG C14 at 08:25, Hs 1.3 m, wind 14 kn SW. Transfer aborted at C09 due to fender slip. Write a neutral log entry.`),



  rec('template_gb', f`Make this sea-survival course sign-up form accessible:

Full name: __________________
Date of birth: DD / MM / YYYY
WINDA ID: ________
Emergency contact phone: +44 ______________
Medical certificate expiry: MM / YYYY`),

  rec('api_docs', f`Writing the sandbox docs for our remittance partners. Is this section clear?

"Use your test key in every sandbox call, for example:
${amb('source_code.snippet', `curl https://sandbox.kwesa.app/v1/quotes -H "Authorization: Bearer ${STRIPE_TEST}"`)}
The publishable key embedded in our web widget is ${PK_LIVE} — it is safe to expose in the browser."`),

  rec('reply_es_gt', f`¿Puedes mejorar esta respuesta? "Hola Don Esteban, revisamos su envío KW-GT-771043. El cargo se hizo a su tarjeta terminada en 4821 (**** **** **** 4821) el 29/11 por Q 1,850.00. Su familia puede retirarlo en cualquier agencia con el código de envío."`),

  rec('quiz_fr', f`Je prépare un quiz de formation pour l'équipe fraude. Question 3 : « Ce numéro de carte est-il plausible : 4532 9174 8205 1639 ? Expliquez comment l'algorithme de Luhn permet de le rejeter sans appeler l'émetteur. » Rédige la réponse attendue.`, 'Luhn-failing card number'),

  rec('iban_typo_de', f`Die Kundin hat sich beim IBAN vertippt: sie schrieb DE27 9613 7051 9411 7822 07 und unsere Prüfung meldet "Prüfziffer falsch". Wie erkläre ich ihr freundlich, dass sie die Nummer aus der Banking-App kopieren soll?`, 'IBAN with a wrong check digit'),

  rec('ref_ar_lev', f`زبون عم يسأل عن حوالته. رقم الحوالة 4829173650 ورقم الطلب KW-JO-220914، تاريخ الإرسال ٢ كانون الأول. اكتبلي رد قصير إنه الحوالة قيد المراجعة وبتوصل خلال ٤٨ ساعة.`),

  rec('ucas_gb', f`Help me explain to an applicant which number to quote: their Personal ID is 148-273-9160, the course code is H620, the institution code N41, and their IELTS TRF number is 24GB004827HASN001A. They keep giving us the application scheme number 7731.`),

  rec('form_ko', f`이 입학 신청서 양식의 안내 문구를 더 친절하게 바꿔 주세요.

여권번호: XXXXXXXXX (영문/숫자)
생년월일: YYYY-MM-DD
이메일: (학교에서 연락받을 주소)
전화번호: +82 10-0000-0000`),



  rec('brew_log_cs', f`Shrň mi prosím výsledky várky do tabulky:
Várka 2024-117 „Nebelpils“: OG 11,8 °P, FG 2,4 °P, ABV 4,9 %, IBU 32, kvašení 9 °C / 12 dní, ležení 28 dní.
Várka 2024-118 „Harvest Saison“: OG 14,2 °P, FG 1,6 °P, ABV 6,8 %, IBU 24.
Tank CKT-04 sanitace 03.12. 06:30.`),

  rec('barcodes', f`Our new can labels: Nebelpils 4 × 440 ml EAN 4008817263549, Harvest Saison single 440 ml EAN 5449271038460, gift pack 6291058374012. The distributor's scanner rejects the gift pack code. Is the check digit wrong?`, 'EAN-13 codes that fail the Luhn check'),



  rec('archive_ids', f`Maak een nette catalogusregel van deze archiefgegevens:
Titel: Havenstad (1978), 52'
Dragernummer: VBC-UM-1978-0412 (U-matic), VBC-D5-2003-1187 (digitale kopie)
ISAN: 0000-0004-A91C-0000-K-0000-0000-3
Timecode in/uit: 10:00:00:00 – 10:52:14:18
Rechtenstatus: uitzendrechten NL tot 31-12-2026`),

  rec('checksums_fi', f`Digitointitoimittaja lähetti nämä tarkistussummat. Täsmäävätkö ne meidän laskemiin?

${amb('source_code.snippet', f`${SHA('b82n-mxf1')}  JADRAN_1974_E01.mxf
${SHA('b82n-mxf2')}  JADRAN_1974_E02.mxf
${SHA('b82n-mxf3')}  JADRAN_1975_E03.mxf`)}`),

  rec('deploy', f`Release notes for the admissions portal, please:

- image ghcr.io/northfold/admissions-portal:3.14.2@sha256:${SHA('b82n-dig')}
- commits ${GIT('b82n-g1')} (fix: passport scan upload size), ${GIT('b82n-g2')} (feat: agent dashboard filters), ${GIT('b82n-g3')} (chore: bump django 5.1.4)`),

  rec('log_ja', f`このログで、どのリクエストが遅いか教えてください。

${amb('source_code.snippet', f`2024-12-04T02:11:08Z INFO req=3f7c1a92-5d84-4e0b-b6a1-72c9e08d4f15 GET /api/archive/items?decade=1970 200 118ms
2024-12-04T02:11:09Z INFO req=a02e6b4d-91f3-47c8-8d25-5b1e7f3c0a96 GET /api/archive/items/VBC-UM-1978-0412 200 41ms
2024-12-04T02:11:12Z WARN req=c81d4f07-2a6e-4b93-9e58-0f7a3d1b6c24 POST /api/rights/search 200 2840ms`)}`),

  rec('env_example_hr', f`Napiši README odjeljak koji objašnjava ove varijable:

${amb('source_code.snippet', f`# .env.example
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token_here
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/molarbee
SENDGRID_API_KEY=<paste-key>
SESSION_SECRET=\${SESSION_SECRET}`)}`),

  rec('gha_pl', f`Czy to bezpieczne, że w workflow wypisujemy zmienne do logu przy debugowaniu?

${amb('source_code.snippet', f`- name: Deploy taproom site
  env:
    DO_TOKEN: \${{ secrets.DIGITALOCEAN_TOKEN }}
    SLACK_HOOK: \${{ secrets.SLACK_WEBHOOK_URL }}
  run: |
    env | sort
    ./deploy.sh "\${{ github.sha }}"`)}`),

  rec('helm_sr', f`Зашто под не види лозинку из тајне? Вредности:

${amb('source_code.snippet', f`db:
  host: rights-db.vbc.svc
  user: rights_app
  passwordFrom:
    secretKeyRef:
      name: rights-db
      key: password`)}`),

  rec('policy_no', f`Skriv et kort avsnitt til personalhåndboken om passord: minst 14 tegn, ingen tvungen bytte hver 90. dag, passordbehandler er påkrevd, og aldri del passord på Teams eller i e-post – heller ikke med IT.`),

  rec('help_ro', f`Am uitat parola de la contul de administrator al casei de marcat din taproom. Ce pași sunt de obicei pentru resetare la un POS Lightspeed fără să pierd produsele configurate?`),

  rec('secret_recipe', f`Write an Instagram caption for our winter release. Hint at the secret ingredient (it's toasted wattleseed, but don't say so), mention it's only on tap at Fitzroy and Newtown, and keep the "confidential brew notes" joke from last year.`),

  rec('nda_de', f`Ich brauche eine Vorlage für eine Vertraulichkeitsvereinbarung mit einer Rekrutierungsagentur in Vietnam. Welche Punkte gehören rein, und ist deutsches Recht als Gerichtsstand sinnvoll?`),

  rec('pem_uk', f`Чи це нормально, що в репозиторії лежить сертифікат і публічний ключ для перевірки підписів від партнера?

${CERT}

${PUB}`),

  rec('hash_tr', f`Eski başvuru portalında şifreler şöyle saklanıyormuş: ${ambCat('credential', BCRYPT)} — bcrypt cost 10 hâlâ yeterli mi, yoksa Argon2'ye mi geçelim?`, 'a password hash: ambiguous, no rule id'),

  rec('firewall_bg', f`Обясни ми тези правила на защитната стена за SCADA мрежата:
allow tcp from ${amb('pii.ip_address', '10.44.2.0/24')} to ${amb('pii.ip_address', '10.44.120.15')} port 4840
allow udp from ${amb('pii.ip_address', '10.44.120.0/24')} to any port 123
deny ip from any to ${amb('pii.ip_address', '10.44.120.0/24')}`),

  rec('training_us', f`For the front-desk privacy training slide: show an SSN that is obviously invalid, like 900-48-2731 (no SSN starts with 9), and explain why we never type a real one into chat tools.`, 'SSN with area 9xx: invalid'),

  rec('nino_gb', f`Payroll bounced a new starter's NI number TN 48 27 19 B as "not a valid prefix". He says it's on his payslip from the agency. What should I ask him for?`, 'NINO with an unissued prefix'),

  rec('aadhaar_hi', f`आवेदक ने फॉर्म में आधार 4829 1736 5041 लिखा है, लेकिन UIDAI वेरिफिकेशन "invalid number" बता रहा है। उसे विनम्रता से सही नंबर दोबारा भेजने के लिए कैसे लिखूँ?`, 'Verhoeff-failing Aadhaar number'),

  rec('phone_id', f`Di formulir pendaftaran ada nomor telepon +62 21 1234 — kelihatannya kurang digit. Tolong buat pesan validasi yang sopan dalam bahasa Indonesia untuk kolom nomor telepon.`, 'phone-shaped number libphonenumber rejects'),

  rec('tracking_it', f`Puoi riassumere lo stato delle spedizioni dei fusti? Ordine 4500218734 del 25/11, DDT 80014472, tracking BRT 061740429137, consegna prevista giovedì 5 dicembre. Il fusto n. K30-18822 è rientrato vuoto.`),



  rec('css_lt', f`Kodėl ikona neryški? ${amb('source_code.snippet', f`.tooth-icon { background: url("data:image/png;base64,${PNG_B64}") no-repeat; }
.tooth-path { d: path("M12 2c-3.3 0-6 2.2-6 5.5 0 2.1.6 4 1.3 5.9L9 20.5c.2.8 1.4.8 1.6 0l.9-4.2h1l.9 4.2c.2.8 1.4.8 1.6 0l1.7-7.1c.7-1.9 1.3-3.8 1.3-5.9C18 4.2 15.3 2 12 2z"); }`)}`),

  rec('lockfile_lv', f`Kāpēc npm ci met "integrity checksum failed"?

${amb('source_code.snippet', f`"node_modules/luxon": {
  "version": "3.5.0",
  "resolved": "https://registry.npmjs.org/luxon/-/luxon-3.5.0.tgz",
  "integrity": "${INTEGRITY('b82n-int1')}"
},
"node_modules/papaparse": {
  "version": "5.4.1",
  "resolved": "https://registry.npmjs.org/papaparse/-/papaparse-5.4.1.tgz",
  "integrity": "${INTEGRITY('b82n-int2')}"
}`)}`),

  rec('versions_et', f`Kas need tarkvaraversioonid on omavahel ühilduvad? Turbiini kontroller 4.12.0-rc3, SCADA server 2023.2.1847, OPC UA stack 1.5.374.78, ajalooline andmebaas 10.0.22631.4460.`),

  rec('test_cards_ar', f`Che, en el sandbox del pago online de la cervecería, ¿qué tarjeta uso para simular un rechazo? Probé ${amb('financial.payment_card', '4242 4242 4242 4242')} y siempre aprueba. ¿Hay otra de prueba para "fondos insuficientes"?`, 'well-known test card: ambiguous'),

  rec('us_fiction', f`Script for our kids' dental hygiene video: the cartoon tooth fairy says "Call me at ${amb('pii.phone', '555-0147')} if you lose a tooth!" Is that number safe to use in a video?`, 'fictional 555-01xx number: ambiguous'),

  rec('git_ka', f`რატომ მეუბნება git "Permission denied (publickey)"? ვცდილობ: git clone ${amb('pii.email', 'git@github.com')}:valmora-bc/archive-metadata.git`),

  rec('voucher_nl', f`Een klant wil een cadeaubon van de brouwerij inwisselen: nummer 6037 9918 2473 0516, waarde € 50. Het kassasysteem zegt "onbekende bon". Hoe controleer ik of hij echt is uitgegeven?`, 'gift-voucher number that fails the Luhn check'),

  rec('masked_af', f`Die bankstaat wys net "NL** RABO **** **** 18" vir die verspreider se debietorder. Hoe kan ek uitvind watter faktuur dit is? Ons het drie uitstaande fakture by Ferntop.`),

  rec('power_curve', f`Plot this power curve and tell me if C09 underperforms:

${amb('source_code.snippet', f`wind_ms,expected_kw,C09_kw,C10_kw
6,1210,1105,1198
8,2890,2610,2874
10,5120,4680,5090
12,7400,6920,7385
14,8000,7510,8000`)}`),

  rec('rebase_ko', f`리베이스 중에 길을 잃었어요. git status 결과:
interactive rebase in progress; onto ${GIT('b82n-r0')}
Last commands done:
   pick ${GIT('b82n-r1')} feat: 서류 누락 알림
   pick ${GIT('b82n-r2')} fix: 여권 만료일 검증
Next commands to do:
   pick ${GIT('b82n-r3')} chore: 번역 파일 갱신
chore 커밋만 건너뛰려면 어떻게 하나요?`),

  rec('token_sv', f`Vi vill införa ett belöningssystem med tokens för barn som är rädda för tandläkaren: en klistermärkes-token per moment (spegel, sond, polering), fem tokens ger en liten leksak. Kan du skriva en kort förklaring till föräldrarna?`),

  rec('prose_sk', f`Napíš krátky text na web archívu: "Kľúčom k nášmu archívu sú ľudia, ktorí pred 50 rokmi nahrávali na pásky. Tajomstvo úspešnej digitalizácie je trpezlivosť." Nech to znie menej pateticky.`),

  rec('serials_de_ch', f`Bitte die Komponentenliste als Tabelle: Getriebe S/N GB-8M-24-01177, Generator S/N PMG-8.0-3391, Umrichter Firmware 7.4.18, Pitchmotor S/N PM-2209-1184, Zertifikat Nr. DNV-TC-2024-0933.`),

  rec('rates_fa', f`این جدول نرخ ارز را برای مشتری‌ها به زبان ساده توضیح بده: ۱ پوند = ۵۲٬۴۱۰ تومان (بازار)، کارمزد ثابت ۲٫۹۹ پوند، سقف روزانه ۲٬۰۰۰ پوند، زمان تحویل ۱ تا ۲ روز کاری.`),

  rec('casual_he', f`אני די בטוח שהמצגת לוועד ההורים מוכנה. אין שם שום דבר סודי – רק לוח זמנים של בדיקות השיניים בגני הילדים ומספר הילדים בכל גן. תוכל לקצר אותה לחמש שקופיות?`),



  rec('aws_doc_keys', f`moto tests for the archive uploader fail after the upgrade. My fixture:

${v('source_code.snippet', f`@pytest.fixture(autouse=True)
def fake_aws(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-3")`)}`, 'AWS documentation keys in a test fixture: no credential; the fixture itself is pasted code'),
];

