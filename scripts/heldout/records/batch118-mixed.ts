/**
 * Held-out batch 118: records mixing categories: stack traces with credentials and addresses,
 * exports with e-mails and IBANs, incident notes with markings and phone numbers, fixtures with
 * personal data. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, jwt, tok } from '../tokens';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const mark = (s: string) => v('confidential.marking', s);

const PG_PW = 'Dz1-rp!Kovarna';
const SLACK_BOT = tok('xoxb-', '4820193746', '1-', '6028471935026-', fill('b118m-xoxb', B62, 24));
const MAILGUN = tok('key-', fill('b118m-mg', HEX, 32));
const PORTAL_JWT = jwt({ alg: 'RS256', kid: 'visa-2024' }, { sub: 'applicant:884213', email: 'l.tanaka@example-mail.jp', scope: 'appointments:write', exp: 1730419200 }, 'b118m-jwt');
const GH_WEBHOOK = fill('b118m-ghwh', B64URL, 40);
const SMTP_PW = 'Bienen#Stock2024';

export const BATCH118_MIXED: DraftRecord[] = [
  rec('stack_trace', f`Dosimetry sync crashed overnight, what does this mean?

${cfg(f`Traceback (most recent call last):
  File "/opt/dosisync/sync.py", line 88, in push_readings
    conn = psycopg2.connect("postgresql://dosisync:${v('credential.database_url_password', PG_PW)}@${amb('pii.ip_address', '10.21.4.30')}:5432/dosimetry")
  File "/usr/lib/python3/dist-packages/psycopg2/__init__.py", line 122, in connect
psycopg2.OperationalError: connection to server at "${amb('pii.ip_address', '10.21.4.30')}", port 5432 failed: FATAL: password authentication failed for user "dosisync"`)}

Worker affected by the missed upload: Pavel Novák, ${phone('+420 737 419 286')}, please let him know his monthly reading is delayed.`),

  rec('csv_en', f`Build a mail-merge for the export customers whose payment is overdue:

${cfg(f`customer,contact,email,iban,amount_eur,due
Honighaus Bremen GmbH,Jens Albers,${v('pii.email', 'j.albers@honighaus-bremen.de')},${v('financial.iban', 'DE47389435138595457188')},27540.00,2024-09-30
Miel & Cie SARL,Claire Fontaine,${v('pii.email', 'c.fontaine@miel-cie.fr')},${v('financial.iban', 'FR2131116329318145956865143')},8410.50,2024-10-05
Bijenhof De Linde,Pieter Jansen,${v('pii.email', 'pieter@bijenhofdelinde.nl')},${v('financial.iban', 'NL05RABO3016465031')},4120.00,2024-10-12`)}`),

  rec('incident_de', f`${mark('VERTRAULICH')} – Sicherheitsvorfall Spieltag 6

Um 19:47 wurde am Block S3 ein Ordner verletzt. Täter: Kevin Lorenz, geb. ${v('pii.date_of_birth', '14.02.1998')}, Tel. ${phone('0176 48291736', 'DE')}. Polizei-Vorgangsnummer 2024-118-4471.
Videoaufzeichnung Kamera 31 gesichert.

Bitte eine sachliche Zusammenfassung für den Sicherheitsausschuss, ohne Namen.`),

  rec('slack_log', f`${cfg(f`[ERROR] alert-bot: slack api call failed: invalid_auth
  token=${v('credential.slack_bot_token', SLACK_BOT)}
  channel=#gate-security
  payload={"text":"Banned person flagged at N4-07: Darren Pike (${v('pii.date_of_birth', '29/11/1995')})"}`)}

¿por qué invalid_auth si el token se creó hoy?`),

  rec('email_fr', f`Objet : ${mark('Confidentiel')} — résultats dosimétrie interne

Bonjour Docteur,

Voici les résultats d'anthroporadiométrie de M. Karim Haddad (NIR ${v('pii.fr_nir', '1 91 07 59 291 133 85')}, né le ${v('pii.date_of_birth', '09/07/1991')}) suite à l'intervention du 02/10 : activité engagée inférieure au seuil d'enregistrement.
Vous pouvez le joindre au ${phone('06 29 18 47 53', 'FR')}.

Cordialement,
Service de radioprotection

Peux-tu simplifier ce mail pour l'agent ?`),

  rec('ticket_en', f`Ticket #7731 — door controller offline (client: Harbour View Offices)
Reported by: Samira Haddad, facilities, ${phone('020 7946 1288', 'GB')}, ${v('pii.email', 'samira.haddad@harbourview-offices.co.uk')}
Controller: AC-2 at ${amb('pii.ip_address', '192.168.20.41')}, web admin user "install", password ${v('credential.password_in_prose', 'Harbour#Door22')}

Please write the job note for the engineer, but leave the password out.`),

  rec('env_and_contacts', f`Hola, este es el archivo que usa el servicio de avisos de fumigación. ¿Está bien que el correo del cliente de prueba sea real?

${cfg(f`MAILGUN_API_KEY=${v('credential.mailgun_api_key', MAILGUN)}
MAILGUN_DOMAIN=avisos.fumigaciones-delsur.com.ar
TEST_RECIPIENT=${v('pii.email', 'martina.gomez.ok@gmail.com')}
TEST_PHONE=${phone('+54 9 351 482-7391')}`)}`),

  rec('http_request', f`${cfg(f`POST /api/v2/appointments HTTP/1.1
Host: visa-portal.embassy-norvalia.org
Authorization: Bearer ${v('credential.jwt', PORTAL_JWT)}
Content-Type: application/json
X-Forwarded-For: ${amb('pii.ip_address', '203.0.113.77')}

{"applicant":{"name":"Tanaka Lina","dob":"${v('pii.date_of_birth', '1993-06-18')}","passport":"${v('pii.passport', 'TR5829174')}","phone":"${phone('+81 90-4827-1936')}"},"slot":"2024-11-05T09:30"}`)}

Why does the portal answer 409 Conflict here?`),

  rec('meeting_notes_nl', f`Notulen overleg stralingsbescherming 08-10 (${mark('VERTROUWELIJK')})

- Dosisoverschrijding onderzoeksniveau: medewerker R. Visser (BSN ${v('pii.nl_bsn', '408868557')}), 5,2 mSv in Q3. Gesprek gepland.
- Nieuwe EPD's geleverd, kalibratie week 43.
- Contact leverancier: ${v('pii.email', 'service@dosimetrie-benelux.nl')}, ${phone('+31 20 482 9173')}

Maak een actielijst.`),

  rec('code_fixture', f`${code(f`# tests/test_export_docs.py
EXPORTER = {
    "name": "Cooperativa Apícola Los Tilos",
    "iban": "${v('financial.iban', 'ES9148696886260057854250')}",
    "contact_email": "${v('pii.email', 'export@apicola-lostilos.es')}",
    "contact_phone": "${phone('+34 612 48 29 17')}",
}

def test_invoice_has_iban():
    pdf = render_invoice(EXPORTER, lot="LT-24-117")
    assert EXPORTER["iban"] in pdf.text`)}

Test fails because the PDF groups the IBAN in fours. Best fix?`),

  rec('github_webhook', f`${cfg(f`# deploy/webhook.yaml — locksmith job-portal
github:
  webhook_secret: ${v('credential.generic_secret_assignment', GH_WEBHOOK)}
  allowed_ips:
    - ${amb('pii.ip_address', '140.82.112.0')}
notify:
  on_failure: ${v('pii.email', 'ops@schluesseldienst-keller.ch')}`)}

Lohnt es sich, die IP-Liste statt der Signaturprüfung zu verwenden?`),

  rec('chat_pt_pt', f`Bom dia, recebi este email de um cliente do Porto e quero responder em inglês:

"Sou o João Ferreira (tel. ${phone('912 483 716', 'PT')}). Paguei a desinfestação com o cartão ${v('financial.payment_card', '5328 8444 9632 6633')} mas cobraram duas vezes. Podem devolver para o IBAN ${v('financial.iban', 'PT47 8789 5386 8551 0002 3428 5')}?"`),

  rec('incident_ja', f`${mark('取扱注意')}
放射線管理区域 入域記録の不一致について
10/03 14:12 作業者 山本 翔太（生年月日 ${v('pii.date_of_birth', '1990年11月3日')}、連絡先 ${phone('080-4819-2736', 'JP')}）の入域記録が APD の記録と一致しません。
ゲート端末 ${amb('pii.ip_address', '10.30.8.14')} のログを確認中。

この内容を英語の報告書形式にしてください。`),

  rec('config_smtp_sl', f`Pozdravljeni, tale nastavitev za pošiljanje potrdil o naročilu medu ne deluje:

${cfg(f`smtp:
  host: smtp.medarska-zadruga.si
  port: 587
  user: ${v('pii.email', 'narocila@medarska-zadruga.si')}
  password: ${v('credential.password_assignment', SMTP_PW)}
  reply_to: ${v('pii.email', 'info@medarska-zadruga.si')}`)}

IBAN za plačila v potrdilu: ${v('financial.iban', 'SI77 2851 9463 7696 935')}. Kaj je narobe?`),

  rec('chat_ar', f`${mark('سري للغاية')}
تقرير حادثة أمنية في المدرج الشرقي: تم توقيف المشجع خالد العتيبي، تاريخ الميلاد ${v('pii.date_of_birth', '1999/03/22')}، جوال ${phone('+966 55 482 7193')}، بعد رمي مقذوفات.
لخّص التقرير في ثلاث نقاط للجنة الأمن.`),

  rec('log_visa', f`${cfg(f`2024-10-07 09:14:02 INFO  biometrics-kiosk-2 enrolled applicant_id=884213 passport=${v('pii.passport', 'TR5829174')} fingerprints=10/10 operator=${v('pii.email', 'k.beridze@embassy-norvalia.org')} src=${amb('pii.ip_address', '10.50.1.22')}
2024-10-07 09:15:40 WARN  biometrics-kiosk-2 photo_quality=0.61 below 0.70 applicant_id=884213 retry=1`)}

What does photo_quality 0.61 usually mean — lighting?`),
];
