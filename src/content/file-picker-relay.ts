/**
 * Runs in the PAGE's world (entrypoints/shadow-ai-guard-file-picker.content.ts, `world: 'MAIN'`,
 * document_start) and only tells our content script about file inputs its window listeners
 * cannot reach.
 *
 * Apps may open the file picker on an `<input type="file">` they never attach to the document:
 * `const i = document.createElement('input'); i.type = 'file'; i.onchange = …; i.click()`. Its
 * `input` / `change` events are dispatched at the element alone (no ancestors, no window), so the
 * content script (src/content/file-input.ts) would never see them. The content script runs in an
 * isolated world and cannot wrap the page's `click()`; this hook can. When the page calls
 * `click()` or `showPicker()` on a detached file input, it fires {@link FILE_INPUT_RELAY_EVENT}
 * at `window` with the input as `relatedTarget` (an element reference is the one thing both worlds
 * share); the content script then guards that element directly, before the picker even opens.
 *
 * Nothing else: no data, no listener of its own, the original methods still do the work.
 * Not covered: a detached input opened by dispatching a synthetic `click` event at it, and
 * `window.showOpenFilePicker()` (File System Access API; no input element at all).
 */

export const FILE_INPUT_RELAY_EVENT = 'shadow-ai-guard:file-input';

export function installFilePickerRelay(): void {
  const announce = (el: unknown) => {
    if (el instanceof HTMLInputElement && el.type === 'file' && !el.isConnected) {
      window.dispatchEvent(new FocusEvent(FILE_INPUT_RELAY_EVENT, { relatedTarget: el }));
    }
  };
  const wrap = <T extends object>(proto: T, name: keyof T & string) => {
    const original = proto[name];
    if (typeof original !== 'function') return;
    const wrapped = {
      // A method (not an arrow) with the original's name, like the native one.
      [name](this: unknown, ...args: unknown[]) {
        announce(this);
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      },
    }[name]!;
    Object.defineProperty(proto, name, { value: wrapped, writable: true, configurable: true, enumerable: true });
  };
  wrap(HTMLElement.prototype, 'click');
  wrap(HTMLInputElement.prototype, 'showPicker');
}
