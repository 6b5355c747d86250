/** Held-out batch 46: longer texts mixing categories — incident notes, stack traces, handovers, exports. Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, pem, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '5820174936', '1-', '7820459136024-', fill('b46m-xoxb', B62, 24));
const GHP = gh('ghp', 'Ym4Rt8Qk2Wn6Lb1Zc9Vd3Hx7Js5Fp0');
const SENTRY_KEY = fill('b46m-sentry', HEX, 32);
const GOOGLE = tok('AIza', 'Sy', fill('b46m-gapi', B64URL, 33));
const SG = tok('SG.', fill('b46m-sg1', B64URL, 22), '.', fill('b46m-sg2', B64URL, 43));
const DEPLOY_KEY = pem('OPENSSH PRIVATE KEY', 'b46m-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const HF = tok('hf_', fill('b46m-hf', B62, 34));

export const BATCH46_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Incident 2024-11-21: wagon positions missing on customer portal

**Impact:** customers in PL and CZ saw no wagon positions for 3 h 20 min.
**Root cause:** the telematics gateway's DB password was rotated in Vault, but the gateway read it from a hard-coded fallback: \`jdbc:postgresql://pg-main.karvel.internal:5432/tracking?user=gw&password=${v('credential.database_url_password', 'Tracking!2023-Old')}\`
**Detected by:** dispatcher in Ostrava (${v('pii.email', 'dispecink.ostrava@karvel-rail.eu')}), not by monitoring.
**Gateway host:** ${amb('pii.ip_address', '10.40.7.21')}

Rewrite this as a customer-facing status update, no internal details.`),

  rec('stacktrace', f`The roster app crashes when a driver has no phone number. Trace + the record it choked on:

${amb('source_code.snippet', f`java.lang.NullPointerException: Cannot invoke "String.replace(...)" because "d.phone" is null
    at eu.karvel.roster.sms.Notifier.normalise(Notifier.java:58)
    at eu.karvel.roster.sms.Notifier.sendShiftChange(Notifier.java:31)
    at eu.karvel.roster.api.ShiftController.update(ShiftController.java:112)`)}

Record: ${amb('source_code.snippet', f`{"id": 40519, "name": "Tomasz Zieliński", "email": "${v('pii.email', 'tomasz.zielinski@karvel-rail.eu')}", "phone": null, "backup_phone": "${phone('601 239 874', 'PL')}"}`)}`),

  rec('handover', f`Handover note for the new IT person at the São Paulo clinic — please make it a checklist in Portuguese:

- Patient portal admin: ${v('pii.email', 'ti.saopaulo@aurelia-fertility.com')} / senha ${v('credential.password_in_prose', 'Portal#SP-Nov24')} (trocar no primeiro login)
- Sentry DSN for the portal: https://${v('credential.sentry_dsn', SENTRY_KEY)}@o4507821.ingest.de.sentry.io/4507822014
- Lab manager: Dra. Fernanda Lima, ${phone('+55 11 99482-3017')}
- Backup NAS at ${amb('pii.ip_address', '192.168.10.40')}, Synology, nightly 02:00`),

  rec('ticket', f`Player support escalation #90233 — summarise for the live-ops lead:

Player "miyuki_f" (${v('pii.email', 'miyuki.fujita@docomo.ne.jp')}) says her account was stolen. Login history shows a new device from ${amb('pii.ip_address', '203.0.113.77')} an hour before the purchase of 12 000 gems charged to card ending 0611.
She also pasted her card into the chat: ${v('financial.payment_card', '5323 1408 3976 0611')} — please make sure that gets redacted from the ticket.
Phone she gave for callback: ${phone('+81 80-3194-2765')}`),

  rec('slack_export', f`Can you summarise what went wrong in this thread from #build-farm?

[09:12] antti: nightly failed again, agent win-07 can't clone
[09:14] kasia: I rotated the bot token, new one is ${v('credential.github_pat', GHP)}
[09:15] antti: pls don't paste tokens here 🙃
[09:21] kasia: ok sorry, will rotate again. also the slack notifier still uses ${v('credential.slack_bot_token', SLACK_BOT)}
[09:40] antti: build green ✅`),

  rec('email_no', f`Hei,

Her er oppsummering fra møtet med eksportør i Puerto Montt:
- Kontaktperson: Felipe Araya, ${phone('+56 9 7318 2046')}, ${v('pii.email', 'faraya@salmonexport.cl')}
- Betaling for forsendelse 14 (fryst filet) til: ${v('financial.iban', 'NO5448604547802')}
- Helsesertifikat og eksporttillatelse sendes når prøvene fra Sernapesca er klare.

${amb('confidential.marking', 'Denne e-posten kan inneholde konfidensiell informasjon og er kun ment for mottakeren.')}

Kan du oversette til spansk?`),

  rec('config_review', f`Review this settings file from the library discovery layer — anything dangerous in it?

${amb('source_code.snippet', f`# discovery/settings.py
DEBUG = False
ALLOWED_HOSTS = ["zoeken.kempenbib.be"]
GOOGLE_BOOKS_KEY = "${v('credential.google_api_key', GOOGLE)}"
HF_TOKEN = "${v('credential.huggingface_token', HF)}"
ADMINS = [("Systeembeheer", "${v('pii.email', 'systeembeheer@kempenbib.be')}")]
INTERNAL_IPS = ["${amb('pii.ip_address', '10.20.0.8')}"]`)}`),

  rec('chat_de', f`Mandantin hat uns per Mail alles auf einmal geschickt, kannst du mir eine Checkliste machen, was wohin gehört?

"Hallo Herr Stein, anbei meine Daten für die Steuererklärung: Steuer-ID ${v('pii.de_steuer_id', '62985571450')}, neue Bankverbindung für die Erstattung ${v('financial.iban', 'DE20 0732 5037 3630 5482 57')}, meine Handynummer ${phone('0151 49283716', 'DE')}. Das Passwort für das ELSTER-Zertifikat ist übrigens ${v('credential.password_in_prose', 'Weber-Elster71')}, falls Sie es brauchen. Viele Grüße, Sabine Weber"`),

  rec('log', f`Our consent-form service sends mails, but some patients never get them. Log:

${amb('source_code.snippet', f`2024-11-30 08:41:02 INFO  mailer  to=${v('pii.email', 'andrea.gutierrez@hotmail.com')} template=consent_icsi status=queued
2024-11-30 08:41:03 ERROR mailer  sendgrid 401 Unauthorized key=${v('credential.sendgrid_api_key', SG)}
2024-11-30 08:41:03 INFO  mailer  to=${v('pii.email', 'valentina.rojas@gmail.com')} template=consent_ovodon status=queued`)}`),

  rec('chat_it', f`Ho ricevuto questa mail da un cliente, mi aiuti a capire cosa chiede e cosa NON dobbiamo conservare?

"Buongiorno dott. Bellandi, le mando il mio codice fiscale ${v('pii.it_codice_fiscale', 'CLMLRA90T55L219O')} e il numero della carta con cui pagare la parcella: ${v('financial.payment_card', '4048 5653 3042 3094')}, scad. 09/26, CVV 412. Mi chiami al ${phone('+39 333 918 4027')}. Laura Colombo"`),

  rec('deploy_notes', f`Deploy notes for the buoy data API (Iceland site) — translate to Norwegian:

1. SSH in with the deploy key below (will be rotated after go-live):
${v('credential.openssh_private_key', DEPLOY_KEY)}
2. Restart: \`sudo systemctl restart buoy-api\`
3. Check https://buoys.havbruk-nordvest.no/health from ${amb('pii.ip_address', '85.220.41.17')}
4. Notify Guðrún (${phone('+354 861 3092')}) when done.`),

  rec('csv', f`Tax client onboarding batch — which rows are missing a tax ID?

${amb('source_code.snippet', f`client;type;tax_id;iban;email
Kowalczyk Bau GmbH;GmbH;;${v('financial.iban', 'DE20073250373630548257')};${v('pii.email', 'buero@kowalczyk-bau.de')}
Paolo Ferrini;ditta individuale;${v('pii.it_codice_fiscale', 'FRNPLA72A01D612J')};${v('financial.iban', 'IT28X4924290350097389922388')};${v('pii.email', 'paolo.ferrini@libero.it')}
Bakkerij De Smet;BV;BE0784.219.336;${v('financial.iban', 'BE34025706748494')};${v('pii.email', 'info@bakkerijdesmet.be')}`)}`, 'the Belgian enterprise number is a company identifier, not personal data'),

  rec('chat_vi', f`Anh ơi, em gộp mấy thông tin cho bạn QA mới ở Hà Nội, anh xem có gì không nên gửi qua chat không:
- Tài khoản test store: qa.hanoi / mật khẩu ${v('credential.user_password_pair', 'HollowQA#2024')}
- Email nhóm: ${v('pii.email', 'qa-hanoi@hollowpine.games')}
- SĐT trưởng nhóm: ${phone('+84 912 483 276')}
- Thẻ test của Stripe: ${amb('financial.payment_card', '4242 4242 4242 4242')} (cái này dùng thoải mái)`),

  rec('chat_fa', f`این گزارش خطای سرور نوبت‌دهی را خلاصه کن:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/booking/app/sms.py", line 44, in send_reminder
    resp = kavenegar.sms_send({"receptor": "${phone('0935 274 1836', 'IR')}", "message": msg})
  File "/srv/booking/venv/lib/python3.11/site-packages/kavenegar.py", line 61, in sms_send
    raise APIException("[401] invalid api key")
kavenegar.APIException: [401] invalid api key`)}

مشکل از کلید API است یا از شماره؟`),

  rec('email', f`From: Ivana Kovač <${v('pii.email', 'ivana.kovac@signaltech.hr')}>
Subject: Remote access for interlocking diagnostics, Rijeka

Hi Marek,
for Thursday's diagnostics we need the VPN profile again. Last time we used user sig-ext-03 with password ${v('credential.password_in_prose', 'Brajdica!Diag24')}; please confirm it's still valid or send a new one via the portal (not email).
Our engineer's mobile: ${phone('+385 91 338 2047')}
Thanks,
Ivana

Please draft Marek's reply saying we'll send credentials via the secure portal only.`),
];
