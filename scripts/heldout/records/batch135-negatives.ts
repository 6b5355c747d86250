/**
 * Held-out batch 135: hard negatives from the batch's six organisations — identifiers, readings,
 * placeholders, documentation keys, test cards, failing check digits, public keys, hashes and
 * casual uses of "secret" or "confidential", in many languages (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit, spacedFours as spaced } from '../../corpus/checksums';
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

/** A 16-digit number whose last digit is deliberately not the Luhn check digit. */
const badLuhn = (payload15: string): string => payload15 + String((luhnCheckDigit(payload15) + 3) % 10);
/** An IBAN with its check digits deliberately off by one. */
const badIban = (cc: string, bban: string): string => {
  const good = Number(ibanCheckDigits(cc, bban));
  return cc + String(good === 98 ? 97 : good + 1).padStart(2, '0') + bban;
};

const VOUCHER = badLuhn('603571829460137');
const BAD_IBAN_NL = badIban('NL', 'INGB0748291635');
const BAD_IBAN_DE = badIban('DE', '370400440532013000');
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b135n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b135n-pklive', B62, 97));
const VPN_CERT = pem('CERTIFICATE', 'b135n-vpncert', 870);
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b135n-sshpub', B64, 43)} logistics@cg-kharkiv`;
const SHA = (seed: string) => fill(seed, HEX, 64);
const BCRYPT = tok('$2y$10$', fill('b135n-bcrypt', B62 + './', 53));
const CISCO8 = tok('$8$', fill('b135n-c8salt', B62, 14), '$', fill('b135n-c8hash', B62 + './', 43));

export const BATCH135_NEGATIVES: DraftRecord[] = [
  // ── crane maintenance contractor ───────────────────────────────────────────
  rec('chat_nl', f`Welke van deze containernummers hebben een fout controlecijfer? De OCR bij de gate heeft ze gemarkeerd, maar volgens mij zit de OCR fout: MSCU 482739 1, TGHU 918273 0, CMAU 730192 8, HLXU 604817 5. Leg ook de ISO 6346-regel simpel uit voor de nieuwe controleurs.`),

  rec('maintenance_nl', f`Zet dit onderhoudsschema om naar een tabel:
Kraan QC-12 – 2000-urenbeurt gepland 24-03-2025
- Hijsdraad Ø 36 mm, 6x36WS-IWRC, breukkracht 1010 kN: visuele inspectie + diametermeting op 12 punten
- Boutverbindingen bom-scharnier M36 10.9, aanhaalmoment 2850 Nm
- Reductiekast hijswerk: olie ISO VG 320, 410 liter
- Firmware frequentieregelaar 4.12.1.3 → 4.14.0.2
Vorige beurt: 08-11-2024, 17.940 draaiuren.`),

  rec('env_example_de', f`Schreib bitte eine README-Sektion, die jede Variable erklärt:

${amb('source_code.snippet', f`# .env.example – Telemetrie-Uploader (Vorlage, NICHT echte Werte eintragen und committen)
CRANE_ID=STS-XX
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
HISTORIAN_DB_PASSWORD=<passwort-aus-keepass>
GRAFANA_TOKEN=\${GRAFANA_TOKEN}`)}`),

  rec('chat_el', f`Γράψε μου μια ανακοίνωση για τους τεχνικούς: από τη Δευτέρα η βάρδια ξεκινά 06:00 αντί 06:30 στην προβλήτα ΙΙ. Το μυστικό για λιγότερες βλάβες στις γερανογέφυρες είναι απλό: καθημερινός έλεγχος λίπανσης. Κράτα το σύντομο και φιλικό.`),

  rec('parts_list_ko', f`부품 발주 목록을 영어로 번역해 주세요:
- 트위스트락 센서 (P/N 4471-0093-B) 8개
- 스프레더 플리퍼 실린더 씰 키트 (P/N SK-2290-17) 4세트
- 와이어로프 Ø32mm, 420m, 로트번호 2025-03-0417
납기: 4월 15일, 발주번호 PO-HCS-250318-02`),

  rec('log', f`${amb('source_code.snippet', f`2025-03-11T02:13:58.112Z INFO  plc-bridge crane=QC-22 hoist_load_t=31.4 trolley_pos_m=42.18 sway_deg=0.6
2025-03-11T02:14:00.947Z WARN  plc-bridge crane=QC-22 twistlock=LOCKED pin_angle_deg=44 expected=90 req=5b1e9c27-4a3f-4d6b-9e08-71c2f5a83d14
2025-03-11T02:14:01.203Z ERROR plc-bridge crane=QC-22 event=HARD_LANDING decel_g=2.8 container=MSCU4827391`)}

Explain what these three lines mean for someone who's not an engineer.`),

  rec('chat_pl', f`Możesz przetłumaczyć na angielski? "Interwał serwisowy suwnicy RTG-31 wynosi 500 motogodzin. Ostatni przegląd 14.02.2025 przy 12 460 h. Okładziny hamulcowe: grubość 9,2 mm, granica 6 mm."`),

  // ── IVF and egg-freezing clinics ────────────────────────────────────────────
  rec('chat', f`Can you make this stim monitoring summary easier to read for the patient?
Day 6: E2 612 pg/mL, follicles R 12/11/10/9, L 13/11/10
Day 8: E2 1,340 pg/mL, follicles R 16/15/13/12/10, L 17/15/14/11
Plan: continue 225 IU FSH + 75 IU hMG, add antagonist tonight, rescan day 10 (Fri 14 March, 7:40am).`),

  rec('marketing', f`Proofread our website blurb: "Thinking about egg freezing? Book a free 20-minute chat with one of our coordinators. Everything you share with us stays confidential, and there's no obligation to start treatment. Evening slots available Monday to Thursday."`, 'a privacy promise in marketing copy, not a document marking'),

  rec('chat', f`I need a confidentiality agreement template for our anonymous egg donors and recipients — UK law, plain English, no more than two pages. What clauses should it have?`),

  rec('form_fr', f`Rends ce formulaire d'accueil plus clair et accessible :

Nom : ____________________
Date de naissance : __/__/____
N° de sécurité sociale : _ __ __ __ ___ ___ __
Téléphone : 06 __ __ __ __
Motif de consultation : ☐ bilan de fertilité ☐ préservation ovocytaire ☐ FIV`),

  rec('schedule_ja', f`来月の採卵・移植スケジュールを表にしてください。
3月18日（火）採卵 3件（8:30、9:15、10:00）
3月21日（金）凍結胚移植 2件（11:00、11:30）
3月25日（火）採卵 2件（8:30、9:15）
培養室メンテナンス：3月28日 終日`),

  rec('receipt', f`Translate this receipt to Spanish for the patient's mother:
Lumen Fertility – Houston
Egg freezing cycle deposit · Receipt R-2025-03-0417
Paid: $2,500.00 by Visa •••• 4417 on 03/07/2025
Balance due before stimulation start: $6,300.00`),

  rec('log', f`${amb('source_code.snippet', f`[2025-03-12 06:00:02] cryo-monitor tank=4 ln2_level_pct=78.4 temp_c=-195.8 status=OK sensor=8c2f7e41-93b6-4d05-a1e8-6f3c9d2b7a50
[2025-03-12 06:05:02] cryo-monitor tank=4 ln2_level_pct=78.3 temp_c=-195.8 status=OK
[2025-03-12 06:10:02] cryo-monitor tank=5 ln2_level_pct=31.0 temp_c=-195.6 status=LOW_LEVEL alarm_id=ALM-20250312-0061`)}

Why would the autodialer not fire for the LOW_LEVEL line?`),

  rec('chat_zh_tw', f`請幫我把這段衛教說明改得更口語：「取卵後 24 小時內避免劇烈運動，若出現腹脹、尿量減少或體重一天增加超過 1 公斤，請立即回診。下次回診日期：3 月 20 日上午 9:00。」`),

  rec('chat_pt', f`Podes resumir isto para a reunião? Ciclos de congelação de ovócitos em 2024: 418 (Lisboa 251, Porto 167). Média de ovócitos maduros por ciclo: 9,4. Taxa de sobrevivência pós-desvitrificação: 87 %. Meta 2025: 480 ciclos.`),

  // ── microbrewery and taproom group ──────────────────────────────────────────
  rec('recipe', f`Scale this recipe from 10 bbl to 30 bbl and keep the IBU the same:
Porch Light Pils — OG 1.048, FG 1.009, 4.9% ABV, 32 IBU
Pilsner malt 440 lb, Carapils 20 lb
Saaz 60 min 6 lb, Saaz 10 min 4 lb, Saaz whirlpool 4 lb
Mash 149°F for 60 min, ferment 50°F, lager 4 weeks at 32°F.`),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.test — committed, test mode only
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
SQUARE_ACCESS_TOKEN=sandbox-token-goes-here
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/shop_test`)}

Our CI for the growler-preorder shop uses this. Is it a problem that the publishable key is the live one?`),

  rec('chat', f`For the online shop QA, Stripe says to use ${amb('financial.payment_card', '4242 4242 4242 4242')} with any future expiry. Does Square have an equivalent test card or do I have to use their sandbox nonce?`),

  rec('chat', f`Customer says their gift voucher ${spaced(VOUCHER)} doesn't work at the Pearl St taproom. It was bought at the brewery shop in December. How do I check if it's been activated?`, 'a gift-voucher number that fails the Luhn check'),

  rec('chat_cs', f`Napiš krátký text na etiketu: "Náš tajný recept? Žatecký chmel, spodní kvašení a trpělivost – ležíme 6 týdnů." EAN plechovky: 8594004218273, šarže L25-071.`),

  rec('inventory', f`${amb('source_code.snippet', f`keg_id,size,beer,filled,location
CK-HB-0417,1/2 bbl,Porch Light Pils,2025-03-03,Pearl St
CK-HB-0418,1/2 bbl,Porch Light Pils,2025-03-03,Pearl St
CK-SX-1102,1/6 bbl,Foghorn Stout,2025-02-24,Alberta Ave
CK-HB-0431,1/2 bbl,Hazy Daze IPA,2025-03-10,warehouse`)}

Which kegs have been out longer than 21 days as of today (14 March)?`),

  rec('chat_he', f`תכתוב לי פוסט לאינסטגרם על הבירה החדשה שלנו: "הסוד של הסטאוט החורפי? קפה קלוי מקומי ושיבולת שועל. 6.2% אלכוהול, 38 IBU. מגיעים לברזייה ביום חמישי מ-18:00."`),

  rec('chat_de_at', f`Kannst du mir bei einer Antwort helfen? Ein Gast fragt, ob unser Zwickl glutenfrei ist. Ist es nicht. Bitte freundlich, österreichisch, und erwähn, dass wir ab April ein glutenreduziertes Märzen (Sud 2025/14) haben.`),

  rec('bank_masked_da', f`Banken viser betalingen til vores humleleverandør som "DK** **** **** **73 52, ref. 20250319". Hvordan finder jeg ud af, hvilken faktura det er?`),

  // ── regional court's jury-summons office ────────────────────────────────────
  rec('template', f`Make this jury questionnaire template accessible (screen readers, plain language):

Full name: ______________________
Date of birth: MM/DD/YYYY
Social Security Number: XXX-XX-XXXX
Daytime phone: (___) ___-____
Are you a U.S. citizen? ☐ Yes ☐ No`),

  rec('training', f`For the new staff training deck: explain why we never ask jurors to email their SSN. Use a made-up example like ${amb('pii.us_ssn', '123-45-6789')} and show how it should appear masked (***-**-6789) in the case system.`),

  rec('chat', f`Our old juror import choked on the value 666-41-2093 in the SSN column. Is that even a valid SSN format? I thought 666 was never issued.`, 'an SSN with area 666: never issued'),

  rec('chat_es', f`¿Me explicas en lenguaje sencillo por qué las deliberaciones del jurado son secretas según la Ley Orgánica del Tribunal del Jurado? Es para una charla con estudiantes de bachillerato.`),

  rec('schedule_ko', f`다음 주 국민참여재판 일정을 표로 정리해 주세요.
- 2025고합117 강도상해 / 4월 8일 09:30 / 제2형사부 / 배심원 7명, 예비 1명
- 2025고합129 특수상해 / 4월 10일 10:00 / 제3형사부 / 배심원 5명
법정: 본관 301호`),

  rec('stats_es', f`Conviértelo en un párrafo breve para la memoria anual: en 2024 la oficina del jurado de la Audiencia Provincial envió 4.820 citaciones; comparecieron 1.735 personas (36 %), 912 fueron excusadas, 441 aplazadas y 288 no se pudieron entregar. Espera media en la sala: 2 h 14 min.`),

  rec('chat_hr', f`Možeš mi prevesti na engleski? "Poziv sucima porotnicima za ročište u predmetu K-118/2025 zakazano je za 9. travnja u 9 sati, dvorana 12. Molimo ponesite osobnu iskaznicu."`),

  rec('chat_hu', f`Hogyan tudom visszaállítani a jelszót az esküdtportál Okta-fiókjában, ha a visszaállító e-mail nem érkezik meg? Hétfőig nincs elérhető rendszergazda.`),

  // ── satellite TV and broadband installer ────────────────────────────────────
  rec('tech_sheet', f`Explain these settings for a new installer:
Satellite: Astra 2E/2F/2G at 28.2°E
Transponder 11.778 GHz V, SR 27500, FEC 2/3, DVB-S2 8PSK
LNB LO 9750/10600 MHz, 22 kHz tone on high band
Target quality ≥ 70 %, BER < 1.0E-6
Dish: Zone 2 (60 cm), elevation 23.4°, azimuth 145.2°, skew −9°`),

  rec('csv', f`${amb('source_code.snippet', f`box_serial,model,mac,viewing_card,firmware
SKR4471092837,SRX-Q2,00:1A:2B:7C:4D:91,7419 2038 61,Q2.31.07
SKR4471092851,SRX-Q2,00:1A:2B:7C:4D:A3,7419 2038 78,Q2.31.07
SKR4481103394,SRX-Mini,00:1A:2B:81:0F:22,–,M1.08.2`)}

Which boxes are still on old firmware? Latest is Q2.32.01 / M1.09.0.`),

  rec('chat_ru', f`Напиши, пожалуйста, клиенту ответ: заявка № 2025-0312-4471 на установку тарелки перенесена на 14 марта, окно 12:00–15:00. Номер договора 77-АБ-20931, сумма к оплате 4 900 ₽ останется прежней.`),

  rec('chat_th', f`ช่วยสรุปยอดงานติดตั้งเดือนมีนาคมให้หน่อย: ติดตั้งจานใหม่ 412 งาน ย้ายจุด 87 งาน ซ่อมสัญญาณ 236 งาน เวลาเฉลี่ยต่องาน 1 ชม. 48 นาที ใบงานค้าง 19 ใบ`),

  rec('chat', f`A customer asked why their dish needs to point at 13°E "and not at the TV tower". Write a friendly two-sentence explanation. Also, what's a good generic reply when someone asks "what's my Wi-Fi password?" — we can't see it from dispatch.`),

  rec('chat_hi', f`कृपया इस संदेश का अंग्रेज़ी में अनुवाद करें: "आपकी डिश का इंस्टॉलेशन कल सुबह 10 बजे होगा। वर्क ऑर्डर नं. JO-DL-20931। टेक्नीशियन के आने से पहले घर पर किसी का होना ज़रूरी है।"`),

  rec('docs', f`## Router setup for installers

1. Connect the ONT to the WAN port.
2. Open the admin page (the address is printed on the router label).
3. Log in with the default credentials from the label, then set a new admin password with the customer — never write it on the job sheet.
4. Example config line: \`pppoe_user=<account-number>@skyreach\`, \`pppoe_pass=<from-welcome-letter>\`.

Rewrite this as a laminated quick card, max 60 words.`),

  rec('chat_vi', f`Bạn dịch giúp sang tiếng Anh: "Mã đơn lắp đặt SR-DN-558213, thiết bị thu số seri SKR4471092837, cường độ tín hiệu 82%, chất lượng 76%. Khách hàng hài lòng, không cần quay lại."`),

  // ── humanitarian demining NGO ───────────────────────────────────────────────
  rec('sitrep', f`Put these hazard-area records into a table:
HA-KHA-0417 · 37U DQ 4827 3916 · 48,200 m² · AP/AT mixed · status: technical survey
HA-KHA-0421 · 37U DQ 5102 4408 · 12,750 m² · UXO (cluster) · status: clearance 62 %
HA-KHA-0433 · 37U DQ 4719 2805 · 6,300 m² · suspected · status: non-technical survey
Coordinates are MGRS; depot at 49.6124, 36.2841.`),

  rec('fleet_ka', f`შეაჯამე ავტოპარკის მდგომარეობა დონორის ანგარიშისთვის, ინგლისურად:
CG-UA-V07 Toyota Hilux, VIN JTFHX02P205018273, 148,210 km, in service
CG-UA-V09 Toyota Land Cruiser 79, VIN JTELB71J30A094827, 201,470 km, armoured, gearbox repair
CG-UA-V12 Mitsubishi L200, VIN MMBJNKB40FD018392, 96,030 km, written off (RTA 02/03)`),

  rec('chat_ar', f`اكتب لي فقرة قصيرة لتقرير المانحين عن سرّ نجاح فريق اللوجستيات هذا الربع: تسليم 96% من الطلبات في الموعد، وتقليل استهلاك الوقود 12%، وصيانة 14 مركبة دون توقف العمليات.`),

  rec('vpn_cert', f`The field laptops' VPN profile includes this. IT says it's only the server certificate and the public key, so it's fine to share in the setup guide — correct?

${VPN_CERT}

${SSH_PUB}`),

  rec('release_check', f`Verify the ODK Collect APK before we sideload it on the 40 tablets:
ODK-Collect-v2024.3.5.apk
SHA-256: ${SHA('b135n-apk')}
Published: ${SHA('b135n-apk')}
Both match, right? Also the git tag points at commit 4c9e1a7b2f.`),

  rec('chat_km', f`សូមបកប្រែជាភាសាអង់គ្លេស៖ "ឃ្លាំងបាត់ដំបងមានប្រេងម៉ាស៊ូត ២៤០០ លីត្រ កង់ឡាន ១៦ គ្រាប់ និងវិទ្យុទាក់ទង ១២ គ្រឿង។ ការដឹកជញ្ជូនបន្ទាប់នៅថ្ងៃទី ២០ ខែមីនា។"`),

  rec('chat', f`Finance flagged an invoice: the supplier's IBAN on the PDF is ${spaced(BAD_IBAN_NL)} and our system says the check digits are wrong. The old one we paid last year was ${spaced(BAD_IBAN_DE)}, also rejected now. What should I ask the supplier for?`, 'two IBANs with deliberately wrong check digits'),

  rec('chat', f`Our old logistics web app stores user passwords as ${ambCat('credential', BCRYPT)}, and the core switch has \`username admin secret 8 ${ambCat('credential', CISCO8)}\`. The auditor says both are fine as long as nobody has the plaintext — is that right?`, 'a bcrypt hash and a Cisco type-8 hash: ambiguous, no rule id'),

  rec('chat', f`Emergency contacts card for new staff: for the UK-based desk, use the drama-safe number ${amb('pii.phone', '07700 900417')} in the training example, not a real one. Write the card text with placeholders for the country office numbers.`),

  rec('code_python', f`Write a docstring for this helper:

${v('source_code.snippet', f`def mask_phone(e164: str) -> str:
    if len(e164) < 6:
        return "***"
    return e164[:4] + "*" * (len(e164) - 6) + e164[-2:]`)}`),
];
