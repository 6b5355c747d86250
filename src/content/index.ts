import { FindingSchema, type Finding } from '../contracts/findings';
import { Decision, type Channel, type FindingSummary } from '../contracts/messages';
import type { RedactionResult, ScannerConfig } from '../contracts/scanner-api';
import { adapterFor } from '../engine/sites/adapters';
import { sendToBackground } from '../platform/send';
import { listenForBackground } from '../platform/tab-messaging';
import { createLocator } from './composer';
import { InlineUi } from './inline-ui';
import { installFileInputGuard } from './file-input';
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
  /** Where scanning runs ('starting' until the scanner channel is decided). */
  let scanning: 'worker' | 'background' | 'starting' = 'starting';
  const reportStatus = (via: 'worker' | 'background' | 'starting', change: boolean) => {
    scanning = via;
    return sendToBackground({ type: 'cs-bg/protection-status', host, adapterId: locator.adapterId, scanner: via, ...(change ? { change } : {}) });
  };
  const scanner = createScannerClient({
    signal,
    fallbackScan: async (text) => parseFindings(await sendToBackground({ type: 'cs-bg/scan', text })),
    fallbackRedact: async (text, findings) =>
      ((await sendToBackground({ type: 'cs-bg/redact', text, findings })) as RedactionResult | undefined) ?? { text, replacements: [] },
    // Never silently: the status (popup, `protection_status` event) says scanning left the worker.
    onFallback: () => void reportStatus('background', true),
  });
  /** The worker scans with the custom detectors of the policy in force (the background's own scans always do). */
  const loadScannerConfig = () =>
    scanner.configure(sendToBackground({ type: 'cs-bg/get-scanner-config' }).then((config) => (config ? (config as ScannerConfig) : undefined)));
  void loadScannerConfig();
  // The first report is this page load's visit (inventory, `ai_app_used`): sent now, at
  // document_start, when interception is already up, not once the scanner channel is decided
  // (the frame may take seconds on a busy machine, or never load): a page left before then was
  // still visited. The decided path follows as a change of status, not a new visit.
  void reportStatus('starting', false);
  void scanner.ready.then((via) => reportStatus(via, true));
  // The background forgets a tab's status when its top frame commits another document; a page
  // shown again from the back/forward cache is the same page load (this script does not run
  // again), so it says again that it is here. Not a new visit.
  window.addEventListener(
    'pageshow',
    (event) => {
      if (event.persisted) void reportStatus(scanning, true);
    },
    { signal },
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
    setIndicator: (count, action) => ui.setIndicator(count, action),
    isAsking: () => ui.showingVerdict,
  });

  // The policy changed in the background: verdicts cached under the old one must not decide a send.
  listenForBackground(signal, (msg) => {
    if (msg.type !== 'bg-cs/policy-changed') return;
    void loadScannerConfig(); // first: scans from now on wait for the new detectors
    controller.policyChanged();
  });

  installInterceptor({
    signal,
    locator,
    ui,
    onSend: (attempt) => controller.onSend(attempt),
    wouldStop: (attempt) => controller.wouldStop(attempt),
    onIncoming: (incoming) => controller.onIncoming(incoming),
  });
  // Files chosen with <input type="file"> (attach buttons): held until decided like a dropped file.
  installFileInputGuard({ signal, decide: (files) => controller.decideFiles(files) });
  // Follow the composer the user works in (focus, or input for composers focused before we ran).
  const watch = (event: Event) => {
    const composer = locator.composerFromTarget(event.target);
    if (composer) controller.watch(composer);
  };
  window.addEventListener('focusin', watch, { capture: true, signal });
  window.addEventListener('input', watch, { capture: true, signal });
}
