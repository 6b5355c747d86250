/** Held-out batch 3: texts that mix categories — incident notes, exports, threads, dumps, notebooks. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, fill, jwt, tok } from '../tokens';

const JWT_SESSION = jwt({ alg: 'HS512', typ: 'JWT' }, { sub: '7731', email_verified: true, tenant: 'marisol', iat: 1731580800, exp: 1731667200 }, 'b3m-jwt');
const SLACK_BOT = tok('xoxb-', '5518203947', '2-', '8102937465019-', fill('b3m-xoxb', B62, 24));
const GLPAT = tok('glpat-', fill('b3m-glpat', B62 + '-_', 20));
const HF_WRITE = tok('hf_', fill('b3m-hf', B62.replace(/[0-9]/g, ''), 34));
const SK_LIVE = tok('sk_', 'live_', '51', fill('b3m-sklive', B62, 97));
const SESSION_ID = fill('b3m-sess', B64URL, 32);

export const BATCH3_MIXED: DraftRecord[] = [
  rec('incident', f`Incident 2024-11-14 – dispatch API outage (draft, please clean up)

09:12 alerts: p99 > 8 s on /v1/routes
09:20 Kofi found the pool exhausted; connection string in the on-call notes was postgres://dispatch:${v('credential.database_url_password', 'Tr4m-Lines-2019')}@pg-primary.quill.internal:5432/dispatch (rotated since)
09:41 failover to replica, errors stop
10:05 customer comms sent by ${v('pii.email', 'support-lead@quillfeather.io')}
Root cause: a report query without LIMIT from the BI tool.

Make this a proper postmortem with impact, timeline, root cause, actions.`),

  rec('csv', f`Merge these two payout lists and flag duplicates by IBAN:

${amb('source_code.snippet', f`driver_id,name,email,iban,amount_eur
D-201,Mateusz Kaczmarek,${v('pii.email', 'mateusz.k@interia.pl')},${v('financial.iban', 'PL61109010140000071219812874')},812.40
D-202,Lena Hofbauer,${v('pii.email', 'lena.hofbauer@gmx.at')},${v('financial.iban', 'AT531200052951837402')},644.00
D-203,Julien Marchand,${v('pii.email', 'j.marchand@laposte.net')},${v('financial.iban', 'FR8030003012040002837465102')},905.15`)}`),

  rec('hr_letter', f`${v('confidential.marking', 'PRIVATE & CONFIDENTIAL')}

Mr Daniel Osei
National Insurance no: ${v('pii.uk_nino', 'SH 20 48 71 D')}

Dear Daniel,
Further to our meeting on 12 November, I confirm that your employment will end by reason of redundancy on 31 January 2025. Your statutory redundancy pay has been calculated at £7,140.

If you have questions, call HR on ${phone('+44 20 7946 1823')}.

Please soften the tone of the second paragraph.`),

  rec('support_chat', f`Agent: Can you confirm the card you used?
Customer: it's ${v('financial.payment_card', '5451 2739 0841 6270')}, the one ending 6270, expiry 10/26
Agent: Thanks. And a phone number for the courier?
Customer: ${phone('07700 183426', 'GB')}

^ our agents keep asking for full card numbers in chat. Write a short guideline for them on what NOT to ask.`),

  rec('trace', f`${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/portal/app/auth.py", line 88, in current_user
    claims = jwt.decode(token, key, algorithms=["HS256"])
  File "/srv/portal/.venv/lib/python3.12/site-packages/jwt/api_jwt.py", line 222, in decode
    decoded = self.decode_complete(jwt, key, algorithms, options)
jwt.exceptions.InvalidAlgorithmError: The specified alg value is not allowed
token='${v('credential.jwt', JWT_SESSION)}'`)}

we switched to HS512 last week, is that the cause?`),

  rec('slack_export', f`Find who added the bot to #finance in this export:

${amb('source_code.snippet', f`[
  {"ts": "1731934021.004100", "user": "U04QF8K2M", "text": "added an integration to this channel: payouts-bot"},
  {"ts": "1731934088.004200", "user": "U04QF8K2M", "text": "bot token for the script is ${v('credential.slack_bot_token', SLACK_BOT)} fyi"},
  {"ts": "1731934190.004300", "user": "U02LX7N4B", "text": "please don't paste tokens here :( ping ${v('pii.email', 'secops@copperleaf.studio')}"}
]`)}`),

  rec('notebook', f`In [1]:
${amb('source_code.snippet', f`import pandas as pd
from sqlalchemy import create_engine
eng = create_engine("mysql+pymysql://bi_reader:${v('credential.database_url_password', 'Nordlys_2024!')}@mysql-bi.hallstromvik.internal/crm")
df = pd.read_sql("select name, email, city from customers where city = 'Bergen' limit 3", eng)
df`)}

Out[1]:
          name                      email    city
0   Eirik Haug    ${v('pii.email', 'eirik.haug@online.no')}  Bergen
1  Marte Nilsen  ${v('pii.email', 'marte.nilsen@lyse.net')}  Bergen
2    Ola Vestby   ${v('pii.email', 'ola.vestby@gmail.com')}  Bergen

How do I hide the password and the output before sharing the notebook?`),

  rec('email_thread', f`From: Ana Petrović <${v('pii.email', 'ana.petrovic@northbeamtools.co.uk')}>
To: Accounts Payable
Subject: RE: ${v('confidential.marking', 'CONFIDENTIAL')} – revised bank details

Hello,
as discussed by phone (${phone('+44 7911 284736')}), please note our new account for all invoices from December:
IBAN ${v('financial.iban', 'GB82 BARC 2004 1573 8294 16')}
Sort code and account no. as in the attached letter.

> From: AP Team
> Can you confirm the change in writing please?

Is this e-mail a likely invoice fraud attempt? What should we check?`),

  rec('chat_ja_en', f`このエラーの原因を教えてください。Deploy script fails on the Tokyo server:

$ git push https://oauth2:${v('credential.url_password', v('credential.gitlab_pat', GLPAT))}@gitlab.kestrelridge.dev/apps/yoyaku.git main
remote: HTTP Basic: Access denied
担当者: Yuki Tanaka (${v('pii.email', 'y.tanaka@kestrelridge.jp')}, ${phone('+81 90-4829-3716')})`, 'a token as the password of a git URL: two labels on one span, as batch 2 did where two rules claim the same value'),

  rec('runbook', f`Runbook: rotate the model-sync credentials (draft)

1. Create a new write token on huggingface.co (org: copperleaf-ml). Current one: ${v('credential.huggingface_token', HF_WRITE)}
2. Update the "HF_TOKEN" secret in the sync job.
3. Re-run the job for the last 24 h.
4. Tell ${v('pii.email', 'ml-platform@copperleaf.studio')} when done.

Owner: Lukas Brenner, ${phone('+43 664 2837491')}

Rewrite as a proper runbook with a rollback step.`),

  rec('meeting_notes', f`Weekly ops sync – 20 Nov
- Stripe: live key ${v('credential.stripe_secret_key', SK_LIVE)} was in the shared Notion page for two weeks → rotate today (Mia)
- New warehouse manager in Tilburg: Sanne Bakker, ${phone('06 1283 4729', 'NL')}
- Customer session leak bug: session id ${ambCat('credential', SESSION_ID)} seen in logs, user notified
- Next sync moved to Thursday

Turn into action items with owners.`, 'a leaked session id is a bearer secret no rule claims (ambiguous, no rule id)'),

  rec('kyc_chat', f`Customer: Maine form bhar diya, PAN ${ambCat('pii', 'BKRPK4821M')} aur Aadhaar ${v('pii.in_aadhaar', '6391 8274 0511')} dono upload kiye.
Agent: Thank you! Aapka registered mobile kya hai?
Customer: ${phone('+91 98110 47263')}
Agent: Verification 24 ghante mein ho jayega.

Summarise this chat in English for the compliance log, without the ID numbers.`, 'Indian PAN (tax id): personal, no rule claims it (ambiguous, no rule id)'),
];
