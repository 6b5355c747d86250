import { describe, expect, it } from 'vitest';
import { FindingSchema } from '../../../src/contracts/findings';
import { createScanner, RULES, type Rule } from '../../../src/engine';
import { CompiledScanner } from '../../../src/engine/scan';

const GHP = 'ghp_t1FAKEdS1XdL9gqguFqLopfwlUEZwjEJ20VJ';
const AKIA = 'AKIAZ7FAKEKEYQ2W3E4R';

function rule(over: Partial<Rule> & Pick<Rule, 'id' | 'pattern'>): Rule {
  return {
    category: 'custom',
    label: over.id,
    placeholder: 'X',
    description: 'test',
    keywords: [],
    score: 0.8,
    samples: { positive: [], negative: [] },
    ...over,
  };
}

describe('scanner', () => {
  const scanner = createScanner();

  it('exposes its rules and returns schema-valid, sorted, non-overlapping findings', () => {
    expect(scanner.rules.length).toBe(RULES.length);
    const text = `line one\nGITHUB_TOKEN=${GHP}\nand ${AKIA} here\nCONFIDENTIAL\n`;
    const findings = scanner.scan(text);
    for (const f of findings) expect(() => FindingSchema.parse(f)).not.toThrow();
    expect(findings.map((f) => f.rule)).toEqual(['credential.github_pat', 'credential.aws_access_key_id', 'confidential.marking']);
    expect(findings.map((f) => f.line)).toEqual([2, 3, 4]);
    // Several findings on one line, then on the next: each gets its line.
    const same = scanner.scan(`x\nGITHUB_TOKEN=${GHP} and ${AKIA}\n\nMail a.b@example.com`);
    expect(same.map((f) => f.line)).toEqual([2, 2, 4]);
    const gh = findings[0]!;
    expect(text.slice(gh.start, gh.end)).toBe(GHP);
    expect(gh.preview).toBe('ghp_••••••••20VJ');
    for (let i = 1; i < findings.length; i++) expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
  });

  it('returns nothing for empty or harmless text', () => {
    expect(scanner.scan('')).toEqual([]);
    expect(scanner.scan('Hello, can you help me write a poem about autumn?')).toEqual([]);
  });

  it('resolves overlaps by score, then length, then rule priority', () => {
    const s = new CompiledScanner([
      rule({ id: 'custom.low', pattern: /abcdef/g, score: 0.5 }),
      rule({ id: 'custom.high', pattern: /cde/g, score: 0.9 }),
      rule({ id: 'custom.long', pattern: /xyz123/g, score: 0.7 }),
      rule({ id: 'custom.short', pattern: /xyz/g, score: 0.7 }),
      rule({ id: 'custom.first', pattern: /qqq/g, score: 0.6 }),
      rule({ id: 'custom.second', pattern: /qqq/g, score: 0.6 }),
    ]);
    const f = s.scan('abcdef xyz123 qqq');
    expect(f.map((x) => [x.rule, x.start, x.end])).toEqual([
      ['custom.high', 2, 5],
      ['custom.long', 7, 13],
      ['custom.first', 14, 17],
    ]);
  });

  it('splits a container finding around higher-ranked findings inside it', () => {
    const code = [
      'function connect(config) {',
      `  const token = "${GHP}";`,
      '  const client = new Client({ token, retries: 3 });',
      '  return client.connect(config.url);',
      '}',
    ].join('\n');
    const findings = scanner.scan(code);
    const rules = findings.map((f) => f.rule);
    expect(rules).toContain('credential.github_pat');
    expect(rules.filter((r) => r === 'source_code.snippet').length).toBe(2);
    for (let i = 1; i < findings.length; i++) expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
  });

  it('applies context scoring, required context and minScore', () => {
    const base = rule({ id: 'custom.ctx', pattern: /\b[0-9]{6}\b/g, score: 0.6, context: { words: ['pin'], window: 20 } });
    const s = new CompiledScanner([base]);
    expect(s.scan('my pin is 123456')[0]!.score).toBeCloseTo(0.7);
    expect(s.scan('number 123456')[0]!.score).toBeCloseTo(0.4);
    expect(new CompiledScanner([base], 0.5).scan('number 123456')).toEqual([]);
    const req = new CompiledScanner([{ ...base, context: { words: ['pin'], required: true } }]);
    expect(req.scan('number 123456')).toEqual([]);
  });

  it('honours disabledRules and minScore options', () => {
    const text = `token ${GHP}`;
    expect(createScanner({ disabledRules: ['credential.github_pat'] }).scan(text).some((f) => f.rule === 'credential.github_pat')).toBe(false);
    expect(createScanner({ minScore: 0.99 }).scan(text)).toEqual([]);
  });

  it('runs a rule only where its keywords occur, but finds matches far from the text start', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(20_000);
    const text = `${filler}\nexport GITHUB_TOKEN=${GHP}\n${filler}`;
    const f = scanner.scan(text);
    expect(f.map((x) => x.rule)).toEqual(['credential.github_pat']);
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe(GHP);
  });

  it('finds the same in one big text as in each part alone (windows and anchors are exact)', () => {
    const filler = '\n\n' + 'lorem ipsum dolor amet, consectetur adipiscing elit. '.repeat(40) + '\n\n';
    const parts = RULES.flatMap((r) => [...r.samples.positive, ...r.samples.negative]);
    const expected: string[] = [];
    let text = '';
    for (const part of parts) {
      text += filler;
      const offset = text.length;
      for (const f of scanner.scan(part)) expected.push(`${f.rule}@${f.start + offset}-${f.end + offset}`);
      text += part;
    }
    const got = scanner.scan(text).map((f) => `${f.rule}@${f.start}-${f.end}`);
    expect(got).toEqual(expected);
  });

  it('reports the value span (secret group), not the whole match', () => {
    const text = 'postgres://app:S3cr3tFakePw9@db.fake.example/app';
    const f = scanner.scan(text).find((x) => x.rule === 'credential.database_url_password')!;
    expect(text.slice(f.start, f.end)).toBe('S3cr3tFakePw9');
  });

  it('rejects a rule without the g flag', () => {
    expect(() => new CompiledScanner([rule({ id: 'custom.bad', pattern: /x/ })])).toThrow(/g flag/);
  });
});

describe('a column header is context for its column', () => {
  const scanner = createScanner();
  const spans = (text: string, id: string) => scanner.scan(text).filter((f) => f.rule === id).map((f) => text.slice(f.start, f.end));
  const filler = 'x'.repeat(120);
  const rows = (n: number, row: (i: number) => string) => Array.from({ length: n }, (_, i) => row(i)).join('\n');

  it('finds dates of birth and passports far below a TSV header', () => {
    const tsv = `name\tpassport\tdob\tnote\n${rows(20, (i) => `Person ${i}\tP${6281930 + i}B\t19${60 + i}-0${1 + (i % 9)}-1${i % 9}\t${filler}`)}`;
    const text = `Dedupe this export please:\n\n${tsv}\n\nThanks`;
    expect(spans(text, 'pii.date_of_birth')).toHaveLength(20);
    expect(spans(text, 'pii.passport')).toHaveLength(20);
    expect(spans(text, 'pii.date_of_birth').at(-1)).toBe('1979-02-11');
  });

  it('finds them in a comma-separated export with a date_of_birth column', () => {
    const csv = `id,name,date_of_birth,remarks\n${rows(12, (i) => `W${i},Pat ${i},2006-0${1 + (i % 9)}-1${i % 9},${filler}`)}`;
    expect(spans(csv, 'pii.date_of_birth')).toHaveLength(12);
  });

  it('reads a snake_case header cell as its words ("дата_народження": date of birth)', () => {
    const csv = `id;піб;дата_народження;паспорт;email\nD-0412;Ковальчук Ірина;1997-02-14;FX482913;a@b.ua\nD-0413;Мельник Оксана;1995-09-03;FT731048;c@d.ua`;
    expect(spans(csv, 'pii.date_of_birth')).toEqual(['1997-02-14', '1995-09-03']);
    // The same rows under a column that names no birth date.
    expect(spans(csv.replace('дата_народження', 'дата_видачі'), 'pii.date_of_birth')).toEqual([]);
  });

  it('gives context only to the column under the header word', () => {
    const csv = `id,created,dob,remarks\n${rows(12, (i) => `W${i},2024-0${1 + (i % 9)}-2${i % 9},1990-0${1 + (i % 9)}-1${i % 9},${filler}`)}`;
    const found = spans(csv, 'pii.date_of_birth');
    expect(found).toHaveLength(12);
    expect(found.every((d) => d.startsWith('1990-'))).toBe(true);
  });

  it('reads a table aligned with spaces by its columns, and not prose with double spaces', () => {
    const pad = (cells: string[]) => cells.map((c) => c.padEnd(16)).join('').trimEnd();
    const table = [pad(['Pilot', 'Born', 'Notes']), ...Array.from({ length: 12 }, (_, i) => pad([`Pilot Nr ${i}`, `0${1 + (i % 9)}.0${1 + (i % 9)}.19${70 + i}`, 'night shift']))].join('\n');
    const found = spans(`Roster for the base:\n\n${table}`, 'pii.date_of_birth');
    expect(found).toHaveLength(12);
    expect(found.at(-1)).toBe('03.03.1981');
    // The same cells out of line: lines with two spaces in other places are prose, not rows.
    const ragged = table.split('\n').map((l, i) => (i === 0 ? l : `${'x'.repeat(i)}  ${l.replace(/ {2,}/g, ' ')}  ${filler}`)).join('\n');
    expect(spans(`Roster for the base:\n\n${ragged}`, 'pii.date_of_birth').length).toBeLessThan(3);
  });

  it('ends the table at the first line with another shape', () => {
    const text = `name,dob\n${rows(3, (i) => `P${i},1990-01-1${i}`)}\n\n${filler}\n${filler}\nmeeting notes\nProject kickoff 1991-02-03 went well.`;
    expect(spans(text, 'pii.date_of_birth')).toEqual(['1990-01-10', '1990-01-11', '1990-01-12']);
  });

  it('a SQL INSERT column list heads its VALUES tuples (the tuple-closing comma is not a cell separator)', () => {
    const insert = `INSERT INTO staff (id, name, created_at, date_of_birth, remarks) VALUES\n${rows(8, (i) => `(${i}, 'Pat ${i}', '2024-0${1 + i}-0${1 + i} 09:00:00', '1985-0${1 + i}-1${i}', '${filler}')`).replace(/\n/g, ',\n')};`;
    const found = spans(`Turn these rows into CSV:\n\n${insert}`, 'pii.date_of_birth');
    expect(found).toHaveLength(8);
    expect(found.every((d) => d.startsWith('1985-'))).toBe(true);
  });

  it('a comma inside a quoted cell does not separate cells (RFC 4180 and SQL quoting), an apostrophe in a word does not quote', () => {
    const names = ['Huber, Franz', 'Moser, Eli', "O'Brien, Pat", 'Kern, Ute'];
    const csv = `name,dob,city\n${names.map((n, i) => `"${n}",1960-0${1 + i}-1${i},Graz`).join('\n')}`;
    expect(spans(csv, 'pii.date_of_birth')).toEqual(['1960-01-10', '1960-02-11', '1960-03-12', '1960-04-13']);
    const sql = `INSERT INTO patienten (id, name, geburtsdatum, ort) VALUES\n${names.map((n, i) => `(${i}, '${n.replace("'", "''")}', '1960-0${1 + i}-1${i}', 'Graz')`).join(',\n')};`;
    expect(spans(sql, 'pii.date_of_birth')).toEqual(['1960-01-10', '1960-02-11', '1960-03-12', '1960-04-13']);
  });

  it('a record line names no column: a Steuer-ID under a first record that says "Handy" is not in a phone column', () => {
    const text = 'Stammdaten:\n\nTf Schneider, Markus — geb. 19.06.1979 — Steuer-ID 61778402350 — Handy 0160 93827415\nTf Kaya, Deniz — geb. 03.02.1991 — Steuer-ID 49370353684 — Handy +49 171 4829361';
    expect(spans(text, 'pii.de_steuer_id')).toEqual(['61778402350', '49370353684']);
  });

  it('a line that holds its own date labels that date, it is no caption for the rows below', () => {
    const text = "Doğum tarihi: 07.11.1988\nEşi: Mert Yıldırım, tel: 0533 724 19 85\nEmbriyo transferi 18.11.2024, beta-hCG 02.12.2024'de bakılacak.";
    expect(spans(text, 'pii.date_of_birth')).toEqual(['07.11.1988']);
  });

  it('a reply in a transcript takes its context from the question right above it', () => {
    const chat = "[09:14] Operasyon: Hastanın adı, doğum tarihi ve pasaport numarası?\n[09:16] Hasta yakını: Klaus Hoffmann, 02.09.1949, Alman pasaportu C7HK4R29T";
    expect(spans(chat, 'pii.date_of_birth')).toEqual(['02.09.1949']);
    // A question about something else, or no speaker label on the reply: no context.
    expect(spans('[09:14] Ops: which day did the invoice arrive?\n[09:16] Anna: on 02.09.2019, I think', 'pii.date_of_birth')).toEqual([]);
    expect(spans('Could you confirm the date of birth?\n\nThe contract was signed on 02.09.2019 by both parties.', 'pii.date_of_birth')).toEqual([]);
  });

  it('a header names its columns, not the text above the table', () => {
    const text = 'Hvem af dem er under 18? Dato i dag er 1. marts 2025.\n\nnavn;email;fødselsdato;postnr\nFreja Lund;freja@example.dk;1999-04-18;8000\nOliver Kjær;oliver@example.dk;2007-09-02;8200';
    expect(spans(text, 'pii.date_of_birth')).toEqual(['1999-04-18', '2007-09-02']);
  });

  it('a cell word (context.cells) names a column only as a whole header cell, never from a row', () => {
    const pob = `POB-liste NV-214\nNavn | Født | Pass | Telefon\n${rows(6, (i) => `Person ${i} | 11.04.19${70 + i} | FH482739${i} | ${filler}`)}`;
    expect(spans(pob, 'pii.passport')).toHaveLength(6);
    // A VCF's FILTER value "PASS" in each row is no column name: its positions are no passports.
    const vcf = `#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\n${rows(6, (i) => `chr13\t3234030${i}\trs8035955${i}\tA\tG\t1204.7\tPASS`)}`;
    expect(spans(vcf, 'pii.passport')).toEqual([]);
    // In prose the word is no context.
    expect(spans('Did he pass FH4827391 to you?', 'pii.passport')).toEqual([]);
  });

  it('a table whose first line holds values names no column: its caption decides, the first row keeps its own context', () => {
    const text = 'Convert this extract (surname, first name, phone, DOB, national ID):\n\nKowalewska | Marta | +48 601 283 947 | 1983-06-14 | PESEL 83061412748 | Warszawa\nLindgren | Per | +46 70 318 42 96 | 1971-11-02 | pnr 711102-4517 | Stockholm\nRautio | Aino | +358 40 718 2934 | 1990-01-27 | HETU 270190-512T | Helsinki';
    expect(spans(text, 'pii.date_of_birth')).toEqual(['1983-06-14', '1971-11-02', '1990-01-27']);
  });

  it('needs the header word: the same table without it reports no birth dates', () => {
    const csv = `id,name,joined,remarks\n${rows(12, (i) => `W${i},Pat ${i},2006-0${1 + (i % 9)}-1${i % 9},${filler}`)}`;
    expect(spans(csv, 'pii.date_of_birth')).toEqual([]);
  });
});

describe('table context keeps what proximity found', () => {
  const scanner = createScanner();
  const spans = (text: string, id: string) => scanner.scan(text).filter((f) => f.rule === id).map((f) => text.slice(f.start, f.end));
  it('a caption line above the table, or a label cell in the row, is context', () => {
    expect(spans('Birth dates of the new starters:\nname,date\nAnna,1990-01-12\nBen,1988-07-30', 'pii.date_of_birth')).toEqual(['1990-01-12', '1988-07-30']);
    expect(spans('field,value\nname,Anna\nDOB,1990-01-12\nteam,ops', 'pii.date_of_birth')).toEqual(['1990-01-12']);
  });
});

describe('footer and header markings', () => {
  const scanner = createScanner();
  const spans = (text: string) => scanner.scan(text).filter((f) => f.rule === 'confidential.marking').map((f) => text.slice(f.start, f.end));
  it('a spaced en or em dash separates footer parts (normalisation turns both into "-")', () => {
    expect(spans('Please fix the footer: "Corvid Freight – Company Confidential".')).toEqual(['Company Confidential']);
    expect(spans('Corvid Freight — Internal Use Only\nPage 3 of 9')).toEqual(['Internal Use Only']);
    expect(spans('Corvid Freight - Internal Use Only\nPage 3 of 9')).toEqual(['Internal Use Only']);
  });
  it('markings joined by a separator are one marking (Rule.joinGap)', () => {
    expect(spans('VERTRAULICH – Nur für den internen Gebrauch\n\nGehaltsbänder')).toEqual(['VERTRAULICH – Nur für den internen Gebrauch']);
    expect(spans('CONFIDENCIAL — Uso interno\nPlan comercial')).toEqual(['CONFIDENCIAL — Uso interno']);
    expect(spans('VERTROUWELIJK — PRIVILEGED\n\nMemo aan: sectie Arbeidsrecht')).toEqual(['VERTROUWELIJK — PRIVILEGED']);
    // A line break is not a joining gap: two lines, two markings.
    expect(spans('CONFIDENTIAL\nINTERNAL USE ONLY\nQ3 plan')).toEqual(['CONFIDENTIAL', 'INTERNAL USE ONLY']);
  });
  it('an unspaced hyphen is part of a word, not a separator', () => {
    expect(spans('We only use non-Company Confidential data here')).toEqual([]);
  });
});

describe('a column header is context for validators (MatchContext.columnHeader)', () => {
  const scanner = createScanner();
  const spans = (text: string, id: string) => scanner.scan(text).filter((f) => f.rule === id).map((f) => text.slice(f.start, f.end));
  it('a national number that needs a phone word counts under a phone column', () => {
    const csv = 'nombre;dni;móvil;ciudad\nAna Ruiz;—;655 218 904;Valencia\nLuis Gil;—;934 81 27 60;Barcelona';
    expect(spans(csv, 'pii.phone')).toEqual(['655 218 904', '934 81 27 60']);
    // The same rows under another header: no phone word, no phone.
    expect(spans(csv.replace('móvil', 'pedido'), 'pii.phone')).toEqual([]);
  });
  it("a table's header line says what its rows are about: a studbook's birth dates are no person's", () => {
    const rows = ['1187,Kinta,F,2009-11-03,0954,1012,956000012746381,E4', '1420,Bima,M,2016-04-21,1187,1203,956000013820574,E4', '1533,Sari,F,2019-08-30,1187,1203,956000014507263,E5', '1611,Tuah,M,2022-02-14,1298,1203,956000015839027,E5'];
    const csv = `studbook_id,house_name,sex,birth_date,dam,sire,microchip,location\n${rows.join('\n')}`;
    expect(spans(csv, 'pii.date_of_birth')).toEqual([]);
    // The same table about people (no animal's column): every row's birth date.
    expect(spans(csv.replace('studbook_id', 'staff_id').replace('microchip', 'badge_no'), 'pii.date_of_birth')).toEqual(['2009-11-03', '2016-04-21', '2019-08-30', '2022-02-14']);
  });
  it("a form line's label names every value on its line, however far along", () => {
    const form = 'Name: Svetlana Becker\nGeburtsdatum: 14.07.1987 (laut Mandantin ein Tippfehler, richtig sei 14.07.1978)\nTelefon: +49 6131 482930';
    expect(spans(form, 'pii.date_of_birth')).toEqual(['14.07.1987', '14.07.1978']);
    // The same far date on a line whose label names something else: no birth word, no birth date.
    expect(spans(form.replace('Geburtsdatum:', 'Termin am'), 'pii.date_of_birth')).toEqual([]);
  });
  it('a Luhn-valid 16-digit number in a card column is a card whatever its issuer range, not in a gift-card column', () => {
    const tsv = 'dispute_id\tdate\tamount\tcard\treason\ndp_8812\t2024-10-03\t12,000\t3515938201914978\tfraudulent\ndp_8819\t2024-10-05\t980\t3515938201914986\tduplicate';
    expect(spans(tsv, 'financial.payment_card')).toEqual(['3515938201914978', '3515938201914986']);
    expect(spans(tsv.replace('\tcard\t', '\tgift_card\t'), 'financial.payment_card')).toEqual([]);
    // Unlabelled, an unknown range stays a number.
    expect(spans('ref 3515938201914978 fraudulent', 'financial.payment_card')).toEqual([]);
  });
  it('a firmware or version column holds releases, not IP addresses', () => {
    const csv = 'asset_tag,model,serial,firmware,site\nPL-ATE-0041,V93000,DE48213077,8.3.5.1,DRS\nPL-ATE-0042,V93000,DE48213112,8.3.5.1,DRS';
    expect(spans(csv, 'pii.ip_address')).toEqual([]);
    expect(spans(csv.replace('firmware', 'gateway'), 'pii.ip_address')).toEqual(['8.3.5.1', '8.3.5.1']);
  });
  it('an Icelandic birth-date header in ASCII ("faedingardagur") names its column', () => {
    const csv = 'member_id;nafn;netfang;faedingardagur\nM-30214;Gudrun;g@simnet.is;1982-04-07\nM-30388;Einar;e@hi.is;2011-10-30';
    expect(spans(csv, 'pii.date_of_birth')).toEqual(['1982-04-07', '2011-10-30']);
  });
  it('a Swedish header written without its diacritic ("fodd") names the birth-date column', () => {
    const csv = 'medlem;namn;fodd;epost\nNS-44120;Elin Berg;1988-07-14;elin.berg@telia.com\nNS-45012;Johan Lind;1979-02-03;johan.lind@bredband.net';
    expect(spans(csv, 'pii.date_of_birth')).toEqual(['1988-07-14', '1979-02-03']);
    expect(spans(csv.replace('fodd', 'start'), 'pii.date_of_birth')).toEqual([]);
  });
  it('a pipe table\'s abbreviated birth-date header ("geb.datum") names its column', () => {
    const table = 'naam | BSN | geb.datum | dagen\nJ. de Boer | 238174657 | 14-02-1948 | ma/wo/vr\nF. Yilmaz | 193748204 | 30-09-1962 | di/do/za';
    expect(spans(table, 'pii.date_of_birth')).toEqual(['14-02-1948', '30-09-1962']);
    expect(spans(table.replace('geb.datum', 'start'), 'pii.date_of_birth')).toEqual([]);
  });
  it('a compact CPF counts in a column whose header names it, also in snake_case', () => {
    const csv = 'nome;nascimento;cpf_responsavel;email\nHelena Souza;14/02/2019;86759949668;h@example.com';
    expect(spans(csv, 'pii.br_cpf')).toEqual(['86759949668']);
    expect(spans(csv.replace('cpf_responsavel', 'cod_paciente'), 'pii.br_cpf')).toEqual([]);
  });
  it('reads the header of the value’s own column, however far down the row is', () => {
    const rows = Array.from({ length: 400 }, (_, i) => `P${i},2024-01-0${1 + (i % 9)},021 ${String(100 + (i % 800)).padStart(3, '0')} ${String(900 - (i % 800)).padStart(3, '0')}`);
    const text = `name,joined,phone_number\n${rows.join('\n')}`;
    const found = spans(text, 'pii.phone');
    expect(found.length).toBeGreaterThan(300);
    expect(spans(text.replace('phone_number', 'badge_code'), 'pii.phone')).toEqual([]);
  });
  it('routing numbers under a "routing" column, far below the header (an ACH return file)', () => {
    const rows = ['306023532', '077307299', '261944361'].map((r, i) => `09100001987443${i},R0${i + 1},${r},88310294${i},425.00,003991${i}`);
    const text = `trace,return_code,routing,account,amount,member\n${rows.join('\n')}`;
    expect(spans(text, 'financial.aba_routing')).toEqual(['306023532', '077307299', '261944361']);
    expect(spans(text.replace('routing', 'batch_ref'), 'financial.aba_routing')).toEqual([]);
  });
  it('a digit-only id in a phone column is left to the phone rule', () => {
    const text = 'name,phone_number,city\nAroha,021 483 917,Auckland';
    expect(spans(text, 'pii.nl_bsn')).toEqual([]);
    expect(spans(text, 'pii.phone')).toEqual(['021 483 917']);
  });
  it('in a table row, an e-mail address in another column does not make a number a phone', () => {
    const csv = 'num_soci;nom;correu;dies\n08-004127;Pau Vilaró;pau.vilaro@example.org;42\n08-004311;Montserrat Bosch;mbosch63@example.org;12';
    expect(spans(csv, 'pii.phone')).toEqual([]);
    // Outside a table, a number next to an address on its line is still a contact entry.
    expect(spans('Buyer: Luka Perić, 098 412 736, luka.peric@example.hr', 'pii.phone')).toEqual(['098 412 736']);
  });
  it('a list of records written with commas has no header: its first item does not name columns', () => {
    // As a table, the BSN would sit under the first item's "tel. …" cell and be left to the phone rule.
    const list = '- Sharida Ramdin, geb. 04-09-2006, tel. +597 852-4417, s.ramdin@example.org\n- Kevin Pinas, geb. 17-12-2005, tel. 872-9031, ID-nr. FK023817\n- Jayden de Vries (Rotterdam, zomercursus), BSN 919306226, tel. +31 6 41827395';
    expect(spans(list, 'pii.nl_bsn')).toEqual(['919306226']);
    // Without bullets the lines are a table, but its first line holds values of its own (a date, a
    // number), so it is a record too and names no column: the BSN is still found.
    expect(spans(list.replace(/^- /gm, ''), 'pii.nl_bsn')).toEqual(['919306226']);
    // A first line of labels does name them: under a "tel" header cell the number is left to the phone rule.
    expect(spans(`naam, tel, opmerking\nKevin Pinas, 872-9031, geen\nJayden de Vries, 919306226, zomercursus`, 'pii.nl_bsn')).toEqual([]);
  });
  it('in a table row, a phone word in another column of the header line is not context (MatchContext.inTableRow)', () => {
    // "telefon" is 17 characters before the first CVR number, on the header line.
    const sql = "INSERT INTO kunder (cvr, navn, telefon) VALUES\n('29184736', 'Bageriet ApS', '+45 33 91 27 40'),\n('37719284', 'Holstebro Auto I/S', NULL);";
    expect(spans(sql, 'pii.phone')).toEqual(['+45 33 91 27 40']);
    // The same number after a phone word on its own row is still a phone.
    const csv = 'id;navn;note\n1;Jens Holm;ring tlf. 22 48 17 30\n2;Eva Lund;ingen';
    expect(spans(csv, 'pii.phone')).toEqual(['22 48 17 30']);
    // Outside a table, the same distance to "telefon" still counts.
    expect(spans('kunde telefon nummer er 29184736', 'pii.phone')).toEqual(['29184736']);
  });
});

describe('secrets named in a sentence', () => {
  it('the value ends before the sentence’s full stop', () => {
    const secret = '9f3Kq2Lm8Xv4Tb7Rz1Wd6Hn0Pc5Gs3Jy';
    const text = `Salesforce gave us the consumer secret ${secret}. Where does it go?`;
    const found = createScanner().scan(text).filter((f) => f.category === 'credential');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([secret]);
  });
});

describe('a caption above a blank line is context for its table', () => {
  const scanner = createScanner();
  const spans = (text: string, id: string) => scanner.scan(text).filter((f) => f.rule === id).map((f) => text.slice(f.start, f.end));
  it('reads the caption across one blank line when no header cell names the context', () => {
    const text = 'Please check these passport numbers for the manifest:\n\nSEQ,NAME,DOC_NO,EXP\n001,OKAFOR,A09482731,2029-03-11\n002,MENSAH,G2718394,2027-08-30';
    expect(spans(text, 'pii.passport')).toEqual(['A09482731', 'G2718394']);
  });
  it('lets the header decide column by column when a header cell names the context', () => {
    const text = 'Rows with their birth dates:\n\nid,name,date_of_birth,created_at\n1,Ana,1988-02-29,2024-06-01\n2,Ben,1979-10-31,2024-06-02';
    expect(spans(text, 'pii.date_of_birth')).toEqual(['1988-02-29', '1979-10-31']);
  });
});
