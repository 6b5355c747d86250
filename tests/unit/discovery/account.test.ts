import { describe, expect, it } from 'vitest';
import { accountDomain, classifyAccount } from '../../../src/engine/discovery/account';

const CORP = ['acme.com', '@acme-labs.io', '*.acme.de'];

describe('classifyAccount', () => {
  const cases: [string | undefined, string, string | undefined][] = [
    ['alice@acme.com', 'corporate', 'acme.com'],
    ['Alice.Smith@ACME.COM', 'corporate', 'acme.com'],
    ['bob@eu.acme.com', 'corporate', 'eu.acme.com'],
    ['acme.com', 'corporate', 'acme.com'],
    ['x@acme-labs.io', 'corporate', 'acme-labs.io'],
    ['x@mail.acme.de', 'corporate', 'mail.acme.de'],
    ['Alice <alice@acme.com>', 'corporate', 'acme.com'],
    ['x@notacme.com', 'unknown', 'notacme.com'],
    ['x@acme.com.evil.example', 'unknown', 'acme.com.evil.example'],
    ['someone@gmail.com', 'personal', 'gmail.com'],
    ['someone@googlemail.com', 'personal', 'googlemail.com'],
    ['someone@outlook.com', 'personal', 'outlook.com'],
    ['someone@hotmail.co.uk', 'personal', 'hotmail.co.uk'],
    ['someone@hotmail.fr', 'personal', 'hotmail.fr'],
    ['someone@live.com', 'personal', 'live.com'],
    ['someone@yahoo.com', 'personal', 'yahoo.com'],
    ['someone@yahoo.co.jp', 'personal', 'yahoo.co.jp'],
    ['someone@icloud.com', 'personal', 'icloud.com'],
    ['someone@proton.me', 'personal', 'proton.me'],
    ['someone@protonmail.com', 'personal', 'protonmail.com'],
    ['someone@gmx.de', 'personal', 'gmx.de'],
    ['someone@qq.com', 'personal', 'qq.com'],
    ['contractor@othercorp.example.com', 'unknown', 'othercorp.example.com'],
    ['someone@contoso.onmicrosoft.com', 'unknown', 'contoso.onmicrosoft.com'],
    [undefined, 'unknown', undefined],
    ['', 'unknown', undefined],
    ['not an email', 'unknown', undefined],
    ['x@localhost', 'unknown', undefined],
    ['x@10.0.0.1', 'unknown', undefined],
    ['x@co.uk', 'unknown', undefined],
  ];
  for (const [input, type, domain] of cases) {
    it(`${String(input)} → ${type}`, () => {
      const r = classifyAccount(input, CORP);
      expect(r.type).toBe(type);
      expect(r.domain).toBe(domain);
    });
  }

  it('corporate configuration wins over consumer providers', () => {
    expect(classifyAccount('team@gmail.com', ['gmail.com']).type).toBe('corporate');
  });

  it('with no corporate domains configured, only consumer providers are classified', () => {
    expect(classifyAccount('a@acme.com', []).type).toBe('unknown');
    expect(classifyAccount('a@gmail.com', []).type).toBe('personal');
  });

  it('never returns the local part of the address', () => {
    for (const input of ['alice.smith@acme.com', 'alice.smith@gmail.com', 'alice.smith@other.example', 'Alice Smith <alice.smith@acme.com>']) {
      expect(JSON.stringify(classifyAccount(input, CORP))).not.toMatch(/alice|smith/i);
    }
  });
});

describe('accountDomain', () => {
  it('extracts and normalises the domain', () => {
    expect(accountDomain('  Bob@Sub.Example.ORG. ')).toBe('sub.example.org');
    expect(accountDomain('weird"@"local@example.com')).toBe('example.com');
  });
});
