import { SCANNER_PORT_MESSAGE } from '../../contracts/scanner-api';

const MAX_PORTS = 8;

/**
 * Posted to the parent as soon as this frame runs: the content script then knows the frame is
 * ours and alive. When the frame loads WITHOUT it (an error page: the frame is not
 * web-accessible there, or blocked), the content script falls back to the background at once
 * instead of waiting for its start-up timeout.
 */
export const SCANNER_FRAME_READY = 'sag/scanner-frame-ready';

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
  // Only a liveness signal, no data: the page may see it.
  window.parent.postMessage(SCANNER_FRAME_READY, '*');
  let handed = 0;
  window.addEventListener('message', (event) => {
    const port = event.ports[0];
    if (event.data !== SCANNER_PORT_MESSAGE || !port || handed >= MAX_PORTS) return;
    handed += 1;
    worker.postMessage({ port }, [port]);
  });
}
