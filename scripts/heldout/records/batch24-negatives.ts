/**
 * Held-out batch 24: hard negatives — fab lot and tool identifiers, booking references, tooth
 * numbers, meter and prepaid-token numbers, poll tables, IOCs, CVSS vectors, placeholders, test
 * keys and casual "confidential"/"secret" prose in the batch's languages (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b24n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b24n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const CERT = pem('CERTIFICATE', 'b24n-cert', 840);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAAMgAAAA8CAYAAAA${b64Bytes('b24n-png', 360)}`;
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const SRI = (seed: string) => `sha512-${fill(seed, B64, 86)}==`;

export const BATCH24_NEGATIVES: DraftRecord[] = [
  // --- fab ---
  rec('log', f`Why did lot K24W4812 skip the post-CMP inspection step? MES trace:

${amb('source_code.snippet', f`2024-12-03 01:52:10.224 TRACKIN  lot=K24W4812.1 step=CMP-0430 eq=CMP-03 recipe=CU_BULK_28HPC_V7 wafers=25
2024-12-03 02:31:47.905 TRACKOUT lot=K24W4812.1 step=CMP-0430 eq=CMP-03 good=25 scrap=0
2024-12-03 02:31:48.011 ROUTE    lot=K24W4812.1 next=CLN-0440 skip=INSP-0435 reason=SAMPLING_PLAN_2_OF_25
2024-12-03 02:58:13.660 TRACKIN  lot=K24W4812.1 step=CLN-0440 eq=WET-11 recipe=POSTCMP_CLN_A`)}`),

  rec('mail_ja', f`以下の連絡を英訳してください。

設備各位
12月の定期保守（PM）日程をお知らせします。
・CVD-07：12/10（火）08:00〜20:00
・CMP-03：12/12（木）08:00〜16:00
・ETCH-21：12/17（火）終日
不明点は設備技術課（内線 4127）まで。`),

  rec('chat', f`How should I compute OEE per SEMI E10 when a tool is in "engineering" state for qual runs? Last week CVD-07: 168 h total, 9.5 h unscheduled down, 14 h scheduled down, 6 h engineering, 118 h productive, 2,841 wafers at a 2.6 min ideal cycle.`),

  rec('shift_ms', f`Tolong terjemahkan laporan syif ni ke English:
Syif pagi 04/12 — Bay 9 litho. 3 scanner beroperasi normal. Reticle R-28-M1-0412 dihantar untuk pemeriksaan zarah. WIP: 412 wafer, 17 lot dalam hold (kebanyakannya menunggu metrologi). Tiada kemalangan.`),

  rec('chat', f`Does confidential computing (SEV-SNP / TDX) make sense for protecting process recipes on the equipment PCs, or is it overkill compared with plain disk encryption and USB lockdown?`),

  rec('checksums', f`Recipe files released for Rev F, can you turn these into a table (file, sha256)?

${SHA('b24n-r1')}  POLY_GATE_ETCH_28HPC_F.rcp
${SHA('b24n-r2')}  POLY_GATE_ETCH_28HPC_F_OES.cfg
${SHA('b24n-r3')}  POST_ETCH_INSP_SAMPLING.xml`),

  rec('chat_ja', f`秘密保持契約書（NDA）のテンプレートを、装置メーカーとの共同開発用に日本語と英語の対訳で作ってください。期間は3年、準拠法は日本法です。`),

  // --- cruise line ---
  rec('booking_confirmation', f`Translate into Japanese for the guest, please:

BOOKING CONFIRMATION — Aurora Vale Cruises
Booking reference: AVZ3P7 · Sailing AV241221MIA · Ship MS Aurora Vale (IMO 9841736)
Cabin 7331, Balcony, Deck 7 · 2 guests
Embarkation: Miami, 21 Dec 2024, 12:00–15:30 · All aboard 16:30
Paid: USD 4,410.00 — Visa ending 4410
Gratuities: USD 16.50 per guest per night, charged to your folio`),

  rec('env_test', f`${amb('source_code.snippet', f`# booking-api/.env.test
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/booking_test
TWILIO_AUTH_TOKEN=<set-in-ci>`)}

Is it a problem that the test env uses the live publishable key?`),

  rec('chat_tr', f`Liman programını İngilizceye çevirir misin? 14 Aralık 07:00 Kuşadası varış, 17:30 kalkış; 15 Aralık denizde; 16 Aralık 08:00 İstanbul Galataport, gece konaklama; 17 Aralık 18:00 kalkış. Rıhtım no 3, pilot 06:15.`),

  rec('chat_da', f`Det er ingen hemmelighed, at mange gæster synes drikkepengene er for høje. Kan du skrive et venligt svar på dansk, der forklarer, hvordan de kan justere beløbet ved Guest Services?`),

  rec('html_email', f`The hero image in our embarkation email is blurry in Outlook:

${amb('source_code.snippet', f`<td align="center" style="padding:0">
  <img src="data:image/png;base64,${PNG_B64}" width="600" height="240" alt="Aurora Vale at sunset" style="display:block">
</td>`)}`),

  rec('chat', f`The crew app crashes on Android 14 only. Versions: app 3.18.2 (build 31802), Firebase BoM 33.6.0, Kotlin 2.0.21, compileSdk 35, device firmware UP1A.231005.007. Any known issue?`),

  // --- dental ---
  rec('chart', f`Explain this treatment plan to the patient in plain words:
16 MOD composite · 26 RCT + crown (zirconia) · 36 extraction, implant in 3 months · 46 fissure sealant
Codes: ICD-10 K02.1, K04.0; UDA band 3; estimated cost £306.80 (NHS) + £1,950 implant (private)`),

  rec('price_list_pl', f`Popraw proszę formatowanie cennika:
Smileline Polska Sp. z o.o. · NIP 584-271-93-06 · REGON 382917460
Przegląd stomatologiczny — 150 zł
Higienizacja (skaling + piaskowanie) — 320 zł
Wypełnienie kompozytowe, 1 powierzchnia — 280 zł
Leczenie kanałowe zęba trzonowego — od 1 400 zł`),

  rec('chat', f`Patient's loyalty card number 6034 2211 8870 5513 isn't accepted at the Leeds clinic but works in York. Is the card range configured per clinic?`, 'Luhn-failing loyalty card number'),

  rec('chat_fr', f`Est-ce que le secret professionnel s'applique aussi aux assistantes dentaires ? Une patiente demande si son employeur peut savoir qu'elle a pris rendez-vous chez nous. Je voudrais une réponse courte et rassurante.`),

  rec('form_template', f`Make this registration form accessible (labels, errors, tab order):

Imię i nazwisko: ______________________
PESEL: ___________
Telefon: +48 ___ ___ ___
Numer rachunku do zwrotów: PL00 0000 0000 0000 0000 0000 0000
E-mail: ____________@________`),

  // --- energy call centre ---
  rec('chat', f`Customer reads MPAN "S 01 801 100 / 14 2200 3815 277" from the bill and the meter serial 21L0417733. The system says the MPAN doesn't match the postcode. What should the agent check?`),

  rec('chat_af', f`Kliënt sê die token werk nie: 5619 0384 2271 9046 1182. Sy het dit gister by die Spar gekoop vir R300. Is dit dalk 'n KCT-probleem na die sleutelverandering? Skryf vir my 'n antwoord in Engels.`, 'a 20-digit prepaid electricity (STS) token'),

  rec('chat_da', f`Kunden har målepunkt-ID 571313104402817734 og spørger, hvorfor aconto-beløbet er steget fra 612 kr. til 845 kr. om måneden. Forklar det kort på dansk ud fra et forbrug på 3.900 kWh om året.`, 'Danish GSRN metering-point id: not personal data per the conventions'),

  rec('chat_af', f`Maak asseblief 'n kort kennisgewing vir kliënte: beurtkrag fase 4 vanaand van 18:00 tot 20:30 in Bellville en Durbanville. Voorafbetaalde kliënte hoef niks te doen nie.`),

  rec('helm', f`${amb('source_code.snippet', f`callSummary:
  env:
    - name: ANTHROPIC_API_KEY
      valueFrom:
        secretKeyRef: { name: call-summary, key: ANTHROPIC_API_KEY }
    - name: DB_PASSWORD
      value: "{{ .Values.db.password }}"
  db:
    host: "{{ .Values.db.host }}"
    existingSecret: cc-analytics-db`)}

helm template renders an empty DB_PASSWORD — what am I missing?`),

  rec('kpi_table', f`Turn this into a short commentary for the weekly ops review:

Queue        Offered  Answered  SL 80/20  AHT    Abandon
Billing      14,220   13,480    71%       7:42   5.2%
Moving home   3,915    3,811    84%       9:05   2.7%
Payments      6,002    5,871    88%       4:18   2.2%
Complaints    1,206    1,102    63%      11:37   8.6%`),

  rec('transcript', f`Check this transcript for PCI compliance:

AGENT: I'll pause the recording now while you enter your card number on the keypad.
[RECORDING PAUSED 00:03:12 — 00:04:40]
AGENT: Thanks, that's gone through. That was the Mastercard ending 8841, expiry 09/27, and you'll get a confirmation email shortly.`),

  // --- polling / campaign ---
  rec('crosstab', f`Write three headline findings from this crosstab (no more than 20 words each):

Q7 Vote intention      Total   18-34   35-54   55+    Men   Women
Labour                  41%     52%     43%    33%    39%    43%
Conservative            27%     15%     24%    37%    29%    25%
Lib Dem                 12%     11%     13%    12%    11%    13%
Reform                  11%      8%     10%    14%    14%     8%
Unweighted n          1,018     244     366    408    497    521
Margin of error ±3.1 pts at 95% confidence`),

  rec('phonebank_script', f`Tighten up the phone bank script, 60 seconds max:

"Hi, this is [NAME], a volunteer with the Harbor County campaign. If you have questions later, call our office at ${amb('pii.phone', '(207) 555-0134')} or the voter hotline ${amb('pii.phone', '(207) 555-0188')}..."`, 'fictional 555-01xx numbers: ambiguous per the conventions'),

  rec('chat_fr_qc', f`Peux-tu me faire un tableau des résultats? Louis-Hébert : CAQ 38,2 %, PLQ 24,7 %, QS 17,1 %, PQ 14,9 %, PCQ 4,3 %; taux de participation 71,8 %; 48 512 votes valides; 612 bulletins rejetés.`),

  rec('chat_da', f`Lav en oversigt over mandatfordelingen: A 50, V 23, M 16, F 15, Æ 14, I 14, C 10, Ø 9, B 7, D 6, Å 6, O 5. Hvor mange mandater har rød blok uden de nordatlantiske?`),

  rec('chat', f`Our canvassers keep asking whether they can tell voters how their neighbours voted. Write a short FAQ answer explaining the secret ballot and that we only know turnout history, not vote choice. Keep it off the record tone, friendly.`),

  rec('uuid_list', f`These survey responses were flagged as speeders (<90 s). Give me the SQL to exclude them from wave 14:
a3f1c07e-5b29-4d84-9e1a-27c6b8d40f53
7d8e2a91-c4f3-4b06-8a5d-e91b3c7f2046
0c6b5f3d-1e82-47a9-b3d4-5f2a8e9c1d70`),

  // --- security consultancy ---
  rec('ioc_list', f`Format these IOCs for the client advisory (defanged, grouped by type):

SHA256:
${SHA('b24n-ioc1')}
${SHA('b24n-ioc2')}
Domains: tally-retaill[.]com, cdn-update-check[.]net
IPs: ${amb('pii.ip_address', '45.153.160.2')}, ${amb('pii.ip_address', '185.117.90.14')}
Mutex: Global\\TR-MTX-01`),

  rec('nmap', f`Summarise the exposed services per host for the report:

${amb('source_code.snippet', f`Nmap scan report for portal.tallyretail.com (${amb('pii.ip_address', '198.51.100.24')})
PORT     STATE SERVICE  VERSION
22/tcp   open  ssh      OpenSSH 8.9p1 Ubuntu 3ubuntu0.10
443/tcp  open  ssl/http nginx 1.24.0
8443/tcp open  ssl/http Apache Tomcat 9.0.83
Service Info: OS: Linux; CPE: cpe:/o:linux:linux_kernel`)}`),

  rec('chat', f`Sanity-check my scoring: Tomcat manager exposed with weak creds → CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H = 9.8; the path traversal is CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N = 6.5. Related: CVE-2020-1938 (Ghostcat) doesn't apply since AJP is closed, right?`),

  rec('training_slide', f`Slide for the secure coding training, improve the wording:

"Never commit keys like this — even the AWS docs example AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY gets flagged by scanners. Use the credential chain or a secrets manager instead."`),

  rec('chat', f`hashcat mode question: for NetNTLMv2 captured with Responder it's -m 5600 and for Kerberos TGS-REP it's -m 13100, right? The hash file format is user::domain:challenge:<HMAC>:<blob>. I'll use rockyou + OneRuleToRuleThemAll for the client's password audit.`),

  rec('tls_scan', f`Is this certificate chain complete? Pulled from portal.tallyretail.com:443 during the test:

${CERT}

Subject: CN=portal.tallyretail.com, issuer: R11, valid until 2025-02-17.`),

  rec('chat', f`Explaining JWTs to the client's devs: a token looks like eyJhbGciOi...<header>.<payload>.<signature>; the payload is only base64url, not encrypted. What's a good one-sentence analogy?`),

  rec('chat', f`Draft the password policy recommendation: 14+ characters, passphrases encouraged, no periodic rotation, banned-password list with company and season words (e.g. "Company2024!", "Winter2024"), MFA everywhere. Screenshots in the report should show "Password: ********" only.`),

  rec('git', f`Which of these commits introduced the IDOR? git log --oneline src/queue:

${GITSHA('b24n-g1').slice(0, 7)} fix(queue): scope queue lookups to tenant
${GITSHA('b24n-g2').slice(0, 7)} feat(queue): add ?queue= filter for supervisors
${GITSHA('b24n-g3').slice(0, 7)} refactor: move handlers into queue app
Full sha of the suspect one: ${GITSHA('b24n-g2')}`),

  rec('sigma', f`${amb('source_code.snippet', f`title: Possible DCSync From Workstation
status: experimental
logsource:
  product: windows
  service: security
detection:
  selection:
    EventID: 4662
    Properties|contains:
      - '1131f6aa-9c07-11d1-f79f-00c04fc2dcd2'
      - '1131f6ad-9c07-11d1-f79f-00c04fc2dcd2'
  filter:
    SubjectUserName|endswith: '$'
  condition: selection and not filter
level: high`)}

Will the filter drop legitimate DC replication only?`),

  rec('package_lock', f`${amb('source_code.snippet', f`"node_modules/jsonwebtoken": {
  "version": "9.0.2",
  "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
  "integrity": "${SRI('b24n-sri1')}"
},
"node_modules/jws": {
  "version": "3.2.2",
  "integrity": "${SRI('b24n-sri2')}"
}`)}

Dependency review flagged jws < 4 — is 3.2.2 affected by the alg confusion issue?`),

  rec('test_data', f`Our QA uses these made-up SSNs in the donor import tests: 900-41-2283, 666-20-1947, 123-00-4567. Does the validator correctly reject them all? Which rule applies to each?`, 'SSNs with area 9xx, area 666 and group 00: invalid'),

  rec('chat_tr', f`"Gizli şampiyon" ifadesini İngilizceye nasıl çeviririm? Sunumda İzmir çağrı merkezinin müşteri memnuniyetinde gizli şampiyon olduğunu söylemek istiyorum.`),

  rec('chat_ms', f`Apa rahsia untuk kurangkan turnover operator syif malam? Tolong beri 5 idea yang murah, contohnya elaun makan dan jadual yang lebih stabil.`),

  rec('chat_af', f`Ons moet 'n vertroulikheidsooreenkoms-sjabloon vir nuwe inbelagente hê wat aan POPIA voldoen. Kan jy 'n eenvoudige weergawe in Afrikaans en Engels opstel?`),

  rec('chat', f`Reading list for the SOC juniors, please add one line per book: ISBN 978-1-59327-509-9, 978-1-119-64310-0, 978-0-13-790400-0. Budget €150.`),

  rec('docker', f`Which base image should we pin? Current and candidate:
python:3.12-slim@sha256:${SHA('b24n-d1')}
python:3.12.8-slim-bookworm@sha256:${SHA('b24n-d2')}`),

  rec('iban_example', f`The finance training deck has this "example IBAN" — is it obviously fake enough? DK00 1234 5678 9012 34, and the same for Poland: PL00 1090 0000 0000 0000 0000 0000.`, 'IBANs with check digits 00: invalid'),

  rec('code_python', f`Is this the right way to mask PANs in call-centre logs?

${v('source_code.snippet', f`import re

PAN = re.compile(r"\\b(?:\\d[ -]?){13,19}\\b")

def mask(text: str) -> str:
    return PAN.sub(lambda m: "*" * (len(m.group()) - 4) + m.group()[-4:], text)

assert mask("card ${amb('financial.payment_card', '4111 1111 1111 1111')} ok").endswith("1111 ok")`)}`, 'pasted code containing a well-known test card (ambiguous)'),
];
