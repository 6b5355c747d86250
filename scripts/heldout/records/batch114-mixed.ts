/**
 * Held-out batch 114: longer texts mixing categories — incident notes, stack traces, mail threads,
 * exports and meeting minutes from the six workplaces of this batch. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, jwt, tok } from '../tokens';

const ip = (s: string) => amb('pii.ip_address', s);
const email = (s: string) => v('pii.email', s);
const mark = (s: string) => v('confidential.marking', s);
const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const SLACK_BOT = tok('xoxb-', '4820193746', '2-', '8130472951638-', fill('b114m-xoxb', B62, 24));
const GHP = gh('ghp', 'Wd2Fh6Jk0Lm4Np8Qr3St7Uv1Xy5Za9');
const PORTAL_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'parent-88213', role: 'guardian', district: 'lincoln-usd', exp: 1735689600 }, 'b114m-jwt');
const SENTRY_DSN = tok('https://', fill('b114m-sentry', HEX, 32), '@o4506128.ingest.us.sentry.io/4507739182615041');
const GOOGLE = tok('AIza', 'Sy', fill('b114m-gapi', B64URL, 33));

export const BATCH114_MIXED: DraftRecord[] = [
  rec('postmortem_en', f`# Incident 2024-12-04: dealer payout file rejected

**Impact:** 312 dealer payouts delayed by one business day.

**Timeline (CET)**
- 06:00 payout job starts, SFTP upload to the bank fails
- 06:04 alert to ${email('payments-oncall@autohof-marktplatz.de')}
- 07:30 cause: password rotated by the bank; job still had \`sftp://autohof_pay:${v('credential.url_password', 'Zahlung#Nov2024!')}@sftp.bank-gw.example.de/in\`
- 08:10 job re-run from ${ip('10.61.4.29')} with the new password
- 09:00 one payout returned: ${v('financial.iban', 'DE08008483742471647119')} closed by the dealer

Rewrite this for the dealer newsletter, no internal details.`),

  rec('stacktrace_de', f`Die Kreditantrags-API wirft seit dem Deploy Fehler, hier der Stacktrace:

${cfg(f`org.postgresql.util.PSQLException: FATAL: password authentication failed for user "kredit_app"
    at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
    at com.autohof.finance.db.Pool.connect(Pool.java:88)
Caused by: config value spring.datasource.url=jdbc:postgresql://${ip('10.42.7.16')}:5432/kredit?user=kredit_app&password=${v('credential.connection_string_password', 'Kredit!Antrag-2024')}
    at com.autohof.finance.Application.main(Application.java:31)`)}

Wo kommt die falsche Konfiguration her?`),

  rec('mail_thread_es', f`¿Me ayudas a responder al banco? Hilo:

De: ${email('maria.lopez@fiv-levante.es')}
Para: ${email('pagos.empresas@banco-mediterraneo.es')}
Asunto: Devolución de transferencia – paciente 24-1187

Buenos días, la transferencia de la paciente Ana Belén Ruiz (DNI ${v('pii.es_dni', '30718462F')}) se nos devolvió. Su IBAN de origen era ${v('financial.iban', 'ES7710837774253431039948')}. ¿Pueden indicarnos el motivo?
Un saludo, María López — ${phone('+34 963 824 719', 'ES')}`),

  rec('incident_it', f`Verbale intervento – ${mark('RISERVATO')}

Impianto: cabinovia Tre Cime, stazione motrice
Tecnico reperibile: Luca Pichler, ${phone('+39 347 918 2746', 'IT')}
Problema: il PLC non risponde dal telecontrollo (${ip('172.20.20.10')}); accesso locale con utente manut / ${v('credential.password_in_prose', 'Motrice#2023')} funzionante.
Azione: sostituito switch in cabina elettrica, ripristinato alle 07:42.

Trasforma il verbale in un'email per il direttore d'esercizio.`),

  rec('slack_export_en', f`Our Slack-to-Jira bridge for the review team dies on some messages. Sample event and config:

${cfg(f`{
  "type": "message",
  "user": "U07RK2L9M4Q",
  "text": "can someone reset the Relativity login for ${email('j.okonkwo@lexsift.com')}? locked after 5 tries",
  "ts": "1733307742.118629"
}`)}

bridge.yml:
${cfg(f`slack:
  bot_token: ${v('credential.slack_bot_token', SLACK_BOT)}
jira:
  base_url: https://lexsift.atlassian.net
  project: OPS`)}`),

  rec('csv_donors', f`Please check this export for duplicates before I import it into the new donor registry:

donor_code,first_name,last_name,dob,email,phone,compensation_iban
DK-0412,Mette,Sørensen,${v('pii.date_of_birth', '1997-04-11')},${email('mette.s97@gmail.com')},${phone('+45 20 38 24 71', 'DK')},${v('financial.iban', 'DK9504359571158292')}
DK-0419,Sofie,Kristensen,${v('pii.date_of_birth', '1995-12-02')},${email('sofiekristensen@hotmail.dk')},${phone('+45 31 48 27 19', 'DK')},${v('financial.iban', 'DK7767242615835510')}
DK-0412,Mette,Sørensen,${v('pii.date_of_birth', '1997-04-11')},${email('mette.s97@gmail.com')},${phone('+45 20 38 24 71', 'DK')},${v('financial.iban', 'DK9504359571158292')}`),

  rec('meeting_notes_en_us', f`Meeting notes – Special Ed Leadership, 12/03 (${mark('CONFIDENTIAL')} – student information)

- Due-process complaint filed by parent of student S-204118 (Mateo Alvarez, DOB ${v('pii.date_of_birth', '05/02/2013')}); attorney contact ${email('ldiaz@diazedlaw.com')}, ${phone('(617) 482-3910', 'US')}
- Parent portal bug: guardian sessions never expire, sample token ${v('credential.jwt', PORTAL_JWT)}
- Next step: compensatory services offer, draft by 12/10

Turn this into action items with owners.`),

  rec('ticket_pt', f`Ticket #5521 – Falha na sincronização de documentos de sinistro

Cliente: Exportadora Douro Vinhos, contacto ${email('financeiro@dourovinhos.pt')}, ${phone('+351 912 384 726', 'PT')}
Erro no front-end (Sentry): ${v('credential.sentry_dsn', SENTRY_DSN)}
IP do utilizador: ${ip('85.241.37.118')}
IBAN para indemnização confirmado: ${v('financial.iban', 'PT14441768721880913455661')}

Escreve um resumo do ticket para a equipa técnica.`),

  rec('runbook_ch', f`Runbook Störungsdienst Pendelbahn – bitte auf Englisch übersetzen:

1. Leitstand anrufen: ${phone('+41 27 966 38 21', 'CH')}
2. VPN auf ${ip('185.42.118.7')} verbinden, Benutzer stoerdienst
3. Falls Fernwartung nötig: Git-Repo mit den SPS-Backups klonen (Token im Tresor; übergangsweise ${v('credential.github_pat', GHP)})
4. Betriebsleiter informieren: ${email('betriebsleitung@bergbahn-zermatt-test.ch')}`),

  rec('log_ko', f`딜러 포털 로그인 실패 로그를 분석해 주세요. 공격인지 단순 오류인지 궁금합니다.

${cfg(f`2024-12-05T02:11:04Z WARN auth login_failed user=${email('dealer.busan07@carmarket.co.kr')} ip=${ip('211.36.142.88')} reason=bad_password
2024-12-05T02:11:06Z WARN auth login_failed user=${email('dealer.busan07@carmarket.co.kr')} ip=${ip('211.36.142.88')} reason=bad_password
2024-12-05T02:11:09Z WARN auth login_failed user=${email('dealer.daegu12@carmarket.co.kr')} ip=${ip('211.36.142.88')} reason=unknown_user`)}`),

  rec('mail_hi_en', f`इस ईमेल का जवाब हिंदी और अंग्रेज़ी दोनों में लिखें:

From: ${email('accounts@shreeram-motors.in')}
Subject: Commission not received

Sir, our commission for November is not credited. Account details: A/C ${ambCat('financial', '50100382917463')}, IFSC HDFC0001234. Dealer code JP-2231. Contact ${phone('+91 98273 46150', 'IN')}.`, 'Indian bank account number: sensitive, no built-in rule (ambiguous of its category); IFSC is a branch code'),

  rec('code_with_pii', f`This seed script for the staging review platform is failing on the second insert, can you fix it?

\`\`\`python
${code(f`custodians = [
    ("Oliver Pratt", "${email('oliver.pratt@harrowfield-group.co.uk')}", "${phone('07823 194 562', 'GB')}"),
    ("Amira Haddad", "${email('amira.haddad@harrowfield-group.co.uk')}", None),
]
for name, mail, tel in custodians:
    cur.execute("INSERT INTO custodians(name, email, phone) VALUES (%s, %s, %s)", (name, mail, tel))
conn.commit()`)}
\`\`\``),

  rec('notes_vi', f`Biên bản họp – ${mark('MẬT')} – Nhóm thẩm định tín dụng xuất khẩu
- Khách hàng: Công ty CP Cơ khí Đà Nẵng, liên hệ ông Lê Văn Hùng ${phone('+84 912 384 719', 'VN')}, ${email('hung.le@cokhidanang.vn')}
- Hạn mức đề xuất: 2,5 triệu USD, thời hạn 18 tháng
- Yêu cầu bổ sung: báo cáo tài chính kiểm toán 2023

Nhờ tóm tắt thành 3 ý bằng tiếng Anh.`),

  rec('env_maps', f`Dealer locator page shows "This page can't load Google Maps correctly". Env and the error from the console:

${cfg(f`NEXT_PUBLIC_MAPS_KEY=${v('credential.google_api_key', GOOGLE)}
NEXT_PUBLIC_API_BASE=https://api.carbazaar.in
ADMIN_CONTACT=${email('webops@carbazaar.in')}`)}

Google Maps JavaScript API error: RefererNotAllowedMapError`),

  rec('chat_az_mixed', f`Zəhmət olmasa bu müraciəti ingilis dilinə tərcümə et:

"Hörmətli sığorta agentliyi, ixracatçı şirkətimiz Bakı Texnika MMC üçün kompensasiyanı ${v('financial.iban', 'AZ72IBAZ36236112750512233461')} hesabına köçürməyinizi xahiş edirik. Əlaqə: Elvin Məmmədov, ${phone('+994 50 382 47 19', 'AZ')}, ${email('elvin.mammadov@bakitexnika.az')}."`),

  rec('ticket_mi_en', f`Ticket from the Rotorua gondola maintenance team (kia ora!):
"Telemetry gateway at ${ip('10.70.4.12')} won't push to the cloud since the firmware update. Our tech on site is Hemi Walker, ${phone('+64 21 382 4719', 'NZ')}. Login that worked before: admin / ${v('credential.user_password_pair', 'Gondola!Rotorua22')}."
Write the next troubleshooting steps.`),
];
