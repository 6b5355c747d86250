/**
 * Corpus scoring shared by scripts/eval.ts, scripts/bench.ts and tests/unit/corpus.
 *
 * Matching rule: a finding matches a label when the categories are equal and the spans overlap
 * (any shared character; containment either way counts). Per category:
 *   precision = matched findings / counted findings,  recall = matched labels / labels.
 * Ambiguous labels (see tests/corpus/README.md) are excluded from recall, and a finding that
 * overlaps only ambiguous labels of its category is ignored (neither TP nor FP).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Category } from '../../src/contracts/findings';
import { CATEGORIES } from '../../src/contracts/findings';
import type { CorpusRecord, Label } from './doc';

export interface SpanLike {
  category: Category | string;
  rule?: string;
  start: number;
  end: number;
}

export interface Counts {
  labels: number;
  matchedLabels: number;
  findings: number;
  matchedFindings: number;
  ignoredFindings: number;
}

export interface Miss {
  id: string;
  type: 'FN' | 'FP';
  category: string;
  rule?: string;
  start: number;
  end: number;
  /** The span with a little context, sensitive middle kept (the corpus is fake data). */
  excerpt: string;
}

export interface Score {
  records: number;
  byCategory: Record<string, Counts & { precision: number | null; recall: number | null }>;
  /** Keyed by rule id: label rules give recall, finding rules give precision. */
  byRule: Record<string, Counts & { precision: number | null; recall: number | null }>;
  misses: Miss[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

function empty(): Counts {
  return { labels: 0, matchedLabels: 0, findings: 0, matchedFindings: 0, ignoredFindings: 0 };
}

function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 30);
  const to = Math.min(text.length, end + 30);
  const mid = end - start > 120 ? `${text.slice(start, start + 50)}…${text.slice(end - 50, end)}` : text.slice(start, end);
  return `${from > 0 ? '…' : ''}${text.slice(from, start)}⟦${mid}⟧${text.slice(end, to)}${to < text.length ? '…' : ''}`.replace(/\n/g, '⏎');
}

/**
 * Score findings against labels. `findings[i]` belongs to `records[i]`.
 * `categories` restricts scoring (e.g. a peer that only detects some categories).
 */
export function score(records: readonly CorpusRecord[], findings: readonly (readonly SpanLike[])[], categories: readonly string[] = CATEGORIES): Score {
  const byCategory: Record<string, Counts> = {};
  const byRule: Record<string, Counts> = {};
  for (const c of categories) byCategory[c] = empty();
  const misses: Miss[] = [];
  const cat = (c: string): Counts => (byCategory[c] ??= empty());
  const rule = (r: string): Counts => (byRule[r] ??= empty());

  records.forEach((rec, i) => {
    const fs = (findings[i] ?? []).filter((f) => categories.includes(f.category));
    const labels = rec.labels.filter((l) => categories.includes(l.category));
    for (const l of labels) {
      if (l.ambiguous) continue;
      const hit = fs.some((f) => f.category === l.category && overlaps(f, l));
      const c = cat(l.category);
      c.labels++;
      if (hit) c.matchedLabels++;
      if (l.rule) {
        const r = rule(l.rule);
        r.labels++;
        if (hit) r.matchedLabels++;
      }
      if (!hit) misses.push({ id: rec.id, type: 'FN', category: l.category, rule: l.rule, start: l.start, end: l.end, excerpt: excerpt(rec.text, l.start, l.end) });
    }
    for (const f of fs) {
      const same = labels.filter((l: Label) => l.category === f.category && overlaps(f, l));
      const c = cat(f.category);
      const r = f.rule ? rule(f.rule) : undefined;
      if (same.length > 0 && same.every((l) => l.ambiguous)) {
        c.ignoredFindings++;
        if (r) r.ignoredFindings++;
        continue;
      }
      c.findings++;
      if (r) r.findings++;
      if (same.length > 0) {
        c.matchedFindings++;
        if (r) r.matchedFindings++;
      } else misses.push({ id: rec.id, type: 'FP', category: f.category, rule: f.rule, start: f.start, end: f.end, excerpt: excerpt(rec.text, f.start, f.end) });
    }
  });

  const ratios = <T extends Counts>(c: T) => ({
    ...c,
    precision: c.findings ? c.matchedFindings / c.findings : null,
    recall: c.labels ? c.matchedLabels / c.labels : null,
  });
  return {
    records: records.length,
    byCategory: Object.fromEntries(Object.entries(byCategory).map(([k, v]) => [k, ratios(v)])),
    byRule: Object.fromEntries(
      Object.entries(byRule)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, ratios(v)]),
    ),
    misses,
  };
}

export function loadCorpus(dir: string): CorpusRecord[] {
  const out: CorpusRecord[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, n) => {
      if (!line.trim()) return;
      try {
        out.push(JSON.parse(line) as CorpusRecord);
      } catch (e) {
        throw new Error(`${file}:${n + 1}: ${(e as Error).message}`);
      }
    });
  }
  return out;
}

export function fmtRatio(v: number | null): string {
  return v === null ? '  n/a' : v.toFixed(3);
}
