/**
 * Held-out batch 78: hard negatives — folios with masked cards, vessel and contract identifiers,
 * lab values, well data, placeholders, test keys, public keys, hashes, invalid check digits and
 * casual uses of "secret" and "confidential" (tests/corpus/README.md, "Decisions on negatives").
 * Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const ip = (s: string) => amb('pii.ip_address', s);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const SHA = (seed: string) => fill(seed, HEX, 64);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b78n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b78n-pklive', B62, 97));
const OPC_CERT = pem('CERTIFICATE', 'b78n-opc', 820);
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b78n-sshpub', B64, 43)} pihist-02-contractor`;
const BCRYPT = tok('$2y$10$', fill('b78n-bcrypt', B62 + './', 53));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAYAAADgdz34${b64Bytes('b78n-png', 240)}`;

export const BATCH78_NEGATIVES: DraftRecord[] = [
  rec('folio_receipt', f`Could you translate this folio summary into German for a guest?

MS AURELIA STAR — FINAL FOLIO
Cabin 8142 · Folio F-AUST-204431 · Voyage AS2441 (12 nights)
Beverage package: USD 1,068.00
Spa: USD 234.00
Shore excursions: USD 389.00
Gratuities: USD 216.00
Settled to Visa ending •••• 4409 on 14 Oct 2024
Booking reference: AS7Q2K9`),

  rec('form_template', f`Make this crew sign-on form template easier to fill in on a phone:

SURNAME: ______________  GIVEN NAMES: ______________
DATE OF BIRTH: DD/MM/YYYY
PASSPORT NO.: __________  EXPIRY: DD/MM/YYYY
SEAMAN'S BOOK NO.: __________
MOBILE (with country code): +__ ___ ___ ____
BANK (IBAN): ____ ____ ____ ____ ____ __`),

  rec('env_example', f`Write a README section explaining each variable for the folio bridge:

${cfg(f`# .env.example — copy to .env and fill in
PMS_PROPERTY=XXXX
OHIP_CLIENT_ID=<client id from the OHIP portal>
OHIP_CLIENT_SECRET=<your-ohip-client-secret>
FOLIO_DB_URL=postgresql://USER:PASSWORD@HOST:5432/folios
SLACK_WEBHOOK_URL=\${SLACK_WEBHOOK_URL}
NIGHT_AUDIT_CRON=0 3 * * *`)}`),

  rec('chat_nb', f`Kan du sette opp en tabell over skipene våre med disse dataene?
Aurelia Star — IMO 9784512, MMSI 257482000, kallesignal LAXS7, flagg Norge, 148 200 GT
Aurelia Tide — IMO 9821430, MMSI 257619000, kallesignal LATD4, flagg Norge, 151 600 GT
Neste dokking: Aurelia Tide i Hamburg, uke 9.`),

  rec('chat_es', f`Un pasajero nos escribió su tarjeta para pagar un suplemento pero creo que se equivocó al copiarla: 4916 2738 0519 4627. El TPV dice "número inválido". ¿Cómo le pido que la vuelva a enviar sin que la mande por chat?`, 'Luhn-failing card number'),

  rec('gift_voucher', f`Guest can't redeem an onboard spa voucher: code 5012 8840 2219 3376, printed on the back of the card they got as a retirement present. Front desk says "unknown voucher". Who should they contact — the spa concession or guest services?`, 'voucher number in a card range that fails the Luhn check: a negative'),

  rec('lab_de', f`Kannst du diese Laborwerte für den Patientenbrief in verständliche Sprache übersetzen (ohne Namen, nur Werte)?
Kalium 5,8 mmol/l (Ref. 3,5–5,1)
Phosphat 1,9 mmol/l (Ref. 0,8–1,5)
Kreatinin 7,2 mg/dl
Harnstoff vor/nach Dialyse 142/41 mg/dl
Hb 10,6 g/dl, Ferritin 412 ng/ml
Kt/V 1,38 — URR 71 %`),

  rec('device_fr', f`Récapitule l'état du parc de générateurs de dialyse pour la réunion technique :

Générateur 5008S — n° série 8SA4A27193 — firmware 4.62 — dernière maintenance 03/09/2024
Générateur 5008S — n° série 8SA4A31846 — firmware 4.58 — maintenance due 11/2024
Osmoseur — contrat SAV 2024-OSM-0117 — intervention 7c41e0b2-93d5-4a6f-8b1e-2f09c4d7a518`),

  rec('hl7', f`This ORU message from the lab fails validation in Mirth ("OBX-5 missing"). What's wrong with it?

${cfg(f`MSH|^~\\&|LIS|LABO_GENT|MIRTH|RAVELA|20241030074115||ORU^R01|MSG00418|P|2.5
PID|1||TEST0001^^^RAVELA||TESTPATIENT^ANONIEM||19000101|U
OBR|1||LAB88213|2823-3^Potassium^LN|||20241030063000
OBX|1|NM|2823-3^Potassium^LN||5.8|mmol/L|3.5-5.1|H|||F
OBX|2|NM|2777-1^Phosphate^LN|||mmol/L|0.8-1.5||||F`)}`),

  rec('chat_nl', f`We willen een wachtwoordbeleid voor de dialyseafdeling: minimaal 12 tekens, geen verplichte wissel elke 90 dagen, wel MFA op de werkstations bij de stoelen. Kun je er een korte instructie voor verpleegkundigen van maken? Geen voorbeeldwachtwoorden erin alsjeblieft.`),

  rec('chat_en_gb', f`The patient transport portal rejects NHS number 401 827 3658 as invalid. I copied it from the referral letter — can you explain how the check digit works so I can tell whether the GP surgery made a typo?`, 'NHS number failing its mod-11 check'),

  rec('contract_specs', f`Build me a small cheat-sheet table from these contract specs:
CBOT Wheat (ZW): 5,000 bu, tick 1/4 ¢/bu = USD 12.50, months H K N U Z
Matif Milling Wheat (EBM): 50 t, tick EUR 0.25/t = EUR 12.50
LME Copper: 25 t lots, prompt dates daily to 3M, then weekly to 6M
LME Aluminium: 25 t, ISIN-style codes not used — contract code AHD`),

  rec('swift_ack', f`What does this MT199 from the confirming bank mean for our LC? Plain English please.

${cfg(f`{1:F01${amb('financial.swift_bic', 'KESTNL2RAXXX')}0000000000}{2:O1991123241104${amb('financial.swift_bic', 'TGBATRISAXXX')}00000000002411041123N}{4:
:20:KCLC-24-0917
:21:NONREF
:79:WE REFER TO YOUR LC KCLC-24-0917. DOCUMENTS PRESENTED 01NOV24
ARE DISCREPANT: PHYTOSANITARY CERTIFICATE DATED AFTER B/L DATE.
PLS ADVISE IF APPLICANT WAIVES. UETR 8e2c41d7-5b90-4f36-a1c8-37d9e0b62f15
-}`)}`),

  rec('shipping_docs', f`Check that these shipping references are consistent before we submit the documents:
B/L No.: KSTR24NVR0917
Vessel: MV Helena Bulker, IMO 9412837
Containers: MSCU7394012, MSCU7394028 (no — bulk, ignore these, copy-paste from last month)
Seals: 0487213, 0487214
Phytosanitary cert.: UA-PH-2024/88172
Weight: 10,000.000 MT net`),

  rec('excel', f`Warum gibt diese Formel #NV zurück? ${cfg(f`=SVERWEIS(A2;Kontrakte!$A$2:$F$400;4;FALSCH)`)}
A2 enthält 24-ZW-H25-0412, in der Kontrakte-Tabelle steht 24-ZW-H25-412. Trade-ID im Risiko-System: 7841029384756102.`),

  rec('chat_nl', f`Klopt dit IBAN van de makelaar? NL93 XSDL 9319 1832 51 — onze bank-app zegt "controlegetal onjuist". Moet ik ze bellen of is het een typefout van mijn kant?`, 'IBAN with a wrong check digit'),

  rec('admob_ids', f`광고 단위 ID 정리 좀 해 줘. 표로 만들어 주세요.
Android 앱 ID: ca-app-pub-6618304729150283~4729105836
배너: ca-app-pub-6618304729150283/1048273950
보상형(부활): ca-app-pub-6618304729150283/5593017284
iOS 보상형: ca-app-pub-6618304729150283/8820461937`),

  rec('env_test', f`${cfg(f`# webshop/.env.test — committed on purpose, Stripe test mode
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
TEST_CARD=${amb('financial.payment_card', '4242 4242 4242 4242')}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/shop_test`)}

Can the integration tests run against this in CI without touching real money?`),

  rec('sql_hashes', f`Ang query na ito ay para sa audience export sa ad network — naka-SHA-256 na ang emails. Tama ba ang pag-normalize?

${cfg(f`SELECT player_id,
       TO_HEX(SHA256(LOWER(TRIM(email)))) AS hashed_email
FROM players
WHERE consent_ads = TRUE;

-- sample output
-- PM-1001 | ${SHA('b78n-h1')}
-- PM-1002 | ${SHA('b78n-h2')}`)}`),

  rec('package_lock', f`${cfg(f`"node_modules/applovin-max-sdk-bridge": {
  "version": "3.2.1",
  "resolved": "https://registry.npmjs.org/applovin-max-sdk-bridge/-/applovin-max-sdk-bridge-3.2.1.tgz",
  "integrity": "sha512-${fill('b78n-int', B64, 86)}==",
  "dependencies": { "eventemitter3": "^5.0.1" }
}`)}
npm ci says the integrity check failed — is the lockfile corrupted?`),

  rec('release_notes_ja', f`リリースノートを英語にしてください：
- クライアント 3.8.1（ビルド 20241101.4）
- サーバーイメージ ghcr.io/pixelmoth/match-api@sha256:${SHA('b78n-dig')}
- コミット 9f3e2a1c7b5d48e0a6c1f92b3d7e8a4c5f0b6d21 を含む
- Unity 2022.3.42f1 → 2022.3.51f1`),

  rec('minified_js', f`Crash reporter points into this bundle of the web version, what is it doing?

${cfg(f`!function(){"use strict";var e=window.__pm||{};function t(t,n){var r=e.q=e.q||[];r.push([t,n,Date.now()]),r.length>50&&o()}function o(){var t=e.q.splice(0);navigator.sendBeacon&&navigator.sendBeacon("/ev",JSON.stringify(t))}window.addEventListener("pagehide",o),e.track=t,window.__pm=e}();`)}`),

  rec('css_data', f`The gem icon looks pixelated on the store page. Is it the inline image?

${cfg(f`.gem-icon { width: 24px; height: 24px; background-image: url("data:image/png;base64,${PNG_B64}"); }`)}`),

  rec('gha', f`${cfg(f`- name: Upload to Play
  uses: r0adkll/upload-google-play@v1
  with:
    serviceAccountJsonPlainText: \${{ secrets.PLAY_SERVICE_ACCOUNT_JSON }}
    packageName: games.pixelmoth.mothmerge
    releaseFiles: app/build/outputs/bundle/release/app-release.aab
    track: internal`)}
Does the secret need to be base64-encoded or raw JSON?`),

  rec('docs', f`Rewrite this onboarding paragraph for new game-backend devs:

"Create a personal token in GitHub (Settings → Developer settings). It looks like ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx. Put it in ~/.npmrc as //npm.pkg.github.com/:_authToken=YOUR_TOKEN_HERE and never commit that file."`),

  rec('union_form', f`Gawin mo ngang mas malinaw ang membership form na ito:

Pangalan: ____________________
Petsa ng kapanganakan: MM/DD/YYYY
SSS No.: 00-0000000-0
Numero ng telepono: 09XX XXX XXXX
Lagda: ____________________`),

  rec('chat_en_za', f`For our shop-steward training: why does a strike ballot have to be secret, and what's the difference between a secret ballot and a confidential one? Keep it simple, some stewards are new.`),

  rec('chat', f`I've forgotten the password for the union office Wi-Fi again and the sticker on the router is gone. What's the least painful way to reset it without kicking the printer off the network?`),

  rec('ballot_sv', f`Sammanfatta resultatet av strejkomröstningen till ett pressmeddelande:
Röstberättigade: 4 812
Avgivna röster: 3 977 (82,6 %)
Ja: 3 104 (78,0 %) · Nej: 801 · Blanka: 72
Styrelsen beslutar om varsel 18 november kl. 10.00.`),

  rec('dues_pl', f`Policz mi proszę, ile wynosi zaległość: składka 38,40 zł miesięcznie, nieopłacone miesiące: 03/2024, 04/2024, 07/2024. Numer legitymacji członkowskiej 0041-2271, koło nr 14 Port Gdynia.`),

  rec('chat_en_us', f`A member filled in the arrears form with SSN 000-48-2719 and payroll rejected it. Is an SSN starting with 000 ever valid, or should we ask him to check his card?`, 'SSN with area 000: invalid'),

  rec('well_csv_is', f`Geturðu teiknað hitaferil fyrir holu HV-14 út frá þessum gildum?

${cfg(f`dypi_m;hiti_C;thrystingur_bar
500;212;38.4
1000;268;71.9
1500;301;108.2
2000;318;146.7
2400;322;178.3`)}
Hnit holutopps: 64.0372, -21.4019.`),

  rec('pi_tags', f`Help me group these PI tags by unit for the historian migration:
HVH.U1.TURB.STEAM_FLOW.PV — WebId F1DPmN2wq8nKZUS8RsdgbXy7AQbAEAAASFZIT0xUXFBJLVUxLVRVUkI
HVH.U2.COND.VACUUM.PV — WebId F1DPmN2wq8nKZUS8RsdgbXy7AQbgEAAASFZIT0xUXFBJLVUyLUNPTkQ
HVH.WELL.HV14.WHP.PV — WebId F1DPmN2wq8nKZUS8RsdgbXy7AQbwEAAASFZIT0xUXFdFTEwtSFYxNA
Last good value timestamps: 2024-11-03T23:59:50Z.`),

  rec('opc_cert', f`The OPC UA client rejects the server certificate of the DCS gateway. This is the server's public certificate — is it expired or is the hostname wrong?

${OPC_CERT}`),

  rec('ssh_pub', f`Contractor sent their public key for the historian jump host, can you write the authorized_keys line with from= restricted to their office?

${SSH_PUB}
Office egress: ${ip('157.157.48.21')}`),

  rec('modbus_map', f`Write a Python dict for this Modbus register map of the wellhead RTU:
0x0064 (40101) WHP float32 bar(g)
0x0066 (40103) WHT float32 °C
0x0068 (40105) Valve position uint16 0–1000 ‰
0x0069 (40106) Alarm word bitfield
Slave id 12, 19200 8N1 on the serial side, Modbus TCP on port 502 at ${ip('10.20.40.12')}.`),

  rec('fortigate', f`Help me document this tunnel config for the contractor access (without changing it):

${cfg(f`config vpn ipsec phase1-interface
    edit "ctr-borholt"
        set interface "wan1"
        set peertype any
        set proposal aes256-sha256
        set remote-gw ${ip('85.220.17.94')}
        set psksecret ENC ********
    next
end`)}`),

  rec('chat_hi_en', f`Bhai mera train ka PNR 4829173605 hai, Pune se Chennai, 14 Nov. Dialysis appointment 15 ko subah hai Chennai centre pe. Coach B3, seat 41. Agar train late hui toh appointment shift karwana padega — hospital ko kya message bhejun?`),

  rec('chat_vi', f`Đơn hàng tai nghe cho đội QA: mã đơn 2411038827, vận đơn GHN LGXT4Q9K7, dự kiến giao 06/11. Nhờ bạn viết email nhắc nhà cung cấp giao đúng hẹn.`),

  rec('chat_ar', f`عندي سؤال عن برنامج تلفزيوني: المسلسل اسمه "ملف سري للغاية" وكل حلقة عن ميناء مختلف. بدي ملخص قصير للحلقة الأولى حتى أحطّو بنشرة النقابة الترفيهية.`),

  rec('chat_zh', f`“机密计算”（confidential computing）和普通的磁盘加密有什么区别？我们地热电站的数据平台供应商一直在推这个功能，值得买吗？`),

  rec('aws_docs', f`I'm writing the internal wiki page for the folio archive. Is it fine to show the credentials file format with AWS's own sample values, like aws_access_key_id = AKIAIOSFODNN7EXAMPLE and aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, or will the scanner block the page?`),

  rec('tv_script', f`Our union's training video needs a fake hotline on screen. Is ${amb('pii.phone', '(212) 555-0143')} safe to use, or could it belong to someone? The UK version will show ${amb('pii.phone', '07700 900418')}.`),

  rec('bcrypt', f`Old members' portal stored passwords like ${ambCat('credential', BCRYPT)}. We're migrating to the new CiviCRM portal — can we import these hashes or do members need to reset?`, 'a password hash: ambiguous, no rule id'),

  rec('chat_th', f`ช่วยทำตารางเวรพยาบาลไตเทียมเดือนธันวาคมให้หน่อย: กะเช้า 06:30–14:30, กะบ่าย 14:00–22:00, วันหยุด 5 และ 10 ธันวาคม, ห้อง HD-1 ถึง HD-4, เตียงละ 2 รอบต่อวัน`),

  rec('chat_mn', f`Манай тоглоомын сервер Улаанбаатарт 2 ширхэг: build 2024.11.02-rc3, Node 22.11.0, PostgreSQL 16.4. Ачааллын тест 5 000 зэрэг тоглогчтой хийхэд p95 хоцрогдол 180 ms гарсан. Энэ сайн үзүүлэлт үү?`),

  rec('chat_he', f`אני צריך רשימת ספרים להדרכת ועדי עובדים: ISBN 978-965-07-2214-3, ISBN 978-965-545-118-6, ו-ISSN 0793-1654 של כתב העת. תוכל לסדר לפי נושא?`),
];
