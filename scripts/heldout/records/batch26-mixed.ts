/**
 * Held-out batch 26: longer texts mixing categories — incident notes, mail threads, exports,
 * onboarding packs and fixtures from an education platform, a food-delivery app, a fitness chain,
 * an asset manager, a music label and a car dealer network. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, pem, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '5829104736', '2-', '7384019265473-', fill('b26m-xoxb', B62, 24));
const GHP = gh('ghp', 'Qe4Rt7Yu1Io9Pa3Sd6Fg2Hj8Kl5Zx0');
const SENTRY_KEY = fill('b26m-sentry', HEX, 32);
const SG = tok('SG.', fill('b26m-sg1', B64URL, 22), '.', fill('b26m-sg2', B64URL, 43));
const STRIPE = tok('sk_', 'live_', '51', fill('b26m-stripe', B62, 97));
const EC_KEY = pem('EC PRIVATE KEY', 'b26m-ec', 121);
const OPENAI = tok('sk-proj-', fill('b26m-oa1', B62 + '-_', 74), 'T3BlbkFJ', fill('b26m-oa2', B62 + '-_', 74));

export const BATCH26_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Postmortem: riders not paid on Friday (Lisbon, Porto)

**Impact:** 612 rider payouts delayed ~20 h. No money lost.

**Timeline (WET)**
- 06:00 payout batch starts; SEPA file upload to the bank fails
- 06:04 alert to ${v('pii.email', 'oncall-payments@snackr.io')}
- 09:30 cause: SFTP password rotated by the bank, job still had \`sftp://snackr_pay:${v('credential.url_password', 'Bacalhau-Bras-2024')}@sftp.bank-gw.pt/in\`
- 10:15 new credentials from the bank, rerun from ${amb('pii.ip_address', '10.42.8.17')}
- 02:10 (Sat) all payouts confirmed

**Follow-ups:** credentials into Vault; expiry alert 14 days ahead.

Reescreve isto como mensagem para os estafetas, em português de Portugal, sem detalhes técnicos.`),

  rec('email_thread', f`Kannst du meine Antwort an Frau Steiner fertig formulieren? Kurz und höflich.

Von: Andrea Steiner <${v('pii.email', 'andrea.steiner@chello.at')}>
Gesendet: Montag, 25. November 2024 08:47
Betreff: Rückerstattung Kaution Leihwagen

Guten Morgen, die Kaution für den Ersatzwagen ist noch nicht zurück. Bitte auf mein Konto ${v('financial.iban', 'AT70 3200 0004 1728 5936')} überweisen. Erreichbar bin ich unter ${phone('+43 664 8301927')}.

> Am 22.11.2024 schrieb Werkstatt Wien-Liesing:
> Die Kaution wird innerhalb von 5 Werktagen rückerstattet.`),

  rec('slack_bridge', f`Our bot that posts new sign-ups into #club-oerlikon crashes on some events. Event + config:

${amb('source_code.snippet', f`{
  "event": "member.created",
  "member": {
    "id": "PH-20611",
    "name": "Fabienne Schmid",
    "email": "${v('pii.email', 'fabienne.schmid@gmx.ch')}",
    "phone": "${phone('+41 79 412 38 57')}",
    "club": "Oerlikon"
  }
}`)}

bridge.yml:
${amb('source_code.snippet', f`slack:
  bot_token: ${v('credential.slack_bot_token', SLACK_BOT)}
  channel: club-oerlikon
crm:
  base_url: https://crm.pulsehall.ch/api`)}`),

  rec('sql_dump', f`${amb('source_code.snippet', f`INSERT INTO \`artists\` (\`id\`, \`stage_name\`, \`legal_name\`, \`email\`, \`phone\`, \`iban\`) VALUES
(301, 'LOWIE', 'Lowie De Smet', '${v('pii.email', 'lowie.desmet@telenet.be')}', '${phone('+32 475 21 84 06')}', '${v('financial.iban', 'BE61 3630 5928 4117')}'),
(302, 'Haugen', 'Ingrid Haugen', '${v('pii.email', 'ingrid@haugenmusic.no')}', '${phone('+47 22 83 41 96')}', NULL),
(303, 'Zuhura', 'Zuhura Mwakyusa', '${v('pii.email', 'zuhura.studio@gmail.com')}', '${phone('+255 754 382 916')}', NULL);`)}

Postgres import chokes on the backticks, convert please.`),

  rec('meeting_notes', f`## Weekly ops — Kursio Taiwan, 28 Nov

Attendees: 怡君, Markus (Vienna), Wei-Ting, guest Ana from the video vendor

- 直播課延遲：Ana will move the Taipei edge to the new region on Monday
- Temporary vendor access to the staging LMS: user \`vendor_ana\`, password ${v('credential.password_in_prose', 'Bubble-Tea-Taipei-42')} (expires Friday)
- 家長客服專線 covered by Wei-Ting (${phone('+886 912 483 707')}) while 怡君 is on leave 9–13 Dec
- Exam season push notifications: freeze from 16 Dec

請整理成 action items，每項標明負責人。`),

  rec('gha', f`${amb('source_code.snippet', f`name: weekly-report
on:
  schedule: [{ cron: "0 6 * * 1" }]
jobs:
  report:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - run: python report.py --out streams.html
        env:
          GH_TOKEN: ${v('credential.github_pat', GHP)}
      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: smtp.sendgrid.net
          username: apikey
          password: ${v('credential.sendgrid_api_key', SG)}
          to: ${v('pii.email', 'label-heads@sonaro.be')}
          subject: Weekly streams report`)}

De mail-stap zegt 535 Authentication failed, maar dezelfde key werkt in de app.`),

  rec('hr_tsv', f`Add a column with the number of full months of service at 31/12/2024:

${amb('source_code.snippet', f`emp_id\tname\tni_number\twork_email\tstart_date
FJL-014\tOliver Grant\t${v('pii.uk_nino', 'NE 82 73 41 A')}\t${v('pii.email', 'oliver.grant@fjordlight.co.uk')}\t2020-03-02
FJL-027\tSophie Lane\t${v('pii.uk_nino', 'PW518320B')}\t${v('pii.email', 'sophie.lane@fjordlight.co.uk')}\t2022-09-12
FJL-031\tDaniel Osei\t${v('pii.uk_nino', 'SX 73 19 48 C')}\t${v('pii.email', 'daniel.osei@fjordlight.co.uk')}\t2024-01-15`)}`),

  rec('notebook', f`In [7]:
${v('source_code.snippet', f`import pandas as pd
from sqlalchemy import create_engine

eng = create_engine("postgresql+psycopg2://analyst:${v('credential.database_url_password', 'Sachertorte!1832')}@dwh.brenner.internal:5432/sales")
df = pd.read_sql("select filiale, marke, count(*) as n from verkaeufe where jahr = 2024 group by 1, 2", eng)
df.pivot(index="filiale", columns="marke", values="n").plot.barh(stacked=True)`)}

Out[7]: <Axes: ylabel='filiale'>

Warum fehlt Steyr im Diagramm? In der Tabelle ist es da.`),

  rec('chat_sw', f`Naomba uangalie JSON hii ya mteja, malipo hayapiti:

${amb('source_code.snippet', f`{
  "order_id": "SNK-KE-88213",
  "customer": "Grace Achieng",
  "phone": "${phone('+254 712 384 908')}",
  "email": "${v('pii.email', 'grace.achieng@yahoo.com')}",
  "card": "${v('financial.payment_card', '4539 1728 4015 6383')}",
  "amount_kes": 1850,
  "status": "DECLINED"
}`)}

Je, tatizo ni kadi au mfumo wetu?`),

  rec('contract_pt', f`Revê este parágrafo do contrato de trabalho, por favor:

Cláusula 5.ª — A retribuição mensal ilíquida é de 1.450,00 €, paga por transferência para a conta do trabalhador (IBAN ${v('financial.iban', 'PT21 0035 0697 0063 8259 1744 3')}). NIF do trabalhador: ${ambCat('pii', '251938468')}. Contacto dos recursos humanos: ${phone('+351 213 847 265')}, ${v('pii.email', 'rh@snackr.pt')}.`),

  rec('frontend_config', f`Sentry kapja a hibákat, de a fizetési oldal nem tölt be élesben. Config:

${v('source_code.snippet', f`Sentry.init({
  dsn: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4505882.ingest.de.sentry.io/4505882310475776`)}",
  release: "pulsehall-web@5.2.0",
  tracesSampleRate: 0.2,
});
const stripe = require('stripe')('${v('credential.stripe_secret_key', STRIPE)}');`)}

Baj, hogy a secret key a frontend bundle-ben van?`),

  rec('legal_email', f`Subject: ${v('confidential.marking', 'CONFIDENTIAL')} – settlement with former distributor

Dear Mr Janssens,

As agreed, the settlement of EUR 85,000 will be paid within 10 business days to the client account of Verhulst & Peeters Advocaten:
IBAN ${v('financial.iban', 'BE28 7350 2184 7620')}

Please confirm receipt to ${v('pii.email', 'finance@sonaro.be')}.

→ Proofread please, and check that this is a Belgian IBAN.`),

  rec('runbook', f`# Runbook: Apple Pay merchant key for the Snackr iOS app (draft)

1. Generate a new CSR in the Apple developer portal.
2. The current payment-processing private key (to be revoked after rotation):

${v('credential.private_key', EC_KEY)}

3. Upload the new certificate to the payment provider and test with a sandbox card.

Make this clearer and add a rollback step.`),

  rec('chat_hu', f`Átnéznéd ezt a Slack-üzenetet, mielőtt elküldöm? "Sziasztok! Az OpenAI-kulcs az edzéstervező funkcióhoz: ${v('credential.openai_api_key', OPENAI)}. A kérdésekkel keressétek Rékát (${v('pii.email', 'reka.nagy@pulsehall.hu')}, ${phone('+36 30 481 2739')})." Túl informális?`),

  rec('fixture', f`Our tests fail on CI because of the locale. Fixture:

${v('source_code.snippet', f`MEMBER_FIXTURE = {
    "name": "Tereza Nováková",
    "email": "${v('pii.email', 'tereza.novakova@centrum.sk')}",
    "phone": "${phone('+421 905 382 615')}",
    "birth_date": "${v('pii.date_of_birth', '1994-02-17')}",
    "iban": "${v('financial.iban', 'SK32 0900 0000 0051 8273 6490')}",
}

def test_member_card_label():
    assert render_card(MEMBER_FIXTURE) == "NOVÁKOVÁ Tereza · 1994"`)}`),
];
