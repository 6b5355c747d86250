import type { Page } from '@playwright/test';
import { ChatPage } from './pages/chat-page';
import type { EditorKind } from './support/fixture-server';
import { GITHUB_TOKEN } from './support/canaries';
import { expect, test } from './support/extension';

/** Each real editor library on the AI host whose composer is built with it. */
const EDITOR_HOSTS: Record<EditorKind, string> = {
  prosemirror: 'chatgpt.com',
  tiptap: 'claude.ai',
  quill: 'gemini.google.com',
  lexical: 'www.perplexity.ai',
  textarea: 'copilot.microsoft.com',
};

type Trigger = 'enter' | 'click';
const send = (chat: ChatPage, trigger: Trigger) => (trigger === 'enter' ? chat.pressEnter() : chat.clickSend());

async function clearComposer(page: Page, chat: ChatPage) {
  await chat.composer.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await expect.poll(() => chat.composerText()).toBe('');
}


/** The foundation contract for one editor, in one page state, for each send trigger given. */
async function checkInterception(page: Page, chat: ChatPage, phase: string, triggers: readonly Trigger[]) {
  for (const trigger of triggers) {
    const input = chat.inputFor(trigger);
    await test.step(`${phase} · ${trigger}: credential → nothing sent, block shown`, async () => {
      await input(`please deploy with ${GITHUB_TOKEN} before lunch`);
      await send(chat, trigger);
      await expect(page.getByTestId('sag-verdict')).toHaveAttribute('data-action', 'block');
      await chat.expectNothingSent();
      expect(await chat.composerText()).toContain(GITHUB_TOKEN); // the user's text is kept
      await clearComposer(page, chat); // editing closes the panel
      await expect(page.getByTestId('sag-verdict')).toBeHidden();
    });

    await test.step(`${phase} · ${trigger}: clean text → sent once, byte-identical`, async () => {
      const text = `Summarise this (${phase}, ${trigger}): naïve café — 東京 🚀 "quotes" & <tags>`;
      await input(text);
      await send(chat, trigger);
      await expect.poll(() => chat.sentTexts()).toEqual([text]);
      await chat.expectNothingSent(); // and not a second time
      chat.forgetSent();
    });

    await test.step(`${phase} · ${trigger}: Shift+Enter → newline, not sent`, async () => {
      await input('line one');
      await chat.shiftEnter();
      await input('line two');
      await chat.expectNothingSent();
      expect(await chat.composerText()).toBe('line one\nline two');
      await send(chat, trigger);
      await expect.poll(() => chat.sentTexts()).toEqual(['line one\nline two']);
      chat.forgetSent();
    });
  }
}

for (const [editor, host] of Object.entries(EDITOR_HOSTS) as [EditorKind, string][]) {
  test(`${editor} on ${host}: blocks a credential, passes clean prompts, survives SW stop and reload`, async ({
    page,
    fixtureServer,
    stopServiceWorker,
  }) => {
    const cspViolations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
    });

    const chat = await ChatPage.open(page, fixtureServer, host, { editor });
    expect(chat.csp, 'fixture pages send a strict CSP like real AI sites').toMatch(/script-src 'self'/);

    // Both triggers on the fresh page; after a stop and a reload (what those phases test is the
    // background and the content script coming back, not the trigger) one each, in turn, to keep
    // the suite's time down on 2-core CI runners.
    await checkInterception(page, chat, 'fresh page', ['enter', 'click']);
    await stopServiceWorker();
    await checkInterception(page, chat, 'service worker stopped', ['click']);
    await page.reload();
    await chat.ready();
    await checkInterception(page, chat, 'after reload', ['enter']);

    expect(cspViolations).toEqual([]);
  });
}

test('the popup renders and counts prompts stopped on AI sites', async ({ page, fixtureServer, openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByRole('heading', { name: 'Shadow AI Guard' })).toBeVisible();
  await expect(popup.getByTestId('intercepted-count')).toHaveText('0');

  const chat = await ChatPage.open(page, fixtureServer, 'claude.ai', { editor: 'tiptap' });
  await chat.type(`deploy ${GITHUB_TOKEN}`);
  await chat.pressEnter();
  await expect(page.getByTestId('sag-verdict')).toBeVisible();
  await chat.expectNothingSent();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await popup.reload();
  await expect(popup.getByTestId('intercepted-count')).toHaveText('1');
  await expect(popup.getByText('Last on claude.ai')).toBeVisible();
});

test('pages outside the protected hosts are not touched', async ({ context, fixtureServer }) => {
  const page = await context.newPage();
  const chat = await ChatPage.open(page, fixtureServer, 'unknown-ai.example', { editor: 'textarea' });
  await chat.type(`not protected here ${GITHUB_TOKEN}`);
  await chat.pressEnter();
  await expect.poll(() => chat.sentTexts()).toEqual([`not protected here ${GITHUB_TOKEN}`]);
});
