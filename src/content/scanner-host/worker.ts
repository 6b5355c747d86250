import * as Comlink from 'comlink';
import { ScannerConfigSchema, type ScannerApi, type ScannerConfig } from '../../contracts/scanner-api';
import { createScanner, RedactionSession, type Scanner } from '../../engine';

/**
 * The classifier worker: runs the pure engine off the page's main thread. Each MessagePort it is
 * handed (one per content-script frame) gets the same API through comlink.
 */
export function runScannerWorker(scope: { addEventListener(type: 'message', l: (e: MessageEvent) => void): void }): void {
  // Built on first use, and again only when the configuration really changes: compiling costs
  // ~0.1 s idle and seconds on a loaded machine, and the content script configures the worker
  // right after its start-up round trip (`scan('')`), which therefore builds nothing.
  let scanner: Scanner | null = null;
  let configKey: string | null = null;
  const current = () => (scanner ??= createScanner());
  // One API per port (per page frame): each conversation has its own redaction mapping.
  const apiForPort = (): ScannerApi => {
    const session = new RedactionSession();
    return {
      configure(config: ScannerConfig) {
        const parsed = ScannerConfigSchema.parse(config);
        const key = JSON.stringify(parsed);
        if (scanner && key === configKey) return;
        scanner = createScanner({ custom: parsed.custom, disabledRules: parsed.disabledRules });
        configKey = key;
      },
      scan: (text) => (text.length === 0 ? [] : current().scan(text)),
      redact: (text, findings) => session.redact(text, findings),
    };
  };
  scope.addEventListener('message', (event) => {
    const port = event.data?.port;
    if (port instanceof MessagePort) Comlink.expose(apiForPort(), port);
  });
}
