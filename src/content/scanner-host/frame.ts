import { SCANNER_PORT_MESSAGE } from '../../contracts/scanner-api';

const MAX_PORTS = 8;

/**
 * Runs in the extension-origin iframe the content script inserts. It starts the classifier
 * worker (a page cannot: page CSPs refuse blob:/data: workers and extension-URL workers are
 * cross-origin, see docs/browser-testing-recipe.md §3) and passes each MessagePort it is handed
 * on to the worker. The frame's origin is ours, so the page can neither read nor script it; a
 * page could post its own port here, which only gives it a pure text scanner, so ports are
 * capped rather than authenticated.
 */
export function runScannerFrame(workerUrl: string): void {
  const worker = new Worker(workerUrl);
  let handed = 0;
  window.addEventListener('message', (event) => {
    const port = event.ports[0];
    if (event.data !== SCANNER_PORT_MESSAGE || !port || handed >= MAX_PORTS) return;
    handed += 1;
    worker.postMessage({ port }, [port]);
  });
}
