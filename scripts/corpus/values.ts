/**
 * Fake-but-valid sensitive values (and deliberately invalid look-alikes) for the corpus.
 * Every value is random (seeded), never a real secret; checksums are computed so validators
 * in the engine accept the positives and reject the negatives.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Rng } from './prng';
import {
  abaCheckDigit,
  base62,
  crc32,
  ibanCheckDigits,
  ibanValid,
  luhnCheckDigit,
  luhnValid,
  nhsCheckDigit,
  verhoeffCheckDigit,
  verhoeffValid,
} from './checksums';

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const ALNUM = UPPER + LOWER + DIGITS;
export const HEX = '0123456789abcdef';
export const B64 = ALNUM + '+/';
export const B64URL = ALNUM + '-_';
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Random string guaranteed to mix classes (so entropy checks see a real-looking secret). */
export function mixed(rng: Rng, alphabet: string, n: number): string {
  for (;;) {
    const s = rng.chars(alphabet, n);
    const classes = [/[A-Z]/, /[a-z]/, /[0-9]/].filter((r) => r.test(s)).length;
    const needed = [/[A-Z]/, /[a-z]/, /[0-9]/].filter((r) => r.test(alphabet)).length;
    if (classes >= Math.min(needed, 3) && new Set(s).size >= Math.min(n, new Set(alphabet).size) * 0.5) return s;
  }
}

function b64encode(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}
function b64url(bytes: Buffer | string): string {
  return Buffer.from(bytes).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}
function randBytes(rng: Rng, n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = rng.int(0, 255);
  return b;
}

// ---------------------------------------------------------------- people, places, words

export const FIRST = ['James', 'Maria', 'Wei', 'Priya', 'Olusegun', 'Sofia', 'Lukas', 'Aiko', 'Mateo', 'Fatima', 'Noah', 'Chloe', 'Arjun', 'Ingrid', 'Diego', 'Hannah', 'Kwame', 'Elena', 'Tomasz', 'Yuki', 'Samir', 'Grace', 'Lars', 'Amara', 'Jonas', 'Leila', 'Ravi', 'Camille', 'Marcus', 'Anya'];
export const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Nakamura', 'Fernandes', 'Kowalski', 'Hughes', 'Bauer', 'Chen', 'Patel', 'Rossi', 'Svensson', 'Mensah', 'Novak', 'Alvarez', 'Dubois', 'Schmidt', 'Kaur', 'Murphy', 'Ivanova', 'Haddad', 'Tanaka', 'Oliveira', 'Brennan', 'Ferreira', 'Weber', 'Singh', 'Larsen', 'Costa', 'Reyes'];
const CO_A = ['north', 'blue', 'quantum', 'silver', 'brightline', 'harbor', 'atlas', 'ember', 'granite', 'lumen', 'vertex', 'cobalt', 'meridian', 'kestrel', 'orbital', 'pinecrest', 'redwood', 'tidal', 'zenith', 'aurora'];
const CO_B = ['labs', 'systems', 'analytics', 'health', 'logistics', 'bank', 'capital', 'works', 'cloud', 'retail', 'energy', 'media', 'robotics', 'insure', 'pharma'];
const TLDS = ['com', 'io', 'net', 'co.uk', 'de', 'fr', 'ai', 'org', 'com.au', 'in', 'nl', 'es'];
export const WORDS = ['billing', 'orders', 'inventory', 'session', 'customer', 'report', 'invoice', 'payment', 'shipment', 'account', 'profile', 'metrics', 'ledger', 'catalog', 'search', 'upload', 'audit', 'export', 'tenant', 'webhook'];

export function company(rng: Rng): { name: string; domain: string } {
  const a = rng.pick(CO_A);
  const b = rng.pick(CO_B);
  const name = `${a[0]!.toUpperCase()}${a.slice(1)} ${b[0]!.toUpperCase()}${b.slice(1)}`;
  return { name, domain: `${a}${rng.bool(0.4) ? '-' : ''}${b}.${rng.pick(TLDS)}` };
}

export function person(rng: Rng): { first: string; last: string; full: string } {
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  return { first, last, full: `${first} ${last}` };
}

export function email(rng: Rng, p = person(rng), domain = company(rng).domain): string {
  const f = p.first.toLowerCase();
  const l = p.last.toLowerCase();
  const local = rng.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}`, `${f}${rng.int(1, 99)}`, `${f}.${l}+${rng.pick(['ai', 'news', 'jira'])}`, `${l}.${f}`, `${f}-${l}`]);
  return `${local}@${domain}`;
}

export function identifier(rng: Rng): string {
  return rng.pick(WORDS) + rng.pick(['', 'Service', 'Handler', 'Repo', 'Client', 'Job', 'Util']);
}

// ---------------------------------------------------------------- credentials

export function awsAccessKeyId(rng: Rng): string {
  return rng.pick(['AKIA', 'AKIA', 'AKIA', 'ASIA']) + mixed(rng, BASE32, 16).toUpperCase();
}
export function awsSecretKey(rng: Rng): string {
  return mixed(rng, B64, 40);
}
function ghChecksummed(rng: Rng, prefix: string): string {
  const body = mixed(rng, ALNUM, 30);
  return `${prefix}_${body}${base62(crc32(body), 6)}`;
}
export function githubClassic(rng: Rng): string {
  return ghChecksummed(rng, rng.weighted([[6, 'ghp'], [1, 'gho'], [1, 'ghu'], [1, 'ghs'], [1, 'ghr']]));
}
export function githubFineGrained(rng: Rng): string {
  return `github_pat_11${mixed(rng, UPPER + DIGITS, 20)}_${mixed(rng, ALNUM, 59)}`;
}
export function gitlabPat(rng: Rng): string {
  return `glpat-${mixed(rng, ALNUM + '-_', 20)}`;
}
export function npmToken(rng: Rng): string {
  return ghChecksummed(rng, 'npm');
}
export function slackToken(rng: Rng): string {
  const kind = rng.pick(['xoxb', 'xoxb', 'xoxp', 'xoxe.xoxp-1', 'xapp-1']);
  if (kind === 'xoxp') return `xoxp-${rng.digits(12)}-${rng.digits(12)}-${rng.digits(13)}-${mixed(rng, HEX, 32)}`;
  if (kind === 'xapp-1') return `xapp-1-A${mixed(rng, UPPER + DIGITS, 10)}-${rng.digits(13)}-${mixed(rng, HEX, 64)}`;
  if (kind === 'xoxe.xoxp-1') return `xoxe.xoxp-1-${mixed(rng, ALNUM, 140)}`;
  return `xoxb-${rng.digits(12)}-${rng.digits(13)}-${mixed(rng, ALNUM, 24)}`;
}
export function slackWebhook(rng: Rng): string {
  return `https://hooks.slack.com/services/T${mixed(rng, UPPER + DIGITS, 8)}/B${mixed(rng, UPPER + DIGITS, 10)}/${mixed(rng, ALNUM, 24)}`;
}
export function stripeLive(rng: Rng): string {
  return `${rng.pick(['sk_live_', 'sk_live_', 'sk_live_', 'rk_live_'])}${rng.pick(['51', '4e'])}${mixed(rng, ALNUM, rng.pick([24, 97]))}`;
}
export function stripeTest(rng: Rng): string {
  return `${rng.pick(['sk_test_', 'sk_test_', 'rk_test_'])}${rng.pick(['51', '4e'])}${mixed(rng, ALNUM, rng.pick([24, 97]))}`;
}
export function stripePublishable(rng: Rng): string {
  return `${rng.pick(['pk_live_', 'pk_test_'])}51${mixed(rng, ALNUM, 97)}`;
}
export function openaiKey(rng: Rng): string {
  const v = rng.weighted([[5, 'proj'], [2, 'legacy'], [2, 'svcacct']]);
  if (v === 'legacy') return `sk-${mixed(rng, ALNUM, 20)}T3BlbkFJ${mixed(rng, ALNUM, 20)}`;
  const prefix = v === 'proj' ? 'sk-proj-' : 'sk-svcacct-';
  return `${prefix}${mixed(rng, B64URL, 74)}T3BlbkFJ${mixed(rng, B64URL, 74)}`;
}
export function anthropicKey(rng: Rng): string {
  return `sk-ant-${rng.pick(['api03', 'api03', 'admin01'])}-${mixed(rng, B64URL, 93)}AA`;
}
export function googleApiKey(rng: Rng): string {
  return `AIza${mixed(rng, B64URL, 35)}`;
}
export function huggingFace(rng: Rng): string {
  return `hf_${mixed(rng, UPPER + LOWER, 34)}`;
}
export function sendgrid(rng: Rng): string {
  return `SG.${mixed(rng, B64URL, 22)}.${mixed(rng, B64URL, 43)}`;
}
export function twilioApiKey(rng: Rng): string {
  return `SK${mixed(rng, HEX, 32)}`;
}
export function digitalOcean(rng: Rng): string {
  return `${rng.pick(['dop_v1_', 'doo_v1_'])}${mixed(rng, HEX, 64)}`;
}
export function shopify(rng: Rng): string {
  return `${rng.pick(['shpat_', 'shpss_', 'shpca_'])}${mixed(rng, HEX, 32)}`;
}
export function telegramBot(rng: Rng): string {
  return `${rng.int(1, 9)}${rng.digits(9)}:AA${mixed(rng, B64URL, 33)}`;
}
export function azureStorageKey(rng: Rng): string {
  return randBytes(rng, 64).toString('base64');
}
export function jwt(rng: Rng): string {
  const header = b64url(JSON.stringify({ alg: rng.pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' }));
  const p = person(rng);
  const payload = b64url(
    JSON.stringify({
      sub: String(rng.int(100000, 999999)),
      name: p.full,
      email: undefined,
      iat: 1_700_000_000 + rng.int(0, 50_000_000),
      exp: 1_760_000_000 + rng.int(0, 50_000_000),
      scope: rng.pick(['read:orders', 'admin', 'openid profile', 'api']),
    }),
  );
  return `${header}.${payload}.${b64url(randBytes(rng, rng.pick([32, 64])))}`;
}
export function pemPrivateKey(rng: Rng, kind = rng.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']), eol = '\n'): string {
  const nBytes = kind === 'EC PRIVATE KEY' ? 121 : rng.pick([609, 1190, 1218]);
  let body = randBytes(rng, nBytes).toString('base64');
  if (kind === 'OPENSSH PRIVATE KEY') body = 'b3BlbnNzaC1rZXktdjEAAAAA' + body.slice(24);
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${kind}-----${eol}${lines.join(eol)}${eol}-----END ${kind}-----`;
}
export function pemPublic(rng: Rng, kind = rng.pick(['PUBLIC KEY', 'CERTIFICATE', 'CERTIFICATE REQUEST'])): string {
  const body = randBytes(rng, rng.pick([294, 900])).toString('base64');
  return `-----BEGIN ${kind}-----\n${(body.match(/.{1,64}/g) ?? []).join('\n')}\n-----END ${kind}-----`;
}
export function strongPassword(rng: Rng): string {
  const sym = '!#%&*@^$-_+=?';
  for (;;) {
    const n = rng.int(14, 28);
    const s = rng.chars(ALNUM + ALNUM + sym, n);
    if (/[A-Z]/.test(s) && /[a-z]/.test(s) && /\d/.test(s) && new Set(s).size > n * 0.6) return s;
  }
}
/** URL-safe password (no @ / : # ? % characters) for connection strings. */
export function urlPassword(rng: Rng): string {
  return mixed(rng, ALNUM + '-_.~', rng.int(14, 32));
}
export function hexSecret(rng: Rng, n = rng.pick([32, 40, 64])): string {
  return mixed(rng, HEX, n);
}
export function b64Secret(rng: Rng, bytes = rng.pick([24, 32, 48])): string {
  return randBytes(rng, bytes).toString('base64');
}
export function basicAuth(rng: Rng): string {
  return b64encode(`${rng.pick(['svc-deploy', 'admin', 'ci-bot', 'jenkins', person(rng).first.toLowerCase()])}:${strongPassword(rng)}`);
}

export interface ConnString {
  /** The whole URL. */
  url: string;
  /** Offset of the password inside `url`. */
  pwStart: number;
  pwEnd: number;
}
export function connectionString(rng: Rng, password = urlPassword(rng)): ConnString {
  const scheme = rng.pick(['postgres', 'postgresql', 'mysql', 'mongodb+srv', 'mongodb', 'redis', 'amqp', 'mssql']);
  const user = rng.pick(['app', 'admin', 'svc_orders', 'analytics_ro', 'root', 'etl', 'reporting']);
  const host = rng.pick([
    `db-${rng.int(1, 9)}.${rng.pick(['prod', 'internal', 'eu-west-1'])}.${company(rng).domain}`,
    `${rng.pick(WORDS)}-cluster.${mixed(rng, LOWER + DIGITS, 12)}.us-east-1.rds.amazonaws.com`,
    `${rng.pick(WORDS)}-${rng.pick(['primary', 'replica', 'db'])}.${rng.pick(['svc.cluster.local', 'internal', 'prod.local'])}`,
  ]);
  const hostFinal = scheme.startsWith('mongodb') ? `cluster0.${mixed(rng, LOWER + DIGITS, 5)}.mongodb.net` : host;
  const port = { postgres: 5432, postgresql: 5432, mysql: 3306, 'mongodb+srv': 0, mongodb: 0, redis: 6379, amqp: 5672, mssql: 1433 }[scheme] ?? 0;
  const head = scheme === 'redis' && rng.bool(0.4) ? `${scheme}://:` : `${scheme}://${user}:`;
  const tail = `@${hostFinal}${port ? ':' + port : ''}/${rng.pick(WORDS)}${rng.bool(0.3) ? '?sslmode=require' : ''}`;
  return { url: head + password + tail, pwStart: head.length, pwEnd: head.length + password.length };
}

// Documentation / placeholder values (negatives).
export const AWS_DOC_KEYS = ['AKIAIOSFODNN7EXAMPLE', 'AKIAI44QH8DHBEXAMPLE', 'AKIAJEXAMPLEEXAMPLEX'];
export const AWS_DOC_SECRETS = ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'];
export const PLACEHOLDER_PASSWORDS = ['<your-password>', '${DB_PASSWORD}', '{{ .Values.db.password }}', '********', 'xxxxxxxxxxxx', 'changeme', '<password>', 'YOUR_PASSWORD_HERE', '$PASSWORD', '%(db_password)s', 'process.env.DB_PASSWORD', '""', "''", '${{ secrets.DB_PASSWORD }}', 'REPLACE_ME', '[REDACTED]', '...', 'os.environ["DB_PASSWORD"]', '<redacted>', 'null'];
export const PLACEHOLDER_KEYS = ['sk-...', 'sk-proj-XXXXXXXXXXXXXXXXXXXXXXXX', 'YOUR_API_KEY', '<YOUR_OPENAI_API_KEY>', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'xoxb-your-bot-token', 'sk_live_...', 'AIzaSy...your-key', 'sk-ant-...', 'your-api-key-here', '$OPENAI_API_KEY', 'sk-ant-api03-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'];

// ---------------------------------------------------------------- financial

type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'jcb' | 'diners' | 'unionpay';
function cardDigits(rng: Rng, brand: CardBrand): string {
  let prefix: string;
  let len = 16;
  switch (brand) {
    case 'visa':
      prefix = '4' + rng.digits(1);
      break;
    case 'mastercard':
      prefix = rng.bool(0.8) ? String(rng.int(51, 55)) : String(rng.int(2221, 2720));
      break;
    case 'amex':
      prefix = rng.pick(['34', '37']);
      len = 15;
      break;
    case 'discover':
      prefix = rng.pick(['6011', '65', '644']);
      break;
    case 'jcb':
      prefix = String(rng.int(3528, 3589));
      break;
    case 'diners':
      prefix = rng.pick(['36', '38', '300', '305']);
      len = 14;
      break;
    case 'unionpay':
      prefix = '62' + rng.digits(1);
      len = rng.pick([16, 16, 19]);
      break;
  }
  for (;;) {
    const payload = prefix + rng.digits(len - prefix.length - 1);
    const full = payload + luhnCheckDigit(payload);
    // Avoid the famous published test PANs and trivially repetitive numbers.
    if (!/(\d)\1{5}/.test(full)) return full;
  }
}

function groupCard(digits: string, sep: string): string {
  if (digits.length === 15) return [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)].join(sep);
  if (digits.length === 14) return [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)].join(sep);
  return (digits.match(/.{1,4}/g) ?? []).join(sep);
}

export function cardNumber(rng: Rng): string {
  const brand = rng.weighted<CardBrand>([[10, 'visa'], [8, 'mastercard'], [4, 'amex'], [2, 'discover'], [1, 'jcb'], [1, 'diners'], [1, 'unionpay']]);
  const d = cardDigits(rng, brand);
  const sep = rng.weighted([[4, ' '], [3, ''], [2, '-']]);
  return groupCard(d, sep);
}

/** 16-digit number with a valid-looking card prefix whose Luhn check FAILS. */
export function cardNumberBadLuhn(rng: Rng): string {
  const good = cardDigits(rng, rng.pick<CardBrand>(['visa', 'mastercard', 'amex', 'discover']));
  const last = Number(good[good.length - 1]);
  const bad = good.slice(0, -1) + String((last + rng.int(1, 9)) % 10);
  if (luhnValid(bad)) throw new Error('bad luhn generator');
  return groupCard(bad, rng.pick([' ', '', '-']));
}

/** Digit string of length n that fails Luhn (for order numbers, ids…). */
export function digitsFailingLuhn(rng: Rng, n: number, first = '123456789'): string {
  for (;;) {
    const s = rng.chars(first, 1) + rng.digits(n - 1);
    if (!luhnValid(s)) return s;
  }
}

const IBAN_SPEC: Record<string, string> = {
  // country: BBAN structure, n = digit, a = upper letter, c = alnum
  DE: 'nnnnnnnnnnnnnnnnnn',
  GB: 'aaaannnnnnnnnnnnnn',
  FR: 'nnnnnnnnnnnnnnnnnnnnnnn',
  ES: 'nnnnnnnnnnnnnnnnnnnn',
  IT: 'annnnnnnnnnnnnnnnnnnnnn',
  NL: 'aaaannnnnnnnnn',
  BE: 'nnnnnnnnnnnn',
  CH: 'nnnnnnnnnnnnnnnnn',
  AT: 'nnnnnnnnnnnnnnnn',
  PL: 'nnnnnnnnnnnnnnnnnnnnnnnn',
  IE: 'aaaannnnnnnnnnnnnn',
  SE: 'nnnnnnnnnnnnnnnnnnnn',
  PT: 'nnnnnnnnnnnnnnnnnnnnn',
  DK: 'nnnnnnnnnnnnnn',
  NO: 'nnnnnnnnnnn',
  FI: 'nnnnnnnnnnnnnn',
};
const BANK_CODES: Record<string, string[]> = { GB: ['NWBK', 'BARC', 'HBUK', 'MIDL', 'LOYD'], NL: ['ABNA', 'INGB', 'RABO'], IE: ['AIBK', 'BOFI'] };

function bban(rng: Rng, country: string): string {
  const spec = IBAN_SPEC[country] as string;
  let out = '';
  const bank = BANK_CODES[country];
  let i = 0;
  if (bank && spec.startsWith('aaaa')) {
    out = rng.pick(bank);
    i = 4;
  }
  for (; i < spec.length; i++) out += spec[i] === 'n' ? rng.digits(1) : spec[i] === 'a' ? rng.chars(UPPER, 1) : rng.chars(UPPER + DIGITS, 1);
  return out;
}

function groupIban(iban: string, grouped: boolean): string {
  return grouped ? (iban.match(/.{1,4}/g) ?? []).join(' ') : iban;
}

export function iban(rng: Rng, grouped = rng.bool(0.5)): string {
  const country = rng.pick(Object.keys(IBAN_SPEC));
  const b = bban(rng, country);
  const s = country + ibanCheckDigits(country, b) + b;
  if (!ibanValid(s)) throw new Error('iban generator broken');
  return groupIban(s, grouped);
}

export function ibanBadCheck(rng: Rng): string {
  const country = rng.pick(Object.keys(IBAN_SPEC));
  const b = bban(rng, country);
  const good = Number(ibanCheckDigits(country, b));
  let cd = good;
  while (cd === good) cd = rng.int(2, 98);
  const s = country + String(cd).padStart(2, '0') + b;
  if (ibanValid(s)) throw new Error('bad iban generator');
  return groupIban(s, rng.bool(0.5));
}

/** ABA routing number: Federal Reserve prefix (01–12, 21–32, 61–72, 80) + 6 digits + 3-7-1 check. */
export function abaRouting(rng: Rng): string {
  const prefix = rng.pick([rng.int(1, 12), rng.int(21, 32), rng.int(61, 72), 80]);
  const p = String(prefix).padStart(2, '0') + rng.digits(6);
  return p + abaCheckDigit(p);
}

// ---------------------------------------------------------------- pii

export function ssn(rng: Rng, sep = rng.weighted([[6, '-'], [1, ' ']])): string {
  let area: number;
  do area = rng.int(1, 899);
  while (area === 666);
  const group = rng.int(1, 99);
  const serial = rng.int(1, 9999);
  return [String(area).padStart(3, '0'), String(group).padStart(2, '0'), String(serial).padStart(4, '0')].join(sep);
}

/** Structurally invalid SSNs: area 000/666/9xx, group 00 or serial 0000. */
export function ssnInvalid(rng: Rng): string {
  const kind = rng.int(0, 4);
  const area = kind === 0 ? '000' : kind === 1 ? '666' : kind === 2 ? String(rng.int(900, 999)) : String(rng.int(100, 665));
  const group = kind === 3 ? '00' : String(rng.int(1, 99)).padStart(2, '0');
  const serial = kind === 4 ? '0000' : String(rng.int(1, 9999)).padStart(4, '0');
  return `${area}-${group}-${serial}`;
}

export function aadhaar(rng: Rng, grouped = rng.bool(0.8)): string {
  const payload = String(rng.int(2, 9)) + rng.digits(10);
  const full = payload + verhoeffCheckDigit(payload);
  if (!verhoeffValid(full)) throw new Error('verhoeff generator broken');
  return grouped ? `${full.slice(0, 4)} ${full.slice(4, 8)} ${full.slice(8)}` : full;
}

export function aadhaarBad(rng: Rng): string {
  for (;;) {
    const payload = String(rng.int(2, 9)) + rng.digits(11);
    if (!verhoeffValid(payload)) return `${payload.slice(0, 4)} ${payload.slice(4, 8)} ${payload.slice(8)}`;
  }
}

const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ';
const NINO_BAD_PAIRS = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
export function nino(rng: Rng, spaced = rng.bool(0.6)): string {
  let pre: string;
  do pre = rng.chars(NINO_FIRST, 1) + rng.chars(NINO_SECOND, 1);
  while (NINO_BAD_PAIRS.has(pre));
  const d = rng.digits(6);
  const suf = rng.chars('ABCD', 1);
  return spaced ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}` : `${pre}${d}${suf}`;
}
export function ninoInvalid(rng: Rng): string {
  const pre = rng.pick(['BG', 'GB', 'NK', 'TN', 'ZZ', 'DA', 'QQ', 'FI', 'AO']);
  const d = rng.digits(6);
  return `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${rng.chars('ABCD', 1)}`;
}

export function nhsNumber(rng: Rng): string {
  for (;;) {
    const p = String(rng.int(4, 6)) + rng.digits(8);
    const c = nhsCheckDigit(p);
    if (c >= 0) {
      const s = p + c;
      return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
    }
  }
}

/** Canadian SIN: 9 digits, Luhn, first digit 1–7 or 9. */
export function caSin(rng: Rng): string {
  const payload = String(rng.pick([1, 2, 3, 4, 5, 6, 7, 9])) + rng.digits(7);
  const d = payload + luhnCheckDigit(payload);
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
}

/** Brazilian CPF with both mod-11 check digits, formatted 000.000.000-00. */
export function brCpf(rng: Rng): string {
  for (;;) {
    const base = rng.digits(9);
    if (/^(\d)\1+$/.test(base)) continue;
    const check = (s: string): number => {
      let sum = 0;
      for (let i = 0; i < s.length; i++) sum += Number(s[i]) * (s.length + 1 - i);
      const r = (sum * 10) % 11;
      return r === 10 ? 0 : r;
    };
    const d1 = check(base);
    const d2 = check(base + d1);
    const d = base + d1 + d2;
    return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
  }
}

/** Spanish DNI: 8 digits + mod-23 control letter. */
export function esDni(rng: Rng): string {
  const n = rng.int(10_000_000, 99_999_999);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}

/** Dutch BSN: 9 digits passing the 11-proef. */
export function nlBsn(rng: Rng): string {
  for (;;) {
    const d = String(rng.int(1, 9)) + rng.digits(8);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
    sum -= Number(d[8]);
    if (sum % 11 === 0) return d;
  }
}

export function passportNumber(rng: Rng): string {
  return rng.pick([() => `${rng.chars('ABCEFGHJKLMNPRSTUVWXYZ', 1)}${rng.int(1, 9)}${rng.digits(7)}`, () => `${rng.int(1, 9)}${rng.digits(8)}`, () => `${rng.int(10, 99)}${rng.chars(UPPER, 2)}${rng.digits(5)}`])();
}

const US_AREAS = [201, 202, 206, 212, 213, 214, 303, 305, 310, 312, 404, 408, 415, 469, 480, 503, 512, 602, 617, 619, 646, 650, 702, 713, 718, 720, 757, 773, 801, 818, 858, 909, 916, 949, 972];

/** A phone number valid according to libphonenumber (max metadata), in one of several formats. */
export function phone(rng: Rng): string {
  for (let attempt = 0; attempt < 200; attempt++) {
    const country = rng.weighted([[6, 'US'], [2, 'GB'], [1, 'DE'], [1, 'FR'], [2, 'IN'], [1, 'AU'], [1, 'ES'], [1, 'NL'], [1, 'BR']]);
    let s: string;
    let e164: string;
    switch (country) {
      case 'US': {
        const a = rng.pick(US_AREAS);
        const ex = rng.int(201, 989);
        if (ex === 555 || ex % 100 === 11) continue;
        const line = rng.digits(4);
        e164 = `+1${a}${ex}${line}`;
        s = rng.pick([`(${a}) ${ex}-${line}`, `${a}-${ex}-${line}`, `+1 ${a} ${ex} ${line}`, `${a}.${ex}.${line}`, `+1-${a}-${ex}-${line}`, `+1 (${a}) ${ex}-${line}`]);
        break;
      }
      case 'GB': {
        if (rng.bool(0.6)) {
          const n = `7${rng.int(400, 999)}${rng.digits(6)}`;
          e164 = `+44${n}`;
          s = rng.pick([`+44 ${n.slice(0, 4)} ${n.slice(4)}`, `0${n.slice(0, 4)} ${n.slice(4)}`, `+44 (0)${n.slice(0, 4)} ${n.slice(4)}`]);
        } else {
          const n = `20${rng.pick(['7', '8', '3'])}${rng.digits(7)}`;
          e164 = `+44${n}`;
          s = rng.pick([`+44 20 ${n.slice(2, 6)} ${n.slice(6)}`, `020 ${n.slice(2, 6)} ${n.slice(6)}`]);
        }
        break;
      }
      case 'DE': {
        const mob = rng.bool(0.5);
        const n = mob ? `15${rng.pick(['1', '2', '7', '9'])}${rng.digits(8)}` : `30${rng.int(2, 9)}${rng.digits(7)}`;
        e164 = `+49${n}`;
        s = mob ? `+49 ${n.slice(0, 3)} ${n.slice(3)}` : `+49 30 ${n.slice(2)}`;
        break;
      }
      case 'FR': {
        const n = `${rng.pick(['6', '7', '1'])}${rng.digits(8)}`;
        e164 = `+33${n}`;
        s = rng.pick([`+33 ${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`, `0${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`]);
        break;
      }
      case 'IN': {
        const n = `${rng.int(7, 9)}${rng.digits(9)}`;
        e164 = `+91${n}`;
        s = rng.pick([`+91 ${n.slice(0, 5)} ${n.slice(5)}`, `+91-${n}`, `+91 ${n}`]);
        break;
      }
      case 'AU': {
        const n = `4${rng.digits(8)}`;
        e164 = `+61${n}`;
        s = rng.pick([`+61 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`]);
        break;
      }
      case 'ES': {
        const n = `6${rng.digits(8)}`;
        e164 = `+34${n}`;
        s = `+34 ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`;
        break;
      }
      case 'NL': {
        const n = `6${rng.int(1, 5)}${rng.digits(7)}`;
        e164 = `+31${n}`;
        s = `+31 ${n[0]} ${n.slice(1, 5)} ${n.slice(5)}`;
        break;
      }
      default: {
        const n = `11${rng.pick(['9'])}${rng.int(6, 9)}${rng.digits(7)}`;
        e164 = `+55${n}`;
        s = `+55 11 ${n.slice(2, 7)}-${n.slice(7)}`;
      }
    }
    const parsed = parsePhoneNumberFromString(e164);
    if (parsed && parsed.isValid()) return s;
  }
  throw new Error('phone generator failed');
}

export function phoneIndia(rng: Rng): string {
  for (;;) {
    const n = `${rng.int(7, 9)}${rng.digits(9)}`;
    const parsed = parsePhoneNumberFromString(`+91${n}`);
    if (parsed && parsed.isValid()) return rng.pick([`+91 ${n.slice(0, 5)} ${n.slice(5)}`, `+91-${n}`, `+91 ${n}`]);
  }
}

/** Phone-shaped strings that are not valid numbers (bad area codes, too short, fictional 555-01xx). */
export function phoneInvalid(rng: Rng): string {
  for (;;) {
    const s = phoneInvalidCandidate(rng);
    const parsed = parsePhoneNumberFromString(s, 'US');
    if (!parsed || !parsed.isValid()) return s;
  }
}
function phoneInvalidCandidate(rng: Rng): string {
  return rng.pick([
    () => `+1 ${rng.int(100, 199)} ${rng.int(200, 999)} ${rng.digits(4)}`,
    () => `+44 ${rng.digits(3)} ${rng.digits(2)}`,
    () => `+1 ${rng.pick(US_AREAS)} 0${rng.digits(2)} ${rng.digits(4)}`,
    () => `000-000-${rng.digits(4)}`,
  ])();
}

export function publicIpv4(rng: Rng): string {
  for (;;) {
    const a = rng.int(11, 223);
    if ([127, 169, 172, 192, 100].includes(a)) continue;
    return `${a}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  }
}
export function privateIpv4(rng: Rng): string {
  return rng.pick([`10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`, `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(1, 254)}`]);
}

// ---------------------------------------------------------------- hard-negative material

export function uuid(rng: Rng): string {
  const h = rng.chars(HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${rng.pick(['8', '9', 'a', 'b'])}${h.slice(17, 20)}-${h.slice(20)}`;
}
export function sha(rng: Rng, n: 40 | 64 | 32 | 128 = 40): string {
  return rng.chars(HEX, n);
}
export function semver(rng: Rng): string {
  return `${rng.int(0, 24)}.${rng.int(0, 40)}.${rng.int(0, 30)}${rng.bool(0.2) ? `-${rng.pick(['beta', 'rc', 'alpha'])}.${rng.int(1, 9)}` : ''}`;
}
export function isoDate(rng: Rng): string {
  return `20${rng.int(18, 26)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}
export function timestamp(rng: Rng): string {
  return `${isoDate(rng)}T${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}.${rng.digits(3)}Z`;
}
export function base64Image(rng: Rng, bytes = rng.int(200, 1200)): string {
  const header = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return `data:image/${rng.pick(['png', 'jpeg', 'webp'])};base64,${Buffer.concat([header, randBytes(rng, bytes)]).toString('base64')}`;
}
export function svgPath(rng: Rng): string {
  let d = `M${rng.int(0, 24)}.${rng.digits(2)} ${rng.int(0, 24)}.${rng.digits(2)}`;
  const n = rng.int(8, 30);
  for (let i = 0; i < n; i++) d += `${rng.pick(['L', 'C', 'c', 'l', 'h', 'v', 's', 'a'])}${rng.int(0, 24)}.${rng.digits(rng.int(1, 3))}${rng.pick([' ', ',', '-'])}${rng.int(0, 24)}.${rng.digits(2)}`;
  return d + 'z';
}
export function integrityHash(rng: Rng): string {
  return `sha512-${randBytes(rng, 64).toString('base64')}`;
}
