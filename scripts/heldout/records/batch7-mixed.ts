/** Held-out batch 7: texts mixing several kinds of sensitive data. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, HEX, fill, tok } from '../tokens';

const email = (s: string) => v('pii.email', s);
const ip = (s: string) => amb('pii.ip_address', s);
const AKIA = tok('AKIA', fill('b7-akia', B32, 16));
const AKIA_SECRET = fill('b7-akias', B64, 40);
const VAULT = tok('hvs.', 'CAESI', fill('b7-vault2', B62 + '-_', 86));
const SHPSS = tok('shpss_', fill('b7-shpss', HEX, 32));

export const BATCH7_MIXED: DraftRecord[] = [
  rec('email_me', f`${v('confidential.marking', 'POVJERLJIVO')}

Poštovani gospodine Vuković,

šaljemo Vam podatke za uplatu depozita za zakup dvorane za 14. februar:
IBAN: ${v('financial.iban', 'ME82 5101 5346 7808 2685 32')}
Kontakt za tehnička pitanja: Danijela Radović, ${phone('+382 67 482 391')}, ${email('danijela.radovic@saltmarsh-events.me')}

— please translate to English and keep the marking.`, 'Montenegrin e-mail: marking, ME IBAN, phone, e-mail'),

  rec('email_sm', f`Gentile Ufficio Amministrazione,

per la fattura del service audio della serata a San Marino, il bonifico va su ${v('financial.iban', 'SM09U0322509800000020944417')}. Il titolare è Marco Sartori, codice fiscale ${v('pii.it_codice_fiscale', 'SRTMRC74P18A794O')}, cell. ${phone('+39 091 482 3917')}.

Cordiali saluti

— rendila più formale, per favore.`, 'San Marino IBAN, codice fiscale, Italian phone'),

  rec('crew_tsv', f`Crew onboarding sheet for the Manila leg, please check for missing fields:

${amb('source_code.snippet', f`name	passport	birthdate	mobile	email
Jose Miguel Santos	${v('pii.passport', 'P7390218C')}	${v('pii.date_of_birth', '1993-02-11')}	${phone('+63 917 482 3916')}	${email('jm.santos@gmail.com')}
Ma. Cristina Reyes	${v('pii.passport', 'P2841907A')}	${v('pii.date_of_birth', '1989-10-30')}	${phone('0917 482 3917', 'PH')}	${email('cris.reyes@yahoo.com')}`)}`, 'a TSV (ambiguous source code); a "birthdate" column header makes its dates birth dates (batch 4 decision)'),

  rec('slack_export', f`Slack export from #infra (Dec 3), someone pasted keys — who else saw them?

${amb('source_code.snippet', f`[{"user":"U07QX2L","ts":"1764757320.004100","text":"for the backup bucket use these for now: ${v('credential.aws_access_key_id', AKIA)} / ${v('credential.aws_secret_access_key', AKIA_SECRET)}"},
 {"user":"U05KT9M","ts":"1764757401.004300","text":"thanks! cc ${email('ferran.puig@saltmarsh-arena.co.uk')} for the DR runbook"}]`)}`, 'AWS key id and secret separated by " / " in a chat message'),

  rec('notebook_julia', f`${v('source_code.snippet', f`using ClickHouse, DataFrames

conn = ClickHouse.connect("clickhouse://analyst:${v('credential.database_url_password', 'Fulmar%Crag-2207')}@ch01.saltmarsh.internal:9440/tickets?secure=true")
df = select_df(conn, "SELECT email, count() AS n FROM refunds GROUP BY email ORDER BY n DESC LIMIT 3")
println(df)`)}

Out:
3×2 DataFrame
 Row │ email                          n
─────┼─────────────────────────────────────
   1 │ ${email('t.adeyemi@hotmail.co.uk')}            7
   2 │ ${email('lucia.ferraro@libero.it')}            5
   3 │ ${email('m.nakamura@icloud.com')}              4

why are the same customers refunding so often?`, 'Julia code with a ClickHouse URL password, and the e-mails it printed'),

  rec('call_notes', f`Call summary — customer verification for a chargeback, agent K. Osei:
Caller confirmed DOB ${v('pii.date_of_birth', '04/11/1979')} and e-mail ${email('h.lindqvist@telia.se')}. Disputed charge on Visa ${v('financial.payment_card', '4040 0297 0521 7886')}, £212.00, 29 Nov. Second card on file (Diners ${v('financial.payment_card', '3620 389070 3646')}) not affected. Call-back number ${phone('+46 70 482 39 17')}.

Rewrite as a neutral note for the dispute team.`, 'Diners 14-digit card in 4-6-4 grouping'),

  rec('runbook', f`${v('confidential.marking', 'CONFIDENTIAL — OPS ONLY')}
Runbook: rotate the Redis password on the cache cluster

1. Log in to Vault: export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
2. Current master: ${ip('10.20.6.15')}, replica: ${ip('10.20.6.16')}
3. CONFIG SET requirepass ${v('credential.password_assignment', 'Storm-Petrel_4410')} on both, then update the app secret.

Can you turn this into a checklist with verification steps?`, 'a runbook with a marking, a Vault token, private IPs (ambiguous) and a Redis requirepass literal'),

  rec('kyc_bn', f`Customer KYC chat (Kolkata branch), Bengali-English:
Customer: Amar Aadhaar number ${v('pii.in_aadhaar', '8193 7462 0510')}, mobile ${phone('+91 98301 48273')}, jonmo tarikh ${v('pii.date_of_birth', '17/08/1996')}.
Agent: Dhonnobad, e-KYC link pathacchi ${email('kyc-noreply@saltmarsh-pay.in')} theke.

Summarise what the customer provided, in English, without repeating the numbers.`, 'Bengali-English (Latin script): "jonmo tarikh" = date of birth; the PAN-like fields are absent'),

  rec('shopify_incident', f`Post-incident note: our Shopify app's shared secret (${v('credential.shopify_shared_secret', SHPSS)}) was in a public gist for 3 hours. Webhooks signed with it hit our endpoint from ${ip('203.0.113.77')} — probably a scanner. Customer affected: ${email('orders@marisol-merch.co.uk')}. Write the timeline section.`, 'a shared secret in prose; a documentation-range IP is still ambiguous by convention'),

  rec('mpesa_csv', f`M-Pesa payout reconciliation — mark the rows where the phone number doesn't match the customer's profile:

${amb('source_code.snippet', f`receipt,phone,amount_kes,profile_email
SKL3H8Q2ZT,${phone('+254 712 480 391')},3400,${email('brian.otieno@gmail.com')}
SKL3H9R7WX,${phone('+255 754 482 391')},1700,${email('neema.mushi@gmail.com')}`)}

(the second one is a Tanzanian number on a Kenyan account)`, 'CSV (ambiguous source code) with Kenyan and Tanzanian phones'),

  rec('form_ge', f`Rental application (Tbilisi), translate to English:
სახელი: ნინო ბერიძე
დაბადების თარიღი: ${v('pii.date_of_birth', '05.06.1991')}
ტელეფონი: ${phone('+995 555 41 82 93')}
ელფოსტა: ${email('nino.beridze@gmail.com')}
პირადი ნომერი: ${ambCat('pii', '01024083917')}`, 'Georgian form: "დაბადების თარიღი" (date of birth); the Georgian personal number has no rule: ambiguous without a rule id'),
];
