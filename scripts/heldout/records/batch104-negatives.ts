/**
 * Held-out batch 104: hard negatives — placeholders, test keys, masked or check-failing numbers,
 * hashes, ticket and booking references, ISBNs, public keys and casual uses of "confidential", in the
 * same settings and languages (tests/corpus/README.md, "Decisions on negatives"). Hand-written.
 */
import { luhnCheckDigit, ibanCheckDigits } from '../../corpus/checksums';
import { luhnValid, ibanFullyValid } from '../checks';
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

/** A card-shaped number whose last digit is deliberately wrong (asserted to fail Luhn). */
function badCard(payload: string, sep = ''): string {
  const d = payload + String((luhnCheckDigit(payload) + 3) % 10);
  if (luhnValid(d)) throw new Error(`meant to fail Luhn: ${d}`);
  return sep ? (d.match(/.{1,4}/g) ?? []).join(sep) : d;
}
/** An IBAN-shaped string with wrong check digits (asserted to fail mod 97). */
function badIban(country: string, bban: string): string {
  const good = Number(ibanCheckDigits(country, bban));
  const wrong = String(((good + 41) % 97) + 2).padStart(2, '0');
  const s = country + wrong + bban;
  if (ibanFullyValid(s)) throw new Error(`meant to fail: ${s}`);
  return (s.match(/.{1,4}/g) ?? []).join(' ');
}

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b104n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b104n-pklive', B62, 97));
const PUB = pem('PUBLIC KEY', 'b104n-pub', 294);
const CERT = pem('CERTIFICATE', 'b104n-cert', 820);
const SHA = (seed: string): string => fill(seed, HEX, 64);
const GITSHA = (seed: string): string => fill(seed, HEX, 40);
const BCRYPT = tok('$2b$12$', fill('b104n-bcrypt', B62 + './', 53));

export const BATCH104_NEGATIVES: DraftRecord[] = [
  rec('env_template', f`Is this .env.example OK to commit to the ticketing repo?

${amb('source_code.snippet', `# copy to .env and fill in
STRIPE_SECRET_KEY=sk_live_your_key_here
STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxx
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/ticketing
SENTRY_DSN=
FARE_API_KEY=<your-fare-api-key>`)}`),

  rec('stripe_test', f`Hola, ¿por qué mi integración de pagos de la clínica funciona con esta clave en local pero no en producción? STRIPE_KEY=${STRIPE_TEST}. La publicable en el frontend es ${PK_LIVE}.`),

  rec('masked_card', f`Please draft a reply to the passenger: refund of £38.20 was issued on 02/12 to the card ending **** **** **** 7316 (Visa). It can take up to 5 working days. Reference RF-2026-118544.`),

  rec('luhn_fail', f`Cześć, klient podał w formularzu numer karty ${badCard('453900118273645', ' ')} i system go odrzucił jako nieprawidłowy. Jak mu uprzejmie napisać, żeby sprawdził cyfry?`),

  rec('iban_fail', f`Ciao, il sistema rifiuta questo IBAN dell'illustratrice: ${badIban('IT', 'X0542811101000000654321')}. Dice "codice di controllo errato". Le scrivo di ricontrollarlo? Mi prepari un messaggio gentile?`),

  rec('uuid_log', f`What does this mean? Lost-property sync job log:

${amb('source_code.snippet', `2026-12-04T03:00:01Z INFO sync started run_id=7f3c2a91-48d0-4e6b-b2a7-91c5d3e80f14
2026-12-04T03:00:09Z WARN item 2b9e4d70-13af-4c58-8e21-6d07f9a3c5b2 has no station code, skipped
2026-12-04T03:00:12Z INFO sync finished items=412 skipped=1`)}`),

  rec('git_sha', f`Nach dem Merge von Commit ${GITSHA('b104n-git1')} ist der Build für die Tarifberechnung rot. Vorher (${GITSHA('b104n-git2')}) war alles grün. Wie finde ich mit git bisect den Fehler?`),

  rec('sha256', f`Le fichier d'export des positions envoyé à l'administrateur a pour empreinte SHA-256 ${SHA('b104n-sha1')}. Le destinataire obtient une autre valeur. Est-ce lié aux fins de ligne CRLF ?`),

  rec('isbn', f`Can you make a rights availability table from this list?
- "The Salt Dragon" ISBN 978-1-910283-44-7 — translation rights sold: DE, PL, KO
- "Pim the Hedgehog" ISBN 978-1-910283-51-5 — available except FR
- "Tunnel Trolls" ISBN 978-1-910283-60-7 — audio rights reserved`),

  rec('booking_refs', f`Hei, kan du skrive en standard-sms for forsinkelser? Eksempel på data: Bestillingsnr. NSB-7K4Q2P, tog 1622 Oslo S–Bergen, vogn 4, sete 37, ny ankomst 21:48.`),

  rec('confidential_casual_en', f`Quick one: our dermatology clinic wants a confidentiality agreement template for locum doctors. What clauses should it typically have? Not legal advice, just a starting list.`),

  rec('confident_fr', f`Je suis assez confiant pour la migration vers le nouveau prime broker, mais peux-tu me lister les risques classiques d'un changement de PB pour un desk de trade support ?`),

  rec('confidential_computing', f`Does Azure confidential computing make sense for our hedge fund's risk engine, or is it overkill? We run Monte Carlo VaR nightly on about 40k positions.`),

  rec('public_key', f`Je li ovo ispravan javni ključ za SFTP izdavačke kuće? Partner nam ga je poslao:

${PUB}`),

  rec('certificate', f`Zertifikat für die Ticket-API läuft ab. Kann ich sehen, wann genau, wenn ich das hier einfüge?

${CERT}`),

  rec('bcrypt_hash', f`En la base de datos de usuarios del portal de reasentamiento las contraseñas están así: ${amb('credential.password_assignment', BCRYPT)}. ¿Es bcrypt con coste 12 suficiente en 2026?`),

  rec('placeholder_yaml', f`Helm values for the housing app — is the templating right?

${amb('source_code.snippet', `db:
  host: {{ .Values.db.host }}
  user: housing_app
  password: \${DB_PASSWORD}
smtp:
  apiKey: YOUR_API_KEY`)}`),

  rec('ssn_invalid', f`Our resettlement intake form rejects "000-12-4821" as SSN — it's what the family wrote because they don't have one yet. Should we let caseworkers leave it blank instead? Write a short guidance note.`),

  rec('tracking', f`Bonjour, pouvez-vous rédiger un message pour le voyageur ? Son sac oublié lui a été expédié par Colissimo, numéro de suivi 6A28471936520, livraison prévue jeudi.`),

  rec('timestamps_tr', f`Merhaba, bu sensör verilerinde neden 3 saatlik kayma var? Örnek: 2026-12-03T04:15:00Z → ekranda 07:15, metan 0,42 %, sensör MT-22. Sunucu saat dilimi UTC.`),

  rec('version_strings', f`We're on react@18.2.0 and @tanstack/react-query 5.59.0 in the lost-property portal; upgrading to React 19 breaks the date picker. Known issue?`),

  rec('docker_digest', f`Which image is actually running? kubectl says image: saltmine/gas-monitor@sha256:${SHA('b104n-digest')} but our tag 4.2 points elsewhere.`),

  rec('question_no_code_ja', f`トレードサポートで使うAPIキーを安全に保管するには、Vaultと AWS Secrets Manager のどちらが良いですか？メリットとデメリットを教えてください。`),

  rec('masked_iban_nl', f`Kun je een bevestigingsmail opstellen? De huurwaarborg is overgemaakt naar NL** **** **** **** 4300 van Woonstichting De Linde, bedrag € 1.450,00.`),

  rec('fuel_card_fail', f`Der Tankkartenanbieter für die Grubenfahrzeuge hat uns die neue Karte ${badCard('700412839201745', ' ')} geschickt, aber die Tankstelle lehnt sie ab. Was soll ich dem Anbieter schreiben?`),

  rec('excel_formula', f`Excel help: =SUMIFS(Royalties[Amount];Royalties[Territory];"PL";Royalties[Year];2026) returns 0 though there are Polish rows. Why?`),

  rec('svg', f`Mi kell módosítani ebben az SVG ikonban, hogy a vonat körvonala vastagabb legyen?
<svg viewBox="0 0 24 24"><path d="M4 15.5C4 17.43 5.57 19 7.5 19L6 20.5v.5h12v-.5L16.5 19c1.93 0 3.5-1.57 3.5-3.5V5c0-3.5-3.58-4-8-4s-8 .5-8 4v10.5z" stroke-width="1"/></svg>`),

  rec('chat_ka_neg', f`გამარჯობა, მარილის მაღაროს უსაფრთხოების ინსტრუქცია მინდა ვთარგმნო ინგლისურად: „ყველა მუშაკი ვალდებულია ატაროს ჩაფხუტი და თვითმაშველი აპარატი ჰორიზონტზე ჩასვლისას."`),

  rec('chat_hy', f`Բարև, կարո՞ղ եք օգնել գրել հայտարարություն կորած իրերի մասին։ Գնացք Երևան–Գյումրի, 3-րդ վագոն, սև հովանոց, գտնվել է դեկտեմբերի 2-ին։`),

  rec('chat_be', f`Прывітанне! Дапамажыце, калі ласка, скласці тэкст аб'явы для бібліятэкі: новая дзіцячая кніжка «Салёны дракончык» выходзіць у студзені, прэзентацыя 15 студзеня а 17:00.`),

  rec('chat_mn', f`Сайн байна уу, манай давсны уурхайн аюулгүй байдлын сургалтын хөтөлбөрийг англи хэл рүү орчуулж өгнө үү. Сургалт 3 өдөр үргэлжилнэ.`),

  rec('chat_km', f`សួស្តី សូមជួយសរសេរសារជូនដំណឹងដល់អ្នកជំងឺថា គ្លីនិកស្បែករបស់យើងនឹងបិទនៅថ្ងៃទី ២៥ ខែធ្នូ។`),

  rec('chat_th', f`สวัสดีครับ ช่วยเขียนประกาศเรื่องของหายบนรถไฟให้หน่อยครับ ขบวน 9 กรุงเทพ–เชียงใหม่ ตู้ 5 พบกระเป๋าสีดำ ติดต่อรับได้ที่สถานีกรุงเทพอภิวัฒน์`),

  rec('chat_si', f`ආයුබෝවන්, අපේ සමේ රෝග සායනයේ රෝගීන්ට සූර්ය ආලෝකයෙන් ආරක්ෂා වීම ගැන කෙටි උපදෙස් පත්‍රිකාවක් ලියා දෙන්න.`),

  rec('chat_bo', f`བཀྲ་ཤིས་བདེ་ལེགས། ང་ཚོའི་བྱིས་པའི་དེབ་གསར་པ་ལ་མཚན་བྱང་ཞིག་བཟོ་རོགས་གནང་།`),

  rec('chat_ha', f`Sannu, don Allah ka taimaka mini in rubuta sanarwa ga iyalan 'yan gudun hijira game da taron gidaje ranar Asabar da karfe 10 na safe.`),

  rec('chat_yo', f`Ẹ n lẹ, ẹ jọ̀wọ́ ẹ bá mi kọ ìkéde fún àwọn arìnrìn-àjò nípa àwọn ẹrù tí wọ́n gbàgbé nínú ọkọ̀ ojú irin.`),

  rec('chat_qu', f`Allillanchu, yanapawanki huk willakuyta qillqayta: wasikunata maskhaq ayllukunapaq huñunakuy kanqa sabado p'unchawpi.`),

  rec('chat_gn', f`Mba'éichapa, ikatúpa rehai peteĩ marandu ñe'ẽ hape umi tapicha ohejavaʼekuépe mbaʼe tren-pe.`),

  rec('chat_mg', f`Manao ahoana, azafady soraty ho ahy ny fampandrenesana ho an'ireo marary fa hakatona ny tobim-pitsaboana amin'ny 1 Janoary.`),

  rec('chat_zu', f`Sawubona! Ngicela ungisize ngibhale isaziso kubasebenzi basemayini kasawoti ngokuhlolwa kwezokuphepha ngoLwesithathu.`),

  rec('chat_fo', f`Hey, kanst tú hjálpa mær at skriva eina fráboðan til ferðafólk um gloymdar lutir í bussinum og ferjuni?`),

  rec('sql_question', f`Was ist schneller bei 40 Mio. Zeilen Handelsdaten: ein Index auf (trade_date, account_id) oder Partitionierung nach Monat? Es geht um PostgreSQL 16.`),

  rec('npm_integrity', f`package-lock fragment — why does npm ci complain about integrity?

${amb('source_code.snippet', `"node_modules/date-fns": {
  "version": "3.6.0",
  "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
  "integrity": "sha512-${fill('b104n-integrity', B64, 86)}=="
}`)}`),

  rec('phone_like_ids', f`Selam, sensör kimlikleri SNS-5301-22847 gibi görünüyor ve Excel bunları tarih sanıyor. Bunları metin olarak nasıl saklarım?`),

  rec('confidential_word_pl', f`Czy możesz mi wyjaśnić różnicę między klauzulą „poufne" a „zastrzeżone" w polskich przepisach? Pytam ogólnie, na szkolenie dla nowych pracowników kopalni.`),

  rec('chat_ms', f`Hai, boleh tolong tulis notis kepada penumpang tentang barang tercicir di dalam kereta api ETS? Barang boleh dituntut di kaunter KL Sentral dalam masa 30 hari.`),

  rec('chat_tk', f`Salam, duz magdanynyň howpsuzlyk düzgünlerini iňlis diline terjime edip bilersiňizmi? Ähli işgärler kaska we gaz ölçeýji götermeli.`),

  rec('chat_rn', f`Amahoro, ndagusavye umfashe kwandika itangazo ku miryango y'impunzi yerekeye inama y'amazu ku wa gatandatu.`),

  rec('chat_ff', f`On jaaraama, mi yiɗi wallitde mi winndude kabaaru ngam yimɓe ɓe ngaddaa ɗoo e nder galleeji kesi.`),

  rec('chat_zh_cn', f`你好，请帮我把这段儿童图书版权合同的条款翻译成英文："许可方授予被许可方在中国大陆以简体中文出版该作品的独家权利，期限五年。"`),
];

