/**
 * Held-out batch 160: hard negatives from the six organisations — process values, certificate and
 * container numbers, placeholders, test values, failing check digits, casual "confidential" and
 * "password" — in many languages. Unlabelled apart from ambiguous spans. Hand-written.
 */
import { ibanWithCheck, inAadhaarSpaced, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, HEX, fill, pem, tok } from '../tokens';

/** A check digit pushed off by `by`: the value must then fail its check. */
const bumpLast = (s: string, by: number) => s.slice(0, -1) + String((Number(s.slice(-1)) + by) % 10);
const GOOD_PL = ibanWithCheck('PL', '102055610000380204829173');
const BAD_PL = `PL${String((Number(GOOD_PL.slice(2, 4)) + 1) % 100).padStart(2, '0')}${GOOD_PL.slice(4)}`;
const BAD_GIFT = bumpLast(luhnWithCheck('603571204819374'), 3);
const BAD_MC = bumpLast(luhnWithCheck('548203917462038'), 5);
const BAD_AADHAAR = bumpLast(inAadhaarSpaced('62918374051'), 1);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b160n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b160n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const CERT = pem('CERTIFICATE', 'b160n-cert', 720);
const BCRYPT = tok('$2y$10$', fill('b160n-bcrypt', B62 + './', 53));

export const BATCH160_NEGATIVES: DraftRecord[] = [
  // ---- kiln control room ----
  rec('chat_de', f`Schichtbericht bitte auf Englisch zusammenfassen:
Ofen 2 lief stabil, Brennzone 1.448 °C, O2 Ofeneinlauf 2,1 %, CO < 0,05 %, NOx 612 mg/Nm³. Ofendrehzahl 3,8 U/min, Klinkerleistung 3.150 t/d. Messstelle 331-KL2-TI-2041 zeigte ab 03:40 Uhr Sprünge, Instandhaltung informiert (Auftrag 4000281734).`),

  rec('chat_en', f`OPC UA browse shows node ids like ns=3;s=Kiln2.Cooler.Grate1.Speed and ns=2;i=50217, plus a server URI urn:siemens:wincc:kiln-scada:4840. Can I subscribe to 400 tags in one subscription or should I split them?`),

  rec('chat_tr', f`Vardiya mühendisi WinCC şifresini unutmuş. Şifre sıfırlama prosedürünü adım adım yazabilir misin? Kimse şifresini başkasıyla paylaşmasın diye de bir uyarı ekle.`),

  rec('chat_hi', f`OPC 53 grade cement ka naya batch test report ready hai: 28-day strength 57.2 MPa, IS 269:2015 compliant, batch no. K2-2502-0417, autoclave expansion 0.18%. Ise customer ke liye ek professional cover note mein likh do.`),

  rec('chat_vi', f`Lò nung số 2 dừng lúc 14:20 do quạt ID quá nhiệt, mã lỗi F0731 trên biến tần ABB ACS880, firmware 3.41.0.2. Em viết giúp báo cáo sự cố ngắn bằng tiếng Anh nhé.`),

  rec('chat_id', f`Kata sandi default untuk panel HMI baru biasanya apa ya? Di manual cuma tertulis "ubah kata sandi saat instalasi pertama". Kami tidak mau pakai yang default.`),

  rec('versions_cs', f`Která z těchto verzí firmwaru pro řídicí systém pece má opravu chyby s hodinami? S7-1500 V3.1.2, V3.0.4, TIA Portal V18 Update 3, WinCC 8.0.1.2.`),

  // ---- hospital interpreter services ----
  rec('chat_en', f`Draft a section for our interpreter code of conduct: interpreters must keep everything they hear in a consultation confidential, must not give advice, and must disclose any conflict of interest (e.g. knowing the patient personally).`),

  rec('chat_en_nda', f`I need a confidentiality agreement template for freelance interpreters joining our hospital pool. UK law, plain English, one page.`),

  rec('form_es', f`Haz este formulario de solicitud de intérprete más accesible (etiquetas, textos de ayuda):

Nombre del paciente: ____________________
Fecha de nacimiento: DD/MM/AAAA
Teléfono: +34 ___ ___ ___
Idioma: ____________  ¿Intérprete presencial? Sí / No`),

  rec('glossary_ar', f`أحتاج قائمة مصطلحات للمترجمين في قسم الطوارئ بالعربية والإنجليزية: ضغط الدم (blood pressure)، تخطيط القلب (ECG)، كلمة المرور للجهاز اللوحي (tablet password)، الموافقة المستنيرة (informed consent). أضف ٢٠ مصطلحاً آخر.`),

  rec('chat_fr', f`Un interprète peut-il être délié du secret médical si le patient le demande ? Explique-moi en quelques lignes ce que dit le code de déontologie.`),

  rec('chat_ru', f`Как объяснить пациенту, что переводчик соблюдает конфиденциальность и ничего не расскажет его семье? Напиши короткий текст на простом русском.`),

  rec('training_en_gb', f`Role-play script for new telephone interpreters. Use the practice line ${amb('pii.phone', '07700 900318')} and the fake patient "Mr Test Patient" (no real details). Add three difficult moments (the caller hangs up, a relative takes over, the doctor speaks too fast).`, 'Ofcom drama-range number: ambiguous'),

  rec('chat_fa', f`لطفاً یک متن کوتاه برای پوستر بنویس: «رمز عبور خود را با هیچ‌کس به اشتراک نگذارید، حتی با همکاران بخش ترجمه.»`),

  rec('chat_am', f`ለአስተርጓሚዎች የሥነ ምግባር መመሪያ አጭር ማጠቃለያ በእንግሊዝኛ ጻፍልኝ፤ ስለ ሚስጥር መጠበቅ አንድ አንቀጽ ይኑረው።`),

  // ---- tenant screening ----
  rec('env_example', f`${amb('source_code.snippet', f`# .env.example — copy to .env and fill in
BUREAU_API_URL=https://sandbox.bureau.example/v2
BUREAU_CLIENT_ID=<client-id>
BUREAU_CLIENT_SECRET=<client-secret>
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/screening
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
SMTP_PASSWORD=\${SMTP_PASSWORD}`)}

Write the README section that explains each variable.`),

  rec('test_en', f`Our SSN validator unit tests — are these the right edge cases?
- "000-12-3456" → reject (area 000)
- "666-45-1234" → reject (area 666)
- "912-34-5678" → reject (9xx)
- "${amb('pii.us_ssn', '123-45-6789')}" → accept syntactically but flag as known test value
- "532-00-4821" → reject (group 00)`),

  rec('chat_de', f`Was bedeutet ein SCHUFA-Basisscore von 97,4 % bei einer Mieterselbstauskunft? Der Interessent hat außerdem Aktenzeichen 2 C 418/23 aus einem alten Mietstreit erwähnt. Wie bewerte ich das fair?`),

  rec('chat_en_us', f`Training script for our call center: "Thank you for calling Keystone Screening, this call may be recorded." Use ${amb('pii.phone', '(614) 555-0134')} as the example callback number in the script, it's a fictional one.`, '555-01xx fictional number: ambiguous'),

  rec('hash_en', f`Our legacy tenant portal stores passwords like ${ambCat('credential', BCRYPT)}. Is bcrypt cost 10 still acceptable or should we rehash on next login?`, 'a bcrypt hash: ambiguous'),

  rec('chat_nl', f`Wat is het verschil tussen een inkomensverklaring van de Belastingdienst en een werkgeversverklaring voor huurdersscreening? Dossiernummer HC-2025-0318 wacht nog op één van de twee.`),

  rec('chat_pl', f`Najemca podał numer konta ${BAD_PL}, a bank twierdzi, że jest błędny. Czy suma kontrolna się nie zgadza? Jak to sprawdzić samemu?`, 'IBAN with a wrong check digit pair'),

  rec('chat_he', f`זה לא סוד שהשוק השכירות בתל אביב לחוץ. תכתוב לי פוסט קצר ללינקדאין על איך שוכרים יכולים להכין תיק מסמכים מסודר מראש.`),

  // ---- marathon registration ----
  rec('splits_en', f`Can you spot the timing glitch? Chip EPC E2801160600002084C8D3A21, bib 10412:
5K 00:24:13 · 10K 00:48:51 · HALF 01:43:02 · 30K 01:12:40 · FINISH 03:31:57
The 30K split looks wrong — mat reader 4 was rebooted at 09:52.`),

  rec('chat_es_stripe', f`Para probar el pago de inscripciones en modo test uso la tarjeta ${amb('financial.payment_card', '4242 4242 4242 4242')} y la clave de prueba ${STRIPE_TEST}. ¿Cómo simulo un pago rechazado por fondos insuficientes?`, 'Stripe test card and sk_test_ key'),

  rec('chat_ko', f`주문번호 2025031800482917 로 결제했는데 배번이 안 나왔다는 문의가 왔어요. 환불 규정 안내 문구 좀 써 주세요.`),

  rec('gift_pt_br', f`Um corredor quer usar o vale-presente da loja de corrida, número ${spacedFours(BAD_GIFT)}, mas o site diz "inválido". Como respondo?`, 'voucher number failing the Luhn check'),

  rec('chat_sw', f`Mkimbiaji alilipa ada kwa M-Pesa, msimbo wa muamala QK71HX2P9L, tarehe 14/02 saa 10:42. Bado hajapata namba ya kifua. Niandikie jibu fupi kwa Kiingereza na Kiswahili.`),

  rec('chat_en_in', f`Runner's Aadhaar from the form is ${BAD_AADHAAR}, the UIDAI check says invalid. Probably a typo. Write a polite WhatsApp message asking him to re-upload the card.`, 'Aadhaar failing the Verhoeff check'),

  // ---- fish farm, veterinary and export certificates ----
  rec('chat_no', f`Kan du sjekke at referansene stemmer i følgebrevet? Helsesertifikat IMSOC.2025.0012384, lokalitetsnummer 31917, HS-kode 0302.14, lot VFL-2025-118, 21 600 kg sløyd laks, temperatur 0,4 °C ved lasting.`),

  rec('chat_vi_fish', f`Lô cá tra phi lê xuất đi Hà Lan: mã số cơ sở DL 183, số hợp đồng VN-EU-2025/044, container TGHU 812047-3, nhiệt độ -18 °C. Viết giúp email báo tàu chạy bằng tiếng Anh.`),

  rec('sha_da', f`Vi lægger en kontrolsum ved hver PDF med eksportcertifikater. Er det nok at sende sha256 ${SHA('b160n-sha1')} med i e-mailen, eller skal den signeres?`),

  rec('cert_en', f`Customs portal wants "the certificate" for our fish-health lab's TLS endpoint. Is this the right thing to upload? It's the public one from the server.

${CERT}`),

  rec('coords_no', f`Lokaliteten ligger på 68.4172 N, 15.0394 Ø. Kan du regne om til UTM sone 33 for søknaden til fylkeskommunen?`),

  // ---- marine cargo claims ----
  rec('chat_en', f`Summarise the claim file: vessel MSC ARIES (IMO 9482917), container MSCU4829176, seal no. 7741209, B/L MEDUJP482917, loaded Valencia 12 Feb, discharged Jebel Ali 4 Mar. Consignee reports crushed cartons in the top two tiers.`),

  rec('chat_el', f`Ο κωδικός ΣΟ (HS code) για τα ψυγεία είναι 8418.50, ο αριθμός αποθήκευσης 2025/ΠΕΙ/00481. Γράψε μου σύντομη επιστολή στα αγγλικά προς τον τελωνειακό πράκτορα.`),

  rec('chat_zh', f`帮我整理一下理赔资料清单：提单号 COSU6291837450、集装箱号 CSNU 7418293、铅封号 CN2504187、船名 COSCO SHIPPING ARIES 第 041E 航次。`),

  rec('receipt_it', f`Traduci in inglese la ricevuta del perito per la pratica sinistro:
Pagato con Mastercard •••• •••• •••• 4820, autorizzazione 018274, importo € 640,00, data 06/03/2025.`),

  rec('uuid_nl', f`Deze schadedossiers zijn dubbel aangemaakt, welke mag ik verwijderen?
claim:6f1c8a2e-4b7d-4e93-a0c5-2d9f81b3e746
claim:0b93d4e7-12a8-4c6f-9e51-7a3c28f0d915
claim:6f1c8a2e-4b7d-4e93-a0c5-2d9f81b3e746`),

  rec('chat_en_docs', f`For the claims portal's S3 upload tests I copied the example from the AWS docs: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. moto still rejects it, why?`),

  rec('card_like_en', f`Our claims system assigns internal case numbers that look like cards, e.g. ${BAD_MC}. Finance keeps flagging them. Should we change the format?`, 'Luhn-failing card-shaped number'),

  // ---- other languages, casual ----
  rec('chat_zh_hk', f`我哋 config 入面 DB 密碼係用環境變數 \${DB_PASSWORD} 讀嘅，咁樣 commit 上 git 係咪安全？`),

  rec('chat_ms', f`Bagaimana nak tetapkan kata laluan yang kuat untuk sistem pendaftaran larian? Berikan 5 peraturan ringkas.`),

  rec('chat_tl', f`Ano ang magandang paraan para ipaliwanag sa pasyente na kumpidensyal ang usapan nila kasama ang interpreter? Gawin mong simple at magalang.`),

  rec('chat_et', f`Kalakasvanduse ekspordi ettevõtte registrikood on 12948371 ja KMKR EE102948371. Kas need käivad arvel mõlemad?`),

  rec('chat_lv', f`Maratona rezultāti: 42,195 km, laiks 3:28:41, vieta 512. Uzraksti īsu apsveikumu latviski.`),

  rec('chat_cy', f`Allwch chi gyfieithu hwn i'r Gymraeg? "The interpreter will arrive 15 minutes before your appointment. Please bring your appointment letter."`),

  rec('chat_bn', f`শিফট B-তে কিলনের তাপমাত্রা ছিল ১৪৫০ ডিগ্রি, আউটপুট ৩১০০ টন। এটা দিয়ে একটা ছোট রিপোর্ট ইংরেজিতে লিখে দাও।`),

  rec('chat_sr', f`Помози ми да напишем кратак извештај: пећ 1 је радила 22 сата, производња клинкера 2.940 т, застој због замене горионика. Фирмвер контролера 4.2.17.`),
];
