/**
 * Held-out batch 103: hard negatives — flight numbers, aircraft registrations, part and lot numbers,
 * masked cards, invalid check digits, placeholders, test keys, hashes and casual "confidential" prose.
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, fill, tok } from '../tokens';

const badIban = (cc: string, bban: string): string => {
  const good = Number(ibanCheckDigits(cc, bban));
  const bad = String(good === 98 ? 2 : good + 1).padStart(2, '0');
  return `${cc}${bad}${bban}`;
};
const badCard = (p: string): string => p + String((luhnCheckDigit(p) + 5) % 10);
const group = (s: string): string => s.replace(/(.{4})/g, '$1 ').trim();

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b103n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b103n-pklive', B62, 97));

export const BATCH103_NEGATIVES: DraftRecord[] = [
  rec('chat_en', f`Flight SKB 4417 MAD–TFS was delayed 3h 20m on 14/09/2024 due to a bird strike on SX-BQR. Under EU261, is the operator liable when the cause is a bird strike? Write a short customer-facing explanation.`),
  rec('mx_log', f`Task card 32-11-00-210-801, A320 MSN 5521, P/N D23189000-9, S/N HC4829, removed at 24 183 FH / 19 204 FC. Replacement P/N D23189000-11 installed. Help me write the tech log entry in proper English.`),
  rec('roster_tl', f`Paki-ayos ng table: Pairing P-0917 (MNL–CEB–DVO–MNL), report 04:35L, release 13:50L, duty 9h15, FDP limit 11h00. Lahat ng crew ay may 12h rest bago nito.`),
  rec('vet_de', f`Wie viel Meloxicam (1,5 mg/ml Suspension) bekommt eine 12-kg-Hündin? Laut Packungsbeilage 0,1 mg/kg am ersten Tag. Zulassungsnummer 401829.00.00, Charge 24B0917.`),
  rec('card_masked', f`Der Kunde sagt, die Abbuchung von 84,00 € mit der Karte **** **** **** 7316 sei doppelt. Im Zahlungsbericht steht nur XXXX-XXXX-XXXX-7316 einmal. Wie erkläre ich Vormerkbuchungen?`),
  rec('card_luhn_fail', f`Un spectateur nous a donné ce numéro de carte par téléphone : ${group(badCard('497401827364519'))}. Le TPE le refuse immédiatement (« numéro invalide »). Probablement une faute de frappe — comment lui demander poliment de le redonner ?`, 'fails Luhn: unlabelled'),
  rec('iban_bad', f`Ügyfél ezt az IBAN-t adta meg: ${badIban('HU', '117730160000000049371822')} — a banki rendszer szerint hibás az ellenőrző szám. Mit írjak neki?`, 'IBAN check digits wrong: unlabelled'),
  rec('iban_bad_es', f`El proveedor de arena de sílice nos mandó el IBAN ${group(badIban('ES', '00491500051234567892'))} pero la banca online dice que no es válido. ¿Puede ser que hayan cambiado los dígitos de control?`, 'wrong check digits: unlabelled'),
  rec('stripe_test', f`For the festival staging site I use the Stripe test key ${STRIPE_TEST} and the card ${amb('financial.payment_card', '4242 4242 4242 4242')}… actually can you tell me which test card triggers a 3DS challenge?`, 'a Stripe test key: unlabelled; the well-known test card: ambiguous'),
  rec('pk_live', f`Is it a problem that our publishable key ${PK_LIVE} is visible in the box-office page source? The dev says it's meant to be public.`),
  rec('placeholders_env', f`Template for new rostering environments, fill in per base:
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/rostering
SENDGRID_API_KEY=YOUR_API_KEY
JWT_SECRET=\${JWT_SECRET}
SLACK_BOT_TOKEN=<your-slack-bot-token>
Which of these should come from Vault instead of the file?`),
  rec('uuid_sha', f`Deploy of crypto-import failed. Build 7f3c9a21-4b8e-4d07-a1c5-92e6d0b8f413, commit 4e1d8c7b9a2f03e6d5c1b8a7f9e2d4c6b0a3f1e5, image sha256:9b2e4d71c0a8f3e6d5b1c9a7e2f4d8b0c6a3e1f5d7b9c2a4e6f8d0b1c3a5e7f9. The error is "manifest unknown". Why?`),
  rec('npm_integrity', f`package-lock says "integrity": "sha512-Zx8m3Qp9Rk2Lw7Vn4Ty6Hs1Jd5Fg0Cb3Xa8Ue2Oi9Py4Mt7Nr6Ql1Kv5Sw0Dj3Gh8Bf2Ec9Az4Yu7Ti1Op6Lk0Mn3Ib5Vc8Xe2Wr7==" for @fringe/seatmap@2.4.1 but npm ci complains about EINTEGRITY. Fix?`),
  rec('lot_numbers', f`Sklárna – výsledky testu vnitřního tlaku: LOT-24-0917 (40 ks, 3 prasklé), LOT-24-0918 (40 ks, 0), LOT-24-0919 (40 ks, 1). Forma č. 118-07. Udělej z toho stručnou tabulku.`),
  rec('casual_conf_en', f`I'm confident the annealing temperature on lehr 2 is too low. Can you explain how residual stress in glass bottles is measured with a polariscope?`),
  rec('casual_conf_fr', f`Nous avons besoin d'un modèle d'accord de confidentialité pour les bénévoles du festival. Peux-tu me proposer une structure générique ?`),
  rec('casual_conf_de', f`Was ist "Confidential Computing" und lohnt es sich für eine Steuerkanzlei, die Krypto-Transaktionsdaten in der Cloud verarbeitet?`),
  rec('casual_legal_es', f`¿Qué significa "confidencialidad abogado-cliente" para una ONG de asistencia legal que no es despacho de abogados? Explícalo sencillo para voluntarios.`),
  rec('ssn_invalid', f`Our US payroll import rejects SSN 000-48-2917 for a seasonal ramp agent. Is 000 ever a valid area number? What should HR ask the employee for?`, 'area 000: unlabelled'),
  rec('ssn_666', f`Form shows SSN 666-21-4830 — the tax software flags it. Is that a typo or a fake?`),
  rec('aadhaar_bad', f`ग्राहक ने आधार संख्या 7391 8204 6527 दी, पर सिस्टम कहता है "invalid checksum". उनसे दोबारा कैसे पूछूँ?`, 'Verhoeff-failing: unlabelled'),
  rec('nino_bad', f`Visiting lighting designer gave NI number DA 48 29 17 C on his form — our payroll software says the prefix was never issued. What do I ask him for instead?`),
  rec('phone_bad', f`Клиент оставил номер +7 000 123 45 67 — это вообще существующий номер? Система рассылки его отклоняет.`),
  rec('flight_codes_ar', f`رحلة SKB 2218 من عمّان إلى القاهرة، تسجيل الطائرة JY-RBA، وقت الإقلاع 06:45 والوصول 07:55. اكتب إشعار تأخير للركاب.`),
  rec('isbn', f`Festival bookshop order: ISBN 978-3-16-148410-0 (12 copies), ISBN 978-0-14-118776-1 (8 copies). Please make an order table with prices 18,90 € and 12,50 €.`),
  rec('tracking', f`Zásilka léčiv pro pobočku Brno: DHL 1Z 8V4 91A 03 2281 4470, PPL 40182736451. Kdy by měla dorazit, když je to expres?`),
  rec('versions', f`Upgrade plan for the box office: node 18.20.4 → 20.17.0, react@18.2.0 → react@18.3.1, @stripe/stripe-js@2.4.0 → 4.5.0, postgres 14.12 → 16.4. Any breaking changes?`),
  rec('public_key', f`Is it OK to post our SSH public key for the lab SFTP in the supplier portal?
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b103n-pub', B62, 43)} qalab@spectro-01`),
  rec('cert_pub', f`-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUV${fill('b103n-cert1', B62, 58)}
${fill('b103n-cert2', B62, 64)}
${fill('b103n-cert3', B62, 40)}==
-----END CERTIFICATE-----
This is the public cert of our ticketing API. How do I check its expiry with openssl?`),
  rec('svg', f`The seat-map icon renders wrong: <path d="M12 2C8.13 2 5 5.13 5 9c0 5.25 7 13 7 13s7-7.75 7-13c0-3.87-3.13-7-7-7zm0 9.5a2.5 2.5 0 0 1 0-5 2.5 2.5 0 0 1 0 5z"/>. Why is it clipped?`),
  rec('dates', f`Ngày 17/09/2024 lô chai LOT-24-0917 không đạt kiểm tra áp suất. Hãy viết biên bản sự cố ngắn, ghi giờ 14:32 và ca làm việc số 2.`),
  rec('pet_birthday', f`Mèo "Mochi" sinh ngày 03/05/2019, nặng 4,2 kg. Liều Bravecto cho mèo là bao nhiêu?`),
  rec('crypto_hash', f`Client's BTC withdrawal tx hash: 3a1f9c2e7b4d8e0a5c6f1b9d2e4a7c3f8b0d6e2a9c5f1b7d3e8a0c4f6b2d9e1a. How do I prove the cost basis for this transfer between own wallets?`),
  rec('wallet_address', f`Ist eine öffentliche Wallet-Adresse wie bc1qxy7f2m9k4v8p3s6d0q5w2n7t4r1j8h3c5g9l0a personenbezogen? Der Mandant will sie im Steuerbericht nicht sehen.`),
  rec('password_policy', f`Write a password policy for the legal aid centre's volunteers: min 12 characters, no reuse of the last 5, MFA on the case system. Example of a bad password: "password123". Keep it simple for non-technical staff.`),
  rec('placeholder_pw_ru', f`В инструкции для новых сотрудников кассы написано: логин — ваш табельный номер, пароль: <ваш-пароль>, первый вход через https://pos.fringefest.example/login. Как переписать понятнее?`),
  rec('redacted', f`Kerro, onko tämä riittävästi anonymisoitu: "Asiakas [NIMI], syntynyt [PVM], puhelin [POISTETTU], IBAN FI** **** **** **** 12."`),
  rec('order_numbers', f`Order VP-2024-118374 and VP-2024-118375 were shipped together; invoice INV-2024/09/4471. Customer asks for a split invoice — how do I word that?`),
  rec('reg_numbers_ka', f`თვითმფრინავი 4L-SKB, რეისი SKB 781 თბილისი–ბათუმი, გადადებულია ტექნიკური მიზეზით. დაწერე მგზავრების შეტყობინება ქართულად და ინგლისურად.`),
  rec('gift_voucher', f`Festival gift voucher code FF-GV-2024-88K3-QP71 — the shop says it's expired. Vouchers are valid for 12 months from 1 Aug 2023. Who is right?`),
  rec('lab_values_ko', f`병 벽 두께 측정값: 2.41, 2.38, 2.45, 2.29, 2.51 mm (규격 2.30 ± 0.15). 공정능력지수 Cpk를 계산해 주세요.`),
  rec('legal_generic_sw', f`Eleza kwa ufupi haki za mfanyakazi wa nyumbani aliyehamia nchi nyingine: mkataba, mshahara, hati ya kusafiria, na namna ya kuripoti unyanyasaji.`),
  rec('programming_q', f`How do I hash passwords with argon2 in Node.js for the volunteer portal? Which parameters are recommended in 2024?`),
  rec('test_card_wording', f`Aling test card ang gamitin sa Stripe para sa "insufficient funds"? Ayokong gumamit ng totoong card sa staging.`),
  rec('docker_digest', f`FROM python:3.12-slim@sha256:2be8daddbb82756f7d1f2c7ece706aadcb284bf6ab6d769ea695cc3ed6016743 — pinning by digest breaks our Renovate updates for the rostering image. Alternatives?`),
  rec('mx_ata_jp', f`ATA 29（油圧）の不具合記録：2024年9月14日、登録記号 JA02SK、部品番号 D23189000-9、シリアル HC4829。英語の整備記録に翻訳してください。`),
];
