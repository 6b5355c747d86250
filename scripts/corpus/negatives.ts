/**
 * Hard negatives: text that looks like sensitive data but is not (invalid checksums, hashes,
 * published documentation keys, placeholders, test keys…). Records here carry NO labels except
 * explicitly `ambiguous` spans. Decisions (documented in tests/corpus/README.md):
 *  - AWS documentation keys (AKIAIOSFODNN7EXAMPLE …) are published placeholders → negative.
 *  - Stripe `sk_test_`/`rk_test_` keys cannot move money → negative; `pk_*` publishable keys are
 *    public by design → negative.
 *  - Masked card numbers (`**** **** **** 4242`) → negative.
 *  - Well-known test PANs (4111 1111 1111 1111 …), the SSN 123-45-6789, fictional 555-01xx
 *    phone numbers, `git@github.com` and public IPs → ambiguous (ignored both ways).
 */
import type { Doc } from './doc';
import type { Rng } from './prng';
import * as V from './values';
import { SNIPPETS } from './code-bank';
import { configBlock, type Template } from './templates';
import { benignSetting, SECRET_SLOTS } from './secrets-pool';

export const awsDocKeys: Template = (rng, d) => {
  d.t(rng.pick(['From the AWS docs, is this the right format?\n', 'Example from the README:\n', 'The tutorial says to run:\n', '']));
  const style = rng.int(0, 2);
  const id = rng.pick(V.AWS_DOC_KEYS);
  const secret = rng.pick(V.AWS_DOC_SECRETS);
  if (style === 0) d.t(`[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n`);
  else if (style === 1) d.t(`export AWS_ACCESS_KEY_ID=${id}\nexport AWS_SECRET_ACCESS_KEY=${secret}\naws s3 ls`);
  else d.t(`aws configure\nAWS Access Key ID [None]: ${id}\nAWS Secret Access Key [None]: ${secret}\nDefault region name [None]: us-west-2`);
};

export const stripeTestKeys: Template = (rng, d) => {
  d.t(rng.pick(['My test setup:\n', 'Why does the webhook fail in test mode?\n', '']));
  d.t(`STRIPE_SECRET_KEY=${V.stripeTest(rng)}\nSTRIPE_PUBLISHABLE_KEY=${V.stripePublishable(rng)}\n`);
  if (rng.bool(0.5)) d.t(`STRIPE_WEBHOOK_SECRET=whsec_test_placeholder\n`);
  d.t(rng.pick(['', 'The decline test card always declines, right?', 'using the test clock']));
};

export const placeholderConfig: Template = (rng, d) => {
  d.t(rng.pick(['Here is the template config from the docs:\n', 'Fill in this template:\n', 'values.yaml:\n', '']));
  const style = rng.int(0, 3);
  const n = rng.int(3, 7);
  configBlock(d, () => {
    for (let i = 0; i < n; i++) {
      const slot = rng.pick(SECRET_SLOTS);
      const useSecret = rng.bool(0.6);
      const [env, key, val] = benignSetting(rng);
      const ph = slot.kind === 'password_assignment' || slot.kind === 'generic_secret' ? rng.pick(V.PLACEHOLDER_PASSWORDS) : rng.pick([...V.PLACEHOLDER_KEYS, ...V.PLACEHOLDER_PASSWORDS]);
      if (style === 0) d.t(useSecret ? `${slot.env}=${ph}` : `${env}=${val}`);
      else if (style === 1) d.t(useSecret ? `${slot.key}: ${ph}` : `${key}: ${val}`);
      else if (style === 2) d.t(useSecret ? `"${slot.key}": "${ph.replace(/"/g, '')}",` : `"${key}": "${val}",`);
      else d.t(useSecret ? `${slot.key} = ${ph}` : `${key} = ${val}`);
      d.t('\n');
    }
    d.t(rng.pick(['', 'password=<your-password>\n', 'DB_PASSWORD=${DB_PASSWORD}\n', 'api_key: "YOUR_API_KEY"\n']));
  });
};

export const placeholderConnString: Template = (rng, d) => {
  const host = rng.pick(['localhost', 'db', '127.0.0.1', 'postgres']);
  d.t(rng.pick([
    `DATABASE_URL=postgres://app:\${DB_PASSWORD}@${host}:5432/app`,
    `postgresql://<user>:<password>@${host}:5432/<db>`,
    `mongodb+srv://<username>:<password>@cluster0.mongodb.net/test`,
    `DATABASE_URL="postgresql://postgres@${host}:5432/dev"`,
    `redis://${host}:6379/0`,
    `mysql://root:\${MYSQL_ROOT_PASSWORD}@${host}/shop`,
    `postgres://USER:PASSWORD@HOST:PORT/DBNAME`,
  ]));
  d.t(rng.pick(['\nIs this URL format correct?', '\nwhy does prisma say invalid URL?', '']));
};

export const uuidsAndHashes: Template = (rng, d) => {
  const style = rng.int(0, 5);
  if (style === 0) {
    d.t('Which of these request ids appear twice?\n');
    for (let i = 0; i < rng.int(4, 12); i++) d.t(V.uuid(rng), '\n');
  } else if (style === 1) {
    d.t('$ git log --oneline -n 8\n');
    for (let i = 0; i < 8; i++) d.t(`${V.sha(rng, 40).slice(0, rng.pick([7, 10]))} ${rng.pick(['fix: null check in parser', 'feat: add export button', 'chore(deps): bump vitest', 'refactor: split reducer', 'docs: update README'])}\n`);
  } else if (style === 2) {
    d.t('$ sha256sum dist/*\n');
    for (let i = 0; i < rng.int(2, 6); i++) d.t(`${V.sha(rng, 64)}  dist/${V.identifier(rng)}-${V.semver(rng)}.tgz\n`);
  } else if (style === 3) {
    d.t(`commit ${V.sha(rng, 40)}\nAuthor: CI Bot <ci-bot>\nDate:   ${V.timestamp(rng)}\n\n    Merge pull request #${rng.int(100, 9999)} from feature/${V.identifier(rng)}\n`);
  } else if (style === 4) {
    configBlock(d, () => d.t(`"node_modules/${V.identifier(rng).toLowerCase()}": {\n  "version": "${V.semver(rng)}",\n  "resolved": "https://registry.npmjs.org/${V.identifier(rng).toLowerCase()}/-/x-${V.semver(rng)}.tgz",\n  "integrity": "${V.integrityHash(rng)}",\n  "dev": true\n}`));
  } else {
    configBlock(d, () => d.t(`FROM node:${rng.int(18, 22)}-alpine@sha256:${V.sha(rng, 64)}\nLABEL org.opencontainers.image.revision=${V.sha(rng, 40)}\n`));
  }
};

export const versionsAndNumbers: Template = (rng, d) => {
  const style = rng.int(0, 4);
  if (style === 0) d.t(`Upgraded from ${V.semver(rng)} to ${V.semver(rng)}; Windows build ${rng.int(10, 11)}.0.${rng.int(19041, 26100)}.${rng.int(1000, 5000)} still crashes. Chrome ${rng.int(120, 140)}.0.${rng.int(6000, 7000)}.${rng.int(10, 200)}.`);
  else if (style === 1) d.t(`Order ORD-${rng.int(2023, 2026)}-${rng.digits(6)} shipped via UPS 1Z${V.mixed(rng, V.UPPER + V.DIGITS, 16)}; invoice ${V.digitsFailingLuhn(rng, 16)} due ${V.isoDate(rng)}.`);
  else if (style === 2) d.t(`Benchmark: p50=${rng.int(1, 90)}ms p99=${rng.int(100, 900)}ms, ${rng.int(1000, 99999)} req/s, ${rng.int(1, 64)} GiB RAM, uptime ${rng.int(100000, 9999999)}s, epoch ${rng.int(1600000000, 1800000000)}${rng.digits(3)}`);
  else if (style === 3) d.t(`ISBN 978-${rng.int(0, 1)}-${rng.digits(3)}-${rng.digits(5)}-${rng.digits(1)}, page ${rng.int(1, 900)}; shipment weight ${rng.int(1, 99)}.${rng.digits(2)} kg; ticket INC${rng.digits(7)}.`);
  else d.t(`Meeting on ${V.isoDate(rng)} at ${rng.int(8, 18)}:${rng.pick(['00', '30'])}, room ${rng.int(100, 999)}, dial-in code ${rng.digits(4)} ${rng.digits(4)} #. Budget line ${rng.digits(3)}-${rng.digits(3)}-${rng.digits(3)}.`);
};

export const invalidFinancial: Template = (rng, d) => {
  const style = rng.int(0, 4);
  if (style === 0) d.t(`Why does my Luhn check reject ${V.cardNumberBadLuhn(rng)}? I think the validator is wrong.`);
  else if (style === 1) d.t(`IBAN validation fails for ${V.ibanBadCheck(rng)} — typo somewhere?`);
  else if (style === 2) d.t(`Card ending in ${rng.digits(4)} (**** **** **** ${rng.digits(4)}) was refunded; ref XXXX-XXXX-XXXX-${rng.digits(4)}.`);
  else if (style === 3) d.t(`tracking ids: ${V.digitsFailingLuhn(rng, 16)}, ${V.digitsFailingLuhn(rng, 16)}, ${V.digitsFailingLuhn(rng, 15)}`);
  else d.t(`Transfer reference ${rng.chars(V.UPPER, 2)}${rng.digits(2)}${rng.chars(V.UPPER + V.DIGITS, 14)} is not an IBAN, it's our internal batch id.`);
};

export const invalidPii: Template = (rng, d) => {
  const style = rng.int(0, 5);
  if (style === 0) d.t(`These SSNs failed validation: ${V.ssnInvalid(rng)}, ${V.ssnInvalid(rng)}. Why?`);
  else if (style === 1) d.t(`Aadhaar ${V.aadhaarBad(rng)} is rejected by the UIDAI checksum, is the Verhoeff code right?`);
  else if (style === 2) d.t(`The form rejects NI number ${V.ninoInvalid(rng)} — that prefix isn't issued, right?`);
  else if (style === 3) d.t(`Our phone validator accepts ${V.phoneInvalid(rng)} but it shouldn't. Also ${V.phoneInvalid(rng)}.`);
  else if (style === 4) d.t(`Assets: icon@2x.png, logo@3x.webp, banner@2x.jpg. Install @types/node and @scope/${V.identifier(rng).toLowerCase()}. Use react@${V.semver(rng)}.`);
  else d.t(`Date range ${V.isoDate(rng)} to ${V.isoDate(rng)}; build ${rng.digits(3)}-${rng.digits(2)}-${rng.digits(4)}-${V.mixed(rng, V.HEX, 6)}; coordinates 51.${rng.digits(4)}, -0.${rng.digits(4)}.`);
};

export const binaryish: Template = (rng, d) => {
  const style = rng.int(0, 2);
  if (style === 0) d.t(`Why is this image not showing? <img src="${V.base64Image(rng)}" alt="logo">`);
  else if (style === 1) d.t(`Simplify this SVG icon:\n<svg viewBox="0 0 24 24"><path d="${V.svgPath(rng)}"/><path d="${V.svgPath(rng)}"/></svg>`);
  else d.t(`background-image: url("data:image/svg+xml;base64,${Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"><path d="${V.svgPath(rng)}"/></svg>`).toString('base64')}");`);
};

export const minifiedJs: Template = (rng, d) => {
  d.t('What does this minified code do?\n');
  const parts: string[] = [];
  const n = rng.int(15, 40);
  for (let i = 0; i < n; i++) {
    const a = rng.chars(V.LOWER, 1);
    const b = rng.chars(V.LOWER + V.UPPER, rng.int(1, 2));
    parts.push(
      rng.pick([
        `function ${a}(${b},t){return ${b}&&t?${b}[t]:void 0}`,
        `var ${b}=${rng.int(0, 9999)},${a}="${V.mixed(rng, V.ALNUM, rng.int(6, 20))}"`,
        `${a}.prototype.${b}=function(e){return this._${a}.push(e),this}`,
        `!function(){"use strict";var e=${rng.int(0, 99)}}()`,
        `${a}[${rng.int(0, 9)}]=(${b}>>>${rng.int(1, 16)})&${rng.int(1, 255)}`,
        `"${V.mixed(rng, V.B64URL, rng.int(20, 44))}"===${b}&&${a}()`,
      ]),
    );
  }
  // Mark the minified blob as ambiguous source code: it *is* code, but few would call it a paste.
  const blob = parts.join(';') + ';';
  d.amb('source_code', blob);
};

export const publicKeys: Template = (rng, d) => {
  d.t(rng.pick(['Is this certificate expired?\n', 'Add this public key to the server:\n', '']));
  if (rng.bool(0.3)) d.t(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${V.b64Secret(rng, 33).slice(0, 43)} ${V.person(rng).first.toLowerCase()}-laptop\n`);
  else d.t(V.pemPublic(rng));
};

const CASUAL_CONFIDENTIAL = [
  'What is confidential computing and how does AMD SEV work?',
  'Write a short confidentiality agreement template for freelancers.',
  "I'm confident the migration will work, but can you double-check the plan?",
  'Is my conversation with you kept confidential?',
  'How do I add a watermark to a Word document?',
  'Explain the difference between privacy, confidentiality and integrity (CIA triad).',
  'Our HR policy says salaries are confidential — is that legal in California?',
  'The secret to a good sourdough is a long cold proof.',
  "What's the plot of the film 'Top Secret!' (1984)?",
  'List GDPR principles, especially integrity and confidentiality.',
  'Summarize the novel "The Confidential Agent" by Graham Greene.',
  'How should a therapist handle patient confidentiality when a client is at risk?',
  'Give me tips to stay confident during job interviews.',
  'What does "internal" mean in Kotlin visibility modifiers?',
  'Generate a classification label taxonomy for our document management system (public, internal, restricted…).',
];
export const casualConfidential: Template = (rng, d) => {
  d.t(rng.pick(CASUAL_CONFIDENTIAL));
};

const CODE_PROSE = [
  'What is the difference between let, const and var in JavaScript?',
  'Explain Python list comprehensions with a simple example in words.',
  'Should I use Postgres or MongoDB for an e-commerce app with 10k users?',
  'How does garbage collection work in Go compared to Java?',
  'Write a haiku about recursion.',
  'What does the error "cannot borrow as mutable" mean in Rust?',
  'Recommend a good book about distributed systems.',
  'How do I center a div? Just explain the options, no code.',
  'Is it a good idea to store JWTs in localStorage?',
  'Give me 5 interview questions for a senior backend engineer.',
  'Run npm install and then npm test; which one is failing for you?',
  'My React app re-renders too often. What are common causes?',
  'Compare REST and GraphQL for a mobile client.',
  'What is the time complexity of quicksort in the worst case?',
  'Plan a two-week sprint for migrating our CI from Jenkins to GitHub Actions.',
];
export const codeProse: Template = (rng, d) => {
  d.t(rng.pick(CODE_PROSE));
};

/** Config/log/trace-shaped text that is neither source code nor sensitive. */
export const benignConfig: Template = (rng, d) => {
  d.t(rng.pick(['Why does this fail validation?\n', 'Convert to TOML:\n', '']));
  const body = (): void => {
    const n = rng.int(4, 10);
    for (let i = 0; i < n; i++) {
      const [env, key, val] = benignSetting(rng);
      d.t(rng.bool(0.5) ? `${env}=${val}` : `${key}: ${val}`, '\n');
    }
  };
  // Config files are not "source code" for this corpus, but a detector calling them code is defensible.
  d.span('source_code', body, true);
};

export const ambiguousSamples: Template = (rng, d) => {
  const style = rng.int(0, 4);
  if (style === 0) {
    d.t('Stripe test card ');
    d.amb('payment_card', rng.pick(['4242 4242 4242 4242', '4111 1111 1111 1111', '5555 5555 5555 4444', '4000056655665556']));
    d.t(' works in test mode but not live.');
  } else if (style === 1) {
    d.t('The form placeholder shows ');
    d.amb('us_ssn', '123-45-6789');
    d.t(' as an example SSN.');
  } else if (style === 2) {
    d.t('Call the fictional number ');
    d.amb('phone', `(${rng.pick([212, 415, 310])}) 555-01${rng.digits(2)}`);
    d.t(' used in the movie script.');
  } else if (style === 3) {
    d.t('git clone ');
    d.amb('email', 'git@github.com');
    d.t(`:${V.identifier(rng)}/${V.identifier(rng)}.git fails with permission denied (publickey).`);
  } else {
    d.t('Block traffic from ');
    d.amb('ip_address', V.publicIpv4(rng));
    d.t(' and ');
    d.amb('ip_address', V.privateIpv4(rng));
    d.t(' in the firewall.');
  }
};

export const NEGATIVE_TEMPLATES: [number, Template][] = [
  [5, awsDocKeys],
  [5, stripeTestKeys],
  [8, placeholderConfig],
  [5, placeholderConnString],
  [8, uuidsAndHashes],
  [7, versionsAndNumbers],
  [8, invalidFinancial],
  [8, invalidPii],
  [5, binaryish],
  [3, minifiedJs],
  [4, publicKeys],
  [6, casualConfidential],
  [6, codeProse],
  [4, benignConfig],
  [4, ambiguousSamples],
];

// ------------------------------------------------------------------ mixed documents

export const stackTrace: Template = (rng, d) => {
  d.t(rng.pick(['Why does this crash?\n\n', 'Explain this stack trace:\n', '']));
  const lang = rng.int(0, 2);
  const body = (): void => {
    if (lang === 0) {
      d.t(`Traceback (most recent call last):\n  File "/srv/app/${V.identifier(rng)}.py", line ${rng.int(10, 400)}, in handle\n    conn = psycopg2.connect(dsn)\n  File "/usr/lib/python3.12/site-packages/psycopg2/__init__.py", line 122, in connect\n    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)\npsycopg2.OperationalError: connection to server failed for dsn `);
      const c = V.connectionString(rng);
      d.vPart('connection_string', c.url, c.pwStart, c.pwEnd);
      d.t('\n');
    } else if (lang === 1) {
      d.t(`Exception in thread "main" java.lang.IllegalStateException: user `);
      d.v('email', V.email(rng));
      d.t(` has no tenant\n\tat com.${V.identifier(rng).toLowerCase()}.service.TenantResolver.resolve(TenantResolver.java:${rng.int(20, 300)})\n\tat com.${V.identifier(rng).toLowerCase()}.web.Filter.doFilter(Filter.java:${rng.int(20, 300)})\n\tat org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)\n`);
    } else {
      d.t(`TypeError: Cannot read properties of undefined (reading '${rng.pick(['id', 'map', 'length'])}')\n    at ${V.identifier(rng)} (webpack-internal:///./src/${V.identifier(rng)}.tsx:${rng.int(10, 200)}:${rng.int(1, 80)})\n    at renderWithHooks (react-dom.development.js:16305:18)\n    at mountIndeterminateComponent (react-dom.development.js:20074:13)\n`);
    }
  };
  // A stack trace is not a pasted source block; flagging it as code is defensible → ambiguous.
  d.span('source_code', body, true);
};

export const customerEmail: Template = (rng, d) => {
  const p = V.person(rng);
  const co = V.company(rng);
  d.t(rng.pick(['Reply to this email:\n\n', 'Extract action items:\n\n', '']));
  d.t(`From: ${p.full} <`);
  d.v('email', V.email(rng, p, co.domain));
  d.t('>\nTo: Accounts Receivable\n');
  d.t(`Subject: ${rng.pick(['Updated bank details', 'Overdue invoice', 'Contract renewal'])}\n\nHello,\n\nplease note our new bank account, effective ${V.isoDate(rng)}:\nIBAN `);
  d.v('iban', V.iban(rng));
  d.t('\nYou can reach me on ');
  d.v('phone', V.phone(rng));
  d.t(` if anything is unclear.\n\nRegards,\n${p.first}\n\n`);
  if (rng.bool(0.5)) {
    d.span(
      'confidential',
      () => d.t('This e-mail and any attachments are confidential and intended solely for the addressee. If you received it in error, please notify the sender and delete it.'),
      true,
    );
  }
};

export const incidentLog: Template = (rng, d) => {
  d.t('Write a post-mortem from these notes:\n\n');
  d.span('confidential', () => d.t(rng.pick(['INTERNAL USE ONLY', 'CONFIDENTIAL', 'TLP:AMBER'])));
  d.t(`\n${V.timestamp(rng)} pager fired for ${V.identifier(rng)}-api (p99 ${rng.int(2, 30)}s)\n${V.timestamp(rng)} on-call ${V.person(rng).first} found leaked key in logs: `);
  // Only values that identify themselves (prefixes/structure): the note gives no provider context.
  const slot = rng.pick(SECRET_SLOTS.filter((s) => !['password_assignment', 'generic_secret', 'aws_secret_access_key', 'twilio_api_key'].includes(s.kind)));
  d.v(slot.kind, slot.gen(rng));
  d.t(`\n${V.timestamp(rng)} key rotated, customer contact `);
  d.v('email', V.email(rng));
  d.t(` notified\n`);
};

export const csvMixed: Template = (rng, d) => {
  d.t('Clean up this CSV and dedupe by email:\n\n');
  d.t('name,email,iban,country\n');
  const n = rng.int(3, 8);
  for (let i = 0; i < n; i++) {
    const p = V.person(rng);
    d.t(`"${p.last}, ${p.first}",`);
    d.v('email', V.email(rng, p));
    d.t(',');
    d.v('iban', V.iban(rng, false));
    d.t(`,${rng.pick(['DE', 'FR', 'GB', 'NL', 'ES'])}\n`);
  }
};

export const codeAndPii: Template = (rng, d) => {
  d.t('This test fixture fails, why?\n\n```python\n');
  d.span('source_code', () => {
    const p = V.person(rng);
    d.t(`def test_create_user(client):\n    payload = {\n        "name": "${p.full}",\n        "email": "`);
    d.v('email', V.email(rng, p));
    d.t('",\n        "card": "');
    d.v('payment_card', V.cardNumber(rng).replace(/[ -]/g, ''));
    d.t(`",\n    }\n    resp = client.post("/users", json=payload)\n    assert resp.status_code == ${rng.pick([200, 201])}\n    assert resp.json()["id"]`);
  });
  d.t('\n```');
};

export const MIXED_TEMPLATES: [number, Template][] = [
  [5, stackTrace],
  [5, customerEmail],
  [3, incidentLog],
  [3, csvMixed],
  [3, codeAndPii],
];

/** Snippets without secrets, re-exported for the bench's mixed-text builder. */
export function plainSnippet(rng: Rng, d: Doc): void {
  const s = rng.pick(SNIPPETS);
  d.t(s.body(rng).replace(/§S§/g, s.benign ?? '""'));
}
