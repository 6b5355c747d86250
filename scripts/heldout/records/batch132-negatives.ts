/**
 * Held-out batch 132: hard negatives — subtitle timecodes, autoclave batch logs, cadastral and
 * parcel numbers, scooter ids and coordinates, masked cards and IBANs, placeholders, test keys,
 * fictional phone ranges and casual uses of "confidential"/"password" in many languages.
 * Unlabelled apart from ambiguous spans (tests/corpus/README.md). Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b132n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b132n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const CERT = pem('CERTIFICATE', 'b132n-kdmcert', 912);
const BCRYPT = tok('$2y$10$', fill('b132n-bcrypt', B62 + './', 53));

export const BATCH132_NEGATIVES: DraftRecord[] = [
  // ── Dubbing & subtitling ─────────────────────────────────────────────────────────────
  rec('srt', f`Can you check the line breaks in these subtitles? Max 42 characters per line.

417
00:31:04,208 --> 00:31:06,750
I told you, the number's on the back
of the photograph.

418
00:31:06,917 --> 00:31:09,459
0044 20 — and then what?
The rest is torn off.

419
00:31:09,625 --> 00:31:12,000
Room 1408. Third floor. Go.`),

  rec('chat_fr', f`Petite question de doublage : dans la scène 12, le personnage dit « c'est confidentiel » en riant, comme une blague entre amis. Est-ce que « c'est top secret » passe mieux en VF pour le synchronisme labial ? L'original dure 1,2 seconde.`),

  rec('vtt_ko', f`이 WebVTT 파일에서 자막이 겹치는 구간이 있는지 확인해 주세요.

WEBVTT

00:12:03.120 --> 00:12:05.480
비밀번호가 뭐였더라… 생일이었나?

00:12:05.300 --> 00:12:07.900
아니야, 그건 너무 쉽잖아.`),

  rec('chat_tr', f`Dublaj seansı planı: makara 3, sahne 14–22, take 1–6. Zaman kodları 01:02:14:08 ile 01:09:47:21 arası. Toplam 7 dakika 33 saniye. Sanatçı başına kaç saat ayırmalıyım?`),

  rec('manifest', f`Delivery manifest for the IMF package, can you tell me which files are missing compared to the CPL?

${amb('source_code.snippet', f`asset_id                               size_bytes     sha256
5b8e2d41-9c07-4f3a-b1e6-2a9d7c4f0e83   48213907456    ${SHA('b132n-imf1')}
c1f4a7e9-3d26-48b0-9e52-7f0c1b8d6a34   1204837        ${SHA('b132n-imf2')}
0e7d3b92-6a41-4c8f-a5d0-9b2e8f1c7d56   3829104        ${SHA('b132n-imf3')}`)}`),

  rec('kdm', f`The cinema says our KDM doesn't match their server. This is the certificate they sent us for the projector's media block — it's public, right? Which field tells me the thumbprint?

${CERT}`),

  rec('chat_ca', f`Pots ajudar-me a fer el pla de sessions de doblatge en català? Tenim 9 capítols de 45 minuts, 14 personatges, i l'estudi 2 només està lliure de dimarts a dijous. El director vol les preses de la protagonista primer.`),

  rec('chat_ta', f`இந்த தொடருக்கான தமிழ் சப்டைட்டில்களில் மொத்தம் 1,284 வரிகள் உள்ளன. ஒரு மொழிபெயர்ப்பாளர் ஒரு நாளைக்கு 400 வரிகள் செய்தால் எத்தனை நாட்கள் ஆகும்? QC-க்கு இரண்டு நாட்கள் சேர்க்கவும்.`),

  rec('chat_es', f`Estoy preparando la plantilla de acuerdo de confidencialidad para los actores de doblaje que graban la nueva serie. ¿Qué cláusulas suelen llevar estos NDA en España? No necesito el texto, solo la lista.`),

  rec('chat_it', f`Domanda veloce: la sala 3 è riservata per il doppiaggio di martedì, ma il direttore vuole spostare tutto a mercoledì. Mi scrivi un messaggio gentile per gli attori? Il film è "La Soglia", turni da 3 ore.`),

  // ── Hospital sterile processing ──────────────────────────────────────────────────────
  rec('autoclave_log', f`Can you explain what this sterilizer printout says? Was the cycle OK?

STERILIZER ST-03   PROGRAM 134C-INSTR   CYCLE No. 4471
DATE 11.03.2025  START 05:12:40
LOAD ID 2503110347   OPERATOR 0815
PHASE        TIME      TEMP C   PRESS mbar
PREVAC 1     05:14:02   102.4     148
PREVAC 3     05:19:55   108.7     152
STERIL START 05:26:31   134.6    3118
STERIL END   05:31:31   135.1    3142
DRY END      05:52:10    71.3      46
F0 = 57.2   RESULT: PASSED
BD TEST REF 2503110001`),

  rec('charge_de', f`Kannst du aus diesem Chargenprotokoll eine Tabelle machen?

Charge 25-0311-07 | RDG 2 | Programm Vario TD | A0 3000 | Beginn 06:41 | Ende 07:38 | Siebe: 4711-LAP-02, 4711-LAP-05, 3920-ORT-11 | Chemie: Neodisher MediClean forte, Los 240917 | Freigabe: MS`),

  rec('catalogue', f`Which of these instruments can go in the ultrasonic bath?

BH110R  Metzenbaum scissors 145 mm
BD557R  Dressing forceps 145 mm
FB411R  Needle holder Mayo-Hegar 180 mm
UDI (01)04046964682917(11)240312(10)K2291
PM-2025-0418 Phaco handpiece (loan)`),

  rec('chat_hr', f`Prevedi na engleski popis instrumenata za sito "Ortopedija 3": 2× Kocher 14 cm, 4× Backhaus hvataljka, 1× dlijeto 10 mm, 1× čekić 450 g. Broj sita 3920-ORT-11, zadnja revizija 02/2025.`),

  rec('chat', f`Our SPD staff keep asking me what "password protected" means for the new tray-list PDFs. Can you write a two-line explanation: they need to enter their normal network password, nobody will ever ask them for it by phone.`),

  rec('chat_de', f`Wie formuliere ich eine Vorlage für die "Passwort vergessen"-Mail in unserem Tracking-System? Platzhalter sind {{vorname}}, {{reset_link}} und {{gueltig_bis}}. Bitte freundlich, auf Deutsch und Englisch.`),

  rec('env_example', f`${amb('source_code.snippet', f`# tdoc-bridge/.env.example
TDOC_DB_HOST=zsva-sql03
TDOC_DB_USER=tdoc_app
TDOC_DB_PASSWORD=<set-in-vault>
INFLUX_TOKEN=\${INFLUX_TOKEN}
GRAFANA_ADMIN_PASSWORD=changeme
ALERT_WEBHOOK=https://example.invalid/webhook/REPLACE_ME`)}

Write a README section that explains each of these variables to the biomed team.`),

  // ── Wind-farm land lease ─────────────────────────────────────────────────────────────
  rec('scada', f`Turbine availability for the landowners' annual report — can you turn this into a short table?

WTG   Serial        Avail%   Prod_MWh   Downtime_h
WT-01 V150-48213    97.8     11 842     193
WT-02 V150-48214    95.1     10 977     429
WT-03 V150-48219    98.4     12 106     140
Site: Hunsrück III, 50.0417 N / 7.3612 E`),

  rec('chat_ro', f`Poți să-mi faci un tabel cu parcelele? Număr cadastral 104823, carte funciară 104823 Cogealac, tarla 42, parcela 318/2, suprafață 4,25 ha. A doua: nr. cadastral 104831, CF 104831, tarla 42, parcela 320.`),

  rec('chat_pl', f`Sprawdź, czy numery ksiąg wieczystych są w dobrym formacie: PT1B/00048213/7, PT1B/00048217/5, SR1W/00012940/2. To działki pod drogę serwisową do turbin 3 i 4.`),

  rec('chat_ka', f`ეს საკადასტრო კოდები ცხრილად გამიმზადე: 66.45.23.118.01, 66.45.23.121.02, 66.45.24.007.01. ყველა გორის მუნიციპალიტეტშია, ქარის პარკის მე-2 ფაზისთვის.`),

  rec('chat_el', f`Μπορείς να μου εξηγήσεις τι σημαίνει ΚΑΕΚ 050781203004 στο απόσπασμα του Κτηματολογίου; Είναι ο αριθμός του ακινήτου ή του ιδιοκτήτη; Έκταση 12.480 τ.μ.`),

  rec('chat_de_at', f`Kannst du mir erklären, was "EZ 412, KG 32012 Parndorf" im Grundbuchauszug bedeutet? Der Grundeigentümer fragt, ob das seine Steuernummer ist. Ich glaub nicht, oder?`),

  rec('masked_bank', f`Landowner says the January lease payment didn't arrive. Our bank portal only shows: "Empfänger: Wendt H., IBAN DE72 **** **** **** **56 10, Betrag 4.860,00 EUR, Status: ausgeführt 31.01.2025". Can you draft a reply asking him to check with his bank?`),

  rec('form_template', f`Translate this blank lease-payment form into Spanish:

Landowner name: ______________________
IBAN: DE__ ____ ____ ____ ____ __
Tax ID (Steuer-ID): ___________
Date of birth: DD.MM.YYYY
Phone: +49 (___) ________`),

  // ── Collections & hardship ──────────────────────────────────────────────────────────
  rec('letter', f`Proofread this collections letter please:

Dear Ms Whitaker,
We have received your payment of $95.00 towards your Meridian Platinum card ending in 4028. Your hardship arrangement (ref. H-20931) remains active until 31 January 2026. Your next payment is due on 15 April.`),

  rec('training_script', f`Role-play script for new collections agents — make it sound more natural:

Agent: "Hi, this is Jamie from Meridian Card Services. Can I confirm I'm speaking with Mr. Daniels? Our callback number is ${amb('pii.phone', '(312) 555-0186')}."
Customer: "Yeah, that's me. I know I'm behind."`, 'a 555-01xx fictional number: ambiguous'),

  rec('training_uk', f`UK version of the same role-play — the test customer's mobile is ${amb('pii.phone', '07700 900463')} and the office line ${amb('pii.phone', '0161 496 0817')}. Can you adapt the script to FCA Consumer Duty wording?`, 'Ofcom drama-range numbers: ambiguous'),

  rec('chat_es', f`El cliente leyó por teléfono un "número de referencia" de la tarjeta que le llegó por carta: 4539 8201 7463 5520. En el sistema no aparece. ¿Puede ser que haya leído mal un dígito? ¿Cómo se lo explico?`, 'Luhn-failing card-shaped reference number'),

  rec('chat', f`For the QA test plan of the new hardship payment page, I'm using ${amb('financial.payment_card', '4111 1111 1111 1111')} for a successful payment and ${amb('financial.payment_card', '4000 0000 0000 0002')} for a decline. Can you list 10 edge cases I should also test?`, 'well-known test card numbers: ambiguous'),

  rec('env_test', f`${amb('source_code.snippet', f`# hardship-portal/.env.test
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/hardship_test
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE`)}

Is it a problem that the publishable key is a live one here?`),

  rec('chat_hu', f`Segíts megírni egy levelet: az ügyfél kártyájának utolsó négy számjegye 7319, a részletfizetési megállapodás száma RM-2025-00481, az első részlet esedékessége április 10. Udvarias, de határozott hangnemben.`),

  rec('chat_ar', f`اكتب لي ملخصاً لهذه الحالة: العميل اتصل بخصوص المعاملة رقم TXN-8842093117 بتاريخ 2025/03/04، ورقم الشكوى CMP-55120. يريد استرداد رسوم التأخير. لا تذكر أي أرقام بطاقات.`),

  rec('chat_zh', f`帮我看看这个还款计划表有没有算错：本金 38,400 元，12 期，每期 3,200 元，首期还款日 2025-04-15，合同编号 HK-2025-031877。`),

  // ── Juicers ───────────────────────────────────────────────────────────────────────────
  rec('task_list', f`Why does the juicer app show these scooters as "unreachable"?

ZP-7Q4K2M9A  battery 8%   38.71392, -9.14061  last ping 02:14
ZP-3H8N5R1D  battery 12%  38.72104, -9.13528  last ping 01:57
ZP-9W2T6X4B  battery 5%   38.70985, -9.15233  last ping 23:48
Firmware 5.12.0, IoT module FW 2.4.17`),

  rec('chat_pt_br', f`Esqueci a senha do painel de juicers e o link de redefinir não chega no e-mail. Já olhei no spam. O que mais pode ser? Uso o app versão 5.12.0 no Android.`),

  rec('chat_hi', f`भाई, मेरी ट्रेन का PNR 2418375902 है, कल रात की शिफ्ट में देर से पहुँचूँगा। सुपरवाइज़र के लिए एक छोटा सा मैसेज लिख दो कि 40 स्कूटर सुबह 6 बजे तक चार्ज हो जाएँगे।`),

  rec('chat_th', f`ช่วยสรุปรายการนี้ให้หน่อย: ออเดอร์ที่ TH-2503-88412 สายชาร์จ 20 เส้น, เลขพัสดุ TH0418273950KR, จะมาถึงวันที่ 14 มีนาคม ที่โกดังอโศก`),

  rec('chat_he', f`איך אני מסביר לג'וסרים שהקוד של המחסן השתנה בלי לכתוב אותו בקבוצת הווטסאפ? הקוד יימסר רק בהדרכה. תכתוב הודעה קצרה וברורה.`),

  rec('chat_pl', f`Podsumowanie tygodnia: 1 482 naładowane hulajnogi, średnio 41 na juicera, wypłaty zrealizowane na konta kończące się na ...7465, ...2918 i ...0334. Zrób z tego krótki komunikat na Slacka.`),

  rec('chat_es_ar', f`Che, ¿cuál es la clave del wifi del depósito? — No te la puedo pasar por acá, preguntale al encargado del turno. — Dale. ¿Me armás un cartelito para la pared que diga que la clave del wifi se pide en el mostrador?`),

  rec('chat', f`Our old juicer admin panel stored passwords like ${ambCat('credential', BCRYPT)} in the users table. Is cost 10 still OK in 2025 or should we migrate to argon2id?`, 'a password hash: ambiguous, no rule id'),

  rec('docker', f`Which base image should we use? We pin by digest:

${amb('source_code.snippet', f`FROM node:20.18.1-alpine@sha256:${SHA('b132n-node')}
FROM python:3.12-slim@sha256:${SHA('b132n-py')}`)}

Both are for the juicer-api workers.`),

  // ── International school ─────────────────────────────────────────────────────────────
  rec('chat_am', f`እባክህ ይህንን የትምህርት ቤት መርሃ ግብር ወደ እንግሊዝኛ ተርጉምልኝ፦ ሰኞ 08:00 ሂሳብ፣ 09:30 እንግሊዝኛ፣ 11:00 ሳይንስ፤ ማክሰኞ 08:00 ታሪክ። የክፍል ቁጥር 204።`),

  rec('chat_bn', f`ভর্তি পরীক্ষার রোল নম্বর ২০২৫০৪১৮ থেকে ২০২৫০৪৬৩ পর্যন্ত, মোট ৪৬ জন। পরীক্ষার তারিখ ১৫ মার্চ। অভিভাবকদের জন্য একটা ছোট নোটিশ লিখে দিন।`),

  rec('chat_uk', f`Підкажи, як пояснити батькам різницю між «конфіденційністю» і «приватністю» в новій політиці школи щодо фото учнів? Потрібно два короткі абзаци простою мовою.`),

  rec('chat_fr_ca', f`C'est pas un secret pour personne que les pensionnaires s'ennuient le dimanche. Aide-moi à écrire une proposition d'activités de fin de semaine pour la direction — randonnée, atelier de cuisine, soirée cinéma.`),

  rec('chat_ja', f`寮のWi-Fiのパスワードを変える手順を、生徒向けにわかりやすく説明してください。実際のパスワードは書かないでください。ルーターはYamaha RTX830です。`),

  rec('chat_sl', f`Prosim, prevedi v angleščino: "Sprejemni izpit bo 22. marca ob 9. uri v učilnici 3B. Učenci naj prinesejo osebni dokument in svinčnik." To je za starše iz Ljubljane.`),

  rec('invoice_ch', f`Kannst du mir erklären, was die Referenz auf der QR-Rechnung bedeutet? "Referenz: 21 00000 00003 13947 14300 09017", Betrag CHF 18'400.00, Zahlbar bis 31.03.2025. Das ist die Schulgeld-Rechnung für unsere Tochter.`, 'Swiss QR-bill payment reference, not an account number'),
];
