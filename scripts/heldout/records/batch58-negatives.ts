/**
 * Held-out batch 58: hard negatives — weather codes, flight logs, reservation and claim numbers,
 * dye recipes, barcodes, sequencing reads and checksums, game ids, placeholders, test keys and
 * casual uses of "password", "secret" and "confidential" (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b58n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b58n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const BCRYPT = tok('$2y$10$', fill('b58n-bcrypt', B62 + './', 53));
const SHA512CRYPT = tok('$6$', fill('b58n-salt', B62, 16), '$', fill('b58n-crypt', B62 + './', 86));
const SSH_PUB = tok('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI', fill('b58n-sshpub', B64, 43));
const CERT = pem('CERTIFICATE', 'b58n-cert', 880);

export const BATCH58_NEGATIVES: DraftRecord[] = [
  rec('weather', f`Can you decode this for the new crew member in plain English?

METAR YMHB 160530Z 32018G30KT 9999 -SHRA FEW025 BKN040 08/03 Q1004
TAF YMHB 160456Z 1606/1712 31020G35KT 9999 -SHRA SCT020 BKN035
  FM161500 27012KT 9999 SCT030
NOTAM C2417/24: RWY 12/30 WIP, taxiway B closed 2100-0600 daily

Also what does "Q1004" mean for the altimeter on VH-ZXR?`),

  rec('csv_de', f`Rechne mir bitte aus dem Flugbuch-Export die Blockzeiten pro Monat zusammen:

${amb('source_code.snippet', f`Datum;Kennzeichen;Start;Landung;Block von;Block bis;Landungen;Einsatzart
2024-11-02;D-HBRK;EDMA;EDMA;08:14;09:02;3;Primär
2024-11-02;D-HBRK;EDMA;Klinikum Murnau;11:47;12:31;2;Sekundär
2024-11-05;D-HOBY;EDMA;EDMA;14:20;15:55;6;Windenübung
2024-11-09;D-HBRK;EDMA;EDMA;07:58;08:40;2;Primär`)}`),

  rec('chat_fr_ch', f`J'ai oublié mon mot de passe du portail de planification des gardes et le lien de réinitialisation arrive dans les spams. Comment je fais ? Sinon, pour l'exercice de demain, le point de rendez-vous est à 2'593'420 / 1'118'750 (LV95), altitude 2'480 m, hélico prévu à 7 h 30.`),

  rec('avalanche_no', f`Kan du oversette dette skredvarselet til engelsk for de utenlandske mannskapene?

Lyngen, torsdag 21.11.2024
Faregrad 3 – betydelig. Skredproblem: vindtransportert snø, utsatte himmelretninger N–NØ–Ø over 600 moh. Fersk fokksnø kan løsne som flakskred ved liten tilleggsbelastning. Unngå bratte leheng og renneformasjoner.`),

  rec('confirmation', f`Can you translate this confirmation into French for the guest?

Ballymore Castle Hotel – Booking confirmation
Confirmation no.: BCH-88214073
Arrival: Fri 20 Dec 2024 · Departure: Mon 23 Dec 2024
Room: Garden Suite, 2 adults, breakfast included
Guaranteed with: Visa ending 4417
Wi-Fi: network "Ballymore-Guest", password available at reception
Cancellation: free until 13 Dec, 18:00`),

  rec('chat_ja', f`予約番号 2412-0087-4431 のお客様から「Wi-Fiのパスワードが分からない」と問い合わせがありました。客室のカードキーのケースに書いてある旨を丁寧に伝える返信を作ってください。OTA側の確認番号は 7738201946 です。`),

  rec('chat_zh', f`帮我核对一下这张发票信息有没有填错：
购买方：上海外滩丽庭酒店管理有限公司
统一社会信用代码：91310101MA1FP7XQ2K
发票号码：24312000000118734592
开票日期：2024年11月18日
金额：¥38,460.00（客房布草洗涤服务，11月）`),

  rec('chat_ar', f`اكتب لي فقرة قصيرة لكتيّب الفندق عن "سرّ نجاحنا": الضيافة الإماراتية الأصيلة والاهتمام بالتفاصيل. أضف أن أسعار الأجنحة تبدأ من ٢٬٤٠٠ درهم لليلة، وأن الرقم الضريبي للفندق 100384729100003 يظهر على كل فاتورة.`),

  rec('recipe_tr', f`Bu boya reçetesini İngilizceye çevirip tablo yapar mısın? Müşteri Pantone 19-4052 TCX (Classic Blue) istiyor.

Parti: P-24-1187 · Kumaş: %100 pamuk süprem, 420 kg · Flote 1:8
C.I. Reactive Blue 221 (CAS 93051-41-3) – %2,80
C.I. Reactive Black 5 (CAS 17095-24-8) – %0,35
Tuz (Glauber) – 60 g/l · Soda – 20 g/l · pH 10,8–11,2
60 °C'de 45 dk, sonra yıkama ve sabunlama 95 °C`),

  rec('chat_pl', f`Z tych kodów EAN na rolkach tkaniny zrób mi tabelkę (kod – kolor – metraż):
5904173028845 – granat – 120 m
5904173028852 – ecru – 95 m
5904173028876 – butelkowa zieleń – 110 m
5904173028883 – bordo – 80 m
Nr partii: FZW/24/1187, data produkcji 14.11.2024.`),

  rec('chat_bn', f`বায়ারের জন্য এই শিপমেন্টের একটা সারাংশ ইংরেজিতে লিখে দাও:
PO নম্বর: 4500218837, স্টাইল: HM-24-7781, পরিমাণ: ১২,৪০০ পিস
ফ্যাব্রিক: ১৮০ জিএসএম সিঙ্গেল জার্সি, সাইজ S–XXL
এক্স-ফ্যাক্টরি তারিখ: ১৫ ডিসেম্বর ২০২৪, চট্টগ্রাম বন্দর থেকে`),

  rec('chat_gu', f`આ કોટન ગાંસડીના ડિસ્પેચની વિગતો અંગ્રેજી ઈમેલમાં લખી આપો:
ગાંસડી નંબર: SRT-24-0418 થી SRT-24-0472 (કુલ 55)
HS કોડ: 5208.52
અમારો GSTIN: 24AAACS4817R1ZM
લોરી નંબર: GJ-05-AX-4417, ડિસ્પેચ તારીખ 20/11/2024`),

  rec('letter_nl', f`Kun je deze standaardbrief wat moderner maken?

Geachte heer/mevrouw,

Wij hebben uw schademelding ontvangen onder schadenummer SCH-2024-118744 (polisnummer WO-4471830, kenteken GZ-418-K). Een schade-expert neemt binnen drie werkdagen contact met u op. Uw gegevens worden uiteraard vertrouwelijk behandeld.

Met vriendelijke groet,
Team Schade – KvK 30128471`),

  rec('form_de', f`Mach dieses Formular barrierefrei (Labels, Hilfetexte, Fehlermeldungen):

Schadenmeldung Hausrat
Versicherungsscheinnummer: HR-__________
Name, Vorname: ____________________
Geburtsdatum: TT.MM.JJJJ
Steuer-ID (nur bei Auszahlung über 10.000 €): ___________
IBAN für die Auszahlung: DE00 0000 0000 0000 0000 00
Passwort für das Kundenportal festlegen: ••••••••`),

  rec('chat_el', f`Η τράπεζα απορρίπτει το IBAN GR83 0110 1255 5513 6910 3692 469 που μας έδωσε ο ασφαλισμένος για την αποζημίωση. Μήπως έκανε λάθος στα ψηφία ελέγχου; Πώς του το εξηγώ ευγενικά;`, 'IBAN with wrong check digits (GR83 instead of a valid key)'),

  rec('chat_fi', f`Laskun tiedot kirjanpitoon, tarkista että kaikki kentät on täytetty:
Toimittaja: Lapin Huolto Oy, Y-tunnus 2847193-6
Viitenumero: 12344 71830
Eräpäivä: 5.12.2024
Summa: 3 418,20 € (alv 25,5 %)
Tilaus: PO-24-0931, helikopterin vinssin huolto`),

  rec('fastq', f`Why does Cutadapt report 38% adapter content on these reads? First records of R1:

${amb('source_code.snippet', `@LH00417:93:22KNFTLT3:1:1101:10046:1000 1:N:0:ATCACGTT+CGATGTAT
GATCGGAAGAGCACACGTCTGAACTCCAGTCACATCACGTTATCTCGTATGCCGTCTTCTGCTTG
+
IIIIIIIIIIIIIIIIIIIII9IIIIIIIIIIIIIIIIIIIIIIII-IIIIIIIIIIIIIIIIIII
@LH00417:93:22KNFTLT3:1:1101:10065:1000 1:N:0:ATCACGTT+CGATGTAT
TTCCAGGCTGTGGAGCAGATCAAGCTGCAGGAGAGATCGGAAGAGCACACGTCTGAACTCCAGTC
+
IIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIII9IIIIIIIIIIIIIIIIIIIIIIIII`)}

Library prep was Illumina Stranded mRNA, insert size looks like ~90 bp on the TapeStation.`),

  rec('blast_ml', f`ഈ BLAST ഫലം എന്താണ് അർത്ഥമാക്കുന്നത്? ലളിതമായി വിശദീകരിക്കാമോ?

${amb('source_code.snippet', `# BLASTN 2.15.0+
# Query: contig_0418 length=1842
# Database: refseq_rna
NM_000546.6	TP53 mRNA	98.914	1842	20	0	1	1842	212	2053	0.0	3323
XM_054314918.1	TP53 transcript X3	98.371	1842	30	0	1	1842	180	2021	0.0	3267
NR_176326.1	TP53 non-coding	96.208	1134	43	0	708	1842	1	1134	0.0	1797`)}`),

  rec('vcf_si', f`මේ VCF පේළි වල GT සහ AD තීරු තේරුම් කරලා දෙන්න පුළුවන්ද?

${amb('source_code.snippet', `#CHROM	POS	ID	REF	ALT	QUAL	FILTER	INFO	FORMAT	CMB-0412
chr17	7675088	rs28934578	C	T	812.4	PASS	DP=64;AF=0.5	GT:AD:DP:GQ	0/1:33,31:64:99
chr13	32340301	rs80359550	A	G	1204.7	PASS	DP=58;AF=1	GT:AD:DP:GQ	1/1:0,58:58:99
chr2	47403192	.	G	GA	96.1	LowQual	DP=12;AF=0.5	GT:AD:DP:GQ	0/1:8,4:12:41`)}`),

  rec('checksums_de', f`Der Kunde sagt, zwei Dateien seien beim Download kaputtgegangen. Hier unsere Prüfsummen, wie kann er sie unter Windows vergleichen?

${amb('source_code.snippet', f`${SHA('b58n-s1')}  GOE-0412_S1_L001_R1_001.fastq.gz
${SHA('b58n-s2')}  GOE-0412_S1_L001_R2_001.fastq.gz
${SHA('b58n-s3')}  GOE-0413_S2_L001_R1_001.fastq.gz
${SHA('b58n-s4')}  GOE-0413_S2_L001_R2_001.fastq.gz`)}`),

  rec('conda_zh', f`同一个 environment.yml 在服务器上和在 Docker 里解析出来的版本不一样，为什么？

${amb('source_code.snippet', f`name: rnaseq
channels: [conda-forge, bioconda]
dependencies:
  - python=3.11.9
  - salmon=1.10.3
  - fastp=0.23.4
  - multiqc=1.25.1
  - samtools=1.21`)}

镜像：quay.io/biocontainers/salmon:1.10.3--h6dccd9a_2@sha256:${SHA('b58n-dig')}`),

  rec('chat_pt_br', f`Monta uma tabela com os jogadores inscritos na etapa de Floripa e o SteamID de cada um:
- FalleN_jr – 76561198047183920
- kzt – 76561198112847361
- m1randa – 76561199028471135
Partida de abertura: ID 3812947261, mapa Ancient, 14h. Servidor: BR-SP-04.`),

  rec('chat_tr', f`Discord sunucusunda rolleri ayarlıyorum, botun hangi ID'leri kullanacağını açıklar mısın?
Hakem rolü: 1187304958211936357
Duyuru kanalı: 1187305120468295730
Maç sonuçları kanalı: 1187305299117881404
Bot "Missing Access" diyor.`),

  rec('env_id', f`${amb('source_code.snippet', f`# .env.development — aman di-commit, mode test
STRIPE_SECRET_KEY=${STRIPE_TEST}
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
TURNAMEN_ID=nusantara-cup-2025`)}

Apakah tidak masalah kalau publishable key-nya live walaupun secret key-nya test?`),

  rec('env_example_pl', f`Napisz sekcję README, która wyjaśnia każdą zmienną:

${amb('source_code.snippet', f`# .env.example – skopiuj do .env
DISCORD_BOT_TOKEN=<wklej-token-bota>
DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/<id>/<token>
STRIPE_SECRET_KEY=sk_live_...
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/liga
ADMIN_PASSWORD=
JWT_SECRET=\${JWT_SECRET}`)}`),

  rec('chat_fa', f`رمز موفقیت یک تیم ورزش‌های الکترونیک چیست؟ یک متن کوتاه انگیزشی برای صفحهٔ اینستاگرام بنویس. ضمناً یکی از بازیکنان می‌پرسد «رمز عبورم را فراموش کرده‌ام، چطور بازیابی کنم؟» — یک جواب کوتاه هم برای او بنویس.`),

  rec('chat_ur', f`دادی جان کا خفیہ نسخہ: بریانی کے مصالحے میں جاوتری اور کیوڑہ ڈالنا۔ اس پر ہماری مل کے سالانہ کھانے کے لیے ایک مزاحیہ تقریر لکھ دیں، دو منٹ کی۔`),

  rec('chat_ka', f`დამიწერე ზარალის დეპარტამენტისთვის პაროლების პოლიტიკის მოკლე ტექსტი: მინიმუმ 14 სიმბოლო, ორფაქტორიანი ავთენტიფიკაცია, პაროლის გაზიარება აკრძალულია, პაროლი არ უნდა ჩაიწეროს ქაღალდზე.`),

  rec('chat_mk', f`Провери дали овие податоци за фактурата се комплетни:
Издавач: Вардар Еспорт ДООЕЛ, ЕДБ 4030998123456
Фактура бр. 118/2024, датум 20.11.2024
Услуга: организација на LAN турнир, 120 учесници`),

  rec('chat_sl', f`Napiši obvestilo za zaposlene o izobraževanju prihodnji teden: predstavili bomo novo predlogo pogodbe o zaupnosti za zunanje cenilce in pravila GDPR pri obdelavi škodnih zahtevkov. Ni treba nič prinesti.`),

  rec('i18n_ro', f`Verifică diacriticele în fișierul de traduceri al aplicației de turneu:

${amb('source_code.snippet', f`{
  "login.title": "Autentificare",
  "login.password": "Parolă",
  "login.password.placeholder": "Introduceți parola",
  "login.error.wrong_password": "Parola incorectă. Mai aveți 2 încercări.",
  "login.forgot": "Ați uitat parola?"
}`)}`),

  rec('chat', f`Following the AWS docs tutorial for uploading run folders. They use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in the example config — do I literally put those in, or is that just the format?`),

  rec('chat_am', f`የበረራ መረጃውን በእንግሊዝኛ አጠቃልልልኝ፦ የኢትዮጵያ አየር መንገድ በረራ ET 706፣ ታኅሣሥ 12 ቀን 2017 ዓ.ም. (December 21, 2024)፣ ከአዲስ አበባ ወደ ኒውዮርክ፣ መነሻ 10:30። የሆቴል ማረፊያ ቁጥር HB-24-0912።`),

  rec('newsletter_zu', f`Ngicela uhumushe lokhu ngesiNgisi: "Imfihlo yempumelelo yethu ngonyaka ka-2024 kwakuwukusebenzisana. Siyabonga kubo bonke abasebenzi befektri yokudaya. Umcimbi wokubonga uzoba ngomhla ka-13 Disemba ehholo lenkampani."`),

  rec('chat_my', f`ဧည့်သည်တွေအတွက် welcome card စာသားကို အင်္ဂလိပ်လို ရေးပေးပါ: "Wi-Fi password ကို reception မှာ မေးပါ။ မနက်စာ ၆:၃၀ မှ ၁၀:၀၀ အထိ။ အခန်း ၄၁၂ ကနေ ဆွမ်းတော်ကြီး ဘုရားကို မြင်ရပါတယ်။"`),

  rec('sql_dump_fr_ma', f`Dans le dump de l'ancien site de réservation du riad, les mots de passe ressemblent à ça. C'est du bcrypt, c'est suffisant ou il faut migrer ?

${amb('source_code.snippet', f`INSERT INTO admins (id, login, password_hash, created_at) VALUES (3, 'reception', '${ambCat('credential', BCRYPT)}', '2019-04-11 10:22:03');`)}`, 'bcrypt hash: ambiguous, no rule id'),

  rec('chat_es_pe', f`Un huésped dice que su tarjeta 4532 7781 0394 2216 "no pasa" en la web. Yo creo que se equivocó en un dígito. ¿Cómo le explico con tacto que revise el número?`, 'Luhn-failing card number'),

  rec('helm', f`${amb('source_code.snippet', f`postgresql:
  auth:
    username: pms_sync
    password: "{{ .Values.secrets.dbPassword }}"
    existingSecret: pms-db
app:
  env:
    - name: DB_PASSWORD
      value: \${DB_PASSWORD}
    - name: OTA_API_KEY
      valueFrom: { secretKeyRef: { name: ota, key: api-key } }`)}

Helm renders the password as empty in staging, why?`),

  rec('chat_ja', f`研究室のサーバーに登録する公開鍵とサーバー証明書です。これは共有しても大丈夫なものですよね？

${SSH_PUB} tanaka@seqcore-ws12

${CERT}`),

  rec('chat', f`I'm confident our new claims portal is ready for launch. Can you draft a blog post about it that mentions we now run the fraud scoring in confidential computing enclaves, and link to our confidentiality agreement template for brokers? No specifics, just a friendly tone.`),

  rec('log_gu', f`આ સર્વર લોગમાં શું સમસ્યા છે તે સમજાવો:

${amb('source_code.snippet', f`2024-11-20T06:14:22Z INFO  mes-gateway request_id=7c1e4a92-5b38-4f06-9d21-e83a0c7b4f15 src=${amb('pii.ip_address', '192.168.10.44')} path=/api/batch/P-24-1187 status=200
2024-11-20T06:14:25Z WARN  mes-gateway request_id=0a8f3d27-61c4-4b9e-a7f2-5d09e1b83c60 src=${amb('pii.ip_address', '192.168.10.51')} path=/api/batch/P-24-1188 status=504 upstream=dye-plc-03 timeout=3000ms
2024-11-20T06:14:31Z WARN  mes-gateway request_id=f4b29c81-07de-4a53-8c16-b3e7d0a5f924 src=${amb('pii.ip_address', '192.168.10.51')} path=/api/batch/P-24-1188 status=504 upstream=dye-plc-03 timeout=3000ms`)}`),

  rec('changelog_nl', f`Maak release notes voor de schadebehandelaars van deze wijzigingen (geen technische termen):

- ${fill('b58n-sha1', HEX, 7)} fix: eigen risico werd dubbel afgetrokken bij glasschade
- ${fill('b58n-sha2', HEX, 7)} feat: upload van foto's tot 25 MB
- ${fill('b58n-sha3', HEX, 7)} chore: upgrade Spring Boot 3.3.5 → 3.4.0
Versie 2024.11.3, uitrol dinsdag 26 november.`),

  rec('chat_no', f`Sjekk at betalingsinformasjonen til verkstedet er riktig før jeg sender:
Leverandør: Nordlys Helikopterteknikk AS, org.nr. 918 472 036
Faktura 24-0877, KID 4471200948
Beløp: kr 86 400,00, forfall 10.12.2024`),

  rec('script_au', f`Writing a radio ad for the rescue service's winter safety campaign. The script has a fake phone number for the "call mum" bit: "Mum, it's Jack, call me back on ${amb('pii.phone', '0491 570 156')}". Is that number safe to use on air, and can you tighten the script to 30 seconds?`, 'ACMA fictional drama range: ambiguous like 555-01xx'),

  rec('chat_es_cl', f`Para probar el cobro de rescates en modo test de Stripe estoy usando la tarjeta ${amb('financial.payment_card', '4000 0566 5566 5556')} con cualquier CVC. ¿Sirve para probar débito o tengo que usar otra?`, 'Stripe test card: ambiguous'),

  rec('shadow', f`Found this line in /etc/shadow on the old sample-tracking VM we're decommissioning. Is SHA-512 crypt still OK, or should we rehash if we migrate the account?

labadmin:${ambCat('credential', SHA512CRYPT)}:19874:0:99999:7:::`, 'crypt hash: ambiguous, no rule id'),

  rec('code_python', f`Is this the right way to mask card numbers before logging? Our hotel POS integration prints them.

${v('source_code.snippet', f`import re

PAN = re.compile(r"\\b(\\d{6})\\d{3,9}(\\d{4})\\b")

def mask(text: str) -> str:
    return PAN.sub(lambda m: f"{m.group(1)}******{m.group(2)}", text)

print(mask("auth ok pan=<redacted> amount=120.00"))`)}`),

  rec('chat_ro', f`Am primit un e-mail „confidențial” de la un „director” care cere urgent plata unei facturi de 48.000 lei pentru coloranți. Mi se pare phishing. Cum verific asta și cum scriu un răspuns prudent?`, 'casual quoted "confidențial" in a phishing question, not a marking'),
];
