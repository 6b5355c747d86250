import { browser, type Browser } from 'wxt/browser';
import { BackgroundMessage } from '../contracts/messages';
// NB: content scripts import only `sendToBackground` from ./send, which keeps zod out of the
// document_start bundle; parsing happens here, at the receiver.

/**
 * Who sent a message, classified from `sender.id`, the sender's extension origin and `tab`.
 * A web page's URL is never trusted for anything; our own pages are recognised by their
 * chrome-extension:// / moz-extension:// origin, which no web content can have (an extension page
 * opened in a tab also carries `sender.tab`, so `tab` alone does not mean "content script").
 */
export type SenderKind =
  | { kind: 'content'; tabId: number; frameId: number }
  | { kind: 'extension-page' };

export function classifySender(
  sender: Browser.runtime.MessageSender,
  ownId = browser.runtime.id,
  ownOrigin = browser.runtime.getURL('/').replace(/\/$/, ''),
): SenderKind | null {
  // Only our own extension's contexts may talk to the background. `onMessageExternal` is not
  // registered, so web pages cannot reach us directly; this also refuses other extensions.
  if (sender.id !== ownId) return null;
  // (String prefix, not URL.origin: non-web schemes have an opaque origin in some runtimes.)
  if (sender.origin === ownOrigin || sender.url?.startsWith(`${ownOrigin}/`)) return { kind: 'extension-page' };
  if (sender.tab?.id !== undefined) return { kind: 'content', tabId: sender.tab.id, frameId: sender.frameId ?? 0 };
  return null;
}

export type BackgroundHandler = (msg: BackgroundMessage, sender: SenderKind) => Promise<unknown> | unknown;

/**
 * Registers the background's single message listener. Messages that fail the contract or come
 * from an unknown sender are dropped (answered with `undefined`), never thrown into the sender.
 */
export function listenForMessages(handler: BackgroundHandler): () => void {
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender) => {
    const from = classifySender(sender);
    const parsed = BackgroundMessage.safeParse(raw);
    if (!from || !parsed.success) return undefined;
    return Promise.resolve(handler(parsed.data, from)).catch((err: unknown) => {
      console.error('[shadow-ai-guard] message handler failed', parsed.data.type, err);
      return undefined;
    });
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export const extensionVersion = (): string => browser.runtime.getManifest().version;
