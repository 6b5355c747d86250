import { storage } from 'wxt/utils/storage';

/** Local counters shown in the popup. Survives service-worker stops and browser restarts. */
export interface InterceptionTally {
  count: number;
  lastHost: string | null;
}

export const interceptionTally = storage.defineItem<InterceptionTally>('local:interceptionTally', {
  fallback: { count: 0, lastHost: null },
  version: 1,
});
