/**
 * Held-out batch 18: longer documents mixing categories — claim files, AML case notes, incident
 * tickets, settlement drafts, campaign handovers, payment files. Hand-written, not measured yet.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, HEX, fill, gh, jwt, tok } from '../tokens';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const ip = (s: string) => amb('pii.ip_address', s);
const iban = (s: string) => v('financial.iban', s);
const bic = (s: string) => amb('financial.swift_bic', s);
const mark = (s: string) => v('confidential.marking', s);

const GHP = gh('ghp', fill('b18m-ghp', B62, 30));
const AKIA = tok('AKIA', fill('b18m-akia', B32, 16));
const AWS_SECRET = fill('b18m-awssec', B64, 40);
const FB = tok('EAA', 'Jz', fill('b18m-fb', B62, 160));
const MAILCHIMP = tok(fill('b18m-mc', HEX, 32), '-us6');
const PORTAL_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'broker-4471', name: 'Kessler Makler GmbH', role: 'broker', iat: 1739950211, exp: 1739953811 }, 'b18m-jwt');
const SG = tok('SG.', fill('b18m-sg1', B64URL, 22), '.', fill('b18m-sg2', B64URL, 43));

export const BATCH18_MIXED: DraftRecord[] = [
  rec('email_chain', f`From: Graham Tierney <${email('g.tierney@tierney-adjusters.example.co.uk')}>
Sent: 18 February 2025 17:02
To: Major Loss Team
Subject: ${mark('CONFIDENTIAL')} — Fire at Hollins Mill Bakery, claim ML-2025-00417

All,

Interim report attached. Cause: electrical fault in the proving room, no evidence of arson. Reserve recommendation £1.84m (buildings £1.1m, stock £0.22m, BI £0.52m).

Insured contact: Mr Dev Chauhan, MD — ${phone('07852 418396', 'GB')}, ${email('dev@hollinsmillbakery.example.co.uk')}. He has asked for an interim payment of £150,000 to ${iban('GB73 BARC 2000 0067 7496 71')}; bank letter received and verified by call-back.

Our portal login for your team to see the photos: user MLT-guest, password ${v('credential.password_in_prose', 'Hollins-Fire-0218')} (expires in 14 days).

Graham

--- please draft the reply approving the interim payment subject to the BI documentation ---`),

  rec('aml_case', f`AML alert #A-2025-01192 — case notes (draft, pls improve structure and wording)

Subject: Marek Horváth, DOB ${dob('24.11.1990')}, Slovak national, passport ${v('pii.passport', 'BA4827193')}
Accounts: ${iban('SK42 1100 6054 0338 7982 6493')} (salary), ${iban('AT87 3200 0853 8980 7296')} (opened 01/2025 with us)
Trigger: 9 cash deposits of €9,200–9,800 within 12 days at 4 branches.
Outgoing: €84,500 to ${iban('HR41 2340 0091 4185 1168 0')} (BIC ${bic('PBZGHR2X')}), reference "loan repayment".
Online banking logins: ${ip('91.148.7.22')} (Bratislava), ${ip('178.40.19.203')}, one from ${ip('45.83.91.140')} (VPN provider).
Phone on file: ${phone('+421 905 482 719')}

Assessment: pattern consistent with structuring; no plausible economic background given in the interview on 14.02. Recommend SAR filing.`),

  rec('ticket', f`INC0048213 — Public GitHub repo with student data (reported by a student)

Summary: A research assistant pushed the repo "survey-cleaning" as public. It contains:
1. config.py with a personal access token: GITHUB_TOKEN = "${v('credential.github_pat', GHP)}"
2. responses_raw.csv — first rows:
${amb('source_code.snippet', f`resp_id,email,age,faculty,ip
R0001,${email('t.moreau@etu.univ-exemple.fr')},22,Droit,${ip('77.136.41.208')}
R0002,${email('ines.b2003@gmail.com')},21,Médecine,${ip('109.212.88.14')}`)}
3. an AWS key in a notebook cell: ${v('credential.aws_access_key_id', AKIA)} / ${v('credential.aws_secret_access_key', AWS_SECRET)}

Actions so far: repo made private 11:40, token revoked 11:52. AWS key not yet rotated (owner on leave).

Write the incident summary for the DPO and a list of next steps.`),

  rec('incident_ot', f`${mark('TLP:AMBER')}

Störungsbericht Umspannwerk Grünau — 16.02.2025, 02:14 Uhr

Ablauf: Die Fernwirkverbindung zur Leitstelle fiel für 38 Minuten aus. Ursache laut Dienstleister: abgelaufenes Zertifikat am VPN-Konzentrator (${ip('10.40.12.1')}). Während der Störung hat sich der Techniker des Herstellers über den Notfallzugang auf die Engineering-Workstation ${ip('10.40.12.35')} eingeloggt — Benutzer "svc_vendor", Passwort laut Übergabeprotokoll ${v('credential.password_in_prose', 'Gruenau!UW-2019')} (seit 2019 nicht geändert!).

Rufbereitschaft: Hr. Kowalczyk, ${phone('0171 4827391', 'DE')}

Bitte formuliere daraus eine Meldung an die IT-Sicherheit mit Handlungsempfehlungen.`),

  rec('settlement', f`${mark('PRIVILEGED & CONFIDENTIAL — SETTLEMENT COMMUNICATION')}

DRAFT SETTLEMENT AGREEMENT

between
(1) Ms Catarina Sousa Ferreira, born ${dob('9 May 1985')}, of Rua do Almada 212, Porto ("the Employee"), and
(2) Atlântico Seguros S.A. ("the Company").

3. Payment. The Company shall pay the Employee EUR 42,000 gross within 14 days of signature to the account ${iban('PT13 0035 0651 6790 4708 7180 4')}.
7. Confidentiality. The parties shall keep the terms of this agreement confidential.
11. Notices to the Employee: ${email('catarina.sferreira@sapo.pt')}

Check clause 3 against Portuguese tax withholding rules and flag anything missing.`, 'clause 7 is an obligation in the text, not a marking: unlabelled'),

  rec('handover', f`Campaign handover — Stadtbäckerei Krume (I'm off from Monday, Julia takes over)

Contacts
- Client: Frau Petra Krume, ${email('p.krume@krume-backwaren.example.de')}, ${phone('+49 30 4829 1736')}
- Photographer: Luca Bianchi, ${phone('+39 338 471 2059')}

Access
- Meta Ads system user token (expires 30.04.): ${v('credential.facebook_access_token', FB)}
- Mailchimp: ${v('credential.mailchimp_api_key', MAILCHIMP)} (list "Brotabo Kunden")
- Ad spend card on file: Visa •••• 4417 (agency card, NOT the client's)

Open points: Easter reel needs approval by 20.03., Google Ads budget raise pending.

Turn this into a clean handover checklist, please.`, 'the masked card (last four) is not a card number'),

  rec('code_python', f`Test for the lapse model keeps failing on CI but passes locally, can you see why?

${v('source_code.snippet', f`import psycopg2
import pandas as pd
import pytest

conn = psycopg2.connect(host="pg-akt-test", dbname="lapse", user="akt_rw", password="${v('credential.password_assignment', 'Storno&Quote2024')}")

POLICYHOLDERS = pd.DataFrame([
    {"policy": "LV-100482", "name": "Brigitte Sommer", "dob": "${dob('1961-04-12')}", "premium": 84.10},
    {"policy": "LV-100517", "name": "Kemal Aydın", "dob": "${dob('1979-09-03')}", "premium": 52.75},
])

def test_lapse_rate_bounds():
    rates = predict_lapse(POLICYHOLDERS, conn)
    assert ((rates >= 0) & (rates <= 1)).all()`)}`, 'a test fixture with real-looking personal data: source code with PII and a password inside'),

  rec('xml', f`Bank rejected our pain.001 with "FF01 invalid file format" — can you find the problem?

${amb('source_code.snippet', f`<CdtTrfTxInf>
  <PmtId><EndToEndId>SUPPL-2025-0211-07</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">12840.50</InstdAmt></Amt>
  <CdtrAgt><FinInstnId><BIC>${bic('BNPAFRPPXXX')}</BIC></FinInstnId></CdtrAgt>
  <Cdtr><Nm>Maintenance Réseaux Lyon SARL</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>${iban('FR5820041010050254354248924')}</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>INV 2025-0198</Ustrd></RmtInf>
</CdtTrfTxInf>
<CdtTrfTxInf>
  <PmtId><EndToEndId>SUPPL-2025-0211-08</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">3 400.00</InstdAmt></Amt>
  <CdtrAgt><FinInstnId><BIC>${bic('RABONL2U')}</BIC></FinInstnId></CdtrAgt>
  <Cdtr><Nm>Van Dijk Meettechniek B.V.</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>${iban('NL76RABO3252594442')}</IBAN></Id></CdtrAcct>
</CdtTrfTxInf>`)}`),

  rec('spreadsheet', f`International office — can you write individual emails to these three students about the missing BRP collection? Rows from our tracker:

Name	Student ID	NI no.	Email	Mobile	DOB
Arjun Mehta	2418307	${v('pii.uk_nino', 'JK080646B')}	${email('arjun.mehta2418@student.uni-leeds.example.ac.uk')}	${phone('+44 7700 184 392')}	${dob('12/01/2002')}
Chidinma Eze	2418452	${v('pii.uk_nino', 'NP576542B')}	${email('c.eze@student.uni-leeds.example.ac.uk')}	${phone('+234 803 482 7193')}	${dob('28/06/2000')}
Nguyễn Minh Anh	2418511	—	${email('minhanh.nguyen@student.uni-leeds.example.ac.uk')}	${phone('+84 912 384 705')}	${dob('03/03/2003')}

Keep it friendly, mention the Post Office deadline of 28 Feb.`),

  rec('transcript_es', f`Transcripción de llamada — línea de cobranza, 17/02/2025 10:31

Agente: Buenos días, habla Daniela de Energía del Valle, ¿con quién tengo el gusto?
Cliente: Con Ramiro Quintero.
Agente: Para validar identidad, ¿me confirma su fecha de nacimiento?
Cliente: ${dob('12 de agosto de 1972')}.
Agente: Gracias. Tiene un saldo vencido de $486.900. ¿Desea pagar ahora?
Cliente: Sí, con la tarjeta ${v('financial.payment_card', '5247 6630 1675 5479')}, vence 03/28.
Agente: Listo. El comprobante le llega al correo ${email('rquintero72@hotmail.com')}. ¿Su celular sigue siendo el ${phone('+57 310 482 7391')}?
Cliente: Sí.

Necesito un resumen para el CRM sin datos de la tarjeta.`),

  rec('notes_nl', f`Notulen werkoverleg schade-afhandeling 13-02 — ${mark('Vertrouwelijk')}

1. Fraudesignaal polis WA-0084172: verzekerde (J. de Boer, ${phone('06 29481736', 'NL')}) meldde binnen 3 weken twee keer diefstal van dezelfde e-bike. Uitkering op ${iban('NL85 INGB 6488 2477 86')} on hold gezet.
2. Nieuwe gedeelde map voor expertiserapporten: \\\\fs02\\schade\\expertise — wachtwoord voor het zip-archief van het expertisebureau is ${v('credential.password_in_prose', 'Expertise2025!')} .
3. Volgende overleg 27-02.

Maak hier een nette actielijst van met eigenaar en deadline.`),

  rec('stack_trace', f`Broker portal throws 500 on quote download since the deploy. Log excerpt:

${amb('source_code.snippet', f`2025-02-19 09:30:14,882 ERROR [http-nio-8443-exec-7] c.h.portal.QuoteController - download failed
  user=${email('m.kessler@kessler-makler.example.de')} remoteAddr=${ip('62.154.201.77')}
  authorization=Bearer ${v('credential.jwt', PORTAL_JWT)}
java.lang.NullPointerException: Cannot invoke "Quote.getPdfPath()" because "q" is null
	at com.helvetia.portal.QuoteController.download(QuoteController.java:118)
	at jdk.internal.reflect.GeneratedMethodAccessor412.invoke(Unknown Source)`)}

why would q be null only for some brokers?`),

  rec('hr_pt_br', f`Oi! Me ajuda a revisar o e-mail de boas-vindas e a checklist de admissão da nova analista de mídia?

Dados:
Nome: Fernanda Oliveira Santos
CPF: ${v('pii.br_cpf', '244.491.444-90')}
Nascimento: ${dob('17/02/1996')}
E-mail pessoal: ${email('fe.oliveira.santos@gmail.com')}
Celular: ${phone('+55 21 99827-4130')}

Acesso às ferramentas: Google Workspace, Meta Business, e o SendGrid da agência (chave ${v('credential.sendgrid_api_key', SG)} — eu sei, não devia estar aqui, vou tirar).`),

  rec('mt103', f`Payment stuck at the intermediary for three days. Our MT103 as sent — anything wrong in field 57A or 59?

${amb('source_code.snippet', f`{1:F01${bic('RBREATW1AXXX')}0000000000}{2:I103${bic('IRVTUS3NXXXX')}N}{4:
:20:TRS250214-0388
:23B:CRED
:32A:250214USD245000,00
:50K:/${iban('AT922011135633848668')}
RAIFFEISEN REGIONALBANK TREASURY
:57A:${bic('LKCBUS44')}
:59:/${ambCat('financial', '4471903826')}
NORDHAFEN ENERGY TRADING LLC
:70:INV NH-2025-017
:71A:SHA
-}`)}

the beneficiary bank's ABA is ${v('financial.aba_routing', '071000013')} — should it be in 57D instead?`, 'sender and receiver addresses in the header blocks are BICs too: ambiguous'),

  rec('slack_export', f`#ag-hydrology — exported thread, can you summarise the decisions?

[09:12] Dr. Sina Rahimi: dataset for the Danube sediment paper is on the shared bucket now
[09:14] Jakob Gruber: thx! can't access, which credentials?
[09:15] Dr. Sina Rahimi: use the project user: ${v('credential.aws_access_key_id', tok('AKIA', fill('b18m-akia2', B32, 16)))} / ${v('credential.aws_secret_access_key', fill('b18m-awssec2', B64, 40))}
[09:16] Jakob Gruber: works 👍
[09:40] Maria Lechner: reviewer 2 wants the station metadata — Sina can you send to ${email('maria.lechner@boku.example.ac.at')}?
[09:41] Dr. Sina Rahimi: will do. also the field assistant's number for the Hainburg site is ${phone('+43 664 3821 907')}`),
];
