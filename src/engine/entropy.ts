/** Shannon entropy in bits per character (UTF-16 units; secrets are ASCII). */
const counts = new Int32Array(128);

export function shannonEntropy(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  let other: Map<number, number> | null = null;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) counts[c]!++;
    else (other ??= new Map()).set(c, (other.get(c) ?? 0) + 1);
  }
  let h = 0;
  // Visit each distinct ASCII character once (reset its count after use): O(length), not O(128).
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) continue;
    const k = counts[c]!;
    if (k > 0) {
      const p = k / n;
      h -= p * Math.log2(p);
      counts[c] = 0;
    }
  }
  if (other) {
    for (const k of other.values()) {
      const p = k / n;
      h -= p * Math.log2(p);
    }
  }
  return h;
}
