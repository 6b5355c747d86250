import type { Rule } from '../../../src/engine/types';

/**
 * Test harness: one Rule applied the way the pipeline does (prefilter → regex → secret
 * group → validate → allow → rescore → context). Independent of src/engine/scan.ts on purpose, so
 * the rule tests do not share the pipeline's code.
 */
export interface Hit {
  value: string;
  start: number;
  end: number;
  score: number;
}
export const applyRule = (rule: Rule, text: string): Hit[] => {
  const lower = text.toLowerCase();
  if (rule.keywords.length > 0 && !rule.keywords.some((k) => lower.includes(k))) return [];
  const spans: { start: number; end: number }[] = [];
  if (rule.detect) {
    spans.push(...rule.detect(text));
  } else {
    const re = new RegExp(rule.pattern.source, rule.pattern.flags);
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const value = m[rule.secretGroup ?? 0];
      if (value === undefined) continue;
      const start = m.index + m[0].indexOf(value);
      spans.push({ start, end: start + value.length });
    }
  }
  const out: Hit[] = [];
  for (const { start, end } of spans) {
    const value = text.slice(start, end);
    if (rule.validate && !rule.validate(value, { text, start, end })) continue;
    if (rule.allow?.some((a) => (typeof a === 'string' ? a.toLowerCase() === value.toLowerCase() : a.test(value)))) continue;
    let score = rule.rescore?.(value) ?? rule.score;
    if (rule.context) {
      const w = rule.context.window ?? 60;
      const around = lower.slice(Math.max(0, start - w), end + w);
      // A cell word counts as a whole cell: between delimiters (| , ; tab) or line edges, spaces around.
      const cell = (c: string) => new RegExp(`(?:^|[|,;\t\n])[ \t]*${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \t]*(?:[|,;\t\r\n]|$)`).test(around);
      const has = rule.context.words.some((word) => around.includes(word)) || (rule.context.cells ?? []).some(cell);
      if (has) score = Math.min(1, score + 0.1);
      else if (rule.context.required) continue;
      else score -= 0.2;
    }
    if (score < 0.3) continue;
    out.push({ value, start, end, score });
  }
  return out;
};
/** `rule(id)` from `rules` (throws on an unknown id) and `values(id, text)`: the matched values. */
export function ruleLookup(rules: readonly Rule[]): { rule: (id: string) => Rule; values: (id: string, text: string) => string[] } {
  const rule = (id: string): Rule => {
    const r = rules.find((x) => x.id === id);
    if (!r) throw new Error(id);
    return r;
  };
  return { rule, values: (id, text) => applyRule(rule(id), text).map((h) => h.value) };
}
