/**
 * Held-out batch 122: records mixing categories — stack traces, franchise forms, shelter incident
 * notes, archive vendor mails, fisheries fine exports, test fixtures — in many languages.
 * Hand-written.
 */
import { ibanWithCheck as iban, luhnWithCheck as card, spacedFours as grp } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, B64URL, HEX, fill, tok } from '../tokens';


const MAILGUN = tok('key-', fill('b122m-mg', HEX, 32));
const SENDGRID = tok('SG.', fill('b122m-sg1', B64URL, 22), '.', fill('b122m-sg2', B64URL, 43));
const TEAMS_HOOK = tok('https://kestrelmicro.webhook.office.com/webhookb2/', '5e1a7c93-2d48-4f0b-b6a2-81c9e3d70f45@e41b8f20-96ac-4f3d-8b27-5d0c1a9e7f64/IncomingWebhook/', fill('b122m-teams1', HEX, 32), '/', '9c4d2b71-08e6-4f3a-a7d5-3b1e9f60c284/', 'V2', fill('b122m-teams2', B64URL, 43));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b122m-atl', B64URL, 171), '=', fill('b122m-atl2', HEX.toUpperCase(), 8));
const LINEAR = tok('lin_api_', fill('b122m-lin', B62, 40));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b122m-sklive', B62, 97));
const AZ_STORAGE = fill('b122m-azst', B64, 86) + '==';

const PT = iban('PT', '0007' + '0000' + '00183746291' + '23');
const TR = iban('TR', '00046' + '0' + '0000029384715602');
const EG = iban('EG', '0019' + '0005' + '00000263180002941');
const LT = iban('LT', '73000' + '10019283746');
const LV = iban('LV', 'HABA' + '0551029384756');
const VISA_FIX = card('4929' + '1837' + '4602' + '915');

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH122_MIXED: DraftRecord[] = [
  rec('curl', f`Franchise ordering API, Mailgun mail for order confirmations returns 401:

${cfg(f`curl -s --user 'api:${v('credential.mailgun_api_key', MAILGUN)}' \\
  https://api.eu.mailgun.net/v3/orders.ferrowood-coffee.com/messages \\
  -F from='Ferrowood Orders <${v('pii.email', 'orders@ferrowood-coffee.com')}>' \\
  -F to=${v('pii.email', 'franchise.leeds@ferrowood-coffee.co.uk')} \\
  -F subject='Green beans order #FW-88213'`)}`),

  rec('code_python', f`Script that emails franchisees their monthly royalty statement, SendGrid says 403:

\`\`\`python
${code(f`import sendgrid
from sendgrid.helpers.mail import Mail

sg = sendgrid.SendGridAPIClient(api_key="${v('credential.sendgrid_api_key', SENDGRID)}")

def send_statement(to_addr: str, pdf_path: str, period: str) -> int:
    msg = Mail(
        from_email="${v('pii.email', 'royalties@ferrowood-coffee.com')}",
        to_emails=to_addr,
        subject=f"Royalty statement {period}",
        html_content="<p>Please find attached your statement.</p>",
    )
    return sg.send(msg).status_code`)}
\`\`\``),

  rec('env_file', f`${cfg(f`# cq-portal/.env
NODE_ENV=production
TEAMS_WEBHOOK_RMA=${v('credential.teams_webhook_url', TEAMS_HOOK)}
JIRA_USER=${v('pii.email', 'cq-bot@kestrel-micro.com')}
JIRA_TOKEN=${v('credential.atlassian_api_token', ATLASSIAN)}
LINEAR_API_KEY=${v('credential.linear_api_key', LINEAR)}`)}

Can you explain why new RMA tickets post to Teams twice? We mirror Jira issues into Linear as well.`),

  rec('signature', f`Can you rewrite my auto-reply? Current text:

I'm out of office until 18 Nov. For urgent franchise issues call ${phone('+44 161 828 4417')} or write to ${v('pii.email', 'franchise-help@ferrowood-coffee.co.uk')}.
(note for myself: portal login fw.support / ${v('credential.user_password_pair', 'Flatwhite-MCR!9')})`),
  rec('stack_trace', f`Checkout on the perfume site fails for some customers, here's the trace from the payment service:

${cfg(f`2024-11-07 14:02:19.441 ERROR [payment-svc] c.i.checkout.PaymentController - charge failed for customer=${v('pii.email', 'marta.lindgren@telia.se')} from ${amb('pii.ip_address', '83.249.17.202')}
org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; url=jdbc:postgresql://pay-db.internal:5432/checkout?user=pay_app&password=${v('credential.url_password', 'Iris&Musk-Pay2024')}
	at org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)
	at com.irae.checkout.PaymentRepository.saveAttempt(PaymentRepository.java:57)
	at com.irae.checkout.PaymentController.charge(PaymentController.java:112)
Caused by: org.postgresql.util.PSQLException: FATAL: too many connections for role "pay_app"`)}

Also the Stripe key in config is ${v('credential.stripe_secret_key', STRIPE_LIVE)} — does it matter which one we use for retries?`),

  rec('incident_note', f`${v('confidential.marking', 'CONFIDENTIAL')} — Safe Harbour House incident log, not for circulation

04/11 21:40 — Resident (room 6) reported her ex-partner called the refuge landline. Caller ID: ${phone('07946 218 374', 'GB')}.
Resident DOB ${v('pii.date_of_birth', '19/07/1990')}, NINO ${v('pii.uk_nino', 'SK 73 05 16 A')} (for the police report).
Police ref given: CAD 1187. Shift lead informed.

Can you turn this into the format the police liaison asked for? Keep it ${v('confidential.marking', 'CONFIDENTIAL')}.`),

  rec('email_de', f`Hallo zusammen,
für die Digitalisierung der Kirchenbücher (Los 3) lädt der Dienstleister die Scans per SFTP hoch. Zugang:
Server: sftp.scanwerk-leipzig.de
Benutzer: staatsarchiv_los3
Passwort: ${v('credential.password_in_prose', 'Pergament!Los3-2024')}
Ansprechpartnerin beim Dienstleister: Frau Anke Wehner, ${v('pii.email', 'a.wehner@scanwerk-leipzig.de')}, Tel. ${phone('0341 2947 3810', 'DE')}

Formuliere bitte eine Mail an die Kolleginnen im Lesesaal, dass ab Montag die ersten Digitalisate online sind – natürlich OHNE Zugangsdaten.`),

  rec('csv_pt', f`Olá, consegues resumir quantas coimas estão pagas por porto? Export do sistema de fiscalização:

${cfg(f`processo;armador;email;iban_reembolso;valor;estado
FIS-24-0311;Pescas Atlântico Lda;${v('pii.email', 'geral@pescasatlantico.pt')};${v('financial.iban', grp(PT))};1250,00;PAGO
FIS-24-0318;Manuel Fernandes Rocha;${v('pii.email', 'manuel.rocha.peniche@sapo.pt')};;780,00;EM DÍVIDA
FIS-24-0322;Mar de Sines Unipessoal;${v('pii.email', 'mardesines@gmail.com')};;2300,00;RECURSO`)}`),

  rec('email', f`Hi team, forwarding the customer escalation (Marlow Power, Penang site):

From: Tan Wei Ling <${v('pii.email', 'weiling.tan@marlowpower.com.my')}>
Mobile: ${phone('+60 12-739 4826')}
"Lot BGA-7719 — 12 units failed at board level due to wire sweep. We need your containment plan by Friday. Pls also share the X-ray images via the same SAS link as last time, the old one expired already lah."

Our internal storage key if you need to re-share: AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)}

Draft a reply in English with containment actions, then a short Malay version for her line leader.`),

  rec('form_tr', f`Yeni franchise başvuru formunu kontrol eder misin, eksik alan var mı?
Ad Soyad: Burak Yıldırım
T.C. Kimlik No: ${ambCat('pii', '28471936502')}
Doğum tarihi: ${v('pii.date_of_birth', '07.09.1986')}
Cep: ${phone('0532 847 19 36', 'TR')}
E-posta: ${v('pii.email', 'burak.yildirim@ferrowood-izmir.com.tr')}
Franchise bedeli için IBAN: ${v('financial.iban', grp(TR))}
Şube: İzmir Alsancak`, 'Turkish T.C. Kimlik number: no engine rule, ambiguous pii span'),

  rec('code_python', f`pytest fixture for the care-ticket classifier — is it OK to use real-looking data here?

${code(f`import pytest

@pytest.fixture
def sample_ticket():
    return {
        "id": "IR-99120",
        "customer": {"name": "Ingrid Solberg", "email": "${v('pii.email', 'ingrid.solberg@online.no')}", "phone": "${phone('+47 482 71 936')}"},
        "payment": {"card": "${v('financial.payment_card', VISA_FIX)}", "exp": "04/27"},
        "body": "Flasken lekket i pakken, ønsker ny eller refusjon.",
    }

def test_classifies_leak_as_damaged(sample_ticket, classifier):
    assert classifier(sample_ticket["body"]) == "damaged"
    assert sample_ticket["payment"]["card"] == "${v('financial.payment_card', VISA_FIX)}"`)}`),

  rec('chat_ar_eg', f`عايز أرد على طلب فرانشايز جديد من إسكندرية. البيانات اللي بعتها:
الاسم: كريم عبد الحميد
موبايل: ${phone('0101 847 2936', 'EG')}
إيميل: ${v('pii.email', 'karim.abdelhamid@gmail.com')}
آيبان لتحويل الدفعة المقدمة: ${v('financial.iban', EG)}
اكتب له رد بالعامية المصرية إننا استلمنا الطلب وهنتواصل خلال أسبوعين.`),

  rec('chat_bn', f`আপা, আমাদের আশ্রয়কেন্দ্রে একজন নতুন বাসিন্দা এসেছেন। তাঁর বোনের ফোন নম্বর ${phone('01712-384956', 'BD')}, আর ইমেইল ${v('pii.email', 'rokeya.sultana84@gmail.com')}। কেস ম্যানেজমেন্ট সিস্টেমের পাসওয়ার্ড ${v('credential.password_in_prose', 'Ashroy#Dhaka2024')} — এটা কি বদলানো দরকার, কারণ আগের কর্মী চলে গেছেন? একটা ছোট নোট লিখে দিন।`),

  rec('chat_hy', f`Բարև, խնդրում եմ օգնել գրել նամակ արխիվի ընթերցասրահ մուտքի համար։ Հետազոտող՝ Անի Պետրոսյան, անձնագիր ${v('pii.passport', 'AM4827193')}, էլ. փոստ ${v('pii.email', 'ani.petrosyan@ysu.am')}, հեռ. ${phone('+374 91 482719')}։ Այցելության նպատակը՝ 1920-ական թթ. գյուղական արձանագրություններ։`),

  rec('chat_lt', f`Sveiki, reikia parašyti laišką laivo savininkui dėl baudos grąžinimo. Duomenys: UAB „Baltijos žvejys“, el. paštas ${v('pii.email', 'info@baltijoszvejys.lt')}, tel. ${phone('+370 612 84937')}, sąskaita ${v('financial.iban', grp(LT))}. Suma — 1 450 EUR.`),

  rec('chat_lv', f`Klientei no Rīgas jāatmaksā par bojātu smaržu flakonu. Dati: ${v('pii.email', 'liga.berzina@inbox.lv')}, tālr. ${phone('+371 2948 3716')}, konts ${v('financial.iban', LV)}. Uzraksti īsu atbildi latviski un pievieno atvainošanās kuponu.`),

  rec('chat_hu', f`Szia! A MES szerverünk (${amb('pii.ip_address', '10.40.12.27')}) naplójában ezt látom, a vevői minőségügyi riport nem fut le:
"login failed for user mes_report, jelszó: ${v('credential.password_in_prose', 'Tokos-BGA#7719')}"
A riportot Kovács Péter kapja (${v('pii.email', 'peter.kovacs@kestrel-micro.hu')}). Írd meg neki magyarul, hogy csúszik a riport, és mit csinálunk.`),

  rec('chat_fa', f`سلام، یک مددجو امشب به خانه امن آمده. شماره تماس امن او ${phone('0912 384 7261', 'IR')} است و تاریخ تولدش ${v('pii.date_of_birth', '1370/05/14')} (شمسی). رمز عبور ایمیل مشترک واحد ${v('credential.password_in_prose', 'Panah@Shiraz1403')} است و در گروه فرستاده شده. لطفاً یک یادداشت کوتاه برای تیم بنویس که چرا نباید رمز را در چت فرستاد.`),
];
