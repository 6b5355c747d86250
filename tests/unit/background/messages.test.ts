import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage } from '../../../src/background';
import { classifySender } from '../../../src/platform/messaging';
import { BackgroundMessage, StatusResponse } from '../../../src/contracts/messages';

const content = { kind: 'content', tabId: 3, frameId: 0 } as const;
const page = { kind: 'extension-page' } as const;

describe('background messages', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser has no manifest; give it the one field the status reads.
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'test', version: '9.9.9' });
  });

  it('counts prompts stopped by content scripts and reports them to extension pages', async () => {
    await handleMessage({ type: 'cs-bg/prompt-intercepted', host: 'chatgpt.com', channel: 'typed', trigger: 'enter' }, content);
    await handleMessage({ type: 'cs-bg/prompt-intercepted', host: 'claude.ai', channel: 'typed', trigger: 'click' }, content);
    const status = StatusResponse.parse(await handleMessage({ type: 'ui-bg/get-status' }, page));
    expect(status).toMatchObject({ extensionVersion: '9.9.9', interceptedCount: 2, lastInterceptedHost: 'claude.ai' });
  });

  it('refuses status requests from content scripts and interceptions from extension pages', async () => {
    expect(await handleMessage({ type: 'ui-bg/get-status' }, content)).toBeUndefined();
    await handleMessage({ type: 'cs-bg/prompt-intercepted', host: 'x.com', channel: 'typed', trigger: 'enter' }, page);
    const status = StatusResponse.parse(await handleMessage({ type: 'ui-bg/get-status' }, page));
    expect(status.interceptedCount).toBe(0);
  });

  it('rejects malformed and hostile messages at the contract', () => {
    for (const bad of [null, 'x', {}, { type: 'ui-bg/nope' }, { type: 'cs-bg/prompt-intercepted', host: '', channel: 'typed', trigger: 'enter' }, { type: 'cs-bg/prompt-intercepted', host: 'a', channel: 'evil', trigger: 'enter' }]) {
      expect(BackgroundMessage.safeParse(bad).success).toBe(false);
    }
  });

  it('classifies senders by id and tab, never by url', () => {
    expect(classifySender({ id: 'other-extension', tab: { id: 1 } as never }, 'me')).toBeNull();
    expect(classifySender({ id: 'me', url: 'chrome-extension://me/popup.html' }, 'me')).toEqual(page);
    expect(classifySender({ id: 'me', tab: { id: 7 } as never, frameId: 2, url: 'chrome-extension://me/popup.html' }, 'me')).toEqual({ kind: 'content', tabId: 7, frameId: 2 });
  });
});
