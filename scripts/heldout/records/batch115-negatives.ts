/**
 * Held-out batch 115: hard negatives — loan numbers, ship and court references, register maps, masked
 * and placeholder values, test data and casual uses of "confidential" (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const ip = (s: string) => amb('pii.ip_address', s);
const SHA = (seed: string) => fill(seed, HEX, 64);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b115n-sktest', B62, 97));
const PUB = pem('PUBLIC KEY', 'b115n-pub', 294);
const CERT = pem('CERTIFICATE', 'b115n-cert', 820);
const PNG = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${fill('b115n-png', B64, 160)}`;
const BCRYPT = tok('$2y$10$', fill('b115n-bcrypt', B62 + './', 53));
const INTEGRITY = `sha512-${b64Bytes('b115n-int', 64)}`;

export const BATCH115_NEGATIVES: DraftRecord[] = [
  rec('chat_en_in', f`Sir, please explain why EMI for loan account KCC/PUN/2024/00871 is showing ₹14,382 when sanction letter says ₹14,120. Tenure 60 months, ROI 9.25% p.a., sanction date 14-08-2024, first EMI 05-10-2024.`),

  rec('receipt', f`Thanks for subscribing to The Northern Courier!
Plan: Digital Unlimited (annual) — £89.00
Paid with: Visa ending 5022
Subscription ID: SUB-2025-0488217
Next renewal: 04 June 2026

Can you make this confirmation e-mail sound less robotic?`),

  rec('chat_de', f`Ein Leser hat ein Geschenkabo bekommen, der Einlösecode 6035 7724 1938 0042 wird aber als ungültig abgelehnt. Wie formuliere ich die Antwort, dass wir den Code manuell freischalten?`, 'gift-subscription code, card-shaped and Luhn-failing'),

  rec('chat_nl', f`Onze machtigingsformulieren gebruiken als voorbeeld-IBAN "NL39 RABO 0535 9979 94", maar een lezer zegt dat zijn bankapp die weigert. Klopt het dat een voorbeeld-IBAN een foute controle mag hebben? Ik wil hem uitleggen dat hij zijn eigen nummer moet invullen.`, 'example IBAN with wrong check digits'),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example — paywall service
STRIPE_SECRET_KEY=\${STRIPE_SECRET_KEY}
STRIPE_WEBHOOK_SECRET=whsec_your_webhook_secret_here
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/subscriptions
SENDGRID_API_KEY=<paste-key-here>
ADMIN_PASSWORD=changeme`)}

Write a section for the onboarding doc that explains each line.`),

  rec('code_test', f`Is it fine that this test key is committed? It's only for the paywall unit tests.

${v('source_code.snippet', f`import Stripe from 'stripe';

const stripe = new Stripe('${STRIPE_TEST}', { apiVersion: '2024-06-20' });

test('creates monthly subscription', async () => {
  const sub = await stripe.subscriptions.create({ customer: 'cus_test_reader', items: [{ price: 'price_monthly_digital' }] });
  expect(sub.status).toBe('active');
});`)}`, 'Stripe test key: not a credential; the test file itself is pasted code'),

  rec('deploy_log', f`Rollout of the crew portal hung halfway, what does this mean?

deployment "crew-portal" revision 42: image ghcr.io/harbourline/crew-portal@sha256:${SHA('b115n-d1')}
ReplicaSet crew-portal-7c9f5d8b4 (3/3 ready), crew-portal-5f6b8c7d9 (1/3 ready)
commit 9e41c7a2d8f03b5e6a71c94d2b8e0f3a5c6d7e18
request-id 2b7f0c91-4e3a-4d58-8b6e-1f9a0c7d3e52`),

  rec('chat', f`Downloaded the inverter firmware 3.2.19 from the vendor portal; they publish SHA-256 ${SHA('b115n-fw')}. My sha256sum output matches except it's uppercase — is that OK to flash?`),

  rec('chat', f`Crew change question: MV Nordic Tern, IMO 9482719, MMSI 257481930, call sign LAQP7, B/L no. HLCUROT250601842, voyage 025E. Which of these does the port agent in Rotterdam need for the pre-arrival notice?`),

  rec('chat_tl', f`Paki-summarize ang schedule: PR 658 MNL–DXB 12 Jun 21:35, EK 147 DXB–MAD 13 Jun 08:05, booking ref QX7LMB, e-ticket 0792148271936, sign-on Algeciras 14 Jun. Sino ang susundo sa airport?`),

  rec('register_map', f`Passt diese Modbus-Registertabelle zu SunSpec Modell 103? Ich bin unsicher bei den Skalierungsfaktoren.

Register  Name      Typ     Einheit
40072     A         uint16  A
40076     A_SF      sunssf  -
40083     W         int16   W
40084     W_SF      sunssf  -
40093     WH        acc32   Wh
40107     St        enum16  -`),

  rec('chat_es', f`Tengo estos datos de los inversores del parque: SN 7E0931K4482, 7E0931K4519 y 7E0931K4603; MPPT1 612 V / 9,4 A, MPPT2 598 V / 9,1 A; temperatura disipador 58 °C. ¿El string del MPPT2 está sombreado?`),

  rec('chat_fr', f`Pour la page abonnement, peux-tu vérifier les références ? ISSN 0395-2037, ISBN du hors-série 978-2-7071-9482-3, article n° 2025-06-04-188213, code promo ETE25.`),

  rec('chat_it', f`Un abbonato chiede dove sia il suo pacco con il gadget di benvenuto: ordine ORD-2025-771482, spedizione BRT 0574 1193 8827 41, consegna prevista 6 giugno. Mi scrivi una risposta gentile?`),

  rec('chat', f`Client charged under 18 U.S.C. § 922(g)(1), docket 2:25-cr-00418-JDP, sentencing guidelines offense level 20, criminal history category III. What's the guideline range? Just the table lookup, no case facts.`),

  rec('chat', f`New investigator question: the police report mentions a "confidential informant" (CI #17). Can we compel disclosure of the CI's identity? Give me the general Roviaro standard in plain English.`),

  rec('chat', f`Explain to a new paralegal the difference between attorney-client privilege and the work-product doctrine, with one example each.`),

  rec('chat', f`Our striker asked if his scan results are "confidential" from the coaching staff. I'm confident the answer is yes unless he consents, but can you explain how medical confidentiality works for club doctors in general terms?`),

  rec('chat_pt', f`Valores do jogador no teste de esforço: VO2max 61,4 ml/kg/min, FC máx 192 bpm, lactato 4 mmol/L aos 16 km/h, CK 842 U/L 48 h pós-jogo. Isto é normal para um médio centro?`),

  rec('form_template', f`Make this defender intake form accessible (labels, hints):

Client name: ____________________
SSN: 000-00-0000
Date of birth: MM/DD/YYYY
Phone: (___) ___-____
Case no.: CR-YYYY-______`),

  rec('chat', f`Testing the subscription checkout in staging — Stripe says use ${amb('financial.payment_card', '4111 1111 1111 1111')} or ${amb('financial.payment_card', '4242 4242 4242 4242')}. Which one should give me a successful charge in our Braintree fallback?`),

  rec('script', f`Voiceover script for the subscription ad: "Call us today at ${amb('pii.phone', '(312) 555-0147')} and get your first month free!" Can you make it punchier?`, 'fictional 555-01xx number'),

  rec('drama', f`Student film about a crew-change agent — the phone on screen should show a number like ${amb('pii.phone', '07700 900418')}. Write the 30-second scene.`, 'Ofcom drama range'),

  rec('training', f`In our intake training slide we show SSN ${amb('pii.us_ssn', '123-45-6789')} as the example. Is that number safe to use?`),

  rec('chat_ru', f`Это открытый ключ и сертификат SFTP-сервера банка для обмена платёжками по кредитам. Их можно класть в репозиторий?

${PUB}

${CERT}`),

  rec('docs_ja', f`AWSのドキュメントの例では AKIAIOSFODNN7EXAMPLE と wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY が使われていますが、船員書類のS3バケットの手順書にもこのまま載せて大丈夫ですか？`),

  rec('chat_ko', f`구독 고객센터 직원용 비밀번호 정책 문구를 써 주세요. 최소 14자, 90일마다 변경 없음, 화면 캡처에서는 "비밀번호: ********" 로만 보이게 할 것.`),

  rec('chat_ar', f`ما هي المسافة بين محطتنا الشمسية عند الإحداثيات 24.4539, 54.3773 ومحطة التحويل عند 24.4811, 54.4102؟ نحتاجها لتقدير طول الكابل.`),

  rec('chat_he', f`מה ההבדל בין רשת ${ip('10.20.0.0')}/16 לבין ${ip('192.168.0.0')}/24 עבור רשת ה-OT בחווה הסולרית? אני רוצה להפריד בין ה-SCADA לרשת המשרד.`),

  rec('lockfile', f`npm ci fails on the paywall build with EINTEGRITY. The lock entry:

${amb('source_code.snippet', f`"node_modules/jose": {
  "version": "5.9.6",
  "resolved": "https://registry.npmjs.org/jose/-/jose-5.9.6.tgz",
  "integrity": "${INTEGRITY}"
}`)}

是缓存坏了吗？`),

  rec('chat_vi', f`Logo của trang đăng ký báo bị mờ trên iPhone. Mình đang nhúng thế này: <img src="data:image/png;base64,${PNG}" alt="logo"> — có nên đổi sang SVG không?`),

  rec('chat_th', f`ระบบเก่าของสำนักงานเก็บรหัสผ่านเป็น ${ambCat('credential', BCRYPT)} ในคอลัมน์ password แบบนี้ปลอดภัยพอไหม หรือควรย้ายไป argon2?`, 'bcrypt hash: ambiguous, no rule id'),

  rec('router_template', f`Szablon konfiguracji routera dla nowych farm PV — czy jest kompletny?

${amb('source_code.snippet', f`hostname PV-<SITE>-RTR01
username serwis privilege 15 secret <SECRET>
snmp-server community <COMMUNITY> RO
ip route ${ip('0.0.0.0')} ${ip('0.0.0.0')} <GATEWAY>`)}`),

  rec('git', f`Rebase na větvi s reportem splátek se zasekl:

interactive rebase in progress; onto 7d3e9a1
   pick 4b8c2f0 feat(splatky): export do CSV
   pick e91a7d3 fix(splatky): zaokrouhlení úroků
Next: pick 0c5f8b2 chore: bump pandas

Jak přeskočit ten chore commit?`),

  rec('chat_de_at', f`Die App zeigt beim Kreditkonto nur "AT** **** **** **** 5200" und die Vertragsnummer AGR-2024-00871. Wie erkläre ich der Bäuerin, wo sie die volle IBAN findet, ohne dass sie sie uns schickt?`),

  rec('helm', f`Är det här rätt sätt att ge MQTT-lösenordet till SCADA-bryggan i Kubernetes?

${amb('source_code.snippet', f`env:
  - name: MQTT_PASSWORD
    valueFrom:
      secretKeyRef:
        name: mqtt-bridge
        key: password`)}`),

  rec('gha', f`Er dette trygt i workflowen for mannskapsportalen?

${amb('source_code.snippet', f`- name: Deploy
  env:
    AZURE_CLIENT_SECRET: \${{ secrets.AZURE_CLIENT_SECRET }}
    SLACK_WEBHOOK_URL: \${{ secrets.SLACK_WEBHOOK_URL }}
  run: ./deploy.sh "\${{ github.sha }}"`)}`),

  rec('chat_hu', f`A szerkesztőségi karácsonyi "titkos télapó" játékhoz írj meghívót, 5000 Ft-os kerettel. A titkos összetevő a forralt borban a fahéj, de ezt ne áruld el.`),

  rec('chat_fi', f`Mikä ero on "luottamuksellinen" ja "sisäinen" -luokituksella tietoturvapolitiikassamme, ja kumpaa pitäisi käyttää aurinkovoimalan huolto-ohjeissa? Yleisellä tasolla kiitos.`),

  rec('chat_ro', f`Datele meteo de ieri pentru parcul fotovoltaic: iradianță maximă 987 W/m², temperatură modul 61 °C, vânt 4,2 m/s, producție 148,6 MWh. Randamentul de 81% e normal pentru iunie?`),

  rec('chat_uz', f`Fermerning yer uchastkasi kadastr raqami 10-07-03-02-04/0118, maydoni 12,4 gektar, kredit shartnomasi № 2025/KR-0418. Garov xati uchun qaysi hujjatlar kerak?`),

  rec('chat_sw', f`Wakulima wanalipa mkopo kupitia M-Pesa Paybill 400200, akaunti ni namba ya mkataba kama MKP-2025-0418. Niandikie ujumbe mfupi wa kuwaeleza hatua hizi.`),

  rec('log', f`Maşın saatı ilə log vaxtı uyğun gəlmir: epoch 1749024000, ISO 2025-06-04T08:00:00Z, job id 7f3c2e1a. Saat qurşağı problemi ola bilərmi?`),

  rec('chat_ka', f`ბანკის SWIFT კოდი ${amb('financial.swift_bic', 'TBCBGE22')} სწორია საერთაშორისო გადარიცხვისთვის ეკიპაჟის ხელფასებზე, თუ სხვა კოდი გვჭირდება?`),

  rec('docs_hy', f`Փաստաթղթում գրել ենք միացման օրինակը՝ postgres://USER:PASSWORD@HOST:5432/cases և password=<your-password>։ Սա բավարա՞ր է նոր ծրագրավորողների համար։`),

  rec('chat_et', f`Arvel on viitenumber RF18 5390 0754 7034 ja arve nr 2025-0418. Kas lugeja peab tellimuse eest makstes kasutama viitenumbrit või arve numbrit?`, 'ISO 11649 creditor reference, not an account'),

  rec('chat_sm', f`Talofa! O le a le taimi e sili ona lelei e fa'amama ai panele o le solar farm i Upolu? E 2,400 panele, 540 W ta'itasi, fa'atulagaina i le 18° le tilt.`),

  rec('chat_mi', f`Kia ora, he aha te tikanga mō te "privileged" i te ture? Kei te tuhi pūrongo ahau mō te whare kaitiaki ture tūmatanui, engari kāore ōku pārongo kiritaki i roto.`),
];
