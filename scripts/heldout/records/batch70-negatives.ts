/**
 * Held-out batch 70: hard negatives — wagon, container and permit numbers, coordinates, lab
 * codes, masked or invalid payment data, placeholders, test keys, public keys, hashes, CVE ids
 * and casual uses of "confidential"/"secret" words in many languages (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, tok } from '../tokens';

const ip = (s: string) => amb('pii.ip_address', s);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b70n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b70n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const SHA1 = (seed: string) => fill(seed, HEX, 40);
const ED25519_PUB = tok('AAAAC3NzaC1lZDI1NTE5AAAAI', fill('b70n-ed', B64, 43));
const BCRYPT = tok('$2y$10$', fill('b70n-bcrypt', B62 + './', 53));
const PNG_B64 = tok('iVBORw0KGgoAAAANSUhEUgAA', b64Bytes('b70n-png', 240));

export const BATCH70_NEGATIVES: DraftRecord[] = [
  rec('chat_en', f`Can you sort these wagons into the right order for the consist list? Front to rear after the loco:

31 80 6651 204-7 (Sgns, empty)
33 80 4950 118-2 (Eanos, scrap)
31 84 4955 630-9 (Eaos, scrap)
37 80 0871 402-5 (Zacns, tank, UN 1202)

Consignment note CIM 2025/DE/0044812, train 47213 Hamburg-Billwerder → Hallsberg. Tank wagon must not be directly behind the loco.`),

  rec('chat_de', f`Bitte schreib aus diesen Stichpunkten eine kurze Info für die Besucher-Website:

- Wanderweg Nr. 12 "Schluchtensteig" ab 15.03. wieder offen
- Parkplatz Hirschsprung: 47.8731° N, 8.0432° E
- Höhenunterschied 640 m, Gehzeit ca. 5 h
- Notruf Bergwacht: 112, Funkkanal der Ranger 7 (nur intern im Sprechfunk)
- Sperrung Seitenweg 12a wegen Auerhuhn-Balz bis 15.06.`),

  rec('chat_fr', f`Peux-tu reformuler ce message client pour notre FAQ retours ?

"Bonjour, j'ai retourné ma commande n° FR-2025-0318847 par Colissimo (suivi 8V01829374650). Le remboursement de 79,90 € a été fait sur ma carte **** **** **** 4821 mais il manque les frais de port. Merci de vérifier."

Réponse type : les frais de port initiaux ne sont remboursés que si l'article est défectueux.`),

  rec('chat_it', f`Mi aiuti a spiegare a una paziente cosa significano questi dati del suo referto di coltura embrionale, in modo semplice?

Giorno 5: embrione 1 – 4AA, embrione 2 – 3BB, embrione 3 – arrestato
Vitrificati: 2 (paillette NT-BO-25-0231-A e -B, tank 3, canister 12)
Terreno di coltura: lotto 240913-G2, scadenza 09/2025
Transfer programmato: 14/03/2025 ore 11:30`),

  rec('chat_es', f`Resume esta sección del informe de pentest para la dirección, sin tecnicismos:

Vulnerabilidad: Apache Tomcat expuesto con versión 9.0.62 afectada por CVE-2024-52316 y CVE-2025-24813
CVSS: 9.8 (CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H)
Evidencia: hash del WAR desplegado sha256:${SHA('b70n-war')}
Recomendación: actualizar a 9.0.99 o superior y restringir /manager a la red de gestión.`),

  rec('chat_ca', f`Necessito un model d'acord de confidencialitat per als voluntaris nous del menjador social de la parròquia. Ha de ser curt, en català, i explicar que no poden parlar fora de la llar de la situació de les persones ateses ni fer-los fotos. Pots redactar-lo?`),

  rec('env_example_pt', f`${amb('source_code.snippet', f`# .env.example – serviço de etiquetas de devolução
CTT_API_KEY=<a-tua-chave-aqui>
CTT_API_SECRET=
DB_URL=postgres://UTILIZADOR:PALAVRA_PASSE@localhost:5432/devolucoes
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
SMTP_PASSWORD=\${SMTP_PASSWORD}`)}

Escreve uma secção do README a explicar cada variável, em português.`),

  rec('chat_nl', f`In de testomgeving van de betaalmodule (klantopdracht, alleen acceptatie) vonden we deze waarden in de frontend-bundle:

STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_SECRET_KEY=${STRIPE_TEST}

Is het een bevinding dat een live publishable key in acceptatie staat, of alleen informatief? Graag een korte onderbouwing.`),

  rec('chat_cs', f`Chci přidat kolegovi přístup na server s mapovými podklady NP. Poslal mi svůj veřejný klíč, stačí ho dát do authorized_keys?

ssh-ed25519 ${ED25519_PUB} petr.novak@notebook-sprava

A je v pořádku, že mi ho poslal mailem?`),

  rec('chat_sk', f`Banka nám vrátila platbu pre pacientku s hláškou "neplatný IBAN". Poslala nám SK88 1100 0000 0029 3847 5061. Je tam preklep? Ako jej to slušne napísať, aby si číslo účtu skontrolovala?`),

  rec('chat_hu', f`Egy vásárló ezt a kártyaszámot adta meg telefonon a visszatérítéshez: 4518 9302 7461 1843. A rendszer szerint érvénytelen. Valószínűleg elírta – hogyan kérjem meg udvariasan, hogy inkább az online felületen adja meg, és miért nem kérünk kártyaszámot telefonon?`),

  rec('chat_ro', f`Te rog organizează aceste dovezi din raportul de pentest într-un tabel (fișier, hash, observație):

update.ps1 – SHA-1 ${SHA1('b70n-sha1a')} – script legitim semnat
svc_helper.exe – SHA-1 ${SHA1('b70n-sha1b')} – necunoscut, trimis la analiză
Commit relevant: ${fill('b70n-gitsha', HEX, 40).slice(0, 12)} ("fix: rotate log files")
Imagine container: registry.client.ro/portal@sha256:${SHA('b70n-digest')}`),

  rec('chat_el', f`Γράψε μια ανακοίνωση για τους επισκέπτες: λόγω υψηλού κινδύνου πυρκαγιάς (κατηγορία 4) απαγορεύεται η είσοδος στο μονοπάτι Ε4 από τη θέση Πριόνια (40.0853, 22.3606) μέχρι το καταφύγιο Σπήλιος Αγαπητός από 1 έως 15 Ιουλίου. Οι φύλακες θα βρίσκονται στη συχνότητα 148.550 MHz.`),

  rec('chat_tr', f`İade kampanyası için Instagram metni yazar mısın? "Bahara özel gizli indirim kodu: BAHAR25 – iade ettiğin ürün yerine yenisini alırsan %25 indirim." Kod herkese açık, sadece sürpriz olsun diye "gizli" diyoruz.`),

  rec('chat_he', f`אני צריכה להסביר למטופלות חדשות, בשפה פשוטה, מה המשמעות של סודיות רפואית בקליניקת הפוריות: מי רואה את התיק, מה נמסר לביטוח, ומה אנחנו לא מוסרים לאף אחד ללא הסכמה. תכתוב פסקה אחת בעברית.`),

  rec('chat_fa', f`این خروجی را برای بخش «اطلاعات محیط» گزارش تست نفوذ به فارسی خلاصه کن:

سرور وب: nginx/1.18.0 (Ubuntu)
PHP 7.4.3، وردپرس 6.1.1، افزونه Contact Form 7 نسخه 5.6.4
پورت‌های باز: 22، 80، 443، 3306 (فقط از شبکه داخلی)
صفحه ورود مدیریت: /wp-login.php — فیلد رمز عبور: ********`),

  rec('chat_ar', f`اكتب لي منشور قصير لصفحة الجمعية على فيسبوك بمناسبة رمضان، نذكر فيه حديث "صدقة السر تطفئ غضب الرب" ونشجع الناس يتبرعوا بوجبات الإفطار للمشردين، من غير ما يعلنوا أسماءهم. بالدارجة المغربية إذا أمكن.`),

  rec('chat_ru', f`Составь, пожалуйста, сводку по простою вагонов на станции для начальника:

Вагон 52817364 — полувагон, простой 41 ч, код станции ЕСР 862007
Вагон 24093158 — крытый, простой 18 ч
Вагон 73560481 — цистерна, простой 65 ч, ожидает выгрузки
Поезд № 2412, индекс поезда 8620-247-8656`),

  rec('template_uk', f`Зроби з цього шаблону лист-подяку донору, залиш поля в квадратних дужках як є:

Шановний(а) [ПІБ донора]!
Дякуємо за Вашу пожертву у розмірі [сума] грн від [дата]. Завдяки Вам [кількість] людей отримали гарячу вечерю в нашому притулку.
Номер квитанції: [номер]`),

  rec('nmap_ka', f`ეს nmap-ის შედეგია კლიენტის DMZ-დან. დამიწერე მოკლე დასკვნა ქართულად:

${amb('source_code.snippet', f`Nmap scan report for ${ip('185.139.57.20')}
PORT    STATE SERVICE VERSION
22/tcp  open  ssh     OpenSSH 8.2p1 Ubuntu 4ubuntu0.11
| ssh-hostkey:
|   256 SHA256:${fill('b70n-hk1', B64, 43)} (ECDSA)
|_  256 SHA256:${fill('b70n-hk2', B64, 43)} (ED25519)
443/tcp open  https   nginx 1.24.0`)}`),

  rec('chat_hy', f`Գրիր կարճ նկարագրություն արահետի համար կայքում․ «Դիլիջան – Պարզ լիճ» արահետ, երկարությունը 9,6 կմ, բարձրությունների տարբերությունը 520 մ, սկիզբը՝ 40.7412, 44.8630։ Արահետը նշված է կարմիր-սպիտակ նշաններով, բարդությունը՝ միջին։`),

  rec('chat_kk', f`Контейнерлер тізімін тексеріп беріңізші, қайсысы Достық станциясында қалып қойды:

MSKU 482917 3 — 40' HC, жүк: мақта
TGHU 735104 8 — 20', жүк: мыс катодтары
CAIU 209846 1 — 40', жүк: бос
Пойыз № 8802, вагон платформалары 94218374, 94218390`),

  rec('chat_hi', f`लैब रिपोर्ट का यह हिस्सा मरीज़ को आसान हिंदी में समझा दीजिए:

नमूना आईडी: NF-PUN-250304-0771
AMH: 1.9 ng/mL (सामान्य सीमा 1.0–3.5)
FSH (दिन 3): 7.2 mIU/mL
वीर्य विश्लेषण: संख्या 38 मिलियन/mL, गतिशीलता 46%
अगली जाँच: 18/03/2025`),

  rec('chat_bn', f`এই রিটার্ন রিপোর্টটা সংক্ষেপে লিখে দিন:

অর্ডার VS-BD-88213 — রিটার্ন গৃহীত, রিফান্ড bKash-এ (ট্রানজেকশন আইডি 9HF7K2LQ0P)
অর্ডার VS-BD-88240 — পণ্য ক্ষতিগ্রস্ত, গ্রাহকের মোবাইল 017XXXXXX45
অর্ডার VS-BD-88251 — সাইজ পরিবর্তন, কুরিয়ার ট্র্যাকিং PTH-2503-114827`),

  rec('chat_ta', f`இந்த சரக்கு முன்பதிவு விவரங்களை அட்டவணையாக மாற்றவும்:

RR எண்: 241000318472, நிலையம்: தண்டையார்பேட்டை → பெங்களூரு கன்டோன்மென்ட்
வேகன் வகை: BCNA, எண்ணிக்கை 42, சரக்கு: சிமெண்ட்
FOIS குறிப்பு: MAS/2025/03/00917, கட்டணம் ₹18,74,220`),

  rec('chat_mr', f`आमच्या निवारा केंद्राच्या वार्षिक अहवालासाठी हे आकडे एका परिच्छेदात लिहा:

२०२४ मध्ये एकूण ४,८१२ रात्रीचे निवास, ११,२०० जेवणाची ताटे, ३७ जणांना कायमस्वरूपी घर.
संस्थेचा नोंदणी क्रमांक: महा/११८४/२००९/पुणे, 80G प्रमाणपत्र क्रमांक AAATS4718KF20214 (संस्थेचा, वैयक्तिक नाही).`),

  rec('chat_ne', f`ट्रेकिङ परमिटको यो सूचीलाई तालिकामा राखिदिनुहोस्:

परमिट नं. SNP-2081-004417, समूह ३ जना, प्रवेश मिति २०८१/१२/०२
TIMS कार्ड नं. 0003-8814-2207
प्रवेश शुल्क: रु ३,००० प्रति व्यक्ति (SAARC बाहिर)`),

  rec('chat_th', f`ช่วยเขียนข้อความแจ้งลูกค้าว่าพัสดุคืนสินค้าถึงคลังแล้ว ใช้ข้อมูลนี้ค่ะ

เลขที่คำสั่งซื้อ VS-TH-2503-00841
เลขพัสดุ Kerry: KERDO0049182736
วันที่รับเข้าคลัง 4 มี.ค. 2568
ยอดคืนเงิน 1,290 บาท เข้าบัตรที่ลงท้ายด้วย 0317 ภายใน 7-14 วันทำการ`),

  rec('config_id', f`Ini template konfigurasi untuk klien pentest berikutnya. Tolong jelaskan field mana yang wajib diisi sebelum scan:

${amb('source_code.snippet', f`target:
  scope_file: scope_klien.txt
  exclude: []
auth:
  username: <isi_username_uji>
  password: <isi_password_uji>
  otp_seed: \${OTP_SEED}
laporan:
  format: docx
  bahasa: id`)}`),

  rec('chat_ms', f`Tolong terangkan maksud laporan ini kepada pesakit dalam bahasa mudah:

Tarikh pengambilan telur: 03/03/2025, 12 oosit, 9 matang (MII)
Persenyawaan ICSI: 7 (2PN)
Blastosista hari ke-5: 3 (gred 4AB, 4BB, 3BC)
Tarikh pemindahan: 08/03/2025, 1 embrio dipindahkan, 2 dibekukan`),

  rec('chat_zh', f`请把下面的威胁情报整理成表格（指标类型、值、说明）：

样本 SHA256: ${SHA('b70n-ioc1')}（加载器）
样本 SHA256: ${SHA('b70n-ioc2')}（窃密模块）
技术: T1566.001 鱼叉式钓鱼附件, T1059.001 PowerShell, T1003.001 LSASS 内存
相关漏洞: CVE-2023-23397`),

  rec('chat_sw', f`Andika ripoti fupi ya sensa ya wanyamapori kwa Kiswahili:

Hifadhi: Serengeti (eneo la Seronera), tarehe 1–3 Machi 2025
Tembo: 214, Twiga: 88, Simba: 31 (makundi 4)
Kituo cha kamera: SER-CT-17 (-2.4531, 34.8227)
Kibali cha utafiti: TAWIRI/RP/2025/0447`),

  rec('chat_sv', f`Skriv en kort text till vår insamlingssida. Använd gärna de här uppgifterna, de är offentliga:

Stiftelsen Nattljuset, organisationsnummer 802012-4471
Swish: 123 682 40 17
90-konto: Plusgiro 90 04 71-3
Alla gåvor går till nattcaféet på Södermalm.`),

  rec('chat_da', f`Kan du lave en kort pressemeddelelse om, at vores fertilitetsklinik i Aarhus har fået ny autorisation? Oplysninger:

Natalis Fertilitet ApS, CVR-nr. 41827395
Autorisation fra Styrelsen for Patientsikkerhed, dato 3. marts 2025
Vævscenter-ID: DK-VC-0217`),

  rec('chat_lt', f`Parašyk lietuviškai trumpą paaiškinimą klientui, kodėl ataskaitoje slaptažodžiai rodomi kaip "********" ir kodėl mes jų niekada nesiunčiame el. paštu. Ataskaitos eilutė atrodo taip:

Paskyra: admin | Slaptažodis: ******** | Būsena: pakeistas po testo`),

  rec('chat_lv', f`Uzraksti klientam atbildi par preču atgriešanu. Dati:

Pasūtījums VS-LV-2025-03318
Atmaksa uz kontu LV** HABA **** **** ***7 6
Summa 64,90 EUR, atmaksa 5 darba dienu laikā.`),

  rec('slides_en', f`Making a security awareness slide for our rail ops staff. Is this example clear enough?

"Never commit keys like this to git:
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
(These are Amazon's documentation placeholders, not real keys.)"`),

  rec('qa_note_en', f`QA checklist for the returns refund flow (staging, Razorpay test mode + Stripe test mode). Please turn it into a table:

1. Refund to Visa ${amb('financial.payment_card', '4111 1111 1111 1111')} – expect "refund.processed" webhook
2. Refund to Mastercard ${amb('financial.payment_card', '5555 5555 5555 4444')} – partial, ₹499 of ₹1,299
3. Refund to card ending 0002 (decline test) – expect error mapping to "Contact your bank"
4. COD order refund to UPI – test VPA success@razorpay`),

  rec('chat_en', f`I'm confident our shelter's policies are fine, but the diocese wants a "confidentiality and data protection" section in the volunteer handbook. Can you draft a friendly one-page version for a church-run night shelter in Cape Town? Plain English, no legal jargon.`),

  rec('chat_en', f`Our park visitor app has this inline image in the HTML and the accessibility checker complains. What alt text should it get?

<img src="data:image/png;base64,${PNG_B64}" width="24" height="24">
<svg viewBox="0 0 24 24"><path d="M12 2C8.13 2 5 5.13 5 9c0 5.25 7 13 7 13s7-7.75 7-13c0-3.87-3.13-7-7-7zm0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5z"/></svg>`),

  rec('chat_en', f`Can you explain these numbers from our fertility clinic's annual HFEA return in a sentence each for the newsletter?

Centre licence no. 0417, 1,184 IVF/ICSI cycles started, clinical pregnancy rate per embryo transferred 34%, multiple birth rate 4%. Report ref. HFEA-2024-CR-0417-v2, submitted 28/02/2025.`),

  rec('dump_de', f`Beim Pentest (Kunde: Reisebüro-Kette, Wien) haben wir in einem Backup die Benutzertabelle gefunden. Hashes sind bcrypt:

${amb('source_code.snippet', f`id | benutzer   | passwort_hash                                                | rolle
 1 | admin      | ${ambCat('credential', BCRYPT)} | admin
 2 | buchhaltung| $2y$10$••••••••••••••• (gekürzt)                                   | user`)}

Wie bewerten wir das im Bericht: kritisch oder hoch, wenn die Hashes cost 10 haben?`),

  rec('chat_fr', f`La carte Vitale d'une patiente affiche le numéro 2 88 07 75 056 112 99, mais notre logiciel refuse la clé. Est-ce que le logiciel peut se tromper, ou faut-il lui demander son attestation de droits ? Rédige-moi une question polie pour elle.`),

  rec('chat_es', f`En el formulario de solicitud de permiso de acampada, una persona ha puesto como fecha de nacimiento 31/13/1985. El sistema lo rechaza. ¿Cómo le explico que revise el mes? Respuesta breve y amable.`, 'month 13 with day 31: no valid date in any order, a negative'),

  rec('chat_it', f`Sto scrivendo un post per LinkedIn sul nostro progetto di manutenzione predittiva dei carri: "Il segreto? Nessun segreto: sensori sugli assili, dati ogni 10 minuti e un modello che prevede i guasti ai cuscinetti con 3 settimane di anticipo." Puoi migliorarlo un po'?`),
];
