/** Held-out batch 6: texts that mix categories — threads, exports, incident notes, tickets, notebooks. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const SK_LIVE = tok('sk_', 'live_', '51', fill('b6m-sklive', B62, 97));
const SENTRY_DSN = tok('https://', fill('b6m-sdsn', HEX, 32), '@o552019.ingest.us.sentry.io/4508820193');
const GLPAT = tok('glpat-', fill('b6m-glpat', B62 + '-_', 20));

export const BATCH6_MIXED: DraftRecord[] = [
  rec('email_thread', f`Can you tell me if this is a scam before I change anything?

From: "Harbourline Accounts" <${email('accounts@harbourline-logistics.co')}>
To: ${email('payables@quaymarket.ie')}
Subject: URGENT – updated bank details

Dear partner, due to an audit our bank has changed. Please pay all open invoices to ${v('financial.iban', 'GB41 LOYD 7323 5129 2160 35')} from today. Call me on ${phone('+44 7458 213 906')} if unclear.
Regards, Ilse

> On 3 Feb, ${email('ilse.vandenberg@harbourline.eu')} wrote:
> Invoice HL-2025-0117 attached, usual account.`),

  rec('incident_notes', f`Incident 2025-02-05 (checkout down 22 min) — raw notes, turn into a postmortem outline:

14:02 alerts: 5xx on /checkout
14:06 Niamh: stripe key rotated by finance yesterday, app still has old one
14:09 Niamh pasted new key in #ops to copy into vault: ${v('credential.stripe_secret_key', SK_LIVE)} (rotated again after incident)
14:15 deploy with new key
14:24 recovered. Affected customer who called: ${email('declan.furlong@eircom.net')}, ${phone('087 214 6629', 'IE')}`),

  rec('hr_tsv', f`Spanish subsidiary new hires, check for missing fields before the gestoría gets it:

${amb('source_code.snippet', f`nombre	dni_nie	email	iban	telefono
Lucía Herrero Campos	${v('pii.es_dni', '53018476A')}	${email('lucia.herrero@fjordlight.es')}	${v('financial.iban', 'ES96 2382 8607 4615 0659 8476')}	${phone('+34 612 847 390')}
Mateusz Zieliński	${v('pii.es_nie', 'Z7203918R')}	${email('m.zielinski@fjordlight.es')}	${v('financial.iban', 'PL78 5345 4202 2857 9435 1120 1224')}	${phone('+48 512 384 906')}`)}`),

  rec('support_chat', f`Chat export from our webshop, summarise the issue:

[09:12] Customer: I was charged but no confirmation e-mail. Order QM-48201.
[09:13] Agent: Could you confirm the e-mail on the order?
[09:13] Customer: ${email('priya.raghunathan@yahoo.co.uk')}. I paid with ${v('financial.payment_card', '5018 3459 3375 8706')}
[09:14] Agent: Please never send full card numbers in chat — I've masked it on our side.`, 'a Maestro card'),

  rec('board_pack', f`${v('confidential.marking', 'BOARD CONFIDENTIAL')}
Quay Market DAC — board pack, February 2025, item 6: change of bank
Proposal: move the operating account to ${v('financial.iban', 'IE75 BOFI 6129 9988 7038 74')} (BIC ${amb('financial.swift_bic', 'BOFIIE2D')}) from 1 April.
Secretary: ${email('company.secretary@quaymarket.ie')}

Make item 6 a one-paragraph resolution.`),

  rec('notebook', f`${amb('source_code.snippet', f`In [4]: import sentry_sdk
        sentry_sdk.init(dsn="${v('credential.sentry_dsn', SENTRY_DSN)}", traces_sample_rate=0.2)
In [5]: df = pd.read_parquet("s3://tidewater-bi/patients_contact.parquet")
        df.head(2)
Out[5]:    patient_id        email                      phone
        0  TW-11820   ${email('gwen.harcourt@bigpond.com')}   ${phone('+61 412 738 205')}
        1  TW-11821   ${email('tran.minh.anh@gmail.com')}    ${phone('+61 438 092 117')}`)}

notebook shared with the student interns. What should I strip before sharing?`),

  rec('ci_log', f`Pipeline #88213 failed at "push tags". Log excerpt:

${amb('source_code.snippet', f`$ git remote set-url origin https://oauth2:${v('credential.url_password', v('credential.gitlab_pat', GLPAT))}@code.almanacpress.de/platform/cms.git
$ git push origin --tags
remote: HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled
fatal: Authentication failed for 'https://code.almanacpress.de/platform/cms.git/'`)}

why does the token from project settings not work here?`, 'a GitLab PAT as the password of a git URL: two labels on one span (url_password and gitlab_pat), batch 3 convention'),

  rec('ticket_kyc', f`Ticket HD-7781 (Hindi-English), summarise for L2:

Customer: Rohit Verma, ${phone('+91 98201 47735')}
"Mera PAN card ${ambCat('pii', 'BQZPV4821K')} se Aadhaar ${v('pii.in_aadhaar', '6093 4728 1555')} link nahi ho raha, portal bol raha hai name mismatch. DOB ${dob('12-03-1994')} dono mein same hai."`, 'Indian PAN: ambiguous without a rule id (batch 3/4 decision)'),

  rec('meeting_notes', f`Weekly sync — Tidewater BI, 6 Feb
- Gwen: data-sharing agreement with the health board signed; contact there is Dr Amrit Sandhu (${email('amrit.sandhu@health.wa.gov.au')})
- budget: no change
- next: dashboard for bed occupancy, draft by 20 Feb

Turn into an e-mail to the team.`),
];
