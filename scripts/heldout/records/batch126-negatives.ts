/**
 * Held-out batch 126: hard negatives — text from the six organisations that looks sensitive and is
 * not (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous spans and
 * pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b126n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b126n-pklive', B62, 97));
const CA_CERT = pem('CERTIFICATE', 'b126n-cacert', 880);
const PUB_KEY = pem('PUBLIC KEY', 'b126n-pub', 294);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA${fill('b126n-png', B64, 220)}`;
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT_SHA = fill('b126n-git', HEX, 40);
const INTEGRITY = `sha512-${b64Bytes('b126n-integ', 64)}`;
const BCRYPT = tok('$2y$10$', fill('b126n-bcrypt', B62 + './', 53));

export const BATCH126_NEGATIVES: DraftRecord[] = [
  rec('code_python', f`My moto-based test for the sensor-archive uploader fails with NoSuchBucket. Fixture:

${v('source_code.snippet', f`@pytest.fixture
def s3(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    with mock_aws():
        yield boto3.client("s3", region_name="eu-central-1")

def test_archive(s3):
    archive_day(s3, "2025-03-01")`)}`, 'AWS documentation keys in a test fixture'),

  rec('env_test_de', f`Ist es okay, dass wir die .env.test im Repo haben?

${amb('source_code.snippet', f`# .env.test – nur Testmodus
STRIPE_SECRET_KEY=${STRIPE_TEST}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/leafstack_test
MQTT_PASSWORD=<dein-mqtt-passwort>`)}`, 'Stripe test key and placeholders'),

  rec('doc_fr', f`Peux-tu reformuler cette procédure pour les nouveaux gestionnaires ?

1. Ouvrez l'extranet des agences funéraires.
2. Saisissez votre identifiant (format p.nom) et votre mot de passe : <votre-mot-de-passe>.
3. En cas d'oubli, cliquez sur « Mot de passe oublié » ; le lien est valable 30 minutes.
Ne communiquez jamais votre mot de passe par téléphone.`),

  rec('compose_nl', f`${amb('source_code.snippet', f`services:
  aanvragen-api:
    image: gemeente/aanvragen-api:3.4.1
    environment:
      DB_HOST: db
      DB_USER: aanvragen
      DB_PASSWORD: \${DB_PASSWORD}
      SMTP_PASSWORD: "{{ vault_smtp_password }}"`)}

Waar komt \${DB_PASSWORD} vandaan als ik docker compose up doe?`),

  rec('receipt_it', f`Puoi tradurre questa ricevuta in inglese per il cliente americano?

Maison Aurèle – Boutique Milano
Revisione completa cronografo – € 890,00
Pagato con Visa **** **** **** 1535
Autorizzazione n. 048217 · 14/03/2025 16:42
Garanzia sul lavoro: 24 mesi`),

  rec('chat_en_us', f`Customer read me her card over the phone for the rental deposit but the terminal says invalid: 4532 9170 4826 1536. I think she swapped a digit. How do I tell her politely to check the number?`, 'Luhn-failing card number'),

  rec('chat_de', f`Die Überweisung für den Sterbegeld-Antrag kam zurück, IBAN laut Formular DE32 5001 0517 5829 3640 17. Ich glaube, die Prüfziffer ist falsch abgeschrieben. Wie erkläre ich das der Witwe einfühlsam?`, 'IBAN with wrong check digits'),

  rec('training_en', f`For our claims-desk training deck, make up three obviously invalid US SSNs to show what staff should reject, e.g. 000-42-7391, 912-48-3720 and 518-00-7391, and explain why each is invalid.`, 'SSNs with area 000, 9xx and group 00'),

  rec('release_notes', f`Summarise these firmware release notes for growers (non-technical):

tower-controller v2.14.3 (build ${GIT_SHA.slice(0, 12)})
- device 7c1e4a9b-2f3d-4e8a-b6c1-0d9e8f7a6b5c: fixed EC drift after pump restart
- OTA image sha256: ${SHA('b126n-ota')}
- min. bootloader 1.8.0; Modbus map v4`),

  rec('chat_ja', f`この時計の仕様を英語でお客様向けに説明してください：
Ref. AU-5711/1A-010、ケース番号 4821937、ムーブメント Cal. 26-330 S C、パワーリザーブ 45時間、防水 120m。
ケース番号やリファレンス番号は個人情報ではありませんよね？`),

  rec('chat_it', f`Il corriere ha perso traccia della spedizione dell'orologio riparato. Numero di tracking DHL: JJD000390007738291047, ritiro previsto 12/03. Scrivimi un reclamo formale al corriere.`),

  rec('chat_fr', f`Nous voulons offrir un livret d'accompagnement du deuil aux familles. Peux-tu me proposer un texte de présentation pour « Traverser le deuil » (ISBN 978-2-7096-4821-3, éd. 2023) ?`),

  rec('log_ko', f`이 센서 로그에서 이상치를 찾아 주세요:

${amb('source_code.snippet', f`2025-03-14T06:00:00+09:00 rack=B07 temp=21.4 rh=68.2 ec=1.82 ph=5.9
2025-03-14T06:05:00+09:00 rack=B07 temp=21.6 rh=68.9 ec=1.84 ph=5.9
2025-03-14T06:10:00+09:00 rack=B07 temp=29.8 rh=41.0 ec=1.83 ph=6.0
2025-03-14T06:15:00+09:00 rack=B07 temp=21.7 rh=69.1 ec=1.85 ph=5.8`)}`),

  rec('chat_en_uk', f`I'm confident the insured's MFA rollout will satisfy the underwriters. Can you help me write a cover note that presents it persuasively? Key points: 100% coverage of remote access, 92% of privileged accounts, rest by end of Q2.`),

  rec('chat_en', f`Can you draft a confidentiality agreement template for our grower partners who visit the farm? Keep it to one page, plain English, covering photos of the racks and nutrient recipes.`),

  rec('chat_ru', f`Как в Python правильно хранить пароли пользователей портала жилищных субсидий? Читал про bcrypt и argon2, что сейчас рекомендуют и с какими параметрами?`),

  rec('svg', f`Why does this trail-map icon render upside down in Safari?

${amb('source_code.snippet', f`<svg viewBox="0 0 24 24" width="24" height="24"><path d="M3 20l5.5-9 3.5 5 2.5-3.5L21 20H3zm13.5-13a2 2 0 1 1-4 0 2 2 0 0 1 4 0z" fill="#2f6b3a" transform="scale(1,-1) translate(0,-24)"/></svg>`)}`),

  rec('html_img', f`Why is our watch-service confirmation email 400 KB? The photo is embedded like this:

${amb('source_code.snippet', f`<img alt="Ihre Uhr nach der Revision" src="data:image/png;base64,${PNG_B64}" width="320">`)}`),

  rec('mqtt_tls', f`Which of these do I put on the tower controller for MQTT over TLS — the CA cert or the public key?

${CA_CERT}

${PUB_KEY}`),

  rec('package_lock', f`npm ci fails with EINTEGRITY on this entry, what does that mean?

${amb('source_code.snippet', f`"node_modules/mqtt": {
  "version": "5.10.1",
  "resolved": "https://registry.npmjs.org/mqtt/-/mqtt-5.10.1.tgz",
  "integrity": "${INTEGRITY}",
  "license": "MIT"
}`)}`),

  rec('docker_digest', f`Pinning the image for the claims portal: ghcr.io/ultima-mutual/claims-portal@sha256:${SHA('b126n-digest')} — is pinning by digest better than by tag 4.2.0?`),

  rec('chat_en_uk', f`Staff asked me about the numbers they see in the training calls. Is it fine to use ${amb('pii.phone', '07700 900318')} in our role-play scripts? Someone said it's a reserved drama number. Otherwise I'd use ${amb('pii.phone', '+44 7700 900318')} in the slides.`, 'Ofcom drama range: ambiguous'),

  rec('chat_en_us', f`For the booking kiosk demo, we put ${amb('pii.phone', '(303) 555-0147')} as the sample phone and ${amb('financial.payment_card', '4111 1111 1111 1111')} as the sample card. Is that OK for a public demo video?`, 'fictional 555-01xx and well-known test card: ambiguous'),

  rec('form_en', f`Help me design a better layout for this blank first-aid form:

RIDER NAME: ____________  DATE OF BIRTH: __/__/____
PHONE: (___) ___-____     EMAIL: ____________
PASSPORT / ID (foreign riders): ____________
Injury description: ____________________________`),

  rec('booking_js', f`Is it safe that this key is in our bike-park booking page?

${v('source_code.snippet', f`const stripe = Stripe('${PK_LIVE}');
const elements = stripe.elements({ locale: 'de' });
elements.create('payment').mount('#deposit');`)}`, 'Stripe publishable key: public by design'),

  rec('doc_pt_br', f`Revisa esse trecho do nosso README interno?

"Para clonar, gere um token em Settings → Developer settings e use: git clone https://ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx@github.com/kestrel-cyber/uw-questionnaire.git — substitua os x pelo seu token, nunca commite o token real."`),

  rec('chat_el', f`Μπορείς να μου εξηγήσεις τη δομή των αριθμών ασφαλιστηρίου μας; Π.χ. 40-118273-02: 40 = κλάδος κηδείας, 118273 = συμβόλαιο, 02 = τροποποίηση. Θέλω να το γράψω στο εγχειρίδιο.`),

  rec('chat_th', f`ช่วยแปลสเปกนาฬิกานี้เป็นภาษาไทยหน่อยครับ: Calibre 3235, 31 jewels, 28,800 vph, power reserve 70 h, water resistance 100 m / 330 ft, case 41 mm`),

  rec('chat_cs', f`Vysvětli mi prosím jednoduše, jak se podle zákona č. 117/1995 Sb. počítá příspěvek na bydlení: normativní náklady, koeficient 0,30 (Praha 0,35) a co když jsou náklady nižší než 30 % příjmu.`),

  rec('chat_en', f`Our old PHP rental system stores hashes like ${ambCat('credential', BCRYPT)} in the users table. Is bcrypt cost 10 still OK in 2025 or should we rehash on login?`, 'password hash: ambiguous, no rule'),

  rec('chat_he', f`אני צריך רעיון לפוסט בלינקדאין: "הסוד של חיתום סייבר טוב הוא לשאול את השאלות הנכונות". תכתוב לי משהו קליל על גיבויים ו-MFA.`, 'casual use of "secret"'),

  rec('chat_ta', f`எங்கள் கீரை வளர்ப்புக்கு சரியான EC மற்றும் pH அளவுகள் என்ன? தற்போது EC 1.6–2.0 mS/cm, pH 5.8–6.2, வெப்பநிலை 20–22°C வைத்திருக்கிறோம்.`),

  rec('chat_bn', f`আমাদের বাইক পার্কের ট্রেইলগুলোর রেটিং বাংলায় বুঝিয়ে লিখে দিন: সবুজ (সহজ, ঢাল ৮% পর্যন্ত), নীল (মাঝারি, ১৫%), লাল (কঠিন, ২৫%), কালো (বিশেষজ্ঞ, ৩৫%+, ড্রপ ১.৫ মিটার)।`),

  rec('chat_es', f`Olvidé la contraseña del portal de ayudas al alquiler y el enlace de recuperación no me llega. ¿Qué le digo al servicio técnico para que me la restablezcan?`),

  rec('policy_fi', f`Tiivistä tämä salasanapolitiikka kolmeen kohtaan: salasanan on oltava vähintään 14 merkkiä pitkä, siinä ei saa olla käyttäjätunnusta, sitä ei saa käyttää uudelleen viimeisen 10 salasanan joukosta, ja kaksivaiheinen tunnistautuminen on pakollinen etäyhteyksissä.`),

  rec('chat_sl', f`Naprave v rastlinjaku imajo te MAC naslove in serijske številke: 3C:71:BF:4A:92:0E (SN LFS-T07-002918), 3C:71:BF:4A:92:1F (SN LFS-T07-002919). Kako jih najlažje uvozim v inventar?`),

  rec('chat_ka', f`ველოპარკის ტრასების რუკისთვის კოორდინატები: სტარტი 41.6938, 44.8015; ფინიში 41.6871, 44.7952. როგორ ჩავსვა Leaflet-ის რუკაზე?`),

  rec('invoice_gsw', f`Chasch mir erkläre, was die Referenz uf de QR-Rächnig bedütet? Es staht "Referenz RF04 2025 AUR0 083" und "Zahlbar durch (Name/Adresse)". Isch das e Kontonummere?`, 'ISO 11649 creditor reference, not an account'),

  rec('voucher_en', f`A customer wants to pay the strap replacement with a gift voucher, code 6035 8817 2930 4415. The system says invalid. Is there a format check we can explain to her?`, 'gift-voucher number that fails the Luhn check'),

  rec('arn_en', f`Explain this IAM policy ARN to a non-technical underwriter: arn:aws:iam::482719305618:role/uw-readonly. Is the 12-digit number something the insured should keep secret?`),

  rec('chat_tr', f`Aşağıdaki saat servis fiyat listesini İngilizceye çevirir misin? Pil değişimi 1.250 TL, cam değişimi 4.800 TL, tam bakım 18.500 TL, su geçirmezlik testi 750 TL.`),

  rec('explain_tlp', f`Explain the difference between TLP:CLEAR, TLP:GREEN, TLP:AMBER and TLP:RED to our new underwriting assistants in two sentences each.`, 'explaining the TLP scheme, no document is marked'),

  rec('chat_de_gdpr', f`Formuliere einen Satz für die Website des Bikeparks: „Wir behandeln Ihre Daten selbstverständlich vertraulich und geben sie nicht an Dritte weiter."`, 'privacy promise, not a document marking'),

  rec('firewall_en', f`Our rentals Wi-Fi keeps dropping — here's the firewall rule list the ISP sent. Which rule blocks the POS?

${amb('source_code.snippet', f`allow  tcp  ${amb('pii.ip_address', '10.30.0.20')} -> any:443
allow  udp  ${amb('pii.ip_address', '10.30.0.20')} -> ${amb('pii.ip_address', '10.30.0.1')}:53
deny   any  ${amb('pii.ip_address', '10.30.0.0')}/24 -> any`)}`),

  rec('chat_pl', f`Jakie dokumenty trzeba dołączyć do wniosku o dodatek mieszkaniowy w 2025 r.? Deklaracja o dochodach za 3 miesiące, zaświadczenie zarządcy o wydatkach – coś jeszcze?`),

  rec('chat_vi', f`Giàn trồng 6 tầng của chúng tôi tiêu thụ khoảng 2,4 kWh/ngày. Nếu tăng lên 9 tầng với đèn LED 36 W mỗi tầng, chạy 16 giờ/ngày thì tiêu thụ bao nhiêu?`),

  rec('chat_ar', f`ما الفرق بين وثيقة تأمين الجنازة الفردية والجماعية؟ أريد شرحاً مبسطاً للعملاء بالعربية.`),
];
