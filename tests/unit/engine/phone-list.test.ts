import { describe, expect, it } from 'vitest';
import { createScanner } from '../../../src/engine';

/** A list of contacts, one per line, with no phone word: the other lines' phones name the column. */
describe('a number in a list of contacts', () => {
  const scanner = createScanner();
  const phones = (text: string) => scanner.scan(text).filter((f) => f.rule === 'pii.phone').map((f) => text.slice(f.start, f.end));

  it('is a phone when two other lines of the list hold phones on their own evidence', () => {
    // Country codes on two other lines; the Senegalese number is written without one.
    const intl = 'Coordinators:\nAmina (Nairobi) +254 712 482 731\nMoussa Diop (Dakar) 77 482 73 19\nAbebe (Addis) +251 91 148 2731';
    expect(phones(intl)).toContain('77 482 73 19');
    // Trunk-0 numbers in groups count as siblings too; a Chinese mobile and a Mongolian number join them.
    const callBack = '回访名单：\n王丽 138 0482 7316\n佐藤健 090-4827-3196\n김지훈 010-4827-3196\nБатбаяр 9948 2731';
    expect(phones(callBack)).toEqual(['138 0482 7316', '090-4827-3196', '010-4827-3196', '9948 2731']);
    // National numbers beside e-mail addresses, in a comma-separated list.
    const mails = 'Sverige: Karin Lindqvist, 070-482 91 36, karin@example.se\nNorge: Ola Haugen, 412 83 957, ola@example.no\nSuomi: Mikko Virtanen, 040 748 2913, mikko@example.fi';
    expect(phones(mails)).toContain('412 83 957');
  });

  it('is not a phone with fewer than two phone lines beside it, or with a label of its own', () => {
    // One sibling phone only: ids (a DNI) stay ids.
    expect(phones('Socios:\nAna Ruiz 41827365\nLuis Paz 46093718\nEva Sol +51 964 218 573')).toEqual(['+51 964 218 573']);
    // A field label, or words after the number, name something else.
    const labelled = 'Kontakte:\nAnna Berg +49 151 2345 6781\nBen Roth +49 160 9876 5432\nKundennr.: 4471-883920\nBestellung 4500219837 vom 11.03.';
    expect(phones(labelled)).toEqual(['+49 151 2345 6781', '+49 160 9876 5432']);
    // A line with two numbers (an id and a phone) is no list entry of one number.
    expect(phones('Lista:\nWilmer 41827365 – 964 218 573\nJhon +51 964 218 574\nEva +51 964 218 575')).not.toContain('41827365');
  });
});
