/**
 * Held-out batch 108: longer texts mixing categories — incident notes, claim files, onboarding
 * mails, exports and stack traces from the six workplaces of this batch. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const mail = (s: string) => v('pii.email', s);
const mark = (s: string) => v('confidential.marking', s);

const GHP = gh('ghp', 'Nr5Bx8Qw2Tz6Mk1Vj9Lc3Hp7Ds4Fa0');
const SG = tok('SG.', fill('b108m-sg1', B64URL, 22), '.', fill('b108m-sg2', B64URL, 43));
const SLACK_BOT = tok('xoxb-', '2290417735', '8-', '8013394620571-', fill('b108m-xoxb', B62, 24));
const SENTRY = fill('b108m-sentry', HEX, 32);

export const BATCH108_MIXED: DraftRecord[] = [
  rec('incident_en', f`# Incident INC-2291: ground-station uplink outage, 9 Dec

**Impact:** ~1,800 terminals in the northern beam offline 03:10–05:45 UTC.

**Timeline**
- 03:10 modem controller at gs2 (${amb('pii.ip_address', '10.88.2.14')}) stops answering SNMP
- 03:25 on-call paged (${mail('noc-oncall@sat-isp.example')}, ${phone('+61 486 643 641')})
- 04:50 root cause: expired certificate on the controller; the renewal script still pointed at the old ACME account and used \`ACME_EAB_HMAC=${v('credential.generic_secret_assignment', fill('b108m-eab', B64URL, 43))}\`
- 05:45 certificate replaced, terminals re-associated

**Follow-up:** move the EAB key into Vault; alert 21 days before expiry.

Please rewrite this as a short customer-facing status update without internal details.`),

  rec('claim_file_de', f`Kannst du aus diesem Schadenvorgang eine Zusammenfassung für den Rückversicherer machen?

${mark('VERTRAULICH')}
Schaden-Nr.: KS-2024-0719 – Container MSKU 774190-3, 18 t Milchpulver, Feuchtigkeitsschaden
Versicherungsnehmer: Nordmilch Export GmbH, Ansprechpartner Herr Jannik Sommer, ${phone('+49 1576 5063233')}, ${mail('j.sommer@nordmilch-export.de')}
Entschädigung: 61.240,00 € an ${v('financial.iban', 'AT71 4737 5583 6813 7002')}
Gutachter: Lloyd's Agent Hamburg, Bericht vom 02.12.`),

  rec('onboarding_mail', f`Hi team, please welcome Ama Owusu, our new installer in Kumasi! A few details so she can start Monday:

- Work phone: ${phone('+233 23 122 5928')}
- Personal e-mail (for the payslip portal): ${mail('ama.owusu92@gmail.com')}
- Field app login: ama.owusu / temporary password ${v('credential.password_in_prose', 'Kente-Sun-2025')} (change at first login)
- Van: GT-4471-24

Can you turn this into a nicer welcome message for the Slack channel, without the password?`),

  rec('stacktrace', f`${cfg(f`Traceback (most recent call last):
  File "/srv/claims/app/payout.py", line 88, in run_batch
    bank.submit(batch)
  File "/srv/claims/app/bank.py", line 41, in submit
    raise BankRejected(resp.json())
app.bank.BankRejected: {'code': 'AC01', 'message': 'Incorrect account number', 'creditor': {'name': 'Ilse Vermeulen', 'iban': '${v('financial.iban', 'BE20 2779 8514 9384')}'}, 'claim_ref': 'PZ-88123', 'contact': '${mail('ilse.vermeulen@telenet.be')}'}`)}

AC01 but the IBAN passes validation in our form. What else could be wrong?`),

  rec('csv_farmers', f`Kooperatiivin jäsenrekisteri – löytyykö tuplat?

${cfg(f`jäsennro;nimi;puhelin;sähköposti;tili
F-1021;Matti Laaksonen;${phone('041 2871041', 'FI')};${mail('matti.laaksonen@maatila.fi')};${v('financial.iban', 'FI19 1763 2223 6715 53')}
F-1022;Aino Heikkinen;${phone('047 7084006', 'FI')};${mail('aino.heikkinen@luukku.com')};${v('financial.iban', 'FI19 1763 2223 6715 53')}
F-1030;Oskari Mäkelä;${phone('+358 41 2860842')};${mail('oskari@makelan-tila.fi')};${v('financial.iban', 'SE74 3310 0387 8821 1560 3978')}`)}`),

  rec('loan_email_es', f`Asunto: Préstamo "Bodegón con alcachofas" – coordinación del correo

Estimada Sra. Lindqvist:

Le confirmamos que la obra viajará el 3 de febrero con nuestra correo, Dª Elena Ruiz Soto (pasaporte ${v('pii.passport', 'PAB748213')}, móvil ${phone('+34 667 07 41 56')}). El seguro clavo a clavo está cubierto por nuestra póliza; el valor acordado figura en el anexo ${mark('CONFIDENCIAL')}.

Atentamente,
Registro de Colecciones
${mail('registro@museo-bellasartes.example.es')}

¿Puedes traducir este correo al inglés?`),

  rec('ci_log', f`${cfg(f`Run actions/checkout@v4
  git clone https://x-access-token:${v('credential.github_pat', GHP)}@github.com/lotto-retail/draw-results.git
Run npm ci
npm ERR! code E401
npm ERR! 401 Unauthorized - GET https://npm.pkg.github.com/@lotto-retail%2fui-kit`)}

Why is the token printed in the log at all? And why 401 on npm when git clone worked?`),

  rec('ticket_noc_pt', f`Chamado #NOC-7714 – cliente sem internet há 3 dias

Cliente: Sebastião Ferreira, ${phone('+351 912 284 845')}, ${mail('sebastiao.ferreira@sapo.pt')}
Terminal: ST-60218, IP atribuído ${amb('pii.ip_address', '100.66.41.203')}, IPv6 ${amb('pii.ip_address', '2001:db8:4a1:7::21')}
Técnico anterior deixou nas notas: "modem admin: admin / ${v('credential.password_in_prose', 'Serra-Estrela-88')}"

Reescreve a nota do chamado de forma profissional e sem a palavra-passe.`),

  rec('referral_json', f`${cfg(f`{
  "referralId": "SG-2024-4471",
  "child": { "name": "Amelia Rose Carter", "dob": "${v('pii.date_of_birth', '2021-09-14')}", "nhsNumber": "${v('pii.uk_nhs_number', '9714093058')}" },
  "referrer": { "name": "Dr Hamid Qureshi", "email": "${mail('hamid.qureshi@childrens-hosp.nhs.example.uk')}", "phone": "${phone('+44 7938 942345')}" },
  "classification": "${mark('OFFICIAL-SENSITIVE')}",
  "concerns": ["unexplained bruising", "missed appointments"]
}`)}
Our FHIR mapper crashes on this payload. Which field would break a Patient resource?`),

  rec('chat_slack_sg', f`Eh can help check? Our bot for the lottery outlet support channel keeps crashing. Token in the config is ${v('credential.slack_bot_token', SLACK_BOT)}, error is "missing_scope: chat:write". Also the outlet owner Mr Tan Wei Ming (${phone('8194 4699', 'SG')}) complains his terminal app freezes lah, can draft reply to him also?`),

  rec('email_thread_en_ie', f`> From: Siobhán Daly <${mail('siobhan.daly@eircom.net')}>
> I was told my prize would be paid this week. My new number is ${phone('085 061 6705', 'IE')}. Ticket no. 0427-1193-8821.

Hi Siobhán, thanks for your patience — the claim is approved and payment is scheduled for Friday.

Can you make my reply warmer and add that she can call the claims office?`),

  rec('lab_report_ml', f`ദയവായി ഈ റിപ്പോർട്ട് കർഷകന് മനസ്സിലാകുന്ന ഭാഷയിൽ ചുരുക്കുക:

കർഷകൻ: ജോസ് മാത്യു, ഫോൺ ${phone('+91 81230 08313')}
സാമ്പിൾ: 12/12, കൊഴുപ്പ് 3.9%, SNF 8.2%, SCC 5,20,000
പണം നൽകുന്ന അക്കൗണ്ട് (ആധാർ ലിങ്ക്ഡ്): ആധാർ ${v('pii.in_aadhaar', '7450 7341 9144')}`),

  rec('sentry_event_en', f`${cfg(f`{
  "event_id": "c41d7e92b0a84f37a1d6e05b9f28c314",
  "level": "error",
  "message": "ClaimFormError: attachment too large",
  "user": { "email": "${mail('marta.nowak@o2.pl')}", "ip_address": "${amb('pii.ip_address', '83.21.164.90')}" },
  "tags": { "release": "claims-web@3.8.1", "browser": "Chrome 131" }
}`)}
We ingest with DSN https://${v('credential.sentry_dsn', SENTRY)}@o4508812.ingest.sentry.io/4508813. How do I scrub the user e-mail before it leaves the browser?`),

  rec('meeting_notes_lv', f`Sanāksmes piezīmes – muzeja reģistrs, 10.12.

1. Aizdevums Tallinas muzejam: kurjers Kārlis Ozols, tālr. ${phone('+371 20 179 553')}, pase ${v('pii.passport', 'LV4827316')}.
2. Apdrošināšanas rēķins jāapmaksā uz ${v('financial.iban', 'LV28 HABA 5437 6613 4458 0')} līdz 20.12.
3. Jaunā transporta firma sūta paziņojumus no ${mail('dispecers@transports-maksla.lv')}.

Lūdzu, pārveido šīs piezīmes angliski par e-pastu direktoram.`),

  rec('chat_mailer_id', f`Tolong cek kode ini, email pemberitahuan pembayaran susu ke peternak tidak terkirim:

${v('source_code.snippet', f`import sendgrid
from sendgrid.helpers.mail import Mail

sg = sendgrid.SendGridAPIClient("${v('credential.sendgrid_api_key', SG)}")
msg = Mail(from_email="${mail('pembayaran@koperasi-susu.example.id')}", to_emails=peternak.email,
           subject="Pembayaran susu Desember", html_content=render(peternak))
sg.send(msg)`)}

Error 403 "The from address does not match a verified Sender Identity".`),

  rec('handover_en_za', f`Handover for the weekend on-call (NOC):
- Vodacom backhaul at the Polokwane teleport flaps; NOC contact at the teleport: Sipho Dlamini ${phone('077 405 2435', 'ZA')}
- Customer escalation: farm near Tzaneen, ${mail('vanwyk.boerdery@mweb.co.za')}, terminal ST-77102, dish realigned Friday
- Jump host is ${amb('pii.ip_address', '196.41.128.77')}, use your own key, not the shared one

Rewrite as a tidy bullet list for the shift log.`),
];
