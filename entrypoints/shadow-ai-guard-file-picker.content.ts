import { installFilePickerRelay } from '../src/content/file-picker-relay';
import { protectedMatchPatterns } from '../src/engine/sites/ai-hosts';

/**
 * Page-world hook for file inputs the page never attaches to the document (see
 * src/content/file-picker-relay.ts). Same sites and timing as the protection script. The file
 * name is long on purpose: WXT names the bundle's one global after it, in the PAGE's world, so it
 * must not collide with a name the page declares.
 */
export default defineContentScript({
  matches: protectedMatchPatterns(),
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    installFilePickerRelay();
  },
});
