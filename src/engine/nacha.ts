/**
 * NACHA files, the fixed-width records of the US ACH network (94 characters a line). An entry
 * detail record (type "6") holds, by position: the transaction code (2–3), the receiving bank's
 * routing number (4–11 and its check digit in 12), the account number (13–29), the amount
 * (30–39), the payee's id and name. Pasted entries run the routing number into the digits around
 * it ("62212101900688104726315      0000185000…"), so no digit-run rule sees it: the record's
 * layout says where it is, as an HL7 field position does (../hl7.ts).
 */
import type { DetectedSpan } from './types';

/**
 * An entry detail record up to its amount: type 6, an ACH transaction code (credits and debits to
 * checking 22–29, savings 32–39, general ledger 41–49, loan 51–56), the 9-digit routing number, the
 * 17-character account field, the 10-digit amount; or the same fields typed with spaces between them
 * ("6 22 261084577 3847291650      0000128450 …", a record copied into a question by hand).
 */
const ENTRY = /6(?:2[1-9]|3[1-9]|4[1-9]|5[1-6])(\d{9})[0-9A-Za-z -]{17}\d{10}|6 (?:2[1-9]|3[1-9]|4[1-9]|5[1-6]) (\d{9}) [0-9A-Za-z-]{4,17} +\d{10}(?!\d)/dy;

/** The routing numbers of the entry detail records in `t` (spans of the 9 digits, checked by the rule's validator). */
export function* nachaEntryRoutings(t: string): Iterable<DetectedSpan> {
  // Only lines that start with "6", found with indexOf: the walk costs nothing on other text.
  for (let ls = t.startsWith('6') ? 0 : nextEntryLine(t, 0); ls >= 0; ls = nextEntryLine(t, ls + 1)) {
    ENTRY.lastIndex = ls;
    const m = ENTRY.exec(t);
    const g = m?.indices?.[1] ?? m?.indices?.[2];
    if (g) yield { start: g[0], end: g[1], structural: true };
  }
}

/** The start of the next line from `from` on that begins with "6", or -1. */
function nextEntryLine(t: string, from: number): number {
  const i = t.indexOf('\n6', from);
  return i < 0 ? -1 : i + 1;
}
