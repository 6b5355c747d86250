import { chromium, expect, test as base, type Browser, type ConsoleMessage, type Page } from '@playwright/test';
import { ChatPage } from './pages/chat-page';
import { chatSite, CHAT_HOSTS, IDENTITY_HOSTS, UPLOAD_MODES } from './sites/catalog';
import { BASE_CHROMIUM_ARGS, chromiumPath } from './support/browser';
import { EDITORS, startFixtureServer, type EditorKind, type FixtureServer } from './support/fixture-server';

/**
 * Smoke test of the fixture AI sites themselves, WITHOUT the extension: each real editor library
 * sends exactly what was typed, once, under the strict CSP; Shift+Enter is a newline; paste lands
 * in the editor. The extension specs rely on all of this.
 */

const test = base.extend<{ page: Page; problems: string[] }, { server: FixtureServer; browser: Browser }>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  browser: [
    async ({ server }, use) => {
      const browser = await chromium.launch({
        executablePath: chromiumPath(),
        headless: true,
        args: [...BASE_CHROMIUM_ARGS, `--host-resolver-rules=${server.hostResolverRules}`],
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  /** Console errors, CSP violations and page errors seen during the test; must stay empty. */
  // eslint-disable-next-line no-empty-pattern
  problems: async ({}, use) => {
    await use([]);
  },
  page: async ({ browser, problems }, use) => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    page.on('console', (msg: ConsoleMessage) => {
      if (msg.type() === 'error' || /Content Security Policy/i.test(msg.text())) problems.push(`console.${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    await use(page);
    await context.close();
  },
});

// Independent tests: spread them over both workers (each has its own server and browser).
test.describe.configure({ mode: 'parallel' });

/** The host whose real app uses each editor library. */
const HOST_FOR: Record<EditorKind, string> = {
  prosemirror: 'chatgpt.com',
  tiptap: 'claude.ai',
  quill: 'gemini.google.com',
  lexical: 'www.perplexity.ai',
  textarea: 'copilot.microsoft.com',
};

const LINE_1 = 'Summarise: naïve café — 東京 🚀 "quotes" & <tags> \\ 100%';
const LINE_2 = 'second line ✓ 👩🏽‍💻 e\u0301';
const TWO_LINES = `${LINE_1}\n${LINE_2}`;

for (const editor of EDITORS) {
  for (const trigger of ['enter', 'click'] as const) {
    test(`${editor} · ${trigger}: sends exactly what was entered, once`, async ({ page, server, problems }) => {
      const chat = await ChatPage.open(page, server, HOST_FOR[editor], { editor });
      expect(chat.csp).toContain("script-src 'self'");
      const send = () => (trigger === 'enter' ? chat.pressEnter() : chat.clickSend());
      // Every editor must take both ways of input (ChatPage.inputFor).
      const input = chat.inputFor(trigger);

      await test.step('empty prompt → nothing sent', async () => {
        await send();
        await chat.expectNothingSent(200);
      });

      await test.step('Shift+Enter inserts a newline and sends nothing', async () => {
        await input(LINE_1);
        await chat.shiftEnter();
        await input(LINE_2);
        await chat.expectNothingSent(200);
        expect(await chat.composerText()).toBe(TWO_LINES);
      });

      await test.step(`${trigger} sends the text byte-identical, once, and clears the composer`, async () => {
        await send();
        await expect.poll(() => chat.sentTexts()).toEqual([TWO_LINES]);
        await chat.expectNothingSent();
        expect(await chat.composerText()).toBe('');
        const state = await chat.pageState();
        expect(state.sent.map((s) => [s.text, s.editor])).toEqual([[TWO_LINES, editor]]);
        await expect(page.locator('.sent-log .fx-user').last()).toHaveText(TWO_LINES, { useInnerText: true });
        if (trigger === 'enter') expect(state.pageSaw.enterKeydowns).toBeGreaterThanOrEqual(1);
        else expect(state.pageSaw.sendClicks).toBe(2); // the empty-prompt click and this one
      });

      await test.step('the composer keeps working after a send', async () => {
        chat.forgetSent();
        await input('again');
        await send();
        await expect.poll(() => chat.sentTexts()).toEqual(['again']);
      });

      expect(problems).toEqual([]);
    });
  }

  test(`${editor}: paste lands in the editor (trusted Ctrl+V and synthetic event)`, async ({ page, server, problems }) => {
    const chat = await ChatPage.open(page, server, HOST_FOR[editor], { editor });
    await chat.type('before ');
    await chat.paste(`pasted 📋 text`);
    await expect.poll(() => chat.composerText()).toBe('before pasted 📋 text');
    await chat.paste('\nand a second line');
    await expect.poll(() => chat.composerText()).toBe('before pasted 📋 text\nand a second line');
    await chat.expectNothingSent(100);
    expect((await chat.pageState()).pageSaw.pastes).toBe(2);

    if (editor !== 'textarea') {
      // An untrusted paste event: the editor libraries insert from clipboardData themselves.
      await chat.clearComposer();
      await chat.paste('synthetic paste', 'event');
      await expect.poll(() => chat.composerText()).toBe('synthetic paste');
    }
    await chat.pressEnter();
    await expect.poll(() => chat.sentTexts()).toHaveLength(1);
    expect(problems).toEqual([]);
  });
}

/** Per host: a selector the extension's site adapter for that host relies on (src/engine/sites/adapters.ts). */
const ADAPTER_MARKUP: Record<string, string> = {
  'chatgpt.com': 'form div#prompt-textarea.ProseMirror[contenteditable="true"]',
  'chat.openai.com': 'form div#prompt-textarea.ProseMirror[contenteditable="true"]',
  'claude.ai': 'fieldset div.ProseMirror[contenteditable="true"]',
  'gemini.google.com': 'rich-textarea .ql-editor[contenteditable="true"]',
  'copilot.microsoft.com': 'textarea#userInput',
  'www.perplexity.ai': 'div#ask-input[contenteditable="true"][data-lexical-editor="true"]',
  'chat.deepseek.com': 'textarea#chat-input',
  'chat.mistral.ai': 'form div.ProseMirror[contenteditable="true"]',
  'grok.com': 'form textarea',
  'www.meta.ai': 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  'poe.com': 'textarea[class*="GrowingTextArea_textArea"]',
  'huggingface.co': 'form textarea[placeholder]',
  'unknown-ai.example': 'textarea:not([id]):not([class])',
  'app.example-llm.test': 'div[contenteditable="true"][role="textbox"]:not([id])',
};

for (const host of CHAT_HOSTS) {
  test(`${host}: real-app markup, default editor, Enter sends`, async ({ page, server, problems }) => {
    const site = chatSite(host);
    const chat = await ChatPage.open(page, server, host);
    expect(chat.editor).toBe(site.editor);
    expect(new URL(page.url()).hostname).toBe(host);
    await expect(page.locator(site.send)).toHaveCount(1);
    await expect(page.locator(ADAPTER_MARKUP[host] ?? 'no adapter markup listed for this host')).toHaveCount(1);
    for (const [name, value] of Object.entries(site.composerAttrs)) {
      if (name === 'class') await expect(chat.composer).toContainClass(value);
      else await expect(chat.composer).toHaveAttribute(name, value);
    }
    const text = `hello from ${host} 👋`;
    await chat.type(text);
    await chat.pressEnter();
    await expect.poll(() => chat.sentTexts()).toEqual([text]);
    expect(server.sent(host).at(-1)).toMatchObject({ host, editor: site.editor, text });
    await chat.type('and by the send control');
    await chat.clickSend();
    await expect.poll(() => chat.sentTexts()).toEqual([text, 'and by the send control']);
    expect(problems).toEqual([]);
  });
}

/** Sites with an attach button and file input (catalog `upload`), in every place the input can live. */
for (const host of CHAT_HOSTS.filter((h) => chatSite(h).upload)) {
  for (const upload of UPLOAD_MODES) {
    test(`${host} · upload=${upload}: the attach button uploads the chosen files, once`, async ({ page, server, problems }) => {
      const chat = await ChatPage.open(page, server, host, { upload });
      const files = [
        { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('plain notes ✓\n') },
        { name: '.env', mimeType: '', buffer: Buffer.from('LOG_LEVEL=debug\n') },
      ];
      await chat.attach(files);
      await expect.poll(() => chat.uploads().map((u) => u.files.map((f) => [f.name, f.text]))).toEqual([
        [
          ['notes.txt', 'plain notes ✓\n'],
          ['.env', 'LOG_LEVEL=debug\n'],
        ],
      ]);
      const state = await chat.pageState();
      expect(state.uploads).toHaveLength(1);
      expect(state.pageSaw.uploadHandler).toBe(1);
      // The page empties its input after reading it, so the same file can be chosen again.
      await chat.attach(files[0]!);
      await expect.poll(() => chat.uploads()).toHaveLength(2);
      await expect(page.locator('.fx-attachment')).toHaveCount(3);
      expect(problems).toEqual([]);
    });
  }
}

test('CSP: strict by default, ?csp=none drops it, and every editor works without it too', async ({ page, server, problems }) => {
  for (const editor of EDITORS) {
    const chat = await ChatPage.open(page, server, 'unknown-ai.example', { editor, csp: 'none' });
    expect(chat.csp).toBeNull();
    await chat.type(`no csp ${editor}`);
    await chat.clickSend();
    await expect.poll(() => chat.sentTexts()).toEqual([`no csp ${editor}`]);
  }
  const strict = await ChatPage.open(page, server, 'unknown-ai.example');
  expect(strict.csp).toMatch(/default-src 'self'.*script-src 'self'/);
  expect(strict.csp).not.toContain('unsafe-eval');
  expect(problems).toEqual([]);
});

test('the CSP is enforced and its violations are caught by this spec', async ({ page, server, problems }) => {
  await ChatPage.open(page, server, 'chatgpt.com');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.inlineRan = "yes"';
    document.head.append(script);
    return document.documentElement.dataset.inlineRan ?? 'no';
  });
  expect(ran).toBe('no');
  await expect.poll(() => problems.join('\n')).toMatch(/Content Security Policy/);
  problems.length = 0;
});

test('other routes: identity providers, non-chat paths, health, sent endpoint, request log', async ({ page, server }) => {
  for (const host of IDENTITY_HOSTS) {
    const res = await page.goto(server.url(host, '/o/oauth2/v2/auth', { client_id: 'x', redirect_uri: 'https://chatgpt.com/cb' }));
    expect(res?.status(), host).toBe(200);
    await expect(page.getByRole('heading', { name: /Sign in/ })).toBeVisible();
  }
  await page.goto(server.url('huggingface.co', '/models'));
  await expect(page.locator('[data-fixture-mount]')).toHaveCount(0);
  await ChatPage.open(page, server, 'huggingface.co'); // /chat/
  await page.goto(server.url('claude.ai', '/chat/3f2a-any/deep/path'));
  await expect(page.locator('fieldset div.ProseMirror')).toHaveCount(1); // SPA: any path is the app

  const health = await page.goto(server.url('chatgpt.com', '/__fixture/health'));
  expect(await health?.json()).toMatchObject({ ok: true, build: server.buildId });

  const before = server.sent().length;
  const status = await page.evaluate(async () => {
    const r = await fetch('/__fixture/sent', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'canary-123', editor: 'textarea' }) });
    return r.status;
  });
  expect(status).toBe(204);
  expect(server.sent().slice(before)).toMatchObject([{ host: 'chatgpt.com', text: 'canary-123', editor: 'textarea' }]);
  expect(server.requests().some((r) => r.method === 'POST' && r.body.includes('canary-123'))).toBe(true);
  await expect(server.waitForSent(server.sent('chatgpt.com').length, { host: 'chatgpt.com', timeout: 100 })).resolves.toBeDefined();
  await expect(server.waitForSent(10_000, { timeout: 50 })).rejects.toThrow(/waitForSent/);
});
