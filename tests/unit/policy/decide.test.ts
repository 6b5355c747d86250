import { describe, expect, it } from 'vitest';
import { PolicyDocumentSchema, type PolicyDocumentInput } from '../../../src/contracts/policy';
import { DEFAULT_POLICY, FAIL_CLOSED_POLICY, NATIONAL_ID_RULES, decide, strictest } from '../../../src/engine/policy';
import { NOW, policyDoc } from './helpers';

const ctx = { now: NOW };
const p = (over: Partial<PolicyDocumentInput> = {}) => PolicyDocumentSchema.parse(policyDoc(over));
const f = (rule: string, category: 'credential' | 'financial' | 'pii' | 'source_code' | 'confidential' | 'custom', count?: number) => ({ rule, category, count });

describe('decide() with the built-in default policy', () => {
  const table: [string, ReturnType<typeof f>, string][] = [
    ['credentials are blocked', f('credential.aws_access_key_id', 'credential'), 'block'],
    ['payment data is redacted (or justified)', f('financial.payment_card', 'financial'), 'redact'],
    ...NATIONAL_ID_RULES.map((r): [string, ReturnType<typeof f>, string] => [`${r} is redacted (or justified)`, f(r, 'pii'), 'redact']),
    ['an email is warned', f('pii.email', 'pii'), 'warn'],
    ['a phone number is warned', f('pii.phone', 'pii'), 'warn'],
    ['source code is monitored', f('source_code.block', 'source_code'), 'monitor'],
    ['a confidential marking is warned', f('confidential.marking', 'confidential'), 'warn'],
  ];
  it.each(table)('%s', (_name, finding, action) => {
    expect(decide(DEFAULT_POLICY, 'chatgpt.com', [finding], 'submit', ctx).action).toBe(action);
  });

  it('allows a clean prompt and asks nothing', () => {
    const d = decide(DEFAULT_POLICY, 'chatgpt.com', [], 'submit', ctx);
    expect(d).toMatchObject({ action: 'allow', reason: 'clean', allowedUserActions: [], requiresJustification: false, tier: 'unsanctioned', policyVersion: null });
    expect(d.coaching).toBeUndefined();
  });

  it('redact-or-justify: redact is offered, and sending anyway needs a justification', () => {
    const d = decide(DEFAULT_POLICY, 'claude.ai', [f('pii.us_ssn', 'pii')], 'paste', ctx);
    expect(d.allowedUserActions).toEqual(['redact', 'send_anyway', 'edit', 'cancel']);
    expect(d.requiresJustification).toBe(true);
    expect(d.coaching).toMatch(/National identification/);
  });

  it('the strictest action over all findings wins, and the decisive findings are named', () => {
    const d = decide(DEFAULT_POLICY, 'chatgpt.com', [f('pii.email', 'pii', 2), f('credential.github_token', 'credential'), f('source_code.block', 'source_code'), f('pii.email', 'pii')], 'submit', ctx);
    expect(d.action).toBe('block');
    expect(d.decisiveRules).toEqual(['credential.github_token']);
    expect(d.decisiveCategories).toEqual(['credential']);
    expect(d.allowedUserActions).toEqual(['edit', 'cancel']);
    expect(d.findings.find((x) => x.rule === 'pii.email')).toMatchObject({ count: 3, action: 'warn', source: 'category' });
    expect(d.coaching).toMatch(/Secrets/);
  });

  it('orders actions block > redact > justify > warn > monitor > allow', () => {
    expect(strictest(['allow', 'monitor', 'warn', 'justify', 'redact', 'block'])).toBe('block');
    expect(strictest(['warn', 'justify', 'monitor'])).toBe('justify');
    expect(strictest([])).toBe('allow');
  });
});

describe('decide() with an org policy', () => {
  const org = p({
    apps: { 'chatgpt.com': { tier: 'sanctioned' }, 'deepseek.com': { tier: 'blocked' }, 'openai.com': { tier: 'tolerated' }, 'internal-ai.acme.corp': { tier: 'sanctioned', name: 'Acme GPT' } },
    actions: {
      default: { categories: { pii: 'justify', credential: 'block' }, rules: { 'pii.email': 'monitor' } },
      sanctioned: { categories: { pii: 'allow' }, rules: { 'credential.jwt': 'warn' } },
    },
    coaching: { rules: { 'pii.email': 'emails: careful' }, categories: { pii: 'personal data on this app needs a reason' }, tiers: { blocked: 'DeepSeek is not approved at Acme.' } },
  });

  it('resolves tiers: exact host, longest parent domain, default tier', () => {
    expect(decide(org, 'chatgpt.com', [], 'submit', ctx)).toMatchObject({ tier: 'sanctioned', policyVersion: 5 });
    expect(decide(org, 'chat.openai.com', [], 'submit', ctx).tier).toBe('tolerated');
    expect(decide(org, 'claude.ai', [], 'submit', ctx).tier).toBe('unsanctioned');
    expect(decide(org, { host: 'internal-ai.acme.corp' }, [], 'submit', ctx).tier).toBe('sanctioned');
  });

  it('blocks a blocked app entirely, a clean prompt too', () => {
    const d = decide(org, 'chat.deepseek.com', [], 'typed', ctx);
    expect(d).toMatchObject({ action: 'block', reason: 'app_blocked', tier: 'blocked', allowedUserActions: ['cancel'], coaching: 'DeepSeek is not approved at Acme.' });
  });

  it('rule-id actions override category actions; tier tables come before the default table', () => {
    expect(decide(org, 'claude.ai', [f('pii.phone', 'pii')], 'submit', ctx).action).toBe('justify');
    expect(decide(org, 'claude.ai', [f('pii.email', 'pii')], 'submit', ctx)).toMatchObject({ action: 'monitor' });
    expect(decide(org, 'claude.ai', [f('pii.email', 'pii')], 'submit', ctx).findings[0]?.source).toBe('rule');
    // sanctioned: tier rule > default rule > tier category > default category
    expect(decide(org, 'chatgpt.com', [f('pii.phone', 'pii')], 'submit', ctx).findings[0]).toMatchObject({ action: 'allow', source: 'tier_category' });
    expect(decide(org, 'chatgpt.com', [f('pii.email', 'pii')], 'submit', ctx).findings[0]).toMatchObject({ action: 'monitor', source: 'rule' });
    expect(decide(org, 'chatgpt.com', [f('credential.jwt', 'credential')], 'submit', ctx).findings[0]).toMatchObject({ action: 'warn', source: 'tier_rule' });
    expect(decide(org, 'claude.ai', [f('credential.jwt', 'credential')], 'submit', ctx).findings[0]).toMatchObject({ action: 'block', source: 'category' });
  });

  it('justify needs a justification to send anyway, warn does not', () => {
    const j = decide(org, 'claude.ai', [f('pii.phone', 'pii')], 'submit', ctx);
    expect(j).toMatchObject({ requiresJustification: true, allowedUserActions: ['send_anyway', 'redact', 'edit', 'cancel'], coaching: 'personal data on this app needs a reason' });
    const w = decide(org, 'chatgpt.com', [f('credential.jwt', 'credential')], 'submit', ctx);
    expect(w).toMatchObject({ requiresJustification: false, allowedUserActions: ['send_anyway', 'redact', 'edit', 'cancel'] });
  });

  it('falls back to the built-in baseline for what the policy leaves unsaid, unless baseline is none', () => {
    expect(decide(org, 'claude.ai', [f('financial.iban', 'financial')], 'submit', ctx).findings[0]).toMatchObject({ action: 'redact', source: 'baseline_category' });
    const bare = p({ baseline: 'none' });
    expect(decide(bare, 'claude.ai', [f('financial.iban', 'financial')], 'submit', ctx).findings[0]).toMatchObject({ action: 'allow', source: 'none' });
  });

  it('redact without justified send when the policy says so', () => {
    const strict = p({ settings: { redactAllowsJustifiedSend: false } });
    const d = decide(strict, 'claude.ai', [f('financial.payment_card', 'financial')], 'submit', ctx);
    expect(d).toMatchObject({ action: 'redact', allowedUserActions: ['redact', 'edit', 'cancel'], requiresJustification: false });
  });

  it('file channel: a file cannot be redacted or edited', () => {
    expect(decide(DEFAULT_POLICY, 'claude.ai', [f('financial.payment_card', 'financial')], 'file', ctx).allowedUserActions).toEqual(['send_anyway', 'cancel']);
    expect(decide(DEFAULT_POLICY, 'claude.ai', [f('credential.jwt', 'credential')], 'file', ctx).allowedUserActions).toEqual(['cancel']);
    expect(decide(DEFAULT_POLICY, 'claude.ai', [f('pii.email', 'pii')], 'file', ctx).allowedUserActions).toEqual(['send_anyway', 'cancel']);
  });

  it('fail-closed policy blocks every app with an explanation', () => {
    const d = decide(FAIL_CLOSED_POLICY, 'gemini.google.com', [], 'submit', ctx);
    expect(d).toMatchObject({ action: 'block', reason: 'app_blocked' });
    expect(d.coaching).toMatch(/blocked until your organisation's policy can be loaded/);
  });
});

describe('decide() exceptions', () => {
  const withEx = p({
    apps: { 'deepseek.com': { tier: 'blocked' } },
    exceptions: [
      { id: 'ml-deepseek', apps: ['deepseek.com'], groups: ['ml-team'], tier: 'tolerated', expiresAt: '2026-04-01T00:00:00Z' },
      { id: 'support-email', apps: ['claude.ai'], rules: ['pii.email'], action: 'allow', expiresAt: '2026-04-01T00:00:00Z' },
      { id: 'old', rules: ['pii.phone'], action: 'allow', expiresAt: '2026-01-01T00:00:00Z' },
      { id: 'later', categories: ['financial'], action: 'allow', startsAt: '2026-03-10T00:00:00Z', expiresAt: '2026-04-01T00:00:00Z' },
      { id: 'tighten', apps: ['gemini.google.com'], categories: ['source_code'], action: 'block', expiresAt: '2026-04-01T00:00:00Z' },
    ],
  });

  it('an exception relaxes a rule on an app until it expires', () => {
    expect(decide(withEx, 'claude.ai', [f('pii.email', 'pii')], 'submit', ctx)).toMatchObject({ action: 'allow', appliedExceptions: ['support-email'] });
    expect(decide(withEx, 'claude.ai', [f('pii.email', 'pii')], 'submit', { now: Date.parse('2026-04-01T00:00:00Z') }).action).toBe('warn');
    expect(decide(withEx, 'chatgpt.com', [f('pii.email', 'pii')], 'submit', ctx).action).toBe('warn');
  });

  it('an expired exception and one not yet started do not apply', () => {
    expect(decide(withEx, 'claude.ai', [f('pii.phone', 'pii')], 'submit', ctx).action).toBe('warn');
    expect(decide(withEx, 'claude.ai', [f('financial.iban', 'financial')], 'submit', ctx).action).toBe('redact');
    expect(decide(withEx, 'claude.ai', [f('financial.iban', 'financial')], 'submit', { now: new Date('2026-03-15T00:00:00Z') }).action).toBe('allow');
  });

  it('a group-scoped tier exception unblocks an app for that group only', () => {
    expect(decide(withEx, 'chat.deepseek.com', [], 'submit', ctx).action).toBe('block');
    expect(decide(withEx, 'chat.deepseek.com', [], 'submit', { now: NOW, groups: ['sales'] }).action).toBe('block');
    const d = decide(withEx, 'chat.deepseek.com', [], 'submit', { now: NOW, groups: ['ml-team'] });
    expect(d).toMatchObject({ action: 'allow', tier: 'tolerated', appliedExceptions: ['ml-deepseek'] });
  });

  it('an exception may also tighten', () => {
    expect(decide(withEx, 'gemini.google.com', [f('source_code.block', 'source_code')], 'submit', ctx).action).toBe('block');
  });

  it('the schema requires exactly one of action or tier', () => {
    expect(PolicyDocumentSchema.safeParse(policyDoc({ exceptions: [{ id: 'x', expiresAt: '2026-04-01T00:00:00Z' }] })).success).toBe(false);
    expect(PolicyDocumentSchema.safeParse(policyDoc({ exceptions: [{ id: 'x', action: 'allow', tier: 'sanctioned', expiresAt: '2026-04-01T00:00:00Z' }] })).success).toBe(false);
  });
});
