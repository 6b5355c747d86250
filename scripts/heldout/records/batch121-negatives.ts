/**
 * Held-out batch 121: hard negatives — order and lot numbers, barcodes, microchips, VINs, report
 * numbers, placeholders, test values, digests, public keys and casual uses of "confidential" and
 * "secret" in many languages (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart
 * from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, pem, tok } from '../tokens';

const SHA = (seed: string) => fill(seed, HEX, 64);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b121n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b121n-pklive', B62, 97));
const CERT = pem('CERTIFICATE', 'b121n-cert', 780);
const BCRYPT = tok('$2y$10$', fill('b121n-bcrypt', B62 + './', 53));

export const BATCH121_NEGATIVES: DraftRecord[] = [
  rec('chat_de', f`Kannst du mir die Auftragsübersicht als Tabelle machen?

Auftrag HP-25-04471 – Faltschachtel 6er-Träger, Auflage 40.000, Pantone 348 C + 7621 C, Stanzform SF-2291, EAN 4260184745128
Auftrag HP-25-04475 – Etiketten Honig 250 g, Auflage 12.000, 4c + Gold HKS 95, EAN 3020174291834
Auftrag HP-25-04480 – Buchumschlag, ISBN 978-3-944829-17-3, Auflage 3.000, Mattfolie`),

  rec('chat', f`Can you make a nicer intake card layout? Fields we print on the kennel card: name, species, sex, est. age, intake date, microchip.

Example data:
Biscuit · dog · M/N · ~3 y · 2025-02-03 · chip 985112004829173
Mochi · cat · F/S · ~1 y · 2025-02-05 · chip 941000028491736
Rufus · dog · M · ~7 y · 2025-02-06 · chip 276098106482917 (registered in Germany, came with a transfer)`, 'ISO 11784 microchip numbers: not personal identifiers by the conventions, and Luhn-failing'),

  rec('chat_fr_ca', f`Peux-tu me faire un tableau d'entretien pour les camions? Unité 231 (autopompe Pierce, NIV 4P1BAAGF6LA018273, 2020), Unité 512 (échelle 30 m, NIV 1F9E44285PCST4829, 2023), Unité 640 (camion-citerne, 2016). Vidange aux 250 heures moteur, inspection SAAQ annuelle en mai.`),

  rec('chat_nl', f`Kun je de volgende partij netjes in een lijst zetten voor de klant? Graag met karaat op twee decimalen.

- Ronde briljant 1,02 ct, F, VS1, GIA-rapport 2487193650
- Ronde briljant 0,71 ct, G, VVS2, GIA-rapport 6481902735
- Peer 1,50 ct, H, SI1, HRD-certificaat 240017736
KP-certificaat zending: BE-2025-008317`),

  rec('chat_it', f`Puoi tradurre in inglese la scheda tecnica? Articolo "Nappa Oliva", conciatura vegetale, spessore 1,2–1,4 mm, codice doganale HS 4107.12.11, Cr VI < 3 mg/kg (EN ISO 17075-1), lotto VG-25-0312, resa media 21,4 ft² per pelle.`),

  rec('chat_tr', f`Konşimento ve konteyner bilgilerini İngilizce bir sevkiyat bildirimine çevirir misin? B/L No: MEDUIZ482917, Konteyner: MSCU4829173, mühür 0048291, 22 palet deri, 18.420 kg brüt, ETD Ambarlı 14.03, ETA Hamburg 28.03.`),

  rec('chat_ja', f`印刷仕様を英語でまとめてください：ジョブ番号 JP-25-0918、用紙 コート紙 135kg、色 DIC 156、PANTONE 2035 C、部数 8,000、納期 3月21日、校正番号 P2-0418。`),

  rec('chat_ko', f`국제학생 지원 현황 표로 정리해 주세요. 지원번호 UG-2025-41827 (TOPIK 5급), UG-2025-41903 (IELTS 6.5), PG-2025-11842 (TOEFL 94). 서류 마감 4월 15일.`),

  rec('form_zh', f`帮我把这个宿舍申请表模板翻译成英文，格式保持不变：
姓名：__________
出生日期：____年__月__日
护照号码：__________
身份证号：__________________
紧急联系人电话：__________`),

  rec('chat', f`Is there a good confidentiality agreement template for shelter volunteers who see adopters' home-check notes? Ours is from 2016 and mentions fax.`),

  rec('chat_es', f`Estamos escribiendo el post del refugio para Instagram sobre la tarta de cumpleaños para perros. ¿Cómo contamos que el secreto de la receta es la calabaza sin que suene a anuncio?`),

  rec('docs_pt_br', f`Na documentação do gateway diz que no ambiente de teste podemos usar o cartão ${amb('financial.payment_card', '4111 1111 1111 1111')} com qualquer CVV. Como eu simulo um pagamento recusado no sandbox de doações do abrigo?`, 'well-known test card: ambiguous'),

  rec('env_file', f`${amb('source_code.snippet', f`# donations/.env.development — test mode only, committed on purpose
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/donations_dev
SENDGRID_API_KEY=\${SENDGRID_API_KEY}`)}

Is it fine to keep this in the repo if the shelter's repo is public?`),

  rec('chat_ru', f`Составь таблицу по проверке пожарных гидрантов: ПГ-118 (ул. Садовая, 14), ПГ-204 (пр. Мира, 3), ПГ-231. Давление по ГОСТ Р 53961-2010, прошивка контроллера насосной станции 4.12.1.3.`),

  rec('chat_ar', f`ساعدني في كتابة رسالة للعميل: طلبيتك رقم SO-2025-04821 من أطقم الذهب عيار 21 جاهزة للشحن، رقم بوليصة الشحن 7748 2917 3650، الوصول المتوقع 18 مارس.`),

  rec('docs_pl', f`Popraw proszę instrukcję dla klientów drukarni:

"Aby przesłać pliki, zaloguj się na ftp.drukarnia-opak-demo.pl używając loginu z umowy i hasła <twoje-hasło>. Nie wysyłaj hasła mailem ani SMS-em. Pliki PDF/X-1a, spady 3 mm."`),

  rec('receipt_cs', f`Přelož mi účtenku do angličtiny kvůli vyúčtování cestovních náhrad:

Čerpací stanice Benzina, Brno
Nafta 64,2 l · 2 418,90 Kč
Platba kartou: **** **** **** 4417
Autorizační kód 482917 · Terminál 00918273`),

  rec('training_gb', f`Write a call-handling role-play script for the new control-room trainees. Caller reports a van fire on the A14 and gives a callback number of ${amb('pii.phone', '07700 900481')}; the second caller, a lorry driver, gives ${amb('pii.phone', '07700 900127')}.`, 'Ofcom drama range: ambiguous'),

  rec('script', f`Write a phone script for volunteers answering the adoption hotline. Example caller: "Hi, I'm calling about the beagle, my number is ${amb('pii.phone', '(512) 555-0147')}."`, 'fictional 555-01xx number: ambiguous'),

  rec('chat_sv', f`Kan du förklara skillnaden mellan de här två ändringarna i fordonsregistret?
commit 8f3e2a1c9b7d46e0a1f35c20d7b8e4c92a61d7f3 — "lägg till besiktningsdatum"
commit 1c7f4e289a534d16b8e05f3a92c1d7469e3b0a82 — "fixa tidszon"
Fordon-id 6a2d91c4-3e07-4b58-9f1a-d84c27e6b093 fick fel datum.`),

  rec('chat_fi', f`Miksi nämä kaksi imagea eroavat, vaikka versio on sama?
ghcr.io/pelastuslaitos-demo/harjoitusrekisteri:2.4.0@sha256:${SHA('b121n-d1')}
ghcr.io/pelastuslaitos-demo/harjoitusrekisteri:2.4.0@sha256:${SHA('b121n-d2')}`),

  rec('chat_hu', f`A számlán ez az IBAN szerepel: HU17 1160 0006 0000 0000 4829 1736 – a bank azt mondja, hibás az ellenőrző szám. Hogyan kérjek javított számlát a cipőgyár beszállítójától? Írj egy udvarias e-mailt.`, 'IBAN with a wrong check digit'),

  rec('chat_ro', f`Un donator ne-a trimis un voucher cadou pentru hrana adăpostului: cod 6033 9482 9173 6501, valabil până la 30.06. Magazinul zice că nu e activat. Cum le scriu?`, 'Luhn-failing voucher number'),

  rec('chat_el', f`Θέλω να γράψω ένα μήνυμα σε μια συνάδελφο στην υπηρεσία: «Μπορώ να σου πω κάτι εμπιστευτικά; Νομίζω ότι ο διοικητής θα ανακοινώσει τις μεταθέσεις νωρίτερα». Να ακούγεται φιλικό, όχι κουτσομπολιό.`),

  rec('chat_th', f`ช่วยจัดตารางล็อตพลอยนี้หน่อย: BKK-25-017 ไพลิน 3.12 กะรัต, BKK-25-018 ทับทิม 1.85 กะรัต, BKK-25-021 บุษราคัม 4.40 กะรัต ใบรับรอง GIT เลขที่ 2568-04829`),

  rec('chat_vi', f`Bạn làm giúp mình bảng so sánh điểm đầu vào: mã hồ sơ INT-25-30817 (IELTS 6.5, GPA 8,2/10), INT-25-30822 (IELTS 7.0, GPA 3,4/4), INT-25-30901 (Duolingo 120). Hạn chót nhận hồ sơ 30/04/2025.`),

  rec('chat_id', f`Bagaimana sebaiknya kebijakan kata sandi untuk portal pendaftaran mahasiswa? Kami pikir minimal 12 karakter, tanpa kedaluwarsa paksa, dan wajib MFA untuk staf admisi. Tolong buatkan draf paragrafnya.`),

  rec('chat_hi', f`हमारी हीरा कंपनी की वेबसाइट के लिए एक गोपनीयता नीति (privacy policy) का मसौदा बनाइए — ग्राहक डेटा, KYC दस्तावेज़ और कुकीज़ के बारे में।`),

  rec('chat_bn', f`এই শিপমেন্টের তথ্য দিয়ে ক্রেতাকে একটা ইংরেজি ইমেইল লিখে দিন: এলসি নম্বর 0482-25-LC-0917, ইনভয়েস SAV/EXP/25/118, ২১০০ বর্গফুট ক্রাস্ট লেদার, জাহাজ ছাড়বে ২২ মার্চ চট্টগ্রাম থেকে।`),

  rec('chat_ta', f`எங்கள் தோல் தொழிற்சாலையின் கழிவுநீர் சுத்திகரிப்பு அறிக்கையை ஆங்கிலத்தில் சுருக்கவும்: TDS 2100 mg/L, COD 248 mg/L, குரோமியம் 0.8 mg/L, மாதிரி எண் ETP-25-0217.`),

  rec('chat_uk', f`Зроби таблицю щеплень для собак притулку: Бім — сказ, серія вакцини 482917A, 12.02.2025; Лада — комплексна, серія N0917-3, 03.02.2025; Рекс — дегельмінтизація 10.02.`),

  rec('chat_ka', f`გთხოვთ, ინგლისურად თარგმნეთ სასწავლო კურსების სია: ECON-2104 მაკროეკონომიკა, CS-1101 პროგრამირების საფუძვლები, GEO-3302 გეოინფორმატიკა. სემესტრი იწყება 2025 წლის 15 სექტემბერს.`),

  rec('chat_hy', f`Ո՞ր գաղտնաբառերի կառավարիչն է ավելի հարմար փոքր ընկերության համար՝ Bitwarden, 1Password, թե KeePass։ Մենք 12 հոգի ենք և ունենք Windows ու macOS։`),

  rec('chat_am', f`ይህን የቆዳ ደረጃ ሠንጠረዥ ወደ እንግሊዝኛ ተርጉምልኝ፦ ደረጃ 1 – 12%፣ ደረጃ 2 – 31%፣ ደረጃ 3 – 40%፣ ውድቅ – 17%። ሎት ቁጥር MJ-25-044፣ የበግ ቆዳ 8,400 ቁራጭ።`),

  rec('chat', f`Before we send proofs to the client, we publish SHA-256 checksums so they can verify the files weren't altered:

proof_HP-25-04471_v3.pdf  ${SHA('b121n-p1')}
dieline_SF-2291.pdf  ${SHA('b121n-p2')}

Can you write a one-paragraph explanation for clients who've never heard of checksums?`),

  rec('chat', f`Our PDF signing certificate for approved proofs — is it OK to email this to customers so Acrobat trusts our signature?

${CERT}`),

  rec('chat_de_ch', f`Hoi, mir bruuched e Vorlag für e Vertraulichkeitsvereinbarig mit üsem neue Stanzform-Liferant. Chasch mer säge, was da drin sötti stah?`),

  rec('chat_fr', f`Pour la fête des bénévoles du refuge, on prépare un gâteau "top secret" pour la responsable qui part à la retraite. Tu peux m'aider à écrire l'invitation sans qu'elle se doute de rien ?`),

  rec('chat_es_mx', f`¿Me ayudas a anunciar la jornada de adopción? Sábado 22 de marzo, 10:00 a 15:00, Parque Hundido, CDMX. Vacunas gratis, 35 perritos y 12 gatitos. Folio del permiso de la alcaldía: BJ/DGG/2025/0418.`),

  rec('chat_pt_pt', f`Podes fazer uma tabela de equivalência de tamanhos para o catálogo de exportação? EU 36 = UK 3,5 = US 6; EU 40 = UK 6,5 = US 9; EU 44 = UK 9,5 = US 11. Referências BT-2025-118 a BT-2025-131.`),

  rec('chat_lt', f`Padėk išversti į anglų kalbą: sąskaita faktūra SPT Nr. 2025-0418, užsakymas 118 000 etikečių, 4+0 spalvos, apmokėti iki 2025-03-31.`),

  rec('config_sk', f`Ahoj, prečo sa zariadenie v hasičskej zbrojnici nevie pripojiť k sieti? Konfigurácia:

${amb('source_code.snippet', f`interface eth0
  address ${amb('pii.ip_address', '192.168.40.17')}/24
  gateway ${amb('pii.ip_address', '192.168.40.1')}
  dns ${amb('pii.ip_address', '192.168.40.1')}`)}`),

  rec('chat_ms', f`Tolong senaraikan blok asrama mengikut kapasiti: Blok Cempaka (K1-K4) 320 katil, Blok Melati 210 katil, Blok Kenanga 180 katil. Kod permohonan bermula dengan HST-25-.`),

  rec('chat_bg', f`Преведи на английски, моля: "Износител: Обувки Експорт ООД, EORI BG204829173, митническа декларация 25BG001004829173, 1 240 чифта мъжки обувки, тарифен номер 6403 99 93."`),

  rec('chat', f`Old shelter database stores adopter logins like ${ambCat('credential', BCRYPT)} in the password column. The new volunteer dev says we can migrate those as-is to the new system — is that right?`, 'password hash: ambiguous, no rule id'),

  rec('code_python', f`Moto tests for the fleet-telemetry uploader fail after upgrading boto3:

${v('source_code.snippet', f`@pytest.fixture(autouse=True)
def aws_env(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-north-1")`)}`, 'AWS documentation keys: no credential; the fixture is pasted code'),

  rec('email_sl', f`Prosim, skrajšaj to sporočilo:

"Spoštovani, obveščamo vas, da bo usposabljanje za uporabo dihalnih aparatov potekalo 12. aprila v gasilskem domu. Prosimo, da s seboj prinesete osebno zaščitno opremo. Lep pozdrav, poveljnik PGD."

${amb('confidential.marking', 'To sporočilo je zaupno in je namenjeno izključno naslovniku.')} Če ste ga prejeli pomotoma, obvestite pošiljatelja.`, 'e-mail confidentiality disclaimer: ambiguous'),

  rec('chat_lv', f`Vai vari pārtulkot angliski? "Rēķins Nr. PAW-2025/044, summa 186,40 EUR, maksājuma mērķis: dzīvnieku barība februārī. Pasūtījuma numurs 4829-1736."`),

  rec('chat_no', f`Vi skal bestille nye dekk til mannskapsbilen: Michelin X Multi Z 315/80 R22.5, 6 stk, lastindeks 156/150L. Bil nr. 4.21, kilometerstand 148 290. Skriv en bestilling til verkstedet.`),

  rec('chat_et', f`Palun tõlgi inglise keelde ühiselamu majareeglid: vaikne aeg 23:00–07:00, külalised kuni 22:00, prügi sorteerimine kohustuslik. Tuba 418, korpus B.`),

  rec('chat_ur', f`اس سامان کی تفصیل انگریزی میں لکھ دیں: پروفارما انوائس نمبر SKT-PI-25-0219، 3,600 جوڑے فٹبال دستانے اور 1,200 چمڑے کی جیکٹیں، ایچ ایس کوڈ 4203.10۔`),
];
