/**
 * Held-out batch 64: hard negatives — accession numbers, lab reports, masked values, placeholders,
 * test keys, checksums, public keys, invalid check digits and casual uses of "secret", "password" and
 * "confidential" in many languages (tests/corpus/README.md, "Decisions on negatives"). Unlabelled
 * apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b64n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b64n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const CERT = pem('CERTIFICATE', 'b64n-cert', 720);
const BCRYPT = tok('$2y$10$', fill('b64n-bcrypt', B62 + './', 53));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAAMgAAAA8CAYAAAA${fill('b64n-png', B64, 220)}`;
const INTEGRITY = (seed: string) => `sha512-${b64Bytes(seed, 64)}`;

export const BATCH64_NEGATIVES: DraftRecord[] = [
  rec('chat', f`Can you turn these object records into a clean table for the loan agreement appendix?

Acc. no. 1987.112.4 — Pair of stirrups, Mongolia, 19th c., iron and silver, 16.5 × 13 cm
Acc. no. 2003.45.1a-b — Lidded bowl, Iznik, c. 1575, fritware, diam. 28 cm
Acc. no. L2019.7.3 — Portrait miniature (long-term loan), 1792, watercolour on ivory
Outgoing loan ref. OL-2025-0031, venue dates 14 June – 21 September 2025, crate C-118 (112 × 84 × 60 cm, 96 kg).`),

  rec('lab_report_de', f`Kannst du diesen Prüfbericht in zwei Sätzen zusammenfassen?

Prüfbericht Nr. 2025-0318-ZL
Zement: CEM II/A-LL 42,5 R nach DIN EN 197-1
Charge: 25-0311-K2-07, Probenahme 11.03.2025, 06:40 Uhr
Mahlfeinheit (Blaine): 4.380 cm²/g
Erstarrungsbeginn: 165 min
Druckfestigkeit 2 d: 27,4 MPa · 28 d: 51,9 MPa
Glühverlust: 4,1 %, SO₃: 3,2 %, Cl⁻: 0,06 %`),

  rec('statement_es_mx', f`¿Me explicas este estado de cuenta para que se lo pueda explicar a mi mamá?

Préstamo: PR-2025-0048211
Tarjeta de domiciliación: **** **** **** 4821
Teléfono registrado: 55 **** **93
Pago semanal: $385.00 · Pagos realizados: 9 de 16
Próximo cargo: 21/03/2025
Folio de aclaración: ACL-7731904`),

  rec('chat_fr', f`Peux-tu m'aider à comprendre ces identifiants dans notre export du catalogue ?

ISAN 0000-0001-8CFA-0000-I-0000-0000-K
Timecode entrée 10:02:14:08, sortie 10:54:31:19 (25 i/s)
UUID de l'asset : 5e1f9c84-3b27-4d6a-a0e9-71c2b8d4f036
Cote : PHD 8841 — support d'origine : 1 pouce type C, 1978
Ce sont des numéros internes ou publics ?`),

  rec('chat_ja', f`機体の情報を整理して表にしてください。

機体シリアル：1581F5FHD23B4007K9
ファームウェア：v09.01.0204 → v09.02.0108 に更新済み
送信機：RC-N3、バッテリー 42 サイクル
最終フライト：2025-03-09 06:12–06:48、圃場中心 36.3912, 140.4287、散布量 18.4 L`),

  rec('env_example_ca', f`Could you write the README section explaining each of these variables for our physio booking app?

${amb('source_code.snippet', f`# .env.example — copy to .env and fill in
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/bookings
STRIPE_SECRET_KEY=sk_live_REPLACE_ME
TWILIO_AUTH_TOKEN=<your-twilio-auth-token>
SMTP_PASSWORD=
JWT_SECRET=\${JWT_SECRET}
CLINIC_TIMEZONE=America/Vancouver`)}`),

  rec('config_it', f`È normale che nel file di test ci sia una chiave "live"? Il collega dice che è solo quella pubblicabile.

${amb('source_code.snippet', f`# config/test.yml — ambiente di test della prenotazione sedute
stripe:
  secret_key: ${STRIPE_TEST}
  publishable_key: ${PK_LIVE}
  webhook_secret: whsec_xxxxxxxxxxxxxxxx
sms:
  enabled: false`)}`),

  rec('docs_en_ke', f`Our internal wiki has this snippet for new devs on the loan-app team. Is it OK to keep it there?

${amb('source_code.snippet', f`# ~/.aws/credentials (example from the AWS docs, do not use)
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = af-south-1`)}`, 'AWS documentation keys: no credential'),

  rec('git_pl', f`Zgubiłem się w rebase, git status pokazuje to:

interactive rebase in progress; onto 9c3e1a7
Last commands done (2 commands done):
   pick 4f8b20d feat(katalog): pole "nośnik oryginalny"
   pick e17a9c3 fix(import): kodowanie znaków w opisach audycji
Next command to do (1 remaining command):
   pick 0b6d5f2 chore: bump ffmpeg-static to 5.2.0

Jak pominąć ostatni commit?`),

  rec('chat_fi', f`Mikä näistä imageista on uusin? Päivitysohje on epäselvä.

registry.arkisto-media.fi/transkoodaus:3.4.1@sha256:${SHA('b64n-dig1')}
registry.arkisto-media.fi/transkoodaus:3.5.0@sha256:${SHA('b64n-dig2')}
Muutokset 3.5.0: ffmpeg 6.1 → 7.0, uusi ProRes 4444 -profiili, korjattu aikakoodin pyöristys.`),

  rec('chat_es_ec', f`El cliente dice que la app le rechaza la tarjeta. Me pasó el número que está ingresando: 4420 5337 5785 7674. ¿Puede ser que lo esté escribiendo mal? ¿Cómo le explico lo del dígito de control sin sonar técnico?`, 'Luhn-failing card number: unlabelled per the conventions'),

  rec('chat_hr', f`Banka nam je vratila uplatu za posudbu jer kažu da IBAN nije ispravan: HR30 1641 8599 5325 5362 3. Kako provjeriti koja je znamenka pogrešna prije nego što pitam muzej u Beču?`, 'IBAN with wrong check digits: unlabelled per the conventions'),

  rec('form_template_us', f`Make this contributor intake form accessible (labels, hints, error messages):

Full legal name: ______________________
SSN or ITIN: 000-00-0000
Date: MM/DD/YYYY
Phone: (000) 000-0000
Preferred credit line: ______________________`),

  rec('chat_hi_en', f`KYC mein Aadhaar validation fail ho raha hai, customer ne 8723 6104 8025 daala hai. App bol raha hai "invalid Aadhaar". Kya ye typing mistake hai? Customer ko kaise bolun ki card dekh ke dobara daale?`, 'Verhoeff-failing Aadhaar number: unlabelled per the conventions'),

  rec('payroll_doc_uk', f`Tidy up this section of our contractor onboarding guide:

"Your National Insurance number looks like QQ 12 34 56 C (this is the example HMRC uses, not a real number). Enter it without spaces. If you don't have one yet, leave the box blank and we'll use an emergency tax code."`),

  rec('chat_vi', f`Bên bảo hiểm gửi cho mình khóa công khai và chứng chỉ để cấu hình SFTP. Cái này mình lưu trên wiki nội bộ có sao không?

ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b64n-edpub', B64, 43)} sftp@insurer-fineart

${CERT}`),

  rec('chat_tr', f`Müzeyle yapacağımız ödünç verme işi için genel bir gizlilik sözleşmesi şablonu hazırlayabilir misin? Taraflar, süre ve istisnalar bölümleri olsun, Türk hukukuna uygun olsun.`),

  rec('chat_hu', f`A nagymamám titkos receptje a túrós csusza, de mindig elfelejtem, mennyi tejföl kell bele. Tudsz egy klasszikus receptet 4 főre?`),

  rec('chat_pl', f`Przygotuj proszę krótką politykę haseł dla operatorów dyspozytorni: minimum 14 znaków, bez wymuszonej zmiany co 90 dni, blokada po 10 nieudanych próbach, MFA dla kont serwisowych. Dodaj zdanie, że hasła nie zapisujemy na kartkach przy pulpicie.`),

  rec('helm_ro', f`De ce chart-ul ignoră existingSecret? Aici sunt valorile pentru aplicația de colectare:

${amb('source_code.snippet', f`postgresql:
  auth:
    existingSecret: colectare-db
    secretKeys:
      userPasswordKey: password
app:
  env:
    - name: DB_PASSWORD
      valueFrom:
        secretKeyRef: { name: colectare-db, key: password }
    - name: API_TOKEN
      value: "{{ .Values.apiToken }}"`)}`),

  rec('k8s_uk', f`Чи безпечно так зберігати налаштування для сервісу транскрибування архіву?

${amb('source_code.snippet', f`apiVersion: apps/v1
kind: Deployment
metadata:
  name: asr-worker
spec:
  template:
    spec:
      containers:
        - name: asr
          image: registry.arkhiv.internal/asr:2.3.0
          envFrom:
            - secretRef:
                name: asr-secrets
          env:
            - name: HF_TOKEN
              valueFrom: { secretKeyRef: { name: asr-secrets, key: hf-token } }`)}`),

  rec('html_email_sl', f`Zakaj se logotip v e-novicah muzeja ne prikaže v Outlooku?

${amb('source_code.snippet', f`<table role="presentation" width="600">
  <tr><td><img src="data:image/png;base64,${PNG_B64}" alt="Muzej" width="200"></td></tr>
  <tr><td style="font-family:Arial">Nova razstava: Grafike 20. stoletja, od 5. aprila</td></tr>
</table>`)}`),

  rec('manifest_nl', f`Kun je controleren welke bestanden in dit fixity-rapport van de archiefdigitalisering afwijken van vorige maand?

${amb('source_code.snippet', f`${SHA('b64n-fx1')}  NL-ARCH-TV-1974-0031.mxf
${SHA('b64n-fx2')}  NL-ARCH-TV-1974-0032.mxf
${SHA('b64n-fx3')}  NL-ARCH-RA-1961-0410.wav`)}

Vorige maand stond bij 0032 een andere hash.`),

  rec('lockfile_sk', f`Prečo npm ci padá na integrity checksum pri tomto balíku?

${amb('source_code.snippet', f`"node_modules/leaflet-draw": {
  "version": "1.0.4",
  "resolved": "https://registry.npmjs.org/leaflet-draw/-/leaflet-draw-1.0.4.tgz",
  "integrity": "${INTEGRITY('b64n-int1')}"
},
"node_modules/turf-area": {
  "version": "6.5.0",
  "resolved": "https://registry.npmjs.org/@turf/area/-/area-6.5.0.tgz",
  "integrity": "${INTEGRITY('b64n-int2')}"
}`)}`),

  rec('csv_pt_pt', f`Calcula o total por título com IVA a 6 %, por favor:

${amb('source_code.snippet', f`isbn;titulo;qtd;preco
978-972-776-812-3;Azulejos de Lisboa;12;24,90
978-989-8924-41-7;Catálogo da Exposição Ourivesaria;5;38,00
978-972-27-2195-9;Guia do Museu;40;9,50`)}`),

  rec('shipment_ar', f`ممكن تلخص لي حالة شحنة الصناديق؟

بوليصة الشحن الجوي: 176-48291736
رقم التتبع: 7741 0293 8516
رقم الصندوق: C-118 و C-119
وصلت دبي 11/03، تخليص جمركي مؤقت (ATA Carnet رقم FR/2025/00418)، التسليم للمتحف متوقع 14/03.`),

  rec('chat_vi', f`Giải thích giúp mình bảng tóm tắt hợp đồng vay này cho khách hiểu:

Số hợp đồng: HĐ-2025/03/00817
Ngày giải ngân: 02/03/2025
Số tiền vay: 5.000.000 đ, kỳ hạn 6 tháng
Lãi suất: 1,6%/tháng, phí trả chậm 0,05%/ngày
Kỳ thanh toán tiếp theo: 02/04/2025 — 917.000 đ`),

  rec('flightlog_ko', f`비행 로그에서 배터리 전압이 급격히 떨어진 구간을 찾아 주세요.

${amb('source_code.snippet', f`time_s,lat,lon,alt_m,speed_ms,voltage_v,flow_lpm
0,36.39124,127.42871,0.0,0.0,52.1,0.0
30,36.39188,127.42903,3.2,5.8,50.9,4.6
60,36.39251,127.42935,3.1,5.9,50.2,4.6
90,36.39316,127.42968,3.0,6.0,46.8,4.5
120,36.39380,127.43001,3.1,5.7,46.5,4.6`)}`),

  rec('schedule_th', f`ช่วยจัดตารางนี้ให้อ่านง่ายขึ้นหน่อยค่ะ

ห้องบำบัด 1: 09:00–12:00 กายภาพเข่า, 13:00–16:00 ว่าง
ห้องบำบัด 2: 09:30–11:30 กลุ่มออกกำลังกายผู้สูงอายุ
ห้องธาราบำบัด: ปิดซ่อม 10–14 มี.ค.
เครื่องช็อกเวฟ รหัส SW-0412 ส่งสอบเทียบ 18 มี.ค.`),

  rec('chat_el', f`Τι ακριβώς είναι το "confidential computing" και έχει νόημα για ένα μικρό ψηφιακό αρχείο σαν το δικό μας, ή είναι υπερβολή;`),

  rec('chat_he', f`איזה מנהל סיסמאות הכי מתאים לצוות קטן של רשמים במוזיאון? צריך שיתוף בין 6 אנשים, תמיכה בעברית וגיבוי מקומי. אל תמליץ על משהו שדורש שרת.`),

  rec('chat_fa', f`یک متن انگیزشی کوتاه برای جلسهٔ صبحگاهی تیم پهپاد بنویس با موضوع «رمز موفقیت، نظم در کارهای کوچک است». حدود ۸۰ کلمه.`),

  rec('chat_bn', f`ব্যাংক স্টেটমেন্টে লেখা আছে "A/C XXXXXXXX4417, Ref: NEFT/2025/0311/882". এটা কোন কিস্তির টাকা বুঝতে পারছি না। গ্রাহক বলছেন ১১ মার্চ দিয়েছেন। কীভাবে মিলাবো?`),

  rec('chat_sw', f`Mteja ametuma ujumbe huu kama ushahidi wa malipo, nieleze kama ni halali:

"SCK7H2L9QX Confirmed. Ksh1,500.00 sent to PESAHARAKA LTD for account 41288 on 11/3/25 at 9:14 AM. New M-PESA balance is Ksh230.00. Transaction cost, Ksh0.00."

Namba ya akaunti 41288 ni sahihi kwetu.`),

  rec('chat_zh', f`客户要求我们提供产品执行标准，帮我写一段说明：我们的水泥符合 GB 175-2023《通用硅酸盐水泥》，质量管理体系证书编号 00125Q31842R2M，生产许可证号 XK08-001-00417，有效期至 2027 年 6 月。`),

  rec('chat_ro', f`În aplicația băncii apare debitarea ca „RO** BTRL **** **** **** 4364, ref. RATA-0311”. Cum îi explic clientului că e rata lui de credit, fără să-i dau datele complete?`),

  rec('customs_sr', f`Molim te proveri da li su tarifni brojevi ispravni za uvoz dronova za prskanje:
- Dron za prskanje, 40 l: 8806.24.00
- Rezervne baterije Li-ion: 8507.60.00
- Mlaznice i pumpe: 8424.89.00
Faktura br. 2025/CA/0093, pariteta DAP Novi Sad.`),

  rec('firewall_en', f`Our field base station in Iowa needs to reach the RTK correction service. The vendor says to allow outbound TCP 2101 to ${amb('pii.ip_address', '198.51.100.42')}. Is that enough, or do NTRIP casters usually need more ports?`),

  rec('chat_pt_br', f`A documentação do gateway diz pra usar o cartão de teste ${amb('financial.payment_card', '4242 4242 4242 4242')} com qualquer CVV para testar o pagamento das sessões de fisioterapia. Por que no sandbox ele volta "card_declined"?`, 'well-known test card: ambiguous per the conventions'),

  rec('training_en_ca', f`Write a role-play script for new collections agents. The "borrower" in the script can be reached at ${amb('pii.phone', '(613) 555-0143')} and owes $640. Keep it respectful and compliant with Ontario collection rules.`, 'fictional 555-01xx number: ambiguous per the conventions'),

  rec('chat_id', f`Apakah aman kalau tabel users di aplikasi lama masih menyimpan hash seperti ${ambCat('credential', BCRYPT)}? Teman bilang bcrypt cost 10 sudah tidak cukup.`, 'a password hash: ambiguous per the conventions (no rule id)'),

  rec('minified_da', f`Sentry peger på denne linje i bundlen til vores sprøjteplanlægger. Hvad gør den?

${amb('source_code.snippet', `(self.webpackChunkspray=self.webpackChunkspray||[]).push([[231],{4410:(e,t,n)=>{n.d(t,{A:()=>c});var r=n(6540),a=n(4848);function c(e){let{fields:t=[],onSelect:n}=e,[o,l]=(0,r.useState)(null);return(0,a.jsx)("ul",{className:"felter",children:t.map((e=>(0,a.jsx)("li",{onClick:()=>{l(e.id),n&&n(e)},children:e.navn+" ("+e.ha.toFixed(1)+" ha)"},e.id)))})}}}]);`)}`),

  rec('chat_no', f`Skal vi vise passordet i skjermbildene i brukerveiledningen? Jeg tenker å la feltet stå som "Passord: ********" og skrive i teksten at man aldri deler det. Kan du formulere det avsnittet?`),

  rec('chat_yue', f`同事話佢有個秘密武器，可以將錄音帶數碼化嘅速度快一倍，其實就係兩部機同時行。你覺得咁樣做會唔會影響音質？用廣東話答我。`),

  rec('chat_tl', f`Paano ko ipapaliwanag sa mga borrower na hindi namin kailanman hihingin ang password o OTP nila sa tawag? Gawan mo ako ng maikling paalala sa Tagalog na puwedeng i-text.`),

  rec('chat_de_ch', f`Kannst du mir helfen, die Auftragsliste zu sortieren? Auftrag DIG-2025-0417 (Tonband, 14 Rollen), DIG-2025-0418 (U-matic, 6 Kassetten), DIG-2025-0421 (16-mm-Film, 3 Rollen). Eingang jeweils am 03.03.2025 um 08:15 Uhr, Lieferschein 80041273.`),

  rec('chat_kn', f`ನಮ್ಮ ಆರ್ಕೈವ್‌ನ ರೇಡಿಯೋ ನಾಟಕಗಳ ಪಟ್ಟಿ: ಕಾರ್ಯಕ್ರಮ ಸಂಖ್ಯೆ AIR-BLR-1974-118, ಅವಧಿ 00:42:10, ಪ್ರಸಾರ ದಿನಾಂಕ 12-08-1974. ಇದನ್ನು ವೆಬ್‌ಸೈಟ್‌ಗೆ ಒಂದು ಸಣ್ಣ ವಿವರಣೆಯಾಗಿ ಬರೆದುಕೊಡಿ.`),

  rec('spec_uk_version', f`Підкажи, чи сумісні ці версії: ffmpeg 7.0.2, libx264 0.164.3108, MediaInfo 24.06, контейнер MXF OP1a, профіль XDCAM HD422 50 Мбіт/с. Ми оновлюємо станцію оцифрування.`),
];
