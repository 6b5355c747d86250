/**
 * Held-out batch 21: hard negatives from the same workplaces — container, IMO, train and booking
 * numbers, public wallet addresses and transaction hashes, lot and sample ids, checksums, masked
 * and test cards, invalid ids, placeholders, documentation keys, casual "confidential".
 * Only ambiguous spans are labelled. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, HEX, fill, pem, tok } from '../tokens';

const SHA = (seed: string) => fill(seed, HEX, 64);
const ETH_TX = (seed: string) => `0x${fill(seed, HEX, 64)}`;
const ETH_ADDR = (seed: string) => `0x${fill(seed, HEX, 40)}`;
const BTC_ADDR = tok('bc1q', fill('b21-n-btc', 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 38));
const TRON_ADDR = tok('T', fill('b21-n-tron', '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 33));
const CERT = pem('CERTIFICATE', 'b21-n-cert', 880);
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b21-n-sshpub', B62, 43)} crane-jump@portops`;
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b21-n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b21-n-pklive', B62, 97));
const BCRYPT = tok('$2y$10$', fill('b21-n-bcrypt', B62 + './', 53));
const GIT = (seed: string) => fill(seed, HEX, 40);

export const BATCH21_NEGATIVES: DraftRecord[] = [
  rec('chat', f`Can you check the check digits on these containers before I send the COPARN? Customs bounced one yesterday.
MSCU 482917 3
TGHU 720418 6
MTLU 441827 0
CAIU 905112 4
FCIU 318842 9
Seals: ML-4417820, ML-4417821, ML-4417822`),

  rec('schedule', f`Vessel schedule wk 50 – Terminal SAI, put this in a nicer table:

Vessel            IMO       MMSI        Call sign  ETA (LT)          Berth
Tideline Aurora   9812476   563018240   9V4821     12/12 06:00       B3
Nordic Tern       9704181   257384000   LAWQ7      13/12 14:30       B1
Aegean Crest      9438215   241592000   SVCR4      14/12 22:00       B4
Voyage refs: 0AU4NE1MA, 0NT2SE1MA, 0AC7WE1MA`),

  rec('timetable_fi', f`Voitko tehdä tästä selkeän taulukon asiakastiedotteeseen?

IC 27   Helsinki 07:12 → Oulu 13:24   raide 9
S 41    Helsinki 08:00 → Tampere 09:35   raide 7
IC 175  Tampere 10:02 → Turku 11:55
Pendolino S 43 korvataan 14.–15.12. IC-junalla, kalustona Sm3-yksiköiden sijaan Sr2 + 6 vaunua.
Ratatyöt välillä Kerava–Riihimäki km 38+400 – 52+100 la–su 02:00–05:30.`),

  rec('booking_chat', f`customer keeps quoting two numbers and I don't know which is the booking. "Booking MTL2417738290, B/L MTLU7742190, PNR for the crew flight X4KP9Q, my invoice INV-2024-118273". Which one do I search in the booking system?`),

  rec('chat', f`Is this deposit confirmed on chain? User says it's stuck.
Network: Ethereum
Tx hash: ${ETH_TX('b21-n-tx1')}
From: ${ETH_ADDR('b21-n-from')}
To (our deposit address): ${ETH_ADDR('b21-n-to')}
Amount: 2,450 USDT, confirmations 8/12`, 'public transaction hash and wallet addresses: not secret'),

  rec('chat', f`Write a customer reply explaining we only support native SegWit for BTC withdrawals. Their address is ${BTC_ADDR}, and they also asked about TRC-20 to ${TRON_ADDR}, which we don't support for this asset.`),

  rec('assay', f`Summarise the high-grade intervals from this assay batch for the weekly geology note:

Lab job PER-24-118734  |  Batch 7 of 9  |  Received 28/11/2024
Sample_ID   Hole      From  To    Fe%    SiO2%  Al2O3%  LOI
YR204817    YRRC0412  42    44    62.81  3.14   1.92    4.10
YR204818    YRRC0412  44    46    63.40  2.88   1.77    3.95
YR204819    YRRC0412  46    48    58.12  7.45   2.61    4.32
YR204820    YRRC0413  12    14    64.05  2.21   1.40    3.88
Standard GIOP-125 within 2SD; blank BLK-0447 < DL.`),

  rec('log', f`${amb('source_code.snippet', f`2024-12-04T11:02:17.441Z INFO  booking-api  req=9f2c4e71-3b58-4d0a-96e1-72c8d4b3f5a0 PUT /v2/bookings/MTL2417738290/containers status=200 dur=112ms
2024-12-04T11:02:17.893Z INFO  booking-api  req=1ad7b3c9-e462-4f18-b0d5-3c9e2a71f864 GET /v2/vessel-visits/0AU4NE1MA status=200 dur=38ms
2024-12-04T11:02:18.120Z WARN  booking-api  req=5c8e0f2a-71d9-4b36-a4e8-92f1c7b3d605 VGM missing for TGHU7204186 status=422 dur=21ms`)}

Why does the VGM check only run on PUT?`),

  rec('firmware', f`OT change log entry, please reword it for the monthly report:

Updated Moxa NPort 5650 serial servers at crusher MCC (4 units) from firmware 3.9.4 Build 22061811 to 3.10.1 Build 24031209.
SHA-256 of image: ${SHA('b21-n-fw1')}
Verified against vendor advisory MPSA-232905. Device serials TAIBB1038471, TAIBB1038472, TAIBB1039110, TAIBB1039111. MAC 00:90:E8:7A:41:0C etc.`),

  rec('release_notes', f`Turn into release notes for the terminal ops team:

tos-edi-adapter 4.12.0 → 4.13.2
- image ghcr.io/tideline/tos-edi-adapter@sha256:${SHA('b21-n-img')}
- commits ${GIT('b21-n-g1').slice(0, 7)}, ${GIT('b21-n-g2').slice(0, 7)}, ${GIT('b21-n-g3').slice(0, 7)}
- BAPLIE 2.2.1 → 3.1 support, COARRI timestamps now UTC
- fixed: VGM rounding (#2281)`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example for the geology data loader — copy to .env and fill in
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
AWS_REGION=ap-southeast-2
MDM_USER=<your-mdm-user>
MDM_PASSWORD=<your-mdm-password>
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/geo`)}

Write a README section explaining each variable for the new grad geologists.`),

  rec('qa_guideline', f`Rewrite this QA rule for agents more clearly:

"When confirming a card on file, read only the last four digits, e.g. 'the Visa ending 4417'. Screens show the card as **** **** **** 4417 or 4417-XXXX masking depending on the CRM; never ask the customer to read the full number. If a customer starts reading out the long number, interrupt politely and transfer to the secure IVR."`),

  rec('test_cards', f`For the card-deposit sandbox tests use these, from the processor's docs:

Success: ${amb('financial.payment_card', '4242 4242 4242 4242')}
Debit card: ${amb('financial.payment_card', '4000 0566 5566 5556')}
Decline: ${amb('financial.payment_card', '5555 5555 5555 4444')} with CVC 000

Write a short test plan table (case, card, expected result).`),

  rec('dispute', f`Customer disputes a charge but the card number he gave us doesn't match anything: 4696 6926 8774 3902. Could he have mistyped one digit? How do I explain that politely without sounding like I'm accusing him?`, 'a Luhn-failing card number: not a card'),

  rec('chat', f`The bank says the IBAN on the supplier form is invalid: DE64 1943 8045 4424 2855 64. The supplier insists it's right. What are the usual reasons an IBAN fails validation?`, 'wrong check digits: not a valid IBAN'),

  rec('lease_dates', f`Work out the rent review dates for this lease: commencement 01/07/2021, term 5 years + 5 year option, reviews annually on the anniversary (CPI) and market review at option commencement. Break clause notice by 31/12/2025. Also the tenant's business started trading 14/03/2019, not sure that matters.`),

  rec('eta_chat', f`ETA MV Nordic Tern moved from 13/12 14:30 to 15/12 02:00 due to weather off Fremantle. Pilot booked 15/12 01:00, lashing gang 02:30. Draft the notice to the stevedores.`),

  rec('chat', f`I'm confident the new berth allocation will cut waiting time, but how do I present it without sounding overconfident? Also our legal team asked whether we need a confidentiality clause in the pilot agreement with the shipping line — what's typical?`, 'casual uses of confident/confidentiality: no marking'),

  rec('training_doc', f`Fix the grammar in this payroll training slide:

"A National Insurance number looks like QQ 12 34 56 C — this is the HMRC example and is never issued. Never type a real employee's number in training material. SSNs in the US example pack use 000-12-3456, which is invalid on purpose."`),

  rec('chat', f`Aadhaar verification API returns "invalid checksum" for 7943 5236 7117, is it the customer's typo or our validator? how does the Verhoeff check work in simple words?`, 'Verhoeff-failing Aadhaar-shaped number'),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.test — sandbox only
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
KYC_PROVIDER=sandbox
KYC_API_KEY=test_key_replace_me`)}

Is it a problem that the publishable key in test env is a live one?`),

  rec('cert', f`Which expiry date does this certificate have? Portal for customs brokers.

${CERT}`, 'a public certificate: not a secret'),

  rec('authorized_keys', f`Added the vendor's key to the crane jump host authorized_keys, is the format right?

${SSH_PUB}`, 'an SSH public key: not a secret'),

  rec('network_plan', f`Draft a short description of the VLAN plan for the new rail depot network:

VLAN 110 Office        ${amb('pii.ip_address', '10.88.110.0')}/24
VLAN 210 CCTV          ${amb('pii.ip_address', '10.88.210.0')}/24
VLAN 310 Signalling    ${amb('pii.ip_address', '10.88.31.0')}/24 (isolated, firewall only)
VLAN 410 Train Wi-Fi backhaul ${amb('pii.ip_address', '10.88.41.0')}/23`),

  rec('version_chat', f`The HMI runtime says version 10.4.2.117 but the engineering station has 10.4.2.96, and the PLC firmware is V4.5.2. Do they need to match exactly for online changes?`, 'four-part version numbers, not IP addresses'),

  rec('chat', f`Converting coordinates for the drill plan: collar YRRC0414 at E 612345.20 N 7481290.55 (GDA2020 / MGA zone 50), RL 512.3 m. Can you give me the lat/long? And the dip/azimuth is -60 / 270.`),

  rec('evn', f`Schreib mir bitte eine Übersicht der Fahrzeuge, die diese Woche in die Werkstatt kommen:
94 80 0442 011-6 (ET 442, Fristarbeit)
94 80 0442 517-2 (Radsatzwechsel)
91 80 6185 219-3 (Lok, Stromabnehmer)
Bauartnummern stimmen mit der Liste vom 02.12. überein.`),

  rec('tracking', f`Parcel tracking for the spare parts: DHL 7741 0293 85, Aramex 34812976155, and the Chilean courier gave "guía 2024120400183746". Which one can I track online?`),

  rec('order_ids', f`Exchange support: user asks why order 1867453920184736512 was partially filled and order 1867453920184736598 cancelled. Trade ids T-884172910, T-884172911. What do I tell them about IOC orders?`),

  rec('policy', f`Make this password policy paragraph friendlier for the agents' handbook:

"Passwords must be at least 14 characters, must not contain your employee ID, and are rotated every 90 days. Never share your password with a team lead, IT will never ask for it. Use the format <passphrase-of-three-words> as a guide, e.g. three random words joined by dashes."`),

  rec('bcrypt', f`Legacy tenant portal stores password hashes like ${ambCat('credential', BCRYPT)}. Is bcrypt with cost 10 still acceptable or should we migrate to argon2?`, 'a password hash: sensitive, no rule claims it (ambiguous, no rule id)'),

  rec('meeting_notes', f`Notes from the vendor call on confidential computing for the KYC pipeline: they run enclaves on AMD SEV-SNP, attestation via their own service. Their sales guy was very confident about latency (<5 ms). Action: ask for a reference customer in fintech. Summarise for the CISO.`),

  rec('data_uri', f`This icon doesn't show in the Outlook signature: <img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${fill('b21-n-png', B62, 120)}=" width="16">. Is Outlook blocking data URIs?`),

  rec('jira', f`Prioritise these for the sprint: OPS-4412 berth crane PLC alarm flood, OPS-4415 gate OCR misreads on "0"/"O", TOS-2281 VGM rounding, RAIL-118 platform screens stuck on 23:59, KYC-907 liveness retries. One line each.`),

  rec('placeholder_config', f`${amb('source_code.snippet', f`radius:
  server: \${RADIUS_HOST}
  secret: \${RADIUS_SECRET}
opcua:
  username: "{{ .Values.opcua.user }}"
  password: "{{ .Values.opcua.password }}"
wireguard:
  private_key: "<generate with wg genkey>"`)}

How do I pass these from Vault into the Helm chart?`),

  rec('edi', f`What does this BAPLIE segment mean, the planner says the stowage is wrong:

${amb('source_code.snippet', f`LOC+147+0120482::5'
EQD+CN+MSCU4829173+45G1:102:5'
NAD+CA+MSC:172:20'
MEA+VGM++KGM:28640'
LOC+9+SGSIN:139:6'
LOC+11+NLRTM:139:6'`)}`),

  rec('csv', f`Summarise the punctuality per line from this export:

${amb('source_code.snippet', f`date,line,train_no,planned_dep,actual_dep,delay_min,cause_code
2024-12-02,Z,9722,06:14,06:19,5,ACC
2024-12-02,Z,9724,06:44,06:44,0,
2024-12-02,R,8617,07:02,07:15,13,SIG-07
2024-12-02,IC,27,07:12,07:12,0,
2024-12-02,IC,29,09:12,09:41,29,ROLL-12`)}`),

  rec('chat_tl', f`pa-explain naman po sa team kung bakit bawal i-save yung buong card number sa notes. Sample po na pwede: "Visa ending 1234". Hindi pwede yung 16 digits, kahit test lang. Sabihin din na yung CVV hindi talaga pwede i-record kahit kailan.`),

  rec('chat_sv', f`Kan du översätta till engelska? "Vår order 4500238117 för reservdelar till kross CR-2 är försenad. Leveransnummer 80047182, godsmärkning KWR-CL-7721. Fakturan kommer separat."`),

  rec('swift_mt', f`Explain what each field means in this MT103 header, training for new treasury analysts:

{1:F01${amb('financial.swift_bic', 'KVXIIE2DAXXX')}0000000000}{2:I103${amb('financial.swift_bic', 'UBSWCHZHX80A')}N}
:20:KVX-OPS-0412
:23B:CRED
:32A:241204CHF125000,00
:71A:SHA`, 'BICs only; no account numbers in the fragment'),

  rec('chat_ja', f`APIドキュメントにある署名の例で「api_key=YOUR_API_KEY&timestamp=1733213411000」と書いてありますが、timestampはミリ秒で合っていますか？サンプルの secret は "your-secret-here" となっています。`),

  rec('invalid_ssn', f`Our HR import rejected 666-40-1182 and 912-08-4471 as SSNs. The second one is an ITIN? Explain the difference for the payroll team in plain English.`, 'an SSN with area 666 is never issued; a 9xx number is an ITIN pattern'),

  rec('chat_el', f`Μπορείς να μου εξηγήσεις τι σημαίνει "confidential" στο charter party; Λέει "the terms of this charter shall remain confidential between Owners and Charterers". Είναι νομικά δεσμευτικό;`, 'a contract clause quoted in a question, not a marking of this text'),

  rec('chat_ko', f`주문번호 2024120418374 와 송장번호 6107334928105547 중 어느 것을 고객센터에 알려줘야 하나요? 택배사는 CJ대한통운입니다.`),

  rec('chat_zh', f`请帮我解释一下这份报关单上的字段：报关单号 224420241000184736，提单号 MTLU7742190，HS编码 8431.49.90，集装箱号 MSCU4829173，毛重 28,640 kg。`),

  rec('uuid_list', f`Which of these device ids are duplicated across the two depots?
Depot A: 62d1f8a4-0b73-4c9e-85a2-d4e7193bc0f6, a9e04c37-2f61-4b85-9d1c-7e3b58f02a94, 15b7c3e9-84d2-4a06-b3f1-0c9e72d5a418
Depot B: a9e04c37-2f61-4b85-9d1c-7e3b58f02a94, e7c25a19-3d84-4f0b-a6e2-91b4d07c3f58`),
];
