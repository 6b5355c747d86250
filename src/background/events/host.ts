import { EventHost } from '../../contracts/events';

/**
 * Reduces whatever the content script sent as a host to a bare lower-case host name (no scheme,
 * port, path, query or trailing dot), or null when it is not one. Events and the inventory store
 * hosts only, never URLs.
 */
export function normalizeHost(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let h = raw.trim().toLowerCase();
  if (h.includes('/') || h.includes('?') || h.includes('#') || h.includes('@')) {
    try {
      h = new URL(h.includes('://') ? h : `https://${h}`).hostname;
    } catch {
      return null;
    }
  }
  h = h.replace(/:\d+$/, '').replace(/\.$/, '');
  return EventHost.safeParse(h).success ? h : null;
}
