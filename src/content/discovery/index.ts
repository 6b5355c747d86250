import type { DiscoveryHelloResponse } from '../../contracts/messages';
import { sendToBackground } from '../../platform/send';
import { accountDomainFromPage } from './account';
import { findChatComposer, placeholderChatLike, requestHosts, selfDescription, StreamWatcher } from './signals';

/**
 * The discovery content script (every http/https page, top frame, document_idle). It asks the
 * background what this page is, then either reads the signed-in account's DOMAIN on a known AI
 * app, or collects boolean AI-page signals on an unknown page. Cheap by design: one message on
 * ordinary pages, a few DOM queries, observers only on pages with a chat composer.
 */

const RETRY_MS = [0, 1_000, 3_000, 8_000];

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => clearTimeout(t), { once: true });
  });

/** Checks the background's answer by hand: this script runs on every page, so no zod in its bundle. */
export function parseHello(raw: unknown): DiscoveryHelloResponse | null {
  if (!raw || typeof raw !== 'object') return null;
  const { mode, account } = raw as Record<string, unknown>;
  if (mode !== 'app' && mode !== 'detect' && mode !== 'off') return null;
  if (!Array.isArray(account) || account.length > 10 || !account.every((s) => typeof s === 'string' && s.length <= 300)) return null;
  return { mode, account: account as string[] };
}

export async function startDiscovery(signal: AbortSignal): Promise<void> {
  if (location.protocol !== 'https:' && location.protocol !== 'http:') return;
  const host = location.hostname.toLowerCase();
  const path = location.pathname;
  // Listen for a first send right away: the background may answer after the user's first prompt.
  const streams = new StreamWatcher(signal);
  const hello = parseHello(await sendToBackground({ type: 'cs-bg/discovery-hello', host, path }));
  if (!hello || hello.mode !== 'detect' || signal.aborted) streams.stop();
  if (!hello || hello.mode === 'off' || signal.aborted) return;
  if (hello.mode === 'app') return watchAccount(host, path, hello.account, signal);
  return detect(host, path, streams, signal);
}

async function watchAccount(host: string, path: string, selectors: readonly string[], signal: AbortSignal): Promise<void> {
  let last: string | null = null;
  for (const delay of [...RETRY_MS, 20_000]) {
    await wait(delay, signal);
    if (signal.aborted) return;
    const domain = accountDomainFromPage(selectors);
    if (domain && domain !== last) {
      last = domain;
      await sendToBackground({ type: 'cs-bg/account', host, path, domain });
    }
  }
}

async function detect(host: string, path: string, streams: StreamWatcher, signal: AbortSignal): Promise<void> {
  let composer: HTMLElement | null = null;
  for (const delay of RETRY_MS) {
    await wait(delay, signal);
    if (signal.aborted) return;
    composer = findChatComposer();
    if (composer) break;
  }
  let sentSig = '';
  const report = async () => {
    const hosts = requestHosts(host);
    const msg = {
      type: 'cs-bg/page-signals' as const,
      host,
      path,
      hasChatComposer: composer !== null,
      placeholderChatLike: placeholderChatLike(composer),
      streamedAnswers: streams.streamed,
      selfDescription: selfDescription(),
      requestHosts: hosts,
    };
    const sig = JSON.stringify([msg.hasChatComposer, msg.streamedAnswers, msg.selfDescription, hosts.length]);
    if (sig === sentSig) return;
    sentSig = sig;
    await sendToBackground(msg);
  };
  if (composer) streams.onStreamed(() => void report());
  else streams.stop();
  await report();
}
