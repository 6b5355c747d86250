/**
 * Admin CLI for org policies. `npm run policy -- <command> …`
 *
 *   keygen [--out DIR] [--kid KID]            new Ed25519 signing key; prints kid + public key
 *                                              (writes DIR/signing-key.pem + DIR/public-key.json;
 *                                              without --out the private key goes to stdout)
 *   sign --key PRIVATE.pem [--kid KID] POLICY.json [--out FILE] [--force] [--now ISO]
 *                                              lints, then signs the exact file bytes → envelope
 *   lint POLICY.json [--now ISO]              schema + meaning; exit 1 on errors
 *   test --policy FILE|default --app HOST (--text "…" | --text-file F) [--channel submit]
 *        [--group G]… [--now ISO] [--json]    what the extension would do, with masked previews
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHANNELS, type PolicyChannel, type PolicyDocument } from '../contracts/policy';
import { RULES, RedactionSession, createScanner } from '../engine/index';
import {
  DEFAULT_POLICY,
  decide,
  generateSigningKeyPair,
  kidForPublicKey,
  lintPolicy,
  publicKeyOfPrivatePem,
  signPolicyJson,
  type LintMessage,
} from '../engine/policy';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd?: string;
}

const USAGE = `Usage: npm run policy -- <keygen|sign|lint|test> …
  keygen [--out DIR] [--kid KID]
  sign --key PRIVATE.pem [--kid KID] POLICY.json [--out FILE] [--force] [--now ISO]
  lint POLICY.json [--now ISO]
  test --policy FILE|default --app HOST (--text "…" | --text-file FILE) [--channel ${CHANNELS.join('|')}] [--group G]… [--now ISO] [--json]`;

class UsageError extends Error {}

const parseNow = (s: string | undefined): number => {
  if (s === undefined) return Date.now();
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new UsageError(`--now: not a date: ${s}`);
  return t;
};

const formatLint = (m: LintMessage) => `${m.level === 'error' ? 'error  ' : 'warning'} ${m.path || '(document)'}: ${m.message}`;

/** Runs one CLI invocation; returns the exit code (0 ok, 1 policy errors, 2 usage). */
export async function runPolicyCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const cwd = io.cwd ?? process.cwd();
  const path = (p: string) => resolve(cwd, p);
  try {
    switch (command) {
      case 'keygen': {
        const { values } = parseArgs({ args: [...rest], options: { out: { type: 'string' }, kid: { type: 'string' } } });
        const pair = await generateSigningKeyPair(values.kid);
        if (values.out) {
          const dir = path(values.out);
          mkdirSync(dir, { recursive: true });
          writeFileSync(join(dir, 'signing-key.pem'), pair.privateKeyPem, { mode: 0o600 });
          writeFileSync(join(dir, 'public-key.json'), `${JSON.stringify({ kid: pair.kid, publicKey: pair.publicKey }, null, 2)}\n`);
          io.out(`private key: ${join(dir, 'signing-key.pem')} (keep it secret; only the signing machine needs it)`);
        } else {
          io.err('no --out: the private key follows on stdout; store it safely');
          io.out(pair.privateKeyPem.trimEnd());
        }
        io.out(`kid:        ${pair.kid}`);
        io.out(`public key: ${pair.publicKey}`);
        io.out(`pin it in managed config: "signingKeys": [{ "kid": "${pair.kid}", "publicKey": "${pair.publicKey}" }]`);
        return 0;
      }

      case 'sign': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          allowPositionals: true,
          options: { key: { type: 'string' }, kid: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, now: { type: 'string' } },
        });
        if (!values.key || positionals.length !== 1) throw new UsageError('sign needs --key PRIVATE.pem and one POLICY.json');
        const text = readFileSync(path(positionals[0]!), 'utf8');
        const lint = lintText(text, parseNow(values.now));
        for (const m of lint) io.err(formatLint(m));
        if (lint.some((m) => m.level === 'error') && !values.force) {
          io.err('not signed: fix the errors above (or --force)');
          return 1;
        }
        const pem = readFileSync(path(values.key), 'utf8');
        const kid = values.kid ?? (await kidForPublicKey(await publicKeyOfPrivatePem(pem)));
        const envelope = `${JSON.stringify(await signPolicyJson(text, pem, kid), null, 2)}\n`;
        if (values.out) {
          writeFileSync(path(values.out), envelope);
          io.err(`signed with key ${kid} → ${path(values.out)}`);
        } else io.out(envelope.trimEnd());
        return 0;
      }

      case 'lint': {
        const { values, positionals } = parseArgs({ args: [...rest], allowPositionals: true, options: { now: { type: 'string' } } });
        if (positionals.length !== 1) throw new UsageError('lint needs one POLICY.json');
        const messages = lintText(readFileSync(path(positionals[0]!), 'utf8'), parseNow(values.now));
        for (const m of messages) (m.level === 'error' ? io.err : io.out)(formatLint(m));
        const errors = messages.filter((m) => m.level === 'error').length;
        io.out(`${errors} error(s), ${messages.length - errors} warning(s)`);
        return errors > 0 ? 1 : 0;
      }

      case 'test': {
        const { values } = parseArgs({
          args: [...rest],
          options: {
            policy: { type: 'string' },
            app: { type: 'string' },
            text: { type: 'string' },
            'text-file': { type: 'string' },
            channel: { type: 'string', default: 'submit' },
            group: { type: 'string', multiple: true },
            now: { type: 'string' },
            json: { type: 'boolean' },
          },
        });
        if (!values.policy || !values.app || (values.text === undefined && !values['text-file'])) throw new UsageError('test needs --policy, --app and --text (or --text-file)');
        if (!(CHANNELS as readonly string[]).includes(values.channel!)) throw new UsageError(`--channel must be one of ${CHANNELS.join(', ')}`);
        const now = parseNow(values.now);
        let policy: PolicyDocument;
        if (values.policy === 'default') policy = DEFAULT_POLICY;
        else {
          const { policy: p, messages } = lintPolicy(parseJson(readFileSync(path(values.policy), 'utf8')), RULES, now);
          if (!p) {
            for (const m of messages) io.err(formatLint(m));
            return 1;
          }
          policy = p;
        }
        const text = values.text ?? readFileSync(path(values['text-file']!), 'utf8');
        const scanner = createScanner({ custom: policy.detectors });
        const findings = scanner.scan(text);
        const decision = decide(policy, values.app, findings, values.channel as PolicyChannel, { now, groups: values.group });
        const redacted = findings.length > 0 ? new RedactionSession().redact(text, findings).text : text;
        if (values.json) {
          io.out(JSON.stringify({ decision, findings, redacted }, null, 2));
          return 0;
        }
        const perRule = new Map(decision.findings.map((f) => [f.rule, f]));
        io.out(`app:      ${values.app} (tier ${decision.tier})`);
        io.out(`policy:   ${policy.name ?? policy.orgId} v${policy.version}`);
        if (findings.length === 0) io.out('findings: none');
        else {
          io.out(`findings: ${findings.length}`);
          for (const f of findings) {
            const d = perRule.get(f.rule);
            io.out(`  line ${f.line}  ${f.rule}  ${f.label}  ${f.preview}  → ${d?.action ?? '?'} (${d?.source ?? '?'}${d?.exceptionId ? ` ${d.exceptionId}` : ''})`);
          }
        }
        io.out(`decision: ${decision.action.toUpperCase()}${decision.reason === 'app_blocked' ? ' (app blocked)' : ''}`);
        if (decision.allowedUserActions.length > 0) io.out(`user may: ${decision.allowedUserActions.join(', ')}${decision.requiresJustification ? ' (send anyway needs a justification)' : ''}`);
        if (decision.coaching) io.out(`coaching: ${decision.coaching}`);
        if (decision.appliedExceptions.length > 0) io.out(`exceptions applied: ${decision.appliedExceptions.join(', ')}`);
        if (findings.length > 0 && decision.allowedUserActions.includes('redact')) io.out(`redacted: ${redacted}`);
        return 0;
      }

      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${(e as Error).message}\n${USAGE}`);
      return 2;
    }
    io.err(`error: ${(e as Error).message}`);
    return 1;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`not JSON: ${(e as Error).message}`, { cause: e });
  }
}

function lintText(text: string, now: number): LintMessage[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return [{ level: 'error', path: '', message: `not JSON: ${(e as Error).message}` }];
  }
  const messages = lintPolicy(json, RULES, now).messages;
  // Custom regexes must compile in the engine (RE2 semantics); createScanner says which fails.
  const detectors = (json as { detectors?: unknown } | null)?.detectors;
  if (detectors !== undefined && !messages.some((m) => m.level === 'error' && m.path === '')) {
    try {
      createScanner({ custom: detectors as never });
    } catch (e) {
      messages.push({ level: 'error', path: 'detectors', message: (e as Error).message });
    }
  }
  return messages;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  void runPolicyCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) }).then((code) => {
    process.exitCode = code;
  });
}
