/**
 * Held-out batch 129: hard negatives — ISINs, ring numbers, donor codes, PLC tags, test keys,
 * placeholders, masked and check-digit-failing numbers, casual "confidential", in many languages.
 * Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b129n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b129n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const CERT = pem('CERTIFICATE', 'b129n-cert', 720);
const BCRYPT = tok('$2y$10$', fill('b129n-bcrypt', B62 + './', 53));
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b129n-sshpub', B64, 43)} ops@rtu-jump-01`;

export const BATCH129_NEGATIVES: DraftRecord[] = [
  // ── exchange ──
  rec('chat_en', f`Can you sort these instruments by sector for the weekly surveillance summary? FI4000482917 (Kvarken Shipping), SE0019283746 (Nordvik Bygg), EE3100048271 (Tallinn Tekstiil), LT0000128374 (Baltijos Pienas). MIC is XMRX for all.`, 'ISINs: instrument identifiers, not accounts'),

  rec('chat_de', f`Kannst du mir erklären, was ein LEI ist? Im Meldeformular steht z. B. 5299004KX81TQ7ZLMH36 als Legal Entity Identifier des Handelsteilnehmers, und daneben der MIC XFRA. Muss ich das bei jeder Verdachtsmeldung angeben?`),

  rec('log', f`${amb('source_code.snippet', f`2025-02-06T15:10:02.418337221Z ORD NEW  id=9f31c2e0 sym=NRDV side=B px=14.215 qty=4000 acct=ACC-7731 member=M041
2025-02-06T15:10:02.418901554Z ORD CXL  id=9f31c2e0 sym=NRDV reason=USER latency_ns=564333
2025-02-06T15:10:02.419002117Z TRD      id=t-55190284 sym=NRDV px=14.210 qty=1200 buy=M017 sell=M041`)}

Is a 0.56 ms cancel after placement typical for an algo, or does it look like spoofing?`),

  rec('chat_sv', f`Vi ska skriva en mall för insiderförteckningen. Kolumnerna är: förnamn, efternamn, födelsedatum (ÅÅÅÅ-MM-DD), personnummer (ÅÅMMDD-XXXX), mobilnummer (+46 7X XXX XX XX). Kan du göra den som en tom Excel-tabell med exempelrad "Anna Andersson, 19XX-XX-XX"?`),

  rec('chat_fi', f`Olen aika varma (confident), että tämä hälytys on väärä positiivinen: sama kauppias osti ja myi eri asiakkaiden puolesta, mikä on normaalia markkinatakaajalle. Miten perustelisin tämän tapauksen sulkemisen lyhyesti?`),

  rec('chat_en_gb', f`We need a confidentiality agreement template for external experts who help us review suspicious transaction reports. Can you draft one with a 5-year term and a clause on market-sensitive information?`),

  rec('chat_lt', f`Paaiškink, kaip veikia kainų kaitos ribojimo mechanizmas (volatility interruption): jei akcijos kaina per 5 minutes pakinta daugiau nei 10 %, prekyba stabdoma 2 minutėms. Ar tai tas pats kaip "circuit breaker"?`),

  // ── laundromat chain ──
  rec('chat_de', f`Ein Kunde sagt, seine Treuekarte 6280 0193 8475 6102 wird am Automaten in Köln-Ehrenfeld nicht erkannt. Die Karte ist von 2019. Müssen wir alte Karten austauschen?`, 'loyalty card number failing the Luhn check'),

  rec('chat_fr', f`Le bon cadeau n° 4917 6200 3185 7402 (valeur 25 €) n'est pas accepté par la caisse du pressing. Comment je vérifie s'il a déjà été utilisé ?`, 'gift voucher number failing the Luhn check'),

  rec('chat_pt_br', f`A máquina de lavar W07 da lavanderia de Pinheiros mostra o erro "E:21 – drenagem". Número de série 71029384-BR-2021, firmware 3.8.2. O técnico vem amanhã, mas dá pra fazer algo antes?`),

  rec('env_example', f`${amb('source_code.snippet', f`# kiosk/.env.example
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
TWILIO_AUTH_TOKEN=<twilio-auth-token>
MQTT_PASSWORD=\${MQTT_PASSWORD}
POS_DB_URL=postgres://USER:PASSWORD@localhost:5432/pos
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`)}

Schreib mir bitte einen README-Abschnitt, der jede Variable erklärt.`),

  rec('receipt_it', f`Ricevuta lavanderia – Ordine 20250212-0418
Capi: 2 camicie, 1 giacca
Pagato con: Mastercard •••• 7359
Totale: € 23,50
Ritiro previsto: 14/02 dopo le 17:00

Mi aiuti a tradurre in inglese per un cliente straniero?`),

  rec('chat_es_mx', f`Oye, ¿cómo le explico a la señora de la lavandería de Polanco que la clave del WiFi viene impresa en el ticket y que no se la podemos dar por teléfono? Quiero que suene amable.`),

  rec('chat_zh', f`我们洗衣店想在门口贴个告示：“衣物超过30天未取，本店概不负责。”能帮我写得客气一点吗？中英对照。`),

  rec('chat_ru', f`Напиши, пожалуйста, объявление для прачечной самообслуживания: "Стиральные машины №1–6 работают от жетонов, сушильные — от карт. Размен у администратора с 9:00 до 21:00." Коротко и понятно.`),

  // ── geothermal plant ──
  rec('chat_en', f`OPC UA node ids for the new well pad, can you turn them into a tag list for the historian? ns=2;s=HE31.WHP.PV, ns=2;s=HE31.WHT.PV, ns=2;s=HE31.FCV-310.OUT, ns=2;s=HE32.WHP.PV. Engineering units: bar(g), °C, %.`),

  rec('chat_is', f`Hvernig breyti ég gildinu á Modbus-skrá 40010 (holding register) í float? Tvö 16-bita orð, big-endian. Dæmi: 0x4193 0x3333 ætti að vera 18,4 bar.`),

  rec('changelog', f`RTU firmware release notes, summarise for the shift supervisors:

firmware v4.12.1.3 (build 2025-01-28), sha256:${SHA('b129n-fw')}
- fixes watchdog reset under DNP3 unsolicited load
- adds PTP time sync
- default netmask for the OT VLAN stays 255.255.255.0`, 'a four-part version string and a netmask, not IP addresses'),

  rec('chat_id', f`Tolong ringkas data uji sumur ini untuk laporan: sumur PLTP-07, tekanan kepala sumur 12,8 bar, laju alir massa 42 kg/s, entalpi 1.580 kJ/kg, kandungan H2S 310 ppm, non-condensable gas 2,1 % berat.`),

  rec('pr_review', f`Is it OK to commit this to the repo? It's the public cert of the historian and the jump host's public key.

${CERT}

${SSH_PUB}`),

  rec('chat_tr', f`Kızıldere sahasındaki kuyu numaralandırması şöyle: KD-21, KD-22A, KD-31R (reenjeksiyon). Tasarım basıncı 40 bar, test tarihi 2025-03-04. Bunları İngilizce bir tabloya çevirir misin?`),

  rec('chat_sw', f`Tafadhali eleza tofauti kati ya "binary cycle" na "flash steam" kwa mitambo ya jotoardhi kama ile ya Olkaria, kwa lugha rahisi kwa wanafunzi wa sekondari.`),

  rec('chat_en', f`Our control-room radio callsigns are CR1–CR4 and the site phone extension list is 2201–2245. Can you make a laminated quick-reference card layout?`),

  rec('config', f`${amb('source_code.snippet', f`historian:
  host: \${HISTORIAN_HOST}
  user: {{ .Values.historian.user }}
  password: {{ .Values.historian.password }}
  tls: true
alarms:
  smtp_password: "********"`)}

Helm render fails with "nil pointer evaluating interface {}.user". Where is it?`),

  // ── gamete bank ──
  rec('chat_de', f`Wie formuliere ich die Etiketten für die Kryo-Röhrchen? Unser Schema: Spender-Code SB-D-2291, Strohhalm-Nr. 01–12, Tank T3, Canister 4, Goblet B. Dazu der Single European Code (SEC) im Format "DE000123 SB-D-2291 0001 20250214". Ist das lesbar genug?`, 'pseudonymous donor code and tissue codes: not personal identifiers'),

  rec('chat_da', f`Kan du skrive en kort forklaring til patienter om forskellen på åben og anonym donation? Ingen navne, bare en generel tekst til hjemmesiden.`),

  rec('chat_nl', f`Maak een tijdlijn voor een IVF-behandeling met donorsperma: stimulatie start op dag 2 van de cyclus, punctie rond dag 14, terugplaatsing op dag 5 na de punctie, zwangerschapstest 11 dagen later. Geen datums nodig, alleen dagen.`),

  rec('chat_he', f`אנחנו צריכים תבנית של הסכם סודיות לתורמים (confidentiality agreement template). תוכל לכתוב טיוטה קצרה בעברית, בלי פרטים אישיים?`),

  rec('chat_ar', f`من فضلك، أريد كتابة إعلان للبحث عن متبرعين بالحيوانات المنوية في المستشفى الجامعي. الشروط: العمر بين 18 و40 عامًا، صحة جيدة، ولا يوجد أجر سوى تعويض عن التنقل. اكتبه بالعربية والفرنسية.`),

  rec('chat_cs', f`Potřebuji vysvětlit pacientce výsledky spermiogramu dárce bez jakýchkoli osobních údajů: koncentrace 68 mil./ml, progresivní motilita 52 %, morfologie 6 % normálních forem. Je to v normě podle WHO 2021?`),

  // ── bird-ringing network ──
  rec('chat_nl', f`Vandaag in het net: Rietzanger, ring Arnhem V.912847, vleugel 66 mm, gewicht 11,2 g, leeftijd 3 (eerstejaars). Teruggevangen: Fitis, ring Arnhem BX.40718. Kun je dit omzetten naar het formaat van het ringverslag?`, 'bird ring numbers'),

  rec('csv', f`${amb('source_code.snippet', f`ring,scheme,species,age,sex,wing_mm,mass_g,date,lat,lon
7A41729,DER,Sylvia atricapilla,3,M,74,17.8,2025-04-21,47.7612,9.0413
7A41730,DER,Sylvia atricapilla,4,F,75,18.4,2025-04-21,47.7612,9.0413
ZH48291,DER,Acrocephalus scirpaceus,3,U,65,10.9,2025-04-22,47.7608,9.0420`)}

Welche Vögel wurden an beiden Tagen gefangen? Bitte als Pivot-Tabelle.`),

  rec('chat_pl', f`Bocian z obrączką ELP Gdańsk DN 6271 został zaobrączkowany jako pisklę (wyklucie ok. 2024-06-02) w gnieździe w Żywkowie. Teraz odczytano go w Sudanie. Jak obliczyć odległość i kierunek lotu?`, 'a bird hatching date, not a person\'s date of birth'),

  rec('chat_hr', f`Pomozi mi napisati pozivnicu za kamp prstenovanja na Vranskom jezeru: okupljanje u 5.00 kod promatračnice, ponesite gumene čizme i čeonu svjetiljku. Mreže postavljamo u 5.30, prvi pregled u 6.00.`),

  rec('chat_ru', f`Привет! Напишешь короткую памятку для волонтёров по кольцеванию птиц? Диаметр кольца зависит от вида: для воробья 2,8 мм, для синицы 2,3 мм. Личные данные не нужны.`),

  rec('chat_nl', f`Kun je ons ringverslag samenvatten? We hebben 412 vogels geringd, 38 terugvangsten gehad en de meest gevangen soort was de kleine karekiet. Alleen een korte alinea voor de nieuwsbrief, graag.`),

  rec('chat_en', f`The ringing scheme's field guide is ISBN 978-0-903793-83-1 and the EURING code for Blackcap is 12770. Can you make a cheat sheet of EURING codes for the 20 commonest warblers?`),

  // ── tutoring marketplace ──
  rec('chat_en', f`I'm a tutor explaining the Luhn algorithm to 14-year-olds. Is a made-up number like 3816 2749 053 a good example to walk through, or should I pick something that doesn't look like a card?`),

  rec('form_check', f`Our payout form accepts this IBAN although the check digits are wrong: DE40 7605 0000 1948 2736 11. The validator only checks length. Can you write a mod-97 check in TypeScript?`, 'IBAN with a failing mod-97 check'),

  rec('chat_te', f`నమస్తే, ట్యూటర్ల కోసం వారపు షెడ్యూల్ తయారు చేయాలి: సోమవారం నుండి శుక్రవారం వరకు సాయంత్రం 5 నుండి 8 వరకు, ప్రతి సెషన్ 45 నిమిషాలు. ఒక టేబుల్ ఇవ్వగలరా?`),

  rec('chat_hi', f`नमस्ते, हमारे ट्यूशन प्लेटफ़ॉर्म पर शिक्षकों के लिए "सत्र रद्द करने की नीति" हिंदी में लिख देंगे? 24 घंटे पहले रद्द करने पर पूरा रिफ़ंड, उसके बाद 50%।`),

  rec('payout_table', f`Payout report for the finance sync, please compute fees:

tutor_id | masked account           | gross  | currency
T-40817  | DE** **** **** **** **36 10 | 412.50 | EUR
T-40822  | IT** * ***** ***** ****0463718 | 96.00  | EUR
T-51207  | card •••• 4412           | 184.50 | EUR`),

  rec('chat_es', f`¿Cuál es la diferencia entre las claves sk_test_ y sk_live_ de Stripe? En el entorno de pruebas de la plataforma de clases usamos ${STRIPE_TEST} y quiero asegurarme de no mezclarlas.`),

  rec('chat_ko', f`튜터 정산 보고서에 들어가는 세션 ID 형식 좀 봐 주세요: sess_01HQ8Z3K4M7N2P5R9T1V6X8Y0B, 청구서 번호 INV-2025-02-004817. 이 둘을 어떻게 구분해서 표시하면 좋을까요?`),

  rec('chat_uk', f`Привіт! Напиши, будь ласка, коротку пам'ятку для репетиторів про надійний пароль: щонайменше 12 символів, окремий пароль для кожного сайту, користуйтеся менеджером паролів. Справжні приклади паролів не потрібні.`),

  rec('chat_en_us', f`For the tutor FAQ, list which test phone numbers we use in the staging SMS flow: ${amb('pii.phone', '(312) 555-0182')} for "verified" and ${amb('pii.phone', '+44 7700 900417')} for "undeliverable". Explain they never receive real texts.`, 'fictional 555-01xx and Ofcom drama numbers: ambiguous'),

  rec('chat_vi', f`Tài liệu đào tạo gia sư có câu: "Mật khẩu mặc định là ******** và phải đổi khi đăng nhập lần đầu". Bạn viết lại cho rõ hơn giúp mình được không?`),

  rec('chat_en_in', f`One of our old PHP modules stores tutor passwords like ${ambCat('credential', BCRYPT)}. Is bcrypt cost 10 still acceptable or should we move to argon2id? Kindly advise.`, 'a bcrypt hash: ambiguous, no rule id'),

  rec('chat_it', f`Ciao, mi aiuti a scrivere un messaggio di benvenuto per i nuovi tutor della piattaforma? "I pagamenti vengono effettuati ogni lunedì; il minimo per il prelievo è di 20 euro." Qualcosa di cordiale.`),

  rec('git', f`Rebase conflict in the payouts service, git status says:

interactive rebase in progress; onto 3c8e71a
   pick 91b2d4f feat(payouts): batch SEPA export
   pick e07a5c3 fix(kyc): accept PNG scans
Next: pick 4d19f8b chore: bump stripe to 17.5.0

Image: ghcr.io/tutorbridge/payouts@sha256:${SHA('b129n-img')}

How do I drop the chore commit?`),
];
