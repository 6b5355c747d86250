/**
 * Held-out batch 36: hard negatives — text from the batch's six organisations that looks sensitive
 * and is not (tests/corpus/README.md, "Decisions on negatives"): documentation keys, test keys,
 * placeholders, masked and check-digit-failing numbers, ISINs, LEIs, IMO numbers, AIS sentences,
 * hashes, coordinates, public keys and casual "secret" / "confidential" prose. Unlabelled apart from
 * ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b36n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b36n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const SHA1 = (seed: string) => fill(seed, HEX, 40);
const CERT = pem('CERTIFICATE', 'b36n-cert', 820);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABgAAAAY${fill('b36n-png', B64, 220)}`;
const ARGON = tok('$argon2id$v=19$m=65536,t=3,p=4$', fill('b36n-argsalt', B64.replace(/[+/]/g, ''), 22), '$', fill('b36n-arghash', B64.replace(/[+/]/g, ''), 43));

export const BATCH36_NEGATIVES: DraftRecord[] = [
  rec('shell_tl', f`Para sa LocalStack lang 'to, pang-test ng flight-log uploader. Okay lang ba na naka-commit sa README yung ganitong keys?

${amb('source_code.snippet', f`$ aws configure --profile localstack
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: ap-southeast-1
Default output format [None]: json
$ aws --profile localstack --endpoint-url=http://localhost:4566 s3 mb s3://flightlogs-test
make_bucket: flightlogs-test`)}`, 'AWS documentation example keys in a LocalStack session'),

  rec('code_js', f`Ce test Jest du paiement des forfaits (auto-école) passe en local mais échoue en CI avec "api_key_expired". C'est la clé de test, elle peut expirer ?

${v('source_code.snippet', f`import Stripe from 'stripe';

const stripe = new Stripe('${STRIPE_TEST}');

test('crée une session Checkout pour le forfait 20 h', async () => {
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price: 'price_forfait_20h', quantity: 1 }],
    success_url: 'https://autoecole-meuse.be/merci',
    cancel_url: 'https://autoecole-meuse.be/forfaits',
  });
  expect(session.url).toContain('checkout.stripe.com');
});`)}`, 'a Stripe test-mode secret key: not a credential by convention; the test is pasted code'),

  rec('docker_run_ja', f`READMEの起動手順です。この書き方で、新人がそのままコピーしても動くように説明を補ってください。

${amb('source_code.snippet', f`docker run -d --name line-bot \\
  -e LINE_CHANNEL_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx \\
  -e LINE_CHANNEL_ACCESS_TOKEN=<チャネルアクセストークン> \\
  -e DB_HOST=${amb('pii.ip_address', '127.0.0.1')} -e DB_PASSWORD=changeme \\
  -e STRIPE_PUBLISHABLE_KEY=${PK_LIVE} \\
  -p 8080:8080 osaka-resort/line-bot:1.4.2`)}`, 'placeholders and a publishable key'),

  rec('receipt_bg', f`Попълни ми авансовия отчет за командировката до Бургас с тази касова бележка:

ЛУКОЙЛ БЪЛГАРИЯ ЕООД — ОБЕКТ 1187, БУРГАС
Дизел 62,40 л × 2,59 = 161,62 лв.
Карта: ************3190  ВИЗА ДЕБИТ
Код за оторизация: 482913   Терминал: 80041187
Бележка № 0042117   19.02.2025 07:48

Служебен автомобил В 4821 КА, корабостроителница → Бургас, оглед на ферибот F-42.`),

  rec('chat', f`A guest read her card number out over the phone for the hotel deposit — 4100 4067 3044 0982 — and the terminal keeps rejecting it as "invalid card number". I'm guessing she misread a digit. How do I explain that nicely without asking her to read the whole number out again on a recorded line?`, 'a card number that fails its Luhn check'),

  rec('chat_pt', f`O banco diz que este IBAN do fornecedor de sementes é inválido: PT57 0010 0000 9626 9282 4451 0. Pode ser dos dígitos de controlo? Como é que verifico sem ligar ao fornecedor?`, 'an IBAN whose check digits are wrong'),

  rec('sms_sq', f`Më erdhi ky SMS nga banka: "Llogaria juaj AL** **** **** **** **** **** 5985 u kreditua me 100 800 ALL më 28.02.2025. Ref: PAGA-SHK-0225." A përfshin kjo pagë edhe orët shtesë të shkurtit? Kam bërë 112 orë praktike me kandidatët. Më ndihmo të shkruaj një pyetje për administratën.`),

  rec('csv', f`Summarise reagent usage per lab for February:

${amb('source_code.snippet', f`lab,reagent,lot,expiry,kits_used
Dublin D'Olier,Anti-D monoclonal,LOT 24K118-03,2025-09-30,14
Dublin D'Olier,ABO/RhD cassette,LOT 25A0412,2025-11-15,61
Cork,ABO/RhD cassette,LOT 25A0412,2025-11-15,38
Cork,Antibody screen 3-cell,LOT 2502-117-B,2025-04-02,22`)}`),

  rec('chat_bg', f`Трябва ми таблица с кодовете на продуктите по ISBT 128, които използваме: E0791V00 (еритроцитен концентрат, обеднен на левкоцити), E2833V00 (прясно замразена плазма), E3090V00 (тромбоцитен концентрат, афереза). Можеш ли да добавиш и срока на годност за всеки?`),

  rec('chat', f`For the surveillance report template: list of instruments under review with ISIN and LEI of the issuer —
- Caribbean Ferries Holdings, ISIN TTP80201A001, LEI 2549001QK7TRV3XMBW87
- Harbour Bridge Logistics, ISIN HK0000167269, LEI 529900HNOAA1KXQJUQ27
Can you format this as a table with a column for "first alert date"?`, 'ISINs and LEIs carry check digits but identify instruments and companies'),

  rec('kdb_console', f`${amb('source_code.snippet', f`q)select from trades where sym=\`PLIPDECO, time within 14:50 15:00
time         sym      price qty   buyer seller
--------------------------------------------------
14:51:02.118 PLIPDECO 42.10 1200  B07   B11
14:53:47.902 PLIPDECO 42.35 800   B07   B02
14:58:11.417 PLIPDECO 43.00 2500  B07   B11`)}

Why does "within" include 15:00 exactly? I need a half-open window.`),

  rec('chat_ja', f`売買審査のアラート件数を月別にグラフにしたいです。データ：1月 1,284件、2月 1,107件、3月 1,392件。注文ID例：ORD-20250214-000918733、約定番号 T2502140041872。Excelでの作り方を教えてください。`),

  rec('chat_fr_ma', f`Pour le rapport, peux-tu m'expliquer la différence entre le code MIC XCAS, le code ISIN MA0000011843 et le ticker ? Un collègue pense que l'ISIN est un numéro de compte.`),

  rec('ais', f`Our ferry tracker drops some AIS messages. Raw NMEA from the receiver at the fitting-out quay:

${amb('source_code.snippet', f`!AIVDM,1,1,,A,13u?etPv2;0n:dDPwUM1U1Cb069D,0*24
!AIVDM,1,1,,B,13u?etPv2;0n:dDPwUM1U1Cb069D,0*27
!AIVDM,2,1,3,B,53u?etP00000<H?;?C0<4pMD0000000000000016:h<456g00000000000000,0*0F
!AIVDM,2,2,3,B,00000000000,2*26`)}

The vessel is our new build, IMO 9824710, MMSI 548021900. Why do the type 5 messages fail to decode?`, 'AIS sentences, an IMO number and an MMSI: vessel identifiers'),

  rec('chat_pl', f`Potrzebuję krótkiego opisu statku do prezentacji: prom ro-pax, nr budowy 318, IMO 9833151, długość 120,4 m, szerokość 21,0 m, 600 pasażerów, 140 samochodów, napęd LNG-elektryczny. Zrób z tego 4 punkty.`),

  rec('chat_ceb', f`Unsaon pagsulat og weld procedure summary? WPS-MMW-014 Rev.2, base metal S355J2+N, filler E71T-1C, heat no. 8K2291-04, plate 12 mm, preheat 50 °C. Palihog i-format as table.`),

  rec('git_log', f`Which of these should I cherry-pick onto release/2.4 of the donor app?

${amb('source_code.snippet', f`${SHA1('b36n-c1').slice(0, 7)} fix(slots): do not offer slots past clinic close
${SHA1('b36n-c2').slice(0, 7)} feat(sms): Bulgarian templates for reminders
${SHA1('b36n-c3').slice(0, 7)} chore(deps): bump date-fns to 3.6.0
${SHA1('b36n-c4').slice(0, 7)} fix(i18n): Cyrillic initials in donor card`)}`),

  rec('cargo_lock', f`Temos um conflito no Cargo.lock depois do merge do monitor das arcas. Qual das duas versões fico?

${amb('source_code.snippet', f`<<<<<<< HEAD
[[package]]
name = "tokio"
version = "1.42.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${SHA('b36n-ck1')}"
=======
[[package]]
name = "tokio"
version = "1.43.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${SHA('b36n-ck2')}"
>>>>>>> feature/histerese`)}`),

  rec('checksum', f`Firmware for the spray drones — the SHA-256 I get doesn't match the one on the vendor page, should I worry?

Vendor: ${SHA('b36n-fw1')}  agrovoo-fc-4.5.7.apj
Mine:   ${SHA('b36n-fw2')}  agrovoo-fc-4.5.7.apj

Downloaded over the farm's satellite link, could be truncated.`),

  rec('params', f`${amb('source_code.snippet', f`# ArduPilot params — spray hexacopter FH-07
FRAME_CLASS,2
SPRAY_ENABLE,1
SPRAY_PUMP_RATE,25
SPRAY_SPEED_MIN,200
SERVO9_FUNCTION,22
BATT_CAPACITY,22000
FENCE_ALT_MAX,30
WPNAV_SPEED,500`)}

Is 5 m/s too fast for spraying rice? Spray drifts a lot.`),

  rec('chat_tl', f`Eto yung mga corner ng palayan sa Cabanatuan para sa flight plan: 15.4861, 120.9672 / 15.4869, 120.9701 / 15.4843, 120.9708 / 15.4838, 120.9679. Mga 3.2 hectares daw. Tama ba yung computation?`),

  rec('chat_uz', f`Dron seriya raqami FH07-2024-00318, proshivka 4.5.7, parvoz jurnali 00000142.BIN. Parvoz 14:02 dan 14:31 gacha, 28 daqiqa. Batareya 22 000 mAh, 41% qoldi. Shu ma'lumotlardan qisqa hisobot tuzing.`),

  rec('chat_sq', f`Sa pikë duhet për të kaluar testin teorik të kategorisë B? Kandidati ka 36 nga 40, testi nr. 2025-TR-004187, automjeti i praktikës AA 482 KB. Shkruaj një mesazh përgëzimi.`),

  rec('chat_az', f`Sürücülük imtahanı nəticələri: nəzəri hissə 18/20, praktiki hissə 2 səhv. Avtomobil 10-XY-482, marşrut №3 (Nərimanov). Tələbəyə təbrik mesajı yaz, amma praktik səhvləri də qeyd et.`),

  rec('chat_nl', f`Ik wil een geheime vriend-actie organiseren voor de instructeurs van de rijschool (budget SRD 300). Schrijf een leuke uitnodiging. Het is geen geheim dat Kevin altijd te laat is, dus zet de deadline een week eerder.`),

  rec('chat_fr_be', f`Notre parc a des jetons pour les jeux d'arcade (1 jeton = 2 €). Le mot de passe du Wi-Fi invités n'existe pas, c'est un portail captif. Peux-tu écrire un panneau en français et en néerlandais qui explique ces deux points ?`),

  rec('chat_ceb', f`Himoi kog short nga paalala para sa mga foreman: gamiton ang Bitwarden para sa tanang password sa yard, ayaw i-send ang password sa Viber o Messenger, ug kung naa kay bag-ong account, ang IT ra ang mag-set sa unang password. English ug Bisaya, palihog.`),

  rec('chat_ja', f`機密保持契約（NDA）のひな形を、協力会社向けにやさしい日本語で説明してください。「秘密情報」の定義と、契約終了後も何年守る必要があるか、の2点を中心にお願いします。`),

  rec('chat_pl', f`Jak wytłumaczyć nowym pracownikom różnicę między poufnością danych dawców a anonimowością w przypadku przeszczepów? Chodzi o szkolenie, bez konkretnych przypadków.`),

  rec('chat', f`Quiz question for the park's staff newsletter: the "secret menu" at the Lantau food court — is it a good marketing idea or does it just confuse guests? Give me pros and cons, light tone.`),

  rec('chat_bg', f`Каква е разликата между "поверителна информация" и "класифицирана информация" според българското законодателство? Трябва ми за обучение на новите служители в корабостроителницата, кратко.`),

  rec('k8s', f`The Kubernetes secret gets created but the password key is empty. ExternalSecret for the kdb gateway:

${amb('source_code.snippet', f`apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: kdb-gw-creds
  namespace: surveillance
spec:
  refreshInterval: 1h
  secretStoreRef: { name: vault-backend, kind: ClusterSecretStore }
  target: { name: kdb-gw-creds }
  data:
    - secretKey: KDB_USER
      remoteRef: { key: surveillance/kdb-hdb, property: username }
    - secretKey: KDB_PASSWORD
      remoteRef: { key: surveillance/kdb-hdb, property: pasword }`)}`),

  rec('gitlab_ci_pl', f`Czy zamaskowana zmienna $SFTP_PASSWORD pojawi się w logu joba, jeśli lftp wypisze błąd logowania?

${amb('source_code.snippet', f`wyslij_rysunki:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache lftp
    - lftp -u "$SFTP_USER,$SFTP_PASSWORD" "sftp://$SFTP_HOST" -e "mirror -R dist/ /rysunki/318; bye"
  rules:
    - if: $CI_COMMIT_BRANCH == "main"`)}`),

  rec('email_draft', f`Draft the cover e-mail to the member brokers: from 1 April our surveillance alerts are signed, and their SFTP drop uses our new host key. Both are below, they should install them:

Alert-signing certificate:
${CERT}

SFTP host key:
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b36n-sshpub', B64, 43)} sftp-surv@ttse`, 'a certificate and an SSH public key: public by design'),

  rec('html_bg', f`Gmail не показва логото в бюлетина за кръводарителите, Outlook го показва. Защо?

${amb('source_code.snippet', f`<table role="presentation" width="100%">
  <tr>
    <td align="center">
      <img src="data:image/png;base64,${PNG_B64}" width="120" alt="Дари кръв — спаси живот">
    </td>
  </tr>
</table>`)}`),

  rec('wiki_pt', f`Podes rever esta página da wiki e torná-la mais clara para os técnicos de campo?

## Gateway MQTT — configuração
- \`host\`: mqtt.agrovoo.io, porta 8883 (TLS)
- \`username\`: gw-<id-do-gateway>
- \`password\`: "<definida no Vault em gateways/<id>>" — nunca escrever aqui
- \`token\`: \${MQTT_TOKEN}
- Exemplo de URL: mqtts://gw-<id>:<senha>@mqtt.agrovoo.io:8883`),

  rec('chat_nl', f`Bij de audit van het boekingssysteem zagen we in de tabel gebruikers de kolom wachtwoord_hash met waarden als ${ambCat('credential', ARGON)}. Is dat een probleem als er ooit een databasedump uitlekt? Een collega wil terug naar MD5 "omdat het sneller is".`, 'a password hash: sensitive, but no rule claims it (ambiguous, no rule id)'),

  rec('sql_az', f`Bu sorğunu tranzaksiyaya salmaq lazımdırmı? Dərs cədvəlindən ilişib qalmış slotları silirəm:

${amb('source_code.snippet', f`DELETE FROM ders_slotlari
WHERE id IN ('3f8a2c71-9e04-4b6d-a1c5-7d20e9b84f16',
             'b61d09e4-27fa-4c83-9b52-e4a0c7d13f98',
             '0c94e7b2-5a1f-4d3e-8f60-2b7d91a4c5e3')
  AND status = 'pending';`)}`),

  rec('chat', f`For the staff training video we need a pretend guest phone number on screen. Can we just use ${amb('pii.phone', '+1 206 555 0142')}? I read the 555-01xx range is reserved for fiction.`),

  rec('qa_checklist_pt', f`Checklist de testes da loja de bilhetes (Lisboa), ambiente de homologação — podes passar a tabela?
1. Pagamento aprovado: Visa ${amb('financial.payment_card', '4111 1111 1111 1111')}, validade qualquer data futura, CVC 123
2. Pagamento aprovado Mastercard: ${amb('financial.payment_card', '5555 5555 5555 4444')}
3. MB WAY: número de teste fornecido pelo PSP
4. Recusa por saldo: cartão de teste "insufficient funds" da documentação`, 'well-known test card numbers: ambiguous'),

  rec('chat_pt', f`Preciso de um resumo da encomenda: guia de remessa GR 2025/0318, encomenda n.º 4500021873, fatura FT 2025/0142, tracking CTT EA 482 193 607 PT. Data prevista de entrega: 24/02. Escreve um e-mail curto ao cliente a dizer que já foi expedido.`),

  rec('chat_fr_ci', f`Le planning des collectes de mars : 03/03 Cocody, 07/03 Yopougon, 12/03 Bouaké, 19/03 Korhogo, 26/03 San-Pédro. Objectif 350 poches par collecte, véhicule frigorifique n° 4127 AB 01. Fais-moi un tableau avec les jours de la semaine.`),

  rec('log', f`${amb('source_code.snippet', f`2025-02-18T06:00:01.004Z INFO  waittime-sync run_id=7d2c4f90-1b3e-4a58-9c61-e0f5a7b28d34 rides=42 updated=39 skipped=3
2025-02-18T06:00:01.318Z WARN  waittime-sync ride=B2 status=DOWN since=05:47 reason=sensor_timeout
2025-02-18T06:00:01.322Z INFO  waittime-sync published topic=park/lantau/waits bytes=3184 latency_ms=41`)}

Why do 3 rides get skipped every morning at 06:00?`),

  rec('chat_ja', f`パークの身長制限の表示を英語にしてください。「ジェットコースターB2：身長122cm以上、ログフルーム：107cm以上（107〜122cmは保護者同伴）、ティーカップ：制限なし」。案内番号は 2025-OSK-G-0142 です。`),

  rec('chat', f`Our Halloween Nights capacity model: 1,800 guests per 30-min entry slot, 12 slots, average spend €31.40, conversion on the upsell 18%. What's the expected upsell revenue per night? Show the working.`),

  rec('chat_pt_mz', f`O sensor de humidade do solo na parcela 12 de Chókwè mostra 0.184 m³/m³ às 06:00 e 0.121 às 15:00. Referência do sensor SM-150-00418, firmware 2.3.1. É normal cair tanto num dia quente?`),

  rec('chat', f`Can you turn this into a short paragraph for the annual report? "In 2024 the service collected 138,412 whole-blood donations, issued 121,906 red-cell units and facilitated 96 deceased-donor organ retrievals. Donor panel: 84,211 active donors, 11.2% first-time."`),
];
