/**
 * Hosts of the AI apps whose composers the content script protects. The content script is
 * declared for these statically (so it is there at document_start, before the page's own
 * listeners); hosts added later by policy are registered dynamically by the background.
 */
export const PROTECTED_AI_HOSTS = [
  'chatgpt.com',
  'chat.openai.com',
  'claude.ai',
  'gemini.google.com',
  'copilot.microsoft.com',
  'www.perplexity.ai',
  'chat.deepseek.com',
  'chat.mistral.ai',
  'grok.com',
  'www.meta.ai',
  'poe.com',
  'huggingface.co',
] as const;

/** Chrome match patterns for {@link PROTECTED_AI_HOSTS}. */
export const protectedMatchPatterns = (): string[] => PROTECTED_AI_HOSTS.map((h) => `https://${h}/*`);
