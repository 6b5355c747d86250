import { startDiscovery } from '../src/content/discovery';

/**
 * Shadow-AI discovery on every web page (docs/catalog.md "Discovery in the browser"): asks the
 * background what the page is; on an AI app reads the account DOMAIN, on an unknown page
 * collects boolean AI-page signals. Top frame only, after the page settled.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    void startDiscovery(ctx.signal);
  },
});
