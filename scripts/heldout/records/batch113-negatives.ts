/**
 * Held-out batch 113: hard negatives — vessel and device identifiers, booking and complaint references,
 * placeholders, test keys, hashes, public keys, failing check digits and casual uses of "confidential",
 * from the same six workplaces. Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

const SK_TEST = tok('sk_', 'test_', '51', fill('b113n-sktest', B62, 97));
const PK_TEST = tok('pk_', 'test_', '51', fill('b113n-pktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b113n-pklive', B62, 97));
const PUB_PEM = pem('PUBLIC KEY', 'b113n-pub', 294);
const CERT = pem('CERTIFICATE', 'b113n-cert', 880);
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b113n-sshpub', B64, 43)} engineer@svc-laptop-07`;
const INTEGRITY = (seed: string) => `sha512-${fill(seed, B64, 86)}==`;
const SVG_B64 = b64Bytes('b113n-svg', 300);

export const BATCH113_NEGATIVES: DraftRecord[] = [
  rec('chat_en_gb', f`Can you write a short vessel profile for our website? MV Northern Star, IMO 9382718, MMSI 235482917, call sign 2FQR7, flag: UK, built 2006, 1,850 lane metres, 640 passengers. Keep it under 80 words.`),

  rec('env_example_de', f`Ist diese .env.example so okay für neue Entwickler im Buchungsteam?

${cfg(f`# .env.example – Kopie nach .env anlegen und ausfüllen
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/ferrybook
STRIPE_SECRET_KEY=sk_live_...
TWILIO_AUTH_TOKEN=<your-twilio-auth-token>
SMTP_PASSWORD=\${SMTP_PASSWORD}
VEHICLE_MAX_LENGTH_CM=1850`)}`),

  rec('code_python', f`moto tests for the manifest exporter started failing after the upgrade:

${code(f`import boto3
from moto import mock_aws

@mock_aws
def test_export_manifest(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    s3 = boto3.client("s3", region_name="eu-north-1")
    s3.create_bucket(Bucket="manifests", CreateBucketConfiguration={"LocationConstraint": "eu-north-1"})
    export_manifest("HEL-TLL-0730", bucket="manifests")
    assert s3.list_objects_v2(Bucket="manifests")["KeyCount"] == 1`)}`),

  rec('env_test_fr', f`C'est normal d'avoir ces clés dans le dépôt pour l'environnement de recette ?

${cfg(f`STRIPE_SECRET_KEY=${SK_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_TEST}
BOOKING_MODE=sandbox`)}`),

  rec('chat_nb', f`Lag en hyggelig bekreftelse til kunden: bestillingsnummer HL-2024-884213, avgang Kristiansand–Hirtshals 14.10 kl. 08:00, bil under 5 m, 2 voksne og 1 barn, lugar 4312. Innsjekking stenger 45 minutter før avgang.`),

  rec('chat_sv', f`Sammanställ servicehistoriken i en tabell: maskin serienr 40219384 (firmware 4.12.1), RO-modul art.nr 120-8847-03, bytt 2024-03-11; serienr 40219711 (firmware 4.12.0), blodpump art.nr 120-3312-01, bytt 2024-06-02.`),

  rec('chat_ja', f`演奏会プログラム用に、楽譜の情報を表にしてください：ブラームス交響曲第1番 ISMN 979-0-2018-0482-3、ドヴォルザーク チェロ協奏曲 ISMN 979-0-2601-1937-5、解説書 ISBN 978-4-276-48291-0。`),

  rec('receipt_es_es', f`Traduce al inglés este justificante para un pasajero británico:

Naviera del Cantábrico – Justificante de pago
Reserva: NC-7734021
Trayecto: Santander → Portsmouth, 22/08/2024
Vehículo: turismo < 5 m
Pagado con: VISA **** **** **** 5711
Importe: 612,40 €`),

  rec('chat_it', f`Il cliente dice che il numero della sua tessera fedeltà traghetti è 6048 2917 3650 1928 ma il sistema lo rifiuta. Come gli spiego che forse ha sbagliato una cifra?`, 'a loyalty-card number that fails the Luhn check'),

  rec('chat_nl', f`Een klant geeft IBAN NL51 RABO 0318 4729 50 op voor de terugbetaling, maar ons systeem zegt "ongeldig controlegetal". Hoe leg ik vriendelijk uit dat hij het moet nakijken?`, 'an IBAN whose check digits fail'),

  rec('deploy_log_pl', f`Dlaczego deploy na produkcję trwał 14 minut?

${cfg(f`[2024-10-02 06:14:07] deploy id=9e2c41f7-3b8a-4d15-a6c0-7f1e28d93b54 commit=${GITSHA('b113n-g1')}
[2024-10-02 06:15:41] image pulled registry.local/ferrybook@sha256:${SHA('b113n-d1')}
[2024-10-02 06:27:58] migrations applied: 0412_add_vehicle_height, 0413_backfill_lane_m
[2024-10-02 06:28:12] healthcheck OK (3/3)`)}`),

  rec('chat_tr', f`Firmware dosyasının SHA-256 özeti üreticinin sitesindekiyle aynı mı? Bende: ${SHA('b113n-fw')}, sitede de aynısı yazıyor ama sonu "…" ile kesilmiş. Nasıl tam karşılaştırırım?`),

  rec('chat_en_in', f`Customer typed Aadhaar 4830 2917 4658 on the enrolment form and the portal says "invalid Aadhaar". Is it the checksum? How should the agent ask her to recheck without reading the number aloud on the call?`, 'a 12-digit number that fails the Verhoeff check'),

  rec('chat_en_us', f`Do you have a template for a confidentiality agreement for guest musicians? Nothing fancy, just covering unreleased recordings and rehearsal footage.`),

  rec('chat_ko', f`비밀번호를 잊어버린 단원이 많아요. 비밀번호 재설정 안내문을 쉽게 써 주세요. 비밀번호는 12자 이상이고 특수문자를 포함해야 한다는 내용도 넣어 주세요.`),

  rec('chat_ru', f`Напиши политику паролей для инженеров сервисной службы: минимум 14 символов, смена раз в год, запрет повторного использования последних 5 паролей, обязательная двухфакторная аутентификация. Коротко, списком.`),

  rec('docs_ar', f`ترجم هذا الجزء من دليل التركيب إلى العربية:

${cfg(f`access_control:
  api_url: https://acs.example.local/api
  username: <اسم_المستخدم>
  password: <كلمة_المرور>
  verify_tls: true`)}`),

  rec('chat_he', f`הלקוח שאל איפה המשלוח של חלקי החילוף. מספר מעקב DHL: 7741 0294 83, מספר הזמנה PO-2024-11873. תכתוב לו תשובה קצרה.`),

  rec('chat_zh_cn', f`帮我把这几行日志翻译成中文说明：订单号 20241002-0048297 于 2024-10-02T06:14:07+08:00 创建，船班 SH-DL 0730，车位 B-14，状态 CONFIRMED。`),

  rec('chat_pt_br', f`Preciso de um e-mail padrão para o consumidor informando o número de protocolo 2024.11.0048291 e o prazo de resposta da empresa, que é de 10 dias úteis.`),

  rec('chat_es_mx', f`¿Me ayudas a redactar un acuse de recibo? Folio de queja: PROFECO-QJ-2024-117382, fecha de audiencia de conciliación: 21 de noviembre a las 10:30, modalidad en línea.`),

  rec('tls_en_au', f`G'day, the badge printer's web UI wants the CA certificate and the public key. Are these the right files to upload?

${CERT}

${PUB_PEM}`),

  rec('chat_en_ng', f`Please add this public key to the jump host for the new field engineer, he said it's the .pub file:

${SSH_PUB}`),

  rec('chat_sw', f`Mkulima ametuma ujumbe wa M-Pesa kuthibitisha malipo ya bima: "SIK4XR82JD Confirmed. Ksh150.00 sent to SHAMBA COVER for account SC-10482 on 2/10/24 at 9:14 AM." Andika jibu fupi la kumshukuru.`),

  rec('chat_yo', f`Ẹ jọ̀ọ́ ẹ kọ ìkéde kúkúrú fún àwọn àgbẹ̀: láti forúkọsílẹ̀ fún ìbánigbófò oko, ẹ tẹ *384*4829# lórí fóònù yín, kí ẹ sì yan "1".`),

  rec('chat_am', f`የመድን ፖሊሲ ቁጥሮችን በሠንጠረዥ አደራጅልኝ፦ ET-MC-2016-00482 (መስከረም 12 ቀን 2017 ዓ.ም.)፣ ET-MC-2016-00519 (ጥቅምት 3 ቀን 2017 ዓ.ም.)።`),

  rec('compose_da', f`${cfg(f`services:
  booking:
    image: registry.local/ferrybook@sha256:${SHA('b113n-d2')}
    environment:
      DB_PASSWORD: \${DB_PASSWORD}
      STRIPE_SECRET_KEY: \${STRIPE_SECRET_KEY}`)}

Hvorfor bliver miljøvariablerne tomme inde i containeren?`),

  rec('lockfile_fi', f`Miksi package-lock muuttuu joka asennuksella?

${cfg(f`"node_modules/date-fns": {
  "version": "3.6.0",
  "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
  "integrity": "${INTEGRITY('b113n-int1')}"
},
"node_modules/zod": {
  "version": "3.23.8",
  "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz",
  "integrity": "${INTEGRITY('b113n-int2')}"
}`)}`),

  rec('css_lv', f`Kāpēc kuģa ikona ir izplūdusi? ${code(f`.ferry-icon {
  width: 24px;
  height: 24px;
  background-image: url("data:image/svg+xml;base64,${SVG_B64}");
}`)}`),

  rec('gha_lt', f`${cfg(f`- name: Deploy complaints portal
  env:
    DB_PASSWORD: \${{ secrets.DB_PASSWORD }}
    SENTRY_DSN: \${{ secrets.SENTRY_DSN }}
  run: ./deploy.sh production`)}

Ar saugu taip perduoti slaptažodžius?`),

  rec('helm_is', f`${cfg(f`database:
  host: {{ .Values.db.host }}
  user: {{ .Values.db.user }}
  password: {{ .Values.db.password }}`)}

Hvernig set ég sjálfgefið gildi ef db.password vantar?`),

  rec('chat_el', f`Ο επιβάτης λέει ότι ο κωδικός της δωροκάρτας για το κατάστημα του πλοίου είναι 7810 4829 1736 5014 και δεν περνάει. Γράψε μια ευγενική απάντηση.`, 'a gift-card number that fails the Luhn check'),

  rec('chat_cs', f`V exportu z docházkového systému jsou hesla zobrazená jako "********". Je to dost bezpečné, nebo by tam neměla být vůbec?`),

  rec('testdata_en_us', f`For our complaint-portal test data, QA used SSN 666-48-2917 and 912-48-2917 because "they can never be issued". Is that right, and what about ${amb('pii.us_ssn', '123-45-6789')}? Also the test phone ${amb('pii.phone', '(312) 555-0142')}.`),

  rec('chat_hr', f`Napravi mi tablicu polica: MO-2024-004829 (zdravstveno, aktivno), MO-2024-004830 (usjevi, istekla 30.09.2024), MO-2024-004831 (zdravstveno, u obradi).`),

  rec('chat_sr', f`Техничари питају која средства за дезинфекцију смеју да користе на апаратима. Наведи их са CAS бројевима: водоник-пероксид 7722-84-1, персирћетна киселина 79-21-0, натријум-хипохлорит 7681-52-9.`),

  rec('chat_bg', f`Направи ми разписание за групата: тръгване от Варна 06:40, ферибот Оряхово–Бекет 11:15, пристигане в Крайова 14:30, саундчек 17:00, концерт 19:30.`),

  rec('chat_uk', f`Колега питає, чи можна називати наші звіти "конфіденційними", якщо там немає персональних даних. Поясни різницю між конфіденційною інформацією і службовою, простими словами.`),

  rec('chat_ka', f`გადაიყვანე ეს კოორდინატები ადგილმდებარეობის აღწერად: სამშენებლო მოედნის ჩრდილოეთ კარიბჭე 41.7151, 44.8271; ამწე #2 41.7148, 44.8279.`),

  rec('chat_hy', f`Խնդրում եմ կազմել համերգի ծրագիրը. Բախ, BWV 1068; Մոցարտ, KV 550; Խաչատրյան, «Սպարտակ», սյուիտ № 2, op. 82.`),

  rec('chat_fa', f`لطفاً این تاریخ‌ها را به میلادی تبدیل کن: ۱۴۰۳/۰۷/۱۲ و ۱۴۰۳/۰۸/۰۱. این‌ها روزهای تمرین ارکستر هستند.`),

  rec('chat_bn', f`এই পলিসি নম্বরগুলো দিয়ে একটি তালিকা বানাও: BD-MC-24-000482, BD-MC-24-000519, BD-MC-24-000603 — সবগুলো আমন ধানের শস্য বিমা।`),

  rec('chat_ta', f`வாடிக்கையாளர் தொலைபேசி எண்ணாக "+44 20 1234" என்று கொடுத்திருக்கிறார், அது முழுமையாக இல்லை. சரியான எண்ணைக் கேட்டு ஒரு பணிவான செய்தி எழுதுங்கள்.`, 'a phone-shaped number libphonenumber rejects'),

  rec('code_vi', f`Đoạn này để khởi tạo Stripe ở trang đặt vé, để publishable key trong frontend có sao không?

${code(f`import { loadStripe } from '@stripe/stripe-js';

export const stripePromise = loadStripe('${PK_LIVE}');`)}`),

  rec('chat_th', f`เนื้อหาในคิวอาร์โค้ดบนตั๋วคือ "TKT|SMI-0730|B14|${SHA('b113n-qr').slice(0, 32)}" ช่วยอธิบายหน่อยว่าแต่ละส่วนคืออะไร`),

  rec('chat_tl', f`Pakisulat ng paalala sa mga customer: "Hindi kailanman hihingin ng ahente ang inyong OTP o PIN. Ang inyong 6-digit na OTP ay ipapadala sa SMS." Gawing magalang at maikli.`),

  rec('env_id', f`${cfg(f`DB_HOST=db
DB_USER=asuransi_app
DB_PASSWORD=\${DB_PASSWORD}
MPESA_CONSUMER_SECRET=REPLACE_ME
AT_API_KEY=your-api-key-here`)}

Kenapa aplikasi tidak membaca DB_PASSWORD dari secret manager?`),

  rec('firewall_en_ie', f`Can you tidy up this firewall rule list for the site cabin network into a table?

allow tcp from ${ip('172.16.20.0')} mask ${ip('255.255.255.0')} to ${ip('10.44.8.12')} port 443
allow udp from ${ip('172.16.20.41')} to ${ip('172.16.20.1')} port 161
deny ip any any log`),

  rec('chat_mi', f`Tēnā koe, me pēhea taku whakamārama ki ngā kaihautū waka: ko te tau o te haerenga ko IL-2024-0913, ko te wā wehe 08:45, ko te ara Te Whanganui-a-Tara ki Waitohi.`),

  rec('chat_af', f`Kan jy 'n kort e-pos skryf wat sê die klagte is ontvang? Verwysingsnommer NCC-2024-0048291, die handelaar het 15 werksdae om te reageer.`),

  rec('chat_kk', f`Құрылыс алаңындағы краннын сериялық нөмірі KR-2019-004829, соңғы техникалық тексеру 2024-09-12. Осы туралы қысқа есеп жазып берші.`),

  rec('chat_fr', f`Je suis assez confiant pour la tournée, mais le secret de la réussite, c'est l'anticipation des transports d'instruments. Tu peux me faire une checklist logistique ?`),
];
