/** Held-out batch 62: longer pastes mixing categories — incident notes, exports, threads, fixtures. Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, jwt, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '5918273640', '1-', '7718293046512-', fill('b62m-xoxb', B62, 24));
const GHP = gh('ghp', fill('b62m-ghp', B62, 30));
const SG = tok('SG.', fill('b62m-sg1', B64URL, 22), '.', fill('b62m-sg2', B64URL, 43));
const JWT_PORTAL = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'applicant:2025-004812', role: 'applicant', email_verified: true, iat: 1737021600, exp: 1737108000 }, 'b62m-jwt');
const OPENAI = tok('sk-proj-', fill('b62m-oai1', B64URL, 64), 'T3BlbkFJ', fill('b62m-oai2', B64URL, 64));
const SENTRY_KEY = fill('b62m-sentry', HEX, 32);

export const BATCH62_MIXED: DraftRecord[] = [
  rec('incident', f`# Incident 2025-01-22 – payout file rejected by bank

**Impact:** 412 prize payouts (tier 3–5) delayed by one day.

**Timeline (CET)**
- 06:00 nightly SEPA batch built, upload to bank SFTP fails (auth)
- 06:05 alert to ${v('pii.email', 'payout-oncall@lotto-compliance.eu')}
- 07:40 root cause: SFTP password rotated by the bank on 20 Jan; job still used \`sftp://lottopay:${v('credential.url_password', 'Jackpot-Ridge-9917')}@sftp.ebics.bank-partner.eu/in\`
- 08:15 new password stored, batch re-run from ${amb('pii.ip_address', '10.30.7.14')}
- 09:02 bank confirms receipt

**Follow-ups:** move credentials to the vault; calendar reminder 14 days before rotation.

Rewrite this for the management summary, without technical details.`),

  rec('csv_de', f`Bitte prüf die Liste der Gutschriften für Rücksendungen (Hörgeräte innerhalb der 30-Tage-Probezeit zurückgegeben) – sind alle IBANs plausibel?

${amb('source_code.snippet', f`kunde;email;telefon;iban;betrag
Renate Kuhl;${v('pii.email', 'renate.kuhl@t-online.de')};${phone('040 38927714', 'DE')};${v('financial.iban', 'DE89 4306 0967 9807 7439 06')};1.190,00
Horst Beckmann;${v('pii.email', 'h.beckmann@gmx.de')};${phone('+49 89 41827360')};${v('financial.iban', 'AT84 3200 0817 7304 2943')};2.380,00
Elke Sommer;${v('pii.email', 'elke.sommer51@web.de')};;DE12 5001 0517 0000 0000 00;595,00`)}

(die letzte Zeile hat die Kundin selbst eingetragen)`, 'last IBAN fails its check digits: unlabelled'),

  rec('email_thread_it', f`Mi aiuti a rispondere a Marco? Tono cordiale.

Da: Marco Ferri <${v('pii.email', 'marco.ferri@cantierenauticoligure.it')}>
Inviato: martedì 28 gennaio 2025 10:12
Oggetto: Re: tagliando Volvo D4 – "Libeccio"

Buongiorno, confermo il ritiro venerdì. Per il saldo vi ricordo il nostro IBAN ${v('financial.iban', 'IT04 M030 6909 9891 5036 3511 548')}. Per qualsiasi cosa mi trovate al ${phone('+39 010 418 2736')}.

> Il giorno lun 27 gen 2025, Officina Motori Marini ha scritto:
> Il motore è pronto, manca solo la prova in acqua.`),

  rec('slack_yaml', f`Our admissions-bot stopped posting decision summaries to #admissions-ops. Event sample + bot config:

${amb('source_code.snippet', f`{
  "type": "message",
  "user": "U07AB9KQ2LM",
  "text": "decision released for applicant ${v('pii.email', 'priya.raman2006@gmail.com')} — CS BSc, conditional offer",
  "ts": "1737540211.004900"
}`)}

${amb('source_code.snippet', f`slack:
  bot_token: ${v('credential.slack_bot_token', SLACK_BOT)}
  channel: admissions-ops
portal:
  base_url: https://apply.university.ac.uk
  service_jwt: ${v('credential.jwt', JWT_PORTAL)}`)}`),

  rec('meeting_notes_nl', f`## Weekoverleg werkplaats – 30 januari

Aanwezig: Sven, Anouk, Ruud, Fatima (gast: monteur van de motorleverancier)

- Drie Volvo Penta IPS-units wachten op onderdelen, levering week 7
- Tijdelijke toegang voor de leverancier tot de diagnoselaptop: gebruiker \`vp_service\`, wachtwoord ${v('credential.password_in_prose', 'Schroef-As-4412')} (vervalt vrijdag)
- Ruud met verlof 10–14 feb, vervanging door Anouk (${phone('06-38172945', 'NL')})
- Winterstalling: nog 6 klanten zonder afspraak

Maak hier actiepunten met eigenaar van.`),

  rec('gha', f`${amb('source_code.snippet', f`name: nightly-positions
on:
  schedule: [{ cron: "15 6 * * 1-5" }]
jobs:
  report:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - run: python positions_report.py --out report.html
        env:
          GH_TOKEN: ${v('credential.github_pat', GHP)}
          OPENAI_API_KEY: ${v('credential.openai_api_key', OPENAI)}
      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: smtp.sendgrid.net
          username: apikey
          password: ${v('credential.sendgrid_api_key', SG)}
          to: ${v('pii.email', 'power-desk@northwind-energy.co.uk')}
          from: Positions Bot <${v('pii.email', 'bot@northwind-energy.co.uk')}>`)}

The mail step fails with 550 "from address does not match a verified Sender Identity". Which address do I need to verify?`),

  rec('test_fixture_py', f`Refactor these pytest fixtures so they use factories instead of hard-coded applicants:

${v('source_code.snippet', f`import pytest

@pytest.fixture
def applicant_es():
    return Applicant(
        name="Lucía Romero Vidal",
        nie="${v('pii.es_nie', 'X9317428J')}",
        email="${v('pii.email', 'lucia.romero.vidal@gmail.com')}",
        birth_date="${v('pii.date_of_birth', '2006-02-14')}",
    )

@pytest.fixture
def applicant_it():
    return Applicant(
        name="Francesca Colombo",
        codice_fiscale="${v('pii.it_codice_fiscale', 'CLMFNC99T41L219R')}",
        email="${v('pii.email', 'f.colombo99@libero.it')}",
        birth_date="${v('pii.date_of_birth', '1999-12-01')}",
    )`)}`),

  rec('stack_trace', f`${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/opt/kyc/screen.py", line 88, in screen_player
    match = client.search(name=player.full_name, dob=player.dob)
  File "/opt/kyc/client.py", line 41, in search
    r.raise_for_status()
requests.exceptions.HTTPError: 422 Client Error: Unprocessable Entity for url: https://screening.vendor-aml.com/v3/search?name=Kwame+Mensah&dob=${v('pii.date_of_birth', '1983-07-09')}&email=${amb('pii.email', 'kwame.mensah83%40gmail.com')}`)}

Why 422? The vendor says the DOB format is fine.`, 'player DOB in a query string; the URL-encoded e-mail is ambiguous, as batch 2 wrote one'),

  rec('sql_dump', f`Import into our CRM fails on the accented names. Can you convert this MySQL dump to UTF-8 safe INSERTs for Postgres?

${amb('source_code.snippet', f`INSERT INTO \`klienci\` (\`id\`, \`imie\`, \`email\`, \`telefon\`, \`iban\`) VALUES
(301, 'Łukasz Żmuda', '${v('pii.email', 'lukasz.zmuda@o2.pl')}', '${phone('+48 512 730 184')}', '${v('financial.iban', 'PL74102059869658839686534557')}'),
(302, 'Zuzana Nováková', '${v('pii.email', 'zuzana.novakova@seznam.cz')}', '${phone('+420 603 418 275')}', '${v('financial.iban', 'CZ3408007265320578668438')}'),
(303, 'Ján Kováč', '${v('pii.email', 'jan.kovac@azet.sk')}', '${phone('+421 903 482 117')}', '${v('financial.iban', 'SK8511002196457341178515')}');`)}`),

  rec('ticket_en_in', f`Ticket #HC-20931 | Branch: Koramangala | Priority: High

Patient complaint: "Hearing aid stopped connecting to phone after your app update. I am senior citizen, please call me."
Patient: Ramesh Iyer, DOB ${v('pii.date_of_birth', '11/03/1952')}, mobile ${phone('+91 98450 31276')}, email ${v('pii.email', 'ramesh.iyer52@rediffmail.com')}
Device: RIC 312, serial 2318-04417-R

App crash log excerpt:
${amb('source_code.snippet', f`E/BleManager: GATT error 133 on connect, device=C4:7F:51:0A:19:3E
E/Sentry: dsn=${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507918.ingest.de.sentry.io/4507918273645568`)}`)}

Please draft the call-back script for the branch staff.`),

  rec('onboarding_hu', f`Kérlek, készíts ebből egy belépési ellenőrzőlistát az új kereskedőnek:

Név: Kovács Bence
Születési dátum: ${v('pii.date_of_birth', '1996.04.18')}
Telefon: ${phone('+36 30 418 2736')}
Bankszámla: ${v('financial.iban', 'HU34117662991157618906100142')}
Ideiglenes jelszó az ETRM-hez: ${v('credential.password_in_prose', 'Aramtozsde#2025')}
Első munkanap: március 3.`),

  rec('email_fr_ch', f`Objet : Candidature Master – pièces manquantes

Bonjour,

Je vous renvoie mon dossier. Voici mes coordonnées à jour :
Nom : Léa Perrin
Date de naissance : ${v('pii.date_of_birth', '2 décembre 2001')}
Tél. : ${phone('+41 79 382 41 17')}
Courriel : ${v('pii.email', 'lea.perrin01@bluewin.ch')}
Pour le remboursement de la taxe d'inscription : ${v('financial.iban', 'CH80 0023 5462 6382 9053 2')}

Merci d'avance,
Léa Perrin

→ Rédige une réponse qui confirme la réception et annonce un délai de 3 semaines.`),

  rec('config_log_ro', f`Salut, după mutarea pe serverul nou, serviciul de raportare către ONJN nu mai pornește. Config + log:

${amb('source_code.snippet', f`[onjn]
endpoint = https://raportare.onjn.gov.ro/api/v1
operator_id = LN-0042
user = raportare_ln
password = ${v('credential.password_assignment', 'Tombola!Bucuresti77')}
[smtp]
alert_to = ${v('pii.email', 'conformitate@loterianationala.ro')}`)}

${amb('source_code.snippet', f`2025-01-31 07:00:02 ERROR onjn.client: TLS handshake failed with ${amb('pii.ip_address', '193.231.20.14')}:443 (certificate verify failed)`)}

E problema de certificat sau de firewall?`),

  rec('chat_ar_eg', f`محتاج أرد على إيميل عميل بخصوص صيانة محرك اليخت. ده نص رسالته:
"أنا أحمد سامي، رقمي ${phone('+20 100 418 2736')} والإيميل ${v('pii.email', 'ahmed.samy.yacht@gmail.com')}. المحرك بيطلع دخان أسود بعد 2000 لفة. ممكن حد يكلمني النهارده؟"
اكتبلي رد مهذب إننا هنتصل بيه بكرة الصبح.`),

  rec('handover_en_ie', f`Handover notes – admissions IT, week 5

- CAO offers file for Round 2 imported; 3 rejects (bad PPSN format), logged in TKT-4410
- Shared mailbox ${v('pii.email', 'admissions-queries@tudublin-apply.ie')} now forwards to the new queue
- Temporary account for the agency doing the open-day bookings: user \`openday_agency\`, password: ${v('credential.password_in_prose', 'Liffey-Bridge-218')} — disable after 15 Feb
- Student worker Aoife on ${phone('087 314 2286', 'IE')} covers phones Tue/Thu
- Printer in room G14 is ${amb('pii.ip_address', '10.14.2.77')} if anyone needs to re-add it

Tidy this up into a proper handover doc.`),
];
