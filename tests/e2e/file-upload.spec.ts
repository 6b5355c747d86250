import type { Page } from '@playwright/test';
import { generateKeyPairSync, randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InventoryRecent } from '../../src/contracts/events';
import { ChatPage } from './pages/chat-page';
import { CARD, EMAIL } from './support/canaries';
import type { EditorKind } from './support/fixture-server';
import { expect, test } from './support/extension';
import type { UploadMode } from './sites/catalog';
import { askBackground, dumpExtensionState, extensionWorker, findLeaks } from './support/sw-control';

/**
 * Files chosen with the attach button (`<input type="file">`) are checked like dropped files,
 * end to end in real Chromium with the built extension and the built-in default policy
 * (credentials → block, personal data → warn, payment data → redact, which for a file means
 * cancel or send anyway with a reason). The fixture sites (tests/e2e/sites) have a hidden file
 * input behind their attach button like the real apps; the page reads `input.files` on `change`
 * and POSTs what it read to the fixture server: `chat.uploads()` is what reached the AI site.
 * Files are real files on disk picked in the file chooser, so Chromium gives them the MIME type
 * a user's file gets (none for `.env`).
 *
 * Every upload attempt is one outcome in the extension's local record (popup inventory `recent`,
 * channel `file`); each outcome builds exactly one org event (recordPromptChecked).
 */

const UPLOAD_SITES: [EditorKind, string][] = [
  ['prosemirror', 'chatgpt.com'], // React-style: one `change` listener on the document
  ['tiptap', 'claude.ai'], // a `change` listener on the input itself
];

// Fresh, format-valid secrets for this run (never in the source as a whole).
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const AWS_KEY_ID = `AKIA${Array.from({ length: 16 }, () => B32[randomInt(32)]).join('')}`;
const PEM = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
/** A distinctive slice of the key material (the whole block is too long to be a leak form). */
const PEM_BODY = PEM.split('\n')[3]!;
const RUN = Date.now().toString(36);

/** The files a user picks: real files on disk, written once per worker. */
const CONTENTS = {
  clean: ['meeting-notes.txt', `Agenda for the offsite ${RUN}\n1. Budget\n2. Venue by the lake\n`],
  env: ['.env', `APP_ENV=production\nAWS_ACCESS_KEY_ID=${AWS_KEY_ID}\nLOG_LEVEL=info\n`],
  pem: [`deploy-${RUN}.pem`, PEM],
  contacts: ['contacts.csv', `name,email\nJane,${EMAIL}\n`],
  card: ['refund.txt', `Refund to card ${CARD} please\n`],
  png: ['diagram.png', Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')],
} as const;
let dir = '';
const FILES = {} as Record<keyof typeof CONTENTS, string>;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sag-upload-'));
  for (const [key, [name, content]] of Object.entries(CONTENTS)) {
    FILES[key as keyof typeof CONTENTS] = join(dir, name);
    writeFileSync(join(dir, name), content);
  }
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const verdict = (page: Page) => page.getByTestId('sag-verdict');
const button = (page: Page, name: string) => verdict(page).getByRole('button', { name, exact: true });
const contentOf = (path: string) => readFileSync(path, 'utf8');
/** Names and contents the page uploaded, upload by upload. */
const uploaded = (chat: ChatPage) => chat.uploads().map((u) => u.files.map((f) => [f.name, f.text]));

async function openWithRecord(page: Page, openExtensionPage: (path: string) => Promise<Page>, fixtureServer: Parameters<typeof ChatPage.open>[1], host: string, opts: { editor?: EditorKind; upload?: UploadMode }) {
  const control = await openExtensionPage('options.html');
  /** Upload outcomes the extension recorded for this site, newest first. */
  const recorded = async (): Promise<InventoryRecent[]> =>
    (await askBackground<{ recent: InventoryRecent[] }>(control, { type: 'ui-bg/get-inventory' })).recent.filter((r) => r.host === host && r.channel === 'file');
  const chat = await ChatPage.open(page, fixtureServer, host, opts);
  await page.bringToFront();
  return { chat, recorded };
}

for (const [editor, host] of UPLOAD_SITES) {
  test(`${editor} on ${host}: files chosen with the attach button are checked like dropped files`, async ({ page, fixtureServer, openExtensionPage, context }) => {
    const { chat, recorded } = await openWithRecord(page, openExtensionPage, fixtureServer, host, { editor });
    let events = 0;
    /** Waits for the one outcome this upload attempt records, and returns it. */
    const nextEvent = async () => {
      events += 1;
      await expect.poll(async () => (await recorded()).length, { message: 'one file outcome per upload attempt' }).toBe(events);
      return (await recorded())[0]!;
    };

    await test.step('a clean text file reaches the page untouched, once; one allow event', async () => {
      await chat.attach(FILES.clean);
      await expect.poll(() => uploaded(chat)).toEqual([[['meeting-notes.txt', contentOf(FILES.clean)]]]);
      expect(await nextEvent()).toMatchObject({ channel: 'file', action: 'allow', userDecision: 'none', categories: [] });
      await expect(verdict(page)).toBeHidden();
      await page.waitForTimeout(400);
      expect(uploaded(chat), 'not delivered twice').toHaveLength(1);
      expect(await recorded(), 'not recorded twice').toHaveLength(events);
      chat.forgetUploads();
    });

    await test.step('an AWS key in a .env (no MIME type) is blocked: the page receives nothing, the panel says why', async () => {
      const sawBefore = (await chat.pageState()).pageSaw.fileChanges;
      const handlerBefore = (await chat.pageState()).pageSaw.uploadHandler;
      await chat.attach(FILES.env);
      await expect(verdict(page)).toHaveAttribute('data-action', 'block');
      await expect(verdict(page)).toHaveAttribute('data-subject', 'file');
      await expect(verdict(page)).toContainText('This file was not attached');
      await expect(verdict(page)).toContainText('AWS access key');
      await expect(verdict(page)).toContainText('.env, line 2');
      await expect(verdict(page)).not.toContainText(AWS_KEY_ID);
      for (const name of ['Send anyway', 'Redact and send', 'Edit prompt']) await expect(button(page, name)).toHaveCount(0);
      await chat.expectNothingUploaded();
      expect((await chat.pageState()).pageSaw.fileChanges, "the page's own early listeners saw no file event").toBe(sawBefore);
      expect((await chat.pageState()).pageSaw.uploadHandler, "the page's change handler did not run").toBe(handlerBefore);
      await button(page, 'Cancel').click();
      await expect(verdict(page)).toBeHidden();
      expect(await nextEvent()).toMatchObject({ channel: 'file', action: 'block', userDecision: 'cancelled', categories: ['credential'] });
      await chat.expectNothingUploaded(200);
    });

    await test.step('a PEM private key is blocked the same way', async () => {
      await chat.attach(FILES.pem);
      await expect(verdict(page)).toHaveAttribute('data-action', 'block');
      await expect(verdict(page)).toContainText(`deploy-${RUN}.pem, line 1`);
      await page.keyboard.press('Escape');
      await expect(verdict(page)).toBeHidden();
      expect(await nextEvent()).toMatchObject({ channel: 'file', action: 'block', userDecision: 'cancelled', categories: ['credential'] });
      await chat.expectNothingUploaded(200);
    });

    await test.step('personal data (warn): "Send anyway" hands the page the file as chosen, once', async () => {
      await chat.attach(FILES.contacts);
      await expect(verdict(page)).toHaveAttribute('data-action', 'warn');
      await expect(verdict(page)).toContainText('contacts.csv, line 2');
      await chat.expectNothingUploaded(100);
      await button(page, 'Send anyway').click();
      await expect.poll(() => uploaded(chat)).toEqual([[['contacts.csv', contentOf(FILES.contacts)]]]);
      expect(await nextEvent()).toMatchObject({ channel: 'file', action: 'warn', userDecision: 'sent_anyway', categories: ['pii'] });
      await page.waitForTimeout(300);
      expect(uploaded(chat), 'delivered once').toHaveLength(1);
      chat.forgetUploads();
    });

    await test.step('payment data (redact): a file cannot be redacted, so "Send anyway" with a business reason, or nothing', async () => {
      await chat.attach(FILES.card);
      await expect(verdict(page)).toHaveAttribute('data-action', 'redact');
      await expect(verdict(page)).toContainText('A file cannot be redacted');
      await expect(button(page, 'Redact and send')).toHaveCount(0);
      await button(page, 'Send anyway').click();
      const reason = verdict(page).getByLabel('Business reason');
      await expect(reason).toBeFocused();
      await button(page, 'Send anyway').click(); // empty reason: refused
      await expect(verdict(page)).toContainText('at least 10 characters');
      await chat.expectNothingUploaded(100);
      await reason.fill('refund approved in ticket 4711');
      await button(page, 'Send anyway').click();
      await expect.poll(() => uploaded(chat)).toEqual([[['refund.txt', contentOf(FILES.card)]]]);
      expect(await nextEvent()).toMatchObject({ channel: 'file', action: 'redact', userDecision: 'sent_anyway', categories: ['financial'] });
      chat.forgetUploads();
    });

    await test.step('several files at once: one decision, one event; a blocked one keeps them all from the page', async () => {
      await chat.attach([FILES.clean, FILES.env]);
      await expect(verdict(page)).toHaveAttribute('data-action', 'block');
      await button(page, 'Cancel').click();
      expect(await nextEvent()).toMatchObject({ action: 'block', userDecision: 'cancelled', categories: ['credential'] });
      await chat.expectNothingUploaded(200);
    });

    await test.step('a binary file (not readable here) passes as dropped ones do; one allow event', async () => {
      await chat.attach(FILES.png);
      await expect.poll(() => chat.uploads().map((u) => u.files.map((f) => [f.name, f.type, f.size]))).toEqual([[['diagram.png', 'image/png', 29]]]);
      expect(await nextEvent()).toMatchObject({ channel: 'file', action: 'allow', userDecision: 'none', categories: [] });
      chat.forgetUploads();
    });

    await test.step('a blocked file chosen again is checked again (the input was emptied, the browser fires change again)', async () => {
      await chat.attach(FILES.env);
      await expect(verdict(page)).toHaveAttribute('data-action', 'block');
      await button(page, 'Cancel').click();
      expect(await nextEvent()).toMatchObject({ action: 'block', userDecision: 'cancelled' });
      await chat.expectNothingUploaded(200);
    });

    await test.step('privacy: neither the secrets nor the file names are in what the extension keeps', async () => {
      const dump = await dumpExtensionState(await extensionWorker(context));
      const canaries = { AWS_KEY_ID, PEM_BODY, EMAIL, CARD, ENV_NAME: `AWS_ACCESS_KEY_ID=${AWS_KEY_ID}`, PEM_NAME: `deploy-${RUN}.pem`, CLEAN: `offsite ${RUN}` };
      expect(findLeaks(dump.json, canaries)).toEqual([]);
      expect(dump.json).toContain('"channel":"file"'); // the outcomes are there, as metadata
    });
  });
}

/**
 * Where the page keeps its input. In a shadow root, the input's `change` never reaches window (only
 * its `input` does); a detached input (created and `click()`ed, never attached) reaches nothing at
 * all — the page-world hook (src/content/file-picker-relay.ts) names it to the content script.
 */
for (const mode of ['shadow', 'detached'] as const) {
  test(`chatgpt.com with its file input ${mode === 'shadow' ? 'in a shadow root' : 'never attached to the document'}: blocked and clean files`, async ({ page, fixtureServer, openExtensionPage }) => {
    const { chat, recorded } = await openWithRecord(page, openExtensionPage, fixtureServer, 'chatgpt.com', { upload: mode });
    await expect(page.locator('fx-attachments')).toHaveCount(mode === 'shadow' ? 1 : 0);

    /** Runs of the page's own change handler on its input (with or without files). */
    const handlerRuns = async () => (await chat.pageState()).pageSaw.uploadHandler;

    await chat.attach(FILES.env);
    await expect(verdict(page)).toHaveAttribute('data-action', 'block');
    await chat.expectNothingUploaded();
    expect(await handlerRuns(), "the page's change handler never ran (not even with an emptied input)").toBe(0);
    await button(page, 'Cancel').click();
    await expect.poll(async () => (await recorded()).map((r) => [r.action, r.userDecision])).toEqual([['block', 'cancelled']]);

    await chat.attach(FILES.clean);
    await expect.poll(() => uploaded(chat)).toEqual([[['meeting-notes.txt', contentOf(FILES.clean)]]]);
    expect(await handlerRuns(), 'one change reached the page: the one carrying the allowed file').toBe(1);
    await expect.poll(async () => (await recorded()).map((r) => [r.action, r.userDecision])).toEqual([
      ['allow', 'none'],
      ['block', 'cancelled'],
    ]);
    await page.waitForTimeout(300);
    expect(uploaded(chat), 'delivered once').toHaveLength(1);
  });
}
