/**
 * Held-out batch 162: hard negatives — registrations, METARs, lot and HS codes, CVEs, hashes, test
 * keys, placeholders, masked and check-digit-failing numbers, meter serials and casual uses of
 * "confidential", in many languages (tests/corpus/README.md, "Decisions on negatives"). Unlabelled
 * apart from ambiguous spans. Hand-written.
 */
import { ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

/** A card-shaped number whose Luhn check fails (last digit shifted). */
const badLuhn = (payload: string): string => {
  const good = luhnWithCheck(payload);
  return good.slice(0, -1) + String((Number(good.slice(-1)) + 3) % 10);
};
/** An IBAN with wrong check digits (shifted by one, so mod 97 fails). */
const badIban = (country: string, bban: string): string => {
  const good = ibanWithCheck(country, bban);
  return good.slice(0, 2) + String((Number(good.slice(2, 4)) + 1) % 100).padStart(2, '0') + good.slice(4);
};

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b162n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b162n-pklive', B62, 97));
const PUB_PEM = pem('PUBLIC KEY', 'b162n-pub', 294);
const CERT = pem('CERTIFICATE', 'b162n-cert', 820);
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 40);
const BCRYPT = tok('$2y$12$', fill('b162n-bcrypt', B62 + './', 53));
const FUEL_CARD = badLuhn('700412839204718');
const GIFT = badLuhn('603571948203716');
const BAD_FR = badIban('FR', '30004028370001048291764');
const BAD_CARD = badLuhn('453201847392018');
const INTEGRITY = `sha512-${fill('b162n-integ', B64, 86)}==`;

export const BATCH162_NEGATIVES: DraftRecord[] = [
  // ---- helicopter tours ----
  rec('ops_en_nz', f`Can you make this morning's flight plan into a table for the board in the crew room?

ZK-HNZ AS350B2  QT-0301 09:00  Queenstown → Milford Sound → Queenstown  fuel 310 kg  pax 5
ZK-IMT EC130T2  QT-0302 09:30  Queenstown → Tasman Glacier (44°36'S 170°12'E) → Queenstown  fuel 290 kg  pax 6
ZK-HKW R44      QT-0303 10:15  Scenic 20 min  fuel 95 kg  pax 3
QNH 1017, freezing level 2,400 m.`),

  rec('booking_ja', f`この予約確認メールを自然な英語にしてください。

ご予約番号：HT-2025-118374
フライト：マウイ島一周 60分（2025年3月8日 14:30）
お支払い：Visa **** **** **** 4471
合計：US$ 1,196.00（税込）
集合場所：カフルイ空港ヘリポート、出発30分前`),

  rec('metar_is', f`Getur þú útskýrt þessa METAR og TAF fyrir nýja bókunarstarfsmanninum á einföldu máli?

METAR BIRK 181200Z 03014G24KT 9999 FEW025 BKN040 M02/M07 Q1008
TAF BIRK 181100Z 1812/1912 03015G25KT 9999 SCT030 BKN045 TEMPO 1818/1906 4000 -SN BKN015`),

  rec('chat_en', f`I'm confident the pilot made the right call cancelling the 3pm flight, the cloud base dropped to 800 ft. How do I explain to the guests that weather cancellations are fully refunded but no-shows aren't?`),

  rec('env_example_gsw', f`Isch das .env.example so guet für s'Repo, oder fählt öppis?

${cfg(f`# Kopier das nach .env und füll d'Wärt us
BOOKING_API_URL=https://api.bookingengine.example/v2
BOOKING_API_KEY_ID=
BOOKING_API_SECRET=\${BOOKING_API_SECRET}
WEATHER_API_KEY=YOUR_API_KEY
DB_PASSWORD=<your-password>`)}`),

  rec('config_es_ar', f`¿Está bien esta config de desarrollo para la web de reservas? Es solo modo test, nadie paga de verdad:

${cfg(f`STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
CURRENCY=ARS`)}

La clave publicable es la live, ¿eso importa?`),

  rec('maintenance_fr', f`Peux-tu mettre en forme ce relevé d'entretien ?

F-HMBC – AS350 B3e – S/N 8127
Visite 100 h effectuée le 12/02/2025 à 4 821,3 h cellule
Remplacement filtre carburant P/N 704A33-651-021, lot 24-118
Pale de rotor arrière S/N RT-40917 : contrôle ressuage OK
Prochaine visite : 4 921,3 h`),

  rec('chat_pt', f`Podes reescrever isto para o site? "Os voos panorâmicos sobre a Madeira partem do heliporto do Funchal (32°38'N 16°54'W). Duração: 25 minutos. Peso máximo por passageiro: 130 kg. Crianças com menos de 2 anos não pagam."`),

  // ---- prison visitor booking ----
  rec('schedule_en_gb', f`Turn this into a visitor-friendly timetable please:

Visits Hall – week commencing 17 March
Tue 14:00–16:00  A-wing, B-wing (max 24 tables)
Thu 14:00–16:00  C-wing, Healthcare
Sat 09:30–11:30  all wings, family day (children's area open)
Sun 14:00–16:00  Enhanced IEP only
Prisoner numbers must be quoted when booking, e.g. A1234BC.`),

  rec('chat_nl', f`Kun je een sjabloon maken voor een geheimhoudingsverklaring (confidentiality agreement template) die vrijwilligers van het bezoekerscentrum moeten tekenen? Gewoon een algemeen voorbeeld, niets specifieks.`),

  rec('chat_pl', f`Przetłumacz proszę: "Widzenia w dniach 15.03, 22.03 i 29.03 zostają odwołane z powodu remontu sali. Nowe terminy: 16.03 (godz. 10:00) i 30.03 (godz. 13:00). Rezerwacja nr WZ/2025/00471 pozostaje ważna."`),

  rec('chat_de', f`Die Besucherin sagt, ihre Karte ${BAD_CARD} wird im Buchungsportal für die Kaution abgelehnt. Ich vermute einen Tippfehler, die Nummer besteht die Prüfziffer nicht. Wie erkläre ich ihr das freundlich?`, 'Luhn-failing card number (checked)'),

  rec('chat_ar', f`ترجم هذه التعليمات إلى الإنجليزية من فضلك: "يجب الوصول قبل موعد الزيارة بثلاثين دقيقة. يُسمح بزائرين بالغين وطفلين كحد أقصى. رقم الحجز يبدأ بالحرف V مثل V-2025-0418."`),

  rec('chat_ro', f`Poți să-mi explici în română ce înseamnă "closed visits" și "social visits" din scrisoarea asta de la închisoarea din Anglia? Am primit referința VO/118/2025 și data 22 martie.`),

  rec('chat_en_us', f`Draft a sample visitor approval letter for our training binder. Use obviously fake details — e.g. phone ${amb('pii.phone', '(312) 555-0147')} and SSN ${amb('pii.us_ssn', '123-45-6789')} — so nobody mistakes it for a real file.`, 'fictional 555-01xx number and the well-known SSN example: ambiguous'),

  // ---- seaweed farm ----
  rec('chat_ko', f`수출 서류에 들어갈 품목 코드 정리 좀 해 주세요.
- 건조 미역: HS 1212.21-1000
- 다시마 분말: HS 1212.21-9000
- 알긴산나트륨: HS 3913.10, CAS 9005-38-3
로트 번호: KW-25-041 ~ KW-25-047, 검사성적서 번호 LAB-2025-0219`),

  rec('checksums_nb', f`Laben sendte disse sjekksummene sammen med analysefilene. Hvordan verifiserer jeg dem på Windows?

${SHA('b162n-sha1')}  icp_ms_feb.csv
${SHA('b162n-sha2')}  iodine_summary.pdf
${SHA('b162n-sha3')}  chain_of_custody.pdf`),

  rec('chat_ga', f`An féidir leat liosta de na suíomhanna feirme a dhéanamh i mBéarla? Suíomh 1: Cuan Chill Chiaráin (53°19'N 9°43'W), 12 líne. Suíomh 2: Inis Mór theas (53°06'N 9°40'W), 8 líne. Fómhar ag tosú i mí Aibreáin.`),

  rec('shipping_zh', f`帮我核对一下这批海带粉的出口单据号码有没有写错：
提单号：MEDUIE482917
集装箱号：MSCU 482917 3
EORI：IE3829174H
原产地证编号：EUR1-IE-2025-004718
发票号：PI-2025-031`),

  rec('chat_tl', f`Pakisalin sa English: "Ang iodine level ng batch 25-044 ay 1,840 mg/kg, pasok sa limit na 2,000. Ang moisture ay 11.2%. Firmware ng moisture meter: v2.1.0.4, na-calibrate noong 14 Pebrero."`),

  rec('chat_fr', f`L'acheteur de Roscoff dit que l'IBAN qu'on lui a envoyé est refusé par sa banque : ${BAD_FR}. Je crois qu'on a fait une faute de frappe dans la clé. Tu peux rédiger un mail d'excuse avec "le bon IBAN suit par courrier séparé" ?`, 'IBAN with wrong check digits (checked)'),

  rec('chat_da', f`Kan du oversætte det her til engelsk? "Den tørrede tang sendes med Smyril Line fra Tórshavn den 21. marts. Vægten er 2.000 kg netto, 2.140 kg brutto, 80 sække."`),

  rec('chat_sw', f`Naomba utafsiri kwa Kiingereza: "Mavuno ya mwani wiki hii ni kilo 1,240 kutoka mashamba ya Paje na Jambiani. Bei ya kilo moja ni shilingi 1,000. Malipo yatafanyika tarehe 28."`),

  // ---- bug bounty ----
  rec('bounty_en', f`Researcher reported "leaked AWS keys" in our public SDK docs. The snippet is:

AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

Help me write a polite "not applicable" reply explaining these are AWS's documentation example keys.`),

  rec('triage_ru', f`Сделай, пожалуйста, сводку по этим отчётам для еженедельного созвона:
- BB-21040: CVE-2024-3094 (xz), CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:H/I:H/A:H — дубль
- BB-21044: исправлено в коммите ${GIT('b162n-git1')}
- BB-21047: не воспроизводится на версии 3.4.2`),

  rec('report_de', f`Der Researcher hat seinen Bericht selbst geschwärzt, trotzdem will der Kunde wissen, ob ein Schlüssel enthalten ist:

"Im Repository lag ein Token der Form ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx (von mir unkenntlich gemacht) sowie password=******** in deploy.sh."

Bitte formuliere eine Antwort, dass keine verwertbaren Daten übermittelt wurden.`),

  rec('report_ja', f`研究者が「秘密鍵が漏洩している」と報告してきましたが、添付されていたのは以下の公開鍵と証明書でした。不適用として返信する文面を作ってください。

${PUB_PEM}

${CERT}`),

  rec('log_he', f`תוכל להסביר מה קרה בלוג הזה? החוקר טוען שזו דליפת מידע.

request_id=4f8a2c91-7d3e-4b15-9a60-e2c7b8d41f35 status=404 path=/api/v2/reports/BB-21051
request_id=c3d7e915-48b2-4f6a-a1e0-5d92b7f3c864 status=404 path=/api/v2/reports/BB-21052
trace_id=${fill('b162n-trace', HEX, 32)}`),

  rec('lock_tr', f`Araştırmacı package-lock.json içinde "gizli anahtar" bulduğunu söylüyor. Bu satırlar ne?

${cfg(f`"node_modules/lodash": {
  "version": "4.17.21",
  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",
  "integrity": "${INTEGRITY}"
}`)}`),

  rec('chat_vi', f`Researcher gửi digest này và nói là lộ secret, có đúng không? docker pull ghcr.io/kelpwave/lab-api@sha256:${SHA('b162n-digest')} — mình nghĩ đây chỉ là mã băm của image thôi.`),

  rec('chat_ko2', f`"confidential computing"이랑 "confidential VM"이 보안 리서처 보고서에 나오는데, 이게 우리 버그바운티 범위에 포함되는 건지 설명해 주세요. 개념만 간단히요.`),

  rec('docs_ptbr', f`O pesquisador diz que nossa documentação "vaza senha", mas é só o exemplo de configuração:

${cfg(f`database:
  host: localhost
  user: app
  password: <sua-senha-aqui>
  url: postgres://USER:PASSWORD@HOST:5432/app`)}

Me ajuda a responder que não é vulnerabilidade?`),

  rec('triage_hi', f`रिसर्चर ने रिपोर्ट किया कि वेबसाइट के HTML में Stripe key दिख रही है: ${PK_LIVE}. यह publishable key है, जो public होने के लिए ही बनी है। कृपया एक विनम्र "informative" जवाब लिखिए।`),

  rec('chat_sr', f`Истраживач тражи награду за „откривени хеш лозинке“ у јавном бекапу тест базе. Ево реда:

${cfg(f`INSERT INTO users (id, username, pass) VALUES (7, 'demo', '${amb('credential.password_assignment', BCRYPT)}');`)}

Налог demo је тест налог без права. Да ли је ово валидан налаз?`, 'bcrypt hash ambiguous per the conventions'),

  // ---- private school ----
  rec('chat_en_gb', f`For the fees payment page the developer keeps testing with ${amb('financial.payment_card', '4242 4242 4242 4242')} — is that a real card? Parents are worried after seeing it in a screenshot.`),

  rec('reading_list_el', f`Μπορείς να φτιάξεις λίστα ανάγνωσης για την Α' Γυμνασίου με αυτά;
- Ο Μικρός Πρίγκιπας, ISBN 978-960-16-4172-9
- Το Καπλάνι της Βιτρίνας, ISBN 978-960-04-1823-0
- Ματωμένα Χώματα, ISBN 978-960-03-4719-3`),

  rec('exam_ar', f`رتب لي جدول الامتحانات هذا في جدول:
امتحان القبول للصف السابع: 15/03/2025 الساعة 09:00، رقم المرشح يبدأ بـ ADM-26-
المقابلات: 22/03/2025 و 29/03/2025
إعلان النتائج: 10/04/2025`),

  rec('fees_th', f`ช่วยจัดตารางค่าเล่าเรียนนี้ให้อ่านง่ายหน่อยค่ะ
ค่าธรรมเนียมแรกเข้า 120,000 บาท
ค่าเล่าเรียนต่อภาคเรียน 385,000 บาท
ค่ารถรับส่ง 28,500 บาท/ภาคเรียน
ชำระภายในวันที่ 15 พฤษภาคม 2568`),

  rec('chat_fr_qc', f`Peux-tu me rédiger un modèle d'entente de confidentialité pour les membres du comité des bourses? Quelque chose de général que je pourrai adapter, pas besoin de noms.`),

  rec('chat_ru2', f`Переведите, пожалуйста, объявление на английский: «День открытых дверей пройдёт 12 апреля 2025 года в 10:00. Регистрационный номер OD-2025-118.»`),

  rec('chat_ka', f`თარგმნე ინგლისურად: "ჩვენი სკოლის წარმატების საიდუმლო მარტივია — მცირე კლასები და კარგი მასწავლებლები. მიღების გამოცდა 20 მარტს ჩატარდება."`, 'casual use of the word "secret"'),

  // ---- gas meter reading ----
  rec('readings_en_gb', f`Check these reads for anything that looks like a misread before I upload them:

MPRN        Meter serial   Prev read   This read   Date
7483920165  E6S12843917 15  04821       04907       18/02/2025
3019284756  G4A00718293 09  11873       11874       18/02/2025
8829104735  E6S09384120 22  00412       03391       18/02/2025`),

  rec('training_en_gb', f`For the new meter readers' training pack, the sample customer card should use a made-up number. Is ${amb('pii.phone', '07700 900418')} ok for that? Also add a line saying never to write real customer numbers on the route sheet.`, 'Ofcom drama range: ambiguous'),

  rec('route_nl', f`Kun je deze route logisch ordenen? Wijk Oost, postcodes 9711 AB t/m 9713 GZ, 312 adressen, starttijd 07:30, pauze 12:00–12:30. Routecode GR-OOST-07. EAN-codes worden automatisch ingelezen via de scanner.`),

  rec('chat_nl_be', f`De aansluiting heeft EAN-code 541448820039184726, maar de klant zegt dat de meter al vervangen is. Hoe vraag ik een nieuwe opname aan bij de netbeheerder? Gewoon een korte mail in het Nederlands.`),

  rec('firmware_hu', f`Magyarázd el egyszerűen, mit jelent ez a kézi leolvasó eszköz frissítési üzenete: "Firmware 4.12.1.3 → 4.13.0.0, build 20250214-1142, SHA-1 ${GIT('b162n-fw')}". Kell-e újraindítani?`),

  rec('chat_es', f`Un lector dice que el cliente le enseñó una tarjeta de combustible ${spacedFours(FUEL_CARD)} como "identificación". ¿Qué protocolo seguimos cuando un cliente no tiene DNI a mano? Redacta una instrucción breve.`, 'fuel card number that fails the Luhn check (checked)'),

  rec('log_fi', f`Mitä tämä loki tarkoittaa? Lukijoiden käsipäätteet synkronoivat hitaasti:

2025-02-18T06:02:11Z INFO sync device=HH-0417 readings=128 dur_ms=8421
2025-02-18T06:02:14Z WARN sync device=HH-0422 retry=3 reason=timeout
2025-02-18T06:03:40Z INFO sync device=HH-0422 readings=97 dur_ms=15210`),

  rec('chat_it', f`Il cliente dice di aver pagato con il buono regalo ${GIFT} e chiede lo sconto sulla bolletta. Non è una carta di pagamento. Come gli rispondo?`, 'gift voucher number that fails the Luhn check (checked)'),

  rec('chat_bn', f`গ্রাহককে জানাতে হবে: আপনার মিটার রিডিং ০৪৮২১ থেকে ০৪৯০৭ হয়েছে, ব্যবহার ৮৬ ইউনিট। বিল নম্বর GB-2025-004718। দয়া করে একটা সহজ বাংলা মেসেজ লিখে দাও।`),

  rec('chat_am', f`ይህን ወደ እንግሊዝኛ ተርጉምልኝ፦ "የቆጣሪ ንባብ ቡድኑ ከየካቲት 10 እስከ የካቲት 14 ባለው ጊዜ 1,240 ቤቶችን ጎብኝቷል። የመንገድ ኮድ AA-07።"`),
];
