/**
 * Held-out batch 13: ordinary workplace text with look-alikes (order numbers, versions, hashes,
 * UUIDs, prices, non-birth dates, placeholders, the word "confidential" in prose). Unlabelled apart
 * from ambiguous spans. Hand-written.
 */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B64, HEX, fill } from '../tokens';

const SHA = (seed: string) => fill(seed, HEX, 64);
const COMMIT = (seed: string) => fill(seed, HEX, 40);
const SSH_PUB = `AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b13n-sshpub', B64, 43)}`;

export const BATCH13_NEGATIVES: DraftRecord[] = [
  rec('receipt', f`Can you translate this order confirmation into German for my dad?

Thanks for your order!
Order #: 112-4839201-7719245
Order date: March 16, 2025
Items: 1x Logitech MX Keys S ($109.99), 1x USB-C hub ($34.50)
Subtotal: $144.49 · Tax: $12.64 · Total: $157.13
Paid with Mastercard ending in 3318
Arriving Thursday, March 20`),

  rec('chat', f`We're upgrading from Node 18.19.1 to 20.11.1 and React 17.0.2 to 18.3.1. What breaking changes should I look out for? We also use webpack 5.90.3 and jest 29.7.0.`),

  rec('git', f`I messed up a merge. git log --oneline shows:

${COMMIT('b13n-c1').slice(0, 7)} (HEAD -> main) Merge branch 'feature/export-csv'
${COMMIT('b13n-c2').slice(0, 7)} fix typo in export header
${COMMIT('b13n-c3').slice(0, 7)} add csv export for invoices
${COMMIT('b13n-c4').slice(0, 7)} bump version to 2.8.0

How do I undo the merge commit but keep the two feature commits?`),

  rec('bug_report', f`Users report that report generation hangs. Affected job ids:
- 3f8a2c71-9b4e-4d15-a6f0-2c7e81b9d304
- c19e5a40-7d2b-4f83-b1c6-0e94a7f25d18
- 8b2d7f96-1a3c-4e57-9f08-d6c4b2a1e739
All started between 02:00 and 02:15 UTC. Where would you start looking?`),

  rec('env_example', f`Write a README section explaining these variables:

${amb('source_code.snippet', f`# .env.example
OPENAI_API_KEY=<your-api-key>
DATABASE_URL=postgresql://user:password@localhost:5432/app
ADMIN_PASSWORD=changeme
STRIPE_SECRET_KEY=sk_live_...
SENTRY_DSN=`)}`),

  rec('chat', f`How do I mark a Google Doc as confidential so people outside the company can't open it? Is there something like the sensitivity labels in Office?`),

  rec('chat', f`Our NDA template says "Confidential Information does not include information that is publicly available". Can you explain in plain English what that exclusion means and give two examples?`),

  rec('quote', f`Make this quote look nicer as a table:

Standard plan – 25 users × €12.00/month = €300.00
Onboarding package (one-time) = €1,500.00
Premium support = €180.00/month
Annual total (excl. VAT) = €7,260.00
Quote valid until 30 April 2025, quote no. Q-2025-0412`),

  rec('chat', f`Project timeline check: kickoff was 3 February 2025, design freeze 14 March, UAT 5–16 May, go-live 2 June. Is 3 weeks between UAT end and go-live too tight for a payroll system?`),

  rec('chat', f`Write a friendly message for the support macro: "We will never ask you for your password or full card number by email or phone. If someone does, please report it to us."`),

  rec('chat', f`password policy question: IT wants 16 characters minimum and rotation every 60 days. Isn't forced rotation considered bad practice now? Can you find what NIST 800-63B says?`),

  rec('gha', f`${amb('source_code.snippet', f`- name: Deploy to production
  env:
    AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}
    AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
    DB_PASSWORD: \${{ secrets.PROD_DB_PASSWORD }}
  run: ./deploy.sh production`)}

Should these be environment secrets or repo secrets?`),

  rec('checksum', f`Download page lists this checksum, but mine is different. Is the file corrupted?

Expected: sha256 ${SHA('b13n-sha1')}  tracking-agent-3.4.1-linux-amd64.tar.gz
Mine:     sha256 ${SHA('b13n-sha2')}  tracking-agent-3.4.1-linux-amd64.tar.gz`),

  rec('chat_de', f`Kannst du die Lieferübersicht zusammenfassen? Auftrag 4500238871 vom 04.03., Lieferschein 80019342, Sendungsnummer 00340434291837465021, Teillieferung am 11.03. Rechnungsnummer RE-2025-1187, Betrag 3.249,00 € netto.`),

  rec('chat_fr', f`Peux-tu écrire un mail au transporteur ? Notre commande n° CMD-2025-04417 devait être livrée le 12 mars, le suivi indique toujours « en transit ». Référence client : QUI-88213. Montant de la commande : 1 874,60 € TTC.`),

  rec('chat_es', f`Necesito una tabla con estos pedidos: pedido 10482 (3 unidades, 45,90 €), pedido 10491 (1 unidad, 129,00 €), pedido 10502 (12 unidades, 18,75 € cada una). ¿Cuál es el total con IVA del 21 %?`),

  rec('chat_pt', f`Pode me ajudar a responder o fornecedor? O pedido nº 458213 saiu do armazém em 10/03/2025 com a nota fiscal 000.184.552 e ainda não chegou. O valor total é R$ 12.480,00.`),

  rec('chat_it', f`Mi prepari l'ordine del giorno per la riunione di giovedì 20 marzo alle 14:30? Punti: rilascio versione 5.2.0 del gestionale, migrazione del server di posta, budget formazione 2025 (8.000 €).`),

  rec('chat_nl', f`Kun je deze facturen optellen? Factuur 2025-0318: € 1.245,00, factuur 2025-0322: € 389,50, factuur 2025-0331: € 2.100,00. Alles exclusief 21% btw.`),

  rec('chat_pl', f`Napisz proszę maila do kuriera: zamówienie nr ZAM/2025/03/1187 miało być dostarczone 14 marca, numer przesyłki 6280419375016. Wartość zamówienia 2 340,00 zł.`),

  rec('chat_hi_en', f`Kal ka standup 10:30 pe hai, sprint 42 ka demo Friday 3 baje. Release 2025.03.2 mein LOG-1182 aur LOG-1190 fix hai, QA sign-off chahiye Wednesday tak.`),

  rec('chat', f`The warehouse is at 53.5511, 9.9937 but the delivery app shows it 200 m away. Could the app be rounding coordinates to 3 decimals?`),

  rec('ssh_pub', f`I added my public key to the server but still get "Permission denied (publickey)". This is what's in authorized_keys:

ssh-ed25519 ${SSH_PUB} mfernandes@laptop

File permissions are 600, .ssh is 700.`, 'public key only: not a secret'),

  rec('docker', f`Pinning by digest — is this the right syntax in the Dockerfile?

FROM node:20.11.1-alpine@sha256:${SHA('b13n-dig1')}

Our security team wants every base image pinned.`),

  rec('chat', f`What's the difference between a UUID v4 and v7? We use v4 like 0b6e2f4a-93c1-4d8e-b7a5-1f2c9e8d3a60 as primary keys and the index is getting fragmented.`),

  rec('chat', f`Our tests use the card ${amb('financial.payment_card', '4111 1111 1111 1111')} for Visa and it works in sandbox. For Amex which test number should I use with Braintree?`, 'well-known test card: ambiguous'),

  rec('form_template', f`Please make this form template more user-friendly:

Full name: ______________
Email: ________________
Phone: +__ ___ _______
IBAN: XX00 0000 0000 0000 0000 00
Date of birth: DD/MM/YYYY`),

  rec('sql', f`${amb('source_code.snippet', f`SELECT id, status FROM users WHERE email = :email AND deleted_at IS NULL;`)}
is this safe against SQL injection if I use SQLAlchemy text() with bind params?`, 'a one-line query with a bind placeholder: ambiguous'),

  rec('marketing', f`Write 3 subject line variants for this newsletter:

Hi {{first_name}},
Spring sale is here — 20% off all office chairs until 31 March with code SPRING20. Free delivery on orders over €99.
Unsubscribe: {{unsubscribe_url}}`),

  rec('chat', f`Our office Secret Santa is on 19 December, budget £15. Can you write a fun announcement for the team channel?`),

  rec('chat', f`What's a good way to explain to customers that their data is kept confidential and encrypted at rest, without sounding too technical? It's for our FAQ page.`),

  rec('products_csv', f`${amb('source_code.snippet', f`sku,name,ean,price_eur,stock
CH-MX-001,Ergo chair mesh black,4006381333931,289.00,14
DK-ST-120,Standing desk 120cm,4012345678901,449.00,6
LA-ARM-02,Monitor arm dual,4260123456789,89.90,31`)}
which products need reordering if the minimum stock is 10?`),

  rec('log', f`${amb('source_code.snippet', f`2025-03-18T07:02:11.204Z INFO  worker-2 job=invoice-export id=4821 status=started
2025-03-18T07:02:49.877Z INFO  worker-2 job=invoice-export id=4821 rows=12904 duration_ms=38673
2025-03-18T07:02:49.901Z WARN  worker-2 job=invoice-export id=4821 msg="slow export, consider batching"`)}
should I batch by month or by customer?`),

  rec('chat', f`In Excel, how do I sum column D only where column B says "Paid" and the date in column A is in March 2025? Tried =SUMIFS(D:D,B:B,"Paid",A:A,">=01/03/2025") but it returns 0.`),

  rec('chat', f`We were founded on 12 May 1998 and the 27th anniversary is coming up. Can you write a short LinkedIn post thanking our customers?`),

  rec('release_notes', f`Turn these into customer-facing release notes:

v3.4.1 (2025-03-14)
- fix: tracking page crashed on Safari 17.3
- fix: label PDF used wrong timezone
- perf: shipment list loads 40% faster
Build 3.4.1+20250314.1182, API version 2025-03-01`),

  rec('terraform_vars', f`${amb('source_code.snippet', f`variable "db_password" {
  description = "Master password for the RDS instance"
  type        = string
  sensitive   = true
}

resource "aws_db_instance" "main" {
  identifier        = "tracking-prod"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  username          = "tracking_admin"
  password          = var.db_password
}`)}

Where's the best place to actually store the value — tfvars, env, or SSM?`),

  rec('chat', f`I forgot my laptop password and the IT helpdesk is closed until Monday. Is there anything I can do myself on a company-managed Mac, or should I just wait?`),

  rec('chat', f`Explain the difference between "confidential", "internal" and "public" in a data classification policy, with one example of each for a logistics company.`),

  rec('k8s_ref', f`${amb('source_code.snippet', f`env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: tracking-db
        key: password
  - name: OPENAI_API_KEY
    valueFrom:
      secretKeyRef:
        name: openai
        key: api-key`)}

the pod says "secret openai not found" but kubectl get secrets shows it`),

  rec('chat', f`My flight booking reference is K7QXPL and the ticket number 220-4817392054. Can you write a message to Lufthansa asking to change the date from 24 to 26 March?`),

  rec('chat', f`Code review comment says "don't hardcode the API key, read it from the environment". What's the idiomatic way in Python — os.environ["API_KEY"] or os.getenv with a default?`),

  rec('chat', f`Invoice 2025-INV-004512 was paid on 3 March but the customer portal still shows "open". Payment reference was 20250303-QR-4512. Who should I ask, finance or the portal team?`),
];
