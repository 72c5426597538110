/**
 * Statistics of the benchmark (scripts/bench.ts): the median of paired
 * differences between two cases measured in the same runs, with the
 * distribution-free 95 % confidence interval of that median (the sign
 * test's order statistics, normal approximation of the binomial).
 */

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** A median difference and its 95 % confidence interval. */
export interface PairedDifference {
  median: number
  low: number
  high: number
  pairs: number
}

/**
 * `a[i] − b[i]` for each run i (both measured in run i, so that a drift of
 * the machine between runs cancels): their median, and the interval
 * [d(k+1), d(n−k)] of the sorted differences with k = ⌊(n − 1.96·√n) / 2⌋,
 * which holds the true median with about 95 % probability whatever the
 * distribution. Undefined for fewer than 6 pairs (no such interval).
 */
export function pairedDifference(
  a: readonly number[],
  b: readonly number[]
): PairedDifference | undefined {
  const n = Math.min(a.length, b.length)
  if (n < 6) return undefined
  const d = Array.from({ length: n }, (_, i) => a[i] - b[i]).sort(
    (x, y) => x - y
  )
  const k = Math.max(0, Math.floor((n - 1.96 * Math.sqrt(n)) / 2))
  return { median: median(d), low: d[k], high: d[n - k - 1], pairs: n }
}
