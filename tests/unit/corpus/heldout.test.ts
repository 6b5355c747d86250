import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/contracts/findings';
import type { CorpusRecord } from '../../../scripts/corpus/doc';
import { loadCorpus } from '../../../scripts/corpus/score';
import { CHECKS } from '../../../scripts/heldout/checks';
import { HELDOUT_BATCHES, buildHeldout, problems, serializeHeldout } from '../../../scripts/heldout/build';
import { RULE_IDS, amb, f, rec } from '../../../scripts/heldout/dsl';

/**
 * Integrity of the held-out, hand-written corpus (tests/corpus-heldout: batch 1 at the top level,
 * batch N in batchN/). Deliberately no accuracy floor here: a floor would invite tuning the rules
 * against the held-out set.
 */
const BATCHES = HELDOUT_BATCHES.map((b) => ({ ...b, name: `held-out corpus, ${b.name}` }));

const labelText = (r: CorpusRecord, l: { start: number; end: number }) => r.text.slice(l.start, l.end);

describe.each(BATCHES)('$name', ({ dir, groups, idPrefix }) => {
  let records: CorpusRecord[];
  beforeAll(() => {
    records = loadCorpus(dir);
  });

  it('parses, has unique ids and a sensible size', () => {
    expect(records.length).toBeGreaterThanOrEqual(120);
    expect(records.length).toBeLessThanOrEqual(250);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const r of records) expect(r.id.startsWith(idPrefix), r.id).toBe(true);
  });

  it('regenerating gives the committed files byte for byte (no drift)', () => {
    const built = buildHeldout(groups);
    const onDisk = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
    expect(onDisk).toEqual([...built.keys()].sort());
    for (const [file, recs] of built) {
      expect(serializeHeldout(recs) === readFileSync(join(dir, file), 'utf8'), `${file} drifted: run npm run heldout:generate`).toBe(true);
    }
    expect(groups.length).toBe(onDisk.length);
  });

  it('labels are in bounds, trimmed, of a known category and rule', () => {
    for (const r of records) {
      for (const l of r.labels) {
        expect(CATEGORIES, r.id).toContain(l.category);
        expect(l.start, r.id).toBeGreaterThanOrEqual(0);
        expect(l.end, r.id).toBeGreaterThan(l.start);
        expect(l.end, r.id).toBeLessThanOrEqual(r.text.length);
        const t = labelText(r, l);
        expect(t.trim(), r.id).toBe(t);
        if (l.rule) {
          expect(l.rule.startsWith(`${l.category}.`), `${r.id} ${l.rule}`).toBe(true);
          expect(RULE_IDS as readonly string[], `${r.id} ${l.rule}`).toContain(l.rule);
        } else expect(l.ambiguous, `${r.id}: a label without a rule must be ambiguous`).toBe(true);
      }
    }
  });

  it('labelled values pass the independent checks (checksums, libphonenumber)', () => {
    let checked = 0;
    for (const r of records) {
      for (const l of r.labels) {
        if (l.ambiguous || !l.rule) continue;
        const check = CHECKS[l.rule];
        if (!check) continue;
        const v = labelText(r, l);
        // National phone formats carry their region only in the authoring source; the build checks those.
        if (l.rule === 'pii.phone' && !v.startsWith('+')) continue;
        expect(check(v), `${r.id} ${l.rule} ${v}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('covers every category, has hard negatives and ambiguous spans', () => {
    for (const c of CATEGORIES.filter((c) => c !== 'custom')) {
      expect(records.some((r) => r.labels.some((l) => l.category === c && !l.ambiguous)), c).toBe(true);
    }
    expect(records.filter((r) => r.labels.every((l) => l.ambiguous)).length).toBeGreaterThanOrEqual(20);
    expect(records.some((r) => r.labels.some((l) => l.ambiguous))).toBe(true);
  });

  it('documentation keys, test keys and placeholders stay unlabelled', () => {
    for (const r of records) {
      for (const l of r.labels) {
        if (l.ambiguous || l.category !== 'credential') continue;
        expect(labelText(r, l), r.id).not.toMatch(/EXAMPLE|sk_test_|rk_test_|pk_live_|pk_test_|xxxx|<your|\$\{/);
      }
    }
  });
});

describe('held-out build checks', () => {
  it('asks for a label on an IP address the text names as one, not on masks or version strings', () => {
    const unlabelled = rec('log', f`sshd: failed login from 10.44.8.19 port 52114; jdbc:mysql://172.16.3.20:3306/app`);
    expect(problems('x', unlabelled)).toEqual([
      expect.stringContaining('unlabelled IP address 10.44.8.19'),
      expect.stringContaining('unlabelled IP address 172.16.3.20'),
    ]);
    const labelled = rec('log', f`sshd: failed login from ${amb('pii.ip_address', '10.44.8.19')} port 52114`);
    expect(problems('x', labelled)).toEqual([]);
    const notAsked = rec('cfg', f` ip address ${amb('pii.ip_address', '10.40.0.1')} 255.255.255.0\nfirmware 4.12.1.3, gateway runs GW-10.2.0.118-lts, AllowedIPs = 10.99.0.0/16`);
    expect(problems('x', notAsked)).toEqual([]);
  });
});
