import { render } from 'preact';
import css from '../ui/inline/inline.css?inline';
import type { VerdictChoice, VerdictView } from '../ui/inline/model';
import { TypingIndicator, VerdictPanel } from '../ui/inline/VerdictPanel';

const HOST_TAG = 'shadow-ai-guard-ui';

/**
 * Hosts the inline UI in a shadow root on the page: styles do not leak either way, and the
 * page's own CSS cannot restyle it. Styles are adopted as a constructable sheet, which page CSPs
 * without 'unsafe-inline' styles do not refuse.
 */
export class InlineUi {
  readonly host: HTMLElement;
  private readonly root: HTMLElement;
  private indicatorCount = 0;
  private indicatorAction = '';
  private verdict: { view: VerdictView; resolve: (c: VerdictChoice) => void } | null = null;

  constructor(signal: AbortSignal) {
    this.host = document.createElement(HOST_TAG);
    const shadow = this.host.attachShadow({ mode: 'open' });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [sheet];
    } catch {
      const style = document.createElement('style');
      style.textContent = css;
      shadow.append(style);
    }
    this.root = document.createElement('div');
    this.root.className = 'sag-layer';
    shadow.append(this.root);
    signal.addEventListener('abort', () => {
      render(null, this.root);
      this.host.remove();
    });
  }

  /** True for events that happened inside our UI (the page must not see them). */
  owns(event: Event): boolean {
    return event.composedPath().includes(this.host);
  }

  get showingVerdict(): boolean {
    return this.verdict !== null;
  }

  setIndicator(count: number, action: string): void {
    if (count === this.indicatorCount && action === this.indicatorAction) return;
    this.indicatorCount = count;
    this.indicatorAction = action;
    this.paint();
  }

  /** Shows the verdict panel and resolves with the user's choice. A newer verdict cancels an older one. */
  ask(view: VerdictView): Promise<VerdictChoice> {
    this.verdict?.resolve({ kind: 'cancel' });
    return new Promise((resolve) => {
      this.verdict = {
        view,
        resolve: (choice) => {
          this.verdict = null;
          this.paint();
          resolve(choice);
        },
      };
      this.paint();
    });
  }

  dismiss(): void {
    this.verdict?.resolve({ kind: 'edit' });
  }

  /** Keyboard events inside our UI are kept from the page; the ones we act on come here. */
  handleKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.verdict) this.verdict.resolve({ kind: 'cancel' });
  }

  private paint(): void {
    if (!this.host.isConnected) (document.body ?? document.documentElement).append(this.host);
    render(
      <>
        {this.verdict && <VerdictPanel view={this.verdict.view} onChoice={this.verdict.resolve} />}
        <TypingIndicator count={this.indicatorCount} action={this.indicatorAction} />
      </>,
      this.root,
    );
  }
}
