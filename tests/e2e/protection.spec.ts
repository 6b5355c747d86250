import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { ChatPage } from './pages/chat-page';
import { adapterFor } from '../../src/engine/sites/adapters';
import { CARD, EMAIL, GITHUB_TOKEN } from './support/canaries';
import type { EditorKind } from './support/fixture-server';
import { expect, test } from './support/extension';
import { tabProtection } from './support/tab-protection';
import { DEV_EXTENSION_ID } from '../../src/contracts/extension-id';

/**
 * Issue 4, inline protection on AI sites, end to end in real Chromium with the built extension
 * and the built-in default policy (no managed config): credentials → block, personal data → warn,
 * payment data → redact (or send anyway with a justification), clean prompts → untouched.
 *
 * One test per editor library (one browser context each), every case as a step inside it, both
 * send triggers (Enter and a click on the send control). What reached the fixture SERVER is what
 * would have left the browser; that is what the assertions read.
 */

const EDITOR_HOSTS: Record<EditorKind, string> = {
  prosemirror: 'chatgpt.com',
  tiptap: 'claude.ai',
  quill: 'gemini.google.com',
  lexical: 'www.perplexity.ai',
  textarea: 'copilot.microsoft.com',
};

type Trigger = 'enter' | 'click';
const TRIGGERS: readonly Trigger[] = ['enter', 'click'];
const send = (chat: ChatPage, trigger: Trigger) => (trigger === 'enter' ? chat.pressEnter() : chat.clickSend());

const CARD_DIGITS = CARD.replace(/\D/g, '');
/** True when `text` holds the card number in any spacing. */
const hasCard = (text: string) => text.replace(/\D/g, '').includes(CARD_DIGITS);

const verdict = (page: Page) => page.getByTestId('sag-verdict');
const button = (page: Page, name: string) => verdict(page).getByRole('button', { name, exact: true });

/**
 * Scanning runs in the classifier worker (the extension-origin iframe), not in the background
 * fallback: what the tab's content script reported, as the popup reads it. The content script
 * reports `starting` when the page starts and where it scans once the scanner channel is decided
 * (frame up, or given up on), so wait for that, then require the worker.
 */
async function expectWorkerScanning(context: BrowserContext, page: Page): Promise<void> {
  await expect
    .poll(async () => (await tabProtection(context, page))?.scanner ?? 'no report', { timeout: 20_000, message: 'the content script reported its scanner' })
    .toMatch(/^(worker|background)$/);
  const status = await tabProtection(context, page);
  expect(status?.scanner, 'scanning runs in the worker of the scanner frame, not the background fallback').toBe('worker');
  expect(page.frames().some((f) => /^chrome-extension:\/\/[a-p]{32}\/scanner-frame\.html$/.test(f.url())), 'the scanner frame is in the page').toBe(true);
  // What the page can see of it: a per-session dynamic URL, never the extension's fixed id.
  const src = await page.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => f.src).find((u) => u.endsWith('/scanner-frame.html')) ?? null);
  expect(src, 'the page sees the frame under a dynamic URL').toMatch(/^chrome-extension:\/\/[0-9a-f-]{36}\/scanner-frame\.html$/);
  expect(src).not.toContain(DEV_EXTENSION_ID);
}

/** Empties the composer through the editor's API and waits until the extension has seen it. */
async function reset(page: Page, chat: ChatPage): Promise<void> {
  await chat.clearComposer();
  await expect.poll(() => chat.composerText()).toBe('');
  await expect(verdict(page)).toBeHidden();
}

/**
 * IME composition. Playwright cannot drive a real input method; CDP's `Input.imeSetComposition`
 * makes Chromium itself start a composition on the focused editor (trusted compositionstart /
 * compositionupdate, and `isComposing` on key events while it lasts), `Input.dispatchKeyEvent`
 * then sends the Enter that confirms the candidate (keyCode 229, as Chromium reports keys an IME
 * consumes), and `Input.insertText` commits the composed text. Editors and the extension must
 * treat that Enter as part of the composition: nothing is sent and no panel appears.
 */
async function composeWithIme(cdp: CDPSession, text: string): Promise<void> {
  await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
  await cdp.send('Input.insertText', { text });
}

async function checkEditor(page: Page, chat: ChatPage): Promise<void> {
  await test.step('scanning runs in the worker (status after a scan)', async () => {
    await chat.type(`scan me ${EMAIL}`);
    await expect(page.getByTestId('sag-indicator')).toContainText('1'); // the typed text was scanned
    await expectWorkerScanning(page.context(), page);
    await reset(page, chat);
  });

  for (const trigger of TRIGGERS) {
    const input = chat.inputFor(trigger);
    await test.step(`${trigger}: credential in the prompt → nothing sent, block panel with the reason`, async () => {
      await input(`deploy with ${GITHUB_TOKEN} today`);
      await send(chat, trigger);
      await expect(verdict(page)).toHaveAttribute('data-action', 'block');
      await expect(verdict(page)).toContainText('GitHub');
      await expect(button(page, 'Send anyway')).toHaveCount(0);
      await expect(button(page, 'Redact and send')).toHaveCount(0);
      await chat.expectNothingSent();
      expect(await chat.composerText()).toContain(GITHUB_TOKEN); // the user's text is kept
      await button(page, 'Cancel').click();
      await expect(verdict(page)).toBeHidden();
      await reset(page, chat);
    });

    await test.step(`${trigger}: personal data under warn → "Send anyway" sends the original once`, async () => {
      const text = `Write to ${EMAIL} about the offsite`;
      await input(text);
      await send(chat, trigger);
      await expect(verdict(page)).toHaveAttribute('data-action', 'warn');
      await chat.expectNothingSent(100);
      await button(page, 'Send anyway').click();
      await expect.poll(() => chat.sentTexts()).toEqual([text]);
      await expect(verdict(page)).toBeHidden();
      await chat.expectNothingSent();
      chat.forgetSent();
      await reset(page, chat);
    });

    await test.step(`${trigger}: payment data → "Redact and send" sends placeholders, never the value`, async () => {
      await input(`Refund order 1142\ncard ${CARD} please`);
      await send(chat, trigger);
      await expect(verdict(page)).toHaveAttribute('data-action', 'redact');
      await chat.expectNothingSent(100);
      await button(page, 'Redact and send').click();
      await expect.poll(() => chat.sentTexts()).toHaveLength(1);
      const [sent] = await chat.sentTexts();
      expect(sent).toMatch(/^Refund order 1142\ncard \[[A-Z0-9_]+_\d+\] please$/);
      expect(hasCard(sent!)).toBe(false);
      await chat.expectNothingSent();
      chat.forgetSent();
      await reset(page, chat);
    });

    await test.step(`${trigger}: clean prompt with Shift+Enter → sent once, unchanged`, async () => {
      await input(`clean ${trigger}: naïve café — 東京 🚀 "q" & <b>`);
      await chat.shiftEnter();
      await input('second line');
      await chat.expectNothingSent(50);
      const text = `clean ${trigger}: naïve café — 東京 🚀 "q" & <b>\nsecond line`;
      expect(await chat.composerText()).toBe(text);
      await send(chat, trigger);
      await expect.poll(() => chat.sentTexts()).toEqual([text]);
      await expect(verdict(page)).toBeHidden();
      await chat.expectNothingSent();
      chat.forgetSent();
      await expect.poll(() => chat.composerText()).toBe('');
    });
  }

  await test.step('payment data → "Send anyway" asks for a business reason, then sends the original once', async () => {
    const text = `charge ${CARD} for the deposit`;
    await chat.insert(text);
    await chat.pressEnter();
    await expect(verdict(page)).toHaveAttribute('data-action', 'redact');
    await button(page, 'Send anyway').click();
    const reason = verdict(page).getByLabel('Business reason');
    await expect(reason).toBeFocused();
    await button(page, 'Send anyway').click(); // empty reason: refused
    await expect(verdict(page)).toContainText('at least 10 characters');
    await chat.expectNothingSent(50);
    await reason.fill('customer asked for it');
    await button(page, 'Send anyway').click();
    await expect.poll(() => chat.sentTexts()).toEqual([text]);
    await chat.expectNothingSent();
    chat.forgetSent();
    await reset(page, chat);
  });

  await test.step('paste of clean text → inserted once at the caret', async () => {
    await chat.type('before ');
    await chat.paste('pasted 📋\ntwo');
    await expect.poll(() => chat.composerText()).toBe('before pasted 📋\ntwo');
    await chat.type(' after');
    await expect.poll(() => chat.composerText()).toBe('before pasted 📋\ntwo after');
    await chat.expectNothingSent(50);
    await chat.pressEnter();
    await expect.poll(() => chat.sentTexts()).toEqual(['before pasted 📋\ntwo after']);
    chat.forgetSent();
    await expect.poll(() => chat.composerText()).toBe('');
  });

  await test.step('pasted credential → block panel, nothing inserted, nothing sent', async () => {
    await chat.type('kept ');
    await chat.paste(`token=${GITHUB_TOKEN}`);
    await expect(verdict(page)).toHaveAttribute('data-action', 'block');
    await expect(verdict(page)).toContainText('GitHub');
    expect(await chat.composerText()).toBe('kept ');
    await button(page, 'Cancel').click();
    await expect(verdict(page)).toBeHidden();
    expect(await chat.composerText()).toBe('kept ');
    await chat.expectNothingSent(50);
    await reset(page, chat);
  });

  await test.step('pasted payment data → "Redact and send" inserts placeholders; the send carries no value', async () => {
    await chat.type('pay ');
    await chat.paste(`${CARD} now`);
    await expect(verdict(page)).toHaveAttribute('data-action', 'redact');
    await button(page, 'Redact and send').click();
    await expect.poll(() => chat.composerText()).toMatch(/^pay \[[A-Z0-9_]+_\d+\] now$/);
    expect(hasCard(await chat.composerText())).toBe(false);
    await chat.pressEnter();
    await expect.poll(() => chat.sentTexts()).toHaveLength(1);
    const [sent] = await chat.sentTexts();
    expect(sent).toMatch(/^pay \[[A-Z0-9_]+_\d+\] now$/);
    chat.forgetSent();
    await reset(page, chat);
  });

  await test.step('IME composition: the confirming Enter sends nothing and shows nothing', async () => {
    await chat.type('kanji ');
    await chat.focusComposer();
    const cdp = await page.context().newCDPSession(page);
    try {
      await composeWithIme(cdp, '日本語');
    } finally {
      await cdp.detach();
    }
    await expect.poll(() => chat.composerText()).toBe('kanji 日本語');
    await chat.expectNothingSent(150);
    await expect(verdict(page)).toBeHidden();
    await chat.pressEnter();
    await expect.poll(() => chat.sentTexts()).toEqual(['kanji 日本語']);
    chat.forgetSent();
  });
}

for (const [editor, host] of Object.entries(EDITOR_HOSTS) as [EditorKind, string][]) {
  test(`${editor} on ${host}: block, warn, redact, clean, paste, IME`, async ({ page, fixtureServer }) => {
    const chat = await ChatPage.open(page, fixtureServer, host, { editor });
    await checkEditor(page, chat);
  });
}

/**
 * The generic adapter: a protected host serving markup that matches none of its adapter's
 * selectors (`?markup=generic`: obfuscated classes, a role=textbox composer, an icon send control
 * labelled "Go" after a decoy "Voice input" icon). Only the heuristics can find composer and send.
 */
const GENERIC_CASES: [EditorKind, string][] = [
  ['textarea', 'copilot.microsoft.com'],
  ['prosemirror', 'chat.deepseek.com'],
];
for (const [editor, host] of GENERIC_CASES) {
  test(`generic adapter: ${editor} on ${host} with unrecognisable markup`, async ({ page, fixtureServer }) => {
    const chat = await ChatPage.open(page, fixtureServer, host, { editor, markup: 'generic' });
    const adapter = adapterFor(host);
    expect(adapter, `${host} has a site adapter whose selectors must all miss`).not.toBeNull();
    for (const selector of [...adapter!.composer, ...adapter!.send]) await expect(page.locator(selector), selector).toHaveCount(0);
    await expect(chat.sendButton).toHaveAttribute('aria-label', 'Go');
    await test.step('scanning runs in the worker (status after a scan)', async () => {
      await chat.type(`scan me ${EMAIL}`);
      await expect(page.getByTestId('sag-indicator')).toContainText('1');
      await expectWorkerScanning(page.context(), page);
      await reset(page, chat);
    });

    for (const trigger of TRIGGERS) {
      const input = chat.inputFor(trigger);
      await test.step(`${trigger}: credential → nothing sent, block panel`, async () => {
        await input(`use ${GITHUB_TOKEN} here`);
        await send(chat, trigger);
        await expect(verdict(page)).toHaveAttribute('data-action', 'block');
        await chat.expectNothingSent();
        await button(page, 'Cancel').click();
        await reset(page, chat);
      });
      await test.step(`${trigger}: personal data → "Send anyway" sends once`, async () => {
        const text = `ping ${EMAIL} (${trigger})`;
        await input(text);
        await send(chat, trigger);
        await expect(verdict(page)).toHaveAttribute('data-action', 'warn');
        await button(page, 'Send anyway').click();
        await expect.poll(() => chat.sentTexts()).toEqual([text]);
        await chat.expectNothingSent();
        chat.forgetSent();
        await reset(page, chat);
      });
      await test.step(`${trigger}: clean prompt → sent once, unchanged`, async () => {
        await input(`hello generic ${trigger}`);
        await send(chat, trigger);
        await expect.poll(() => chat.sentTexts()).toEqual([`hello generic ${trigger}`]);
        await chat.expectNothingSent();
        chat.forgetSent();
      });
    }

    await test.step('the decoy icon control next to the composer is left alone', async () => {
      await chat.type(`still ${GITHUB_TOKEN}`);
      await page.getByRole('button', { name: 'Voice input' }).click();
      await chat.expectNothingSent(150);
      await expect(verdict(page)).toBeHidden();
    });
  });
}

/**
 * The scanner frame is web-accessible on every http(s) page (hosts a policy adds are arbitrary),
 * but only through its dynamic URL: a page that probes the fixed extension URL, the usual way to
 * detect an installed extension, learns nothing.
 */
test('a page cannot detect the extension through the scanner frame\'s fixed URL', async ({ page, fixtureServer }) => {
  await ChatPage.open(page, fixtureServer, 'chatgpt.com');
  const probe = (url: string) =>
    page.evaluate(
      (u) =>
        fetch(u).then(
          (r) => `loaded ${r.status}`,
          () => 'refused',
        ),
      url,
    );
  expect(await probe(`chrome-extension://${DEV_EXTENSION_ID}/scanner-frame.html`)).toBe('refused');
  // Control: the same probe reaches a page resource, so "refused" is not a broken probe.
  expect(await probe('/')).toBe('loaded 200');
});
