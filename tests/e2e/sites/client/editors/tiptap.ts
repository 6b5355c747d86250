/**
 * TipTap composer (Claude, Mistral): StarterKit plus an extension whose addKeyboardShortcuts maps
 * Enter to send; Shift+Enter keeps StarterKit's hard break.
 */
import { Editor, Extension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { FixtureWindow } from '../types';

(window as unknown as FixtureWindow).__fixtureShell?.mount('tiptap', ({ mount, attrs, send }) => {
  const SendOnEnter = Extension.create({
    name: 'sendOnEnter',
    priority: 1000,
    addKeyboardShortcuts() {
      return {
        Enter: () => {
          send();
          return true;
        },
      };
    },
  });
  const editor = new Editor({
    element: mount,
    extensions: [StarterKit, SendOnEnter],
    editorProps: { attributes: { ...attrs } },
  });
  return {
    kind: 'tiptap',
    element: editor.view.dom,
    getText: () => editor.getText({ blockSeparator: '\n' }),
    clear: () => {
      editor.commands.clearContent(true);
    },
  };
});
