/**
 * Held-out batch 136: hard negatives — parcel ids, archive identifiers, dose tables, order numbers,
 * test keys, placeholders, failing check digits and casual uses of "confidential"/"password" words
 * in many languages (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from
 * ambiguous spans and pasted code. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit, verhoeffCheckDigit } from '../../corpus/checksums';
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

/** A card-shaped number whose last digit is off by one: fails Luhn. */
const badCard = (payload: string): string => payload + String((luhnCheckDigit(payload) + 1) % 10);
/** An IBAN whose check digits are off by one. */
const badIban = (cc: string, bban: string): string => {
  const good = Number(ibanCheckDigits(cc, bban));
  return cc + String(good === 98 ? 2 : good + 1).padStart(2, '0') + bban;
};
const badAadhaar = (p11: string): string => p11 + String((verhoeffCheckDigit(p11) + 1) % 10);

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b136n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b136n-pklive', B62, 97));
const BAD_CARD = badCard('453920184736251');
const BAD_VOUCHER = badCard('603948271650293');
const BAD_IBAN_NL = badIban('NL', 'INGB0004829173');
const BAD_IBAN_IT = badIban('IT', 'K0200803284000104829173');
const BAD_AADHAAR = badAadhaar('73918264051');
const BCRYPT = tok('$2b$12$', fill('b136n-bcrypt', B62 + './', 53));
const PUB_PEM = pem('PUBLIC KEY', 'b136n-pub', 294);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHe${fill('b136n-png', B64, 220)}`;
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const INTEGRITY = (seed: string) => `sha512-${b64Bytes(seed, 64)}`;

export const BATCH136_NEGATIVES: DraftRecord[] = [
  rec('code_js', f`Checkout for our ghost-kitchen brands works in test mode but not live — here's the server part (test key, I know):

\`\`\`js
${code(f`const stripe = require('stripe')('${STRIPE_TEST}');

app.post('/checkout', async (req, res) => {
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: req.body.items.map(toLineItem),
    success_url: 'https://order.forkline.io/ok',
  });
  res.json({ url: session.url });
});`)}
\`\`\``, 'Stripe test key: cannot move money; the pasted code is code'),

  rec('chat_es', f`¿Es seguro tener esta clave en el frontend de la web de pedidos? pk: ${PK_LIVE}. El de seguridad dice que hay que quitarla.`, 'publishable key: public by design'),

  rec('readme_de', f`Kannst du diesen README-Abschnitt für die Vermessungs-Toolbox verbessern?

"Für lokale Tests mit LocalStack setze AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE und AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, echte Schlüssel gehören nie ins Repo."`, 'AWS documentation keys'),

  rec('env_example', f`Est-ce que ce .env.example est assez clair pour les nouveaux devs du portail vignerons ?

${cfg(f`# copier en .env puis remplir
DB_HOST=localhost
DB_USER=vitirrig
DB_PASSWORD=<votre-mot-de-passe>
MQTT_PASSWORD=\${MQTT_PASSWORD}
SHOPIFY_TOKEN=YOUR_SHOPIFY_TOKEN`)}`, 'placeholders only'),

  rec('chat_it', f`Il cliente ci ha dettato al telefono il numero della carta per l'anticipo ma il POS lo rifiuta: ${BAD_CARD}. Secondo me ha sbagliato una cifra. Come glielo chiedo senza sembrare scortese?`, 'Luhn-failing card number'),

  rec('chat_nl', f`De bank zegt dat dit IBAN ongeldig is: ${BAD_IBAN_NL}. Klopt het dat het controlegetal dan fout is? Hoe leg ik dat uit aan de wijnboer?`, 'IBAN with wrong check digits'),

  rec('receipt_pt_br', f`Me explica esse comprovante da cozinha de Pinheiros? Aparece "VISA **** **** **** 7731 — APROVADO — NSU 004829 — 07/12 20:14". O cliente diz que cobrou duas vezes.`, 'masked PAN'),

  rec('deploy_log', f`Rollback happened on the rights-search service, which release is live now?

${cfg(f`2024-12-06T09:31:12Z deploy id=6f2b9c14-8e37-4a1d-b5c2-9d0e7f3a1b68 commit=${GITSHA('b136n-sha1')} status=failed
2024-12-06T09:33:40Z rollback id=a7d3e5f1-2c48-4b90-8e16-3f5a9c7d2e04 commit=${GITSHA('b136n-sha2')} status=ok
2024-12-06T09:33:41Z image sha256:${SHA('b136n-digest')}`)}`, 'UUIDs, git SHAs, docker digest'),

  rec('chat_el', f`Πώς διαβάζεται ο ΚΑΕΚ 050681234005/0/0; Ο πελάτης ρωτά ποια ψηφία είναι ο δήμος και ποια το γεωτεμάχιο.`, 'cadastral parcel code'),

  rec('chat_pl', f`Jak sprawdzić cyfrę kontrolną w numerze księgi wieczystej KR1P/00048291/7? Klient twierdzi, że jest błędny.`, 'land-register number'),

  rec('chat_fr_ca', f`Peux-tu m'expliquer la structure de cet identifiant ISAN pour notre catalogue d'archives ? 0000-0001-8CFA-0000-I-0000-0000-K. Puis l'EIDR 10.5240/7791-8534-2C23-9030-8610-5 du même épisode.`, 'audiovisual work identifiers'),

  rec('chat_de', f`Archivband MAZ 2"/0318-74, Timecode 10:01:14:22 bis 10:03:58:05, Sendedatum 14.11.1974. Kannst du mir einen Katalogeintrag im Stil unserer Datenbank formulieren?`, 'tape id, timecode, broadcast date'),

  rec('dose_table_en_gb', f`Tidy this table for the clinic's induction leaflet (no patient data, it's the standard titration):

Day 1–3: 10–30 mg
Day 4–7: increase by 5–10 mg every 3–4 days
Week 2+: usual maintenance 60–120 mg
Max single increase: 10 mg; review at 40 mg and 80 mg`, 'dose numbers'),

  rec('chat_es', f`Codifica estos diagnósticos para el informe del centro: F11.2 (dependencia de opiáceos), F10.2, Z51.81. Y el lote de metadona solución oral es L48291A, caducidad 03/2026.`, 'ICD-10 codes and lot numbers'),

  rec('chat_th', f`ออเดอร์ #TH-LM-2024-0482917 ของสาขาอโศก ไรเดอร์บอกว่าส่งแล้ว แต่ลูกค้าบอกยังไม่ได้ เลขพัสดุ TH48291736501A ช่วยร่างข้อความตอบลูกค้าหน่อย`, 'order and tracking numbers'),

  rec('chat_en', f`I'm confident the frost alert fires correctly now, but can you double-check my reasoning about the 1.5 °C threshold during bud break?`, 'casual use of "confident"'),

  rec('chat_de', f`Ich brauche eine Vorlage für eine Vertraulichkeitsvereinbarung (NDA) mit einem externen Produktionsbüro, das unsere Archivbestände sichtet. Was gehört rein?`, 'confidentiality agreement template request'),

  rec('chat_nl', f`Wat is het geheim van goede ramen-bouillon voor een dark kitchen? We willen 400 porties per dag zonder dat de smaak inzakt.`, 'casual "geheim"'),

  rec('chat_ja', f`PostGISで2つのポリゴンが重なっている面積を求めるにはどの関数を使えばいいですか？土地の境界データで使います。`, 'programming question without code'),

  rec('chat_ko', f`클리닉 직원용 비밀번호 정책 문구를 다듬어 주세요: "비밀번호는 12자 이상, 대문자·숫자·특수문자를 포함하고 90일마다 변경해야 합니다."`, 'password policy without a password'),

  rec('chat_ar', f`ما هي المستندات المطلوبة عادةً لتجديد جواز السفر إذا فُقد أثناء السفر؟ أريد إضافة هذه المعلومات إلى دليل مركز المساعدة.`, 'generic passport question'),

  rec('sensor_log_it', f`Log delle sonde di umidità, perché la sonda 7 va a zero ogni notte?

${cfg(f`2024-11-28 02:00:03 probe=07 fw=4.12.1.3 vwc=31.4% t=6.2C bat=3.61V
2024-11-28 02:15:03 probe=07 fw=4.12.1.3 vwc=0.0% t=6.1C bat=3.60V
2024-11-28 02:30:03 probe=07 fw=4.12.1.3 vwc=0.0% t=6.0C bat=3.60V`)}`, 'version strings, timestamps'),

  rec('training_en_us', f`Roleplay script for new hotline agents, please make the caller sound more stressed:

Agent: Thank you for calling GlobalCare, can I take a callback number?
Caller: It's ${amb('pii.phone', '(407) 555-0147')}. My husband collapsed in the airport in Orlando…`, 'fictional 555-01xx number'),

  rec('training_en_gb', f`Example text for our SMS template tests: "Your driver is 5 min away. Questions? Call ${amb('pii.phone', '07700 900418')}." Is it under 160 chars?`, 'Ofcom drama number'),

  rec('chat_en', f`Stripe docs say to test 3-D Secure with ${amb('financial.payment_card', '4000 0027 6000 3184')} and normal payments with ${amb('financial.payment_card', '4242 4242 4242 4242')}. Which one should I use for the kitchen tablet QA?`, 'well-known test cards'),

  rec('db_dump', f`Which column should get an index? Part of the users table of the dealer portal:

${cfg(f`id | username        | password_hash                                                 | created_at
12 | dealer_bordeaux | ${amb('credential.password_assignment', BCRYPT)} | 2023-04-11`)}`, 'bcrypt hash: ambiguous'),

  rec('chat_fr', f`Le BIC ${amb('financial.swift_bic', 'CRLYFRPPXXX')} correspond bien au Crédit Lyonnais ? Un vigneron l'a mis sur son bon de commande.`, 'SWIFT code only'),

  rec('chat_hu', f`Letöltöttük az öntözésvezérlő új firmware-ét, a SHA-256 ellenőrzőösszeg: ${SHA('b136n-fw')}. Hogyan ellenőrzöm Windows alatt?`, 'sha256 checksum'),

  rec('package_lock', f`Hvorfor er npm ci så langsom i køkkenskærm-buildet? Udsnit af package-lock:

${cfg(f`"node_modules/leaflet": {
  "version": "1.9.4",
  "resolved": "https://registry.npmjs.org/leaflet/-/leaflet-1.9.4.tgz",
  "integrity": "${INTEGRITY('b136n-int1')}"
},
"node_modules/@turf/area": {
  "version": "7.1.0",
  "integrity": "${INTEGRITY('b136n-int2')}"
}`)}`, 'integrity hashes'),

  rec('chat_en', f`Is this the right format for the registry's public signing key to publish on our website?

${PUB_PEM}`, 'public key'),

  rec('html', f`Our archive newsletter logo doesn't show in Outlook:

${cfg(f`<img alt="Archiv" width="64" src="data:image/png;base64,${PNG_B64}">`)}`, 'data: image'),

  rec('chat_sk', f`GNSS meranie: bod 4821 má súradnice S-JTSK Y = 517 482.913, X = 1 248 291.736, výška 182.44 m Bpv. Prečo sa mi nezhoduje s RTK korekciami o 3 cm?`, 'coordinates'),

  rec('helm_template', f`Template Helm per il portale della clinica: è questo il modo giusto di referenziare il secret?

${cfg(f`env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: {{ .Values.db.secretName }}
        key: password
  - name: API_KEY
    value: "{{ .Values.apiKey }}"`)}`, 'template references'),

  rec('form_en_us', f`Proofread the blank intake form for our US partner clinic: "SSN: 000-00-0000 (leave blank if not applicable) · Date of last dose: ____ · Emergency contact: ____"`, 'SSN template with area 000'),

  rec('chat_hi', f`ग्राहक ने अपना आधार नंबर ${BAD_AADHAAR} बताया था लेकिन पोर्टल इसे अमान्य बता रहा है। क्या एक अंक गलत हो सकता है? ग्राहक को क्या लिखूँ?`, 'Verhoeff-failing Aadhaar'),

  rec('chat_en', f`A customer tried to redeem our kitchen gift voucher ${BAD_VOUCHER} and it was rejected — is there a checksum on our vouchers or did they mistype?`, 'voucher number that fails Luhn'),

  rec('chat_tr', f`Tapu senedinde "Cilt 48, Sayfa 291, Ada 1736, Parsel 5, Yevmiye No 2024/18293" yazıyor. Bu bilgilerle e-Devlet'ten sorgulama nasıl yapılır?`, 'title-deed references'),

  rec('chat_en', f`For the archive retrospective, write a one-paragraph blurb on "The Confidential Agent" (1945), which we're re-broadcasting next month.`, 'film title, not a marking'),

  rec('chat_es_ar', f`¿Cuál es el secreto para que el riego por goteo no se tape con el agua dura de Mendoza? Tenemos filtros de anillas de 120 mesh.`, 'casual "secreto"'),

  rec('i18n_json', f`Переведи эти строки интерфейса кадастрового портала на казахский:

${cfg(f`{
  "login.password": "Пароль",
  "login.forgot": "Забыли пароль?",
  "profile.passport": "Серия и номер паспорта",
  "profile.birthdate": "Дата рождения"
}`)}`, 'UI labels without values'),

  rec('chat_zh_cn', f`员工忘记了点餐平板的密码，管理员在后台怎么重置？只要步骤，不需要具体账号。`, 'password reset question'),

  rec('chat_ka', f`საკადასტრო კოდი 01.10.14.003.018 — რას ნიშნავს თითოეული ნაწილი? კლიენტს ვუხსნი.`, 'cadastral code with dots'),

  rec('chat_hy', f`Այգու համար ինչ հեռավորություն է խորհուրդ տրվում շարքերի միջև՝ 2.5 մ թե 3 մ, եթե կաթիլային խողովակները 16 մմ են։`, 'vineyard spacing numbers'),

  rec('chat_sw', f`Tafadhali niandikie tangazo fupi la jiko letu jipya la mtandaoni: "Chakula cha mchana kinafika ndani ya dakika 30 – siri yetu ni viungo vibichi kila siku!"`, 'casual "siri"'),

  rec('router_log', f`Router log from the irrigation pump house, why do we lose the uplink at night?

${cfg(f`Dec  3 02:14:07 pumpgw kernel: wan0: link down
Dec  3 02:14:41 pumpgw dhcpc: lease of ${ip('100.72.18.40')} obtained from ${ip('100.72.18.1')}, lease time 3600
Dec  3 02:14:42 pumpgw ntpd: synced to 0.pool.ntp.org`)}`, 'router log: IPs ambiguous'),

  rec('chat_vi', f`Đơn hàng #VN-Q7-0048291 và #VN-Q7-0048292 bị trùng, khách chỉ đặt một lần. Mã giao dịch 20241207-8291736. Giúp mình soạn tin nhắn xin lỗi khách.`, 'order and transaction ids'),

  rec('chat_fr', f`Nos bouteilles de démonstration ont les EAN 3760048291736 et 3760048291743, et le lot L24-318. Tu peux me générer les étiquettes au format 50×30 mm ?`, 'EAN barcodes and lot'),

  rec('chat_it', f`La banca mi ha rifiutato il bonifico verso ${BAD_IBAN_IT}: dicono che il codice di controllo non torna. Mi scrivi una mail al cliente?`, 'IBAN with wrong check digits'),
];
