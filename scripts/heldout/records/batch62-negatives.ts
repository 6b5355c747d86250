/**
 * Held-out batch 62: hard negatives — text from the batch-62 workplaces that looks sensitive and is
 * not (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous spans and
 * pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b62n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b62n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 7);
const PUB_PEM = pem('PUBLIC KEY', 'b62n-pub', 294);
const CERT = pem('CERTIFICATE', 'b62n-cert', 870);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAAEAAAAAQCAYAAAB${fill('b62n-png', B64, 240)}`;
const BCRYPT = tok('$2y$10$', fill('b62n-bcrypt', B62 + './', 53));
const INTEGRITY = (seed: string) => `sha512-${b64Bytes(seed, 64)}`;

export const BATCH62_NEGATIVES: DraftRecord[] = [
  rec('tfvars', f`Our Terraform example for the trading-analytics sandbox, copied from the AWS provider docs. Is it OK to commit this to the shared repo?

${amb('source_code.snippet', f`# examples/sandbox.auto.tfvars — documentation values, not real
aws_region            = "eu-west-1"
aws_access_key_id     = "AKIAIOSFODNN7EXAMPLE"
aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
bucket_name           = "etrm-sandbox-curves"`)}`, 'AWS documentation keys'),

  rec('env_test_de', f`Ist es ein Problem, dass in unserer Test-.env für die Online-Terminbuchung der Hörakustik ein Live-Publishable-Key steht?

${amb('source_code.snippet', f`# .env.test – nur Testmodus
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/termine_test
SMTP_PASSWORD=`)}`),

  rec('yaml_es', f`Estoy escribiendo la plantilla de configuración del servicio de validación de boletos para que cada delegación ponga sus datos. ¿Está clara?

${amb('source_code.snippet', f`# validador.example.yml — copiar a validador.yml
base_datos:
  host: <host-de-la-delegacion>
  usuario: <usuario>
  contraseña: <tu-contraseña>
api_premios:
  token: \${PREMIOS_API_TOKEN}
  secreto: "{{ .Values.premios.secret }}"`)}`),

  rec('receipt_fr', f`Peux-tu traduire ce ticket de caisse en anglais pour la note de frais ?

SHIP CHANDLER DES MINIMES
Facture 2025-00871 – 29/01/2025
Filtre à gasoil Racor 2010PM ×2 ... 74,80 €
Turbine de pompe à eau Jabsco 1210-0001 ... 46,50 €
Anode zinc arbre 30 mm ×3 ... 31,20 €
TOTAL TTC 152,50 €
Payé par CB **** **** **** 4417
N° d'autorisation 093518 – TPE 02`),

  rec('chat_it', f`Mi riassumi lo stato delle spedizioni dei ricambi? Ordine fornitore PO-2025-00417 del 14/01, DDT n. 88213, spedizione BRT 06831850012847, consegna prevista giovedì. Il codice ricambio della girante è 3586496, quello del termostato 21189441.`),

  rec('chat_nl', f`Kun je deze serviceregistratie netjes opmaken? Toestel: Phonak Audéo L90-R, serienummer 2318H0K4Q, firmware 3.2.1, batterijtype oplaadbaar (lithium-ion), laatste service 12-11-2024, volgende controle 12-05-2025. Oorstukje maat M, domes power 8 mm.`),

  rec('chat_pl', f`Przygotuj proszę krótki komunikat do punktów sprzedaży: losowanie Lotto nr 7214 z 28.01.2025, wylosowane liczby 4, 11, 19, 27, 38, 45, Plus: 2, 9, 16, 21, 33, 41. Kumulacja na następne losowanie: 12 mln zł. Kupon kontrolny nr 7781 2290 1185 4420.`),

  rec('log_cs', f`Proč jsou požadavky na seznam uchazečů tak pomalé?

${amb('source_code.snippet', f`2025-02-03T09:14:02.118Z INFO  prihlasky request_id=6e1f2b94-3c7d-4a85-b9e0-2d4f7a1c8e53 GET /api/prihlasky?obor=B0714A060001 status=200 dur_ms=1840
2025-02-03T09:14:02.903Z INFO  prihlasky request_id=a0c93e57-81d4-4f2a-9b6c-5e7d0f1a3b28 GET /api/obory status=200 dur_ms=12
2025-02-03T09:14:03.447Z WARN  prihlasky request_id=4d8b1f06-9e2a-47c3-8f15-b3a6c9e0d271 slow query fingerprint=${SHA('b62n-fp')} dur_ms=2210`)}`),

  rec('git_sk', f`Som uprostred rebase a neviem, čo ďalej. git status píše:

interactive rebase in progress; onto ${GIT('b62n-g0')}
Last commands done (2 commands done):
   pick ${GIT('b62n-g1')} feat(servis): pridať pole pre motohodiny
   pick ${GIT('b62n-g2')} fix(servis): zaokrúhlenie ceny práce
Next commands to do (1 remaining command):
   pick ${GIT('b62n-g3')} chore: bump spring-boot to 3.4.2

Ako preskočím ten posledný commit?`),

  rec('changelog_hu', f`Foglald össze a kiadási jegyzetben, mi változott a két image között:

- registry.mvmenergia.local/etrm/pricer:4.7.2@sha256:${SHA('b62n-d1')}
- registry.mvmenergia.local/etrm/pricer:4.8.0@sha256:${SHA('b62n-d2')}

4.8.0: Java 21.0.5, Spring Boot 3.4.2, új 15 perces termékek az intraday piacon, javított kerekítés a MWh árakban (#2291).`),

  rec('chat_bg', f`Трябва ми шаблон за споразумение за поверителност с външния одитор, който ще прегледа процедурите ни за проверка на печалбите. Можеш ли да направиш общ вариант на български?`, 'confidentiality agreement template: casual'),

  rec('chat_uk', f`Напиши, будь ласка, розділ політики паролів для торгового відділу: мінімум 14 символів, без примусової зміни кожні 90 днів, блокування 100 тисяч найпоширеніших паролів, MFA для доступу до торгової платформи. У прикладах використовуй "Пароль: ********".`),

  rec('chat_ru', f`Забыл пароль от локальной учётки Windows на ноутбуке приёмной комиссии (не Microsoft-аккаунт). Какие есть варианты без потери данных? Администратор в отпуске.`),

  rec('chat_el', f`Πώς αλλάζω τον κωδικό πρόσβασης στο Wi-Fi του συνεργείου; Ο router είναι ZTE H267A του ΟΤΕ και δεν θυμάμαι πού είναι η ρύθμιση.`),

  rec('chat_tr', f`Geçen haftanın kantar fişlerini özetler misin? Fiş no 25-004812: 18.420 kg renkli cam kırığı, fiş no 25-004813: 21.180 kg beyaz cam, fiş no 25-004819: 9.760 kg düzcam. Plaka 34 ABC 512, 16 KR 4471. Sevk irsaliyesi 2025/0118.`),

  rec('chat_he', f`בדף החשבון של הספק מופיע "IL** **** **** **** *887" והוראת קבע מס' 44182. איך אני יודע לאיזה ספק זה שייך? יש לנו שלושה ספקי סוללות למכשירי שמיעה.`),

  rec('chat_ar_lv', f`بدي جدول لنتائج سحوبات اللوتو لهالشهر: السحب رقم 1042 بتاريخ 2025/01/07 الأرقام 3، 12، 18، 24، 31، 40. السحب 1043 بتاريخ 2025/01/14 الأرقام 5، 9، 17، 26، 33، 38. رتبهم بجدول مع عمود للجوائز.`),

  rec('chat_fa', f`لطفاً فهرست منابع پیشنهادی برای آزمون ورودی کارشناسی ارشد مهندسی برق رو مرتب کن:
ISBN 978-964-01-1147-2 – مدارهای الکتریکی
ISBN 978-600-125-683-5 – سیستم‌های قدرت
ISBN 978-0-07-338066-8 – Power System Analysis`),

  rec('chat_hi', f`हमें बाहरी सलाहकार के साथ एक गोपनीयता समझौते (NDA) का सामान्य टेम्पलेट चाहिए, जो हमारे श्रवण क्लिनिक के नए सॉफ़्टवेयर प्रोजेक्ट के लिए हो। क्या तुम हिंदी और अंग्रेज़ी दोनों में एक ड्राफ़्ट बना सकते हो?`, 'NDA template request: casual'),

  rec('chat_ta', f`இந்த ஆண்டு பொறியியல் சேர்க்கைக்கான கட்-ஆஃப் மதிப்பெண்களை ஒரு அட்டவணையாக மாற்றவும்: EEE – 189.5, ECE – 195.0, Mechanical – 178.25, Civil – 165.75. கடந்த ஆண்டுடன் ஒப்பிட்டு சதவீத மாற்றத்தையும் சேர்க்கவும்.`),

  rec('chat_th', f`ช่วยสรุปสต็อกถ่านเครื่องช่วยฟังให้หน่อยครับ เบอร์ 10 (เหลือง) 240 แผง, เบอร์ 312 (น้ำตาล) 185 แผง, เบอร์ 13 (ส้ม) 60 แผง, เบอร์ 675 (น้ำเงิน) 32 แผง ล็อตผลิต LOT-2409-117 หมดอายุ 09/2028`),

  rec('chat_id', f`Tolong buatkan daftar suku cadang untuk servis 500 jam Yanmar 6LY3-ETP: filter oli 119593-35151, filter solar 119593-55801, impeller 119593-42500, v-belt 119593-42280. Nomor seri mesin E18273 dan nomor WO-2025-0142.`),

  rec('log_ms', f`Tolong terangkan kenapa suhu relau naik mendadak pada log ini:

${amb('source_code.snippet', f`2025-01-29 03:00:00 RELAU-2 suhu_atas=1548C suhu_bawah=1502C gas_m3j=812 kaca_t_j=14.2
2025-01-29 03:15:00 RELAU-2 suhu_atas=1561C suhu_bawah=1509C gas_m3j=845 kaca_t_j=14.0
2025-01-29 03:30:00 RELAU-2 suhu_atas=1589C suhu_bawah=1511C gas_m3j=902 kaca_t_j=13.1`)}`),

  rec('form_tl', f`Pakiayos ang form na ito para mas madaling basahin ng mga aplikante:

Pangalan: ____________________
Petsa ng kapanganakan: MM/DD/YYYY
Email: ________@________
Cellphone: 09XX XXX XXXX
Password sa portal: (gagawin mo sa unang login)`),

  rec('chat_zh', f`帮我整理一下这几个电力交易合同的信息：合同编号 GD-DA-2025-00418，交易单元 EIC 10YCN-GUANGDONGT，交割时段 2025-02-01 00:00 至 2025-02-28 24:00，电量 120,000 MWh，价格 0.412 元/kWh。`),

  rec('chat_zh_tw', f`資安同事問這段是不是洩漏，其實這是我們對外公開的 API 驗簽公鑰吧？

${PUB_PEM}

還有這張聽力中心網站的憑證：

${CERT}`),

  rec('chat_ko', f`요트 엔진 진단기 펌웨어 파일이 손상됐는지 확인하고 싶어요. 제조사가 준 SHA-256 값은 ${SHA('b62n-fw1')}이고, 제가 받은 파일은 ${SHA('b62n-fw2')}입니다. 다르면 다시 받아야 하나요?`),

  rec('html_ja', f`このメール署名のロゴがOutlookで表示されません。原因を教えてください。

${amb('source_code.snippet', f`<table><tr><td>
  <img src="data:image/png;base64,${PNG_B64}" width="64" height="16" alt="北陸ガラス資源">
</td><td>北陸ガラス資源株式会社 営業部</td></tr></table>`)}`),

  rec('chat_sw', f`Naomba unisaidie kupanga malipo ya ada ya maombi yaliyopokelewa jana: muamala wa M-Pesa SJK4H7Y2PQ (TSh 50,000), SJK4H9A1ZR (TSh 50,000), SJL2B6C8WX (TSh 30,000). Namba ya kumbukumbu ya chuo ni ADM-2025-1182.`),

  rec('chat_da', f`Kan du lave en tabel over modparterne på vores handelsdesk? Ørsted Salg & Service: LEI 5493008K7TQ1ZRJ4V209, Equinor ASA: LEI OW6QFBNCKXC7US5C2391, Statkraft Energi: LEI 549300T8WKP1GJ2WTU61. Kolonner: navn, LEI, land.`, 'LEIs identify companies, not people or accounts'),

  rec('chat_sv', f`Vi vill skriva i personalhandboken att alla på glasåtervinningen alltid kan prata konfidentiellt med företagshälsovården om stress. Kan du formulera ett stycke om det?`, 'casual use of "konfidentiellt"'),

  rec('form_fi', f`Tässä on koulutuksessa käytetty esimerkkilasku. Onko muotoilu selkeä?

Saaja: Esimerkki Oy
Tilinumero: FI00 1234 5600 0007 85
Viitenumero: 1232
Summa: 100,00 €`, 'IBAN with wrong check digits'),

  rec('chat_et', f`Kinkekaart ei toimi poes: number 6035 7724 1938 0041, PIN on kraabitava riba all. Pood ütleb, et kaart pole aktiveeritud. Kellega peaks ühendust võtma?`, 'Luhn-failing gift-card number'),

  rec('chat_lb', f`Kanns du mer eng Tabell maache mat de Gewënnzuelen vun der leschter Woch? Ziehung vum 25.01.: 7, 14, 22, 31, 39, 47. Ziehung vum 29.01.: 2, 11, 18, 26, 34, 42. An d'Lottozentral ass um 17 Auer zou.`),

  rec('form', f`Make this patient registration form accessible (labels, error messages):

Full name: ____________________
Date of birth: MM/DD/YYYY
Social Security No.: 000-00-0000
Insurance member ID: ______________
Phone: (___) ___-____
Email: ______________________`),

  rec('chat_en_uk', f`For the new staff training deck I need example phone numbers that can never ring a real person. Is ${amb('pii.phone', '07700 900418')} OK for the UK mobile, and what about a landline — ${amb('pii.phone', '0161 496 0732')}? Also is "QQ 12 34 56 C" the right dummy NI number format?`, 'Ofcom drama-range numbers: ambiguous; QQ-prefixed NINO unissued'),

  rec('chat', f`We're evaluating "confidential computing" VMs for our trading risk engine — do AMD SEV-SNP instances actually protect the position data from the cloud provider's admins, and what's the performance hit for Monte Carlo runs?`),

  rec('package_lock', f`${amb('source_code.snippet', f`"node_modules/date-fns": {
  "version": "3.6.0",
  "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
  "integrity": "${INTEGRITY('b62n-int1')}"
},
"node_modules/zod": {
  "version": "3.23.8",
  "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz",
  "integrity": "${INTEGRITY('b62n-int2')}"
}`)}

npm ci says integrity checksum failed for zod on the admissions portal build. Clear the cache?`),

  rec('chat_pt', f`Os cartões de teste da documentação do gateway são ${amb('financial.payment_card', '4111 1111 1111 1111')} para aprovado e ${amb('financial.payment_card', '4000 0000 0000 0002')} para recusado, certo? Quero testar o pagamento das propinas no ambiente de pré-produção.`, 'well-known test cards: ambiguous'),

  rec('chat_es_cl', f`Necesito ordenar las guías de despacho de vidrio reciclado de enero: folio 184220 (Renca, 22,4 t), folio 184231 (Quilicura, 18,9 t), folio 184245 (Pudahuel, 25,1 t). Súmame el total por comuna y calcula el promedio por viaje.`),

  rec('chat_fr_ht', f`Un client m'a demandé comment réinitialiser le mot de passe de l'application de suivi de son moteur hors-bord. Tu peux m'écrire les étapes en français simple ? Il a un téléphone Android.`),

  rec('chat_de_at', f`Kannst du mir die Lieferantenliste mit UID-Nummern formatieren? Glas-Recycling Tirol GmbH ATU 6418 2736, Scherbenhandel Wagner KG ATU 5839 1027, Transporte Huber e.U. ATU 7720 4815. Spalten: Firma, UID, Bundesland.`, 'company VAT ids (UID): public business identifiers'),

  rec('ssh_config', f`${amb('source_code.snippet', f`Host gitlab-yard
  HostName gitlab.solentmarinediesel.co.uk
  User git
  IdentityFile ~/.ssh/id_ed25519_yard
  Port 2222`)}

Git clone of ${amb('pii.email', 'git@github.com')}:solent-marine/engine-diag.git works, but the yard GitLab asks for a password. What's wrong with my config?`),

  rec('chat_ar_eg', f`عندنا نظام قديم بيخزن كلمات السر بالشكل ده في الداتابيز: ${ambCat('credential', BCRYPT)}. هل bcrypt بتكلفة 10 كفاية ولا لازم نرفعها؟`, 'a password hash: ambiguous, no rule id'),

  rec('chat_en_ng', f`Our compliance team wants to publish the monthly winners count on the website without names. January: 14,208 winners, total prize value ₦382,417,500, largest single prize ₦50,000,000 (ticket serial 08-0417-2281-33). Write it as a short press note, no personal details.`),

  rec('chat_en_ie', f`The open-day booking confirmations use reference codes like OD25-4471-KQ and the Eventbrite order numbers are 10-digit (e.g. 9184736250). Can you write a regex that matches only our OD codes so we can filter the export?`),

];
