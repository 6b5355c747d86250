import { describe, expect, it } from 'vitest';
import { PolicyDocumentSchema, type PolicyDocumentInput } from '../../../src/contracts/policy';
import { DEFAULT_POLICY, decide } from '../../../src/engine/policy';
import { accountActionFor } from '../../../src/engine/policy/decide';
import { NOW, policyDoc } from '../policy/helpers';

const p = (over: Partial<PolicyDocumentInput> = {}) => PolicyDocumentSchema.parse(policyDoc(over));
const email = { rule: 'pii.email', category: 'pii' as const, count: 1 };
const key = { rule: 'credential.aws_access_key_id', category: 'credential' as const, count: 1 };

describe('decide() with an account (policy `accounts`)', () => {
  const policy = p({
    apps: { 'chatgpt.com': { tier: 'sanctioned' }, 'claude.ai': { tier: 'tolerated' } },
    accounts: {
      sanctioned: { personal: 'block' },
      default: { personal: 'warn', unknown: 'monitor' },
      apps: { 'eu.chatgpt.com': { personal: 'allow' } },
      coaching: 'Use your Acme account.',
    },
  });

  it('blocks a personal account on a sanctioned app, whatever the prompt', () => {
    const d = decide(policy, 'chatgpt.com', [], 'submit', { now: NOW, account: 'personal' });
    expect(d).toMatchObject({ action: 'block', reason: 'account_blocked', accountAction: 'block', allowedUserActions: ['cancel'], coaching: 'Use your Acme account.' });
  });

  it('lets the corporate account through, and does nothing when the account is not known', () => {
    expect(decide(policy, 'chatgpt.com', [], 'submit', { now: NOW, account: 'corporate' })).toMatchObject({ action: 'allow', reason: 'clean' });
    const none = decide(policy, 'chatgpt.com', [], 'submit', { now: NOW });
    expect(none).toMatchObject({ action: 'allow', reason: 'clean' });
    expect(none.accountAction).toBeUndefined();
  });

  it('warns a personal account on a tolerated app (default rule), offering send anyway', () => {
    const d = decide(policy, 'claude.ai', [], 'submit', { now: NOW, account: 'personal' });
    expect(d).toMatchObject({ action: 'warn', reason: 'account', accountAction: 'warn', coaching: 'Use your Acme account.' });
    expect(d.allowedUserActions).toContain('send_anyway');
  });

  it('strictest wins between the account rule and findings', () => {
    const withKey = decide(policy, 'claude.ai', [key], 'submit', { now: NOW, account: 'personal' });
    expect(withKey).toMatchObject({ action: 'block', reason: 'findings' }); // credential blocked by baseline
    const withEmail = decide(policy, 'claude.ai', [email], 'submit', { now: NOW, account: 'personal' });
    expect(withEmail).toMatchObject({ action: 'warn', reason: 'findings' });
  });

  it('a longer apps key beats the tier rule; unknown accounts have their own entry', () => {
    expect(decide(policy, 'eu.chatgpt.com', [], 'submit', { now: NOW, account: 'personal' })).toMatchObject({ action: 'allow' });
    expect(decide(policy, 'claude.ai', [], 'submit', { now: NOW, account: 'unknown' })).toMatchObject({ action: 'monitor', reason: 'account' });
    expect(accountActionFor(policy, 'chatgpt.com', 'sanctioned', 'unknown')).toBe('monitor');
  });

  it('a blocked tier stays app_blocked; no accounts section changes nothing', () => {
    const blocked = p({ apps: { 'chat.deepseek.com': { tier: 'blocked' } }, accounts: { default: { personal: 'block' } } });
    expect(decide(blocked, 'chat.deepseek.com', [], 'submit', { now: NOW, account: 'personal' }).reason).toBe('app_blocked');
    expect(decide(DEFAULT_POLICY, 'chatgpt.com', [], 'submit', { now: NOW, account: 'personal' })).toMatchObject({ action: 'allow', reason: 'clean' });
  });

  it('refuses redact as an account action (an account cannot be redacted)', () => {
    expect(PolicyDocumentSchema.safeParse(policyDoc({ accounts: { default: { personal: 'redact' as never } } })).success).toBe(false);
  });
});
