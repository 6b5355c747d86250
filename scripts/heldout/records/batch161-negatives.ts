/**
 * Held-out batch 161: hard negatives from the six settings — container and kit numbers, archive
 * identifiers, placeholders, masked and check-digit-failing numbers, test keys, public keys, hashes,
 * casual uses of "secret"/"confidential" in many languages. Unlabelled apart from ambiguous spans
 * (tests/corpus/README.md, "Decisions on negatives"). Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';
import { luhnWithCheck, spacedFours } from '../../corpus/checksums';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b161n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b161n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const PUB_PEM = pem('PUBLIC KEY', 'b161n-pub', 294);
const CERT = pem('CERTIFICATE', 'b161n-cert', 820);
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b161n-sshpub', B64, 43)} archivist@digitise-02`;
const BCRYPT = tok('$2y$10$', fill('b161n-bcrypt', B62 + './', 53));
const PNG_B64 = b64Bytes('b161n-png', 300);
const GIFT = spacedFours(luhnWithCheck('603571829304817'));

export const BATCH161_NEGATIVES: DraftRecord[] = [
  rec('env_example_en', f`Write a README section explaining each variable of the archive MAM worker:

${amb('source_code.snippet', f`# .env.example — copy to .env and fill in
AWS_ACCESS_KEY_ID=<your-access-key-id>
AWS_SECRET_ACCESS_KEY=<your-secret-access-key>
FOOTAGE_BUCKET=bc-archive-footage-master
MAM_API_TOKEN=
OPENAI_API_KEY=sk-...replace-me...
DB_URL=postgres://USER:PASSWORD@HOST:5432/mam`)}`),

  rec('env_test_de', f`Ist es okay, dass im Testsetup des Bäckerei-Onlineshops ein Live-Publishable-Key steht?

${amb('source_code.snippet', f`# .env.test (eingecheckt, nur Testmodus)
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
GUTSCHEIN_PREFIX=BACK-`)}`),

  rec('receipt_fr', f`Traduis ce reçu en anglais pour le client :

Archives audiovisuelles – Boutique en ligne
Commande n° AV-2024-118392 du 21/11/2024
Extrait : « Le Tour de France 1964 », 45 s, usage web
Payé par Visa •••• 4417 (exp. 09/27)
Total TTC : 180,00 €`),

  rec('list_ja', f`このコンテナ番号リストのチェックディジットが正しいか確認する方法を教えてください（ISO 6346）。

MSKU 482917 3
TGHU 739201 5
CAIU 830174 2
TCLU 482917 0
修理見積番号：EST-24-11-0381〜0394`),

  rec('edi_zh', f`帮我解释一下这段 CEDEX 修箱报文每个字段的意思：

LIN+1+DB1N:DT:RP:2.5
LIN+2+LX2N:HO:PA:1.0
MOA+203:4870.00:CNY
DTM+137:20241128:102`),

  rec('trial_ko', f`임상시험 번호 표기법 질문입니다. 프로토콜 ONC-2231, EU CT 번호 2023-504812-27-00, 약품 배치 LOT B4471-07, 키트 번호 40917~40960 범위인데 약국 재고표에 어떤 순서로 적는 게 좋을까요?`),

  rec('chat_es', f`¿Me das una plantilla de acuerdo de confidencialidad para los choferes nuevos del servicio de traslado a diálisis? Algo sencillo, que cubra los datos de los pacientes.`),

  rec('chat_it', f`Domanda generale: cos'è il "confidential computing" e ha senso per un archivio televisivo che digitalizza nastri? Oppure è solo marketing dei cloud provider?`),

  rec('form_pt_br', f`Deixa esse formulário de inscrição de mesário mais acessível (rótulos, mensagens de erro):

Nome completo: ______________________
CPF: 000.000.000-00
Data de nascimento: DD/MM/AAAA
Celular: (00) 00000-0000
Zona/Seção: ____ / ____`),

  rec('test_data_en_us', f`For the bakery payroll test environment we generate employees with SSNs in the 900 range (e.g. 900-48-2917) so they can never collide with real ones. Is that enough to keep the test data clearly fake, or should we also change names?`),

  rec('chat_en_gb', f`Our payroll software shows the placeholder NI number QQ 12 34 56 A for two new bakers who haven't got theirs yet. Does HMRC accept an FPS submission like that, or do we leave the field blank?`),

  rec('chat_nl', f`Een franchisenemer heeft BSN 284917365 ingevuld en ons systeem zegt "ongeldig". Ik denk dat hij een cijfer verkeerd heeft overgetypt. Hoe werkt die elfproef eigenlijk?`, 'BSN failing the 11-proef'),

  rec('chat_de', f`Unsere Kundenkarte im Bäckerei-Treueprogramm hat die Nummer 6280 4417 3920 5561 – die Kasse lehnt sie ab. Ist das eine Prüfziffernsache oder ist die Karte einfach nicht aktiviert?`, 'loyalty card number failing the Luhn check'),

  rec('chat_pl', f`Franczyzobiorca wpisał IBAN PL40 1140 2007 4000 0310 2735 1864 2 i bank odrzucił przelew. Pewnie literówka – jak policzyć cyfry kontrolne, żeby sprawdzić samemu?`, 'IBAN with a typo: fails mod 97'),

  rec('chat_ru', f`Объясни разницу между номером заказа, номером ДТ и номером коносамента: у нас заказ 4500392817, ДТ 10702070/281124/3048291, коносамент MAEU 238104927. Куда что писать в акте ремонта контейнера?`),

  rec('chat_uk', f`Склади графік навчання для членів дільничних комісій: вибори 30.03, навчання 10.03, 17.03 і 24.03, з 10:00 до 13:00. Реєстрація до 05.03.`),

  rec('chat_el', f`Η εφαρμογή κρατήσεων μεταφορών αιμοκάθαρσης λέει "απαιτείται έκδοση 4.12.1 ή νεότερη" αλλά στο τάμπλετ έχουμε 4.9.7. Γιατί θεωρεί τη 4.9.7 νεότερη; Συγκρίνει ως κείμενο;`),

  rec('log_he', f`למה יש כפילויות בלוג של מערכת ההסעות? הנה דוגמה:

${amb('source_code.snippet', f`2024-11-28T05:02:11Z INFO run_id=3f8a1c9e-2b47-4d6e-9a15-7c0e8d2f4b31 status=assigned vehicle=AMB-14
2024-11-28T05:02:11Z INFO run_id=3f8a1c9e-2b47-4d6e-9a15-7c0e8d2f4b31 status=assigned vehicle=AMB-14
2024-11-28T05:04:37Z INFO run_id=9d2e7b40-61c3-4f8a-b5d9-0e4a7c1f3b62 status=enroute vehicle=AMB-09`)}`),

  rec('checksums_ar', f`كيف أتحقق من سلامة ملفات الأرشيف بعد النسخ؟ هذه قيم SHA-256:

${SHA('b161n-s1')}  reel_1971_0042.mxf
${SHA('b161n-s2')}  reel_1971_0043.mxf`),

  rec('chat_hi', f`मतदान केंद्रों की सूची को क्रम में लगाना है: विधानसभा क्षेत्र 176, भाग संख्या 214 से 238, केंद्र कोड 176-214-A आदि। Excel में इसे कैसे सॉर्ट करूँ कि 214-A, 214-B के बाद 215 आए?`),

  rec('chat_bn', f`ভোটকর্মী প্রশিক্ষণের সময়সূচি বানিয়ে দিন: ১ম ব্যাচ ১০ ডিসেম্বর সকাল ৯টা, কক্ষ নং ২০৪; ২য় ব্যাচ ১১ ডিসেম্বর দুপুর ২টা, কক্ষ নং ৩০৭। প্রতি ব্যাচে ৬০ জন।`),

  rec('chat_ta', f`எங்கள் பேக்கரியின் ரகசிய செய்முறை ஏலக்காய் ரொட்டிக்கு விளம்பர வாசகம் எழுதுங்கள் — "பாட்டியின் ரகசியம்" என்ற தலைப்பில், இரண்டு வரிகள் போதும்.`),

  rec('chat_th', f`ช่วยเขียนคำโปรยสำหรับขนมปังสูตรลับของร้านหน่อย "สูตรลับจากคุณยาย" อบสดใหม่ทุกเช้า ไม่เกินสามบรรทัด`),

  rec('chat_vi', f`Giải thích giúp em các số này trên phiếu EIR: số container TGHU 739201-5, số seal ML-4829173, số booking 238104927, ngày ra bãi 28/11/2024. Số nào dùng để tra cứu báo giá sửa chữa?`),

  rec('chat_id', f`Bagaimana cara mengatur kebijakan kata sandi di aplikasi penggajian kami? Minimal 12 karakter, wajib ganti setiap 180 hari, dan tidak boleh sama dengan 5 kata sandi terakhir. Tolong tulis dalam bahasa yang mudah dipahami kepala toko.`),

  rec('chat_tr', f`Konteyner numaralarında son hane kontrol hanesi mi? Örneğin CAIU 830174 2 ve MSKU 482917 3. Depo sistemimiz ikisini de "geçersiz" diyor.`),

  rec('chat_fa', f`تاریخ‌های شمسی برنامه تعمیرات کانتینرها را به میلادی تبدیل کن: ۱۴۰۳/۰۹/۱۰، ۱۴۰۳/۰۹/۱۷ و ۱۴۰۳/۰۹/۲۴.`),

  rec('chat_ka', f`საარჩევნო კალენდარი გამიმარტივე: კანდიდატების რეგისტრაცია 1–15 სექტემბერი, სწავლება 20 სექტემბრიდან, არჩევნები 26 ოქტომბერს.`),

  rec('chat_am', f`የኢትዮጵያ ቀን መቁጠሪያን ወደ ግሪጎሪያን እንዴት እቀይራለሁ? ለምሳሌ የምርጫ ቀኑ ሰኔ 14 ቀን 2013 ዓ.ም ነበር።`),

  rec('chat_sw', f`Tafadhali eleza jinsi ya kulipa ada ya usajili wa makarani kupitia M-Pesa: Paybill 522533, akaunti "USAJILI". Je, risiti itafika kwa SMS?`),

  rec('template_sv', f`Gör den här personalblanketten för bageriet tillgänglig (etiketter, felmeddelanden):

Namn: ____________
Personnummer: ÅÅÅÅMMDD-XXXX
Clearing/kontonummer: ____-__________
E-post: namn@exempel`),

  rec('ssh_fi', f`Lisäsin digitointikoneen julkisen avaimen palvelimelle, mutta kirjautuminen kysyy silti salasanaa. authorized_keys:

${SSH_PUB}

Oikeudet ovat 644. Pitäisikö olla 600?`),

  rec('chat_da', f`Hvordan skal vi skrive arkividentifikatorerne i licenskontrakten? Vi har ISRC DK-A12-68-00123 for lydsporet og ISAN 0000-0001-8CFA-0000-I-0000-0000-K for udsendelsen.`),

  rec('chat_cs', f`Potřebuju přepsat etikety pečiva na nové EAN kódy: rohlík 8593807234713, chléb 8593807234720. Sedí kontrolní číslice?`),

  rec('radio_script_en_us', f`Proofread this 1958 radio drama script excerpt we're digitising for the archive catalogue:

DETECTIVE: Operator, get me ${amb('pii.phone', '(212) 555-0147')}, and make it snappy.
OPERATOR: Connecting you now, sir.`, 'fictional 555-01xx number: ambiguous'),

  rec('drama_en_gb', f`Catalogue note for a 1990s soap episode in the archive: the landlady reads out her number on screen as ${amb('pii.phone', '07700 900461')}. Do we need to blur it for the web re-release?`, 'Ofcom drama range: ambiguous'),

  rec('giftcard_en', f`A customer's bakery gift card ${amb('financial.payment_card', GIFT)} shows a zero balance but she says it was loaded with £25. Where do I look it up in the POS back office?`, 'gift card number that passes Luhn in a card-issuer-looking range: ambiguous'),

  rec('test_card_en', f`Stripe checkout for the archive shop — does ${amb('financial.payment_card', '4111 1111 1111 1111')} still work in test mode, or do I have to use the 4242 one?`),

  rec('hash_de_at', f`Die alte Personalverwaltung der Bäckerei-Franchise speichert im Feld passwort Werte wie ${ambCat('credential', BCRYPT)} – ist bcrypt mit Kosten 10 heute noch okay, oder sollen wir migrieren?`, 'a password hash: ambiguous, no rule claims it'),

  rec('helm_ko', f`${amb('source_code.snippet', f`payroll:
  db:
    host: payroll-db
    user: payroll
    password: {{ .Values.db.password }}
  smtp:
    passwordSecretRef: payroll-smtp`)}

values.yaml 에서 비밀번호를 Secret으로 옮기려면 어떻게 바꿔야 하나요?`),

  rec('firewall_en', f`Estimates office can't reach the depot camera NVR at ${amb('pii.ip_address', '10.30.0.85')} from VLAN 30, but the gateway ${amb('pii.ip_address', '10.30.0.1')} answers ping. Is this an ACL issue or the NVR's own whitelist?`),

  rec('compose_es_ar', f`${amb('source_code.snippet', f`services:
  liquidaciones:
    image: archivo/liquidaciones:3.2.0
    environment:
      DB_PASSWORD: \${LIQ_DB_PASSWORD}
      SMTP_PASSWORD: \${SMTP_PASSWORD:?falta SMTP_PASSWORD}`)}

Che, ¿por qué docker compose dice "variable is not set" si la tengo en el .env?`),

  rec('css_it', f`Perché il logo dell'archivio si vede sfocato sui display retina?

${amb('source_code.snippet', f`.logo-teche {
  width: 120px; height: 32px;
  background: url("data:image/png;base64,${PNG_B64}") no-repeat center / contain;
}`)}`),

  rec('git_en', f`Half way through a rebase on the rights-checker repo:

interactive rebase in progress; onto 7c2e9a1
   pick 3b8f04d feat(rights): exclusive windows
   pick e91c7a2 fix(rights): worldwide territory code
Next: pick 0d4a6f3 chore: bump pydantic to 2.9.2

And the image we deploy is ghcr.io/broadcaster/rights-checker@sha256:${SHA('b161n-dig')}. How do I drop the chore commit?`),

  rec('chat_ro', f`Ce înseamnă codurile de pe factura de la furnizorul de făină? CUI RO18273645, Nr. Reg. Com. J12/3849/2011, factura seria BRF nr. 004821. Unde le trec în programul de salarizare, sau nu au ce căuta acolo?`),

  rec('swift_lv', f`Kāds ir pareizais BIC formāts? Banka uzrādīja ${amb('financial.swift_bic', 'HABALV22')}, bet mūsu algu sistēma prasa 11 simbolus.`, 'SWIFT/BIC: ambiguous'),

  rec('template_fr_ca', f`Rends ce formulaire d'embauche plus clair pour les boulangers :

Nom : ____________
NAS : ___ ___ ___
Date de naissance : AAAA-MM-JJ
Courriel : ____________@____`),

  rec('pubkey_en', f`The trial sponsor sent their IWRS signing public key and certificate — safe to commit to our repo for verification, right?

${PUB_PEM}

${CERT}`),

  rec('chat_en_in', f`Our polling staff app shows "Aadhaar format invalid" for 4829 1736 5021. Before I call the applicant, can you explain how the Verhoeff check digit works in simple terms?`, 'Aadhaar-shaped number failing the Verhoeff check'),
];
