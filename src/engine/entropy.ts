/** Shannon entropy in bits per character (UTF-16 units; secrets are ASCII). */
const counts = new Int32Array(128);

/**
 * k·log2(k) for the counts a token can have: H = log2(n) − (1/n)·Σ k·log2(k) needs one table
 * read per distinct character instead of a division and a `Math.log2` (this runs on every
 * candidate of every entropy-gated rule).
 */
const KLOG_SIZE = 1024;
const KLOG = new Float64Array(KLOG_SIZE);
for (let k = 2; k < KLOG_SIZE; k++) KLOG[k] = k * Math.log2(k);
const klog = (k: number): number => (k < KLOG_SIZE ? KLOG[k]! : k * Math.log2(k));

export function shannonEntropy(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  let other: Map<number, number> | null = null;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) counts[c]!++;
    else (other ??= new Map()).set(c, (other.get(c) ?? 0) + 1);
  }
  let sum = 0;
  // Visit each distinct ASCII character once (reset its count after use): O(length), not O(128).
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) continue;
    const k = counts[c]!;
    if (k > 0) {
      sum += klog(k);
      counts[c] = 0;
    }
  }
  if (other) for (const k of other.values()) sum += klog(k);
  // Clamp the rounding error of the subtraction (a one-character alphabet gives exactly 0).
  return Math.max(0, Math.log2(n) - sum / n);
}
