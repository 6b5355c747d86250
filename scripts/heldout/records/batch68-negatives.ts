/**
 * Held-out batch 68: hard negatives from the six organisations — identifiers that look sensitive
 * and are not (ULD and bag-tag numbers, SSCCs, ISINs, VINs, lot numbers, build hashes),
 * placeholders, test keys, masked or checksum-failing numbers, public certificates, and casual
 * uses of "secret" / "confidential" in many languages (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 40);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b68n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b68n-pklive', B62, 97));
const CERT = pem('CERTIFICATE', 'b68n-cert', 812);
const BCRYPT = tok('$2y$', '10$', fill('b68n-bcrypt', B62 + './', 53));
const LOGO_B64 = b64Bytes('b68n-logo', 360);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${fill('b68n-png', B64, 150)}`;

export const BATCH68_NEGATIVES: DraftRecord[] = [
  rec('env_example', f`Write a short README section explaining each of these for new live-ops engineers:

${cfg(f`# .env.example — copy to .env and fill in
OPENAI_API_KEY=sk-proj-REPLACE_ME
SENTRY_DSN=https://<public-key>@o000000.ingest.sentry.io/<project-id>
DD_API_KEY=
REDIS_URL=redis://default:<password>@localhost:6379/0
DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/<id>/<token>
FEATURE_DOUBLE_XP=false`)}`),

  rec('chat_fi', f`Miten GS1-viivakoodin tarkistusnumero lasketaan? Meidän lavan SSCC on (00) 037612345000048214 ja rokotepakkauksen GTIN (01) 05401234567898, erä (10) HB2231, viimeinen käyttöpäivä (17) 260331. Skanneri hylkää osan tarroista.`, 'GS1 SSCC / GTIN with mod-10 check digits: logistics identifiers, not cards'),

  rec('chat_sk', f`Potrebujem tabuľku pre servis: auto s VIN TMBJJ7NE4K0218374, ŠPZ BA-482KT, najazdené 48 211 km, rezervácia DL-BTS-58213, ďalšia STK 03/2026. Ktoré z týchto údajov má mať servis a ktoré nie?`),

  rec('ldm_mk', f`Објасни ми ја оваа LDM порака, нов сум на load control:

LDM
W6 4371/14.SKP.A321/HA-LXR.F0Y230.2/4
-FMM.186/1/4/0.T2418.1/1204.2/706.3/380.4/128.PAX/0/96/84.PAD/0/0
SI BAG TAGS 0232 418 776 TO 0232 418 801, ULD AKE 81426 W6 / AKE 80317 W6`),

  rec('chat_ml', f`ഞങ്ങളുടെ ക്ലിനിക്കിലെ പുതിയ ജീവനക്കാർക്കുള്ള ഓറിയന്റേഷൻ സ്ലൈഡിനായി ഒരു വാചകം എഴുതാമോ: "രോഗികൾ പറയുന്നതെല്ലാം രഹസ്യമായി സൂക്ഷിക്കണം" എന്ന തത്വം എന്തുകൊണ്ട് പ്രധാനമാണെന്ന് ലളിതമായി വിശദീകരിക്കുക.`),

  rec('chat_hu', f`Segítenél egy táblázatot csinálni? Alapok: ISIN HU0000718325 (Duna Ázsia Részvény Alap), LU2094817363, IE00BQ4T7K27; LEI 8945003KQ7TRW2LM6C59 a letétkezelőnél. Melyik UCITS és melyik ETF?`, 'ISINs and an LEI: instrument and entity identifiers, not accounts'),

  rec('chat_ro', f`Build-ul de azi noapte a eșuat la pasul de upload. Am id-ul jobului 6f1c2a9e-4b7d-4e13-a0c5-d28e91f37b46, commit ${GIT('b68n-git-ro')}, iar checksum-ul pachetului e sha256:${SHA('b68n-sha-ro')}. Ce înseamnă „digest mismatch” în contextul ăsta?`),

  rec('chat_bg', f`Трябва ми табличка за одита: логер серия LOG-TX-4821-BG, сертификат за калибриране № КС-2024/0918, валиден до 14.10.2025, датчик PT100, точност ±0,2 °C. Кои от тези данни трябва да са на етикета на камерата?`),

  rec('policy_sr_cyrl', f`Напиши правилник о лозинкама за запослене у филијалама, кратко:
— лозинка мора имати најмање 12 знакова
— не сме се записивати на папир нити лепити на монитор
— мења се само ако постоји сумња да је откривена
— за администраторе је обавезна двофакторска аутентикација`),

  rec('chat_sr', f`Kolega je poslao screenshot ekrana za prijavu u DCS sistem, na njemu piše „Korisnik: ramp.beg07 / Lozinka: ********“. Da li je to problem što je poslao screenshot u grupni chat?`),

  rec('code_python_hr', f`Test za validaciju IBAN-a pada, a mislim da je test ispravan:

${code(f`def test_odbija_krivi_kontrolni_broj():
    # namjerno neispravan kontrolni broj
    assert not iban_valjan("HR1223400093218475063")

def test_prihvaca_razmake():
    assert normaliziraj(" hr12 2340 0093 ") == "HR1223400093"`)}`, 'deliberately invalid IBAN used as test data'),

  rec('chat_pl', f`Gracz wysłał nam kod doładowania z karty podarunkowej: 5391 0274 8812 6650 i twierdzi, że nie działa. W systemie taki kod nie istnieje. Jak grzecznie odpisać, żeby sprawdził, czy kupił kartę do naszej gry?`, 'gift-card code that fails Luhn'),

  rec('config_cs', f`${cfg(f`# config/payments.test.yml — jen testovací prostředí
stripe:
  secret_key: ${STRIPE_TEST}
  publishable_key: ${PK_LIVE}
  webhook_secret: whsec_REPLACE_IN_CI
xsolla:
  project_id: 241870
  sandbox: true`)}

Je v pořádku, že publishable key je live, i když jsme v testu?`),

  rec('receipt_tr', f`Bu slipi İngilizceye çevirir misin, müşteri yabancı:

DRIVELOOP SAW ŞUBESİ
Tarih: 19.11.2024 14:22
Kart: **** **** **** 4417  TROY
Provizyon No: 318274   Onay Kodu: A7K2Q9
Tutar: 3.450,00 TL (depozito blokajı)
Rezervasyon: DL-SAW-90217`),

  rec('chat_fa', f`این شماره‌ها رو برای گزارش ماهانه مرتب کن: فاکتور ۱۴۰۳/۰۸/۲۱-۰۰۹۱۷، بارنامه هوایی 235-48172935، تاریخ تحویل ۲۸ آبان ۱۴۰۳، دمای ثبت‌شده بین ۳٫۱ تا ۶٫۸ درجه.`),

  rec('chat_ary', f`Wach 3ndek chi wasfa dyal tajine b l7oot? Mama kat9oul lia l'sirr howa chermoula m9adda mn lbar7, walakin ana kandir ghir l7amed w zit l3oud. Chno l'ferq?`),

  rec('chat_hi', f`मनोचिकित्सा OPD के लिए एक छोटी गाइड बनानी है: F32.1 (मध्यम अवसाद), F41.1 (सामान्यीकृत चिंता), F43.1 (PTSD) के लिए पहली मुलाकात में कौन-से स्क्रीनिंग टूल (PHQ-9, GAD-7, PCL-5) इस्तेमाल करें? किसी मरीज़ की जानकारी नहीं है, बस सामान्य जानकारी चाहिए।`),

  rec('chat_mr', f`लसींच्या साठ्याची यादी तपासा: बॅच KV24-0917, कालबाह्यता 03/2026, VVM स्टेज 1; बॅच KV24-1102, कालबाह्यता 08/2026, VVM स्टेज 2. स्टेज 2 चे डोस आधी वापरावेत का?`),

  rec('form_pa', f`ਡਰਾਈਵਿੰਗ ਲਾਇਸੈਂਸ ਵਾਲੇ ਖਾਨੇ ਲਈ ਹਦਾਇਤ ਪੰਜਾਬੀ ਵਿੱਚ ਲਿਖ ਦਿਓ। ਫਾਰਮੈਟ ਇਹ ਹੈ: PB-XX-YYYY-NNNNNNN (ਜਿਵੇਂ PB-02-2019-XXXXXXX)। ਗਾਹਕ ਅਸਲ ਨੰਬਰ ਕਾਊਂਟਰ ਤੇ ਦਿਖਾਏਗਾ, ਫਾਰਮ ਵਿੱਚ ਸਿਰਫ਼ ਫਾਰਮੈਟ ਸਮਝਾਉਣਾ ਹੈ।`),

  rec('patch_notes_ta', f`இந்த patch notes-ஐ தமிழில் மொழிபெயர்க்கவும்:

Emberfall 7.4.2 (build 2024.11.27.1183)
- Fixed: Winter Fest quest "Frozen Lantern" not completing on PS5 (client 7.4.1.9)
- Changed: matchmaking region fallback timeout 45s → 30s
- Known issue: Steam Deck shader cache rebuild after update (~2 min)`),

  rec('chat_or', f`ଏହି ମ୍ୟୁଚୁଆଲ ଫଣ୍ଡ ତଥ୍ୟକୁ ଏକ ଟେବୁଲରେ ସଜାନ୍ତୁ: ସ୍କିମ୍ କୋଡ୍ 120503, NAV ₹ 84.2317 (22-11-2024); ସ୍କିମ୍ କୋଡ୍ 118989, NAV ₹ 312.0045; ଖର୍ଚ୍ଚ ଅନୁପାତ 0.62% ଏବଂ 1.04%।`),

  rec('chat_as', f`এই চালানবোৰৰ স্থিতি এটা টেবুলত লিখি দিয়ক: AWB 098-41827365 (DEL→GAU), AWB 098-41827376 (GAU→IXB), ডেটা লগাৰ আইডি TL-GAU-0147, ডেলিভাৰীৰ তাৰিখ ২৬/১১/২০২৪।`),

  rec('chat_th', f`ช่วยสรุปตารางงานพรุ่งนี้เป็นข้อๆ: TG 628 (HS-TKR) ประตู C3 ออก 07:25, FD 3015 (HS-BBW) ประตู 52 ออก 08:10, ลากเครื่อง HS-TGW ไปโรงซ่อม 10:00 ใช้ tug หมายเลข 14`),

  rec('price_lo', f`ກະລຸນາແປລາຄາເຊົ່າລົດນີ້ເປັນພາສາອັງກິດ: Toyota Vios 350.000 ກີບ/ມື້, Toyota Fortuner 900.000 ກີບ/ມື້, ຄ່າມັດຈຳ 3.000.000 ກີບ, ຄ່າສົ່ງລົດໄປສະໜາມບິນ 150.000 ກີບ.`),

  rec('swift_mn', f`Энэ SWIFT MT103 мессежийн талбаруудыг тайлбарлаж өгөөч, данс, нэр бүгдийг нь хассан:

:20:WM24112200417
:23B:CRED
:32A:241122USD250000,00
:71A:SHA
Энд :32A: талбар юуг илэрхийлдэг вэ?`),

  rec('schedule_ti', f`እዚ ናይ ክሊኒክ ሰሙናዊ መደብ ናብ እንግሊዝኛ ቀይሮ፦ ሰኑይ 8:30–12:00 ሓድሽ ሕሙማት፣ ሰሉስ 13:00–17:00 ጉጅለ ሕክምና፣ ሓሙስ ምሉእ መዓልቲ ናይ ስልኪ ቆጸራ። ሽም ሕሙማት የለን።`),

  rec('chat_om', f`Icciitiin buna gaarii danfisuu maali? Akkoon koo bishaan hedduu hin danfisiin jetti, garuu ani jimaa fi qorichaa malee dhuguu hin danda'u. Gorsa naaf kenni.`),

  rec('metar_mg', f`Azafady, hazavao amin'ny teny malagasy tsotra ity toetr'andro ity ho an'ny ekipa eo amin'ny tany fiantsonana:

METAR FMMI 230600Z 09012KT 9999 SCT020 BKN080 22/17 Q1019 NOSIG
TAF FMMI 230500Z 2306/2406 10010KT 9999 SCT020 TEMPO 2312/2318 4000 SHRA`),

  rec('ad_ht', f`Tradui ti anons sa a an franse pou paj Facebook ajans lan: "DriveLoop Pétion-Ville louvri 7 jou sou 7, 7è a 19è. Rele nou nan ${amb('pii.phone', '(305) 555-0147')} nan anons egzanp lan, men mete vrè nimewo a pita."`, 'a fictional 555-01xx number in a draft ad: ambiguous'),

  rec('chat_qu', f`Imaynataq "cadena de frío" nisqata runasimipi sut'ichasunman wawakunapa mamankunapaq? Vacunakunaqa chiri wasipi kanan 2 grado 8 gradokama, manam yakupi chiriyachinachu.`),

  rec('chat_gn', f`Ñande enfermera Rosa oho jubilacion-pe, ha rojapo chupe peteĩ fiesta ñemi viernes ka'aru. Eipytyvõ chéve ahai haĝua invitación, ani ha'e oikuaa!`),

  rec('clause_it', f`Mi serve un modello generico di clausola di riservatezza per i contratti con i fornitori IT della banca: durata dell'obbligo 5 anni dalla cessazione, esclusioni per informazioni già pubbliche, foro competente Lugano. Solo il testo, niente dati reali.`),

  rec('helm_es', f`${cfg(f`# values-prod.yaml (tarificación)
env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: tarificacion-db
        key: password
  - name: STRIPE_SECRET_KEY
    value: "\${STRIPE_SECRET_KEY}"
  - name: MAPS_API_KEY
    value: "{{ .Values.maps.apiKey }}"`)}

¿Se sustituye \${STRIPE_SECRET_KEY} en el chart o tengo que usar envsubst antes?`),

  rec('chat_nl', f`Een cliënt vraagt of wij verplicht zijn informatie door te geven aan zijn werkgever. Kun je in begrijpelijke taal uitleggen wat het beroepsgeheim van een psychiater inhoudt en wanneer het doorbroken mag worden?`),

  rec('patch_notes_sv', f`Översätt till engelska för Steam-sidan: "Ny hemlig nivå i Frostgrottan! Hitta de tre dolda runorna för att låsa upp den hemliga bossen. Tips: lyssna efter klockspelet."`),

  rec('chat_da', f`Er det her certifikat til MQTT-brokeren i kølehusene det rigtige at lægge ud på vores dokumentationsside? Det er jo det offentlige:

${CERT}`),

  rec('git_ru', f`Помоги написать changelog по этим коммитам:

${GIT('b68n-g1').slice(0, 7)} fix(rewards): idempotency key for grants
${GIT('b68n-g2').slice(0, 7)} feat(events): winter-fest schedule for LATAM
${GIT('b68n-g3').slice(0, 7)} chore: bump redis client to 5.2.1
${GIT('b68n-g4').slice(0, 7)} revert "feat(shop): dynamic bundle pricing"`),

  rec('chat_uk', f`Який з цих образів зараз у проді на табло FIDS? aeroswift/fids-board:3.4.1@sha256:${SHA('b68n-d1')} чи aeroswift/fids-board:3.4.2@sha256:${SHA('b68n-d2')}? В Argo показує обидва.`),

  rec('chat_el', f`Ένας πελάτης ρωτάει αν το τραπεζικό απόρρητο ισχύει και απέναντι στην εφορία. Μπορείς να μου γράψεις μια απλή εξήγηση, χωρίς νομικές λεπτομέρειες;`),

  rec('docs', f`## Access keys (internal wiki, cold-chain data platform)

Never paste keys in tickets. If you need to show the shape of one in documentation, write it as \`AKIAXXXXXXXXXXXXXXXX\` and the secret as \`<redacted>\`. Rotation runs every 90 days via the \`key-rotator\` Lambda; owners get a Slack reminder 7 days before.`),

  rec('chat', f`Legacy client portal at the bank stores passwords like ${ambCat('credential', BCRYPT)} in the users table. Auditor flagged "weak hashing". Is bcrypt cost 10 really weak or just below their policy?`, 'a password hash: ambiguous, no rule id'),

  rec('chat', f`QA asked which card to use for the battle pass purchase test in Stripe test mode. I said ${amb('financial.payment_card', '4242 4242 4242 4242')} with any future expiry, is that still right for 3DS flows or do they need another one?`),

  rec('email_footer', f`Hi Tomasz, the updated SLA for de-icing turnaround is attached, let me know if the 25 min target works for you.

Best regards,
Claire Dubois
AeroSwift Ground Handling

${amb('confidential.marking', 'This message and any attachments are confidential and intended solely for the addressee.')} If you are not the intended recipient, please delete it and notify the sender.`),

  rec('firewall', f`Can you explain what these rules do, in order? The ramp tablets lose connection to the DCS after 10 minutes.

${cfg(f`-A FORWARD -s ${amb('pii.ip_address', '10.44.8.0')}/24 -d ${amb('pii.ip_address', '10.44.1.20')} -p tcp --dport 443 -j ACCEPT
-A FORWARD -s ${amb('pii.ip_address', '10.44.8.0')}/24 -p udp --dport 53 -j ACCEPT
-A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
-A FORWARD -j DROP`)}`),

  rec('chat', f`Store copy for the new cosmetics: the "Top Secret Agent" outfit bundle and the "Classified Files" emote. Legal asked whether using "classified" in an item name is a problem anywhere. Also write a teaser line for the secret level in the Frost Caves.`),

  rec('html_email', f`The logo in our booking confirmation e-mail doesn't show in Outlook:

${cfg(f`<td align="center">
  <img src="data:image/svg+xml;base64,${LOGO_B64}" width="140" alt="DriveLoop">
  <img src="data:image/png;base64,${PNG_B64}" width="16" alt="">
</td>`)}

Is base64 inline SVG blocked by Outlook?`),

  rec('chat', f`A patient asked me: "If my employer pays for the sessions through the EAP, is what I say still confidential?" How do I answer that honestly in two or three sentences?`),

  rec('chat', f`Firmware release for the reefer data loggers, please format as a table:
tl-fw-3.2.0.bin  sha256 ${SHA('b68n-fw1')}
tl-fw-3.2.1.bin  sha256 ${SHA('b68n-fw2')}
Release date 2024-11-25, min bootloader 1.8.`),
];
