import * as Comlink from 'comlink';
import { browser } from 'wxt/browser';
import type { Finding } from '../contracts/findings';
import { SCANNER_PORT_MESSAGE, type RedactionResult, type ScannerApi, type ScannerConfig } from '../contracts/scanner-api';
import { SCANNER_FRAME_READY } from './scanner-host/frame';

export interface ScannerClient {
  scan(text: string): Promise<Finding[]>;
  redact(text: string, findings: Finding[]): Promise<RedactionResult>;
  /**
   * Configures the worker (custom detectors of the policy in force). Accepts the configuration
   * still on its way: until the worker has it, scans go to the background, so no scan runs with
   * the previous policy's detectors once a new one is known to be coming. `undefined`: keep as is.
   */
  configure(config: ScannerConfig | PromiseLike<ScannerConfig | undefined>): Promise<void>;
  /** Which path scans: the worker in our frame, or the background fallback. */
  readonly via: 'worker' | 'background' | 'starting';
  /** Resolves once the channel is decided. */
  readonly ready: Promise<'worker' | 'background'>;
}

/**
 * How long the frame's worker may take to answer its first round trip before scanning moves to
 * the background for the page. The background scans meanwhile (see `scan`), so waiting costs the
 * user nothing, while giving up is for good: on a loaded machine (a 2-core CI runner with two
 * browsers) the 576 KB worker took over 3 s to start, so 3 s sent a healthy page to the fallback.
 */
const FRAME_READY_TIMEOUT_MS = 10_000;
/**
 * After the frame's load event, how long its ready signal may still take to arrive before the
 * frame counts as refused (not web-accessible: the browser loaded an error page instead). The
 * signal, posted by the frame's script as it starts, is delivered on the page's busy main thread:
 * with other work on a 2-core machine a healthy page once went to the fallback for good, most likely
 * because the signal came more than the 250 ms this grace used to be after the load event. Waiting
 * costs the user nothing (the background scans meanwhile).
 */
const READY_GRACE_MS = 3_000;

/**
 * Scans text off the page's main thread. Starts an extension-origin iframe that hosts the
 * classifier worker and talks to it over a MessagePort with comlink. If that channel cannot
 * start (the page removed the frame, a browser refused it, it timed out), scanning falls back
 * to the background, which runs the same pure engine.
 */
export interface ScannerClientOptions {
  signal: AbortSignal;
  fallbackScan(text: string): Promise<Finding[]>;
  fallbackRedact(text: string, findings: Finding[]): Promise<RedactionResult>;
  /** Called when a running worker stops answering and scanning moves to the background for good. */
  onFallback?(): void;
  /** Starts the frame and resolves to its worker's API (tests replace the real frame). */
  connect?(signal: AbortSignal): Promise<Comlink.Remote<ScannerApi> | ScannerApi>;
}

export function createScannerClient({ signal, fallbackScan, fallbackRedact, onFallback, connect = startFrame }: ScannerClientOptions): ScannerClient {
  let via: ScannerClient['via'] = 'starting';
  /** The latest configuration handed to the worker (settled, never rejects). */
  let configured: Promise<void> = Promise.resolve();
  /** Configurations on their way to the worker (it may be compiling its scanner meanwhile). */
  let configuring = 0;
  const degrade = () => {
    if (via === 'background') return;
    via = 'background';
    onFallback?.();
  };
  const remote = connect(signal).then(
    (api) => {
      via = 'worker';
      return api;
    },
    () => {
      via = 'background';
      return null;
    },
  );

  return {
    get via() {
      return via;
    },
    ready: remote.then((api) => (api ? 'worker' : 'background')),
    configure(config) {
      const previous = configured;
      configuring += 1;
      configured = Promise.all([remote, config, previous])
        .then(async ([api, c]) => {
          if (api && c) await api.configure(c);
        })
        .catch(() => undefined) // a refused configuration keeps the previous one
        .finally(() => {
          configuring -= 1;
        });
      return configured;
    },
    async scan(text) {
      // While the frame starts, or while the worker takes a new configuration (it compiles its
      // scanner then: seconds on a loaded machine), the background scans: it always has the
      // policy in force, so a paste or a file right after the page loaded, or right after a
      // policy change, is neither held for the worker nor scanned with the previous detectors.
      if (via === 'starting' || configuring > 0) return fallbackScan(text);
      const api = await remote;
      if (api && via === 'worker') {
        try {
          return await api.scan(text);
        } catch {
          // The worker died (frame removed by the page): degrade for the rest of this page.
          degrade();
        }
      }
      return fallbackScan(text);
    },
    async redact(text, findings) {
      if (via === 'starting') return fallbackRedact(text, findings);
      const api = await remote;
      if (api && via === 'worker') {
        try {
          return await api.redact(text, findings);
        } catch {
          degrade();
        }
      }
      return fallbackRedact(text, findings);
    },
  };
}

function startFrame(signal: AbortSignal): Promise<Comlink.Remote<ScannerApi>> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.src = browser.runtime.getURL('/scanner-frame.html');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.cssText = 'display:none !important';
    const timer = setTimeout(() => reject(new Error('scanner frame did not start')), FRAME_READY_TIMEOUT_MS);
    // The frame is loaded through a per-session dynamic URL (manifest: use_dynamic_url, so pages
    // cannot probe a fixed chrome-extension://<id>/ URL to detect the extension), but its document
    // runs at the extension's own origin: in Chromium that is chrome-extension://<id>, not the
    // dynamic host. Either is ours; the origin the ready signal comes from is where the port goes.
    const ours = new Set([new URL(frame.src).origin, new URL(browser.runtime.getURL('/')).origin, `chrome-extension://${browser.runtime.id}`]);
    let alive = false;
    let frameOrigin = '';
    const onReady = (event: MessageEvent) => {
      if (event.data !== SCANNER_FRAME_READY || event.source === null || event.source !== frame.contentWindow || !ours.has(event.origin)) return;
      alive = true;
      frameOrigin = event.origin;
    };
    window.addEventListener('message', onReady, { signal });
    frame.addEventListener(
      'load',
      () => {
        const connect = () => {
          window.removeEventListener('message', onReady);
          if (!alive) {
            clearTimeout(timer);
            reject(new Error('scanner frame did not load (not web-accessible on this page?)'));
            return;
          }
          const channel = new MessageChannel();
          // Exact target origin: only our extension's document can receive the port.
          frame.contentWindow?.postMessage(SCANNER_PORT_MESSAGE, frameOrigin, [channel.port2]);
          const api = Comlink.wrap<ScannerApi>(channel.port1);
          // A round trip proves the worker is up before we rely on it.
          api.scan('').then(() => {
            clearTimeout(timer);
            resolve(api);
          }, reject);
        };
        if (alive) connect();
        else setTimeout(connect, READY_GRACE_MS);
      },
      { once: true },
    );
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      frame.remove();
    });
    (document.documentElement ?? document).appendChild(frame);
  });
}
