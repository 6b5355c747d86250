/**
 * Site adapters are data: where an AI app's prompt composer and send control are. Selectors are
 * tried in order; when none matches (sites change their DOM every few months) the generic
 * adapter's heuristics (src/content/composer.ts) keep the user protected meanwhile.
 *
 * Every adapter carries HTML samples: in `match`, the elements marked `data-expect="composer"`
 * and `data-expect="send"` must be exactly what the selectors find; in `noMatch`, nothing may
 * match (history edit boxes, search fields, other buttons). tests/unit/sites checks them.
 */
export interface SiteAdapter {
  id: string;
  name: string;
  hosts: readonly string[];
  /** Path prefixes the app lives under, when it shares its host (e.g. HuggingChat). */
  paths?: readonly string[];
  composer: readonly string[];
  send: readonly string[];
  /**
   * Optional: elements that name the signed-in account (profile button / menu), tried in order.
   * The discovery content script reads the first e-mail address in the element's `data-email`,
   * `aria-label`, `title` or text and keeps only its domain (src/content/discovery/account.ts).
   */
  account?: readonly string[];
  samples: { match: readonly string[]; noMatch: readonly string[] };
}

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  {
    id: 'chatgpt',
    name: 'ChatGPT',
    hosts: ['chatgpt.com', 'chat.openai.com'],
    composer: ['#prompt-textarea', 'textarea[name="prompt-textarea"]'],
    send: ['button[data-testid="send-button"]', 'button#composer-submit-button'],
    account: ['[data-testid="accounts-profile-button"]', '[data-testid="profile-button"]'],
    samples: {
      match: [
        '<form><div id="prompt-textarea" class="ProseMirror" contenteditable="true" data-expect="composer"><p>hi</p></div><button data-testid="send-button" aria-label="Send prompt" data-expect="send"></button></form>',
        '<form><textarea name="prompt-textarea" data-expect="composer"></textarea><button id="composer-submit-button" data-expect="send"></button></form>',
      ],
      noMatch: ['<div class="edit-message"><textarea class="edit"></textarea><button class="btn">Save</button></div>'],
    },
  },
  {
    id: 'claude',
    name: 'Claude',
    hosts: ['claude.ai'],
    composer: ['fieldset div.ProseMirror[contenteditable="true"]', 'div[data-testid="chat-input"][contenteditable="true"]'],
    send: ['button[aria-label="Send message"]', 'button[aria-label="Send Message"]'],
    account: ['[data-testid="user-menu-button"]'],
    samples: {
      match: [
        '<fieldset><div class="ProseMirror" contenteditable="true" data-expect="composer"><p></p></div><button aria-label="Send message" data-expect="send"></button></fieldset>',
      ],
      noMatch: ['<div><div class="ProseMirror" contenteditable="false"><p>old answer</p></div><button aria-label="Copy">Copy</button></div>'],
    },
  },
  {
    id: 'gemini',
    name: 'Gemini',
    hosts: ['gemini.google.com'],
    composer: ['rich-textarea .ql-editor[contenteditable="true"]'],
    send: ['button.send-button', 'button[aria-label="Send message"]'],
    account: ['a[aria-label^="Google Account:"]'],
    samples: {
      match: [
        '<rich-textarea><div class="ql-editor" contenteditable="true" data-expect="composer"><p><br></p></div></rich-textarea><button class="send-button" aria-label="Send message" data-expect="send"></button>',
      ],
      noMatch: ['<div class="ql-editor" contenteditable="true"></div><button aria-label="Microphone"></button>'],
    },
  },
  {
    id: 'copilot',
    name: 'Microsoft Copilot',
    hosts: ['copilot.microsoft.com'],
    composer: ['textarea#userInput', 'textarea[data-testid="composer-input"]'],
    send: ['button[aria-label="Submit message"]', 'button[data-testid="submit-button"]'],
    samples: {
      match: ['<div><textarea id="userInput" data-expect="composer"></textarea><button aria-label="Submit message" data-expect="send"></button></div>'],
      noMatch: ['<div><textarea id="feedback"></textarea><button aria-label="Talk to Copilot"></button></div>'],
    },
  },
  {
    id: 'perplexity',
    name: 'Perplexity',
    hosts: ['www.perplexity.ai'],
    composer: ['#ask-input', 'div[data-lexical-editor="true"][contenteditable="true"]', 'textarea[placeholder*="Ask"]'],
    send: ['button[aria-label="Submit"]', 'button[data-testid="submit-button"]'],
    samples: {
      match: [
        '<div><div id="ask-input" contenteditable="true" data-lexical-editor="true" data-expect="composer"><p><br></p></div><button aria-label="Submit" data-expect="send"></button></div>',
      ],
      noMatch: ['<div><input type="search" placeholder="Search threads"><button aria-label="Attach"></button></div>'],
    },
  },
  {
    id: 'deepseek',
    name: 'DeepSeek',
    hosts: ['chat.deepseek.com'],
    composer: ['textarea#chat-input'],
    send: ['div[role="button"][aria-label="Send"]', 'div[role="button"][data-testid="send-button"]'],
    samples: {
      match: ['<div><textarea id="chat-input" data-expect="composer"></textarea><div role="button" aria-label="Send" data-expect="send"></div></div>'],
      noMatch: ['<div><textarea id="rename"></textarea><div role="button" aria-label="DeepThink"></div></div>'],
    },
  },
  {
    id: 'mistral',
    name: 'Mistral Le Chat',
    hosts: ['chat.mistral.ai'],
    composer: ['div.ProseMirror[contenteditable="true"]', 'textarea[name="message.text"]'],
    send: ['button[aria-label="Send question"]', 'button[type="submit"]'],
    samples: {
      match: ['<form><div class="ProseMirror" contenteditable="true" data-expect="composer"></div><button type="submit" data-expect="send"></button></form>'],
      noMatch: ['<div><div class="ProseMirror" contenteditable="false"></div><button type="button">Share</button></div>'],
    },
  },
  {
    id: 'grok',
    name: 'Grok',
    hosts: ['grok.com'],
    composer: ['form textarea', 'div.tiptap.ProseMirror[contenteditable="true"]'],
    send: ['form button[type="submit"]', 'button[aria-label="Submit"]'],
    samples: {
      match: ['<form><textarea data-expect="composer"></textarea><button type="submit" aria-label="Submit" data-expect="send"></button></form>'],
      noMatch: ['<div><textarea></textarea><button type="button" aria-label="Think"></button></div>'],
    },
  },
  {
    id: 'meta-ai',
    name: 'Meta AI',
    hosts: ['www.meta.ai'],
    composer: ['div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]', 'div[contenteditable="true"][role="textbox"]'],
    send: ['div[role="button"][aria-label="Send message"]', 'button[aria-label="Send message"]'],
    samples: {
      match: ['<div><div contenteditable="true" role="textbox" data-lexical-editor="true" data-expect="composer"></div><div role="button" aria-label="Send message" data-expect="send"></div></div>'],
      noMatch: ['<div><div role="textbox" contenteditable="false"></div><div role="button" aria-label="Imagine"></div></div>'],
    },
  },
  {
    id: 'poe',
    name: 'Poe',
    hosts: ['poe.com'],
    composer: ['textarea[class*="GrowingTextArea_textArea"]'],
    send: ['button[aria-label="Send message"]', 'button[class*="ChatMessageSendButton"]'],
    samples: {
      match: ['<div><textarea class="GrowingTextArea_textArea__ZWQbP" data-expect="composer"></textarea><button aria-label="Send message" data-expect="send"></button></div>'],
      noMatch: ['<div><textarea class="BotInfoForm_textArea"></textarea><button aria-label="Stop"></button></div>'],
    },
  },
  {
    id: 'huggingchat',
    name: 'HuggingChat',
    hosts: ['huggingface.co'],
    paths: ['/chat'],
    composer: ['form textarea[placeholder]', 'form textarea'],
    send: ['form button[type="submit"]', 'button[aria-label="Send message"]'],
    samples: {
      match: ['<form><textarea placeholder="Ask anything" data-expect="composer"></textarea><button type="submit" data-expect="send"></button></form>'],
      noMatch: ['<div><textarea></textarea><button type="button">Search</button></div>'],
    },
  },
];

/** The adapter for a page, or null (then only the generic adapter applies). */
export function adapterFor(hostname: string, pathname = '/'): SiteAdapter | null {
  for (const adapter of SITE_ADAPTERS) {
    if (!adapter.hosts.includes(hostname)) continue;
    if (adapter.paths && !adapter.paths.some((p) => pathname === p || pathname.startsWith(`${p}/`))) continue;
    return adapter;
  }
  return null;
}
