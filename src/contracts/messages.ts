import { z } from 'zod';
import { CategorySchema } from './findings';

/**
 * Every message between extension contexts, one discriminated union per direction, parsed at the
 * receiver and dropped on failure. Names say the direction: `cs-bg/…` content script →
 * background, `ui-bg/…` popup or options page → background.
 */
export const Channel = z.enum(['typed', 'paste', 'drop', 'file', 'submit']);
export type Channel = z.infer<typeof Channel>;

const Host = z.string().min(1).max(253);

/** What policy says to do with a prompt, strictest wins (see engine `decide`). */
export const Action = z.enum(['allow', 'monitor', 'warn', 'justify', 'redact', 'block']);
export type Action = z.infer<typeof Action>;

/** A finding as it crosses to the background: no preview, no offsets, just what policy needs. */
export const FindingSummary = z.object({
  rule: z.string().min(1).max(100),
  category: CategorySchema,
  count: z.number().int().positive(),
});
export type FindingSummary = z.infer<typeof FindingSummary>;

/** The background's answer to `cs-bg/evaluate`. */
export const Decision = z.object({
  action: Action,
  coaching: z.string().max(2000).optional(),
  canRedact: z.boolean(),
  canSendAnyway: z.boolean(),
  needsJustification: z.boolean(),
  /** Set when the app itself is blocked (tier) or policy fails closed. */
  appBlockedReason: z.string().max(500).optional(),
  policyVersion: z.number().int().nullable(),
});
export type Decision = z.infer<typeof Decision>;

export const UserDecision = z.enum(['none', 'redacted', 'sent_anyway', 'edited', 'cancelled']);
export type UserDecision = z.infer<typeof UserDecision>;

export const ContentToBackground = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('cs-bg/prompt-intercepted'),
    host: Host,
    channel: Channel,
    /** What the user did to send: key (Enter), click (send control) or form submit. */
    trigger: z.enum(['enter', 'click', 'submit']),
  }),
  /** Asks policy what to do with these findings on this app. */
  z.object({
    type: z.literal('cs-bg/evaluate'),
    host: Host,
    channel: Channel,
    findings: z.array(FindingSummary).max(200),
  }),
  /** Reports what finally happened (metadata only; feeds events and the inventory). */
  z.object({
    type: z.literal('cs-bg/outcome'),
    host: Host,
    channel: Channel,
    action: Action,
    userDecision: UserDecision,
    findings: z.array(FindingSummary).max(200),
    justification: z.string().max(500).optional(),
  }),
  /** Fallback scan when the worker channel cannot start (text stays on the device). */
  z.object({ type: z.literal('cs-bg/scan'), text: z.string().max(20_000_000) }),
  /** The scanner configuration (custom detectors) of the policy in force. */
  z.object({ type: z.literal('cs-bg/get-scanner-config') }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

export const UiToBackground = z.discriminatedUnion('type', [z.object({ type: z.literal('ui-bg/get-status') })]);
export type UiToBackground = z.infer<typeof UiToBackground>;

export const StatusResponse = z.object({
  extensionVersion: z.string(),
  interceptedCount: z.number().int().nonnegative(),
  lastInterceptedHost: Host.nullable(),
});
export type StatusResponse = z.infer<typeof StatusResponse>;

export const BackgroundMessage = z.union([ContentToBackground, UiToBackground]);
export type BackgroundMessage = z.infer<typeof BackgroundMessage>;
