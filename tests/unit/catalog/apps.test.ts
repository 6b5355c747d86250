import { getDomain, getPublicSuffix } from 'tldts';
import { describe, expect, it } from 'vitest';
import { BLOCKED_BY_DEFAULT, CATALOG_APPS, TOLERATED_VENDORS } from '../../../src/engine/catalog/apps';
import { matchApp } from '../../../src/engine/catalog/index';
import { SHARED_PLATFORM_DOMAINS, lintCatalog, lintHost } from '../../../src/engine/catalog/lint';
import { APP_CATEGORIES, APP_TIERS, type CatalogApp } from '../../../src/engine/catalog/types';
import { PROTECTED_AI_HOSTS } from '../../../src/engine/sites/ai-hosts';

const app = (over: Partial<CatalogApp> = {}): CatalogApp => ({
  id: 'x-app',
  name: 'X',
  vendor: 'X Inc',
  domains: ['x-app.example'],
  category: 'chat',
  defaultTier: 'unsanctioned',
  ...over,
});

describe('built-in catalog', () => {
  it('has at least 300 apps', () => {
    expect(CATALOG_APPS.length).toBeGreaterThanOrEqual(300);
  });

  it('passes the catalog lint (ids unique and sorted, hosts valid and unique, no bare shared platform)', () => {
    expect(lintCatalog(CATALOG_APPS, { requireSorted: true })).toEqual([]);
  });

  it('has unique kebab-case ids in ascending order', () => {
    const ids = CATALOG_APPS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('uses only valid categories and tiers', () => {
    for (const a of CATALOG_APPS) {
      expect(APP_CATEGORIES).toContain(a.category);
      expect(APP_TIERS).toContain(a.defaultTier);
    }
  });

  it('lists every domain as a host whose registrable domain exists and is not a public suffix', () => {
    for (const a of CATALOG_APPS) {
      for (const d of a.domains) {
        const reg = getDomain(d, { allowPrivateDomains: true });
        expect(reg, `${a.id}: ${d}`).toBeTruthy();
        expect(getPublicSuffix(d, { allowPrivateDomains: true }), `${a.id}: ${d}`).not.toBe(d);
        expect(d, `${a.id}: ${d}`).toBe(d.toLowerCase());
        expect(d).not.toMatch(/[/:]/);
      }
    }
  });

  it('never lists a host (with the same path) twice across apps', () => {
    const seen = new Map<string, string>();
    for (const a of CATALOG_APPS) {
      for (const d of a.domains) {
        for (const p of a.paths ?? ['']) {
          const key = d + p;
          expect(seen.get(key), `${key} in ${a.id}`).toBeUndefined();
          seen.set(key, a.id);
        }
      }
    }
  });

  it('lists shared platforms only as specific hosts or with paths', () => {
    for (const a of CATALOG_APPS) {
      for (const d of a.domains) {
        if (SHARED_PLATFORM_DOMAINS.includes(d)) expect(a.paths?.length, `${a.id}: ${d}`).toBeGreaterThan(0);
      }
    }
    for (const bare of ['google.com', 'microsoft.com', 'github.com', 'amazon.com', 'apple.com', 'meta.com', 'facebook.com', 'huggingface.co']) {
      expect(matchApp(bare), bare).toBeNull();
      expect(matchApp(`www.${bare}`), bare).toBeNull();
    }
  });

  it('covers every protected host with an app that has a composer', () => {
    for (const host of PROTECTED_AI_HOSTS) {
      const covering = CATALOG_APPS.filter((a) => a.composer && a.domains.some((d) => host === d || host.endsWith(`.${d}`)));
      expect(covering.length, host).toBeGreaterThan(0);
    }
    // The composer flag is only set where the content script is declared.
    for (const a of CATALOG_APPS.filter((x) => x.composer)) {
      expect(
        a.domains.some((d) => PROTECTED_AI_HOSTS.some((h) => h === d || h.endsWith(`.${d}`))),
        a.id,
      ).toBe(true);
    }
  });

  it('matches the protected hosts to the expected apps', () => {
    const expected: Record<string, string> = {
      'chatgpt.com': 'chatgpt',
      'chat.openai.com': 'chatgpt',
      'claude.ai': 'claude',
      'gemini.google.com': 'google-gemini',
      'copilot.microsoft.com': 'microsoft-copilot',
      'www.perplexity.ai': 'perplexity',
      'chat.deepseek.com': 'deepseek-chat',
      'chat.mistral.ai': 'mistral-le-chat',
      'grok.com': 'grok',
      'www.meta.ai': 'meta-ai',
      'poe.com': 'poe',
    };
    for (const h of PROTECTED_AI_HOSTS) {
      const got = h === 'huggingface.co' ? matchApp(h, '/chat') : matchApp(h, '/');
      expect(got?.id, h).toBe(h === 'huggingface.co' ? 'huggingchat' : expected[h]);
      expect(got?.composer, h).toBe(true);
    }
  });

  describe('default tier rules (docs/catalog.md)', () => {
    it('sanctions nothing by default', () => {
      expect(CATALOG_APPS.filter((a) => a.defaultTier === 'sanctioned')).toEqual([]);
    });
    it('blocks only the apps with a documented public reason', () => {
      const blocked = CATALOG_APPS.filter((a) => a.defaultTier === 'blocked').map((a) => a.id);
      expect(blocked.sort()).toEqual(Object.keys(BLOCKED_BY_DEFAULT).sort());
      for (const reason of Object.values(BLOCKED_BY_DEFAULT)) expect(reason.length).toBeGreaterThan(20);
    });
    it('tolerates only products of the listed large vendors', () => {
      for (const a of CATALOG_APPS.filter((x) => x.defaultTier === 'tolerated')) {
        expect(TOLERATED_VENDORS, a.id).toContain(a.vendor);
      }
    });
    it('tolerates the big enterprise-capable chat apps', () => {
      for (const id of ['chatgpt', 'claude', 'google-gemini', 'microsoft-copilot', 'mistral-le-chat', 'perplexity']) {
        expect(CATALOG_APPS.find((a) => a.id === id)?.defaultTier, id).toBe('tolerated');
      }
    });
  });
});

describe('lintCatalog', () => {
  const cases: [string, CatalogApp[], RegExp][] = [
    ['bad id', [app({ id: 'Bad_Id' })], /kebab/],
    ['duplicate id', [app(), app({ domains: ['other.example'] })], /duplicate id/],
    ['unsorted', [app({ id: 'b', domains: ['b.example'] }), app({ id: 'a', domains: ['a.example'] })], /not sorted/],
    ['public suffix', [app({ domains: ['co.uk'] })], /no registrable domain/],
    ['private suffix', [app({ domains: ['vercel.app'] })], /no registrable domain/],
    ['scheme', [app({ domains: ['https://x.example'] })], /not a lower-case host/],
    ['upper case', [app({ domains: ['X.example'] })], /not a lower-case host/],
    ['ip', [app({ domains: ['10.0.0.1'] })], /IP address|not a lower-case host|registrable/],
    ['bare shared platform', [app({ domains: ['google.com'] })], /shared platform/],
    ['same host twice across apps', [app({ id: 'a' }), app({ id: 'b' })], /also listed by "a"/],
    ['redundant subdomain', [app({ domains: ['x-app.example', 'chat.x-app.example'] })], /already covered/],
    ['bad path', [app({ domains: ['huggingface.co'], paths: ['chat'] })], /path "chat"/],
    ['trailing slash path', [app({ domains: ['huggingface.co'], paths: ['/chat/'] })], /path "\/chat\/"/],
    ['bad category', [app({ category: 'nope' as CatalogApp['category'] })], /unknown category/],
    ['bad tier', [app({ defaultTier: 'nope' as CatalogApp['defaultTier'] })], /unknown tier/],
  ];
  for (const [label, apps, re] of cases) {
    it(`reports ${label}`, () => {
      const problems = lintCatalog(apps, { requireSorted: true });
      expect(problems.some((p) => re.test(p)), problems.join('\n')).toBe(true);
    });
  }

  it('accepts a shared platform with paths and specific hosts on it', () => {
    expect(lintCatalog([app({ domains: ['github.com'], paths: ['/copilot'] }), app({ id: 'y', domains: ['gemini.google.com'] })])).toEqual([]);
  });

  it('accepts the same host with different paths in different apps', () => {
    expect(lintCatalog([app({ id: 'a', domains: ['bing.com'], paths: ['/chat'] }), app({ id: 'b', domains: ['bing.com'], paths: ['/images/create'] })])).toEqual([]);
  });

  it('lintHost accepts hosts on private-suffix platforms', () => {
    expect(lintHost('my-app.vercel.app')).toEqual([]);
    expect(lintHost('chat.example.co.uk')).toEqual([]);
  });
});
