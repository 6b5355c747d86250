/**
 * The foundation's stand-in for detection: a fixed marker string that the content script treats
 * as "sensitive". It proves interception end to end before the real engine is wired in, and stays
 * as a deterministic self-test phrase for admins ("does protection work on this site?").
 */
export const SLICE_MARKER = 'SAG-TEST-MARKER-7F3A';

export const containsSliceMarker = (text: string): boolean => text.includes(SLICE_MARKER);
