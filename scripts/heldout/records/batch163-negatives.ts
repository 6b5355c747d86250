/**
 * Held-out batch 163: hard negatives from the six organisations — UN numbers, MMSIs, lot and
 * tracking numbers, masked cards, check-digit failures, placeholders, test keys, public keys and
 * casual uses of "confidential", in many languages (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { ibanWithCheck, luhnValid, luhnWithCheck, ibanValid, spacedFours, verhoeffCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

/** A card-shaped number whose last digit is not the Luhn check digit. */
function luhnFail(payload: string): string {
  const good = luhnWithCheck(payload);
  const bad = good.slice(0, -1) + String((Number(good.slice(-1)) + 3) % 10);
  if (luhnValid(bad)) throw new Error(`meant to fail Luhn: ${bad}`);
  return bad;
}
/** An IBAN with its check digits changed, so that mod 97 fails. */
function ibanFail(country: string, bban: string): string {
  const good = ibanWithCheck(country, bban);
  const bad = good.slice(0, 2) + String((Number(good.slice(2, 4)) + 11) % 97).padStart(2, '0') + good.slice(4);
  if (ibanValid(bad)) throw new Error(`meant to fail mod 97: ${bad}`);
  return bad;
}

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b163n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b163n-pklive', B62, 97));
const RK_TEST = tok('rk_', 'test_', '51', fill('b163n-rktest', B62, 97));
const BAD_CARD = luhnFail('453201874962037');
const BAD_VOUCHER = luhnFail('603948271650394');
const BAD_IBAN_FR = ibanFail('FR', '30004013280008473192547');
const BAD_IBAN_DE = ibanFail('DE', '120300000019283746');
const AADHAAR_PAYLOAD = '48291736051';
const BAD_AADHAAR = (() => {
  const d = AADHAAR_PAYLOAD + String((verhoeffCheckDigit(AADHAAR_PAYLOAD) + 1) % 10);
  return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`;
})();
const SHA256 = fill('b163n-sha', HEX, 64);
const GIT_SHA = fill('b163n-git', HEX, 40);
const PUB_PEM = pem('PUBLIC KEY', 'b163n-pub', 294);
const CERT = pem('CERTIFICATE', 'b163n-cert', 780);
const ED25519_PUB = tok('AAAAC3NzaC1lZDI1NTE5AAAAI', fill('b163n-ed', B62, 43));
const BCRYPT = tok('$2b$12$', fill('b163n-bcrypt', B62 + './', 53));
const DIGEST = fill('b163n-digest', HEX, 64);
const INTEGRITY = `sha512-${fill('b163n-integ', B62 + '+/', 86)}==`;

export const BATCH163_NEGATIVES: DraftRecord[] = [
  rec('env_file', f`Dev setup for the parking kiosk, can you explain why checkout works locally but no webhooks arrive?

${cfg(f`STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_REPORTING_KEY=${RK_TEST}
WEBHOOK_URL=http://localhost:3000/webhooks/stripe`)}`, 'Stripe test keys and a publishable key: negatives; the .env is an ambiguous config'),

  rec('chat_de', f`Ein Fluggast hat uns seinen Parkbeleg geschickt, darauf steht „Karte **** **** **** 4821, Visa, 14.06.2025 11:42, 61,50 €“. Er sagt, ihm wurden 80 € abgebucht. Formuliere bitte eine Antwort, dass wir den Beleg prüfen.`, 'masked PAN'),

  rec('chat_fr', f`Le client nous a envoyé cet IBAN pour le remboursement de la sidre cassée : ${spacedFours(BAD_IBAN_FR)}. Notre banque dit qu'il est invalide. Comment lui expliquer poliment qu'il y a sans doute une faute de frappe ?`, 'IBAN whose check digits fail mod 97'),

  rec('chat_en', f`A passenger typed their card as ${BAD_CARD} in the refund form and our validator rejects it. Is it just a typo (the last digit) or is our Luhn check buggy?`, 'card number that fails the Luhn check'),

  rec('doc_ja', f`火薬庫の保管品目一覧を英訳してください。
・UN0241 爆薬 タイプE（等級1.5D）— 1,200 kg
・UN0030 電気雷管（等級1.1B）— 3,000個
・UN0065 導爆線（等級1.1D）— 4,500 m
許可番号：第25-0417号、保管上限 2,000 kg`, 'UN numbers, hazard divisions and a permit number'),

  rec('compose', f`Why does this compose file for the lost-and-found API fail with "password authentication failed"?

${cfg(f`services:
  api:
    image: westmoor/lostfound:3.2
    environment:
      DB_URL: postgres://USER:PASSWORD@HOST:5432/lostfound
      DB_PASSWORD: \${DB_PASSWORD}
      SMTP_PASS: <your-smtp-password>`)}`, 'placeholders only'),

  rec('deploy_log', f`${cfg(f`[deploy] visa-letters 2.4.1 → production
[deploy] commit ${GIT_SHA}
[deploy] image registry.linguaharbour.ie/letters@sha256:${DIGEST}
[deploy] release id 7f3c2a94-1b8e-4d06-a5c1-9e27d48b3f60
[deploy] done in 41s`)}

What does the sha256 part mean, is it safe to paste this in a public issue?`, 'git SHA, Docker digest, UUID'),

  rec('chat_nl', f`Onze koerier heeft de zending dialysevloeistof voor mevrouw Hoekstra als "bezorgd" gemarkeerd, maar ze heeft niets ontvangen. Track & trace: JVGL0482917365401938, zending 3SDHL48291736. Kun je een klachtmail aan de koerier opstellen?`, 'tracking numbers'),

  rec('log_en', f`Coastguard log entry, can you expand the abbreviations for the trainee?

0412Z DSC DISTRESS rcvd Ch70 from MMSI 235018472, posn 5437.9N 00550.5W, nature UNDESIGNATED. Ack by MRCC 0413Z. MAYDAY RELAY Ch16 0415Z. Lifeboat ON 1307 tasked. Vessel "Morning Star" callsign MFQR7, IMO 9183746.`, 'MMSI, IMO number, callsign and coordinates'),

  rec('chat_es', f`¿Qué significa este código en la factura del transportista? "Partida arancelaria 2206 00 31, sidra espumosa; ARC 25GBR48291736401EXA7; EORI GB482917364000". Es para la exportación a México.`, 'HS code, excise ARC and EORI numbers'),

  rec('chat_en', f`I'm confident the new pear cider will pass the lab test for the Japanese importer. Could you draft a short mail saying samples ship Monday?`, 'casual "confident"'),

  rec('chat_en', f`Can you give me a confidentiality agreement template we can send to new cider distributors before we share our price list? UK law, short and plain.`, 'asks for a confidentiality agreement template: casual use'),

  rec('docs_snippet', f`From the AWS docs we follow for the parking data lake: set AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE and AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in the test profile. Why does the tutorial use these?`, 'documentation example keys'),

  rec('chat_en_us', f`For the training video on the magazine permit hotline, can we show a fake number like ${amb('pii.phone', '(307) 555-0143')} on screen? Or should we blur it?`, 'fictional 555-01xx number: ambiguous'),

  rec('chat_en_gb', f`For the lost-property awareness poster we need a phone number that won't ring anyone — is ${amb('pii.phone', '07700 900417')} OK to print?`, 'Ofcom drama range: ambiguous'),

  rec('code_python', f`Our SSN validator test, does it cover the invalid area numbers correctly?

${code(f`import pytest
from permits.validators import ssn_valid

@pytest.mark.parametrize("ssn", ["000-12-3456", "666-48-2917", "912-48-2917", "482-00-2917", "482-91-0000"])
def test_invalid_ssn(ssn):
    assert not ssn_valid(ssn)`)}`, 'only SSNs that are invalid by construction'),

  rec('chat_hi', f`हमारे फ़ॉर्म में किसी छात्र ने आधार ${BAD_AADHAAR} लिखा है और सिस्टम इसे गलत बता रहा है। क्या यह चेक-डिजिट की गलती है? छात्र को हिंदी में विनम्र संदेश लिखें।`, 'Verhoeff-failing Aadhaar'),

  rec('chat_en', f`The payroll form for a coastguard volunteer has NI number DF 48 27 19 A — HMRC says it's not valid. Which letters are never used as a prefix?`, 'NINO with unissued prefix letters'),

  rec('chat_it', f`Sulla scatola delle sacche per dialisi c'è scritto "LOT 24K1837 EXP 2026-11 REF 5B9283 GTIN 08714729481736". Il paziente chiede se può usarle: scrivi una risposta semplice.`, 'lot, ref and GTIN numbers'),

  rec('template_en', f`Please improve the wording of our visa letter template:

"To whom it may concern,
This is to confirm that [STUDENT NAME], born on [DATE OF BIRTH], holder of passport no. [PASSPORT NUMBER], has been accepted on a [NUMBER]-week General English course at Lingua Harbour School, starting [START DATE]. Tuition fees of €[AMOUNT] have been paid in full."`, 'template placeholders only'),

  rec('chat_ko', f`주차장 번호판 인식 로그에 "12가 3456", "서울 34나 7812" 같은 번호가 나오는데, 이걸 개인정보로 봐야 하나요? 일반적인 질문이에요.`, 'licence plates in a general question'),

  rec('chat_sv', f`Hur räknar man ut säkerhetsavståndet för ett sprängämnesförråd med 2 000 kg klass 1.1? Vi har tillstånd nr 2025-0418 från länsstyrelsen och förrådet ligger 420 m från väg 73.`, 'permit number and distances'),

  rec('chat_pl', f`Mamy w systemie bon podarunkowy do sklepu przy tłoczni cydru o numerze ${BAD_VOUCHER}, ale kasa go odrzuca. Czy to może być błąd w numerze? Napisz odpowiedź do klientki.`, 'gift voucher number that fails the Luhn check'),

  rec('ssh_pub', f`Add this key to the authorized_keys on the magazine access-control server for the contractor:

ssh-ed25519 ${ED25519_PUB} contractor@blastcontrol

Is ed25519 OK for an old OpenSSH 7.4?`, 'public key'),

  rec('cert', f`This is the certificate the regulator's portal presents, our client rejects it. Can you tell why from the PEM?

${CERT}

${PUB_PEM}`, 'certificate and public key'),

  rec('chat_en', f`Our old dialysis order portal stores passwords like ${ambCat('credential', BCRYPT)} — is bcrypt cost 12 still fine, or should we move to argon2?`, 'password hash: ambiguous, no rule id'),

  rec('package_lock', f`npm ci fails on the visa letter app with EINTEGRITY, here is the lock entry:

${cfg(f`"node_modules/pdfkit": {
  "version": "0.15.0",
  "resolved": "https://registry.npmjs.org/pdfkit/-/pdfkit-0.15.0.tgz",
  "integrity": "${INTEGRITY}",
  "license": "MIT"
}`)}`, 'npm integrity hash'),

  rec('chat_ru', f`Проверь, пожалуйста, прошивку контроллера двери склада ВМ: версия 4.12.1.3, SHA-256 ${SHA256}. Совпадает ли это с тем, что производитель указал в бюллетене? Как проверить в Windows?`, 'firmware version and SHA-256'),

  rec('chat_ar', f`ما الفرق بين التأشيرة الدراسية القصيرة والطويلة في أيرلندا؟ طالب يسأل عن الدورة لمدة 25 أسبوعاً. سؤال عام بدون بيانات شخصية.`, 'general question'),

  rec('chat_tr', f`Elma şarabının alkol oranı %5,5, şişe 500 ml, koli başına 12 şişe, palet başına 84 koli. Toplam 18 palet için kaç litre saf alkol eder? Gümrük beyannamesi için lazım.`, 'numbers in a calculation'),

  rec('email_disclaimer', f`Can you shorten our e-mail footer? It's longer than most e-mails:

Orchard Vale Cider Ltd · Registered in England No. 04829173 · VAT GB 482 9173 64
${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')} If you have received it in error please notify the sender and delete it.`, 'e-mail confidentiality disclaimer: ambiguous; company and VAT numbers are negatives'),

  rec('chat_pt_br', f`Qual é a diferença entre "computação confidencial" e criptografia comum? Estamos avaliando nuvem para o sistema de pedidos de diálise.`, 'confidential computing: casual'),

  rec('screenshot_text', f`Texto copiado da tela de configuração do leitor de placas do estacionamento:

Usuário: admin
Senha: ********
Servidor NTP: pool.ntp.org
Firmware: 3.8.14-build2025

Por que o relógio está atrasando 4 minutos por dia?`, 'masked password'),

  rec('chat_en', f`GitHub tells me to put a token like ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx in the workflow secrets. Where exactly do I paste it for the incident-log repo?`, 'token placeholder'),

  rec('chat_fr_qc', f`C'est quoi la meilleure façon d'écrire une fonction Python qui valide un numéro de passeport canadien? Pas besoin de code complet, juste l'idée générale (2 lettres + 6 chiffres?).`, 'programming question without code or values'),

  rec('chat_el', f`Ο επιβάτης είχε κράτηση στάθμευσης PK-88240, πτήση A3 614 από Αθήνα, εισιτήριο 390 2148 293741. Ζητά επιστροφή χρημάτων επειδή η πτήση ακυρώθηκε. Γράψε απάντηση.`, 'booking, flight and ticket numbers'),

  rec('chat_zh', f`我们的苹果酒要出口到上海，海关要求的HS编码是 2206.00.10 还是 2206.00.90？另外酒精度 5.5% vol、净含量 330 ml 要怎么写在中文标签上？`, 'HS codes and label figures'),

  rec('chat_fi', f`Laske meille, montako dialyysipussia tarvitaan kuukaudessa, jos potilas tekee 4 vaihtoa päivässä ja pusseja on 2 000 ml ja 2 500 ml. Tilausnumero on 4500182736, jos tarvitset sitä.`, 'order number'),

  rec('chat_th', f`เบอร์ฉุกเฉินของหน่วยยามฝั่งคือ 1199 และช่องวิทยุ VHF 16 ใช่ไหมคะ ช่วยทำป้ายภาษาอังกฤษให้นักท่องเที่ยวหน่อย`, 'emergency short code and VHF channel'),

  rec('chat_he', f`יש לי שאלה כללית: כמה זמן מותר לשמור צילום דרכון של תלמיד אחרי שהוצאנו לו מכתב ויזה, לפי GDPR?`, 'general question about passports'),

  rec('chat_de_ch', f`Mir händ e Lieferantenrechnig mit de IBAN ${spacedFours(BAD_IBAN_DE)} übercho, aber s'E-Banking seit "ungültig". Isch das en Tippfähler oder e Betrugsversuech?`, 'IBAN whose check digits fail mod 97'),

  rec('chat_en_ie', f`The lifeboat's phone list has "+353 1 999 99" for the harbour master, which can't be right. How many digits should a Dublin landline have?`, 'phone-shaped number libphonenumber rejects'),

  rec('chat_en', f`Our grandmother's secret recipe for the spiced cider is the selling point of the Christmas range. Can you write a product description that hints at it without giving anything away?`, 'casual "secret"'),

  rec('chat_vi', f`Trường hợp học viên có hộ chiếu hết hạn trước khi khóa học kết thúc thì thư mời có còn hợp lệ không? Câu hỏi chung thôi, chưa có hồ sơ cụ thể.`, 'general question'),

  rec('chat_uk', f`Як правильно записати координати для журналу подій: 54°37,9′ пн. ш., 5°50,5′ зх. д., чи в десяткових градусах 54.6317, -5.8417? Який формат кращий для рятувальників?`, 'coordinates'),

  rec('isbn', f`Order 12 copies each of these coursebooks for the autumn visa-students' group: ISBN 978-0-19-452763-1 and 978-1-108-81742-5. Draft the order e-mail to the bookshop.`, 'ISBN numbers'),

  rec('chat_ja', f`駐車場の請求書番号 INV-2025-004817 と予約番号 WM-PK-883921 の照合方法を教えてください。エクセルで VLOOKUP を使う例があると助かります。`, 'invoice and booking numbers'),
];
