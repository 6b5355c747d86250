import type { Finding } from '../contracts/findings';
import type { Channel, Decision, FindingSummary, UserDecision } from '../contracts/messages';
import type { RedactionResult } from '../contracts/scanner-api';
import type { VerdictChoice, VerdictView } from '../ui/inline/model';
import { readComposerText, type Composer } from './composer';
import { insertIntoComposer, redispatchFiles, replaceComposerText, replaySend } from './editor-io';
import { readFilesForScan } from './file-text';
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
  /** Findings in the composer's text and what the policy would do with them on send. */
  setIndicator(count: number, action: string): void;
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
  /**
   * The user already chose "Send anyway" for this exact text (with this reason, if one was
   * asked): a repeated send of it passes without asking again, and is reported as what it is.
   */
  sentAnyway?: { justification?: string };
}

const passes = (v: Verdict) => v.sentAnyway !== undefined || v.decision.action === 'allow' || v.decision.action === 'monitor';

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
 *
 * Reporting: exactly one `cs-bg/outcome` per send the user makes, `allow` included, whether
 * the send was decided on the spot or let through on a verdict cached while typing (so the
 * inventory's prompt count does not depend on typing speed); never one for the while-typing scan.
 * A send the page carries out in several events (a click on a submit button, then the form's
 * `submit`; Enter, then the page's own `requestSubmit()`) is one send. Pasted or dropped text is
 * reported when something was found in it (clean pasted text is not: it only goes into the
 * composer, and the send that follows is the prompt).
 */
export class ProtectionController {
  private cache: Verdict | null = null;
  private inflight = new Map<string, Promise<Verdict>>();
  /** Bumped when the policy in force changes: verdicts decided before are void. */
  private generation = 0;
  /** A send just let through or replayed, until the end of the current task (see `sameSend`). */
  private sending: { composer: Composer; text: string } | null = null;
  /** Sends held for a decision, by composer and text: a second Enter while deciding is the same send. */
  private deciding = new Set<string>();
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private watched: Composer | null = null;
  private observer: MutationObserver | null = null;
  private watchAbort: AbortController | null = null;
  /** The text of the verdict on screen, if any. */
  private asked: string | null = null;
  /** Files already decided and handed to the page under the policy in force (see `decideFiles`). */
  private released = new WeakSet<File>();

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
          if (readComposerText(composer) === v.text) this.deps.setIndicator(v.findings.length, v.decision.action);
        },
        () => undefined,
      );
    }, 40);
  }

  /** Synchronous: may this send pass right now without asking anything? */
  wouldStop(attempt: SendAttempt): boolean {
    const v = this.cache;
    return !(v && v.text === attempt.text && passes(v));
  }

  onSend(attempt: SendAttempt): boolean {
    if (attempt.text.trim() === '') return false; // the site ignores empty prompts itself
    // The page's own follow-up of a send we just let through (the form `submit` a click on a
    // submit button causes): the same send, already decided and reported. Let it go.
    if (this.sameSend(attempt)) return false;
    if (!this.wouldStop(attempt)) {
      // Passes untouched on the verdict cached while typing; still one send, so one event.
      this.reportPass(attempt.channel, this.cache!);
      this.markSending(attempt);
      return false;
    }
    if (this.deps.isAsking()) return true; // a decision is already on screen
    const key = sendKey(attempt);
    if (this.deciding.has(key)) return true; // already being decided (a double Enter): one send
    this.deciding.add(key);
    void this.decideAndSend(attempt).finally(() => this.deciding.delete(key));
    return true;
  }

  /**
   * The policy in force changed: every cached or pending verdict was decided under the old one.
   * Drop them, so the next send is decided afresh (never let through on a stale "allow"), and
   * decide the composer's current text again, which also refreshes the indicator.
   */
  policyChanged(): void {
    this.generation += 1;
    this.cache = null;
    this.inflight.clear();
    this.released = new WeakSet();
    if (this.watched?.isConnected) this.onComposerChanged(this.watched);
  }

  private sameSend(attempt: SendAttempt): boolean {
    return this.sending !== null && this.sending.composer === attempt.composer && this.sending.text === attempt.text;
  }

  /**
   * Remembers a send we let through or replay until the current task ends: events the page
   * derives from it synchronously (a submit button's form `submit`, a `requestSubmit()` in its
   * keydown handler, a replayed click's `submit`) belong to the same task. A later attempt with
   * the same text is a new send.
   */
  private markSending(attempt: SendAttempt): void {
    const mark = { composer: attempt.composer, text: attempt.text };
    this.sending = mark;
    setTimeout(() => {
      if (this.sending === mark) this.sending = null;
    }, 0);
  }

  onIncoming(incoming: IncomingContent): boolean {
    void this.decideAndInsert(incoming);
    return true;
  }

  private verdictFor(text: string, channel: Channel): Promise<Verdict> {
    if (this.cache?.text === text) return Promise.resolve(this.cache);
    const generation = this.generation;
    const key = `${channel}\u0000${text}`;
    let pending = this.inflight.get(key);
    if (!pending) {
      const started: Promise<Verdict> = (async () => {
        const findings = await this.deps.scan(text);
        const decision = await this.deps.evaluate(channel, summarise(findings));
        return { text, findings, decision };
      })().finally(() => {
        if (this.inflight.get(key) === started) this.inflight.delete(key);
      });
      pending = started;
      this.inflight.set(key, pending);
    }
    return pending.then((v) => {
      // Decided under a policy that is no longer in force: decide again under the new one.
      if (generation !== this.generation) return this.verdictFor(text, channel);
      if (channel === 'typed') this.cache = v;
      return v;
    });
  }

  private async decideAndSend(attempt: SendAttempt): Promise<void> {
    const v = await this.verdictFor(attempt.text, 'typed');
    if (passes(v)) {
      const current = readComposerText(attempt.composer);
      if (current !== attempt.text) {
        // The user typed on while this send was held: the replay would send what the composer
        // holds now, so that is the send. Decide it (one send, one event), rather than report a
        // text that never left and then the replay's form `submit` as a second send.
        if (current.trim() !== '') await this.decideAndSend({ ...attempt, text: current });
        return;
      }
      this.reportPass(attempt.channel, v);
      this.replay(attempt);
      return;
    }
    const generation = this.generation;
    const choice = await this.askAbout(v);
    if (generation !== this.generation && (choice.kind === 'redact' || choice.kind === 'send_anyway')) {
      // The policy changed while the panel was open: what the user chose may no longer be
      // allowed (the app may even be blocked now). Decide again; never send on the old verdict.
      await this.decideAndSend(attempt);
      return;
    }
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
        this.replay({ ...attempt, text: written });
        return;
      }
      case 'send_anyway':
        this.report(attempt.channel, v, 'sent_anyway', choice.justification);
        this.cache = { ...v, sentAnyway: { justification: choice.justification } };
        this.replay(attempt);
        return;
      case 'edit':
      case 'cancel':
        this.report(attempt.channel, v, choice.kind === 'edit' ? 'edited' : 'cancelled');
        attempt.composer.focus();
    }
  }

  /** Sends as the user tried to; the page's follow-up events for it are the same send. */
  private replay(attempt: SendAttempt): void {
    this.markSending(attempt);
    replaySend(attempt.composer, attempt.sendControl);
  }

  /**
   * A paste or drop: its text is decided for the composer, its files exactly like files chosen in
   * a file input. A clipboard can carry both (an image copied from a page comes with its text):
   * each part is decided on its own, in turn, so neither is lost.
   */
  private async decideAndInsert(incoming: IncomingContent): Promise<void> {
    if (incoming.text !== '') await this.decideAndInsertText(incoming);
    if (incoming.files.length > 0) {
      if (await this.decideFiles(incoming.files)) redispatchFiles(incoming.composer, incoming.channel, incoming.files);
      incoming.composer.focus();
    }
  }

  private async decideAndInsertText(incoming: IncomingContent): Promise<void> {
    const { text, channel } = incoming;
    const v = await this.verdictFor(text, channel);
    const release = (content: string) => insertIntoComposer(incoming.composer, content);
    if (passes(v)) {
      if (v.decision.action !== 'allow' || v.sentAnyway) this.reportPass(channel, v);
      release(incoming.text);
      return;
    }
    const generation = this.generation;
    const choice = await this.askAbout(v);
    if (generation !== this.generation && (choice.kind === 'redact' || choice.kind === 'send_anyway')) {
      await this.decideAndInsertText(incoming); // the policy changed meanwhile: decide again
      return;
    }
    if (choice.kind === 'redact') {
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

  /**
   * Files about to reach the page: chosen in a file input (src/content/file-input.ts), or dropped
   * or pasted into the composer. Each text-like file is read locally and scanned on its own
   * (src/content/file-text.ts; binary files are not read and bring no findings), policy decides
   * on all findings together for the `file` channel, and the panel asks the user when policy
   * says so. Resolves true when the files may go to the page as they are.
   *
   * A file cannot be rewritten: policy never offers "Redact and send" or "Edit" for files, so a
   * `redact` decision leaves Cancel (plus "Send anyway" with a reason when policy allows it), and
   * `block` leaves Cancel. Reported exactly once per upload (`allow` and `monitor` included),
   * with counts and rule ids only — never a file's name or content. Files already decided and
   * handed to the page (a page that copies dropped files into its own file input and fires
   * `change`) pass again without a second decision or event, until the policy changes.
   */
  async decideFiles(files: readonly File[]): Promise<boolean> {
    if (files.length === 0) return false;
    if (files.every((f) => this.released.has(f))) return true;
    const generation = this.generation;
    const contents = await readFilesForScan(files);
    const perFile = await Promise.all(contents.map(async (c) => (c.text === null ? [] : (await this.deps.scan(c.text)).map((finding) => ({ finding, file: c.file.name })))));
    const found = perFile.flat();
    const findings = found.map((f) => f.finding);
    const decision = await this.deps.evaluate('file', summarise(findings));
    if (generation !== this.generation) return this.decideFiles(files); // decided under a policy no longer in force
    const v: Verdict = { text: '', findings, decision };
    const release = () => {
      for (const f of files) this.released.add(f);
      return true;
    };
    if (passes(v)) {
      this.report('file', v, 'none');
      return release();
    }
    const view = toView(v);
    // Not through `askAbout`: typing in the composer meanwhile is not an answer about these files.
    const choice = await this.deps.ask({
      ...view,
      subject: 'file',
      canRedact: false,
      items: found.slice(0, view.items.length).map(({ finding: { rule, category, label, preview, line }, file }) => ({ rule, category, label, preview, line, file })),
    });
    if (generation !== this.generation && choice.kind === 'send_anyway') return this.decideFiles(files); // the policy changed meanwhile
    if (choice.kind === 'send_anyway') {
      this.report('file', v, 'sent_anyway', choice.justification);
      return release();
    }
    this.report('file', v, choice.kind === 'edit' ? 'edited' : 'cancelled');
    return false;
  }

  private async askAbout(v: Verdict): Promise<VerdictChoice> {
    this.asked = v.text;
    try {
      return await this.deps.ask(toView(v));
    } finally {
      this.asked = null;
    }
  }

  /** A send (or paste) that goes through without asking: as policy decided, or as the user chose before. */
  private reportPass(channel: Channel, v: Verdict): void {
    if (v.sentAnyway) this.report(channel, v, 'sent_anyway', v.sentAnyway.justification);
    else this.report(channel, v, 'none');
  }

  private report(channel: Channel, v: Verdict, userDecision: UserDecision, justification?: string): void {
    this.deps.report({ channel, action: v.decision.action, userDecision, findings: summarise(v.findings), justification });
  }
}

/** Identifies a held send: the composer (by identity, through a per-element id) and its text. */
const composerIds = new WeakMap<Composer, number>();
let nextComposerId = 0;
function sendKey(attempt: SendAttempt): string {
  let id = composerIds.get(attempt.composer);
  if (id === undefined) composerIds.set(attempt.composer, (id = ++nextComposerId));
  return `${id}\u0000${attempt.text}`;
}

/** Lets the editor apply a write-back (its own transaction/reconciliation) before we send. */
const settle = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export type { Composer };
