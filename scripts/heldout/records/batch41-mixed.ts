/** Held-out batch 41: longer texts mixing credentials, personal data, bank details, code and markings. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, jwt, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '2917405836', '2-', '8140293756418-', fill('b41m-xoxb', B62, 24));
const GHP = gh('ghp', 'Wd3Nc8Kq1Zt6Ry4Hb9Lm2Vx7Pf5Js0');
const SENDGRID = tok('SG.', fill('b41m-sg1', B64URL, 22), '.', fill('b41m-sg2', B64URL, 43));
const OPENAI = tok('sk-proj-', fill('b41m-oa1', B64URL, 74), 'T3BlbkFJ', fill('b41m-oa2', B64URL, 74));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b41m-sklive', B62, 97));
const SHPAT = tok('shpat_', fill('b41m-shpat', HEX, 32));
const JWT_ADM = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'applicant:A25-1187', email: 'minjun.lee@korea.ac.kr', iat: 1730970000, exp: 1730973600 }, 'b41m-jwt');
const DD_API = fill('b41m-ddapi', HEX, 32);

export const BATCH41_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Incident 2024-10-19: ticket validators offline (rute 400–480)

**Impact:** 3 h 10 min with no QR validation in Vestland; drivers waved passengers through. Est. lost revenue NOK 61 000.

**Timeline**
- 05:52 first validator alarms to vakt (${v('pii.email', 'driftsvakt@vestkystbuss.no')}, ${phone('+47 918 42 673')})
- 06:30 DB failover to ${amb('pii.ip_address', '10.40.2.19')} did not propagate; validators still pointed at the old primary through \`postgres://validator:${v('credential.database_url_password', 'Fjordlys-2291')}@${amb('pii.ip_address', '10.40.2.18')}:5432/tickets\`
- 09:02 config pushed by hand, all buses back online

**Actions:** move DSN to Vault, add health check to failover runbook.

Skriv dette om til ein kort kundemelding utan tekniske detaljar.`),

  rec('stack_trace', f`Admissions portal crashes when an agent uploads a batch. Trace:

${amb('source_code.snippet', f`org.postgresql.util.PSQLException: FATAL: password authentication failed for user "adm_portal"
	at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
	at com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:479)
	... 41 more
Caused by: config spring.datasource.url=jdbc:postgresql://db-adm-02:5432/admissions?user=adm_portal&password=${v('credential.url_password', 'Granite&Heather_42')}
Request: POST /agents/upload by ${v('pii.email', 'chennai.office@globaledu-partners.in')} from ${amb('pii.ip_address', '117.216.44.203')}`)}

who changed the DB password and didn't update the config?`),

  rec('csv', f`Upload these new suppliers into the ERP, check the bank details look right:

${amb('source_code.snippet', f`supplier;contact;email;phone;iban
Nordhav Proviant AS;Kari Lunde;${v('pii.email', 'kari.lunde@nordhavproviant.no')};${phone('+47 22 96 30 00')};${v('financial.iban', 'NO66 1503 3405 336')}
Aberdeen Fresh Foods Ltd;Gordon Reid;${v('pii.email', 'g.reid@aberdeenfreshfoods.co.uk')};${phone('01224 861430', 'GB')};${v('financial.iban', 'GB29 RBOS 8320 0994 8502 38')}
Laticínios Douro Lda;Rui Carvalho;${v('pii.email', 'rui.carvalho@laticiniosdouro.pt')};${phone('218 447 302', 'PT')};${v('financial.iban', 'PT39 0033 5114 2452 2143 9636 8')}`)}`),

  rec('code_test', f`Our checkout tests started failing after we changed the order email template. Fixture:

\`\`\`ts
${v('source_code.snippet', f`const customer = {
  name: 'Pieter De Smet',
  email: '${v('pii.email', 'pieter.desmet@skynet.be')}',
  phone: '${phone('+32 9 233 41 80')}',
  address: 'Veldstraat 88, 9000 Gent',
};

it('sends confirmation for a Staunton set', async () => {
  const order = await checkout(customer, [{ sku: 'STN-95-EB', qty: 1 }], { card: '${v('financial.payment_card', '5445 1563 6464 1656')}' });
  expect(mailer.sent[0].to).toBe(customer.email);
});`)}
\`\`\`

(yes that's a real customer's data from a support ticket, I'll swap it, just fix the test pls)`),

  rec('ticket', f`HELPDESK-8821 — POS at Half Way Tree branch
Reporter: Tanisha Brown (${v('pii.email', 'tanisha.brown@bluemahoewellness.com')}, ext. 214)
Problem: card reader declines everything since update. Customer Andre Campbell tried ${v('financial.payment_card', '4919 0597 6212 0770')} three times.
Remote login for vendor: user posadmin / pass ${v('credential.user_password_pair', 'Mahoe!Till2024')}
Priority: high, Saturday is busiest day.

Summarise this for the vendor without the customer details.`),

  rec('handover', f`Vaktskifti veðurspádeildar, laugardagur 9. nóv

- Stormviðvörun appelsínugul fyrir Suðausturland gildir til 18:00.
- Sjálfvirka tístið bilaði, bráðabirgðalausn: skriftan notar OpenAI lykil ${v('credential.openai_api_key', OPENAI)} beint úr /opt/vidvaranir/.env — laga á mánudag!
- Bakvakt: Hrafn, sími ${phone('+354 551 8830')}.
- Ratsjá á Miðnesheiði: viðhald frá 08–12, gögn frá Keflavík notuð í staðinn.

Gerðu þetta að stuttri samantekt á ensku.`),

  rec('docker_compose', f`${amb('source_code.snippet', f`services:
  shop:
    image: pawnshop/storefront:4.2.1
    environment:
      STRIPE_SECRET_KEY: ${v('credential.stripe_secret_key', STRIPE_LIVE)}
      SHOPIFY_ADMIN_TOKEN: ${v('credential.shopify_access_token', SHPAT)}
      SENDGRID_API_KEY: ${v('credential.sendgrid_api_key', SENDGRID)}
      ADMIN_EMAIL: ${v('pii.email', 'eline.jacobs@schaakborden.be')}
  db:
    image: mariadb:11
    environment:
      MARIADB_ROOT_PASSWORD: ${v('credential.password_assignment', 'Dame-Gambiet!64')}`)}

Kan je dit omzetten naar Docker secrets? Ik wil niets meer in plain text.`),

  rec('meeting_pl', f`Notatka ze spotkania zarządu sklepu, 14.11 — ${v('confidential.marking', 'POUFNE')}

1. Nowy dostawca zegarów szachowych: płatność zaliczkowa 30% na ${v('financial.iban', 'PL98 1050 1445 4213 9881 8877 8663')} do 30.11.
2. Reklamacja pana Krzysztofa Wójcika (${phone('+48 601 382 947')}, ${v('pii.email', 'k.wojcik@interia.pl')}) — zwrot 420 zł, zgoda.
3. Black Friday: -15% na szachownice drewniane.

Przygotuj z tego listę zadań z osobami odpowiedzialnymi.`),

  rec('email_it', f`Oggetto: R: candidata ammessa con riserva

Ciao Francesca,
la candidata Chiara Conti (CF ${v('pii.it_codice_fiscale', 'CNTFNC97A41L219A')}, tel. ${phone('+39 333 481 2079')}) ha inviato il certificato IELTS dopo la scadenza. Le ho scritto a ${v('pii.email', 'chiara.conti97@gmail.com')} che valutiamo il caso.
La decisione resta ${v('confidential.marking', 'riservata')} fino al comitato di gennaio.

Mi aiuti a scrivere una risposta gentile ma neutra?`, 'inline Italian marking in lower case ("resta riservata") labelled as an inline statement'),

  rec('jira_tr', f`BILET-2291 — Mobil uygulamada ödeme sonrası bilet görünmüyor
Raporlayan: Zeynep Aksoy (${v('pii.email', 'zeynep.aksoy@gmail.com')}, ${phone('0216 418 32 90', 'TR')})
İstemci IP: ${amb('pii.ip_address', '88.241.17.92')}
Log: payment_intent=pi_3Q8xZ2 status=succeeded ticket=null
Not: webhook secret prod ortamında boş görünüyor, lütfen kontrol edin.

Bu kayıt için müşteriye kısa bir yanıt yazar mısın?`),

  rec('chat_ko', f`지원자 포털 API 로그인데, 토큰이 왜 이메일을 평문으로 담고 있는지 모르겠어요:

${amb('source_code.snippet', f`[2024-11-07 09:00:03] INFO auth ok applicant=A25-1187 email=${v('pii.email', 'minjun.lee@korea.ac.kr')}
[2024-11-07 09:00:03] DEBUG issued token=${v('credential.jwt', JWT_ADM)}`)}

JWT payload에 개인정보 넣는 게 괜찮은가요?`),

  rec('form_ms', f`Tolong semak borang pendaftaran pembekal katering ni sebelum saya hantar ke bahagian kewangan:

Syarikat: Terengganu Offshore Dapur Sdn Bhd
Pegawai: Encik Hafiz bin Osman
Telefon: ${phone('03-2148 3390', 'MY')}
E-mel: ${v('pii.email', 'hafiz.osman@tod-catering.com.my')}
Bank: Maybank, akaun ${ambCat('financial', '5140 2238 9127')}
SWIFT: ${amb('financial.swift_bic', 'MBBEMYKL')}`, 'Malaysian account number without IBAN: no engine rule'),

  rec('chat', f`Need a quick review of our galley-ordering integration before go-live. Slack alerts go through bot ${v('credential.slack_bot_token', SLACK_BOT)}, the repo is cloned on the rig server with ${v('credential.github_pat', GHP)} in the remote URL, and supplier orders are mailed to ${v('pii.email', 'orders@aberdeenfreshfoods.co.uk')}. Anything obviously wrong security-wise?`),

  rec('helm_ro', f`${amb('source_code.snippet', f`datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  tags:
    - "team:catering-ro"
    - "owner:${v('pii.email', 'mihai.dumitrescu@dobrogea-catering.ro')}"`)}

Vrem să mutăm cheia Datadog într-un Secret Kubernetes. Cum modific chart-ul?`),
];
