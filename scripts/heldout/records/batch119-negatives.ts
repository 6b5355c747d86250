/**
 * Held-out batch 119: hard negatives from the six organisations — tracking numbers, ONT serials, MMSI
 * and hull numbers, trial protocol and kit numbers, placeholders, test keys, failing check digits,
 * casual "confidential" — in many languages. Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { ibanCheckDigits, luhnCheckDigit, verhoeffCheckDigit } from '../../corpus/checksums';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const bump = (d: string): string => String((Number(d) + 1) % 10);
/** A card number whose last digit is one off its Luhn check digit: fails the check. */
const badCard = (p: string): string => `${p}${bump(String(luhnCheckDigit(p)))}`;
/** An IBAN whose check digits are one off: fails mod 97. */
const badIban = (cc: string, bban: string): string => {
  const cd = Number(ibanCheckDigits(cc, bban));
  return `${cc}${String(cd === 98 ? 2 : cd + 1).padStart(2, '0')}${bban}`.replace(/(.{4})(?=.)/g, '$1 ');
};
const badAadhaar = (n11: string): string => {
  const x = `${n11}${bump(String(verhoeffCheckDigit(n11)))}`;
  return `${x.slice(0, 4)} ${x.slice(4, 8)} ${x.slice(8)}`;
};

const SK_TEST = tok('sk_', 'test_', '51', fill('b119n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b119n-pklive', B62, 97));
const PUB = pem('PUBLIC KEY', 'b119n-pub', 294);
const CERT = pem('CERTIFICATE', 'b119n-cert', 820);
const SHA = (s: string) => fill(s, HEX, 64);
const BCRYPT = tok('$2y$10$', fill('b119n-bcrypt', B62 + './', 53));
const PNG = `iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAA${fill('b119n-png', B64, 220)}`;
const INTEGRITY = `sha512-${b64Bytes('b119n-integ', 64)}`;

export const BATCH119_NEGATIVES: DraftRecord[] = [
  rec('chat', f`Customer says tracking ZR-LDN-0048213 shows "out for delivery" since 8am. Second parcel on the same order: ZR-LDN-0048214. Can you write a holding reply promising an update by 2pm?`),

  rec('chat_de', f`Sendungsnummern vom Nachmittag, bitte nach Zustellbezirk sortieren:
JJD000390007856149 – 10115
JJD000390007856150 – 10405
JJD000390007856151 – 10115
JJD000390007856152 – 12049`, 'DHL-style tracking numbers'),

  rec('chat_fr', f`Le client a payé avec la carte **** **** **** 7719, le remboursement de la livraison express (14,90 €) doit repartir sur la même carte. Tu me fais un message court ?`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example – copy to .env and fill in
STRIPE_SECRET_KEY=${SK_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/festival_accreditation
SENDGRID_API_KEY=YOUR_SENDGRID_API_KEY
SESSION_SECRET=\${SESSION_SECRET}`)}

Is it fine to commit this file for the accreditation portal?`, 'Stripe test key, publishable key and placeholders'),

  rec('chat_ja', f`ONTのシリアル番号一覧です。設置済みと未設置に分けてください。
HWTC8A4F21C3 設置済（豊洲6-2）
HWTC8A4F21D7 未設置
ZTEGC7F10B22 設置済（東雲1-9）
ZTEGC7F10B31 未設置
MAC: 48:5F:08:2A:91:C4 / 48:5F:08:2A:91:D0`),

  rec('chat_it', f`Mi prepari la scheda di arrivo per la capitaneria? Yacht "Libeccio", MMSI 247381920, nominativo internazionale IFKR2, HIN IT-PBZ48291C525, lunghezza 12,40 m, pescaggio 1,85 m. Ormeggio pontile C, posto 27, arrivo previsto sabato ore 16:30, canale VHF 9.`, 'MMSI, call sign, hull identification number'),

  rec('chat_es', f`Resúmeme la visita de monitorización: protocolo MRD-3318-02, EU CT 2023-508214-37-00, NCT05829174. Sujetos 0427-011, 0427-014 y 0427-018 revisados; kits 48213 a 48220 dispensados, lote L2409-B caduca 30/06/2026.`, 'trial, registry, subject and kit numbers'),

  rec('chat_nl', f`Hypotheekaanvraag 2025-HA-04817: LTV 92,5 %, rente 3,84 % vast 20 jaar, NHG-kosten 0,6 %. Kadastrale aanduiding ASD04 K 1293 A-12. Schrijf een samenvatting voor de klant in begrijpelijke taal.`),

  rec('chat_en_gb', f`Our offer letter template has a line "Sort code 00-00-00 / Account 00000000 — replace with client's details". Can you reword that instruction so advisers stop sending it unfilled?`),

  rec('chat_pt_br', f`Tenho um cupom de presente de 16 dígitos que o cliente mandou: ${badCard('601104829371652').replace(/(\d{4})(?=\d)/g, '$1 ')}. Ele diz que é vale-frete, mas o sistema recusa. Como explico que vale-frete não é cartão?`, 'a voucher number that fails the Luhn check'),

  rec('chat_pl', f`Klient podał numer rachunku do zwrotu: ${badIban('PL', '109010140000738291046519')}. System mówi, że numer jest błędny. Jak mu uprzejmie napisać, żeby sprawdził cyfry?`, 'IBAN with wrong check digits'),

  rec('form_hi', f`KYC फॉर्म के नमूने में उदाहरण आधार नंबर ${badAadhaar('73918264052')} लिखा है — क्या ये ठीक है कि टेम्पलेट में नकली नंबर रहे? ग्राहक कन्फ्यूज़ हो रहे हैं।`, 'Verhoeff-failing Aadhaar-shaped number in a template'),

  rec('chat_ko', f`퀵 배송 예약번호 QK-250218-0932, 접수시간 2025-02-18 09:32, 픽업 10:15, 도착 예정 11:40. 고객 안내 문자 예시 만들어 주세요.`),

  rec('chat_zh', f`音乐节手环 RFID 编号规则：FW25-A-000001 到 FW25-A-012000 为普通票，FW25-V-000001 起为 VIP。票务二维码格式 T25|0000482|GA|FRI。帮我写一份给志愿者的说明。`),

  rec('chat_ru', f`Нужна инструкция для монтажников: как считывать уровень сигнала на ONT. Нормальный диапазон RX от −8 до −27 dBm, версия прошивки V5R019C10S125, модель HG8245H5.`),

  rec('chat_tr', f`Kargo takip numarası 7281049365 olan gönderi depoda bekliyor. Müşteriye "adresinizi teyit edin" diye bir mesaj yazar mısın? Telefon numarasını sorma, sistemde var.`),

  rec('chat_ar', f`نحتاج إعلان للمرسى: إحداثيات المدخل 25°04'52"N 55°08'21"E، العمق عند الرصيف C ٣٫٢ م، قناة VHF 71، أقصى طول يخت ٤٥ م. اكتبه بالعربية والإنجليزية.`),

  rec('chat_he', f`תכין לי טבלה של חלונות ביקור לפי הפרוטוקול: ביקור 2 – יום 14 ±3, ביקור 3 – יום 28 ±3, ביקור 4 – יום 84 ±7. ההקצאה הייתה ב-03/02/2025.`),

  rec('chat_fr_qc', f`J'ai besoin d'un modèle d'entente de confidentialité pour les bénévoles du festival — quelque chose de simple, en français québécois. Rien de légal compliqué.`, 'confidentiality agreement template: casual use'),

  rec('chat', f`I'm confident the artist liaison schedule works now — can you double-check the shuttle times? Airport pickups at 10:40, 13:15 and 17:50, hotel drop 45 min later each.`),

  rec('chat_sv', f`Vi pratar om "confidential computing" för att skydda patientdata i studien — vad betyder det egentligen, och är det relevant för en liten prövningsenhet?`),

  rec('pem_pub', f`Our e-signature provider sent this to verify their webhook signatures — where do I put it in Spring Boot?

${PUB}`, 'a public key'),

  rec('cert', f`Is this the intermediate or the leaf cert for the courier tracking API? Chrome says the chain is incomplete.

${CERT}`),

  rec('chat_fi', f`Asentajan tabletin päivitys: firmware 4.12.1.3, SHA-256 ${SHA('b119n-fw')}. Miten tarkistan summan Windowsissa?`),

  rec('chat_da', f`Kan du forklare, hvorfor vores deploy af booking-systemet til marinaen fejler på commit 9f2c4e1a7b3d58c06e14f2a9b8d7c3e5f1a04b62? Det står bare "migration checksum mismatch".`),

  rec('lock_snippet', f`${amb('source_code.snippet', f`"node_modules/qrcode": {
  "version": "1.5.4",
  "resolved": "https://registry.npmjs.org/qrcode/-/qrcode-1.5.4.tgz",
  "integrity": "${INTEGRITY}",
  "dependencies": { "dijkstrajs": "^1.0.1", "pngjs": "^5.0.0", "yargs": "^15.3.1" }
}`)}

why does npm ci say integrity mismatch for qrcode on the badge printer box?`),

  rec('chat_uk', f`Потрібен шаблон повідомлення для клієнтів іпотеки: "Ваш пароль до особистого кабінету має містити щонайменше 12 символів, одну велику літеру та цифру". Зроби ввічливіше.`, 'password policy without a password'),

  rec('chat_el', f`Ο νέος υπάλληλος μου έστειλε το config του router της μαρίνας με κρυμμένο κωδικό: wifi_pass=********. Πώς του εξηγώ ευγενικά να μην στέλνει καθόλου configs με email;`),

  rec('chat_cs', f`Klient chce hypotéku 4 200 000 Kč na 30 let, fixace 5 let, sazba 4,79 %. Spočítej mi měsíční splátku a pošli vzorec.`),

  rec('chat_hu', f`A fesztivál színpadtervén a koordináták: Nagyszínpad 47.4979, 19.0402; B színpad 47.4991, 19.0388. Írj egy útvonalleírást a fellépőknek.`),

  rec('chat_ro', f`Am nevoie de un răspuns standard pentru clienții care întreabă de ce AWB-ul 1Z48F7920398172645 nu apare încă în sistem. Coletele preluate după ora 18 apar a doua zi.`),

  rec('chat_fa', f`لطفاً یک راهنمای کوتاه بنویس که تکنسین چطور شناسه LOID را در ONT وارد کند؛ در فرم سفارش معمولاً به شکل LOID: 0000000000 (ده صفر) آمده و باید از مرکز گرفته شود.`, 'placeholder LOID'),

  rec('chat_ta', f`டெலிவரி டிக்கெட் எண் TKT-2025-004821, வாடிக்கையாளர் ஐடி CUST-77120. இதற்கான நிலையைச் சொல்லும் ஒரு பதில் எழுதுங்கள்.`),

  rec('chat_th', f`ช่วยเขียนประกาศ: เรือเช่าลำ "Andaman Star" ทะเบียน 214700428 ความยาว 14 เมตร ออกเดินทางจากท่าเรืออ่าวฉลองทุกวัน 08:30 น. กลับ 17:00 น.`),

  rec('chat_vi', f`Hợp đồng lắp đặt cáp quang số HD-2025-0418-HN, mã khách hàng KH048213, gói cước 300 Mbps. Viết giúp mình email xác nhận lịch lắp đặt ngày 20/02.`),

  rec('chat_id', f`Tolong buatkan template WhatsApp untuk pelanggan kurir: "Paket Anda dengan resi KRR-JKT-20250218-0042 akan diantar hari ini antara 13.00–15.00."`),

  rec('training_en', f`For the new underwriters' training deck, we use these dummy values on the sample 1003 form: SSN ${amb('pii.us_ssn', '123-45-6789')}, phone ${amb('pii.phone', '(555) 010-4477')}. Can you make a slide explaining why we never use real client data in training?`),

  rec('chat_test_card', f`Festival box office card terminal in demo mode — the vendor says to test with ${amb('financial.payment_card', '4242 4242 4242 4242')}, any future expiry. Is that safe to put in the volunteer handbook?`),

  rec('hash', f`The old accreditation portal stored passwords like this, is it good enough or should we migrate?

admin | ${amb('credential.password_assignment', BCRYPT)}`, 'bcrypt hash: ambiguous per conventions'),

  rec('chat_ka', f`ფესტივალის სცენის გეგმა: სცენა A — 18:00–19:15, სცენა B — 19:30–20:45. შეადგინე განრიგი ინგლისურად არტისტების მენეჯერებისთვის.`),

  rec('chat_hy', f`Առաքման պատվերի համարը՝ ARM-250214-0087, ընդունման ժամը՝ 11:20։ Գրիր հաճախորդին տեղեկացնող հաղորդագրություն։`),

  rec('chat_am', f`የጥናቱ ፕሮቶኮል ቁጥር MRD-3318-02 ሲሆን የጣቢያ ቁጥር 0427 ነው። ለተሳታፊዎች የሚሰጥ አጭር መግለጫ በአማርኛ ጻፍልኝ።`),

  rec('chat_sw', f`Namba ya oda ZR-NBO-55218 ilitolewa saa 10:45. Andika ujumbe mfupi kwa mteja kwamba dereva yuko njiani.`),

  rec('network_doc', f`Please tidy up this handover note for the night dispatch team:

OLT-FW-02 management: ${amb('pii.ip_address', '10.84.0.2')} (VLAN 100), subscriber pool ${amb('pii.ip_address', '10.84.16.0')}/20, netmask 255.255.240.0, gateway ${amb('pii.ip_address', '10.84.16.1')}. Firmware MA5800 V100R021C10.`),

  rec('img', f`Can you tell what this icon is? It's from the courier app's delivery-confirmation screen:

data:image/png;base64,${PNG}`),

  rec('chat_bn', f`আমাদের কুরিয়ার অ্যাপে ইউজার আইডি হিসেবে UUID ব্যবহার করি, যেমন 3f9a2c71-58d4-4e0b-9a16-c72e8d4b5f03। এটা কি ব্যক্তিগত তথ্য হিসেবে গণ্য হবে?`),

  rec('chat_sr', f`Напиши ми поруку за кориснике: "Техничар ће доћи у термину 10–12h, број радног налога RN-2025-04821. Молимо обезбедите приступ ормарићу у ходнику."`),

  rec('chat_lt', f`Kaip paaiškinti klientui, kas yra LTV rodiklis ir kodėl mūsų banko riba yra 85 %? Parašyk trumpai ir paprastai.`),

  rec('chat_et', f`Kas sa oskad selgitada, mida tähendab "password spraying" rünnak? Meie kulleriteenuse klienditugi sai hoiatuse, aga keegi ei tea, mida see tähendab.`, 'security question without code or secrets'),

  rec('chat_ms', f`Nombor rujukan aduan CS-2025-004821, nombor kenderaan penghantar WXY 4821. Tulis jawapan ringkas kepada pelanggan.`),
];
