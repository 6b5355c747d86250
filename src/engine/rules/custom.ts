/**
 * Detectors supplied by policy (`custom.<id>`, category `custom`):
 *
 * - keywords / dictionaries: one Aho–Corasick automaton per detector (the prefilter's engine), on
 *   the normalised text, case-insensitive unless configured, at word boundaries by default;
 * - admin regexes: compiled with re2js (RE2 semantics, linear time whatever the pattern), so a
 *   policy pattern cannot hang the page; an invalid pattern makes `createScanner` throw an Error
 *   naming the detector;
 * - exact-data-match fingerprints: candidate tokens of the normalised text (at least
 *   `minLength` characters) are hashed as hex SHA-256(salt + normalise(token)) and looked up.
 *   Tokens: for `digits`, runs of digits optionally separated by single spaces/dashes/dots
 *   (separators removed); otherwise runs of characters other than whitespace and
 *   `"'()<>[]{},;=|\``, with trailing `.:!?` trimmed (`lowercase` then lower-cases them).
 *   `fingerprintValue()` produces the hashes for a policy.
 */
import { RE2JS } from 're2js';
import type { CustomDetectors } from '../../contracts/custom-detectors';
import type { DetectedSpan, Rule } from '../types';
import { KeywordAutomaton } from '../prefilter';
import { normalizeString } from '../normalize';
import { sha256Hex } from '../sha256';

/** At most this many findings per custom detector and text. */
const MAX_SPANS = 10_000;
const NEVER = /(?!)/g;

type FingerprintMode = 'exact' | 'lowercase' | 'digits';

function normaliseToken(token: string, mode: FingerprintMode): string {
  const t = normalizeString(token).trim();
  if (mode === 'lowercase') return t.toLowerCase();
  if (mode === 'digits') return t.replace(/[^0-9]/g, '');
  return t;
}

/** Hex SHA-256 of salt + normalised value: what a policy lists in `fingerprints[].hashes`. */
export function fingerprintValue(value: string, salt: string, mode: FingerprintMode = 'exact'): string {
  return sha256Hex(salt + normaliseToken(value, mode));
}

const WORD_ASCII = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const WORD_UNICODE = /[\p{L}\p{N}\p{M}_]/u;

function isWordChar(t: string, i: number): boolean {
  if (i < 0 || i >= t.length) return false;
  const c = t.charCodeAt(i);
  if (c < 128) return WORD_ASCII(c);
  return WORD_UNICODE.test(t[i]!);
}

const placeholderOf = (id: string) => id.toUpperCase().replace(/[^A-Z0-9_]/g, '_');

function base(id: string, label: string, description: string, detect: (t: string) => DetectedSpan[]): Rule {
  return {
    id: `custom.${id}`,
    category: 'custom',
    label,
    placeholder: placeholderOf(id),
    description,
    keywords: [],
    pattern: NEVER,
    detect,
    score: 0.9,
    samples: { positive: [], negative: [] },
  };
}

export function buildCustomRules(custom: CustomDetectors): Rule[] {
  const rules: Rule[] = [];

  for (const k of custom.keywords) {
    const terms = [...new Set(k.terms.map((t) => normalizeString(t).trim()).filter((t) => t.length > 0))];
    const automaton = new KeywordAutomaton(terms, !k.caseSensitive);
    const needStart = terms.map((t) => isWordChar(t, 0));
    const needEnd = terms.map((t) => isWordChar(t, t.length - 1));
    const wholeWord = k.wholeWord;
    rules.push(
      base(k.id, k.label, `Policy dictionary "${k.id}" (${terms.length} terms).`, (t) => {
        const spans: DetectedSpan[] = [];
        automaton.scan(t, (p, end) => {
          if (spans.length >= MAX_SPANS) return;
          const start = end - automaton.lengths[p]!;
          if (wholeWord && ((needStart[p] && isWordChar(t, start - 1)) || (needEnd[p] && isWordChar(t, end)))) return;
          spans.push({ start, end });
        });
        return spans;
      }),
    );
  }

  for (const p of custom.patterns) {
    let re: RE2JS;
    try {
      re = RE2JS.compile(p.regex, p.caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
    } catch (e) {
      throw new Error(`Custom detector "${p.id}": invalid regex ${JSON.stringify(p.regex)}: ${e instanceof Error ? e.message : String(e)}`);
    }
    rules.push(
      base(p.id, p.label, `Policy pattern "${p.id}" (RE2).`, (t) => {
        const spans: DetectedSpan[] = [];
        const m = re.matcher(t);
        while (spans.length < MAX_SPANS && m.find()) {
          const s = m.start();
          const e = m.end();
          if (e > s) spans.push({ start: s, end: e });
        }
        return spans;
      }),
    );
  }

  for (const f of custom.fingerprints) {
    const hashes = new Set(f.hashes.map((h) => h.toLowerCase()));
    const mode = f.normalize as FingerprintMode;
    const salt = f.salt;
    const min = f.minLength;
    const tokenRe = mode === 'digits' ? /[0-9](?:[ .-]?[0-9])*/g : /[^\s"'()<>[\]{},;=|`]+/g;
    rules.push(
      base(f.id, f.label, `Policy exact-data fingerprints "${f.id}" (${hashes.size} hashes).`, (t) => {
        const spans: DetectedSpan[] = [];
        const re = new RegExp(tokenRe.source, 'g');
        let m: RegExpExecArray | null;
        while (spans.length < MAX_SPANS && (m = re.exec(t)) !== null) {
          let s = m.index;
          let e = s + m[0].length;
          if (mode !== 'digits') {
            while (e > s && '.:!?'.includes(t[e - 1]!)) e--;
          }
          if (e - s < min) continue;
          const token = mode === 'digits' ? t.slice(s, e).replace(/[^0-9]/g, '') : mode === 'lowercase' ? t.slice(s, e).toLowerCase() : t.slice(s, e);
          if (token.length < min) continue;
          if (hashes.has(sha256Hex(salt + token))) spans.push({ start: s, end: e });
          // The text is already normalised, so the token is hashed as is.
          s = e;
        }
        return spans;
      }),
    );
  }
  return rules;
}
