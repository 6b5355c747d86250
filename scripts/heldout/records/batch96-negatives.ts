/**
 * Held-out batch 96: hard negatives — placeholders, test keys, masked and check-failing numbers,
 * identifiers, hashes and casual uses of "confidential" from the same six workplaces. Unlabelled
 * apart from ambiguous spans. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit, verhoeffCheckDigit } from '../../corpus/checksums';
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);
/** A card-shaped number whose last digit is deliberately wrong. */
const badCard = (p: string): string => p + String((luhnCheckDigit(p) + 3) % 10);
/** An IBAN with deliberately wrong check digits. */
const badIban = (cc: string, bban: string): string => {
  const good = Number(ibanCheckDigits(cc, bban));
  return cc + String(good === 97 ? 2 : good + 1).padStart(2, '0') + bban;
};
const badAadhaar = (p11: string): string => {
  const d = p11 + String((verhoeffCheckDigit(p11) + 4) % 10);
  return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`;
};

const SK_TEST = tok('sk_', 'test_', '51', fill('b96n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b96n-pklive', B62, 97));
const PUB = pem('PUBLIC KEY', 'b96n-pub', 294);
const CERT = pem('CERTIFICATE', 'b96n-cert', 820);
const BCRYPT = tok('$2b$12$', fill('b96n-bcrypt', B62 + './', 53));
const SHA = fill('b96n-sha', HEX, 64);
const GITSHA = fill('b96n-git', HEX, 40);
const DIGEST = fill('b96n-digest', HEX, 64);
const PNG = b64Bytes('b96n-png', 180);

export const BATCH96_NEGATIVES: DraftRecord[] = [
  rec('chat', f`Hola, en el entorno de pruebas de cobros usamos ${SK_TEST}. ¿Puedo simular un pago rechazado por fondos insuficientes con esa clave sin tocar producción?`),

  rec('html', f`The student housing checkout page has this in the HTML, our security scanner flagged it — is it a leak?

<script src="https://js.stripe.com/v3/"></script>
<script>const stripe = Stripe('${PK_LIVE}');</script>`),

  rec('env_example', f`Kannst du mir eine README-Sektion für diese .env.example schreiben?

${cfg(f`# Historian-Export — Beispielkonfiguration
HISTORIAN_DB_URL=postgresql://USER:PASSWORD@HOST:5432/scada_hist
OPC_ENDPOINT=opc.tcp://<plc-host>:4840
SENDGRID_API_KEY=<your-sendgrid-key>
EXPORT_INTERVAL_MIN=15`)}`),

  rec('helm', f`Is it fine to keep these values in git? The real ones come from the sealed secret.

${cfg(f`licensingPortal:
  db:
    user: "{{ .Values.db.user }}"
    password: "{{ .Values.db.password }}"
  stripe:
    secretKey: \${STRIPE_SECRET_KEY}
  sentryDsn: ""`)}`),

  rec('csv', f`Olá, quero somar os valores por bandeira neste extrato da clínica:

data;bandeira;cartão;valor
2025-02-03;VISA;**** **** **** 4471;1.850,00
2025-02-03;MASTER;5482 **** **** 9013;720,00
2025-02-04;ELO;6504 87** **** 2210;3.200,00
2025-02-05;VISA;XXXX-XXXX-XXXX-1186;455,00`),

  rec('chat', f`The card-validation unit test should fail for this number, but I want to be sure it's really invalid and not just a typo: ${badCard('453917620481735')}. Can you walk me through the Luhn check by hand?`),

  rec('chat', f`Hallo, der Bankimport lehnt diese IBAN ab: ${badIban('DE', '37040044' + '0532013000')}. Der Kunde schwört, dass sie stimmt. Wie rechne ich die Prüfziffer nach?`),

  rec('chat', f`आधार नंबर वेरिफिकेशन फेल हो रहा है: ${badAadhaar('73918264051')}. क्या आप समझा सकते हैं कि Verhoeff checksum कैसे काम करता है? मुझे लगता है रिसेप्शन पर टाइपिंग में गलती हुई।`),

  rec('chat', f`Our form validator accepts SSNs like 900-12-3456 and 000-48-1192 — those can't be issued, right? What regex should we use to reject area 000, 666 and 900–999?`),

  rec('chat', f`Hi, in the NI-number field our student-housing form rejects "QQ 12 34 56 C". The applicant says it's from a sample letter. Which prefixes are never issued?`),

  rec('log', f`Dzień dobry, co oznaczają te wpisy? To z aplikacji do wynajmu maszyn.

2025-03-14 07:12:44.218 INFO  reservation.created id=7f3c9a12-4b8e-4d21-9c6a-2e5f81b0d743 unit=EXC-0421 branch=WAW-03
2025-03-14 07:12:44.902 INFO  contract.pdf.rendered sha256=${SHA}
2025-03-14 07:13:02.117 WARN  telematics.stale unit=EXC-0421 last_seen=2025-03-13T22:40:11Z`),

  rec('chat', f`Can you explain this Dockerfile line? FROM python:3.12-slim@sha256:${DIGEST} — why pin by digest instead of tag for the SCADA exporter image?`),

  rec('chat', f`Ahoj, po rebase mám v historii commit ${GITSHA}, který jsem nechtěl. Jak ho odstranit, když už je pushnutý na větev feature/odecty-export?`),

  rec('chat', f`Hi, I'm writing the onboarding guide for the clinic's reception. Please explain in simple words why staff should never share their password, even with IT, and how to spot phishing emails. No real examples needed.`),

  rec('chat', f`¿Qué diferencia hay entre "confidencial" y "reservado" en las políticas de clasificación de información de una empresa de agua? Estoy redactando un procedimiento y quiero definir bien las categorías.`),

  rec('chat', f`I'm confident the meter readings are correct this time — can you double-check my formula for the monthly average? =AVERAGEIFS(C:C, A:A, ">="&DATE(2025,3,1), A:A, "<"&DATE(2025,4,1))`),

  rec('chat', f`Bonjour, je cherche un modèle d'accord de confidentialité (NDA) pour un distributeur de films au Liban. Pouvez-vous proposer une structure type, sans données réelles ?`),

  rec('chat', f`Je, "confidential computing" inafaa kwa mfumo wetu wa malipo ya maji? Nimesoma kuhusu Intel SGX na AMD SEV lakini sielewi tofauti.`),

  rec('pem', f`Is this the right public key to put in the partner's JWKS for the royalty API? They asked for PEM.

${PUB}`),

  rec('pem', f`Hej, er det her certifikat udløbet? Kollegieportalen viser en advarsel i browseren.

${CERT}`),

  rec('chat', f`Our old PHP housing portal stored passwords like this: ${amb('credential.password_assignment', BCRYPT)}. Is cost 12 still OK in 2025 or should we migrate to argon2id?`),

  rec('chat', f`Pumpstationen i Luleå tappar anslutningen till SCADA. PLC:n har ${ip('10.31.8.40')} och gatewayen ${ip('10.31.8.1')}. Kan det vara en ARP-konflikt?`),

  rec('chat', f`Customer asked which bank our payments go through; the SWIFT code on the invoice is ${amb('financial.swift_bic', 'DEUTDEFF')}. Is it OK to share that over the phone?`),

  rec('chat', f`Order numbers from the rental webshop look like RNT-2025-000481927 and our tracking numbers like 1Z 4F8 A92 03 1847 2957. Can you write a regex that captures both?`),

  rec('chat', f`Kan je deze ISBN's uit de bibliotheek van het studentenhuis valideren? 978-90-254-4711-8, 978-0-13-468599-1, 978-94-6298-112-3.`),

  rec('chat', f`Vid vårt vattenverk har mätarna serienummer som 2209-44871-03 och 2311-00542-17. Hur sorterar jag dem i Excel efter årtal (de fyra första siffrorna)?`),

  rec('package_lock', f`Why does npm ci complain about this lockfile entry?

${cfg(f`"node_modules/react": {
  "version": "18.2.0",
  "resolved": "https://registry.npmjs.org/react/-/react-18.2.0.tgz",
  "integrity": "sha512-${fill('b96n-integ', B62, 86)}==",
  "dependencies": { "loose-envify": "^1.1.0" }
}`)}`),

  rec('chat', f`Hei, kan du forklara kva @scope/pkg betyr i npm, og kvifor vi har både @studentbustad/ui og react@18.2.0 i package.json?`),

  rec('chat', f`هل يمكنك شرح الفرق بين UUID v4 و v7؟ نستخدم 3b1f6c2e-8d47-4a95-b0e3-71c2d9f4a806 كمعرّف للصفقات في نظام التسويات ونفكر بالتغيير.`),

  rec('svg', f`Can you make this icon for the water-outage map smaller?

<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M12 2.69l5.66 5.66a8 8 0 1 1-11.31 0z" fill="#1e88e5"/><path d="M8.5 14.5a3.5 3.5 0 0 0 3.5 3.5" stroke="#fff" stroke-width="1.5" fill="none"/></svg>`),

  rec('html', f`The logo on the housing newsletter doesn't show in Outlook:

<img alt="logo" src="data:image/png;base64,${PNG}" width="120">`),

  rec('chat', f`Ciao, nel contratto di licenza c'è scritto "le parti si impegnano a mantenere riservate le condizioni economiche". Significa che non posso citare il titolo del film in una presentazione interna?`),

  rec('chat', f`お客様から「電話番号 03-0000-0000 に折り返して」と言われましたが、番号として正しいですか？ 建機レンタルの受付システムが受け付けません。`),

  rec('chat', f`Selamat pagi, nomor meteran air pelanggan kami berformat 0012-4471-889 dan nomor sambungan 31.05.2209. Bagaimana saya memisahkan kode wilayah dari nomor sambungan di Excel?`),

  rec('chat', f`Γεια, η ημερομηνία λήξης της σύμβασης μίσθωσης είναι 31/08/2026 και η έναρξη 01/09/2025. Πόσοι μήνες είναι μαζί με τον Αύγουστο;`),

  rec('chat', f`Tere, kas oskad selgitada, mida tähendab versioon 4.12.0-rc.3+build.2291 meie SCADA tarkvara väljalaskemärkmetes?`),

  rec('chat', f`Hi, for the embryology lab's audit we need to list software versions: incubator firmware v2.8.14, LIMS 11.4.2 (build 20250211), Windows 10 22H2 19045.5487. Can you format this as a table?`),

  rec('chat', f`Kuna mapendekezo ya kutumia "YOUR_API_KEY" kwenye nyaraka badala ya ufunguo halisi — je, nifanyeje katika README ya API ya malipo ya maji? Mfano: Authorization: Bearer YOUR_API_KEY`),

  rec('curl', f`Why does this return 400? I left the token as a placeholder on purpose.

${cfg(f`curl -X POST https://api.rental-fleet.example/v1/units \\
  -H "Authorization: Bearer <TOKEN>" \\
  -H "Content-Type: application/json" \\
  -d '{"tag": "EXC-0421", "yard": "KRK-02"}'`)}`),

  rec('chat', f`ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx — this is what our docs show for the deploy token. Is there a better convention for placeholders so secret scanners don't complain?`),

  rec('chat', f`Salam, icarə şirkətinin qiymət cədvəlində "****" ilə gizlədilmiş sahələr var (məs. müştəri kartı **** 5521). Onları Excel-də necə göstərməyim ki, tam nömrə görünməsin?`),

  rec('chat', f`Gift vouchers for the student-housing café have 16-digit codes like ${badCard('603918274650132')}. Our POS treats them as cards and rejects them. Can we change the prefix?`),

  rec('chat', f`Здравствуйте, сколько знаков в номере лицевого счёта по воде? У нас формат 2205-003187-41, а в новой системе поле только на 12 цифр.`),

  rec('chat', f`Ẹ kú àárọ̀, ṣé o lè ṣàlàyé bí a ṣe ń ka iye omi tí ilé kan lò láti inú mita? Mita wa fihan 004871.3 m³ ní oṣù yìí àti 004812.9 ní oṣù tó kọjá.`),

  rec('chat', f`Hello, the IVF success-rate report says "AMH 2.1 ng/mL, FSH 6.4 IU/L, E2 182 pg/mL" — can you explain these values simply for a patient brochure? No patient data involved.`),

  rec('chat', f`Kia ora, he aha te tikanga o te kupu "confidential" i roto i tētahi kirimana rīhi whare ākonga? He kōrero noa tēnei, kāore he kirimana tūturu.`),

  rec('chat', f`Can you make a mock Stripe webhook payload for our tests? Use obviously fake values like evt_test_123 and cus_TESTCUSTOMER, and card last4 4242 only.`),
];
