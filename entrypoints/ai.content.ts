import { protectedMatchPatterns } from '../src/engine/sites/ai-hosts';
import { startProtection } from '../src/content';

export default defineContentScript({
  matches: protectedMatchPatterns(),
  // document_start: our capture listeners on window must be registered before the page's own.
  runAt: 'document_start',
  main(ctx) {
    startProtection(ctx.signal);
  },
});
