/**
 * Held-out batch 98: hard negatives — bag tags, PIR references, lot numbers, masked cards,
 * check-digit-failing numbers, placeholders, test keys, hashes and casual uses of "confidential"
 * from the six settings. Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b98n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b98n-pklive', B62, 97));
const PUB = pem('PUBLIC KEY', 'b98n-pub', 294);
const CERT = pem('CERTIFICATE', 'b98n-cert', 820);
const SHA = (seed: string) => fill(seed, HEX, 64);
const BCRYPT = tok('$2y$10$', fill('b98n-bcrypt', B62 + './', 53));

export const BATCH98_NEGATIVES: DraftRecord[] = [
  rec('chat', f`Bag tag 0125 482193 (interline, LH) was scanned at FRA sorter 3 at 14:22 but never loaded onto LH 904. PIR FRALH41827. Can you explain what "RUSH tag" means in the WorldTracer history?`),

  rec('chat_de', f`Die Charge 24B1187 des Impfstoffs (Verfall 11/2026, GTIN 04012345678901) wurde bei 9,2 °C angeliefert. Laut Datenlogger-Seriennummer 7730-118-04 war die Kühlkette 47 Minuten unterbrochen. Wie formuliere ich die Reklamation an die Spedition?`),

  rec('chat_es', f`El cliente pagó con la tarjeta **** **** **** 4725 y el voucher dice "APROBADO cód. 093817". ¿Cómo le explico que el reembolso tarda hasta 10 días hábiles?`),

  rec('chat', f`Our payment terminal printed this on a failed test: card 4539 1724 8830 6152, "INVALID CARD NUMBER". I typed the last digit wrong on purpose to test the error screen. Is the message wording OK for customers?`),

  rec('chat_nl', f`Klant stuurde IBAN NL10 INGB 0748 1936 25 maar onze software zegt "ongeldig controlegetal". Waarschijnlijk een typfout. Hoe vraag ik beleefd om het juiste nummer?`),

  rec('code_js', f`Stripe test mode works fine for the salon booking page, but when I switch to live I get "No such payment_intent". Test config:

${v('source_code.snippet', f`const stripe = Stripe('${PK_LIVE}');
// server side (test)
const secret = '${STRIPE_TEST}';`)}`),

  rec('env_template', f`This is our .env.example for new devs on the grants portal — is it clear enough?

${amb('source_code.snippet', f`DB_HOST=localhost
DB_USER=grants
DB_PASSWORD=<your-local-password>
OPENAI_API_KEY=YOUR_API_KEY
SENDGRID_API_KEY=\${SENDGRID_API_KEY}
S3_BUCKET=grants-dev-uploads`)}`),

  rec('chat_fr', f`Dans notre wiki, on a écrit « mot de passe : ******** » pour le compte partagé du salon. Est-ce qu'il vaut mieux utiliser un gestionnaire de mots de passe comme Bitwarden pour toute l'équipe ?`),

  rec('chat', f`What's the difference between a confidentiality agreement and an NDA? Our grants office keeps sending both to industry partners and I'm confused.`),

  rec('chat_it', f`Sono abbastanza confidente che il nuovo fornitore di tinture consegnerà in tempo, ma vorrei un piano B. Mi scrivi una mail al vecchio fornitore per chiedere disponibilità di 200 tubetti di colore 7.3?`),

  rec('uuid_log', f`Why does our reconciliation job log the same correlation id twice?

${amb('source_code.snippet', f`2025-03-20T04:11:08Z INFO  recon corr=9f4c2a81-5e37-4b90-a1d6-72c8e40b3f15 flight=KL1002 bags=143 matched=143
2025-03-20T04:11:09Z INFO  recon corr=9f4c2a81-5e37-4b90-a1d6-72c8e40b3f15 flight=KL1002 bags=143 matched=143`)}`),

  rec('chat_sv', f`Jag behöver kontrollera en nedladdning av firmware till PDU:erna. SHA-256 enligt leverantören: ${SHA('b98n-sha1')}. Min fil ger ${SHA('b98n-sha2')}. Betyder det att filen är korrupt?`),

  rec('chat_pl', f`Numer przesyłki kurierskiej z lekami weterynaryjnymi: 00340434161094027318. Status "w doręczeniu" od 3 dni. Jak napisać reklamację do firmy kurierskiej?`),

  rec('pem_pub', f`Customer wants to SSH into their colo server via our bastion; they sent their public key, where do I put it?

${PUB}`),

  rec('cert', f`Is this certificate for the salon booking site expired? I can't read the dates from the PEM:

${CERT}`),

  rec('chat_tr', f`Uçuş TK 1980, 14 Mart, bagaj etiketi TK 235819, dosya no ISTTK90412. Yolcu "gizli bir şey yok, sadece kıyafet var" diyor. Gümrük formunu nasıl doldururuz?`),

  rec('chat_ja', f`ロット番号 VX-2025-0318-A の動物用ワクチンについて、有効期限 2026年9月30日、保管温度 2〜8℃。この情報で出荷案内を作成してください。`),

  rec('chat_en_in', f`Sir, loan account number MFI/BBSR/2024/004821 is showing EMI ₹2,150 but the customer says it should be ₹2,050. Kindly explain how the reducing balance calculation works.`),

  rec('hash_amb', f`Found this in the old salon website's user table, is it a problem if it leaked?

admin | ${amb('credential.password_assignment', BCRYPT)}

The site was decommissioned in 2022.`),

  rec('ip_amb', f`Customer in rack B14 reports packet loss to their gateway ${amb('pii.ip_address', '203.0.113.45')} from our transit. Traceroute dies at hop 4 (${amb('pii.ip_address', '100.64.12.1')}). Who do I escalate to, the upstream carrier or our core team?`),

  rec('chat_en_jm', f`For the salon training manual: "Never write client card numbers on paper. If a client reads out a number, type it straight into the terminal." Can you make this sound friendlier?`),

  rec('version', f`After upgrading the NOC dashboards from grafana 10.4.2 to 11.1.0 and the plugin @grafana/data@11.1.0, the panel shows "Plugin not found". package react@18.2.0 is pinned. Any idea?`),

  rec('chat_pt_br', f`O número do processo do edital é 23072.019384/2025-41 e o código do projeto é APQ-01827-24. Como cito isso no ofício para a FAPEMIG?`),

  rec('chat_ar', f`رقم الرحلة MS 985، رقم ملف الأمتعة CAIMS40192، وزن الحقيبة 23 كجم. كيف أكتب رسالة اعتذار للراكب عن التأخير؟`),

  rec('chat', f`Our lost-and-found policy says: "Unclaimed items are kept for 90 days, then donated." A passenger asked about a confidential envelope left in the seat pocket — how do I reply that we can't open items to identify them?`),

  rec('placeholder_yaml', f`Helm values for the colo customer portal; the chart expects these and I'm not sure about the syntax:

${amb('source_code.snippet', f`database:
  host: {{ .Values.db.host }}
  user: portal
  password: {{ .Values.db.password }}
smtp:
  password: "\${SMTP_PASSWORD}"`)}`),

  rec('chat_hu', f`A számlán szereplő kártyaszám csak **** 1938 formában látszik, a tranzakcióazonosító TX-20250314-00891. Hogyan kérjek visszatérítést a szállítótól?`),

  rec('iban_bad', f`Kontrollera gärna: kunden skrev DE12 3704 0044 0829 1736 55 på fakturan men banken avvisar den. Är det fel kontrollsiffror?`),

  rec('gift_card', f`Salon gift voucher code GV-2025-48193 and PIN 8812. Customer says the balance shows zero. Voucher number on the back: 6280 3344 9182 7366 01. How do I check if it was already redeemed?`),

  rec('chat_ko', f`데이터센터 입고 신청서 번호 DC-IN-20250318-047, 랙 번호 B-14-22U, 케이블 라벨 CX-0481-0193. 작업 지시서 양식을 만들어 주세요.`),

  rec('phone_amb', f`For the salon's US training video script we need a fake phone number on screen. Is ${amb('pii.phone', '(415) 555-0134')} safe to use?`),

  rec('chat_id', f`Kode booking salon: BK-BDG-250315-0927. Nomor antrian 42. Tolong buatkan template SMS konfirmasi yang singkat.`),

  rec('chat_ru', f`Номер партии ветеринарного препарата 2503-117-КР, регистрационное удостоверение ПВР-2-3.18/03102. Срок годности до 03.2027. Нужно письмо клиенту о замене партии.`),

  rec('sql_noq', f`How do I write a query that returns the top 10 stylists by revenue last month? Tables: stylists(id, name, salon_id), appointments(id, stylist_id, price, date). No code needed, just explain the approach.`),

  rec('chat_sw', f`Namba ya mkopo ni LN-ARU-2024-00918 na kiasi ni TSh 1,200,000. Mteja anauliza kwa nini riba imeongezeka. Nieleze jinsi ya kumjibu.`),

  rec('docker_digest', f`Which image is actually running on the NOC's netbox host? docker ps says netbox:v4.1.3 and inspect gives sha256:${SHA('b98n-digest')}.`),

  rec('chat_el', f`Αριθμός αναφοράς αποσκευής ATHA340192, πτήση A3 602, ημερομηνία 18/03/2025. Πώς γράφω στον επιβάτη ότι η αποζημίωση υπολογίζεται με βάση τη Σύμβαση του Μόντρεαλ;`),

  rec('isbn', f`Please format this reference for the grant application: Smith, J. (2021). Veterinary Pharmacology, 4th ed. ISBN 978-0-7020-8178-3. Also DOI 10.1016/j.tvjl.2021.105692.`),

  rec('chat_fi', f`Konesalin kulunvalvontakortin numero 0048 1937 ja räkkikaapin avain K-114. Miten dokumentoin avainten luovutuksen asiakkaalle?`),

  rec('masked_csv', f`Salon POS export, can you total by card brand?

${amb('source_code.snippet', f`date,brand,card,amount
2025-03-14,VISA,XXXX-XXXX-XXXX-5406,85.00
2025-03-14,MC,XXXX-XXXX-XXXX-1938,120.00
2025-03-15,AMEX,XXXX-XXXXXX-X3174,240.00`)}`),

  rec('chat_da', f`Vores intranet-side om databeskyttelse har overskriften "Fortrolighed og tavshedspligt — sådan gør vi". Kan du foreslå en mere indbydende titel?`),

  rec('chat_en_au', f`The apprentice's training record says "Certificate III in Hairdressing SHB30416, unit SHBHCUT005". Can you explain what these unit codes mean?`),

  rec('nino_bad', f`Payroll rejected the NI number TN 48 29 17 B for the new tracer — apparently TN was a temporary-number prefix and is never issued. What should I ask the employee for?`),

  rec('chat_lv', f`Mūsu NOC čatā kāds uzrakstīja "parole: nav" — tas nozīmē, ka kontam vēl nav iestatīta parole. Kā lai pieprasa jaunu kontu bez paroles sūtīšanas e-pastā?`),

  rec('chat_ro', f`Codul de grant PN-IV-P8-8.1-PRE-HE-ORG-2025-0192 și numărul de înregistrare 4829/18.03.2025. Cum le trec în raportul tehnic?`),

  rec('chat_hr', f`Broj narudžbe veterinarskih lijekova NR-2025-00419, otpremnica OT-18374. Kupac traži račun na engleskom. Možeš li mi napraviti predložak?`),

  rec('svg', f`Why is the salon logo SVG blurry on retina screens? <svg viewBox="0 0 64 64"><path d="M32 4c-8.837 0-16 7.163-16 16 0 12 16 40 16 40s16-28 16-40c0-8.837-7.163-16-16-16zm0 22a6 6 0 110-12 6 6 0 010 12z"/></svg> and the PNG fallback is logo-retina.png.`),
];
