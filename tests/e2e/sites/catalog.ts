/**
 * The fixture AI sites: for each real hostname, the editor library the real app uses and markup
 * shaped like the real composer (the ids/classes/aria-labels the extension's site adapters look
 * for). Node-side data only; the page-side code lives in ./client and reads what render.ts puts
 * into the HTML. See docs/fixture-sites.md ("Add a fixture site").
 */

export const EDITORS = ['prosemirror', 'tiptap', 'quill', 'lexical', 'textarea'] as const;
export type EditorKind = (typeof EDITORS)[number];

export function isEditorKind(value: unknown): value is EditorKind {
  return typeof value === 'string' && (EDITORS as readonly string[]).includes(value);
}

export interface ChatSite {
  kind: 'chat';
  host: string;
  /** Product name shown in the page chrome. */
  app: string;
  /** Where the chat app lives; `server.url(host)` points here. Paths outside `appPrefix` serve a non-chat page. */
  chatPath: string;
  /** When the host serves more than the chat app (huggingface.co), the chat app's path prefix. */
  appPrefix?: string;
  /** The editor library the real app uses (override per request with ?editor=). */
  editor: EditorKind;
  /** Attributes put on the editable element (whatever the editor kind), e.g. the id ChatGPT uses. */
  composerAttrs: Record<string, string>;
  /**
   * The composer area: HTML that contains `{{composer}}` exactly once (the editor is created
   * there) and the send control. Inline SVG icons are fine (no script, no external resource).
   */
  layout: string;
  /** CSS selector of the send control inside the page (used by the page and by ChatPage). */
  send: string;
  /** Accent colour, so screenshots tell the sites apart. */
  accent: string;
  /**
   * Discovery (issue 7), optional: the profile element that names the signed-in account, shown
   * when the page is opened with `?account=<email>`; `{{email}}` in attribute values is replaced
   * by the page (setAttribute, never HTML). Shaped like the site adapter's `account` selectors.
   */
  account?: { tag: 'button' | 'a'; attrs: Record<string, string> };
  /** Discovery: stream a fake answer word by word after each send (what AI chat apps do). */
  streams?: boolean;
  /** Discovery: `<meta name="description">` of the page. */
  description?: string;
  /**
   * Uploads, optional: the layout's attach button (`data-fixture-attach`) opens a hidden
   * `<input type="file">` with these attributes, like the real app's paperclip. The page reads
   * `input.files` on `change` and POSTs what it "uploaded" to /__fixture/uploaded. `listen`: where
   * the page listens for `change` — `root` (one listener on the document, like React's root
   * delegation) or `input` (on the element itself). See {@link UPLOAD_MODES} for where the input lives.
   */
  upload?: { attrs: Record<string, string>; listen: 'root' | 'input' };
}

export interface IdentitySite {
  kind: 'identity';
  host: string;
  app: string;
  accent: string;
}

export type FixtureSite = ChatSite | IdentitySite;

const ARROW = '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M12 4l-7 7h4v9h6v-9h4z" fill="currentColor"/></svg>';
const PLANE = '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M3 20l18-8L3 4v6l12 2-12 2z" fill="currentColor"/></svg>';
const SPARK = '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M12 2l2.5 7.5L22 12l-7.5 2.5L12 22l-2.5-7.5L2 12l7.5-2.5z" fill="currentColor"/></svg>';

/** ChatGPT's hidden input (React; `onChange` is delegated to the app root). */
const CHATGPT_UPLOAD: ChatSite['upload'] = { attrs: { multiple: '', tabindex: '-1', class: 'hidden', style: 'display:none' }, listen: 'root' };

const chat = (site: Omit<ChatSite, 'kind' | 'chatPath'> & { chatPath?: string }): ChatSite => ({ kind: 'chat', chatPath: '/', ...site });
const identity = (host: string, app: string, accent: string): IdentitySite => ({ kind: 'identity', host, app, accent });

const CHATGPT_LAYOUT = `<form class="fx-composer" data-type="unified-composer">
  <div class="fx-composer-box">{{composer}}</div>
  <div class="fx-composer-actions">
    <button type="button" class="fx-icon" aria-label="Add photos &amp; files" data-fixture-attach>+</button>
    <button id="composer-submit-button" type="submit" data-testid="send-button" aria-label="Send prompt" class="fx-send composer-submit-button-color">${ARROW}</button>
  </div>
</form>`;

export const SITES: readonly FixtureSite[] = [
  chat({
    host: 'chatgpt.com',
    app: 'ChatGPT',
    editor: 'prosemirror',
    composerAttrs: { id: 'prompt-textarea', 'aria-label': 'Message ChatGPT', 'data-placeholder': 'Ask anything' },
    layout: CHATGPT_LAYOUT,
    send: 'button[data-testid="send-button"]',
    accent: '#10a37f',
    account: { tag: 'button', attrs: { 'data-testid': 'accounts-profile-button', 'aria-label': 'Open profile menu', title: '{{email}}' } },
    upload: CHATGPT_UPLOAD,
  }),
  chat({
    host: 'chat.openai.com',
    app: 'ChatGPT',
    editor: 'prosemirror',
    composerAttrs: { id: 'prompt-textarea', 'aria-label': 'Message ChatGPT', 'data-placeholder': 'Message ChatGPT' },
    layout: CHATGPT_LAYOUT,
    send: 'button[data-testid="send-button"]',
    accent: '#10a37f',
    account: { tag: 'button', attrs: { 'data-testid': 'accounts-profile-button', 'aria-label': 'Open profile menu', title: '{{email}}' } },
    upload: CHATGPT_UPLOAD,
  }),
  chat({
    host: 'claude.ai',
    app: 'Claude',
    editor: 'tiptap',
    composerAttrs: { 'aria-label': 'Write your prompt to Claude', 'data-testid': 'chat-input', translate: 'no' },
    layout: `<fieldset class="fx-composer">
  <div class="fx-composer-box" aria-label="Write your prompt to Claude">{{composer}}</div>
  <div class="fx-composer-actions">
    <button type="button" class="fx-icon" aria-label="Open attachments menu" data-fixture-attach>+</button>
    <button type="button" aria-label="Send message" class="fx-send">${ARROW}</button>
  </div>
</fieldset>`,
    send: 'button[aria-label="Send message"]',
    accent: '#d97757',
    account: { tag: 'button', attrs: { 'data-testid': 'user-menu-button', 'aria-label': '{{email}}' } },
    // Claude's hidden input, with its own change listener.
    upload: { attrs: { 'data-testid': 'file-upload', 'aria-hidden': 'true', multiple: '', class: 'hidden', hidden: '' }, listen: 'input' },
  }),
  chat({
    host: 'gemini.google.com',
    app: 'Gemini',
    chatPath: '/app',
    editor: 'quill',
    composerAttrs: { role: 'textbox', 'aria-label': 'Enter a prompt here', 'aria-multiline': 'true', 'data-placeholder': 'Ask Gemini' },
    layout: `<div class="fx-composer input-area-container">
  <rich-textarea class="text-input-field_textarea" enterkeyhint="send">{{composer}}</rich-textarea>
  <div class="fx-composer-actions">
    <button type="button" class="fx-icon" aria-label="Microphone">🎤</button>
    <button type="button" class="send-button fx-send" aria-label="Send message" mat-icon-button="">${PLANE}</button>
  </div>
</div>`,
    send: 'button.send-button[aria-label="Send message"]',
    accent: '#4c8df6',
  }),
  chat({
    host: 'copilot.microsoft.com',
    app: 'Copilot',
    editor: 'textarea',
    composerAttrs: { id: 'userInput', placeholder: 'Message Copilot', 'aria-label': 'Message Copilot' },
    layout: `<div class="fx-composer">
  <div class="fx-composer-box">{{composer}}</div>
  <div class="fx-composer-actions">
    <button type="button" class="fx-icon" aria-label="Talk to Copilot">🎤</button>
    <button type="button" aria-label="Submit message" title="Submit message" class="fx-send">${ARROW}</button>
  </div>
</div>`,
    send: 'button[aria-label="Submit message"]',
    accent: '#2f6fe4',
  }),
  chat({
    host: 'www.perplexity.ai',
    app: 'Perplexity',
    editor: 'lexical',
    composerAttrs: { id: 'ask-input', role: 'textbox', 'aria-placeholder': 'Ask anything…' },
    layout: `<div class="fx-composer">
  <div class="fx-composer-box">{{composer}}</div>
  <div class="fx-composer-actions">
    <button type="button" class="fx-icon" aria-label="Attach" data-fixture-attach>📎</button>
    <button type="button" aria-label="Submit" class="fx-send">${ARROW}</button>
  </div>
</div>`,
    send: 'button[aria-label="Submit"]',
    accent: '#20808d',
    upload: { attrs: { multiple: '', hidden: '', accept: '.pdf,.txt,.csv,.md,.py,.js,.ts,.json,.env,.pem,image/*' }, listen: 'root' },
  }),
  chat({
    host: 'chat.deepseek.com',
    app: 'DeepSeek',
    editor: 'textarea',
    composerAttrs: { id: 'chat-input', placeholder: 'Message DeepSeek', rows: '2' },
    layout: `<div class="fx-composer">
  <div class="fx-composer-box">{{composer}}</div>
  <div class="fx-composer-actions">
    <div role="button" tabindex="0" class="ds-button fx-chip" aria-label="DeepThink">DeepThink</div>
    <div role="button" tabindex="0" aria-disabled="false" aria-label="Send" class="ds-icon-button fx-send">${ARROW}</div>
  </div>
</div>`,
    send: 'div[role="button"][aria-label="Send"]',
    accent: '#4d6bfe',
  }),
  chat({
    host: 'chat.mistral.ai',
    app: 'Le Chat',
    editor: 'tiptap',
    composerAttrs: { 'aria-label': 'Ask Le Chat' },
    layout: `<form class="fx-composer">
  <div class="fx-composer-box">{{composer}}</div>
  <div class="fx-composer-actions">
    <button type="button" class="fx-icon" aria-label="Tools">⚙</button>
    <button type="submit" aria-label="Send question" class="fx-send">${ARROW}</button>
  </div>
</form>`,
    send: 'button[aria-label="Send question"]',
    accent: '#fa500f',
  }),
  chat({
    host: 'grok.com',
    app: 'Grok',
    editor: 'textarea',
    composerAttrs: { 'aria-label': 'Ask Grok anything', dir: 'auto', placeholder: 'What do you want to know?' },
    layout: `<form class="fx-composer">
  <div class="fx-composer-box query-bar">{{composer}}</div>
  <div class="fx-composer-actions">
    <button type="button" class="fx-chip" aria-label="Think">Think</button>
    <button type="submit" aria-label="Submit" class="fx-send">${ARROW}</button>
  </div>
</form>`,
    send: 'button[type="submit"][aria-label="Submit"]',
    accent: '#111111',
  }),
  chat({
    host: 'poe.com',
    app: 'Poe',
    editor: 'textarea',
    composerAttrs: { class: 'GrowingTextArea_textArea__ZWQbP', placeholder: 'Start a new chat', rows: '1' },
    layout: `<div class="fx-composer ChatMessageInputContainer_inputContainer__s2AGr">
  <div class="fx-composer-box GrowingTextArea_growWrap___1PZM">{{composer}}</div>
  <div class="fx-composer-actions">
    <button type="button" class="fx-icon" aria-label="Stop">■</button>
    <button type="button" aria-label="Send message" class="ChatMessageSendButton_sendButton__4ZyI4 fx-send">${ARROW}</button>
  </div>
</div>`,
    send: 'button[aria-label="Send message"]',
    accent: '#5d5cde',
  }),
  chat({
    host: 'www.meta.ai',
    app: 'Meta AI',
    editor: 'lexical',
    composerAttrs: { role: 'textbox', 'aria-label': 'Ask Meta AI anything', 'aria-placeholder': 'Ask Meta AI anything…' },
    layout: `<div class="fx-composer">
  <div class="fx-composer-box">{{composer}}</div>
  <div class="fx-composer-actions">
    <div role="button" tabindex="0" class="fx-chip" aria-label="Imagine">Imagine</div>
    <div role="button" tabindex="0" aria-label="Send message" class="fx-send">${ARROW}</div>
  </div>
</div>`,
    send: 'div[role="button"][aria-label="Send message"]',
    accent: '#0866ff',
  }),
  chat({
    host: 'huggingface.co',
    app: 'HuggingChat',
    chatPath: '/chat/',
    appPrefix: '/chat',
    editor: 'textarea',
    composerAttrs: { placeholder: 'Ask anything', rows: '1', enterkeyhint: 'send' },
    layout: `<form class="fx-composer" tabindex="-1">
  <div class="fx-composer-box">{{composer}}</div>
  <div class="fx-composer-actions">
    <button type="submit" aria-label="Send message" class="btn fx-send">${ARROW}</button>
  </div>
</form>`,
    send: 'form button[type="submit"]',
    accent: '#ffb000',
  }),
  // Not in any adapter: the generic heuristics must cope with these.
  chat({
    host: 'unknown-ai.example',
    app: 'Unknown AI',
    editor: 'textarea',
    composerAttrs: { placeholder: 'Type a message…', 'aria-label': 'Message' },
    layout: `<div class="fx-composer">
  <div class="fx-composer-box">{{composer}}</div>
  <div class="fx-composer-actions">
    <button type="button" aria-label="Ask" class="fx-send">${SPARK}</button>
  </div>
</div>`,
    send: 'button[aria-label="Ask"]',
    accent: '#7c3aed',
    streams: true,
  }),
  chat({
    host: 'app.example-llm.test',
    app: 'Example LLM',
    editor: 'lexical',
    composerAttrs: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': 'Prompt' },
    layout: `<div class="fx-composer">
  <div class="fx-composer-box">{{composer}}</div>
  <div class="fx-composer-actions">
    <span role="button" tabindex="0" aria-label="Ask" class="fx-send">${SPARK}</span>
  </div>
</div>`,
    send: '[role="button"][aria-label="Ask"]',
    accent: '#0f766e',
    streams: true,
    description: 'Chat with an open-weights LLM in your browser.',
  }),
  identity('accounts.google.com', 'Google Accounts', '#1a73e8'),
  identity('login.microsoftonline.com', 'Microsoft sign-in', '#0067b8'),
  identity('github.com', 'GitHub', '#24292f'),
  identity('slack.com', 'Slack', '#4a154b'),
];

/**
 * Where the page keeps its file input (`?upload=`): `inline` (default; hidden input next to the
 * attach button, in the document), `shadow` (inside an open shadow root, as web-component apps
 * do; its `change` does not leave the root), `detached` (created on each click of the attach
 * button and `click()`ed without ever being attached to the document).
 */
export const UPLOAD_MODES = ['inline', 'shadow', 'detached'] as const;
export type UploadMode = (typeof UPLOAD_MODES)[number];

export function isUploadMode(value: unknown): value is UploadMode {
  return typeof value === 'string' && (UPLOAD_MODES as readonly string[]).includes(value);
}

export const MARKUPS = ['site', 'generic'] as const;
/** `site`: the markup shaped like the real app (default); `generic`: markup no site adapter knows. */
export type MarkupKind = (typeof MARKUPS)[number];

export function isMarkupKind(value: unknown): value is MarkupKind {
  return typeof value === 'string' && (MARKUPS as readonly string[]).includes(value);
}

const MIC = '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M12 15a3 3 0 003-3V6a3 3 0 10-6 0v6a3 3 0 003 3zm5-3a5 5 0 01-10 0H5a7 7 0 006 6.9V21h2v-2.1a7 7 0 006-6.9z" fill="currentColor"/></svg>';

/**
 * The same chat host with markup that NO site adapter matches (`?markup=generic`): obfuscated
 * classes, no ids, no form, a `role=textbox` composer and an icon send control whose label has
 * no send-like word ("Go"), after a decoy icon control ("Voice input"). The extension still runs
 * there (the host is protected), so only its generic heuristics can find composer and send.
 */
export function genericMarkup(site: ChatSite): ChatSite {
  return {
    ...site,
    composerAttrs: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': 'Message input', 'data-slot': 'x7' },
    layout: `<div class="fx-composer c-9f2k">
  <div class="fx-composer-box c-1a7q">{{composer}}</div>
  <div class="fx-composer-actions c-0zz3">
    <button type="button" class="fx-icon c-v01" aria-label="Voice input">${MIC}</button>
    <button type="button" aria-label="Go" class="fx-send c-q4m">${PLANE}</button>
  </div>
</div>`,
    send: 'button[aria-label="Go"]',
  };
}

export const FIXTURE_HOSTS: readonly string[] = SITES.map((s) => s.host);
export const CHAT_HOSTS: readonly string[] = SITES.filter((s) => s.kind === 'chat').map((s) => s.host);
export const IDENTITY_HOSTS: readonly string[] = SITES.filter((s) => s.kind === 'identity').map((s) => s.host);

export function siteFor(host: string): FixtureSite | undefined {
  return SITES.find((s) => s.host === host.toLowerCase());
}

export function chatSite(host: string): ChatSite {
  const site = siteFor(host);
  if (!site || site.kind !== 'chat') throw new Error(`${host} is not a fixture chat site (known: ${CHAT_HOSTS.join(', ')})`);
  return site;
}
