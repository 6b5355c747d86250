/**
 * Held-out batch 161: longer texts mixing categories (incident notes, mail threads, exports,
 * fixtures, meeting notes) from the six settings, in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';
import { brCpfFormatted, esDni, ibanWithCheck, inAadhaarSpaced, luhnWithCheck, spacedFours, ukNhsSpaced } from '../../corpus/checksums';

const SLACK_BOT = tok('xoxb-', '5027381946', '3-', '6618293047152-', fill('b161m-xoxb', B62, 24));
const GHP = gh('ghp', fill('b161m-ghp', B62, 30));
const SENDGRID = tok('SG.', fill('b161m-sg1', B64URL, 22), '.', fill('b161m-sg2', B64URL, 43));
const SENTRY_KEY = fill('b161m-sentry', HEX, 32);
const IBAN_DE = ibanWithCheck('DE', '120300000019283746');
const IBAN_NL = ibanWithCheck('NL', 'RABO0318274659');
const IBAN_IT = ibanWithCheck('IT', 'K0200801633000104829173');
const IBAN_ES = ibanWithCheck('ES', '20381027480600382915');
const IBAN_BE = ibanWithCheck('BE', '735012847291');
const CARD = luhnWithCheck('516732904817253');

export const BATCH161_MIXED: DraftRecord[] = [
  rec('postmortem_en', f`# Incident 2024-11-28: dialysis pickups missed (Eastside)

**Impact:** 7 patients picked up 25–50 min late; 2 sessions shortened by the unit.

**Timeline**
- 04:50 route optimiser job fails: DB password rotated, job still had \`postgres://routes:${v('credential.database_url_password', 'Kidney-Run-0419')}@db-routes.internal:5432/routes\`
- 05:10 on-call (${v('pii.email', 'oncall.dispatch@renalride.example.com')}) paged, manual routing started
- 05:25 patient Dolores Whitaker (${phone('(614) 382-9071', 'US')}) calls, no vehicle yet
- 06:05 job restarted from ${amb('pii.ip_address', '10.12.0.44')} with new secret

**Follow-ups:** move DB creds to the vault; alert dispatch when the optimiser hasn't published by 04:55.

Rewrite this for the monthly quality report to the renal units — no internal details, no patient names.`),

  rec('thread_de', f`Kannst du mir eine Antwort an Herrn Vogt formulieren? Freundlich, aber bestimmt.

Von: Klaus Vogt <${v('pii.email', 'k.vogt@vogt-filmproduktion.example.de')}>
Betreff: AW: Lizenz Archivmaterial "Rheinhafen 1964"

Guten Tag, die Rechnung über 3.480 € habe ich erhalten, aber auf Ihrer Rechnung steht noch die alte Bankverbindung. Bitte bestätigen Sie die richtige IBAN. Ich bin unter ${phone('+49 89 21947385')} erreichbar.

> Am 26.11. schrieb Lizenzabteilung:
> Bitte überweisen Sie den Betrag auf ${v('financial.iban', spacedFours(IBAN_DE))}.
> ${mark2('Diese Nachricht ist vertraulich.')}`),

  rec('csv_nl', f`Kun je van deze export een overzicht maken per vestiging (aantal medewerkers, totaal bruto)?

${amb('source_code.snippet', f`personeelsnr;naam;vestiging;email;iban;bruto_nov
10482;Fenna Bakker;Utrecht-Centrum;${v('pii.email', 'fenna.bakker@bakkerij-franchise.example.nl')};${v('financial.iban', IBAN_NL)};2318,40
10517;Youssef El Amrani;Utrecht-Centrum;${v('pii.email', 'y.elamrani@bakkerij-franchise.example.nl')};${v('financial.iban', ibanWithCheck('NL', 'ABNA0482917365'))};2104,75
10533;Lotte Verbeek;Amersfoort;${v('pii.email', 'lotte.verbeek@bakkerij-franchise.example.nl')};${v('financial.iban', ibanWithCheck('NL', 'INGB0003829174'))};1987,10`)}`),

  rec('slack_bridge_en', f`Our depot estimate bot crashes on some messages. Event + config below:

${amb('source_code.snippet', f`{
  "type": "message",
  "user": "U07DPT4R2M1",
  "text": "estimate for TCLU 482917-0 rejected by the line, surveyor ${v('pii.email', 'j.mensah@atlanticsurveys.example.com')} wants photos of the floor",
  "channel": "C05EST1MATE"
}`)}

${amb('source_code.snippet', f`slack:
  bot_token: ${v('credential.slack_bot_token', SLACK_BOT)}
estimates:
  api: https://estimates.depot.internal/v2
  photo_store: s3://depot-repair-photos`)}`),

  rec('email_it', f`Mi prepari una risposta breve? Grazie.

Da: Lucia Ferraro <${v('pii.email', 'lucia.ferraro@teche-archivio.example.it')}>
Oggetto: Liquidazione diritti Q3

Buongiorno, confermo che il pagamento dei diritti per i filmati del 1968 va fatto su IBAN ${v('financial.iban', IBAN_IT)}. Per domande: ${phone('+39 347 829 1056')}.
Ricordo che la password del portale di visione è cambiata: ora è ${v('credential.password_in_prose', 'Moviola#1968-Teche')}.`),

  rec('fixture_python_en', f`This pytest fixture for the polling-staff recruitment API fails on CI only:

${v('source_code.snippet', f`@pytest.fixture
def applicant():
    return {
        "name": "Priya Raman",
        "aadhaar": "${v('pii.in_aadhaar', inAadhaarSpaced('73920418365'))}",
        "mobile": "${phone('+91 98401 63827')}",
        "email": "${v('pii.email', 'priya.raman.test@gmail.com')}",
        "dob": "${v('pii.date_of_birth', '1991-05-30')}",
    }

def test_register(client, applicant):
    r = client.post("/api/applicants", json=applicant)
    assert r.status_code == 201
    assert r.json()["aadhaar_masked"] == "XXXX XXXX ${inAadhaarSpaced('73920418365').slice(-4)}"`)}`),

  rec('notes_es', f`Notas de la reunión de coordinación – traslados a diálisis, 29/11

- Paciente nuevo: Carmen Vidal Soler, DNI ${v('pii.es_dni', esDni('46829173'))}, móvil ${phone('+34 915 382 716')}, sesiones L-X-V a las 7:30.
- El portal de la mutua cambió de contraseña: usuario traslados_bcn, contraseña ${v('credential.password_in_prose', 'Dialisi-BCN#2024')} (caduca en 90 días).
- La factura de noviembre se paga a ${v('financial.iban', spacedFours(IBAN_ES))}.

Pásalo a una lista de tareas con responsables.`),

  rec('gha_en', f`${amb('source_code.snippet', f`name: nightly-archive-report
on:
  schedule: [{ cron: "15 4 * * *" }]
jobs:
  report:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - run: python tools/licence_report.py --month last
        env:
          GH_TOKEN: ${v('credential.github_pat', GHP)}
          SENDGRID_API_KEY: ${v('credential.sendgrid_api_key', SENDGRID)}
          REPORT_TO: ${v('pii.email', 'licensing-leads@broadcaster-archive.example.org')}`)}

The job runs but nobody gets the mail. SendGrid activity shows nothing.`),

  rec('chat_fr_be', f`Tu peux m'aider à répondre à ce franchisé de Liège ? Il écrit :

« Bonjour, mon employée Amandine Lejeune (née le ${v('pii.date_of_birth', '14/07/2001')}) n'a pas reçu sa paie de novembre. Son compte : ${v('financial.iban', spacedFours(IBAN_BE))}. Vous pouvez me joindre au ${phone('0475 38 91 62', 'BE')}. »

Réponse courte et rassurante, on a eu un souci avec le fichier SEPA.`),

  rec('log_trace_en', f`${amb('source_code.snippet', f`2024-12-02 08:14:55,102 ERROR payroll.export  failed to write SEPA batch for store 0412
Traceback (most recent call last):
  File "/srv/payroll/export.py", line 88, in write_batch
    validate_iban(row["iban"])
  File "/srv/payroll/sepa.py", line 21, in validate_iban
    raise ValueError(f"bad IBAN for {row['employee']}: {iban}")
ValueError: bad IBAN for jade.whitfield: GB00 NWBK 6016 1331 9268 20
2024-12-02 08:14:55,103 INFO  sentry  event sent dsn=${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507301.ingest.sentry.io/4507301822`)}`)}

Which check in validate_iban is failing? The IBAN looks fine to me.`, 'the IBAN in the error message has wrong check digits (00): a negative inside the trace'),

  rec('ticket_en_gb', f`Ticket #77201 – card taken over the phone

Caller: Mrs Patricia Hughes, daughter of patient Harold Benson (NHS ${v('pii.uk_nhs_number', ukNhsSpaced('485193027'))})
Paid £36 for the private wheelchair transfer with card ${v('financial.payment_card', spacedFours(CARD))}, exp 11/27
Callback ${phone('07912 348605', 'GB')}

Our agent wrote the card in the ticket. Draft an internal note on why this is not allowed and how to redact it.`),

  rec('meeting_ja', f`以下の議事メモをタスク一覧にしてください。

・臨床試験薬局の温度ロガー：クラウド連携用の共有アカウント pharm_logger / パスワード ${v('credential.password_in_prose', 'Reizouko-2to8!')} を来週変更
・モニター訪問：12/10、担当 ${v('pii.email', 'k.tanaka@cro-partner.example.jp')}、携帯 ${phone('090-3827-1946', 'JP')}
・${v('confidential.marking', '社外秘')}資料（割付表）は薬局の鍵付きキャビネットのみで保管`),

  rec('sql_dump_pt_br', f`${amb('source_code.snippet', f`INSERT INTO mesarios (id, nome, cpf, email, celular, zona) VALUES
(1201, 'Rafael Lima', '${v('pii.br_cpf', brCpfFormatted('381920475'))}', '${v('pii.email', 'rafael.lima.sp@gmail.com')}', '${phone('+55 11 97318-4620')}', 251),
(1202, 'Juliana Souza', '${v('pii.br_cpf', brCpfFormatted('604817293'))}', '${v('pii.email', 'ju.souza@hotmail.com')}', '${phone('+55 21 3382-7410')}', 7);`)}

O Postgres reclama do encoding do arquivo. Como importo?`),

  rec('runbook_ru', f`Перепиши понятнее инструкцию для ночной смены депо:

1. Если система оценки ремонта не открывается, зайти на сервер ${amb('pii.ip_address', '10.50.1.20')} по RDP.
2. Логин depo_night, пароль ${v('credential.password_in_prose', 'Kontejner!Noch-47')}.
3. Перезапустить службу EstimateSync.
4. Если не помогло — звонить дежурному инженеру: ${phone('+7 916 482-73-19')}.`),

  rec('email_ar_mixed', f`ساعدني في الرد على هذه الرسالة باختصار:

من: ${v('pii.email', 'h.alsayed@shipline-gulf.example.ae')}
الموضوع: تقدير إصلاح الحاوية

نرجو إرسال صور الأضرار للحاوية وإرسال الفاتورة إلى الحساب ${v('financial.iban', spacedFours(ibanWithCheck('AE', '0330000019283746501')))}. للتواصل: ${phone('+971 50 382 7194')}.

${amb('confidential.marking', 'هذه الرسالة سرية ومخصصة للمرسل إليه فقط.')}`),

  rec('onboarding_en_in', f`Make this onboarding mail to a new district polling-staff coordinator sound friendlier:

Dear Mr. Arvind Nair,
Your coordinator account is ready. Username: dc.ernakulam, temporary password: ${v('credential.password_in_prose', 'Poll-Duty#Kochi24')}.
We have your Aadhaar on file as ${v('pii.in_aadhaar', inAadhaarSpaced('61827394052'))} and mobile ${phone('+91 94441 28375')}; please tell us if either is wrong.
The staff list for the second randomisation is ${v('confidential.marking', 'CONFIDENTIAL')} and must not be forwarded.

Regards, Recruitment Cell`),
];

function mark2(s: string) {
  return v('confidential.marking', s);
}
