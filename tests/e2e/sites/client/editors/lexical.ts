/**
 * Lexical composer (Perplexity, Meta AI): rich-text + history, and a KEY_ENTER_COMMAND handler at
 * high priority that sends on Enter (Shift+Enter falls through to rich-text's line break).
 */
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { $createParagraphNode, $getRoot, COMMAND_PRIORITY_HIGH, createEditor, KEY_ENTER_COMMAND } from 'lexical';
import type { FixtureWindow } from '../types';
import { applyAttrs } from './common';

(window as unknown as FixtureWindow).__fixtureShell?.mount('lexical', ({ mount, attrs, send }) => {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.spellcheck = true;
  applyAttrs(root, attrs);
  mount.append(root);

  const editor = createEditor({
    namespace: 'fixture-composer',
    nodes: [HeadingNode, QuoteNode],
    onError: (error) => {
      console.error(error);
    },
  });
  editor.setRootElement(root);
  mergeRegister(
    registerRichText(editor),
    registerHistory(editor, createEmptyHistoryState(), 300),
    editor.registerCommand<KeyboardEvent | null>(
      KEY_ENTER_COMMAND,
      (event) => {
        if (event?.shiftKey) return false; // rich-text inserts a line break
        event?.preventDefault();
        send();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
  );

  // Top-level blocks joined with "\n" (line breaks inside a paragraph are "\n" already).
  const getText = () =>
    editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((block) => block.getTextContent())
        .join('\n'),
    );
  return {
    kind: 'lexical',
    element: root,
    getText,
    clear: () =>
      editor.update(
        () => {
          const rootNode = $getRoot();
          rootNode.clear();
          const paragraph = $createParagraphNode();
          rootNode.append(paragraph);
          paragraph.select();
        },
        { discrete: true },
      ),
  };
});
