/**
 * Held-out batch 111: records mixing several kinds of sensitive data — stack traces with
 * connection strings and user data, incident notes, exports with contacts and bank details, test
 * fixtures with personal data in code, marked documents with personal data. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, jwt, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const ip = (s: string) => amb('pii.ip_address', s);
const mark = (s: string) => v('confidential.marking', s);

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b111m-sklive', B62, 97));
const SG_KEY = tok('SG.', fill('b111m-sg1', B64URL, 22), '.', fill('b111m-sg2', B64URL, 43));
const PORTAL_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'carer-20931', role: 'foster_carer', email_verified: true, iat: 1729765800, exp: 1729852200 }, 'b111m-portaljwt');
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T02', fill('b111m-slT', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8), '/B06', fill('b111m-slB', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8), '/', fill('b111m-slk', B62, 24));
const WHSEC = tok('whsec_', fill('b111m-whsec', B62, 32));
const DD_KEY = fill('b111m-dd', HEX, 32);

export const BATCH111_MIXED: DraftRecord[] = [
  rec('stacktrace', f`Our tow-release payment endpoint threw this in prod last night. What's the root cause?

${cfg(f`2024-10-29T23:41:07.552Z ERROR release-api [req 9f2c41a7] POST /v1/releases/TW-24-11873/pay from ${ip('81.174.22.190')}
org.postgresql.util.PSQLException: FATAL: password authentication failed for user "release_rw"
    url=jdbc:postgresql://${ip('10.8.3.15')}:5432/impound?user=release_rw&password=${v('credential.connection_string_password', 'Impound_RW_2024')}
    at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
    at com.civictow.release.PaymentService.settle(PaymentService.java:118)
  context: owner=${email('d.okonkwo@gmail.com')} phone=${phone('+44 7583 920461')} card=${v('financial.payment_card', '4916 8302 7514 4298')} amount=GBP 275.00`)}`),

  rec('incident_en_gb', f`Help me write the data-breach log entry (ICO 72h assessment) from these notes:

- 28/10 14:05 social worker emailed the wrong foster carer (Mrs J. Patel instead of Mrs J. Patten)
- attachment: placement plan for child L., DOB ${dob('19/01/2016')}, NHS no. ${v('pii.uk_nhs_number', '721 904 6383')}
- recipient address: ${email('jpatel.home@hotmail.co.uk')}; she phoned at 14:40 from ${phone('07468 219374', 'GB')} and confirmed deletion
- document header read ${mark('OFFICIAL-SENSITIVE')}

Is this reportable in your view?`),

  rec('csv_carers', f`Merge this with the payroll file and flag carers with missing bank details:

${cfg(f`carer_id,name,email,mobile,iban
FC-0192,Aoife Brennan,${email('aoife.brennan@eircom.net')},${phone('+353 87 482 1937')},${v('financial.iban', 'IE89BOFI90001719283746')}
FC-0207,Tadhg Ó Súilleabháin,${email('tadhg.os@gmail.com')},${phone('+353 1 482 1937')},
FC-0211,Mariusz Zieliński,${email('m.zielinski@wp.pl')},${phone('+48 603 218 947')},${v('financial.iban', 'PL16102047810000350219384761')}`)}`),

  rec('code_test_python', f`pytest fixture for the patient-intake service, can you convert it to factory_boy?

${code(f`@pytest.fixture
def patient():
    return Patient(
        first_name="Eilidh",
        last_name="MacLeod",
        date_of_birth=date(${amb('pii.date_of_birth', '2016, 2, 11')}),
        nhs_number="${v('pii.uk_nhs_number', '9430182757')}",
        guardian_email="${email('r.macleod@btinternet.com')}",
        guardian_phone="${phone('+44 20 3318 4729')}",
        referral_reason="persistent stammer",
    )`)}`, 'the date constructor\'s birth date made ambiguous in session 18 (a label fix; unlabelled before)'),

  rec('email_de', f`Betreff: ${mark('VERTRAULICH')}: Zahlungsausfall Agrarhandel Röhm

Hallo Frau Kessler,
der Kunde Röhm (Kd.-Nr. 40-11873) hat die Lastschrift über 46.880,00 € zurückgegeben. Hinterlegtes Konto: ${v('financial.iban', 'DE47 5001 0517 8294 6301 75')}. Der Geschäftsführer Herr Röhm ist unter ${phone('+49 30 48219370')} oder ${email('h.roehm@agrar-roehm.de')} erreichbar.

Bitte formuliere daraus eine kurze Mahnung mit Fristsetzung (7 Tage).`),

  rec('env_and_chat', f`We're handing the pharmacy-app backend over to the client's in-house team. Can you write a handover checklist? Current .env on the server:

${cfg(f`STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG_KEY)}
SUPPORT_INBOX=${email('support@apotek-app.no')}
ADMIN_ALLOWLIST=${ip('185.71.44.9')},${ip('185.71.44.10')}`)}

Their tech lead is Henrik Solheim, ${phone('+47 412 83 957')}.`),

  rec('log_fr', f`Les logs du portail des familles d'accueil contiennent trop de choses, qu'est-ce qu'on doit masquer ?

${cfg(f`[2024-10-24 09:12:44] INFO  auth  connexion réussie ${email('m.lefebvre.accueil@orange.fr')} depuis ${ip('2a01:cb14:81c:3e00:5d1a:c2ff:fe41:9b07')}
[2024-10-24 09:12:45] DEBUG api   Authorization: Bearer ${v('credential.jwt', PORTAL_JWT)}
[2024-10-24 09:13:02] INFO  docs  téléchargement "bilan_orthophonie_enfant.pdf" (NIR enfant ${v('pii.fr_nir', '2 91 01 33 087 152 49')})`)}`),

  rec('ticket_es_mx', f`Ticket #7731 – El cliente no puede pagar en la app
Usuario: Fernanda Ríos, ${email('fer.rios@outlook.com')}, cel. ${phone('+52 55 4821 9370')}
Pegó en el chat de soporte su tarjeta completa: ${v('financial.payment_card', '5401 1927 5830 6418')} (ya la borramos del chat)
Error en la app: "tu banco rechazó el cargo (3DS)"

Redáctame la respuesta al cliente y una nota interna sobre por qué no debemos guardar el número.`),

  rec('code_kotlin_test', f`${code(f`class ReminderSenderTest {
    private val webhook = "${v('credential.slack_webhook_url', SLACK_HOOK)}"

    @Test
    fun \`sends reminder to guardian\`() = runTest {
        val appt = Appointment(
            patient = "Oliver Hughes",
            guardianPhone = "${phone('+44 7468 219374')}",
            guardianEmail = "${email('sarah.hughes84@gmail.com')}",
            at = LocalDateTime.parse("2024-11-12T09:30"),
        )
        val sent = ReminderSender(FakeSms(), SlackNotifier(webhook)).send(appt)
        assertTrue(sent)
    }
}`)}

Why does this test post to our real Slack channel?`),

  rec('meeting_notes_it', f`Riassumi il verbale per chi era assente:

${mark('RISERVATO')} – Riunione desk modelli catastrofali, 30/10
- Il modello terremoto Italia v12 aumenta l'AAL del portafoglio Cedente Alfa del 17%
- Contatto presso il cedente: Ing. Marco Rossi, ${email('m.rossi@alfa-assicurazioni.it')}, ${phone('+39 347 902 6185')}
- Dati pagamento premio di riassicurazione: ${v('financial.iban', 'IT71U0300203280000847291635')}
- Prossima riunione 13/11`),

  rec('yaml_monitoring', f`Datadog agent won't ship logs from the ANPR ingest boxes. datadog.yaml:

${cfg(f`api_key: ${v('credential.datadog_api_key', DD_KEY)}
site: datadoghq.eu
hostname: anpr-ingest-02
logs_enabled: true
tags:
  - env:prod
  - owner:${email('ops@civictow.co.uk')}
proxy:
  https: http://proxyuser:${v('credential.url_password', 'Pr0xy-Lot7!')}@${ip('172.20.0.5')}:3128`)}`),

  rec('chat_pt_pt', f`Olá, preciso de enviar ao banco o pedido de devolução de um pagamento duplicado de um cliente da cooperativa agrícola. Dados: Cooperativa Agrícola do Ribatejo, contacto Sr. Manuel Sousa (${phone('+351 912 483 067')}, ${email('manuel.sousa@coopribatejo.pt')}), conta ${v('financial.iban', 'PT55 0036 0028 9384 7162 5308 4')}, valor 4.120,00 €. Redige a carta.`),

  rec('form_en_in', f`Please check this referral for our audiology camp in Chennai and point out anything missing:

Patient: S. Lakshmi, DOB ${dob('04-08-1956')}
Aadhaar: ${v('pii.in_aadhaar', '7394 1058 2639')}
Son (contact): Karthik S., ${phone('+91 98470 21936')}, ${email('karthik.s1979@gmail.com')}
Payment: UPI / card at camp (card on file ${v('financial.payment_card', '4367 1820 5937 1042')} – do we need this?)`),

  rec('chat_pl_mixed', f`Cześć, przygotuj proszę notatkę do księgowości: rodzina zastępcza Nowaków zmieniła konto do wypłaty świadczeń na ${v('financial.iban', 'PL16 1020 4781 0000 3502 1938 4761')}. Kontakt: Katarzyna Nowak, ${phone('+48 603 218 947')}, ${email('k.nowak.rodzina@onet.pl')}. Dokument oznacz jako ${mark('POUFNE')}.`),

  rec('chat_en_us_mixed', f`Summarize this for the ops manager:

From: ${email('dispatch-lead@civictow.com')}
Sent: Thursday, October 31, 2024 7:12 AM
Subject: driver app outage

The driver app was down from 02:10 to 03:40. Night lead Tony Russo (${phone('(617) 482-1937', 'US')}) used the shared account to dispatch from the web console — username dispatch01 / password ${v('credential.user_password_pair', 'Hook&Chain-31')}. We need to rotate that password today.`),
];
