/**
 * Held-out batch 75: hard negatives — vessel and satellite identifiers, court file numbers, seat
 * and ticket codes, checksum-failing numbers, placeholders, documentation and test keys, hashes,
 * public keys and casual uses of "secret"/"confidential" in many languages (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { ibanCheckDigits, luhnCheckDigit, nhsCheckDigit } from '../../corpus/checksums';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

/** IBAN with deliberately wrong check digits (the valid pair shifted by 10). */
const badIban = (cc: string, bban: string): string => {
  const good = Number(ibanCheckDigits(cc, bban));
  const bad = String(((good + 10) % 97) + 2).padStart(2, '0').slice(-2);
  return (`${cc}${bad}${bban}`.match(/.{1,4}/g) ?? []).join(' ');
};
/** Card-shaped number whose last digit fails Luhn. */
const badCard = (payload: string): string => payload + ((luhnCheckDigit(payload.replace(/\D/g, '')) + 3) % 10);
/** NHS-shaped number whose check digit is wrong. */
const badNhs = (p9: string): string => `${p9.slice(0, 3)} ${p9.slice(3, 6)} ${p9.slice(6)}${(Math.max(nhsCheckDigit(p9), 0) + 4) % 10}`;

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b75n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b75n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const PUB = pem('PUBLIC KEY', 'b75n-pub', 294);
const CERT = pem('CERTIFICATE', 'b75n-cert', 820);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAA${fill('b75n-png', B64, 240)}`;
const BCRYPT = tok('$2y$10$', fill('b75n-bcrypt', B62 + './', 53));
const SVG_B64 = b64Bytes('b75n-svg', 300);

export const BATCH75_NEGATIVES: DraftRecord[] = [
  rec('tle_en', f`Can you explain what each field in this TLE means? It's for a cubesat we'll track from Svalbard next week.

POLARLYS-TEST-1
1 59871U 24127C   24333.48217593  .00012874  00000+0  61823-3 0  9994
2 59871  97.4321 41.2387 0012846 182.4419 177.6710 15.18274635 24810

Which number is the orbit count and which is the element-set number?`),

  rec('chat_nn', f`Kan du setja opp ein kort rapport om fartøyet? «Havbris», kjenningssignal LJ2847, IMO 9827361, MMSI 257418290, reg.nr. T-118-T, lengd 38,4 m. Siste posisjon 70°39'N 23°41'E, fart 9,6 knop. Fiskefelt: Tromsøflaket.`),

  rec('chat_is', f`Vinsamlegast þýddu á ensku: „Löndun 27. nóvember í Vestmannaeyjum: 48.217 kg þorskur, 12.630 kg ýsa. Vigtarnótanúmer 2024-118273, veiðivottorð IS-CC-2024-04417."`),

  rec('chat_de', f`Bitte formuliere eine Sachstandsmitteilung: Amtsgericht Charlottenburg, Az. 36 IN 412/24, Schuldnerin Müller Metallbau GmbH (HRB 184273 B). Berichtstermin 14.01.2025, Prüfungstermin 11.02.2025. Bisher 118 angemeldete Forderungen, Gesamtsumme 4.218.337,12 €.`),

  rec('chat_de', f`Ein Kollege meinte, das Geheimnis einer guten Gläubigerversammlung sei eine kurze Tagesordnung. Hast du Tipps, wie ich 14 Punkte auf 6 reduziere, ohne dass etwas Wichtiges fehlt?`),

  rec('chat_fr', f`Quel est le secret d'une bonne répétition générale ? Notre metteur en scène dit que c'est « la confidentialité du plateau » : personne n'en parle avant la première. Écris-moi un petit mot d'encouragement pour la troupe.`),

  rec('chat_it', f`Mi serve la bibliografia per il programma di sala: libretto della Traviata, ed. Ricordi, ISBN 978-88-7592-418-3; saggio di Budden, ISBN 978-0-19-816263-0. Formattala in stile Chicago.`),

  rec('chat_es', f`En la taquilla tenemos un problema con los códigos: entrada 7 413628 907214, fila 12, butaca 27, puerta C. El lector dice "entrada ya validada" pero el cliente acaba de llegar. ¿Qué puede pasar con los códigos EAN duplicados?`),

  rec('receipt_pt', f`Talão da bilheteira – Teatro Nacional
Espetáculo: Madama Butterfly – 14/12/2024 21h00
Plateia F 11–12
Pago com Multibanco •••• •••• •••• 4417
Autorização 728341 · Terminal 0042
Total: 96,00 €

Traduz para inglês para um turista?`),

  rec('chat_nl', f`De ouder van een patiënt stuurde dit rekeningnummer voor de terugbetaling, maar onze bank zegt dat het ongeldig is: ${badIban('NL', 'RABO0327184956')}. Kun je een vriendelijke mail schrijven om het juiste nummer te vragen?`, 'IBAN with wrong check digits'),

  rec('chat_da', f`Et gavekort til operaen virker ikke i kassen: ${badCard('6043 2187 4410 298')}, kode under sølvfeltet. Hvad skal kunden gøre?`, 'Luhn-failing gift-card number'),

  rec('release_fi', f`Tee julkaisutiedote maa-aseman ohjelmistopäivityksestä:

- acu-controller 4.12.0 → 4.13.2
- image ghcr.io/polarlys/acu-controller@sha256:${SHA('b75n-d1')}
- libsgp4 2.3.1, gpredict-fork 2.4.0-rc3
- korjattu: Doppler-taulukon pyöristys 1 Hz tarkkuuteen (#2291)`),

  rec('log_et', f`${amb('source_code.snippet', f`2024-11-29T21:04:11Z INFO scheduler pass_id=8c1f4e27-93ab-4d6e-b05c-7e2a91d3f460 sat=NOAA-19 aos=21:07:44 los=21:21:09 maxel=62.4
2024-11-29T21:04:11Z INFO scheduler pass_id=0b7a3d19-2e84-4c51-9f6a-d4e81c27b935 sat=METOP-C aos=21:33:02 los=21:47:51 maxel=18.9
2024-11-29T21:04:12Z WARN scheduler conflict pass_id=0b7a3d19-2e84-4c51-9f6a-d4e81c27b935 antenna=TAR-7M`)}

Miks scheduler teatab konfliktist, kui passid ei kattu?`),

  rec('env_pl', f`${amb('source_code.snippet', f`# .env.example – szkoła jazdy, aplikacja rezerwacji
DB_HOST=localhost
DB_USER=rezerwacje
DB_PASSWORD=\${DB_PASSWORD}
SMS_API_KEY=<wklej-klucz>
STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX
JWT_SECRET=zmien_mnie`)}

Napisz do tego sekcję README po polsku.`),

  rec('code_python_cs', f`Test pro upload příloh přihlášek pohledávek padá po upgradu moto:

${amb('source_code.snippet', f`@pytest.fixture
def s3(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    with mock_aws():
        yield boto3.client("s3", region_name="eu-central-1")`)}`, 'AWS documentation keys in a test fixture'),

  rec('env_sk', f`Je v poriadku mať toto v testovacom prostredí portálu pre veriteľov?

${amb('source_code.snippet', f`STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
MODE=test`)}`),

  rec('chat_hu', f`Írj egy rövid jelszószabályzatot az irodának: legalább 14 karakter, ne legyen kötelező 90 naponta cserélni, jelszókezelő használata kötelező, és a jelszót soha ne küldjék e-mailben vagy chatben. A képernyőképeken a „Jelszó: ••••••••" mező maradhat.`),

  rec('chat_ro', f`Am nevoie de un model de clauză de confidențialitate pentru contractul cu evaluatorul activelor din procedura de faliment. Nu e nimic secret în el, doar formularea standard. Poți să-l scrii în română?`),

  rec('git_sr', f`Usred rebase-a sam i ne znam šta dalje. git status kaže:

interactive rebase in progress; onto ${GITSHA('b75n-g1').slice(0, 7)}
Last commands done:
   pick ${GITSHA('b75n-g2').slice(0, 7)} dodaj izvoz poverilaca u CSV
   pick ${GITSHA('b75n-g3').slice(0, 7)} ispravi zaokruživanje iznosa
Next commands to do:
   pick ${GITSHA('b75n-g4').slice(0, 7)} chore: verzija 2.8.1

Kako da preskočim poslednji commit?`),

  rec('css_el', f`Γιατί το λογότυπο της όπερας βγαίνει θολό στο email;

${amb('source_code.snippet', f`.logo { background: url("data:image/svg+xml;base64,${SVG_B64}") no-repeat; width: 120px; height: 40px; }`)}
<img src="data:image/png;base64,${PNG_B64}" alt="Λυρική Σκηνή">`),

  rec('pr_tr', f`Bu dosya repoda duruyor, güvenlik açısından sorun olur mu? Bilet API'sinin JWKS imza doğrulaması için kullandığımız açık anahtar:

${PUB}

ve sunucu sertifikası:

${CERT}`),

  rec('chat_ka', f`თეატრის ფოიეში ახალი წესი: "ეს არის ჩვენი პატარა საიდუმლო — სპექტაკლის ფინალს არავის უყვებით!" დამიწერე ამის მხიარული ვერსია სოციალური ქსელებისთვის.`),

  rec('chat_he', f`תכין לי טבלת תורים לשבוע הבא במרפאה: חדר 3, ד"ר לוי, ימים א'-ה', 08:30–14:00, כל תור 20 דקות, הפסקה ב-11:10. מספר המחלקה 4127, שלוחה 218.`),

  rec('chat_ar_gulf', f`ممكن ترتب لي جدول الرحلات للفريق الطبي؟ الرحلة EK 2418 يوم ١٢ ديسمبر، رقم الحجز K7QZ2M، الغرفة 1184 في الفندق، والاجتماع في القاعة B-27 الساعة ١٠ الصبح.`),

  rec('chat_fa', f`فاکتور شماره ۱۴۰۳/۰۹/۲۸۴۱ برای خرید آتل‌های کودکان صادر شده، مبلغ ۱۸۴٬۰۰۰٬۰۰۰ ریال. لطفاً یک نامه کوتاه برای پیگیری پرداخت بنویس.`),

  rec('chat_ur', f`ہماری کشتی کا رجسٹریشن نمبر KHI-F-4127 ہے اور لائسنس 2024/FSH/8837۔ کیا آپ ماہی گیری کے محکمے کے لیے تجدید کی درخواست کا خاکہ لکھ سکتے ہیں؟`),

  rec('chat_hi', f`ड्राइविंग टेस्ट स्लॉट बुक हो गया: एप्लीकेशन नंबर 4127836/2024, स्लॉट 14 दिसंबर सुबह 10:30, RTO दिल्ली (जनकपुरी), वाहन नंबर DL 4C AB 2736। छात्र को SMS का ड्राफ्ट लिख दीजिए।`),

  rec('chat_gu', f`આ મહિને શાખા મુજબ પરિણામ: અમદાવાદ 84% પાસ, સુરત 79%, વડોદરા 88%. કુલ 412 વિદ્યાર્થીઓ. એક નાનો રિપોર્ટ લખી આપો.`),

  rec('chat_ta', f`இந்த வாரம் எங்கள் பயிற்சி வாகனங்கள்: TN 09 BX 4127, TN 22 CK 8833. எரிபொருள் செலவு ₹18,420. சுருக்கமாக ஒரு அறிக்கை எழுதுங்கள்.`),

  rec('chat_si', f`ලබන සතියේ කාලගුණය: සුළඟ 25–30 km/h, රළ උස 2.5 m. ගාලු වරායෙන් යාත්‍රා 14ක් පිටත් වීමට නියමිතයි. නාවිකයින්ට කෙටි දැනුම්දීමක් ලියන්න.`),

  rec('chat_th', f`ผังที่นั่งรอบ 14 ธ.ค.: แถว A–F ขายแล้ว 86%, บัตรราคา 1,200 / 2,500 / 4,000 บาท, รหัสโปรโมชั่น OPERA2024 ลด 15% ช่วยสรุปยอดให้หน่อย`),

  rec('chat_vi', f`Bảng giá cá tại cảng Phan Thiết hôm nay: cá ngừ 118.000 đ/kg, mực 215.000 đ/kg, tàu BTh-98417-TS cập bến lúc 5:40. Viết giúp tôi tin nhắn gửi cho các chủ tàu.`),

  rec('chat_id', f`Tolong ringkas laporan ini: kapal KM Bahari Jaya (GT 87, SIPI 22.18.0004127), hasil tangkapan tuna 4.218 kg di WPP 573, berlabuh di Benoa 28 November.`),

  rec('chat_tl', f`Iskedyul ng pagsasanay sa orkestra: Lunes at Huwebes 6–9 PM, Studio 2, Tanghalang Pambansa. Ang pinakamalaking sikreto ng magandang palabas? Sapat na tulog! Isulat mo nga ito bilang paalala.`),

  rec('chat_ja', f`チケットのQRコードを読み取ると「TKT-2024-LH-0041827-B」と出ます。座席は2階 C列 14番。この形式を会員向けに説明する文章を書いてください。`),

  rec('yaml_ko', f`${amb('source_code.snippet', f`# application-local.yml (예시)
payment:
  api-key: <YOUR_API_KEY>
  secret: "********"
db:
  url: jdbc:postgresql://localhost:5432/boxoffice
  password: changeme`)}

이 설정 파일에 대한 설명 문서를 한국어로 작성해 주세요.`),

  rec('chat_zh', f`驾校管理系统从 3.8.2 升级到 4.1.0 之后，学员编号 XY-2024-041827 查不到了。数据库迁移脚本版本号 V2024_11_28_3，帮我列一下排查步骤。`),

  rec('chat_ru', f`Объясни параметры нисходящей линии: частота 8 212,5 МГц, символьная скорость 25 Мсимв/с, QPSK, LDPC 7/8, поляризация RHCP, минимальный угол места 5°. Номер спутника NORAD 59871.`),

  rec('chat_uk', f`Напиши коротке оголошення для глядачів: вистава «Наталка Полтавка» переноситься з 14 на 21 грудня, квитки дійсні, ряд і місце залишаються ті самі. Це не секрет, можна публікувати всюди.`),

  rec('chat_sw', f`Tafadhali andika tangazo: Ada ya mafunzo ya udereva ni TSh 450,000. Lipa kupitia namba ya kampuni 512 418, kumbukumbu ni jina la mwanafunzi. Ofisi iko wazi Jumatatu hadi Jumamosi.`),

  rec('chat_am', f`የፈተና ቀን፦ ታኅሣሥ 5 ቀን 2017 ዓ.ም.፣ ሰዓት 3:00። ቦታ፦ ቦሌ ቅርንጫፍ፣ ክፍል 12። ለተማሪዎች ማስታወቂያ ጻፍልኝ።`),

  rec('chat_ig', f`Kedu ihe bụ nzuzo nke ịgafe ule ịnya ụgbọ ala na mbụ? Dee ndụmọdụ ise maka ụmụ akwụkwọ anyị na Enugu.`),

  rec('chat_tw', f`Kyerɛw nkra tiawa ma yɛn asuafo: ɔkwan so ahwɛyie adesua bɛyɛ Memeneda nnɔnson, Kumasi Adum ofiis. Fa wo lesin nwoma bra.`),

  rec('chat_fy', f`Skriuw in koart berjocht foar de âlders: de poli kinderortopedy is op 24 en 31 desimber ticht. Foar spoed belje jo it algemiene nûmer fan it sikehûs.`),

  rec('db_en_us', f`Old booking app stores passwords like this — is bcrypt at cost 10 still OK or should we bump it?

| id | email_hash | password |
|---|---|---|
| 4127 | ${SHA('b75n-eh1').slice(0, 16)} | ${ambCat('credential', BCRYPT)} |`, 'a password hash: ambiguous, no rule id'),

  rec('minified_en_sg', f`Sentry says the error is in this line of the kiosk bundle, what does it do?

${amb('source_code.snippet', `(self.webpackChunkkiosk=self.webpackChunkkiosk||[]).push([[731],{4127:(e,t,n)=>{n.d(t,{Z:()=>a});var r=n(7294);function a(e){let{seats:t=[],max:n=8}=e,[o,s]=(0,r.useState)([]);return r.createElement("div",{className:"seatbar"},o.length,"/",n)}}}]);`)}`),

  rec('email_en_ie', f`Thanks Siobhán, I'll have the statement of affairs to you by Friday.

--
Byrne Liquidations, 14 Fitzwilliam Place, Dublin 2
${amb('confidential.marking', 'This email and any attachments are confidential and intended solely for the addressee.')} If you have received it in error, please delete it and notify the sender.`),

  rec('chat_en', f`The referral letter has NHS number ${badNhs('738201946')} but the Spine lookup says it doesn't exist. Is that a typo on the GP side? How should we phrase the query back to the surgery?`, 'NHS-shaped number failing its mod-11 check'),

  rec('form_en', f`Intake form from the clinic kiosk — the parent typed the DOB as ${amb('pii.date_of_birth', '2012-13-05')}. The system accepted it. Write a validation rule (in plain English) that would have caught this.`, 'impossible month 13, possibly a transposed real date: ambiguous'),

  rec('chat_en_gh', f`Our landing-site router at ${amb('pii.ip_address', '41.66.218.19')} drops the VPN every night at 02:00. Ping to ${amb('pii.ip_address', '192.168.12.1')} still works. What should I check on the MikroTik?`),
];
