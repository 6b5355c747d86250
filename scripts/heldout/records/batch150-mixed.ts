/**
 * Held-out batch 150: longer texts mixing categories — incident notes, mail threads, logs, exports
 * and chat dumps from the six organisations, in many languages. Hand-written.
 */
import { groupedAs, ibanWithCheck, inAadhaarSpaced, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, jwt, tok } from '../tokens';

const mark = (s: string) => v('confidential.marking', s);
const ip = (s: string) => amb('pii.ip_address', s);

const MC_CARD = luhnWithCheck('545762019384726');
const IT_IBAN = ibanWithCheck('IT', 'K0503401633000000027394');
const BE_IBAN = ibanWithCheck('BE', '068248273915');
const JWT_KO = jwt({ alg: 'RS256', typ: 'JWT', kid: 'cn-2025-01' }, { sub: 'tenant-20871', email: 'jiwoo.park@student.campusnest.co.uk', role: 'tenant', iat: 1741234567, exp: 1741238167 }, 'b150-jwtko');
const SLACK_BOT = tok('xoxb-', '4810392756', '1-', '7719204836517-', fill('b150m-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b150m-hk1', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8), '/B08', fill('b150m-hk2', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8), '/', fill('b150m-hk3', B62, 24));
const SENTRY_KEY = fill('b150m-sentry', HEX, 32);
const AADHAAR = inAadhaarSpaced('73948261503');
const AMEX = luhnWithCheck('34918273650418');

export const BATCH150_MIXED: DraftRecord[] = [
  rec('incident_en', f`Incident note – bail office, 03/07
09:12 Cosigner Marcus Tillman (${v('pii.email', 'mtillman.hvac@gmail.com')}, ${phone('(702) 384-9126', 'US')}) says someone logged into his payment-portal account and changed the card on file.
Portal audit: login from ${ip('73.214.88.19')} at 02:47, card changed to MC ${v('financial.payment_card', groupedAs(MC_CARD, [4, 4, 4, 4]))} (not his, he says).
Our staff password for the portal admin is still the shared one (${v('credential.password_in_prose', 'LibertyKnot2023!')}) – I know, I know.

Write the summary for the owner and a list of what to change today.`),

  rec('report_de', f`${mark('VERTRAULICH')} – Störungsbericht Granulieranlage Linie 2, Nachtschicht 11./12.03.

02:15 Not-Aus am Schredder, Ursache: Stahlcord-Wicklung am Rotor.
02:40 Fernzugriff durch Hersteller über VPN (${ip('10.12.0.45')}), Zugang mit Benutzer "service" / Passwort ${v('credential.password_in_prose', 'Schredder-Linie2!')} – das Passwort wurde danach NICHT geändert.
03:30 Schichtleiter Kowalczyk informiert, erreichbar unter ${phone('+49 151 27483906')}.

Bitte in einen sauberen Bericht für die Betriebsleitung umschreiben und eine Maßnahme zum Passwort ergänzen.`),

  rec('thread_tl_en', f`Can you clean up this thread into one email to the Rotterdam port agent?

---
From: ${v('pii.email', 'crewing.mnl@aureliaseaways.com')}
Sir, paki-confirm po yung hotel for 6 crew arriving 18 Mar. List attached. Yung isa, si Bosun Arnel Santos, passport ${v('pii.passport', 'P6391827C')}, DOB ${v('pii.date_of_birth', '03/02/1983')}, may special dietary needs (halal).
---
From: ${v('pii.email', 'agency@rotterdam-portagents.nl')}
Received. Please send flight details. For urgent matters call ${phone('+31 6 28473915')}.
---
${mark('CONFIDENTIAL')}: crew personal data, ${amb('confidential.marking', 'do not forward outside Aurelia Seaways')}.`),

  rec('stack_fr', f`Le portail de réservation d'interprètes plante au login depuis la mise à jour, voici la trace :

${amb('source_code.snippet', f`org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection
  url=jdbc:postgresql://${ip('10.8.4.21')}:5432/reservations?user=resa_app&password=${v('credential.connection_string_password', 'Interp-Resa#2025')}
Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "resa_app"
  at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
  at fr.linguajuris.resa.auth.LoginService.authenticate(LoginService.java:88)
  user=${v('pii.email', 'k.benali@linguajuris.fr')}`)}

C'est le mot de passe qui a changé côté base ?`),

  rec('whatsapp_es_ar', f`Pasame esto en limpio como minuta para la coordinadora, sacá los emojis:

[12/3 08:41] Flor (coord.): ché, ¿quién cubre guaraní en Tribunales hoy a las 10? 🙏
[12/3 08:43] Martín: yo no llego, estoy en Lomas
[12/3 08:44] Flor (coord.): llamen a la suplente, Celeste ${phone('+54 9 11 4827-3915')}
[12/3 08:52] Celeste: voy, llego 9:45. Mi mail para la constancia es ${v('pii.email', 'celeste.aquino.trad@gmail.com')}
[12/3 08:53] Flor (coord.): genial, gracias!!`),

  rec('email_it', f`Oggetto: ${mark('RISERVATO')} – Contratto di prestito "Madonna col Bambino", mostra Palazzo Reale

Buongiorno,
allego la bozza del contratto. Per il deposito cauzionale (€ 15.000) utilizzare l'IBAN ${v('financial.iban', spacedFours(IT_IBAN))}. Referente per il condition report: dott.ssa Chiara Russo, ${phone('+39 347 281 5093')}, ${v('pii.email', 'c.russo@collezione-orsini.it')}.

Cordiali saluti

-- Riassumi i punti chiave in inglese per il registrar.`),

  rec('json_ja', f`予約APIのレスポンスです。学生寮の管理画面で名前が文字化けする原因を教えてください。

${amb('source_code.snippet', f`{
  "booking_id": "CN-2025-04817",
  "tenant": {
    "name": "\\u9ad8\\u6a4b \\u967d\\u83dc",
    "email": "${v('pii.email', 'hina.takahashi.0412@icloud.com')}",
    "phone": "${phone('+81 90-4827-3915')}",
    "date_of_birth": "${v('pii.date_of_birth', '2005-04-12')}"
  },
  "room": "Lister House 9A",
  "deposit": { "status": "paid", "card_last4": "4417" }
}`)}`),

  rec('csv_zh_tw', f`幫我把這份宿舍住戶名單轉成英文欄位，另外找出重複的電話：

${amb('source_code.snippet', f`姓名,房號,電話,電子郵件
林怡君,3B,${phone('0912-482-739', 'TW')},${v('pii.email', 'yichun.lin@gmail.com')}
張家豪,3C,${phone('+886 912 482 739')},${v('pii.email', 'chiahao.chang@yahoo.com.tw')}
黃詩涵,4A,${phone('0933-281-746', 'TW')},${v('pii.email', 'shihhan.huang@outlook.com')}`)}`),

  rec('log_ko', f`로그인 후 바로 로그아웃 되는 문제, 서버 로그입니다. 원인이 뭘까요?

${amb('source_code.snippet', f`2025-03-06T04:16:07Z INFO  auth  login ok user=${v('pii.email', 'jiwoo.park@student.campusnest.co.uk')} ip=${ip('211.36.142.58')}
2025-03-06T04:16:07Z DEBUG auth  issued token=${v('credential.jwt', JWT_KO)}
2025-03-06T04:16:08Z WARN  auth  token rejected: kid cn-2025-01 not in JWKS (cache stale) ip=${ip('211.36.142.58')}`)}`),

  rec('minutes_pt_pt', f`Ata da reunião do serviço de empréstimos – 10/03
1. Software de registo de obras: o fornecedor pediu acesso remoto; demos o utilizador "registo_admin" com a palavra-passe ${v('credential.password_in_prose', 'Azulejo#Emprestimo9')} (a mudar depois da intervenção).
2. Empréstimo ao Museu de Évora: transporte a 24/04, contacto do correio ${v('pii.email', 'joao.ferreira@transportes-arte.pt')}, ${phone('912 847 365', 'PT')}.
3. Próxima reunião: 24/03.

Formata isto como ata oficial, em português de Portugal.`),

  rec('chat_ar_eg', f`عايز رسالة بالإنجليزي لإدارة السكن: الطالب أحمد سامي مصطفى، رقم الباسبور ${v('pii.passport', 'A28473915')}، موبايله ${phone('010 2847 3915', 'EG')}، إيميله ${v('pii.email', 'ahmed.samy.m@gmail.com')}، عايز ينقل من الأوضة 2F لأوضة فردية عشان عنده امتحانات. وقولهم إنه دفع التأمين بالكارت الأمريكان إكسبريس ${v('financial.payment_card', groupedAs(AMEX, [4, 6, 5]))} ومش عايز يدفع تاني.`),

  rec('slack_ru_uk', f`Скинь, будь ласка, цей тред одним повідомленням для капітана, англійською:

> Dmytro: бот для sign-on знову лежить, токен ${v('credential.slack_bot_token', SLACK_BOT)} — це ще робочий?
> Olena: так, але треба перевипустити, він світився в чаті
> Dmytro: ок. Ще: у матроса Бондаренка паспорт ${v('pii.passport', 'FE739182')} спливає 02.05, а віза до 30.06 — сам паспорт міняти треба до посадки
> Olena: пишу йому на ${phone('+380 67 428 91 53')}`),

  rec('email_hinglish', f`Subject: Joining docs – 2nd Cook Imran Shaikh

Hi team, candidate ke documents aa gaye hain. Passport ${v('pii.passport', 'W7391824')}, Aadhaar ${v('pii.in_aadhaar', AADHAAR)} (sirf verification ke liye, file mein mat rakhna), mobile ${phone('098452 17630', 'IN')}. Visa alert Slack pe yahan se jaata hai: ${v('credential.slack_webhook_url', SLACK_HOOK)}

Please isko proper English email bana do for the Miami crew office.`),

  rec('incident_sv', f`${mark('KONFIDENTIELLT')} – Säkerhetsincident, lånedatabasen 2025-03-04

Larm från WAF: 312 misslyckade inloggningar mot registrator-portalen från ${ip('185.220.101.47')} mellan 01:10 och 01:40. Ett konto (${v('pii.email', 'karin.lund@nmaa-museum.org')}) spärrades automatiskt. Sentry tog emot felen via ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507194.ingest.de.sentry.io/4508372916`)}, vilket vi nu vet ligger öppet i frontend-koden.

Skriv en kort sammanfattning på engelska till IT-chefen.`),

  rec('fixture_en', f`Tests for the bail intake parser, flaky on CI. Any idea?

\`\`\`python
${v('source_code.snippet', f`INTAKE = {
    "name": "Kendra Lowell",
    "dob": "${v('pii.date_of_birth', '1990-08-27')}",
    "ssn": "${v('pii.us_ssn', '418-62-7395')}",
    "phone": "${phone('(305) 482-7316', 'US')}",
}

def test_parse_intake():
    d = parse_intake(INTAKE)
    assert d.ssn_last4 == "7395"
    assert d.phone_e164 == "${phone('+13054827316')}"
    assert d.age(on=date(2025, 3, 1)) == 34`)}
\`\`\``),

  rec('mail_nl_be', f`Kunt ge deze mail wat professioneler maken? 't Is voor een nieuwe tolk Arabisch bij de rechtbank van Antwerpen:

"Dag Karim, welkom bij 't team! Uw prestaties worden maandelijks betaald op ${v('financial.iban', spacedFours(BE_IBAN))}. Voor de planning kunt ge altijd bellen naar Sofie op ${phone('0478 29 41 63', 'BE')} of mailen naar ${v('pii.email', 'planning@tolkenjuris.be')}. Badge voor 't justitiepaleis ligt aan de balie."`),

  rec('ticket_hr', f`Prevedi na engleski ovaj tiket za održavanje:
"Pristup HMI panelu na liniji za granulat ne radi nakon nestanka struje. Panel je na adresi ${ip('192.168.50.12')}, lozinka za admin je ${v('credential.password_in_prose', 'Guma-Linija#3')}. Dežurni tehničar: Marko, ${phone('+385 91 482 7315')}."`),
];
