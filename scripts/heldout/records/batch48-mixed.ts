/** Held-out batch 48: longer texts mixing categories — incident notes, stack traces, handovers, fixtures and e-mail chains. Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, tok } from '../tokens';

const KOBO = fill('b48m-kobo', HEX, 40);
const SLACK_BOT = tok('xoxb-', '5820417736', '1-', '8193046725108-', fill('b48m-xoxb', B62, 24));
const MAILGUN = tok('key-', fill('b48m-mg', HEX, 32));
const SAS_SIG = `${fill('b48m-sas1', B62, 16)}%2B${fill('b48m-sas2', B62, 14)}%2F${fill('b48m-sas3', B62, 11)}%3D`;
const JAZZ_PW = fill('b48m-jazz', B64URL, 32);

export const BATCH48_MIXED: DraftRecord[] = [
  rec('postmortem', f`${v('confidential.marking', 'TLP:AMBER')}
# Post-incident review – INC-48213 (AiTM phishing, Harrowgate FM)

**Timeline (UTC)**
- 09:14 user ${v('pii.email', 'k.draper@harrowgate-fm.co.uk')} submits credentials on the proxy page
- 09:21 first sign-in from ${amb('pii.ip_address', '102.89.34.17')} with replayed cookie
- 09:26 attacker creates inbox rule "..." forwarding to ${v('pii.email', 'accounts.hgfm@proton.me')}
- 10:02 Sentinel incident "Suspicious inbox forwarding" fires, L1 calls the user on ${phone('+44 7911 264 083')}
- 10:09 sessions revoked, password reset; the helpdesk set the temporary password ${v('credential.password_in_prose', 'Harrow!Temp-1024')} and read it out over the phone

**Lessons:** temporary passwords must be one-time and never written in tickets.

Please rewrite the lessons-learned section for the customer's board.`),

  rec('notes_nl', f`Notulen migratie LIMS (melklab Heerenveen), 19 nov

- Nieuwe DB-server staat, connectie: \`Host=db-lims02;Database=lims;Username=lims_app;Password=${v('credential.connection_string_password', 'Melkvet#2024-lab')}\`
- Export van leveranciers met contactgegevens voor de nieuwe portal: o.a. ${v('pii.email', 'maatschap.devries@ziggo.nl')}, ${phone('0513 42 87 61', 'NL')}
- Melkgeld-IBAN's gaan NIET mee naar de portal (blijven in Exact), voorbeeld van wat eruit moet: ${v('financial.iban', 'NL49 ABNA 1755 3489 26')}
- Actie Pieter: wachtwoord roteren na go-live

Kun je hier een nette actielijst van maken met eigenaar en deadline?`),

  rec('email_thread', f`Can you summarise this thread and list what's still open?

From: Hodan Abdi <${v('pii.email', 'h.abdi@cashrelief-so.org')}>
To: M&E team
Subject: Re: Round 3 data – Baidoa

The KoboToolbox export now works with the new token (${v('credential.generic_secret_assignment', KOBO)}), but 212 households still have no phone number. Field team lead Ahmed can be reached on ${phone('+252 61 548 2917')} if you need the paper forms.

> From: Tom Becker
> The sheet with beneficiary names must stay ${v('confidential.marking', 'CONFIDENTIAL')} — please don't attach it to e-mails, use the SharePoint link.`),

  rec('email_thread_fr', f`Résume-moi ce fil pour le dossier client, sans les données sensibles :

De : Laurent Castellane
« Voici les passeports pour Olbia : le mien ${v('pii.passport', '19FK48273')}, celui de mon épouse ${v('pii.passport', '21AB93047')}. Pour le solde, débitez la même carte que la dernière fois, ${v('financial.payment_card', '4692 0802 7094 1930')} exp. 05/27. Vous pouvez me joindre au ${phone('+33 6 48 27 19 53')}. »

De : ops Azur Jet Broker
« Bien reçu, nous débitons 38 750 € ce jour. Reçu envoyé à ${v('pii.email', 'l.castellane@castellane-holding.fr')}. »`),

  rec('code_python', f`Our pytest fixture for the report-card generator fails on the second pupil. Also — is it OK to have real-looking data in tests?

${v('source_code.snippet', f`import pytest
from reports.cards import render_card

@pytest.fixture
def pupils():
    return [
        {"name": "Amara Nwosu-Clarke", "form": "8H", "dob": "${v('pii.date_of_birth', '2012-03-17')}",
         "parent_email": "${v('pii.email', 'chidinma.nwosu@btinternet.com')}", "attendance": 0.962},
        {"name": "Leo Brandt", "form": "8H", "dob": "${v('pii.date_of_birth', '2011-12-02')}",
         "parent_email": "${v('pii.email', 'brandt.family@gmail.com')}", "attendance": None},
    ]

def test_render(pupils):
    for p in pupils:
        html = render_card(p)
        assert p["name"] in html
        assert "%" in html`)}`),

  rec('stacktrace', f`BIM-Sync-Dienst stürzt nachts ab, Log anbei:

${amb('source_code.snippet', f`2024-11-20 02:00:14 ERROR BimSync.Worker - Sync failed for project 2024-031
System.Data.SqlClient.SqlException (0x80131904): Login failed for user 'bim_sync'.
   at System.Data.SqlClient.SqlInternalConnectionTds..ctor(...)
   at BimSync.Data.Repo.Open(String cs) in D:\\src\\BimSync\\Data\\Repo.cs:line 41
   ConnectionString: Server=SQL-BIM03\\BIM;Database=BimIndex;User Id=bim_sync;Password=${v('credential.connection_string_password', 'Sync!Bim-03-Ffm')}
2024-11-20 02:00:14 INFO  BimSync.Notify - mail sent to ${v('pii.email', 'j.petersen@bimhaus.de')}`)}

Warum steht das Passwort überhaupt im Log?`),

  rec('stacktrace', f`JazzCash disbursement callback crash hua, yeh trace hai:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/app/payouts/jazzcash.py", line 88, in disburse
    resp = client.post(URL, json=payload, auth=("CT-MZG-01", "${v('credential.password_assignment', JAZZ_PW)}"))
  File "/usr/lib/python3.11/site-packages/httpx/_client.py", line 1145, in post
httpx.ReadTimeout: timed out
payload={'msisdn': '${phone('03335172840', 'PK')}', 'amount': 12500, 'ref': 'MZG-R2-00417'}`)}

Kya retry se double payment ho sakta hai?`, 'the password is a positional basic-auth tuple in a traceback'),

  rec('handover_zh', f`请把交接文档整理成清单：

- 项目文件服务器：ftp://shanghai_pm:${v('credential.url_password', 'Pm@Shanghai2024')}@files.bimhaus.cn/2024-SIS/
- 甲方联系人：周经理 ${phone('+86 138 1047 2956')}，${v('pii.email', 'zhou.jl@sis-edu.cn')}
- 施工图审查意见 已回复 12 条，剩余 3 条（消防）
- 下周二 现场例会`),

  rec('onboarding', f`Please draft the welcome SMS and email for our new field officer in Las Anod, in Somali and English:

Name: Ayaan Maxamed Jaamac
Work email: ${v('pii.email', 'a.jaamac@cashrelief-so.org')}
Phone: ${phone('+252 90 7441820')}
Temporary Office 365 password: ${v('credential.password_in_prose', 'Lasanod#2024x')} (change at first login)
Start: 2 December, induction in Hargeisa`),

  rec('ops_handover', f`Night handover – charter ops desk, 21 Nov

- AJB611 Olbia confirmed, catering Cipriani, 3 pax. Client mobile ${phone('+33 6 48 27 19 53')}
- AJB614 Dubai → Nice: operator wants the transfer to ${v('financial.iban', 'AE96 4253 4310 3994 8360 076')} before 12:00 UTC
- Mailgun for the quote e-mails failed again, key in the config is ${v('credential.mailgun_api_key', MAILGUN)}, please check with IT
- Card for Q-24-0877 ends 4412 (authorised)

Make this a clean bullet list for the morning team.`),

  rec('csv_hu', f`Az e-napló exportban benne maradt a kezdeti jelszó oszlop. Kérlek, írj egy Python szkriptet, ami kitörli, és az e-mail címeket is álnevesíti:

${amb('source_code.snippet', f`nev;osztaly;email;kezdeti_jelszo
Farkas Bence;10.B;${v('pii.email', 'farkas.bence@diak.bolyai-gimi.hu')};${v('credential.password_assignment', 'Bolyai-7731')}
Kiss Lilla;10.B;${v('pii.email', 'kiss.lilla@diak.bolyai-gimi.hu')};${v('credential.password_assignment', 'Bolyai-2904')}
Tóth Ádám;10.C;${v('pii.email', 'toth.adam@diak.bolyai-gimi.hu')};${v('credential.password_assignment', 'Bolyai-5518')}`)}`),

  rec('onboarding_form', f`New managed-SOC customer intake form – please check it's complete and tell me what we should NOT have received by e-mail:

Customer: AgriLogix GmbH
Primary contact: Dr. Jana Wittstock, ${v('pii.email', 'j.wittstock@agrilogix.de')}, ${phone('+49 171 4839205')}
Tenant: agrilogix.onmicrosoft.com
Break-glass admin: bg-admin / ${v('credential.user_password_pair', 'Agr1L0gix!BreakGlass')}
Public IP ranges: ${amb('pii.ip_address', '195.145.88.0')}/27, ${amb('pii.ip_address', '62.153.201.64')}/28
Slack for alerts: bot token ${v('credential.slack_bot_token', SLACK_BOT)}
Billing: invoice, IBAN ${v('financial.iban', 'DE02 9958 9329 7129 6255 91')}`),

  rec('chat_id', f`Rekonsiliasi penyaluran tahap 2 Cianjur: ada 3 penerima yang dananya kembali. Tolong buat surat ke Pos Indonesia:
- Siti Aminah, HP ${phone('0852-1937-4408', 'ID')}
- Dedi Kurniawan, HP ${phone('+62 812 3849 2751')}
- Ujang Saepudin, HP ${phone('0813-2947-1856', 'ID')}
Laporan ekspor dari portal (link berlaku 7 hari): https://cashprogid.blob.core.windows.net/laporan/rekonsiliasi_t2.xlsx?sv=2023-11-03&se=2024-11-30T00%3A00%3A00Z&sr=b&sp=r&sig=${v('credential.azure_sas_token', SAS_SIG)}`),

  rec('email_de', f`Betreff: Lieferantenwechsel Hof Brenner – ${v('confidential.marking', 'VERTRAULICH')}

Hallo Frau Maier,

die Hofgemeinschaft Brenner wechselt zum 1.1. zur Molkerei Bergland. Bitte die Schlussabrechnung auf ${v('financial.iban', 'DE61241954806150674687')} anweisen und Herrn Brenner (${phone('0171 4839205', 'DE')}) informieren. Seine Steuer-ID für die Jahresbescheinigung: ${v('pii.de_steuer_id', '42138225677')}.

Kannst du mir eine freundliche Abschiedsmail an Herrn Brenner formulieren?`),
];
