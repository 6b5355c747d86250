/** Held-out batch 44: longer texts mixing categories — incident notes, threads, exports, fixtures and minutes. Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, jwt, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '4827193056', '2-', '7210394857261-', fill('b44m-xoxb', B62, 24));
const GHP = gh('ghp', 'Xc5Nb8Qw2Lm6Rt1Vz9Hk3Pj7Gd4Sf0');
const SG = tok('SG.', fill('b44m-sg1', B64URL, 22), '.', fill('b44m-sg2', B64URL, 43));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b44m-rk', B62, 97));
const PORTAL_JWT = jwt(
  { alg: 'HS256', typ: 'JWT' },
  { sub: 'guardian:30117', child: 'P-8812044', role: 'parent', iat: 1728031200, exp: 1728034800 },
  'b44m-portaljwt',
);
const DD_APP = fill('b44m-ddapp', HEX, 40);
const mark = (s: string) => v('confidential.marking', s);

export const BATCH44_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Incident: in-gate lanes 1–4 down, 08 Oct 05:40–07:15

**Impact:** ~310 trucks queued, 1h35 outage of automatic gate transactions; clerks processed manually.

**Timeline**
- 05:40 OCR service on gate-app-02 crash-looping
- 05:52 on-call (${v('pii.email', 'gate-oncall@harbourgate.eu')}) paged, phone bridge ${phone('+49 40 3187 2946')}
- 06:30 cause: DB password rotated by the vault job, but gate-app-02 still had \`TOS_DB_PASSWORD=${v('credential.password_assignment', 'Quay-Crane-Rotated-03')}\` hard-coded in the systemd unit
- 06:58 unit fixed, service restarted from ${amb('pii.ip_address', '10.42.3.15')}
- 07:15 queue cleared

**Actions:** remove secrets from unit files; alert on crash loops.

Please rewrite this as a short notice for the hauliers, no technical detail.`),

  rec('email_thread', f`Can you draft my reply to Sophie? Short and friendly.

From: Sophie Marchand <${v('pii.email', 'sophie.marchand@editions-lumiere.fr')}>
Date: 7 octobre 2024 11:02
Objet: Re: relevé T3 — paiement

Bonjour, le paiement du T3 n'est toujours pas arrivé. Nos coordonnées bancaires :
IBAN ${v('financial.iban', 'FR16 3000 4028 3700 0109 3847 561')}
En cas d'urgence : ${phone('+33 1 42 86 19 37')}

> Le 2 oct. 2024, Sole Ferreyra a écrit :
> Sophie, el pago sale esta semana, te confirmo en cuanto lo tenga.`),

  rec('slack_export', f`The #ward-it bot went silent. Here's the event that broke it and our config:

${amb('source_code.snippet', f`{
  "type": "message",
  "user": "U06H3KQ8Z2M",
  "text": "printer on ward 4 is jammed again, can someone call estates? my ext is 4417, mobile ${phone('07384 192756', 'GB')}",
  "ts": "1728384011.004219",
  "channel": "C05WARDIT01"
}`)}

${amb('source_code.snippet', f`bot:
  slack_token: ${v('credential.slack_bot_token', SLACK_BOT)}
  escalate_to: estates-helpdesk`)}`),

  rec('sql_dump', f`Import into the new billing system fails on the dates — can you convert this MySQL dump to Postgres?

${amb('source_code.snippet', f`INSERT INTO \`members\` (\`id\`,\`site\`,\`name\`,\`email\`,\`phone\`,\`iban\`,\`since\`) VALUES
(2041,'CPH-NOR','Sofie Lund','${v('pii.email', 'sofie.lund@gmail.com')}','${phone('+45 33 14 82 79')}','${v('financial.iban', 'DK45 2000 0641 8293 75')}','2023-02-01 00:00:00'),
(2042,'MIL-ISO','Paolo Colombo','${v('pii.email', 'studiocolombo@pec.it')}','${phone('+39 333 918 2746')}',NULL,'2023-02-14 00:00:00'),
(2043,'MAD-CHA','Ioana Popescu','${v('pii.email', 'ioana.popescu@gmail.com')}','${phone('+34 612 847 391')}','${v('financial.iban', 'ES96 0182 4308 0102 0193 8475')}','0000-00-00 00:00:00');`)}`),

  rec('gha', f`${amb('source_code.snippet', f`name: statements
on:
  schedule: [{ cron: "0 6 1 */3 *" }]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python build_statements.py --quarter auto
        env:
          GH_TOKEN: ${v('credential.github_pat', GHP)}
          STRIPE_KEY: ${v('credential.stripe_restricted_key', STRIPE_RK)}
      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: smtp.sendgrid.net
          username: apikey
          password: ${v('credential.sendgrid_api_key', SG)}
          to: ${v('pii.email', 'royalties@mareaalta.com.ar')}
          subject: Quarterly statements ready`)}

The quarterly cron never ran in October. Is "*/3" wrong for the month field?`),

  rec('meeting_notes', f`## Sync — parents' portal pilot, 9 Oct

Attendees: Priya (R&D), Tom (IT), Hannah (ward 4 manager), Faisal (vendor)

- 38 families enrolled; 6 can't log in on older iPhones
- Faisal's test account for the staging portal: guardian-test / password ${v('credential.password_in_prose', 'Teddy-Bear-Staging7')} (expires Friday)
- One mum asked us to change her number to ${phone('+44 7452 918364')} — Hannah to update in PAS, not in the portal
- Session tokens seen in the support log, e.g. ${v('credential.jwt', PORTAL_JWT)} — Tom to mask them

Turn this into action items with owners.`),

  rec('trace', f`${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/onboarding/app/kyc.py", line 88, in verify_member
    resp = bureau.lookup(sin=member.sin, dob=member.dob)
  File "/srv/onboarding/app/bureau.py", line 41, in lookup
    raise BureauError(f"no file for sin={sin} dob={dob}")
app.bureau.BureauError: no file for sin=${v('pii.ca_sin', '527-391-841')} dob=${v('pii.date_of_birth', '1986-03-11')}`)}

Why would the credit bureau return "no file" for an existing member? Also — should we be putting the SIN in the exception message at all?`),

  rec('hr_tsv', f`Compute years of service at 31/12 for the long-service awards:

${amb('source_code.snippet', f`emp\tname\tsteuer_id\temail\tstart
H-1041\tDennis Hollmann\t${v('pii.de_steuer_id', '62839104713')}\t${v('pii.email', 'd.hollmann@harbourgate.eu')}\t2011-04-01
H-1077\tAylin Demir\t${v('pii.de_steuer_id', '71520493816')}\t${v('pii.email', 'a.demir@harbourgate.eu')}\t2016-09-15
H-1102\tJan-Ole Petersen\t${v('pii.de_steuer_id', '84913072615')}\t${v('pii.email', 'j.petersen@harbourgate.eu')}\t2019-02-01`)}`),

  rec('fixture', f`Unit test for the member import keeps failing on CI — the fixture was copied from production by mistake, can you make it synthetic?

${v('source_code.snippet', f`MEMBERS = [
    {"no": 10482, "name": "Geneviève Tremblay-Roy", "sin": "${v('pii.ca_sin', '527391841')}", "email": "${v('pii.email', 'gen.tremblayroy@videotron.ca')}"},
    {"no": 10955, "name": "Jean-Philippe Gauthier", "sin": "${v('pii.ca_sin', '273819466')}", "email": "${v('pii.email', 'jp.gauthier@sympatico.ca')}"},
]

def test_import_members(db):
    imported = import_members(db, MEMBERS)
    assert imported == 2`)}`),

  rec('email_no', f`Hei,

Vedlagt er avtalen for tømmerkjøp, Engerdal. Kort oppsummert:
- Selger: Per Arne Moen, tlf. ${phone('+47 22 84 91 36')}, e-post ${v('pii.email', 'pa.moen@online.no')}
- Oppgjør til konto ${v('financial.iban', 'NO16 9604 0912 834')}
- Forhåndsbetaling 30 % ved signering

${mark('KONFIDENSIELT')} — ikke videresend.

Kan du oversette til engelsk for revisoren?`),

  rec('chat_zh_tw', f`幫我看一下這個會員資料匯出有沒有問題，我要寄給會計：

${amb('source_code.snippet', f`member_id,name,email,phone,card_last4,plan
T-0311,陳怡君,${v('pii.email', 'yijun.chen@gmail.com')},${phone('+886 912 384 726')},4835,fixed-desk
T-0314,王大明,${v('pii.email', 'daming.wang@yahoo.com.tw')},${phone('+886 933 271 845')},2658,hot-desk
T-0320,林雅婷,${v('pii.email', 'yating.lin@outlook.com')},${phone('+886 928 415 370')},6274,office-4p`)}

卡號只有後四碼，應該沒關係吧？`),

  rec('incident_lt', f`Incidentas — vartų kioskas Nr. 2, 2024-10-05

Vairuotojas Andrius Kazlauskas (tel. ${phone('+370 687 21 935')}) negalėjo patvirtinti atvykimo. Kiosko žurnale matėsi:
${amb('source_code.snippet', f`ERROR auth.kiosk: login failed for kiosk_admin from ${amb('pii.ip_address', '10.61.2.44')}
DEBUG auth.kiosk: retry with stored credentials user=kiosk_admin pass=${v('credential.password_assignment', 'Kopa-Smiltyne!58')}`)}

Kodėl slaptažodis rodomas žurnale? Parašyk angliškai pranešimą tiekėjui.`),

  rec('chat', f`Vendor is asking for everything needed to set up the crane-monitoring SaaS. Can you format it into a neat onboarding email?

- Datadog app key for their integration: ${v('credential.datadog_app_key', DD_APP)}
- Contact for OT network: Jan-Ole Petersen, ${v('pii.email', 'j.petersen@harbourgate.eu')}, ${phone('+49 40 3187 2946')}
- Billing to: ${v('financial.iban', 'DE92 5007 0010 0937 1652 84')}
- Crane PLC subnet ${amb('pii.ip_address', '10.42.12.0')}/24 (read-only access)`),

  rec('chat_es', f`Resumen del día en Chamberí para el equipo, ¿me lo pasas a limpio?
- Socia nueva: Ioana Popescu (NIE ${v('pii.es_nie', 'Y2947106S')}), firma el contrato el lunes
- Pago fallido de Álvaro Peña, tarjeta ${v('financial.payment_card', '4508 9372 1046 5821')} rechazada dos veces
- Wi-Fi de socios: la clave nueva es ${v('credential.password_in_prose', 'Colmena-Chamberi24')}, ya está en recepción
- Jorge Marín pregunta por la sala grande el 15, su móvil ${phone('+34 655 283 914')}`),

  rec('json', f`${amb('source_code.snippet', f`{
  "application_id": "LOAN-2024-00871",
  "member": {
    "name": "Owen MacPherson",
    "sin": "${v('pii.ca_sin', '273 819 466')}",
    "dob": "${v('pii.date_of_birth', '1974-07-09')}",
    "email": "${v('pii.email', 'owen.macpherson@rogers.com')}"
  },
  "disbursement": { "card_on_file": "${v('financial.payment_card', '4027 1938 5610 4835')}" },
  "requested": 25000,
  "term_months": 60
}`)}

The loan decision engine rejects this as "malformed". Which field is wrong?`),
];
