/**
 * Held-out batch 107: records mixing categories — stack traces with customer data, incident
 * notes with keys and IPs, exports with e-mails and IBANs, fixtures with personal data in code.
 * Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const mail = (s: string) => v('pii.email', s);
const ip = (s: string) => amb('pii.ip_address', s);
const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const SENDGRID = tok('SG.', fill('b107m-sg1', B64URL, 22), '.', fill('b107m-sg2', B64URL, 43));
const GHO = gh('gho', 'Nf3Kq8Wz1Yb6Rt4Lp9Xc2Vm7Hd5Js0');
const STRIPE = tok('sk_', 'live_', '51', fill('b107m-stripe', B62, 97));
const DD = fill('b107m-dd', HEX, 32);
const TG = tok('6820193745', ':AA', fill('b107m-tg', B64URL, 33));

export const BATCH107_MIXED: DraftRecord[] = [
  rec('stacktrace', f`Billing run crashed on one account, what's the root cause?

${cfg(f`2024-11-20 02:14:51 ERROR BillingRun - failed account 40-118273
java.lang.IllegalStateException: Direct debit mandate invalid for customer Ellen Marsh <${mail('ellen.marsh@btinternet.com')}> IBAN ${v('financial.iban', 'GB45NWBK60161332570805')}
    at uk.harrowwater.billing.dd.MandateValidator.check(MandateValidator.java:88)
    at uk.harrowwater.billing.BillingRun.collect(BillingRun.java:214)
    at uk.harrowwater.billing.BillingRun.run(BillingRun.java:97)
Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "billing"
  connection: jdbc:postgresql://${ip('10.40.12.7')}:5432/customer_billing?user=billing&password=${v('credential.url_password', 'Tar1ff-2024!')}`)}`),

  rec('incident_de', f`Kannst du aus diesen Notizen einen Incident-Bericht machen?

- 19.11. 03:40 Pumpwerk Nord meldet Druckabfall, Bereitschaft (Herr Kaya, ${phone('+49 89 38472916', 'DE')}) informiert
- 03:55 Fernwirk-Gateway ${ip('172.20.10.1')} nicht erreichbar, VPN-Zugang des Dienstleisters mit Account "svc-fernwirk" / Passwort ${v('credential.password_in_prose', 'Pumpe!Nord2024')} getestet — geht
- 04:30 Rohrbruch DN 300 Lindenallee, 140 Haushalte ohne Wasser
- Kundenbeschwerde per Mail von ${mail('b.hoffmann@t-online.de')}, will Entschädigung`),

  rec('fixture_python', f`Our test fixtures for the appointment booking service have real-looking data, is that a problem?

\`\`\`python
${code(f`PATIENTS = [
    {"name": "Grace Okafor", "dob": "${v('pii.date_of_birth', '1990-03-14')}", "nhs": "${v('pii.uk_nhs_number', '4808786443')}", "email": "${mail('grace.okafor@gmail.com')}"},
    {"name": "Tom Hartley", "dob": "${v('pii.date_of_birth', '1985-11-02')}", "phone": "${phone('+44 20 7946 1835', 'GB')}"},
]

SENDGRID_KEY = "${v('credential.sendgrid_api_key', SENDGRID)}"

def test_reminder_email_sent(mailer):
    send_reminders(PATIENTS, api_key=SENDGRID_KEY)
    assert mailer.outbox[0].to == "${mail('grace.okafor@gmail.com')}"`)}
\`\`\``),

  rec('ticket_es', f`Incidencia #8841 — cobro duplicado en pedido a domicilio
Cliente: Marta Giménez, ${mail('marta.gimenez@gmail.com')}, ${phone('+34 612 384 905', 'ES')}
Tarjeta usada: ${v('financial.payment_card', '4662 4818 2920 6237')} (la clienta la pegó en el chat, hay que borrarla)
Devolución a: ${v('financial.iban', 'ES87 2100 0418 1220 6142 4239')}
Importe: 34,80 € ×2

Redacta la respuesta a la clienta y dime qué hacer con los datos de la tarjeta.`),

  rec('chat_en', f`Anti-cheat incident summary please, I'm pasting raw notes:
- cheater "Vortexx" logged in from ${ip('185.66.13.209')} and ${ip('2a02:8108:1c0:4e5::17')}, both flagged VPN
- his real email from the payment provider: ${mail('danny.k.1999@gmx.de')}
- he DM'd a mod threatening to leak our admin panel token, which he got from a screenshot: ${v('credential.github_oauth_token', GHO)} (already revoked)
- card used for skins: ${v('financial.payment_card', '4336 6075 7874 1729')}`),

  rec('csv_tsv', f`Prepare the monthly tuition refund batch — which rows need a second approval (over €5,000)?

${cfg(f`student_id	name	email	iban	amount_eur
S2401187	Ahmed Al-Sayed	${mail('ahmed.alsayed@stud.uni-north.example')}	${v('financial.iban', 'EG479144105908279733031941827')}	6200.00
S2401203	Mariam Nasser	${mail('mariam.nasser@stud.uni-north.example')}	${v('financial.iban', 'JO70CBJO3219986182075919255533')}	1850.00
S2401342	Khalid Al-Thani	${mail('k.althani@stud.uni-north.example')}	${v('financial.iban', 'QA40QNBA070637113239517101517')}	9400.00
S2401409	Priya Raman	${mail('priya.raman@stud.uni-north.example')}	${v('financial.iban', 'MU10BOMM0101226903060092500MUR')}	2750.00`)}`),

  rec('slack_export', f`Summarise this thread for the ops lead:

[09:12] nadia.k: delivery bot down again 😩
[09:13] tomasz.w: token for the telegram bot is ${v('credential.telegram_bot_token', TG)}, I restarted it
[09:15] nadia.k: customer waiting for insulin, Mrs Ewa Zielińska, ${phone('+48 512 384 907', 'PL')}, ul. Lipowa 8
[09:16] tomasz.w: rider has the order, ETA 20 min
[09:20] nadia.k: ${v('confidential.marking', 'CONFIDENTIAL')}: don't mention the outage to the pharmacy franchisees yet`),

  rec('env_ja', f`本番の .env をそのまま貼ります。どの値をSecret Managerに移すべきか教えてください。

${cfg(f`APP_ENV=production
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE)}
DD_API_KEY=${v('credential.datadog_api_key', DD)}
ADMIN_EMAIL=${mail('kaito.sato@quillfire-games.example')}
DB_HOST=${ip('10.8.3.14')}
DB_PASSWORD=${v('credential.password_assignment', 'Qf!Tokyo#2024')}`)}`),

  rec('mail_fr', f`Objet : ${v('confidential.marking', 'CONFIDENTIEL')} — patient sportif professionnel

Bonjour Docteur,

Comme convenu, voici les éléments pour le joueur avant son IRM de contrôle :
Nom : Youssef Benali, né le ${v('pii.date_of_birth', '02/06/1998')}
NIR : ${v('pii.fr_nir', '1 88 11 13 777 142 44')}
Portable : ${phone('+33 6 12 48 73 95', 'FR')}
Le club souhaite que rien ne filtre dans la presse avant le 1er décembre.

Peux-tu reformuler ce mail de manière plus concise ?`, 'NIR birth year differs from the date of birth; both written as the author pasted them'),

  rec('log_pt', f`Este log do gateway de pagamento da farmácia tem dados que não deviam estar lá? Quais?

${cfg(f`[2024-11-21T14:03:11Z] POST /v1/pagamentos 402 from=${ip('177.43.210.58')} cliente=${mail('joana.ferreira@sapo.pt')} cartao=${v('financial.payment_card', '5325 2818 9557 5770')} valor=27.40 EUR motivo=insufficient_funds
[2024-11-21T14:03:44Z] POST /v1/pagamentos 200 from=${ip('177.43.210.58')} cliente=${mail('joana.ferreira@sapo.pt')} metodo=mbway tel=${phone('+351 912 384 760', 'PT')} valor=27.40 EUR`)}`),

  rec('chat_hi_en', f`Bhai ek KYC mismatch hai delivery app mein: customer Ramesh Iyer, Aadhaar ${v('pii.in_aadhaar', '5310 4985 2086')}, phone ${phone('+91 98450 27361', 'IN')}, email ${mail('ramesh.iyer71@rediffmail.com')}. Aur refund UPI ke bajaye card pe chahiye: ${v('financial.payment_card', '4531 5711 6343 6215')}. Kya hum card pe refund kar sakte hain agar payment UPI se hua tha?`),

  rec('crew_change', f`Crew change in Rotterdam — please draft the message to the agent:
Off-signer: 2/O Tomas Petraitis, passport ${v('pii.passport', '23817461')}, ${phone('+370 612 38472', 'LT')}
Wages to be paid to ${v('financial.iban', 'LT297300007752711100')}
On-signer: 2/O Andris Kalniņš, passport ${v('pii.passport', 'LV4718293')}, ${mail('andris.kalnins@inbox.lv')}
Flights: RIX–AMS 28 Nov`),

  rec('yaml_ko', f`배포 파이프라인 설정인데 보안 검토 부탁드립니다.

${cfg(f`deploy:
  host: ${ip('203.0.113.54')}
  user: deploy
  password: ${v('credential.password_assignment', 'Qf-Seoul!77')}
notify:
  email: ${mail('minji.park@quillfire-games.example')}
  phone: "${phone('+82 10-3847-2916', 'KR')}"`)}`),

  rec('note_it', f`Riassumi per il turno di notte:
- Segnalazione perdita via Garibaldi 14, utente sig.ra Rosa Esposito, tel. ${phone('+39 338 472 9163', 'IT')}, C.F. ${v('pii.it_codice_fiscale', 'RSSMRC85C12H501L')} (intestatario è il marito)
- Bolletta contestata: pagata con carta ${v('financial.payment_card', '2221 7553 0513 4106')}
- Documento interno ${v('confidential.marking', 'RISERVATO')}: piano di sostituzione contatori 2025`),

  rec('chat_uk', f`Склади відповідь студентові щодо повернення коштів за гуртожиток: Андрій Шевченко, ${mail('andrii.shevchenko@ukr.net')}, ${phone('+380 67 384 2916', 'UA')}, рахунок ${v('financial.iban', 'UA03 3220 0119 8067 0504 6848 1245 5')}, сума 1 240 €. Паспорт ${v('pii.passport', 'FE384721')}.`),

  rec('sql_seed', f`Is it OK to commit this seed file for the staging DB?

\`\`\`sql
${code(f`INSERT INTO customers (id, full_name, email, phone, iban, created_at) VALUES
  (1, 'Anna Schmid', '${mail('anna.schmid@bluewin.ch')}', '${phone('+41 79 384 27 16', 'CH')}', '${v('financial.iban', 'CH9400762337366318883')}', now()),
  (2, 'Luca Brunner', '${mail('luca.brunner@gmx.ch')}', '${phone('+43 664 2738195', 'AT')}', '${v('financial.iban', 'AT751904384148262112')}', now());`)}
\`\`\``),
];
