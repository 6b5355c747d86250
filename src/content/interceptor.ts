import type { Channel } from '../contracts/messages';
import { composerForControl, composerFromTarget, readComposerText, sendControlFromTarget, type Composer } from './composer';

export type SendTrigger = 'enter' | 'click' | 'submit';

export interface SendAttempt {
  composer: Composer;
  text: string;
  trigger: SendTrigger;
  channel: Channel;
}

export interface InterceptorOptions {
  signal: AbortSignal;
  /**
   * Called synchronously for every send attempt. Return true to stop it before the page sees it.
   * Must be synchronous: `preventDefault` only works during dispatch.
   */
  shouldStop(attempt: SendAttempt): boolean;
  onStopped?(attempt: SendAttempt): void;
}

/** Pointer/mouse events that some apps send on, besides click; stopped together with it. */
const POINTER_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;

/**
 * Capture-phase listeners on `window`, installed at document_start so they run before any
 * listener the page registers (a page listener on window/capture registered earlier would run
 * first; see docs in README "Why document_start").
 */
export function installInterceptor({ signal, shouldStop, onStopped }: InterceptorOptions): void {
  const stop = (event: Event, attempt: SendAttempt) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type === 'click' || event.type === 'keydown' || event.type === 'submit') onStopped?.(attempt);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Shift+Enter is a newline; during IME composition Enter confirms the candidate (keyCode 229
    // covers browsers that report isComposing late).
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    const composer = composerFromTarget(event.target);
    if (!composer) return;
    const attempt: SendAttempt = { composer, text: readComposerText(composer), trigger: 'enter', channel: 'typed' };
    if (shouldStop(attempt)) stop(event, attempt);
  };

  const onPointer = (event: Event) => {
    const control = sendControlFromTarget(event.target);
    if (!control) return;
    const composer = composerForControl(control);
    if (!composer) return;
    const attempt: SendAttempt = { composer, text: readComposerText(composer), trigger: 'click', channel: 'typed' };
    if (shouldStop(attempt)) stop(event, attempt);
  };

  const onSubmit = (event: Event) => {
    if (!(event.target instanceof HTMLFormElement)) return;
    const found = event.target.querySelector('textarea, [contenteditable], [role="textbox"]');
    const composer = composerFromTarget(found);
    if (!composer) return;
    const attempt: SendAttempt = { composer, text: readComposerText(composer), trigger: 'submit', channel: 'submit' };
    if (shouldStop(attempt)) stop(event, attempt);
  };

  const opts = { capture: true, signal } as const;
  window.addEventListener('keydown', onKeyDown, opts);
  for (const type of POINTER_EVENTS) window.addEventListener(type, onPointer, opts);
  window.addEventListener('submit', onSubmit, opts);
}
