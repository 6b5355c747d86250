/**
 * Held-out batch 134: hard negatives from the six settings — sample codes, lot and job numbers,
 * placeholders, test keys, masked and check-failing numbers, public keys, digests and casual uses
 * of "confidential"/"secret" in many languages (tests/corpus/README.md, "Decisions on negatives").
 * Unlabelled apart from ambiguous spans. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

/** A card-shaped number whose last digit is one off its Luhn check digit: fails on purpose. */
const badCard = (payload: string): string => payload + String((luhnCheckDigit(payload.replace(/[ -]/g, '')) + 1) % 10);
/** An IBAN whose check digits are one off: fails mod 97 on purpose. */
const badIban = (cc: string, bban: string): string => {
  const good = Number(ibanCheckDigits(cc, bban));
  const bad = String(good === 97 ? 2 : good + 1).padStart(2, '0');
  return ((cc + bad + bban).match(/.{1,4}/g) ?? []).join(' ');
};
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const SHA = (seed: string) => fill(seed, HEX, 64);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b134n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b134n-pklive', B62, 97));
const CERT = pem('CERTIFICATE', 'b134n-cert', 880);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${fill('b134n-png', B64, 160)}`;
const SHADOW = tok('$6$', fill('b134n-salt', B62, 16), '$', fill('b134n-hash', B62 + './', 86));

export const BATCH134_NEGATIVES: DraftRecord[] = [
  rec('chat', f`We're evaluating confidential computing for the HPC cluster (AMD SEV-SNP nodes) so that medical researchers can run jobs on patient data. Does Slurm support scheduling onto confidential VMs, and what's the performance hit?`),

  rec('chat_de', f`Kannst du die Störungen zusammenfassen? Station HH-BIL-01, Dispenser D2 (Seriennr. HYD-700-2291-0457), Firmware 3.8.2. Am 04.02. drei Abbrüche bei 612 bar, Vorkühlung -33 °C statt -40 °C. Ticket INC-2025-00871.`),

  rec('chat_fr', f`Peux-tu mettre ce bon de commande atelier au propre ? Commande n° AT-2025-0318, tissu : crêpe de soie réf. 7741-NOIR, 3,40 m ; doublure Bemberg réf. 220-09 ; boutons nacre 11 mm × 14. Teinte Pantone 19-4052 TCX. Livraison semaine 12.`),

  rec('chat_es', f`Resume el expediente: n.º de asistencia 2025/AS/0048213, grúa G-17, recogida en la A-4 km 312, entregado en taller Talleres Ruiz, matrícula 4827 KLM. Tiempo total: 2 h 14 min.`),

  rec('chat_ja', f`検体番号 3874915 と 3874916 の輸送記録を英語でまとめてください。キット番号 BK-2025-0071、封印番号 A 209381 / B 209382、採取 2025-02-09 06:40、ラボ到着 2025-02-10 11:15。`),

  rec('chat_zh', f`帮我检查一下这个肉鸡饲料配方：玉米 58.5%，豆粕 32%，豆油 3.5%，预混料 4%，石粉 1.2%，食盐 0.3%，蛋氨酸 0.25%，赖氨酸 0.25%。批号 FM-250211-03。`),

  rec('chat_ru', f`Почему задача 48213977 висит в очереди? squeue пишет: 48213977_[12-50] gpu md-run ivanov PD 0:00 4 (Priority). Узлы gpu[017-024] свободны. ID заявки в поддержку: 9f3c2e71-0b4a-4d58-a6e1-3c7d90b2f418.`),

  rec('env_example_pt_br', f`${cfg(f`# .env.example — copie para .env e preencha
GOOGLE_MAPS_API_KEY=sua-chave-aqui
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=<seu-token>
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/guincho
SENHA_ADMIN=`)}

Escreve uma seção do README explicando cada variável?`),

  rec('code_python_it', f`Dopo l'aggiornamento di moto i test del caricamento delle foto dei capi falliscono:

${v('source_code.snippet', f`@pytest.fixture
def s3(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    with mock_aws():
        yield boto3.client("s3", region_name="eu-south-1")`)}`, 'AWS documentation keys in a fixture: no credential, the fixture is pasted code'),

  rec('env_test_en', f`${cfg(f`# .env.test for the atelier booking site — test mode
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_WEBHOOK_SECRET=whsec_your_test_secret`)}

Is it a problem that the publishable key in the test env is a live one?`),

  rec('receipt_ko', f`영수증 내용 영어로 번역해 주세요:
주문번호 VR-SEL-250212-014
결제: 마스터카드 **** **** **** 4471 (일시불)
금액: ₩4,850,000 (부가세 포함)
품목: 맞춤 재킷 1, 실크 스카프 1`),

  rec('chat_pl', f`Klient twierdzi, że karta flotowa do tankowania wodoru nie działa na stacji w Poznaniu. Numer karty flotowej: ${badCard('7081 2294 0571 836')}, ważna do 12/26. Napisz odpowiedź, że sprawdzamy to z operatorem.`, 'a fleet/fuel card number outside card-issuer ranges, and failing the Luhn check'),

  rec('form_template_nl', f`Maak dit formulier toegankelijk (labels, foutmeldingen) voor de leveranciersregistratie van de voerfabriek:

Bedrijfsnaam: __________
IBAN: NL00 BANK 0000 0000 00
BTW-nummer: NL000000000B00
Telefoon: +31 (0)__ ___ ____`),

  rec('chat_nl', f`De leverancier stuurde dit IBAN per fax en onze boekhouding zegt dat het ongeldig is: ${badIban('NL', 'RABO0318274650')}. Klopt dat? Welke cijfers kunnen verkeerd overgenomen zijn?`, 'IBAN with wrong check digits'),

  rec('training_en_us', f`Write a role-play script for new dispatchers. The caller says her number is ${amb('pii.phone', '(555) 010-4477')} and she's stuck on I-90 near exit 450 with a flat tyre and two kids in the car.`, 'fictional 555-01xx number: ambiguous'),

  rec('training_en_gb', f`For the call-handler training deck, the sample member calls from ${amb('pii.phone', '07700 900418')} about a breakdown on the M6, junction 19. Write the model dialogue.`, "Ofcom drama number: ambiguous"),

  rec('qa_doc', f`QA checklist for the atelier checkout: pay the deposit with ${amb('financial.payment_card', '4111 1111 1111 1111')} (any future date, any CVC), then refund from the admin. Turn this into a Gherkin scenario.`, 'well-known test card: ambiguous'),

  rec('chat_en', f`Which Apptainer image should the user pull? Both have the same tag:

openfoam-v2312.sif  sha256:${SHA('b134n-sif1')}
openfoam-v2312.sif  sha256:${SHA('b134n-sif2')}

Built 2025-01-28 and 2025-02-06.`),

  rec('git_en', f`I messed up the rebase on the station-controller repo:

interactive rebase in progress; onto 9c41e7a
Last commands done:
   pick 3f8d20b fix(precool): clamp setpoint to ambient - 75
   pick a71c94e feat(j2601): add T30 table
Next commands to do:
   pick 5e02bd3 chore: bump tokio to 1.43.0

How do I drop the last one?`),

  rec('authorized_keys', f`User asks if it's fine to post this in the help-desk ticket. It's just his public key, right?

ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b134n-edpub', B64, 43)} jmueller@laptop

He wants it added to the login nodes.`),

  rec('cert', f`This is the TLS certificate of the dispenser gateway; openssl says "unable to get local issuer certificate". Anything wrong with it?

${CERT}`),

  rec('compose_digest', f`${cfg(f`services:
  telemetry:
    image: registry.hydrion-h2.eu/telemetry@sha256:${SHA('b134n-dig')}
    restart: unless-stopped
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt`)}

Is the secrets: block the right way to avoid plain env vars?`),

  rec('chat_en', f`Our head miller says the secret to a good pellet durability index is steam conditioning at 80 °C for 45 seconds. Is that backed by any research? Looking for sources on PDI vs conditioning time.`),

  rec('chat_el', f`Χρειάζομαι ένα πρότυπο συμφωνίας εμπιστευτικότητας (NDA) για τους νέους συνεργάτες ρυμούλκησης. Μπορείς να μου δώσεις μια δομή με τα βασικά άρθρα;`),

  rec('chat_tr', f`Yeni yem fabrikası açılışı için konuşma yazar mısın? "Başarımızın gizli kahramanları vardiya ekipleridir" cümlesini mutlaka kullan.`),

  rec('chat_ar', f`رتّب جدول الرحلات لفريق جمع العينات: رحلة SV 1472 من الرياض إلى جدة يوم 2025-02-18 الساعة 07:35، والعودة SV 1489 يوم 2025-02-20 الساعة 21:10. رقم المهمة M-2025-0214.`),

  rec('chat_he', f`איזו גרסה כדאי להתקין על הקלאסטר: CUDA 12.4.1 או 12.6.3? הדרייבר הנוכחי 550.127.05, ו-PyTorch 2.5.1.`),

  rec('chat_th', f`ช่วยเช็คสถานะพัสดุให้หน่อยค่ะ เลขพัสดุ TH0482917365A, คำสั่งซื้อ MV-BKK-2025-0093 ส่งผ้าไหมไปห้องเสื้อที่ปารีส`),

  rec('chat_vi', f`Tọa độ xe cứu hộ báo về là 10.762622, 106.660172 nhưng trên bản đồ lại hiện ở quận khác. Có phải do hệ tọa độ VN-2000 không?`),

  rec('chat_id', f`Tolong rekomendasikan buku untuk pelatihan HPC: ISBN 978-0-12-811541-0, 978-1-4987-2069-3, dan 978-0-262-53302-7. Mana yang paling cocok untuk pemula?`),

  rec('chat_bn', f`এই সপ্তাহের কাঁচামালের দাম দিয়ে একটা টেবিল বানাও: ভুট্টা ৩২ টাকা/কেজি, সয়াবিন মিল ৬৮ টাকা/কেজি, গমের ভুসি ২৯ টাকা/কেজি, লট নম্বর ২৫০২-০৭।`),

  rec('chat_ta', f`என் ஜாப் இந்த பிழையுடன் நின்றுவிட்டது: "slurmstepd: error: Detected 1 oom_kill event in StepId=48213990.batch". இதன் பொருள் என்ன? --mem=32G கொடுத்திருந்தேன்.`),

  rec('chat_ka', f`გთხოვ, ეს განრიგი ინგლისურად თარგმნე: ორშაბათი 06:00–07:00 სასტუმრო, სამშაბათი 18:00–20:00 ვარჯიში სტადიონზე, ოთხშაბათი დასვენება.`),

  rec('chat_hy', f`Թարգմանիր չափերի աղյուսակը անգլերեն․ չափս 38՝ կուրծք 84, գոտկատեղ 66, ազդր 92; չափս 40՝ 88 / 70 / 96.`),

  rec('chat_sw', f`Tengeneza jedwali la magari yetu ya kuvuta: KBZ 482T (Nairobi), KCA 917M (Mombasa), KDB 305X (Nakuru). Yote yamefanyiwa ukaguzi Januari.`),

  rec('chat_am', f`የናሙና ኪት ቁጥሮችን በሰንጠረዥ አዘጋጅልኝ፦ BK-4482, BK-4483, BK-4484፤ የማኅተም ቁጥሮች 209401–209403።`),

  rec('chat_fi', f`Kirjoita lyhyt ohje HPC-käyttäjille: salasanan pitää olla vähintään 14 merkkiä, sitä ei saa lähettää sähköpostilla eikä tukipyynnössä, ja MFA on pakollinen 1.3. alkaen.`),

  rec('chat_da', f`Kan du oversætte vores fortrolighedspolitik-skabelon til engelsk? Det er bare den generelle skabelon, ingen navne eller tal endnu.`),

  rec('helm_hu', f`${cfg(f`env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: feedmill-erp-db
        key: password
  - name: SMTP_PASSWORD
    valueFrom:
      secretKeyRef: { name: mailer, key: smtp-password }`)}

Miért nem frissül a pod, amikor a secretet módosítom?`),

  rec('gha_ro', f`${cfg(f`- name: Deploy whereabouts API
  env:
    AZURE_CLIENT_SECRET: \${{ secrets.AZURE_CLIENT_SECRET }}
    DB_PASSWORD: \${{ secrets.DB_PASSWORD }}
  run: ./deploy.sh "\${{ github.ref_name }}"`)}

Este sigur să fac echo la variabile în deploy.sh pentru depanare?`),

  rec('css_cs', f`Proč je ikonka ve formuláři pro zákazníky rozmazaná? ${cfg(f`.icon-tow { background: url("data:image/png;base64,${PNG_B64}") no-repeat center / 16px 16px; }`)}`),

  rec('package_lock_sk', f`${cfg(f`"node_modules/leaflet": {
  "version": "1.9.4",
  "resolved": "https://registry.npmjs.org/leaflet/-/leaflet-1.9.4.tgz",
  "integrity": "sha512-${b64Bytes('b134n-integrity', 64)}"
}`)}

Prečo npm ci hlási EINTEGRITY na build serveri dispečingu?`),

  rec('bank_app_hr', f`U bankovnoj aplikaciji vidim trajni nalog "HR** **** **** 4471, poziv na broj HR00 2025-0318". Koji je to partner za vuču?`),

  rec('chat_sr', f`Напиши питања за квиз о историји антидопинг правила: кад је основана Светска антидопинг агенција и шта значи "строга одговорност" спортисте?`),

  rec('chat_uk', f`Поясни простими словами, чим відрізняється "пропущений тест" від "невчасного подання даних про місцеперебування" за міжнародним стандартом і скільки порушень за 12 місяців ведуть до санкції.`),

  rec('chat_fa', f`در Slurm تفاوت بین --ntasks و --cpus-per-task چیست و برای یک برنامه MPI+OpenMP کدام را باید تنظیم کنم؟`),

  rec('chat_is', f`Skrifaðu sniðmát fyrir tölvupóst til nýrra notenda reikniklasans: "Notandanafn: <notandanafn>, lykilorð: <sent sérstaklega með SMS>". Ekki setja raunveruleg gögn.`),

  rec('receipt_gsw', f`Chasch mer die Quittig uf Änglisch übersetze? H2-Tankstell Zürich-Altstetten, 4,12 kg à CHF 16.50, Total CHF 67.98, bezahlt mit Visa **** 2291, Beleg-Nr. 000418273, Terminal-ID 71048213.`),

  rec('shadow_en_au', f`Found this line in an old tow-dispatch VM's /etc/shadow during decommissioning. Is SHA-512 crypt still considered OK, or should we have used yescrypt?

dispatch:${ambCat('credential', SHADOW)}:19421:0:99999:7:::`, 'a password hash: ambiguous, no rule id'),

  rec('chat_fr_ca', f`J'ai pas confiance dans l'estimé du garage pour le remorquage de mon char : 640 $ pour 35 km, c'est-tu normal au Québec? Peux-tu m'aider à écrire une plainte polie?`),

  rec('chat_lv', f`Sastādi pārskatu par barības maisu etiķetēm: EAN 8600123457893, 7311250004721; partija LV-25-044, derīguma termiņš 2025-08-31.`),

  rec('chat_de_at', f`Bitte formulier eine Einladung zur Schulung "Umgang mit Verschlusssachen in der Dopingkontrolle" am 12. März, 9–12 Uhr, Seminarraum 2. Teilnahme ist für alle Kontrolleur:innen Pflicht.`),

  rec('chat_es_mx', f`¿Qué significa cuando el GPS de la grúa manda la velocidad como 0.0 y el rumbo como 359.9 todo el tiempo? Modelo del equipo: TRK-4G v2.3.1.`),
];
