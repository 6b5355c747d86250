/**
 * Held-out batch 105: longer texts mixing categories — incident notes, e-mail threads, meeting
 * notes, exports and stack traces from the six settings of this batch. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const SG = tok('SG.', fill('b105m-sg1', B64URL, 22), '.', fill('b105m-sg2', B64URL, 43));
const GHP = gh('ghp', fill('b105m-ghp', B62, 30));
const STRIPE = tok('sk_', 'live_', '51', fill('b105m-stripe', B62, 97));
const DD = fill('b105m-dd', HEX.toLowerCase(), 32);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T02RQ7XK4', '/', 'B06', fill('b105m-slh1', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8), '/', fill('b105m-slh2', B62, 24));
const TEAMS = tok('https://pensionfund.webhook.office.com/webhookb2/', '7c2e4a91-3f58-4d06-b1a9-e58c20d7f364@2b9f6e41-8a37-4c5d-90e1-3f7a52c8d6b0/IncomingWebhook/', fill('b105m-teams1', HEX.toLowerCase(), 32), '/', '9e1d4b72-6c03-4f8a-b5e2-1a7c3d9f0e48/', 'V2', fill('b105m-teams2', B64URL, 43));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH105_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Incident review: duplicate penalty letters, 11 April

**Impact:** 2,318 registered keepers received two penalty charge notices for the same trip.

**Timeline (BST)**
- 02:00 nightly enforcement batch starts on ${amb('pii.ip_address', '10.30.8.14')}
- 02:07 SMTP relay rejects the first 400 mails; the job retried with the whole batch because the SendGrid key in \`letters.env\` was the revoked one: \`SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)}\`
- 07:45 first complaint from a keeper (${v('pii.email', 'g.mcallister@gmail.com')}, ${phone('07531 904 286', 'GB')})
- 09:10 batch stopped, duplicates identified

**Actions:** idempotency key per PCN; rotate and vault the mail key.

Please rewrite this as a customer apology notice without internal details.`),

  rec('email_thread', f`Please draft my reply to the member, in German, short:

Von: Rüdiger Hahn <${v('pii.email', 'ruediger.hahn@t-online.de')}>
Gesendet: Dienstag, 8. April 2025 09:41
Betreff: Rentenbescheid – falsche Bankverbindung

Guten Tag, auf dem Bescheid steht noch meine alte IBAN. Bitte zahlen Sie ab Mai auf ${v('financial.iban', 'DE72 5001 0517 5407 3918 42')} ein. Meine Versicherungsnummer bei Ihnen ist 0418-22731, geboren bin ich am ${v('pii.date_of_birth', '02.05.1959')}. Rückruf gerne unter ${phone('0221 4827 3916', 'DE')}.

> Am 02.04.2025 schrieb Mitgliederservice:
> Ihr Rentenbescheid wurde am 01.04. versandt.`),

  rec('meeting_notes', f`Notes from the lab informatics stand-up, can you turn them into Jira tickets?

- Priya: LIMS → BigQuery sync broken since Friday, the service account key was rotated but the old one is still in the Airflow variable.
- Tom: pushed a hotfix to the plate-reader parser, accidentally committed his token (${v('credential.github_pat', GHP)}) in \`scripts/fetch_runs.sh\` — revoked already? need to check.
- Mehdi: freezer -80 #3 alarm goes to his personal phone ${phone('+44 7403 918 275')} only; add the team rota number ${phone('+44 1223 870 412')}.
- Wiki page "${amb('confidential.marking', 'Internal')} – assay SOPs" needs review.`, '"Internal" as the name of a wiki space reads like a marking but is not clearly one: ambiguous'),

  rec('stack_trace', f`Our marketplace checkout throws this in production, what does it mean?

${cfg(f`stripe.error.AuthenticationError: Request req_Qx82LmT0aPv4Kd: Invalid API Key provided: ${v('credential.stripe_secret_key', STRIPE)}
  File "/srv/marketplace/checkout/views.py", line 142, in pay
    intent = stripe.PaymentIntent.create(amount=order.total_cents, currency="gbp", customer=cust.id)
  File "/srv/marketplace/.venv/lib/python3.11/site-packages/stripe/_api_requestor.py", line 211, in request
    raise self._interpret_response(rbody, rcode, rheaders)
request from ${amb('pii.ip_address', '2a02:c7c:5d41:7700:14e2:9b1f:3a60:c812')} user=${v('pii.email', 'buyer.harriet@protonmail.com')}`)}`),

  rec('csv', f`Merge these two volunteer lists for the mountain rescue team and flag conflicts:

${cfg(f`name;role;mobile;email;first_aid_expiry
Ewan MacLeod;team leader;${phone('07842 619 307', 'GB')};${v('pii.email', 'ewan.macleod@btinternet.com')};2026-03
Kirsty Fraser;medic;${phone('07955 148 263', 'GB')};${v('pii.email', 'kfraser.mrt@gmail.com')};2025-11
Callum Reid;driver;${phone('07488 302 951', 'GB')};;2025-06`)}

and the old list has Kirsty as ${phone('07955 148 236', 'GB')} — which one is right?`),

  rec('chat_it', f`Ciao, il nuovo collega dell'ambulatorio di podologia di Torino non riesce ad accedere al gestionale. Dati per l'abilitazione:
Nome: Marco Rossi, codice fiscale ${v('pii.it_codice_fiscale', 'RSSMRC71C14L219B')}
Cellulare: ${phone('347 902 1846', 'IT')}
Utente provvisorio: m.rossi / password provvisoria ${v('credential.password_in_prose', 'Piede2025!Torino')}
IBAN per i rimborsi spese: ${v('financial.iban', 'IT41 C579 5204 9756 9333 5844 467')}
Mi scrivi la mail di benvenuto (senza password e IBAN)?`),

  rec('ticket', f`#BK-4471 Seller payout missing (second-hand marketplace)
Seller: Librairie du Vieux Port, Marseille — contact ${v('pii.email', 'contact@librairievieuxport.fr')}, ${phone('04 91 54 82 17', 'FR')}
Payout to ${v('financial.iban', 'FR76 3000 4000 0312 3456 7890 143')} marked "sent" on 3 April, seller says nothing arrived.
Internal: payout job log shows the bank returned it (AC04 closed account).
Draft a reply in French asking for updated bank details.`),

  rec('config_review', f`Can you review our pension fund notification service config? Something leaks, I think.

${cfg(f`notifications:
  teams_webhook: ${v('credential.teams_webhook_url', TEAMS)}
  slack_webhook: ${v('credential.slack_webhook_url', SLACK_HOOK)}
  datadog_api_key: ${v('credential.datadog_api_key', DD)}
  escalation_phone: "${phone('+44 20 3906 1482')}"
  member_services_mailbox: ${v('pii.email', 'memberservices@pepf.org.uk')}`)}

Also add a comment on which of these should be in Key Vault.`),

  rec('email_pt', f`Podes resumir este email para a reunião de direção?

Assunto: ${v('confidential.marking', 'CONFIDENCIAL')} – acordo com a concessionária da A22

O contrato de cobrança de portagens com a nova operadora entra em vigor a 1 de julho. O contacto do lado deles é a Dra. Inês Carvalho (${v('pii.email', 'ines.carvalho@portagens-algarve.pt')}, ${phone('+351 912 483 706')}). Os reembolsos de passagens duplicadas serão feitos para ${v('financial.iban', 'PT50 0002 0123 1234 5678 9015 4')}, a conta de custódia.`),

  rec('log', f`Why does the toll account portal log full card numbers on decline? Excerpt:

${cfg(f`2025-05-02 18:22:10,412 WARN  [payments] decline account=TA-2209183 email=${v('pii.email', 'derek.hollis@sky.com')} pan=${v('financial.payment_card', '4646905380061988')} exp=0426 code=51
2025-05-02 18:22:10,413 INFO  [payments] client_ip=${amb('pii.ip_address', '90.218.47.133')} ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"`)}`),

  rec('test_fixture', f`Our pytest fixture for the podiatry booking API uses real-looking data. Is that a problem?

${code(f`@pytest.fixture
def patient():
    return Patient(
        name="Eleanor Brooks",
        nhs_number="${v('pii.uk_nhs_number', '708 214 5969')}",
        dob=date(${amb('pii.date_of_birth', '1948, 7, 30')}),
        phone="${phone('01132 496 083', 'GB')}",
        email="${v('pii.email', 'eleanor.brooks48@aol.co.uk')}",
    )`)}`, 'a fixture with a checksum-valid NHS number and real-format phone: labelled; the date of birth in code form ambiguous'),

  rec('chat_sv', f`Hej! Kan du sammanfatta det här till ett kort beslutsunderlag?

Pensionsstiftelsens ${v('confidential.marking', 'KONFIDENTIELLT')} styrelsematerial säger att vi byter förvaltare för räntefonden. Kontakt på nya förvaltaren: Johan Ek, ${phone('08-402 918 37', 'SE')}, ${v('pii.email', 'johan.ek@forvaltning-nord.se')}. Första överföringen till ${v('financial.iban', 'SE14 4939 7391 0559 7379 8042')} den 15 juni.`),

  rec('handover', f`Shift handover, ski patrol & avalanche service (please turn into a clean handover note):
- Avalanche control charges used: 14, remaining 26.
- Radio repeater on Col du Loup unreachable since 03:00 (${amb('pii.ip_address', '172.16.44.9')}), technician Paul Girard called, back tomorrow: ${phone('06 48 19 27 53', 'FR')}.
- Injured skier transferred to Grenoble CHU, family contact ${phone('+32 475 81 92 64')} (Belgian).
- Wi-Fi in the patrol hut: SSID PISTES-SECOURS, key ${v('credential.password_in_prose', 'Neige2025-Piste!')}`),

  rec('json', f`This payload from the bookshop app's "contact the seller" feature fails validation, why?

${cfg(f`{
  "listing_id": "L-2290417",
  "isbn": "978-0-14-118776-1",
  "buyer": { "name": "Aroha Ngata", "email": "${v('pii.email', 'aroha.ngata@xtra.co.nz')}", "phone": "${phone('021 418 2739', 'NZ')}" },
  "message": "Is the dust jacket original?",
  "client_ip": "${amb('pii.ip_address', '202.36.179.81')}"
}`)}`),

  rec('chat_en_in', f`Bhai, our pension call centre agent pasted this into the shared notes, please clean it up and mask what should be masked:

Member: R. Venkatesh, PRAN ${ambCat('pii', '110092718364')}, Aadhaar ${v('pii.in_aadhaar', '8374 9205 1638')}, mob ${phone('+91 94431 82760')}
Bank: ${amb('financial.swift_bic', 'SBININBB104')} a/c ${ambCat('financial', '38219047716')}
Query: withdrawal status for partial exit.`, 'a PRAN (pension account number) has no engine rule: ambiguous in category pii'),
];
