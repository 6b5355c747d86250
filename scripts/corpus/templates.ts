/**
 * Record templates. Each template appends to a Doc; sensitive values go through `d.v()` so their
 * offsets are recorded. Anything appended with `d.t()` must be non-sensitive by design.
 */
import type { Doc } from './doc';
import type { Rng } from './prng';
import * as V from './values';
import { SNIPPETS, type Snippet } from './code-bank';
import { SECRET_SLOTS, benignSetting, pickSlot, type SecretSlot } from './secrets-pool';

export type Template = (rng: Rng, d: Doc) => void;

// ------------------------------------------------------------------ chat framing

export const CHAT_OPENERS = [
  'Can you help me debug this?',
  'Why does this fail in production but not locally?',
  'Please review the following and suggest improvements.',
  'Explain what this does, step by step:',
  "I'm getting an error with this config, what's wrong?",
  'Rewrite this to be cleaner:',
  'hey, quick question about this',
  'Convert this to TypeScript please.',
  'Summarize this for my manager in 3 bullet points.',
  'Find the bug.',
  'Is this secure?',
  'Can you make this faster?',
  'Translate the following into German.',
  'Draft a reply to this.',
  'What does this log mean?',
  'Help me write unit tests for this.',
  '',
  '',
];
export const CHAT_CLOSERS = ['', '', '', '\n\nThanks!', '\n\nAny ideas?', '\n\nKeep it short.', '\n\nWhat am I missing?', '\n\nthx', '\n\nPlease answer in English.'];

export function opener(rng: Rng, d: Doc): void {
  const o = rng.pick(CHAT_OPENERS);
  if (o) d.t(o, rng.pick(['\n\n', '\n', ' ']));
}
export function closer(rng: Rng, d: Doc): void {
  d.t(rng.pick(CHAT_CLOSERS));
}

/**
 * Config files, JSON payloads and HTTP requests are data, not pasted source code; a detector that
 * calls them code is still defensible, so their body is an ambiguous source_code span.
 */
export function configBlock(d: Doc, body: () => void): void {
  d.span('source_code', body, true);
}

function q(rng: Rng): string {
  return rng.pick(['', '"', '"', "'"]);
}

// ------------------------------------------------------------------ credentials

function envValue(d: Doc, slot: SecretSlot, rng: Rng, quote = q(rng)): void {
  d.t(quote);
  d.v(slot.kind, slot.gen(rng));
  d.t(quote);
}

export const envFile: Template = (rng, d) => {
  opener(rng, d);
  configBlock(d, () => {
    d.t(rng.pick(['', '# .env\n', '.env.production:\n', '```\n']));
    const lines = rng.int(4, 12);
    const secrets = rng.int(1, 3);
    const secretAt = new Set(rng.shuffle([...Array(lines).keys()]).slice(0, secrets));
    for (let i = 0; i < lines; i++) {
      if (secretAt.has(i)) {
        const slot = pickSlot(rng);
        if (slot.kind === 'password_assignment' && rng.bool(0.3)) {
          const c = V.connectionString(rng);
          d.t('DATABASE_URL=');
          d.vPart('connection_string', c.url, c.pwStart, c.pwEnd);
        } else {
          d.t(slot.env, '=');
          envValue(d, slot, rng);
        }
      } else {
        const [env, , val] = benignSetting(rng);
        d.t(env, '=', val);
      }
      d.t('\n');
    }
    if (rng.bool(0.3)) d.t('STRIPE_PUBLISHABLE_KEY=', V.stripePublishable(rng), '\n');
    if (rng.bool(0.25)) d.t('STRIPE_TEST_SECRET=', V.stripeTest(rng), '\n');
  });
  closer(rng, d);
};

export const yamlConfig: Template = (rng, d) => {
  opener(rng, d);
  configBlock(d, () => {
    d.t('```yaml\n');
    d.t(`app:\n  name: ${V.identifier(rng)}\n  env: ${rng.pick(['prod', 'staging'])}\n  replicas: ${rng.int(1, 6)}\n`);
    d.t('database:\n  host: ');
    // IP addresses: whether a (private) IP is personal data is a policy call → ambiguous everywhere.
    d.amb('ip_address', V.privateIpv4(rng));
    d.t('\n  port: 5432\n  user: app\n  password: ');
    d.v('password_assignment', rng.bool(0.5) ? V.strongPassword(rng) : V.urlPassword(rng));
    d.t('\n');
    const extra = rng.int(0, 2);
    for (let i = 0; i < extra; i++) {
      const slot = pickSlot(rng);
      d.t(`${slot.key.split('_')[0]}:\n  ${slot.key}: `);
      envValue(d, slot, rng, rng.pick(['', '"']));
      d.t('\n');
    }
    d.t(`logging:\n  level: ${rng.pick(['info', 'debug'])}\n  format: json\n`);
    d.t('```');
  });
  closer(rng, d);
};

export const jsonConfig: Template = (rng, d) => {
  opener(rng, d);
  const slot = pickSlot(rng);
  configBlock(d, () => {
    d.t('{\n');
    d.t(`  "service": "${V.identifier(rng)}",\n  "timeoutMs": ${rng.pick([3000, 15000, 60000])},\n`);
    d.t(`  "${slot.key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())}": "`);
    d.v(slot.kind, slot.gen(rng));
    d.t('",\n');
    d.t(`  "retries": ${rng.int(0, 5)},\n  "endpoint": "https://api.${V.company(rng).domain}/v2"\n}`);
  });
  closer(rng, d);
};

export const iniConfig: Template = (rng, d) => {
  opener(rng, d);
  configBlock(d, () => {
    d.t(`; ${V.identifier(rng)}.ini\n[server]\nhost = 0.0.0.0\nport = ${rng.pick([8080, 9000])}\n\n[database]\ndriver = ${rng.pick(['postgresql', 'mysql'])}\nuser = ${rng.pick(['app', 'reporting'])}\npassword = `);
    d.v('password_assignment', V.strongPassword(rng));
    d.t(`\nname = ${rng.pick(V.WORDS)}\n`);
    if (rng.bool(0.5)) {
      const slot = pickSlot(rng);
      d.t(`\n[integrations]\n${slot.key} = `);
      d.v(slot.kind, slot.gen(rng));
      d.t('\n');
    }
  });
  closer(rng, d);
};

export const dockerCompose: Template = (rng, d) => {
  opener(rng, d);
  configBlock(d, () => {
    d.t(`services:\n  db:\n    image: postgres:${rng.int(13, 17)}.${rng.int(0, 6)}-alpine\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: `);
    d.v('password_assignment', V.strongPassword(rng));
    d.t(`\n    ports:\n      - "5432:5432"\n  api:\n    build: .\n    depends_on: [db]\n    environment:\n      DATABASE_URL: `);
    const c = V.connectionString(rng);
    d.vPart('connection_string', c.url, c.pwStart, c.pwEnd);
    d.t('\n');
    if (rng.bool(0.6)) {
      const slot = pickSlot(rng);
      d.t(`      ${slot.env}: `);
      envValue(d, slot, rng);
      d.t('\n');
    }
    d.t(`    ports:\n      - "${rng.pick([3000, 8080])}:${rng.pick([3000, 8080])}"\n`);
  });
  closer(rng, d);
};

export const k8sSecret: Template = (rng, d) => {
  opener(rng, d);
  configBlock(d, () => {
  const plain = rng.bool(0.6);
    d.t(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${V.identifier(rng).toLowerCase()}-secrets\n  namespace: ${rng.pick(['prod', 'default', 'payments'])}\ntype: Opaque\n${plain ? 'stringData' : 'data'}:\n`);
    const n = rng.int(1, 3);
    for (let i = 0; i < n; i++) {
      const slot = pickSlot(rng);
      const value = slot.gen(rng);
      d.t(`  ${slot.env}: `);
      if (plain) d.v(slot.kind, value);
      else d.v('generic_secret', Buffer.from(value).toString('base64'));
      d.t('\n');
    }
  });
  closer(rng, d);
};

export const awsCredentialsFile: Template = (rng, d) => {
  opener(rng, d);
  d.t(rng.pick(['~/.aws/credentials\n', 'my credentials file:\n', '']));
  configBlock(d, () => {
    d.t(`[${rng.pick(['default', 'prod', 'ci'])}]\naws_access_key_id = `);
    d.v('aws_access_key_id', V.awsAccessKeyId(rng));
    d.t('\naws_secret_access_key = ');
    d.v('aws_secret_access_key', V.awsSecretKey(rng));
    d.t(`\nregion = ${rng.pick(['us-east-1', 'eu-west-2'])}\n`);
  });
  closer(rng, d);
};

export const curlBearer: Template = (rng, d) => {
  opener(rng, d);
  const which = rng.pick(['openai', 'anthropic', 'generic', 'github']);
  if (which === 'anthropic') {
    d.t('curl https://api.anthropic.com/v1/messages \\\n  -H "x-api-key: ');
    d.v('anthropic_api_key', V.anthropicKey(rng));
    d.t('" \\\n  -H "anthropic-version: 2023-06-01" \\\n  -H "content-type: application/json" \\\n  -d \'{"model":"claude-sonnet-4-5","max_tokens":256,"messages":[{"role":"user","content":"ping"}]}\'');
  } else if (which === 'openai') {
    d.t('curl https://api.openai.com/v1/chat/completions -H "Content-Type: application/json" -H "Authorization: Bearer ');
    d.v('openai_api_key', V.openaiKey(rng));
    d.t('" -d \'{"model": "gpt-4o", "messages": [{"role": "user", "content": "hello"}]}\'');
  } else if (which === 'github') {
    d.t('curl -H "Authorization: token ');
    d.v('github_pat', V.githubClassic(rng));
    d.t(`" https://api.github.com/repos/${V.identifier(rng)}/${V.identifier(rng)}/issues?state=open`);
  } else {
    d.t(`curl -X GET "https://api.${V.company(rng).domain}/v1/${rng.pick(V.WORDS)}" -H "Authorization: Bearer `);
    d.v('bearer_token', V.mixed(rng, V.ALNUM, rng.pick([32, 40, 48])));
    d.t('"');
  }
  d.t(rng.pick(['\n\nreturns 401, why?', '\n\ngives me a timeout', '', '\n\nconvert to python requests']));
};

export const gitRemoteToken: Template = (rng, d) => {
  opener(rng, d);
  const user = rng.pick(['x-access-token', 'oauth2', V.person(rng).first.toLowerCase()]);
  d.t(`$ git remote -v\norigin\thttps://${user}:`);
  const tok = rng.bool(0.8) ? V.githubClassic(rng) : V.gitlabPat(rng);
  d.v(tok.startsWith('glpat') ? 'gitlab_pat' : 'github_pat', tok);
  d.t(`@${tok.startsWith('glpat') ? 'gitlab.com' : 'github.com'}/${V.identifier(rng)}/${V.identifier(rng)}.git (fetch)\n`);
  d.t('fatal: Authentication failed');
  closer(rng, d);
};

export const npmrc: Template = (rng, d) => {
  opener(rng, d);
  configBlock(d, () => {
    d.t('# .npmrc\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=');
    d.v('npm_token', V.npmToken(rng));
    d.t(`\nsave-exact=true\n`);
  });
  closer(rng, d);
};

export const gcpServiceAccount: Template = (rng, d) => {
  opener(rng, d);
  const proj = `${V.identifier(rng).toLowerCase()}-${rng.int(100000, 999999)}`;
  // The whole service-account JSON is the credential (its private_key_id included); the PEM
  // inside is labelled too.
  configBlock(d, () =>
    d.span('gcp_service_account', () => {
      d.t(`{\n  "type": "service_account",\n  "project_id": "${proj}",\n  "private_key_id": "${V.sha(rng, 40)}",\n  "private_key": "`);
      d.v('private_key', V.pemPrivateKey(rng, 'PRIVATE KEY', '\\n') + '\\n');
      d.t(`",\n  "client_id": "${rng.digits(21)}",\n  "auth_uri": "https://accounts.google.com/o/oauth2/auth",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}`);
    }),
  );
  closer(rng, d);
};

export const pemPasted: Template = (rng, d) => {
  d.t(rng.pick(["ssh says 'invalid format' for this key:\n\n", 'Convert this key to PKCS8:\n', 'Is this key encrypted?\n\n', '']));
  d.v('private_key', V.pemPrivateKey(rng));
  closer(rng, d);
};

export const jwtPrompt: Template = (rng, d) => {
  d.t(rng.pick(['Decode this JWT and tell me when it expires: ', 'why is my token rejected? Authorization: Bearer ', 'token=', 'Cookie: session=']));
  d.v('jwt', V.jwt(rng));
  closer(rng, d);
};

export const keyInProse: Template = (rng, d) => {
  const slot = rng.pick(SECRET_SLOTS.filter((s) => !['password_assignment', 'generic_secret'].includes(s.kind)));
  // Values that do not identify their provider (AWS secret, Twilio SK…) get the provider named.
  const selfIdentifying = !['aws_secret_access_key', 'twilio_api_key'].includes(slot.kind);
  const named = [`my ${slot.env.toLowerCase().replace(/_/g, ' ')} is `, `${slot.env}: `];
  const lead = rng.pick(selfIdentifying ? [...named, 'I set the key to ', 'Using this key: ', 'here it is -> '] : named);
  d.t(rng.pick(['', 'hi! ', 'ok so ']), lead);
  d.v(slot.kind, slot.gen(rng));
  d.t(rng.pick([' but the API keeps returning 401.', '. Why does it not work?', ' — can you check if the format is right?', '\nwhat scopes does it need?', '']));
};

export const passwordInProse: Template = (rng, d) => {
  const p = V.person(rng);
  d.t(rng.pick([`Login for the staging box: user ${p.first.toLowerCase()} / password: `, 'the admin password is ', 'pw: ', `Set the VPN passphrase to `, 'Password: ']));
  d.v('password_assignment', V.strongPassword(rng));
  d.t(rng.pick(['', '. Write a welcome email that includes these.', '\nCan you format this as a table?', ' (please rotate after the demo)']));
};

export const connStringCode: Template = (rng, d) => {
  opener(rng, d);
  const c = V.connectionString(rng);
  const style = rng.int(0, 3);
  if (style === 0) {
    d.t('engine = create_engine("');
    d.vPart('connection_string', c.url, c.pwStart, c.pwEnd);
    d.t('", pool_size=10)\n');
  } else if (style === 1) {
    d.t('const pool = new Pool({ connectionString: \'');
    d.vPart('connection_string', c.url, c.pwStart, c.pwEnd);
    d.t("' });\n");
  } else if (style === 2) {
    d.t('DATABASE_URL=');
    d.vPart('connection_string', c.url, c.pwStart, c.pwEnd);
    d.t('\n');
  } else {
    d.t(`Error: connect ECONNREFUSED while connecting to `);
    d.vPart('connection_string', c.url, c.pwStart, c.pwEnd);
    d.t('\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\n');
  }
  closer(rng, d);
};

export const basicAuthHeader: Template = (rng, d) => {
  opener(rng, d);
  configBlock(d, () => {
    d.t(`GET /api/${rng.pick(V.WORDS)} HTTP/1.1\nHost: ${V.company(rng).domain}\nAuthorization: Basic `);
    d.v('basic_auth', V.basicAuth(rng));
    d.t(`\nAccept: application/json\n`);
  });
  closer(rng, d);
};

export const azureConn: Template = (rng, d) => {
  opener(rng, d);
  d.t(`DefaultEndpointsProtocol=https;AccountName=${V.identifier(rng).toLowerCase()}store;AccountKey=`);
  d.v('azure_storage_key', V.azureStorageKey(rng));
  d.t(';EndpointSuffix=core.windows.net');
  closer(rng, d);
};

/** A pasted code block (labelled source_code), with a hard-coded secret in ~half of them. */
export function codeBlock(rng: Rng, d: Doc, snippet: Snippet, withSecret: boolean, fenced = rng.bool(0.75)): void {
  if (fenced) d.t('```', snippet.lang, '\n');
  d.span('source_code', () => {
    const body = snippet.body(rng).replace(/\n$/, '');
    const parts = body.split('§S§');
    for (let i = 0; i < parts.length; i++) {
      d.t(parts[i] as string);
      if (i < parts.length - 1) {
        if (withSecret && snippet.secrets?.length) {
          const kind = rng.pick(snippet.secrets);
          const slot = SECRET_SLOTS.find((s) => s.kind === kind);
          const quote = snippet.quote ?? '"';
          d.t(quote);
          d.v(kind, slot ? slot.gen(rng) : V.strongPassword(rng));
          d.t(quote);
        } else d.t(snippet.benign ?? '""');
      }
    }
  });
  if (fenced) d.t('\n```');
}

export const codeWithSecret: Template = (rng, d) => {
  opener(rng, d);
  const snippet = rng.pick(SNIPPETS.filter((s) => s.secrets?.length));
  codeBlock(rng, d, snippet, true);
  closer(rng, d);
};

export const CREDENTIAL_TEMPLATES: [number, Template][] = [
  [14, envFile],
  [7, yamlConfig],
  [7, jsonConfig],
  [4, iniConfig],
  [5, dockerCompose],
  [4, k8sSecret],
  [5, awsCredentialsFile],
  [7, curlBearer],
  [3, gitRemoteToken],
  [3, npmrc],
  [3, gcpServiceAccount],
  [5, pemPasted],
  [5, jwtPrompt],
  [14, keyInProse],
  [5, passwordInProse],
  [7, connStringCode],
  [3, basicAuthHeader],
  [2, azureConn],
  [10, codeWithSecret],
];

// ------------------------------------------------------------------ financial

function expiry(rng: Rng): string {
  return `${String(rng.int(1, 12)).padStart(2, '0')}/${rng.int(26, 31)}`;
}

export const cardChat: Template = (rng, d) => {
  const p = V.person(rng);
  d.t(rng.pick([
    `Draft a polite refund request. I was charged twice on my card `,
    `Customer ${p.full} says the payment failed for card `,
    `Can you check if this card number is valid: `,
    `My ${rng.pick(['Visa', 'Mastercard', 'Amex', 'card'])} `,
    `pls update billing to `,
  ]));
  d.v('payment_card', V.cardNumber(rng));
  d.t(rng.pick([` exp ${expiry(rng)}`, ` (exp. ${expiry(rng)}, CVV ${rng.digits(3)})`, '', ` on ${V.isoDate(rng)}`]));
  d.t(rng.pick(['. Amount was $' + rng.int(10, 999) + '.' + rng.digits(2) + '.', ' — what should I do?', '.', ' was declined at checkout, order #' + rng.int(100000, 999999) + '.']));
};

export const paymentJson: Template = (rng, d) => {
  opener(rng, d);
  configBlock(d, () => {
    d.t(`POST /v1/payments\n{\n  "amount": ${rng.int(100, 99999)},\n  "currency": "${rng.pick(['usd', 'eur', 'gbp'])}",\n  "order_id": "ord_${V.mixed(rng, V.LOWER + V.DIGITS, 14)}",\n  "card": {\n    "number": "`);
    d.v('payment_card', V.cardNumber(rng).replace(/[ -]/g, ''));
    d.t(`",\n    "exp_month": ${rng.int(1, 12)},\n    "exp_year": ${rng.int(2026, 2031)},\n    "cvc": "${rng.digits(3)}"\n  }\n}\n`);
  });
  d.t(rng.pick(['Response: 402 card_declined', 'Why do I get invalid_number?', '']));
};

export const transactionsCsv: Template = (rng, d) => {
  opener(rng, d);
  d.t('txn_id,date,card,amount,currency,status\n');
  const n = rng.int(3, 10);
  for (let i = 0; i < n; i++) {
    d.t(`T${rng.digits(8)},${V.isoDate(rng)},`);
    if (rng.bool(0.6)) d.v('payment_card', V.cardNumber(rng).replace(/[ -]/g, ''));
    else d.t(`**** **** **** ${rng.digits(4)}`);
    d.t(`,${rng.int(1, 2000)}.${rng.digits(2)},${rng.pick(['USD', 'EUR', 'GBP'])},${rng.pick(['settled', 'pending', 'refunded', 'declined'])}\n`);
  }
  closer(rng, d);
};

export const ibanTransfer: Template = (rng, d) => {
  const p = V.person(rng);
  const co = V.company(rng);
  d.t(rng.pick(['Translate into French:\n\n', 'Make this email sound more professional:\n\n', '', 'Summarize:\n']));
  d.t(`Hi ${p.first},\n\nplease wire the outstanding ${rng.pick(['€', '£', 'EUR ', 'CHF '])}${rng.int(1, 99)},${rng.digits(3)}.${rng.digits(2)} for invoice INV-${rng.int(2023, 2026)}-${rng.digits(5)} to our account:\n\nAccount holder: ${co.name} ${rng.pick(['GmbH', 'Ltd', 'SAS', 'B.V.'])}\nIBAN: `);
  d.v('iban', V.iban(rng));
  // A BIC identifies a bank branch, not a person or account: flagging it is defensible → ambiguous.
  d.t('\nBIC: ');
  d.amb('swift_bic', `${rng.chars(V.UPPER, 4)}${rng.pick(['DE', 'GB', 'FR', 'NL'])}${rng.chars(V.UPPER + V.DIGITS, 2)}${rng.bool(0.5) ? 'XXX' : ''}`);
  d.t(`\n\nPayment terms: ${rng.pick([14, 30, 45])} days net.\n\nBest,\n${V.person(rng).first}`);
};

export const ibanInline: Template = (rng, d) => {
  d.t(rng.pick(['Is this IBAN valid? ', 'Send refund to ', 'Bank account for payroll: ', 'IBAN ', 'Please update my IBAN to ']));
  d.v('iban', V.iban(rng));
  d.t(rng.pick(['', '.', ' thanks', '\nand use reference ' + rng.chars(V.UPPER, 3) + rng.digits(6)]));
};

export const achDetails: Template = (rng, d) => {
  opener(rng, d);
  d.t(`Direct deposit form\nBank: ${V.company(rng).name} Bank\nRouting number (ABA): `);
  d.v('aba_routing', V.abaRouting(rng));
  d.t(`\nAccount type: ${rng.pick(['Checking', 'Savings'])}\n`);
  closer(rng, d);
};

export const FINANCIAL_TEMPLATES: [number, Template][] = [
  [12, cardChat],
  [6, paymentJson],
  [6, transactionsCsv],
  [7, ibanTransfer],
  [7, ibanInline],
  [3, achDetails],
];

// ------------------------------------------------------------------ pii

export const supportTicket: Template = (rng, d) => {
  const p = V.person(rng);
  d.t(rng.pick(['Summarize this ticket:\n\n', 'Classify the sentiment of this ticket:\n', 'Write a response to this customer:\n\n', '']));
  d.t(`Ticket #${rng.int(10000, 99999)} — ${rng.pick(['Cannot log in', 'Refund not received', 'Wrong item delivered', 'Account locked'])}\nFrom: ${p.full} <`);
  d.v('email', V.email(rng, p));
  d.t('>\n');
  if (rng.bool(0.7)) {
    d.t('Phone: ');
    d.v('phone', V.phone(rng));
    d.t('\n');
  }
  d.t(`\n${rng.pick(['I have tried resetting my password three times.', 'The parcel arrived damaged and I want a replacement.', 'I was billed after cancelling my plan on ' + V.isoDate(rng) + '.', 'Please call me back, I have been waiting for 2 weeks.'])}\n`);
};

export const usersCsv: Template = (rng, d) => {
  opener(rng, d);
  const withSsn = rng.bool(0.3);
  d.t(`id,name,email,phone${withSsn ? ',ssn' : ''},signup_date\n`);
  const n = rng.int(3, 12);
  for (let i = 0; i < n; i++) {
    const p = V.person(rng);
    d.t(`${rng.int(1000, 99999)},${p.full},`);
    d.v('email', V.email(rng, p));
    d.t(',');
    d.v('phone', V.phone(rng).replace(/,/g, ''));
    if (withSsn) {
      d.t(',');
      d.v('us_ssn', V.ssn(rng, '-'));
    }
    d.t(`,${V.isoDate(rng)}\n`);
  }
  closer(rng, d);
};

export const hrRecord: Template = (rng, d) => {
  const p = V.person(rng);
  d.t(rng.pick(['Fill in the onboarding form with this info:\n', 'Format as JSON:\n', '', 'Check this record for typos:\n']));
  d.t(`Name: ${p.full}\nDate of birth: `);
  d.v('date_of_birth', `${rng.int(1960, 2002)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`);
  d.t('\nSSN: ');
  d.v('us_ssn', V.ssn(rng));
  d.t('\nPersonal email: ');
  d.v('email', V.email(rng, p, rng.pick(['gmail.com', 'outlook.com', 'proton.me', 'yahoo.com'])));
  d.t('\nMobile: ');
  d.v('phone', V.phone(rng));
  d.t(`\nStart date: ${V.isoDate(rng)}\nSalary band: L${rng.int(2, 7)}\n`);
};

export const ssnInline: Template = (rng, d) => {
  d.t(rng.pick(['my social is ', 'SSN ', 'Her SSN: ', 'social security number ', 'Applicant SSN# ']));
  d.v('us_ssn', V.ssn(rng));
  d.t(rng.pick(['', ', can you fill the W-9?', '. Is it valid?', ' — please add to the tax form']));
};

export const indiaKyc: Template = (rng, d) => {
  const p = V.person(rng);
  d.t(rng.pick(['Draft a KYC verification email for this customer:\n', '', 'Extract the fields:\n']));
  d.t(`Customer: ${p.full}\nAadhaar: `);
  d.v('aadhaar', V.aadhaar(rng));
  d.t('\nMobile: ');
  d.v('phone', V.phoneIndia(rng));
  d.t(`\nPAN: ${rng.chars(V.UPPER, 5)}${rng.digits(4)}${rng.chars(V.UPPER, 1)}\n`);
};

export const ukPayroll: Template = (rng, d) => {
  const p = V.person(rng);
  d.t(rng.pick(['Create a payslip summary:\n', '', 'Is the NI number format right?\n']));
  d.t(`Employee: ${p.full}\nNational Insurance number: `);
  d.v('uk_nino', V.nino(rng));
  d.t(`\nTax code: ${rng.int(1000, 1400)}L\nGross pay: £${rng.int(1500, 9000)}.${rng.digits(2)}\n`);
  if (rng.bool(0.4)) {
    d.t('NHS number: ');
    d.v('uk_nhs', V.nhsNumber(rng));
    d.t('\n');
  }
};

export const emailSignature: Template = (rng, d) => {
  const p = V.person(rng);
  const co = V.company(rng);
  d.t(rng.pick(['Make this shorter:\n\n', 'Reply to this saying we accept:\n\n', '']));
  d.t(`Hi team,\n\nfollowing up on ${rng.pick(['the renewal', 'our call', 'the proposal', 'the migration plan'])} — can we meet ${rng.pick(['Tuesday', 'next week', 'on the 14th'])}?\n\nKind regards,\n${p.full}\n${rng.pick(['Head of Procurement', 'Account Executive', 'CTO', 'Data Protection Officer'])}, ${co.name}\n`);
  d.t(rng.pick(['T: ', 'Tel. ', 'Mobile: ', 'M ']));
  d.v('phone', V.phone(rng));
  d.t('\n');
  d.v('email', V.email(rng, p, co.domain));
  d.t(`\nhttps://www.${co.domain}\n`);
};

export const appLog: Template = (rng, d) => {
  opener(rng, d);
  const n = rng.int(3, 8);
  for (let i = 0; i < n; i++) {
    d.t(`${V.timestamp(rng)} ${rng.pick(['INFO', 'WARN', 'ERROR', 'DEBUG'])} [${V.identifier(rng)}] `);
    const r = rng.int(0, 4);
    if (r === 0) {
      d.t('login ok user=');
      d.v('email', V.email(rng));
      d.t(` ip=`);
      d.amb('ip_address', V.publicIpv4(rng));
    } else if (r === 1) {
      d.t(`request_id=${V.uuid(rng)} status=${rng.pick([200, 201, 404, 500])} duration_ms=${rng.int(2, 4000)}`);
    } else if (r === 2) {
      d.t('password reset requested for ');
      d.v('email', V.email(rng));
    } else if (r === 3) {
      d.t(`job ${V.identifier(rng)} finished in ${rng.int(1, 900)}s, processed ${rng.int(1, 100000)} rows`);
    } else {
      d.t('upstream ');
      d.amb('ip_address', V.privateIpv4(rng));
      d.t(`:${rng.pick([5432, 6379, 8080])} healthy`);
    }
    d.t('\n');
  }
  closer(rng, d);
};

export const profileJson: Template = (rng, d) => {
  const p = V.person(rng);
  opener(rng, d);
  configBlock(d, () => {
    d.t(`{\n  "id": "${V.uuid(rng)}",\n  "name": "${p.full}",\n  "email": "`);
    d.v('email', V.email(rng, p));
    d.t('",\n  "phone": "');
    d.v('phone', V.phone(rng));
    d.t(`",\n  "created": "${V.timestamp(rng)}",\n  "plan": "${rng.pick(['free', 'pro', 'team'])}"\n}`);
  });
  closer(rng, d);
};

export const nationalIds: Template = (rng, d) => {
  const p = V.person(rng);
  d.t(rng.pick(['Fill the visa form with:\n', 'Translate this record:\n', 'Check the applicant data:\n', '']));
  d.t(`Applicant: ${p.full}\n`);
  const kinds = rng.shuffle(['sin', 'cpf', 'dni', 'bsn', 'passport'] as const).slice(0, rng.int(1, 2));
  for (const k of kinds) {
    if (k === 'sin') d.t('SIN: ').v('ca_sin', V.caSin(rng));
    else if (k === 'cpf') d.t('CPF: ').v('br_cpf', V.brCpf(rng));
    else if (k === 'dni') d.t('DNI: ').v('es_dni', V.esDni(rng));
    else if (k === 'bsn') d.t('BSN: ').v('nl_bsn', V.nlBsn(rng));
    else d.t('Passport number: ').v('passport', V.passportNumber(rng));
    d.t('\n');
  }
  d.t(`Nationality: ${rng.pick(['Canadian', 'Brazilian', 'Spanish', 'Dutch', 'German'])}\n`);
};

export const PII_TEMPLATES: [number, Template][] = [
  [4, nationalIds],
  [10, supportTicket],
  [6, usersCsv],
  [6, hrRecord],
  [5, ssnInline],
  [5, indiaKyc],
  [5, ukPayroll],
  [7, emailSignature],
  [6, appLog],
  [5, profileJson],
];

// ------------------------------------------------------------------ source code

export const codePrompt: Template = (rng, d) => {
  opener(rng, d);
  const snippet = rng.pick(SNIPPETS);
  codeBlock(rng, d, snippet, rng.bool(0.25));
  if (rng.bool(0.15)) {
    d.t('\n\nand the caller:\n\n');
    codeBlock(rng, d, rng.pick(SNIPPETS.filter((s) => !s.secrets)), false);
  }
  closer(rng, d);
};

export const diffPrompt: Template = (rng, d) => {
  d.t('Write a commit message for this diff:\n\n');
  const file = `src/${V.identifier(rng)}.ts`;
  d.span('source_code', () => {
    d.t(`diff --git a/${file} b/${file}\nindex ${V.sha(rng, 40).slice(0, 7)}..${V.sha(rng, 40).slice(0, 7)} 100644\n--- a/${file}\n+++ b/${file}\n@@ -${rng.int(1, 200)},7 +${rng.int(1, 200)},9 @@ export function load(id: string) {\n   const cached = cache.get(id);\n-  if (cached) return cached;\n+  if (cached && !isExpired(cached)) {\n+    return cached.value;\n+  }\n   const value = await fetchRemote(id);\n-  cache.set(id, value);\n+  cache.set(id, { value, at: Date.now() });\n   return value;\n }`);
  });
};

export const SOURCE_TEMPLATES: [number, Template][] = [
  [12, codePrompt],
  [2, diffPrompt],
];

// ------------------------------------------------------------------ confidential

const MARKINGS = [
  'CONFIDENTIAL',
  'STRICTLY CONFIDENTIAL',
  'INTERNAL USE ONLY',
  'FOR INTERNAL USE ONLY',
  'Company Confidential',
  'PROPRIETARY AND CONFIDENTIAL',
  'Privileged & Confidential',
  'PRIVILEGED AND CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION',
  'Confidential - Do Not Distribute',
  'NOT FOR EXTERNAL DISTRIBUTION',
  'Classification: Restricted',
  'TLP:RED',
  'TLP:AMBER',
  'HIGHLY CONFIDENTIAL',
  'Internal Only – Do not share',
  'CONFIDENTIAL: Board of Directors',
  'Restricted - Internal',
  'Attorney Work Product',
];

const BUSINESS_BODIES = [
  (rng: Rng) => `Q${rng.int(1, 4)} revenue came in at $${rng.int(10, 900)}.${rng.int(1, 9)}M, ${rng.int(2, 19)}% below plan. We propose reducing headcount in ${rng.pick(['EMEA sales', 'support', 'marketing'])} by ${rng.int(5, 40)} roles before the announcement on ${V.isoDate(rng)}.`,
  (rng: Rng) => `Project ${rng.pick(['Falcon', 'Bluebird', 'Nimbus', 'Atlas'])}: the acquisition of ${V.company(rng).name} is expected to close in ${rng.pick(['March', 'Q3', 'the autumn'])} at a valuation of ${rng.int(2, 30)}x ARR. Do not discuss outside the deal team.`,
  (rng: Rng) => `Pricing strategy ${rng.int(2025, 2027)}: list price increase of ${rng.int(3, 15)}% for enterprise tier; grandfather existing customers until renewal. Discount floor is ${rng.int(20, 45)}%.`,
  (rng: Rng) => `Incident review: on ${V.isoDate(rng)} an unpatched ${rng.pick(['VPN appliance', 'Jenkins server', 'S3 bucket policy'])} exposed internal dashboards for ${rng.int(2, 40)} hours. Root cause and remediation owners below.`,
  (rng: Rng) => `Roadmap: ship the ${rng.pick(['SSO', 'offline mode', 'usage-based billing'])} feature by ${rng.pick(['June', 'end of Q2', 'October'])}; ${rng.int(2, 9)} engineers reassigned from the legacy platform.`,
];

export const confidentialDoc: Template = (rng, d) => {
  d.t(rng.pick(['Summarize this memo:\n\n', 'Turn this into slides:\n\n', 'Rewrite for a customer audience:\n\n', 'Proofread:\n\n', '']));
  const pos = rng.pick(['header', 'header', 'subject', 'footer', 'inline']);
  const marking = rng.pick(MARKINGS);
  const body = rng.pick(BUSINESS_BODIES)(rng);
  if (pos === 'header') {
    d.span('confidential', () => d.t(marking));
    d.t(`\n\nMemo to: ${rng.pick(['Executive team', 'Leadership', 'Finance'])}\nDate: ${V.isoDate(rng)}\n\n${body}\n`);
  } else if (pos === 'subject') {
    d.t('Subject: [');
    d.span('confidential', () => d.t(marking));
    d.t(`] ${rng.pick(['Q3 plan', 'Reorg proposal', 'Deal update', 'Pricing'])}\n\n${body}\n`);
  } else if (pos === 'footer') {
    d.t(`${body}\n\n-- \n`);
    d.span('confidential', () => d.t(marking));
    d.t(rng.pick(['', ` © ${rng.int(2020, 2026)} ${V.company(rng).name}`]));
  } else {
    // Inline statement, in the marking's own case or in lower case ("This memo is strictly
    // confidential."): both are markings of the document, not casual use of the word.
    d.t(`${body} This ${rng.pick(['document', 'memo', 'email', 'deck'])} is `);
    d.span('confidential', () => d.t(rng.bool(0.5) || marking.startsWith('TLP') ? marking : marking.toLowerCase()));
    d.t('.');
  }
};

export const CONFIDENTIAL_TEMPLATES: [number, Template][] = [[1, confidentialDoc]];
