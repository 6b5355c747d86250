/**
 * Held-out batch 59: longer pastes mixing categories — incident notes, exports, stack traces,
 * supplier forms, key files and meeting notes from the six settings. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const mark = (s: string) => v('confidential.marking', s);

const BREVO = tok('xkeysib-', fill('b59m-brevo1', HEX, 64), '-', fill('b59m-brevo2', B62, 16));
const LINEAR = tok('lin_api_', fill('b59m-linear', B62, 40));
const SA_PEM = pem('PRIVATE KEY', 'b59m-sa', 1216).replace(/\n/g, '\\n');
const SA_KEY_ID = fill('b59m-sakid', HEX, 40);
const JWT_MERCHANT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'merchant-40917', scope: 'disputes', exp: 1736718400 }, 'b59m-jwt');
const SLACK_BOT = tok('xoxb-', '5518273046', '1-', '8830194726153-', fill('b59m-xoxb', B62, 24));

export const BATCH59_MIXED: DraftRecord[] = [
  rec('code_bash', f`Skrypt do cotygodniowego raportu z dostaw blach i profili. Dlaczego mail nie dochodzi? Brevo pokazuje 0 wysłanych.

${code(f`#!/usr/bin/env bash
set -euo pipefail
RAPORT=/srv/raporty/dostawy_$(date +%G-W%V).pdf
BREVO_KEY="${v('credential.brevo_api_key', BREVO)}"
curl -s -X POST https://api.brevo.com/v3/smtp/email \\
  -H "api-key: $BREVO_KEY" -H "Content-Type: application/json" \\
  -d "{\\"sender\\":{\\"email\\":\\"${v('pii.email', 'raporty@stocznia-zatoka.pl')}\\"},\\"to\\":[{\\"email\\":\\"${v('pii.email', 'kierownik.zakupow@stocznia-zatoka.pl')}\\"}],\\"subject\\":\\"Dostawy tydzień\\",\\"htmlContent\\":\\"w załączniku\\"}"`)}`),

  rec('chat_nl', f`Onze planner gebruikt Linear voor de storingsmeldingen (lekkages, cv-ketels) en ik wil een koppeling met het huurdersportaal. Dit is de API key die ik heb aangemaakt: ${v('credential.linear_api_key', LINEAR)}. Kun je een voorbeeld geven van een GraphQL-mutatie die een issue aanmaakt met label "Lekkage" en prioriteit Urgent? Bel anders even: ${phone('06 41827395', 'NL')}.`),

  rec('postmortem', f`# Incident review – donor results upload failure, 13 Jan

**Impact:** 2,318 donor test results from the Bristol lab reached the national register 9 hours late. No results lost.

**Timeline**
- 01:30 nightly upload job fails: "Permission denied (publickey,password)"
- 06:50 on-call (${v('pii.email', 'lab-systems-oncall@severnside-bpc.nhs.uk')}) sees the alert
- 08:10 cause: the register rotated our SFTP password; job still used \`sftp://svbpc_upload:${v('credential.url_password', 'Rhesus-Neg-0ct24')}@sftp.donor-register.example.org/inbox\`
- 09:05 new password applied from jump host ${amb('pii.ip_address', '10.112.8.14')}, upload re-run
- 10:40 all results acknowledged

**Actions:** move the credential to the vault, add expiry monitoring.

Can you rewrite this as a short, non-technical note for the clinical governance meeting?`),

  rec('email_es', f`Ayúdame a contestar a este cliente, está muy enfadado:

De: Jorge Sanz Molina <${v('pii.email', 'jorgesanzmolina@gmail.com')}>
Asunto: Me habéis cobrado dos veces

Compré 4 entradas para "Sesión golfa" del sábado en Cines Aurora Valladolid y el cargo aparece dos veces en mi tarjeta ${v('financial.payment_card', '4559 2183 7406 1526')}. Quiero la devolución YA. Llamadme al ${phone('622 418 739', 'ES')}.

Jorge

(Ya he comprobado que el segundo cargo es una preautorización que se libera sola en 7 días.)`),

  rec('csv_de', f`Kannst du aus der Liste Anschreiben für die Entschädigung wegen der Wasserschäden (Strang 3, Haus Kantstraße 14) machen? Je Mieter einen Brief.

${amb('source_code.snippet', f`Whg;Name;Telefon;E-Mail;IBAN;Betrag
3.1;Hoffmann, Birgit;${phone('0157 38294716', 'DE')};${v('pii.email', 'birgit.hoffmann@web.de')};${v('financial.iban', 'DE24 1203 0000 0004 8273 91')};180,00
3.2;Demir, Serkan;${phone('+49 171 3829471')};${v('pii.email', 's.demir84@gmx.de')};${v('financial.iban', 'DE59760100100938271645')};240,00
3.3;Leerstand;;;;0,00`)}`),

  rec('incident_fr', f`Résume cet incident pour le comité risques, en 5 lignes, sans données techniques :

${amb('source_code.snippet', f`2025-01-12T21:04:55.118Z ERROR dispute-svc evidence upload failed merchant=MRC-40917 case=DP-FR-88213
  request.headers.authorization="Bearer ${v('credential.jwt', JWT_MERCHANT)}"
  customer.email="${v('pii.email', 'helene.marchand@orange.fr')}" client_ip=${amb('pii.ip_address', '90.112.47.201')}
  cause: S3 PutObject AccessDenied (bucket payvia-evidence-eu)`)}

Le client a été remboursé hier soir après l'échec du dossier.`),

  rec('json_key', f`Halo, layanan rekap nilai siswa kami gagal menulis ke BigQuery: "invalid_grant: Invalid JWT Signature". Ini file kunci service account yang dipakai (dikirim developer lama lewat chat):

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "belajarpintar-analytics",
  "private_key_id": "${SA_KEY_ID}",
  "private_key": "${v('credential.private_key', SA_PEM)}",
  "client_email": "${amb('pii.email', 'rekap-nilai@belajarpintar-analytics.iam.gserviceaccount.com')}",
  "client_id": "104827391650283746159",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}`))}

Apakah kuncinya sudah dicabut? Dan bagaimana cara aman menyimpannya?`, 'service-account e-mail: a machine identity, ambiguous'),

  rec('form_it', f`Controlla se la scheda anagrafica del nuovo fornitore è completa prima che la inserisca a sistema:

SCHEDA FORNITORE – Ufficio Acquisti Cantiere Navale
Ragione sociale: Verniciature Marine Adriatiche S.r.l.
P.IVA: 03918470274
Referente commerciale: Davide Ferrari
Cod. fiscale referente: ${v('pii.it_codice_fiscale', 'FRRDVD85M03L219L')}
Tel.: ${phone('+39 347 829 3106')}
E-mail: ${v('pii.email', 'd.ferrari@vma-adriatiche.it')}
IBAN: ${v('financial.iban', 'IT35 X020 0801 6280 0010 4829 371')}
Condizioni: 60 gg d.f.f.m.`),

  rec('trace_ja', f`本番で返金処理が落ちています。スタックトレースを見て原因を教えてください（ログにいろいろ出ちゃってますが…）。

${amb('source_code.snippet', f`2025-01-14 18:22:03,771 ERROR [refund-worker-3] c.p.refund.RefundService - refund failed for customer=${v('pii.email', 'k.tanaka.1987@gmail.com')} pan=${v('financial.payment_card', '4027183649502718')}
org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; url=jdbc:postgresql://refund-db:5432/refunds?user=refund_app&password=${v('credential.url_password', 'Henkin#Tokyo55')}
	at org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)
	at com.payvia.refund.RefundRepository.save(RefundRepository.java:61)
	at com.payvia.refund.RefundService.process(RefundService.java:118)`)}`),

  rec('meeting_pt', f`Ata da reunião de coordenação – explicações online, 10/01

Presentes: Inês, Rui, Catarina, Miguel (fornecedor da plataforma de vídeo)
1. Novo acesso de teste à plataforma de vídeo para os explicadores: utilizador \`teste.explicador\`, a palavra-passe é ${v('credential.password_in_prose', 'Sebenta!Lisboa25')} (válida até sexta).
2. Reclamação da mãe da Leonor (${phone('+351 936 482 715')}): explicador faltou duas vezes. Rui liga-lhe hoje.
3. ${mark('Este ponto é confidencial')}: o contrato com o fornecedor atual termina em março e estamos a negociar com dois concorrentes.

Transforma isto em tarefas com responsável e prazo.`),

  rec('sql_dump_sv', f`Kan du göra om den här dumpen till CSV med semikolon? Det är givarna som ska få kallelse till plasmagivning i februari.

${amb('source_code.snippet', f`INSERT INTO givare (id, namn, personnummer, mobil, epost, blodgrupp) VALUES
(20418, 'Oskar Lindqvist', '${ambCat('pii', '19910307-2458')}', '${phone('+46 70 391 82 46')}', '${v('pii.email', 'oskar.lindqvist@hotmail.se')}', 'AB+'),
(20433, 'Fatima Hassan', '${ambCat('pii', '19850919-4826')}', '${phone('+46 72 583 19 07')}', '${v('pii.email', 'fatima.hassan85@gmail.com')}', 'AB-'),
(20451, 'Johan Ek', '${ambCat('pii', '19790122-1133')}', NULL, '${v('pii.email', 'johan.ek@bredband.net')}', 'AB+');`)}`, 'Swedish personnummer: personal, no built-in rule (ambiguous, no rule id)'),

  rec('slack_export', f`Our attendance bot crashes on some events. Sample payload and config below – can you spot why \`event.user_profile\` is sometimes missing?

${amb('source_code.snippet', f`{
  "type": "message",
  "user": "U06B7QK2M4N",
  "text": "tutor no-show again for session 88213 – parent ${v('pii.email', 'danielle.brooks.mom@gmail.com')} wants a refund",
  "ts": "1736871204.118203",
  "channel": "C05H2K8N7PR"
}`)}

bot.yml:
${amb('source_code.snippet', f`slack:
  token: ${v('credential.slack_bot_token', SLACK_BOT)}
  channel: "#session-escalations"
thresholds:
  no_show_alert: 2`)}`),

  rec('yaml_tr', f`Bilet satış sitesinin mail ayarları bunlar, sipariş onay mailleri spam'e düşüyor. SPF/DKIM dışında config'de yanlış bir şey var mı?

${amb('source_code.snippet', f`mail:
  host: smtp.yandex.com.tr
  port: 465
  username: ${v('pii.email', 'bilet@sinemamarmara.com.tr')}
  password: ${v('credential.password_assignment', 'Perde-Vizyon2025')}
  from_name: "Sinema Marmara Bilet"
  reply_to: ${v('pii.email', 'destek@sinemamarmara.com.tr')}
web:
  bind: ${amb('pii.ip_address', '0.0.0.0')}:8080
  trusted_proxy: ${amb('pii.ip_address', '172.18.0.1')}`)}`),

  rec('chat_vi', f`Bạn viết giúp mình email trả lời đối tác về case tra soát này nhé, giọng chuyên nghiệp:

"Chào team, khách hàng Trần Minh Khoa (SĐT ${phone('+84 912 482 739')}, email ${v('pii.email', 'khoa.tranminh@gmail.com')}) khiếu nại giao dịch 4.990.000đ ngày 08/01 trên thẻ Mastercard ${v('financial.payment_card', '5497 3018 2746 3093')}. Nhờ bên bạn cung cấp hóa đơn và bằng chứng giao hàng trước 20/01."`),

  rec('memo_ru', f`${mark('Для служебного пользования')}

Служебная записка
Отдел закупок, судостроительный завод
По итогам тендера на поставку судовой кабельной продукции: победитель — ООО «СевКабельМаш», контактное лицо Орлов Денис, тел. ${phone('+7 916 482-73-91')}, ${v('pii.email', 'd.orlov@sevkabelmash.ru')}. Отклонённым участникам направить уведомления до 20.01.

Сократи, пожалуйста, до одного абзаца для рассылки руководителям цехов.`),

  rec('env_csv_hi', f`Tutor payout sync fail ho raha hai. .env aur CSV ka sample de raha hoon, batao kya galat hai:

${amb('source_code.snippet', f`PAYOUT_API_BASE=https://payouts.vidyasetu.in/v2
PAYOUT_API_SECRET=${v('credential.generic_secret_assignment', fill('b59m-payout', B62, 36))}
PAYOUT_BATCH_SIZE=200`)}

${amb('source_code.snippet', f`tutor_id,name,mobile,email,amount_inr
T-0912,Ananya Iyer,${phone('+91 98482 73916')},${v('pii.email', 'ananya.iyer.maths@gmail.com')},8400
T-0944,Rohit Bansal,${phone('+91 80 4827 3916')},${v('pii.email', 'rohitbansal.phy@yahoo.in')},6250`)}

Error: "422 amount must be in paise".`),
];
