import { AI_STRONG_TERMS, hasAiWord, termsIn } from '../../engine/catalog/ai-terms';

/**
 * Boolean AI-page signals of an uncatalogued page, for `scoreAiPage` in the background. Reads
 * the page's structure (is there a chat composer with a send control, does text grow in place
 * after a send), its self-description (title, meta description, og tags: reduced HERE to
 * strong / word / none) and the hosts of its requests (resource timing). No page text, no URL
 * and nothing the user typed leaves this module.
 */

const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""], [role="textbox"]';
const CONTROL = 'button, [role="button"], input[type="submit"]';

/** Placeholders and labels chat UIs use ("Ask anything", "Message ChatGPT", "Describe an image…"). */
const CHAT_LABEL_RE =
  /(?<![\p{L}\p{N}])(?:ask(?: me)? (?:anything|a question|away)|ask [\p{L}]+|message|prompt|chat with|talk to|what can i help|how can i help|what do you want to (?:know|create|make)|describe (?:an?|the|your|what)|type your (?:question|message|prompt)|enter (?:a|your) prompt|send a message)/iu;

function visible(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.width >= 160 && r.height >= 16;
}

/** A large editable with a send-like control near it (same form, or within 4 ancestors). */
export function findChatComposer(root: Document = document): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>(EDITABLE)) {
    if (el instanceof HTMLTextAreaElement && (el.readOnly || el.disabled)) continue;
    if (el.closest('[role="search"], form[role="search"]') || !visible(el)) continue;
    let scope: Element | null = el.parentElement;
    for (let i = 0; scope && i < 4; i++, scope = scope.parentElement) {
      if ([...scope.querySelectorAll(CONTROL)].some((c) => !el.contains(c))) return el;
    }
  }
  return null;
}

/** Whether the composer's placeholder / label reads like a chat prompt. */
export function placeholderChatLike(composer: HTMLElement | null): boolean {
  if (!composer) return false;
  const label = ['placeholder', 'aria-placeholder', 'data-placeholder', 'aria-label']
    .map((a) => composer.getAttribute(a) ?? '')
    .join(' ')
    .slice(0, 200);
  return label.trim() !== '' && (CHAT_LABEL_RE.test(label) || hasAiWord(label) || termsIn(label, AI_STRONG_TERMS).length > 0);
}

/** Title + meta description + og tags, reduced to how strongly they say "AI". */
export function selfDescription(root: Document = document): 'strong' | 'word' | 'none' {
  const meta = (sel: string) => root.querySelector<HTMLMetaElement>(sel)?.content ?? '';
  const text = [root.title, meta('meta[name="description"]'), meta('meta[property="og:title"]'), meta('meta[property="og:description"]'), meta('meta[property="og:site_name"]')]
    .join(' ')
    .slice(0, 2000);
  if (termsIn(text, AI_STRONG_TERMS).length) return 'strong';
  return hasAiWord(text) ? 'word' : 'none';
}

/** Distinct hosts the page requested (other than its own), at most 100. */
export function requestHosts(ownHost: string): string[] {
  const hosts = new Set<string>();
  for (const e of performance.getEntriesByType('resource')) {
    try {
      const h = new URL(e.name).hostname.toLowerCase();
      if (h && h !== ownHost) hosts.add(h);
    } catch {
      // not a URL
    }
    if (hosts.size >= 100) break;
  }
  return [...hosts];
}

/**
 * Watches for answers streaming in after a send: some element outside the composer whose text
 * grows in place at least 3 times within 20 s of Enter in an editable, or of a click on a
 * control near a chat composer. Listens from the script's start (the background's answer may
 * come after the user's first send); the DOM observer runs only while armed.
 */
export class StreamWatcher {
  streamed = false;
  private armedUntil = 0;
  private composer: HTMLElement | null = null;
  private listener: (() => void) | null = null;
  private readonly growth = new WeakMap<Node, { len: number; grows: number }>();
  private readonly observer = new MutationObserver((records) => this.onMutations(records));
  private readonly abort = new AbortController();

  constructor(signal: AbortSignal) {
    const opts = { capture: true, signal: this.abort.signal };
    window.addEventListener('keydown', (e) => e.key === 'Enter' && !e.shiftKey && this.gesture(e.target, 'key'), opts);
    window.addEventListener('click', (e) => this.gesture(e.target, 'click'), opts);
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Calls `listener` once answers stream (at once if they already did). */
  onStreamed(listener: () => void): void {
    if (this.streamed) listener();
    else this.listener = listener;
  }

  stop(): void {
    this.abort.abort();
    this.observer.disconnect();
  }

  private gesture(target: EventTarget | null, kind: 'key' | 'click'): void {
    if (this.streamed || !(target instanceof Element)) return;
    if (kind === 'key') {
      if (!target.matches(EDITABLE) && !target.closest('[contenteditable="true"]')) return;
      this.composer = target as HTMLElement;
    } else {
      if (!target.closest(CONTROL)) return;
      const composer = this.composer?.isConnected ? this.composer : findChatComposer();
      const area = composer?.parentElement?.parentElement?.parentElement;
      if (!composer || !area?.contains(target)) return;
      this.composer = composer;
    }
    if (this.armedUntil < Date.now()) this.observer.observe(document.body, { childList: true, characterData: true, subtree: true });
    this.armedUntil = Date.now() + 20_000;
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.streamed) return;
    if (Date.now() > this.armedUntil) {
      this.observer.disconnect();
      return;
    }
    for (const r of records) {
      const el = r.type === 'characterData' ? r.target.parentElement : r.target;
      if (!(el instanceof Element) || this.composer?.contains(el) || (this.composer && el.contains(this.composer))) continue;
      const len = el.textContent?.length ?? 0;
      const g = this.growth.get(el) ?? { len, grows: 0 };
      if (len > g.len) g.grows += 1;
      g.len = len;
      this.growth.set(el, g);
      if (g.grows >= 3) {
        this.streamed = true;
        this.stop();
        this.listener?.();
        return;
      }
    }
  }
}
