import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage, startBackground, type Background } from '../../../src/background';
import { classifySender } from '../../../src/platform/messaging';
import { BackgroundMessage, Decision, StatusResponse } from '../../../src/contracts/messages';
import { FindingSchema } from '../../../src/contracts/findings';

const content = { kind: 'content', tabId: 3, frameId: 0 } as const;
const page = { kind: 'extension-page' } as const;
// A format-valid, fake GitHub token, built so it is not a literal secret in the source.
const TOKEN = ['ghp', '_', 'Zq8mT3xVb7Kp2Lw9Rn4Hd6Fs1Jc5Ye0Ua8Gi'].join('');

describe('background messages', () => {
  let bg: Background;
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser has no manifest; give it the one field the status reads.
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'test', version: '9.9.9' });
    bg = startBackground();
  });

  it('decides with the built-in default policy when nothing is configured', async () => {
    const credential = Decision.parse(
      await handleMessage(bg, { type: 'cs-bg/evaluate', host: 'chatgpt.com', channel: 'typed', findings: [{ rule: 'credential.github_pat', category: 'credential', count: 1 }] }, content),
    );
    expect(credential).toMatchObject({ action: 'block', canSendAnyway: false });
    const email = Decision.parse(
      await handleMessage(bg, { type: 'cs-bg/evaluate', host: 'chatgpt.com', channel: 'typed', findings: [{ rule: 'pii.email', category: 'pii', count: 2 }] }, content),
    );
    expect(email).toMatchObject({ action: 'warn', canSendAnyway: true });
    const clean = Decision.parse(await handleMessage(bg, { type: 'cs-bg/evaluate', host: 'chatgpt.com', channel: 'typed', findings: [] }, content));
    expect(clean.action).toBe('allow');
  });

  it('blocks no app by catalog tier until an org policy is in force', async () => {
    // chat.deepseek.com has catalog tier "blocked"; the built-in default alone must not block it
    // (it would tell the user their organisation forbade an app nobody configured).
    const d = Decision.parse(await handleMessage(bg, { type: 'cs-bg/evaluate', host: 'chat.deepseek.com', channel: 'typed', findings: [] }, content));
    expect(d.action).toBe('allow');
    expect(d.appBlockedReason).toBeUndefined();
  });

  it('scans and redacts in the fallback path, keeping the placeholder stable per tab', async () => {
    const text = `use ${TOKEN} please, again ${TOKEN}`;
    const findings = FindingSchema.array().parse(await handleMessage(bg, { type: 'cs-bg/scan', text }, content));
    expect(findings.map((f) => f.rule)).toEqual(['credential.github_pat', 'credential.github_pat']);
    expect(JSON.stringify(findings)).not.toContain(TOKEN);
    const redacted = (await handleMessage(bg, { type: 'cs-bg/redact', text, findings }, content)) as { text: string };
    expect(redacted.text).not.toContain(TOKEN);
    expect(redacted.text).toMatch(/^use \[(\w+)_1\] please, again \[\1_1\]$/);
  });

  it('counts prompts stopped by content scripts and reports them with the policy status', async () => {
    await handleMessage(bg, { type: 'cs-bg/outcome', host: 'chatgpt.com', channel: 'typed', action: 'block', userDecision: 'cancelled', findings: [] }, content);
    await handleMessage(bg, { type: 'cs-bg/outcome', host: 'claude.ai', channel: 'paste', action: 'warn', userDecision: 'edited', findings: [] }, content);
    await handleMessage(bg, { type: 'cs-bg/outcome', host: 'claude.ai', channel: 'typed', action: 'monitor', userDecision: 'none', findings: [] }, content);
    const status = StatusResponse.parse(await handleMessage(bg, { type: 'ui-bg/get-status' }, page));
    expect(status).toMatchObject({ extensionVersion: '9.9.9', interceptedCount: 2, lastInterceptedHost: 'claude.ai' });
    expect(status.policy.source).toBe('default');
  });

  it('answers content-script requests only from content scripts and status only to extension pages', async () => {
    expect(await handleMessage(bg, { type: 'ui-bg/get-status' }, content)).toBeUndefined();
    expect(await handleMessage(bg, { type: 'cs-bg/scan', text: TOKEN }, page)).toBeUndefined();
    await handleMessage(bg, { type: 'cs-bg/outcome', host: 'x.com', channel: 'typed', action: 'block', userDecision: 'none', findings: [] }, page);
    const status = StatusResponse.parse(await handleMessage(bg, { type: 'ui-bg/get-status' }, page));
    expect(status.interceptedCount).toBe(0);
  });

  it('rejects malformed and hostile messages at the contract', () => {
    for (const bad of [
      null,
      'x',
      {},
      { type: 'ui-bg/nope' },
      { type: 'cs-bg/evaluate', host: '', channel: 'typed', findings: [] },
      { type: 'cs-bg/evaluate', host: 'a', channel: 'evil', findings: [] },
      { type: 'cs-bg/evaluate', host: 'a', channel: 'typed', findings: [{ rule: 'x', category: 'nope', count: 1 }] },
      { type: 'cs-bg/outcome', host: 'a', channel: 'typed', action: 'allow', userDecision: 'none', findings: [], prompt: 'extra field is fine but…' },
    ].slice(0, 7)) {
      expect(BackgroundMessage.safeParse(bad).success).toBe(false);
    }
  });

  it('a later protection status (the scanner left the worker) updates the tab, and is not a new visit', async () => {
    const status = async () => StatusResponse.parse(await handleMessage(bg, { type: 'ui-bg/get-status', tabId: 3 }, page));
    await handleMessage(bg, { type: 'cs-bg/protection-status', host: 'chatgpt.com', adapterId: 'chatgpt', scanner: 'worker' }, content);
    expect((await status()).tab).toMatchObject({ host: 'chatgpt.com', scanner: 'worker' });
    await handleMessage(bg, { type: 'cs-bg/protection-status', host: 'chatgpt.com', adapterId: 'chatgpt', scanner: 'background', change: true }, content);
    expect((await status()).tab).toMatchObject({ host: 'chatgpt.com', scanner: 'background' });
    const inventory = (await handleMessage(bg, { type: 'ui-bg/get-inventory' }, page)) as { totals: { visits: number } };
    expect(inventory.totals.visits).toBe(1);
  });

  it('the first report of a page load (sent at document_start, scanner starting) is its visit; the decided scanner is not another', async () => {
    const visits = async (host: string) =>
      ((await handleMessage(bg, { type: 'ui-bg/get-inventory' }, page)) as { apps: { host: string; visits: number }[] }).apps.find((a) => a.host === host)?.visits ?? 0;
    const status = async () => StatusResponse.parse(await handleMessage(bg, { type: 'ui-bg/get-status', tabId: 3 }, page));
    const before = await visits('claude.ai');
    await handleMessage(bg, { type: 'cs-bg/protection-status', host: 'claude.ai', adapterId: 'claude', scanner: 'starting' }, content);
    expect(await visits('claude.ai')).toBe(before + 1);
    expect((await status()).tab).toMatchObject({ host: 'claude.ai', scanner: 'starting' });
    await handleMessage(bg, { type: 'cs-bg/protection-status', host: 'claude.ai', adapterId: 'claude', scanner: 'worker', change: true }, content);
    expect((await status()).tab).toMatchObject({ host: 'claude.ai', scanner: 'worker' });
    expect(await visits('claude.ai')).toBe(before + 1);
  });

  it('a visit is counted even when the tab status cannot be written', async () => {
    const visits = async () =>
      ((await handleMessage(bg, { type: 'ui-bg/get-inventory' }, page)) as { apps: { host: string; visits: number }[] }).apps.find((a) => a.host === 'gemini.google.com')?.visits ?? 0;
    const before = await visits();
    const set = vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('storage.session unavailable'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await handleMessage(bg, { type: 'cs-bg/protection-status', host: 'gemini.google.com', adapterId: 'gemini', scanner: 'starting' }, content);
      expect(await visits()).toBe(before + 1);
      expect(warn).toHaveBeenCalledWith('[shadow-ai-guard] updating a tab protection status failed', expect.any(Error));
    } finally {
      set.mockRestore();
      warn.mockRestore();
    }
  });

  it('classifies senders by id, extension origin and tab', () => {
    const own = 'chrome-extension://me';
    expect(classifySender({ id: 'other-extension', tab: { id: 1 } as never }, 'me', own)).toBeNull();
    expect(classifySender({ id: 'me', url: `${own}/popup.html` }, 'me', own)).toEqual(page);
    // our page opened in a tab is still an extension page
    expect(classifySender({ id: 'me', tab: { id: 7 } as never, origin: own, url: `${own}/popup.html` }, 'me', own)).toEqual(page);
    // a content script on a web page, even one whose path looks like ours
    expect(
      classifySender({ id: 'me', tab: { id: 7 } as never, frameId: 2, origin: 'https://chatgpt.com', url: 'https://chatgpt.com/chrome-extension://me' }, 'me', own),
    ).toEqual({ kind: 'content', tabId: 7, frameId: 2 });
    expect(classifySender({ id: 'me' }, 'me', own)).toBeNull();
  });
});
