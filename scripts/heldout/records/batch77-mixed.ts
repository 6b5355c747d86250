/**
 * Held-out batch 77: longer texts mixing categories — incident notes, stack traces, exports, test
 * fixtures and hand-overs from the six organisations of this batch. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, gh, tok } from '../tokens';

const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const card = (payload: string): string => payload + luhnCheckDigit(payload);

const GHP = gh('ghp', 'Pk3Wm8Xr1Qz6Nv4Bt9Lc2Hy7Jd5Fs0');
const SENTRY_KEY = fill('b77m-sentry', HEX, 32);
const SLACK_BOT = tok('xoxb-', '5029184736', '2-', '7719304851266-', fill('b77m-xoxb', B62, 24));
const AWS_SECRET = fill('b77m-awssec', B64, 40);
const AWS_ID = tok('AKIA', 'Q7RZ', 'M4XK', 'W2TP', 'N6VB');

export const BATCH77_MIXED: DraftRecord[] = [
  rec('incident_en', f`Incident note – CPAP telemonitoring sync outage, 19 Feb

07:40 nightly sync failed for 312 devices; on-call (${v('pii.email', 'it-oncall@somnoclinic-graz.at')}) paged
08:15 cause: API credentials rotated by vendor, our worker still used the old secret \`TM_CLIENT_SECRET=${v('credential.generic_secret_assignment', fill('b77m-tmsecret', B62, 40))}\`
08:50 new secret deployed from jump host ${amb('pii.ip_address', '10.12.8.21')}
09:30 backfill done; one patient (Herr Ferdinand Aigner, ${phone('+43 664 3918274')}) called because the app showed zero usage

Rewrite as a short note for the medical director, leave the technical bits out.`),

  rec('stacktrace', f`Patron import job crashed, what's the root cause?

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/opt/ils-sync/import_patrons.py", line 88, in <module>
    conn = psycopg2.connect("postgresql://ils_sync:${v('credential.database_url_password', 'Biblio-Sync!2025')}@pg-ils01:5432/koha_mirror")
  File "/opt/ils-sync/import_patrons.py", line 121, in upsert
    cur.execute(SQL_UPSERT, row)
psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "borrowers_email_key"
DETAIL:  Key (email)=(${v('pii.email', 'annika.lindholm@telia.com')}) already exists.`)}`),

  rec('csv_sq_en', f`Kontrollo këtë eksport para se ta dërgojmë te banka (disbursime kredish grupi, Shkodër):

grupi,anetarja,telefoni,IBAN,shuma_ALL
Lulet e Bunës,Drita Kola,${phone('+355 69 284 7135')},${v('financial.iban', iban('AL', '212110040000000482739105'))},300000
Lulet e Bunës,Mimoza Gjoni,${phone('+355 68 531 9024')},${v('financial.iban', iban('AL', '212110040000000591024736'))},300000
Rozafa,Arjeta Lleshi,${phone('+355 67 402 8913')},${v('financial.iban', iban('AL', '202111090000000738102945'))},250000

Total should be 850 000 ALL.`),

  rec('test_fixture', f`Our pytest fixture for the repayment service — is it OK to keep real-looking data like this in the repo?

${v('source_code.snippet', f`@pytest.fixture
def borrower():
    return Borrower(
        name="Achieng Otieno",
        phone="${phone('+254 722 418 903')}",
        email="${v('pii.email', 'achieng.otieno@gmail.com')}",
        dob="${v('pii.date_of_birth', '1991-03-14')}",
        mpesa_till="5239184",
    )

@pytest.fixture
def card_payment():
    return {"pan": "${v('financial.payment_card', card('454718302946153'))}", "exp": "08/27", "cvv": "481"}`)}`),

  rec('handover_de', f`Übergabe Nachtschicht Zementwerk, bitte in saubere Stichpunkte bringen:

- Ofen 2: 02:10 Notabschaltung wegen ID-Ventilator, 03:45 wieder in Betrieb
- Fernzugriff für Lieferant (Fa. Kilnservice): VPN-Nutzer kilnsvc_ext, Passwort ${v('credential.password_in_prose', 'Drehrohr#2025')} – nach Einsatz bitte sperren!
- Kontakt Servicetechniker: Herr Gülcan, ${phone('0160 92847163', 'DE')}
- SCADA-Server ${amb('pii.ip_address', '172.16.20.5')} hat Festplattenwarnung
- Emissionsrechner: NOx-Halbstundenwert 03:30 ungültig (Kalibrierung)`),

  rec('email_en', f`Hi, can you reply to this customer for me? Keep it short.

From: ${v('pii.email', 'olumide.bakare@yahoo.co.uk')}
Subject: Double charge for my sleep study

Hello, I was charged twice (£395 each) for the home sleep test on 4 Feb, on my Visa ending 4417. My phone is ${phone('07958 302746', 'GB')} if you need to call me. Booking ref HST-25-0219.
Olumide Bakare`),

  rec('ci_yaml', f`CI for the render-farm tools: the GitHub token and Sentry DSN are hard-coded, how do I move them to secrets?

${amb('source_code.snippet', f`name: build-farm-tools
on: push
env:
  GH_TOKEN: ${v('credential.github_pat', GHP)}
  SENTRY_DSN: ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4506281.ingest.sentry.io/4507719038`)}
jobs:
  build:
    runs-on: [self-hosted, render]
    steps:
      - uses: actions/checkout@v4
      - run: ./build.sh && ./publish.sh`)}`),

  rec('ticket_it', f`Ticket #LIB-3391 — il lettore non riceve le email di prenotazione

Utente: Lorenzo Sartori, tessera 0041827, ${v('pii.email', 'lorenzo.sartori@tiscali.it')}, tel. ${phone('+39 333 718 2049')}
Verifica: il server SMTP rifiuta con 535. Config attuale:
  smtp_user = ${v('pii.email', 'avvisi@biblioteche-trento.local')}
  smtp_pass = ${v('credential.password_assignment', 'Prestito.Libri-77')}

Mi scrivi una risposta per l'utente e una nota per l'IT?`),

  rec('chat_nb_en', f`Kan du lage en kort sjekkliste av dette? Notater fra besiktigelse av MS "Nordkyn" (IMO 9328174) i Ålesund:

- Inspektør: Kari Solbakken, ${phone('+47 918 27 364')}, ${v('pii.email', 'kari.solbakken@ivarsen-class.no')}
- Tankene 2P/2S: korrosjon, måling UT bestilt
- Fotoopplasting til portalen feilet, brukte midlertidig konto "survey_tmp" / ${v('credential.password_in_prose', 'Fjord-Insp!2025')}
- Neste: mellomliggende besiktigelse 09/2025`),

  rec('k8s', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: dailies-uploader
  namespace: post
type: Opaque
stringData:
  AWS_ACCESS_KEY_ID: ${v('credential.aws_access_key_id', AWS_ID)}
  AWS_SECRET_ACCESS_KEY: ${v('credential.aws_secret_access_key', AWS_SECRET)}
  SLACK_BOT_TOKEN: ${v('credential.slack_bot_token', SLACK_BOT)}
  NOTIFY_EMAIL: ${v('pii.email', 'dailies-lab@lumenpost.fr')}`)}

Pod can upload to S3 but the Slack message never arrives. Same secret, so why?`),

  rec('chat_ar_eg', f`عايز أرد على العميلة دي بالعربي المصري، بس بشكل مؤدب:

"أنا منى عبد الرحمن، رقمي ${phone('+20 10 9283 4716')}، دفعت القسط بتاع مجموعة "ستات الخير" من المحفظة بس التطبيق لسه بيقول متأخرة. رقم الكارت اللي دفعت بيه ${v('financial.payment_card', card('526418390274518'))}."`),

  rec('notes_ko_en', f`Please clean up these notes from the shipyard meeting into English minutes:

- 참석: 박서준 (${phone('010-5827-3914', 'KR')}), Lars Eriksen (Ivarsen Class)
- 선체 블록 용접 검사 2건 재검사 필요
- 도면 승인 포털 계정 공유 금지 — 어제 계정 "hhi_draw03" 비밀번호 ${v('credential.password_in_prose', 'Ulsan#Block77')} 가 메신저로 공유됨, 즉시 변경
- 다음 회의 3/12`),

  rec('report_es_mx', f`Ayúdame a convertir esto en un correo para el paciente:

Paciente: Jorge Alberto Cárdenas Ruiz, fecha de nacimiento ${v('pii.date_of_birth', '17/08/1974')}
Tel. ${phone('+52 55 4918 2736')}, correo ${v('pii.email', 'jorge.cardenas74@hotmail.com')}
Estudio: polisomnografía con titulación CPAP, 12/02/2025. Presión óptima 9 cmH2O, IAH residual 2,1.
Pago pendiente: $6,800 MXN.`),

  rec('log_cement', f`Emissions uploader log from last night, why does it say the file was rejected?

${amb('source_code.snippet', f`2025-02-22 00:15:02 INFO  uploader  connecting to ftps://emis_upload:${v('credential.url_password', 'Schornstein-44!')}@ftp.umweltamt-sh.de/incoming
2025-02-22 00:15:03 INFO  uploader  client ${amb('pii.ip_address', '91.198.40.77')} authenticated
2025-02-22 00:15:04 ERROR uploader  rejected EMI_2025-02-21_W2.xml: schema error line 412 (value 'n/a' for NOX_HMW)
2025-02-22 00:15:04 INFO  uploader  notify ${v('pii.email', 'umwelt@zementwerk-laegerdorf.de')}`)}`),

  rec('email_fr', f`Objet : Accès salle d'étalonnage + facture

Bonjour Malik,
Voici les accès pour la session de demain : Wi-Fi "LP-Grading", mot de passe ${v('credential.password_in_prose', 'Etalonnage4K!')}. Le solde de la facture (2 400 €) est à régler sur ${v('financial.iban', iban('FR', '30004008280001049372615'))}.
En cas de souci, appelle-moi au ${phone('06 71 48 29 03', 'FR')}.
Chloé

Peux-tu vérifier le ton de ce mail ?`),
];
