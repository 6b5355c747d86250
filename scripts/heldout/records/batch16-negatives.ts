/**
 * Held-out batch 16: ordinary prompts with nothing sensitive in them, including everyday look-alikes
 * (order and invoice numbers, versions, UUIDs, hashes, prices, placeholders). Unlabelled apart from
 * pasted code/config blocks and ambiguous spans. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { HEX, fill } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const SHA40 = (seed: string) => fill(seed, HEX, 40);

export const BATCH16_NEGATIVES: DraftRecord[] = [
  rec('chat', f`Write a polite email to a customer explaining that order #PCR-2024-558213 will ship 3 days late because of a supplier delay. Offer 10% off their next order.`),

  rec('chat', f`can you summarise this article about the new EU AI Act obligations for general-purpose AI models in 5 bullet points? focus on what applies to companies that only use chatgpt, not build models`),

  rec('chat', f`What's a good structure for a 30-60-90 day plan for a new customer success manager? We're a B2B SaaS with ~300 customers.`),

  rec('invoice', f`Please check the maths on this quote:

Quote Q-2024-1093
48 × Handheld scanner HX-40 @ €389.00 = €18,672.00
48 × Charging cradle @ €45.50 = €2,184.00
Setup fee = €950.00
Subtotal €21,806.00, VAT 19% €4,143.14, Total €25,949.14`),

  rec('chat_de', f`Kannst du mir eine Einladung zur Weihnachtsfeier schreiben? Freitag, 13. Dezember, ab 18 Uhr im Brauhaus am Markt. Bitte Anmeldung bis 29.11. im Teams-Kanal.`),

  rec('git', f`how do I undo the last commit but keep the changes? git log shows:

commit ${SHA40('b16n-c1')}
    fix: handle empty cart in checkout
commit ${SHA40('b16n-c2')}
    feat: add gift wrap option`),

  rec('chat', f`Explain the difference between OAuth access tokens and refresh tokens like I'm a product manager. No code please.`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example – copy to .env and fill in
DATABASE_URL=postgres://user:password@localhost:5432/app
OPENAI_API_KEY=<your-api-key>
STRIPE_SECRET_KEY=sk_test_xxx
SESSION_SECRET=changeme
LOG_LEVEL=debug`)}

write a README section that explains each variable`),

  rec('chat', f`Our release notes template: "Version 3.14.2 (build 20241008.4) – fixes login loop on iOS 17.6, improves sync speed". Can you write notes for 3.15.0 with these changes: dark mode, CSV export, bug fixes?`),

  rec('chat_fr', f`Peux-tu m'aider à rédiger une annonce pour un poste de comptable fournisseurs (CDI, Lyon, 38–42 k€) ? Missions : saisie des factures, rapprochements, relances.`),

  rec('log', f`${amb('source_code.snippet', f`2024-10-09T07:12:44.118Z INFO  order-svc  order created id=ord_8f3a1c2e total=84.90 EUR items=3
2024-10-09T07:12:44.302Z INFO  order-svc  reserved stock warehouse=FRA-2 request_id=3d9b2f71-6c4e-4a18-9e25-b07f41c8d6a3
2024-10-09T07:12:45.911Z WARN  order-svc  slow downstream call service=tax-calc dur_ms=1607`)}

is 1.6s for a tax calculation normal? what could cause it?`),

  rec('chat', f`Help me write a LinkedIn post celebrating 10 years of Kestrel Dynamics. Key facts: founded 2014 in Leeds, 240 employees now, 12,000 vehicles tracked daily.`),

  rec('chat_es', f`¿Cómo le explico a mi jefe que necesitamos migrar de Excel a una herramienta de BI? Dame 5 argumentos con ejemplos concretos.`),

  rec('spreadsheet', f`${amb('source_code.snippet', f`SKU\tProduct\tStock\tReorder point
HX-40\tHandheld scanner\t112\t50
CC-02\tCharging cradle\t38\t40
LB-100\tLabel roll 100mm\t1450\t500
BT-7\tBattery pack\t64\t80`)}

which items need to be reordered? write a short email to purchasing`),

  rec('chat', f`my excel formula =VLOOKUP(A2,Sheet2!A:C,3,FALSE) returns #N/A even though the value exists, what's going on? the IDs look like 00418 in one sheet and 418 in the other`),

  rec('chat', f`We have a confidential-ish question: how do other companies handle salary bands transparency when the EU pay transparency directive kicks in? Give me an overview.`),

  rec('k8s', f`${amb('source_code.snippet', f`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: ghcr.io/kestrel-dynamics/web:2.8.1
          ports: [{ containerPort: 8080 }]
          resources:
            limits: { cpu: "500m", memory: "512Mi" }`)}

pods get OOMKilled after an hour, should I raise memory or look for a leak first?`),

  rec('chat_it', f`Scrivimi un post per Instagram per il lancio della nuova collezione autunno-inverno. Tono allegro, 3 hashtag, menziona lo sconto del 15% fino al 20 ottobre.`),

  rec('chat', f`Summarise the attached meeting transcript: we agreed to move the product launch from Oct 28 to Nov 11, marketing needs final screenshots by Oct 31, and Sam will own the press release.`),

  rec('chat_nl', f`Kun je deze zin verbeteren? "Wij willen u informeren dat uw bestelling 2024-77341 is verzonden en binnen 2 werkdagen wordt geleverd."`),

  rec('tracking', f`Customer asks where the parcel is. Tracking number 1Z 999 AA1 01 2345 6784 shows "in transit" since Monday. Write a reassuring reply.`),

  rec('chat', f`What's the best way to name our S3 buckets across dev/staging/prod? We currently have pcr-web-prod, pcr-web-stg and some random ones like test-bucket-123.`),

  rec('code_python', f`${code(f`import uuid

def new_order_id() -> str:
    return f"ord_{uuid.uuid4().hex[:8]}"

print(new_order_id())  # e.g. ord_8f3a1c2e`)}

is 8 hex chars enough to avoid collisions with ~50k orders a year?`),

  rec('chat_pt', f`Me ajuda a escrever um e-mail de boas-vindas para os novos estagiários? Eles começam dia 4 de novembro, primeiro dia tem café da manhã às 9h e treinamento de segurança às 10h.`),

  rec('chat', f`Convert this UUID list to a SQL IN clause: 6f2a9c41-8d3e-4b7a-a5c2-19e0f4d7b386, 1c7e04b2-93fa-4d61-8e0c-5b2a7d9f3e18, a4d8e2f1-07bc-4395-b6e1-2c9f8a3d5e70`),

  rec('chat', f`how do I politely tell a coworker to stop sharing their password on sticky notes? want to keep it friendly, we're a small team`),

  rec('chat_pl', f`Napisz ogłoszenie dla pracowników: w sobotę 19 października w godzinach 8:00–14:00 będzie przerwa serwisowa systemu ERP. Prosimy o zapisanie pracy w piątek.`),

  rec('docker_compose', f`${amb('source_code.snippet', f`services:
  redis:
    image: redis:7.4-alpine
    ports: ["6379:6379"]
  worker:
    build: ./worker
    environment:
      REDIS_URL: redis://redis:6379/0
      CONCURRENCY: "4"
    depends_on: [redis]`)}

worker can't connect to redis on startup, but retrying later works`),

  rec('chat', f`Draft a reply to a customer who says our price of $1,249.99 is higher than the competitor's $1,199. Emphasize 3-year warranty and free onboarding.`),

  rec('chat_hi_en', f`Boss ne bola hai ki Monday tak Q3 sales ka summary deck banana hai. Total revenue 4.2 crore, growth 12% YoY, top region West. 5 slides ka outline bana do please.`),

  rec('chat', f`The word "confidential" appears in our NDA template 14 times. Is there a simpler way to phrase the definition section so it's easier for small suppliers to understand?`),

  rec('shell', f`npm install gives this and stops:

npm ERR! code ERESOLVE
npm ERR! ERESOLVE unable to resolve dependency tree
npm ERR! Found: react@18.3.1
npm ERR! Could not resolve dependency: peer react@"^17.0.0" from react-datepicker@4.8.0

should I use --legacy-peer-deps or upgrade the datepicker?`),

  rec('chat', f`Our Wi-Fi guest network password changes every month, can you write a short Teams message reminding people where to find the new one (on the intranet page "Guest Wi-Fi")?`),

  rec('chat_de', f`Wie berechne ich in Excel die Differenz in Arbeitstagen zwischen 01.10.2024 und 15.11.2024 ohne Feiertage? Brauche die Formel.`),

  rec('code_yaml', f`${amb('source_code.snippet', f`name: ci
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci
      - run: npm test -- --coverage
        env:
          API_TOKEN: \${{ secrets.API_TOKEN }}`)}

how do I cache node_modules between runs?`),

  rec('chat', f`Can you check this for grammar: "Please find attached the invoice no. INV-24-1187 dated 14/10/2024 for the amount of EUR 4,200.00, payable within 30 days."`),

  rec('chat', f`What does HTTP 429 mean and how should our client retry? We call the vendor API about 20 times per second during the nightly sync.`),

  rec('chat_fr', f`Quelle est la différence entre un CDD et un contrat d'intérim pour un pic d'activité de 3 mois en entrepôt ? Réponse courte svp.`),

  rec('chat', f`Turn this into a table: Berlin office 42 people, Leeds 118, Lyon 27, Porto 35, remote 18. Add a total row.`),

  rec('chat', f`Our ISO 27001 auditor asked how we classify documents. We use Public / Internal / Confidential / Restricted. Can you write a one-paragraph description of each level for the policy?`),

  rec('sql', f`${code(f`UPDATE products
SET price = ROUND(price * 1.075, 2)
WHERE category = 'pro'
  AND updated_at < '2024-11-01';`)}

is there a way to preview how many rows this will change before I run it?`),

  rec('chat', f`netstat shows lots of connections to 127.0.0.1:5432 in TIME_WAIT, is that a problem for our app server?`),

  rec('chat_es', f`Redacta un mensaje para el grupo del equipo: la reunión semanal pasa de los martes a las 10:00 a los miércoles a las 9:30 a partir del 16 de octubre.`),

  rec('chat', f`write a short thank-you note to the facilities team for fixing the AC on the 3rd floor so fast 🙏`),
];
