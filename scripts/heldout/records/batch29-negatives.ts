/**
 * Held-out batch 29: hard negatives — container numbers, orbital elements, product ids, barcodes,
 * placeholders, test keys, masked or checksum-failing values and casual uses of "confidential" and
 * "password", from the batch's six settings (tests/corpus/README.md, "Decisions on negatives").
 * Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b29n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b29n-pklive', B62, 97));
const CERT = pem('CERTIFICATE', 'b29n-cert', 930);
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 40);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${fill('b29n-png', B64, 160)}`;
const INTEGRITY = `sha512-${b64Bytes('b29n-integrity', 64)}`;

export const BATCH29_NEGATIVES: DraftRecord[] = [
  rec('chat', f`Our yard system rejects some container numbers at the gate. Can you check which of these have a wrong check digit?
MBLU 482193 7
MBLU 517204 2
TGHU 830119 5
CAIU 726641 0
TRHU 199834 6
I think the algorithm is ISO 6346 but I never remember the letter values.`, 'ISO 6346 container numbers: equipment ids, not personal or financial'),

  rec('chat', f`Why does Skyfield give a position 40 km off for our cubesat? TLE from Space-Track:

ORBITANE-2
1 58294U 23185AK  24338.51234722  .00012841  00000+0  58213-3 0  9992
2 58294  97.4812  41.2093 0011823 102.3841 257.8712 15.21948372 57213

Epoch is 3 Dec. We propagate to 6 Dec.`),

  rec('chat', f`Which of these Sentinel-2 products should I use for the flood map in Assam? I want the least cloud.
S2B_MSIL2A_20241118T050919_N0511_R019_T46RCQ_20241118T084417
S2A_MSIL2A_20241123T050911_N0511_R019_T46RCQ_20241123T081122
S2B_MSIL2A_20241128T050849_N0511_R019_T46RCQ_20241128T085930`),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.test for the webshop (Stripe test mode)
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_WEBHOOK_SECRET=whsec_REPLACE_ME
SHOP_CURRENCY=ISK`)}
Is it a problem that the publishable key is the live one here?`),

  rec('env_example', f`${amb('source_code.snippet', f`# admissions-portal/.env.example
DB_URL=postgres://USER:PASSWORD@localhost:5432/admissions
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy
OKTA_API_TOKEN=<ask IT>
SESSION_SECRET=\${SESSION_SECRET}
GOOGLE_MAPS_KEY=YOUR_API_KEY`)}
Write onboarding docs explaining each variable for the new developer.`),

  rec('compose', f`${amb('source_code.snippet', f`services:
  localstack:
    image: localstack/localstack:3.8
    environment:
      - SERVICES=s3,sqs
      - AWS_ACCESS_KEY_ID=test
      - AWS_SECRET_ACCESS_KEY=test
      - AWS_DEFAULT_REGION=ap-south-1
    ports:
      - "4566:4566"`)}
boto3 against localstack: "The AWS Access Key Id you provided does not exist in our records". What endpoint_url do I need?`),

  rec('receipt_is', f`Kvittun — Northfold Taproom
Dags.: 29.11.2024 kl. 21:47
2 × Þorrabjór 0,4 L ....... 3.800 kr.
1 × Jólabjór flaska ...... 1.490 kr.
Samtals: 5.290 kr. (þar af VSK 11%: 524 kr.)
Greitt með Visa **** **** **** 7745
Heimild: 418273

Geturðu þýtt þetta á ensku fyrir ferðamanninn sem bað um afrit?`),

  rec('chat', f`Our barcode scanner reads these keg labels wrong. EAN-13 codes from the label printer:
5694018230145 (Pale Ale 20 L)
5694018230152 (Stout 20 L)
5694018230169 (Jólabjór 30 L)
Are the check digits right? The printer software calculates them itself.`, 'EAN-13 product barcodes (Luhn-failing): not card numbers'),

  rec('chat_nl', f`Waarom weigert de bank dit IBAN? Ik heb het overgetypt van een factuur van een reparateur in Moerdijk: NL42 RABO 0318 2746 91. Volgens de leverancier klopt het. Zit er een typfout in?`, 'IBAN with wrong check digits'),

  rec('chat_hr', f`Zašto mi internet bankarstvo javlja "neispravan IBAN" za HR12 2340 0093 1182 7465 0? Dobavljač kaže da je dobar. Je li moguće da su pomiješali znamenke?`, 'Croatian IBAN with wrong check digits'),

  rec('boleto', f`Paguei esse boleto da importadora de malte e o banco diz que o código está incorreto. Linha digitável:
23790.12345 60000.123456 78901.234567 8 96540000012345
Vencimento 10/12/2024, valor R$ 12.345,00. Será que digitei errado?`, 'boleto line (with spaces): not a card number'),

  rec('chat', f`Write a short LinkedIn post for the brewery: "We're proud to share that our Þorrabjór won silver at the Nordic Beer Awards! Batch #2024-117, 6.2% ABV, 38 IBU. Thanks to our distributors in the Netherlands and Croatia."`),

  rec('brew_log', f`Brew log batch 2024-121 — can you spot why attenuation is low?
Date: 02.12.2024
OG: 1.064 / FG: 1.021 (target 1.014)
Mash: 67 °C, 60 min, pH 5.38
Yeast: US-05, pitched at 19 °C, 11.5 g/hL
Fermenter FV-04, dry hop day 5: Citra 3 g/L, Mosaic 2 g/L
Chiller log: 19.4, 19.6, 20.1, 21.8, 22.3 °C`),

  rec('chat', f`How many square feet is 4,650 m² and what's the rent at £12.75 psf? Also the service charge is £3.10 psf. Title number for the building is EGL418273 if that matters for the report.`),

  rec('epc', f`Summarise the EPC for the Coventry warehouse: certificate 0390-2957-6130-2304-5701, rating C (62), valid until 14 March 2033. Main heating: gas radiant tubes. Recommendations: LED lighting, roof insulation.`, 'EPC report reference: a certificate number'),

  rec('chat_en_sg', f`Can you check our company details on the lease template? UEN 201834567K, CEA licence L3010972E, GST reg M90371835X. Landlord is CapitaLand, premises 10 Tuas South Ave 4.`),

  rec('chat', f`For the school prospectus, make a table of the 2025/26 fees: Reception–Y2 SGD 31,450, Y3–Y6 SGD 34,880, Y7–Y9 SGD 38,120, Y10–Y11 SGD 41,960, IB DP SGD 46,300. Application fee SGD 535, deposit SGD 5,000 (refundable on leaving with one term's notice).`),

  rec('form_template', f`Make this admissions form accessible and translate labels into Mandarin:

Child's full name: ______________________
Date of birth (DD/MM/YYYY): __ / __ / ____
Passport number: ____________
Parent e-mail: ____________@__________
Parent mobile: +65 ____ ____`),

  rec('form_ar', f`ترجم هالاستمارة للإنجليزي وخلي الحقول فاضية:
الاسم الكامل: ..................
تاريخ الميلاد: يوم / شهر / سنة
رقم الهاتف: +962 7X XXX XXXX
رقم الجواز: ..................
كلمة السر لبوابة المستفيدين: ********`),

  rec('chat_fa', f`یک راهنمای ساده به فارسی بنویس که پناهجوها چطور رمز عبور حساب DigiD خودشون رو عوض کنن. مرحله به مرحله، با زبان ساده. لازم نیست رمز واقعی بنویسی.`),

  rec('chat_uk', f`Поясни простими словами, чому не можна повідомляти пароль від Дії нікому, навіть волонтерам. Це для інформаційного листка для переселенців.`),

  rec('chat', f`Draft a mutual NDA / confidentiality agreement template for a prospective tenant who wants to see our rent roll. UK law, keep it to one page.`),

  rec('chat', f`I'm confident the Jurong site will let within six months, but the landlord keeps asking for "confidential" comparables. What can I share that's public?`),

  rec('chat', f`Explain "confidential computing" to our board in two paragraphs — Orbitane's cloud provider is pitching it for processing defence customers' imagery.`),

  rec('chat_is', f`Hvernig skrifa ég góða lykilorðastefnu fyrir brugghúsið? Við erum 14 starfsmenn, flestir á spjaldtölvum í framleiðslunni. Lágmarkslengd, tveggja þátta auðkenning, o.s.frv.`),

  rec('chat_hr', f`Napiši kratke upute za skladištare kako resetirati lozinku na terminalu za narudžbe. Bez tehničkog žargona, na hrvatskom.`),

  rec('git_log', f`Which of these commits broke the tiler? Bisect says between the first and last:

${GIT('b29n-g1').slice(0, 10)} fix(tiler): clamp NDVI to [-1, 1]
${GIT('b29n-g2').slice(0, 10)} chore: bump rasterio to 1.4.2
${GIT('b29n-g3').slice(0, 10)} feat(tiler): COG overviews at 512 px
${GIT('b29n-g4').slice(0, 10)} refactor: move reprojection into worker

full SHA of the suspect: ${GIT('b29n-g3')}`),

  rec('checksums', f`Customer says the GeoTIFF they downloaded is corrupt. Our manifest:

${SHA('b29n-s1')}  T43PGQ_20241118_NDVI.tif
${SHA('b29n-s2')}  T43PGQ_20241118_RGB.tif
${SHA('b29n-s3')}  T43PGQ_20241118_SCL.tif

Theirs for the NDVI file is ${SHA('b29n-s4')}. How do I tell them to re-download safely?`),

  rec('docker', f`Roll back the gate-camera service to the previous image:
registry.meridianbox.nl/gate-cam@sha256:${SHA('b29n-d1')} (current, broken)
registry.meridianbox.nl/gate-cam@sha256:${SHA('b29n-d2')} (v2.3.1, known good)
What's the kubectl command?`),

  rec('lockfile', f`${amb('source_code.snippet', f`"node_modules/geotiff": {
  "version": "2.1.3",
  "resolved": "https://registry.npmjs.org/geotiff/-/geotiff-2.1.3.tgz",
  "integrity": "${INTEGRITY}",
  "license": "MIT"
}`)}
npm ci fails with EINTEGRITY on geotiff only. Cache problem?`),

  rec('tls', f`This is the public certificate for the admissions portal, can you tell me the expiry and the SANs from it, or do I need openssl?

${CERT}`),

  rec('html', f`Email signature logo doesn't show in Outlook: <img src="data:image/png;base64,${PNG_B64}" width="120" alt="Northfold Brewing">. Should I host it instead?`),

  rec('stats', f`Turn this into a chart description for the donor report (no names involved):
Governorate | Households assisted | Avg. transfer (JOD) | Protection referrals
Amman | 1,284 | 115 | 212
Irbid | 846 | 110 | 131
Mafraq | 1,032 | 120 | 188
Zarqa | 517 | 110 | 74`),

  rec('chat_zh', f`请帮我把这些提单信息整理成表格：
提单号 MBLSHA24118832，船名 COSCO SHIPPING ARIES 037W，开航日 2024-12-08
提单号 MBLSHA24118847，船名 CMA CGM TAGE 0FM1SW1MA，开航日 2024-12-11
箱型 40HC，铅封号 CN8841207，CN8841208`),

  rec('chat_vi', f`Giúp em tính phí lưu bãi: container 40HC vào bãi ngày 18/11, lấy ra ngày 06/12, miễn phí 7 ngày đầu, sau đó 12 USD/ngày. Số booking SGNV24110388, số seal VN2241873.`),

  rec('chat', f`Our field office in Mafraq shows the partner's helpline as ${amb('pii.phone', '+1 202-555-0147')} in the leaflet draft — that's clearly a placeholder from the template, right? Replace it with "[helpline]".`, 'fictional 555-01xx number: ambiguous'),

  rec('chat', f`Test the fee-payment page with Stripe's cards please: ${amb('financial.payment_card', '4242 4242 4242 4242')} should succeed and ${amb('financial.payment_card', '4000 0000 0000 0002')} should be declined. Write the Playwright test.`, 'well-known Stripe test cards: ambiguous'),

  rec('chat', f`For the guarantor form I used a sample SSN ${amb('pii.us_ssn', '123-45-6789')} in the screenshot for the training deck. Is that OK or should I blur it?`, 'the canonical sample SSN: ambiguous'),

  rec('chat', f`Why does libphonenumber say ${amb('pii.phone', '+44 7700 900123')} is invalid? It's in the sample data we show on the tenant portal. And +65 1234 567 too.`, 'Ofcom drama-range / too-short numbers that libphonenumber rejects'),

  rec('chat', f`Networking question: the depot VLANs are ${amb('pii.ip_address', '10.20.8.0')}/24 and ${amb('pii.ip_address', '10.20.9.0')}/24, gateway on .1. Can I summarise them into one route for the Singapore VPN? The firewall runs FortiOS 7.4.5.`, 'private subnet addresses: ambiguous like other IPs'),

  rec('swift_list', f`Which correspondent bank should we use for USD payments to Vietnam? Options our bank gave us: ${amb('financial.swift_bic', 'CITIUS33')}, ${amb('financial.swift_bic', 'BFTVVNVX')}, ${amb('financial.swift_bic', 'ICBKCNBJSHI')}. Explain the difference in plain words.`),

  rec('k8s', f`${amb('source_code.snippet', f`env:
  - name: DB_PASSWORD_FILE
    value: /run/secrets/db_password
  - name: KOBO_API_TOKEN
    valueFrom:
      secretKeyRef:
        name: kobo-api
        key: token
  - name: SENTRY_DSN
    value: ""`)}
Does the app read _FILE variables automatically or do I need an entrypoint script?`),

  rec('chat', f`Sorry, my password manager locked me out again 😅 — can you explain how Bitwarden's emergency access works so I can set it up for my deputy head of admissions?`),

  rec('uuid_list', f`Delete these draft applications from the queue (test data from the training session):
4e91c7a2-0b3d-4f58-9c61-7d2e8a0f5b13
b7d20e54-93a1-4c6f-8e27-1f05c9a3d6b8
0c3f8a91-6e2b-47d5-b018-9a4e7c2d51f6
What's the SQL with a RETURNING clause?`),

  rec('chat', f`Book the survey: lease renewal for Hall C, 11,400 m², 18 Dec 09:30, order ref KW-2024-00871, invoice INV-2024-11832. ISBN of the RICS red book edition we cite: 978-1-78321-473-5.`),

  rec('chat_ar', f`ساعدني بصياغة رسالة شكر للمتطوعين: وزّعنا ١٬٢٨٤ سلة غذائية بشهر تشرين الثاني، و٣١٢ حقيبة مدرسية، وسجّلنا ٨٨ طفل بالمدارس الحكومية. بدي الرسالة قصيرة ودافئة.`),

  rec('chat', f`Coordinates of the three depots for the map legend: Waalhaven 51.8920, 4.4383; Cát Lái 10.7628, 106.7897; Pasir Panjang 1.2744, 103.7781. Format them as DMS please.`),
];
