/**
 * Held-out batch 18: hard negatives from the same workplaces — claim, policy, docket, meter and
 * student numbers, failing checksums, masked and test cards, documentation keys, placeholders,
 * hashes, casual "confidential". Unlabelled apart from ambiguous spans. Hand-written, not measured yet.
 */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b18n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b18n-pklive', B62, 97));
const SHA256 = (seed: string) => fill(seed, HEX, 64);
const GIT_SHA = fill('b18n-gitsha', HEX, 40);
const CERT = pem('CERTIFICATE', 'b18n-cert', 870);
const PUBKEY = pem('PUBLIC KEY', 'b18n-pub', 294);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${b64Bytes('b18n-png', 150)}`;
const BCRYPT = tok('$2y$10$', fill('b18n-bcrypt', B62 + './', 53));

export const BATCH18_NEGATIVES: DraftRecord[] = [
  rec('chat', f`Claim reference CLM-2025-0048271 was reopened because the loss adjuster's report (ref. LA/HM/24/11873) came in after the file was closed. Policy number HH-2291-0473-01. Can you write a short note to the broker explaining why the claim was reopened?`),

  rec('chat_de', f`Kannst du mir erklären, wie sich die Schadenquote berechnet? Beispiel: verdiente Prämie 4.820.000 €, Schadenaufwand inkl. IBNR 3.374.000 €, Kosten 1.205.000 €. Ist die Combined Ratio dann 95 %?`),

  rec('docket', f`Please format these for the bundle index:
Case No. 2:24-cv-01183-JLR (W.D. Wash.)
Az. 7 O 1234/24 (LG München I)
RG n. 4418/2024 Tribunale di Milano
[2024] EWHC 2871 (Comm)
Rôle général 24/01837/A (Tribunal de l'entreprise de Bruxelles)`),

  rec('meter_numbers', f`Billing exception list, need to know why these MPANs are flagged as "energisation status mismatch":
MPAN core 1200061837492 — meter serial E17UP04821 — profile class 01
MPAN core 2300048170935 — meter serial K08Z281736 — profile class 03
MPRN 8291736402 (gas, same premises)
Just explain what the statuses mean, no need to look anything up.`),

  rec('ean_nl', f`Hoe lees ik deze EAN-codes van aansluitingen? 871687120054873219 (elektriciteit) en 871687140001837265 (gas). Het klantnummer is 30048172 en de factuur 2025-01-0048817.`),

  rec('isbn_doi', f`Format these references in APA 7, please:
Wüthrich, M. V., & Merz, M. (2023). Statistical foundations of actuarial learning and its applications. Springer. ISBN 978-3-031-12408-2. https://doi.org/10.1007/978-3-031-12409-9
Taylor, G. (2000). Loss reserving: An actuarial perspective. Kluwer. ISBN 0-7923-7740-6
Mack, T. (1993). Distribution-free calculation of the standard error of chain ladder reserve estimates. ASTIN Bulletin, 23(2), 213–225. doi:10.2143/AST.23.2.2005092`),

  rec('student_ids', f`Marks upload failed for these students, the LMS says "user not found": 20419837, 20420115, 20421006, s2318447, u7730192. Module code EEE3041, assessment ID 448172. Why would numeric IDs fail while the s/u ones work?`),

  rec('uuid_log', f`${amb('source_code.snippet', f`2025-02-18T07:41:12.448Z INFO  claim-sync  batch=6f1c2a9e-3b47-4d85-9e02-7a5c1d8b4f36 processed=1842 skipped=3
2025-02-18T07:41:12.451Z WARN  claim-sync  correlationId=0b9e7d14-58a2-4c1f-b6e3-29f0c8a71d55 duplicate claim CLM-2025-0047719
2025-02-18T07:41:13.002Z INFO  claim-sync  commit=${GIT_SHA.slice(0, 12)} build=2025.2.14-rc3 duration_ms=551`)}

is a duplicate warning something I should worry about?`),

  rec('hashes', f`Verify the download of the R installer against these, which one is for the arm64 build?
R-4.4.2-x86_64.pkg  sha256 ${SHA256('b18n-sha1')}
R-4.4.2-arm64.pkg   sha256 ${SHA256('b18n-sha2')}
git tag v4.4.2 → ${GIT_SHA}`),

  rec('docs_keys', f`The AWS docs example uses

${amb('source_code.snippet', f`[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`)}

— is it ok to keep that in our onboarding wiki for the actuarial sandbox, or will people think they're real?`),

  rec('env_placeholders', f`Template for the new campaign microsite, fill in before deploy:

${amb('source_code.snippet', f`# .env.example
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME
OPENAI_API_KEY=YOUR_API_KEY
MAILCHIMP_API_KEY=<your-mailchimp-key>
SMTP_PASSWORD=\${SMTP_PASSWORD}
GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SESSION_SECRET=changeme`)}

Which of these should go into the CI secret store?`),

  rec('stripe_test', f`Stripe staging for the university's event-ticket shop — these are fine to commit, right?

${amb('source_code.snippet', f`STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}`)}

(I know the publishable one is live, it's public anyway.)`),

  rec('masked_cards', f`Kunde reklamiert zwei Abbuchungen, im Backoffice sehe ich nur:
Karte: **** **** **** 4417, Ablauf 08/27
Karte: 5461 73** **** 4199, Ablauf 11/26
Wie finde ich heraus, ob das dieselbe Karte ist?`),

  rec('test_cards', f`For the payment-page UAT please use the test cards from the PSP sandbox:
Visa ${amb('financial.payment_card', '4111 1111 1111 1111')} (approve)
Mastercard ${amb('financial.payment_card', '5555 5555 5555 4444')} (approve)
Amex ${amb('financial.payment_card', '3782 822463 10005')} (decline with 3DS)
Write a UAT checklist for the claims excess payment page.`),

  rec('luhn_fail', f`The form rejects "4556 4718 7145 1406" as invalid — the customer swears she typed what's on the card. Can a card number really fail the check digit, or is our validator broken?`),

  rec('iban_bad', f`Unser ERP meldet "Prüfziffer falsch" bei DE23 5001 0517 8224 2285 10 und AT93 2011 1356 3384 8668. Der Lieferant sagt, die stimmen. Wie prüfe ich das von Hand (Modulo 97)?`),

  rec('ids_invalid', f`Our KYC test suite needs INVALID ids to check the rejection path. Are these really invalid?
- Aadhaar 6591 1133 0413 (Verhoeff)
- NHS 655 096 7601 (mod 11)
- BSN 482701248 (elfproef)
- CPF 320.080.727-04
- DNI 30647153J
- NINO QQ123456C (HMRC's own example)
- SSN 666-42-1893 and 219-00-4821`, 'all values fail their checksum or are never issued'),

  rec('company_ids', f`Für die Lieferantenanlage: UID ATU57382941, Firmenbuch FN 482193 k, CHE-482.193.746 MWST, EU-VAT NL824019372B01, LEI 5299004BR7K2Q8TLX631, DUNS 31-482-9173. Welche davon brauchen wir für die SEPA-Gläubiger-ID?`),

  rec('isin', f`Treasury blotter, please convert to a table:
BUY 2,000,000 AT0000A2QRW0 Republik Österreich 0.5% 2031 @ 88.42
SELL 1,500,000 XS2482917364 KfW 2.75% 2029 @ 99.18
BUY 500 CH0012221716 @ 214.60
Settlement T+2, counterparty Lakeshore Commerce, our ref TRS-0388`),

  rec('versions', f`After the SCADA upgrade the HMI shows firmware 4.18.2.1 on RTU-07 but 4.18.3.0 on RTU-08. The vendor release notes mention build 2024.11.7.3201. Are mixed firmware versions on the same bus a problem for IEC 60870-5-104?`),

  rec('scada_tags', f`Explain this tag naming convention to a new control-room operator:
UW_GRN.110KV.Q0.XCBR1.Pos.stVal
UW_GRN.20KV.F03.MMXU1.TotW.mag.f
PW_LAND.PUMP2.Modbus.40083
The "Q0" and "F03" parts confuse people.`),

  rec('dates', f`Vertragsbeginn 01.04.1987, letzte Tarifänderung 01.01.2019, Schadentag 12.02.2025, Gutachten vom 19.02.2025. Wie viele Vertragsjahre sind das für die Schadenfreiheitsrabatt-Berechnung?`),

  rec('hearing', f`Hearing listed 14/03/2025 at 10:30, Court 4. Witness statements due 28/02/2025, skeleton arguments by 11/03/2025. Can you put these into a calendar-style list with reminders 3 days before each?`),

  rec('casual_confidential', f`I want to make sure the survey respondents feel their answers stay confidential. Can you rewrite the intro of our student-wellbeing survey so it sounds reassuring but honest about who sees the results?`),

  rec('casual_confidential_fr', f`Peux-tu m'expliquer la différence entre une clause de confidentialité et une clause de non-concurrence dans un contrat de travail suisse ? C'est pour un cours de droit du travail, pas pour un cas réel.`),

  rec('nda_template', f`Find me a good structure for a mutual confidentiality agreement template for agency pitches — sections, typical term length, carve-outs. Generic please, no specific client.`),

  rec('confident', f`estoy bastante confiado en que el modelo de tarificación está bien, pero el comité de riesgos quiere más backtesting. ¿qué métricas les muestro para que queden confiados también?`),

  rec('password_policy', f`Rewrite our password policy for students in plain language: at least 12 characters, no reuse of the last 5 passwords, MFA mandatory for the VPN, passwords are never sent by e-mail — IT will never ask for your password.`),

  rec('password_question', f`How do I store passwords securely in a Django app? We currently use the default PBKDF2 hasher — is Argon2 worth switching to for the alumni portal?`),

  rec('password_refs', f`Übergabe an den Bereitschaftsdienst:
Passwort für die Leitstellen-Workstation: siehe KeePass, Eintrag "LS-WS-03"
Notfall-Login: im versiegelten Umschlag im Tresor, Raum 1.14
Passwort: ********
Bitte als Checkliste formatieren.`),

  rec('bcrypt_hash', f`Seeding a test user for the student portal, is this bcrypt string in the right format for Laravel? ${BCRYPT} — cost 10 enough?`),

  rec('cert', f`Is this the right certificate to import on the SCADA historian for the OPC UA client? It's the server cert the vendor emailed:

${CERT}`),

  rec('public_key', f`The partner bank sent their PGP/PEM public key for the payment-file encryption, where do I put it in the SFTP tool?

${PUBKEY}`),

  rec('data_uri', f`Why does our newsletter logo not load in Outlook? We embed it like <img src="data:image/png;base64,${PNG_B64}" alt="logo"> and it works in Gmail.`),

  rec('phone_like', f`Support hotline numbers on the bill print as 0800-STROM-24 and *4482 (short code). The old fax 0049-(0)-xxx-4821 is gone. Also the QR bill reference is 21 00000 00003 13947 14300 09017. How should the footer look now?`),

  rec('lorem_form', f`Mockup for the claim form, just fill with dummy text:
Name: Max Mustermann
Street: Musterstraße 1, 12345 Musterstadt
Policy: 0000000000
Phone: 0123 456789
Email: [email address]
IBAN: DE00 0000 0000 0000 0000 00`),

  rec('sql_question', f`Which is faster in Oracle for the claims table with 40M rows: a function-based index on UPPER(claimant_name) or a virtual column with a normal index? No code needed, just the trade-offs.`),

  rec('spreadsheet_numbers', f`Premium table for the new tariff, can you check the interpolation between age bands?
Age	Sum insured 100k	250k	500k
30	184.20	421.50	812.00
40	263.75	611.40	1,190.30
50	472.10	1,104.90	2,143.60
60	918.40	2,187.20	4,261.80`),

  rec('swift_fields', f`What goes into field 33B versus 32A of an MT103, and when is field 71G used? Our treasury trainees mix them up. Explain like a cheat-sheet.`),

  rec('kyc_process', f`Draft a KYC checklist for onboarding sole traders: ID document, proof of address not older than 3 months, source of funds, PEP/sanctions screening, ultimate beneficial owner declaration. Generic, no customer data.`),

  rec('coordinates', f`Transformer station coordinates from the GIS export: 48.20849, 16.37208 and 47.07071, 15.43950. Convert to MGI / Austria GK East (EPSG:31256) please.`),

  rec('hex_colors', f`Brand guidelines for the bank's campaign: primary #00594F, secondary #F2B705, text #1A1A1A, background #F7F5F0. Tagline font Söhne Breit 48/52. Can you suggest accessible contrast pairs?`),

  rec('ticket_numbers', f`Jira export summary — CLMIT-4821 (blocked), CLMIT-4822 (done), INC0048213 (closed), CHG0019384 (scheduled 22.02. 21:00–23:00). Write the weekly status mail in Italian for the Milan team.`),

  rec('wifi_question', f`Mi tablet del taller no se conecta a la red "Aseguradora-Invitados". Ya puse la clave que está en el cartel de recepción. ¿Qué más puedo revisar antes de llamar a soporte?`),

  rec('korean_bizno', f`거래처 정보 정리 좀 해줘: 사업자등록번호 214-86-48217, 법인등록번호 110111-4821937, 대표전화는 홈페이지 참고. 표로 만들어 줘.`, 'Korean company registration numbers, not personal data'),
];
