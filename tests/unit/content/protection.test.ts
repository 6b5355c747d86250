// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../src/contracts/findings';
import type { Decision } from '../../../src/contracts/messages';
import { createLocator, sendControlFromTarget } from '../../../src/content/composer';
import { ProtectionController, type ProtectionDeps } from '../../../src/content/protection';
import type { SendAttempt } from '../../../src/content/interceptor';
import type { VerdictChoice, VerdictView } from '../../../src/ui/inline/model';

const SECRET = 'ghp_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE';

const decision = (action: Decision['action']): Decision => ({
  action,
  canRedact: action !== 'block',
  canSendAnyway: action !== 'block',
  needsJustification: false,
  policyVersion: null,
});

function finding(text: string): Finding[] {
  const start = text.indexOf(SECRET);
  if (start < 0) return [];
  return [{ rule: 'credential.github_pat', category: 'credential', label: 'GitHub token', preview: 'ghp_…KE', line: 1, start, end: start + SECRET.length, score: 1 }];
}

function harness(choice: VerdictChoice = { kind: 'cancel' }) {
  const asked: VerdictView[] = [];
  const deps: ProtectionDeps = {
    scan: vi.fn(async (text: string) => finding(text)),
    redact: vi.fn(async (text: string) => ({ text: text.replace(SECRET, '[GITHUB_TOKEN_1]'), replacements: [] })),
    evaluate: vi.fn(async (_channel, findings) => decision(findings.length ? 'block' : 'allow')),
    report: vi.fn(),
    ask: vi.fn(async (view: VerdictView) => {
      asked.push(view);
      return choice;
    }),
    dismiss: vi.fn(),
    setIndicator: vi.fn(),
    isAsking: () => false,
  };
  return { deps, asked, controller: new ProtectionController(deps) };
}

const flush = () => new Promise((r) => setTimeout(r, 80));

describe('ProtectionController', () => {
  let ta: HTMLTextAreaElement;
  let clicks: number;
  let button: HTMLButtonElement;
  beforeEach(() => {
    document.body.innerHTML = '<div><textarea></textarea><button aria-label="Send">›</button></div>';
    ta = document.querySelector('textarea')!;
    button = document.querySelector('button')!;
    clicks = 0;
    button.addEventListener('click', () => clicks++);
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  const attempt = (text: string): SendAttempt => ({ composer: ta, sendControl: button, text, trigger: 'enter', channel: 'typed' });

  it('lets a clean prompt whose verdict is cached pass untouched (no replay, no UI)', async () => {
    const { controller, deps } = harness();
    ta.value = 'hello world';
    controller.watch(ta);
    await flush();
    expect(controller.wouldStop(attempt('hello world'))).toBe(false);
    expect(controller.onSend(attempt('hello world'))).toBe(false);
    expect(deps.ask).not.toHaveBeenCalled();
    expect(clicks).toBe(0);
  });

  it('stops a prompt without a cached verdict, then replays it once when it is clean', async () => {
    const { controller } = harness();
    expect(controller.onSend(attempt('fresh text'))).toBe(true);
    await flush();
    expect(clicks).toBe(1);
  });

  it('stops a credential, shows the block verdict with its reason, sends nothing', async () => {
    const { controller, asked, deps } = harness({ kind: 'cancel' });
    const text = `deploy ${SECRET}`;
    expect(controller.onSend(attempt(text))).toBe(true);
    await flush();
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ action: 'block', canSendAnyway: false });
    expect(asked[0]!.items[0]).toMatchObject({ label: 'GitHub token' });
    expect(clicks).toBe(0);
    expect(deps.report).toHaveBeenCalledWith(expect.objectContaining({ action: 'block', userDecision: 'cancelled' }));
  });

  it('ignores empty prompts (the site does too)', () => {
    const { controller, deps } = harness();
    expect(controller.onSend(attempt('   '))).toBe(false);
    expect(deps.scan).not.toHaveBeenCalled();
  });
});

describe('generic send-control heuristics', () => {
  const html = (actions: string) => `<div class="x1"><div class="x2"><div contenteditable="true" role="textbox" id="c"><p>hi</p></div></div><div class="x3">${actions}</div></div>`;
  const SVG = '<svg viewBox="0 0 1 1"><path d="M0 0"/></svg>';

  it('takes the lone icon control after the composer as the send control, even labelled "Go"', () => {
    document.body.innerHTML = html(`<button aria-label="Voice input" id="mic">${SVG}</button><button aria-label="Go" id="go">${SVG}</button>`);
    const go = document.getElementById('go')!;
    expect(sendControlFromTarget(go.querySelector('path'))).toBe(go);
    expect(sendControlFromTarget(document.getElementById('mic'))).toBeNull();
    expect(createLocator(null).sendControlFor(document.getElementById('c')!)).toBe(go);
  });

  it('does not take a control with text, a control before the composer, or one that is not last', () => {
    document.body.innerHTML = html(`<button id="go">${SVG}</button><button id="help">Help me write</button>`);
    expect(sendControlFromTarget(document.getElementById('go'))).toBeNull();
    expect(sendControlFromTarget(document.getElementById('help'))).toBeNull();
    document.body.innerHTML = `<div><button id="before">${SVG}</button><div contenteditable="true"></div></div>`;
    expect(sendControlFromTarget(document.getElementById('before'))).toBeNull();
  });

  it('does not take icon controls when two composers share the container', () => {
    document.body.innerHTML = `<div><textarea></textarea><textarea></textarea><button id="b">${SVG}</button></div>`;
    expect(sendControlFromTarget(document.getElementById('b'))).toBeNull();
  });
});
