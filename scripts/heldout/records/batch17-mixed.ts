/** Held-out batch 17: longer documents mixing categories (incident notes, e-mail chains, tickets, exports). Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, jwt, tok } from '../tokens';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const ip = (s: string) => amb('pii.ip_address', s);
const mark = (s: string) => v('confidential.marking', s);

const SG = tok('SG.', fill('b17m-sg1', B64URL, 22), '.', fill('b17m-sg2', B64URL, 43));
const GHP = gh('ghp', 'Qa2Ws4Ed6Rf8Tg1Yh3Uj5Ik7Ol9Pz0');
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T02', fill('b17m-sh1', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8), '/B06', fill('b17m-sh2', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8), '/', fill('b17m-sh3', B62, 24));
const AWS_ID = tok('AKIA', fill('b17m-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AWS_SECRET = fill('b17m-awssec', B62 + '/+', 40);
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b17m-stripe', B62, 97));
const JWT_KIOSK = jwt({ alg: 'HS256', typ: 'JWT' }, { kiosk: 'ED-ENTRANCE-2', site: 'MH-NORTH', iat: 1733130000 }, 'b17m-jwtkiosk');
const DD_KEY = fill('b17m-dd', HEX, 32);

export const BATCH17_MIXED: DraftRecord[] = [
  rec('incident', f`# Incident note – appointment reminders sent to wrong patients (02 Dec)

**What happened:** between 07:00 and 07:40 the reminder job sent 312 SMS/e-mails with another patient's appointment time. Reported first by a patient, ${email('h.obrien@eircom.net')}, who called the front desk from ${phone('+353 86 482 9173')}.

**Cause:** a failed deploy left the old template cache; job config at the time:
\`\`\`
${amb('source_code.snippet', f`REMINDER_SENDER=${email('noreply@meridian-health.org')}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)}
TEMPLATE_CACHE_TTL=86400`)}
\`\`\`
**Actions:** key rotated 08:15, DPO informed, patients contacted by phone.

Rewrite this for the hospital's patient-safety committee in non-technical language.`),

  rec('email_thread', f`Can you draft my answer to Gustavo in Portuguese? Keep it short.

De: Gustavo Ribeiro <${email('gustavo.ribeiro@couros-sul.com.br')}>
Enviado: segunda-feira, 2 de dezembro de 2024 15:40
Assunto: Re: pedido 7719 – pagamento antecipado

Olá, conforme combinado segue o banco para o adiantamento de 30%:
IBAN ${v('financial.iban', 'BR58 0001 8236 1200 0073 0947 251C 1')}
SWIFT ${amb('financial.swift_bic', 'BRASBRRJSPO')}
Qualquer dúvida pode me ligar: ${phone('+55 51 99631-2874')}

> From: Emma Lindholm <${email('emma.lindholm@pinewick-stores.example')}>
> Hi Gustavo, we'll pay the deposit once we have the final proforma.`),

  rec('ticket', f`ITSD-48213 · Priority: High · Site: Rotterdam DC

Reporter: Pieter van Dam (${email('p.vandam@meridian-freight.example')}, ext. 4417)
Summary: handheld scanners can't sync after Windows update on the gateway

Details from reporter:
"Gateway WMS-GW02 (${ip('10.118.4.21')}) restarted last night. Since then scanners show 'sync failed'. I logged in with the service account wmsgw / ${v('credential.password_in_prose', 'Scann3r!Gateway')} as the runbook says and the service is running."

Write a first-response message and list 3 things to check. Also remind him not to post passwords in tickets.`),

  rec('chat_de', f`Kannst du mir aus dieser Rohdatei eine saubere Tabelle für die Lohnbuchhaltung machen? Nur Name, Eintritt, Stundenlohn.

${amb('source_code.snippet', f`Name;Geburtsdatum;Steuer-ID;IBAN;Eintritt;Stundenlohn
Yilmaz, Derya;${dob('05.09.1992')};${v('pii.de_steuer_id', '27304951183')};${v('financial.iban', 'DE67760501018273946150')};01.02.2023;15,80
Schulz, Henrik;${dob('21.12.1988')};${v('pii.de_steuer_id', '66103948276')};${v('financial.iban', 'DE89500105179420385617')};15.07.2021;17,20`)}`),

  rec('postmortem', f`Postmortem draft – checkout outage Black Friday (29 Nov)

Timeline (CET):
- 09:12 checkout error rate 18%, alert via ${v('credential.slack_webhook_url', SLACK_HOOK)} (yes the URL is in the runbook, we'll fix that)
- 09:20 cause: payment service lost its env after a bad Helm upgrade; rollback restored \`STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}\`
- 09:31 orders flowing again; 412 orders lost, customers e-mailed from ${email('service@pinewick-stores.example')}

Make it blameless and remove anything that shouldn't go into Confluence.`),

  rec('handover', f`Pls tidy this night handover into SBAR, ward 7:

Bed 4 – Mr Dariusz Zieliński, ${dob('18/04/1951')}, NHS ${v('pii.uk_nhs_number', '945 302 7189')}, post-op day 2 hemicolectomy, NEWS 3, pain ok. Wife asks for call after ward round: ${phone('07824 193056', 'GB')}
Bed 6 – Mrs June Parry, NHS ${v('pii.uk_nhs_number', '472 619 3058')}, confused overnight, pulled cannula x1, family aware.

${mark('CONFIDENTIAL')} – do not leave printed copies at the nurses' station.`),

  rec('email_es', f`Asunto: Documentación despacho aduanero – contenedor TGHU 839201 3

Hola Lucía,

para el despacho del contenedor necesito que me confirmes los datos del importador y del conductor:
- Importador: Distribuciones Turia S.L., contacto Jorge Navarro (${email('j.navarro@distturia.es')}, ${phone('+34 611 482 937')})
- Conductor: Ionut Dragomir, NIE ${v('pii.es_nie', 'X4820931Q')}, pasaporte rumano ${v('pii.passport', '058291734')}
- Aranceles: pago por transferencia a la cuenta de la agencia ${v('financial.iban', 'ES03 0182 5731 8402 0194 7382')}

Partida arancelaria 9403.60.10, 1x40HC, 18.400 kg.

Gracias,
Álvaro`),

  rec('slack_export', f`Summarise this Slack thread for the studio lead:

[10:02] lina: build server is out of disk again
[10:05] tomasz: I'll clean old artifacts. btw CI can't clone the art repo, token expired?
[10:07] lina: use mine for now ${v('credential.github_pat', GHP)} and rotate after
[10:09] tomasz: 👍 also the crash reporter dashboard is empty since Tuesday
[10:15] lina: Datadog key in the game server config is the old one, new is ${v('credential.datadog_api_key', DD_KEY)}
[10:16] tomasz: ok deploying`),

  rec('spreadsheet', f`Find duplicate customers in this export from the loyalty program and tell me which rows to merge:

${amb('source_code.snippet', f`id\tname\temail\tphone\tcard_last4\tstore
10482\tAna Sousa\t${email('ana.sousa@sapo.pt')}\t${phone('+351 912 384 756')}\t4417\tPorto
10517\tAna P. Sousa\t${email('anasousa.pt@gmail.com')}\t${phone('+351 912 384 756')}\t4417\tPorto
11203\tFilipa Rocha\t${email('filipa.rocha@outlook.pt')}\t${phone('+351 93 718 2046')}\t0921\tLisboa`)}`),

  rec('email', f`Subject: ${mark('RESTRICTED')} – Q4 franchise performance & payment issues

Team,

Three franchisees are behind on royalties:
- Graz (AT) — € 41.200, pays to our account ${v('financial.iban', 'AT78 3200 0004 9281 7364')}
- Porto (PT) — € 18.900
- Lyon (FR) — € 27.650; their finance contact is ${email('compta@pinewick-lyon.fr')}

Please draft a firm reminder letter template (no names, no amounts) I can adapt for each.`),

  rec('code_python', f`our S3 upload from the kiosk check-in app fails with AccessDenied. config + code:

${v('source_code.snippet', f`import boto3, requests

s3 = boto3.client(
    "s3",
    aws_access_key_id="${v('credential.aws_access_key_id', AWS_ID)}",
    aws_secret_access_key="${v('credential.aws_secret_access_key', AWS_SECRET)}",
    region_name="eu-west-1",
)
KIOSK_TOKEN = "${v('credential.jwt', JWT_KIOSK)}"

def upload_scan(path, mrn):
    s3.upload_file(path, "mh-checkin-scans", f"{mrn}/{path.split('/')[-1]}")
    requests.post("https://checkin.meridian-health.example/api/done", headers={"Authorization": f"Bearer {KIOSK_TOKEN}"}, json={"mrn": mrn})`)}`),

  rec('meeting_notes', f`Besprechungsnotizen Stadtprojekt „Digitale Bauanträge", 03.12.

Teilnehmer: Fr. Schäfer (Stadt), Hr. Okoye (wir), Fr. Lindgren (wir)
- Pilot startet 13.01. mit 3 Sachbearbeitern
- Testzugang für die Stadt: Benutzer stadt-pilot, Passwort ${v('credential.password_in_prose', 'Bauantrag#Pilot25')} (bitte nach erstem Login ändern)
- Ansprechpartnerin Stadt: ${email('m.schaefer@stadt-musterhausen.de')}, Tel. ${phone('+49 30 9018 4472')}
- Datenschutz-Folgenabschätzung bis 20.12. fertig

Bitte in eine E-Mail an alle Teilnehmer umwandeln, aber ohne das Passwort.`),

  rec('chat_it', f`Ciao, riassumi questa segnalazione per il responsabile del negozio di Verona:

Cliente: Paolo Conti, cell. ${phone('+39 333 481 2097')}
Ha pagato con carta ${v('financial.payment_card', '5469 2173 8045 6122')} un divano da 1.290 €, consegna prevista il 28/11 mai avvenuta. Il corriere dice "destinatario assente" ma lui era a casa. Chiede rimborso o nuova data.`),

  rec('hr_case', f`Help me write a neutral summary for the HR case file (Leeds studio):

Employee: Connor Walsh, NI ${v('pii.uk_nino', 'NE 10 39 48 D')}, DOB ${dob('14/11/1995')}
Complaint filed 25/11 about comments made in the #art-team channel. Witness: Priya Nair (${email('priya.nair@hollowfen-games.co.uk')}).
Connor's personal email for correspondence while suspended: ${email('connorwalsh95@hotmail.co.uk')}

${mark('Strictly Confidential – HR')}`),

  rec('customs_doc', f`Check this pre-arrival notification for mistakes before I submit:

Declarant: Van Dalen Douane-expeditie B.V. (EORI NL823947201)
Contact: Sanne de Wit, ${email('s.dewit@vandalen-douane.nl')}, ${phone('+31 20 482 9173')}
Container: MSKU 482917 1 · Seal 0948213 · B/L MAEU 239184720
Goods: HS 8516.60.10 electric ovens, 640 units, CIF € 58.300
Duty payment via deferment (uitstel van betaling); fallback ${v('financial.iban', 'NL14 INGB 0009 2738 41')}
Driver: Mehmet Arslan, passport ${v('pii.passport', 'U28491730')}, mobile ${phone('+90 532 418 27 93')}`),
];
