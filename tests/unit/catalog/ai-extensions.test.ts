import { describe, expect, it } from 'vitest';
import { KNOWN_AI_EXTENSIONS, classifyExtension, type ExtensionInfo } from '../../../src/engine/catalog/ai-extensions';
import { hasAiWord } from '../../../src/engine/catalog/ai-terms';
import { CATALOG_APPS } from '../../../src/engine/catalog/apps';

const ext = (over: Partial<ExtensionInfo>): ExtensionInfo => ({
  id: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  name: 'Something',
  description: '',
  permissions: [],
  hostPermissions: [],
  installType: 'normal',
  enabled: true,
  ...over,
});

describe('KNOWN_AI_EXTENSIONS', () => {
  it('has well-formed, unique Chrome Web Store ids', () => {
    const ids = KNOWN_AI_EXTENSIONS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-p]{32}$/);
  });

  it('links only to existing catalog apps', () => {
    const appIds = new Set(CATALOG_APPS.map((a) => a.id));
    for (const e of KNOWN_AI_EXTENSIONS) if (e.appId) expect(appIds.has(e.appId), e.name).toBe(true);
  });

  it('classifies every known id as AI, even with a bland name', () => {
    for (const e of KNOWN_AI_EXTENSIONS) {
      const r = classifyExtension(ext({ id: e.id, name: 'Helper' }));
      expect(r.isAi, e.name).toBe(true);
      expect(r.confidence).toBeGreaterThanOrEqual(0.99);
      expect(r.reasons).toContain('known-ai-extension');
      if (e.appId) expect(r.appId).toBe(e.appId);
    }
  });
});

describe('hasAiWord', () => {
  const yes = ['AI assistant', 'AI-powered', 'Powered by AI.', '(AI)', 'MaxAI', 'HyperWriteAI helper', 'Smart A.I. tools', 'ai writer'];
  const no = ['Maintain your tabs', 'Email tracker', 'Gmail', 'Thailand travel', 'Said', 'Daily', 'AIR quality', 'Mail merge', 'EMAIL', 'Kaizen', 'Raindrop'];
  for (const t of yes) it(`finds AI in "${t}"`, () => expect(hasAiWord(t)).toBe(true));
  for (const t of no) it(`finds no AI in "${t}"`, () => expect(hasAiWord(t)).toBe(false));
});

describe('classifyExtension heuristics', () => {
  const ai: [string, Partial<ExtensionInfo>][] = [
    ['ChatGPT in the name', { name: 'ChatGPT Sidebar for Chrome' }],
    ['Claude in the name', { name: 'Claude Helper' }],
    ['Gemini in the name', { name: 'Gemini for Gmail' }],
    ['Copilot in the name', { name: 'Web Copilot' }],
    ['GPT-4o in the name', { name: 'Summarizer (GPT-4o)' }],
    ['LLM in the name', { name: 'Local LLM Bridge' }],
    ['AI assistant in the name', { name: 'Acme AI Assistant' }],
    ['camel-case AI in the name', { name: 'WriteMateAI' }],
    ['AI word in the name', { name: 'Notes AI' }],
    ['description with a model name', { name: 'Page Helper', description: 'Ask Claude or GPT about any page.' }],
    ['description: AI + summarize + rewrite', { name: 'Page Helper', description: 'Uses AI to summarize and rewrite any page.' }],
    ['description: writing assistant powered by AI', { name: 'Wordsmith', description: 'A writing assistant powered by AI.' }],
  ];
  for (const [label, over] of ai) {
    it(`AI: ${label}`, () => {
      const r = classifyExtension(ext(over));
      expect(r.isAi, JSON.stringify(r)).toBe(true);
      expect(r.confidence).toBeGreaterThanOrEqual(0.5);
    });
  }

  const notAi: [string, Partial<ExtensionInfo>][] = [
    ['ad blocker', { name: 'uBlock Origin', description: 'Finally, an efficient blocker. Easy on CPU and memory.' }],
    ['password manager', { name: 'Bitwarden Password Manager', description: 'A secure and free password manager for all of your devices.' }],
    ['mail tools ("Email", "Maintain")', { name: 'Email Tracker', description: 'Maintain your inbox. Track emails and maintain focus.' }],
    ['travel', { name: 'Thailand Deals', description: 'Daily travel deals.' }],
    ['summary alone', { name: 'Reading List', description: 'Save pages and see a summary of your week.' }],
    ['AI mention only in description', { name: 'Tracker Blocker', description: 'Blocks trackers, including AI crawlers.' }],
    ['no description', { name: 'Tab Manager', description: undefined }],
  ];
  for (const [label, over] of notAi) {
    it(`not AI: ${label}`, () => {
      const r = classifyExtension(ext(over));
      expect(r.isAi, JSON.stringify(r)).toBe(false);
    });
  }

  it('returns reason codes only, never the extension text', () => {
    const r = classifyExtension(ext({ name: 'Secret Project ChatGPT', description: 'internal codename BLUEBIRD uses AI' }));
    expect(JSON.stringify(r)).not.toMatch(/Secret|BLUEBIRD|codename/);
    expect(r.reasons).toContain('name:chatgpt');
    for (const code of r.reasons) expect(code).toMatch(/^[a-z-]+(?::[A-Za-z<>_.-]+)?$/);
  });

  it('counts host access to AI apps as evidence', () => {
    const r = classifyExtension(ext({ name: 'Conversation Exporter', hostPermissions: ['https://chatgpt.com/*', 'https://claude.ai/*'] }));
    expect(r.reasons).toContain('host-access:ai-app');
    const alone = classifyExtension(ext({ name: 'Exporter', hostPermissions: ['https://chatgpt.com/*'] }));
    expect(alone.isAi).toBe(false); // not enough alone
    const withAi = classifyExtension(ext({ name: 'Exporter', description: 'Export AI conversations', hostPermissions: ['https://chatgpt.com/*'] }));
    expect(withAi.isAi).toBe(true);
  });

  it('does not count github.com/* as Copilot access, but github.com/copilot* yes', () => {
    expect(classifyExtension(ext({ name: 'Octo', hostPermissions: ['https://github.com/*'] })).reasons).not.toContain('host-access:ai-app');
    expect(classifyExtension(ext({ name: 'Octo', hostPermissions: ['https://github.com/copilot*'] })).reasons).toContain('host-access:ai-app');
  });

  it('ignores our own extension', () => {
    const r = classifyExtension(ext({ id: 'nhhimjjkagbbmhcdnhiboomjfcildihk', name: 'Shadow AI Guard' }), { selfId: 'nhhimjjkagbbmhcdnhiboomjfcildihk' });
    expect(r).toEqual({ isAi: false, confidence: 0, risk: 'low', reasons: ['self'] });
  });
});

describe('classifyExtension risk', () => {
  it('is low with no sensitive permissions', () => {
    expect(classifyExtension(ext({ name: 'AI Notes', permissions: ['storage', 'activeTab', 'contextMenus'] })).risk).toBe('low');
  });

  it('is medium with a couple of sensitive permissions', () => {
    const r = classifyExtension(ext({ name: 'AI Notes', permissions: ['tabs', 'scripting', 'storage'] }));
    expect(r.risk).toBe('medium');
    expect(r.reasons).toEqual(expect.arrayContaining(['permission:scripting', 'permission:tabs']));
  });

  it('is high with all-sites access plus clipboard / cookies / webRequest', () => {
    const r = classifyExtension(
      ext({ name: 'AI Sidebar', permissions: ['clipboardRead', 'cookies', 'webRequest', 'storage'], hostPermissions: ['<all_urls>'] }),
    );
    expect(r.risk).toBe('high');
    expect(r.reasons).toEqual(expect.arrayContaining(['host-access:all-sites', 'permission:clipboardRead', 'permission:cookies', 'permission:webRequest']));
  });

  for (const broad of ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*']) {
    it(`treats ${broad} as all-sites access`, () => {
      const r = classifyExtension(ext({ name: 'X', hostPermissions: [broad] }));
      expect(r.reasons).toContain('host-access:all-sites');
      expect(r.risk).toBe('medium');
    });
  }

  it('finds <all_urls> given as an API permission (MV2 style) once', () => {
    const r = classifyExtension(ext({ name: 'X', permissions: ['<all_urls>', 'tabs'] }));
    expect(r.reasons.filter((x) => x.includes('all'))).toEqual(['host-access:all-sites']);
    expect(r.risk).toBe('medium');
  });

  it('adds sideloaded / developer installs, notes admin installs and disabled state', () => {
    const side = classifyExtension(ext({ name: 'X', installType: 'sideload', permissions: ['tabs'] }));
    expect(side.reasons).toContain('install:sideload');
    expect(side.risk).toBe('medium');
    const admin = classifyExtension(ext({ name: 'X', installType: 'admin', enabled: false }));
    expect(admin.reasons).toEqual(expect.arrayContaining(['install:admin', 'disabled']));
    expect(admin.risk).toBe('low');
  });
});
