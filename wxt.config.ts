import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEV_MANIFEST_KEY, GECKO_ID } from './src/contracts/extension-id';
import { protectedMatchPatterns } from './src/engine/sites/ai-hosts';

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
    // The scanner frame must be loadable by the AI pages our content script protects (it hosts
    // the classifier worker; see src/content/scanner-host/frame.ts). On hosts added by policy the
    // content script scans through the background instead.
    web_accessible_resources: [{ resources: ['scanner-frame.html'], matches: protectedMatchPatterns() }],
    storage: { managed_schema: 'managed_schema.json' },
    ...(browser === 'firefox'
      ? // 129: Ed25519 in WebCrypto (signed policies, src/engine/policy/crypto.ts); 128 would
        // already be needed for the page-world file-picker script (content script world: MAIN).
        { browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '129.0' } } }
      : // 137: Ed25519 in WebCrypto without a flag (signed policies).
        { minimum_chrome_version: '137' }),
  }),
});
