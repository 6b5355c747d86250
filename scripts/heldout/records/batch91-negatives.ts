/**
 * Held-out batch 91: hard negatives — placeholders, test keys, masked or check-failing numbers,
 * identifiers, hashes and casual uses of "confidential" from the six organisations. No labels.
 */
import { rec, type DraftRecord } from '../dsl';

export const BATCH91_NEGATIVES: DraftRecord[] = [
  rec('env_placeholder', { text: `# .env.example — cremation-scheduler
DB_HOST=localhost
DB_USER=kremsched
DB_PASSWORD=<your-db-password>
AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
SENDGRID_API_KEY=YOUR_SENDGRID_KEY
Copy this file to .env and fill in the values from the vault.`, labels: [] }),

  rec('stripe_test_es', { text: `Estoy probando el cobro de cuotas en modo test. ¿Por qué me sale "card_declined" con esta clave?
STRIPE_SECRET_KEY=sk_test_51NfQ2bKx8rPzT0mYc4LwVh9sDj3gAeU7oBn6iRk1ZqW5tXyMvCp2EdHf8GlJa0SuNo
STRIPE_PUBLISHABLE_KEY=pk_live_51NfQ2bKx8rPzT0mYJd7Wq3nLc9RvB2hXa6ZsT4yEkMp1UoGi5FwNe8VtCbQ0lSr
Uso la tarjeta de prueba de rechazo que sale en la documentación de Stripe.`, labels: [] }),

  rec('masked_card_receipt', { text: `Beleg Skiverleih Talstation
Datum: 18.01.2025 10:42
Karte: VISA **** **** **** 3759
Betrag: EUR 148,00
Autorisierung: 082291
Terminal-ID: 61048832
Warum steht auf dem Kundenbeleg nicht der Name? Ist das normal?`, labels: [] }),

  rec('luhn_fail_card', { text: `A borrower typed this as his card number in the repayment form and the gateway says invalid: 4485 6518 3084 1937. I think he mistyped a digit. How do I tell him politely to check it again without reading the number back?`, labels: [] }),

  rec('bad_iban_pl', { text: `Przelew odrzucony przez bank: "nieprawidłowy numer IBAN". Dłużnik podał PL64 8282 6119 7978 0945 3470 2969. Jak mu wyjaśnić, że cyfry kontrolne się nie zgadzają?`, labels: [] }),

  rec('bad_iban_es', { text: `El banco devuelve la transferencia del reembolso con el motivo "IBAN incorrecto" (ES23 4843 7715 2957 1289 8723). ¿Me redactas un correo pidiendo al cliente que revise el número?`, labels: [] }),

  rec('wagon_numbers', { text: `Kan du sortere desse vognene etter type? 31 76 4552 118-3 (Habbiins), 33 80 4966 021-7 (Sgns), 37 84 4953 102-5 (Sggrss), 31 76 4552 207-4 (Habbiins). Alle står på Narvik godsterminal.`, labels: [] }),

  rec('dicom_uids', { text: `Study Instance UID: 1.2.840.113619.2.55.3.604688119.868.1736838412.117
Series Instance UID: 1.2.840.113619.2.55.3.604688119.868.1736838412.118
SOP Class UID: 1.2.840.10008.5.1.4.1.1.2
Why does the viewer show two series with nearly identical UIDs? Is it a duplicate?`, labels: [] }),

  rec('git_sha_log', { text: `Which of these commits broke the lift-gate build?
a3f9c21e7b804d6e9f12c3a45b6d7e8f90a1b2c3  fix: zone check for gate 4
7d1e0b9c4a2f83e6d5c7b1a9f0e2d4c6b8a3e5f7  feat: add family pass
c0ffee4d2b1a9e8f7c6d5b4a3f2e1d0c9b8a7f6e  chore: bump dicom deps
npm ERR! integrity sha512-Xn8q2Tv7Wm4Lk9Rb3Ys6Hd1Pf5Gj0Nc8Vz2Qx7Bt4Mw1Ke9Ra3Ls6Dp5Hy0Ju8Ti2Ow7Fv4Cn1Gb3Zx6Ae9Qm5Rk==`, labels: [] }),

  rec('uuid_json', { text: `{"ceremonyId":"3f2b8d61-9c07-4e3a-b5d1-8a6c2e9f3b17","hallId":"a3d7e2c9-6b14-48f0-9e25-7c1b4d8a3f62","start":"2025-02-07T11:00:00+01:00","durationMin":45,"music":["Ave Maria","Abide with Me"]}
Why does the calendar show this ceremony one hour early?`, labels: [] }),

  rec('casual_confidential_en', { text: `I'm fairly confident the new radiology scheduling template works, but I'd like a second pair of eyes. Also, is "confidential computing" something we should care about for the PACS cloud migration, or is it just marketing?`, labels: [] }),

  rec('nda_template_request', { text: `Bitte erstelle mir eine Vorlage für eine Vertraulichkeitsvereinbarung (NDA) mit einem externen Bestatter, der bei Großschadenslagen aushilft. Nur die Struktur, keine echten Daten.`, labels: [] }),

  rec('k8s_template', { text: `apiVersion: v1
kind: Secret
metadata:
  name: pacs-gateway
stringData:
  ORTHANC_PASSWORD: {{ .Values.orthanc.password }}
  OIDC_CLIENT_SECRET: {{ .Values.oidc.clientSecret | quote }}
Helm renders an empty string for the password, why?`, labels: [] }),

  rec('ghp_placeholder', { text: `In the README for the election-map repo I wrote: "export GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx before running make release". Is that clear enough for new volunteers or should I link the GitHub docs?`, labels: [] }),

  rec('conn_placeholder', { text: `DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/dispatch
REDIS_URL=redis://:\${REDIS_PASSWORD}@redis:6379/0
Our onboarding doc has these lines, what's the clearest way to explain to new devs which parts they replace?`, labels: [] }),

  rec('tracking_numbers', { text: `Zásielky s náhradnými dielmi pre ratrak: 1Z 8A4 92E 68 1177 3420, DHL 7781 0392 44, GLS 60214418827. Ktorá z nich mešká?`, labels: [] }),

  rec('order_ids_fr', { text: `Commandes de couronnes à vérifier : CMD-2025-004418, CMD-2025-004421, CMD-2025-004437. Le fleuriste dit n'avoir reçu que deux commandes, laquelle manque ?`, labels: [] }),

  rec('ballot_stats_cs', { text: `Výsledky okrsku 4412: zapsaných voličů 1 284, vydaných obálek 812, odevzdaných 809, platných hlasů 801. Volební účast 63,2 %. Napiš z toho krátkou tiskovou zprávu.`, labels: [] }),

  rec('dates_no_birth', { text: `Termíny: revize kremační pece 14.03.2025, školení obsluhy 21.03.2025, audit emisí 02.04.2025. Udělej z toho kalendář do Outlooku.`, labels: [] }),

  rec('sha256_iso', { text: `sha256sum osirix-lite-14.1.dmg
e3b8c4d2f1a09b7e6c5d4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c  osirix-lite-14.1.dmg
Does this match what the vendor published? I only have their PDF.`, labels: [] }),

  rec('version_strings', { text: `Upgrade plan for the ticketing stack: node 18.19.0 → 20.11.1, react@18.2.0 → 18.3.1, @skipass/ui 4.2.7 → 5.0.0, postgres 14.10 → 16.2. Which order is safest?`, labels: [] }),

  rec('ssn_invalid', { text: `A test fixture in our HR import uses SSN 666-41-2087 and 000-52-1193 for rejected rows. Are those guaranteed to be rejected by the validator?`, labels: [] }),

  rec('aadhaar_invalid', { text: `ऋण आवेदन फ़ॉर्म में ग्राहक ने आधार 4890 5034 9635 लिखा और सत्यापन विफल हुआ। ग्राहक को दोबारा जांचने के लिए विनम्र संदेश लिखें।`, labels: [] }),

  rec('fuel_card_fail', { text: `Our dispatch vans use fleet fuel cards. The station rejected card no. 6034 9311 8275 0046 this morning — the driver says it's the new one. Who do we call at the fuel company?`, labels: [] }),

  rec('isbn_books', { text: `Bestelle bitte diese Radiologie-Lehrbücher für die Assistenzärzte: ISBN 978-3-13-240919-5, ISBN 978-0-323-56772-2, ISBN 978-3-662-61879-4. Gibt es davon E-Book-Lizenzen?`, labels: [] }),

  rec('pubkey_ssh', { text: `Please add my public key to the dispatch jump host:
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG8q2Tv7Wm4Lk9Rb3Ys6Hd1Pf5Gj0Nc8Vz2Qx7Bt4Mw1 lena@dispatch-laptop
Thanks!`, labels: [] }),

  rec('cert_public', { text: `-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUQ2xhc3NpY0NlcnRGb3JSYWRpb2xvZ3lUTFMwCgYIKoZI
zj0EAwIwLzELMAkGA1UEBhMCREUxIDAeBgNVBAMMF3dvcmtsaXN0LnJhZGlvbG9n
aWUubG9jYWwwHhcNMjUwMTAxMDAwMDAwWhcNMjcwMTAxMDAwMDAwWjAvMQswCQYD
-----END CERTIFICATE-----
Is this the right certificate for the modality worklist, and when does it expire?`, labels: [] }),

  rec('docker_digest', { text: `Pull the pinned image: registry.rail-freight.example/dispatch-api@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 — why does Kubernetes say ImagePullBackOff?`, labels: [] }),

  rec('password_policy_ru', { text: `Помогите сформулировать политику паролей для сотрудников избирательной комиссии: минимум 14 символов, без повторного использования последних 5 паролей, смена раз в год, обязательная двухфакторная аутентификация. Пароль никогда не отправлять по почте.`, labels: [] }),

  rec('pw_reset_mail', { text: `Hi Niamh, I've reset your login for the arrangements system. You'll get an email with a one-time link; set a new password of your own choosing (at least 12 characters). Please don't share it with anyone, even IT.`, labels: [] }),

  rec('stars_password', { text: `ticket-kiosk.log:
2025-01-18 07:02:11 INFO login user=kiosk07 password=******** result=OK
2025-01-18 07:02:12 INFO sync tariffs count=48
Is it safe that it logs the password field at all, even masked?`, labels: [] }),

  rec('svg_path', { text: `<svg viewBox="0 0 24 24"><path d="M12 2 L15.09 8.26 L22 9.27 L17 14.14 L18.18 21.02 L12 17.77 L5.82 21.02 L7 14.14 L2 9.27 L8.91 8.26 Z"/></svg>
Can you make this ski-run difficulty star icon a bit thicker?`, labels: [] }),

  rec('data_uri', { text: `<img alt="urn" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGElEQVR4nGNgGAWjYBSMglEwCkbBKAAAAP//AwAI/AL+GwXmLwAAAABJRU5ErkJggg==">
Why is the urn icon blurry on retina screens?`, labels: [] }),

  rec('statistics_th', { text: `ช่วยสรุปสถิติการขายบัตรสกีเดือนมกราคม: บัตรรายวัน 18,442 ใบ, บัตรครึ่งวัน 6,210 ใบ, บัตรซีซัน 1,108 ใบ, รายได้รวม 41,820,500 บาท`, labels: [] }),

  rec('train_schedule_ka', { text: `სატვირთო მატარებლების განრიგი: №3412 თბილისი–ფოთი 06:40, №3418 რუსთავი–ბათუმი 09:15, №3420 ხაშური–ზესტაფონი 13:05. გთხოვთ გადააკეთოთ ცხრილად.`, labels: [] }),

  rec('loan_math_id', { text: `Bagaimana rumus menghitung denda keterlambatan 0,1% per hari dari pokok Rp 5.000.000 selama 37 hari, dengan batas maksimal 100% dari pokok? Tolong buat contoh di Excel.`, labels: [] }),

  rec('radiology_protocol_it', { text: `Protocollo TC torace a basso dosaggio: 120 kV, 30 mAs, collimazione 64 × 0,625 mm, pitch 1,375, ricostruzione 1 mm. Puoi tradurlo in inglese per il fornitore?`, labels: [] }),

  rec('uk_nino_invalid', { text: `Our payroll test data for the ski instructors uses NINO QQ 12 34 56 C everywhere — HMRC says QQ is never issued, right? I just want to be sure it can't clash with a real person.`, labels: [] }),

  rec('amharic_schedule', { text: `የምርጫ ጣቢያዎች የሥራ ሰዓት፡ ከጠዋቱ 12፡00 እስከ ምሽቱ 12፡00። በአጠቃላይ 1,240 ጣቢያዎች። እባክዎ ይህን ማሳወቂያ ወደ እንግሊዝኛ ይተርጉሙ።`, labels: [] }),

  rec('confidence_interval_en', { text: `In the turnout survey we got 61.8% with a 95% confidence interval of ±2.4 points (n=1,620). How do I explain "confidence interval" to the councillors in one sentence?`, labels: [] }),

  rec('crypt_policy_mn', { text: `Сонгуулийн системийн нууц үгийг bcrypt-ээр хадгалах уу эсвэл argon2id ашиглах уу? Cost factor хэд байх ёстой вэ? Жишээ код хэрэггүй, зөвхөн зөвлөгөө.`, labels: [] }),

  rec('swift_field_names', { text: `In the refund export, what do the columns mean: "IBAN", "BIC", "EndToEndId", "RmtInf"? I need to explain them to the new colleague at the ski-shop office. No real data yet, the file is empty.`, labels: [] }),

  rec('wagon_weight_csv', { text: `wagon,tare_t,load_t,axle
Habbiins-118,27.0,63.5,4
Sgns-021,20.5,69.5,4
Eanos-442,25.0,55.0,4
Which wagon is over the 22.5 t axle-load limit?`, labels: [] }),

  rec('funeral_price_list_sv', { text: `Prislista 2025: enkel kista 8 900 kr, urna från 1 450 kr, kremation 4 200 kr, minnesstund i kapellet 3 500 kr. Kan du göra om den till en tydlig tabell för hemsidan?`, labels: [] }),

  rec('gift_voucher_fail', { text: `Ein Kunde möchte einen Gutschein für den Skiverleih einlösen, Nummer 7810 0244 16. Das System sagt "ungültig". Wie erkläre ich ihm das freundlich?`, labels: [] }),

  rec('hl7_structure', { text: `MSH|^~\\&|RIS|UKN|PACS|UKN|20250114071244||ORM^O01|MSG00412|P|2.5
ORC|NW|RAD-25-018832
OBR|1|RAD-25-018832||MRKNEE^MR Knee w/o contrast
Which segment is missing so the PACS creates the worklist entry?`, labels: [] }),
];
