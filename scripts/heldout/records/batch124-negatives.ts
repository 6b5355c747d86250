/**
 * Held-out batch 124: hard negatives — serials, permit and case numbers, timetables, prayer times, colour
 * codes, placeholders, test keys, masked or check-failing numbers, public keys and casual uses of
 * "confidential" (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous spans
 * and pasted code. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b124n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b124n-pklive', B62, 97));
const PUB_PEM = pem('PUBLIC KEY', 'b124n-pub', 91);
const CERT = pem('CERTIFICATE', 'b124n-cert', 720);
const BCRYPT = tok('$2y$10$', fill('b124n-bcrypt', B62 + './', 53));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHe${b64Bytes('b124n-png', 240)}`;
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH124_NEGATIVES: DraftRecord[] = [
  rec('chat', f`Can you turn this site-survey note into a customer-friendly summary?

Roof: south-west, 32° pitch, concrete interlocking tiles, 2 dormers
Proposed: 22 × 430 W panels (9.46 kWp), inverter SF-HY-8K-EU serial 7E21H4082913, battery 10.2 kWh
Permit ref: PRJ-2025-004183 (Franklin County), utility interconnection app #IA-771045
Estimated yield 10,850 kWh/yr, payback 8.4 years`),

  rec('chat_de', f`Wie erkläre ich einem Kunden den Unterschied zwischen der Zählernummer (1EMH0018273645) und der MaStR-Nummer der Anlage (SEE948271036415)? Er hat beide im Brief vom Netzbetreiber und ist verwirrt.`),

  rec('env_example', f`Is this .env.example safe to commit for the quote tool?

${amb('source_code.snippet', f`# copy to .env.local and fill in
HUBSPOT_PRIVATE_APP_TOKEN=<your-private-app-token>
GOOGLE_MAPS_API_KEY=YOUR_API_KEY
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/quotes
SMTP_PASSWORD=\${SMTP_PASSWORD}`)}`),

  rec('env_test', f`Pour le site de dons en local, j'utilise le mode test de Stripe. C'est normal que la clé publique soit une clé live ?

${amb('source_code.snippet', f`STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
DONATION_CURRENCY=gbp`)}

Carte de test utilisée : ${amb('financial.payment_card', '4242 4242 4242 4242')}, date 12/34, CVC 123.`),

  rec('code_python', f`moto fixture for the permit-document uploader — test fails with NoSuchBucket:

${code(f`@pytest.fixture
def s3(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    with mock_aws():
        yield boto3.client("s3", region_name="eu-central-1")

def test_upload(s3):
    upload_permit(s3, "permits-test", "PRJ-2025-004183.pdf", b"%PDF-1.7")`)}`),

  rec('receipt_es', f`¿Me ayudas a entender este recibo? Creo que me cobraron dos veces el abono mensual.

TRANSPORTES VALLE DEL SUR — Recibo 0048-002193
Abono mensual zona A+B ........ $ 18.400,00
Tarjeta: VISA **** **** **** 4418
Autorización: 082917 · Terminal 0412
Fecha: 03/02/2025 07:41`),

  rec('chat_pl', f`Na szkoleniu dla nowych pracowników działu składek pokazujemy przykład błędnie przepisanego numeru rachunku: PL96 2410 2055 5850 0192 8374 6512 — suma kontrolna się nie zgadza, bank odrzuci przelew. Napisz krótkie wyjaśnienie, jak działa cyfra kontrolna IBAN.`, 'IBAN with wrong check digits (checked: fails mod 97)'),

  rec('chat_it', f`Un cliente ci ha pagato con una gift card del fornitore di tessuti, codice 6033 4829 1736 4827, ma il sito dice "codice non valido". Come gli spiego che deve contattare il negozio che l'ha emessa?`, 'gift-card number that fails the Luhn check'),

  rec('colour_spec', f`Puoi trasformare queste specifiche colore in una tabella per il capocantiere?

Soggiorno: pareti NCS S 2005-Y20R, soffitto RAL 9010, zoccolino RAL 7044
Cucina: ante Pantone 7535 C, piano in quarzo "Calacatta 4812"
Camera: carta da parati art. LX-20931-04, lotto 882, tessuto tende VAL-LIN-0173 (140 cm)
Accento: #5E7D6A (verde salvia), #D9CBB5`),

  rec('chat_ko', f`원단 샘플 배송 조회가 안 돼요. 운송장 번호 6829 1736 4820, 주문번호 OEL-KR-20250214-0093이에요. CJ대한통운 사이트에서 "조회 결과 없음"이라고 나오는데 며칠 기다려야 하나요?`),

  rec('chat_ja', f`施主様への説明用に、以下の仕様を分かりやすい文章にしてください。
床材：オーク無垢 幅150mm 品番 FL-OAK-150-N、数量 42.5㎡
照明：ダウンライト 3000K × 12台、調光器 型番 WTC57521
見積番号：Q-2025-0311、有効期限 2025年4月30日`),

  rec('chat_tr', f`Kütüphane için İslam sanatı üzerine şu kitapları sipariş etmek istiyoruz, ISBN'leri doğru mu kontrol eder misin? 978-0-300-06465-2 ve 978-975-08-2918-4. Sipariş numarası: KTP-2025-0042.`),

  rec('prayer_times', f`Please make this into a nice Ramadan timetable poster text (English + Arabic headings):

Day | Date | Hijri | Suhoor ends | Iftar
1 | 1 Mar 2025 | 1 Ramadan 1446 | 05:02 | 17:51
2 | 2 Mar 2025 | 2 Ramadan 1446 | 05:00 | 17:53
3 | 3 Mar 2025 | 3 Ramadan 1446 | 04:58 | 17:55
Taraweeh 20:15 · Jumu'ah 13:15 · Zakat al-Fitr £5 per person`),

  rec('chat_ar', f`ما الفرق بين تفسير ابن كثير والطبري في الآية 2:255 (آية الكرسي)؟ وأريد أيضاً مرجع حديث "إنما الأعمال بالنيات" في صحيح البخاري رقم 1 وصحيح مسلم رقم 1907. الدرس يوم السبت بعد صلاة المغرب.`),

  rec('chat_id', f`Tolong buatkan pengumuman: kajian rutin Ahad pagi pukul 06.30–08.00, tema "Fiqih Zakat", pemateri Ustadz Hanif. Infaq bisa melalui kotak amal atau QRIS di papan pengumuman. Kode kajian: KJ-0325.`),

  rec('chat', f`Our union rulebook says members must give notice "within 28 days". Is that the same as four weeks for the purposes of rule 14.3(b)? The case is ET/2401837/2025 and the hearing is listed for 14:00 on 2 April.`),

  rec('chat_fr_ca', f`J'ai besoin d'un modèle d'entente de confidentialité pour les délégués syndicaux qui ont accès aux dossiers de griefs. Tu peux m'en proposer un en français québécois, simple?`, 'casual: asking for a confidentiality agreement template'),

  rec('chat', f`I'm confident the council will approve the levy — but can you list the counter-arguments a bus operator might raise? Keep it balanced, it's for a client briefing on the 2022/0396(COD) procedure and CELEX 32019R1242.`),

  rec('chat_de_at', f`Wie formuliere ich im Transparenzregister-Eintrag unsere Kundenliste korrekt? Unsere Registernummer ist 482917365021-84, die Kategorie "Beratungsfirmen/Anwaltskanzleien/selbstständige Berater". Gibt es Vorgaben zur Offenlegung der Budgets?`),

  rec('chat_es', f`¿Qué es exactamente la "computación confidencial" de la que hablan los proveedores de nube? Un cliente quiere saber si afecta a la regulación de centros de datos que estamos siguiendo.`, 'casual: confidential computing'),

  rec('timetable', f`Kannst du den Fahrplan für den Aushang an der Haltestelle lesbarer machen?

Linie 42 Husum ZOB → St. Peter-Ording (Haltestellen-ID 8000179, Steig B)
Mo–Fr: 06:12 07:12 08:42 10:42 12:42 14:12 15:42 17:12 18:42
Sa: 08:42 12:42 16:42
Fahrzeit ca. 58 Min., Tarifzone 3–5, Fahrradmitnahme nur außerhalb 7–9 Uhr`),

  rec('gtfs', f`Why does Google Maps show our stop in the sea? stops.txt excerpt:

${amb('source_code.snippet', f`stop_id,stop_name,stop_lat,stop_lon,zone_id
8000179,Husum ZOB,54.4774,9.0516,3
8000180,Husum Bahnhof,54.4721,9.0602,3
8004402,St. Peter-Ording Bad,54.3087,-8.6244,5`)}`),

  rec('chat_gsw', f`Chönd Sie mir hälfe, e Antwort z'schriibe? E Passagierin frögt nach ihrem Schirm. Fundnummer FU-2025-00417, gfunde am 18.2. i de Linie 11, Kurs 4, Fahrzüüg 312. Abholig am Schalter Bahnhof Uster gäge Gebühr vo CHF 5.–.`),

  rec('chat_zh', f`帮我把这段失物招领通知写得更正式一点：编号 SW-20250219-031，黑色双肩包一个，于2月19日在83路公交车上拾获，请失主携带有效证件到总站服务台认领。`),

  rec('chat_th', f`ช่วยเขียนประกาศแจ้งเปลี่ยนเส้นทางรถสาย 29 ช่วงวันที่ 1–15 มีนาคม เนื่องจากซ่อมถนน รถจะไม่จอดป้าย BTS สะพานควาย ให้ไปขึ้นที่ป้ายหน้าตลาดแทน เลขที่ประกาศ 014/2568`),

  rec('public_key', f`Our QR ticket validators verify signatures with this public key — is an EC key like this fine for offline validation, or should we use Ed25519?

${PUB_PEM}`),

  rec('cert', f`The sales portal certificate expires next week. How do I check the chain from this PEM?

${CERT}`),

  rec('deploy_log', f`Deploy log for the ticketing API — which step took the longest?

${amb('source_code.snippet', f`#41 [build 6/9] RUN npm ci
#41 DONE 38.2s
#44 exporting to image
#44 writing image sha256:${SHA('b124n-img')} done
#44 naming to registry.coastline-bus.internal/tickets-api:3.14.2 done
commit ${GITSHA('b124n-commit')} deployed to prod (request 5f1c8e2a-93b4-4d7e-a0c2-7e81d94b3f06)`)}`),

  rec('chat', f`Is this the right way to verify the inverter firmware? Vendor's page says SHA-256 ${SHA('b124n-fw')} for fw_4.12.1.bin and my download gives the same. What else should I check before flashing 40 sites?`),

  rec('sql_dump', f`Pourquoi la colonne mot_de_passe fait 60 caractères ? C'est l'export de la table des bénévoles :

${amb('source_code.snippet', f`INSERT INTO benevoles (id, pseudo, mot_de_passe, cree_le) VALUES
(17, 'youssef.b', '${amb('credential.password_assignment', BCRYPT)}', '2024-09-02');`)}`, 'bcrypt hash: ambiguous'),

  rec('chat', f`Our union's wifi router is on ${amb('pii.ip_address', '192.168.8.1')} and the printer on ${amb('pii.ip_address', '192.168.8.40')} — how do I stop guests on the visitor network from seeing the printer?`),

  rec('chat', f`When a client asks for the SWIFT code of our Brussels account, is ${amb('financial.swift_bic', 'BBRUBEBB')} enough or do they need the branch code too?`),

  rec('email_footer', f`Can you shorten our e-mail footer? Current version:

Kestrel Public Affairs SRL · Rue de la Loi 42 · 1040 Brussels
${amb('confidential.marking', 'This e-mail and any attachments are confidential and may be privileged.')} If you are not the intended recipient, please notify the sender and delete it.`),

  rec('chat', f`For our phone-training script for the union helpline, use a pretend caller: "Hi, I'm Sam, you can call me back on ${amb('pii.phone', '07700 900417')}." Write the rest of the role-play.`),

  rec('template', f`Write a door-hanger for our US canvassers. Include a callback number placeholder like ${amb('pii.phone', '(614) 555-0143')} and a QR code spot. Tone: friendly, not pushy, mention the 30% federal tax credit.`),

  rec('chat_hi', f`परीक्षण डेटा के लिए एक नकली आधार नंबर चाहिए जो वैलिडेशन में फेल हो, जैसे 7392 0481 5628 — क्या यह सही उदाहरण है? हम सब्सिडी फॉर्म का वैलिडेशन टेस्ट कर रहे हैं।`, 'Verhoeff-failing Aadhaar (checked)'),

  rec('chat', f`Training doc for the membership team: list which of these NI-number formats our form should reject — "BG 48 27 19 A", "000-12-3456" (that's a US SSN shape someone pasted), and lowercase entries.`, 'NINO with an unissued prefix and an SSN with area 000'),

  rec('placeholder_git', f`Wie setze ich den Token richtig? Die Doku sagt:

git remote set-url origin https://<TOKEN>@github.com/fwu-union/jasenrekisteri-skriptit.git
export GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx

Muss ich die spitzen Klammern mitschreiben?`),

  rec('form_template', f`Bitte übersetze dieses leere Formular für die Fundsachen-Ausgabe ins Englische:

Name: ____________  Geburtsdatum: TT.MM.JJJJ
Ausweis-/Passnummer: ____________
Telefon: +49 ____________
Passwort für Online-Fundbüro: ********
Unterschrift: ____________`),

  rec('html', f`Our lost-and-found confirmation e-mail looks broken in Outlook. The logo is inline:

${amb('source_code.snippet', f`<td align="center"><img alt="Coastline" width="64" height="64" src="data:image/png;base64,${PNG_B64}"></td>
<td><svg width="24" height="24" viewBox="0 0 24 24"><path d="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm-1 15l-5-5 1.41-1.41L11 14.17l7.59-7.59L20 8l-9 9z"/></svg></td>`)}`),

  rec('chat_ru', f`Объясни, пожалуйста, чем отличается политика конфиденциальности от пользовательского соглашения для нашего приложения продажи билетов. Нужно ли их разделять?`, 'casual: privacy policy'),

  rec('chat_el', f`Πόσο καιρό πρέπει να κρατάμε τα αρχεία με τις ερωτήσεις των βουλευτών; Τα έχουμε με αριθμούς πρωτοκόλλου όπως 4829/17-02-2025 και κωδικούς φακέλων ΦΑΚ-0093.`),

  rec('chat_he', f`איך מתרגמים לאנגלית "מספר תיק 48291-02-25 בבית הדין האזורי לעבודה בתל אביב"? זה עבור מכתב לחבר האיגוד, הדיון נקבע ל-10.3.2025 בשעה 09:30.`),

  rec('chat_pt', f`Consegues explicar a um cliente o que é o CPE (código de ponto de entrega) PT 0002 0000 4829 1736 LK e porque é que ele é preciso no pedido de ligação dos painéis à rede? Ele acha que é um número de conta bancária.`, 'CPE supply-point code, not an IBAN'),

  rec('chat_fi', f`Voitko kirjoittaa jäsenkirjeen, jossa kerrotaan, että työehtosopimus TES 2025–2027 astuu voimaan 1.3.2025 ja palkankorotus on 3,1 %? Lisäksi maininta, että jäsenmaksu (1,2 %) pysyy ennallaan.`),

  rec('chat_vi', f`Mình cần so sánh hai tấm pin: model JA-430-54N (hiệu suất 22,0 %) và LR5-54HTH-430M (21,8 %). Bảo hành 25 năm, giá 2.950.000 ₫/tấm. Nên chọn loại nào cho mái tôn ở Bình Dương?`),

  rec('chat_bg', f`Помогни ми да напиша кратко обяснение за клиента какво означава номерът от регистъра за прозрачност 482917365021-84 и защо е публичен.`),

  rec('chat_cs', f`Jak přeložit „číslo jednací MD-4829/2025-130/3" do angličtiny v dopise pro klienta? Je to číslo spisu ministerstva dopravy k novele o veřejné linkové dopravě.`),

  rec('chat_am', f`እባክህ የአውቶቡስ መስመር 12 አዲሱን የጊዜ ሰሌዳ በአማርኛ አጭር ማስታወቂያ አድርገው፦ ከጠዋቱ 6:30 እስከ ምሽቱ 9:00፣ በየ15 ደቂቃው። የማስታወቂያ ቁጥር 017/2017።`),
];
