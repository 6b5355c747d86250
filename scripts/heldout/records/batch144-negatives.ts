/**
 * Held-out batch 144: hard negatives from the six settings — identifiers, codes and numbers that
 * look sensitive and are not (tests/corpus/README.md, "Decisions on negatives"), in many
 * languages. Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b144n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b144n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 40);
const CERT = pem('CERTIFICATE', 'b144n-cert', 720);
const PUB = pem('PUBLIC KEY', 'b144n-pub', 294);
const BCRYPT = tok('$2b$12$', fill('b144n-bcrypt', B62 + './', 53));
const INTEGRITY = `sha512-${fill('b144n-integ', B64, 86)}==`;

export const BATCH144_NEGATIVES: DraftRecord[] = [
  rec('chat_en', f`What's the best way to store the poison centre's on-call rota so that people can't see each other's phone numbers? We use SharePoint and Excel. No code, just options please.`),

  rec('metar_tr', f`Bu METAR'ı sabah brifingi için Türkçe açıklar mısın?
LTAZ 140450Z 03006KT 9999 FEW040 08/02 Q1021 NOSIG
Kalkış 05:40'ta planlandı, balon TC-BKP ve TC-BLR.`),

  rec('imo_en', f`Sea-trial schedule for the two sister ships — can you make this into a Gantt-style list?
Hull 118 "Nordkapp Explorer", IMO 9812374, trials 14–18 April
Hull 119 "Nordkapp Voyager", IMO 9812386, trials 9–13 May
Class: DNV 1A Ice(1A) E0 DYNPOS(AUTR); drawing ref NA-118-0452 rev C.`, 'IMO numbers, hull and drawing numbers: identifiers of ships and documents, not personal or secret'),

  rec('cas_de', f`Kannst du mir für die Giftnotruf-Wissensdatenbank eine Tabelle mit diesen Stoffen machen (CAS-Nummer, UN-Nummer, Hauptgefahr)?
Methanol – CAS 67-56-1 – UN 1230
Ethylenglykol – CAS 107-21-1 – keine UN-Nr. (nicht als Gefahrgut eingestuft)
Natriumhydroxid – CAS 1310-73-2 – UN 1823
Paraquat-Dichlorid – CAS 1910-42-5 – UN 2781`),

  rec('stripe_test_es', f`${amb('source_code.snippet', f`# .env.development — sandbox de pagos a vendedores
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/payouts_dev
KYC_PROVIDER_KEY=YOUR_API_KEY`)}

¿Pasa algo si subo este .env al repo? Es solo para desarrollo.`, 'Stripe test key, publishable key and placeholders: nothing to label but the config block'),

  rec('aws_doc_ja', f`AWSのドキュメントにある例のキーでテストを書いています。これで動きますか？

${v('source_code.snippet', f`import os
os.environ["AWS_ACCESS_KEY_ID"] = "AKIAIOSFODNN7EXAMPLE"
os.environ["AWS_SECRET_ACCESS_KEY"] = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

def test_upload_hull_model(s3_mock):
    upload("hull_118_rev_c.step", bucket="naval-arch-test")
    assert s3_mock.list_objects(Bucket="naval-arch-test")["KeyCount"] == 1`)}`),

  rec('masked_fr', f`Pouvez-vous rédiger une réponse à ce locataire du garde-meubles qui conteste un prélèvement ?
« Bonjour, j'ai été débité deux fois de 89 € sur ma carte **** **** **** 7316 le 5 mars. Référence facture GM-2025-03-1187. Merci de vérifier. »`),

  rec('luhn_fail_it', f`Il cliente dice che il numero di carta che gli abbiamo ripetuto al telefono è sbagliato: noi abbiamo registrato 4539 1742 0583 6147 ma lui giura che finisce con un'altra cifra. Il sistema lo rifiuta. Scrivigli una mail in cui gli chiediamo di reinserirlo dal portale, senza mai ripetere il numero.`, 'Luhn-failing number: not a card'),

  rec('iban_fail_de', f`Der Verkäufer hat uns diese IBAN geschickt, aber unser System sagt "Prüfziffer ungültig": DE33 3705 0299 1048 2763 15. Schreib ihm bitte freundlich, dass er die IBAN noch einmal vom Kontoauszug abschreiben soll.`, 'IBAN with wrong check digits'),

  rec('uuid_nl', f`Waarom geeft de payout-API deze fout? Ik snap het request-id niet:
{"error":"payout_locked","request_id":"3f8a2c71-9b4e-4d16-a0c2-7e5b19d84f36","payout_id":"po_1OqK7x2eZvKYlo2C","retry_after":3600}`),

  rec('git_sha_pl', f`Po rebase na gałęzi z nowym raportem zaległości mam konflikt. git log --oneline:
${GIT('b144n-g1').slice(0, 7)} fix: zaokrąglenia kwot w raporcie
${GIT('b144n-g2').slice(0, 7)} feat: eksport CSV dla kierowników obiektów
${GIT('b144n-g3').slice(0, 7)} chore: aktualizacja zależności
Jak cofnąć tylko ostatni commit, pełny hash to ${GIT('b144n-g1')}?`),

  rec('sha256_en', f`Checksums for the hull-form release package, can you tell me which file changed between the two lists?
v3.2: ${SHA('b144n-s1')}  hullform-3.2.tar.gz
v3.3: ${SHA('b144n-s2')}  hullform-3.3.tar.gz`),

  rec('docker_digest', f`Is pinning by digest enough for the KYC image? We use:
FROM registry.example.com/kyc/doc-ocr@sha256:${SHA('b144n-d1')}`),

  rec('npm_lock', f`${amb('source_code.snippet', f`"node_modules/date-fns": {
  "version": "3.6.0",
  "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
  "integrity": "${INTEGRITY}",
  "funding": { "type": "github", "url": "https://github.com/sponsors/kossnocorp" }
}`)}

Why did package-lock change on its own after npm install?`),

  rec('cert_en', f`This is the public certificate of the bank's payout SFTP server. Can you tell me the expiry date from it, or do I need openssl?

${CERT}`),

  rec('pubkey_sv', f`Klassningssällskapet bad om vår publika nyckel för att kryptera ritningarna. Är det här rätt fil att skicka?

${PUB}`),

  rec('bcrypt_ko', f`사용자 테이블에서 이런 값이 보이는데, 이게 비밀번호 자체인가요? 보안팀에 물어보기 전에 알고 싶어요.
${amb('credential.password_assignment', BCRYPT)}`, 'bcrypt hash: ambiguous per conventions'),

  rec('placeholder_pt_br', f`No README do SDK de repasse está assim, o que eu coloco no lugar?

${amb('source_code.snippet', f`repasse:
  client_id: <seu-client-id>
  client_secret: \${REPASSE_CLIENT_SECRET}
  senha_certificado: ********`)}`),

  rec('casual_conf_en', f`I'm fairly confident the new dispatch software will be fine, but the vendor keeps talking about "confidential computing" on their slides. What does that actually mean for a small poison-control call centre?`),

  rec('nda_template_fr', f`Est-ce que tu peux me proposer un modèle d'accord de confidentialité pour les bénévoles qui numérisent les registres paroissiaux ? Quelque chose de simple, une page, en français.`, 'asks for a confidentiality agreement template: casual use'),

  rec('confident_de', f`Ich bin mir ziemlich sicher, dass die Vertraulichkeit bei uns gut geregelt ist – aber kannst du mir allgemein erklären, was "${amb('confidential.marking', 'vertraulich')}" vs. "${amb('confidential.marking', 'streng vertraulich')}" in einem Klassifizierungsschema normalerweise bedeutet?`, 'classification levels quoted in a question, not marking this text: ambiguous'),

  rec('tracking_es_mx', f`El vendedor dice que ya envió el paquete. Guía de Estafeta 7041 8273 9365 2018 4, pedido BZ-MX-4418273. ¿Le puedo liberar el pago o espero la entrega?`),

  rec('isbn_it', f`Per la biblioteca della curia mi servono i dati di catalogo di questi volumi: ISBN 978-88-215-9071-3 e ISBN 978-88-7105-412-8. Puoi preparare le schede in formato semplice?`),

  rec('version_ru', f`После обновления прошивки контроллера ворот склада с 4.12.1.3 до 4.13.0.7 перестали приходить события. Что могло поменяться между версиями? В changelog только "stability fixes".`),

  rec('coords_el', f`Θέλω να φτιάξω ένα χάρτη με τα σημεία απογείωσης: Αράχωβα 38.4801, 22.5842 και Ζήρεια 37.9632, 22.4028. Πώς το κάνω στο Google My Maps;`),

  rec('frequency_ca', f`Quina freqüència hem de fer servir per a la coordinació aire-terra dels globus a Vic? Abans era 122.475 i l'aeròdrom ens diu que ara és 123.450. Redacta'm un avís per als pilots.`),

  rec('register_la', f`Help me transcribe and translate this entry from the 1887 baptismal register (Latin):
"Die 14 Aprilis 1887 ego infrascriptus baptizavi infantem … cui impositum est nomen Josephus. Patrinus fuit Joannes Murphy." Entry no. 112, page 37.`, 'historic register entry, no birth word with a date, no living person'),

  rec('canon_es', f`¿Qué dice el canon 877 §1 sobre quién debe inscribir el bautismo en el libro parroquial? Y si el bautismo fue en otra parroquia, ¿cómo se hace la nota marginal?`),

  rec('phone_invalid_de', f`Im alten Mieterstamm stehen Nummern wie "0151 2384" oder "+49 30 12" – offenbar abgeschnitten beim Import. Wie finde ich solche kaputten Telefonnummern per Excel-Formel?`, 'truncated numbers libphonenumber rejects'),

  rec('fictional_phone_en', f`For the training video about poison-centre calls, the actor will say "call us back on ${amb('pii.phone', '555-0142')}" — is that number safe to use on screen?`),

  rec('test_card_en', f`Payout sandbox: which test card triggers "insufficient funds"? I tried ${amb('financial.payment_card', '4242 4242 4242 4242')} and it always succeeds.`),

  rec('ssn_invalid_en', f`Our storage rental form validator rejects "912-48-7391" — a customer says it's his ITIN. Should ITINs go in the SSN field at all? Suggest a form change.`, 'ITIN-shaped 9xx number: not a valid SSN'),

  rec('aadhaar_invalid_hi', f`KYC टूल कह रहा है कि आधार 5827 4619 3089 अमान्य है (चेकसम फेल)। विक्रेता को दोबारा सही नंबर भेजने के लिए विनम्र संदेश लिख दीजिए।`, 'Verhoeff-failing Aadhaar'),

  rec('nino_invalid_en_gb', f`The DBS form keeps bouncing the NI number "DF 48 27 19 A" — is that even a valid format? The volunteer says it's from an old payslip.`, 'NINO with unissued prefix'),

  rec('order_th', f`ลูกค้าถามสถานะการคืนเงินค่ะ เลขที่สัญญาเช่า BB-LP-2025-00418 ใบแจ้งหนี้ INV-88213-0325 ยอด 2,450 บาท ช่วยร่างคำตอบว่าจะคืนภายใน 7 วันทำการค่ะ`),

  rec('sku_vi', f`Giúp mình viết mô tả sản phẩm cho người bán: mã SKU BZ-VN-CF-0418-250G, mã vạch EAN 8938504182736, cà phê Robusta rang mộc 250g.`),

  rec('timestamps_id', f`Kenapa timestamp payout ini beda 7 jam? created_at 2025-03-11T06:14:22Z tapi di dashboard tampil 13:14. Apakah karena zona waktu WIB?`),

  rec('password_policy_he', f`אני צריכה לנסח מדיניות סיסמאות למוקד: לפחות 12 תווים, החלפה כל 180 יום, בלי לשמור סיסמה על פתק ליד המחשב. תכתוב לי טיוטה קצרה בעברית?`),

  rec('forgot_password_ar', f`أحد البائعين نسي كلمة المرور ولا يصله بريد إعادة التعيين. اكتب له رداً يشرح الخطوات: التحقق من مجلد الرسائل غير المرغوب فيها، ثم طلب رابط جديد من صفحة تسجيل الدخول.`),

  rec('ship_dims_zh', f`请把这些船舶主尺度换算成英制单位：总长 118.40 m，垂线间长 112.00 m，型宽 19.60 m，型深 9.20 m，设计吃水 6.20 m，排水量 9,874 t。`),

  rec('weight_table_sw', f`Tafadhali hesabu uzito wa jumla wa kikapu: abiria 8 (kilo 74, 68, 91, 55, 62, 80, 77, 59), rubani kilo 85, mitungi 4 ya gesi kila mmoja kilo 45.`),

  rec('pin_reset_en_au', f`A tenant locked himself out of the gate keypad after three wrong codes. What should the after-hours process be? We don't want staff reading codes out over the phone.`),

  rec('cisco_hash_uk', f`У конфігурації маршрутизатора складу бачу рядок "enable secret 5 ${amb('credential.network_device_secret', tok('$1$', fill('b144n-md5s', B62, 4), '$', fill('b144n-md5', B62 + './', 22)))}". Це пароль чи хеш? Чи треба його міняти після звільнення адміністратора?`, 'Cisco type-5 hash: ambiguous'),

  rec('cpf_invalid_pt_br', f`O sistema recusa o CPF 418.273.916-78 que o vendedor digitou. Pode ser erro de digitação? Me ajuda a escrever a mensagem pedindo a foto do documento.`, 'CPF with wrong check digits'),

  rec('nhs_invalid_en_gb', f`The referral system rejects NHS number 482 719 3054 — is there an online checker I can point the GP practice to, or should they just re-read it from the record?`, 'NHS number failing mod 11'),

  rec('lot_numbers_fr_be', f`Rappel de lot d'un antidote : le fournisseur signale un défaut sur les lots 24B118 et 24B131 (exp. 11/2026). Tu peux m'aider à rédiger la note aux hôpitaux du réseau ?`),

  rec('hy_schedule', f`Խնդրում եմ կազմել պարապլանի թռիչքների ժամանակացույց շաբաթվա համար՝ Երկուշաբթի 07:00, Չորեքշաբթի 07:30, Շաբաթ 06:45, կախված քամու արագությունից (մինչև 18 կմ/ժ).`),

  rec('ka_price', f`გთხოვ, გადათარგმნე ინგლისურად: "საცავის ყუთის ქირა თვეში 45 ლარია, წინასწარ 3 თვის გადახდის შემთხვევაში – 10% ფასდაკლება."`),

  rec('am_shipping', f`ይህንን የማጓጓዣ መልእክት ወደ እንግሊዝኛ ተርጉምልኝ፦ "ትዕዛዝ ቁጥር BZ-ET-20418 ነገ ይደርሳል። የመከታተያ ቁጥር 4827193650።"`),
];
