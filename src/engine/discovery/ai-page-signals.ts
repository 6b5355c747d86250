import { z } from 'zod';
import { AI_STRONG_TERMS, hasAiWord, termsIn } from '../catalog/ai-terms';
import { catalogIndexFor, normalizeHost } from '../catalog/index';
import type { CatalogPolicy } from '../catalog/types';

/**
 * Unknown-AI-app discovery: a content script on an uncatalogued site collects a few signals;
 * this scores them. Metadata only: `selfDescription` (title + meta description + og tags) is read
 * here for scoring and never returned; the result carries reason codes, the host and the model
 * API hosts seen, nothing from the page.
 */

/**
 * Hosts of model APIs. A page calling one of these from the browser is sending data to a model
 * (bring-your-own-key front ends, thin wrappers). Exact hosts; see {@link isModelApiHost} for
 * the per-customer and regional ones (Azure OpenAI, Bedrock, Vertex).
 */
export const MODEL_API_HOSTS: readonly string[] = [
  'api-inference.huggingface.co',
  'api.ai21.com',
  'api.anthropic.com',
  'api.assemblyai.com',
  'api.cerebras.ai',
  'api.cohere.ai',
  'api.cohere.com',
  'api.deepgram.com',
  'api.deepinfra.com',
  'api.deepseek.com',
  'api.elevenlabs.io',
  'api.fireworks.ai',
  'api.groq.com',
  'api.hyperbolic.xyz',
  'api.lumalabs.ai',
  'api.minimax.chat',
  'api.minimax.io',
  'api.mistral.ai',
  'api.moonshot.ai',
  'api.moonshot.cn',
  'api.novita.ai',
  'api.openai.com',
  'api.perplexity.ai',
  'api.replicate.com',
  'api.runwayml.com',
  'api.sambanova.ai',
  'api.siliconflow.cn',
  'api.stability.ai',
  'api.together.ai',
  'api.together.xyz',
  'api.voyageai.com',
  'api.x.ai',
  'dashscope-intl.aliyuncs.com',
  'dashscope.aliyuncs.com',
  'fal.run',
  'generativelanguage.googleapis.com',
  'open.bigmodel.cn',
  'openrouter.ai',
  'queue.fal.run',
  'router.huggingface.co',
];
const MODEL_API_SET = new Set(MODEL_API_HOSTS);

/** Per-customer or regional model endpoints. */
const MODEL_API_PATTERNS: readonly RegExp[] = [
  /^[a-z0-9-]+\.openai\.azure\.com$/, // Azure OpenAI resource
  /^[a-z0-9-]+\.services\.ai\.azure\.com$/, // Azure AI Foundry resource
  /^bedrock-runtime(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com$/, // Amazon Bedrock runtime
  /^(?:[a-z0-9-]+-)?aiplatform\.googleapis\.com$/, // Vertex AI (global and regional)
];

/** True when `host` is a model API endpoint. */
export function isModelApiHost(host: string): boolean {
  const h = normalizeHost(host);
  if (!h) return false;
  return MODEL_API_SET.has(h) || MODEL_API_PATTERNS.some((re) => re.test(h));
}

/** What the content script reports. Limits keep a hostile page from sending megabytes. */
export const AiPageSignalsSchema = z.object({
  host: z.string().min(1).max(253),
  /** URL pathname, only to recognise catalogued apps limited to paths; not kept. */
  path: z.string().max(2048).optional(),
  /** A large text box with a send button, as chat UIs have. */
  hasChatComposer: z.boolean(),
  composerPlaceholder: z.string().max(200).optional(),
  /** Text grew in place in a message list after a submit (answers streamed in). */
  streamedAnswers: z.boolean(),
  /** Hosts of requests the page made (the collector may pre-filter with isModelApiHost). */
  modelApiHosts: z.array(z.string().max(253)).max(100),
  /** Title + meta description + og tags, truncated by the collector. Scored, then dropped. */
  selfDescription: z.string().max(2000),
});
export type AiPageSignals = z.input<typeof AiPageSignalsSchema>;

export type AiPageReason =
  | 'known-app'
  | 'model-api'
  | 'streamed-answers'
  | 'chat-composer'
  | 'composer-placeholder'
  | 'self-description:ai-terms'
  | 'self-description:ai-word';

export interface AiPageScore {
  /** True: likely an AI app that is not in the catalog (or policy); worth inventorying. */
  candidate: boolean;
  /** 0..1 */
  score: number;
  reasons: AiPageReason[];
  /** Normalised host the signals came from. */
  host: string;
  /** The recognised model API hosts the page called (sorted, no duplicates). */
  modelApis: string[];
  /** Set when the host is already a catalogued (or policy-added) app: never a candidate. */
  knownAppId?: string;
}

const W_MODEL_API = 0.6;
const W_STREAMED = 0.35;
const W_COMPOSER = 0.2;
const W_PLACEHOLDER = 0.2;
const W_DESC_TERMS = 0.35;
const W_DESC_AI = 0.15;
/** Score needed to be a candidate; a behaviour signal (API, streaming, composer) is also needed. */
export const CANDIDATE_THRESHOLD = 0.6;

/** Placeholders chat UIs use: "Ask anything", "Message ChatGPT", "Describe an image…". */
const PLACEHOLDER_RE =
  /(?<![\p{L}\p{N}])(?:ask(?: me)? (?:anything|a question|away)|ask [\p{L}]+|message|prompt|chat with|talk to|what can i help|how can i help|what do you want to (?:know|create|make)|describe (?:an?|the|your|what)|type your (?:question|message|prompt)|enter (?:a|your) prompt|send a message)/iu;

/**
 * Scores signals from one page. Deterministic and pure. A page is a candidate when the combined
 * score reaches {@link CANDIDATE_THRESHOLD} and at least one signal is behaviour (model API call,
 * streamed answers, chat composer), so a news article about ChatGPT never qualifies. Hosts the
 * catalog (with `policy`) already knows are reported as `known-app`, never as candidates.
 */
export function scoreAiPage(signals: AiPageSignals, policy?: CatalogPolicy): AiPageScore {
  const host = normalizeHost(signals.host) ?? '';
  const reasons: AiPageReason[] = [];
  const weights: number[] = [];

  const modelApis = [...new Set(signals.modelApiHosts.slice(0, 100).map((h) => normalizeHost(h)).filter((h): h is string => !!h && isModelApiHost(h)))].sort();
  if (modelApis.length) {
    reasons.push('model-api');
    weights.push(W_MODEL_API);
  }
  if (signals.streamedAnswers) {
    reasons.push('streamed-answers');
    weights.push(W_STREAMED);
  }
  if (signals.hasChatComposer) {
    reasons.push('chat-composer');
    weights.push(W_COMPOSER);
    const ph = (signals.composerPlaceholder ?? '').slice(0, 200);
    if (ph && (PLACEHOLDER_RE.test(ph) || hasAiWord(ph) || termsIn(ph, AI_STRONG_TERMS).length)) {
      reasons.push('composer-placeholder');
      weights.push(W_PLACEHOLDER);
    }
  }
  const desc = signals.selfDescription.slice(0, 2000);
  if (termsIn(desc, AI_STRONG_TERMS).length) {
    reasons.push('self-description:ai-terms');
    weights.push(W_DESC_TERMS);
  } else if (hasAiWord(desc)) {
    reasons.push('self-description:ai-word');
    weights.push(W_DESC_AI);
  }

  const score = Math.round((1 - weights.reduce((acc, w) => acc * (1 - w), 1)) * 100) / 100;
  const behaviour = modelApis.length > 0 || signals.streamedAnswers || signals.hasChatComposer;
  const known = host ? catalogIndexFor(policy).match(host, signals.path) : null;
  if (known) {
    return { candidate: false, score, reasons: ['known-app', ...reasons], host, modelApis, knownAppId: known.id };
  }
  return { candidate: host !== '' && behaviour && score >= CANDIDATE_THRESHOLD, score, reasons, host, modelApis };
}
