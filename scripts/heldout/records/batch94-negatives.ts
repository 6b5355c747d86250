/**
 * Held-out batch 94: hard negatives — part numbers, serials, permit codes, placeholders, test keys,
 * check-failing numbers and casual uses of "confidential" from the six settings. Unlabelled apart
 * from ambiguous spans.
 */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, HEX, fill, pem, tok } from '../tokens';
import { ibanCheckDigits, luhnCheckDigit, verhoeffCheckDigit } from '../../corpus/checksums';
import { aadhaarValid, luhnValid, ninoValid, ssnValid } from '../checks';

const badCard = (p: string): string => p + String((luhnCheckDigit(p) + 3) % 10);
const badIban = (cc: string, bban: string): string => {
  const ck = (Number(ibanCheckDigits(cc, bban)) % 97) + 1;
  return cc + String(ck === 97 ? 2 : ck).padStart(2, '0') + bban;
};
const must = (ok: boolean, what: string): void => { if (!ok) throw new Error(`negative value is valid: ${what}`); };
const BAD_VISA = badCard('454712093861527');
const BAD_MC = badCard('531804729164385');
must(!luhnValid(BAD_VISA) && !luhnValid(BAD_MC), 'cards');
const BAD_IBAN_DE = badIban('DE', '370400440532013000');
const BAD_IBAN_PT = badIban('PT', '003300004539871246905');
const AADHAAR_BAD = ((p) => p + String((verhoeffCheckDigit(p) + 4) % 10))('58204917362');
must(!aadhaarValid(AADHAAR_BAD), 'aadhaar');
must(!ssnValid('914-27-5830') && !ssnValid('000-41-2291'), 'ssn');
must(!ninoValid('QQ123456C'), 'nino');
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b94n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b94n-pklive', B62, 97));
const SHA = (seed: string): string => fill(seed, HEX.toLowerCase(), 64);
const GITSHA = fill('b94n-git', HEX.toLowerCase(), 40);
const PUB = pem('PUBLIC KEY', 'b94n-pub', 294);
const CERT = pem('CERTIFICATE', 'b94n-cert', 820);

export const BATCH94_NEGATIVES: DraftRecord[] = [
  rec('chat', f`Part number lookup: we received MS20470AD4-5 rivets, NAS1149F0363P washers and a hydraulic seal P/N 2403-0117-051 with batch 24B-7781. The CoC says S/N 7728194035. Are NAS1149 and AN960 interchangeable?`),

  rec('chat', f`Task card 32-11-00-210-801 (main landing gear) references AMM 32-11-41-000-801 Rev 77. Which ATA chapter covers the brake wear pin check? Answer in Icelandic please.`),

  rec('env_file', f`Template .env for new interns at the seller-support tooling repo — does this look OK?

${amb('source_code.snippet', f`STRIPE_SECRET_KEY=<your-stripe-secret>
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/sellerhub
SENDGRID_API_KEY=\${SENDGRID_API_KEY}
OPENAI_API_KEY=YOUR_API_KEY
ADMIN_PASSWORD=********`)}`),

  rec('chat', f`For the seller-portal integration tests I use the Stripe test key ${STRIPE_TEST} and the publishable key ${PK_LIVE} in the checkout page. Is the publishable key safe to ship in the JS bundle?`),

  rec('chat', f`Sifarişin izləmə nömrəsi: LX482917035CN, gömrük bəyannaməsi 25AZ04829173. Satıcıya nə vaxt çatacağını necə izah edim?`),

  rec('chat', f`Our receipts show masked cards like **** **** **** 4821 and 5318 04•• •••• 7290. Can the seller-support agents see more digits? (I think not.)`),

  rec('chat', f`Testing the refund form validation: I typed ${BAD_VISA} and it says "invalid card number". Correct behaviour? Another tester used ${BAD_MC}.`),

  rec('chat', f`Supplier sent IBAN ${BAD_IBAN_DE} but our bank portal rejects it as invalid checksum. Could it be a typo in the check digits? What should I ask them?`),

  rec('chat', f`Validação no formulário de bolsas rejeitou o IBAN ${BAD_IBAN_PT}. O encarregado diz que copiou do extrato. O que fazemos?`),

  rec('chat', f`Aadhaar field in the bursary form rejects ${AADHAAR_BAD} — the parent swears it's right. Our validator does Verhoeff. Could the parent have mistyped one digit?`),

  rec('chat', f`Training example for the new admissions staff on spotting fake SSNs: 914-27-5830 (area 9xx never issued) and 000-41-2291 (area 000). Can you write a short explainer?`),

  rec('chat', f`HMRC says QQ123456C is the format example for National Insurance numbers. We want a placeholder for our UK staff form — is that the right one to show?`),

  rec('chat', f`Dental lab order IDs look like DL-2025-004821 and case barcodes 0048213907551. Our LIMS also uses UUIDs like 3f7a9c21-8e4b-4d06-b2a5-71c9e03d8f14. How do I generate a Code128 label from these?`),

  rec('chat', f`Blade serial numbers: B58-2025-0412, B58-2025-0413; mould M5, resin lot EP-24-11873. Root insert torque 1,450 Nm. Write a shift handover summary.`),

  rec('chat', f`The firmware hash on the curing oven controller is sha256:${SHA('b94n-fw')} — the vendor's release notes say a different one. Should we roll back to v4.12.3?`),

  rec('chat', f`Docker image for the permit API: np-permits/api@sha256:${SHA('b94n-dig')}, built from commit ${GITSHA}. How do I pin it in compose?`),

  rec('chat', f`Ich bin zuversichtlich ("I'm confident"), dass das Audit gut läuft. Wir haben eine Vertraulichkeitsvereinbarung-Vorlage (confidentiality agreement template) für Lieferanten — kannst du sie kürzen?`),

  rec('chat', f`What does "confidential computing" mean for our marketplace's cloud provider? A seller asked whether their data is encrypted in use.`),

  rec('chat', f`Seller asks: "Is my shop information kept confidential?" Please answer in Bahasa Melayu that we follow our privacy policy and never sell data.`),

  rec('chat', f`Park permit codes: NP-TNG-25-000812, quota 120/day. Vehicle pass 2025-04-01 to 2025-04-30. Write the sign text in Māori and English.`),

  rec('chat', f`Public key for verifying signed permit QR codes, to embed in the ranger app:

${PUB}

Is it OK to hard-code it?`),

  rec('chat', f`Cert for the admissions site, checking expiry:

${CERT}

openssl says notAfter=Jun 30 2025. How do I renew with certbot?`),

  rec('chat', f`Khmer translation needed: "Tour departs 06:30, meeting point Gate 2, bring ID." Ticket 2025-118-0042, seat 14A.`),

  rec('chat', f`Phone numbers on our sample brochure should be fictional. Is ${amb('pii.phone', '+1 212 555 0147')} OK for the US brochure and ${amb('pii.phone', '07700 900418')} for the UK one?`),

  rec('log', f`Firewall log from the hangar, which rule blocked it?

${amb('source_code.snippet', f`Mar 12 06:41:09 fw-h3 kernel: DROP IN=eth0 OUT= SRC=${amb('pii.ip_address', '203.0.113.58')} DST=${amb('pii.ip_address', '10.30.1.12')} PROTO=TCP SPT=51522 DPT=3389`)}`),

  rec('chat', f`Кыргызча которуп бер: "Паркка кирүү билети 500 сом. Билеттин номери 2025-KG-004127. Ачык мезгил: май–октябрь."`),

  rec('chat', f`Тоҷикӣ: "Иҷозатнома барои хаймазанӣ 3 шаб, рақами 25-ТҶ-0091." Чӣ тавр ба англисӣ навиштан мумкин?`),

  rec('chat', f`Explain bcrypt cost factor to my team; our school portal stores hashes like ${amb('credential.password_assignment', tok('$2b$12$', fill('b94n-bcrypt', B62 + './', 53)))}. Is cost 12 enough in 2025?`),

  rec('chat', f`Fijian/English sign for the marine park: "Kerekere mo kakua ni taura na lase" — "Please do not take the coral." Fine is FJD 500, permit 24-FJ-3381.`),

  rec('chat', f`Bislama: "Plis yu no stap lego rubis long bus." Tok Pisin: "Plis no ken tromoi pipia long bus." Are these both right for the trail signs?`),

  rec('chat', f`npm lockfile conflict in the admissions portal:

${amb('source_code.snippet', f`"node_modules/react": {
  "version": "18.3.1",
  "resolved": "https://registry.npmjs.org/react/-/react-18.3.1.tgz",
  "integrity": "sha512-${fill('b94n-integ', B62 + '+/', 86)}=="
}`)}

Which side do I keep?`),

  rec('chat', f`VITA shade guide codes: A1, A2, A3.5, B2, C4, 3M2, 2L1.5. Write a short table explaining VITA classical vs 3D-Master for new technicians in Estonian.`),

  rec('chat', f`Ordernummer 7712-5530-9128-4471 from the marketplace (it's an order number, not a card!). Why does our chat widget hide it as if it's a card?`),

  rec('chat', f`Kannada: ದಯವಿಟ್ಟು ಪ್ರವೇಶ ಪರೀಕ್ಷೆಯ ದಿನಾಂಕ 14-06-2025 ಎಂದು ಪೋಷಕರಿಗೆ ತಿಳಿಸಿ. Roll numbers 2025-KA-0012 to 2025-KA-0180.`),

  rec('chat', f`Gujarati/English notice: "પ્રવેશ ફોર્મ 30 એપ્રિલ સુધી" — application form until 30 April. Fee ₹1,500. Receipt no. RCPT/25/004812.`),

  rec('chat', f`ISBN of the textbook list for Grade 8: 978-0-19-840281-7 and 978-1-4085-2373-4. Are they still in print?`),

  rec('chat', f`Wind data: mean 9.4 m/s at hub height 119 m, Weibull k=2.1, c=10.6. Blade tip speed 88 m/s. Is 88 m/s within the noise limit for onshore?`),

  rec('chat', f`Ewe and Twi greetings for the welcome board: "Woezɔ!" and "Akwaaba!". Also Hausa "Barka da zuwa" and Igbo "Nnọọ". Spelling check?`),

  rec('chat', f`Check my passport-photo instructions for the school trip (Amharic): ፎቶ 35x45 ሚሜ, ነጭ ጀርባ. Trip ref TRIP-25-ADD-07.`),

  rec('chat', f`ဗမာလို ဘာသာပြန်ပေးပါ: "ခရီးစဉ် နံပါတ် 25-MM-0331 သည် မနက် ၇ နာရီ စတင်မည်။"`),

  rec('chat', f`Sindhi & Urdu notice for the lab: "ڪم جو وقت 9 کان 5" / "کام کا وقت 9 سے 5". Holiday list 2025 attached.`),

  rec('chat', f`Lao: "ກະລຸນາສະແດງໃບອະນຸຍາດ" (please show your permit). Permit format LA-NP-2025-00317. Correct?`),

  rec('chat', f`Mongolian: "Зөвшөөрлийн дугаар 2025-МН-0482, хүчинтэй хугацаа 30 хоног." Translate to English and Chinese (Taiwan).`),

  rec('chat', f`AWS docs say access keys look like AKIA followed by 16 characters. Our intern wrote AKIA################ in the runbook as a placeholder. Is that clear enough?`),

  rec('chat', f`Password policy draft for the MRO system: minimum 14 characters, no reuse of last 10, e.g. "your password must not contain your staff number". Write it in Slovak.`),
];
