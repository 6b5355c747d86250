import { expect, type Locator, type Page } from '@playwright/test';
import { chatSite, CHAT_HOSTS, genericMarkup, type EditorKind, type MarkupKind, type UploadMode } from '../sites/catalog';
import type { FixturePageApi, FixtureWindow } from '../sites/client/types';
import type { FixtureServer, UploadRecord } from '../support/fixture-server';

/** Files to attach: paths on disk (the browser derives the MIME type from the extension, as for a user's file) or payloads. */
export type AttachFiles = string | readonly string[] | { name: string; mimeType: string; buffer: Buffer } | readonly { name: string; mimeType: string; buffer: Buffer }[];

/** Locator of the editable element, whatever the editor: every fixture composer lives in [data-fixture-mount]. */
const COMPOSER = '[data-fixture-mount] :is(textarea, [contenteditable="true"])';
const ANY_SEND = [...new Set(CHAT_HOSTS.map((h) => chatSite(h).send))].map((s) => `.fx-composer-area ${s}`).join(', ');

export type PasteMode = 'auto' | 'keyboard' | 'event';

/**
 * Page object for a fixture AI chat page (tests/e2e/sites). `sentTexts()` reads what reached the
 * fixture SERVER (POST /__fixture/sent), i.e. what would have left the browser.
 */
export class ChatPage {
  readonly composer: Locator;
  readonly sendButton: Locator;
  /** Host this page object expects (set by `open`, or by the constructor's opts). */
  host: string | undefined;
  /** Editor kind requested with `open` (undefined = the host's default). */
  editor: EditorKind | undefined;
  /** The Content-Security-Policy header of the page response (null if none), set by `open`. */
  csp: string | null = null;
  /** Index into `server.sent()` from which `sentTexts()` counts (see `forgetSent`). */
  private baseline: number;
  /** How many records `sentTexts()` last returned; `expectNothingSent` fails on anything beyond. */
  private acknowledged = 0;
  /** Index into `server.uploads()` from which `uploads()` counts. */
  private uploadBaseline: number;

  constructor(
    readonly page: Page,
    readonly server: FixtureServer,
    opts: { host?: string; editor?: EditorKind; markup?: MarkupKind } = {},
  ) {
    this.host = opts.host;
    this.editor = opts.editor;
    this.composer = page.locator(COMPOSER).first();
    const site = opts.host ? chatSite(opts.host) : null;
    const send = site && (opts.markup === 'generic' ? genericMarkup(site) : site).send;
    this.sendButton = page.locator(send ? `.fx-composer-area ${send}` : ANY_SEND).first();
    this.baseline = server.sent().length;
    this.uploadBaseline = server.uploads().length;
  }

  /**
   * Opens `host`'s chat page (optionally with another editor, without CSP, or with markup no site
   * adapter matches: `markup: 'generic'`) and waits until its editor is ready.
   */
  static async open(
    page: Page,
    server: FixtureServer,
    host: string,
    opts: { editor?: EditorKind; csp?: 'strict' | 'none'; markup?: MarkupKind; upload?: UploadMode } = {},
  ): Promise<ChatPage> {
    const chat = new ChatPage(page, server, { host, editor: opts.editor, markup: opts.markup });
    const query: Record<string, string> = {};
    if (opts.editor) query.editor = opts.editor;
    if (opts.markup && opts.markup !== 'site') query.markup = opts.markup;
    if (opts.csp) query.csp = opts.csp;
    if (opts.upload) query.upload = opts.upload;
    const response = await page.goto(server.url(host, undefined, query));
    if (!response || !response.ok()) throw new Error(`ChatPage.open(${host}): HTTP ${response?.status() ?? 'no response'}`);
    chat.csp = (await response.allHeaders())['content-security-policy'] ?? null;
    await chat.ready();
    return chat;
  }

  /** Waits until the page's editor exists (after `open`, or after `page.reload()`). */
  async ready(): Promise<void> {
    const handle = await this.page.waitForFunction(
      () => {
        const f = (window as unknown as FixtureWindow).__fixture;
        return f && (f.ready || f.error) ? { ready: f.ready, error: f.error, editor: f.editor } : null;
      },
      undefined,
      { timeout: 10_000 },
    );
    const state = (await handle.jsonValue()) as { ready: boolean; error: string | null; editor: EditorKind | null };
    await handle.dispose();
    if (!state.ready) throw new Error(`fixture page failed to start: ${state.error}`);
    if (this.editor && state.editor !== this.editor) throw new Error(`expected editor ${this.editor}, page has ${state.editor}`);
    this.editor ??= state.editor ?? undefined;
    await expect(this.composer).toBeVisible();
  }

  /** The page's `window.__fixture` state (sent log, what its early listeners saw). */
  pageState(): Promise<Pick<FixturePageApi, 'host' | 'editor' | 'ready' | 'sent' | 'pageSaw' | 'uploads' | 'error'>> {
    return this.page.evaluate(() => {
      const { host, editor, ready, sent, pageSaw, uploads, error } = (window as unknown as FixtureWindow).__fixture!;
      return { host, editor, ready, sent, pageSaw, uploads, error };
    });
  }

  /** Focuses the composer by clicking it, unless it already has focus; the caret then goes to the end. */
  async focusComposer(): Promise<void> {
    const focused = await this.composer.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
    if (focused) return;
    await this.composer.click();
    await this.page.keyboard.press('ControlOrMeta+End');
  }

  /** Types like a user (trusted key events). "\n" in `text` is typed as Shift+Enter (a newline, not a send). */
  async type(text: string): Promise<void> {
    await this.focusComposer();
    const lines = text.split('\n');
    for (const [i, line] of lines.entries()) {
      if (i > 0) await this.page.keyboard.press('Shift+Enter');
      if (line) await this.page.keyboard.type(line);
    }
  }

  /**
   * Enters `text` at the caret as one trusted insertion per line (CDP `Input.insertText`, what
   * dictation, autocomplete and an IME commit deliver: `beforeinput`/`input`, no key events);
   * "\n" is a Shift+Enter like in `type`. Specs use it in the steps where key-by-key typing is not
   * what they check: a typed character costs ~10–25 ms of CDP round trips on 2-core runners.
   */
  async insert(text: string): Promise<void> {
    await this.focusComposer();
    const lines = text.split('\n');
    for (const [i, line] of lines.entries()) {
      if (i > 0) await this.page.keyboard.press('Shift+Enter');
      if (line) await this.page.keyboard.insertText(line);
    }
  }

  /**
   * How a step's text reaches the editor for a send trigger: key by key before Enter, in one
   * trusted insertion (dictation, autocomplete) before a click on send. Specs that run every case
   * with both triggers so meet both ways of input, at half the typing time.
   */
  inputFor(trigger: 'enter' | 'click'): (text: string) => Promise<void> {
    return trigger === 'enter' ? (text) => this.type(text) : (text) => this.insert(text);
  }

  async pressEnter(): Promise<void> {
    await this.focusComposer();
    await this.page.keyboard.press('Enter');
  }

  async shiftEnter(): Promise<void> {
    await this.focusComposer();
    await this.page.keyboard.press('Shift+Enter');
  }

  async clickSend(): Promise<void> {
    await this.sendButton.click();
  }

  /**
   * Pastes `text` at the caret.
   * - 'keyboard': writes the system clipboard (navigator.clipboard, permissions granted to the
   *   context) and presses Ctrl/Cmd+V: a TRUSTED paste, exactly what a user does. Works in
   *   headless Chromium; the clipboard is per browser process.
   * - 'event': dispatches `new ClipboardEvent('paste', {clipboardData})` on the composer. Such an
   *   event is UNTRUSTED (`isTrusted === false`; that cannot be faked) and browsers perform no
   *   default action for it, so a plain <textarea> ignores it; ProseMirror/TipTap/Quill/Lexical
   *   insert from `clipboardData` themselves.
   * - 'auto' (default): 'keyboard'; if the clipboard cannot be written (e.g. permissions not
   *   grantable), falls back to 'event'.
   */
  async paste(text: string, mode: PasteMode = 'auto'): Promise<void> {
    await this.focusComposer();
    if (mode === 'event') {
      await this.composer.evaluate((el, t) => {
        const data = new DataTransfer();
        data.setData('text/plain', t);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
      }, text);
      return;
    }
    const origin = new URL(this.page.url()).origin;
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await this.page.bringToFront(); // the Clipboard API needs a focused document
    const written = await this.page.evaluate(async (t) => {
      try {
        await navigator.clipboard.writeText(t);
        return (await navigator.clipboard.readText()) === t ? null : 'clipboard read back differs';
      } catch (err) {
        return String(err);
      }
    }, text);
    if (written !== null) {
      if (mode === 'keyboard') throw new Error(`paste: cannot write the clipboard (${written})`);
      return this.paste(text, 'event');
    }
    await this.focusComposer();
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  /** The page's attach button (sites with uploads: tests/e2e/sites/catalog.ts `upload`). */
  get attachButton(): Locator {
    return this.page.locator('[data-fixture-attach]');
  }

  /**
   * Attaches files like a user: clicks the attach button, which opens the page's hidden file
   * input (wherever it lives: in the document, in a shadow root, or detached), and picks `files`
   * in the file chooser. The browser sets the input's files and fires its input and change events.
   */
  async attach(files: AttachFiles): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.attachButton.click()]);
    await chooser.setFiles(files);
  }

  /** What the page uploaded (read from its file input and POSTed to the fixture server) since `open`. */
  uploads(): UploadRecord[] {
    return this.server
      .uploads()
      .slice(this.uploadBaseline)
      .filter((r) => this.host === undefined || r.host === this.host);
  }

  /** Waits `ms` and asserts the page uploaded nothing since `open` (or the last `forgetUploads`). */
  async expectNothingUploaded(ms = 400): Promise<void> {
    await this.page.waitForTimeout(ms);
    expect(
      this.uploads().map((u) => u.files.map((f) => f.name)),
      'uploads that reached the AI site unexpectedly',
    ).toEqual([]);
  }

  /** Starts counting `uploads()` afresh from now. */
  forgetUploads(): void {
    this.uploadBaseline = this.server.uploads().length;
  }

  /** The composer's text as the app reads it when sending (blocks joined with "\n"). */
  composerText(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as FixtureWindow).__fixture!.composerText());
  }

  /** Empties the composer through the editor's API. */
  clearComposer(): Promise<void> {
    return this.page.evaluate(() => (window as unknown as FixtureWindow).__fixture!.clearComposer());
  }

  /** Texts the server received from this page's host since `open` (or the last `forgetSent`). */
  async sentTexts(): Promise<string[]> {
    const records = this.records();
    this.acknowledged = records.length;
    return records.map((r) => r.text);
  }

  /** Starts counting `sentTexts()` afresh from now. */
  forgetSent(): void {
    this.baseline = this.server.sent().length;
    this.acknowledged = 0;
  }

  /**
   * Waits `ms` and asserts that nothing reached the server beyond what `sentTexts()` already
   * returned (so it catches a send that happened before the call, and a late or second one).
   */
  async expectNothingSent(ms = 400): Promise<void> {
    await this.page.waitForTimeout(ms);
    const extra = this.records().slice(this.acknowledged).map((r) => r.text);
    expect(extra, 'prompts that reached the server unexpectedly').toEqual([]);
  }

  private records() {
    return this.server
      .sent()
      .slice(this.baseline)
      .filter((r) => this.host === undefined || r.host === this.host);
  }
}
