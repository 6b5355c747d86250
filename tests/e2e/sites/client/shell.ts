/**
 * The app shell, loaded as a classic script in <head> (before the body exists), like the
 * bootstrap code of real AI apps: it registers page-level listeners EARLY (window, capture) and
 * exposes `window.__fixture`. The editor bundle (a module script at the end of <body>) calls
 * `__fixtureShell.mount()`; the shell then wires the send control and the sent log.
 */
import './app.css';
import type { EditorFactory, EditorHandle, EditorKind, FixturePageApi, FixtureShellApi, FixtureWindow, SentEntry } from './types';

const win = window as unknown as Window & FixtureWindow;

let handle: EditorHandle | null = null;
let sendSelector = '';

const api: FixturePageApi = {
  host: location.hostname,
  editor: null,
  ready: false,
  sent: [],
  pageSaw: { enterKeydowns: 0, sendClicks: 0, pastes: 0, drops: 0 },
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
