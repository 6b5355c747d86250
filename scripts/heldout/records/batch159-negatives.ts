/**
 * Held-out batch 159: hard negatives — documentation keys, test keys, placeholders, masked or
 * check-digit-failing numbers, operational identifiers (air waybills, ULDs, microchips, donation
 * numbers), hashes and casual uses of "confidential" in many languages (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { ibanWithCheck, inAadhaarSpaced, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

/** The same value with its last digit moved by one: a check digit that now fails. */
const bump = (s: string) => s.slice(0, -1) + String((Number(s.at(-1)) + 1) % 10);
const IBAN_OK = ibanWithCheck('IT', 'K0200801604000104829371');
/** The same IBAN with its check digits off by one (mod 97 fails). */
const IBAN_BAD = IBAN_OK.slice(0, 2) + String(Number(IBAN_OK.slice(2, 4)) + 1).padStart(2, '0') + IBAN_OK.slice(4);
const ZOO_CARD_BAD = bump(luhnWithCheck('601148203917254'));
const AADHAAR_BAD = bump(inAadhaarSpaced('64829173052'));
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b159n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b159n-pklive', B62, 97));
const PUB_PEM = pem('PUBLIC KEY', 'b159n-pub', 294);
const CERT = pem('CERTIFICATE', 'b159n-cert', 720);
const BCRYPT = tok('$2y$10$', fill('b159n-bcrypt', B62 + './', 53));
const SHA = (seed: string) => fill(seed, HEX, 64);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAA${fill('b159n-png', B64, 200)}`;
const SSH_PUB = `AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b159n-sshpub', B64, 43)}`;

export const BATCH159_NEGATIVES: DraftRecord[] = [
  rec('compose_en', f`LocalStack for the ULD-tracking service won't accept uploads in our dev stack, any ideas?

${amb('source_code.snippet', f`services:
  localstack:
    image: localstack/localstack:3.8
    environment:
      SERVICES: s3,sqs
      AWS_ACCESS_KEY_ID: AKIAIOSFODNN7EXAMPLE
      AWS_SECRET_ACCESS_KEY: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
      AWS_DEFAULT_REGION: eu-central-1
    ports:
      - "4566:4566"`)}`, 'AWS documentation keys: no credential'),

  rec('env_de', f`Ist es ok, dass im Staging-Shop vom Zoo ein Live-Publishable-Key steht? Hier die .env.staging:

${amb('source_code.snippet', f`STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
SHOP_URL=https://staging.shop.riversidezoo.org`)}`, 'Stripe test secret key and a publishable key: negatives'),

  rec('yaml_ja', f`新しい地上支援システムの設定テンプレートです。コメントを英語にしてください。

${amb('source_code.snippet', f`# 各拠点でコピーして使用すること
database:
  host: <DBホスト名>
  user: handling_app
  password: <パスワードを入力>   # 平文でコミットしないこと
smtp:
  password: \${SMTP_PASSWORD}`)}`),

  rec('receipt_fr', f`Reçu d'adhésion – Zoo de la Ville
Adhésion Famille 2025 : 139,00 €
Payé par Visa •••• •••• •••• 4417, autorisation 081734
Date : 02/11/2024, caisse 3

Peux-tu traduire ce reçu en anglais pour un membre américain ?`),

  rec('chat_es', f`Un socio dice que su número de carné del zoo es ${spacedFours(ZOO_CARD_BAD)} pero el sistema no lo encuentra. ¿Puede ser que lo haya copiado mal? ¿Cómo le pido que me mande una foto del carné?`, 'a membership number that fails the Luhn check: negative'),

  rec('chat_it', f`Il cliente ci ha mandato questo IBAN per il rimborso del deposito gru: ${IBAN_BAD}. La banca lo rifiuta dicendo che le cifre di controllo sono sbagliate. Come glielo spiego senza sembrare scortesi?`, 'IBAN with failing check digits'),

  rec('chat_ru', f`Помоги составить ответ экспедитору: по авианакладным 555-48291736 и 555-48291740 груз прибыл, но паллеты на ULD AKE 48213 AK повреждены. Акт о повреждении № 2024/1187 приложен.`),

  rec('log_zh', f`这个日志里为什么同一个 request_id 出现两次？

${amb('source_code.snippet', f`2024-11-21T03:12:44.118Z INFO  awb-sync request_id=9f2c71e4-5a3b-4d18-b0e6-27c94a8d1f53 awb=880-41829375 status=RCS
2024-11-21T03:12:44.907Z INFO  awb-sync request_id=9f2c71e4-5a3b-4d18-b0e6-27c94a8d1f53 awb=880-41829375 status=MAN checksum=${SHA('b159n-sha1')}`)}`),

  rec('chat_ko', f`다음 달 동물원 행사 일정표 정리해 주세요: 12월 7일(토) 야간 개장 18:00~21:00, 12월 14일 펭귄 먹이주기 체험 11:30, 12월 24일 크리스마스 특별 공연 15:00. 회원 할인은 20%입니다.`),

  rec('chat_pl', f`Szef pyta, czy lista prelegentów na konferencję o dobrostanie zwierząt jest poufna. Moim zdaniem nie ma w niej nic poufnego, to i tak będzie na stronie. Napisz krótką odpowiedź w tym duchu.`, 'casual use of the word, no marking'),

  rec('chat_en', f`Can you give me a simple confidentiality agreement template for zoo volunteers who help at the members' evening events? Nothing fancy, one page.`),

  rec('chat_en2', f`Is "confidential computing" (AMD SEV, Intel TDX) something a small student loan servicer should care about when choosing a cloud provider, or is it overkill?`),

  rec('chat_pt_br', f`Atualizei as dependências do app de agendamento de doadores e quebrou o build. Mudou isso aqui: react@18.3.1 → react@19.0.0, @tanstack/react-query@5.59.0, date-fns@4.1.0. Alguém sabe se o date-fns 4 mudou a API de format?`),

  rec('chat_nl', f`Is dit de publieke sleutel die ik aan de douane-expediteur moet geven voor de versleutelde manifesten?

${PUB_PEM}

En moet ik het certificaat er ook bij doen?
${CERT}`, 'public key and certificate: negatives'),

  rec('chat_sv', f`Kan du göra en lista över böckerna vi säljer i zoobutiken, sorterad på titel? ISBN 978-91-29-72418-3, 978-91-0-017843-2, 978-91-7795-318-6 och 978-91-638-8294-1.`),

  rec('script_he', f`תכתוב לי תסריט קצר לפרסומת רדיו של גן החיות. בסוף הקריין אומר: "לכרטיסים חייגו ${amb('pii.phone', '(212) 555-0147')}" — זה מספר פיקטיבי לדמו, אחר כך נחליף.`, 'fictional 555-01xx number: ambiguous'),

  rec('training_en_gb', f`For the new crane-hire call-centre training deck, the role-play customer is "Gary from Leeds" calling on ${amb('pii.phone', '07700 900418')}. Can you write the script for a hire-extension call?`, 'Ofcom drama number: ambiguous'),

  rec('chat_tr', f`Yarınki yükleme planı: TK 6521 İST-LEJ, ULD'ler PMC 71829 TK ve PAG 40318 TK, kapı 14, slot 03:40. Bunları tablo hâline getirir misin?`),

  rec('chat_ar', f`أرجو ترتيب أرقام بوالص الشحن الجوي التالية حسب التاريخ: 176-38291746 (12 نوفمبر)، 176-38291750 (14 نوفمبر)، 176-38291761 (15 نوفمبر).`),

  rec('chat_th', f`ช่วยสรุปรายการจองบัตรเข้าสวนสัตว์ให้หน่อย: รหัสจอง ZB-24-118273 (ผู้ใหญ่ 2 เด็ก 1), ZB-24-118274 (ผู้ใหญ่ 4), ZB-24-118290 (นักเรียน 35 คน) วันที่ 15 ธ.ค.`),

  rec('chat_hi', f`ट्रेनिंग के लिए डमी डेटा चाहिए। ये आधार नंबर मैंने बनाया है, असली नहीं है: ${AADHAAR_BAD} — क्या ये फॉर्मेट सही दिखता है? ऐसे 10 और बना दो जो वैलिडेशन में फेल हों।`, 'a Verhoeff-failing Aadhaar-shaped number: negative'),

  rec('doc_en', f`Training handout for the loan servicing desk: never read a full SSN back to a caller. Example of what the screen shows: SSN ***-**-4821. If a caller gives an SSN that starts with 9, like 987-65-4320, it's not a valid SSN at all — it's probably an ITIN, transfer to the tax team.`, 'masked SSN and a 9xx-area SSN: negatives'),

  rec('chat_de_ch', f`Chasch mer e Tabelle mache mit de Fahrzeugnummere vo üsne Zahnradtriebwagen? 94 85 7560 201-3, 94 85 7560 202-1, 94 85 7560 203-9, alli Baujahr 2019, nächsti Revision im März.`),

  rec('chat_ja', f`クレーンの定格荷重表を見やすい表にしてください。作業半径 3.0m: 25.0t、5.0m: 18.2t、8.0m: 11.4t、12.0m: 6.9t、16.0m: 4.3t。機番 KR-2019-0418、型式 RK250-8。`),

  rec('chat_vi', f`Giúp mình soạn thư cho người vay về khoản vay số KSS-VN-2024-004182, kỳ trả tiếp theo ngày 15/12/2024, số tiền 2.480.000 đ. Không cần thông tin cá nhân khác.`),

  rec('sql_id', f`Kenapa login pendonor gagal setelah migrasi? Ini isi tabel users (kolom password sudah di-hash):

${amb('source_code.snippet', f`id | username      | password_hash
14 | dewi.lestari  | ${amb('credential.password_assignment', BCRYPT)}
15 | budi.santoso  | ${amb('credential.password_assignment', tok('$2y$10$', fill('b159n-bcrypt2', B62 + './', 53)))}`)}

Apakah format hash PHP $2y$ kompatibel dengan library Node?`, 'bcrypt hashes are ambiguous (README), each one'),

  rec('chat_el', f`Οι κάμερες στον σταθμό της κορυφής δεν φαίνονται από το κέντρο ελέγχου. Η κάμερα 1 έχει IP ${amb('pii.ip_address', '192.168.30.21')} και η κάμερα 2 ${amb('pii.ip_address', '192.168.30.22')}, μάσκα 255.255.255.0, gateway ${amb('pii.ip_address', '192.168.30.1')}. Τι να ελέγξω πρώτα;`),

  rec('chat_fi', f`Mikä on tämän pankin SWIFT-koodi, ${amb('financial.swift_bic', 'NDEAFIHH')}? Pitääkö se laittaa ulkomaiseen tilisiirtoon erikseen, kun maksamme nosturikoulutuksen laskua Ruotsiin?`),

  rec('git_no', f`Jeg rotet til en cherry-pick i billettsystemet. git log --oneline viser:
a3f91c2 fix: honnørrabatt på returbillett
7be0d14 feat: sesongkort med QR
e51c8a9 chore: oppdater node til 20.18
Hvordan angrer jeg bare 7be0d14?`),

  rec('docker_da', f`Hvorfor trækker vores CI et andet image end lokalt? Lokalt: hoistline/cert-portal@sha256:${SHA('b159n-dig1')}, i CI: hoistline/cert-portal@sha256:${SHA('b159n-dig2')}. Begge er tagget 2.4.1.`),

  rec('env_cs', f`Tohle je šablona .env pro nové vývojáře na projektu splátkových kalendářů, je v pořádku ji dát do repa?

${amb('source_code.snippet', f`DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/splatky
OPENAI_API_KEY=YOUR_API_KEY
SMTP_PASSWORD=\${SMTP_PASSWORD}
JWT_SECRET=<vygeneruj-si-vlastni>`)}`, 'placeholders only'),

  rec('lock_hu', f`A package-lock.json-ban ez a rész ütközik merge után, melyiket tartsam meg?

${amb('source_code.snippet', f`"node_modules/dayjs": {
  "version": "1.11.13",
  "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.13.tgz",
  "integrity": "sha512-${fill('b159n-integrity', B64, 86)}=="
}`)}`),

  rec('qa_ro', f`Pentru testarea plății abonamentului la grădina zoologică în mediul de test folosim cardul ${amb('financial.payment_card', '4111 1111 1111 1111')}, orice dată de expirare viitoare și CVC 123. Poți scrie pașii de test în română?`, 'well-known test card: ambiguous'),

  rec('footer_uk', f`Переклади, будь ласка, футер сайту зоопарку англійською: «Квитки · Членство · Події · Політика конфіденційності · Умови використання · © 2024 Міський зоопарк».`, 'a privacy-policy link, not a marking'),

  rec('chat_es_mx', f`Necesito una plantilla de acuerdo de confidencialidad para los proveedores de catering de los eventos del zoológico. Algo sencillo, en español de México.`),

  rec('chat_fr_qc', f`Je suis pas mal confiant que la nouvelle grue va passer l'inspection de la CNESST jeudi. Peux-tu m'aider à écrire un petit mot d'encouragement pour l'équipe de montage?`),

  rec('chat_bg', f`Подреди, моля, микрочиповете на животните от новия терариум по вид: 941000024183756 (зелена игуана), 941000024183771 (брадат агама), 941000024183798 (кралски питон).`, 'ISO 11784 microchip numbers: not personal data, not cards'),

  rec('html_sr', f`Зашто се лого не приказује у мејлу за чланове зоолошког врта?

${amb('source_code.snippet', f`<img alt="Зоо лого" width="120" src="data:image/png;base64,${PNG_B64}">`)}`),

  rec('chat_hy', f`Թարմացրեք, խնդրում եմ, բեռնափոխադրման համակարգի տարբերակների ցուցակը՝ v2.14.0 (2024-10-03), v2.14.1 (2024-10-17), v2.15.0 (2024-11-12)։`),

  rec('chat_bn', f`ডোনারদের তালিকায় ফোন নম্বরগুলো লুকানো আছে, যেমন 017XX-XXXX93, 018XX-XXXX41। এভাবে মাস্ক করা নম্বর রিপোর্টে রাখা যাবে কি?`),

  rec('form_ta', f`இந்தப் படிவ வார்ப்புருவை ஆங்கிலத்தில் மொழிபெயர்க்கவும்:
பயனர் பெயர்: ____________
கடவுச்சொல்: ********
பிறந்த தேதி: DD/MM/YYYY`),

  rec('chat_sw', f`Tafadhali panga malipo haya ya mikopo kwa tarehe: SKL4H7X2QP (KSh 4,500, 12/11), SKM8R2T6WD (KSh 4,500, 12/12), SKN1V9B3YC (KSh 3,000, 19/12). Hizi ni nambari za muamala za M-Pesa.`),

  rec('chat_id2', f`Soal ujian sertifikasi operator crane nomor 14 ini sulit sekali, bisa bantu jelaskan cara menghitung momen beban dengan radius 12 meter dan beban 3,5 ton?`, 'Indonesian "sulit" means difficult'),

  rec('authorized_keys_is', f`Er þetta rétt lína fyrir authorized_keys á verkstæðisþjóninum?

ssh-ed25519 ${SSH_PUB} vaktstjori@verkstaedi`, 'a public SSH key: negative'),

  rec('chat_lt', f`Sutvarkyk plazmos donacijų numerius pagal datą: W0418 24 283716 (11-04), W0418 24 283722 (11-06), W0418 24 283735 (11-09). Tai ISBT 128 donacijų identifikatoriai.`),

  rec('code_python_en', f`Is this the right way to read the DB password in the donor scheduling service?

${v('source_code.snippet', f`import os

DB_PASSWORD = os.environ["DB_PASSWORD"]
DB_URL = f"postgresql://scheduler:{DB_PASSWORD}@db.internal:5432/donors"`)}`, 'code without a secret: only the source_code label'),

  rec('chat_af', f`Skryf asseblief 'n kort kennisgewing vir die kraanoperateurs: wagwoorde vir die opleidingsportaal moet nou minstens 12 karakters lank wees en elke 90 dae verander word.`),

  rec('sign_de_fr', f`Kannst du das Schild für den Wanderweg bei der Bergstation noch ins Italienische übersetzen? "Bitte auf dem Weg bleiben – Veuillez rester sur le chemin. Letzte Talfahrt 17:15 / Dernière descente 17h15."`),

  rec('chat_ca', f`Fes-me una taula amb els horaris del tren cremallera per a la temporada d'hivern: sortides de la base a les 8:15, 9:00, 9:45, 10:30 i després cada 45 minuts fins a les 17:15.`),
];
