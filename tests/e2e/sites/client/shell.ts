/**
 * The app shell, loaded as a classic script in <head> (before the body exists), like the
 * bootstrap code of real AI apps: it registers page-level listeners EARLY (window, capture) and
 * exposes `window.__fixture`. The editor bundle (a module script at the end of <body>) calls
 * `__fixtureShell.mount()`; the shell then wires the send control and the sent log.
 */
import './app.css';
import type { EditorFactory, EditorHandle, EditorKind, FixturePageApi, FixtureShellApi, FixtureWindow, SentEntry, UploadedFile } from './types';

const win = window as unknown as Window & FixtureWindow;

let handle: EditorHandle | null = null;
let sendSelector = '';

const api: FixturePageApi = {
  host: location.hostname,
  editor: null,
  ready: false,
  sent: [],
  pageSaw: { enterKeydowns: 0, sendClicks: 0, pastes: 0, drops: 0, fileChanges: 0, uploadHandler: 0 },
  uploads: [],
  error: null,
  composerText: () => (handle ? handle.getText() : ''),
  clearComposer: () => handle?.clear(),
  send,
};
win.__fixture = api;

// Early page-level listeners, as some apps register (analytics, shortcuts). The extension runs at
// document_start, so its own capture listeners are registered before these and must still win.
window.addEventListener(
  'keydown',
  (e) => {
    if (e.key === 'Enter' && !e.shiftKey) api.pageSaw.enterKeydowns++;
  },
  { capture: true },
);
window.addEventListener(
  'click',
  (e) => {
    if (sendSelector && e.target instanceof Element && e.target.closest(sendSelector)) api.pageSaw.sendClicks++;
  },
  { capture: true },
);
window.addEventListener('paste', () => api.pageSaw.pastes++, { capture: true });
window.addEventListener('drop', () => api.pageSaw.drops++, { capture: true });
for (const type of ['input', 'change']) {
  window.addEventListener(
    type,
    (e) => {
      const el = e.composedPath()[0];
      if (el instanceof HTMLInputElement && el.type === 'file' && (el.files?.length ?? 0) > 0) api.pageSaw.fileChanges++;
    },
    { capture: true },
  );
}

function send(): boolean {
  if (!handle) return false;
  const text = handle.getText();
  if (text.trim() === '') return false;
  const entry: SentEntry = { text, editor: handle.kind, at: Date.now() };
  api.sent.push(entry);
  appendMessage(text);
  void fetch('/__fixture/sent', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, editor: handle.kind }),
  }).catch((err: unknown) => {
    api.error = `POST /__fixture/sent failed: ${String(err)}`;
  });
  handle.clear();
  return true;
}

function appendMessage(text: string): void {
  const log = document.querySelector('.sent-log');
  if (!log) return;
  const turn = document.createElement('article');
  turn.className = 'fx-turn fx-user';
  turn.dataset.messageAuthorRole = 'user';
  const bubble = document.createElement('div');
  bubble.className = 'fx-bubble';
  bubble.textContent = text;
  turn.append(bubble);
  const reply = document.createElement('article');
  reply.className = 'fx-turn fx-assistant';
  reply.dataset.messageAuthorRole = 'assistant';
  reply.textContent = `(fixture) received ${[...text].length} characters.`;
  log.append(turn, reply);
  log.scrollTop = log.scrollHeight;
  if (document.body.dataset.fixtureStream === '1') streamAnswer(reply);
}

/** Discovery fixtures: an answer that grows word by word, like a model streaming tokens. */
function streamAnswer(reply: HTMLElement): void {
  const words = 'Sure. Here is a short answer that arrives one token at a time, as model output does.'.split(' ');
  const answer = document.createElement('p');
  answer.className = 'fx-answer';
  reply.append(answer);
  let i = 0;
  const timer = setInterval(() => {
    answer.textContent = `${answer.textContent ?? ''}${i ? ' ' : ''}${words[i]}`;
    if (++i >= words.length) clearInterval(timer);
  }, 40);
}

/**
 * Uploads (sites with `upload` in the catalog): the attach button opens a hidden file input; on
 * `change` the page reads `input.files`, shows a chip per file, POSTs what it read to
 * /__fixture/uploaded (the "upload" to the AI site), and empties the input so the same file can
 * be chosen again, as the real apps do. `?upload=inline|shadow|detached` picks where the input
 * lives (tests/e2e/sites/catalog.ts UPLOAD_MODES).
 */
function wireUpload(): void {
  const spec = document.body.dataset.fixtureUpload;
  const button = document.querySelector<HTMLElement>('[data-fixture-attach]');
  if (!spec || !button) return;
  const { attrs, listen } = JSON.parse(spec) as { attrs: Record<string, string>; listen: 'root' | 'input' };
  const mode = new URLSearchParams(location.search).get('upload') ?? 'inline';
  const makeInput = () => {
    const input = document.createElement('input');
    input.type = 'file';
    for (const [k, v] of Object.entries(attrs)) input.setAttribute(k, v);
    return input;
  };
  const onChange = (input: HTMLInputElement) => {
    api.pageSaw.uploadHandler++;
    const files = Array.from(input.files ?? []);
    if (files.length === 0) return;
    input.value = '';
    void upload(files);
  };
  if (mode === 'detached') {
    button.addEventListener('click', () => {
      const input = makeInput();
      input.addEventListener('change', () => onChange(input));
      input.click();
    });
    return;
  }
  const input = makeInput();
  if (mode === 'shadow') {
    const host = document.createElement('fx-attachments');
    host.attachShadow({ mode: 'open' }).append(input);
    button.after(host);
    input.addEventListener('change', () => onChange(input));
  } else {
    button.after(input);
    if (listen === 'root') document.addEventListener('change', (e) => e.target === input && onChange(input));
    else input.addEventListener('change', () => onChange(input));
  }
  button.addEventListener('click', () => input.click());
}

async function upload(files: File[]): Promise<void> {
  const read: UploadedFile[] = await Promise.all(files.map(async (f) => ({ name: f.name, type: f.type, size: f.size, text: await f.text() })));
  api.uploads.push(read);
  const box = document.querySelector('.fx-composer-box');
  for (const f of read) {
    const chip = document.createElement('span');
    chip.className = 'fx-chip fx-attachment';
    chip.textContent = `📎 ${f.name}`;
    box?.prepend(chip);
  }
  await fetch('/__fixture/uploaded', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ files: read }) }).catch((err: unknown) => {
    api.error = `POST /__fixture/uploaded failed: ${String(err)}`;
  });
}

/** Discovery fixtures: the profile element naming the account given as `?account=<email>`. */
function showAccount(): void {
  const email = new URLSearchParams(location.search).get('account');
  const spec = document.body.dataset.fixtureAccount;
  if (!email || !spec) return;
  const { tag, attrs } = JSON.parse(spec) as { tag: string; attrs: Record<string, string> };
  const el = document.createElement(tag === 'a' ? 'a' : 'button');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v.replaceAll('{{email}}', email));
  el.className = 'fx-account';
  el.textContent = email.slice(0, 1).toUpperCase();
  (document.querySelector('.fx-header') ?? document.body).append(el);
}

function wireSendControl(): void {
  const control = document.querySelector<HTMLElement>(sendSelector);
  if (!control) {
    api.error = `send control ${sendSelector} not found`;
    return;
  }
  const form = control.closest('form');
  const isSubmit = control instanceof HTMLButtonElement && control.type === 'submit' && form !== null;
  if (isSubmit) {
    // SPA style: the form's submit is handled (and prevented) by the page.
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      send();
    });
  } else {
    control.addEventListener('click', (e) => {
      e.preventDefault();
      send();
    });
    if (!(control instanceof HTMLButtonElement)) {
      // div/span role=button: keyboard activation like the real apps.
      control.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          send();
        }
      });
    }
  }
  // Any other form on the page never navigates either.
  for (const other of document.querySelectorAll('form')) {
    if (other !== form || !isSubmit) other.addEventListener('submit', (e) => e.preventDefault());
  }
}

const shell: FixtureShellApi = {
  mount(kind: EditorKind, factory: EditorFactory) {
    try {
      const mount = document.querySelector<HTMLElement>('[data-fixture-mount]');
      if (!mount) throw new Error('no [data-fixture-mount] in page');
      sendSelector = document.body.dataset.fixtureSend ?? '';
      const attrs = JSON.parse(mount.dataset.fixtureAttrs ?? '{}') as Record<string, string>;
      handle = factory({ mount, attrs, send });
      api.editor = kind;
      wireSendControl();
      wireUpload();
      showAccount();
      api.ready = true;
      document.documentElement.dataset.fixtureReady = kind;
    } catch (err) {
      api.error = err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err);
      throw err;
    }
  },
};
win.__fixtureShell = shell;
