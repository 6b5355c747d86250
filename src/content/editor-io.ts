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

export function replaceComposerText(composer: Composer, text: string): void {
  composer.focus();
  if (composer instanceof HTMLTextAreaElement) {
    composer.select();
    if (!document.execCommand('insertText', false, text) || composer.value !== text) {
      setTextareaValue(composer, text);
    }
    return;
  }
  selectContents(composer);
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
    if (!document.execCommand('insertText', false, text)) {
      const { selectionStart: s, selectionEnd: e, value } = composer;
      setTextareaValue(composer, value.slice(0, s) + text + value.slice(e));
    }
    return;
  }
  dispatchPaste(composer, text);
}

function dispatchPaste(target: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  ownEvents.add(event);
  target.dispatchEvent(event);
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
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  setter?.call(textarea, value);
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: value }));
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
