/**
 * Held-out batch 30: longer texts mixing categories — incident notes, handovers, webhook logs,
 * contract summaries, WhatsApp exports, payroll CSVs, tickets and fixtures — from the six batch-30
 * organisations, in all the batch's languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, B64URL, HEX, fill, tok } from '../tokens';

const SHPAT = tok('shpat_', fill('b30m-shpat', HEX, 32));
const SLACK_BOT = tok('xoxb-', '5820193746', '2-', '8102937465012-', fill('b30m-xoxb', B62, 24));
const AZ_KEY = `${fill('b30m-azkey', B64, 86)}==`;
const SMTP_PW = 'Ignition-Alarm-2024';
const SENDGRID = tok('SG.', fill('b30m-sg1', B64URL, 22), '.', fill('b30m-sg2', B64URL, 43));
const TG_BOT = tok('6619204837', ':AA', fill('b30m-tg', B64URL, 33));

export const BATCH30_MIXED: DraftRecord[] = [
  rec('incident_notes', f`Onne terminal — shift log, night of 26/11 (pls turn this into a proper incident report, formal English):

- 23:40 historian collector on ${amb('pii.ip_address', '10.20.4.31')} stopped sending. DCS itself OK.
- 00:15 called IT on-call (Babatunde, ${phone('0809 412 7736', 'NG')}), no answer, sent mail to ${v('pii.email', 'it-oncall@brenmar-ng.com')}
- 00:50 vendor engineer dialled in via the jump host. Gave him temporary account "vendor_ems", password ${v('credential.password_in_prose', 'Onne-Night-5531')} (MUST be disabled today)
- 02:10 collector restarted, buffer flushed, gap 23:40–02:05 backfilled from ${amb('pii.ip_address', '10.20.4.32')}
- 02:30 vendor logged off. Shift supervisor: A. Okeke`),

  rec('handover_email', f`Subject: Handover Ashgrove — weekend

Hi all,

Couple of things for the weekend:
- Mrs Bridget Corcoran (DOB ${v('pii.date_of_birth', '14/02/1936')}) — family visiting Sat, son Martin will bring her own clothes. If anything, his number is ${phone('087 214 9063', 'IE')}.
- New agency nurse Sat nights, she'll need the guest Wi-Fi: network GC-Staff, password ${v('credential.password_in_prose', 'Ashgrove2024!')}
- Pharmacy delivery moved to Mon, any queries ring Listowel Pharmacy ${phone('068 23 417', 'IE')}

Thanks, Maricel (${v('pii.email', 'maricel.santos@glenmorecare.ie')})

→ can you reformat this as a proper handover sheet?`),

  rec('webhook_log', f`Orders/create webhook handler crashes on some orders. Log + the request our middleware logged:

${amb('source_code.snippet', f`[2024-11-28 09:41:17] ERROR orders.create handler failed: TypeError: Cannot read properties of null (reading 'province_code')
    at normaliseAddress (/srv/app/dist/webhooks/orders.js:88:41)
    at handleOrderCreate (/srv/app/dist/webhooks/orders.js:23:19)
request.headers = { "x-shopify-topic": "orders/create", "x-shopify-shop-domain": "lumera-skin.myshopify.com", "x-shopify-access-token": "${v('credential.shopify_access_token', SHPAT)}", "x-forwarded-for": "${amb('pii.ip_address', '49.186.73.210')}" }
request.body.customer = { "email": "${v('pii.email', 'ella.mcdonald@optusnet.com.au')}", "phone": "${phone('+61 422 719 305')}", "default_address": { "country_code": "NZ", "province_code": null } }`)}

NZ addresses don't have a province_code — how do I fix normaliseAddress? Also why is the access token in the incoming headers??`),

  rec('contract_summary', f`${v('confidential.marking', 'CONFIDENTIAL')} — player contract summary (for the FAI registration pack)

Player: Gabriel Henrique Souza Ribeiro (DOB ${v('pii.date_of_birth', '07/01/2003')})
Passport: ${v('pii.passport', 'GB482173')} (Brazil)
Term: 1 Jan 2025 – 30 Nov 2026, option +1 year (club)
Salary: €1,450/week, paid to ${v('financial.iban', 'PT58 0035 0651 0004 8273 6157 2')} (player's account in Portugal)
Agent: Rafael Monteiro, ${v('pii.email', 'rafael@monteirosports.com.br')}, ${phone('+55 21 99614-2289')}
Sign-on fee: €15,000 in two instalments

Check the summary against the FAI template and list what's missing.`),

  rec('whatsapp_pt', f`Exportei a conversa do WhatsApp da família pra você me ajudar a responder. Pode resumir o que eles querem e sugerir a resposta?

[27/11/24 08:12] Renata Carvalho: Bom dia, aqui é a filha do seu Antônio. Precisamos fechar o velório pra amanhã
[27/11/24 08:13] Renata Carvalho: Meu CPF pro contrato é ${v('pii.br_cpf', '906.372.518-30')}
[27/11/24 08:15] Renata Carvalho: Pode cobrar no cartão ${v('financial.payment_card', '6504 8720 1938 4759')} validade 04/28, o código eu passo por telefone
[27/11/24 08:16] Renata Carvalho: meu e-mail é ${v('pii.email', 'renata.carvalho@uol.com.br')} e meu celular ${phone('(19) 99827-4415', 'BR')}
[27/11/24 08:30] Serenitas Campinas: Bom dia Renata, meus sentimentos. Vamos verificar a disponibilidade da sala 2.`),

  rec('email_ro', f`Subiect: ${v('confidential.marking', 'CONFIDENȚIAL')} – depunere ofertă concurs Parcul Feroviarilor

Bună Ioana,

Oferta se încarcă pe serverul organizatorului până vineri la 12:00. Datele de acces:
sftp://hba_cluj:${v('credential.url_password', 'Feroviari-2025!')}@upload.concurs-cluj.example.ro:22/oferte/
Dacă nu merge, sună-l pe Radu la ${phone('0264 590 213', 'RO')} sau scrie-i la ${v('pii.email', 'radu.pop@hbarkitekter.no')}.

Mulțumesc,
Andrei

→ tradu în engleză pentru Eirik, păstrează tonul`),

  rec('json_config', f`Alarm e-mails from the Ignition gateway stopped after the mail server move. This is the exported notification profile, what's wrong?

${amb('source_code.snippet', f`{
  "name": "Kwinana-Ops-Email",
  "type": "EmailNotificationProfile",
  "settings": {
    "hostname": "${amb('pii.ip_address', '172.20.5.25')}",
    "port": 587,
    "useSSL": false,
    "startTLS": true,
    "username": "${v('pii.email', 'scada-alarms@brenmar-refining.com.au')}",
    "password": "${v('credential.password_assignment', SMTP_PW)}",
    "from": "${v('pii.email', 'scada-alarms@brenmar-refining.com.au')}",
    "roster": ["${v('pii.email', 'shift.supervisor.kwn@brenmar-refining.com.au')}", "${v('pii.email', 'gary.tomlinson@brenmar-refining.com.au')}"]
  }
}`)}`),

  rec('email_no', f`Hei,

Mamma, Ingrid Solheim (f. ${v('pii.date_of_birth', '12.03.1941')}), flyttet fra avdeling 2 til Nordstrand sykehjem 1. november, men vi ble trukket egenandel for hele november hos dere. Vennligst refunder det for mye innbetalte beløpet (kr 14 380) til kontonummer ${ambCat('financial', '6011.20.93874')} / ${v('financial.iban', 'NO67 6011 2093 874')}.

Ring meg gjerne på ${phone('918 47 263', 'NO')} hvis noe er uklart.

Hilsen Hilde Solheim Berg

→ kan du skrive et høflig svar på norsk om at vi sjekker saken innen en uke?`),

  rec('escalation_tl', f`Escalation to TL — pakibasa naman and tell me if tama yung approach ko:

Customer: Sophie Tran, ${v('pii.email', 'sophie.tran88@gmail.com')}, ${phone('0401 927 384', 'AU')}
Issue: charged twice for order #LMR-50114 (AUD 74.90 x2)
She sent a screenshot of her bank app showing both charges and also typed her full card number in the chat: ${v('financial.payment_card', '4319 4072 8813 5622')} 😬
I already asked Payments to refund the duplicate. Should I ask IT to redact the chat transcript or just delete the message?`),

  rec('slack_export', f`Our Slack → physio log integration drops some messages. Sample event and our bot config:

${amb('source_code.snippet', f`{
  "type": "message",
  "channel": "C07MEDTEAM",
  "user": "U05PHYSIO1",
  "text": "Hudák — MRI confirms grade 2a hamstring, out 3 weeks. Told him to keep it quiet till Friday. His wife asked for the scan report to ${v('pii.email', 'zuzana.hudakova@centrum.sk')}",
  "ts": "1732622409.118200"
}`)}

${amb('source_code.snippet', f`# bot.yml
slack:
  bot_token: ${v('credential.slack_bot_token', SLACK_BOT)}
  channels: [C07MEDTEAM]
  log_channel: C07PHYSLOG`)}`),

  rec('code_python', f`Script that emails each client the link to their latest IFC — only one client ever gets an email. Help!

${v('source_code.snippet', f`from azure.storage.blob import BlobServiceClient, generate_blob_sas, BlobSasPermissions
from datetime import datetime, timedelta
import sendgrid

ACCOUNT = "hbashare"
KEY = "${v('credential.azure_storage_key', AZ_KEY)}"
sg = sendgrid.SendGridAPIClient("${v('credential.sendgrid_api_key', SENDGRID)}")

clients = {
    "2214": "${v('pii.email', 'kari.nordby@bjorvika-utvikling.no')}",
    "2231": "${v('pii.email', 'p.ocallaghan@dlrcoco.ie')}",
    "2240": "${v('pii.email', 'mihai.stan@primariaclujnapoca.ro')}",
}

for proj, email in clients.items():
    sas = generate_blob_sas(ACCOUNT, f"client-{proj}", "latest.ifc", account_key=KEY,
                            permission=BlobSasPermissions(read=True), expiry=datetime.utcnow() + timedelta(days=5))
    link = f"https://{ACCOUNT}.blob.core.windows.net/client-{proj}/latest.ifc?{sas}"
sg.send(build_mail(email, link))`)}`),

  rec('invoice', f`${v('confidential.marking', 'Private & Confidential')}

SERENITAS FUNERAL CARE — TRALEE
Invoice SFC-T-2024-0871 · 29 November 2024
Funeral of the late Michael Joseph Brennan
To: Ms Siobhán Brennan, ${v('pii.email', 'siobhan.brennan@outlook.ie')}

Professional services ........ €2,950.00
Coffin (Kerry oak) ............ €1,650.00
Church offering / cemetery .... €  850.00
Death notices (RIP.ie, Kerryman) €  310.00
TOTAL ......................... €5,760.00

Payment by transfer to ${v('financial.iban', 'IE39 AIBK 9320 8846 1920 37')} (BIC ${amb('financial.swift_bic', 'AIBKIE2D')}), ref. SFC-T-0871.

Please check the layout and the sums before I post it.`),

  rec('email_he', f`שלום אורית,
מצרפת את פרטי העובדת החדשה לצורך פתיחת תיק שכר:
שם: מרינה גולדברג
ת"ז: ${ambCat('pii', '314827361')}
חשבון בנק: ${v('financial.iban', 'IL79 0126 4700 0000 4518 362')}
טלפון נייד: ${phone('054-719-2286', 'IL')}
מייל: ${v('pii.email', 'marina.goldberg@gmail.com')}
תחילת עבודה: 1.12.2024, משמרות ערב בבית האבות ברמת גן.

→ please translate to English for the group HR in Dublin`),

  rec('payroll_csv', f`Te rog verifică dacă sunt IBAN-uri greșite în lista de plată a îngrijitoarelor detașate în Irlanda, înainte să o trimit la bancă:

${amb('source_code.snippet', f`nume;cnp;iban;telefon;suma_eur
Florentina Ionescu;${ambCat('pii', '2990303401274')};${v('financial.iban', 'RO50BRDE240SV73829154400')};${phone('+353 89 240 6618')};2310,40
Gheorghe Stan;${ambCat('pii', '1960822400774')};${v('financial.iban', 'RO62BACX0000002174903810')};${phone('+40 745 318 207')};2188,00`)}`, 'Romanian CNPs: no built-in rule (ambiguous)'),

  rec('ticket_sk', f`Tiket #IT-7741 — prosím preformuluj odpoveď používateľovi, nech je zdvorilejšia:

Používateľ: Marek Kováč (${v('pii.email', 'marek.kovac@hbarkitekter.no')}, ${phone('+421 904 318 275')})
Problém: nefunguje VPN z domu, posledné pripojenie z ${amb('pii.ip_address', '91.127.44.208')}
Moja odpoveď: "Resetoval som ti heslo do VPN, nové heslo je ${v('credential.password_in_prose', 'Bratislava-VPN-19')}, zmeň si ho. Ak to nepôjde, zavolaj."`),

  rec('code_python', f`Unit tests for the shift-swap bot fail in CI because the fixture has real-looking data — is that a problem compliance-wise?

${v('source_code.snippet', f`import pytest
from swapbot.models import StaffMember

BOT_TOKEN = "${v('credential.telegram_bot_token', TG_BOT)}"

@pytest.fixture
def maricel():
    return StaffMember(
        staff_id="GC1041",
        name="Maricel Santos",
        mobile="${phone('+353 86 418 2730')}",
        email="${v('pii.email', 'maricel.santos@glenmorecare.ie')}",
        home="Ashgrove",
    )

def test_swap_request_notifies_cnm(maricel, bot):
    bot.request_swap(maricel, "2024-12-07", "N")
    assert bot.sent[-1].chat == "CNM-Ashgrove"`)}`),
];
