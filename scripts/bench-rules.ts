/**
 * Where the engine's time goes, rule by rule, on the bench's mixed text (public API only).
 *
 *   npm run bench:rules              # 1 MB text
 *   npm run bench:rules -- --kb 1    # 1 KB prompts one by one
 *
 * Each rule's cost is marginal: a scanner with only that rule, minus a scanner with no rule (which
 * still normalises the text and runs the empty pipeline). Rules that share work (the digit-run
 * index of the digit rules) each pay it here, so the column does not add up to a full scan;
 * the full scanner's own figure is printed first. Figures, not tests (see bench/README.md).
 */
import { resolve } from 'node:path';
import { createScanner, RULES } from '../src/engine/index';
import { CORPUS_DIR } from './corpus/generate';
import { Rng } from './corpus/prng';
import { loadCorpus } from './corpus/score';

const kbArg = process.argv.indexOf('--kb');
const CHARS = kbArg > 0 ? Number(process.argv[kbArg + 1]) * 1000 : 1_000_000;
const MIN_MS = 400;

const texts = loadCorpus(resolve(CORPUS_DIR)).map((r) => r.text);
const rng = new Rng('bench-mixed');
const parts: string[] = [];
for (let n = 0; n < Math.max(2_000_000, CHARS * 64); ) {
  for (const t of rng.shuffle(texts)) {
    parts.push(t);
    n += t.length + 2;
  }
}
const big = parts.join('\n\n');
const slices = Array.from({ length: Math.min(64, Math.floor(big.length / CHARS)) }, (_, i) => big.slice(i * CHARS, (i + 1) * CHARS));
const mb = slices.reduce((s, x) => s + Buffer.byteLength(x), 0) / slices.length / 1e6;

/** Milliseconds per MB for `scan` over the slices (warmed up, repeated for MIN_MS). */
function msPerMb(scan: (t: string) => unknown): number {
  for (let i = 0; i < Math.min(slices.length, 8); i++) scan(slices[i]!);
  let k = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < MIN_MS) scan(slices[k++ % slices.length]!);
  return (performance.now() - t0) / k / mb;
}

const allIds = RULES.map((r) => r.id);
const only = (id: string | null) => createScanner({ disabledRules: allIds.filter((x) => x !== id) });
const full = msPerMb(createScanner().scan);
const empty = msPerMb(only(null).scan);
console.log(`text: ${CHARS >= 1e6 ? `${CHARS / 1e6} MB` : `${CHARS / 1000} KB`} slices of the corpus mix (${slices.length} distinct)`);
console.log(`full scanner: ${full.toFixed(2)} ms/MB (${(1000 / full).toFixed(1)} MB/s); no rules: ${empty.toFixed(2)} ms/MB`);
const rows = allIds.map((id) => ({ id, ms: msPerMb(only(id).scan) - empty })).sort((a, b) => b.ms - a.ms);
console.log('\n| rule | marginal ms/MB |\n|---|---:|');
for (const r of rows.slice(0, 30)) console.log(`| ${r.id} | ${r.ms.toFixed(2)} |`);
const rest = rows.slice(30).reduce((s, r) => s + r.ms, 0);
console.log(`| ${rows.length - 30} other rules | ${rest.toFixed(2)} |`);
