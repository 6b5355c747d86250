/** Plain <textarea> composer (Copilot, DeepSeek, Grok, Poe, HuggingChat): a keydown listener sends on Enter. */
import type { FixtureWindow } from '../types';
import { applyAttrs, isComposing } from './common';

(window as unknown as FixtureWindow).__fixtureShell?.mount('textarea', ({ mount, attrs, send }) => {
  const textarea = document.createElement('textarea');
  textarea.rows = 1;
  applyAttrs(textarea, attrs);
  mount.append(textarea);

  const grow = () => {
    textarea.style.height = 'auto';
    textarea.style.height = `${Math.min(textarea.scrollHeight, 240)}px`;
  };
  textarea.addEventListener('input', grow);
  textarea.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || isComposing(e)) return;
    e.preventDefault();
    send();
  });

  return {
    kind: 'textarea',
    element: textarea,
    getText: () => textarea.value,
    clear() {
      textarea.value = '';
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    },
  };
});
