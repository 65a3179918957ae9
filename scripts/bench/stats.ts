/** Median and 99th percentile of samples (nearest rank). */
export function summarize(samples: readonly number[]): { median: number; p99: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN
  return { median: rank(0.5), p99: rank(0.99), n: sorted.length }
}

/** Milliseconds since `start` (from `process.hrtime.bigint()`). */
export function since(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6
}

/** Resident set size peak of this process (threads included), in MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024
}
