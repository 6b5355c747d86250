/**
 * Adapters that give every library in the benchmark the same shape:
 * `scan(text) → spans with a category`, sync or async, plus its version.
 *
 * Libraries that only return redacted text (redact-pii, @arcjet/redact) are asked to replace each
 * detection with a private-use marker; the spans are then recovered by aligning the output with
 * the input (the text between markers is copied verbatim). Exact for isolated detections; for
 * back-to-back detections the gap is split evenly — good enough for overlap matching.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { SpanLike } from './corpus/score';

const require = createRequire(import.meta.url);

export interface Peer {
  name: string;
  version: string;
  /** Categories this library claims to detect (accuracy is scored on these only). */
  categories: string[];
  scan: (text: string) => SpanLike[] | Promise<SpanLike[]>;
  note?: string;
}

export interface Unavailable {
  name: string;
  reason: string;
}

export function pkgVersion(name: string): string {
  try {
    const path = require.resolve(`${name}/package.json`);
    return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
  } catch {
    // Packages whose exports hide package.json: walk up from the entry point.
    try {
      let dir = require.resolve(name);
      for (let i = 0; i < 6; i++) {
        dir = dir.slice(0, dir.lastIndexOf('/'));
        try {
          const pj = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')) as { name?: string; version: string };
          if (pj.name === name) return pj.version;
        } catch {
          /* keep walking */
        }
      }
    } catch {
      /* not installed */
    }
    return '?';
  }
}

const M_OPEN = '\uE000';
const M_CLOSE = '\uE001';
const MARKER = /\uE000([\uE100-\uE8FF])\uE001/g;
export const marker = (i: number): string => `${M_OPEN}${String.fromCharCode(0xe100 + i)}${M_CLOSE}`;

/** Recover [start,end) of each marker in `redacted` relative to `original`. */
export function alignMarkers(original: string, redacted: string): { code: number; start: number; end: number }[] {
  const literals: string[] = [];
  const codes: number[] = [];
  let last = 0;
  for (const m of redacted.matchAll(MARKER)) {
    literals.push(redacted.slice(last, m.index));
    codes.push((m[1] as string).charCodeAt(0) - 0xe100);
    last = (m.index ?? 0) + m[0].length;
  }
  literals.push(redacted.slice(last));
  const out: { code: number; start: number; end: number }[] = [];
  let pos = 0;
  let k = 0;
  while (k < codes.length) {
    pos += (literals[k] as string).length;
    // Markers k..j-1 are back to back (empty literals between them).
    let j = k + 1;
    while (j < codes.length && literals[j] === '') j++;
    const next = literals[j] as string;
    let end: number;
    if (j === codes.length && next === '') end = original.length;
    else {
      // A short literal (",", "\n") may also occur inside the redacted value; the span is then
      // cut short, which still overlaps the true span (all the scoring needs).
      end = original.indexOf(next, pos + 1);
      if (end < 0) end = original.length;
    }
    const n = j - k;
    const width = Math.max(1, Math.floor((end - pos) / n));
    for (let i = 0; i < n; i++) {
      const s = pos + i * width;
      out.push({ code: codes[k + i] as number, start: s, end: i === n - 1 ? end : s + width });
    }
    pos = end;
    k = j;
  }
  return out;
}

// ------------------------------------------------------------------ redact-pii

const REDACT_PII_CATEGORY: Record<string, string> = {
  credentials: 'credential',
  password: 'credential',
  username: 'credential',
  creditCardNumber: 'financial',
  emailAddress: 'pii',
  phoneNumber: 'pii',
  usSocialSecurityNumber: 'pii',
  ipAddress: 'pii',
  streetAddress: 'pii',
  zipcode: 'pii',
  names: 'pii',
  // Generic detectors with no category of their own: not scored (neither TP nor FP).
  digits: 'other',
  url: 'other',
};

function redactPii(): Peer {
  type Redactor = { redact: (t: string) => string };
  const { SyncRedactor } = require('redact-pii') as { SyncRedactor: new (o: unknown) => Redactor };
  // redact-pii 3.4 ignores `builtInRedactors.<name>.replaceWith` (documented, not implemented), so
  // the same built-in patterns, in the library's own order, are re-registered as custom redactors
  // that write markers; the built-ins are switched off. Same regexes, same order, same cost.
  const patterns = require('redact-pii/lib/built-ins/simple-regexp-patterns') as Record<string, RegExp>;
  const { NameRedactor } = require('redact-pii/lib/built-ins/NameRedactor') as { NameRedactor: new (replaceWith: string) => Redactor };
  const names = [...Object.keys(patterns), 'names'];
  const custom: unknown[] = Object.keys(patterns).map((n, i) => ({ regexpPattern: patterns[n], replaceWith: marker(i) }));
  custom.push(new NameRedactor(marker(names.length - 1)));
  const r = new SyncRedactor({
    builtInRedactors: Object.fromEntries(names.map((n) => [n, { enabled: false }])),
    customRedactors: { before: custom },
  });
  return {
    name: 'redact-pii',
    version: pkgVersion('redact-pii'),
    categories: ['credential', 'financial', 'pii'],
    scan: (text) =>
      alignMarkers(text, r.redact(text)).map((s) => {
        const n = names[s.code] as string;
        return { category: REDACT_PII_CATEGORY[n] ?? 'other', rule: `redact-pii.${n}`, start: s.start, end: s.end };
      }),
    note: 'SyncRedactor with all built-ins; `digits`/`url` not scored',
  };
}

// ------------------------------------------------------------------ @openredaction/openredaction

export function openRedactionCategory(type: string): string {
  if (/CERTIFICATION/.test(type)) return 'pii';
  if (/SECRET|API_KEY|ACCESS_KEY|_KEY$|TOKEN|PRIVATE_KEY|PASSWORD|JWT|DATABASE_CONNECTION|SERVICE_ACCOUNT|WEBHOOK|CREDENTIAL/.test(type)) return 'credential';
  if (/CREDIT_CARD|IBAN|SWIFT|BIC|BANK|ROUTING|INVESTMENT_ACCOUNT|CARD_|CVV|WIRE_TRANSFER|STANDING_ORDER|DD_MANDATE|BITCOIN|LITECOIN|ETHEREUM|CRYPTO|SETTLEMENT|PAYMENT_REFERENCE/.test(type)) return 'financial';
  return 'pii';
}

async function openRedaction(): Promise<Peer> {
  const mod = (await import('@openredaction/openredaction')) as unknown as {
    OpenRedaction: new () => { detect: (t: string) => { detections: { type: string; position: [number, number] }[] } };
  };
  const o = new mod.OpenRedaction();
  return {
    name: '@openredaction/openredaction',
    version: pkgVersion('@openredaction/openredaction'),
    categories: ['credential', 'financial', 'pii'],
    scan: (text) =>
      o.detect(text).detections.map((d) => ({ category: openRedactionCategory(d.type), rule: `openredaction.${d.type}`, start: d.position[0], end: d.position[1] })),
    note: 'default config; 558 pattern types mapped to categories by name',
  };
}

// ------------------------------------------------------------------ secretlint

async function secretlint(): Promise<Peer> {
  const { lintSource } = (await import('@secretlint/core')) as unknown as {
    lintSource: (o: unknown) => Promise<{ messages: { ruleId: string; range: [number, number] }[] }>;
  };
  const { creator } = (await import('@secretlint/secretlint-rule-preset-recommend')) as unknown as { creator: unknown };
  const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: creator }] };
  return {
    name: 'secretlint (preset-recommend)',
    version: `${pkgVersion('@secretlint/core')} / ${pkgVersion('@secretlint/secretlint-rule-preset-recommend')}`,
    categories: ['credential'],
    scan: async (text) => {
      const res = await lintSource({
        source: { content: text, filePath: '/prompt.txt', ext: '.txt', contentType: 'text' },
        options: { config, noPhysicFilePath: true },
      });
      return res.messages.map((m) => ({ category: 'credential', rule: m.ruleId, start: m.range[0], end: m.range[1] }));
    },
    note: '@secretlint/core lintSource + preset-recommend',
  };
}

// ------------------------------------------------------------------ @arcjet/redact

const ARCJET_ENTITIES = ['email', 'phone-number', 'ip-address', 'credit-card-number'] as const;
const ARCJET_CATEGORY: Record<string, string> = { email: 'pii', 'phone-number': 'pii', 'ip-address': 'pii', 'credit-card-number': 'financial' };

async function arcjet(): Promise<Peer> {
  const { redact } = (await import('@arcjet/redact')) as unknown as {
    redact: (t: string, o: unknown) => Promise<[string, unknown]>;
  };
  return {
    name: '@arcjet/redact',
    version: pkgVersion('@arcjet/redact'),
    categories: ['financial', 'pii'],
    scan: async (text) => {
      const [out] = await redact(text, {
        entities: ARCJET_ENTITIES,
        replace: (entity: string) => marker(ARCJET_ENTITIES.indexOf(entity as (typeof ARCJET_ENTITIES)[number])),
      });
      return alignMarkers(text, out).map((s) => {
        const e = ARCJET_ENTITIES[s.code] as string;
        return { category: ARCJET_CATEGORY[e] as string, rule: `arcjet.${e}`, start: s.start, end: s.end };
      });
    },
    note: 'WebAssembly; newest Node-20 release (1.4.0; ≥1.11 needs Node ≥22.21)',
  };
}

// ------------------------------------------------------------------ bare V8 regex

function bareRegex(): Peer {
  // The lookbehind makes only the start of a run a start position (linear, like the engine's).
  const re = /(?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
  return {
    name: 'bare V8 regex (1 email regex)',
    version: process.versions.v8,
    categories: ['pii'],
    scan: (text) => {
      const out: SpanLike[] = [];
      for (const m of text.matchAll(re)) out.push({ category: 'pii', rule: 'regex.email', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
      return out;
    },
    note: 'one simple email regex: distance to the limit',
  };
}

/** Load every peer; a peer that cannot load is reported with its reason, never silently skipped. */
export async function loadPeers(): Promise<{ peers: Peer[]; unavailable: Unavailable[] }> {
  const peers: Peer[] = [];
  const unavailable: Unavailable[] = [];
  const loaders: [string, () => Peer | Promise<Peer>][] = [
    ['redact-pii', redactPii],
    ['@openredaction/openredaction', openRedaction],
    ['secretlint', secretlint],
    ['@arcjet/redact', arcjet],
    ['bare V8 regex', bareRegex],
  ];
  for (const [name, load] of loaders) {
    try {
      const p = await load();
      await p.scan('warm-up jane.doe@corp-mail.com 4111 1111 1111 1111');
      peers.push(p);
    } catch (e) {
      unavailable.push({ name, reason: (e as Error).message.split('\n')[0] ?? String(e) });
    }
  }
  return { peers, unavailable };
}
