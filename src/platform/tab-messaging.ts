import { browser, type Browser } from 'wxt/browser';
import { BackgroundToContent } from '../contracts/messages';

/**
 * Background → content-script messages (the other direction is `sendToBackground` /
 * `listenForMessages`). The protection content script runs in the top frame of AI pages only, so
 * messages go to frame 0 of each tab; tabs without it (no listener, a browser page) simply do not
 * answer, which is not an error.
 */

/** Pages our content scripts can run in (static AI hosts and hosts a policy adds). */
const WEB_PAGES = ['http://*/*', 'https://*/*'];

/**
 * Sends `msg` to the top frame of every open web tab. Resolves to the number of tabs whose content
 * script received it; never rejects (a tab that closes meanwhile, or has no receiver, is skipped).
 */
export async function sendToContentScripts(msg: BackgroundToContent): Promise<number> {
  let tabs: Browser.tabs.Tab[];
  try {
    tabs = await browser.tabs.query({ url: WEB_PAGES });
  } catch {
    return 0;
  }
  const delivered = await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return false;
      try {
        await browser.tabs.sendMessage(tab.id, msg, { frameId: 0 });
        return true;
      } catch {
        return false; // "Receiving end does not exist": no protection script in that tab
      }
    }),
  );
  return delivered.filter(Boolean).length;
}

/**
 * True when a message reached a content script from our own background (or another page of our
 * own extension), never from a web page, another extension or another content script: those have
 * another `sender.id`, or carry the `tab` they run in.
 */
export function fromOwnExtension(sender: Browser.runtime.MessageSender, ownId = browser.runtime.id): boolean {
  return sender.id === ownId && sender.tab === undefined;
}

/**
 * Content-script side: calls `handler` for each background message that passes the contract and
 * comes from our own extension (everything else is dropped). Stops listening when `signal` aborts.
 */
export function listenForBackground(signal: AbortSignal, handler: (msg: BackgroundToContent) => void): void {
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (!fromOwnExtension(sender)) return undefined;
    const parsed = BackgroundToContent.safeParse(raw);
    if (!parsed.success) return undefined;
    try {
      handler(parsed.data);
    } catch (err) {
      console.error('[shadow-ai-guard] background message handler failed', parsed.data.type, err);
    }
    return Promise.resolve({ ok: true }); // an answer, so the sender can count who received it
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
