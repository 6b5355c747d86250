/**
 * Held-out batch 15: clean everyday prompts and look-alikes (order numbers, versions, UUIDs, hashes,
 * placeholders, prices, ordinary dates, the word "confidential" in prose). Unlabelled apart from
 * ambiguous spans. Hand-written.
 */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { HEX, fill } from '../tokens';

const SHA1 = (seed: string) => fill(seed, HEX, 40);
const SHA256 = (seed: string) => fill(seed, HEX, 64);

export const BATCH15_NEGATIVES: DraftRecord[] = [
  rec('chat', f`Can you write a polite email to a customer telling them their order #784512 will be delayed by about a week because of a supplier issue? Offer a 10% voucher.`),

  rec('chat', f`summarise this in 3 bullets: "Q3 revenue was €4.2m, up 8% year on year. Gross margin fell from 41% to 38% due to higher freight costs. We expect Q4 to be in line with plan."`),

  rec('chat_de', f`Kannst du mir eine Abwesenheitsnotiz schreiben? Ich bin vom 23.12. bis 06.01. im Urlaub, Vertretung ist Frau Schneider aus dem Einkauf.`),

  rec('chat', f`what's the difference between npm install and npm ci? our pipeline uses node 20.11.1 and npm 10.2.4`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example — copy to .env and fill in
DATABASE_URL=postgres://user:password@localhost:5432/app
OPENAI_API_KEY=<your-api-key>
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxx
SLACK_WEBHOOK_URL=
ADMIN_PASSWORD=changeme
SESSION_SECRET=replace-me`)}

write documentation for each variable for our README`),

  rec('git', f`I accidentally committed to main instead of my branch. git log shows:

commit ${SHA1('b15n-c1')} (HEAD -> main)
Author: Tomasz Wróbel <${amb('pii.email', '41872093+twrobel@users.noreply.github.com')}>
    fix typo in checkout button
commit ${SHA1('b15n-c2')} (origin/main)
    release 3.8.0

how do I move the commit to a new branch and reset main?`, 'GitHub noreply commit address: machine e-mail, ambiguous'),

  rec('chat', f`Is it ok to store UUIDs like 3f2b8c1e-9a4d-4e7b-b5c2-71d09e8a6f34 as strings in Postgres or should I use the uuid type? Table has ~40M rows.`),

  rec('chat', f`Our app version is 4.12.0 (build 20241118.3) and the Android minimum SDK is 26. Write release notes for: dark mode, faster search, bug fixes in the cart.`),

  rec('chat', f`The word "confidential" appears a lot in our NDA template. Can you explain the difference between "confidential information" and "trade secrets" in simple terms for the sales team?`),

  rec('chat_fr', f`Peux-tu m'aider à rédiger une invitation pour le pot de départ de Martine ? Vendredi 13 décembre à 17h30, salle Atlas, 3e étage. Participation libre pour le cadeau.`),

  rec('receipt', f`Translate this receipt to English please:

Rechnung Nr. 2024-118273
Datum: 14.11.2024
2x Druckerpatrone HP 305XL à 24,99 €
1x Kopierpapier A4, 5 x 500 Blatt 27,90 €
Summe netto: 65,29 €, MwSt. 19 %: 12,41 €, Gesamt: 77,70 €
Bezahlt mit EC-Karte`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`deploy:
  runs-on: ubuntu-latest
  steps:
    - uses: actions/checkout@v4
    - uses: aws-actions/configure-aws-credentials@v4
      with:
        role-to-assume: arn:aws:iam::123456789012:role/deploy
        aws-region: eu-west-1
    - run: ./deploy.sh
      env:
        API_TOKEN: \${{ secrets.API_TOKEN }}
        DB_PASSWORD: \${{ secrets.DB_PASSWORD }}`)}

does OIDC need any extra permission block in the workflow?`),

  rec('chat', f`For the Stripe integration tests, which card simulates a decline? I know ${amb('financial.payment_card', '4242 4242 4242 4242')} is the success one.`, 'famous test card: ambiguous'),

  rec('chat', f`How many working days are there between 4 November 2024 and 20 December 2024 in Germany (Bavaria)? Need it for the project plan.`),

  rec('chat_es', f`¿Me ayudas a escribir la convocatoria de la reunión de equipo? Jueves 28 de noviembre a las 10:00, sala 2. Temas: cierre del trimestre, vacaciones de Navidad y el nuevo CRM.`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-21 14:03:11,482 INFO  [main] o.s.b.w.e.tomcat.TomcatWebServer : Tomcat started on port 8080 (http)
2024-11-21 14:03:11,497 INFO  [main] c.k.orders.OrdersApplication : Started OrdersApplication in 6.214 seconds
2024-11-21 14:05:42,019 ERROR [http-nio-8080-exec-3] c.k.orders.api.OrderController : order 5512093 not found (request_id=a91c2e4f-7b38-4d10-9e6a-2f8b0c5d1e73)`)}

why would the order not be found if I can see it in the database?`),

  rec('chat', f`Reminder text for the team: please submit your timesheets for week 47 by Friday 12:00. Projects: PRJ-2231 (Website relaunch), PRJ-2240 (ERP migration). Make it sound friendly.`),

  rec('chat', f`What's a good password policy for a 50-person company? We're thinking 12 characters minimum and MFA everywhere. Should we still force rotation every 90 days?`),

  rec('chat_it', f`Mi scrivi un post per LinkedIn sul nostro nuovo magazzino a Piacenza? 12.000 m², 40 nuovi posti di lavoro, inaugurazione il 15 gennaio.`),

  rec('spreadsheet', f`${amb('source_code.snippet', f`SKU\tProduct\tQty\tUnit price\tTotal
KR-1042\tBarcode scanner X3\t12\t189.00\t2268.00
KR-1107\tCharging cradle\t12\t39.50\t474.00
KR-2210\tLabel printer LP-40\t3\t429.00\t1287.00`)}

add 20% VAT and a grand total row, formatted for an invoice`),

  rec('chat', f`my docker build fails with "failed to solve: python:3.12-slim: failed to resolve source metadata". I'm behind the corporate proxy. how do I set the proxy for buildkit?`),

  rec('chat_nl', f`Kun je een korte tekst schrijven voor onze nieuwsbrief over de kerstborrel? Vrijdag 20 december vanaf 16:00 in de kantine, met pubquiz.`),

  rec('docs', f`## Configuration

Set \`API_KEY\` to the key from your dashboard (Settings → API). Example:

\`\`\`
export API_KEY=YOUR_API_KEY_HERE
curl -H "Authorization: Bearer $API_KEY" https://api.example.com/v1/status
\`\`\`

Can you rewrite this section so it also covers Windows PowerShell?`),

  rec('chat', f`Tracking number 1Z 999 AA1 01 2345 6784 shows "label created" for 5 days. Write a message to the supplier asking when the goods will actually ship.`),

  rec('chat', f`Order ref SO-2024-004417, invoice INV-00932, credit note CN-0041. Customer says the credit note should have been €148.50 not €145.80. Can you draft a reply saying we'll correct it?`),

  rec('requirements', f`${amb('source_code.snippet', f`fastapi==0.115.4
uvicorn[standard]==0.32.0
sqlalchemy==2.0.36
pydantic==2.9.2
httpx==0.27.2`)}

upgrading to pydantic 2.10 breaks our models, what changed?`),

  rec('chat_pt', f`Podes escrever um e-mail a informar a equipa que o escritório vai estar fechado no dia 8 de dezembro (feriado) e que o servidor de ficheiros vai ter manutenção das 20h às 23h no dia 9?`),

  rec('chat', f`Explain what a JWT is to a junior developer, with an example of the header and payload structure. Don't use a real token, just describe the three parts.`),

  rec('chat_pl', f`Napisz proszę ogłoszenie o pracę: Specjalista ds. zakupów, Poznań, umowa o pracę, wynagrodzenie 8 000–10 000 zł brutto, praca hybrydowa.`),

  rec('chat', f`Birthday message for my colleague Nadia who turns 40 next week, something warm but not cheesy. She loves hiking and bad puns.`),

  rec('chat', f`Our docker image digest is sha256:${SHA256('b15n-d1')} on staging and a different one on prod. Does that mean the code is different even though both are tagged 2.7.1?`),

  rec('chat_de', f`Kannst du die Formel erklären? =SUMMEWENNS(C:C;A:A;"Nord";B:B;">="&DATUM(2024;1;1)) – sie gibt 0 zurück, obwohl es Umsätze gibt.`),

  rec('chat', f`We got a phishing email pretending to be from Microsoft asking staff to "verify your password". Write a short warning for all staff: don't click, report it with the Report Phishing button, and we will never ask for passwords by email.`),

  rec('chat', f`How do I generate a strong random password in PowerShell for new user accounts? Length 16, at least one symbol.`),

  rec('masked', f`The bank statement shows "SEPA direct debit, creditor ID DE98ZZZ09999999999, mandate ref M-2024-00382, card ending •••• 4471". Which of our subscriptions is this likely to be? We have Adobe, Microsoft 365 and Zoom.`),

  rec('chat', f`is 192.168.0.0/16 or 10.0.0.0/8 better for a new office network with ~300 devices and a site-to-site VPN to AWS?`, 'private network ranges in a design question: not a host address'),

  rec('chat_hi_en', f`Yaar kal ka client demo 3 baje hai, deck ka version v2.3 final hai. Slides 7 aur 12 mein numbers update karne hain, Q3 ka revenue 2.4 crore tha. Ek checklist bana do`),

  rec('chat', f`Write a LinkedIn post announcing that Kestrel Ridge is now ISO 27001 certified. Mention the team's work over 18 months and thank our auditors.`),

  rec('code_review', f`Reviewer flagged this as a hard-coded secret, but it's just the name of the env var, right?

${amb('source_code.snippet', f`const apiKey = process.env.PAYMENTS_API_KEY;
if (!apiKey) throw new Error('PAYMENTS_API_KEY is not set');
const client = new PaymentsClient({ apiKey, timeoutMs: 10_000 });`)}`),

  rec('chat', f`The meeting room booking system shows reservation ID 6f1c0b2e and PIN 4821 for room Atlas on 5 Dec. Can you write an instruction for visitors how to check in at the screen?`),

  rec('chat', f`Please proofread: "Our Q4 confidential survey results are now available on the intranet. All answers were anonymous and only aggregated numbers are shared."`, 'the word confidential in ordinary prose'),

  rec('chat', f`What's the ISBN 978-0-306-40615-7 book about? A colleague recommended it for our reading club.`),

  rec('chat', f`Our warehouse uses GTIN barcodes like 4006381333931. Is that EAN-13 and can I validate it in Excel?`),

  rec('chat', f`I need a Jira filter for all bugs in project WEB created after 2024-10-01 that are not Done, sorted by priority. Can you write the JQL?`),
];
