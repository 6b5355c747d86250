/**
 * Words that say "this is an AI tool", shared by the extension classifier and the page-signal
 * scorer. Word-boundary aware and Unicode aware: "AI" matches in "AI-powered", "(AI)", "MaxAI",
 * not in "Email", "Maintain" or "Thailand".
 */

export interface AiTerm {
  /** Reason code fragment, e.g. `chatgpt`. */
  code: string;
  re: RegExp;
}

/** Letters/digits on neither side of the match. */
const word = (src: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${src})(?![\\p{L}\\p{N}])`, 'iu');

/** Names of models, vendors and products, and unambiguous phrases: strong evidence. */
export const AI_STRONG_TERMS: readonly AiTerm[] = [
  { code: 'chatgpt', re: word('chat-?gpt') },
  { code: 'gpt', re: word('gpt(?:-?[3-9](?:\\.\\d)?[a-z]?)?|gpts') },
  { code: 'openai', re: word('open ?ai') },
  { code: 'claude', re: word('claude') },
  { code: 'anthropic', re: word('anthropic') },
  { code: 'gemini', re: word('gemini') },
  { code: 'copilot', re: word('copilot') },
  { code: 'llm', re: word('llms?') },
  { code: 'deepseek', re: word('deepseek') },
  { code: 'perplexity', re: word('perplexity') },
  { code: 'mistral', re: word('mistral') },
  { code: 'grok', re: word('grok') },
  { code: 'generative-ai', re: word('generative ai|gen ?ai') },
  { code: 'large-language-model', re: word('large language models?') },
  {
    code: 'ai-assistant',
    re: word('ai[- ](?:assistant|copilot|agents?|chat(?:bot)?|writer|writing|sidebar|companion|powered|search|summar(?:y|ies|izer|iser)|generator|image generator|video generator|detector|humanizer|tools?)'),
  },
  { code: 'chatbot', re: word('chat ?bots?') },
  { code: 'artificial-intelligence', re: word('artificial intelligence') },
  { code: 'powered-by-ai', re: word('powered by (?:ai|gpt|chatgpt|openai|claude|gemini)') },
];

/** "AI" as a word or "A.I."; case-insensitive. */
const AI_WORD = word('ai|a\\.i\\.');
/** Camel-case suffix: "MaxAI", "HyperWriteAI" (upper-case AI after a lower-case letter or digit). */
const AI_CAMEL = /(?<=[a-z0-9])AI(?![a-z])/;

/** True when the text has "AI" as a word (not inside another word). */
export const hasAiWord = (text: string): boolean => AI_WORD.test(text) || AI_CAMEL.test(text);

/** Tasks typical of AI tools but not specific to them: weak evidence. */
export const AI_WEAK_TERMS: readonly AiTerm[] = [
  { code: 'writing-assistant', re: word('writing assistant') },
  { code: 'summarize', re: word('summari[sz](?:e|es|ed|ing|er)|summary|summaries|tl;?dr') },
  { code: 'paraphrase', re: word('paraphras(?:e|er|ing)|rewrit(?:e|es|ing|er)') },
  { code: 'prompt', re: word('prompts?') },
  { code: 'transcribe', re: word('transcri(?:be|bes|bing|ption)') },
  { code: 'ask-anything', re: word('ask (?:me )?(?:anything|questions?)') },
];

/** Codes of the terms found in `text`. */
export const termsIn = (text: string, terms: readonly AiTerm[]): string[] => terms.filter((t) => t.re.test(text)).map((t) => t.code);
