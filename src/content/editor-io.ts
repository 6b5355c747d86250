import type { Composer } from './composer';

/**
 * Writing into the page's editor through the editor's OWN input path, so ProseMirror, TipTap,
 * Quill and Lexical keep their document model consistent (setting innerHTML/textContent would
 * desynchronise them and the site would send its stale model).
 * - textarea: select all, `insertText` (keeps native undo; fires input events frameworks like
 *   React listen to); value + input event as the fallback.
 * - contenteditable editors: select the content and dispatch a paste carrying text/plain; every
 *   one of these editors implements paste from `clipboardData`, including line breaks.
 */

/** Events we dispatch ourselves, which our own interceptor must let through. */
export const ownEvents = new WeakSet<Event>();

export async function replaceComposerText(composer: Composer, text: string): Promise<void> {
  composer.focus();
  if (composer instanceof HTMLTextAreaElement) {
    composer.select();
    insertIntoTextarea(composer, text, 'insertReplacementText');
    return;
  }
  selectContents(composer);
  // ProseMirror/TipTap and Lexical read a new DOM selection on `selectionchange`, which is
  // dispatched after this task; a paste dispatched now would land at their stale selection (the
  // old caret) and ADD the text instead of replacing it. Wait until they have seen it.
  await selectionSeen();
  if (text === '') {
    document.execCommand('delete');
    return;
  }
  dispatchPaste(composer, text);
}

/** Inserts text at the caret, as if the user had pasted it (used after a paste was cleared). */
export function insertIntoComposer(composer: Composer, text: string): void {
  composer.focus();
  if (composer instanceof HTMLTextAreaElement) {
    insertIntoTextarea(composer, text, 'insertFromPaste');
    return;
  }
  dispatchPaste(composer, text);
}

/**
 * Up to this size, text goes into a textarea through `execCommand('insertText')`, which keeps
 * native undo. Chromium's insertText is quadratic in the number of lines (measured: 44 KB of
 * 1,000 lines 1.9 s, 220 KB 39 s, one frozen page), so larger text is spliced in with
 * `setRangeText` (no native undo entry) plus an `input` event, in a few ms.
 */
const EXEC_COMMAND_MAX_CHARS = 2_000;
const EXEC_COMMAND_MAX_LINES = 20;

/** Replaces the textarea's selection with `text` (caret after it) and tells the page. */
function insertIntoTextarea(textarea: HTMLTextAreaElement, text: string, inputType: string): void {
  const { selectionStart: start, selectionEnd: end, value } = textarea;
  const expected = value.slice(0, start) + text + value.slice(end);
  const small = text.length <= EXEC_COMMAND_MAX_CHARS && text.split('\n', EXEC_COMMAND_MAX_LINES + 1).length <= EXEC_COMMAND_MAX_LINES;
  if (small && document.execCommand('insertText', false, text) && textarea.value === expected) return;
  if (textarea.value !== value) setTextareaValue(textarea, value); // undo a partial insert
  textarea.setRangeText(text, start, end, 'end');
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType, data: text }));
}

function dispatchPaste(target: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  ownEvents.add(event);
  target.dispatchEvent(event);
}

/** Resolves once `selectionchange` was dispatched (and its listeners ran), or after 100 ms. */
function selectionSeen(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', done);
      setTimeout(resolve, 0); // after every other listener, and Lexical's batched update
    };
    const timer = setTimeout(done, 100);
    document.addEventListener('selectionchange', done);
  });
}

function selectContents(el: HTMLElement): void {
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
}

function setTextareaValue(textarea: HTMLTextAreaElement, value: string): void {
  // React and similar frameworks track the value through the prototype setter.
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(textarea, value);
}

/**
 * Sends the composer's content the way the user tried to: clicks the send control when we know
 * it, else replays Enter on the composer. Marked as ours so the interceptor lets it pass.
 */
export function replaySend(composer: Composer, sendControl: HTMLElement | null): void {
  if (sendControl?.isConnected) {
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, view: window });
    ownEvents.add(click);
    sendControl.dispatchEvent(click);
    return;
  }
  composer.focus();
  const enter = new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true });
  ownEvents.add(enter);
  composer.dispatchEvent(enter);
}

/** Hands files we held back (a paste or drop that policy allowed) to the page's own handlers. */
export function redispatchFiles(target: HTMLElement, type: 'paste' | 'drop', files: readonly File[]): void {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  const init = { bubbles: true, cancelable: true, composed: true };
  const event = type === 'paste' ? new ClipboardEvent('paste', { ...init, clipboardData: data }) : new DragEvent('drop', { ...init, dataTransfer: data });
  ownEvents.add(event);
  target.dispatchEvent(event);
}
