/** Held-out batch 15: longer texts mixing several categories. Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '4829103756', '2-', '8102947365128-', fill('b15m-xoxb', B62, 24));
const GHP = gh('ghp', 'Qw3Er8Ty1Ui6Op4As9Df2Gh7Jk5Lz0');
const OPENAI = tok('sk-', 'proj-', fill('b15m-oai1', B64URL, 74), 'T3BlbkFJ', fill('b15m-oai2', B64URL, 74));
const SG = tok('SG.', fill('b15m-sg1', B64URL, 22), '.', fill('b15m-sg2', B64URL, 43));
const AKIA = tok('AKIA', fill('b15m-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AWS_SECRET = fill('b15m-awssec', B62 + '+/', 40);
const DD_API = fill('b15m-dd', HEX, 32);

export const BATCH15_MIXED: DraftRecord[] = [
  rec('incident', f`# Incident 2024-11-19: order confirmation mails not sent

**Impact:** ~3,100 customers didn't receive confirmation emails between 06:10 and 09:45 CET.

**Cause:** the SendGrid key in the mailer config was rotated by the vendor team but not updated. Old config line:
\`SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)}\`

**Detection:** customer complaint from ${v('pii.email', 'hannah.wolff@gmx.net')} forwarded by support at 09:20.

**Follow-up:** move the key to Secrets Manager (owner: Tomasz), add an alert on 401s from SendGrid.

rewrite this for the customer-facing status page, no internal details`),

  rec('email_thread', f`Can you help me answer this? Short and polite.

From: Giulia Conti <${v('pii.email', 'giulia.conti@tessaro.it')}>
Sent: 21 November 2024 10:02
Subject: Pagamento fattura 2024/771

Buongiorno,
la fattura 2024/771 di € 8.012,75 risulta ancora aperta. Vi ricordo il nostro IBAN: ${v('financial.iban', 'IT37 X127 8330 6287 4362 4274 518')}.
Per qualsiasi domanda: ${phone('+39 06 4820 1735')}.

Cordiali saluti,
Giulia Conti – Amministrazione`),

  rec('slack', f`#it-help thread export — can you summarise what was done and what's still open?

[09:12] Priya: VPN down for anyone else?
[09:14] Ben: yes, since 9. gateway ${amb('pii.ip_address', '81.134.22.17')} not responding
[09:20] Priya: I restarted the tunnel, the shared admin login for the firewall is still admin / ${v('credential.password_in_prose', 'Corvid!Gate-2024')} btw, we should change that
[09:31] Ben: back up. @Lukas can you rotate that password today?
[09:40] Lukas: will do after lunch`),

  rec('hr_tsv', f`calculate the pro-rata holiday for each person, year has 25 days:

${amb('source_code.snippet', f`name\temail\tni_number\tstart_date
Chloe Barker\t${v('pii.email', 'chloe.barker@quillfield.co.uk')}\t${v('pii.uk_nino', 'WK 46 81 20 B')}\t2024-03-04
Imran Siddiqui\t${v('pii.email', 'imran.siddiqui@quillfield.co.uk')}\t${v('pii.uk_nino', 'JX 58 20 91 A')}\t2024-07-15
Ellie Moss\t${v('pii.email', 'ellie.moss@quillfield.co.uk')}\t${v('pii.uk_nino', 'PR 73 40 18 D')}\t2024-10-01`)}`),

  rec('gha', f`${amb('source_code.snippet', f`name: nightly-export
on:
  schedule:
    - cron: '0 2 * * *'
jobs:
  export:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: ${v('credential.aws_access_key_id', AKIA)}
      AWS_SECRET_ACCESS_KEY: ${v('credential.aws_secret_access_key', AWS_SECRET)}
      SLACK_BOT_TOKEN: ${v('credential.slack_bot_token', SLACK_BOT)}
    steps:
      - uses: actions/checkout@v4
      - run: python export.py --bucket kr-exports --notify "#data-exports"`)}

the workflow never runs at 2am, only when triggered manually. also is it ok to keep the keys there for now?`),

  rec('customer_json', f`Why does our API reject this payload with 422?

${amb('source_code.snippet', f`{
  "customer": {
    "first_name": "Martin",
    "last_name": "Schulz",
    "email": "${v('pii.email', 'martin.schulz@posteo.de')}",
    "phone": "${phone('+49 157 38294716')}",
    "birth_date": "${v('pii.date_of_birth', '1979-02-28')}"
  },
  "payment": {
    "method": "sepa_debit",
    "iban": "${v('financial.iban', 'DE89 9529 9109 9109 1489 58')}"
  }
}`)}`),

  rec('notebook', f`${v('source_code.snippet', f`import openai, pandas as pd

openai.api_key = "${v('credential.openai_api_key', OPENAI)}"

df = pd.read_csv("feedback_nov.csv")
df["sentiment"] = df["comment"].apply(lambda t: classify(t))
df.to_csv("feedback_scored.csv", index=False)`)}

first rows of feedback_nov.csv:
${amb('source_code.snippet', f`date,customer_email,comment
2024-11-02,${v('pii.email', 'l.garnier@orange.fr')},"livraison rapide, merci"
2024-11-03,${v('pii.email', 'bjorn.eklund@telia.com')},"the box was damaged"`)}

it takes forever, how can I batch the calls?`),

  rec('contract_fr', f`Relis cet extrait de contrat et signale les erreurs :

${v('confidential.marking', 'CONFIDENTIEL')}
Article 5 – Rémunération. Le salarié, M. Thomas Leroy, né le ${v('pii.date_of_birth', '12 avril 1986')}, percevra une rémunération brute annuelle de 52 000 € versée sur le compte ${v('financial.iban', 'FR68 8039 1034 6810 3741 1942 694')}. N° de sécurité sociale : ${v('pii.fr_nir', '2 91 11 33 500 842 30')}.`),

  rec('meeting_notes', f`Notes from vendor onboarding call (Tessaro / Kestrel Ridge), 20 Nov

- Tessaro contact for EDI: Paolo Ferri, ${v('pii.email', 'p.ferri@tessaro.it')}, ${phone('+39 333 481 2760')}
- SFTP for order files: \`sftp://tessaro_edi:${v('credential.url_password', 'Lagoon!Ferry88')}@edi.kestrelridge.io:2222/inbound\`
- First test file Friday, go-live 2 December
- Open: invoice format (XML vs PDF)

turn into action items with owners and dates`),

  rec('support_escalation', f`Escalation to payments team — please rewrite this clearly:

customer Ahmed Rashid (${v('pii.email', 'ahmed.rashid@hotmail.co.uk')}, ${phone('+44 7462 118 903')}) was charged 3x for order 558201. he sent us his card number ${v('financial.payment_card', '4417 5919 6428 8572')} in the chat (!!) so we can "check". refund needed for 2 of the 3 charges, £89.99 each`),

  rec('chat_de', f`Kannst du mir helfen, diese Mail an unseren IT-Dienstleister zu formulieren? Inhalt:
- Der neue Kollege Jonas Weber (${v('pii.email', 'jonas.weber@meridane.de')}, Tel. ${phone('030 28473910', 'DE')}) braucht ab 2.12. Zugriff auf das ERP.
- Temporäres Passwort für den ERP-Zugang ist ${v('credential.password_in_prose', 'Rotkehlchen#58')}, soll beim ersten Login geändert werden.
- Laptop bitte bis 29.11. vorbereiten.`),

  rec('ticket', f`JIRA OPS-2291: Monitoring agent on db-03 not reporting

Description:
Datadog agent stopped sending metrics on 18 Nov. Host ${amb('pii.ip_address', '10.12.8.43')}. Config check shows:
${amb('source_code.snippet', f`api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
hostname: db-03`)}
Reporter: ${v('pii.email', 'sven.ahlberg@kestrelridge.io')}

summarise this ticket for the weekly ops report`),

  rec('chat_es', f`Necesito un correo para RRHH. Asunto: ${v('confidential.marking', 'Confidencial')} – baja médica. Contenido: la empleada Carmen Ortega (DNI ${v('pii.es_dni', '90915182T')}) estará de baja desde el 25/11, su teléfono de contacto es ${phone('+34 655 218 473')}. Que suene profesional.`),

  rec('repo_issue', f`Bug report I want to post on our internal GitLab, please clean it up:

when I run the release script it prints the token in the logs:
\`\`\`
$ ./release.sh 2.4.0
pushing tag v2.4.0 with token ${v('credential.github_pat', GHP)}
To github.com:kestrelridge/sdk-js.git
 * [new tag]  v2.4.0 -> v2.4.0
\`\`\`
reported by ${v('pii.email', 'dana.kim@kestrelridge.io')}, happens on every run`),

  rec('sales_email', f`Hi Linnea,

Great speaking with you today. As promised, here's a summary of our proposal for Kvarnholm Foods:
- 120 handheld scanners, 3-year service plan
- Price: €84,600 (incl. 6% volume discount)
- Delivery in two waves, January and March

For the PO, please use our bank details: IBAN ${v('financial.iban', 'IE98 AIBK 8658 8403 1083 04')}, BIC ${amb('financial.swift_bic', 'AIBKIE2D')}.

Best,
Ryan Doyle
${v('pii.email', 'ryan.doyle@kestrelridge.io')} | ${phone('+353 86 214 9873')}

-> make this more concise`),
];
