/** Held-out batch 4: texts that mix categories — threads, exports, notebooks, runbooks, postmortems. Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, jwt, tok } from '../tokens';

const GHP = gh('ghp', 'Ns7Ft3Kq9Wb1Lx5Rm8Hc2Vd6Jz4Gp0');
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T06', fill('b4m-sh1', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 7), '/B08', fill('b4m-sh2', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 8), '/', fill('b4m-sh3', B62, 24));
const JWT_ADMIN = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'admin-7', roles: ['payroll:approve'], iat: 1733212800, exp: 1733299200 }, 'b4m-jwt');
const DD_API = fill('b4m-ddapi', HEX, 32);
const OPENAI_SVC = tok('sk-', 'svcacct-', fill('b4m-oasvc1', B64URL, 74), 'T3Blbk', 'FJ', fill('b4m-oasvc2', B64URL, 74));

export const BATCH4_MIXED: DraftRecord[] = [
  rec('email_thread', f`Can you summarise this thread in three lines?

From: Ruairí Brennan <${v('pii.email', 'r.brennan@pellucidfreight.nl')}>
Sent: Tuesday, 3 December 2024 16:02
To: Finance NL <${v('pii.email', 'finance.nl@pellucidfreight.nl')}>
Subject: RE: vendor bank change – Van Dalen Koeltransport

Their controller called me from ${phone('+31 6 4192 8375')} to confirm. New account ${v('financial.iban', 'NL18RABO0317492856')}. I've checked it against the signed letter.

> From: Finance NL
> Please don't process until we have a call-back to the number on file.`),

  rec('postmortem', f`Postmortem draft — payroll approval outage (Sundial Payroll), 29 Nov

- 07:55 approvals fail with 500
- 08:10 on-call finds the admin JWT in the runbook expired: ${v('credential.jwt', JWT_ADMIN)}
- 08:30 new token issued, approvals resume
- 09:00 CS informs 41 customers; escalations to ${v('pii.email', 'escalations@sundial-payroll.co.uk')}

Action: no long-lived tokens in runbooks. Make this sound less like a blame doc.`),

  rec('notebook', f`${amb('source_code.snippet', f`In [3]: import os, pandas as pd
        from openai import OpenAI
        client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI_SVC)}")
In [4]: df = pd.read_csv("complaints_q4.csv")
        df.head(2)
Out[4]:    ticket           customer_email  category
        0  T-7712  ${v('pii.email', 'j.okafor@yahoo.co.uk')}  delivery
        1  T-7713  ${v('pii.email', 'sanne.devries@kpnmail.nl')}  billing`)}

how do I batch the classification calls so it's cheaper?`),

  rec('hr_export', f`${amb('source_code.snippet', f`employee_no,name,ni_number,dob,bank_iban,email
SP-1021,Jamie Abernethy,${v('pii.uk_nino', 'SK 82 03 61 A')},${v('pii.date_of_birth', '1988-05-21')},${v('financial.iban', 'GB91BARC20714583920174')},${v('pii.email', 'jamie.abernethy@sundial-payroll.co.uk')}
SP-1022,Morag Kerr,${v('pii.uk_nino', 'HT382915D')},${v('pii.date_of_birth', '1979-12-02')},${v('financial.iban', 'GB29NWBK60161331926819')},${v('pii.email', 'morag.kerr@sundial-payroll.co.uk')}`)}

Convert this to the pension provider's format: surname first, dob as DD/MM/YYYY.`, 'a "dob" column header counts as the birth word for each row'),

  rec('slack_export', f`Slack export, #release channel — can you pull out the decisions?

[09:14] ana.caldeira: release 3.8.1 is tagged
[09:15] deploy-bot: posted to ${v('credential.slack_webhook_url', SLACK_HOOK)} OK
[09:17] tom.novotny: the GH token in the deploy script is mine (${v('credential.github_pat', GHP)}), please swap to the app token before Friday
[09:20] ana.caldeira: ack, will rotate`),

  rec('legal_mail', f`Subject: ${v('confidential.marking', 'CONFIDENTIAL')} – Brennan v Pellucid Freight – witness list

Counsel,

Please find below the contact details you asked for:
- Hendrik Achterberg, former shift lead, ${phone('+31 6 4192 8375')}
- Sanne de Vries, HR adviser, ${v('pii.email', 'sanne.devries@kpnmail.nl')}

Tidy this into a table for the bundle.`),

  rec('support_chat', f`Transcript — chat with customer, 04/12 11:32
Customer: hi, my card ${v('financial.payment_card', '5172 0483 9216 4851')} got charged but the order says failed
Agent: sorry about that! can you confirm the e-mail on the order?
Customer: ${v('pii.email', 'baptiste.roux@free.fr')}
Agent: thanks, I see order TL-2024-80412 in "payment pending"

Write the internal summary and remove what shouldn't be in the ticket.`),

  rec('runbook', f`Runbook: rotate Datadog keys (Halvard Ship Supply)

1. Create a new API key in Organization Settings → API Keys.
2. Update the agent: sed -i 's/^api_key:.*/api_key: NEW/' /etc/datadog-agent/datadog.yaml
3. Old key to revoke after 24 h: ${v('credential.datadog_api_key', DD_API)}
4. Notify ${v('pii.email', 'ops@halvard-ship.no')} when done.

Rewrite as a checklist.`),

  rec('chat_es', f`Hola, necesito ayuda con un correo a la gestoría. Datos del nuevo empleado: Diego Navarro Ruiz, DNI ${v('pii.es_dni', '25049318H')}, nacido el ${v('pii.date_of_birth', '11/07/1997')}, cuenta para la nómina ${v('financial.iban', 'ES3121000418450200519273')}. Que sea breve y formal.`),

  rec('chat_de', f`Bitte formuliere eine Nachricht an den neuen Mitarbeiter: Willkommen bei Ashgrove Robotics! Dein Zugang zum Zeiterfassungssystem: Benutzer "j.weber", das Passwort lautet ${v('credential.password_in_prose', 'Tannenzapfen#28')} (bitte beim ersten Login ändern). Bei Fragen: ${v('pii.email', 'it-support@ashgrove-robotics.de')} oder ${phone('+49 172 4830915')}.`),

  rec('incident_tr', f`Olay raporu (taslak) – 02.12.2024
Müşteri verilerinin bulunduğu yedek dosyası yanlışlıkla herkese açık bir bucket'a yüklendi. Dosyada e-posta adresleri (ör. ${v('pii.email', 'mehmet.kaya@gmail.com')}) ve telefon numaraları (ör. ${phone('+90 532 418 27 96')}) var.

KVKK bildirimi için bu raporu İngilizce ve Türkçe olarak düzenler misin?`),

  rec('board_pack', f`${v('confidential.marking', 'STRICTLY PRIVATE & CONFIDENTIAL')}
Board pack — Tannery Lane Group — December 2024
Item 5: banking. Move the operating account to ${v('financial.iban', 'IE29AIBK93115212345678')} effective 1 February; signatories: CFO and one director.
Contact for the bank: relationship manager ${amb('pii.phone', '+44 161 496 0000')}.

Draft the board resolution wording.`, '+44 161 496 0xxx is an Ofcom drama number: ambiguous, like 555-01xx'),
];
