/**
 * Held-out batch 87: hard negatives — text from the same six workplaces that looks sensitive and is
 * not (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous spans.
 * Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b87n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b87n-pklive', B62, 97));
const PUB_PEM = pem('PUBLIC KEY', 'b87n-pub', 294);
const CERT = pem('CERTIFICATE', 'b87n-cert', 820);
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const BCRYPT = tok('$2b$12$', fill('b87n-bcrypt', B62 + './', 53));
const SHA512CRYPT = tok('$6$', fill('b87n-s512salt', B62, 16), '$', fill('b87n-s512', B62 + './', 86));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${fill('b87n-png', B64, 160)}`;
const SSH_PUB = tok('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI', fill('b87n-sshpub', B64, 43));

export const BATCH87_NEGATIVES: DraftRecord[] = [
  rec('chat', f`Our car-sharing staging env uses ${STRIPE_TEST} for payouts and the web checkout has ${PK_LIVE} in the bundle. Is the pk_live one a problem to ship in JavaScript?`, 'Stripe test secret key and publishable key: negatives'),

  rec('env_example', f`Is this .env.example safe to commit for the milk-bank label service?

${amb('source_code.snippet', `NODE_ENV=development
DB_URL=postgres://USER:PASSWORD@HOST:5432/milkbank
TWILIO_ACCOUNT_SID=<your-account-sid>
TWILIO_AUTH_TOKEN=<your-auth-token>
OPENAI_API_KEY=YOUR_API_KEY
PRINTER_HOST=localhost`)}`),

  rec('helm_values', f`Helm chart for the CAD radio bridge, does the secret template look right?

${amb('source_code.snippet', `apiVersion: v1
kind: Secret
metadata:
  name: radio-bridge
type: Opaque
stringData:
  CAD_PASSWORD: {{ .Values.cad.password | quote }}
  VAULT_TOKEN: {{ .Values.vault.token | quote }}
  DB_PASSWORD: \${DB_PASSWORD}`)}`),

  rec('chat_es', f`La tarjeta de combustible de la flota de camiones mineros es la ${'7083 5012 9477 3180'} y el PIN lo tiene el jefe de taller. ¿Cómo redacto la política para que los conductores no la compartan?`, 'a fuel-card number that fails Luhn and is outside card issuer ranges: negative'),

  rec('chat', f`Guest says we charged "**** **** **** 4417" twice for trip TR-552910, the receipt shows card ending 4417, auth codes 0A1F22 and 0A1F97. How do I explain a pre-auth vs a capture?`),

  rec('form_template', f`Template for the host payout form — example values in grey:

IBAN: DE77 8060 3151 0038 3955 99 (example, not valid)
Account holder: Max Example
BIC: (optional)

Can you make the placeholder obviously fake?`, 'an IBAN with wrong check digits: negative'),

  rec('chat_hi', f`हमारे test data में आधार नंबर 7127 1132 3287 डाला है जो checksum फेल करता है, ताकि गलती से असली न लगे। क्या validation function इसे reject करेगा?`, 'a Verhoeff-failing Aadhaar-shaped number: negative'),

  rec('qa_note', f`QA fixtures for the payroll export: SSN 666-41-8227 and 912-48-2273 (both invalid on purpose), NI number QA 31 84 27 B (unissued prefix). Can you add one more invalid NHS number pattern?`, 'SSNs with area 666/9xx and an unissued NINO prefix: negatives'),

  rec('fixity', f`Fixity check failed for two masters after the migration. Manifest vs recomputed:

${amb('source_code.snippet', `sha256  ${SHA('b87n-fx1')}  RG-112/box04/0001.tif
sha256  ${SHA('b87n-fx2')}  RG-112/box04/0002.tif
sha256  ${SHA('b87n-fx3')}  RG-112/box04/0003.tif`)}

recomputed 0002.tif: ${SHA('b87n-fx4')}
Is it bit rot or did the vendor re-save the file?`),

  rec('git', f`Which commit broke the telematics parser? Bisect says ${GITSHA('b87n-git1')} is the first bad one, parent ${GITSHA('b87n-git2')} is fine. The diff only touches the Cargo.lock.`),

  rec('docker', f`The CAD map container on the backup site pulls a different image than prod even though both say 3.8.2:

prod:   registry.rds-nord.internal/cad-map@sha256:${SHA('b87n-dig1')}
backup: registry.rds-nord.internal/cad-map@sha256:${SHA('b87n-dig2')}`),

  rec('package_lock', f`npm ci fails with EINTEGRITY on the host dashboard:

${amb('source_code.snippet', `"node_modules/date-fns": {
  "version": "3.6.0",
  "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
  "integrity": "sha512-${fill('b87n-integ', B64, 86)}=="
}`)}`),

  rec('public_key', f`The scanning vendor sent their public key for encrypted deliveries. Where do I put it in GnuPG vs age? Here it is:

${PUB_PEM}

And their SFTP host key: ${SSH_PUB} scan-gw-01`),

  rec('cert', f`Is this certificate chain in the right order for the caller-location gateway? (only the leaf shown)

${CERT}`),

  rec('chat', f`Our old PHP reading-room app stored hashes like ${ambCat('credential', BCRYPT)} and the Linux box has ${ambCat('credential', SHA512CRYPT)} in /etc/shadow for the vendor account. Do we need to force resets after moving to SSO?`, 'password hashes: ambiguous, no rule id'),

  rec('chat', f`Dispatch test calls use the fictional number ${amb('pii.phone', '(312) 555-0147')} so the CAD doesn't page anyone. Can you write the test procedure?`, 'fictional 555-01xx number: ambiguous'),

  rec('chat', f`For the payment sandbox of the car-sharing app use ${amb('financial.payment_card', '4242 4242 4242 4242')}, any future expiry and any CVC. How do I simulate a 3DS challenge?`),

  rec('chat_fr', f`Le numéro de téléphone du producteur dans le registre est +225 07 08 45 12 — il manque des chiffres, non ? Comment corriger en masse les numéros ivoiriens à 8 chiffres vers le nouveau format à 10 ?`, 'a phone-shaped number libphonenumber rejects: negative'),

  rec('chat', f`Network diagram for the dispatch centre: CAD primary ${amb('pii.ip_address', '10.40.1.10')}, CAD standby ${amb('pii.ip_address', '10.40.2.10')}, radio gateway ${amb('pii.ip_address', '10.40.9.1')}. Should the standby be in a different VLAN?`),

  rec('telematics', f`Unit registration for the haul truck telematics box — which field is the IMEI?

Serial: HQT-797F-00412
IMEI: ${amb('financial.payment_card', '354827119062311')}
ICCID: 89462046041178226718
Firmware: 4.12.0-rc3
VIN/PIN: CAT0797FLSW400412`, 'an IMEI that passes Luhn in a card issuer range: ambiguous card'),

  rec('chat_it', f`Devo scrivere un accordo di riservatezza (confidentiality agreement) per il fornitore di scansione. Hai un modello generico in italiano? Niente dati reali, solo la struttura.`),

  rec('chat', f`Is Azure confidential computing worth it for the CAD database, or is encryption at rest enough? I'm confident the auditors will ask.`),

  rec('chat_de', f`Wie lange muss die Passwortrichtlinie für die Leitstelle mindestens sein? Aktuell: 12 Zeichen, Ablauf nach 90 Tagen, keine Wiederverwendung der letzten 5. Ist das noch BSI-konform?`),

  rec('shipping_en', f`Container MSKU 418227 3 with 24 t cocoa beans left San Pedro on 2 Nov, B/L SPDAMS2411028, booking 240918337. HS code 1801.00.00. EUDR due-diligence reference 24CI-DDS-00418227. Can you draft the arrival notice for the buyer in Amsterdam?`),

  rec('isbn', f`For the digitisation project report, cite these: ISBN 978-9988-2-1742-3 (catalogue) and ISSN 0018-2516. Also archive references FO 371/128433 and CAB 129/84. Harvard style please.`),

  rec('nicu_values', f`Help me turn these NICU observations into a growth chart comment: GA 29+3, BW 1310 g, day 7 weight 1255 g, HC 27.5 cm, length 38 cm. Apgar 5/7/8. Bili 182 µmol/L at 72 h. Donor milk lot DM-44-0193, pasteurised 2024-11-01.`),

  rec('chat', f`What's the difference between a gift card and a fuel card number format? Our mining fleet uses cards like 7083 50xx xxxx xxxx, and I want a regex for the form.`),

  rec('radio_codes', f`Explain to new dispatchers what these mean: "Code 3", "10-4", "TG 2001", ISSI 2418227, "Unit MED-7 status 6". Make a one-page cheat sheet.`),

  rec('timestamps', f`CAD log timestamps are off by an hour after DST: 2024-10-27T02:30:00+02:00 vs 2024-10-27T02:30:00+01:00, epoch 1729989000 vs 1729992600. Which one is right for the Vienna region?`),

  rec('uuid', f`The milk-bank app generates donor IDs as UUIDs, e.g. 3f8e2a41-9c7d-4b15-8e2f-0a6d1c7b9e34 and b71c9e20-5a48-4d3f-9b61-2e8f7a0c4d15. Should we switch to ULIDs for sorting?`),

  rec('data_uri', f`The archive's web viewer shows a broken icon, this is the src:

data:image/png;base64,${PNG_B64}

Is the base64 truncated?`),

  rec('chat_pt', f`Qual é a melhor forma de guardar palavras-passe de anfitriões? Pensamos em Argon2id com memória de 64 MB. A palavra-passe em si nunca deve aparecer nos logs, certo?`),

  rec('version', f`After upgrading the scanning vendor's SDK from 2.14.3 to 3.0.0-beta.2 and @ridepal/pricing@4.1.0 to react@18.3.1, the build breaks. Also the retina icons (2x) are missing from the bundle.`),

  rec('chat_tr', f`Sipariş numarası 2024-PO-55182, kargo takip numarası 1Z 4R8 E27 03 4182 2736. Parça teslim edilmedi, tedarikçiye nazik bir e-posta yazar mısın?`),

  rec('coordinates', f`Mine-site access points, please put them on a map: Gate A -30.7812, 121.4521; Gate B -30.7884, 121.4615; Explosives magazine -30.7950, 121.4702. Distances between them?`),

  rec('chat_sw', f`Nambari ya simu ya dharura Kenya ni 999 au 112, na ya zimamoto ni 911? Naomba uandike tangazo fupi kwa Kiswahili kwa wananchi kuhusu wakati wa kupiga simu hizi.`),

  rec('chat', f`Write a short explanation of the difference between donor milk and mother's own milk for parents on the NICU. No personal data, just general info, about 120 words.`),

  rec('csv_negative', f`Cocoa deliveries per society, please sum:

${amb('source_code.snippet', `society,bags,net_kg,grade,moisture
Asawinso,412,26368,G1,7.1
Wiawso,388,24832,G1,7.4
Bekwai,201,12864,G2,7.9`)}`),

  rec('masked_export', f`Payout export with masked data for the auditors — is the masking enough?

${amb('source_code.snippet', `host_id,iban_masked,card_last4,email_hash
H-20417,NL** **** **** **82 45,4160,${SHA('b87n-eh1')}
H-20533,BE** **** **** 2591,7076,${SHA('b87n-eh2')}`)}`),

  rec('chat_ru', f`Как настроить политику паролей для учётных записей диспетчеров в Active Directory: минимум 14 символов, блокировка после 5 попыток? Пароли сами не нужны, только настройки GPO.`),

  rec('chat_nl', f`In de handleiding van de couveuse staat "standaard servicewachtwoord: zie pagina 42 van de servicehandleiding". Moeten we dat wachtwoord wijzigen voordat het apparaat op het netwerk gaat?`),

  rec('chat', f`The CAD vendor's docs show an example access key AKIAIOSFODNN7EXAMPLE for the S3 export — do we replace it with our own key in the config, or use an instance role?`, 'AWS documentation key id: negative'),

  rec('chat_ja', f`アーカイブのデジタル化の進捗を報告したいです。今月は 18,420 枚スキャン、品質チェック不合格 214 枚、再スキャン予定日は 2024年12月3日。報告書の形式で書いてください。`),

  rec('chat_el', f`Πώς γράφω στο πρόγραμμα αποστολής ότι ο κωδικός περιστατικού (π.χ. ΕΚΑΒ-2024-118734) δεν είναι προσωπικό δεδομένο; Θέλω μια σύντομη εξήγηση για την εκπαίδευση.`),

  rec('chat_en_au', f`Fuel docket from the Kalgoorlie site: docket 0048213, pump 4, 612.4 L diesel, odometer 48,213 km, machine hours 12,408.6. Can you check the L/h against last month (avg 118 L/h)?`),

  rec('chat_pl', f`Dostaliśmy z banku kartę testową "5412 7534 1290 8833" do środowiska UAT wypłat dla gospodarzy, ale nie przechodzi walidacji w formularzu. Czy to normalne dla kart testowych?`, 'a card-shaped test number that fails Luhn: negative'),

  rec('chat', f`Recipe for the NICU staff party: "secret" ingredient is cardamom. Password for the raffle is whatever Sam picks on the day 😄`),
];
