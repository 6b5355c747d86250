/**
 * Held-out batch 131: hard negatives from the six organisations — placeholders, test keys, masked or
 * check-digit-failing numbers, logistics and customs references, measurements, hashes and casual uses
 * of "confidential" / "password" / "secret", in many languages (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { luhnCheckDigit, verhoeffCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const ip = (s: string) => amb('pii.ip_address', s);
/** A card-shaped number whose last digit is deliberately wrong (fails Luhn). */
const badCard = (payload: string): string => payload + ((luhnCheckDigit(payload) + 5) % 10);
/** An Aadhaar-shaped number with a wrong Verhoeff digit. */
const badAadhaar = (p: string): string => {
  const d = p + ((verhoeffCheckDigit(p) + 3) % 10);
  return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`;
};
const SHA = (seed: string) => fill(seed, HEX, 64);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b131n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b131n-pklive', B62, 97));
const PUB_PEM = pem('PUBLIC KEY', 'b131n-pub', 294);
const CERT = pem('CERTIFICATE', 'b131n-cert', 820);
const BCRYPT = tok('$2b$12$', fill('b131n-bcrypt', B62 + './', 53));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${fill('b131n-png', B64, 160)}`;

export const BATCH131_NEGATIVES: DraftRecord[] = [
  rec('env_example', f`${amb('source_code.snippet', f`# .env.example – Pylonix inspection uploader
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
MAPBOX_TOKEN=<your-mapbox-secret-token>
SENTRY_DSN=
DB_PASSWORD=changeme`)}

Schreib mir bitte eine README-Sektion, die jede Variable erklärt.`),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.test – clinic booking, test mode only
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
TWILIO_AUTH_TOKEN=\${TWILIO_AUTH_TOKEN}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/molars_test`)}

¿Está bien que la clave publicable sea la de producción en el entorno de pruebas?`),

  rec('receipt_es', f`Recibo – Clínica Dental Infantil Dientecitos
Fecha: 03/12/2024
Concepto: sellador de fosetas (x4) y aplicación de flúor
Pagado con: Visa •••• 5826
Autorización: 048213 · Referencia: TPV-7739182
Total: $2,180.00 MXN

Tradúcelo al inglés para la aseguradora del papá.`),

  rec('customs_de', f`Kannst du mir den Status zusammenfassen?
MRN: 24DE482917360512A8
EORI des Empfängers: DE4829173
Container: MSKU 739182 6, Plombe 0048291
Warennummer: 8507 60 00 00 (Lithium-Ionen-Akkumulatoren)
B/L: MAEU241839275, ETA Hamburg KW 51`),

  rec('customs_en', f`AWB 176-48291736 arrived at LHR, CDS entry 24GB9K3MX7QP2R8TA1 is "awaiting documents". What does route 6 mean on the entry and how long does it usually take?`),

  rec('tracking_fr', f`Le colis de perruques pour l'Opéra est bloqué en douane. Numéro de suivi : 1Z 4X8 29F 68 1738 2914, référence commande OA-2024-0917, numéro de dossier douane 24FR000481917302. Que dois-je fournir ?`),

  rec('masked_card', f`Customer service macro for the clinics: "We've received your payment of £45.00 from the card ending 4417 (${'**** **** **** 4417'}). A receipt has been sent to your email address on file." Make it friendlier for parents.`),

  rec('luhn_fail', f`Un parent a écrit le numéro de carte sur le formulaire papier mais le terminal le refuse : ${badCard('497010483927561')}. Est-ce une erreur de recopie ? Comment lui demander poliment de nous rappeler ?`, 'card-shaped number that fails Luhn'),

  rec('iban_bad', f`Der Lieferant für Kostümstoffe hat uns diese IBAN geschickt: DE12 5001 0517 0839 2641 73. Unser Banking sagt "Prüfziffer ungültig". Wie formuliere ich die Rückfrage?`, 'IBAN with wrong check digits'),

  rec('aadhaar_bad', f`Importer KYC form shows Aadhaar ${badAadhaar('48276193051')} and the portal rejects it as invalid. Is there a checksum on Aadhaar numbers, and how do I ask the client to re-check without sounding accusatory?`, 'Verhoeff-failing Aadhaar-shaped number'),

  rec('ssn_bad', f`Our clinic intake form template shows "SSN: 000-12-3456" as the example. A parent typed 666-48-2917 as a joke. Can you write validation rules (JS) that reject these?`, 'SSN area 000 and 666: invalid'),

  rec('test_cards', f`For the costume-hire checkout tests we use Stripe's ${amb('financial.payment_card', '4242 4242 4242 4242')} and the decline card ${amb('financial.payment_card', '4000 0000 0000 0002')}. How do I simulate a 3DS challenge?`, 'well-known test cards: ambiguous'),

  rec('fictional_phone', f`Write a sample SMS for the recycling app's onboarding screen, e.g. "Reminder: glass collection tomorrow. Questions? Call ${amb('pii.phone', '(415) 555-0147')}." We need a placeholder number that can't ring anyone.`, 'fictional 555-01xx number'),

  rec('ofcom_phone', f`Script for the helpline training role-play: the "caller" gives their number as ${amb('pii.phone', '07700 900417')} and asks to be called back. How should the volunteer respond, given our no-callback policy?`, 'Ofcom drama range: ambiguous'),

  rec('uuid', f`Delete these orphaned fitting sessions from Redis:
fit:3e9b7c21-4a5d-4f18-9c02-7b6e1d8a3f45
fit:a81f2d6c-0b3e-47a9-8d51-2c9e4f7b6a13
fit:5c4d9e8f-1a2b-4c3d-8e7f-6a5b4c3d2e1f`),

  rec('docker', f`Two images of the route optimiser, which one is prod?
ghcr.io/valtoria/route-opt:4.2.0@sha256:${SHA('b131n-d1')}
ghcr.io/valtoria/route-opt:4.2.1@sha256:${SHA('b131n-d2')}`),

  rec('versions', f`Die Drohnen-Firmware ist 07.01.20.03, die Fernsteuerung 04.02.1800 und die Pilot-App 2.8.11.4. Der Hersteller sagt, 07.01.20.03 ist inkompatibel mit 04.02.1800 — stimmt das laut Release Notes?`),

  rec('coords', f`Mast 212 steht laut GIS bei 47.3769, 8.5417, aber die Drohne zeigt 47.37702, 8.54158. Sind das 4 Meter Abweichung oder mehr? Und liegt das am RTK-Fix?`),

  rec('measurements_it', f`Scheda misure per la Tosca: petto 94, vita 76, fianchi 101, altezza 172, cavallo 79, piede 39. Corsetto taglia 42, 16 stecche, allacciatura posteriore. Mi fai un elenco dei materiali per la sarta?`),

  rec('hs_codes', f`¿Qué arancel aplica? Los clientes mezclan 8525.89.19 (cámaras térmicas), 8806.22.00 (drones de 250 g a 7 kg) y 9006.59.00. Necesito una tabla con descripción y % de derecho en la UE.`),

  rec('password_policy_de', f`Schreib einen kurzen Absatz für die Praxis-IT-Richtlinie: Passwörter mindestens 12 Zeichen, keine Wiederverwendung, Passwort-Manager verpflichtend, nie Passwörter per E-Mail oder Telefon herausgeben. Auf Screenshots steht "Passwort: ********" – das ist okay.`),

  rec('placeholder_pt', f`Modelo de e-mail de boas-vindas para voluntários:
"Olá {{nome}}, a sua conta foi criada. Utilizador: {{email}} · Palavra-passe temporária: <definida no primeiro acesso>. Qualquer dúvida, ligue para a coordenação."
Podes torná-lo mais caloroso?`),

  rec('secret_casual_it', f`La prima della Turandot è tra tre settimane e il costume di Calaf è ancora top secret: nemmeno il coro l'ha visto. Scrivi un post Instagram che crei curiosità senza svelare niente.`),

  rec('confidential_casual', f`Can you draft a confidentiality agreement template for costume-hire customers? They get access to our pattern archive, which we want them to treat as proprietary. UK law, plain English.`),

  rec('confidential_casual_es', f`Para la formación de voluntarios: ¿cómo explico qué significa "confidencialidad" en la línea de escucha? Quiero ejemplos de lo que sí y no se puede contar fuera del turno, sin usar casos reales.`),

  rec('confident_en', f`I'm confident the new night-shift pattern will reduce missed calls, but the volunteers aren't. Give me three talking points for Thursday's meeting.`),

  rec('confidential_ja', f`「機密保持契約」と「秘密保持契約」は同じ意味ですか？税関代理店との契約書でどちらを使うべきか教えてください。`),

  rec('secret_santa_ko', f`의상팀 연말 마니또(시크릿 산타) 공지문 써주세요. 예산은 2만 원, 교환은 12월 20일 리허설 후 분장실에서.`),

  rec('classification_q_zh', f`我们要给报关文件加保密等级，"秘密"、"机密"、"绝密"这三个等级在公司内部文件里一般怎么用？请举例说明，不用写具体内容。`),

  rec('form_template', f`Make this guardian consent form accessible (labels, error messages):

Child's name: ____________
Date of birth: DD/MM/YYYY
Parent phone: +44 (0) ____ ______
NHS number: ___ ___ ____
Email: ________________`),

  rec('docs_placeholder', f`## Notifications

Set \`SLACK_WEBHOOK_URL\` to your channel's webhook, e.g. \`https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\`.
For the database use \`postgresql://<user>:<password>@<host>:5432/rota\`. Never commit the real values.`),

  rec('gha_secrets', f`${amb('source_code.snippet', f`- name: Deploy rota app
  env:
    DATABASE_URL: \${{ secrets.DATABASE_URL }}
    OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}
  run: ./deploy.sh "\${{ github.ref_name }}"`)}

Darf ich im Deploy-Skript zum Debuggen \`env\` ausgeben?`),

  rec('public_key', f`Est-ce grave si ce fichier est dans le dépôt public ? C'est la clé publique de vérification des tokens du portail bénévoles :

${PUB_PEM}

et le certificat du serveur :

${CERT}`),

  rec('bcrypt', f`Our old rota app stores ${ambCat('credential', BCRYPT)} in a column called pwd. Is bcrypt cost 12 still fine or should we migrate to argon2id?`, 'password hash: ambiguous, no rule id'),

  rec('data_uri', f`Warum wird das Logo in der Abfall-App unscharf? <img src="data:image/png;base64,${PNG_B64}" width="32">`),

  rec('lockfile', f`${amb('source_code.snippet', f`"node_modules/zxing-wasm": {
  "version": "1.2.14",
  "resolved": "https://registry.npmjs.org/zxing-wasm/-/zxing-wasm-1.2.14.tgz",
  "integrity": "sha512-${fill('b131n-int', B64, 86)}=="
}`)}
npm ci fails with EINTEGRITY on this package, why?`),

  rec('ip_log_nl', f`${amb('source_code.snippet', f`2024-12-05 06:31:02 INFO sensor gateway ${ip('10.42.8.15')} connected, 184 bins reporting
2024-12-05 06:31:04 WARN sensor bin=GL-00482 fill=103% (clamped)`)}

Waarom meldt een glasbak meer dan 100%?`, 'only an IP address (ambiguous) and a sensor log'),

  rec('stats_ru', f`Сделай таблицу: за ноябрь вывезено 18 420 т ТКО, 2 915 т вторсырья, 61 маршрут, 4 782 контейнера, средняя загрузка 83,4 %. Номер отчёта 2024-11/ТКО-0417.`),

  rec('bank_ref_fi', f`Laskussa on viitenumero RF71 4829 1736 0051 8 ja eräpäivä 31.12. Pankkisovellus ei hyväksy välilyöntejä. Miten sen pitäisi kirjoittaa?`, 'ISO 11649 creditor reference, not an account'),

  rec('isbn_cs', f`${amb('source_code.snippet', f`isbn;nazev;ks
978-80-7363-482-5;Dějiny kostýmu;2
978-3-89790-482-9;Schnittmuster des Barock;1
978-0-500-29182-4;The Costume Technician's Handbook;3`)}
Spočítej cenu s DPH 12 %.`),

  rec('ticket_numbers_tr', f`Sipariş 4500291837, irsaliye 80048213, konteyner TGHU 482917 3, gümrük beyannamesi 24341300IM000912. Teslim tarihi 52. hafta. Bunları tablo yap.`),

  rec('nino_bad', f`A new volunteer wrote "NI number: TN 48 29 17 A" on the paper form — that's the temporary number format, isn't it? What should we put on the DBS application instead?`, 'TN prefix: not an issued NINO'),

  rec('bsn_bad', f`Een vrijwilliger vulde BSN 123456780 in op het formulier, maar het systeem zegt "ongeldig". Klopt het dat een BSN een elfproef heeft? Hoe leg ik dat vriendelijk uit?`, 'BSN failing the 11-test'),

  rec('chat_hi', f`स्वयंसेवकों की ट्रेनिंग के लिए एक छोटा नोट लिखो: कॉल करने वाले की गोपनीयता कैसे बनाए रखें, नोट्स कहाँ न लिखें, और शिफ्ट खत्म होने पर क्या करें। किसी असली केस का उदाहरण मत देना।`),

  rec('chat_th', f`ช่วยเขียนประกาศตารางเก็บขยะช่วงปีใหม่ให้หน่อย: ขยะทั่วไปงดเก็บวันที่ 31 ธ.ค. และ 1 ม.ค. ขยะรีไซเคิลเก็บตามปกติ สอบถามเพิ่มเติมที่สำนักงานเขต`),

  rec('chat_ar', f`أحتاج إلى قائمة بالمستندات المطلوبة للتخليص الجمركي لشحنة قطع غيار طائرات بدون طيار: فاتورة تجارية، قائمة تعبئة، بوليصة شحن، شهادة منشأ. هل نسيت شيئاً؟`),

  rec('chat_sv', f`Hur förklarar jag för föräldrar varför vi inte kan skicka röntgenbilder på barnens tänder via vanlig e-post? Kort och vänligt, gärna med en mening om GDPR.`),

  rec('chat_uk', f`Напиши, будь ласка, оголошення для волонтерів: зміна графіка нічних чергувань з 1 січня, тепер зміни по 4 години замість 6. Без імен.`),

  rec('chat_ka', f`დამეხმარეთ სამკერვალო სახელოსნოს ინვენტარის სიის თარგმნაში ინგლისურად: 40 მეტრი ხავერდი, 12 კორსეტი, 30 პარიკი, 8 ქუდი.`),
];
