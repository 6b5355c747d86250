/**
 * Finding the prompt composer and the send control from an event, without site-specific
 * selectors (the site-adapter layer adds those). Works for textarea, contenteditable editors
 * (ProseMirror, TipTap, Quill, Lexical) and role=textbox.
 */
const COMPOSER_SELECTOR = 'textarea, [contenteditable]:not([contenteditable="false"]), [role="textbox"]';
const CONTROL_SELECTOR = 'button, [role="button"], input[type="submit"]';
const SEND_WORDS = /\b(send|submit|ask)\b/i;

export type Composer = HTMLTextAreaElement | HTMLElement;

/** The composer an event happened in, if any (the outermost editable, e.g. ProseMirror's root). */
export function composerFromTarget(target: EventTarget | null): Composer | null {
  if (!(target instanceof Element)) return null;
  const hit = target.closest(COMPOSER_SELECTOR);
  if (!(hit instanceof HTMLElement)) return null;
  // Rich editors nest editable nodes; the composer is the outermost editable ancestor.
  let outer: HTMLElement = hit;
  for (let p = hit.parentElement; p; p = p.parentElement) {
    if (p.isContentEditable && p.matches(COMPOSER_SELECTOR)) outer = p;
  }
  return outer;
}

/** The send control an event targets, if it looks like one. */
export function sendControlFromTarget(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const control = target.closest(CONTROL_SELECTOR);
  if (!(control instanceof HTMLElement)) return null;
  const names = [
    control.getAttribute('aria-label'),
    control.getAttribute('data-testid'),
    control.getAttribute('title'),
    control.className,
    control.textContent,
  ].join(' ');
  const isSubmit = control instanceof HTMLButtonElement ? control.type === 'submit' : control instanceof HTMLInputElement;
  if (SEND_WORDS.test(names.replace(/[-_]/g, ' ')) || (isSubmit && control.closest('form') !== null)) return control;
  return null;
}

/** The composer that a send control sends: the nearest one in its form or ancestors. */
export function composerForControl(control: Element): Composer | null {
  for (let scope: Element | null = control.closest('form') ?? control.parentElement; scope; scope = scope.parentElement) {
    const found = scope.querySelector(COMPOSER_SELECTOR);
    if (found instanceof HTMLElement) return composerFromTarget(found);
  }
  return null;
}

/** The text the page would send: what the user sees, with line breaks between blocks. */
export function readComposerText(composer: Composer): string {
  if (composer instanceof HTMLTextAreaElement) return composer.value;
  return composer.innerText;
}
