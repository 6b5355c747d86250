// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installInterceptor, type SendAttempt } from '../../../src/content/interceptor';
import { composerForControl, composerFromTarget, sendControlFromTarget } from '../../../src/content/composer';

const MARK = 'SECRET';

describe('interceptor', () => {
  let controller: AbortController;
  let stopped: SendAttempt[];
  let pageSaw: string[];
  let pageListeners: AbortController;

  beforeEach(() => {
    document.body.innerHTML = `
      <form id="f">
        <div id="pm" contenteditable="true" class="ProseMirror"><p id="para">hello</p></div>
        <textarea id="ta"></textarea>
        <button id="send" type="button" data-testid="send-button" aria-label="Send prompt"><svg id="icon"></svg></button>
        <button id="attach" type="button" aria-label="Attach file">+</button>
      </form>`;
    controller = new AbortController();
    stopped = [];
    pageSaw = [];
    pageListeners = new AbortController();
    installInterceptor({
      signal: controller.signal,
      wouldStop: (a) => a.text.includes(MARK),
      onSend: (a) => {
        if (!a.text.includes(MARK)) return false;
        stopped.push(a);
        return true;
      },
    });
    // The page's own listeners, registered after ours (as at document_start).
    for (const type of ['keydown', 'click', 'pointerdown']) window.addEventListener(type, (e) => pageSaw.push(e.type), { capture: true, signal: pageListeners.signal });
  });
  afterEach(() => {
    controller.abort();
    pageListeners.abort();
  });

  const enter = (target: Element, init: KeyboardEventInit = {}) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }));

  it('stops Enter in a textarea holding the marker, before the page sees it', () => {
    const ta = document.getElementById('ta') as HTMLTextAreaElement;
    ta.value = `x ${MARK} y`;
    expect(enter(ta)).toBe(false); // default prevented
    expect(pageSaw).toEqual([]);
    expect(stopped).toHaveLength(1);
    expect(stopped[0]).toMatchObject({ trigger: 'enter', text: `x ${MARK} y` });
  });

  it('lets clean Enter, Shift+Enter and IME-composition Enter through untouched', () => {
    const ta = document.getElementById('ta') as HTMLTextAreaElement;
    ta.value = 'clean';
    expect(enter(ta)).toBe(true);
    ta.value = MARK;
    expect(enter(ta, { shiftKey: true })).toBe(true);
    expect(enter(ta, { isComposing: true })).toBe(true);
    expect(pageSaw).toEqual(['keydown', 'keydown', 'keydown']);
    expect(stopped).toEqual([]);
  });

  it('stops a click on the send icon inside the button, and reads the rich editor', () => {
    document.getElementById('para')!.textContent = `hi ${MARK}`;
    document.getElementById('ta')!.remove();
    const icon = document.getElementById('icon')!;
    expect(icon.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))).toBe(false);
    expect(pageSaw).toEqual([]);
    expect(stopped[0]?.trigger).toBe('click');
  });

  it('ignores clicks on controls that are not send controls', () => {
    document.getElementById('para')!.textContent = MARK;
    const attach = document.getElementById('attach')!;
    expect(attach.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))).toBe(true);
    expect(stopped).toEqual([]);
  });

  it('removes every listener when the signal aborts', () => {
    controller.abort();
    const ta = document.getElementById('ta') as HTMLTextAreaElement;
    ta.value = MARK;
    expect(enter(ta)).toBe(true);
    expect(stopped).toEqual([]);
  });
});

describe('composer discovery', () => {
  it('returns the outermost editable for a nested rich-editor node', () => {
    document.body.innerHTML = `<div id="root" contenteditable="true"><p><span id="inner">x</span></p></div>`;
    expect(composerFromTarget(document.getElementById('inner'))?.id).toBe('root');
  });

  it('finds the composer a send control belongs to, outside a form', () => {
    document.body.innerHTML = `<div><div><textarea id="t"></textarea></div><div role="button" id="b" aria-label="Send message"></div></div>`;
    const control = sendControlFromTarget(document.getElementById('b'));
    expect(control?.id).toBe('b');
    expect(composerForControl(control!)?.id).toBe('t');
  });
});
