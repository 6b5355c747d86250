/**
 * Inline protection latency in real Chromium, with the built extension and without it (baseline),
 * in the same run, against the fixture AI sites. Prints figures; never a pass/fail test.
 *
 *   npx wxt build && npm run bench:protection            # → bench/results/protection.json
 *   npm run bench:protection -- --quick                  # fewer runs (smoke)
 *   npm run bench:protection -- --editors=textarea,quill # which fixture editors (default textarea,prosemirror)
 *
 * Definitions (all timestamps on the page's own clock, `performance.now()` scale):
 * - t0 = `event.timeStamp` of the TRUSTED Enter keydown (Chromium stamps it when the input event
 *   is created), read by a window capture listener the benchmark registers before any other
 *   script, the extension's included (Playwright init script), so it sees Enter even when the
 *   extension stops it.
 * - clean prompt: t1 = the page's send handler POSTing the prompt (the fixture's `fetch` to
 *   /__fixture/sent, wrapped). Includes the page's own work (reading its editor, rendering the
 *   message), which the baseline has too; ratio = with / without extension.
 * - sensitive prompt (clean text pasted, then a GitHub token TYPED at the end → block; a pasted
 *   token would be stopped at the paste): t1 = the verdict panel appearing in the extension's
 *   shadow root (MutationObserver). No baseline (without the extension it is sent).
 * - "warm": the prompt is pasted, then the user pauses 300 ms before Enter (the typing-time scan
 *   has cached a verdict: the clean send passes untouched). "cold": Enter right after the pasted
 *   text landed (no cached verdict yet: stop, scan in the worker, decide, replay).
 * - 1 MB paste: a trusted Ctrl+V of 1 MB of clean text; from the paste until 1 s after the text
 *   landed: the longest main-thread task ('longtask' entries, ≥ 50 ms; "<50" when none),
 *   total blocking time (Σ duration − 50 ms) and the largest gap of a MessageChannel heartbeat
 *   (catches tasks under 50 ms too); plus paste → text in the composer.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { ChatPage } from '../tests/e2e/pages/chat-page';
import { GITHUB_TOKEN } from '../tests/e2e/support/canaries';
import { startFixtureServer, type EditorKind, type FixtureServer } from '../tests/e2e/support/fixture-server';
import { EXTENSION_DIR, launchChromium } from '../tests/e2e/support/launch';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const QUICK = process.argv.includes('--quick');
const EDITORS_ARG = process.argv.find((a) => a.startsWith('--editors='))?.slice('--editors='.length);
const EDITORS = (EDITORS_ARG ? EDITORS_ARG.split(',') : ['textarea', 'prosemirror']) as EditorKind[];
const HOST: Record<EditorKind, string> = {
  prosemirror: 'chatgpt.com',
  tiptap: 'claude.ai',
  quill: 'gemini.google.com',
  lexical: 'www.perplexity.ai',
  textarea: 'copilot.microsoft.com',
};
const SIZES = [
  { label: '1 KB', chars: 1_000, runs: QUICK ? 5 : 20 },
  { label: '10 KB', chars: 10_000, runs: QUICK ? 5 : 20 },
  { label: '100 KB', chars: 100_000, runs: QUICK ? 3 : 10 },
];
const COLD_RUNS = QUICK ? 3 : 6;
const PAUSE_MS = 300;
const PASTE_1MB = 1_000_000;
const TARGET_P99_10KB = 16;
const TARGET_PASTE_MS = 100;
const LONG_TASK_MS = 50;

/** Clean English-ish prose: no digits, no markings, nothing any detector looks for. */
const WORDS = 'the a team plan review draft summary of and with for please write short clear notes about our trip menu garden river blue quiet morning idea simple better next week friendly tone list three points explain why how it works project launch customer story reader'.split(' ');
function cleanText(chars: number, seed: number): string {
  let s = seed >>> 0 || 1;
  const rnd = () => ((s = Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32;
  const lines: string[] = [];
  let total = 0;
  while (total < chars) {
    const words: string[] = [];
    const n = 8 + Math.floor(rnd() * 8);
    for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(rnd() * WORDS.length)]!);
    const line = `${words.join(' ')}.`;
    lines.push(line);
    total += line.length + 1;
  }
  return lines.join('\n').slice(0, chars).trimEnd();
}

/** Page-side instrumentation, in the main world, before any other script (extension included). */
function instrument(): void {
  type Bench = { key: number | null; sent: number[]; verdict: number[]; long: { start: number; duration: number }[]; maxGap: number; beat: boolean };
  const w = window as unknown as { __bench: Bench };
  const b: Bench = (w.__bench = { key: null, sent: [], verdict: [], long: [], maxGap: 0, beat: false });
  addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && e.isTrusted) b.key = e.timeStamp;
  }, true);
  const realFetch = window.fetch;
  window.fetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
    if (String(args[0]).includes('/__fixture/sent')) b.sent.push(performance.now());
    return realFetch.apply(this, args);
  } as typeof fetch;
  const seenRoots = new WeakSet<ShadowRoot>();
  const onVerdict = new MutationObserver(() => {
    for (const host of document.querySelectorAll('shadow-ai-guard-ui')) {
      const root = host.shadowRoot;
      if (root && root.querySelector('[data-testid="sag-verdict"]') && !seenRoots.has(root)) {
        seenRoots.add(root);
        b.verdict.push(performance.now());
      } else if (root && !root.querySelector('[data-testid="sag-verdict"]')) seenRoots.delete(root);
    }
  });
  const watchRoots = new MutationObserver(() => {
    for (const host of document.querySelectorAll('shadow-ai-guard-ui')) {
      if (host.shadowRoot && !(host as HTMLElement).dataset.benchWatched) {
        (host as HTMLElement).dataset.benchWatched = '1';
        onVerdict.observe(host.shadowRoot, { childList: true, subtree: true });
      }
    }
  });
  watchRoots.observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no longtask support: the heartbeat still measures
  }
  // Heartbeat: a MessageChannel ping-pong while `beat` is on; the largest gap ≈ the longest task.
  const ch = new MessageChannel();
  let last = 0;
  ch.port1.onmessage = () => {
    const now = performance.now();
    if (last) b.maxGap = Math.max(b.maxGap, now - last);
    last = now;
    if (b.beat) ch.port2.postMessage(0);
    else last = 0;
  };
  (w as unknown as { __benchBeat(on: boolean): void }).__benchBeat = (on: boolean) => {
    b.beat = on;
    b.maxGap = 0;
    if (on) ch.port2.postMessage(0);
  };
}

interface Stats { n: number; p50: number; p99: number; max: number }
function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? NaN;
  return { n: s.length, p50: q(0.5), p99: q(0.99), max: s.at(-1) ?? NaN };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function benchState(page: Page) {
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { key: number | null; sent: number[]; verdict: number[] } }).__bench;
    return { key: b.key, sent: b.sent.length, verdict: b.verdict.length, lastSent: b.sent.at(-1) ?? null, lastVerdict: b.verdict.at(-1) ?? null };
  });
}

async function waitFor<T>(fn: () => Promise<T | null | undefined | false>, what: string, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** A trusted Ctrl+V of `text` (clipboard permission granted once per page, in openChat). */
async function pasteText(page: Page, chat: ChatPage, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await chat.focusComposer();
  await page.keyboard.press('ControlOrMeta+V');
}

/**
 * Empties the composer, pastes `text` and types `typed` after it (a pasted credential would be
 * stopped at the paste already), waits until all of it is in the composer (and `pauseMs`),
 * presses Enter; returns t1 − t0.
 */
async function enterLatency(page: Page, chat: ChatPage, pasted: string, typed: string, expect: 'sent' | 'verdict', pauseMs: number): Promise<number> {
  const text = pasted + typed;
  await chat.clearComposer();
  await waitFor(async () => (await chat.composerText()) === '', 'empty composer');
  await sleep(80); // let the extension see the empty composer
  await pasteText(page, chat, pasted);
  await waitFor(async () => (await chat.composerText()).length === pasted.length, 'pasted text');
  if (typed) await chat.type(typed);
  await waitFor(async () => (await chat.composerText()).length === text.length, 'the whole prompt').catch(async (err: unknown) => {
    const panel = await page.getByTestId('sag-verdict').count();
    throw new Error(`${String(err)} (composer has ${(await chat.composerText()).length}/${text.length} chars, verdict panels: ${panel})`);
  });
  if (pauseMs) await sleep(pauseMs);
  const before = await benchState(page);
  await page.evaluate(() => ((window as unknown as { __bench: { key: number | null } }).__bench.key = null));
  await page.keyboard.press('Enter');
  const after = await waitFor(async () => {
    const s = await benchState(page);
    return (expect === 'sent' ? s.sent > before.sent : s.verdict > before.verdict) && s.key !== null ? s : null;
  }, expect === 'sent' ? 'the page to send' : 'the verdict panel');
  const t1 = expect === 'sent' ? after.lastSent! : after.lastVerdict!;
  if (expect === 'verdict') {
    await page.getByTestId('sag-verdict').getByRole('button', { name: 'Cancel', exact: true }).click();
    await waitFor(async () => !(await page.getByTestId('sag-verdict').isVisible()), 'the panel to close');
  }
  return t1 - after.key!;
}

interface PasteResult { landedMs: number; longestTaskMs: number | null; longTasks: number; tbtMs: number; maxHeartbeatGapMs: number }

async function paste1MB(page: Page, chat: ChatPage): Promise<PasteResult> {
  const text = cleanText(PASTE_1MB, 99);
  await chat.clearComposer();
  await waitFor(async () => (await chat.composerText()) === '', 'empty composer');
  // Clipboard written (and read back) BEFORE the measured window: that is the test's work, not the paste's.
  await page.evaluate(async (t) => {
    await navigator.clipboard.writeText(t);
    if ((await navigator.clipboard.readText()).length !== t.length) throw new Error('clipboard read back differs');
  }, text);
  await chat.focusComposer();
  await sleep(300);
  const t0 = await page.evaluate(() => {
    const w = window as unknown as { __bench: { long: unknown[] }; __benchBeat(on: boolean): void };
    w.__bench.long = [];
    w.__benchBeat(true);
    return performance.now();
  });
  await page.keyboard.press('ControlOrMeta+V');
  const landed = await waitFor(
    () => page.evaluate((n) => ((window as unknown as { __fixture: { composerText(): string } }).__fixture.composerText().length >= n - 2 ? performance.now() : null), text.length),
    '1 MB paste to land',
    60_000,
  );
  await sleep(1_000); // the extension's follow-up scan of the composer
  return page.evaluate(
    ({ t0: start, landedAt, threshold }) => {
      const w = window as unknown as { __bench: { long: { start: number; duration: number }[]; maxGap: number }; __benchBeat(on: boolean): void };
      const gap = w.__bench.maxGap;
      w.__benchBeat(false);
      const long = w.__bench.long.filter((e) => e.start + e.duration >= start);
      return {
        landedMs: landedAt - start,
        longestTaskMs: long.length ? Math.max(...long.map((e) => e.duration)) : null,
        longTasks: long.length,
        tbtMs: long.reduce((sum, e) => sum + Math.max(0, e.duration - threshold), 0),
        maxHeartbeatGapMs: gap,
      };
    },
    { t0, landedAt: landed, threshold: LONG_TASK_MS },
  );
}

interface EditorResult {
  editor: EditorKind;
  host: string;
  latency: { size: string; bytes: number; kind: string; baseline: Stats | null; extension: Stats; ratioP50: number | null; ratioP99: number | null }[];
  paste1MB: { baseline: PasteResult; extension: PasteResult };
}

async function openChat(context: BrowserContext, server: FixtureServer, editor: EditorKind) {
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  await page.addInitScript(instrument);
  const chat = await ChatPage.open(page, server, HOST[editor], { editor });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  return { page, chat };
}

async function runEditor(server: FixtureServer, editor: EditorKind, withExtension: boolean) {
  const browser = await launchChromium({ hostResolverRules: server.hostResolverRules, withExtension });
  try {
    const { page, chat } = await openChat(browser.context, server, editor);
    if (withExtension) {
      // Let the scanner frame start (or fall back) before measuring: a real page has been open a while.
      await sleep(1_500);
      // Check the instrumentation sees an Enter the extension stops (it runs before it).
      const check = await enterLatency(page, chat, 'check', ` ${GITHUB_TOKEN}`, 'verdict', PAUSE_MS);
      if (!(check >= 0)) throw new Error('instrumentation does not see the stopped Enter');
    }
    const out: Record<string, number[]> = {};
    for (const size of SIZES) {
      const clean = cleanText(size.chars, size.chars);
      const warm: number[] = [];
      for (let i = 0; i < size.runs + 2; i++) {
        const ms = await enterLatency(page, chat, clean, '', 'sent', PAUSE_MS);
        if (i >= 2) warm.push(ms); // 2 warm-up runs
      }
      out[`${size.label}|clean, warm`] = warm;
      const cold: number[] = [];
      for (let i = 0; i < COLD_RUNS; i++) cold.push(await enterLatency(page, chat, clean, '', 'sent', 0));
      out[`${size.label}|clean, cold`] = cold;
      if (withExtension) {
        const token = `\ntoken ${GITHUB_TOKEN}`;
        const prefix = clean.slice(0, size.chars - token.length);
        const v: number[] = [];
        for (let i = 0; i < size.runs; i++) v.push(await enterLatency(page, chat, prefix, token, 'verdict', PAUSE_MS));
        out[`${size.label}|sensitive → panel, warm`] = v;
        const vc: number[] = [];
        for (let i = 0; i < COLD_RUNS; i++) vc.push(await enterLatency(page, chat, prefix, token, 'verdict', 0));
        out[`${size.label}|sensitive → panel, cold`] = vc;
      }
      process.stderr.write(`  ${editor} ${withExtension ? 'extension' : 'baseline '} ${size.label} done\n`);
    }
    const paste = await paste1MB(page, chat);
    return { samples: out, paste };
  } catch (err) {
    await browser.context.pages()[0]?.screenshot({ path: join(ROOT, 'bench', 'results', 'protection-error.png') }).catch(() => undefined);
    throw err;
  } finally {
    await browser.close();
  }
}

const f = (n: number | null | undefined, d = 1) => (n === null || n === undefined || Number.isNaN(n) ? '—' : n.toFixed(d));

async function main() {
  const server = await startFixtureServer();
  const results: EditorResult[] = [];
  try {
    for (const editor of EDITORS) {
      process.stderr.write(`${editor} on ${HOST[editor]}\n`);
      const base = await runEditor(server, editor, false);
      const ext = await runEditor(server, editor, true);
      const latency: EditorResult['latency'] = [];
      for (const [key, samples] of Object.entries(ext.samples)) {
        const [size, kind] = key.split('|') as [string, string];
        const b = base.samples[key];
        const bs = b ? stats(b) : null;
        const es = stats(samples);
        latency.push({
          size,
          bytes: SIZES.find((s) => s.label === size)!.chars,
          kind: kind!,
          baseline: bs,
          extension: es,
          ratioP50: bs ? es.p50 / bs.p50 : null,
          ratioP99: bs ? es.p99 / bs.p99 : null,
        });
      }
      results.push({ editor, host: HOST[editor], latency, paste1MB: { baseline: base.paste, extension: ext.paste } });
    }
  } finally {
    await server.close();
  }

  const lines: string[] = [];
  lines.push(`Enter → verdict latency, ms (t0 = trusted keydown's event.timeStamp; clean: t1 = page's send handler; sensitive: t1 = verdict panel shown). warm = 300 ms pause after the paste, cold = Enter right after it.`);
  lines.push('');
  lines.push('| editor | size | prompt | n | baseline p50 / p99 | extension p50 / p99 | ratio p50 / p99 |');
  lines.push('|---|---|---|---|---|---|---|');
  for (const r of results) {
    for (const l of r.latency) {
      lines.push(
        `| ${r.editor} | ${l.size} | ${l.kind} | ${l.extension.n} | ${l.baseline ? `${f(l.baseline.p50)} / ${f(l.baseline.p99)}` : '— (sent unprotected)'} | ${f(l.extension.p50)} / ${f(l.extension.p99)} | ${l.ratioP50 === null ? '—' : `${f(l.ratioP50, 2)}× / ${f(l.ratioP99, 2)}×`} |`,
      );
    }
  }
  lines.push('');
  lines.push('1 MB paste (trusted Ctrl+V of clean text), from the paste until 1 s after the text landed:');
  lines.push('');
  lines.push('| editor | run | paste → in composer, ms | longest task, ms | long tasks | total blocking time, ms | max heartbeat gap, ms |');
  lines.push('|---|---|---|---|---|---|---|');
  for (const r of results) {
    for (const [run, p] of [['baseline', r.paste1MB.baseline], ['extension', r.paste1MB.extension]] as const) {
      lines.push(`| ${r.editor} | ${run} | ${f(p.landedMs)} | ${p.longestTaskMs === null ? `<${LONG_TASK_MS}` : f(p.longestTaskMs)} | ${p.longTasks} | ${f(p.tbtMs)} | ${f(p.maxHeartbeatGapMs)} |`);
    }
  }
  lines.push('');
  lines.push('Targets:');
  for (const r of results) {
    const warm10 = r.latency.find((l) => l.size === '10 KB' && l.kind === 'clean, warm')!;
    const sens10 = r.latency.find((l) => l.size === '10 KB' && l.kind === 'sensitive → panel, warm')!;
    const p = r.paste1MB.extension;
    const added = p.landedMs - r.paste1MB.baseline.landedMs;
    const worst = Math.max(warm10.extension.p99, sens10.extension.p99);
    lines.push(`- ${r.editor}: Enter→verdict p99 at 10 KB ≤ ${TARGET_P99_10KB} ms (warm): clean ${f(warm10.extension.p99)}, sensitive ${f(sens10.extension.p99)} → ${worst <= TARGET_P99_10KB ? 'MET' : 'MISSED'}`);
    lines.push(`- ${r.editor}: 1 MB paste, time the extension adds ≤ ${TARGET_PASTE_MS} ms: ${f(added)} ms (${f(p.landedMs)} vs ${f(r.paste1MB.baseline.landedMs)}) → ${added <= TARGET_PASTE_MS ? 'MET' : 'MISSED'}`);
    const extLong = p.longestTaskMs ?? 0;
    const baseLong = r.paste1MB.baseline.longestTaskMs ?? 0;
    lines.push(
      `- ${r.editor}: no task > ${LONG_TASK_MS} ms during the 1 MB paste: longest ${p.longestTaskMs === null ? `<${LONG_TASK_MS}` : f(extLong)} ms with the extension, ${r.paste1MB.baseline.longestTaskMs === null ? `<${LONG_TASK_MS}` : f(baseLong)} ms without → ${extLong <= LONG_TASK_MS ? 'MET' : extLong <= Math.max(baseLong, LONG_TASK_MS) * 1.1 ? "MISSED, but no worse than the page's own paste" : 'MISSED'}`,
    );
  }
  const table = lines.join('\n');
  console.log(table);

  const out = join(ROOT, 'bench', 'results', 'protection.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        node: process.version,
        cpus: cpus().length,
        cpu: cpus()[0]?.model ?? 'unknown',
        extension: EXTENSION_DIR,
        quick: QUICK,
        definitions: {
          t0: "trusted Enter keydown's event.timeStamp (page clock)",
          cleanT1: "the page's send handler POSTing the prompt",
          sensitiveT1: 'the verdict panel appearing in the extension shadow root',
          warm: `${PAUSE_MS} ms pause between the paste landing and Enter`,
          cold: 'Enter right after the pasted text landed',
          paste1MB: 'trusted Ctrl+V of 1 MB of clean text; until 1 s after it landed',
        },
        results,
        markdown: table,
      },
      null,
      2,
    )}\n`,
  );
  process.stderr.write(`wrote ${out}\n`);
}

await main();
