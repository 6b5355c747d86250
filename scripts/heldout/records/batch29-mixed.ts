/**
 * Held-out batch 29: longer texts mixing categories — incident notes, handovers, exports, stack
 * traces and e-mail threads from the batch's six organisations. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, pem, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '2290471836', '4-', '8013395527106-', fill('b29m-xoxb', B62, 24));
const GHP = gh('ghp', 'Qa5Mz2Xe8Nr4Wk1Jt7Lp3Cv9By6Hd0');
const OSSH = pem('OPENSSH PRIVATE KEY', 'b29m-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const SENTRY_KEY = fill('b29m-sentry', HEX, 32);
const GOOGLE = tok('AIza', 'Sy', fill('b29m-gapi', B64URL, 33));
const SG = tok('SG.', fill('b29m-sg1', B64URL, 22), '.', fill('b29m-sg2', B64URL, 43));
const mark = (s: string) => v('confidential.marking', s);
const OPENAI = tok('sk-proj-', fill('b29m-oai1', B64URL, 74), 'T3BlbkFJ', fill('b29m-oai2', B64URL, 74));

export const BATCH29_MIXED: DraftRecord[] = [
  rec('incident', f`# Incident 2024-12-02: beneficiary SMS sent to wrong group

**What happened:** the bulk SMS "your cash transfer for December is ready" went to 2,140 numbers in the Bekaa list instead of 214 in the pilot group.
**Cause:** the export script read the old CSV. Example row that should not have been included: Nour Al-Hassan, ${phone('+961 76 318 442')}, ${v('pii.email', 'nour.alhassan94@gmail.com')}.
**Fix:** the script now reads from the API with the service account (svc_sms / ${v('credential.password_in_prose', 'Cedar!Bekaa2024')} — to be rotated today by Rami).
**Follow-up:** apology SMS in Arabic.

Please rewrite this for the donor report without personal data or credentials.`),

  rec('handover', f`Handover for Ana while I'm on leave (Croatian distribution):

- Bura Distribucija pays to ${v('financial.iban', 'HR27 2360 0000 6778 2967 6')}; invoice 2024-0871 is still open.
- Their buyer is Luka Perić, ${phone('098 412 736', 'HR')}, ${v('pii.email', 'luka.peric@buradistribucija.hr')}.
- The order portal login for Split is skladiste.split, password in the shared vault (not here).
- Slack bot that posts keg returns: token ${v('credential.slack_bot_token', SLACK_BOT)} lives in the .env on the taproom Pi.

Make this into a clean checklist.`),

  rec('trace', f`Admissions portal crashes when a parent uploads a HEIC photo:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/portal/app/uploads.py", line 88, in save_document
    img = Image.open(fh)
  File "/usr/lib/python3/dist-packages/PIL/Image.py", line 3283, in open
    raise UnidentifiedImageError(msg)
PIL.UnidentifiedImageError: cannot identify image file <_io.BytesIO object at 0x7f3a2c1e9b80>

Request: POST /apply/A25-0433/documents  user=${v('pii.email', 'sarah.lindqvist@gmail.com')}  ip=${amb('pii.ip_address', '116.87.204.19')}
Sentry DSN: ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508113.ingest.us.sentry.io/4508113290`)}`)}

How do I support HEIC with Pillow?`),

  rec('csv', f`Finance asked for a list of overdue lessees with contacts and bank details for the collection agency:

${amb('source_code.snippet', f`lessee,country,contact,phone,email,iban,overdue_usd
Saigon Reefer Logistics,VN,Mr Hoang Nam,${phone('+84 28 3821 4476')},${v('pii.email', 'nam.hoang@saigonreefer.vn')},,48210.00
Amman Cold Stores,JO,Ms Dana Qasem,${phone('+962 77 914 3826')},${v('pii.email', 'dana.q@ammancold.jo')},${v('financial.iban', 'JO11 ARAB 1180 6789 6259 0863 3043 04')},12875.50
Thames Box Hire,GB,Mr Paul Byrne,${phone('+44 7586 214903')},${v('pii.email', 'paul@thamesboxhire.co.uk')},${v('financial.iban', 'GB76 LOYD 3096 3455 4089 44')},6320.00`)}

Write the cover letter to the agency.`),

  rec('email_thread', f`From: Vikram Nair <${v('pii.email', 'vikram.nair@orbitane.io')}>
To: DevOps <${v('pii.email', 'devops@orbitane.io')}>
Subject: deploy key for the archive mirror

Here's the deploy key for the Bengaluru mirror, please add it to the box:

${v('credential.openssh_private_key', OSSH)}

And the maps key for the public viewer is ${v('credential.google_api_key', GOOGLE)} (restricted to *.orbitane.io).

Call me on ${phone('+91 80 4127 9930')} if anything fails.

---
Can you rewrite this mail so it doesn't contain the secrets and says "see 1Password" instead?`),

  rec('meeting_notes', f`Notulen overleg depot Waalhaven, 3 december

Aanwezig: Joost, Sanne, Pieter (IT)
1. Nieuwe gate-camera's: Pieter zet de registry-login in Vault. Tijdelijk staat de GitHub-token voor de firmware-repo in de README (${v('credential.github_pat', GHP)}) — moet vandaag weg.
2. Klant Thames Box Hire betaalt niet; incassobureau inschakelen (contact ${v('pii.email', 'collections@incasso-rijnmond.nl')}).
3. Joost belt de verzekeraar: ${phone('+31 70 318 4472')}.

Kun je hier een Engelse samenvatting van maken voor Singapore?`),

  rec('intake_export', f`${amb('source_code.snippet', f`case_id;name;dob;phone;nationality;passport;notes
NL-1201;Olena Kravets;${v('pii.date_of_birth', '1988-02-14')};${phone('+380 93 517 2846')};UA;${v('pii.passport', 'FE592738')};single mother, 2 children
NL-1202;Reza Mohammadi;${v('pii.date_of_birth', '1995-09-30')};${phone('0912 847 3621', 'IR')};IR;;asylum interview 12 Dec
NL-1203;Yusuf Darwish;${v('pii.date_of_birth', '1979-06-01')};${phone('+963 944 318 270')};SY;${v('pii.passport', 'N009273841')};family reunification`)}

Count by nationality and show the next interview dates.`),

  rec('chat', f`Can you help me debug our school-fees checkout? Log from the payment service:

${amb('source_code.snippet', f`2024-12-05 09:14:22 ERROR fees-svc charge failed parent=${v('pii.email', 'anand.krishnan@yahoo.co.in')} card=${v('financial.payment_card', '4408063776080143')} amount=SGD 9,850.00 code=do_not_honor
2024-12-05 09:14:22 ERROR fees-svc mailer SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)} status=401`)}

Two problems at once: card declined and the failure mail didn't go out. Also why is the full card number in the log?`),

  rec('email', f`Dear Mr de Vries,

Following today's viewing at Rotterdam Distripark, I confirm our client's interest in Hall C (11,400 m²). Their contact for technical questions is Ms Lin Mei, ${phone('+86 21 6138 4725')}, ${v('pii.email', 'lin.mei@shanghai-forwarding.cn')}.

The holding deposit of EUR 25,000 will be wired from ${v('financial.iban', 'NL53 INGB 4989 9418 39')} once the HoTs are signed.

${v('confidential.marking', 'Subject to contract and strictly confidential')}.

Kind regards,
Harriet Lowe`),

  rec('notes_uk', f`Нотатки зустрічі з волонтерами в Гаазі:
- Нова волонтерка Ірина (${v('pii.email', 'iryna.volunteer@gmail.com')}, ${phone('+31 6 4187 2093')}) допомагатиме з перекладами.
- Пароль до спільного ноутбука: ${v('credential.password_in_prose', 'Tulpen2024!Den')} — не пересилати!
- Родина Ткаченко: рахунок для відшкодування ${v('financial.iban', 'UA89 3052 9905 6623 3129 1113 7531 2')}.

Зроби з цього коротке резюме англійською без пароля.`),

  rec('config_review', f`Code review comment please — is this acceptable for the brewery's order API?

\`\`\`python
${v('source_code.snippet', f`OPENAI_KEY = "${v('credential.openai_api_key', OPENAI)}"
ADMIN_EMAIL = "${v('pii.email', 'gunnar@northfold.is')}"
DB_DSN = "postgresql://orders:${v('credential.database_url_password', 'Ölgerð-Reykjavík!7')}@${amb('pii.ip_address', '10.0.3.7')}/orders"

def describe_beer(name: str, style: str) -> str:
    return ask_llm(f"Write a 40-word description of {name}, a {style}, for our webshop.")`)}
\`\`\``),

  rec('hr_payroll', f`UK payroll corrections for December — please format as a table:
1. Daniel Okafor, NI ${v('pii.uk_nino', 'PX716471C')}: back-pay for November overtime, £412.50.
2. Grace Whitfield, NI ${v('pii.uk_nino', 'SL 25 48 40 C')}, new bank: ${v('financial.iban', 'GB93 NWBK 6016 1347 4677 83')}.
3. Marco Bianchi: student loan plan 2 starts.`),

  rec('chat_zh', f`帮我整理一下这些客户信息，做成英文表格：
1. 宁波远航物流 — 联系人 陈伟 ${phone('+86 138 1047 2956')}，邮箱 ${v('pii.email', 'chenwei@yuanhang-log.cn')}
2. 厦门海联 — 联系人 林小红，邮箱 ${v('pii.email', 'lin.xh@hailian-xm.com')}，付款卡号 ${v('financial.payment_card', '4228 6967 5667 5685')}
另外系统登录：用户名 ningbo_ops，密码：${v('credential.password_assignment', 'Beilun@2025')}`),

  rec('incident_sat', f`Postmortem draft — archive bucket exposed for 3 hours

Timeline (IST):
- 14:05 Terraform change made orb-archive-public readable (typo in policy).
- 15:40 Customer ${v('pii.email', 'gis.team@aquaterra-consult.com')} reported they could list all scenes.
- 17:02 Fixed. Access logs show downloads from ${amb('pii.ip_address', '45.83.66.120')} and ${amb('pii.ip_address', '103.21.244.9')}.
Impact: imagery only, no customer data. ${mark('INTERNAL – CONFIDENTIAL')} until legal review.

Make this into an external customer notice.`),

  rec('form_pt', f`Ficha de cadastro de fornecedor — confere se falta algo?
Razão social: Lúpulo Serrano Ltda
CNPJ: 12.418.337/0001-90
Responsável: Carlos Eduardo Pinto, CPF ${v('pii.br_cpf', '492.239.063-42')}
Telefone: ${phone('+55 11 97413-2086')}
E-mail: ${v('pii.email', 'carlos@lupuloserrano.com.br')}
Banco: ${v('financial.iban', 'BR66 7129 7021 3137 5183 1767 892C 1')}
Observação: enviar amostras de Cascade e Saaz brasileiro.`, 'CNPJ is a company number: not personal, unlabelled'),
];
