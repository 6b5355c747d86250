import type { Channel } from '../contracts/messages';
import { createLocator, readComposerText, type Composer, type ComposerLocator } from './composer';
import { ownEvents } from './editor-io';

export type SendTrigger = 'enter' | 'click' | 'submit';

export interface SendAttempt {
  composer: Composer;
  /** The control that sends this composer, when known (used to replay the send). */
  sendControl: HTMLElement | null;
  text: string;
  trigger: SendTrigger;
  channel: Channel;
}

/** Text or files about to land in the composer through paste or drop. */
export interface IncomingContent {
  composer: Composer;
  channel: 'paste' | 'drop';
  text: string;
  files: File[];
}

export interface InterceptorOptions {
  signal: AbortSignal;
  /**
   * Called synchronously for every send attempt; return true to stop it before the page sees
   * it. Must be synchronous: `preventDefault` only works during dispatch.
   */
  onSend(attempt: SendAttempt): boolean;
  /** The same question as `onSend` without side effects (no UI, no report), for press events. */
  wouldStop(attempt: SendAttempt): boolean;
  /** Called synchronously for paste/drop into a composer; return true to stop it. */
  onIncoming?(incoming: IncomingContent): boolean;
  /** Our own inline UI: key events inside it are kept from the page and handed to it. */
  ui?: { owns(event: Event): boolean; handleKey(event: KeyboardEvent): void };
  /** Where composers and send controls are (site adapter, else generic heuristics). */
  locator?: ComposerLocator;
}

/** Pointer/mouse events that some apps send on, besides click; stopped together with it. */
const POINTER_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;
const UI_KEY_EVENTS = ['keydown', 'keypress', 'keyup'] as const;

/**
 * Capture-phase listeners on `window`, installed at document_start so they run before any
 * listener the page registers on window, document or the editor. Events we dispatch ourselves
 * (replays, write-backs) pass untouched.
 */
export function installInterceptor(options: InterceptorOptions): void {
  const { signal, onSend, wouldStop, onIncoming, ui } = options;
  const { composerFromTarget, sendControlFromTarget, composerForControl, sendControlFor } = options.locator ?? createLocator(null);
  const stop = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (ownEvents.has(event)) return;
    // Shift+Enter is a newline; during IME composition Enter confirms the candidate (keyCode 229
    // covers browsers that report isComposing late).
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    const composer = composerFromTarget(event.target);
    if (!composer) return;
    const attempt: SendAttempt = {
      composer,
      sendControl: sendControlFor(composer),
      text: readComposerText(composer),
      trigger: 'enter',
      channel: 'typed',
    };
    if (onSend(attempt)) stop(event);
  };

  const onPointer = (event: Event) => {
    if (ownEvents.has(event)) return;
    const control = sendControlFromTarget(event.target);
    if (!control) return;
    const composer = composerForControl(control);
    if (!composer) return;
    const attempt: SendAttempt = { composer, sendControl: control, text: readComposerText(composer), trigger: 'click', channel: 'typed' };
    // Sites that send on press or release are pre-empted by a side-effect-free check; the
    // decision (and any UI) comes with the click, which follows even when these are stopped.
    if (event.type === 'click' ? onSend(attempt) : wouldStop(attempt)) stop(event);
  };

  const onSubmit = (event: Event) => {
    if (ownEvents.has(event) || !(event.target instanceof HTMLFormElement)) return;
    const composer = composerFromTarget(event.target.querySelector('textarea, [contenteditable], [role="textbox"]'));
    if (!composer) return;
    const attempt: SendAttempt = { composer, sendControl: null, text: readComposerText(composer), trigger: 'submit', channel: 'submit' };
    if (onSend(attempt)) stop(event);
  };

  const onPasteOrDrop = (event: ClipboardEvent | DragEvent) => {
    if (ownEvents.has(event) || !onIncoming) return;
    const composer = composerFromTarget(event.target);
    if (!composer) return;
    const data = event instanceof ClipboardEvent ? event.clipboardData : event.dataTransfer;
    if (!data) return;
    const incoming: IncomingContent = {
      composer,
      channel: event.type === 'paste' ? 'paste' : 'drop',
      text: data.getData('text/plain'),
      files: Array.from(data.files ?? []),
    };
    if (incoming.text === '' && incoming.files.length === 0) return;
    if (onIncoming(incoming)) stop(event);
  };

  const onUiKey = (event: KeyboardEvent) => {
    if (!ui?.owns(event)) return;
    // Keep keystrokes typed into our panel (a justification) away from the page's listeners.
    event.stopImmediatePropagation();
    if (event.type === 'keydown') ui.handleKey(event);
  };

  const opts = { capture: true, signal } as const;
  for (const type of UI_KEY_EVENTS) window.addEventListener(type, onUiKey, opts);
  window.addEventListener('keydown', onKeyDown, opts);
  for (const type of POINTER_EVENTS) window.addEventListener(type, onPointer, opts);
  window.addEventListener('submit', onSubmit, opts);
  window.addEventListener('paste', onPasteOrDrop, opts);
  window.addEventListener('drop', onPasteOrDrop, opts);
}
