/**
 * Reference org endpoint. `npm run server` with no arguments starts a demo org on
 * http://127.0.0.1:8787 with everything under ./data (generated on first start: signing key,
 * policy file, tokens) and prints the managed configuration to paste into Chrome's policy.
 *
 * Flags (or env): --port (GUARD_PORT, 8787) --host (GUARD_HOST, 127.0.0.1)
 *   --data-dir (GUARD_DATA_DIR, ./data) --db (GUARD_DB, <data-dir>/guard.sqlite, or :memory:)
 *   --org (GUARD_ORG_ID, demo) --policy (GUARD_POLICY_FILE, <data-dir>/<org>/policy.json)
 *   --key (GUARD_SIGNING_KEY_FILE, <data-dir>/<org>/signing-key.pem) --kid (GUARD_KID, derived)
 *   --admin-token (GUARD_ADMIN_TOKEN) --enrollment-token (GUARD_ENROLLMENT_TOKEN)
 *   (tokens default to <data-dir>/<org>/tokens.json, generated once)
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEV_EXTENSION_ID } from '../contracts/extension-id';
import type { PolicyDocumentInput } from '../contracts/policy';
import { generateSigningKeyPair, kidForPublicKey, publicKeyOfPrivatePem } from '../engine/policy';
import { startServer } from './server';

const { values: flags } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'data-dir': { type: 'string' },
    db: { type: 'string' },
    org: { type: 'string' },
    policy: { type: 'string' },
    key: { type: 'string' },
    kid: { type: 'string' },
    'admin-token': { type: 'string' },
    'enrollment-token': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (flags.help) {
  console.log(readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]!.replace(/^\/\*\*|^ \* ?/gm, ''));
  process.exit(0);
}

const env = process.env;
const log = (line: string) => console.log(line);
const port = Number(flags.port ?? env.GUARD_PORT ?? 8787);
const host = flags.host ?? env.GUARD_HOST ?? '127.0.0.1';
const dataDir = resolve(flags['data-dir'] ?? env.GUARD_DATA_DIR ?? 'data');
const orgId = flags.org ?? env.GUARD_ORG_ID ?? 'demo';
const orgDir = join(dataDir, orgId);
const dbPath = flags.db ?? env.GUARD_DB ?? join(dataDir, 'guard.sqlite');
const policyFile = resolve(flags.policy ?? env.GUARD_POLICY_FILE ?? join(orgDir, 'policy.json'));
const keyFile = resolve(flags.key ?? env.GUARD_SIGNING_KEY_FILE ?? join(orgDir, 'signing-key.pem'));
const usingDefaults = !flags.key && !env.GUARD_SIGNING_KEY_FILE;

function demoPolicy(): PolicyDocumentInput {
  const now = new Date();
  return {
    version: 1,
    issuedAt: now.toISOString().replace(/\.\d+Z$/, 'Z'),
    expiresAt: new Date(now.getTime() + 365 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z'),
    orgId,
    name: `Demo policy for org ${orgId}`,
    defaultTier: 'unsanctioned',
    apps: { 'chatgpt.com': { tier: 'sanctioned' }, 'claude.ai': { tier: 'tolerated' }, 'chat.deepseek.com': { tier: 'blocked' } },
    actions: {
      default: { categories: { credential: 'block', financial: 'redact', pii: 'warn', source_code: 'monitor', confidential: 'warn' } },
      unsanctioned: { categories: { pii: 'justify', source_code: 'warn' } },
    },
    coaching: { tiers: { blocked: `This AI app is not approved at ${orgId}. Use ChatGPT Enterprise instead.` } },
    refreshMinutes: 5,
  };
}

async function main(): Promise<void> {
  mkdirSync(orgDir, { recursive: true });
  if (!existsSync(keyFile)) {
    if (!usingDefaults) throw new Error(`signing key ${keyFile} not found (generate one with: npm run policy -- keygen --out DIR)`);
    const pair = await generateSigningKeyPair();
    writeFileSync(keyFile, pair.privateKeyPem, { mode: 0o600 });
    log(`generated demo signing key ${keyFile}`);
  }
  if (!existsSync(policyFile)) {
    if (flags.policy ?? env.GUARD_POLICY_FILE) throw new Error(`policy file ${policyFile} not found`);
    writeFileSync(policyFile, `${JSON.stringify(demoPolicy(), null, 2)}\n`);
    log(`wrote demo policy ${policyFile} (edit it and raise "version"; the server re-signs it on change)`);
  }
  const tokensFile = join(orgDir, 'tokens.json');
  let stored: { adminToken?: string; enrollmentToken?: string } = {};
  if (existsSync(tokensFile)) stored = JSON.parse(readFileSync(tokensFile, 'utf8')) as typeof stored;
  const adminToken = flags['admin-token'] ?? env.GUARD_ADMIN_TOKEN ?? stored.adminToken ?? randomBytes(24).toString('base64url');
  const enrollmentToken = flags['enrollment-token'] ?? env.GUARD_ENROLLMENT_TOKEN ?? stored.enrollmentToken ?? randomBytes(24).toString('base64url');
  if (!stored.adminToken || !stored.enrollmentToken) {
    writeFileSync(tokensFile, `${JSON.stringify({ adminToken: stored.adminToken ?? adminToken, enrollmentToken: stored.enrollmentToken ?? enrollmentToken }, null, 2)}\n`, { mode: 0o600 });
  }

  const signingKeyPem = readFileSync(keyFile, 'utf8');
  const publicKey = await publicKeyOfPrivatePem(signingKeyPem);
  const kid = flags.kid ?? env.GUARD_KID ?? (await kidForPublicKey(publicKey));

  const server = await startServer({ port, host, dbPath, org: { id: orgId, policyFile, signingKeyPem, kid, enrollmentToken }, adminToken, log });
  const endpoint = server.url;
  const managed = { endpoint, orgId, signingKeys: [{ kid, publicKey }], enrollmentToken, failMode: 'open' };
  log(
    [
      '',
      `Shadow AI Guard reference endpoint listening on ${endpoint}`,
      `  org:           ${orgId}`,
      `  policy file:   ${policyFile}`,
      `  database:      ${dbPath}`,
      `  signing key:   kid ${kid}, public key ${publicKey}`,
      `  admin token:   ${adminToken}   (GET ${endpoint}/v1/orgs/${orgId}/inventory)`,
      `  policy URL:    ${endpoint}/v1/orgs/${orgId}/policy   (Authorization: Bearer ${enrollmentToken})`,
      '',
      'Managed policy for Chrome/Chromium on Linux (save as /etc/opt/chrome/policies/managed/shadow-ai-guard.json',
      'or /etc/chromium/policies/managed/shadow-ai-guard.json); other platforms: docs/deployment/README.md',
      JSON.stringify({ '3rdparty': { extensions: { [DEV_EXTENSION_ID]: managed } } }, null, 2),
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping (finishing in-flight requests)`);
    void server.close().then(() => {
      log('stopped');
      process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(`error: ${(err as Error).message}`);
  process.exit(1);
});
