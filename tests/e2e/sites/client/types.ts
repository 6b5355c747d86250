/** Contract between the app shell (shell.ts) and the editor bundles (editors/*.ts). Page-side. */
import type { EditorKind } from '../catalog';

export type { EditorKind };

/** What an editor bundle hands the shell once its editor exists. */
export interface EditorHandle {
  kind: EditorKind;
  /** The editable element (contenteditable root or textarea). */
  element: HTMLElement;
  /** The prompt text the way the app reads it before sending. */
  getText(): string;
  /** Empties the editor through its own API (as the app does after sending). */
  clear(): void;
}

export interface EditorContext {
  /** The element to build the editor in. */
  mount: HTMLElement;
  /** Attributes the site puts on its editable element (id, aria-label, class…). */
  attrs: Record<string, string>;
  /** The app's send action; returns whether something was sent (empty prompts are not). */
  send(): boolean;
}

export type EditorFactory = (ctx: EditorContext) => EditorHandle;

export interface SentEntry {
  text: string;
  editor: EditorKind;
  at: number;
}

/** `window.__fixture`: what tests read from the page. */
export interface FixturePageApi {
  host: string;
  editor: EditorKind | null;
  ready: boolean;
  /** Every prompt this page sent (since load). */
  sent: SentEntry[];
  /** Keydown/click events the PAGE's own early listeners saw (window, capture phase). */
  pageSaw: { enterKeydowns: number; sendClicks: number; pastes: number; drops: number };
  /** Last error thrown while creating the editor or sending, if any. */
  error: string | null;
  composerText(): string;
  clearComposer(): void;
  /** Sends the same way the UI does (used by tests only for diagnostics). */
  send(): boolean;
}

export interface FixtureShellApi {
  mount(kind: EditorKind, factory: EditorFactory): void;
}

export interface FixtureWindow {
  __fixture?: FixturePageApi;
  __fixtureShell?: FixtureShellApi;
}
