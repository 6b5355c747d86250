/**
 * Held-out batch 124: records mixing categories — stack traces, incident notes, exports, fixtures and e-mails
 * with credentials, personal data, bank details and markings together. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, jwt, tok } from '../tokens';

const SENDGRID = tok('SG.', fill('b124m-sg1', B62, 22), '.', fill('b124m-sg2', B62 + '-_', 43));
const STRIPE_WH = tok('whsec_', fill('b124m-whsec', B62, 32));
const JWT_PORTAL = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'member:48213', role: 'rep', branch: 'aarhus', exp: 1741046400 }, 'b124m-jwt');
const SLACK_BOT = tok('xoxb-', '5938271046', '-', '8192736450281', '-', fill('b124m-xoxb', B62, 24));
const DD_KEY = fill('b124m-dd', HEX, 32);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const mark = (s: string) => v('confidential.marking', s);

export const BATCH124_MIXED: DraftRecord[] = [
  rec('stack_trace', f`The permit PDF generator crashes for one customer. Trace:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/app/permits/render.py", line 88, in render_application
    owner_line = f"{c.name} · {c.phone} · {c.email}"
  File "/app/permits/models.py", line 41, in phone
    return phonenumbers.format_number(self._parsed, E164)
phonenumbers.NumberParseException: (1) Missing or invalid default region.
Locals: name='Trevor Okafor' raw_phone='${phone('(614) 555-2817', 'US')}' email='${v('pii.email', 'trevor.okafor@columbus.rr.com')}'
Request from ${amb('pii.ip_address', '74.128.91.203')} at 2025-02-17T15:04:11Z`)}`, 'US number outside the 555-01xx fictional block: a valid phone'),

  rec('incident_de', f`Kannst du aus den Notizen einen sauberen Vorfallsbericht machen?

- 18.02., 09:12: Kollegin aus dem Vertrieb hat die Kundenliste mit Zählernummern und Telefonnummern an eine private Adresse geschickt (${v('pii.email', 'jana.k.privat@gmx.de')})
- In der Liste u. a.: Heinrich Vogt, ${phone('030 48291736', 'DE')}, Steuer-ID ${v('pii.de_steuer_id', '83051729435')}
- Zusätzlich im Mailtext das Portal-Passwort: ${v('credential.password_in_prose', 'Netzanschluss!2025')}
- 10:05: Passwort geändert, Mail beim Empfänger gelöscht (Bestätigung liegt vor)`),

  rec('email', f`Subject: ${mark('CONFIDENTIAL')} – Hardship payment for member, please process today

Hi Aisha,

Committee approved a £750 hardship payment for the member we discussed (Mr. Owusu, member 339-118, ${phone('07823 614902', 'GB')}). Pay to:
Sort code ${ambCat('financial', '20-32-06')} / account ${ambCat('financial', '73019284')}
IBAN ${v('financial.iban', 'GB38 NWBK 6016 1338 4719 26')}

Please keep this to the two of us and the treasurer.
Sam`),

  rec('env_file', f`Our donation site sends receipts twice and the Stripe webhook fails signature checks. Here's the .env from the server:

${amb('source_code.snippet', f`APP_URL=https://give.annur-centre.org
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', STRIPE_WH)}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
RECEIPT_FROM=${v('pii.email', 'receipts@annur-centre.org')}
TREASURER_PHONE=${phone('+44 7823 614902')}`)}`),

  rec('fixture_py', f`Hvorfor fejler denne test kun i CI? Fixture til tillidsrepræsentant-portalen:

${code(f`import pytest

@pytest.fixture
def medlem():
    return {
        "navn": "Mette Kjærgaard",
        "email": "${v('pii.email', 'mette.kjaergaard@fwu-union.dk')}",
        "telefon": "${phone('+45 20 48 29 17')}",
        "token": "${v('credential.jwt', JWT_PORTAL)}",
    }

def test_udlaeg(client, medlem):
    r = client.post("/api/udlaeg", json={"km": 120}, headers={"Authorization": f"Bearer {medlem['token']}"})
    assert r.status_code == 201`)}`),

  rec('csv_it', f`Mi controlli questo export prima che lo mandi al commercialista? Rimborsi ai clienti per tessuti resi:

${amb('source_code.snippet', f`cliente;email;iban;importo
Bianchi Giulia;${v('pii.email', 'giulia.bianchi82@libero.it')};${v('financial.iban', 'IT92K0306909420100000583721')};412,00
Rossi Marco;${v('pii.email', 'm.rossi@studiorossi.it')};${v('financial.iban', 'IT65 Y030 6911 2000 0007 4829 163')};96,50`)}

(codice fiscale di Marco: ${v('pii.it_codice_fiscale', 'RSSMRC75C08F839Y')})`),

  rec('ticket_pt_br', f`Chamado #5531 — cliente não consegue acessar o app de acompanhamento da instalação

Cliente: Fernanda Lopes — ${v('pii.email', 'fernanda.lopes@uol.com.br')} — ${phone('+55 21 99381-2746')}
CPF: ${v('pii.br_cpf', '183.927.465-46')}
O técnico anotou a senha provisória no chamado: ${v('credential.password_in_prose', 'Painel#Rio2025')}
IP de origem do último login: ${amb('pii.ip_address', '177.42.18.93')}

Escreva uma resposta pedindo que ela redefina a senha pelo link e explicando que não enviamos senhas por e-mail.`),

  rec('chat_ar', f`أحتاج أن ألخص هذه الملاحظات لمجلس الإدارة:
- المتبرع الأخ عمر الفاروق دفع ببطاقة ${v('financial.payment_card', '5427 1839 0465 1138')} وطلب استرداد 200 جنيه لأن المبلغ تكرر.
- رقمه ${phone('+44 7823 614902')} وبريده ${v('pii.email', 'omar.alfarouq@hotmail.co.uk')}.
- ${mark('سري')}: لا يُذكر اسمه في التقرير العام.`),

  rec('slack_export', f`Summarise this channel export for the handover, and tell me if anything in it should be deleted:

${amb('source_code.snippet', f`[09:14] nadia.h: permit for 12 Orchard Way approved 🎉
[09:15] tom.b: nice. customer is Mrs Patel, ${phone('0161 496 2283', 'GB')}, wants install before Easter
[09:21] tom.b: bot token for the permit-alerts app if anyone needs it: ${v('credential.slack_bot_token', SLACK_BOT)}
[09:22] nadia.h: tom pls don't paste tokens here
[09:40] tom.b: ok will rotate`)}`),

  rec('lostfound_it', f`Scrivi una mail al passeggero per il ritiro. Dal registro oggetti smarriti:

Oggetto: portafoglio nero, linea 5, 21/02
Contenuto: carta d'identità di Andrea Conti (nato il ${v('pii.date_of_birth', '07/04/1979')}), tessera sanitaria, bancomat ${v('financial.payment_card', '4486 2017 3951 8461')}
Contatto lasciato: ${phone('+39 333 482 9173')}, ${v('pii.email', 'andrea.conti79@gmail.com')}`),

  rec('yaml_k8s', f`Наш сервис продажи билетов не отдает метрики в Datadog после переезда в k8s. Манифест:

${amb('source_code.snippet', f`apiVersion: v1
kind: ConfigMap
metadata:
  name: tickets-config
data:
  DD_AGENT_HOST: "${amb('pii.ip_address', '10.42.7.15')}"
  DD_API_KEY: "${v('credential.datadog_api_key', DD_KEY)}"
  SUPPORT_EMAIL: "${v('pii.email', 'podderzhka@coastline-bus.com')}"`)}

Почему ключ в ConfigMap, а не в Secret, — это тоже проблема?`),

  rec('email_nl', f`Onderwerp: ${mark('VERTROUWELIJK')} – juridische bijstand lid 27731

Beste Ingrid,

Het lid (Fatma Demir, BSN ${v('pii.nl_bsn', '173920482')}, tel. ${phone('06 48291736', 'NL')}) heeft de ontslagbrief op 12 februari ontvangen. Advocaat mr. De Graaf neemt de zaak aan. Vergoeding gaat via ons rekeningnummer ${v('financial.iban', 'NL64 INGB 0007 3819 26')}.

Kun je dit inkorten tot een dossiernotitie?`),

  rec('chat_hi', f`इस ग्राहक के सोलर सब्सिडी फॉर्म का सारांश बना दो:
नाम: राजेश वर्मा
आधार: ${v('pii.in_aadhaar', '4826 1937 0552')}
मोबाइल: ${phone('+91 98482 91736')}
ईमेल: ${v('pii.email', 'rajesh.verma@rediffmail.com')}
बैंक खाता (सब्सिडी के लिए): ${ambCat('financial', '50100482917365')}, IFSC HDFC0001234
सिस्टम: 3 kW ऑन-ग्रिड`, 'Indian bank account number: no engine rule, ambiguous financial'),

  rec('log', f`Can you explain what happened here? Ticket-machine gateway auth log:

${amb('source_code.snippet', f`Feb 20 06:02:11 tvm-gw01 sshd[2281]: Failed password for invalid user admin from ${amb('pii.ip_address', '45.155.205.12')} port 51344 ssh2
Feb 20 06:02:14 tvm-gw01 sshd[2283]: Failed password for invalid user admin from ${amb('pii.ip_address', '45.155.205.12')} port 51362 ssh2
Feb 20 06:05:40 tvm-gw01 tvm-sync[912]: connecting to db with DSN postgres://tvm:${v('credential.database_url_password', 'Fahrkarte-Husum#7')}@${amb('pii.ip_address', '10.12.0.5')}:5432/tvm
Feb 20 06:05:41 tvm-gw01 tvm-sync[912]: sync ok, 412 transactions`)}`),

  rec('email_gsw', f`Betreff: ${mark('VERTRAULICH')} – Offerte Schulhaus Rüti

Hoi Reto

Wie bsproche schick ich dir d'Zahle. Bitte nöd wiiterleite. Kontakt bi de Gmeind isch d'Frau Meier, ${phone('044 382 19 57', 'CH')}, ${v('pii.email', 'b.meier@rueti.ch')}. D'Azahlig chunnt uf ${v('financial.iban', 'CH49 0023 5384 7192 0561 3')}.

Gruess, Sandra`),
];
