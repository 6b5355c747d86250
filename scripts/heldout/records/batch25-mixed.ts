/**
 * Held-out batch 25: longer texts mixing categories — incident notes, exports, mails, fixtures,
 * notebooks — from the transit, biotech, childcare, A&E, casino and payroll settings. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '3928174650', '2-', '8012934756183-', fill('b25m-xoxb', B62, 24));
const GHP = gh('ghp', 'Qm6Vt1Kz8Nw3Ls5Hb9Xd2Rf7Jc4Pa0');
const SG = tok('SG.', fill('b25m-sg1', B64URL, 22), '.', fill('b25m-sg2', B64URL, 43));
const GOOGLE = tok('AIza', 'Sy', fill('b25m-gapi', B64URL, 33));
const SENTRY_KEY = fill('b25m-sentry', HEX, 32);
const OPENAI = tok('sk-proj-', fill('b25m-oai1', B64URL, 74), 'T3BlbkFJ', fill('b25m-oai2', B64URL, 74));

export const BATCH25_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Incident: duplicate payroll credits, tenant acme-mfg-ph, 30 Nov

**Impact:** 312 employees credited twice (PHP 4.1M). Bank recall initiated 1 Dec.

**Timeline (PHT)**
- 14:02 payrun 2024-11B approved by client (${v('pii.email', 'hr.payroll@acmemfg.com.ph')})
- 14:05 bank upload job retried after SFTP timeout; retry did not check the ack file
- 14:40 second file accepted — job config still used \`sftp://paynest_up:${v('credential.url_password', 'Kalamansi-Up#19')}@sftp.bank-h2h.example.ph/inbox\`
- 16:10 client HR noticed, called ops lead ${phone('+63 2 8817 4920')}

**Actions:** idempotency key per payrun; rotate SFTP password; move creds to Vault.

Pakigawa itong client-facing summary, walang internal details.`),

  rec('slack_export', f`Our Slack bot for bus breakdowns crashes on some messages. Event + config:

${amb('source_code.snippet', f`{
  "type": "message",
  "user": "U05RTK28HQ1",
  "text": "bus 2217 broke down at Virginia & 4th, driver Mike, cell ${phone('(617) 482-9031', 'US')} – send a relief bus",
  "ts": "1733078412.008211",
  "channel": "C03DISPATCH"
}`)}

bot.yml:
${amb('source_code.snippet', f`slack:
  bot_token: ${v('credential.slack_bot_token', SLACK_BOT)}
  channel: dispatch
cad:
  base_url: https://cad.tcrt.internal/api`)}`),

  rec('email_thread', f`Contesta a Ileana, por favor, breve y amable:

From: Ileana Restrepo <${v('pii.email', 'ileana.restrepo@proveedoresmed.co')}>
Sent: lunes, 2 de diciembre de 2024 08:12
Subject: RE: factura 3392 – fichas de juego

Buenos días, aún no vemos el pago. Les recuerdo la cuenta: Davivienda corriente ${ambCat('financial', '4580-2918-3746')}, NIT 901.482.736-5. Si necesitan algo me encuentran al ${phone('+57 604 482 7391')}.

> El vie, 29 nov 2024, Cuentas por Pagar escribió:
> El pago sale en la corrida del viernes.`),

  rec('sql_dump', f`${amb('source_code.snippet', f`INSERT INTO players (id, full_name, email, mobile, dob, kyc_level) VALUES
(5501287, 'Ethan Cole', '${v('pii.email', 'ethan.cole76@gmail.com')}', '${phone('+1 415 902 3847')}', '${v('pii.date_of_birth', '1976-03-09')}', 3),
(7730192, 'Rodel Dizon', '${v('pii.email', 'rodel.dizon89@gmail.com')}', '${phone('+63 917 482 9031')}', '${v('pii.date_of_birth', '1989-05-17')}', 2),
(7810455, 'Oksana Bondar', '${v('pii.email', 'o.bondar.kv@ukr.net')}', '${phone('+380 50 917 3284')}', '${v('pii.date_of_birth', '1994-12-01')}', 2);`)}

need this as a pytest fixture with fake data instead — can you anonymise it?`),

  rec('meeting_notes', f`## Coordinamento cantiere – Deposito Tram, 28/11

Presenti: Ferrara, Bianchi, Virtanen (da remoto), Conti (impresa)
- Getti fondazioni campata 3 rinviati a lunedì per pioggia
- Accesso temporaneo al portale BIM per l'impresa: utente \`edilconti_ext\`, password ${v('credential.password_in_prose', 'Cemento-Armato-44')} (scade venerdì)
- Reperibilità weekend: Ing. Ferrara ${phone('+39 335 718 2046')}
- Prossima riunione 5/12 ore 9:00

Trasforma in azioni con responsabile e scadenza.`),

  rec('gha', f`${amb('source_code.snippet', f`name: nightly-qc-report
on:
  schedule: [{ cron: "0 6 * * 1-5" }]
jobs:
  qc:
    runs-on: self-hosted
    steps:
      - uses: actions/checkout@v4
      - run: python qc_report.py --runs last7 --out qc.html
        env:
          GITHUB_TOKEN: ${v('credential.github_pat', GHP)}
          OPENAI_API_KEY: ${v('credential.openai_api_key', OPENAI)}
      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: smtp.sendgrid.net
          username: apikey
          password: ${v('credential.sendgrid_api_key', SG)}
          to: ${v('pii.email', 'ngs-team@helixa.bio')}
          from: QC bot <${v('pii.email', 'qc-bot@helixa.bio')}>`)}

the summary step with OpenAI takes 8 minutes, can we cache it?`),

  rec('hr_tsv', f`Pakidagdag ng column para sa years of service as of Dec 31, 2024:

${amb('source_code.snippet', f`emp_no\tname\tsss_no\tbirthdate\twork_email
20931\tLiza Reyes\t${ambCat('pii', '34-2918374-1')}\t${v('pii.date_of_birth', '1990-04-12')}\t${v('pii.email', 'liza.reyes@acmemfg.com.ph')}
20947\tJoel Manalo\t${ambCat('pii', '33-8102947-5')}\t${v('pii.date_of_birth', '1985-11-30')}\t${v('pii.email', 'joel.manalo@acmemfg.com.ph')}
21002\tKristine Uy\t${ambCat('pii', '34-7719203-8')}\t${v('pii.date_of_birth', '1998-02-07')}\t${v('pii.email', 'kristine.uy@acmemfg.com.ph')}`)}`),

  rec('notebook', f`In [7]:
${v('source_code.snippet', f`import pandas as pd
from sqlalchemy import create_engine

eng = create_engine("postgresql://analyst:${v('credential.database_url_password', 'Linja-550-Tiheys!')}@ridership-db.tcrt.internal:5432/apc")
df = pd.read_sql("select route_id, date_trunc('hour', ts) h, sum(boardings) b from apc_events where ts > now() - interval '7 days' group by 1,2", eng)
df.pivot(index="h", columns="route_id", values="b").plot(figsize=(14, 5))`)}

Out[7]: <Axes: xlabel='h'>

Miksi linja 550 puuttuu kuvaajasta vaikka se on taulussa?`),

  rec('chat_hi_en', f`Bhai is employee ka JSON dekh, PF portal pe upload fail ho raha hai:

${amb('source_code.snippet', f`{
  "emp_code": "PN-1057",
  "name": "Arjun Nair",
  "aadhaar": "${v('pii.in_aadhaar', '3658 2901 7469')}",
  "dob": "${v('pii.date_of_birth', '1992-08-14')}",
  "mobile": "${phone('+91 98203 41756')}",
  "bank": { "ifsc": "HDFC0001827", "account": "${ambCat('financial', '50100482917365')}" }
}`)}

Aadhaar space ke saath chalega ya bina space?`),

  rec('contract_it', f`Controlla questo articolo del contratto di collaborazione per errori di battitura:

Art. 5 – Compenso. Il compenso lordo è fissato in € 3.850,00 mensili, da corrispondere entro il giorno 10 del mese successivo mediante bonifico sul conto intestato al collaboratore (IBAN ${v('financial.iban', 'IT31X0306909606100000073219')}). Codice fiscale del collaboratore: ${v('pii.it_codice_fiscale', 'CNTFNC91A41L219U')}. Per comunicazioni: ${v('pii.email', 'francesca.conti.ing@gmail.com')}.`),

  rec('frontend_config', f`Parent app web build: Sentry shows nothing and the map of campuses is grey.

${v('source_code.snippet', f`Sentry.init({
  dsn: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508124.ingest.us.sentry.io/4508127730194821`)}",
  release: "padres-web@2.4.0",
});
const loader = new Loader({ apiKey: "${v('credential.google_api_key', GOOGLE)}", version: "weekly" });
loader.load().then(() => renderCampusMap(document.getElementById("mapa")));`)}`),

  rec('legal_email', f`Subject: ${v('confidential.marking', 'CONFIDENTIAL')} – settlement with former dealer

Dear Mr Harlow,

Per the agreement, the settlement of USD 38,000 will be paid within 15 business days to your client's account:
Bank routing ${v('financial.aba_routing', '063092819')}, account ${ambCat('financial', '8820194736')}

Please confirm receipt to ${v('pii.email', 'legal@riverluckgaming.com')}.

→ proofread please`),

  rec('ticket_cs', f`Tiket #IT-2291: nový postdok nemá přístup do LIMS

Uživatel: ${v('pii.email', 'lucia.santos@helixa.bio')}, tel. ${phone('+420 731 284 590')}
Zkoušel jsem reset, dočasné heslo jsem mu nastavil na ${v('credential.password_in_prose', 'Polymeraza#2024')}, ale pořád "account locked". Přihlašuje se z ${amb('pii.ip_address', '147.251.42.118')} (VPN univerzity).

Napiš mi postup, co zkontrolovat v AD.`),

  rec('chat_uk', f`Допоможи з листом до банку про повернення помилкового переказу:
Платник: ТОВ "Рівер Лак Україна"
Помилково відправлено на IBAN ${v('financial.iban', 'UA41 3808 0500 0000 0261 9473 0281 5')} замість правильного ${v('financial.iban', 'UA21 3052 9900 0002 6008 1234 5678 9')}
Сума 126 400,00 грн, дата 28.11.2024
Контакт: бухгалтерія, ${phone('+380 44 239 8174')}, ${v('pii.email', 'buh@riverluck.ua')}`),

  rec('test_fixture', f`${v('source_code.snippet', f`# tests/fixtures/enrolment.py
ENROLMENT = {
    "child": {"name": "Sofía Herrera", "dob": "${v('pii.date_of_birth', '2021-09-18')}"},
    "guardian": {
        "name": "Claudia Herrera",
        "email": "${v('pii.email', 'claudia.herrera.gdl@gmail.com')}",
        "phone": "${phone('+52 33 3817 2094')}",
    },
    "payment": {"card": "${amb('financial.payment_card', '4242 4242 4242 4242')}", "exp": "12/30"},
}`)}

someone copied a real parent into the fixture, can you replace it with obviously fake data?`),
];
