/**
 * Held-out batch 54: hard negatives — container and vessel numbers, lab results, library barcodes,
 * store order ids, placeholders, test keys, public keys, checksums and casual wording, from the six
 * workplaces of this batch (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart
 * from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const SHA = (seed: string) => fill(seed, HEX, 64);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b54n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b54n-pklive', B62, 97));
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b54n-sshpub', B64, 44)} edi@norvale-lines`;
const PGP_PUB = `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEZ${fill('b54n-pgppub0', B64, 59)}\n${fill('b54n-pgppub1', B64, 64)}\n${fill('b54n-pgppub2', B64, 40)}\n=${fill('b54n-pgppubcrc', B64, 4)}\n-----END PGP PUBLIC KEY BLOCK-----`;
const CERT = pem('CERTIFICATE', 'b54n-cert', 780);
const BCRYPT = tok('$2y$', '10$', fill('b54n-bcrypt', B62 + './', 53));

export const BATCH54_NEGATIVES: DraftRecord[] = [
  // ---- shipping line ----
  rec('chat', f`Customer says the container numbers on his arrival notice are wrong. Can you check the check digits for me? NVLU 482913 5, TGHU 738105 6, HLXU 118274 5, TCNU 502872 6. He also mentions seal numbers 2281734 and 2281735 and VGM 27,480 kg / 29,115 kg.`),

  rec('email_da', f`Hej Anders,

Booking NVL2411AAR04417 er bekræftet på M/V Norvale Horizon (IMO 9784219, MMSI 219028374, kaldesignal OZKN2), rejse 447W. ETD Aarhus 02.12 kl. 22:00, ETA Gdańsk 04.12. Cut-off for VGM er 30.11 kl. 12:00.

Kan du lave en kort engelsk version til kunden?`),

  rec('edifact', f`Why does the terminal reject this BAPLIE? They say "LOC segment invalid".

${amb('source_code.snippet', `UNB+UNOA:2+NORVALE+DKAAR+241128:0930+4827'
UNH+1+BAPLIE:D:95B:UN:SMDG22'
BGM++4827+9'
DTM+137:2411280930:201'
TDT+20+447W+++NVL:172:20+++OZKN2:103::NORVALE HORIZON'
LOC+147+0020682::5'
EQD+CN+NVLU4829135+45G1:102:5++5'
MEA+WT++KGM:27480'
LOC+9+DKAAR'
LOC+11+PLGDN'
UNT+10+1'
UNZ+1+4827'`)}`),

  rec('chat_tr', f`Müşterimizin gümrük beyannamesinde GTİP kodları karışmış. 0406.90.21.00.00 (kaşar peyniri), 0402.21.19.00.11 (süt tozu) ve 8418.69.00.90.00 (soğutma ekipmanı) doğru mu? Konteyner: NVLU 204718 4, konşimento NVLMER2410337.`),

  rec('chat_ru', f`Составь, пожалуйста, на английском краткую справку о судне для фрахтователя:

т/х «Norvale Aurora», ИМО 9482732, флаг Дания, построен 2011, валовая вместимость 40 541, дедвейт 50 870 т, вместимость 4 250 TEU, из них 500 рефрижераторных розеток. Главный двигатель MAN B&W 7K90ME-C, 36 560 кВт. Скорость 21,5 уз.`),

  rec('table_uk', f`Переклади англійською таблицю зарплат для нового контракту (USD на місяць, базова + овертайм):

Капітан — 11 800
Старпом — 8 950
Старший механік — 11 400
Другий механік — 8 700
Електромеханік — 5 600
Боцман — 2 480
Матрос 1 кл. — 1 950`),

  rec('chat_ka', f`გთხოვ, ეს გრაფიკი ინგლისურად გადათარგმნე: ბათუმის პორტში გემი შემოვა 3 დეკემბერს 06:30-ზე, ტვირთის ოპერაციები 07:00-დან 19:00-მდე, გასვლა 4 დეკემბერს 02:00-ზე. ნავმისადგომი №5, ბუქსირი 2 ერთეული.`),

  rec('chat_si', f`මෙම වැටුප් පරිමාණය ඉංග්‍රීසියට පරිවර්තනය කරන්න: බෝසන් – මසකට ඩොලර් 2,480, AB – ඩොලර් 1,950, OS – ඩොලර් 1,420, කුක් – ඩොලර් 2,100. අතිකාල පැයකට ඩොලර් 12.50.`),

  rec('chat', f`SFTP host key changed warning when we connect to the terminal. They sent us their new server public key and our key to whitelist is this — it's fine to paste these in the ticket, right?

${SSH_PUB}

Server fingerprint: SHA256:${fill('b54n-fp', B64, 43)}`),

  // ---- hospice charity ----
  rec('receipt', f`Can you tidy up this donation receipt template? The finance team says the layout is confusing.

St Colmcille Hospice – Registered charity no. 1084721 (England & Wales), SC048217 (Scotland)
Donation received: £25.00 on 14/11/2024
Paid by: Visa Debit •••• 9776
Transaction ref: DON-2024-118273
Gift Aid declaration ref: GAD-0048192 (claim value £6.25)
Thank you for supporting care in your community.`),

  rec('med_chart', f`Please turn this anticipatory medicines list into a table (drug, dose, route, indication). It's a template, no patient details:

- Morphine sulfate 2.5–5 mg SC 2–4 hourly PRN (pain/breathlessness)
- Midazolam 2.5–5 mg SC hourly PRN (agitation), max 30 mg/24 h
- Levomepromazine 6.25 mg SC 8 hourly PRN (nausea)
- Glycopyrronium 200 micrograms SC 4 hourly PRN (secretions)
ICD-10 codes used on the unit: C61, C34.9, G12.2, Z51.5`),

  rec('form_template', f`Make this referral form template accessible (labels, hints):

Patient name: ____________________
NHS number: ___ ___ ____
Date of birth: DD/MM/YYYY
National Insurance number (if known): QQ 12 34 56 C
Next of kin phone: ________________
GP practice code: _______`),

  rec('training', f`Write three practice call scripts for new supporter-care volunteers. Use made-up callers only, and use our training numbers from the drama range like ${amb('pii.phone', '07700 900417')} — never real ones.`, 'Ofcom drama-range number: ambiguous'),

  rec('chat_gd', f`Sgrìobh sanas goirid ann am Beurla airson na cuairt-litreach: bidh an Coiseachd Meadhan-oidhche air 14 Ògmhios 2025, a' tòiseachadh aig 22:00 bho Thalla a' Bhaile. Cosgais clàraidh £20, agus £10 do dh'oileanaich. Tha 312 air clàradh mu thràth.`),

  rec('chat', f`I accidentally typed the wrong NHS number into the audit spreadsheet: 192 646 0651. Excel's validation formula flagged it as invalid — can you explain how the NHS number check digit works so I can show the team?`, 'NHS number failing mod-11'),

  // ---- immigration law ----
  rec('template', f`Tidy this precedent letter; the square brackets are placeholders and must stay:

Dear [Caseworker],
Re: [Client full name], DOB [DD/MM/YYYY], passport no. [●], UAN [XXXX-XXXX-XXXX-XXXX]
We act for the above-named in connection with the application submitted on [date]. Please find enclosed the documents listed in Annex A.`),

  rec('chat_ur', f`برطانیہ کے اسکلڈ ورکر ویزا کی فیس اور ہیلتھ سرچارج کا حساب بتا دیں: تین سال کا ویزا، درخواست برطانیہ سے باہر سے، فیس £719، ہیلتھ سرچارج £1,035 سالانہ۔ بیوی اور ایک بچے کے لیے بھی۔`),

  rec('chat_pa', f`ਸਪਾਊਸ ਵੀਜ਼ਾ ਲਈ ਅੰਗਰੇਜ਼ੀ ਭਾਸ਼ਾ ਦੀ ਸ਼ਰਤ ਕੀ ਹੈ? ਕੀ IELTS Life Skills A1 ਕਾਫ਼ੀ ਹੈ ਜਾਂ B1 ਚਾਹੀਦਾ ਹੈ? ਕਲਾਇੰਟ ਦਾ ਸਕੋਰ ਸਪੀਕਿੰਗ 5.5, ਲਿਸਨਿੰਗ 6.0 ਹੈ।`),

  rec('chat_hy', f`Կարո՞ղ ես բացատրել Մեծ Բրիտանիայի Skilled Worker և Global Talent վիզաների տարբերությունը։ Հաճախորդը ծրագրավորող է, աշխատավարձը՝ տարեկան £48,000։`),

  rec('chat_az', f`Müştəri doğum şəhadətnaməsinin apostilli tərcüməsini göndərib. Ev Ofisi üçün tərcümədə hansı məlumatlar olmalıdır: tərcüməçinin adı, tarix, "true and accurate translation" ifadəsi? Qısa siyahı yaz.`),

  rec('chat', f`Our firm publishes this key so clients can send documents encrypted. Someone in IT said never to paste keys into ChatGPT — does that apply to this one? I want help writing the instructions page.

${PGP_PUB}`),

  rec('chat_en_ng', f`Please what is the difference between BVN and NIN for a client applying from Nigeria? The visa application centre in Lagos asked for "bank statements showing BVN" and I don't want to ask the client for anything we don't need. No numbers please, just the explanation.`),

  // ---- mobile game publisher ----
  rec('chat', f`Reconciling store refunds. Our DB has Apple transaction IDs like 2000000748291637 and 2000000748291645, and Google orders like GPA.3371-4829-1736-51829 and GPA.3391-0274-8815-20736. Write a SQL query that joins them to the refunds table on store + order id.`, 'store order / transaction ids (16-digit ids Luhn-failing)'),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.test — CI only
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
ADYEN_API_KEY=YOUR_ADYEN_TEST_KEY
PLAYFAB_SECRET=<set in CI>
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/liveops_test`)}

QA asks if it's a problem that the publishable key in the test env is a live one.`),

  rec('unity_meta', f`Unity 에서 이 프리팹만 계속 "Missing script" 로 떠요. .meta 파일 GUID 가 바뀐 걸까요?

${amb('source_code.snippet', `fileFormatVersion: 2
guid: 8f3c2a71e4b9d6058c1e7f2a93b4d5e6
PrefabImporter:
  externalObjects: {}
  userData:
  assetBundleName: event_xmas
  assetBundleVariant:`)}`),

  rec('analytics_json', f`このイベントログのスキーマで BigQuery のテーブルを作りたいです。DDL を書いてください。

${amb('source_code.snippet', `{"event":"gacha_pull","event_id":"3b7e91c2-4f0a-4d8b-a6e5-1c92f7d03b48","ts":"2024-11-28T12:04:51.339Z","app_version":"4.18.2","build":41802117,"device":"iPhone15,3","os":"iOS 18.1","banner_id":"bn_xmas_2024","pulls":10,"currency":"gem","spent":3000,"session_id":"a91f4c07-2e6b-4d83-b5f1-07c3e9a2d614"}`)}`),

  rec('test_plan_vi', f`Viết giúp tôi kế hoạch kiểm thử thanh toán cho bản 4.19. Dùng thẻ thử nghiệm ${amb('financial.payment_card', '4111 1111 1111 1111')} cho giao dịch thành công và ${amb('financial.payment_card', '5555 5555 5555 4444')} cho Mastercard, số tiền 99.000đ và 499.000đ, kiểm tra cả hoàn tiền một phần.`, 'well-known test card numbers: ambiguous'),

  rec('env_example', f`${amb('source_code.snippet', `# .env.example – salin ke .env dan isi sendiri
XENDIT_SECRET_KEY=xnd_development_xxxxxxxxxxxxxxxxxxxxxxxx
XENDIT_CALLBACK_TOKEN=
MIDTRANS_SERVER_KEY=your-server-key-here
FIREBASE_PROJECT_ID=mergepals-dev
JWT_SECRET=\${JWT_SECRET}`)}

Tolong buatkan README singkat dalam bahasa Indonesia yang menjelaskan setiap variabel.`),

  rec('chat_ko', f`크리스마스 이벤트 쿠폰 코드 공지문을 써 주세요. 코드는 XMAS2024-GEMS, HAPPYMERGE-1225, TIDEPOOL-THANKS 이고 12월 31일 23:59 까지 사용 가능합니다. 1인 1회 한정.`),

  rec('chat_ja', f`Android 版の署名証明書の SHA-1 フィンガープリントを Firebase に登録する場所が分かりません。値はこれです：${(fill('b54n-sha1', HEX.toUpperCase(), 40).match(/.{2}/g) ?? []).join(':')}。どの画面で設定しますか？`),

  rec('ci_yaml', f`${amb('source_code.snippet', `- name: Upload to Play Console
  env:
    PLAY_JSON_KEY: \${{ secrets.PLAY_SERVICE_ACCOUNT_JSON }}
    SLACK_WEBHOOK_URL: \${{ secrets.SLACK_LIVEOPS_WEBHOOK }}
  run: |
    echo "$PLAY_JSON_KEY" > play.json
    bundle exec fastlane supply --aab app-release.aab --track internal --json_key play.json`)}

Is writing the key to play.json on the runner a leak risk?`),

  // ---- dairy plant quality lab ----
  rec('lab_results_fi', f`Tee tästä englanninkielinen yhteenveto laatupäällikölle:

Erä L2411-118, tuorejuusto 200 g, EAN 6414802003185
pH 4,62 · kuiva-aine 38,4 % · rasva 24,1 % · suola 0,82 %
Listeria monocytogenes: ei todettu /25 g (ISO 11290-1)
Enterobakteerit < 10 pmy/g · hiivat ja homeet 40 pmy/g
Säilyvyystesti +8 °C, päivä 21: hyväksytty`),

  rec('csv', f`Hvilke af disse prøver overskrider grænsen for celletal (400.000 celler/ml)?

${amb('source_code.snippet', `proeve_id;leverandoer;dato;fedt_pct;protein_pct;celletal;kimtal
DK-2411-0481;10482;2024-11-25;4,21;3,44;182000;12000
DK-2411-0482;10497;2024-11-25;4,05;3,39;417000;9000
DK-2411-0483;10503;2024-11-25;4,38;3,52;265000;31000
DK-2411-0484;10511;2024-11-25;3,97;3,41;398000;7000`)}`),

  rec('haccp_pl', f`Przetłumacz na angielski tabelę CCP do audytu:

CCP1 – Pasteryzacja: 72 °C / 15 s, limit krytyczny 71,7 °C, monitoring ciągły TT101
CCP2 – Chłodzenie: ≤ 6 °C w ciągu 2 h
CCP3 – Detektor metali: Fe 1,5 mm, non-Fe 2,0 mm, SS 2,5 mm, test co 2 h
Działanie korygujące: zawrócenie mleka, blokada partii, powiadomienie kierownika zmiany.`),

  rec('chat_no', f`Jeg trenger en oversikt over instrumentene på laboratoriet for kalibreringsplanen: MilkoScan FT3 serienr. 91827364, Fossomatic 7 serienr. 3048-1172, pH-meter Mettler Toledo S220 serienr. B418273650, vekt Sartorius Quintix 224 serienr. 0037481926. Lag en tabell med neste kalibreringsdato (årlig, siste var 14.03.2024).`),

  rec('chat', f`Our bank rejected the supplier payment file because of this account: FI37 1234 1400 5250 81. The farmer swears that's what's printed on his statement. Is it a typo in the last digits? How does the IBAN check work?`, 'IBAN failing mod-97'),

  rec('chat_de', f`Die Kunden fragen nach unseren Etiketten: Welche Angaben sind Pflicht? Beispiel: "Frischmilch 3,8 % Fett, Los L24332-07, mindestens haltbar bis 09.12.2024, EAN 5708412073944, DE-BY 742 EG". Ist das Identitätskennzeichen so richtig formatiert?`),

  // ---- city library and archives ----
  rec('chat_ca', f`Aquests carnets de biblioteca no passen pel lector de codis: 21000004827391, 21000004827409 i 21000005173046. Són de la remesa de 2019. Pot ser que el dígit de control estigui malament? Com es calcula en els codis Codabar de biblioteca?`, 'library barcodes (Luhn-failing)'),

  rec('chat_es', f`Necesito una lista de compra para la sección infantil con estos ISBN: 978-84-08-26193-2, 978-84-9838-474-1, 978-84-261-4829-7 y la revista ISSN 1133-7028. ¿Puedes ordenarlos por editorial?`),

  rec('chat', f`Cataloguing question: we describe the Harbour Board records as GB 0214 HBR/2/4/17 (1874–1931), 3 boxes, shelfmark AR-B-07-118. Is the ISAD(G) reference code in the right order, and how should the Dewey number 387.1094 be shown on the public catalogue?`),

  rec('manifest_fr', f`Voici le manifeste de fixité d'un lot numérisé. Pourquoi BagIt dit "payload-oxum mismatch" alors que les sommes sont bonnes ?

${amb('source_code.snippet', f`${SHA('b54n-tif1')}  data/registre_1792_f001.tif
${SHA('b54n-tif2')}  data/registre_1792_f002.tif
${SHA('b54n-tif3')}  data/registre_1792_f003.tif
Payload-Oxum: 412847316.3`)}`),

  rec('archive_pt', f`Traduz para inglês esta descrição arquivística:

Código de referência: PT/AMC/CMC/B/A/05/0047
Título: Livro de atas das sessões da Câmara
Datas: 1902-01-04 a 1906-12-21
Dimensão: 1 livro (312 fólios)
Cota: AH-ATAS-047`),

  rec('chat_ca', f`Al Koha veig contrasenyes com ${ambCat('credential', BCRYPT)} a la taula borrowers. Això vol dir que estan xifrades o només "hashejades"? Un company diu que les podem recuperar si un usuari les oblida.`, 'a password hash: ambiguous, no rule id'),

  rec('cert', f`The library's new wildcard certificate for the catalogue — can you tell me the expiry date from this? (I know it's public, it's what the browser gets anyway.)

${CERT}`),

  rec('chat_lt', f`Sukurk lentelę su bibliotekos filialų darbo laiku: Centrinė – I–V 9:00–20:00, VI 10:00–16:00; Žvėryno filialas – II–VI 11:00–19:00; Vaikų skyrius – I–V 10:00–18:00. Sekmadieniais visi uždaryti, išskyrus gruodžio 22 d.`),

  rec('chat_ta', f`ஆதார் எண்ணை மறைத்து காட்டும் முறை சரியா? எங்கள் படிவத்தில் "XXXX XXXX 8759" என்று காட்டுகிறோம். முழு எண்ணை சேமிக்காமல் இருக்க என்ன செய்ய வேண்டும்? (mask example only, no real number)`),

  rec('chat_en_in', f`Kindly explain why the validator rejects this Aadhaar in our crewing form test: 7168 3260 8758. Is it the Verhoeff check? Just need the logic explained for the dev team, it is a dummy number.`, 'Verhoeff-failing Aadhaar-shaped number'),

  rec('chat', f`I'm not confident about the ILR residence calculation — can you explain the 180-days-in-any-12-months rule with a simple example? No client details, just the rule.`),

  rec('chat_fi', f`Miten kirjoitan salassapitosopimuksen pohjan (NDA) laboratorion uudelle alihankkijalle? En tarvitse oikeita tietoja, vain rakenteen ja tyypilliset kohdat.`),
];
