/**
 * Held-out batch 69: hard negatives — catalogue and batch numbers, evidence hashes, payment
 * references, placeholders, test keys, masked and checksum-failing numbers, public keys and casual
 * uses of "secret" / "confidential" in many languages (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const SHA256 = (seed: string) => fill(seed, HEX, 64);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b69n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b69n-pklive', B62, 97));
const CERT = pem('CERTIFICATE', 'b69n-cert', 890);
const PUB = pem('PUBLIC KEY', 'b69n-pub', 294);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAYAAADgdz34AAAA${fill('b69n-png', B64, 220)}`;
const BCRYPT = tok('$2y$10$', fill('b69n-bcrypt', B62 + './', 53));

export const BATCH69_NEGATIVES: DraftRecord[] = [
  rec('schedule', f`Can you turn this rehearsal schedule into a table for the orchestra newsletter?

Mon 20 Jan, 10:00–13:00, Hall A — Bach, Orchestral Suite No. 3, BWV 1068; Mozart, Symphony No. 40, K. 550
Tue 21 Jan, 10:00–13:00, Studio 2 — Sibelius, Violin Concerto, Op. 47 (soloist rehearsal)
Wed 22 Jan, 19:30 — Concert, programme no. 2025/07, doors 18:45
Parts ordered: ISMN 979-0-2018-2210-4 (Bärenreiter), hire set ref. BA 5770-65, 14 desks`),

  rec('chat_yo', f`Ẹ jọ̀ọ́ ẹ ṣe àtòjọ yìí ní table fún ilé-ìtajà oògùn wa:
- Paracetamol 500mg, NAFDAC Reg. No. A4-0532, Batch BN2407XK, Expiry 08/2026, ₦1,200
- Amoxicillin 500mg, NAFDAC Reg. No. 04-1187, Batch AMX24113, Expiry 03/2026, ₦3,450
- Oral rehydration salts, NAFDAC Reg. No. A11-0294L, Batch ORS2409, Expiry 11/2027, ₦600
Ẹ tún ṣètò wọn gẹ́gẹ́ bí ọjọ́ tí wọ́n máa parí.`),

  rec('chat_ha', f`Don Allah ka tsara waɗannan sakamakon gwajin ma'adinai a teburi:
Rami BH-114: daga 42.0 m zuwa 45.5 m, Au 3.82 g/t, samfur S-114-0087
Rami BH-114: daga 45.5 m zuwa 48.0 m, Au 0.41 g/t, samfur S-114-0088
Rami BH-117: daga 12.0 m zuwa 15.0 m, Au 7.15 g/t, samfur S-117-0019
Wuri (UTM 32N): 348215 E, 1045872 N, tsawo 612 m`),

  rec('chat_zu', f`Ngicela ungibhalele inqubomgomo emfushane yamaphasiwedi ohlelo lwezokuphepha emayini: iphasiwedi kufanele ibe nezinhlamvu okungenani eziyi-14, ingaphindwa kusetshenziswe ezinye izinhlelo, futhi akufanele ibhalwe phansi ebhodini lomsebenzi. Ungafaki izibonelo zamaphasiwedi angempela.`),

  rec('chat_xh', f`Ndicela undibhalele impendulo kumthengi: imali yakhe iya kubuyiselwa kwikhadi eliphela ngo-**** **** **** 4821 kwiintsuku ezi-5 ukuya kwezi-7 zokusebenza. Inombolo ye-odolo: MRX-ZA-20931, isixa: R 486,50.`),

  rec('chat_am', f`የበረራ መረጃውን በሰንጠረዥ አዘጋጅልኝ፦
ET 404 አዲስ አበባ – ቴል አቪቭ፣ 14 ሚያዝያ፣ 08:45 → 12:55
ET 405 ቴል አቪቭ – አዲስ አበባ፣ 22 ሚያዝያ፣ 14:10 → 18:35
PNR: K7XQ2M · የቡድን ቁጥር GRP-2025-ILA-031 · 38 ተጓዦች
የሆቴል ማረጋገጫ ቁጥር: 58827104`),

  rec('chat_so', f`Fadlan u habee jadwal ahaan:
Kooxda Xajka 1446 – Koox B
Lambarka kooxda: HJ-SO-1446-B · tirada xujaajka: 45
Duullimaadka: FZ 662, 28 Dul-Qacda, 03:20
Lambarka codsiga fiisaha: 7730129845 ilaa 7730129889
Hudheelka Makkah: dalabka 990021347`),

  rec('template_sn', f`Ndapota gadzirisa template iyi yepayslip kuti ive yakanaka, usingaisi data chaiyo:

ZITA: [Zita rizere]
NHAMBA YEMUSHANDI: [EMP-XXXX]
NHAMBA YEID: XX-XXXXXXX X XX
BANK ACCOUNT: ****************
MUHORO: USD [0.00]
MUSI: [DD/MM/YYYY]`),

  rec('chat_wo', f`Defal ma tablo bu set ci waxtu yi:
Bus 1 — dem: Dakar (Colobane) 05:30, ñibbi: Touba 09:45, toogu 1–55
Bus 2 — dem: Thiès 06:15, ñibbi: Touba 09:30, toogu 1–49
Bus 3 — dem: Kaolack 06:00, toogu 1–60
Liggéeyukat yi ñu nekk ci bus yi: 3 ci bus bu nekk.`),

  rec('chat_ar_gulf', f`عميل كتب رقم بطاقته في الشات بالغلط، والنظام رفضه لأنه رقم غير صحيح: 5274 0913 8826 4417. اكتب له رد مؤدب إننا ما نقبل أرقام البطاقات في المحادثة ولازم يدفع من صفحة الدفع الآمنة.`, 'Luhn-failing card number'),

  rec('chat_ar_lev', f`البنك رجّعلنا تحويل راتب موظف لأنو الـ IBAN غلط: JO32 CBJO 0010 0000 0000 0219 3047 18. الموظف بيقول إنو نسخه من التطبيق. كيف بكتبله رسالة يتأكد من الرقم؟`, 'IBAN with a wrong check digit'),

  rec('chat_ar_eg', f`عايز أكتب دعوة لحفلة نهاية السنة للشركة. فيه مفاجأة سرية للمدير، ومحدش يقوله! وسر نجاح السنة دي كان الفريق كله. اكتبها بطريقة مصرية لطيفة.`),

  rec('env_example_ur', f`یہ .env.example فائل ہے، اس کے لیے README کا سیکشن اردو اور انگریزی میں لکھ دیں:

${cfg(f`# copy to .env and fill in
PHARMACY_API_KEY=<your-api-key>
DB_URL=postgres://USER:PASSWORD@localhost:5432/pharmacy
JAZZCASH_SECRET=
SMTP_PASSWORD=changeme
JWT_SECRET=\${JWT_SECRET}`)}`),

  rec('chat_sd', f`AWS جي دستاويز ۾ مثال ڏنل آهي: AKIAIOSFODNN7EXAMPLE ۽ wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. ڇا اهي ڪنجيون سچيون آهن يا رڳو مثال؟ اسان جي ٽريننگ سلائيڊ ۾ استعمال ڪري سگهجن ٿيون؟`, 'AWS documentation keys'),

  rec('deploy_log_gu', f`આ deploy log માં કઈ commit પછી pharmacy app ધીમી પડી તે સમજાવો:

${cfg(f`2025-01-14 22:10:03 deploy start release=storefront-3.7.0 commit=9f2c41e7a8b3d65f0e1c2a9b7d4f8e3a16c5b720
2025-01-14 22:12:47 migration 20250114_add_rx_index applied (id=6b1e2f94-8d7a-4c3e-9f05-21a7c8e4d3b6)
2025-01-14 22:13:10 healthcheck ok build=7731 image=sanjivanirx/storefront@sha256:${SHA256('b69n-img')}
2025-01-15 09:02:55 deploy start release=storefront-3.7.1 commit=c04d8e2b71f9a3e65d0b4c8a2e7f19d3b6a5c801`)}`),

  rec('custody_kn', f`ಈ chain-of-custody ದಾಖಲೆಯನ್ನು ಇಂಗ್ಲಿಷ್‌ಗೆ ಸರಿಯಾಗಿ format ಮಾಡಿಕೊಡಿ:
Case No.: FSL/CYB/2025/0117 · Exhibit: Ex-4 (Samsung SSD 1TB, S/N S6P7NX0W418293)
Acquisition: 15-01-2025 11:42, Write-blocker: Tableau T8u
SHA-256: ${SHA256('b69n-ex4')}
MD5: ${fill('b69n-ex4md5', HEX, 32)}
ಪರಿಶೀಲನೆ: ಎರಡೂ hash ಗಳು ಹೊಂದಿಕೆಯಾಗಿವೆ.`),

  rec('chat_te', f`మా payroll app లో ఏ versions వాడుతున్నామో release notes కి ఒక టేబుల్ చేయండి: Java 21.0.5, Spring Boot 3.3.6, PostgreSQL 16.4, Keycloak 25.0.6, build 2025.01.17.3, Android app 4.12.0 (versionCode 41200), iOS 4.12.0 (build 877).`),

  rec('chat_km', f`សូមជួយសរសេរសារជូនដំណឹងអតិថិជនអំពីការដឹកជញ្ជូនឯកសារទិដ្ឋាការ៖ DHL waybill 7390412856, កាលបរិច្ឆេទ 16/01/2025, លេខកក់ AGT-KH-25-00418, ក្រុម "វត្តភ្នំ–អង្គរ" ចំនួន 22 នាក់។`),

  rec('env_vi', f`File .env cho môi trường dev của nhà thuốc online, bạn xem giúp mình có an toàn để commit lên repo không:

${cfg(f`STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_MODE=test
NEXT_PUBLIC_API_BASE=http://localhost:3000
LOG_LEVEL=debug`)}`, 'Stripe test secret key: cannot move money'),

  rec('code_fil', f`Okay lang ba na naka-hardcode yung publishable key sa checkout page ng pilgrimage booking site namin?

${v('source_code.snippet', f`const stripe = Stripe("${PK_LIVE}");
const elements = stripe.elements({ locale: "fil" });
const card = elements.create("card");
card.mount("#card-element");`)}`, 'publishable key: public by design; the snippet itself is pasted code'),

  rec('chat_ja', f`薬局の商品マスタを整理したいです。JAN コードごとに商品名と規格を表にしてください。
4987123456781 ロキソプロフェン錠 60mg 12錠
4987306054121 ビタミンC 1000mg 30包
4902430781234 絆創膏 Mサイズ 50枚
ロット番号：L2412A、L2501C、使用期限はいずれも 2027年3月。`),

  rec('chat_ko', f`회원가입 화면 문구를 다듬어 주세요.
"비밀번호: ********"
"비밀번호는 영문, 숫자, 특수문자를 포함해 12자 이상으로 입력하세요."
"비밀번호를 잊으셨나요? 등록된 휴대폰으로 인증번호를 보내드립니다."`),

  rec('lockfile_zh_tw', f`package-lock.json 一直出現 integrity mismatch，這段是什麼意思？

${cfg(f`"node_modules/dayjs": {
  "version": "1.11.13",
  "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.13.tgz",
  "integrity": "sha512-${fill('b69n-integ', B64, 86)}=="
}`)}

另外 Dockerfile 用 node:20-alpine@sha256:${SHA256('b69n-nodeimg')}，需要一起更新嗎？`),

  rec('chat_zh_hk', f`可唔可以幫我草擬一份保密協議範本？我哋旅行社同新嘅導遊簽約，想加一條保密條款，講明唔可以將客人行程同聯絡資料外洩。`),

  rec('pem_uz', f`Server sertifikati va public key. Bu fayllarni GitHub'ga qo'yish xavfsizmi?

${CERT}

${PUB}`, 'certificate and public key: public material'),

  rec('chat_tk', f`Şu hasap-fakturalaryň sanawyny senesine görä tertiple:
Faktura № 2025/014 — 09.01.2025 — 18 450,00 TMT
Faktura № 2025/021 — 14.01.2025 — 7 300,00 TMT
Faktura № 2025/033 — 17.01.2025 — 22 910,00 TMT
Ulgam wagty: 2025-01-17T16:42:08+05:00`),

  rec('html_be', f`Чаму ў лісце-рассылцы лабараторыі не бачны лагатып у Outlook?

${cfg(f`<td class="logo">
  <img src="data:image/png;base64,${PNG_B64}" width="24" height="24" alt="Лабараторыя">
  <svg viewBox="0 0 24 24"><path d="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm-1 15h2v-2h-2v2zm0-4h2V7h-2v6z"/></svg>
</td>`)}`),

  rec('chat_et', f`Kirjuta palun lühike selgitus uutele IT-tugi töötajatele: infoturbe kolm põhieesmärki on konfidentsiaalsus, terviklus ja käideldavus. Too iga kohta üks näide labori igapäevatööst, aga ära kasuta päris süsteemide nimesid.`),

  rec('chat_is', f`Geturðu sett þetta í töflu? Miðasala: pöntun nr. 2025-004417, 2 miðar, svæði B, röð 14, sæti 7–8, verð 12.900 kr. Útgáfa miðasölukerfisins 5.3.2, uppfært 13.01.2025.`),

  rec('chat_nb', f`Kan du lage en oversikt over innbetalingene? KID 20250114733 – 48 200 kr, KID 20250114741 – 12 750 kr. Leverandørens org.nr. 918 273 645 MVA. Fakturadato 14.01.2025, forfall 28.01.2025.`, 'KID payment references and a company organisation number'),

  rec('chat_nn', f`Det er ingen løyndom at nettapoteket har hatt lange leveringstider i desember. Kan du skrive eit kort innlegg til nyheitsbrevet der vi beklagar og forklarer kva vi har gjort for å betre det?`),

  rec('masked_lb', f`Kanns du mer erklären firwat d'Bank-App de Virement esou weist? "LU** **** **** **** 9000 – Paie Januar – 3 412,80 €". Ass dat déi richteg Kont vum Salarié?`),

  rec('chat_rm', f`Scriva per plaschair in text curt per il program da concert: il secret da la tuorta da nusch engiadinaisa è il caramel, ed il secret da nossa orchestra è la musica da chombra. Maximal 80 pleds.`),

  rec('docs_sl', f`Popravi slovnico v tem odstavku dokumentacije:
"Za lokalni razvoj nastavite spremenljivko DATABASE_URL na postgres://USER:PASSWORD@HOST:5432/lekarna, kjer USER in PASSWORD zamenjate s svojimi podatki. Gesla nikoli ne zapisujte v repozitorij."`),

  rec('nfe_pt_br', f`Pode conferir se a chave de acesso dessa nota fiscal do fornecedor da farmácia tá no formato certo? CNPJ do emitente 27.865.757/0001-02, NF-e nº 000.123.451, série 1.
Chave: 3525 0127 8657 5700 0102 5500 1000 1234 5110 0012 3458
Emitida em 14/01/2025, valor R$ 18.432,60.`, 'NF-e access key and company CNPJ: not personal, not a card'),

  rec('gha_pt_ao', f`O workflow de deploy do portal de segurança da mina está assim. Está seguro ou estamos a expor segredos?

${cfg(f`jobs:
  publicar:
    runs-on: ubuntu-latest
    environment: producao
    steps:
      - uses: actions/checkout@v4
      - name: Enviar para o servidor
        env:
          CHAVE_SSH: \${{ secrets.DEPLOY_SSH_KEY }}
          SENHA_BD: \${{ secrets.PORTAL_DB_PASSWORD }}
        run: ./scripts/publicar.sh "\${{ github.sha }}"`)}`),

  rec('chat_pt_mz', f`Para testar o pagamento das excursões em modo sandbox, a documentação diz para usar o cartão ${amb('financial.payment_card', '4111 1111 1111 1111')} e, para simular recusa, ${amb('financial.payment_card', '4000 0000 0000 0002')}. Qualquer data futura e CVV 123. Isto funciona também no M-Pesa?`, 'well-known test card numbers: ambiguous'),

  rec('cfdi_es_mx', f`Explícame qué significa cada campo de esta factura (CFDI 4.0) de la sala de conciertos:
Folio fiscal: 5F8A2C41-9B3D-4E7F-A612-0C8D4B97E35A
RFC receptor: XAXX010101000 (público en general)
Serie/Folio: TAQ-004127
Fecha de emisión: 2025-01-17T20:14:33
Uso CFDI: S01 · Método de pago: PUE · Total: $1,740.00 MXN`, 'generic RFC for the general public and a CFDI UUID'),

  rec('readme_es_ar', f`Revisá este README de la app de abonos de la orquesta, ¿se entiende?
"Copiá .env.sample a .env y completá:
OPENAI_API_KEY=sk-...tu-clave...
GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
MP_ACCESS_TOKEN=TU_TOKEN_DE_MERCADO_PAGO
Nunca subas el .env al repo."`),

  rec('chat_es_pe', f`Ordéname estos comprobantes de la agencia por fecha: Factura F001-00004127 (RUC 20481927365, Hoteles Cusco SAC) del 10/01; Boleta B002-00018833 del 12/01; Factura F001-00004139 del 15/01. Total en soles y en dólares al tipo de cambio 3,74.`, 'company RUC and receipt numbers'),

  rec('chat_fr_be', f`Peux-tu vérifier la communication structurée de ce virement pour la pharmacie ? +++090/9337/55493+++, bénéficiaire n° d'entreprise BE 0471.829.365, montant 1 284,60 €, date d'exécution 20/01/2025.`, 'Belgian structured communication and company number'),

  rec('chat_fr_ca', f`Je suis confiant qu'on peut livrer la nouvelle version de l'appli de la pharmacie avant le 1er mars. Peux-tu m'aider à rédiger une section « Politique de confidentialité » plus claire pour l'écran d'inscription? Rien de juridique compliqué, juste expliquer qu'on ne vend pas les données.`),

  rec('chat_fr_ci', f`Mets-moi ces paiements Orange Money des fournisseurs de la mine dans un tableau : Transaction MP250114.1532.A48291 – 450 000 FCFA ; MP250115.0917.C10374 – 1 200 000 FCFA ; MP250116.1148.B77602 – 85 000 FCFA. Référence interne : BC-2025-0041.`),

  rec('qr_bill_de_ch', f`Chasch mir säge, ob die QR-Referenz uf de Lohnbüro-Rächnig korrekt formatiert isch? Referenz: 21 00000 00003 13947 14300 09017, Betrag CHF 3'480.00, zahlbar bis 31.01.2025.`, 'Swiss QR reference: a payment reference, not an account'),

  rec('lab_notes', f`Tidy up these exhibit notes for the case file, keep all identifiers exactly as written:
Case 25/0117-DIG · Exhibit JD/3 (iPhone 13, serial F17GQ4X2N72J, seal no. 0048213)
Extraction tool 7.71.0 (build 144), report hash SHA-1 ${fill('b69n-sha1', HEX, 40)}
Image stored on evidence NAS share EVD-07, path /2025/0117/JD3/, copied from workstation ${amb('pii.ip_address', '10.20.30.41')}`),

  rec('chat', f`Our payroll staff keep asking how to reset their own password in the client portal. Write a 5-step guide (Forgot password link → email code → new password of at least 14 characters → confirm → sign in again). Do not include any sample passwords.`),

  rec('chat', f`Pharmacy inventory question: how do I read these codes? NDC 0093-7214-01 (lot 24K118, exp 11/2026), NDC 50090-6412-0 (lot A2291X, exp 04/2027). Which part is the labeler and which is the package size?`),

  rec('chat', f`Is it bad that the old ticketing database stores values like ${ambCat('credential', BCRYPT)} in the password column? A consultant said cost 10 is too low for 2025.`, 'a bcrypt hash: sensitive, but no rule claims it (ambiguous, no rule id)'),

  rec('chat_ar_gulf', f`رتّب لي مواعيد أفواج العمرة في جدول: الفوج 1 يصل جدة 1 رجب 1446 (1 يناير 2025) رحلة SV 3125، تصريح رقم 1446-0093127؛ الفوج 2 يصل 8 رجب رحلة XY 215، تصريح رقم 1446-0093388. مدة الإقامة 10 أيام.`),

  rec('chat_ja', f`社内報のコラムを書いてください。テーマは「秘密のレシピ」——ホールのカフェで人気のチーズケーキの隠し味は白味噌です、という軽い話題で、400字程度。`),

  rec('chat_pt_br', f`O sistema da folha recusou o CPF 315.827.604-11 no cadastro de um estagiário da farmácia, diz "dígito verificador inválido". Me ajuda a escrever uma mensagem pedindo pra ele conferir o documento original?`, 'CPF failing its check digits'),
];
