/**
 * Held-out batch 84: hard negatives — text from the eye clinics, the signalling contractor, the
 * savings cooperative, the localisation vendor, the forensic accountants and the zoo that looks
 * sensitive but is not (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from
 * ambiguous spans and pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b84n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b84n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const CERT = pem('CERTIFICATE', 'b84n-cert', 840);
const PUBKEY = pem('PUBLIC KEY', 'b84n-pub', 294);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${fill('b84n-png', B64, 160)}`;
const BCRYPT = tok('$2b$12$', fill('b84n-bcrypt', B62 + './', 53));
const SHA512CRYPT = tok('$6$', fill('b84n-salt', B62, 16), '$', fill('b84n-crypt', B62 + './', 86));
const INTEGRITY = `sha512-${b64Bytes('b84n-integ', 64)}`;

export const BATCH84_NEGATIVES: DraftRecord[] = [
  rec('env_example', f`We ship this .env.example with the zoo membership app. A new dev asked whether the AWS values in it are real — can you write a one-line comment to put above them?

${amb('source_code.snippet', f`# copy to .env and fill in
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
AWS_REGION=eu-west-2
MEMBERSHIP_DB_URL=postgres://USER:PASSWORD@HOST:5432/membership
SESSION_SECRET=change-me`)}`, 'AWS documentation keys and placeholders: no credential'),

  rec('env_test_cs', f`Je v pořádku mít tohle v repozitáři? Je to jen pro testovací prostředí vstupenek:

${amb('source_code.snippet', f`STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_WEBHOOK_SECRET=whsec_REPLACE_ME`)}`, 'Stripe test secret key and a publishable key: not secrets by convention'),

  rec('readme_sw', f`Nisaidie kutafsiri maelezo haya ya usanidi kwa Kiingereza rahisi:

${amb('source_code.snippet', f`[daraja]
consumer_key = <WEKA_CONSUMER_KEY_YAKO>
consumer_secret = <WEKA_CONSUMER_SECRET_YAKO>
passkey = \${MPESA_PASSKEY}
shortcode = 174379`)}

Thamani halisi zinapatikana kwenye portal ya Safaricom.`, 'placeholders only; 174379 is the sandbox shortcode'),

  rec('helm_de', f`Warum rendert Helm hier ein leeres Passwort?

${amb('source_code.snippet', f`env:
  - name: ESTW_DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: {{ .Values.db.secretName }}
        key: password
  - name: ESTW_API_TOKEN
    value: "{{ .Values.api.token | default "" }}"`)}`),

  rec('receipt_en', f`Can you reformat this LASIK payment receipt so it fits on an A5 page?

ClearSight Eye Centres — Payment receipt
Patient ref: CS-LDS-208841
Treatment: Bilateral LASIK (wavefront-guided)
Paid: £3,190.00 by Visa •••• •••• •••• 5572 (contactless)
Auth code: 0A7731 · Terminal 04 · 18/09/2024 14:32
Balance remaining: £0.00`),

  rec('chat_luhn_fail_en', f`A parent says the zoo website keeps rejecting her card "4539 1488 0343 6468". I think she's mistyped a digit, since the form runs a checksum. How do I tell her nicely to re-check the number without asking her to send it to us?`, 'Luhn-failing card number: not a card'),

  rec('chat_iban_typo_nl', f`De leverancier gaf ons IBAN NL41 RABO 0318 2746 05 door, maar onze bank zegt "controlegetal onjuist". Hoe leg ik uit dat er waarschijnlijk twee cijfers zijn omgedraaid?`, 'IBAN with wrong check digits: not a valid IBAN'),

  rec('chat_itin_en_us', f`For the forensic report appendix, one vendor owner only had an ITIN on the W-9 (912-48-3301). Does an ITIN need the same redaction as an SSN in the public filing? Just need the rule, no need to repeat the number.`, 'an ITIN (area 9xx) is not a valid SSN'),

  rec('training_en_gb', f`Make a quiz question from this payroll training slide:

"National Insurance numbers never start with D, F, I, Q, U or V, and some prefixes like TN are used only as temporary references — so a number such as TN 31 28 47 B on a timesheet is a placeholder, not a real NINO."`, 'TN prefix is not an issued NINO'),

  rec('ci_log_en', f`The nightly localisation build failed, what's the actual error?

${amb('source_code.snippet', f`[2024-09-19 02:14:07] job=loc-nightly run=8f3c2a91-5d4e-4b7a-9c10-2e6f8a4d1b73
[2024-09-19 02:14:09] checkout 4e1b9c07a2d58f3e6b1c9a0d7e2f4a85c3b1d690 (branch release/2.4)
[2024-09-19 02:16:41] export_strings: 18 locales, 412 903 segments
[2024-09-19 02:17:02] pack: sha256=${SHA('b84n-pack')}
[2024-09-19 02:17:03] ERROR upload: 413 Request Entity Too Large (loc-2.4.0-rc3.tgz, 2.1 GB)`)}`),

  rec('custody_en', f`Turn this evidence log into a neat table for the expert report annex:

Item E-014 — Laptop image (Dell Latitude 5420, S/N 7HQ2KL3)
Acquired 11/09/2024 10:42 by S. Okafor, write-blocker WB-02
SHA-256: ${SHA('b84n-e014')}
Item E-015 — Exported mailbox (PST, 14.2 GB)
SHA-256: ${SHA('b84n-e015')}
MD5: ${fill('b84n-e015md5', HEX, 32)}`, 'evidence hashes are not secrets'),

  rec('docker_digest_ro', f`Cum fixez imaginea după digest în docker-compose pentru serviciul de bilete al grădinii zoologice?

image: registry.zoobuc.ro/bilete/api@sha256:${SHA('b84n-digest')}

Ar trebui să păstrez și tag-ul 3.8.2?`),

  rec('package_lock', f`Why does npm ci fail with EINTEGRITY on this entry?

${amb('source_code.snippet', f`"node_modules/i18next-icu": {
  "version": "2.3.0",
  "resolved": "https://registry.npmjs.org/i18next-icu/-/i18next-icu-2.3.0.tgz",
  "integrity": "${INTEGRITY}",
  "dev": false
}`)}`),

  rec('shipping_en', f`Can you write the tracking update for the replacement excimer laser parts?

Order PO-2024-0913 / SO 118 448 273
Carrier: DHL Express, waybill 4418 2937 60
Parts: 1× beam-delivery mirror assembly, 2× gas filter cartridges
ETA: Mon 23 Sept, Harrogate clinic goods-in`),

  rec('isbn_ko', f`안과 레지던트 교육용 참고서 목록을 정리해 주세요: 『Clinical Ophthalmology』 ISBN 978-0-7020-7711-1, 『Refractive Surgery』 ISBN 978-3-030-48562-1, 각 2권씩 주문.`),

  rec('microchip_fr', f`Peux-tu mettre en forme ce registre d'arrivée des animaux pour le vétérinaire ?

- Lynx boréal (femelle), puce ${'250268743190452'}, provenance parc de Sainte-Croix, arrivée 03/09
- Loutre d'Europe (mâle), puce ${'276098106453217'}, provenance Tierpark Berlin, arrivée 10/09
- Tortue d'Hermann ×3, sans puce, saisie douanière, CITES FR2409-18273`, 'ISO animal microchip numbers (fail the Luhn check): not cards'),

  rec('interlocking_en', f`Explain this extract of the control table to a new graduate:

Route R14A  Signal SN142 → SN156
Points required: 1401 N, 1403 R, 1405 N (FP)
Track sections: TC AB14, TC AC14, TC AD14 clear
Approach locking: 120 s  Overlap: TC AE14 (180 m)
Aspect sequence: R-Y-YY-G  Route indicator: position 1`),

  rec('balise_de', f`Was bedeuten die Felder in dieser ETCS-Balisenliste?

NID_C=276  NID_BG=10482  N_PIG=0  Q_LINK=1  Lage km 34,612
NID_C=276  NID_BG=10483  N_PIG=1  Q_LINK=1  Lage km 34,615
Telegrammversion 2.0.0, Prüfsumme ${fill('b84n-balise', HEX.toUpperCase(), 16)}`),

  rec('wagon_pl', f`Przetłumacz na angielski listę wagonów do pociągu roboczego na zamknięcie toru:
31 51 6646 128-4 (Eaos), 31 51 6646 131-8 (Eaos), 99 51 9120 003-7 (podbijarka), 99 51 9481 012-6 (wagon mieszkalny).`, 'UIC vehicle numbers: not personal or financial'),

  rec('mpesa_sw', f`Andika maelezo ya mafunzo kwa wakala wapya:
- Namba ya Paybill ya chama: 522533, namba ya akaunti ni namba ya uanachama (mf. UMJ-00418).
- Ujumbe wa uthibitisho huanza na msimbo wa muamala, kama SIK7QX2B4P au SIL2MN8ZTE.
- Kwa salio, piga *150*00#.`, 'paybill, membership and transaction reference numbers, USSD code: none sensitive'),

  rec('ledger_es', f`Agrupa estas cuentas del plan contable por grupo:
4000001 Proveedores nacionales
4100003 Acreedores por prestaciones de servicios
4720000 H.P. IVA soportado
5720001 Banco Santander c/c principal
6230000 Servicios de profesionales independientes
Centros de coste: CC-110 Forense Madrid, CC-120 Litigios Barcelona`),

  rec('chat_conf_casual_en', f`I'm writing an intro for new translators. Can you rephrase this? "We take confidentiality seriously: every translator signs our standard confidentiality agreement template before receiving files, and you're welcome to ask questions about it anytime. We're confident you'll enjoy working on these games."`, 'casual uses of the word, no marking'),

  rec('chat_conf_computing_en', f`Our forensic data platform team asked whether we should use confidential computing (AMD SEV-SNP) for the e-discovery VMs. Give me a half-page pros/cons summary for a non-technical partner.`),

  rec('ui_strings_ja', f`この文字列リストを英語から日本語に翻訳してください。プレースホルダーはそのまま残してください。

login.password.label = "Password"
login.password.hint = "At least {min} characters, including a number"
login.password.reset = "Forgot your password? We'll email {email} a reset link."
settings.token.placeholder = "Paste your API token here"
profile.card.masked = "Card ending in {last4}"`, 'UI strings with placeholders: no values'),

  rec('xliff_es', f`¿Está bien esta traducción? En la fuente hay una variable de contraseña pero no un valor:

<trans-unit id="acct.pw_mismatch">
  <source>The password you entered for {0} does not match.</source>
  <target>La contraseña que has introducido para {0} no coincide.</target>
</trans-unit>`),

  rec('cert_en', f`Is this the right certificate to import on the biometry device so it trusts the EMR gateway? It came from the vendor's portal.

${CERT}

And this is the gateway's public key they asked us to pin:

${PUBKEY}`, 'a certificate and a public key are public'),

  rec('data_uri_th', f`ไอคอนรูปนกเพนกวินในแอปสวนสัตว์ไม่แสดงบน Safari ช่วยดูให้หน่อย:

<img alt="penguin" src="data:image/png;base64,${PNG_B64}">`),

  rec('surgery_list_it', f`Mi ordini per ora questa lista operatoria di giovedì?

10:30 — Cataratta OS, paz. rif. OLB-3391, IOL SN60WF +21,5 D (lotto 24-1183-07)
08:00 — Cross-linking OD, paz. rif. OLB-3412
09:15 — Vitrectomia OD, paz. rif. OLB-3377, gas SF6 20%
11:45 — Cataratta OD, paz. rif. OLB-3391, IOL SN60WF +22,0 D (lotto 24-1183-09)`),

  rec('udi_de', f`Wie lese ich diesen UDI-Code auf der Linsenverpackung aus?

(01)05050474530431(17)270331(10)L2409183(21)19284736

Welcher Teil ist das Verfallsdatum?`),

  rec('build_manifest', f`Can you explain what each field in our Steam depot manifest means?

${amb('source_code.snippet', f`"AppBuild"
{
  "AppID" "2291840"
  "Desc" "loc patch 2.4.1 (ja, ko, zh-Hans, zh-Hant)"
  "BuildOutput" "../output/"
  "Depots"
  {
    "2291841" { "FileMapping" { "LocalPath" "./content/loc/*" "DepotPath" "loc/" "recursive" "1" } }
  }
}`)}`),

  rec('ip_plan_en', f`Sanity-check this addressing plan for the new trackside equipment room:

Signalling LAN: ${amb('pii.ip_address', '10.114.20.0/24')} (gateway ${amb('pii.ip_address', '10.114.20.1')})
Maintenance VLAN: ${amb('pii.ip_address', '10.114.21.0/25')}
Remote access via SSL VPN concentrator ${amb('pii.ip_address', '194.62.118.30')}
NTP: ${amb('pii.ip_address', '10.114.0.5')}, ${amb('pii.ip_address', '10.114.0.6')}`),

  rec('swift_fr', f`Le code BIC de notre banque à Madagascar est ${amb('financial.swift_bic', 'BFAVMGMG')}, est-ce qu'il faut ajouter XXX pour les virements SEPA venant de France ?`),

  rec('hashes_en', f`Someone on the zoo's old volunteer site stored passwords like this. Are these bcrypt or SHA-512? Which is weaker?

${ambCat('credential', BCRYPT)}
${ambCat('credential', SHA512CRYPT)}`, 'password hashes: ambiguous, no rule id'),

  rec('test_card_en', f`For the zoo's new ticket kiosk UAT, which card should testers use? The acquirer's guide lists ${amb('financial.payment_card', '4111 1111 1111 1111')} for approvals and a separate one for declines.`),

  rec('gift_voucher_hu', f`Egy látogató panaszkodik, hogy az állatkerti ajándékutalványa ("6033 1840 2275 9316") nem fogadja el a webshop. Szerintem elírta. Írj neki egy kedves választ, hogy ellenőrizze a számot a kártya hátoldalán.`, 'gift voucher number that fails the Luhn check: not a card'),

  rec('aadhaar_typo_hi', f`सदस्य ने फ़ॉर्म में आधार नंबर 4525 3629 7581 लिखा है और सिस्टम "invalid checksum" बता रहा है। सदस्य को SMS में क्या लिखें कि वह अपना आधार कार्ड फिर से देखकर सही नंबर दे? नंबर SMS में न दोहराएँ।`, 'Aadhaar number failing the Verhoeff check'),

  rec('dates_tr', f`Bu nöbet çizelgesini tabloya çevirir misin?
Dr. Elif Kaya — 02.10.2024, 09.10.2024, 16.10.2024 (katarakt)
Dr. Murat Demir — 03.10.2024, 10.10.2024 (retina)
Op. Dr. Selin Aydın — 04.10.2024 (LASIK, SMILE)`),

  rec('code_env_getenv', f`Is this the right way to read the data-room credentials in our export script?

\`\`\`python
${v('source_code.snippet', f`import os

DATAROOM_USER = os.environ["DATAROOM_USER"]
DATAROOM_PASSWORD = os.environ["DATAROOM_PASSWORD"]
API_TOKEN = os.getenv("DATAROOM_API_TOKEN", "")

if not API_TOKEN:
    raise SystemExit("set DATAROOM_API_TOKEN first")`)}
\`\`\``, 'secrets read from the environment: no values'),

  rec('git_remote', f`Which one should I use for the glossary repo, HTTPS or SSH? The README says ${amb('pii.email', 'git@github.com')}:lokali/glossaries.git but I'm behind the office proxy.`),

  rec('redacted_nl', f`Vat dit gecensureerde verhoorverslag samen in drie zinnen:

Getuige: [GEANONIMISEERD], BSN: [VERWIJDERD], tel: ***-*******
"Ik heb de facturen van Vermeulen Bouw nooit zelf gezien, die kwamen altijd via de directeur. De bankgegevens werden telefonisch doorgegeven."`),

  rec('iban_format_en', f`Write a short help text for our payout form explaining IBAN format. Example to show the structure, not a real account: "GBkk BBBB SSSS SSAA AAAA AA — two letters, two check digits, bank code, sort code, account number".`),

  rec('password_policy_ka', f`გთხოვ, ეს პაროლის პოლიტიკა თარგმნე ინგლისურად: "პაროლი უნდა შედგებოდეს მინიმუმ 12 სიმბოლოსგან, შეიცავდეს დიდ და პატარა ასოებს, ციფრს და სპეციალურ სიმბოლოს. პაროლის შეცვლა სავალდებულოა ყოველ 90 დღეში. არ გამოიყენოთ ძველი 5 პაროლი."`),

  rec('chat_placeholder_ru', f`В инструкции для монтажников написано: «логин: ваш табельный номер, пароль: ********». Перепиши эту часть понятнее, и добавь, что пароль выдаёт мастер участка лично.`),

  rec('water_quality_fi', f`Voitko tehdä tästä akvaarion vedenlaatuloki-otteesta kaavion kuvauksen?

Allas 3 (koralliriutta): 25,4 °C, pH 8,21, NO3 4,8 mg/l, suolaisuus 35,1 ‰
Allas 5 (hait): 24,9 °C, pH 8,14, NO3 7,2 mg/l, suolaisuus 34,8 ‰
Anturi S-2209-118, kalibroitu 12.09.2024`),

  rec('studbook_en', f`Summarise this transfer proposal from the regional studbook keeper:

Red panda (Ailurus fulgens), studbook #1184, ZIMS GAN MIG12-31284710, born 17 June 2021 at Rotterdam.
Recommendation: transfer to our zoo for pairing with #1207. Quarantine 30 days, TB test on arrival.`, 'an animal birth date and studbook ids are not personal data'),

  rec('drama_phone_en_gb', f`For the train-crew briefing video script, the fictional control room number on screen is ${amb('pii.phone', '07700 900418')}. Can you write the 30-second scene where the signaller calls the driver?`),

  rec('svg_en', f`The possession-map icon renders upside down in Edge. SVG:

${amb('source_code.snippet', f`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M12 2L4 7v10l8 5 8-5V7l-8-5zm0 2.3l5.6 3.5L12 11.3 6.4 7.8 12 4.3zM6 9.6l5 3.1v6.6l-5-3.1V9.6zm7 9.7v-6.6l5-3.1v6.6l-5 3.1z" fill="#E30613"/></svg>`)}`),

  rec('uuid_list_ms', f`Senarai ID kes siasatan ini perlu dinomborkan semula ikut tarikh. Boleh tolong?
- 2b8d41e7-93c6-4f0a-b51e-7c24e9d083fa (dibuka 3 Sep)
- 91f0c3a2-6d57-4e18-a2b9-0f4c7e86d315 (dibuka 28 Ogos)
- c4e72a19-0b83-4d65-9f1e-53a8d2b7c460 (dibuka 11 Sep)`),
];
