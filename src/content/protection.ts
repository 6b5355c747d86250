import type { Finding } from '../contracts/findings';
import type { Channel, Decision, FindingSummary, UserDecision } from '../contracts/messages';
import type { RedactionResult } from '../contracts/scanner-api';
import type { VerdictChoice, VerdictView } from '../ui/inline/model';
import { readComposerText, type Composer } from './composer';
import { insertIntoComposer, redispatchFiles, replaceComposerText, replaySend } from './editor-io';
import type { IncomingContent, SendAttempt } from './interceptor';

/** What the controller needs from the outside world; injected so it can be tested in a DOM. */
export interface ProtectionDeps {
  scan(text: string): Promise<Finding[]>;
  redact(text: string, findings: Finding[]): Promise<RedactionResult>;
  evaluate(channel: Channel, findings: FindingSummary[]): Promise<Decision>;
  report(outcome: Outcome): void;
  ask(view: VerdictView): Promise<VerdictChoice>;
  /** Closes an open verdict as "edit" (the user went back to the composer and typed). */
  dismiss(): void;
  setIndicator(count: number): void;
  isAsking(): boolean;
}

export interface Outcome {
  channel: Channel;
  action: Decision['action'];
  userDecision: UserDecision;
  findings: FindingSummary[];
  justification?: string;
}

interface Verdict {
  text: string;
  findings: Finding[];
  decision: Decision;
}

const passes = (d: Decision) => d.action === 'allow' || d.action === 'monitor';

export function summarise(findings: readonly Finding[]): FindingSummary[] {
  const byRule = new Map<string, FindingSummary>();
  for (const f of findings) {
    const s = byRule.get(f.rule);
    if (s) s.count += 1;
    else byRule.set(f.rule, { rule: f.rule, category: f.category, count: 1 });
  }
  return [...byRule.values()];
}

export function toView(v: Verdict): VerdictView {
  const action = v.decision.action === 'allow' || v.decision.action === 'monitor' ? 'warn' : v.decision.action;
  return {
    action,
    items: v.findings.slice(0, 20).map(({ rule, category, label, preview, line }) => ({ rule, category, label, preview, line })),
    coaching: v.decision.coaching,
    canRedact: v.decision.canRedact && v.findings.length > 0,
    canSendAnyway: v.decision.canSendAnyway,
    needsJustification: v.decision.needsJustification,
    appBlockedReason: v.decision.appBlockedReason,
  };
}

/**
 * The protection flow on one page. While the user types, the composer is scanned off the main
 * thread and the verdict for that exact text is cached; a send whose text has a passing cached
 * verdict goes through untouched (the trusted event is never replayed). Anything else is stopped,
 * decided, and then sent, rewritten or kept, as policy and the user say.
 */
export class ProtectionController {
  private cache: Verdict | null = null;
  private inflight = new Map<string, Promise<Verdict>>();
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private watched: Composer | null = null;
  private observer: MutationObserver | null = null;
  private watchAbort: AbortController | null = null;
  /** The text of the verdict on screen, if any. */
  private asked: string | null = null;

  constructor(private readonly deps: ProtectionDeps) {}

  /**
   * Watches the composer the user is in. Rich editors apply many edits themselves (Backspace,
   * Enter, paste through their keymaps) without `input` events, so a MutationObserver on the
   * composer is what sees every change: rescan soon (coalesced) and update the quiet indicator.
   */
  watch(composer: Composer): void {
    if (this.watched === composer) return;
    this.observer?.disconnect();
    this.watched = composer;
    const onChange = () => this.onComposerChanged(composer);
    if (composer instanceof HTMLTextAreaElement) {
      composer.addEventListener('input', onChange, { signal: this.stopWatching() });
    } else {
      this.observer = new MutationObserver(onChange);
      this.observer.observe(composer, { childList: true, characterData: true, subtree: true });
    }
    onChange();
  }

  private stopWatching(): AbortSignal {
    this.watchAbort?.abort();
    this.watchAbort = new AbortController();
    return this.watchAbort.signal;
  }

  private onComposerChanged(composer: Composer): void {
    clearTimeout(this.scanTimer);
    this.scanTimer = setTimeout(() => {
      const text = readComposerText(composer);
      // Editing the composer while a verdict is open means the user chose to edit.
      if (this.deps.isAsking() && this.asked !== null && this.asked !== text) this.deps.dismiss();
      void this.verdictFor(text, 'typed').then(
        (v) => {
          if (readComposerText(composer) === v.text) this.deps.setIndicator(v.findings.length);
        },
        () => undefined,
      );
    }, 40);
  }

  /** Synchronous: may this send pass right now without asking anything? */
  wouldStop(attempt: SendAttempt): boolean {
    const v = this.cache;
    return !(v && v.text === attempt.text && passes(v.decision));
  }

  onSend(attempt: SendAttempt): boolean {
    if (attempt.text.trim() === '') return false; // the site ignores empty prompts itself
    if (!this.wouldStop(attempt)) {
      const v = this.cache!;
      if (v.decision.action === 'monitor') this.report(attempt.channel, v, 'none');
      return false;
    }
    if (this.deps.isAsking()) return true; // a decision is already on screen
    void this.decideAndSend(attempt);
    return true;
  }

  onIncoming(incoming: IncomingContent): boolean {
    void this.decideAndInsert(incoming);
    return true;
  }

  private verdictFor(text: string, channel: Channel): Promise<Verdict> {
    if (this.cache?.text === text) return Promise.resolve(this.cache);
    const key = `${channel}\u0000${text}`;
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = (async () => {
        const findings = await this.deps.scan(text);
        const decision = await this.deps.evaluate(channel, summarise(findings));
        return { text, findings, decision };
      })().finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    return pending.then((v) => {
      if (channel === 'typed') this.cache = v;
      return v;
    });
  }

  private async decideAndSend(attempt: SendAttempt): Promise<void> {
    const v = await this.verdictFor(attempt.text, 'typed');
    if (passes(v.decision)) {
      this.report(attempt.channel, v, 'none');
      replaySend(attempt.composer, attempt.sendControl);
      return;
    }
    const choice = await this.askAbout(v);
    switch (choice.kind) {
      case 'redact': {
        const redacted = await this.deps.redact(v.text, v.findings);
        await replaceComposerText(attempt.composer, redacted.text);
        await settle();
        const written = readComposerText(attempt.composer);
        if (written !== redacted.text) {
          // The editor did not take the write-back as intended (or the user typed meanwhile):
          // never send what we did not check; decide again on what the composer holds now.
          if (written.trim() !== '') void this.decideAndSend({ ...attempt, text: written });
          return;
        }
        // The redacted text has no findings by construction; cache it as passing so the replay
        // (and a user's own retry) is not stopped again.
        this.cache = { text: written, findings: [], decision: { ...v.decision, action: 'allow' } };
        this.report(attempt.channel, v, 'redacted');
        replaySend(attempt.composer, attempt.sendControl);
        return;
      }
      case 'send_anyway':
        this.report(attempt.channel, v, 'sent_anyway', choice.justification);
        this.cache = { ...v, decision: { ...v.decision, action: 'allow' } };
        replaySend(attempt.composer, attempt.sendControl);
        return;
      case 'edit':
      case 'cancel':
        this.report(attempt.channel, v, choice.kind === 'edit' ? 'edited' : 'cancelled');
        attempt.composer.focus();
    }
  }

  private async decideAndInsert(incoming: IncomingContent): Promise<void> {
    const text = incoming.text !== '' ? incoming.text : await readTextFiles(incoming.files);
    const channel: Channel = incoming.text === '' ? 'file' : incoming.channel;
    const v = await this.verdictFor(text, channel);
    const release = (content: string) => {
      if (incoming.text !== '') insertIntoComposer(incoming.composer, content);
      else redispatchFiles(incoming.composer, incoming.channel, incoming.files);
    };
    if (passes(v.decision)) {
      if (v.decision.action === 'monitor') this.report(channel, v, 'none');
      release(incoming.text);
      return;
    }
    const choice = await this.askAbout(v);
    if (choice.kind === 'redact' && incoming.text !== '') {
      const redacted = await this.deps.redact(v.text, v.findings);
      insertIntoComposer(incoming.composer, redacted.text);
      this.report(channel, v, 'redacted');
    } else if (choice.kind === 'send_anyway') {
      release(incoming.text);
      this.report(channel, v, 'sent_anyway', choice.justification);
    } else {
      this.report(channel, v, choice.kind === 'edit' ? 'edited' : 'cancelled');
    }
    incoming.composer.focus();
  }

  private async askAbout(v: Verdict): Promise<VerdictChoice> {
    this.asked = v.text;
    try {
      return await this.deps.ask(toView(v));
    } finally {
      this.asked = null;
    }
  }

  private report(channel: Channel, v: Verdict, userDecision: UserDecision, justification?: string): void {
    this.deps.report({ channel, action: v.decision.action, userDecision, findings: summarise(v.findings), justification });
  }
}

/** Lets the editor apply a write-back (its own transaction/reconciliation) before we send. */
const settle = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const TEXT_FILE = /^(text\/|application\/(json|xml|x-yaml|yaml|javascript|x-sh|sql))/;
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Text-like dropped files are scanned like a paste; binary files pass with metadata only. */
async function readTextFiles(files: readonly File[]): Promise<string> {
  const texts = await Promise.all(
    files.filter((f) => TEXT_FILE.test(f.type) && f.size <= MAX_FILE_BYTES).map((f) => f.text()),
  );
  return texts.join('\n');
}

export type { Composer };
