import { z } from 'zod';

/**
 * What the reference server accepts as an event until the events contract lands: an id (uuid,
 * the idempotency key), a type, a time, optional app/host, and other metadata fields, bounded in
 * size. Fields that could carry prompt text are refused outright: events are metadata only.
 */
export const MAX_EVENT_JSON_BYTES = 8 * 1024;
export const MAX_EVENTS_PER_BATCH = 1000;
const FORBIDDEN_KEYS = ['text', 'prompt', 'content', 'value', 'match', 'matches', 'snippet', 'body'];

export const EventEnvelopeSchema = z
  .looseObject({
    id: z.uuid(),
    type: z.string().regex(/^[a-z][a-z0-9_.-]{0,63}$/, 'lower-case event type'),
    ts: z.iso.datetime({ offset: true }),
    host: z.string().min(1).max(253).optional(),
    app: z.string().min(1).max(100).optional(),
  })
  .superRefine((e, ctx) => {
    for (const k of FORBIDDEN_KEYS) {
      if (k in e) ctx.addIssue({ code: 'custom', path: [k], message: 'events carry metadata only, never content' });
    }
    if (JSON.stringify(e).length > MAX_EVENT_JSON_BYTES) ctx.addIssue({ code: 'custom', path: [], message: `an event is at most ${MAX_EVENT_JSON_BYTES} bytes of JSON` });
  });
export type EventEnvelope = z.infer<typeof EventEnvelopeSchema>;

export const EventBatchSchema = z.object({ events: z.array(EventEnvelopeSchema).min(1).max(MAX_EVENTS_PER_BATCH) });
