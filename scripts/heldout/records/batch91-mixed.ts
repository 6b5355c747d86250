/**
 * Held-out batch 91: records mixing categories — incident notes, stack traces, exports and mails with
 * personal data, bank details, secrets and markings together.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, fill, gh, jwt } from '../tokens';

const GHP2 = gh('ghp', 'Vr5Km8Tq2Nz7Lx4Wb9Hc1Pd6Js3Fy0');
const JWT3 = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'kiosk-07', resort: 'snowcrest', exp: 1738368000 }, 'b91-mix-jwt');

export const BATCH91_MIXED: DraftRecord[] = [
  rec('incident_en', f`${v('confidential.marking', 'CONFIDENTIAL')} — Incident INC-2025-031 (collections platform)

Summary: a support agent pasted a borrower export into a public Trello card. Exposed fields for one record:
  name: Aidan Fitzgerald
  email: ${v('pii.email', 'aidan.fitz@gmail.com')}
  phone: ${phone('+353 86 219 4470')}
  IBAN: ${v('financial.iban', 'IE49AIBK93115269171410')}
The card also contained the ops API key ${v('credential.generic_secret_assignment', fill('b91-mix-opskey', B62, 40))} (rotated 14:20).

Write the GDPR Art. 33 notification draft from this.`),

  rec('stacktrace_py', f`Traceback (most recent call last):
  File "/srv/pacs-bridge/worker.py", line 88, in push_study
    conn = psycopg2.connect("postgresql://bridge:${v('credential.database_url_password', 'Radi0-Br1dge#5')}@${amb('pii.ip_address', '10.40.2.31')}:5432/ris")
  File "/usr/lib/python3/dist-packages/psycopg2/__init__.py", line 122, in connect
psycopg2.OperationalError: connection to server at "${amb('pii.ip_address', '10.40.2.31')}", port 5432 failed: timeout
Patient context: ${v('pii.email', 'k.lindahl@regionmail.example.se')} (requested copy of images)

Why does it time out only at night?`),

  rec('csv_fin_pii', f`Pls dedupe this refund list from the ski-rental shop and total by currency:

name,email,iban,amount,currency
Lukas Gruber,${v('pii.email', 'lukas.gruber@gmx.example.at')},${v('financial.iban', 'DE46476406766443026795')},120.00,EUR
Sara Novak,${v('pii.email', 'sara.novak@siol.example.si')},${v('financial.iban', 'SI05825296834823949')},85.50,EUR
Jan Dvořák,${v('pii.email', 'jan.dvorak@seznam.example.cz')},${v('financial.iban', 'CZ3154898961335772626435')},2400,CZK
Lukas Gruber,${v('pii.email', 'lukas.gruber@gmx.example.at')},${v('financial.iban', 'DE46476406766443026795')},120.00,EUR`),

  rec('ticket_es', f`Ticket #44190 — Cliente no puede acceder al portal de familias (funeraria)
De: ${v('pii.email', 'carmen.villalobos@hotmail.com')}
Tel: ${phone('+51 984 112 736')}
Mensaje: "Mi usuario es carmen.v y la contraseña que me dieron es ${v('credential.password_in_prose', 'Flores2025*')} pero me sale error. Necesito descargar el certificado de cremación de mi padre para el banco."
IP de origen: ${amb('pii.ip_address', '190.232.18.77')}

Responde al ticket en español y explica cómo restablecer la contraseña.`),

  rec('config_and_contact', f`# kiosk.yaml — ticket vending machine, Talstation Nord
kiosk_id: TVM-07
api:
  base_url: https://kasse.snowcrest.example/api
  token: ${v('credential.jwt', JWT3)}
payment:
  terminal: ingenico-lane-3000
support:
  on_call: ${phone('+43 664 418 2290')}
  mail: ${v('pii.email', 'it-bergbahn@snowcrest.example')}
^ what's the best way to rotate the token on 14 kiosks without downtime?`),

  rec('mail_nl_sr', f`Onderwerp: Betaling uitvaart en toegang portaal

Beste meneer Sewdien,

Uw betaling van SRD 12.000 is ontvangen. Het restant kunt u overmaken naar ${v('financial.iban', 'NL53RABO7004881358')}. Voor het online condoleanceregister kunt u inloggen met gebruikersnaam r.sewdien en tijdelijk wachtwoord ${v('credential.password_in_prose', 'Kaars-7731')}.

Met vriendelijke groet,
Uitvaartcentrum Mahabier
${phone('+597 742 1836')}`),

  rec('log_ci_leak', f`Run failed: election-map deploy
  > git clone https://x-access-token:${v('credential.github_pat', GHP2)}@github.com/city-elections/precinct-map.git
  > npm run build
  Error: Cannot find module 'leaflet'
Triggered by: ${v('pii.email', 'marta.kolar@grad-example.hr')}
Why did the token end up in the log, and how do I fix the missing module?`),

  rec('collections_note_ur', f`کلیکشن ٹیم کا نوٹ — براہ کرم انگریزی میں خلاصہ کریں:
قرض دار: عمران احمد، فون ${phone('+92 300 418 2277')}
ای میل: ${v('pii.email', 'imran.ahmed84@gmail.com')}
کارڈ جس سے آخری قسط ادا ہوئی: ${v('financial.payment_card', '5287 4506 7686 9209')}
اگلی قسط کی تاریخ: 5 مارچ`),

  rec('dispatch_handover_de', f`Übergabe Spätschicht → Nachtschicht, Dispo Güterverkehr Süd
- Zug 47312 steht in Regensburg, Lokführer krank. Ersatz: Kollege Huber, ${phone('0160 9182 7734', 'DE')}
- Zugang zum TMS-Notfallkonto: Benutzer notfall_sued / Passwort ${v('credential.password_in_prose', 'Gleis7-Weiche!42')}
- ${v('confidential.marking', 'VERTRAULICH')}: Kunde Chemiepark verlangt Nachlass wegen Verspätungen, nicht an Vertrieb weitergeben.
Bitte als E-Mail formulieren.`),

  rec('radiology_json', f`${amb('source_code.snippet', f`{
  "accession": "RAD-25-018832",
  "patient": {
    "name": "Ana Rodrigues Tavares",
    "birthDate": "${v('pii.date_of_birth', '1968-12-09')}",
    "cpf": "${v('pii.br_cpf', '60915455072')}",
    "phone": "${phone('+55 21 99418-3372')}"
  },
  "modality": "MR",
  "bodyPart": "KNEE",
  "priority": "routine"
}`)}
Por que o HL7 gerado a partir deste JSON perde o acento no nome?`),

  rec('election_roster_sk', f`Prosím, urob z tohto zoznamu členov okrskovej komisie tabuľku:
1. Zuzana Horváthová, ${phone('+421 903 418 227')}, ${v('pii.email', 'zuzana.horvathova@obec-example.sk')}, nar. ${v('pii.date_of_birth', '14. 7. 1970')}
2. Peter Baláž, ${phone('+421 905 612 338')}
Odmena sa posiela na účet ${v('financial.iban', 'SK7255704788059436978210')}.`),

  rec('slack_export_en_ke', f`[09:12] otieno.w: the M-Pesa reconciliation job failed again
[09:13] achieng.o: here's the env from the box: SLACK_BOT=${v('credential.slack_bot_token', `xoxb-4471029385-7718840291553-${fill('b91-mix-xoxb', B62, 24)}`)}
[09:13] achieng.o: also borrower who called: ${phone('+254 711 418 993')}, says he paid 14,500 KES on Friday
[09:15] otieno.w: don't paste tokens in here pls 🙈
Summarise this thread for the morning stand-up.`),

  rec('bg_mail', f`Тема: Възстановяване на сума за сезонна карта
Уважаема г-жо Петрова,
Възстановяваме 780 лв. по сметка ${v('financial.iban', 'BG67BNBG49031095293983')}. При въпроси: ${phone('+359 88 418 2277')} или ${v('pii.email', 'kasi@bansko-lifts.example.bg')}.
Моля, направи писмото по-учтиво.`),

  rec('webhook_and_card', f`Our ticket-sales bot posts failed payments to Discord. Just saw it posted a full card number into the channel, that's bad right?

[bot] payment_failed card=${v('financial.payment_card', '6011125338841116')} amount=EUR 54.00 reason=do_not_honor
[bot] posting via ${v('credential.discord_webhook_url', `https://discord.com/api/webhooks/1240018837261947012/${fill('b91-mix-dhook', B64URL, 68)}`)}

How do I mask the card in the bot and rotate the webhook?`),

  rec('sa_access_key_kz', f`Қойма серверінің журналы:
2025-02-01 03:14:07 upload ok wagon_photos/KZ-8841.jpg
2025-02-01 03:14:09 AUTH key=${v('credential.aws_access_key_id', `AKIA${fill('b91-mix-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`)} secret=${v('credential.aws_secret_access_key', fill('b91-mix-awssec', B62 + '+/', 40))}
2025-02-01 03:14:09 contact diespetcher: ${phone('+7 701 482 3391')}
Неге кілт журналға жазылады? Қалай түзетемін?`),

  rec('hash_and_secret', f`Migrating the election office intranet from the old PHP app. Users table dump (one row):
id=17 user=v.petrovic hash=${amb('credential.password_assignment', '$2y$10$' + fill('b91-mix-bcrypt', B62 + './', 53))} email=${v('pii.email', 'v.petrovic@izbori-example.me')}
And the old config had: $db_pass = '${v('credential.password_assignment', 'Izbori#Podgorica24')}';
Which of these do I need to rotate?`),
];
