import { runScannerWorker } from '../src/content/scanner-host/worker';

// Built as /scanner-worker.js (classic IIFE) and started by the scanner frame.
export default defineUnlistedScript(() => {
  runScannerWorker(self);
});
