/**
 * Held-out batch 66: hard negatives — receipts with masked cards, GS1 and batch numbers, chainages,
 * IMO and container numbers, ISBNs and call numbers, test keys, placeholders, digests, public keys,
 * invalid numbers and casual uses of "secret", "password" and "confidential" in many languages
 * (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous spans and
 * pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const SK_TEST = tok('sk_', 'test_', '51', fill('b66n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b66n-pklive', B62, 97));
const PK_LIVE2 = tok('pk_', 'live_', '51', fill('b66n-pklive2', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b66n-sshpub', B64, 43)}`;
const CERT = pem('CERTIFICATE', 'b66n-cert', 870);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAA${b64Bytes('b66n-png', 360)}`;
const ARGON = tok('$argon2id$v=19$m=65536,t=3,p=4$', fill('b66n-argsalt', B64.replace(/[+/]/g, ''), 22), '$', fill('b66n-arghash', B64.replace(/[+/]/g, ''), 43));
const INTEGRITY = (seed: string) => `sha512-${fill(seed, B64, 86)}==`;

export const BATCH66_NEGATIVES: DraftRecord[] = [
  rec('env_test', f`Is it OK that the checkout test env uses a live publishable key? Everything else is test mode.

${cfg(f`# .env.test – paywall checkout
STRIPE_SECRET_KEY=${SK_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_WEBHOOK_SECRET=whsec_REPLACE_ME
PAYWALL_METER_LIMIT=5`)}`, 'Stripe test secret key and a publishable key: not credentials'),

  rec('receipt_de', f`Kannst du diese Rechnung ins Englische übersetzen? Ein Abonnent in London braucht sie für seine Firma.

Talbote Verlag GmbH · Rechnung Nr. 2025-0041187
Abo-Nr.: 3104877 · Talbote Digital Jahresabo
Zeitraum: 01.03.2025 – 28.02.2026
Betrag: 189,00 € (inkl. 7 % USt. 12,36 €)
Bezahlt mit Visa •••• 4417 am 27.02.2025
ISSN 0943-2817`),

  rec('doc_es_co', f`Ayúdame a mejorar este instructivo para los agentes de la mesa de suscripciones:

1. Entre al CRM con su usuario (nombre.apellido) y la contraseña que le llegó por correo.
2. Si aparece "Contraseña: ********", no la comparta ni la copie en el chat.
3. Para restablecerla, escriba a soporte con el asunto "Restablecer <su-usuario>".
4. Nunca pida al suscriptor el código de seguridad de su tarjeta.`),

  rec('scan_fr', f`Le scanner du quai de réception renvoie ces lignes pour une palette. Peux-tu me dire quels champs correspondent au GTIN, au lot et à la date de péremption ?

(01)05904827130528(17)260930(10)L24-0918
(01)04032819074169(17)270315(10)A7731B
(01)08713940257169(17)251231(10)VX20418
AMM : FR/V/4827193 2/2019 · ATCvet : QJ01CA04`),

  rec('chat_it', f`Domanda per il DPO: quando un veterinario ci manda per email la ricetta elettronica, dobbiamo trattarla come dato riservato anche se non contiene il nome del proprietario dell'animale? E per quanto tempo la conserviamo?`),

  rec('chat_nl', f`Kun je uitleggen wat deze nummers op de verpakking betekenen? REG NL 10472, EU/2/15/184/001, partij 24K118, vervaldatum 09-2026, UDI (01)08713940257169. De klant denkt dat het een serienummer per doos is.`),

  rec('chat_pl', f`Klient podał kod bonu podarunkowego na prenumeratę: 6035 7724 1938 0047, ale system go nie przyjmuje. Czy to może być błąd w kodzie, czy bon jest już wykorzystany? Napisz proszę grzeczną odpowiedź.`, 'Luhn-failing voucher code'),

  rec('report_de_at', f`Fasse bitte den Vortriebsstand für die Wochenbesprechung zusammen:

Weströhre: Tm 2+418 erreicht, Ring 1.614, Wochenleistung 92 m
Oströhre: Tm 2+301, Ring 1.536, Stillstand 14 h (Schneidradinspektion, 4 Disken getauscht)
TBM S-1187 (Herrenknecht EPB, Ø 10,02 m), Nachläufer 8 Wagen
SPS-Meldung 4711: DB100.DBD24 Grenzwert Schneidraddrehmoment überschritten (quittiert)`),

  rec('survey_scot', f`Can ye convert these survey points to lat/long for the client's map? They're OSGB36 / British National Grid.

CH-0120  E 325412.418  N 665018.227  RL 38.514
CH-0140  E 325431.903  N 665003.681  RL 38.402
CH-0160  E 325451.377  N 664989.135  RL 38.297
Grid ref for the shaft: NT 2541 6501`),

  rec('log_cl', f`La tuneladora reporta esto cada pocos segundos. ¿Cómo lo filtro para quedarme solo con las alarmas?

${cfg(f`2025-02-19T07:42:11.418-03:00 INFO  tbm-gw sensor=EMPUJE_07 valor=1834.5 unidad=kN req=5c1e8a27-7b93-4d0f-a612-9e4f03c7b815
2025-02-19T07:42:11.420-03:00 WARN  tbm-gw sensor=PRESION_CAMARA_2 valor=2.91 unidad=bar limite=2.80 origen=${amb('pii.ip_address', '10.30.4.21')}
2025-02-19T07:42:12.002-03:00 INFO  tbm-gw anillo=1204 estado=montaje_completo dovelas=6+1`)}`),

  rec('chat_nn', f`Eg har gløymt passordet til timelistesystemet og lenkja for å tilbakestille det kjem ikkje fram. Kven bør eg kontakte, og kva skal eg skrive i meldinga?`),

  rec('chat_sv', f`Vi utvärderar molntjänster för appens analysdata. Kan du förklara skillnaden mellan "konfidentiell databehandling" (confidential computing) och vanlig kryptering i vila, på enkel svenska?`),

  rec('list_fi', f`Voitko muotoilla tämän hankintalistan taulukoksi (nimeke, ISBN, luokka, kpl)?

Tove Jansson: Muumipeikko ja pyrstötähti – ISBN 978-951-0-46214-7 – YKL 84.2 – 6 kpl
Väinö Linna: Tuntematon sotilas – ISBN 978-951-0-39871-2 – YKL 84.2 – 4 kpl
Rosa Liksom: Hytti nro 6 – ISBN 978-951-1-31642-5 – YKL 84.2 – 3 kpl`),

  rec('chat_et', f`Lugeja kaart ei tööta iseteenindusautomaadis: triipkood 21900048271935, kehtiv kuni 31.12.2026. Automaat ütleb „tundmatu lugeja". Kas viga võib olla kontrollnumbris?`),

  rec('chat_hu', f`A nagymamám titkos receptje szerint sütöm a bejglit, de most kiszáradt. Szerinted több vajat kellene tenni a tésztába, vagy rövidebb ideig sütni?`),

  rec('json_cs', f`Ahoj, jak mám v Dockeru předat proměnné do tohoto konfiguráku? Aplikace je nenačítá.

${cfg(f`{
  "katalog": {
    "db": "postgres://\${DB_USER}:\${DB_PASSWORD}@\${DB_HOST}:5432/katalog",
    "smtpPassword": "\${SMTP_PASSWORD}",
    "apiKey": "<vložte klíč>"
  }
}`)}`),

  rec('checksums_sk', f`Stiahol som inštalačné obrazy pre nové terminály v knižnici. Sedia tieto kontrolné súčty so stránkou výrobcu?

${SHA('b66n-iso1')}  debian-12.9.0-amd64-netinst.iso
${SHA('b66n-iso2')}  koha-24.11-appliance.ova`),

  rec('git_ro', f`Am încurcat ceva la rebase pe branch-ul cu noul formular de abonare. Output-ul:

${cfg(f`interactive rebase in progress; onto 7c41e9a
Last commands done (2 commands done):
   pick 3f8a2d1 feat(abonare): câmp nou pentru adresa de livrare
   pick b90c7e4 fix(abonare): validare cod poștal
Next commands to do (1 remaining command):
   pick e21d5f8 chore: actualizare dependențe`)}

Cum renunț la ultimul commit?`),

  rec('ssh_sl', f`Ali je v redu, da ta ključ pošljem dobavitelju, da nam odpre dostop do strežnika za samoizposojo? Gre za javni ključ, kajne?

${SSH_PUB} skrbnik@samoizposoja-01`, 'public SSH key'),

  rec('lock_hr', f`Zašto npm ci javlja "integrity checksum failed" samo na build serveru?

${cfg(f`"node_modules/marc-record-js": {
  "version": "4.2.1",
  "resolved": "https://registry.npmjs.org/marc-record-js/-/marc-record-js-4.2.1.tgz",
  "integrity": "${INTEGRITY('b66n-int1')}"
},
"node_modules/xml2js": {
  "version": "0.6.2",
  "integrity": "${INTEGRITY('b66n-int2')}"
}`)}`),

  rec('chat_sr', f`Здраво, можеш ли да ми направиш табелу од ових поруџбина за књижару? Поруџбина 2025-0318 од 14.02.2025, отпремница 88/2025, број пошиљке RR418273955RS, испорука очекивана 21.02. Укупно 37 наслова.`),

  rec('chat_mk', f`Клиентот ни прати IBAN ${'MK16 3002 5363 2072 196'} за поврат на средства, но банката вели дека е неважечки. Дали е проблемот во контролните цифри? Напиши ми кратка порака до клиентот на македонски.`, 'IBAN with a wrong check digit'),

  rec('chat_sq', f`Sa kohë duhet për të rinovuar pasaportën në Shqipëri dhe çfarë dokumentesh duhen? Një punëtor i yni në tunel e ka të skaduar muajin tjetër dhe duhet të udhëtojë për në Austri.`),

  rec('report_el', f`Μπορείς να μου μεταφράσεις στα αγγλικά την αγορά της εβδομάδας για το newsletter;

Capesize: το m/v Aegean Dawn (IMO 9412830, MMSI 538004812, call sign V7AB4) ναυλώθηκε P&C για ταξίδι Τουμπαράο–Κίνα. Το m/v Ionian Star (IMO 9764518) ναυλώθηκε στα 14.250 USD/ημέρα. Ο δείκτης BCI έκλεισε στις 2.418 μονάδες.`, '"fixed P&C" in a market report: the rate is undisclosed, the report itself is not marked'),

  rec('chat_bg', f`Изчисли ми средния TCE за седмицата: понеделник 12 418 USD/ден, вторник 12 905, сряда 13 370, четвъртък 13 112, петък 12 987. BSI-58 затвори на 1 204 пункта, а BHSI на 712.`),

  rec('chat_uk', f`Перевір, будь ласка, чи правильні номери контейнерів у коносаменті MEDU4820193: MSCU4827190, TGHU9371057, CMAU6182041. Клієнт каже, що один із них не проходить перевірку контрольної цифри.`),

  rec('chat_ru', f`Посчитай сталийное время: судно прибыло в RUNVS (Новороссийск) 03.02 в 14:20, нотис принят 03.02 в 18:00, швартовка 05.02 в 09:40, погрузка окончена 07.02 в 22:15. Норма 8 000 т/сутки SHINC, груз 45 000 т пшеницы. Координаты якорной стоянки 44°40'N 037°50'E.`),

  rec('chat_kk', f`Құпия сөзімді ұмытып қалдым, поштаға қалпына келтіру сілтемесі келмей жатыр. Әкімшіге қалай жазсам болады? Қысқа әрі сыпайы хат құрастырып беріңізші.`),

  rec('code_uz', f`Salom! Frontendda Stripe'ning live publishable key'i ochiq turibdi, bu xavflimi? Kod:

${code(f`const stripe = Stripe('${PK_LIVE2}');
const elements = stripe.elements({ locale: 'auto' });
elements.create('payment').mount('#payment-element');`)}`, 'publishable key: public by design'),

  rec('docs_az', f`README-ni Azərbaycan dilinə tərcümə edə bilərsən?

## Quraşdırma
1. \`.env.example\` faylını \`.env\` adı ilə kopyalayın.
2. \`DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DB\` sətrini öz məlumatlarınızla əvəz edin.
3. \`API_KEY=YOUR_API_KEY\` dəyərini idarəetmə panelindən götürün.`),

  rec('code_hy', f`Այս թեստը moto 5-ով չի անցնում, ինչու՞։

${code(f`@pytest.fixture
def aws(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

@mock_aws
def test_upload_positions(aws):
    s3 = boto3.client("s3", region_name="eu-central-1")
    s3.create_bucket(Bucket="ais-positions", CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})`)}`, 'AWS documentation keys in a test fixture'),

  rec('chat_ka', f`ტესტ გარემოში გადახდის შესამოწმებლად ვიყენებ ბარათს ${amb('financial.payment_card', '4111 1111 1111 1111')}, ვადა 12/30, CVV 123. რატომ ამბობს sandbox რომ "card declined"?`, 'well-known test card: ambiguous'),

  rec('export_he', f`ייצאנו את טבלת המשתמשים הישנה של אפליקציית המנויים. העמודה password מכילה ערכים כמו ${ambCat('credential', ARGON)}. זה מספיק בטוח או שצריך לעשות rehash במעבר?`, 'password hash: ambiguous, no rule claims it'),

  rec('invoice_ar_sa', f`ترجم لي هذه الفاتورة للإنجليزية من فضلك:
فاتورة ضريبية رقم INV-1446-0917
التاريخ: 17 شعبان 1446 هـ (16 فبراير 2025)
الرقم الضريبي للمورد: 300482719054823
طلب شراء: PO-77120، عدد الكراتين: 48 (لقاحات دواجن)
الإجمالي شامل الضريبة 15%: 27,830.00 ريال`),

  rec('form_fa', f`این فرم ثبت‌نام را برای اپلیکیشن فارسی کن و متن خطاها را هم بنویس:
نام کاربری: ____
رمز عبور: ********
تکرار رمز عبور: ********
تاریخ تولد: روز / ماه / سال`),

  rec('chat_ur', f`ہمارے اخبار کے مارکیٹنگ ہیڈ کہتے ہیں کہ کامیابی کا راز مستقل مزاجی ہے۔ اس پر قارئین کے لیے ایک مختصر اداریہ لکھ دیں، زیادہ سے زیادہ 150 الفاظ۔`),

  rec('form_hi', f`यह सैंपल KYC फॉर्म सही दिख रहा है? डेवलपर ने टेस्टिंग के लिए ये भरे हैं:
नाम: टेस्ट यूज़र
आधार: 5440 6280 7805
मोबाइल: 98XXXXXX10
जन्म तिथि: DD/MM/YYYY`, 'Verhoeff-failing Aadhaar-shaped number'),

  rec('chat_bn', f`সাপোর্ট টিকিটে ইউজার এই আইডিগুলো পাঠিয়েছে: session 0b7e4c29-6a1f-4d83-9e52-c8a17f30d964, device 4f2a9c81-3e07-4b6d-a195-7d08e2c6b413। এগুলো দিয়ে কি আমরা তার অ্যাকাউন্ট খুঁজে পেতে পারি?`),

  rec('chat_th', f`อีเมลแจ้งเตือนสมาชิกห้องสมุดแสดงโลโก้ไม่ขึ้นใน Outlook ผมใส่รูปแบบนี้:
<img src="data:image/png;base64,${PNG_B64}" alt="LibNet">
ควรเปลี่ยนเป็นลิงก์รูปภาพแทนไหมครับ`),

  rec('chat_km', f`សូមជួយតាមដានកញ្ចប់ឥវ៉ាន់នេះ៖ លេខតាមដាន EE481927355KH ផ្ញើពីភ្នំពេញថ្ងៃទី ១២ កុម្ភៈ។ អតិថិជនសួរថាពេលណាទើបមកដល់។`),

  rec('chat_vi', f`Đối tác ở Hải Phòng gửi mã SWIFT ${amb('financial.swift_bic', 'VBAAVNVX')} nhưng không có số tài khoản. Mình nên hỏi lại những thông tin gì để chuyển tiền cước tàu?`),

  rec('minjs_id', f`Error di Sentry nunjuk ke baris ini di bundle aplikasi, ini sebenarnya ngapain?

${cfg(f`(self.webpackChunkcyclora=self.webpackChunkcyclora||[]).push([[771],{4410:(e,t,n)=>{n.d(t,{X:()=>a});var r=n(8153);function a(e){const t=new Date(e.lastPeriod);return t.setDate(t.getDate()+(e.cycleLength||28)),(0,r.format)(t,"yyyy-MM-dd")}}}]);`)}`),

  rec('chat_tl', f`Confident naman ako sa presentation bukas tungkol sa bagong paywall, pero pakicheck mo nga kung malinaw yung slide tungkol sa presyo: ₱149 kada buwan, ₱1,490 kada taon.`),

  rec('nginx_zh', f`这个 nginx 配置里放的证书是公开的吧？可以直接贴到工单里给供应商看吗？

${cfg(f`server {
    listen 443 ssl;
    server_name opac.libnet-consortium.org;
    ssl_certificate /etc/nginx/certs/opac.crt;
}`)}

opac.crt 的内容：
${CERT}`),

  rec('chat_zh_tw', f`請幫我把這些書的索書號排好順序，要按照中國圖書分類法：857.7 8343、863.57 4432、857.63 2218、528.2 7719。另外閱覽室開放時間是週二到週日 9:00–21:00。`),

  rec('chat_yue', f`我哋下個禮拜同同事搞個驚喜生日會，要保守秘密唔畀佢知。幫我諗幾個藉口，令佢星期五六點前返到公司？`),

  rec('lock_ko', f`package-lock.json 에서 충돌이 났는데, 이 부분은 그냥 아무 쪽이나 선택해도 되나요?

${cfg(f`<<<<<<< HEAD
    "node_modules/date-fns": { "version": "3.6.0", "integrity": "${INTEGRITY('b66n-int3')}" },
=======
    "node_modules/date-fns": { "version": "4.1.0", "integrity": "${INTEGRITY('b66n-int4')}" },
>>>>>>> feature/cycle-calendar`)}`),

  rec('chat_ja', f`社内のパスワードポリシーの文案を作ってください。12文字以上、使い回し禁止、90日ごとの変更は不要、管理者は多要素認証必須、という内容です。スクリーンショットに「パスワード: ********」と写るのは問題ない、とも書いてください。`),

  rec('chat_mn', f`Манай номын сангийн шинэ уншлагын танхим 3-р сарын 15-нд нээгдэнэ. Нээлтийн зарлалыг монгол, англи хэлээр богино бичиж өгөөч. Цагийн хуваарь: Даваа–Баасан 9:00–20:00.`),

  rec('chat_sw', f`Mteja amelipa usajili wa gazeti kwa M-Pesa, ujumbe wa uthibitisho unasema: "SBK3X7YQ2L Confirmed. Ksh1,200.00 sent to TAIFA DIGITAL on 14/2/25 at 9:41 AM." Tunaweza kutumia msimbo huo kuthibitisha malipo kwenye mfumo wetu?`),

  rec('form_us', f`Make this intake form template accessible (labels, hints, error messages):

Full name: ____________________
SSN: 000-00-0000 (example only)
Date of birth: MM/DD/YYYY
Phone: ${amb('pii.phone', '(614) 555-0143')}

Our QA also tested with 666-42-1873 and the validator accepted it, which it shouldn't.`, 'fictional 555-01xx number ambiguous; SSN with area 666 invalid'),

  rec('script_uk', f`Continuity note for the newspaper's radio ad: the presenter reads out "call us on ${amb('pii.phone', '07700 900418')}" — that's the Ofcom drama range, right? Just want to be sure we're not printing a real number.`, 'Ofcom drama number: ambiguous'),

  rec('chat_fr_qc', f`Peux-tu simplifier la section « Politique de confidentialité » de l'appli? On veut expliquer en mots simples qu'on ne vend pas les données sur le cycle et qu'on peut tout supprimer depuis les paramètres.`),

  rec('chat_am', f`ሰላም፣ ለቤተ መጻሕፍቱ አዲስ የንባብ ክበብ ማስታወቂያ በአማርኛ ጻፍልኝ። ስብሰባው በየወሩ የመጀመሪያ ቅዳሜ ከጠዋቱ 4 ሰዓት ነው።`),

  rec('form_sk', f`Pri registrácii čitateľa v knižnici nám systém nevezme tento dátum: „Dátum narodenia: 31.13.2009". Mamička to tak napísala do prihlášky. Čo jej máme napísať, aby dátum opravila?`, 'impossible date (month 13) under a date-of-birth label: no valid value, unlabelled'),
];
