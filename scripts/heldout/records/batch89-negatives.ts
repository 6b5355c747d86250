/**
 * Held-out batch 89: hard negatives — microchip and CAS numbers, feeder ids, loan and folio numbers,
 * timecodes, placeholders, test keys, failing check digits and casual "confidential" prose
 * (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b89n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b89n-pklive', B62, 97));
const PUB = pem('PUBLIC KEY', 'b89n-pub', 294);
const CERT = pem('CERTIFICATE', 'b89n-cert', 820);
const SHA = fill('b89n-sha', HEX, 64);
const GITSHA = fill('b89n-git', HEX, 40);
const BCRYPT = tok('$2b$12$', fill('b89n-bcrypt', B62 + './', 53));

export const BATCH89_NEGATIVES: DraftRecord[] = [
  rec('chat_es', f`El microchip de la tortuga es 941000024837291 (ISO 11784). ¿Cómo registro el chip en la base de datos nacional de animales de compañía? ¿Sirve para especies exóticas?`, 'animal microchip number, not a card'),

  rec('chat_en', f`What's the difference between CAS 75-09-2 (dichloromethane) and CAS 67-66-3 (chloroform) in terms of ADR packing group? Both ship under different UN numbers, UN1593 and UN1888.`),

  rec('chat_de', f`Störung auf Abgang F-112, Schaltfeld 07, Trafo T2 (110/20 kV). Zähler-Nr. 1ESY1161834920, Zählpunkt DE0001234500000000000000000482917. Wie formuliere ich die Störungsmeldung an den Netzbetreiber?`, 'meter and metering-point ids'),

  rec('chat_en', f`Borrower's loan number is CLP-4471-0093-22 and the servicing account is 8830291746. What does "capitalized interest" mean on her statement? Explain it simply.`, 'loan and servicing account references without bank context'),

  rec('chat_es_mx', f`El folio del acta de matrimonio es 09-015-2024-003817 y el CURP del sistema aparece como "no disponible". ¿Qué documento necesito para corregir un error de dedo en el apellido?`),

  rec('chat_fr', f`Le timecode de début de l'interview est 01:02:37:14 et la fin 01:19:58:02 à 25 i/s. Combien de minutes ça fait ? Le numéro ISAN du film est 0000-0003-A8D2-0000-Z-0000-0000-6.`),

  rec('env_file', f`Template for new hires, is this fine to commit?

${amb('source_code.snippet', `# .env.example — copy to .env and fill in
DB_HOST=localhost
DB_USER=citas_app
DB_PASSWORD=<your-password>
AWS_ACCESS_KEY_ID=YOUR_ACCESS_KEY_ID
AWS_SECRET_ACCESS_KEY=YOUR_SECRET_ACCESS_KEY
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=\${TWILIO_AUTH_TOKEN}`)}`),

  rec('chat_pl', f`W teście integracyjnym używam klucza ${STRIPE_TEST} — czy mogę go zostawić w repozytorium? To tylko tryb testowy Stripe.`),

  rec('code_js', f`Is it OK that the publishable key is in the frontend bundle of our vet booking site?

${v('source_code.snippet', f`const stripe = Stripe("${PK_LIVE}");
const elements = stripe.elements();
elements.create("card").mount("#card-element");`)}`),

  rec('chat_it', f`Sul gestionale la carta del cliente appare come **** **** **** 4417, scadenza 08/26. Posso chiedergli di confermare le ultime quattro cifre al telefono?`),

  rec('chat_en', f`The customer typed her card as 4539 2870 1164 3372 and the form said invalid. I think she mistyped one digit. How do I explain the Luhn check to her without being condescending?`, 'Luhn-failing card number'),

  rec('chat_nl', f`Klant gaf IBAN NL87 RABO 0318 4527 69 op voor de terugbetaling, maar onze software zegt dat het controlegetal niet klopt. Wat moet ik terugmailen?`, 'IBAN with wrong check digits'),

  rec('chat_en', f`Our test data generator produced SSN 900-12-4837 for a fake borrower. Is that a valid format for US SSNs or will the credit bureau reject it?`, 'SSN in the 9xx area: never issued'),

  rec('chat_sv', f`Vad betyder felkoden E_CONFIDENTIAL_FIELD_MISSING i vårt lånesystem? Den dyker upp när handläggaren sparar ett ärende utan sekretessmarkering.`),

  rec('chat_en', f`I'm confident the relay on feeder F-209 tripped because of a bird strike — the ward vet even identified the heron. How do I write that in the incident report without sounding unprofessional?`),

  rec('chat_en', f`Can you give me a template for a confidentiality agreement for interviewees in a documentary? Nothing specific, just the usual clauses.`),

  rec('chat_de', f`Was ist "Confidential Computing" und brauchen wir das für unsere Laborinformationssysteme? Kurze Erklärung bitte.`),

  rec('pem_public', f`Is this the right public key format for the SFTP server of the chemical archive?

${PUB}`),

  rec('cert', f`The registry portal's TLS certificate — when does it expire? I can't read the dates:

${CERT}`),

  rec('chat_en', f`Download checksum for the outage-map release v3.14.2: sha256 ${SHA}. Commit ${GITSHA}. How do I verify the file on Windows?`),

  rec('package_lock', f`npm ci fails on this lockfile entry, why?

${amb('source_code.snippet', `"node_modules/date-fns": {
  "version": "3.6.0",
  "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
  "integrity": "sha512-fRHTG8g/Gif+kSh50gaGEdToemgfj74aRX3swtiouboip5JDLAyDE9F11nHMIcvOaXeOC6D7SpNhi7uFyB7Uww==",
  "license": "MIT"
}`)}`),

  rec('chat_ru', f`Номер партии вакцины для рептилий: LOT 24B1187-03, годна до 2026-05-31. Срок хранения после вскрытия — 28 дней. Как это написать на этикетке?`),

  rec('chat_tr', f`Kargo takip numarası 1Z 7W8 41X 68 2049 3172 olan numune kutusu gümrükte bekliyor. İçinde tehlikeli madde yok, sadece pH tamponu. Ne yazmalıyım?`),

  rec('chat_ja', f`ISBN 978-4-06-519284-6 の爬虫類飼育の本を参考文献に載せたいです。APA形式でどう書けばいいですか？`),

  rec('chat_ko', f`비밀번호 정책을 정하고 있어요. 최소 12자, 대문자·숫자·특수문자 포함이 좋을까요, 아니면 passphrase 방식이 나을까요? 예시는 "correct horse battery staple" 같은 거요.`),

  rec('code_python', f`Why does this password check always fail?

${v('source_code.snippet', f`import bcrypt

def check(pw: str, stored: bytes) -> bool:
    return bcrypt.checkpw(pw.encode(), stored)

password = input("Password: ")
print(check(password, STORED_HASH))`)}`),

  rec('hash', f`Found this in the old registry DB dump, the column is "pw_hash": ${amb('credential.password_assignment', BCRYPT)}. Can we migrate these hashes to Argon2 without asking users to reset?`, 'bcrypt hash: ambiguous per conventions'),

  rec('k8s_yaml', f`Helm chart values for the outage map, is templating right?

${amb('source_code.snippet', `env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: {{ .Values.db.secretName }}
        key: password
  - name: MAPS_API_KEY
    value: "{{ .Values.maps.apiKey }}"`)}`),

  rec('chat_en', f`Docs say to set ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx as GITHUB_TOKEN in the subtitle repo's secrets. Where exactly do I put it in the repo settings?`),

  rec('chat_en', f`Grid frequency dipped to 49.82 Hz at 17:42:09 and the UFLS stage 1 threshold is 49.2 Hz. Outage ticket OUT-2024-118374. Was load shedding justified?`),

  rec('chat_uk', f`Номер свідоцтва про шлюб: серія І-БК № 482917, видане 14.06.2019. Як отримати дублікат, якщо оригінал загублено?`, 'certificate number and issue date, not a birth date'),

  rec('chat_ro', f`Ce înseamnă codul de eroare 0x80070005 la instalarea programului de gestiune a cabinetului veterinar? Versiunea 12.4.1.2203.`),

  rec('chat_hi', f`हमारे गोदाम में 200 लीटर के ड्रम का बैच नंबर QX440-2411-017 है। क्या इसे SDS के सेक्शन 1 में लिखना जरूरी है?`),

  rec('chat_ar', f`رقم الطلب ORD-2024-55812 ورقم الشحنة AWB 176-48291736. الشحنة فيها مواد كيميائية غير خطرة. كيف أكتب بوليصة الشحن؟`),

  rec('chat_en', f`Aadhaar 4837 2915 0631 was rejected by the UIDAI offline check for a new vet assistant. Could it be a typo? How do we ask politely?`, 'Verhoeff-failing Aadhaar'),

  rec('chat_en', f`HMRC says NI number NK 12 34 56 B isn't valid for our freelance camera operator. What prefixes are never issued?`, 'NINO with an unissued prefix'),

  rec('uuid', f`Log correlation: request 3f8b2c71-9e4d-4a16-b05c-7d2e81f93a40 failed at the registry gateway, trace id 7c41e9a2d08b4f6e. Which team owns the gateway?`),

  rec('chat_pt', f`Qual é a diferença entre a norma ISO 11784 e ISO 11785 para microchips de animais? O leitor da clínica não lê o chip 900 164 000 482 917 de uma iguana.`),

  rec('chat_es', f`Para el rodaje necesitamos el dron DJI Mavic 3 Pro, número de serie 1581F5FJD23AC00B47X0. ¿Qué permiso pide AESA para volar sobre un parque natural?`),

  rec('svg', f`Why won't this icon render in the outage map legend?

${amb('source_code.snippet', `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M13 2L3 14h7l-1 8 10-12h-7l1-8z" fill="#f5b301"/></svg>`)}`),

  rec('chat_fi', f`Lainanhakijan viitenumero on 11 22334 45566 ja eräpäivä 15.12.2024. Miten ohjeistan häntä maksamaan verkkopankissa?`, 'Finnish payment reference, not an account'),

  rec('chat_en', f`In the chemistry lab's inventory, what's a sensible naming scheme for bottles? We currently use QC-2024-11-0087 style ids with the CAS 7664-93-9 for sulfuric acid in a separate column.`),

  rec('chat_pl', f`Jak napisać w regulaminie biura USC, że dane w aktach stanu cywilnego są poufne? Chodzi mi o ogólne sformułowanie, nie o konkretny dokument.`),

  rec('chat_en', f`Placeholder connection string in our docs: postgres://USER:PASSWORD@HOST:5432/DBNAME — should I write it differently so people don't copy it verbatim?`),

  rec('chat_vi', f`Mã vận đơn 8827 3391 0042 và số hợp đồng HD-2024/0917 của nhà phân phối hóa chất. Tôi cần dịch sang tiếng Anh cho hải quan.`),

  rec('chat_xh', f`Molo, ndicela undincede ndibhale isaziso sokucima umbane eMthatha ngomhla wama-22 kuNovemba, ukusuka ngo-08:00 ukuya ku-16:00.`),

  rec('chat_zu', f`Sawubona, ngicela ungisize ngibhale umyalezo kubanikazi bezilwane: umtholampilo uzovalwa ngoLwesihlanu ngenxa yokuqeqeshwa kwabasebenzi.`),

  rec('chat_eo', f`Saluton! Ĉu vi povas traduki al Esperanto la anoncon pri la nova malferma horaro de la civila registrejo? Lundon ĝis vendredon, 8:30–15:00.`),
];
