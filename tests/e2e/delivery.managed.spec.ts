import type { BrowserContext, Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PolicyDocumentInput } from '../../src/contracts/policy';
import { ChatPage } from './pages/chat-page';
import { startEventSink, type EventSink } from './support/event-sink';
import { expect, test } from './support/extension';
import { launchChromium } from './support/launch';
import { startOrgServer, type OrgServer } from './support/org-server';
import { askBackground, deviceId, EXTENSION_ORIGIN, extensionWorker, stopExtensionWorker, type StatusLike } from './support/sw-control';

/**
 * Issue 6, durable delivery under faults, in real Chromium: the extension sends its metadata
 * events to the reference org endpoint through a controllable proxy (support/event-sink.ts) that
 * refuses connections, answers 500, answers slowly, while the service worker is stopped 20+ times
 * mid-batch and the browser is restarted on the same profile. After recovery every event has
 * reached the server exactly once: the queue is empty, every id ever posted is stored once, and
 * the server holds exactly as many `prompt_checked` as outcomes the extension recorded locally
 * (its own inventory count) — not fewer (loss), not more (an event re-built under a new id) —
 * while the proxy saw the same ids posted several times (retries the server deduplicated).
 *
 * Delivery is tuned through the signed policy's `events` settings, as an org would: batches of
 * 5, flush within 5 s, retries at most 2 s apart.
 */

test.describe.configure({ mode: 'serial' });

const HOST = 'chatgpt.com';
const ORG = 'acme-delivery';

const policy = (): PolicyDocumentInput => ({
  version: 3,
  issuedAt: new Date(Date.now() - 60_000).toISOString().replace(/\.\d+Z$/, 'Z'),
  orgId: ORG,
  apps: { [HOST]: { tier: 'sanctioned' } },
  // Personal data is only monitored: the prompt goes as is and one `prompt_checked` is recorded.
  actions: { default: { categories: { pii: 'monitor' } } },
  events: { batchSize: 5, flushIntervalSeconds: 5, retryMaxSeconds: 2 },
});

interface Session {
  context: BrowserContext;
  control: Page;
  chat: ChatPage;
  close(): Promise<void>;
}

test('every event arrives exactly once through refusals, 500s, slow answers, 20 worker stops and a browser restart', async ({
  fixtureServer,
  managedPolicy,
}) => {
  test.setTimeout(240_000);
  const org: OrgServer = await startOrgServer(policy(), { orgId: ORG });
  const sink: EventSink = await startEventSink(org.url);
  const profile = mkdtempSync(join(tmpdir(), 'sag-delivery-'));
  managedPolicy.set(org.managedConfig({ endpoint: sink.url }));
  let session: Session | null = null;
  let sent = 0; // prompts the user sent (each is one prompt_checked event)

  const open = async (): Promise<Session> => {
    const browser = await launchChromium({ hostResolverRules: fixtureServer.hostResolverRules, userDataDir: profile, policy: managedPolicy });
    const context = browser.context;
    const sw = await extensionWorker(context);
    // Only this browser's batches reach the server (the managed policy is machine-wide).
    let id: string | null = null;
    await expect.poll(async () => (id = await deviceId(sw)), { timeout: 20_000 }).not.toBeNull();
    sink.acceptDevice(id!);
    const control = await context.newPage();
    await control.goto(`${EXTENSION_ORIGIN}/popup.html`);
    const page = await context.newPage();
    const chat = await ChatPage.open(page, fixtureServer, HOST, { editor: 'textarea' });
    return { context, control, chat, close: browser.close };
  };
  const status = () => askBackground<StatusLike>(session!.control, { type: 'ui-bg/get-status' });
  const storedPrompts = async () => {
    const inv = (await org.inventory()) as { byType: Record<string, number> };
    return inv.byType.prompt_checked ?? 0;
  };
  /** Outcomes the extension recorded (its local inventory): each built exactly one event. */
  const recordedPrompts = async () =>
    (await askBackground<{ totals: { promptsChecked: number } }>(session!.control, { type: 'ui-bg/get-inventory' })).totals.promptsChecked;
  /** The user sends `n` prompts with an e-mail address (monitored: each goes, one event each). */
  const sendPrompts = async (n: number, tag: string) => {
    const { chat } = session!;
    for (let i = 0; i < n; i++) {
      const before = fixtureServer.sent(HOST).length;
      await chat.type(`${tag} note ${i} for someone.${tag}${i}@example.org`);
      await chat.pressEnter();
      await expect.poll(() => fixtureServer.sent(HOST).length).toBe(before + 1);
      sent++;
    }
  };
  /** Everything sent so far reaches the server and the queue drains. */
  const expectDelivered = async (timeout = 30_000) => {
    await expect
      .poll(
        async () => {
          const [recorded, stored] = await Promise.all([recordedPrompts(), storedPrompts()]);
          return recorded >= sent && stored === recorded ? 'delivered' : `sent ${sent}, recorded ${recorded}, stored ${stored}`;
        },
        { timeout, intervals: [250] },
      )
      .toBe('delivered');
    await expect.poll(async () => (await status()).queueDepth, { timeout: 10_000 }).toBe(0);
  };

  try {
    session = await open();
    await test.step('the signed org policy (with its delivery settings) is in force', async () => {
      await expect.poll(async () => (await status()).policy, { timeout: 20_000 }).toMatchObject({ source: 'endpoint', version: 3 });
    });

    await test.step('healthy endpoint: events are delivered', async () => {
      await sendPrompts(6, 'ok');
      await expectDelivered();
    });

    for (const fault of ['refuse', 'error500'] as const) {
      await test.step(`endpoint ${fault === 'refuse' ? 'refuses connections' : 'answers 500'}: events wait, then arrive`, async () => {
        await sink.setMode(fault);
        const postsBefore = sink.eventPosts().length;
        const storedBefore = await storedPrompts();
        await sendPrompts(7, fault);
        await expect.poll(async () => (await status()).queueDepth, { timeout: 15_000 }).toBeGreaterThanOrEqual(7);
        expect(await storedPrompts(), 'nothing got through the fault').toBe(storedBefore);
        if (fault === 'error500') expect(sink.eventPosts().length, 'retried against the failing endpoint').toBeGreaterThan(postsBefore);
        await sink.setMode('pass');
        await expectDelivered();
      });
    }

    await test.step('endpoint answers slowly (1.5 s): events arrive', async () => {
      await sink.setMode('slow', { delayMs: 1500 });
      await sendPrompts(6, 'slow');
      await expectDelivered();
      await sink.setMode('pass');
    });

    await test.step('service worker stopped 20 times with a batch in flight', async () => {
      // The proxy forwards each batch at once (the server stores it) but answers only after 4 s:
      // the worker is stopped in between, never sees the answer, and the next one re-sends it.
      await sink.setMode('slow', { delayMs: 4000 });
      await sendPrompts(12, 'stop');
      let stops = 0;
      const started = Date.now();
      while (stops < 20) {
        // The batch reaches the server (woken by the flush on start or the alarm)…
        const post = sink.nextEventPost({ timeout: 20_000 });
        if (stops > 0) await askBackground(session!.control, { type: 'ui-bg/get-status' }); // wake the worker
        await post;
        // …and the worker dies before the answer.
        await stopExtensionWorker(session!.context);
        stops++;
      }
      test.info().annotations.push({ type: 'worker stops', description: `${stops} stops mid-batch in ${Date.now() - started} ms` });
      await sink.setMode('pass');
      await askBackground(session!.control, { type: 'ui-bg/get-status' });
      await expectDelivered();
    });

    await test.step('browser restarted (same profile) while the endpoint was down', async () => {
      await sink.setMode('refuse');
      await sendPrompts(6, 'restart');
      await expect.poll(async () => (await status()).queueDepth, { timeout: 10_000 }).toBeGreaterThanOrEqual(6);
      await session!.close();
      session = null;
      await sink.setMode('pass');
      session = await open(); // the new service worker resumes the durable queue on start
      await expectDelivered();
    });

    await test.step('exactly once: every id posted is stored once, duplicates were retries', async () => {
      const posts = sink.eventPosts();
      const postedIds = posts.flatMap((p) => p.ids);
      const distinct = new Set(postedIds);
      const inv = (await org.inventory()) as { totalEvents: number; byType: Record<string, number> };
      expect(inv.byType.prompt_checked).toBe(await recordedPrompts());
      expect(inv.totalEvents, 'the server stored each distinct id once').toBe(distinct.size);
      expect(postedIds.length, 'some batches were re-sent (and deduplicated)').toBeGreaterThan(distinct.size);
      expect(inv.byType.queue_overflow ?? 0, 'nothing was dropped').toBe(0);
      const cut = posts.filter((p) => p.upstreamStatus === 200 && !p.answered).length;
      expect(cut, 'batches the server stored whose answer the stopped worker never saw').toBeGreaterThanOrEqual(20);
      test.info().annotations.push({
        type: 'delivery',
        description: `${sent} prompts, ${distinct.size} events stored, ${postedIds.length} ids posted in ${posts.length} batches`,
      });
    });
  } finally {
    await session?.close();
    await sink.close();
    await org.close();
    managedPolicy.clear();
    rmSync(profile, { recursive: true, force: true });
  }
});
