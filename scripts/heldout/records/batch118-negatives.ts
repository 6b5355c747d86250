/**
 * Held-out batch 118: hard negatives for the six organisations: documentation keys, test and
 * publishable keys, placeholders, masked or check-digit-failing numbers, serials, lot and tracking
 * numbers, hashes, public certificates, casual uses of "confidential" and password talk without a
 * password, in many languages (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart
 * from ambiguous spans and pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

/** Change the last digit by one: a single-digit change always breaks Luhn / Verhoeff. */
const breakLast = (s: string): string => s.slice(0, -1) + String((Number(s.slice(-1)) + 1) % 10);

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b118n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b118n-pklive', B62, 97));
const CERT = pem('CERTIFICATE', 'b118n-cert', 880);
const PUBKEY = pem('PUBLIC KEY', 'b118n-pub', 294);
const SHA = (seed: string) => fill(seed, HEX, 64);
const BCRYPT = tok('$2y$10$', fill('b118n-bcrypt', B62 + './', 53));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAA${fill('b118n-png', B64, 160)}`;
const INTEGRITY = `sha512-${b64Bytes('b118n-integ', 64)}`;
const BAD_CARD = breakLast('4220667971786688');
const BAD_CARD2 = breakLast('5100043336701956');
const BAD_AADHAAR = breakLast('362503174696');

export const BATCH118_NEGATIVES: DraftRecord[] = [
  rec('code_python', f`Our moto-based test for the export-docs bucket stopped working after upgrading boto3:

${code(f`@pytest.fixture
def aws(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

@mock_aws
def test_upload_certificate(aws):
    s3 = boto3.client("s3", region_name="eu-central-1")
    s3.create_bucket(Bucket="honey-export-docs", CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})`)}`, 'AWS documentation keys: no credential'),

  rec('chat_es_mx', f`Estoy probando el checkout de boletos en modo prueba con ${STRIPE_TEST} y la tarjeta ${amb('financial.payment_card', '4242 4242 4242 4242')}. ¿Por qué no me llega el webhook a localhost?`),

  rec('chat', f`Is it a problem that the stadium shop's frontend bundle contains ${PK_LIVE}? A fan reported it as a "leaked key" on our bug-bounty form.`, 'publishable key: public by design'),

  rec('env_de', f`Passt diese Vorlage für die neuen Entwickler der Visa-Terminbuchung?

${cfg(f`# .env.example — NICHT mit echten Werten einchecken
DATABASE_URL=postgresql://USER:PASSWORD@localhost:5432/visa_termine
SENDGRID_API_KEY=YOUR_API_KEY
ADMIN_PASSWORD=<bitte-setzen>
SESSION_SECRET=\${SESSION_SECRET}`)}`),

  rec('helm_values', f`${cfg(f`ticketing:
  db:
    host: {{ .Values.db.host }}
    password: {{ .Values.db.password }}
  stripe:
    secretKey: {{ .Values.stripe.secretKey | quote }}`)}

Why does helm template render empty strings here?`),

  rec('receipt_fr', f`Reçu de paiement — Ambassade, section consulaire
Frais de visa Schengen (type C) : 80,00 €
Payé par : Visa •••• •••• •••• 4417, autorisation 082143
Référence : VIS-2024-118-00412
Date : 07/10/2024 10:42

Peux-tu traduire ce reçu en anglais pour le demandeur ?`),

  rec('chat_it', f`Il cliente ha dettato il numero della carta per l'anticipo sulla serratura ma il POS lo rifiuta subito: ${BAD_CARD}. Credo abbia sbagliato una cifra. Come glielo chiedo di nuovo senza sembrare sgarbato?`, 'Luhn-failing on purpose'),

  rec('chat_de', f`Die Bank lehnt die Überweisung an den Imker ab: "IBAN ungültig". Er hat uns DE48 3894 3513 8595 4571 88 geschickt. Kann das ein Zahlendreher sein, und wie frage ich höflich nach?`, 'IBAN with wrong check digits'),

  rec('shipping_en', f`Help me write the shipment notice to the importer:

Container: MSKU 482917-3 (20' reefer not required)
B/L: MEDUFB4827193
HS code: 0409.00.00 — natural honey
Lots: LT-24-117, LT-24-118, LT-24-121
Net weight: 19,800 kg in 66 drums
ETD Valencia 14/10, ETA Hamburg 21/10`),

  rec('dose_table_fr', f`Trie ce tableau par dose décroissante :

dosimètre | zone | Hp(10) mSv
DP-118-0442 | BR tranche 2 | 0,82
DP-118-0451 | BAN | 0,14
DP-118-0460 | BR tranche 1 | 1,07
EPD-20931 | zone contrôlée verte | 0,03`),

  rec('log_scan', f`${cfg(f`2024-10-05T17:58:03.114Z INFO scan gate=N4 turnstile=07 ticket=8f3c2a91-5d7e-4b08-a6c1-3e94b7d2f501 result=ok latency_ms=84
2024-10-05T17:58:03.902Z INFO scan gate=N4 turnstile=07 ticket=c17e4d28-9a3b-4f61-8e05-b2d6a9f3c748 result=used latency_ms=91
2024-10-05T17:58:04.377Z WARN scan gate=N4 turnstile=08 ticket=3a9b6e15-c0d4-4e72-91f8-6d2c5a7b0e93 result=invalid latency_ms=1204`)}

Why is turnstile 08 so slow compared to 07?`),

  rec('chat_ru', f`После обновления контроллеров замков до прошивки 4.12.1.3 перестал работать режим «антипассбэк». На версии 4.11.0.9 всё было нормально. Есть известная проблема?`),

  rec('docker', f`Which image should we pin for the dosimetry API?

registry.kovarna-npp.local/rp/dose-api@sha256:${SHA('b118n-digest')}
registry.kovarna-npp.local/rp/dose-api:2.7.4

git rev-parse HEAD → ${fill('b118n-gitsha', HEX, 40)}`),

  rec('chat_en', f`Can you draft a confidentiality agreement template for our locksmith apprentices? It should cover customer addresses, key codes and alarm schedules, and be one page.`),

  rec('chat_de', f`Schreib mir bitte eine Vorlage für eine Vertraulichkeitsvereinbarung mit Subunternehmern der Schädlingsbekämpfung. Kurz, verständlich, ohne Juristendeutsch.`),

  rec('chat_en', f`I'm confident the new turnstile layout will cut the queue at the north stand by half. Can you help me present the numbers to the safety advisory group?`),

  rec('chat_fr', f`Notre prestataire informatique propose du « confidential computing » pour héberger la base de dosimétrie. Concrètement, qu'est-ce que ça change par rapport à un chiffrement classique ?`),

  rec('chat_en', f`Our consular web server exposes this certificate, is the chain complete?

${CERT}

and the public key we give to the MFA for signed exports:

${PUBKEY}`, 'certificate and public key: not secrets'),

  rec('chat_en_us', f`Our US field tech put ${'912-48-3716'} as his "SSN" on the dose-history form. Isn't that an ITIN format rather than an SSN? What should I ask him for instead?`, 'area 9xx: not an SSN'),

  rec('chat_hi', f`ग्राहक ने आधार नंबर ${BAD_AADHAAR} लिखा है लेकिन पोर्टल "अमान्य आधार" कह रहा है। शायद एक अंक गलत है। उनसे दोबारा कैसे पूछूं?`, 'Verhoeff-failing Aadhaar'),

  rec('sample_en', f`Write a sample SMS confirmation for a pest-control visit. Use a fake number like ${amb('pii.phone', '(555) 010-4477')} for the callback line so nobody calls a real customer.`),

  rec('chat_en_gb', f`For the stewards' training slides I need a dummy mobile number that can never be real. Is ${amb('pii.phone', '07700 900123')} safe to print?`),

  rec('chat_pl', f`Jak ustawić politykę haseł dla paneli administracyjnych kontrolerów drzwi? Chcemy minimum 14 znaków, zmiana co 180 dni i blokada po 5 błędnych próbach. Napisz to jako punkt w instrukcji.`),

  rec('chat_nl', f`Het wachtwoord van de dosimetrielezer staat in KeePass onder "RP / TLD-lezer". Kun je een korte instructie schrijven hoe nieuwe collega's toegang tot die KeePass-map aanvragen?`),

  rec('form_template_es', f`Plantilla de alta de técnico de fumigación:

Nombre: ______________________
Usuario: nombre.apellido
Contraseña: ********
Teléfono: +34 ___ __ __ __

¿Puedes añadir un campo para el carné de aplicador de biocidas?`),

  rec('chat_en', f`Our README says to clone with \`git clone https://ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx@github.com/keller-sec/door-firmware.git\`. Is there a better way to document this without a real token?`),

  rec('chat_de_ch', f`Wie lauft das mit de Schliessplän? Mir händ e Generalhauptschlüssel-Anlag mit Zylinder-Nr. 48213-G, Gruppe B1 bis B6, Kaba 20. Chasch mer e Tabelle mache, welle Schlüssel welle Türe schliesst?`),

  rec('chat_ja', f`この蜂蜜の分析結果を英語の表にしてください：水分 17.2%、HMF 12 mg/kg、ジアスターゼ活性 14.8、ロット番号 JP-24-0917、検査日 2024年9月30日。`),

  rec('chat_ko', f`출입통제 장비 시리얼 번호 목록을 정리해 주세요: AC2-2409-00417, AC2-2409-00418, RD-MF-88213, RD-MF-88214. 설치 위치는 1층 로비, 2층 서버실입니다.`),

  rec('chat_zh', f`这不是什么机密，就是我们合作社今年的产量：槐花蜜 42 吨，椴树蜜 18 吨，百花蜜 27 吨。帮我做一个柱状图的数据表。`, 'casual "not a secret"'),

  rec('chat_he', f`זה לא סוד שהתורים בשער הדרומי ארוכים מדי. תעזור לי לנסח הודעה לאוהדים שממליצה להגיע שעה לפני המשחק?`),

  rec('chat_ar', f`نسيت كلمة المرور الخاصة بنظام مواعيد القنصلية. ما هي خطوات إعادة التعيين المعتادة؟ أريد كتابة دليل مختصر للموظفين الجدد.`),

  rec('chat_th', f`ช่วยอธิบายหน่วย mSv กับ µSv/h ให้พนักงานใหม่ฝ่ายป้องกันรังสีเข้าใจง่าย ๆ หน่อย เช่น ขีดจำกัดปริมาณรังสี 20 mSv ต่อปี และอัตรา 2.5 µSv/h ในพื้นที่ควบคุม`),

  rec('chat_ka', f`საელჩოს ვიზის მოსაკრებლის ცხრილი: C ტიპი — 80 ევრო, 6-12 წლის ბავშვები — 40 ევრო, D ტიპი — 75 ევრო. გთხოვ, ინგლისურად თარგმნე და ცხრილად გამიფორმე.`),

  rec('chat_hy', f`Մեղրի խմբաքանակի հետագծելիության կոդերը՝ AM-24-0412, AM-24-0413, AM-24-0419։ Պատրաստիր դրանց համար պիտակի տեքստ անգլերենով։`),

  rec('chat_tr', f`Stadyumun kuzey tribünü için oturma planı: Blok C, sıra 14, koltuk 1-28; Blok D, sıra 1-20. Engelli seyirci alanı Blok F. Bunu bir tabloya dönüştürür müsün?`),

  rec('chat_uk', f`Підкажи, як правильно зберігати паролі від контролерів доступу у нашій фірмі? Зараз вони в Excel-файлі — це погана ідея, я знаю. Які менеджери паролів підходять для команди з 12 монтажників?`),

  rec('firewall_en', f`${cfg(f`# turnstile VLAN ACL (gate network)
access-list 140 permit tcp ${amb('pii.ip_address', '172.20.40.0')} 0.0.0.255 host ${amb('pii.ip_address', '172.20.10.5')} eq 443
access-list 140 deny   ip any any log`)}

Will this block the readers from reaching the NTP server?`),

  rec('chat_en', f`We store legacy portal passwords as ${ambCat('credential', BCRYPT)} — is bcrypt cost 10 still acceptable for the embassy's appointment portal, or should we move to argon2id?`, 'password hash: ambiguous'),

  rec('html', f`${cfg(f`<img alt="Logo Cooperativa" src="data:image/png;base64,${PNG_B64}" width="120">`)}

Why is the logo blurry in the export invoice PDF?`),

  rec('package_lock', f`${cfg(f`"node_modules/qrcode": {
  "version": "1.5.4",
  "resolved": "https://registry.npmjs.org/qrcode/-/qrcode-1.5.4.tgz",
  "integrity": "${INTEGRITY}",
  "license": "MIT"
}`)}

Is qrcode 1.5.4 fine for printing the ticket barcodes?`),

  rec('chat_pt_br', f`O cliente mandou o número do cartão para pagar a dedetização mas o sistema recusou: ${BAD_CARD2}. Acho que ele digitou errado. Como peço de novo por telefone, sem pedir por chat?`, 'Luhn-failing on purpose'),

  rec('chat_sv', f`Kan du förklara skillnaden mellan IBAN och BIC för våra honungskunder i Norge? Ett exempel på formatet räcker, typ SEkk bbbb cccc cccc cccc cccc — utan riktiga siffror.`),

  rec('chat_cs', f`Jaké jsou přípravky na deratizaci povolené v potravinářských provozech? Máme v evidenci registrační čísla 4582-0, 4611-3 a 5021-1 a chci to porovnat s aktuálním seznamem.`),

  rec('chat_id', f`Tolong buatkan pengumuman untuk penonton: pintu stadion dibuka pukul 17.00 WIB, kick-off 19.30. Tiket hanya bisa dipindai sekali, kode QR seperti TKT-2410-88213 tidak boleh dibagikan di media sosial.`),

  rec('chat_vi', f`Mình cần viết hướng dẫn: mật khẩu tài khoản điều phối phải có ít nhất 12 ký tự, có chữ hoa, số và ký tự đặc biệt, không dùng lại 5 mật khẩu gần nhất. Bạn viết giúp bằng tiếng Việt dễ hiểu nhé.`),

  rec('chat_el', f`Πόσα μέλι μπορούμε να εξάγουμε στην Ιαπωνία χωρίς επιπλέον πιστοποίηση; Έχουμε παρτίδες GR-24-0881 έως GR-24-0890 και αριθμό EORI GR094827193.`),

  rec('chat_fi', f`Lukkoliikkeen asiakas kysyy: onko sarjanumero 2409-00417 sama asia kuin avaimen järjestelmänumero? Kirjoita lyhyt selitys suomeksi.`),

  rec('chat_bn', f`মৌমাছির খামারের অবস্থান: ২৩.৮১০৩° উত্তর, ৯০.৪১২৫° পূর্ব। রপ্তানি নথিতে এই স্থানাঙ্কগুলো কিভাবে লিখব?`),

  rec('chat_ro', f`Colegul spune că documentul cu prețurile pentru export e „confidențial de tot”, dar e deja pe site. Cum îi explic politicos că nu mai e nimic secret acolo?`, 'casual use'),

  rec('chat_sr', f`Треба ми текст за обавештење станарима: дератизација подрума у понедељак од 9 до 12 часова, молимо да не пуштате кућне љубимце у подрум 48 сати након третмана.`),
];
