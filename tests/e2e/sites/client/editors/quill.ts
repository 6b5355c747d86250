/**
 * Quill 2 composer (Gemini): a keyboard-module binding for Enter (without Shift) sends; Quill's
 * own Enter handling (new line) stays for Shift+Enter.
 */
import 'quill/dist/quill.core.css';
import Quill from 'quill';
import type { FixtureWindow } from '../types';
import { applyAttrs } from './common';

(window as unknown as FixtureWindow).__fixtureShell?.mount('quill', ({ mount, attrs, send }) => {
  const quill = new Quill(mount, {
    formats: ['bold', 'italic', 'code', 'link', 'list', 'code-block'],
    modules: {
      toolbar: false,
      keyboard: {
        bindings: {
          sendOnEnter: {
            key: 'Enter',
            shiftKey: false,
            handler: () => {
              send();
              return false; // handled: no newline
            },
          },
        },
      },
    },
  });
  applyAttrs(quill.root, attrs);
  // Quill ends every document with "\n"; the app trims that one.
  const getText = () => quill.getText().replace(/\n$/, '');
  return {
    kind: 'quill',
    element: quill.root,
    getText,
    clear: () => quill.setText('', 'user'),
  };
});
