import { describe, expect, it } from 'vitest';
import {
  AiPageSignalsSchema,
  CANDIDATE_THRESHOLD,
  MODEL_API_HOSTS,
  isModelApiHost,
  scoreAiPage,
  type AiPageSignals,
} from '../../../src/engine/discovery/ai-page-signals';

const signals = (over: Partial<AiPageSignals> = {}): AiPageSignals => ({
  host: 'chat.unknown-ai.example',
  hasChatComposer: false,
  streamedAnswers: false,
  modelApiHosts: [],
  selfDescription: '',
  ...over,
});

describe('model API hosts', () => {
  it('lists the main providers', () => {
    for (const h of ['api.openai.com', 'api.anthropic.com', 'generativelanguage.googleapis.com', 'api.mistral.ai', 'api.cohere.ai', 'api.groq.com', 'openrouter.ai', 'api.together.xyz']) {
      expect(MODEL_API_HOSTS).toContain(h);
      expect(isModelApiHost(h)).toBe(true);
    }
  });
  it('is sorted and unique', () => {
    expect([...new Set(MODEL_API_HOSTS)].sort()).toEqual(MODEL_API_HOSTS);
  });
  it('recognises per-customer and regional endpoints', () => {
    expect(isModelApiHost('contoso-eu.openai.azure.com')).toBe(true);
    expect(isModelApiHost('bedrock-runtime.eu-west-1.amazonaws.com')).toBe(true);
    expect(isModelApiHost('us-central1-aiplatform.googleapis.com')).toBe(true);
    expect(isModelApiHost('API.OpenAI.com')).toBe(true);
  });
  it('rejects look-alikes and unrelated hosts', () => {
    for (const h of ['api.openai.com.evil.example', 'openai.com', 's3.eu-west-1.amazonaws.com', 'www.googleapis.com', 'example.com', '']) {
      expect(isModelApiHost(h), h).toBe(false);
    }
  });
});

describe('scoreAiPage', () => {
  it('flags a chat UI that streams answers and says it is AI', () => {
    const r = scoreAiPage(
      signals({ hasChatComposer: true, composerPlaceholder: 'Ask anything…', streamedAnswers: true, selfDescription: 'NovaChat — your AI assistant powered by GPT-4o' }),
    );
    expect(r.candidate).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(CANDIDATE_THRESHOLD);
    expect(r.reasons).toEqual(['streamed-answers', 'chat-composer', 'composer-placeholder', 'self-description:ai-terms']);
  });

  it('flags a bring-your-own-key front end calling a model API', () => {
    const r = scoreAiPage(signals({ hasChatComposer: true, modelApiHosts: ['api.openai.com', 'api.openai.com', 'cdn.example.com', 'api.anthropic.com'] }));
    expect(r.candidate).toBe(true);
    expect(r.modelApis).toEqual(['api.anthropic.com', 'api.openai.com']);
    expect(r.reasons).toContain('model-api');
  });

  it('flags a page sending data straight to a model API even without a visible composer', () => {
    expect(scoreAiPage(signals({ modelApiHosts: ['generativelanguage.googleapis.com'] })).candidate).toBe(true);
  });

  it('does not flag a news article about ChatGPT (no behaviour)', () => {
    const r = scoreAiPage(signals({ host: 'news.example', selfDescription: 'ChatGPT and Claude: the generative AI race explained' }));
    expect(r.candidate).toBe(false);
    expect(r.reasons).toEqual(['self-description:ai-terms']);
  });

  it('does not flag an ordinary messaging or support widget', () => {
    expect(scoreAiPage(signals({ host: 'shop.example', hasChatComposer: true, composerPlaceholder: 'Type here', selfDescription: 'Acme shoes' })).candidate).toBe(false);
    expect(scoreAiPage(signals({ host: 'team.example', hasChatComposer: true, composerPlaceholder: 'Message #general', selfDescription: 'Team chat' })).candidate).toBe(false);
  });

  it('does not flag a support bot on a non-AI site that streams (below threshold)', () => {
    const r = scoreAiPage(signals({ host: 'bank.example', hasChatComposer: true, composerPlaceholder: 'Ask a question', streamedAnswers: true, selfDescription: 'Acme Bank – accounts and loans' }));
    expect(r.score).toBeLessThan(CANDIDATE_THRESHOLD);
    expect(r.candidate).toBe(false);
  });

  it('reports known apps as known, never as candidates', () => {
    const r = scoreAiPage(signals({ host: 'www.perplexity.ai', hasChatComposer: true, streamedAnswers: true, selfDescription: 'Perplexity AI' }));
    expect(r).toMatchObject({ candidate: false, knownAppId: 'perplexity', host: 'www.perplexity.ai' });
    expect(r.reasons[0]).toBe('known-app');
    expect(scoreAiPage(signals({ host: 'huggingface.co', path: '/chat/', hasChatComposer: true })).knownAppId).toBe('huggingchat');
    expect(scoreAiPage(signals({ host: 'huggingface.co', path: '/spaces/x', hasChatComposer: true })).knownAppId).toBeUndefined();
  });

  it('knows policy-added apps', () => {
    const policy = { add: [{ id: 'corp-gpt', name: 'Corp GPT', domains: ['gpt.corp.example'] }] };
    const r = scoreAiPage(signals({ host: 'gpt.corp.example', hasChatComposer: true, streamedAnswers: true, selfDescription: 'AI chat' }), policy);
    expect(r).toMatchObject({ candidate: false, knownAppId: 'corp-gpt' });
  });

  it('keeps no page text in the result', () => {
    const r = scoreAiPage(
      signals({ hasChatComposer: true, composerPlaceholder: 'Ask Project Falcon anything', streamedAnswers: true, selfDescription: 'Project Falcon – confidential AI chat for ACME-4711' }),
    );
    expect(JSON.stringify(r)).not.toMatch(/Falcon|ACME|confidential|Ask/);
  });

  it('is word-boundary aware for "AI"', () => {
    expect(scoreAiPage(signals({ selfDescription: 'Email and maintain your domain' })).reasons).toEqual([]);
    expect(scoreAiPage(signals({ selfDescription: 'The AI notebook' })).reasons).toEqual(['self-description:ai-word']);
  });

  it('handles an unusable host', () => {
    const r = scoreAiPage(signals({ host: 'not a host', hasChatComposer: true, streamedAnswers: true, modelApiHosts: ['api.openai.com'] }));
    expect(r.candidate).toBe(false);
    expect(r.host).toBe('');
  });

  it('validates collector input with limits', () => {
    expect(AiPageSignalsSchema.safeParse(signals()).success).toBe(true);
    expect(AiPageSignalsSchema.safeParse(signals({ selfDescription: 'x'.repeat(5000) })).success).toBe(false);
    expect(AiPageSignalsSchema.safeParse({ ...signals(), modelApiHosts: Array(200).fill('api.openai.com') }).success).toBe(false);
  });
});
