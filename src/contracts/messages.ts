import { z } from 'zod';

/**
 * Every message between extension contexts, one discriminated union per direction, parsed at the
 * receiver and dropped on failure. Names say the direction: `cs-bg/…` content script →
 * background, `ui-bg/…` popup or options page → background.
 */
export const Channel = z.enum(['typed', 'paste', 'drop', 'file', 'submit']);
export type Channel = z.infer<typeof Channel>;

const Host = z.string().min(1).max(253);

export const ContentToBackground = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('cs-bg/prompt-intercepted'),
    host: Host,
    channel: Channel,
    /** What the user did to send: key (Enter), click (send control) or form submit. */
    trigger: z.enum(['enter', 'click', 'submit']),
  }),
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
