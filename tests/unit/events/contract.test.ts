import { describe, expect, it } from 'vitest';
import {
  EVENT_TYPES,
  EventAppTier,
  EventBatchSchema,
  EventSettingsSchema,
  InventoryEvent,
  LOW_PRIORITY_EVENT_TYPES,
} from '../../../src/contracts/events';
import { APP_TIERS } from '../../../src/engine/catalog/types';
import { makeEvent } from './helpers';

describe('InventoryEvent contract', () => {
  it('accepts well-formed events of every kind', () => {
    for (const t of ['prompt_checked', 'ai_app_used', 'protection_status', 'policy_applied'] as const) {
      expect(InventoryEvent.safeParse(makeEvent(t)).success).toBe(true);
    }
    const env = makeEvent('policy_applied');
    const { type: _t, version: _v, source: _s, ...base } = env as Record<string, unknown>;
    expect(InventoryEvent.safeParse({ ...base, type: 'policy_refused', version: null, source: 'endpoint', reason: 'bad_signature' }).success).toBe(true);
    expect(InventoryEvent.safeParse({ ...base, type: 'ai_extension_found', extensionId: 'abcdefghijklmnopabcdefghijklmnop' }).success).toBe(true);
    expect(InventoryEvent.safeParse({ ...base, type: 'oauth_grant', host: 'chatgpt.com' }).success).toBe(true);
    expect(InventoryEvent.safeParse({ ...base, type: 'unknown_ai_app', host: 'new-ai.example' }).success).toBe(true);
    expect(InventoryEvent.safeParse({ ...base, type: 'queue_overflow', sink: 'org', dropped: { ai_app_used: 3 }, deadLettered: 0, since: base.ts }).success).toBe(true);
  });

  it('is strict: unknown fields (e.g. prompt text) are refused', () => {
    expect(InventoryEvent.safeParse({ ...makeEvent('prompt_checked'), prompt: 'hello' }).success).toBe(false);
    expect(InventoryEvent.safeParse({ ...makeEvent('prompt_checked'), matched: 'AKIA…' }).success).toBe(false);
    expect(InventoryEvent.safeParse({ ...makeEvent('ai_app_used'), url: 'https://claude.ai/chat/1' }).success).toBe(false);
  });

  it('takes hosts only, never URLs, paths, ports or queries', () => {
    for (const host of ['https://claude.ai', 'claude.ai/chat', 'claude.ai?x=1', 'claude.ai:443', 'Claude.AI', 'claude ai', '']) {
      expect(InventoryEvent.safeParse(makeEvent('ai_app_used', { host })).success, host).toBe(false);
    }
    expect(InventoryEvent.safeParse(makeEvent('ai_app_used', { host: 'xn--80ak6aa92e.com' })).success).toBe(true);
  });

  it('bounds strings and identifiers', () => {
    expect(InventoryEvent.safeParse(makeEvent('prompt_checked', { justification: 'x'.repeat(501) })).success).toBe(false);
    expect(InventoryEvent.safeParse(makeEvent('prompt_checked', { justification: 'x'.repeat(500) })).success).toBe(true);
    expect(InventoryEvent.safeParse(makeEvent('prompt_checked', { rules: ['has spaces in it'] })).success).toBe(false);
    expect(InventoryEvent.safeParse(makeEvent('prompt_checked', { categories: { secrets: 1 } })).success).toBe(false);
    expect(InventoryEvent.safeParse(makeEvent('prompt_checked', { id: 'not-a-uuid' })).success).toBe(false);
    expect(InventoryEvent.safeParse(makeEvent('prompt_checked', { user: 'ann@example.com' })).success).toBe(false);
    expect(InventoryEvent.safeParse(makeEvent('prompt_checked', { ts: '2025-03-10' })).success).toBe(false);
  });

  it('batches hold 1..500 events', () => {
    expect(EventBatchSchema.safeParse({ events: [] }).success).toBe(false);
    expect(EventBatchSchema.safeParse({ events: [makeEvent('prompt_checked')] }).success).toBe(true);
    const many = Array.from({ length: 501 }, () => makeEvent('ai_app_used'));
    expect(EventBatchSchema.safeParse({ events: many }).success).toBe(false);
    expect(EventBatchSchema.safeParse({ events: many.slice(0, 500) }).success).toBe(true);
    expect(EventBatchSchema.safeParse({ events: many.slice(0, 1), extra: 1 }).success).toBe(false);
  });

  it('agrees with the engine on tiers, and knows its low-priority types', () => {
    expect(EventAppTier.options).toEqual([...APP_TIERS]);
    for (const t of LOW_PRIORITY_EVENT_TYPES) expect(EVENT_TYPES).toContain(t);
    expect(EventSettingsSchema.parse({})).toMatchObject({ includeJustification: true, usageIntervalMinutes: 60 });
  });
});
