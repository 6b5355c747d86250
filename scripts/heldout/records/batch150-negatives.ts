/**
 * Held-out batch 150: hard negatives from the six organisations — placeholders, test and
 * documentation values, case / bond / accession / ship numbers, tyre codes, masked and
 * check-failing numbers, look-alike words for markings — in many languages (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b150n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b150n-pklive', B62, 97));
const CERT = pem('CERTIFICATE', 'b150n-cert', 870);
const PUB = pem('PUBLIC KEY', 'b150n-pub', 294);
const BCRYPT = tok('$2b$12$', fill('b150n-bcrypt', B62 + './', 53));
const SHA = (seed: string) => fill(seed, HEX, 64);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${fill('b150n-png', B64, 160)}`;
const INTEGRITY = `sha512-${b64Bytes('b150n-integ', 64)}`;

/** A card number whose last digit is moved off its Luhn check digit. */
const luhnBroken = (payload: string): string => {
  const good = luhnWithCheck(payload);
  return good.slice(0, -1) + String((Number(good.slice(-1)) + 4) % 10);
};
/** An IBAN whose check digits are moved off the mod-97 value. */
const ibanBroken = (country: string, bban: string): string => {
  const good = ibanWithCheck(country, bban);
  const cd = (Number(good.slice(2, 4)) + 7) % 97;
  return `${country}${String(cd).padStart(2, '0')}${bban}`;
};

const BAD_VISA = luhnBroken('492183740261957');
const BAD_MC = luhnBroken('531847209364185');
const BAD_DE = ibanBroken('DE', '370400441029384756');
const BAD_NL = ibanBroken('NL', 'RABO0317284956');

export const BATCH150_NEGATIVES: DraftRecord[] = [
  rec('chat_en', f`Can you explain the difference between a surety bond and a cash bond for a defendant's family? We keep getting asked on the phone. Bond LK-25-0412 was a $15,000 surety bond, case no. C-25-394718-1, booking #2025-00048213, and the family thought they'd get the whole amount back.`),

  rec('env_example', f`Is this .env.example OK to commit to the public repo for our court-reminder tool?

${amb('source_code.snippet', f`# copy to .env and fill in
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=<your-twilio-auth-token>
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/reminders
REMINDER_FROM=+1XXXXXXXXXX
SESSION_SECRET=\${SESSION_SECRET}`)}`),

  rec('chat_de', f`Kannst du mir die Reifenbezeichnungen auf unserem Wiegeschein erklären? Da steht z. B. "205/55 R16 91V, DOT 4B2X 3M7R 2419" und "315/80 R22.5 156/150L". Abfallschlüssel 16 01 03 (Altreifen), Charge GK-2025-0311-07, Gewicht netto 12.840 kg.`),

  rec('chat_pl', f`Jak liczyć zużycie noży w rozdrabniarce? Dane z ostatniego miesiąca: kwit wagowy nr 2025/03/004817, 1 284,6 t opon, wymiana noży po 412 h pracy, numer seryjny maszyny SHR-3200-0048217.`),

  rec('chat_cs', f`Potřebuji vzor dohody o mlčenlivosti pro externí techniky, kteří k nám chodí opravovat granulační linku. Stačí obecný, česky, s pokutou za porušení.`),

  rec('chat_fr', f`Je suis assez confiante pour l'audience de demain, mais pouvez-vous me rappeler les règles déontologiques de l'interprète judiciaire sur la confidentialité des échanges avec le prévenu ? Juste les grands principes.`),

  rec('chat_es', f`Explícame el deber de confidencialidad del intérprete judicial según el código deontológico, para una charla de formación. El asunto que uso de ejemplo es el procedimiento abreviado 1182/2024 del Juzgado de lo Penal n.º 4 de Sevilla.`),

  rec('chat_it', f`Ho bisogno di un testo per la didascalia dell'opera in prestito: "Inv. 1893/47, olio su tela, 112 × 86 cm, prestito dalla Fondazione Orsini, n. pratica PR-2025-0183". Puoi renderlo più elegante?`),

  rec('chat_ja', f`展示ケースの仕様書の一文を英訳してください：「本ケースは気密性が高く、湿度50%±5%を保持します。」 カタログ ISBN 978-4-8273-9164-2。`, 'airtight (気密) is not classified (機密): no marking'),

  rec('chat_zh', f`帮我算一下本学期宿舍水电费分摊：订单号 CN20250311048217，电表读数 4821.6 度，水表 318.4 吨，宿舍楼 B 座 12 层共 36 个房间。`),

  rec('code_js_stripe_test', f`Our staging deposit flow uses this, fine to leave in the repo?

\`\`\`js
${v('source_code.snippet', f`// staging only – test mode
const stripe = Stripe('${STRIPE_TEST}');
const publishable = '${PK_LIVE}';`)}
\`\`\``, 'Stripe test secret key and a publishable key: no credential; the code block is pasted code'),

  rec('doc_aws_example', f`${amb('source_code.snippet', f`# docs/backup.md – example only
aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE
aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`)}

Is this how I should document the museum loans backup setup for new staff? They'll substitute their own keys.`),

  rec('receipt_en', f`Payment receipt – Liberty Knot Bail Bonds
Bond: LK-25-0377 · Premium paid: $450.00
Card: Visa **** **** **** 6153 · Auth code 048217
Date: 03/11/2025 14:02

Make this receipt look nicer, same info.`),

  rec('chat_bad_card', f`A cosigner read me his card over the phone as ${BAD_VISA} but the terminal says invalid number. I think I wrote a digit wrong. How does the check work so I can spot the typo next time?`, 'the number fails the Luhn check (computed off by construction)'),

  rec('chat_bad_iban', f`Unser Buchhaltungssystem lehnt die IBAN ${spacedFours(BAD_DE)} vom Granulatabnehmer ab ("Prüfziffer falsch"). Ich glaube, er hat sich vertippt. Wie formuliere ich die Rückfrage höflich?`, 'IBAN with wrong check digits'),

  rec('chat_nl_bad_iban', f`De tolk gaf als rekeningnummer ${BAD_NL} maar de bank zegt dat het niet klopt. Wat zeg ik tegen haar?`, 'IBAN with wrong check digits'),

  rec('chat_test_cards', f`For the student-housing checkout tests, which Stripe card triggers 3DS? I've been using ${amb('financial.payment_card', '4242 4242 4242 4242')} and ${amb('financial.payment_card', '4000 0027 6000 3184')} in test mode.`),

  rec('roleplay_en', f`Write a role-play script for training new bail agents on the phone. The caller is "Jenny", her number shows as ${amb('pii.phone', '(702) 555-0163')}, and she's calling about her brother's bond at 2 a.m.`),

  rec('training_gb', f`Draft a sample text for the lettings team's training slides: "Hi, this is CampusNest, please call us back on ${amb('pii.phone', '07700 900418')} about your viewing." Keep it friendly.`),

  rec('chat_uuid', f`Museum CMS gives me this error when linking a loan object: "object 9f3c1a72-4b58-4e0d-8a61-2d7c94b5e03f not found in collection 3b8e6d41-07a2-4f95-b1c8-6e29d4a7f150". The git commit of the deploy was 4e8a1c7f92d03b5e6a14f8c20d7b9e3a5f61c284. Where do I look?`),

  rec('chat_sha', f`Vendor sent the weighbridge firmware update v4.12.1.3 with SHA-256 ${SHA('b150n-fw')}. How do I check the download on Windows?`),

  rec('docker_digest', f`${amb('source_code.snippet', f`FROM node:20-alpine@sha256:${SHA('b150n-digest')}
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev`)}

Why does pinning the digest break our Renovate updates for the crew-visa API image?`),

  rec('lock_fragment', f`${amb('source_code.snippet', f`"node_modules/date-fns": {
  "version": "3.6.0",
  "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
  "integrity": "${INTEGRITY}"
}`)}

merge conflict in package-lock on the interpreter-booking app, which side do I keep?`),

  rec('placeholder_helm', f`${amb('source_code.snippet', f`env:
  - name: DB_PASSWORD
    value: {{ .Values.db.password | quote }}
  - name: LOANS_API_KEY
    valueFrom:
      secretKeyRef: { name: loans-api, key: api-key }`)}

Which of these two ways is better for the museum loans chart?`),

  rec('cert_pem', f`Our loans portal certificate — can you tell me when it expires from this?

${CERT}`, 'a certificate is public'),

  rec('pubkey', f`This is the public key the county e-filing system gave us to verify their receipts. Where does it go in the config?

${PUB}`),

  rec('hash_bcrypt', f`Old tenant portal stores passwords like ${ambCat('credential', BCRYPT)} — is bcrypt cost 12 still acceptable in 2025 or should we migrate to argon2?`, 'a password hash: ambiguous, no rule id'),

  rec('data_uri', f`The tenant portal logo doesn't render in Outlook: <img src="data:image/png;base64,${PNG_B64}" alt="CampusNest">. Should I host it instead?`),

  rec('chat_ru', f`Нужно составить заявку на мебель для общежития: шкаф из ЛДСП 1800×600, 12 шт., стол письменный ДСП, 24 шт., кровать с ламелями. Оформи как служебную записку.`, 'ДСП here is particle board, not the marking'),

  rec('chat_confidential_computing', f`The museum's digital team wants to evaluate Azure confidential computing for the donor database. In plain English, what does "confidential computing" actually protect against?`),

  rec('chat_nda_template', f`I need a confidentiality agreement template for freelance court interpreters, US, one page, plain English. Include a clause on not discussing cases on social media.`),

  rec('chat_ko', f`기숙사 포털 비밀번호 변경 방법을 학생들에게 안내하는 글을 써 주세요. 비밀번호는 8자 이상, 특수문자 포함, 90일마다 변경해야 한다는 내용으로요.`),

  rec('chat_es_mx', f`Escríbeme un mensaje para el cliente: "La contraseña del portal de pagos se la mandamos por SMS, no la compartimos por correo." Que suene amable y profesional.`),

  rec('chat_id', f`Tolong buatkan SOP singkat untuk staf crewing: kata sandi portal imigrasi disimpan di brankas digital (Bitwarden), jangan ditulis di kertas atau grup WhatsApp.`),

  rec('chat_de_ch', f`Chasch mer e churzi Notiz schribe für d Schichtleiter: s Passwort für d Waag isch ab Mäntig nöd meh bim Portier, sondern nur no bim Chef. Sie sölled em aalüte wenn nötig.`),

  rec('chat_fr_ca', f`Fais-moi une note pour les interprètes : le mot de passe du nouveau portail, c'est Sylvie qui le donne en personne, pas par courriel. Faut l'expliquer poliment.`),

  rec('ship_en', f`For the crew change at Civitavecchia: MV Aurelia Serenade, IMO 9384722, MMSI 249482000, call sign 9HA4827, voyage SR-2513. Container for crew luggage MSKU 482739-1, B/L MEDU48273915. Draft the port agent request.`),

  rec('chat_hi', f`जहाज़ Aurelia Serenade (IMO 9384722) के लिए अगले महीने की क्रू चेंज योजना बनाइए: 14 अप्रैल को बार्सिलोना में 22 लोग उतरेंगे, 19 चढ़ेंगे। वॉयेज नंबर SR-2516।`),

  rec('chat_ka', f`ინგლისურად თარგმნე: "საქმე №2/4827-24, თბილისის საქალაქო სასამართლო, სხდომა 2025 წლის 18 მარტს, 11:00 საათზე. საჭიროა თარჯიმანი სპარსული ენიდან."`),

  rec('chat_hy', f`Թարգմանիր անգլերեն՝ «Ցուցանմուշ ՀՊԹ 4827/12, բրոնզե անոթ, մ.թ.ա. VIII դար, փոխատվության պայմանագիր №2025/03»։`),

  rec('chat_th', f`ช่วยแปลประกาศนี้เป็นภาษาอังกฤษ: "หอพัก อาคาร C จะปิดปรับปรุงลิฟต์ตั้งแต่วันที่ 14–18 มีนาคม 2568 ผู้เช่าห้อง 301–348 กรุณาใช้บันไดหนีไฟฝั่งตะวันออก"`),

  rec('chat_tr_version', f`Kantar yazılımı 4.12.1.3 sürümünden 5.0.2'ye güncellenince seri port COM3 görünmüyor. Sürücü sürümü 2.14.18.0. Ne yapmalıyım?`),

  rec('chat_ar', f`ترجم هذا الإعلان إلى الإنجليزية: "يُرجى من سكان المبنى رقم 4 إخلاء الغرف من 301 إلى 318 يوم 15/6 لأعمال الصيانة، مع العلم أن رقم طلب الصيانة هو MR-2025-0481."`),

  rec('chat_he', f`אני בטוחה שהמשכיר יסכים להאריך את החוזה, רק תנסח לי מייל קצר שמבקש הארכה של חודשיים לחדר 12B.`),

  rec('chat_sv', f`Kan du skriva en kort text till vår webbplats om att museet lånar ut 14 föremål till Göteborg under 2025? Diarienummer 2025/0183, utställningen öppnar 5 juni.`),

  rec('chat_ssn_placeholder', f`On our bail application form, the SSN field shows the placeholder "000-00-0000" and people type it in literally. How should I word the hint text instead?`),

  rec('chat_pt_br_bad_mc', f`O tripulante mandou o número do cartão salário ${BAD_MC} pra cadastro, mas o sistema recusa. Como explico pra ele conferir os dígitos sem pedir o número de novo por WhatsApp?`, 'Luhn-failing number'),

  rec('curl_placeholder', f`How do I fill this in from the lettings API docs?

${amb('source_code.snippet', f`curl -H "Authorization: Bearer YOUR_API_KEY" \\
  https://api.campusnest.co.uk/v2/rooms?available=true`)}`),
];
