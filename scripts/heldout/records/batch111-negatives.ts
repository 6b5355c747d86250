/**
 * Held-out batch 111: hard negatives — placeholders, test keys, masked or check-digit-failing
 * numbers, references, hashes, identifiers and casual wording from the same six workplaces
 * (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous spans and
 * pasted source code. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b111n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b111n-pklive', B62, 97));
const SHA256 = (seed: string) => fill(seed, HEX, 64);
const SHA1 = (seed: string) => fill(seed, HEX, 40);
const PUB_PEM = pem('PUBLIC KEY', 'b111n-pub', 294);
const CERT = pem('CERTIFICATE', 'b111n-cert', 880);
const BCRYPT = tok('$2y$', '10$', fill('b111n-bcrypt', B62 + './', 53));
const INTEGRITY = `sha512-${b64Bytes('b111n-integ', 64)}`;
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h${fill('b111n-png', B64, 160)}`;

export const BATCH111_NEGATIVES: DraftRecord[] = [
  rec('env_example', f`Can you write a README section explaining each variable in our template?

${cfg(f`# routeplanner/.env.example — copy to .env and fill in
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/deliveries
GOOGLE_MAPS_API_KEY=YOUR_API_KEY
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=<twilio-auth-token>
SENTRY_DSN=
DEPOT_TZ=Europe/London`)}`),

  rec('env_test', f`${cfg(f`# .env.test (committed on purpose — Stripe test mode only)
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
TOW_RELEASE_FEE_PENCE=27500`)}

Is it a problem that the publishable key in the test env is a live one?`),

  rec('helm_values', f`Why does helm template render an empty password here?

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: cat-api-db
type: Opaque
stringData:
  DB_USER: {{ .Values.db.user | quote }}
  DB_PASSWORD: {{ .Values.db.password | quote }}
  DB_HOST: {{ .Values.db.host | quote }}`)}`),

  rec('receipt_en_gb', f`Translate this receipt into Polish for the driver who paid:

CivicTow Vehicle Release – Receipt RCPT-24-118734
Vehicle: LB19 XKT (Ford Transit Custom)
Removal fee £200.00 · Storage 3 days × £25.00 = £75.00
Paid: Visa Debit •••• •••• •••• 3578, contactless, 29/10/2024 16:42
Auth code 041873`),

  rec('chat_misheard_card', f`A caller read out his card as 4539 1720 6481 3579 and the terminal says "invalid card number". Probably a digit misheard. What's the politest way to ask him to repeat it — or better, to send him the payment link instead?`, 'Luhn-failing number: a negative'),

  rec('chat_de_iban_typo', f`Der Kunde hat uns in seiner Mail die IBAN DE48 5001 0517 8294 6301 75 genannt, unser Bankprogramm lehnt sie mit "Prüfziffer falsch" ab. Wie formuliere ich höflich eine Rückfrage?`, 'IBAN with wrong check digits'),

  rec('chat_ssn_format', f`For the tow-operator onboarding form, I want to validate SSNs. Which of these should the form reject: 666-41-2093, 412-00-9027, 000-12-3456? And can you give me a regex that also rejects those ranges?`, 'all three SSNs are invalid by area/group'),

  rec('chat_aadhaar_typo', f`Camp registration app says Aadhaar 7394 1058 2693 is invalid. The patient insists it is right. Can you explain what the checksum is and why the app might reject it?`, 'Verhoeff-failing Aadhaar'),

  rec('chat_nino', f`Our payroll trainer uses "TN 48 29 17 A" as an example NI number in slides. Is that a real prefix? I don't want to accidentally use someone's real number.`, 'TN is an unissued NINO prefix'),

  rec('git_output', f`I'm lost after the rebase of the white-label repo. git log --oneline shows:

9f3c2e1 (HEAD -> release/3.4) fix(ios): guard against nil appointment start
4b8a7d0 chore: bump build number to 1187
e12f9c6 feat(android): Material 3 date picker for booking
a70d5b3 Merge branch 'main' into release/3.4

How do I squash the last three into one?`),

  rec('docker_digest', f`Which of these images is the one we actually deployed for the tow API?

registry.civictow.io/tow-api@sha256:${SHA256('b111n-dig1')}
registry.civictow.io/tow-api@sha256:${SHA256('b111n-dig2')}
Deployed at 2024-10-28T06:00:12Z by pipeline #4471.`),

  rec('package_lock', f`npm ci fails with EINTEGRITY on this entry, what do I do?

${cfg(f`"node_modules/react-native-reanimated": {
  "version": "3.15.4",
  "resolved": "https://registry.npmjs.org/react-native-reanimated/-/react-native-reanimated-3.15.4.tgz",
  "integrity": "${INTEGRITY}",
  "license": "MIT"
}`)}`),

  rec('checksums', f`Release checklist: the client asked for checksums of the APK and AAB we sent. Format this as a table:

app-release-3.4.0.apk  SHA-256 ${SHA256('b111n-apk')}
app-release-3.4.0.aab  SHA-256 ${SHA256('b111n-aab')}
Signing cert SHA-1 fingerprint: ${SHA1('b111n-certsha').toUpperCase().replace(/(..)(?!$)/g, '$1:')}`),

  rec('public_key', f`The cedant sent us their public key for the encrypted bordereaux. Where do I put it in our SFTP config?

${PUB_PEM}`),

  rec('certificate', f`Is this certificate expired? Can you tell from the PEM alone or do I need openssl?

${CERT}`),

  rec('cat_model_fr', f`Peux-tu résumer ce tableau de périodes de retour pour le client ?

Période de retour (ans) | Perte OEP (M€) | Perte AEP (M€)
10 | 38,2 | 51,7
50 | 112,6 | 139,0
100 | 171,4 | 205,8
200 | 246,9 | 288,3
250 | 274,1 | 317,5
AAL : 14,8 M€ — écart-type 29,6 M€ — événement max. simulé : EVT-2004871`),

  rec('audiogram_de', f`Kannst du den Befund in einfacher Sprache für die Patientin erklären?

Tonaudiogramm rechts (Luftleitung, dB HL): 250 Hz 20 · 500 Hz 25 · 1 kHz 30 · 2 kHz 45 · 4 kHz 60 · 8 kHz 65
links: 250 Hz 15 · 500 Hz 20 · 1 kHz 25 · 2 kHz 40 · 4 kHz 55 · 8 kHz 60
Sprachaudiogramm: Einsilberverstehen 65 dB – 80 %, 80 dB – 95 %
Tympanogramm beidseits Typ A.`),

  rec('delivery_note_pl', f`Przetłumacz dokument dostawy na angielski:

WZ nr 2024/11/04/0387
Towar: Saletra amonowa 34% N, big bag 500 kg × 48 = 24 t (UN 2067, klasa 5.1)
Partia: SA-241028-07
Nr rejestracyjny naczepy: WGM 48KC
Godzina rozładunku: 07:40–08:25
Podpis odbiorcy: ______`),

  rec('chat_npk', f`What's the difference between 20-10-10 and 15-15-15 NPK for winter wheat top dressing, and should we recommend 27% CAN instead? Keep it simple for our sales reps.`),

  rec('pcn_es', f`Redacta la respuesta estándar para recursos de multa de aparcamiento. Referencia del boletín: MUL-2024-0048213, matrícula 4821 KLT, zona SER verde, hora 10:42, importe 90 € (45 € con pronto pago). El agente tiene el número de identificación profesional 17320.`),

  rec('vin_ro', f`Vehiculul ridicat are VIN-ul WVWZZZ1KZ8W482193 dar în sistem apare altul. Cum verific rapid dacă VIN-ul e corect (cifra de control)?`),

  rec('chat_confident', f`I'm confident the new dunning sequence will cut our DSO by a week. Can you help me write the pitch for the finance director? Points: automated reminders at +3, +10, +21 days; phone call at +30; stop-supply at +45.`),

  rec('chat_nda_template', f`We need a confidentiality agreement template for a freelance iOS developer who'll work on a pharmacy client's app. Can you draft one with the usual clauses (definition of confidential information, exclusions, term of 3 years, return of materials)?`),

  rec('chat_confidential_computing', f`Is Azure confidential computing worth it for running our catastrophe models on client exposure data, or is encryption at rest enough? Our clients ask about it in due-diligence questionnaires.`),

  rec('chat_ja_policy', f`パスワードポリシーの文案を作ってください。条件：12文字以上、英大文字・小文字・数字・記号をそれぞれ1文字以上、90日ごとの変更は不要、過去5回と同じものは不可。里親支援システムの職員向けです。`),

  rec('chat_placeholder_ko', f`문서에 예시로 "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" 같은 토큰 자리표시자를 쓰려고 하는데, 보안 스캐너가 오탐하지 않게 하려면 어떤 형식이 좋을까요?`),

  rec('bcrypt_ru', f`В старой базе пользователей портала приёмных семей пароли хранятся так: ${amb('credential.password_assignment', BCRYPT)}
Это bcrypt? Можно ли мигрировать на argon2id без сброса паролей?`, 'a bcrypt hash is ambiguous, not a secret'),

  rec('test_cards', f`For the tow-release checkout QA, which Stripe test cards trigger 3DS? I have ${amb('financial.payment_card', '4000 0027 6000 3184')} and ${amb('financial.payment_card', '4242 4242 4242 4242')} in my notes.`),

  rec('fictional_phone', f`Our towing ad draft says "call ${amb('pii.phone', '(312) 555-0147')} for 24/7 recovery". Is it fine to use a 555 number in the mock-up before we get the real one?`),

  rec('swift_only', f`Welche Bank steckt hinter dem BIC ${amb('financial.swift_bic', 'COBADEFFXXX')}? Ein Kunde schreibt, er zahlt künftig von dort.`),

  rec('adoption_case_ref', f`Please explain in plain terms what these court documents are for the adopters: case number ZW24P00931, placement order made 12 September 2024, Annex B report due by 28 November, hearing listed at the Family Court for 9 January 2025 at 10:30.`),

  rec('reinsurance_umr', f`Ajuda-me a preencher o resumo da colocação: UMR B0702XL24CAT017, sindicato 2987 (líder 22,5%), 4 camadas, limite 150 M€ xs 50 M€, reintegração 1 @ 100%, período 01/01/2025–31/12/2025. Está tudo coerente?`),

  rec('app_ids', f`Provisioning profile keeps mismatching. Bundle io.pixelfjord.apotek.staging, team ID 4QW7K2M9XD, profile UUID 3e91b5c2-7d04-4a1f-9c6e-82b5f0d3a714, Xcode 16.1 (16B40). What should I check first?`),

  rec('build_numbers_tr', f`Sürüm notlarını düzenler misin? iOS 3.4.0 (1187), Android 3.4.0 (versionCode 30400187), minSdk 24, targetSdk 34. Değişiklikler: randevu hatırlatma bildirimi, karanlık mod düzeltmeleri.`),

  rec('metrics', f`Explain these Prometheus metrics from the dispatch service:

${cfg(f`# HELP tow_jobs_assigned_total Jobs assigned to trucks
# TYPE tow_jobs_assigned_total counter
tow_jobs_assigned_total{zone="north"} 18734
tow_jobs_assigned_total{zone="central"} 26519
# HELP tow_assign_latency_seconds Time to assign a truck
tow_assign_latency_seconds_bucket{le="0.5"} 40211
tow_assign_latency_seconds_bucket{le="1"} 44873`)}`),

  rec('firewall_es_ar', f`Che, ¿me explicás estas reglas del firewall del depósito de grúas?

${cfg(f`permit tcp ${ip('10.20.0.0')} ${ip('0.0.255.255')} host ${ip('10.20.5.14')} eq 443
deny   ip any host ${ip('10.20.5.14')}
permit udp host ${ip('10.20.1.1')} any eq 123`)}`, 'IP-shaped literals, wildcard mask included, kept ambiguous'),

  rec('data_uri', f`Why doesn't this logo show in the Outlook version of our appointment reminder email?

<img src="data:image/png;base64,${PNG_B64}" width="120" alt="ClearTone">`),

  rec('uuids', f`Ce înseamnă eroarea asta din aplicația de programări logopedie? "Appointment 6f1d2c84-93ab-4e07-b5c1-d28e7a04f913 conflicts with 0b7e5a19-c4d2-4f86-8a30-9e1f6b27d5c4 (therapist 41, room 3)". Cum o explic recepției?`),

  rec('isbn_ru', f`Подбери список литературы для логопедов на русском и английском. У меня уже есть ISBN 978-5-4461-1873-2 и ISBN 978-1-59756-904-8 — проверь, пожалуйста, правильно ли оформлены ссылки по ГОСТ.`),

  rec('coordinates_vi', f`Xe cẩu số 12 báo vị trí 10.77689, 106.70081 lúc 14:32, xe số 7 ở 10.80231, 106.66517. Xe nào gần bãi giữ xe Quận 3 hơn? Giải thích cách tính khoảng cách.`),

  rec('cat_events_zh', f`帮我把这些事件按损失排序并用中文写一句话总结：
EVT-3318204 台风 · 损失 4.21 亿美元
EVT-0917445 地震 · 损失 11.87 亿美元
EVT-2204871 洪水 · 损失 0.96 亿美元
模型版本 v23，模拟年数 50,000。`),

  rec('hearing_aid_serials', f`Patients' hearing aids to return to the manufacturer — write the covering letter listing them: serial 2419A07731 (Phonak Audéo L90-R), serial 2419A07736 (L90-R), serial 2421B11804 (Oticon Intent 1). RMA number RMA-FR-24-00871.`),

  rec('sql_placeholder_nl', f`Welke van deze connectiestrings is veilig om in onze wiki te zetten?
1) Server=sqlprod01;Database=Pleegzorg;User Id=app;Password=********
2) Server=sqlprod01;Database=Pleegzorg;Integrated Security=SSPI
Ik wil geen echt wachtwoord in de documentatie.`),

  rec('code_env_lookup', f`Is this the right way to read the keystore password in Gradle without committing it?

${code(f`signingConfigs {
    release {
        storeFile file(System.getenv("KS_PATH") ?: "upload.jks")
        storePassword System.getenv("KS_PASS")
        keyAlias "upload"
        keyPassword System.getenv("KEY_PASS")
    }
}`)}`),

  rec('chat_pdf_protected', f`Ska vi verkligen lösenordsskydda alla utskick med hörselutredningar? Kan du jämföra för- och nackdelar med en säker e-posttjänst, kort och sakligt?`),

  rec('invoice_numbers_hu', f`Kérlek, rendezd ezeket a számlákat esedékesség szerint: VDF-HU-2024-001873 (esed. 2024.11.15, 2 450 000 Ft), VDF-HU-2024-001902 (esed. 2024.11.02, 980 000 Ft), VDF-HU-2024-001944 (esed. 2024.12.01, 3 120 000 Ft). Adószám: 12345678-2-13 (a mi cégünké).`),

  rec('tracking_ar', f`ترجم رسالة التتبع هذه إلى الإنجليزية: شحنة السماد رقم SHP-2024-448172، رقم الحاوية MSCU 4821937، تاريخ الوصول المتوقع إلى ميناء جدة 18 نوفمبر.`),

  rec('jira_keys_sw', f`Nisaidie kuandika muhtasari wa sprint: CASE-1187 (fomu ya maombi ya walezi), CASE-1192 (ripoti ya kila mwezi), CASE-1201 (hitilafu ya kalenda). Zote zimekamilika isipokuwa CASE-1201.`),
];
