import { describe, expect, it } from 'vitest';
import { CATALOG_APPS } from '../../../src/engine/catalog/apps';
import {
  applyOverrides,
  buildCatalogIndex,
  catalogIndexFor,
  matchApp,
  matchPatternsFor,
  normalizeHost,
  type CatalogApp,
  type CatalogPolicy,
} from '../../../src/engine/catalog/index';
import { lintCatalogPolicy } from '../../../src/engine/catalog/lint';

describe('matchApp (built-in catalog)', () => {
  const cases: [string, string | undefined, string | null][] = [
    ['chatgpt.com', undefined, 'chatgpt'],
    ['CHATGPT.COM', undefined, 'chatgpt'],
    ['chatgpt.com.', undefined, 'chatgpt'],
    ['chatgpt.com:443', undefined, 'chatgpt'],
    ['eu.chatgpt.com', undefined, 'chatgpt'],
    ['sora.chatgpt.com', undefined, 'sora'], // most specific host wins
    ['a.b.sora.chatgpt.com', undefined, 'sora'],
    ['chat.openai.com', '/c/123', 'chatgpt'],
    ['platform.openai.com', undefined, 'openai-platform'],
    ['openai.com', undefined, null], // marketing site is not the app
    ['notchatgpt.com', undefined, null],
    ['chatgpt.com.evil.example', undefined, null],
    ['gemini.google.com', '/app', 'google-gemini'],
    ['google.com', undefined, null],
    ['mail.google.com', undefined, null],
    ['huggingface.co', '/chat', 'huggingchat'],
    ['huggingface.co', '/chat/conversation/abc', 'huggingchat'],
    ['huggingface.co', '/chat?x=1#y', 'huggingchat'],
    ['huggingface.co', '/Chat/', 'huggingchat'],
    ['huggingface.co', '/chatter', null],
    ['huggingface.co', '/models', null],
    ['huggingface.co', undefined, null], // path-limited apps need a path
    ['github.com', '/copilot', 'github-copilot'],
    ['github.com', '/copilot/c/1', 'github-copilot'],
    ['github.com', '/marketplace/models/openai/gpt-4o', 'github-models'],
    ['github.com', '/marketplace', null],
    ['github.com', '/torvalds/linux', null],
    ['www.bing.com', '/images/create', 'bing-image-creator'],
    ['us-east-1.console.aws.amazon.com', '/bedrock/home', 'amazon-bedrock'],
    ['console.aws.amazon.com', '/ec2/home', null],
    ['labs.google', '/fx/tools/flow/project/1', 'google-flow'],
    ['labs.google', '/fx/tools/whisk', 'google-whisk'],
    ['labs.google', '/', 'google-labs'],
    ['labs.google', undefined, 'google-labs'],
    ['x.com', '/i/grok', 'grok-on-x'],
    ['x.com', '/elonmusk', null],
    ['www.perplexity.ai', undefined, 'perplexity'],
    ['chat.deepseek.com', undefined, 'deepseek-chat'],
    ['deepseek.com', undefined, null],
    ['', undefined, null],
    ['not a host', undefined, null],
    ['localhost', undefined, null],
  ];
  for (const [host, path, id] of cases) {
    it(`${host}${path ?? ''} → ${id}`, () => {
      expect(matchApp(host, path)?.id ?? null).toBe(id);
    });
  }

  it('returns the tier in force and the source', () => {
    const m = matchApp('claude.ai');
    expect(m).toMatchObject({ id: 'claude', tier: 'tolerated', defaultTier: 'tolerated', source: 'catalog', composer: true });
    expect(matchApp('chat.deepseek.com')?.tier).toBe('blocked');
  });

  it('normalizeHost accepts URLs and rejects junk', () => {
    expect(normalizeHost('https://Chat.OpenAI.com:8443/x')).toBe('chat.openai.com');
    expect(normalizeHost(' claude.ai ')).toBe('claude.ai');
    expect(normalizeHost('a..b')).toBeNull();
    expect(normalizeHost('a b')).toBeNull();
  });
});

describe('applyOverrides', () => {
  it('returns the catalog unchanged without policy', () => {
    const r = applyOverrides(CATALOG_APPS);
    expect(r.length).toBe(CATALOG_APPS.length);
    expect(r.every((a) => a.tier === a.defaultTier && a.source === 'catalog')).toBe(true);
  });

  it('changes an app by id', () => {
    const policy: CatalogPolicy = { apps: { chatgpt: { tier: 'sanctioned', name: 'ChatGPT Enterprise' } } };
    const m = matchApp('chatgpt.com', '/', policy);
    expect(m).toMatchObject({ id: 'chatgpt', tier: 'sanctioned', name: 'ChatGPT Enterprise', defaultTier: 'tolerated', source: 'catalog' });
    expect(matchApp('chat.openai.com', '/', policy)?.tier).toBe('sanctioned');
    // The built-in index is not affected.
    expect(matchApp('chatgpt.com')?.tier).toBe('tolerated');
  });

  it('a host key sets the tier of that host and its subdomains, keeping the app', () => {
    const policy: CatalogPolicy = { apps: { 'chat.openai.com': { tier: 'blocked', name: 'Ignored for catalogued hosts' } } };
    expect(matchApp('chat.openai.com', '/', policy)).toMatchObject({ id: 'chatgpt', name: 'ChatGPT', tier: 'blocked', source: 'catalog' });
    expect(matchApp('x.chat.openai.com', '/', policy)?.tier).toBe('blocked');
    expect(matchApp('chatgpt.com', '/', policy)).toMatchObject({ id: 'chatgpt', tier: 'tolerated' });
    // Same object for repeated lookups.
    expect(matchApp('chat.openai.com', '/', policy)).toBe(matchApp('chat.openai.com', '/a', policy));
  });

  it('a host key under a listed domain applies to that subtree; host keys beat id keys', () => {
    const policy: CatalogPolicy = { apps: { chatgpt: { tier: 'blocked' }, 'eu.chatgpt.com': { tier: 'sanctioned' } } };
    expect(matchApp('eu.chatgpt.com', '/', policy)).toMatchObject({ id: 'chatgpt', tier: 'sanctioned' });
    expect(matchApp('x.eu.chatgpt.com', '/', policy)?.tier).toBe('sanctioned');
    expect(matchApp('chatgpt.com', '/', policy)?.tier).toBe('blocked');
    expect(catalogIndexFor(policy).byId('chatgpt')?.domains).toContain('chatgpt.com');
  });

  it('a host key above catalogued hosts covers them (policy document semantics: longest key wins)', () => {
    const policy: CatalogPolicy = { apps: { 'openai.com': { tier: 'blocked' }, 'platform.openai.com': { tier: 'sanctioned' }, 'google.com': { tier: 'blocked' } } };
    expect(matchApp('chat.openai.com', '/', policy)).toMatchObject({ id: 'chatgpt', tier: 'blocked' });
    expect(matchApp('platform.openai.com', '/', policy)).toMatchObject({ id: 'openai-platform', tier: 'sanctioned' });
    expect(matchApp('openai.com', '/', policy)).toMatchObject({ id: 'custom-openai-com', name: 'openai.com', tier: 'blocked', source: 'policy' });
    expect(matchApp('chatgpt.com', '/', policy)?.tier).toBe('tolerated');
    expect(matchApp('gemini.google.com', '/', policy)).toMatchObject({ id: 'google-gemini', tier: 'blocked' });
    expect(matchApp('mail.google.com', '/', policy)).toMatchObject({ id: 'custom-google-com', tier: 'blocked' });
    const ids = applyOverrides(CATALOG_APPS, policy).map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['custom-openai-com', 'custom-google-com']));
    expect(ids).not.toContain('custom-platform-openai-com');
  });

  it('a host key on a path-limited platform covers the app and the rest of the host', () => {
    const policy: CatalogPolicy = { apps: { 'huggingface.co': { tier: 'blocked' } } };
    expect(matchApp('huggingface.co', '/chat', policy)).toMatchObject({ id: 'huggingchat', tier: 'blocked' });
    expect(matchApp('huggingface.co', '/models', policy)).toMatchObject({ id: 'custom-huggingface-co', tier: 'blocked' });
  });

  it('accepts the policy document `apps` record as is', () => {
    const policy: CatalogPolicy = { apps: { 'claude.ai': { tier: 'sanctioned' }, 'llm.corp.example': { tier: 'sanctioned', name: 'Corp LLM' } } };
    expect(matchApp('claude.ai', '/', policy)?.tier).toBe('sanctioned');
    expect(matchApp('llm.corp.example', '/', policy)).toMatchObject({ name: 'Corp LLM', tier: 'sanctioned', category: 'other' });
  });

  it('a host key for an unknown host creates a custom app', () => {
    const policy: CatalogPolicy = { apps: { 'GPT.Corp.Example.com': { name: 'Internal GPT', tier: 'sanctioned', category: 'chat' } } };
    expect(matchApp('gpt.corp.example.com', '/', policy)).toMatchObject({
      id: 'custom-gpt-corp-example-com',
      name: 'Internal GPT',
      tier: 'sanctioned',
      category: 'chat',
      vendor: 'Unknown',
      source: 'policy',
    });
    expect(matchApp('a.gpt.corp.example.com', '/', policy)?.id).toBe('custom-gpt-corp-example-com');
    expect(matchApp('corp.example.com', '/', policy)).toBeNull();
  });

  it('adds apps from policy, which win over the catalog on the same host', () => {
    const policy: CatalogPolicy = {
      add: [
        { id: 'acme-assistant', name: 'Acme Assistant', domains: ['assistant.acme.example'], category: 'chat', defaultTier: 'sanctioned', composer: true },
        { id: 'acme-chatgpt-proxy', name: 'ChatGPT via proxy', domains: ['chatgpt.com'], paths: ['/g/acme'] },
      ],
    };
    expect(matchApp('assistant.acme.example', '/', policy)).toMatchObject({ id: 'acme-assistant', tier: 'sanctioned', source: 'policy', vendor: 'Unknown' });
    expect(matchApp('chatgpt.com', '/g/acme/c/1', policy)).toMatchObject({ id: 'acme-chatgpt-proxy', tier: 'unsanctioned', category: 'other' });
    expect(matchApp('chatgpt.com', '/c/1', policy)?.id).toBe('chatgpt');
  });

  it('an added app with a built-in id replaces it', () => {
    const policy: CatalogPolicy = { add: [{ id: 'claude', name: 'Claude (EU)', vendor: 'Anthropic', domains: ['claude.ai'], category: 'chat', defaultTier: 'sanctioned' }] };
    const apps = applyOverrides(CATALOG_APPS, policy);
    expect(apps.filter((a) => a.id === 'claude')).toHaveLength(1);
    expect(matchApp('claude.ai', '/', policy)).toMatchObject({ name: 'Claude (EU)', tier: 'sanctioned', source: 'policy' });
    expect(matchApp('claude.com', '/', policy)).toBeNull();
  });

  it('ignores unknown ids (lintCatalogPolicy reports them)', () => {
    const policy: CatalogPolicy = { apps: { 'no-such-app': { tier: 'blocked' } } };
    expect(() => applyOverrides(CATALOG_APPS, policy)).not.toThrow();
    expect(lintCatalogPolicy(policy, CATALOG_APPS)).toEqual(['override "no-such-app": no app with this id']);
  });

  it('throws on an invalid policy', () => {
    expect(() => applyOverrides(CATALOG_APPS, { apps: { chatgpt: { tier: 'nope' } } } as unknown as CatalogPolicy)).toThrow(/Invalid catalog policy/);
    expect(() => applyOverrides(CATALOG_APPS, { add: [{ id: 'x', name: 'x', domains: ['https://x'] }] })).toThrow(/host name/);
  });

  it('lintCatalogPolicy reports bad hosts in added apps and override keys', () => {
    const problems = lintCatalogPolicy({ apps: { 'co.uk': { tier: 'blocked' } }, add: [{ id: 'x', name: 'X', domains: ['google.com'] }] }, CATALOG_APPS);
    expect(problems.join('\n')).toMatch(/co\.uk.*registrable/);
    expect(problems.join('\n')).toMatch(/shared platform/);
  });

  it('caches the index per policy object', () => {
    const policy: CatalogPolicy = { apps: { poe: { tier: 'blocked' } } };
    expect(catalogIndexFor(policy)).toBe(catalogIndexFor(policy));
    expect(catalogIndexFor()).toBe(catalogIndexFor());
  });
});

describe('buildCatalogIndex', () => {
  it('prefers the longest path, then the pathless entry, then parents', () => {
    const apps: CatalogApp[] = [
      { id: 'root', name: 'r', vendor: 'v', domains: ['example.org'], category: 'other', defaultTier: 'unsanctioned' },
      { id: 'a', name: 'a', vendor: 'v', domains: ['app.example.org'], paths: ['/ai'], category: 'chat', defaultTier: 'unsanctioned' },
      { id: 'ab', name: 'ab', vendor: 'v', domains: ['app.example.org'], paths: ['/ai/beta'], category: 'chat', defaultTier: 'unsanctioned' },
    ];
    const idx = buildCatalogIndex(apps);
    expect(idx.match('app.example.org', '/ai/beta/x')?.id).toBe('ab');
    expect(idx.match('app.example.org', '/ai/x')?.id).toBe('a');
    expect(idx.match('app.example.org', '/other')?.id).toBe('root');
    expect(idx.match('app.example.org')?.id).toBe('root');
    expect(idx.byId('a')?.tier).toBe('unsanctioned');
  });

  it('looks up by Map, not by scanning (a 20k-app catalog indexes once and matches by host)', () => {
    const many: CatalogApp[] = Array.from({ length: 20_000 }, (_, i) => ({
      id: `app-${i}`,
      name: `App ${i}`,
      vendor: 'v',
      domains: [`app${i}.example`],
      category: 'other',
      defaultTier: 'unsanctioned',
    }));
    const idx = buildCatalogIndex(many);
    for (let i = 0; i < 20_000; i += 997) expect(idx.match(`www.app${i}.example`)?.id).toBe(`app-${i}`);
    expect(idx.match('app20000.example')).toBeNull();
  });
});

describe('matchPatternsFor', () => {
  it('covers hosts and their subdomains, and path-limited apps by path', () => {
    const byId = (id: string) => CATALOG_APPS.filter((a) => a.id === id);
    expect(matchPatternsFor(byId('chatgpt'))).toEqual(['https://*.chat.com/*', 'https://*.chat.openai.com/*', 'https://*.chatgpt.com/*']);
    expect(matchPatternsFor(byId('huggingchat'))).toEqual(['https://*.huggingface.co/chat*']);
    expect(matchPatternsFor(byId('microsoft-365-copilot'))).toEqual(['https://*.m365.cloud.microsoft/chat*', 'https://*.microsoft365.com/chat*']);
  });

  it('produces valid, unique, sorted patterns for the whole catalog', () => {
    const patterns = matchPatternsFor(CATALOG_APPS);
    expect([...new Set(patterns)]).toEqual(patterns);
    expect([...patterns].sort()).toEqual(patterns);
    for (const p of patterns) expect(p).toMatch(/^https:\/\/\*\.[a-z0-9.-]+\/[a-z0-9/_.-]*\*$/);
  });

  it('covers every protected host', () => {
    const patterns = matchPatternsFor(CATALOG_APPS.filter((a) => a.composer));
    const covers = (host: string) =>
      patterns.some((p) => {
        const h = /^https:\/\/\*\.([^/]+)\//.exec(p)?.[1] ?? '';
        return host === h || host.endsWith(`.${h}`);
      });
    for (const h of ['chatgpt.com', 'chat.openai.com', 'claude.ai', 'gemini.google.com', 'www.perplexity.ai', 'huggingface.co']) expect(covers(h), h).toBe(true);
  });
});
