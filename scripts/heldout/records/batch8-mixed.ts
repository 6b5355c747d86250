/** Held-out batch 8: texts mixing several kinds of sensitive data. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, HEX, fill, tok } from '../tokens';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const ip = (s: string) => amb('pii.ip_address', s);
const AKIA = tok('AKIA', fill('b8-mix-akia', B32, 16));
const AKIA_SECRET = fill('b8-mix-akias', B64, 40);
const SK_LIVE = tok('sk_', 'live_', '51', fill('b8-mix-sklive', B62, 97));
const DD_API = fill('b8-mix-ddapi', HEX, 32);

export const BATCH8_MIXED: DraftRecord[] = [
  rec('postmortem', f`Post-incident review — INC-2291 "Checkout double charges" (draft, ${v('confidential.marking', 'INTERNAL ONLY')})

Timeline (UTC)
09:12  Retry storm from the payments worker after a deploy (v2.41.0).
09:20  On-call (${email('sana.qureshi@corvidcycles.dev')}) rolls back.
09:34  Found that the worker's env had the live key hard-coded in the image:
       STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', SK_LIVE)}
10:05  Key rolled in the dashboard; new key only in the secret store.

Affected customer example: ${email('j.whitlow@outlook.com')}, charged twice (£84.00).

Please rewrite the timeline as prose for the customer-facing status page, without any internal details.`, 'postmortem: marking, live Stripe key, e-mails'),

  rec('hr_onboarding_tsv', f`New seasonal crew for the ferries — paste into the HR system? Check the format first.

${amb('source_code.snippet', f`name	email	phone	iban	birthdate
Astrid Nyberg	${email('astrid.nyberg@gmail.com')}	${phone('+46 70 482 91 73')}	${v('financial.iban', 'SE8650000000058394718265')}	${dob('1998-02-14')}
Mikkel Dahl	${email('mikkel.dahl@live.dk')}	${phone('+45 20 48 29 17')}	${v('financial.iban', 'DK8930004829173650')}	${dob('2001-07-30')}
Ruta Kazlauskaite	${email('ruta.kaz@gmail.com')}	${phone('+370 612 48291')}	${v('financial.iban', 'PL37114020040000390281746523')}	${dob('1995-11-05')}`)}`, 'a TSV (ambiguous source code): e-mails, phones, SE/DK/PL IBANs, birthdate column'),

  rec('support_chat', f`[Chat transcript — Vantage Quay Hotels]
Guest: hi I need to change the card on my booking VQ-88213
Agent: of course, could you confirm your date of birth?
Guest: ${dob('4 July 1983')}
Guest: new card is ${v('financial.payment_card', '4587 2096 1534 0874')} exp 03/29
Agent: thank you, and a contact number?
Guest: ${phone('+44 7700 183946')}

Summarise this chat for the booking notes without the card number.`, 'chat: DOB, card, UK mobile'),

  rec('aws_slack', f`Slack thread exported for the audit (#platform, 3 Dec):

Tomasz: can someone give me the deploy creds for the packer job, my SSO is broken
Hannah: here, temporary — rotate after:
Hannah: AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}
Hannah: AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AKIA_SECRET)}
Tomasz: thx. my laptop IP for the SG allowlist is ${ip('81.144.207.36')}

Write a short finding for the audit report about sharing credentials in Slack.`, 'an AWS key pair in a Slack export; an IP (ambiguous)'),

  rec('legal_letter', f`${v('confidential.marking', 'PRIVILEGED & CONFIDENTIAL')}
Sorrel & Pike LLP — Without prejudice

Re: Our client Mrs Adaeze Nwosu (DOB ${dob('12/08/1975')}, NI number ${v('pii.uk_nino', 'WK305817A')})

Please contact the writer, Eleanor Pike, on ${amb('pii.phone', '020 7946 0000')} or ${email('e.pike@sorrelpike.co.uk')}.

Convert this letterhead and reference block into a plain-text template.`, 'law-firm letter: marking, DOB, NINO, Ofcom drama number 020 7946 0000 (ambiguous phone, batch 4 convention) and e-mail'),

  rec('notebook_dd', f`${amb('source_code.snippet', f`In [3]: import os, requests
        os.environ["DD_API_KEY"] = "${v('credential.datadog_api_key', DD_API)}"
In [4]: r = requests.get("https://api.datadoghq.eu/api/v2/users", headers={"DD-API-KEY": os.environ["DD_API_KEY"]})
In [5]: [u["attributes"]["email"] for u in r.json()["data"]][:3]
Out[5]: ['${email('lena.forsberg@bluewhistle.net')}', '${email('ops-bot@bluewhistle.net')}', '${email('k.adeyemi@bluewhistle.net')}']`)}

/users needs an app key too, right? It returned 200 with only the API key, which surprised me.`, 'short notebook cells (ambiguous source code): Datadog key, e-mails in the output'),

  rec('kyc_hi_en', f`Customer KYC ticket (Hindi-English):
"Sir maine PAN aur Aadhaar dono upload kiye the. Aadhaar ${v('pii.in_aadhaar', '8291 7305 6448')}, PAN ${ambCat('pii', 'BKRPS4821L')}, janam tithi ${dob('15/09/1990')}, mobile ${phone('+91 98201 48273')}. Abhi tak verify nahi hua."
Write a polite reply in English.`, 'Hindi-English KYC: Aadhaar, PAN (ambiguous, no rule id), "janam tithi" (date of birth), IN mobile'),

  rec('invoice_pt', f`Fatura FT 2026/1184 — Ochre Valley Wines Pty Ltd
Cliente: Vinhos do Douro Lda., NIF 508 294 173
Pagamento por transferência para: ${v('financial.iban', 'PT23003500970004829173645')}
Contacto: Inês Carvalho, ${phone('+351 912 483 917')}, ${email('ines.carvalho@vinhosdodouro.pt')}

Traduz a nota de pagamento para inglês.`, 'Portuguese invoice: IBAN, phone, e-mail (the company NIF is not personal: unlabelled)'),

  rec('runbook_db', f`Runbook: restore the bookings DB on the DR host

1. ssh to ${ip('10.20.4.11')} as ops
2. export PGPASSWORD='${v('credential.password_assignment', 'Fjord-Lantern-8812')}'
3. pg_restore -h localhost -U bookings_owner -d bookings /backups/bookings-latest.dump
4. notify ${email('dr-oncall@lindqvistferries.se')} and the duty manager (${phone('+46 31 482 91 73')})

Turn this into a checklist for the DR exercise; don't change the commands.`, 'runbook: IP (ambiguous), PGPASSWORD, e-mail, SE phone'),

  rec('school_letter', f`Amberley Grange School — Medical consent form (returned)
Pupil: Oliver Brennan-Shah   Date of birth: ${dob('19/03/2015')}   NHS number: ${v('pii.uk_nhs_number', '485 707 3420')}
Parent/carer: Ruth Brennan   Mobile: ${phone('07723 483917', 'GB')}   Email: ${email('ruth.brennan@btinternet.com')}
Allergies: peanuts (EpiPen in bag)

Please draft the reminder to parents who haven't returned the form yet (no personal details).`, 'school form: child DOB, NHS number, parent phone and e-mail'),

  rec('wire_fraud', f`${v('confidential.marking', 'CONFIDENTIAL')} — possible payment fraud

We got an e-mail from "${email('accounts@ochre-valley-wines.co')}" (note .co, not .com.au) asking to change the bank details for invoice 4471 to ${v('financial.iban', 'GB11BARC20473948271605')}. The real supplier's account is ${v('financial.iban', 'AT642011182719304865')}. Caller ID on the follow-up call: ${phone('+44 20 3984 7261')}.

Help me write a warning for the finance team.`, 'fraud alert: marking, spoofed-domain e-mail, GB and AT IBANs, phone'),

  rec('ci_log', f`CI log from the failing deploy job (GitHub Actions), the token got printed by "set -x":

${amb('source_code.snippet', f`+ curl -sf -X POST https://api.cloudflare.com/client/v4/zones/7f2c9e41a83b5d60c1e4f97a2b8d3c05/purge_cache -H 'Authorization: Bearer ${v('credential.cloudflare_api_token', fill('b8-mix-cf', B62 + '-_', 40))}' --data '{"purge_everything":true}'
{"success":false,"errors":[{"code":10000,"message":"Authentication error"}]}
Error: Process completed with exit code 22.`)}

why doesn't Actions mask it? It's in secrets.CF_TOKEN.`, 'a CI log (ambiguous source code) with a Cloudflare token after Bearer (Cloudflare token rule; the bearer rule would be an attribution only)'),
];
