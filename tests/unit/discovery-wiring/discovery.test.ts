import { describe, expect, it } from 'vitest';
import { DiscoverySnapshotSchema } from '../../../src/contracts/events';
import { PolicyDocumentSchema } from '../../../src/contracts/policy';
import { CANONICAL_TEXT, Discovery, type VisitRecord } from '../../../src/background/discovery/discovery';
import type { DiscoveryEventBody } from '../../../src/background/discovery/emit';
import { policyHostPatterns } from '../../../src/background/discovery';
import { DEFAULT_POLICY } from '../../../src/engine/policy';
import { scoreAiPage } from '../../../src/engine/discovery/ai-page-signals';
import type { KeyValueStore } from '../../../src/platform/local-storage';

const NOW = Date.parse('2026-03-01T12:00:00Z');

function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get<T>(key: string) {
      return structuredClone(data.get(key)) as T | undefined;
    },
    async set(key: string, value: unknown) {
      data.set(key, structuredClone(value));
    },
    async remove(key: string) {
      data.delete(key);
    },
  };
}

function setup(opts: { policy?: ReturnType<typeof PolicyDocumentSchema.parse>; corporate?: string[] } = {}) {
  const events: DiscoveryEventBody[] = [];
  const visits: VisitRecord[] = [];
  const store = memoryStore();
  let now = NOW;
  const d = new Discovery({
    store,
    policy: () => opts.policy ?? DEFAULT_POLICY,
    corporateDomains: () => opts.corporate ?? ['example-corp.test'],
    selfId: 'nhhimjjkagbbmhcdnhiboomjfcildihk',
    emit: async (e) => void events.push(e),
    recordVisit: async (v) => void visits.push(v),
    now: () => now,
  });
  return { d, events, visits, store, tick: (ms: number) => (now += ms) };
}

const signals = (over: Partial<Parameters<Discovery['pageSignals']>[0]> = {}) => ({
  type: 'cs-bg/page-signals' as const,
  host: 'unknown-ai.example',
  path: '/c/1',
  hasChatComposer: true,
  placeholderChatLike: true,
  streamedAnswers: true,
  selfDescription: 'word' as const,
  requestHosts: [],
  ...over,
});

describe('canonical stand-ins for page text', () => {
  it('give exactly the scorer reason the content script saw', () => {
    const base = { host: 'x.example', hasChatComposer: true, streamedAnswers: false, modelApiHosts: [] };
    expect(scoreAiPage({ ...base, composerPlaceholder: CANONICAL_TEXT.placeholder, selfDescription: '' }).reasons).toContain('composer-placeholder');
    expect(scoreAiPage({ ...base, selfDescription: CANONICAL_TEXT.strongDescription }).reasons).toContain('self-description:ai-terms');
    expect(scoreAiPage({ ...base, selfDescription: CANONICAL_TEXT.wordDescription }).reasons).toContain('self-description:ai-word');
  });
});

describe('Discovery (background wiring of the engine classifiers)', () => {
  it('tells the content script what to do per page', () => {
    const { d } = setup();
    expect(d.hello('chatgpt.com', '/c/1')).toEqual({ mode: 'app', account: ['[data-testid="accounts-profile-button"]', '[data-testid="profile-button"]'] });
    expect(d.hello('poe.com', '/')).toEqual({ mode: 'off', account: [] }); // known app, no account hint
    expect(d.hello('unknown-ai.example', '/')).toEqual({ mode: 'detect', account: [] });
  });

  it('reports an uncatalogued chat app once, counts its visits, and ignores catalogued or weak pages', async () => {
    const { d, events } = setup();
    expect(await d.pageSignals(signals())).toEqual({ candidate: true });
    expect(await d.pageSignals(signals())).toEqual({ candidate: true });
    expect(events).toEqual([{ type: 'unknown_ai_app', host: 'unknown-ai.example', score: 0.65, reasons: ['streamed-answers', 'chat-composer', 'composer-placeholder', 'self-description:ai-word'], modelApis: [] }]);
    expect(await d.pageSignals(signals({ host: 'chatgpt.com' }))).toEqual({ candidate: false });
    expect(await d.pageSignals(signals({ host: 'news.example', streamedAnswers: false, placeholderChatLike: false, selfDescription: 'strong' }))).toEqual({ candidate: false });
    // Model API calls are kept as hosts, other request hosts are dropped.
    await d.pageSignals(signals({ host: 'byok.example', streamedAnswers: false, requestHosts: ['cdn.example', 'api.openai.com'] }));
    const snap = DiscoverySnapshotSchema.parse(await d.snapshot());
    expect(snap.candidates.map((c) => [c.host, c.visits, c.modelApis])).toEqual([
      ['byok.example', 1, ['api.openai.com']],
      ['unknown-ai.example', 2, []],
    ]);
  });

  it('records OAuth grants of AI clients with scopes, never state or other parameters; reports a grant once per scope set', async () => {
    const { d, events } = setup();
    const url = 'https://accounts.google.com/o/oauth2/v2/auth?client_id=123-abc.apps.googleusercontent.com&redirect_uri=https%3A%2F%2Fchatgpt.com%2Fapi%2Fauth%2Fcallback%2Fgoogle&scope=openid%20email%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fdrive.readonly&state=SECRET&response_type=code';
    const g = await d.oauth(url);
    expect(g).toMatchObject({ provider: 'google', appId: 'chatgpt', host: 'chatgpt.com', count: 1, riskyScopes: ['https://www.googleapis.com/auth/drive.readonly'] });
    await d.oauth(url);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'oauth_grant', host: 'chatgpt.com', appId: 'chatgpt', provider: 'google', clientId: '123-abc.apps.googleusercontent.com' });
    expect(await d.oauth('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=abc&redirect_uri=https%3A%2F%2Fintranet.example.org%2Fcb&scope=User.Read')).toBeNull();
    expect(await d.oauth('https://example.org/?client_id=1')).toBeNull();
    const snap = await d.snapshot();
    expect(snap.grants[0]!.count).toBe(2);
    expect(JSON.stringify(snap)).not.toContain('SECRET');
    expect(JSON.stringify(snap)).not.toContain('callback');
  });

  it('flags AI extensions once per id+version, never itself; marks removed ones', async () => {
    const { d, events } = setup();
    const ai = { id: 'abcdefghijklmnopabcdefghijklmnop', name: 'ChatGPT Helper', version: '1.0', permissions: ['clipboardRead'], hostPermissions: ['<all_urls>'], installType: 'normal', enabled: true };
    const self = { id: 'nhhimjjkagbbmhcdnhiboomjfcildihk', name: 'Shadow AI Guard', version: '0.1.0', installType: 'development', enabled: true };
    const plain = { id: 'ponmlkjihgfedcbaponmlkjihgfedcba', name: 'Password Manager', version: '2', installType: 'normal', enabled: true };
    await d.syncExtensions([ai, self, plain]);
    await d.syncExtensions([ai, self, plain]);
    expect(events.map((e) => e.type === 'ai_extension_found' && [e.extensionId, e.version])).toEqual([[ai.id, '1.0']]);
    await d.syncExtensions([{ ...ai, version: '1.1' }]);
    expect(events).toHaveLength(2);
    expect((await d.snapshot()).extensions.map((e) => [e.id, e.version, e.removed])).toEqual([[ai.id, '1.1', false]]);
    await d.syncExtensions([]);
    expect((await d.snapshot()).extensions[0]!.removed).toBe(true);
  });

  it('records visits of catalogued apps by navigation (hosts only), leaving protected hosts to the protection script', async () => {
    const { d, visits } = setup();
    expect(await d.navigated(1, 'https://github.com/copilot/c/1?q=secret')).toBe(true);
    expect(await d.navigated(1, 'https://github.com/settings')).toBe(false);
    expect(await d.navigated(1, 'https://chatgpt.com/')).toBe(false); // counted by cs-bg/protection-status
    expect(await d.navigated(1, 'chrome://extensions')).toBe(false);
    expect(visits).toEqual([{ host: 'github.com', appId: 'github-copilot', tier: 'tolerated', account: null }]);
  });

  it('classifies the account per tab and falls back to the host\'s last account', async () => {
    const { d, tick } = setup();
    expect(await d.accountSeen(7, 'chatgpt.com', '/', 'gmail.com')).toEqual({ type: 'personal', domain: 'gmail.com' });
    expect(await d.accountFor(7, 'chatgpt.com')).toBe('personal');
    expect(await d.accountFor(8, 'chatgpt.com')).toBe('personal'); // host fallback
    expect(await d.accountFor(8, 'chatgpt.com', 'sub.example-corp.test')).toBe('corporate'); // the message's own domain wins
    await d.accountSeen(9, 'chatgpt.com', '/', 'example-corp.test');
    expect(await d.accountFor(7, 'chatgpt.com')).toBe('personal');
    expect(await d.accountFor(9, 'chatgpt.com')).toBe('corporate');
    expect(await d.accountSeen(9, 'unknown-ai.example', '/', 'gmail.com')).toBeNull(); // not an AI app
    tick(13 * 3_600_000);
    d.tabClosed(7);
    expect(await d.accountFor(7, 'claude.ai')).toBeUndefined();
    expect((await d.snapshot()).accounts).toEqual([expect.objectContaining({ host: 'chatgpt.com', appId: 'chatgpt', type: 'corporate', domain: 'example-corp.test' })]);
  });

  it('survives a worker restart (state in storage)', async () => {
    const first = setup();
    await first.d.pageSignals(signals());
    const again = new Discovery({
      store: first.store,
      policy: () => DEFAULT_POLICY,
      corporateDomains: () => [],
      selfId: 'x',
      emit: async () => undefined,
      recordVisit: async () => undefined,
    });
    expect((await again.snapshot()).candidates.map((c) => c.host)).toEqual(['unknown-ai.example']);
  });

  it('gives match patterns for the protection script on policy-added hosts only', () => {
    const policy = PolicyDocumentSchema.parse({ version: 1, issuedAt: '2026-01-01T00:00:00Z', orgId: 'acme', apps: { 'gpt.corp.example': { tier: 'sanctioned' }, 'chatgpt.com': { tier: 'sanctioned' } } });
    expect(policyHostPatterns(policy)).toEqual(['https://*.gpt.corp.example/*']);
    expect(policyHostPatterns(DEFAULT_POLICY)).toEqual([]);
  });
});
