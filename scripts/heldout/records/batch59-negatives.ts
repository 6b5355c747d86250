/**
 * Held-out batch 59: hard negatives — blood-unit numbers, KDM certificates, hull and container
 * numbers, chargeback reference numbers, placeholders, test keys, masked or invalid numbers and casual
 * uses of "secret" and "confidential" from the six settings (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b59n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b59n-pklive', B62, 97));
const KDM_CERT = pem('CERTIFICATE', 'b59n-kdmcert', 780);
const PUB_KEY = pem('PUBLIC KEY', 'b59n-pub', 294);
const SHA = (seed: string) => fill(seed, HEX, 64);
const BCRYPT = tok('$2y$10$', fill('b59n-bcrypt', B62 + './', 53));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAA${fill('b59n-png', B64, 160)}`;
const INTEGRITY = `sha512-${b64Bytes('b59n-integ', 64)}`;

export const BATCH59_NEGATIVES: DraftRecord[] = [
  rec('chat_es', f`Ordena estas unidades de concentrado de hematíes por fecha de caducidad y dime cuáles hay que usar primero:

=E0418 25 104829 | 0 Rh- | cad. 24/01/2025
=E0418 25 104907 | A Rh+ | cad. 19/01/2025
=E0418 25 105133 | 0 Rh+ | cad. 02/02/2025
=E0418 25 105260 | B Rh- | cad. 21/01/2025

Son códigos ISBT 128 del centro de Burgos.`),

  rec('chat_nl', f`De KDM voor zaal 4 werkt niet: de projector zegt "KDM not valid yet". Uit het KDM-bestand:

ContentTitleText: DeLaatsteVloed_FTR-1_F_NL-XX_NL_51_4K_20241218_SMPTE_OV
CompositionPlaylistId: urn:uuid:8d41c7e2-93fa-4b0e-96a1-f35c20d7b8e4
ContentKeysNotValidBefore: 2025-01-17T00:00:00+01:00
ContentKeysNotValidAfter: 2025-02-06T23:59:00+01:00
Recipient: LMT-4K serial 418273

Het is nu 16 januari 22:40. Klopt het dat hij pas om middernacht gaat werken?`),

  rec('chat_pl', f`Uporządkuj te pozycje zamówienia w tabelę (kadłub 1402, IMO 9847316):

PO 4500218374 / poz. 10 — blacha okrętowa S355J2+N 20 mm, 42 t, kod CN 7208 51 20
PO 4500218374 / poz. 20 — profil HP 240×10, 18 t, świadectwo 3.1 wg EN 10204
PO 4500218391 / poz. 10 — elektrody E7018-1, 1 200 kg, partia 24-11-0873
Termin dostawy: tydzień 9/2025, Incoterms DAP Gdańsk.`),

  rec('chat', f`Can you explain what each of these fields means in a Visa dispute notification? Trying to train new analysts.

Case: VROL-2025-0114-00387
ARN: 74987504014102938471625
Reason code: 10.4 (Other Fraud – Card-Absent Environment)
Card: 489537******1024 (prepaid, BIN 48953700)
Transaction date: 2024-12-02, amount USD 249.00
Response due: 2025-01-23`),

  rec('env_test', f`Waarom pakt de testsuite van de betaalmodule de live publishable key op? Ons .env.test:

${amb('source_code.snippet', f`STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_WEBHOOK_SECRET=\${STRIPE_WEBHOOK_SECRET}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/payments_test`)}

Is het erg dat pk_live hier staat?`, 'test secret key and publishable key: negatives per the conventions'),

  rec('chat_fr', f`Peux-tu regrouper ces bons d'intervention par résidence et par corps de métier ?

BI-2025-00412 — Résidence Les Tilleuls, bât. C, log. 0214 — plomberie — fuite sous évier
BI-2025-00415 — Résidence Pablo-Neruda, bât. A, log. 1107 — électricité — prise grillée
BI-2025-00419 — Résidence Les Tilleuls, bât. B, log. 0308 — serrurerie — porte de cave
BI-2025-00423 — Résidence Pablo-Neruda, bât. A, log. 0902 — plomberie — chasse d'eau
Lot marché : 93-MAINT-2023-07, code postal 93170.`),

  rec('chat_it', f`Sto scrivendo la guida per i donatori sul recupero password dell'app. È chiaro così?

"Se hai dimenticato la password, tocca 'Password dimenticata?', inserisci il tuo codice donatore e riceverai un SMS con un codice a 6 cifre. La nuova password deve avere almeno 10 caratteri, una maiuscola e un numero. Non comunicare mai la password al personale del centro trasfusionale: nessuno te la chiederà."`),

  rec('chat_ja', f`次のレッスンIDの中から重複を見つけてください。

lesson_9f1c2a7e-4b3d-4e0a-8c61-2d7f93b5e104
lesson_3a8e61d0-c2f4-47b9-9d15-70b4e2a6c893
lesson_9f1c2a7e-4b3d-4e0a-8c61-2d7f93b5e104
lesson_c7d20b94-1e6a-4f38-a5b7-84e1f02d6c35`),

  rec('chat', f`Is there a decent confidentiality agreement template we can send to the damp-survey subcontractor before they see tenant addresses? UK housing association context, nothing fancy.`),

  rec('chat_sv', f`Kan du skriva en mall för leverantörsfakturor till biografkedjan där IBAN-fältet redan har ett exempel ifyllt? Jag tänkte: "IBAN: SE00 0000 0000 0000 0000 0000 (exempel)". Fungerar det eller blir folk förvirrade?`),

  rec('chat_tr', f`Bu konteyner numaralarının kontrol basamağını nasıl doğrularım? Tersaneye gelen sac sevkiyatı:

MSKU 482917 3
TGHU 739104 8
CMAU 582039 1

ISO 6346 kuralını açıklar mısın?`),

  rec('chat_hu', f`A plazmából készült termékek tételszámait kellene táblázatba rendeznem:

Albumin 20% — gyártási tétel: A24K0873 — lejárat: 2026-09
IVIG 10% — gyártási tétel: G24L1129 — lejárat: 2026-03
Faktor VIII — gyártási tétel: F24J0412 — lejárat: 2025-11

Melyik jár le legelőbb?`),

  rec('docs', f`## Uploading posters to S3 (internal wiki)

The AWS docs use the sample credentials below – do **not** paste real keys here:

\`\`\`
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
\`\`\`

Ask the web team for a personal IAM user instead.

→ can you make this wiki section friendlier?`, 'documentation keys: negatives'),

  rec('helm', f`Er dit de juiste manier om het wachtwoord van de planning-database door te geven in Helm?

${amb('source_code.snippet', f`env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: planning-db
        key: password
  - name: SMTP_PASSWORD
    value: "{{ .Values.smtp.password }}"
  - name: API_KEY
    value: YOUR_API_KEY`)}`),

  rec('chat', f`Our projectionist asked if this is something we should keep secret. It's the public certificate of the media block in screen 2, the distributor needs it for KDMs:

${KDM_CERT}`, 'a certificate is public by design'),

  rec('chat_de', f`Ist das ein Sicherheitsproblem? Unser Entwickler hat den öffentlichen Schlüssel für die Signaturprüfung der Chargeback-Webhooks ins Wiki gestellt:

${PUB_KEY}`),

  rec('chat_pt', f`A tabela de utilizadores da plataforma guarda isto na coluna password: ${ambCat('credential', BCRYPT)}. É seguro? Custo 10 ainda chega em 2025?`, 'a bcrypt hash: ambiguous, no rule id'),

  rec('lockfile', f`${amb('source_code.snippet', f`"node_modules/date-fns": {
  "version": "3.6.0",
  "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
  "integrity": "${INTEGRITY}",
  "funding": { "type": "github", "url": "https://github.com/sponsors/kossnocorp" }
}`)}

npm ci fails with EINTEGRITY on this one only – cache issue?`),

  rec('chat_cs', f`Jak zkontrolovat, že image, který běží v produkci u antifraudu, je ten samý jako v registru?

registry.payvia.io/fraud-scoring@sha256:${SHA('b59n-digest1')}
git commit: 4e1b9c7a2d83f05e6a19b7c4d2e8f3a05b6c9d71
tag: v2.14.3-rc.2`),

  rec('form_template', f`Zkontroluj prosím tento vzor formuláře pro nové zaměstnance kina – jsou popisky srozumitelné?

Jméno a příjmení: ______________
Datum narození: DD.MM.RRRR
Rodné číslo: ______/____
Číslo účtu: ______________/____
Telefon: +420 ___ ___ ___`),

  rec('chat', f`For our tutor onboarding test data, which SSNs are safe to use? I was going to put 000-48-2917 and 666-12-4821 in the fixtures since the SSA never issues those – is that right?`, 'SSNs with area 000/666: never issued'),

  rec('chat', f`A parent says our card form rejected her number "4921 8307 6512 4380" and she's sure it's right. Could it be a typo that fails the check digit? How do I explain the Luhn check to her without being patronising?`, 'Luhn-failing number'),

  rec('chat_pl', f`Dostawca przysłał fakturę z numerem konta PL62 1090 1014 0000 0712 1981 2874, a nasz system go odrzuca. Czy ktoś mógł się pomylić przy przepisywaniu? Jak sprawdzić sumę kontrolną?`, 'IBAN with wrong check digits'),

  rec('chat_hi', f`फ़ॉर्म वैलिडेशन टेस्ट कर रहे हैं: आधार "4928 1736 0528" डालने पर एरर आना चाहिए क्योंकि चेकसम गलत है, पर हमारा फ़ॉर्म उसे स्वीकार कर रहा है। Verhoeff एल्गोरिद्म JavaScript में कैसे लिखें?`, 'Verhoeff-failing Aadhaar'),

  rec('chat', f`Test data for the tenant portal: I used NI number "DF 48 21 93 A" and the phone ${amb('pii.phone', '07700 900417')} for the dummy tenant. Is the DF prefix definitely never issued? And is that phone in Ofcom's drama range?`, 'unissued NINO prefix: negative; Ofcom drama-range number: ambiguous'),

  rec('chat_zh', f`请帮我核对这几本教辅的 ISBN 是否正确：
978-7-04-052381-6 高中数学 必修 第一册
978-7-107-34218-9 英语 必修 第二册
978-7-5444-9382-4 物理 选择性必修 第一册`),

  rec('chat_el', f`Μπορείς να μου εξηγήσεις τι σημαίνει ο αριθμός IMO 9847316 και ο αριθμός κύτους ΝΚ-517 στο πιστοποιητικό κλάσης; Ο προμηθευτής ζητάει και τα δύο στην προσφορά.`),

  rec('chat_uk', f`Чи правильно я розумію, що "конфіденційні обчислення" (confidential computing) — це про шифрування даних під час обробки в пам'яті? Для статті в блог платформи репетиторства, простими словами.`),

  rec('chat_ro', f`Secretul unei tarte cu mere reușite? Vreau să fac una pentru echipa de intervenții de la blocul din Mănăștur, e ziua șefului de echipă. Rețetă simplă, te rog.`),

  rec('chat_da', f`Er lønninger fortrolige på en dansk arbejdsplads, eller må kollegerne godt fortælle hinanden, hvad de tjener? En biografmedarbejder spurgte mig i dag.`),

  rec('chat_fi', f`Muutatko nämä hitsausohjeet (WPS) taulukoksi?
WPS-141-07 — TIG, S355, 3–12 mm, lisäaine ER70S-6, esilämmitys ei
WPS-135-22 — MAG, S355, 8–30 mm, lisäaine G3Si1, esilämmitys 75 °C
WPS-111-04 — puikko, S235, 4–20 mm, E7018-1, esilämmitys ei`),

  rec('chat_he', f`תוכל לסדר לי את הנתונים האלה מבנק הדם בטבלה? רמות המוגלובין הממוצעות לפי קבוצת גיל:
18–25: 13.9 g/dL
26–40: 14.2 g/dL
41–60: 14.0 g/dL
61+: 13.6 g/dL
וגם את אחוז הדחיות: 7.4%, 5.1%, 6.3%, 9.8%.`),

  rec('chat_fa', f`یک مسئله‌ی ریاضی برای دانش‌آموزان کلاس نهم می‌خواهم: «اگر شماره‌ی کارت ۱۶ رقمی را به چهار گروه ۴ تایی تقسیم کنیم، چند حالت مختلف برای چهار رقم آخر وجود دارد؟» جواب را هم با توضیح بنویس.`),

  rec('chat_ne', f`कक्षा ८ को विज्ञान परीक्षाको मिति २०८१/१०/१५ र नतिजा २०८१/११/०२ मा आउँछ। विद्यार्थीहरूलाई पठाउने सूचना छोटो बनाइदिनुस्।`),

  rec('chat_vi', f`Giải thích giúp mình mã lý do chargeback của Mastercard: 4837, 4853, 4863 khác nhau thế nào? Và mã mới trong Mastercom là gì?`),

  rec('chat_tl', f`Ano ang pinagkaiba ng "work order" at "purchase order" sa maintenance ng pabahay? Halimbawa: WO-2025-0183 para sa pagpapalit ng tubo, PO-88120 para sa pagbili ng PVC pipe 2" x 10 pcs.`),

  rec('log', f`Are these health-check failures on the booking API something to worry about?

${amb('source_code.snippet', f`2025-01-16T07:01:12.402Z INFO  req_id=0d8f3b6a2e714c95 GET /health 200 3ms from ${amb('pii.ip_address', '10.24.1.7')}
2025-01-16T07:01:42.418Z WARN  req_id=91c4e7a25b3d4f80 GET /health 503 5012ms from ${amb('pii.ip_address', '10.24.1.7')} upstream=seatmap-svc
2025-01-16T07:02:12.431Z INFO  req_id=4a7e1c90b3f248d6 GET /health 200 4ms from ${amb('pii.ip_address', '10.24.1.7')}`)}`),

  rec('chat', f`Stripe's docs list ${amb('financial.payment_card', '4000 0000 0000 0259')} for a disputed (fraudulent) charge in test mode and ${amb('financial.payment_card', '4242 4242 4242 4242')} for success. Which one should our training sandbox use to show analysts the dispute flow?`, 'well-known test cards: ambiguous'),

  rec('ci_yaml', f`${amb('source_code.snippet', f`- name: Deploy timetable
  env:
    NETLIFY_AUTH_TOKEN: \${{ secrets.NETLIFY_AUTH_TOKEN }}
    GH_TOKEN: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
  run: npx netlify deploy --prod --dir=dist`)}

The GH_TOKEN line is a leftover from the template, right? It's just x's.`),

  rec('chat_ar_ma', f`3afak sawb liya tableau dyal les bons de commande dyal had simana: BC-2025-0047 (robinets, 12 pièces), BC-2025-0051 (peinture, 80 litres), BC-2025-0052 (ampoules LED, 200). livraison l Hay Mohammadi nhar 22/01.`),

  rec('chat_es_ve', f`¿Me explicas qué significa este número de referencia del banco? "Ref. 00048219 — Lote 117 — Terminal 77120384 — Aprobación 482917". El comercio dice que es el comprobante del contracargo.`),

  rec('svg', f`El logo del cine se ve pixelado en el correo. ¿Puedo incrustarlo así?

<img src="data:image/png;base64,${PNG_B64}" alt="Cines Aurora" width="48">`),

  rec('chat_fr_ci', f`Le film « La Dernière Marée » est sorti le 14/05/1986 en France, d'après la fiche du distributeur. Tu peux me faire un texte de présentation pour la séance patrimoine du mardi à Abidjan ?`, 'a release date, not a date of birth'),

  rec('chat_sr', f`Да ли је безбедно да у документацији за добављаче пишемо пример лозинке као "********" или "<ваша-лозинка>"? Неки добављачи мисле да је то стварна лозинка.`),

  rec('chat', f`Quick sanity check on BIN ranges for our prepaid-card rule: 489537, 5169 52, 4034 59xx – are 8-digit BINs going to break a rule that only looks at the first 6 digits?`),
];
