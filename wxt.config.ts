import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEV_MANIFEST_KEY, GECKO_ID } from './src/contracts/extension-id';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Shadow AI Guard',
    description: 'Sees which AI apps are used and keeps sensitive data out of prompts, pastes and uploads.',
    // Fixed development id, see src/contracts/extension-id.ts. Firefox ignores `key`.
    ...(browser === 'firefox' ? {} : { key: DEV_MANIFEST_KEY }),
    // webNavigation: AI app visits and OAuth authorize URLs (hosts only are kept); management: AI
    // extensions; scripting: protection on policy-added AI hosts. See docs/catalog.md "Permissions".
    permissions: ['storage', 'alarms', 'webNavigation', 'management', 'scripting'],
    // The same sites the discovery content script already matches (so no new install warning):
    // needed to inject the protection script on hosts policy adds (scripting.registerContentScripts).
    host_permissions: ['http://*/*', 'https://*/*'],
    // The scanner frame must be loadable by every page our content script may protect: the
    // built-in AI hosts and any host a policy adds at run time (it hosts the classifier worker;
    // see src/content/scanner-host/frame.ts). Chromium: only through a per-session dynamic URL
    // (use_dynamic_url), so no page can probe chrome-extension://<fixed id>/scanner-frame.html to
    // detect the extension. Firefox has no use_dynamic_url (it rejects the key) and needs none: its
    // moz-extension:// host is a random per-install UUID already.
    web_accessible_resources: [
      { resources: ['scanner-frame.html'], matches: ['http://*/*', 'https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    storage: { managed_schema: 'managed_schema.json' },
    ...(browser === 'firefox'
      ? // 129: Ed25519 in WebCrypto (signed policies, src/engine/policy/crypto.ts); 128 would
        // already be needed for the page-world file-picker script (content script world: MAIN).
        { browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '129.0' } } }
      : // 137: Ed25519 in WebCrypto without a flag (signed policies).
        { minimum_chrome_version: '137' }),
  }),
});
