/**
 * Held-out batch 14: ordinary workplace text with look-alikes — order and tracking numbers,
 * versions, hashes, UUIDs, placeholders, test keys, prices, dates, the word "confidential" in prose.
 * Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, tok } from '../tokens';

const SK_TEST = tok('sk_', 'test_', '51', fill('b14n-sktest', B62, 97));
const PK_TEST = tok('pk_', 'test_', '51', fill('b14n-pktest', B62, 97));
const SHA = (seed: string, n = 64) => fill(seed, HEX, n);
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b14n-sshpub', B64, 43)} deploy@build-03`;
const CERT = `-----BEGIN CERTIFICATE-----\n${(b64Bytes('b14n-cert', 780).match(/.{1,64}/g) ?? []).join('\n')}\n-----END CERTIFICATE-----`;
const JWT_IO = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

export const BATCH14_NEGATIVES: DraftRecord[] = [
  rec('receipt', f`Translate this into Polish for my mother-in-law please:

Thanks for your order!
Order #W-20418733 · 29 November 2024
1 × Cordless vacuum V12 — £349.00
Delivery: Standard (3–5 working days) — FREE
Paid with Mastercard ending 8841
Track your parcel: Royal Mail JV 4482 7391 3GB`),

  rec('chat', f`What's the difference between these commits? My colleague says the fix is in 9f3c2e1 but I only see a7d4b08 and 3e91f6c on main. How do I check if 9f3c2e1 was squashed into one of them?`),

  rec('package_json', f`${amb('source_code.snippet', f`{
  "name": "kb-storefront",
  "version": "4.12.3",
  "private": true,
  "dependencies": {
    "next": "14.2.18",
    "react": "18.3.1",
    "react-dom": "18.3.1",
    "zod": "^3.23.8"
  },
  "devDependencies": {
    "typescript": "5.6.3",
    "eslint": "8.57.1"
  }
}`)}

Is it safe to upgrade to Next 15 with React 18 or do I need React 19?`),

  rec('log', f`Why do some requests take 10x longer than others? They're all the same endpoint.

${amb('source_code.snippet', f`2024-12-02T10:41:07.118Z INFO req=3f6b2a90-1c4e-4d7a-9b85-0e2f7c1d6a43 GET /api/v2/catalog?page=1 200 84ms
2024-12-02T10:41:07.532Z INFO req=b81e4c27-9a30-4f6d-8e12-5d7c0a3b9f64 GET /api/v2/catalog?page=2 200 91ms
2024-12-02T10:41:09.906Z INFO req=07d9e5a1-6b2c-48f3-a017-c94e3b8d2f15 GET /api/v2/catalog?page=3 200 1184ms
2024-12-02T10:41:10.044Z INFO req=e4a02c8f-7d19-4b56-93e1-2f8b6a0c5d77 GET /api/v2/catalog?page=4 200 88ms`)}`),

  rec('env_example', f`Can you write the "Getting started" section of the README that explains these?

${amb('source_code.snippet', f`# .env.example
OPENAI_API_KEY=<your-openai-api-key>
STRIPE_SECRET_KEY=sk_live_...
DATABASE_URL=postgres://user:password@localhost:5432/kb_dev
SENTRY_DSN=
ADMIN_PASSWORD=changeme`)}`),

  rec('code_python', f`boto3 moto tests fail with "The security token included in the request is invalid" after I removed the env vars:

${v('source_code.snippet', f`import boto3
from moto import mock_aws

@mock_aws
def test_list_buckets(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.create_bucket(Bucket="reports")
    assert len(s3.list_buckets()["Buckets"]) == 1`)}`, 'AWS documentation example keys in a test: no credential; the test itself is pasted code'),

  rec('env_test', f`${amb('source_code.snippet', f`# config/test.env
STRIPE_SECRET_KEY=${SK_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_TEST}
PAYMENTS_MODE=test`)}

Our integration tests hit Stripe's test mode. How do I simulate a card that requires 3D Secure?`),

  rec('chat', f`In Stripe test mode, ${amb('financial.payment_card', '4242 4242 4242 4242')} always succeeds. Which test card number gives "insufficient_funds" and which one gives "expired_card"?`, 'well-known Stripe test card: ambiguous'),

  rec('chat', f`Help me write a price comparison for the team: plan A costs €19.99/user/month billed yearly (€239.88/user/year), plan B €24.50/user/month billed monthly. We have 37 users. Which is cheaper over 2 years including the 8% increase announced for 2025?`),

  rec('chat', f`Can you make a schedule for the office move? Packing 16–18 December, movers on 19.12.2024 from 07:00, IT setup 20 December, everyone back at desks on 2 January 2025. The lease on the old office ends 31/12/2024.`),

  rec('chat', f`Is salary information considered confidential under GDPR, or just personal data? Our managers want to share a spreadsheet of team salaries with each other.`),

  rec('chat', f`how do I reset my password in Outlook on the Mac? it keeps asking for it every 10 minutes since the update`),

  rec('docs', f`Rewrite this README snippet so it's clearer for non-developers:

To call the API, send your key in the header:
\`curl -H "Authorization: Bearer <YOUR_API_KEY>" https://api.kestrelbay.com/v2/catalog\`
Replace <YOUR_API_KEY> with the key from Settings → API. Never commit your key to git.`),

  rec('docker_compose', f`${amb('source_code.snippet', f`# local dev only
services:
  db:
    image: mysql:8.4
    environment:
      MYSQL_ROOT_PASSWORD: root
      MYSQL_DATABASE: shop_dev
      MYSQL_USER: dev
      MYSQL_PASSWORD: dev
    ports:
      - "3306:3306"`)}

Port 3306 is already in use on my machine, how do I map it to something else?`),

  rec('chat', f`Loyalty card won't scan at the till: number on the card is 6338 0012 4471 9205. The app shows the same number. Could the barcode be worn out? Who do I contact?`, 'Luhn-failing loyalty card number'),

  rec('form_template', f`Make this bank details form look more professional in Word:

Account holder: ______________________
IBAN: DE__ ____ ____ ____ ____ __
BIC: ___________
Date: ___ / ___ / ______
Signature: ______________________`),

  rec('chat', f`The download page lists the SHA-256 as ${SHA('b14n-sha1')} but my file gives ${SHA('b14n-sha2')}. Is the download corrupted or did I use the wrong command? I ran certutil -hashfile setup.exe SHA256.`),

  rec('spreadsheet', f`${amb('source_code.snippet', f`SKU\tEAN\tDescription\tStock\tPrice
KB-10442\t5012345678900\tBamboo cutting board L\t142\t18.99
KB-10443\t5012345678917\tBamboo cutting board M\t87\t14.99
KB-10451\t5012345678931\tOlive wood spoon set\t0\t22.50`)}

Write a formula that marks out-of-stock items red and another one for the value of stock per row.`),

  rec('chat_hi_en', f`guys kal ka standup 10:30 pe hai, sprint 42 ka review Friday 3 baje. release v2.18.0 staging pe hai, prod deploy Monday. tickets KB-3391, KB-3402 abhi bhi in-progress hain, unko update kar do please.`),

  rec('chat_de', f`Kannst du mir helfen, die Lieferung nachzuverfolgen? Bestellnummer 4500219384, Lieferschein 80027716, DHL-Sendungsnummer 00340434161094017258. Laut Spediteur kommt die Ware in KW 50. Rechnung Nr. 2024-11892 über 1.284,60 € ist schon bezahlt.`),

  rec('chat_fr', f`Bonjour, pouvez-vous m'aider à rédiger une réclamation ? Commande n° 1004-88213 du 18/11/2024, colis Colissimo 6A21398475520, reçu abîmé le 26/11. Montant de la commande : 219,90 € TTC. Je voudrais un remplacement plutôt qu'un remboursement.`),

  rec('chat_es', f`¿Me ayudas a escribir un correo al proveedor? La factura F-2024/0917 del 12/11/2024 por 2.340,00 € no coincide con el pedido PO-55218: nos cobran 120 unidades y solo recibimos 100 (albarán 78810).`),

  rec('k8s', f`${amb('source_code.snippet', f`apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders-api
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/kestrelbay/orders-api:3.7.2
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: orders-db
                  key: password
          resources:
            limits: { cpu: "500m", memory: "512Mi" }`)}

The pods get OOMKilled at peak. Should I raise the limit or the replicas?`),

  rec('terraform', f`${amb('source_code.snippet', f`variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "reporting" {
  identifier        = "reporting-prod"
  engine            = "postgres"
  engine_version    = "16.3"
  instance_class    = "db.t4g.medium"
  allocated_storage = 100
  username          = "reporting_admin"
  password          = var.db_password
  skip_final_snapshot = false
}`)}

how do I pass db_password from AWS Secrets Manager instead of tfvars?`),

  rec('chat', f`Can you explain why 0.1 + 0.2 === 0.30000000000000004 in JavaScript, and what's the right way to sum invoice amounts like 19.99, 4.50 and 120.00?`),

  rec('chat', f`Our team is planning a surprise farewell for Jenny — please keep it top secret 🤫 Need ideas for a card message and a gift under €60. She loves hiking and bad puns.`),

  rec('chat', f`Write a LinkedIn post about our new warehouse in Rotterdam. The secret sauce: 40% faster picking thanks to the new layout. Keep it upbeat, 3 short paragraphs, 2 hashtags max.`),

  rec('policy', f`Can you simplify this paragraph from our employee handbook?

"Employees must treat all customer information they handle as confidential and use it only for the purpose for which it was collected. Breaches of this policy may result in disciplinary action."`),

  rec('chat', f`We're about to sign an NDA with a potential supplier. What's usually considered "confidential information" in a mutual NDA and how long should the confidentiality period be?`),

  rec('chat', f`What's a reasonable password policy for a 50-person company? We're thinking minimum 12 characters, MFA everywhere, no forced rotation. Anything else?`),

  rec('pr_review', f`Reviewer asked if committing this is a problem. It's the public key for the deploy user, so it's fine right?

${SSH_PUB}`),

  rec('chat', f`The partner sent us their TLS certificate to pin, is this the right format for nginx's ssl_trusted_certificate?

${CERT}`),

  rec('chat', f`What does this JWT from the jwt.io docs contain? ${amb('credential.jwt', JWT_IO)} I want to understand the three parts before we build our own login.`, 'the well-known jwt.io example token: ambiguous'),

  rec('chat_it', f`Puoi scrivermi una risposta per il cliente? Il reso è stato registrato con numero RMA-2024-3318 e il rimborso di 89,00 € arriverà entro 10 giorni lavorativi sulla stessa carta usata per l'ordine n. 700184425.`),

  rec('chat_nl', f`Kun je een herinnering opstellen voor factuur 2024-0412 van € 1.215,00? De vervaldatum was 15 november. Klantnummer 30918, referentie offerte OF-2024-077.`),

  rec('chat_pl', f`Napisz proszę krótką odpowiedź do klienta: zamówienie nr 2024/11/4471 zostało wysłane 28.11, numer przesyłki InPost 602338190017428819360055. Dostawa do paczkomatu KRA12M w ciągu 2 dni.`),

  rec('chat_pt', f`Pode me ajudar a escrever um e-mail ao cliente? O pedido 88120-3 foi faturado em 25/11 (NF-e 001.284.557), valor R$ 4.219,90, e a previsão de entrega é 05/12.`),

  rec('chat', f`Excel question: I have order IDs like 100045872931 in column A and Excel turns some of them into 1.00046E+11. How do I stop that when I paste from the ERP?`),

  rec('chat', f`We're upgrading from Windows 10 22H2 (build 19045.5131) to Windows 11 23H2 (build 22631.4460). Which of our apps might break? List: Sage 200 v2023.2, AutoCAD LT 2022, Office LTSC 2021.`),

  rec('code_sql', f`${v('source_code.snippet', f`SELECT c.customer_id,
       COUNT(*) AS orders,
       MAX(o.created_at) AS last_order
FROM customers c
JOIN orders o ON o.customer_id = c.customer_id
WHERE o.created_at >= NOW() - INTERVAL '12 months'
GROUP BY c.customer_id
HAVING COUNT(*) >= 5;`)}

how do I also get customers with 0 orders in the last 12 months?`, 'pasted code without secrets, in a negatives record'),

  rec('chat', f`Our office address for the invoice template: Kestrelbay Ltd, Unit 4, Dockside Park, Manchester M50 3UB, company no. 09817263, VAT GB 318 4472 96. Can you lay it out as a footer?`),

  rec('chat', f`quick one — what's the UUID version of 7c9e6679-7425-40de-944b-e07fc1f90ae7 and is it ok to use v4 UUIDs as primary keys in Postgres, or should we use v7?`),

  rec('docs', f`Update the onboarding doc with these steps:
1. Open the password manager and create a new vault entry called "Staging DB".
2. Ask your lead for the credentials — never paste them in Slack.
3. Set DB_PASSWORD in your local .env (see .env.example, default value \`changeme\`).`),

  rec('chat', f`The GPS coordinates of the new depot are 53.4808, -2.2426 but the delivery app puts the pin 300 m off. Is it a rounding problem if we only store 4 decimals?`),

  rec('chat', f`Our server at ${amb('pii.ip_address', '192.168.1.40')} can't reach the printer on ${amb('pii.ip_address', '192.168.1.87')} after the router swap. Both get DHCP leases. Where do I start troubleshooting?`),

  rec('chat', f`Meeting notes from the budget review: marketing spend 2025 approved at €1.4m (was €1.6m), new hires frozen until Q2, travel budget -20%. Write a short summary for the team, friendly tone.`),

  rec('chat_de', f`Ich habe ein Angebot über 12.480,00 € netto bekommen, Zahlungsziel 30 Tage, 2 % Skonto bei Zahlung innerhalb von 10 Tagen. Lohnt sich das Skonto, wenn unser Kontokorrent 9 % Zinsen kostet? Bitte mit Rechnung.`),
];
