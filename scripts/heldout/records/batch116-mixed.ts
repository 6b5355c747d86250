/**
 * Held-out batch 116: longer texts mixing categories — incident notes, meeting minutes, e-mail
 * threads, exports and stack traces from the six settings of this batch. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const card = (payload: string): string => payload + String(luhnCheckDigit(payload));
const ip = (s: string) => amb('pii.ip_address', s);

const GHP = gh('ghp', 'Xr5Bn1Mc7Kv3Lq9Wz2Hd6Jt4Fy8Ps0');
const SLACK_BOT = tok('xoxb-', '5519028374', '6-', '7702938461025-', fill('b116m-xoxb', B62, 24));
const OPENAI = tok('sk-', 'proj-', fill('b116m-oai', B64URL, 120), 'T3Blbk', 'FJ', fill('b116m-oai2', B64URL, 20));
const TW_AUTH = fill('b116m-twauth', HEX, 32);
const TW_SID = tok('AC', fill('b116m-twsid', HEX, 32));

export const BATCH116_MIXED: DraftRecord[] = [
  rec('postmortem_en_gb', f`# Incident review: booking reminders sent to the wrong patients (11 Dec)

**Impact:** 214 SMS reminders for hearing tests at the Sheffield store went to patients of the Leeds store.
**Cause:** a store-id mapping in the reminder job was swapped during the migration.
**Timeline**
- 07:00 job runs from ${ip('10.20.3.14')}
- 08:12 patient Mr Raymond Hirst (${phone('0114 273 8841', 'GB')}) calls to say he's never been to Leeds
- 08:40 job disabled; config showed TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_AUTH)} hard-coded next to TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
- 10:05 apology SMS sent

Please rewrite this as a short, non-technical summary for store managers.`),

  rec('email_thread_de', f`Kannst du die Antwort an Frau Scholz freundlicher formulieren?

Von: Renate Scholz <${v('pii.email', 'renate.scholz@t-online.de')}>
Betreff: Rückerstattung Anzahlung Hörgerät

Guten Tag, ich habe das Hörgerät nicht genommen und bitte um Rückzahlung der Anzahlung (350 €) auf mein Konto ${v('financial.iban', iban('DE', '500105174082913756'))}. Tel. ${phone('0221 4837 2916', 'DE')}.

> Am 09.12. schrieb Filiale Köln-Ehrenfeld:
> Die Anzahlung ist laut AGB nicht erstattungsfähig.`),

  rec('handover_en_us', f`Shift handover from ED registration (night → day), please turn into a bulleted list:

- Bay 4: John Doe trauma #2 (NN-20241214-002), no ID yet, police may bring wallet
- Bay 7: Brianna Holloway, DOB ${v('pii.date_of_birth', '06/11/1992')}, insurance card photographed, copay paid by card ending 5518
- Waiting room kiosk login broken again, the temp password on the sticky note is ${v('credential.password_in_prose', 'EDkiosk-Winter24')} — IT ticket INC0418273
- Social work to call daughter of bay 12 patient at ${phone('(678) 304-9921', 'US')}
- Printer ${ip('10.32.9.88')} jams on wristbands`),

  rec('stacktrace_it', f`Il modulo di accettazione del pronto soccorso va in errore quando salvo un paziente straniero:

${amb('source_code.snippet', f`org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_paziente_cf]
	at it.asl.ps.accettazione.PazienteService.salva(PazienteService.java:188)
	at it.asl.ps.accettazione.AccettazioneController.registra(AccettazioneController.java:74)
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uk_paziente_cf"
  Detail: Key (codice_fiscale)=(${v('pii.it_codice_fiscale', 'BRNGLI83H52L219M')}) already exists.`)}

Il paziente ha lo stesso codice fiscale di una registrazione di ieri: come gestiamo i duplicati?`),

  rec('meeting_notes_en_us', f`## Portfolio monitoring weekly — 12 Dec

Attendees: Dana, Kofi, Rui, Ilse

1. Kestrel Health: cash $3.4m vs $3m floor; next BBC due 20 Dec. Kofi to call CFO Marcus Feld (${phone('(628) 204-7719', 'US')}).
2. Nordlys Robotics: new wire details received by email — DO NOT use until verified by call-back; new account ${v('financial.iban', iban('GB', 'BARC20451738294016'))} vs file ${v('financial.iban', iban('GB', 'LOYD30962841570392'))}.
3. Tooling: Rui's covenant bot still runs with his personal GitHub token ${v('credential.github_pat', GHP)} — move to a GitHub App before he goes on leave.
4. ${mark('CONFIDENTIAL')}: possible restructuring at Pennine Foods, do not discuss outside IC.

Action items with owners please.`),

  rec('slack_export_en_in', f`Our moderation Slack bot crashes on some messages, here is the config and one event:

${amb('source_code.snippet', f`bot:
  token: ${v('credential.slack_bot_token', SLACK_BOT)}
  channel: "#tns-escalations"
openai:
  api_key: ${v('credential.openai_api_key', OPENAI)}
  model: gpt-4o-mini`)}

${amb('source_code.snippet', f`{"type":"message","user":"U05T8K2LQ9M","text":"escalating case TS-451877, uploader email ${v('pii.email', 'raj.videos.in@gmail.com')}, uploads from ${ip('49.207.55.130')}","ts":"1733916211.004900"}`)}`),

  rec('appeal_email_es_mx', f`Ayúdame a responder esta apelación con tono empático:

De: Fernanda Ríos <${v('pii.email', 'fer.rios.mx@hotmail.com')}>
Asunto: Mi canal fue suspendido injustamente

Hola, me suspendieron el canal "CocinaConFer" el 8 de diciembre. Yo nunca subí nada violento. Mi número es ${phone('+52 55 4183 2967')} por si me quieren llamar. Pagué la suscripción premium con mi tarjeta ${v('financial.payment_card', card('455187302946113'))} y quiero el reembolso si no me devuelven el canal.`),

  rec('incident_uk', f`Зроби короткий звіт для керівництва з цього інциденту:

22:40 диспетчер кар'єру помітив, що ваги №2 (${ip('192.168.40.13')}) надсилають нульову вагу
23:05 водій Олег Коваленко (${phone('+380 67 418 2937')}) вивіз 38 т щебеню без зважування
23:30 у логах знайшли, що оператор увійшов під обліковкою admin з паролем ${v('credential.password_in_prose', 'Vagy2Admin!')} з пульта
Документ: ${mark('КОНФІДЕНЦІЙНО')}`),

  rec('csv_ro', f`Te rog verifică exportul de plăți către transportatorii de agregate, unele rânduri par dublate:

${amb('source_code.snippet', f`transportator,cui,email,iban,suma_ron
Trans-Calcar SRL,RO18273645,${v('pii.email', 'office@transcalcar.ro')},${v('financial.iban', iban('RO', 'BTRL01301205G18237XX'))},18420.50
Agrega Nord SRL,RO30918274,${v('pii.email', 'contabilitate@agreganord.ro')},${v('financial.iban', iban('RO', 'RNCB0082044718290001'))},9210.00
Trans-Calcar SRL,RO18273645,${v('pii.email', 'office@transcalcar.ro')},${v('financial.iban', iban('RO', 'BTRL01301205G18237XX'))},18420.50`)}`),

  rec('field_report_pt_br', f`Relatório de campo do censo – setor 3304557005 (Rio de Janeiro), pode transformar em tópicos?

Recenseador: Paulo Henrique Souza (matrícula 88213), celular ${phone('(21) 98734-1290', 'BR')}
Ocorrência: moradora Cláudia Nunes, CPF ${v('pii.br_cpf', '735.091.284-60')}, pediu para conferir a identificação do recenseador antes de responder.
O tablet não sincronizou: usuário rec_88213 e senha ${v('credential.password_in_prose', 'Censo#Rio2025')} foram digitados corretamente, erro "certificado inválido".
Supervisora: ${v('pii.email', 'supervisao.setor3304@censo-campo.example.org')}`),

  rec('notebook_en_ie', f`In [3]:
${v('source_code.snippet', f`import pandas as pd
from sqlalchemy import create_engine

eng = create_engine("postgresql://fieldops_ro:${v('credential.database_url_password', 'Townland-Count-2025')}@${ip('10.60.2.17')}:5432/census_ops")
df = pd.read_sql("select county, count(*) filter (where status = 'complete') * 1.0 / count(*) as rate from households group by county", eng)
df.sort_values("rate").head(10)`)}

Out[3]: (10 rows)

Which counties are below 85% and what does that mean for the follow-up visits?`),

  rec('email_thread_fi', f`Auttaisitko vastaamaan tähän? Lyhyesti.

Lähettäjä: Jukka Lehtonen <${v('pii.email', 'jukka.lehtonen@kiviainesmaa.fi')}>
Aihe: Murskeen lasku 2024-1188

Hei, lasku on maksettu tilille ${v('financial.iban', iban('FI', '12344187508405'))}, mutta saimme silti maksumuistutuksen. Soita tarvittaessa ${phone('040 718 3924', 'FI')}.`),

  rec('chat_zh', f`帮我把这段值班记录整理成交接单：
- 审核组夜班：举报 TS-452010 涉及未成年人，已升级给法务，联系人王丽 ${phone('138 1048 2736', 'CN')}
- 上传者账号邮箱 ${v('pii.email', 'xiaoyu_2009@qq.com')}，登录 IP ${ip('183.62.114.9')}
- 这份记录属于${mark('内部机密')}，不要转发到外部群`),

  rec('ticket_lt', f`Bilietas #OPT-2291: klientė negauna priminimų

Klientė: Rūta Petrauskienė, gim. ${v('pii.date_of_birth', '1967-04-22')}, tel. ${phone('+370 612 48371')}, el. paštas ${v('pii.email', 'ruta.petrauskiene@gmail.com')}
Užsakymas: progresyvūs akinių lęšiai, avansas apmokėtas iš sąskaitos ${v('financial.iban', iban('LT', '7300010134829175'))}

Parašyk atsakymą klientei, kad priminimus pataisėme.`),

  rec('chat_hu_census', f`Szia! A népszámlálás terepi koordinátoraként kellene egy rövid összefoglaló a tegnapi eseményről:
- Kovács Péter számlálóbiztos (${phone('+36 30 418 2937')}) tabletjét ellopták Miskolcon
- a tableten a CAPI app be volt jelentkezve, a helyi admin jelszó ${v('credential.password_in_prose', 'Nepszamlalas-Misk01')}
- MDM távoli törlés elindítva 09:12-kor, az eszköz utolsó IP-címe ${ip('84.236.71.205')}`),

  rec('log_el', f`Δες αυτό το log από την πύλη κρατήσεων των οπτικών, γιατί αποτυγχάνει η πληρωμή;

${amb('source_code.snippet', f`2024-12-13 11:02:41 ERROR checkout booking=APPT-ATH-7731 client=${ip('94.66.201.38')} email=${v('pii.email', 'eleni.papadaki@yahoo.gr')} phone=${phone('694 418 2735', 'GR')}
2024-12-13 11:02:41 ERROR gateway response: 05 Do Not Honor pan=${v('financial.payment_card', card('516732840917263'))} amount=120.00 EUR`)}`),
];

function mark(s: string) {
  return v('confidential.marking', s);
}
