/**
 * Held-out batch 106: hard negatives from the six workplaces — identifiers, codes, placeholders and
 * look-alikes that are not sensitive (tests/corpus/README.md, "Decisions on negatives"). Unlabelled
 * apart from ambiguous spans and pasted code. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const ip = (s: string) => amb('pii.ip_address', s);
const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
/** A card-shaped number whose Luhn digit is deliberately wrong. */
const badCard = (payload: string) => payload + String((luhnCheckDigit(payload) + 3) % 10);
/** An IBAN whose check digits are deliberately wrong. */
const badIban = (cc: string, bban: string) => {
  const good = Number(ibanCheckDigits(cc, bban));
  const wrong = String(((good + 11) % 97) + 2).padStart(2, '0').slice(-2);
  return cc + wrong + bban;
};
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b106n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b106n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const PUB = pem('PUBLIC KEY', 'b106n-pub', 294);
const CERT = pem('CERTIFICATE', 'b106n-cert', 780);
const PNG = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${fill('b106n-png', B64, 160)}`;
const BCRYPT = tok('$2y$10$', fill('b106n-bcrypt', B62 + './', 53));

export const BATCH106_NEGATIVES: DraftRecord[] = [
  rec('chat', f`What's the difference between a Critical Part of the Security Restricted Area (CPSRA) and the rest of the SRA? I need to explain it to new ground handlers in two sentences.`),

  rec('chat', f`Flight BA2490 to Lisbon departs from gate 52, boarding 06:15. The crew badge zones are A, B, D and R. Please write a short reminder for the crew room noticeboard.`),

  rec('table', f`Badge zone codes for the induction slides, can you turn this into a legend?

Zone A – airside, non-restricted
Zone B – baggage hall (CPSRA)
Zone C – cargo sheds 1–4
Zone D – aprons and stands 201–248
Zone R – runway and manoeuvring area (escort required)
Badge formats: A-NNNNN (permanent), T-NNNN (temporary, 30 days max)`),

  rec('chat_de', f`Wie viele Stunden Schulung braucht ein Luftsicherheitsassistent nach § 5 LuftSiG mindestens? Ich habe gelesen: Nummer 11.2.3 der Durchführungsverordnung (EU) 2015/1998. Stimmt das?`, 'regulation numbers and paragraph references'),

  rec('log', f`The x-ray image archive job logs this every night, is it a problem?

${cfg(f`2025-03-12T02:00:01Z archive: start batch 20250312-0200
2025-03-12T02:00:03Z archive: lane=C4 images=18341 size=41.7GiB sha256=${SHA('b106n-sha1')}
2025-03-12T02:14:52Z archive: upload to ${ip('10.44.20.50')} ok, object id 7d3f2a18-9b4c-4e61-a0d5-28c7e91f3b64
2025-03-12T02:14:52Z archive: done in 891s`)}`),

  rec('env_example', f`Template for the badge-portal config, please add comments for each line:

${cfg(f`# .env.example – copy to .env and fill in
DB_HOST=localhost
DB_USER=idms_app
DB_PASSWORD=<your-db-password>
LDAP_BIND_PW=\${LDAP_BIND_PW}
SMTP_PASSWORD=changeme
API_KEY=YOUR_API_KEY`)}`, 'placeholders only'),

  rec('chat', f`Our password policy for the badge system says: minimum 14 characters, no reuse of the last 12, expiry 90 days, lockout after 5 attempts. Rewrite it as a friendly poster text. Example of a good passphrase style: "three random words plus a number" (don't give a real one).`),

  rec('chat_fr', f`Le numéro de badge T-4821 a été désactivé le 03/03/2025 à 14:12 parce que la période de 30 jours était écoulée. Comment expliquer cela poliment au sous-traitant ?`),

  rec('chat', f`Noise exposure: the daily personal exposure LEP,d at the press line is 87 dB(A), peak 137 dB(C). Which action values of the Control of Noise at Work Regulations 2005 does that cross? Please answer in a table.`),

  rec('chat_nl', f`Audiogram van een anonieme werknemer: rechts 500 Hz 10 dB, 1 kHz 15 dB, 2 kHz 20 dB, 3 kHz 35 dB, 4 kHz 50 dB, 6 kHz 45 dB. Is dat een typische lawaaidip? Geen naam of andere gegevens, alleen voor een voorlichtingspresentatie.`),

  rec('chat_sv', f`Vilka gränsvärden gäller för kvartsdamm i Sverige (AFS 2023:14)? Vi ska förbereda hälsoundersökningar för ett gjuteri. Respirabel fraktion 0,1 mg/m³ – stämmer det?`),

  rec('spreadsheet', f`Spirometry results, anonymised, can you flag FEV1/FVC below 0.70?

${cfg(f`ref\tage_band\tsex\tFEV1_l\tFVC_l\tratio
P-001\t40-49\tM\t3.21\t4.48\t0.72
P-002\t50-59\tF\t2.05\t3.11\t0.66
P-003\t30-39\tM\t3.98\t4.87\t0.82
P-004\t60-69\tM\t2.41\t3.64\t0.66`)}`),

  rec('chat', f`UK payroll question: employee on tax code 1257L, Week1/Month1 basis, paid £2,950 in March. Employer PAYE reference 120/AB45612, accounts office reference 120PA00458123. What's the PAYE deduction? Just the maths, no need for names.`, 'employer PAYE and accounts office references identify an employer, not a person'),

  rec('chat_de', f`Wie hoch ist die Minijob-Grenze 2025? Ich habe 556 Euro im Kopf. Und wie viele Stunden sind das beim Mindestlohn von 12,82 €?`),

  rec('chat', f`Our payroll software exports dates as 45746 in Excel. How do I convert serial 45746 to a date? Also what is the ISO week of 2025-03-31?`),

  rec('form', f`SSN format check for our onboarding form: the validator currently accepts 666-12-4421 and 000-48-2217, which the SSA never issues. Can you write a regex that rejects area 000, 666 and 900–999?`, 'invalid SSNs named as examples of what to reject'),

  rec('chat', f`Test data for the payroll import, can you check that these NI numbers are rejected by our validator? DF 48 20 17 A, BG 31 42 55 C, QV 72 10 93 D. They should all fail (invalid prefixes).`, 'NINOs with unissued prefixes'),

  rec('chat_hi', f`हमारे पेरोल सॉफ़्टवेयर में यह आधार नंबर 9715 0382 0729 गलत बताया जा रहा है। Verhoeff चेकसम कैसे काम करता है, कृपया समझाइए?`, 'Verhoeff-failing Aadhaar-shaped number'),

  rec('iban_bad', f`The bank rejected this IBAN from a freelancer: ${badIban('DE', '370400440532013417')}. Can you explain how the mod-97 check works so I can tell her it's probably a typo?`, 'IBAN with wrong check digits'),

  rec('chat_it', f`Il cliente ha scritto la carta ${badCard('453927104188203')} ma il terminale dice "numero non valido". Che significa? Gli ho chiesto di ricontrollare.`, 'Luhn-failing card number'),

  rec('receipt', f`Cellar door receipt #CD-20250315-0042
6 x Pinot Noir 2021  @ 38.00  = 228.00
1 x Gift box                  =   8.50
Total AUD 236.50
VISA **** **** **** 4417  APPROVED  auth 81Q4T2
Thank you for visiting!

Can you write a thank-you e-mail template based on this?`, 'masked PAN'),

  rec('chat', f`Our wine gift voucher numbers look like ${badCard('6034918271004')} – the POS sometimes thinks they're credit cards. Can we change the format so that doesn't happen?`, 'gift voucher number chosen to fail Luhn'),

  rec('chat', f`What HS code do we use for bottled still wine under 2 litres going to Canada? I have 2204.21 and the EU CN code 2204 21 79 for white, 2204 21 38 for red PDO. Excise number format for the e-AD is like DE00712345678, is that right?`),

  rec('chat_es', f`Lote L2403-17, embotellado 17/03/2024, 4.800 botellas, código EAN 8437002518243. ¿Cómo pongo el lote y el EAN en la contraetiqueta según la normativa de la UE?`),

  rec('chat_el', f`Ποια είναι η διαφορά μεταξύ ΠΟΠ και ΠΓΕ στα ελληνικά κρασιά; Χρειάζομαι μια σύντομη εξήγηση για τους πελάτες στο κατάστημα του οινοποιείου.`),

  rec('stripe', f`Setting up the webshop's test environment, is this the right way to use the test key?

${code(f`const stripe = require('stripe')('${STRIPE_TEST}');
const publishable = '${PK_LIVE}';

async function testCharge() {
  return stripe.paymentIntents.create({ amount: 3800, currency: 'aud', payment_method: 'pm_card_visa', confirm: true });
}`)}`, 'Stripe test secret key and a publishable key: no credential; the snippet is code'),

  rec('chat', f`Can you check the Shiraz shipment tracking? DHL waybill 4918273605, container MSCU 482917-3, booking 2503BKK0917. ETA Hamburg 22 April.`),

  rec('coords', f`Please convert these datums to decimal degrees for the search planning tool:
53°41.2'N 005°12.7'W
51°58.40'N 006°01.15'W
52 07.9 N 004 48.3 W`),

  rec('chat', f`MMSI 235098761 vs call sign 2FTY7 vs EPIRB hex ID 9D6B8E1C3F81FE0 — which one do we put in box 4 of the SAR incident form? Explain the difference for new watch officers.`, 'vessel and beacon identifiers, not personal data'),

  rec('chat_no', f`Hva betyr koden "MAYDAY RELAY" og når bruker vi DSC-kanal 70 i stedet for kanal 16? Skriv en kort forklaring til opplæringen av nye vaktledere.`),

  rec('log', f`AIS receiver log, why so many checksum errors?

${cfg(f`!AIVDM,1,1,,A,13u?etPv2;0n:dDPwUM1U1Cb069D,0*24
!AIVDM,2,1,3,B,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C
!AIVDM,2,2,3,B,88888888880,2*25
2025-03-15T03:12:44Z rx ${ip('10.80.6.21')}:10110 checksum mismatch x17`)}`),

  rec('chat_de', f`Kannst du mir das Beaufort-Schema als Tabelle geben, mit Windgeschwindigkeit in Knoten und Wellenhöhe? Für die Einweisung neuer Mitarbeiter in der Seenotleitung.`),

  rec('chat', f`Confidential question, kind of: how do rescue coordination centres decide between tasking a lifeboat and a helicopter? I'm writing a school project, nothing internal.`, 'casual use of "confidential"'),

  rec('chat_ja', f`「機密保持契約書のひな形」を翻訳会社向けに作りたいです。一般的な条項（目的、範囲、期間、返還義務）を日本語で箇条書きにしてください。`, 'asking for a confidentiality agreement template'),

  rec('chat', f`I'm confident the Finnish translation is fine, but the client insists "luottamuksellinen" should be rendered as "proprietary". Which is closer in meaning? Context: a product brochure, nothing classified.`, 'the word for confidential discussed as vocabulary'),

  rec('chat_tr', f`Çeviri belleğindeki eşleşme oranları: %100 (ICE) 1.240 kelime, %95–99 3.118 kelime, %85–94 2.406 kelime, yeni 9.871 kelime. Ağırlıklı kelime sayısını hesaplar mısın? Oranlar: 0, 0,25, 0,5, 1.`),

  rec('chat', f`ISO 639 codes for the interpreter app: tir for Tigrinya, prs for Dari, ckb for Sorani, amh for Amharic. Do we also need script subtags like sr-Cyrl and sr-Latn?`),

  rec('package_lock', f`npm ci fails in the CAT plugin build, this is the lock entry:

${cfg(f`"node_modules/sentence-splitter": {
  "version": "5.0.0",
  "resolved": "https://registry.npmjs.org/sentence-splitter/-/sentence-splitter-5.0.0.tgz",
  "integrity": "sha512-${fill('b106n-integ', B64, 86)}==",
  "license": "MIT"
}`)}`),

  rec('docker', f`Pinned the OCR image for the translation pipeline:
${cfg(f`image: ghcr.io/polyglot/ocr-tesseract@sha256:${SHA('b106n-digest')}`)}
git commit ${fill('b106n-gitsha', HEX, 40)}
Is pinning by digest enough, or should I also pin the tag 5.3.4?`),

  rec('pubkey', f`Our SFTP partner (the export customs broker) asked for our public key. Is this the right file to send?

${PUB}`, 'public key'),

  rec('cert', f`The winery webshop's certificate — can you tell me when it expires from this PEM?

${CERT}`, 'certificate'),

  rec('html', f`Why doesn't the logo show in the wine club newsletter? ${cfg(f`<img src="data:image/png;base64,${PNG}" alt="Weingut logo" width="120">`)}`),

  rec('hash', f`The old interpreter portal stored passwords like ${amb('credential.password_assignment', BCRYPT)} — is bcrypt cost 10 still ok in 2025, or should we go to 12?`, 'bcrypt hash: ambiguous per the conventions'),

  rec('phone_bad', f`Our SMS gateway rejects these numbers from the volunteer list: +44 7911 1234, +49 30 12, 0800 00. They're clearly incomplete — can you write a validation message for the form?`, 'phone-shaped numbers that fail validation'),

  rec('chat_ar', f`ما هو الفرق بين رمز IATA ورمز ICAO للمطارات؟ مثلاً DXB و OMDB. أحتاج شرحاً قصيراً لموظفي مكتب التصاريح الأمنية الجدد.`),

  rec('chat_ko', f`공항 출입증 교육 자료에 넣을 보안 등급 설명을 쓰고 있어요. "기밀"이라는 단어를 일반적인 의미로만 쓰고 싶은데, 자연스러운 영어 표현이 있을까요?`, 'asks about the word for secret, no document marked'),

  rec('chat', f`Version bump for the SAR map client: 3.14.2 → 3.15.0, tile server build 2025.03.1, protobuf schema v7. Can you write release notes from the changelog headings: "Drift overlay", "Offline charts", "Night mode"?`),

  rec('chat_zh', f`请帮我解释一下什么是"机密计算"(confidential computing)，我们翻译公司在考虑云端处理客户文件的方案。`, 'confidential computing'),

  rec('chat', f`Which IBAN length does Norway use? I thought it was the shortest in Europe at 15 characters, e.g. structure NOkk bbbb cccc ccx. Just checking for our payroll validation table.`),

  rec('chat_ml', f`ഫാക്ടറി തൊഴിലാളികൾക്കുള്ള കേൾവി പരിശോധനയുടെ പ്രാധാന്യം വിശദീകരിക്കുന്ന ഒരു ചെറിയ ലഘുലേഖ മലയാളത്തിൽ എഴുതാമോ? 85 dB(A) ന് മുകളിലുള്ള ശബ്ദം ദിവസം 8 മണിക്കൂർ കേൾക്കുന്നത് അപകടമാണെന്ന് പറയണം.`),

  rec('chat_am', f`ሰላም፣ ለትርጉም ኤጀንሲያችን አዲስ ተርጓሚዎች የሥራ መመሪያ እያዘጋጀን ነው። "የደንበኛ ሰነዶችን በሚስጥር መጠበቅ" የሚለውን ክፍል በአጭሩ በእንግሊዝኛ ጻፍልኝ።`, 'guideline about keeping documents secret, nothing marked'),

  rec('chat_mi', f`Kia ora! He aha te kupu Māori mō "search and rescue" me "lifejacket"? Kei te hanga pānui mātou mō ngā kaihī ika i te tauranga o Ōtākou.`),

  rec('chat_cy', f`Helo, allwch chi gyfieithu'r arwydd hwn i'r Saesneg ar gyfer swyddfa bathodynnau'r maes awyr? "Rhaid dangos eich bathodyn adnabod bob amser yn yr ardal gyfyngedig. Dim mynediad heb hebryngwr."`),
];
