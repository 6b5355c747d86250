import { describe, expect, it } from 'vitest';
import { nachaEntryRoutings } from '../../../src/engine/nacha';

describe('NACHA entry detail records', () => {
  const entry = (routing: string) => `622${routing}88104726315      0000185000STU-11820      CHLOE BRENNAN           0`;
  const routings = (t: string) => [...nachaEntryRoutings(t)].map((s) => t.slice(s.start, s.end));

  it('reads the routing number at its position, on the first line or any later one', () => {
    expect(routings(entry('121019006'))).toEqual(['121019006']);
    expect(routings(`5220 header line\n${entry('121019006')}\n${entry('026009593')}`)).toEqual(['121019006', '026009593']);
    expect([...nachaEntryRoutings(entry('121019006'))][0]!.structural).toBe(true);
  });

  it('reads no other record type, transaction code or a line that is not an entry', () => {
    // A batch header (type 5), an unknown transaction code (99), a line too short for an amount.
    expect(routings(`5${entry('121019006').slice(1)}`)).toEqual([]);
    expect(routings(`699${entry('121019006').slice(3)}`)).toEqual([]);
    expect(routings('622121019006 see you at 6')).toEqual([]);
    expect(routings('The 6 of us met at 622 Main St.')).toEqual([]);
  });

  it('reads an entry typed with spaces between its fields', () => {
    expect(routings('6 22 261084577 3847291650      0000128450 EMP0412        MARISOL QUINTERO')).toEqual(['261084577']);
    // Not a sentence that happens to start with "6 22": the amount field is missing.
    expect(routings('6 22 261084577 people signed up')).toEqual([]);
  });
});
