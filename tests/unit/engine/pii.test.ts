import { describe, expect, it } from 'vitest';
import { PII_RULES } from '../../../src/engine/rules/pii';
import { createScanner } from '../../../src/engine/index';
import type { Rule } from '../../../src/engine/types';
import { applyRule, ruleLookup } from './rule-harness';
import { cpfCheckDigit } from '../../../src/engine/validators/br-cpf';
import { codiceFiscaleCheckChar } from '../../../src/engine/validators/it-codice-fiscale';
import { frNirKey } from '../../../src/engine/validators/fr-nir';
import { luhnCheckDigit } from '../../../src/engine/validators/luhn';
import { steuerIdCheckDigit } from '../../../src/engine/validators/de-steuer-id';
import { verhoeffCheckDigit } from '../../../src/engine/validators/verhoeff';

const { rule, values } = ruleLookup(PII_RULES);

const IDS = [
  'pii.email',
  'pii.phone',
  'pii.us_ssn',
  'pii.uk_nino',
  'pii.uk_nhs_number',
  'pii.de_steuer_id',
  'pii.fr_nir',
  'pii.es_dni',
  'pii.es_nie',
  'pii.it_codice_fiscale',
  'pii.nl_bsn',
  'pii.in_aadhaar',
  'pii.br_cpf',
  'pii.ca_sin',
  'pii.passport',
  'pii.date_of_birth',
  'pii.hl7_birth_date',
  'pii.passport_mrz',
  'pii.ip_address',
];

describe('PII_RULES shape', () => {
  it('has the stable ids', () => {
    expect(PII_RULES.map((r) => r.id)).toEqual(IDS);
  });
  it.each(PII_RULES.map((r) => [r.id, r] as const))('%s is well-formed', (_id, r) => {
    expect(r.category).toBe('pii');
    expect(r.id).toMatch(/^pii\.[a-z0-9_]+$/);
    expect(r.placeholder).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(r.pattern.global).toBe(true);
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThanOrEqual(1);
    expect(r.samples.positive.length).toBeGreaterThanOrEqual(3);
    expect(r.samples.negative.length).toBeGreaterThanOrEqual(3);
    for (const k of r.keywords) expect(k).toBe(k.toLowerCase());
    for (const w of r.context?.words ?? []) expect(w).toBe(w.toLowerCase());
    if (r.context?.required) expect(r.keywords.length).toBeGreaterThan(0);
  });
});

describe.each(PII_RULES.map((r) => [r.id, r] as const))('%s samples', (_id, r) => {
  it.each(r.samples.positive.map((s) => [s]))('finds %s', (s) => {
    expect(applyRule(r, s).length).toBeGreaterThan(0);
  });
  it.each(r.samples.negative.map((s) => [s]))('ignores %s', (s) => {
    expect(applyRule(r, s)).toEqual([]);
  });
});

describe('pii.email', () => {
  const id = 'pii.email';
  it('finds addresses and stops at their edges', () => {
    expect(values(id, 'mail <anna.k@uni-heidelberg.de>, cc bob@x.io.')).toEqual(['anna.k@uni-heidelberg.de', 'bob@x.io']);
    expect(values(id, '"first.last+tag@sub.domain.example.com"')).toEqual(['first.last+tag@sub.domain.example.com']);
  });
  it('skips asset names, git remotes, package versions and handles', () => {
    expect(values(id, 'icon@2x.png icon@3x.jpg logo@1.5x.webp')).toEqual([]);
    expect(values(id, 'git@github.com:org/repo.git and git@gitlab.com:a/b')).toEqual([]);
    expect(values(id, 'react@18.2.0 @types/node@20.1.0')).toEqual([]);
    expect(values(id, 'a..b@example.com .a@example.com')).toEqual([]);
    expect(values(id, 'x@-bad.com')).toEqual([]);
  });
});

describe('pii.phone', () => {
  const id = 'pii.phone';
  it.each([
    ['+1 415 555 2671'],
    ['+1-415-555-2671'],
    ['+1 (415) 555-2671'],
    ['+14155552671'],
    ['+44 20 7946 0958'],
    ['+44 (0)20 7946 0958'],
    ['+44 7700 900123'],
    ['+49 30 12345678'],
    ['+4915112345678'],
    ['+33 6 12 34 56 78'],
    ['+91 98765 43210'],
    ['+61 412 345 678'],
    ['+81 90-1234-5678'],
    ['+55 11 91234-5678'],
    ['0044 20 7946 0958'],
    ['(415) 555-2671'],
    ['415-555-2671'],
    ['415.555.2671'],
    ['1-800-555-0199'],
    ['020 7946 0958'],
    ['07911 123456'],
    ['030 12345678'],
    ['06 12 34 56 78'],
    ['06.12.34.56.78'],
    ['98765 43210'],
    ['347 123 4567'],
  ])('finds %s without context', (p) => {
    expect(values(id, `reach: ${p}.`)).toEqual([p]);
  });
  it('finds compact national numbers only next to a phone word', () => {
    expect(values(id, 'phone 4155552671')).toEqual(['4155552671']);
    expect(values(id, 'Tel.: 02079460958')).toEqual(['02079460958']);
    expect(values(id, '4155552671 (mobile)')).toEqual(['4155552671']);
    expect(values(id, 'ref 4155552671')).toEqual([]);
    expect(values(id, 'telemetry 4155552671')).toEqual([]);
    expect(values(id, 'Tel 00442079460958')).toEqual(['00442079460958']);
  });
  it('takes a lone trunk "0" only next to a phone word', () => {
    expect(values(id, 'Kaptan Murat Yıldız – tel 0 544 817 36 20')).toEqual(['0 544 817 36 20']);
    expect(values(id, 'lot 0 544 817 36 20')).toEqual([]);
  });
  it.each([
    ['2024-01-15'],
    ['15.01.2024'],
    ['01-15-2024'],
    ['2024-01-15 10:30:00'],
    ['2024-01-15T10:30:00Z'],
    ['1.2.3.4'],
    ['version 10.0.19041.1234'],
    ['192.168.100.200'],
    ['10.20.30.40'],
    ['4111 1111 1111 1111'],
    ['4111-1111-1111-1111'],
    ['3782 822463 10005'],
    ['550e8400-e29b-41d4-a716-446655440000'],
    ['12345678-1234-1234-1234-123456789012'],
    ['order #415-555-2671'],
    ['ID-415-555-2671'],
    ['invoice 2024-58213-77'],
    ['1700000000'],
    ['1700000000123'],
    ['1 000 000'],
    ['12 000 000'],
    ['120 000 000'],
    ['1 2 3 4 5 6 7 8'],
    ['2023 2024 2025'],
    ['123-45-6789'],
    ['555-123-4567'],
    ['$1,234,567.89'],
    ['3.14159265358'],
    ['DE44 5001 0517 5407 3249 31'],
    ['2345 6789 0124'],
    ['123.456.789-09'],
    ['1 85 05 78 006 084 91'],
    ['+999 123 4567'],
    ['+1 123 456 7890'],
    ['sha 4f5e8a9d21c3'],
    ['ИНН 7704829173, КПП 770401001'],
    ['Работы по ГОСТ Р 58367-2019.'],
    ['oznaka natječaja HŽI-2024/S 087-261934'],
  ])('ignores %s', (t) => {
    expect(values(id, t)).toEqual([]);
  });
  it('takes the country of a number nearby for one written the same way without its code', () => {
    const list = '- Aïssatou Sow, +221 77 483 29 15\n- Mamadou Ba, 77 640 19 52\n- Ousmane Sy, 78 512 40 83';
    expect(values(id, list)).toEqual(['+221 77 483 29 15', '77 640 19 52', '78 512 40 83']);
    // Written differently (a dash, not the sibling's spaces): a year range, not a Latvian mobile.
    expect(values(id, 'Tālr.: +371 2648 3917\nPieredze: koordinatore, 2015-2026')).toEqual(['+371 2648 3917']);
    // Not valid in the sibling's country: nothing.
    expect(values(id, '+221 77 483 29 15\nlot 12 345 67 89')).toEqual(['+221 77 483 29 15']);
  });
});

describe('pii.us_ssn', () => {
  const id = 'pii.us_ssn';
  it('dashed form alone, spaced/compact only after an SSN word', () => {
    expect(values(id, 'emp 536-22-1947')).toEqual(['536-22-1947']);
    expect(values(id, 'emp 536 22 1947')).toEqual([]);
    expect(values(id, 'SSN#: 536 22 1947')).toEqual(['536 22 1947']);
    expect(values(id, 'id 536221947')).toEqual([]);
    expect(values(id, 'Social Security No. 536221947')).toEqual(['536221947']);
  });
  it('rejects invalid ranges and known voided numbers', () => {
    for (const s of ['000-12-3456', '666-12-3456', '912-12-3456', '123-00-4567', '123-45-0000', '078-05-1120', '219-09-9999']) {
      expect(values(id, `ssn ${s}`), s).toEqual([]);
    }
  });
});

describe('pii.uk_nino', () => {
  const id = 'pii.uk_nino';
  it('finds spaced and compact, rejects bad prefixes/suffixes', () => {
    expect(values(id, 'NINO: JG 10 37 59 A')).toEqual(['JG 10 37 59 A']);
    expect(values(id, 'JG103759A')).toEqual(['JG103759A']);
    for (const bad of ['QQ123456C', 'BG123456A', 'NK123456A', 'AO123456A', 'JG103759E', 'DA123456A']) expect(values(id, bad), bad).toEqual([]);
  });
});

describe('pii.de_steuer_id', () => {
  const id = 'pii.de_steuer_id';
  const make = (first10: string) => first10 + steuerIdCheckDigit(first10);
  it('validates computed numbers and needs context', () => {
    const ok = make('1123456789'); // 1 twice, 0 missing
    expect(values(id, `Steuer-ID ${ok}`)).toEqual([ok]);
    expect(values(id, ok)).toEqual([]);
    expect(values(id, `IdNr ${ok.slice(0, 2)} ${ok.slice(2, 5)} ${ok.slice(5, 8)} ${ok.slice(8)}`)).toHaveLength(1);
    // All ten distinct digits: fails the repetition rule whatever the check digit.
    expect(values(id, `Steuer-ID ${make('1234567890')}`)).toEqual([]);
    // Three in a row is not allowed, three apart is.
    expect(values(id, `Steuer-ID ${make('1112345678')}`)).toEqual([]);
    expect(values(id, `Steuer-ID ${make('1213145678')}`)).toHaveLength(1);
  });
});

describe('pii.fr_nir', () => {
  const id = 'pii.fr_nir';
  const make = (body: string) => body + String(frNirKey(body)).padStart(2, '0');
  it('computes keys including Corsica', () => {
    const a = make('1850578006084');
    const b = make('285072A004002');
    const c = make('185072B123456');
    for (const n of [a, b, c]) expect(values(id, `NIR ${n}`), n).toEqual([n]);
    expect(values(id, `NIR ${a.slice(0, 1)} ${a.slice(1, 3)} ${a.slice(3, 5)} ${a.slice(5, 7)} ${a.slice(7, 10)} ${a.slice(10, 13)} ${a.slice(13)}`)).toHaveLength(1);
    expect(values(id, `NIR ${a.slice(0, 13)}${(Number(a.slice(13)) % 97) + 1}`)).toEqual([]);
    expect(values(id, `NIR ${make('1851378006084')}`)).toEqual([]); // month 13
  });
});

describe('pii.es_dni / pii.es_nie', () => {
  it('checks the control letter', () => {
    expect(values('pii.es_dni', 'DNI 00000023T')).toEqual(['00000023T']);
    expect(values('pii.es_dni', 'DNI 12345678-Z')).toEqual(['12345678-Z']);
    expect(values('pii.es_dni', 'DNI 12345678-A')).toEqual([]);
    expect(values('pii.es_nie', 'NIE X-1234567-L')).toEqual(['X-1234567-L']);
    expect(values('pii.es_nie', 'NIE Y1234567X')).toEqual(['Y1234567X']);
    expect(values('pii.es_nie', 'NIE Z1234567R')).toEqual(['Z1234567R']);
    expect(values('pii.es_nie', 'NIE Z1234567S')).toEqual([]);
  });
});

describe('pii.it_codice_fiscale', () => {
  const id = 'pii.it_codice_fiscale';
  const make = (first15: string) => first15 + codiceFiscaleCheckChar(first15);
  it('validates computed codes, omocodia and female days', () => {
    const male = make('RSSMRA85T10A562');
    const female = make('BNCLRA90A41F205');
    const omocodic = make('RSSMRA85T10A56N'); // last digit 2 → N
    for (const cf of [male, female, omocodic]) expect(values(id, `CF ${cf}`), cf).toEqual([cf]);
    expect(values(id, `CF ${make('RSSMRA85T35A562')}`)).toEqual([]); // day 35
    expect(values(id, `CF ${make('RSSMRA85F10A562')}`)).toEqual([]); // F is not a month letter
    expect(values(id, 'ABCDEFLMNOPQRSTU')).toEqual([]);
    expect(values(id, `cf ${male.toLowerCase()}`)).toEqual([]); // upper case only (see rule)
  });
});

describe('pii.nl_bsn', () => {
  it('needs context, accepts dotted and spaced', () => {
    expect(values('pii.nl_bsn', 'BSN 1112.22.333')).toEqual(['1112.22.333']);
    expect(values('pii.nl_bsn', '111222333')).toEqual([]);
  });
});

describe('pii.in_aadhaar', () => {
  const id = 'pii.in_aadhaar';
  const make = (first11: string) => first11 + verhoeffCheckDigit(first11);
  it('grouped alone, compact after an Aadhaar word', () => {
    const a = make('98765432101');
    const grouped = `${a.slice(0, 4)} ${a.slice(4, 8)} ${a.slice(8)}`;
    expect(values(id, `id ${grouped}`)).toEqual([grouped]);
    expect(values(id, `id ${grouped.replace(/ /g, '-')}`)).toHaveLength(1);
    expect(values(id, `ref ${a}`)).toEqual([]);
    expect(values(id, `Aadhaar number ${a}`)).toEqual([a]);
    expect(values(id, `uid ${make('18765432101')}`)).toEqual([]);
  });
});

describe('pii.br_cpf', () => {
  const id = 'pii.br_cpf';
  const make = (nine: string) => {
    const ten = nine + cpfCheckDigit(nine);
    return ten + cpfCheckDigit(ten);
  };
  it('formatted alone, compact after "CPF"', () => {
    const c = make('123456789');
    const f = `${c.slice(0, 3)}.${c.slice(3, 6)}.${c.slice(6, 9)}-${c.slice(9)}`;
    expect(c).toBe('12345678909');
    expect(values(id, `doc ${f}`)).toEqual([f]);
    expect(values(id, `doc ${c}`)).toEqual([]);
    expect(values(id, `CPF: ${c}`)).toEqual([c]);
    expect(values(id, 'CPF 000.000.000-00')).toEqual([]);
  });
});

describe('pii.ca_sin', () => {
  const id = 'pii.ca_sin';
  it('needs "SIN" as a word, not inside "using"', () => {
    const sin = `1234567${'8'}`;
    const full = sin + luhnCheckDigit(sin);
    expect(values(id, `SIN ${full}`)).toEqual([full]);
    expect(values(id, `using ${full}`)).toEqual([]);
    expect(values(id, `business ${full}`)).toEqual([]);
    expect(values(id, `NAS: ${full.slice(0, 3)} ${full.slice(3, 6)} ${full.slice(6)}`)).toHaveLength(1);
  });
});

describe('pii.passport', () => {
  const id = 'pii.passport';
  it('finds national formats next to the word only', () => {
    for (const p of ['533380006', 'C01X00T47', '09AA12345', 'X4827193', 'AB1234567', 'E12345678']) {
      expect(values(id, `passport ${p}`), p).toEqual([p]);
      expect(values(id, `order ${p}`), p).toEqual([]);
    }
    expect(values(id, 'passport expires 31121999')).toEqual([]);
    expect(values(id, 'passport CHECKLIST')).toEqual([]);
  });
});

describe('pii.date_of_birth', () => {
  const id = 'pii.date_of_birth';
  it.each([
    ['DOB 1985-03-14', '1985-03-14'],
    ['DOB: 14/03/1985', '14/03/1985'],
    ['date of birth: 03/14/1985', '03/14/1985'],
    ['born 14.03.85', '14.03.85'],
    ['born on 14 March 1985', '14 March 1985'],
    ['born on the 14th of March 1985', '14th of March 1985'],
    ['birthday: Mar. 14, 1985', 'Mar. 14, 1985'],
    ['geb. am 14. März 1985', '14. März 1985'],
    ['née le 1er janvier 1970', '1er janvier 1970'],
    ['fecha de nacimiento: 14 de marzo de 1985', '14 de marzo de 1985'],
    ['data di nascita 14 marzo 1985', '14 marzo 1985'],
    ['Geboortedatum: 9 mei 1988', '9 mei 1988'],
    ['data urodzenia: 3 października 1990', '3 października 1990'],
  ])('%s', (text, expected) => {
    expect(values(id, text)).toEqual(expected ? [expected] : []);
  });
  it('a date that starts or ends a period is not the birth date next to it', () => {
    expect(values(id, 'geb. am 04.11.1962 in Chemnitz, war vom 01.03.2011 bis 30.11.2024 bei uns')).toEqual(['04.11.1962']);
    expect(values(id, 'born 1985-03-14, with us since 2010-02-01')).toEqual(['1985-03-14']);
    expect(values(id, 'Geburtsdatum: 14.06.1995\nEintritt: 01.01.2025, Teilzeit')).toEqual(['14.06.1995']);
    expect(values(id, 'Name: Ana\nDate of birth:\n  DOB: 12/03/1984')).toEqual(['12/03/1984']);
    expect(values(id, 'syntynyt 07.03.1998 Tampereella')).toEqual(['07.03.1998']);
  });
  it('a date on a line opened by another label, under a line whose birth word has its date, is that label\'s', () => {
    expect(values(id, 'Patientin: Johanna Wiegand, geb. 03.11.1987\nTermin: Di, 17.06.2025, 10:30 Uhr')).toEqual(['03.11.1987']);
    // Through the pipeline: NFKC makes the full-width colons ":".
    const cjk = '出生日期：1988年5月12日\n航班：CV 2817 深圳—曼谷 2025-04-18';
    expect(createScanner().scan(cjk).filter((f) => f.rule === id).map((f) => cjk.slice(f.start, f.end))).toEqual(['1988年5月12日']);
    // A children line is no other label: its bracketed dates are the children's birth dates.
    const kids = 'Дата народження: 14.07.1983\nДіти: Марко (02.05.2012), Соломія (19.10.2016)';
    expect(createScanner().scan(kids).filter((f) => f.rule === id).map((f) => kids.slice(f.start, f.end))).toEqual(['14.07.1983', '02.05.2012', '19.10.2016']);
  });
  it('rejects implausible dates and dates without context', () => {
    expect(values(id, 'DOB 2999-01-01')).toEqual([]);
    expect(values(id, 'DOB 1985-02-30')).toEqual([]);
    expect(values(id, 'DOB 29/02/1987')).toEqual([]);
    expect(values(id, 'DOB 29/02/1988')).toEqual(['29/02/1988']);
    expect(values(id, 'DOB 14 Smarch 1985')).toEqual([]);
    expect(values(id, 'deadline 2024-03-14')).toEqual([]);
  });
});

describe('pii.ip_address', () => {
  const id = 'pii.ip_address';
  it('finds public and private IPv4 and IPv6', () => {
    expect(values(id, 'from 8.26.4.19 and 10.0.0.12, 172.16.4.1 / 192.168.0.10')).toEqual(['8.26.4.19', '10.0.0.12', '172.16.4.1', '192.168.0.10']);
    expect(values(id, 'http://10.1.2.3:8080/x')).toEqual(['10.1.2.3']);
    expect(values(id, 'peer [2001:db8::ff00:42:8329]:443')).toEqual(['2001:db8::ff00:42:8329']);
    expect(values(id, 'addr 2001:0db8:0000:0000:0000:ff00:0042:8329')).toHaveLength(1);
  });
  it('skips versions, loopback, masks, resolvers, long dotted runs and non-addresses', () => {
    for (const t of [
      'version 1.2.3.4',
      'Version: 2.0.0.1',
      'build 4.2.1.0',
      'Chrome/120.0.0.1',
      'v1.2.3.4',
      '1.2.3.4.5',
      '127.0.0.1',
      '0.0.0.0',
      '255.255.255.0',
      '224.0.0.251',
      '169.254.10.10',
      '1.1.1.1',
      '01.02.03.04',
      '::1',
      '::',
      'ff02::1:2:3',
      'a::b',
      'std::map::iterator',
      '12:30:45',
      '00:1a:2b:3c:4d:5e',
      '1:2:3:4:5:6:7:8:9',
    ]) {
      expect(values(id, t), t).toEqual([]);
    }
  });
});

describe('linear time on adversarial input', () => {
  const inputs = [
    '1 '.repeat(50_000),
    '1-'.repeat(50_000),
    '1.'.repeat(50_000),
    '1:'.repeat(50_000),
    '1'.repeat(100_000),
    'a'.repeat(100_000),
    'A'.repeat(100_000),
    'a@'.repeat(50_000),
    'a.'.repeat(50_000),
    'a:'.repeat(50_000),
    '@a.'.repeat(30_000),
    'a.a@'.repeat(25_000),
    'a'.repeat(50_000) + '@' + 'a.'.repeat(25_000),
    '+1 '.repeat(30_000),
    '(1)'.repeat(30_000),
    '1 ('.repeat(30_000),
    '12 34 '.repeat(20_000),
    'phone 12345678 '.repeat(6_000),
    'ssn 123456789 '.repeat(6_000),
    'DOB 12/12/1985 '.repeat(6_000),
    'born january '.repeat(8_000),
    'A1'.repeat(50_000),
    'AB12 '.repeat(20_000),
  ];
  it.each(PII_RULES.map((r) => [r.id, r] as const))('%s', (_id, r) => {
    for (const input of inputs) {
      const t0 = performance.now();
      applyRule(r, input);
      const ms = performance.now() - t0;
      expect(ms, `${r.id} on ${JSON.stringify(input.slice(0, 12))}…`).toBeLessThan(1500);
    }
  });
});

describe('detect scanners match the documented patterns', () => {
  const regexSpans = (r: Rule, text: string) => {
    const re = new RegExp(r.pattern.source, r.pattern.flags);
    const out: [number, number][] = [];
    for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
    return out;
  };
  const detectSpans = (r: Rule, text: string) => [...r.detect!(text)].map((s) => [s.start, s.end] as [number, number]);
  // Deterministic pseudo-random texts over the characters that matter for these formats.
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const alphabet = 'ab049fx_.:-@/ \\+%Z1';
  const randomTexts = Array.from({ length: 400 }, () => Array.from({ length: 60 }, () => alphabet[rnd(alphabet.length)]).join(''));
  it.each(['pii.email', 'pii.ip_address'])('%s', (id) => {
    const r = rule(id);
    const texts = [...PII_RULES.flatMap((x) => [...x.samples.positive, ...x.samples.negative]), ...randomTexts, 'first_last@example.com', 'a@b.co@c.de', `${'a'.repeat(70)}@example.com`, 'x:2001:db8::1 ::1 fe80::1:2:3%eth0', 'a%40b.co%40c.de', 'x%40y.com@z.org z@y.com%40x.org', '%40a.com q%40%40b.com', `${'b'.repeat(62)}%40ex.com`, '?to=a.b%40c.io&cc=d%40e.fr'];
    for (const t of texts) expect(detectSpans(r, t), t).toEqual(regexSpans(r, t));
  });
  it('email local parts may contain underscores', () => {
    expect(values('pii.email', 'mail first_last@example.com')).toEqual(['first_last@example.com']);
  });
});

describe('through createScanner (the real pipeline)', () => {
  const scanner = createScanner();
  it.each(PII_RULES.map((r) => [r.id, r] as const))('%s samples', (_id, r) => {
    for (const s of r.samples.positive) expect(scanner.scan(s).map((f) => f.rule), s).toContain(r.id);
    for (const s of r.samples.negative) expect(scanner.scan(s).map((f) => f.rule), s).not.toContain(r.id);
  });
  it('reports a mixed record with offsets in the original text', () => {
    const text = 'Name: Jane Doe\nemail jane.doe@example.com, phone +44 20 7946 0958\nDOB 1985-03-14, SSN 536-22-1947, ip 203.0.113.42';
    const found = scanner.scan(text).map((f) => [f.rule, text.slice(f.start, f.end), f.line]);
    expect(found).toEqual([
      ['pii.email', 'jane.doe@example.com', 2],
      ['pii.phone', '+44 20 7946 0958', 2],
      ['pii.date_of_birth', '1985-03-14', 3],
      ['pii.us_ssn', '536-22-1947', 3],
      ['pii.ip_address', '203.0.113.42', 3],
    ]);
  });
  it('finds values hidden with zero-width characters and full-width digits', () => {
    const text = 'SSN 536\u200b-22-1947 and mail ｊａｎｅ@example.com';
    expect(scanner.scan(text).map((f) => f.rule)).toEqual(['pii.us_ssn', 'pii.email']);
  });
  it('finds a Solar Hijri birth date written in Persian digits', () => {
    const text = 'تاریخ تولد: ۱۳۶۹/۰۶/۲۱';
    expect(scanner.scan(text).map((f) => [f.rule, text.slice(f.start, f.end)])).toEqual([['pii.date_of_birth', '۱۳۶۹/۰۶/۲۱']]);
  });
});

describe('digit identifiers in delimited data (CSV, TSV, pipes, quotes, brackets)', () => {
  const row = (sep: string, v: string) => `34625${sep}Wei Singh${sep}wei@example.com${sep}${v}${sep}2023-05-01`;
  it.each([',', ';', '\t', '|'])('finds phone and SSN after %j', (sep) => {
    expect(values('pii.us_ssn', row(sep, '874-52-6711'))).toEqual(['874-52-6711']);
    expect(values('pii.phone', row(sep, '(650) 973-6990'))).toEqual(['(650) 973-6990']);
    expect(values('pii.phone', row(sep, '+1 619 975 8545'))).toEqual(['+1 619 975 8545']);
  });
  it('finds values in quotes and brackets, and after a number', () => {
    expect(values('pii.us_ssn', '["874-52-6711"]')).toEqual(['874-52-6711']);
    expect(values('pii.us_ssn', '+1 619 975 8545,874-52-6711,2023-05-01')).toEqual(['874-52-6711']);
    expect(values('pii.phone', "{'tel': '+49 159 39167777'}")).toEqual(['+49 159 39167777']);
  });
  it('still rejects values inside longer digit runs or decimals', () => {
    expect(values('pii.us_ssn', 'x,1874-52-6711,y')).toEqual([]);
    expect(values('pii.us_ssn', 'x,874-52-67119,y')).toEqual([]);
    expect(values('pii.us_ssn', 'x,874-52-6711-3,y')).toEqual([]);
    expect(values('pii.us_ssn', 'v 1.874-52-6711')).toEqual([]);
  });
  it('takes "my social is" as an SSN word for the spaced form', () => {
    expect(values('pii.us_ssn', 'my social is 485 04 3202. Is it valid?')).toEqual(['485 04 3202']);
    expect(values('pii.us_ssn', 'social media post 485 04 3202')).toEqual([]);
  });
});

describe('pii.uk_nhs_number', () => {
  const id = 'pii.uk_nhs_number';
  it('needs an NHS word and the mod-11 check digit', () => {
    expect(values(id, 'NHS number: 498 376 7363')).toEqual(['498 376 7363']);
    expect(values(id, 'nhs,9434765919,x')).toEqual(['9434765919']);
    expect(values(id, 'NHS number: 498 376 7364')).toEqual([]);
    expect(values(id, 'ref 498 376 7363')).toEqual([]);
    expect(values(id, 'NHS 498-376 7363')).toEqual([]);
  });
});
