/**
 * ProseMirror composer (ChatGPT): plain prosemirror-* packages, a keymap plugin where Enter sends
 * and clears, Shift+Enter splits the paragraph; history and the base keymap below it.
 */
import 'prosemirror-view/style/prosemirror.css';
import { baseKeymap, splitBlock } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { FixtureWindow } from '../types';

(window as unknown as FixtureWindow).__fixtureShell?.mount('prosemirror', ({ mount, attrs, send }) => {
  const sendCommand = () => {
    send(); // reads the doc and clears the editor when something was sent
    return true; // Enter never inserts a paragraph
  };
  const state = EditorState.create({
    schema,
    plugins: [
      history(),
      keymap({ Enter: sendCommand, 'Shift-Enter': splitBlock, 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }),
      keymap(baseKeymap),
    ],
  });
  const view = new EditorView(mount, { state, attributes: { ...attrs, class: attrs.class ?? '' } });

  const getText = () => {
    const { doc } = view.state;
    return doc.textBetween(0, doc.content.size, '\n', '\n');
  };
  return {
    kind: 'prosemirror',
    element: view.dom,
    getText,
    clear() {
      const { tr, doc } = view.state;
      view.dispatch(tr.replaceWith(0, doc.content.size, schema.nodes.paragraph.create()));
    },
  };
});
