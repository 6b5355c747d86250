/**
 * Held-out batch 153: hard negatives — booking references, variant nomenclature, weighbridge tickets,
 * detonator serials, ISBNs, IMEIs, placeholders, test keys and cards, casual uses of "confidential"
 * and "secret" — from the six organisations, in many languages (tests/corpus/README.md, "Decisions
 * on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { luhnWithCheck } from '../../corpus/checksums';
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b153n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b153n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const CERT = pem('CERTIFICATE', 'b153n-cert', 780);
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b153n-sshpub', B64, 43)} makerspace-kiosk`;
const BCRYPT = tok('$2y$', '10$', fill('b153n-bcrypt', B62 + './', 53));
const IMEI = luhnWithCheck('01326300482917');

export const BATCH153_NEGATIVES: DraftRecord[] = [
  rec('chat_pl', f`Pasażer pyta, czemu nie może zrobić odprawy online. Rezerwacja (PNR) K7XQ2M, bilet elektroniczny 157-2401938475, lot CV 412 WAW–GDN 14.06 o 06:40, miejsce 12C. Napisz mu krótką odpowiedź, że odprawa otwiera się 30 h przed wylotem.`),

  rec('chat_en_us', f`Member says his Platinum status didn't renew. Account CV 8821 4407, qualifying segments 58/60, tier miles 97,430/100,000, card on file Visa •••• 4417 (exp 10/27). Draft a reply explaining he's 2,570 tier miles short and how a status match works.`),

  rec('report_de', f`Kannst du diesen Befund laienverständlich zusammenfassen?

Gen: BRCA1 (NM_007294.4)
Variante: c.5266dupC, p.(Gln1756Profs*74), heterozygot
Genomische Position: chr17:43,057,051 (GRCh38), rs80357906
Klassifikation: pathogen (Klasse 5, ACMG PVS1, PS4, PM2)
Methode: NGS-Panel (18 Gene), Bestätigung mittels Sanger`),

  rec('chat_en_gb', f`Can you explain this karyotype to a trainee genetic counsellor in plain words? 46,XX,t(11;22)(q23;q11.2) in the mother, and the fetus is 47,XY,+der(22)t(11;22)(q23;q11.2)mat. Also what's the recurrence risk usually quoted?`),

  rec('ticket_nb', f`Kan du lage en tabell av disse veiesedlene?

Veieseddel 2025-041877  Bil: ZT 48213  Henger: JR 1190
Brutto 48 620 kg  Tara 16 340 kg  Netto 32 280 kg  Produkt: Pukk 8/16
Veieseddel 2025-041878  Bil: EL 70412  Brutto 31 150 kg  Tara 12 020 kg  Netto 19 130 kg  Produkt: Asfalt Agb 11
Kunde: Veidekke, prosjekt 7710-Rv4`),

  rec('blast_fi', f`Tee tästä räjäytyspöytäkirjasta siisti yhteenveto:
Räjäytys nro 23/2025, louhos Pohjoinen, 12.05.2025 klo 11.00
Räjähde: emulsio (UN 0241, luokka 1.5D), 1 180 kg
Nallit: sähköttömät, sarjat 4820-117 ... 4820-154 (38 kpl), viiveet 25 ms
Tärinämittaus: 4,8 mm/s etäisyydellä 410 m (raja 20 mm/s)`),

  rec('chat_sw', f`Naomba uandike tangazo fupi: zamu ya usiku kwa walinzi wa kituo cha Kariakoo itaanza saa 12 jioni hadi saa 12 asubuhi. Redio channel 4 ndiyo ya mawasiliano, nambari ya zamu ni Z-2207. Walinzi wote wavae sare mpya kuanzia Juni 1.`),

  rec('chat_nl', f`Maak een boekenlijst voor de workshop 3D-printen in de bibliotheek:
- ${'978-90-450-4217-5'} Handboek 3D printen
- ${'978-1-4571-8748-6'} Make: 3D Printing
- ${'978-3-96009-144-8'} 3D-Druck für Einsteiger
Plaatsingscodes: 621.9 (technologie), 745.5 (handwerk). Graag met uitleenperiode 3 weken.`),

  rec('chat_es', f`¿Por qué la Prusa MK4 dice "firmware incompatible" después de actualizar? Tengo la 6.2.4+8012, el slicer es PrusaSlicer 2.9.2 y el archivo es bgcode. La MAC de la impresora es 10:9C:70:2A:4F:11 y el número de serie CZPX2024X017XK48213.`),

  rec('chat_en_us', f`Pawned phone check: customer brought in a Galaxy S23, IMEI ${IMEI}, no iCloud/FRP lock, LeadsOnline search came back clean. Write a short checklist for staff on what else to verify before accepting phones.`, 'an IMEI starting with 0: Luhn check digit like a card, but in no card range'),

  rec('chat_el', f`Μπορείς να μου εξηγήσεις τι σημαίνει η σφραγίδα 750 και το 18K στο δαχτυλίδι που έφερε ο πελάτης στο ενεχυροδανειστήριο; Βάρος 4,62 g, αριθμός αναφοράς αστυνομίας για κλεμμένα 2025/ΑΤ/004812 — δεν ταιριάζει.`),

  rec('env_example', f`${amb('source_code.snippet', f`# crew-sync/.env.example — copy to .env and fill in
ROSTER_DB_URL=postgresql://<user>:<password>@<host>:5432/roster
SLACK_BOT_TOKEN=xoxb-your-bot-token
SLACK_CHANNEL=
OPENAI_API_KEY=sk-...
FTL_MAX_DUTY_MIN=780`)}

Write a README section explaining each variable for the new crew-systems developer.`),

  rec('env_test_pt_br', f`Esse .env.test pode ficar no repositório do sistema da casa de penhores?

${amb('source_code.snippet', f`STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/penhor_test
SENHA_ADMIN=\${SENHA_ADMIN}`)}`, 'Stripe test secret key and a publishable key: not secrets; placeholders'),

  rec('terraform_ca', f`Per què el terraform plan del servidor de reserves del FabLab diu que les credencials són invàlides? Les vaig copiar de la documentació per provar:

${amb('source_code.snippet', f`provider "aws" {
  region     = "eu-west-3"
  access_key = "AKIAIOSFODNN7EXAMPLE"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}`)}`),

  rec('chat_it', f`Per il corso di cassa al banco pegni uso le carte di test del gateway: ${amb('financial.payment_card', '4000 0566 5566 5556')} per la debit e ${amb('financial.payment_card', '5555 5555 5555 4444')} per Mastercard. Mi scrivi l'esercizio per i nuovi assunti?`, 'well-known test cards: ambiguous'),

  rec('chat_sv', f`Kunden vill lösa ut sin pant med ett presentkort från en butikskedja, nummer 6035 7724 1938 0041. Kassan säger ogiltigt. Är det vår kassa eller kortet?`, 'a store gift-card number that fails the Luhn check'),

  rec('template_fr', f`Rends ce formulaire de remboursement des miles plus lisible :

Nom : ____________
Date de naissance : JJ/MM/AAAA
IBAN : FR76 XXXX XXXX XXXX XXXX XXXX XXX
N° de carte membre : CV ____ ____
Téléphone : +33 (0)_ __ __ __ __`),

  rec('chat_en_gb', f`We're drafting a confidentiality agreement template for makerspace volunteers who'll see members' project files. What clauses do we usually need, and is a one-page version enough for a public library?`),

  rec('chat_de', f`Geheimtipp gesucht: Welcher Filament-Trockner lohnt sich für die Bibliothekswerkstatt? Unser PETG zieht Feuchtigkeit und druckt fädig. Budget ca. 150 €.`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2025-05-20T22:00:04Z","svc":"roster-api","req":"8f2c4a71-93d6-4b1e-a5f0-2d7e9c3b6148","route":"/v2/shifts/swap","status":409,"guard_a":"G-10482","guard_b":"G-10917","reason":"armed_cert_missing","build":"${GITSHA('b153n-build')}"}`)}

What does a 409 mean here, and should the UI show the reason?`),

  rec('firmware_ru', f`Подскажите, как проверить прошивку принтера перед установкой в библиотеке? На сайте указан SHA-256 ${SHA('b153n-fw')} для файла klipper-v0.12.0-396.bin, а у меня после скачивания другой хеш.`),

  rec('chat_en_au', f`Our blast monitoring station is at -37.8142, 144.9632 and the nearest house is 412 m from the face. The Vic regs say 10 mm/s PPV for houses — we recorded 4.1 mm/s and 118 dBL overpressure. Can you write this up as a one-paragraph compliance note?`),

  rec('chat_en_us', f`Crew scheduling question: what's the difference between a deadhead and a positioning flight in FAR 117 rest terms? Example: N417CV positioning DAY–ORD on CV 5812, then the crew operates CV 5831 ORD–MSN.`),

  rec('training_en_gb', f`Write a role-play script for our new guard induction: a caller rings the control room on ${amb('pii.phone', '07700 900418')} saying there's a suspicious vehicle, and the operator has to log it and call the client's duty manager on ${amb('pii.phone', '0161 496 0732')}.`, 'Ofcom drama numbers: ambiguous'),

  rec('training_en_us', f`For the pawn counter training deck, make a fake customer: "Darnell Ruiz, ${amb('pii.phone', '(937) 555-0187')}, 14 Elm St." and a fake item log. Keep everything obviously fictional.`, 'fictional 555-01xx number: ambiguous'),

  rec('chat_hi', f`हमारे जेनेटिक काउंसलिंग पोर्टल का पासवर्ड भूल गया हूँ। "पासवर्ड भूल गए" पर क्लिक करने के बाद ईमेल नहीं आ रहा। क्या स्पैम फ़ोल्डर के अलावा कुछ और देखना चाहिए?`),

  rec('chat_ko', f`경비원 근무표에서 코드 정리 좀 해 주세요. D1 = 주간 07-19, N2 = 야간 19-07, OFF = 휴무, 사번 20481, 20517, 20602 는 다음 주 N2 고정입니다. 초소 번호 3, 7, 12.`),

  rec('chat_zh', f`能帮我写一份图书馆创客空间志愿者的保密协议模板吗？主要是不能外传读者的设计文件。不要太长。`),

  rec('chat_ja', f`母の秘密のレシピで作ったクッキーを、図書館のメイカースペースで作ったクッキー型で焼きたいです。PLAで食品に触れても大丈夫ですか？`),

  rec('chat_ar', f`ما الفرق بين تصنيف "سري" و"سري للغاية" في الوثائق الحكومية بشكل عام؟ سؤال للمعرفة فقط، نحضّر دورة تدريبية لحراس الأمن.`),

  rec('chat_tr', f`Kantar fişlerindeki plakaları tabloya dök: 34 KBR 417, 41 AZ 2290, 16 FT 873. Ayrıca irsaliye numaraları: IRS2025000418, IRS2025000419. Toplam net tonaj 86,4 t.`),

  rec('nfe_pt_br', f`O sistema da loja de penhores não importa a nota fiscal do leilão. Chave de acesso: 35250512345678000190550010000418271048291736. O erro diz "chave inválida". Pode ser o dígito verificador?`, 'NF-e access key: 44 digits, a document key'),

  rec('chat_th', f`ช่วยเขียนประกาศว่าห้องเมกเกอร์สเปซปิดปรับปรุงวันที่ 12–14 มิ.ย. เครื่องพิมพ์ 3 มิติหมายเลข MK-01 ถึง MK-04 จะกลับมาใช้ได้วันที่ 15 มิ.ย. เวลา 09:00`),

  rec('chat_he', f`תסכם לי בבקשה את הזמנת הרכש: הזמנה 4500291847, ספק 10482, 12 גלילי פילמנט PLA, 3 פלטות PEI, סה"כ 2,418 ₪ כולל מע"מ. מועד אספקה משוער 22.06.`),

  rec('chat_vi', f`Viết giúp em thông báo: từ 1/7 tiệm cầm đồ đổi mẫu hợp đồng, mã hợp đồng mới dạng HD-2025-000418, mã vạch EAN-13 trên biên nhận là 8934567104829. Lãi suất không đổi.`),

  rec('pub_key_id', f`Tambahkan public key ini ke authorized_keys server jadwal satpam, aman kan? Ini public, bukan private:

${SSH_PUB}`),

  rec('cert_ms', f`Sijil ini untuk laman tebus gadai kami, boleh semak tarikh luputnya?

${CERT}`),

  rec('chat_uk', f`Напиши, будь ласка, вимоги до паролів для системи графіків охорони: мінімум 14 символів, без примусової зміни кожні 90 днів, блокування після 5 спроб, двофакторна автентифікація для адміністраторів.`),

  rec('chat_ro', f`Cum se scrie corect data în formularele pentru zboruri, ZZ.LL.AAAA sau AAAA-LL-ZZ? Exemplu: plecare 2025-06-14T06:40+03:00, sosire 2025-06-14T08:05+02:00. Vreau un format unitar pentru echipaje.`),

  rec('chat_sr', f`Помози ми да напишем обавештење: дробилица на каменолому ради од 06:00 до 22:00, нови ценовник важи од 01.07.2025, шљунак 0/31,5 — 1.480 дин/т. Број лиценце за експлозивне материје наведен је на огласној табли.`),

  rec('hash_bg', f`В старата система на заложната къща паролите се пазят така: ${ambCat('credential', BCRYPT)}. Достатъчно сигурно ли е, или да мигрираме към argon2id?`, 'a password hash: ambiguous, no rule id'),

  rec('chat_da', f`Kan du forklare forskellen på en SWIFT-kode og et IBAN for vores kunder i pantelånerbutikken? Vi skriver "IBAN: DK00 0000 0000 0000 00" i eksemplet på skiltet.`),

  rec('git_ta', f`நூலக மேக்கர்ஸ்பேஸ் இணையதள repo-வை clone செய்ய முடியவில்லை: \`git clone ${amb('pii.email', 'git@github.com')}:library-makers/site.git\` — "Permission denied (publickey)" என்று வருகிறது. commit ${GITSHA('b153n-commit').slice(0, 7)} வரை தான் local-ல் இருக்கிறது.`),

  rec('fuel_card_hu', f`A kőbánya dömpereinek üzemanyagkártyája (6280 1104 8271 9305) nem működik a kúton. Hová forduljak? Nem bankkártya, céges üzemanyagkártya.`, 'a fuel card number that fails the Luhn check'),

  rec('chat_fr_be', f`Peux-tu m'aider à écrire un message pour nos clients du mont-de-piété : les heures d'ouverture changent à partir du 1er septembre (lundi–vendredi 9h–17h, samedi fermé). Numéro de dossier pour les questions : GG-2025-0418.`),

  rec('helm_cs', f`${amb('source_code.snippet', f`genetika-export:
  db:
    host: db-genetika.fnkl.local
    existingSecret: genetika-db
    passwordKey: password
  env:
    - name: DB_PASSWORD
      valueFrom:
        secretKeyRef: { name: genetika-db, key: password }`)}

Proč pod nevidí heslo, i když secret existuje?`),

  rec('iban_wrong_es', f`El sistema rechaza el IBAN del vigilante: ES12 2085 9371 4833 0017 2946. ¿Puede ser que haya copiado mal un dígito? Dime cómo se valida el control.`, 'IBAN with a wrong check: fails mod 97'),
];
