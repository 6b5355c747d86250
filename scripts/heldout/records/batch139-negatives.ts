/**
 * Held-out batch 139: hard negatives — container and UN numbers, ski-pass chip ids, library
 * barcodes and ISBNs, dialysis lab values, honey lot codes, masked and check-failing numbers,
 * placeholders, documentation keys and casual "confidential" (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit, luhnValid, spacedFours as g4 } from '../../corpus/checksums';
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

/** A card-shaped number whose last digit is bumped so that the Luhn check fails. */
const badCard = (payload: string): string => {
  const n = payload + String((luhnCheckDigit(payload) + 3) % 10);
  if (luhnValid(n)) throw new Error(`meant to fail Luhn: ${n}`);
  return n;
};
/** An IBAN with check digits off by one. */
const badIban = (cc: string, bban: string): string => {
  const good = Number(ibanCheckDigits(cc, bban));
  return cc + String(good === 98 ? 2 : good + 1).padStart(2, '0') + bban;
};

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b139n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b139n-pklive', B62, 97));
const PUB = pem('PUBLIC KEY', 'b139n-pub', 294);
const CERT = pem('CERTIFICATE', 'b139n-cert', 880);
const SHA = (seed: string) => fill(seed, HEX, 64);
const BCRYPT = tok('$2b$12$', fill('b139n-bcrypt', B62 + './', 53));
const BAD_VISA = badCard('453920174638291');
const BAD_MC = badCard('542817390264518');
const GIFT = badCard('603928174650192');
const BAD_IBAN_DE = badIban('DE', '120300000018273645');
const BAD_IBAN_FR = badIban('FR', '20041010050500013M02606');

export const BATCH139_NEGATIVES: DraftRecord[] = [
  rec('chat_en', f`Can you check the ISO 6346 check digits on these containers before I send the load list? MSCU 482719 3, OMCU 728401 5, TGHU 918273 6, OMCU 482719 0. The terminal rejected two of them.`),

  rec('dg_de', f`Bitte prüfe die Gefahrgutangaben in der Buchung:
UN 1263 FARBE, Klasse 3, VG II, EmS F-E, S-E, 18 Fässer à 200 l
UN 3480 LITHIUM-IONEN-BATTERIEN, Klasse 9, EmS F-A, S-I
UN 1993 ENTZÜNDBARER FLÜSSIGER STOFF, N.A.G., Klasse 3, VG III
Dürfen 3 und 9 im selben Container zusammen stehen?`),

  rec('chat_de_ch', f`D Chipkarte vom Gast lauft nöd. Chip-UID 04:A2:5B:1C:7E:80:91, Kartennummer SP-24-118372, Produkt "Saisonabo Erwachsene 24/25". Im Kassensystem isch si aktiv. Was chönnt s Problem sii?`),

  rec('chat_fr', f`Un lecteur conteste une amende pour un livre rendu : code-barres exemplaire 31982004718365, ISBN 978-2-07-036822-8, cote 843.914 CAM. Le retour a été enregistré le 12/02 à 18:47. Rédige une réponse courtoise.`),

  rec('lab_de', f`Kannst du mir die Laborwerte für die Dialysebesprechung in eine Tabelle bringen?
Platz 1: Hb 10,8 g/dl, K+ 5,4 mmol/l, Phosphat 1,9 mmol/l, Kt/V 1,38
Platz 2: Hb 9,6 g/dl, K+ 6,1 mmol/l, Phosphat 2,3 mmol/l, Kt/V 1,12
Dialysator FX80, Charge 24K1839-07, Maschine 5008S SN 6A4872`),

  rec('honey_pt_br', f`Laudo do lote 2025-MEL-0481 para exportação:
Umidade 17,8 % · HMF 6,2 mg/kg · Atividade diastásica 18,4 DN · Pólen predominante: Eucalyptus spp. (62 %)
NCM 0409.00.00 · Certificação orgânica BR-BIO-122 · Registro SIF 4418
Está dentro das normas da UE?`),

  rec('forensic_en', f`Summarise the vendor payments sample: JE-2023-004817 (£24,950.00), JE-2023-004823 (£24,980.00), JE-2023-004901 (£24,995.00), all approved by the same user within 40 minutes. Card spend on the corporate Amex ending •••• 31009 is a separate workstream.`),

  rec('test_cards', f`Our card validator accepts these although they're made up. Should it?
${BAD_VISA}
${g4(BAD_MC)}
(both typed by a guest at the pass desk; the terminal said "invalid card number")`, 'Luhn-failing card numbers, built to fail'),

  rec('chat_de', f`Der Kunde hat uns eine IBAN geschickt, die unser ERP ablehnt: ${g4(BAD_IBAN_DE)}. Ist die Prüfziffer falsch oder haben wir einen Tippfehler gemacht? Formuliere eine Rückfrage an den Kunden.`, 'IBAN with wrong check digits'),

  rec('chat_fr_iban', f`Le distributeur a tapé ${BAD_IBAN_FR} sur sa facture, le virement est revenu. Tu peux m'écrire un message pour lui demander de vérifier ?`, 'IBAN with wrong check digits'),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.test — honey shop, test mode
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/honeyshop_test
MAIL_PASSWORD=<your-mail-password>`)}

Is it fine to commit this file?`),

  rec('code_python', f`My boto3 unit test for the booking export fails after upgrading moto:

${v('source_code.snippet', f`@pytest.fixture
def aws(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "ap-southeast-1")

@mock_aws
def test_export(aws):
    s3 = boto3.client("s3")
    s3.create_bucket(Bucket="omcl-bookings", CreateBucketConfiguration={"LocationConstraint": "ap-southeast-1"})`)}`),

  rec('helm', f`${amb('source_code.snippet', f`ils:
  db:
    host: {{ .Values.db.host }}
    user: koha
    password: \${KOHA_DB_PASSWORD}
  sip2:
    login: kiosk
    password: "********"`)}

Wie übergebe ich KOHA_DB_PASSWORD am besten aus dem Secret?`),

  rec('chat_en', f`Do you have a confidentiality agreement template we could use with the new ILS vendor? Something short, mutual, for a public library consortium.`),

  rec('chat_en', f`I'm fairly confident the Benford deviation is caused by the fixed monthly rent payments, not manipulation. How do I explain that to a non-accountant?`),

  rec('chat_en', f`What is confidential computing and would it help us process dialysis data in the cloud? Just a high-level explanation please.`),

  rec('chat_de', f`Wie spreche ich ein heikles Thema vertraulich mit meiner Stationsleitung an, ohne dass es gleich das ganze Team erfährt? Es geht um Dienstplanwünsche.`),

  rec('chat_ja', f`社内で機密情報をChatGPTに入力しないようにするためのガイドラインを作りたいです。船会社のブッキング部門向けに、やってはいけない例を5つ挙げてください。`),

  rec('test_card', f`Stripe test mode: the season pass checkout works with ${amb('financial.payment_card', '4242 4242 4242 4242')} but 3DS never shows. Which test card triggers the challenge?`),

  rec('form_en_us', f`Our patron self-registration form validation lets this through: SSN ${amb('pii.us_ssn', '123-45-6789')}, phone ${amb('pii.phone', '(970) 555-0143')}. We don't even need SSNs — how do I remove the field in the Koha OPAC?`),

  rec('chat_en_gb', f`For the training video about the dialysis transport booking we used made-up numbers: patient line ${amb('pii.phone', '07700 900482')}, unit ${amb('pii.phone', '020 7946 0318')}. Are those safe to show on screen?`),

  rec('chat_ko', f`배포 로그에 이런 값들이 찍히는데 민감 정보인가요?
request_id=5f2c9a81-3d47-4e0b-9b16-c72e8d4b5f03
commit=8b1f03dc27e9a45d90b3ea13f6c8e2d4b7a90c1e
image sha256:${SHA('b139n-img')}`),

  rec('lockfile', f`${amb('source_code.snippet', f`"node_modules/marc-record-js": {
  "version": "4.2.1",
  "resolved": "https://registry.npmjs.org/marc-record-js/-/marc-record-js-4.2.1.tgz",
  "integrity": "sha512-${fill('b139n-integ', B64, 86)}=="
}`)}
这个 integrity 字段每次安装都会变吗？`),

  rec('pubkey', f`This is the public key the customs broker gave us for the AS2 partner profile, and their certificate. Which one goes where in Mendelson?

${PUB}

${CERT}`),

  rec('chat_de_ch', f`Mir händ es Update vo de Liftsteuerung becho: Firmware 4.12.1.3, Bootloader 2.0.7. Isch das die Version wo s Problem mit em Notstopp behebt?`),

  rec('chat_fr_ca', f`La tempête de verglas a fermé trois succursales de la bibliothèque du 8 au 10 janvier. Les prêts échus entre le 2025-01-08T00:00 et le 2025-01-10T23:59 doivent être prolongés. Comment le faire en lot dans Koha?`),

  rec('chat_es_mx', f`El paquete con los lectores de códigos de barras viene por DHL, guía 7741 0293 85, y por Estafeta 8055 1127 4902 8833 01. ¿Cómo aviso a las sucursales de la red de bibliotecas cuándo llegan?`),

  rec('receipt_it', f`Ricevuta skipass n. 2025-0019384
Prodotto: 6 giorni adulto · CHF 384.00
Pagato con: Mastercard •••• •••• •••• 4410
Data: 02.02.2025 09:14, Cassa 3 Valle
Puoi tradurre in inglese per il cliente?`),

  rec('policy_de', f`Bitte formuliere unsere Passwortrichtlinie für die Pflegekräfte verständlicher: Passwort mindestens 12 Zeichen, Groß- und Kleinbuchstaben, eine Zahl, kein Wort aus dem Wörterbuch, Wechsel alle 180 Tage, nicht am Dialysegerät notieren.`),

  rec('chat_ru', f`В карточке пользователя в системе видно только «Пароль: ********» и кнопку «Сбросить». Как сбросить пароль читателю, если он не помнит e-mail?`),

  rec('readme', f`In the README for our opac-theme repo, the example says:

export GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
export KOHA_API_KEY=YOUR_API_KEY

Is it OK to leave these placeholders or will secret scanning complain?`),

  rec('hash', f`Found this in the user table of the old honey shop, is it safe to migrate as-is to the new platform? password_hash = ${amb('credential.password_assignment', BCRYPT)}`),

  rec('chat_ka', f`საფუტკრეების კოორდინატები რუკისთვის: 41.9183, 45.4772 (თელავი) და 42.2679, 42.6946 (ქუთაისი). როგორ დავამატო ისინი Google My Maps-ში?`),

  rec('chat_de_at', f`Technische Daten der neuen 10er-Gondelbahn für die Pressemappe: Förderleistung 2.400 P/h, Fahrgeschwindigkeit 6,0 m/s, 92 Kabinen, Höhenunterschied 1.018 m, Seilnummer 2024-0587-AT. Bitte in flüssigen Text bringen.`),

  rec('bulletin_it', f`Bollettino valanghe 14.02: pericolo 3 (marcato) sopra i 2.200 m, esposizioni N-NE. Neve fresca 45 cm a 2.500 m, vento da NW 40-60 km/h. Traduci in tedesco e francese per gli schermi della biglietteria.`),

  rec('chat_el', f`Μπορείς να ελέγξεις τα στοιχεία του πλοίου για το booking; OMCL CORALINE, IMO 9784312, MMSI 636019825, call sign D5TR7, LOCODE GRPIR → ILHFA, ETA 2025-03-04 06:00.`),

  rec('marc', f`Explain what these MARC fields mean to a new cataloguer:
020 ## $a 9780143127741 (pbk.)
035 ## $a (OCoLC)881183092
082 04 $a 363.7/3874 $2 23
245 10 $a The sixth extinction : $b an unnatural history`),

  rec('table_hu', f`Varroa-számlálás a kaptárakban (atka / 24 óra), kérlek készíts belőle diagramot:
K-01: 4, 6, 11 · K-02: 2, 3, 3 · K-03: 15, 22, 31 · K-04: 0, 1, 2
Melyik kaptárat kell azonnal kezelni?`),

  rec('chat_pl', f`Aparat do dializy pokazuje alarm 2817 "Ciśnienie żylne za wysokie", potem 2820. Co zwykle oznacza ta kombinacja i co sprawdzić najpierw przy przetoce?`),

  rec('chat_ar', f`أحتاج شرحاً مبسطاً لقانون بنفورد للعميل: في العينة ظهر الرقم 1 كأول رقم في 29.8٪ من الفواتير، والرقم 9 في 4.9٪. هل هذا طبيعي؟`),

  rec('lab_tr', f`Laboratuvar raporu: numune no. BAL-25-00417, parti ANZ-2025-07, nem %17,2, HMF 4,8 mg/kg, prolin 612 mg/kg. Bunu İngilizce özet olarak yazar mısın?`),

  rec('weather_sv', f`Väderstationen på toppen rapporterar: −14,2 °C, vind 18 m/s från NV, snödjup 142 cm, position 63.4289 N, 13.0814 E. Kan du skriva en kort pistrapport för appen?`),

  rec('vgm_zh_tw', f`幫我核對 VGM：櫃號 OMCU7284015，皮重 2,230 kg，貨重 18,420 kg，VGM 20,650 kg，稱重方式 SM2，簽署人 陳先生。數字有沒有對？`),

  rec('gift_nl', f`Een klant wil met een cadeaukaart van de honingwinkel betalen, nummer ${g4(GIFT)}, maar de kassa zegt "ongeldig". Kan je een antwoord schrijven dat we het saldo handmatig controleren?`, 'store gift card number, built to fail Luhn'),

  rec('chat_he', f`אני רוצה לכתוב פוסט לאתר הקואופרטיב על "הסוד של דבש אקליפטוס טוב" – משהו חם ואישי, בלי מספרים. תוכל לעזור?`),

  rec('chat_th', f`ช่วยอธิบายรหัส EmS F-E, S-E ในใบประกาศสินค้าอันตรายให้หน่อยครับ ลูกค้าถามว่าทำไมต้องวางตู้ไว้บนดาดฟ้าเรือ`),

  rec('chat_sr', f`Како да подесим шаблон везе у конфигурацији? У документацији пише: postgres://USER:PASSWORD@HOST:5432/DBNAME — шта тачно иде уместо HOST ако је база на истом серверу?`),
];
