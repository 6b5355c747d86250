import { describe, expect, it } from 'vitest';
import { foldedSpellings, normalize } from '../../../src/engine/normalize';
import { createScanner } from '../../../src/engine';

describe('normalize', () => {
  it('returns pure ASCII unchanged with an identity map', () => {
    const n = normalize('hello world {x: 1}\n');
    expect(n.identity).toBe(true);
    expect(n.text).toBe('hello world {x: 1}\n');
    expect(n.toOriginalStart(3)).toBe(3);
    expect(n.toOriginalEnd(5)).toBe(5);
  });

  it('strips zero-width characters and soft hyphens, mapping offsets back', () => {
    const src = 'a\u200Bb\u00ADc\uFEFFd\u2060e';
    const n = normalize(src);
    expect(n.text).toBe('abcde');
    // 'c' is at normalised 2, original 4.
    expect(n.toOriginalStart(2)).toBe(4);
    expect(n.toOriginalEnd(3)).toBe(5);
    // whole span maps to the whole original
    expect(n.toOriginalStart(0)).toBe(0);
    expect(n.toOriginalEnd(5)).toBe(src.length);
  });

  it('folds full-width characters and homoglyphs to ASCII', () => {
    expect(normalize('ＡＫＩＡ１２３').text).toBe('AKIA123');
    // Cyrillic А, Е, О and Greek Ο look like Latin letters
    expect(normalize('\u0410\u0415\u041E\u039F').text).toBe('AEOO');
    expect(normalize('a\u2013b \u201Cq\u201D').text).toBe('a-b "q"');
  });

  it('maps across surrogate pairs, expansions and contractions', () => {
    // 😀 (2 units, unchanged), ﬁ ligature (1 unit → "fi"), 𝐀 (2 units → "A")
    const src = '😀x\uFB01y\u{1D400}z';
    const n = normalize(src);
    expect(n.text).toBe('😀xfiyAz');
    const at = (ch: string) => n.text.indexOf(ch);
    expect(n.toOriginalStart(at('x'))).toBe(src.indexOf('x'));
    expect(n.toOriginalStart(at('y'))).toBe(src.indexOf('y'));
    expect(n.toOriginalStart(at('z'))).toBe(src.indexOf('z'));
    // "fi" maps to the single ligature unit
    expect(n.toOriginalStart(at('f'))).toBe(src.indexOf('\uFB01'));
    expect(n.toOriginalEnd(at('f') + 1)).toBe(src.indexOf('\uFB01') + 1);
    expect(n.toOriginalEnd(at('i') + 1)).toBe(src.indexOf('\uFB01') + 1);
    // "A" maps to both units of 𝐀
    expect(n.toOriginalStart(at('A'))).toBe(src.indexOf('\u{1D400}'));
    expect(n.toOriginalEnd(at('A') + 1)).toBe(src.indexOf('z'));
  });

  it('leaves lone surrogates alone', () => {
    const src = 'a\uD800b';
    expect(normalize(src).text).toBe(src);
  });
});

describe('scanning through obfuscation', () => {
  const scanner = createScanner();
  const key = 'AKIAZ7FAKEKEYQ2W3E4R';

  it('finds a key with zero-width characters inside, with original offsets', () => {
    const obf = key.slice(0, 6) + '\u200B' + key.slice(6, 12) + '\u200D' + key.slice(12);
    const text = `😀 first line\nkey: ${obf} end`;
    const f = scanner.scan(text).find((x) => x.rule === 'credential.aws_access_key_id');
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe(obf);
    expect(f!.line).toBe(2);
  });

  it('finds a full-width key and maps to the original span', () => {
    const fw = [...key].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    const text = `x ${fw} y`;
    const f = scanner.scan(text).find((x) => x.rule === 'credential.aws_access_key_id');
    expect(f).toBeDefined();
    expect(f!.start).toBe(2);
    expect(f!.end).toBe(2 + fw.length);
  });

  it('finds a key with Cyrillic look-alikes', () => {
    const text = `aws key ${key.replace('A', '\u0410').replace('E', '\u0415')}`;
    expect(scanner.scan(text).some((x) => x.rule === 'credential.aws_access_key_id')).toBe(true);
  });
});

describe('foldedSpellings', () => {
  it('lists every case as normalisation leaves it, and Greek words without their accents too', () => {
    const forms = foldedSpellings(['διαβατηρίου']);
    // Each spelling a text can arrive in, normalised and lower-cased, is in the list.
    for (const written of ['διαβατηρίου', 'ΔΙΑΒΑΤΗΡΊΟΥ', 'ΔΙΑΒΑΤΗΡΙΟΥ', 'Διαβατηριου']) expect(forms).toContain(normalize(written).text.toLowerCase());
    // Only Greek loses accents: a Cyrillic й or a Latin é stays as written.
    expect(foldedSpellings(['мобільний'])).not.toContain('мобiльнии');
    expect(foldedSpellings(['móvil'])).not.toContain('movil');
  });
});
