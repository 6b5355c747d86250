/** Held-out batch 2: longer texts mixing categories, mostly benign with a few sensitive values. Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, pem, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '6104938271', '5-', '7304958162734-', fill('b2m-xoxb', B62, 24));
const GHP = gh('ghp', 'Zt3Xn7Bq1Mv5Ck9Lw2Rj6Hd8Fp4Sg0');
const SENTRY_KEY = fill('b2m-sentry', HEX, 32);
const DEPLOY_KEY = pem('OPENSSH PRIVATE KEY', 'b2m-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const GOOGLE = tok('AIza', 'Sy', fill('b2m-gapi', B64URL, 33));
const SG = tok('SG.', fill('b2m-sg1', B64URL, 22), '.', fill('b2m-sg2', B64URL, 43));

export const BATCH2_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Postmortem: delayed payouts, 27 Nov

**Impact:** 1,204 seller payouts delayed by up to 6 h. No data loss.

**Timeline (UTC)**
- 03:00 payout batch starts, fails on first SEPA file upload
- 03:05 alert to on-call (${v('pii.email', 'oncall-payments@brightwater.eu')})
- 04:40 cause found: bank SFTP password expired; the job config still had \`sftp://bw_payouts:${v('credential.url_password', 'Mistral-Bay-2023')}@sftp.ebics-gw.example-bank.eu/in\`
- 05:10 new password set, batch re-run from ${amb('pii.ip_address', '10.61.4.22')}
- 09:02 all payouts confirmed

**Action items:** move SFTP credentials to Vault; alert 14 days before expiry.

Please rewrite this for the seller newsletter, no internal details.`),

  rec('slack_export', f`Our Slack-to-Jira bridge crashes on some messages. Sample event + our config:

${amb('source_code.snippet', f`{
  "type": "event_callback",
  "event": {
    "type": "message",
    "user": "U04QK7L2M9R",
    "text": "can someone reset the VPN for ${v('pii.email', 'a.nowicka@brightwater.pl')}? she's locked out",
    "ts": "1732707742.418629",
    "channel": "C02H8S5N1TQ"
  }
}`)}

bridge.yml:
${amb('source_code.snippet', f`slack:
  bot_token: ${v('credential.slack_bot_token', SLACK_BOT)}
  signing_secret_env: SLACK_SIGNING_SECRET
jira:
  base_url: https://brightwater.atlassian.net
  project: ITSD`)}`),

  rec('email_thread', f`Can you draft my answer to Paolo? Keep it short.

From: Paolo Greco <${v('pii.email', 'paolo.greco@studiogreco.it')}>
Sent: Thursday, 28 November 2024 09:14
Subject: Re: ordine 4471 – pagamento

Buongiorno, il bonifico non è ancora arrivato. Vi ricordo le coordinate:
IBAN ${v('financial.iban', 'IT80Q0538712900000003019472')}
Per urgenze mi trovate al ${phone('+39 02 8734 1920')}.

> On Wed, 27 Nov 2024, Anna Kowalczyk wrote:
> Payment run is on Friday, you'll have it on Monday at the latest.`),

  rec('sql_dump', f`${amb('source_code.snippet', f`-- Dumping data for table \`customers\`
INSERT INTO \`customers\` (\`id\`, \`name\`, \`email\`, \`phone\`, \`iban\`, \`created_at\`) VALUES
(5012, 'Bram Verhoeven', '${v('pii.email', 'bram.verhoeven@telenet.be')}', '${phone('+32 475 38 29 16')}', '${v('financial.iban', 'BE37310180287643')}', '2024-03-11 10:22:09'),
(5013, 'Marie Lefèvre', '${v('pii.email', 'marie.lefevre@orange.fr')}', '${phone('+33 6 12 84 57 39')}', NULL, '2024-03-11 10:41:55'),
(5014, 'Henrik Dahl', '${v('pii.email', 'henrik.dahl@online.no')}', '${phone('+47 912 84 736')}', NULL, '2024-03-12 08:03:17');`)}

Import into Postgres fails on the backticks. How do I convert this?`),

  rec('meeting_notes', f`## Weekly ops sync — 28 Nov

Attendees: Ruth, Kofi, Marta, Jonas (guest: Lena from the WMS vendor)

- Scanner fleet: 12 of 40 devices still on firmware 4.2.1; Lena to push 4.3.0 Monday
- Temporary vendor access to the WMS staging box: user \`vendor_lena\`, password for the staging console: ${v('credential.password_in_prose', 'Palette-Forklift-62')} (expires Fri)
- Kofi out 9–13 Dec, cover by Marta (${phone('+44 7700 183942')})
- Peak plan: extra shift Sat 14 Dec, 06:00–14:00

Turn this into action items with owners.`),

  rec('gha', f`${amb('source_code.snippet', f`name: nightly-report
on:
  schedule: [{ cron: "30 5 * * 1-5" }]
jobs:
  report:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
      - run: python report.py --out report.html
        env:
          GH_TOKEN: ${v('credential.github_pat', GHP)}
      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: smtp.sendgrid.net
          username: apikey
          password: ${v('credential.sendgrid_api_key', SG)}
          to: ${v('pii.email', 'ops-leads@brightwater.eu')}
          from: Nightly Report <${v('pii.email', 'reports@brightwater.eu')}>
          subject: Nightly fulfilment report`)}

the mail step says 535 Authentication failed, but the same key works in our app`),

  rec('hr_tsv', f`Add a column with the number of full months of service as of 31/12/2024:

${amb('source_code.snippet', f`emp_id\tname\tni_number\twork_email\tstart_date
E1041\tGareth Pryce\t${v('pii.uk_nino', 'NE827340A')}\t${v('pii.email', 'gareth.pryce@oakmerehealth.co.uk')}\t2019-04-01
E1057\tAisha Rahman\t${v('pii.uk_nino', 'JT 48 29 61 D')}\t${v('pii.email', 'aisha.rahman@oakmerehealth.co.uk')}\t2021-09-13
E1063\tOwen Tudor\t${v('pii.uk_nino', 'RK 73 10 58 A')}\t${v('pii.email', 'owen.tudor@oakmerehealth.co.uk')}\t2023-02-20`)}`),

  rec('notebook', f`In [4]:
${v('source_code.snippet', f`import pandas as pd
from sqlalchemy import create_engine

eng = create_engine("postgresql+psycopg2://analyst:${v('credential.database_url_password', 'Sjøstjerne!17')}@dwh.brightwater.internal:5432/dwh")
df = pd.read_sql("select region, sum(net) as net from sales where year = 2024 group by 1", eng)
df.plot.bar(x="region", y="net")`)}

Out[4]: <Axes: xlabel='region'>

In [5]: why is the bar for "Nordics" missing? It's in the table.`),

  rec('runbook', f`# Runbook: rotate the deploy key for the docs site

1. Generate a new key on the bastion: \`ssh-keygen -t ed25519 -f docs_deploy -C docs@bastion\`
2. Add the public key to the repo's deploy keys (read/write).
3. Replace the private key in the CI variable \`DOCS_DEPLOY_KEY\`. Current value (to be revoked after rotation):

${v('credential.openssh_private_key', DEPLOY_KEY)}

4. Trigger a build and check that the push to \`gh-pages\` succeeds.

Make this runbook clearer and add a rollback step.`),

  rec('chat_hi_en', f`Bhai ek customer ka JSON dekh, KYC verify nahi ho raha:

${amb('source_code.snippet', f`{
  "customer_id": "CUST-20931",
  "name": "Rohit Verma",
  "mobile": "${phone('+91 80 4718 2936')}",
  "aadhaar": "${v('pii.in_aadhaar', '3628 4019 5720')}",
  "dob": "${v('pii.date_of_birth', '1993-08-27')}",
  "kyc_status": "PENDING_MANUAL"
}`)}

Aadhaar format sahi hai na? Space ke saath bhej rahe hain.`),

  rec('contract_de', f`Bitte prüfe diesen Absatz aus dem Arbeitsvertrag auf Tippfehler:

§ 4 Vergütung: Das Bruttogehalt beträgt 4.850,00 € monatlich und wird jeweils zum Monatsende auf das Konto des Arbeitnehmers überwiesen (IBAN ${v('financial.iban', 'DE02 5001 0517 4821 7390 15')}). Steuer-Identifikationsnummer des Arbeitnehmers: ${v('pii.de_steuer_id', '39145728360')}. Rückfragen: Personalabteilung, ${phone('+49 40 87392614')}.`),

  rec('frontend_config', f`Our Sentry shows no errors from the mobile web build. Config:

${v('source_code.snippet', f`Sentry.init({
  dsn: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507731.ingest.us.sentry.io/4507731204866048`)}",
  release: "web@3.18.2",
  tracesSampleRate: 0.2,
  integrations: [Sentry.browserTracingIntegration()],
});
const maps = new google.maps.Map(el, { center, zoom: 12, mapId: "${'8f3a1c2e9b7d4e60'}" });
loadMaps({ key: "${v('credential.google_api_key', GOOGLE)}" });`)}`),

  rec('legal_email', f`Subject: ${v('confidential.marking', 'CONFIDENTIAL')} – settlement payment

Dear Ms Okafor,

As agreed, the settlement amount of EUR 45,000 will be paid within 10 business days to the client account of Calder & Finch LLP:
IBAN ${v('financial.iban', 'IE73BOFI90001716284503')}

Please confirm receipt to ${v('pii.email', 'settlements@calderfinch.com')}.

→ proofread please, and check that the IBAN is an Irish one`),
];
