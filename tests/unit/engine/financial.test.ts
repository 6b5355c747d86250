import { describe, expect, it } from 'vitest';
import { FINANCIAL_RULES } from '../../../src/engine/rules/financial';
import { createScanner } from '../../../src/engine/index';
import { applyRule, ruleLookup } from './rule-harness';
import { ibanCheckDigits } from '../../../src/engine/validators/iban';
import { luhnCheckDigit } from '../../../src/engine/validators/luhn';
import { TEST_PANS } from '../../../src/engine/validators/payment-card';

const { values } = ruleLookup(FINANCIAL_RULES);

describe('FINANCIAL_RULES shape', () => {
  it('has the stable ids', () => {
    expect(FINANCIAL_RULES.map((r) => r.id)).toEqual(['financial.payment_card', 'financial.iban', 'financial.swift_bic', 'financial.aba_routing']);
  });
  it.each(FINANCIAL_RULES.map((r) => [r.id, r] as const))('%s is well-formed', (_id, r) => {
    expect(r.category).toBe('financial');
    expect(r.id).toMatch(/^financial\.[a-z0-9_]+$/);
    expect(r.placeholder).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(r.pattern.global).toBe(true);
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThanOrEqual(1);
    expect(r.samples.positive.length).toBeGreaterThanOrEqual(3);
    expect(r.samples.negative.length).toBeGreaterThanOrEqual(3);
    for (const k of r.keywords) expect(k).toBe(k.toLowerCase());
    for (const w of r.context?.words ?? []) expect(w).toBe(w.toLowerCase());
    // Context-required rules must be skippable by the prefilter when no context word is present.
    if (r.context?.required) expect(r.keywords.length).toBeGreaterThan(0);
  });
});

describe.each(FINANCIAL_RULES.map((r) => [r.id, r] as const))('%s samples', (_id, r) => {
  it.each(r.samples.positive.map((s) => [s]))('finds %s', (s) => {
    expect(applyRule(r, s).length).toBeGreaterThan(0);
  });
  it.each(r.samples.negative.map((s) => [s]))('ignores %s', (s) => {
    expect(applyRule(r, s)).toEqual([]);
  });
});

describe('financial.payment_card', () => {
  const id = 'financial.payment_card';
  const card = (payload: string) => payload + luhnCheckDigit(payload);
  it('finds every network in the usual groupings', () => {
    const visa = card('453201511283036');
    const mc = card('525412345678901');
    const amex = card('34123456789012');
    const jcb = card('356912345678901');
    const disc = card('644012345678901');
    const up = card('621234567890123');
    const diners = card('3612345678901');
    expect(values(id, `visa ${visa}`)).toEqual([visa]);
    expect(values(id, `mc ${mc.replace(/(\d{4})(?=\d)/g, '$1 ')}`)).toHaveLength(1);
    expect(values(id, `mc ${mc.replace(/(\d{4})(?=\d)/g, '$1-')}`)).toHaveLength(1);
    expect(values(id, `amex ${amex.slice(0, 4)} ${amex.slice(4, 10)} ${amex.slice(10)}`)).toHaveLength(1);
    expect(values(id, `diners ${diners.slice(0, 4)}-${diners.slice(4, 10)}-${diners.slice(10)}`)).toHaveLength(1);
    for (const c of [jcb, disc, up]) expect(values(id, `card ${c}.`)).toEqual([c]);
  });
  it('keeps the published test PANs detected', () => {
    for (const pan of TEST_PANS) expect(values(id, `use ${pan}`), pan).toEqual([pan]);
  });
  it('rejects Luhn-valid numbers outside issuer ranges and wrong lengths', () => {
    expect(values(id, `ref ${card('123456789012345')}`)).toEqual([]); // prefix 1
    expect(values(id, `ref ${card('9123456789012345')}`)).toEqual([]); // prefix 9, 17 digits
    expect(values(id, `amex? ${card('3412345678901')}`)).toEqual([]); // 34 with 14 digits
  });
  it('does not match inside longer digit runs or mixed separators', () => {
    const visa = card('453201511283036');
    expect(values(id, `x${visa}`)).toEqual([]);
    expect(values(id, `9${visa}`)).toEqual([]);
    expect(values(id, `${visa}9`)).toEqual([]);
    expect(values(id, '4532 0151-1283 0366')).toEqual([]);
    expect(values(id, '1 4532 0151 1283 0366')).toEqual([]);
  });
  it('finds a card followed by expiry or CVV', () => {
    expect(values(id, '4532 0151 1283 0366 12/27 123')).toEqual(['4532 0151 1283 0366']);
    expect(values(id, '4532015112830366 exp 12/27')).toEqual(['4532015112830366']);
  });
});

describe('financial.iban', () => {
  const id = 'financial.iban';
  const make = (cc: string, bban: string) => `${cc}${ibanCheckDigits(cc, bban)}${bban}`;
  const group = (s: string) => s.replace(/(.{4})(?=.)/g, '$1 ');
  it('finds IBANs of many countries, compact and grouped', () => {
    const samples = [
      make('DE', '500105175407324931'),
      make('GB', 'NWBK60161331926819'),
      make('FR', '20041010050500013M02606'),
      make('IT', 'X0542811101000000123456'),
      make('ES', '21000418450200051332'),
      make('CH', '00762011623852957'),
      make('NO', '86011117947'),
      make('MT', 'MALT011000012345MTLCAST001S'),
      make('LC', 'HEMM000100010012001200023015'),
      make('RU', '04452522540817810538091310419'),
      make('BR', '00360305000010009795493P1'),
    ];
    for (const iban of samples) {
      expect(values(id, `IBAN ${iban} thanks`), iban).toEqual([iban]);
      expect(values(id, `IBAN ${group(iban)}.`), iban).toEqual([group(iban)]);
      expect(values(id, group(iban).toLowerCase()), iban).toHaveLength(1);
    }
  });
  it('rejects wrong length for the country, bad check digits, unknown countries', () => {
    const de = make('DE', '500105175407324931');
    expect(values(id, de.slice(0, -1))).toEqual([]);
    expect(values(id, `${de}1`)).toEqual([]);
    expect(values(id, de.replace(/^DE\d\d/, 'DE00'))).toEqual([]);
    expect(values(id, `QQ${ibanCheckDigits('QQ', '500105175407324931')}500105175407324931`)).toEqual([]);
  });
});

describe('financial.swift_bic', () => {
  const id = 'financial.swift_bic';
  it('needs a banking word nearby and a real country', () => {
    expect(values(id, 'BIC: BNPAFRPP')).toEqual(['BNPAFRPP']);
    expect(values(id, 'SWIFT code UBSWCHZH80A')).toEqual(['UBSWCHZH80A']);
    expect(values(id, 'BNPAFRPP')).toEqual([]);
    expect(values(id, 'BIC: BNPAQQPP')).toEqual([]);
    expect(values(id, 'BIC: BNPAFRP')).toEqual([]);
    expect(values(id, 'BIC: BNPAFRPPX')).toEqual([]);
  });
});

describe('financial.aba_routing', () => {
  const id = 'financial.aba_routing';
  // The routing word is the rule's required context, which the scanner checks (whole words for
  // short ones, column headers included): through the real pipeline.
  it('needs a routing word (whole word) and the checksum', () => {
    const scanner = createScanner();
    const found = (text: string) => scanner.scan(text).filter((f) => f.rule === id).map((f) => text.slice(f.start, f.end));
    expect(found('routing 021000021')).toEqual(['021000021']);
    expect(found('database id 021000021')).toEqual([]);
    expect(found('each 021000021')).toEqual([]);
    expect(found('routing 021000022')).toEqual([]);
  });
});

describe('linear time on adversarial input', () => {
  const inputs = [
    '1 '.repeat(50_000),
    '1-'.repeat(50_000),
    '1'.repeat(100_000),
    '1.'.repeat(50_000),
    'a'.repeat(100_000),
    'A'.repeat(100_000),
    'A1'.repeat(50_000),
    'AB12 '.repeat(20_000),
    'a@'.repeat(50_000),
    'a.'.repeat(50_000),
    '4111 '.repeat(20_000),
    '4111-'.repeat(20_000),
    'bank '.repeat(20_000) + 'DEUTDEFF'.repeat(10_000),
    'routing 123456789 '.repeat(5_000),
  ];
  it.each(FINANCIAL_RULES.map((r) => [r.id, r] as const))('%s', (_id, r) => {
    for (const input of inputs) {
      const t0 = performance.now();
      applyRule(r, input);
      const ms = performance.now() - t0;
      expect(ms, `${r.id} on ${JSON.stringify(input.slice(0, 12))}…`).toBeLessThan(500);
    }
  });
});

describe('financial.iban grouping edge cases', () => {
  const id = 'financial.iban';
  it('does not swallow the following word', () => {
    expect(values(id, 'IBAN: BE68 5390 0754 7034 from my ING account')).toEqual(['BE68 5390 0754 7034']);
    expect(values(id, 'IBAN: GB15 BARC 2003 5347 2581 29 at Barclays')).toEqual(['GB15 BARC 2003 5347 2581 29']);
    expect(values(id, 'IBAN ES9121000418450200051332 thanks')).toEqual(['ES9121000418450200051332']);
  });
});

describe('through createScanner (the real pipeline)', () => {
  const scanner = createScanner();
  it.each(FINANCIAL_RULES.map((r) => [r.id, r] as const))('%s samples', (_id, r) => {
    for (const s of r.samples.positive) expect(scanner.scan(s).map((f) => f.rule), s).toContain(r.id);
    for (const s of r.samples.negative) expect(scanner.scan(s).map((f) => f.rule), s).not.toContain(r.id);
  });
  it('reports card and IBAN in one text', () => {
    const text = 'card 4532 0151 1283 0366 exp 09/27\nIBAN DE44 5001 0517 5407 3249 31, BIC COBADEFFXXX';
    const found = scanner.scan(text).map((f) => [f.rule, text.slice(f.start, f.end)]);
    expect(found).toEqual([
      ['financial.payment_card', '4532 0151 1283 0366'],
      ['financial.iban', 'DE44 5001 0517 5407 3249 31'],
      ['financial.swift_bic', 'COBADEFFXXX'],
    ]);
  });
});

describe('financial.payment_card in delimited data', () => {
  const id = 'financial.payment_card';
  it('finds a card between CSV/TSV/pipe/quote/bracket separators', () => {
    for (const [pre, post] of [[',', ','], [';', ';'], ['\t', '\t'], ['|', '|'], ['"', '"'], ["'", "'"], ['[', ']'], ['(', ')'], ['{', '}']]) {
      expect(values(id, `T51257478,2026-09-10${pre}4462275137627130${post}1821.96,GBP`), `${pre}…${post}`).toEqual(['4462275137627130']);
    }
  });
  it('still rejects a card inside a longer digit run or a decimal', () => {
    expect(values(id, 'x,94462275137627130,1')).toEqual([]);
    expect(values(id, 'x,44622751376271309,1')).toEqual([]);
    expect(values(id, 'amount 1.4462275137627130')).toEqual([]);
    expect(values(id, 'amount 4462275137627130.50')).toEqual([]);
  });
});
