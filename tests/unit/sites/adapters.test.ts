// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS, adapterFor } from '../../../src/engine/sites/adapters';
import { PROTECTED_AI_HOSTS } from '../../../src/engine/sites/ai-hosts';
import { createLocator, readComposerText } from '../../../src/content/composer';

describe('site adapters', () => {
  it('have unique ids and cover only protected hosts', () => {
    expect(new Set(SITE_ADAPTERS.map((a) => a.id)).size).toBe(SITE_ADAPTERS.length);
    for (const adapter of SITE_ADAPTERS) {
      for (const host of adapter.hosts) expect(PROTECTED_AI_HOSTS).toContain(host);
      expect(adapter.samples.match.length).toBeGreaterThan(0);
      expect(adapter.samples.noMatch.length).toBeGreaterThan(0);
    }
  });

  describe.each(SITE_ADAPTERS.map((a) => [a.id, a] as const))('%s', (_id, adapter) => {
    it.each(adapter.samples.match.map((html, i) => [i, html]))('finds exactly the marked composer and send control (sample %i)', (_i, html) => {
      document.body.innerHTML = html;
      const composer = document.querySelector<HTMLElement>('[data-expect="composer"]')!;
      const send = document.querySelector<HTMLElement>('[data-expect="send"]')!;
      const firstComposer = adapter.composer.map((s) => document.querySelector(s)).find(Boolean);
      const firstSend = adapter.send.map((s) => document.querySelector(s)).find(Boolean);
      expect(firstComposer).toBe(composer);
      expect(firstSend).toBe(send);
      const locator = createLocator(adapter);
      expect(locator.sendControlFor(composer)).toBe(send);
      expect(locator.composerForControl(send)).toBe(composer);
    });

    it.each(adapter.samples.noMatch.map((html, i) => [i, html]))('matches nothing in look-alike markup (sample %i)', (_i, html) => {
      document.body.innerHTML = html;
      for (const selector of [...adapter.composer, ...adapter.send]) expect(document.querySelector(selector), selector).toBeNull();
    });
  });

  it('resolves adapters by host and path', () => {
    expect(adapterFor('chat.openai.com')?.id).toBe('chatgpt');
    expect(adapterFor('huggingface.co', '/chat/conversation/1')?.id).toBe('huggingchat');
    expect(adapterFor('huggingface.co', '/models')).toBeNull();
    expect(adapterFor('unknown-ai.example')).toBeNull();
  });
});

describe('readComposerText', () => {
  const read = (html: string) => {
    document.body.innerHTML = `<div id="c" contenteditable="true">${html}</div>`;
    return readComposerText(document.getElementById('c')!);
  };

  it('serialises editor documents the way the editors do', () => {
    expect(read('<p>one</p><p>two</p>')).toBe('one\ntwo'); // ProseMirror / TipTap / Quill paragraphs
    expect(read('<p>one<br>two<br class="ProseMirror-trailingBreak"></p>')).toBe('one\ntwo'); // hard break
    expect(read('<p><br></p>')).toBe(''); // empty editor placeholder
    expect(read('<p dir="ltr"><span data-lexical-text="true">hi</span></p><p><br></p><p><span>x</span></p>')).toBe('hi\n\nx');
    expect(read('plain text node')).toBe('plain text node');
  });
});
