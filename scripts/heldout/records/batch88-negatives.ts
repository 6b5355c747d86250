/**
 * Held-out batch 88: hard negatives — placeholders, test keys, masked or check-failing numbers, shipping and
 * permit references, hashes and casual uses of "confidential", across the six settings. Hand-written.
 */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, fill, tok } from '../tokens';

const SK_TEST = tok('sk_', 'test_', '51', fill('b88n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b88n-pklive', B62, 97));

export const BATCH88_NEGATIVES: DraftRecord[] = [
  rec('env_template', f`Which of these must be set before the hospice rota app starts?
TWILIO_ACCOUNT_SID=<your-account-sid>
TWILIO_AUTH_TOKEN=<your-auth-token>
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/rota
SESSION_SECRET=changeme`),

  rec('yaml', f`Helm values for the bookings portal — is the secret reference right?
env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: bookings-db
        key: password
  - name: STRIPE_KEY
    value: "{{ .Values.stripe.secretKey }}"`),

  rec('chat', f`Our parking payments sandbox uses ${SK_TEST} — why do test cards work but 3-D Secure never shows?`),

  rec('chat', f`Frontend for permit payments has the publishable key ${PK_LIVE} in the bundle, a councillor asked if that's a leak. Is it?`),

  rec('chat', f`The AWS docs example uses AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY — if I put those in the LIMS test config will the SDK at least parse them?`),

  rec('chat_de', f`Bitte erkläre, warum der Kunde seine Karte nicht erkennt: auf dem Beleg steht nur **** **** **** 7731, Terminal PA-117, 14.03.2025 08:12.`),

  rec('chat', f`Customer in the pawnshop read out a card number 4539 1720 4856 7130 but the terminal refuses it instantly — typo? what is the check?`),

  rec('chat_nl', f`Iemand vulde IBAN NL51 RABO 0318 4726 59 in op het restitutieformulier, het systeem zegt ongeldig. Hoe leg ik dat netjes uit?`),

  rec('tracking', f`Container status request:
Container: MSKU 482917-5, TGHU 829174-3
B/L: HAMA25-004812
Booking: 7390182645
Vessel: NORDLICHT EXPRESS, voyage 512W, ETA Rotterdam 2025-04-03
Please write a short update for the consignee.`),

  rec('reefer_log', f`Reefer log, setpoint -18.0 °C — was there a temperature excursion?
2025-03-10 02:00  TGHU8291743  supply -17.8  return -16.9  ambient 24.1
2025-03-10 03:00  TGHU8291743  supply -17.9  return -17.0  ambient 23.7
2025-03-10 04:00  TGHU8291743  supply -12.4  return -11.8  ambient 23.5  ALARM 31
2025-03-10 05:00  TGHU8291743  supply -17.6  return -16.8  ambient 23.2`),

  rec('chat_fr', f`Numéro de sécurité sociale factice dans notre jeu d'essai : 1 99 99 99 999 999 99 — est-ce que le contrôle de clé le refuse ?`),

  rec('chat', f`Training slide for the Savannah desk: "an SSN like 000-12-3456 or 666-45-1234 is never issued". Is that still right?`),

  rec('chat', f`NI numbers starting with QQ, like QQ 12 34 56 C, are only for examples, right? The payroll import accepted one.`),

  rec('chat_hi', f`टेस्ट डेटा में आधार 3918 4720 5615 डाला, सिस्टम ने invalid बताया — Verhoeff check कैसे काम करता है?`),

  rec('checksum', f`sha256sum of the LIMS installer we downloaded:
9f2c4e81a7b3d05c6e18f4a2b9d7c3e05a16f8b2d4c7e9a1038b5f62d4e7c91a  lims-setup-4.2.1.msi
Does it match the vendor page? vendor lists 9f2c4e81a7b3d05c…`),

  rec('git', f`Which commit broke the plate parser? bisect ended at 3b7e9c2d41f8a06e5d2c9b17f4a3e8d0c6b5a291 ("read last file"). Revert or fix forward?`),

  rec('uuid', f`Sample IDs in the LIMS are UUIDs: 5d3a9e71-2c84-4f0b-b6e1-97a2c4d8f053, 0e8b4c27-91d3-4a6f-8e52-c7b1f9a3d604. Can I shorten them for barcode labels?`),

  rec('package_lock', f`npm audit in bookings portal:
${amb('source_code.snippet', f`"node_modules/axios": {
  "version": "1.6.8",
  "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.8.tgz",
  "integrity": "sha512-v/ZHtJDU39mDpyBoFVkETcd/uNdxrWRrg3bKpOKzXFA6Bvqopts6ALSMU3y6ijYxbw2B+wPrIv46egTzJXCLGQ=="
}`)}
upgrade safe?`),

  rec('docker', f`image pinned as ghcr.io/labauto/plate-etl@sha256:4a1f9e3c7b2d8e05f6a9c1d4b7e2f0a3c8d5e9b1f4a7c2d0e6b3f9a5c1d8e2b7 — how do I find which tag that was?`),

  rec('public_key', f`Add this to the instrument PC's authorized_keys? ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKq7Vd2m9Hx4Tb1Lf8Wc3Zn6Rs0Yp5Ge2Ju7Ma4Qk9 tecan-02@labauto`),

  rec('certificate', f`Terminal vendor sent their public cert, where does it go?
-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUQ3n8fR2kV7wZ1xT4mE9cL6bY0sAwCgYIKoZIzj0EAwIw
HjEcMBoGA1UEAwwTcGF5bWVudC10ZXJtaW5hbC1jYTAeFw0yNTAxMTAwOTAwMDBa
-----END CERTIFICATE-----`),

  rec('chat', f`Can you explain the difference between confidentiality and privacy in the context of court interpreting ethics codes?`),

  rec('chat', f`I'm confident the ANPR camera at Bridge St is misreading 8 as B. How do we report that to the vendor?`),

  rec('chat', f`Need a confidentiality agreement template for freelance interpreters, Spanish and English versions.`),

  rec('chat', f`Is "confidential computing" relevant for running our cloud pipelines on genomic data, or is it overkill?`),

  rec('chat_pt', f`Quais são as boas práticas para guardar palavras-passe em aplicações de gestão de penhores? Não tenho código ainda, só quero entender.`),

  rec('chat_es', f`¿Cómo calculo el dígito de control de un número de contenedor ISO 6346? Sin código, solo la explicación.`),

  rec('invoice', f`Permit renewal invoice INV-2025-004418, due 31/03/2025, amount £96.00, reference PRK-CEN-18827. Please make the payment reminder friendlier.`),

  rec('chat_de', f`Welche Version vom Hamilton VENUS brauchen wir? Aktuell 4.6.0.8034, der Support spricht von 5.0.1. Gibt es Migrationshinweise?`),

  rec('chat', f`Visit schedule for next week: Mon 10:00, Tue 14:30, Thu 09:15, Fri 16:00. Patient born in the 1930s prefers mornings — rewrite the schedule accordingly.`),

  rec('chat_it', f`Il centralino del tribunale ha cambiato numero e sul sito c'è ancora quello vecchio. Come posso segnalarlo senza sembrare scortese?`),

  rec('chat_pl', f`Wycena: pierścionek 585, 3,2 g; łańcuszek 750, 12,8 g; kurs 312,40 zł/g (czyste złoto). Policz wartość i zaproponuj 60% jako pożyczkę.`),

  rec('chat_ja', f`ロット番号 LOT-2025-03-0147 と有効期限 2026-09-30 をラベルに印刷したいです。バーコードは Code128 で良いですか？`),

  rec('chat_ko', f`주차 단속 카메라 펌웨어 버전 v3.12.7-rc2 에서 번호판 인식률이 떨어졌어요. 롤백 절차를 알려주세요.`),

  rec('chat_ru', f`Опишите, пожалуйста, порядок передачи сведений о скупленном золоте в полицию: какие поля обязательны, без персональных данных, только шаблон.`),

  rec('chat_tr', f`Konşimento numarası formatı: MEDU1234567 gibi mi olmalı, yoksa acente kodu da eklenir mi?`),

  rec('chat_ar', f`ما الفرق بين الترجمة الفورية والترجمة التتبعية في المحاكم؟ أحتاج شرح مختصر للمتدربين.`),

  rec('chat_sw', f`Je, ni maswali gani mazuri ya kuuliza familia wakati wa ziara ya kwanza ya huduma shufaa nyumbani?`),

  rec('chat_vi', f`Mẫu thông báo phạt đỗ xe sai chỗ: biển số 51F-123.45, thời gian 08:15 ngày 12/03/2025, mức phạt 900.000đ. Viết lại cho lịch sự hơn.`),

  rec('svg', f`Icon for the permit app looks blurry: <path d="M12 2C8.13 2 5 5.13 5 9c0 5.25 7 13 7 13s7-7.75 7-13c0-3.87-3.13-7-7-7zm0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5z"/> — should I export a 2x PNG instead?`),

  rec('chat', f`Invalid NHS number in the referral: 943 476 5812 — the EPR rejected it. How do I tell the GP practice without sounding rude?`),

  rec('chat', f`Gift voucher code from the gold buyer's promo: 6034 9182 7364 1052 — the till says "not a card". It isn't a payment card, is it?`),

  rec('chat_el', f`Πώς γράφουμε έναν κωδικό πρόσβασης με ασφάλεια; π.χ. password: ******** στο config και το πραγματικό σε vault;`),

  rec('chat', f`Kubernetes secret for the LIMS, I left the value as \${LIMS_DB_PASSWORD} and CI substitutes it — is envsubst safe here?`),

  rec('chat', f`Our ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx placeholder in the README keeps being flagged by the secret scanner, how do I allowlist it?`),

  rec('chat_fi', f`Tulkkauspalkkio: 2 h 15 min, minimiveloitus 1 h, tuntihinta 68 €, matkakulut 0,59 €/km × 42 km. Laske loppusumma.`),
];
