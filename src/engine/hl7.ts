/**
 * HL7 v2 segments, the messages hospital systems exchange: a line such as `PID|1||4829173^^^HOSP^MR||…`
 * whose fields are split by "|" (HL7 v2.5 chapter 2: the MSH segment declares the separators, and
 * the defaults "|^~\&" are all but universal). A field's position says what it holds, as a column
 * header does: PID-13 is the patient's home phone, PID-19 the US SSN. Segments end with a carriage
 * return on the wire and with a line feed once pasted.
 */

/** How far back a segment's start is looked for: a PID segment's first twenty fields fit easily. */
const SEGMENT_REACH = 600;

/** A segment id: three upper-case letters or digits, the first a letter ("PID", "NK1", "GT1"). */
const SEGMENT_HEAD = /^[ \t]*([A-Z][A-Z0-9]{2})\|/;

export interface Hl7Field {
  /** The segment id ("PID"). */
  segment: string;
  /** The field's position in the segment (PID-13 is 13); MSH counts one lower than the standard. */
  field: number;
}

/**
 * The HL7 field holding position `i` of `t`, or undefined when `i` is not in a segment line. A value
 * in a field follows "|" or a component or repetition separator ("^", "~"), which is checked first:
 * the walk back to the segment's start runs only for candidates that could be in one.
 */
export function hl7FieldAt(t: string, i: number): Hl7Field | undefined {
  const before = t.charCodeAt(i - 1);
  // "|", "^", "~"
  if (before !== 124 && before !== 94 && before !== 126) return undefined;
  const lim = Math.max(0, i - SEGMENT_REACH);
  let ls = i;
  let pipes = 0;
  for (; ls > lim; ls--) {
    const c = t.charCodeAt(ls - 1);
    if (c === 10 || c === 13) break;
    if (c === 124) pipes++;
  }
  if (ls === lim && ls > 0 && t.charCodeAt(ls - 1) !== 10 && t.charCodeAt(ls - 1) !== 13) return undefined;
  const m = SEGMENT_HEAD.exec(t.slice(ls, ls + 12));
  return m ? { segment: m[1]!, field: pipes } : undefined;
}

/** Whether position `i` is in one of `fields` (segment id → field positions). */
export function inHl7Field(t: string, i: number, fields: Readonly<Record<string, readonly number[]>>): boolean {
  const f = hl7FieldAt(t, i);
  return f !== undefined && (fields[f.segment]?.includes(f.field) ?? false);
}
