/**
 * Held-out batch 80: hard negatives — text from the same six workplaces that looks sensitive and is
 * not (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous spans.
 * Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

const SHA = (seed: string) => fill(seed, HEX.toLowerCase(), 64);
const GITSHA = (seed: string) => fill(seed, HEX.toLowerCase(), 40);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b80n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b80n-pklive', B62, 97));
const RK_TEST = tok('rk_', 'test_', '51', fill('b80n-rktest', B62, 97));
const PUB_PEM = pem('PUBLIC KEY', 'b80n-pub', 294);
const CERT = pem('CERTIFICATE', 'b80n-cert', 820);
const ETH = (seed: string) => `0x${fill(seed, HEX.toLowerCase(), 40)}`;
const BC1 = (seed: string) => `bc1q${fill(seed, '023456789acdefghjklmnpqrstuvwxyz', 38)}`;
const XPUB = tok('xpub6', fill('b80n-xpub', B58, 106));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h${b64Bytes('b80n-png', 210)}`;
const BCRYPT = tok('$2y$10$', fill('b80n-bcrypt', B62 + './', 53));

export const BATCH80_NEGATIVES: DraftRecord[] = [
  rec('audiogram', f`Can you describe this audiogram in plain words for the patient letter?

Freq (Hz):   250  500  1000  2000  3000  4000  6000  8000
Right (dB):   20   25    30    45    55    60    65    70
Left  (dB):   15   20    30    50    60    65    70    75
SRT R 30 dB, L 35 dB. WRS 88% / 84% at 70 dB HL. Tymps type A both sides.`),

  rec('chat', f`What's the difference between RIC and BTE hearing aids for someone with a ski-slope loss? The customer has device serials 2317A0481 and 2317A0482, firmware 4.12.3, and asks if an update would help.`),

  rec('metar', f`Decode these for the airport briefing, please:

METAR BIKF 281200Z 06023G35KT 9999 -SN FEW012 BKN025 M02/M06 Q0987 NOSIG
TAF BIKF 281100Z 2812/2918 05025G40KT 6000 -SN BKN015 TEMPO 2814/2820 1500 SN BKN008
SYNOP AAXX 28121 04030 41558 70626 11020 21060 39871 49874 57012 70272 887//`),

  rec('chat_is', f`Stöð 1475 (Reykjavík) sendi inn 10 mínútna gildi með tímastimpli 2024-11-28T12:10:00Z en hitastigið var -273.15 í þrjár mælingar. Er þetta villugildi frá skynjaranum eða villa í umbreytingunni úr Kelvin?`),

  rec('gtfs', f`${amb('source_code.snippet', f`trip_id,arrival_time,departure_time,stop_id,stop_sequence
F12-0615,06:15:00,06:15:00,PIER_NORTH,1
F12-0615,06:52:00,06:55:00,ISLE_KERR,2
F12-0615,07:31:00,07:31:00,PIER_SOUTH,3
B204-0620,06:20:00,06:20:00,STN_1174,1
B204-0620,06:34:00,06:35:00,STN_1180,2`)}

Why does the journey planner show the ferry connection as missed when the bus arrives 06:34 and the ferry leaves 06:52?`),

  rec('chat_nn', f`Ferja MF Lavik har skrogsnummer 1471 og IMO-nummer 9417204. Kan du skrive ein kort tekst til nettsida om at ho er ute av drift veke 49 på grunn av verkstadopphald, og at erstatningsferja har plass til 120 bilar?`),

  rec('receipt', f`Kvittering – Skjergardsruta
Billett: 77-4410-2981-03
Strekning: Florø – Bulandet
Dato: 28.11.2024 kl. 15:40
Betalt med: Visa **** **** **** 6619
Beløp: kr 148,00 (mva 12 %)

Kan du omsetje denne til engelsk for ein turist?`),

  rec('chat_pl', f`Pasażer reklamuje bilet okresowy, numer karty miejskiej 1027 4481 9034 (to numer karty transportowej, nie płatniczej). Napisz odpowiedź, że doładowanie z 25.11 zostało zaksięgowane 26.11.`),

  rec('explorer', f`Client asks why their deposit isn't credited yet. From the explorer:

tx: 0x${SHA('b80n-ethtx')}
from: ${ETH('b80n-eth1')}
to:   ${ETH('b80n-eth2')}
block 21294117, 9 confirmations (we require 12)

Draft a short reply explaining the confirmation policy.`),

  rec('chat', f`For the proof-of-reserves page we publish our cold-storage addresses, e.g. ${BC1('b80n-bc1a')} and ${BC1('b80n-bc1b')}. Should we also publish the account-level xpub (${XPUB}) or is that a privacy problem for clients?`, 'public addresses and an xpub: public by design'),

  rec('chat_de_ch', f`Welche Felder sind im IVMS101-Datenmodell für Travel-Rule-Nachrichten Pflicht, wenn der Empfänger eine juristische Person ist? Bitte nur das Schema erklären, keine Beispieldaten.`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example – custody-api (copy to .env, never commit the real one)
HSM_PIN=<ask-security-team>
VAULT_TOKEN=\${VAULT_TOKEN}
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_RESTRICTED_KEY=${RK_TEST}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/custody_dev
SLACK_BOT_TOKEN=xoxb-your-token-here
OPENAI_API_KEY=YOUR_API_KEY`)}

Write a README section explaining each variable.`),

  rec('helm', f`${amb('source_code.snippet', f`roster:
  db:
    host: roster-db
    user: roster_app
    password: {{ .Values.secrets.rosterDbPassword }}
  smtp:
    passwordFrom:
      secretKeyRef: { name: roster-smtp, key: password }
  featureFlags:
    splitShifts: true`)}

Why does helm template render the password as an empty string?`),

  rec('chat_ru', f`Подскажи, как в Vault настроить политику, чтобы сервис подписи мог только читать secret/data/signer/*, но не список ключей? Токены у нас выдаются через AppRole, TTL 20 минут.`),

  rec('masked_pan', f`Reconcile venue deposits with the card processor report:

${amb('source_code.snippet', f`date,booking,card,amount_gbp,status
2024-11-20,BKG-2025-0613,VISA ****4417,1500.00,captured
2024-11-21,BKG-2025-0712,MC ****0931,1500.00,captured
2024-11-22,BKG-2025-0809,AMEX ***-*****-*1005,2000.00,refunded`)}

Which booking is missing from the bank statement of 25 Nov (total £3,000.00)?`),

  rec('chat', f`Our training slides use ${amb('financial.payment_card', '4242 4242 4242 4242')} and ${amb('financial.payment_card', '5555 5555 5555 4444')} as example cards for the wedding-deposit checkout. Which one should trigger a 3-D Secure challenge in test mode?`, 'well-known test cards: ambiguous'),

  rec('voucher', f`Gift voucher for a spa day at Bellhaven Manor won't scan at reception: voucher no. 6280 4419 0372 5518, valid until 31/03/2025. Can you write an apology to the guest and say we've issued a manual code?`, 'voucher number: Luhn-failing (checked), so not an ambiguous card'),

  rec('chat_fr', f`Le client conteste un virement. Il nous a donné l'IBAN ${'DE68 3705 0198 1880 4611 91'}, mais notre banque dit que la clé de contrôle est fausse. Comment lui demander poliment de vérifier ?`, 'IBAN with wrong check digits (checked)'),

  rec('chat', f`Card reader at the Portree ferry kiosk rejected 4539 1764 0281 7358 — the customer typed it manually from a damaged card. Could a digit be wrong? How does the check digit work?`, 'Luhn-failing card number (checked)'),

  rec('form_template', f`Make this patient intake form friendlier (clinic in a detention facility):

Full name: ______________________
Date of birth: __ / __ / ____
SSN: XXX-XX-XXXX
Allergies: ______________________
Emergency contact phone: (___) ___-____
Signature: ______________  Date: ________`),

  rec('chat', f`Staff keep writing the SSN as 912-44-8371 in the test environment — is that even a valid format? I read that numbers starting with 9 are never issued.`, 'SSN with a 9xx area (checked invalid)'),

  rec('chat', f`In the payroll test data someone used the National Insurance number DF 48 29 17 A. Is the prefix DF ever issued? I want to make sure our test data can't collide with real people.`, 'NINO with an unissued prefix (checked)'),

  rec('ndc', f`Check this formulary extract for the prison pharmacy, are any of these on the controlled list?

${amb('source_code.snippet', f`ndc,drug,strength,form,pkg
0093-7180-01,Sertraline,50 mg,tablet,100
0378-1805-10,Levothyroxine,75 mcg,tablet,1000
0054-4297-25,Methadone,10 mg,tablet,100
0006-0749-61,Isoniazid,300 mg,tablet,30`)}`),

  rec('chat', f`ICD-10 question for the audiology claims: should mixed hearing loss bilateral be H90.6 or H90.8, and is Z97.4 (presence of external hearing aid) needed on the follow-up visit?`),

  rec('chat_sv', f`Kan du skriva en lösenordspolicy för journalsystemet på anstalterna? Minst 14 tecken, inga tvångsbyten, MFA för alla med läsbehörighet. Skriv också att "Lösenord: ********" i skärmdumpar är okej men aldrig det riktiga.`),

  rec('chat_it', f`Per il matrimonio vorremmo un "tavolo segreto" a sorpresa per i testimoni: è un'idea carina o rischia di offendere gli altri ospiti? Suggerisci tre modi per annunciarlo.`),

  rec('chat_es', f`¿Cuál es el secreto para que las flores del banquete aguanten 8 horas en agosto? La florista dice que el truco es cortarlas a las 5 de la mañana.`),

  rec('chat', f`We're writing the privacy notice for the hearing-care chain. Could you explain, in plain English, what "confidentiality of health records" means under UK GDPR and the Caldicott principles? No need for legal citations.`),

  rec('chat_ja', f`気象庁の「部外秘」と「取扱注意」の違いを一般論として教えてください。社内の文書分類ルールを作る参考にしたいです。`, 'a question about marking terms, not a marked document'),

  rec('chat_tr', f`Gizlilik sözleşmesi (NDA) şablonu hazırlar mısın? Düğün fotoğrafçılarıyla çalışıyoruz, gelinlerin fotoğraflarını izinsiz paylaşmasınlar istiyoruz.`),

  rec('pr_review', f`Is it OK to commit the station gateway's public key and cert into the repo? They are only used by stations to verify the server.

${PUB_PEM}

${CERT}`),

  rec('changelog', f`Write the release notes from these image digests and version bumps:

- registry.met.local/obs-ingest:4.2.1@sha256:${SHA('b80n-dig1')}
- registry.met.local/obs-ingest:4.3.0@sha256:${SHA('b80n-dig2')}

4.3.0: Python 3.11.10 → 3.12.7, eccodes 2.36.0 → 2.38.3, new QC rule for frozen wind vanes (#412).`),

  rec('git', f`git bisect says the first bad commit for the fare rounding bug is ${GITSHA('b80n-git1')}, but that commit only touches docs. The one before it is ${GITSHA('b80n-git2')}. How can that be?`),

  rec('uuid', f`Delete these orphaned booking holds, give me the SQL:
9f3b2c1e-47d8-4a60-b5e2-1c8d7f03a694
e21a7d4c-90b3-4f18-8c6e-5d2f4b17a830
3c7e8f12-6a4b-4d29-9e01-b8f5c2a7d146`),

  rec('css', f`The branch locator icon looks blurry. ${amb('source_code.snippet', f`.branch-pin {
  width: 24px; height: 24px;
  background-image: url("data:image/png;base64,${PNG_B64}");
  background-size: contain;
}`)}`),

  rec('chat', f`The weather API returns coordinates like 64.1283, -21.9298 and 63.4039, -19.0446 for the station list. Are these WGS84 and in which order (lat, lon)?`),

  rec('chat', f`Which hash should the station firmware use to verify the update file — we publish the SHA-256 ${SHA('b80n-fw')} next to the download. Is that enough or do we need a signature?`),

  rec('chat', f`Is it bad that the old venue booking site stores hashes like ${ambCat('credential', BCRYPT)} in the users table? It's bcrypt, cost 10. Should we rehash on next login?`, 'a password hash: ambiguous, no rule id'),

  rec('chat', f`Our IVR says "call us on ${amb('pii.phone', '(406) 555-0147')}" in the training recording for new ferry-line agents. Is that number safe to use in recordings?`, 'fictional 555-01xx number: ambiguous'),

  rec('ticket', f`Ticket #BUS-44812: validator on bus 3318 shows "ERR 0x1F — KEY NOT LOADED" after the depot update. Firmware 2.8.14, SAM slot 2 empty. Which team handles SAM provisioning?`),

  rec('chat_zh', f`请解释一下冷钱包多重签名 2-of-3 和 3-of-5 的区别，以及在监管审计时通常需要提供哪些文档？不需要具体地址或密钥。`),

  rec('chat_ar_iq', f`شنو الفرق بين "سري" و"سري للغاية" بالوثائق الحكومية؟ نريد نعمل تصنيف للملفات بالشركة.`, 'a question about classification words, not a marked document'),

  rec('minified_js', f`Sentry points to this line in the fare app bundle:

${amb('source_code.snippet', `!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.d=function(e,t,r){n.o(e,t)||Object.defineProperty(e,t,{enumerable:!0,get:r})},n(n.s=14)}([function(e,t){e.exports=function(e){return(e.fare*100|0)/100}}]);`)}

Why does 2.675 become 2.67?`),

  rec('chat_sw', f`Naomba unieleze tofauti kati ya "siri" na "usiri" kwenye sera ya kulinda taarifa za wagonjwa gerezani. Sihitaji mfano wa data halisi.`),

  rec('chat', f`Our Finnish ferry invoices use RF creditor references, e.g. RF47 2024 1128 0915, and the bank app rejects them with spaces. Should we strip spaces before validation?`, 'ISO 11649 creditor reference, not an account'),

  rec('log', f`${amb('source_code.snippet', f`2024-11-28T05:00:02Z INFO  forecast-run run_id=ec-2024112800 members=51 grid=0.1deg status=started
2024-11-28T05:41:19Z INFO  forecast-run run_id=ec-2024112800 step=72h wall=2477s status=ok
2024-11-28T05:41:20Z WARN  forecast-run checksum=${SHA('b80n-grib')} file=T2m_2024112800_072.grib2 size=184331776`)}

The 72 h step took twice as long as yesterday. What should I look at first?`),
];
