import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPolicyCli } from '../../../src/cli/policy';
import { evaluatePolicyUpdate } from '../../../src/engine/policy';
import { RULES } from '../../../src/engine/index';

let dir: string;
async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runPolicyCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const write = (name: string, value: unknown) => writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));

const GOOD = {
  version: 3,
  issuedAt: '2026-02-01T00:00:00Z',
  expiresAt: '2026-12-01T00:00:00Z',
  orgId: 'acme',
  apps: { 'chatgpt.com': { tier: 'sanctioned' }, 'chat.deepseek.com': { tier: 'blocked' } },
  actions: { default: { categories: { pii: 'warn' }, rules: { 'pii.us_ssn': 'block' } } },
  detectors: { keywords: [{ id: 'atlas', label: 'Project Atlas', terms: ['Project Atlas'] }] },
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('policy CLI', () => {
  it('keygen writes a key pair and prints kid + public key', async () => {
    const r = await cli('keygen', '--out', 'keys', '--kid', 'acme-2026');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/kid: +acme-2026/);
    const pub = JSON.parse(readFileSync(join(dir, 'keys', 'public-key.json'), 'utf8')) as { kid: string; publicKey: string };
    expect(pub.kid).toBe('acme-2026');
    expect(pub.publicKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(readFileSync(join(dir, 'keys', 'signing-key.pem'), 'utf8')).toMatch(/BEGIN PRIVATE KEY/);
  });

  it('sign produces an envelope that the extension verifier accepts', async () => {
    write('good.json', GOOD);
    const r = await cli('sign', '--key', 'keys/signing-key.pem', '--kid', 'acme-2026', 'good.json', '--out', 'good.signed.json', '--now', '2026-03-01T00:00:00Z');
    expect(r.code, r.err).toBe(0);
    const pub = JSON.parse(readFileSync(join(dir, 'keys', 'public-key.json'), 'utf8')) as { kid: string; publicKey: string };
    const result = await evaluatePolicyUpdate(null, readFileSync(join(dir, 'good.signed.json'), 'utf8'), [pub], Date.parse('2026-03-01T00:00:00Z'), { orgId: 'acme' });
    expect(result).toMatchObject({ ok: true, policy: { version: 3 } });
  });

  it('sign refuses a policy with lint errors unless --force', async () => {
    write('bad.json', { ...GOOD, actions: { default: { rules: { 'pii.us_ssnn': 'block' } } } });
    const r = await cli('sign', '--key', 'keys/signing-key.pem', 'bad.json', '--now', '2026-03-01T00:00:00Z');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/unknown rule id "pii.us_ssnn"/);
    expect((await cli('sign', '--key', 'keys/signing-key.pem', 'bad.json', '--force')).code).toBe(0);
  });

  it('lint passes a good policy', async () => {
    const r = await cli('lint', 'good.json', '--now', '2026-03-01T00:00:00Z');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/0 error\(s\)/);
  });

  it('lint reports schema errors with their path', async () => {
    write('schema.json', { ...GOOD, actions: { default: { categories: { pii: 'shout' } } } });
    const r = await cli('lint', 'schema.json');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/actions\.default\.categories\.pii/);
    write('notjson.json', '{ nope');
    expect((await cli('lint', 'notjson.json')).err).toMatch(/not JSON/);
  });

  it('lint finds meaning errors: unknown rules, dead exceptions, shadowed and redundant actions', async () => {
    const piiRules = RULES.filter((r) => r.category === 'pii').map((r) => r.id);
    write('meaning.json', {
      ...GOOD,
      actions: {
        default: { categories: { pii: 'warn', financial: 'redact' }, rules: { ...Object.fromEntries(piiRules.map((id) => [id, 'block'])), 'financial.iban': 'redact', 'custom.atlas': 'block', 'custom.nope': 'warn' } },
        blocked: { categories: { pii: 'allow' } },
      },
      coaching: { rules: { 'credential.nope': 'x' } },
      exceptions: [
        { id: 'old', rules: ['pii.email'], action: 'allow', expiresAt: '2026-01-01T00:00:00Z' },
        { id: 'ghost-app', apps: ['ghost.example'], action: 'allow', expiresAt: '2026-06-01T00:00:00Z' },
        { id: 'ghost-rule', rules: ['pii.nope'], action: 'allow', expiresAt: '2026-06-01T00:00:00Z' },
        { id: 'backwards', rules: ['pii.email'], action: 'allow', startsAt: '2026-05-01T00:00:00Z', expiresAt: '2026-04-01T00:00:00Z' },
      ],
    });
    const r = await cli('lint', 'meaning.json', '--now', '2026-03-01T00:00:00Z');
    expect(r.code).toBe(1);
    expect(r.err).toContain('unknown rule id "custom.nope"');
    expect(r.err).toContain('coaching.rules.credential.nope');
    expect(r.err).toContain('exceptions.2.rules.0: unknown rule id "pii.nope"');
    expect(r.err).toMatch(/exceptions\.3\.startsAt: .*can never apply/);
    expect(r.err).not.toContain('custom.atlas');
    expect(r.out).toMatch(/exceptions\.0\.expiresAt: .*expired/);
    expect(r.out).toMatch(/exceptions\.1\.apps\.0: .*never applies/);
    expect(r.out).toMatch(/actions\.default\.categories\.pii: shadowed/);
    expect(r.out).toMatch(/actions\.default\.rules\.financial\.iban: redundant/);
    expect(r.out).toMatch(/actions\.blocked: actions for tier "blocked" never apply/);
  });

  it('lint flags an expired policy and a missing expiry', async () => {
    write('expired.json', { ...GOOD, expiresAt: '2026-01-01T00:00:00Z' });
    expect((await cli('lint', 'expired.json', '--now', '2026-03-01T00:00:00Z')).err).toMatch(/expiresAt: .*expired/);
    const { expiresAt: _drop, ...noExpiry } = GOOD;
    write('noexp.json', noExpiry);
    const r = await cli('lint', 'noexp.json', '--now', '2026-03-01T00:00:00Z');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/no expiresAt/);
  });

  it('test prints what would happen, with masked previews only', async () => {
    const r = await cli('test', '--policy', 'good.json', '--app', 'chatgpt.com', '--now', '2026-03-01T00:00:00Z', '--text', 'Project Atlas: ssn 123-45-6789 for bob@acme.com');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/tier sanctioned/);
    expect(r.out).toMatch(/pii\.us_ssn .* → block \(rule\)/);
    expect(r.out).toMatch(/custom\.atlas/);
    expect(r.out).toMatch(/decision: BLOCK/);
    expect(r.out).not.toContain('123-45-6789');
    expect(r.out).not.toContain('bob@acme.com');

    const blocked = await cli('test', '--policy', 'good.json', '--app', 'chat.deepseek.com', '--text', 'hello', '--now', '2026-03-01T00:00:00Z');
    expect(blocked.out).toMatch(/decision: BLOCK \(app blocked\)/);

    const json = await cli('test', '--policy', 'default', '--app', 'claude.ai', '--text', 'card 4111 1111 1111 1111', '--channel', 'paste', '--json');
    const parsed = JSON.parse(json.out) as { decision: { action: string; requiresJustification: boolean }; redacted: string };
    expect(parsed.decision).toMatchObject({ action: 'redact', requiresJustification: true });
    expect(parsed.redacted).not.toContain('4111 1111 1111 1111');
  });

  it('usage errors exit 2', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('sign', 'good.json')).code).toBe(2);
    expect((await cli('test', '--policy', 'default', '--app', 'x.com', '--text', 'a', '--channel', 'fax')).code).toBe(2);
  });
});
