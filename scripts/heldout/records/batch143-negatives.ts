/**
 * Held-out batch 143: hard negatives from the batch's six organisations — tail numbers, NOTAMs,
 * warehouse-receipt and lot numbers, VINs, case references, placeholders, test keys, failing
 * check digits, hashes and casual uses of "confidential" / "secret" in many languages. Unlabelled
 * apart from ambiguous spans. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit, luhnValid } from '../../corpus/checksums';
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, DIGITS, HEX, b64Bytes, fill, pem, tok } from '../tokens';

/** A card-shaped number whose last digit is one off its Luhn digit (so it fails). */
const badCard = (seed: string, prefix: string, len: number): string => {
  const body = prefix + fill(seed, DIGITS, len - prefix.length - 1);
  const bad = body + String((luhnCheckDigit(body) + 1) % 10);
  if (luhnValid(bad)) throw new Error('meant to fail');
  return bad;
};
/** An IBAN with its check digits off by one (fails mod 97). */
const badIban = (cc: string, bban: string): string => {
  const good = Number(ibanCheckDigits(cc, bban));
  const bad = String(good === 98 ? 2 : good + 1).padStart(2, '0');
  return (cc + bad + bban).replace(/(.{4})(?=.)/g, '$1 ');
};
const SHA = (seed: string) => fill(seed, HEX.toLowerCase(), 64);

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b143n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b143n-pklive', B62, 97));
const GIFT = badCard('b143n-gift', '6034', 16);
const LOYALTY = badCard('b143n-loyal', '5041', 16);
const BAD_TR = badIban('TR', '00061' + '0' + '0938271645029183');
const BAD_DE = badIban('DE', '70020270' + '0016382749');
const PUB_PEM = pem('PUBLIC KEY', 'b143n-pub', 294);
const BCRYPT = tok('$2y$12$', fill('b143n-bcrypt', B62 + './', 53));
const PNG_B64 = b64Bytes('b143n-png', 240);
const SSH_PUB = tok('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI', fill('b143n-sshpub', B64, 43));

export const BATCH143_NEGATIVES: DraftRecord[] = [
  rec('ops_en_au', f`Summarise today's air ops for the morning brief:
- Bomber 210 (N472AT, AT-802F) — 4 drops on Fire 25-0318 near Lithgow, -33.4812, 150.1576
- Helitak 331 (VH-EHU, Bell 214B) on standby at Bankstown, FREQ 122.075 / air-attack 133.85
- NOTAM A0421/25: TRA over Wollemi NP 0800–1800 LT, SFC–FL125
- Retardant used: 14,200 L Phos-Chek LC95A; lot 24-11872`),

  rec('log_de_ch', f`Chönd ihr das Einsatzprotokoll uf Hochdütsch umschriibe?

09:12 Alarmierig Kantonspolizei GR, Brand oberhalb Zernez, Koordinate 2'804'150 / 1'175'300
09:31 HB-ZKB startet ab Samedan (LSZS), Squawk 7421
09:58 erster Wasserabwurf, 900 l Bambi-Bucket
11:40 Einsatz beendet, total 23 Rotationen, Einsatznummer 2025-GR-0417`),

  rec('chat_fr_ca', f`Peux-tu me faire un résumé de la journée pour le rapport? Feu n° 427 (secteur Chibougamau), 48° 55′ N, 74° 22′ O, 1 340 ha. CL-415 C-FAYN et C-FYXG: 62 écopages au lac Mistassini entre 13 h et 19 h. Prochaine mise à jour à 6 h.`),

  rec('chat_es', f`Resume estos datos del expediente para la comisión: expediente VPO-2025-1193, referencia catastral 9872023VH5797S0001WX, superficie útil 68,40 m², 3 dormitorios, planta 3ª, calificación energética E. Lista de espera: posición 214 de 1.870.`),

  rec('form_nl', f`Maak dit aanvraagformulier toegankelijker (labels, foutmeldingen):

Naam: ____________________
BSN: _ _ _ _ _ _ _ _ _
Geboortedatum: DD-MM-JJJJ
IBAN: NL00 BANK 0000 0000 00
Telefoon: 06-________
Aantal personen in huishouden: [  ]`),

  rec('chat_it', f`Mi prepari la scheda tecnica per il cliente? Telaio ZFF09RPA7P0298173, targa prova X0 1827, immatricolazione 03/2025, km 412, colore Rosso Corsa, ordine n. CST-MI-2025-00871.`),

  rec('chat_pt_br', f`Explica pro cliente como pagar o boleto da documentação do carro: linha digitável 34191.79001 01043.510047 91020.150008 9 10560000185000, vencimento 28/03, valor R$ 1.850,00. Pedido 2025/00412.`),

  rec('chat_ja', f`受付番号 HS-2025-004187 の入居申込について、審査結果の通知文を作ってください。抽選倍率は 12.4 倍、物件番号 A-0317、家賃 58,000円、入居予定日 2025年4月1日です。`),

  rec('chat_ko', f`견적서 번호 CM-SEL-2025-0318, 차량번호 123가 4567(시승차), 차대번호 WP1ZZZ9YZRDA18273 기준으로 리스 견적 비교표 만들어 주세요. 월 납입금 3,480,000원, 잔가율 55%.`),

  rec('chat_zh', f`帮我核对这批仓单信息：仓单编号 SC-TJ-2025-000318，批次号 GH-2502-17，ICE 认证编号 ICE-CC-24-18273，净重 25,140 kg，加纳可可豆主季豆。入库日期 2025-02-17。`),

  rec('env_en_us', f`${amb('source_code.snippet', f`# .env.test for the deal-desk payments service — test mode only, committed on purpose
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/dealdesk_test
WEBHOOK_SECRET=<set-in-vault>`)}

is it a problem that the publishable key is the live one?`),

  rec('script_en_gb', f`Write a short radio-drama scene for our podcast: a housing officer rings a tenant. The tenant's number on screen is ${amb('pii.phone', '07700 900418')} and the office line is ${amb('pii.phone', '020 7946 0732')}. Keep it under 200 words.`, 'Ofcom drama numbers: ambiguous'),

  rec('script_en_us', f`For the training video on F&I compliance, the fake customer calls from ${amb('pii.phone', '(555) 010-0187')}. Write the dialogue where the manager explains the GAP waiver without pressuring her.`, 'fictional 555-01xx number: ambiguous'),

  rec('code_python_de', f`Unser Test für den Upload der Wärmebilder schlägt mit moto 5 fehl:

${v('source_code.snippet', f`@pytest.fixture
def aws_env(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

@mock_aws
def test_upload_ir(aws_env):
    s3 = boto3.client("s3", region_name="eu-central-1")
    s3.create_bucket(Bucket="ir-scans", CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})`)}`, 'AWS documentation keys in a fixture; the fixture itself is code'),

  rec('chat_sv', f`Har du en mall för sekretessavtal som vi kan skicka till nya konsulter i matchningsteamet? Den ska vara på svenska och max två sidor.`, 'asking for a confidentiality agreement template: casual'),

  rec('chat_fr', f`Il me faudrait un modèle d'accord de confidentialité pour les journalistes pigistes qui travaillent sur l'enquête. Quels articles sont indispensables ?`),

  rec('chat_ru', f`Напиши короткий пост для соцсетей редакции: «Секрет хорошего расследования — терпение и документы». Добавь три хэштега.`),

  rec('chat_ar', f`رتب هذه الشحنات حسب تاريخ الوصول: الحاوية MSCU4827163 (بن أرابيكا، 19,200 كغ، تصل 14 مارس)، الحاوية MAEU7381920 (كاكاو، 24,000 كغ، تصل 9 مارس)، بوليصة الشحن MEDU9182734، رحلة الباخرة MSC ARINA رقم 512W.`),

  rec('chat_he', f`תסדר לי לוח זמנים לוועדה: דירה 14 ברחוב הרצל 22, קומה 3, 68 מ"ר; דירה 7 ברחוב ביאליק 5, קומה 1. מספר תיק 2025-0318, ישיבה ב-17.3 בשעה 09:30.`),

  rec('chat_el', f`Χρειάζομαι τις παραπομπές σε σωστή μορφή για το ρεπορτάζ: ΦΕΚ Β' 1827/2024, ν. 4412/2016 άρθρο 32, ISBN 978-960-16-8273-4, ΑΔΑ 9ΤΡΘ46ΜΤΛΚ-7Φ2.`),

  rec('chat_pl', f`Klient płaci kartą podarunkową salonu nr ${GIFT} i system jej nie przyjmuje. Na paragonie widać tylko kartę •••• 4417. Jak mu to wytłumaczyć?`, 'gift-card number that fails the Luhn check'),

  rec('chat_tr', f`Müşteri bu IBAN'a havale yapamadığını söylüyor: ${BAD_TR}. Banka "geçersiz IBAN" diyor. Kontrol hanesi mi hatalı, nasıl anlatırım?`, 'IBAN with wrong check digits'),

  rec('chat_de', f`Der Kunde hat uns für die Lastschrift ${BAD_DE} genannt, die Bank lehnt ab ("IBAN ungültig"). Kannst du eine höfliche Rückfrage formulieren?`, 'IBAN with wrong check digits'),

  rec('chat_hi', f`Pilot ka travel plan bana do: PNR 4827193650, train 12137 Punjab Mail, coach B2 seat 41, Nashik Road 21:15 departure. Helibase reporting 06:00, sortie number NS-25-0318.`),

  rec('chat_th', f`ช่วยสรุปสถานะการส่งเอกสารให้ทีมข่าว: พัสดุ EMS EF582719364TH ส่งวันที่ 10 มี.ค. เลขที่หนังสือ สธ 0218/2568 และคำขอข้อมูลข่าวสารเลขที่ 318/2568`),

  rec('chat_vi', f`Tóm tắt giúp mình hợp đồng mua cà phê: số HĐ SC-VN-2025-0217, 120 tấn Robusta loại S18, độ ẩm tối đa 12,5%, giao tại kho Thủ Đức, giá 5.480 USD/tấn FOB.`),

  rec('chat_id', f`Buatkan ringkasan stok gudang kakao Makassar: resi gudang RG-MKS-2025-0412, 184 karung, kadar air 7,2%, bean count 98/100 g, sertifikat mutu SNI 2323:2008.`),

  rec('chat_zh_tw', f`幫我整理這些發票給會計：統一發票 AB-48271936、CD-10293847，訂單編號 CMT-TPE-2025-0318，車身號碼 SCA665C05RU218374。`),

  rec('log_uk', f`Поясни, чому запит повільний:

${amb('source_code.snippet', f`2025-03-11T09:14:22.481Z INFO request_id=3f7c2a91-58d4-4e0b-9a16-c72e8d4b5f03 path=/api/investigations/2025-017/documents status=200 dur_ms=38
2025-03-11T09:14:23.903Z WARN request_id=8e2b14c7-6a35-4c8f-b0d9-2e6a41f7c385 path=/api/search?q=тендер status=200 dur_ms=4120`)}`),

  rec('git_cs', f`Potřebuju vrátit změnu v parseru skladových listů. git log --oneline ukazuje:

9f3b7a2 fix(parser): čárka jako desetinný oddělovač
c27e9a4 feat: podpora šarží s lomítkem
4e7a2c9 chore: bump serde 1.0.217

A v Cargo.lock je serde 1.0.217 s checksum ${SHA('b143n-cargo')}. Jak vrátit jen c27e9a4?`),

  rec('config_ro', f`${amb('source_code.snippet', f`# config.example.yml — copiați în config.yml
db:
  host: localhost
  user: ancheta
  password: \${DB_PASSWORD}
notion:
  token: <tokenul-integrării>
smtp:
  password: ********`)}

Scrie un README scurt care explică fiecare câmp.`),

  rec('docker_bg', f`Какво се промени между двете версии на образа за складовите разписки?
- registry.sablecrane.bg/receipts:3.4.1@sha256:${SHA('b143n-bg1')}
- registry.sablecrane.bg/receipts:3.5.0@sha256:${SHA('b143n-bg2')}
Changelog: Node 20.18 → 22.12, нов експорт в CSV, поправка на закръгляването.`),

  rec('chat_sr', f`Напиши кратак текст за интерни билтен: „Тајна брзе интервенције није у авиону, већ у људима на земљи.“ Помени да је сезона почела 1. јуна.`),

  rec('chat_hr', f`Kolega pita je li sigurno staviti ovo na wiki. To je samo javni ključ, zar ne?

${SSH_PUB} fi-desk@castellan-zg

i javni ključ za potpisivanje ugovora:
${PUB_PEM}`),

  rec('chat_hy', f`Մեր դոնորական պորտալը չի կառուցվում։ package.json-ում react@18.2.0, next@14.2.5, @tanstack/react-query@5.51.1 են։ Ո՞ր տարբերակն է խնդրահարույց։`),

  rec('chat_am', f`የቡና ውል ዝርዝሩን አሳጥርልኝ: የECX ውል ቁጥር LWYCA3-25-0318፣ ደረጃ 3፣ 150 ኩንታል፣ መጋዘን ሀዋሳ፣ የመረከቢያ ቀን መጋቢት 20።`),

  rec('chat_sw', f`Niandikie ujumbe kwa mkulima: malipo yametumwa kwa M-Pesa, nambari ya muamala SCK7H2L9QX, kiasi TSh 1,840,000, stakabadhi ya ghala Na. GH-MSH-2025-0217.`),

  rec('chat_bn', f`আমাদের নিউজরুমের গোপনীয়তা নীতির একটা সহজ সারাংশ লিখে দাও, পাঠকদের জন্য। কুকি আর বিশ্লেষণ টুল নিয়ে দুই লাইন রাখো।`),

  rec('chat_fa', f`برنامه انتشار گزارش تحقیقی را مرتب کن: قسمت اول ۱۵ فروردین ۱۴۰۴، قسمت دوم ۲۲ فروردین، پخش رادیویی ساعت ۲۰:۳۰. کد پرونده داخلی INV-1404-07.`),

  rec('chat_es_co', f`¿El código ${amb('financial.swift_bic', 'BCOLCOBMXXX')} es el de Bancolombia para recibir el pago del contrato de café? El exportador también nos dio el NIT 900.318.274-1 de la empresa.`, 'a BIC alone: ambiguous; company NIT: not personal'),

  rec('chat_fi', f`Pankki näyttää veloituksen näin: "FI** **** **** **18, viite 1234 5612". Mistä laskusta on kyse? Meillä on lentopolttoaine ja hangaarivuokra.`),

  rec('css_da', f`Hvorfor er logoet sløret på donorsiden på retina-skærme?

${amb('source_code.snippet', f`.logo {
  width: 120px;
  height: 40px;
  background: url("data:image/png;base64,${PNG_B64}") no-repeat center / contain;
}`)}`),

  rec('chat_et', f`Vanas arhiivisüsteemis on paroolide veerus sellised väärtused: ${ambCat('credential', BCRYPT)}. Kas bcrypt cost 12 on 2025. aastal piisav?`, 'a password hash: ambiguous, no rule id'),

  rec('chat_ca', f`Necessito una plantilla d'acord de confidencialitat per als membres de la comissió d'adjudicació d'habitatge. Que sigui breu i en català.`),

  rec('docs_no', f`## Pålogging til vaktlisteportalen

Brukernavn: fornavn.etternavn
Passord: <ditt passord>
Første gang: bruk engangskoden fra SMS og velg et nytt passord på minst 14 tegn. Del aldri passordet ditt med kollegaer.`),

  rec('chat_da', f`Lav en oversigt over donor-ID'erne til kvartalsrapporten: D-3318, D-3402, D-3517 og D-3609 har alle nået grænsen på 12 familier. Batchnumre: 25-0117-A, 25-0204-C.`),

  rec('chat_cs', f`Zákazník zadal číslo věrnostní karty ${LOYALTY} a pokladna ho odmítá. Je to překlep? Napiš mu krátkou odpověď.`, 'loyalty-card number that fails the Luhn check'),

  rec('chat_nl_be', f`Voor de opleiding van de showroomverkopers: welke testkaart gebruik ik in de sandbox van de betaalterminal? In de handleiding staat ${amb('financial.payment_card', '4111 1111 1111 1111')}, maar die werkt niet bij 3D Secure.`, 'well-known test card: ambiguous'),

  rec('chat_fr_be', f`Que le budget de la rédaction soit en baisse, c'est un secret de polichinelle. Aide-moi à écrire un édito léger là-dessus, 150 mots.`),

  rec('chat_lv', f`Sagatavo kopsavilkumu: helikopters YL-HFR (Mi-17), 2025. gada sezonā 142 lidojumi, kopā 318 stundas, ūdens izmests 1 240 t. Bāze: Rīga, Spilve (EVRS).`),

  rec('chat_lt', f`Patikrink kavos siuntos dokumentus: konosamentas MSCU-KLJ-25-0318, konteineris TGHU8273645, partija 25/017, svoris 19 200 kg.`),

  rec('chat_en_us2', f`Our dealer wifi controller shows a bunch of devices; which of these is the F&I printer? ${amb('pii.ip_address', '192.168.40.21')} (HP-LJ-M479), ${amb('pii.ip_address', '192.168.40.37')} (unknown), ${amb('pii.ip_address', '192.168.40.52')} (iPad-Showroom). Gateway is ${amb('pii.ip_address', '192.168.40.1')}, mask 255.255.255.0.`),

];
