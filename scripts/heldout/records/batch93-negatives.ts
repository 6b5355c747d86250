/**
 * Held-out batch 93: hard negatives from the same six workplaces — placeholders, test and
 * publishable keys, masked or check-failing numbers, ISBNs, ICCIDs, container numbers, hashes,
 * public keys, casual uses of "confidential" — plus a few ambiguous spans.
 */
import { ibanCheckDigits, luhnCheckDigit, luhnValid, verhoeffCheckDigit, verhoeffValid } from '../../corpus/checksums';
import { aadhaarValid, ibanFullyValid, ssnValid } from '../checks';
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const bad = <T extends string>(value: T, ok: (s: string) => boolean): T => {
  if (ok(value)) throw new Error(`meant to be invalid but passes: ${value}`);
  return value;
};
const wrongLuhn = (p: string): string => bad(p + String((luhnCheckDigit(p) + 3) % 10), (s) => luhnValid(s));
const BAD_CARD = wrongLuhn('459318402716385');
const BAD_CARD2 = wrongLuhn('535712094837261');
const goodIbanDigits = ibanCheckDigits('DE', '500105175407324931');
const BAD_IBAN = bad(`DE${String((Number(goodIbanDigits) + 11) % 97).padStart(2, '0')}500105175407324931`, ibanFullyValid);
const BAD_IBAN_NL = bad(`NL${String((Number(ibanCheckDigits('NL', 'RABO0318274659')) + 5) % 97).padStart(2, '0')}RABO0318274659`, ibanFullyValid);
const BAD_AADHAAR = bad('58274910362' + String((verhoeffCheckDigit('58274910362') + 4) % 10), (s) => verhoeffValid(s) && aadhaarValid(s));
const BAD_SSN = bad('666-42-1937', ssnValid);
const BAD_SSN2 = bad('482-00-1937', ssnValid);
const ITEM_BARCODES: [string, string, string] = ['3100200481736', '3100200481744', '3100200519270'].map((b) => bad(b.slice(0, 12) + String((luhnCheckDigit(b.slice(0, 12)) + 5) % 10), luhnValid)) as [string, string, string];
const ICCID = (p: string): string => p + String(luhnCheckDigit(p));
const IMEI = '35209900' + '176148';
const IMEI_FULL = IMEI + String(luhnCheckDigit(IMEI));
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b93-neg-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b93-neg-pklive', B62, 97));
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b93-neg-sshpub', B64, 43)} backup@ils-prod`;
const CERT = pem('CERTIFICATE', 'b93-neg-cert', 880);
const BCRYPT = `$2b$12$${fill('b93-neg-bcrypt', B62 + './', 53)}`;

export const BATCH93_NEGATIVES: DraftRecord[] = [
  rec('config', f`Abeg, na this .env.example we dey give new store developers. Make I know if e complete before I push am:

${amb('source_code.snippet', f`NIMC_VERIFY_URL=https://verify.example-nimc-gw.ng/v2
AWS_ACCESS_KEY_ID=<your-access-key-id>
AWS_SECRET_ACCESS_KEY=<your-secret-access-key>
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_twilio_auth_token
DB_PASSWORD=changeme`)}`),

  rec('chat', f`Hola, estoy probando pagos de depósito para choferes en Bolivia en modo prueba con ${STRIPE_TEST} y la tarjeta de pruebas de la documentación pide 3DS siempre. ¿Cómo simulo que falla la autenticación?`),

  rec('chat', f`Onze frontend voor de meubelwebshop heeft deze publishable key in de broncode staan: ${PK_LIVE}. Is dat een beveiligingsprobleem of is dat normaal?`),

  rec('receipt', f`Recibo – Loja Shopping Iguatemi
Recarga pré-paga R$ 50,00
Cartão: **** **** **** 7731  (crédito, à vista)
Autorização: 048213  NSU: 000918273
Obrigado pela preferência!

Pode me explicar o que é NSU?`),

  rec('chat', f`The customer in the Kingston store read me her card number over the phone but the POS says "invalid card": ${BAD_CARD.replace(/(\d{4})(?=\d)/g, '$1 ')}. I think she misread a digit. How do I tell her politely to check again, without making her feel stupid?`),

  rec('chat', f`Ein Kunde aus Hamburg hat für die Anzahlung diese IBAN angegeben: ${BAD_IBAN}. Unser Buchhaltungssystem sagt "Prüfziffer ungültig". Wie formuliere ich die Rückfrage?`),

  rec('chat', f`Klant stuurde IBAN ${BAD_IBAN_NL} voor de terugbetaling, maar de bank weigert: "ongeldige controlegetallen". Schrijf een korte mail in het Nederlands om de juiste te vragen.`),

  rec('list', f`Hankintalista, kirjastokonsortio – joulukuu
- ISBN 978-951-1-38472-0 — Tove Jansson: Muumipeikko ja pyrstötähti (uusintapainos)
- ISBN 978-952-04-5128-9 — Kalevala, selitetty laitos
- ISBN 978-91-29-72914-1 — Astrid Lindgren: Bröderna Lejonhjärta
- ISSN 0355-1938 — Kirjastolehti

Voitko muotoilla tämän taulukoksi?`),

  rec('csv', f`SIM stock sa Cebu branch, kailangan i-count per batch:

iccid,batch,status
${ICCID('894630210482917364')},B-2025-11A,in_stock
${ICCID('894630210482917372')},B-2025-11A,sold
${ICCID('894630210482917380')},B-2025-11B,in_stock
${ICCID('894630210482917398')},B-2025-11B,damaged`),

  rec('email', f`Konu: Yükleme bilgileri – Haydarpaşa → Jebel Ali

Merhaba, sevkiyat bilgileri aşağıdadır:
Konteyner: MSCU4829173, TGHU7391028
Mühür no: 0482917, 0482918
Konşimento (B/L): MEDUIS482917
VGM: 18.420 kg / 17.960 kg
GTİP: 9403.60.10.00.00 (ahşap mobilya)

Bunu İngilizce bir sevkiyat bildirimine çevirir misin?`),

  rec('log', f`Why do these onboarding events arrive out of order?

2025-11-27T09:12:03.114Z driver_id=6f1c2e84-93a7-4b15-8d02-c7e91f4a3b60 event=document_uploaded kind=license
2025-11-27T09:12:02.987Z driver_id=6f1c2e84-93a7-4b15-8d02-c7e91f4a3b60 event=selfie_passed score=0.93
2025-11-27T09:12:04.401Z driver_id=6f1c2e84-93a7-4b15-8d02-c7e91f4a3b60 event=background_check_requested provider=checkr`),

  rec('chat', f`Deploy of the OPAC failed after merge 3f9a1c7e2b8d40f6a915c3e7d2b04a8f1e6c9d53, image kanzu/opac@sha256:${fill('b93-neg-digest', HEX, 64)}. Rollback to tag v4.12.3 or to the previous digest?`),

  rec('text', f`Kontrollsummer for MARC-eksporten, stemmer disse?

${fill('b93-neg-sha1', HEX, 64)}  katalog_2025-11.mrc
${fill('b93-neg-sha2', HEX, 64)}  eksemplar_2025-11.csv`),

  rec('json', f`package-lock fragment from the library kiosk app, npm ci fails with EINTEGRITY:

${amb('source_code.snippet', f`"node_modules/@zxing/library": {
  "version": "0.21.3",
  "resolved": "https://registry.npmjs.org/@zxing/library/-/library-0.21.3.tgz",
  "integrity": "sha512-${fill('b93-neg-integrity', B64, 86)}=="
}`)}`),

  rec('chat', f`We bumped react@18.2.0 to react@19.0.0 in the driver web app and @tanstack/react-query to 5.59. Now the retina (@2x) PNG icons don't load. Any known issue?`),

  rec('memo', f`Deal screening note: Enclave Labs builds confidential computing infrastructure for hospitals (trusted execution environments for genomic data). Market is early; two competitors raised last year. We are confident the team can ship, less confident on sales cycles.

Summarise the bull and bear case in three lines each.`),

  rec('chat', f`Can you give me a confidentiality agreement template for furniture designers we commission abroad? Keep it short, bilingual English/Romanian.`),

  rec('chat', f`Mi confident seh di new driver safety video good, but mi waan yuh help mi mek di script shorter an more sweet fi Jamaican drivers. Nuh use nuh big word dem.`),

  rec('note', f`Handover (no identifiers, teaching version):
Child, 7 y, ALL, induction day 15 per ALL-IC BFM 2009.
Hb 8.4 g/dL, plt 32 ×10⁹/L, ANC 0.4 ×10⁹/L, CRP 12 mg/L.
Weight 22.6 kg, height 121 cm, BSA 0.87 m².
Plan: platelets if < 20, repeat FBC 06:00.

Explain these values to a new nursing student in simple English.`),

  rec('chat', f`For the unit tests of the US driver onboarding, I need SSNs that can never be real. Are ${BAD_SSN} and ${BAD_SSN2} safe to use? I read that area 666 and group 00 are never issued.`),

  rec('chat', f`Test data for the India KYC flow: I typed ${BAD_AADHAAR.replace(/(\d{4})(?=\d)/g, '$1 ')} and the form correctly rejects it as invalid Aadhaar. Is the Verhoeff check done client-side or server-side usually?`),

  rec('chat', f`우리 기사 앱에서 위치 권한을 "앱 사용 중에만"으로 받으면 백그라운드 운행 추적이 끊기는데, iOS에서 권한 요청 흐름을 어떻게 설계하는 게 좋을까요? 코드 말고 개념만 설명해 주세요.`),

  rec('chat', f`Exportăm mese din stejar în Canada. Codul HS e 9403.60, Incoterms FCA Bacău, factura proformă PF-2025-0481, greutate netă 1.240 kg. Ce documente de origine ne trebuie pentru CETA?`),

  rec('list', f`Ny ankomst, avdeling Majorstuen:
- 839.8236 HAM — Hamsun, Sult — strekkode ${ITEM_BARCODES[0]}
- 948.1 NOR — Norsk historie 1814–1905 — strekkode ${ITEM_BARCODES[1]}
- 641.5 KOK — Norsk kokebok — strekkode ${ITEM_BARCODES[2]}

Lag en kort nyhetsliste til nettsiden.`),

  rec('config', f`Helm values voor de rijders-API, klopt de structuur?

${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: driver-api
stringData:
  DB_PASSWORD: {{ .Values.db.password | quote }}
  STRIPE_SECRET_KEY: {{ .Values.stripe.secretKey | quote }}
  SENTRY_DSN: {{ .Values.sentry.dsn | quote }}`)}`),

  rec('config', f`docker-compose de la caisse en boutique, à Tunis. Est-ce que les variables sont bien lues ?

${amb('source_code.snippet', f`services:
  pos:
    image: registry.local/pos:2.8.1
    environment:
      DB_HOST: db
      DB_PASSWORD: \${DB_PASSWORD}
      PAYMENT_API_KEY: \${PAYMENT_API_KEY:?missing}`)}`),

  rec('policy', f`Politika e fjalëkalimeve për stafin e dyqaneve: fjalëkalimi duhet të ketë të paktën 12 karaktere, një shkronjë të madhe, një numër dhe një simbol; ndryshohet çdo 90 ditë; nuk përdoret i njëjti për 5 herë radhazi. A mund ta përkthesh në anglisht?`),

  rec('chat', f`Bu ekran görüntüsünde kullanıcı adı "magaza.kdk014", şifre alanı "********" olarak görünüyor. Şifreyi göster butonu eklemek güvenlik açısından doğru mu?`),

  rec('config', f`authorized_keys på backup-servern för bibliotekssystemet, är formatet rätt?

${SSH_PUB}`),

  rec('chat', f`Nginx on the SIM registration gateway — is this the right file for ssl_certificate (not the key)?

${CERT}`),

  rec('html', f`Wie groß ist dieses Logo? <img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${fill('b93-neg-img', B64, 60)}AAAAAElFTkSuQmCC">`),

  rec('chat', f`Tabela de hash no banco antigo da biblioteca: a coluna pin_hash tem valores como ${amb('credential.password_assignment', BCRYPT)}. Dá para migrar para argon2 sem pedir aos leitores que redefinam o PIN?`),

  rec('chat', f`Kwa malipo ya kimataifa ya wasambazaji wa mbao, benki zetu ni ${amb('financial.swift_bic', 'KCBLKENX')} (Kenya) na ${amb('financial.swift_bic', 'CRDBTZTZ')} (Tanzania). Je, SWIFT code inatosha bila IBAN?`),

  rec('chat', f`Duka letu la Nairobi lilirudisha simu. IMEI ${ambCat('financial', IMEI_FULL)} iko kwenye orodha ya simu zilizoibiwa? Nawezaje kuangalia?`, 'an IMEI passes Luhn by design; card-shaped in the 35 range, so ambiguous per the gift-card convention'),

  rec('data', f`Trip 7fd3-4821 — pickup -1.286389, 36.817223 → drop -1.300730, 36.784280, 14.2 km, 31 min, surge 1.4×, fare KES 1,140. Why would the route be 4 km longer than Google's estimate?`),

  rec('chat', f`سلام، لطفاً یک پیام اطلاع‌رسانی برای مشترکین بنویس: از ۱ دی‌ماه، بسته اینترنت ۳۰ گیگ ماهانه ۲۹۰ هزار تومان می‌شود و کد فعال‌سازی *۱۲۳*۴# است.`),

  rec('chat', f`arn:aws:s3:::kanzu-driver-docs-prod und arn:aws:iam::482917364019:role/onboarding-uploader — reicht die Bucket-Policy mit dieser Rolle, oder muss ich KMS extra freigeben?`),

  rec('email', f`Assunto: Redefinição de senha do portal de leitores

Olá! Para redefinir a sua senha, clique em https://leitores.bibliotecas.pt/reset?token=<TOKEN> (válido 30 minutos). Se não pediu, ignore esta mensagem.

Podes melhorar o texto?`),

  rec('chat', f`ཁྱེད་རང་གིས་དཔེ་མཛོད་ཀྱི་སྒོ་འབྱེད་དུས་ཚོད་ (ཟླ་བ་དང་པོ་ནས་ ཆུ་ཚོད་ ༩ ནས་ ༥ བར་) ཀྱི་བརྡ་ཐོ་ཞིག་ དབྱིན་ཡིག་ཏུ་བསྒྱུར་རོགས།`),

  rec('chat', f`የአዲስ አበባ ቤተ-መጻሕፍት የክረምት ሰዓት፡ ሰኞ–ዓርብ 2:30–11:00፣ ቅዳሜ 3:00–8:00። ይህን ወደ እንግሊዝኛና ኦሮምኛ ተርጉምልኝ።`),

  rec('template', f`Jinja template for the overdue-notice e-mail, can you add a Sámi translation block?

${amb('source_code.snippet', f`Hei {{ patron.first_name }},

Følgende lån er forfalt:
{% for loan in loans %}- {{ loan.title }} (forfalt {{ loan.due_date | date("d.m.Y") }})
{% endfor %}
Svar til {{ branch.contact_email }} ved spørsmål.`)}`),

  rec('config', f`Τα MAC των router στα καταστήματα Αθήνας, χρειάζομαι πίνακα ανά κατάστημα:
ATH-SYN-01  3c:52:82:a1:7f:04
ATH-KIF-02  3c:52:82:a1:81:9c
PIR-03      f4:8e:38:0b:22:d1`),

  rec('chat', f`សូមជួយសរសេរសារផ្សព្វផ្សាយ៖ គម្រោងស៊ីមថ្មី ៥ ដុល្លារ/ខែ អ៊ីនធឺណិត ២០GB និងហៅឥតគិតថ្លៃក្នុងបណ្ដាញ។ ចុច *៨៨៨# ដើម្បីចុះឈ្មោះ។`),

  rec('chat', f`Fa'amolemole fesoasoani e tusi ni fautuaga saogalemu mo avetaavale i Apia: fa'aaoga le fusipa'u, aua le tali telefoni a'o ave, ma taofi i le auala saogalemu pe a lagona le vaivai.`),

  rec('chat', f`A customer typed ${BAD_CARD2} into the online top-up form and it was rejected. Is our Luhn validation maybe wrong, or is the number really invalid? Please check the maths step by step.`),

  rec('chat', f`Tìm giúp tôi cách viết biểu thức cron chạy lúc 02:30 mỗi Chủ nhật, và regex kiểm tra mã đơn hàng dạng EXP-2025-000481.`),

  rec('chat', f`Kuna madereva wanaolalamika kwamba programu inawauliza "Enter your password" mara mbili baada ya kusasisha toleo 5.14.2. Ni hitilafu inayojulikana?`),
];
