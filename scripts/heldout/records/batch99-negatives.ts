/**
 * Held-out batch 99: hard negatives — text from the six settings that looks sensitive and is not
 * (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous spans and pasted code.
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const badCard = (payload: string): string => payload + String((luhnCheckDigit(payload) + 1) % 10);
const badIban = (cc: string, bban: string): string => {
  const ok = ibanCheckDigits(cc, bban);
  const wrong = String((Number(ok) + 1) % 97).padStart(2, '0');
  return cc + (wrong === '00' || wrong === '01' ? '03' : wrong) + bban;
};
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b99n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b99n-pklive', B62, 97));
const PUB = pem('PUBLIC KEY', 'b99n-pub', 294);
const CERT = pem('CERTIFICATE', 'b99n-cert', 820);
const SHA = (seed: string): string => fill(seed, HEX, 64);
const GITSHA = fill('b99n-git', HEX, 40);
const BCRYPT = tok('$2y$10$', fill('b99n-bcrypt', B62 + './', 53));
const PNG = b64Bytes('b99n-png', 180);
const INTEGRITY = `sha512-${fill('b99n-integ', B64, 86)}==`;

export const BATCH99_NEGATIVES: DraftRecord[] = [
  rec('chat_en', f`How should a driving school store pupils' licence numbers securely? We're a small chain, 6 branches, using a Laravel app. Is encrypting a column enough or do we need a vault?`),

  rec('chat_de', f`Wie lange dürfen Biobank-Proben nach dem Widerruf der Einwilligung noch aufbewahrt werden? Gibt es dazu eine Empfehlung der Ethikkommission oder ist das im Biobankgesetz geregelt?`),

  rec('docs_aws', f`Our onboarding doc for the survey tablets shows this example, is the format right?

${amb('source_code.snippet', f`[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-central-1`)}`),

  rec('stripe_test', f`Testing the esports ticket checkout locally, webhook fires but the order stays "pending". Using STRIPE_SECRET_KEY=${STRIPE_TEST} and the publishable key ${PK_LIVE} in the front end. What should I check?`),

  rec('placeholders', f`Template for our P&I claims portal deployment docs, please proofread:

${amb('source_code.snippet', f`DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/claims
SENDGRID_API_KEY=<your-sendgrid-key>
JWT_SECRET=\${JWT_SECRET}
ADMIN_PASSWORD=********`)}`),

  rec('helm_values', f`Is this the right way to reference secrets in our Helm chart for the biobank LIMS?

${amb('source_code.snippet', f`env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: {{ .Values.db.secretName }}
        key: password
  - name: API_KEY
    value: "{{ .Values.apiKey }}"`)}`),

  rec('masked_pan', f`Payment receipt from the driving school, can you translate to Polish?
Card: **** **** **** 7731
Auth code: 048213
Amount: £420.00 — 12 lesson block
Date: 04/03/2025`),

  rec('bad_card', f`A pupil says his card ${badCard('453917264819027')} is rejected on our booking page. Could he have typed it wrong? What does the Luhn check do?`, 'card number fails Luhn: a mistyped number'),

  rec('bad_iban_pl', f`Przelew za nagrody turniejowe wrócił z banku z komunikatem „nieprawidłowy IBAN”. Numer od zawodnika: ${badIban('PL', '109010140000071219812875')}. Czy to błąd w cyfrach kontrolnych?`, 'IBAN check digits wrong'),

  rec('test_cards', f`Which test card should QA use to simulate a 3-D Secure challenge on the esports shop? We tried ${amb('financial.payment_card', '4000 0027 6000 3184')} and ${amb('financial.payment_card', '4242 4242 4242 4242')}.`),

  rec('uuid_list', f`Biobank sample UUIDs from the freezer audit — are any duplicated?
3f2b9c41-8d7e-4a15-b6c2-91e04f7a3d28
a81c5e07-2f94-4b3d-8e61-0c7d29b5f413
3f2b9c41-8d7e-4a15-b6c2-91e04f7a3d28
d4e96a30-71bc-4f82-a5d9-6e13c8b07f52`),

  rec('git_sha', f`Which commit introduced the bracket bug? Bisect says ${GITSHA}, the release tag v2.14.3 points to ${fill('b99n-git2', HEX, 40)}.`),

  rec('checksums', f`Verify the download of the survey CAPI installer:
capi-setup-5.2.1.exe  SHA256 ${SHA('b99n-sha1')}
capi-setup-5.2.1.msi  SHA256 ${SHA('b99n-sha2')}
Mine shows a different hash, is the file corrupt?`),

  rec('package_lock', f`npm ci fails for the overlay, lockfile fragment:

${amb('source_code.snippet', f`"node_modules/socket.io-client": {
  "version": "4.7.5",
  "resolved": "https://registry.npmjs.org/socket.io-client/-/socket.io-client-4.7.5.tgz",
  "integrity": "${INTEGRITY}"
}`)}`),

  rec('public_key', f`This is the public key the ministry gave us to encrypt the survey microdata before upload. How do I use it with openssl?

${PUB}`),

  rec('certificate', f`Our LIMS shows "certificate not trusted". This is the intermediate we received, is it expired?

${CERT}`),

  rec('bcrypt_hash', f`Someone found this in our old driving-school PHP database column "pwd": ${ambCat('credential', BCRYPT)}. Is bcrypt cost 10 still okay in 2025?`, 'password hash: ambiguous'),

  rec('ip_addresses', f`Firewall change request for the paper mill's emissions server: allow ${amb('pii.ip_address', '10.12.40.8')} and ${amb('pii.ip_address', '10.12.40.9')} to reach the state reporting endpoint on port 443. Please write it up formally.`),

  rec('swift_only', f`Which BIC should the Bahrain member use for USD payments to the club: ${amb('financial.swift_bic', 'CHASUS33')} or our Oslo bank ${amb('financial.swift_bic', 'DNBANOKK')}? Just the correspondent question, no account details yet.`),

  rec('casual_confidential', f`Our biobank participants keep asking whether their data is confidential. Can you write a plain-language FAQ answer about how confidentiality works in research biobanks? Keep it under 200 words.`),

  rec('confident_es', f`Estoy bastante confiado en que el alumno aprobará el examen práctico, pero quiero un mensaje de ánimo para enviarle la noche anterior. ¿Me ayudas?`),

  rec('nda_template', f`Necesito una plantilla de acuerdo de confidencialidad para los árbitros del torneo de esports. Solo la estructura: partes, objeto, duración, penalizaciones.`),

  rec('fake_phone', f`For the driving school's TV ad we need a phone number that can't reach anyone. Is ${amb('pii.phone', '(555) 010-0147')} okay in the US, and in the UK ${amb('pii.phone', '07700 900418')}?`),

  rec('order_numbers', f`Claim documents checklist, MV Kilimanjaro Spirit:
- B/L no. MEDUKR482917
- Survey report ref. SR/2025/00481
- Container MSKU 482917 3
- Invoice 2025-INV-004829
What else do we need for a cargo claim?`),

  rec('isbn', f`Theory book list for new pupils: "Highway Code" ISBN 978-0-11-553374-4 and "Driving: The Essential Skills" ISBN 978-0-11-553754-4. Check the ISBNs are correct format?`),

  rec('dates', f`Tournament schedule: groups 2025-06-14 to 2025-06-16, playoffs 2025-06-21, finals 2025-06-22 at 18:00 CEST. Make a calendar-friendly list.`),

  rec('version_strings', f`Survey tablet fleet inventory: Android 13 (build TQ3A.230901.001), CAPI app 5.2.1+build.4821, ODK Collect v2024.3.2. Which are out of support?`),

  rec('svg_path', f`Logo for the paper mill's environmental report doesn't render in Word:
<svg viewBox="0 0 24 24"><path d="M12 2C8.13 2 5 5.13 5 9c0 5.25 7 13 7 13s7-7.75 7-13c0-3.87-3.13-7-7-7zm0 9.5c-1.38 0-2.5-1.12-2.5-2.5s1.12-2.5 2.5-2.5 2.5 1.12 2.5 2.5-1.12 2.5-2.5 2.5z"/></svg>`),

  rec('data_uri', f`Why does the email signature image not show in Outlook? <img src="data:image/png;base64,${PNG}" alt="Ysgol Yrru logo">`),

  rec('measurement_table', f`Mittleres Abwasserergebnis PM3, März:
CSB 84 mg/l | BSB5 12 mg/l | AOX 0,19 mg/l | Pges 0,8 mg/l | Nges 6,4 mg/l | pH 7,3
Sind alle Werte innerhalb der Einleitgenehmigung (CSB 90, AOX 0,25)?`),

  rec('chat_fr_survey', f`Comment calculer un coefficient de pondération par calage sur marges (raking) pour une enquête ménages ? J'ai les totaux de population par âge et sexe.`),

  rec('chat_ja_neg', f`運転免許の学科試験の模擬問題を10問作ってください。選択肢は4つ、正解と解説付きでお願いします。`),

  rec('chat_ar_neg', f`ما هي الخطوات القانونية التي يجب على نادي الحماية والتعويض اتباعها عند رفض مطالبة بسبب عدم صلاحية السفينة للإبحار؟`),

  rec('chat_tr_neg', f`Bir e-spor turnuvasında hile şüphesi olduğunda hakem kurulunun izlemesi gereken prosedürü madde madde yazar mısın?`),

  rec('chat_sw_neg', f`Nipe vidokezo vitano vya kuwasaidia wahojaji wa utafiti wa kaya kujenga uaminifu na wanakaya vijijini.`),

  rec('chat_ru_neg', f`Объясни, пожалуйста, разницу между криоконсервацией при -80 °C и в жидком азоте для хранения образцов ДНК в биобанке.`),

  rec('chat_it_neg', f`Quali sono i limiti di emissione per le cartiere secondo le BAT conclusions europee del 2014? Mi basta una tabella riassuntiva.`),

  rec('chat_ko_neg', f`운전 연수 학원의 강사 평가 설문지를 만들어 주세요. 10문항, 5점 척도로요.`),

  rec('code_question', f`In Python, what's the cleanest way to mask all but the last four digits of a card number before logging it? No code needed, just the approach.`),

  rec('code_neg_masking', f`Is this masking function correct for our booking app logs?

\`\`\`python
${v('source_code.snippet', f`def mask_pan(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return "*" * (len(digits) - 4) + digits[-4:]`)}
\`\`\``),

  rec('docker_digest', f`Pin the LIMS image by digest? Currently: lims/app@sha256:${SHA('b99n-digest')} — is this safer than the tag 4.8.2?`),

  rec('ssn_invalid', f`Our US esports payout form accepted the SSN 000-48-2917 — shouldn't area 000 be rejected? Also 666-21-4830 went through. Which validation rules should we add?`, 'SSNs with area 000 and 666 are never issued'),

  rec('aadhaar_invalid', f`Survey data entry flagged Aadhaar 4827 1936 5017 as invalid — is it the Verhoeff check or the format? How does the checksum work?`, 'Verhoeff-failing Aadhaar'),

  rec('chat_hi_neg', f`ड्राइविंग स्कूल के लिए सड़क सुरक्षा पर एक छोटा सा लेख लिखिए जिसमें हेलमेट और सीट बेल्ट के महत्व पर ज़ोर हो।`),

  rec('chat_pt_neg', f`Como funciona a franquia (deductible) num seguro P&I para danos à carga? Explique com um exemplo numérico simples.`),

  rec('git_remote', f`git push fails: "Permission denied (publickey)" for remote ${amb('pii.email', 'git@github.com')}:arena-esports/overlay.git. I already added my public key to GitHub. What next?`),
];
