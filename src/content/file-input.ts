import { ownEvents } from './editor-io';
import { FILE_INPUT_RELAY_EVENT } from './file-picker-relay';

/**
 * Files chosen through `<input type="file">` (the paperclip / "attach" button of every AI app),
 * held back from the page until policy has decided on them.
 *
 * When the user picks files, the browser sets `input.files`, then fires `input` (bubbles,
 * composed) and `change` (bubbles, not composed) at the input, in that order, in one task. The
 * page reads `input.files` in its handler of one of them (React: `onChange` at its root). We
 * listen on `window` in the capture phase from `document_start`, so we run before every listener
 * the page registers; for a file input with files we:
 *
 * 1. stop the event (`stopImmediatePropagation`: no page listener sees it) and the other event
 *    of the same selection, keep the `File` objects, and **clear the input** (`value = ''`), so
 *    the page cannot read the files while they are being decided either;
 * 2. ask `decide(files)` (read, scan, policy, maybe the inline panel);
 * 3. allowed: put the same `File` objects back (`input.files`, through a `DataTransfer`) and
 *    dispatch `input` and `change` again (for a page's own untrusted event, only its type) — marked as ours
 *    so this listener lets them pass exactly once; the page then processes `input.files` as if
 *    the user had just chosen them. Refused: the input stays empty and the page sees nothing.
 *
 * Where the events do not reach `window`:
 * - an input in an **open shadow root**: `input` is composed and reaches `window` (we see the
 *   real target in `composedPath()`); `change` is not, so on the first `input` from a shadow
 *   root we also listen on that root (capture), before its `change` is dispatched;
 * - an input the page never attaches to the document (created, `click()`ed, thrown away):
 *   nothing of it reaches `window`. A page-world hook (file-picker-relay.ts) announces it when
 *   the page calls `click()` / `showPicker()` on it, and `watch(input)` guards the element itself
 *   (capture listeners at the target run before the page's own listeners on it);
 * - an input in a **closed** shadow root: not reachable (its events reach `window` retargeted to
 *   the host, and the relay cannot name it either). Not covered.
 *
 * Untrusted `change` events the page dispatches itself (some pages copy dropped files into
 * their input and fire `change`) are held and decided the same way; files the controller has
 * already decided pass without a second decision (see `ProtectionController.decideFiles`).
 */

export interface FileInputGuardOptions {
  signal: AbortSignal;
  /**
   * Decides files chosen in `input`: resolves true to hand them to the page. Rejections count as
   * "no" (the files are dropped: never let through undecided).
   */
  decide(files: File[], input: HTMLInputElement): Promise<boolean>;
}

export interface FileInputGuard {
  /** Guards a file input whose events do not reach `window` (detached, or in a closed shadow root). */
  watch(input: HTMLInputElement): void;
}

type HeldType = 'input' | 'change';

interface Hold {
  files: File[];
  /** Which of the selection's events were stopped (and are dispatched again if allowed). */
  types: Set<HeldType>;
}

export const isFileInput = (node: unknown): node is HTMLInputElement => node instanceof HTMLInputElement && node.type === 'file';

const sameFiles = (a: readonly File[], b: readonly File[]) => a.length === b.length && a.every((f, i) => f === b[i]);

/** Lets a just-started dispatch (the `change` after an `input`) finish before we act on the input. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function installFileInputGuard({ signal, decide }: FileInputGuardOptions): FileInputGuard {
  const held = new WeakMap<HTMLInputElement, Hold>();
  const watchedRoots = new WeakSet<Node>();
  const watchedInputs = new WeakSet<HTMLInputElement>();
  const opts = { capture: true, signal } as const;

  const onEvent = (event: Event) => {
    if (ownEvents.has(event)) return;
    if (event.type !== 'input' && event.type !== 'change') return;
    const input = event.composedPath()[0];
    if (!isFileInput(input)) return;
    const type = event.type;
    const root = input.getRootNode();
    if (root instanceof ShadowRoot && !watchedRoots.has(root)) {
      // `change` is not composed: from here on, this root's file inputs are seen where it is.
      watchedRoots.add(root);
      root.addEventListener('input', onEvent, opts);
      root.addEventListener('change', onEvent, opts);
    }
    const files = Array.from(input.files ?? []);
    const hold = held.get(input);
    if (hold && (files.length === 0 || sameFiles(files, hold.files))) {
      // The rest of a selection being decided (we emptied the input when we took its files).
      event.stopImmediatePropagation();
      hold.types.add(type);
      return;
    }
    if (files.length === 0) return; // a cleared input, or a cancelled picker: the page's business
    event.stopImmediatePropagation();
    // A real selection always fires both; a page's own dispatch is answered in kind.
    const next: Hold = { files, types: new Set(event.isTrusted ? ['input', 'change'] : [type]) };
    held.set(input, next); // a newer selection replaces one still being decided
    input.value = ''; // the page cannot read them meanwhile
    void decide(files, input)
      .catch(() => false)
      .then(async (ok) => {
        await nextTask();
        finish(input, next, ok);
      });
  };

  const finish = (input: HTMLInputElement, hold: Hold, ok: boolean) => {
    if (held.get(input) !== hold) return; // a newer selection on this input took over
    held.delete(input);
    if (!ok || signal.aborted) return; // refused: the input stays empty, the page saw nothing
    const data = new DataTransfer();
    for (const file of hold.files) data.items.add(file);
    input.files = data.files;
    for (const type of ['input', 'change'] as const) {
      if (!hold.types.has(type)) continue;
      const event = new Event(type, { bubbles: true, composed: type === 'input' });
      ownEvents.add(event);
      input.dispatchEvent(event);
    }
  };

  window.addEventListener('input', onEvent, opts);
  window.addEventListener('change', onEvent, opts);

  const watch = (input: unknown) => {
    if (!isFileInput(input) || watchedInputs.has(input)) return;
    watchedInputs.add(input);
    // Capture listeners at the target run before the page's non-capture ones on it.
    input.addEventListener('input', onEvent, opts);
    input.addEventListener('change', onEvent, opts);
  };
  // The page-world hook (file-picker-relay.ts) names detached file inputs the page opens.
  window.addEventListener(FILE_INPUT_RELAY_EVENT, (event) => watch((event as FocusEvent).relatedTarget), opts);

  return { watch };
}
