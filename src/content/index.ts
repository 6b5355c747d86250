import { containsSliceMarker } from '../engine/slice-marker';
import { sendToBackground } from '../platform/send';
import { installInterceptor } from './interceptor';

/**
 * Protection on an AI site. Foundation slice: a send attempt whose composer holds the fixed
 * marker is stopped; everything else passes through untouched.
 */
export function startProtection(signal: AbortSignal): void {
  installInterceptor({
    signal,
    wouldStop: (attempt) => containsSliceMarker(attempt.text),
    onSend: (attempt) => {
      if (!containsSliceMarker(attempt.text)) return false;
      void sendToBackground({ type: 'cs-bg/prompt-intercepted', host: location.hostname, channel: attempt.channel, trigger: attempt.trigger });
      return true;
    },
  });
}
