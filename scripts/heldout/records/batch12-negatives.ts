/**
 * Held-out batch 12 (representative mix, fourth sample): ordinary workplace text with nothing to
 * catch — look-alikes (order and tracking numbers, versions, hashes, UUIDs, prices, dates),
 * placeholders, and the word "confidential" in ordinary prose. Unlabelled apart from ambiguous
 * spans and pasted code. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, tok } from '../tokens';

const SHA256 = (seed: string) => fill(seed, HEX, 64);
const COMMIT = (seed: string) => fill(seed, HEX, 40);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b12n-sktest', B62, 97));
const PK_TEST = tok('pk_', 'test_', '51', fill('b12n-pktest', B62, 97));
const SSH_PUB = tok('ssh-ed25519 ', 'AAAAC3NzaC1lZDI1NTE5AAAAI', fill('b12n-sshpub', B64, 43));
const INTEGRITY = (seed: string) => `sha512-${fill(seed, B64, 86)}==`;

export const BATCH12_NEGATIVES: DraftRecord[] = [
  rec('receipt', f`can you translate this order confirmation into german for my dad?

Thanks for your order!
Order #305-4829173-6620358
Placed: November 24, 2024
Items: Bosch cordless drill GSR 12V-35 (1), spare battery 2.0Ah (1)
Payment: Visa ending in 4417
Order total: $164.97
Arriving Thursday, Nov 28`),

  rec('chat', f`We're on Node 18.19.0 and TypeScript 5.2.2. Is it safe to jump straight to Node 22.11.0 and TS 5.6.3, or should we go through 20.x first? The app uses Prisma 5.7.1 and Next.js 14.0.4.`),

  rec('git', f`i messed up a merge, how do i undo the last commit but keep the changes?

$ git log --oneline -5
${COMMIT('b12n-c1').slice(0, 7)} (HEAD -> feature/invoice-pdf) Merge branch 'main' into feature/invoice-pdf
${COMMIT('b12n-c2').slice(0, 7)} fix pdf footer alignment
${COMMIT('b12n-c3').slice(0, 7)} add vat breakdown table
${COMMIT('b12n-c4').slice(0, 7)} (origin/main, main) bump pdfkit to 0.15.0
${COMMIT('b12n-c5').slice(0, 7)} release 2.8.0`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-21T08:02:14Z pod/invoice-worker-7d9f8c6b54-xk2lp  Started job 3f2a9c71-8e4b-4d06-b1a5-c92e7f0d4b18
2024-11-21T08:02:19Z pod/invoice-worker-7d9f8c6b54-xk2lp  Rendered 412 invoices in 4.8s
2024-11-21T08:02:20Z pod/invoice-worker-7d9f8c6b54-xk2lp  Job 3f2a9c71-8e4b-4d06-b1a5-c92e7f0d4b18 finished status=ok`)}

how do i get kubectl logs for all replicas of the deployment at once?`),

  rec('env_example', f`Write a README section explaining these variables for new devs:

${amb('source_code.snippet', f`# .env.example
OPENAI_API_KEY=<your-api-key>
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app_dev
ADMIN_PASSWORD=changeme
SESSION_SECRET=
SENTRY_DSN=   # optional, leave empty locally`)}`),

  rec('docker_compose', f`${amb('source_code.snippet', f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: \${POSTGRES_USER}
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD}
      POSTGRES_DB: app
    ports:
      - "5432:5432"`)}

compose says "POSTGRES_PASSWORD is not set" but it's in my .env file in the same folder?`),

  rec('gha', f`${amb('source_code.snippet', f`- name: Deploy to production
  env:
    AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}
    AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
  run: aws s3 sync ./dist s3://shop-web-prod --delete`)}

how do I switch this to OIDC so we don't need long-lived keys at all?`),

  rec('quote', f`Turn this supplier quote into a short purchase request for my manager:

Quote Q-2024-0917 (valid until 15/12/2024)
12 × Dell Latitude 5550, i5, 16 GB, 512 GB SSD @ €1,149.00 = €13,788.00
12 × Dell WD19S dock @ €189.00 = €2,268.00
Delivery: free, 5–7 working days
Total excl. VAT: €16,056.00`),

  rec('chat', f`Plan for the office move:
- 2 Dec: IT cabling survey
- 9 Dec: furniture delivery
- 16–17 Dec: packing, desks cleared by 17:00 on the 17th
- 6 Jan 2025: first day in the new office
Can you make this into a short announcement for the whole company?`),

  rec('chat', f`I'm pretty confident the numbers in the Q3 deck are right, but can you double check my growth calc? Revenue went from 1.84m to 2.07m, I wrote +12.5%.`),

  rec('chat', f`where's my parcel? DHL tracking 00340434161094027318 says "shipment information received" for 4 days. UPS one (1Z 999 AA1 01 2345 6784) already arrived. who do i complain to`),

  rec('chat', f`Write a password policy section for our handbook: at least 14 characters, passphrases encouraged, no forced 90-day rotation, MFA required for email and VPN, password manager (Bitwarden) for all shared accounts. Keep it under 200 words.`),

  rec('chat_es', f`¿Me escribes una oferta de empleo para un puesto de técnico de soporte IT? Jornada completa, presencial en Valencia, inglés B2, experiencia con Microsoft 365 e Intune. Salario 26.000–30.000 € brutos anuales.`),

  rec('chat_de', f`Kannst du mir helfen, einen Urlaubsantrag zu formulieren? Ich möchte vom 23.12. bis 03.01. frei nehmen, das sind 6 Urlaubstage. Meine Vertretung übernimmt Kollegin Frau Yilmaz.`),

  rec('chat_nl', f`Wat is een goede route voor een dagje Gent met het team? We komen om 10:00 aan op Gent-Sint-Pieters en moeten om 17:30 weer terug. Ongeveer 14 personen, lunch graag ergens met vegetarische opties.`),

  rec('chat_it', f`Scrivi una mail breve ai colleghi: la riunione di venerdì è spostata da 10:30 a 14:00, sala Verdi al secondo piano. Ordine del giorno invariato.`),

  rec('chat_pt', f`Traduz para inglês este texto de marketing: "Na Brisa, acreditamos que a internet rápida deve chegar a todos. Com o novo plano Fibra 1 Giga, navegue sem limites por apenas 34,99 €/mês."`),

  rec('chat_pl', f`Popraw proszę ten opis stanowiska, żeby brzmiał bardziej profesjonalnie: "szukamy osoby do działu księgowości, znajomość Excela, mile widziane SAP, praca hybrydowa 3 dni w biurze w Krakowie".`),

  rec('chat_hi_en', f`Kal sprint planning 11 baje hai, sab log apne tickets update kar dena. Release 4.2.0 Friday ko jayega, hotfix branch se cherry-pick mat karna bina review ke.`),

  rec('checksums', f`Verify the download for me? The site lists:

ubuntu-24.04.1-live-server-amd64.iso  SHA256: ${SHA256('b12n-iso')}

and sha256sum on my machine printed ${SHA256('b12n-iso').slice(0, 60)}e1d0 — is that just a typo on their side or a corrupted download?`),

  rec('chat', f`The AWS docs example uses AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY — is it ok to put those in our unit tests for moto, or will some scanner flag them?`),

  rec('chat', f`Following the Stripe quickstart. My .env has STRIPE_SECRET_KEY=${STRIPE_TEST} and the publishable key ${PK_TEST}. Using test card ${amb('financial.payment_card', '4242 4242 4242 4242')} I get "No such PaymentMethod". What am I missing?`, 'Stripe test keys are not credentials; the famous test card is ambiguous'),

  rec('chat', f`What does the IBAN format for Germany look like? I keep seeing "DE" then two check digits then 18 digits, but our form validation shows "DE00 0000 0000 0000 0000 00" as the example and users copy it literally.`),

  rec('excel', f`Excel question: =VLOOKUP(A2,Prices!A:D,4,FALSE) returns #N/A for product codes like 004512 even though they're in the Prices sheet. The codes on one sheet are numbers and on the other text I think?`),

  rec('csv', f`${amb('source_code.snippet', f`sku,description,qty,unit_price
HL-PAL-1200,Euro pallet 1200x800,40,11.50
HL-STR-23,Stretch film 23my 500mm,120,8.95
HL-TAPE-48,Packing tape 48mm brown,300,1.20
HL-LBL-A6,Shipping labels A6 (500),25,14.80`)}

Add a column with the total per line and a grand total at the bottom.`),

  rec('chat', f`Please add my public key to the build server's authorized_keys:

${SSH_PUB} alex@thinkpad

it's the one I generated yesterday, the old RSA one can be removed.`),

  rec('chat', f`Can you explain the JWT format? I understand it's header.payload.signature like xxxxx.yyyyy.zzzzz, but where does the expiry live and who checks it?`),

  rec('k8s', f`${amb('source_code.snippet', f`apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop-web
spec:
  replicas: 3
  selector:
    matchLabels: { app: shop-web }
  template:
    metadata:
      labels: { app: shop-web }
    spec:
      containers:
        - name: web
          image: registry.gitlab.com/ostara-retail/shop-web:2.8.0
          ports: [{ containerPort: 3000 }]
          envFrom:
            - secretRef: { name: shop-web-env }`)}

rolling update leaves the old pods running for 10 min, why?`),

  rec('package_lock', f`git diff on package-lock.json after npm install, why did these change when I didn't touch them?

     ${amb('source_code.snippet', f`"node_modules/axios": {
-      "version": "1.7.7",
-      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.7.tgz",
-      "integrity": "${INTEGRITY('b12n-int1')}",
+      "version": "1.7.8",
+      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.8.tgz",
+      "integrity": "${INTEGRITY('b12n-int2')}",`)}`),

  rec('email', f`Hi Laura,

Quick follow-up on PO 4500219834: the goods receipt was posted on 18/11 but invoice INV-88120 is still blocked in the system because of a price difference of €12.40. Could you check with the supplier whether they'll send a credit note?

Thanks,
Ben

→ make this more concise`),

  rec('chat', f`our api returns 401 when I call it from postman with Authorization: Bearer <token> — I replaced <token> with the one from the login response. what else should I check? CORS?`),

  rec('code_python', f`Is this the right way to read the key from the environment instead of hard-coding it?

${v('source_code.snippet', f`import os
from openai import OpenAI

api_key = os.environ.get("OPENAI_API_KEY")
if not api_key:
    raise RuntimeError("OPENAI_API_KEY is not set")

client = OpenAI(api_key=api_key)`)}`, 'code that reads the key from the environment: no credential, the snippet itself is pasted code'),

  rec('chat', f`Surprise party for Jenny's 40th on Saturday — keep it a secret from her please! Can you write a fun invite for the team, RSVP by Wednesday, drinks at 6 at The Anchor.`),

  rec('chat', f`db connection refused on ${amb('pii.ip_address', '127.0.0.1')}:5432 inside the container but works from the host. docker desktop on mac. what's the right hostname to use?`),

  rec('assets', f`Clean up this asset list, sort by location:

Asset      Model                 Serial        Location
IT-00412   Lenovo ThinkPad T14   PF3KX2Q9      Leeds
IT-00413   Lenovo ThinkPad T14   PF3KX3B1      Leeds
IT-00588   HP LaserJet M428      VNB3K41207    Hull
IT-00601   Cisco Meraki MR36     Q3AE-7HKW-2LPD Hull`),

  rec('template', f`Improve this password reset email template, keep the placeholders:

Hi {{first_name}},

Someone asked to reset the password for your account {{account_email}}. Click the link below within 30 minutes:
{{reset_link}}

If this wasn't you, ignore this email — your password stays the same.`),

  rec('chat', f`Our VAT number DE287403915 shows as invalid on the EU VIES site since this morning. Is VIES down or did something change with our registration? Company is a GmbH registered in Hamburg.`),

  rec('code_sql', f`${v('source_code.snippet', f`SELECT department, COUNT(*) AS headcount, ROUND(AVG(tenure_months), 1) AS avg_tenure
FROM employees
WHERE status = 'active'
GROUP BY department
HAVING COUNT(*) > 5
ORDER BY headcount DESC;`)}

how do I also show departments with 5 or fewer but label them "small"?`, 'an aggregate query without personal values: pasted code only'),

  rec('chat', f`The NDA template says "the Receiving Party shall keep the Confidential Information confidential for 3 years". Is 3 years normal for a software vendor evaluation, or should we ask for 5?`),

  rec('chat', f`Draft a LinkedIn post announcing our new warehouse in Leeds: opens 3 March 2025, 12,000 m², 85 new jobs, solar roof. Upbeat but not cheesy, max 120 words, 3 hashtags.`),

  rec('terraform', f`${amb('source_code.snippet', f`variable "db_password" {
  description = "Master password for the reporting database"
  type        = string
  sensitive   = true
}

resource "aws_db_instance" "reporting" {
  identifier        = "reporting-prod"
  engine            = "postgres"
  engine_version    = "16.4"
  instance_class    = "db.t4g.medium"
  allocated_storage = 100
  username          = "reporting_admin"
  password          = var.db_password
}`)}

terraform plan shows the password as (sensitive value) but it's still in the state file in plain text, right? how do people handle that?`),

  rec('trace', f`${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/app/jobs/sync_stock.py", line 58, in <module>
    main()
  File "/app/jobs/sync_stock.py", line 41, in main
    qty = int(row["Bestand"])
ValueError: invalid literal for int() with base 10: '1.250'`)}

the supplier file uses German number format. cleanest fix?`),

  rec('chat_hi_en', f`Manager ko leave application likh do please — cousin ki shaadi hai, 12 se 14 December tak chhutti chahiye, laptop saath rahega agar urgent kuch ho. Polite English mein.`),

  rec('chat', f`Work anniversaries in December for the newsletter: Tom Hughes 5 years (2 Dec), Ana Silva 10 years (9 Dec), Mo Khan 1 year (16 Dec). Write a short, warm paragraph.`),

  rec('chat_es', f`En Excel me sale #¡VALOR! con esta fórmula: =SI(B2>0;C2/B2;"") — la columna B viene de un CSV exportado del ERP. ¿Puede ser que los números estén como texto?`),
];
