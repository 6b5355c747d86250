/**
 * Held-out batch 134: longer texts mixing categories — incident notes, e-mail threads, exports,
 * fixtures and tickets from the six settings, in many languages. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const card = (payload: string): string => payload + String(luhnCheckDigit(payload.replace(/[ -]/g, '')));
const iban = (cc: string, bban: string, grouped = true): string => {
  const raw = cc + ibanCheckDigits(cc, bban) + bban;
  return grouped ? (raw.match(/.{1,4}/g) ?? []).join(' ') : raw;
};
const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);
const em = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);

const XOXB = tok('xoxb-', '7291038465', '2-', '8130294756183-', fill('b134m-xoxb', B62, 24));
const GHO = gh('gho', 'Pk3Wn8Rz1Xb6Lm4Tq9Vc2Hd7Jf5Gs0');
const SG = tok('SG.', fill('b134m-sg1', B64URL, 22), '.', fill('b134m-sg2', B64URL, 43));
const SENTRY_KEY = fill('b134m-sentry', HEX, 32);

export const BATCH134_MIXED: DraftRecord[] = [
  rec('postmortem_en', f`# Incident: dispatch board outage, Sat 8 Feb

**Impact:** 47 tow requests queued for up to 25 min in the North region.

**Timeline**
- 02:10 DB failover to replica ${ip('10.30.4.12')} did not promote
- 02:18 on-call (Priya, ${phone('+44 7912 482739')}) paged
- 02:31 root cause: replication user password had been rotated in Vault but not on the replica; the old one (\`${v('credential.password_in_prose', 'Tow-Repl-2024!')}\`) was still in recovery.conf
- 02:35 manual promote, queue drained by 02:58

Make this into a customer-facing status update, no internal details.`),

  rec('email_thread_fr', f`Peux-tu m'aider à répondre à cette cliente ?

De : Camille Durand <${em('camille.durand@orange.fr')}>
Envoyé : lundi 10 février 2025 09:12
Objet : Re: Essayage robe – solde

Bonjour, je confirme l'essayage du 14 à 11h. Pour le solde, je préfère un virement : mon IBAN est ${v('financial.iban', iban('FR', '30006000019283746501374'))}, au cas où il faudrait me rembourser la différence. Vous pouvez me joindre au ${phone('06 12 47 83 95', 'FR')}.

> Le 7 févr. 2025, l'atelier a écrit :
> Le solde de 3 200 € est à régler au plus tard lors du dernier essayage.`),

  rec('csv_de', f`Bitte prüf die Liste der Athlet:innen für die Trainingskontrollen nächste Woche auf Dubletten:

${cfg(f`Name;Geburtsdatum;Sportart;Mobil;E-Mail
Jonas Weber;${dob('03.05.1999')};Biathlon;${phone('+49 160 4827391')};${em('jonas.weber@biathlon-team.de')}
Laura Fischer;${dob('19.11.2002')};Bob;${phone('+49 171 2938465')};${em('laura.fischer@bsd-kader.de')}
Jonas Weber;${dob('03.05.1999')};Biathlon;${phone('+49 160 4827391')};${em('j.weber@biathlon-team.de')}`)}`),

  rec('slack_es', f`Oye, este bot de Slack que avisa de los pedidos urgentes de pienso no arranca. Te paso config y el error:

${cfg(f`slack:
  bot_token: ${v('credential.slack_bot_token', XOXB)}
  channel: "#pedidos-urgentes"
smtp:
  host: smtp.sendgrid.net
  user: apikey
  password: ${v('credential.sendgrid_api_key', SG)}
  from: ${em('pedidos@granvia-piensos.es')}`)}

[ERROR] slack_sdk.errors.SlackApiError: not_in_channel`),

  rec('ticket_it', f`Ticket #8812 — Richiesta di soccorso stradale
Cliente: Alessandro Greco, nato il ${dob('12/07/1979')}
Telefono: ${phone('+39 347 518 2094')}
Email: ${em('a.greco79@libero.it')}
Pagamento intervento: carta ${v('financial.payment_card', card('4023 6891 0457 382'))} (autorizzati 150 €)
Posizione: A1 Milano–Bologna, km 87 direzione sud.

Riassumi per il carro attrezzi, senza dati di pagamento.`),

  rec('test_fixture_py', f`Our test for the whereabouts export breaks when the date format changes. Fixture:

${code(f`ATHLETES = [
    {"id": "NOR-0112", "name": "Ingrid Solberg", "email": "${em('ingrid.solberg@skiforbund-test.no')}", "phone": "${phone('+47 41 28 39 57')}", "birth_date": "${dob('1998-01-23')}"},
    {"id": "NOR-0187", "name": "Mats Hagen", "email": "${em('mats.hagen@skiforbund-test.no')}", "phone": "${phone('+47 92 84 17 36')}", "birth_date": "${dob('2000-09-14')}"},
]

def test_export_csv(tmp_path):
    path = export_whereabouts(ATHLETES, tmp_path / "out.csv")
    assert path.read_text().splitlines()[1].startswith("NOR-0112;Ingrid Solberg")`)}`),

  rec('incident_pt', f`Olá, resume este relatório de incidente no posto de hidrogénio de Lisboa para a administração:

- 06:12 alarme de fuga no dispensador D1 (sensor H2 > 10% LIE)
- 06:13 paragem automática, zona isolada
- 06:40 técnico João Ferreira no local (${phone('+351 912 384 765')})
- 07:05 causa: vedante da mangueira danificado
- Acesso remoto ao PLC feito a partir de ${ip('85.240.17.93')} com o utilizador "manut" e palavra-passe ${v('credential.password_in_prose', 'Posto-H2-Lx!9')} (tem de ser alterada hoje)`),

  rec('gha_en', f`${cfg(f`name: deploy-hpc-docs
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: self-hosted
    steps:
      - uses: actions/checkout@v4
      - run: mkdocs build
      - run: rsync -az site/ docs@${ip('10.60.1.25')}:/var/www/hpc-docs/
        env:
          GITHUB_TOKEN: ${v('credential.github_oauth_token', GHO)}
      - run: |
          curl -X POST -d '{"text":"docs deployed"}' \\
            -H "Content-Type: application/json" $SLACK_URL`)}

The rsync step asks for a password on the runner. Contact for the web server is ${em('webmaster@rc.uni-aldenburg.de')}.`),

  rec('whatsapp_ar', f`رسالة من عميلة VIP، ترجمها للفريق في باريس من فضلك:
"مرحباً، أنا نورة القحطاني. موعد القياس الأخير يوم الخميس. رقم جوالي الجديد ${phone('+966 55 731 8204')} وبريدي ${em('noura.alqahtani@outlook.sa')}. تاريخ ميلادي ${dob('02/03/1990')} إذا احتجتم له للتأمين على الفستان. سأدفع الباقي بالبطاقة ${v('financial.payment_card', card('5294 1830 7462 915'))}."`),

  rec('log_ja', f`水素ステーションのPOS端末ログです。何が起きているか説明してください。

${cfg(f`2025-02-12 07:41:03 INFO  pos-01 session=7f3a start station=JP-OSK-02 nozzle=H70
2025-02-12 07:44:55 INFO  pos-01 session=7f3a end kg=3.91 yen=6,451
2025-02-12 07:44:56 ERROR pos-01 settle failed card=${v('financial.payment_card', card('3528 0417 9362 184'))} rc=05 host=${ip('172.16.40.8')}
2025-02-12 07:44:57 WARN  pos-01 receipt email to ${em('k.yamamoto@example-fleet.co.jp')} queued`)}`),

  rec('meeting_notes_nl', f`## Overleg HPC-servicedesk — 11 feb

- Nieuwe GPU-nodes (gpu[21-28]) in productie sinds maandag; 2 nodes met ECC-fouten, ticket bij leverancier (contact: Ruud, ${phone('+31 6 2917 4830')})
- Tijdelijk beheeraccount voor de leverancier: gebruiker \`vendor_ecc\`, wachtwoord ${v('credential.password_in_prose', 'Knooppunt-GPU-26')} (vervalt vrijdag)
- Quota-aanvragen: 14 open, vooral van de afdeling Biologie
- Volgende keer: beleid voor scratch-opschoning

Zet dit om in actiepunten met eigenaren.`),

  rec('sql_dump_pl', f`${cfg(f`INSERT INTO dostawcy (id, nazwa, email, telefon, iban) VALUES
(301, 'Gospodarstwo Rolne Nowak', '${em('nowak.zboza@wp.pl')}', '${phone('+48 601 739 248')}', '${v('financial.iban', iban('PL', '124010950000000213982746', false))}'),
(302, 'Agro-Kukurydza Lis', '${em('biuro@agro-lis.pl')}', '${phone('+48 512 830 471')}', NULL);`)}

Zamień to na format CSV dla nowego systemu ERP wytwórni pasz.`),

  rec('chat_ru_en', f`Коллеги, помогите с Sentry: фронтенд системы планирования тестов не отправляет ошибки. Config:

${code(f`Sentry.init({
  dsn: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507902.ingest.de.sentry.io/4507902174208000`)}",
  environment: "prod",
  beforeSend(event) {
    if (event.user) delete event.user.email;
    return event;
  },
});`)}

И ещё: в одном событии всё-таки остался e-mail спортсмена ${em('d.volkov@rusathletics-test.ru')} — откуда?`),

  rec('trace_en', f`${cfg(f`Traceback (most recent call last):
  File "/opt/feedmill/recall.py", line 88, in notify_customers
    smtp.sendmail(FROM, row["email"], msg.as_string())
  File "/usr/lib/python3.11/smtplib.py", line 901, in sendmail
    raise SMTPRecipientsRefused(senderrs)
smtplib.SMTPRecipientsRefused: {'${em('orders@hofgut-lindner.de')}': (550, b'5.1.1 User unknown')}`)}

The recall notice for Lot 25-0419 didn't reach this farm. How do I make the script continue with the next customer instead of stopping?`),

  rec('handover_hi_en', f`Night shift handover (towing control, Pune):
- Truck MH-12-TK-4821 breakdown at Chandni Chowk, driver Sanjay (${phone('+91 98220 47193')}) waiting for spare
- Customer Ms. Kavita Rao, email ${em('kavita.rao84@rediffmail.com')}, asked for invoice copy
- Dispatch tablet PIN changed, new login password ${v('credential.password_in_prose', 'Pune@Tow#715')}
Isko proper English mein likh do for the morning team.`),

  rec('form_ka_en', f`Please proofread the English part of this bilingual sample collection form:

Athlete / სპორტსმენი: Nino Kapanadze
Date of birth / დაბადების თარიღი: ${dob('08.12.2003')}
Passport / პასპორტი: ${v('pii.passport', '20NK73915')}
Phone / ტელეფონი: ${phone('+995 577 31 82 49')}
Sample code: 4392716 (urine), DCO: L. Tsiklauri
Declaration of medication: "ibuprofen 400mg yesterday evning"`),
];
