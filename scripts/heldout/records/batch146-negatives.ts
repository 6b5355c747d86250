/**
 * Held-out batch 146: hard negatives — loyalty-card and meter numbers, customs references, HLA
 * typings, dive logs, placeholders, test values and casual uses of "confidential" / "secret" from
 * the six organisations of this batch (tests/corpus/README.md, "Decisions on negatives").
 * Unlabelled apart from ambiguous spans. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit, spacedFours as grp4 } from '../../corpus/checksums';
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

/** A number whose last digit is deliberately NOT the Luhn check digit. */
const noLuhn = (payload: string): string => payload + String((luhnCheckDigit(payload) + 3) % 10);
/** An IBAN whose check digits are off by one (fails mod-97). */
const badIban = (cc: string, bban: string): string => {
  const ok = Number(ibanCheckDigits(cc, bban));
  return grp4(cc + String(ok === 98 ? 97 : ok + 1).padStart(2, '0') + bban);
};

const LOYALTY_ES = grp4(noLuhn('603588204719335'));
const FUEL_CARD = grp4(noLuhn('700048291736501'));
const GIFT_NL = grp4(noLuhn('627598004829173'));
const BAD_IBAN_DE = badIban('DE', '370400440532013000');
const BAD_IBAN_FR = badIban('FR', '30006000011234567890189');
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b146n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b146n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const PUB = pem('PUBLIC KEY', 'b146n-pub', 294);
const CERT = pem('CERTIFICATE', 'b146n-cert', 820);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${fill('b146n-png', B64, 160)}`;
const BCRYPT = tok('$2y$10$', fill('b146n-bcrypt', B62 + './', 53));
const SHA512CRYPT = tok('$6$rNd9kQ2x$', fill('b146n-sha512crypt', B62 + './', 86));
const SVG_B64 = b64Bytes('b146n-svg', 300);

export const BATCH146_NEGATIVES: DraftRecord[] = [
  rec('chat_es', f`Una clienta dice que su tarjeta de puntos de la farmacia (${LOYALTY_ES}) no suma desde septiembre. En el sistema aparece como "inactiva por fusión de cuentas". ¿Cómo le explico que tiene que unificar las dos tarjetas en el mostrador?`, 'loyalty card number that fails the Luhn check'),

  rec('chat_de', f`Kannst du mir die Packungsgrößen erklären? Auf dem Rezept steht „Ramipril 5 mg, N3, PZN 04829173", geliefert wurde aber PZN 04829196 (N2). Darf ich das so abgeben oder brauche ich Rücksprache mit der Praxis?`),

  rec('chat_fr', f`Sur l'ordonnance : « Amoxicilline 1 g, 1 cp matin et soir pendant 7 jours, QSP 1 boîte ». Le patient demande s'il peut la prendre avec son traitement Kardégic 75 mg. Tu peux me rappeler les interactions connues ?`),

  rec('chat_en_in', f`Customer's loyalty points statement shows "Earned 482 | Redeemed 1,735 | Balance 917" and bill no. INV/24-25/004829. Why is balance lower than last month? Explain the expiry rule in simple words for the WhatsApp reply.`),

  rec('chat_pt_pt', f`O cartão de combustível da carrinha de entregas da farmácia (${FUEL_CARD}) foi recusado na bomba. É um cartão de frota, não de crédito. A quem ligo? Ajuda-me a escrever o email para a gestora de frota.`, 'fleet fuel card that fails the Luhn check'),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example — loyalty API (copy to .env and fill in)
LOYALTY_DB_URL=postgres://<user>:<password>@<host>:5432/loyalty
STRIPE_SECRET_KEY=sk_live_your_key_here
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SMS_API_TOKEN=\${SMS_API_TOKEN}
ADMIN_PASSWORD=changeme`)}

Schreib mir bitte für jede Variable eine Zeile Doku fürs README.`),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.test — creator payouts, Stripe test mode only
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
TEST_CARD=${amb('financial.payment_card', '4242 4242 4242 4242')}`)}

Our test suite charges the test card fine but payouts to Connect test accounts fail with "insufficient available balance". Do we need to top up the test balance first?`),

  rec('chat', f`For the payout tests, Stripe says to use ${amb('financial.payment_card', '4000 0000 0000 0077')} so the charge goes straight to available balance. Does that also work for GBP?`),

  rec('code_python', f`Our moto-based test for the footage uploader fails after the upgrade:

${v('source_code.snippet', f`@pytest.fixture
def aws(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

@mock_aws
def test_upload_footage(aws, tmp_path):
    s3 = boto3.client("s3", region_name="eu-north-1")
    s3.create_bucket(Bucket="rov-footage", CreateBucketConfiguration={"LocationConstraint": "eu-north-1"})
    assert upload(tmp_path / "dive_0412.mp4", "rov-footage")`)}`, 'AWS documentation keys in a fixture'),

  rec('dive_log_no', f`Kan du lage et sammendrag av dykkeloggen for rapporten?

Dykk nr. 2024-0412 — Metningsdykk, bell run 17
Lagringsdybde: 118 msw, arbeidsdybde 124 msw
Gass: Heliox 5/95 (bell), 16/84 (reserve)
Bell off bottom: 14:22, bell on surface 22:47
Bunntid dykker 1: 4 t 05 min, dykker 2: 3 t 50 min
Kammer-PO2: 0,42 bar, temperatur 29,5 °C`),

  rec('chat', f`Quick one: in the decompression table, what does "18/40 → 3 min @ 6 m, 12 min @ 3 m" mean? New trainee asked and I want to explain it properly.`),

  rec('chat_ar', f`ما معنى هذه الأرقام في تقرير فحص الأنابيب تحت الماء؟ "CP reading: -0.95 V Ag/AgCl, wall thickness 12.7 mm, anomaly ref A-0482-17, KP 14.917". أريد شرحاً مبسطاً للعميل.`),

  rec('chat_en_au', f`Can you write a toolbox talk about keeping things confidential on the job? Last week a diver posted a photo from the wharf inspection on socials. Keep it friendly, 2 minutes max — not a lecture.`),

  rec('chat_nl', f`Ik heb een sjabloon nodig voor een geheimhoudingsovereenkomst (NDA) met een onderaannemer voor duikwerk. Wat moet er standaard in staan? Het gaat om inspecties bij een raffinaderij.`),

  rec('receipt_ja', f`このレシートを英語に訳してください。

ご利用明細
店舗：さくら薬局 渋谷店
日時：2024/10/05 14:32
お支払い：VISA ************4417
合計：¥3,280（うち消費税 ¥298）
ポイント：+32pt（残高 1,482pt）
レシートNo. 0048-2917-3650`),

  rec('chat_ko', f`개인정보 처리방침에 고객 생년월일을 어떻게 저장한다고 써야 하나요? 예시 양식은 "생년월일: YYYY-MM-DD, 주민등록번호: ______-_______" 형태인데, 주민등록번호는 수집하면 안 되는 걸로 알고 있어요.`),

  rec('customs_nl', f`Kun je uitleggen wat deze velden op de aangifte betekenen? Ik ben nieuw in het entrepot.

MRN: 24NL4829173650A0K1
Goederencode: 8471 30 00 00
Container: MSCU 482917 3, zegel 0048291
Entrepotvergunning: NL-DW-0482-17
Brutogewicht: 12 480 kg`),

  rec('chat_de', f`Was bedeutet „EORI-Nummer DE4829173" auf der Zollanmeldung? Ist das die Nummer von uns als Lagerhalter oder vom Einführer? Und wo trage ich die Bewilligungsnummer für das Zolllager ein?`),

  rec('chat_zh', f`帮我核对一下这批货的HS编码：锂电池 8507.60.0090，蓝牙耳机 8518.30.0000，充电器 8504.40.1400。提单号 MEDUQ4829173，箱号 TGHU4829176。是不是都可以入保税仓？`),

  rec('chat_fi', f`Voitko selittää, mitä tarkoittaa inventaarioraportin rivi "SKU 48-2917-365, saldo 1 240 kpl, tullitila: väliaikainen varastointi, sijainti H3-14-B"? Onko väliaikainen varastointi sama kuin tullivarasto?`),

  rec('sscc', f`Scanner reads the pallet label as "(00) 3 4829173 650004829 x" — the last digit is smudged. Can the WMS recompute the GS1 check digit or do I have to relabel the pallet?`),

  rec('chat_it', f`Il referto dice: "HLA-A*02:01, A*24:02; B*35:01, B*51:01; DRB1*11:01, DRB1*13:02. Crossmatch CDC negativo, PRA 12%." Mi aiuti a spiegare a una paziente cosa significa in parole semplici?`),

  rec('chat', f`What's the difference between a 000 mismatch and a 1-1-0 mismatch on the kidney offer form? Writing training material for new coordinators.`),

  rec('chat_es_ar', f`¿Me explicás qué es el "tiempo de isquemia fría" y por qué en el informe aparece "TIF 14 h 35 min, creatinina donante 1,4 mg/dl, KDPI 48%"? Es para la charla con la familia del receptor.`),

  rec('chat_he', f`איך כותבים מדיניות שמירת סודיות רפואית למתאמי השתלות? אני צריך טיוטה כללית, בלי פרטי מטופלים.`),

  rec('form_template', f`Make this transplant-referral form accessible (labels, hints):

Patient name: ________________
NHS number: ___ ___ ____
Date of birth: DD/MM/YYYY
Mobile: 07___ ______
Blood group: A / B / AB / O`),

  rec('chat', f`UNOS-style question: is "cPRA 98%" considered highly sensitised everywhere, or does Eurotransplant use a different threshold? Just need a sentence for slides.`),

  rec('meter_csv', f`${amb('source_code.snippet', `zaehlernummer;ablesedatum;stand_m3;ableser
1ITF0048291736;2024-09-30;01482,917;R07
1ITF0048291737;2024-09-30;00365,104;R07
3KAM0017394820;2024-10-01;02917,365;R12`)}
Summe der Verbräuche pro Ableser, bitte als Pivot.`),

  rec('chat_sv', f`Vad betyder det när vattenmätaren visar "E-04 leak 72h" och mätarställningen står på 1 482,917 m³? Kunden vill veta om det är läcka i huset.`),

  rec('chat_es_mx', f`El recibo del agua dice: "Cuenta 04-8291-736, Medidor 17-39482, Lectura anterior 1 482, Lectura actual 1 517, Consumo 35 m³, Tarifa doméstica B". ¿Me ayudas a explicarle al usuario por qué subió?`),

  rec('chat_pl', f`Klient pyta, dlaczego na fakturze za wodę jest „Nr klienta 004829173, nr licznika WS-17-48291". Który numer ma podać przy zgłoszeniu odczytu przez internet?`),

  rec('chat_cs', f`Můžeš mi vysvětlit, proč banka odmítla platbu za vodu? Zákazník zadal IBAN ${BAD_IBAN_DE}, podle něj ho opsal z faktury. Asi překlep?`, 'IBAN with wrong check digits'),

  rec('chat_fr', f`Le logiciel de facturation refuse l'IBAN ${BAD_IBAN_FR} saisi par l'agent. Quelles sont les causes possibles ? Je voudrais une petite checklist pour l'accueil.`, 'IBAN with wrong check digits'),

  rec('chat_nl', f`Cadeaukaart van de apotheek werkt niet: nummer ${GIFT_NL}, pincode onder de kraslaag. Wie moet ik bellen?`, 'gift card number that fails the Luhn check'),

  rec('changelog', f`Summarise for release notes:

- registry.internal/creator-payouts:4.2.0@sha256:${SHA('b146n-d1')}
- registry.internal/creator-payouts:4.2.1@sha256:${SHA('b146n-d2')}

4.2.1: Node 20.17.0 → 20.18.0, fixed rounding for BRL payouts (#2291), commit ${GITSHA('b146n-g1')}.`),

  rec('log', f`${amb('source_code.snippet', f`2024-10-06T09:12:44.120Z INFO  moderation request_id=5c1e9a7b-2f4d-4e88-9b31-7a0c6d2e8f14 video=v_8Jq2LmX action=age_restrict reviewer=mod_482
2024-10-06T09:12:47.902Z INFO  moderation request_id=0e7b3f2c-91a4-4d5e-8c6f-2b9d0a1e4c73 video=v_3Tz7NpQ action=remove policy=spam reviewer=mod_482
2024-10-06T09:12:51.337Z WARN  moderation hash_match media_sha256=${SHA('b146n-media')} list=internal-repeat-spam`)}

Why do some removals take 3 s and others 40 ms?`),

  rec('chat_ru', f`Напиши, пожалуйста, ответ автору канала: его видео ограничено по возрасту из-за сцен насилия (правило 4.2 «Шокирующий контент»). Тон дружелюбный, объясни, как подать апелляцию. Это не секрет, можно прямо указать номер правила.`),

  rec('chat_pt_br', f`Qual é a diferença entre "monetização limitada" e "desmonetizado" no painel do criador? Preciso de um texto curto pro FAQ, sem linguagem técnica.`),

  rec('pr_review', f`Is it OK that our creator app ships this? Reviewer flagged it as a leaked key. It's our API gateway's public key for verifying webhook signatures:

${PUB}

and the gateway certificate:

${CERT}`),

  rec('css', f`Why is the verified-creator badge blurry? ${amb('source_code.snippet', f`.badge-verified::after {
  content: "";
  background: url("data:image/svg+xml;base64,${SVG_B64}") center / contain no-repeat;
}`)}
The PNG fallback is <img src="data:image/png;base64,${PNG_B64}">`),

  rec('chat', f`Our old pharmacy loyalty DB stores passwords as ${ambCat('credential', BCRYPT)} in a column called pwd. Is bcrypt cost 10 still acceptable or should we rehash on next login?`, 'bcrypt hash: ambiguous per README, no rule id'),

  rec('chat_hu', f`${ambCat('credential', SHA512CRYPT)} — ezt a sort találtam a régi mérőóra-leolvasó szerver /etc/shadow fájljában a "leolvaso" felhasználónál. Ez maga a jelszó, vagy csak egy hash? Kell emiatt jelszót cserélni?`, 'crypt hash: ambiguous per README, no rule id'),

  rec('script_us', f`Voicemail script for the pharmacy IVR, please make it shorter: "Thanks for calling Hillcrest Pharmacy. For refills press 1. To reach the pharmacist on duty call ${amb('pii.phone', '(312) 555-0148')} ..."`, 'fictional 555-01xx number'),

  rec('drama_uk', f`Writing a training role-play for the water billing call centre. The "customer" gives his number as ${amb('pii.phone', '07700 900482')} and says he's been overcharged. Can you write the agent's side?`, 'Ofcom drama range'),

  rec('chat_el', f`Μου εξηγείς τι σημαίνει «τελωνειακή αποταμίευση τύπου Γ» και ποια είναι η διαφορά με την προσωρινή εναπόθεση; Για εκπαίδευση νέων υπαλλήλων, όχι κάτι εμπιστευτικό.`),

  rec('chat_tr', f`Gizlilik sözleşmesi şablonu lazım: antrepoya gelen denetçiler için. Standart maddeler neler olmalı? Kısa bir taslak yazar mısın?`),

  rec('chat_hi', f`मुझे यकीन है कि मीटर रीडिंग ऐप का नया वर्ज़न 3.4.1 पुराने 3.3.9 से तेज़ है। क्या आप रिलीज़ नोट्स को आसान हिंदी में लिख सकते हैं? बदलाव: ऑफ़लाइन मोड, बेहतर कैमरा फ़ोकस, बग फ़िक्स #482 और #517।`),

  rec('chat_sw', f`Naomba unieleze maana ya "Namba ya mita 17-4829, usomaji wa awali 1482, usomaji wa sasa 1517, matumizi 35 m³" kwenye bili ya maji, kwa lugha rahisi kwa mteja.`),

  rec('chat_ka', f`ახსენი, გთხოვ, რას ნიშნავს წყლის ქვითარზე "აბონენტის კოდი 4829173, მრიცხველის ჩვენება 1482 მ³"? მომხმარებელს უნდა ვუპასუხო მარტივად.`),

  rec('chat_bn', f`ফার্মেসির লয়্যালটি প্রোগ্রামের জন্য একটা গোপনীয়তা নীতির খসড়া লিখে দিন — কোন তথ্য সংগ্রহ করি (নাম, মোবাইল, কেনাকাটার ইতিহাস) আর কতদিন রাখি। কোনো আসল গ্রাহকের তথ্য লাগবে না।`),

  rec('chat_ta', f`நீர் கட்டண ரசீதில் "நுகர்வோர் எண் 04-829-173, மீட்டர் எண் TN-17-4829" என்று உள்ளது. இதை வாடிக்கையாளருக்கு எளிமையாக விளக்க ஒரு சிறிய செய்தி எழுதுங்கள்.`),

  rec('chat_am', f`የውሃ ቆጣሪ ንባብ ስህተት ሲኖር ደንበኞች እንዴት ቅሬታ ማቅረብ እንደሚችሉ የሚያብራራ አጭር ማስታወቂያ በአማርኛ ጻፍልኝ። ስልክ ቁጥር ወይም የግል መረጃ አታስገባ።`),

  rec('chat_hy', f`Կարո՞ղ ես բացատրել, թե ինչ է նշանակում «մաքսային պահեստ» և ինչպես է այն տարբերվում սովորական պահեստից։ Սա նոր աշխատակիցների ուսուցման համար է։`),

  rec('chat_lv', f`Vai vari uzrakstīt īsu skaidrojumu, kāpēc muitas noliktavā preces var glabāt bez nodokļu samaksas? Man tas vajadzīgs prezentācijai, nekas konfidenciāls.`),

  rec('uuid_list', f`Purge these stale moderation cases from the queue, give me the SQL:
case:3f9a1c72-8e4d-4b61-a2f0-7d5c9e1b8a43
case:b72e4d19-05c3-4f8a-9e6b-1a2d7c0f5e98
case:6d0c8f3a-2b91-4e7d-8a5c-f41e9b37d206`),
];
