import { describe, expect, it } from 'vitest';
import { hl7FieldAt, inHl7Field } from '../../../src/engine/hl7';

describe('HL7 v2 field positions', () => {
  const msg = 'MSH|^~\\&|HIS|WARD|RIS|RAD|20241126093215||ADT^A04|MSG1|P|2.5\rPID|1||4829173^^^HOSP^MR||AZUL^MR||19880412|F|||22 Harbour View^^Cardiff||02920123456^PRN^PH~07700900461^ORN^CP|';
  const at = (value: string) => msg.indexOf(value);

  it('names the segment and the field of a value, segments split by CR or LF', () => {
    expect(hl7FieldAt(msg, at('19880412'))).toEqual({ segment: 'PID', field: 7 });
    expect(hl7FieldAt(msg, at('02920123456'))).toEqual({ segment: 'PID', field: 13 });
    // A repetition ("~") stays in its field.
    expect(hl7FieldAt(msg, at('07700900461'))).toEqual({ segment: 'PID', field: 13 });
    expect(hl7FieldAt(msg.replace('\r', '\n'), at('19880412'))).toEqual({ segment: 'PID', field: 7 });
    expect(inHl7Field(msg, at('02920123456'), { PID: [13, 14] })).toBe(true);
    expect(inHl7Field(msg, at('19880412'), { PID: [13, 14] })).toBe(false);
  });

  it('reads no field where the value does not start one, or the line is no segment', () => {
    // Inside a field ("HOSP" follows "^", "4829173" follows "|"; "829173" follows a digit).
    expect(hl7FieldAt(msg, at('829173'))).toBeUndefined();
    expect(hl7FieldAt('ps -o pid|grep 19880412', 'ps -o pid|grep 19880412'.indexOf('grep'))).toBeUndefined();
    expect(hl7FieldAt('Phone|02920123456', 6)).toBeUndefined();
  });

  it('gives up on a line longer than a segment reaches', () => {
    // The walk back stops 600 characters before the value (the rules' linearity test checks the cost).
    const long = `PID|${'x'.repeat(700)}|02920123456`;
    expect(hl7FieldAt(long, long.lastIndexOf('|') + 1)).toBeUndefined();
    const justFits = `PID|${'x'.repeat(500)}|02920123456`;
    expect(hl7FieldAt(justFits, justFits.lastIndexOf('|') + 1)).toEqual({ segment: 'PID', field: 2 });
  });
});
