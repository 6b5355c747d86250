/**
 * Held-out batch 127: hard negatives from the six settings — accession, incident, vessel and gift ids,
 * SCADA tags, placeholders, failing check digits, casual uses of "secret"/"confidential" in many
 * languages. Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit, spacedFours as g4 } from '../../corpus/checksums';
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

/** A card-shaped number whose last digit is deliberately wrong. */
const badCard = (payload: string): string => payload + String((luhnCheckDigit(payload) + 5) % 10);
/** An IBAN-shaped string whose check digits are deliberately wrong. */
const badIban = (cc: string, bban: string): string => {
  const good = Number(ibanCheckDigits(cc, bban));
  return cc + String(good === 97 ? 2 : good + 1).padStart(2, '0') + bban;
};

const VOUCHER = badCard('501847392018463');
const FUEL = badCard('700148293017462918');
const BAD_FR = badIban('FR', '30002005500000157841Z25');
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b127n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b127n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const BCRYPT = tok('$2y$10$', fill('b127n-bcrypt', B62 + './', 53));
const CISCO8 = tok('$8$', fill('b127n-c8salt', B62 + './', 14), '$', fill('b127n-c8hash', B62 + './', 43));
const ED25519_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b127n-edpub', B64, 43)} sftp@partner-genebank`;
const CERT = pem('CERTIFICATE', 'b127n-cert', 720);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${b64Bytes('b127n-png', 210)}`;

export const BATCH127_NEGATIVES: DraftRecord[] = [
  rec('chat', f`Can you make a clean table from this germplasm request? Requested accessions: PI 593482, PI 660718, CGN 14529, IG 72641 (wild lentil), lot numbers 2021-LN-0884 and 2022-LN-0131. Reference paper DOI 10.1007/s10722-023-01691-x. Ship under SMTA, crop code LENS.`),

  rec('chat', f`Quick question about the SMTA: is it basically a confidentiality agreement? The recipient lab in Nairobi asked whether they can publish the genotyping results of the accessions we send them. I thought the SMTA only restricts IP claims, not publication.`),

  rec('chat_de', f`Was muss auf dem Pflanzenpass für die Versuchspflanzen stehen, die wir an die Uni Hohenheim schicken? Unser Etikett bisher:
A) Solanum lycopersicum
B) DE-NI-0412
C) Rückverfolgbarkeitscode 2024-KW48-17
D) DE
Reicht das, oder fehlt die Kennzeichnung als Schutzgebiet-Pflanzenpass?`),

  rec('chat_fr', f`Peux-tu vérifier la cohérence de ces documents d'export de semences ? Certificat phytosanitaire n° FR-PC-2024-118273, lot 24-SEM-0917, code SH 1209.91, poids net 1,8 kg, destination Éthiopie. Le transitaire dit que le numéro de certificat est trop long.`),

  rec('chat', f`Help me summarise last night's shift for the ops meeting: 412 incidents, 38 Cat 1 (median response 7m42s), top determinants 09-E-01, 10-D-04 and 17-D-03. Longest wait INC 24-118211 at 2h14m. Hospital handover delays at ROYAL-ED peaked at 3h05m. Callsigns WM-412 and WM-518 off-road for vehicle defects.`),

  rec('chat_de', f`Kannst du die Alarmierungsstichworte in eine Tabelle bringen? RD 1 = Krankentransport, RD 2 = Notfall ohne NA, RD 3 = Notfall mit NA, RD-MANV = Massenanfall. Beispiel-Einsatz 4711-24-08799, Koordinaten UTM 32U 461273 5396214, alarmiert 03:12:44, Status 3 um 03:13:20.`),

  rec('chat_it', f`Devo compilare il modulo per l'ormeggio stagionale. Dati della barca: MMSI 247381920, IMO 9781234, nominativo radio IUKB7, numero di iscrizione 3PS-1284-D, lunghezza 15,40 m. Il porto chiede anche il numero ENI, ma per un diporto serve davvero?`),

  rec('chat_hr', f`Napiši upute za goste: marina Kaštela, vez C-27, koordinate 43°32'51"N 16°21'14"E, VHF kanal 17, recepcija radi 08–20 h, kod za ulaz na pontu je na ključu broda. Dizel pumpa je na gatu B.`),

  rec('chat_el', f`Πελάτης θέλει να εξαργυρώσει δωροκάρτα ναύλωσης με αριθμό ${g4(VOUCHER)}, αλλά το σύστημα λέει «μη έγκυρος αριθμός». Μήπως την πληκτρολόγησε λάθος; Γράψε μου μια ευγενική απάντηση.`, 'gift-voucher number that fails the Luhn check'),

  rec('chat_fr', f`La banque refuse le virement avec « IBAN invalide » : ${g4(BAD_FR)}. Le client l'a recopié à la main depuis un PDF. Tu peux m'écrire un message pour lui demander un RIB officiel ?`, 'IBAN with wrong check digits'),

  rec('chat_es', f`Resúmeme el tablero de calidad de la semana: AHT 6:42, ACW 48 s, CSAT 4,3/5, FCR 71 %, 1.248 llamadas evaluadas, 37 con alerta de cumplimiento. Las peores: IDs C-20241127-004418, C-20241127-005102 y C-20241128-000937. ¿Qué tres acciones propondrías?`),

  rec('transcript_pt_br', f`Avalia essa transcrição (já anonimizada pelo sistema):

Operador: Pode me informar o CPF?
Cliente: [CPF REMOVIDO]
Operador: Obrigado. Vejo aqui o cartão final 4417, é esse?
Cliente: Isso, o **** **** **** 4417.
Operador: Pronto, senha do app resetada, vai chegar um SMS.

Nota: o operador não leu a mensagem de LGPD no começo.`),

  rec('chat_ro', f`Scrie-mi o politică scurtă de parole pentru evaluatorii QA: minim 14 caractere, fără expirare forțată, MFA obligatoriu, parolele nu se trimit niciodată pe chat sau e-mail. Adaugă și ce facem dacă cineva își uită parola.`),

  rec('chat', f`Why does the Genesys export return the same interaction twice? IDs: 3f9a1c27-84b2-4d6e-a031-7c5e2b9d8f14 and 3f9a1c27-84b2-4d6e-a031-7c5e2b9d8f14 (dup), plus 91b7e2d4-05c3-4a8f-b6e1-2d9c7f3a5e80. Queue "Billing_EN", wrap-up code WRP-0412.`),

  rec('chat_nb', f`Kan du lage en kort oppsummering av alarmene i natt? PT-1104 falt fra 62,4 til 58,9 bar mellom KP 41,2 og KP 43,0, FT-1107 viste 1 842 m3/h. LDS-status gikk til "usikker" kl. 03:12 og tilbake til "normal" kl. 03:59. Ingen lekkasje bekreftet.`),

  rec('chat_ru', f`Какая версия прошивки нужна для RTU на линейных кранах? Сейчас стоит 4.12.1.3, вендор рекомендует 4.14.0.2, а для модема — 2.8.17. В журнале изменений упоминается CVE-2024-38094 и сборка 20241104.1.`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example – copy to .env and fill in
HISTORIAN_URL=https://historian.example.local/piwebapi
HISTORIAN_USER=<service-user>
HISTORIAN_PASSWORD=<ask-the-OT-team>
VAULT_TOKEN=\${VAULT_TOKEN}
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXXX/XXXXX/XXXXXXXX
DATADOG_API_KEY=your-datadog-key-here`)}

Write a README section that explains each of these for new control-room engineers.`),

  rec('code_python', f`Moto tests for the seed-image uploader fail after the upgrade:

${v('source_code.snippet', f`@pytest.fixture
def fake_aws(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

@mock_aws
def test_upload(fake_aws):
    s3 = boto3.client("s3", region_name="eu-central-1")
    s3.create_bucket(Bucket="vgi-images", CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})`)}`, 'AWS documentation keys in a test fixture'),

  rec('chat_de', f`Stimmt die Prüfsumme der neuen RTU-Firmware? Hersteller gibt an: SHA-256 ${SHA('b127n-fw')}. Unsere Datei hat ${SHA('b127n-fw2')}. Im Repo ist der Stand Commit 7c41e9a, Tag v4.14.0.`),

  rec('network_config', f`Is this AAA section OK for the compressor-station switches? The secrets are templated by Ansible.

${amb('source_code.snippet', f`aaa new-model
aaa authentication login default group tacacs+ local
username breakglass privilege 15 secret 8 ${amb('credential.network_device_secret', CISCO8)}
tacacs server TVP-TAC1
 key 7 {{ vault_tacacs_key }}
snmp-server community {{ vault_snmp_ro }} RO`)}`, 'Cisco type-8 hash ambiguous; templated secrets are placeholders'),

  rec('chat', f`Can you reformat this for the alumni magazine class notes? "Gift ID G-2024-118734 from the Class of 1987 reunion fund (fund code RF87-ENG), matched by employer. Student ID references 19874412 and 19874418 are the two scholarship recipients." Remove the IDs, keep the names generic.`),

  rec('form_cy', f`Allwch chi wneud y ffurflen hon yn fwy hygyrch (labeli, testun gwall)?

Enw llawn: ______________________
Dyddiad geni: DD/MM/BBBB
Blwyddyn graddio: ____
Rhif ffôn: +44 ____ ______
E-bost: ______________@______

Ffurflen diweddaru manylion cyn-fyfyrwyr.`),

  rec('chat', f`I need a confidentiality agreement template for student callers in the phonathon: they see donor names and giving history. Keep it one page, plain English, and include what happens if they breach it.`),

  rec('chat_sv', f`Skriv en rolig inbjudan till julfikat på alumnkontoret: hemlig tomte, max 150 kr, paketen lämnas i det hemliga skåpet i fikarummet senast fredag. Ingen får avslöja vem de drog!`),

  rec('chat_pl', f`Sprawdź proszę bibliografię do jubileuszowej księgi absolwentów: ISBN 978-83-01-21744-1, DOI 10.4467/20843860PK.23.012.18722, sygnatura biblioteczna II 48291. Czy format jest zgodny z APA?`),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.test – charter deposit flow, test mode only
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
TEST_CARD=${amb('financial.payment_card', '4242 4242 4242 4242')}`)}

Why does the 3DS test card not trigger the challenge in our flow?`, 'Stripe test key and publishable key are not secrets; 4242… is a well-known test card'),

  rec('script', f`Role-play script for new QA evaluators (fictional customer):

Agent: Thank you for calling, may I have a callback number in case we get disconnected?
Customer: Sure, it's ${amb('pii.phone', '(312) 555-0148')}.
Agent: And the account name?
Customer: Jordan Example.

Score the agent on the verification step.`, 'fictional 555-01xx number'),

  rec('training', f`Write a dispatcher training scenario based on this: caller rings from ${amb('pii.phone', '07700 900417')}, reports an elderly man collapsed in a supermarket car park, caller is panicking, doesn't know the postcode. The trainee must get the location via what3words ///lamp.orbit.tiger.`, 'Ofcom drama number'),

  rec('chat', f`Partner genebank sent their public key for the SFTP exchange and a cert. Safe to paste into our config repo?

${ED25519_PUB}

${CERT}`),

  rec('chat_it', f`Nel vecchio portale prenotazioni le password sono salvate così: ${ambCat('credential', BCRYPT)}. È sufficiente bcrypt con costo 10 o dobbiamo migrare ad Argon2?`, 'a password hash: ambiguous, no rule claims it'),

  rec('chat_fi', f`Huoltoauton polttoainekortti ${g4(FUEL)} ei käy asemalla. Voitko kirjoittaa viestin korttiyhtiölle? Kortti on ollut käytössä kaksi vuotta, raja 1 500 € / kk.`, 'fuel-card number that fails the Luhn check'),

  rec('chat_zh', f`帮我查一下这批种子样本的快递：DHL 运单号 4829173650，报关 HS 编码 1209.91.00，申报价值 0 美元（科研样品，无商业价值）。海关说需要植物检疫证书编号，我们的是 CN-PQ-2024-331872。`),

  rec('chat_ko', f`정보보호 교육 자료에 들어갈 설명 부탁드려요: 기밀성, 무결성, 가용성(CIA)의 차이를 콜센터 상담원이 이해하기 쉽게 예시와 함께 써 주세요.`),

  rec('chat_ar', f`نسيت كلمة المرور الخاصة بحسابي في نظام الجودة ولا تصلني رسالة إعادة التعيين. ما الخطوات التي يجب أن أطلبها من فريق الدعم؟`),

  rec('chat_he', f`תכתוב פוסט קצר לדף הלינקדאין של המוקד: "הסוד של צוות המוקדנים שלנו? אימון יומי, תמיכה הדדית וקפה טוב." תוסיף משהו על 25 שנות פעילות.`),

  rec('chat_th', f`ช่วยเขียนโพสต์ "เคล็ดลับการเก็บรักษาเมล็ดพันธุ์ที่บ้าน" สำหรับเพจของธนาคารเมล็ดพันธุ์ เน้นเรื่องความชื้นและอุณหภูมิ อ่านง่าย ไม่เกิน 150 คำ`),

  rec('chat_vi', f`Giúp em viết lời mời sinh nhật bí mật cho trưởng nhóm QA, tổ chức 17h thứ Sáu ở phòng họp tầng 5. Nhớ nhắc mọi người giữ bí mật nhé!`),

  rec('chat_el', f`Ο πελάτης ρωτάει τι σημαίνει η ρήτρα εμπιστευτικότητας στο συμφωνητικό ναύλωσης. Εξήγησέ την απλά, σε δύο παραγράφους, στα ελληνικά.`),

  rec('config_es_ar', f`Armame un README para este archivo de config de ejemplo, que lo usa el equipo nuevo:

${amb('source_code.snippet', f`usuario: <tu-usuario-de-red>
contraseña: <tu-clave>
servidor_grabaciones: grabaciones.ejemplo.local
token_api: PEGAR_ACA_EL_TOKEN`)}`),

  rec('chat_pt_pt', f`Podes confirmar se a morada está bem escrita para o envio das sementes? Estação Agronómica, Quinta do Marquês, 2780-157 Oeiras. Referência da encomenda ENC-2024-0771, apólice de seguro de transporte n.º 41-00827391.`),

  rec('form_cs', f`Udělej z tohohle šablonu formuláře pro dárce (vzorové hodnoty nech):

Jméno a příjmení: Jan Vzorový
Datum narození: DD.MM.RRRR
Číslo účtu / IBAN: CZ00 0000 0000 0000 0000 0000
Telefon: +420 000 000 000`),

  rec('chat_bg', f`Какво трябва да пише в политиката за поверителност на сайта на алумни клуба? Събираме само имена, година на завършване и имейли за бюлетина.`),

  rec('chat_sw', f`Tafadhali nisaidie kupanga malipo haya ya M-Pesa kwenye jedwali: QKL7X2M9PA (KSh 1,200), QKM3T8R1ZB (KSh 850), QKN5W4D6YC (KSh 2,400). Haya ni malipo ya wakala kwa chakula cha mchana.`),

  rec('chat_ka', f`გთხოვთ, ეს ცხრილი ინგლისურად თარგმნეთ: ნიმუში GEO-0418, შეგროვების თარიღი 14.08.2024, სიმაღლე 1 840 მ, ნიმუში GEO-0423, შეგროვების თარიღი 16.08.2024, სიმაღლე 2 105 მ.`),

  rec('chat_ta', f`எங்கள் அழைப்பு மைய ஊழியர்களுக்கான செய்தி மடலில் "வெற்றியின் ரகசியம்: பொறுமையும் கவனமும்" என்ற தலைப்பில் ஒரு சிறு கட்டுரை எழுதுங்கள்.`),

  rec('docs_ca', f`Revisa la documentació d'instal·lació: "Configureu la connexió amb DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/gringlobal i substituïu USER, PASSWORD i HOST pels valors del vostre entorn." Està clar per a algú que no és informàtic?`),

  rec('chat_nl', f`Schrijf alsjeblieft een kort verhaal voor de nieuwsbrief van de zadenbank: "Het geheim van oma's bonen" – over erfgoedzaden die al 80 jaar in de familie zijn.`),

  rec('css_lt', f`Kodėl absolventų portalo logotipas neryškus? ${amb('source_code.snippet', f`.logo { background: url("data:image/png;base64,${PNG_B64}") no-repeat; width: 32px; height: 32px; }`)}`),

  rec('chat_nl', f`Kan je de vertrouwelijkheidsclausule in ons modelcontract voor vrijwilligers van de alumnivereniging wat eenvoudiger formuleren? Het is nu echt juristentaal, en de meeste vrijwilligers zijn gepensioneerde ingenieurs.`),

  rec('chat_fr_ca', f`Sur le formulaire de reçu pour don, est-ce qu'on doit demander le NAS du donateur? Je pense que non, mais ma collègue dit que oui pour les dons de plus de 20 $. Qu'est-ce que l'ARC exige vraiment?`),

];
