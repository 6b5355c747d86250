/**
 * Held-out batch 67: hard negatives — booking references, vessel and tool identifiers, meter and
 * lot numbers, music registry codes, masked or checksum-failing numbers, placeholders, hashes,
 * public keys and casual uses of "secret" / "confidential" in many languages (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const SHA = (seed: string) => fill(seed, HEX, 64);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b67n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b67n-pklive', B62, 97));
const CERT = pem('CERTIFICATE', 'b67n-cert', 820);
const PUBKEY = pem('PUBLIC KEY', 'b67n-pub', 294);
const BCRYPT = tok('$2y$10$', fill('b67n-bcrypt', B62 + './', 53));
const QR = fill('b67n-qr', B64, 96);

export const BATCH67_NEGATIVES: DraftRecord[] = [
  rec('booking_confirmation', f`Can you shorten this booking confirmation for an SMS?

SALTWIND FERRIES – Booking confirmed
Booking ref: SW7-KQ4M2X   ·   Ticket no. 2250318-004417
Sailing: Holyhead → Dublin, Fri 18 Apr 2025, dep 08:05, arr 11:20
Vessel: MV Menai Spirit (IMO 9412387, MMSI 235082716)
Vehicle: car < 1.85 m, reg. not provided
Cabin: none · Seats: 3 (Club Lounge)
Paid: Visa ending 4417 · €312.60`),

  rec('timetable_cy', f`Allwch chi droi'r amserlen yma'n dabl taclus?

Caergybi – Dulyn, o 1 Mai 2025
Llun–Gwener: 02:40, 08:05, 14:10, 20:40
Sadwrn: 08:05, 14:10
Sul: 08:05, 20:40
Amser hwylio: 3 awr 15 munud. Gwirio i mewn yn cau 45 munud cyn gadael.`),

  rec('chat_ga', f`Tá biachlár nua againn don chaifé ar an mbád. An bhfuil "an comhábhar rúnda" ceart don "secret ingredient" inár seacláid the, nó an bhfuil leagan níos nádúrtha ann? Seo an líne: "Seacláid the Saltwind – le comhábhar rúnda ón gcócaire."`),

  rec('fares_tl', f`Paki-format itong fare matrix bilang table, salamat!

Batangas–Calapan (RoRo)
Ordinaryo: ₱380 · Estudyante: ₱304 · Senior/PWD: ₱271.43
Kotse (hanggang 5 m): ₱2,150 · Motorsiklo: ₱560
Biyahe: tuwing 2 oras mula 4:00 AM hanggang 10:00 PM
Booking hotline ng pier: local 2204`),

  rec('chat_sw', f`Ratiba ya feri kwa wiki ijayo: Kilimanjaro VI inaondoka Dar saa 1:00 asubuhi na saa 9:30 alasiri; nauli ya daraja la kawaida ni TSh 35,000, VIP TSh 65,000. Tiketi namba zinaanza na ZNZ-2025-. Nisaidie kuandika tangazo fupi la Instagram.`),

  rec('eticket_id', f`Tiket elektronik dari pelanggan ini tidak bisa dipindai di gerbang Merak. Isi QR-nya (dari aplikasi):

KODE BOOKING: MRK8Q2ZT
NO. TIKET: 0125-0318-77410
QR: ${QR}
Kapal: KMP Nusa Bahari · Keberangkatan 18/03/2025 21:00 WIB

Apakah QR-nya rusak atau formatnya beda?`),

  rec('schedule_mt', f`Agħmilli tabella minn dan, please: il-vapur MV Ghawdxija (IMO 9581730) jitlaq minn Ċirkewwa kull 45 minuta bejn 06:00 u 21:00. Prezz tal-biljett ta' ritorn: €4.65 adulti, €1.15 tfal. Karozza: €15.70. Numru tal-lista tal-prezzijiet: TP-2025/04.`),

  rec('chat_ms', f`Bagasi penumpang hilang dalam perjalanan Pulau Pinang–Langkawi. Nombor tag bagasi: LGK 228 4719 dan LGK 228 4720, tiket PKL-25-031877. Tolong tulis surat permohonan maaf yang ringkas.`),

  rec('clinical_fr', f`Reformule ce compte rendu pour la patiente, en langage simple :

Diagnostic : L40.0 psoriasis vulgaris, PASI 14,2, BSA 18 %. Phototype Fitzpatrick III.
Traitement : méthotrexate 15 mg/semaine + acide folique 5 mg J+1 ; photoprotection SPF 50+.
Lot du vaccin antigrippal : FL4827B, péremption 06/2025.
Contrôle biologique à S4 (NFS, ASAT/ALAT, créatinine). RDV de suivi : 14/05/2025 à 9h40.`),

  rec('price_list_ko', f`피부과 시술 가격표를 표로 정리해 주세요.
- 레이저 토닝 (코드 LT-01) 1회 99,000원 / 10회 850,000원
- 보톡스 이마 (BT-FH) 150,000원
- 여드름 압출 (AC-02) 50,000원
- 제품 바코드: 8809481273650 (시카 크림), 8809481273667 (선크림 SPF50+ PA++++)
부가세 포함, 2025.04.01 기준.`),

  rec('chat_pt', f`Qual é a diferença entre a referência Multibanco e o IBAN? Um paciente recebeu "Entidade 21453, Referência 118 009 274, Montante 65,00 €" e perguntou se pode pagar por transferência em vez disso.`),

  rec('chat_gl', f`Estou a preparar un post para a clínica: "O segredo dunha pel sa no inverno non é ningún segredo: hidratación, protección solar e paciencia." Podes facelo máis curto e con dous emojis?`),

  rec('test_fixture_eu', f`Gure NAN balidatzaileak ez ditu letra okerrak baztertzen. Test hauek huts egiten dute:

${v('source_code.snippet', f`@pytest.mark.parametrize("nan", ["72841936A", "33519207B", "00000000X"])
def test_letra_okerra_baztertzen_da(nan):
    # letra okerra: balidatzaileak False itzuli behar du
    assert not nan_baliozkoa(nan)`)}`, 'DNIs with deliberately wrong check letters in a validator test: invalid, not personal data; the test itself is pasted code'),

  rec('ingredients_si', f`මේ ක්‍රීම් එකේ ලේබලය සිංහලට පරිවර්තනය කරන්න:
Niacinamide 5%, Zinc PCA 1%, Panthenol 2%
Batch: DV-2503-118 · Exp: 02/2027 · Barcode 4800194827369
Apply twice daily. Avoid contact with eyes.`),

  rec('tool_log', f`Summarise the downtime for ETCH-09 from this tool history export:

${amb('source_code.snippet', f`2025-03-04 06:12:44 EQ=ETCH-09 S/N=LRX-2291-0473 STATE=PRD->UDT ALID=3104 "RF reflected power high"
2025-03-04 06:40:02 EQ=ETCH-09 LOT=N25C0412.1 WAFERS=25 RECIPE=POLY_ME_V7.3 ABORTED
2025-03-04 09:58:31 EQ=ETCH-09 STATE=UDT->ENG PM_KIT=0190-48271 REV B
2025-03-04 13:20:17 EQ=ETCH-09 STATE=ENG->PRD QUAL=PASS PARTICLES=3 (>0.09um)
2025-03-04 13:21:05 EQ=ETCH-09 RECIPE_HASH=sha256:${SHA('b67n-recipe')}`)}`),

  rec('chat_de', f`Wir brauchen eine Vorlage für eine Geheimhaltungsvereinbarung mit einem Ersatzteillieferanten. Was gehört typischerweise rein (Laufzeit, Definition vertraulicher Informationen, Ausnahmen)? Bitte nur die Gliederung, keinen fertigen Vertrag.`),

  rec('chat_ko', f`사내 문서에 "${amb('confidential.marking', '대외비')}" 표시를 할 때 머리글에 넣는 게 맞나요, 바닥글에 넣는 게 맞나요? 워드에서 모든 페이지에 자동으로 들어가게 하는 방법도 알려 주세요.`, 'a marking quoted in a question about formatting, not marking this text: ambiguous'),

  rec('helm_lv', f`Sveiki, vai šis Helm values fails ir droši glabājams Git repozitorijā?

${amb('source_code.snippet', f`spcDashboard:
  image: norvale/spc-dashboard:2.7.1
  env:
    - name: DB_PASSWORD
      valueFrom:
        secretKeyRef: { name: spc-db, key: password }
    - name: DD_API_KEY
      valueFrom:
        secretKeyRef: { name: datadog, key: api-key }
  ingress:
    host: spc.fab2.norvale.local`)}`),

  rec('env_example_lt', f`Parašyk README skyrių, kuris paaiškina šiuos kintamuosius:

${amb('source_code.snippet', f`# .env.example — nukopijuokite į .env
OPENAI_API_KEY=sk-...
SLACK_BOT_TOKEN=xoxb-your-token-here
FDC_DB_URL=postgresql://<vartotojas>:<slaptažodis>@localhost:5432/fdc
SMTP_PASSWORD=
AWS_SECRET_ACCESS_KEY=********`)}`),

  rec('meter_export', f`Which of these meters look stuck? Same reading for 3 months = suspicious.

${amb('source_code.snippet', f`account,meter_serial,tag,lat,lon,jan,feb,mar
WTR-00418273,KAM-21-0048127,DMA07-M112,51.48213,-3.17904,1412,1412,1412
WTR-00418274,KAM-21-0048128,DMA07-M113,51.48230,-3.17881,977,989,1003
WTR-00421930,ELS-19-7730412,DMA09-M007,51.49102,-3.16570,220,220,221`)}`),

  rec('lab_hy', f`Ջրի որակի անալիզների արդյունքները դարձրու աղյուսակ.
Նմուշ №2025-0311-07, Արաբկիր
pH 7,4 · պղտորություն 0,6 NTU · մնացորդային քլոր 0,32 մգ/լ · նիտրատներ 8,1 մգ/լ
Կոլիֆորմ բակտերիաներ՝ 0 ԳԱՄ/100 մլ
Լաբորատորիայի հավատարմագրում՝ ISO/IEC 17025, վկայական AM-LAB-0418`),

  rec('chat_ky', f`Бишкекте 14–16-апрелде суу өчүрүлө турган көчөлөрдүн тизмесин кыскача жарыя кылып жазып бериңиз: Жал-29 (9:00–17:00), Асанбай (10:00–18:00), Тунгуч 1–3-үйлөр. Маалымат телефону: 1555 (кыска номер).`),

  rec('tariff_tg', f`Тарифи нави обро ба ҷадвал гузоред: аҳолӣ — 1,72 сомонӣ барои 1 м³, ташкилотҳо — 6,40 сомонӣ, обпартов — 0,85 сомонӣ. Аз 1 апрели 2025 эътибор дорад. Рақами қарор: 118/25.`),

  rec('chat_prs', f`یک شعر کوتاه برای کارمندان شرکت آب بنویس که در آن بگوید راز زندگی در آب است و هر قطره ارزش دارد. لطیف و ساده باشد.`),

  rec('chat_ps', f`زموږ د اوبو د بلونو شمېرې داسې دي: B-1403-778210 او B-1403-778211. ایا دا کولی شو د QR کوډ سره وصل کړو چې خلک یې په موبایل کې وګوري؟`),

  rec('validator_test_az', f`IBAN yoxlayan funksiyamız bu test dəyərlərində səhv nəticə verir. Niyə?

${v('source_code.snippet', f`def test_yanlis_nezaret_reqemi():
    # nəzarət rəqəmləri qəsdən dəyişdirilib
    assert not iban_duzgundur("AZ16IBAZ38090019441938276155")
    assert not iban_duzgundur("AZ00 XXXX 0000 0000 0000 0000 0000")`)}`, 'IBANs with deliberately broken check digits and a placeholder in a validator test'),

  rec('chat_rw', f`Nfasha kwandika itangazo: amazi azabura mu murenge wa Kimironko ku wa Kane tariki ya 17 Mata kuva saa tatu za mu gitondo kugeza saa kumi z'umugoroba, kubera gusana umuyoboro. Ushaka amakuru yandi ahamagare 3535 (ubuntu).`),

  rec('localstack_bs', f`Kolega je na wiki stavio ovaj docker-compose za lokalno testiranje uploada očitanja vodomjera. Jesu li ovi ključevi opasni ako je repo javan?

${amb('source_code.snippet', f`services:
  localstack:
    image: localstack/localstack:3.8
    ports: ["4566:4566"]
  uploader:
    build: ./uploader
    environment:
      AWS_ENDPOINT_URL: http://localstack:4566
      AWS_ACCESS_KEY_ID: AKIAIOSFODNN7EXAMPLE
      AWS_SECRET_ACCESS_KEY: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
      BUCKET: ocitanja-test`)}`, 'AWS documentation keys against LocalStack: no credential'),

  rec('royalty_statement', f`Explain this royalty statement line by line for the artist:

Statement period: Q4 2024 · Payee ID: BF-ART-00417
ISRC GB-BFA-24-00312 "Low Tide" — streams 412,880 — €1,031.42
ISRC GB-BFA-24-00313 "Salt Roads" — streams 96,102 — €240.11
ISWC T-345.246.800-1 · IPI 00731429518
UPC 5059421873064
Paid to: IBAN GB** **** **** **** **92 61`),

  rec('chat_af', f`Die bank se opgawe wys "Kaart 5173 84** **** 3452" en "Rekening ****7193" vir die tantieme-betaling. Hoe weet ek vir watter kunstenaar dit was? Ons verwysing was BF-ZA-2025-0219.`),

  rec('lyrics_ig', f`Biko tụgharịa abụ a n'asụsụ Bekee ma debe ụda ya: "Nzuzo m bụ gị, ọ bụ gị ka m na-echeta n'abalị niile" — nke a bụ ukwe nke abụ ọhụrụ Chinedu ga-abụ na Lagos.`),

  rec('lyrics_vi', f`Giúp mình viết tiếp điệp khúc cho bài hát mới của Hoàng Yến, giữ vần: "Có một bí mật em chưa từng nói, giấu trong mưa chiều tháng Năm..."`),

  rec('chat_ja_2', f`来月の「シークレットライブ」の告知文を考えてください。会場は当日まで極秘、というワクワク感を出したいです。チケットはファンクラブ会員限定、抽選番号は FC-2505-0417 から始まります。`),

  rec('code_js_pt', f`Oi, a loja de merch da banda usa isto no checkout. A chave publicável de produção no front-end e a chave de teste nos testes são problema?

${v('source_code.snippet', f`// front/checkout.js
const stripe = Stripe('${PK_LIVE}');
const elements = stripe.elements({ locale: 'pt-BR' });

// test/setup.js
process.env.STRIPE_SECRET_KEY ??= '${STRIPE_TEST}';`)}

Nos testes o cartão ${amb('financial.payment_card', '4242 4242 4242 4242')} passa normal.`, 'a publishable key (public by design) and a test-mode secret key: no credential'),

  rec('cert_ca', f`El proveïdor del portal de càstings ens demana el certificat i la clau pública per al SSO. Aquests són els que hem de compartir, oi? No és cap secret?

${CERT}

${PUBKEY}`),

  rec('questionnaire', f`Help me answer these cyber proposal-form questions for a small client (no details yet, just explain what the insurer wants):

Q7. Are passwords stored in plain text anywhere? (Y/N)
Q8. Do you enforce MFA for remote access and e-mail?
Q9. Provide your password policy (min. length, rotation, lockout).
Q10. Are privileged accounts separate from day-to-day accounts?`),

  rec('ioc_he', f`תסדר לי את רשימת האינדיקטורים מהדוח לטבלה (hash, סוג, מקור):

${SHA('b67n-ioc1')} — loader.dll — VirusTotal
${SHA('b67n-ioc2')} — encryptor.exe — צוות IR
CVE-2024-21762 (FortiOS SSL VPN), CVE-2023-4966 (Citrix Bleed)
מזהה אירוע: 7c3e91a0-4b2d-4f8e-9a61-d05f2b8c7e34`),

  rec('policy_fr', f`Peux-tu comparer ces deux propositions pour le client ?
Police n° HGR-CY-2025-00418 : plafond 1 000 000 €, franchise 10 000 €, prime 8 420 € HT
Police n° ALZ-CYB-7730192 : plafond 2 000 000 €, franchise 25 000 €, prime 11 900 € HT
SIREN de l'assuré : 482 739 105 · code NAF 4941A`),

  rec('fraud_note_sq', f`Klienti thotë se karta 4539 1728 4061 5371 u refuzua për biletën e tragetit. Sistemi thotë "numër i pavlefshëm" – me siguri e ka shkruar gabim. Si t'ia shpjegoj me mirësjellje në shqip?`, 'Luhn-failing card number the text itself calls invalid'),

  rec('form_template_bn', f`এই ফর্ম টেমপ্লেটটা সুন্দর করে সাজিয়ে দিন (রোগী নিবন্ধন):

নাম: ____________________
জন্ম তারিখ: দিন/মাস/বছর
মোবাইল: +91 __________
আধার নম্বর: XXXX XXXX XXXX
ইমেল: ____________@________`),

  rec('workflow_id', f`${amb('source_code.snippet', f`jobs:
  sync-kuotasi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Kirim ke portal penanggung
        env:
          PORTAL_TOKEN: \${{ secrets.PORTAL_TOKEN }}
          DB_URL: \${{ vars.DB_URL }}
        run: python kirim_kuotasi.py --env production`)}

Apakah aman kalau saya tambahkan "echo $PORTAL_TOKEN" buat debug?`),

  rec('db_dump', f`Old CRM dump from an insured's breach. Are these passwords recoverable? Column "pwd" has values like ${ambCat('credential', BCRYPT)} — cost 10 bcrypt.`, 'a bcrypt hash: ambiguous (no rule id), per the conventions'),

  rec('chat_ne', f`नमस्ते, कलाकारहरूको कार्यक्रम तालिका बनाइदिनुहोस्: वैशाख ५ गते पोखरा (साँझ ६ बजे), वैशाख ७ गते चितवन, वैशाख १२ गते काठमाडौं। टिकट मूल्य रु. १,५०० र रु. ३,०००। कार्यक्रम कोड: BF-NP-2082-04।`),

  rec('firewall_en', f`Is this firewall rule too broad for the SCADA DMZ?

${amb('source_code.snippet', f`set security policies from-zone CORP to-zone SCADA-DMZ policy hist-read match source-address ${amb('pii.ip_address', '10.20.0.0')}/16
set security policies from-zone CORP to-zone SCADA-DMZ policy hist-read match destination-address ${amb('pii.ip_address', '10.44.2.50')}
set security policies from-zone CORP to-zone SCADA-DMZ policy hist-read match application junos-pgsql
set security policies from-zone CORP to-zone SCADA-DMZ policy hist-read then permit`)}`),

  rec('form_error_lv', f`Pasažieris sūdzas, ka tiešsaistes reģistrācija neļauj turpināt. Ekrānšāviņā redzams: "Dzimšanas datums: 31.13.1988 — nederīgs datums". Kā paskaidrot, ka jāievada formātā DD.MM.GGGG? Uzraksti īsu, pieklājīgu atbildi latviski.`, 'an impossible birth date (day 31, month 13, not a transposition of a valid one) that the form itself rejects: no label'),

  rec('chat_kk', f`Жолаушылар паромының кестесін кестеге айналдырыңыз: Құрық – Ələt, дүйсенбі мен бейсенбі 22:00, жол жүру уақыты ~ 18 сағат. Кеме: «Professor Gul», IMO 9372838. Билет нөмірлері KRK-25-000418-ден басталады.`),

  rec('chat_my', f`ကူးတို့ လက်မှတ်စျေးနှုန်းကို ဇယားလုပ်ပေးပါ: ပန်းဆိုးတန်း–ဒလ လူကြီး ၃၀၀ ကျပ်၊ ကလေး ၁၅၀ ကျပ်၊ နိုင်ငံခြားသား ၂ ဒေါ်လာ။ မနက် ၆ နာရီမှ ည ၉ နာရီအထိ မိနစ် ၂၀ ခြားတစ်စီး။`),

  rec('chat_ceb', f`Unsa may sekreto sa maayong customer service sa pantalan? Ang akong manager nag-ingon nga "pahiyom ug pasensya" ra. Himoi og lima ka tips para sa among mga ticket seller.`),
];
