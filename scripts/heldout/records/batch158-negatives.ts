/**
 * Held-out batch 158: hard negatives from the six settings — chassis and lot numbers, load sheets,
 * ECCN codes, fine references, placeholders, test keys, failing check digits, hashes, public keys
 * and casual uses of "secret"/"confidential" in many languages (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

/** The same digits with the last one changed: a check digit that fails. */
const breakLast = (s: string) => s.slice(0, -1) + String((Number(s.slice(-1)) + 3) % 10);

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b158n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b158n-pklive', B62, 97));
const BAD_CARD = breakLast(luhnWithCheck('455673018294731'));
const BAD_GIFT = breakLast(luhnWithCheck('603571820394615'));
const GOOD_IT = ibanWithCheck('IT', 'K0306909606100000482917');
const BAD_IT = `IT${String((Number(GOOD_IT.slice(2, 4)) + 11) % 100).padStart(2, '0')}${GOOD_IT.slice(4)}`;
const RF_REF = ibanWithCheck('RF', '2025031700418');
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 7);
const PUB = pem('PUBLIC KEY', 'b158n-pub', 294);
const CERT = pem('CERTIFICATE', 'b158n-cert', 820);
const BCRYPT = tok('$2y$10$', fill('b158n-bcrypt', B62 + './', 53));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${fill('b158n-png', B64, 120)}`;

export const BATCH158_NEGATIVES: DraftRecord[] = [
  rec('lot_en', f`Write a catalogue description for lot 88:

1955 Mercedes-Benz 300 SL Gullwing. Chassis no. 198.040.5500873, engine no. 198.980.5500912, body no. 198.040.5500861. Matching numbers, restored 2019 by the factory Classic Center (invoice no. 2019-CC-04471). Estimate €1,300,000 – €1,600,000. Lot 88, Saturday 14:30.`),

  rec('loadsheet_de', f`Kannst du die Tabelle in eine Übersicht pro Station umbauen?

Flug    Datum   STD    Ziel  C-Pax  Y-Pax  Trolleys  Heißboxen
LH716   05.03.  12:15  HND   48     227    31        6
LH400   05.03.  10:25  JFK   56     272    36        8
LX14    05.03.  13:05  JFK   62     180    28        7
OS75    05.03.  10:40  ORD   32     236    30        5`),

  rec('chat_en', f`Is a 28 nm FPGA with 500k logic cells automatically 3A001.a.7, or does it depend on the number of user-accessible I/Os? Our customer says it's 3A991.d and that we don't need a licence for shipments to Malaysia. HS code is 8542.39.`),

  rec('policy_de', f`Bitte sprachlich glätten: "Passwörter für das Fachverfahren müssen mindestens 12 Zeichen lang sein, dürfen nicht den Benutzernamen enthalten und werden alle 180 Tage geändert. Passwörter dürfen niemals per E-Mail oder Telefon weitergegeben werden, auch nicht an die IT."`),

  rec('form_fr', f`Rends ce formulaire plus lisible (libellés, aides à la saisie) :

Nom : ______________  Prénom : ______________
Date de naissance : JJ/MM/AAAA
N° de sécurité sociale : _ __ __ __ ___ ___ __
IBAN : FR76 ____ ____ ____ ____ ____ ___
Téléphone : 0_ __ __ __ __`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example — permit-api
MDS_API_KEY=<ask the operator>
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/permits
SENTRY_DSN=
GOOGLE_MAPS_KEY=YOUR_API_KEY
JWT_SECRET=\${JWT_SECRET}`)}

Write a README section explaining each variable for the new developer.`),

  rec('chat_en', f`Testing the deposit flow in the auction sandbox. Using ${STRIPE_TEST} with card ${amb('financial.payment_card', '4242 4242 4242 4242')} and the publishable key ${PK_LIVE} in the frontend — wait, is it ok that the pk is a live one while the secret is test?`, 'Stripe test secret and publishable key: negatives; the well-known test card is ambiguous'),

  rec('chat_es', f`Un comprador dice que el cargo de la comisión no pasó. Me dictó la tarjeta ${spacedFours(BAD_CARD)} pero creo que apuntó mal un dígito, el sistema la rechaza como "número inválido". ¿Cómo le pido que la revise sin que me la vuelva a mandar por correo?`, 'Luhn-failing card number (one digit mistyped)'),

  rec('chat_it', f`Il cliente ci ha mandato l'IBAN ${BAD_IT} per il rimborso del deposito, ma la banca dice che le cifre di controllo sono sbagliate. Mi scrivi una mail per chiedergli di ricontrollarlo?`, 'IBAN with wrong check digits'),

  rec('receipt_pt_br', f`Traduz esse comprovante pro inglês pra eu mandar pra leiloeira:

Comprovante de pagamento
Estabelecimento: HALVORSEN BRACK AUCTIONS
Cartão: **** **** **** 7315 (crédito, Mastercard)
Valor: € 2.400,00 — 1x
Autorização: 048291  NSU: 000731`),

  rec('chat_en', f`We need a confidentiality agreement template for consignors who want their identity kept out of the catalogue. Can you draft one under English law, 2 pages max?`),

  rec('chat_de', f`Für den Newsletter: "Unser Geheimtipp der Saison – ein unrestaurierter Citroën DS 21 Pallas, Scheunenfund aus dem Elsass." Kannst du daraus einen kurzen, neugierig machenden Teaser machen?`),

  rec('chat_ja', f`産科病棟の退院祝いのカードに書くメッセージを考えてください。スタッフみんなからの「秘密のサプライズ」として、赤ちゃんの手形を入れる予定です。温かい感じで、3行くらいで。`),

  rec('git', f`Which of these commits touched the trolley-capacity logic? git log --oneline:

${GIT('b158n-g1')} fix(loadplan): A350 galley G3 capacity 32 → 30
${GIT('b158n-g2')} feat(spml): add NLML cold-chain flag
${GIT('b158n-g3')} chore(deps): bump pandas to 2.2.3
${GIT('b158n-g4')} refactor(trolley): split capacity table per aircraft type`),

  rec('log', f`${amb('source_code.snippet', f`2025-03-05T06:01:11.204Z INFO  permit-api req=3f8a2c71-94d0-4b6e-a1c3-7e52d9f08b14 GET /zones/7 200 12ms
2025-03-05T06:01:11.530Z INFO  permit-api req=c19e47b2-0d3a-48f5-9b6c-52a7e1d30f96 GET /vehicles?zone=7 200 88ms
2025-03-05T06:01:12.017Z WARN  permit-api req=8b2d5f13-7c4e-4a90-8e1b-d36f02a9c475 slow query fp=${SHA('b158n-fp')} 1320ms`)}

Why is /vehicles seven times slower than /zones?`),

  rec('firmware', f`Release notes for the scooter firmware, please make them readable for the city inspectors:

scooter-fw 3.12.0 (sha256 ${SHA('b158n-fw1')})
scooter-fw 3.11.2 (sha256 ${SHA('b158n-fw2')})
- speed cap in pedestrian zones now 6 km/h (was 10)
- parking photo required before ending a ride in zone B`),

  rec('pr_review', f`The export-desk SFTP partner sent us their public key and certificate. Reviewer asks if committing these is a leak:

${PUB}

${CERT}`),

  rec('changelog', f`Deploy notes for the discharge-letter service:
- image ghcr.io/stmarys/discharge-letter:2.4.0@sha256:${SHA('b158n-d1')}
- image ghcr.io/stmarys/discharge-letter:2.3.7@sha256:${SHA('b158n-d2')}
2.4.0 adds the Polish and Arabic letter templates. Summarise for the ward managers.`),

  rec('chat_nl', f`Kun je een kraamweek-planning maken? De uitgerekende datum is 14 april, de kraamzorg start op dag 1 na thuiskomst, 8 dagen, 24 uur in totaal. Het consultatiebureau komt in week 2.`),

  rec('chat_pl', f`Podsumuj status dostaw wózków do kuchni pokładowej: zamówienie 4500218734 z 18.02, dokument WZ 80019274, numer przesyłki UPS 1Z 4E7 A92 68 4402 7191, dostawa przewidziana w tygodniu 11.`),

  rec('chat_de', f`Die BAFA-Ausfuhrgenehmigung für die Lieferung nach Südkorea hat das Aktenzeichen 3A001-2025-04471-KR und gilt bis 31.08.2026. Positionen: 5A002.a.1, 3A991.d. Kannst du eine Checkliste machen, was wir bei jeder Teillieferung dokumentieren müssen?`),

  rec('chat_fr_ca', f`Les zones de stationnement pour trottinettes sur le Plateau : 45.5231, -73.5817 (Mont-Royal/Saint-Denis) et 45.5189, -73.5690 (Parc La Fontaine). Peux-tu me faire une carte textuelle simple pour le conseil d'arrondissement?`),

  rec('csv', f`${amb('source_code.snippet', f`isbn;titel;anzahl
978-3-613-04471-2;Mercedes 300 SL – Die Chronik;3
978-0-7603-2917-4;Ferrari 250 GT: The Complete Story;2
978-3-86852-182-9;Porsche 356 – Typenkompass;5`)}
Bestellung für die Auktionsbibliothek, bitte Summe mit 7 % MwSt.`),

  rec('chat_en', f`Our old PHP portal stores this in the password column for the welfare staff accounts: ${ambCat('credential', BCRYPT)}. Is bcrypt at cost 10 still acceptable for a municipality, or do we need to migrate to argon2?`, 'a password hash: ambiguous, no rule id'),

  rec('template_en', f`Fix the tone of this auction callback template: "Thank you for registering! A specialist will call you from ${amb('pii.phone', '(212) 555-0147')} within 24 hours to confirm your bidder number."`, 'fictional 555-01xx number: ambiguous'),

  rec('helm', f`${amb('source_code.snippet', f`env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: fines-db
        key: password
  - name: MDS_TOKEN
    value: {{ .Values.mds.token | quote }}`)}

The chart renders an empty MDS_TOKEN, what did I miss in values.yaml?`),

  rec('code_python', f`moto upgrade broke the S3 upload test for the load-plan exporter:

${v('source_code.snippet', f`@pytest.fixture
def aws_env(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-central-1")`)}`, 'AWS documentation keys in a test fixture; the fixture is code'),

  rec('table_de', f`Kannst du die Regelbedarfe 2025 als Tabelle formatieren? Stufe 1: 563 €, Stufe 2: 506 €, Stufe 3: 451 €, Stufe 4: 471 €, Stufe 5: 390 €, Stufe 6: 357 €. Dazu eine Zeile für den Mehrbedarf Alleinerziehende (36 % bzw. 12 % je Kind).`),

  rec('chat_it', f`Multa per monopattino: verbale n. 2025/VM/031847, targa contrassegno MP-48291, art. 7 comma 14 del Codice della Strada, importo 83 €, ridotto a 58,10 € se pagato entro 5 giorni. Come faccio ricorso al Giudice di Pace?`),

  rec('chat_ko', f`이건 비밀도 아닌데 왜 팀장님이 말을 안 해주는지 모르겠어요. 다음 달 경매 카탈로그 표지 차량 후보가 1963년 애스턴 마틴 DB5랑 1967년 람보르기니 미우라래요. 각 차량 소개 문구 한 줄씩 써 주세요.`),

  rec('chat_zh', f`请帮我查一下这几个海关编码的出口退税率：8542.31.00（处理器）、8542.32.00（存储器）、8542.39.00（其他集成电路）。另外 3A991 在中国出口管制清单里对应哪个编码？`),

  rec('chat_ru', f`Какой секретный ингредиент в соусе для бортового питания бизнес-класса? Шеф говорит «это секрет фирмы», но аллергены мы всё равно обязаны указать. Помоги составить письмо шефу.`),

  rec('chat_ar', f`ما هو سر نجاح مزادات السيارات الكلاسيكية في الخليج؟ أحتاج فقرة قصيرة لمقال في مجلة السيارات، بدون أرقام مبيعات.`),

  rec('chat_hi_en', f`Yaar welfare office ka SMS draft kar do: "Kripya apna OTP kisi ke saath share na karein. Nagar nigam kabhi bhi phone par OTP ya password nahi maangta." Hindi aur English dono mein.`),

  rec('chat_el', f`Γράψε μου μια παράγραφο για τον κατάλογο: «Lot 41 – Lancia Fulvia Coupé Rallye 1.3 HF, 1968, αριθμός πλαισίου 818.340*001174, εκτίμηση 45.000–60.000 €». Όχι υπερβολές.`),

  rec('checklist_he', f`תסדר לי את הצ'קליסט לשחרור יולדת בטבלה:
שם היולדת: ________
תאריך לידה: __/__/____
מספר זהות: _________
בדיקת שמיעה לתינוק: בוצעה / לא בוצעה
חיסון צהבת B: כן / לא`),

  rec('chat_tr', f`E-scooter cezaları için bilgi notu yaz: yaya kaldırımında sürüş 1.021 TL, kasksız sürüş 1.021 TL, iki kişi binme 2.042 TL (2025 tarifesi, Karayolları Trafik Kanunu madde 36/A).`),

  rec('chat_sv', f`Presentkortet från auktionens museibutik fungerar inte: nummer ${spacedFours(BAD_GIFT)}, kod under skrapfältet. Butiken säger att det inte är aktiverat. Vem kontaktar jag?`, 'gift-card number that fails the Luhn check'),

  rec('chat_fi', f`Tarkista viitenumero laskulle: ${spacedFours(RF_REF)}. Pankkisovellus ei hyväksy sitä välilyöntien kanssa.`, 'ISO 11649 creditor reference: mod-97 checked like an IBAN, but not an account'),

  rec('chat_en', f`Which BIC should we give the Swiss buyer, the Frankfurt one (${amb('financial.swift_bic', 'COBADEFFXXX')}) or the Essen branch? Our bank says the BIC alone is enough for SEPA now.`),

  rec('email_footer', f`Thanks, I'll send the condition report for lot 12 tomorrow.

--
Ingrid Brack | Halvorsen & Brack Classic Auctions
${amb('confidential.marking', 'This message and any attachments are confidential and intended solely for the addressee.')} If you received it in error, please delete it.`),

  rec('network_doc', f`Rewrite this as a table for the scooter-depot network diagram: core switch ${amb('pii.ip_address', '10.20.0.1')}, depot AP ${amb('pii.ip_address', '10.20.0.40')}, charging controller ${amb('pii.ip_address', '10.20.0.55')}, guest VLAN ${amb('pii.ip_address', '192.168.50.0/24')}, netmask ${amb('pii.ip_address', '255.255.255.0')}.`),

  rec('css', f`Why is the auction logo blurry in the catalogue PDF? ${amb('source_code.snippet', f`.logo { background: url("data:image/png;base64,${PNG_B64}") no-repeat; width: 120px; height: 32px; }`)}`),

  rec('chat_bg', f`Трябва ни шаблон за споразумение за поверителност с новия доставчик на колички за бордовото хранене. Можеш ли да подготвиш кратък проект на български?`),

  rec('chat_uk', f`Поясни простими словами, що таке політика конфіденційності на сайті соцзахисту і чому її треба приймати перед подачею заяви? Це для літньої мами, вона боїться натискати «Погоджуюсь».`),

  rec('chat_cs', f`Napiš krátký text do katalogu: „Tajný tip aukce – Škoda 110 R z roku 1974, původní lak, 62 000 km." Ať to zní lákavě, ale ne přehnaně.`),

  rec('chat_ta', f`பிரசவ வார்டிலிருந்து வீடு செல்லும் தாய்மார்களுக்கு ஒரு சிறிய அறிவுரை குறிப்பு எழுதுங்கள்: தாய்ப்பால், ஓய்வு, ஆபத்து அறிகுறிகள், 7 நாட்களில் மீண்டும் வருகை.`),

  rec('chat_en', f`The 1967 Miura on the cover was "born" on 3 March 1967 at Sant'Agata according to the factory build sheet, delivered 12 June 1967 to the first owner in Milan. Can you turn these dates into a one-paragraph provenance note?`, 'a car\'s build date, not a person\'s date of birth'),

];
