/**
 * Held-out batch 164: hard negatives — text from a stadium, a rare-disease registry, a rail freight
 * operator, a tenant helpdesk, a kombucha distributor desk and an archive reading room that looks
 * sensitive and is not (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from
 * ambiguous spans and pasted code. Hand-written.
 */
import { ibanWithCheck, luhnWithCheck, spacedFours, verhoeffCheckDigit } from '../../corpus/checksums';
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const ip = (s: string) => amb('pii.ip_address', s);

/** Change the last (check) digit so the number fails its check: only one check digit is right. */
const breakLast = (s: string): string => s.slice(0, -1) + String((Number(s.slice(-1)) + 4) % 10);

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b164n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b164n-pklive', B62, 97));
const BAD_CARD = breakLast(luhnWithCheck('453918273640185'));
const BAD_VOUCHER = breakLast(luhnWithCheck('603819274650183'));
const GOOD_IT = ibanWithCheck('IT', 'R0306909606100000048271');
const BAD_IT = `IT${String((Number(GOOD_IT.slice(2, 4)) + 11) % 100).padStart(2, '0')}${GOOD_IT.slice(4)}`;
const AADHAAR_P11 = '74829163057';
const BAD_AADHAAR_D = AADHAAR_P11 + String((verhoeffCheckDigit(AADHAAR_P11) + 5) % 10);
const BAD_AADHAAR = `${BAD_AADHAAR_D.slice(0, 4)} ${BAD_AADHAAR_D.slice(4, 8)} ${BAD_AADHAAR_D.slice(8)}`;
const CERT = pem('CERTIFICATE', 'b164n-cert', 870);
const PUBKEY = pem('PUBLIC KEY', 'b164n-pub', 294);
const BCRYPT1 = tok('$2b$12$', fill('b164n-bc1', B62 + './', 53));
const BCRYPT2 = tok('$2b$12$', fill('b164n-bc2', B62 + './', 53));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA${fill('b164n-png', B64, 160)}`;
const SSH_PUB = tok('ssh-ed25519 ', 'AAAAC3NzaC1lZDI1NTE5AAAAI', b64Bytes('b164n-sshpub', 24).slice(0, 32));

export const BATCH164_NEGATIVES: DraftRecord[] = [
  rec('env_test', f`Is it a problem that our staging env for the ticket shop has a live publishable key?

${amb('source_code.snippet', f`# ticketing-api/.env.staging
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
TICKETING_DB_URL=postgres://USER:PASSWORD@localhost:5432/tickets_staging`)}`),

  rec('readme_de', f`Kannst du diese Installationsanleitung für die Wagenplanungs-App verständlicher machen?

1. Repository klonen
2. \`config.example.yml\` nach \`config.yml\` kopieren
3. Unter \`sap:\` Benutzer und \`password: <dein-SAP-Passwort>\` eintragen
4. \`make run\` ausführen – die App läuft dann unter http://localhost:8080`),

  rec('chat_fr', f`Bonjour ! Le conseil syndical veut qu'on fasse signer un accord de confidentialité aux prestataires qui ont accès aux parties communes. Tu peux me proposer un modèle simple d'accord de confidentialité, en français, d'une page ?`),

  rec('code_python', f`moto のテストが通りません。フィクスチャは以下です：

\`\`\`python
${v('source_code.snippet', f`@pytest.fixture
def s3_archive(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    with mock_aws():
        boto3.client("s3", region_name="ap-northeast-1").create_bucket(
            Bucket="reading-room-scans",
            CreateBucketConfiguration={"LocationConstraint": "ap-northeast-1"},
        )
        yield`)}
\`\`\``),

  rec('chat_es', f`Un cliente dice que su tarjeta regalo de la tienda del estadio, número ${spacedFours(BAD_VOUCHER)}, no funciona en la taquilla. ¿Cómo le explico que las tarjetas regalo solo valen en la tienda online?`, 'voucher number chosen to fail the Luhn check'),

  rec('chat_it', f`Un distributore ci ha mandato questo IBAN per il rimborso: ${BAD_IT}. La banca dice che non è valido. Mi scrivi una mail gentile per chiedergli di ricontrollarlo?`, 'IBAN with altered check digits: fails mod 97'),

  rec('receipt_pt_br', f`Traduz esse comprovante da feira pro inglês? É pra prestação de contas com o investidor.

FEIRA ORGÂNICA DA VILA MADALENA
Kombucha Wild Scoby – 6 garrafas 500 ml
Total: R$ 114,00
Cartão: Mastercard **** **** **** 7716
Autorização: 048213  NSU: 000482917
28/11/2024 10:42`),

  rec('log', f`Why do we get duplicate wagon inspection records? Log sample:

${amb('source_code.snippet', f`2024-11-19T06:02:11.204Z INFO  planner inspection.created id=6f1c2a94-7d3b-4e85-b0a6-2c9e4f7d1b38 wagon="31 80 4557 201-6" depot=HAL type=REV
2024-11-19T06:02:11.209Z INFO  planner inspection.created id=a93e7b21-5c4d-4f08-9e1a-7b2c6d3f8e45 wagon="31 80 4557 201-6" depot=HAL type=REV
2024-11-19T06:02:11.311Z DEBUG planner dedupe.skip hash=${SHA('b164n-dedupe')}`)}`),

  rec('chat_de_at', f`Servus, kannst du mir die Wagennummern in eine Tabelle umwandeln, nach Bauart sortiert?

33 81 4955 118-3 (Sggrss), 31 81 4557 402-0 (Shimmns), 33 81 4955 127-4 (Sggrss), 37 81 4670 015-1 (Habbiins)

Spalten: Nummer, Bauart, nächste Revision (steht im SAP).`),

  rec('chat_ko', f`경기 예매 번호 HS-ORD-55012, HS-ORD-55019 고객이 좌석을 바꾸고 싶대요. 블록 114 F열 21~22번에서 블록 116 A열 3~4번으로요. 변경 안내 문자를 써 주세요.`),

  rec('chat_nl', f`Kun je de track-and-trace codes van de kombucha-zendingen van deze week netjes in een lijstje zetten voor de verdelers?
- Gent: 3SKBA4827193650
- Antwerpen: 3SKBA4827193651
- Leuven: JVGL0648219370048213
Leveringen op dinsdag tussen 8 en 12 uur.`),

  rec('chat_fr_archive', f`Comment citer correctement ce document dans ma thèse ? Archives nationales, cote F/7/12845, dossier 3, pièce 17, microfilm MI 24/118. Et pour l'ouvrage, ISBN 978-2-07-036822-8, collection Folio histoire.`),

  rec('script', f`We're filming a promo at the stadium and the script needs a fake hotline. Is this format OK for US TV? "Call the Harbourside ticket line at ${amb('pii.phone', '(212) 555-0147')}!"`),

  rec('script_gb', f`For the stewards' training video, the actor reads out a phone number on screen. I used ${amb('pii.phone', '07700 900461')} because I heard those are reserved for drama. Can you polish the dialogue?`),

  rec('chat_es_casual', f`Oye, una pregunta tonta: cuando alguien dice "te lo digo en confidencia", ¿se escribe "en confidencia" o "confidencialmente"? Es para un correo informal a un inquilino.`),

  rec('chat_de_archive', f`Ein Leser fragt, ob die Akten mit dem historischen Vermerk „${amb('confidential.marking', 'Geheime Reichssache')}“ aus dem Bestand R 43 im Lesesaal eingesehen werden dürfen. Sie sind seit Jahrzehnten freigegeben. Formuliere bitte eine Antwort mit den Öffnungszeiten (Mo–Fr 9–17 Uhr).`, 'a historical stamp on a released file, quoted; not a marking of this text'),

  rec('chat_en_au', f`Writing the label copy for our new ginger-lemon brew. Thinking: "Our secret? A 21-day ferment and a SCOBY older than the brewery." Too cheesy? I'm fairly confident the distributors will love it either way.`),

  rec('chat_th', f`ผู้เช่าหลายคนลืมรหัสผ่านเข้าพอร์ทัลบ่อยมาก ช่วยเขียนคำแนะนำการตั้งรหัสผ่านที่ปลอดภัยแต่จำง่ายให้หน่อย ไม่ต้องยกตัวอย่างรหัสผ่านจริงนะคะ`),

  rec('compose_pl', f`Czy ten docker-compose dla portalu najemców jest OK na produkcję?

${amb('source_code.snippet', f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: portal
      POSTGRES_PASSWORD: \${DB_PASSWORD}
  api:
    image: hearthgate/portal-api:2.8.1
    environment:
      DATABASE_URL: postgres://portal:\${DB_PASSWORD}@db:5432/najemcy`)}`),

  rec('sql_ru', f`Как найти пользователей читального зала, у которых пароль не менялся больше года? Вот структура и пример строк:

${amb('source_code.snippet', f`id | login        | password_hash                                                  | changed_at
---+--------------+----------------------------------------------------------------+------------
 1 | reader_desk1 | ${amb('credential.password_assignment', BCRYPT1)} | 2023-02-11
 2 | reader_desk2 | ${amb('credential.password_assignment', BCRYPT2)} | 2024-09-30`)}`),

  rec('chat_cs', f`Dodavatel přístupového systému nám poslal certifikát pro TLS na bráně. Je to v pořádku takhle, nebo potřebujeme i řetězec?

${CERT}`),

  rec('chat_ar', f`ساعدني في كتابة رسالة للمشجعين: مباراة السبت ٢٣ نوفمبر تبدأ الساعة ٨:٣٠ مساءً، تفتح البوابات ٦:٣٠، المقاعد من ١ إلى ٤٨٠ في المدرج الشرقي مخصصة لحاملي الاشتراكات.`),

  rec('chat_he', f`אפליקציית הדיירים עודכנה לגרסה 3.12.4 ועכשיו ההתראות לא מגיעות באנדרואיד 14. הגרסה הקודמת 3.11.9 עבדה. איך אני מנסח הודעה לדיירים?`),

  rec('chat_id', f`Di dokumentasi Stripe ada kartu tes ${amb('financial.payment_card', '4242 4242 4242 4242')}. Apakah bisa dipakai untuk uji coba checkout distributor di mode live? Atau harus mode test?`),

  rec('form_template', f`Can you tidy this steward onboarding form template? Field hints:
SSN: ${amb('pii.us_ssn', '123-45-6789')} (example format)
Phone: (XXX) XXX-XXXX
Emergency contact: name + relationship
Uniform size: S / M / L / XL`),

  rec('form_template_gb', f`Our payroll template says "National Insurance number, e.g. QQ 12 34 56 C". Is that the right example format, or should it have spaces at all?`),

  rec('git_sv', f`Vilken commit införde felet i vagnplaneringen? Jag har bisect-resultatet:

${GITSHA('b164n-git1')} is the first bad commit
Author: ci-bot
Date:   Tue Nov 19 07:14:02 2024 +0100
    planner: round next_due to month start

Image: ghcr.io/corvia/planner@sha256:${SHA('b164n-digest')}`),

  rec('chat_de_iban', f`Für unsere Vorlage „Lastschriftmandat“ für Mieter: Ist der Platzhalter DE00 0000 0000 0000 0000 00 sinnvoll oder lieber „IBAN: ____“? Was ist üblicher?`),

  rec('chat_tr', f`Yeni kombucha serisinin barkodları: 8690482719364 (zencefil), 8690482719371 (hibiskus), 8690482719388 (yaban mersini). Parti no: KB-2411-07, SKT 28.02.2025. Bunu bayilere tablo olarak gönderir misin?`),

  rec('chat_fi', f`Voitko tehdä tästä selkeän taulukon? Vaunu 31 80 4557 311-3: akselit 4, ajetut km 218 400, viimeinen pyöräkertatarkastus 12.03.2024. Vaunu 31 80 4557 318-8: akselit 4, km 201 950, tarkastus 03.05.2024.`),

  rec('chat_ka', f`სამკითხველო დარბაზის მკითხველის ბარათების ნომრები: RR-2024-00481, RR-2024-00482, RR-2024-00483. ადგილები 12, 14 და 17. გამიკეთე ცხრილი.`),

  rec('docs_vi', f`Tài liệu API của cổng nhà phân phối ghi: "Authorization: Bearer <your-access-token>". Mình phải thay <your-access-token> bằng cái gì, lấy ở đâu? Giải thích đơn giản giúp mình.`),

  rec('chat_bg', f`В README-то на скрипта за архива пише GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx. Трябва ли да сложа моя токен там или в отделен файл? Как е най-правилно?`),

  rec('email_disclaimer', f`Please shorten our e-mail footer, it's longer than most of our mails:

Wild Scoby Ltd · 14 Fermentation Lane · Nelson 7010
${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')} If you have received it in error, please notify the sender and delete it. Wild Scoby accepts no liability for viruses.`),

  rec('chat_hu', f`Segíts megfogalmazni a ritka betegségek regiszterének éves jelentéséhez: a betegség prevalenciája kb. 1:50 000, 2024-ben 318 új beteget vettünk fel, a medián életkor a diagnóziskor 4,2 év.`),

  rec('chat_hr', f`Kupac je platio poklon-bon za dućan stadiona, broj bona ${BAD_CARD}. Sustav ga ne prepoznaje. Kako mu odgovoriti?`, 'voucher number chosen to fail the Luhn check'),

  rec('chat_hinglish', f`Ek reader ne form mein Aadhaar ${BAD_AADHAAR} likha, lekin verification fail ho raha hai, shayad typo hai. Usko politely bolna hai ki sahi number dobara bheje. Message likh do.`, 'Aadhaar-shaped number that fails the Verhoeff check'),

  rec('json_sk', f`Je táto šablóna konfigurácie pre aplikáciu stewardov v poriadku?

${amb('source_code.snippet', f`{
  "apiBaseUrl": "https://api.harbourside-stadium.co.uk",
  "apiKey": "YOUR_API_KEY",
  "sentryDsn": "",
  "offlineMode": true
}`)}`),

  rec('helm_lt', f`Kodėl Helm neįrašo slaptažodžio į Secret? Šablonas:

${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: wagon-planner-db
stringData:
  password: {{ .Values.db.password | quote }}`)}`),

  rec('chat_ms', f`Penyewa tanya kenapa Wi-Fi tetamu di lobi tak perlukan kata laluan. Boleh tolong tulis jawapan ringkas yang terangkan ia rangkaian terbuka dengan portal log masuk?`),

  rec('chat_zh_tw', f`門票 QR 碼圖片是這樣存的：data:image/png;base64,${PNG_B64} 這樣存在資料庫裡會不會太大？`),

  rec('config_lv', f`Vai šī tīkla konfigurācija lasītavas datoriem izskatās pareiza?

${amb('source_code.snippet', f`address ${ip('10.40.12.0')}/24
gateway ${ip('10.40.12.1')}
dns ${ip('10.40.0.53')}, ${ip('10.40.0.54')}
dhcp-range ${ip('10.40.12.100')}-${ip('10.40.12.199')}`)}`),

  rec('chat_et', f`Tee mulle edasimüüjate hinnakirja tabel: Kombucha ingver 330 ml – 2,10 €, hibisk 330 ml – 2,10 €, klaasipant 0,10 €. Värvikoodid kujunduse jaoks #2E7D32 ja #F9A825.`),

  rec('chat_bn', f`"Confidential computing" কথাটা কী বোঝায়? আমাদের কম্বুচা কোম্পানির ছোট ওয়েবসাইটের জন্য কি এটা দরকার, নাকি এটা শুধু বড় ক্লাউড কোম্পানির ব্যাপার?`),

  rec('chat_sl', f`Napiši kratko objavo za distributerje: "Naš recept ostaja skrivnost, razkrijemo pa lahko, da fermentiramo 21 dni." Naj zveni sproščeno.`),

  rec('ssh_pub', f`Here is my public key for the wagon planner box, can you add it to authorized_keys?

${SSH_PUB} jonas@planner-laptop

And this is the host's public key the vendor sent, to pin it:
${PUBKEY}`),

  rec('chat_fa', f`در سامانه بلیت ورزشگاه، رمزهای عبور با bcrypt ذخیره می‌شوند. آیا هزینهٔ ۱۲ کافی است یا باید بیشترش کنیم؟ فقط توضیح کلی می‌خواهم.`),

  rec('chat_sw', f`Tafadhali andika tangazo kwa wasambazaji: bei mpya ya kombucha ni KSh 250 kwa chupa kuanzia tarehe 1 Januari, oda ya chini ni kreti 10, malipo ndani ya siku 30.`),

  rec('chat_am', f`ለአንባቢዎች ማስታወቂያ ጻፍልኝ፦ የንባብ አዳራሹ ከታህሳስ 16 እስከ 20 ዝግ ይሆናል። የአንባቢ ካርድ ቁጥሮች RR-2024-00512 እስከ RR-2024-00530 ያላቸው ቀጠሮ ይቀየራል።`),

  rec('chat_uk', f`Як пояснити батькам у листі, що реєстр рідкісних захворювань не зберігає паролі у відкритому вигляді і ми ніколи не попросимо їх пароль телефоном?`),
];
