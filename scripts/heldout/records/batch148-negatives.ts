/**
 * Held-out batch 148: hard negatives — identifiers, numbers and wording from the six settings that
 * look sensitive and are not (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart
 * from ambiguous spans and pasted code. Many languages. Hand-written.
 */
import { ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, tok } from '../tokens';

/** A Luhn-valid number with its last digit bumped: fails the check. */
const bumpLast = (d: string) => d.slice(0, -1) + String((Number(d[d.length - 1]) + 1) % 10);
const GIFT_FR = bumpLast(luhnWithCheck('501873920461528'));
const FUEL_CARD = bumpLast(luhnWithCheck('700824193650271'));
const IBAN_DE_OK = ibanWithCheck('DE', '210700200482719360');
const IBAN_DE_BAD = `DE${String((Number(IBAN_DE_OK.slice(2, 4)) + 11) % 100).padStart(2, '0')}${IBAN_DE_OK.slice(4)}`;
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b148n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b148n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const ED25519_PUB = tok('AAAAC3NzaC1lZDI1NTE5AAAAI', fill('b148n-edpub', B64, 43));
const CERT_B64 = b64Bytes('b148n-cert', 96);

export const BATCH148_NEGATIVES: DraftRecord[] = [
  // ── vineyard estate ────────────────────────────────────────────────────────────
  rec('chat_fr', f`Aide-moi à écrire la fiche de dégustation : c'est un vin confidentiel, à peine 1 800 bouteilles, issu d'une parcelle de vieux grenache sur schistes. Nez de garrigue, bouche ample, finale saline. Je veux garder un ton sobre.`, '"vin confidentiel" is wine jargon for a tiny production'),

  rec('chat', f`Write a fun cellar-door blurb for our "Secret Block" shiraz — the secret is a tiny patch of 1912 vines behind the shed that nobody on the tour ever notices. Keep it under 60 words.`),

  rec('chat_ka', f`დამეხმარე ღვინის ბარათის შედგენაში: რქაწითელი 2022, ქვევრი 1 200 ლიტრი, კანზე დაყოვნება 6 თვე, ალკოჰოლი 13,5%. საფერავი 2021, ქვევრი 2 000 ლიტრი, ალკოჰოლი 14%. ლოტის ნომრები: RK-22-Q07, SP-21-Q12.`),

  rec('chat_hi', f`नासिक के हमारे अंगूर के बाग की इस साल की कटाई का सारांश अंग्रेज़ी में लिख दीजिए: शिराज़ – 18.4 टन, ब्रिक्स 23.8; सॉविन्यॉन ब्लां – 11.2 टन, ब्रिक्स 21.5; कटाई 14 से 27 फ़रवरी 2025 तक।`),

  rec('chat_hr', f`Molim te, provjeri etikete: Vinarija Brda, Rebula 2023, serija L23-0418, 12,5 % vol., 0,75 l. Sivi pinot 2023, serija L23-0422. Na stražnjoj etiketi nedostaje oznaka "sadrži sulfite".`),

  rec('chat_gsw', f`Weisch en Geheimtipp für es Weingut am Bielersee, wo mer mit ere Gruppe vo 12 Lüt degustiere cha? Am liebschte mit Chasselas und öppis chlises z'Ässe.`),

  rec('chat_hy', f`Գրիր կարճ տեքստ մեր գինու տուրի կայքի համար. Արենիի գինու գաղտնիքը հին սորտն է և քարանձավային պահեստավորումը։ Տուրը տևում է 3 ժամ, արժե 25 000 դրամ։`, 'the "secret" of a wine, casual'),

  rec('chat', f`Our club members keep asking what "Cellar Club tier 3 / allocation code CC3-2025-SPR" means on the invoice. Can you write an FAQ entry? The allocation is 6 bottles, ships 1 April, members can swap up to 2 bottles online.`),

  // ── forensic DNA laboratory ────────────────────────────────────────────────────
  rec('chat', f`Can you format this STR profile into a table for the report appendix?

D8S1179 13,14 · D21S11 29,30.2 · D7S820 10,11 · CSF1PO 11,12 · D3S1358 15,17 · TH01 6,9.3 · D13S317 11,11 · D16S539 9,12 · D2S1338 17,23 · D19S433 14,15.2 · vWA 16,18 · TPOX 8,8 · D18S51 13,16 · D5S818 11,12 · FGA 21,24 · Amelogenin X,Y`, 'an anonymised STR profile: allele numbers, not identifiers the engine handles'),

  rec('chat_nl', f`Zet deze sporendragers in volgorde van inbeslagname: FDL-25-004718-01 (sigarettenpeuk, 11-03 22:40), FDL-25-004718-02 (blikje, 11-03 22:45), FDL-25-004718-03 (handschoen, 12-03 01:15). Zaaknummer PL0900-2025-114782, onderzoeksaanvraag 2025/0387.`),

  rec('chat_sv', f`Vi har fått nya extraktionskit. Kan du skriva ett kort meddelande till labbet? Lot 2503A418, utgångsdatum 2026-09-30, katalognummer 69506. Gamla lot 2409B117 ska användas först.`),

  rec('sha_list', f`Checksums of the FASTQ files we're sending to the sequencing partner — can you write the verification command for them?

${SHA('b148n-fq1')}  S12_R1_001.fastq.gz
${SHA('b148n-fq2')}  S12_R2_001.fastq.gz
${SHA('b148n-fq3')}  S13_R1_001.fastq.gz`),

  rec('chat_he', f`תסכם לי בבקשה את הסטטוס: תיק 11872/25 — 4 מוצגים נקלטו ב-18.3, מוצג 2 נשלח לבדיקת Y-STR, דו"ח צפוי עד 15.4. תיק 11903/25 ממתין לדגימת השוואה.`),

  rec('chat_de', f`Wir überlegen, für Vaterschaftstests einen Vertrauensanwalt einzuschalten. Kannst du mir eine Vorlage für eine Vertraulichkeitsvereinbarung mit externen Gutachtern erstellen? Nur die Struktur, keine Namen.`, 'asks for a confidentiality agreement template: casual'),

  // ── car-rental franchise ───────────────────────────────────────────────────────
  rec('chat', f`Damage report batch from the Faro branch, please group by model:

WVWZZZAWZPY118274 Polo, km 18,420, rear bumper scuff
VF1RJA00X68427193 Clio, km 32,005, windscreen chip
TMBJJ7NE4M0482719 Octavia, km 41,770, alloy rim
ZFA31200000948271 Panda, km 9,114, wing mirror`, 'VINs and odometer readings'),

  rec('chat_es', f`Ordena estas multas por fecha y dime cuáles ya han prescrito: expediente 2024/118374 (07/10/2024, Málaga, 100 €), boletín MA-0482719 (15/12/2024, Marbella, 200 €), denuncia 29-2025-004817 (03/02/2025, Torremolinos, 80 €). Matrículas 4821 LKM y 7390 MNB.`),

  rec('chat_el', f`Φτιάξε μου πίνακα για τα αυτοκίνητα που επιστράφηκαν σήμερα: ΙΚΗ-4821 (Yaris, 42.180 km, καύσιμο 3/4), ΗΡΑ-7390 (i20, 18.905 km, γεμάτο), ΧΝΝ-1123 (Fiesta, 61.422 km, 1/2).`),

  rec('chat_ar', f`رتب لي هذه العقود حسب تاريخ الإرجاع: العقد DXB-250314-0087 (لوحة دبي K 48271)، العقد DXB-250315-0112 (لوحة دبي M 73902)، العقد AUH-250316-0044 (لوحة أبوظبي 12 48391).`),

  rec('chat_tr', f`Şube raporunu özetler misin: Mart ayında 1.284 kiralama, 37 hasar kaydı, ortalama hasar bedeli 2.940 TL, 12 HGS ihlali. En çok hasar: 34 ABC 482 ve 07 DEF 193 plakalı araçlar.`),

  rec('chat_fr', f`Un client nous dit que sa carte cadeau ${GIFT_FR} n'est pas acceptée pour payer la franchise. Peux-tu me rédiger une réponse expliquant que les cartes cadeaux ne couvrent pas la caution ?`, 'gift-card number that fails the Luhn check'),

  rec('chat', f`Fleet fuel card ${spacedFours(FUEL_CARD)} got declined at the Shell in Albufeira for car 42-XL-17. Who do I call — the fuel card provider or the branch manager?`, 'fuel card number that fails the Luhn check'),

  rec('chat_th', f`ช่วยสรุปการจองวันนี้ให้หน่อย: HKT-25032401 รับรถ 10:00 คืน 28/03, HKT-25032402 รับรถ 13:30 คืน 30/03, HKT-25032403 ยกเลิก. รถที่ว่าง: Vios 3 คัน, Fortuner 1 คัน.`),

  rec('chat', f`For the staff training deck on phone etiquette, give me a sample script where the agent reads back the callback number ${amb('pii.phone', '(555) 014-2238')} and the booking ref KX-48271 to the customer.`, 'fictional 555-01xx number: ambiguous'),

  // ── offshore platform: permit to work ──────────────────────────────────────────
  rec('chat_no', f`Kan du sette opp en oversikt over aktive arbeidstillatelser? AT-2025-0418 (varmt arbeid, M14, gyldig til 18:00), AT-2025-0421 (kaldt arbeid, dekk 2), isolasjonssertifikat IS-0388 tilknyttet 21-PSV-1042 og 21-XV-2291. SJA-nummer 7731.`),

  rec('chat', f`Gas test results before entry into tank T-304: O2 20.9%, LEL 0%, H2S 0 ppm, CO 2 ppm at 06:40; retest 08:40 O2 20.8%, LEL 1%, H2S 0 ppm. Can you write this up as the confined-space entry log entry?`),

  rec('chat_ru', f`Переведи на английский: «Наряд-допуск № НД-2025-0417, огневые работы, 3-я палуба. Анализ газовоздушной среды проведён в 07:30. Ответственный — начальник смены».`),

  rec('chat', f`Our PTW tablets show "firmware 4.12.1.3 — update to 4.12.2.0 available". The vendor says the update changes the isolation confirmation screen. Write a change request for the OIM.`, 'firmware version strings, not IP addresses'),

  rec('chat_ms', f`Tolong buat ringkasan laporan harian: 14 permit kerja dikeluarkan, 2 digantung kerana angin melebihi 35 knot, 1 nyaris kemalangan di kawasan pig launcher. Nombor laporan DR-2025-0324.`),

  rec('chat_ru', f`Сделай таблицу по нарядам-допускам за неделю: НД-0412 (огневые, модуль 3), НД-0415 (газоопасные, резервуар Р-2), НД-0419 (на высоте, факельная стрела). Все закрыты, замечаний 2.`),

  rec('pub_key', f`Is it safe to paste the platform jump host's public key into the contractor onboarding document?

ssh-ed25519 ${ED25519_PUB} ptw-jump-01`, 'a public key'),

  // ── university library ─────────────────────────────────────────────────────────
  rec('chat_it', f`Puoi controllare questi ISBN per la richiesta di prestito interbibliotecario? 978-88-06-21874-3 (Einaudi), 978-88-15-28491-0 (Il Mulino), 978-3-16-148410-0 (Mohr Siebeck). Il terzo ci serve entro il 15 aprile.`),

  rec('chat_de', f`Bitte prüfe die ISSNs für unsere E-Zeitschriften-Liste: Zeitschrift für Rechtsgeschichte 0323-4096, Archiv für Kulturgeschichte 0003-9233, DOI-Präfix 10.1515. Drei Titel laufen Ende 2025 aus.`),

  rec('chat_ja', f`所蔵確認をお願いします。NCID: BA84827193、請求記号 210.1/Ka 73、ISBN 978-4-00-022748-1。相互貸借で他館から取り寄せる予定です。`),

  rec('chat_ko', f`이 도서들의 청구기호를 정리해 주세요: 811.6 김64ㅅ, 913.05 박53ㅎ, ISBN 979-11-5931-482-7. 상호대차 요청번호 ILL-2025-04718.`),

  rec('chat_zh', f`帮我核对一下这批馆际互借的快递单号：SF1482719360274、YT7390482716305，订单号 ILL20250324001。书名《中国古代史研究》，索书号 K220.7/482。`),

  rec('chat', f`Please sort these ILL records by UDC: 94(474.3) "Latvian history", 821.174-3 "Latvian prose", 37.01 "Pedagogy". The lending request from Riga is SBA-2025-118.`),

  rec('chat_lt', f`Ar galite patikrinti šių žurnalų ISSN? Lituanistica 0235-716X, Knygotyra 0204-2061. Prenumerata baigiasi gruodžio 31 d., licencija nr. LIC-2024-0418.`),

  rec('chat', f`A patron asked why our "confidential" reading-room requests aren't really confidential. Can you write a short FAQ answer explaining that ILL staff see the title but it's never shared with the lending library beyond what's needed?`, 'casual use of the word "confidential"'),

  // ── credit bureau: disputes ────────────────────────────────────────────────────
  rec('chat', f`Consumer letter template check: "We verified your identity using the last four digits of your SSN (XXX-XX-4821) and your date of birth on file." Is it OK to print the masked SSN like that in the letter, or should we drop it entirely?`, 'masked SSN'),

  rec('training', f`For the dispute-agent training quiz: "A caller gives SSN ${amb('pii.us_ssn', '123-45-6789')} and says it's hers. What do you do?" — write three answer options, one correct.`, 'the well-known example SSN: ambiguous'),

  rec('chat_es_mx', f`Ordena estos folios de aclaración por fecha: ACL-2025-0418392 (19/03), ACL-2025-0418411 (20/03), ACL-2025-0418530 (22/03). El plazo de respuesta es de 45 días naturales.`),

  rec('chat_hi', f`मेरा CIBIL स्कोर 742 से 698 हो गया। रिपोर्ट में लोन अकाउंट XXXXXXXX4471 पर "DPD 30" दिख रहा है, जबकि मैंने EMI समय पर दी थी। इसके लिए डिस्प्यूट कैसे करें?`, 'masked account number, score'),

  rec('chat_hi', f`क्रेडिट स्कोर कैसे निकाला जाता है, आसान हिंदी में समझाइए: भुगतान इतिहास, क्रेडिट उपयोग, खातों की उम्र और नई पूछताछ का कितना असर होता है?`),

  rec('chat_pl', f`Napisz proszę szablon odpowiedzi na reklamację nr REK/2025/03/1842. Numer wpisu w rejestrze: BIK-4827193. Termin odpowiedzi: 30 dni od 14.03.2025.`),

  rec('chat_de', f`Ein Kunde schickt uns seine IBAN zur Erstattung der Selbstauskunftsgebühr: ${IBAN_DE_BAD}. Unser System sagt „Prüfziffer ungültig“. Wie formuliere ich die Rückfrage?`, 'IBAN with wrong check digits'),

  rec('env_example', f`Is this .env.example fine to commit in the dispute portal repo?

${amb('source_code.snippet', f`# copy to .env and fill in
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/disputes
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
FURNISHER_API_TOKEN=<your-token-here>
SMTP_PASSWORD=\${SMTP_PASSWORD}`)}`, 'Stripe test key, publishable key and placeholders'),

  rec('code_python', f`moto tests for the dispute-file S3 uploader started failing after upgrading boto3:

${v('source_code.snippet', f`@pytest.fixture(autouse=True)
def aws_env(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

@mock_aws
def test_upload_dispute_file():
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.create_bucket(Bucket="acdv-outbound")
    upload("D-2025-0318842.json", b"{}")`)}`, 'AWS documentation keys in a test fixture'),

  rec('chat', f`QA wants to test the consumer self-service payment page. Stripe's docs list ${amb('financial.payment_card', '4242 4242 4242 4242')} for success and ${amb('financial.payment_card', '4000 0000 0000 0002')} for a generic decline. Which one triggers the 3-D Secure flow?`, 'well-known Stripe test cards: ambiguous'),

  rec('chat', f`Write a password-policy paragraph for the dispute portal: minimum 14 characters, no reuse of the last 10, lock after 5 failed attempts. Screenshots in tickets must show "Password: ********", never the real value.`),

  rec('cert', f`Our SFTP partner sent their certificate for the dispute file exchange. Is this the part I put in known_hosts?

-----BEGIN CERTIFICATE-----
${CERT_B64}
-----END CERTIFICATE-----`, 'a public certificate'),

  rec('chat_fr_ca', f`C'est quoi la différence entre un NIP et un mot de passe pour le portail des consommateurs? Un client pense qu'on lui a demandé son NIP de carte de débit au téléphone — on ne fait jamais ça, peux-tu m'aider à l'écrire clairement?`),

  rec('chat', f`UK training script for the call centre: the agent should say "if you'd like a call back, we'll ring you from ${amb('pii.phone', '020 7946 0418')}" — can you make the wording friendlier?`, 'Ofcom drama-range London number: ambiguous'),
];
