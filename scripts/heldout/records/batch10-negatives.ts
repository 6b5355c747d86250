/**
 * Held-out batch 10: prompts with nothing a rule should find (or only ambiguous spans), second
 * representative sample. Measured once on the frozen engine (README, "Tenth batch").
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, fill, tok } from '../tokens';

const SK_TEST = tok('sk_', 'test_', '51', fill('b10-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b10-pklive', B62, 97));

export const BATCH10_NEGATIVES: DraftRecord[] = [
  rec('question', f`Can you write a friendly out-of-office message for the Christmas break, back on 5 January?`),
  rec('question', f`What's a good agenda for a 30-minute quarterly business review with a key account?`),
  rec('question', f`Explain the difference between OPEX and CAPEX with examples from a software company.`),
  rec('question', f`Summarise the main points of GDPR Article 28 for a vendor onboarding checklist.`),
  rec('question', f`How do I write a VLOOKUP that returns the last match instead of the first?`),
  rec('question', f`Give me five interview questions for a senior data engineer role, focused on pipelines and data quality.`),
  rec('question', f`Kannst du diese E-Mail höflicher formulieren? "Wir haben Ihre Rechnung noch nicht erhalten, bitte senden Sie sie bis Freitag."`),
  rec('question', f`Peux-tu me proposer un plan pour une présentation de 10 minutes sur la réduction des déplacements professionnels ?`),
  rec('question', f`¿Cómo explico a mi equipo el nuevo proceso de aprobación de gastos en menos de 200 palabras?`),
  rec('question', f`Como faço uma tabela dinâmica no Excel que agrupe as vendas por trimestre?`),
  rec('question', f`Mi aiuti a scrivere un annuncio di lavoro per un addetto alla logistica a Bologna?`),
  rec('question', f`Wat is het verschil tussen een vaste en een flexibele arbeidsovereenkomst in Nederland?`),
  rec('question', f`Jak napisać krótkie podsumowanie spotkania z klientem po angielsku?`),
  rec('question', f`yaar client ko delay ke liye sorry mail likhna hai, shipment 3 din late hai, ek short draft de do`),
  rec('question', f`What's the best way to structure a Terraform repo for three environments (dev, staging, prod)?`),
  rec('question', f`Our sprint retro keeps running over time. Any tips to keep it to 45 minutes?`),

  rec('env_example', f`Is this .env.example OK to commit?

${amb('source_code.snippet', f`DATABASE_URL=postgres://user:password@localhost:5432/app
STRIPE_SECRET_KEY=sk_live_your_key_here
OPENAI_API_KEY=<your-openai-key>
JWT_SECRET=changeme`)}`, 'placeholders only'),

  rec('gha_secrets', f`Is it safe to reference secrets like this in a workflow?

${amb('source_code.snippet', f`env:
  AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}
  AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
  NPM_TOKEN: \${{ secrets.NPM_TOKEN }}`)}`),

  rec('aws_docs_key', f`The AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in examples — will git-secrets flag those in our README?`, 'AWS documentation keys: unlabelled (batch 9)'),

  rec('stripe_test', f`In our test suite we use ${SK_TEST} and the publishable key ${PK_LIVE} on the checkout page. Is it OK for the publishable key to be in the frontend?`, 'Stripe test secret and publishable key: unlabelled (batch 9)'),

  rec('test_card', f`Which test card should QA use for 3-D Secure? We've been using ${amb('financial.payment_card', '4242 4242 4242 4242')} but it never triggers the challenge.`, 'famous test card: ambiguous (batch 9)'),

  rec('masked', f`Receipt: VISA •••• •••• •••• 4417, auth code 0A73KX, total €58.20. Customer asks why the merchant name shows as "TLS*ENERGYSHOP".`),
  rec('masked', f`The bank form shows IBAN DE** **** **** **** **42 17 — can I confirm the account from just that?`),
  rec('masked', f`Payroll export shows SSN as ***-**-6120 for everyone in the report preview. Is that a format setting?`),
  rec('masked', f`In the logs the key appears as sk-proj-****…****Q9fA, so we can't tell which project key leaked. How do we find it?`),

  rec('uuid', f`Request id 7c9e6679-7425-40de-944b-e07fc1f90ae7 failed with 502, and the retry 3f2b8e1a-9d4c-4b7e-a6f1-0c5d2e8b9a34 succeeded. Any idea why?`),
  rec('hash', f`Downloaded the installer; the SHA-256 is 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08. How do I verify it on Windows?`),
  rec('git_log', f`$ git log --oneline -3
a1b2c3d Fix rounding in VAT calculation
e4f5a6b Add Polish translations
9c8d7e6 Bump axios to 1.7.9

How do I squash the last two commits?`),
  rec('versions', f`We're on Node 20.11.1, npm 10.2.4 and TypeScript 5.6.3. Is it worth upgrading to Node 22 LTS now?`),
  rec('order_numbers', f`Orders 4500128833 and 4500128834 were shipped with tracking 1Z999AA10123456784. The customer says only one arrived; what do I ask the carrier?`),
  rec('dates', f`Project kickoff is 12/01/2027 and go-live is planned for 15/06/2027. Our company was founded in 1998. Can you make a timeline?`, 'non-birth dates'),
  rec('password_policy', f`Draft a password policy: minimum 14 characters, no reuse of the last 10 passwords, MFA required for all remote access.`),
  rec('reset_email', f`Write a password reset e-mail template. It should say the link expires in 30 minutes and that we never ask for your password by phone.`),
  rec('figures', f`Q3 revenue was €12.4M (+8% YoY), EBITDA margin 14.2%, headcount 312. Turn this into two sentences for the newsletter.`),
  rec('invoice_format', f`Our invoice numbers look like INV-2026-004811 and POs like PO-77120-B. Can you write a regex that matches both?`),
  rec('kubectl', f`$ kubectl get pods -n billing
NAME                          READY   STATUS             RESTARTS   AGE
billing-api-7d9f8c6b5-x2lqp   0/1     CrashLoopBackOff   12         41m
billing-worker-5c4d7f9-9hkzt  1/1     Running            0          2d

How do I see why billing-api keeps restarting?`),
  rec('ssh_pub', f`Is this the public or private part? ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq7Xb1uN0pR4kz8mW2sT5vH9dL3cY6fJ1eQ0aB7xZkP deploy@build-01`),
  rec('luhn_fail', f`A customer typed 4111 1111 1111 1112 in the form and our validation rejected it. Is the Luhn check correct?`, 'Luhn-failing card'),
  rec('bad_iban', f`Why does our ERP reject GB00 NWBK 6016 1331 9268 19 as an invalid IBAN?`, 'IBAN with wrong check digits'),
  rec('env_code', f`Is this the right way to read the key?

${v('source_code.snippet', f`import os
from openai import OpenAI

client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "ping"}])
print(resp.choices[0].message.content)`)}`, 'a program that reads its key from the environment: labelled code, no secret'),
  rec('confidentiality_word', f`Our confidentiality training is due by 31 December. Can you write a reminder for the team?`),
  rec('secret_santa', f`Organise a Secret Santa for 14 people with a €20 limit — write the invitation e-mail.`),
  rec('placeholder_db', f`Helm values: \`password: \${DB_PASSWORD}\` and \`existingSecret: reporting-db\`. Which one wins if both are set?`),
];
