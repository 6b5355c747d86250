/**
 * Screenshots of the inline protection UI for the docs, driven through the BUILT extension on the
 * fixture AI sites (built-in default policy). Cropped to the composer and the panel.
 *
 *   npx wxt build && npm run screenshots      # → docs/screenshots/*.png
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { DEV_EXTENSION_ID } from '../src/contracts/extension-id';
import { ChatPage } from '../tests/e2e/pages/chat-page';
import { CARD, EMAIL, GITHUB_TOKEN } from '../tests/e2e/support/canaries';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { launchChromium } from '../tests/e2e/support/launch';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'screenshots');
const PAD = 16;

/** Screenshot of the smallest box holding every locator (plus padding), e.g. composer + panel. */
async function shoot(page: Page, file: string, parts: Locator[]): Promise<void> {
  const boxes = (await Promise.all(parts.map((p) => p.boundingBox()))).filter((b) => b !== null);
  if (boxes.length === 0) throw new Error(`${file}: nothing to capture`);
  const viewport = page.viewportSize()!;
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - PAD);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - PAD);
  const right = Math.min(viewport.width, Math.max(...boxes.map((b) => b.x + b.width)) + PAD);
  const bottom = Math.min(viewport.height, Math.max(...boxes.map((b) => b.y + b.height)) + PAD);
  await page.screenshot({ path: join(OUT, file), clip: { x, y, width: right - x, height: bottom - y }, animations: 'disabled', caret: 'hide' });
  console.log(`wrote docs/screenshots/${file}`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer();
  const browser = await launchChromium({ hostResolverRules: server.hostResolverRules });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(15_000);
    await page.setViewportSize({ width: 960, height: 760 });
    const verdict = page.getByTestId('sag-verdict');
    const composerArea = page.locator('.fx-composer-area');
    const chat = await ChatPage.open(page, server, 'chatgpt.com', { editor: 'prosemirror' });
    await page.waitForTimeout(1_000);

    // Typing indicator: a sensitive item in the composer, before any send.
    await chat.type(`Summarise the thread and reply to ${EMAIL}`);
    const indicator = page.getByTestId('sag-indicator');
    await indicator.filter({ hasText: 'sensitive' }).waitFor();
    await shoot(page, 'inline-indicator.png', [composerArea, indicator]);

    // Warn: personal data under the default policy.
    await chat.pressEnter();
    await verdict.and(page.locator('[data-action="warn"]')).waitFor();
    await shoot(page, 'inline-warn.png', [composerArea, verdict]);
    await verdict.getByRole('button', { name: 'Cancel', exact: true }).click();
    await chat.clearComposer();

    // Block: a credential.
    await chat.type(`Deploy script:\nexport GITHUB_TOKEN=${GITHUB_TOKEN}\nnpm run release`);
    await chat.pressEnter();
    await verdict.and(page.locator('[data-action="block"]')).waitFor();
    await shoot(page, 'inline-block.png', [composerArea, verdict]);
    await verdict.getByRole('button', { name: 'Cancel', exact: true }).click();
    await chat.clearComposer();

    // Redact or justify: payment data; "Send anyway" opens the business-reason field.
    await chat.type(`Refund the customer, card ${CARD}, order 1142`);
    await chat.pressEnter();
    await verdict.and(page.locator('[data-action="redact"]')).waitFor();
    await shoot(page, 'inline-redact.png', [composerArea, verdict]);
    await verdict.getByRole('button', { name: 'Send anyway', exact: true }).click();
    await verdict.getByLabel('Business reason').fill('Customer asked for the refund in writing');
    await shoot(page, 'inline-justify.png', [composerArea, verdict]);
    await verdict.getByRole('button', { name: 'Cancel', exact: true }).click();
    await chat.clearComposer();

    // Upload: a file chosen through the site's attach button is checked before the page sees it.
    await chat.attach({ name: 'deploy.env', mimeType: 'text/plain', buffer: Buffer.from(`# deploy settings\nREGION=eu-west-1\nGITHUB_TOKEN=${GITHUB_TOKEN}\n`) });
    await verdict.and(page.locator('[data-action="block"]')).waitFor();
    await shoot(page, 'inline-file-block.png', [composerArea, verdict]);
    await verdict.getByRole('button', { name: 'Cancel', exact: true }).click();

    // The toolbar popup after these (it counts prompts stopped on this device).
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 560, height: 640 });
    await popup.goto(`chrome-extension://${DEV_EXTENSION_ID}/popup.html`);
    await popup.getByRole('heading', { name: 'Shadow AI Guard' }).waitFor();
    await popup.waitForTimeout(500);
    const body = popup.locator('body');
    await shoot(popup, 'popup-after-protection.png', [body]);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
