// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../src/contracts/findings';
import type { Decision } from '../../../src/contracts/messages';
import { createLocator, sendControlFromTarget } from '../../../src/content/composer';
import { ProtectionController, type ProtectionDeps } from '../../../src/content/protection';
import { installInterceptor, type SendAttempt } from '../../../src/content/interceptor';
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

/**
 * A page with a textarea composer and a Send button, fresh for each test of the calling
 * `describe`; `clicks` counts clicks on the button (a send the page saw).
 */
function textareaComposer() {
  const dom = {
    ta: null as unknown as HTMLTextAreaElement,
    button: null as unknown as HTMLButtonElement,
    clicks: 0,
    attempt: (text: string): SendAttempt => ({ composer: dom.ta, sendControl: dom.button, text, trigger: 'enter', channel: 'typed' }),
  };
  beforeEach(() => {
    document.body.innerHTML = '<div><textarea></textarea><button aria-label="Send">›</button></div>';
    dom.ta = document.querySelector('textarea')!;
    dom.button = document.querySelector('button')!;
    dom.clicks = 0;
    dom.button.addEventListener('click', () => dom.clicks++);
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });
  return dom;
}

describe('ProtectionController', () => {
  const dom = textareaComposer();
  const attempt = dom.attempt;

  it('lets a clean prompt whose verdict is cached pass untouched (no replay, no UI), and reports it once as allow', async () => {
    const { controller, deps } = harness();
    dom.ta.value = 'hello world';
    controller.watch(dom.ta);
    await flush();
    expect(deps.report, 'the while-typing scan reports nothing').not.toHaveBeenCalled();
    expect(controller.wouldStop(attempt('hello world'))).toBe(false);
    expect(deps.report, 'wouldStop has no side effects').not.toHaveBeenCalled();
    expect(controller.onSend(attempt('hello world'))).toBe(false);
    expect(deps.ask).not.toHaveBeenCalled();
    expect(dom.clicks).toBe(0);
    expect(deps.report).toHaveBeenCalledTimes(1);
    expect(deps.report).toHaveBeenCalledWith({ channel: 'typed', action: 'allow', userDecision: 'none', findings: [], justification: undefined });
  });

  it('stops a prompt without a cached verdict, then replays it once when it is clean, and reports it once as allow', async () => {
    const { controller, deps } = harness();
    dom.ta.value = 'fresh text';
    expect(controller.onSend(attempt('fresh text'))).toBe(true);
    await flush();
    expect(dom.clicks).toBe(1);
    expect(deps.report).toHaveBeenCalledTimes(1);
    expect(deps.report).toHaveBeenCalledWith({ channel: 'typed', action: 'allow', userDecision: 'none', findings: [], justification: undefined });
  });

  it('a text the user chose to "Send anyway" and sends again passes without asking, reported as sent anyway (not as allow)', async () => {
    const { controller, deps, asked } = harness({ kind: 'send_anyway', justification: 'ticket 42' });
    deps.evaluate = vi.fn(async (_channel, findings) => decision(findings.length ? 'warn' : 'allow'));
    const text = `deploy ${SECRET}`;
    expect(controller.onSend(attempt(text))).toBe(true);
    await flush();
    expect(asked).toHaveLength(1);
    expect(dom.clicks).toBe(1);
    expect(controller.onSend(attempt(text)), 'the page did not clear the composer; the user sends again').toBe(false);
    expect(asked).toHaveLength(1);
    const reported = vi.mocked(deps.report).mock.calls.map(([o]) => [o.action, o.userDecision, o.justification, o.findings.length]);
    expect(reported).toEqual([
      ['warn', 'sent_anyway', 'ticket 42', 1],
      ['warn', 'sent_anyway', 'ticket 42', 1],
    ]);
  });

  it('a clean paste is not reported (the send that follows is the prompt); a paste with findings is', async () => {
    const { controller, deps } = harness({ kind: 'cancel' });
    // happy-dom has no execCommand; the textarea write-back falls back to setRangeText.
    Object.defineProperty(document, 'execCommand', { configurable: true, value: () => false });
    controller.onIncoming({ composer: dom.ta, channel: 'paste', text: 'just words', files: [] });
    await flush();
    expect(dom.ta.value).toBe('just words');
    expect(deps.report).not.toHaveBeenCalled();
    controller.onIncoming({ composer: dom.ta, channel: 'paste', text: `token ${SECRET}`, files: [] });
    await flush();
    expect(deps.report).toHaveBeenCalledTimes(1);
    expect(deps.report).toHaveBeenCalledWith(expect.objectContaining({ channel: 'paste', action: 'block', userDecision: 'cancelled' }));
  });

  it('stops a credential, shows the block verdict with its reason, sends nothing', async () => {
    const { controller, asked, deps } = harness({ kind: 'cancel' });
    const text = `deploy ${SECRET}`;
    expect(controller.onSend(attempt(text))).toBe(true);
    await flush();
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ action: 'block', canSendAnyway: false });
    expect(asked[0]!.items[0]).toMatchObject({ label: 'GitHub token' });
    expect(dom.clicks).toBe(0);
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

describe('policy changes (bg-cs/policy-changed)', () => {
  const dom = textareaComposer();
  const attempt = dom.attempt;

  /** A controller whose policy says `action` for any finding; `policy.action` can change live. */
  function underPolicy(initial: Decision['action'], choice: VerdictChoice = { kind: 'cancel' }) {
    const policy = { action: initial };
    const h = harness(choice);
    h.deps.evaluate = vi.fn(async (_channel, findings) => decision(findings.length ? policy.action : 'allow'));
    return { ...h, policy, controller: new ProtectionController(h.deps) };
  }

  it('drops the verdict cached under the old policy: the same text is decided again, and blocked', async () => {
    const { controller, deps, policy, asked } = underPolicy('monitor');
    const text = `deploy ${SECRET}`;
    dom.ta.value = text;
    controller.watch(dom.ta);
    await flush();
    expect(controller.wouldStop(attempt(text)), 'cached under policy A (monitor): would pass untouched').toBe(false);

    policy.action = 'block';
    controller.policyChanged();
    expect(controller.wouldStop(attempt(text)), 'no stale verdict right after the change').toBe(true);
    expect(controller.onSend(attempt(text))).toBe(true);
    await flush();
    expect(asked.map((v) => v.action)).toEqual(['block']);
    expect(dom.clicks).toBe(0);
    expect(deps.report).toHaveBeenCalledTimes(1);
    expect(deps.report).toHaveBeenCalledWith(expect.objectContaining({ action: 'block', userDecision: 'cancelled' }));
  });

  it('re-decides the composer text after a change (new cache, indicator refreshed)', async () => {
    const { controller, deps, policy } = underPolicy('monitor');
    dom.ta.value = `x ${SECRET}`;
    controller.watch(dom.ta);
    await flush();
    const evaluations = vi.mocked(deps.evaluate).mock.calls.length;
    policy.action = 'block';
    controller.policyChanged();
    await flush();
    expect(vi.mocked(deps.evaluate).mock.calls.length).toBe(evaluations + 1);
    expect(deps.setIndicator).toHaveBeenLastCalledWith(1, expect.any(String));
    expect(controller.wouldStop(attempt(`x ${SECRET}`)), 'the new verdict (block) is what is cached').toBe(true);
  });

  it('a verdict still being decided when the policy changes is decided again under the new policy', async () => {
    const { controller, deps, policy, asked } = underPolicy('monitor');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const scan = deps.scan;
    deps.scan = vi.fn(async (text: string) => {
      await gate;
      return scan(text);
    });
    const text = `ship ${SECRET}`;
    expect(controller.onSend(attempt(text))).toBe(true); // cold: held while scanning under A
    policy.action = 'block';
    controller.policyChanged();
    release();
    await flush();
    expect(asked.map((v) => v.action)).toEqual(['block']);
    expect(dom.clicks).toBe(0);
  });

  it('a "Send anyway" chosen on a panel from the old policy is not acted on: decided again', async () => {
    const { controller, deps, policy } = underPolicy('warn', { kind: 'send_anyway' });
    const views: VerdictView[] = [];
    deps.ask = vi.fn(async (view: VerdictView) => {
      views.push(view);
      if (views.length === 1) {
        policy.action = 'block'; // the change arrives while the warn panel is open
        controller.policyChanged();
        return { kind: 'send_anyway' } as VerdictChoice;
      }
      return { kind: 'cancel' } as VerdictChoice;
    });
    expect(controller.onSend(attempt(`go ${SECRET}`))).toBe(true);
    await flush();
    expect(views.map((v) => v.action)).toEqual(['warn', 'block']);
    expect(dom.clicks, 'nothing sent').toBe(0);
    expect(deps.report).toHaveBeenCalledTimes(1);
    expect(deps.report).toHaveBeenCalledWith(expect.objectContaining({ action: 'block', userDecision: 'cancelled' }));
  });
});

describe('one send, one event', () => {
  let ta: HTMLTextAreaElement;
  let submitButton: HTMLButtonElement;
  let sent: string[];
  let stop: AbortController;

  /**
   * A chat page like grok.com's: a textarea in a form whose send control is a submit button; the
   * page sends in its form `submit` handler. The real interceptor and controller are installed
   * (capture listeners on window, registered before the page's).
   */
  function page(action: Decision['action']) {
    document.body.innerHTML = '<form><textarea></textarea><button type="submit" aria-label="Send message">›</button></form>';
    ta = document.querySelector('textarea')!;
    submitButton = document.querySelector('button')!;
    sent = [];
    stop = new AbortController();
    const h = harness();
    h.deps.evaluate = vi.fn(async () => decision(action));
    const controller = new ProtectionController(h.deps);
    installInterceptor({
      signal: stop.signal,
      onSend: (a) => controller.onSend(a),
      wouldStop: (a) => controller.wouldStop(a),
      onIncoming: (i) => controller.onIncoming(i),
    });
    document.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      if (ta.value.trim() === '') return;
      sent.push(ta.value);
      ta.value = '';
    });
    return { ...h, controller };
  }
  afterEach(() => {
    stop.abort();
    document.body.innerHTML = '';
  });

  const click = () => submitButton.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  const outcomes = (report: ProtectionDeps['report']) => vi.mocked(report).mock.calls.map(([o]) => `${o.channel}:${o.action}:${o.userDecision}`);

  it('a monitored send through a submit button (cached verdict) is reported once, not as typed + submit', async () => {
    const { controller, deps } = page('monitor');
    ta.value = 'SELECT id FROM customers';
    controller.watch(ta);
    await flush();
    click(); // click → the form's submit, in the same task
    expect(sent).toEqual(['SELECT id FROM customers']);
    expect(outcomes(deps.report)).toEqual(['typed:monitor:none']);
  });

  it('a monitored send held for a decision, then replayed, is reported once', async () => {
    const { deps } = page('monitor');
    ta.value = 'SELECT name FROM orders';
    click(); // no verdict yet: held, decided, replayed (its replayed click submits the form)
    expect(sent).toEqual([]);
    await flush();
    expect(sent).toEqual(['SELECT name FROM orders']);
    expect(outcomes(deps.report)).toEqual(['typed:monitor:none']);
  });

  it('a double Enter while the verdict is pending is one send, one event', async () => {
    const { deps } = page('monitor');
    ta.value = 'SELECT 1';
    const enter = () => ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(enter()).toBe(false);
    expect(enter()).toBe(false);
    await flush();
    expect(sent).toEqual(['SELECT 1']);
    expect(outcomes(deps.report)).toEqual(['typed:monitor:none']);
  });

  it('the same text sent again later (a new send) is reported again', async () => {
    const { controller, deps } = page('monitor');
    ta.value = 'SELECT 2';
    controller.watch(ta);
    await flush();
    click();
    ta.value = 'SELECT 2';
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    await flush();
    click();
    expect(sent).toEqual(['SELECT 2', 'SELECT 2']);
    expect(outcomes(deps.report)).toEqual(['typed:monitor:none', 'typed:monitor:none']);
  });

  for (const action of ['allow', 'monitor'] as const) {
    it(`a clean ${action} send is one event whether or not its verdict was cached (typing speed does not matter)`, async () => {
      const { controller, deps } = page(action);
      const enter = () => ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      const requestSubmitOnEnter = (e: Event) => {
        if ((e as KeyboardEvent).key === 'Enter') document.querySelector('form')!.requestSubmit();
      };
      ta.addEventListener('keydown', requestSubmitOnEnter); // like a page whose Enter handler submits the form

      // fast: clicked before the while-typing scan finished (held, decided, replayed)
      ta.value = 'hello 1';
      controller.watch(ta);
      click();
      await flush();
      // slow: the verdict was cached while typing (passes untouched), by click and by Enter
      ta.value = 'hello 2';
      ta.dispatchEvent(new Event('input', { bubbles: true }));
      await flush();
      click();
      ta.value = 'hello 3';
      ta.dispatchEvent(new Event('input', { bubbles: true }));
      await flush();
      enter();
      // fast, by Enter
      ta.value = 'hello 4';
      enter();
      await flush();

      expect(sent).toEqual(['hello 1', 'hello 2', 'hello 3', 'hello 4']);
      expect(outcomes(deps.report)).toEqual([`typed:${action}:none`, `typed:${action}:none`, `typed:${action}:none`, `typed:${action}:none`]);
    });
  }

  it('typing on while a send is held: the text that goes is the one send, reported once', async () => {
    const { deps } = page('allow');
    ta.value = 'abc';
    click(); // no verdict yet: held
    ta.value = 'abcd'; // the user types on before the decision is back
    await flush();
    expect(sent).toEqual(['abcd']);
    expect(outcomes(deps.report)).toEqual(['typed:allow:none']);
    expect(vi.mocked(deps.scan).mock.calls.map(([t]) => t)).toContain('abcd'); // what went was checked
  });

  it('the while-typing scan reports nothing by itself', async () => {
    const { controller, deps } = page('monitor');
    ta.value = 'SELECT 3';
    controller.watch(ta);
    await flush();
    expect(deps.evaluate).toHaveBeenCalled();
    expect(deps.report).not.toHaveBeenCalled();
  });
});
