/**
 * Held-out batch 34: longer texts mixing categories — postmortems, e-mail threads, SQL dumps,
 * HL7 messages, CI files, chat exports and test fixtures from the six organisations of this batch.
 * Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, DIGITS, UPPER, b64, fill, jwt, tok } from '../tokens';

const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const g4 = (s: string): string => (s.match(/.{1,4}/g) ?? []).join(' ');
const luhn = (payload: string): string => payload + String(luhnCheckDigit(payload));

const GHP_OLD = tok('github_pat_', '11', fill('b34m-ghfg1', UPPER + DIGITS, 20), '_', fill('b34m-ghfg2', B62, 59));
const DCKR = tok('dckr_', 'pat_', fill('b34m-dckr', B64URL, 27));
const SNTRYS = tok('sntrys_', b64(JSON.stringify({ iat: 1727161200, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'tunnelwarden' })).replace(/=+$/, ''), '_', fill('b34m-sntrys', B64URL, 43));
const SG_B64 = b64(tok('SG.', fill('b34m-sg1', B64URL, 22), '.', fill('b34m-sg2', B64URL, 43)));
const JWT_STAFF = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'staff:hmcgregor', scope: 'tenancy:read tenancy:write', iat: 1733212800, exp: 1733241600 }, 'b34m-jwt');
const BOT_TG = tok('6620417395', ':', 'AA', fill('b34m-tg', B64URL, 33));
const IBAN_GR = iban('GR', '01402150215002320012847');
const IBAN_HU = iban('HU', '104000160192837400000000');
const IBAN_PK = iban('PK', 'MEZN0004170101938271');
const IBAN_IS1 = iban('IS', '0515261048272508824169');
const IBAN_IS2 = iban('IS', '0301260311821203682739');
const IBAN_CH = iban('CH', '00243243G51837260');
const CARD_SHOP = luhn('401847293016557');
const CARD_VIP = luhn('524318097264810');

export const BATCH34_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Postmortem: exposed build token in public mirror (SEC-2024-031)

**Summary:** On 29 Nov a public mirror of the \`killswitch-daemon\` repo was created by a contractor's automation. It contained \`.ci/release.env\` with a fine-grained GitHub token:

\`GITHUB_TOKEN=${v('credential.github_fine_grained_pat', GHP_OLD)}\`

**Detection:** GitHub secret scanning alert at 14:12 UTC, e-mailed to ${v('pii.email', 'security@tunnelwarden.com')}.
**Containment:** token revoked 14:31 UTC. Audit log shows two clones of the mirror from ${amb('pii.ip_address', '45.134.26.91')} and ${amb('pii.ip_address', '185.107.47.215')} before takedown; no API calls with the token.
**Contractor contact:** András Kerekes (${v('pii.email', 'a.kerekes@kodmuhely.hu')}, ${phone('+36 1 374 2851')})

**Actions:** release.env moves to Vault; pre-receive hook rejecting *.env; contractor offboarding checklist.

Can you rewrite this as a short customer-facing transparency note? No names, no IPs.`),

  rec('email_thread_el', f`Από: Ελένη Καραγιάννη <${v('pii.email', 'e.karagianni@halyardcrane.com')}>
Προς: Kenny MacLennan <${v('pii.email', 'k.maclennan@halyardcrane.com')}>
Θέμα: FW: Argostoli — settlement account change

Kenny, see below — the owner's CFO sent new bank details by e-mail. Please do NOT pay until we verify by phone, we had a spoofing attempt in September.

> From: Dimitris Mavridis <${v('pii.email', 'd.mavridis@argostoli-nav.gr')}>
> Please remit the settlement to our new account with Piraeus Bank:
> IBAN ${v('financial.iban', g4(IBAN_GR))}, BIC ${amb('financial.swift_bic', 'PIRBGRAA')}
> For any question call me on ${phone('+30 697 118 4402')}.

Our records have his mobile as ${phone('+30 694 227 3185')} — different number. Can you help me write a call-back script for verifying this change?`),

  rec('sql_dump', f`${amb('source_code.snippet', f`-- pg_dump fragment, table housing.tenants (test restore on laptop)
COPY housing.tenants (tenant_id, full_name, email, phone, ni_number, tenancy_start) FROM stdin;
T-118204\tIsla Crawford\t${v('pii.email', 'isla.crawford@gmail.com')}\t${phone('07712 418 903', 'GB')}\t${v('pii.uk_nino', 'AB 73 41 28 C')}\t2019-08-05
T-118219\tMohammed Rafiq\t${v('pii.email', 'm.rafiq1982@hotmail.co.uk')}\t${phone('0131 661 4830', 'GB')}\t${v('pii.uk_nino', 'WK 20 58 17 A')}\t2021-02-15
T-118230\tGordon Leitch\t\\N\t${phone('07841 927 315', 'GB')}\t${v('pii.uk_nino', 'ZR 48 31 06 B')}\t2023-11-27
\\.`)}

Restore fails with "extra data after last expected column". Is it the tab in the name field?`),

  rec('meeting_notes_nz', f`## Depot systems catch-up — Wiri, 3 Dec

Present: Aroha, Tama, Jess, Priya (Zebra rep online)

- Scanner firmware: 38 of 120 TC58s still on A13; Zebra to push A14 overnight Thursday
- Temp login for the Zebra rep on StageNow server: user \`zebra_support\`, password ${v('credential.password_in_prose', 'Kauri-Scanner-2291')}, expires Friday
- Tama on leave 16–20 Dec, Jess covering, mobile ${phone('022 318 4476', 'NZ')}
- Christmas peak: extra sort at 4am Sat 14 and 21 Dec

Please turn this into action items with owners.`),

  rec('hl7', f`Our LIS sends results to the clinic system but the patient never shows up as matched. Message:

${amb('source_code.snippet', f`MSH|^~\\&|AFLAB|AKL01|CLINIC|AFAKL|20241203091522||ORU^R01|LAB-448213|P|2.4
PID|1||AF-AKL-20931^^^AF^MR~${ambCat('pii', 'ZHW7425')}^^^NZLNHI^NHI||Ngata^Hineroa^^^^^L||${v('pii.date_of_birth', '19910722')}|F|||27 Kowhai Street^^Hamilton^^3204^NZ||${phone('021 398 2274', 'NZ')}^PRN^CP~^NET^Internet^${v('pii.email', 'hineroa.ngata@gmail.com')}
OBR|1||LAB-448213|AMH^Anti-Mullerian hormone|||20241202083000
OBX|1|NM|AMH^Anti-Mullerian hormone||14.6|pmol/L|5.5-39.4|N|||F`)}

Is the NHI in the wrong repetition of PID-3?`, 'NZ NHI number: no built-in rule (ambiguous, no rule id)'),

  rec('jira', f`DLC-WEB-482 — Checkout error shows customer data in the browser console

Reported by: ${v('pii.email', 'j.favre@delacombe.ch')}
Environment: boutique.delacombe.ch, prod

Console output a customer sent us (screenshot transcribed):
${amb('source_code.snippet', f`[checkout] submitPayment failed {status: 402, order: "DLC-LUX-2024-1183", customer: {email: "${v('pii.email', 'p.lentz@pt.lu')}", phone: "${phone('+352 26 48 31 72')}"}, card: {number: "${v('financial.payment_card', CARD_SHOP)}", exp: "06/28"}}
    at submitPayment (checkout.4f1c9a.js:1:18823)`)}

This must never reach the console. Can you suggest the fix and a regression test?`),

  rec('gitlab_ci', f`${amb('source_code.snippet', f`# .gitlab-ci.yml (desktop client)
variables:
  DOCKER_USER: tw-build
  DOCKER_PAT: ${v('credential.dockerhub_pat', DCKR)}
  SENTRY_AUTH_TOKEN: ${v('credential.sentry_auth_token', SNTRYS)}
  NOTIFY_TO: ${v('pii.email', 'release-desk@tunnelwarden.com')}

stages: [build, publish]

build:win:
  stage: build
  tags: [windows]
  script:
    - msbuild client\\win\\TunnelWarden.sln /p:Configuration=Release
    - sentry-cli debug-files upload --org tunnelwarden --project desktop-win client\\win\\out

publish:image:
  stage: publish
  script:
    - echo "$DOCKER_PAT" | docker login -u "$DOCKER_USER" --password-stdin
    - docker push tunnelwarden/update-server:$CI_COMMIT_TAG`)}

Our security lead says variables in the yml are visible to everyone with repo access. How do I move these to masked CI/CD variables without breaking the Windows runner?`),

  rec('email_hu', f`Tárgy: Belépő adatok – új kolléga (Nagy Réka)

Szia Zsófi!

Réka hétfőn kezd a support csapatban. Itt vannak az adatai a bérszámfejtéshez és a belépéshez:

Név: Nagy Réka
TAJ: ${ambCat('pii', '115 830 275')}
Bankszámla: ${v('financial.iban', IBAN_HU)}
Telefon: ${phone('+36 20 615 4438')}
Céges e-mail: ${v('pii.email', 'reka.nagy@tunnelwarden.com')}
Ideiglenes jelszó a laptophoz: ${v('credential.password_in_prose', 'Duna-Part-4471!')}

Köszi,
Bence

-> ezt így nem kellett volna e-mailben elküldenem, ugye? Írj egy rövid belső útmutatót, hogyan adjuk át ezeket biztonságosan.`),

  rec('whatsapp_ur', f`[03/12/24, 10:14] Sana (Reception LHR): Sir patient Mrs Rubina ka CNIC ${ambCat('pii', '35201-7294618-5')} hai, woh advance payment transfer karna chahti hain
[03/12/24, 10:15] Imran (Accounts): Unko humara IBAN bhej do ${v('financial.iban', IBAN_PK)} Meezan Bank
[03/12/24, 10:16] Sana (Reception LHR): Unka number ${phone('0300 8127 445', 'PK')} hai, receipt WhatsApp pe bhej dein?
[03/12/24, 10:18] Imran (Accounts): Haan, aur email pe bhi, ${v('pii.email', 'rubina.aslam@yahoo.com')}

Yeh chat export hai — is mein se patient data ka register banana hai, columns: naam, CNIC, phone, email, payment status.`),

  rec('csv_is', f`Getur þú búið til innheimtubréf fyrir leigjendur sem skulda meira en tvo mánuði? Hér er útdráttur:

${amb('source_code.snippet', f`leigjandi;kennitala;netfang;sími;skuld_kr;reikningur_endurgreiðslu
Anna Björk Gunnarsdóttir;${ambCat('pii', '250882-4169')};${v('pii.email', 'annabjork82@gmail.com')};${phone('+354 691 2478')};412000;${v('financial.iban', IBAN_IS1)}
Pétur Már Ólafsson;${ambCat('pii', '120368-2739')};${v('pii.email', 'petur.mar@internet.is')};${phone('+354 863 5190')};98500;${v('financial.iban', IBAN_IS2)}`)}

Bara þeir sem skulda yfir 300.000 kr.`),

  rec('k8s_secret_lu', f`${amb('source_code.snippet', f`# Fir d'Mieterportal — NET an d'Repo commiten!
apiVersion: v1
kind: Secret
metadata:
  name: mieterportal-mail
  namespace: logement
type: Opaque
data:
  SENDGRID_API_KEY: ${v('credential.base64_encoded_token', SG_B64)}
  MAIL_FROM: ${b64('no-reply@logement-esch.lu')}`)}

Ech hunn dat elo awer commitet. Wéi kréien ech et aus der Git-Historique eraus, an muss ech de Schlëssel nei generéieren?`, 'MAIL_FROM holds a base64-encoded address: not visible as an e-mail, left unlabelled'),

  rec('reconciliation_gh', f`Help me reconcile today's cash-on-delivery collections for the Kaneshie branch:

${amb('source_code.snippet', f`waybill,recipient,momo_number,amount_ghs,status
GP-ACC-558102,Esi Owusu,${phone('024 605 1182', 'GH')},145.00,PAID_MOMO
GP-ACC-558117,Kojo Asante,${phone('020 884 3061', 'GH')},89.50,PAID_MOMO
GP-ACC-558121,Abena Pokua,,212.00,PAID_CASH
GP-ACC-558130,Kwame Nkansah,${phone('054 771 2390', 'GH')},60.00,FAILED`)}

Branch float account at GCB: ${ambCat('financial', '1021130052294')}. Supervisor e-mail for the report: ${v('pii.email', 'kaneshie.supervisor@ghpost-parcels.com.gh')}.`),

  rec('crm_export_fr', f`${v('confidential.marking', 'CONFIDENTIEL')} — export CRM clients VIP, boutique de Genève

${amb('source_code.snippet', f`[
  {"client":"VIP-00412","nom":"Al-Mansouri, Tariq","email":"${v('pii.email', 'tariq.almansouri@me.com')}","tel":"${phone('+41 78 915 02 36')}","carte_enregistree":"${v('financial.payment_card', g4(CARD_VIP))}","montres":["DC-9030/TB","DC-5500"]},
  {"client":"VIP-00419","nom":"Chevalley, Anne-Laure","email":"${v('pii.email', 'al.chevalley@bluewin.ch')}","tel":"${phone('021 613 28 40', 'CH')}","iban_remboursement":"${v('financial.iban', IBAN_CH)}","montres":["DC-3400"]}
]`)}

Peux-tu me transformer ça en tableau Excel propre avec une colonne "dernier achat"? (je sais que la carte ne devrait pas être là, je la retire après)`),

  rec('incident_scot', f`Incident note — tenancy system, Tuesday 3 Dec

At 09:40 Heather McGregor reported she could see another officer's caseload. Log extract:

${amb('source_code.snippet', f`2024-12-03T09:38:12Z WARN tenancy-api authz mismatch route=/api/tenancies/T-118219 sub=staff:hmcgregor team=EAST token=${v('credential.jwt', JWT_STAFF)} client=${amb('pii.ip_address', '10.44.18.207')}
2024-12-03T09:38:12Z INFO tenancy-api 200 GET /api/tenancies/T-118219 tenant_email=${v('pii.email', 'm.rafiq1982@hotmail.co.uk')}`)}

The tenant record belongs to the WEST team. Our Glasgow-based supplier says it's a caching issue. Can you write the incident summary for the Data Protection Officer, including whether this counts as a reportable breach?`),

  rec('chat_ms', f`Tolong semak kod ujian ini, saya rasa data sebenar pelanggan tersalin masuk:

\`\`\`python
${v('source_code.snippet', f`def test_notify_customer_on_delivery(mocker):
    send = mocker.patch("poslink.notify.sms.send")
    parcel = Parcel(
        tracking_no="EP418273955MY",
        recipient_name="Lim Wei Ling",
        recipient_phone="${phone('+60 12-418 3927')}",
        recipient_email="${v('pii.email', 'weiling.lim88@gmail.com')}",
    )
    notify_delivered(parcel, bot_token="${v('credential.telegram_bot_token', BOT_TG)}")
    send.assert_called_once()`)}
\`\`\`
Nombor telefon dan emel tu nampak macam betul. Patut guna data palsu kan?`),
];
