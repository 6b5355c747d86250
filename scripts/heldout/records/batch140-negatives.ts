/**
 * Held-out batch 140: hard negatives from the six organisations — test keys, placeholders, masked
 * and check-digit-failing numbers, hashes, ids, public keys, vessel and meter numbers, casual uses
 * of marking words, in many languages. Unlabelled apart from code blocks and ambiguous spans.
 */
import { ibanCheckDigits, luhnCheckDigit, spacedFours as spaced } from '../../corpus/checksums';
import { amb, f, rec, v, type DraftRecord, type Frag } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const code = (b: Frag) => v('source_code.snippet', b);
const cfg = (b: Frag) => amb('source_code.snippet', b);
const ip = (s: string) => amb('pii.ip_address', s);

const badLuhn = (payload: string): string => payload + String((luhnCheckDigit(payload) + 3) % 10);
const badIban = (cc: string, bban: string): string => {
  const good = Number(ibanCheckDigits(cc, bban));
  const wrong = good >= 90 ? good - 7 : good + 7;
  return cc + String(wrong).padStart(2, '0') + bban;
};

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b140n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b140n-pklive', B62, 97));
const GIFT = badLuhn('603571948203746');
const WRONG_CARD = badLuhn('454718293015623');
const WRONG_IBAN = badIban('NL', 'INGB0004817392');
const WRONG_IBAN_RO = badIban('RO', 'BTRL01301205N48173XX');
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 40);
const PUB = pem('PUBLIC KEY', 'b140n-pub', 294);
const PLAY_LICENSE = tok('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', fill('b140n-play', B64, 300), 'IDAQAB');
const BCRYPT = tok('$2b$12$', fill('b140n-bcrypt', B62 + './', 53));
const INTEGRITY = tok('sha512-', fill('b140n-integ', B64, 86), '==');

export const BATCH140_NEGATIVES: DraftRecord[] = [
  // ——— esports ———
  rec('env_test', f`Is it fine that our merch shop staging env is committed to the repo? It's test mode only:

${cfg(f`# .env.staging
STRIPE_SECRET_KEY=${STRIPE_TEST}
NEXT_PUBLIC_STRIPE_KEY=${PK_LIVE}
DISCORD_BOT_TOKEN=YOUR_BOT_TOKEN_HERE
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/merch_staging`)}`, 'Stripe test key, publishable key and placeholders'),

  rec('chat_pl', f`Zrób mi ładną tabelkę ze statystykami z wczorajszego meczu (Mirage, 13:16 po dogrywce):
ZywOo-klon "kuba": 27/19, ADR 94.3, HS 48%
"majk": 18/21, ADR 71.8
"f1sh": 15/22, ADR 66.0
Mecz ID: 2371849, demo: 2371849_mirage.dem`),

  rec('chat', f`Can you give me a template for a player NDA / confidentiality agreement for trialists? Nothing fancy, two pages, covering strategies and scrim results.`),

  rec('chat_ko', f`대회 브래킷 JSON인데 경기 ID가 겹치는지 확인해 줄래요?
3f1c9a2e-7b44-4d0e-9a8f-21c6e5b3d704 — 8강 1경기
a07d52b8-16e9-4c3f-b2a1-98e4f0c6d315 — 8강 2경기
3f1c9a2e-7b44-4d0e-9a8f-21c6e5b3d704 — 4강 1경기`),

  rec('chat_pt_br', f`Qual a melhor forma de guardar a senha do Discord da equipe? Hoje tá num post-it no monitor do gaming house 😬 Pensei em Bitwarden ou 1Password, qual compensa pra 8 pessoas?`),

  rec('chat_de', f`Kannst du mir eine Vereinschronik schreiben? Gründungsdatum des Vereins: 12.03.2017, erster Titel 2019 (Prime League Division 2), seit 2022 in der ersten Liga.`),

  rec('chat_es_ar', f`Che, armame un post para Instagram: "Nuestro capitán cumple 5 años en el club 🎉". Entró el 03/02/2020, jugó 412 mapas oficiales. Que quede canchero.`),

  rec('code_ts', f`Stream overlay: the donation alert shows the amount twice. Relevant code:

${code(f`const STRIPE_PUBLISHABLE = '${PK_LIVE}';

export function onDonation(e: { amount: number; currency: string; name?: string }) {
  const fmt = new Intl.NumberFormat('en-US', { style: 'currency', currency: e.currency });
  showAlert(\`\${e.name ?? 'Anonymous'} donated \${fmt.format(e.amount)}\`);
  showAlert(\`\${fmt.format(e.amount)}\`);
}`)}`, 'publishable key: public by design'),

  // ——— dredging / flood defence ———
  rec('chat_nl', f`Maak een weekrapport van deze productiecijfers voor de sleephopperzuiger "Prins der Nederlanden" (IMO 9481739, MMSI 244870123):
ma 4.812 m³ | di 5.106 m³ | wo 3.990 m³ (storing zuigpijp) | do 5.221 m³ | vr 4.875 m³
Stortvak: 51°23'41"N 3°34'12"E`),

  rec('config_example', f`${cfg(f`# survey-uploader.example.toml — copy to survey-uploader.toml
[aws]
access_key_id = "AKIAIOSFODNN7EXAMPLE"
secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
bucket = "bathymetry-raw"

[vessel]
name = "CHANGE_ME"`)}

Help me write the README section explaining how to fill this in.`, 'AWS documentation keys in an example file'),

  rec('chat_vi', f`Tóm tắt giúp em bảng khối lượng nạo vét tuần này: luồng Soài Rạp km 12+300 đến km 18+750, khối lượng 182.450 m³, độ sâu thiết kế -9,5 m (hệ Hải đồ). Phiên bản phần mềm đo sâu: Qinsy 9.6.4.1.`),

  rec('chat_fi', f`Onko tämä salasanakäytäntö järkevä ruoppausaluksille? Vähintään 14 merkkiä, vaihto 90 päivän välein, ei samaa kuin 5 edellistä. Kirjoita siitä lyhyt ohje miehistölle.`),

  rec('log', f`${cfg(f`2024-11-14 03:12:07 INFO  pump-ctrl  gemaal=Lisse pomp=2 toeren=742 debiet=3,41 m3/s
2024-11-14 03:12:07 INFO  pump-ctrl  firmware=4.12.1.3 build=${GIT('b140n-git1')}
2024-11-14 03:12:08 WARN  pump-ctrl  peil boezem -0,58 m NAP (streefpeil -0,62)`)}

Waarom draait pomp 2 terwijl het peil al onder streefpeil zit?`),

  rec('chat_bn', f`বাঁধ প্রকল্পের টেন্ডার নম্বর BWDB/PD/2024/1187 এবং চুক্তি নম্বর CT-48-173-926। এই দুটো নম্বর দিয়ে একটা সংক্ষিপ্ত চিঠি লিখে দাও।`),

  rec('chat', f`Quick sanity check on units: our cutter suction dredger is rated 8,500 kW installed power, pipeline 900 mm, and the site manager says we pumped 48,173 m³ in a 24-hour shift. Plausible?`),

  // ——— optician chain ———
  rec('order_fr', f`Commande labo n° LH-2024-118374 — magasin Lyon Part-Dieu
OD : sph -2,25 cyl -0,75 axe 175 add +2,00
OG : sph -2,00 cyl -0,50 axe 10 add +2,00
EP : 31,5 / 32,0 — hauteur 22 mm
Verres : progressif 1,67 antireflet, monture réf. 4817-392-52
Suivi Colissimo : 6A48173926104

Peux-tu vérifier que la prescription est cohérente ?`),

  rec('chat_it', f`Una cliente ha una gift card del negozio con codice ${GIFT} ma alla cassa risulta "codice non valido". Scrivimi una risposta per dirle che controlliamo con l'ufficio centrale.`, 'store gift card number that fails the Luhn check'),

  rec('receipt_en', f`Translate this receipt into Polish for the customer:

Lunette & Co — Manchester Arndale
Receipt 2024-11-16 14:22   #R-48173
Varifocal lenses (1.6, AR)   £245.00
Frame "Harlow" 52-18-140     £95.00
Paid: Mastercard •••• 5839  £340.00
VAT no. GB 481 7392 61`),

  rec('chat_ja', f`会員カードの番号を入力してもエラーになるとお客様から問い合わせ。番号は ${WRONG_CARD.slice(0, 4)}-${WRONG_CARD.slice(4, 8)}-${WRONG_CARD.slice(8, 12)}-${WRONG_CARD.slice(12)} だそうです。桁数が合っているか確認する方法は？`, 'card-shaped loyalty number that fails the Luhn check'),

  rec('chat_sv', f`Skriv en kort instruktion för butikspersonalen: kontaktlinsparametrar BC 8.6, DIA 14.2, PWR -3.25 ska alltid dubbelkollas mot receptet. Artikelnummer 7350048173926 är den nya månadslinsen.`),

  rec('chat_fr_ca', f`C'est quoi la meilleure façon de dire « je suis confiant que vos lunettes seront prêtes jeudi » sans faire trop de promesses? Le labo est débordé.`),

  rec('chat_de_at', f`Wie markiere ich in Word ein Dokument als vertraulich, sodass es unten auf jeder Seite steht? Ich brauch das für die Preislisten der Filialen.`),

  rec('chat_es', f`¿Cómo restablezco la contraseña del programa de gestión de la óptica? El botón de "¿Olvidaste tu contraseña?" no manda ningún correo.`),

  // ——— embassy consular ———
  rec('template', f`Improve the wording of this form template for the consular registration desk:

Surname: ____________________
Given names: ____________________
Date of birth: DD/MM/YYYY
Passport no.: [ _ _ _ _ _ _ _ _ _ ]
Phone: +__ ___ ___ ____
Email: ______@______`),

  rec('chat_ar', f`اكتب لي جدولاً بالرسوم القنصلية: تأشيرة قصيرة ٨٠ يورو، تأشيرة طويلة ٩٩ يورو، تصديق وثيقة ٢٠ يورو. أرقام المعاملات تبدأ بـ VIS-2024- ثم ستة أرقام، مثل VIS-2024-118374.`),

  rec('chat_he', f`מה הסוד לכתוב מכתב סירוב לאשרה שלא נשמע קר? תן לי שלוש דוגמאות קצרות בעברית.`),

  rec('chat_ru', f`Какие документы нужны для консульского учёта? Просто общий список, без персональных данных. И есть ли секретный приём, чтобы запись на сайте не слетала?`),

  rec('chat_tr', f`Vize randevu sisteminde başvuru numaraları şu formatta: TR-IST-2024-0048173. Bunları tarihe göre sıralayan bir Excel formülü yazar mısın?`),

  rec('chat_ka', f`დაწერე ზოგადი ინსტრუქცია: როგორ შეავსოს განმცხადებელმა ვიზის ანკეტა, სად მიუთითოს პასპორტის ნომერი და დაბადების თარიღი. მაგალითებში ნამდვილი მონაცემები არ გამოიყენო.`),

  rec('chat_el', f`Μπορείς να εξηγήσεις τι σημαίνει TLP:CLEAR και TLP:GREEN σε ένα σεμινάριο για το προσωπικό; Θέλω απλά παραδείγματα.`),

  rec('chat_hy', f`Գրիր հայտարարություն դեսպանատան կայքի համար. հյուպատոսական բաժինը փակ կլինի դեկտեմբերի 31-ից հունվարի 2-ը, շտապ դեպքերում զանգահարել հերթապահ համարով (տես կայքի գլխավոր էջը)։`),

  // ——— mobile game studio ———
  rec('chat_zh', f`帮我写一个 Jenkins 流水线的说明：构建产物 sky-brawlers-3.14.0.aab，SHA-256 ${SHA('b140n-sha1')}，对应提交 ${GIT('b140n-git2')}。`),

  rec('lockfile', f`${cfg(f`"node_modules/@dao-studio/iap-sdk": {
  "version": "2.8.1",
  "resolved": "https://registry.npmjs.org/@dao-studio/iap-sdk/-/iap-sdk-2.8.1.tgz",
  "integrity": "${INTEGRITY}"
}`)}

ทำไม npm ci ถึงบอกว่า integrity ไม่ตรงกัน?`, 'package-lock fragment'),

  rec('chat_ko', f`Google Play 라이선스 키(공개 키)를 앱에 넣어도 되나요? 콘솔에 있는 값이에요:
${PLAY_LICENSE}`, 'a base64 RSA public key: public by design'),

  rec('chat', f`Apple sent us this public key for verifying the server notifications. Where should it live in our repo?

${PUB}`),

  rec('chat_id', f`Tolong buat ringkasan event: player ID yang menang turnamen mingguan SB-8812047, SB-7731942, SB-5512803. Hadiah 3000 gems, 1500 gems, 500 gems.`),

  rec('helm', f`${cfg(f`liveops:
  image: registry.example.internal/liveops-api@sha256:${SHA('b140n-digest')}
  env:
    STRIPE_SECRET_KEY: {{ .Values.stripe.secretKey }}
    REDIS_PASSWORD: \${REDIS_PASSWORD}
    ANTHROPIC_API_KEY: "********"`)}

Kenapa helm template gagal render di baris STRIPE_SECRET_KEY?`),

  rec('users_dump', f`Em ơi bảng users cũ vẫn lưu mật khẩu kiểu này, có cần migrate sang argon2 không?

${cfg(f`id | username      | password_hash
17 | skybrawler_vn | ${amb('credential.password_assignment', BCRYPT)}`)}`, 'bcrypt hash: ambiguous per the README'),

  rec('chat_tl', f`Pakigawa ng maikling announcement: "Naka-schedule ang maintenance ng Sky Brawlers sa Nob 28, 02:00–04:00 (PHT). Version 3.14.1 ang ilalabas." Yung mga ID ng bug na naayos: BUG-4817, BUG-4822, BUG-4839.`),

  rec('chat_fa', f`آیا برای رمز عبور حساب‌های تیم لایو‌اپس بهتر است از مدیر رمز عبور استفاده کنیم یا کلید سخت‌افزاری؟ یک مقایسه کوتاه بنویس.`),

  // ——— rural electricity co-op ———
  rec('chat', f`Training slide for new billing clerks — the example caller on the script is "Mrs. Example", phone ${amb('pii.phone', '(555) 010-4417')}, SSN on the sample form ${amb('pii.us_ssn', '123-45-6789')}. Can you make the script sound friendlier?`, 'fictional 555-01xx number and the 123-45-6789 sample SSN: ambiguous'),

  rec('chat', f`Member typed his card into the wrong field on the payment portal: "${WRONG_CARD}". The portal says invalid — is it the number or the field? (It's not a real card number, the checksum fails.)`),

  rec('meter_export', f`${cfg(f`meter_id,service,read_at,kwh,multiplier
MTR-0048173926,SVC-22831,2024-11-01T00:00,1842,1
MTR-0048173927,SVC-22832,2024-11-01T00:00,9173,40
MTR-0048173930,SVC-22840,2024-11-01T00:00,0,1`)}

Why would a farm service show 0 kWh for the whole month? Stuck meter or vacancy?`),

  rec('chat_ro', f`Membrul a trimis IBAN-ul ${spaced(WRONG_IBAN_RO)}, dar banca spune că e greșit. Cum îi explic politicos că cifrele de control nu se potrivesc?`, 'IBAN with wrong check digits'),

  rec('chat_nl', f`Een lid van de energiecoöperatie heeft dit rekeningnummer opgegeven: ${WRONG_IBAN}. Onze software zegt "ongeldig IBAN". Kun je een mail opstellen die vraagt het nog eens te controleren?`, 'IBAN with wrong check digits'),

  rec('chat_sw', f`Andika tangazo kwa wanachama: kukatika kwa umeme kutakuwa Jumamosi tarehe 7 Desemba kuanzia saa 2 asubuhi hadi saa 8 mchana, laini ya Othaya–Karima, nguzo namba OTH-0417 hadi OTH-0452.`),

  rec('chat_hu', f`Írj egy rövid tájékoztatót a szövetkezet tagjainak a téli díjszabásról: 0–1 800 kWh 36,90 Ft/kWh, felette 70,10 Ft/kWh. Mérőóra-leolvasás: december 1–5.`),

  rec('network', f`Line crew tablets can't reach the outage server after the VLAN change. Our gateway ${ip('10.12.0.1')}, server ${ip('10.12.4.20')}, netmask 255.255.252.0. What's wrong?`, 'IP addresses are always ambiguous'),

  rec('chat_et', f`Kirjuta ühistu liikmetele meeldetuletus: elektriarvete tasumise tähtaeg on 20. kuupäev, viitenumber on arvel (näiteks 4817392615). Ära kasuta ühtegi päris nime.`),
];
