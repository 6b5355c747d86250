/**
 * Held-out batch 34: hard negatives — tracking numbers, vessel and container ids, watch
 * references, public keys, placeholders, test keys, hashes, masked and check-digit-failing numbers
 * and casual uses of "secret" / "confidential" / "password" in the batch's languages
 * (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous spans.
 * Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const WG_PUB1 = b64Bytes('b34n-wgpub1', 32);
const WG_PUB2 = b64Bytes('b34n-wgpub2', 32);
const WG_PUB3 = b64Bytes('b34n-wgpub3', 32);
const SK_TEST = tok('sk_', 'test_', '51', fill('b34n-sktest', B62, 97));
const PK_TEST = tok('pk_', 'test_', '51', fill('b34n-pktest', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const CODESIGN_CERT = pem('CERTIFICATE', 'b34n-codesign', 1020);
const PUBKEY = pem('PUBLIC KEY', 'b34n-pub', 294);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA${fill('b34n-png', B64, 220)}`;
const INTEGRITY = (seed: string) => `sha512-${b64Bytes(seed, 64)}`;

export const BATCH34_NEGATIVES: DraftRecord[] = [
  rec('wireguard_template', f`This is the template we hand to customers for manual WireGuard setup on routers. Does the wording of the comments make sense to a non-technical person?

${amb('source_code.snippet', f`[Interface]
# Paste the private key shown ONCE in your account page here
PrivateKey = <YOUR_PRIVATE_KEY>
Address = 10.66.x.x/32
DNS = ${amb('pii.ip_address', '10.66.0.1')}

[Peer]
# Server: Seoul 07
PublicKey = ${WG_PUB1}
AllowedIPs = 0.0.0.0/0, ::/0
Endpoint = kr-seoul-07.tunnelwarden.net:51820
PersistentKeepalive = 25`)}`, 'placeholder private key; the server public key is public'),

  rec('json_server_list', f`${amb('source_code.snippet', f`{
  "version": "2024-12-03",
  "servers": [
    { "id": "my-kul-01", "city": "Kuala Lumpur", "pubkey": "${WG_PUB2}", "port": 51820, "load": 0.41 },
    { "id": "gr-ath-02", "city": "Athens", "pubkey": "${WG_PUB3}", "port": 51820, "load": 0.18 }
  ]
}`)}

The apps download this list every 6 h. Should we sign it? Someone could swap the public keys on a compromised CDN.`),

  rec('shell', f`LocalStack for the label-printing service works in the terminal but not from the app container:

${amb('source_code.snippet', f`$ export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
$ export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
$ aws --endpoint-url=http://localhost:4566 s3 mb s3://labels
make_bucket: labels
$ docker compose exec label-api python -c "import boto3; print(boto3.client('s3').list_buckets())"
botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL: "http://localhost:4566/"`)}`, 'AWS documentation keys in a LocalStack session'),

  rec('code_php_fr', f`Sur l'environnement de recette, le paiement passe mais le webhook n'arrive jamais. Voici la config:

${v('source_code.snippet', f`<?php
// config/stripe.php — recette uniquement, mode test
return [
    'secret'      => env('STRIPE_SECRET', '${SK_TEST}'),
    'publishable' => env('STRIPE_KEY', '${PK_TEST}'),
    'webhook'     => env('STRIPE_WEBHOOK_SECRET'),
    'currency'    => 'chf',
];`)}

Faut-il une clé de webhook différente pour la recette et la prod?`, 'Stripe test keys in a PHP config file'),

  rec('tracking_is', f`Getur þú flokkað þessar sendingar eftir tegund þjónustu? Forskeytið segir til um það held ég.

RR473124829IS — ábyrgðarbréf
CP118204735IS — pakki
EE209341186IS — hraðsending (EMS)
LX556102938IS — smápakki
RR473124833IS — ábyrgðarbréf

Allar fóru frá Selfossi 2. desember.`),

  rec('stock_ko', f`청담 부티크 재고 목록인데, 모델별로 수량 합계 내 주세요.

Ref. DC-3400/ST-01  시리얼 418273  스틸 38mm  1개
Ref. DC-3400/ST-01  시리얼 418291  스틸 38mm  1개
Ref. DC-7120/QP     시리얼 072284  로즈골드 40mm  1개
Ref. DC-5500/CH     시리얼 311905  플래티넘 42mm  2개
Ref. DC-9030/TB     시리얼 009118  화이트골드 41mm  1개 (예약)

보증서 번호는 시리얼과 같아요.`),

  rec('vessel_el', f`Φτιάξε μου έναν πίνακα με τα πλοία του πελάτη για την πρόταση ανανέωσης:

MV Argostoli Star — IMO 9481203, MMSI 241837000, διακριτικό SVBX7, bulk carrier 82.000 dwt, ναυπήγηση 2011
MV Kefalonia Breeze — IMO 9572214, MMSI 241902000, διακριτικό SVCA3, bulk carrier 63.500 dwt, ναυπήγηση 2013
MT Ithaca Spirit — IMO 9390527, MMSI 636018847, διακριτικό D5KL9, product tanker 49.990 dwt, ναυπήγηση 2008 (σημαία Λιβερίας)

Ασφαλισμένα κεφάλαια: 18,5 / 21 / 14 εκατ. USD.`),

  rec('cargo_claim', f`Cargo claim file HC-24-11877 — list the documents we still need from the consignee:

Container: MSCU 417283 9 (40' reefer), seal ML-4418203
B/L: MEDUGY418273 dated 02/11/2024, Port Klang → Gulfport via Algeciras
Commodity: frozen shrimp, HS 0306.17
Temperature log shows -12 °C for 31 h on 18–19 Nov (set point -18 °C)
Survey report ref: SRV-GPT-2024-0883 (pending)
Policy: HCM/CGO/OC/2024/0117, ICC (A) + reefer breakdown clause`),

  rec('receipt_ms', f`Tolong terjemahkan resit ini ke English untuk tuntutan perbelanjaan:

BUTIK DELACOMBE — SURIA KLCC
No. Resit: KUL-2024-118273
Tarikh: 30/11/2024 16:42
Item: Tali kulit aligator, 20mm, coklat — RM 1,450.00
Kaedah bayaran: VISA **** **** **** 6623
Kod kelulusan: 084172
Terima kasih atas kunjungan anda.`),

  rec('chat', f`Customer insists their loyalty card number 6214 8832 0917 4450 is a UnionPay credit card and wants us to charge it at the till. The POS says "invalid card". Is that because it's a store card?`, 'Luhn-failing number'),

  rec('email_hu', f`Szia Gergő!

A beszállító ezt a számlaszámot adta meg, de az OTP netbank elutasítja: HU47 1177 3016 1111 1018 0000 0000. Szerintem elírták, mert a vezérszámok nem stimmelnek. Írnál nekik egy rövid levelet, hogy ellenőrizzék?

Köszi, Dóra`, 'IBAN with wrong check digits'),

  rec('release_notes', f`Please turn this into customer-friendly release notes for TunnelWarden 7.4.2:

- fix(win): block non-tunnel DNS on adapter change (${GITSHA('b34n-g1').slice(0, 10)})
- fix(split-tunnel): load helper DLL from System32 only (${GITSHA('b34n-g2').slice(0, 10)})
- feat(android): quick-settings tile for kill switch (${GITSHA('b34n-g3').slice(0, 10)})
- chore: bump wireguard-go to 0.0.20230223, OpenSSL 3.0.15

Installer checksums (SHA-256):
TunnelWarden-7.4.2-x64.msi  ${SHA('b34n-msi')}
TunnelWarden-7.4.2.dmg      ${SHA('b34n-dmg')}`),

  rec('docker', f`Which of these images should we promote to prod? The digest changed but the tag didn't:

registry.tunnelwarden.io/update-server:2.8.1@sha256:${SHA('b34n-d1')}
registry.tunnelwarden.io/update-server:2.8.1@sha256:${SHA('b34n-d2')}

Built 2 Dec 14:02 and 3 Dec 09:15 respectively.`),

  rec('codesign', f`Our Windows code-signing certificate renewal came back. Is this the full chain or just the leaf? (this is the public cert from the .cer file)

${CODESIGN_CERT}`),

  rec('jwks', f`Partner asked for the key to verify our webhook signatures. This is the public key from our JWKS endpoint, fine to send by e-mail right?

${PUBKEY}`),

  rec('docs_lb', f`Kanns de dës Tabell an der README méi verständlech maachen? Et ass fir d'Kollegen vum Logementsservice, déi keng Entwéckler sinn.

| Variabel | Beispill | Bemierkung |
|---|---|---|
| \`DATABASE_URL\` | \`postgres://<user>:<password>@<host>:5432/mieterportal\` | vum IT-Service |
| \`SENDGRID_API_KEY\` | \`SG.xxxxxxxxxxxxxxxx\` | am Vault |
| \`SESSION_SECRET\` | \`change-me\` | zoufälleg, min. 32 Zeechen |
| \`GITHUB_TOKEN\` | \`ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\` | nëmme fir CI |`),

  rec('helm', f`${amb('source_code.snippet', f`postgresql:
  auth:
    existingSecret: claims-db-credentials
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: app-password
app:
  env:
    - name: DB_PASSWORD
      valueFrom:
        secretKeyRef:
          name: claims-db-credentials
          key: app-password
    - name: SMTP_PASSWORD
      value: "\${SMTP_PASSWORD}"`)}

Is it OK to leave SMTP_PASSWORD as an env substitution or will Helm render it literally?`),

  rec('policy_ms', f`Tolong perbaiki ayat polisi kata laluan ini supaya lebih jelas:

"Kata laluan mestilah sekurang-kurangnya 14 aksara, tidak boleh mengandungi nama pengguna, dan tidak perlu ditukar setiap 90 hari kecuali disyaki terdedah. Jangan sekali-kali berkongsi kata laluan melalui WhatsApp atau e-mel. Pengesahan dua faktor (2FA) wajib untuk semua akaun sistem tuntutan."`),

  rec('chat_ko', f`회사 노트북 비밀번호를 잊어버렸어요. BitLocker 복구 키를 물어보는 화면이 나오는데, 이건 IT팀에 요청해야 하나요 아니면 제가 Microsoft 계정에서 찾을 수 있나요?`),

  rec('chat_ur_roman', f`Bhai mera Gmail ka password bhool gaya hoon aur recovery number purana hai jo ab band ho gaya. Koi tareeqa hai account wapas lene ka? Office ka kaam bhi usi pe hai.`),

  rec('chat_is', f`Við erum að skrifa fræðsluefni fyrir nýtt starfsfólk á frjósemisstofunni um trúnað og þagnarskyldu. Hvaða reglur gilda á Íslandi um þagnarskyldu heilbrigðisstarfsmanna og hvernig útskýrum við það á einfaldan hátt?`),

  rec('chat_el', f`Ετοιμάζω εκπαίδευση GDPR για το γραφείο του Πειραιά. Ποια είναι η διαφορά ανάμεσα στην «εμπιστευτικότητα» και την «ακεραιότητα» των δεδομένων, με παραδείγματα από ασφάλειες πλοίων;`),

  rec('chat_hu', f`A kolléganőm bizalmasan elmondta, hogy gyereket várnak, de még nem szólt a főnöknek. Hogyan tudnám úgy átszervezni a januári ügyeleti beosztást, hogy ne legyen feltűnő?`),

  rec('chat_fr_ch', f`Quel est le secret d'un bon réglage de tourbillon? Un client me demande pourquoi sa montre avance de 4 secondes par jour à plat mais retarde en position verticale, je voudrais lui répondre simplement.`),

  rec('roster', f`Christmas roster for the Inverness delivery office — can you check nobody works more than 6 days in a row?

Mon 16/12 – Sat 21/12: Duty A (05:30–13:30) Ewan, Shona, Kieran; Duty B (07:00–15:00) Mhairi, Fraser
Sun 22/12: Sunday parcels only, 08:00–14:00 Ewan, Kieran
Mon 23/12 – Tue 24/12: all hands, 05:00 start
Wed 25/12 – Thu 26/12: closed
Fri 27/12: Duty A Shona, Fraser; Duty B Mhairi`),

  rec('lab_log', f`Summarise the incubator incidents for the monthly quality report:

2024-11-04 06:12  EmbryoScope ES-2  CO2 6.3% (target 6.0%)  alarm cleared 06:19  embryos E-2024-1182-01..06 unaffected
2024-11-17 22:40  Incubator K-4     power blip 3 s, UPS held  no action
2024-11-29 13:05  Culture media lot G-TL 2411-0873 exp 2025-06-30 received, QC pass (pH 7.29)
Donor codes involved this month: D-EDI-0418, D-EDI-0422, D-AKL-0107`),

  rec('customs_form', f`Help me fill the CN23 customs declaration, which boxes are mandatory for a gift?

Sender: our Reykjavík branch; recipient in Auckland
Contents: knitted wool sweater (lopapeysa), 1 pc, 0.6 kg, ISK 24,900, HS 6110.11, origin IS
Category: Gift
Item number: CP118204735IS
Postage paid: ISK 8,450`),

  rec('addresses_gh', f`Convert these GhanaPostGPS digital addresses to the depot zones for tomorrow's runs:

GA-183-8164, GA-492-0211, GT-041-2297, AK-039-5028, AK-485-9921, WS-117-4430

Zone rule: GA → Accra Central, GT → Tema, AK → Kumasi, WS → Takoradi.`),

  rec('coords_nz', f`Are these depot coordinates right? The map pins look off for Wiri.

Wiri depot: -37.0061, 174.8641
Christchurch mail centre: -43.5391, 172.5934
Dunedin depot: -45.8862, 170.5028
Datum is WGS84 in our system, NZTM in the council GIS.`),

  rec('ssn_test', f`${v('source_code.snippet', f`def test_rejects_invalid_ssn():
    for bad in ["000-12-3456", "666-45-1234", "912-34-5678", "123-00-4567"]:
        with pytest.raises(ValidationError):
            IdentityProfile(ssn=bad)`)}

Our ID-protect signup validator accepts 912-34-5678. Why isn't the 9xx area rejected?`, 'SSNs with area 000/666/9xx or group 00: invalid, and the test itself is code'),

  rec('test_cards', f`For the checkout QA plan: use ${amb('financial.payment_card', '4111 1111 1111 1111')} for a successful payment and ${amb('financial.payment_card', '4000 0000 0000 0002')} for a generic decline in the PSP sandbox. Which one should we use for testing 3-D Secure challenge on the boutique site?`, 'well-known test card numbers: ambiguous'),

  rec('fictional_phone', f`For the tenant-portal demo video we'll show a fake tenant: "Jamie Example, 12 Sample Street, phone ${amb('pii.phone', '07700 900461')}". Is that number range safe to show on screen in the UK?`, 'Ofcom drama range: ambiguous'),

  rec('minified_js', f`Sentry flags this line of the boutique bundle as the crash site, what's it doing?

${amb('source_code.snippet', `(self.webpackChunkdlc=self.webpackChunkdlc||[]).push([[771],{3318:(e,t,n)=>{"use strict";n.d(t,{R:()=>c});var r=n(6540),a=n(4848);function c(e){let{refs:t=[],onSelect:n}=e,[o,l]=(0,r.useState)(null);return(0,a.jsx)("div",{className:"dlc-grid",children:t.map((e=>(0,a.jsx)("button",{"data-ref":e.ref,"aria-pressed":o===e.ref,onClick:()=>{l(e.ref),n&&n(e)},children:e.label},e.ref)))})}}}]);`)}`),

  rec('html_email', f`The watch image in our newsletter shows as a broken icon in Outlook. Snippet:

${amb('source_code.snippet', f`<td align="center" style="padding:24px 0">
  <img src="data:image/png;base64,${PNG_B64}" width="64" height="64" alt="Delacombe">
</td>`)}

Should I use a hosted image instead?`),

  rec('package_lock', f`${amb('source_code.snippet', f`"node_modules/@delacombe/ui": {
  "version": "3.12.0",
  "resolved": "https://registry.npmjs.org/@delacombe/ui/-/ui-3.12.0.tgz",
  "integrity": "${INTEGRITY('b34n-int1')}",
  "dependencies": { "react": "^18.2.0" }
},
"node_modules/date-fns": {
  "version": "3.6.0",
  "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
  "integrity": "${INTEGRITY('b34n-int2')}"
}`)}

npm ci fails with EINTEGRITY on @delacombe/ui after we republished 3.12.0. What's the right fix?`),

  rec('svg', f`Can you make this logo path a bit lighter (thinner stroke) for the dark theme?

<svg viewBox="0 0 64 64"><path d="M32 4a28 28 0 1 0 0.1 0zm0 6a22 22 0 1 1-0.1 0zM31 14h2v18.6l9.2 9.2-1.4 1.4L31 33.4z" fill="none" stroke="#c9a45c" stroke-width="2.5"/></svg>`),

  rec('git_remote', f`New laptop, cloning fails:

$ git clone ${amb('pii.email', 'git@github.com')}:tunnelwarden/android-client.git
Permission denied (publickey).

I added my public key to GitHub already (ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b34n-sshpub', B64, 43)} bence@tw-bud-laptop). What else?`),

  rec('housing_refs', f`Merge these two lists and show me which properties appear in both:

List A (voids): EDN-0418-2B, EDN-0422-1A, EDN-0507-3C, CRG-0112-2A
List B (gas safety overdue): CRG-0112-2A, EDN-0422-1A, MDB-0931-1B

Rent account refs for context: RA-77104182, RA-77104225 (not needed in output)`),

  rec('tlp_clear', f`${amb('confidential.marking', 'TLP:CLEAR')}
TunnelWarden security bulletin: we are aware of reports about a "VPN bypass" technique using DHCP option 121. Our Linux and Android clients are not affected; Windows users on 7.3+ are protected by the kill switch.

Translate into Korean and Malay for the regional support sites.`, 'TLP:CLEAR allows public disclosure: a marking, but not of confidentiality (ambiguous)'),

  rec('chat_lb', f`Wat ass eigentlech de Geheimnis vun enger gudder Bouneschlupp? Meng Bomi huet ëmmer eppes dra gemaach wat keen wousst. Ech wëll se fir d'Chrëschtfeier vum Logementsservice maachen, fir 25 Leit.`),

  rec('postal_rates', f`Make a clean table of the 2025 domestic tariffs from these notes:

Letter up to 100 g: $1.70 (was $1.60)
Large letter up to 750 g: $3.40
Parcel up to 3 kg: $9.90 nationwide, +$4.50 rural delivery
Courier overnight up to 5 kg: $14.80
Price change effective 01/02/2025, approved 12/11/2024 by the board.`),

  rec('chat', f`In the IVF success-rate report, what's the difference between "per embryo transferred", "per egg collection" and "per cycle started"? And why do clinics like to publish the first one?`),

  rec('license_template', f`Can you make this licence e-mail template friendlier? Keep the placeholders exactly as they are.

"Thanks for buying TunnelWarden Premium! Your licence key is {{ license.key }} and it's valid until {{ license.expires_at | date }}. Activate it on up to {{ license.seats }} devices. Lost your key? Log in at account.tunnelwarden.com with {{ customer.email }}."`),

  rec('cisco_template', f`Baseline template for the new depot switches — are the placeholders obvious enough for the field techs?

${amb('source_code.snippet', f`hostname <SITE>-DEPOT-SW01
enable secret <from-vault:net/enable>
username netops privilege 15 secret <from-vault:net/netops>
snmp-server community <from-vault:net/snmp-ro> RO 10
line vty 0 15
 transport input ssh
 login local`)}`),

  rec('invalid_phone', f`Our tenancy form rejects this number a tenant typed: +44 131 558 472. She says she copied it from the housing office's old leaflet. Is the validation right to reject it, or is the leaflet wrong?`, 'phone-shaped number libphonenumber rejects'),

  rec('chat_ur', f`ہمارے فرٹیلیٹی کلینک کی ویب سائٹ کے لیے "رازداری کی پالیسی" کا ایک مختصر تعارف لکھ دیں۔ اس میں بتائیں کہ مریضوں کی معلومات کیسے محفوظ رکھی جاتی ہیں، لیکن کوئی قانونی دعویٰ نہ ہو۔`),

  rec('uuid_log', f`Why does the same device register twice? Device IDs from the API log:

2024-12-03T08:14:22Z POST /v3/devices 201 device=6f1c2a9e-4b73-4d08-9e21-c58a0f3b7d14 platform=android
2024-12-03T08:14:23Z POST /v3/devices 201 device=0b94e7d1-3a2c-4f5e-8d60-71c9b2a4e583 platform=android
2024-12-03T08:14:23Z POST /v3/devices 409 device=6f1c2a9e-4b73-4d08-9e21-c58a0f3b7d14 platform=android`),

  rec('version_chat', f`The MDM says the boutique iPads are on iPadOS 17.6.1 (21G93) and the POS app needs 17.7 or later. Our POS build is 2024.11.28.4 and Lightspeed says 5.41.0 is the minimum. Can you list what needs updating first?`),
];
