/** Helpers shared by the editor bundles (page-side). */

/** Sets the site's attributes on an element, merging `class` instead of replacing it. */
export function applyAttrs(el: HTMLElement, attrs: Record<string, string>): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'class') el.classList.add(...value.split(/\s+/).filter(Boolean));
    else el.setAttribute(name, value);
  }
}

/** True while an IME composition is in progress (Enter then confirms the composition, it must not send). */
export function isComposing(e: KeyboardEvent): boolean {
  return e.isComposing || e.keyCode === 229;
}
