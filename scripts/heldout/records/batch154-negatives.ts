/**
 * Held-out batch 154: hard negatives — reservoir levels, device lot and UDI numbers, FIDE ids and
 * PGN, quote and storage references, placeholders, test values, public keys, hashes and casual
 * uses of "confidential" / "secret" / "password", in many languages (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b154n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b154n-pklive', B62, 97));
const PUB_PEM = pem('PUBLIC KEY', 'b154n-pub', 294);
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b154n-sshpub', B64, 43)} scada-jump@cr-sira`;
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const BCRYPT = tok('$2y$10$', fill('b154n-bcrypt', B62 + './', 53));
const SHADOW = tok('$6$', fill('b154n-salt', B62, 16), '$', fill('b154n-sha512', B62 + './', 86));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${b64Bytes('b154n-png', 180)}`;

const conf = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH154_NEGATIVES: DraftRecord[] = [
  // ── dam operator ──
  rec('chat_is', f`Geturðu tekið saman vatnsstöðuna í lónunum fyrir vikuskýrsluna?
Hálslón: 618,42 m y.s. (hámark 625,00), innrennsli 142 m³/s
Þórisvatn: 574,10 m y.s., innrennsli 61 m³/s
Blöndulón: 476,85 m y.s.
Mæling tekin 14.05.2025 kl. 06:00. Búist er við að Hálslón fari á yfirfall í byrjun ágúst.`),

  rec('csv_en', f`Why are the readings from PZ-07 flat for two days? Export from the instrumentation database:

${conf(f`reading_id,instrument,timestamp_utc,value_m,status
6f1c2a9e-3b7d-4e58-9a0c-8d4e2f7b1c63,PZ-07,2025-04-02T00:00:00Z,211.842,OK
a93e4b10-7c2d-4f6e-b815-2c9d0e4a7f18,PZ-07,2025-04-02T06:00:00Z,211.842,OK
0d7b5e2c-91a4-4c3f-8e6b-5f2a1d9c4e07,PZ-07,2025-04-02T12:00:00Z,211.842,OK
4c8e1f7a-2b9d-4a05-b3e6-7d1c0f5a9e42,PZ-11,2025-04-02T12:00:00Z,209.117,OK`)}`),

  rec('chat_th', f`ช่วยสรุปการคาดการณ์ปริมาณน้ำไหลเข้าอ่างเก็บน้ำสำหรับสัปดาห์หน้าหน่อยครับ: วันจันทร์ 1,240 ลบ.ม./วินาที, วันอังคาร 1,310, วันพุธ 1,455 ระดับน้ำปัจจุบัน +312.60 ม.รทก. ระดับเก็บกักสูงสุด +320.00 ม.รทก.`),

  rec('docs_en', f`Our dam-data backup runbook has this example — is it OK to keep in the wiki?

${conf(f`[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-north-1`)}

It's copied straight from the AWS docs.`, 'AWS documentation keys'),

  rec('pubkey_de', f`Kannst du mir erklären, wohin dieser Schlüssel auf dem Sprungserver für das Leitsystem gehört? Der Kollege sagt, der ist öffentlich und darf ins Ticket:

${SSH_PUB}

Und das Zertifikat des OPC-UA-Servers hat diesen Public Key:
${PUB_PEM}`),

  rec('chat_en', f`Firmware for the spillway gate PLCs: vendor published v4.2.1.3 with SHA-256 ${SHA('b154n-fw1')}. The file I downloaded hashes to ${SHA('b154n-fw2')}. Does that mean it's corrupted or tampered?`),

  rec('shadow_en', f`Is it a problem that the old historian box still has this in /etc/shadow? Someone said SHA-512 crypt is fine.

svc_hist:${ambCat('credential', SHADOW)}:19842:0:99999:7:::`, 'a crypt hash: crackable offline, not the secret (ambiguous, no rule id)'),

  rec('chat_ptbr', f`Qual a diferença entre cota de coroamento (232,00 m) e nível máximo maximorum (229,80 m)? O relatório da ANA fala em borda livre de 2,20 m e não entendi a conta. Coordenadas da barragem: -25.4083, -54.5889.`),

  // ── summer camp ──
  rec('env_test_en', f`${conf(f`# .env.test — registration portal, test mode only
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/camp_test
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy
ADMIN_PASSWORD=<set-in-1password>`)}

Can the publishable key be the live one while the secret is test?`),

  rec('chat_frca', f`Pour tester le paiement du dépôt dans l'environnement de test, j'ai entré la carte ${amb('financial.payment_card', '4242 4242 4242 4242')} pis ça passe, mais avec ${amb('financial.payment_card', '4000 0000 0000 0002')} ça refuse. C'est normal?`, 'Stripe test cards'),

  rec('form_enus', f`Make this camp health form accessible (labels + error messages):

Camper name: ____________
Date of birth: MM/DD/YYYY
Parent SSN (for tax receipt, optional): ${amb('pii.us_ssn', '123-45-6789')}
Parent phone: (___) ___-____
Insurance member ID: __________`, 'the well-known sample SSN: ambiguous'),

  rec('brochure_en', f`Proofread our brochure back page please:
"Questions? Call the camp office at ${amb('pii.phone', '(802) 555-0142')} (Mon–Fri, 9–5) or stop by cabin row B. Drop-off Sunday 2–4 pm, pick-up Saturday 10 am. Cell phones stay in the office safe — no exceptions!"`, 'fictional 555-01xx number'),

  rec('chat_ro', f`Poți să-mi faci programul pentru tabăra de vară? Sosire duminică la 16:00, foc de tabără marți la 21:00, excursie la Cascada Bigăr joi (plecare 8:30, 42 km), concurs de talente vineri. Grupele: Veverițele (7–9 ani), Lupii (10–12), Vulturii (13–15).`),

  rec('chat_he', f`המחנה שלנו מחפש רעיונות לערב "סוד המחנה" — כל קבוצה מסתירה חפץ וצריך למצוא אותו לפי רמזים. תכתוב לי 5 רמזים מצחיקים בחרוזים?`),

  rec('db_en', f`Old camp portal stores parent logins like ${ambCat('credential', BCRYPT)} in the users.password column. Is bcrypt cost 10 still OK or should we rehash on next login?`, 'a bcrypt hash (ambiguous, no rule id)'),

  rec('chat_enus', f`Camp store gift voucher won't scan: 7731 4820 1937 5524, bought at the open house. The POS says invalid. Is it the barcode or did it never get activated?`, 'voucher number that fails the Luhn check, not in a card issuer range'),

  rec('chat_cs', f`Potřebuji heslo... tedy spíš nápad na heslo tábora na triko! Letos je téma "Cesta kolem světa". Něco krátkého a vtipného, max. 5 slov.`),

  // ── medical-device recall ──
  rec('table_de', f`Bitte sortiere die betroffenen Produkte nach Verfallsdatum:

UDI-DI (01)04061234987654 – Lot VM-IP-2311A – Verfall 2026-11-30
UDI-DI (01)04061234987661 – Lot VM-IP-2311B – Verfall 2026-12-31
UDI-DI (01)04061234987678 – Lot VM-IP-2312A – Verfall 2027-01-31
Meldung BfArM: Vorgangsnummer 04418/25, EUDAMED SRN DE-MF-000012345`),

  rec('chat_en', f`For the FDA recall database entry: recall number Z-1184-2025, class II, 510(k) K243918, product code LZG, 1,284 units distributed in 14 states. Can you draft the "Reason for Recall" field in plain language? The issue is delayed occlusion alarms after firmware 4.2.1.`),

  rec('chat_ja', f`回収対象の型番とロットを表にしてください。型番 VM-GL-200、ロット 2405A12〜2405A19、製造番号 GL24050001〜GL24051284、使用期限 2026年5月。医療機器承認番号 30500BZX00123000。`),

  rec('log_en', f`${conf(f`2025-03-11T09:14:02.118Z INFO recall-api req=8e41c2b7-5d9a-4f13-b6e0-2a7c9d1f4e85 POST /v1/fsca/FSCA-2025-014/acks 201 34ms
2025-03-11T09:14:05.402Z INFO recall-api req=c17f9a03-8b2e-4d6c-a145-9e3b0f7d2c61 GET /v1/lots/VM-ICD-2407A 200 12ms
2025-03-11T09:14:09.887Z WARN recall-api req=5a2d8e6f-0c1b-4937-8f24-d6b9e1a3c705 slow query fingerprint=${SHA('b154n-fp')} 1420ms`)}

Why is the lots lookup fast but the ack insert slow?`),

  rec('chat_fr', f`Question de vocabulaire : dans un avis FSCA, on écrit « confidentiel » nulle part normalement, non ? Le client me demande si l'avis de sécurité peut être affiché en salle de soins. J'ai l'impression qu'il confond avec l'accord de confidentialité qu'on a signé avec l'hôpital.`),

  rec('chat_zh', f`召回进度：已回收 1017 台，剩余 267 台，追踪单号 SF1429384756021、SF1429384756038。预计 3 月 20 日全部回收。帮我写一段给管理层的简报，100 字以内。`),

  rec('chat_ko', f`식약처 회수 보고서 양식에서 "품목허가번호"는 제허 24-1184 호처럼 쓰면 되나요? 제조번호는 GL24050001부터 GL24051284까지, 유효기간은 2026-05-31입니다.`),

  // ── chess federation ──
  rec('pgn_en', f`Can you annotate the critical moment in this game? I think 23...Rxd4 was a blunder.

[Event "National Championship 2025"]
[Site "Tbilisi GEO"]
[Date "2025.04.17"]
[Round "6"]
[White "Beridze, Nika"]
[Black "Japaridze, Levan"]
[Result "1-0"]
[WhiteElo "2487"]
[BlackElo "2452"]
[WhiteFideId "13671854"]
[BlackFideId "13602917"]

1. d4 Nf6 2. c4 e6 3. g3 d5 4. Bg2 Be7 5. Nf3 O-O 6. O-O dxc4 7. Qc2 a6 8. a4 Bd7 9. Qxc4 Bc6 10. Bg5 a5 11. Nc3 Na6 12. Rfd1 Nb4 13. Rac1 Bd5 14. Nxd5 exd5 15. Qb3 c6 16. Ne5 Nd7 17. Bxe7 Qxe7 18. Nd3 Nxd3 19. Qxd3 Nf6 20. e3 Rfe8 21. Rc2 Re6 22. Rdc1 Rae8 23. Bf3 Rd6 1-0`),

  rec('chat_ru', f`Объясни, пожалуйста, позицию по FEN: r1bq1rk1/pp2bppp/2n1pn2/3p4/2PP4/2N1PN2/PP2BPPP/R2QKB1R w KQ - 3 9. Почему здесь «секретный» ход Ng5 считается сильнее, чем cxd5? Тренер говорит, что это секрет каталонской подготовки.`),

  rec('table_hr', f`Možeš li složiti tablicu poretka za web? Nakon 7. kola:
1. Ivan Šarić (FIDE 14508150, Elo 2611) 6 bodova
2. Marko Tomić (FIDE 14514206, Elo 2488) 5,5
3. Ana Matić (FIDE 14517930, Elo 2390) 5,5
Tie-break: Buchholz Cut 1, zatim Sonneborn-Berger.`),

  rec('chat_tr', f`Merhaba, FIDE rating listesinde "K" sütunu ne anlama geliyor? Ratingim 1984, K=40 yazıyor ama 30 partiyi çoktan geçtim. Mayıs listesi 01.05.2025'te yayımlandı.`),

  rec('chat_ru', f`Переведи, пожалуйста, расписание национального чемпионата на английский: 1-й тур — 2 июня, 15:00; 2-й тур — 3 июня, 15:00; контроль времени 90 минут + 30 секунд на ход. Турнирный взнос 3 000 ₽.`),

  rec('books_en', f`Reading list for our junior squad, can you order by difficulty?
- "Logical Chess: Move by Move", ISBN 978-0-7134-8464-1
- "My System", ISBN 978-1-880673-94-2
- "Silman's Complete Endgame Course", ISBN 978-1-890085-10-0
- "Secrets of Modern Chess Strategy" — yes, the secrets one, everyone says it's a must.`),

  rec('chat_el', f`Είμαι σίγουρος (confident!) ότι ο κανονισμός της FIDE επιτρέπει ισοπαλία με συμφωνία μετά την 30ή κίνηση μόνο αν το επιτρέπει η προκήρυξη. Μπορείς να μου βρεις το σχετικό άρθρο; Θέλω να το ανεβάσω στο site της ομοσπονδίας.`),

  // ── visa office ──
  rec('chat_zhtw', f`你好，請問 BRP 和 eVisa 有什麼差別？學校說從 2025 年開始不再發 BRP 卡，要改用 UKVI 帳戶。那我出入境時要帶哪些文件？還有 IHS 一定要先繳清才能拿到 CAS 嗎？`),

  rec('chat_vi', f`Chào thầy cô, em là sinh viên mới. Em cần chuẩn bị những giấy tờ gì để nộp hồ sơ xin visa du học ạ? Ví dụ thư CAS, chứng chỉ IELTS và chứng minh tài chính. Em cảm ơn ạ.`),

  rec('chat_hi', f`नमस्ते, स्टूडेंट वीज़ा के लिए IHS फीस कितनी है? मेरा कोर्स 15 महीने का है। और फंड्स के लिए बैंक में कितने दिन पैसे रखने होते हैं — 28 दिन?`),

  rec('readme_en', f`Rewrite the setup section of our CAS tool README, it's confusing:

1. Copy \`.env.example\` to \`.env\`.
2. Set \`UKVI_SMS_USER=<your-sms-username>\` and \`UKVI_SMS_PASSWORD=<your-sms-password>\`.
3. Set \`SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\`.
4. Run \`npm run cas:generate -- --intake 2025-09\`.
Never commit the real values; they live in \${VAULT_PATH}/visa-office.`),

  rec('chat_ta', f`வணக்கம், என் CAS அறிக்கையில் "Assigned" என்று காட்டுகிறது, ஆனால் இன்னும் "Used" ஆகவில்லை. விசா விண்ணப்பத்தை 2025 ஆகஸ்ட் 4 அன்று சமர்ப்பித்தேன். பயோமெட்ரிக்ஸ் சந்திப்பு ஆகஸ்ட் 11. இது சாதாரணமா?`),

  rec('nda_en', f`Can you give me a confidentiality agreement template for student ambassadors who help at visa workshops? Keep it short, plain English, and mention they shouldn't photograph anyone's documents.`),

  rec('chat_en', f`What does "${amb('confidential.marking', 'OFFICIAL-SENSITIVE')}" actually require when the Home Office sends us an audit letter with it? Can we store it in our normal SharePoint?`, 'a marking quoted in a question about it, not marking this text: ambiguous'),

  // ── removals and storage ──
  rec('quote_sl', f`Lahko pregledaš ponudbo za selitev, preden jo pošljem?
Ponudba št. PON-LJ-2025-0418
Prostornina: 34 m³, 3 delavci, tovornjak 7,5 t
Razdalja: Ljubljana – Maribor, 128 km
Cena: 1.240,00 € + DDV (22 %)
Veljavnost ponudbe: 30 dni`),

  rec('chat_lt', f`Ar galėtum išversti į anglų? „Jūsų daiktai saugomi sandėlyje Nr. 3, boksas B-117. Užsakymo numeris PK-2025-00871, siuntos sekimo numeris 1Z 8V4 029 68 4417 3920. Kitas mokėjimas – birželio 1 d."`),

  rec('invoice_pl', f`Możesz sprawdzić tę fakturę za magazynowanie? Faktura nr HL-WAW-25-0612, NIP sprzedawcy 5252817364, kwota 389,00 zł + VAT 23%, termin płatności 15.06.2025. W tytule przelewu proszę podać numer faktury.`),

  rec('receipt_fi', f`Muuttofirma lähetti kuitin, voitko kääntää sen englanniksi?
Tilaus nro 2025-7713, muutto 12.06.2025
Maksettu kortilla: Visa **** **** **** 4417
Summa: 640,00 € (sis. ALV 25,5 %)
Kiitos, että valitsit Harbourlinen!`),

  rec('chat_nl', f`Kun je een offertemail voor me schrijven? Verhuizing van Utrecht naar Groningen, eengezinswoning met 3 slaapkamers, ongeveer 45 m³. Prijs € 2.380 inclusief verzekering. Offertenummer HL-UTR-25-0311, 14 dagen geldig. We kunnen op 28 juni of 5 juli verhuizen.`),

  rec('training_engb', f`Script for new quoting-desk staff, can you make it friendlier?
"Hello, Harbourline Removals, you're through to the quotes team. Can I take a number in case we get cut off?" — for the role-play use ${amb('pii.phone', '07700 900418')}.
"Thank you. Is it a full house move or part load?"`, 'Ofcom drama-range mobile number'),

  rec('fuelcard_en', f`One of our van drivers' fuel card got declined at the depot: 7076 4418 2093 5517, expires 03/27. Who do I call at the fuel card company?`, 'fuel-card number that fails the Luhn check'),

  rec('form_nl', f`Maak dit offerteformulier toegankelijk:
Naam: ____________
IBAN: NL00 BANK 0000 0000 00
Telefoon: 06-________
Verhuisdatum: DD-MM-JJJJ
Voorbeeld IBAN uit de handleiding: NL12 RABO 0123 4567 89`, 'placeholder IBAN and an example IBAN with a wrong check digit'),

  rec('css_en', f`Logo on the quote PDF renders blurry, CSS from the template:
${conf(f`.quote-header .logo {
  width: 120px;
  height: 32px;
  background: url("data:image/png;base64,${PNG_B64}") no-repeat left center / contain;
}`)}`),

  rec('changelog_en', f`Summarise for the quoting team what changed in the quote calculator release:
- image ghcr.io/harbourline/quote-calc:3.8.0@sha256:${SHA('b154n-digest')}
- commit ${GITSHA('b154n-commit')} "fix: piano surcharge applied twice"
- Node 20.18.1 → 22.12.0, pdfkit 0.15.0 → 0.15.2
- build 2025.06.03.2`),

  rec('chat_enie', f`I'm confident the Galway job can be done in one day if we start at 7. Is it a secret that the M6 is closed near Athlone that weekend, or just me not reading the news? Plan the route around it.`),
];
