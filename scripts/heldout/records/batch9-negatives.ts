/**
 * Held-out batch 9: the realistic majority — prompts with nothing sensitive in them (ordinary
 * questions, code and configs without secrets, documentation examples, masked values, test data,
 * ids, hashes, versions, dates that are not birth dates) and casual uses of the sensitive words.
 * Representative mix; hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const code = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const hex = (seed: string, n: number) => fill(seed, HEX.toLowerCase(), n);
const SK_TEST = tok('sk_', 'test_', '51', fill('b9-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b9-pklive', B62, 97));
/** AWS's documentation key pair, assembled from its parts. */
const AWS_DOC_ID = tok('AKIA', 'IOSFODNN7', 'EXAMPLE');
const AWS_DOC_SECRET = tok('wJalrXUtnFEMI/', 'K7MDENG/bPxRfiCY', 'EXAMPLEKEY');

export const BATCH9_NEGATIVES: DraftRecord[] = [
  rec('question', f`Can you write a polite e-mail declining a meeting invite because I'm on annual leave that week, and suggest the week after?`),

  rec('question', f`Explain the difference between IFRS 15 and ASC 606 revenue recognition in simple terms, with one example for a SaaS subscription.`),

  rec('question', f`Give me 5 subject lines for a newsletter announcing our new Rotterdam warehouse opening in March 2027.`),

  rec('question_de', f`Wie formuliere ich eine freundliche Erinnerung an Kollegen, dass die Reisekostenabrechnungen für November bis zum 10. Dezember eingereicht werden müssen?`),

  rec('question_fr', f`Peux-tu m'aider à rédiger l'ordre du jour de la réunion d'équipe de lundi ? Points : bilan T4, congés de fin d'année, nouvel outil de ticketing.`),

  rec('question_es', f`¿Cuál es la diferencia entre un contrato por obra y servicio y un contrato indefinido en España desde la reforma laboral de 2022?`),

  rec('question_pt', f`Como faço uma tabela dinâmica no Excel que mostre as vendas por mês e por vendedor? Os dados estão em colunas Data, Vendedor, Valor.`),

  rec('question_it', f`Mi scrivi un post LinkedIn per annunciare che il nostro team di Milano ha vinto il premio "Best Customer Service 2026"? Tono professionale ma caloroso.`),

  rec('question_nl', f`Wat is het verschil tussen een vaste en een variabele rente bij een zakelijke lening? Leg het uit voor iemand zonder financiële achtergrond.`),

  rec('question_pl', f`Napisz krótką instrukcję dla pracowników, jak zgłosić awarię drukarki przez portal IT.`),

  rec('question_hi_en', f`Yaar mujhe ek presentation banana hai Q4 sales review ke liye, 8 slides ka outline de do — targets, actuals, top deals, risks, next quarter plan.`),

  rec('code_question', f`${code(f`def chunks(lst, n):
    for i in range(0, len(lst), n):
        yield lst[i:i + n]`)}

Is there a built-in for this in Python 3.12?`, 'a three-line generator: short code fragment, ambiguous'),

  rec('env_example', f`Our .env.example for new developers, is anything missing for the payments module?

${cfg(f`DATABASE_URL=postgresql://USER:PASSWORD@localhost:5432/orders_dev
STRIPE_SECRET_KEY=sk_live_your_key_here
SENDGRID_API_KEY=<your-sendgrid-key>
OPENAI_API_KEY=
JWT_SECRET=change-me`)}`, 'placeholders only'),

  rec('actions_secrets', f`${cfg(f`- name: Deploy
  env:
    AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}
    AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
  run: aws s3 sync ./dist s3://kaleido-web-prod --delete`)}

Is it safe to use --delete here? I don't want to wipe the bucket by accident.`, 'secret references, not values'),

  rec('aws_docs', f`The AWS docs show \`aws configure\` with access key ${AWS_DOC_ID} and secret ${AWS_DOC_SECRET}. Where do I get my real ones in the console?`, 'AWS documentation example keys: negatives'),

  rec('stripe_test', f`In test mode I use ${SK_TEST} and the frontend has ${PK_LIVE}… wait, is it a problem that the publishable key is live while the secret is test? Payments fail with "No such payment_intent".`, 'Stripe test secret key and a publishable key: negatives'),

  rec('test_card', f`Which Stripe test card triggers 3D Secure? I tried ${amb('financial.payment_card', '4242 4242 4242 4242')} and it never shows the challenge.`, 'famous test card: ambiguous'),

  rec('receipt', f`Can you put this receipt into my expense report format (date, merchant, amount, category)?

Hotel Arena Lisboa — 02/12/2026
2 nights, room 412 — €238.00
City tax — €8.00
Paid by VISA **** **** **** 7781
Booking ref: HAL-2026-44817`, 'masked card, booking reference'),

  rec('masked', f`The customer record shows IBAN DE** **** **** **** **38 47 and SSN ***-**-3917. Is showing the last 4 digits enough masking under GDPR / our policy?`, 'masked values'),

  rec('uuids', f`Waarom zijn deze twee request-id's verschillend als het om hetzelfde verzoek gaat? De frontend logde 3f9c2a71-8b4e-4d20-9a6f-5e1d7c03b8a4 en de API-gateway 9e27d4c0-61fa-4b3b-8c15-2a7f90e4d316.`),

  rec('hashes', f`Verify the download: the website says SHA-256 ${hex('b9-sha1', 64)} but sha256sum gives ${hex('b9-sha2', 64)}. Corrupted or wrong file?`),

  rec('git_log', f`$ git log --oneline -5
${hex('b9-git1', 7)} fix: handle empty cart in checkout
${hex('b9-git2', 7)} feat: add invoice PDF export
${hex('b9-git3', 7)} chore: bump axios to 1.7.9
${hex('b9-git4', 7)} refactor: extract pricing rules
${hex('b9-git5', 7)} docs: update README

How do I squash the last 3 into one commit before pushing?`, 'shell session: unlabelled'),

  rec('versions', f`After upgrading from Node 18.19.1 to 20.11.0 and TypeScript 5.3.3 to 5.6.2, the build fails with "Cannot find module 'node:test'". Our Jenkins agent runs Ubuntu 22.04.4 and Docker 24.0.7.`),

  rec('order_numbers', f`Customer asks about three orders: 112-4839201-7736615, 112-9920174-3318820 and 114-0048271-9953012. Two were delivered, one is stuck. Write a short update template I can reuse.`),

  rec('tracking', f`Write a message to the customer that their parcel is with DHL, tracking number 00340434291837462915, and should arrive within 2 working days.`),

  rec('dates', f`Project timeline for the ERP migration: kickoff 12 January 2027, data freeze 15 March 2027, go-live 1 April 2027, hypercare until 30 April 2027. Can you make a Gantt-style table?`, 'dates that are not birth dates'),

  rec('anniversary', f`Write a short message for Maria's 10-year work anniversary — she joined on 4 February 2016 as a junior accountant and now leads the AP team.`, 'a hire date, not a birth date'),

  rec('company_founded', f`For the "About us" page: Orbis Freight was born in 1998 in Rotterdam as a two-truck family business and now operates in 14 countries. Make it sound less corporate.`, '"born" said of a company: negative'),

  rec('password_policy', f`Draft our new password policy: minimum 14 characters, no reuse of the last 10 passwords, MFA mandatory for VPN and e-mail, passwords must not be shared in chat or e-mail, use the company password manager.`, 'casual "password"'),

  rec('password_question', f`I forgot my Windows password and I'm locked out of my work laptop. What's the usual process to get it reset by IT?`),

  rec('confidential_casual', f`How do I politely tell a client that I can't share details about other customers because of confidentiality, without sounding defensive?`),

  rec('secret_casual', f`Ideas for a Secret Santa at the office with a €20 limit? About 35 people, mixed teams.`),

  rec('financial_figures', f`Revenue Q3: €14.2M (+8% YoY), EBITDA €2.1M, cash €6.7M, headcount 412. Write two sentences for the internal newsletter.`),

  rec('phone_like', f`Our invoice numbers look like 2026-004471-01 and purchase orders like PO-4500183927. Write a regex in Python that extracts both from an e-mail body.`),

  rec('sql_question', f`In SQL Server, what's the difference between a clustered and a non-clustered index, and when would I use an included column?`),

  rec('k8s_events', f`${cfg(f`LAST SEEN   TYPE      REASON      OBJECT                          MESSAGE
2m          Warning   BackOff     pod/pricing-api-7d9c8b6f4-x2kqp   Back-off restarting failed container
3m          Normal    Pulled      pod/pricing-api-7d9c8b6f4-x2kqp   Container image "registry.northgate.io/pricing-api:2.4.1" already present on machine`)}

What does BackOff mean and how do I see why it failed?`),

  rec('helm_values', f`${cfg(f`database:
  host: pg-prod.internal
  user: app
  existingSecret: pricing-db-credentials
  secretKey: password`)}

How do I reference this secret in the deployment template?`, 'a reference to a k8s Secret, no value'),

  rec('jwt_question', f`What's the difference between an access token and a refresh token in OAuth 2.0, and how long should each live for a mobile banking app?`),

  rec('ssh_pubkey', f`Is this the right format to give to IT for server access? ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b9-edpub', B62, 43)} m.keller@laptop`, 'a public key: negative'),

  rec('ip_doc', f`Our firewall team asks which ranges to allow for the new office VPN. Docs example uses ${amb('pii.ip_address', '192.0.2.0/24')}. What's a /24 in plain words?`, 'documentation prefix: ambiguous IP'),

  rec('excel', f`Ho una colonna con date miste tipo 2026-11-30 e 30/11/2026. Come le converto tutte in un unico formato in Excel senza VBA?`),

  rec('translation', f`Translate into German: "Your order has been shipped and will arrive in 3–5 business days. Thank you for shopping with us!"`),

  rec('meeting', f`Résume en trois points : point ops hebdo du 2 déc. — cadence de préparation entrepôt B +12 %, deux chariots en maintenance jusqu'au 9 déc., renforts de fin d'année confirmés (18 intérimaires), prochain point décalé à jeudi 10h00.`),

  rec('invalid_card', f`A customer typed 4539 6182 7405 1731 in the checkout and got "invalid card number" immediately, before any bank call. Is that the Luhn check? Explain how it works.`, 'a Luhn-failing number: negative'),

  rec('invalid_iban', f`Our ERP rejects IBAN DE16 3704 0044 0532 0138 47 with "check digits wrong". The supplier swears it's correct. How can I verify it myself?`, 'an IBAN with wrong check digits: negative'),

  rec('ssn_format', f`What format is a US Social Security number, and is it OK to ask candidates for it on the job application form, before an offer?`),

  rec('regex', f`${code(f`const EMAIL_RE = /^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/;
export const isEmail = (s: string) => EMAIL_RE.test(s.trim());`)}

Is this regex good enough for a signup form, or should I use a library?`, 'a two-line snippet: ambiguous'),

  rec('placeholder_email', f`In our e-mail templates we use {{first_name}} and {{account_manager_email}} as placeholders. How do I make Mailchimp show a fallback when first_name is empty?`),

  rec('question_de', f`Ich habe in Excel eine Spalte mit Kundennummern wie 0004711, aber Excel entfernt die führenden Nullen. Wie verhindere ich das beim CSV-Import?`),

  rec('question_fr', f`Quelle est la différence entre un CDD et un contrat d'intérim pour un renfort de trois mois en entrepôt ? Réponse courte, s'il te plaît.`),

  rec('question_es', f`Redacta una respuesta para un cliente de Colombia que pregunta por qué su pedido 77120 tarda más de lo normal; la causa es un retraso en aduana.`),

  rec('code_pt', f`${code(f`SELECT vendedor, SUM(valor) AS total
FROM vendas
WHERE data BETWEEN '2026-10-01' AND '2026-12-31'
GROUP BY vendedor;`)}

Como incluo também os vendedores que não venderam nada no trimestre (total 0)?`, 'a four-line query in a Portuguese question: short, ambiguous source code (no secret)'),

  rec('meeting_de', f`Fasse das Protokoll kurz zusammen: Jour fixe Vertrieb 4.12. — Pipeline Q1 bei 3,4 Mio. €, zwei Großkunden in Verhandlung, Messeplanung für die LogiMAT steht, nächster Termin am 18.12. um 9:30 Uhr.`),

  rec('question_it', f`Come posso spiegare ai colleghi la differenza tra ferie e permessi ROL in busta paga? Mi serve un testo breve per l'intranet.`),

  rec('question_hi_en', f`Manager ne bola hai ki next week se hybrid policy change ho rahi hai — 3 din office. Ek polite email draft kar do jisme main Tuesday ko WFH ki request karoon, reason: school pickup.`),

  rec('question_es_mx', f`¿Cómo calculo el aguinaldo de un empleado que entró en julio? Sueldo diario de 650 pesos. Explícamelo paso a paso.`),

  rec('env_code', f`${v('source_code.snippet', f`import os
import requests

API_KEY = os.environ["FREIGHT_API_KEY"]

def get_rate(origin: str, dest: str) -> float:
    r = requests.get("https://api.freightquote-partner.com/v1/rates",
                     params={"from": origin, "to": dest},
                     headers={"X-API-Key": API_KEY}, timeout=10)
    r.raise_for_status()
    return r.json()["rate"]`)}

How do I cache the rate for an hour so we don't hit their rate limit?`, 'a program that reads its key from the environment: labelled code, no secret (the code label is the only one)'),

  rec('config_refs', f`${cfg(f`spring:
  datasource:
    url: jdbc:postgresql://\${DB_HOST}:5432/claims
    username: \${DB_USER}
    password: \${DB_PASSWORD}`)}

Where does Spring read DB_PASSWORD from when I run the jar on the server?`, 'environment references, not values'),

  rec('masked_token', f`Our log shows "Using OpenAI key sk-proj-…a9Qf (project: support-bot)". Is printing the last 4 characters considered safe by most security teams?`, 'a masked key: negative'),

  rec('reset_email', f`Make this password reset e-mail friendlier: "A request to reset your password was received. Click the link below within 30 minutes. If you did not request this, ignore this e-mail."`),

  rec('api_response', f`${cfg(f`{
  "order_id": "SO-2026-118273",
  "status": "SHIPPED",
  "carrier": "UPS",
  "items": [{"sku": "SCN-200", "qty": 4}, {"sku": "CBL-USB-C", "qty": 4}],
  "shipped_at": "2026-12-03T15:42:10Z"
}`)}

Write TypeScript types for this response.`, 'an API response with ids and timestamps: negative (JSON ambiguous source code)'),

  rec('lorem_spreadsheet', f`${cfg(f`Region,Q1,Q2,Q3,Q4
DACH,1.21,1.34,1.29,1.52
UK&I,0.98,1.02,1.11,1.20
LATAM,0.44,0.51,0.58,0.63`)}

Make a short commentary on the trend per region (figures in € millions).`),
];
