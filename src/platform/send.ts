import { browser } from 'wxt/browser';
import type { BackgroundMessage } from '../contracts/messages';

/** Sends a typed message to the background. Resolves `undefined` if the background cannot answer. */
export async function sendToBackground(msg: BackgroundMessage): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(msg);
  } catch {
    // "Extension context invalidated" after an update/reload, or no receiver: callers degrade.
    return undefined;
  }
}
