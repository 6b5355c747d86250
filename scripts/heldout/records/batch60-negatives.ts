/**
 * Held-out batch 60: hard negatives — text from the six organisations of this batch that looks
 * sensitive and is not (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from
 * ambiguous spans and pasted code. Hand-written, many languages.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const ip = (s: string) => amb('pii.ip_address', s);
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b60n-sktest', B62, 97));
const PK_TEST = tok('pk_', 'test_', '51', fill('b60n-pktest', B62, 97));
const PUB_PEM = pem('PUBLIC KEY', 'b60n-pub', 294);
const CERT = pem('CERTIFICATE', 'b60n-cert', 870);
const ED25519_PUB = tok('AAAAC3NzaC1lZDI1NTE5AAAAI', fill('b60n-ed', B64, 43));
const PNG_B64 = tok('iVBORw0KGgoAAAANSUhEUgAA', b64Bytes('b60n-png', 300));
const BCRYPT = tok('$2y$10$', fill('b60n-bcrypt', B62 + './', 53));

export const BATCH60_NEGATIVES: DraftRecord[] = [
  rec('chat', f`Can you check this packing list against the phyto certificate before I send it to the buyer? Certificate no. ICA-FITO-2024-118473, issued 28/11/2024.

Container: MSKU 739104-2 (40' reefer), seal ML-CO 4418273
HS code 0804.40.00 (avocados, fresh), 1,320 cartons × 10 kg net
GGN 4063651003126 (GLOBALG.A.P.), lot codes SV-HASS-48-01 to SV-HASS-48-22
Vessel: MAERSK KENSINGTON, voyage 448N, ETD Cartagena 05/12, ETA Rotterdam 19/12
Booking ref 2248173956`),

  rec('chat_es_co', f`Se me olvidó la contraseña del wifi de la bodega de acopio y el router es un Huawei que nos dejó Claro. ¿Cómo la recupero sin resetearlo? No quiero que se desconecten las balanzas.`),

  rec('chat_pt_br', f`Me ajuda a montar um texto explicando pros pais a numeração dos dentes de leite? Exemplo: o 51 e o 61 são os incisivos centrais de cima, o 74 e o 84 os primeiros molares de baixo. Na guia do convênio aparece o código TUSS 81000065 (consulta odontológica inicial) e 84000090 (aplicação de flúor).`),

  rec('chat_fr', f`Peux-tu m'expliquer simplement l'arrêt de la Cour de cassation ECLI:FR:CCASS:2023:C300412 sur le trouble de jouissance ? Je dois le présenter aux bénévoles de la permanence. Notre dossier interne porte le n° RG 24/01873, audience le 14 janvier 2025 à 9 h, et on s'appuie aussi sur l'article 1719 du Code civil.`),

  rec('env_example', f`Bitte schreib mir eine README-Sektion, die jede Variable erklärt:

${amb('source_code.snippet', f`# .env.example – nach .env kopieren und ausfüllen
DB_HOST=localhost
DB_USER=lager
DB_PASSWORD=<dein-db-passwort>
SHOPIFY_ADMIN_TOKEN=YOUR_SHOPIFY_TOKEN
MAIL_PASSWORD=\${MAIL_PASSWORD}
SENTRY_DSN=`)}`),

  rec('chat_sv', f`Kan du sammanfatta felrapporten? Baliser B-ODP-112 och B-ODP-113 läses inte av tåg 241 på spår 2. Växel 21b rapporterar ändläge efter 4,8 s (gräns 6 s). Programvaruversion OBU 3.14.2-b7, firmware-checksumma ${SHA('b60n-fw1')}. Arbetsorder AO-2024-11873.`),

  rec('chat_no', f`Kan du lage en tabell over disse varene til prislisten? Varenummer og EAN:
- 1187302 Grüner Veltliner Ried Gebling 2023, EAN 7090026220103
- 1187319 Zweigelt Reserve 2021, EAN 7090026220110
- 1190455 Nebbiolo d'Alba 2022, EAN 7311250008146
Priser kommer fra leverandøren på mandag.`),

  rec('receipt_da', f`Kan du oversætte kvitteringen til engelsk til vores revisor?

Tandklinikken Smil ApS · CVR 38172946
Kvittering nr. 2024-11873 · 29.11.2024 14:32
Børnetandpleje, tilskud fra kommunen: 0,00 kr.
Tandbørste børn 2 stk: 58,00 kr.
Betalt med Dankort **** **** **** 4417
Terminal 0081-3, Autorisation 274193`),

  rec('chat_is', f`Hvert er leyndarmálið á bak við gott rauðvín með lambakjöti? Ég er að skrifa stuttan texta fyrir fréttabréfið okkar um jólavín og vil hafa hann léttan og skemmtilegan.`),

  rec('chat_pl', f`Klient przysłał numer rachunku do zwrotu: PL66 4108 2590 1122 8818 1469 0145. System bankowy go odrzuca jako błędny. Czy możesz napisać mu grzeczną prośbę o sprawdzenie i ponowne przesłanie numeru?`, 'IBAN with wrong check digits: not an account number'),

  rec('chat_sk', f`Klientka poradne nám poslala číslo karty na zaplatenie súdneho poplatku, ale platobná brána hlási, že číslo je neplatné: 4556 0192 8374 6152. Asi sa pomýlila pri prepisovaní. Napíš jej, prosím, zdvorilú správu, aby nám číslo karty radšej neposielala e-mailom a zaplatila cez odkaz.`, 'Luhn-failing card number'),

  rec('chat_sl', f`Kolega mi je v zaupanju povedal, da razmišlja o odhodu, ker ima preveč nočnih intervencij pri strankah. Kako naj se pogovorim z vodjo servisa, ne da bi izdal, kdo mi je to povedal?`),

  rec('deploy_log', f`Zdravo, možeš li mi objasniti ovaj log deploya? Ne razumijem zašto je rollback.

${amb('source_code.snippet', f`[2024-12-02 07:41:12] deploy start commit=${GITSHA('b60n-git1')} env=prod
[2024-12-02 07:41:15] build id=3f8a2c1e-94b7-4d20-8e61-5c0f7a9b3d24
[2024-12-02 07:43:02] healthcheck failed (3/3) /healthz -> 503
[2024-12-02 07:43:04] rollback to commit=${GITSHA('b60n-git2')}`)}`),

  rec('chat_bg', f`Направи ми таблица с фактурите за ноември: № 0000018473 от 04.11.2024 – 1 280,00 лв.; № 0000018529 от 12.11.2024 – 645,50 лв.; № 0000018611 от 27.11.2024 – 2 118,90 лв. Падеж 30 дни от датата на фактурата.`),

  rec('chat_ru', f`Напиши, пожалуйста, короткую памятку для электромехаников: как придумать надёжный пароль для нового диагностического ноутбука, почему нельзя записывать его на стикер и зачем включать блокировку экрана. Без технических подробностей.`),

  rec('chat_be', f`Якія змены ў версіі прашыўкі 4.2.7 у параўнанні з 4.1.12 для кантролераў чылераў? У release notes напісана: "fixed EXV drift, Modbus map v2.3, BACnet device instance range 100000–199999". Растлумач па-беларуску для тэхнікаў.`),

  rec('chat_kk', f`Жүкті бақылау нөмірлері: 1Z 8A7 29E 04 4721 9386 (UPS), 7741 8293 1046 (FedEx). Тапсырыс нөмірі ЗК-2024-11873. Жеткізу мерзімін қазақшаға аударып, клиентке қысқа хат жазып беріңіз.`),

  rec('code_python', f`Merhaba, moto 5'e geçince bu test "InvalidClientTokenId" hatası vermeye başladı. Fixture şöyle:

${v('source_code.snippet', f`import boto3, pytest
from moto import mock_aws

@pytest.fixture
def aws(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-central-1")

@mock_aws
def test_dava_dosyasi_yukle(aws):
    s3 = boto3.client("s3")
    s3.create_bucket(Bucket="dava-dosyalari", CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})`)}`, 'AWS documentation keys in a test fixture: no credential; the fixture itself is pasted code'),

  rec('chat_ku', f`Ez dixwazim ji bo malpera kooperatîfê nivîsek kurt binivîsim: "Nepeniya qehweya me ya baş ew e ku em li ser çiyayan bi destan berhev dikin." Tu dikarî wê bi Îngilîzî û Spanî wergerînî?`),

  rec('chat_ar', f`ما هو رمز السويفت لبنك الراجحي؟ أحد الموردين في ألمانيا يسأل عنه، وأعتقد أنه ${amb('financial.swift_bic', 'RJHISARI')} لكن لست متأكداً إن كان يحتاج XXX في النهاية.`),

  rec('env_test', f`היי, האם זה בסדר שקובץ ה-.env.test נמצא ב-git? הוא משמש רק לבדיקות של חנות המוצרים במרפאה.

${amb('source_code.snippet', f`STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_TEST}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/shop_test`)}`),

  rec('chat_ur', f`ہمارے دفتر کے اندرونی فون کے ایکسٹینشن یہ ہیں: استقبالیہ 101، گودام 214، اکاؤنٹس 230۔ کیا آپ ان کی ایک صاف فہرست بنا دیں گے جو دیوار پر لگائی جا سکے؟`),

  rec('chat_pa', f`ਮੈਂ ਕਲੀਨਿਕ ਦੇ ਬੱਚਿਆਂ ਦੇ ਕਾਨੂੰਨੀ ਜਾਗਰੂਕਤਾ ਪ੍ਰੋਗਰਾਮ ਲਈ ਇੱਕ ਛੋਟੀ ਕਹਾਣੀ ਲਿਖ ਰਿਹਾ ਹਾਂ ਜਿਸ ਵਿੱਚ ਇੱਕ ਬੱਚਾ ਆਪਣੇ ਦੋਸਤ ਦਾ ਗੁਪਤ ਰਾਜ਼ ਸੰਭਾਲਦਾ ਹੈ। ਕੀ ਤੁਸੀਂ ਇਸ ਨੂੰ ਸਰਲ ਪੰਜਾਬੀ ਵਿੱਚ ਪੂਰਾ ਕਰ ਸਕਦੇ ਹੋ?`),

  rec('chat_bn', f`রিভিউয়ার জিজ্ঞেস করছেন এগুলো কি ফাঁস হয়ে গেছে? এটা তো আমাদের জাম্প হোস্টের পাবলিক কী আর সার্টিফিকেট, তাই না?

ssh-ed25519 ${ED25519_PUB} signalling-jump@depot4

${CERT}`),

  rec('chat_si', f`කුරුඳු තොග ලේඛනය ඉංග්‍රීසියට පරිවර්තනය කරන්න: තොග අංකය CIN-ALBA-2024-118, බර කි.ග්‍රෑ. 2,480, ඇසුරුම් කළ දිනය 2024-11-22, කල් ඉකුත් වන දිනය 2026-11-21, පරීක්ෂණ වාර්තා අංකය SLSI/LAB/24/7731.`),

  rec('chat_km', f`សូមជួយបកប្រែកាលវិភាគនេះទៅជាភាសាអង់គ្លេស៖ ថ្ងៃច័ន្ទ ទី២ ខែធ្នូ ឆ្នាំ២០២៤ ម៉ោង ០៨:០០–១២:០០ ពិនិត្យធ្មេញកុមារ ២៤នាក់ ថ្ងៃអង្គារ ម៉ោង ១៤:០០ ប្រជុំបុគ្គលិក។ បន្ទប់លេខ ៣ និង ៤។`),

  rec('chat_lo', f`ຊ່ວຍສ້າງຕາຕະລາງລາຍການອຸປະກອນໃຫ້ແດ່: ເຄື່ອງເຮັດຄວາມເຢັນ CRAH-01 ໝາຍເລກເຄື່ອງ PW-C24-118734, MAC 00:1B:44:11:3A:B7; CRAH-02 ໝາຍເລກເຄື່ອງ PW-C24-118735, MAC 00:1B:44:11:3A:C2; ເຟີມແວ 5.8.1.`),

  rec('chat_ms', f`Saya muat turun firmware pengawal penyejuk versi 5.8.1 dan fail checksum. Boleh terangkan cara semak di Windows?

pw-ctrl-5.8.1.bin  SHA256: ${SHA('b60n-fw2')}
pw-ctrl-5.8.1.sig  SHA256: ${SHA('b60n-fw3')}`),

  rec('chat_mn', f`Иргэний хуулийн 43.1 дүгээр зүйл болон Хөдөлмөрийн тухай хуулийн 80 дугаар зүйлийг энгийн үгээр тайлбарлаж өгнө үү. Шүүхийн хэргийн дугаар 181/2024/04731/И гэж байгаа, энэ дугаар юу гэсэн утгатай вэ?`),

  rec('chat_zh_tw', f`請幫我比較這兩個映像檔版本的差異，寫成更新說明：

- registry.vinoimport.tw/stock-api:3.2.1@sha256:${SHA('b60n-dig1')}
- registry.vinoimport.tw/stock-api:3.3.0@sha256:${SHA('b60n-dig2')}

3.3.0 版：Node 20 升到 22、新增批號查詢、修正庫存負數問題。`),

  rec('chat_ja', f`「営業秘密」と「秘密保持契約（NDA）」の違いを、ワインの輸入代理店の新人向けにわかりやすく説明してもらえますか？ 取引先の価格表はどちらで守られるのかも知りたいです。`),

  rec('html', f`안녕하세요, 어린이 치과 홈페이지 로고가 레티나 화면에서 흐릿하게 보여요. 이 코드 문제일까요?

${amb('source_code.snippet', f`<img class="logo" alt="스마일키즈 치과" width="160" height="48"
     src="data:image/png;base64,${PNG_B64}">`)}`),

  rec('chat', f`We're testing the card form for the toothbrush shop in Stripe test mode. ${amb('financial.payment_card', '4242 4242 4242 4242')} goes through, but the 3DS test card doesn't show the challenge. Which test card should I use for 3DS2?`, 'well-known test card: ambiguous'),

  rec('training_script', f`Write a short role-play for training our intake volunteers. The caller is "Jamie", a tenant whose heat has been off for a week. Jamie calls from ${amb('pii.phone', '(555) 014-2233')} and is upset. The volunteer should collect the address, ask about kids in the household and explain the emergency repair process.`, 'fictional 555-01xx number: ambiguous'),

  rec('chat', f`Our practice manager wants a confidentiality agreement template for new dental nurses. Can you draft one that covers patient records, social media and what happens after they leave?`),

  rec('chat', f`Hi, for the co-op newsletter: farmers can pay for seedlings via M-Pesa Paybill 4172093, account number = your grower number (e.g. KIL-0418). Last week's payments had confirmation codes like SL24XK9P3Q. Can you write a short reminder in English and Kiswahili?`),

  rec('db_dump', f`Legacy booking system for the wine club, this is a row from the users table. Is bcrypt with cost 10 still OK or do we need to rehash?

${amb('source_code.snippet', f`INSERT INTO users (id, username, password_hash, created_at) VALUES (4187, 'wineclub_member_4187', '${ambCat('credential', BCRYPT)}', '2021-03-14 10:22:05');`)}`, 'a password hash: ambiguous, no rule claims it'),

  rec('helm', f`Servus, das Helm-Chart für die Fallverwaltung der Rechtsberatung liest das Secret nicht. Was fehlt?

${amb('source_code.snippet', f`app:
  env:
    - name: DB_PASSWORD
      valueFrom:
        secretKeyRef:
          name: fallverwaltung-db
          key: password
    - name: SMTP_PASSWORD
      value: "{{ .Values.smtp.password }}"`)}`),

  rec('chat_es_uy', f`¿Me explicás qué implica el deber de confidencialidad del abogado con el cliente en Uruguay? Lo tengo que explicar en un taller para estudiantes que hacen la pasantía en el consultorio jurídico.`),

  rec('chat_pt_ao', f`Pode explicar-me como funcionam os pagamentos por referência Multicaixa? O cliente recebeu a entidade 00347 e a referência 928 417 362 para pagar a visita técnica ao chiller, valor 485 000 Kz.`),

  rec('chat_fr_qc', f`C'est quoi le format d'un NAS au Canada? Dans notre formulaire d'aide juridique, le champ montre « 000 000 000 » comme exemple et des gens l'écrivent avec des tirets. Est-ce que je devrais accepter les deux?`),

  rec('chat_fr_cm', f`Aide-moi à rédiger le bordereau : 640 sacs de fèves de cacao bio, lot COOP-CAC-2024-48, poids net 41 600 kg, humidité 7,2 %, date de pesée 26/11/2024 à Kribi. Certificat bio n° CM-BIO-0418.`),

  rec('chat_it', f`Nel modulo per il gratuito patrocinio il campo del codice fiscale mostra come esempio "XXXXXX00X00X000X". Come posso spiegare agli utenti dello sportello dove trovarlo sulla tessera sanitaria?`),

  rec('chat_nl', f`Ons patiëntsysteem weigert het BSN 248193756 van een nieuw kind. De moeder heeft het van een brief overgetypt. Klopt het dat dit nummer niet door de elfproef komt? Schrijf een vriendelijk berichtje om het juiste nummer te vragen.`, 'BSN failing the eleven-test: not an identity number'),

  rec('network_cfg', f`Can you draw an ASCII diagram of this addressing plan for the chiller controllers at the Ashburn site?

${amb('source_code.snippet', f`mgmt VLAN 310  ${ip('10.31.0.0/24')}   gateway ${ip('10.31.0.1')}
chiller-01     ${ip('10.31.0.21')}
chiller-02     ${ip('10.31.0.22')}
bms-head-end   ${ip('10.31.0.10')}
ntp            ${ip('10.31.0.5')}`)}`, 'IP addresses: always ambiguous'),

  rec('docs', f`## Notifications (README for the signalling dashboard)

Set \`TEAMS_WEBHOOK_URL\` to the incoming-webhook URL of your channel, e.g. \`https://example.webhook.office.com/webhookb2/...\`.
For the GitHub release job use a token like \`ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\` stored as the secret \`GH_TOKEN\`. Never commit the real one.
Database: \`postgresql://<user>:<password>@<host>:5432/signalling\`.`),

  rec('chat', f`Role-play for our reception training in Harrogate: the parent rings from ${amb('pii.phone', '07700 900417')} to move her son's appointment. Write the dialogue with the receptionist offering two alternative slots.`, 'Ofcom drama number: ambiguous'),

  rec('chat_de', f`Wir haben in der Geschäftsführung darüber gesprochen, und es ist kein Geheimnis mehr, dass wir ab März auch Naturweine aus Slowenien ins Sortiment nehmen. Schreib mir bitte einen kurzen Teaser für den Newsletter.`),

  rec('pr_review', f`Is it a problem that this JWKS public key is in the repo of the field-service app? I think it's meant to be public.

${PUB_PEM}`),
];
