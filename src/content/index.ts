import { FindingSchema, type Finding } from '../contracts/findings';
import { Decision, type Channel, type FindingSummary } from '../contracts/messages';
import type { RedactionResult, ScannerConfig } from '../contracts/scanner-api';
import { adapterFor } from '../engine/sites/adapters';
import { sendToBackground } from '../platform/send';
import { createLocator } from './composer';
import { InlineUi } from './inline-ui';
import { installInterceptor } from './interceptor';
import { ProtectionController } from './protection';
import { createScannerClient } from './scanner-client';

/** When the background cannot answer, a send with findings is held rather than let through. */
const UNREACHABLE: Decision = {
  action: 'warn',
  coaching: 'Protection could not reach its policy. Check the items below before sending.',
  canRedact: true,
  canSendAnyway: true,
  needsJustification: false,
  policyVersion: null,
};
const CLEAN: Decision = { ...UNREACHABLE, action: 'allow', coaching: undefined };

const parseFindings = (raw: unknown): Finding[] => {
  const parsed = FindingSchema.array().safeParse(raw);
  return parsed.success ? parsed.data : [];
};

/** Protection on an AI site: intercept, scan locally, decide in the background, act inline. */
export function startProtection(signal: AbortSignal): void {
  const host = location.hostname;
  const locator = createLocator(adapterFor(host, location.pathname));
  const ui = new InlineUi(signal);
  const scanner = createScannerClient({
    signal,
    fallbackScan: async (text) => parseFindings(await sendToBackground({ type: 'cs-bg/scan', text })),
    fallbackRedact: async (text, findings) =>
      ((await sendToBackground({ type: 'cs-bg/redact', text, findings })) as RedactionResult | undefined) ?? { text, replacements: [] },
  });
  void sendToBackground({ type: 'cs-bg/get-scanner-config' }).then((config) => {
    if (config) void scanner.configure(config as ScannerConfig);
  });
  void scanner.ready.then((via) =>
    sendToBackground({ type: 'cs-bg/protection-status', host, adapterId: locator.adapterId, scanner: via }),
  );

  const evaluate = async (channel: Channel, findings: FindingSummary[]): Promise<Decision> => {
    const parsed = Decision.safeParse(await sendToBackground({ type: 'cs-bg/evaluate', host, channel, findings }));
    if (parsed.success) return parsed.data;
    return findings.length > 0 ? UNREACHABLE : CLEAN;
  };

  const controller = new ProtectionController({
    scan: (text) => scanner.scan(text),
    redact: (text, findings) => scanner.redact(text, findings),
    evaluate,
    report: (outcome) => void sendToBackground({ type: 'cs-bg/outcome', host, ...outcome }),
    ask: (view) => ui.ask(view),
    dismiss: () => ui.dismiss(),
    setIndicator: (count) => ui.setIndicator(count),
    isAsking: () => ui.showingVerdict,
  });

  installInterceptor({
    signal,
    locator,
    ui,
    onSend: (attempt) => controller.onSend(attempt),
    wouldStop: (attempt) => controller.wouldStop(attempt),
    onIncoming: (incoming) => controller.onIncoming(incoming),
  });
  // Follow the composer the user works in (focus, or input for composers focused before we ran).
  const watch = (event: Event) => {
    const composer = locator.composerFromTarget(event.target);
    if (composer) controller.watch(composer);
  };
  window.addEventListener('focusin', watch, { capture: true, signal });
  window.addEventListener('input', watch, { capture: true, signal });
}
