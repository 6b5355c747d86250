/**
 * Held-out batch 43: longer texts mixing categories — incident notes, e-mail threads, handover
 * notes, exports and tickets from the newspaper, greenhouse, ambulance, parts, school and water
 * settings. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '4820193756', '1-', '7830194726511-', fill('b43m-xoxb', B62, 24));
const GHP = gh('ghp', 'Qa8Ws2Ed6Rf1Tg5Yh9Uj3Ik7Ol4Pz0');
const SENTRY_KEY = fill('b43m-sentry', HEX, 32);
const TELEGRAM = tok('6629104837', ':AA', fill('b43m-tg', B64URL, 33));
const SG = tok('SG.', fill('b43m-sg1', B64URL, 22), '.', fill('b43m-sg2', B64URL, 43));
const GOOGLE = tok('AIza', 'Sy', fill('b43m-gapi', B64URL, 33));

export const BATCH43_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Störungsbericht Abo-Shop, 3. Februar

**Auswirkung:** 212 Abo-Abschlüsse zwischen 06:10 und 08:45 ohne Bestätigungsmail; 14 doppelte Abbuchungen.

**Ablauf**
- 06:10 Deploy von abo-service 4.2.0
- 06:32 erste Beschwerde über die Hotline (Leser Herr Wendt, ${phone('04131 7402291', 'DE')}, Abo EK-120377)
- 07:15 Ursache: SendGrid-Key im neuen Helm-Chart war der alte, \`SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)}\` stand im Klartext in values.yaml
- 08:45 Rollback, Key rotiert

**Maßnahmen:** Secrets nur noch aus Vault; Rückerstattung der Doppelabbuchungen (Liste bei ${v('pii.email', 'abo-service@elbe-kurier.de')}).

Bitte schreib daraus eine kurze Info für die Leser-Hotline, ohne technische Details.`),

  rec('email_thread_de', f`Kannst du eine Antwort an Frau Albers entwerfen? Sie soll ihr Geld zurückbekommen.

Von: Renate Albers <${v('pii.email', 'renate.albers@gmx.net')}>
Gesendet: Montag, 3. Februar 2025 09:41
Betreff: Doppelte Abbuchung Abo

Guten Tag, mir wurde das Digitalabo zweimal abgebucht (je 14,90 €). Meine Bankverbindung: ${v('financial.iban', 'DE23515490001896691335')}. Bitte um Erstattung.
Telefonisch bin ich unter ${phone('+49 4131 740 220')} erreichbar.

> Am 01.02.2025 schrieb Elbe-Kurier Leserservice:
> Vielen Dank für Ihr Abonnement!`),

  rec('handover_nl', f`Overdracht teeltmanager → nachtdienst, 12 feb

- Kas 4: CO2-dosering staat op handbediening tot de sensor vervangen is (Priva-monteur komt morgen 7:30, nummer monteur ${phone('+31 6 2947 1835')}).
- Node-RED op de kantoor-pc is herstart; de MQTT-bridge gebruikt nu tijdelijk user kas4-bridge / ${v('credential.password_in_prose', 'Trostomaat#4Kas')} tot IT een nieuwe maakt.
- Seizoenskracht Dmytro Melnyk ziek gemeld, vervanging geregeld via uitzendbureau (contact ${v('pii.email', 'planning@flexagro-westland.nl')}).
- Alarm-bot Telegram werkt weer: ${v('credential.telegram_bot_token', TELEGRAM)}

Kun je dit netjes maken als overdrachtsformulier?`),

  rec('payroll_export', f`Check this export from the time-registration system before it goes to the payroll bureau — anything that shouldn't be in it?

${amb('source_code.snippet', f`personeelsnr,naam,bsn,iban,uren_wk7,email
S-2201,Kovács Péter,${v('pii.nl_bsn', '606404715')},${v('financial.iban', 'HU43 1177 5342 7976 5252 0430 9984')},46.5,${v('pii.email', 'kovacs.peter86@freemail.hu')}
S-2214,Shevchenko Oksana,${v('pii.nl_bsn', '194261268')},${v('financial.iban', 'UA243220010969113435349946865')},44.0,
S-2230,van Rijn Bas,${v('pii.nl_bsn', '997237284')},${v('financial.iban', 'NL32 RABO 8699 9037 74')},38.0,${v('pii.email', 'bas.vanrijn@zonnehoek.nl')}`)}`),

  rec('ambulance_incident', f`Poikkeamailmoitus (luonnos), käännä englanniksi vakuutusyhtiölle:

Kuljetus 12.01.2025, yksikkö EH-231. Potilas Aino Lehtimäki (syntynyt ${v('pii.date_of_birth', '14.03.1952')}) siirrettiin kotiin ilman happilaitetta, koska laite oli jäänyt edelliseen autoon. Omainen soitti numerosta ${phone('+358 50 384 2917')} klo 14.20.
Laskutus: sairaanhoitopiirille, laskun maksu tilille ${v('financial.iban', 'FI0515901307327102')}.
Tietojärjestelmän lokista näkyy, että tablettiin kirjauduttiin tunnuksella "ensihoito.vaasa3" (${amb('pii.ip_address', '10.12.8.44')}).`),

  rec('ticket_parts', f`Ticket RMA-2025-0188 — customer: Hanwha Q-Fab, Gumi
Contact: Lee Seo-yeon <${v('pii.email', 'seoyeon.lee@qfab-gumi.co.kr')}>, ${phone('+82 10 4182 3907')}
Part: turbo molecular pump controller, S/N TMC-7A-0418827, shipped 2024-02-14
Fault: error E-41 after 300 h

Internal note from Jae-won: "I uploaded the logs with our CI token to the private repo — https://${v('credential.github_pat', GHP)}@github.com/kestrel-parts/rma-logs.git, pls remove after."

Draft the customer reply: we accept the RMA, advance replacement ships from Veldhoven this week.`),

  rec('school_email', f`Olá! Preciso de responder a esta mensagem da Segurança Social, podes ajudar?

"Relativamente à aluna Iryna Koval, data de nascimento ${v('pii.date_of_birth', '02/11/1991')}, titular de proteção temporária n.º ${ambCat('pii', 'PT-UA-2022-184733')}, solicitamos confirmação da frequência do curso entre outubro e dezembro. Responder para ${v('pii.email', 'ss-lisboa.protecao@seg-social.pt')} ou pelo ${phone('+351 21 843 7290')}."

A aluna frequentou 92% das aulas.`, 'temporary-protection permit number: personal, no rule, ambiguous'),

  rec('school_config', f`The attendance app crashes on start after I moved it to the new server. Logs and config:

${amb('source_code.snippet', f`[2025-02-10 08:01:12] production.ERROR: SQLSTATE[HY000] [1045] Access denied for user 'presencas'@'localhost' (using password: YES)
[2025-02-10 08:01:12] production.INFO: notify admin ${v('pii.email', 'ti@escolaponte.pt')}`)}

${amb('source_code.snippet', f`DB_CONNECTION=mysql
DB_HOST=${amb('pii.ip_address', '127.0.0.1')}
DB_DATABASE=presencas
DB_USERNAME=presencas
DB_PASSWORD=${v('credential.password_assignment', 'Alfama!Turma2B')}
SENTRY_LARAVEL_DSN=${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507904.ingest.de.sentry.io/4507904118252624`)}`)}`),

  rec('water_outage', f`Havarijní hlášení, vodovodní řad Lipová, 5. 2. 2025
Nahlásil: pan Miroslav Kratochvíl, ${phone('+420 567 890 123')}, ${v('pii.email', 'm.kratochvil@email.cz')}
Postiženo: 46 odběrných míst, přerušení dodávky 07:20–13:45
Cisterna přistavena u č. p. 19.
Poznámka dispečera: vzdálený přístup na HMI čerpací stanice přes ${amb('pii.ip_address', '10.50.1.12')}, účet servis / ${v('credential.password_in_prose', 'Lipova-Servis9')} — po opravě změnit!

Napiš z toho informaci pro web a SMS pro odběratele (max 160 znaků).`),

  rec('scada_ticket', f`${v('confidential.marking', 'INTERNAL – RESTRICTED')}
INC-4471 — SCADA alarm flood after firmware update on RTU Vodojem Kopec

Reporter: Tomáš Beneš (${phone('+420 739 218 406')})
Vendor support contact: ${v('pii.email', 'support-cz@rtu-systems.eu')}
The vendor asked for our Slack alert bot to be added to their shared channel; I gave them the token ${v('credential.slack_bot_token', SLACK_BOT)} — was that OK?

Summarise the ticket in English for the weekly ops report.`),

  rec('meeting_notes', f`Poznámky z porady odečtů 6. 2. (prosím přepiš do odrážek a přelož do angličtiny):
- Nagy Gábor přebírá trasu 09, jeho nové číslo ${phone('+36 30 418 2937')}
- reklamace Dvořák (OM 40218733) – únik za vodoměrem, technik ve středu
- platba kartou na pokladně selhala: zákaznice nadiktovala ${v('financial.payment_card', '4132 9127 1477 0400')}, terminál hlásil chybu 05 – zapsáno na papír, papír skartován
- API klíč pro mapový podklad na webu (${v('credential.google_api_key', GOOGLE)}) vyprší, objednat nový`),

  rec('parts_email_vi', f`Nhờ bạn dịch sang tiếng Anh để gửi Eindhoven:

"Chào anh Daan, khách hàng tại Bắc Ninh (anh Phạm Văn Long, ${phone('+84 912 483 027')}, ${v('pii.email', 'long.pham@vinasemi-bn.vn')}) đã xác nhận đơn hàng PO-77120 gồm 4 bộ O-ring kit và 1 bộ điều khiển bơm. Họ thanh toán trước 30% qua ${v('financial.iban', 'NL37ABNA2490518835')}, swift ${amb('financial.swift_bic', 'ABNANL2A')}. Tài liệu đính kèm là ${v('confidential.marking', 'tài liệu mật')}, vui lòng không gửi cho đại lý."`),

  rec('newsroom_chat', f`[09:02] Jonas: hat jemand den Kontakt vom Feuerwehrsprecher? brauche O-Ton zum Brand in Adendorf
[09:03] Svenja: ${phone('+49 4131 740 0')} (Zentrale), privat hab ich ${phone('0171 4829337', 'DE')}, aber bitte nur wenn's brennt 😅
[09:05] Jonas: danke. Und das FTP-Passwort für die Bildagentur? 
[09:05] Svenja: ${v('credential.password_in_prose', 'Ilmenau_Kran_58')} wie immer
[09:06] Jonas: 👍

Fasse mir den Chat für das Übergabeprotokoll zusammen, ohne Passwort.`),

  rec('language_survey', f`Survey results from the evening classes, summarise the feedback into themes (keep the contact request at the end so we can call her back):

1. "Professora muito paciente, mas a sala é fria." 
2. "Потрібно більше розмовної практики."
3. "Lớp học tốt, nhưng giờ học quá muộn."
4. "कृपया शनिवार की कक्षा फिर से शुरू करें।"
5. Contact request: Nguyen Thi Mai, ${phone('+351 926 381 740')}, ${v('pii.email', 'mai.nguyen.lisboa@gmail.com')} — wants to switch to the B1 class.`),

  rec('greenhouse_mx', f`Reporte semanal invernadero Tlajomulco, semana 6 — resume para la gerencia en Holanda:
- Rendimiento: 4,1 kg/m², 6 % debajo del plan por nublados.
- Personal: alta de 12 jornaleros; falta el alta en IMSS de Guadalupe Reyes Ortiz (NSS ${ambCat('pii', '04178914673')}).
- Pago a proveedor de sustrato: CLABE ${ambCat('financial', '014320655012938471')}, Santander.
- El sistema de riego quedó con la contraseña de fábrica "admin/admin"; ya la cambié a ${v('credential.password_in_prose', 'Jitomate$Riego25')}.`, 'Mexican NSS and CLABE: no built-in rule, ambiguous'),
];
