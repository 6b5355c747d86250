import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentToBackground } from '../../../src/contracts/messages';
import { EventBatchSchema } from '../../../src/contracts/events';
import { EventRecorder } from '../../../src/background/events/recorder';
import { EVENT_FLUSH_ALARM, onFlushAlarm, type EventDb } from '../../../src/platform/event-db';
import { fakeFetch, testDb } from './helpers';

/** The wiring suggested to the lead for src/background/index.ts, run against the fake browser. */
describe('background wiring', () => {
  const dbs: EventDb[] = [];
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    for (const db of dbs.splice(0)) db.close();
  });

  it('records a cs-bg/outcome message, sets the flush alarm, and flushes when it fires', async () => {
    const db = testDb();
    dbs.push(db);
    const http = fakeFetch();
    // Default scheduleWake: the real browser.alarms wrapper.
    const recorder = new EventRecorder({ db, extensionVersion: '0.1.0', queueOptions: { fetch: http.fn } });
    let flushed: Promise<unknown> = Promise.resolve();
    onFlushAlarm(() => {
      flushed = recorder.flush();
    });
    recorder.configure({ endpoint: 'https://guard.example.com', orgId: 'acme', enrollmentToken: 'tok', policyVersion: 2 });

    const msg = ContentToBackground.parse({
      type: 'cs-bg/outcome',
      host: 'chatgpt.com',
      channel: 'paste',
      action: 'warn',
      userDecision: 'edited',
      findings: [{ rule: 'pii.email', category: 'pii', count: 1 }],
    });
    if (msg.type !== 'cs-bg/outcome') throw new Error('unreachable');
    const ev = await recorder.recordPromptChecked(msg);
    expect(ev).toMatchObject({ type: 'prompt_checked', userDecision: 'edited' });

    const alarm = await fakeBrowser.alarms.get(EVENT_FLUSH_ALARM);
    expect(alarm).toBeDefined();
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: Date.now() });
    await flushed;
    expect(http.requests).toHaveLength(0);
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await flushed;
    expect(EventBatchSchema.parse(http.requests[0]!.body).events.map((e) => e.id)).toEqual([ev!.id]);
  });
});
