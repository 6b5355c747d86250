/**
 * US Social Security number ranges (SSA, since randomisation in 2011): area 001–899 except 666,
 * group 01–99, serial 0001–9999. Two numbers the SSA voided after they were printed in
 * advertising are rejected too.
 */
const VOIDED = new Set(['078051120', '219099999']);

export const isUsSsn = (value: string): boolean => {
  const d = value.replace(/[ -]/g, '');
  if (!/^\d{9}$/.test(d)) return false;
  const area = Number(d.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) return false;
  if (d.slice(3, 5) === '00' || d.slice(5) === '0000') return false;
  return !VOIDED.has(d);
};
