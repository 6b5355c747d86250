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
  if (isLoneIconControlAfterComposer(control, names)) return control;
  return null;
}

/** Names of icon controls that sit next to composers but do not send. */
const NOT_SEND_WORDS = /attach|file|upload|image|photo|picture|camera|mic|voice|dictat|audio|speak|stop|cancel|menu|more|setting|option|tool|model|search|copy|edit|share|like|close|plus|add|emoji|upgrade|login|sign/i;
/** How far up from a control to look for the composer it belongs to. */
const MAX_SCOPE_DEPTH = 4;

/**
 * The last resort when a control has no send-like name ("Go", an unlabeled arrow): an icon-only
 * control (no visible text of its own) that is the LAST control after the composer in the
 * smallest container holding the control and exactly one composer, and whose names do not say
 * it does something else (attach, voice, stop, …). That is how chat composers are laid out.
 */
function isLoneIconControlAfterComposer(control: HTMLElement, names: string): boolean {
  if ((control.textContent ?? '').trim().length > 2) return false;
  if (NOT_SEND_WORDS.test(names.replace(/[-_]/g, ' '))) return false;
  let scope: Element | null = control.parentElement;
  for (let depth = 0; scope && scope !== document.body && depth < MAX_SCOPE_DEPTH; depth++, scope = scope.parentElement) {
    const composers = scope.querySelectorAll(COMPOSER_SELECTOR);
    if (composers.length === 0) continue;
    const composer = composerFromTarget(composers[0]!);
    // Exactly one composer (its nested editable nodes aside), and it comes before the control.
    if (!composer || Array.from(composers).some((c) => !composer.contains(c))) return false;
    if (!(composer.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING)) return false;
    const controls = Array.from(scope.querySelectorAll(CONTROL_SELECTOR)).filter(
      (c) => !composer.contains(c) && composer.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    return controls.at(-1) === control;
  }
  return false;
}

/** The composer that a send control sends: the nearest one in its form or ancestors. */
export function composerForControl(control: Element): Composer | null {
  for (let scope: Element | null = control.closest('form') ?? control.parentElement; scope; scope = scope.parentElement) {
    const found = scope.querySelector(COMPOSER_SELECTOR);
    if (found instanceof HTMLElement) return composerFromTarget(found);
  }
  return null;
}

/**
 * The text the page would send: blocks (paragraphs) joined by one newline and `<br>` as a
 * newline, the way ProseMirror, TipTap, Quill and Lexical serialise their documents. Not
 * `innerText`, which puts two newlines between paragraphs and depends on layout.
 */
export function readComposerText(composer: Composer): string {
  if (composer instanceof HTMLTextAreaElement) return composer.value;
  const blocks = Array.from(composer.children).filter((c) => BLOCK_TAGS.has(c.tagName));
  if (blocks.length === 0) return inlineText(composer);
  return blocks.map(inlineText).join('\n');
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'PRE', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

function inlineText(block: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += (child as Text).data;
      else if (child.nodeName === 'BR') {
        // Editors keep a placeholder <br> at the end of a block so it has height; not text.
        if (child.nextSibling !== null) out += '\n';
      } else if (child.nodeType === 1) {
        if (BLOCK_TAGS.has(child.nodeName) && out !== '' && !out.endsWith('\n')) out += '\n';
        walk(child);
      }
    }
  };
  walk(block);
  return out;
}

/** Where composers and send controls are on this page: a site adapter's selectors, then heuristics. */
export interface ComposerLocator {
  composerFromTarget(target: EventTarget | null): Composer | null;
  sendControlFromTarget(target: EventTarget | null): HTMLElement | null;
  composerForControl(control: Element): Composer | null;
  sendControlFor(composer: Composer): HTMLElement | null;
  /** Which adapter matched ('generic' when only heuristics apply). */
  readonly adapterId: string;
}

export interface AdapterSelectors {
  id: string;
  composer: readonly string[];
  send: readonly string[];
}

const closestOf = (target: EventTarget | null, selectors: readonly string[]): HTMLElement | null => {
  if (!(target instanceof Element)) return null;
  for (const selector of selectors) {
    const hit = target.closest(selector);
    if (hit instanceof HTMLElement) return hit;
  }
  return null;
};

const firstOf = (selectors: readonly string[]): HTMLElement | null => {
  for (const selector of selectors) {
    const hit = document.querySelector(selector);
    if (hit instanceof HTMLElement) return hit;
  }
  return null;
};

/** The generic send control for a composer: the nearest send-looking control around it. */
function genericSendControlFor(composer: Composer): HTMLElement | null {
  for (let scope: Element | null = composer.closest('form') ?? composer.parentElement; scope; scope = scope.parentElement) {
    for (const control of Array.from(scope.querySelectorAll(CONTROL_SELECTOR))) {
      const send = sendControlFromTarget(control);
      if (send) return send;
    }
    if (scope === document.body) break;
  }
  return null;
}

export function createLocator(adapter: AdapterSelectors | null): ComposerLocator {
  if (!adapter) {
    return {
      adapterId: 'generic',
      composerFromTarget,
      sendControlFromTarget,
      composerForControl,
      sendControlFor: genericSendControlFor,
    };
  }
  return {
    adapterId: adapter.id,
    composerFromTarget: (t) => closestOf(t, adapter.composer) ?? composerFromTarget(t),
    sendControlFromTarget: (t) => closestOf(t, adapter.send) ?? sendControlFromTarget(t),
    composerForControl: (c) => (closestOf(c, adapter.send) ? firstOf(adapter.composer) : null) ?? composerForControl(c),
    sendControlFor: (composer) => firstOf(adapter.send) ?? genericSendControlFor(composer),
  };
}
