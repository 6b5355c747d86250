import type { Page } from '@playwright/test';
import { generateKeyPairSync, randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PolicyDocumentInput } from '../../src/contracts/policy';
import { ChatPage } from './pages/chat-page';
import { expect, test } from './support/extension';
import { startOrgBrowser } from './support/org-browser';
import { dumpExtensionState, EXTENSION_ORIGIN, extensionWorker, findLeaks } from './support/sw-control';

/**
 * The privacy promise for files chosen with the attach button (`<input type="file">`), proven in
 * real Chromium with an org endpoint configured the way admins do: files holding unique canaries
 * (an AWS key in a `.env`, a fresh PEM private key, an e-mail address in a CSV, and the files'
 * own names) are blocked, monitored and sent anyway with a reason. Afterwards none of the canaries
 * — nor their hashes or encodings (`findLeaks`) — is in any request the extension made, in any
 * request body the org endpoint received or its inventory, or in anything the extension stores.
 * The events themselves did arrive: one `prompt_checked` with channel `file` per upload attempt.
 *
 * What the AI site itself received (the fixture pages' uploads) is checked only to prove the
 * canaries were really in play: a file the user chose to send goes to the AI site, not to the org.
 * (tests/e2e/privacy.managed.spec.ts proves the same for typed and pasted text.)
 */

test.describe.configure({ mode: 'serial' });

const ORG = 'acme-files';
const run = Date.now().toString(36);
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const PEM = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const CANARIES = {
  AWS_KEY_ID: `AKIA${Array.from({ length: 16 }, () => B32[randomInt(32)]).join('')}`,
  PEM_LINE: PEM.split('\n')[3]!,
  EMAIL_IN_FILE: `file.canary.${run}@example-corp.com`,
  EMAIL_JUSTIFIED: `justified.file.${run}@example-corp.com`,
  ENV_NAME: `prod-${run}.env`,
  PEM_NAME: `deploy-key-${run}.pem`,
  CSV_NAME: `customers-${run}.csv`,
  JUSTIFIED_NAME: `vendor-list-${run}.csv`,
};

const policy = (): PolicyDocumentInput => ({
  version: 3,
  issuedAt: new Date(Date.now() - 60_000).toISOString().replace(/\.\d+Z$/, 'Z'),
  orgId: ORG,
  apps: { 'chatgpt.com': { tier: 'sanctioned' }, 'claude.ai': { tier: 'unsanctioned' } },
  actions: {
    default: { categories: { credential: 'block', financial: 'redact', pii: 'warn' } },
    sanctioned: { categories: { pii: 'monitor' } },
    unsanctioned: { categories: { pii: 'justify' } },
  },
  events: { batchSize: 2, flushIntervalSeconds: 5, retryMaxSeconds: 2 },
});

const verdict = (page: Page) => page.getByTestId('sag-verdict');
const button = (page: Page, name: string) => verdict(page).getByRole('button', { name, exact: true });

test('files chosen for upload: no content, no value and no file name reaches the org or stays on the device', async ({ fixtureServer, managedPolicy }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'sag-upload-privacy-'));
  const file = (name: string, content: string) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const files = {
    env: file(CANARIES.ENV_NAME, `APP_ENV=production\nAWS_ACCESS_KEY_ID=${CANARIES.AWS_KEY_ID}\n`),
    pem: file(CANARIES.PEM_NAME, PEM),
    csv: file(CANARIES.CSV_NAME, `name,email\nJane,${CANARIES.EMAIL_IN_FILE}\n`),
    justified: file(CANARIES.JUSTIFIED_NAME, `vendor,contact\nAcme,${CANARIES.EMAIL_JUSTIFIED}\n`),
  };
  const ob = await startOrgBrowser({ fixtureServer, managedPolicy, policy: policy(), orgId: ORG, policyVersion: 3 });
  const { org, sink, context, status, extensionRequests } = ob;

  try {
    const page = await context.newPage();
    const uploadsBefore = fixtureServer.uploads().length;

    await test.step('block (credential): an AWS key in a .env and a PEM private key never reach the page', async () => {
      const chat = await ChatPage.open(page, fixtureServer, 'chatgpt.com');
      for (const path of [files.env, files.pem]) {
        await chat.attach(path);
        await expect(verdict(page)).toHaveAttribute('data-action', 'block');
        await button(page, 'Cancel').click();
        await expect(verdict(page)).toBeHidden();
      }
      await chat.expectNothingUploaded();
    });

    await test.step('monitor (personal data on sanctioned chatgpt.com): the CSV goes to the AI site, recorded as metadata', async () => {
      const chat = await ChatPage.open(page, fixtureServer, 'chatgpt.com');
      await chat.attach(files.csv);
      await expect.poll(() => chat.uploads().length).toBe(1);
      await expect(verdict(page)).toBeHidden();
    });

    await test.step('justify (unsanctioned claude.ai): sent with a business reason', async () => {
      const chat = await ChatPage.open(page, fixtureServer, 'claude.ai');
      await chat.attach(files.justified);
      await expect(verdict(page)).toHaveAttribute('data-action', 'justify');
      const reason = verdict(page).getByLabel('Business reason');
      if (!(await reason.isVisible())) await button(page, 'Send anyway').click();
      await reason.fill('Vendor onboarding, ticket 88');
      await button(page, 'Send anyway').click();
      await expect.poll(() => chat.uploads().length).toBe(1);
    });

    await test.step('the canaries were really in play: the AI sites received exactly the files the user let go', async () => {
      const received = fixtureServer.uploads().slice(uploadsBefore);
      expect(received.map((u) => [u.host, u.files.map((f) => f.name)])).toEqual([
        ['chatgpt.com', [CANARIES.CSV_NAME]],
        ['claude.ai', [CANARIES.JUSTIFIED_NAME]],
      ]);
      const aiSite = JSON.stringify(received);
      expect(aiSite).toContain(CANARIES.EMAIL_IN_FILE);
      expect(aiSite).not.toContain(CANARIES.AWS_KEY_ID);
      expect(aiSite).not.toContain(CANARIES.PEM_LINE);
      expect(findLeaks(aiSite, CANARIES).length, 'the leak detector finds what is there').toBeGreaterThan(0);
      expect(readFileSync(files.pem, 'utf8')).toContain(CANARIES.PEM_LINE);
    });

    await test.step('one file event per upload attempt reached the org endpoint', async () => {
      await expect
        .poll(async () => ((await org.inventory()) as { byType: Record<string, number> }).byType.prompt_checked ?? 0, { timeout: 30_000 })
        .toBe(4);
      await expect.poll(async () => (await status()).queueDepth, { timeout: 15_000 }).toBe(0);
      const events = sink
        .requests()
        .filter((r) => !r.foreign && r.ids.length > 0)
        .flatMap((r) => (JSON.parse(r.body) as { events: Record<string, unknown>[] }).events)
        .filter((e) => e.type === 'prompt_checked');
      expect(events.map((e) => [e.host, e.channel, e.action, e.userDecision]).sort()).toEqual(
        [
          ['chatgpt.com', 'file', 'block', 'cancelled'],
          ['chatgpt.com', 'file', 'block', 'cancelled'],
          ['chatgpt.com', 'file', 'monitor', 'none'],
          ['claude.ai', 'file', 'justify', 'sent_anyway'],
        ].sort(),
      );
      expect(events.find((e) => e.action === 'justify')).toMatchObject({ justification: 'Vendor onboarding, ticket 88', categories: { pii: 1 } });
    });

    await test.step('captured at the server and at the browser: no canary, no file name, in any request or the org inventory', async () => {
      const bodies = sink
        .requests()
        .filter((r) => !r.foreign)
        .map((r) => `${r.method} ${r.path}\n${r.body}`)
        .join('\n');
      expect(bodies).toContain('"channel":"file"');
      expect(findLeaks(bodies, CANARIES)).toEqual([]);
      expect(findLeaks(JSON.stringify(await org.inventory()), CANARIES)).toEqual([]);
      const foreign = extensionRequests.filter((r) => !r.url.startsWith(`${sink.url}/`) && !r.url.startsWith(EXTENSION_ORIGIN));
      expect(foreign, 'requests from the extension to anything but the org endpoint').toEqual([]);
      expect(findLeaks(extensionRequests.map((r) => `${r.method} ${r.url}\n${r.body}`).join('\n'), CANARIES)).toEqual([]);
    });

    await test.step('stored: chrome.storage and every IndexedDB database of the extension hold no canary', async () => {
      const dump = await dumpExtensionState(await extensionWorker(context));
      expect(dump.rows).toBeGreaterThan(0);
      expect(findLeaks(dump.json, CANARIES)).toEqual([]);
    });
  } finally {
    await ob.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
