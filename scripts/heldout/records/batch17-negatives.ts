/**
 * Held-out batch 17: hard negatives from clinics, freight, city work, a game studio and shops —
 * text that looks sensitive and is not (tests/corpus/README.md, "Decisions on negatives").
 * Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 40);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b17n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b17n-pklive', B62, 97));
const CERT = pem('CERTIFICATE', 'b17n-cert', 890);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAA${fill('b17n-png', B64, 220)}`;
const PUBKEY = `ssh-ed25519 ${b64Bytes('b17n-edpub', 51)} dispatch@rtm-laptop-07`;

export const BATCH17_NEGATIVES: DraftRecord[] = [
  rec('chat', f`Which of these containers are still at the terminal? MSCU 719284 8, CMAU 302918 9, HLXU 871203 0 and OOLU 618273 8. The yard list shows only the first two, the last two were gated out on 29/11 per the EIR.`),

  rec('chat_de', f`Kannst du mir sagen, ob die Zolltarifnummern passen? Heizlüfter 8516.29.91, Wasserkocher 8516.71.00, Toaster 8516.72.00, Ersatzteile 8516.90.00. Ursprungsland China, Präferenznachweis keiner.`),

  rec('recall', f`Please summarise this recall notice for the ward pharmacists:

Product: Heparin sodium 5,000 IU/ml, 5 ml vials
Affected lots: 4K82917B (exp 03/2026), 4K83104A (exp 04/2026), 4L01288C (exp 06/2026)
GTIN: 8690482917303
Action: quarantine stock, return via wholesaler by 20 December. No patient action required.`),

  rec('ticket', f`Helpdesk ticket INC0084129 was merged into INC0084117 but the SLA clock restarted. Ticket sys_id 3f8a9c21d47e4b6a9e12c0f57b83d9a4, assignment group "EUS Rotterdam". Is that expected ServiceNow behaviour?`),

  rec('build_log', f`${amb('source_code.snippet', f`[build] Lantern Moss 0.9.14 (Unity 2022.3.45f1, IL2CPP, x86_64)
[build] commit ${GIT('b17n-git1')} on branch release/0.9
[build] addressables catalog hash ${SHA('b17n-cat')}
[upload] depot 2719341 manifest 7391048265173920461 — 1.82 GB
[upload] done in 412 s`)}

Why does the depot upload take 7 min when only 40 MB changed?`),

  rec('tutorial', f`I'm following the AWS tutorial for the data lake and it says to put this in ~/.aws/credentials:

aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

Do I replace both with the keys from IAM or only the second one?`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example — Lantern Moss backend
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/lantern
STEAM_WEB_API_KEY=YOUR_API_KEY
DISCORD_BOT_TOKEN=<paste-bot-token>
SENTRY_DSN=
JWT_SECRET=\${JWT_SECRET}`)}

write a short section for the README explaining how to get each value`),

  rec('receipt', f`Traduce este ticket al inglés para la nota de gastos:

PINEWICK STORE VALENCIA · C/ Colón 22
Ticket 0014-2024-118273   03/12/2024 18:42
1x Chaqueta impermeable   89,95
1x Gorro lana             19,95
TOTAL                    109,90 EUR
VISA ************4417  AUT 482917  CONTACTLESS`),

  rec('chat', f`Dev question: the webshop checkout test passes with ${amb('financial.payment_card', '4242 4242 4242 4242')} but which test card do I use to simulate a 3DS challenge in Stripe's test mode? Our .env.test has STRIPE_SECRET_KEY=${STRIPE_TEST}.`, 'Stripe test card and test key'),

  rec('chat', f`A supplier sent this IBAN and our bank rejected it: DE67 7605 0101 8273 9461 51. Can you tell me if it's a typo or a fake? I compared with last year's invoice and the last digit differs.`, 'IBAN with wrong check digits'),

  rec('chat', f`Customer says his card 4829 1736 1028 4756 was charged twice at the Graz store, but our POS can't find that number at all. Could he be reading the card wrong? The terminal slip shows **** 4756.`, 'Luhn-failing number'),

  rec('form_template', f`Please translate this blank patient registration form into Arabic and Turkish, keep the layout:

Surname: ______________   First name: ______________
Date of birth: __ / __ / ____
NHS number: ___ ___ ____
Phone: +44 (0) ____ ______
Next of kin: ______________`),

  rec('chat', f`Tracking for the pallet to Lyon: DHL Freight 4829173610, UPS 1Z 82X 94Y 68 4821 9370 for the samples, and the FedEx one is 7719 4820 1736. None of them show movement since Friday — what should I ask the carriers?`),

  rec('chat_ja', f`出荷指示書の番号の意味を教えてください：受注番号 SO-2024-118273、出荷番号 8001294731、ロット番号 L24K0917、JANコード 4928173640518 ではなく 4912345678904 が正しいそうです。どちらが商品コードですか？`),

  rec('chat', f`For the appointment-reminder template, can you format dates like "Tuesday 17 December 2024, 09:40" instead of 2024-12-17T09:40:00+01:00? Admission dates in the discharge letter should use 17/12/2024.`),

  rec('chat', f`I'm confident the new triage flow is better, but how do I present it to the board without overselling? Key numbers: median door-to-doctor time 74 → 52 min, left-without-being-seen 6.1% → 3.8%.`),

  rec('chat', f`Can you give me a confidentiality agreement template for a freelance level designer? Should cover game design documents, unreleased builds and the usual exceptions (public domain, prior knowledge).`),

  rec('chat_fr', f`Dans notre hôpital on parle de "secret médical" et de "secret professionnel" — quelle est la différence exactement ? C'est pour une formation des nouveaux internes.`),

  rec('chat', f`Our Discord server IDs for the bot config: guild 1183920471629384710, #announcements 1209384716253947102, #patch-notes 1174829301746285938. Are those safe to put in a public GitHub repo?`, 'Discord snowflake ids: identifiers, not secrets'),

  rec('cert', f`Customer portal shows "certificate chain incomplete". This is what the city's IT gave us as the intermediate, where does it go in the nginx config?

${CERT}`),

  rec('chat', f`added my public key to the SFTP server at the customs broker, they say they need the fingerprint too. key:
${PUBKEY}
how do I get the SHA256 fingerprint on Windows?`),

  rec('css', f`${amb('source_code.snippet', f`.store-logo {
  width: 120px;
  height: 40px;
  background-image: url("data:image/png;base64,${PNG_B64}");
}`)}
logo looks pixelated on the new 4K screens in the shops, fix?`),

  rec('chat', f`Stripe dashboard shows our publishable key ${PK_LIVE} in the page source of the webshop — a customer emailed worried that it's a leak. Is it?`, 'publishable key: public by design'),

  rec('chat_hi_en', f`Bhai train ka PNR 4829173610 hai, coach B2 seat 41, Pune se Delhi. Kal ka meeting 11 baje hai, agar train late hui toh main call pe join karunga. Ticket amount 2,845 rupees reimbursement form me dalna hai.`),

  rec('chat_tr', f`Gümrük beyannamesinde GTİP kodu 6403.99.98.00.00 yazıyor, ama tedarikçi 6403.91.98.00.00 diyor. Spor ayakkabı için hangisi doğru? Beyanname no 24341300EX00482917.`),

  rec('chat_ar', f`أريد تقريراً مختصراً عن الشحنة: رقم الحاوية MSCU 719284 8، رقم بوليصة الشحن MEDUJA482917، الوزن 24,300 كغ، تاريخ الوصول المتوقع إلى جبل علي 18/12/2024. اكتبه بالعربية.`),

  rec('chat', f`Crash reports from the Switch build all have the same top frame: 0x00007FF6A1B2C3D4 in LanternMoss.exe+0x1B2C3D4, exception 0xC0000005. Module version 0.9.14.2207. What does access violation at that kind of address usually mean in Unity IL2CPP?`),

  rec('chat', f`The scanners in the Venlo DC have MAC addresses 00:1B:44:11:3A:B7 and 00:1B:44:11:3A:C2 and firmware 10.4.2.118. Vendor says to upgrade to 10.4.3.7. Write a change request for the maintenance window.`),

  rec('chat_de', f`Bitte als E-Mail an die Stadt formulieren: Unsere Umsatzsteuer-ID ist DE283947201, Gewerbeanmeldung vom 04.05.2016, Handelsregister HRB 48291 B, Amtsgericht Charlottenburg. Die Rechnung Nr. 2024-1187 bezieht sich auf Los 3 der Ausschreibung 2024/S 118-382917.`, 'company VAT and register numbers, procurement notice id'),

  rec('chat', f`Reminder for the ward: the Wi-Fi password is on the laminated card at the nurses' station, don't write it on the whiteboard. Can you make that sound friendlier?`),

  rec('chat_pl', f`Hasło do skanera zmieniło się, nowe jest w KeePassie w folderze "Magazyn B". Napisz krótką wiadomość do zmiany nocnej, żeby nie dzwonili do IT w nocy.`),

  rec('k8s', f`${amb('source_code.snippet', f`env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: wms-db
        key: password
  - name: CARRIER_API_KEY
    valueFrom:
      secretKeyRef: { name: carrier-api, key: api-key }`)}

the pod says CARRIER_API_KEY is empty although the secret exists, namespace issue?`),

  rec('masked', f`Bank app shows: "SEPA-Lastschrift FR** **** **** **** **** ***1 748, Mandat PINEWICK-LYON-2291, 1.240,00 €". Which franchise fee is that? Lyon pays quarterly, Graz monthly.`),

  rec('chat', f`Our loyalty card numbers look like 6035 1149 2817 3305 and the new POS refuses them as "invalid card". They're not payment cards — how do I tell the POS to skip the Luhn check for that BIN range?`, 'loyalty-card number, Luhn-failing'),

  rec('chat_es', f`Hola, el aviso de la paciente dice "NHC 00482917, cama 312B, ingreso 02/12/2024, alta prevista 06/12/2024". ¿Qué significa NHC? Soy nueva en la planta.`),

  rec('chat', f`ICD-10 coding question: patient with type 2 diabetes without complications (E11.9), essential hypertension (I10) and CKD stage 3a (N18.31). Is the order of the codes on the claim important?`),

  rec('chat', f`Kassel warehouse KPIs for the slide: picks/hour 142.6, order lines 18,402, mis-picks 0.31%, dock-to-stock 4.2 h. Compare to last month: 138.9, 17,771, 0.44%, 5.1 h.`),

  rec('chat', f`Uuids in the city permits export keep changing between runs: 7c1e4a92-3f58-4d06-b8e1-92a7c4d03f15 becomes 2b9f6e04-81c3-4a7d-9e52-f0c83a1d6b47 for the same application. Is Postgres gen_random_uuid() the wrong choice for a stable id?`),

  rec('chat', f`Our ERP shows the password hash algorithm for store managers as "PBKDF2-SHA256, 600000 iterations". Is that still OK in 2025 or should we move to argon2id?`),

  rec('chat_sv', f`Kan du förklara skillnaden mellan artikelnummer 100482917 och EAN 7613034829177 i vår kassalista? Butiken i Göteborg säger att kassan visar fel pris på vinterjackan.`),

  rec('docs', f`## Local setup

1. Copy \`config.sample.yml\` to \`config.yml\`.
2. Set \`api_key: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"\` to your personal key from the developer portal.
3. Database: \`mysql://root:<password>@127.0.0.1:3306/pos_dev\`.
4. Never commit \`config.yml\`.`),

  rec('chat', f`Which phone format should the driver app accept? Right now it rejects "+49 (0) 170 000 0000" from the placeholder text and I'm not sure if that's even valid.`),

  rec('chat_it', f`Il lotto di produzione 24-118-B ha il numero di serie SN-2024-0048291 e scade il 31/03/2026. Devo inserirli nel registro HACCP del negozio di Verona: quali campi sono obbligatori?`),

  rec('git', f`merge conflict in the quest scripts, git says:
CONFLICT (content): Merge conflict in Assets/Quests/moss_keeper.lua
Automatic merge failed; fix conflicts and then commit the result.
HEAD is at ${GIT('b17n-git2').slice(0, 7)}, theirs is ${GIT('b17n-git3').slice(0, 7)}. How do I keep both versions of the dialogue table?`),

  rec('chat', f`For the audit: list the "top secret" recipe items in our franchise manual? No — I mean the marketing term "Secret Menu" that the Lisbon store uses on its chalkboard. Is it OK to use that name in the other countries?`),
];
