/**
 * Held-out batch 101: hard negatives — test keys, placeholders, hashes, lot and tracking numbers,
 * masked or check-failing numbers and casual uses of "confidential", in many languages. Hand-written.
 */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const SK_TEST = tok('sk_', 'test_', '51', fill('b101n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b101n-pklive', B62, 97));
const SHA256 = fill('b101n-sha', HEX, 64);
const GITSHA = fill('b101n-git', HEX, 40);
const DIGEST = fill('b101n-digest', HEX, 64);

export const BATCH101_NEGATIVES: DraftRecord[] = [
  rec('chat', f`Our cathedral ticket shop staging site uses ${SK_TEST} — why do test payments with the 3-D Secure card still show "requires_action" forever?`),

  rec('chat_fr', f`La clé publique Stripe de la billetterie (${PK_LIVE}) doit-elle être cachée dans le code front ? Un collègue dit que c'est dangereux.`),

  rec('env_template', f`Can you document each variable in this template for the new drone ops engineers?

${amb('source_code.snippet', f`# .env.example
MAPBOX_TOKEN=<your-mapbox-secret-token>
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/flightops
TELEMETRY_BUCKET=\${TELEMETRY_BUCKET}
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`)}`),

  rec('chat_de', f`Die Missions-IDs in unserem Drohnen-Log sehen so aus: 3f8b2c71-94de-4a05-b6e1-0c7d58a2f913 und 9a1e44d0-27bc-4f38-8d65-e2b03c9f7a14. Kann ich daraus das Erstellungsdatum ablesen oder brauche ich UUIDv7?`),

  rec('release_notes', f`Flight controller firmware 4.7.2 (commit ${GITSHA})
- fixes altitude hold drift above 35 °C
- SHA-256 of fc-4.7.2.bin: ${SHA256}
Translate these release notes into Spanish for the Guatemala field team.`),

  rec('chat', f`Is it safe to pin our laundry-tracker image by digest? We deploy registry.example.org/linen/tracker@sha256:${DIGEST} at the moment.`),

  rec('chat_es_gt', f`¿Me ayudás a entender las marcas de los sacos? Dice "ICO 13/1482/0317 — Lote HUE-24-0917 — 69 kg — Cosecha 2023/24 — SHB EP". ¿Qué significa cada parte?`),

  rec('chat_en_ke', f`Auction catalogue 38/2024 Mombasa: lots 2214 to 2231 are BP1, invoice weights 65 kg per bag, average price USD 2.87/kg. Please calculate the total for 312 bags and format a summary table.`),

  rec('chat_fr_rw', f`Le lot de vaccin RR reçu à Kigali porte la mention « Lot 0F82K19, EXP 06/2025, VVM stade 1 ». Est-ce que le stade 1 du VVM signifie qu'on peut encore l'utiliser ?`),

  rec('chat_en', f`DHL tracking JD014600004827193650 shows "held at customs" for the drone spare parts from Shenzhen. What documents does Australian customs usually ask for?`),

  rec('chat_it', f`Mi serve la citazione bibliografica della guida del Duomo: "Il Duomo di Milano. Storia e arte", ISBN 978-88-370-9214-2, Milano 2019. Formato APA per favore.`),

  rec('chat_es', f`El cliente dice que le cobramos dos veces en la tarjeta terminada en 4821 (**** **** **** 4821). En el panel solo veo un cargo de 24 €. ¿Cómo le explico que el segundo es una preautorización?`),

  rec('chat_en', f`A visitor typed her card as 4929 1813 4061 7296 on the kiosk and it was rejected immediately — is the kiosk doing a Luhn check before contacting the bank? That number fails it, I checked.`),

  rec('chat_de', f`Der Lieferant hat uns die IBAN DE12 2005 0550 1284 7360 19 geschickt, aber das Banking-Portal sagt "Prüfziffer ungültig". Wie schreibe ich höflich zurück, dass sie die IBAN noch einmal prüfen sollen?`),

  rec('chat_en_au', f`I'm confident the Gold Coast hub will hit 120 deliveries a day by March. Can you help me build a simple forecast model in a spreadsheet?`),

  rec('chat_en', f`Do you have a template for a mutual confidentiality agreement with a drone parts supplier? Something short, Australian law.`),

  rec('chat_nl', f`Welke informatie is vertrouwelijk volgens de AVG als wij een lijst met wasgoedkarren per afdeling bijhouden? Er staan geen namen in, alleen afdelingscodes.`),

  rec('chat_ja', f`ドローンの機体登録記号 JU3F8K2P91Q4 と製造番号 DJI-M3E-0F7K2209 はどちらを飛行計画に書くべきですか？`),

  rec('chat_pt', f`Qual é a distância em linha reta entre LPPT e o heliporto do Hospital de Santa Maria (38.7489, -9.1603)? Preciso para planear um voo de drone com amostras de sangue.`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-19T09:42:07Z INFO  mission=SPK-0419 state=ARMED alt=0.0 soc=98
2024-11-19T09:42:31Z INFO  mission=SPK-0419 state=CLIMB alt=42.3 soc=97
2024-11-19T09:47:55Z WARN  mission=SPK-0419 link_quality=31 fallback=LTE
2024-11-19T09:48:02Z INFO  mission=SPK-0419 link_quality=78`)}
What does link_quality 31 mean, is that a percentage?`),

  rec('chat', f`Upgrading the ticketing API from Node 18.19.1 to 20.11.0 and react@18.2.0 to react@19.0.0 — any breaking changes in Next.js 14.2 I should know about?`),

  rec('chat_en', f`Which of these is the public part? I need to add the laundry server's key to authorized_keys:
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKq7v2xP9mT4rW1sL8cZ3nB6yH0dF5gA2jE9uM4vN1qR linen-backup@lavanderia-01`),

  rec('cert', f`Check the expiry of this certificate for the ticket kiosk:

-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUJ2k8qR7vX4mT1nP9bW3cZ5hL0fEwCgYIKoZIzj0EAwIw
FzEVMBMGA1UEAwwMa2lvc2stY2F0aGVkMB4XDTI0MDExNTA5MDAwMFoXDTI1MDEx
NDA5MDAwMFowFzEVMBMGA1UEAwwMa2lvc2stY2F0aGVkMFkwEwYHKoZIzj0CAQYI
-----END CERTIFICATE-----`),

  rec('chat_sv', f`RFID-taggarna i sjukhuslinnet har EPC-koder som E280 6894 0000 5012 3A7F 91C2. Kan man läsa ut tvättcykelräknaren ur den koden eller ligger den i användarminnet?`),

  rec('chat_ko', f`성당 입장권 바코드가 TKT-2024-11-08-000418 형식인데, 스캐너가 하이픈 때문에 인식을 못합니다. Code 128로 바꾸면 될까요?`),

  rec('chat_en_us', f`Our IT policy says passwords for the portfolio data room must be at least 14 characters with no reuse of the last 10. How do I explain this politely to LPs who complain?`),

  rec('chat_fi', f`Miten kirjoitan Pythonilla funktion, joka tarkistaa IBAN-numeron tarkistusnumeron? En halua käyttää ulkoista kirjastoa.`),

  rec('package_lock', f`Why does npm ci complain about this integrity?

${amb('source_code.snippet', f`"node_modules/leaflet": {
  "version": "1.9.4",
  "resolved": "https://registry.npmjs.org/leaflet/-/leaflet-1.9.4.tgz",
  "integrity": "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA=="
}`)}`),

  rec('curl_placeholder', f`The docs say to call it like this, but what goes in the header?

${amb('source_code.snippet', f`curl https://api.skyparcel.io/v2/drones \\
  -H "Authorization: Bearer YOUR_API_KEY"`)}`),

  rec('chat_pl', f`Ile kosztuje pranie 1 kg bielizny szpitalnej przy cenie wody 14,20 zł/m³, zużyciu 8 l/kg i energii 0,9 kWh/kg po 1,12 zł/kWh? Policz proszę krok po kroku.`),

  rec('chat_sw', f`Bei ya chai kwenye mnada wa Mombasa wiki hii imeshuka hadi dola 2.41 kwa kilo. Nisaidie kuandika ripoti fupi kwa wakulima wa Kericho kuhusu mwenendo wa bei.`),

  rec('chat_hu', f`Le tudnád fordítani angolra a székesegyház rövid történetét? „Az esztergomi bazilika Magyarország legnagyobb temploma, 1822 és 1869 között épült klasszicista stílusban."`),

  rec('chat_tr', f`Drone filomuzda 14 adet M350 var; her birinin bakım aralığı 200 uçuş saati. Geçen ay toplam 1.860 saat uçtuk. Bir bakım takvimi tablosu hazırlar mısın?`),

  rec('chat_ar_ma', f`بغيت نكتب إعلان للزوار ديال الكاتدرائية بالدار البيضاء: "الزيارات مغلقة يوم الأحد من 10 إلى 12 بسبب القداس". ترجمها للفرنسية والإنجليزية.`),

  rec('chat_ru', f`Какая оптимальная температура хранения зелёного кофе на складе и при какой влажности начинается плесень? Нам нужно для инструкции кладовщикам.`),

  rec('chat_uk', f`Поясніть, будь ласка, як розрахувати охоплення вакцинацією: 1 842 дитини отримали КПК-1 з 2 130 цільових. Чи правильно, що це 86,5 %?`),

  rec('invoice_neg', f`Rechnung Nr. 2024-11-0873, Kundennummer 481027, Auftrag WA-55102. Zahlbar innerhalb 14 Tagen. Bitte formuliere eine freundliche Zahlungserinnerung ohne Mahngebühr.`),

  rec('chat_ro', f`Un client ne-a trimis IBAN-ul RO12 BTRL 0130 1205 G482 71XX pentru rambursarea biletelor, dar ultimele caractere par tăiate. Cum îi cer să-l retrimită?`),

  rec('chat_en_lk', f`The estate manager asks what "BOPF", "FBOP" and "OP1" mean on the Ceylon tea grading sheet. Please explain each grade in simple English.`),

  rec('chat_da', f`Vi vil sende en nyhed om, at fondens fortrolighedspolitik er opdateret. Kan du skrive en kort tekst til hjemmesiden? Ingen tal eller navne.`),

  rec('data_uri', f`The logo in our ticket confirmation e-mail doesn't render in Outlook: <img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGklEQVR4nGNgGAWjYBSMglEwCkbBKBgFAwAAAP//AwA=" alt="logo">. Should we host it instead?`),

  rec('chat_id', f`Format nomor resi pengiriman kopi kami: JNE 0214 8820 4819 01. Pelanggan bilang tidak bisa dilacak di situs JNE, apakah ada spasi yang salah?`),

  rec('chat_hi', f`हमारे ड्रोन डिलीवरी ऐप का वर्शन 3.12.0 (build 4127) Play Store पर रिजेक्ट हो गया, कारण "background location permission"। इसका जवाब कैसे लिखें?`),

  rec('chat_el', f`Πόσα εισιτήρια πρέπει να πουλάμε ανά ώρα για να καλύψουμε το κόστος του φύλακα στον τρούλο; Κόστος 22 €/ώρα, τιμή εισιτηρίου 6 €, 30 % έκπτωση για μαθητές.`),
];
