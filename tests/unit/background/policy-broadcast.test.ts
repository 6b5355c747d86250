import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { broadcastPolicyChanges, POLICY_FINGERPRINT_KEY } from '../../../src/background/policy-broadcast';
import { PolicyStore } from '../../../src/background/policy-store';
import { BackgroundToContent } from '../../../src/contracts/messages';
import type { PolicyAction } from '../../../src/contracts/policy';
import { browserAlarms, browserLocalStorage } from '../../../src/platform/local-storage';
import { browserManagedStorage } from '../../../src/platform/managed-storage';
import { fromOwnExtension, listenForBackground, sendToContentScripts } from '../../../src/platform/tab-messaging';
import { NOW, keys, pinned, policyDoc, signed } from '../policy/helpers';

const flush = () => new Promise((r) => setTimeout(r, 0));

/** Managed config with an inline policy: personal data gets `pii`. */
const inline = (version: number, pii: PolicyAction, over: Record<string, unknown> = {}) => ({
  failMode: 'open',
  inlinePolicy: policyDoc({ version, actions: { default: { categories: { pii } } } }),
  ...over,
});

/** A background's policy store plus the broadcast, as `startBackground` wires them. */
async function start(fetchFn: typeof fetch = vi.fn() as unknown as typeof fetch) {
  const store = new PolicyStore({
    managed: browserManagedStorage,
    local: browserLocalStorage,
    alarms: browserAlarms,
    fetch: fetchFn,
    now: () => NOW,
    log: () => undefined,
  });
  const sent: BackgroundToContent[] = [];
  const settled = broadcastPolicyChanges(store, {
    store: browserLocalStorage,
    send: async (msg) => {
      sent.push(BackgroundToContent.parse(msg));
    },
  });
  await store.ready();
  await settled();
  /** An admin edits the managed policy (keys in `config` replaced, `remove` dropped). */
  const changeManaged = async (config: Record<string, unknown>, remove: string[] = []) => {
    if (remove.length) await fakeBrowser.storage.managed.remove(remove);
    if (Object.keys(config).length) await fakeBrowser.storage.managed.set(config);
    for (let i = 0; i < 5; i++) await flush();
    await settled();
  };
  return { store, sent, changeManaged };
}

describe('telling open tabs that the policy changed', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends bg-cs/policy-changed with the new version when the managed policy changes, once per change', async () => {
    await fakeBrowser.storage.managed.set(inline(1, 'warn'));
    const { store, sent, changeManaged } = await start();
    expect(store.getStatus()).toMatchObject({ source: 'managed-inline', version: 1 });
    expect(sent).toEqual([{ type: 'bg-cs/policy-changed', policyVersion: 1 }]); // first policy this profile tells tabs about
    sent.length = 0;

    await changeManaged(inline(2, 'block'));
    expect(store.getStatus().version).toBe(2);
    expect(sent).toEqual([{ type: 'bg-cs/policy-changed', policyVersion: 2 }]);

    await changeManaged(inline(2, 'block')); // written again, same content: nothing changed
    expect(sent).toHaveLength(1);
  });

  it('a changed inline policy that kept its version, or new managed groups, are changes too', async () => {
    await fakeBrowser.storage.managed.set(inline(4, 'warn'));
    const { sent, changeManaged } = await start();
    sent.length = 0;
    await changeManaged(inline(4, 'block'));
    expect(sent).toEqual([{ type: 'bg-cs/policy-changed', policyVersion: 4 }]);
    await changeManaged(inline(4, 'block', { identity: { groups: ['ml'] } }));
    expect(sent).toHaveLength(2);
  });

  it('falling back to the built-in default (policy removed) is announced with version null', async () => {
    await fakeBrowser.storage.managed.set(inline(3, 'allow'));
    const { sent, changeManaged } = await start();
    sent.length = 0;
    await changeManaged({}, ['inlinePolicy']);
    expect(sent).toEqual([{ type: 'bg-cs/policy-changed', policyVersion: null }]);
  });

  it('a policy pulled from the org endpoint: a new version is announced, a confirmation (304) is not', async () => {
    const [k1] = await keys();
    const served = { body: await signed(policyDoc({ version: 3 }), k1!), etag: '"v3"' };
    const fetchFn = vi.fn(async (_url: unknown, init?: RequestInit) => {
      const inm = (init?.headers as Record<string, string> | undefined)?.['if-none-match'];
      if (inm === served.etag) return new Response(null, { status: 304, headers: { etag: served.etag } });
      return new Response(served.body, { status: 200, headers: { 'content-type': 'application/json', etag: served.etag } });
    }) as unknown as typeof fetch;
    await fakeBrowser.storage.managed.set({ endpoint: 'https://guard.acme.test', orgId: 'acme', signingKeys: pinned([k1!]), failMode: 'closed' });
    const { store, sent } = await start(fetchFn);
    const settled = async () => {
      for (let i = 0; i < 5; i++) await flush();
    };
    await store.sync();
    await settled();
    expect(store.getStatus()).toMatchObject({ source: 'endpoint', version: 3 });
    expect(sent.at(-1)).toEqual({ type: 'bg-cs/policy-changed', policyVersion: 3 });
    const before = sent.length;

    await store.sync(); // 304: same policy confirmed (the status's lastSync changes, the policy does not)
    await settled();
    expect(sent).toHaveLength(before);

    served.body = await signed(policyDoc({ version: 4 }), k1!);
    served.etag = '"v4"';
    await store.sync();
    await settled();
    expect(store.getStatus().version).toBe(4);
    expect(sent.slice(before)).toEqual([{ type: 'bg-cs/policy-changed', policyVersion: 4 }]);
  });

  it('a restarted service worker that loads the same policy does not make every tab re-decide', async () => {
    await fakeBrowser.storage.managed.set(inline(5, 'warn'));
    const first = await start();
    expect(first.sent).toHaveLength(1);
    expect(await browserLocalStorage.get(POLICY_FINGERPRINT_KEY)).toMatch(/^[0-9a-f]{64}$/);
    first.store.stop();
    const second = await start(); // same storage, same managed config
    expect(second.sent).toEqual([]);
  });
});

describe('background → content-script messaging (platform)', () => {
  const OWN = fakeBrowser.runtime.id;
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('accepts only senders of our own extension that are not in a tab', () => {
    expect(fromOwnExtension({ id: OWN, url: `chrome-extension://${OWN}/background.js` }, OWN)).toBe(true);
    expect(fromOwnExtension({ id: 'another-extension' }, OWN)).toBe(false);
    expect(fromOwnExtension({}, OWN)).toBe(false);
    // Another content script (or our page opened in a tab) carries `tab`.
    expect(fromOwnExtension({ id: OWN, tab: { id: 4 } as never, url: 'https://evil.example/' }, OWN)).toBe(false);
  });

  it('the content-side listener hands on valid messages from the background and drops the rest', async () => {
    const got: BackgroundToContent[] = [];
    const stop = new AbortController();
    listenForBackground(stop.signal, (m) => got.push(m));
    const fromBg = { id: fakeBrowser.runtime.id };
    await fakeBrowser.runtime.onMessage.trigger({ type: 'bg-cs/policy-changed', policyVersion: 7 }, fromBg);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'bg-cs/policy-changed', policyVersion: 8 }, { id: 'other-extension' });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'bg-cs/policy-changed', policyVersion: 9 }, { id: fakeBrowser.runtime.id, tab: { id: 1 } as never });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'bg-cs/policy-changed', policyVersion: 'ten' }, fromBg);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'bg-cs/nope' }, fromBg);
    expect(got).toEqual([{ type: 'bg-cs/policy-changed', policyVersion: 7 }]);
    stop.abort();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'bg-cs/policy-changed', policyVersion: 11 }, fromBg);
    expect(got).toHaveLength(1);
  });

  it('sends to the top frame of every web tab; tabs without a receiver are skipped', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 1 }, { id: 2 }, {}] as never);
    const calls: unknown[][] = [];
    fakeBrowser.tabs.sendMessage = vi.fn(async (...args: unknown[]) => {
      calls.push(args);
      if (args[0] === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true };
    }) as never;
    const msg: BackgroundToContent = { type: 'bg-cs/policy-changed', policyVersion: 3 };
    expect(await sendToContentScripts(msg)).toBe(1);
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ url: ['http://*/*', 'https://*/*'] });
    expect(calls).toEqual([
      [1, msg, { frameId: 0 }],
      [2, msg, { frameId: 0 }],
    ]);
  });
});
