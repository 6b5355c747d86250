// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFileInputGuard, type FileInputGuard } from '../../../src/content/file-input';

const txt = (name: string, content = 'hello') => new File([content], name, { type: 'text/plain' });
const flush = () => new Promise((r) => setTimeout(r, 20));

/** What the browser does when the user picks `files`: set them, fire input (composed) then change. */
function choose(input: HTMLInputElement, files: File[]): void {
  const data = new DataTransfer();
  for (const f of files) data.items.add(f);
  input.files = data.files;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('file input guard', () => {
  let guardAbort: AbortController;
  let pageAbort: AbortController;
  let input: HTMLInputElement;
  /** What the page's own listeners saw: event type and the names of `input.files` at that time. */
  let pageSaw: string[];
  let verdict: (files: File[]) => Promise<boolean>;
  let decide: ReturnType<typeof vi.fn<(files: File[], input: HTMLInputElement) => Promise<boolean>>>;
  let guard: FileInputGuard;

  const record = (where: string) => (e: Event) => {
    const el = e.composedPath()[0] as HTMLInputElement;
    pageSaw.push(`${where}:${e.type}:${Array.from(el.files ?? []).map((f) => f.name).join(',')}`);
  };
  /** The page's listeners, registered after ours (as at document_start): window (capture, like React's root), and on the element. */
  const listenAsPage = (el: HTMLInputElement, onWindow = true) => {
    const opts = { signal: pageAbort.signal };
    for (const type of ['input', 'change']) {
      if (onWindow) window.addEventListener(type, record('window'), { ...opts, capture: true });
      el.addEventListener(type, record('element'), opts);
    }
  };

  beforeEach(() => {
    document.body.innerHTML = '<form><button type="button" id="attach">+</button><input type="file" id="file" multiple hidden></form>';
    input = document.getElementById('file') as HTMLInputElement;
    guardAbort = new AbortController();
    pageAbort = new AbortController();
    pageSaw = [];
    verdict = async () => true;
    decide = vi.fn((files: File[]) => verdict(files));
    guard = installFileInputGuard({ signal: guardAbort.signal, decide });
    listenAsPage(input);
  });
  afterEach(() => {
    guardAbort.abort();
    pageAbort.abort();
    document.body.innerHTML = '';
  });

  it('holds the selection: the page sees neither event, nor the files, while they are decided', async () => {
    let release!: (ok: boolean) => void;
    verdict = () => new Promise((r) => (release = r));
    const file = txt('notes.txt');
    choose(input, [file]);
    expect(pageSaw).toEqual([]);
    expect(decide).toHaveBeenCalledTimes(1);
    expect(decide.mock.calls[0]![0]).toEqual([file]);
    expect(input.files?.length, 'the page cannot read the files meanwhile').toBe(0);
    release(true);
    await flush();
    expect(pageSaw.filter((s) => s.startsWith('element'))).toEqual(['element:input:notes.txt', 'element:change:notes.txt']);
  });

  it('allowed: the same File objects go back into the input, input and change are dispatched once each, decided once (no loop)', async () => {
    const a = txt('a.txt');
    const b = txt('b.csv');
    choose(input, [a, b]);
    await flush();
    expect(pageSaw).toEqual(['window:input:a.txt,b.csv', 'element:input:a.txt,b.csv', 'window:change:a.txt,b.csv', 'element:change:a.txt,b.csv']);
    expect(input.files?.[0]).toBe(a);
    expect(input.files?.[1]).toBe(b);
    expect(decide, 'our own re-dispatched events pass without a second decision').toHaveBeenCalledTimes(1);
  });

  it('refused: the input is left empty and the page never sees an event', async () => {
    verdict = async () => false;
    choose(input, [txt('.env', 'AWS_SECRET_ACCESS_KEY=x')]);
    await flush();
    expect(pageSaw).toEqual([]);
    expect(input.files?.length).toBe(0);
    expect(input.value).toBe('');
  });

  it('a decision that fails counts as refused (never let through undecided)', async () => {
    verdict = async () => {
      throw new Error('scanner gone');
    };
    choose(input, [txt('a.txt')]);
    await flush();
    expect(pageSaw).toEqual([]);
    expect(input.files?.length).toBe(0);
  });

  it('a page-dispatched (untrusted) change with files is held and decided too, and answered with a change only', async () => {
    const data = new DataTransfer();
    data.items.add(txt('copied.txt'));
    input.files = data.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(pageSaw).toEqual([]);
    await flush();
    expect(decide).toHaveBeenCalledTimes(1);
    expect(pageSaw).toEqual(['window:change:copied.txt', 'element:change:copied.txt']);
  });

  it('an input without files (cleared, picker cancelled) and other inputs pass untouched', async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const text = document.createElement('input');
    document.body.append(text);
    listenAsPage(text, false);
    text.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await flush();
    expect(decide).not.toHaveBeenCalled();
    expect(pageSaw).toEqual(['window:change:', 'element:change:', 'window:input:', 'element:input:']);
  });

  it('a newer selection on the same input replaces one still being decided; only the newer one is delivered', async () => {
    const releases: ((ok: boolean) => void)[] = [];
    verdict = () => new Promise((r) => releases.push(r));
    choose(input, [txt('first.txt')]);
    choose(input, [txt('second.txt')]);
    expect(decide).toHaveBeenCalledTimes(2);
    releases[1]!(true);
    releases[0]!(true);
    await flush();
    expect(pageSaw.filter((s) => s.startsWith('element'))).toEqual(['element:input:second.txt', 'element:change:second.txt']);
  });

  it('an input in an open shadow root: the composed input event reveals it, the non-composed change is stopped at its root', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('input');
    inner.type = 'file';
    root.append(inner);
    inner.addEventListener('change', record('shadow'), { signal: pageAbort.signal });
    root.addEventListener('change', record('shadow-root'), { signal: pageAbort.signal });
    let release!: (ok: boolean) => void;
    verdict = () => new Promise((r) => (release = r));
    choose(inner, [txt('in-shadow.txt')]);
    expect(pageSaw).toEqual([]);
    release(true);
    await flush();
    expect(pageSaw.filter((s) => s.startsWith('shadow'))).toEqual(['shadow:change:in-shadow.txt', 'shadow-root:change:in-shadow.txt']);
    expect(decide).toHaveBeenCalledTimes(1);
  });

  it('a detached input (created and clicked, never attached) is guarded once handed to watch()', async () => {
    const detached = document.createElement('input');
    detached.type = 'file';
    const onchange = vi.fn();
    detached.addEventListener('change', onchange);
    verdict = async () => false;
    guard.watch(detached);
    guard.watch(detached); // twice: still one listener
    choose(detached, [txt('secret.pem')]);
    await flush();
    expect(onchange).not.toHaveBeenCalled();
    expect(decide).toHaveBeenCalledTimes(1);
    expect(detached.files?.length).toBe(0);
  });

  it('without watch(), a detached input is out of reach (documented limit)', async () => {
    const detached = document.createElement('input');
    detached.type = 'file';
    const onchange = vi.fn();
    detached.addEventListener('change', onchange);
    choose(detached, [txt('x.txt')]);
    await flush();
    expect(onchange).toHaveBeenCalledTimes(1);
    expect(decide).not.toHaveBeenCalled();
  });
});

describe('page-world relay for detached file inputs', () => {
  const saved = {
    click: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'click')!,
    showPicker: Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'showPicker'),
  };
  let abort: AbortController;
  afterEach(() => {
    abort.abort();
    Object.defineProperty(HTMLElement.prototype, 'click', saved.click);
    if (saved.showPicker) Object.defineProperty(HTMLInputElement.prototype, 'showPicker', saved.showPicker);
  });

  it('click() on a detached file input hands it to the guard before the picker opens; attached inputs and other elements are not announced', async () => {
    const { installFilePickerRelay, FILE_INPUT_RELAY_EVENT } = await import('../../../src/content/file-picker-relay');
    abort = new AbortController();
    installFilePickerRelay();
    const announced: unknown[] = [];
    window.addEventListener(FILE_INPUT_RELAY_EVENT, (e) => announced.push((e as FocusEvent).relatedTarget), { signal: abort.signal });
    const decide = vi.fn(async () => false);
    installFileInputGuard({ signal: abort.signal, decide });

    const detached = document.createElement('input');
    detached.type = 'file';
    const onchange = vi.fn();
    detached.addEventListener('change', onchange);
    let clicks = 0;
    detached.addEventListener('click', () => clicks++);
    detached.click();
    expect(clicks, 'the original click still runs').toBe(1);
    expect(announced).toEqual([detached]);

    const attached = document.createElement('input');
    attached.type = 'file';
    document.body.append(attached);
    attached.click();
    document.createElement('button').click();
    expect(announced, 'only detached file inputs are announced').toEqual([detached]);

    choose(detached, [txt('id_rsa', '-----BEGIN OPENSSH PRIVATE KEY-----')]);
    await flush();
    expect(decide).toHaveBeenCalledTimes(1);
    expect(onchange).not.toHaveBeenCalled();
    attached.remove();
  });
});
