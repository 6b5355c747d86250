/**
 * Held-out batch 83: longer texts mixing categories — incident notes, e-mail threads, exports,
 * meeting minutes and stack traces from the six settings. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const GHP = gh('ghp', 'Qe8Tn3Kd7Wb1Lx5Rz9Hm2Vc6Pj4Fs0');
const SG = tok('SG.', fill('b83m-sg1', B64URL, 22), '.', fill('b83m-sg2', B64URL, 43));
const XOXB = tok('xoxb-', '5829104736', '2-', '7720593817264-', fill('b83m-xoxb', B62, 24));
const OPENAI = tok('sk-proj-', fill('b83m-oa1', B64URL, 74), 'T3BlbkFJ', fill('b83m-oa2', B64URL, 74));
const DD_API = fill('b83m-dd', HEX, 32);

export const BATCH83_MIXED: DraftRecord[] = [
  rec('postmortem_en', f`# Incident 2024-11-29: telemetry gap, home dialysis fleet

**Impact:** 212 machines sent no session data for 5 h; no patient harm, nurses phoned the 9 high-risk patients.

**Timeline (UTC)**
- 01:10 certificate on the ingest gateway expired
- 01:40 on-call paged (${v('pii.email', 'oncall-telemetry@aquarelhomecare.eu')})
- 03:55 new cert deployed from the jump host ${amb('pii.ip_address', '10.12.8.31')}; found that the deploy script had the DB password inline: \`PGPASSWORD=${v('credential.cli_password', 'Nierstein-Dialyse-7')} psql -h db-tel01 ...\`
- 06:20 backlog drained

**Follow-up:** rotate that password, move it to Vault, add cert expiry alert at 21 days.

Rewrite as a short customer-facing statement for the insurers.`),

  rec('email_thread_fr', f`Peux-tu préparer ma réponse ? Court et poli.

De : Hélène Marchetti <${v('pii.email', 'h.marchetti@galerie-marchetti.fr')}>
Envoyé : lundi 2 décembre 2024 10:12
Objet : Re: Vente du 28/11 – règlement lot 73

Bonjour, je n'ai toujours pas reçu le produit de la vente. Mes coordonnées bancaires :
IBAN ${v('financial.iban', 'FR78 3000 4028 3700 0104 7183 625')}
Vous pouvez me joindre au ${phone('+33 6 48 27 19 53')}.

> Le 29 nov. 2024, Service Comptabilité Vendeurs a écrit :
> Le paiement sera effectué sous 35 jours après encaissement du prix par l'acheteur.`),

  rec('meeting_notes_en_ke', f`## Field ops weekly — Naivasha & Nakuru (2 Dec)

Present: Wanjiru, Otieno, Chebet, Lars (remote)

- Drone #RF-17 crashed on the greenhouse roof; insurance claim filed, ref CL-88213
- Chebet to visit the Gilgil coop, contact Mr Kiprono ${phone('+254 722 418 593')}
- The shared tablet login for the spray planner is still user "fieldteam", password ${v('credential.password_in_prose', 'Acacia-Rain-2024')} — Lars will create individual accounts
- Next fertigation trial starts 9 Dec

Turn this into action items with owners.`),

  rec('stacktrace_java', f`${amb('source_code.snippet', f`2024-12-02 08:14:51.009 ERROR [allocation-svc] o.h.engine.jdbc.spi.SqlExceptionHelper : ERROR: duplicate key value violates unique constraint "applicant_bsn_key"
  Detail: Key (bsn)=(${v('pii.nl_bsn', '162938470')}) already exists.
org.springframework.dao.DataIntegrityViolationException: could not execute statement
	at nl.dalvere.wonen.ApplicantRepository.save(ApplicantRepository.java:88)
	at nl.dalvere.wonen.IntakeService.register(IntakeService.java:142)
	... 41 common frames omitted
Caused by: org.postgresql.util.PSQLException: applicant e-mail ${v('pii.email', 'y.bakker82@ziggo.nl')}`)}

Why does re-registration create a duplicate instead of updating the existing applicant?`),

  rec('gha_yaml', f`${amb('source_code.snippet', f`name: nightly-berth-report
on:
  schedule: [{ cron: "15 4 * * *" }]
jobs:
  report:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - run: python berth_report.py --day yesterday
        env:
          GITHUB_TOKEN: ${v('credential.github_pat', GHP)}
          SENDGRID_API_KEY: ${v('credential.sendgrid_api_key', SG)}
          REPORT_TO: ${v('pii.email', 'harbourmaster@havnarport.fo')}`)}

Mail never arrives but the job is green. Does SendGrid need a verified sender?`),

  rec('chat_nb_mixed', f`Kan du rydde opp i denne meldingen før jeg sender den til IT? "Crew-appen krasjer når jeg logger inn. Brukernavn: m.solheim, passord: ${v('credential.password_in_prose', 'Lofoten-Kabin-88')}. Telefon ${phone('+47 912 48 376')}. Jeg fløy OSL–TOS i går." Fjern gjerne passordet.`),

  rec('sql_dump', f`${amb('source_code.snippet', f`INSERT INTO bidders (id, full_name, email, phone, card_last4, kyc_status) VALUES
(3301, 'Aurelio Santangelo', '${v('pii.email', 'aurelio.santangelo@libero.it')}', '${phone('+39 347 882 1904')}', '4418', 'verified'),
(3302, 'Matilde Ferreira', '${v('pii.email', 'matilde.ferreira@sapo.pt')}', '${phone('+351 912 384 706')}', '0097', 'pending'),
(3303, 'Xu Wenjing', '${v('pii.email', 'wenjing.xu@163.com')}', '${phone('+852 9482 7193')}', '2230', 'verified');`)}

Import fails on the apostrophes in some names (not these ones). How do I escape them in psql?`),

  rec('email_de', f`Hallo Team,

kurze Zusammenfassung nach dem Anruf mit der Krankenkasse:
- Versicherter: Herr Gerhard Lindner, geb. ${v('pii.date_of_birth', '11.05.1944')}
- Steuer-ID für die Zuzahlungsbefreiung: ${v('pii.de_steuer_id', '73918264535')}
- Rückruf unter ${phone('+49 1522 8473910')}
- Die Miete für den Heimdialyse-Monitor wird ab Januar direkt abgerechnet, Erstattung November auf ${v('financial.iban', 'DE45 5001 0517 5482 7190 36')}

Bitte als Notiz in die Patientenakte (ohne Steuer-ID).`),

  rec('slack_export', f`Our crew-swap bridge posts duplicates. Event + config:

${amb('source_code.snippet', f`{
  "type": "message",
  "user": "U05RT8K2LQ9",
  "text": "swap request: I give NV1182 DUB-BCN 04 Dec, want any early on 06 Dec — call me ${phone('+353 86 174 2938')}",
  "ts": "1733129412.004211"
}`)}

bridge.yml:
${amb('source_code.snippet', f`slack:
  token: ${v('credential.slack_bot_token', XOXB)}
  dedupe_window_s: 5`)}`),

  rec('notebook_pt', f`In [7]:
${v('source_code.snippet', f`import openai, pandas as pd
openai.api_key = "${v('credential.openai_api_key', OPENAI)}"
df = pd.read_csv("reclamacoes_fidelidade.csv")
df["resumo"] = df.texto.apply(lambda t: resumir(t)[:200])`)}

Out[7]: 1.204 linhas processadas

Consegues explicar porque a coluna resumo sai vazia nas linhas com acentos?`),

  rec('support_ticket_pl', f`Zgłoszenie #WH-5512 (mieszkania komunalne)
Od: Tadeusz Nowicki <${v('pii.email', 't.nowicki@wp.pl')}>
Tel.: ${phone('+48 601 384 927')}
Treść: "Od trzech tygodni nie ma ciepłej wody. Właściciel nie odbiera. Mój numer rachunku do zwrotu kaucji: ${v('financial.iban', 'PL97 1090 1014 0000 0483 0291 7564')}."
Serwer zgłoszeń: ${amb('pii.ip_address', '192.168.14.20')}

Napisz odpowiedź i zaproponuj wizytę technika.`),

  rec('log_mixed', f`${amb('source_code.snippet', f`Dec 02 06:01:13 tel-ingest-02 agent[1841]: datadog api_key=${v('credential.datadog_api_key', DD_API)} site=datadoghq.eu
Dec 02 06:01:14 tel-ingest-02 ingest[2210]: device AQ-HD-20417 session closed, patient_ref=P-88213, nurse=${v('pii.email', 'n.osei@aquarelhomecare.eu')}
Dec 02 06:01:14 tel-ingest-02 ingest[2210]: upstream ${amb('pii.ip_address', '10.12.8.44')} ok`)}

Why does the agent print its API key at startup? Is that a config flag?`),

  rec('chat_ar_ma', f`عافاك عاوني نكتب رسالة للمستأجر بالفرنسية: السيد يوسف العلوي، تيليفون ${phone('+212 661 482 719')}، الإيميل ${v('pii.email', 'youssef.alaoui@gmail.com')}. خاصو يخلص الكراء ديال دجنبر قبل 10، وإلا غادي نبلغو مكتب السكن الاجتماعي.`),

  rec('chat_en_us', f`Billing question. Insurer portal login (shared by the team, yes I know): ${v('credential.user_password_pair', 'aquarel_billing / Claims!Desk-2291')}. The claim for patient Ortiz (member ID ${ambCat('pii', 'XWJ884172930')}, DOB ${v('pii.date_of_birth', '02/17/1957')}) was denied for "DME not medically necessary". What documentation should I attach to the appeal?`, 'insurer member ID: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_fa_af', f`لطفاً این پیام را به انگلیسی ترجمه کن: "خلبان احمد شاه نوری، تاریخ تولد ${v('pii.date_of_birth', '1986/07/21')}، شماره پاسپورت ${v('pii.passport', 'P04827193')}، شماره تماس ${phone('+93 70 482 7193')}. لطفاً او را در برنامه پرواز هفته آینده قرار دهید."`),
];
