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

/** One file the page "uploaded" (what it read from `input.files` on `change`). */
export interface UploadedFile {
  name: string;
  type: string;
  size: number;
  /** The file's content read as UTF-8 (what the app would send to its server). */
  text: string;
}

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
  /**
   * Events the PAGE's own early listeners saw (window, capture phase). `fileChanges`: `input` or
   * `change` events of a file input that carried files (a shadow-root input's `change` never
   * reaches window; its `input` does). `uploadHandler`: runs of the page's own `change` handler
   * of its file input, wherever the input lives, with or without files.
   */
  pageSaw: { enterKeydowns: number; sendClicks: number; pastes: number; drops: number; fileChanges: number; uploadHandler: number };
  /** Every upload this page made (one entry per `change` of its file input with files), since load. */
  uploads: UploadedFile[][];
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
